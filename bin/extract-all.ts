import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAllocation } from '../extract/allocation/index.js';
import { extract } from '../extract/index.js';
import { readSource } from '../extract/read/index.js';
import { loadSpec, renderSpec } from '../specs/load.js';
import { loadReference } from '../specs/reference/index.js';
import type { Allocation } from '../specs/schema/index.js';
import { anvisningFor, specFiles } from '../specs/validate.js';
import { writeAtomic } from './write.js';
import { sourcesOf } from './sources.js';
import { formatDiagnostic, InputError } from '../specs/diagnostics.js';

// The main job's extraction step: every document in sources/ → dist/extracted/<year>/<name>.yaml,
// drafts for editors to compare with the curated specs in specs/. A published allocation list
// (the source of an allocation spec) is imported as a list, for the anvisning its spec belongs to.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMA = '../../../specs/grant-spec.schema.json';

const lists = new Map<string, { allocation: Allocation; file: string }>();
for (const file of await specFiles(join(ROOT, 'specs'))) {
  const spec = (await loadSpec(file)).spec;
  if (spec?.kind === 'allocation' && spec.method === 'published') lists.set(spec.source.path, { allocation: spec, file });
}

async function extractAll(): Promise<number> {
  const years = (await readdir(join(ROOT, 'sources'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  let n = 0;
  for (const year of years) {
    for (const { f, name } of await sourcesOf(join(ROOT, 'sources'), year)) {
      const path = join(ROOT, 'sources', year, f);
      const list = lists.get(`sources/${year}/${f}`);
      if (list) {
        const anvisning = await anvisningFor(list.file, list.allocation.year, loadSpec);
        if (!anvisning) continue;
        const read = await readSource(path);
        const { allocation } = importAllocation(read.text, {
          file: path, sourcePath: `sources/${year}/${f}`, sha256: read.sha256, spec: anvisning,
          to: list.allocation.to, format: 'text', ...(list.allocation.parts ? { parts: list.allocation.parts } : {}),
        }, loadReference());
        if (allocation) await writeAtomic(join(ROOT, 'dist', 'extracted', year, `${name}.allocation.yaml`), renderSpec(allocation, SCHEMA), true);
      } else {
        await writeAtomic(join(ROOT, 'dist', 'extracted', year, `${name}.yaml`), renderSpec(await extract(path, ROOT), SCHEMA), true);
      }
      n++;
    }
  }
  return n;
}

// a source extract cannot read is one line naming it, as from the CLI, and the job stops non-zero
let n: number;
try {
  n = await extractAll();
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`${formatDiagnostic(e.diagnostic)}\n`);
  process.exit(1);
}
process.stderr.write(`grantspec: extracted ${n} sources into dist/extracted/ (${lists.size} of them allocation lists)\n`);
