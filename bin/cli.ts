import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, InputError, type Diagnostic } from '../specs/diagnostics.js';
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
  grantspec diff OLD NEW [--format text|markdown|html|json]
  grantspec diff --grant ID --from YEAR --to YEAR
      What changed between two specs of a grant, field by field. Exit 0 equal, 1 different, 2 trouble.
  grantspec lint FILE [--format text|json] [--explain RULE]
      Findings on the source text itself: mixed-script, placeholder-link, malformed-link,
      email-mismatch, misspelling, and amounts-reconcile / date-order on what it states.
  grantspec review FILE [--out report.html] [--force]
      One self-contained HTML page for checking an extraction against its source.
  grantspec review SOURCE --grant ID --year YEAR [--specs DIR] [--out report.html] [--force]
      The year's review for an update: the new source with every value highlighted by status, the
      changes against last year, the lint findings and the values left for review.
  grantspec allocation import FILE --grant ID --year YEAR [--part N[,N…]] [--to kommun|region] [--force]
      Read a published allocation list (CSV, a table, or name and amount per line) into
      specs/ID/YEAR.allocation.yaml, every row matched to a kommun or region and grounded by its line.
  grantspec allocation compute --grant ID --year YEAR --population FILE [--to kommun|region] [--force]
      Compute the amounts from the anvisning's key (equal, fixed per recipient, per capita) and SCB's
      population table; with a published list already there, report where it differs instead.
  grantspec update SOURCE --grant ID --year YEAR [--specs DIR] [--force] [--format text|json]
      Carry the grant's curated spec of an earlier year forward against the year's new anvisning:
      every value new, same, changed, carried (last year's hand-curated value, still in the new text,
      with fresh evidence) or needs-review (no longer in the new text: left out and listed). Writes
      DIR/ID/YEAR.yaml (never over an existing file without --force).
  grantspec preview [--specs DIR] [--port N] [--today YYYY-MM-DD]
      Serve the site on http://127.0.0.1:N/ (default 8080; 0 any free port), rebuilt when a spec or a
      template changes; the open page reloads itself. Errors show in the page and here, and the last
      good build stays served.
  grantspec schema [--out FILE]
      Print (or write) the JSON Schema of grant specs, for YAML editors.
  grantspec help | --help | --version

Examples:
  grantspec extract sources/2026/nationella-kvalitetsregister.txt
  grantspec extract sources/2027/x.txt --out specs/x/2027.yaml
  grantspec validate specs/
  grantspec build --out dist --today 2026-04-15
  grantspec allocation import sources/2025/tillganglighet-och-vardkapacitet.fordelning.txt --grant tillganglighet-och-vardkapacitet --year 2025
  grantspec schema --out specs/grant-spec.schema.json
