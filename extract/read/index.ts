import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { fail, type Diagnostic } from '../../specs/diagnostics.js';
import { decode } from './decode.js';
import { digitGroupSpaces, lineEnds } from './typography.js';
import { guardPdf, guardText, readInputBytes } from './input.js';
import { readText } from './text.js';
import type { Doc } from '../tree/types.js';
import type { LinkLine } from './normalize.js';

export interface ReadOptions {
  /** called before each page of a PDF is read */
  readonly onProgress?: (page: number, pages: number) => void;
  /** warnings met while reading (a .docx's unknown styles); the read goes on */
  readonly onDiagnostic?: (d: Diagnostic) => void;
}

type Kind = 'pdf' | 'html' | 'docx' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const has = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * What a file is, by its name and its first bytes; a name that lies about the content is one
 * clear line (a PDF saved as .html, a web page named .docx), not a confusing read.
 */
export function kindOf(file: string, bytes: Uint8Array): Kind {
  const ext = extname(file).toLowerCase();
  const pdf = has(bytes, [0x25, 0x50, 0x44, 0x46]);
  const office = has(bytes, ZIP) || has(bytes, OLE);
  const says = ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : ext === '.docx' ? 'docx' : undefined;
  if (says === 'html') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not a web page; rename it to .pdf');
    if (office) fail(file, 'extension-mismatch', 'the file is a Word document or another zip archive, not a web page; rename it to .docx if it is a Word document');
    return 'html';
  }
  if (says === 'docx') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not a Word document; rename it to .pdf');
    if (/^\s*</u.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\uFEFF/u, ''))) {
      fail(file, 'extension-mismatch', 'the file is a web page or XML text, not a Word document; rename it to .html if it is a saved web page');
    }
    return 'docx';
  }
  if (isPdf(file, bytes)) return 'pdf';
  return 'text';
}

/** A page or a Word document as a Doc (its source is the text a reader sees); loaded lazily, as pdf.js is. */
async function readMarkup(kind: 'html' | 'docx', bytes: Uint8Array, file: string, options: ReadOptions): Promise<Doc> {
  const doc = kind === 'html'
    ? await import('./html.js').then(({ decodeHtml, readHtml }) => readHtml(file, decodeHtml(bytes)))
    : await import('./docx.js').then(({ readDocx }) => readDocx(bytes, file, options.onDiagnostic));
  guardText(doc.source, file);
  return doc;
}

export function isPdf(file: string, bytes: Uint8Array): boolean {
  return extname(file).toLowerCase() === '.pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46);
}

/** A source's text exactly as extraction reads it (PDFs through the layout reader). */
export async function sourceText(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<{ text: string; pageStarts?: number[]; links?: LinkLine[]; ocrPages?: Record<number, number> }> {
  const kind = kindOf(file, bytes);
  if (kind === 'html' || kind === 'docx') return { text: (await readMarkup(kind, bytes, file, options)).source };
  if (kind === 'pdf') {
    guardPdf(bytes, file);
    const { readPdfText } = await import('./pdf.js');
    const pdf = await readPdfText(bytes, file, options.onProgress);
    guardText(pdf.text, file);
    return {
      text: digitGroupSpaces(pdf.text), pageStarts: pdf.pageStarts, links: pdf.links.map((l) => ({ url: l.url, start: l.start, end: l.end, text: pdf.text.slice(l.start, l.end) })),
      ...(pdf.ocrPages ? { ocrPages: pdf.ocrPages } : {}),
    };
  }
  const { text } = decode(bytes, file);
  guardText(text, file);
  return { text: digitGroupSpaces(lineEnds(text)) };
}

/** Read a source document from disk into a Doc; unreadable input throws an InputError. */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<Doc> {
  return (await readDocumentWithHash(file, options)).doc;
}

/** The Doc and the sha256 of the bytes it was read from (without reading the file twice). */
export async function readDocumentWithHash(file: string, options: ReadOptions = {}): Promise<{ doc: Doc; sha256: string }> {
  const bytes = await readBytes(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = kindOf(file, bytes);
  if (kind === 'html' || kind === 'docx') return { doc: await readMarkup(kind, bytes, file, options), sha256 };
  const { text, pageStarts, links, ocrPages } = await sourceText(bytes, file, options);
  const doc = readText(file, text, pageStarts, links);
  return { doc: ocrPages ? { ...doc, ocrPages } : doc, sha256 };
}

/** A source file's text as the extractor reads it (PDF or text), and its bytes' sha256; an unreadable file is a one-line error. */
export async function readSource(file: string, options: ReadOptions = {}): Promise<{ text: string; pageStarts?: number[]; links?: LinkLine[]; sha256: string }> {
  const bytes = await readBytes(file);
  return { ...await sourceText(bytes, file, options), sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function readBytes(file: string): Promise<Uint8Array> {
  // a regular file within its kind's size cap, checked before it is opened (a FIFO never blocks)
  const bytes = readInputBytes(file);
  if (bytes.length === 0) fail(file, 'empty-input', 'the file is empty; give an anvisning as .txt, .md or .pdf');
  return bytes;
}
