import { Decimal } from 'decimal.js';
import { KRONOR_MAX } from '../../specs/kronor.js';
import { sv } from './unicode.js';
import { alternation, AND_A_HALF, CURRENCIES, MULTIPLIERS, NUMBER_WORDS, SPELLED_MULTIPLIERS } from '../cues/lexicon.js';
import { bestCue } from '../cues/types.js';
import { AMOUNT_BOUNDS, AMOUNT_PER, APPROXIMATE } from '../cues/values.js';

// Swedish amounts: "78,5 miljoner kronor", "1,59 miljarder kronor", "5 042 500 200 kronor",
// "500 000 kr", "35 mnkr", "250 tkr". Arithmetic is exact (decimal.js); a value with öre is kept
// as a decimal string, whole kronor as a number.

export type Kronor = number | string;

export interface AmountHit {
  /** whole kronor as a number, or a decimal string where öre are stated */
  readonly value: Kronor;
  readonly exact: Decimal;
  /** "cirka", "drygt", "knappt" …: the text gives a rounded figure, not the amount */
  readonly approximate: boolean;
  /** "upp till", "högst", "minst", "över" …: a bound, not the amount itself */
  readonly bound?: 'max' | 'min';
  /** "per region", "per bidragsår", "per register": a rate, not a sum */
  readonly per?: string;
  readonly start: number;
  readonly end: number;
}

const MULTIPLIER_RES: ReadonlyArray<readonly [RegExp, string]> = MULTIPLIERS.map(([words, factor]) => [sv(new RegExp(`^(?:${alternation(words)})\\b`, 'iu')), factor]);

