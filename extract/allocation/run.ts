import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { computeAllocation, exactTotal, ROUNDING_RULE, withRest } from '../../specs/allocation/compute.js';
import { fail, type Diagnostic } from '../../specs/diagnostics.js';
import { loadSpec } from '../../specs/load.js';
import { loadReference, recipientsOf } from '../../specs/reference/index.js';
import type { Allocation, Anvisning } from '../../specs/schema/index.js';
import { readSource } from '../read/index.js';
import { importAllocation } from './index.js';
import { namesDate, readPopulation } from './population.js';

// `grantspec allocation import|compute`, moved out of bin/ as it was: which anvisning and recipient
// type a list belongs to, reading the input, importing or computing the list, and comparing a
// computed list with a published one. Nothing here prints or writes: the outcome says what to
// write, what to print and the exit code.

/** A wrong or missing argument: bin/ reports it as a usage error (exit 2). */
export class AllocationUsageError extends Error {}

export interface AllocationRequest {
  readonly sub: string | undefined;
  readonly positionals: readonly string[];
  readonly specsDir: string;
  readonly grant?: string;
  readonly year?: string;
  readonly part?: string;
  readonly to?: string;
  readonly population?: string;
  readonly out?: string;
  readonly force: boolean;
  readonly cwd?: string;
}

export interface AllocationOutcome {
  readonly diagnostics: Diagnostic[];
  /** lines for stdout (the differences from a published list) */
  readonly lines: string[];
  /** a closing note for stderr */
  readonly note?: string;
  /** the spec to write (then validate) at `out` */
  readonly write?: { readonly out: string; readonly spec: Allocation; readonly schemaPath: string };
  readonly code: number;
}

/** The anvisning spec an allocation belongs to, and the recipient type and parts a list covers. */
async function allocationTarget(specsDir: string, grant: string | undefined, year: string | undefined, part: string | undefined, to: string | undefined) {
  if (!grant || !/^[a-z0-9-]+$/u.test(grant)) throw new AllocationUsageError('allocation needs --grant ID (the folder name under specs/)');
  if (!year || !/^\d{4}$/u.test(year)) throw new AllocationUsageError('allocation needs --year YYYY');
  if (to !== undefined && to !== 'kommun' && to !== 'region') throw new AllocationUsageError(`--to '${to}': use kommun or region`);
  const file = join(specsDir, grant, `${year}.yaml`);
  const loaded = await loadSpec(file);
  const spec: Anvisning | undefined = loaded.spec?.kind === 'anvisning' ? loaded.spec : undefined;
  if (!spec) {
    const d = loaded.diagnostics[0];
    if (d?.rule === 'missing-file') fail(file, 'missing-anvisning', `no anvisning spec for ${grant} ${year}; an allocation list belongs to one: extract the year's anvisning first (grantspec extract SOURCE --out ${file})`);
    fail(file, d?.rule ?? 'missing-anvisning', d ? d.message : 'is not an anvisning spec; an allocation list belongs to the grant year\'s anvisning spec');
  }
  const all = spec.funding?.parts ?? [];
  const parts = part === undefined ? undefined : part.split(',').map((p) => {
    if (!/^\d+$/u.test(p) || all[Number(p)] === undefined) throw new AllocationUsageError(`--part ${p}: ${file} has ${all.length} funding part${all.length === 1 ? '' : 's'} (0–${all.length - 1})`);
    return Number(p);
  });
  const types = new Set([...(parts ?? []).map((i) => all[i]!.to), ...(parts ? [] : (spec.recipients?.types ?? []))].filter((t) => t === 'kommun' || t === 'region'));
  const chosen = (to ?? (types.size === 1 ? [...types][0] : undefined)) as 'kommun' | 'region' | undefined;
  if (!chosen) throw new AllocationUsageError(`${file} gives the grant to ${[...types].join(' and ') || 'no kommun or region'}; say which list this is with --to kommun or --to region`);
  const both = new Set([...(spec.recipients?.types ?? []), ...all.map((p) => p.to)].filter((t) => t === 'kommun' || t === 'region')).size > 1;
  const out = join(specsDir, grant, `${year}.allocation${both ? `.${chosen}` : ''}.yaml`);
  return { spec, file, to: chosen, parts, out };
}

