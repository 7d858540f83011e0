import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../specs/diagnostics.js';
import type { GrantSpec } from '../specs/schema/index.js';
import { specFiles, type Validated } from '../specs/validate.js';
import { buildGroup, type GroupJob, type GroupResult } from './group.js';
import { renderSiteWide, type Bytes, type Emit, type GrantSummary } from './pages.js';
import { loadGrants, rootFor, yearReports, type YearReport } from './data.js';
import { entriesOf, feedsOf } from './feeds.js';
import { vendorAssets } from './vendor.js';
import { loadReference } from '../specs/reference/index.js';
import { loadTemplates } from './render.js';
import { Fragments } from './fragments.js';
import { acquireLock, cacheFolder, commitInto, hasStamp, removeLeftovers, removeOwn, Spares, stagingFolder, stampOf, swapInto, withCleanup, writeCacheFile, Writer, type Stamp } from './write.js';

// `grantspec build`: specs → outDir/site and outDir/checklists, incrementally. The build keeps a
// cache (outside the output: see write.ts) of what the previous build into the same folder made:
// for each grant folder, a hash of its spec files, the source texts its "Nytt i år" compared (path
// and hash: data.ts), the files it rendered and the grant's summary for the site-wide pages; for
// each site-wide page, a hash of its template and data; for each spec file and source text read,
// its stat and hash (a file whose stat is unchanged is not read again), and each spec's validation;
// and the compiled templates (render.ts). A rebuild validates and renders only the grant folders
// whose specs or compared texts changed, keeps every other file of the previous output, renders the site-wide pages
// whose data changed (index, calendar, search index, feeds always; a recipient's page when a grant
// it lists changed: assembled from rows and calendar events made once, see pages.ts), and moves
// the result in: the output is byte for byte what a cold build writes (a test checks).
// Anything else that changed — templates, assets, --today, the program itself — makes a cold build.
// Dirty grants are split into shares rendered in worker threads on large machines; the output
// does not depend on how many threads made it (a test builds with 1 and with 2).

export interface BuildOptions {
  readonly specsDir: string;
  readonly templatesDir: string;
  readonly assetsDir: string;
  /** YYYY-MM-DD: what "open now" and "the coming 90 days" mean */
  readonly today: string;
  readonly outDir: string;
  /** threads rendering grants; default: one per core (at most 4), one for small sites */
  readonly jobs?: number;
  /**
   * Specs `grantspec validate` has just loaded and checked, by file path as specFiles gives it: the
   * build uses them instead of reading and parsing the files again (half the load time of
   * `grantspec build`), so it also renders exactly what was validated.
   */
  readonly specs?: ReadonlyMap<string, GrantSpec>;
  /**
   * Validate spec files (bin/ hands in `validatePaths` with the source reader): the build then
   * validates only the files that changed since the previous build and builds nothing when one has
   * an error.
   */
  readonly validate?: (files: readonly string[]) => Promise<Validated>;
  /** how long to wait for another build into the same folder to finish (default 60 s) */
  readonly waitMs?: number;
  /** false: render everything (the cache is still written) */
  readonly incremental?: boolean;
}

export interface BuildResult {
  readonly pages: number;
  readonly files: number;
  readonly diagnostics: Diagnostic[];
  readonly jobs: number;
  /** false when validation found errors: the output was left as it was */
  readonly built: boolean;
  /** grant folders rendered (the rest were kept from the previous build) and files written (the rest linked) */
  readonly rendered: number;
  readonly written: number;
  /** bytes written (into spares: only where they differed from the new content) */
  readonly bytes: number;
}

// A worker starts cold (about 0.2 s to load the modules, and its code is not optimised yet), and
// rendering is memory-bound: on a 2-core machine two threads took as long as one (1 000 grant-years,
// 1.4-1.5 s a half against 1.6-2.0 s for all). So threads only from 4 cores, and 200 specs a thread.
const FILES_PER_THREAD = 200;
const MIN_CORES = 4;

export function defaultJobs(specFiles: number, cores = availableParallelism()): number {
  if (cores < MIN_CORES) return 1;
  return Math.max(1, Math.min(cores, 4, Math.floor(specFiles / FILES_PER_THREAD)));
}

/**
 * A spec file's path relative to specsDir. The files specFiles lists are specsDir joined with what
 * lies below it: their relative path is what follows the joined prefix (path.relative resolves
 * both paths against the working folder on every call: 1 000 files, each looked up several times).
 */
