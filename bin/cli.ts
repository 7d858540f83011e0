import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errnoWords } from '../specs/limits.js';
import { plausibleYear, YEAR_RANGE } from '../specs/years.js';
import { diagnosticRecord, fail, formatDiagnostic, InputError, stripControl, type Diagnostic } from '../specs/diagnostics.js';
import type { Allocation, Anvisning } from '../specs/schema/index.js';
import type { Validated } from '../specs/validate.js';

// The only code that prints or sets exit codes. Heavy modules load lazily so `--help` is instant.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `grantspec — Swedish grant instructions (anvisningar för statsbidrag) as validated, source-grounded YAML specs

Usage:
  grantspec extract FILE [--format yaml|json] [--out FILE] [--force]
      Read an anvisning or återrapporteringsformulär (.txt, .md, .pdf) and print its spec.
      --out writes the spec atomically and never replaces an existing file without --force.
  grantspec validate [PATH…] [--format text|json]
      Check specs (default: specs/) against the schema and the consistency rules.
      Exit 1 when any error is found.
  grantspec build [--specs DIR] [--out DIR] [--today YYYY-MM-DD] [--jobs N]
      Validate the specs and render the guidance site (DIR/site) and the checklists (DIR/checklists).
      Nothing is written when a spec has errors. --jobs: threads rendering grants (default: one
      per core, at most 4, on machines with 4 cores or more; 200 specs a thread). The output is the
      same for any N.
  grantspec diff OLD NEW [--format text|markdown|html|csv|json] [--verbose]
  grantspec diff --grant ID --from YEAR --to YEAR
      What changed between two specs of a grant, every field, ranked: what requires action first,
      each change quoted from both years. --verbose: values extraction missed, to stderr.
      Exit 0 equal, 1 different, 2 trouble.
  grantspec lint FILE [--format text|json] [--explain RULE]
      Findings on the source text itself: mixed-script, placeholder-link, malformed-link,
      email-mismatch, misspelling, and amounts-reconcile / date-order on what it states.
  grantspec review FILE [--out report.html] [--force]
      One self-contained HTML page for checking an extraction against its source. Without --out
      the page goes to stdout, or on a terminal into a new temp folder whose path is printed.
  grantspec allocation import FILE --grant ID --year YEAR [--part N[,N…]] [--to kommun|region] [--force]
      Read a published allocation list (CSV, a table, or name and amount per line) into
      specs/ID/YEAR.allocation.yaml, every row matched to a kommun or region and grounded by its line.
  grantspec allocation compute --grant ID --year YEAR --population FILE [--to kommun|region] [--force]
      Compute the amounts from the anvisning's key (equal, fixed per recipient, per capita) and SCB's
      population table; with a published list already there, report where it differs instead.
  grantspec schema [--out FILE] [--force]
      Print (or write) the JSON Schema of grant specs, for YAML editors (--force to replace FILE).
  grantspec help | --help | --version

Every command: --format json prints problems as JSON records; --debug adds the stack to an internal error.

Input limits (one line naming the limit when exceeded):
  regular files only (no FIFO, device or folder); text source 20 MB, PDF 200 MB (5 000 pages,
  256 MB of decompressed streams), spec 5 MB; a source's text 1 000 000 characters, 25 000 lines,
  50 000 characters a line, lists and quotes 64 deep; YAML 64 deep; amounts up to 10^13 kr;
  years 1990–2100.

Examples:
  grantspec extract sources/2026/nationella-kvalitetsregister.txt
  grantspec extract sources/2027/x.txt --out specs/x/2027.yaml
  grantspec validate specs/
  grantspec build --out dist --today 2026-04-15
  grantspec allocation import sources/2025/tillganglighet-och-vardkapacitet.fordelning.txt --grant tillganglighet-och-vardkapacitet --year 2025
  grantspec schema --out specs/grant-spec.schema.json --force
