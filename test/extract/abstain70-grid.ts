// Disagreeing candidates as a grid (helper abstain70, issue 12). Each cell is a short constructed page — a title without a
// year, a line on who may apply, the cell's lines, a closing line — in which two candidates for one single-valued field
// (requisition.opens/closes, reporting.due, funding.total, year) disagree, or, in the controls, one clear value stands
// with at most a candidate of another role beside it. What a cell asks of each field is written beside it: a value (right
// when equal, missing when absent, wrong when another value), `null` (must be absent: any value is wrong), or a list of
// values any of which is right (`null` in the list: absent is right too). A field the cell does not name is not asked.
//
// Parts:
// - conflict: two rounds of one year, last year's and this year's day, a closing day beside a decision, meeting or report
//   day with a weak cue, a total beside a per-project cap, a programme period's total beside the year's, two years in the
//   heading and the text, a corrected date ("Obs! Nytt datum: …"), two programmes' days or totals of like weight.
// - control: one clear value in a common phrasing, which must keep it (≥ 30 cells).
//
// Split: a cell falls in half A or B by an FNV-1a hash of its id (even: A). Half A is used to tune; of half B only the totals
// are printed.

export type FieldWant = string | number | null | ReadonlyArray<string | number | null>;
export type Cell = { id: string; part: 'conflict' | 'control'; text: string; want: Record<string, FieldWant> };