function relativeTo(specsDir: string): (file: string) => string {
  const prefix = join(specsDir, sep);
  return (f) => (prefix !== `.${sep}` && f.startsWith(prefix) && !f.includes(`${sep}..${sep}`) ? f.slice(prefix.length) : relative(specsDir, f));
}

/** The first folder below specsDir of a spec file (its grant folder's name). */
function folderOf(specsDir: string): (file: string) => string {
  const rel = relativeTo(specsDir);
  return (f) => {
    const r = rel(f);
    const at = r.indexOf(sep);
    return at < 0 ? r : r.slice(0, at);
  };
}

/** The spec files by grant folder (the first folder below specsDir), in their original order. */
export function folders(files: readonly string[], specsDir: string): string[][] {
  const byFolder = new Map<string, string[]>();
  const top = folderOf(specsDir);
  for (const f of files) {
    const name = top(f);
    const list = byFolder.get(name);
    if (list) list.push(f); else byFolder.set(name, [f]);
  }
  return [...byFolder.values()];
}

/** Batches in n shares of about equal numbers of files, each share in the batches' original order. */
export function shares<T>(batches: ReadonlyArray<readonly T[]>, n: number): T[][][] {
  const buckets = Array.from({ length: n }, () => ({ size: 0, items: [] as number[] }));
  const order = batches.map((b, i) => i).sort((x, y) => batches[y]!.length - batches[x]!.length || x - y);
  for (const i of order) {
    const smallest = buckets.reduce((min, b) => (b.size < min.size ? b : min));
    smallest.items.push(i);
    smallest.size += batches[i]!.length;
  }
  return buckets.filter((b) => b.size).map((b) => b.items.sort((x, y) => x - y).map((i) => [...batches[i]!]));
}

/** The loaded specs of a share's files. */
function own(specs: ReadonlyMap<string, GrantSpec>, share: ReadonlyArray<readonly string[]>): Map<string, GrantSpec> {
  const out = new Map<string, GrantSpec>();
  for (const file of share.flat()) {
    const spec = specs.get(file);
    if (spec) out.set(file, spec);
  }
  return out;
}

function inWorker(job: GroupJob): Promise<GroupResult> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
    let result: GroupResult | undefined;
    worker.once('message', (r: GroupResult) => { result = r; });
    worker.once('error', fail);
    worker.once('exit', (code) => (result ? done(result) : fail(new Error(`a build thread stopped (exit code ${code}) before it finished`))));
  });
}


interface BatchEntry {
  readonly key: string;
  readonly files: string[];
  /** the files' stamps as the build left them, in the order of `files` (filled in after the commit) */
  stamps: Array<Stamp | null>;
  readonly summaries: GrantSummary[];
  /**
   * the source texts its pages were made from ("Nytt i år" compares both years' texts: see
   * data.ts), absolute path and md5 of the bytes (or 'unreadable'): an edited text renders the folder again
   */
  readonly sources: Array<[string, string]>;
}
interface CheckEntry { readonly hash: string; readonly deps: Array<[string, Stamp | null]>; readonly diagnostics: Diagnostic[] }
interface Manifest {
  readonly version: 6;
  /** the program, templates, assets and --today the output was made with */
  readonly key: string;
  readonly batches: Record<string, BatchEntry>;
  /** site-wide files by path: a hash of their key (pages: template and key), or of their content */
  readonly pages: Record<string, string>;
  /** the Atom feeds: a hash of the spec files and source texts they are made from, and their paths */
  readonly feeds?: { readonly key: string; readonly paths: string[] };
  /** every output file outside the grant folders' (site-wide pages, feeds, assets) as the build left it */
  readonly stamps: Record<string, Stamp>;
  /** validation by spec file; kept across changes of templates and --today */
  readonly checks: Record<string, CheckEntry>;
  /** each spec file's and each source text's stat and content hash: a file whose stat is unchanged is not read again */
  readonly specs?: Record<string, SpecSeen>;
  /**
   * What each site-wide file's spare holds (write.ts Spares): the hash of the key (or bytes) of the
   * content it had in the output when a commit replaced it, its stamp then, and the record of its
   * bytes (write.ts contentHash). A spare still so (its bytes read and hashed: a stamp survives a same-size edit with its
   * time set back) and asked for the same content again (an edit undone, a page back as it was) is
   * moved in as it is: its content is not made.
   */
  readonly spares?: Record<string, [hash: string, stamp: Stamp, content?: string]>;
  /** the record of the bytes (write.ts contentHash) of each site-wide file in the output: a spare's record when the file becomes one */
  readonly contents?: Record<string, string>;
}

