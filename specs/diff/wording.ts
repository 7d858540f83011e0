import { stemmer } from '@orama/stemmers/swedish';
import { normalizeForQuote } from '../quote.js';

// What the change report's "same wording" predicates are built of (text.ts sameButLinkAnnotations, this file's sameButOneWord,
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
  // "Villkoret för arbetsstipendium är att …" → "Kriteriet för arbetsstipendium är att …" (Region Kalmar, diff q366/q365)
  ['villkor', 'villkoret', 'kriterium', 'kriteriet', 'kriterier'],
];

/**
 * Words written two ways with one meaning: the older spelling of "ska" ("skall") is the same modal verb, so "Till
 * stipendieansökan skall bifogas …" and "… ska bifogas …" differ in no word there (Region Jämtland Härjedalen, diff q358/q359).
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([['skall', 'ska']]);
const spelled = (w: string): string => SPELLINGS.get(w) ?? w;

/**
 * the first parts that name the grant itself in a compound of an application or a report ("stipendieansökan",
 * "bidragsansökan", "projektansökan"): the compound is the plain word of the same text (oneWordTwoWays), a part that names
 * something else ("slutrapport", "delredovisning") is not one of them
 */
const GRANT_PARTS: readonly string[] = ['stipendie', 'bidrags', 'stöd', 'projekt'];
/** the plain words a grant part may stand before */
const GRANT_PART_HEADS: ReadonlySet<string> = new Set(['ansökan', 'ansökningen', 'ansökningar', 'ansökningarna']);

/** Whether one word is the other with a part naming the grant before it ("stipendieansökan" and "ansökan"). */
function grantCompound(a: string, b: string): boolean {
  const [x, y] = [a, b].sort((p, q) => p.length - q.length) as [string, string];
  return GRANT_PART_HEADS.has(x) && GRANT_PARTS.some((part) => y === `${part}${x}`);
}

/** The stem a word's meaning stands on: Snowball's, with "-ing"/"-ning" cut so the noun meets its verb. */
export function stem(word: string): string {
  const s = stemmer(word);
  const cut = s.replace(/n?ing$/u, '');
  return cut.length >= 4 ? cut : s;
}

/** A word's root: its stem with a genitive "-s" dropped first ("ungdomars" and "ungdomar", "ungas" and "unga" meet). */
function wordRoot(word: string): string {
  const bare = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return stem(bare);
}

/** each root of SAME_MEANING_WORDS with its group's number */
let meaningGroups: Map<string, number> | undefined;
const meaningGroup = (root: string): number | undefined => {
  meaningGroups ??= new Map(SAME_MEANING_WORDS.flatMap((g, i) => g.map((w) => [wordRoot(w), i] as const)));
  return meaningGroups.get(root);
};

/** A word's meaning as a key: its SAME_MEANING_WORDS group ("=2") when it has one, else its root ("ungdomars" → "=0"). */
export function meaningKey(word: string): string {
  const root = wordRoot(word.toLowerCase());
  const g = meaningGroup(root);
  return g === undefined ? root : `=${g}`;
}

/** the endings of a noun's definite form: singular ("projektbidraget", "e-tjänsten") and plural ("ansökningarna") */
const DEFINITE_ENDINGS: readonly string[] = ['et', 'en', 'na', 'n', 't'];

/**
 * Whether one of two words is the other in its definite form: the shorter one, of four letters or more, with a definite ending
 * after it ("formulär" and "formuläret", "Projektbidrag" and "Projektbidraget"), a genitive "-s" after both alike ("kommuns" and
 * "kommunens").
 */
function oneDefiniteForm(a: string, b: string): boolean {
  const [x, y] = [a, b].sort((p, q) => p.length - q.length) as [string, string];
  const gen = x.length > 4 && y.length > 4 && x.endsWith('s') && y.endsWith('s');
  const [bx, by] = gen ? [x.slice(0, -1), y.slice(0, -1)] : [x, y];
  return bx.length >= 4 && by.startsWith(bx) && DEFINITE_ENDINGS.includes(by.slice(bx.length));
}

