import { createRequire } from 'node:module';
import type { Root, RootContent, PhrasingContent, ListItem, Table } from 'mdast';
import { frontMatter, withoutFrontMatter } from './front-matter.js';
import { normalize, type LinkLine, type Normalized } from './normalize.js';
import { lineStarts, positionOf } from '../tree/locate.js';
import type { Block, Doc, InlineLink, Section, Segment } from '../tree/types.js';

// Plain text or markdown → Doc: normalize, parse with remark (GFM for tables), move every node's
// position into source coordinates, and flatten the tree into blocks grouped by heading.

export function readText(file: string, source: string, pageStarts?: readonly number[], annotations: readonly LinkLine[] = []): Doc {
  const front = pageStarts === undefined ? frontMatter(source) : undefined;
  const norm = normalize(front ? withoutFrontMatter(source, front) : source, { blankLineParagraphs: pageStarts !== undefined });
  const tree = pageStarts !== undefined && norm.outline.every((b) => b.type !== 'markdown') ? treeFromOutline(norm) : parseMarkdown(norm.md);
  const starts = lineStarts(source);
  const blocks = flatten(tree, norm);
  toSourcePositions(tree, norm, starts);
  return {
    file, source, lineStarts: starts, tree, blocks, sections: sectionsOf(blocks), linkLines: [...norm.linkLines, ...annotations],
    ...(pageStarts ? { pageStarts } : {}),
    ...(front ? { meta: front.meta } : {}),
  };
}

/**
 * A Doc from an mdast tree already laid out over `source` (every node's position in source
 * coordinates, each text node's value the source slice it spans): the HTML and .docx readers.
 */
export function readTree(file: string, source: string, tree: Root, extra: Pick<Doc, 'origin'> = {}): Doc {
  const map = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) map[i] = i;
  const blocks = flatten(tree, { md: source, map, outline: [], linkLines: [] });
  return { file, source, lineStarts: lineStarts(source), tree, blocks, sections: sectionsOf(blocks), linkLines: [], ...extra };
}

// remark is loaded when the first markdown is parsed: a PDF's laid-out text needs no parser, and
// loading unified, remark-parse and remark-gfm costs a sixth of a start-up
const require = createRequire(import.meta.url);

function parseMarkdown(md: string): Root {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  // GFM only where there is a table: its autolink scanning costs a fifth of the parse on long documents
  const processor = /^[ \t]*\|.*\|[ \t]*$/mu.test(md)
    ? unified().use(remarkParse).use((require('remark-gfm') as typeof import('remark-gfm')).default)
    : unified().use(remarkParse);
  return processor.parse(md) as Root;
}

/**
 * Text laid out from a PDF holds no markdown: its blocks are known from the layout, so the mdast
 * tree is built from them directly (parsing it again costs a third of a long PDF's extraction).
 */
function treeFromOutline(norm: Normalized): Root {
  const pos = (start: number, end: number): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } => ({
    start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end },
  });
  const text = (b: { textStart: number; end: number }): PhrasingContent => ({ type: 'text', value: norm.md.slice(b.textStart, b.end), position: pos(b.textStart, b.end) });
  const children: RootContent[] = [];
  for (const b of norm.outline) {
    if (b.type === 'heading') {
      children.push({ type: 'heading', depth: (b.depth ?? 2) as 1 | 2, children: [text(b)], position: pos(b.markStart, b.end) });
    } else if (b.type === 'paragraph') {
      children.push({ type: 'paragraph', children: [text(b)], position: pos(b.markStart, b.end) });
    } else if (b.type === 'item') {
      const last = children.at(-1);
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(b)], position: pos(b.textStart, b.end) }], position: pos(b.markStart, b.end) };
      if (last?.type === 'list' && last.ordered === b.ordered) {
        last.children.push(item);
        last.position = pos(last.position!.start.offset!, b.end);
      } else {
        children.push({ type: 'list', ordered: b.ordered ?? false, ...(b.ordered ? { start: b.number ?? 1 } : {}), spread: false, children: [item], position: pos(b.markStart, b.end) });
      }
    }
  }
  return { type: 'root', children, position: pos(0, norm.md.length) };
}

