import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readYaml<T>(path: string): T {
  return parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;
}

export interface Run { code: number; stdout: string; stderr: string }

/** Run the compiled CLI as a user would (npm test compiles first). */
export function cli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [resolve(ROOT, 'bin/grantspec.js'), ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      // a process that never ran or was killed has no exit code of its own: say why, for the failure's message
      const why = err && typeof err.code !== 'number' ? `(test helper: ${err.signal ? `killed by ${err.signal}` : err.message})\n` : '';
      done({ code, stdout, stderr: stderr + why });
    });
  });
}

/** The contract's quote comparison. */
export function norm(s: string): string {
  return s.normalize('NFC').replace(/\u00ad/gu, '').replace(/-\s*\n\s*/gu, '').replace(/[*_`]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function get(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((a, k) => (a == null ? undefined : (a as Record<string, unknown>)[k]), o);
}

/** Encode text as Windows-1252 (for the encoding tests); throws on characters it cannot hold. */
export function toWindows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c,
    'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
    'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
  };
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (high[ch] !== undefined) out.push(high[ch]!);
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return Uint8Array.from(out);
}
