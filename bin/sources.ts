import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fail } from '../specs/diagnostics.js';

// every format extract reads: an editor may keep a year's anvisning as the PDF or Word file it came in
const SOURCE = /\.(?:txt|md|pdf|html?|xhtml|mhtml?|docx|doc|odt|rtf)$/iu;

/**
 * A year's source files (in `dir`/`year`), in name order, each with the name of its draft
 * (`<name>.yaml`); two sources that would write one draft are one line naming both.
 */
export async function sourcesOf(dir: string, year: string): Promise<Array<{ f: string; name: string }>> {
  const files = (await readdir(join(dir, year))).filter((x) => SOURCE.test(x)).sort();
  const byName = new Map<string, string>();
  for (const f of files) {
    const name = basename(f).replace(SOURCE, '');
    const other = byName.get(name);
    if (other) fail(`sources/${year}/${f}`, 'duplicate-source', `sources/${year}/${other} and ${f} would both be extracted to dist/extracted/${year}/${name}.yaml; keep one of them in sources/`);
    byName.set(name, f);
  }
  return files.map((f) => ({ f, name: basename(f).replace(SOURCE, '') }));
}
