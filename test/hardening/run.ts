import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../helpers.js';

// The CLI run as a hostile user would, under the bounds: 15 s, and a heap that would
// have to stay under 1.5 GB (V8 aborts past --max-old-space-size, which a case then reports).

export interface Run { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

export const TIME_LIMIT_MS = 15_000;

export function run(args: readonly string[], cwd: string): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    execFile(process.execPath, ['--max-old-space-size=1400', resolve(ROOT, 'bin/grantspec.js'), ...args], {
      cwd, timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', GRANTSPEC_DEBUG: '' },
    }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
      done({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Every entry under a folder (not following links) with what it is and a hash of a regular file's content. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      const s = lstatSync(p);
      if (s.isDirectory()) {
        out[r] = 'dir';
        walk(p, r);
      } else if (s.isFile()) {
        out[r] = `file ${s.size} ${s.size < 8 << 20 ? createHash('sha256').update(readFileSync(p)).digest('hex') : s.mtimeMs}`;
      } else {
        out[r] = s.isSymbolicLink() ? 'link' : 'special';
      }
    }
  };
  walk(dir, '');
  return out;
}

/** A diagnostic line as the CLI prints it: `place severity rule message`. */
export const DIAGNOSTIC = /^(\S+(?: \(page \d+\))?) (error|warning) ([a-z0-9-]+) (.+)$/u;
export const STACK = /\n\s+at\s|node:internal|^\w*Error:|Maximum call stack|ENOENT:|EACCES:|syscall/mu;
