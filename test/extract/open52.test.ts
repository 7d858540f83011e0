import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';

// CLASS TABLE (filled below)

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';

describe('requisition: the last day to apply, yearless, in the one year the sentences beside it state (cues/dates.ts senast-dag-utan-ar)', () => {
  it('dev 1753: "Sista dag att söka stöden är 13 april." beside "Torsdag 9 februari 2023 öppnar årets ansökan …"', () => {
    const s = spec('Ansök om jordbrukarstöd\n\nTorsdag 9 februari 2023 öppnar årets ansökan om jordbrukarstöd, den så kallade SAM-ansökan. Sista dag att söka stöden är 13 april. 2023 är också starten på en ny femårig programperiod.\n\n' + BODY);
    expect(s.requisition?.closes).toBe('2023-04-13');
  });
  it('keeps (constructed): no year beside it gives nothing; a dated last day as before', () => {
    expect(spec('Ansök om jordbrukarstöd\n\nÅrets ansökan om jordbrukarstöd öppnar snart. Sista dag att söka stöden är 13 april.\n\n' + BODY).requisition?.closes).toBeUndefined();
    expect(spec('Ansök om jordbrukarstöd\n\nPengarna betalas ut 2023 och 2024. Sista dag att söka stöden är 13 april.\n\n' + BODY).requisition?.closes).toBeUndefined();
    expect(spec('Ansök om jordbrukarstöd\n\nSista dag att söka stöden är 13 april 2023.\n\n' + BODY).requisition?.closes).toBe('2023-04-13');
  });
  it('keeps (constructed): a yearless day to report is no last day to apply', () => {
    expect(spec('Projektbidrag\n\nBidraget betalas ut 2023. Sista dag att redovisa projektet är 13 april.\n\n' + BODY).requisition?.closes).toBeUndefined();
  });
  it('(constructed, the shape of dev 247) a weekday before the yearless day', () => {
    expect(spec('Verksamhetsbidrag\n\nBidraget betalas ut under 2023. Ansökan ska vara inskickad senast fredag den 27 maj klockan 12.00.\n\n' + BODY).requisition?.closes).toBe('2023-05-27');
  });
});

describe('recipients: the grant\'s aim is to enable associations (cues/recipients.ts syftet-forutsattningar-for-organisationer)', () => {
  const types = (text: string) => [...(spec(text).recipients?.types ?? [])].sort();
  it('dev 1802: "Syftet med projektstödet är att skapa förutsättningar för idrottsföreningar (IF) att utveckla …"', () => {
    expect(types('Ansökan för Projektstöd IF har öppnat!\n\nSyftet med projektstödet är att skapa förutsättningar för idrottsföreningar (IF) att utveckla sin barn- och ungdomsidrott i enlighet med Strategi 2025.\n\n' + BODY)).toEqual(['organisation']);
  });
  it('keeps (constructed): children in associations, or kommuner, are no association recipient', () => {
    expect(types('Projektstöd\n\nSyftet med stödet är att skapa förutsättningar för barn i föreningar att delta.\n\n' + BODY)).not.toContain('organisation');
    expect(types('Projektstöd\n\nSyftet med statsbidraget till kommunerna är att skapa förutsättningar för föreningar att växa.\n\n' + BODY)).not.toContain('organisation');
  });
  it('keeps: the aim "att stödja funktionshinderorganisationer" (dev 1496) as before', () => {
    expect(types('Bidrag\n\nSyftet med bidraget är att stödja funktionshinderorganisationer i deras arbete för förbättrade levnadsvillkor.\n\n' + BODY)).toEqual(['organisation']);
  });
});

describe('title: a foundation\'s tagline naming the company it owns is chrome (cues/title.ts owner-tagline)', () => {
  it('dev 1806: "Ägare till Sparbanken Skåne" above "Att ansöka om bidrag"', () => {
    expect(spec('Ägare till Sparbanken Skåne\n\nAtt ansöka om bidrag\n\nStiftelsen tar emot ansökningar i två ansökningsperioder per år.\n\n' + BODY).title).toBe('Att ansöka om bidrag');
  });
  it('keeps (constructed): a heading about owners stays the title', () => {
    expect(spec('Bidrag till ägare av enskilda vägar\n\nKommunen lämnar bidrag till vägföreningar.\n\n' + BODY).title).toBe('Bidrag till ägare av enskilda vägar');
  });
});

