import { plausibleYear } from '../../specs/years.js';
import { globalCopy } from '../../specs/regex.js';
// Swedish date grammar. Pure functions over a string; every hit carries its [start, end) span.
// A date is only a date when the text states its year: "13 maj" alone is never turned into one,
// except as the first half of a range whose second half states the year ("1 januari –31 december 2025").
// A date the text marks as an example ("t.ex. 2023-05-17") is not one it states: the finders exported
// here are the only way to a date, and none returns an example (the raw grammar below is private).

import { MONTHS, YEAR_PARTS } from '../cues/lexicon.js';
import { EXAMPLE_DATE } from '../cues/dates.js';
import { anyCue, contextOf } from '../cues/types.js';
import { VAGUE_DATES } from '../cues/values.js';
import { findNumericDates, findNumericRanges, rangeDays } from './numeric-dates.js';
import { keptBy, TextStore } from '../kept.js';

export { MONTHS };

export type VaguePart = 'early' | 'spring' | 'summer' | 'autumn' | 'late' | 'year';

export interface DateHit { readonly date: string; readonly start: number; readonly end: number }
export interface RangeHit { readonly from: string; readonly to: string; readonly start: number; readonly end: number }
export interface VagueHit {
  readonly year: number; readonly part: VaguePart; readonly text: string;
  readonly start: number; readonly end: number;
}

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// a Norwegian or Danish day carries its ordinal point ("31. mars 2021", "den 6. marts 2020", dev 1708, 1712)
const DAY = String.raw`(\d{1,2})(?::[ae]|\.)?`;
// … but a number with its point before a capitalised month is a numbered item and a new sentence, no day: "nämnden § 12.
// Maj 2021 beslutades …", "Kapitel 3. Juni 2019", "version 2. Mars 2021" (review 45 item 8); a Nordic day's month is lower-case
const POINT_BEFORE_CAPITAL = /\d\.\s+\p{Lu}/u;
// a comma may stand before the year ("31 mars, 2025"), not before a genitive ("1 mars, 2025 års …")
// a weekday may stand before the day, with or without "den" ("tisdag 31 mars 2026", "tisdagen den 31 mars 2026"; spsm.se
// "Publicerat tisdag 26 juni 2012", h/lexvar81): it is part of the date as written, as "den" is, so that a row reading what
// stands before the day reads "senast" whether the text names the weekday or not (value-perturbation.ts date-weekday)
const WEEKDAY = String.raw`(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)`;
const DMY = String.raw`(?:${WEEKDAY}?den\s+|${WEEKDAY})?${DAY}\s+(${MONTH_ALT})\.?(?:(?:,(?=\s+\d{4}(?!\s+års)))?\s+(\d{4}))?`;
const ISO = String.raw`(\d{4})-(\d{2})-(\d{2})`;
// "till och med", "t.o.m.", "tom", "till", "–", "-", "—"
// … and "--" between two ISO days ("2022-09-29--2022-12-14")
const RANGE_SEP = String.raw`\s*(?:–|—|--?|till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|till)\s*`;

