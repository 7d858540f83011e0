import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { CORRECTIONS_SUFFIX } from '../../specs/validate.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, fieldOf } from '../../specs/fields.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { leaves, schemaFields } from '../../specs/diff/walk.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { loadSpec } from '../../specs/load.js';
import type { GrantSpec } from '../../specs/schema/index.js';

// The diff walks the schema, so every value a spec can hold is compared: mutating any one leaf of
// any curated spec (and of generated ones) is exactly one change, at that leaf's path.

const LEAF = new Set(['date', 'amount', 'number', 'text', 'enum', 'boolean']);

describe('the table of contract fields', () => {
  it('knows every field the schemas can hold, with a kind that fits its shape', () => {
    const missing: string[] = [];
    for (const { field, shape } of schemaFields()) {
      const f = fieldOf(field);
      if (f?.path !== field) { missing.push(field); continue; }
      if (shape === 'leaf') expect(LEAF.has(f.kind), field).toBe(true);
      else expect(f.kind, field).toBe(shape);
      if (shape === 'object-list') expect(f.identity?.length, `${field} needs an identity`).toBeGreaterThan(0);
    }
    expect(missing).toEqual([]);
  });
  it('has one row per path', () => {
    const paths = CONTRACT_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

type Obj = Record<string, unknown>;

function setAt(spec: GrantSpec, path: string, value: unknown): GrantSpec {
  const copy = structuredClone(spec) as unknown as Obj;
  const keys = path.split('.');
  let o: Obj = copy;
  for (const k of keys.slice(0, -1)) o = o[k] as Obj;
  o[keys.at(-1)!] = value;
  return copy as unknown as GrantSpec;
}

/** The other items of the list a leaf stands in (a recipient type is not changed into one the list already has). */
function siblingsOf(spec: GrantSpec, path: string): unknown[] {
  const keys = path.split('.');
  if (!/^\d+$/u.test(keys.at(-1)!)) return [];
  const list = keys.slice(0, -1).reduce<unknown>((o, k) => (o as Obj)[k], spec);
  return Array.isArray(list) ? list : [];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/u;

/** A different value of the same sort: a later date, a larger amount, another enum value, an edited sentence. */
function mutate(field: string, v: unknown, n: number, siblings: readonly unknown[] = []): unknown {
  const f = fieldOf(field);
  if (typeof v === 'boolean') return !v;
  // an identity (a question's number) moved past every other, so the item stays one item
  if (typeof v === 'number') return v + n * 1000;
  if (typeof v === 'string') {
    if (ISO.test(v)) {
      const d = new Date(`${v}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    }
    if (/^\d+\.\d{2}$/u.test(v)) return (Number(v) + n).toFixed(2);
    const others = Object.keys(f?.values ?? {}).filter((k) => k !== v && !siblings.includes(k));
    if (others.length) return others[n % others.length];
    return `${v} ändrad${n}`;
  }
  const o = v as Obj;
  if ('part' in o) return { ...o, part: o.part === 'late' ? 'early' : 'late' };
  if ('text' in o) return { ...o, text: `${String(o.text)} ändrad${n}` };
  throw new Error(`no mutation for ${field}`);
}

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

describe('every leaf of every curated spec', () => {
  // the specs validate and the build read (an editor's corrections record beside a spec is not one)
  const files = specFiles('specs').filter((f) => !f.includes('/reference/') && !CORRECTIONS_SUFFIX.test(f));
  it.each(files)('%s: one change per mutated leaf, at its path', async (file) => {
    const spec = (await loadSpec(file)).spec!;
    const all = leaves(spec).filter((l) => l.field !== 'year');
    expect(all.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    all.forEach((leaf, k) => {
      const changes = diffSpecs(spec, setAt(spec, leaf.path, mutate(leaf.field, leaf.value, 1 + (k % 7), siblingsOf(spec, leaf.path)))).changes;
      if (changes.length !== 1 || changes[0]!.path !== leaf.path || changes[0]!.kind !== 'changed') wrong.push(`${leaf.path}: ${changes.map((c) => `${c.kind} ${c.path}`).join(', ')}`);
      // in words, never JSON
      for (const c of changes) if (/[{[]"|"[}\]]|undefined|\[object/u.test(describeChange(c))) wrong.push(`${leaf.path}: ${describeChange(c)}`);
    });
    expect(wrong).toEqual([]);
  });
  it('reports the year itself in from/to, not as a change', async () => {
    const spec = (await loadSpec('specs/socialdataregister/2026.yaml')).spec!;
    const r = diffSpecs(spec, setAt(spec, 'year', 2027));
    expect([r.from, r.to]).toEqual(['2026', '2027']);
    expect(r.changes.some((c) => c.path === 'year')).toBe(false);
  });
});

const word = fc.constantFrom('regionen', 'kommunen', 'medel', 'insatser', 'kostnader', 'personal', 'utbildning', 'vården', 'skolan', 'barn');
const sentence = fc.array(word, { minLength: 3, maxLength: 9 }).map((ws) => ws.join(' '));
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 1, max: 9_000_000_000 });

const generated = fc.record({
  spec: fc.constant(1), kind: fc.constant('anvisning'), id: fc.constant('genererat-bidrag'), year: fc.constant(2026), title: sentence,
  source: fc.constant({ path: 'sources/x.txt', sha256: '0'.repeat(64) }),
  purpose: sentence,
  recipients: fc.record({ types: fc.uniqueArray(fc.constantFrom('region', 'kommun', 'organisation'), { minLength: 1, maxLength: 3 }) }),
  funding: fc.record({ total: amount, parts: fc.uniqueArray(fc.record({ to: fc.constantFrom('region', 'kommun'), key: fc.constantFrom('per-capita', 'equal', 'other'), amount }), { selector: (p) => `${p.to}${p.key}`, maxLength: 4 }) }),
  requisition: fc.record({ opens: date, closes: date, form: fc.constantFrom('rekvisition', 'ansökan'), requires: fc.uniqueArray(sentence, { maxLength: 4 }) }),
  permitted_uses: fc.uniqueArray(sentence, { minLength: 1, maxLength: 6 }),
  conditions: fc.uniqueArray(sentence, { maxLength: 5 }),
  contacts: fc.uniqueArray(fc.record({ email: fc.constantFrom('a@x.se', 'b@x.se', 'c@y.se'), topic: sentence }), { selector: (c) => c.email, maxLength: 3 }),
  legal_basis: fc.uniqueArray(fc.record({ ref: fc.constantFrom('2024:1252', '2018:597', 'S2024/01058'), kind: fc.constantFrom('lag', 'förordning') }), { selector: (r) => r.ref, maxLength: 3 }),
  evidence: fc.constant({}),
}) as unknown as fc.Arbitrary<GrantSpec>;

describe('a generated spec', () => {
  it('any single mutated leaf is one change at its path', () => {
    fc.assert(fc.property(generated, fc.nat(), fc.integer({ min: 1, max: 300 }), (spec, pick, n) => {
      const all = leaves(spec).filter((l) => l.field !== 'year');
      const leaf = all[pick % all.length]!;
      const changes = diffSpecs(spec, setAt(spec, leaf.path, mutate(leaf.field, leaf.value, n, siblingsOf(spec, leaf.path)))).changes;
      expect(changes.map((c) => c.path)).toEqual([leaf.path]);
    }), { numRuns: 300 });
  });
});

// A total the text states only as a rounded figure ("Utlysningens totala budget är ca 20 miljoner
// kronor", funding.total_approximate) is another statement than an exact total of the same number.
describe('a total stated as a rounded figure', () => {
  const rounded = (spec: GrantSpec): GrantSpec => setAt(spec, 'funding.total_approximate', true);
  it('exact ↔ rounded, the number the same, is one change at funding.total_approximate', () => {
    fc.assert(fc.property(generated, fc.boolean(), (spec, toRounded) => {
      const [a, b] = toRounded ? [spec, rounded(spec)] : [rounded(spec), spec];
      const changes = diffSpecs(a, b).changes;
      expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual([`${toRounded ? 'added' : 'removed'} funding.total_approximate`]);
    }), { numRuns: 100 });
  });
  it('a total that changed and is rounded on one side is one change at funding.total, "cirka" on that side only', () => {
    fc.assert(fc.property(generated, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (spec, n, newRounded) => {
      const total = (spec as { funding: { total: number } }).funding.total;
      const other = setAt(spec, 'funding.total', total + n * 1_000_000);
      const [a, b] = newRounded ? [spec, rounded(other)] : [rounded(spec), other];
      const changes = diffSpecs(a, b).changes;
      expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['changed funding.total']);
      const line = describeChange(changes[0]!);
      const [before, after] = line.split(' → ');
      expect(before!.includes('cirka')).toBe(!newRounded);
      expect(after!.startsWith('cirka ')).toBe(newRounded);
    }), { numRuns: 100 });
  });
});
