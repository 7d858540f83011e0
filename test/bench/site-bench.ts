import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { buildSite } from '../../site/build.js';
import { writeTree } from '../../site/write.js';

// `npm run bench` (site part): 1 000 grant-years made from the real specs (each a copy with its own
// id and year), rendered into a site; pages per second and peak memory.

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
const { loadSite } = await import('../../site/data.js');
const tl = process.hrtime.bigint();
await loadSite(join(dir, 'specs'));
const load = Number(process.hrtime.bigint() - tl) / 1e6;
const t0 = process.hrtime.bigint();
const result = await buildSite({ specsDir: join(dir, 'specs'), templatesDir: join(ROOT, 'templates'), assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15' });
const t1 = process.hrtime.bigint();
await writeTree(join(dir, 'dist'), result.files);
const t2 = process.hrtime.bigint();
const render = Number(t1 - t0) / 1e6;
const total = Number(t2 - t0) / 1e6;
console.log(`\nsite: ${n} grant-years → ${result.pages} pages, ${result.files.size} files`);
console.log(`  loading the specs (YAML, ${n} files): ${load.toFixed(0)} ms`);
console.log(`  load + render (buildSite): ${render.toFixed(0)} ms, ${((result.pages * 1000) / render).toFixed(0)} pages/s; without the loading ${((result.pages * 1000) / Math.max(1, render - load)).toFixed(0)} pages/s`);
console.log(`  with writing to disk: ${total.toFixed(0)} ms, ${((result.pages * 1000) / total).toFixed(0)} HTML pages/s, ${((result.files.size * 1000) / total).toFixed(0)} output files/s (target 2 000 pages/s)`);
console.log(`  peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
