import { NUMERIC_DATE_LEADS, NUMERIC_DATE_VETOES } from '../cues/numeric-dates.js';
import type { DateHit, RangeHit } from './dates.js';

// Dates written with figures only, as Finland-Swedish and many kommun pages write them:
// "senast den 21.2.2019", "öppen till och med 7.3 2024", "inlämnad senast 15/3-2022", and ranges
// "under perioden 22.2-13.3.2023", "pågår 23.5-17.6.2024". Figures joined by dots are also
// version numbers ("version 1.2.2020"), paragraph numbers ("avsnitt 3.1.2") and list numbers, so a
// single figure date is a date only right after a lead that gives it a role (NUMERIC_DATE_LEADS:
// "senast", "till och med", "den", "perioden" …) or right before a time of day ("21.2.2019 kl.
// 15.00"). A range of two figure days joined by a dash with the year after the second is a date
// range by its shape when its year is joined to it ("22.2-13.3.2023"); one whose year stands apart
// ("3.1-3.2 2020") is as often two section or list numbers and a year, so it needs a lead as a single
// figure does. Hours after a clock word and a decimal before an amount are never dates
// (NUMERIC_DATE_VETOES). The year is always stated: "1.2 - 31.4 per år" is no date.
// Every pattern is a fixed sequence of bounded digit runs: linear on any input.

type Isoer = (year: number, month: number, day: number) => string | null;

/**
 * d.m.yyyy, dd.mm.yyyy, d.m yyyy, d.m. yyyy (a space after the month's dot: "avslutas måndagen den 4.9. 2023", dev 2068,
 * Varha), d/m-yyyy, d/m yyyy; never inside a longer dotted number
 */
// … nor glued to a word after its year ("den 28/2 2022Sista datum …", two lines of a PDF run together): a written date so
// glued is none either (parse/dates.ts dmyRe), and the figures' reading must not see more than the words' (h/lexvar81)
const single = /(?<![\d.,/])(\d{1,2})(?:\.(\d{1,2})(?:\.\s?|\s)|\/(\d{1,2})[-\s])((?:19|20)\d{2})(?![\d\p{L}]|[.,/]\d)/gu;
/** d.m–d.m.yyyy, d.m.yyyy–d.m.yyyy, d/m–d/m yyyy */
const range = /(?<![\d.,/])(\d{1,2})[./](\d{1,2})(?:\.((?:19|20)\d{2}))?\.?\s?[-–—]\s?(\d{1,2})[./](\d{1,2})[.\s-]((?:19|20)\d{2})(?![\d]|[.,/]\d)/gu;
/**
 * d–d.m.yyyy, a range of days in one month with the month and year after the second day only ("1–31.12.2018",
 * "1-28.2.2022", Finland-Swedish windows, dev 1852, 1859); as often a pair of numbered parts, so only after a lead
 */
const dayRange = /(?<![\d.,/])(\d{1,2})\.?\s?[-–—]\s?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|[.,/]\d)/gu;
/** "mellan den 16/11 och 29/11 2020" (dev 1668): two figure days after "mellan", joined by "och", the year after the second */
const between = /(?<![\p{L}\d])mellan\s+(?:den\s+)?(\d{1,2})[./](\d{1,2})\s+och\s+(?:den\s+)?(\d{1,2})[./](\d{1,2})[.\s-]((?:19|20)\d{2})(?![\d]|[.,/]\d)/giu;
/**
 * yyyy mm dd with single spaces ("2023 09 01", an ISO day whose dashes a page lost), or with dots ("senast 2024.09.30",
 * dev 1979, Överkalix): month and day in two figures each, the same mark twice, never one group of a longer run of
 * figure groups (a table's row, a phone number, a dotted version number)
 */
const spaced = /(?<![\d.,/-]\s?)((?:19|20)\d{2})([ .])(\d{2})\2(\d{2})(?![\d]|\s\d|[.,/-]\d)/gu;
/** a time of day right after the date: "21.2.2019 kl. 15.00" */
const CLOCK_AFTER = /^\s*(?:kl\.?|klockan)\s*\d/iu;
/** how far back a lead is looked for: "senast den ", "till och med ", "Ansökningstiden går ut " */
const LEAD_SPAN = 48;

function hasLead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LEAD_SPAN), start);
  return NUMERIC_DATE_LEADS.some((row) => row.cue.test(before));
}

