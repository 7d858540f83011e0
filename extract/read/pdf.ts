import { fail } from '../../specs/diagnostics.js';
import { OCR_PACKAGES, ocrAvailable, pageReader } from './ocr.js';
import { LIMITS, tooLarge } from '../../specs/limits.js';
import { dropFurniture, layoutText, pageLines, type Line, type PdfItem, type PdfLink, type PdfPage } from './pdf-layout.js';

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

interface TextItemLike { str: string; transform: number[]; width: number; height: number }
interface AnnotationLike { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }

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

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<Pdfjs> | undefined;

/**
 * pdfjs-dist's legacy build brings core-js, which replaces Array.prototype.push with a slower
 * version because V8's differs from the spec at lengths above 2^32 - 1; that slows every push in
 * the process. Arrays that long never occur here, so the native one is put back.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    // the minified builds: the same code, a third less to parse at every start
    const mod: Pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    // load the worker code now (pdf.js runs it in this thread in Node), so its polyfills come and go here too
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    Object.defineProperty(Array.prototype, 'push', push);
    return mod;
  })();
  return loaded;
}

/**
 * pdf.js inflates a stream through the web DecompressionStream where there is one: in Node that is
 * zlib behind web-stream adapters, whose promise hops cost more than pdf.js's own inflate on a
 * PDF's many small streams (a tenth of the reading). Without it pdf.js inflates in JavaScript, as
 * it does whenever the web stream fails: the same bytes. It is put back when the reading ends.
 */
async function withoutDecompressionStream<T>(read: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream');
  if (own?.configurable) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  try {
    return await read();
  } finally {
    if (own?.configurable && !Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream')) Object.defineProperty(globalThis, 'DecompressionStream', own);
  }
}

export async function readPdfText(bytes: Uint8Array, file: string, onProgress?: (page: number, pages: number) => void): Promise<PdfText> {
  return withoutDecompressionStream(() => readPdf(bytes, file, onProgress));
}

async function readPdf(bytes: Uint8Array, file: string, onProgress?: (page: number, pages: number) => void): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    verbosity: 0, stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') fail(file, 'pdf-encrypted', 'the PDF is password protected; ask the publisher for an unprotected copy');
    fail(file, 'pdf-invalid', `not a readable PDF (${name === 'InvalidPDFException' ? 'damaged or not a PDF at all' : (e as Error).message || 'unreadable'}); get a fresh copy from the publisher`);
  }
  let ocr: ReturnType<typeof pageReader> | undefined;
  try {
    const pages = doc.numPages;
    if (pages === 0) fail(file, 'pdf-empty', 'the PDF has no pages; get a complete copy from the publisher');
    if (pages > LIMITS.pdfPages) tooLarge(file, 'a PDF', `${pages} pages`, `${LIMITS.pdfPages} pages`);
    const lines: Line[] = [];
    const carry = { glyphItem: false };
    const emptyPages: number[] = [];
    const ocrPages: Record<number, number> = {};
    // A few pages are asked for ahead: pdf.js answers through the event loop, and requests in
    // flight keep it busy while the previous page is laid out. The window keeps memory bounded.
    const AHEAD = 6;
    const fetchPage = async (n: number): Promise<PdfPage> => {
      let page: Awaited<ReturnType<typeof doc.getPage>>;
      try {
        page = await doc.getPage(n);
      } catch (e) {
        fail(file, 'pdf-invalid', `page ${n} cannot be read (${(e as Error).message}); the PDF is damaged, get a fresh copy`, { page: n });
      }
      const viewport = page.getViewport({ scale: 1 });
      const [content, annotations] = await Promise.all([page.getTextContent(), page.getAnnotations({ intent: 'display' })]);
      const items: PdfItem[] = [];
      for (const raw of content.items as unknown[]) {
        const it = raw as TextItemLike;
        if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
        const [a, b, , , e, f] = it.transform as [number, number, number, number, number, number];
        const size = Math.hypot(a, b) || it.height || 10;
        items.push({ str: it.str, x: e, y: f, width: it.width, size });
      }
      const links: PdfLink[] = [];
      for (const raw of annotations as AnnotationLike[]) {
        const url = raw.url ?? raw.unsafeUrl;
        if (raw.subtype === 'Link' && url && raw.rect && raw.rect.length === 4) links.push({ url, rect: raw.rect as [number, number, number, number] });
      }
      // no page.cleanup(): it drops the parsed fonts, which the next page would parse again
      return { width: viewport.width, height: viewport.height, items, links };
    };
    const pending = new Map<number, Promise<PdfPage>>();
    const request = (n: number): void => {
      if (n > pages || pending.has(n)) return;
      const p = fetchPage(n);
      p.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
      pending.set(n, p);
    };
    for (let n = 1; n <= pages; n++) {
      for (let k = n; k < n + AHEAD; k++) request(k);
      onProgress?.(n, pages);
      let pdfPage = await pending.get(n)!;
      pending.delete(n);
      if (!pdfPage.items.some((i) => i.str.trim())) {
        // a scanned page: its words and their boxes from Tesseract, laid out like a text layer
        if (ocrAvailable()) {
          ocr ??= pageReader(bytes, pages);
          const read = await ocr.read(n, pdfPage.height).catch((e: Error) => fail(file, 'ocr-failed', `page ${n} could not be read by OCR (${e.message}); check the file opens in a PDF viewer`, { page: n }));
          pdfPage = { ...pdfPage, items: read.items };
          if (read.items.length) ocrPages[n] = Math.round(read.confidence * 100) / 100;
        }
        if (!pdfPage.items.length) emptyPages.push(n);
      }
      lines.push(...pageLines(pdfPage, n, carry));
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
    await doc.destroy();
  }
}
