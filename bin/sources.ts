import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fail } from '../specs/diagnostics.js';
import { formatOf } from '../extract/read/formats.js';

/**
 * A year's source files (in `dir`/`year`), in name order, each with the name of its draft
 * (`<name>.yaml`); two sources that would write one draft are one line naming both.
 */
export async function sourcesOf(dir: string, year: string): Promise<Array<{ f: string; name: string }>> {
  // every format extract reads: an editor may keep a year's anvisning as the PDF or Word file it came in
  const files = (await readdir(join(dir, year))).filter((x) => formatOf(x) !== undefined).sort();
  const byName = new Map<string, string>();
  for (const f of files) {
    const name = draftName(f);
    const other = byName.get(name);
    if (other) fail(`sources/${year}/${f}`, 'duplicate-source', `sources/${year}/${other} and ${f} would both be extracted to dist/extracted/${year}/${name}.yaml; keep one of them in sources/`);
    byName.set(name, f);
  }
  return files.map((f) => ({ f, name: draftName(f) }));
}

const draftName = (f: string): string => basename(f, extname(f));
