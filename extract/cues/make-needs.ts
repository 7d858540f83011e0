// `node build/extract/cues/make-needs.js` (run by `npm run build:ts` and `prepare` after tsc):
// the needs (literals.ts) of every pattern the cue tables, parsers and finders export, written to
// build/extract/cues/needs.json, so that a start reads a table instead of every pattern's source;
// and sv()'s rewritings (parse/unicode.ts) of every pattern the extractor's modules make as they
// load, to build/extract/parse/sv.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsFile, needsKey, readNeeds, type Needs } from './literals.js';

const here = dirname(fileURLToPath(import.meta.url));
const FOLDERS = ['cues', 'parse', 'fields'];

/** every RegExp among a module's exports, in rows, lists and records down to a few levels */
function patternsIn(value: unknown, into: Set<RegExp>, depth = 0): void {
  if (value instanceof RegExp) into.add(value);
  else if (depth < 5 && Array.isArray(value)) for (const v of value) patternsIn(v, into, depth + 1);
  else if (depth < 5 && value !== null && typeof value === 'object') for (const v of Object.values(value)) patternsIn(v, into, depth + 1);
}

/** The needs of every exported pattern of the modules under extract/cues, parse and fields, by key. */
export async function builtNeeds(): Promise<Record<string, Needs>> {
  const patterns = new Set<RegExp>();
  for (const folder of FOLDERS) {
    const dir = join(here, '..', folder);
    const files = readdirSync(dir).filter((f) => /\.[jt]s$/u.test(f) && !f.endsWith('.d.ts') && !f.startsWith('make-needs')).sort();
    for (const f of files) patternsIn(Object.values(await import(join(dir, f)) as Record<string, unknown>), patterns);
  }
  const out: Record<string, Needs> = {};
  for (const re of patterns) {
    const needs = readNeeds(re);
    // a pattern with no needs is read at once at run time too: no entry to look up
    if (needs.length > 0) out[needsKey(re)] = needs;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * sv()'s rewritings of every pattern made as the extractor's modules load (the cue tables,
 * parsers and finders, and what reading a PDF, a page or a text loads), by source.
 */
export async function builtSv(): Promise<string> {
  await builtNeeds();
  for (const m of ['../finders.js', '../read/index.js', '../read/pdf.js', '../read/html.js', '../read/docx.js']) await import(m);
  const { svFile } = await import('../parse/unicode.js');
  return svFile();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = await builtNeeds();
  writeFileSync(join(here, 'needs.json'), needsFile(table));
  process.stdout.write(`needs of ${Object.keys(table).length} patterns written to ${join(here, 'needs.json')}\n`);
  const sv = await builtSv();
  const svFile = join(here, '..', 'parse', 'sv.json');
  writeFileSync(svFile, sv);
  process.stdout.write(`sv() rewritings of ${Object.keys((JSON.parse(sv) as { entries: object }).entries).length} patterns written to ${svFile}\n`);
}
