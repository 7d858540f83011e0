// Reading order from positioned text, as a careful reader rebuilds it: columns one at a time,
// lines by baseline (a raised footnote mark stays on its line), paragraphs by line gap, bullets,
// link annotations as links, running headers, footers and page numbers dropped. The output is
// plain text of the same genre as text copied out of a PDF, for the shared normalizer.

export interface PdfItem {
  readonly str: string;
  readonly x: number;
  /** baseline, PDF coordinates (from the bottom) */
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfLink { readonly url: string; readonly rect: readonly [number, number, number, number] }

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfItem[];
  readonly links: readonly PdfLink[];
}

export interface LineLink { readonly url: string; readonly start: number; readonly end: number }

export interface Line {
  readonly page: number;
  /** link annotations over this line: the characters [start, end) of text they cover */
  readonly links: readonly LineLink[];
  readonly y: number;
  readonly x: number;
  readonly size: number;
  readonly text: string;
  /** a paragraph break comes before this line */
  readonly breakBefore: boolean;
  /** the break before is only that of a new page or column (no gap, size change or item mark says so): the width of its first word and a space */
  readonly pageTop?: number;
  /** a body line that ends no sentence: the room left between its end and its column's edge */
  readonly room?: number;
  readonly top: boolean;
  readonly bottom: boolean;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
// Word exports bullets in the Symbol or Wingdings fonts' private-use code points
const BULLETS = /^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25cf\u25aa\u25a0\u2022\u2023\u2043\u00b7\u25e6\uf0a8]$/u;

// The patterns of the line pass, made once: a pattern literal in a loop is a new object each time.
const SPACE = /\s/u;
const AMOUNT_RUN = /^[\d\s\u00a0.,:%-]+(?:kr|kronor|tkr)?$/iu;
const TRAILING_SPACE = /\s+$/u;
const LEADING_BULLET = /^• ?/u;
const BROKEN_WORD_HYPHEN = /(?<=\p{L})[\u2010\u00ad]$/u;
const FOOTNOTE_MARK = /^\d{1,2}$/u;
const NUMBER_GLUED = /^\d{1,3}[.)]\p{L}/u;
const NUMBER_MARK = /^\d{1,3}[.)]/u;
const ITEM_MARK = /^(?:•|\d{1,3}[.)]\s)/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const STARTS_ANEW = /^[\p{Lu}\d"”(]/u;
const ENDS_WITH_CONJUNCTION = /(?:och|eller|samt)$/u;
const ENDS_CLAUSE = /[.;:!?]$/u;
const ENDS_SENTENCE = /[.:!?]$/u;
const SMALL_WORD = /^(?:och|eller|samt|att|för|av|i|om|med|till|på|som|en|ett|den|det|de|är|inom|under|enligt)$/iu;
/** the longest of SMALL_WORD's words */
const SMALL_WORD_MAX = 6;

/**
 * Whether a line ends with a small word after white space ("… och"). The word after the last white
 * space is read, a few characters back from the end: an end-anchored pattern is tried at every
 * position of the line.
 */
export function endsWithSmallWord(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - SMALL_WORD_MAX - 1; i--) {
    if (isSpace(text, i)) return SMALL_WORD.test(text.slice(i + 1));
  }
  return false;
}
const DIGITS = /\d+/gu;

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Insert y after every value that does not sort after it: a stable sort by (a, b) => a - b keeps
 * equal values in the order they came, so the median reads the same element as sorting anew.
 */
function insertSorted(ys: number[], y: number): void {
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]! - y <= 0) lo = mid + 1;
    else hi = mid;
  }
  ys.splice(lo, 0, y);
}

/** The body text's rows on one side of a gutter: baseline → left and right edge. */
function rowsOf(items: readonly PdfItem[]): Array<{ x0: number; x1: number }> {
  const rows = new Map<number, { x0: number; x1: number }>();
  for (const i of items) {
    const y = Math.round(i.y);
    const r = rows.get(y);
    if (r) { r.x0 = Math.min(r.x0, i.x); r.x1 = Math.max(r.x1, i.x + i.width); } else rows.set(y, { x0: i.x, x1: i.x + i.width });
  }
  return [...rows.values()];
}

