import { hyphenJoin } from '../read/hyphen.js';
import type { Doc, Located } from './types.js';

// Offsets ↔ line/column/page, and the quote for a located span: the source slice it came from,
// white space collapsed. A word hyphenated across lines is written joined, as the normalizer
// read it; a real hyphen at a line end is kept with its line break, so that the quote compares
// equal to the source under the contract's normalization.

export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based index of the line an offset stands on: the last line start at or before it (a binary search of `starts`). */
export function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  const lo = lineIndex(starts, offset);
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Line and column of a source offset in the original file (the markup, for a web page). */
export function placeOf(doc: Pick<Doc, 'lineStarts' | 'origin'>, offset: number): { line: number; column: number } {
  if (!doc.origin) return positionOf(doc.lineStarts, offset);
  return positionOf(doc.origin.lineStarts, doc.origin.offsets[Math.min(offset, doc.origin.offsets.length - 1)] ?? 0);
}

export function pageOf(pageStarts: readonly number[] | undefined, offset: number): number | undefined {
  if (!pageStarts || pageStarts.length === 0) return undefined;
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i + 1;
  return page;
}

/** Source offsets [start, end) of a located span. */
export function sourceSpan(loc: Located): { start: number; end: number } {
  const { src } = loc.block.seg;
  const start = src[loc.start] ?? 0;
  const end = (src[Math.max(loc.start, loc.end - 1)] ?? start) + 1;
  return { start, end: Math.max(end, start) };
}

export function collapseQuote(raw: string): string {
  return raw
    .replace(/-[ \t\u00a0]*(?:\r?\n|\r)\s*/gu, (m: string, at: number, all: string) =>
      (hyphenJoin(all.slice(Math.max(0, at - 79), at + 1), all.slice(at + m.length, at + m.length + 80)) === 'join' ? '' : '-\u0000'))
    .replace(/\s+/gu, ' ')
    .replace(/\u0000/gu, '\n')
    .trim();
}

export function quoteOf(doc: Doc, loc: Located): string {
  const { start, end } = sourceSpan(loc);
  return collapseQuote(doc.source.slice(start, end));
}

/**
 * The line and column in `doc.source` of a place given in the original file: for a web page the
 * evidence points into the markup, while review shows the text a reader sees.
 */
export function sourcePlace(doc: Pick<Doc, 'lineStarts' | 'origin'>, line: number, column = 1): { line: number; column: number } {
  if (!doc.origin) return { line, column };
  const target = (doc.origin.lineStarts[line - 1] ?? 0) + column - 1;
  const i = doc.origin.offsets.indexOf(target);
  return positionOf(doc.lineStarts, i >= 0 ? i : 0);
}
