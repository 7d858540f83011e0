import { readFileSync } from 'node:fs';

// A table written at build time (make-needs.ts) stands for what a module computes at run time only
// while it was made by that same module: a build that ran tsc but not make-needs after a change to
// the module (plain `npx tsc`), a file from another checkout, or one cut short, must never change
// what the extractor does. The table is therefore stamped with the module's own compiled text
// (and the engine's Unicode version, which its character classes follow), and read only when the
// stamp is today's and every entry has the shape asked for; otherwise it is not read at all and
// every entry is computed at run time, as without the file.

/** The stamp of the module at `moduleUrl`: the Unicode version, its text's length and FNV-1a hash. */
export function stampOf(moduleUrl: string): string {
  const text = readFileSync(new URL(moduleUrl), 'utf8');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${process.versions.unicode ?? ''}/${text.length}/${(h >>> 0).toString(16)}`;
}

/**
 * A table as make-needs writes it: the stamp of the module that made the entries, and the entries.
 * Written in ASCII alone (every other character as a \u escape, which JSON.parse reads back as it
 * was): a text of ASCII only is read and parsed as one byte a character, where one "å" made the
 * whole 1.2 MB of sv.json a two-byte string, read (UTF-8 decoded) and parsed at every start in about
 * 15 ms against 4-5 (h/pdf84).
 */
export function stampedTable<T>(moduleUrl: string, entries: Record<string, T>): string {
  return `${asciiJson(JSON.stringify({ stamp: stampOf(moduleUrl), entries }))}\n`;
}

/** A JSON text with every character beyond ASCII written as a \u escape (each half of a surrogate pair alone): the same value. */
export function asciiJson(json: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) continue;
    out += `${json.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}

/**
 * The entries of the table at `file` if it was made by the module at `moduleUrl` as it is now and
 * every entry passes `valid`; else none (a missing, stale, corrupt or foreign file alike).
 */
export function readBuilt<T>(file: URL, moduleUrl: string, valid: (v: unknown) => v is T): ReadonlyMap<string, T> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (parsed === null || typeof parsed !== 'object') return new Map();
    const { stamp, entries } = parsed as { stamp?: unknown; entries?: unknown };
    if (typeof stamp !== 'string' || entries === null || typeof entries !== 'object' || Array.isArray(entries)) return new Map();
    if (stamp !== stampOf(moduleUrl)) return new Map();
    const out = new Map<string, T>();
    for (const [k, v] of Object.entries(entries)) {
      if (!valid(v)) return new Map();
      out.set(k, v);
    }
    return out;
  } catch {
    return new Map();
  }
}
