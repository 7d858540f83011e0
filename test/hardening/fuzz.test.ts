import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../extract/parse/amounts.js';
import { statedDates as findDates, statedRanges as findRanges, findVague, MONTHS } from '../../extract/parse/dates.js';
import { decode } from '../../extract/read/decode.js';
import { guardText } from '../../extract/read/input.js';
import { readText } from '../../extract/read/text.js';
import { InputError } from '../../specs/diagnostics.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { loadSpecFromText } from '../../specs/load.js';
import { isoDate, kronor, KRONOR_MAX } from '../../specs/schema/scalars.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { YEAR_RANGE } from '../../specs/years.js';
import { ROOT } from '../helpers.js';

// Property-based fuzzing (issue 16) of what reads hostile text: the text reader, the date and
// amount grammars, the YAML loader and the diff. `npm test` runs a few thousand cases in all;
// `npm run fuzz` sets FUZZ_RUNS for many more. A failure prints fast-check's seed and the shrunk
// counterexample, which belongs in the bad-input corpus once fixed.

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const opts = { numRuns: RUNS };
/** for properties that load a whole spec per case (about 20 ms each) */
const slow = { numRuns: Math.max(50, Math.floor(RUNS / 5)) };
const TIMEOUT = Math.max(60_000, RUNS * 200);

/** Text made of the pieces the readers and grammars react to, so the cases hit real code paths. */
const TOKENS = [
  '#', '## ', '- ', '* ', '+ ', '> ', '1. ', '2) ', '|', ' | ', '---', '```', '`', '_', '**', '[', ']', '(', ')', '![', '](', '<', '>', '&',
  ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u202f', '\u00ad', '\u200b', '\u001b[2J', '\u0000', '\ufeff',
  'Statsbidrag', 'kronor', 'kr', 'miljoner', 'miljarder', 'tkr', 'mnkr', ':-', 'den', 'till och med', 't.o.m.', '–', '-', 'senast',
  'rekvirera', 'januari', 'maj', 'december', 'dec.', '2026', '2025', '2199', '1899', '0000', '31', '30', '29', '2026-02-29', '2024-02-29',
  '1 000', '000', ',5', ',50', '5', '12', '999 999 999', 'https://', 'http://x.se/a', 'mailto:', '@', 'i början av', 'under våren', 'år',
  'å', 'ä', 'ö', 'Ö', 'é', '😀', '\ud800', 'SFS 2015:456', 'S2010/1791/FST', '2018/19',
];
const tokenText = (max = 60): fc.Arbitrary<string> => fc.array(fc.constantFrom(...TOKENS), { maxLength: max }).map((t) => t.join(''));
const anyText = fc.oneof(tokenText(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 }));

const onlyInputErrors = (f: () => unknown): void => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.diagnostic.rule).toMatch(/^[a-z0-9-]+$/u);
  }
};

describe('the text reader', () => {
  it('reads any text into a tree whose positions lie in the source, or refuses it with an InputError', () => {
    fc.assert(fc.property(anyText, (s) => {
      onlyInputErrors(() => {
        guardText(s, 'fuzz.md');
        const doc = readText('fuzz.md', s);
        for (const b of doc.blocks) {
          const p = (b as { position?: { start?: { offset?: number }; end?: { offset?: number } } }).position;
          if (p?.start?.offset !== undefined) expect(p.start.offset).toBeGreaterThanOrEqual(0);
          if (p?.end?.offset !== undefined) expect(p.end.offset).toBeLessThanOrEqual(s.length);
        }
      });
    }), opts);
  }, TIMEOUT);
  it('decodes any bytes into text, or refuses them with an InputError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      onlyInputErrors(() => expect(typeof decode(bytes, 'fuzz.txt').text).toBe('string'));
    }), opts);
  }, TIMEOUT);
});

const inRange = (iso: string): boolean => isoDate.safeParse(iso).success;

describe('the date grammar', () => {
  it('finds only real calendar dates in the accepted years, each where the text states its year', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (const h of findDates(s)) {
        expect(inRange(h.date), h.date).toBe(true);
        expect(s.slice(h.start, h.end)).toContain(h.date.slice(0, 4));
      }
      for (const r of findRanges(s)) {
        expect(inRange(r.from) && inRange(r.to)).toBe(true);
        expect(r.from <= r.to).toBe(true);
        expect(r.end).toBeLessThanOrEqual(s.length);
      }
      for (const v of findVague(s)) {
        expect(v.year).toBeGreaterThanOrEqual(YEAR_RANGE.min);
        expect(v.year).toBeLessThanOrEqual(YEAR_RANGE.max);
      }
    }), opts);
  }, TIMEOUT);

  const monthNames = Object.entries(MONTHS).filter(([name]) => name.length > 4);
  it('reads "den D månad YYYY" as exactly that date, and nothing for a day the month does not have', () => {
    fc.assert(fc.property(fc.integer({ min: 1980, max: 2210 }), fc.constantFrom(...monthNames), fc.integer({ min: 1, max: 31 }), fc.constantFrom('', 'Sista dag är ', '('), (y, [name, m], d, before) => {
      const hits = findDates(`${before}den ${d} ${name} ${y}.`);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(hits.map((h) => h.date)).toEqual(inRange(iso) ? [iso] : []);
    }), opts);
  }, TIMEOUT);
});