/**
 * A column of running text fills its width: many of its lines end near the gutter. A form's or a
 * table's labels are ragged, their gap set by the longest one; they are read row by row.
 */
function fillsToGutter(rows: ReadonlyArray<{ x0: number; x1: number }>, gutter: number, size: number): boolean {
  if (rows.length < 3) return false;
  const margin = Math.min(...rows.map((r) => r.x0));
  const reach = gutter - Math.max((gutter - margin) * 0.2, size * 2);
  return rows.filter((r) => r.x1 >= reach).length >= rows.length * 0.4;
}

/** A two-column page: where its columns split, and the baselines of the rows that run across both. */
export interface Columns {
  readonly at: number;
  /** full-width rows over the gutter (a title, an ingress, a running head), read whole in their place */
  readonly spans: readonly number[];
}

/** The columns' split, or undefined for one column. */
export function columnSplit(page: PdfPage): number | undefined {
  return columnLayout(page)?.at;
}

/** Whether text on both sides of a gap at `at` (starting at `from`) reads as two columns. */
function twoColumns(items: readonly PdfItem[], at: number, from: number, body: number): boolean {
  const leftSide = items.filter((i) => i.x + i.width <= at);
  const rightSide = items.filter((i) => i.x >= at);
  const left = leftSide.reduce((n, i) => n + i.str.length, 0);
  const right = rightSide.reduce((n, i) => n + i.str.length, 0);
  const total = left + right;
  // a table of names and amounts (a fördelningslista) has a wide gap too, but its right side is numbers: rows, not columns
  const numeric = rightSide.filter((i) => AMOUNT_RUN.test(i.str.trim())).length;
  if (rightSide.length > 0 && numeric >= rightSide.length * 0.7) return false;
  const leftRows = rowsOf(leftSide);
  if (!fillsToGutter(leftRows, from, body)) return false;
  if (left > total * 0.2 && right > total * 0.2 && rightSide.length >= 2) return true;
  // a short right column (the end of a section, a last page) beside a full left one: the gap holds
  // down the left column's many lines, and the right side is lines of text too
  return leftRows.length >= 6 && rowsOf(rightSide).length >= 2 && right >= total * 0.05;
}

/**
 * How many body items cover each of the points lo, lo + step, … ≤ hi (a point strictly inside
 * an item), in one pass over the items (a difference array), so a page costs O(items + points).
 */
function coverage(items: readonly PdfItem[], lo: number, hi: number, step: number): { xs: number[]; cover: number[] } {
  const xs: number[] = [];
  for (let x = lo; x <= hi; x += step) xs.push(x);
  const diff = new Array<number>(xs.length + 1).fill(0);
  const first = (v: number): number => { // first point > v
    let k = Math.max(0, Math.min(xs.length, Math.floor((v - lo) / step)));
    while (k > 0 && xs[k - 1]! > v) k--;
    while (k < xs.length && xs[k]! <= v) k++;
    return k;
  };
  for (const i of items) {
    const k0 = first(i.x);
    // the last point below the item's end
    const last = first(i.x + i.width) - 1;
    const k1 = last >= 0 && xs[last] === i.x + i.width ? last - 1 : last;
    if (k1 >= k0) { diff[k0]!++; diff[k1 + 1]!--; }
  }
  const cover: number[] = [];
  let c = 0;
  for (let k = 0; k < xs.length; k++) cover.push(c += diff[k]!);
  return { xs, cover };
}

interface Run { readonly from: number; readonly at: number; readonly width: number; readonly k0: number; readonly k1: number }

