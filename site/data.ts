import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Diagnostic } from '../specs/diagnostics.js';
import { diffSpecs, type Change, type ChangeReport } from '../specs/diff/index.js';
import { loadSpecFast as loadSpec } from '../specs/load.js';
import type { Allocation, Anvisning, GrantSpec, ReportingForm } from '../specs/schema/index.js';

// The specs the site is built from, grouped by grant and year, with the source texts of the
// grants that have two years or more: "Nytt i år" and the feeds compare both years' texts too
// (specs/diff/text.ts), as `grantspec diff` does.

export interface Grant {
  readonly id: string;
  readonly years: Anvisning[];
  readonly forms: ReportingForm[];
  /** allocation lists, by year and recipient type */
  readonly allocations: Allocation[];
  /**
   * The source texts of its anvisningar, by the `source.path` their specs name, as `grantspec diff`
   * reads them (extract/read); only for a grant with two years or more, and only the texts that could be read
   */
  readonly texts?: ReadonlyMap<string, string>;
}

export interface SiteData {
  readonly grants: Grant[];
  readonly diagnostics: Diagnostic[];
  /**
   * Every source file read for the texts (absolute path) with the md5 of its bytes, or
   * 'unreadable': what the pages made from them depend on besides the specs (the build's cache keys)
   */
  readonly sources: Array<[string, string]>;
}

/** The project root a spec's source path is relative to: the folder holding its specs/ folder (as validate reads it). */
export function rootFor(file: string): string {
  const parts = resolve(file).split(sep);
  const i = parts.lastIndexOf('specs');
  return i > 0 ? parts.slice(0, i).join(sep) || sep : process.cwd();
}

/** A source file's text as extract reads it (encoding, BOM, line ends, a PDF's layout), and the md5 of its bytes; undefined text when it cannot be read. */
async function readText(path: string): Promise<{ text?: string; hash: string }> {
  let bytes: Buffer;
  try { bytes = await readFile(path); } catch { return { hash: 'unreadable' }; }
  const hash = createHash('md5').update(bytes).digest('hex');
  try {
    const { sourceText } = await import('../extract/read/index.js');
    return { text: (await sourceText(bytes, path)).text, hash };
  } catch {
    return { hash };
  }
}

/** What happened to a sentence the text-level pass reports, in the words "Nytt i år" and the feeds both use. */
export const TEXT_KIND: Readonly<Record<Change['kind'], string>> = { added: 'ny mening', removed: 'anges inte längre', changed: 'ändrad mening' };

/**
 * The change report between a grant's year and the year before, from both specs and, where both
 * are at hand, both source texts: what "Nytt i år" and the feeds show (the same records as
 * `grantspec diff`, text-level changes included).
 */
export function yearChanges(g: Grant, previous: Anvisning, spec: Anvisning): ChangeReport {
  const oldText = g.texts?.get(previous.source.path);
  const newText = g.texts?.get(spec.source.path);
  return diffSpecs(previous, spec, oldText !== undefined && newText !== undefined ? { oldText, newText } : {});
}

/** One grant year against the year before: the change report "Nytt i år" shows and the feeds list. */
export interface YearReport {
  readonly grant: string;
  readonly previous: Anvisning;
  readonly spec: Anvisning;
  readonly report: ChangeReport;
}

/**
 * The change report of each of a grant's years against the year before, newest first: made once
 * per build, where the grant is rendered (pages.ts renderGrant), and handed on to the feeds
 * (feeds.ts) — the texts read and the diffs computed once, not again for the feeds.
 */
export function yearReports(g: Grant): YearReport[] {
  return g.years.flatMap((spec, k) => {
    const previous = g.years[k + 1];
    return previous ? [{ grant: g.id, previous, spec, report: yearChanges(g, previous, spec) }] : [];
  });
}

/**
 * Load spec files (in the order given) and group them by grant id, newest year first. A file in
 * `loaded` (specs validation has just read, by path) is not read again.
 */
export async function loadGrants(files: readonly string[], loaded?: ReadonlyMap<string, GrantSpec>): Promise<SiteData> {
  const byId = new Map<string, { years: Anvisning[]; forms: ReportingForm[]; allocations: Allocation[]; files: Map<Anvisning, string> }>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let spec = loaded?.get(file);
    if (!spec) {
      const read = await loadSpec(file);
      diagnostics.push(...read.diagnostics);
      spec = read.spec;
    }
    if (!spec) continue;
    const entry = byId.get(spec.id) ?? { years: [], forms: [], allocations: [], files: new Map<Anvisning, string>() };
    if (spec.kind === 'anvisning') { entry.years.push(spec); entry.files.set(spec, file); }
    else if (spec.kind === 'reporting-form') entry.forms.push(spec);
    else entry.allocations.push(spec);
    byId.set(spec.id, entry);
  }
  // each source read once (and hashed once) however many specs name it
  const reads = new Map<string, Promise<{ text?: string; hash: string }>>();
  const grants: Grant[] = [];
  for (const [id, g] of [...byId.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const years = g.years.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    const texts = new Map<string, string>();
    if (years.length >= 2) {
      for (const spec of years) {
        const path = resolve(rootFor(g.files.get(spec)!), spec.source.path);
        if (!reads.has(path)) reads.set(path, readText(path));
        const read = await reads.get(path)!;
        if (read.text !== undefined) texts.set(spec.source.path, read.text);
      }
    }
    grants.push({
      id, years,
      forms: g.forms.sort((a, b) => (b.year ?? 0) - (a.year ?? 0)),
      allocations: g.allocations.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.to.localeCompare(b.to)),
      ...(texts.size ? { texts } : {}),
    });
  }
  const sources: Array<[string, string]> = [];
  for (const [path, read] of reads) sources.push([path, (await read).hash]);
  return { grants, diagnostics, sources: sources.sort(([a], [b]) => a.localeCompare(b)) };
}
