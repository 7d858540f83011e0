import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, paginate, wrap } from './pdf-writer.js';
import { readingThreads } from '../../extract/read/pdf.js';

// `npm run bench`: PDF extraction speed per page on a long PDF (200+ pages), next to
// `pdftotext file -` (poppler-utils) on the same file when it is installed, as a ratio, and peak
// memory; then text extraction per document on every source and development corpus text.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'grantspec-bench-'));

function longPdf(): { file: string; how: string } {
  const fixtures = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
    .flatMap((n) => [`${n}.writer.pdf`, `${n}.chromium.pdf`]).map((f) => join(ROOT, 'test/fixtures/pdf', f));
  const out = join(dir, 'long.pdf');
  const qpdf = spawnSync('qpdf', ['--version'], { encoding: 'utf8' });
  if (qpdf.status === 0) {
    // the real fixtures, concatenated until the document is long
    const pages: string[] = [];
    while (pages.length < 72) pages.push(...fixtures);
    execFileSync('qpdf', ['--empty', '--pages', ...pages, '--', out]);
    return { file: out, how: `the ${fixtures.length} anvisning fixture PDFs concatenated (qpdf)` };
  }
  const text = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
    .map((n) => readFileSync(join(ROOT, 'sources/2026', `${n}.txt`), 'utf8')).join('\n\n');
  const lines: string[] = [];
  while (lines.length < 50 * 220) lines.push(...wrap(text));
  writeFileSync(out, makePdf(paginate(lines)));
  return { file: out, how: 'the 2026 sources as plain PDF pages (qpdf not installed)' };
}

function synthetic(): { file: string; how: string } {
  const text = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
    .map((n) => readFileSync(join(ROOT, 'sources/2026', `${n}.txt`), 'utf8')).join('\n\n');
  const lines: string[] = [];
  while (lines.length < 50 * 240) lines.push(...wrap(text));
  const out = join(dir, 'synthetic.pdf');
  writeFileSync(out, makePdf(paginate(lines.slice(0, 50 * 240))));
  return { file: out, how: 'one 240-page document of the 2026 sources set in Helvetica (no embedded fonts)' };
}

