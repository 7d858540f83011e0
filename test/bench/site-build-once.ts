import { resolve } from 'node:path';
import { buildSite } from '../../site/build.js';

// One site build in a fresh process, as `grantspec build` runs it (cold), for site-bench.ts:
// node site-build-once.js SPECS OUT JOBS → one JSON line.
const [specsDir, outDir, jobs] = process.argv.slice(2);
const ROOT = resolve(import.meta.dirname ?? '.', '..', '..', '..');
const t0 = process.hrtime.bigint();
const result = await buildSite({ specsDir: specsDir!, outDir: outDir!, jobs: Number(jobs), templatesDir: resolve(ROOT, 'templates'), assetsDir: resolve(ROOT, 'site/assets'), today: '2026-04-15' });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, pages: result.pages, files: result.files, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
