import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfItem } from './pdf-layout.js';

// A scanned page → positioned words, for the PDF layout reader: pdftoppm renders the page (grey,
// 300 dpi), Tesseract's Swedish model reads it, and its TSV gives every word's box and confidence.
// Words come out as PdfItems in PDF coordinates, so columns, lines, paragraphs and bullets are
// rebuilt exactly as for a text layer, and every line keeps its page.
//
// Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): its OpenMP threads fight over two cores and
// make a page ~7× slower; pages are read two at a time instead.

export const DPI = 300;
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-swe';

export interface OcrPage {
  readonly items: PdfItem[];
  /** mean word confidence, 0–1 */
  readonly confidence: number;
  /** each word's confidence (0–1), in reading order of the TSV */
  readonly words: ReadonlyArray<{ readonly text: string; readonly confidence: number }>;
}

let available: boolean | undefined;

/** Tesseract with the Swedish model, and pdftoppm, are installed (asked once). */
export function ocrAvailable(): boolean {
  available ??= (() => {
    const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10000 });
    if (langs.error || langs.status !== 0) return false;
    if (!/^swe$/mu.test(`${langs.stdout}\n${langs.stderr}`)) return false;
    const ppm = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8', timeout: 10000 });
    return !ppm.error;
  })();
  return available;
}

