import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { fail } from '../../specs/diagnostics.js';
import { decode } from './decode.js';
import { guardPdf, guardText, readInputBytes } from './input.js';
import { readText } from './text.js';
import type { Doc } from '../tree/types.js';
import type { LinkLine } from './normalize.js';

export interface ReadOptions {
  /** called before each page of a PDF is read */
  readonly onProgress?: (page: number, pages: number) => void;
}

export function isPdf(file: string, bytes: Uint8Array): boolean {
  return extname(file).toLowerCase() === '.pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46);
}

/** A source's text exactly as extraction reads it (PDFs through the layout reader). */
export async function sourceText(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<{ text: string; pageStarts?: number[]; links?: LinkLine[] }> {
  if (isPdf(file, bytes)) {
    guardPdf(bytes, file);
    const { readPdfText } = await import('./pdf.js');
    const pdf = await readPdfText(bytes, file, options.onProgress);
    guardText(pdf.text, file);
    return { text: pdf.text, pageStarts: pdf.pageStarts, links: pdf.links.map((l) => ({ url: l.url, start: l.start, end: l.end, text: pdf.text.slice(l.start, l.end) })) };
  }
  const { text } = decode(bytes, file);
  guardText(text, file);
  return { text };
}

/** Read a source document from disk into a Doc; unreadable input throws an InputError. */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<Doc> {
  return (await readDocumentWithHash(file, options)).doc;
}

/** The Doc and the sha256 of the bytes it was read from (without reading the file twice). */
export async function readDocumentWithHash(file: string, options: ReadOptions = {}): Promise<{ doc: Doc; sha256: string }> {
  const { text, pageStarts, links, sha256 } = await readSource(file, options);
  return { doc: readText(file, text, pageStarts, links), sha256 };
}

/** A source file's text as the extractor reads it (PDF or text), and its bytes' sha256; an unreadable file is a one-line error. */
export async function readSource(file: string, options: ReadOptions = {}): Promise<{ text: string; pageStarts?: number[]; links?: LinkLine[]; sha256: string }> {
  // a regular file within its kind's size cap, checked before it is opened (a FIFO never blocks)
  const bytes = readInputBytes(file);
  if (bytes.length === 0) fail(file, 'empty-input', 'the file is empty; give an anvisning as .txt, .md or .pdf');
  return { ...await sourceText(bytes, file, options), sha256: createHash('sha256').update(bytes).digest('hex') };
}
