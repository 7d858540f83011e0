import type { GrantSpec } from '../schema/index.js';
import type { Change } from './index.js';
import { Decimal } from 'decimal.js';
import { amountDelta, kronorWords, shiftWords, valueWords, fieldOfChange } from './words.js';

// The report's first paragraph: how many changes ask something of the recipient and the first of
// them in a phrase each ("sista dag att rekvirera är 32 dagar tidigare än i fjol"), then how many
// are worth knowing and how many are wording.

const SHOWN = 3;

function phrase(c: Change, than: string): string {
  const what = c.label.charAt(0).toLowerCase() + c.label.slice(1).replace(/ \((.*)\)$/u, ' för $1');
  const field = fieldOfChange(c);
  if (c.kind === 'added') return `${what} är nytt: ${valueWords(field, c.new)}`;
  if (c.kind === 'removed') return `${what} anges inte längre`;
  if (c.shift_days !== undefined && c.shift_days !== 0) {
    // across a year end the day compared with is named, not "i fjol" (words.ts shiftWords)
    const across = shiftWords(c.shift_days, false, typeof c.new === 'string' ? c.new : undefined);
    return across.endsWith(' på året') ? `${what} är ${shiftWords(c.shift_days, true)} än ${than}` : `${what} är ${across}`;
  }
  const delta = typeof c.old !== 'object' && typeof c.new !== 'object' ? amountDelta(c.old, c.new) : undefined;
  if (delta && /^[\d.]+$/u.test(String(c.old)) && /^[\d.]+$/u.test(String(c.new))) return `${what} har ändrats från ${valueWords(field, c.old)} till ${valueWords(field, c.new)} (${delta})`;
  return `${what} har ändrats`;
}

const TO: Readonly<Record<string, string>> = { kommun: 'kommunerna', region: 'regionerna' };

/** Allocation lists: the sum over all recipients of each list, per recipient type. */
function totals(a: Extract<GrantSpec, { kind: 'allocation' }>, b: Extract<GrantSpec, { kind: 'allocation' }>): string {
  const sum = (rows: ReadonlyArray<{ amount: number | string }>): Decimal => rows.reduce((s, r) => s.plus(String(r.amount)), new Decimal(0));
  const x = sum(a.rows);
  const y = sum(b.rows);
  const to = a.to === b.to ? `för ${TO[b.to] ?? b.to}` : `för ${TO[a.to] ?? a.to} och ${TO[b.to] ?? b.to}`;
  if (x.eq(y)) return `Summa ${to}: ${kronorWords(y.toFixed())}, oförändrad.`;
  return `Summa ${to}: ${kronorWords(x.toFixed())} → ${kronorWords(y.toFixed())} (${amountDelta(x.toFixed(), y.toFixed())}).`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function summarize(changes: readonly Change[], a: GrantSpec, b: GrantSpec): string {
  if (changes.length === 0) return 'Inga ändringar.';
  const than = a.year !== undefined && b.year !== undefined && b.year - a.year === 1 ? 'i fjol' : `${a.year ?? 'förra versionen'}`;
  const action = changes.filter((c) => c.importance === 'action');
  const notice = changes.filter((c) => c.importance === 'notice').length;
  const info = changes.filter((c) => c.importance === 'info').length;
  const out: string[] = [];
  if (action.length) {
    const listed = action.slice(0, SHOWN).map((c) => phrase(c, than));
    const more = action.length > SHOWN ? `, och ${count(action.length - SHOWN, 'ändring till', 'ändringar till')}` : '';
    out.push(`${count(action.length, 'ändring kräver', 'ändringar kräver')} åtgärd: ${listed.join('; ')}${more}.`);
  } else {
    out.push('Ingen ändring kräver åtgärd.');
  }
  if (a.kind === 'allocation' && b.kind === 'allocation') out.push(totals(a, b));
  if (notice) out.push(`${count(notice, 'ändring', 'ändringar')} att känna till.`);
  if (info) out.push(`${count(info, 'ändring', 'ändringar')} i formuleringar eller uppgifter om dokumentet.`);
  return out.join(' ');
}