/** A stable 32-bit hash of a cell id (FNV-1a). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}
export const half = (id: string): 'A' | 'B' => (hash(id) % 2 === 0 ? 'A' : 'B');

const TITLE = 'Bidrag till föreningar';
const WHO = 'Bidraget kan sökas av ideella föreningar i kommunen.';
const END = 'Läs mer om villkoren nedan.';
const page = (...lines: string[]): string => [TITLE, '', WHO, '', ...lines.flatMap((l) => [l, '']), END, ''].join('\n');

const C = 'requisition.closes';
const O = 'requisition.opens';
const D = 'reporting.due';
const T = 'funding.total';

type Spec = { id: string; lines: string[]; want: Record<string, FieldWant> };

const CONFLICTS: Spec[] = [
  // two rounds of one year: the window is neither one alone (the first round's day is no wrong value)
  { id: 'rounds/one-sentence', lines: ['Vårens ansökningsomgång stänger 15 mars 2025, höstens 15 september 2025.'], want: { [C]: [null, '2025-03-15'] } },
  { id: 'rounds/two-sentences', lines: ['Ansökan till vårens omgång ska vara inne senast 15 mars 2025.', 'Ansökan till höstens omgång ska vara inne senast 15 september 2025.'], want: { [C]: [null, '2025-03-15'] } },
  { id: 'rounds/list', lines: ['Sista ansökningsdag:', '- 15 mars 2025', '- 15 september 2025'], want: { [C]: [null, '2025-03-15'] } },
  { id: 'rounds/two-labels', lines: ['Ansökningsomgång 1: sista ansökningsdag 1 februari 2025.', 'Ansökningsomgång 2: sista ansökningsdag 1 september 2025.'], want: { [C]: [null, '2025-02-01'] } },
  // last year's and this year's day
  { id: 'last-year/past-tense', lines: ['Förra årets sista ansökningsdag var 15 mars 2024.', 'I år är sista ansökningsdag 14 mars 2025.'], want: { [C]: ['2025-03-14', null] } },
  { id: 'last-year/labels', lines: ['Sista ansökningsdag 2024: 15 mars 2024', 'Sista ansökningsdag 2025: 14 mars 2025'], want: { [C]: ['2025-03-14', null] } },
  { id: 'last-year/closed', lines: ['Ansökningsperioden stängde den 15 mars 2024.', 'Ansökan ska vara inne senast den 14 mars 2025.'], want: { [C]: ['2025-03-14', null] } },
  { id: 'last-year/same-label', lines: ['Sista ansökningsdag: 15 mars 2024', 'Sista ansökningsdag: 14 mars 2025'], want: { [C]: [null, '2025-03-14'] } },
  // a closing day beside another event's day with a weak cue
  { id: 'other-day/decision', lines: ['Ansökan ska vara inne senast 15 mars 2025.', 'Beslut fattas senast 15 maj 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/decision-same-sentence', lines: ['Ansökan ska vara inne senast 15 mars 2025 och beslut meddelas senast 15 maj 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/meeting', lines: ['Ansökan ska vara inne senast 15 mars 2025 och behandlas vid nämndens sammanträde den 22 april 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/handled', lines: ['Sista dag att ansöka är 15 mars 2025.', 'Ansökningarna behandlas den 20 april 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/report', lines: ['Ansök senast 15 mars 2025.', 'Redovisning ska lämnas senast 31 januari 2026.'], want: { [C]: '2025-03-15', [D]: '2026-01-31' } },
  { id: 'other-day/report-same-sentence', lines: ['Bidraget ska sökas senast 15 mars 2025 och redovisas senast 31 januari 2026.'], want: { [C]: '2025-03-15', [D]: ['2026-01-31', null] } },
  { id: 'other-day/supplement', lines: ['Ansökan ska vara inne senast 15 mars 2025.', 'Eventuella kompletteringar ska vara inne senast 1 april 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/payment', lines: ['Sista ansökningsdag är 15 mars 2025.', 'Bidraget betalas ut senast 30 april 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'other-day/report-weak', lines: ['Redovisningen ska vara inne senast 31 januari 2026.', 'Underlaget ska vara kommunen tillhanda senast 15 mars 2025.'], want: { [D]: '2026-01-31', [C]: [null, '2025-03-15'] } },
  // two reports of two years
  { id: 'due/two-years', lines: ['Bidraget avser verksamhetsåret 2025.', 'Redovisningen för 2024 ska vara inne senast 31 mars 2025.', 'Redovisningen för 2025 ska vara inne senast 31 mars 2026.'], want: { [D]: ['2026-03-31', null] } },
  { id: 'due/two-labels', lines: ['Redovisning ska lämnas senast 31 januari 2026.', 'Redovisning ska lämnas senast 28 februari 2026.'], want: { [D]: null } },
  { id: 'due/corrected', lines: ['Redovisningen ska lämnas senast 31 januari 2026.', 'Obs! Nytt datum: redovisningen ska nu lämnas senast 28 februari 2026.'], want: { [D]: ['2026-02-28', null] } },
  // a total beside a per-project cap, a programme period's total beside the year's, last year's total
  { id: 'total/cap', lines: ['Totalt finns 2 000 000 kronor att fördela.', 'Varje projekt kan få högst 200 000 kronor.'], want: { [T]: 2000000 } },
  { id: 'total/cap-same-sentence', lines: ['Kommunen fördelar totalt 500 000 kronor och ett projekt kan beviljas högst 50 000 kronor.'], want: { [T]: [500000, null] } },
  { id: 'total/period-and-year', lines: ['Programmet omfattar totalt 30 miljoner kronor för perioden 2024–2026.', 'För 2025 finns 10 miljoner kronor att fördela.'], want: { [T]: [10000000, null] } },
  { id: 'total/varav', lines: ['Totalt avsätts 30 000 000 kronor under programperioden 2024–2026, varav 10 000 000 kronor under 2025.'], want: { [T]: [10000000, null] } },
  { id: 'total/last-year', lines: ['År 2024 fördelades 1 800 000 kronor.', 'I år finns totalt 2 000 000 kronor att fördela.'], want: { [T]: [2000000, null] } },
  { id: 'total/two-like', lines: ['Totalt finns 3 000 000 kronor att söka för projektbidrag.', 'Totalt finns 1 000 000 kronor att söka för verksamhetsbidrag.'], want: { [T]: null } },
  { id: 'total/two-like-plain', lines: ['Kommunen fördelar totalt 3 000 000 kronor.', 'Nämnden fördelar totalt 2 500 000 kronor.'], want: { [T]: null } },
  { id: 'total/corrected', lines: ['Totalt finns 2 000 000 kronor att fördela.', 'Obs! Ny uppgift: totalt finns nu 2 500 000 kronor att fördela.'], want: { [T]: [2500000, null] } },
  // two years in the heading and the text
  { id: 'year/heading-text', lines: ['## Bidrag 2024', 'Ansökan om bidrag för 2025 görs i e-tjänsten.'], want: { year: [null, 2025] } },
  { id: 'year/two-sentences', lines: ['Bidraget avser verksamhetsåret 2025.', 'Föreningar kan söka bidrag för år 2026.'], want: { year: null } },
  { id: 'year/two-for', lines: ['Kommunen fördelar verksamhetsbidrag för 2025.', 'Kommunen fördelar verksamhetsbidrag för 2026.'], want: { year: null } },
  // a corrected date
  { id: 'corrected/obs', lines: ['Sista ansökningsdag är 15 mars 2025.', 'Obs! Nytt datum: sista ansökningsdag är nu 22 mars 2025.'], want: { [C]: ['2025-03-22', null] } },
  { id: 'corrected/extended', lines: ['Sista dag att ansöka är 15 mars 2025.', 'Ansökningstiden har förlängts till 31 mars 2025.'], want: { [C]: ['2025-03-31', null] } },
  { id: 'corrected/moved', lines: ['Ansökan ska vara inne senast 15 mars 2025.', 'Observera att sista ansökningsdag har flyttats till 29 mars 2025.'], want: { [C]: ['2025-03-29', null] } },
  // two programmes' days of like weight
  { id: 'programmes/closes', lines: ['För projektbidrag är sista ansökningsdag 15 mars 2025.', 'För verksamhetsbidrag är sista ansökningsdag 1 oktober 2025.'], want: { [C]: null } },
  { id: 'programmes/opens', lines: ['Ansökan om projektbidrag öppnar 1 februari 2025.', 'Ansökan om verksamhetsbidrag öppnar 1 augusti 2025.'], want: { [O]: null } },
  { id: 'programmes/ranges', lines: ['Projektbidrag kan sökas 1–15 mars 2025.', 'Verksamhetsbidrag kan sökas 1–30 september 2025.'], want: { [O]: null, [C]: null } },
];

const CONTROLS: Spec[] = [
  { id: 'closes/sista-ansokningsdag', lines: ['Sista ansökningsdag är 15 mars 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'closes/senast', lines: ['Ansökan ska vara inne senast den 15 mars 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'closes/label', lines: ['Sista ansökningsdag: 15 mars 2025'], want: { [C]: '2025-03-15' } },
  { id: 'closes/ansok-senast', lines: ['Ansök senast 1 oktober 2025.'], want: { [C]: '2025-10-01' } },
  { id: 'closes/tillhanda', lines: ['Ansökan ska vara kommunen tillhanda senast 30 april 2025.'], want: { [C]: '2025-04-30' } },
  { id: 'closes/stanger', lines: ['Utlysningen stänger den 12 maj 2025.'], want: { [C]: '2025-05-12' } },
  { id: 'closes/with-decision', lines: ['Sista ansökningsdag är 15 mars 2025.', 'Beslut om bidrag fattas i maj.'], want: { [C]: '2025-03-15' } },
  { id: 'closes/iso', lines: ['Sista ansökningsdag är 2025-03-15.'], want: { [C]: '2025-03-15' } },
  { id: 'closes/with-filler', lines: ['Bidraget får användas till aktiviteter för barn och unga.', 'Sista dag att ansöka är 20 februari 2025.'], want: { [C]: '2025-02-20' } },
  { id: 'closes/repeated', lines: ['Sista ansökningsdag är 15 mars 2025.', 'Kom ihåg att ansökan ska vara inne senast 15 mars 2025.'], want: { [C]: '2025-03-15' } },
  { id: 'window/range', lines: ['Ansökningsperioden är 1 februari – 15 mars 2025.'], want: { [O]: '2025-02-01', [C]: '2025-03-15' } },
  { id: 'window/mellan', lines: ['Ansökan kan göras mellan den 1 februari och den 15 mars 2025.'], want: { [O]: '2025-02-01', [C]: '2025-03-15' } },
  { id: 'window/opens-closes', lines: ['Utlysningen öppnar den 1 februari 2025 och sista ansökningsdag är den 15 mars 2025.'], want: { [O]: '2025-02-01', [C]: '2025-03-15' } },
  { id: 'window/opens', lines: ['Ansökan öppnar den 1 februari 2025.'], want: { [O]: '2025-02-01' } },
  { id: 'window/label-range', lines: ['Ansökningstid: 1–31 mars 2025'], want: { [O]: '2025-03-01', [C]: '2025-03-31' } },
  { id: 'due/senast', lines: ['Redovisning ska lämnas senast 31 januari 2026.'], want: { [D]: '2026-01-31' } },
  { id: 'due/aterrapportering', lines: ['Återrapportering ska ske senast den 31 mars 2026.'], want: { [D]: '2026-03-31' } },
  { id: 'due/redovisas', lines: ['Bidraget ska redovisas senast 1 mars 2026.'], want: { [D]: '2026-03-01' } },
  { id: 'due/slutredovisning', lines: ['Slutredovisning ska lämnas in senast den 30 november 2025.'], want: { [D]: '2025-11-30' } },
  { id: 'due/with-closes', lines: ['Sista ansökningsdag är 15 mars 2025.', 'Redovisning ska lämnas senast 31 januari 2026.'], want: { [C]: '2025-03-15', [D]: '2026-01-31' } },
  { id: 'due/repeated', lines: ['Redovisning ska lämnas senast 31 januari 2026.', 'Kom ihåg att redovisningen ska vara inne senast 31 januari 2026.'], want: { [D]: '2026-01-31' } },
  { id: 'total/totalt-finns', lines: ['Totalt finns 2 000 000 kronor att fördela.'], want: { [T]: 2000000 } },
  { id: 'total/fordelar', lines: ['Kommunen fördelar totalt 500 000 kronor i bidrag.'], want: { [T]: 500000 } },
  { id: 'total/avsatts', lines: ['För bidraget har totalt 1 200 000 kronor avsatts.'], want: { [T]: 1200000 } },
  { id: 'total/miljoner', lines: ['Totalt finns 3 miljoner kronor att söka.'], want: { [T]: 3000000 } },
  { id: 'total/with-rate', lines: ['Totalt finns 2 000 000 kronor att fördela.', 'Bidraget är 50 kronor per deltagare.'], want: { [T]: 2000000 } },
  { id: 'total/repeated', lines: ['Totalt finns 2 000 000 kronor att fördela.', 'Av de totalt 2 000 000 kronorna går hälften till barn och unga.'], want: { [T]: 2000000 } },
  { id: 'year/verksamhetsaret', lines: ['Bidraget avser verksamhetsåret 2025.'], want: { year: 2025 } },
  { id: 'year/for-ar', lines: ['Föreningar kan söka bidrag för år 2025.'], want: { year: 2025 } },
  { id: 'year/heading', lines: ['## Bidrag 2025', 'Sista ansökningsdag är 15 mars 2025.'], want: { year: 2025, [C]: '2025-03-15' } },
  { id: 'year/bidrag-for', lines: ['Kommunen fördelar verksamhetsbidrag för 2025.'], want: { year: 2025 } },
  { id: 'year/with-sedan', lines: ['Kommunen har delat ut bidraget sedan 2015.', 'Bidraget avser verksamhetsåret 2025.'], want: { year: 2025 } },
  { id: 'year/repeated', lines: ['Bidraget avser verksamhetsåret 2025.', 'Föreningar kan söka bidrag för år 2025.'], want: { year: 2025 } },
  { id: 'mixed/all', lines: ['Bidraget avser verksamhetsåret 2025.', 'Totalt finns 800 000 kronor att fördela.', 'Sista ansökningsdag är 1 mars 2025.', 'Redovisning ska lämnas senast 31 januari 2026.'], want: { year: 2025, [T]: 800000, [C]: '2025-03-01', [D]: '2026-01-31' } },
  { id: 'mixed/cap', lines: ['Varje projekt kan få högst 200 000 kronor.', 'Sista ansökningsdag är 15 mars 2025.'], want: { [T]: null, [C]: '2025-03-15' } },
  { id: 'mixed/meeting', lines: ['Nämnden sammanträder den 22 april 2025.', 'Sista ansökningsdag är 15 mars 2025.'], want: { [C]: '2025-03-15' } },
];

export function cells(): Cell[] {
  return [
    ...CONFLICTS.map((c) => ({ id: `conflict/${c.id}`, part: 'conflict' as const, text: page(...c.lines), want: c.want })),
    ...CONTROLS.map((c) => ({ id: `control/${c.id}`, part: 'control' as const, text: page(...c.lines), want: c.want })),
  ];
}
