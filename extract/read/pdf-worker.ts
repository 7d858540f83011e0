import { parentPort, workerData } from 'node:worker_threads';
import { openPdf, PageError, pagesOf } from './pdf-pages.js';

// The PDF reading thread: reads the second half of a long PDF's pages while the main thread reads
// the first, and posts each page, in order, as plain data. The main thread lays them out.

export interface PdfWorkerJob { readonly bytes: Uint8Array; readonly from: number; readonly to: number }
export type PdfWorkerMessage =
  | { readonly n: number; readonly page: import('./pdf-layout.js').PdfPage }
  | { readonly n: number; readonly error: string }
  /** the thread could not read the document at all: the main thread reads the rest itself */
  | { readonly n: number; readonly failed: string };

const job = workerData as PdfWorkerJob;
const port = parentPort!;

async function run(): Promise<void> {
  const doc = await openPdf(job.bytes).catch((e: Error) => {
    port.postMessage({ n: job.from, failed: e.message } satisfies PdfWorkerMessage);
  });
  if (!doc) return;
  try {
    let n = job.from;
    for await (const page of pagesOf(doc, job.from, job.to)) port.postMessage({ n: n++, page } satisfies PdfWorkerMessage);
  } catch (e) {
    port.postMessage(e instanceof PageError ? { n: e.page, error: e.message } : { n: job.from, failed: (e as Error).message } satisfies PdfWorkerMessage);
  } finally {
    await doc.destroy();
  }
}

run().catch((e: Error) => port.postMessage({ n: job.from, failed: e.message } satisfies PdfWorkerMessage));
