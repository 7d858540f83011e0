import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fail } from '../../specs/diagnostics.js';
import { decodeWindows1252, WINDOWS_1252_NAMES } from './decode.js';
import { BESIDE_CONTENT, dropChrome, namedContent, textOf } from './chrome.js';
import { readTree } from './text.js';
import { lineStarts, positionOf } from '../tree/locate.js';
import type { Doc } from '../tree/types.js';

// Saved web page → Doc: decode as the page declares (BOM, <meta charset>), parse with rehype,
// drop the page chrome (chrome.ts), take the main content, convert with hast-util-to-mdast, and lay
// the mdast tree out as the text a reader sees. That visible text is the Doc's source, so quotes
// are verbatim visible text; `origin` keeps where each of its characters stands in the .html, so
// evidence carries the line and column of the original file.

/** Bytes → markup: BOM first, then the charset the page declares, then UTF-8 with Windows-1252 as fallback. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = decodeWindows1252(bytes.subarray(0, 2048));
  // bounded to the first 2 KB, where the HTML standard looks for it too
  const declared = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w-]{1,40})/iu.exec(head)?.[1]?.toLowerCase();
  if (declared && WINDOWS_1252_NAMES.test(declared)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function elements(node: HastRoot | Element, keep: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (keep(c)) out.push(c);
    elements(c, keep, out);
  }
  return out;
}

const visible = (el: Element): number => textOf(el).replace(/\s+/gu, '').length;

/**
 * The main content: a landmark (<main>, role="main", <article>) when the page has one, else the
 * deepest element holding nine tenths of the page's remaining text, widened to its first <h1>.
 */
export function mainContent(root: HastRoot): Element | HastRoot {
  const landmarks = elements(root, (el) => el.tagName === 'main' || el.properties.role === 'main');
  const articles = landmarks.length ? [] : elements(root, (el) => el.tagName === 'article');
  const marked = landmarks.length ? landmarks : articles;
  if (marked.length) return marked.reduce((a, b) => (visible(b) > visible(a) ? b : a));
  const body = elements(root, (el) => el.tagName === 'body')[0];
  if (!body) return root;
  const total = visible(body);
  const h1 = elements(body, (el) => el.tagName === 'h1')[0];
  const path: Element[] = [body];
  for (;;) {
    const here = path.at(-1)!;
    const next = here.children.find((c): c is Element => c.type === 'element' && visible(c) >= 0.9 * total) ?? besideOnly(here, h1);
    if (!next || (h1 && !contains(next, h1))) break;
    path.push(next);
  }
  return path.at(-1)!;
}

/**
 * The child holding the page's text when everything else beside it is a side column, a news list,
 * a contact card or a menu (chrome.ts BESIDE_CONTENT): the child holding the page's <h1>, or on a
 * page without one the only child whose class or id names it the content (chrome.ts namedContent),
 * whatever its size, since a short text's news column can outweigh it (a part larger than a headed
 * child holding less than half the text is passed over only as a list of linked items, BESIDE_CONTENT.outweighs);
 * else the child holding most of `el`'s text.
 */
function besideOnly(el: Element, h1: Element | undefined): Element | undefined {
  const kids = el.children.filter((c): c is Element => c.type === 'element' && visible(c) > 0);
  const named = h1 ? [] : kids.filter(namedContent);
  const headed = h1 ? kids.find((k) => contains(k, h1)) : named.length === 1 ? named[0] : undefined;
  const big = headed ?? kids.reduce<Element | undefined>((a, b) => (a && visible(a) >= visible(b) ? a : b), undefined);
  if (!big) return undefined;
  const size = visible(big);
  const small = 2 * size <= visible(el);
  if (!headed && small) return undefined;
  // (a part beside a headed block that holds less than half the text is passed over only if it is smaller than that block or
  // a list of linked items, BESIDE_CONTENT.outweighs: a larger beside block of running text may be the grant's own, h/review78c)
  return kids.every((k) => k === big || (BESIDE_CONTENT.beside(k) && (!small || visible(k) <= size || BESIDE_CONTENT.outweighs(k)))) ? big : undefined;
}

function contains(el: Element, target: Element): boolean {
  return el === target || el.children.some((c) => c.type === 'element' && contains(c, target));
}

/** The Doc of a page: its visible main text, with `origin` pointing into the markup. */
export function readHtml(file: string, html: string, options: { docx?: boolean } = {}): Doc {
  const hast = unified().use(rehypeParse).parse(html) as HastRoot;
  // a form's own fields, before the chrome rules drop every form control: the blank a printed form draws (formBlanks)
  formBlanks(hast);
  // a Word document has no page around it; its lists of links are the author's
  if (!options.docx) dropChrome(hast, false);
  const main = options.docx ? hast : mainContent(hast);
  const scope: HastRoot = main.type === 'root' ? main : { type: 'root', children: [main] };
  const mdast = toMdast(scope) as Root;
  const laid = layout(mdast, html, options.docx === true);
  if (!/\p{L}/u.test(laid.source)) {
    fail(file, options.docx ? 'docx-no-text' : 'html-no-text', options.docx
      ? 'the document has no text (only images or empty paragraphs?); give the anvisning as text'
      : 'the page has no readable text in its main content (a script-built page?); save the page after it has loaded, or copy its text into a .txt');
  }
  const origin = { lineStarts: lineStarts(html), offsets: laid.offsets };
  return readTree(file, laid.source, mdast, options.docx ? {} : { origin });
}

