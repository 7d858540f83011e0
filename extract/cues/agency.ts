import { AGENCIES, alternation, NOT_DISTRIBUTORS } from './lexicon.js';

// The lexicon's agency names, found in one pass over a text by one precompiled alternation
// (longest name first), instead of one pattern per agency per sentence. The names are matched
// as texts write them: case as listed, between ASCII word boundaries, the genitive ("Boverkets")
// counted as a mention. One pass finds every mention as long as no name holds another as a
// whole word, which test/extract/agency.test.ts checks for the whole lexicon.

const NAMES = alternation(AGENCIES);
const NAMED = new RegExp(String.raw`\b(${NAMES})\b`, 'gu');
const MENTIONED = new RegExp(String.raw`\b(${NAMES})(?:s)?\b`, 'gu');

/** The agencies a text names, in the lexicon's order, each once. */
export function agenciesNamed(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(NAMED)) found.add(m[1]!);
  return AGENCIES.filter((a) => found.has(a));
}

/** The first agency (in the lexicon's order) a text names that may distribute a grant. */
export function distributorNamed(text: string): string | undefined {
  return agenciesNamed(text).find((a) => !NOT_DISTRIBUTORS.has(a));
}

export interface Mentions { readonly name: string; readonly count: number; /** the first text that names it */ readonly first: number }

/**
 * The distributing agency the texts name most often, its genitive too, and the first text that names it; of
 * equals, the first in the lexicon's order.
 */
export function mostNamedAgency(texts: readonly string[]): Mentions | undefined {
  const count = new Map<string, number>();
  const first = new Map<string, number>();
  texts.forEach((text, i) => {
    for (const m of text.matchAll(MENTIONED)) {
      count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
      if (!first.has(m[1]!)) first.set(m[1]!, i);
    }
  });
  let best: Mentions | undefined;
  for (const name of AGENCIES) {
    // a party that never distributes (SKR, the old SKL) is no grant's agency however often named:
    // a föreskrift's series code "BFS 1990:27 - SKL 1" names no SKL either (dev 1136)
    if (NOT_DISTRIBUTORS.has(name)) continue;
    const n = count.get(name) ?? 0;
    if (n > (best?.count ?? 0)) best = { name, count: n, first: first.get(name)! };
  }
  return best;
}
