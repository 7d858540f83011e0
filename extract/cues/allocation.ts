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

// A fördelning table flattened to lines on a web page: a line naming a recipient group, a line
// labelling the amount column, then lines that are only an amount (each after the line of what it
// is for). Each amount is a part for that group.

/** A line that is only a recipient group, heading a table's block of amounts. */
export const GROUP_LINE: Cue<'group'> = {
  id: 'grupp-rad', where: 'line', meaning: 'group', weight: 1,
  cue: /^(?:regioner(?:na)?|kommuner(?:na)?|landsting(?:en)?|länsstyrelser(?:na)?)$/iu,
  examples: ['Regioner', 'Kommuner', 'Landstingen'],
  counterExamples: ['Regioner och kommuner kan söka', 'Region Stockholm', 'Kommun'],
};

/** A line that only labels the amount column and its unit: "Belopp kronor", "Belopp (tkr)". */
export const AMOUNT_COLUMN_LINE: Cue<'amount-column'> = {
  id: 'belopp-kolumn', where: 'line', meaning: 'amount-column', weight: 1,
  cue: /^(?:belopp|summa|medel)(?:\s+i)?\s*\(?\s*(?:kronor|kr|tkr|tusen(?:tals)?\s+kronor|mnkr|mkr|miljoner\s+kronor)\s*\)?$/iu,
  examples: ['Belopp kronor', 'Belopp (tkr)', 'Belopp i kronor'],
  counterExamples: ['Belopp per kommun framgår av fördelningslistan', 'Belopp', 'Kronor per invånare'],
};

/** A line that is only an amount in the column's unit: "217 000 000". */
export const BARE_AMOUNT_LINE: Cue<'amount'> = {
  id: 'bart-belopp', where: 'line', meaning: 'amount', weight: 1,
  // thousands written apart, so that a bare year or a number of the page is never read as one
  cue: /^\d{1,3}(?:[ \u00a0]\d{3})+$/u,
  examples: ['217 000 000', '50 000 000', '1 500'],
  counterExamples: ['217 000 000 kronor till regionerna', '2022', '12,5'],
};

/** A unit (LIST_UNIT's group) in thousands; any other unit LIST_UNIT names is in millions. */
export const THOUSANDS_UNIT: Cue<'thousands'> = {
  id: 'tusental', where: 'line', meaning: 'thousands', weight: 1,
  cue: /^(?:tkr|tusen)/iu,
  examples: ['tkr', 'tusen kronor', 'tusentals kronor'],
  counterExamples: ['mnkr', 'miljoner kronor', 'mkr'],
};
