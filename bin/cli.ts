import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errnoWords } from '../specs/limits.js';
import { plausibleYear, YEAR_RANGE } from '../specs/years.js';
import { diagnosticRecord, formatDiagnostic, InputError, stripControl, type Diagnostic } from '../specs/diagnostics.js';
import type { Validated } from '../specs/validate.js';

// The only code that prints or sets exit codes. Heavy modules load lazily so `--help` is instant.
// Nor does a one-file build start faster (measured, not adopted): the CLI bundled into one ESM file
// (esbuild --bundle --packages=external) took 956-968 ms to extract a 2 kB text against 644-656 ms
// from these files (9 runs interleaved at real-time priority, `node -e 0` 157 ms), since the one
// file is compiled whole where these modules load only when needed; in chunks (--splitting) 632 ms,
// within noise. The start is module compilation, cue tables' patterns and Node's own loader.
// Nor does a V8 code cache pay enough (measured 3 December 2026, not adopted). Node 20 has no
// module.enableCompileCache and caches no ESM, so the CLI (the extract command's modules) was
// bundled into one CommonJS file (esbuild --bundle --format=cjs, each module's import.meta.url kept
// as its own file's, non-ASCII written as \u escapes so the 4.3 MB source reads as latin1: 16 + 28
// ms, against 15 + 46 ms as UTF-8) and run through vm.Script with the cachedData that
// script.createCachedData() gave after a run of the 216-page bench PDF (3.3 MB; accepted:
// cachedDataRejected false): the same bytes out, the cache's deserializing 66-96 ms before the
// first line runs, against 154-189 ms compiling the bundle without it. The CLI extracting the bench
// PDF (`extract FILE --format json`, at real-time priority, interleaved with the ESM build as it is
// and `pdftotext FILE -`, medians): the bundle with its cache 2.63 s wall, 3.69-3.73 s CPU against
// 2.69-2.71 s, 3.93-3.96 s (two series of 5, load average 3-12), 2.66 s against 2.73 s (7, load
// 15); without the cache 2.73-2.74 s: as now. pdf.js alone bundled and cached (the rest as now, a
// 1.9 MB source, a 1.7 MB cache made after the reading or at exit: the same size, no code flushed)
// 2.58, 2.60, 2.71 and 2.54 s against 2.73, 2.74, 2.77 and 2.61 s (series of 7, 9, 7, 11 at load
// 13-17); uncached 2.76 and 2.60 s; both (the CLI without pdf.js and pdf.js, each cached) 2.70 and
// 2.51 s against 2.77 and 2.61 s. So 0.06-0.15 s wall and 0.16-0.26 s CPU of the bench PDF's
// 2.6-2.8 s (pdftotext 0.26-0.30 s: 8.7-10.4× becomes 8.4-10.1×), under the 0.15 s a build step, a
// bundler and a cache file would have had to pay; on a 7 kB text the cached bundle is slower (0.88
// s against 0.81 s, 7 rounds: all of it is read and deserialized where the ESM build loads only
// what the command needs), on a 44 kB PDF 0.93 s against 0.98 s with pdf.js cached. What a cache
// cannot save: Node's start, the patterns' compiling (V8 caches no regexp code; see
// extract/cues/literals.ts) and the first-run JIT.
// Nor do V8's flags (measured 5 December 2026, h/perf65, the bench PDF at chrt -r 10, load 16-20, 2
// rounds each, interleaved with runs without a flag): 2.56-2.80 s wall without, against
// --max-semi-space-size=16 2.62-3.34, =64 2.94-3.36 (peak 186-203 MB), --regexp-interpret-all 3.28,
// --no-regexp-tier-up 2.53-2.60, --regexp-tier-up-ticks=10 2.65-2.78, --always-sparkplug 2.75-2.77,
// --no-lazy-feedback-allocation 2.64-2.70, --max-lazy 2.65-2.74 s; the same bytes out with each.
// Nor does a V8 startup snapshot with the extract command's modules (and pdf.js) in its heap
// (measured 5 December 2026, h/snap68, not adopted; test/bench/snapshot.mjs makes one): started
// straight from the blob the bench PDF took 2.58-2.63 s against 2.60-2.61 s (deserializing the heap
// costs most of the loading it saves, and the first-run cost cannot be kept in it), and `grantspec`,
// run by a Node already started, would need a second Node from the blob: 2.68-2.73 s.
// Nor does a leaner build (measured 7 December 2026, h/pdf82, not adopted; the same bytes out): every
// regex literal of build/ (3 073) rewritten as new RegExp(source, flags) made importing the finders
// dearer, 490 ms CPU against 420 (9 interleaved rounds), though a module of 200 /iu literals with
// \p{L} alone compiles 0.4 ms a literal slower than the same as strings; tsc's removeComments (a
// third of the cue modules' bytes, make-needs run again so needs.json and sv.json are read) 440
// against 440 ms. Nor --no-regexp-optimization (CLI CPU 4.57 s against 3.81 s) or
// --no-regexp-peephole-optimization (3.83 s). The cold split of the 216-page bench PDF at chrt -r 10
// (wall / CPU ms): modules 315-353 / 355-397, pdf.js modules 65 / 68, reading 1110-1337 / 1640-1896
// (pdf.js's text content alone 936-1018 / 1277-1385), tree 116-162 / 200-270, fields 653-744 /
// 991-1089, of which the patterns' first compiling (warm(): 2 833 calls, 430 non-global patterns)
// 152 ms; `pdftotext FILE -` 238-254 ms.
// What did pay (h/pdf84, 7 December 2026): the build (bin/regex-sources.js, after tsc) writes the
// 1 469 literals passed to sv() as source strings, which sv() builds only at a pattern's first run,
// and the 969 other literals at a module's top level as new RegExp(strings), parsed once instead of
// twice; literals inside functions stay. Importing the extractor at chrt -r 10: 328-456 ms -> 165-235.
// And (h/pdf85, 7 December 2026): exact gates where a finder blanked or searched every sentence of the
// body. The types-completeness check (recipients.ts statedTypeMissing) reads a sentence only where a
// frame's words and a lacking type noun's are (cues/literals.ts mayHoldBlanked: blanking adds no
// character but the space, so a need missing from a sentence is missing from its blanked text): 269 ->
// 74 ms; the party names and the denials are blanked only where their rows' words are (-> 40 ms);
// findLegalRefs searches for an act's number only in a block with a colon, a diary number only with a
// slash (44 -> 17 ms). The fields stage 857-894 -> 632-668 ms wall. Measured and not adopted then:
// --max-semi-space-size=32 / 64 and --min-semi-space-size=16 (48-52 scavenges against 69, but 2.64-2.67 s
// wall against 2.59 s, 7 interleaved rounds, peak 217-289 MB against 181 MB), and v8.setFlagsFromString
// once Node runs (31 scavenges against 32 on a test of its own: no effect), so no flag in the shebang;
// the same gate on subjectTypes (its applying verbs' words are in most sentences: within noise); an index
// of the left column's items by baseline for columnLines' overflow test (within noise). The form-evidence
// check (reporting-form.ts kindEvidenceRows, 160-200 ms cold) cannot stop early exactly: its 60 form rows
// can reach 336 points against the anvisning rows' 51, so no count of prose decides before every form
// row whose words the text holds is counted (its dearest, empty-label-run, 12.5 ms warm).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `grantspec — Swedish grant instructions (anvisningar för statsbidrag) as validated, source-grounded YAML specs

