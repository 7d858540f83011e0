#!/usr/bin/env node
// Byte-identity check for speed work: `node test/bench/identity.mjs OUT_DIR [LONG_PDF]` writes the
// JSON spec (or the error line) of every input the project ships or scores — the PDFs under
// test/fixtures, the sources, both development corpora and the test split (run, never read) —
// into OUT_DIR, one file per input, exactly as `grantspec extract F --format json` prints it.
// Compare two runs with `diff -r BEFORE AFTER`. LONG_PDF (the bench's concatenated PDF) goes
// through the CLI itself, start-up and all; the rest run in one process after `npx tsc`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [out, long] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node test/bench/identity.mjs OUT_DIR [LONG_PDF]\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
process.chdir(ROOT);

const walk = (d, keep) => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name), keep) : keep(e.name) ? [join(d, e.name)] : []));
const text = (n) => /\.(?:txt|md)$/u.test(n) && n !== 'README.md' && n !== 'PAIRS.md';
const files = [
  ...walk('test/fixtures', (n) => n.endsWith('.pdf')),
  ...['sources', 'test/corpus/dev', 'test/corpus/test', 'test/fixtures/corpus/dev'].flatMap((d) => walk(d, text)),
];

const name = (f) => relative(ROOT, resolve(f)).replaceAll('/', '__');
const { extract } = await import(join(ROOT, 'build/extract/index.js'));
for (const f of files) {
  let body;
  try {
    body = `${JSON.stringify(await extract(f, ROOT), null, 2)}\n`;
  } catch (e) {
    body = `error: ${e?.constructor?.name} ${e?.message}\n`;
  }
  writeFileSync(join(out, `${name(f)}.json`), body);
}
if (long) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'extract', long, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(join(out, 'long.pdf.json'), `${r.stdout}status ${r.status}\n`);
}
process.stdout.write(`${files.length + (long ? 1 : 0)} outputs in ${out}\n`);
