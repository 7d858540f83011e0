import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { norm, ROOT } from '../helpers.js';

// Every emitted value is grounded: each quote occurs in its source, at the line it names.

const sources = [
  ...readdirSync(resolve(ROOT, 'sources/2026')).map((f) => `sources/2026/${f}`),
  ...readdirSync(resolve(ROOT, 'sources/2025')).map((f) => `sources/2025/${f}`),
  ...readdirSync(resolve(ROOT, 'test/fixtures/corpus/dev')).map((f) => `test/fixtures/corpus/dev/${f}`),
].filter((f) => /\.(?:txt|md)$/u.test(f)).sort();

describe.each(sources)('%s', (file) => {
  it('quotes only what the source says, at the line it says it', async () => {
    const text = readFileSync(resolve(ROOT, file), 'utf8');
    const lines = text.split(/\r\n|\n|\r/u);
    const spec = await extract(resolve(ROOT, file), ROOT);
    const entries = Object.entries(spec.evidence);
    expect(entries.length).toBeGreaterThan(0);
    const whole = norm(text);
    for (const [path, e] of entries) {
      expect(whole, `${path}: ${e.quote}`).toContain(norm(e.quote));
      const firstWords = norm(e.quote).slice(0, 12);
      const at = norm(lines.slice(e.line - 1, e.line + 3).join('\n').slice(Math.max(0, (e.column ?? 1) - 1)));
      expect(at.startsWith(firstWords) || norm(lines[e.line - 1]!.slice((e.column ?? 1) - 1)).startsWith(firstWords.slice(0, 6)), `${path} at line ${e.line}`).toBe(true);
    }
  });
  it('has an evidence entry for every value it emits', async () => {
    const spec = await extract(resolve(ROOT, file), ROOT) as unknown as Record<string, unknown>;
    const keys = Object.keys(spec.evidence as object);
    const covered = (p: string[]): boolean => p.some((_, n) => keys.includes(p.slice(0, p.length - n).join('.')));
    const leaves: string[][] = [];
    const walk = (v: unknown, p: string[]): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, String(i)]));
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, [...p, k]));
      else leaves.push(p);
    };
    for (const [k, v] of Object.entries(spec)) if (!['spec', 'kind', 'id', 'source', 'evidence'].includes(k)) walk(v, [k]);
    const ungrounded = leaves.filter((p) => !covered(p) && !/^(?:legal_basis|links)\.\d+\.(?:kind|title|text)$/u.test(p.join('.'))
      && !/^questions\.\d+\.(?:columns|fields)\.\d+\.(?:type|required|formula)$/u.test(p.join('.')));
    expect(ungrounded.map((p) => p.join('.'))).toEqual([]);
  });
});
