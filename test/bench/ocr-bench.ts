import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` (OCR part): a 7-page scan extracted end to end, wall and CPU time per page
// (Tesseract and pdftoppm included, as the children of the run). The goal: within 60 s.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SCAN = join(ROOT, 'test/fixtures/ocr/nationella-kvalitetsregister.scan.pdf');

function run(cmd: string, args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.error ? null : r.status, stderr: r.stderr ?? '' };
}

if (run('tesseract', ['--version']).status !== 0) {
  console.log('\nOCR: tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-swe): skipped');
} else {
  // seven pages: the three-page scan three times over, cut to seven (qpdf), else the three pages
  const dir = mkdtempSync(join(tmpdir(), 'grantspec-ocr-bench-'));
  const seven = join(dir, 'scan7.pdf');
  const file = run('qpdf', ['--empty', '--pages', SCAN, SCAN, SCAN, '1-1', '--', seven]).status === 0 ? seven : SCAN;
  const pages = file === seven ? 7 : 3;
  // /usr/bin/time counts the children's CPU too; without it, wall time only
  const hasTime = run('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
  const cli = [join(ROOT, 'bin/grantspec.js'), 'extract', file, '--format', 'json'];
  const r = hasTime ? run('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, ...cli]) : undefined;
  const t = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/u.exec(r?.stderr ?? '');
  if (t) {
    const [wall, user, sys] = [Number(t[1]), Number(t[2]), Number(t[3])];
    console.log(`\nOCR, ${pages}-page scan (pdftoppm 300 dpi + Tesseract swe, one thread per page, two pages at a time):`);
    console.log(`  wall ${wall.toFixed(1)} s (${(wall / pages).toFixed(1)} s/page; goal: 7 pages within 60 s), CPU ${(user + sys).toFixed(1)} s (${((user + sys) / pages).toFixed(1)} s/page)`);
  } else {
    const start = Date.now();
    run(process.execPath, cli);
    const wall = (Date.now() - start) / 1000;
    console.log(`\nOCR, ${pages}-page scan: wall ${wall.toFixed(1)} s (${(wall / pages).toFixed(1)} s/page)`);
  }
}
