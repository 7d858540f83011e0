import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { LineCounter, parseDocument, Node as YamlNode } from 'yaml';
import { InputError, type Diagnostic } from './diagnostics.js';
import { LIMITS, readRegularFile } from './limits.js';
import { grantSpec, type GrantSpec } from './schema/index.js';

// YAML ⇄ spec. Loading reports every problem at its YAML line:column: syntax errors from the
// parser, schema errors located through the zod issue path.

// the yaml package (a third of a second to load on a busy machine) is loaded when a spec is written,
// or read the slow way (js-yaml failed, or the schema did) or located for a message: a build that
// validates a few specs which pass does none of these
const requireHere = createRequire(import.meta.url);
let yamlLib: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlLib ??= requireHere('yaml') as typeof import('yaml'));

export function renderSpec(spec: GrantSpec, schemaPath: string): string {
  const doc = new (yaml().Document)(spec, { aliasDuplicateObjects: false });
  const body = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
  return `# yaml-language-server: $schema=${schemaPath}\n${body}`;
}

export interface Loaded {
  readonly file: string;
  readonly spec?: GrantSpec;
  readonly raw?: unknown;
  readonly diagnostics: Diagnostic[];
  /** line:column of a field path in the YAML, or of its nearest parent that exists */
  readonly locate: (path: ReadonlyArray<string | number>) => { line: number; column: number };
}

// Two readers, one answer. A spec that parses and fits the schema is read with js-yaml, about ten
// times faster than the yaml package, which matters when a site is built from a thousand specs;
// positions are only needed when something is wrong, and then the yaml package reads the file
// again for exact line:column. js-yaml resolves an alias of a map or list to the very same object,
// so nine aliases of nine aliases … make a small file a tree of billions of nodes for whatever walks
// it next: a file where one object turns up twice goes the yaml package's way, for its alias limit.
function sharesNodes(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (sharesNodes(v, seen)) return true;
  return false;
}

function lazyLocate(text: string): Loaded['locate'] {
  let located: Loaded['locate'] | undefined;
  return (path) => {
    located ??= locatorFor(text);
    return located(path);
  };
}

function locatorFor(text: string): Loaded['locate'] {
  const { LineCounter, parseDocument } = yaml();
  const lc = new LineCounter();
  return locator(parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }), lc);
}

/** line:column of a field path, or of its nearest ancestor that exists (a missing key points at its map). */
function locator(doc: ReturnType<typeof parseDocument>, lc: LineCounter): Loaded['locate'] {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      if (yaml().isNode(node) && node.range) {
        const p = lc.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return { line: 1, column: 1 };
  };
}

function noSpec(file: string, d: Omit<Diagnostic, 'file' | 'severity'>): Loaded {
  return { file, diagnostics: [{ file, severity: 'error', ...d }], locate: () => ({ line: 1, column: 1 }) };
}

async function readText(file: string): Promise<string | Loaded> {
  let bytes: Uint8Array;
  try {
    // synchronous: for a thousand small specs the promise API costs several times more (see site/write.ts);
    // a regular file within the spec cap, checked before it is opened
    bytes = readRegularFile(file, 'spec').bytes;
  } catch (e) {
    if (e instanceof InputError) return noSpec(file, e.diagnostic);
    throw e;
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // one error with the fix, instead of every quote failing to match its source
    const at = firstInvalidUtf8(bytes, start);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(start, at));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return noSpec(file, {
      line, column, rule: 'not-utf8',
      message: `is not UTF-8 (byte 0x${bytes[at]!.toString(16).toUpperCase()} at line ${line}); save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 in > out`,
    });
  }
  return guardDepth(file, text) ?? text;
}

function guardDepth(file: string, text: string): Loaded | undefined {
  const deep = tooDeep(text);
  return deep ? noSpec(file, { ...deep, rule: 'yaml-too-deep', message: `nested more than ${LIMITS.yamlDepth} levels deep; a spec needs a few, so this file is not one` }) : undefined;
}

/** A spec from YAML text already in memory (as loadSpec reads a file, after its size and encoding checks). */
export function loadSpecFromText(file: string, text: string): Loaded {
  return guardDepth(file, text) ?? loadSpecText(file, text);
}

/** Offset of the first byte that is not part of valid UTF-8 (a lead byte, its continuation bytes, no overlong or surrogate forms). */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  for (let i = start; i < bytes.length;) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length - 1;
}

