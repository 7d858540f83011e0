import { Decimal } from 'decimal.js';
import type { GrantSpec } from '../schema/index.js';
import { itemText as text } from '../schema/scalars.js';
import { matchItems, wordDiff, type WordPart } from './lists.js';

// A semantic, field-by-field diff of two specs of one grant: dates moved (in days), amounts
// changed (absolute and per cent, exactly), list items matched by similarity rather than position
// (a reworded item is one change with its word-level diff), sets compared as sets.

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  readonly path: string;
  readonly kind: ChangeKind;
  readonly old?: unknown;
  readonly new?: unknown;
  /** dates: how many days the date moved (positive = later) */
  readonly days?: number;
  /** amounts: new − old, and the change in per cent of old, to one decimal */
  readonly delta?: number | string;
  readonly percent?: string;
  /** reworded list items: the words kept, removed and added */
  readonly words?: WordPart[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/u;

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function scalar(path: string, a: unknown, b: unknown, out: Change[], amount = false): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) { out.push({ path, kind: 'added', new: b }); return; }
  if (b === undefined) { out.push({ path, kind: 'removed', old: a }); return; }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (typeof a === 'string' && typeof b === 'string' && ISO.test(a) && ISO.test(b)) {
    out.push({ path, kind: 'changed', old: a, new: b, days: days(a, b) });
  } else if (amount && (typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string')) {
    const x = new Decimal(String(a));
    const y = new Decimal(String(b));
    const d = y.minus(x);
    out.push({
      path, kind: 'changed', old: a, new: b, delta: d.isInteger() ? d.toNumber() : d.toFixed(2),
      ...(x.isZero() ? {} : { percent: d.div(x).times(100).toDecimalPlaces(1).toFixed(1) }),
    });
  } else {
    out.push({ path, kind: 'changed', old: a, new: b });
  }
}

function list(path: string, a: readonly unknown[] | undefined, b: readonly unknown[] | undefined, out: Change[]): void {
  const xs = (a ?? []).map(text);
  const ys = (b ?? []).map(text);
  const { pairs, removed, added } = matchItems(xs, ys);
  for (const [i, j] of pairs) if (xs[i] !== ys[j]) out.push({ path: `${path}.${j}`, kind: 'changed', old: xs[i], new: ys[j], words: wordDiff(xs[i]!, ys[j]!) });
  for (const i of removed) out.push({ path: `${path}.${i}`, kind: 'removed', old: xs[i] });
  for (const j of added) out.push({ path: `${path}.${j}`, kind: 'added', new: ys[j] });
}

function keyed<T>(path: string, a: readonly T[] | undefined, b: readonly T[] | undefined, key: (x: T) => string, out: Change[]): void {
  const am = new Map((a ?? []).map((x) => [key(x), x]));
  const bm = new Map((b ?? []).map((x) => [key(x), x]));
  for (const [k, x] of am) {
    const y = bm.get(k);
    if (y === undefined) out.push({ path: `${path}[${k}]`, kind: 'removed', old: x });
    else if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ path: `${path}[${k}]`, kind: 'changed', old: x, new: y });
  }
  for (const [k, y] of bm) if (!am.has(k)) out.push({ path: `${path}[${k}]`, kind: 'added', new: y });
}

type Any = Record<string, unknown>;
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Any)[k] : undefined), o);

export function diffSpecs(oldSpec: GrantSpec, newSpec: GrantSpec): Change[] {
  const out: Change[] = [];
  if (oldSpec.kind === 'allocation' || newSpec.kind === 'allocation') {
    if (oldSpec.kind !== newSpec.kind) return [{ path: 'kind', kind: 'changed', old: oldSpec.kind, new: newSpec.kind }];
    if (oldSpec.kind === 'allocation' && newSpec.kind === 'allocation') {
      scalar('stated_total', oldSpec.stated_total, newSpec.stated_total, out, true);
      keyed('rows', oldSpec.rows, newSpec.rows, (r) => r.code, out);
    }
    return out;
  }
  for (const p of ['title', 'agency', 'purpose', 'payment']) scalar(p, get(oldSpec, p), get(newSpec, p), out);
  if (oldSpec.kind === 'anvisning' && newSpec.kind === 'anvisning') {
    const types = (s: GrantSpec): string[] => [...((s.kind === 'anvisning' ? s.recipients?.types : undefined) ?? [])].sort();
    for (const t of types(oldSpec)) if (!types(newSpec).includes(t)) out.push({ path: 'recipients.types', kind: 'removed', old: t });
    for (const t of types(newSpec)) if (!types(oldSpec).includes(t)) out.push({ path: 'recipients.types', kind: 'added', new: t });
    list('recipients.named', oldSpec.recipients?.named, newSpec.recipients?.named, out);
    scalar('funding.total', oldSpec.funding?.total, newSpec.funding?.total, out, true);
    scalar('funding.population_date', oldSpec.funding?.population_date, newSpec.funding?.population_date, out);
    keyed('funding.parts', oldSpec.funding?.parts, newSpec.funding?.parts, (p) => `${p.to ?? ''}:${p.key ?? ''}:${p.purpose ?? ''}`, out);
    for (const p of ['requisition.opens', 'requisition.closes', 'requisition.form', 'requisition.channel', 'usage_period.from', 'usage_period.to',
      'reporting.due', 'reporting.announced', 'reporting.period', 'reporting.channel']) scalar(p, get(oldSpec, p), get(newSpec, p), out);
    scalar('repayment.invoice_threshold', oldSpec.repayment?.invoice_threshold, newSpec.repayment?.invoice_threshold, out, true);
    for (const p of ['requisition.requires', 'permitted_uses', 'excluded_uses', 'conditions', 'evidence_documents', 'reporting.content', 'repayment.triggers']) {
      list(p, get(oldSpec, p) as unknown[] | undefined, get(newSpec, p) as unknown[] | undefined, out);
    }
  } else if (oldSpec.kind === 'reporting-form' && newSpec.kind === 'reporting-form') {
    scalar('due', oldSpec.due, newSpec.due, out);
    scalar('max_submissions', oldSpec.max_submissions, newSpec.max_submissions, out);
    keyed('questions', oldSpec.questions, newSpec.questions, (q) => String(q.number), out);
  } else {
    out.push({ path: 'kind', kind: 'changed', old: oldSpec.kind, new: newSpec.kind });
  }
  keyed('legal_basis', oldSpec.legal_basis, newSpec.legal_basis, (r) => r.ref, out);
  keyed('contacts', oldSpec.contacts, newSpec.contacts, (c) => c.email, out);
  keyed('links', oldSpec.links, newSpec.links, (l) => l.url, out);
  return out;
}
