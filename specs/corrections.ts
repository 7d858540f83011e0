import { z } from 'zod';
import { CONTRACT_FIELDS, fieldOf, type ContractField } from './fields.js';
import type { GrantSpec } from './schema/index.js';

// The editor's record of hand corrections beside a curated spec: specs/<id>/<year>.corrections.yaml,
// a list of { field, extracted, corrected, why } — what the extractor's draft said, what the editor
// published and why. `npm run accuracy` sums the records into a figure of how much editing the
// extractor leaves; `diffFields` gives the same kind of list for a draft and a spec, so a record can
// be started from the difference and an existing spec measured against today's extractor.

export const correction = z.object({
  /** the contract field, dotted as in evidence (list indexes may be kept: "conditions.0") */
  field: z.string().min(1),
  /** the draft's value; null when the extractor missed it */
  extracted: z.unknown(),
  /** the published value; null when the editor removed a wrong value */
  corrected: z.unknown(),
  why: z.string().min(1),
}).strict();

export const correctionRecord = z.array(correction);
export type Correction = z.infer<typeof correction>;

/** The contract field a record names, as specs/fields.ts has it ("legal_basis.0.title" → "legal_basis"). */
export function fieldOfCorrection(field: string): string {
  return fieldOf(field)?.path ?? field;
}

export interface CorrectionSummary {
  readonly specs: number;
  readonly total: number;
  readonly mean: number;
  readonly median: number;
  readonly max: number;
  /** the spec (or specs) with the most corrections */
  readonly maxAt: readonly string[];
  /** corrections per contract field, most first (ties by field name) */
  readonly perField: ReadonlyArray<readonly [string, number]>;
  /** how many records fix a wrong value, add a missed one, remove a wrong one */
  readonly kinds: { readonly fixed: number; readonly added: number; readonly removed: number };
}

const isNone = (v: unknown): boolean => v === null || v === undefined;

/** Mean, median and max corrections per spec, and the count per field, over records by spec name. */
export function summarizeCorrections(records: ReadonlyMap<string, readonly Correction[]>): CorrectionSummary {
  const counts = [...records.values()].map((r) => r.length).sort((a, b) => a - b);
  const total = counts.reduce((a, b) => a + b, 0);
  const n = counts.length;
  const median = n === 0 ? 0 : n % 2 ? counts[(n - 1) / 2]! : (counts[n / 2 - 1]! + counts[n / 2]!) / 2;
  const max = n ? counts[n - 1]! : 0;
  const perField = new Map<string, number>();
  const kinds = { fixed: 0, added: 0, removed: 0 };
  for (const record of records.values()) {
    for (const c of record) {
      const f = fieldOfCorrection(c.field);
      perField.set(f, (perField.get(f) ?? 0) + 1);
      if (isNone(c.extracted)) kinds.added++;
      else if (isNone(c.corrected)) kinds.removed++;
      else kinds.fixed++;
    }
  }
  return {
    specs: n, total, mean: n ? total / n : 0, median, max,
    maxAt: [...records].filter(([, r]) => r.length === max && max > 0).map(([k]) => k).sort(),
    perField: [...perField].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    kinds,
  };
}

// --- the difference between a draft and a curated spec, field by field ---

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (a == null ? undefined : (a as Record<string, unknown>)[k]), o);

