import { Decimal } from 'decimal.js';
import { fieldOf, labelOf, statedAmount, valueWord } from '../fields.js';
import { itemText } from '../schema/scalars.js';
import type { Change } from './index.js';

// Values and changes in Swedish words, for every format: dates as "16 mars 2026", amounts as
// "5 042 500 200 kr", enums by the table's words, list items and objects by what they say; never
// JSON.

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function dateWords(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');

/** 5042500200 → "5 042 500 200 kr"; "792929.29" → "792 929,29 kr"; a minus as "−". */
export function kronorWords(value: unknown): string {
  const d = new Decimal(String(value));
  const [int, frac] = d.abs().toFixed(d.isInteger() ? 0 : 2).split('.');
  return `${d.isNegative() ? '−' : ''}${group(int!)}${frac ? `,${frac}` : ''} kr`;
}

const numberWords = (n: number): string => `${n < 0 ? '−' : ''}${group(String(Math.abs(n)))}`;

type Obj = Record<string, unknown>;

/** A value at a field in words. */
export function valueWords(field: string, v: unknown): string {
  if (v === undefined || v === null) return '–';
  const f = fieldOf(field);
  const kind = f?.path === field ? f.kind : undefined;
  if (typeof v === 'string') {
    if (kind === 'date' && ISO.test(v)) return dateWords(v);
    if (kind === 'amount') return kronorWords(v);
    return valueWord(field, v);
  }
  if (typeof v === 'number') return kind === 'amount' ? kronorWords(v) : kind === 'number' && field.endsWith('year') ? String(v) : numberWords(v);
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  if (Array.isArray(v)) return v.map((x) => valueWords(field, x)).join(', ');
  const o = v as Obj;
  if (typeof o.text === 'string' && (kind === 'date' || kind === 'list')) return o.text;
  return objectWords(field, o);
}

/** An object: a list item or a small group (usage period, redistribution) as one phrase. */
function objectWords(field: string, o: Obj): string {
  const base = fieldOf(field)?.path ?? field;
  if (base === 'usage_period') {
    // a period stated by its end only: no start is shown, none was stated
    if (o.from === undefined) return `till och med ${valueWords('usage_period.to', o.to)}`;
    return `${valueWords('usage_period.from', o.from)} – ${valueWords('usage_period.to', o.to)}`;
  }
  if (base === 'funding.parts') return partWords(o);
  if (base === 'funding.foreign_total') return `${valueWords('funding.foreign_total.amount', o.amount)} ${String(o.currency)}`;
  if (base === 'contacts') return `${String(o.email)}${o.topic ? ` (${String(o.topic)})` : ''}`;
  if (base === 'legal_basis') return o.title ? `${String(o.title)} (${String(o.ref)})` : `${valueWord('legal_basis.kind', String(o.kind))} ${String(o.ref)}`;
  if (base === 'links') return o.text ? `${String(o.text)} (${String(o.url)})` : String(o.url);
  if (base === 'questions') return `fråga ${String(o.number)}: ${String(o.text)}`;
  if (base === 'rows') return `${String(o.name)}: ${kronorWords(o.amount)}`;
  if (base === 'dates') return `${String(o.text)} (${valueWord('dates.role', String(o.role))})`;
  if (typeof o.text === 'string') return itemText(o);
  // anything else: each value with its label
  return Object.entries(o).filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${labelOf(`${base}.${k}`).toLowerCase()} ${valueWords(`${base}.${k}`, x)}`).join(', ');
}

/** A funding part: "1 000 000 000 kr till regioner, per capita (efter befolkningsmängd)". */
export function partWords(p: Obj): string {
  const bits: string[] = [];
  if (p.amount !== undefined) bits.push(kronorWords(p.amount));
  if (p.share !== undefined) bits.push(`${String(p.share)} av totalen`);
  if (p.named) bits.push(`till ${String(p.named)}`);
  else if (p.to) bits.push(`till ${valueWord('funding.parts.to', String(p.to))}`);
  if (p.key) bits.push(valueWord('funding.parts.key', String(p.key)));
  if (p.per_recipient !== undefined) bits.push(`${kronorWords(p.per_recipient)} per mottagare`);
  if (p.per_unit !== undefined) bits.push(`${p.per_unit_max ? 'högst ' : ''}${kronorWords(p.per_unit)} per ${String(p.unit ?? 'enhet')}`);
  if (p.purpose) bits.push(`för ${String(p.purpose)}`);
  return bits.join(', ') || 'en del av beloppet';
}

/** The day a moved date was compared with: the new date less its shift (an ISO date). */
export function shiftReference(newIso: string, days: number): string | undefined {
  if (!ISO.test(newIso)) return undefined;
  return new Date(Date.parse(`${newIso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * How far a date moved, in words a reader can check against the two dates shown beside it.
 * Between versions of one grant year the plain count ("40 dagar tidigare"). Between grant years
 * the date is compared with the corresponding day (dates.ts shiftDays): when that day and the new
 * date lie in one calendar year the shift is a move within the year ("32 dagar tidigare på året");
 * when a year end lies between them "på året" would be false (1 december is not earlier in the
 * year than 28 februari), so the corresponding day is named in full ("89 dagar tidigare än
 * motsvarande dag, 28 februari 2020").
 */
export function shiftWords(days: number, sameYear: boolean, newIso?: string): string {
  const n = Math.abs(days);
  const moved = `${n} ${n === 1 ? 'dag' : 'dagar'} ${days < 0 ? 'tidigare' : 'senare'}`;
  if (sameYear) return moved;
  const ref = newIso === undefined ? undefined : shiftReference(newIso, days);
  if (ref !== undefined && ref.slice(0, 4) !== newIso!.slice(0, 4)) return `${moved} än motsvarande dag, ${dateWords(ref)}`;
  return `${moved} på året`;
}

/** An amount's change: "−843 999 800 kr, −14,3 %". */
export function amountDelta(a: unknown, b: unknown): string | undefined {
  try {
    const x = new Decimal(String(a));
    const y = new Decimal(String(b));
    const d = y.minus(x);
    const pct = x.isZero() ? '' : `, ${d.isNegative() ? '−' : '+'}${d.div(x).times(100).abs().toDecimalPlaces(1).toFixed(1).replace('.', ',')} %`;
    return `${d.isNegative() ? '' : '+'}${kronorWords(d)}${pct}`;
  } catch {
    return undefined;
  }
}

const fieldOfChange = (c: Change): string => c.path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');

/** The detail after old → new: how far a date moved, how much an amount changed. */
export function detail(c: Change, sameYear: boolean): string {
  if (c.shift_days !== undefined && c.shift_days !== 0) return ` (${shiftWords(c.shift_days, sameYear, typeof c.new === 'string' ? c.new : undefined)})`;
  if (c.kind === 'changed' && fieldOf(fieldOfChange(c))?.kind === 'amount') {
    const d = amountDelta(c.old, c.new);
    return d ? ` (${d})` : '';
  }
  return '';
}

/** A change's old or new value in words: a total the text states as a rounded figure as "cirka 20 000 000 kr". */
export function sideWords(c: Change, side: 'old' | 'new'): string {
  return statedAmount(valueWords(fieldOfChange(c), c[side]), c.approximate?.[side] === true);
}

/** One change as a line: "Sista dag att rekvirera: 17 april 2025 → 16 mars 2026 (32 dagar tidigare på året)". */
export function describe(c: Change, sameYear = false): string {
  if (c.kind === 'added') return `${c.label}: ${sideWords(c, 'new')} (nytt)`;
  if (c.kind === 'removed') return `${c.label}: ${sideWords(c, 'old')} (anges inte längre)`;
  return `${c.label}: ${sideWords(c, 'old')} → ${sideWords(c, 'new')}${detail(c, sameYear)}`;
}

export { fieldOfChange };
