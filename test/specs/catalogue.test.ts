import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { correctionRecord, diffFields, fieldOfCorrection, summarizeCorrections, type Correction } from '../../specs/corrections.js';
import { CONTRACT_FIELDS } from '../../specs/fields.js';
import { loadSpec } from '../../specs/load.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { THEMES } from '../../specs/schema/themes.js';
import { specFiles } from '../../specs/validate.js';
import { cli, ROOT } from '../helpers.js';

// The shipped catalogue: every curated spec has its editor's record of corrections and its themes,
// and the catalogue is as broad as issue 18 asks (30 grants, 8 agencies).

const files = await specFiles(join(ROOT, 'specs'));
const loaded = await Promise.all(files.map(async (f) => ({ file: f, spec: (await loadSpec(f)).spec })));
const anvisningar = loaded.filter((l) => l.spec?.kind === 'anvisning');
const extracted = loaded.filter((l) => l.spec && l.spec.kind !== 'allocation');

describe('the shipped catalogue', () => {
  it('holds at least 30 grants from at least 8 agencies', () => {
    const ids = new Set(anvisningar.map((l) => l.spec!.id));
    const agencies = new Set(anvisningar.map((l) => l.spec!.kind === 'anvisning' ? l.spec!.agency : undefined).filter(Boolean));
    expect(ids.size).toBeGreaterThanOrEqual(30);
    expect(agencies.size).toBeGreaterThanOrEqual(8);
  });

  it('gives every grant spec themes from the vocabulary', () => {
    for (const { file, spec } of anvisningar) {
      const themes = spec!.kind === 'anvisning' ? spec!.themes : undefined;
      expect(themes?.length, file).toBeGreaterThan(0);
      for (const t of themes ?? []) expect(THEMES, file).toContain(t);
    }
  });

  it('keeps a corrections record beside every extracted spec, each entry a real change of a contract field', () => {
    const fields = new Set(CONTRACT_FIELDS.map((f) => f.path));
    for (const { file } of extracted) {
      const record = file.replace(/\.yaml$/u, '.corrections.yaml');
      expect(existsSync(record), record).toBe(true);
      const parsed = correctionRecord.safeParse(parse(readFileSync(record, 'utf8')) ?? []);
      expect(parsed.success, `${record}: ${parsed.error?.message ?? ''}`).toBe(true);
      for (const c of parsed.data ?? []) {
        expect(fields.has(fieldOfCorrection(c.field)), `${record}: ${c.field}`).toBe(true);
        expect(JSON.stringify(c.extracted), `${record}: ${c.field} records no change`).not.toBe(JSON.stringify(c.corrected));
      }
    }
  });

  it('lists every source file in sources/README.md with its provenance', () => {
    const readme = readFileSync(join(ROOT, 'sources/README.md'), 'utf8');
    for (const year of readdirSync(join(ROOT, 'sources')).filter((y) => /^\d{4}$/u.test(y))) {
      for (const f of readdirSync(join(ROOT, 'sources', year)).filter((x) => /\.(?:txt|md)$/u.test(x))) {
        expect(readme, `${year}/${f}`).toMatch(new RegExp(`^\\| ${year}/${f.replace(/\./gu, '\\.')} \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|$`, 'mu'));
      }
    }
  });
});

// A copy of the project in which one spec is changed.
function project(edit: (spec: string) => string, file = 'lona/2021.yaml', extra?: [string, string]): string {
  const d = mkdtempSync(join(tmpdir(), 'grantspec-catalogue-'));
  cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
  mkdirSync(join(d, 'specs', file, '..'), { recursive: true });
  writeFileSync(join(d, 'specs', file), edit(readFileSync(join(ROOT, 'specs', file), 'utf8')));
  if (extra) writeFileSync(join(d, 'specs', extra[0]), extra[1]);
  return d;
}