`;

class UsageError extends Error {}

function print(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

function printDiagnostics(ds: readonly Diagnostic[]): void {
  for (const d of ds) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE');
  if (values.format !== 'yaml' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use yaml or json`);
  const { extract } = await import('../extract/index.js');
  const { renderSpec } = await import('../specs/load.js');
  const file = positionals[0]!;
  const spec = await extract(file, process.cwd(), {
    // a progress line for long PDFs, so that a long read is never mistaken for a hang
    onProgress: (page, pages) => {
      if (pages >= 50 && (page === 1 || page % 50 === 0 || page === pages)) process.stderr.write(`grantspec: reading page ${page} of ${pages}\n`);
    },
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
    print(JSON.stringify({ files: result.files, errors, warnings, diagnostics: result.diagnostics }, null, 2));
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
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today '${today}' is not a date as YYYY-MM-DD`);
  const { buildSite } = await import('../site/build.js');
  const result = await buildSite({
    specsDir: values.specs, templatesDir: resolve(ROOT, 'templates'), assetsDir: resolve(ROOT, 'site', 'assets'), today, outDir: values.out,
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}),
    validate: (files) => checkSpecs([...files], { keepSpecs: true }),
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.built) {
    printDiagnostics(errors);
    process.stderr.write(`grantspec: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${values.specs}; the site was not built and ${values.out} is unchanged\n`);
    return 1;
  }
  process.stderr.write(`grantspec: built ${result.pages} pages and ${result.files} files into ${values.out}/site and ${values.out}/checklists (${result.rendered} grant folder${result.rendered === 1 ? '' : 's'} rendered, ${result.written} files written)\n`);
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
    print(JSON.stringify({ findings: findings.map((d) => ({ rule: d.rule, line: d.line, column: d.column, severity: d.severity, message: d.message })) }, null, 2));
  } else {
    for (const d of findings) print(formatDiagnostic(d));
  }
  return findings.some((d) => d.severity === 'error') ? 1 : 0;
}

async function cmdDiff(args: string[]): Promise<number> {
  // like diff(1): 0 when equal, 1 when different, 2 on trouble
  try {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { format: { type: 'string', default: 'text' }, grant: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, specs: { type: 'string', default: 'specs' } },
    });
    const files = values.grant
      ? [values.from, values.to].map((y) => {
        if (!y || !/^\d{4}$/u.test(y)) throw new UsageError('--grant needs --from YEAR and --to YEAR');
        return `${values.specs}/${values.grant}/${y}.yaml`;
      })
      : positionals;
    if (files.length !== 2) throw new UsageError('diff takes OLD and NEW, or --grant ID --from YEAR --to YEAR');
    if (!['text', 'markdown', 'html', 'json'].includes(values.format)) throw new UsageError(`unknown --format '${values.format}'; use text, markdown, html or json`);
    const { loadSpec } = await import('../specs/load.js');
    const loaded = await Promise.all(files.map((f) => loadSpec(f!)));
    const errors = loaded.flatMap((l) => l.diagnostics);
    if (errors.length || loaded.some((l) => !l.spec)) {
      printDiagnostics(errors);
      return 2;
    }
    const { diffSpecs } = await import('../specs/diff/index.js');
    const f = await import('../specs/diff/format.js');
    const changes = diffSpecs(loaded[0]!.spec!, loaded[1]!.spec!);
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(values.format === 'json' ? f.formatJson(changes) : values.format === 'markdown' ? f.formatMarkdown(changes) : values.format === 'html' ? f.formatHtml(changes) : f.formatText(changes, color));
    return changes.length ? 1 : 0;
  } catch (e) {
    process.stderr.write(`grantspec: ${oneLine(e)}${e instanceof UsageError ? '; run grantspec --help' : ''}\n`);
    return 2;
  }
}

async function cmdReview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, grant: { type: 'string' }, year: { type: 'string' }, specs: { type: 'string', default: 'specs' } },
  });
  if (positionals.length !== 1) throw new UsageError('review takes exactly one FILE');
  const file = positionals[0]!;
  if (values.grant !== undefined || values.year !== undefined) {
    // the update's review: the year's new anvisning against the grant's curated spec of last year
    if (!values.grant || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.grant)) throw new UsageError('review --grant needs an ID (the folder name under specs/)');
    if (!values.year || !/^\d{4}$/u.test(values.year)) throw new UsageError('review --grant needs --year YYYY');
    const { updateReview } = await import('../extract/update/index.js');
    const { reviewUpdateHtml } = await import('../site/review.js');
    const html = reviewUpdateHtml(await updateReview(file, { grant: values.grant, year: Number(values.year), specsDir: values.specs }));
    const out = values.out ?? 'review.html';
    const { writeAtomic } = await import('./write.js');
    await writeAtomic(out, html, values.force || values.out === undefined);
    process.stderr.write(`grantspec: wrote ${out}\n`);
    return 0;
  }
  const { reviewInput } = await import('../extract/review.js');
  const { reviewHtml } = await import('../site/review.js');
  const r = await reviewInput(file);
  const html = reviewHtml(r.file, r.source, r.spec, r.findings);
  const out = values.out ?? 'review.html';
  const { writeAtomic } = await import('./write.js');
  await writeAtomic(out, html, values.force || values.out === undefined);
  process.stderr.write(`grantspec: wrote ${out}\n`);
  return 0;
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
  const { runAllocation, AllocationUsageError } = await import('../extract/allocation/run.js');
  const outcome = await runAllocation({ sub, positionals, specsDir: values.specs, ...values }).catch((e: unknown) => {
    throw e instanceof AllocationUsageError ? new UsageError(e.message) : e;
  });
  printDiagnostics(outcome.diagnostics);
  for (const line of outcome.lines) print(line);
  if (outcome.note) process.stderr.write(`grantspec: ${outcome.note}\n`);
  if (!outcome.write) return outcome.code;
  const { out, spec, schemaPath } = outcome.write;
  const { renderSpec } = await import('../specs/load.js');
  const { writeAtomic } = await import('./write.js');
  await writeAtomic(out, renderSpec(spec, schemaPath), values.force);
  process.stderr.write(`grantspec: wrote ${out} (${spec.rows.length} ${spec.to === 'kommun' ? 'kommuner' : 'regioner'})\n`);
  const checked = await checkSpecs([out]);
  printDiagnostics(checked.diagnostics);
  return checked.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function cmdUpdate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { grant: { type: 'string' }, year: { type: 'string' }, specs: { type: 'string', default: 'specs' }, force: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
  });
  if (positionals.length !== 1) throw new UsageError('update takes exactly one SOURCE (the year\'s new anvisning)');
  if (!values.grant || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.grant)) throw new UsageError('update needs --grant ID (the folder name under specs/)');
  if (!values.year || !/^\d{4}$/u.test(values.year)) throw new UsageError('update needs --year YYYY');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use text or json`);
  const { update, formatUpdate } = await import('../extract/update/index.js');
  const { renderSpec } = await import('../specs/load.js');
  const out = join(values.specs, values.grant, `${values.year}.yaml`);
  const result = await update(positionals[0]!, { grant: values.grant, year: Number(values.year), specsDir: values.specs });
  const schemaPath = relative(dirname(resolve(out)), resolve(ROOT, 'specs', 'grant-spec.schema.json')).split('\\').join('/');
  const { writeAtomic } = await import('./write.js');
  await writeAtomic(out, renderSpec(result.spec, schemaPath), values.force);
  print(formatUpdate(result, out, values.format));
  return 0;
}