/** The page count, from pdfinfo when poppler-utils is there, else from pdf.js itself. */
async function pageCount(file: string): Promise<number> {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/u.exec(info.stdout ?? '');
  if (m) return Number(m[1]);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/**
 * A command's wall time, in a process of its own; on Linux also its CPU time (user + system, from
 * the runner's children's times in /proc/self/stat, in clock ticks of 10 ms), which a loaded
 * machine stretches far less than the wall time.
 */
function timed(cmd: string, args: string[]): { ms: number; cpuMs?: number; ok: boolean } {
  const runner = `const t=process.hrtime.bigint();const r=require('node:child_process').spawnSync(${JSON.stringify(cmd)},${JSON.stringify(args)},{stdio:['ignore','ignore','pipe'],maxBuffer:1<<28});`
    + `const ms=Number(process.hrtime.bigint()-t)/1e6;let cpu;try{const f=require('node:fs').readFileSync('/proc/self/stat','utf8');const x=f.slice(f.lastIndexOf(')')+2).split(' ');cpu=(Number(x[13])+Number(x[14]))*10;}catch{}`
    + `process.stdout.write(JSON.stringify({ms,cpu,ok:r.status===0,err:String(r.stderr).slice(-300)}))`;
  const out = spawnSync(process.execPath, ['-e', runner], { encoding: 'utf8' });
  const r = JSON.parse(out.stdout) as { ms: number; cpu?: number; ok: boolean; err: string };
  if (!r.ok) process.stderr.write(`bench: ${cmd} failed: ${r.err}\n`);
  return { ms: r.ms, ok: r.ok, ...(r.cpu !== undefined && Number.isFinite(r.cpu) ? { cpuMs: r.cpu } : {}) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function peakRss(args: string[]): number {
  const code = `import(${JSON.stringify(join(ROOT, 'build/extract/index.js'))}).then(async (m) => { await m.extract(${JSON.stringify(args[0])}); process.stdout.write(String(process.resourceUsage().maxRSS)); })`;
  const out = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return Math.round(Number(out.stdout) / 1024);
}

/** parallelFrom for the reading stage: 1 a second thread always, Infinity never, undefined as extract() decides (a free core) */
function readOnly(file: string, parallelFrom?: number): string[] {
  // the reading stage alone, PDF → laid-out text, in a process of its own: what pdftotext does
  const options = parallelFrom === undefined ? '{}' : `{ parallelFrom: ${parallelFrom === Infinity ? 'Infinity' : parallelFrom} }`;
  const code = `import(${JSON.stringify(join(ROOT, 'build/extract/read/pdf.js'))}).then(async (m) => { await m.readPdfText(new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(file)})), 'x.pdf', ${options}); })`;
  return ['-e', code];
}

/**
 * Where a PDF extraction's time goes, stage by stage, in one process as the CLI runs them (so each
 * stage pays its own first-run costs: module loading, regex compiling, JIT warm-up): wall and CPU
 * milliseconds. The pdf.js text content of every page alone (no layout) is timed in a second process.
 */
function stages(file: string): Array<{ stage: string; wall: number; cpu: number }> {
  const b = (m: string): string => JSON.stringify(join(ROOT, 'build', m));
  const code = `const t0=performance.now();const c0=process.cpuUsage();const out=[];let t=t0,c=0;`
    + `const mark=(stage)=>{const n=performance.now();const u=process.cpuUsage(c0);const cu=(u.user+u.system)/1000;out.push({stage,wall:n-t,cpu:cu-c});t=n;c=cu;};`
    + `(async()=>{const {extract}=await import(${b('extract/index.js')});const pdf=await import(${b('extract/read/pdf.js')});`
    + `const text=await import(${b('extract/read/text.js')});const anv=await import(${b('extract/anvisning.js')});mark('modules (extractor)');`
    + `await (await import(${b('extract/read/pdf-pages.js')})).loadPdfjs();mark('modules (pdf.js, as the CLI loads them)');`
    + `const r=await pdf.readPdfText(new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(file)})),'x.pdf');mark('reading: pdf.js text content + layout'+(r.helperPages?' ('+r.helperPages+' pages by the second thread; CPU of both threads)':' (one thread)'));`
    + `const doc=text.readText('x.pdf',r.text,r.pageStarts,r.links.map((l)=>({...l,text:r.text.slice(l.start,l.end)})));mark('tree (normalize, blocks, positions)');`
    + `const spec=anv.extractAnvisning(doc,{path:'x',sha256:'0'});mark('fields and grounding');JSON.stringify(spec,null,2);mark('serialize');`
    + `process.stdout.write(JSON.stringify(out));})()`;
  // from the project's folder, as the CLI runs, so the stages add up to the CLI
  const out = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: ROOT });
  const rows = JSON.parse(out.stdout) as Array<{ stage: string; wall: number; cpu: number }>;
  const raw = `const {readFileSync}=require('node:fs');delete globalThis.DecompressionStream;(async()=>{const push=Object.getOwnPropertyDescriptor(Array.prototype,'push');const p=await import('pdfjs-dist/legacy/build/pdf.min.mjs');globalThis.pdfjsWorker=await import('pdfjs-dist/build/pdf.worker.min.mjs');Object.defineProperty(Array.prototype,'push',push);`
    + `const t=performance.now();const c=process.cpuUsage();const doc=await p.getDocument({data:new Uint8Array(readFileSync(${JSON.stringify(file)})),isEvalSupported:false,disableFontFace:true,useSystemFonts:false,verbosity:0}).promise;`
    + `for(let n=1;n<=doc.numPages;n++){const page=await doc.getPage(n);await page.getTextContent();await page.getAnnotations({intent:'display'});}`
    + `const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({stage:'  of which pdf.js text content alone (own process)',wall:performance.now()-t,cpu:(u.user+u.system)/1000}));})()`;
  const alone = spawnSync(process.execPath, ['-e', raw], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: ROOT });
  if (alone.status === 0) rows.splice(3, 0, JSON.parse(alone.stdout) as { stage: string; wall: number; cpu: number });
  // Node's own start, before any module of ours (`node -e 0`, a process of its own): the stages above begin after it
  const bare = timed(process.execPath, ['-e', '0']);
  rows.unshift({ stage: "Node's start alone (node -e 0, own process; the stages below follow it)", wall: bare.ms, cpu: bare.cpuMs ?? Number.NaN });
  return rows;
}

