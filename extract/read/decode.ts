import { fail } from '../../specs/diagnostics.js';
import { FORMATS } from './formats.js';

// Bytes → text. UTF-8 (with or without BOM) first; text that is not valid UTF-8 is read as
// Windows-1252, which is what Swedish Word and older web exports most often are.

/** The charsets a page or a MIME part may declare that are read as Windows-1252 (its superset) */
export const WINDOWS_1252_NAMES = /^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|us-ascii|iso-8859-15)$/u;


export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) fail(file, 'empty-input', `the file is empty; give an anvisning as ${FORMATS}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    fail(file, 'binary-input', `the file is binary, not text; give the anvisning as ${FORMATS}`);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text: text.normalize('NFC'), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes).normalize('NFC'), encoding: 'windows-1252' };
  }
}

// Node's TextDecoder reads "windows-1252" as Latin-1, which turns "–" (0x96) and "•" (0x95) into
// control characters; the 0x80–0x9F range is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

/** NUL bytes or many C0 control characters mean a binary file, not text in some encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n > 0.05;
}
