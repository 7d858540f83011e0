import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail } from '../../specs/diagnostics.js';
import { LIMITS } from '../../specs/limits.js';

// The word-processor formats mammoth cannot read — Word 97–2003 (.doc), OpenDocument text (.odt,
// what LibreOffice and many kommuner save) and RTF — are turned into .docx by LibreOffice headless,
// and the .docx is read like every other: one paragraph per line, so a quote's line is its paragraph.
// LibreOffice keeps the paragraphs, heading styles, lists and tables, so the spec equals the one of
// the same document saved as .docx by Word (the fixtures' test checks it, positions included).
// It is a system package like Tesseract: without it these formats get one line saying what to install.

export type OfficeFormat = 'doc' | 'odt' | 'rtf';

export const OFFICE_PACKAGE = 'libreoffice-writer-nogui';

const WHAT: Readonly<Record<OfficeFormat, string>> = {
  doc: 'an old Word 97–2003 document (.doc)',
  odt: 'an OpenDocument text (.odt)',
  rtf: 'an RTF document (.rtf)',
};

// Debian installs `soffice` and `libreoffice` as the same program; either may be the one on PATH
const PROGRAMS = ['soffice', 'libreoffice'] as const;

type Run = { ok: true } | { ok: false; why: 'missing' | 'timeout' | 'failed' };

/**
 * One conversion in a folder of its own, with a profile of its own (LibreOffice locks its user
 * profile: two grantspec runs sharing one would wait on each other). Started as the leader of a
 * process group, so a timeout stops soffice.bin as well, not only the wrapper script that starts it.
 */
function convert(program: string, input: string, outdir: string, profile: string, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(program, [
      '--headless', '--norestore', '--nolockcheck', '--nologo', '--nodefault',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outdir, input,
    ], { stdio: 'ignore', detached: true });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      resolve({ ok: false, why: 'timeout' });
    }, timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ok: false, why: e.code === 'ENOENT' ? 'missing' : 'failed' });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { ok: true } : { ok: false, why: 'failed' });
    });
  });
}

export interface ConvertOptions {
  /** the programs tried in turn, the first one found runs (tests give a stand-in) */
  readonly programs?: readonly string[];
  readonly timeoutMs?: number;
}

/** A .doc, .odt or .rtf file's bytes as a .docx's bytes; what LibreOffice cannot read is one clear line. */
export async function toDocx(bytes: Uint8Array, file: string, format: OfficeFormat, options: ConvertOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? LIMITS.officeMs;
  const dir = mkdtempSync(join(tmpdir(), 'grantspec-office-'));
  try {
    const input = join(dir, `source.${format}`);
    writeFileSync(input, bytes);
    const outdir = join(dir, 'out');
    let run: Run = { ok: false, why: 'missing' };
    for (const program of options.programs ?? PROGRAMS) {
      run = await convert(program, input, outdir, join(dir, 'profile'), timeoutMs);
      if (run.ok || run.why !== 'missing') break;
    }
    const docx = join(outdir, 'source.docx');
    if (run.ok && existsSync(docx)) return new Uint8Array(readFileSync(docx));
    if (!run.ok && run.why === 'missing') {
      fail(file, 'office-needs-libreoffice', `${WHAT[format]} is read through LibreOffice, which is not installed: install it (Debian: apt-get install ${OFFICE_PACKAGE}) or save the document as .docx`);
    }
    if (!run.ok && run.why === 'timeout') {
      fail(file, 'office-timeout', `LibreOffice did not finish reading ${WHAT[format]} within ${timeoutMs / 1000} s; open it in Word or LibreOffice and save it as .docx`);
    }
    return fail(file, 'office-unreadable', `LibreOffice could not read ${WHAT[format]}: it is damaged, password protected or not a text document; open it in Word or LibreOffice and save it as .docx`);
  } finally {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // a LibreOffice stopped at the time limit may still be writing its profile: the folder is in tmp
    }
  }
}