/** Every text input the project ships or scores: the sources and the two development corpora. */
function textInputs(): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.(?:txt|md)$/u.test(e.name) && e.name !== 'README.md' ? [join(d, e.name)] : []));
  return ['sources', 'test/corpus/dev', 'test/fixtures/corpus/dev'].flatMap((d) => walk(join(ROOT, d)));
}

/**
 * Text extraction per document, in one process of its own: the modules' load once, then each
 * document's extract() (read → tree → fields → spec), and the process's peak memory.
 */
function perDocument(files: readonly string[]): { load: number; each: Array<{ file: string; ms: number }>; maxRssMb: number } {
  // the list goes in a file: inline, 1 800 paths (154 kB) passed Linux's limit on one argument (128 kB) and the process never started
  const list = join(dir, 'text-inputs.json');
  writeFileSync(list, JSON.stringify(files));
  const code = `const t0=performance.now();import(${JSON.stringify(join(ROOT, 'build/extract/index.js'))}).then(async (m) => {`
    + `const load=performance.now()-t0;const each=[];`
    + `for (const f of JSON.parse(require('node:fs').readFileSync(${JSON.stringify(list)}, 'utf8'))) { const t=performance.now(); try { await m.extract(f, ${JSON.stringify(ROOT)}); } catch {} each.push({file:f,ms:performance.now()-t}); }`
    + `process.stdout.write(JSON.stringify({load,each,maxRssMb:Math.round(process.resourceUsage().maxRSS/1024)})); })`;
  const out = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.error) throw out.error;
  return JSON.parse(out.stdout) as { load: number; each: Array<{ file: string; ms: number }>; maxRssMb: number };
}

const runs = 3;
/** runs of the CLI and of pdftotext, interleaved, for the ratio (medians and minima: the machine is shared) */
const ratioRuns = 7;
const best = (f: () => number): number => Math.min(...Array.from({ length: runs }, f));
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const loadNow = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`${availableParallelism()} cores, load average ${loadNow()}; a long PDF is read by ${process.env['GRANTSPEC_PDF_THREADS'] === '2' ? 'two threads (GRANTSPEC_PDF_THREADS=2)' : 'one thread (GRANTSPEC_PDF_THREADS=2 for two)'}`);
for (const { file, how } of [longPdf(), synthetic()]) {
  const pages = await pageCount(file);
  const reading = best(() => timed(process.execPath, readOnly(file)).ms);
  // the same reading forced to one thread and to two, interleaved, to show what the second thread gives now
  const one: Array<ReturnType<typeof timed>> = [];
  const two: Array<ReturnType<typeof timed>> = [];
  for (let i = 0; i < runs; i++) {
    one.push(timed(process.execPath, readOnly(file, Infinity)));
    two.push(timed(process.execPath, readOnly(file, 1)));
  }
  // the CLI and pdftotext interleaved, so that both see the same machine; medians of both
  const cli: Array<ReturnType<typeof timed>> = [];
  const poppler: Array<ReturnType<typeof timed>> = [];
  for (let i = 0; i < ratioRuns; i++) {
    if (hasPdftotext) poppler.push(timed('pdftotext', [file, '-']));
    cli.push(timed(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'extract', file, '--format', 'json']));
  }
  const whole = median(cli.map((r) => r.ms));
  const cpu = (rs: ReadonlyArray<ReturnType<typeof timed>>): number | undefined => (rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs!)) : undefined);
  const wholeCpu = cpu(cli);
  const rss = peakRss([file]);
  console.log(`\n${pages} pages: ${how}`);
  console.log(`  reading (PDF → laid-out text, pdf.js): ${reading.toFixed(0)} ms, ${(reading / pages).toFixed(2)} ms/page`);
  const runsOf = (rs: ReadonlyArray<ReturnType<typeof timed>>): string => rs.map((r) => `${r.ms.toFixed(0)}${r.cpuMs === undefined ? '' : ` (CPU ${r.cpuMs.toFixed(0)})`}`).join(', ');
  console.log(`    one thread: ${runsOf(one)} ms; two threads: ${runsOf(two)} ms (interleaved; load average now ${loadNow()})`);
  const threads = readingThreads(readFileSync(file).length, pages);
  console.log(`  grantspec extract --format json (reading in ${threads === 1 ? 'one thread' : 'two threads'} + tree + fields → spec), median of ${ratioRuns}: ${whole.toFixed(0)} ms, ${(whole / pages).toFixed(2)} ms/page${wholeCpu === undefined ? '' : `, CPU ${wholeCpu.toFixed(0)} ms`}, peak memory ${rss} MB`);
  if (hasPdftotext) {
    const p = median(poppler.map((r) => r.ms));
    const pCpu = cpu(poppler);
    console.log(`  pdftotext, median of ${ratioRuns} interleaved with those: ${p.toFixed(0)} ms, ${(p / pages).toFixed(2)} ms/page${pCpu === undefined ? '' : `, CPU ${pCpu.toFixed(0)} ms`}`);
    console.log(`    runs (ms): grantspec ${cli.map((r) => r.ms.toFixed(0)).join(', ')}; pdftotext ${poppler.map((r) => r.ms.toFixed(0)).join(', ')}`);
    const least = (rs: ReadonlyArray<ReturnType<typeof timed>>): number => Math.min(...rs.map((r) => r.ms));
    console.log(`  ratio to pdftotext: reading ${(reading / p).toFixed(1)}× (best of ${runs}), whole extraction ${(whole / p).toFixed(1)}× wall (minima ${least(cli).toFixed(0)} / ${least(poppler).toFixed(0)} ms: ${(least(cli) / least(poppler)).toFixed(1)}×)${wholeCpu !== undefined && pCpu ? `, ${(wholeCpu / pCpu).toFixed(1)}× CPU` : ''} (goal 3×, limit 8×; times are whole processes, Node's start included)`);
  }
  console.log('  stages in one process (ms, wall / CPU):');
  for (const s of stages(file)) console.log(`    ${s.wall.toFixed(0).padStart(6)} / ${s.cpu.toFixed(0).padStart(6)}  ${s.stage}`);
}
if (!hasPdftotext) console.log('\npdftotext not installed (apt-get install poppler-utils): no ratio');

