import { Decimal } from 'decimal.js';
import { normalizeForQuote } from '../quote.js';
import { sentences } from '../sentences.js';
import { contentWords, dice } from './lists.js';
import { APPLICANT_POSSESSIVES } from '../lexicon.js';
import { classifyHeading, classifySentence, isNoiseSentence, type RuleField } from './rules.js';
import { statesRuleReworded } from './stated.js';
import { bothRefuseLate, bothStateBareReporting, usesStillStated } from './restatements.js';
import { denyingWords, itemTexts, keyWords, LINK_ANNOTATION, sameButDropped, sameButOneWord, sameInOtherWords, sentenceKey, spacedKey } from './wording.js';

export { meaningKey, sameButOneWord, sentenceKey } from './wording.js';

// The text-level pass of the change report: a rule sentence (a condition, a requirement on the
// application, an underlag, a reporting duty, a use) the extractor did not take into the spec in
// one year or both is a change the spec-to-spec diff cannot see. Here both source texts are split
// into sentences by the shared splitter (specs/sentences.ts), paired across the years — the same
// sentence (up to punctuation, white space and case) is unchanged, a very similar one (the Dice
// measure on content stems that list items are matched by, specs/diff/lists.ts) is changed, the
// rest added or removed — and each changed, added or removed sentence that a row of
// specs/diff/rules.ts claims becomes a change of that one field. Pure functions; the work is capped
// so that a huge or hostile text costs bounded time.

/** One sentence of a text, with its 1-based line. */
export interface TextSentence {
  readonly text: string;
  readonly line: number;
  /** normalised, punctuation dropped: two sentences with one key differ only in wording marks */
  readonly key: string;
  /**
   * a list item's lead: the line before the list, ending in a colon ("Socialstyrelsen ska:", "Ansökan
   * ska innehålla:"), which says what the item is ("samla regionerna för dialog …" is a duty under it)
   */
  readonly lead?: string;
  /**
   * the line is a heading: short, not a list item, with no closing mark, a blank line after it and a paragraph, not a
   * list, under it ("Detta krävs för att kunna få aktivitetsbidrag" over its paragraph): it names what follows and states
   * no rule itself
   */
  readonly heading?: true;
  /**
   * a list item's heading: the short line right over the list with no closing mark and no colon ("Tider för ansökan under
   * 2018" over "• 15 januari - 15 februari"), which names what the items are as a lead does
   */
  readonly over?: string;
  /**
   * the heading of the section the sentence stands in: the last short line above it, not a list item, with a blank line
   * after it and no closing mark but a question mark ("Vad kan man söka bidrag för?", "Villkor"), which says what the
   * section's sentences are (rules.ts SECTION_HEADINGS)
   */
  readonly section?: string;
  /** a list item's line ("• årliga verksamhetsstöd"): a name in a list of what a body gives is no grant's own section (closing.ts) */
  readonly item?: true;
}

/** at most this many words in a heading line */
const HEADING_WORDS = 8;

export interface TextChange {
  readonly field: RuleField;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: TextSentence;
  readonly new?: TextSentence;
}

/** at most this many sentences of a text are read (a 216-page PDF has about 6 000) */
export const MAX_SENTENCES = 8000;
/** a sentence is read to this length: longer runs are tables or run-on text, not one rule */
export const MAX_SENTENCE_CHARS = 600;
/** a rule has at least this many words ("Beslutet kan inte överklagas.") */
const MIN_WORDS = 4;
/** two sentences at least this similar are one sentence edited */
export const SAME_SENTENCE = 0.6;
/** a stem in more sentences than this is too common to find a sentence's partner by */
const COMMON_STEM = 40;
/** at most this many candidate partners are compared per sentence */
const MAX_CANDIDATES = 60;
/** at most this many sentences a side are left to pair after the unchanged ones (each is looked for in the other text once) */
export const MAX_LEFT = 2000;

/**
 * Whether two values (a sentence, or an item with its text) differ only in link annotations and the marks around them: "Föreningen
 * ska ha minst tio medlemmar." → "Föreningen ska ha minst tio medlemmar (Word, 45 kB)." (review48 d3) is no change of the rule.
 */
export function sameButLinkAnnotations(a: unknown, b: unknown): boolean {
  const annotated = (v: string): boolean => new RegExp(LINK_ANNOTATION.source, 'iu').test(v);
  const key = (_: string, v: unknown): unknown => (typeof v === 'string' ? sentenceKey(v) : v);
  if (typeof a === 'string' && typeof b === 'string') return (annotated(a) || annotated(b)) && sentenceKey(a) === sentenceKey(b);
  const texts = itemTexts(a, b);
  return texts !== undefined && (annotated(texts[0]) || annotated(texts[1])) && JSON.stringify(a, key) === JSON.stringify(b, key);
}