/**
 * Whether two single words are one word written another way: the one in its definite form, another form of the same root
 * ("föreningars" and "föreningarnas", "ungas" and "unga"), or two words of one SAME_MEANING_WORDS group ("ungas" and
 * "ungdomars"). A word that denies ("inga") beside one that does not, a number or a word of another root is another word.
 */
function oneWordTwoWays(x: string, y: string): boolean {
  if (oneDefiniteForm(x, y) || grantCompound(x, y)) return true;
  if (!/^\p{L}{3,}$/u.test(x) || !/^\p{L}{3,}$/u.test(y) || denyingWords([x]) !== denyingWords([y])) return false;
  const [rx, ry] = [wordRoot(x), wordRoot(y)];
  if (rx === ry) return formKind(x) === formKind(y);
  const gx = meaningGroup(rx);
  return gx !== undefined && gx === meaningGroup(ry);
}

/**
 * The endings that tell a word's number or tense where its root does not: Snowball cuts a plural's "-er"/"-ar"/"-or" ("kommunen"
 * and "kommunerna", "krona" and "kronor" meet on one root) and a past tense's "-ade"/"-de"/"-te" ("utbetalas" and "utbetalades"),
 * which say other things of a rule: the one kommun or all of them, a payment made or to be made (review78b D1–D6). A participle
 * or a noun in "-ande"/"-ende" ("sökande", "gällande") is no past tense.
 */
const PLURAL_FORM = /(?:or|ar|er)(?:na)?s?$/u;
const PAST_FORM = /(?<![ae]n)(?:de|te)s?$/u;

/** A word's number or tense by its ending (PLURAL_FORM, PAST_FORM), '' for a word of four letters or fewer or neither. */
function formKind(w: string): string {
  if (w.length <= 4) return '';
  return PAST_FORM.test(w) ? 'past' : PLURAL_FORM.test(w) ? 'plural' : '';
}

/** the nouns of people a word before them names, said or left out alike: "ungas" and "unga människors" name the same people */
const PERSON_HEADS: ReadonlySet<string> = new Set(['människor', 'människors', 'personer', 'personers', 'individer', 'individers']);

/**
 * The longer text's words with one word left out where it is one word longer than the other and that word is said or left out
 * alike, else undefined:
 * - a person noun after a word of its own ("stärka unga människors delaktighet" beside "stärka ungas delaktighet", diff36
 *   class 5): the word before it is then compared as the one word, so "äldre människors" beside "ungas" still differs;
 * - an owner's name, written with a capital, before a noun's genitive where the other text has that noun's definite genitive
 *   ("söks på Ekby kommuns hemsida" beside "söks på kommunens hemsida", review66 hs1): the kommun's page named by its name.
 */
function withoutOneSaidWord(long: readonly string[], short: readonly string[], longText: string): readonly string[] | undefined {
  if (long.length !== short.length + 1) return undefined;
  const at = long.findIndex((w, k) => w !== short[k]);
  if (at < 0) return undefined;
  const person = (i: number): boolean => i > 0 && PERSON_HEADS.has(long[i]!);
  // the person noun follows the word that differs, so the first difference is that word or the noun itself
  for (const i of [at, at + 1]) {
    if (i < long.length && person(i)) return [...long.slice(0, i), ...long.slice(i + 1)];
  }
  const name = long[at]!;
  const next = long[at + 1];
  const capital = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const owner = at > 0 && next !== undefined && /^\p{L}{2,}$/u.test(name) && /s$/u.test(next) && longText.normalize('NFC').replace(/\s+/gu, ' ').includes(`${capital} `)
    && short[at] !== undefined && short[at] !== next && oneDefiniteForm(next, short[at]!);
  return owner ? [...long.slice(0, at), ...long.slice(at + 1)] : undefined;
}

