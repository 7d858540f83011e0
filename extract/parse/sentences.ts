// Sentence spans within one block of text. Swedish abbreviations ("t.ex.", "bl.a.", "kap.")
// and list numbers ("1. ") do not end a sentence.

export interface Span { readonly start: number; readonly end: number }

const ABBREVIATIONS = new Set([
  't.ex', 'bl.a', 'inkl', 'exkl', 'ca', 'kap', 'nr', 's', 'resp', 'm.m', 'osv', 'dvs', 'jfr', 'st', 'kl',
  't.o.m', 'fr.o.m', 'o.d', 'm.fl', 'd.v.s', 'p.g.a', 'pga', 'f.d', 'ev', 'tel', 'avd', 'mom', 'prop', 'dnr',
  'ang', 'enl', 'förf', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'c/o', 'e.d', 'i.o.m', 'sk', 'vs',
]);

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