const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
// a date in words or figures, or a year alone: "1 mars 2026", "2026-03-01", "mars 2026", "2026"; a day range's first day with
// its last ("21–30 september", keyed "21 30 september": Länsstyrelsen Gotland's rounds 2020, diff q307/q309)
// … and a day and month in figures after a deadline word, keyed "senast 15 12" ("senast 15/12 varje år" → "senast 15 december
// varje år", Robertsfors, diff q354/q355: the same day; the closing pass compares the days themselves)
const DATE_WORDS = new RegExp(`(?:(?:\\b\\d{1,2} )?\\b\\d{1,2} ${MONTH}(?: \\d{4})?|\\b${MONTH} \\d{4}|\\b\\d{4} \\d{2} \\d{2}|\\b(?:19|20)\\d{2}|(?<=\\b(?:senast|före|till) (?:den )?)\\d{1,2} (?:1[0-2]|0?[1-9])(?! \\d))\\b`, 'gu');

/** A key with its dates and years left out: two sentences equal so differ in a date only (the spec diff's). */
export function withoutDates(key: string): string {
  return key.replace(DATE_WORDS, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * A key with its relative and infinitive marks ("som", "att") left out: "Föreningar eftersträvar att …" and "Föreningar
 * som eftersträvar att …" (Varberg's page 2018 → later, diff q220/q221) are one rule, a word the editor mended; so is a
 * head turned from a relative clause into a clause of its own by "kan" before the same passive verb ("Evenemangsbidrag
 * som beviljas för publika evenemang …" → "Evenemangsbidrag kan beviljas för publika evenemang …", Mariehamn, diff
 * q238/q239). Only "kan" right before a passive ("-as") goes: "ska beviljas", "kan inte beviljas" stay what they say.
 */
export function withoutGlue(key: string): string {
  return key.replace(/(?<![\p{L}\p{N}])(?:som|att|kan(?=\s+\p{L}{2,}as(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** a use stated as what the grant may be applied for: "Medel kan sökas för fortsättning av ett projekt." (group 1 the use) */
const APPLIED_FOR_USE = /^(?:[\p{L}-]+\s+){0,2}?(?:kan|får)\s+(?:även\s+|också\s+)?(?:an)?sökas\s+(?:för|till)\s+(?:en\s+|ett\s+)?([^.;:!?]{12,120}?)\s*[.!]?$/iu;

/** a sentence about applying, with no denial: where a use applied for is still stated */
const APPLYING = /(?<![\p{L}\p{N}])(?:an)?söka(?:s|r)?(?![\p{L}\p{N}])/iu;
const DENIAL = /(?<![\p{L}\p{N}])(?:inte|ej|icke)(?![\p{L}\p{N}])/iu;

/**
 * Whether a text still states a use applied for, reworded around it: "Medel kan sökas för fortsättning av ett projekt."
 * (Trafikverket 2022) → "Om förening tidigare har beviljats medel kan föreningen ansöka om nya medel för en fortsättning av
 * ett projekt." (2024, diff batch 30): a sentence of the other text about applying, with no denial, that holds the use after
 * "för" or "till", word for word.
 */
export function statesUseApplied(text: string, use: string): boolean {
  const m = APPLIED_FOR_USE.exec(normalizeForQuote(use).trim());
  if (!m) return false;
  const want = sentenceKey(m[1]!);
  return textSentences(text).some((s) => {
    if (!APPLYING.test(s.text) || DENIAL.test(s.text)) return false;
    const key = spacedKey(s.text);
    return [' för ', ' till '].some((p) => [p, `${p}en `, `${p}ett `].some((lead) => key.includes(`${lead}${want} `)));
  });
}

/**
 * A text with a form of the grant given as an alternative after a slash left out: "Verksamhetsbidrag/projektbidrag kan sökas
 * för arbete som syftar till att förebygga spridning …" (Folkhälsomyndigheten's hiv/STI call 2022, diff q252) says what the
 * grant is for as "Verksamhetsbidrag kan sökas för arbete som syftar till att förebygga spridning …" did (2021): the form
 * added is the grant's parts, not another purpose or use. Only a form of grant after another goes, and only a form that
 * tells how the money is given (FUNDING_MODES: verksamhets-, projekt-, organisations-, grund-, drift-, aktivitetsbidrag or
 * -stöd), not what it pays for: "Lokalbidrag" → "Lokalbidrag/investeringsstöd kan sökas för hyra …" (review47 t1) adds a
 * use. "kr/dag", "föreningar/organisationer" stay what they say.
 */
export function withoutFormAlternative(text: string): string {
  return text.replace(FORM_ALTERNATIVE, '');
}

/** the first parts of a grant form that tell how the money is given, not what it pays for (withoutFormAlternative) */
const FUNDING_MODES = ['verksamhets', 'projekt', 'organisations', 'grund', 'drift', 'aktivitets'];
const FORM_ALTERNATIVE = new RegExp(String.raw`(?<=\p{L}(?:bidrag|stöd)(?:et|en)?)\s?\/\s?(?:${FUNDING_MODES.join('|')})(?:bidrag|stöd)(?:et|en)?(?![\p{L}\p{N}])`, 'giu');

/** Whether two sentences differ only in one of them naming another form of the grant after a slash (withoutFormAlternative). */
export function sameButFormAlternative(a: string, b: string): boolean {
  return sameButDropped(a, b, withoutFormAlternative);
}

/**
 * An excluded use written with the list's lead in front: "Stöd beviljas inte till drift av ordinarie verksamhet eller pågående
 * projekt." under "För vad kan man inte söka?" and "Drift av ordinarie verksamhet eller pågående projekt." under "Vi ger inte
 * stöd till:" (Region Halland, diff q274 → dev 1782) exclude the same thing. Only a lead of the grant's own noun and a passive
 * refusal goes ("Stöd beviljas inte till", "Bidrag ges ej för"); what follows must be word for word the other item.
 */
const EXCLUSION_LEAD = /^(?:stats)?(?:stöd|bidrag|medel|anslag)(?:et|en)?\s+(?:beviljas|ges|lämnas|utgår)\s+(?:inte|ej)\s+(?:till|för)\s+/iu;

/** Whether two excluded uses differ only in one of them opening with the list's refusal (EXCLUSION_LEAD). */
export function sameButExclusionLead(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || EXCLUSION_LEAD.test(a) === EXCLUSION_LEAD.test(b)) return false;
  // the side without the lead is left as it is, so its key must be the other's with the lead taken out (and not empty)
  return sentenceKey(withoutExclusionLead(a)) !== '' && sameButDropped(a, b, withoutExclusionLead);
}

const withoutExclusionLead = (s: string): string => s.replace(EXCLUSION_LEAD, '');

/**
 * An excluded use as a sentence: the grant's noun, a refusal with its verb ("får inte gå till", "får inte användas till") and
 * what is ruled out, as a sentence key (lower-cased, marks dropped); group 1 is what is ruled out.
 */
const EXCLUDED_USE_SENTENCE = /^(?:projekt|stats|verksamhets)?(?:bidrag|stöd|medel|medlen)(?:et|en)?\s+(?:får|kan|ska|skall)\s+(?:inte|ej)\s+(?:gå|användas|nyttjas|utnyttjas|ges|lämnas|beviljas)\s+(?:till|för)\s+(\p{L}[\p{L}\d ]{0,160})$/u;

/**
 * Whether two excluded uses rule out the same thing in other words: each the grant's noun refusing a use ("Bidrag får inte
 * gå till organisationens ordinarie verksamhet." → "Bidraget får inte användas till er ordinarie verksamhet.", MUCF's
 * Stärka demokratin 2020 → 2023, diff q311/q312), the thing ruled out word for word (two words at least) once an applicant's
 * possessive in front of it is dropped (APPLICANT_POSSESSIVES: "organisationens" and "er" are one owner, "kommunens" is not).
 */
export function sameExclusionReworded(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ruledOut = (s: string): string | undefined => {
    const m = EXCLUDED_USE_SENTENCE.exec(sentenceKey(s));
    if (!m) return undefined;
    const words = m[1]!.split(' ');
    const rest = APPLICANT_POSSESSIVES.has(words[0]!) ? words.slice(1) : words;
    return rest.length >= 2 ? rest.join(' ') : undefined;
  };
  const x = ruledOut(a);
  return x !== undefined && sentenceKey(a) !== sentenceKey(b) && x === ruledOut(b);
}

/** the words that tie a date to its sentence: "senast den 1 mars 2025", "fram till 2025-03-01", "före 1 april" */
const DATE_LEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:senast|före|fram till)(?= (?:den )?(?:\\d{1,2} ${MONTH}|\\d{4} \\d{2} \\d{2}))`, 'gu');
/** A sentence's content words (stemmed, dates, their leads and years left out), sorted: its words whatever their order. */
/** the stop words that turn a date around ("efter 1 mars" is not "senast 1 mars"): kept in a sentence's words */
const DATE_TURNS = new Set(['efter', 'från', 'innan', 'tidigast', 'sedan']);
/** a sum with its scale: "200 tkr", "2 mnkr", "1,5 miljoner kronor", "2 000 000 kronor" */
const AMOUNT = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,12})(?:,(\d{1,3}))?[ \u00a0]?(tkr|mnkr|mkr|miljoner kronor|miljon kronor|miljoner kr|kronor|kr)(?![\p{L}\p{N}])/giu;
const SCALE: Readonly<Record<string, number>> = { tkr: 3, mnkr: 6, mkr: 6, 'miljoner kronor': 6, 'miljon kronor': 6, 'miljoner kr': 6, kronor: 0, kr: 0 };
/** Sums written in whole kronor: "200 tkr" and "200 000 kronor" are one sum. */
const inKronor = (s: string): string => s.replace(AMOUNT, (whole: string, int: string, dec: string | undefined, unit: string) => {
  const power = SCALE[unit.toLowerCase()];
  if (power === undefined) return whole;
  return `${new Decimal(`${int.replace(/[ \u00a0]/gu, '')}.${dec ?? '0'}`).times(new Decimal(10).pow(power)).toFixed(0)} kronor`;
});
const wordBag = (s: string): string => {
  const key = sentenceKey(inKronor(s));
  return [...contentWords(withoutDates(key.replace(DATE_LEAD, ' '))), ...key.split(' ').filter((w) => DATE_TURNS.has(w))].sort().join(' ');
};

/**
 * Whether two values (a sentence, or items alike but in their text) say the same words in another order, with as many
 * negations: "Bidraget får användas till löner, lokalkostnader och information." → "Bidraget får användas till information,
 * löner och lokalkostnader.", "Till ansökan ska en verksamhetsplan bifogas." → "En verksamhetsplan ska bifogas ansökan."
 * (diffvary59's no-change pairs) list the same uses and ask for the same plan. Dates are left out as in the text pass (a
 * date moved is the spec's dates' change); numbers stay, so "högst 50 procent" → "högst 75 procent" is a change.
 */
export function sameWordsReordered(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') {
    const texts = itemTexts(a, b);
    const rest = (v: unknown): string => JSON.stringify({ ...(v as object), text: undefined, quote: undefined, line: undefined });
    return texts !== undefined && rest(a) === rest(b) && sameWordsReordered(...texts);
  }
  const bag = wordBag(a);
  return bag.split(' ').length >= 2 && bag === wordBag(b) && denyingWords(keyWords(a)) === denyingWords(keyWords(b));
}

/** A line's own words, without a list's bullet, number or a heading's marks in front ("- ", "## ", "• ", "2. ", "b) "): an item renumbered is no change. */
const LEAD_MARKS = /^(?:[\s#>*•·▪–-]+|\d{1,2}[.)]\s+|\p{Ll}\)\s+)+/u;
/** a list item: a bullet, or a number or letter with a dot or parenthesis ("1. ", "a) ") */
const ITEM = /^\s*(?:[*•·▪–-]|\d{1,2}[.)]|\p{Ll}\))\s/u;

/**
 * A text's lines with hard wraps joined: a line that ends inside a sentence (no closing mark) and is followed at once by a
 * line that goes on in lower case is one line with it ("Bidrag som utgör statligt stöd enligt artikel 107 i fördraget" /
 * "om Europeiska unionens funktionssätt får inte lämnas.", the rättsdatabaser's SFS text and PDF text wrap every line,
 * diff q197/q198); a word broken at the wrap ("studie-" / "verksamhet") is joined whole. The first line's number is kept.
 */
function unwrapped(text: string): Array<{ readonly text: string; readonly line: number }> {
  const raw = text.split('\n');
  // each logical line as its parts, joined once at the end, and its running word count: linear in the text
  const out: Array<{ parts: string[]; line: number; words: number }> = [];
  let open = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const prev = out.at(-1);
    const words = line.trim() === '' ? 0 : line.trim().split(/\s+/u).length;
    if (open && prev && /^\s*\p{Ll}/u.test(line) && !ITEM.test(line)) {
      const before = prev.parts[prev.parts.length - 1]!;
      if (/\p{L}-\s*$/u.test(before)) prev.parts[prev.parts.length - 1] = before.replace(/-\s*$/u, '');
      else prev.parts[prev.parts.length - 1] = `${before.trimEnd()} `;
      prev.parts.push(line.trim());
      prev.words += words;
    } else {
      out.push({ parts: [line], line: i + 1, words });
    }
    // the logical line's end is this raw line's end
    open = /\p{L}/u.test(line) && !/[.!?:;]\s*$/u.test(line) && out.at(-1)!.words > HEADING_WORDS;
  }
  return out.map((l) => ({ text: l.parts.join(''), line: l.line }));
}

/** A text's sentences, line by line (hard wraps joined), by the shared splitter; at most MAX_SENTENCES. */
export function textSentences(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  const joined = unwrapped(text);
  const lines = joined.map((l) => l.text);
  // the last line before a list that ends in a colon: its items' lead, until a line that is no item
  let lead: string | undefined;
  // … and the short heading line right over a list, with no colon (TextSentence.over), until a line that is no item
  let over: string | undefined;
  // … and the heading of the section the line stands in (TextSentence.section), until the next heading
  let section: string | undefined;
  for (let i = 0; i < lines.length && out.length < MAX_SENTENCES; i++) {
    const line = lines[i]!;
    if (!/\p{L}/u.test(line)) continue;
    const item = ITEM.test(line);
    if (!item) lead = undefined;
    if (!item) over = undefined;
    // … over a paragraph: a heading over a list leads its items ("Arbetsstipendiet kan sökas för följande ändamål")
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === '' && next - i <= 3) next++;
    const heading = !item && next > i + 1 && next < lines.length && !ITEM.test(lines[next]!) && !/[.!?:;,)]\s*$/u.test(line) && line.trim().split(/\s+/u).length <= HEADING_WORDS;
    // a section's heading may be a question ("Vad kan man söka bidrag för?"); it heads the lines below it, not itself
    const sectionHead = !item && next > i + 1 && next < lines.length && !/[.!:;,)]\s*$/u.test(line) && line.trim().split(/\s+/u).length <= HEADING_WORDS;
    for (const span of sentences(line)) {
      const raw = line.slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE_CHARS)).replace(LEAD_MARKS, '').trim();
      if (!raw) continue;
      out.push({ text: raw.replace(/\s+/gu, ' '), line: joined[i]!.line, key: sentenceKey(raw), ...(item && lead !== undefined ? { lead } : {}), ...(item && over !== undefined ? { over } : {}), ...(heading ? { heading: true as const } : {}), ...(!sectionHead && section !== undefined ? { section } : {}), ...(item ? { item: true as const } : {}) });
      if (out.length >= MAX_SENTENCES) break;
    }
    if (sectionHead) section = line.replace(LEAD_MARKS, '').trim();
    // the lead is the line's last sentence: "… ska stödja utvecklingen. I insatsområdena ingår:" leads with "I insatsområdena ingår:"
    if (!item && i + 1 < lines.length && ITEM.test(lines[i + 1]!) && !/[.!?:;,)]\s*$/u.test(line) && line.trim().split(/\s+/u).length <= HEADING_WORDS) over = line.replace(LEAD_MARKS, '').trim();
    if (!item && /:\s*$/u.test(line)) {
      const last = sentences(line).at(-1);
      lead = last === undefined ? undefined : line.slice(Math.max(last.start, last.end - MAX_SENTENCE_CHARS), last.end).replace(LEAD_MARKS, '').trim();
    }
  }
  return out;
}

/**
 * A list item under four words is a rule only under a lead a purpose row claims with it: "Projektbidraget ska:\n• stärka ungas
 * delaktighet" → "… äldres delaktighet" (diff33 left open) changes the purpose. Two words at least; never under another lead.
 */
function shortPurposeItem(s: TextSentence): boolean {
  return s.lead !== undefined && s.key.split(' ').length >= 2 && !isNoiseSentence(s.text) && classifySentence(`${s.lead} ${s.text}`) === 'purpose';
}

/**
 * The field a sentence no rule row claims has by its section's heading (rules.ts SECTION_HEADINGS): "Halva beloppet kommer i
 * förskott …" under "Utbetalning" is a payment rule. Not for a question (it asks, the answer is the rule), nor for a sentence
 * that names a sum or a date (the spec diff owns amounts and dates).
 */
export function sectionField(s: TextSentence): RuleField | undefined {
  if (s.section === undefined || /\?\s*$/u.test(s.text)) return undefined;
  if (/\d/u.test(withoutDates(s.key))) return undefined;
  return classifyHeading(s.section);
}

/**
 * Whether a sentence says a content word (its stem) that its partner lacks, neither as a word nor inside one of its
 * compounds: "… minst en kommun" → "… minst två kommuner eller en högskola" brings "högskola"; "Projektägaren bidrar … av
 * budgeten" → "… av projektets budget" brings only "projekt(et)", which "projektägaren" said, a rewording.
 */
export function wordOfItsOwn(sentence: string, partner: string): boolean {
  const stems = new Set(contentWords(partner));
  const words = partner.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u);
  // a stem keeps a definite or genitive ending the stemmer leaves ("projektets" → "projektet"): its first letters, up to three
  // fewer, are looked for inside the partner's words
  return contentWords(sentence).some((w) => !stems.has(w) && !(w.length >= 4 && words.some((x) => x.includes(w.slice(0, Math.max(4, w.length - 3))))));
}

/**
 * Whether two values are one item read over more or fewer sentences: one is the other with sentences after it that the
 * shorter one's text still states word for word. A section's paragraph is read as one use where its sentences stand on one
 * line, as its first sentence only where each has a line ("Konserter … för allmänheten. Kurser och studiecirklar … kan också
 * komma i fråga" ↔ "Konserter … för allmänheten", the second sentence on its own line of the new text): the layout changed,
 * not the rule. `oldText` and `newText` are the texts as normalizeForQuote gives them.
 */
export function sameButKeptSentences(a: unknown, b: unknown, oldText: string | undefined, newText: string | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || oldText === undefined || newText === undefined) return false;
  const [long, short, shortText] = a.length > b.length ? [a, b, newText] : [b, a, oldText];
  const head = normalizeForQuote(short).replace(/[.!;:\s]+$/u, '');
  const whole = normalizeForQuote(long);
  if (head.length === 0 || !whole.startsWith(head)) return false;
  const rest = whole.slice(head.length).replace(/^[.!;:\s]+/u, '');
  if (rest.length === 0) return false;
  // each sentence of the rest, of three words or more, still in the shorter value's text
  return sentences(rest).every((span) => {
    const one = rest.slice(span.start, span.end).replace(/[.!;:\s]+$/u, '').trim();
    return one.length === 0 || (one.split(/\s+/u).length >= 3 && shortText.includes(one));
  });
}

/** Whether a sentence can be a rule at all: enough words, not the page's chrome, not a date alone. */
export function mayBeRule(s: TextSentence): boolean {
  if (s.key.split(' ').length < MIN_WORDS) return shortPurposeItem(s);
  // a heading names the paragraph under it ("Detta krävs för att kunna få aktivitetsbidrag"), the paragraph is the rule
  if (s.heading) return false;
  // a list's lead ("Ansökan ska innehålla:") says what its items are; the items are the rules
  if (/:\s*$/u.test(s.text)) return false;
  if (withoutDates(s.key).split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length < MIN_WORDS - 1) return false;
  return !isNoiseSentence(s.text);
}

/**
 * Pairs the sentences left over in each text: each old sentence with the most similar new one at
 * or above SAME_SENTENCE, best pairs first. Candidates come from an index of content stems (a stem
 * in more than COMMON_STEM sentences is not looked up), at most MAX_CANDIDATES per sentence, so the
 * work grows with the texts, not with their product.
 */
export function pairSentences(olds: readonly TextSentence[], news: readonly TextSentence[]): { pairs: Array<[number, number]>; removed: number[]; added: number[] } {
  const wo = olds.map((s) => new Set(contentWords(s.text)));
  const wn = news.map((s) => new Set(contentWords(s.text)));
  const index = new Map<string, number[]>();
  wn.forEach((ws, j) => { for (const w of ws) { const list = index.get(w); if (list) list.push(j); else index.set(w, [j]); } });
  const candidates: Array<[number, number, number]> = [];
  wo.forEach((ws, i) => {
    const seen = new Set<number>();
    for (const w of ws) {
      const list = index.get(w);
      if (!list || list.length > COMMON_STEM) continue;
      for (const j of list) {
        if (seen.size >= MAX_CANDIDATES) break;
        seen.add(j);
      }
    }
    for (const j of seen) {
      const sim = dice(ws, wn[j]!);
      if (sim >= SAME_SENTENCE) candidates.push([sim, i, j]);
    }
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedO.has(i) || usedN.has(j)) continue;
    usedO.add(i); usedN.add(j);
    pairs.push([i, j]);
  }
  return { pairs, removed: olds.map((_, i) => i).filter((i) => !usedO.has(i)), added: news.map((_, j) => j).filter((j) => !usedN.has(j)) };
}

/**
 * The sentences of `xs` that say again what a sentence of `pool` says (as similar as an edited
 * sentence, SAME_SENTENCE): a rule added beside the same rule in other words that both texts have
 * ("Ersättning får lämnas för verksamhet som bedrivs utan vinstsyfte …" under "Vi ger ersättning
 * till insatser som bedrivs utan vinstsyfte …") is a restatement, not a new rule.
 */
export function restated(xs: readonly TextSentence[], pool: readonly TextSentence[]): Set<number> {
  const wp = pool.map((s) => new Set(contentWords(s.text)));
  const index = new Map<string, number[]>();
  wp.forEach((ws, j) => { for (const w of ws) { const list = index.get(w); if (list) list.push(j); else index.set(w, [j]); } });
  const out = new Set<number>();
  xs.forEach((s, i) => {
    const ws = new Set(contentWords(s.text));
    const seen = new Set<number>();
    for (const w of ws) for (const j of index.get(w) ?? []) if (seen.size < MAX_CANDIDATES && (index.get(w)!.length <= COMMON_STEM)) seen.add(j);
    for (const j of seen) if (dice(ws, wp[j]!) >= SAME_SENTENCE) { out.add(i); break; }
  });
  return out;
}

/** words that pick out of a set ("något av Formas ansvarsområden"), no content of their own when a sentence is shortened */
const PICKING: ReadonlySet<string> = new Set(contentWords('något någon några flera'));

/**
 * an enumeration of three or more short items after a semicolon, a colon or a comma ("…ansvarsområden; miljö, areella näringar
 * och samhällsbyggande"): the parts of the word before it, written out; each item one to three words
 */
const ENUMERATION = /[;:,]\s*([\p{L}-]+(?: [\p{L}-]+){0,2}(?:, ?[\p{L}-]+(?: [\p{L}-]+){0,2}){1,8} (?:och|eller) [\p{L}-]+)/gu;

/** at most this many other content words a shortened sentence may drop beside the enumeration ("samtidigt", "nås") */
const DROPPED_BESIDE = 3;

/**
 * Whether two wordings of one rule differ only in an enumeration that explains a word the shorter one keeps (Formas 2021 →
 * 2023, diff q333/q334: "Projekten ska knyta an till Formas ansvarsområden; miljö, areella näringar och samhällsbyggande och
 * samtidigt bidra till att de globala hållbarhetsmålen i Agenda 2030 nås." → "Projekten ska knyta an till något av Formas
 * ansvarsområden och bidra till de globala hållbarhetsmålen."): the shorter adds no content word but one that picks
 * ("något av"), starts with the same two words (its subject and verb), has as many denials, and what it drops is a whole
 * enumeration of three or more items after a semicolon, colon or comma, plus at most DROPPED_BESIDE words that are no number,
 * no year aside. Dropping some of a list's items ("kultur, idrott och friluftsliv" → "kultur") or a clause of its own ("ska vara
 * i länet och bidra …" → "ska bidra …") is still a change.
 */
export function sameButExplanationDropped(a: string, b: string): boolean {
  const [long, short] = contentWords(a).length >= contentWords(b).length ? [a, b] : [b, a];
  const lk = keyWords(long);
  const sk = keyWords(short);
  if (lk.length < 2 || lk[0] !== sk[0] || lk[1] !== sk[1] || denyingWords(lk) !== denyingWords(sk)) return false;
  const longStems = new Set(contentWords(withoutDates(sentenceKey(long))));
  const shortStems = contentWords(withoutDates(sentenceKey(short))).filter((w) => !PICKING.has(w));
  if (!shortStems.every((w) => longStems.has(w))) return false;
  const kept = new Set(shortStems);
  const dropped = new Set([...longStems].filter((w) => !kept.has(w)));
  if (dropped.size === 0) return false;
  let listed = false;
  for (const m of long.matchAll(ENUMERATION)) {
    const items = contentWords(m[1]!);
    if (items.length < 3 || items.some((w) => kept.has(w))) continue;
    listed = true;
    for (const w of items) dropped.delete(w);
  }
  return listed && dropped.size <= DROPPED_BESIDE && [...dropped].every((w) => !/\d/u.test(w));
}

/**
 * Whether a text holds a run of words, looked up without reading the whole text for each run: every
 * run of GRAM words of the text is kept in a set, and a run is searched for in the text only when
 * all of its own inner runs are there (each search reads the text once; most runs are ruled out by
 * the set, so a text of many sentences costs about its length, not its length times its sentences).
 */
const GRAM = 3;

export class WordRuns {
  private grams: Set<string> | undefined;
  private readonly padded: string;
  /** `text` is split at single spaces (a key, or a text normalised for quotes); its runs are listed at the first look-up */
  constructor(private readonly text: string) {
    this.padded = ` ${text} `;
  }
  private runs(): Set<string> {
    if (this.grams) return this.grams;
    const w = this.text.split(' ');
    const grams = new Set<string>();
    for (let i = 0; i + GRAM <= w.length; i++) grams.add(`${w[i]!} ${w[i + 1]!} ${w[i + 2]!}`);
    this.grams = grams;
    return grams;
  }
  /**
   * Whether `run` stands in the text; `whole` when it must stand as whole words (a key), else it may
   * start and end inside a word (a quote's first and last words are then not looked up in the set).
   */
  holds(run: string, whole: boolean): boolean {
    const words = run.split(' ');
    const inner = whole ? words : words.slice(1, -1);
    if (inner.length >= GRAM) {
      const grams = this.runs();
      for (let i = 0; i + GRAM <= inner.length; i++) if (!grams.has(`${inner[i]!} ${inner[i + 1]!} ${inner[i + 2]!}`)) return false;
    }
    return this.padded.includes(whole ? ` ${run} ` : run);
  }
}

/**
 * The rule sentences that changed between two texts, each under the one field a row of rules.ts
 * gives it (the new sentence's field, else the old one's). A sentence the other text still holds
 * word for word (split otherwise, across a line break) is no change; nor is a sentence that
 * differs from its partner in wording marks or in a date only.
 */
export function textChanges(oldText: string, newText: string): TextChange[] {
  const olds = textSentences(oldText);
  const news = textSentences(newText);
  const oldKey = new WordRuns(sentenceKey(oldText));
  const newKey = new WordRuns(sentenceKey(newText));
  const oldNorm = new WordRuns(normalizeForQuote(oldText));
  const newNorm = new WordRuns(normalizeForQuote(newText));
  const oldKeys = new Set(olds.map((s) => s.key));
  const newKeys = new Set(news.map((s) => s.key));
  // unchanged: the same sentence in the other text, or its words there in a row (split otherwise,
  // across a line break); the rest is read up to MAX_LEFT sentences a side
  const leftOld = olds.filter((s) => !newKeys.has(s.key) && mayBeRule(s)).slice(0, MAX_LEFT).filter((s) => !newKey.holds(s.key, true));
  const leftNew = news.filter((s) => !oldKeys.has(s.key) && mayBeRule(s)).slice(0, MAX_LEFT).filter((s) => !oldKey.holds(s.key, true));
  const { pairs, removed: gone, added: come } = pairSentences(leftOld, leftNew);
  // a pair that says the same in other words is kept as much as a sentence written alike
  const same = (o: TextSentence, n: TextSentence): boolean => withoutDates(withoutGlue(o.key)) === withoutDates(withoutGlue(n.key))
    || sameButFormAlternative(o.text, n.text) || sameWordsReordered(o.text, n.text) || sameButOneWord(o.text, n.text)
    // every word in another form of its root, a particle verb for its joined form, an article said or left out (wording.ts sameInOtherWords)
    || sameInOtherWords(o.text, n.text)
    // the same rule, its head reworded and its requirement clause the same (stated.ts statesRuleReworded)
    || statesRuleReworded(n.text, o.text) || sameButExplanationDropped(o.text, n.text);
  const alike = pairs.filter(([i, j]) => same(leftOld[i]!, leftNew[j]!));
  // the sentences both texts have: an added or removed one that says one of them again is no change (Formas 2021's second
  // sentence on the areas and the goals, "Fokus för kommunikationsprojekten ska ligga inom …", beside the first, reworded)
  const keptOld = [...olds.filter((s) => newKeys.has(s.key) && mayBeRule(s)).slice(0, MAX_LEFT), ...alike.map(([i]) => leftOld[i]!)];
  const keptNew = [...news.filter((s) => oldKeys.has(s.key) && mayBeRule(s)).slice(0, MAX_LEFT), ...alike.map(([, j]) => leftNew[j]!)];
  const sameOld = restated(gone.map((i) => leftOld[i]!), keptOld);
  const sameNew = restated(come.map((j) => leftNew[j]!), keptNew);
  const removed = gone.filter((_, k) => !sameOld.has(k));
  const added = come.filter((_, k) => !sameNew.has(k));
  // a sentence the other text still has as written (inside a longer word run) is no change either
  const stillIn = (norm: WordRuns, s: TextSentence): boolean => norm.holds(normalizeForQuote(s.text), false);
  const out: TextChange[] = [];
  // a list item is read with its lead ("Socialstyrelsen ska: samla regionerna för dialog …")
  const byRow = (x: TextSentence): RuleField | undefined => classifySentence(x.text) ?? (x.lead === undefined ? undefined : classifySentence(`${x.lead} ${x.text}`));
  const classify = (x: TextSentence): RuleField | undefined => byRow(x) ?? sectionField(x);
  // a sentence only its section's heading claims is weaker evidence of a rule: changed, it must say a word of its own
  // (… or a denial of its own: "genomförs i samarbete" → "genomförs inte i samarbete", review70b S1)
  const saysNewWord = (o: TextSentence, n: TextSentence): boolean => wordOfItsOwn(n.text, o.text) || wordOfItsOwn(o.text, n.text) || denyingWords(keyWords(o.text)) !== denyingWords(keyWords(n.text));
  for (const [i, j] of pairs) {
    const o = leftOld[i]!;
    const n = leftNew[j]!;
    if (same(o, n)) continue;
    const ruled = byRow(n) ?? byRow(o);
    const field = ruled ?? ((sectionField(n) ?? sectionField(o)) !== undefined && saysNewWord(o, n) ? sectionField(n) ?? sectionField(o) : undefined);
    if (field && !stillIn(newNorm, o) && !stillIn(oldNorm, n)) out.push({ field, kind: 'changed', old: o, new: n });
  }
  // uses the other text still lists, a bare reporting duty or a refusal of late applications beside the other's, are restated (restatements.ts, diff batch 37)
  const restatedAs = (s: TextSentence, otherText: string, others: readonly TextSentence[]): boolean =>
    usesStillStated(s.text, otherText) || bothStateBareReporting(s.text, others.map((x) => x.text)) || bothRefuseLate(s.text, others.map((x) => x.text));
  for (const i of removed) {
    const o = leftOld[i]!;
    const field = classify(o);
    if (field && !stillIn(newNorm, o) && !restatedAs(o, newText, news)) out.push({ field, kind: 'removed', old: o });
  }
  for (const j of added) {
    const n = leftNew[j]!;
    const field = classify(n);
    if (field && !stillIn(oldNorm, n) && !restatedAs(n, oldText, olds)) out.push({ field, kind: 'added', new: n });
  }
  // in the order of the texts: by the new line (the old one for a removal); a sentence a text says twice is one change
  const at = (c: TextChange): number => (c.new ?? c.old)!.line;
  const said = new Set<string>();
  return out.filter((c) => {
    const k = `${c.kind} ${c.old?.key ?? ''} ${c.new?.key ?? ''}`;
    if (said.has(k)) return false;
    said.add(k);
    return true;
  }).sort((a, b) => a.field.localeCompare(b.field) || at(a) - at(b) || a.kind.localeCompare(b.kind));
}
