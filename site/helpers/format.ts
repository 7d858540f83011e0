import { Decimal } from 'decimal.js';

// Swedish formatting for people: "13 maj 2026", "78 500 000 kronor", "78,5 miljoner kronor".

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2026-05-13" → "13 maj 2026"; anything else is returned as written. */
export function svDate(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A date or a vague date as the document says it: "13 maj 2026", "i början av 2027". */
export function svWhen(value: unknown): string {
  if (typeof value === 'string') return svDate(value);
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: string }).text);
  return '';
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '\u00a0');
}

/** 78500000 → "78 500 000 kronor"; "792929.29" → "792 929,29 kronor". */
export function kronor(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const d = new Decimal(String(value));
  const [int, frac] = d.toFixed(d.isInteger() ? 0 : 2).split('.');
  return `${group(int!)}${frac ? `,${frac}` : ''} kronor`;
}

/** 78500000 → "78,5 miljoner kronor", 5042500200 → "5 042 500 200 kronor" (only when exact). */
export function kronorWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const d = new Decimal(String(value));
  for (const [unit, one, many, decimals] of [[1e9, 'miljard', 'miljarder', 100], [1e6, 'miljon', 'miljoner', 1000]] as const) {
    const q = d.div(unit);
    // only where the short form says the amount exactly, and reads naturally ("1,59 miljarder", "1 013 miljoner")
    if (d.gte(unit) && q.times(decimals).isInteger()) {
      const [int, frac] = q.toString().split('.');
      return `${group(int!)}${frac ? `,${frac}` : ''} ${q.eq(1) ? one : many} kronor`;
    }
  }
  return kronor(value);
}

const SAFE = /^(?:https?:|mailto:)/iu;

/** Only https:, http: and mailto: links are links; anything else renders as text. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!SAFE.test(trimmed) || /[\s<>"]/u.test(trimmed)) return undefined;
  if (/^mailto:/iu.test(trimmed) && !/^mailto:[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+$/iu.test(trimmed)) return undefined;
  return trimmed;
}

// Field paths repeat across specs ("conditions.0"), and a big site asks for each thousands of times.
const slugs = new Map<string, string>();

export function slug(path: string): string {
  let s = slugs.get(path);
  if (s === undefined) {
    s = `kalla-${path.replace(/[^a-z0-9]+/giu, '-').toLowerCase()}`;
    slugs.set(path, s);
  }
  return s;
}

/**
 * Swedish order (å, ä, ö after z): what `a.localeCompare(b, 'sv')` gives, by one collator made once
 * (localeCompare with a locale looks the collator up on every call: seven times slower).
 */
export const svCompare: (a: string, b: string) => number = new Intl.Collator('sv').compare;
