import { lstatSync, readdirSync, unlinkSync, type Stats } from 'node:fs';
import { link, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fail, InputError } from '../specs/diagnostics.js';
import { errnoWords, kindOf } from '../specs/limits.js';

// Every single-file write of the CLI (extract, schema, review, allocation) goes through here:
// - it replaces only a regular file, and only with --force (a curated spec is never lost by accident);
//   never a folder, a FIFO, a device such as /dev/null, or a symbolic link (which could point anywhere);
// - the content goes to a temp file created exclusively next to the target, synced, then moved into
//   place in one step, so the target is either the old file or the whole new one;
// - temp files are removed on failure, on SIGINT/SIGTERM, and (when a killed run left one) on the next run.

const TMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.grantspec-tmp$/u;

const live = new Set<string>();
let handlers = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const f of live) {
    try { unlinkSync(f); } catch { /* already gone */ }
  }
  live.clear();
  // then die of the signal as if it had not been caught (exit 130 for SIGINT)
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  live.add(tmp);
  if (!handlers) {
    handlers = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temp files of this target left by a run that was killed (its process is gone). */
function sweep(dir: string, base: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TMP.exec(name);
    if (!m || m[1] !== base || alive(Number(m[2]))) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch { /* another run swept it */ }
  }
}

function refuse(file: string, s: Stats, force: boolean): void {
  if (s.isSymbolicLink()) fail(file, 'out-not-a-file', 'is a symbolic link; grantspec writes no file through a link (it could point anywhere); remove the link or give another --out');
  const not = kindOf(s);
  if (not) fail(file, 'out-not-a-file', `is ${not}; only a regular file is ever replaced; give a file path as --out`);
  if (!force) fail(file, 'would-overwrite', 'exists already; an editor may have curated it. Use --force to replace it, or --out another file');
}

/** A failed system call as a diagnostic for the file being written: its cause in words. */
function writeFailure(file: string, e: unknown): never {
  if (e instanceof InputError) throw e;
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) throw e;
  const dir = dirname(file);
  if (code === 'ENOSPC' || code === 'EDQUOT') fail(file, 'disk-full', `${errnoWords(code)}; nothing was written`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') fail(file, 'unwritable', `cannot write in ${dir}: ${code === 'EROFS' ? 'the file system is read-only' : 'permission denied'}; choose a folder you may write to`);
  if (code === 'ENOTDIR' || code === 'EEXIST') fail(file, 'out-under-file', `a part of ${dir} is a file, not a folder; give a path inside a folder`);
  if (code === 'EISDIR') fail(file, 'out-not-a-file', 'is a folder; give a file path as --out');
  fail(file, 'write-failed', `cannot be written (${errnoWords(code)}); nothing was written`);
}

/**
 * The checks writeAtomic makes before it writes, made before a command does its work, so that an
 * --out that cannot be written is said at once, not after a long extraction.
 */
export async function checkTarget(file: string, force: boolean): Promise<void> {
  try {
    const before = await lstat(file).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
    if (before) refuse(file, before, force);
    // the nearest folder that exists must be a folder
    for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
      const s = await stat(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
      if (s) {
        if (!s.isDirectory()) fail(file, 'out-under-file', `${dir} is a file, not a folder; give a path inside a folder`);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  } catch (e) {
    writeFailure(file, e);
  }
}

/** Write a file atomically (temp file + rename); refuse to replace an existing one unless forced, and anything but a regular file ever. */
export async function writeAtomic(file: string, content: string, force: boolean): Promise<void> {
  const dir = dirname(resolve(file));
  const base = basename(file);
  let tmp: string | undefined;
  try {
    const parent = await stat(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
    if (parent && !parent.isDirectory()) fail(file, 'out-under-file', `${dir} is a file, not a folder; give a path inside a folder`);
    if (!parent) await mkdir(dir, { recursive: true });
    sweep(dir, base);
    const before = await lstat(file).catch(() => undefined);
    if (before) refuse(file, before, force);
    tmp = join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.grantspec-tmp`);
    track(tmp);
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(content, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    // the target may have changed while the content was written
    const now = await lstat(file).catch(() => undefined);
    if (now) refuse(file, now, force);
    if (force) {
      await rename(tmp, file);
    } else {
      // link() never replaces: a file that appeared in between is kept, and reported
      try {
        await link(tmp, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') fail(file, 'would-overwrite', 'exists already (it appeared while grantspec wrote); use --force to replace it');
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
        await rename(tmp, file); // a file system without hard links
      }
      await rm(tmp, { force: true });
    }
  } catch (e) {
    if (tmp) await rm(tmp, { force: true }).catch(() => undefined);
    writeFailure(file, e);
  } finally {
    if (tmp) live.delete(tmp);
  }
}
