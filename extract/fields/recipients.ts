import { allSentences, bodyBlocks, itemText, listAfter, locIn, sectionsWhere, sentencesOf, type Found, type SentenceAt } from './common.js';
import { globalCopy } from '../../specs/regex.js';
import type { Block, Doc, Section } from '../tree/types.js';
import { APPLICANTS_GO_ON, APPLICATION_PURPOSE, APPLICANT_PLACE, EXAMPLE_LEAD_WORDS, APPLICANT_APPOSITION, APPLICANT_HEAD_END, APPLICANT_LIST_FRAMES, APPLICANT_NOUN_CLASSES, ELIDED_MODIFIER, type ApplicantClass, APPLICANT_LIST_END, APPLICANT_SUBJECT_RELATIVE, APPLICANT_STATEMENT_FRAMES, APPLICANT_SUBJECT_FRAME, NOT_APPLICANT_PLACE, STATED_TYPE_NOUNS, ALSO_OPENING, APPLICANT_EXAMPLES, APPLICANTS_SPLIT, COMPLETION_VERB, COMPLETION_ELSEWHERE, NO_TYPE_HEADS, SUBJECT_CONTINUES, UNREAD_RECIPIENT_NOUN, UNREAD_ASSOCIATION_NOUN, ALSO_APPLICANT_SUBJECT, ALSO_SUM_TO_GROUP, ALSO_PAID_GROUP, RECIPIENT_LABEL_LINE, RECIPIENT_TYPE_LABEL_LINE, ALSO_RECIPIENTS, ALSO_SUBJECT, APPLIED_BY_OTHERS, CATEGORY_LINE_ELSEWHERE, ANSWER_DENIES, ANSWER_OTHER_ROLE, APPLICANT_PARTNER, OWN_GRANT_WORD, APPLICANT_CATEGORY_GRANT_LINE, APPLICANT_CATEGORY_LINE, APPLICANT_LIST_LEADS, CALL_STATEMENT, CLEFT_SUBJECT, ELIGIBILITY, GIVING_SUBJECT, HUVUDMAN, NAMED_AMOUNT_LEADS, NAMED_AMOUNT_LINES, NAMED_BODY_ITEM, NAMED_IN_SENTENCE, NAMED_LIST_LEADS, NAME_SEPARATOR, NAMED_RECIPIENTS, CLAUSE_END, CLAUSE_START, NOT_APPLICANT_ITEMS, NOT_APPLYING_CLAUSES, NOT_RECIPIENT_NAMES, ORGANISATION_NAMES, APPLYING_VERBS, CONDITION_LEAD, SUBJECT_BREAK, SUBJECT_CONJUNCTION, SUBJECT_DENIED, SUBJECT_HEADS, SUBJECT_LEADS, SUBJECT_MODIFIER, type ApplyingVerb, ORGANISATIONS_APPLY, ORGANISATIONS_ASKED, PAST_APPLICANTS, RECIPIENT_HEADINGS, TITLE_RECIPIENTS, TYPE_WORDS, type RecipientType } from '../cues/recipients.js';
import { anyCue, contextOf, cueTest, holds, type Cue } from '../cues/types.js';
import { CHROME_LINES, DISTRIBUTES, GRANT_COMPOUND_LINE } from '../cues/title.js';
import { titleOf } from './title.js';

/** Whether an ALSO_RECIPIENTS sentence's subject is the page's grant: a grant word, or a word the title holds (review48 c4). */
function ownGrantSubject(text: string, title: string): boolean {
  const m = ALSO_SUBJECT.exec(text);
  if (!m) return false;
  // (the definite form against the title's bare word: "Landsbygdsstödet" is the "Landsbygdsstöd" page's grant, review52 d6)
  const word = m[1]!.toLowerCase();
  const stem = word.length > 6 ? word.replace(/(?:et|en)$/u, '') : word;
  return OWN_GRANT_WORD.test(m[1]!) || title.toLowerCase().includes(stem);
}
import { keptBy, TextStore } from '../kept.js';
import { mayHold, mayHoldBlanked } from '../cues/literals.js';
import { noteOn } from '../notes.js';

// Who may requisition or apply: types (region, kommun, organisation) and, when the text limits
// eligibility to a list, the named recipients.

export type { RecipientType };

/** The rows' patterns as global ones, to blank every match. */
const PARTY_NAMES = NOT_RECIPIENT_NAMES.map((row) => globalCopy(row.cue));

const blank = (text: string, re: RegExp): string => text.replace(re, (m) => ' '.repeat(m.length));

/**
 * A text made from `from` by blanking (its denials, ORGANISATION_NAMES) with every party's name blanked too (NOT_RECIPIENT_NAMES).
 * A row whose words `from` lacks matches nothing in the text (mayHoldBlanked), so it is not run: most sentences name no party.
 */
function withoutParties(text: string, from: string): string {
  let out = text;
  for (let i = 0; i < PARTY_NAMES.length; i++) if (mayHoldBlanked(NOT_RECIPIENT_NAMES[i]!.cue, from)) out = blank(out, PARTY_NAMES[i]!);
  return out;
}

/**
 * A sentence that states nothing of who may apply now: a question, a sentence of another page, round or money
 * (COMPLETION_ELSEWHERE) or of past applicants. The completeness check and the framed reading skip the same ones.
 */
function notWhoApplies(text: string): boolean {
  return text.trimEnd().endsWith('?') || cueTest(COMPLETION_ELSEWHERE.cue, text) || PAST_APPLICANTS.test(text);
}

/** The list a frame introduces: the text after the frame's match, within SUBJECT_REACH, up to where the list ends (APPLICANT_LIST_END). */
function listAfterFrame(text: string, m: RegExpExecArray): string {
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + SUBJECT_REACH);
  const end = rest.search(APPLICANT_LIST_END.cue);
  return end < 0 ? rest : rest.slice(0, end);
}

/** how many blocks of a recipients section are read for who may apply */
const ANSWER_BLOCKS = 3;

const line = (text: string): ReturnType<typeof contextOf> => contextOf(text, 0, 0);

const DENIALS = NOT_APPLYING_CLAUSES.map((row) => globalCopy(row.cue));

const CLAUSE_END_FROM = new RegExp(CLAUSE_END.source, `${CLAUSE_END.flags}g`);

/**
 * The text with every clause that denies an applicant or points it elsewhere blanked ("Kommuner kan söka,
 * men föreningar kan inte söka" keeps "Kommuner kan söka"): the nouns left are the ones who may apply.
 * Linear in the text: the clause starts are read once, and a clause end found from one denial serves every
 * later denial before it (a denial repeated through one long sentence read the text before and after each).
 */
function applyingText(text: string): string {
  // the key and an answer as long as it
  return keptBy(applyingKept, text, applyingTextOf, (t) => 2 * t.length);
}

/**
 * The applying text and the types by text, kept (extract/kept.ts, bounded): a sentence read for who may
 * apply is asked for its applying text twice (its types, then whether organisations apply) and a long
 * document repeats sentences.
 */
const applyingKept = new TextStore<string>();
const typesKept = new TextStore<readonly RecipientType[]>();

/** how many texts each store keeps now, for tests of the bounds */
export const recipientsKept = (): { applying: number; types: number; chars: number } =>
  ({ applying: applyingKept.stats().texts, types: typesKept.stats().texts, chars: applyingKept.stats().chars + typesKept.stats().chars });

