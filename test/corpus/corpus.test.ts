import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The own corpus is only as good as its gold: every gold file must point at a text in its own
// split, name a known genre, and expect nothing the text cannot ground (a title or contact that
// is not in the text would make the gold, not the extractor, wrong).

const here = dirname(fileURLToPath(import.meta.url));
const GENRES = new Set(['grant-page', 'utlysning', 'anvisning', 'forordning', 'regeringsbeslut', 'regleringsbrev', 'reporting-form', 'reporting-instructions']);
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();

type Gold = { source: string; genre: string; notes: string; expect: { kind: string; title_has?: string; contacts?: string[]; legal_basis?: string[]; evidence_for?: string[] } };

const golds = ['dev', 'test'].flatMap((split) =>
  readdirSync(join(here, `${split}-gold`)).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ split, file: f, gold: JSON.parse(readFileSync(join(here, `${split}-gold`, f), 'utf8')) as Gold })));

describe('own corpus gold', () => {
  it('has both splits, disjoint, every text with exactly one gold file', () => {
    const texts = ['dev', 'test'].map((s) => readdirSync(join(here, s)).filter((f) => f.endsWith('.txt')));
    expect(texts[0]!.length).toBeGreaterThanOrEqual(30);
    expect(texts[1]!.length).toBeGreaterThanOrEqual(30);
    expect(texts[0]!.filter((f) => texts[1]!.includes(f))).toEqual([]);
    expect(golds.map((g) => basename(g.gold.source)).sort()).toEqual([...texts[0]!, ...texts[1]!].sort());
  });

  it.each(golds.map((g) => [`${g.split}/${g.file}`, g] as const))('%s is well-formed and grounded in its text', (_, { split, gold }) => {
    const src = resolve(here, `${split}-gold`, gold.source);
    expect(gold.source.startsWith(`../${split}/`)).toBe(true);
    expect(existsSync(src)).toBe(true);
    expect(GENRES.has(gold.genre)).toBe(true);
    expect(gold.notes.length).toBeGreaterThan(20);
    expect(gold.expect.kind === 'reporting-form').toBe(gold.genre === 'reporting-form');
    if (gold.expect.kind === 'anvisning') expect(Array.isArray(gold.expect.evidence_for)).toBe(true);
    const text = norm(readFileSync(src, 'utf8'));
    if (gold.expect.title_has) expect(text).toContain(norm(gold.expect.title_has));
    for (const c of gold.expect.contacts ?? []) expect(text).toContain(c.toLowerCase());
    for (const r of gold.expect.legal_basis ?? []) expect(text).toContain(norm(r));
  });

  // … when its text states the number: a page cut to its paragraphs (dev 849, lagen.se's SFS 2023:434 without
  // its heading) cannot ask for a number it never gives, as the grounding check above holds
  it('gives every förordning its own SFS number as legal basis, where its text states it', () => {
    let checked = 0;
    for (const { split, gold } of golds.filter((g) => g.gold.genre === 'forordning')) {
      const own = /(\d{4}:\d+)/.exec(basename(gold.source).replace(/^\d+-sfs-(\d{4})-(\d+)-.*/, '$1:$2'))?.[1];
      const text = readFileSync(resolve(here, `${split}-gold`, gold.source), 'utf8');
      if (own && !text.includes(own)) continue;
      checked++;
      expect(gold.expect.legal_basis ?? []).toContain(own);
    }
    expect(checked).toBeGreaterThan(60);
  });
});
