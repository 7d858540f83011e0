import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { readRegularFile, sourceKind } from './limits.js';
import { loadSpecFast as loadSpec, type Loaded } from './load.js';
import { RULES } from './rules/index.js';
import type { Anvisning, GrantSpec } from './schema/index.js';

// validate = load (YAML + schema, errors at line:column) → every rule → diagnostics.

/** Bytes → text exactly as the extractor decodes them; injected so that specs/ imports nothing else. */
export type DecodeSource = (bytes: Uint8Array, file: string) => string | Promise<string>;

const plainUtf8: DecodeSource = (bytes) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '').normalize('NFC');

/** An editor's record of hand corrections beside a spec (specs/<id>/<year>.corrections.yaml): data about a spec, not a spec. */
export const CORRECTIONS_SUFFIX = /\.corrections\.ya?ml$/u;

/** The spec files under a path: the path itself when it is a file (or missing, which loading reports), else every .yaml below it but correction records, sorted. */
export async function specFiles(path: string): Promise<string[]> {
  return specFilesSync(path);
}

// synchronous on purpose: a walk of 1 000 grant folders awaiting each readdir took 0.2-0.6 s (a
// round trip through the thread pool per folder), against 30-80 ms for the same calls made in turn
function specFilesSync(path: string): string[] {
  let s: Stats | undefined;
  try { s = statSync(path); } catch { s = undefined; }
  if (!s) return [path]; // reported as missing by loadSpec
  if (!s.isDirectory()) return [path]; // a file, or a FIFO or device that loading refuses with a clear line
  const out: string[] = [];
  for (const e of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...specFilesSync(p));
    else if (/\.ya?ml$/u.test(e.name) && !CORRECTIONS_SUFFIX.test(e.name)) out.push(p);
  }
  return out;
}

/** The project root a spec's source path is relative to: the folder holding its specs/ folder. */
function rootFor(file: string, cwd: string): string {
  const parts = resolve(cwd, file).split(sep);
  const i = parts.lastIndexOf('specs');
  return i > 0 ? parts.slice(0, i).join(sep) || sep : cwd;
}

/** The anvisning an allocation list at specs/<id>/<year>.allocation….yaml belongs to: specs/<id>/<year>.yaml. */
export async function anvisningFor(file: string, year: number | undefined, load: (file: string) => Promise<Loaded> = loadSpec): Promise<Anvisning | undefined> {
  if (year === undefined) return undefined;
  const loaded = await load(join(dirname(file), `${year}.yaml`));
  return loaded.spec?.kind === 'anvisning' ? loaded.spec : undefined;
}

interface SourceRead { readonly sha256: string; readonly text?: string }

export interface Validated {
  readonly files: number;
  readonly diagnostics: Diagnostic[];
  /** with `keepSpecs`: every spec that loaded, by file path as specFiles gives it, for a build to use without reading it again */
  readonly specs?: Map<string, GrantSpec>;
}

export async function validatePaths(paths: readonly string[], cwd: string, decode: DecodeSource = plainUtf8, options: { keepSpecs?: boolean } = {}): Promise<Validated> {
  const files = (await Promise.all(paths.map(specFiles))).flat();
  const diagnostics: Diagnostic[] = [];
  const specs = options.keepSpecs ? new Map<string, GrantSpec>() : undefined;
  // many specs quote one source (every year's form, an allocation list's anvisning …): read and decode it once
  const sources = new Map<string, Promise<SourceRead | undefined>>();
  const readSource = (path: string, as: string): Promise<SourceRead | undefined> => {
    let read = sources.get(path);
    if (!read) {
      read = (async () => {
        let bytes: Uint8Array;
        try {
          // a regular file within the caps: a source path naming a FIFO or /dev/zero never blocks
          bytes = readRegularFile(path, sourceKind(path)).bytes;
        } catch {
          return undefined;
        }
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        try {
          return { sha256, text: await decode(bytes, as) };
        } catch {
          return { sha256 };
        }
      })();
      sources.set(path, read);
    }
    return read;
  };
  // an allocation list's anvisning is among the files too, after it (<year>.allocation.yaml sorts
  // before <year>.yaml): keep what was loaded for the list until the loop reaches that file
  const ahead = new Map<string, Promise<Loaded>>();
  const loadAhead = (file: string): Promise<Loaded> => {
    let l = ahead.get(file);
    if (!l) ahead.set(file, l = loadSpec(file));
    return l;
  };
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = await (ahead.get(file) ?? loadSpec(file));
    ahead.delete(file);
    diagnostics.push(...loaded.diagnostics);
    const spec = loaded.spec;
    if (!spec) continue;
    specs?.set(file, spec);
    // two files for one grant year would both be published, and differ: name both
    const key = spec.year === undefined ? undefined : `${spec.kind} ${spec.id} ${spec.year}${spec.kind === 'allocation' ? ` ${spec.to}` : ''}`;
    const first = key === undefined ? undefined : seen.get(key);
    if (key !== undefined && first !== undefined) {
      diagnostics.push({ file, ...loaded.locate(['id']), rule: 'duplicate-spec', severity: 'error', message: `same ${spec.kind} for ${spec.id} ${spec.year} as ${first}; keep one file per grant year (specs/${spec.id}/${spec.year}.yaml) and remove the other` });
    } else if (key !== undefined) {
      seen.set(key, file);
    }
    const roots = [rootFor(file, cwd), cwd, dirname(resolve(cwd, file))];
    let sourceText: string | undefined;
    let sourceSha256: string | undefined;
    for (const root of roots) {
      const read = await readSource(resolve(root, spec.source.path), spec.source.path);
      if (!read) continue;
      sourceSha256 = read.sha256;
      sourceText = read.text;
      break;
    }
    const anvisning = spec.kind === 'allocation' ? await anvisningFor(file, spec.year, loadAhead) : undefined;
    for (const rule of RULES) {
      for (const f of rule.check({ file, spec, root: roots[0]!, ...(sourceText !== undefined ? { sourceText } : {}), ...(sourceSha256 ? { sourceSha256 } : {}), ...(anvisning ? { anvisning } : {}) })) {
        diagnostics.push({ file, ...loaded.locate(f.path), rule: rule.id, severity: f.severity ?? 'error', message: f.message });
      }
    }
  }
  return { files: files.length, diagnostics, ...(specs ? { specs } : {}) };
}
