import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractWithDoc } from '../extract/index.js';
import { formatScore, type Score } from './corpus-accuracy.js';

// The own corpus as saved pages and Word documents (test/corpus/<split>-html, -docx, made from
// its texts by test/fixtures/html/make-fixtures.mjs corpus), scored against the gold of the plain
// texts by the project's scorer, unchanged (test/fixtures/corpus/score-extract.mjs). The scorer
// runs `grantspec extract <source>` per gold file; here every spec is extracted once, in process
// (about 30 times faster than a node start per file), and the scorer finds it through a stand-in
// `grantspec` that prints the stored spec. The scorer grounds every quote, and checks every contact,
// against the plain text (as stored, and with a markdown text's [link](url) read as its link text,
// as a page or a Word document shows it): a quote or an e-mail taken from the page chrome or Word's
// header is ungrounded or invented there.
// Besides the score: quotes grounded in the variant's own visible text, specs equal to the plain
// text's field by field (evidence places apart), and chrome leaks: a title, contact, date or year
// that only the template's chrome holds (test/corpus/variants.json) and the plain spec lacks.

export type Format = 'txt' | 'html' | 'docx';
type Spec = Record<string, unknown>;
interface Chrome { titles: string[]; contacts: string[]; dates: string[]; years: number[] }
interface Manifest { templates: Record<string, Chrome>; variants: Record<string, { html: string; docx: string }> }

export interface VariantReport {
  split: string;
  format: Format;
  score: Score;
  /** docs whose spec equals the plain text's, field by field, evidence places apart */
  same: number;
  docs: number;
  /** evidence quotes found in the variant's own visible text */
  visible: { grounded: number; quotes: number };
  /** "<doc>: title 'Kulturbidrag 2025' (kommun chrome)", … */
  leaks: string[];
  /** per-document scorer lines (dev only is printed) */
  lines: string[];
}

const SUMMARY = /^fields right (\d+)\/(\d+) \([\d.]+%\), wrong (\d+), docs failed (\d+), quotes grounded (\d+)\/(\d+)/m;
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
const digits = (s: string): string => s.replace(/\D/gu, '');

/** A spec without the places that differ by format: its source and its evidence positions. */
export function comparable(spec: Spec): Spec {
  const { source, evidence, ...rest } = spec;
  void source;
  const quotes = Object.fromEntries(Object.entries((evidence ?? {}) as Record<string, { quote?: string }>).map(([k, e]) => [k, e.quote]));
  return { ...rest, evidence: quotes };
}

