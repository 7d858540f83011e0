import type { GrantSpec } from '../schema/index.js';
import { PAGE_CHROME_WORDS, STOP_WORDS } from '../lexicon.js';

// Whether two specs describe one grant, for the "olika statsbidrag" warning. A curated spec's id is
// stable across years, but an extracted spec's id follows its title, and a title carries the year's
// wording: "SFS 2008:929 Förordning om … vid 2009 års val" and "Förordning (2013:1048) om … vid 2014
// års val" are one grant. So ids that differ still name one grant when the titles, without years,
// numbers and the words every grant title has, share most of their words. A title with too few words
// of its own (generic, or the page's chrome) decides nothing: the ids do, and warn when their own words
// differ; ids with no words of their own cannot tell, and give no warning on the title alone.

/**
 * Words that say nothing about which grant it is: the shared stop words (function words, the grant's
 * own nouns: specs/lexicon.ts) and the words of a grant title: document kinds, years, recipients.
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

/**
 * A title that cannot tell grants apart: generic ("Statsbidrag", "Bidrag 2026") or a heading of the
 * page's chrome ("Startsida", "Hoppa till huvudinnehåll"), fewer than two words of its own.
 */
export function poorTitle(title: string | undefined): boolean {
  let own = 0;
  for (const w of titleWords(title ?? '')) if (!PAGE_CHROME_WORDS.has(w)) own += 1;
  return own < 2;
}

const fold = (w: string): string => w.replace(/[åä]/gu, 'a').replace(/ö/gu, 'o').replace(/é/gu, 'e');
/** the common and the chrome words as an id writes them (letters folded to a–z: "for", "huvudinnehall") */
const ID_COMMON: ReadonlySet<string> = new Set([...COMMON_WORDS, ...PAGE_CHROME_WORDS].map(fold));

/** an id's own words ("kompetensforsorjning-halso-och-sjukvard" → kompetensforsorjning, halso, sjukvard) */
function idWords(id: string): ReadonlySet<string> {
  return new Set(fold(id.toLowerCase()).split(/[^a-z]+/u).filter((w) => w.length > 1 && !ID_COMMON.has(w)));
}

/**
 * One grant: the same id, or titles that share SAME_GRANT of their own words. Where a title is poor
 * (poorTitle), it says nothing either way: the ids decide, by their own words (the shorter id's words
 * mostly in the longer one), and ids with none (one
 * made from that poor title: "statsbidrag") cannot tell two grants apart, so no warning is given.
 */
export function sameGrant(a: Pick<GrantSpec, 'id' | 'title'>, b: Pick<GrantSpec, 'id' | 'title'>): boolean {
  if (a.id === b.id) return true;
  if (poorTitle(a.title) || poorTitle(b.title)) {
    const x = idWords(a.id);
    const y = idWords(b.id);
    if (x.size === 0 || y.size === 0) return true;
    let shared = 0;
    for (const w of x) if (y.has(w)) shared += 1;
    // the shorter id's words, mostly in the longer one: an id made from a title of a few words is short
    return shared / Math.min(x.size, y.size) >= SAME_GRANT;
  }
  return titleOverlap(a.title ?? '', b.title ?? '') >= SAME_GRANT;
}
