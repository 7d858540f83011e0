import { MONTH_NAMES, STOP_WORDS } from '../lexicon.js';
import { normalizeForQuote } from '../quote.js';
import { meaningKey, sentenceKey } from './wording.js';

// Who may apply, as the sentence each year's spec quotes (recipients.text, contract addition 1.1; issues 12 and 14), compared
// in the spec walk (specs/diff/index.ts): the one owner of that field. The text pass's own eligibility reading (eligibility.ts,
// residence.ts) runs only where the spec diff reported nothing under recipients, as before. A sentence the other year's text
// still has, or the same applicants in other words, is no change; a sentence that names applicants, or a bound on them, the
// other text's sentences about applying never name is a change of who may apply (`action`, importance.ts).

/**
 * The words that frame who may apply without naming them: the applying and granting verbs, the grant's nouns, quantifiers
 * and adverbs ("Statsbidraget kan rekvireras av samtliga kommuner." and "Samtliga kommuner kan rekvirera statsbidraget." name
 * the same applicants). Lower-cased; compared by meaningKey.
 */
const FRAME = [
  'kan', 'får', 'ska', 'skall', 'har', 'ges', 'är', 'även', 'också', 'nu', 'endast', 'enbart', 'bara', 'samtliga', 'alla', 'möjlighet',
  'söka', 'sökas', 'söks', 'ansöka', 'ansökas', 'rekvirera', 'rekvireras', 'rekvirerar', 'ta', 'del', 'lämnas', 'beviljas', 'tilldelas', 'betalas', 'ut',
  'utgå', 'vänder', 'riktar', 'sig', 'berättigade', 'berättigad',
  'bidrag', 'bidraget', 'bidragen', 'statsbidrag', 'statsbidraget', 'stöd', 'stödet', 'medel', 'medlen', 'pengar', 'pengarna', 'utlysningen', 'utlysning',
  'stipendium', 'stipendiet', 'stipendier', 'projektbidrag', 'verksamhetsbidrag', 'understöd', 'understödet', 'år', 'året', 'kronor', 'kr', 'miljoner', 'miljarder',
];
const FRAME_KEYS: ReadonlySet<string> = new Set(FRAME.map(meaningKey));
const MONTH_KEYS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/** A sentence's applicants as meaning keys: its words but stop words, frame words, figures and month names. */
export function whoKey(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const w of sentenceKey(sentence).split(' ')) {
    if (w.length < 2 || /\d/u.test(w) || STOP_WORDS.has(w) || MONTH_KEYS.has(w)) continue;
    const k = meaningKey(w);
    if (!FRAME_KEYS.has(k)) out.add(k);
  }
  return out;
}

/** the words a sentence about applying holds, one of them at least (sentenceKey's forms) */
const APPLYING_WORDS: ReadonlySet<string> = new Set(['söka', 'sökas', 'söks', 'ansöka', 'ansökas', 'rekvirera', 'rekvireras', 'lämnas', 'beviljas', 'riktar', 'vänder', 'sökande', 'sökanden', 'bidragsberättigade', 'målgrupp']);

/** A text's sentences, split as a quote's are (a mark at the end and a capital after it). */
export const splitSentences = (text: string): string[] => text.split(/(?<=[.!?:])\s+(?=\p{Lu})|\n+/u).map((s) => s.trim()).filter(Boolean);

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

const stillIn = (sentence: string, text: string): boolean => normalizeForQuote(text).includes(normalizeForQuote(sentence));

/**
 * Whether a change of recipients.text says nothing new of who may apply: the sentences each side quotes the other year's text
 * still has; or the same applicants in other words (whoKey); or, with both texts, every applicant word the one side names
 * and the other does not stands in the other text's sentences about applying (the extraction quoted another sentence of a
 * text that still says the same). `a`, `b` are the old and new values (one absent for an addition or a removal).
 */
export function sameApplicantsStated(a: string | undefined, b: string | undefined, oldText?: string, newText?: string): boolean {
  const restated = (v: string | undefined, other: string | undefined): boolean => v === undefined || (other !== undefined && splitSentences(v).every((s) => stillIn(s, other)));
  if (oldText !== undefined && newText !== undefined && restated(a, newText) && restated(b, oldText)) return true;
  const ka = a === undefined ? new Set<string>() : whoKey(a);
  const kb = b === undefined ? new Set<string>() : whoKey(b);
  const gone = [...ka].filter((k) => !kb.has(k));
  const come = [...kb].filter((k) => !ka.has(k));
  if (a !== undefined && b !== undefined && gone.length === 0 && come.length === 0) return true;
  if (oldText === undefined || newText === undefined) return false;
  const oldWords = applyingVocabulary(oldText);
  const newWords = applyingVocabulary(newText);
  // (an addition or a removal: the one side's applicants against the other text's sentences about applying alone)
  return gone.every((k) => newWords.has(k)) && come.every((k) => oldWords.has(k));
}

/** A spec's who-may-apply sentence (recipients.text), when its extraction quoted one. */
const whoOf = (spec: unknown): string | undefined => {
  const t = (spec as { recipients?: { text?: unknown } }).recipients?.text;
  return typeof t === 'string' ? t : undefined;
};

/**
 * The sentence keys of what two specs quote as who may apply (recipients.text): the spec walk owns those sentences (it compared
 * them and judged them the same applicants or reported them), so the text pass's own eligibility reading never reports one of
 * them again (specs/diff/index.ts).
 */
export function quotedWhoKeys(a: unknown, b: unknown): Set<string> {
  return new Set([whoOf(a), whoOf(b)].flatMap((v) => (v === undefined ? [] : splitSentences(v))).map(sentenceKey));
}
