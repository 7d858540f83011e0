import { sv } from '../parse/unicode.js';
import { allSentences, statedDates, statedRanges, bodyBlocks, type Found } from './common.js';
import type { Block, Doc, Located } from '../tree/types.js';
import { lineIndex } from '../tree/locate.js';
import {
  FIELD_LIMIT, FIELD_LINES, FORM_FIELD_LINES_MIN, FORM_FIELD_LINES_MIN_HEADLESS, FORM_FIELD_SHARE, FORM_FIELD_SHARE_HEADLESS, PROSE_LINE_CHARS, PROMPT_LINES, FORM_GUIDE_HEADS, FORM_HEADS, KIND_EVIDENCE, KIND_EVIDENCE_CAP, QUESTION_LIST_LEAD, HEADINGS_GUIDE_LEAD, KIND_UNSURE_BAND, KIND_FORM_MIN, KIND_FORM_MIN_SHORT, KIND_HEAD_QUESTIONS, KIND_SHORT_TEXT, KIND_HEADS, KIND_MARGIN, QUOTING_LEAD, REPORT_CONTAINS_LEAD, GRANT_AREA_FIELDS, AREA_FIELD_WALK, APPLICATION_FIELD, APPLICATION_CONTENTS_LEAD, ELIGIBILITY_TEST, IDEA_QUESTIONS_LEAD, OWN_BLANK, APPLICATION_ATTACHMENT, GRANT_GIVEN, GRANT_WORDS, REGISTRATION_HEAD, REPORT_NAMED, SURVEY_HEAD, GRANTED_AMOUNT_FIELD, FORM_SELF_HEAD, FORM_STRUCTURE, FORM_STRUCTURE_CAP, FORM_STRUCTURE_DISTINCT, FORM_STRUCTURE_MARKS, FORM_STRUCTURE_THRESHOLD, PRINTED_FORM_HEADS, REPORT_HEAD_WORDS, SIGNATURE_LINE, STEP_ITEM,
} from '../cues/genre.js';
import { DOCUMENT_LEADS, DOCUMENT_NAMES, FIELD_LIMITS, FIELD_REQUIRED, FORM_MARKS, TRANSCRIPT_MARK } from '../cues/reporting.js';
import { anyCue, bestCue, contextOf, countDistinctMatches, countMatches, cueTest, holds, type Cue } from '../cues/types.js';
import { mayHold } from '../cues/literals.js';
import {
  ANSWER_LINES, COMPUTED_FROM, FIELD_KINDS, FORM_DUE, FORM_DUE_EN, FORM_DUE_VERB_AFTER, FORM_PART, FORM_REPORT_WORDS, FORM_USAGE, FORM_VERSION_LINE, FORM_WORDS, MAX_SUBMISSIONS, REPORT_KIND,
  QUESTION_FORMULAS, QUESTION_KINDS, QUESTION_NUMBERS, ROW_LABEL, SCALE_OPTION, SCALE_QUESTION, SUBQUESTION_LINE,
} from '../cues/form.js';
import { ABBREVIATIONS, NUMBER_WORDS } from '../cues/lexicon.js';
import { globalOf, globalCopy } from '../../specs/regex.js';

// An återrapporteringsformulär as exported from a web survey tool: numbered questions with a
// required mark ("*"), help text, input labels, choice options, "1000 tecken kvar" counters, tables
// of repeated rows and computed fields. Survey exports put some options after the next question's
// title; those are moved back to the question they belong to. Numbered instructions after the last
// question ("1. Skicka in återrapporteringen") restart the numbering and are not questions.

export type QuestionType = 'text' | 'long-text' | 'amount' | 'number' | 'email' | 'phone' | 'choice' | 'multi-choice'
  | 'yes-no' | 'scale' | 'table' | 'group' | 'computed' | 'approval';
export type FieldType = 'text' | 'long-text' | 'amount' | 'number' | 'email' | 'phone' | 'computed' | 'choice';

export interface FieldFound { readonly label: string; readonly type: FieldType; readonly required?: boolean; readonly formula?: string; readonly at: Located }

export interface QuestionFound {
  readonly number: number;
  readonly text: Found<string>;
  type: Found<QuestionType>;
  readonly required: boolean;
  max_chars?: Found<number>;
  options: Array<Found<string>>;
  rows?: Found<number>;
  entry_rows?: Found<number>;
  columns: FieldFound[];
  fields: FieldFound[];
  formula?: Found<string>;
  condition?: Found<string>;
  help?: Found<string>;
  /** every help paragraph, for reading formulas and table columns */
  readonly notes: string[];
  section?: Found<string>;
  total_row?: Found<boolean>;
}

const row = <T>(rows: ReadonlyArray<{ readonly id: string; readonly cue: RegExp } & T>, id: string): RegExp => rows.find((r) => r.id === id)!.cue;
const REQUIRED = row(FIELD_REQUIRED, 'star');
const OBLIGATORY = row(FIELD_REQUIRED, 'obligatorisk');
const COUNTER = row(FIELD_LIMITS, 'tecken-kvar');
const MAX_CHARS = row(FIELD_LIMITS, 'max-tecken');
/** Room for the answer ("Text…."): not a label. */
const PLACEHOLDER = FORM_MARKS.find((r) => r.id === 'answer-placeholder')!;
/** "2 000" as a form writes a limit: the digits. */
const limitOf = (digits: string): number => Number(digits.replace(/\s/gu, ''));
/** A number alone on its line ("1.", "1)"), as a printed form sets a question's number above its text. */
const LONE_NUMBER = row(QUESTION_NUMBERS, 'lone-number');
const questionNumber = (id: string): (typeof QUESTION_NUMBERS)[number] => QUESTION_NUMBERS.find((r) => r.id === id)!;
/** The block kinds each other numbered shape stands in: a number alone as a heading, a survey's "Fråga 1:" line, a numbered heading, a table's row. */
const NUMBERED_IN: ReadonlyArray<readonly [(typeof QUESTION_NUMBERS)[number], ReadonlyArray<Block['kind']>]> = [
  [questionNumber('bare-number'), ['heading']],
  [questionNumber('fraga-n'), ['paragraph', 'heading']],
  [questionNumber('heading-number'), ['heading']],
  [questionNumber('line-number'), ['paragraph']],
  [questionNumber('table-row-number'), ['row']],
];
/** A question's number and where its text starts in a block that is no list item ("Fråga 2: Beskriv …", "| 3 | Avvikelser …"). */
function numberedLine(b: Block, text: string): { n: number; from: number } | undefined {
  for (const [r, kinds] of NUMBERED_IN) {
    if (!kinds.includes(b.kind)) continue;
    if (!holds(r, lineOf(text))) continue;
    const m = r.cue.exec(text);
    if (!m) continue;
    const rest = m[2] ?? '';
    const lead = b.seg.text.length - b.seg.text.trimStart().length;
    return { n: Number(m[1]), from: rest === '' ? -1 : lead + m.index + m[0].length - rest.length };
  }
  return undefined;
}
/** The next question's number run onto the end of a line ("… verksamhet 2."). */
const TRAILING_NUMBER = /\s(\d{1,2})[.)]\s*$/u;

function isRequired(t: string): boolean {
  return anyCue(FIELD_REQUIRED, contextOf(t, 0, 0));
}
/** A table's row labels in its help text, every one (a copy of the row's pattern with the g flag). */
const ROW_LABELS = globalCopy(ROW_LABEL.cue);
/** The line's own text in every scope, as the form's rows read a block or a label. */
const lineOf = (t: string) => contextOf(t, 0, 0, t);

function whole(b: Block): Located {
  return { block: b, start: 0, end: b.seg.text.length };
}

function words(t: string): number {
  return t.trim().split(/\s+/u).filter(Boolean).length;
}

// "(t.ex. EDI, PEPPIL-id …)": an abbreviation's period does not make a label a sentence; the
// lexicon's abbreviations, a space allowed after an inner period ("t. ex.")
const ABBREVIATION = new RegExp(String.raw`\b(?:${ABBREVIATIONS.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/\\\./gu, String.raw`\.\s?`)).join('|')})\.`, 'giu');
function withoutAbbreviations(t: string): string {
  return t.replace(ABBREVIATION, 'x');
}

