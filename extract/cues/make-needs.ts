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

/** what reading a PDF, a page or a text loads, and the finders */
const LOADED = ['../finders.js', '../read/index.js', '../read/pdf.js', '../read/html.js', '../read/docx.js'];

/** every RegExp among a module's exports, in rows, lists and records down to a few levels */
function patternsIn(value: unknown, into: Set<RegExp>, depth = 0): void {
  if (value instanceof RegExp) into.add(value);
  else if (depth < 5 && Array.isArray(value)) for (const v of value) patternsIn(v, into, depth + 1);
  else if (depth < 5 && value !== null && typeof value === 'object') for (const v of Object.values(value)) patternsIn(v, into, depth + 1);
}

/**
 * The needs of every exported pattern of the modules under extract/cues, parse and fields, by key;
 * with `made`, of every pattern sv() made so far too (in a fresh process: as the modules loaded).
 */
export async function builtNeeds(made = false): Promise<Record<string, Needs>> {
  const patterns = new Set<RegExp>();
  for (const folder of FOLDERS) {
    const dir = join(here, '..', folder);
    const files = readdirSync(dir).filter((f) => /\.[jt]s$/u.test(f) && !f.endsWith('.d.ts') && !f.startsWith('make-needs')).sort();
    for (const f of files) patternsIn(Object.values(await import(join(dir, f)) as Record<string, unknown>), patterns);
  }
  // and every pattern sv() made as the extractor's modules loaded, exported or not: the unexported
  // ones (a finder's own patterns) were read at every run, about 20 ms on the 216-page bench PDF
  for (const m of LOADED) await import(m);
  if (made) for (const re of (await import('../parse/unicode.js')).svMade()) patterns.add(re);
  const out: Record<string, Needs> = {};
  // a pattern with no needs has its entry too (an empty list): without one it is read at every run
  for (const re of patterns) out[needsKey(re)] = readNeeds(re);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * sv()'s rewritings of every pattern made as the extractor's modules load (the cue tables,
 * parsers and finders, and what reading a PDF, a page or a text loads), by source.
 */
export async function builtSv(): Promise<string> {
  await builtNeeds();
  const { svFile } = await import('../parse/unicode.js');
  return svFile();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = await builtNeeds(true);
  writeFileSync(join(here, 'needs.json'), needsFile(table));
  process.stdout.write(`needs of ${Object.keys(table).length} patterns written to ${join(here, 'needs.json')}\n`);
  const sv = await builtSv();
  const svFile = join(here, '..', 'parse', 'sv.json');
  writeFileSync(svFile, sv);
  process.stdout.write(`sv() rewritings of ${Object.keys((JSON.parse(sv) as { entries: object }).entries).length} patterns written to ${svFile}\n`);
}