function vetoed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LEAD_SPAN), start);
  const after = text.slice(end, end + LEAD_SPAN);
  return NUMERIC_DATE_VETOES.some((row) => row.cue.test(row.where === 'before' ? before : after));
}

export function findNumericDates(text: string, isoOf: Isoer): DateHit[] {
  const hits: DateHit[] = [];
  // a spaced or dotted ISO day is a date only after a lead, as a single figure date is
  if (/\d{4}[ .]\d\d[ .]\d\d/u.test(text)) {
    for (const m of text.matchAll(spaced)) {
      const date = isoOf(Number(m[1]), Number(m[3]), Number(m[4]));
      if (!date) continue;
      const end = m.index + m[0].length;
      if (!hasLead(text, m.index) && !CLOCK_AFTER.test(text.slice(end, end + 16))) continue;
      if (vetoed(text, m.index, end)) continue;
      hits.push({ date, start: m.index, end });
    }
  }
  if (!/\d[./]\d/u.test(text)) return hits;
  for (const m of text.matchAll(single)) {
    const date = isoOf(Number(m[4]), Number(m[2] ?? m[3]), Number(m[1]));
    if (!date) continue;
    const end = m.index + m[0].length;
    // a day and month joined by a slash before a stated year ("31/3 2026", "15/3-2022") is a date by its shape, as "31 mars
    // 2026" is: no version, paragraph or list number is written so (those take dots), so it needs no lead (skl.se "befolkningen
    // per 1/11 2017"; h/lexvar81, value-perturbation.ts date-slash: "Sista datum för ansökan är 3/6 2024" was no date at all)
    if (m[3] === undefined && !hasLead(text, m.index) && !CLOCK_AFTER.test(text.slice(end, end + 16))) continue;
    if (vetoed(text, m.index, end)) continue;
    hits.push({ date, start: m.index, end });
  }
  return hits;
}

/**
 * The days of a range "day month [year] – day month year", when both halves are dates and in order. The first half inherits
 * the second's year; "1 december – 31 januari 2020" (a month, or a day of the same month, after the second's) starts the
 * year before.
 */
export function rangeDays(isoOf: Isoer, fromDay: number, fromMonth: number, fromYear: number | undefined, toDay: number, toMonth: number, toYear: number): { from: string; to: string } | undefined {
  const year = fromYear ?? (fromMonth > toMonth || (fromMonth === toMonth && fromDay > toDay) ? toYear - 1 : toYear);
  const from = isoOf(year, fromMonth, fromDay);
  const to = isoOf(toYear, toMonth, toDay);
  return from && to && from <= to ? { from, to } : undefined;
}

export function findNumericRanges(text: string, isoOf: Isoer): RangeHit[] {
  const hits: RangeHit[] = [];
  if (!/\d[./]\d/u.test(text)) return hits;
  for (const m of text.matchAll(range)) {
    const days = rangeDays(isoOf, Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    if (!days) continue;
    const { from, to } = days;
    const end = m.index + m[0].length;
    // the year set apart by a space: "3.1-3.2 2020" is a date range only after a lead
    // (… unless both days are written with slashes, "1/2–31/3 2026": a slash day is a date by its shape, as in `single`)
    if (/\s/u.test(m[0].at(-5)!) && !/^\d{1,2}\/\d{1,2}\s?[-–—]\s?\d{1,2}\//u.test(m[0]) && !hasLead(text, m.index)) continue;
    if (vetoed(text, m.index, end)) continue;
    hits.push({ from, to, start: m.index, end });
  }
  for (const m of text.matchAll(dayRange)) {
    const year = Number(m[4]);
    const month = Number(m[3]);
    if (Number(m[1]) >= Number(m[2])) continue;
    const from = isoOf(year, month, Number(m[1]));
    const to = isoOf(year, month, Number(m[2]));
    if (!from || !to) continue;
    const end = m.index + m[0].length;
    if (!hasLead(text, m.index) || vetoed(text, m.index, end)) continue;
    hits.push({ from, to, start: m.index, end });
  }
  for (const m of text.matchAll(between)) {
    const year = Number(m[5]);
    const from = isoOf(year, Number(m[2]), Number(m[1]));
    const to = isoOf(year, Number(m[4]), Number(m[3]));
    if (!from || !to || from > to) continue;
    const end = m.index + m[0].length;
    if (vetoed(text, m.index, end)) continue;
    hits.push({ from, to, start: m.index, end });
  }
  return hits;
}
