import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extract/index.js';
import { renderSpec } from '../specs/load.js';
import { writeAtomic } from './write.js';

// The main job's extraction step: every document in sources/ → dist/extracted/<year>/<name>.yaml,
// drafts for editors to compare with the curated specs in specs/.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const years = (await readdir(join(ROOT, 'sources'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
let n = 0;
for (const year of years) {
  for (const f of (await readdir(join(ROOT, 'sources', year))).filter((x) => /\.(?:txt|md)$/u.test(x)).sort()) {
    const spec = await extract(join(ROOT, 'sources', year, f), ROOT);
    const out = join(ROOT, 'dist', 'extracted', year, `${basename(f).replace(/\.(?:txt|md)$/u, '')}.yaml`);
    await writeAtomic(out, renderSpec(spec, '../../../specs/grant-spec.schema.json'), true);
    n++;
  }
}
process.stderr.write(`grantspec: extracted ${n} sources into dist/extracted/\n`);