/**
 * Whether two texts say the same but for one word written another way: every word as it was (keyWords: case and marks aside)
 * but one, and that one the other in its definite form, another form of its root or a word of the same meaning
 * (oneWordTwoWays); a person noun after a word, or an owner's name before a genitive, said in one text only, is left out first
 * (withoutOneSaidWord). The one predicate of "the same sentence but one word", for the text pass's paired sentences
 * ("stärka ungas delaktighet" → "stärka ungdomars delaktighet", diff35 class 1; "Projektbidraget kan lämnas till …" →
 * "Projektbidrag kan lämnas till …", Trafikverket 2022 → 2024, diff batch 30), the spec pass's items and a value that is one noun
 * ("e-tjänst" → "e-tjänsten", dates.ts sameReading). A number, a denial or a word of another meaning ("ungas" → "äldres") is a
 * change; two texts the same are none of this (false).
 */
export function sameButOneWord(a: string, b: string): boolean {
  let wa: readonly string[] = keyWords(a).map(spelled);
  let wb: readonly string[] = keyWords(b).map(spelled);
  if (wa.join(' ') === wb.join(' ') || wa[0] === '' || wb[0] === '') return false;
  if (wa.length === wb.length + 1) wa = withoutOneSaidWord(wa, wb, a) ?? wa;
  else if (wb.length === wa.length + 1) wb = withoutOneSaidWord(wb, wa, b) ?? wb;
  if (wa.length !== wb.length) return false;
  const differ = wa.flatMap((w, i) => (w === wb[i] ? [] : [i]));
  return differ.length === 1 && oneWordTwoWays(wa[differ[0]!]!, wb[differ[0]!]!);
}

/** One group of SAME_MEANING_PHRASES: phrases of one meaning, each in its plain form, with pairs that show it (and pairs that must stay apart). */
export interface SameMeaningPhrases {
  readonly id: string;
  /** the phrases, each one or more words in a plain form; matched on their words' roots (stem), so most forms of a verb hold (a supine
   * the stemmer leaves whole, "inkommit", is listed) */
  readonly phrases: readonly string[];
  /** two sentences that say the same in this group's phrases: sameInOtherWords holds for each pair (test/diff/open78.test.ts) */
  readonly examples: ReadonlyArray<readonly [string, string]>;
  /** two sentences that differ in meaning, near a phrase of the group: sameInOtherWords must not hold */
  readonly counterExamples: ReadonlyArray<readonly [string, string]>;
}

/**
 * Phrases that say the same in a rule's sentence: a verb with its particle and the verb joined with it, the older written form
 * ("visas upp" and "uppvisas", "lämnas in" and "inlämnas", "betalas ut" and "utbetalas"), and the two verbs of a document sent
 * along with another ("skickas med" and "bifogas"). A particle verb and its joined form are two words against one, so no
 * predicate of one word reads them (sameButOneWord); only pairs a grant text uses of one act are listed, never a rule of
 * joining ("ingå" is no "gå in", "utgöra" no "göra ut", "uppfylla" no "fylla upp"), and no verb of another act: "skickas in"
 * (handed in) is no "bifogas" (sent along), "visas upp" (shown on request) no "skickas in" (review77e E7/E8, open78).
 */