async function cmdPreview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { specs: { type: 'string', default: 'specs' }, port: { type: 'string', default: '8080' }, today: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError('preview takes no FILE; use --specs DIR');
  if (!/^\d{1,5}$/u.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port '${values.port}' is not a port number (0 for any free port)`);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today '${today}' is not a date as YYYY-MM-DD`);
  const { startPreview } = await import('../site/preview.js');
  const preview = await startPreview({
    specsDir: values.specs, templatesDir: resolve(ROOT, 'templates'), assetsDir: resolve(ROOT, 'site', 'assets'), today, port: Number(values.port),
    validate: (files) => checkSpecs([...files], { keepSpecs: true }),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  print(`grantspec: preview at ${preview.url} (127.0.0.1 only); watching ${values.specs} and the templates; Ctrl-C stops it`);
  await new Promise<void>((done) => {
    const stop = (): void => { void preview.close().then(done); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function cmdSchema(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' } } });
  if (positionals.length) throw new UsageError('schema takes no FILE; use --out FILE');
  const { jsonSchema } = await import('../specs/schema/index.js');
  if (values.out) {
    const { writeAtomic } = await import('./write.js');
    await writeAtomic(values.out, jsonSchema(), true);
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
    case 'update': return cmdUpdate(rest);
    case 'preview': return cmdPreview(rest);
    default:
      throw new UsageError(`unknown command '${cmd}'`);
  }
}

function oneLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  if (e instanceof InputError) {
    printDiagnostics([e.diagnostic]);
    process.exitCode = 1;
  } else if (e instanceof UsageError || (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`grantspec: ${oneLine(e)}; run grantspec --help\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`grantspec: internal error: ${oneLine(e)} (please report it; set GRANTSPEC_DEBUG=1 for details)\n`);
    if (process.env.GRANTSPEC_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    process.exitCode = 3;
  }
});