// a decimal comma a line break or a careless hand left a space after ("9, 5 miljoner kronor"): read
// as 9,5 only with a short whole part and a multiplier right after, so "år 2021, 5 miljoner" stays 5 miljoner
const SPACED_DECIMAL = String.raw`(?<![\d,.])(\d{1,3}),[ \u00a0](\d{1,2})(?=\s*(?:mil-?jar|mil-?jo|mdkr|mdr|mrd|mnkr|mkr))`;
// dots as thousands separators ("1.000.000:- SEK", "544.000 kr", "50.000–200.000 kronor"): whole groups of
// three only, never followed by another dotted digit, so "1.10.2024", "3.2.1" and "kl. 12.00" stay numbers
// (and a figure still needs a unit after it); the start may not follow a digit or a dot, so a run of groups
// is tried once, from its first digit (linear)
const DOTTED = String.raw`\d{1,3}(?:\.\d{3})+(?!\.\d)`;
// (nor the day of an ISO date right before a sum, "2025-03-02 650 000 kronor" where a page's date stamp runs into the line that
// opens on the sum: the day is no thousands group of it, money86; a fixed-length look back, linear; nor the minutes of a clock
// time there, "2026-03-02 14:30 650 000 kronor" read 30 650 000, review86b)
const NUMBER = String.raw`(?:${SPACED_DECIMAL}|(?<![\d,.])(?<!\d{4}-\d\d-)(?<!\d:)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|${DOTTED}|\d+)(?:,(\d+))?(?![\d]))`;
// a multiplier hyphenated where a printed line broke it keeps its hyphen in the text: "1,5 miljo-ner kronor"
// "milj" (with or without its dot) is read as millions only where kronor follow: "15 milj kr", "190,5 milj. kr"
// "MSEK", the scaled krona of an international call ("budget 12 MSEK"; specs/lexicon.ts AMOUNT_SCALES, money87)
// kronor may be named Swedish where a decision pays abroad: "engångsvis utbetala 250 000 svenska kronor till Vienna NGO Committee" (dev 1924)
const UNIT = String.raw`(mil-?jar-?der|mil-?jard|mdkr|mdr|mrd|mil-?jo-?ner|mil-?jon|milj\.?(?=\s*(?:kr\b|kronor))|mnkr|mkr|msek\b|tkr|tusen)?\s*((?:svenska\s+)?kronor|kr\b\.?|sek\b|:-)?`;
const amountRe = new RegExp(String.raw`${NUMBER}\s*${UNIT}`, 'giu');
/** "SEK" right before a figure that has no unit after it: kronor all the same ("SEK 250 000") */
const SEK_BEFORE = /(?:^|[^\p{L}])SEK[ \u00a0]?$/u;
// "tio miljoner kronor": a number word counts only before a multiplier; "fem och en halv miljon kronor" adds a half
const wordAmountRe = sv(new RegExp(String.raw`(?<![\p{L}\d])(${alternation(Object.keys(NUMBER_WORDS))})(\s+${AND_A_HALF})?\s+(${SPELLED_MULTIPLIERS.join('|')})(?:\s+(kronor|kr\b\.?))?(?![\p{L}\d])`, 'giu'));
const APPROX = APPROXIMATE.cue;
const PER = AMOUNT_PER.cue;
/** How far before an amount its bound is read: "förfogar länsstyrelserna över" is longer than "upp till". */
const BOUND_WINDOW = 40;
/** "upp till" or "minst" right before the amount: the heaviest bound row that holds. */
const boundOf = (before: string): 'max' | 'min' | undefined => bestCue(AMOUNT_BOUNDS, { before, after: '', sentence: '', heading: '', line: '' })?.meaning;
const CURRENCY_WORDS = alternation(CURRENCIES.flatMap(([, words]) => words));
/** a foreign currency right after the figure (or its multiplier): "miljoner euro", "norska kronor" */
const FOREIGN_AFTER = sv(new RegExp(String.raw`^\s*(?:${CURRENCY_WORDS})(?![\p{L}])`, 'iu'));
/** a currency sign or code right before the figure: "€ 5 miljoner", "USD 250 000" */
const FOREIGN_BEFORE = sv(new RegExp(String.raw`(?:^|[^\p{L}])(?:${CURRENCY_WORDS})\s*$`, 'iu'));
// the figure's digit groups bounded: the currency after it is required, and an unbounded run of groups
// would be tried again from every group's start on a long run of them (quadratic)
const FOREIGN_NUMBER = NUMBER.replace(String.raw`\d{3})+`, String.raw`\d{3}){1,6}`);
const foreignAmountRe = sv(new RegExp(String.raw`${FOREIGN_NUMBER}\s*(mil-?jar-?der|mil-?jard|mil-?jo-?ner|mil-?jon|tusen)?\s*(${CURRENCY_WORDS})(?![\p{L}])`, 'giu'));
const CURRENCY_CODE = new Map(CURRENCIES.flatMap(([code, words]) => words.map((w) => [w.toLowerCase(), code] as const)));

/** what the two patterns need, cheap to look for first: a digit, or a word amount's multiplier */
const DIGIT = /\d/u;
const WORD_MULTIPLIER = new RegExp(SPELLED_MULTIPLIERS.join('|'), 'iu');