`;

class UsageError extends Error {}

/** Set from the command line before any command runs: problems as JSON records, and stacks of internal errors. */
const output = { json: false, debug: false, exitOnTrouble: 0 };

function print(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** Problems go to stderr, one line each: `file:line:col severity rule message`, or a JSON record with --format json. */
function printDiagnostics(ds: readonly Diagnostic[]): void {
  for (const d of ds) process.stderr.write(`${output.json ? JSON.stringify(diagnosticRecord(d)) : formatDiagnostic(d)}\n`);
}

/** A progress or summary line, control characters shown as "�" (a file name can hold them too). */
function note(s: string): void {
  process.stderr.write(`${stripControl(s)}\n`);
}

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE');
  if (values.format !== 'yaml' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use yaml or json`);
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
  const { extract } = await import('../extract/index.js');
  const { renderSpec } = await import('../specs/load.js');
  const file = positionals[0]!;
  const spec = await extract(file, process.cwd(), {
    // a progress line for long PDFs, so that a long read is never mistaken for a hang
    onProgress: (page, pages) => {
      if (pages >= 50 && (page === 1 || page % 50 === 0 || page === pages)) process.stderr.write(`grantspec: reading page ${page} of ${pages}\n`);
    },
    onDiagnostic: (d) => printDiagnostics([d]),
  });
  const schemaPath = values.out
    ? relative(dirname(resolve(values.out)), resolve(ROOT, 'specs', 'grant-spec.schema.json')).split('\\').join('/')
    : '../grant-spec.schema.json';
  const text = values.format === 'json' ? `${JSON.stringify(spec, null, 2)}\n` : renderSpec(spec, schemaPath);
  if (values.out) {
    const { writeAtomic } = await import('./write.js');
    await writeAtomic(values.out, text, values.force);
    process.stderr.write(`grantspec: wrote ${values.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

/** Validate specs against the schema and their sources, reading each source the way extract does. */
async function checkSpecs(paths: string[], options: { keepSpecs?: boolean } = {}): Promise<Validated> {
  const { validatePaths } = await import('../specs/validate.js');
  const { sourceText } = await import('../extract/read/index.js');
  return validatePaths(paths, process.cwd(), async (bytes, file) => (await sourceText(bytes, file)).text, options);
}

async function cmdValidate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use text or json`);
  const result = await checkSpecs(positionals.length ? positionals : ['specs']);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (values.format === 'json') {
    print(JSON.stringify({ files: result.files, errors, warnings, diagnostics: result.diagnostics.map(diagnosticRecord) }, null, 2));
  } else {
    for (const d of result.diagnostics) print(formatDiagnostic(d));
    process.stderr.write(`grantspec: ${result.files} spec${result.files === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors > 0 ? 1 : 0;
}

async function cmdBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { specs: { type: 'string', default: 'specs' }, out: { type: 'string', default: 'dist' }, today: { type: 'string' }, jobs: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError('build takes no FILE; use --specs DIR and --out DIR');
  if (values.jobs !== undefined && !/^[1-9]\d?$/u.test(values.jobs)) throw new UsageError(`--jobs '${values.jobs}' is not a number of threads from 1 to 99`);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const { isoDate } = await import('../specs/schema/scalars.js');
  const date = isoDate.safeParse(today);
  if (!date.success) throw new UsageError(`--today '${today}': ${date.error.issues[0]?.message ?? 'not a date'} (a real date as YYYY-MM-DD)`);
  const checked = await checkSpecs([values.specs], { keepSpecs: true });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    printDiagnostics(errors);
    process.stderr.write(`grantspec: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${values.specs}; the site was not built and ${values.out} is unchanged\n`);
    return 1;
  }
  const { buildSite } = await import('../site/build.js');
  const result = await buildSite({
    specsDir: values.specs, templatesDir: resolve(ROOT, 'templates'), assetsDir: resolve(ROOT, 'site', 'assets'), today, outDir: values.out,
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}), ...(checked.specs ? { specs: checked.specs } : {}),
  });
  process.stderr.write(`grantspec: built ${result.pages} pages and ${result.files} files into ${values.out}/site and ${values.out}/checklists\n`);
  return 0;
}

async function cmdLint(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'text' }, explain: { type: 'string' } },
  });
  if (values.explain) {
    const { TEXT_RULES } = await import('../extract/lint/index.js');
    const rule = TEXT_RULES.find((r) => r.id === values.explain);
    if (!rule) throw new UsageError(`no lint rule '${values.explain}'; rules: ${TEXT_RULES.map((r) => r.id).join(', ')}, amounts-reconcile, date-order`);
    print(`${rule.id}: ${rule.summary}\n\nFlagged:\n${rule.examples.notOk.map((e) => `  ${e}`).join('\n')}\n\nFine:\n${rule.examples.ok.map((e) => `  ${e}`).join('\n')}`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('lint takes exactly one FILE');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use text or json`);
  const { lint } = await import('../extract/lint/run.js');
  const findings = await lint(positionals[0]!);
  if (values.format === 'json') {
    print(JSON.stringify({ findings: findings.map(diagnosticRecord) }, null, 2));
  } else {
    for (const d of findings) print(formatDiagnostic(d));
  }
  return findings.some((d) => d.severity === 'error') ? 1 : 0;
}

async function cmdDiff(args: string[]): Promise<number> {
  // like diff(1): 0 when equal, 1 when different, 2 on trouble (the top level exits 2 for anything thrown here)
  output.exitOnTrouble = 2;
  {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', default: 'text' }, grant: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
        specs: { type: 'string', default: 'specs' }, verbose: { type: 'boolean', default: false },
      },
    });
    if (values.grant !== undefined) checkGrantId(values.grant);
    const files = values.grant
      ? [values.from, values.to].map((y) => {
        if (!y) throw new UsageError('--grant needs --from YEAR and --to YEAR');
        checkYear(y, y === values.from ? '--from' : '--to');
        return join(values.specs, values.grant!, `${y}.yaml`);
      })
      : positionals;
    if (files.length !== 2) throw new UsageError('diff takes OLD and NEW, or --grant ID --from YEAR --to YEAR');
    if (!['text', 'markdown', 'html', 'csv', 'json'].includes(values.format)) throw new UsageError(`unknown --format '${values.format}'; use text, markdown, html, csv or json`);
    const { loadSpec } = await import('../specs/load.js');
    const loaded = await Promise.all(files.map((f) => loadSpec(f!)));
    const errors = loaded.flatMap((l) => l.diagnostics);
    if (errors.length || loaded.some((l) => !l.spec)) {
      printDiagnostics(errors); // an invalid spec is not compared: exit 2, like diff(1) on trouble
      return 2;
    }
    const { diffSpecs } = await import('../specs/diff/index.js');
    const f = await import('../specs/diff/format.js');
    // the sources, to tell a value the new text no longer states from one its extraction missed
    const { readSource } = await import('../extract/read/index.js');
    const text = async (path: string): Promise<string | undefined> => {
      try { return (await readSource(path)).text; } catch { return undefined; }
    };
    const [oldText, newText] = await Promise.all(loaded.map((l) => text(l.spec!.source.path)));
    // text for a terminal: escape sequences a source put in a spec's strings are shown as "�", not run
    const [a, b] = values.format === 'text' ? loaded.map((l) => noControl(l.spec!)) : loaded.map((l) => l.spec!);
    const report = diffSpecs(a!, b!, { ...(oldText !== undefined ? { oldText } : {}), ...(newText !== undefined ? { newText } : {}) });
    for (const w of report.warnings) process.stderr.write(`${noControl(w)}
`);
    if (values.verbose) {
      for (const g of report.gaps) process.stderr.write(`${noControl(`grantspec: extraction gap: ${g.label} (${g.path}) is still stated in the ${g.side === 'new' ? 'new' : 'old'} text but missing from its spec: "${g.quote}"`)}
`);
    }
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    const out = { json: f.formatJson, markdown: f.formatMarkdown, html: f.formatHtml, csv: f.formatCsv }[values.format as 'json'];
    process.stdout.write(out ? out(report) : f.formatText(report, color));
    return report.changes.length ? 1 : 0;
  }
}