/**
 * The place where YAML nests deeper than the cap, by indentation or by flow brackets, found in one
 * pass before a parser recurses into it ("Maximum call stack size exceeded" says nothing useful).
 * Quoted strings and comments are skipped; an indentation step counts as a level.
 */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let line = 1;
  let col = 0;
  let flow = 0;
  let indent = 0;
  let atStart = true;
  let quote = '';
  let comment = false;
  const levels: number[] = [];
  let markers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    col++;
    if (c === '\n') {
      line++; col = 0; atStart = true; indent = 0; markers = 0; comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === '\\' && quote === '"') { i++; col++; continue; }
      if (c === quote) quote = '';
      continue;
    }
    if (atStart && (c === ' ' || c === '-' || c === '?' || c === ':')) {
      // "- - - x" nests a list in a list on one line, as indentation does over several
      if (c === ' ') indent++; else { indent += 2; markers++; }
      continue;
    }
    if (atStart) {
      atStart = false;
      if (c !== '#') {
        while (levels.length && levels[levels.length - 1]! >= indent) levels.pop();
        levels.push(indent);
        if (levels.length + markers + flow > LIMITS.yamlDepth) return { line, column: col };
      }
    }
    if (c === '#' && (i === 0 || /\s/u.test(text[i - 1]!))) { comment = true; continue; }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/u.test(text[i - 1]!))) { quote = c; continue; }
    if (c === '[' || c === '{') {
      flow++;
      if (levels.length + markers + flow > LIMITS.yamlDepth) return { line, column: col };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

/** Load a spec, fast when it is well-formed, with exact positions when it is not. */
export async function loadSpecFast(file: string): Promise<Loaded> {
  const text = await readText(file);
  if (typeof text !== 'string') return text;
  let raw: unknown;
  try {
    raw = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return loadSpecText(file, text);
  }
  if (sharesNodes(raw)) return loadSpecText(file, text);
  const parsed = grantSpec.safeParse(raw);
  if (parsed.success) return { file, spec: parsed.data, raw, diagnostics: [], locate: lazyLocate(text) };
  return loadSpecText(file, text);
}

export async function loadSpec(file: string): Promise<Loaded> {
  const text = await readText(file);
  if (typeof text !== 'string') return text;
  return loadSpecText(file, text);
}

const MAX_ALIASES = 100;

function firstAlias(doc: ReturnType<typeof parseDocument>): number {
  let at = 0;
  const { visit } = yaml();
  visit(doc, { Alias(_, node) { at = node.range?.[0] ?? 0; return visit.BREAK; } });
  return at;
}

function loadSpecText(file: string, text: string): Loaded {
  try {
    return loadSpecTextUnguarded(file, text);
  } catch (e) {
    // the scan before parsing catches deep nesting; this is the backstop for a shape it misses
    if (!(e instanceof RangeError) || !/call stack/u.test(e.message)) throw e;
    return noSpec(file, { line: 1, column: 1, rule: 'yaml-too-deep', message: `nested too deep to read (limit ${LIMITS.yamlDepth} levels); a spec needs a few, so this file is not one` });
  }
}

function loadSpecTextUnguarded(file: string, text: string): Loaded {
  const { LineCounter, parseDocument } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): { line: number; column: number } => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate = locator(doc, lc);
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    if (/call stack/u.test(err.message)) {
      diagnostics.push({ file, ...pos(err.pos[0]), rule: 'yaml-too-deep', severity: 'error', message: `nested too deep to read (limit ${LIMITS.yamlDepth} levels); a spec needs a few, so this file is not one` });
      break;
    }
    diagnostics.push({ file, ...pos(err.pos[0]), rule: 'yaml-syntax', severity: 'error', message: `${err.message.split('\n')[0]}; fix the YAML syntax` });
  }
  if (diagnostics.length) return { file, diagnostics, locate };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    // the yaml package's guard against alias bombs
    return { file, diagnostics: [{ file, ...pos(firstAlias(doc)), rule: 'yaml-aliases', severity: 'error', message: `aliases (*name) of aliased values would expand this file like an alias bomb (more than ${MAX_ALIASES} copies); write the values out instead` }], locate };
  }
  const parsed = grantSpec.safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      // one problem per field: past the maximum, a number is also past 2^53, which says less
      if (seen.has(path.join('.'))) continue;
      seen.add(path.join('.'));
      diagnostics.push({
        file, ...locate(path), rule: 'schema', severity: 'error',
        message: `${path.length ? path.join('.') : '(document)'}: ${issue.message}`,
      });
    }
    return { file, raw, diagnostics, locate };
  }
  return { file, spec: parsed.data, raw, diagnostics, locate };
}