/** Every amount in kronor stated in the text. A bare number is not an amount: it needs a unit. */
export function findAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of DIGIT.test(text) ? text.matchAll(amountRe) : []) {
    const [whole, spacedInt, spacedFrac, plainInt, plainFrac, mult, currency] = m;
    const intPart = spacedInt ?? plainInt;
    const frac = spacedFrac ?? plainFrac;
    // the code before the figure, as an international form writes kronor: "utbetala SEK 250 000 till …" (vary63,
    // constructed paraphrase of dev 1924); the amount then starts at the code
    // (never a bare year after the code: "Belopp i SEK 2024" heads a table's column)
    const coded = !mult && !currency && !/^(?:19|20)\d\d$/u.test(plainInt ?? '') ? SEK_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
    if (!mult && !currency && !coded) continue;
    // "2.500 miljoner" may be an English decimal point (2,5 miljoner): dotted groups count as thousands only
    // before kronor themselves, never before a multiplier
    if (mult && intPart!.includes('.')) continue;
    const base = new Decimal(`${intPart!.replace(/[ .\u00a0\u202f]/g, '')}${frac ? `.${frac}` : ''}`);
    const factor = mult ? MULTIPLIER_RES.find(([re]) => re.test(mult.replace(/-/gu, '')))?.[1] ?? '1' : '1';
    // "78,5 miljoner" is whole kronor; "792 929,29 kronor" states öre.
    if (!mult && frac && frac.length > 2) continue;
    const exact = base.times(factor);
    if (exact.gt(KRONOR_MAX)) continue; // no grant is this large: a run of digits, not an amount
    const trimmed = whole.replace(/\s+$/u, '');
    const start = coded ? m.index - coded[0].length + coded[0].indexOf('SEK') : m.index;
    const end = m.index + trimmed.length;
    const before = text.slice(Math.max(0, start - 24), start);
    // "5 miljoner euro", "2 miljoner norska kronor", "€ 5 miljoner": another currency, never kronor
    if (!currency && (FOREIGN_AFTER.test(text.slice(end, end + 40)) || FOREIGN_BEFORE.test(before))) continue;
    const after = text.slice(end, end + 40);
    const per = PER.exec(after)?.[1]?.toLowerCase();
    const bound = boundOf(text.slice(Math.max(0, start - BOUND_WINDOW), start));
    hits.push({
      value: exact.isInteger() ? exact.toNumber() : exact.toFixed(2),
      exact,
      approximate: APPROX.test(before),
      ...(bound ? { bound } : {}),
      ...(per ? { per } : {}),
      start,
      end,
    });
  }
  for (const m of WORD_MULTIPLIER.test(text) ? text.matchAll(wordAmountRe) : []) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()];
    const factor = MULTIPLIER_RES.find(([re]) => re.test(m[3]!))?.[1];
    if (n === undefined || !factor) continue;
    const exact = new Decimal(n).plus(m[2] ? 0.5 : 0).times(factor);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    if (!m[4] && FOREIGN_AFTER.test(text.slice(end, end + 40))) continue; // "fem miljoner euro" is no kronor amount
    const per = PER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
    const bound = boundOf(text.slice(Math.max(0, start - BOUND_WINDOW), start));
    hits.push({ value: exact.toNumber(), exact, approximate: APPROX.test(before), ...(bound ? { bound } : {}), ...(per ? { per } : {}), start, end });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export interface ForeignAmountHit {
  readonly value: Kronor;
  /** ISO 4217 code */
  readonly currency: string;
  readonly approximate: boolean;
  readonly bound?: 'max' | 'min';
  readonly per?: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Amounts in a foreign currency ("283 721 US-dollar", "1,5 miljoner euro"): kept with their
 * currency, never converted and never read as kronor.
 */
export function findForeignAmounts(text: string): ForeignAmountHit[] {
  const hits: ForeignAmountHit[] = [];
  if (!DIGIT.test(text)) return hits;
  for (const m of text.matchAll(foreignAmountRe)) {
    const [whole, spacedInt, spacedFrac, plainInt, plainFrac, mult, word] = m;
    const intPart = spacedInt ?? plainInt;
    const frac = spacedFrac ?? plainFrac;
    const code = CURRENCY_CODE.get(word!.toLowerCase());
    if (!code) continue;
    if (!mult && frac && frac.length > 2) continue;
    if (mult && intPart!.includes('.')) continue; // as for kronor: "2.500 miljoner euro" may be 2,5 miljoner
    const base = new Decimal(`${intPart!.replace(/[ .\u00a0\u202f]/g, '')}${frac ? `.${frac}` : ''}`);
    const factor = mult ? MULTIPLIER_RES.find(([re]) => re.test(mult.replace(/-/gu, '')))?.[1] ?? '1' : '1';
    const exact = base.times(factor);
    if (exact.gt(KRONOR_MAX)) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = text.slice(Math.max(0, start - 24), start);
    const per = PER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
    const bound = boundOf(text.slice(Math.max(0, start - BOUND_WINDOW), start));
    hits.push({ value: kronorOf(exact), currency: code, approximate: APPROX.test(before), ...(bound ? { bound } : {}), ...(per ? { per } : {}), start, end });
  }
  return hits;
}

/** The value as the contract stores it: an integer when whole kronor, else a decimal string. */
export function kronorOf(d: Decimal): Kronor {
  return d.isInteger() ? d.toNumber() : d.toFixed(2);
}
