import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';

// review87a (stop 65): fresh near-miss probes for the date and year changes of h/dates87 and the lead's ownSfsNumber.
// Every text is constructed (our own sentences in the way call pages, FAQs and decisions phrase these things); none is a
// corpus or pair text, and none repeats a probe of test/extract/dates87.test.ts.
//  Y: year.YEAR_PHRASES bidrag-till-for-ar-sist (money-year: the grant named by what it is for, its year last)
//  Q: dates.QUESTION_SENTENCE (a sentence ending in "?" sets no window day)
//  P: findYear's PROJECT_END_DAY step (a projects' last day alone is no usage period for the deadline-year rule)
//  S: ownSfsNumber (an "SFS nr:" head line counts as front matter for onlyYearStated)

/** A call page: its title, the lines probed, who may apply. */
const page = (title: string, ...lines: string[]): string => `${title}\n${lines.join('\n')}\nIdeella föreningar kan söka bidraget.\n`;
const specOf = (text: string) => anvisningOf(text);
const dayOf = (x: unknown): string | undefined => (x && typeof x === 'object' ? (x as { date?: string }).date : (x as string | undefined));

describe('review87a Y: bidrag-till-for-ar-sist near misses', () => {
  it('Y1 another grant\'s year, granted before: "Föreningar som beviljats stöd till lokalhyra 2024 kan inte söka." → not 2024', () => {
    expect(specOf(page('Startbidrag för nya föreningar', 'Föreningar som beviljats stöd till lokalhyra 2024 kan inte söka startbidraget.')).year).not.toBe(2024);
  });
  it('Y2 a year received and told: "Under året tog nämnden emot 140 ansökningar om bidrag till kulturprojekt 2024." → not 2024', () => {
    expect(specOf(page('Kulturprojekt', 'Under året tog nämnden emot 140 ansökningar om bidrag till kulturprojekt 2024.')).year).not.toBe(2024);
  });
  it('Y3 the funder\'s whole budget of this year beside a call for next year\'s activity → not 2025', () => {
    expect(specOf(page('Verksamhetsbidrag till föreningar', 'Ansökan om verksamhetsbidrag för 2026 ska vara inne senast den 15 oktober 2025.',
      'Nämndens totala budget för bidrag till föreningslivet 2025 är 12 miljoner kronor.')).year).not.toBe(2025);
  });
  it('Y4 last year\'s round told in the present perfect: "I fjol delade nämnden ut bidrag till lovaktiviteter 2024." → not 2024', () => {
    expect(specOf(page('Lovaktiviteter', 'I fjol delade nämnden ut bidrag till lovaktiviteter 2024.')).year).not.toBe(2024);
  });
  it('Y5 a negated statement: "Regeringen har inte avsatt något stöd till lovaktiviteter 2026." → not 2026', () => {
    expect(specOf(page('Lovaktiviteter', 'Regeringen har inte avsatt något stöd till lovaktiviteter 2026.')).year).not.toBe(2026);
  });
  // open: the row no longer reads this head (its new guard, review87a), but another year reading of a heading still takes 2023
  it.fails('Y6 a heading about a past year\'s decisions: "Beslutade bidrag till idrottsföreningar 2023" → not 2023', () => {
    expect(specOf('Bidrag till idrottsföreningar\nBeslutade bidrag till idrottsföreningar 2023\nListan visar vilka föreningar som fick pengar.\nIdeella föreningar kan söka bidraget.\n').year).not.toBe(2023);
  });
  // open: not this row (the question mark stops it): the FAQ question is taken as the title and its year read. Skipping a
  // question title's year in findYear fixed this but lost dev 706's right year ("Vem ska få Vadstena kommuns kulturstipendium
  // 2023?": a question title that names its round), so it was not kept; the fix belongs in the title choice ("Frågor och svar")
  it.fails('Y7 a question: "Kan vi söka stöd till lovaktiviteter 2026?" → no year', () => {
    expect(specOf(page('Frågor och svar', 'Kan vi söka stöd till lovaktiviteter 2026? Det vet vi inte ännu.')).year).toBeUndefined();
  });
  it('Y8 positive, other words: "Kommunen fördelar nu stöd till sommarlovsaktiviteter för barn 2025." → 2025', () => {
    expect(specOf(page('Sommarlovsaktiviteter', 'Kommunen fördelar nu stöd till sommarlovsaktiviteter för barn 2025.')).year).toBe(2025);
  });
});