async function cmdReview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('review takes exactly one FILE');
  const file = positionals[0]!;
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
  const { extractWithDoc } = await import('../extract/index.js');
  const { lintText } = await import('../extract/lint/run.js');
  const { reviewHtml } = await import('../site/review.js');
  // one reading of the source serves the extraction, the lint and the page
  const { spec, doc } = await extractWithDoc(file);
  // a web page's evidence points into its markup; the page shows the text a reader sees
  const { sourcePlace } = await import('../extract/tree/locate.js');
  const shown = doc.origin ? { ...spec, evidence: Object.fromEntries(Object.entries(spec.evidence).map(([k, e]) => [k, { ...e, ...sourcePlace(doc, e.line, e.column) }])) } : spec;
  const html = reviewHtml(file, doc.source, shown, lintText(file, doc.source, spec));
  if (values.out === undefined && !process.stdout.isTTY) {
    process.stdout.write(html);
    return 0;
  }
  // never silently into the current folder: a page on a terminal goes to a new temp folder, whose path is printed
  const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'grantspec-review-')), 'review.html');
  const { writeAtomic } = await import('./write.js');
  await writeAtomic(out, html, values.force);
  note(`grantspec: wrote ${out}`);
  return 0;
}

/** The anvisning spec an allocation belongs to, and the recipient type and parts a list covers. */
async function allocationTarget(specsDir: string, grant: string | undefined, year: string | undefined, part: string | undefined, to: string | undefined) {
  if (!grant) throw new UsageError('allocation needs --grant ID (the folder name under specs/)');
  checkGrantId(grant);
  if (!year) throw new UsageError('allocation needs --year YYYY');
  checkYear(year, '--year');
  if (to !== undefined && to !== 'kommun' && to !== 'region') throw new UsageError(`--to '${to}': use kommun or region`);
  const { loadSpec } = await import('../specs/load.js');
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
    if (!/^\d+$/u.test(p) || all[Number(p)] === undefined) throw new UsageError(`--part ${p}: ${file} has ${all.length} funding part${all.length === 1 ? '' : 's'} (0–${all.length - 1})`);
    return Number(p);
  });
  const types = new Set([...(parts ?? []).map((i) => all[i]!.to), ...(parts ? [] : (spec.recipients?.types ?? []))].filter((t) => t === 'kommun' || t === 'region'));
  const chosen = (to ?? (types.size === 1 ? [...types][0] : undefined)) as 'kommun' | 'region' | undefined;
  if (!chosen) throw new UsageError(`${file} gives the grant to ${[...types].join(' and ') || 'no kommun or region'}; say which list this is with --to kommun or --to region`);
  const both = new Set([...(spec.recipients?.types ?? []), ...all.map((p) => p.to)].filter((t) => t === 'kommun' || t === 'region')).size > 1;
  const out = join(specsDir, grant, `${year}.allocation${both ? `.${chosen}` : ''}.yaml`);
  return { spec, file, to: chosen, parts, out };
}

