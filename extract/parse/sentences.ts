// Sentence spans within one block of text. Swedish abbreviations ("t.ex.", "bl.a.", "kap.")
// and list numbers ("1. ") do not end a sentence.

import { ABBREVIATIONS as LEXICON_ABBREVIATIONS } from '../cues/lexicon.js';

export interface Span { readonly start: number; readonly end: number }

const ABBREVIATIONS = new Set(LEXICON_ABBREVIATIONS);

/** Sentence spans, trimmed; each ends after its terminal punctuation. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+["”(•\-–]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    const word = /(?:^|[\s(])([\p{L}./]+)$/u.exec(text.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    // "7 kap. 4 §", "1. stärka": a number followed by a dot is an ordinal, not an end.
    if (m[0] === '.' && /(?:^|\s)\d{1,3}$/u.test(text.slice(start, m.index))) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