/** The widest run of points (between `from` and `to`) whose cover is at most `max`: where it starts, its middle. */
function widestRun(xs: readonly number[], cover: readonly number[], max: number, from = 0, to = xs.length): Run | undefined {
  let best: Run | undefined;
  let start: number | undefined;
  for (let k = from; k < to; k++) {
    const open = cover[k]! <= max;
    if (open && start === undefined) start = k;
    if ((!open || k === to - 1) && start !== undefined) {
      const width = xs[k]! - xs[start]!;
      if (!best || width > best.width) best = { from: xs[start]!, at: xs[start]! + width / 2, width, k0: start, k1: open ? k : k - 1 };
      start = undefined;
    }
  }
  return best;
}

/** Where a two-column page splits and which rows run across it, or undefined for one column. */
export function columnLayout(page: PdfPage): Columns | undefined {
  // body text only: a title spanning both columns, page numbers and running heads say nothing about columns
  const body = median(page.items.filter((i) => i.str.trim()).map((i) => i.size));
  const items = page.items.filter((i) => i.str.trim() && Math.abs(i.size - body) <= body * 0.15 && i.width < page.width * 0.6
    && i.y > page.height * 0.08 && i.y < page.height * 0.92);
  if (items.length < 4) return undefined;
  const lo = page.width * 0.3;
  const step = page.width / 200;
  const { xs, cover } = coverage(items, lo, page.width * 0.7, step);
  const clear = widestRun(xs, cover, 0);
  if (clear && clear.width >= page.width * 0.015 && twoColumns(items, clear.at, clear.from, body)) return { at: clear.at, spans: [] };
  // a gap that holds down the columns, crossed by a few full-width rows (an ingress over both
  // columns, a last line of it): the gap is where the fewest rows cross, those rows are read whole
  const rows = rowsOf(items).length;
  const run = widestRun(xs, cover, Math.max(1, Math.floor(rows * 0.15)));
  if (!run || run.width < page.width * 0.015) return undefined;
  let least = Infinity;
  for (let k = run.k0; k <= run.k1; k++) least = Math.min(least, cover[k]!);
  if (least === 0) return undefined;
  const gap = widestRun(xs, cover, least, run.k0, run.k1 + 1)!;
  const crossing = (i: PdfItem): boolean => i.x < gap.at && i.x + i.width > gap.at;
  // a row that crosses runs on past the gap as one line: a line of the left column that overflows
  // into the gap beside a line of the right column is not a full-width row
  const across = items.filter(crossing);
  for (const c of across) {
    const row = items.filter((i) => Math.abs(i.y - c.y) <= c.size * 0.5 && i.x >= gap.at).sort((a, b) => a.x - b.x);
    let end = c.x + c.width;
    for (const i of row) { if (i.x - end > c.size) return undefined; end = Math.max(end, i.x + i.width); }
  }
  if (!twoColumns(items.filter((i) => !crossing(i)), gap.at, gap.from, body)) return undefined;
  const spans = page.items.filter((i) => i.str.trim() && crossing(i)).map((i) => i.y);
  return { at: gap.at, spans };
}

function linkOf(item: PdfItem, links: readonly PdfLink[]): PdfLink | undefined {
  const cx = item.x + item.width / 2;
  const cy = item.y + item.size * 0.3;
  return links.find((l) => cx >= Math.min(l.rect[0], l.rect[2]) - 1 && cx <= Math.max(l.rect[0], l.rect[2]) + 1
    && cy >= Math.min(l.rect[1], l.rect[3]) - 1 && cy <= Math.max(l.rect[1], l.rect[3]) + 1);
}

/** Whether character code c is one of JavaScript's \s (ASCII tab to carriage return and space, and the pattern for the rest). */
const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i]!));
};

/** Whether cleanLine's collapsing leaves the text as it is: no white space but single spaces after a non-space. */
function alreadyClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || isSpace(text, i - 1)) return false;
    } else if ((c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i]!))) return false;
  }
  return true;
}