describe('themes in a spec', () => {
  it('are a schema error at their line when not in the vocabulary', async () => {
    const d = project((s) => s.replace('  - folkhälsa\n', '  - naturvård\n'));
    const r = await cli(['validate'], d);
    expect(r.code).toBe(1);
    const line = readFileSync(join(d, 'specs/lona/2021.yaml'), 'utf8').split('\n').indexOf('  - naturvård') + 1;
    expect(line).toBeGreaterThan(0);
    expect(r.stdout).toMatch(new RegExp(`specs/lona/2021\\.yaml:${line}:5 error schema themes\\.1: `, 'u'));
  });

  it('need no evidence: an editor assigns them', async () => {
    const r = await cli(['validate'], project((s) => s));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('corrections records beside specs', () => {
  it('are not read as specs by validate (even one that is no spec at all)', async () => {
    const d = project((s) => s, 'lona/2021.yaml', ['lona/2021.corrections.yaml', '- field: purpose\n  extracted: null\n  corrected: x\n  why: missed\n']);
    const r = await cli(['validate'], d);
    expect(r.stderr).toMatch(/1 spec checked, 0 errors/u);
    expect(r.code).toBe(0);
    expect(await specFiles(join(d, 'specs'))).toEqual([join(d, 'specs/lona/2021.yaml')]);
  });
});

describe('summarizeCorrections', () => {
  const c = (field: string, extracted: unknown, corrected: unknown): Correction => ({ field, extracted, corrected, why: 'test' });
  it('gives mean, median, max and the count per contract field', () => {
    const s = summarizeCorrections(new Map([
      ['a', [c('year', null, 2024), c('conditions.1', 'x', null), c('legal_basis.0.title', 'long', 'short')]],
      ['b', []],
      ['c', [c('year', 2023, 2022)]],
      ['d', [c('purpose', null, 'p'), c('requisition.form', null, 'ansökan')]],
    ]));
    expect([s.specs, s.total, s.mean, s.median, s.max]).toEqual([4, 6, 1.5, 1.5, 3]);
    expect(s.maxAt).toEqual(['a']);
    // a correction counts at the contract field it changed (the fields table names list items' own fields)
    expect(s.perField).toEqual([['year', 2], ['conditions', 1], ['legal_basis.title', 1], ['purpose', 1], ['requisition.form', 1]]);
    expect(s.kinds).toEqual({ fixed: 2, added: 3, removed: 1 });
  });

  it('is all zeros for no specs', () => {
    expect(summarizeCorrections(new Map())).toMatchObject({ specs: 0, total: 0, mean: 0, median: 0, max: 0 });
  });
});

describe('diffFields', () => {
  const base = { spec: 1, kind: 'anvisning', id: 'x', title: 'T', source: { path: 'sources/2024/x.txt', sha256: 'a'.repeat(64) }, evidence: {} } as const;
  it('names each changed value: scalars, list items added and removed, object-list items by identity', () => {
    const draft = { ...base, year: 2023, conditions: ['a', 'b'], legal_basis: [{ ref: '2022:257', kind: 'förordning' }, { ref: 'S2021/1', kind: 'diarienummer' }] } as unknown as GrantSpec;
    const curated = { ...base, year: 2024, themes: ['skola'], conditions: ['b', 'c'], legal_basis: [{ ref: 'S2021/1', kind: 'diarienummer', title: 't' }], requisition: { form: 'ansökan' } } as unknown as GrantSpec;
    expect(diffFields(draft, curated)).toEqual([
      { field: 'year', extracted: 2023, corrected: 2024 },
      { field: 'requisition.form', extracted: null, corrected: 'ansökan' },
      { field: 'conditions', extracted: 'a', corrected: null },
      { field: 'conditions', extracted: null, corrected: 'c' },
      { field: 'legal_basis', extracted: { ref: 'S2021/1', kind: 'diarienummer' }, corrected: { ref: 'S2021/1', kind: 'diarienummer', title: 't' } },
      { field: 'legal_basis', extracted: { ref: '2022:257', kind: 'förordning' }, corrected: null },
    ]);
  });

  it('finds nothing between a spec and itself', () => {
    for (const { spec } of extracted) expect(diffFields(spec!, spec!)).toEqual([]);
  });
});
