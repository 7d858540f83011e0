import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { buildSite, defaultJobs } from '../../site/build.js';

// `npm run bench` (site part): 1 000 grant-years made from the real specs (each a copy with its own
// id and year), built into a site and checklists on disk (load, render, write, swap in), with one
// thread and with the default; pages per second and peak memory. Validation (`grantspec build`
// runs it first) is not included: these copies' quotes point at sources they were not made from.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'grantspec-site-bench-'));
const bases = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
  .map((id) => parse(readFileSync(join(ROOT, 'specs', id, '2026.yaml'), 'utf8')) as Record<string, unknown>);
let n = 0;
for (let copy = 0; n < 1000; copy++) {
  for (const base of bases) {
    if (n >= 1000) break;
    const id = `${String(base.id)}-${Math.floor(copy / 10)}`;
    const year = 2016 + (copy % 10);
    const spec = { ...base, id, year, title: `${String(base.title)} (${year})` };
    const file = join(dir, 'specs', id, `${year}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, stringify(spec));
    n++;
  }
}

const options = { specsDir: join(dir, 'specs'), templatesDir: join(ROOT, 'templates'), assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15', outDir: join(dir, 'dist') };
console.log(`\nsite: ${n} grant-years, ${availableParallelism()} cores; target 2 000 pages/s`);
for (const jobs of [1, defaultJobs(n), defaultJobs(n)]) {
  const t0 = process.hrtime.bigint();
  const result = await buildSite({ ...options, jobs });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`  ${jobs} thread${jobs === 1 ? ' ' : 's'}: ${result.pages} pages, ${result.files} files in ${ms.toFixed(0)} ms = ${((result.pages * 1000) / ms).toFixed(0)} HTML pages/s, ${((result.files * 1000) / ms).toFixed(0)} files/s`);
}
console.log(`  peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (main thread and workers: one process)`);
