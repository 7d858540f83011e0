// YAML front matter ("---" … "---" at the very top of a text): metadata to read (title, date),
// never body text. Only flat "key: value" lines are read; the block is blanked from the body
// (same length, newlines kept) so every offset after it stays the source's.

export interface MetaValue { readonly value: string; readonly start: number; readonly end: number }
export interface Meta { readonly title?: MetaValue; readonly date?: MetaValue; readonly sfs?: MetaValue }
export interface FrontMatter { readonly end: number; readonly meta: Meta }

// bounded: a front matter longer than this is not one
const LIMIT = 8000;

export function frontMatter(source: string): FrontMatter | undefined {
  const head = source.slice(0, LIMIT);
  const open = /^\uFEFF?---[ \t]*\r?\n/u.exec(head);
  if (!open) return undefined;
  const close = /^---[ \t]*(?:\r?\n|$)/mu.exec(head.slice(open[0].length));
  if (!close) return undefined;
  const bodyStart = open[0].length;
  const bodyEnd = bodyStart + close.index;
  const meta: { title?: MetaValue; date?: MetaValue; sfs?: MetaValue } = {};
  let at = bodyStart;
  for (const line of head.slice(bodyStart, bodyEnd).split('\n')) {
    const m = /^(title|titel|rubrik|date|datum|beteckning)[ \t]*:[ \t]*/iu.exec(line);
    if (m) {
      const raw = line.slice(m[0].length).replace(/\r$/u, '').trimEnd();
      const quoted = /^(["'])(.*)\1$/u.exec(raw);
      const value = quoted ? quoted[2]! : raw;
      const start = at + m[0].length + (quoted ? 1 : 0);
      // "beteckning" of an SFS text is the förordning's number: the grant's legal basis
      const key = /^(?:title|titel|rubrik)$/iu.test(m[1]!) ? 'title' : /^beteckning$/iu.test(m[1]!) ? 'sfs' : 'date';
      if (value && !meta[key]) meta[key] = { value, start, end: start + value.length };
    }
    at += line.length + 1;
  }
  return { end: bodyStart + close.index + close[0].length, meta };
}

/** The source with its front matter blanked: spaces for every character but line breaks. */
export function withoutFrontMatter(source: string, fm: FrontMatter): string {
  return source.slice(0, fm.end).replace(/[^\r\n]/gu, ' ') + source.slice(fm.end);
}
