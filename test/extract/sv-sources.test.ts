import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asciiBoundaries, restoreBoundaries, sv } from '../../extract/parse/unicode.js';

// The build writes every `sv(/…/flags)` of the compiled modules as `sv("…", "flags")`
// (bin/regex-sources.js, h/pdf84): a literal is parsed and made as its module loads, a source string
// is not. sv() must make the same regex of both, and the built modules must hold the same patterns
// as their sources.

describe('sv(source, flags)', () => {
  it('is sv() of the regex with that source and flags', () => {
    const lit = sv(/\bbidrag(?:et)?\s+till\s+\p{L}+/iu);
    const str = sv('\\bbidrag(?:et)?\\s+till\\s+\\p{L}+', 'iu');
    // the same shared regex: one cache entry, one compiling
    expect(str).toBe(lit);
    expect(sv('\\bstöd\\b', 'i')).toBe(sv(/\bstöd\b/i));
    const g = sv('(?:19|20)\\d\\d', 'gu');
    expect([g.source, g.flags, g.lastIndex]).toEqual([sv(/(?:19|20)\d\d/gu).source, 'gu', 0]);
    expect(g).not.toBe(sv('(?:19|20)\\d\\d', 'gu'));
    expect('år 2025 och 2026'.match(g)).toEqual(['2025', '2026']);
    expect(str.exec('Bidraget till Kommunerna')?.[0]).toBe('Bidraget till Kommunerna');
  });
});

/** every pattern a module's exports hold, as flags/source, in the order met */
function patternsOf(exports: Record<string, unknown>): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (v instanceof RegExp) { out.push(`${v.flags}/${v.source}`); return; }
    if (v === null || typeof v !== 'object' || seen.has(v) || depth > 6) return;
    seen.add(v);
    for (const x of Array.isArray(v) ? v : v instanceof Map ? [...v.values()] : Object.values(v)) walk(x, depth + 1);
  };
  for (const k of Object.keys(exports).sort()) walk(exports[k], 0);
  return out;
}

/** a flags/source key with its source read back as sv() reads it (restoreBoundaries), and as the build writes a literal (asciiBoundaries) */
const sourceRead = (key: string): string => `${key.slice(0, key.indexOf('/'))}/${restoreBoundaries(key.slice(key.indexOf('/') + 1))}`;
const quickOf = (key: string): string => `${key.slice(0, key.indexOf('/'))}/${new RegExp(asciiBoundaries(key.slice(key.indexOf('/') + 1)), key.slice(0, key.indexOf('/'))).source}`;

describe('the built modules whose sv() literals the build wrote as sources', () => {
  const root = resolve(import.meta.dirname, '../..');
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));
  const built = existsSync(join(root, 'build/extract')) ? walk(join(root, 'build/extract')) : [];
  const rewritten = built.filter((f) => /\bsv\("/u.test(readFileSync(f, 'utf8')));
  it.runIf(built.length > 0)('hold no sv() literal and the same patterns as their sources', async () => {
    expect(rewritten.length).toBeGreaterThan(10);
    for (const f of rewritten) {
      expect(readFileSync(f, 'utf8').includes('sv(/'), f).toBe(false);
      const source = join(root, f.slice(join(root, 'build').length + 1).replace(/\.js$/u, '.ts'));
      const [a, b] = await Promise.all([import(pathToFileURL(f).href), import(pathToFileURL(source).href)]) as Array<Record<string, unknown>>;
      const patterns = patternsOf(b!);
      // (a literal with the i and u flags the build wrote with asciiBoundaries: its source read back is the TypeScript one)
      const builtPatterns = patternsOf(a!);
      expect(builtPatterns.map(sourceRead), f).toEqual(patterns);
      builtPatterns.forEach((k, i) => expect([patterns[i], quickOf(patterns[i]!)], f).toContain(k));
    }
  });
});

describe('the tables the build writes (needs.json, sv.json)', () => {
  it('are ASCII alone and read back as the same value', async () => {
    const { asciiJson } = await import('../../extract/cues/built-table.js');
    const value = { 'iu/\\bbidrag för år\\b': [['för', 'fÖr'], ['\u{1F600}–”']], plain: 'a"b\\c' };
    const json = asciiJson(JSON.stringify(value));
    expect(/^[\x00-\x7f]*$/u.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(value);
    expect(asciiJson('{"a":"b"}')).toBe('{"a":"b"}');
  });
});
