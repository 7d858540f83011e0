import { fail } from '../../specs/diagnostics.js';
import { OCR_PACKAGES, ocrAvailable, pageReader } from './ocr.js';
import { LIMITS, tooLarge } from '../../specs/limits.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dropFurniture, layoutText, pageLines, type Line, type PdfPage } from './pdf-layout.js';
import { dropPageChrome } from './pdf-chrome.js';
import { claim, hasText, HELPER, MAIN, openPdf, PageError, readPage, withoutDecompressionStream, type PdfDocument } from './pdf-pages.js';
import type { PdfWorkerJob, PdfWorkerMessage } from './pdf-worker.js';

// PDF → text with page starts, through pdfjs-dist (pdf-pages.ts), loaded lazily so
// that the CLI starts fast. On request (helperWanted) a long PDF is read by two threads at once:
// this one from the first page up, a helper thread (pdf-worker.ts) from the last page down, until
// they meet; the pages are laid out and joined here in page order, so the text is the same as one
// thread's.

export interface PdfText {
  readonly text: string;
  readonly pageStarts: number[];
  readonly pages: number;
  /** pages without a text layer (scanned images) */
  readonly emptyPages: number[];
  /** link annotations: URL and the span of text they cover */
  readonly links: Array<{ url: string; start: number; end: number }>;
  /** pages read by OCR (no text layer): page → Tesseract's mean word confidence, 0–1 */
  readonly ocrPages?: Record<number, number>;
  /** how many pages the second thread read (0: this thread read them all) */
  readonly helperPages: number;
}

function ranges(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return parts.join(', ');
}

// An image XObject's dictionary is always in the file's plain bytes (streams cannot sit in object streams).
const IMAGE = /\/Subtype\s*\/Image\b/u;

