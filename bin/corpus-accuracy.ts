import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Scores one split of the project's own corpus (test/corpus/{dev,test}-gold) with the scorer the
// project is measured by, once per genre, so `npm run accuracy` can show where the extractor is
// short. The scorer reads a whole gold folder, so each genre gets a temporary folder holding its
// gold files with the source path made absolute; each document is still extracted exactly once.

export type Score = { right: number; total: number; wrong: number; failed: number; grounded: number; quotes: number };

export type SplitScore = { total: Score; genres: Array<[string, Score]>; lines: string[] };

const SUMMARY = /^fields right (\d+)\/(\d+) \([\d.]+%\), wrong (\d+), docs failed (\d+), quotes grounded (\d+)\/(\d+)/m;

function parseSummary(out: string): Score {
  const m = SUMMARY.exec(out);
  if (!m) return { right: 0, total: 0, wrong: 0, failed: 0, grounded: 0, quotes: 0 };
  const [right, total, wrong, failed, grounded, quotes] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return { right, total, wrong, failed, grounded, quotes };
}

function add(a: Score, b: Score): Score {
  return { right: a.right + b.right, total: a.total + b.total, wrong: a.wrong + b.wrong, failed: a.failed + b.failed, grounded: a.grounded + b.grounded, quotes: a.quotes + b.quotes };
}

export function formatScore(s: Score): string {
  const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '0.0');
  return `fields right ${s.right}/${s.total} (${pct(s.right, s.total)}%), wrong ${s.wrong}, docs failed ${s.failed}, quotes grounded ${s.grounded}/${s.quotes} (${pct(s.grounded, s.quotes)}%)`;
}

export function scoreSplit(root: string, goldDir: string): SplitScore {
  const byGenre = new Map<string, string[]>();
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
    const genre = String((JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { genre?: string }).genre ?? 'other');
    byGenre.set(genre, [...(byGenre.get(genre) ?? []), f]);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'grantspec-corpus-'));
  const scorer = join(root, 'test/fixtures/corpus/score-extract.mjs');
  let total: Score = { right: 0, total: 0, wrong: 0, failed: 0, grounded: 0, quotes: 0 };
  const genres: Array<[string, Score]> = [];
  const lines: string[] = [];
  try {
    for (const [genre, files] of [...byGenre].sort(([a], [b]) => a.localeCompare(b))) {
      const dir = join(tmp, genre);
      mkdirSync(dir);
      for (const f of files) {
        const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string };
        writeFileSync(join(dir, f), JSON.stringify({ ...gold, source: resolve(goldDir, gold.source) }));
      }
      let out: string;
      try {
        out = execFileSync(process.execPath, [scorer, dir, '0', '--verbose'], { cwd: root, encoding: 'utf8' });
      } catch (e) {
        // The scorer exits 1 whenever a field is wrong or missing; its report is still complete.
        out = String((e as { stdout?: string }).stdout ?? '');
      }
      const s = parseSummary(out);
      genres.push([genre, s]);
      total = add(total, s);
      lines.push(...out.split('\n').filter((l) => l.trim() && !SUMMARY.test(l)));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { total, genres, lines };
}
