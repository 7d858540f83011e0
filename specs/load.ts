import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { Document, LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
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
// again for exact line:column. Files with anchors or aliases always go the yaml package's way, for
// its alias limit.
function hasAnchors(text: string): boolean {
  if (!/[&*]/u.test(text)) return false;
  for (const raw of text.split('\n')) {
    let line = raw.trimStart();
    while (line.startsWith('- ')) line = line.slice(2).trimStart();
    if (line.startsWith('"') || line.startsWith("'")) continue;
    const colon = line.indexOf(': ');
    const value = (colon >= 0 && !/^["']/u.test(line) ? line.slice(colon + 2) : line).trimStart();
    if (/^[&*][^\s*]/u.test(value) || /[[{,]\s*[&*][^\s*]/u.test(value.startsWith('"') ? '' : value)) return true;
  }
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
  if (!hasAnchors(text)) {
    let raw: unknown;
    try {
      raw = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch {
      return loadSpecText(file, text);
    }
    const parsed = grantSpec.safeParse(raw);
    if (parsed.success) return { file, spec: parsed.data, raw, diagnostics: [], locate: lazyLocate(text) };
  }
  return loadSpecText(file, text);
}

export async function loadSpec(file: string): Promise<Loaded> {
  const text = await readText(file);
  if (typeof text !== 'string') return text;
  return loadSpecText(file, text);
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
  const raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
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
