import { fail } from '../../specs/diagnostics.js';
import { OCR_PACKAGES, ocrAvailable, pageReader } from './ocr.js';
import { LIMITS, tooLarge } from '../../specs/limits.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dropFurniture, layoutText, pageLines, type Line, type PdfPage } from './pdf-layout.js';
import { openPdf, PageError, pagesOf, readPage, type PdfDocument } from './pdf-pages.js';
import type { PdfWorkerJob, PdfWorkerMessage } from './pdf-worker.js';

// PDF → text with page starts, through pdfjs-dist's legacy build (runs in Node without a worker
// thread). pdfjs is loaded lazily so that the CLI starts fast. Pages are read one at a time and
// released, so memory stays bounded on long documents.

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

/** A long document is worth a second thread: starting one costs about what reading 40 pages does. */
const PARALLEL_FROM_PAGES = 48;

/** The compiled reading thread: beside this module in the build, in build/ when the sources run under vitest. */
function workerFile(): URL | undefined {
  for (const f of ['./pdf-worker.js', '../../build/extract/read/pdf-worker.js']) {
    const url = new URL(f, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Pages from..to read in a thread of their own, handed out in page order as they arrive. */
class PageThread {
  private readonly worker: Worker;
  private readonly arrived = new Map<number, PdfWorkerMessage>();
  private readonly waiting = new Map<number, (m: PdfWorkerMessage) => void>();
  private failed: PdfWorkerMessage | undefined;

  constructor(file: URL, job: PdfWorkerJob) {
    this.worker = new Worker(file, { workerData: job });
    this.worker.on('message', (m: PdfWorkerMessage) => {
      if ('failed' in m) { this.stop(m); return; }
      const wake = this.waiting.get(m.n);
      if (wake) { this.waiting.delete(m.n); wake(m); } else this.arrived.set(m.n, m);
    });
    this.worker.on('error', (e) => this.stop({ n: job.from, failed: e.message }));
    this.worker.on('exit', () => this.stop({ n: job.from, failed: 'the reading thread stopped' }));
  }

  /** Page n, or undefined when the thread could not read the document (read it here instead). */
  page(n: number): Promise<PdfWorkerMessage | undefined> {
    const m = this.arrived.get(n);
    if (m) { this.arrived.delete(n); return Promise.resolve(m); }
    if (this.failed) return Promise.resolve(undefined);
    return new Promise((done) => this.waiting.set(n, done));
  }

  private stop(m: PdfWorkerMessage): void {
    if (this.failed) return;
    this.failed = m;
    for (const wake of this.waiting.values()) wake(m);
    this.waiting.clear();
  }

  close(): Promise<number> { return this.worker.terminate(); }
}

export async function readPdfText(bytes: Uint8Array, file: string, onProgress?: (page: number, pages: number) => void): Promise<PdfText> {
  let doc: PdfDocument;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') fail(file, 'pdf-encrypted', 'the PDF is password protected; ask the publisher for an unprotected copy');
    fail(file, 'pdf-invalid', `not a readable PDF (${name === 'InvalidPDFException' ? 'damaged or not a PDF at all' : (e as Error).message || 'unreadable'}); get a fresh copy from the publisher`);
  }
  let ocr: ReturnType<typeof pageReader> | undefined;
  let thread: PageThread | undefined;
  const unreadable = (n: number, why: string): never =>
    fail(file, 'pdf-invalid', `page ${n} cannot be read (${why}); the PDF is damaged, get a fresh copy`, { page: n });
  try {
    const pages = doc.numPages;
    if (pages === 0) fail(file, 'pdf-empty', 'the PDF has no pages; get a complete copy from the publisher');
    if (pages > LIMITS.pdfPages) tooLarge(file, 'a PDF', `${pages} pages`, `${LIMITS.pdfPages} pages`);
    const lines: Line[] = [];
    const carry = { glyphItem: false };
    const emptyPages: number[] = [];
    const ocrPages: Record<number, number> = {};
    // A long PDF's second half is read by a second thread while this one reads the first: pdf.js
    // is most of the time, and a page reads the same in either thread (pdf-pages.ts).
    const worker = pages >= PARALLEL_FROM_PAGES && availableParallelism() > 1 ? workerFile() : undefined;
    const split = worker ? Math.floor(pages / 2) + 1 : pages + 1;
    if (worker) thread = new PageThread(worker, { bytes, from: split, to: pages });
    let local = pagesOf(doc, 1, split - 1);
    let readingRest = false;
    for (let n = 1; n <= pages; n++) {
      onProgress?.(n, pages);
      let pdfPage: PdfPage;
      const remote = n >= split ? await thread!.page(n) : undefined;
      if (remote && 'page' in remote) pdfPage = remote.page;
      else if (remote && 'error' in remote) unreadable(remote.n, remote.error);
      else {
        // the first half, or the rest of a document the thread could not read
        if (n >= split && !readingRest) { local = pagesOf(doc, n, pages); readingRest = true; }
        const next = await local.next().catch((e: unknown) => (e instanceof PageError ? unreadable(e.page, e.message) : Promise.reject(e)));
        pdfPage = next.value as PdfPage;
      }
      if (!pdfPage!.items.some((i) => i.str.trim())) {
        // a scanned page: its words and their boxes from Tesseract, laid out like a text layer
        if (ocrAvailable()) {
          ocr ??= pageReader(bytes, pages);
          const read = await ocr.read(n, pdfPage!.height).catch((e: Error) => fail(file, 'ocr-failed', `page ${n} could not be read by OCR (${e.message}); check the file opens in a PDF viewer`, { page: n }));
          pdfPage = { ...pdfPage!, items: read.items };
          if (read.items.length) ocrPages[n] = Math.round(read.confidence * 100) / 100;
        }
        if (!pdfPage!.items.length) emptyPages.push(n);
      }
      lines.push(...pageLines(pdfPage!, n, carry));
    }
    if (emptyPages.length === pages) {
      // a scan is pages of images; pages with neither text nor images are a damaged file, and OCR would not help
      if (!hasImages(bytes)) fail(file, 'pdf-invalid', `the PDF is damaged: its ${pages === 1 ? 'page holds' : `${pages} pages hold`} neither text nor images; get a fresh copy from the publisher`);
      fail(file, 'pdf-no-text', ocr
        ? `page ${ranges(emptyPages)} ${pages === 1 ? 'has' : 'have'} no text layer and OCR found no words; check that the scan is not blank`
        : `page ${ranges(emptyPages)} ${pages === 1 ? 'has' : 'have'} no text layer (a scanned image); OCR is needed before extraction: install ${OCR_PACKAGES} (Debian/Ubuntu: apt-get install ${OCR_PACKAGES})`);
    }
    const { text, pageStarts, links } = layoutText(dropFurniture(lines, pages), pages);
    return { text, pageStarts, pages, emptyPages, links, ...(Object.keys(ocrPages).length ? { ocrPages } : {}) };
  } finally {
    ocr?.close();
    await thread?.close();
    await doc.destroy();
  }
}
