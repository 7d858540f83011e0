import type { GrantSpec } from '../schema/index.js';
import type { Change } from './index.js';
import { Decimal } from 'decimal.js';
import { amountDelta, dateWords, kronorWords, shiftWords, sideWords, valueWords, fieldOfChange } from './words.js';

// The report's first paragraph: how many changes ask something of the recipient and the first of
// them in a phrase each ("sista dag att rekvirera är 32 dagar tidigare än i fjol"), then how many
// are worth knowing and how many are wording.

const SHOWN = 3;

/**
 * Whose part a changed part value is: "belopp för delen till regioner", "belopp för delen för
 * Organisationsbidrag" — two parts changed in one report are otherwise two identical phrases.
 */
function partOf(c: Change, spec: GrantSpec, other: GrantSpec): string {
  const m = /^funding\.parts\.(\d+)\.(?!to$|purpose$)[a-z_]+$/u.exec(c.path);
  if (!m) return '';
  type Part = { to?: string; purpose?: string; named?: string };
  const partIn = (s: GrantSpec): Part | undefined => (s as { funding?: { parts?: Part[] } }).funding?.parts?.[Number(m[1])];
  const part = partIn(spec);
  const was = partIn(other);
  // a part whose recipient or purpose changed too has no one name: its old amount was not the new recipient's
  if (was && (was.to !== part?.to || was.purpose !== part?.purpose)) return '';
  // a named part's label already names its recipient: "belopp för delen för Länsstyrelsen i Stockholms län"
  if (part?.named) return '';
  if (part?.to) return ` till ${valueWords('funding.parts.to', part.to)}`;
  return part?.purpose ? ` för ${part.purpose}` : '';
}

function phrase(c: Change, than: string, spec: GrantSpec, other: GrantSpec): string {
  // a sentence found in the texts keeps its mark: "villkor (ur texten) har ändrats", not "villkor för ur texten"
  const what = c.from === 'text' ? c.label.charAt(0).toLowerCase() + c.label.slice(1) : c.label.charAt(0).toLowerCase() + c.label.slice(1).replace(/ \((.*)\)$/u, ' för $1') + partOf(c, spec, other);
  const field = fieldOfChange(c);
  // "rekvisitionen öppnar är nytt" is no Swedish: the label and value as the list writes them
  // "återrapportering senast den 1 mars 2006 (nytt)", as a shifted one reads; not "senast: 1 mars 2006"
  if (c.kind === 'added' && / senast$/u.test(what) && typeof c.new === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(c.new)) return `${what} den ${dateWords(c.new)} (nytt)`;
  if (c.kind === 'added') return `${what}: ${sideWords(c, 'new')} (nytt)`;
  // one item gone from a list that still has others: which one ("vem kan rekvirera: regioner anges inte
  // längre"), not the whole field as if no one could requisition any more
  if (c.kind === 'removed' && /\.\d+$/u.test(c.path)) return `${what}: ${valueWords(field, c.old)} anges inte längre`;
  if (c.kind === 'removed') return `${what} anges inte längre`;
  if (c.shift_days !== undefined && c.shift_days !== 0) {
    // across a year end the day compared with is named, not "i fjol" (words.ts shiftWords)
    const across = shiftWords(c.shift_days, false, typeof c.new === 'string' ? c.new : undefined);
    // the new day itself first, written out: the reader acts on the date, the shift says how far it moved
    const day = typeof c.new === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(c.new) ? `${dateWords(c.new)}, ` : '';
    // "sista dag att rekvirera är 16 mars 2026", but "återrapportering senast den 31 mars 2025"
    const is = / senast$/u.test(what) && day ? 'den' : 'är';
    return across.endsWith(' på året') ? `${what} ${is} ${day}${shiftWords(c.shift_days, true)} än ${than}` : `${what} ${is} ${day}${across}`;
  }
  const delta = typeof c.old !== 'object' && typeof c.new !== 'object' ? amountDelta(c.old, c.new) : undefined;
  if (delta && /^[\d.]+$/u.test(String(c.old)) && /^[\d.]+$/u.test(String(c.new))) return `${what} har ändrats från ${sideWords(c, 'old')} till ${sideWords(c, 'new')} (${delta})`;
  return `${what} har ändrats`;
}

/**
 * Items added to (or gone from) one list are one phrase: "namngivna mottagare: 27 nya (Kiruna
 * flygplats, Lycksele flygplats m.fl.)", not 27 phrases of which the summary shows three.
 */
function grouped(changes: readonly Change[]): Change[][] {
  const out: Change[][] = [];
  for (const c of changes) {
    const item = /\.\d+$/u.test(c.path) && c.kind !== 'changed';
    const g = item ? out.find((x) => x[0]!.kind === c.kind && /\.\d+$/u.test(x[0]!.path) && fieldOfChange(x[0]!) === fieldOfChange(c)) : undefined;
    if (g) g.push(c);
    else out.push([c]);
  }
  return out;
}

