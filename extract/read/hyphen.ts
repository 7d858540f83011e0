import { sv } from '../parse/unicode.js';

// A hyphen at the end of a line, and how the words around it read once the lines are joined.
// One decision for the normalizer (which joins the text) and for quotes (which must join the same
// way), so that a value and its quote never disagree.

// a hyphen before one of these is a real one: "hälso- och sjukvården", "barn- eller"
const KEEPERS = sv(/^(?:och|eller|samt|respektive|resp\.|till|som|men|utan)\b/u);

export type HyphenJoin = 'join' | 'keep' | 'keep-space';

/** `before` ends with the hyphen (at least the last few characters of the line); `after` starts the next line. */
export function hyphenJoin(before: string, after: string): HyphenJoin {
  if (!/\p{L}-$/u.test(before) || !/^\p{L}/u.test(after)) return 'keep';
  if (KEEPERS.test(after)) return 'keep-space';
  if (!/^\p{Ll}/u.test(after)) return 'keep'; // "COVID-" + "19", "e-" + "Tjänst"
  if (/[\p{Lu}\d]-$/u.test(before)) return 'keep'; // "PEPPIL-" + "id"
  if (/(?:^|[^\p{L}])\p{L}-$/u.test(before)) return 'keep'; // "e-" + "tjänsten": a single letter is never a syllable of its own
  if (/^[^\s@]*@/u.test(after) || /[@/]\S*-$/u.test(before)) return 'keep'; // inside an e-mail address or URL
  return 'join'; // "vårdka-" + "paciteten" → "vårdkapaciteten"
}
