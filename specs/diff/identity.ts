import type { GrantSpec } from '../schema/index.js';
import { STOP_WORDS } from '../stopwords.js';

// Whether two specs describe one grant, for the "olika statsbidrag" warning. A curated spec's id is
// stable across years, but an extracted spec's id follows its title, and a title carries the year's
// wording: "SFS 2008:929 Förordning om … vid 2009 års val" and "Förordning (2013:1048) om … vid 2014
// års val" are one grant. So ids that differ still name one grant when the titles, without years,
// numbers and the words every grant title has, share most of their words. Two titles with too few
// words of their own to compare keep the warning: a false warning costs a glance, a missing one a
// compliance officer's mistaken comparison.

/**
 * Words that say nothing about which grant it is: the shared stop words (function words, the grant's
 * own nouns: specs/stopwords.ts) and the words of a grant title: document kinds, years, recipients.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  'anvisningar', 'anvisning', 'förordning', 'förordningen', 'sfs', 'regleringsbrev', 'utlysning', 'ansökan', 'rekvisition',
  'år', 'års', 'budgetåret', 'regioner', 'regionerna', 'kommuner', 'kommunerna', 'kommunernas', 'regionernas',
]);

/** the title's own words: lower case, letters only, without numbers and common words */
export function titleWords(title: string): ReadonlySet<string> {
  return new Set(title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !COMMON_WORDS.has(w)));
}

/** share of the words of both titles that they have in common (Jaccard), 0 when either has fewer than two */
export function titleOverlap(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size < 2 || y.size < 2) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** the share of their own words two titles of one grant have in common at least: three fifths (two grants
 * "inom hälso- och sjukvård" share half of theirs) */
export const SAME_GRANT = 0.6;

/** one grant: the same id, or titles that share SAME_GRANT of their own words */
export function sameGrant(a: Pick<GrantSpec, 'id' | 'title'>, b: Pick<GrantSpec, 'id' | 'title'>): boolean {
  if (a.id === b.id) return true;
  return titleOverlap(a.title ?? '', b.title ?? '') >= SAME_GRANT;
}