/** A spec file's size, modification and change times and inode, and the hash of its bytes. */
type SpecSeen = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

/**
 * The hash of each spec file's bytes. A file whose size, times and inode are those the previous
 * build saw is not read again (what make and git trust too; times are in nanoseconds here, and an
 * edit that keeps all four is a deliberate forgery): reading and hashing 1 000 specs took a
 * quarter of a one-spec rebuild's fixed time.
 */
function hashSpecs(files: readonly string[], before: Readonly<Record<string, SpecSeen>> | undefined): { hashes: Map<string, string>; seen: Record<string, SpecSeen> } {
  const hashes = new Map<string, string>();
  const seen: Record<string, SpecSeen> = {};
  for (const f of files) {
    const st = statSync(f, { throwIfNoEntry: false });
    if (!st?.isFile()) { hashes.set(f, 'unreadable'); continue; }
    const was = before?.[f];
    let hash: string;
    if (was && was[0] === st.size && was[1] === st.mtimeMs && was[2] === st.ctimeMs && was[3] === st.ino) hash = was[4];
    else {
      try { hash = sha(readFileSync(f)); } catch { hashes.set(f, 'unreadable'); continue; }
    }
    hashes.set(f, hash);
    // a file changed while it was read gets a stat that differs next time, and is read again then
    seen[f] = [st.size, st.mtimeMs, st.ctimeMs, st.ino, hash];
  }
  return { hashes, seen };
}

// a cache key, not a signature: md5 is twice as fast as sha256 on the megabytes of page data
const sha = (s: string | Uint8Array): string => createHash('md5').update(s).digest('hex');

function shaBytes(b: Bytes): string {
  if (typeof b === 'string') return sha(b);
  const h = createHash('md5');
  for (const part of b) h.update(part);
  return h.digest('hex');
}

const bytesOf = (x: Bytes | (() => Bytes)): Bytes => (typeof x === 'function' ? x() : x);

/** Every file below dir (sorted), for hashing the templates, assets and the program. */
function treeHash(dirs: readonly string[]): string {
  const h = createHash('sha256');
  // a link is followed as the templates' loader follows it (a partial kept elsewhere and linked in:
  // skipping links left its edits out of the key, and the pages using it were kept as they were);
  // a folder reached twice (a link to a folder above) is walked once
  const seen = new Set<string>();
  const walk = (d: string): void => {
    const real = realpathSync(d);
    if (seen.has(real)) return;
    seen.add(real);
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      let st: { isDirectory(): boolean; isFile(): boolean } | undefined = e;
      // a link in a loop is keyed as a dangling one (the loader fails on it only where it reads it)
      if (e.isSymbolicLink()) try { st = statSync(p, { throwIfNoEntry: false }); } catch { st = undefined; }
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile()) h.update(p).update('\0').update(readFileSync(p)).update('\0');
      // a dangling link: its path, so its target's appearing changes the key
      else if (e.isSymbolicLink()) h.update(p).update('\0dangling\0');
    }
  };
  for (const d of dirs) walk(d);
  return h.digest('hex');
}

// the compiled program (site/, specs/, and extract/, whose reader gives "Nytt i år" the source
// texts: data.ts): a new version of grantspec is a cold build
const PROGRAM = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let programHash: string | undefined;
function programKey(): string {
  programHash ??= treeHash([join(PROGRAM, 'site'), join(PROGRAM, 'specs'), join(PROGRAM, 'extract')]);
  return programHash;
}

// the libraries the output goes through (templates, YAML, numbers), by version
const requireHere = createRequire(import.meta.url);
const LIBRARIES = ['handlebars', 'js-yaml', 'yaml', 'zod', 'decimal.js'];
function librariesKey(): string {
  return LIBRARIES.map((p) => {
    try { return `${p}@${(JSON.parse(readFileSync(requireHere.resolve(`${p}/package.json`), 'utf8')) as { version?: string }).version ?? '?'}`; } catch { return `${p}@?`; }
  }).join(' ');
}

/**
 * Everything the output depends on besides the specs: the program and the libraries it runs
 * (Node's own too: its ICU sorts Swedish titles), the templates and assets, the reference data
 * (kommuner, regioner), --today and the published address the calendars link to.
 */
