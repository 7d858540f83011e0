import type { Diagnostic } from '../specs/diagnostics.js';
import type { GrantSpec } from '../specs/schema/index.js';
import { loadGrants, type YearReport } from './data.js';
import { renderGrant, type GrantSummary } from './pages.js';
import { loadReference } from '../specs/reference/index.js';
import { loadTemplates } from './render.js';
import { Writer } from './write.js';

// One share of a build: batch by batch (a batch is one grant's folder), load the spec files, render
// their grants and write the files into the temp folder as soon as they are made, so that memory holds one batch at
// a time (a build of 1 000 specs kept in memory spent a third of its time in the garbage collector).
// Runs in a worker thread (worker.ts) or, for small sites, in the main thread.

export interface GroupJob {
  /** spec files, loaded and rendered a batch at a time; a grant's specs must be in one batch */
  readonly batches: ReadonlyArray<readonly string[]>;
  readonly templatesDir: string;
  readonly today: string;
  readonly tmp: string;
  /** the build's cache folder, where compiled templates are kept */
  readonly cache?: string;
  /** specs already loaded and validated, by file path (see BuildOptions.specs) */
  readonly specs?: ReadonlyMap<string, GrantSpec>;
}

export interface GroupResult {
  readonly summaries: GrantSummary[];
  readonly diagnostics: Diagnostic[];
  readonly files: number;
  /** bytes written */
  readonly bytes: number;
  /** per batch, in the job's order: the files written and the grants' summaries (the build's cache keeps them) */
  readonly batches: Array<{ files: string[]; summaries: GrantSummary[]; sources: Array<[string, string]> }>;
  /**
   * per batch, in the job's order: the change reports between its grants' years, made for "Nytt i
   * år"; the build makes the feeds from them (kept apart from `batches`, which the build's cache keeps)
   */
  readonly reports: YearReport[][];
}

export async function buildGroup(job: GroupJob): Promise<GroupResult> {
  const render = await loadTemplates(job.templatesDir, job.cache);
  const ref = loadReference();
  const summaries: GrantSummary[] = [];
  const diagnostics: Diagnostic[] = [];
  const writer = new Writer(job.tmp);
  const batches: GroupResult['batches'] = [];
  const reports: YearReport[][] = [];
  for (const batch of job.batches) {
    const from = writer.paths.length;
    const own: GrantSummary[] = [];
    const compared: YearReport[] = [];
    const loaded = await loadGrants(batch, job.specs);
    diagnostics.push(...loaded.diagnostics);
    for (const g of loaded.grants) {
      const out = renderGrant(g, render, job.today, ref);
      for (const [path, content] of out.files) writer.write(path, content);
      for (const [path, from] of out.copies) writer.copy(path, from, out.files.get(from) ?? '');
      summaries.push(out.summary);
      own.push(out.summary);
      compared.push(...out.reports);
    }
    batches.push({ files: writer.paths.slice(from), summaries: own, sources: loaded.sources });
    reports.push(compared);
  }
  return { summaries, diagnostics, files: writer.count, bytes: writer.bytes, batches, reports };
}
