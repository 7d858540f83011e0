// Sentence spans within one block of text, shared by the extractor and the change report. Swedish
// abbreviations ("t.ex.", "bl.a.", "kap.") and list numbers ("1. ") do not end a sentence.

/** Abbreviations whose period does not end a sentence ("t.ex.", "bl.a.", "kap."), as the splitter reads them. */
export const ABBREVIATIONS: readonly string[] = [
  't.ex', 'bl.a', 'inkl', 'exkl', 'ca', 'kap', 'nr', 's', 'resp', 'm.m', 'osv', 'dvs', 'jfr', 'st', 'kl',
  't.o.m', 'fr.o.m', 'o.d', 'm.fl', 'd.v.s', 'p.g.a', 'pga', 'f.d', 'ev', 'tel', 'avd', 'mom', 'prop', 'dnr',
  'ang', 'enl', 'förf', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'c/o', 'e.d', 'i.o.m', 'sk', 'vs',
];

/**
 * Abbreviations that close a list ("… utflykter, dagkollo, livsmedel m.m.", "… och så vidare"): written
 * last in a sentence as often as inside one, so before a capital letter their period ends the sentence
 * ("… förbrukningsmaterial m.m. Det går inte att söka …"). In lower-cased text nothing tells, and they stay whole.
 */
export const CLOSING_ABBREVIATIONS: readonly string[] = ['m.m', 'osv', 'm.fl', 'o.d', 'e.d'];

export interface Span { readonly start: number; readonly end: number }

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const CLOSING_SET = new Set(CLOSING_ABBREVIATIONS);
/** a capital letter after the white space: the next sentence's first word */
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

export interface SplitOptions {
  /**
   * The text is lower-cased (normalised for quotes, specs/quote.ts): a sentence may start with a small
   * letter, so only the abbreviations and ordinals tell "t.ex. kommuner" from an end.
   */
  readonly anyCase?: boolean;
}

// A boundary starts at the first mark of a run: tried again from every dot of "...." before a space,
// each try would read the rest of the run (quadratic in a leader line of dots).
const BOUNDARY = /(?<![.!?])[.!?]+["”’)¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+["”(•\-–]?[\p{Lu}\d])/gu;
const BOUNDARY_ANY_CASE = /(?<![.!?])[.!?]+["”’)¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+["”(•\-–]?[\p{L}\d])/gu;

/** Sentence spans, trimmed; each ends after its terminal punctuation. */
export function sentences(text: string, options: SplitOptions = {}): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = options.anyCase ? BOUNDARY_ANY_CASE : BOUNDARY;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    const word = lastWord(text, start, m.index).toLowerCase();
    const closes = !options.anyCase && m[0] === '.' && CLOSING_SET.has(word) && CAPITAL_NEXT.test(text.slice(end, end + 8));
    if (m[0].startsWith('.') && !closes && (ABBREVIATION_SET.has(word) || /^\p{L}$/u.test(word))) continue;
    // "7 kap. 4 §", "1. stärka": a number followed by a dot is an ordinal, not an end.
    if (m[0] === '.' && endsInSmallNumber(text, start, m.index)) continue;
    // "avslutas måndagen den 4.9. 2023 klockan 15.45": a day and month in figures, their dot and the year after a space is one date
    if (m[0] === '.' && DAY_MONTH_BEFORE.test(text.slice(Math.max(start, m.index - 6), m.index)) && YEAR_AFTER.test(text.slice(end, end + 6))) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/**
 * A whole text's sentences as strings: each line on its own (a heading or a table row ends where its
 * line does), split within the line by `sentences`, so "t.ex. kommuner" and "7 kap. 4 §" stay whole.
 */
export function sentenceTexts(text: string, options: SplitOptions = {}): string[] {
  return text.split(/\n+/u).flatMap((line) => sentences(line, options).map((s) => line.slice(s.start, s.end)));
}

const WORD_CHAR = /^[\p{L}./]$/u;
const SPACE = /^\s$/u;

/**
 * The word text[from, to) ends in: its last run of letters, dots and slashes, when a space or "("
 * (or `from`) stands before the run; else ''. Read backwards from `to`, so that a sentence of many
 * abbreviations is not read again from its start at each of them.
 */
function lastWord(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    // a letter outside the BMP is a surrogate pair: read as one character
    const pair = i - 2 >= from && /[\udc00-\udfff]/u.test(text[i - 1]!) && /[\ud800-\udbff]/u.test(text[i - 2]!);
    const w = pair ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(i - w, i))) break;
    i -= w;
  }
  if (i === to) return '';
  return i === from || text[i - 1] === '(' || SPACE.test(text[i - 1]!) ? text.slice(i, to) : '';
}

/** a day and a month in figures right before a dot ("4.9" of "4.9. 2023"), a space or the sentence's start before them */
const DAY_MONTH_BEFORE = /(?:^|\s)\d{1,2}\.\d{1,2}$/u;
/** a year right after the dot's space ("4.9. 2023"): the figures before are a date's day and month, not a sentence's end */
const YEAR_AFTER = /^\s(?:19|20)\d{2}(?!\d)/u;

/** Whether text[from, to) ends in a number of one to three digits, with a space (or `from`) before it, that is no figure's thousands group. */
function endsInSmallNumber(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) i--;
  const n = to - i;
  // a group of three after a space and a digit ends a figure ("… ett riktmärke är SEK 1 000 000. Totalt …"; money87): its
  // thousands group, no ordinal
  if (n === 3 && i - 2 >= from && SPACE.test(text[i - 1]!) && /\d/u.test(text[i - 2]!)) return false;
  return n >= 1 && n <= 3 && (i === from || SPACE.test(text[i - 1]!));
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

