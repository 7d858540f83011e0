import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderSpec } from '../../specs/load.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { defaultJobs } from '../../site/build.js';

// `npm run bench` (site part): 1 000 grant-years made from the real specs (copies with their own
// ids, written as the project writes specs, that pass `grantspec validate`), built into a site and
// checklists (load, render, write, swap in). Each build is a fresh process, as `grantspec build` is:
// cold, three times each, the median reported. Written to the temp folder on disk, and to memory
// (/dev/shm) where there is one, to tell the disk's share. Then the whole `grantspec build`
// (validation included), cold and incremental after one spec's edit.

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'grantspec-site-bench-'));
const bases = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
  .map((id) => parse(readFileSync(join(ROOT, 'specs', id, '2026.yaml'), 'utf8')) as GrantSpec);

// 1 000 grant-years that pass `grantspec validate`: copies of the 2026 specs under their own ids,
// quoting the real sources, with the curated 2025 spec beside every sixteenth tillgänglighet copy
// (so some grants have two years and a "Nytt i år").
const project = join(dir, 'project');
mkdirSync(project);
cpSync(join(ROOT, 'sources'), join(project, 'sources'), { recursive: true });
const spec2025 = readFileSync(join(ROOT, 'specs', 'tillganglighet-och-vardkapacitet', '2025.yaml'), 'utf8');
let n = 0;
for (let i = 0; n < 1000; i++) {
  const base = bases[i % bases.length]!;
  const id = `${String(base.id)}-${i}`;
  mkdirSync(join(project, 'specs', id), { recursive: true });
  writeFileSync(join(project, 'specs', id, '2026.yaml'), renderSpec({ ...base, id }, '../grant-spec.schema.json'));
  n++;
  if (base.id === 'tillganglighet-och-vardkapacitet' && i % 16 === 3 && n < 1000) {
    writeFileSync(join(project, 'specs', id, '2025.yaml'), spec2025.replace(/^id: .*$/mu, `id: ${id}`));
    n++;
  }
}
const validated = spawnSync(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'validate', 'specs'], { cwd: project, encoding: 'utf8' });
if (validated.status !== 0) throw new Error(`the bench corpus does not validate: ${validated.stdout.slice(0, 2000)}`);

interface Run { ms: number; cpuMs: number; pages: number; files: number; rssMb: number }
function runs(out: string, jobs: number): Run[] {
  return [0, 1, 2].map(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(join(dir, `cache-${jobs}`), { recursive: true, force: true });
    return JSON.parse(execFileSync(process.execPath, [join(HERE, 'site-build-once.js'), join(project, 'specs'), out, String(jobs)], { encoding: 'utf8', env: { ...process.env, GRANTSPEC_CACHE: join(dir, `cache-${jobs}`) } })) as Run;
  });
}

const cores = availableParallelism();
console.log(`\nsite: ${n} grant-years, ${cores} cores, a fresh process per build, median of 3; target 2 000 pages/s`);
const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/grantspec-bench-') : undefined;
const places = [['disk', join(dir, 'dist')], ...(shm ? [['memory (/dev/shm)', join(shm, 'out')]] : [])];
// BENCH_BUILD_ONLY=1: only the whole `grantspec build`, cold and incremental (the quick part)
for (const jobs of process.env.BENCH_BUILD_ONLY ? [] : [...new Set([1, 2, defaultJobs(n, cores)])]) {
  for (const [where, out] of places) {
    const r = runs(out!, jobs).sort((a, b) => a.ms - b.ms);
    const mid = r[1]!;
    console.log(`  ${jobs} thread${jobs === 1 ? ', ' : 's,'} to ${where}: ${mid.pages} pages, ${mid.files} files in ${mid.ms.toFixed(0)} ms (${r[0]!.ms.toFixed(0)}–${r[2]!.ms.toFixed(0)}; CPU ${mid.cpuMs} ms) = ${((mid.pages * 1000) / mid.ms).toFixed(0)} HTML pages/s, ${((mid.files * 1000) / mid.ms).toFixed(0)} files/s; peak ${Math.max(...r.map((x) => x.rssMb))} MB`);
    if (where !== 'disk') rmSync(out!, { recursive: true, force: true });
  }
}