interface Pos { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }

/**
 * Lay the mdast tree out as text: blocks separated by a blank line (or one line each, so that a
 * .docx paragraph's number is its line), list items with their marker, table rows as `| a | b |`.
 * Every node gets its position in that text; offsets[i] is the markup offset of character i.
 */
function layout(tree: Root, html: string, oneLine: boolean): { source: string; offsets: Int32Array } {
  const chars: string[] = [];
  const offs: number[] = [];
  const placed: Array<{ node: { position?: unknown }; s: number; e: number }> = [];
  const at = (node: Nodes, fallback: number): number => node.position?.start.offset ?? fallback;
  const emit = (text: string, where: number | readonly number[]): void => {
    for (let i = 0; i < text.length; i++) {
      chars.push(text[i]!);
      offs.push(typeof where === 'number' ? where : (where[i] ?? where.at(-1) ?? 0));
    }
  };
  const place = (node: Nodes, s: number): void => { placed.push({ node, s, e: chars.length }); };
  // blocks apart by a blank line, the items of a list and the rows of a table by a line break
  // (and a paragraph or heading after one that ends in a colon, a label leading into its text: a saved page sets "Subgrant
  // Expenditure Requests:" and the paragraph it heads apart, the text version runs them on one line after the other, and a
  // label over an empty line reads as a field left blank, FORM_STRUCTURE blank-label-line; dev 2421, h/form88)
  let leads = false;
  const sep = (where: number, inner = false, prose = false): void => { if (chars.length) emit(oneLine || inner || (leads && prose) ? '\n' : '\n\n', where); leads = false; };

  const phrasing = (nodes: readonly PhrasingContent[], parentAt: number): void => {
    for (const node of nodes) {
      const h = at(node, parentAt);
      const s = chars.length;
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const value = collapseSpace(node.value.normalize('NFC'));
          emit(value, align(value, html, h, node.position?.end.offset ?? h + value.length));
          break;
        }
        case 'break':
          emit(oneLine ? ' ' : '\n', h);
          break;
        case 'image':
          emit(node.alt ?? '', h);
          break;
        default:
          if ('children' in node) phrasing(node.children as PhrasingContent[], h);
      }
      place(node, s);
    }
  };

  const block = (node: RootContent, parentAt: number): void => {
    const h = at(node, parentAt);
    const s0 = chars.length;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      {
        if (node.type === 'paragraph' && boldLine(node.children)) Object.assign(node, { type: 'heading', depth: 3 });
        // (only a paragraph of prose is a label's text; a short line, a heading or a template's slot under it leaves the label blank)
        sep(h, false, node.type === 'paragraph' && sentenceOfProse(node.children.map(toText).join('')));
        const s = chars.length;
        phrasing(node.children, h);
        place(node, s);
        leads = chars.length > s && /:[ \t]*$/u.test(chars.slice(Math.max(s, chars.length - 4)).join(''));
        return;
      }
      case 'list': {
        const start = node.start ?? 1;
        node.children.forEach((item, i) => {
          const hi = at(item, h);
          sep(hi, i > 0);
          const s = chars.length;
          emit(node.ordered ? `${start + i}. ` : '- ', hi);
          let first = true;
          for (const c of item.children) {
            if (c.type === 'paragraph' || c.type === 'heading') {
              if (!first) emit(' ', at(c, hi));
              const ps = chars.length;
              phrasing(c.children, at(c, hi));
              place(c, ps);
              first = false;
            }
          }
          place(item, s);
          for (const c of item.children) if (c.type !== 'paragraph' && c.type !== 'heading') block(c, hi);
        });
        place(node, firstAfterSep(s0));
        return;
      }
      case 'table':
        node.children.forEach((row, r) => {
          const hr = at(row, h);
          sep(hr, r > 0);
          const s = chars.length;
          emit('| ', hr);
          row.children.forEach((cell, i) => {
            if (i > 0) emit(' | ', at(cell, hr));
            const cs = chars.length;
            phrasing(cell.children, at(cell, hr));
            place(cell, cs);
          });
          emit(' |', hr);
          place(row, s);
        });
        place(node, firstAfterSep(s0));
        return;
      case 'blockquote':
        for (const c of node.children) block(c, h);
        place(node, firstAfterSep(s0));
        return;
      case 'code': {
        sep(h);
        const s = chars.length;
        emit(node.value.replace(oneLine ? /\s+/gu : /\n{2,}/gu, ' '), h);
        place(node, s);
        return;
      }
      default:
    }
  };
  // a container starts where its first block's text does, not at the separator before it
  const firstAfterSep = (s: number): number => {
    let i = s;
    while (i < chars.length && chars[i] === '\n') i++;
    return i;
  };

  for (const c of tree.children) block(c, 0);
  const source = chars.join('');
  const starts = lineStarts(source);
  const pos = (o: number): { line: number; column: number; offset: number } => ({ ...positionOf(starts, o), offset: o });
  for (const p of placed) (p.node as { position: Pos }).position = { start: pos(p.s), end: pos(Math.max(p.s, p.e)) };
  tree.position = { start: pos(0), end: pos(source.length) };
  return { source, offsets: Int32Array.from(offs) };
}

