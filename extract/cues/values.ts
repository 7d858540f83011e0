import { sv } from '../parse/unicode.js';
import type { Cue } from './types.js';
import { MONTH_WORDS } from './lexicon.js';

// The words around a value that qualify it: an amount stated as a rounded figure, a bound or a
// rate ("cirka 5 miljoner kronor", "upp till 500 000 kronor", "100 000 kronor per region"), and
// the parts of a year a vague date names ("i början av 2027", "under hösten 2026"). The parsers
// in extract/parse/ read these rows; the candidate is the amount or the year.

/** A rounded figure: the words right before the amount. */
export const APPROXIMATE: Cue<'approximate'> = {
  id: 'cirka', where: 'before', meaning: 'approximate', weight: 1,
  cue: /(?:cirka|ca\.?|c:a|drygt|knappt|ungefär|omkring|nästan|närmare|runt|uppemot|uppskattningsvis)\s*$/iu,
  examples: ['Bidraget uppgår till cirka ⟨5 miljoner kronor⟩.', 'Totalt fördelas drygt ⟨1,5 miljarder kronor⟩.', 'ca. ⟨300 000 kr⟩'],
  counterExamples: ['Bidraget uppgår till ⟨5 miljoner kronor⟩.', 'Cirka hälften av medlen, ⟨2 miljoner kronor⟩, går till regionerna.'],
};

/** A bound, not the amount itself: the heavier row holds first ("upp till" before "över"). */
export const AMOUNT_BOUNDS: ReadonlyArray<Cue<'max' | 'min'>> = [
  {
    // also with the whole named after it: "Stiftelsen utlyser upp till totalt 160 miljoner kronor" (dev 1290)
    id: 'upp-till', where: 'before', meaning: 'max', weight: 2, cue: /(?:upp\s+till(?:\s+(?:totalt|sammanlagt))?|högst|maximalt|max\.?|som\s+mest)\s*$/iu,
    examples: ['Varje region kan få upp till ⟨500 000 kronor⟩.', 'Bidraget är högst ⟨2 miljoner kronor⟩.', 'Stiftelsen utlyser upp till totalt ⟨160 miljoner kronor⟩ i projektanslag.'],
    counterExamples: ['Varje region får ⟨500 000 kronor⟩.', 'Högst en ansökan per region, ⟨500 000 kronor⟩.'],
  },
  {
    // "förfogar (länsstyrelserna) över" is having the sum at one's disposal, not "more than" it
    id: 'minst', where: 'before', meaning: 'min', weight: 1, cue: sv(/(?:minst|(?<!\bförfogar(?:\s+\p{L}+)?\s+)över|mer\s+än|lägst)\s*$/iu),
    examples: ['Projekt som kostar minst ⟨100 000 kronor⟩.', 'vid belopp över ⟨1 000 kronor⟩'],
    counterExamples: ['Projekt som kostar ⟨100 000 kronor⟩.', 'Minst två parter ska delta, med ⟨100 000 kronor⟩.', 'Under 2024 förfogar länsstyrelserna över ⟨31 miljoner⟩ för fördelning.', 'Länsstyrelsen förfogar över ⟨12 miljoner kronor⟩.'],
  },
];

/** A rate, not a sum: the group is what the amount is per ("per region", "i genomsnitt per elev"). */
export const AMOUNT_PER: Cue<'per'> = {
  id: 'per', where: 'after', meaning: 'per', weight: 1, cue: /^\s*(?:i\s+\S+\s+)?per\s+(\p{L}[\p{L}-]*)/iu,
  examples: ['Bidraget är ⟨100 000 kronor⟩ per region.', 'Ersättningen är ⟨500 kronor⟩ i snitt per deltagare.'],
  counterExamples: ['Bidraget är ⟨100 000 kronor⟩ för hela perioden.', 'Totalt ⟨5 miljoner kronor⟩ fördelas, 100 000 kronor per region.'],
};

export type YearPartCue = 'part' | 'year';

/**
 * Vague dates, in the order the parser tries them (a later row's hit that overlaps an earlier
 * one is dropped). In a `part` row the first group is a part of the year (YEAR_PARTS), the second
 * the year; in the `year` row the second group is the year. A year followed by "års" is a genitive
 * ("i början av 2027 års …"), not a date.
 */
export const VAGUE_DATES: ReadonlyArray<Cue<YearPartCue>> = [
  {
    id: 'borjan-slutet-av', where: 'sentence', meaning: 'part', weight: 1,
    cue: sv(/\bi\s+(början|slutet)\s+av\s+(?:år\s+)?(\d{4})(?![\d-]|\s+års)/iu),
    examples: ['Information skickas ut i början av 2027.', 'Beslut fattas i slutet av år 2026.'],
    counterExamples: ['Medlen betalas ut i början av 2027 års budgetår.', 'Redovisningen sker i början av året.'],
  },
  {
    id: 'arstid', where: 'sentence', meaning: 'part', weight: 1,
    cue: sv(/\b(?:under|i)\s+(våren|sommaren|hösten)\s+(\d{4})(?![\d-]|\s+års)/iu),
    examples: ['Beslut fattas under hösten 2026.', 'Utbetalning sker under sommaren 2025.'],
    counterExamples: ['Beslut fattas under hösten.', 'Ansökan gäller under hösten 2026 års termin.'],
  },
  {
    // a month with no day ("i mars 2021", "under december 2023"): the year is stated, the day is
    // not, so it reads as that year (the text keeps the month); never a day by guess
    id: 'manad', where: 'sentence', meaning: 'year', weight: 1,
    cue: sv(new RegExp(String.raw`\b(?:under|i)\s+(${MONTH_WORDS})\s+(?:månad\s+)?(\d{4})(?![\d-]|\s+års)`, 'iu')),
    examples: ['Socialstyrelsen beräknar att fatta beslut i december 2023.', 'Beslut om bidrag meddelas i januari 2018.', 'Utbetalning sker under mars 2025.'],
    counterExamples: ['Beslut fattas den 1 december 2023.', 'Beslut fattas i december.', 'Medlen betalas ut i december 2023 års budget.'],
  },
  {
    id: 'under-ar', where: 'sentence', meaning: 'year', weight: 1,
    cue: sv(/\b(?:under|i)\s+(år\s+)?(\d{4})(?![\d\p{L}]|\s*[–-]\s*\d|\s+års)/iu),
    examples: ['Medlen ska användas under 2027.', 'Medlen får användas under år 2026.'],
    counterExamples: ['Medlen ska användas under 2026–2027.', 'Medlen ska användas under 2027 års första halvår.'],
  },
];