function isSentencePara(b: Block | undefined): boolean {
  if (!b || b.kind !== 'paragraph') return false;
  const t = withoutAbbreviations(b.seg.text.trim());
  return words(t) >= 6 && /[.!?]$|[.!?]\s+\p{Lu}/u.test(t) && !COUNTER.test(t);
}

function isLabel(t: string): boolean {
  const s = withoutAbbreviations(t.trim());
  if (s === '*' || COUNTER.test(s) || words(s) > 12 || words(s) === 0) return false;
  if (/[.!?]$/u.test(s) || /[.!?]\s+\p{Lu}/u.test(s)) return false;
  return true;
}

function fieldType(label: string): FieldType {
  return bestCue(FIELD_KINDS, lineOf(label))?.meaning ?? 'text';
}

function cleanLabel(t: string): { label: string; required: boolean } {
  const required = isRequired(t);
  const label = t.replace(REQUIRED, '').replace(OBLIGATORY, '').replace(/[,\s]+$/u, '').replace(/\s+0$/u, '').replace(/\s*:\s*$/u, '').trim();
  return { label, required };
}

function isQuestionStart(b: Block, last: number): boolean {
  return b.kind === 'item' && b.ordered === true && b.number !== undefined && b.number > last && b.number <= last + 3;
}

// a document list's items are short: "En verksamhetsberättelse", "Resultat- och balansräkning för 2024"
const DOCUMENT_ITEM_WORDS = 8;

/**
 * The numbered items of a list of documents to hand in, under its lead ("Redovisningen ska innehålla:
 * 1. En verksamhetsberättelse 2. En ekonomisk redovisning 3. Revisionsberättelse"): attachments, not
 * the form's questions. Every item must name a document: a report's numbered parts under the same
 * lead ("1. Sammanfattning 2. Bakgrund …") are its questions.
 */
function documentListItems(doc: Doc): Set<number> {
  const out = new Set<number>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length - 1; i++) {
    const lead = blocks[i]!;
    if (lead.kind === 'item' || !anyCue(DOCUMENT_LEADS, lineOf(lead.seg.text.trim()))) continue;
    const run: number[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'item' && blocks[j]!.ordered === true; j++) run.push(j);
    const names = (j: number): boolean => {
      const t = blocks[j]!.seg.text.trim();
      return t.split(/\s+/u).length <= DOCUMENT_ITEM_WORDS && holds(DOCUMENT_NAMES, lineOf(t));
    };
    if (run.length >= 2 && run.every(names)) for (const j of run) out.add(j);
  }
  return out;
}

/** The white space before the line a block starts on (not its marker: "10." is wider than "9."). */
function indentOf(doc: Doc, b: Block): number {
  const off = b.seg.src[0] ?? 0;
  const line = doc.lineStarts[lineIndex(doc.lineStarts, off)] ?? 0;
  let i = line;
  while (i < off && (doc.source[i] === ' ' || doc.source[i] === '\t')) i++;
  return i - line;
}

/**
 * A question starts at a numbered item of the questions' own list: an item set further in than
 * the first question is a sub-item of the question above it ("2. Beskriv arbetet med: 1. Jämställdhet
 * 2. Tillgänglighet 3. Miljö"), however it is numbered.
 */
function startsQuestion(doc: Doc, b: Block, last: number, indent: number | undefined, documents?: Set<number>): boolean {
  // a stray space before a number is no nesting: a sub-list is set in by at least two
  return isQuestionStart(b, last) && (indent === undefined || indentOf(doc, b) < indent + 2) && !documents?.has(b.index);
}

export function findQuestions(doc: Doc): QuestionFound[] {
  const blocks = doc.blocks;
  const documents = documentListItems(doc);
  const questions: QuestionFound[] = [];
  let last = 0;
  let indent: number | undefined; // the white space before the first numbered question's line
  let section: Found<string> | undefined;
  let current: QuestionFound | undefined;
  let collecting = false; // input labels still belong to the current question
  let sawField = false;
  const pendingDescribe: Array<Found<string>> = [];
  const pendingScale: Array<Found<string>> = [];

  const flush = (): void => {
    if (!current) return;
    finish(current);
    questions.push(current);
    current = undefined;
  };

  // a question begins on block q: the one before is done, and the input labels below belong to this one
  const begin = (n: number, text: QuestionFound['text'], q: Block, required: boolean): void => {
    flush();
    last = n;
    afterPart = false;
    current = { number: n, text, type: { value: 'text', at: whole(q) }, required, options: [], columns: [], fields: [], notes: [], ...(section ? { section } : {}) };
    collecting = true;
    sawField = false;
  };

  // A printed form sets the number on a line of its own and the question on the next; a number
  // run onto the end of a question's line ("… verksamhet 2.") is the next question's.
  let pending: number | undefined;
  const startFrom = (q: Block, n: number, from = 0): void => {
    const t = q.seg.text;
    const trail = TRAILING_NUMBER.exec(t);
    pending = trail && Number(trail[1]) === n + 1 && trail.index > from ? n + 1 : undefined;
    const end = pending !== undefined ? trail!.index : t.length;
    const value = t.slice(from, end).trim();
    begin(n, { value, at: { block: q, start: from, end } }, q, isRequired(value));
  };

  // the last number of a run that starts again at 1 inside a question: its sub-items ("1. Ekonomisk
  // redovisning … 1. Summa för löner 2. Summa för övriga kostnader … 2. Vetenskaplig sammanfattning"),
  // not questions; a number that breaks the run resumes the questions' own count
  let sub: number | undefined;
  // a part of the form ("Del 2. Ekonomisk redovisning") may number its questions from 1 again: the first "1."
  // after it starts a question, not a run of sub-items
  let afterPart = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.seg.text.trim();
    // the other numbered shapes' number, read once for the block (a list item's is its own)
    const numbered = b.kind === 'item' ? undefined : numberedLine(b, text);
    const startsOne = b.kind === 'item' ? b.ordered === true && b.number === 1 : numbered?.n === 1;
    if (afterPart && startsOne) { last = 0; sub = undefined; }
    if (current && b.kind === 'item' && b.ordered && b.number !== undefined) {
      if (sub === undefined && b.number === 1 && last >= 1) { sub = 1; continue; }
      // the next question's own number, set no deeper than the questions, ends the run: sub-items 1–2
      // under question 2 are followed by question 3, not by a third sub-item
      const nextQuestion = b.number === last + 1 && indentOf(doc, b) <= (indent ?? 0);
      if (sub !== undefined && b.number === sub + 1 && !nextQuestion) { sub = b.number; continue; }
      sub = undefined;
    }
    if (pending !== undefined && (b.kind === 'paragraph' || b.kind === 'heading')) { startFrom(b, pending); continue; }
    const lone = b.kind === 'paragraph' || b.kind === 'heading' ? LONE_NUMBER.exec(text) : null;
    const after = blocks[i + 1];
    const textBelow = after !== undefined && (after.kind === 'paragraph' || after.kind === 'heading');
    if (lone && Number(lone[1]) > last && Number(lone[1]) <= last + 3 && textBelow) {
      startFrom(after, Number(lone[1]));
      i++;
      continue;
    }
    // the other numbered shapes, the next of the questions' own count: the text after the number, or on the next line
    if (numbered && numbered.n > last && numbered.n <= last + 3 && (numbered.from >= 0 || textBelow)) {
      if (numbered.from >= 0) startFrom(b, numbered.n, numbered.from);
      else { startFrom(after!, numbered.n); i++; }
      continue;
    }
    if (startsQuestion(doc, b, last, indent, documents) && !holds(STEP_ITEM, lineOf(text))) {
      indent ??= indentOf(doc, b);
      begin(b.number!, { value: text.replace(REQUIRED, '').trim(), at: whole(b) }, b, isRequired(text));
      continue;
    }
    // A part heading: a short line followed by running text, or a long title line.
    const next = blocks[i + 1];
    const breaksSection = (b.kind === 'heading' || b.kind === 'paragraph') && isLabel(text) && !REQUIRED.test(text)
      && !/:$/u.test(text) && !holds(SCALE_OPTION, lineOf(text))
      && (isSentencePara(next) || (next?.kind === 'item' && !isQuestionStart(next, last)) || (b.kind === 'heading' && words(text) >= 5 && !text.endsWith('?')));
    if (breaksSection || holds(FORM_PART, lineOf(text))) {
      if (holds(FORM_PART, lineOf(text))) afterPart = true;
      collecting = false;
      if (!/[!]$/u.test(text)) {
        // a head's dash left where it ran into its part ("Objective -", "Justification –", dev 1759) is no part of its name
        const cut = text.length - text.replace(/[ \t]+[-–—]$/u, '').length;
        section = { value: text.slice(0, text.length - cut), at: { block: b, start: 0, end: b.seg.text.trimEnd().length - cut } };
      }
      continue;
    }
    if (!current) continue;
    // a part numbered under another question ("2.1 …" below question 1) is none of this question's
    const part = SUBQUESTION_LINE.cue.exec(text);
    if (part && Number(part[1]) !== current.number) { collecting = false; continue; }
    // the form's footer and signature block close the last question: no fields of it
    if (holds(FORM_VERSION_LINE, lineOf(text)) || holds(SIGNATURE_LINE, lineOf(text))) { collecting = false; continue; }
    const counter = COUNTER.exec(text);
    const max = MAX_CHARS.exec(text);
    if (counter || max) {
      current.max_chars ??= { value: limitOf((counter ?? max)![1]!), at: whole(b) };
      current.type = { value: 'long-text', at: whole(b) };
      continue;
    }
    const answer = bestCue(ANSWER_LINES, lineOf(text))?.meaning;
    if (answer === 'multi-choice') { current.type = { value: 'multi-choice', at: whole(b) }; continue; }
    if (answer === 'scale-option') { pendingScale.push({ value: text, at: whole(b) }); attachScale(questions, current, pendingScale); continue; }
    if (answer === 'describe-option') { pendingDescribe.push({ value: text.replace(/:$/u, ''), at: whole(b) }); continue; }
    if (answer === 'yes-no') {
      current.options.push({ value: text, at: whole(b) });
      current.type = { value: 'yes-no', at: whole(b) };
      continue;
    }
    if (answer === 'total-row') { current.total_row = { value: true, at: whole(b) }; continue; }
    if (text === '*' || /^\d+$/u.test(text) || holds(PLACEHOLDER, lineOf(text))) continue;
    if (b.kind === 'item') continue; // numbered instructions, not questions
    if (isSentencePara(b)) {
      if (sawField) { collecting = false; continue; }
      if (!collecting) continue;
      current.help ??= { value: text, at: whole(b) };
      current.notes.push(text);
      continue;
    }
    if (collecting && isLabel(text)) {
      const { label, required } = cleanLabel(text);
      if (label && label.toLowerCase() !== current.text.value.toLowerCase()) {
        current.fields.push({ label, type: fieldType(label), ...(required ? { required } : {}), at: whole(b) });
        sawField = true;
      }
    }
  }
  flush();
  attachDescribe(questions, pendingDescribe);
  for (const q of questions) conditionFor(q, questions);
  return questions;
}