export const SAME_MEANING_PHRASES: readonly SameMeaningPhrases[] = [
  {
    id: 'visa-upp', phrases: ['visa upp', 'uppvisa'],
    examples: [['Närvarokort ska kunna uppvisas vid kontroll.', 'Närvarokorten ska kunna visas upp vid en kontroll.'],
      ['Kvitton ska sparas och uppvisas på begäran.', 'Kvittona ska sparas och visas upp på begäran.']],
    counterExamples: [['Närvarokort ska kunna uppvisas vid kontroll.', 'Närvarokort ska skickas in vid kontroll.'],
      ['Närvarokort ska kunna uppvisas vid kontroll.', 'Närvarokort behöver inte visas upp vid kontroll.']],
  },
  {
    id: 'skicka-med', phrases: ['skicka med', 'sända med', 'bifoga'],
    examples: [['Närvarokort behöver inte skickas med men ska kunna uppvisas vid kontroll.', 'Närvarokort behöver inte bifogas men ska kunna uppvisas vid kontroll.'],
      ['Budgeten ska skickas med ansökan.', 'Budgeten ska bifogas ansökan.'], ['Verksamhetsberättelsen ska bifogas redovisningen.', 'Verksamhetsberättelsen ska sändas med redovisningen.']],
    counterExamples: [['Närvarokort behöver inte skickas med.', 'Närvarokort behöver inte skickas in.'], ['Budgeten ska bifogas ansökan.', 'Budgeten ska bifogas slutredovisningen.'],
      ['Budgeten ska skickas med ansökan.', 'Budgeten ska inte bifogas ansökan.']],
  },
  {
    id: 'lamna-in', phrases: ['lämna in', 'inlämna'],
    examples: [['Redovisningen ska inlämnas senast den 31 mars.', 'Redovisningen ska lämnas in senast den 31 mars.']],
    counterExamples: [['Redovisningen ska inlämnas senast den 31 mars.', 'Redovisningen ska lämnas in senast den 30 april.'], ['Redovisningen ska lämnas in till nämnden.', 'Redovisningen ska lämnas till nämnden.']],
  },
  {
    id: 'skicka-in', phrases: ['skicka in', 'sända in', 'insända'],
    examples: [['Rapporten ska insändas till förvaltningen.', 'Rapporten ska sändas in till förvaltningen.'], ['Rapporten ska sändas in till förvaltningen.', 'Rapporten ska skickas in till förvaltningen.']],
    counterExamples: [['Rapporten ska skickas in till förvaltningen.', 'Rapporten ska bifogas till förvaltningen.']],
  },
  {
    id: 'komma-in', phrases: ['komma in', 'inkomma', 'kommit in', 'inkommit'],
    examples: [['Ansökan ska ha inkommit senast den 1 mars.', 'Ansökan ska ha kommit in senast den 1 mars.']],
    counterExamples: [['Ansökan ska ha inkommit senast den 1 mars.', 'Ansökan ska ha skickats senast den 1 mars.']],
  },
  {
    id: 'fylla-i', phrases: ['fylla i', 'ifylla'],
    examples: [['Blanketten ska ifyllas av firmatecknaren.', 'Blanketten ska fyllas i av firmatecknaren.']],
    counterExamples: [['Blanketten ska fyllas i av firmatecknaren.', 'Blanketten ska skrivas under av firmatecknaren.']],
  },
  {
    id: 'betala-ut', phrases: ['betala ut', 'utbetala'],
    examples: [['Bidraget utbetalas i två delar.', 'Bidraget betalas ut i två delar.']],
    counterExamples: [['Bidraget utbetalas i två delar.', 'Bidraget betalas tillbaka i två delar.'], ['Bidraget betalas ut i två delar.', 'Bidraget betalas ut i tre delar.']],
  },
  {
    id: 'betala-tillbaka', phrases: ['betala tillbaka', 'återbetala', 'betala åter'],
    examples: [['Bidrag som inte har använts ska återbetalas.', 'Bidrag som inte har använts ska betalas tillbaka.']],
    counterExamples: [['Bidrag som inte har använts ska återbetalas.', 'Bidrag som inte har använts får behållas.'], ['Bidrag som inte har använts ska betalas tillbaka.', 'Bidrag som har använts ska betalas tillbaka.']],
  },
];

/** the articles a rule says or leaves out alike: "vid kontroll" and "vid en kontroll" */
const ARTICLES: ReadonlySet<string> = new Set(['en', 'ett']);

/**
 * Words of degree and order compared as written: Snowball's stem of a superlative is its comparative's ("senast" and "senare",
 * "högst" and "högre" both "sen", "hög"), which say other things of a date or a sum.
 */