const SPACE = /\s/u;

/**
 * A block's text and the source offset of each of its characters. The offsets are kept as the
 * chunks they come in (most are views of the normalizer's map) and copied once into the segment:
 * pushing them one number at a time was a tenth of a long PDF's tree building.
 */
class SegBuilder {
  text = '';
  private readonly chunks: Array<ArrayLike<number>> = [];
  private count = 0;
  readonly links: InlineLink[] = [];
  get length(): number { return this.text.length; }
  /** the last character's source offset */
  get lastSrc(): number | undefined {
    for (let k = this.chunks.length - 1; k >= 0; k--) if (this.chunks[k]!.length > 0) return this.chunks[k]![this.chunks[k]!.length - 1];
    return undefined;
  }
  /** one offset per UTF-16 unit of text (a missing one counts as 0) */
  push(text: string, offsets: ArrayLike<number>): void {
    this.text += text;
    this.chunks.push(offsets.length === text.length ? offsets : Array.from({ length: text.length }, (_, i) => offsets[i] ?? 0));
    this.count += text.length;
  }
  build(): Segment {
    // trim, keeping offsets aligned
    let a = 0;
    let b = this.text.length;
    while (a < b && SPACE.test(this.text[a]!)) a++;
    while (b > a && SPACE.test(this.text[b - 1]!)) b--;
    const src = new Int32Array(b - a);
    let at = 0;
    for (const c of this.chunks) {
      // the part of this chunk inside [a, b)
      const from = Math.max(0, a - at);
      const to = Math.min(c.length, b - at);
      if (to > from) {
        if (c instanceof Int32Array) src.set(c.subarray(from, to), at + from - a);
        else for (let i = from; i < to; i++) src[at + i - a] = c[i]!;
      }
      at += c.length;
    }
    return { text: this.text.slice(a, b), src };
  }
}

/** Source offsets of a text node's characters, aligning its value with its markdown span. */
function offsetsOf(value: string, mdStart: number, mdEnd: number, norm: Normalized): ArrayLike<number> {
  // the common case: the value is its markdown span, character for character
  if (mdEnd - mdStart === value.length) return norm.map.subarray(mdStart, mdEnd);
  const out: number[] = [];
  // escapes and character references: find each character in order
  let cursor = mdStart;
  for (const ch of value) {
    let j = cursor;
    while (j < mdEnd && norm.md[j] !== ch) j++;
    const at = j < mdEnd ? j : Math.min(cursor, mdEnd - 1);
    for (let k = 0; k < ch.length; k++) out.push(norm.map[Math.max(mdStart, at)]!);
    cursor = j < mdEnd ? j + 1 : cursor;
  }
  return out;
}

function inline(nodes: readonly PhrasingContent[], norm: Normalized, seg: SegBuilder): void {
  for (const node of nodes) {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        seg.push(node.value, offsetsOf(node.value, node.type === 'text' ? s : s, e, norm));
        break;
      case 'break':
        seg.push('\n', [norm.map[s]!]);
        break;
      case 'link': {
        const start = seg.length;
        inline(node.children, norm, seg);
        seg.links.push({ url: node.url, text: seg.text.slice(start), start, end: seg.length });
        break;
      }
      case 'image':
        seg.push(node.alt ?? '', offsetsOf(node.alt ?? '', s, e, norm));
        break;
      default:
        if ('children' in node) inline(node.children as PhrasingContent[], norm, seg);
    }
  }
}

function paragraphsOf(node: ListItem): PhrasingContent[][] {
  return node.children.flatMap((c) => (c.type === 'paragraph' || c.type === 'heading' ? [c.children] : []));
}