/** Run pdftoppm | tesseract for one page; resolves with Tesseract's TSV. */
function renderAndRead(pdfPath: string, page: number, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const render = spawn('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(page), '-l', String(page), pdfPath], { env, signal, stdio: ['ignore', 'pipe', 'ignore'] });
    const read = spawn('tesseract', ['stdin', 'stdout', '-l', 'swe', '--dpi', String(DPI), 'tsv'], { env, signal, stdio: ['pipe', 'pipe', 'ignore'] });
    render.stdout.pipe(read.stdin);
    read.stdin.on('error', () => undefined); // tesseract exiting early shows as its own failure below
    const out: Buffer[] = [];
    read.stdout.on('data', (b: Buffer) => out.push(b));
    let failed = false;
    const fail = (why: string): void => { if (!failed) { failed = true; render.kill(); read.kill(); reject(new Error(why)); } };
    render.on('error', (e) => fail(`pdftoppm: ${e.message}`));
    read.on('error', (e) => fail(`tesseract: ${e.message}`));
    render.on('close', (code) => { if (code !== 0) fail(`pdftoppm could not render page ${page}`); });
    read.on('close', (code) => {
      if (code !== 0) fail(`tesseract could not read page ${page}`);
      else if (!failed) resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}

/** A character Tesseract's Swedish model misreads in a way the word's shape gives away; examples run as tests. */
export interface OcrRepair {
  readonly id: string;
  readonly why: string;
  readonly pattern: RegExp;
  readonly replace: string;
  /** only for the last word of a line */
  readonly lineEnd?: boolean;
  readonly examples: ReadonlyArray<readonly [string, string]>;
}

export const OCR_REPAIRS: readonly OcrRepair[] = [
  {
    id: 'at-sign',
    why: '"@" in an e-mail address comes out as "Q" or "©": a word of the shape name Q domain.tld is an address',
    // one word at a time (no spaces), so the quantifiers meet a few dozen characters at most
    pattern: /^([\p{Ll}\p{N}._%+-]{1,64})[Q©®](?=[\p{Ll}\p{N}-]{1,63}(?:\.[\p{Ll}\p{N}-]{1,63}){0,4}\.(?:se|nu|com|org|net|eu)\b)/u,
    replace: '$1@',
    examples: [['registratorQsocialstyrelsen.se', 'registrator@socialstyrelsen.se'], ['tjanst.statsbidragQsocialstyrelsen.se.', 'tjanst.statsbidrag@socialstyrelsen.se.'], ['Qatar.se', 'Qatar.se'], ['IQ-test.se', 'IQ-test.se']],
  },
  {
    id: 'required-mark',
    why: 'a form\'s required-answer mark "*" after a question comes out as "+"; Swedish prose never ends a line with "+"',
    pattern: /^(\p{L}[\p{L}\p{N})?:-]{0,60})?\+$/u,
    replace: '$1 *',
    lineEnd: true,
    examples: [['Organisationsnummer+', 'Organisationsnummer *'], ['+', ' *'], ['C++', 'C++'], ['+46', '+46']],
  },
];

interface TsvWord { line: string; left: number; top: number; width: number; height: number; conf: number; text: string }

/** Tesseract's TSV → words with their line's box; the page's height in points turns pixels into PDF coordinates. */
export function wordsFromTsv(tsv: string, pageHeight: number, dpi = DPI): OcrPage {
  const scale = 72 / dpi;
  const lines = new Map<string, { top: number; height: number }>();
  const words: TsvWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = c.map(Number) as number[];
    const key = `${block}.${par}.${line}`;
    if (level === 4) lines.set(key, { top: top!, height: height! });
    const text = c.slice(11).join('\t').trim();
    if (level === 5 && text) words.push({ line: key, left: left!, top: top!, width: width!, height: height!, conf: conf!, text });
  }
  const items: PdfItem[] = words.map((w, i) => {
    const box = lines.get(w.line) ?? { top: w.top, height: w.height };
    // Tesseract reads a bullet dot as "»", "«", "*" or "©": a small mark without letters that opens
    // a line, centred on it (a raised footnote mark sits at the line's top)
    const opens = i === 0 || words[i - 1]!.line !== w.line;
    const centre = (w.top + w.height / 2 - box.top) / box.height;
    if (opens && !/[\p{L}\p{N}]/u.test(w.text) && w.text.length <= 2 && w.height < box.height * 0.5 && w.width < box.height * 0.6 && centre > 0.3 && centre < 0.8) w.text = '•';
    const closes = i === words.length - 1 || words[i + 1]!.line !== w.line;
    for (const r of OCR_REPAIRS) if (!r.lineEnd || closes) w.text = w.text.replace(r.pattern, r.replace).trim() || w.text;
    // a line box spans ascenders to descenders; its text is about four fifths of it
    return { str: w.text, x: w.left * scale, y: pageHeight - (box.top + box.height * 0.8) * scale, width: w.width * scale, size: box.height * 0.8 * scale };
  });
  const confs = words.map((w) => Math.max(0, Math.min(100, w.conf)) / 100);
  const confidence = confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0;
  return { items, confidence, words: words.map((w, i) => ({ text: w.text, confidence: confs[i]! })) };
}

export interface PageReader {
  /** the OCR'd words of a page without a text layer; `height` is the page's height in points */
  read(page: number, height: number): Promise<OcrPage>;
  /** stop what is still running and remove the temporary copy */
  close(): void;
}

/**
 * Reads scanned pages as the PDF reader meets them, in order. Asking for page n starts page n+1
 * too (a scan's pages come together), so two run at once on two cores; a page that turns out to
 * have a text layer is never asked for, and close() stops its run.
 */
export function pageReader(bytes: Uint8Array, pages: number): PageReader {
  const running = new Map<number, Promise<string>>();
  const abort = new AbortController();
  let dir: string | undefined;
  const start = (page: number): void => {
    if (page > pages || running.has(page)) return;
    dir ??= mkdtempSync(join(tmpdir(), 'grantspec-ocr-'));
    const file = join(dir, 'scan.pdf');
    if (running.size === 0) writeFileSync(file, bytes);
    const p = renderAndRead(file, page, abort.signal);
    p.catch(() => undefined); // awaited when the page is read; a page never read may fail unseen
    running.set(page, p);
  };
  return {
    async read(page, height) {
      start(page);
      start(page + 1);
      return wordsFromTsv(await running.get(page)!, height);
    },
    close() {
      abort.abort();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
