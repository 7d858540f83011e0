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
  readonly top: boolean;
  readonly bottom: boolean;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
// Word exports bullets in the Symbol or Wingdings fonts' private-use code points
const BULLETS = /^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25cf\u25aa\u25a0\u2022\u2023\u2043\u00b7\u25e6\uf0a8]$/u;

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

/** Where a two-column page splits, or undefined for one column. */
export function columnSplit(page: PdfPage): number | undefined {
  // page numbers and running heads sit across the middle; they say nothing about columns
  // body text only: a title spanning both columns, page numbers and running heads say nothing about columns
  const body = median(page.items.filter((i) => i.str.trim()).map((i) => i.size));
  const items = page.items.filter((i) => i.str.trim() && Math.abs(i.size - body) <= body * 0.15 && i.width < page.width * 0.6
    && i.y > page.height * 0.08 && i.y < page.height * 0.92);
  if (items.length < 4) return undefined;
  const lo = page.width * 0.3;
  const hi = page.width * 0.7;
  const step = page.width / 200;
  const samples: number[] = [];
  for (let x = lo; x <= hi; x += step) samples.push(x);
  const crossing = coverage(samples, items);
  let best: { at: number; width: number } | undefined;
  let runStart: number | undefined;
  for (let k = 0; k < samples.length; k++) {
    const x = samples[k]!;
    const across = crossing[k]! > 0;
    if (!across && runStart === undefined) runStart = x;
    if ((across || x + step > hi) && runStart !== undefined) {
      const width = x - runStart;
      if (!best || width > best.width) best = { at: runStart + width / 2, width };
      runStart = undefined;
    }
  }
  if (!best || best.width < page.width * 0.015) return undefined;
  const left = items.filter((i) => i.x + i.width <= best!.at).reduce((n, i) => n + i.str.length, 0);
  const right = items.filter((i) => i.x >= best!.at).reduce((n, i) => n + i.str.length, 0);
  const total = left + right;
  const leftItems = items.filter((i) => i.x + i.width <= best!.at).length;
  const rightSide = items.filter((i) => i.x >= best!.at);
  const rightItems = rightSide.length;
  // a table of names and amounts (a fördelningslista) has a wide gap too, but its right side is numbers: rows, not columns
  const numeric = rightSide.filter((i) => /^[\d\s\u00a0.,:%-]+(?:kr|kronor|tkr)?$/iu.test(i.str.trim())).length;
  if (rightItems > 0 && numeric >= rightItems * 0.7) return undefined;
  return left > total * 0.2 && right > total * 0.2 && leftItems >= 2 && rightItems >= 2 ? best.at : undefined;
}

/**
 * For each of the ascending sample points, how many items lie across it (i.x < x < i.x + i.width):
 * each item covers one run of samples, found by binary search, so a page costs its items times
 * log(samples) rather than items times samples.
 */
function coverage(samples: readonly number[], items: readonly PdfItem[]): Int32Array {
  const diff = new Int32Array(samples.length + 1);
  // the first sample for which `past(sample)` holds (the predicate holds for a suffix)
  const firstWhere = (past: (x: number) => boolean): number => {
    let lo = 0;
    let hi = samples.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(samples[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const i of items) {
    const from = firstWhere((x) => i.x < x);
    const to = firstWhere((x) => !(i.x + i.width > x));
    if (from < to) { diff[from]!++; diff[to]!--; }
  }
  let n = 0;
  for (let k = 0; k < samples.length; k++) diff[k] = n += diff[k]!;
  return diff;
}

function linkOf(item: PdfItem, links: readonly PdfLink[]): PdfLink | undefined {
  const cx = item.x + item.width / 2;
  const cy = item.y + item.size * 0.3;
  return links.find((l) => cx >= Math.min(l.rect[0], l.rect[2]) - 1 && cx <= Math.max(l.rect[0], l.rect[2]) + 1
    && cy >= Math.min(l.rect[1], l.rect[3]) - 1 && cy <= Math.max(l.rect[1], l.rect[3]) + 1);
}

/** Collapse white space and trim, keeping link offsets aligned. */
function cleanLine(text: string, links: readonly LineLink[]): { text: string; links: LineLink[] } {
  const map: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    map.push(out.length);
    const c = text.charCodeAt(i);
    // JavaScript's \s: ASCII tab to carriage return and space, and the pattern for the rest
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/u.test(ch))) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    } else out += ch;
  }
  map.push(out.length);
  const trimmed = out.replace(/\s+$/u, '').replace(/^• ?/u, '• ');
  const shift = trimmed.length - out.replace(/\s+$/u, '').length;
  return {
    text: trimmed,
    links: links.map((l) => ({ url: l.url, start: Math.min(trimmed.length, map[l.start]! + shift), end: Math.min(trimmed.length, map[l.end]! + shift) }))
      .filter((l) => l.end > l.start),
  };
}

/** What a column hands on to the next: whether its last line was inside a bulleted item. */
export interface Carry { glyphItem: boolean }

