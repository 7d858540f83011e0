import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../extract/read/pdf-pages.js';

// pdf-pages.ts loads pdf.js's LEGACY main build and then its MODERN worker build (h/speed14). The modern
// worker calls, at run time and only on some PDFs, built-ins that Node 20 lacks; it works only because the
// legacy main build's core-js polyfills were put on the globals first. Nothing pins that contract but this
// test: a pdfjs-dist upgrade (package.json allows ^5.6.205) whose worker needs one more built-in, or a
// change of load order, fails here instead of mid-PDF. The list is what pdfjs-dist 5.6.205's
// build/pdf.worker.min.mjs calls and Node 20.20 lacks (checked by grepping the worker and probing Node).
const NEEDED: ReadonlyArray<readonly [string, () => unknown]> = [
  ['Promise.withResolvers', () => (Promise as unknown as Record<string, unknown>).withResolvers],
  ['Promise.try', () => (Promise as unknown as Record<string, unknown>).try],
  ['Map.prototype.getOrInsertComputed', () => (Map.prototype as unknown as Record<string, unknown>).getOrInsertComputed],
  ['Uint8Array.prototype.toHex', () => (Uint8Array.prototype as unknown as Record<string, unknown>).toHex],
  ['Uint8Array.fromBase64', () => (Uint8Array as unknown as Record<string, unknown>).fromBase64],
  ['Set.prototype.intersection', () => (Set.prototype as unknown as Record<string, unknown>).intersection],
  ['Set.prototype.union', () => (Set.prototype as unknown as Record<string, unknown>).union],
  ['Set.prototype.difference', () => (Set.prototype as unknown as Record<string, unknown>).difference],
  ['ArrayBuffer.prototype.transferToFixedLength', () => (ArrayBuffer.prototype as unknown as Record<string, unknown>).transferToFixedLength],
];

describe('pdf.js modern worker on this Node', () => {
  it('finds every built-in it calls once loadPdfjs has loaded the legacy main build first', async () => {
    await loadPdfjs();
    expect(NEEDED.filter(([, get]) => typeof get() !== 'function').map(([name]) => name)).toEqual([]);
  });
});
