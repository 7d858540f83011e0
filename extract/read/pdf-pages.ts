import type { PdfItem, PdfLink, PdfPage } from './pdf-layout.js';

// One PDF page as plain data (its text items with positions, its link annotations), read with
// pdfjs-dist (its legacy main build and its modern worker build: loadPdfjs). The main thread and
// the page-reading thread (pdf-worker.ts) both read pages through this module, so a page reads
// the same whichever thread reads it.

interface TextItemLike { str: string; transform: number[]; width: number; height: number }
interface AnnotationLike { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
let loaded: Promise<Pdfjs> | undefined;

/**
 * A global left out while pdf.js loads: its polyfill of Response.prototype.bytes reads the global
 * Response, whose first read loads Node's whole fetch implementation (undici, a tenth of a second),
 * which reading a PDF from bytes never uses. pdf.js patches a stand-in; the real global is put back.
 */
function withoutFetchGlobals<T>(load: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (!own?.configurable || !own.get) return load();
  Object.defineProperty(globalThis, 'Response', { configurable: true, writable: true, value: class Response {} });
  return load().finally(() => Object.defineProperty(globalThis, 'Response', own));
}

const CANVAS = '@napi-rs/canvas';
const CANVAS_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

/**
 * pdf.js in Node loads @napi-rs/canvas as it loads (a native library: a twentieth of a second of
 * every start) to put DOMMatrix, ImageData and Path2D on the global object, which only rendering
 * and a Type3 glyph drawn as an image mask use. While pdf.js loads, its require of the package
 * gets an empty stand-in and those globals a placeholder (so it neither loads the library nor
 * warns); then each global that was missing becomes a getter that loads the library on first use
 * and puts the library's value in its place, as pdf.js would have.
 */
async function withoutCanvas<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const missing = CANVAS_GLOBALS.filter((k) => !Object.getOwnPropertyDescriptor(g, k));
  const getBuiltin = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
  if (!missing.length || typeof getBuiltin?.value !== 'function' || !getBuiltin.writable) return load();
  const real = getBuiltin.value as (id: string) => unknown;
  const nodeModule = real('module') as typeof import('node:module');
  const lazyModule = Object.create(nodeModule as object) as typeof import('node:module');
  let from: string | URL = import.meta.url;
  lazyModule.createRequire = (url) => {
    from = url;
    const require = nodeModule.createRequire(url);
    return Object.assign((id: string) => (id === CANVAS ? {} : require(id)), require) as NodeJS.Require;
  };
  Object.defineProperty(process, 'getBuiltinModule', { ...getBuiltin, value: (id: string) => (id === 'module' || id === 'node:module' ? lazyModule : real(id)) });
  for (const k of missing) Object.defineProperty(g, k, { configurable: true, writable: true, value: undefined });
  for (const k of missing) g[k] = class Placeholder {};
  try {
    return await load();
  } finally {
    Object.defineProperty(process, 'getBuiltinModule', getBuiltin);
    let canvas: Record<string, unknown> | undefined;
    const library = (): Record<string, unknown> | undefined => {
      try {
        canvas ??= nodeModule.createRequire(from)(CANVAS) as Record<string, unknown>;
      } catch {
        // not installed (an optional dependency of pdfjs-dist): the globals stay absent, as pdf.js leaves them
      }
      return canvas;
    };
    for (const k of missing) {
      const put = (value: unknown): void => { Object.defineProperty(g, k, { configurable: true, writable: true, enumerable: true, value }); };
      Object.defineProperty(g, k, {
        configurable: true,
        get: () => {
          const value = library()?.[k];
          if (value === undefined) { delete g[k]; return undefined; }
          put(value);
          return value;
        },
        set: put,
      });
    }
  }
}