function applyingTextOf(text: string): string {
  const starts = [...text.matchAll(CLAUSE_START)].map((b) => b.index + b[0].length);
  const spans: Array<readonly [number, number]> = [];
  for (let d = 0; d < DENIALS.length; d++) {
    // (a denial whose words the text lacks has no match: not run)
    if (!mayHold(NOT_APPLYING_CLAUSES[d]!.cue, text)) continue;
    const re = DENIALS[d]!;
    let s = 0;
    let end: { from: number; at: number } | undefined;
    for (const m of text.matchAll(re)) {
      while (s < starts.length && starts[s]! <= m.index) s++;
      const from = m.index + m[0].length;
      if (!end || (end.at >= 0 && end.at < from)) {
        CLAUSE_END_FROM.lastIndex = from;
        end = { from, at: CLAUSE_END_FROM.exec(text)?.index ?? -1 };
      }
      spans.push([s > 0 ? starts[s - 1]! : 0, end.at >= 0 ? end.at : text.length]);
    }
  }
  // the spans' union blanked in one pass (spans of different rows may overlap)
  let out = '';
  let at = 0;
  for (const [start, stop] of spans.sort((a, b) => a[0] - b[0])) {
    if (stop <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(stop - from);
    at = stop;
  }
  return out + text.slice(at);
}

/** Whether a sentence is read by a row that names the one association the money goes to (OrganisationsApplyRow.alone). */
function namesOneAssociation(text: string): boolean {
  const applying = applyingText(text);
  return ORGANISATIONS_APPLY.some((row) => row.alone === true && sentenceRowHolds(row, applying));
}

/** Whether a sentence says organisations apply (ORGANISATIONS_APPLY), read with its denials blanked: one predicate for the recipients section and the body. */
const GRANTED_ORGANISATIONS = ORGANISATIONS_APPLY.find((row) => row.id === 'organisationer-som-beviljats-bidrag')!;

const DEFINED_ORGANISATION_GRANT = ORGANISATIONS_APPLY.find((row) => row.id === 'bidrag-ar-bidrag-till-organisation')!;

/**
 * Whether a sentence row holds of a sentence: its cue, and none of its sentence guards ("i uppdrag att följa upp …", a kommun
 * or region given the assignment, review63 r4a, r4c; the past "fick" of typ-far-summa, …). The rows' other guards read a
 * candidate's surroundings, which a whole sentence has none of.
 */
function sentenceRowHolds(row: Cue<unknown>, text: string): boolean {
  return cueTest(row.cue, text) && !row.unless?.some((g) => g.where === 'sentence' && cueTest(g.cue, text));
}

function organisationsApplyIn(text: string, doc?: Doc): boolean {
  const applying = applyingText(text);
  return ORGANISATIONS_APPLY.some((row) => row !== GRANTED_ORGANISATIONS && (row !== DEFINED_ORGANISATION_GRANT || (doc !== undefined && definedGrantOwn(doc, applying)))
    && sentenceRowHolds(row, applying) && (row.indirect !== true || doc === undefined || !appliedByOthers(doc)));
}

/** Whether any body sentence of a document holds a cue, kept per document: each document's sentences are scanned once per cue. */
function bodySentenceHolds(cue: RegExp): (doc: Doc) => boolean {
  const known = new WeakMap<Doc, boolean>();
  return (doc) => {
    let held = known.get(doc);
    if (held === undefined) {
      held = allSentences(bodyBlocks(doc)).some((s) => cueTest(cue, s.text));
      known.set(doc, held);
    }
    return held;
  };
}

/** Whether a sentence of the page says the grant is applied for by others than associations (APPLIED_BY_OTHERS, review56 b1, b2). */
const appliedByOthers = bodySentenceHolds(APPLIED_BY_OTHERS.cue);

/**
 * Whether the grant a sentence defines as a grant to an organisation ("Ett organisationsbidrag är ett generellt bidrag till en
 * ideell organisation", dev 1839) is the page's: its title names it, or a statement (no question) says the page's body hands it
 * out ("Jämställdhetsmyndigheten fördelar organisations- och etableringsbidrag", cues/title.ts DISTRIBUTES). A stipendium's
 * page comparing the two defines another grant (review52 d3).
 */
function definedGrantOwn(doc: Doc, text: string): boolean {
  const stem = DEFINED_ORGANISATION_GRANT.cue.exec(text)?.[1]?.toLowerCase() ?? '';
  if (stem.length < 4) return false;
  if ((titleOf(doc)?.value ?? '').toLowerCase().includes(stem)) return true;
  return allSentences(bodyBlocks(doc)).some((x) => !x.text.trimEnd().endsWith('?') && !cueTest(DEFINED_ORGANISATION_GRANT.cue, x.text) && x.text.toLowerCase().includes(stem) && anyCue(DISTRIBUTES, line(x.text)));
}

/** Whether a sentence tells of organisations granted the money now (GRANTED_ORGANISATIONS, its guards held): read last. */
function grantedOrganisationsIn(text: string): boolean {
  return holds(GRANTED_ORGANISATIONS, line(applyingText(text)));
}

/** The recipient types a text names as those who may apply (kept by text, frozen: every caller only reads them). */
/** The lead of whom the grant is aimed at ("Bidraget riktar sig till:"), one of APPLICANT_LIST_LEADS. */
const AIMED_AT_LEAD = APPLICANT_LIST_LEADS.find((row) => row.id === 'bidrag-riktar-sig-till-list');

/**
 * A list item's first two words, marks before them dropped ("• kommunala huvudmän" → "kommunala huvudmän"); none for an item
 * naming one body or place ("• Region Skåne", NAMED_BODY_ITEM).
 */
function headWords(text: string): string {
  if (NAMED_BODY_ITEM.test(text)) return '';
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []).slice(0, 2).join(' ');
}

/** A sentence with its giving kommun or region subject blanked (GIVING_SUBJECT): what is left names the recipients. */
function withoutGiver(text: string): string {
  const m = GIVING_SUBJECT.cue.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}

const PLACES = globalCopy(APPLICANT_PLACE.cue);
const PARTNERS = globalCopy(APPLICANT_PARTNER.cue);

/**
 * A statement of who may apply with what the application is for (APPLICATION_PURPOSE) and the applicants' places (APPLICANT_PLACE)
 * blanked: a kommun or region there is whom the work reaches or where it is done, never an applicant (utlys88). Same length, so
 * offsets hold.
 */
function withoutReached(text: string): string {
  const m = APPLICATION_PURPOSE.cue.exec(text);
  const purposeAt = m ? m.index + m[0].length - m[1]!.length : -1;
  const unpurposed = m ? text.slice(0, purposeAt) + ' '.repeat(m[1]!.length) + text.slice(purposeAt + m[1]!.length) : text;
  return unpurposed.replace(PLACES, (place) => ' '.repeat(place.length));
}

function typesIn(text: string): readonly RecipientType[] {
  return keptBy(typesKept, text, typesOf);
}

function typesOf(text: string): readonly RecipientType[] {
  // "Sveriges Kommuner och Landsting" is one organisation, not kommuner and regioner
  const plain = withoutParties(blank(applyingText(text), ORGANISATION_NAMES), text);
  return Object.freeze(TYPE_WORDS.filter((row) => cueTest(row.cue, plain)).map((row) => row.meaning));
}

/** At most this many sentences after the one that says who may apply are read for an "Även … kan söka" of their own. */
const ALSO_SENTENCES = 2;

/** How far before its applying verb a subject may start, in characters: dev 2040's subject of 96 characters, with room. */
const SUBJECT_REACH = 200;
/** At most this many leads ("ni som", "din", "alla"), modifiers before a noun, and nouns joined to the head. */
const MAX_LEADS = 2;
const MAX_MODIFIERS = 3;
const MAX_CONJUNCTS = 4;

/** The words of a subject, and commas (SUBJECT_CONJUNCTION reads "Kommuner, regioner och …"). */
const SUBJECT_TOKENS = /[\p{L}\p{N}][\p{L}\p{N}-]*|,/gu;

/** The type a word names as a subject's head noun (SUBJECT_HEADS), if any. */
function headType(word: string): RecipientType | undefined {
  return SUBJECT_HEADS.find((row) => cueTest(row.cue, word))?.meaning;
}

