import { resolve } from 'node:path';
import { buildSite } from '../../site/build.js';

// One site build in a fresh process, as `grantspec build` runs it (cold), for site-bench.ts:
// node site-build-once.js SPECS OUT JOBS → one JSON line.
const [specsDir, outDir, jobs] = process.argv.slice(2);
const ROOT = resolve(import.meta.dirname ?? '.', '..', '..', '..');
const t0 = process.hrtime.bigint();
const result = await buildSite({ specsDir: specsDir!, outDir: outDir!, jobs: Number(jobs), templatesDir: resolve(ROOT, 'templates'), assetsDir: resolve(ROOT, 'site/assets'), today: '2026-04-15' });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const usage = process.resourceUsage();
// CPU time of the whole process (all threads, the garbage collector's helpers and module loading included): steadier than wall time on a shared machine
process.stdout.write(`${JSON.stringify({ ms, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), pages: result.pages, files: result.files, rssMb: Math.round(usage.maxRSS / 1024) })}\n`);
