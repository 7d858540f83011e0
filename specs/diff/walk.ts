import type { z } from 'zod';
import { fieldOf, NOT_COMPARED } from '../fields.js';
import { allocation, anvisning, reportingForm, type GrantSpec } from '../schema/index.js';
import { itemText } from '../schema/scalars.js';
import { sameRepayment, sameRequirement } from './concepts.js';
import { matchItems, similarity } from './lists.js';

// Both specs walked by the schema, so a field added to the contract is compared the day it is
// added: every object key the schema names, every list item. Lists are matched by identity (the
// table's `identity`: a part by to+key, a question by number, a row by its code), text lists by
// what the items say; what is left over pairs one to one when it is plainly the same item edited.

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One difference at one value path, before it is ranked and put in words. */
export interface RawChange {
  /** dotted, list items as `.N`: the new spec's path (the old one's for a removal) */
  readonly path: string;
  /** the old spec's path where it differs (an item that moved in its list) */
  readonly oldPath?: string;
  /** the table's path: `path` without list indexes */
  readonly field: string;
  readonly kind: ChangeKind;
  readonly old?: unknown;
  readonly new?: unknown;
}

type Schema = z.core.$ZodType;
type Def = { type: string; innerType?: Schema; shape?: Record<string, Schema>; element?: Schema; in?: Schema };

const def = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default wrappers. */
export function unwrap(s: Schema): Schema {
  let d = def(s);
  while (d.innerType && ['optional', 'nullable', 'default', 'readonly', 'nonoptional'].includes(d.type)) { s = d.innerType; d = def(s); }
  return s;
}

export const SCHEMAS: Readonly<Record<GrantSpec['kind'], Schema>> = { anvisning, 'reporting-form': reportingForm, allocation };

const LEAF_KINDS = new Set(['date', 'amount', 'number', 'text', 'enum', 'boolean']);

export type Shape = 'leaf' | 'list' | 'object-list' | 'object';

/** How a value at `field` is compared: the table's kind where it names one, else the schema's shape. */
export function shapeOf(s: Schema, field: string): Shape {
  const kind = fieldOf(field)?.path === field ? fieldOf(field)!.kind : undefined;
  if (kind && LEAF_KINDS.has(kind)) return 'leaf';
  const d = def(unwrap(s));
  if (d.type === 'array') return def(unwrap(d.element!)).type === 'object' ? 'object-list' : 'list';
  if (d.type === 'object') return 'object';
  return 'leaf';
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));
type Obj = Record<string, unknown>;

interface Walk { readonly out: RawChange[]; readonly equal: (field: string, a: unknown, b: unknown) => boolean }

function compare(s: Schema, a: unknown, b: unknown, path: string, oldPath: string, field: string, w: Walk): void {
  if (a === undefined && b === undefined) return;
  const shape = shapeOf(s, field);
  const at = { path: b === undefined ? oldPath : path, ...(b !== undefined && a !== undefined && oldPath !== path ? { oldPath } : {}), field };
  if (shape === 'leaf' || (shape === 'object' && (a === undefined || b === undefined) && !hasLists(s))) {
    if (a === undefined) w.out.push({ ...at, kind: 'added', new: b });
    else if (b === undefined) w.out.push({ ...at, kind: 'removed', old: a });
    else if (!w.equal(field, a, b)) w.out.push({ ...at, kind: 'changed', old: a, new: b });
    return;
  }
  const d = def(unwrap(s));
  if (shape === 'object') {
    for (const key of Object.keys(d.shape!)) {
      if (!field && NOT_COMPARED.has(key)) continue;
      compare(d.shape![key]!, (a as Obj | undefined)?.[key], (b as Obj | undefined)?.[key], join(path, key), join(oldPath, key), join(field, key), w);
    }
    return;
  }
  const xs = (a ?? []) as unknown[];
  const ys = (b ?? []) as unknown[];
  const identity = fieldOf(field)?.identity ?? [];
  // a dated event is its role: a published date and a payment date are two events, never one edited
  const strict = identity.length === 1 && fieldOf(`${field}.${identity[0]!}`)?.kind === 'enum';
  const pairs = shape === 'list' ? matchList(xs, ys) : matchObjects(xs, ys, identity, strict);
  for (const [i, j] of pairs) {
    if (i === undefined) w.out.push({ path: join(path, j!), field, kind: 'added', new: ys[j!] });
    else if (j === undefined) w.out.push({ path: join(oldPath, i), field, kind: 'removed', old: xs[i] });
    else if (shape === 'list') {
      if (!w.equal(field, xs[i], ys[j])) w.out.push({ path: join(path, j), ...(i !== j ? { oldPath: join(oldPath, i) } : {}), field, kind: 'changed', old: xs[i], new: ys[j] });
    } else compare(d.element!, xs[i], ys[j], join(path, j), join(oldPath, i), field, w);
  }
}

