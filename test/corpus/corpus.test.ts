import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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

// A text repeats a dev text when most of its 8-word runs occur in that one dev text. Texts of one
// body share boilerplate (the highest such share between splits is 49 %), never most of a text.
const shingles = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(0, Math.max(0, words.length - 7)).map((_, i) => words.slice(i, i + 8).join(' ')));
};
const devFiles = readdirSync(join(here, 'dev')).filter((f) => f.endsWith('.txt')).sort();
let devIndex: Map<string, number[]> | undefined;
const repeatOfDev = (name: string, text: string): string[] => {
  if (!devIndex) {
    const index = new Map<string, number[]>();
    devFiles.forEach((f, i) => {
      for (const s of shingles(readFileSync(join(here, 'dev', f), 'utf8'))) index.set(s, [...(index.get(s) ?? []), i]);
    });
    devIndex = index;
  }
  const own = shingles(text);
  const hits = new Map<number, number>();
  for (const s of own) for (const i of devIndex.get(s) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
  const [best, count] = [...hits].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
  return own.size > 0 && count / own.size >= 0.6 ? [`${name} ~ dev/${devFiles[best]!} (${Math.round((100 * count) / own.size)} %)`] : [];
};

describe('own corpus gold', () => {
  it('has both splits, disjoint, every text with exactly one gold file', () => {
    const texts = ['dev', 'test'].map((s) => readdirSync(join(here, s)).filter((f) => f.endsWith('.txt')));
    expect(texts[0]!.length).toBeGreaterThanOrEqual(30);
    expect(texts[1]!.length).toBeGreaterThanOrEqual(30);
    expect(texts[0]!.filter((f) => texts[1]!.includes(f))).toEqual([]);
    expect(golds.map((g) => basename(g.gold.source)).sort()).toEqual([...texts[0]!, ...texts[1]!].sort());
  });

  // A held-out text that is also in dev (test 465 was the first 2 000 characters of dev 727) is tuned
  // on and no longer held out.
  it('holds no test text that repeats a dev text', () => {
    const repeats = readdirSync(join(here, 'test')).filter((f) => f.endsWith('.txt')).sort()
      .flatMap((f) => repeatOfDev(`test/${f}`, readFileSync(join(here, 'test', f), 'utf8')));
    expect(repeats).toEqual([]);
  });

  // The same for the held-out diff pairs (dev 1376, 1378 and 1380 were the older sides of h60, h14, h12).
  // Two reuses are by design and written in PAIRS.md: p16 is dev 03 and q10 is dev 264, their other side unseen.
  it('holds no held-out diff pair text that repeats a dev text, but the two PAIRS.md names', () => {
    const pairs = (parse(readFileSync(resolve(here, '../fixtures/diff/pairs.yaml'), 'utf8')) as { pairs: { old: string; new: string; heldout?: boolean }[] }).pairs;
    // (a pair side named by its dev path is a dev text by design; the fixtures are the unseen sides)
    const texts = [...new Set(pairs.filter((p) => p.heldout).flatMap((p) => [p.old, p.new]))].filter((t) => t.startsWith('test/fixtures/diff/')).sort();
    const repeats = texts.flatMap((t) => repeatOfDev(basename(t), readFileSync(resolve(here, '../..', t), 'utf8')));
    expect(repeats.map((r) => r.replace(/ \(.*/, ''))).toEqual([
      'p16-folkhalsomyndigheten-tobak-organisationsbidrag-2021.txt ~ dev/03-folkhalsomyndigheten-tobaksforebyggande-2021.txt',
      'q10-regeringen-aldreomsorgslyftet-2025.txt ~ dev/264-regeringen-aldreomsorgslyftet-2025.txt',
    ]);
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