const AS_WRITTEN_WORDS: ReadonlySet<string> = new Set(['senast', 'senare', 'sista', 'sist', 'tidigast', 'tidigare', 'högst', 'högre', 'lägst', 'lägre', 'minst', 'mindre', 'mest', 'mer', 'mera', 'flest', 'fler', 'flera', 'färre', 'störst', 'större', 'först', 'första', 'förre', 'förra', 'sent', 'sena']);

/** each phrase of SAME_MEANING_PHRASES as its words' roots, with its group's number, the longest first */
let phraseRoots: Array<{ roots: readonly string[]; group: number }> | undefined;
const phrasesByRoot = (): Array<{ roots: readonly string[]; group: number }> => {
  phraseRoots ??= SAME_MEANING_PHRASES.flatMap((g, group) => g.phrases.map((p) => ({ roots: p.split(' ').map(wordRoot), group })))
    .sort((x, y) => y.roots.length - x.roots.length);
  return phraseRoots;
};

/**
 * A sentence's meaning as a row of tokens: each phrase of SAME_MEANING_PHRASES its group ("~0"), each word its meaning key
 * (meaningKey: its root, or its SAME_MEANING_WORDS group), the articles left out, a word of degree (AS_WRITTEN_WORDS), a
 * number or a denial as written.
 */
function meaningTokens(s: string): Array<{ key: string; word: string; article?: boolean }> {
  const words = keyWords(s).map(spelled).filter((w) => w !== '');
  const roots = words.map((w) => (AS_WRITTEN_WORDS.has(w) || denyingWords([w]) > 0 || !/^\p{L}+$/u.test(w) ? `"${w}` : wordRoot(w)));
  const out: Array<{ key: string; word: string; article?: boolean }> = [];
  for (let i = 0; i < words.length;) {
    const hit = phrasesByRoot().find((p) => p.roots.every((r, k) => roots[i + k] === r));
    if (hit) {
      // (the phrase's tense kept: "utbetalas" is no "betalades ut", review78b D2)
      out.push({ key: `~${hit.group}${words.slice(i, i + hit.roots.length).some((w) => formKind(w) === 'past') ? 'p' : ''}`, word: '' });
      i += hit.roots.length;
      continue;
    }
    if (!ARTICLES.has(words[i]!)) {
      const r = roots[i]!;
      const g = r.startsWith('"') ? undefined : meaningGroup(r);
      out.push({ key: g === undefined ? r : `=${g}`, word: g === undefined && !r.startsWith('"') ? words[i]! : '', article: i > 0 && ARTICLES.has(words[i - 1]!) });
    }
    i++;
  }
  return out;
}

/**
 * Whether two sentences say the same in other forms of their words: word by word, in order, every word of the same root or
 * meaning group (a noun made definite or plural, "Närvarokort" and "Närvarokorten"), a phrase of SAME_MEANING_PHRASES for
 * another of its group ("uppvisas" and "visas upp", "skickas med" and "bifogas"), an article said or left out ("vid kontroll"
 * and "vid en kontroll"). A number, a denial, a word of degree ("senast" and "senare") or a word of another root is a change;
 * two texts the same are none of this (false). Review77e E7/E8 (open78).
 */
export function sameInOtherWords(a: string, b: string): boolean {
  if (sentenceKey(a) === sentenceKey(b)) return false;
  const ta = meaningTokens(a);
  const tb = meaningTokens(b);
  // (two forms of one root hold when one is the other made definite or both are of one number and tense: "kommunen" is no
  // "kommunerna", "betalas" no "betalades"; review78b D1–D6)
  // (… and an article said or left out only before a word written alike: "vid ett tillfälle" is no "vid tillfällen")
  return ta.length > 0 && ta.length === tb.length && ta.every((t, i) => t.key === tb[i]!.key
    && (t.word === tb[i]!.word || (t.article === tb[i]!.article && (oneDefiniteForm(t.word, tb[i]!.word) || formKind(t.word) === formKind(tb[i]!.word)))));
}