/**
 * The types the head nouns of a subject name, read from its start: the transparent leads stepped over (SUBJECT_LEADS: "ni som",
 * "din", "alla"), then at most a few modifiers before the noun (SUBJECT_MODIFIER), the head (SUBJECT_HEADS) and the nouns
 * joined to it ("Föreningar och studieförbund"). What follows the head ("med …", "som är registrerade i …") is not read; a
 * word that opens another clause between the head and the verb (SUBJECT_BREAK) voids the reading. Bounded: the subject is
 * at most SUBJECT_REACH characters.
 */
function subjectHeads(subject: string, object = false, unknown?: string[], tight = false): RecipientType[] {
  let rest = subject.replace(/^\P{L}+/u, '');
  // (a denying or excluding first word names who may not apply: "Inga kommuner kan söka", review70e)
  if (cueTest(SUBJECT_DENIED.cue, rest)) return [];
  for (let n = 0; n < MAX_LEADS; n++) {
    const lead = SUBJECT_LEADS.map((row) => row.cue.exec(rest)?.[0]).find((m) => m !== undefined && m.length > 0);
    if (lead === undefined) break;
    rest = rest.slice(lead.length);
  }
  const tokens = [...rest.matchAll(SUBJECT_TOKENS)];
  const out: RecipientType[] = [];
  const unread: string[] = [];
  let i = 0;
  let end = 0;
  const joined = (at: number): boolean => at >= tokens.length || cueTest(SUBJECT_CONJUNCTION.cue, tokens[at]![0]);
  for (let conjunct = 0; conjunct <= MAX_CONJUNCTS && i < tokens.length; conjunct++) {
    let type: RecipientType | undefined;
    for (let m = 0; m <= MAX_MODIFIERS && i < tokens.length; m++) {
      type = headType(tokens[i]![0]);
      if (type !== undefined || !cueTest(SUBJECT_MODIFIER.cue, tokens[i]![0])) break;
      i++;
    }
    if (type === undefined) {
      // (a joined noun the contract has no type for is stepped over, "Kommuner, myndigheter och ideella föreningar kan söka"; one no
      // row classifies, a lower-case noun joined to a type's, leaves the list unreadable whole: "Kommuner och samkommuner kan söka",
      // types83)
      const word = tokens[i]?.[0];
      if (word === undefined || object || !joined(i + 1)) break;
      if (!cueTest(NO_TYPE_HEADS.cue, word)) {
        // (the subject runs through the unread noun: what follows it is read as what follows the heads)
        if (conjunct > 0 && cueTest(UNREAD_RECIPIENT_NOUN.cue, word)) {
          unread.push(word);
          end = tokens[i]!.index + word.length;
        }
        break;
      }
      end = tokens[i]!.index + word.length;
      if (i + 1 >= tokens.length) break;
      i += 2;
      continue;
    }
    if (!out.includes(type)) out.push(type);
    end = tokens[i]!.index + tokens[i]![0].length;
    i++;
    if (!joined(i) || i >= tokens.length) break;
    i++;
  }
  // (an object's sentence goes on after it: what follows its head is not between it and a verb)
  // (… and, read to complete a list, only a phrase that goes on with the noun between it and the verb: SUBJECT_CONTINUES)
  const read = out.length > 0 && (object || !cueTest(SUBJECT_BREAK.cue, rest.slice(end))) && (!tight || cueTest(SUBJECT_CONTINUES.cue, rest.slice(end)));
  if (read) unknown?.push(...unread);
  return read ? out : [];
}

/**
 * Each applying verb row, run by its own pattern: a pattern without the g or y flag keeps no lastIndex, so exec shares no
 * state with the cue tests (the copy from its source this replaced was not needed; no run-time difference measured, tidy70).
 */
const APPLYING = APPLYING_VERBS.map((row) => ({ meaning: row.meaning as ApplyingVerb, re: row.cue }));

/**
 * The recipient types a sentence names as the subject of its applying clause (issue 12, recip68): the head noun before
 * "kan söka", "har möjlighet att söka", "som vill söka", or the one an "Om …" clause names before "… kan ni söka", however
 * long its modifiers ("Idrottsföreningar med barn- och ungdomsverksamhet som är registrerade i Solnas föreningsregister kan
 * söka ledarutbildningsbidraget", dev 2040). Read with the denying clauses blanked ("Föreningar kan inte söka"). Linear: one
 * search per verb row, and a subject of at most SUBJECT_REACH characters.
 */
function subjectTypes(sentence: string, unknown?: string[], completing = false): RecipientType[] {
  // ("Sveriges Kommuner och Landsting får rekvirera medel" is one organisation's, no kommun or region: ORGANISATION_NAMES, types83)
  const text = blank(applyingText(sentence), ORGANISATION_NAMES).trim();
  for (const { meaning, re } of APPLYING) {
    const m = re.exec(text);
    if (!m || m.index > SUBJECT_REACH) continue;
    // (a list completed reads no "X som vill söka …": an instruction to those who apply, often elsewhere — review70e s15)
    if (completing && (meaning === 'relative' || (meaning !== 'object' && !cueTest(COMPLETION_VERB.cue, m[0])))) continue;
    if (meaning === 'object') {
      const types = subjectHeads(text.slice(m.index + m[0].length, m.index + m[0].length + SUBJECT_REACH), true);
      if (types.length > 0) return types;
      continue;
    }
    let subject = meaning === 'v2' ? m[1] ?? '' : text.slice(0, m.index);
    if (meaning === 'inverted') {
      const lead = CONDITION_LEAD.cue.exec(subject);
      if (!lead) continue;
      subject = subject.slice(lead[0].length);
    }
    const types = subjectHeads(subject, false, unknown, completing);
    if (types.length > 0) return types;
  }
  return [];
}

/**
 * A page of short questions and answers read as headings only ("Vem kan söka?" / "Regionerna och
 * Gotlands kommun" / "Vad kan ni söka för?" / …): an empty recipients section's answer is the
 * heading right after it, when that heading has no body of its own either.
 */
function answerHeading(doc: Doc, section: Section): Block | undefined {
  const heading = section.heading;
  if (!heading || section.blocks.length > 0) return undefined;
  const next = doc.blocks[heading.index + 1];
  const after = doc.blocks[heading.index + 2];
  return next?.kind === 'heading' && (!after || after.kind === 'heading') ? next : undefined;
}

/** The list a recipients section's first item opens: that item and the items right after it. */
function listRun(section: Section, first: Block): Block[] {
  const from = section.blocks.indexOf(first);
  const run: Block[] = [];
  for (const b of section.blocks.slice(from)) {
    if (b.kind !== 'item') break;
    run.push(b);
  }
  return run;
}

