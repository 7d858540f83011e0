import type { PdfItem, PdfLink, PdfPage } from './pdf-layout.js';

// One PDF page as plain data (its text items with positions, its link annotations), read with
// pdfjs-dist's legacy build. The main thread and the PDF reading thread (pdf-worker.ts) both read
// pages through this module, so a page reads the same whichever thread reads it.

interface TextItemLike { str: string; transform: number[]; width: number; height: number }
interface AnnotationLike { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
let loaded: Promise<Pdfjs> | undefined;

/**
 * pdfjs-dist's legacy build brings core-js, which replaces Array.prototype.push with a slower
 * version because V8's differs from the spec at lengths above 2^32 - 1; that slows every push in
 * the process. Arrays that long never occur here, so the native one is put back.
 */
export function loadPdfjs(): Promise<Pdfjs> {
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

/** Open a PDF's bytes (a copy: pdf.js takes over the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    verbosity: 0, stopAtErrors: false,
  }).promise;
}

/** A page that pdf.js cannot read: its number and why. */
export class PageError extends Error {
  constructor(readonly page: number, message: string) { super(message); }
}

/** Page n's text items and links. */
export async function readPage(doc: PdfDocument, n: number): Promise<PdfPage> {
  let page: Awaited<ReturnType<PdfDocument['getPage']>>;
  try {
    page = await doc.getPage(n);
  } catch (e) {
    throw new PageError(n, (e as Error).message);
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
}

/**
 * Pages from..to in order, a few asked for ahead: pdf.js answers through the event loop, and
 * requests in flight keep it busy while the previous page is used. The window keeps memory bounded.
 */
export async function* pagesOf(doc: PdfDocument, from: number, to: number, ahead = 6): AsyncGenerator<PdfPage> {
  const pending = new Map<number, Promise<PdfPage>>();
  const request = (n: number): void => {
    if (n > to || pending.has(n)) return;
    const p = readPage(doc, n);
    p.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    pending.set(n, p);
  };
  for (let n = from; n <= to; n++) {
    for (let k = n; k < n + ahead; k++) request(k);
    const page = await pending.get(n)!;
    pending.delete(n);
    yield page;
  }
}