/** Scale options belong to the nearest question that asks "I vilken utsträckning …". */
function attachScale(done: QuestionFound[], current: QuestionFound, pending: Array<Found<string>>): void {
  const asksScale = (q: QuestionFound): boolean => holds(SCALE_QUESTION, lineOf(q.text.value));
  const target = asksScale(current) ? current : [...done].reverse().find(asksScale);
  if (!target) return;
  for (const o of pending.splice(0)) target.options.push(o);
  target.type = { value: 'scale', at: target.options[0]!.at };
}

/** "Tidsbrist, beskriv på vilket sätt:" options belong to the last multiple-choice question before them. */
function attachDescribe(questions: QuestionFound[], pending: Array<Found<string>>): void {
  for (const o of pending) {
    const target = [...questions].reverse().find((q) => q.number < numberAt(questions, o) && (q.type.value === 'multi-choice' || q.type.value === 'choice'));
    if (target) target.options.push(o);
  }
}

function numberAt(questions: QuestionFound[], o: Found<string>): number {
  const q = [...questions].reverse().find((x) => x.text.at.block.index < o.at.block.index);
  return (q?.number ?? 0) + 1;
}

/** A follow-up question that names an answer of an earlier one ("… uppnåtts i låg utsträckning"). */
function conditionFor(q: QuestionFound, all: QuestionFound[]): void {
  for (const earlier of all) {
    if (earlier.number >= q.number || earlier.options.length === 0) continue;
    const hit = earlier.options.find((o) => q.text.value.toLowerCase().includes(o.value.toLowerCase()));
    if (hit) q.condition = { value: `svar på fråga ${earlier.number}: ${hit.value}`, at: q.text.at };
  }
}

function finish(q: QuestionFound): void {
  const whole = q.text.at;
  // the question's own line may carry its box's limit: "2. Beskriv verksamheten (max 1000 tecken)"
  const own = q.max_chars ? null : MAX_CHARS.exec(q.text.value);
  if (own) {
    q.max_chars = { value: limitOf(own[1]!), at: whole };
    if (q.type.value === 'text') q.type = { value: 'long-text', at: whole };
  }
  const help = q.notes.join(' ');
  // repeated labels are table rows
  const counts = new Map<string, number>();
  for (const f of q.fields) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, n]) => n >= 3);
  if (repeated.length > 0) {
    const rows = Math.max(...repeated.map(([, n]) => n));
    const columns: FieldFound[] = [];
    for (const f of q.fields) if (!columns.some((c) => c.label === f.label)) columns.push(f);
    q.columns = columns;
    // rows counts every row of the table: the entry rows and, where the form has one, the "Totalt:" row
    q.entry_rows = { value: rows, at: { block: q.fields[0]!.at.block, start: 0, end: q.fields[0]!.at.block.seg.text.length } };
    q.rows = { value: rows + (q.total_row ? 1 : 0), at: q.total_row?.at ?? q.entry_rows.at };
    q.fields = [];
    q.type = { value: 'table', at: q.columns[0]!.at };
    return;
  }
  const rowLabels = [...help.matchAll(ROW_LABELS)].map((m) => m[1]!.replace(/\s+och$/u, ''));
  if (q.fields.length === 0 && rowLabels.length >= 2 && q.help) {
    q.columns = rowLabels.map((label) => ({ label, type: fieldType(label), at: q.help!.at }));
    q.type = { value: 'table', at: q.help.at };
    return;
  }
  // "Beloppet beräknas automatiskt utifrån "Mottaget statsbidrag" - "Använt statsbidrag""
  const formula = COMPUTED_FROM.cue.exec(help);
  if (formula && q.help) {
    const name = (s: string): string => s.trim().split(/\s+/u)[0]!.toLowerCase();
    const f = `${name(formula[1]!)} - ${name(formula[2]!)}`;
    const quoted = [...help.matchAll(/["”“]([^"”“]+)["”“]/gu)].map((m) => m[1]!.trim().toLowerCase());
    q.fields = q.fields.map((x) => (quoted.includes(x.label.toLowerCase()) && x.type === 'computed' ? { ...x, formula: f } : x));
  }
  if (q.options.length > 0 && q.type.value === 'text') q.type = { value: 'choice', at: q.options[0]!.at };
  if (q.fields.length >= 2 || (q.fields.length === 1 && q.type.value === 'text' && q.fields[0]!.label.toLowerCase() !== q.text.value.toLowerCase())) {
    if (q.type.value === 'text') q.type = { value: 'group', at: whole };
    return;
  }
  if (q.type.value !== 'text') return;
  // the question's text is the rows' sentence, its help text their line
  const asked = contextOf(q.text.value, 0, 0, '', help);
  const kind = bestCue(QUESTION_KINDS, asked)?.meaning;
  if (kind === 'computed') {
    q.type = { value: 'computed', at: q.help!.at };
    const formula = bestCue(QUESTION_FORMULAS, asked);
    if (formula) q.formula = { value: formula.meaning, at: whole };
  } else if (kind) q.type = { value: kind, at: whole };
}

export interface FormMeta {
  readonly due?: Found<string>;
  readonly max_submissions?: Found<number>;
  readonly usage_period?: { from: Found<string>; to: Found<string> };
}

/** The report kinds a text names ("slut", "del" …), lower-cased. */
function reportKinds(text: string): string[] {
  return [...text.matchAll(REPORT_KIND_ALL)].map((m) => m[1]!.toLowerCase());
}

export function findFormMeta(doc: Doc, title?: string): FormMeta {
  // the report the form is (its title's kind): a sentence about only other reports gives no due date
  const own = title !== undefined ? reportKinds(title)[0] : undefined;
  // every due date the rows give, with the report kind named last before it: a form that states two dues side by side in one
  // sentence (one for projects ending before June, one for the rest) or two dues of different reports (a Delredovisning's and
  // a Slutredovisning's on a form for both) has no one due, and the first would be a coin toss (review73c D10, D14); two dues
  // in different sentences of no named kind keep the first, as before ("Return this form … by January 15th 2010 …. Final report
  // due by March 15, 2010.", dev 1991, whose gold is the first)
  const dues: Array<{ found: Found<string>; kind: string | undefined }> = [];
  let max: Found<number> | undefined;
  let usage: FormMeta['usage_period'];
  for (const s of allSentences(bodyBlocks(doc))) {
    const at: Located = { block: s.block, start: s.start, end: s.end };
    // a quick test of the row's guard before reading the sentence's dates
    const kinds = own !== undefined ? reportKinds(s.text) : [];
    if (FORM_REPORT_WORDS.test(s.text) && (kinds.length === 0 || kinds.includes(own!))) {
      for (const x of statedDates(s.text)) {
        const c = contextOf(s.text, x.start, x.end);
        if (!holds(FORM_DUE, c) && !holds(FORM_DUE_VERB_AFTER, c) && !holds(FORM_DUE_EN, c)) continue;
        // the report a date belongs to is the one named last before it: "Delrapporten lämnas senast den 30 september 2025 och
        // slutrapporten senast den 31 mars 2026" gives the slutrapport's form only the second (review73c D1)
        const kind = reportKinds(s.text.slice(0, x.start)).at(-1);
        if (own !== undefined && kind !== undefined && kind !== own) continue;
        dues.push({ found: { value: x.date, at }, kind });
      }
    }
    const m = MAX_SUBMISSIONS.cue.exec(s.text);
    const count = m?.slice(1).find((g) => g !== undefined);
    if (!max && count !== undefined) max = { value: /^\d+$/u.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()]!, at };
    if (!usage && holds(FORM_USAGE, lineOf(s.text))) {
      const r = statedRanges(s.text)[0];
      if (r) usage = { from: { value: r.from, at }, to: { value: r.to, at } };
    }
  }
  const first = dues[0];
  const rival = first && dues.some((d) => d.found.value !== first.found.value
    && ((d.found.at.block === first.found.at.block && d.found.at.start === first.found.at.start) || d.kind !== first.kind));
  const due = first && !rival ? first.found : undefined;
  return { ...(due ? { due } : {}), ...(max ? { max_submissions: max } : {}), ...(usage ? { usage_period: usage } : {}) };
}

