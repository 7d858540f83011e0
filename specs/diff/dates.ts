import { fieldOf } from '../fields.js';
import { sameButOneWord } from './wording.js';

// Dates as people read them: a grant year later, "17 april" is still 17 april. A date is compared
// with the same calendar date in the new grant year, so a deadline that moved from 17 april 2025 to
// 16 mars 2026 moved 32 days earlier in the year (not 333 days later), and 31 december 2025 →
// 31 december 2026 is no change at all.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const YEAR = /\b(19|20)\d{2}\b/gu;

/** An ISO date moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(iso: string, years: number): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = m[2] === '02' && m[3] === '29' && !leap ? '28' : m[3];
  return `${y}-${m[2]}-${day}`;
}

const days = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Days a date moved in its year (negative = earlier), or undefined for values that are not both
 * exact dates. A date more than half a year from the same calendar date in the new grant year is
 * read against the nearest year instead: the 2021 round's last day stated as 1 oktober 2020 on the
 * 2020 page and as 30 september 2020 on the 2021 page moved one day, not 366.
 */
export function shiftDays(field: string, a: unknown, b: unknown, years: number): number | undefined {
  if (fieldOf(field)?.kind !== 'date' || typeof a !== 'string' || typeof b !== 'string' || !ISO.test(a) || !ISO.test(b)) return undefined;
  // like with like: within one grant year (no years between the specs) two dates of one calendar year are days apart in that
  // year, never read against another year's day ("30 juni 2025 → 31 december 2025" is 184 days later, not 181 earlier than
  // 30 juni 2026, review65); between grant years the nearest year below still reads a round's day stated in the year before
  if (years === 0 && a.slice(0, 4) === b.slice(0, 4)) return days(a, b);
  const d = days(shiftYears(a, years), b);
  if (Math.abs(d) <= 183) return d;
  return [years - 1, years + 1].map((k) => days(shiftYears(a, k), b)).reduce((x, y) => (Math.abs(y) < Math.abs(x) ? y : x), d);
}

/** Years in a text moved by the grant years between the specs ("senast 2025" → "senast 2026"). */
export function shiftTextYears(s: string, years: number): string {
  return years === 0 ? s : s.replace(YEAR, (y) => String(Number(y) + years));
}

/**
 * Whether two values say the same thing a grant year apart: the same calendar date, the same
 * vague part of the shifted year, a text that differs only by its years.
 */
/** Fields whose value is the noun a text names the channel or the form by ("e-tjänsten", "blankett"). */
const NOUN_FIELDS: ReadonlySet<string> = new Set(['requisition.channel', 'requisition.form', 'reporting.channel']);

/**
 * One noun written two ways ("e-tjänst" and "e-tjänsten", "formulär" and "formuläret", wording.ts sameButOneWord): the same
 * channel, no change (the handikapporganisationer pages 2019 → 2020, diff 23/24). A value of one word each only.
 */
function sameNoun(a: string, b: string): boolean {
  return !/\s/u.test(a.trim()) && !/\s/u.test(b.trim()) && sameButOneWord(a, b);
}

/**
 * A text with its quotation marks, apostrophes and dashes written one way: two readings that differ only in
 * typography ("…" → ”…”, " - " → " – ") say the same thing (Region Sörmland's purpose 2022 → later, diff q203/q204).
 */
function typeset(s: string): string {
  return s.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/gu, '"').replace(/[\u2018\u2019\u00b4]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/\s+/gu, ' ').trim();
}

export function sameReading(field: string, a: unknown, b: unknown, years: number): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  if (typeof a === 'string' && typeof b === 'string' && a !== b && typeset(a) === typeset(b)) return true;
  // (a list item written with a capital or a trailing comma, "lokalhyra," → "Lokalhyra": the same reading, review80)
  if (typeof a === 'string' && typeof b === 'string' && a !== b && /\p{L}/u.test(a) && typeset(a).replace(/[\s,;.]+$/u, '').toLocaleLowerCase('sv') === typeset(b).replace(/[\s,;.]+$/u, '').toLocaleLowerCase('sv')) return true;
  if (NOUN_FIELDS.has(field) && typeof a === 'string' && typeof b === 'string' && sameNoun(a, b)) return true;
  if (years === 0) return false;
  if (typeof a === 'string' && typeof b === 'string') {
    if (ISO.test(a) && ISO.test(b)) return shiftYears(a, years) === b;
    return shiftTextYears(a, years) === b || shiftTextYears(typeset(a), years) === typeset(b);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const shifted = (key: string, v: unknown): unknown => {
      if (typeof v === 'string') return ISO.test(v) ? shiftYears(v, years) : shiftTextYears(v, years);
      return key === 'year' && typeof v === 'number' ? v + years : v;
    };
    return JSON.stringify(a, shifted) === JSON.stringify(b);
  }
  return false;
}
