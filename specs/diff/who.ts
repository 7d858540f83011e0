import { APPLICANT_HEADS as HEADS, PERSON_KIND_KEYS } from '../lexicon.js';
import { normalizeForQuote } from '../quote.js';
import { sentenceTexts } from '../sentences.js';
import { sentenceKey } from './wording.js';

// Who may apply, as the sentence each year's spec quotes (recipients.text, contract addition 1.1; issues 12 and 14), compared
// in the spec walk (specs/diff/index.ts): the one owner of that field. The text pass's own eligibility reading (eligibility.ts,
// residence.ts) runs only where the spec diff reported nothing under recipients, as before. A sentence the other year's text
// still has, or the same applicants in other words, is no change; a sentence that names applicants, or a bound on them, the
// other text's sentences about applying never name is a change of who may apply (`action`, importance.ts).

/** the endings a head noun takes (number, definiteness, genitive): "kommunerna", "huvudmannens", "skolor" */
const HEAD_ENDINGS: ReadonlySet<string> = new Set(['', 'r', 'rna', 'rnas', 'rs', 'en', 'er', 'erna', 'ernas', 'ar', 'arna', 'arnas', 'et', 'ets', 'ens', 's', 'na', 'nas', 'n', 'ns', 'or', 'orna', 'a', 'an', 'ans', 'e', 'nen', 'nens', 'ers']);
/** a head noun's genitive endings ("regionens", "kommuns", "föreningarnas") */
const GENITIVE = /s$/u;
/** a word longer than this is no noun of a sentence (hostile text): never read for a head */
const LONGEST_WORD = 40;
/** the words before a noun that make it a place or a partner, not an applicant ("verksamhet i minst tre kommuner", "i samverkan med kommuner", "anknytning till kommunen") */
const PLACE_WORDS: ReadonlySet<string> = new Set(['i', 'inom', 'på', 'hos', 'från', 'mellan', 'med', 'tillsammans', 'samverkan', 'samarbete', 'anknytning', 'bosatt', 'bosatta', 'folkbokförd', 'folkbokförda']);
/** the words that open examples of the applicants, not the applicants ("Alla utom privatpersoner kan söka, till exempel företag …") */
const EXAMPLE_LEADS: ReadonlyArray<readonly string[]> = [['till', 'exempel'], ['t', 'ex'], ['exempelvis'], ['såsom'], ['bland', 'annat'], ['som', 'till', 'exempel']];

/** A word's head key: a HEADS noun at its end with one of HEAD_ENDINGS after it, a compound's first part before it ("idrott+organisation"). */
function headKey(word: string): string | undefined {
  if (word.length > LONGEST_WORD) return undefined;
  for (const [stem, key] of HEADS) {
    for (let at = word.indexOf(stem); at >= 0; at = word.indexOf(stem, at + 1)) {
      const ending = word.slice(at + stem.length);
      if (!HEAD_ENDINGS.has(ending)) continue;
      // (a genitive names an owner or a place, never the applicant: "förnyelse av regionens kulturliv", "kommunens föreningar")
      if (GENITIVE.test(ending)) return undefined;
      const first = word.slice(0, at).replace(/s$/u, '');
      // (a first part of one or two letters is no compound: "ekommun" is a word of its own)
      return first.length >= 3 ? `${first}+${key}` : first.length === 0 ? key : undefined;
    }
  }
  return undefined;
}

/**
 * The applicants a sentence names, as keys (who-may-apply's noun group, issues 12 and 14): each head noun (HEADS) that is not a
 * place or partner (a PLACE_WORDS word among the three before it), not part of a name (a capitalised word right after it:
 * "Region Sörmlands kulturstipendier") and not among the examples after "till exempel". Frame words, purposes and qualifiers
 * are not read: "… kan ansöka om medel för sommarlovsaktiviteter för barn och unga" and "… senast 15 maj" name the same.
 */
export function whoKey(sentence: string): Set<string> {
  const raw = sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = raw.map((w) => w.toLowerCase());
  const cut = words.findIndex((_, i) => EXAMPLE_LEADS.some((lead) => lead.every((w, j) => words[i + j] === w)));
  const out = new Set<string>();
  for (let i = 0; i < (cut < 0 ? words.length : cut); i++) {
    const key = headKey(words[i]!);
    if (key === undefined) continue;
    if (words.slice(Math.max(0, i - 3), i).some((w) => PLACE_WORDS.has(w))) continue;
    if (/^\p{Lu}/u.test(raw[i + 1] ?? '')) continue;
    out.add(key);
  }
  return out;
}

/** the words a sentence about applying holds, one of them at least (sentenceKey's forms) */
const APPLYING_WORDS: ReadonlySet<string> = new Set(['söka', 'sökas', 'söks', 'ansöka', 'ansökas', 'rekvirera', 'rekvireras', 'lämnas', 'beviljas', 'riktar', 'vänder', 'sökande', 'sökanden', 'bidragsberättigade', 'målgrupp']);

/**
 * A text's sentences: the shared splitter's (specs/sentences.ts: each line, abbreviations and ordinals kept whole), and a lead's colon
 * before a capital ends one too ("Vem kan söka: Kommuner …").
 */
export const splitSentences = (text: string): string[] => sentenceTexts(text).flatMap((s) => s.split(/(?<=:)\s+(?=\p{Lu})/u)).map((s) => s.trim()).filter(Boolean);

/**
 * The applicant words of a whole text, as meaning keys: every sentence about applying (one holding an APPLYING_WORDS word)
 * and the one right after it (the answer under "Vem kan söka?").
 */
