import { constants, inflateSync } from 'node:zlib';
import { LIMITS, readRegularFile, size, sourceKind, tooLarge } from '../../specs/limits.js';
import { fail } from '../../specs/diagnostics.js';

// The guard every reader's input passes first: a regular file within its kind's cap, and then,
// before any parser sees it, text within the line and nesting caps and a PDF whose streams do
// not expand past the cap. Each exceeded cap is one line naming the limit (specs/limits.ts).

/** A source file's bytes, read only when it is a regular file within the cap for its kind. */
export function readInputBytes(file: string): Uint8Array {
  return readRegularFile(file, sourceKind(file)).bytes;
}

// A container marker at the start of a line: a block quote ">" or a list item "-", "*", "+", "1." "1)".
const MARKER = /^(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/u;

/** Text a parser can read in bounded time and stack: line length, line count, nesting of lists and quotes. */
export function guardText(text: string, file: string): void {
  if (text.length > LIMITS.textChars) tooLarge(file, 'the text of a source', `${text.length.toLocaleString('en')} characters`, `${LIMITS.textChars.toLocaleString('en')}`);
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LIMITS.lineChars) {
      tooLarge(file, 'one line', `${(end - start).toLocaleString('en')} characters`, `${LIMITS.lineChars.toLocaleString('en')}`, { line, column: LIMITS.lineChars + 1 });
    }
    const depth = nesting(text, start, end);
    if (depth > LIMITS.textDepth) {
      fail(file, 'too-deep', `lists or block quotes nested ${depth} deep, limit ${LIMITS.textDepth}; this is not a document a person wrote`, { line, column: 1 });
    }
    start = end + 1;
  }
  if (line - 1 > LIMITS.lines) tooLarge(file, 'a text source', `${(line - 1).toLocaleString('en')} lines`, `${LIMITS.lines.toLocaleString('en')} lines`);
}

/** Container markers before a line's text, counting every two columns of indentation before a marker as a level. */
function nesting(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  let indent = 0;
  // bounded by the line's length: each step consumes at least one character
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      indent += c === 0x09 ? 4 : 1;
      i++;
      continue;
    }
    const m = MARKER.exec(text.slice(i, Math.min(end, i + 11)));
    if (!m) break;
    depth += 1 + Math.floor(indent / 2);
    indent = 0;
    i += m[0].length;
    if (depth > LIMITS.textDepth) break;
  }
  return depth;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/**
 * A PDF whose compressed streams expand past the cap is refused before pdf.js inflates them: a
 * small file of zeros deflated a thousand to one would otherwise take gigabytes. Each stream is
 * inflated once here with the remaining budget as its output limit, twice-deflated ones again.
 */
export function guardPdf(bytes: Uint8Array, file: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = LIMITS.pdfExpandedBytes;
  let at = 0;
  for (;;) {
    const s = buf.indexOf(STREAM, at);
    if (s < 0) return;
    let from = s + STREAM.length;
    if (buf[from] === 0x0d) from++;
    if (buf[from] !== 0x0a) { at = from; continue; }
    from++;
    const e = buf.indexOf(ENDSTREAM, from);
    if (e < 0) return;
    at = e + ENDSTREAM.length;
    let data: Buffer = buf.subarray(from, e);
    for (let level = 0; level < 3 && data[0] !== undefined && (data[0] & 0x0f) === 8; level++) {
      try {
        data = inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          tooLarge(file, 'the streams of a PDF once decompressed', `more than ${size(LIMITS.pdfExpandedBytes)}`, size(LIMITS.pdfExpandedBytes));
        }
        break; // not deflate data after all: pdf.js decides what it is
      }
      budget -= data.length;
      if (budget <= 0) tooLarge(file, 'the streams of a PDF once decompressed', `more than ${size(LIMITS.pdfExpandedBytes)}`, size(LIMITS.pdfExpandedBytes));
    }
  }
}
