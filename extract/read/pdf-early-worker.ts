import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../specs/diagnostics.js';
import { guardPdf } from './input.js';
import { readPdfText } from './pdf.js';
import type { EarlyMessage } from './pdf-early.js';

// The thread of pdf-early.ts: the serial path's PDF reading (guardPdf, readPdfText) on the bytes it
// was sent, its progress as it goes, then the text or the InputError's diagnostic; any other
// failure says only that it failed, and the main thread reads the PDF itself.

const { bytes, file } = workerData as { bytes: Uint8Array; file: string };
const port = parentPort!;
const post = (m: EarlyMessage): void => port.postMessage(m);

try {
  guardPdf(bytes, file);
  const pdf = await readPdfText(bytes, file, (page, pages) => post({ progress: [page, pages] }));
  post({ pdf });
} catch (e) {
  post(e instanceof InputError ? { diagnostic: e.diagnostic } : { failed: true });
}
