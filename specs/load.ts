import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { Document, LineCounter, parseDocument, isNode, visit, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { grantSpec, type GrantSpec } from './schema/index.js';

// YAML ⇄ spec. Loading reports every problem at its YAML line:column: syntax errors from the
// parser, schema errors located through the zod issue path.

export function renderSpec(spec: GrantSpec, schemaPath: string): string {
  const doc = new Document(spec, { aliasDuplicateObjects: false });
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
  const lc = new LineCounter();
  return locator(parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }), lc);
}

/** line:column of a field path, or of its nearest ancestor that exists (a missing key points at its map). */
function locator(doc: ReturnType<typeof parseDocument>, lc: LineCounter): Loaded['locate'] {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      if (isNode(node) && node.range) {
        const p = lc.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return { line: 1, column: 1 };
  };
}

async function readText(file: string): Promise<string | Loaded> {
  try {
    // synchronous: for a thousand small specs the promise API costs several times more (see site/write.ts)
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file, diagnostics: [{ file, rule: 'missing-file', severity: 'error', message: code === 'ENOENT' ? 'no such file; check the path' : `cannot read: ${code}` }], locate: () => ({ line: 1, column: 1 }) };
  }
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
  visit(doc, { Alias(_, node) { at = node.range?.[0] ?? 0; return visit.BREAK; } });
  return at;
}

function loadSpecText(file: string, text: string): Loaded {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): { line: number; column: number } => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate = locator(doc, lc);
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
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
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      diagnostics.push({
        file, ...locate(path), rule: 'schema', severity: 'error',
        message: `${path.length ? path.join('.') : '(document)'}: ${issue.message}`,
      });
    }
    return { file, raw, diagnostics, locate };
  }
  return { file, spec: parsed.data, raw, diagnostics, locate };
}