/** Every string in a spec's fields (not its evidence), with the path it stands at. */
function strings(v: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof v === 'string' || typeof v === 'number') out.push([path, String(v)]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}.${i}`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'evidence' && k !== 'source') strings(x, path ? `${path}.${k}` : k, out);
  return out;
}

/** Titles, contacts, dates and years of `spec` that only the chrome holds and `plain` does not have. */
export function chromeLeaks(spec: Spec, plain: Spec | undefined, chrome: Chrome): string[] {
  const out: string[] = [];
  const mine = strings(spec, '', []);
  const theirs = new Set(strings(plain ?? {}, '', []).map(([, s]) => norm(s)));
  const title = typeof spec.title === 'string' ? norm(spec.title) : '';
  if (title && !theirs.has(title)) {
    for (const t of chrome.titles) if (title.includes(norm(t)) || norm(t).includes(title)) out.push(`title '${String(spec.title)}' (menu or page title '${t}')`);
  }
  for (const [path, s] of mine) {
    if (theirs.has(norm(s))) continue;
    if (path.startsWith('contacts')) {
      for (const c of chrome.contacts) {
        if (c.includes('@') ? norm(s).includes(norm(c)) : digits(s).length >= 6 && digits(s).includes(digits(c))) out.push(`${path} '${s}' (footer '${c}')`);
      }
    }
    for (const d of chrome.dates) if (s.includes(d)) out.push(`${path} '${s}' (chrome date ${d})`);
  }
  if (typeof spec.year === 'number' && spec.year !== plain?.year && chrome.years.includes(spec.year)) out.push(`year ${spec.year} (a year only the chrome names)`);
  return out;
}

interface Extracted { spec?: Spec; visible?: string; error?: string }

async function extractOne(file: string, root: string): Promise<Extracted> {
  try {
    const { spec, doc } = await extractWithDoc(file, root);
    return { spec: spec as unknown as Spec, visible: norm(doc.source) };
  } catch (e) {
    return { error: String((e as Error).message ?? e).split('\n')[0] };
  }
}

/** Run the project's scorer on `gold` with the specs already extracted (by source basename). */
function score(root: string, tmp: string, goldDir: string, golds: string[], specs: Map<string, Extracted>, label: string): { score: Score; lines: string[] } {
  const dir = join(tmp, label);
  const gold = join(dir, 'gold');
  const store = join(dir, 'specs');
  const ground = join(dir, 'text');
  mkdirSync(gold, { recursive: true });
  mkdirSync(store);
  mkdirSync(ground);
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  const bin = join(dir, 'node_modules/.bin/grantspec');
  // called as: grantspec extract <source> --format json
  writeFileSync(bin, '#!/bin/sh\nf="$GRANTSPEC_STORED/$(basename "$2")"\nif [ -f "$f.json" ]; then cat "$f.json"; else cat "$f.err" >&2; exit 1; fi\n');
  chmodSync(bin, 0o755);
  for (const f of golds) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string };
    const src = resolve(goldDir, g.source);
    const text = readFileSync(src, 'utf8');
    writeFileSync(join(ground, basename(src)), `${text}\n\n${text.replace(/\[([^\]\n]*)\]\([^()\s]*\)/gu, '$1')}`);
    writeFileSync(join(gold, f), JSON.stringify({ ...g, source: join(ground, basename(src)) }));
    const x = specs.get(basename(src));
    if (x?.spec) writeFileSync(join(store, `${basename(src)}.json`), JSON.stringify(x.spec));
    else writeFileSync(join(store, `${basename(src)}.err`), `grantspec: ${x?.error ?? 'not extracted'}\n`);
  }
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(root, 'test/fixtures/corpus/score-extract.mjs'), gold, '0', '--verbose'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, GRANTSPEC_STORED: store }, maxBuffer: 64 << 20 });
  } catch (e) {
    // the scorer exits 1 whenever a field is short; its report is still complete
    out = String((e as { stdout?: string }).stdout ?? '');
    // ... unless it stopped: then say why rather than score 0/0
    if (!SUMMARY.test(out)) {
      const x = e as { stderr?: string; signal?: string; status?: number; message?: string };
      process.stderr.write(`variant scorer (${label}) stopped (exit ${x.status ?? '-'}, signal ${x.signal ?? '-'}): ${(x.stderr || x.message || String(e)).slice(0, 2000)}\n`);
    }
  }
  const m = SUMMARY.exec(out);
  const [right, total, wrong, failed, grounded, quotes] = (m ? m.slice(1).map(Number) : [0, 0, 0, 0, 0, 0]) as [number, number, number, number, number, number];
  return { score: { right, total, wrong, failed, grounded, quotes }, lines: out.split('\n').filter((l) => l.trim() && !SUMMARY.test(l)) };
}

/** The variant of a corpus text: test/corpus/dev/x.txt → test/corpus/dev-html/x.html. */
export function variantOf(txt: string, format: Exclude<Format, 'txt'>): string {
  const dir = resolve(txt, '..');
  return join(`${dir}-${format}`, `${basename(txt, '.txt')}.${format}`);
}

export async function scoreVariants(root: string, split: 'dev' | 'test'): Promise<VariantReport[]> {
  const goldDir = join(root, `test/corpus/${split}-gold`);
  const manifest = JSON.parse(readFileSync(join(root, 'test/corpus/variants.json'), 'utf8')) as Manifest;
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  const txts = golds.map((f) => resolve(goldDir, (JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string }).source));
  const tmp = mkdtempSync(join(tmpdir(), 'grantspec-variants-'));
  const reports: VariantReport[] = [];
  try {
    const plain = new Map<string, Extracted>();
    for (const t of txts) plain.set(basename(t), await extractOne(t, root));
    for (const format of ['txt', 'html', 'docx'] as const) {
      const specs = format === 'txt' ? plain : new Map<string, Extracted>();
      const r: VariantReport = { split, format, score: { right: 0, total: 0, wrong: 0, failed: 0, grounded: 0, quotes: 0 }, same: 0, docs: txts.length, visible: { grounded: 0, quotes: 0 }, leaks: [], lines: [] };
      for (const t of txts) {
        const name = basename(t);
        const file = format === 'txt' ? t : variantOf(t, format);
        const x = format === 'txt' ? plain.get(name)! : existsSync(file) ? await extractOne(file, root) : { error: `no ${format} variant` };
        if (format !== 'txt') specs.set(name, x);
        const p = plain.get(name)?.spec;
        if (x.spec && p && JSON.stringify(comparable(x.spec)) === JSON.stringify(comparable(p))) r.same++;
        for (const e of Object.values((x.spec?.evidence ?? {}) as Record<string, { quote?: string }>)) {
          r.visible.quotes++;
          if (e.quote && x.visible?.includes(norm(e.quote))) r.visible.grounded++;
        }
        if (x.spec && format !== 'txt') {
          const v = manifest.variants[`${split}/${basename(t, '.txt')}`];
          const chrome = manifest.templates[format === 'html' ? v?.html ?? '' : 'docx'];
          if (chrome) for (const l of chromeLeaks(x.spec, p, chrome)) r.leaks.push(`${basename(t, '.txt')}.${format}: ${l}`);
        }
      }
      const s = score(root, tmp, goldDir, golds, specs, format);
      r.score = s.score;
      r.lines = s.lines;
      reports.push(r);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return reports;
}

/** The report's lines: per format its score, the plain text's beside it, the checks; on dev, what a format loses. */
export function formatVariants(reports: readonly VariantReport[]): string[] {
  const out: string[] = [];
  const plain = reports.find((r) => r.format === 'txt');
  for (const r of reports) {
    const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '0.0');
    out.push(`${r.split} ${r.format.padEnd(4)}: ${formatScore(r.score)}; quotes in its visible text ${r.visible.grounded}/${r.visible.quotes} (${pct(r.visible.grounded, r.visible.quotes)}%)`
      + (r.format === 'txt' ? '' : `; specs equal to the plain text's ${r.same}/${r.docs}; chrome leaks ${r.leaks.length}`));
    if (r.format === 'txt' || r.split !== 'dev') continue;
    // dev only: the documents a format scores differently from the plain text, and every leak
    const before = new Map((plain?.lines ?? []).map((l) => [l.split(':')[0], l]));
    for (const l of r.lines) {
      const p = before.get(l.split(':')[0]);
      if (p && p.replace(/; quotes grounded.*/u, '') !== l.replace(/; quotes grounded.*/u, '')) out.push(`  ${r.format} ${l}\n    txt ${p.slice(p.indexOf(':') + 2)}`);
    }
  }
  for (const r of reports) for (const l of r.split === 'dev' ? r.leaks : []) out.push(`  chrome leak: ${l}`);
  return out;
}
