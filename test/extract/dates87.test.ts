import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';

// h/dates87 (stop 65): the three changes of this branch, each beside its near misses. Every text is constructed (our own
// sentences in the way call pages and government decisions phrase these things); none is a corpus or pair text.
// 1. dates.QUESTION_SENTENCE: a sentence ending in a question mark sets no window day (review86a Y11's lead: the requisition
//    finder read "Öppnar ansökan den 1 mars 2024?" as requisition.opens).
// 2. fields/title.ts findYear: a last day alone that is the projects' own end (PROJECT_END_DAY) is no usage period for the
//    deadline-year rule (review86a Y4, it.fails on main).
// 3. year.YEAR_PHRASES bidrag-till-for-ar-sist: the grant named by what it is for, its year last (money-year).

/** A call page: its title, the lines probed, who may apply. */
const page = (title: string, ...lines: string[]): string => `${title}\n${lines.join('\n')}\nIdeella föreningar kan söka bidraget.\n`;
const specOf = (text: string) => anvisningOf(text);
const dayOf = (x: unknown): string | undefined => (x && typeof x === 'object' ? (x as { date?: string }).date : (x as string | undefined));

describe('dates87: a question sets no window day', () => {
  it('Q1 "Öppnar ansökan den 1 mars 2024?" (answered: not decided) → no opening day', () => {
    const s = specOf(page('Bidrag till lokala kulturprojekt', 'Öppnar ansökan den 1 mars 2024? Nej, datumet är ännu inte bestämt.'));
    expect(dayOf(s.requisition?.opens)).toBeUndefined();
  });
  it('Q2 "Kan vi skicka in ansökan efter den 15 april 2025?" in a FAQ → no closing day from the question', () => {
    const s = specOf(page('Frågor och svar om föreningsbidraget', 'Kan vi skicka in ansökan efter den 15 april 2025? Nej, vi tar inte emot sena ansökningar.'));
    expect(dayOf(s.requisition?.closes)).toBeUndefined();
  });
  it('Q3 the answer after the question keeps its day: "När stänger ansökan? Ansökan stänger den 15 april 2025." → 2025-04-15', () => {
    const s = specOf(page('Frågor och svar om föreningsbidraget', 'När stänger ansökan? Ansökan stänger den 15 april 2025.'));
    expect(dayOf(s.requisition?.closes)).toBe('2025-04-15');
  });
  it('Q4 a clause opened by a question word is no question: "När ansökan öppnar den 1 mars 2024 ska …" keeps its day', () => {
    const s = specOf(page('Bidrag till lokala kulturprojekt', 'Ansökan ska vara inne senast den 15 april 2024.', 'När ansökan öppnar den 1 mars 2024 ska föreningen ha ett organisationsnummer.'));
    expect(dayOf(s.requisition?.closes)).toBe('2024-04-15');
  });
});

describe('dates87: a project\'s last day is no money year for the deadline rule', () => {
  it('P1 "Projekten ska vara avslutade senast den 30 juni 2020" after a deadline of 2019 → 2019', () => {
    expect(specOf(page('Projektmedel för landsbygdsutveckling', 'Ansökan ska ha kommit in senast den 20 september 2019.', 'Projekten ska vara avslutade senast den 30 juni 2020.')).year).toBe(2019);
  });
  it('P2 near miss: the money\'s own last day of use in the next year ("Bidraget ska användas senast den 30 juni 2020") → not 2019', () => {
    expect(specOf(page('Projektmedel för landsbygdsutveckling', 'Ansökan ska ha kommit in senast den 20 september 2019.', 'Bidraget ska användas senast den 30 juni 2020.')).year).not.toBe(2019);
  });
  it('P3 near miss: a project that starts in the next year ("påbörjas tidigast den 1 januari 2020 och ska vara slutfört senast den 31 december 2020") → not 2019', () => {
    expect(specOf(page('Projektmedel för landsbygdsutveckling', 'Ansökan ska ha kommit in senast den 20 september 2019.', 'Projektet får påbörjas tidigast den 1 januari 2020 och ska vara slutfört senast den 31 december 2020.')).year).not.toBe(2019);
  });
});

describe('dates87: bidrag-till-for-ar-sist, the grant named by what it is for, its year last', () => {
  it('B1 positive, other words: "Nu går det att söka stöd till integrationsprojekt i länet 2025." → 2025', () => {
    expect(specOf(page('Stöd till integrationsprojekt', 'Nu går det att söka stöd till integrationsprojekt i länet 2025.')).year).toBe(2025);
  });
  it('B2 a relative clause\'s year: "Bidraget går till föreningar som bildades 2019." → no year', () => {
    expect(specOf(page('Startbidrag', 'Bidraget går till föreningar som bildades 2019.')).year).toBeUndefined();
  });
  it('B3 a grant received and reported on: "Föreningar som har fått stöd till lovaktiviteter 2024 ska redovisa det." → not 2024', () => {
    expect(specOf(page('Redovisning av lovbidrag', 'Föreningar som har fått stöd till lovaktiviteter 2024 ska redovisa det.')).year).not.toBe(2024);
  });
  it('B4 a season\'s year: "Ansökan om bidrag till kulturprojekt öppnar under hösten 2025." → not read by the row (no year)', () => {
    expect(specOf(page('Kulturprojekt', 'Ansökan om bidrag till kulturprojekt öppnar under hösten 2025.')).year).toBeUndefined();
  });
  it('B5 two years: "Stöd till lovaktiviteter 2025 och 2026." → no year', () => {
    expect(specOf(page('Lovaktiviteter', 'Regeringen ger stöd till lovaktiviteter 2025 och 2026.')).year).toBeUndefined();
  });
  it('B6 a grant cancelled: "Statsbidraget för läsfrämjande insatser 2025 ställs in." → not 2025', () => {
    expect(specOf(page('Läsfrämjande insatser', 'Statsbidraget för läsfrämjande insatser 2025 ställs in.')).year).not.toBe(2025);
  });
});