function hasImages(bytes: Uint8Array): boolean {
  return IMAGE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

export interface ReadPdfOptions {
  /** called before each page is laid out */
  readonly onProgress?: (page: number, pages: number) => void;
  /**
   * a second thread reads pages when the PDF has at least this many; Infinity: never. Without it,
   * a long-looking file of PARALLEL_FROM_PAGES pages or more, when GRANTSPEC_PDF_THREADS=2.
   */
  readonly parallelFrom?: number;
  /** tests: pages from this one to the last are left to the second thread, whoever is faster */
  readonly helperFrom?: number;
  /** tests: the second thread's script instead of pdf-worker.js (one that fails, to show the fallback) */
  readonly helperScript?: URL;
}

/**
 * A second thread can pay only when the document is long (and only with cores to spare: not on a
 * 2-core machine, see helperWanted): starting one, loading pdf.js into it and warming
 * it up costs about what reading 100 pages does once warm. It is started before the page count is
 * known (so pdf.js loads in both threads at once), when the file is big enough to be long; a short
 * document stops it.
 */
export const PARALLEL_FROM_PAGES = 48;
const PARALLEL_FROM_BYTES = 64 * 1024;

/**
 * Whether to start a second thread. Not by default: on a 2-core machine it costs more than it
 * gives even when the machine is otherwise idle, because V8 already runs garbage collection and
 * compiling on the second core, and the helper pays its own pdf.js load and JIT warm-up (the first
 * 24 pages of the bench's PDF cost 0.8 s CPU, the next 24 0.25 s, then 0.1 s). Measured on the
 * 216-page PDF at real-time priority (the other processes held off): 2.59-2.70 s wall in one thread
 * against 3.04-3.28 s in two; on the busy machine 6.7-8.3 s against 11.7-15.0 s for the reading
 * alone (threads of one process share its CPU share: Linux's autogroup). GRANTSPEC_PDF_THREADS=2
 * turns it on, for machines with cores to spare; the output is the same either way.
 *
 * Measured again on 3 December 2026 (h/speed13) at chrt -r (round robin) instead of chrt -f: under
 * SCHED_FIFO a running thread never yields to one of its own priority, so with two JavaScript
 * threads on the two cores V8's compiling and GC threads wait (two processes spinning in one
 * JIT-compiled loop: 1.4 s each at chrt -f, 0.6 s each at chrt -r, 0.6 s alone), which overstated
 * the helper's loss above. At chrt -r it still does not pay (the CLI, 7 interleaved rounds, medians,
 * one thread against two): 216 pages 2.77 s against 2.82 s wall, CPU 4.02 against 4.67 s, peak
 * 148 against 187 MB; the 240-page Helvetica PDF 1.97 against 2.05 s; 96 pages 1.87 against 2.13 s;
 * 48 pages 1.48 against 1.61 s. The bound: two processes reading the two halves of the 216 pages
 * at once, with no messages at all, take 1.05-1.16 s against 1.27 s for one reading them all,
 * because one pdf.js thread already keeps the other core 40 % busy (1.25 s CPU in 0.85 s wall for
 * 108 pages: V8's compiling and GC) and a fresh thread's first 25 pages cost 0.30-0.35 s against
 * about 0.1 s once warm, after 0.15 s loading pdf.js; the pages' cloning and the merge eat the rest.
 *
 * Nor does pdf.js's parsing pay in a thread of its own, one document parsed once (its real
 * worker protocol over a MessageChannel, this thread laying out and loading the extractor
 * meanwhile; commit 10c549a, reverted): the same bytes out, but on the 216-page bench PDF at
 * real-time priority 3.15 s wall against 2.97 s, 4.85 s CPU against 4.28 s (6 runs interleaved),
 * because cloning each text-content chunk across threads costs the parsing thread about what the
 * layout it hands off saves, and the thread adds its start, its heap and a round trip per chunk.
 * Measured again at chrt -r on 3 December 2026 (the same code ported onto this module, the same
 * bytes out; 9 interleaved rounds, load average 13-15): 2.92 s wall against 2.77 s, CPU 4.57
 * against 4.09 s, peak 163 against 149 MB, so the FIFO scheduling above did not decide it either.
 *
 * Nor does the whole reading in a thread started first pay (h/perf65, 5 December 2026, reverted):
 * the CLI started a worker running guardPdf and readPdfText before importing the extractor, and
 * got back only the laid-out text, page starts and links in one message (or the InputError's
 * diagnostic), while this thread compiled the extractor's modules. The same bytes out; the read was
 * done 1.46-1.56 s after the start against 1.61-1.73 s for the read and the modules serially, but
 * the CLI on the 216-page bench PDF at chrt -r 10 (9 interleaved rounds, load average 13-19) took
 * 2.69-3.16 s wall (median 2.77) and 4.1-4.8 s CPU against 2.57-2.88 s (2.72) and 3.8-4.0 s: the
 * thread's own start and heap cost what the overlap saves, the second core being already busy
 * with this thread's compiling and GC.
 */
function helperWanted(): boolean {
  return process.env['GRANTSPEC_PDF_THREADS'] === '2' && availableParallelism() > 1;
}

/** How many threads read a PDF of this size and page count by default (the CLI's choice; `npm run bench` reports it). */
export function readingThreads(byteLength: number, pages: number): 1 | 2 {
  return byteLength >= PARALLEL_FROM_BYTES && pages >= PARALLEL_FROM_PAGES && helperWanted() && helperFile() ? 2 : 1;
}

/** The compiled helper beside this module (absent when the TypeScript runs directly, as under vitest). */
function helperFile(): URL | undefined {
  const url = new URL('./pdf-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

type Delivered = Exclude<PdfWorkerMessage, { done: true }>;

/** The helper thread: pages it claimed, handed out as the main thread asks for them in order. */
class Helper {
  private readonly worker: Worker;
  private readonly arrived = new Map<number, Delivered>();
  private readonly waiting = new Map<number, (m: Delivered | undefined) => void>();
  private finished = false;

  constructor(file: URL, readonly claims: Int32Array, bytes: Uint8Array) {
    this.worker = new Worker(file, { workerData: { bytes, claims } satisfies PdfWorkerJob });
    this.worker.on('message', (m: PdfWorkerMessage) => {
      if ('done' in m) { this.finish(); return; }
      const wake = this.waiting.get(m.n);
      if (wake) { this.waiting.delete(m.n); wake(m); } else this.arrived.set(m.n, m);
    });
    this.worker.on('error', () => this.finish());
    this.worker.on('exit', () => this.finish());
  }

  /** Whether the helper claimed page n. */
  holds(n: number): boolean {
    return n < this.claims.length && Atomics.load(this.claims, n) === HELPER;
  }

  /** Page n as the helper read it, or undefined when it stopped without sending it (read it here). */
  page(n: number): Promise<Delivered | undefined> {
    const m = this.arrived.get(n);
    if (m) { this.arrived.delete(n); return Promise.resolve(m); }
    if (this.finished) return Promise.resolve(undefined);
    return new Promise((done) => this.waiting.set(n, done));
  }

  private finish(): void {
    this.finished = true;
    for (const wake of this.waiting.values()) wake(undefined);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function readPdfText(bytes: Uint8Array, file: string, options: ReadPdfOptions | ((page: number, pages: number) => void) = {}): Promise<PdfText> {
  const opts = typeof options === 'function' ? { onProgress: options } : options;
  return withoutDecompressionStream(() => readPdf(bytes, file, opts));
}

async function readPdf(bytes: Uint8Array, file: string, options: ReadPdfOptions): Promise<PdfText> {
  const { onProgress, parallelFrom = PARALLEL_FROM_PAGES } = options;
  // parallelFrom given: the caller decides (tests, the bench); else a long-looking file when asked for (helperWanted)
  const wanted = options.parallelFrom === undefined ? bytes.length >= PARALLEL_FROM_BYTES && helperWanted() : parallelFrom !== Infinity;
  const helperAt = wanted ? options.helperScript ?? helperFile() : undefined;
  const claims = new Int32Array(new SharedArrayBuffer(4 * (LIMITS.pdfPages + 2)));
  let helper = helperAt ? new Helper(helperAt, claims, bytes) : undefined;
  let ocr: ReturnType<typeof pageReader> | undefined;
  try {
    let doc: PdfDocument;
    try {
      doc = await openPdf(bytes);
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'PasswordException') fail(file, 'pdf-encrypted', 'the PDF is password protected; ask the publisher for an unprotected copy');
      fail(file, 'pdf-invalid', `not a readable PDF (${name === 'InvalidPDFException' ? 'damaged or not a PDF at all' : (e as Error).message || 'unreadable'}); get a fresh copy from the publisher`);
    }
    try {
      const pages = doc.numPages;
      if (pages === 0) fail(file, 'pdf-empty', 'the PDF has no pages; get a complete copy from the publisher');
      if (pages > LIMITS.pdfPages) tooLarge(file, 'a PDF', `${pages} pages`, `${LIMITS.pdfPages} pages`);
      if (helper && pages < parallelFrom) {
        // too short to share: every page is claimed here, and the helper stops at once
        for (let n = 1; n <= pages; n++) claim(claims, n, MAIN);
        await helper.close();
        helper = undefined;
      }
      if (helper && options.helperFrom !== undefined) for (let n = Math.max(1, options.helperFrom); n <= pages; n++) claim(claims, n, HELPER);
      const lines: Line[] = [];
      const carry = { glyphItem: false };
      const emptyPages: number[] = [];
      const ocrPages: Record<number, number> = {};
      let helperPages = 0;
      const unreadable = (n: number, why: string): never =>
        fail(file, 'pdf-invalid', `page ${n} cannot be read (${why}); the PDF is damaged, get a fresh copy`, { page: n });
      const fetchPage = (n: number): Promise<PdfPage> =>
        readPage(doc, n).catch((e: unknown) => (e instanceof PageError ? unreadable(n, e.message) : Promise.reject(e)));
      // A few pages are asked for ahead: pdf.js answers through the event loop, and requests in
      // flight keep it busy while the previous page is laid out. The window keeps memory bounded.
      // (2 or 12 read the 216-page bench PDF no faster: last page 1645-1683 and 1639-1745 ms after
      // the modules against 1540-1587 ms with 6, 3 interleaved runs each at real-time priority.)
      const AHEAD = 6;
      const own = new Map<number, Promise<PdfPage>>();
      let claiming = true;
      const request = (n: number): void => {
        if (!claiming || n > pages || own.has(n)) return;
        // pages below the helper's are this thread's; the first page the helper holds ends the claims
        if (!claim(claims, n, MAIN) && Atomics.load(claims, n) !== MAIN) { claiming = false; return; }
        const p = fetchPage(n);
        p.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        own.set(n, p);
      };
      for (let n = 1; n <= pages; n++) {
        for (let k = n; k < n + AHEAD; k++) request(k);
        onProgress?.(n, pages);
        let pdfPage: PdfPage;
        let laid: { lines: Line[]; carryOut: boolean } | undefined;
        const mine = own.get(n);
        if (mine) {
          pdfPage = await mine;
          own.delete(n);
        } else {
          const m = helper?.holds(n) ? await helper.page(n) : undefined;
          if (m && 'unreadable' in m) unreadable(n, m.unreadable);
          if (m && 'page' in m) {
            helperPages++;
            pdfPage = m.page;
            if (m.lines) laid = { lines: m.lines, carryOut: m.carryOut === true };
          } else {
            pdfPage = await fetchPage(n); // the helper stopped before sending this page, or failed on it
          }
        }
        if (!hasText(pdfPage)) {
          // a scanned page: its words and their boxes from Tesseract, laid out like a text layer
          if (ocrAvailable()) {
            ocr ??= pageReader(bytes, pages);
            const read = await ocr.read(n, pdfPage.height).catch((e: Error) => fail(file, 'ocr-failed', `page ${n} could not be read by OCR (${e.message}); check the file opens in a PDF viewer`, { page: n }));
            pdfPage = { ...pdfPage, items: read.items };
            if (read.items.length) ocrPages[n] = Math.round(read.confidence * 100) / 100;
          }
          if (!pdfPage.items.length) emptyPages.push(n);
        }
        // the helper laid its page out as if no bulleted item ran over from the page before
        if (laid && !carry.glyphItem) {
          for (const l of laid.lines) lines.push(l);
          carry.glyphItem = laid.carryOut;
        } else lines.push(...pageLines(pdfPage, n, carry));
      }
      if (emptyPages.length === pages) {
        // a scan is pages of images; pages with neither text nor images are a damaged file, and OCR would not help
        if (!hasImages(bytes)) fail(file, 'pdf-invalid', `the PDF is damaged: its ${pages === 1 ? 'page holds' : `${pages} pages hold`} neither text nor images; get a fresh copy from the publisher`);
        fail(file, 'pdf-no-text', ocr
          ? `page ${ranges(emptyPages)} ${pages === 1 ? 'has' : 'have'} no text layer and OCR found no words; check that the scan is not blank`
          : `page ${ranges(emptyPages)} ${pages === 1 ? 'has' : 'have'} no text layer (a scanned image); OCR is needed before extraction: install ${OCR_PACKAGES} (Debian/Ubuntu: apt-get install ${OCR_PACKAGES})`);
      }
      const { text, pageStarts, links } = layoutText(dropPageChrome(dropFurniture(lines, pages)), pages);
      return { text, pageStarts, pages, emptyPages, links, helperPages, ...(Object.keys(ocrPages).length ? { ocrPages } : {}) };
    } finally {
      ocr?.close();
      await doc.destroy();
    }
  } finally {
    await helper?.close();
  }
}