export async function runAllocation(r: AllocationRequest): Promise<AllocationOutcome> {
  const { sub, positionals } = r;
  const cwd = r.cwd ?? process.cwd();
  if (sub !== 'import' && sub !== 'compute') throw new AllocationUsageError('allocation takes import FILE or compute --population FILE');
  const target = await allocationTarget(r.specsDir, r.grant, r.year, r.part, r.to);
  const out = r.out ?? target.out;
  const ref = loadReference();
  const readInput = async (file: string): Promise<{ text: string; sha256: string; path: string; pageStarts?: number[] }> => {
    const path = relative(cwd, resolve(cwd, file)).split('\\').join('/');
    if (path.startsWith('..') || isAbsolute(path)) fail(file, 'safe-path', `is outside the project; copy it into sources/${target.spec.year ?? 'YYYY'}/ first, so that the spec can point at it`);
    const read = await readSource(file);
    return { text: read.text, sha256: read.sha256, path, ...(read.pageStarts ? { pageStarts: read.pageStarts } : {}) };
  };
  const schemaPath = relative(dirname(resolve(out)), resolve(r.specsDir, 'grant-spec.schema.json')).split('\\').join('/');
  const finish = (spec: Allocation, diagnostics: Diagnostic[] = []): AllocationOutcome => ({ diagnostics, lines: [], write: { out, spec, schemaPath }, code: 0 });

  if (sub === 'import') {
    if (positionals.length !== 1) throw new AllocationUsageError('allocation import takes exactly one FILE (the published list)');
    const file = positionals[0]!;
    const input = await readInput(file);
    const result = importAllocation(input.text, {
      file, sourcePath: input.path, sha256: input.sha256, spec: target.spec, to: target.to, format: /\.(csv|tsv)$/iu.test(file) ? 'csv' : 'text',
      ...(target.parts ? { parts: target.parts } : {}), ...(input.pageStarts ? { pageStarts: input.pageStarts } : {}),
    }, ref);
    if (!result.allocation) {
      return { diagnostics: result.diagnostics, lines: [], note: `${result.diagnostics.filter((d) => d.severity === 'error').length} problem(s) in ${file}; nothing was written`, code: 1 };
    }
    return finish(result.allocation, result.diagnostics);
  }

  if (positionals.length) throw new AllocationUsageError('allocation compute takes no FILE; give the population table with --population FILE');
  if (!r.population) throw new AllocationUsageError('allocation compute needs --population FILE (SCB\'s table: code, name, folkmängd)');
  const population = r.population;
  const input = await readInput(population);
  const table = readPopulation(input.text);
  if (table.problems.length) {
    return { diagnostics: table.problems.map((p) => ({ file: population, line: p.line, rule: 'population-row', severity: 'error' as const, message: p.message })), lines: [], code: 1 };
  }
  const all = target.spec.funding?.parts ?? [];
  const parts = withRest((target.parts ?? all.map((_, i) => i).filter((i) => all[i]!.to === target.to)).map((index) => ({ index, part: all[index]! })), all, exactTotal(target.spec.funding));
  if (parts.length === 0) fail(target.file, 'allocation-key', `has no funding parts for ${target.to} with a key; add them (to, amount, key) before computing`);
  const recipients = recipientsOf(target.spec, target.to).recipients;
  const computed = computeAllocation(parts, recipients, new Map([...table.rows].map(([code, row]) => [code, row.population])));
  if (computed.problems.length) {
    return { diagnostics: computed.problems.map((p) => ({ file: p.inPopulation ? population : target.file, rule: 'allocation-compute', severity: 'error' as const, message: p.message })), lines: [], code: 1 };
  }
  const diagnostics: Diagnostic[] = [];
  const date = target.spec.funding?.population_date;
  if (date && !namesDate(table.header, date)) {
    diagnostics.push({ file: population, line: 1, rule: 'population-date', severity: 'warning', message: `Unexpected table that does not say it is per ${date}, the date the anvisning names; check that it is (SCB writes a month as ${date.slice(0, 4)}M..)` });
  }
  const evidence: Record<string, { line: number; quote: string }> = {};
  computed.rows.forEach((row, i) => {
    const p = table.rows.get(row.code);
    if (p && row.population !== undefined) evidence[`rows.${i}.population`] = { line: p.line, quote: p.quote };
  });
  const spec: Allocation = {
    spec: 1, kind: 'allocation', id: target.spec.id, ...(target.spec.year !== undefined ? { year: target.spec.year } : {}), title: `Fördelning (beräknad): ${target.spec.title}`,
    to: target.to, ...(target.parts ? { parts: target.parts } : {}), method: 'computed', source: { path: input.path, sha256: input.sha256 },
    ...(date ? { population_date: date } : {}), rounding: ROUNDING_RULE, rows: computed.rows, evidence,
  };
  const existing = await loadSpec(out);
  if (existing.spec?.kind === 'allocation' && existing.spec.method === 'published') {
    // a published list is the authority: compare with it instead of replacing it
    const published = new Map(existing.spec.rows.map((row) => [row.code, row]));
    const lines: string[] = [];
    for (const row of computed.rows) {
      const p = published.get(row.code);
      if (!p) continue;
      const delta = Number(p.amount) - Number(row.amount);
      if (delta !== 0) lines.push(`${row.code} ${row.name}: published ${String(p.amount)} kr, computed ${row.amount} kr (${delta > 0 ? '+' : ''}${delta} kr)`);
    }
    return { diagnostics, lines, note: `${lines.length} of ${computed.rows.length} published amounts differ from the computed ones (${out} is the published list and was left as it is)`, code: lines.length > 0 ? 1 : 0 };
  }
  if (r.out === undefined && existing.spec && !r.force) fail(out, 'would-overwrite', 'exists already; use --force to replace it, or --out another file');
  return finish(spec, diagnostics);
}