export function findRecipients(doc: Doc): { types: Array<Found<RecipientType>>; named: Array<Found<string>> } {
  const types: Array<Found<RecipientType>> = [];
  const named: Array<Found<string>> = [];
  const add = (t: RecipientType, s: SentenceAt): void => {
    if (!types.some((x) => x.value === t)) types.push({ value: t, at: s });
  };
  // every row's heading ("Vem kan söka?", "Bidragsberättigade organisationer"), in the document's order
  const headed = new Set(RECIPIENT_HEADINGS.flatMap((row) => sectionsWhere(doc, row.cue)));
  // … never one that asks who may not ("Vilka kan inte söka?" over "- kommuner / - regioner", review66 lx3): a list under a
  // denying lead names no recipient
  const sections = doc.sections.filter((s) => headed.has(s) && !anyCue(NOT_APPLICANT_ITEMS, line(s.heading?.seg.text ?? '')));
  for (const section of sections) {
    const first = section.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'item') ?? answerHeading(doc, section);
    if (!first) continue;
    const heading = section.heading!;
    const headingTypes = typesIn(heading.seg.text).filter((t) => t !== 'organisation');
    const read = (s: SentenceAt): void => {
      // (a partner after "i samarbete med …" is no applicant: APPLICANT_PARTNER blanked, dev 2622, types89)
      for (const t of typesIn(s.text.replace(PARTNERS, (m) => ' '.repeat(m.length)))) if (!anyCue(HUVUDMAN, line(s.text)) || t !== 'organisation') add(t, s);
      // organisations named where they are not the subject, as the agent of a passive ("Bidrag kan sökas av
      // föreningar, arbetsgrupper och privatpersoner …", dev 1269): the rows that say organisations apply, as
      // the sentences outside a recipients section are read
      if (organisationsApplyIn(s.text, doc) && !anyCue(HUVUDMAN, line(s.text))) add('organisation', s);
    };
    // (… the second only when it gives no body another role than applicant: "Ideella föreningar kan söka stödet. Kommuner och regioner kan
    // vara samverkanspartner." is the föreningar's alone, ANSWER_OTHER_ROLE, types89)
    allSentences([first]).slice(0, 2).filter((s, k) => k === 0 || !cueTest(ANSWER_OTHER_ROLE.cue, s.text.trim())).forEach(read);
    // … and a later sentence of the first block that adds a kind by its own subject ("Även ideella föreningar och stiftelser kan
    // söka medel.", dev 2291, after a statute's title that names kommuner och landsting): the subject's types only (fresh77a)
    for (const s of allSentences([first]).slice(2)) {
      const subject = ALSO_APPLICANT_SUBJECT.cue.exec(s.text)?.[1];
      if (subject !== undefined) for (const t of typesIn(subject)) add(t, s);
    }
    // an answer laid out as a list ("Vilka kan beviljas bidrag?" / "• Ideella föreningar. …" / "• Stiftelser godtas …" /
    // "• Kommuner eller Region Värmlands egna verksamheter godtas …", dev 1246): every item of it, not the first alone
    if (first.kind === 'item') for (const item of listRun(section, first).slice(1)) allSentences([item]).slice(0, 2).forEach(read);
    // an answer that leads into a list of who may apply ("Du kan söka stöd om du representerar en juridisk
    // person. Exempel på juridisk person:" / "• Regioner, kommuner eller statliga myndigheter" / …): the list's items
    if (types.length === 0 && first.kind === 'paragraph' && first.seg.text.trimEnd().endsWith(':')) {
      for (const item of listAfter(doc, first)) for (const t of typesIn(item.seg.text)) add(t, { block: item, start: 0, end: item.seg.text.length, text: item.seg.text });
    }
    // an answer whose first block says what the applicants do, not who they are ("Stödtagare" / "Sociala, miljö-,
    // … verksamheter som uppfyller ändamålskraven." / "Åländska ideella föreningar, …"): the section's next blocks
    // (… not when the first block already answers, an applicant the contract has no type for: "Vem kan söka?" / "Företag kan
    // söka bidraget." / "Kommunen beviljar bidrag …" names the giver after the answer, no applicant — grid66, constructed)
    const answered = allSentences([first]).slice(0, 2).some((s) => ELIGIBILITY.some((row) => sentenceRowHolds(row, s.text)));
    if (types.length === 0 && !answered) {
      for (const next of section.blocks.filter((b) => b.index > first.index && (b.kind === 'paragraph' || b.kind === 'item')).slice(0, ANSWER_BLOCKS - 1)) {
        allSentences([next]).slice(0, 2).forEach(read);
        if (types.length > 0) break;
      }
    }
    // a later paragraph that adds a kind to the answer ("… kan också beviljas direkt till berörda kommuner …", dev 1752)
    if (types.length > 0 && first.kind === 'paragraph') {
      for (const next of section.blocks.filter((b) => b.index > first.index && b.kind === 'paragraph').slice(0, ANSWER_BLOCKS - 1)) {
        for (const s of allSentences([next]).slice(0, 2)) if (anyCue(ALSO_RECIPIENTS, line(s.text)) && ownGrantSubject(s.text, titleOf(doc)?.value ?? '')) read(s);
      }
    }
    // a lead of whom the grants are for and its list, later in the section ("De statsbidrag som Skolverket fördelar riktar sig
    // till" / "• kommunala huvudmän" / … / "• organisationer med anknytning till skola och utbildning", dev 1921): its items
    // add their kinds to the answer's
    // (an item's head only, its first two words: "projekt i kommuner", "företag som samarbetar med kommuner" name a place or a
    // partner, not whom the grant is for — review58 l2, l4, constructed)
    if (types.length > 0) {
      for (const lead of section.blocks.filter((b) => b.index > first.index && b.kind === 'paragraph')) {
        if (!anyCue(APPLICANT_LIST_LEADS, line(lead.seg.text))) continue;
        for (const item of listAfter(doc, lead)) {
          if (anyCue(NOT_APPLICANT_ITEMS, line(item.seg.text))) continue;
          for (const t of typesIn(headWords(item.seg.text))) add(t, { block: item, start: 0, end: item.seg.text.length, text: item.seg.text });
        }
      }
    }
    if (types.length === 0) for (const t of headingTypes) add(t, { block: heading, start: 0, end: heading.seg.text.length, text: heading.seg.text });
    // "År 2026 är det följande sju regioner:" followed by a list of names
    for (const lead of section.blocks) {
      if (lead.kind !== 'paragraph' || !anyCue(NAMED_LIST_LEADS, line(lead.seg.text))) continue;
      for (const item of listAfter(doc, lead)) {
        const name = itemText(item.seg.text);
        if (anyCue(NAMED_RECIPIENTS, line(name))) {
          named.push({ value: name, at: { block: item, start: 0, end: item.seg.text.length } });
        }
      }
    }
  }
  // a lead of who may apply and its list ("De som kan söka det regionala arrangörsbidraget är:" / "• Kommunala
  // verksamheter … kan ansöka …" / "• Ideella föreningar kan söka …" / "• Kommersiella arrangörer kan inte söka …",
  // dev 1245): every item that does not say who may not, before any single sentence elsewhere
  if (types.length === 0) {
    for (const lead of bodyBlocks(doc)) {
      if (types.length > 0) break;
      if (lead.kind !== 'paragraph' || !anyCue(APPLICANT_LIST_LEADS, line(lead.seg.text))) continue;
      // (a lead of whom the grant is aimed at lists groups and places too: its items' heads only, "• barn och unga i
      // kommuner" names no kommun — review58 bl1, bl2, constructed)
      const aimed = AIMED_AT_LEAD !== undefined && cueTest(AIMED_AT_LEAD.cue, lead.seg.text.trim());
      for (const item of listAfter(doc, lead)) {
        if (anyCue(NOT_APPLICANT_ITEMS, line(item.seg.text))) continue;
        for (const t of typesIn(aimed ? headWords(item.seg.text) : item.seg.text)) add(t, { block: item, start: 0, end: item.seg.text.length, text: item.seg.text });
      }
    }
  }
  // a label line that answers who may apply after a colon ("Behörighet: Kulturorganisationer och fria … kulturskapare baserade på
  // Gotland …", dev 2292): the answer's head only (RECIPIENT_LABEL_LINE, fresh77a)
  if (types.length === 0) {
    for (const b of bodyBlocks(doc)) {
      let start = 0;
      for (const l of b.seg.text.split('\n')) {
        // (… or "Sökande:", "Målgrupp:" answered by a type's plural, RECIPIENT_TYPE_LABEL_LINE, recip81)
        const head = RECIPIENT_LABEL_LINE.cue.exec(l.trim())?.[1] ?? RECIPIENT_TYPE_LABEL_LINE.cue.exec(l.trim())?.[1];
        // the evidence is the label's own line of the block
        if (head !== undefined) for (const t of typesIn(head)) add(t, { block: b, start, end: start + l.length, text: l });
        start += l.length + 1;
      }
      if (types.length > 0) break;
    }
  }
  if (types.length === 0) {
    const sentences = allSentences(bodyBlocks(doc));
    // the text's own call statement names its recipients before any sentence of a larger frame ("Regeringen ska fördela
    // medel om 5 miljarder kronor till kommunerna … Denna utlysning gäller bidrag till ideella föreningar", CALL_STATEMENT,
    // review65 r6, left66)
    for (const s of sentences) {
      const own = CALL_STATEMENT.cue.exec(s.text)?.[1];
      if (own === undefined || PAST_APPLICANTS.test(s.text)) continue;
      for (const t of typesIn(own)) add(t, s);
      if (types.length > 0) break;
    }
    if (types.length === 0) for (const [i, s] of sentences.entries()) {
      // a question the next sentence answers no is not a rule ("Vad kan kommunen söka bidrag för? Det här bidraget söks inte av kommunen …")
      if (s.text.trimEnd().endsWith('?') && cueTest(ANSWER_DENIES, sentences[i + 1]?.text ?? '')) continue;
      // organisations only as the ones who apply ("Ideella organisationer kan söka"), not in passing
      const organisationsApply = organisationsApplyIn(s.text, doc);
      const eligible = ELIGIBILITY.some((row) => sentenceRowHolds(row, s.text));
      if (!eligible && !organisationsApply) continue;
      if (PAST_APPLICANTS.test(s.text)) continue;
      // (a kommun or region giving, the sentence's subject, is no recipient: "Kommunen beviljar bidrag till ideella
      // föreningar", GIVING_SUBJECT, vary63)
      // (a cleft names its applicant before "som", the body it hands the application to after: "Det är kommunen som skickar in
      // ansökan till länsstyrelsen" is the kommun's alone, CLEFT_SUBJECT, vary63 R1c)
      const cleft = CLEFT_SUBJECT.cue.exec(s.text)?.[1];
      // (a sentence read only by a row that names the one association paid gives that association alone: its other type words
      // are the work's purpose or place, "… för att stödja anhörigkonsulenter i kommunerna", OrganisationsApplyRow.alone, recip81)
      const alone = !eligible && namesOneAssociation(s.text);
      for (const t of typesIn(withoutReached(cleft ?? withoutGiver(s.text)))) if (t === 'organisation' ? organisationsApply : !alone) add(t, s);
      if (organisationsApply && !types.some((x) => x.value === 'organisation')) add('organisation', s);
      if (types.length > 0) {
        // … and the sentences right after it in its paragraph that add a kind by their own subject ("Kommuner kan ansöka om
        // stödet. Även ideella föreningar kan söka.", recip77 C18, F11): the subject's types only, as a recipients section's
        // answer is read (ALSO_APPLICANT_SUBJECT, open78)
        for (const next of sentences.slice(i + 1, i + 1 + ALSO_SENTENCES)) {
          if (next.block !== s.block) break;
          const subject = ALSO_APPLICANT_SUBJECT.cue.exec(next.text)?.[1] ?? ALSO_SUM_TO_GROUP.cue.exec(next.text)?.[1];
          if (subject !== undefined) for (const t of typesIn(subject)) add(t, next);
        }
        break;
      }
    }
    // … and organisations "som beviljats bidrag" are the grant's, told of now (dev 1841), when no sentence says who may
    // apply: read last (review52 d1, d2)
    if (types.length === 0) {
      const granted = sentences.find((s) => grantedOrganisationsIn(s.text));
      if (granted) add('organisation', granted);
    }
    const title = doc.blocks.find((b) => b.kind === 'heading');
    const words = title ? TITLE_RECIPIENTS.map((row) => row.cue.exec(title.seg.text)?.[1]).find((w) => w !== undefined) : undefined;
    if (types.length === 0 && title && words) {
      for (const t of typesIn(words)) add(t, { block: title, start: 0, end: title.seg.text.length, text: title.seg.text });
    }
    // the applicant category as a heading of its own right below the grant's heading ("Kulturbidrag (2024)" / "Kulturföreningar")
    // (… the grant's heading below a chrome heading: "Skriv ut" / "Lokalt aktivitetsstöd (2024)" / "Bidrag till
    // ungdomsföreningar", dev 1809, the category told as the grant's purpose)
    const grant = doc.blocks.find((b) => b.kind === 'heading' && !CHROME_LINES.some((r) => cueTest(r.cue, b.seg.text.trim())));
    const category = grant ? doc.blocks[grant.index + 1] : undefined;
    const categoryLine = (t: string): boolean => cueTest(APPLICANT_CATEGORY_LINE.cue, t) || cueTest(APPLICANT_CATEGORY_GRANT_LINE.cue, t);
    // (… not under a stipendium's or a prize's heading, nor over a pointer to another page: review52 d4)
    const elsewhere = (): boolean => cueTest(CATEGORY_LINE_ELSEWHERE[0]!.cue, grant!.seg.text.trim())
      || doc.blocks.slice(category!.index + 1, category!.index + 3).some((b) => cueTest(CATEGORY_LINE_ELSEWHERE[1]!.cue, b.seg.text));
    if (types.length === 0 && grant && category?.kind === 'heading' && cueTest(GRANT_COMPOUND_LINE.cue, grant.seg.text.trim()) && categoryLine(category.seg.text.trim()) && !elsewhere()) {
      add('organisation', { block: category, start: 0, end: category.seg.text.length, text: category.seg.text });
    }
    // … or the grant's own heading is that line: "Bidrag till Studieförbund" (dev 1742), nothing else named in it
    if (types.length === 0 && grant && cueTest(APPLICANT_CATEGORY_GRANT_LINE.cue, grant.seg.text.trim())) {
      add('organisation', { block: grant, start: 0, end: grant.seg.text.length, text: grant.seg.text });
    }
    // the subject of an applying clause, however long ("Idrottsföreningar med barn- och ungdomsverksamhet som är registrerade i
    // Solnas föreningsregister kan söka …", "Om din förening uppfyller villkoren kan ni söka …", recip68): the first sentence
    // whose applying verb has a recipient noun as its subject's head, when nothing else named who may apply
    if (types.length === 0) {
      for (const s of sentences) {
        for (const t of subjectTypes(s.text)) add(t, s);
        if (types.length > 0) break;
      }
    }
    // a question heading that asks which associations may get the grant ("Vilka föreningar kan få bidrag?", dev 1316): read
    // last, its section not as the answer (it may name other bodies in passing), never when the answer below says no
    if (types.length === 0) {
      const asked = doc.blocks.find((b) => b.kind === 'heading' && cueTest(ORGANISATIONS_ASKED.cue, b.seg.text.trim()));
      const answer = asked ? doc.blocks[asked.index + 1] : undefined;
      if (asked && !(answer && cueTest(ANSWER_DENIES, answer.seg.text)) && !appliedByOthers(doc)) add('organisation', { block: asked, start: 0, end: asked.seg.text.length, text: asked.seg.text });
    }
  }
  // the last reading (types85, issue 12): a statement of who may apply in a frame of APPLICANT_LIST_FRAMES ("Bidraget kan sökas av
  // byalag", "Målgruppen för stödet är …", "Socialstyrelsen ska fördela … kronor till kommuner och regioner"), every head of every such
  // statement classified (APPLICANT_NOUN_CLASSES); the completeness check below then reads the rest of the body as for any list
  if (types.length === 0) for (const f of framedTypes(doc)) add(f.type, f.at);
  // a sentence of examples of who may apply, when no statement was read: the statement before it names a kind of body no type
  // classifies ("Den som ansöker om stöd ska vara en juridisk person – privat eller offentlig. Exempel på offentlig juridisk person
  // kan vara … kommuner, landsting …", dev 2534 without dev 2340's "Vem kan ansöka om stöd?" heading over the same sentences): the
  // first such sentence's list (APPLICANT_EXAMPLES); the completeness check below reads the others (types87)
  if (types.length === 0) {
    const split = splitStated(doc);
    for (const s of allSentences(bodyBlocks(doc))) {
      const examples = examplesOf(s.text, split);
      if (examples === undefined || PAST_APPLICANTS.test(examples) || cueTest(COMPLETION_ELSEWHERE.cue, s.text)) continue;
      for (const t of typesIn(examples)) add(t, s);
      if (types.length > 0) break;
    }
  }
  // a decision's further payment to a whole group, told with "även/också" ("Kammarkollegiet ska bland annat: / * även betala ut 250
  // miljoner kronor till regionerna", dev 2328): its group is a recipient beside the first payee's (ALSO_PAID_GROUP, fresh78b);
  // only in a text with no recipients section of its own, where the sentence scan stopped at the first payee
  if (types.length > 0 && sections.length === 0) {
    for (const s of allSentences(bodyBlocks(doc))) {
      const group = holds(ALSO_PAID_GROUP, contextOf(s.text, 0, 0)) ? ALSO_PAID_GROUP.cue.exec(s.text)?.[1] : undefined;
      if (group !== undefined && !PAST_APPLICANTS.test(s.text)) for (const t of typesIn(group)) add(t, s);
    }
  }
  // every other statement of who may apply adds its types: the list complete, or none when a statement names an applicant no row
  // classifies beside a type (types83)
  if (types.length > 0) {
    const read = (): string => types.map((t) => t.value).join(', ');
    const withhold = (at: SentenceAt, message: string): void => {
      noteOn(doc, { rule: TYPES_PARTIAL, at, message: `recipients.types left out: ${message}` });
      withheld.add(doc);
      types.length = 0;
    };
    const unread = completeTypes(doc, add, sections);
    // (an association's noun beside a list that holds organisation already leaves nothing out: UNREAD_ASSOCIATION_NOUN)
    if (unread !== undefined && !(cueTest(UNREAD_ASSOCIATION_NOUN.cue, unread.word) && types.some((t) => t.value === 'organisation'))) {
      withhold(unread.at, `"${unread.word}" names an applicant beside a recipient type that no row classifies, so the list read (${read()}) may be partial`);
    }
    // … and a type a statement of who may apply names that the list read lacks leaves it out too (types84)
    let stated = types.length > 0 ? statedTypeMissing(doc, types.map((t) => t.value)) : undefined;
    // (… unless the framed statements, each read whole, name the missing type: the list and theirs together leave no statement's type
    // out — "Ansökan kan göras av kommuner, regioner samt av länsstyrelser", types85)
    if (stated !== undefined) {
      const framed = framedTypes(doc);
      const union = [...new Set([...types.map((t) => t.value), ...framed.map((f) => f.type)])];
      if (framed.some((f) => f.type === stated!.type) && statedTypeMissing(doc, union) === undefined) {
        for (const f of framed) add(f.type, f.at);
        stated = undefined;
      }
    }
    if (stated !== undefined) {
      withhold(stated.at, `"${stated.word}" (${stated.type}) stands in a statement of who may apply (row ${stated.row}) that the list read (${read()}) lacks, so the list is partial`);
    }
  }
  if (named.length === 0) named.push(...namedInSentences(doc));
  if (named.length === 0) named.push(...namedWithAmounts(doc));
  return { types, named };
}