function buildKey(o: BuildOptions): string {
  const ref = loadReference();
  return sha([
    programKey(), librariesKey(), `node ${process.version} icu ${process.versions.icu ?? ''}`,
    treeHash([o.templatesDir, o.assetsDir]), sha(JSON.stringify([ref.kommuner, ref.regioner, [...ref.lanNames]])),
    o.today, process.env.GRANTSPEC_SITE_URL ?? '',
  ].join('\0'));
}

// The manifest is a line of everything but the grant folders, then a line per folder: its key,
// files, stamps and the id, page count and digests of its grants' summaries, then each part of the
// summaries (events, search documents, offers…) as JSON after a tab. The file is read as bytes: a
// part is decoded and parsed only when a site-wide page that must be made again reads it (a
// reworded condition reads the search documents, not the offers or events), and a rebuild writes the
// bytes of the folders it kept as it read them (most of the 9 MB of 1 000 grant-years). Decoding,
// parsing, encoding and writing all of it took a fifth of a one-spec rebuild.
const lines = new WeakMap<BatchEntry, Buffer>();

const PARTS = ['events', 'ics', 'index', 'types', 'open', 'changes', 'offers', 'finder'] as const;
type Part = typeof PARTS[number];
type Meta = [id: string, pages: number, keys: GrantSummary['keys']];
const TAB = 9;
const NEWLINE = 10;

/**
 * A summary whose parts are parsed from their bytes when first read: getters on the prototype (a
 * thousand summaries defining eight properties each took a tenth of a second of a rebuild).
 */
class LazySummary {
  readonly id: string;
  readonly pages: number;
  readonly keys: GrantSummary['keys'];
  private readonly parsed: unknown[] = [];

  /** The summary's parts are the line's tab-separated fields from cuts[base] on. */
  constructor(meta: Meta, private readonly line: Buffer, private readonly cuts: readonly number[], private readonly base: number) {
    [this.id, this.pages, this.keys] = meta;
  }

  part(i: number): unknown {
    if (i in this.parsed) return this.parsed[i];
    const c = this.base + i;
    // a part the summary has not (changes, finder) is null here, absent in a summary made fresh
    const value = (JSON.parse(this.line.toString('utf8', this.cuts[c]! + 1, this.cuts[c + 1] ?? this.line.length)) as unknown) ?? undefined;
    this.parsed[i] = value;
    return value;
  }
}
PARTS.forEach((part, i) => {
  Object.defineProperty(LazySummary.prototype, part, { enumerable: true, configurable: false, get(this: LazySummary) { return this.part(i); } });
});

function readManifest(cache: string): Manifest | undefined {
  try {
    const buf = readFileSync(join(cache, 'manifest.json'));
    let end = buf.indexOf(NEWLINE);
    if (end < 0) end = buf.length;
    const m = JSON.parse(buf.toString('utf8', 0, end)) as Omit<Manifest, 'batches'>;
    if (m.version !== 6) return undefined;
    const batches: Record<string, BatchEntry> = {};
    for (let start = end + 1; start < buf.length; start = end + 1) {
      end = buf.indexOf(NEWLINE, start);
      if (end < 0) end = buf.length;
      if (end === start) continue;
      const line = buf.subarray(start, end);
      const cuts: number[] = [];
      for (let i = line.indexOf(TAB); i >= 0; i = line.indexOf(TAB, i + 1)) cuts.push(i);
      const [name, key, files, stamps, metas, sources] = JSON.parse(line.toString('utf8', 0, cuts[0] ?? line.length)) as [string, string, string[], Array<Stamp | null>, Meta[], Array<[string, string]>];
      if (cuts.length !== metas.length * PARTS.length) return undefined;
      const summaries = metas.map((meta, k) => new LazySummary(meta, line, cuts, k * PARTS.length) as unknown as GrantSummary);
      const entry: BatchEntry = { key, files, stamps, summaries, sources };
      batches[name] = entry;
      lines.set(entry, line);
    }
    return { ...m, batches };
  } catch {
    return undefined;
  }
}

/** A folder's line: what a rebuild reads at once, then its summaries' parts. */
function batchLine(name: string, e: BatchEntry): string {
  const metas: Meta[] = e.summaries.map((s) => [s.id, s.pages, s.keys]);
  const parts = e.summaries.flatMap((s) => PARTS.map((p: Part) => JSON.stringify(s[p] ?? null)));
  return [JSON.stringify([name, e.key, e.files, e.stamps, metas, e.sources]), ...parts].join('\t');
}