Usage:
  grantspec extract FILE [--format yaml|json] [--out FILE] [--force] [--explain]
      Read an anvisning or återrapporteringsformulär (.txt, .md, .pdf, a saved web page .html or
      .mhtml, Word .docx; .doc, .odt and .rtf through LibreOffice) and print its spec.
      --out writes the spec atomically and never replaces an existing file without --force.
      --explain: why the text was read as a reporting form or an anvisning, to stderr: the rule
      that decided, or each piece of evidence with its weight, count and first line.
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
  grantspec schema [--out FILE] [--force]
      Print (or write) the JSON Schema of grant specs, for YAML editors (--force to replace FILE).
  grantspec help | --help | --version

Every command: --format json prints problems as JSON records; --debug adds the stack to an internal error.

Input limits (one line naming the limit when exceeded):
  regular files only (no FIFO, device or folder); text source 20 MB, PDF 200 MB (5 000 pages,
  256 MB of decompressed streams), spec 5 MB; a source's text 1 000 000 characters, 25 000 lines,
  50 000 characters a line, lists and quotes 64 deep; YAML 64 deep; amounts up to 10^13 kr;
  years 1990–2100; LibreOffice reading a .doc, .odt or .rtf 120 s.

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
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE');
  if (values.format !== 'yaml' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use yaml or json`);
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
  const { extractWithDoc } = await import('../extract/index.js');
  const { notesOf } = await import('../extract/notes.js');
  const file = positionals[0]!;
  const { spec, doc } = await extractWithDoc(file, process.cwd(), {
    // a progress line for long PDFs, so that a long read is never mistaken for a hang
    onProgress: (page, pages) => {
      if (pages >= 50 && (page === 1 || page % 50 === 0 || page === pages)) process.stderr.write(`grantspec: reading page ${page} of ${pages}\n`);
    },
    onDiagnostic: (d) => printDiagnostics([d]),
  });
  // what the extraction read but left out, as `lint` and `update` report it
  printDiagnostics(notesOf(doc, file));
  if (values.explain) {
    const { explainKind, formatKindExplanation } = await import('../extract/explain.js');
    const { flowedDoc } = await import('../extract/read/pdf-flow.js');
    // the kind as extract decided it: over a PDF's paragraphs read as one line each
    const why = explainKind(flowedDoc(doc));
    process.stderr.write(values.format === 'json' ? `${JSON.stringify({ kind_explanation: why })}\n` : formatKindExplanation(why));
  }
  const schemaPath = values.out
    ? relative(dirname(resolve(values.out)), resolve(ROOT, 'specs', 'grant-spec.schema.json')).split('\\').join('/')
    : '../grant-spec.schema.json';
  // the YAML writer (and the schema it loads) only for YAML
  const text = values.format === 'json' ? `${JSON.stringify(spec, null, 2)}\n` : (await import('../specs/load.js')).renderSpec(spec, schemaPath);
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
  process.stderr.write(`grantspec: built ${result.pages} pages and ${result.files} files into ${values.out}/site and ${values.out}/checklists (${result.rendered} grant folder${result.rendered === 1 ? '' : 's'} rendered, ${result.written} files written, ${(result.bytes / 1e6).toFixed(1)} MB)\n`);
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
      for (const g of report.gaps) process.stderr.write(`${noControl(g.reworded ? `grantspec: reworded, not changed: ${g.label} (${g.path}) asks for the same things in the new text: "${g.quote}"` : `grantspec: extraction gap: ${g.label} (${g.path}) is still stated in the ${g.side === 'new' ? 'new' : 'old'} text but missing from its spec: "${g.quote}"`)}
`);
    }
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    const out = { json: f.formatJson, markdown: f.formatMarkdown, html: f.formatHtml, csv: f.formatCsv }[values.format as 'json'];
    process.stdout.write(out ? out(report) : f.formatText(report, color));
    return report.changes.length ? 1 : 0;
  }
}

async function cmdReview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, grant: { type: 'string' }, year: { type: 'string' }, specs: { type: 'string', default: 'specs' } },
  });
  if (positionals.length !== 1) throw new UsageError('review takes exactly one FILE');
  const file = positionals[0]!;
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
  if (values.grant !== undefined || values.year !== undefined) {
    // the update's review: the year's new anvisning against the grant's curated spec of last year
    if (!values.grant) throw new UsageError('review --grant needs an ID (the folder name under specs/)');
    checkGrantId(values.grant);
    if (!values.year) throw new UsageError('review --grant needs --year YYYY');
    checkYear(values.year, '--year');
    const { updateReview } = await import('../extract/update/index.js');
    const { reviewUpdateHtml } = await import('../site/review.js');
    const html = reviewUpdateHtml(await updateReview(file, { grant: values.grant, year: Number(values.year), specsDir: values.specs }));
    return writeReview(html, values.out, values.force);
  }
  const { reviewInput } = await import('../extract/review.js');
  const { reviewHtml } = await import('../site/review.js');
  const r = await reviewInput(file);
  const html = reviewHtml(r.file, r.source, r.spec, r.findings);
  return writeReview(html, values.out, values.force);
}

/** A review page to --out, else to stdout, or on a terminal into a new temp folder whose path is printed: never silently into the current folder. */
async function writeReview(html: string, outOpt: string | undefined, force: boolean): Promise<number> {
  if (outOpt === undefined && !process.stdout.isTTY) {
    process.stdout.write(html);
    return 0;
  }
  const out = outOpt ?? join(mkdtempSync(join(tmpdir(), 'grantspec-review-')), 'review.html');
  const { writeAtomic } = await import('./write.js');
  await writeAtomic(out, html, force);
  note(`grantspec: wrote ${out}`);
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
  if (values.grant !== undefined) checkGrantId(values.grant);
  if (values.year !== undefined) checkYear(values.year, '--year');
  if (values.out) await (await import('./write.js')).checkTarget(values.out, values.force);
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
  if (!values.grant) throw new UsageError('update needs --grant ID (the folder name under specs/)');
  checkGrantId(values.grant);
  if (!values.year) throw new UsageError('update needs --year YYYY');
  checkYear(values.year, '--year');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format '${values.format}'; use text or json`);
  const { update, formatUpdate } = await import('../extract/update/index.js');
  const { renderSpec } = await import('../specs/load.js');
  const out = join(values.specs, values.grant, `${values.year}.yaml`);
  await (await import('./write.js')).checkTarget(out, values.force);
  // what reading the file finds and what the extraction left out, on stderr as `extract` reports them
  const result = await update(positionals[0]!, { grant: values.grant, year: Number(values.year), specsDir: values.specs, onDiagnostic: (d) => printDiagnostics([d]) });
  printDiagnostics(result.notes);
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
    case 'update': return cmdUpdate(rest);
    case 'preview': return cmdPreview(rest);
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

/**
 * Commands whose work is over when they return: the process ends as soon as what they wrote has
 * reached stdout and stderr, without Node's orderly teardown of the heap and its threads first
 * (after a long PDF, a heap of about 150 MB: a tenth of a second or more of the CLI's wall time).
 */
const ENDS_WHEN_RETURNED = new Set(['extract']);

/** Exit with `code` once every earlier write to stdout and stderr has been handed to the system. */
function exitWhenWritten(code: number): void {
  let waiting = 2;
  const written = (): void => {
    if (--waiting === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

const argv = globalFlags(process.argv.slice(2));
main(argv).then((code) => {
  process.exitCode = code;
  if (ENDS_WHEN_RETURNED.has(argv[0] ?? '')) exitWhenWritten(code);
}, (e: unknown) => {
  const { diagnostic, code } = diagnose(e);
  printDiagnostics([diagnostic]);
  if (output.debug && code === 3) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = output.exitOnTrouble || code;
});