/** A type noun a statement of who may apply names, and the frame row that read it. */
interface Stated { readonly type: RecipientType; readonly word: string; readonly row: string }

/** At most this many words before a type noun are read for a word that makes it a place or partner (NOT_APPLICANT_PLACE). */
const PLACE_REACH = 3;

/**
 * The type nouns (STATED_TYPE_NOUNS) a span of a statement names as applicants: each noun not led, within PLACE_REACH words and no
 * conjunction between, by a word that makes it a place, a partner or a beneficiary (NOT_APPLICANT_PLACE); "samt till …", "och av …"
 * and "till exempel …" go on with the applicants. Linear: each word is read once, and at most PLACE_REACH words back.
 */
function statedNouns(span: string, row: string): Stated[] {
  const tokens = [...span.matchAll(SUBJECT_TOKENS)].map((m) => m[0]);
  const out: Stated[] = [];
  const conjunction = (at: number): boolean => at >= 0 && cueTest(SUBJECT_CONJUNCTION.cue, tokens[at]!);
  tokens.forEach((word, i) => {
    const type = STATED_TYPE_NOUNS.find((row) => cueTest(row.cue, word))?.meaning;
    if (type === undefined) return;
    for (let j = i - 1; j >= Math.max(0, i - PLACE_REACH); j--) {
      // (… an elided compound's "och" joins its parts, not two applicants: "för idrotts- och kulturföreningar", fresh71 Sx)
      if (conjunction(j) && !tokens[j - 1]?.endsWith('-')) break;
      if (!cueTest(NOT_APPLICANT_PLACE.cue, tokens[j]!)) continue;
      if (cueTest(APPLICANTS_GO_ON.cue, tokens[j]!) && conjunction(j - 1)) break;
      if (tokens[j + 1] !== undefined && cueTest(EXAMPLE_LEAD_WORDS.cue, `${tokens[j]!} ${tokens[j + 1]!}`)) continue;
      return;
    }
    out.push({ type, word, row });
  });
  return out;
}