async function cmdAllocation(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true, strict: true,
    options: {
      grant: { type: 'string' }, year: { type: 'string' }, part: { type: 'string' }, to: { type: 'string' }, population: { type: 'string' },
      specs: { type: 'string', default: 'specs' }, out: { type: 'string' }, force: { type: 'boolean', default: false },
    },
  });
  if (sub !== 'import' && sub !== 'compute') throw new UsageError('allocation takes import FILE or compute --population FILE');
  const target = await allocationTarget(values.specs, values.grant, values.year, values.part, values.to);
  const out = values.out ?? target.out;
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
  const { readSource } = await import('../extract/read/index.js');
  const { renderSpec, loadSpec } = await import('../specs/load.js');
  const { loadReference } = await import('../specs/reference/index.js');
  const { writeAtomic } = await import('./write.js');
  const ref = loadReference();
  const readInput = async (file: string): Promise<{ text: string; sha256: string; path: string; pageStarts?: number[] }> => {
    const path = relative(process.cwd(), resolve(file)).split('\\').join('/');
    if (path.startsWith('..') || isAbsolute(path)) fail(file, 'safe-path', `is outside the project; copy it into sources/${target.spec.year ?? 'YYYY'}/ first, so that the spec can point at it`);
    const read = await readSource(file);
    return { text: read.text, sha256: read.sha256, path, ...(read.pageStarts ? { pageStarts: read.pageStarts } : {}) };
  };
  const schemaPath = relative(dirname(resolve(out)), resolve(values.specs, 'grant-spec.schema.json')).split('\\').join('/');
  const finish = async (spec: Allocation): Promise<number> => {
    await writeAtomic(out, renderSpec(spec, schemaPath), values.force);
    process.stderr.write(`grantspec: wrote ${out} (${spec.rows.length} ${spec.to === 'kommun' ? 'kommuner' : 'regioner'})\n`);
    const checked = await checkSpecs([out]);
    printDiagnostics(checked.diagnostics);
    return checked.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  };

  if (sub === 'import') {
    if (positionals.length !== 1) throw new UsageError('allocation import takes exactly one FILE (the published list)');
    const file = positionals[0]!;
    const input = await readInput(file);
    const { importAllocation } = await import('../extract/allocation/index.js');
    const result = importAllocation(input.text, {
      file, sourcePath: input.path, sha256: input.sha256, spec: target.spec, to: target.to, format: /\.(csv|tsv)$/iu.test(file) ? 'csv' : 'text',
      ...(target.parts ? { parts: target.parts } : {}), ...(input.pageStarts ? { pageStarts: input.pageStarts } : {}),
    }, ref);
    printDiagnostics(result.diagnostics);
    if (!result.allocation) {
      process.stderr.write(`grantspec: ${result.diagnostics.filter((d) => d.severity === 'error').length} problem(s) in ${file}; nothing was written\n`);
      return 1;
    }
    return finish(result.allocation);
  }

  if (positionals.length) throw new UsageError('allocation compute takes no FILE; give the population table with --population FILE');
  if (!values.population) throw new UsageError('allocation compute needs --population FILE (SCB\'s table: code, name, folkmängd)');
  const input = await readInput(values.population);
  const { readPopulation, namesDate } = await import('../extract/allocation/population.js');
  const { computeAllocation, ROUNDING_RULE, withRest } = await import('../specs/allocation/compute.js');
  const { recipientsOf } = await import('../specs/reference/index.js');
  const table = readPopulation(input.text);
  for (const p of table.problems) printDiagnostics([{ file: values.population, line: p.line, rule: 'population-row', severity: 'error', message: p.message }]);
  if (table.problems.length) return 1;
  const all = target.spec.funding?.parts ?? [];
  const parts = withRest((target.parts ?? all.map((_, i) => i).filter((i) => all[i]!.to === target.to)).map((index) => ({ index, part: all[index]! })), all, target.spec.funding?.total);
  if (parts.length === 0) fail(target.file, 'allocation-key', `has no funding parts for ${target.to} with a key; add them (to, amount, key) before computing`);
  const recipients = recipientsOf(target.spec, target.to).recipients;
  const computed = computeAllocation(parts, recipients, new Map([...table.rows].map(([code, r]) => [code, r.population])));
  for (const p of computed.problems) printDiagnostics([{ file: p.inPopulation ? values.population : target.file, rule: 'allocation-compute', severity: 'error', message: p.message }]);
  if (computed.problems.length) return 1;
  const date = target.spec.funding?.population_date;
  if (date && !namesDate(table.header, date)) {
    printDiagnostics([{ file: values.population, line: 1, rule: 'population-date', severity: 'warning', message: `Unexpected table that does not say it is per ${date}, the date the anvisning names; check that it is (SCB writes a month as ${date.slice(0, 4)}M..)` }]);
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
    const published = new Map(existing.spec.rows.map((r) => [r.code, r]));
    let differ = 0;
    for (const row of computed.rows) {
      const p = published.get(row.code);
      if (!p) continue;
      const delta = Number(p.amount) - Number(row.amount);
      if (delta !== 0) {
        differ++;
        print(`${row.code} ${row.name}: published ${String(p.amount)} kr, computed ${row.amount} kr (${delta > 0 ? '+' : ''}${delta} kr)`);
      }
    }
    process.stderr.write(`grantspec: ${differ} of ${computed.rows.length} published amounts differ from the computed ones (${out} is the published list and was left as it is)\n`);
    return differ > 0 ? 1 : 0;
  }
  if (values.out === undefined && existing.spec && !values.force) fail(out, 'would-overwrite', 'exists already; use --force to replace it, or --out another file');
  return finish(spec);
}

