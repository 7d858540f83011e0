import { normalizeForQuote } from '../quote.js';

// What the change report's "same wording" predicates are built of (text.ts sameButLinkAnnotations, sameButDefiniteForm,
// sameButFormAlternative, sameButExclusionLead, sameWordsReordered; lists.ts sameListWords; index.ts sameAimExtended;
// dates.ts sameReading's one noun; concepts.ts sameRequirement, samePayment): a sentence's key and its words, the words
// that deny, a list item's text, a noun's definite form and a wording with one part dropped. One home, so that two
// predicates never read "the same words" or "as many negations" two ways.

/**
 * A link's annotations, which a site writes after the link's text and changes with its templates or the file's size: "Pdf,
 * 417 kB." → "Pdf, 997 kB, öppnas i nytt fönster." (Svenljunga's rules linked from one sentence, diff q259/q260), "Länk till
 * annan webbplats". The sentence around the link says the same.
 */
export const LINK_ANNOTATION = /(?<![\p{L}\p{N}])(?:(?:pdf|word|excel|docx?|xlsx?)\s?,\s?\d{1,5}(?:[.,]\d{1,3})?\s?[km]b|öppnas\s+i\s+(?:ett\s+)?nytt\s+fönster|länk\s+till\s+(?:en\s+)?annan\s+webbplats)(?![\p{L}\p{N}])/giu;

/** Letters and digits only, lower-cased, one space between words: what wording marks (and a hyphen inside a word) cannot change. */
export function sentenceKey(s: string): string {
  // a word broken at a line's end and joined with its hyphen kept ("Kammar-kollegiet") is the same word
  return normalizeForQuote(s).replace(LINK_ANNOTATION, ' ').replace(/(?<=\p{L})-(?=\p{Ll})/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A text's words as its key has them (lower-cased, marks dropped), in order. */
export const keyWords = (s: string): string[] => sentenceKey(s).split(' ');

/** A text's key between two spaces, so that `includes(" words ")` finds whole words only. */
export const spacedKey = (s: string): string => ` ${sentenceKey(s)} `;

/** the words that negate ("inte", "ej", …) */
export const NEGATING_WORDS: ReadonlySet<string> = new Set(['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig']);
/** the words that deny or except ("inte", "utom", …): two wordings with different counts of them do not say the same */
export const DENYING_WORDS: ReadonlySet<string> = new Set([...NEGATING_WORDS, 'utom', 'förutom']);

/** How many of `words` (lower-cased, already split) negate. */
export const negatingWords = (words: readonly string[]): number => words.filter((w) => NEGATING_WORDS.has(w)).length;
/** How many of `words` (lower-cased, already split) deny or except. */
export const denyingWords = (words: readonly string[]): number => words.filter((w) => DENYING_WORDS.has(w)).length;

/** A list item's text: the item itself when a string, its `text` when an object has one, else undefined. */
export const itemText = (x: unknown): string | undefined => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string' ? (x as { text: string }).text : undefined);

/** The texts of two items that are objects with a `text` each ({ text, quote, line }), else undefined. */
export function itemTexts(a: unknown, b: unknown): [string, string] | undefined {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return undefined;
  const ta = (a as { text?: unknown }).text;
  const tb = (b as { text?: unknown }).text;
  return typeof ta === 'string' && typeof tb === 'string' ? [ta, tb] : undefined;
}

/** the endings of a noun's definite form: singular ("projektbidraget", "e-tjänsten") and plural ("ansökningarna") */
export const DEFINITE_ENDINGS: readonly string[] = ['et', 'en', 'na', 'n', 't'];
/** the endings of a noun's singular definite form */
export const SINGULAR_DEFINITE_ENDINGS: readonly string[] = ['en', 'et', 'n', 't'];

/**
 * Whether one of two words is the other in its definite form: the shorter one, of four letters or more, with one of
 * `endings` after it ("formulär" and "formuläret").
 */
export function oneDefiniteForm(a: string, b: string, endings: readonly string[] = DEFINITE_ENDINGS): boolean {
  const [x, y] = [a, b].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 4 && y.startsWith(x) && endings.includes(y.slice(x.length));
}

/** Whether two texts differ in their keys, and are the same once `drop` has taken a part out of one of them. */
export function sameButDropped(a: string, b: string, drop: (s: string) => string): boolean {
  const ka = sentenceKey(a);
  const kb = sentenceKey(b);
  return ka !== kb && (sentenceKey(drop(a)) === kb || sentenceKey(drop(b)) === ka);
}

/**
 * A key with the correlative "såväl X som Y" written as "både X och Y": "Föreningen ska ha såväl stadgar som en vald styrelse."
 * → "Föreningen ska ha både stadgar och en vald styrelse." (diff33 left open) says the same. X is at most five words, so a "som"
 * further on (a relative clause) is never read as the pair's second half.
 */
export function withCorrelativeBoth(key: string): string {
  return key.replace(/(?<![\p{L}\p{N}])såväl ((?:[\p{L}\p{N}]+ ){1,5}?)som(?![\p{L}\p{N}])/gu, 'både $1och');
}

/** Whether two sentences differ only in "såväl … som" written "både … och" (withCorrelativeBoth). */
export function sameButCorrelative(a: string, b: string): boolean {
  const ka = sentenceKey(a);
  const kb = sentenceKey(b);
  return ka !== kb && withCorrelativeBoth(ka) === withCorrelativeBoth(kb);
}

/**
 * Words that name the same people or thing, each group in its plain forms: "stärka ungas delaktighet" → "stärka ungdomars
 * delaktighet" (diff34's short purpose items, diff35 class 1) says the same aim. Only words a grant text uses of one group
 * interchangeably; "unga" and "äldre", "barn" and "barnfamiljer" name other people and are in no group together.
 */
export const SAME_MEANING_WORDS: ReadonlyArray<readonly string[]> = [
  ['unga', 'ungdomar'],
  ['äldre', 'seniorer'],
  ['funktionsnedsättning', 'funktionshinder', 'funktionsvariation'],
  ['flickor', 'tjejer'],
  ['pojkar', 'killar'],
];
