import { describe, expect, it } from 'vitest';
import { findEmails, findUrls } from '../../extract/parse/contacts.js';
import { findLegalRefs } from '../../extract/parse/legal-refs.js';
import { sentences } from '../../extract/parse/sentences.js';

describe('findLegalRefs', () => {
  it.each([
    ['(Lag (2018:597) om kommunal bokföring och redovisning).', [['2018:597', 'lag', 'lag om kommunal bokföring och redovisning']]],
    ['regleras i förordning (2024:1252) om statsbidrag till regioner för stärkt tillgänglighet.', [['2024:1252', 'förordning', 'förordning om statsbidrag till regioner för stärkt tillgänglighet']]],
    ['¹ 7 kap. 4 § patientdatalag (2008:355).', [['2008:355', 'lag', 'patientdatalag']]],
    ['enligt den nya förordningen (SFS 2024:1252) om statsbidrag', [['2024:1252', 'förordning', 'förordning om statsbidrag']]],
    ['uppföljning på regional och nationell nivå (S2024/01058).', [['S2024/01058', 'diarienummer', undefined]]],
    ['förordning (2023:179) om statsbidrag för personalkostnader för skolsociala team och regeringsbeslut 2023-12-21 S2023/03257 (delvis).',
      [['2023:179', 'förordning', 'förordning om statsbidrag för personalkostnader för skolsociala team'], ['S2023/03257', 'diarienummer', undefined]]],
    // issue 12: older numbers end in the unit's code, departments may have a two-letter code
    ['om en förbättrad förlossningsvård och insatser för kvinnors hälsa (dnr S2015/07777/FS), uppdrar regeringen', [['S2015/07777', 'diarienummer', undefined]]],
    ['regeringsbeslut 1:15 från den 12 december 2013 (dnr S2013/8788/FS)', [['S2013/8788', 'diarienummer', undefined]]],
    ['Fi2009/7942 och Ku2020/02624 (delvis)', [['Fi2009/7942', 'diarienummer', undefined], ['Ku2020/02624', 'diarienummer', undefined]]],
    // batch 12: a mixed-case or double unit code, an address run into the number, a title before the number
    ['UF2013/76341/UD/FIM (delvis)', [['UF2013/76341', 'diarienummer', undefined]]],
    // issue 12 (dev 1074): an act with its number bare, named before and titled after; a bare number with no title is no reference
    ['Hanteringen av bidraget styrs av förordningen 2010:1121 om bidrag till förvaltning av värdefulla kulturmiljöer.', [['2010:1121', 'förordning', 'förordning om bidrag till förvaltning av värdefulla kulturmiljöer']]],
    ['Medlen har fördelats inom ramen för förordning 2013:666. Folkhälsomyndigheten utlyser medlen.', []],
    ['Box 2218 103 15 STOCKHOLMN2004/575/ITFoU', [['N2004/575', 'diarienummer', undefined]]],
    ['Box 2218 103 15 STOCKHOLMUD2005/69388/EIM', []],
    ['i enlighet med förordningen om statsbidrag för kvinnors organisering (2005:1089).', [['2005:1089', 'förordning', 'förordning om statsbidrag för kvinnors organisering']]],
    ['prop. 2014/15:1 utg.omr. 9, bet. 2014/15:SoU1, rskr. 2014/15:71', []],
    ['anslag 1:6 Bidrag till folkhälsa och sjukvård, Regleringsbrev 1:11, beslut I:18', []],
    ['klockan (12:30)', []],
  ])('%s', (text, expected) => {
    expect(findLegalRefs(text).map((r) => [r.ref, r.kind, r.title])).toEqual(expected);
  });
});

describe('findEmails', () => {
  it('drops the sentence period and lower-cases', () => {
    expect(findEmails('mejlar ni till: E-tjanst.Statsbidrag@socialstyrelsen.se.').map((e) => e.email)).toEqual(['e-tjanst.statsbidrag@socialstyrelsen.se']);
  });
  it('ignores addresses inside URLs and mailto: targets', () => {
    expect(findEmails('https://link.webropolsurveys.commailto:a.b@socialstyrelsen.se/')).toEqual([]);
  });
});

describe('findUrls', () => {
  it('finds URLs without trailing punctuation', () => {
    expect(findUrls('Läs mer på https://www.socialstyrelsen.se/statsbidrag.').map((u) => u.url)).toEqual(['https://www.socialstyrelsen.se/statsbidrag']);
  });
});

describe('sentences', () => {
  const split = (t: string): string[] => sentences(t).map((s) => t.slice(s.start, s.end));
  it('does not end a sentence at an abbreviation or an ordinal', () => {
    expect(split('Stöd till t.ex. Plats för vård. Nästa mening.')).toEqual(['Stöd till t.ex. Plats för vård.', 'Nästa mening.']);
    expect(split('Enligt 7 kap. 4 § patientdatalag. Slut.')).toEqual(['Enligt 7 kap. 4 § patientdatalag.', 'Slut.']);
  });
  it('ends a sentence after a footnote mark', () => {
    expect(split('användning.² Den region som')).toEqual(['användning.²', 'Den region som']);
  });
});
