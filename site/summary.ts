import { Decimal } from 'decimal.js';
import { recipientsOf, type Reference } from '../specs/reference/index.js';
import type { Allocation, Anvisning } from '../specs/schema/index.js';
import { kronor, svDate } from './helpers/format.js';

// What a recipient asks first about a grant year: is it open, what is the last day, how much can
// we get and how do we ask for it. Computed from stated values only: a date the anvisning does not
// state is never guessed, and a national pot is never shown as one recipient's amount.

export type Status = 'open' | 'closed' | 'upcoming' | 'unknown';

const exact = (d: unknown): string | undefined => (typeof d === 'string' ? d : undefined);

/**
 * open: both the opening and the last day are stated and today is between them; upcoming: the
 * stated opening is after today; closed: the stated last day is before today; otherwise unknown
 * (no opening date stated means we cannot say it is open).
 */
export function statusOf(spec: Anvisning, today: string): Status {
  const opens = exact(spec.requisition?.opens);
  const closes = exact(spec.requisition?.closes);
  if (closes !== undefined && closes < today) return 'closed';
  if (opens !== undefined && opens > today) return 'upcoming';
  if (opens !== undefined && closes !== undefined) return 'open';
  return 'unknown';
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** "2026-03-16" → "måndag 16 mars 2026". */
export function svDateLong(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso) || Number.isNaN(d.getTime())) return svDate(iso);
  return `${WEEKDAYS[d.getUTCDay()]} ${svDate(iso)}`;
}

export function statusText(spec: Anvisning, status: Status): string {
  const opens = exact(spec.requisition?.opens);
  switch (status) {
    case 'open': return 'Öppen för rekvisition';
    case 'closed': return 'Stängd';
    case 'upcoming': return `Öppnar ${svDateLong(opens!)}`;
    default: return 'Anges inte (anvisningen anger inget öppningsdatum)';
  }
}

/** One recipient's amount: exact from a list or the key, a minimum from the key, or not stated. */
export interface Amount { readonly text: string; readonly how: string }

export type Recipient = { readonly code: string; readonly type: 'kommun' | 'region' };

/**
 * What the key alone gives every recipient of a type: a fixed amount per recipient, or an equal
 * share of a part. Parts by population or units need figures the anvisning does not hold, so a
 * key with such parts gives only a minimum.
 */
export function keyAmount(spec: Anvisning, type: 'kommun' | 'region', ref: Reference): { sum: Decimal; complete: boolean } | undefined {
  // a part named for one recipient ("till Region Skåne") is that recipient's alone: it gives the others nothing
  const parts = (spec.funding?.parts ?? []).filter((p) => p.to === type && !p.named);
  if (parts.length === 0) return undefined;
  const count = recipientsOf(spec, type, ref).recipients.length;
  let sum = new Decimal(0);
  let known = 0;
  for (const p of parts) {
    // a ceiling per recipient ("dock högst 125 000 kronor per kommun") is no amount anyone is given
    if (p.key === 'fixed-per-recipient' && p.per_recipient !== undefined && !p.per_unit_max) {
      sum = sum.plus(String(p.per_recipient));
      known++;
    } else if (p.key === 'equal' && p.amount !== undefined && count > 0) {
      sum = sum.plus(new Decimal(String(p.amount)).div(count).toDecimalPlaces(0, Decimal.ROUND_DOWN));
      known++;
    }
  }
  return known === 0 ? undefined : { sum, complete: known === parts.length };
}

export function amountFor(spec: Anvisning, lists: readonly Allocation[], r: Recipient, ref: Reference): Amount | undefined {
  return amountsFor(spec, lists, r.type, ref)(r.code);
}

/**
 * amountFor for every recipient of a type: the list and the key are looked at once, not once a
 * recipient (a grant page's summary asks for all 290 kommuner).
 */