// The whole `grantspec build` as an editor runs it — validation against the sources included:
// cold (no previous output), then rebuilt after one spec's edit: a condition reworded (that grant's
// pages, the index and the search index change), a title changed (that also changes every
// recipient page and calendar listing the grant), a deadline moved (the same files) and an amount
// changed (the kommuner's pages). Each a fresh process; wall time and the child's CPU time
// (steadier on a shared machine). The machine may be shared (its load varies from minute to
// minute), so each edit's rebuild is paired with a cold build of the same specs made right after
// it (into another folder, with its own cache): a row reports the median of the three pairs'
// ratios, and the load average. After each kind of edit, and after going back to the original
// spec, the output is compared byte for byte with that cold build.
console.log(`\ngrantspec build (validate + build) on ${n} grant-years that pass grantspec validate (${validated.stderr.trim()}), a fresh process per run; each rebuild paired with a cold build made right after it, the median of 3 pairs:`);
const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');

interface Timed { ms: number; cpuMs: number; rendered: number; written: number; pages: number; mb: number }
/** CPU time of this process's finished children (Linux: /proc/self/stat cutime + cstime, in ticks of 10 ms). */
function childCpuMs(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return Number.NaN;
  }
}
function timedBuild(out: string, cache: string): Timed {
  const cpu0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'build', '--out', out, '--today', '2026-04-15'], { cwd: project, encoding: 'utf8', env: { ...process.env, GRANTSPEC_CACHE: cache } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0) throw new Error(`build failed: ${res.stderr}`);
  const m = /built (\d+) pages and (\d+) files .*\((\d+) grant folders? rendered, (\d+) files written, ([\d.]+) MB\)/u.exec(res.stderr);
  const cpuMs = childCpuMs() - cpu0;
  return { ms, cpuMs, pages: Number(m?.[1] ?? 0), rendered: Number(m?.[3] ?? 0), written: Number(m?.[4] ?? 0), mb: Number(m?.[5] ?? Number.NaN) };
}
const median = (xs: Timed[]): Timed => [...xs].sort((a, b) => a.ms - b.ms)[1]!;
const middle = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const edited = join(project, 'specs', `${String(bases[2]!.id)}-2`, '2026.yaml');
const original = readFileSync(edited, 'utf8');
// a second grant (another base) for the fresh title edits
const second = join(project, 'specs', `${String(bases[0]!.id)}-4`, '2026.yaml');
const secondOriginal = readFileSync(second, 'utf8');
// An edit: the spec file it changes and, for each of the three runs, that file's content. The
// undo/redo rows (edited, back to the original, edited again) let the third run take a spare that
// already holds its content (write.ts Spares.take); the fresh rows make a change no earlier run
// made in each run, as an editor's next edit does.
interface Edit { what: string; file: string; base: string; content: (k: number) => string }
const undoRedo = (what: string, edit: (s: string) => string): Edit => ({ what, file: edited, base: original, content: (k) => (k % 2 === 0 ? edit(original) : original) });
for (const [where, out] of places) {
  const cache = mkdtempSync(join(tmpdir(), 'grantspec-bench-cache-'));
  const cold = median([0, 1, 2].map(() => {
    rmSync(out!, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    return timedBuild(out!, cache);
  }));
  const edits: Edit[] = [
    undoRedo('a condition reworded', (s) => s.replace(/^conditions:\n  - /mu, 'conditions:\n  - (omformulerat) ')),
    undoRedo('the title changed', (s) => s.replace(/^title: (.*)$/mu, 'title: $1 (ny titel)')),
    // the last day to requisition a day later: every calendar and kommun page listing the grant, and its place in their order
    undoRedo('the deadline moved', (s) => s.replace(/^  closes: 2026-04-01$/mu, '  closes: 2026-04-02')),
    // the total and the part shared equally raised by a million: each kommun's amount on its page
    undoRedo('an amount changed', (s) => s.replace(/^  total: 35000000$/mu, '  total: 36000000').replace(/^      amount: 25000000$/mu, '      amount: 26000000')),
    // fresh: each run moves the deadline to a day no earlier run used
    { what: 'FRESH: the deadline moved to a new day each run', file: edited, base: original, content: (k) => original.replace(/^  closes: 2026-04-01$/mu, `  closes: 2026-04-${String(6 + 3 * k).padStart(2, '0')}`) },
    // fresh: a second grant's title, a new one each run (the same length each run)
    { what: 'FRESH: a second grant\'s title changed, a new one each run', file: second, base: secondOriginal, content: (k) => secondOriginal.replace(/^title: (.*)$/mu, `title: $1 (version ${k + 2})`) },
  ];
  console.log(`  to ${where}: cold ${cold.pages} pages in ${cold.ms.toFixed(0)} ms (CPU ${cold.cpuMs} ms); load average ${load()}`);
  // a cold build of the specs as they are now, into another folder with its own cache: timed (the
  // pair's reference), and when asked, the incremental output compared with it byte for byte
  const check = join(dir, 'cold-check');
  const coldNow = (compare: boolean): { cold: Timed; same?: string } => {
    rmSync(check, { recursive: true, force: true });
    const checkCache = mkdtempSync(join(tmpdir(), 'grantspec-bench-cache-'));
    const t = timedBuild(check, checkCache);
    let same: string | undefined;
    if (compare) {
      const diff = spawnSync('diff', ['-r', '-q', check, out!], { encoding: 'utf8' });
      if (diff.status === 0) same = 'is byte-identical to';
      else {
        process.exitCode = 1;
        same = `DIFFERS from (${diff.stdout.split('\n').slice(0, 3).join('; ')})`;
      }
    }
    rmSync(check, { recursive: true, force: true });
    rmSync(checkCache, { recursive: true, force: true });
    return { cold: t, ...(same !== undefined ? { same } : {}) };
  };
  const worst: number[] = [];
  for (const { what, file, base, content } of edits) {
    const texts = [0, 1, 2].map(content);
    if (texts.some((t, k) => (k % 2 === 0 || what.startsWith('FRESH')) && t === base)) throw new Error(`the bench's edit (${what}) no longer changes the spec`);
    const loadBefore = load();
    let same = '';
    const pairs = texts.map((t, k) => {
      writeFileSync(file, t);
      const edit = timedBuild(out!, cache);
      const c = coldNow(k === texts.length - 1);
      if (c.same !== undefined) same = c.same;
      return { edit, cold: c.cold };
    });
    const ratio = middle(pairs.map((p) => (100 * p.edit.ms) / p.cold.ms));
    const cpuRatio = middle(pairs.map((p) => (100 * p.edit.cpuMs) / p.cold.cpuMs));
    worst.push(ratio);
    const mid = median(pairs.map((p) => p.edit));
    console.log(`    one spec edited (${what}): ${mid.ms.toFixed(0)} ms, ${ratio.toFixed(0)} % of the cold build beside it (CPU ${mid.cpuMs} ms, ${cpuRatio.toFixed(0)} %); ${mid.rendered} grant folder rendered, ${mid.written} files written; load average ${loadBefore} → ${load()}`);
    console.log(`      the three pairs (rebuild / cold): ${pairs.map((p) => `${p.edit.ms.toFixed(0)} / ${p.cold.ms.toFixed(0)} ms (CPU ${p.edit.cpuMs} / ${p.cold.cpuMs} ms), ${p.edit.mb} MB`).join('; ')}`);
    console.log(`      the edited output ${same} a cold build`);
    if (what.startsWith('FRESH')) { writeFileSync(file, base); timedBuild(out!, cache); }
  }
  console.log(`    the slowest kind of edit: ${Math.max(...worst).toFixed(0)} % of a cold build (target: at most 25 %)`);
  writeFileSync(second, secondOriginal);
  // back to the original spec, rebuilt incrementally, against a cold build of the same specs
  writeFileSync(edited, original);
  timedBuild(out!, cache);
  console.log(`    after the edits, back to the original spec, the output ${coldNow(true).same} a cold build`);
  if (where !== 'disk') rmSync(out!, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

// `grantspec preview` as an editor uses it (DEVELOPERS.md: speed is measured here, not in timed
// tests): a running preview of the same grant-years, the event stream an open page listens to, a
// second grant's title edited on disk (a new title each run). Timed from the write to the event
// that makes the page reload (the preview waits 50 ms for more changes first), then the page is
// fetched and must show the new title. Median of 3, against a cold `grantspec build` made just before.
{
  const secondId = `${String(bases[0]!.id)}-4`;
  const refCache = mkdtempSync(join(tmpdir(), 'grantspec-bench-cache-'));
  const refOut = join(dir, 'preview-reference');
  const ref = timedBuild(refOut, refCache);
  rmSync(refOut, { recursive: true, force: true });
  rmSync(refCache, { recursive: true, force: true });
  const cache = mkdtempSync(join(tmpdir(), 'grantspec-bench-cache-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'preview', '--specs', 'specs', '--port', '0', '--today', '2026-04-15'], { cwd: project, env: { ...process.env, GRANTSPEC_CACHE: cache }, stdio: ['ignore', 'pipe', 'pipe'] });
  let terminal = '';
  child.stderr.on('data', (b: Buffer) => { terminal += b.toString(); });
  const exited = new Promise((done) => child.once('exit', done));
  try {
    const loadBefore = load();
    const url = await new Promise<string>((done, fail) => {
      let text = '';
      child.stdout.on('data', (b: Buffer) => {
        text += b.toString();
        const m = /preview at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(text);
        if (m) done(m[1]!);
      });
      child.once('exit', (code) => fail(new Error(`the preview stopped (${code}): ${terminal}`)));
    });
    const stream = (await fetch(`${url}__grantspec/events`)).body!.getReader();
    let buffered = '';
    // the next event of a version after `after` (an editor's save can make two rebuilds: each sends one)
    const eventAfter = async (after: number): Promise<{ version: number; errors: number }> => {
      for (;;) {
        const m = /data: (\d+):(\d+)\n\n/u.exec(buffered);
        if (m) {
          buffered = buffered.slice(m.index + m[0].length);
          if (Number(m[1]) > after) return { version: Number(m[1]), errors: Number(m[2]) };
          continue;
        }
        const { value, done } = await stream.read();
        if (done) throw new Error('the preview closed its event stream');
        buffered += Buffer.from(value).toString();
      }
    };
    const status = async (): Promise<number> => ((await (await fetch(`${url}__grantspec/status`)).json()) as { version: number }).version;
    const times: number[] = [];
    for (const k of [0, 1, 2]) {
      await new Promise((r) => setTimeout(r, 1000));
      const before = await status();
      const title = `(förhandsvisning ${k + 2})`;
      const t0 = performance.now();
      writeFileSync(second, secondOriginal.replace(/^title: (.*)$/mu, `title: $1 ${title}`));
      const event = await eventAfter(before);
      times.push(performance.now() - t0);
      const html = await (await fetch(`${url}grants/${secondId}/2026.html`)).text();
      if (event.errors !== 0 || !html.includes(title)) {
        process.exitCode = 1;
        console.log(`  the preview did not show the edit (run ${k + 1}): ${event.errors} errors`);
      }
    }
    writeFileSync(second, secondOriginal);
    const rebuilt = [...terminal.matchAll(/rebuilt in (\d+) ms/gu)].map((m) => Number(m[1]));
    const mid = middle(times);
    console.log(`\ngrantspec preview on the same ${n} grant-years, a second grant's title edited (a new title each run): ${mid.toFixed(0)} ms from the write to the page's reload event (${times.map((t) => t.toFixed(0)).join(', ')} ms), ${((100 * mid) / ref.ms).toFixed(0)} % of a cold grantspec build made just before (${ref.ms.toFixed(0)} ms); the preview's rebuilds: ${rebuilt.slice(1).join(', ')} ms (the first, cold: ${rebuilt[0] ?? '?'} ms); load average ${loadBefore} → ${load()}`);
  } finally {
    writeFileSync(second, secondOriginal);
    child.kill('SIGINT');
    await exited;
    rmSync(cache, { recursive: true, force: true });
  }
}

rmSync(dir, { recursive: true, force: true });
if (shm) rmSync(shm, { recursive: true, force: true });
