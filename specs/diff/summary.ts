import type { GrantSpec } from '../schema/index.js';
import type { Change } from './index.js';
import { amountDelta, shiftWords, valueWords, fieldOfChange } from './words.js';

// The report's first paragraph: how many changes ask something of the recipient and the first of
// them in a phrase each ("sista dag att rekvirera är 32 dagar tidigare än i fjol"), then how many
// are worth knowing and how many are wording.

const SHOWN = 3;

function phrase(c: Change, than: string): string {
  const what = c.label.charAt(0).toLowerCase() + c.label.slice(1);
  const field = fieldOfChange(c);
  if (c.kind === 'added') return `${what} är nytt: ${valueWords(field, c.new)}`;
  if (c.kind === 'removed') return `${what} anges inte längre`;
  if (c.shift_days !== undefined && c.shift_days !== 0) return `${what} är ${shiftWords(c.shift_days, true)} än ${than}`;
  const delta = typeof c.old !== 'object' && typeof c.new !== 'object' ? amountDelta(c.old, c.new) : undefined;
  if (delta && /^[\d.]+$/u.test(String(c.old)) && /^[\d.]+$/u.test(String(c.new))) return `${what} har ändrats från ${valueWords(field, c.old)} till ${valueWords(field, c.new)} (${delta})`;
  return `${what} har ändrats`;
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
  if (notice) out.push(`${count(notice, 'ändring', 'ändringar')} att känna till.`);
  if (info) out.push(`${count(info, 'ändring', 'ändringar')} i formuleringar eller uppgifter om dokumentet.`);
  return out.join(' ');
}