function writeManifest(cache: string, m: Manifest): void {
  const { batches, ...head } = m;
  const out: Buffer[] = [Buffer.from(JSON.stringify(head), 'utf8')];
  for (const [name, entry] of Object.entries(batches)) out.push(lines.get(entry) ?? Buffer.from(batchLine(name, entry), 'utf8'));
  const nl = Buffer.from('\n');
  writeCacheFile(join(cache, 'manifest.json'), out.flatMap((b) => [b, nl]));
}

const sameStamp = (a: Stamp | null | undefined, b: Stamp | null | undefined): boolean => (a ?? null) === (b ?? null) || (!!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]);

/** What a spec's validation read besides the spec: its source, and for an allocation list the anvisning beside it. */
function depsOf(file: string, spec: GrantSpec | undefined): Array<[string, Stamp | null]> {
  const deps: string[] = [];
  if (spec) deps.push(resolve(rootFor(file), spec.source.path));
  if (spec?.kind === 'allocation' && spec.year !== undefined) deps.push(join(dirname(file), `${spec.year}.yaml`));
  return deps.map((d) => [d, stampOf(d) ?? null]);
}

/** Validate the spec files that changed (or whose source changed) since the cached validation. */
async function validateChanged(o: BuildOptions, files: readonly string[], hashes: ReadonlyMap<string, string>, prev: Manifest | undefined): Promise<{ diagnostics: Diagnostic[]; specs: Map<string, GrantSpec>; checks: Record<string, CheckEntry> }> {
  const checks: Record<string, CheckEntry> = {};
  const diagnostics: Diagnostic[] = [];
  const todo: string[] = [];
  // the specs of a grant quote one source (a thousand specs, a handful of sources): each is looked at once
  const stamps = new Map<string, Stamp | undefined>();
  const stampNow = (d: string): Stamp | undefined => {
    if (!stamps.has(d)) stamps.set(d, stampOf(d));
    return stamps.get(d);
  };
  for (const f of files) {
    const c = prev?.checks[f];
    if (c && c.hash === hashes.get(f) && c.deps.every(([d, st]) => sameStamp(stampNow(d), st))) {
      checks[f] = c;
      diagnostics.push(...c.diagnostics);
    } else {
      todo.push(f);
    }
  }
  const specs = new Map<string, GrantSpec>();
  if (todo.length && o.validate) {
    const checked = await o.validate(todo);
    diagnostics.push(...checked.diagnostics);
    for (const [f, spec] of checked.specs ?? []) specs.set(f, spec);
    for (const f of todo) {
      const own = checked.diagnostics.filter((d) => d.file === f);
      // a file with errors is checked again next time, so the build stops until it is fixed
      if (own.some((d) => d.severity === 'error') || !specs.has(f)) continue;
      checks[f] = { hash: hashes.get(f)!, deps: depsOf(f, specs.get(f)), diagnostics: own };
    }
  }
  return { diagnostics, specs, checks };
}

export async function buildSite(o: BuildOptions): Promise<BuildResult> {
  // a specs folder that is none (a file, /dev/null) is reported before the output folder is made
  const files = await specFiles(o.specsDir);
  const existed = existsSync(o.outDir);
  let built = false;
  const cache = cacheFolder(o.outDir);
  const release = await acquireLock(cache, o.outDir, o.waitMs ?? 60_000);
  try {
    const result = await withCleanup(() => { removeOwn(o.outDir); release(); }, () => build(o, cache, files));
    built = result.built;
    return result;
  } finally {
    removeOwn(o.outDir);
    release();
    // nothing written: an output folder this build made is not left behind empty
    if (!existed && !built) try { rmdirSync(o.outDir); } catch { /* not empty: leave it */ }
  }
}