describe('review87a Q: a question sets no window day, its neighbours keep theirs', () => {
  it('Q1 a closing-day line without a stop, then a FAQ question line → the closing day kept', () => {
    const s = specOf(page('Bidrag till lokala kulturprojekt', 'Ansökan stänger den 15 april 2026', 'Har du frågor om ansökan?', 'Ring kulturförvaltningen.'));
    expect(dayOf(s.requisition?.closes)).toBe('2026-04-15');
  });
  it('Q2 a rhetorical question with a day, then the real closing day → the stated day, never the asked one', () => {
    const s = specOf(page('Bidrag till lokala kulturprojekt', 'Missade du att söka senast den 1 mars 2026?', 'Nästa ansökningsomgång stänger den 1 september 2026.'));
    expect(dayOf(s.requisition?.closes)).not.toBe('2026-03-01');
  });
  it('Q3 a quoted question in a statement keeps the statement\'s day: Broschyren "Hur söker jag?" … senast den 15 april 2026.', () => {
    const s = specOf(page('Bidrag till lokala kulturprojekt', 'Läs broschyren ”Hur söker jag?” innan du ansöker. Ansökan ska vara inne senast den 15 april 2026.'));
    expect(dayOf(s.requisition?.closes)).toBe('2026-04-15');
  });
});

describe('review87a P: a projects\' last day beside the deadline year', () => {
  // open: the usage finder does not read the money's last day of use when "användas" and the day are split by a coordinated
  // clause, so findYear sees no usage period and takes the deadline's year; an unless on project-runs-until-day did not help
  it.fails('P1 the money\'s use and the project\'s end in one sentence ("Bidraget ska användas och projekten vara avslutade senast den 30 juni 2020") → not 2019', () => {
    expect(specOf(page('Projektmedel för landsbygdsutveckling', 'Ansökan ska ha kommit in senast den 20 september 2019.', 'Bidraget ska användas och projekten vara avslutade senast den 30 juni 2020.')).year).not.toBe(2019);
  });
  it('P2 a report\'s day said with "vara avslutad" ("Redovisningen ska vara avslutad senast den 30 juni 2020") → no project end; not 2020', () => {
    expect(specOf(page('Projektmedel för landsbygdsutveckling', 'Ansökan ska ha kommit in senast den 20 september 2019.', 'Redovisningen ska vara avslutad senast den 30 juni 2020.')).year).not.toBe(2020);
  });
  it('P3 positive, other words: "Insatserna ska vara slutförda senast den 31 mars 2022" after a deadline in 2021 → 2021', () => {
    expect(specOf(page('Stöd till lokala insatser', 'Sista dag att ansöka är den 30 september 2021.', 'Insatserna ska vara slutförda senast den 31 mars 2022.')).year).toBe(2021);
  });
});

describe('review87a S: an act\'s own SFS number in its head', () => {
  const act = (sfs: string, last: string) => `Förordning om statsbidrag till lokala föreningar\nSFS nr: ${sfs}\nDepartement/myndighet: Kulturdepartementet\n1 § Bidrag lämnas till ideella föreningar.\n2 § Ansökan ska ha kommit in till myndigheten senast den ${last}.\n`;
  it('S1 an act numbered 2019 whose last day is in 2021 → no year (a standing act)', () => {
    expect(specOf(act('2019:1240', '1 mars 2021')).year).toBeUndefined();
  });
  it('S2 a call page whose head cites another act\'s number ("enligt förordningen (2019:1240)") keeps its own deadline year → not 2019', () => {
    expect(specOf(page('Bidrag till lokala föreningar 2025', 'Bidraget lämnas enligt förordningen (2019:1240) om statsbidrag till lokala föreningar.', 'Ansökan ska ha kommit in senast den 1 mars 2025.')).year).not.toBe(2019);
  });
  it('S3 a call page that cites "SFS 2019:1240" in its head and closes in 2025 → 2025 (the cited number is not its own)', () => {
    expect(specOf(page('Bidrag till lokala föreningar', 'Regler: SFS 2019:1240.', 'Ansökan ska ha kommit in senast den 1 mars 2025.')).year).toBe(2025);
  });
});