const itemText = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : JSON.stringify(v));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const listOf = (v: unknown): unknown[] => (isNone(v) ? [] : Array.isArray(v) ? v : [v]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A draft's list item is the record's item: an object with every key the record gives (a record may give fewer), else the same text. */
const itemIs = (have: unknown, rec: unknown): boolean =>
  isRecord(rec) ? isRecord(have) && Object.entries(rec).every(([k, x]) => same(have[k], x)) : itemText(have) === itemText(rec);

/** The value at a record's dotted path, or `unaddressed` where the path names a key of a list (`legal_basis.title`: which item's?). */
function at(o: unknown, path: string): unknown {
  let v = o;
  for (const k of path.split('.')) {
    if (v == null) return undefined;
    if (Array.isArray(v) && !/^\d+$/u.test(k)) return unaddressed;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}
const unaddressed = Symbol('unaddressed');

/**
 * Whether a draft already has what a record's editor put in: the corrected value (a list's corrected
 * items all in the draft's list, the removed ones gone), or nothing where the editor removed a value.
 * A record is the editor's account of the draft of its day and is never rewritten; this says which of
 * its corrections today's extractor no longer needs. A path the draft cannot answer is not made.
 */
export function draftHas(draft: GrantSpec, c: Correction): boolean {
  const v = at(draft, c.field);
  if (v === unaddressed) return false;
  if (Array.isArray(v) || Array.isArray(c.corrected) || Array.isArray(c.extracted)) {
    const want = listOf(c.corrected);
    const gone = listOf(c.extracted).filter((x) => !want.some((w) => same(w, x)));
    const have = listOf(v);
    return want.length + gone.length > 0 && want.every((w) => have.some((h) => itemIs(h, w))) && gone.every((g) => !have.some((h) => itemIs(h, g)));
  }
  // a removed object-list item (extracted an object, corrected null) is made when no item of the draft is it
  if (isRecord(c.extracted) && isNone(c.corrected) && !isRecord(v)) return !listOf(v).some((h) => itemIs(h, c.extracted));
  return isNone(c.corrected) ? isNone(v) : same(v, c.corrected);
}

/** The fields compared: leaves of the table (an object field with fields of its own is compared through them; an object list's item fields through the list). */
function comparedFields(kind: GrantSpec['kind']): ContractField[] {
  const inKind = CONTRACT_FIELDS.filter((f) => f.in.includes(kind) && f.path !== 'themes');
  const lists = inKind.filter((f) => f.kind === 'object-list').map((f) => `${f.path}.`);
  return inKind.filter((f) => !lists.some((l) => f.path.startsWith(l))
    && !(f.kind === 'object' && inKind.some((g) => g.path.startsWith(`${f.path}.`))));
}

/**
 * What an editor changed between the extractor's draft and the curated spec, one entry per value:
 * a scalar that differs; each list item added or removed; each object-list item (matched by the
 * field's identity) added, removed or changed. The id, source and evidence are not values.
 */
export function diffFields(draft: GrantSpec, curated: GrantSpec): Array<Omit<Correction, 'why'>> {
  const out: Array<Omit<Correction, 'why'>> = [];
  for (const f of comparedFields(curated.kind)) {
    const a = get(draft, f.path);
    const b = get(curated, f.path);
    if (f.kind === 'list') {
      const as = ((a ?? []) as unknown[]).map(itemText);
      const bs = ((b ?? []) as unknown[]).map(itemText);
      for (const x of as) if (!bs.includes(x)) out.push({ field: f.path, extracted: x, corrected: null });
      for (const y of bs) if (!as.includes(y)) out.push({ field: f.path, extracted: null, corrected: y });
    } else if (f.kind === 'object-list') {
      const key = (v: unknown): string => JSON.stringify((f.identity ?? []).map((k) => get(v, k)));
      const as = (a ?? []) as unknown[];
      const bs = (b ?? []) as unknown[];
      const left = [...as];
      for (const y of bs) {
        const i = left.findIndex((x) => same(x, y));
        if (i >= 0) { left.splice(i, 1); continue; }
        const j = left.findIndex((x) => key(x) === key(y));
        if (j >= 0) { out.push({ field: f.path, extracted: left[j], corrected: y }); left.splice(j, 1); } else out.push({ field: f.path, extracted: null, corrected: y });
      }
      for (const x of left) out.push({ field: f.path, extracted: x, corrected: null });
    } else if (!same(a, b)) {
      out.push({ field: f.path, extracted: a ?? null, corrected: b ?? null });
    }
  }
  return out;
}