function applyingVocabulary(text: string): Set<string> {
  const out = new Set<string>();
  const xs = splitSentences(text);
  xs.forEach((s, i) => {
    if (!sentenceKey(s).split(' ').some((w) => APPLYING_WORDS.has(w))) return;
    for (const k of whoKey(s)) out.add(k);
    for (const k of whoKey(xs[i + 1] ?? '')) out.add(k);
  });
  return out;
}

/** Every head key a text's words hold (headKey), wherever they stand. */
function allHeads(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const k = w ? headKey(w) : undefined;
    if (k !== undefined) out.add(k);
  }
  return out;
}

/** whether a set of applicant keys holds a kind of person (PERSON_KIND_KEYS), plain or as a compound's head ("konst+utövare") */
const namesPersonKind = (keys: ReadonlySet<string>): boolean => [...keys].some((k) => PERSON_KIND_KEYS.has(k.slice(k.indexOf('+') + 1)));

/**
 * Whether a key one side names and the other does not is "person" said of a kind of person both sides name ("yngre
 * konstutövare, men personer som nomineras ska vara myndiga" beside "yngre konstutövare - dock ska stipendiaten vara myndig",
 * Umeå 2012 → 2017, diff q579/q580): no new kind of applicant. "Föreningar och personer" beside "föreningar" is one.
 */
function personSaidAgain(k: string, own: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  return k === 'person' && namesPersonKind(own) && namesPersonKind(other);
}

/**
 * Whether two sentences of who may apply name the same applicants but for "personer" said of a kind of person both name
 * (personSaidAgain), and nothing else apart: the same sentence reworded, which the text pass must not read again as a change.
 */
export function samePersonKindsReworded(a: string, b: string): boolean {
  const [ka, kb] = [whoKey(a), whoKey(b)];
  const apart = [...[...ka].filter((k) => !kb.has(k)).map((k) => personSaidAgain(k, ka, kb)), ...[...kb].filter((k) => !ka.has(k)).map((k) => personSaidAgain(k, kb, ka))];
  return apart.length > 0 && apart.every(Boolean);
}

const stillIn = (sentence: string, text: string): boolean => normalizeForQuote(text).includes(normalizeForQuote(sentence));

/**
 * Whether a sentence about who may apply, added, names an applicant kind (whoKey) the other text's sentences about applying
 * (applyingVocabulary) never name, said again in no other words (personSaidAgain). Keys are meanings ("föreningar" and
 * "organisationer" are one, "organisation"), so a noun reworded is no change; a compound ("ungdoms+förbund") is left alone.
 */
function newApplicants(sentence: string, otherText: string): boolean {
  const kb = whoKey(sentence);
  if (kb.size === 0) return false;
  const words = applyingVocabulary(otherText);
  if (words.size === 0) return false;
  const come = [...kb].filter((k) => !k.includes('+') && !words.has(k) && !personSaidAgain(k, kb, words));
  return come.length > 0;
}

/**
 * Whether a change of recipients.text says nothing new of who may apply: the sentences each side quotes the other year's text
 * still has; or the same applicants in other words (whoKey); or, with both texts, every applicant word the one side names
 * and the other does not stands in the other text's sentences about applying (the extraction quoted another sentence of a
 * text that still says the same). `a`, `b` are the old and new values (one absent for an addition or a removal).
 */
export function sameApplicantsStated(a: string | undefined, b: string | undefined, oldText?: string, newText?: string): boolean {
  // an addition or a removal of the sentence is an extraction gap as often as a change (the other year's text says who may
  // apply as a heading's answer, a list or a label line the finder does not quote): never reported (tuned pairs, rtext83)
  // … except a sentence added whose applicants the older text never names where it says who may apply: Kristinestad's
  // "Evenemang och projektbidrag: registrerade föreningar, sammanslutningar, arbetsgrupper och enskilda personer kan söka …"
  // (2024) beside 2019's "Verksamhetsbidrag för registrerade föreningar eller arbetsgrupper" (diff q670/q671): enskilda
  // personer and sammanslutningar may now apply
  if (a === undefined && b !== undefined && oldText !== undefined && newApplicants(b, oldText)) return false;
  if (a === undefined || b === undefined) return true;
  const restated = (v: string | undefined, other: string | undefined): boolean => v === undefined || (other !== undefined && splitSentences(v).every((s) => stillIn(s, other)));
  if (oldText !== undefined && newText !== undefined && restated(a, newText) && restated(b, oldText)) return true;
  const ka = a === undefined ? new Set<string>() : whoKey(a);
  const kb = b === undefined ? new Set<string>() : whoKey(b);
  const gone = [...ka].filter((k) => !kb.has(k) && !personSaidAgain(k, ka, kb));
  const come = [...kb].filter((k) => !ka.has(k) && !personSaidAgain(k, kb, ka));
  if (gone.length === 0 && come.length === 0) return true;
  // (a sentence with no applicant noun on one side names them some other way, "Du som är över 18 år …" for "Alla personer över
  // 18 år …": nothing to compare, as with a sentence added or removed)
  if (ka.size === 0 || kb.size === 0) return true;
  if (oldText === undefined || newText === undefined) return false;
  // (a compound applicant, "ungdomsförbund", the other text names anywhere is its own, a list item under a lead as often as a
  // sentence: Region Sörmland's "• politiskt ungdomsförbund med mandat i regionfullmäktige", diff q203/q204; a plain kind,
  // "föreningar", is checked against the other text's sentences about applying only)
  const stated = (k: string, text: string, words: () => Set<string>): boolean => (k.includes('+') ? allHeads(text).has(k) : words().has(k));
  let oldWords: Set<string> | undefined;
  let newWords: Set<string> | undefined;
  return gone.every((k) => stated(k, newText, () => (newWords ??= applyingVocabulary(newText)))) && come.every((k) => stated(k, oldText, () => (oldWords ??= applyingVocabulary(oldText))));
}

