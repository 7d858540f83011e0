import mammoth from 'mammoth';
import type { Diagnostic } from '../../specs/diagnostics.js';
import { fail } from '../../specs/diagnostics.js';
import { readHtml } from './html.js';
import { listNumbers, numberLists, zipEntry } from './docx-numbers.js';
import type { Doc } from '../tree/types.js';
import { encrypted, isOle, isZip } from './magic.js';

export { isOle, isZip } from './magic.js';

// Word (.docx) → Doc: mammoth reads the styles into HTML (headings, numbered and bulleted lists,
// tables) and the page reader lays it out, one paragraph per line, so that a quote's line is the
// number of the paragraph it stands in. mammoth leaves out what a reader of the finished document
// does not see: deleted tracked changes, comments, page headers and footers, document properties.

// Swedish Word names its built-in styles in Swedish when a document is made from a Swedish template
const STYLE_MAP = [
  "p[style-name='Rubrik 1'] => h1:fresh", "p[style-name='Rubrik 2'] => h2:fresh", "p[style-name='Rubrik 3'] => h3:fresh",
  "p[style-name='Rubrik 4'] => h4:fresh", "p[style-name='Title'] => h1:fresh", "p[style-name='Rubrik'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Underrubrik'] => h2:fresh",
];

export async function readDocx(bytes: Uint8Array, file: string, onDiagnostic?: (d: Diagnostic) => void): Promise<Doc> {
  if (isOle(bytes)) {
    if (encrypted(bytes)) fail(file, 'docx-encrypted', 'the document is password protected; open it in Word, remove the password (Arkiv → Info → Skydda dokument) and save it again');
    // a Word 97–2003 document never comes here (extract/read/index.ts sends it through LibreOffice)
    fail(file, 'doc-not-word', 'the file is an Office file but not a Word document (a spreadsheet, a presentation or an e-mail); give the anvisning as a document');
  }
  if (!isZip(bytes)) fail(file, 'docx-not-zip', 'not a Word document: a .docx is a zip archive and this file is not one; save the document again as .docx from Word');
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
      styleMap: STYLE_MAP,
      // images carry no text the extractor could quote; their bytes are not copied into the markup
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
  } catch (e) {
    const message = (e as Error).message ?? '';
    if (/main document part/iu.test(message)) fail(file, 'docx-no-document', 'the zip has no word/document.xml, so it is not a Word document; save the anvisning again as .docx from Word');
    fail(file, 'docx-invalid', 'the Word document is damaged and cannot be read; get a fresh copy or save it again from Word');
  }
  // the same warning comes once per paragraph that uses the style: report each once
  for (const message of new Set(result.messages.map((m) => m.message))) {
    onDiagnostic?.({ file, rule: 'docx-style', severity: 'warning', message: `${message}; read as a plain paragraph` });
  }
  // the numbers Word shows before list items, which mammoth starts again at 1 in every list
  const body = zipEntry(bytes, 'word/document.xml');
  const numbering = zipEntry(bytes, 'word/numbering.xml');
  const html = bookmarkLinks(result.value);
  return readHtml(file, body && numbering ? numberLists(html, listNumbers(body, numbering)) : html, { docx: true });
}

/**
 * Word writes a link to a place inside a page as a field, HYPERLINK "url" \l "place", and mammoth
 * keeps the switch in the href ("…/152&quot; \l &quot;kap8.7"); the link a reader follows is url#place.
 */
export function bookmarkLinks(html: string): string {
  return html.replace(/href="([^"]*?)&quot; \\l &quot;([^"]*?)"/gu, 'href="$1#$2"');
}
