import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, folders, shares } from '../../site/build.js';
import { ROOT } from '../helpers.js';

// How `grantspec build` splits the specs between threads: by grant folder, evenly, in order.

describe('folders', () => {
  it('groups spec files by the first folder below the specs folder, in their order', () => {
    expect(folders(['s/a/2025.yaml', 's/a/2026.yaml', 's/b/2026.yaml', 's/top.yaml'], 's')).toEqual([['s/a/2025.yaml', 's/a/2026.yaml'], ['s/b/2026.yaml'], ['s/top.yaml']]);
  });
});

describe('shares', () => {
  it('balances the number of files and never splits a batch', () => {
    const got = shares([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2'], ['d1']], 2);
    expect(got).toEqual([[['a1', 'a2', 'a3'], ['d1']], [['b1'], ['c1', 'c2']]]); // 4 and 3 files
  });

  it('keeps each share in the original order of its batches', () => {
    const got = shares([['a'], ['b'], ['c'], ['d'], ['e']], 2);
    for (const share of got) {
      const flat = share.flat();
      expect(flat).toEqual([...flat].sort());
    }
    expect(got.flat(2).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('makes no empty shares when there are more threads than batches', () => {
    expect(shares([['a'], ['b']], 4)).toEqual([[['a']], [['b']]]);
  });
});

describe('defaultJobs', () => {
  it('uses one thread on small machines and small sites, up to four on large ones', () => {
    expect(defaultJobs(1000, 2)).toBe(1);
    expect(defaultJobs(100, 8)).toBe(1);
    expect(defaultJobs(1000, 8)).toBe(4);
    expect(defaultJobs(500, 4)).toBe(2);
  });
});

// the compiled modules, as `grantspec build` runs them: a worker thread loads build/site/worker.js
const { buildSite } = await import(join(ROOT, 'build/site/build.js')) as typeof import('../../site/build.js');
const { specFiles, validatePaths } = await import(join(ROOT, 'build/specs/validate.js')) as typeof import('../../specs/validate.js');

describe('buildSite with the specs validation loaded', () => {
  // `grantspec build` validates first and hands the build the specs it loaded: those files are
  // not read again (here a file whose text was spoilt after validation still builds from the
  // validated spec), in the main thread and in worker threads alike.
  it.each([1, 2])('renders the handed specs, not the files, with %i thread(s)', async (jobs) => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-handed-'));
    cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
    const files = await specFiles(join(d, 'specs'));
    const checked = await validatePaths([join(d, 'specs')], ROOT, undefined, { keepSpecs: true });
    expect(checked.specs?.size).toBe(files.length);
    const file = join(d, 'specs/socialdataregister/2026.yaml');
    const spec = checked.specs!.get(file)!;
    checked.specs!.set(file, { ...spec, title: 'Titeln som validerades' });
    writeFileSync(file, 'inte: [en giltig spec\n');
    const r = await buildSite({ specsDir: join(d, 'specs'), outDir: join(d, 'dist'), jobs, templatesDir: join(ROOT, 'templates'), assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15', specs: checked.specs! });
    expect(r.diagnostics).toEqual([]);
    expect(readFileSync(join(d, 'dist/site/grants/socialdataregister/2026.html'), 'utf8')).toContain('<h1>Titeln som validerades</h1>');
  });

  it('reads a file the validation did not hand over', async () => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-handed-'));
    cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
    const checked = await validatePaths([join(d, 'specs')], ROOT, undefined, { keepSpecs: true });
    const file = join(d, 'specs/socialdataregister/2026.yaml');
    checked.specs!.delete(file);
    writeFileSync(file, 'inte: [en giltig spec\n');
    const r = await buildSite({ specsDir: join(d, 'specs'), outDir: join(d, 'dist'), jobs: 1, templatesDir: join(ROOT, 'templates'), assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15', specs: checked.specs! });
    expect(r.diagnostics.map((x) => [x.file, x.rule])).toEqual([[file, 'yaml-syntax']]);
  });
});