const texts = textInputs();
const docs = perDocument(texts);
const total = docs.each.reduce((sum, d) => sum + d.ms, 0);
console.log(`\ntext inputs, one process: modules loaded in ${docs.load.toFixed(0)} ms, then extract() per document (ms):`);
for (const d of docs.each) console.log(`  ${d.ms.toFixed(1).padStart(7)}  ${relative(ROOT, d.file)}`);
console.log(`  ${total.toFixed(0).padStart(7)}  total for ${docs.each.length} documents (${(total / docs.each.length).toFixed(1)} ms each on average, the slowest ${Math.max(...docs.each.map((d) => d.ms)).toFixed(0)} ms), peak memory ${docs.maxRssMb} MB`);

/**
 * Growth on hostile sentences: one sentence of many candidates at 100, 200 and 400 kB, the whole
 * extraction's CPU in a process of its own. Linear work doubles with the input (×2); a finder that
 * reads the sentence again for each candidate shows ×4 (400 kB of the first shape took 134 s).
 */
function growth(shape: string): number[] {
  const code = `import(${JSON.stringify(join(ROOT, 'build/extract/anvisning.js'))}).then(async ({extractAnvisning}) => {`
    + `const {readText}=await import(${JSON.stringify(join(ROOT, 'build/extract/read/text.js'))});const out=[];`
    + `for (const kb of [100, 200, 400]) { const s=${JSON.stringify(shape)}; const doc=readText('h.txt', 'Statsbidrag '+s.repeat(Math.ceil(kb*1000/s.length))+'.');`
    + `const c=process.cpuUsage(); extractAnvisning(doc, {path:'h.txt',sha256:'0'.repeat(64)}); const u=process.cpuUsage(c); out.push((u.user+u.system)/1000); }`
    + `process.stdout.write(JSON.stringify(out)); })`;
  const out = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.stdout) as number[];
}
console.log('\nhostile sentences, whole extraction CPU at 100 / 200 / 400 kB (linear: ×2 per doubling):');
for (const shape of ['anslaget ökar från 1 kronor 2016 till 2 kronor 2017, ', 'fördelas 5 kr till kommunerna och ', 'ansökan öppnar den 1 mars 2026 och stänger den 2 april 2026, ']) {
  const [a, b, c] = growth(shape);
  console.log(`  ${a!.toFixed(0).padStart(6)} / ${b!.toFixed(0).padStart(6)} / ${c!.toFixed(0).padStart(6)} ms  ×${(b! / a!).toFixed(1)} ×${(c! / b!).toFixed(1)}  "${shape}"`);
}
