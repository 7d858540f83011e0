import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, paginate, wrap } from './pdf-writer.js';

// `npm run bench`: PDF extraction speed per page on a long PDF (200+ pages), next to pdftotext
// (poppler-utils) on the same file when it is installed, as a ratio, and peak memory.

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

function pageCount(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/u.exec(info.stdout ?? '');
  return m ? Number(m[1]) : 0;
}

function timed(cmd: string, args: string[]): { ms: number; maxRssMb: number; ok: boolean } {
  const runner = `const t=process.hrtime.bigint();const r=require('node:child_process').spawnSync(${JSON.stringify(cmd)},${JSON.stringify(args)},{stdio:['ignore','ignore','pipe'],maxBuffer:1<<28});`
    + `process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,ok:r.status===0,err:String(r.stderr).slice(-300)}))`;
  const out = spawnSync(process.execPath, ['-e', runner], { encoding: 'utf8' });
  const r = JSON.parse(out.stdout) as { ms: number; ok: boolean; err: string };
  if (!r.ok) process.stderr.write(`bench: ${cmd} failed: ${r.err}\n`);
  // peak memory of the extraction itself, measured in a process of its own
  return { ms: r.ms, ok: r.ok, maxRssMb: 0 };
}

function peakRss(args: string[]): number {
  const code = `import(${JSON.stringify(join(ROOT, 'build/extract/index.js'))}).then(async (m) => { await m.extract(${JSON.stringify(args[0])}); process.stdout.write(String(process.resourceUsage().maxRSS)); })`;
  const out = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return Math.round(Number(out.stdout) / 1024);
}

const { file, how } = longPdf();
const pages = pageCount(file) || 0;
const runs = 3;
const ours: number[] = [];
for (let i = 0; i < runs; i++) ours.push(timed(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'extract', file, '--format', 'json']).ms);
const best = Math.min(...ours);
const rss = peakRss([file]);
console.log(`PDF: ${pages || '?'} pages, ${how}`);
console.log(`grantspec extract: ${best.toFixed(0)} ms in all (best of ${runs}), ${pages ? (best / pages).toFixed(2) : '?'} ms/page, peak memory ${rss} MB`);
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (hasPdftotext) {
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) theirs.push(timed('pdftotext', [file, join(dir, 'out.txt')]).ms);
  const p = Math.min(...theirs);
  const layout = Math.min(...[0, 1, 2].map(() => timed('pdftotext', ['-layout', file, join(dir, 'out.txt')]).ms));
  console.log(`pdftotext: ${p.toFixed(0)} ms in all (best of ${runs}), ${pages ? (p / pages).toFixed(2) : '?'} ms/page; pdftotext -layout: ${layout.toFixed(0)} ms`);
  console.log(`ratio: grantspec extract is ${(best / p).toFixed(1)}× pdftotext (goal 3×, limit 8×); grantspec's time includes starting Node, the tree and the field extraction`);
} else {
  console.log('pdftotext not installed (apt-get install poppler-utils): no ratio');
}
if (!existsSync(file)) process.exitCode = 1;