function amountsFor(spec: Anvisning, lists: readonly Allocation[], type: Recipient['type'], ref: Reference): (code: string) => Amount | undefined {
  const list = lists.find((a) => a.to === type && a.year === spec.year);
  if (list) {
    const how = list.method === 'published' ? 'enligt fördelningslistan' : 'beräknat ur fördelningsnyckeln';
    const rows = new Map<string, Amount>();
    // the first row of a code, as a search from the top finds it
    for (const x of list.rows) if (!rows.has(x.code)) rows.set(x.code, { text: kronor(x.amount), how });
    return (code) => rows.get(code);
  }
  const k = keyAmount(spec, type, ref);
  const keyed: Amount | undefined = !k ? undefined : k.complete
    ? { text: kronor(k.sum.toString()), how: 'beräknat ur fördelningsnyckeln' }
    : { text: `minst ${kronor(k.sum.toString())}`, how: 'den del som fördelningsnyckeln ger alla; resten fördelas efter befolkning eller antal' };
  return () => keyed;
}

const FORMS: Readonly<Record<string, string>> = { rekvisition: 'Rekvisition', ansökan: 'Ansökan', intresseanmälan: 'Intresseanmälan' };
const TYPE_NAMES: Readonly<Record<string, string>> = { kommun: 'kommun', region: 'region' };

export interface SummaryView {
  readonly status: Status;
  readonly statusText: string;
  readonly closes?: string;
  readonly closesVague?: string;
  readonly opens?: string;
  readonly how?: string;
  readonly redistribution?: string;
  /** recipients who can be chosen, with their amounts; empty when no recipient's amount is known */
  readonly choices: Array<{ code: string; name: string; amount: string }>;
  /** a type whose recipients all get the same amount from the key */
  readonly uniform: Array<{ label: string; amount: string; how?: string }>;
  /** when no recipient can be chosen: why no amount is shown */
  readonly amountNote: string;
  readonly chooseLabel?: string;
}

export function summaryOf(spec: Anvisning, lists: readonly Allocation[], today: string, ref: Reference): SummaryView {
  const r = spec.requisition ?? {};
  const status = statusOf(spec, today);
  const types = (spec.recipients?.types ?? []).filter((t): t is 'kommun' | 'region' => t === 'kommun' || t === 'region');
  const choices: SummaryView['choices'] = [];
  const uniform: Array<{ label: string; amount: string; how?: string }> = [];
  for (const type of types) {
    const amount = amountsFor(spec, lists, type, ref);
    const of = recipientsOf(spec, type, ref).recipients.flatMap((rec) => {
      const a = amount(rec.code);
      return a ? [{ code: rec.code, name: rec.name, amount: `${a.text} (${a.how})`, text: a.text, how: a.how }] : [];
    });
    // the same amount for every recipient of the type (a key without a list): said once
    if (of.length > 1 && of.every((c) => c.amount === of[0]!.amount)) uniform.push({ label: `Varje ${TYPE_NAMES[type]}`, amount: of[0]!.text, how: of[0]!.how });
    else if (of.length === 0 && types.length > 1) uniform.push({ label: `Varje ${TYPE_NAMES[type]}`, amount: 'anges inte' });
    else choices.push(...of.map(({ code, name, amount }) => ({ code, name, amount })));
  }
  const how = [r.form ? FORMS[r.form] : undefined, r.channel ? `i ${r.channel}` : undefined].filter(Boolean).join(' ');
  const red = r.redistribution;
  const redistribution = red
    ? `Medel som inte rekvireras kan fördelas om.${red.cutoff ? ` Anmäl senast ${svDateLong(red.cutoff)} om ni vill få del av dem.` : ''}${red.condition ? ` ${red.condition}` : ''}`
    : undefined;
  return {
    status, statusText: statusText(spec, status),
    ...(exact(r.closes) ? { closes: svDateLong(exact(r.closes)!) } : r.closes ? { closesVague: (r.closes as { text: string }).text } : {}),
    ...(exact(r.opens) ? { opens: svDateLong(exact(r.opens)!) } : {}),
    ...(how ? { how } : {}),
    ...(redistribution ? { redistribution } : {}),
    choices, uniform,
    amountNote: types.length === 0
      ? 'Anges inte: statsbidraget riktar sig inte till kommuner eller regioner.'
      : `Anges inte: anvisningen ger inget belopp per ${types.map((t) => TYPE_NAMES[t]).join(' eller ')}.`,
    ...(choices.length ? { chooseLabel: `Välj ${types.map((t) => TYPE_NAMES[t]).join(' eller ')}` } : {}),
  };
}
