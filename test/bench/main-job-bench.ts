import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` (main job): the whole `npm run build` on the shipped catalogue, step by step as
// the script runs them — compile, `grantspec build` (validate every spec against its source, then
// the site and checklists into dist/), extract every source into dist/extracted/ — each a fresh
// process, in the project itself as `npm run build` is; the build steps median of 3.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function timed(args: string[]): { ms: number; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-400)}`);
  return { ms, stderr: r.stderr };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const specs = readdirSync(join(ROOT, 'specs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.endsWith('.corrections.yaml') && f.includes('/')).length;
const sources = readdirSync(join(ROOT, 'sources'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:txt|md)$/u.test(f) && f.includes('/')).length;

const tsc = timed([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']).ms;
const build: number[] = [];
const extract: number[] = [];
let built = '';
for (let i = 0; i < 3; i++) {
  const b = timed([join(ROOT, 'bin/grantspec.js'), 'build', '--out', 'dist']);
  built = /built \d+ pages and \d+ files/u.exec(b.stderr)?.[0] ?? '';
  build.push(b.ms);
  extract.push(timed([join(ROOT, 'build/bin/extract-all.js')]).ms);
}
const total = tsc + median(build) + median(extract);
console.log(`\nnpm run build on the shipped catalogue (${specs} specs, ${sources} sources): ${(total / 1000).toFixed(1)} s`
  + ` = compile ${(tsc / 1000).toFixed(1)} s + grantspec build ${(median(build) / 1000).toFixed(1)} s (${built}) + extract all ${(median(extract) / 1000).toFixed(1)} s; build steps median of 3`);
