import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../../specs/diagnostics.js';
import { readInputBytes } from './input.js';
import type { PdfText } from './pdf.js';

// A PDF's reading started at the very start of `grantspec extract`, in a thread of its own, so that
// pdf.js loads and parses the pages while this thread loads the extractor's modules (a third of a
// second of compiling that used to wait for the reading, or the reading for it). The thread runs
// what the serial path runs (guardPdf, then readPdfText: pdf-early-worker.ts) and sends back only
// the laid-out text, its page starts and links: one small message, not a message per page (the
// per-page designs measured in pdf.ts cost more in cloning than they saved).
//
// The result is one of: the text; the one-line error the serial path would have thrown (an
// InputError's diagnostic: a broken or hostile PDF keeps its message); or nothing, when the thread
// could not run or failed otherwise, and the caller reads the PDF here as it always did.

export type EarlyOutcome = { readonly pdf: PdfText } | { readonly diagnostic: Diagnostic } | undefined;

export interface EarlyPdf {
  /** the bytes the thread reads: the caller uses the outcome only for these same bytes */
  readonly bytes: Uint8Array;
  /** the outcome; the thread keeps the process alive only while it is awaited */
  outcome(): Promise<EarlyOutcome>;
}

export type EarlyMessage =
  | { readonly progress: readonly [number, number] }
  | { readonly pdf: PdfText }
  | { readonly diagnostic: Diagnostic }
  | { readonly failed: true };

function workerFile(): URL | undefined {
  const url = new URL('./pdf-early-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Start reading `file` in a thread when it is a PDF (by its extension or its first bytes) that the
 * size cap lets in; undefined otherwise (the serial path then reads it, and reports what it must).
 */
export function readPdfEarly(file: string, onProgress?: (page: number, pages: number) => void): EarlyPdf | undefined {
  const script = workerFile();
  if (!script) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readInputBytes(file);
  } catch {
    return undefined;
  }
  const pdf = file.toLowerCase().endsWith('.pdf') || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46);
  if (!pdf || bytes.length === 0) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { bytes, file } });
  } catch {
    return undefined;
  }
  const outcome = new Promise<EarlyOutcome>((settle) => {
    worker.on('message', (m: EarlyMessage) => {
      if ('progress' in m) onProgress?.(m.progress[0], m.progress[1]);
      else if ('pdf' in m) settle({ pdf: m.pdf });
      else if ('diagnostic' in m) settle({ diagnostic: m.diagnostic });
      else settle(undefined);
    });
    worker.on('error', () => settle(undefined));
    worker.on('exit', () => settle(undefined));
  });
  // the thread keeps the process alive only once its answer is awaited (a failure before that ends the process as before)
  worker.unref();
  return { bytes, outcome: () => { worker.ref(); return outcome; } };
}
