import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderSpec } from '../../specs/load.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { defaultJobs } from '../../site/build.js';

// `npm run bench` (site part): 1 000 grant-years made from the real specs (each a copy with its own
// id and year, written as the project writes specs), built into a site and checklists (load, validate against the schema, render, write,
// swap in). Each build is a fresh process, as `grantspec build` is: cold, three times each, the
// median reported. Written to the temp folder on disk, and to memory (/dev/shm) where there is one,
// to tell the disk's share. `grantspec build` also validates against the sources first; these
// copies' quotes point at sources they were not made from, so that step is not included.

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'grantspec-site-bench-'));
const bases = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
  .map((id) => parse(readFileSync(join(ROOT, 'specs', id, '2026.yaml'), 'utf8')) as GrantSpec);
let n = 0;
for (let copy = 0; n < 1000; copy++) {
  for (const base of bases) {
    if (n >= 1000) break;
    const id = `${String(base.id)}-${Math.floor(copy / 10)}`;
    const year = 2016 + (copy % 10);
    const spec = { ...base, id, year, title: `${String(base.title)} (${year})` };
    const file = join(dir, 'specs', id, `${year}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderSpec(spec, '../../grant-spec.schema.json'));
    n++;
  }
}

interface Run { ms: number; cpuMs: number; pages: number; files: number; rssMb: number }
function runs(out: string, jobs: number): Run[] {
  return [0, 1, 2].map(() => {
    rmSync(out, { recursive: true, force: true });
    return JSON.parse(execFileSync(process.execPath, [join(HERE, 'site-build-once.js'), join(dir, 'specs'), out, String(jobs)], { encoding: 'utf8' })) as Run;
  });
}

const cores = availableParallelism();
console.log(`\nsite: ${n} grant-years, ${cores} cores, a fresh process per build, median of 3; target 2 000 pages/s`);
const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/grantspec-bench-') : undefined;
const places = [['disk', join(dir, 'dist')], ...(shm ? [['memory (/dev/shm)', join(shm, 'out')]] : [])];
for (const jobs of [...new Set([1, 2, defaultJobs(n, cores)])]) {
  for (const [where, out] of places) {
    const r = runs(out!, jobs).sort((a, b) => a.ms - b.ms);
    const mid = r[1]!;
    console.log(`  ${jobs} thread${jobs === 1 ? ', ' : 's,'} to ${where}: ${mid.pages} pages, ${mid.files} files in ${mid.ms.toFixed(0)} ms (${r[0]!.ms.toFixed(0)}–${r[2]!.ms.toFixed(0)}; CPU ${mid.cpuMs} ms) = ${((mid.pages * 1000) / mid.ms).toFixed(0)} HTML pages/s, ${((mid.files * 1000) / mid.ms).toFixed(0)} files/s; peak ${Math.max(...r.map((x) => x.rssMb))} MB`);
    if (where !== 'disk') rmSync(out!, { recursive: true, force: true });
  }
}

// The whole `grantspec build` as an editor runs it — validation against the sources included — on
// 1 000 grants of one year each (copies of the 2026 specs under their own ids, quoting the real
// sources, so they validate): the shape of a site with many grants.
const project = join(dir, 'project');
mkdirSync(project);
cpSync(join(ROOT, 'sources'), join(project, 'sources'), { recursive: true });
for (let i = 0; i < 1000; i++) {
  const base = bases[i % bases.length]!;
  const id = `${String(base.id)}-${i}`;
  mkdirSync(join(project, 'specs', id), { recursive: true });
  writeFileSync(join(project, 'specs', id, '2026.yaml'), renderSpec({ ...base, id }, '../grant-spec.schema.json'));
}
console.log('\ngrantspec build (validate + build) on 1 000 grants of one year, a fresh process per run, median of 3:');
for (const [where, out] of places) {
  const r = [0, 1, 2].map(() => {
    rmSync(out!, { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'build', '--out', out!, '--today', '2026-04-15'], { cwd: project, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0) throw new Error(`build failed: ${res.stderr}`);
    const m = /built (\d+) pages and (\d+) files/u.exec(res.stderr);
    return { ms, pages: Number(m?.[1] ?? 0), files: Number(m?.[2] ?? 0) };
  }).sort((a, b) => a.ms - b.ms);
  const mid = r[1]!;
  console.log(`  to ${where}: ${mid.pages} pages, ${mid.files} files in ${mid.ms.toFixed(0)} ms (${r[0]!.ms.toFixed(0)}–${r[2]!.ms.toFixed(0)}) = ${((mid.pages * 1000) / mid.ms).toFixed(0)} HTML pages/s`);
  if (where !== 'disk') rmSync(out!, { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });
if (shm) rmSync(shm, { recursive: true, force: true });
