#!/usr/bin/env node
// Byte-identity check for speed work on PDF extraction: every PDF in the repository (sources/,
// test/**.pdf) and the bench's two long PDFs, extracted through the CLI
// (`grantspec extract FILE --format json`) of a given checkout, each output (stdout, or the error
// line and exit code) written to OUT/<path with / as __>.json.
//
//   node test/bench/pdf-outputs.mjs OUT [CHECKOUT]
//
// CHECKOUT (default: this one) is a folder with bin/grantspec.js and its build/ (a copy of a
// build made before a change will do, with node_modules linked beside it). Run it for the build
// before and after a change and compare the folders with `diff -r`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [outArg, checkoutArg] = process.argv.slice(2);
if (!outArg) {
  process.stderr.write('usage: node test/bench/pdf-outputs.mjs OUT [CHECKOUT]\n');
  process.exit(2);
}
const out = resolve(outArg);
const checkout = resolve(checkoutArg ?? ROOT);
mkdirSync(out, { recursive: true });

const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .flatMap((e) => (e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(join(d, e.name))) : e.name.toLowerCase().endsWith('.pdf') ? [join(d, e.name)] : []));
const files = ['sources', 'test'].flatMap((d) => walk(join(ROOT, d)));

// the bench's long PDFs (test/bench/bench.ts): the fixtures concatenated by qpdf, and 240 Helvetica
// pages; made in one place for every run, so that the specs' source paths and hashes are the same
const long = join(tmpdir(), 'grantspec-pdf-outputs');
mkdirSync(long, { recursive: true });
const names = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet'];
const fixtures = names.flatMap((n) => [`${n}.writer.pdf`, `${n}.chromium.pdf`]).map((f) => join(ROOT, 'test/fixtures/pdf', f));
const pages = [];
while (pages.length < 72) pages.push(...fixtures);
if (spawnSync('qpdf', ['--version']).status === 0) {
  execFileSync('qpdf', ['--deterministic-id', '--empty', '--pages', ...pages, '--', join(long, 'long.pdf')]);
  files.push(join(long, 'long.pdf'));
}
const { makePdf, paginate, wrap } = await import(join(ROOT, 'build/test/bench/pdf-writer.js'));
const { readFileSync } = await import('node:fs');
const text = names.map((n) => readFileSync(join(ROOT, 'sources/2026', `${n}.txt`), 'utf8')).join('\n\n');
const lines = [];
while (lines.length < 50 * 240) lines.push(...wrap(text));
writeFileSync(join(long, 'synthetic.pdf'), makePdf(paginate(lines.slice(0, 50 * 240))));
files.push(join(long, 'synthetic.pdf'));

for (const f of files) {
  const r = spawnSync(process.execPath, [join(checkout, 'bin/grantspec.js'), 'extract', f, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT });
  const name = (f.startsWith(long) ? `bench__${relative(long, f)}` : relative(ROOT, f)).split('/').join('__');
  // progress lines aside, what the CLI said: the spec, or its error line and exit code
  const err = r.stderr.split('\n').filter((l) => l && !/^grantspec: reading page \d+ of \d+$/u.test(l)).join('\n');
  writeFileSync(join(out, `${name}.json`), `exit ${r.status}\n${err}\n${r.stdout}`);
  process.stdout.write(`${r.status} ${name}\n`);
}