/** Collapse white space and trim, keeping link offsets aligned. */
export function cleanLine(text: string, links: readonly LineLink[]): { text: string; links: LineLink[] } {
  // most lines have nothing to collapse: then each offset maps to itself (and past the end to nothing, as below)
  if (alreadyClean(text)) return trimLine(text, links, (k) => (k >= 0 && k <= text.length ? k : Number.NaN));
  const map: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    map.push(out.length);
    const c = text.charCodeAt(i);
    // JavaScript's \s: ASCII tab to carriage return and space, and the pattern for the rest
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(ch))) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    } else out += ch;
  }
  map.push(out.length);
  return trimLine(out, links, (k) => map[k]!);
}

/** The collapsed line `out` trimmed, its bullet and broken word's hyphen written as the normalizer reads them; links moved by `at`. */
function trimLine(out: string, links: readonly LineLink[], at: (k: number) => number): { text: string; links: LineLink[] } {
  // the hyphen of a word broken at the line's end, as Chromium draws it (U+2010) or as a soft
  // hyphen made visible (U+00AD): the normalizer decides on '-' whether the word is joined
  const end = out.replace(TRAILING_SPACE, '');
  const trimmed = end.replace(LEADING_BULLET, '• ').replace(BROKEN_WORD_HYPHEN, '-');
  const shift = trimmed.length - end.length;
  return {
    text: trimmed,
    links: links.length === 0 ? [] : links.map((l) => ({ url: l.url, start: Math.min(trimmed.length, at(l.start) + shift), end: Math.min(trimmed.length, at(l.end) + shift) }))
      .filter((l) => l.end > l.start),
  };
}

/**
 * Whether a line's first word would have fitted at the end of the line above (ending at `end`):
 * if not, the line above was full and wrapped, it did not end a paragraph.
 */
function firstWordFits(end: number, line: { x: number; right: number; size: number; text: string }, columnRight: number): boolean {
  return end + firstWordWidth(line) < columnRight;
}

/** The width of a line's first word and the space before it, at the line's own average character width. */
function firstWordWidth(line: { x: number; right: number; text: string }): number {
  const text = line.text.trim();
  const word = text.indexOf(' ');
  return ((line.right - line.x) / Math.max(1, text.length)) * ((word < 0 ? text.length : word) + 1);
}

/** What a column hands on to the next: whether its last line was inside a bulleted item. */
export interface Carry { glyphItem: boolean }

/**
 * One column's items → lines, top to bottom. `columns`: the page is set in columns, where a line
 * that stops short of the edge has often only wrapped (a column is a few words wide).
 */
