import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, type Diagnostic } from '../../specs/diagnostics.js';
import { diffSpecs, type Change } from '../../specs/diff/index.js';
import { matchItems } from '../../specs/diff/lists.js';
import { loadSpec } from '../../specs/load.js';
import { grantSpec, type Anvisning, type EvidenceEntry, type ExtractedSpec } from '../../specs/schema/index.js';
import { itemText } from '../../specs/schema/scalars.js';
import { extractWithDoc } from '../index.js';
import { lintText } from '../lint/run.js';
import { notesOf } from '../notes.js';
import type { ReadOptions } from '../read/index.js';
import { locate, normalizeWithOffsets, type Normalized } from './locate.js';

export { formatUpdate } from './format.js';

// `grantspec update`: this year's anvisning against last year's curated spec. The new spec is the
// extraction of the new source, plus what an editor added by hand last year (values the extractor
// does not produce) wherever the new text still says it — re-grounded in the new text. What the new
// text no longer supports stays out and is listed for review. Every value gets one status.

export type Status = 'new' | 'same' | 'changed' | 'carried' | 'needs-review';
export const STATUSES: readonly Status[] = ['new', 'same', 'changed', 'carried', 'needs-review'];

export interface ValueStatus {
  /** the field path in the new spec; for needs-review, the path it had last year */
  readonly path: string;
  readonly status: Status;
  readonly value?: unknown;
  /** last year's value, for same, changed, carried and needs-review */
  readonly old?: unknown;
  /** the evidence in the new source (none for needs-review) */
  readonly evidence?: EvidenceEntry;
  /** last year's evidence */
  readonly oldEvidence?: EvidenceEntry;
}

export interface Update {
  readonly spec: ExtractedSpec;
  readonly values: ValueStatus[];
  /** the previous spec's file, when there was one */
  readonly previousFile?: string;
  readonly previous?: Anvisning;
  /** the new source as read (for the review page and lint) */
  readonly source: string;
  /** what the extractor gave, before last year's values were carried in */
  readonly extracted: ExtractedSpec;
  /** what the extraction read but left out (extract/notes.ts): the notes `extract`, `lint` and `review` report for the same text */
  readonly notes: Diagnostic[];
}