async function cmdSchema(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (positionals.length) throw new UsageError('schema takes no FILE; use --out FILE');
  const { jsonSchema } = await import('../specs/schema/index.js');
  if (values.out) {
    const { writeAtomic } = await import('./write.js');
    await writeAtomic(values.out, jsonSchema(), values.force);
  } else {
    process.stdout.write(jsonSchema());
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined: case 'help': case '--help': case '-h':
      print(HELP);
      return 0;
    case '--version': case '-v':
      print('grantspec 0.1.0');
      return 0;
    case 'extract': return cmdExtract(rest);
    case 'validate': return cmdValidate(rest);
    case 'schema': return cmdSchema(rest);
    case 'build': return cmdBuild(rest);
    case 'lint': return cmdLint(rest);
    case 'diff': return cmdDiff(rest);
    case 'review': return cmdReview(rest);
    case 'allocation': return cmdAllocation(rest);
    default:
      throw new UsageError(`unknown command '${cmd}'`);
  }
}

/** A grant id from the command line is a spec id (a slug), so it names one folder under specs/ and nothing above it. */
function checkGrantId(id: string): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id) || id.length > 100) {
    throw new UsageError(`--grant '${stripControl(id).slice(0, 100)}' is not a grant id (a-z, 0-9 and single hyphens, the folder name under specs/)`);
  }
}