function linesOf(items: readonly PdfItem[], page: PdfPage, pageNo: number, carry: Carry, columns = false): Line[] {
  const sorted = [...items].filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  // the current line's baselines kept sorted, and its largest size, as items join it: the median
  // and the maximum without sorting the line again for every item (a line of many runs was quadratic)
  let ys: number[] = [];
  // a baseline that is not a finite number makes the comparator answer NaN: then sort as before
  let odd = false;
  let largest = 0;
  for (const item of sorted) {
    const g = groups.at(-1);
    const ref = g ? (odd ? median(g.map((i) => i.y)) : ys[Math.floor(ys.length / 2)]) : undefined;
    const size = g ? largest : item.size;
    if (g && ref !== undefined && Math.abs(item.y - ref) <= Math.max(size, item.size) * 0.5) {
      g.push(item);
      odd ||= !Number.isFinite(item.y);
      if (!odd) insertSorted(ys, item.y);
      largest = Math.max(largest, item.size);
    } else {
      groups.push([item]);
      ys = [item.y];
      odd = !Number.isFinite(item.y);
      largest = item.size;
    }
  }
  const out: Line[] = [];
  let prevY: number | undefined;
  const gaps: number[] = [];
  const raw = groups.map((g) => {
    const byX = [...g].sort((a, b) => a.x - b.x);
    const size = median(byX.filter((i) => i.str.trim()).map((i) => i.size)) || byX[0]!.size;
    const base = median(byX.filter((i) => i.size >= size * 0.9).map((i) => i.y));
    let text = '';
    let end: number | undefined;
    const links: Array<{ url: string; start: number; end: number }> = [];
    for (const i of byX) {
      let s = i.str;
      // a raised, smaller digit is a footnote mark: "hälso- och sjukvården.¹"
      const bare = s.trim();
      if (FOOTNOTE_MARK.test(bare) && i.size < size * 0.85 && i.y > base + size * 0.15) s = [...bare].map((c) => SUPERSCRIPT[c] ?? c).join('');
      else if (BULLETS.test(bare)) s = '•';
      const gap = end === undefined ? 0 : i.x - end;
      // the last character only: an end-anchored pattern is tried at every position of the line so far
      const joined = (text.length > 0 && SPACE.test(text[text.length - 1]!)) || (s.length > 0 && SPACE.test(s[0]!));
      const sep = end !== undefined && !joined && gap > size * 2.5 ? ' | ' : end !== undefined && !joined && gap > size * 0.18 ? ' ' : '';
      text += sep;
      const link = s.trim() ? linkOf(i, page.links) : undefined;
      if (link) {
        const last = links.at(-1);
        if (last && last.url === link.url && last.end === text.length - sep.length) last.end = text.length + s.length;
        else links.push({ url: link.url, start: text.length, end: text.length + s.length });
      }
      text += s;
      end = i.x + i.width;
    }
    return { y: base, x: byX[0]!.x, right: Math.max(...byX.map((i) => i.x + i.width)), size, text, links };
  }).filter((l) => l.text.length > 0);
  raw.forEach((l, i) => { if (i > 0) gaps.push(raw[i - 1]!.y - l.y); });
  const spacing = median(gaps.filter((g) => g > 0));
  const bodySize = median(raw.map((l) => l.size));
  // the left edge of running text; lines indented from it without a bullet glyph are list items
  // whose bullets were drawn as graphics
  const margin = median(raw.filter((l) => Math.abs(l.size - bodySize) < bodySize * 0.1).map((l) => Math.round(l.x)));
  let glyphItem = false;
  let bulletX = 0;
  const carried = carry.glyphItem;
  const rights = raw.filter((l) => Math.abs(l.size - bodySize) < bodySize * 0.1).map((l) => l.right).sort((a, b) => a - b);
  const columnRight = rights[Math.floor(rights.length * 0.9)] ?? 0;
  raw.forEach((l, i) => {
    const prev = raw[i - 1];
    const gap = prevY === undefined ? 0 : prevY - l.y;
    const sizeChange = prev !== undefined && Math.abs(prev.size - l.size) > bodySize * 0.15;
    let text = l.text;
    let links = l.links;
    // "1." and its text as separate runs with no gap: "1.stärka" → "1. stärka"
    if (NUMBER_GLUED.test(text.trim())) {
      const at = text.indexOf(text.trim()) + NUMBER_MARK.exec(text.trim())![0].length;
      text = `${text.slice(0, at)} ${text.slice(at)}`;
      links = links.map((k) => (k.start >= at ? { ...k, start: k.start + 1, end: k.end + 1 } : k));
    }
    const isIndented = (x: { x: number }): boolean => x.x > margin + bodySize * 0.8 && x.x < margin + bodySize * 4;
    const marked = ITEM_MARK.test(text.trim());
    // under a bullet, continuation lines hang at the item's text; a line back at the bullet's own
    // left edge has left the list — unless the item's line was only wrapped there (a bullet typed as
    // a character: "• … ska den ha kommit in till" | "Folkhälsomyndigheten senast …")
    const wrapped = prev !== undefined && !ENDS_CLAUSE.test(prev.text.trim()) && !prev.text.trim().endsWith('*') && (endsWithSmallWord(prev.text) || !firstWordFits(prev.right, l, columnRight));
    const leftList = glyphItem && !marked && l.x <= bulletX + bodySize * 0.5 && !wrapped;
    // an item broken over a column or page goes on, hanging, at the top of the next
    const continuesItem = i === 0 && carried && !marked && (isIndented(l) || LOWER_START.test(text.trim()));
    const furniture = PAGE_NUMBER.test(text.trim()) || l.y < page.height * 0.05;
    // a line hanging right of its item's bullet goes on with the item, even where the hanging
    // lines are so many that they set the column's margin
    const hangs = glyphItem && l.x > bulletX + bodySize * 0.5;
    if (furniture) { /* page numbers and running heads do not end a list */ } else if (marked) { glyphItem = true; bulletX = l.x; } else if (continuesItem) { glyphItem = true; bulletX = margin; } else if ((!isIndented(l) && !hangs) || leftList) glyphItem = false;
    // indented lines under a bullet glyph continue its item; without one, the bullets were graphics
    if (!marked && !glyphItem && isIndented(l)) {
      const prevIndented = prev !== undefined && isIndented(prev);
      const prevText = prev?.text.trim() ?? '';
      // a line that ends well before the column's edge was broken on purpose: the next one is a new item
      const endedEarly = prev !== undefined && prev.right < columnRight - bodySize * 4 && !ENDS_WITH_CONJUNCTION.test(prevText);
      const startsItem = !prevIndented || endedEarly || (ENDS_CLAUSE.test(prevText) && UPPER_START.test(text.trim()));
      if (startsItem) {
        text = `• ${text}`;
        links = links.map((k) => ({ ...k, start: k.start + 2, end: k.end + 2 }));
      }
    }
    const cleaned = cleanLine(text, links);
    const body = Math.abs(l.size - bodySize) < bodySize * 0.1;
    out.push({
      page: pageNo, y: l.y, x: l.x, size: l.size, text: cleaned.text, links: cleaned.links,
      // a paragraph ends where its last line stops short of the column's edge and the next begins anew
      // paragraph spacing: more than a line's own leading plus a quarter of its size
      breakBefore: (i === 0 && !continuesItem) || leftList || gap > Math.max(spacing, l.size * 1.15) + Math.max(2, l.size * 0.25) || sizeChange || ITEM_MARK.test(cleaned.text)
        || (prev !== undefined && !(glyphItem && !marked) && prev.right < columnRight - bodySize * 4 && STARTS_ANEW.test(cleaned.text)
          // a line that stops mid-sentence because the next word would not fit has wrapped
          && (ENDS_SENTENCE.test(prev.text) || firstWordFits(prev.right, l, columnRight))
          && !endsWithSmallWord(prev.text)),
      top: l.y > page.height * 0.92, bottom: l.y < page.height * 0.08,
      ...(i === 0 && !continuesItem && !ITEM_MARK.test(cleaned.text) ? { pageTop: firstWordWidth(l) } : {}),
      ...(body && !ENDS_CLAUSE.test(cleaned.text) && !cleaned.text.endsWith('*') && !cleaned.text.includes(' | ') ? { room: Math.max(0, columnRight - l.right) } : {}),
    });
    prevY = l.y;
  });
  carry.glyphItem = glyphItem;
  return out;
}

