import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fail } from '../../specs/diagnostics.js';
import { decode } from './decode.js';
import { readText } from './text.js';
import type { Doc } from '../tree/types.js';

/** Read a source document from disk into a Doc; unreadable input throws an InputError. */
export async function readDocument(file: string): Promise<Doc> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(file, 'missing-file', 'no such file; check the path');
    if (code === 'EISDIR') fail(file, 'not-a-file', 'this is a folder; give one document');
    if (code === 'EACCES') fail(file, 'unreadable-file', 'permission denied; check the file\'s permissions');
    throw e;
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    fail(file, 'pdf-not-supported', 'reading PDFs is not yet supported; export the text (e.g. pdftotext -layout) and extract the .txt');
  }
  return readText(file, decode(bytes, file).text);
}
