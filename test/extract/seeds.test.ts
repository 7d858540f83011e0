import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import type { Anvisning, ReportingForm } from '../../specs/schema/index.js';
import { get, readYaml, ROOT } from '../helpers.js';

// Fixture pairs: each source → the values a careful reader finds in it (test/fixtures/extract/*.yaml).

interface Expected {
  source: string;
  expect: Record<string, unknown>;
  absent?: string[];
  contains?: Record<string, string[]>;
  refs?: string[];
  emails?: string[];
  questions?: Array<[number, string, boolean, number?]>;
  details?: Record<string, { rows?: number; entry_rows?: number; columns?: string[]; options?: string[]; computed?: string; formula?: string }>;
}

const dir = 'test/fixtures/extract';
const files = readdirSync(resolve(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort();

function items(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : String((x as { text: string }).text))) : [];
}

describe.each(files)('%s', (file) => {
  const exp = readYaml<Expected>(`${dir}/${file}`);
  const specP = extract(resolve(ROOT, exp.source), ROOT);

  it.each(Object.keys(exp.expect))('states %s as the source does', async (key) => {
    const spec = await specP;
    const want = exp.expect[key];
    // objects: the fields the fixture names (others are checked elsewhere); arrays and scalars: exactly
    if (want && typeof want === 'object' && !Array.isArray(want)) expect(get(spec, key)).toMatchObject(want);
    else expect(get(spec, key)).toEqual(want);
  });
  if (exp.absent?.length) {
    it.each(exp.absent)('leaves %s absent: the source does not state it', async (path) => {
      expect(get(await specP, path)).toBeUndefined();
    });
  }
  for (const [path, wanted] of Object.entries(exp.contains ?? {})) {
    it(`${path} holds what the source states`, async () => {
      const got = items(get(await specP, path));
      for (const w of wanted) expect(got).toContain(w);
    });
  }
  if (exp.refs) {
    it('finds the legal basis', async () => {
      const spec = (await specP) as Anvisning;
      expect((spec.legal_basis ?? []).map((r) => r.ref).sort()).toEqual([...exp.refs!].sort());
    });
  }
  if (exp.emails) {
    it('finds the contacts and invents none', async () => {
      const spec = await specP;
      expect((spec.contacts ?? []).map((c) => c.email).sort()).toEqual([...exp.emails!].sort());
    });
  }
  if (exp.questions) {
    it('finds every numbered question with its type, required mark and limit', async () => {
      const spec = (await specP) as ReportingForm;
      const got = spec.questions.map((q) => (q.max_chars ? [q.number, q.type, q.required === true, q.max_chars] : [q.number, q.type, q.required === true]));
      expect(got).toEqual(exp.questions);
    });
    it.each(Object.entries(exp.details ?? {}))('question %s in detail', async (n, d) => {
      const q = ((await specP) as ReportingForm).questions.find((x) => x.number === Number(n))!;
      if (d.rows) expect(q.rows).toBe(d.rows);
      if (d.entry_rows) expect(q.entry_rows).toBe(d.entry_rows);
      if (d.columns) expect(q.columns?.map((c) => c.label)).toEqual(d.columns);
      if (d.options) expect(q.options).toEqual(d.options);
      if (d.computed) expect(q.fields?.find((f) => f.label === d.computed)?.formula).toBe(d.formula);
    });
  }
});