/**
 * The types a sentence's statement of who may apply names (types84): the list after a frame (APPLICANT_STATEMENT_FRAMES) up to a clause
 * mark, a relative pronoun or an exception (APPLICANT_LIST_END), and the subject before "kan söka" (APPLICANT_SUBJECT_FRAME) up to its first "som", never a subject
 * another clause's word breaks (SUBJECT_BREAK: "Föreningar ska informera om hur kommuner kan söka"). Read with the denials blanked.
 */
function statedTypes(sentence: string): Stated[] {
  const text = withoutParties(blank(applyingText(sentence), ORGANISATION_NAMES), sentence);
  const out: Stated[] = [];
  for (const row of APPLICANT_STATEMENT_FRAMES) {
    const m = row.cue.exec(text);
    if (!m) continue;
    out.push(...statedNouns(listAfterFrame(text, m), row.id));
  }
  const verb = APPLICANT_SUBJECT_FRAME.cue.exec(text);
  // (a sentence that opens with "Även"/"Också" is read as ALSO_APPLICANT_SUBJECT reads it, or not at all: "Även föreningar som samverkar
  // med kommunen kan söka medel" names a partner, open78 A1)
  const also = !cueTest(ALSO_OPENING.cue, sentence.trim()) || cueTest(ALSO_APPLICANT_SUBJECT.cue, sentence.trim());
  if (verb && verb.index <= SUBJECT_REACH && also) {
    const subject = text.slice(0, verb.index);
    const relative = subject.search(APPLICANT_SUBJECT_RELATIVE.cue);
    const head = relative < 0 ? subject : subject.slice(0, relative);
    if (!cueTest(SUBJECT_BREAK.cue, head)) out.push(...statedNouns(head, APPLICANT_SUBJECT_FRAME.id));
  }
  return out;
}

/**
 * The first type noun a statement of who may apply names that the list read lacks, anywhere in the body (types84, issue 12: a list
 * that lacks a type the text names is wrong, an absent one only missing): the list cannot be published whole. A question, a sentence
 * of other money, another page or round (COMPLETION_ELSEWHERE) or of past applicants is not read, as completeTypes reads none.
 */
function statedTypeMissing(doc: Doc, types: readonly RecipientType[]): (Stated & { at: SentenceAt }) | undefined {
  // (only the nouns of a type the list lacks can be missing)
  const nouns = STATED_TYPE_NOUNS.filter((row) => !types.includes(row.meaning));
  for (const s of allSentences(bodyBlocks(doc))) {
    if (!mayStateTypes(s.text, nouns)) continue;
    if (notWhoApplies(s.text)) continue;
    const missing = statedTypes(s.text).find((x) => !types.includes(x.type));
    if (missing) return { ...missing, at: s };
  }
  return undefined;
}

const APPOSITIONS = globalCopy(APPLICANT_APPOSITION.cue);

