// List items matched by what they say, not where they stand: a reworded condition is one change,
// not a removal and an addition. Items are compared by their content words, stemmed (Swedish
// Snowball, with its -ing/-ning nouns joined to their verbs), so "Medlen får användas till
// kompetensutveckling av personalen" and "Bidraget kan användas för att kompetensutveckla personal"
// share their meaning words, and "och", "att", "för" or "medlen" share nothing (the shared stop
// words, specs/lexicon.ts).

import { STOP_WORDS } from '../lexicon.js';
import { denyingWords, itemText, stem } from './wording.js';

export { denyingWords, itemText, stem } from './wording.js';

/** An item's content words, stemmed; numbers stay as written (a changed figure is another item). */
export function contentWords(s: string): string[] {
  return s.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => (/\p{L}/u.test(w) ? stem(w) : w));
}

/** An item's words as written, lower-cased: what an item made only of stop words is matched by. */
function plainWords(s: string): Set<string> {
  return new Set(s.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

/**
 * Dice similarity of two items' content stems; when either item is made only of shared stop words
 * ("medel och insatser") the two are compared by their words as written, so editing such an item is
 * still one change of it and not a removal and an addition.
 */
function itemSimilarity(a: string, wa: ReadonlySet<string>, b: string, wb: ReadonlySet<string>): number {
  return wa.size && wb.size ? dice(wa, wb) : dice(plainWords(a), plainWords(b));
}

/** Dice similarity of two sets of stems, 0–1 (both empty: 1). */
export function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Dice similarity of the two items' content stems, 0–1. */
export function similarity(a: string, b: string): number {
  return itemSimilarity(a, new Set(contentWords(a)), b, new Set(contentWords(b)));
}

export function matchItems(xs: readonly string[], ys: readonly string[], threshold = 0.5): { pairs: Array<[number, number]> ; removed: number[]; added: number[] } {
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const pairs: Array<[number, number]> = [];
  // unchanged items first: most of a year's list stays as it was
  const byText = new Map<string, number[]>();
  ys.forEach((y, j) => byText.set(y, [...(byText.get(y) ?? []), j]));
  xs.forEach((x, i) => {
    const js = byText.get(x);
    const j = js?.find((k) => !usedY.has(k));
    if (j !== undefined) { usedX.add(i); usedY.add(j); pairs.push([i, j]); }
  });
  // content stems only for the items left over
  const wx = xs.map((x, i) => (usedX.has(i) ? new Set<string>() : new Set(contentWords(x))));
  const wy = ys.map((y, j) => (usedY.has(j) ? new Set<string>() : new Set(contentWords(y))));
  const candidates: Array<[number, number, number]> = [];
  xs.forEach((_, i) => {
    if (usedX.has(i)) return;
    ys.forEach((__, j) => {
      if (usedY.has(j)) return;
      const sim = itemSimilarity(xs[i]!, wx[i]!, ys[j]!, wy[j]!);
      if (sim >= threshold) candidates.push([sim, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of candidates) {
    if (usedX.has(i) || usedY.has(j)) continue;
    usedX.add(i); usedY.add(j);
    pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return { pairs, removed: xs.map((_, i) => i).filter((i) => !usedX.has(i)), added: ys.map((_, j) => j).filter((j) => !usedY.has(j)) };
}

export interface WordPart { readonly op: '=' | '-' | '+'; readonly text: string }

/** Word-level diff (longest common subsequence of words), runs merged. */
export function wordDiff(a: string, b: string): WordPart[] {
  const x = a.split(/\s+/u).filter(Boolean);
  const y = b.split(/\s+/u).filter(Boolean);
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: WordPart[] = [];
  const push = (op: WordPart['op'], w: string): void => {
    const last = parts.at(-1);
    if (last && last.op === op) parts[parts.length - 1] = { op, text: `${last.text} ${w}` };
    else parts.push({ op, text: w });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { push('=', x[i]!); i++; j++; } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) { push('+', y[j]!); j++; } else { push('-', x[i]!); i++; }
  }
  return parts;
}

/** the words a use's sentence leads its list with ("Bidraget kan användas till …"), not one of its uses */
const LIST_LEAD = new Set(['bidraget', 'stödet', 'medlen', 'medel', 'stipendiet', 'användas', 'sökas', 'beviljas', 'lämnas'].map(stem));

/**
 * Whether two lists of a field say the same items split otherwise: "- arvoden till kulturutövare / - lokalhyra / - material"
 * and "Bidraget kan användas till arvoden till kulturutövare, lokalhyra och material." (diffvary59's list ↔ prose pairs)
 * permit the same uses. Only lists of different lengths (items joined into a sentence or split out of one), with the same
 * content words when the lead of a use's sentence is left out, and as many negations.
 */
export function sameListWords(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === b.length || a.length === 0 || b.length === 0) return false;
  const ta = a.map(itemText);
  const tb = b.map(itemText);
  if (ta.some((t) => t === undefined) || tb.some((t) => t === undefined)) return false;
  const words = (ts: Array<string | undefined>): string => [...new Set(ts.flatMap((t) => contentWords(t!)).filter((w) => !LIST_LEAD.has(w)))].sort().join(' ');
  const negations = (ts: Array<string | undefined>): number => denyingWords(ts.flatMap((t) => t!.toLowerCase().split(/[^\p{L}]+/u)));
  const wa = words(ta);
  return wa.split(' ').length >= 2 && wa === words(tb) && negations(ta) === negations(tb);
}