/** An object holding lists (requisition, funding) is a group: its values are compared one by one even when the other side has none. */
function hasLists(s: Schema): boolean {
  const d = def(unwrap(s));
  return d.type === 'object' && Object.values(d.shape!).some((c) => ['array', 'object'].includes(def(unwrap(c)).type));
}

type Pair = [number | undefined, number | undefined];

/** Text and enum lists: unchanged items, then reworded ones by word similarity; one item left on each side is that item edited. */
export function matchList(xs: readonly unknown[], ys: readonly unknown[]): Pair[] {
  const a = xs.map(itemText);
  const b = ys.map(itemText);
  const m = matchItems(a, b);
  // two sentences about different things are a removal and an addition, not one edited item
  // (two wordings asking for the same things, "bli ombud" and "ha ett godkänt ombud", are one item)
  // (nor are two wordings of one repayment cause, "som inte används ska återbetalas" and "som inte utnyttjas skall betalas
  // tillbaka", concepts.ts sameRepayment)
  const edited = (i: number, j: number): boolean => !/\s/u.test(a[i]!) || !/\s/u.test(b[j]!) || similarity(a[i]!, b[j]!) >= 0.25 || sameRequirement(a[i]!, b[j]!) || sameRepayment(a[i]!, b[j]!);
  return leftovers(m.pairs, m.removed, m.added, edited);
}

/** How many of two items' keys hold the same value. */
function overlap(x: unknown, y: unknown): { same: number; keys: number } {
  const a = (x ?? {}) as Obj;
  const b = (y ?? {}) as Obj;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let same = 0;
  for (const k of keys) if (JSON.stringify(a[k]) === JSON.stringify(b[k])) same++;
  return { same, keys: keys.size };
}

/** Greedy pairs, most shared values first; `ok` says which pairs may be made at all. */
function greedy(is: readonly number[], js: readonly number[], xs: readonly unknown[], ys: readonly unknown[], ok: (same: number, keys: number) => boolean): Array<[number, number]> {
  const candidates: Array<[number, number, number, number]> = [];
  // among pairs that share as many values, the items whose own words are most alike ("Ansökan 1 var öppen
  // 15 mars–15 april 2019" is "Ansökan 1 var öppen 15 mars–19 april 2022", not "Ansökan 2 är öppen …")
  const words = (x: unknown): string => (x && typeof x === 'object' && typeof (x as Obj).text === 'string' ? (x as Obj).text as string : '');
  for (const i of is) for (const j of js) {
    const { same, keys } = overlap(xs[i], ys[j]);
    const a = words(xs[i]);
    const b = words(ys[j]);
    if (ok(same, keys)) candidates.push([same, a && b ? similarity(a, b) : 0, i, j]);
  }
  candidates.sort((p, q) => q[0] - p[0] || q[1] - p[1] || Math.abs(p[2] - p[3]) - Math.abs(q[2] - q[3]) || p[2] - q[2]);
  const ui = new Set<number>();
  const uj = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, , i, j] of candidates) {
    if (ui.has(i) || uj.has(j)) continue;
    ui.add(i); uj.add(j);
    out.push([i, j]);
  }
  return out;
}

/**
 * Object lists: by identity (among items of one identity, the most alike first); then what is left
 * pairs where most values agree (a contact whose address changed is that contact edited), or one to
 * one when one item is left on each side; with `strict`, items of different identities never pair.
 */