describe('funding.total: the whole told beside a ceiling or as what it comes to (cues/funding.ts av-totalt-bracket, totalt-handlar-det-om)', () => {
  const total = (line: string) => spec('Bidrag\n\n' + line + '\n\n' + BODY).funding?.total;
  it('dev 1282: "Maxbeloppet som kan sökas är 10 000 kronor (av totalt 50 000 kronor)"', () => {
    expect(total('Maxbeloppet som kan sökas är 10 000 kronor (av totalt 50 000 kronor)')).toBe(50000);
  });
  it('dev 1412: "Totalt handlar det om 11 miljoner kronor till länets företag."', () => {
    expect(total('Totalt handlar det om 11 miljoner kronor till länets företag.')).toBe(11000000);
  });
  it('keeps (constructed): a share per unit, or "det handlar om" without the whole, is no total', () => {
    expect(total('Maxbeloppet som kan sökas är 10 000 kronor (av totalt 50 000 kronor per förening)')).toBeUndefined();
    expect(total('Totalt handlar det om 500 000 kronor per företag.')).toBeUndefined();
    expect(total('Det handlar om 11 miljoner kronor till länets företag.')).toBeUndefined();
  });
  it('keeps: "Nu finns nya medel (totalt 4,3 miljoner kronor) att söka." (dev 1677) as before', () => {
    expect(total('Nu finns nya medel (totalt 4,3 miljoner kronor) att söka.')).toBe(4300000);
  });
});

describe('recipients: the grant\'s own heading names the associations it goes to (cues/recipients.ts applicant-category-grant-line)', () => {
  const types = (text: string) => [...(spec(text).recipients?.types ?? [])].sort();
  it('dev 1742: "Bidrag till Studieförbund"; dev 1409: "Stöd till intresseorganisationer"', () => {
    expect(types('Bidrag till Studieförbund\n\nSyftet med bidraget är att eftersträva en grundtrygghet för verksamheten i kommunen.\n\n' + BODY)).toEqual(['organisation']);
    expect(types('Stöd till intresseorganisationer\n\nSista dag för ansökan 1 september året för kommande verksamhetsår.\n\n' + BODY)).toEqual(['organisation']);
  });
  it('keeps (constructed): a heading that adds another kind, or the associations\' premises, names none', () => {
    expect(types('Bidrag till föreningar och privatpersoner\n\nSista dag för ansökan är 1 september.\n\n' + BODY)).toEqual([]);
    expect(types('Bidrag till föreningarnas lokaler\n\nSista dag för ansökan är 1 september.\n\n' + BODY)).toEqual([]);
  });
  it('keeps: dev 1809, the category line below the grant\'s heading', () => {
    expect(types('Skriv ut\n\nLokalt aktivitetsstöd (2024)\n\nBidrag till ungdomsföreningar\n\n\nAnsökan kräver följande dokument: Redovisning\n\n' + BODY)).toEqual(['organisation']);
  });
});

describe('requisition: the window from a month to a day (cues/dates.ts pagar-mellan-manad-och)', () => {
  it('dev 1679: "Ansökningsperioden för 2021 års bidrag kommer att pågå mellan december 2020 och den 21 januari 2021."', () => {
    const s = spec('Bidrag för minoritetsspråk\n\nAnsökningsperioden för 2021 års bidrag kommer att pågå mellan december 2020 och den 21 januari 2021.\n\n' + BODY);
    expect(s.requisition?.closes).toBe('2021-01-21');
    expect(s.requisition?.opens).toBeUndefined();
  });
  it('keeps (constructed): a project\'s months are no window', () => {
    expect(spec('Projektbidrag\n\nProjektet kommer att pågå mellan december 2020 och den 21 januari 2021.\n\n' + BODY).requisition?.closes).toBeUndefined();
  });
});