/** The class of a list item's head (its last word, or its last two: "idéburna aktörer"), if a row of APPLICANT_NOUN_CLASSES has it. */
function headClass(words: readonly string[]): ApplicantClass | undefined {
  const two = words.length >= 2 ? `${words.at(-2)!} ${words.at(-1)!}` : undefined;
  return (two !== undefined ? APPLICANT_NOUN_CLASSES.find((row) => cueTest(row.cue, two))?.meaning : undefined)
    ?? APPLICANT_NOUN_CLASSES.find((row) => cueTest(row.cue, words.at(-1)!))?.meaning;
}

/** How a framed list reads: its types, and whether a head of it no row classifies (then the statement gives no list). */
interface FramedList { readonly types: RecipientType[]; readonly unreadable: boolean }

/**
 * A list of applicants read item by item (types85): the items between commas and "och"/"eller"/"samt" (an apposition's "till exempel",
 * "det vill säga" as a comma), each item's head the word before its postmodifier or verb (APPLICANT_HEAD_END); after the first
 * postmodifier the list is not read on, and a type noun there that names an applicant (statedNouns) the items lack makes it
 * unreadable: "föreningar i samverkan med kommuner" is föreningar's, "föreningar med verksamhet för barn och regioner" no list.
 * Linear: each word is read once.
 */
function framedList(span: string, row: string): FramedList {
  const tokens = [...span.replace(APPOSITIONS, (m) => `,${' '.repeat(m.length - 1)}`).matchAll(SUBJECT_TOKENS)];
  const types: RecipientType[] = [];
  let unreadable = false;
  let words: string[] = [];
  const close = (): void => {
    if (words.length === 0) return;
    const kind = headClass(words);
    if (kind === undefined) {
      // (the first of an elided pair, "ideella och ekonomiska föreningar", has its head in the next item)
      if (!(words.length === 1 && cueTest(ELIDED_MODIFIER.cue, words[0]!))) unreadable = true;
    } else if (kind !== 'none' && !types.includes(kind)) types.push(kind);
    words = [];
  };
  for (const [i, t] of tokens.entries()) {
    const word = t[0];
    if (word === ',' || cueTest(SUBJECT_CONJUNCTION.cue, word)) {
      close();
      continue;
    }
    // ("… och till regioner", "… samt av länsstyrelser": the preposition repeated after a conjunction goes on with the list)
    const ends = cueTest(APPLICANT_HEAD_END.cue, word);
    if (ends && i > 0 && words.length === 0 && tokens[i - 1]![0] !== ',' && cueTest(SUBJECT_CONJUNCTION.cue, tokens[i - 1]![0])) continue;
    if (ends) {
      close();
      const rest = span.slice(t.index);
      if (statedNouns(rest, row).some((x) => !types.includes(x.type))) unreadable = true;
      return { types, unreadable };
    }
    words.push(word);
  }
  close();
  return { types, unreadable };
}

/** The row of a grant named by its recipients (APPLICANT_LIST_FRAMES), read on no list item but a path. */
const GRANT_NAMED_BY_RECIPIENTS = 'frame-bidrag-till-grupp';

/**
 * The types the statements of who may apply name in the frames of APPLICANT_LIST_FRAMES, anywhere in the body (types85, issue 12),
 * each with the first sentence that names it: none when any such statement that names a recipient's noun has a head no row classifies
 * (a type list is published only whole). A question, a sentence of other money, another page or round (COMPLETION_ELSEWHERE) or of past
 * applicants is not read, as the completeness check reads none; nor a subject that another clause's word breaks (SUBJECT_BREAK), nor a
 * sentence opening "Även" that ALSO_APPLICANT_SUBJECT does not read (open78 A1).
 */
function framedTypes(doc: Doc): Array<{ type: RecipientType; at: SentenceAt }> {
  const out: Array<{ type: RecipientType; at: SentenceAt }> = [];
  for (const s of allSentences(bodyBlocks(doc))) {
    if (notWhoApplies(s.text)) continue;
    const text = withoutParties(blank(applyingText(s.text), ORGANISATION_NAMES), s.text);
    for (const row of APPLICANT_LIST_FRAMES) {
      const m = row.cue.exec(text);
      // (a row's sentence guards hold the frame's other readings: "Information om stödet ges till …", review85b)
      if (!m || row.unless?.some((g) => g.where === 'sentence' && cueTest(g.cue, text))) continue;
      // (a grant named by its recipients is a page's own name in a heading, a line or a path, never a list's item: a bulleted
      // "Stöd till föreningar och organisationer" among "Föreningsservice" and "Regler och krav" is a menu's sibling page, diffb33 q325;
      // a path in an item, "- / Bidrag till föreningar", is the page's own, dev 406, 1797)
      if (row.id === GRANT_NAMED_BY_RECIPIENTS && s.block.kind === 'item' && !s.text.trimStart().startsWith('/')) continue;
      let span: string;
      if (row.meaning === 'after') {
        span = listAfterFrame(text, m);
      } else {
        const also = !cueTest(ALSO_OPENING.cue, s.text.trim()) || cueTest(ALSO_APPLICANT_SUBJECT.cue, s.text.trim());
        if (m.index > SUBJECT_REACH || !also || cueTest(SUBJECT_BREAK.cue, text.slice(0, m.index))) continue;
        span = text.slice(0, m.index);
        // (the applicants as a relative clause's own subject, "det speciella bidrag som byalag och samhällsföreningar kan söka", "stöd som
        // föreningar kan söka", types86: the words after "som" are the subject when they read as a list of applicants)
        const own = relativeSubject(span, row.id);
        if (own !== undefined) span = own;
        // (the verb of a relative clause, "Föreningar som erhåller stöd ska redovisa …", is no statement of who applies: review70b R3)
        else if (cueTest(APPLICANT_SUBJECT_RELATIVE.cue, `${span.slice(-8)} `)) continue;
      }
      const list = framedList(span, row.id);
      if (list.unreadable) {
        // (a statement that names no recipient's noun, "Stöd kan ges till projekt som …", says nothing of the types)
        const names = statedNouns(span, row.id).length > 0 || [...span.matchAll(SUBJECT_TOKENS)].some((t) => cueTest(UNREAD_RECIPIENT_NOUN.cue, t[0]));
        if (names) return [];
        continue;
      }
      for (const type of list.types) if (!out.some((x) => x.type === type)) out.push({ type, at: s });
    }
  }
  return out;
}

const RELATIVES = globalCopy(APPLICANT_SUBJECT_RELATIVE.cue);

/**
 * The subject of a relative clause that ends at an applying verb (types86): "… bidrag som byalag och samhällsföreningar kan söka" is
 * byalag's and samhällsföreningar's, the words after the last "som"/"vilka" when they are a list of applicants whose heads are all
 * classified and name a type; "Föreningar som har avtal med kommunen kan söka" is none (the words after "som" start with a verb).
 */
function relativeSubject(span: string, row: string): string | undefined {
  let from = -1;
  for (const m of span.matchAll(RELATIVES)) from = m.index + m[0].length;
  if (from < 0) return undefined;
  const rest = span.slice(from);
  const list = framedList(rest, row);
  return !list.unreadable && list.types.length > 0 ? rest : undefined;
}

/** the frames statedTypes reads a list or a subject by */
const STATEMENT_FRAMES: readonly RegExp[] = [...APPLICANT_STATEMENT_FRAMES.map((row) => row.cue), APPLICANT_SUBJECT_FRAME.cue];

/**
 * Whether statedTypes can find one of these nouns in a sentence: a frame's words and a noun's are in it. statedTypes reads the
 * sentence with its denials and names blanked, which turns characters into spaces and adds none, so a frame or a noun whose
 * words the sentence lacks matches nothing there either (mayHoldBlanked); such a sentence, most of a long document's, is not
 * blanked and read (on the 216-page bench PDF the blanking of every body sentence cost about a quarter of a second).
 */
function mayStateTypes(sentence: string, nouns: ReadonlyArray<Cue<RecipientType>>): boolean {
  return nouns.some((row) => mayHoldBlanked(row.cue, sentence)) && STATEMENT_FRAMES.some((re) => mayHoldBlanked(re, sentence));
}