function groupPhrase(g: readonly Change[]): string {
  const c = g[0]!;
  const what = c.label.charAt(0).toLowerCase() + c.label.slice(1);
  const field = fieldOfChange(c);
  const values = g.slice(0, 2).map((x) => valueWords(field, x.kind === 'removed' ? x.old : x.new));
  // a value may hold commas itself ("59 000 000 kr, till regioner"): the values are kept apart by semicolons then
  const which = `(${values.join(values.some((v) => v.includes(',')) ? '; ' : ', ')}${g.length > 2 ? ' m.fl.' : ''})`;
  return c.kind === 'added' ? `${what}: ${g.length} nya ${which}` : `${what}: ${g.length} anges inte längre ${which}`;
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

const TYPE_PLURAL: Readonly<Record<string, string>> = { ...TO, länsstyrelse: 'länsstyrelserna', organisation: 'organisationerna' };

/**
 * Parts named for one recipient each ("1 500 000 kronor till Länsstyrelsen i Stockholms län") on both
 * sides, whose amounts changed: the sum of those parts per recipient type, exact with decimal.js
 * ("Summa för länsstyrelserna: 3 000 000 kr → 3 500 000 kr (+500 000 kr, +16,7 %).").
 */
function namedTotals(a: Extract<GrantSpec, { kind: 'anvisning' }>, b: Extract<GrantSpec, { kind: 'anvisning' }>): string[] {
  type P = { to?: string; named?: string; amount?: number | string };
  const named = (s: typeof a): P[] => ((s.funding?.parts ?? []) as P[]).filter((p) => p.named !== undefined && p.to !== undefined && p.amount !== undefined);
  const xs = named(a);
  const ys = named(b);
  if (xs.length === 0 || ys.length === 0) return [];
  const types = [...new Set([...xs, ...ys].map((p) => p.to!))].sort();
  const sum = (ps: P[], to: string): Decimal => ps.filter((p) => p.to === to).reduce((n, p) => n.plus(String(p.amount)), new Decimal(0));
  const out: string[] = [];
  for (const to of types) {
    const x = sum(xs, to);
    const y = sum(ys, to);
    if (x.eq(y)) continue;
    out.push(`Summa för ${TYPE_PLURAL[to] ?? to}: ${kronorWords(x.toFixed())} → ${kronorWords(y.toFixed())} (${amountDelta(x.toFixed(), y.toFixed())}).`);
  }
  return out;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// Which action a reader names first: a deadline before an amount, an amount before a new duty or
// requirement, those before an opening day or anything else (a stable sort keeps the report's order
// within one tier).
const TIERS: ReadonlyArray<readonly string[]> = [
  ['requisition.closes', 'reporting.due', 'due', 'requisition.redistribution.cutoff'],
  ['funding.total', 'funding.parts', 'rows.amount', 'funding.foreign_total'],
  ['recipients', 'requisition.requires', 'requisition.form', 'requisition.redistribution', 'evidence_documents', 'reporting', 'usage_period', 'questions'],
];

function tier(c: Change): number {
  const path = fieldOfChange(c);
  const i = TIERS.findIndex((t) => t.some((p) => path === p || path.startsWith(`${p}.`)));
  return i < 0 ? TIERS.length : i;
}

export function summarize(changes: readonly Change[], a: GrantSpec, b: GrantSpec): string {
  if (changes.length === 0) return 'Inga ändringar.';
  const than = a.year !== undefined && b.year !== undefined && b.year - a.year === 1 ? 'i fjol' : `${a.year ?? 'förra versionen'}`;
  const action = changes.filter((c) => c.importance === 'action');
  const notice = changes.filter((c) => c.importance === 'notice').length;
  const info = changes.filter((c) => c.importance === 'info').length;
  const out: string[] = [];
  if (action.length) {
    const groups = grouped([...action].sort((x, y) => tier(x) - tier(y)));
    const shown = groups.slice(0, SHOWN);
    const listed = shown.map((g) => (g.length === 1 ? phrase(g[0]!, than, g[0]!.kind === 'removed' ? a : b, g[0]!.kind === 'removed' ? b : a) : groupPhrase(g)));
    const rest = action.length - shown.reduce((n, g) => n + g.length, 0);
    const more = rest > 0 ? `, och ${count(rest, 'ändring till', 'ändringar till')}` : '';
    out.push(`${count(action.length, 'ändring kräver', 'ändringar kräver')} åtgärd: ${listed.join('; ')}${more}.`);
  } else {
    out.push('Ingen ändring kräver åtgärd.');
  }
  if (a.kind === 'allocation' && b.kind === 'allocation') out.push(totals(a, b));
  if (a.kind === 'anvisning' && b.kind === 'anvisning') out.push(...namedTotals(a, b));
  if (notice) out.push(`${count(notice, 'ändring', 'ändringar')} att känna till.`);
  if (info) out.push(`${count(info, 'ändring', 'ändringar')} i formuleringar eller uppgifter om dokumentet.`);
  // changes read from the texts' sentences, not from the specs: the reader should know which they are
  const text = changes.filter((c) => c.from === 'text').length;
  if (text) out.push(`${text === changes.length ? (text === 1 ? 'Ändringen' : `Alla ${text} ändringar`) : `${count(text, 'ändring', 'ändringar')} av ${changes.length}`} är ${text === 1 ? 'hittad' : 'hittade'} i texternas meningar (märkta ”ur texten”): regler som extraktionen inte tog med i specen.`);
  return out.join(' ');
}