function flatten(tree: Root, norm: Normalized): Block[] {
  const blocks: Block[] = [];
  let section = 0;
  let listId = 0;
  const add = (b: Omit<Block, 'index' | 'section'>): void => {
    if (b.kind === 'heading') section++;
    blocks.push({ ...b, index: blocks.length, section });
  };
  const fromPhrasing = (children: readonly PhrasingContent[]): { seg: Segment; links: InlineLink[] } => {
    const sb = new SegBuilder();
    inline(children, norm, sb);
    const before = sb.text.length - sb.text.trimStart().length;
    return { seg: sb.build(), links: sb.links.map((l) => ({ ...l, start: l.start - before, end: l.end - before })) };
  };
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        add({ kind: 'heading', depth: node.depth, ...fromPhrasing(node.children) });
        break;
      case 'paragraph':
        add({ kind: 'paragraph', ...fromPhrasing(node.children) });
        break;
      case 'html':
      case 'code': {
        const s = node.position?.start.offset ?? 0;
        const sb = new SegBuilder();
        sb.push(node.value, offsetsOf(node.value, s, node.position?.end.offset ?? s, norm));
        add({ kind: 'paragraph', seg: sb.build(), links: [] });
        break;
      }
      case 'list': {
        const id = ++listId;
        for (const item of node.children) {
          const s = item.position?.start.offset ?? 0;
          const written = /^\s*(\d{1,3})[.)]/u.exec(norm.md.slice(s, s + 8))?.[1];
          const parts = paragraphsOf(item);
          const sb = new SegBuilder();
          parts.forEach((p, i) => {
            if (i > 0) sb.push(' ', [sb.lastSrc ?? 0]);
            inline(p, norm, sb);
          });
          add({
            kind: 'item', ordered: node.ordered === true, list: id,
            ...(written !== undefined ? { number: Number(written) } : {}),
            seg: sb.build(), links: sb.links,
          });
          for (const child of item.children) if (child.type === 'list') visit(child);
        }
        break;
      }
      case 'table':
        tableRows(node).forEach((cells) => {
          const segs = cells.map((c) => fromPhrasing(c).seg);
          const sb = new SegBuilder();
          segs.forEach((c, i) => {
            if (i > 0) sb.push(' | ', [c.src[0] ?? 0, c.src[0] ?? 0, c.src[0] ?? 0]);
            sb.push(c.text, c.src);
          });
          add({ kind: 'row', cells: segs, seg: sb.build(), links: [] });
        });
        break;
      case 'blockquote':
        node.children.forEach(visit);
        break;
      default:
        break;
    }
  };
  tree.children.forEach(visit);
  return blocks;
}

function tableRows(table: Table): PhrasingContent[][][] {
  return table.children.map((row) => row.children.map((cell) => cell.children));
}

function sectionsOf(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ index: 0, blocks: [] }];
  for (const b of blocks) {
    if (b.kind === 'heading') sections.push({ index: b.section, heading: b, blocks: [] });
    else sections[sections.length - 1]!.blocks.push(b);
  }
  return sections;
}

/** Rewrite every node's position from markdown coordinates into the source's. */
function toSourcePositions(tree: Root, norm: Normalized, starts: readonly number[]): void {
  const fix = (node: { position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number; line: number; column: number } }; children?: unknown[] }): void => {
    if (node.position) {
      const s = norm.map[node.position.start.offset ?? 0] ?? 0;
      const endMd = node.position.end.offset ?? 0;
      const e = endMd > 0 ? (norm.map[endMd - 1] ?? 0) + 1 : s;
      const a = positionOf(starts, s);
      const z = e === s ? a : positionOf(starts, e);
      node.position = { start: { line: a.line, column: a.column, offset: s }, end: { line: z.line, column: z.column, offset: e } };
    }
    if (Array.isArray(node.children)) for (const c of node.children) fix(c as typeof node);
  };
  fix(tree as unknown as Parameters<typeof fix>[0]);
}