// an English date month first, its comma before the year stated ("August 3, 2009", "November 1, 2017", "June30, 2015";
// dev 1705, 1714): the comma is required, so a Swedish "i mars 10 2020" or a running count is never read as one; an English
// ordinal day needs none ("January 15th 2010", dev 1991, h/forms65: no Swedish date writes "15th")
const mdyRe = new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s{0,2}(\d{1,2})(?:(?:st|nd|rd|th)?,\s{0,2}|(?:st|nd|rd|th)\s{1,2})(\d{4})(?![\p{L}\d])`, 'giu');
const isoRe = new RegExp(String.raw`(?<![\d-])${ISO}(?![\d\p{L}]|-\d)`, 'gu');
const dmyRe = new RegExp(String.raw`(?<![\p{L}\d])${DMY}(?![\p{L}\d])`, 'giu');
const isoRangeRe = new RegExp(String.raw`(?<![\d-])${ISO}${RANGE_SEP}${ISO}(?![\d\p{L}])`, 'giu');
// the closing day may carry its hour first: "från den 15 februari till och med kl. 12.00 den 15 november 2024"
const CLOCK_FIRST = String.raw`(?:(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?\s+)?`;
// … and the opening day its hour after it, bare or in brackets: "Ansökningsperiod: 21 september 2022 (kl. 14.00) – 22 november
// 2022 (kl. 14.00)" (dev 2379, Vetenskapsrådet; issue 12, fresh80a: no range, so neither day was read), "2 oktober 2025 kl.
// 14.00 – 6 november 2025 kl. 14.00"
const CLOCK_AFTER = String.raw`(?:,?\s*(?:\(\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?\s*\)|(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?))?`;
// … and its weekday first: "Ansökningsperiod: onsdag 1 april 2026 – fredag 29 maj 2026" (window81, constructed; the first day's
// weekday stands before the range and needs no place in it)
const WEEKDAY_FIRST = String.raw`(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?`;
const dmyRangeRe = new RegExp(String.raw`(?<![\p{L}\d])${DMY}${CLOCK_AFTER}${RANGE_SEP}${CLOCK_FIRST}${WEEKDAY_FIRST}${DMY}(?![\p{L}\d])`, 'giu');
// "mellan den 6 november 2017 och den 2 mars 2018": "och" joins a range only after "mellan"
const betweenRe = new RegExp(String.raw`(?<![\p{L}\d])mellan\s+${DMY}\s+och\s+${DMY}(?![\p{L}\d])`, 'giu');
// two days of one month, the month and year written once: "Ansökan är öppen 15-31 januari 2021" (dev 1674), "Ansökningstiden
// är 2–15 oktober 2020" (dev 1683), "öppen mellan 6 och 27 november 2023" (dev 1684); never after a figure's dot, colon or
// slash ("2018:2-5 maj", "3.2-4 mars"), and the year is stated
const FIRST_DAY = String.raw`(?<![\p{L}\d.,/:–—-])(?:den\s+)?(\d{1,2})(?::[ae])?`;
// (the dash unspaced: "5 - 19 augusti 2019" stays a closing day, test/extract/deadline-shapes.test.ts; read as a range it
// made a shipped source's window a usage period)
const sharedMonthRangeRe = new RegExp(String.raw`${FIRST_DAY}(?:–|—|-)${DAY}\s+(${MONTH_ALT})\.?,?\s+(\d{4})(?![\p{L}\d])`, 'giu');
const betweenSharedRe = new RegExp(String.raw`(?<![\p{L}\d])mellan\s+(?:den\s+)?(\d{1,2})(?::[ae])?\s+och\s+(?:den\s+)?${DAY}\s+(${MONTH_ALT})\.?,?\s+(\d{4})(?![\p{L}\d])`, 'giu');

/** Every date, range and vague date these patterns keep states a year: text without four digits in a row holds none. */
const YEAR_DIGITS = /\d{4}/u;

export function isoOf(year: number, month: number, day: number): string | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase()];
}

/**
 * Hits per text, kept: the window, usage period, dated events, reporting and funding finders each
 * read every dated sentence's dates again (a long document's sentences about eight times over).
 * The finders are pure functions of the text, so a kept answer is the answer; the answers are
 * frozen (no caller may change one another reads), in the one bounded store (extract/kept.ts).
 */
function remembered<H>(find: (text: string) => H[]): (text: string) => H[] {
  const kept = new TextStore<H[]>();
  return (text) => keptBy(kept, text, (t) => Object.freeze(find(t)) as H[]);
}

/** Exact dates with a stated year: "2026-01-01", "den 13 maj 2026", "1 januari 2026". */
function allDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  if (!YEAR_DIGITS.test(text)) return hits;
  for (const m of text.matchAll(isoRe)) {
    const date = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) hits.push({ date, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(dmyRe)) {
    if (m[3] === undefined) continue; // no year stated: not a date
    if (POINT_BEFORE_CAPITAL.test(m[0])) continue;
    const date = isoOf(Number(m[3]), monthOf(m[2]) ?? 0, Number(m[1]));
    if (date) hits.push({ date, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(mdyRe)) {
    const date = isoOf(Number(m[3]), monthOf(m[1]) ?? 0, Number(m[2]));
    if (date) hits.push({ date, start: m.index, end: m.index + m[0].length });
  }
  hits.push(...findNumericDates(text, isoOf)); // "senast den 21.2.2019", "till och med 7.3 2024"
  return hits.sort((a, b) => a.start - b.start);
}

/** Date ranges: "2026-01-01 till och med 2026-12-31", "27 juni–31 december 2019", "1 januari 2026 – den 31 december 2026". */
function allRanges(text: string): RangeHit[] {
  const hits: RangeHit[] = [];
  if (!YEAR_DIGITS.test(text)) return hits;
  for (const m of text.matchAll(isoRangeRe)) {
    const from = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    const to = isoOf(Number(m[4]), Number(m[5]), Number(m[6]));
    if (from && to && from <= to) hits.push({ from, to, start: m.index, end: m.index + m[0].length });
  }
  for (const m of [...text.matchAll(dmyRangeRe), ...text.matchAll(betweenRe)]) {
    const toYear = m[6] === undefined ? undefined : Number(m[6]);
    if (toYear === undefined) continue; // "1 maj – 30 juni": no year stated
    if (POINT_BEFORE_CAPITAL.test(m[0])) continue;
    // the first half inherits the year of the second (numeric-dates.ts rangeDays)
    const days = rangeDays(isoOf, Number(m[1]), monthOf(m[2]) ?? 0, m[3] === undefined ? undefined : Number(m[3]), Number(m[4]), monthOf(m[5]) ?? 0, toYear);
    if (days) hits.push({ ...days, start: m.index, end: m.index + m[0].length });
  }
  for (const m of [...text.matchAll(sharedMonthRangeRe), ...text.matchAll(betweenSharedRe)]) {
    const month = monthOf(m[3]) ?? 0;
    const from = isoOf(Number(m[4]), month, Number(m[1]));
    const to = isoOf(Number(m[4]), month, Number(m[2]));
    if (from && to && from < to) hits.push({ from, to, start: m.index, end: m.index + m[0].length });
  }
  hits.push(...findNumericRanges(text, isoOf)); // "under perioden 22.2-13.3.2023"
  return hits.sort((a, b) => a.start - b.start);
}

// each row's copy with the g flag; a part row's first group is a part of the year
const vagueRes: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => VaguePart]> = VAGUE_DATES.map((row) => [
  globalCopy(row.cue),
  row.meaning === 'part' ? (m) => YEAR_PARTS[m[1]!.toLowerCase()] ?? 'year' : () => 'year',
]);

/** Vague dates: "i början av 2027", "i slutet av 2026", "under våren 2026", "under 2027". */
function findVagueOnce(text: string): VagueHit[] {
  const hits: VagueHit[] = [];
  if (!YEAR_DIGITS.test(text)) return hits;
  for (const [re, partOf] of vagueRes) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const year = Number(m[2]);
      if (!plausibleYear(year)) continue;
      hits.push({ year, part: partOf(m), text: m[0], start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export interface DayMonthHit { readonly day: number; readonly month: number; readonly start: number; readonly end: number }

/**
 * Days written without a year ("till och med den 20 juni"): never a date by themselves (no year is
 * guessed), but a finder may keep the event they name with its words only.
 */
export function findDayMonths(text: string): DayMonthHit[] {
  const hits: DayMonthHit[] = [];
  for (const m of text.matchAll(dmyRe)) {
    if (m[3] !== undefined || POINT_BEFORE_CAPITAL.test(m[0])) continue;
    const month = monthOf(m[2]);
    const day = Number(m[1]);
    if (month === undefined || day < 1 || day > 31) continue;
    if (marksExample(text, m.index, m.index + m[0].length)) continue;
    hits.push({ day, month, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const marksExample = (text: string, start: number, end: number): boolean => anyCue(EXAMPLE_DATE, contextOf(text, start, end));

/**
 * The dates a text states: every date but one it marks as an example (EXAMPLE_DATE: "t.ex.
 * 2023-05-17", "2023-01-31 (exempel)"), and but one inside a range it so marks ("till exempel 1
 * mars–31 mars 2024": the marker stands before the range, not before its closing day). A sentence, a
 * table cell and a front-matter value are all read by this one finder.
 */
function statedDatesOnce(text: string): DateHit[] {
  const dates = allDates(text).filter((d) => !marksExample(text, d.start, d.end));
  if (dates.length === 0) return dates;
  const examples = allRanges(text).filter((r) => marksExample(text, r.start, r.end));
  if (examples.length === 0) return dates;
  // both in order of their start: one pass, not every range for every date
  let k = 0;
  return dates.filter((d) => {
    while (k < examples.length && examples[k]!.end <= d.start) k++;
    const r = examples[k];
    return !(r && r.start <= d.start && d.end <= r.end);
  });
}

/** The ranges a text states: every range but one it marks as an example, as statedDates. */
function statedRangesOnce(text: string): RangeHit[] {
  return allRanges(text).filter((r) => !marksExample(text, r.start, r.end));
}

/** Exact dates with a stated year, examples left out: the one entry point to a date. */
export const statedDates = remembered(statedDatesOnce);
/** Date ranges with a stated year, examples left out: the one entry point to a range. */
export const statedRanges = remembered(statedRangesOnce);
export const findVague = remembered(findVagueOnce);
