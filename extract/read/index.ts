import { createHash } from 'node:crypto';
import { fail, type Diagnostic } from '../../specs/diagnostics.js';
import { decode } from './decode.js';
import { formatOf, FORMATS } from './formats.js';
import { encrypted, isOdt, isOle, isPdfBytes, isRtf, isWord97, isZip } from './magic.js';
import { digitGroupSpaces, lineEnds } from './typography.js';
import { guardPdf, guardText, readInputBytes } from './input.js';
import { readText } from './text.js';
import type { OfficeFormat } from './office.js';
import type { Doc } from '../tree/types.js';
import type { LinkLine } from './normalize.js';

export interface ReadOptions {
  /** called before each page of a PDF is read */
  readonly onProgress?: (page: number, pages: number) => void;
  /** warnings met while reading (a .docx's unknown styles); the read goes on */
  readonly onDiagnostic?: (d: Diagnostic) => void;
}

type Kind = 'pdf' | 'html' | 'mhtml' | 'docx' | 'text' | OfficeFormat;


/**
 * What a file is, by its name and its first bytes; a name that lies about the content is one
 * clear line (a PDF saved as .html, a web page named .docx), not a confusing read. A .doc is read
 * by its content, as Word opens it: Word itself saves RTF, web pages and .docx under that name.
 */
export function kindOf(file: string, bytes: Uint8Array): Kind {
  const pdf = isPdfBytes(bytes);
  const office = isZip(bytes) || isOle(bytes);
  const says = formatOf(file)?.as;
  if (says === 'html' || says === 'mhtml') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not a web page; rename it to .pdf');
    if (office) fail(file, 'extension-mismatch', 'the file is a Word document or another zip archive, not a web page; rename it to .docx if it is a Word document');
    return says;
  }
  if (says === 'docx') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not a Word document; rename it to .pdf');
    if (markup(bytes)) {
      fail(file, 'extension-mismatch', 'the file is a web page or XML text, not a Word document; rename it to .html if it is a saved web page');
    }
    if (isOdt(bytes)) fail(file, 'extension-mismatch', 'the file is an OpenDocument text, not a Word document; rename it to .odt');
    // a .doc renamed .docx, which Word opens all the same
    return isWord97(bytes) ? 'doc' : 'docx';
  }
  if (says === 'doc') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not a Word document; rename it to .pdf');
    if (isRtf(bytes)) return 'rtf';
    if (isWord97(bytes)) return 'doc';
    // a password-protected .docx is an OLE container too, and gets readDocx's line about the password
    if (isOle(bytes) && !encrypted(bytes)) fail(file, 'doc-not-word', 'the file is an Office file but not a Word document (a spreadsheet, a presentation or an e-mail); give the anvisning as a document');
    if (isOle(bytes)) return 'docx';
    if (isZip(bytes)) return isOdt(bytes) ? 'odt' : 'docx';
    return markup(bytes) ? 'html' : 'text';
  }
  if (says === 'odt') {
    if (pdf) fail(file, 'extension-mismatch', 'the file is a PDF, not an OpenDocument text; rename it to .pdf');
    if (!isZip(bytes)) fail(file, 'odt-not-zip', 'not an OpenDocument text: an .odt is a zip archive and this file is not one; save the document again as .odt or .docx');
    if (!isOdt(bytes)) fail(file, 'extension-mismatch', 'the file is a Word document or another zip archive, not an OpenDocument text; rename it to .docx if it is a Word document');
    return 'odt';
  }
  if (says === 'rtf' && !isRtf(bytes)) {
    fail(file, 'extension-mismatch', 'the file is not RTF (it does not begin with {\\rtf); rename it to what it is: .txt, .html, .docx or .pdf');
  }
  if (isPdf(file, bytes)) return 'pdf';
  // RTF is plain ASCII: read as text its control words would become the title
  if (isRtf(bytes)) return 'rtf';
  if (isWord97(bytes)) fail(file, 'extension-mismatch', 'the file is an old Word 97–2003 document, not text; rename it to .doc');
  if (isOdt(bytes)) fail(file, 'extension-mismatch', 'the file is an OpenDocument text, not plain text; rename it to .odt');
  return 'text';
}

function markup(bytes: Uint8Array): boolean {
  return /^\s*</u.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\uFEFF/u, ''));
}

/** A page or a Word document as a Doc (its source is the text a reader sees); loaded lazily, as pdf.js is. */
async function readMarkup(kind: Exclude<Kind, 'pdf' | 'text'>, bytes: Uint8Array, file: string, options: ReadOptions): Promise<Doc> {
  if (kind === 'html' || kind === 'mhtml') {
    const { decodeHtml, readHtml } = await import('./html.js');
    const page = kind === 'mhtml' ? await import('./mhtml.js').then(({ pageOfMhtml }) => pageOfMhtml(bytes, file)) : null;
    const html = page === null ? decodeHtml(bytes) : 'html' in page ? page.html : decodeHtml(page.bytes);
    const doc = readHtml(file, html);
    guardText(doc.source, file);
    return doc;
  }
  const docx = kind === 'docx' ? bytes : await import('./office.js').then(({ toDocx }) => toDocx(bytes, file, kind));
  const doc = await import('./docx.js').then(({ readDocx }) => readDocx(docx, file, options.onDiagnostic));
  guardText(doc.source, file);
  return doc;
}

const isMarkup = (kind: Kind): kind is Exclude<Kind, 'pdf' | 'text'> => kind !== 'pdf' && kind !== 'text';

export function isPdf(file: string, bytes: Uint8Array): boolean {
  return formatOf(file)?.as === 'pdf' || isPdfBytes(bytes);
}

/** A source's text exactly as extraction reads it (PDFs through the layout reader). */
export async function sourceText(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<{ text: string; pageStarts?: number[]; links?: LinkLine[]; ocrPages?: Record<number, number> }> {
  const kind = kindOf(file, bytes);
  if (isMarkup(kind)) return { text: (await readMarkup(kind, bytes, file, options)).source };
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
  if (isMarkup(kind)) return { doc: await readMarkup(kind, bytes, file, options), sha256 };
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
  if (bytes.length === 0) fail(file, 'empty-input', `the file is empty; give an anvisning as ${FORMATS}`);
  return bytes;
}
