import { isPdfHead } from '../../specs/limits.js';

// What a file is by its first bytes, whatever its name says: the readers and the format check
// share these, and none of them needs a parser loaded.

export const has = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

export const isPdfBytes = isPdfHead;
export const isZip = (bytes: Uint8Array): boolean => has(bytes, ZIP);
export const isOle = (bytes: Uint8Array): boolean => has(bytes, OLE);
export const isRtf = (bytes: Uint8Array): boolean => has(bytes, RTF);

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
const contains = (bytes: Uint8Array, name: string): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));

/** An OpenDocument text: its package stores the media type first, uncompressed, as the entry "mimetype". */
export function isOdt(bytes: Uint8Array): boolean {
  if (!isZip(bytes) || bytes.length < 40 || ascii(bytes, 30, 38) !== 'mimetype') return false;
  const data = 38 + (bytes[28]! | (bytes[29]! << 8));
  return ascii(bytes, data, data + 39) === 'application/vnd.oasis.opendocument.text';
}

/** A Word 97–2003 file: an OLE container whose main stream is named "WordDocument". */
export const isWord97 = (bytes: Uint8Array): boolean => isOle(bytes) && contains(bytes, 'WordDocument');

/** An Office file encrypted with a password is an OLE container holding an "EncryptedPackage" stream. */
export const encrypted = (bytes: Uint8Array): boolean => isOle(bytes) && contains(bytes, 'EncryptedPackage');
