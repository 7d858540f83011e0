import { normalizeForQuote } from '../../specs/quote.js';
import { positionOf } from '../tree/locate.js';

// Where a quote of last year's spec sits in this year's source, compared the way the contract
// compares quotes (specs/quote.ts): NFC, soft hyphens and line-break hyphenation dropped, markdown
// emphasis ignored, white space collapsed, case folded. The source is normalised once, keeping for
// each normalised character the offset it came from, so a hit maps back to line and column.

export interface Normalized {
  readonly source: string;
  readonly text: string;
  /** offset in `source` of each character of `text` */
  readonly from: number[];
  readonly lineStarts: number[];
}

export function normalizeWithOffsets(source: string): Normalized {
  let text = '';
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\u00ad' || c === '*' || c === '_' || c === '`') continue;
    if (c === '-') {
      // "-\s*\n\s*": a word broken over two lines joins up again
      let j = i + 1;
      while (j < source.length && /[^\S\n]/u.test(source[j]!)) j++;
      if (source[j] === '\n') {
        j++;
        while (j < source.length && /\s/u.test(source[j]!)) j++;
        i = j - 1;
        continue;
      }
    }
    if (/\s/u.test(c)) {
      space = true;
      continue;
    }
    if (space && text.length > 0) {
      text += ' ';
      from.push(i - 1);
    }
    space = false;
    for (const l of c.normalize('NFC').toLowerCase()) {
      text += l;
      from.push(i);
    }
  }
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  return { source, text, from, lineStarts };
}

export interface Found {
  readonly line: number;
  readonly column: number;
  /** the words as this source writes them (white space collapsed) */
  readonly quote: string;
}

/** The first place `needle` occurs in the normalised source, or undefined. */
export function locate(n: Normalized, needle: string): Found | undefined {
  const want = normalizeForQuote(needle);
  if (want === '') return undefined;
  const at = n.text.indexOf(want);
  if (at < 0) return undefined;
  const start = n.from[at]!;
  const end = n.from[at + want.length - 1]! + 1;
  const slice = n.source.slice(start, end).replace(/\s+/gu, ' ');
  // the source's own words when they compare equal to the quote, else the quote as it was
  const quote = normalizeForQuote(slice) === want ? slice : needle;
  return { ...positionOf(n.lineStarts, start), quote };
}
