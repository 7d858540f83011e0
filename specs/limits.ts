import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fail } from './diagnostics.js';

// Bounds on what grantspec reads, so that any input — a careless one, a broken disk, a hostile
// document — ends in bounded time and memory with one line that says what is too large.
// The same numbers are stated in `grantspec --help` and the README ("Input limits").

const MB = 1024 * 1024;

export const LIMITS = {
  /** a .txt/.md source (and the other text formats readers add) */
  textBytes: 20 * MB,
  pdfBytes: 200 * MB,
  /** a YAML spec, allocation list or form */
  specBytes: 5 * MB,
  /** characters on one line of a text source: no paragraph is this long, a pasted blob is */
  lineChars: 50_000,
  /** characters and lines of a source's text as read (a PDF's after layout): about 400 pages, and
   * what the extractor reads within 15 s on a slow machine (it is not linear in all its finders) */
  textChars: 1_000_000,
  lines: 25_000,
  /** nested lists and block quotes in a text source */
  textDepth: 64,
  /** nested maps and lists in a YAML spec (real specs use 6) */
  yamlDepth: 64,
  pdfPages: 5_000,
  /** bytes all of a PDF's compressed streams expand to: a compression bomb stops here */
  pdfExpandedBytes: 256 * MB,
  /** LibreOffice turning a .doc, .odt or .rtf into .docx (its start alone takes 2–6 s) */
  officeMs: 120_000,
} as const;

export type InputKind = 'text' | 'pdf' | 'spec';

const CAP: Readonly<Record<InputKind, number>> = { text: LIMITS.textBytes, pdf: LIMITS.pdfBytes, spec: LIMITS.specBytes };
const WHAT: Readonly<Record<InputKind, string>> = { text: 'a text source', pdf: 'a PDF', spec: 'a spec' };

/** "250 MB", "1.5 MB", "812 bytes" */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} kB`;
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** "too large: 250 MB, limit 200 MB for a PDF" and what to do. */
export function tooLarge(file: string, what: string, actual: string, limit: string, at?: { line?: number; column?: number; page?: number }): never {
  const todo = what === 'a spec' ? 'a spec is a few kB of YAML; check that this is one' : 'give only the part that holds the grant';
  fail(file, 'too-large', `too large: ${actual}, limit ${limit} for ${what}; ${todo}`, at);
}

/** What a path is, in words, when it is not a regular file. */
export function kindOf(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Node's error codes in words, for a message a person reads (never "ENOENT: …, syscall 'open'"). */
export function errnoWords(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'no such file or folder; check the path';
    case 'EACCES': case 'EPERM': return 'permission denied; check the permissions';
    case 'EISDIR': return 'this is a folder, not a file';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'ENOSPC': return 'the disk is full; free some space and run again';
    case 'EDQUOT': return 'the disk quota is used up; free some space and run again';
    case 'EROFS': return 'the file system is read-only';
    case 'ELOOP': return 'too many symbolic links (a link loop?)';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files; close some programs and run again';
    case 'EIO': return 'an input/output error (a failing disk or network drive?)';
    case 'EBUSY': return 'the file is busy (in use by another program)';
    case 'EEXIST': return 'exists already';
    case 'EXDEV': return 'cannot move a file across file systems';
    default: return `the system said ${code ?? 'no more'}`;
  }
}

/** A PDF's first bytes, %PDF: the readers' format check and the caps' choice of kind both ask it */
export const isPdfHead = (head: Uint8Array): boolean => head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;

/** A source's kind for its cap: a PDF by its name or its first bytes, anything else text */
export const sourceKind = (file: string) => (head: Uint8Array): InputKind =>
  file.toLowerCase().endsWith('.pdf') || isPdfHead(head) ? 'pdf' : 'text';

function stated(file: string, s: Stats, kind: InputKind): void {
  const not = kindOf(s);
  if (not) fail(file, 'not-a-file', `is ${not}, not a file; give a regular file`);
  if (s.size > CAP[kind]) tooLarge(file, WHAT[kind], size(s.size), size(CAP[kind]));
}

/**
 * The bytes of a regular file within its kind's cap. The path is checked with stat before it is
 * opened, so a FIFO never blocks and /dev/zero is never read; the open is non-blocking and checked
 * again (the path may have changed in between), and at most cap + 1 bytes are read.
 * `kind` may be decided from the first bytes (a PDF by its %PDF header).
 */
export function readRegularFile(file: string, kind: InputKind | ((head: Uint8Array) => InputKind)): { bytes: Uint8Array; kind: InputKind } {
  let fd: number;
  try {
    const s = statSync(file);
    if (kindOf(s)) stated(file, s, 'text');
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return ioFail(file, e);
  }
  try {
    const s = fstatSync(fd);
    if (kindOf(s)) stated(file, s, 'text');
    const head = new Uint8Array(Math.min(8, s.size));
    readSync(fd, head, 0, head.length, 0);
    const k = typeof kind === 'function' ? kind(head) : kind;
    stated(file, s, k);
    // a file that grows while read is read only to its cap plus one byte, which the check then refuses
    const bytes = new Uint8Array(Math.min(s.size, CAP[k]) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, bytes, n, bytes.length - n, n);
      if (got === 0) break;
      n += got;
      if (n === bytes.length) break;
    }
    if (n > CAP[k]) tooLarge(file, WHAT[k], `more than ${size(CAP[k])}`, size(CAP[k]));
    return { bytes: bytes.subarray(0, n), kind: k };
  } catch (e) {
    return ioFail(file, e);
  } finally {
    closeSync(fd);
  }
}

function ioFail(file: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) throw e;
  if (code === 'ENOENT') fail(file, 'missing-file', 'no such file; check the path');
  if (code === 'EISDIR') fail(file, 'not-a-file', 'is a folder, not a file; give a regular file');
  if (code === 'EACCES' || code === 'EPERM') fail(file, 'unreadable-file', 'permission denied; check the file\'s permissions');
  fail(file, 'unreadable-file', `cannot be read: ${errnoWords(code)}`);
}