const SKIP = new Set(['spec', 'kind', 'id', 'source', 'evidence']);
// An editor's classification, not a claim of the text: carried as it is, with no quote to find.
const EDITORIAL = new Set(['themes']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The latest spec before `year` in DIR/ID: YEAR-1.yaml, or the latest earlier year there is. */
export async function previousSpecFile(specsDir: string, grant: string, year: number): Promise<string | undefined> {
  const names = await readdir(join(specsDir, grant)).catch(() => [] as string[]);
  const years = names.map((n) => /^(\d{4})\.yaml$/u.exec(n)?.[1]).filter((y): y is string => y !== undefined).map(Number).filter((y) => y < year).sort((a, b) => b - a);
  return years.length ? join(specsDir, grant, `${years[0]}.yaml`) : undefined;
}

/**
 * The value units of a spec, by path: scalars, each item of a list, and objects that carry evidence
 * as a whole (a vague date {year, part, text}). Lists are reported apart, to be matched item by item.
 */
function units(spec: object, keys: ReadonlySet<string>): { scalars: Map<string, unknown>; lists: Map<string, unknown[]> } {
  const scalars = new Map<string, unknown>();
  const lists = new Map<string, unknown[]>();
  const walk = (v: unknown, path: string[]): void => {
    const p = path.join('.');
    if (Array.isArray(v)) lists.set(p, v);
    else if (isObject(v) && !keys.has(p)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else scalars.set(p, v);
  };
  for (const [k, v] of Object.entries(spec)) if (!SKIP.has(k)) walk(v, [k]);
  return { scalars, lists };
}

/** Evidence of a value: its own entry, or the first entry below it (funding.parts.0.amount for funding.parts.0). */
function evidenceOf(spec: { evidence: Record<string, EvidenceEntry> }, path: string): EvidenceEntry | undefined {
  return spec.evidence[path] ?? Object.entries(spec.evidence).find(([k]) => k.startsWith(`${path}.`))?.[1];
}

/** Fresh evidence in the new source for a value of last year: its quote, or the value's own words. */
function reground(n: Normalized, value: unknown, old: EvidenceEntry | undefined): EvidenceEntry | undefined {
  const tries = [old?.quote, typeof value === 'string' ? value : isObject(value) && typeof value.text === 'string' ? value.text : undefined];
  for (const t of tries) {
    // a word or two ("region") occurs anywhere; only a phrase says the same thing again
    if (t === undefined || t.trim().length < 12) continue;
    const f = locate(n, t);
    if (f) return { line: f.line, column: f.column, quote: f.quote };
  }
  return undefined;
}

function setAt(o: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = o;
  for (const k of path.slice(0, -1)) {
    if (!isObject(cur[k])) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

/** The statuses and the new spec, from the extraction and last year's spec. Pure. */
export function compare(extracted: ExtractedSpec, previous: Anvisning | undefined, source: string): { spec: ExtractedSpec; values: ValueStatus[] } {
  const spec = structuredClone(extracted) as ExtractedSpec & Record<string, unknown>;
  const evidence: Record<string, EvidenceEntry> = { ...extracted.evidence };
  const values: ValueStatus[] = [];
  const oldSpec = previous ?? { evidence: {} as Record<string, EvidenceEntry> };
  const keys = new Set([...Object.keys(extracted.evidence), ...Object.keys(oldSpec.evidence)]);
  const now = units(extracted, keys);
  const before = previous ? units(previous, keys) : { scalars: new Map<string, unknown>(), lists: new Map<string, unknown[]>() };
  const n = normalizeWithOffsets(source);
  const lost = (path: string, old: unknown): void => {
    const oldEvidence = evidenceOf(oldSpec, path);
    values.push({ path, status: 'needs-review', old, ...(oldEvidence ? { oldEvidence } : {}) });
  };

  for (const [path, value] of now.scalars) {
    const ev = evidenceOf(extracted, path);
    const base = { path, value, ...(ev ? { evidence: ev } : {}) };
    if (!before.scalars.has(path)) values.push({ ...base, status: 'new' });
    else {
      const old = before.scalars.get(path);
      const oldEvidence = evidenceOf(oldSpec, path);
      values.push({ ...base, status: same(old, value) ? 'same' : 'changed', old, ...(oldEvidence ? { oldEvidence } : {}) });
    }
  }
  for (const [path, old] of before.scalars) {
    if (now.scalars.has(path) || now.lists.has(path)) continue;
    // the extractor does not produce it: an editor's value, kept where the new text still says it
    const fresh = reground(n, old, evidenceOf(oldSpec, path));
    if (!fresh) { lost(path, old); continue; }
    setAt(spec, path.split('.'), old);
    evidence[path] = fresh;
    const oldEvidence = evidenceOf(oldSpec, path);
    values.push({ path, status: 'carried', value: old, old, evidence: fresh, ...(oldEvidence ? { oldEvidence } : {}) });
  }

  for (const path of new Set([...now.lists.keys(), ...before.lists.keys()])) {
    const ys = now.lists.get(path) ?? [];
    const xs = before.lists.get(path) ?? [];
    const { pairs, removed, added } = matchItems(xs.map(itemText), ys.map(itemText));
    for (const [i, j] of pairs) {
      const ev = evidenceOf(extracted, `${path}.${j}`);
      const oldEvidence = evidenceOf(oldSpec, `${path}.${i}`);
      values.push({ path: `${path}.${j}`, status: same(xs[i], ys[j]) ? 'same' : 'changed', value: ys[j], old: xs[i], ...(ev ? { evidence: ev } : {}), ...(oldEvidence ? { oldEvidence } : {}) });
    }
    for (const j of added) {
      const ev = evidenceOf(extracted, `${path}.${j}`);
      values.push({ path: `${path}.${j}`, status: 'new', value: ys[j], ...(ev ? { evidence: ev } : {}) });
    }
    const list = [...ys];
    for (const i of removed) {
      const oldEvidence = evidenceOf(oldSpec, `${path}.${i}`);
      if (EDITORIAL.has(path)) {
        values.push({ path: `${path}.${list.length}`, status: 'carried', value: xs[i], old: xs[i] });
        list.push(xs[i]);
        continue;
      }
      const fresh = reground(n, xs[i], oldEvidence);
      if (!fresh) { lost(`${path}.${i}`, xs[i]); continue; }
      const at = `${path}.${list.length}`;
      list.push(xs[i]);
      evidence[at] = fresh;
      values.push({ path: at, status: 'carried', value: xs[i], old: xs[i], evidence: fresh, ...(oldEvidence ? { oldEvidence } : {}) });
    }
    if (list.length > ys.length) setAt(spec, path.split('.'), list);
  }
  spec.evidence = evidence;
  values.sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.path.localeCompare(b.path, 'en', { numeric: true }));
  return { spec, values };
}

export interface UpdateOptions extends ReadOptions {
  readonly grant: string;
  readonly year: number;
  readonly specsDir: string;
  readonly cwd?: string;
}

/** Extract SOURCE, load the grant's previous spec, and compare: nothing is written here. */
export async function update(file: string, o: UpdateOptions): Promise<Update> {
  const { spec: extracted0, doc } = await extractWithDoc(file, o.cwd ?? process.cwd(), o);
  if (extracted0.kind !== 'anvisning') fail(file, 'not-an-anvisning', 'is an återrapporteringsformulär; update carries an anvisning forward: give the year\'s anvisning');
  if (extracted0.year !== undefined && extracted0.year !== o.year) {
    fail(file, 'year-mismatch', `states the grant year ${extracted0.year}, not ${o.year}; check the file, or give --year ${extracted0.year}`);
  }
  const extracted: ExtractedSpec = { ...extracted0, id: o.grant, year: o.year };
  const previousFile = await previousSpecFile(o.specsDir, o.grant, o.year);
  let previous: Anvisning | undefined;
  if (previousFile) {
    const loaded = await loadSpec(previousFile);
    const d = loaded.diagnostics.find((x) => x.severity === 'error');
    if (d || !loaded.spec) fail(d?.file ?? previousFile, d?.rule ?? 'invalid-spec', `${d?.message ?? 'does not load'}; fix last year's spec first (grantspec validate ${previousFile})`, d);
    if (loaded.spec.kind !== 'anvisning') fail(previousFile, 'not-an-anvisning', 'is not an anvisning spec');
    previous = loaded.spec;
  }
  const { spec, values } = compare(extracted, previous, doc.source);
  const checked = grantSpec.safeParse(spec);
  if (!checked.success) fail(file, 'update-invalid', `the updated spec does not fit the schema at ${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}; please report it`);
  return { spec, values, extracted, source: doc.source, notes: notesOf(doc, file), ...(previousFile ? { previousFile } : {}), ...(previous ? { previous } : {}) };
}

/** Counts by status, in the statuses' order. */
export function summary(values: readonly ValueStatus[]): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const v of values) out[v.status]++;
  return out;
}

/** What the editor's review page for the year shows: the update, the changes against last year, the lint findings. */
export async function updateReview(file: string, o: UpdateOptions): Promise<{
  file: string; source: string; title: string; year: number; previousFile?: string; previousSource?: string;
  values: ValueStatus[]; changes: Change[]; findings: Diagnostic[];
}> {
  const u = await update(file, o);
  return {
    file, source: u.source, title: u.spec.title, year: o.year, values: u.values,
    // the new text decides whether a value it still states is a change or an extraction gap
    changes: u.previous ? diffSpecs(u.previous, u.spec, { newText: u.source }).changes : [],
    // the extraction's notes too (funding-parts-unkept, year-out-of-range …), as `grantspec review FILE` shows them
    findings: lintText(file, u.source, u.spec, u.notes),
    ...(u.previousFile ? { previousFile: u.previousFile } : {}),
    ...(u.previous ? { previousSource: u.previous.source.path } : {}),
  };
}