/** The build proper, of the spec files listed when it began (the specs folder walked once). */
async function build(o: BuildOptions, cache: string, files: readonly string[]): Promise<BuildResult> {
  removeLeftovers(o.outDir);
  const stored = readManifest(cache);
  const { hashes, seen: specSeen } = hashSpecs(files, stored?.specs);
  // the source texts the previous build's pages were made from: a folder whose texts changed is rendered again
  const texts = hashSpecs([...new Set(Object.values(stored?.batches ?? {}).flatMap((e) => e.sources.map(([p]) => p)))].sort(), stored?.specs);
  const seen = { ...specSeen, ...texts.seen };
  const key = buildKey(o);
  const prev = o.incremental === false || stored?.key !== key ? undefined : stored;

  let specs = o.specs;
  let checks: Record<string, CheckEntry> = {};
  const validation: Diagnostic[] = [];
  if (o.validate) {
    const v = await validateChanged(o, files, hashes, stored);
    checks = v.checks;
    validation.push(...v.diagnostics);
    if (v.diagnostics.some((d) => d.severity === 'error')) {
      writeManifest(cache, { ...(stored ?? { version: 6, key: '', batches: {}, pages: {}, stamps: {} }), checks, specs: seen });
      return { pages: 0, files: 0, diagnostics: sortDiagnostics(validation), jobs: 0, built: false, rendered: 0, written: 0, bytes: 0 };
    }
    specs = v.specs;
  }

  // the previous output, as far as it is still as the previous build left it (the stat of each of
  // its 10 000 files: output paths are relative and normalised as the build made them, so joined by
  // hand, and compared without making a stamp; 230 -> 145 ms of a rebuild's CPU time)
  const out = `${resolve(o.outDir)}${sep}`;
  const intact = (path: string): boolean => prev !== undefined && hasStamp(`${out}${path}`, prev.stamps[path]);
  const batches = folders(files, o.specsDir);
  const batchKey = (b: readonly string[]): string => sha(b.map((f) => `${f}\0${hashes.get(f)}`).join('\0'));
  const top = folderOf(o.specsDir);
  const name = (b: readonly string[]): string => top(b[0]!);
  const clean = batches.filter((b) => {
    const e = prev?.batches[name(b)];
    return e !== undefined && e.key === batchKey(b) && e.sources.every(([p, h]) => texts.hashes.get(p) === h) && e.files.every((f, i) => hasStamp(`${out}${f}`, e.stamps[i]));
  });
  const cleanSet = new Set(clean);
  const dirty = batches.filter((b) => !cleanSet.has(b));

  const tmp = stagingFolder(o.outDir);
  // with a previous output to build on, the staging folder receives only what changed, and the
  // commit moves it in file by file; without one, it receives everything and replaces the folders
  const commit = prev !== undefined;
  const kept: string[] = [];
  // the site-wide files kept (kept also lists the kept grant folders' files)
  const keptWide: string[] = [];
  const entries: Record<string, BatchEntry> = {};
  for (const b of clean) {
    const e = prev!.batches[name(b)]!;
    kept.push(...e.files);
    entries[name(b)] = e;
  }
  const dirtyFiles = dirty.reduce((n, b) => n + b.length, 0);
  const jobs = Math.max(1, Math.min(o.jobs ?? defaultJobs(dirtyFiles), dirty.length || 1));
  // a worker is sent (and so copies) only its share's specs; the main thread uses the map as it is
  const job = (share: ReadonlyArray<readonly string[]>): GroupJob => ({ batches: share, templatesDir: o.templatesDir, today: o.today, tmp, cache, ...(specs ? { specs: jobs > 1 ? own(specs, share) : specs } : {}) });
  const parts = jobs > 1 ? shares(dirty, jobs) : [dirty];
  const results = dirty.length ? (jobs > 1 ? await Promise.all(parts.map((s) => inWorker(job(s)))) : [await buildGroup(job(dirty))]) : [];
  results.forEach((r, k) => r.batches.forEach((rb, i) => { entries[name(parts[k]![i]!)] = { key: batchKey(parts[k]![i]!), ...rb, stamps: [] }; }));

  const summaries = batches.flatMap((b) => entries[name(b)]!.summaries).sort((a, b) => a.id.localeCompare(b.id));
  if (summaries.some((s, i) => i > 0 && summaries[i - 1]!.id === s.id)) {
    // one grant's specs in two folders: its years must be rendered together, in one batch
    removeOwn(o.outDir);
    return together(o, files, specs, validation);
  }
  const render = await loadTemplates(o.templatesDir, cache);
  // the site-wide files (the recipients' pages and calendars: most of the bytes a one-spec edit
  // writes) are written into the files the previous build replaced (write.ts Spares)
  const spares = Spares.of(cache, o.outDir);
  const writer = new Writer(tmp, spares);
  const pages: Record<string, string> = {};
  // a site-wide file (calendars, feeds, the search index, vendored libraries) whose key (or, without
  // one, bytes) is the previous build's, and still intact in the output, is kept rather than made again
  const put: Emit = (path, content, key, assembled) => {
    const bytes = key === undefined ? bytesOf(content) : undefined;
    const h = bytes === undefined ? sha(`key\0${key}`) : shaBytes(bytes);
    pages[`=${path}`] = h;
    if (prev?.pages[`=${path}`] === h && intact(path)) { kept.push(path); keptWide.push(path); return; }
    const spare = prev?.spares?.[path];
    // a spare recorded to hold this content is moved in as it is once its bytes hash to the record
    // (Spares.take): the content is not made. Content assembled from shared pieces (a recipient's
    // page: its block's rows encoded once) is made and compared with the spare window by window
    // instead (Spares.fill, which writes nothing where they are the same): hashing the spares of an
    // undone title edit (311 pages, 400 MB) took several times what comparing them took
    if (!assembled && spare?.[0] === h && spare[2] !== undefined && writer.reuse(path, spare[1], spare[2])) return;
    writer.write(path, bytes ?? bytesOf(content));
  };
  // the recipients' pages and rows the previous build rendered (fragments.ts), under the same key only
  const fragments = Fragments.load(join(cache, 'fragments.json'), key, o.incremental === false);
  const wide = renderSiteWide(summaries, render, o.today, loadReference(), put, fragments.render(render));
  fragments.save();
  // every grant lives in one folder here (two folders of one grant went the `together` way above);
  // the feeds are made from the grants with two years or more, and kept while none of their files changed
  const feedFiles = multiYear(files);
  const rel = relativeTo(o.specsDir);
  // and the source texts read for them (every text read belongs to a grant with two years or more: data.ts)
  const feedSources = [...new Map(batches.flatMap((b) => entries[name(b)]!.sources)).entries()].sort(([a], [b]) => a.localeCompare(b));
  const feedKey = sha([...feedFiles.map((f) => `${rel(f)}\0${hashes.get(f)}`), ...feedSources.map(([p, h]) => `${p}\0${h}`)].join('\0'));
  let feedPaths: string[];
  if (prev?.feeds?.key === feedKey && prev.feeds.paths.every(intact)) {
    feedPaths = prev.feeds.paths;
    for (const p of feedPaths) { kept.push(p); keptWide.push(p); pages[`=${p}`] = prev.pages[`=${p}`]!; }
    await writeShared(put, o);
  } else {
    // the change reports the grants' pages were rendered with; only a grant folder kept from the
    // previous build (not rendered now) is loaded, and its years compared, for the feeds
    const feedSet = new Set(feedFiles);
    const keptFeeds = clean.filter((b) => b.some((f) => feedSet.has(f))).flat();
    const reports = async (): Promise<YearReport[]> => [
      ...results.flatMap((r, k) => r.reports.flatMap((rs, i) => (parts[k]![i]!.some((f) => feedSet.has(f)) ? rs : []))),
      ...(keptFeeds.length ? (await loadGrants(keptFeeds, specs)).grants.flatMap(yearReports) : []),
    ];
    feedPaths = await writeShared(put, o, reports);
  }
  const made = [...results.flatMap((r) => r.batches.flatMap((b) => b.files)), ...writer.paths];
  const stamps: Record<string, Stamp> = {};
  // the spares of the files kept stay as they were; a spare moved in or written over is recorded anew at the commit
  const spareRecords: Record<string, [string, Stamp, string?]> = {};
  if (spares && prev?.spares) for (const p of keptWide) if (prev.spares[p]) spareRecords[p] = prev.spares[p]!;
  const contents: Record<string, string> = {};
  for (const p of keptWide) if (prev?.contents?.[p] !== undefined) contents[p] = prev.contents[p]!;
  for (const [p, c] of writer.hashes) contents[p] = c;
  if (commit) {
    const now = new Set([...kept, ...made]);
    const before = [...Object.keys(prev.stamps), ...Object.values(prev.batches).flatMap((e) => e.files)];
    const written = new Set(writer.paths);
    commitInto(o.outDir, tmp, made, before.filter((p) => !now.has(p)), spares && ((p, target) => {
      if (!written.has(p)) return;
      // the output file becomes the spare: recorded with its content's hash while it is as the previous build left it
      const h = prev.pages[`=${p}`];
      const was = prev.stamps[p];
      const bytes = prev.contents?.[p];
      const record = h !== undefined && was !== undefined && bytes !== undefined && hasStamp(target, was);
      spares.keep(p, target);
      if (record) spareRecords[p] = [h, was, bytes];
      else delete spareRecords[p];
    }));
    for (const p of keptWide) stamps[p] = prev.stamps[p]!;
  } else {
    await swapInto(o.outDir, tmp);
  }
  spares?.prune([...writer.paths, ...keptWide]);
  for (const p of writer.paths) {
    const st = stampOf(join(o.outDir, p));
    if (st) stamps[p] = st;
  }
  for (const b of dirty) {
    const e = entries[name(b)]!;
    e.stamps = e.files.map((f) => stampOf(join(o.outDir, f)) ?? null);
  }
  writeManifest(cache, { version: 6, key, batches: entries, pages, feeds: { key: feedKey, paths: feedPaths }, stamps, checks, specs: seen, spares: spareRecords, contents });
  const diagnostics = sortDiagnostics([...validation, ...results.flatMap((r) => r.diagnostics)]);
  return {
    pages: summaries.reduce((n, s) => n + s.pages, wide.pages),
    files: kept.length + results.reduce((n, r) => n + r.files, 0) + writer.count,
    diagnostics, jobs, built: true, rendered: dirty.length,
    written: results.reduce((n, r) => n + r.files, 0) + writer.written,
    bytes: results.reduce((n, r) => n + r.bytes, 0) + writer.bytes,
  };
}