/** One column's items → lines, top to bottom. */
function linesOf(items: readonly PdfItem[], page: PdfPage, pageNo: number, carry: Carry): Line[] {
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
      if (/^\d{1,2}$/u.test(s.trim()) && i.size < size * 0.85 && i.y > base + size * 0.15) s = [...s.trim()].map((c) => SUPERSCRIPT[c] ?? c).join('');
      if (BULLETS.test(s.trim())) s = '•';
      const gap = end === undefined ? 0 : i.x - end;
      const joined = /\s$/u.test(text) || /^\s/u.test(s);
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
    if (/^\d{1,3}[.)]\p{L}/u.test(text.trim())) {
      const at = text.indexOf(text.trim()) + /^\d{1,3}[.)]/u.exec(text.trim())![0].length;
      text = `${text.slice(0, at)} ${text.slice(at)}`;
      links = links.map((k) => (k.start >= at ? { ...k, start: k.start + 1, end: k.end + 1 } : k));
    }
    const isIndented = (x: { x: number }): boolean => x.x > margin + bodySize * 0.8 && x.x < margin + bodySize * 4;
    const marked = /^(?:•|\d{1,3}[.)]\s)/u.test(text.trim());
    // under a bullet, continuation lines hang at the item's text; a line back at the bullet's own
    // left edge has left the list
    const leftList = glyphItem && !marked && l.x <= bulletX + bodySize * 0.5;
    // an item broken over a column or page goes on, hanging, at the top of the next
    const continuesItem = i === 0 && carried && !marked && (isIndented(l) || /^\p{Ll}/u.test(text.trim()));
    const furniture = PAGE_NUMBER.test(text.trim()) || l.y < page.height * 0.05;
    if (furniture) { /* page numbers and running heads do not end a list */ } else if (marked) { glyphItem = true; bulletX = l.x; } else if (continuesItem) { glyphItem = true; bulletX = margin; } else if (!isIndented(l) || leftList) glyphItem = false;
    // indented lines under a bullet glyph continue its item; without one, the bullets were graphics
    if (!marked && !glyphItem && isIndented(l)) {
      const prevIndented = prev !== undefined && isIndented(prev);
      const prevText = prev?.text.trim() ?? '';
      // a line that ends well before the column's edge was broken on purpose: the next one is a new item
      const endedEarly = prev !== undefined && prev.right < columnRight - bodySize * 4 && !/(?:och|eller|samt)$/u.test(prevText);
      const startsItem = !prevIndented || endedEarly || (/[.;:!?]$/u.test(prevText) && /^\p{Lu}/u.test(text.trim()));
      if (startsItem) {
        text = `• ${text}`;
        links = links.map((k) => ({ ...k, start: k.start + 2, end: k.end + 2 }));
      }
    }
    const cleaned = cleanLine(text, links);
    out.push({
      page: pageNo, y: l.y, x: l.x, size: l.size, text: cleaned.text, links: cleaned.links,
      // a paragraph ends where its last line stops short of the column's edge and the next begins anew
      // paragraph spacing: more than a line's own leading plus a quarter of its size
      breakBefore: (i === 0 && !continuesItem) || leftList || gap > Math.max(spacing, l.size * 1.15) + Math.max(2, l.size * 0.25) || sizeChange || /^(?:•|\d{1,3}[.)]\s)/u.test(cleaned.text)
        || (prev !== undefined && !(glyphItem && !marked) && prev.right < columnRight - bodySize * 4 && /^[\p{Lu}\d"”(]/u.test(cleaned.text)
          && !/\s(?:och|eller|samt|att|för|av|i|om|med|till|på|som|en|ett|den|det|de|är|inom|under|enligt)$/iu.test(prev.text)),
      top: l.y > page.height * 0.92, bottom: l.y < page.height * 0.08,
    });
    prevY = l.y;
  });
  carry.glyphItem = glyphItem;
  return out;
}

export function pageLines(page: PdfPage, pageNo: number, carry: Carry = { glyphItem: false }): Line[] {
  const split = columnSplit(page);
  if (split === undefined) return linesOf(page.items, page, pageNo, carry);
  // a run that overflows the left column (a long e-mail address) continues its line, not the right column
  const left: PdfItem[] = page.items.filter((i) => i.x < split);
  const right: PdfItem[] = [];
  for (const i of [...page.items].filter((x) => x.x >= split).sort((a, b) => a.x - b.x)) {
    const touches = left.some((l) => Math.abs(l.y - i.y) < i.size * 0.3 && Math.abs(l.x + l.width - i.x) < i.size * 0.3);
    (touches ? left : right).push(i);
  }
  const l = linesOf(left, page, pageNo, carry);
  return [...l, ...linesOf(right, page, pageNo, carry)];
}

// a year alone ("2025", a title's last word) is not taken for a page number
const PAGE_NUMBER = /^(?:sida\s+)?(?!(?:19|20)\d\d$)\d{1,4}(?:\s*(?:\/|av|\(|of)\s*\d{1,4}\)?)?$|^\(\s*\d{1,4}\s*\)$|^-\s*\d{1,4}\s*-$/iu;

/** Drop running headers and footers (the same text at the top or bottom of many pages) and page numbers. */
export function dropFurniture(lines: readonly Line[], pages: number): Line[] {
  const key = (l: Line): string => l.text.replace(/\d+/gu, '#').toLowerCase();
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
  for (const l of lines) {
    if (l.page !== page) {
      if (text) text += l.breakBefore ? '\n\n' : '\n';
      for (let p = page + 1; p <= l.page; p++) pageStarts[p - 1] = text.length;
      page = l.page;
    } else if (l.breakBefore) {
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