/** How many blocks from the top a form's head may be, after a web page's chrome. */
const HEAD_BLOCKS = 6;

/** The report's name in capitals that heads a printed form read back as one paragraph ("… SLUTRAPPORT Projektets titel …"): the row's group. */
const TRANSCRIPT_HEADS = FORM_MARKS.filter((r) => r.id.startsWith('transcript-'));

/** Every report kind a text names (the row's pattern with the g flag). */
const REPORT_KIND_ALL = sv(new RegExp(REPORT_KIND.cue.source, 'giu'));

/** A transcript form's head: the report's name in its head block, as the form's title (letter-spacing closed up). */
export function transcriptHead(doc: Doc): Found<string> | undefined {
  // a sharing site's buttons and size fields may fill the head: its "Transkript" line starts the document
  const mark = doc.blocks.slice(0, 2 * HEAD_BLOCKS).findIndex((b) => holds(TRANSCRIPT_MARK, contextOf(b.seg.text.trim(), 0, 0)));
  const from = mark >= 0 ? mark + 1 : 0;
  for (const b of doc.blocks.slice(from, from + HEAD_BLOCKS)) {
    const t = b.seg.text;
    for (const row of TRANSCRIPT_HEADS) {
      if (!holds(row, contextOf(t.trim(), 0, 0))) continue;
      const m = row.cue.exec(t);
      if (!m?.[1]) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      return { value: m[1].replace(/ /gu, ''), at: { block: b, start: at, end: at + m[1].length } };
    }
  }
  return undefined;
}

/** How many times (at most the cap) each structure row holds in a text, by row id. */
export function formStructureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // (a blank label counts once however often it stands word for word: FORM_STRUCTURE_DISTINCT)
  for (const row of FORM_STRUCTURE) counts.set(row.id, (FORM_STRUCTURE_DISTINCT.includes(row.id) ? countDistinctMatches : countMatches)(row, text, FORM_STRUCTURE_CAP));
  return counts;
}

/**
 * How much a text is built like a form: the sum, over the structure rows, of a row's weight times
 * the times it holds (at most the cap), form marks adding and prose about the form taking away;
 * and how many different form marks it has (one mark repeated, a letterhead's "Datum: Dnr:", is no form).
 */
export function formStructure(text: string): { score: number; marks: number } {
  return structureOf(formStructureCounts(text));
}

/** The structure sum and marks of the counts formStructureCounts gave (see formStructure). */
function structureOf(counts: ReadonlyMap<string, number>): { score: number; marks: number } {
  let score = 0;
  let marks = 0;
  for (const row of FORM_STRUCTURE) {
    const n = counts.get(row.id) ?? 0;
    score += (row.meaning === 'form' ? 1 : -1) * row.weight * n;
    if (row.meaning === 'form' && n > 0) marks++;
  }
  return { score, marks };
}

/** The structure score alone (see formStructure). */
export const formStructureScore = (text: string): number => formStructure(text).score;

// questions numbered 1, 2, 3 under a head that names the form itself
const FORM_HEAD_QUESTIONS = 3;

/**
 * The field lines (FIELD_LINES meaning a field: a label with its answer left empty), each different one counted once, and
 * the prose lines (a sentence; a long line counts as the lines it would wrap to), of a text: the share of the first decides whether a text under a report's head is its form.
 */
/** The longest line read as a section's head over a prompt (fieldDensity), and the marks that end a sentence, not a head. */
const SECTION_HEAD_CHARS = 40;
const SENTENCE_ENDS: readonly string[] = ['.', ':', '?', '!', ';', ','];

export function fieldDensity(text: string): { fields: number; prose: number; bare: number } {
  const fields = new Set<string>();
  // the fields that are a bare label (PROMPT_LINES bare-field-label): a list of nouns is also how a page names what an
  // application or a report holds, so they count only under a report's head (h/formkind70)
  const bare = new Set<string>();
  let prose = 0;
  // (each line matched as it stands: an e-service printout's empty answer is the tab after its label)
  const raws = text.split('\n').filter((l) => l.trim() !== '');
  const lines = raws.map((l) => l.trim());
  const kinds = raws.map((l) => FIELD_LINES.find((r) => holds(r, contextOf(l, 0, 0)))?.meaning);
  // a question form's prompts (PROMPT_LINES) with the answer's room below them: the next line another prompt, a field
  // or the end; none in a list that a lead quotes (a line ending in its colon that is no field, or QUESTION_LIST_LEAD),
  // up to the next sentence of prose (h/kind67)
  const promptRow = raws.map((l, i) => (kinds[i] === undefined ? PROMPT_LINES.find((r) => holds(r, contextOf(l, 0, 0))) : undefined));
  const prompt = promptRow.map((r) => r !== undefined);
  // a section's short head right over a prompt ("Resultat" / "Beskriv projektets resultat."): the form's next part, so a
  // field or prompt above it has its answer's room before it as before the next prompt (a form whose parts are headed, under
  // an intro of rules: kind81)
  const headOverPrompt = (j: number): boolean => j + 1 < lines.length && prompt[j + 1]! && kinds[j] === undefined && !prompt[j]
    && lines[j]!.length <= SECTION_HEAD_CHARS && !SENTENCE_ENDS.includes(lines[j]!.slice(-1));
  let quoted = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i];
    if (kind === 'prose') quoted = false;
    if ((kind === undefined && line.endsWith(':')) || holds(QUESTION_LIST_LEAD, contextOf(raws[i]!, 0, 0))) quoted = true;
    const key = (): string => line.toLowerCase().split(/[\s_.…|:*]+/u).filter(Boolean).join(' ');
    // (prose by its printed lines of PROSE_LINE_CHARS: a paragraph saved as one line (Word, HTML) weighs what the same
    // paragraph wrapped over lines (a PDF, a text file) does)
    if (kind === 'prose') prose += Math.ceil(line.length / PROSE_LINE_CHARS);
    else if (kind === 'field') fields.add(key());
    else if (prompt[i] && !quoted && (i + 1 === lines.length || prompt[i + 1] || kinds[i + 1] === 'field' || headOverPrompt(i + 1))) {
      fields.add(key());
      if (promptRow[i]!.id === BARE_LABEL) bare.add(key());
    }
  }
  return { fields: fields.size, prose, bare: bare.size };
}