/** The diagnostic rule of a list of types left out as partial. */
export const TYPES_PARTIAL = 'recipients-types-partial';

const withheld = new WeakSet<Doc>();

/** Whether findRecipients left a document's types out as partial: no other finder may then give a list in their place. */
export const typesWithheld = (doc: Doc): boolean => withheld.has(doc);

/** Whether the body says the applicants are public and private bodies (APPLICANTS_SPLIT). */
// (asked by findRecipients' examples step and by completeTypes of one document: its sentences are scanned once)
const splitStated = bodySentenceHolds(APPLICANTS_SPLIT.cue);

/**
 * The list of a sentence of examples of applicants (APPLICANT_EXAMPLES), if it is one: examples of "offentliga organisationer" or
 * "privata aktörer" only where the body has said the applicants are public and private (`split`, review87b), since elsewhere
 * such examples name partners or those who benefit.
 */
function examplesOf(text: string, split: boolean): string | undefined {
  const m = APPLICANT_EXAMPLES.cue.exec(text.trim());
  return m === null || (m.groups?.['split'] !== undefined && !split) ? undefined : m.groups?.['list'];
}

/**
 * The statements of who may apply after the first the finder read, anywhere in the body (issue 12, types83: a list that lacks a
 * type the text names is wrong, an absent one only missing): the subject of every applying clause ("Regioner kan också söka
 * bidraget" a paragraph later), an "Även … kan söka" subject, a sentence of examples of applicants (APPLICANT_EXAMPLES), and the
 * items of every list a lead of applicants opens (their heads only). A sentence of other money, another page or round
 * (COMPLETION_ELSEWHERE), a question or a past round is not read. Returns the first noun no row classifies that stands joined to a
 * type's in an applying clause's subject, if any: the list cannot be read whole.
 */
function completeTypes(doc: Doc, add: (t: RecipientType, s: SentenceAt) => void, sections: readonly Section[]): { word: string; at: SentenceAt } | undefined {
  let unread: { word: string; at: SentenceAt } | undefined;
  const split = splitStated(doc);
  for (const s of allSentences(bodyBlocks(doc))) {
    if (s.text.trimEnd().endsWith('?') || cueTest(COMPLETION_ELSEWHERE.cue, s.text)) continue;
    // (the examples' sentence names its "sökande", which PAST_APPLICANTS reads as those who applied: its list is read for them)
    const examples = examplesOf(s.text, split);
    if (PAST_APPLICANTS.test(examples ?? s.text)) continue;
    const also = ALSO_APPLICANT_SUBJECT.cue.exec(s.text)?.[1];
    const unknown: string[] = [];
    // (a sentence that opens with "Även"/"Också" is ALSO_APPLICANT_SUBJECT's to read, its guards held, or none)
    const found = examples !== undefined ? typesIn(examples) : also !== undefined ? typesIn(also) : cueTest(ALSO_OPENING.cue, s.text.trim()) ? [] : subjectTypes(s.text, unknown, true);
    for (const t of found) add(t, s);
    if (unread === undefined && unknown.length > 0) unread = { word: unknown[0]!, at: s };
  }
  // (an item whose head is a noun of a recipient's kind that no row reads, "• samkommuner", "• byalag och bygderåd", leaves the list
  // unreadable whole, as such a noun in a subject does)
  const readItem = (item: Block): void => {
    if (anyCue(NOT_APPLICANT_ITEMS, line(item.seg.text))) return;
    const at = { block: item, start: 0, end: item.seg.text.length, text: item.seg.text };
    const found = typesIn(headWords(item.seg.text));
    for (const t of found) add(t, at);
    const head = headWords(item.seg.text).split(' ').find((w) => !cueTest(SUBJECT_MODIFIER.cue, w))?.toLowerCase();
    if (found.length > 0 || head === undefined) return;
    // (a compound the subject reader reads as a head, "• Bidragsberättigade kulturföreningar" (dev 1668), is its type's)
    const type = headType(head);
    if (type !== undefined) add(type, at);
    else if (unread === undefined && cueTest(UNREAD_RECIPIENT_NOUN.cue, head) && !cueTest(NO_TYPE_HEADS.cue, head)) unread = { word: head, at };
  };
  for (const lead of bodyBlocks(doc)) {
    if (lead.kind !== 'paragraph') continue;
    const last = sentencesOf(lead).at(-1)?.text.trim();
    if (last === undefined || !anyCue(APPLICANT_LIST_LEADS, line(last))) continue;
    listAfter(doc, lead).forEach(readItem);
  }
  // … and the items of a recipients section ("Vem kan söka?" / "• kommuner" / "• samkommuner")
  for (const section of sections) for (const item of section.blocks) if (item.kind === 'item') readItem(item);
  return unread;
}

/**
 * Whether every name of a list ends in the list's own noun, capitalised ("flygplatser: Kiruna
 * flygplats, Lycksele flygplats och Malmö-Sturup flygplats"): a list of things ("kostnader: Löner,
 * Resor") or of places without the noun names no recipient.
 */
function eachEndsInHead(names: string, head: string): boolean {
  const parts = names.trim().split(NAME_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => {
    const words = p.trim().split(/\s+/u);
    const last = words.at(-1)!.toLowerCase();
    return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && last.length >= 4 && head.toLowerCase().startsWith(last);
  });
}

/** A lead of named recipients with their sums, and its lines: each name and the line it stands on. */
interface NamedAmountRun { readonly lead: Block; readonly lines: ReadonlyArray<{ readonly name: Found<string>; readonly block: Block }> }

/**
 * A lead "… till följande organisationer" and then one paragraph per recipient with its sum
 * ("Företagarna 1 124 000 kronor"): the first such lead with at least two such lines after it; the
 * run ends at the first line that is not one.
 */
function namedAmountRun(doc: Doc): NamedAmountRun | undefined {
  // every block: a short line of a name and a sum is read as a heading, which the body leaves out
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'paragraph' || !anyCue(NAMED_AMOUNT_LEADS, line(blocks[i]!.seg.text))) continue;
    // a lead about those who applied or were granted before names no recipient of this grant
    if (PAST_APPLICANTS.test(blocks[i]!.seg.text)) continue;
    const lines: Array<{ name: Found<string>; block: Block }> = [];
    for (const b of blocks.slice(i + 1)) {
      const m = NAMED_AMOUNT_LINES[0]!.cue.exec(b.seg.text.trim());
      if (!m) break;
      const start = b.seg.text.indexOf(m[1]!);
      lines.push({ name: { value: m[1]!.trim(), at: { block: b, start, end: start + m[1]!.trim().length } }, block: b });
    }
    if (lines.length >= 2) return { lead: blocks[i]!, lines };
  }
  return undefined;
}

/** The names of such a run (see namedAmountRun). */
function namedWithAmounts(doc: Doc): Array<Found<string>> {
  return namedAmountRun(doc)?.lines.map((l) => l.name) ?? [];
}

/** A decision that names its recipients in a sentence: each name, grounded where it stands. */
function namedInSentences(doc: Doc): Array<Found<string>> {
  for (const s of allSentences(bodyBlocks(doc))) {
    for (const row of NAMED_IN_SENTENCE) {
      const m = row.cue.exec(s.text);
      const names = m?.groups?.names ?? m?.[1];
      if (!m || names === undefined) continue;
      const head = m.groups?.head;
      if (head !== undefined && !eachEndsInHead(names, head)) continue;
      const start = m.index + m[0].indexOf(names);
      const out: Array<Found<string>> = [];
      // "Boden, Gällivare och Kiruna": one name each, located inside the sentence
      let from = 0;
      for (const name of names.split(NAME_SEPARATOR)) {
        const at = names.indexOf(name, from);
        from = at + name.length;
        if (name) out.push({ value: name, at: locIn(s, start + at, start + at + name.length) });
      }
      return out;
    }
  }
  return [];
}