function checkYear(y: string, flag: string): void {
  if (!/^\d{4}$/u.test(y)) throw new UsageError(`${flag} '${stripControl(y).slice(0, 20)}' is not a year as YYYY`);
  if (!plausibleYear(Number(y))) throw new UsageError(`${flag} ${y} is outside the years a grant spec can have (${YEAR_RANGE.min}–${YEAR_RANGE.max})`);
}

function noControl<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map((v) => noControl(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, noControl(v)])) as T;
  return value;
}

function oneLine(e: unknown): string {
  return stripControl(String(e instanceof Error ? e.message : e).split('\n')[0] ?? '');
}

/** Anything thrown, as one diagnostic and an exit code: input 1, usage 2, internal 3 (diff: 2 for all trouble). */
export function diagnose(e: unknown): { diagnostic: Diagnostic; code: number } {
  if (e instanceof InputError) return { diagnostic: e.diagnostic, code: 1 };
  const code = (e as { code?: unknown } | undefined)?.code;
  if (e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    return { diagnostic: { file: 'grantspec', rule: 'usage', severity: 'error', message: oneLine(e), hint: 'run grantspec --help' }, code: 2 };
  }
  if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) {
    // a system error that reached the top: its cause in words, never "ENOENT: …, syscall 'open'"
    const path = (e as { path?: unknown }).path;
    return { diagnostic: { file: typeof path === 'string' ? path : 'grantspec', rule: 'io-error', severity: 'error', message: errnoWords(code) }, code: 1 };
  }
  return {
    diagnostic: { file: 'grantspec', rule: 'internal-error', severity: 'error', message: `internal error: ${oneLine(e)}`, hint: 'this is a bug in grantspec: please report it with the command you ran (--debug shows the stack)' },
    code: 3,
  };
}

/** Global flags, taken out before a command reads its own: --debug anywhere, and --format json for how problems are printed. */
function globalFlags(argv: string[]): string[] {
  const rest = argv.filter((a) => a !== '--debug');
  output.debug = rest.length !== argv.length || Boolean(process.env.GRANTSPEC_DEBUG);
  output.json = rest.some((a, i) => a === '--format=json' || (a === '--format' && rest[i + 1] === 'json'));
  return rest;
}

main(globalFlags(process.argv.slice(2))).then((code) => { process.exitCode = code; }, (e: unknown) => {
  const { diagnostic, code } = diagnose(e);
  printDiagnostics([diagnostic]);
  if (output.debug && code === 3) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = output.exitOnTrouble || code;
});