/**
 * White space as a browser shows it: a run of ASCII white space is one space, but a run of three or more no-break or en
 * spaces (U+00A0, U+2000–U+200A, which HTML never collapses) is kept as it stands: a word processor's empty form field
 * saved as a page ("Project title&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"), the same blank the text of the document holds
 * (KIND_EVIDENCE empty-field-run). One or two such spaces inside a text ("10&nbsp;000 kr") are read as one space, as before.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, (run) => (FIELD_SPACE_RUN.test(run) ? run.replace(/[^\u00a0\u2000-\u200a]/gu, '') : ' '));
}
const FIELD_SPACE_RUN = /[\u00a0\u2000-\u200a](?:[^\u00a0\u2000-\u200a]*[\u00a0\u2000-\u200a]){2}/u;

/** The input types a filler writes in (an email or a url input too); a search box, a button or a hidden value is no field of a form. */
const FILL_IN_TYPES = new Set(['', 'text', 'number', 'date', 'email', 'tel', 'url', 'month', 'week', 'time', 'datetime-local']);
/** The blank a printed form draws for an empty field (FORM_STRUCTURE underscore-blank reads it). */
export const DRAWN_BLANK = '________';

/**
 * A saved form's own fields as a reader of the printed form sees them: an empty text input or text area becomes the
 * drawn blank (DRAWN_BLANK), a filled one its value, and a check box or radio button the printed box, ☐ or ☒ (FORM_STRUCTURE
 * check-box). Without this every form control is dropped as chrome (chrome.ts hidden), and a web form saved as a page
 * loses the blanks its text version keeps as runs of spaces or underscores. A search box, a button, a hidden or a
 * disabled control is left to the chrome rules.
 */
export function formBlanks(node: HastRoot | Element): void {
  node.children = node.children.map((c) => {
    if (c.type !== 'element') return c;
    const shown = controlText(c);
    if (shown !== undefined) return { type: 'text', value: shown, ...(c.position ? { position: c.position } : {}) };
    formBlanks(c);
    return c;
  }) as typeof node.children;
}

function controlText(el: Element): string | undefined {
  const p = el.properties;
  if (p.disabled !== undefined && p.disabled !== false) return undefined;
  if (el.tagName === 'textarea') return textOf(el).trim() || DRAWN_BLANK;
  if (el.tagName !== 'input') return undefined;
  const type = String(p.type ?? '').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return p.checked !== undefined && p.checked !== false ? '☒' : '☐';
  if (!FILL_IN_TYPES.has(type)) return undefined;
  const value = String(p.value ?? '').trim();
  return value || DRAWN_BLANK;
}

/** A paragraph of running prose: forty characters or more, ending in a full stop, a question or exclamation mark or a colon. */
function sentenceOfProse(text: string): boolean {
  const t = text.trim();
  return t.length >= 40 && /\p{Ll}/u.test(t) && /[.!?:]$/u.test(t);
}

/**
 * A paragraph that is one short bold phrase is a heading: Word documents and web editors often set
 * "Vilka kan rekvirera?" in bold instead of a heading style. A bold lead-in ending in ":" or "." is not.
 */
function boldLine(children: readonly PhrasingContent[]): boolean {
  const parts = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (parts.length !== 1 || parts[0]!.type !== 'strong') return false;
  const text = toText(parts[0]!).trim();
  return text.length >= 3 && text.length <= 120 && /\p{L}/u.test(text) && !/[.:;,]$/u.test(text);
}

function toText(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(toText).join('') : '';
}

/**
 * The markup offset of each character of a text node's value: the value is the markup with
 * character references decoded and white space collapsed, read in order.
 */
function align(value: string, html: string, start: number, end: number): number[] {
  const out: number[] = [];
  let i = start;
  const last = Math.max(start, end - 1);
  const ws = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  for (let k = 0; k < value.length; k++) {
    const ch = value[k]!;
    if (ws(ch)) {
      out.push(Math.min(i, last));
      while (i < end && ws(html[i])) i++;
      continue;
    }
    while (i < end && ws(html[i])) i++;
    if (html[i] === ch) {
      out.push(i++);
    } else if (html[i] === '&') {
      const semi = html.indexOf(';', i);
      out.push(i);
      // a reference beyond the BMP decodes to two UTF-16 units
      const unit = ch.charCodeAt(0);
      if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < value.length) { out.push(i); k++; }
      i = semi > i && semi - i <= 40 ? semi + 1 : i + 1;
    } else {
      out.push(Math.min(i, last));
      if (i < end) i++;
    }
  }
  return out;
}