export function matchObjects(xs: readonly unknown[], ys: readonly unknown[], identity: readonly string[], strict = false): Pair[] {
  const key = (x: unknown): string => JSON.stringify(identity.map((k) => (x as Obj)[k] ?? null));
  const bucket = new Map<string, { is: number[]; js: number[] }>();
  const at = (k: string): { is: number[]; js: number[] } => bucket.get(k) ?? bucket.set(k, { is: [], js: [] }).get(k)!;
  xs.forEach((x, i) => at(identity.length ? key(x) : `#${i}`).is.push(i));
  ys.forEach((y, j) => at(identity.length ? key(y) : `#y${j}`).js.push(j));
  const pairs: Array<[number, number]> = [];
  for (const { is, js } of bucket.values()) {
    if (is.length === 1 && js.length === 1) pairs.push([is[0]!, js[0]!]);
    else if (is.length && js.length) pairs.push(...greedy(is, js, xs, ys, () => true));
  }
  const ui = new Set(pairs.map(([i]) => i));
  const uj = new Set(pairs.map(([, j]) => j));
  const restI = xs.map((_, i) => i).filter((i) => !ui.has(i));
  const restJ = ys.map((_, j) => j).filter((j) => !uj.has(j));
  const one = restI.length === 1 && restJ.length === 1;
  const more = strict ? [] : greedy(restI, restJ, xs, ys, (same, keys) => one || 2 * same >= keys);
  pairs.push(...more);
  const mi = new Set(more.map(([i]) => i));
  const mj = new Set(more.map(([, j]) => j));
  return leftovers(pairs, restI.filter((i) => !mi.has(i)), restJ.filter((j) => !mj.has(j)), () => false);
}

function leftovers(pairs: ReadonlyArray<readonly [number, number]>, removed: readonly number[], added: readonly number[], edited = (_i: number, _j: number): boolean => true): Pair[] {
  const all: Pair[] = pairs.map(([i, j]) => [i, j]);
  if (removed.length === 1 && added.length === 1 && edited(removed[0]!, added[0]!)) all.push([removed[0], added[0]]);
  else {
    for (const i of removed) all.push([i, undefined]);
    for (const j of added) all.push([undefined, j]);
  }
  // in the new list's order, removals where they stood
  return all.sort((p, q) => (p[1] ?? p[0]! - 0.5) - (q[1] ?? q[0]! - 0.5) || (p[0] ?? -1) - (q[0] ?? -1));
}

/**
 * Every difference between two specs of one kind, walked by the schema. `equal` decides whether
 * two values of a leaf are the same for a reader (a date on the same calendar day a year later is).
 */
export function walkSpecs(a: GrantSpec, b: GrantSpec, equal: Walk['equal'] = same): RawChange[] {
  if (a.kind !== b.kind) return [{ path: 'kind', field: 'kind', kind: 'changed', old: a.kind, new: b.kind }];
  const out: RawChange[] = [];
  compare(SCHEMAS[a.kind], a, b, '', '', '', { out, equal });
  return out;
}

export interface Leaf { readonly path: string; readonly field: string; readonly value: unknown }

/** Every compared leaf of a spec (list items of text lists are leaves), in schema order. */
export function leaves(spec: GrantSpec): Leaf[] {
  const out: Leaf[] = [];
  const visit = (s: Schema, v: unknown, path: string, field: string): void => {
    if (v === undefined) return;
    const shape = shapeOf(s, field);
    if (shape === 'leaf') { out.push({ path, field, value: v }); return; }
    const d = def(unwrap(s));
    if (shape === 'object') {
      for (const key of Object.keys(d.shape!)) if (field || !NOT_COMPARED.has(key)) visit(d.shape![key]!, (v as Obj)[key], join(path, key), join(field, key));
    } else if (shape === 'list') (v as unknown[]).forEach((x, i) => out.push({ path: join(path, i), field, value: x }));
    else (v as unknown[]).forEach((x, i) => visit(d.element!, x, join(path, i), field));
  };
  visit(SCHEMAS[spec.kind], spec, '', '');
  return out;
}

/** Every field path the schemas can hold (list indexes left out), for the test that the table knows them all. */
export function schemaFields(): Array<{ field: string; shape: Shape; kind: GrantSpec['kind'] }> {
  const out: Array<{ field: string; shape: Shape; kind: GrantSpec['kind'] }> = [];
  for (const [kind, schema] of Object.entries(SCHEMAS) as Array<[GrantSpec['kind'], Schema]>) {
    const visit = (s: Schema, field: string): void => {
      const shape = field ? shapeOf(s, field) : 'object';
      if (field) out.push({ field, shape, kind });
      if (shape === 'leaf' || shape === 'list') return;
      const d = def(unwrap(s));
      if (shape === 'object') for (const key of Object.keys(d.shape!)) { if (field || !NOT_COMPARED.has(key)) visit(d.shape![key]!, join(field, key)); }
      else for (const key of Object.keys(def(unwrap(d.element!)).shape!)) visit(def(unwrap(d.element!)).shape![key]!, join(field, key));
    };
    visit(schema, '');
  }
  return out;
}