/** Two columns' items → lines: the left column top to bottom, then the right. */
function columnLines(items: readonly PdfItem[], split: number, page: PdfPage, pageNo: number, carry: Carry): Line[] {
  // a run that overflows the left column (a long e-mail address) continues its line, not the right column
  const left: PdfItem[] = items.filter((i) => i.x < split);
  const right: PdfItem[] = [];
  for (const i of [...items].filter((x) => x.x >= split).sort((a, b) => a.x - b.x)) {
    const touches = left.some((l) => Math.abs(l.y - i.y) < i.size * 0.3 && Math.abs(l.x + l.width - i.x) < i.size * 0.3);
    (touches ? left : right).push(i);
  }
  const l = linesOf(left, page, pageNo, carry, true);
  return [...l, ...linesOf(right, page, pageNo, carry, true)];
}

export function pageLines(page: PdfPage, pageNo: number, carry: Carry = { glyphItem: false }): Line[] {
  const columns = columnLayout(page);
  if (columns === undefined) return linesOf(page.items, page, pageNo, carry);
  if (columns.spans.length === 0) return columnLines(page.items, columns.at, page, pageNo, carry);
  // bands from the top: the columns between full-width rows, each band's left column before its
  // right one; consecutive full-width rows (an ingress) are read together, as one block, and so is
  // a band with nothing in the right column (a title's short last line between full-width ones)
  const spans = [...new Set(columns.spans)].sort((a, b) => b - a);
  const onSpan = (i: PdfItem): boolean => spans.some((y) => Math.abs(i.y - y) <= i.size * 0.5);
  const parts: Array<{ across: boolean; items: PdfItem[] }> = [];
  for (const i of [...page.items].sort((a, b) => b.y - a.y)) {
    const across = onSpan(i);
    const last = parts.at(-1);
    if (last && last.across === across) last.items.push(i);
    else parts.push({ across, items: [i] });
  }
  const merged: Array<{ across: boolean; items: PdfItem[] }> = [];
  for (const p of parts) {
    const across = p.across || !p.items.some((i) => i.str.trim() && i.x >= columns.at);
    const last = merged.at(-1);
    if (last && last.across && across) last.items.push(...p.items);
    else merged.push({ across, items: [...p.items] });
  }
  return merged.flatMap((p) => (p.across ? linesOf(p.items, page, pageNo, carry, true) : columnLines(p.items, columns.at, page, pageNo, carry)));
}

