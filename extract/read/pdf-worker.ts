import { parentPort, workerData } from 'node:worker_threads';
import { pageLines, type Line, type PdfPage } from './pdf-layout.js';
import { claim, hasText, HELPER, openPdf, PageError, readPage, withoutDecompressionStream } from './pdf-pages.js';

// The page-reading thread of a long PDF: it reads pages from the last one down, claiming each in
// the table it shares with the main thread (which reads from the first one up), until it meets a
// page the main thread holds. Each page goes back as plain data, laid out as if no bulleted item
// ran over from the page before (the main thread lays the page out again when one does).

export interface PdfWorkerJob {
  readonly bytes: Uint8Array;
  /** one Int32 per page number: 0 free, else who claimed it */
  readonly claims: Int32Array;
}

export type PdfWorkerMessage =
  /** a page with a text layer: its lines, and whether its last line is inside a bulleted item */
  | { readonly n: number; readonly page: PdfPage; readonly lines?: Line[]; readonly carryOut?: boolean }
  /** pdf.js could not open page n: the reason, for the main thread's error */
  | { readonly n: number; readonly unreadable: string }
  /** page n failed otherwise: the main thread reads it itself, and fails as it would alone */
  | { readonly n: number; readonly retry: true }
  /** every page claimed has been sent (or the document could not be opened here) */
  | { readonly done: true };

/** Pages asked of pdf.js ahead of the one being laid out. */
const AHEAD = 3;

async function run(job: PdfWorkerJob, post: (m: PdfWorkerMessage) => void): Promise<void> {
  const doc = await openPdf(job.bytes).catch(() => undefined);
  if (!doc) return;
  try {
    const inFlight: Array<{ n: number; page: Promise<PdfPage> }> = [];
    let next = doc.numPages;
    let claiming = true;
    const fill = (): void => {
      while (claiming && inFlight.length < AHEAD && next >= 1) {
        // a page already marked as this thread's was left to it by the main thread
        if (next >= job.claims.length || (!claim(job.claims, next, HELPER) && Atomics.load(job.claims, next) !== HELPER)) {
          claiming = false;
          break;
        }
        const page = readPage(doc, next);
        page.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        inFlight.push({ n: next, page });
        next--;
      }
    };
    fill();
    while (inFlight.length) {
      const { n, page } = inFlight.shift()!;
      try {
        const p = await page;
        fill();
        if (!hasText(p)) post({ n, page: p });
        else {
          const carry = { glyphItem: false };
          const lines = pageLines(p, n, carry);
          post({ n, page: p, lines, carryOut: carry.glyphItem });
        }
      } catch (e) {
        claiming = false;
        post(e instanceof PageError ? { n, unreadable: e.message } : { n, retry: true });
      }
    }
  } finally {
    await doc.destroy();
  }
}

const port = parentPort!;
withoutDecompressionStream(() => run(workerData as PdfWorkerJob, (m) => port.postMessage(m)))
  .catch(() => undefined)
  .finally(() => port.postMessage({ done: true } satisfies PdfWorkerMessage));