/** 5042500200 → "5 042 500 200" */
const grouped = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');

describe('the amount grammar', () => {
  it('finds only finite amounts within the maximum, each valid for the schema and exact', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (const h of findAmounts(s)) {
        expect(kronor.safeParse(h.value).success, String(h.value)).toBe(true);
        expect(new Decimal(String(h.value)).eq(h.exact.toDecimalPlaces(2))).toBe(true);
        expect(h.start).toBeLessThan(h.end);
        expect(h.end).toBeLessThanOrEqual(s.length);
      }
    }), opts);
  }, TIMEOUT);
  it('reads any whole amount up to the maximum exactly, grouped or not, and nothing above it', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: BigInt(KRONOR_MAX) * 10n }), fc.boolean(), fc.constantFrom('kronor', 'kr'), (n, group, unit) => {
      const hits = findAmounts(`Bidraget är ${group ? grouped(n) : n.toString()} ${unit}.`);
      if (n > BigInt(KRONOR_MAX)) expect(hits).toEqual([]);
      else expect(hits.map((h) => String(h.value))).toEqual([n.toString()]);
    }), opts);
  }, TIMEOUT);
  it('keeps öre exact', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999n }), fc.integer({ min: 0, max: 99 }), (n, ore) => {
      const hits = findAmounts(`${grouped(n)},${String(ore).padStart(2, '0')} kronor`);
      const expected = ore === 0 ? n.toString() : `${n}.${String(ore).padStart(2, '0')}`;
      expect(hits.map((h) => String(h.value))).toEqual([expected]);
    }), opts);
  }, TIMEOUT);
});

const SPEC_TEXT = readFileSync(resolve(ROOT, 'specs/socialdataregister/2026.yaml'), 'utf8');
const SPEC = parse(SPEC_TEXT) as Record<string, unknown>;

/** Paths into the spec, for mutations. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}
const PATHS = paths(SPEC).filter((p) => p.length > 0);

function mutate(spec: unknown, path: ReadonlyArray<string | number>, to: unknown): unknown {
  const copy = structuredClone(spec) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  if (to === undefined) delete o[path.at(-1)!];
  else o[path.at(-1)!] = to;
  return copy;
}

const hostileValue = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.constant(Number.POSITIVE_INFINITY), fc.constant(Number.NaN), fc.constant(2 ** 53 + 2),
  fc.integer(), fc.double(), fc.string({ maxLength: 30 }), tokenText(10), fc.constantFrom('2026-02-30', '2199-01-01', '0000-00-00', '2026-04-17'),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('the YAML loader', () => {
  it('answers any text with a spec or diagnostics at a line, never a throw', () => {
    fc.assert(fc.property(fc.oneof(anyText, tokenText(80).map((t) => `spec: 1\nkind: anvisning\n${t}`)), (s) => {
      const loaded = loadSpecFromText('fuzz.yaml', s);
      expect(loaded.spec !== undefined || loaded.diagnostics.length > 0).toBe(true);
      for (const d of loaded.diagnostics) expect(d.line ?? 1).toBeGreaterThanOrEqual(1);
    }), opts);
  }, TIMEOUT);
  it('answers a real spec with one value changed by a schema-valid spec or a diagnostic naming the field', () => {
    fc.assert(fc.property(fc.constantFrom(...PATHS), hostileValue, (path, value) => {
      const text = stringify(mutate(SPEC, path, value));
      const loaded = loadSpecFromText('fuzz.yaml', text);
      if (!loaded.spec) expect(loaded.diagnostics.length).toBeGreaterThan(0);
      for (const d of loaded.diagnostics) expect(d.rule).toMatch(/^(schema|yaml-[a-z-]+)$/u);
    }), slow);
  }, TIMEOUT);
});

describe('the diff', () => {
  const base = loadSpecFromText('a.yaml', SPEC_TEXT).spec!;
  // edits that mostly keep a spec valid (a field removed, a text changed), so that few cases are filtered out
  const edit = fc.oneof(fc.constant(undefined), fc.string({ minLength: 1, maxLength: 20 }), tokenText(8).filter((t) => t.trim().length > 0));
  const variants = fc.array(fc.tuple(fc.constantFrom(...PATHS), edit), { maxLength: 4 }).map((edits) => {
    let s: unknown = base;
    for (const [p, v] of edits) {
      try {
        s = mutate(s, p, v);
      } catch { /* a path an earlier edit removed */ }
    }
    return loadSpecFromText('b.yaml', stringify(s)).spec;
  }).filter((s): s is GrantSpec => s !== undefined);

  it('finds nothing between a spec and itself, and never throws between two valid specs', () => {
    fc.assert(fc.property(variants, (b) => {
      expect(diffSpecs(b, b).changes).toEqual([]);
      expect(diffSpecs(b, structuredClone(b)).changes).toEqual([]);
      const forth = diffSpecs(base, b).changes;
      const back = diffSpecs(b, base).changes;
      // as many changes either way, added and removed swapped
      expect(back.length).toBe(forth.length);
      if (JSON.stringify(b) === JSON.stringify(base)) expect(forth).toEqual([]);
    }), slow);
  }, TIMEOUT);
});