// a year alone ("2025", a title's last word) is not taken for a page number
const PAGE_NUMBER = /^(?:sida\s+)?(?!(?:19|20)\d\d$)\d{1,4}(?:\s*(?:\/|av|\(|of)\s*\d{1,4}\)?)?$|^\(\s*\d{1,4}\s*\)$|^-\s*\d{1,4}\s*-$/iu;

/** Drop running headers and footers (the same text at the top or bottom of many pages) and page numbers. */
export function dropFurniture(lines: readonly Line[], pages: number): Line[] {
  const key = (l: Line): string => l.text.replace(DIGITS, '#').toLowerCase();
  const counts = new Map<string, Set<number>>();
  for (const l of lines) if (l.top || l.bottom) {
    const set = counts.get(key(l)) ?? new Set<number>();
    set.add(l.page);
    counts.set(key(l), set);
  }
  return lines.filter((l) => {
    if (!(l.top || l.bottom)) return true;
    if (PAGE_NUMBER.test(l.text)) return false;
    const n = counts.get(key(l))?.size ?? 0;
    return !(pages >= 2 && n >= Math.max(2, Math.ceil(pages * 0.5)));
  });
}

/** Lines → text: a line each, a blank line between paragraphs, page starts recorded. */
export function layoutText(lines: readonly Line[], pages: number): { text: string; pageStarts: number[]; links: Array<{ url: string; start: number; end: number }> } {
  const pageStarts: number[] = new Array<number>(pages).fill(-1);
  const links: Array<{ url: string; start: number; end: number }> = [];
  let text = '';
  let page = 0;
  let prev: Line | undefined;
  for (const l of lines) {
    // a paragraph broken by the page or column ("… genererat från Svenska" | "Postkodlotteriet
    // innebär …", "… rekvirera senast den" | "17 april 2025"): the last line before the break ends
    // no sentence and the first word after it would not have fitted on it or it ends on a word that
    // cannot end one ("den", "och"), in the same size
    const brk = l.breakBefore && !(l.pageTop !== undefined && prev?.room !== undefined && (l.pageTop > prev.room || endsWithSmallWord(prev.text))
      && Math.abs(prev.size - l.size) < l.size * 0.1);
    prev = l;
    if (l.page !== page) {
      if (text) text += brk ? '\n\n' : '\n';
      for (let p = page + 1; p <= l.page; p++) pageStarts[p - 1] = text.length;
      page = l.page;
    } else if (brk) {
      text += '\n\n';
    } else {
      text += '\n';
    }
    for (const k of l.links) links.push({ url: k.url, start: text.length + k.start, end: text.length + k.end });
    text += l.text;
  }
  for (let p = 0; p < pages; p++) if (pageStarts[p] === -1) pageStarts[p] = p === 0 ? 0 : pageStarts[p - 1]!;
  return { text: `${text}\n`, pageStarts, links };
}
