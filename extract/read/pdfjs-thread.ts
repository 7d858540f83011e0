import { workerData } from 'node:worker_threads';
import { loadPdfjsWorker } from './pdf-pages.js';

// The thread pdf.js parses a PDF in (pdf-pages.ts openPdfThreaded): its own "worker" side, the
// same code the main thread would otherwise run, answering the main thread's pdf.js over the port.

// pdf.js inflates in JavaScript without the web DecompressionStream (see withoutDecompressionStream)
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
const { WorkerMessageHandler } = await loadPdfjsWorker();
WorkerMessageHandler.initializeFromPort((workerData as { port: unknown }).port);
