import type { Cue } from './types.js';

// A fördelning list (a table of recipients and their amounts, as CSV, a "|" table or lines of
// text): which row is the sum of the others, which header names the amount column, and the unit
// a header gives the amounts in.

/** A row that sums the others ("Summa", "Hela riket", "Alla kommuner"), not a recipient. */
export const SUM_ROW: Cue<'sum'> = {
  id: 'summa-riket', where: 'line', meaning: 'sum', weight: 1,
  cue: /^(?:summa|totalt?|sammanlagt|samtliga|riket|hela riket|alla regioner|alla kommuner)\b/iu,
  examples: ['Summa', 'Totalt', 'Hela riket', 'Alla kommuner'],
  counterExamples: ['Region Stockholm', 'Summerade medel per län', 'Sala'],
};

/** A header cell over the amounts, and not over other figures (population, shares, codes). */
export const AMOUNT_HEADER: Cue<'amount-column'> = {
  id: 'belopp-kronor', where: 'line', meaning: 'amount-column', weight: 1,
  cue: /belopp|kronor|\bkr\b|summa|totalt|medel|tkr|mnkr|bidrag|fördelning/iu,
  unless: [{ where: 'line', cue: /folkmängd|invånare|befolkning|antal|andel|procent|%|kod\b|nyckel/iu }],
  examples: ['Belopp (kr)', 'Fördelning 2025', 'Tkr'],
  counterExamples: ['Folkmängd 1 november 2024', 'Andel av medlen', 'Kommun'],
};

/** The unit a header gives the amounts in; the group is the unit ("tkr" and "tusen kronor" are thousands). */
export const LIST_UNIT: Cue<'unit'> = {
  id: 'tkr-mnkr', where: 'line', meaning: 'unit', weight: 1,
  cue: /\b(tkr|tusen(?:tals)? kronor|mnkr|mkr|miljoner kronor)\b/iu,
  examples: ['Belopp (tkr)', 'Fördelning i tusentals kronor', 'Medel, miljoner kronor'],
  counterExamples: ['Belopp (kr)', 'Belopp i kronor'],
};