/** The PROMPT_LINES row of a bare field label: counted as a field only under a report's head (fieldDensity). */
const BARE_LABEL = 'bare-field-label';

/** The KIND_EVIDENCE row of a lead that quotes the questions a report shall answer: under it, numbered questions are no form's. */
const QUOTED_LEAD = 'questions-quoted-lead';
/** The KIND_EVIDENCE rows a quoted question or prompt holds for: not counted under QUOTED_LEAD. */
// (and a quoted question's prompt after its condition, "Har projektets budget följts? Om inte, redogör för avvikelser.", or its
// answer's choices, "(ja/nej)": h/forms27; an English prompt, "Please describe …", and a quoted list's number alone on its line over
// its item, "1." / "The Project Director's Review" under "A Completed Final Report Includes:", dev 2430: h/forms83)
const QUOTED_ROWS: readonly string[] = ['question-line', 'prompt-line', 'project-question', 'run-in-prompt', 'question-item', 'condition-prompt', 'yes-no-label', 'please-prompt-en', 'lone-question-number', 'headed-section-prompt'];
/** The KIND_EVIDENCE rows whose shape a page describing a free-text report by its headings shares: they count only under the report form's own head (KIND_HEADS). */
const HEADED_ROWS: readonly string[] = ['headed-section-prompt'];
/** The KIND_EVIDENCE rows of a numbered field walk: they count nothing in a text whose numbered fields are a grant's areas or an application's (GRANT_AREA_FIELDS). */
const WALK_ROWS: readonly string[] = ['numbered-field-ref', 'run-in-prompt'];
/** The KIND_EVIDENCE row of dash and bullet questions: it counts nothing in a text that tells the reader to answer the questions listed (QUESTION_LIST_LEAD). */
const LISTED_ROW = 'question-item';

/** One row of the kind evidence as it held in a text: its table, its side, weight, count and points, and the first line it held in. */
export interface KindRow {
  readonly id: string;
  readonly table: 'KIND_EVIDENCE' | 'FORM_STRUCTURE' | 'KIND_HEADS';
  readonly side: 'form' | 'anvisning';
  readonly weight: number;
  readonly count: number;
  /** weight × count, as the row adds to its side (a FORM_STRUCTURE row's enter the structure sum, which goes to one side whole) */
  readonly points: number;
  /** why a row that held adds nothing ("quoted": a question under a lead that quotes the report's questions) */
  readonly ignored?: string;
  /** the first text the row held for, one line, at most 120 characters */
  readonly line?: string;
}

