import { readFile, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../specs/diagnostics.js';
import type { GrantSpec } from '../specs/schema/index.js';
import { specFiles } from '../specs/validate.js';
import { buildGroup, type GroupJob, type GroupResult } from './group.js';
import { renderSiteWide } from './pages.js';
import { loadGrants } from './data.js';
import { feeds } from './feeds.js';
import { loadReference } from '../specs/reference/index.js';
import { loadTemplates } from './render.js';
import { swapInto, tempFolder, Writer } from './write.js';
import { vendorAssets } from './vendor.js';

// `grantspec build`: specs → outDir/site and outDir/checklists. The grants are split into shares
// rendered in worker threads, each writing its files into a temp folder as it goes; the main
// thread then renders the site-wide pages from the shares' summaries and swaps the result in.
// The output does not depend on how many threads made it (a test builds with 1 and with 2).

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
}

export interface BuildResult { readonly pages: number; readonly files: number; readonly diagnostics: Diagnostic[]; readonly jobs: number }

// A worker starts cold (about 0.2 s to load the modules, and its code is not optimised yet), and
// rendering is memory-bound: on a 2-core machine two threads took as long as one (1 000 grant-years,
// 1.4-1.5 s a half against 1.6-2.0 s for all). So threads only from 4 cores, and 200 specs a thread.
const FILES_PER_THREAD = 200;
const MIN_CORES = 4;

export function defaultJobs(specFiles: number, cores = availableParallelism()): number {
  if (cores < MIN_CORES) return 1;
  return Math.max(1, Math.min(cores, 4, Math.floor(specFiles / FILES_PER_THREAD)));
}

/** The spec files by grant folder (the first folder below specsDir), in their original order. */
export function folders(files: readonly string[], specsDir: string): string[][] {
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const top = relative(specsDir, f).split(sep)[0] ?? '';
    byFolder.set(top, [...byFolder.get(top) ?? [], f]);
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

export async function buildSite(o: BuildOptions): Promise<BuildResult> {
  return build(o, false);
}

async function build(o: BuildOptions, together: boolean): Promise<BuildResult> {
  const files = await specFiles(o.specsDir);
  const jobs = together ? 1 : Math.max(1, o.jobs ?? defaultJobs(files.length));
  const batches = together ? [files] : folders(files, o.specsDir);
  const tmp = await tempFolder(o.outDir);
  try {
    // a worker is sent (and so copies) only its share's specs; the main thread uses the map as it is
    const job = (share: ReadonlyArray<readonly string[]>): GroupJob => ({ batches: share, templatesDir: o.templatesDir, today: o.today, tmp, ...(o.specs ? { specs: jobs > 1 ? own(o.specs, share) : o.specs } : {}) });
    const results = jobs > 1 ? await Promise.all(shares(batches, jobs).map((s) => inWorker(job(s)))) : [await buildGroup(job(batches))];
    const summaries = results.flatMap((r) => r.summaries).sort((a, b) => a.id.localeCompare(b.id));
    if (summaries.some((s, i) => i > 0 && summaries[i - 1]!.id === s.id)) {
      // one grant's specs in two folders: its years must be rendered together, so in one batch
      return await build(o, true);
    }
    const render = await loadTemplates(o.templatesDir);
    const writer = new Writer(tmp);
    for (const [path, content] of vendorAssets()) writer.write(path, content);
    const wide = renderSiteWide(summaries, render, o.today, loadReference(), (path, content) => writer.write(path, content));
    // the Atom feeds of material changes, from the same change records as "Nytt i år"
    for (const [path, content] of feeds((await loadGrants(files, o.specs)).grants, loadReference())) writer.write(path, content);
    for (const f of (await readdir(o.assetsDir)).sort()) writer.write(`site/assets/${f}`, await readFile(join(o.assetsDir, f), 'utf8'));
    await swapInto(o.outDir, tmp);
    const diagnostics = results.flatMap((r) => r.diagnostics).sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return {
      pages: summaries.reduce((n, s) => n + s.pages, wide.pages),
      files: results.reduce((n, r) => n + r.files, writer.count),
      diagnostics, jobs,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