/**
 * pdfjs-dist's legacy build brings core-js, which replaces Array.prototype.push with a slower
 * version because V8's differs from the spec at lengths above 2^32 - 1; that slows every push in
 * the process. Arrays that long never occur here, so the native one is put back.
 *
 * Loading these two files from a V8 code cache (as a CommonJS bundle through vm.Script with its
 * cachedData) was measured and not adopted: 0.06-0.15 s less wall on the 216-page bench PDF, under
 * what it would have had to pay (the numbers beside the one-file build in bin/cli.ts).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= withoutFetchGlobals(() => withoutCanvas(async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    // the minified builds: the same code, a third less to parse at every start
    const mod: Pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    // load the worker code now (pdf.js runs it in this thread in Node). Its modern build, not the
    // legacy one: the main build above (the legacy one, which Node needs for DOMMatrix and the
    // like) has already put on the global objects all that the modern worker uses and Node 20
    // lacks (core-js: Promise.withResolvers, Map.prototype.getOrInsertComputed, Uint8Array's
    // toHex and fromBase64, Math.sumPrecise, Set.prototype.intersection,
    // ArrayBuffer.prototype.transferToFixedLength; Float16Array it tests for), so nothing is added
    // here. The modern worker runs the same pdf.js source without Babel's down-levelling (private
    // fields, classes, async functions as they are): the same text items, and the 216-page bench
    // PDF's text content in about 10 % less time (h/speed14, numbers in the README).
    // The two builds must come from one release: package.json pins pdfjs-dist to an exact version.
    const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    Object.defineProperty(Array.prototype, 'push', push);
    return mod;
  }));
  return loaded;
}

/**
 * Open a PDF's bytes (a copy: pdf.js takes over the buffer it is given).
 *
 * Nor does handing pdf.js's messages over uncopied pay (measured 3 December 2026, h/speed17, not
 * adopted). In Node pdf.js's two halves talk through its fake worker's LoopbackPort, which
 * structured-clones every message. A port of our own (WorkerMessageHandler.initializeFromPort on
 * it, `new PDFWorker({ port })` given to getDocument) handed each text-content chunk over as a
 * shallow copy (a copy it must be: the parser reassigns the sent chunk's items and styles at once,
 * and uncopied every page read empty) and cloned the rest as before: the same bytes out for all 61
 * PDFs of test/bench/pdf-outputs.mjs, but no time saved. Reading the 216-page bench PDF in process
 * (pdf.js loaded, 12 interleaved rounds at chrt -r 10, load average 17-21): 1.32 s wall (min 1.20),
 * 2.04 s CPU, against 1.31 s (1.20), 2.07 s; the CLI 2.82-3.09 s against 2.80-2.84 s. Nor does
 * getTextContent's disableNormalization (6.1-7.7 ms a page against 6.1-7.9 ms, 5 rounds); its
 * annotations cost 0.05 ms a page. pdf.js's text content alone is 5.7-6.9 ms a page once warm.
 */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    verbosity: 0, stopAtErrors: false,
  }).promise;
}

/** A page pdf.js cannot open: its number and pdf.js's reason. */
export class PageError extends Error {
  constructor(readonly page: number, message: string) {
    super(message);
  }
}

/** Page n's text items and links; a page pdf.js cannot open is a PageError. */
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

/** Whether a page has a text layer (a page without one is a scan, for OCR). */
export function hasText(page: PdfPage): boolean {
  return page.items.some((i) => i.str.trim());
}

/**
 * Pages are claimed in a table shared by the threads (an Int32 per page, 0 = free), so each page
 * is read by exactly one: the main thread claims from the first page up, the helper from the last
 * down, and each stops at the first page the other holds. Whoever is faster reads more.
 */
export const MAIN = 1;
export const HELPER = 2;

export function claim(table: Int32Array, page: number, by: number): boolean {
  return Atomics.compareExchange(table, page, 0, by) === 0;
}

/**
 * pdf.js inflates a stream through the web DecompressionStream where there is one: in Node that is
 * zlib behind web-stream adapters, whose promise hops cost more than pdf.js's own inflate on a
 * PDF's many small streams (a tenth of the reading). Without it pdf.js inflates in JavaScript, as
 * it does whenever the web stream fails: the same bytes. It is put back when the reading ends.
 */
export async function withoutDecompressionStream<T>(read: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream');
  if (own?.configurable) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  try {
    return await read();
  } finally {
    if (own?.configurable && !Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream')) Object.defineProperty(globalThis, 'DecompressionStream', own);
  }
}