/** The first text a row's pattern matches in a whole text, on one line, cut to 120 characters. */
function firstHeld(row: { readonly cue: RegExp }, text: string): string | undefined {
  const all = globalOf(row);
  all.lastIndex = 0;
  const m = all.exec(text);
  all.lastIndex = 0;
  if (!m) return undefined;
  // the whole line the match starts in, so a reader sees it in its place
  const from = text.lastIndexOf('\n', m.index) + 1;
  const to = text.indexOf('\n', m.index + Math.max(1, m[0].length));
  const line = text.slice(from, to < 0 ? text.length : to).replace(/\s+/gu, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

/** The kind evidence row by row (kindEvidence sums it; explainKind shows it, with the first line each row held in when lines is set). */
function kindEvidenceRows(doc: Doc, lines = false): { rows: KindRow[]; form: number; anvisning: number; marks: number; head: boolean; quoted: boolean } {
  let form = 0;
  let anvisning = 0;
  let marks = 0;
  const rows: KindRow[] = [];
  const counts = new Map(KIND_EVIDENCE.map((row) => [row.id, countMatches(row, doc.source, KIND_EVIDENCE_CAP)]));
  // under a lead that quotes the report's questions, the question and prompt lines are those quoted ones
  // (or under a sentence telling what the report takes up, QUOTING_LEAD: "I rapporten tar ni upp:", review71b H1–H7)
  // (a lead over blanks or a signature line the text draws itself is the form's own, as shownReport reads it: "The report covers
  // the following:" over an English form converted from PDF, ending "Signature / Date", review74c K6)
  // (or under a line that says what the report shall contain, REPORT_CONTAINS_LEAD: "Redovisningen ska innehålla:" over
  // numbered points, a free-text report's requirements; h/formkind77)
  const contains = endsInLead(doc.source, REPORT_CONTAINS_LEAD);
  const quoted = (counts.get(QUOTED_LEAD) ?? 0) > 0 || shownReport(doc.source) || contains;
  // under a lead that tells the reader to answer the questions listed, the dash and bullet questions are those listed ones
  const listed = (counts.get(LISTED_ROW) ?? 0) > 0 && countMatches(QUESTION_LIST_LEAD, doc.source, 1) > 0;
  // numbered fields that are the grant's areas or the application's (GRANT_AREA_FIELDS: "Stiftelsen ger stöd inom tre fält." over
  // "Fält 1 Kultur: Beskriv i ansökan hur …", review77f R17, open78): the walk's lines are that list's, no report form's
  // (only where the walk is named by the areas' word or points into the application, AREA_FIELD_WALK: a report form's own "Ruta 1
  // Sökande: Skriv …" boxes stay the form's, review78b K1)
  const areas = WALK_ROWS.some((id) => (counts.get(id) ?? 0) > 0) && countMatches(GRANT_AREA_FIELDS, doc.source, 1) > 0 && countMatches(AREA_FIELD_WALK, doc.source, 1) > 0;
  const guided = HEADED_ROWS.some((id) => (counts.get(id) ?? 0) > 0) && countMatches(HEADINGS_GUIDE_LEAD, doc.source, 1) > 0;
  const headRow = doc.blocks.slice(0, HEAD_BLOCKS).map((b) => lineOf(b.seg.text.trim().split('\n')[0]!.trim()))
    .map((ctx) => ({ ctx, row: KIND_HEADS.find((r) => holds(r, ctx)) })).find((h) => h.row !== undefined);
  for (const row of KIND_EVIDENCE) {
    const held = counts.get(row.id)!;
    if (held === 0) continue;
    const ignoredListed = listed && row.id === LISTED_ROW;
    const ignoredAreas = areas && WALK_ROWS.includes(row.id);
    // (a report template's headed prompts, without the template's own head, may be a page's sketch of a free-text report)
    // (nor under a guide's lead that tells the writer to follow the headings below, HEADINGS_GUIDE_LEAD: kind81 C03)
    const ignoredHeadless = (headRow === undefined || guided) && HEADED_ROWS.includes(row.id);
    const ignored = (quoted && QUOTED_ROWS.includes(row.id)) || ignoredListed || ignoredAreas || ignoredHeadless;
    const n = ignored ? 0 : held;
    if (row.meaning === 'form') { form += row.weight * n; if (n > 0) marks++; } else anvisning += row.weight * n;
    rows.push({ id: row.id, table: 'KIND_EVIDENCE', side: row.meaning, weight: row.weight, count: held, points: row.weight * n,
      ...(ignored ? { ignored: ignoredHeadless && !(quoted && QUOTED_ROWS.includes(row.id)) ? (guided ? `guided: under ${HEADINGS_GUIDE_LEAD.id}` : 'headless: counted only under the report form\'s own head (KIND_HEADS)') : ignoredAreas && !(quoted && QUOTED_ROWS.includes(row.id)) ? `areas: under ${GRANT_AREA_FIELDS.id}` : ignoredListed && !quoted ? `listed: under ${QUESTION_LIST_LEAD.id}` : `quoted: under ${contains && (counts.get(QUOTED_LEAD) ?? 0) === 0 ? REPORT_CONTAINS_LEAD.id : QUOTED_LEAD}` } : {}), ...(lines ? { line: firstHeld(row, doc.source) } : {}) });
  }
  // the form's words: its marks so far, before the structure's
  const worded = marks;
  const structureCounts = formStructureCounts(doc.source);
  const structure = structureOf(structureCounts);
  // (a page showing the report's head lines under a lead that tells what the report takes up, with no blank drawn to fill
  // in: its labels are the report's, quoted, and its structure counts nothing, review71b F1–F3, h/open72a)
  const shown = structure.score > 0 && shownReport(doc.source);
  for (const row of FORM_STRUCTURE) {
    const n = structureCounts.get(row.id) ?? 0;
    if (n === 0) continue;
    const side = row.meaning === 'form' ? 'form' : 'anvisning';
    rows.push({ id: row.id, table: 'FORM_STRUCTURE', side, weight: row.weight, count: n, points: shown && side === 'form' ? 0 : row.weight * n,
      ...(shown && side === 'form' ? { ignored: `quoted: under ${QUOTING_LEAD.id}, no blank drawn` } : {}), ...(lines ? { line: firstHeld(row, doc.source) } : {}) });
  }
  if (structure.score > 0) { if (!shown) { form += structure.score; marks += structure.marks; } } else { anvisning -= structure.score; marks += structure.marks; }
  const head = headRow !== undefined;
  // (the report form's own head is a mark of its own beside a form's words, a row above: a form's first page may hold only
  // its head and its words to the one who fills it in, dev 1605; beside structure alone it is not, a report page's head over
  // a blank letterhead repeated, forms5.test)
  if (head) {
    form += KIND_HEADS[0]!.weight;
    if (worded > 0) marks++;
    rows.push({ id: headRow.row!.id, table: 'KIND_HEADS', side: 'form', weight: KIND_HEADS[0]!.weight, count: 1, points: KIND_HEADS[0]!.weight,
      ...(worded > 0 ? {} : { ignored: 'a mark only beside a form row of KIND_EVIDENCE: its points count, its mark does not' }), line: headRow.ctx.line.slice(0, 120) });
  }
  return { rows, form, anvisning, marks, head, quoted };
}

/**
 * The kind evidence of a text: the form marks (KIND_EVIDENCE rows meaning a form, and the
 * form-structure sum when it is positive) against the prose of an anvisning (its rows meaning
 * one, and the structure sum when it is negative); each row counts at most KIND_EVIDENCE_CAP
 * times; how many different form rows hold; whether a head line names the report form itself.
 */
export function kindEvidence(doc: Doc): { form: number; anvisning: number; marks: number; head: boolean; quoted: boolean } {
  const { form, anvisning, marks, head, quoted } = kindEvidenceRows(doc);
  return { form, anvisning, marks, head, quoted };
}

/** What formByScore weighed and what it decided: the rule that decided, or why the evidence fell short. */
interface ScoreVerdict {
  readonly form: boolean;
  readonly reason: string;
  readonly evidence?: ReturnType<typeof kindEvidenceRows>;
  readonly min?: number;
}

/**
 * A form the rules of formByRules miss, by the weight of its evidence: a report form's own head
 * over KIND_HEAD_QUESTIONS numbered questions is always a form; otherwise the form evidence must
 * reach KIND_FORM_MIN from two different marks and outweigh the anvisning's by KIND_MARGIN, so
 * that weak evidence leaves a text an anvisning. An application's form is never a reporting form.
 *
 * Not sure is an anvisning, the safer reading: an anvisning read as a form loses every field of
 * its own (funding, recipients, requisition, usage_period, permitted and excluded uses, reporting,
 * repayment, legal_basis) and keeps a title; a form read as an anvisning loses its questions and
 * its due date, and keeps its title and contacts.
 */
function formByScore(doc: Doc, lines = false): ScoreVerdict {
  const headLines = doc.blocks.slice(0, 3).map((b) => b.seg.text.trim().split('\n')[0]!.trim());
  if (headLines.some((t) => FORM_MARKS.some((r) => r.id === 'application-head' && holds(r, contextOf(t, 0, 0))))) return { form: false, reason: 'application-head: an application\'s form is never a reporting form' };
  // a page that tells what an application holds ("Søknaden skal inneholde:", "Your application will ask you to:") lists the
  // application's prompts and limits: an applicant's guide (review71b S8–S11)
  if (anyLineHolds(doc.source, APPLICATION_CONTENTS_LEAD)) return { form: false, reason: 'application-holds-lead: the prompts listed are an application\'s' };
  // … or an eligibility self-test whose yes / no answers decide whether one may apply (ELIGIBILITY_TEST, review71b S12, h/open72a)
  if (anyLineHolds(doc.source, ELIGIBILITY_TEST)) return { form: false, reason: 'eligibility-self-test: the questions test whether one may apply' };
  // … or a lead telling a would-be applicant to think the idea through against the questions listed (IDEA_QUESTIONS_LEAD, dev 2191, h/fresh74)
  if (anyLineHolds(doc.source, IDEA_QUESTIONS_LEAD)) return { form: false, reason: 'idea-questions-lead: the questions check an applicant\'s idea' };
  // … or whose fields ask for the amount applied for or a nominee (APPLICATION_FIELD, review71b A1–A5)
  if (applicationFields(doc.source)) return { form: false, reason: 'applied-amount-field: an application\'s form is never a reporting form' };
  const e = kindEvidenceRows(doc, lines);
  // (not questions a page quotes under a rule that the report shall answer them: KIND_EVIDENCE questions-quoted-lead; nor
  // under a sentence telling what the report takes up, QUOTING_LEAD: review71b H1–H7)
  if (e.head && !e.quoted && findQuestions(doc).length >= KIND_HEAD_QUESTIONS) return { form: true, reason: `the report form's own head over ${KIND_HEAD_QUESTIONS} or more numbered questions`, evidence: e };
  // (a short text has room for fewer marks: its minimum is lower, the marks and the margin it needs are not)
  const min = doc.source.length < KIND_SHORT_TEXT ? KIND_FORM_MIN_SHORT : KIND_FORM_MIN;
  const short: string[] = [];
  if (e.form < min) short.push(`form evidence ${e.form} < ${min}`);
  if (e.marks < 2) short.push(`${e.marks} different form mark${e.marks === 1 ? '' : 's'} < 2`);
  if (e.form - e.anvisning < KIND_MARGIN) short.push(`margin ${e.form - e.anvisning} < ${KIND_MARGIN}`);
  return short.length === 0
    ? { form: true, reason: `form evidence ${e.form} >= ${min} from ${e.marks} marks, ${e.form - e.anvisning} over the anvisning's`, evidence: e, min }
    : { form: false, reason: short.join('; '), evidence: e, min };
}

/** Whether any line of a text holds a line row (a row whose pattern reads one line, anchored at its ends). */
function anyLineHolds(text: string, row: Cue<unknown>): boolean {
  return mayHold(row.cue, text) && text.split('\n').some((l) => holds(row, contextOf(l, 0, 0)));
}

/** A page of fields asking for the amount applied for or a nominee, and none for the money granted or spent (an application's form). */
function applicationFields(text: string): boolean {
  return anyLineHolds(text, APPLICATION_FIELD) && !anyLineHolds(text, GRANTED_AMOUNT_FIELD);
}

/** Whether a line of a text ends in a sentence that tells what a report takes up (QUOTING_LEAD): the list under it is quoted. */
function hasQuotingLead(text: string): boolean {
  return endsInLead(text, QUOTING_LEAD);
}

/** Whether a line of a text ends in a sentence that leads into a list and holds a lead row (QUOTING_LEAD, REPORT_CONTAINS_LEAD). */
function endsInLead(text: string, row: Cue<'quoted'>): boolean {
  if (!mayHold(row.cue, text)) return false;
  // (the lead's last sentence: a paragraph may end in it, "… senast två månader efter projektets slut. I rapporten tar ni upp:")
  return text.split('\n').some((l) => l.trimEnd().endsWith(':') && holds(row, contextOf(l.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!, 0, 0)));
}

/**
 * A blank drawn to fill in on some line ("Datum: ________", "Text…", a short "Navn på laget: ____") or a signature line alone
 * ("Underskrift", "Signature", OWN_BLANK, review74c K5 K6): a form's own, never a page's sample of the labels.
 */
const FILL_IN_LINE = FORM_MARKS.find((r) => r.id === 'fill-in-line')!;
function drawnBlank(text: string): boolean {
  return text.split('\n').some((l) => { const c = contextOf(l.trim(), 0, 0); return holds(FILL_IN_LINE, c) || holds(PLACEHOLDER, c) || holds(OWN_BLANK, c); });
}

/**
 * A page that shows the report's lines under a lead telling what the report takes up (QUOTING_LEAD: "Överst i redovisningen
 * anger ni:", "Start the report with these details:") and draws no blank to fill in: the labels under it are quoted by a page
 * about the report, not left empty by the form (review71b F1–F3, h/open72a); a form's own such lead over drawn blanks stays
 * a form (review72c Q1–Q3).
 */
function shownReport(text: string): boolean {
  return hasQuotingLead(text) && !drawnBlank(text);
}

/**
 * A registration form for an event under its own head (REGISTRATION_HEAD, the first three blocks' first lines): it asks who
 * comes, and its "Anmäl dig senast …" is the event's, never a grant's closing day, so it is refused as no grant text at all
 * (extract/index.ts; review73c N6, h/open73b).
 */
export function readsAsRegistration(doc: Doc): boolean {
  return doc.blocks.slice(0, 3).some((b) => holds(REGISTRATION_HEAD, contextOf(b.seg.text.trim().split('\n')[0]!.trim(), 0, 0)));
}

/**
 * Why a text is no grant's reporting form whatever its blanks, check boxes and numbered questions (the contract's reporting
 * form is "the återrapporteringsformulär for one grant year"), or undefined: a registration form for an event
 * (REGISTRATION_HEAD), an application's budget template (APPLICATION_ATTACHMENT), or a form that names neither a report nor a
 * grant — a survey, a course evaluation under a survey's or an evaluation's head (SURVEY_HEAD, REPORT_NAMED, GRANT_WORDS, GRANT_GIVEN; review73c N4–N9, h/open73b). Such a text goes
 * the anvisning's way, where a text naming no grant is refused.
 */
function notAReportForm(doc: Doc): string | undefined {
  if (readsAsRegistration(doc)) return 'registration-head: a registration form for an event is no report form';
  if (mayHold(APPLICATION_ATTACHMENT.cue, doc.source) && allSentences(doc.blocks).some((s) => holds(APPLICATION_ATTACHMENT, contextOf(s.text, 0, 0)))) return 'attach-to-application: an application\'s attachment is no report form';
  const t = doc.source;
  // (only under a survey's or an evaluation's own head: a form whose one mention of its report is in a title cut away keeps its verdict)
  // (the rows' patterns through cueTest, as every other reader asks them: none has the g or y flag, so no lastIndex is kept
  // between calls, and cueTest runs a pattern only where its needs are; a text lacking them cannot match)
  const survey = doc.blocks.slice(0, 3).some((b) => cueTest(SURVEY_HEAD.cue, b.seg.text.trim().split('\n')[0]!));
  if (survey && !cueTest(REPORT_NAMED.cue, t) && !cueTest(GRANT_WORDS.cue, t) && !cueTest(GRANT_GIVEN.cue, t)) return 'report-named: the text names neither a report nor a grant';
  return undefined;
}

/** A reporting form: by the rules below, or else by the weight of its evidence (formByScore); never a text of another kind (notAReportForm). */
export function looksLikeForm(doc: Doc): boolean {
  return (formByRules(doc) !== undefined || formByScore(doc).form) && notAReportForm(doc) === undefined;
}

/** Why a text was read as a reporting form or as an anvisning, for an editor: `grantspec extract FILE --explain`. */
export interface KindExplanation {
  readonly kind: 'reporting-form' | 'anvisning';
  /** "rule: NAME" (a rule of formByRules decided) or "score" (the weighed evidence) */
  readonly decidedBy: string;
  /** the rule's name, or what the score reached or missed */
  readonly reason: string;
  /** the form evidence came within KIND_UNSURE_BAND of the line (its minimum and its margin) and fell short: read as an anvisning, the safer reading */
  readonly unsure: boolean;
  readonly form: number;
  readonly anvisning: number;
  readonly marks: number;
  /** the line a form must reach: form evidence, different marks, margin over the anvisning's */
  readonly needs: { readonly form: number; readonly marks: number; readonly margin: number };
  readonly rows: readonly KindRow[];
}

/** The kind decision of looksLikeForm with its evidence, row by row. */
export function explainKind(doc: Doc): KindExplanation {
  const other = notAReportForm(doc);
  const rule = formByRules(doc);
  const score = formByScore(doc, true);
  const e = score.evidence ?? kindEvidenceRows(doc, true);
  const needs = { form: score.min ?? (doc.source.length < KIND_SHORT_TEXT ? KIND_FORM_MIN_SHORT : KIND_FORM_MIN), marks: 2, margin: KIND_MARGIN };
  const form = (rule !== undefined || score.form) && other === undefined;
  if (other !== undefined) return { kind: 'anvisning', decidedBy: 'rule: not a report form', reason: other, unsure: false, form: e.form, anvisning: e.anvisning, marks: e.marks, needs, rows: e.rows };
  return {
    kind: form ? 'reporting-form' : 'anvisning',
    decidedBy: rule !== undefined ? `rule: ${rule}` : 'score',
    reason: rule ?? score.reason,
    unsure: !form && rule === undefined && e.form >= needs.form - KIND_UNSURE_BAND && e.form - e.anvisning >= needs.margin - KIND_UNSURE_BAND,
    form: e.form, anvisning: e.anvisning, marks: e.marks, needs,
    rows: e.rows,
  };
}

/**
 * A reporting form has a run of questions numbered 1, 2, 3 … and speaks of återrapportering: the name of
 * the rule that holds (for explainKind), or undefined when none does.
 */
function formByRules(doc: Doc): string | undefined {
  let last = 0;
  let run = 0;
  let indent: number | undefined;
  const documents = documentListItems(doc);
  for (const b of doc.blocks) {
    if (!startsQuestion(doc, b, last, indent, documents)) continue;
    last = b.number!;
    indent ??= indentOf(doc, b);
    run++;
  }
  if (run >= 5 && doc.blocks.some((b) => holds(FORM_WORDS, lineOf(b.seg.text)))
    && doc.blocks.filter((b) => b.kind === 'item' && b.ordered && REQUIRED.test(b.seg.text)).length >= 2) return 'numbered-required-questions';
  // a form's help text: its head says so, and it walks through fields with their limits
  // a web page's chrome ("Lyssna", "Till innehållet", a cookie notice) may come before the head:
  // heads that count only with the form's own marks (limits, blank lines) are looked for further
  const head = doc.blocks.slice(0, HEAD_BLOCKS).some((b) => FORM_HEADS.some((r) => cueTest(r.cue, b.seg.text.trim())));
  // "(max 1000 tecken)" and "(högst 2 000 tecken)" alike
  if (head && doc.blocks.filter((b) => cueTest(FIELD_LIMIT.cue, b.seg.text) || MAX_CHARS.test(b.seg.text)).length >= 2) return 'help-head-with-limits';
  // … or it names itself a form ("Återrapporteringsformulär 2024") above a run of numbered questions
  const selfHead = doc.blocks.slice(0, HEAD_BLOCKS).some((b) => cueTest(FORM_SELF_HEAD.cue, b.seg.text.trim()));
  if (selfHead && run >= FORM_HEAD_QUESTIONS) return 'self-head-over-questions';
  // a printed form or its guide: its head or its lead says so, and it numbers questions, has
  // blank lines to fill in, or explains the form's text boxes
  const mark = (id: string, t: string): boolean => FORM_MARKS.some((r) => r.id === id && holds(r, contextOf(t.trim(), 0, 0)));
  const headLines = doc.blocks.slice(0, 3).map((b) => b.seg.text.trim().split('\n')[0]!.trim());
  const marked = doc.blocks.slice(0, 3).some((b) => mark('form-head', b.seg.text)) || headLines.some((t) => anyCue(FORM_GUIDE_HEADS, lineOf(t)));
  const asks = doc.blocks.some((b) => mark('answer-questions-below', b.seg.text));
  const printed = doc.blocks.slice(0, HEAD_BLOCKS).some((b) => anyCue(PRINTED_FORM_HEADS, lineOf(b.seg.text.trim().split('\n')[0]!.trim())));
  // a printed form read back as one paragraph: the report's name in capitals among its field labels
  if (transcriptHead(doc)) return 'transcript-head';
  // (no rule for "a page on a report filled in on a web form, walking through its numbered parts with their limits", nor for
  // "a page headed by the report's name that sets out its numbered parts under 'Slutrapporten ska innehålla följande:'": by
  // the audited kind rule such a page is about reporting, rule 3 of the audit of the held-out reporting-form kinds; a help text
  // walking one form's fields is read by the score; dev 300 and 234, relabelled anvisning by the audit of the dev reporting
  // kinds, h/audit78)
  const lines = doc.source.split('\n');
  // a printed form that says how to fill it in, under a head naming the report, with its field
  // labels left blank ("Så här använder du den elektroniska blanketten" … "Org.nr:", "Postort:")
  const fillHelp = doc.blocks.some((b) => mark('fill-in-the-form', b.seg.text));
  if (fillHelp && doc.blocks.slice(0, HEAD_BLOCKS).some((b) => mark('report-name-head', b.seg.text))
    && lines.filter((l) => mark('blank-label', l)).length >= 3) return 'fill-help-under-report-head';
  // a help text with no head of its own: what the report's form asks for, and how one field is filled in
  // the report is the form's own: named in the title, the lead or the block right after the lead (a
  // mention further down, "Beviljat bidrag ska redovisas i en slutrapport", is another document's);
  // an application's form is never a reporting form
  const application = headLines.some((t) => mark('application-head', t));
  const lead = doc.blocks.findIndex((b) => mark('report-in-form-lead', b.seg.text));
  const ownKind = lead >= 0 && [headLines[0] ?? '', ...doc.blocks.slice(lead, lead + 2).map((b) => b.seg.text)].some((t) => cueTest(REPORT_KIND.cue, t));
  if (!application && ownKind && doc.blocks.some((b) => mark('field-instruction', b.seg.text))) return 'field-instruction-of-own-report';
  // a form's intro under the form's head, pointing at its own fields ("fälten A-F i del 2 nedan")
  if (!application && (printed || marked) && doc.blocks.some((b) => mark('fields-below', b.seg.text))) return 'fields-below-under-form-head';
  // a printed form whose head names the report, decided by its structure: blank or filled head
  // fields, blanks, check boxes, a signature block, instructions to the one who fills it in
  // (the head may name the report in any words: "Mall Lägesrapport", "Projektnamn: … Delrapport 2")
  const reportHead = printed || marked || headLines.some((t) => cueTest(REPORT_KIND.cue, t.slice(0, 160)) || cueTest(REPORT_HEAD_WORDS.cue, t.slice(0, 160)));
  // (the whole text read for the structure only under such a head: most documents have none)
  // (not a page that shows the report's head lines under a lead telling what the report takes up, "Överst i redovisningen
  // anger ni:" (QUOTING_LEAD), with no blank drawn to fill in: the labels are the report's, quoted; a form's own lead over
  // drawn blanks stays a form, review72c Q1–Q3; review71b F1–F3, h/open72a)
  const shown = shownReport(doc.source);
  if (!application && reportHead && !shown) {
    const structure = formStructure(doc.source);
    if (structure.score >= FORM_STRUCTURE_THRESHOLD && structure.marks >= FORM_STRUCTURE_MARKS) return 'structure-under-report-head';
  }
  // a text under a report's head (as above, or a report form's own head: KIND_HEADS) that is mostly fields left empty:
  // at least FORM_FIELD_LINES_MIN different ones, and FORM_FIELD_SHARE of its field and prose lines. One rule for
  // every layout a form is saved in (labels with colons, drawn blanks, a Word table's empty cells, an e-service's
  // printout, required stars), read as a share so length and format do not move it; a page about the form writes
  // sentences (issue 12, h/kind66)
  // (nor a page of fields one of which asks for the amount applied for or a nominee: an application's, a requisition's or a
  // nomination's form, APPLICATION_FIELD, review71b A1–A5)
  const density = application || applicationFields(doc.source) ? undefined : fieldDensity(doc.source);
  if (density && !shown && (reportHead || headLines.some((t) => KIND_HEADS.some((r) => holds(r, contextOf(t, 0, 0)))))) {
    if (density.fields >= FORM_FIELD_LINES_MIN && density.fields >= FORM_FIELD_SHARE * (density.fields + density.prose)) return 'fields-under-report-head';
  }
  // … and with no report head, a text that is fields left empty by a clearly higher bar (FORM_FIELD_LINES_MIN_HEADLESS
  // different fields, FORM_FIELD_SHARE_HEADLESS of its lines): a form whatever its head calls it (h/kind67)
  // (bare labels are no field here: with no report head, a list of nouns is a page's, fieldDensity)
  if (density) {
    const fields = density.fields - density.bare;
    if (fields >= FORM_FIELD_LINES_MIN_HEADLESS && fields >= FORM_FIELD_SHARE_HEADLESS * (fields + density.prose)) return 'fields-without-report-head';
  }
  if (!marked && !asks && !printed) return undefined;
  const numbered = findQuestions(doc).length;
  if (asks && numbered >= 5) return 'asks-answers-below-numbered';
  // blank lines to fill in, or room for the answer ("Text….", a dotted line)
  const fillIns = lines.filter((l) => mark('fill-in-line', l) || mark('answer-placeholder', l)).length;
  // a printed form whose head names the report: blank lines to fill in, and a signature block or
  // numbered questions (an instruction page with the same head has neither)
  const signed = lines.some((l) => holds(SIGNATURE_LINE, lineOf(l.trim())));
  if (printed && fillIns >= 2 && (numbered >= 3 || signed)) return 'printed-head-fill-ins';
  // … or numbered questions and a signature block, with one blank or none (a form whose answers go in boxes)
  if (printed && numbered >= 3 && signed) return 'printed-head-numbered-signed';
  // … or numbered questions whose answer fields carry limits ("(max 3000 tecken)"): the form itself,
  // or its help text walking through the fields, under the report's own name
  if (printed && numbered >= 3 && doc.blocks.filter((b) => cueTest(FIELD_LIMIT.cue, b.seg.text) || MAX_CHARS.test(b.seg.text)).length >= 2) return 'printed-head-numbered-limits';
  // … or numbered questions below the form's head fields ("Projektnamn: ____", "Diarienummer: …",
  // "Rapportperiod: …"), filled in or not: a report template, which may name no grant at all
  if (printed && numbered >= 3 && lines.filter((l) => mark('head-field-label', l)).length >= 2) return 'printed-head-numbered-head-fields';
  const guided = doc.blocks.some((b) => mark('walks-through-fields', b.seg.text) || mark('report-parts', b.seg.text));
  // (numbered questions that a lead quotes, "Bidragsmottagaren ska i sin slutrapport besvara följande frågor:"
  // (QUESTION_LIST_LEAD), are the report's, listed by its instructions: they leave the decision to the score, h/kind67)
  const quotedList = numbered >= 3 && (doc.blocks.some((b) => holds(QUESTION_LIST_LEAD, contextOf(b.seg.text, 0, 0))) || hasQuotingLead(doc.source));
  return marked && ((numbered >= 3 && !quotedList) || fillIns >= 2 || guided) ? 'form-head-with-questions-or-blanks' : undefined;
}