/** A cold build with all specs in one batch (a grant's specs spread over folders); not cached. */
async function together(o: BuildOptions, files: readonly string[], specs: ReadonlyMap<string, GrantSpec> | undefined, validation: Diagnostic[]): Promise<BuildResult> {
  const tmp = stagingFolder(o.outDir);
  const r = await buildGroup({ batches: [files], templatesDir: o.templatesDir, today: o.today, tmp, ...(specs ? { specs } : {}) });
  const summaries = [...r.summaries].sort((a, b) => a.id.localeCompare(b.id));
  const writer = new Writer(tmp);
  const wide = renderSiteWide(summaries, await loadTemplates(o.templatesDir), o.today, loadReference(), (path, content) => writer.write(path, bytesOf(content)));
  // every grant was rendered in the one batch: the feeds from the change reports its pages were made with
  await writeShared((path, content) => writer.write(path, bytesOf(content)), o, () => Promise.resolve(r.reports.flat()));
  await swapInto(o.outDir, tmp);
  const cache = cacheFolder(o.outDir);
  try { statSync(join(cache, 'manifest.json')); writeCacheFile(join(cache, 'manifest.json'), '{}'); } catch { /* none */ }
  return { pages: summaries.reduce((n, s) => n + s.pages, wide.pages), files: r.files + writer.count, diagnostics: sortDiagnostics([...validation, ...r.diagnostics]), jobs: 1, built: true, rendered: 1, written: r.files + writer.written, bytes: r.bytes + writer.bytes };
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The spec files of the grants with two or more anvisningar (other files of their folders too):
 * only they have changes between years, so only they make feed entries; the others need not be
 * read again for the feeds. Assumes each grant lives in one folder.
 */
function multiYear(files: readonly string[]): string[] {
  const years = new Map<string, number>();
  const anvisning = (f: string): boolean => /^[^.]+\.ya?ml$/u.test(basename(f));
  for (const f of files) if (anvisning(f)) years.set(dirname(f), (years.get(dirname(f)) ?? 0) + 1);
  return files.filter((f) => (years.get(dirname(f)) ?? 0) >= 2);
}

/**
 * What every build writes besides the grants' folders and the site-wide pages: the vendored
 * browser libraries, the assets folder and — given the change reports between every grant's years
 * (the same records as "Nytt i år": made when the grants were rendered) — the Atom feeds of
 * material changes. Returns the feeds' paths.
 */
async function writeShared(put: Emit, o: BuildOptions, reports?: () => Promise<YearReport[]>): Promise<string[]> {
  for (const [path, content] of vendorAssets()) put(path, content);
  const paths: string[] = [];
  if (reports) {
    for (const [path, content] of feedsOf(entriesOf(await reports()), loadReference())) {
      put(path, content);
      paths.push(path);
    }
  }
  for (const f of (await readdir(o.assetsDir)).sort()) put(`site/assets/${f}`, await readFile(join(o.assetsDir, f), 'utf8'));
  return paths;
}
