import type { Kronor } from '../parse/amounts.js';
import { globalCopy } from '../../specs/regex.js';
import { findVague, type VaguePart } from '../parse/dates.js';
import { allSentences, statedDates, statedRanges, amountsIn, bodyBlocks, grantTitleYear, headingText, itemText, listsIn, type Found, locIn, type SentenceAt } from './common.js';
import type { Block, Doc, Located, Section } from '../tree/types.js';
import { choose, correctionWeight, noteRefusal } from './choose.js';
import { DUE_MARGIN } from '../cues/choice.js';
import { sv } from '../parse/unicode.js';
import { contextOf, anyCue, bestCue, cueTest, holds } from '../cues/types.js';
import type { RecipientType } from '../cues/recipients.js';
import { WORKED_EXAMPLE } from '../cues/year.js';
import { CORRECTED_DAYS, CORRECTED_REPORT_DAY, LABEL_LEAD_MAX, LAST_YEARS_GRANT, PAST_WINDOW } from '../cues/dates.js';
import { labelOf } from './requisition.js';
import { titleOf } from './title.js';
import { UNDERLAG_LEADS, says } from '../cues/lists.js';
import {
  REPORT_CONTENT_SENTENCES, ASSIGNMENT_TITLE, TO_MINISTRY, AGENCYS_REPORT_BEFORE,
  DOCUMENT_CLAUSE_END, DOCUMENT_LEADS, DOCUMENT_NAMES, DOCUMENT_PAIR, DOCUMENT_SENTENCES, DUE_CUES, GRANTED_RECIPIENTS, REPAYMENT_THRESHOLD,
  REPAYMENT_TRIGGERS, REPORT_ADDRESS_END, REPORT_ADDRESS_LEAD, REPORT_CHANNEL, REPORT_WHEN, REPORT_WINDOW, REPORT_WORDS, REPORTED_YEAR, COMPOUND_GRANT_SUBJECT, GRANT_WORD, NAMED_PERIOD,
  DOCUMENTS_HANDED_IN, KEPT_DOCUMENT_SENTENCES, NOT_RECORD_NAMES, RECORD_NAMES, INVOICE_SENTENCE, REPORT_ANAPHOR, SAME_TIME_REPORT, ECONOMIC_REPORT_WITHIN, GOVERNMENT_RECEIVES, SENAST, THIS_YEARS_REPORT_CONTRAST, REPORTED_GRANT_YEAR, NO_REPORTING, NOT_REPORT_CONTENT, REPAYMENT_CASE_LEADS, SECTION_HEADINGS, TEMPLATE_SENTENCE,
} from '../cues/reporting.js';

// Återrapportering (when, what, how, which documents) and repayment (triggers, invoice threshold).
// The phrase knowledge lives in cues/reporting.ts; this file walks the tree and applies it.

export interface Vague { readonly year: number; readonly part: VaguePart; readonly text: string }

export interface ReportingFound {
  readonly due?: Found<string>;
  /** Why no due day was taken: two different days of like weight (fields/choose.ts; also a note on the document). */
  readonly refused?: string;
  readonly announced?: Found<Vague>;
  readonly period?: Found<Vague>;
  readonly channel?: Found<string>;
  readonly content: Array<Found<string>>;
  /** `false` where a sentence states that no report is required; never `true` by default */
  readonly required?: Found<false>;
  /** the documents the recipients hand in with the report (underlag) */
  readonly documents: Array<Found<string>>;
  /** the records kept, asked for or attached that a sentence names (KEPT_DOCUMENT_SENTENCES): names inside a sentence or an item, which claim no item */
  readonly kept: Array<Found<string>>;
  /** the grant year the report is about, when a reporting sentence names it */
  readonly year?: Found<number>;
  /** who got the grant, as the reporting text names them ("Organisationer som har fått bidrag …") */
  readonly recipients: Array<Found<RecipientType>>;
}

/** The sections whose heading has the given meaning in the section-heading table. */
function sectionsMeaning(doc: Doc, meaning: 'reporting' | 'repayment'): Section[] {
  const rows = SECTION_HEADINGS.filter((r) => r.meaning === meaning);
  return doc.sections.filter((s) => anyCue(rows, contextOf('', 0, 0, headingText(s))));
}

/** The report's due date in one sentence, with its row's weight: a date a due cue holds for, or the end of the range the report is open in. */
function dueIn(s: SentenceAt): (Found<string> & { weight: number }) | undefined {
  // a sentence about the report of last year's grant, by any due row ("Föreningar som fick bidrag förra året ska redovisa det
  // senast den 31 januari 2025.", review72b r2): an earlier round's report, not this grant's (LAST_YEARS_GRANT)
  if (cueTest(LAST_YEARS_GRANT, s.text)) return undefined;
  const ranges = statedRanges(s.text);
  for (const d of statedDates(s.text)) {
    if (ranges.some((r) => r.start <= d.start && d.end <= r.end)) continue;
    const row = bestCue(DUE_CUES, contextOf(s.text, d.start, d.end));
    if (row) return { value: d.date, at: locIn(s), weight: row.weight };
  }
  const r = ranges[0];
  const row = r ? bestCue(REPORT_WINDOW, contextOf(s.text, r.start, r.end)) : undefined;
  if (r && row) return { value: r.to, at: locIn(s), weight: row.weight };
  return undefined;
}

/** The day a report "at the same time" is due (SAME_TIME_REPORT): the single day after "senast" of the sentence right before, in the same paragraph. */
// (… or an economic report put inside the report the sentence before dates, ECONOMIC_REPORT_WITHIN, that one sent to no ministry)
function sameTimeDue(s: SentenceAt, before: SentenceAt | undefined): (Found<string> & { weight: number }) | undefined {
  if (!before || before.block !== s.block) return undefined;
  const within = holds(ECONOMIC_REPORT_WITHIN, contextOf(s.text, 0, 0)) && !GOVERNMENT_RECEIVES().some((g) => cueTest(g.cue, before.text));
  if (!within && !holds(SAME_TIME_REPORT, contextOf(s.text, 0, 0))) return undefined;
  const days = statedDates(before.text);
  const day = days.length === 1 ? days[0]! : undefined;
  if (!day || !cueTest(SENAST, before.text.slice(Math.max(0, day.start - 12), day.start))) return undefined;
  return { value: day.date, at: locIn(s), weight: SAME_TIME_REPORT.weight };
}

/** A candidate of the report's due day: its row's weight, its place in reading order, and whether its sentence tells it as past. */
interface DueCand { readonly weight: number; readonly value: string; readonly at: Located; readonly order: number; readonly past: boolean }

/**
 * The report's due day among every reporting sentence's: a day told in the past tense gives way to a later year's day told
 * as to come ("Redovisningen för 2023 skulle vara inne senast 31 mars 2024. Redovisningen för 2025 ska vara inne senast 31
 * mars 2026."), as for the window (cues/dates.ts PAST_WINDOW); alone it is kept: a page of a past grant year tells its report
 * in the past ("Redovisningen för bidragsåret 2020 var öppen 15 september–15 oktober 2021", sources/2020; dropping it always
 * was tried for review71c R2 and lost that day) — unless the page's application is still to come (`applyingNow`, open72b). Of the rest, two different days of like weight are two reports' or two years'
 * (fields/choose.ts): neither is taken, and the refusal says why.
 */
function chooseDue(doc: Doc, cands: readonly DueCand[], applyingNow: boolean): { due?: Found<string>; refused?: string } {
  const latestToCome = cands.filter((c) => !c.past).reduce((m, c) => (c.value.slice(0, 4) > m ? c.value.slice(0, 4) : m), '');
  // … and alone it gives way too on a page whose application is still to come ("Ansök senast den 1 mars 2025. Redovisningen av
  // bidraget för 2024 skulle lämnas senast den 31 mars 2025.", review71c R2): the past report is an earlier round's, and the page
  // is about the coming one (the 2020 page above tells its application in the past as well: "Ansökan var öppen …")
  const kept = cands.filter((c) => !c.past || (!applyingNow && c.value.slice(0, 4) >= latestToCome));
  const choice = choose('reporting.due', kept, (a, b) => a.value === b.value, DUE_MARGIN, correctionWeight);
  noteRefusal(doc, choice, (c) => c.at);
  if (choice.chosen) return { due: { value: choice.chosen.value, at: choice.chosen.at } };
  return choice.refused ? { refused: choice.refused } : {};
}

/** The grant year the reporting sentences name, when they all name the same one. */
function reportedYear(sentences: readonly SentenceAt[]): Found<number> | undefined {
  const hits: Array<Found<number>> = [];
  for (const s of sentences) {
    if (!cueTest(REPORT_WORDS, s.text)) continue;
    // a worked example's paragraph ("Exempel: Ansökan gäller år 2019 …"): its years illustrate a rule
    if (anyCue(WORKED_EXAMPLE, contextOf(s.text, 0, 0, '', s.block.seg.text))) continue;
    const ctx = contextOf(s.text, 0, 0);
    for (const row of REPORTED_YEAR) {
      const m = holds(row, ctx) ? row.cue.exec(s.text) : null;
      if (m?.[1]) hits.push({ value: Number(m[1]), at: locIn(s) });
    }
  }
  return new Set(hits.map((h) => h.value)).size === 1 ? hits[0] : undefined;
}

function grantedRecipients(sentences: readonly SentenceAt[]): Array<Found<RecipientType>> {
  const out: Array<Found<RecipientType>> = [];
  for (const s of sentences) {
    const ctx = contextOf(s.text, 0, 0);
    for (const row of GRANTED_RECIPIENTS) {
      if (!out.some((x) => x.value === row.meaning) && holds(row, ctx)) out.push({ value: row.meaning, at: locIn(s) });
    }
  }
  return out;
}

const NAMES = sv(new RegExp(DOCUMENT_NAMES.cue.source, 'giu'));
/** A document's name at a paragraph's start (the sticky-free test of DOCUMENT_NAMES, read by its index). */
const NAMES_AT_START = sv(new RegExp(DOCUMENT_NAMES.cue.source, 'iu'));
/** The records of KEPT_DOCUMENT_SENTENCES: a document's name or a record's. */
const KEPT_NAMES = sv(new RegExp(`${DOCUMENT_NAMES.cue.source}|${RECORD_NAMES.cue.source}`, 'giu'));
/** How many words may stand between a keep or attach verb and its first record ("spara alla era kvitton"). */
const KEPT_OBJECT_WORDS = 3;
/** The words of s[from, to). */
function wordsBetween(text: string, from: number, to: number): number {
  const span = text.slice(from, to).trim();
  return span === '' ? 0 : span.split(/\s+/u).length;
}
/** How far below its lead a flattened documents list may run. */
const FLAT_LIST_BLOCKS = 8;

/** The lead's last sentence, or a heading's text: what the cue rows read. */
function leadLine(b: Block): string {
  const ss = allSentences([b]);
  return (ss[ss.length - 1]?.text ?? b.seg.text).trim();
}

/** Document names in [from, to) of a sentence, each as its own located value. */
function namesIn(s: SentenceAt, from: number, to: number, names = NAMES): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const span = s.text.slice(from, to);
  for (const m of span.matchAll(names)) out.push({ value: m[0], at: locIn(s, from + m.index, from + m.index + m[0].length) });
  return out;
}

const PAIRS = sv(new RegExp(DOCUMENT_PAIR.cue.source, 'giu'));
/**
 * The documents an elliptic pair names in [from, to) of a sentence ("en ekonomisk och en vetenskaplig redovisning", DOCUMENT_PAIR):
 * each adjective with the shared noun, both located at the pair's whole span (its quote holds both words).
 */
function pairedNamesIn(s: SentenceAt, from: number, to: number): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const span = s.text.slice(from, to);
  for (const m of span.matchAll(PAIRS)) {
    const at = locIn(s, from + m.index, from + m.index + m[0].length);
    out.push({ value: `${m[1]} ${m[3]}`, at }, { value: `${m[2]} ${m[3]}`, at });
  }
  return out;
}

/**
 * Underlag of the report: items of a list a documents lead (or heading) introduces, when the item
 * names a document; then the documents reporting sentences hand in ("lämna en ekonomisk
 * redovisning och en redogörelse …"), each once.
 */
function findDocuments(doc: Doc, sentences: readonly SentenceAt[]): { documents: Array<Found<string>>; kept: Array<Found<string>> } {
  const out: Array<Found<string>> = [];
  const key = (v: string): string => v.toLowerCase();
  const known = (v: string): boolean => out.some((x) => key(x.value).includes(key(v).replace(/(?:en|et|n)$/u, '')));
  const isLead = (b: Block | undefined): boolean => b !== undefined && anyCue(DOCUMENT_LEADS, contextOf(leadLine(b), 0, 0));
  for (const section of doc.sections) {
    const underHeading = section.heading !== undefined && isLead(section.heading);
    // the number a documents list's last item bore: a numbered list broken by the paragraphs that explain its items goes on
    // ("Redovisningens tre delar:" 1. Verksamhetsberättelse, its paragraph, 2. Årsbokslut, …, 3. Revisionsberättelse, dev 306)
    let lastNumber: number | undefined;
    for (const { lead, items } of listsIn(doc, section)) {
      const first = items[0];
      const goesOn = lastNumber !== undefined && first?.ordered === true && first.number === lastNumber + 1;
      lastNumber = undefined;
      if (!isLead(lead) && !(underHeading && (!lead || !/:\s*$/u.test(lead.seg.text))) && !goesOn) continue;
      const last = items.at(-1);
      if (last?.ordered === true && last.number !== undefined) lastNumber = last.number;
      for (const b of items) {
        if (!cueTest(DOCUMENT_NAMES.cue, b.seg.text)) continue;
        out.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
      }
    }
  }
  // a list a page flattened into paragraphs: after a documents lead that ends in a colon, the
  // paragraphs up to the next heading that open with a document's name (the name's sentence)
  // (an attachments lead too: "Följande två blanketter ska bifogas ifyllda i e-tjänsten:" over "Revisorsintyg, antal föreningar", dev 23)
  for (const lead of doc.blocks) {
    if (lead.kind !== 'paragraph' || !/:\s*$/u.test(lead.seg.text) || !(isLead(lead) || says(UNDERLAG_LEADS, leadLine(lead)))) continue;
    for (const [i, b] of doc.blocks.slice(lead.index + 1, lead.index + 1 + FLAT_LIST_BLOCKS).entries()) {
      const named = NAMES_AT_START.exec(b.seg.text)?.index === 0;
      // (a short line right under the colon, read as a heading, is such an item too, and so is the next one: "Revisorsintyg, antal
      // föreningar" / "Revisorsintyg, antal medlemmar" under "Följande två blanketter ska bifogas ifyllda i e-tjänsten:", dev 23)
      const prev = doc.blocks[b.index - 1];
      const headingItem = b.kind === 'heading' && named && (i === 0 || (prev?.kind === 'heading' && out.some((x) => x.at.block === prev)));
      if (b.kind === 'heading' && !headingItem) break;
      if (!headingItem && (b.kind !== 'paragraph' || !named)) continue;
      const first = allSentences([b])[0];
      if (first) out.push({ value: first.text, at: locIn(first) });
    }
  }
  // the records kept, asked for or attached, wherever a sentence names them (KEPT_DOCUMENT_SENTENCES, evid78)
  const kept: Array<Found<string>> = [];
  for (const s of sentences) {
    if (s.block.kind !== 'paragraph' && s.block.kind !== 'item') continue;
    const ctx = contextOf(s.text, 0, 0);
    for (const row of KEPT_DOCUMENT_SENTENCES) {
      if (!holds(row, ctx)) continue;
      const m = row.cue.exec(s.text)!;
      const from = row.meaning === 'within' ? m.index : m.index + m[0].length;
      let to = row.meaning === 'within' ? m.index + m[0].length : s.text.length;
      if (row.meaning === 'after') {
        const end = s.text.slice(from).search(DOCUMENT_CLAUSE_END);
        if (end >= 0) to = from + end;
      }
      const names = namesIn(s, from, to, KEPT_NAMES);
      // the records are the verb's object: the first stands within a few words of it ("spara alla kvitton"), not at the end of
      // a phrase about something else ("bevara den bifogade länken till slutredovisningsblanketten", dev 1878)
      const first = names[0];
      if (row.meaning === 'after' && first && wordsBetween(s.text, from, first.at.start - s.start) > KEPT_OBJECT_WORDS) continue;
      for (const f of names) {
        if (!known(f.value) && !kept.some((x) => key(x.value) === key(f.value)) && !anyCue(NOT_RECORD_NAMES, contextOf(f.value, 0, 0))) kept.push(f);
      }
    }
  }
  // a text that lists its documents has said which they are: its reporting sentences add none
  if (out.length > 0) return { documents: out, kept: kept.filter((f) => !known(f.value)) };
  for (const s of sentences) {
    const ctx = contextOf(s.text, 0, 0);
    if (!cueTest(REPORT_WORDS, s.text) && !anyCue(TEMPLATE_SENTENCE, ctx) && !anyCue(DOCUMENTS_HANDED_IN, ctx)) continue;
    for (const row of DOCUMENT_SENTENCES) {
      if (!holds(row, ctx)) continue;
      const m = row.cue.exec(s.text)!;
      const from = row.meaning === 'within' ? m.index : m.index + m[0].length;
      let to = row.meaning === 'within' ? m.index + m[0].length : s.text.length;
      if (row.meaning === 'after') {
        const end = s.text.slice(from).search(DOCUMENT_CLAUSE_END);
        if (end >= 0) to = from + end;
      }
      for (const f of namesIn(s, from, to)) if (!known(f.value)) out.push(f);
      // (two documents sharing one noun, the first's left out: "en ekonomisk och en vetenskaplig redovisning", h/forms80)
      for (const f of pairedNamesIn(s, from, to)) if (!known(f.value)) out.push(f);
    }
  }
  return { documents: out, kept: kept.filter((f) => !known(f.value)) };
}

/**
 * A sentence naming a grant by its compound name ("Skapande skola-bidraget …"): another grant's, when the title names a
 * grant and not that one (a title "Så redovisar ni" names none), or an earlier period's, when the page names a later one (review48 t1, t2).
 */
function otherGrantsReport(s: SentenceAt, title: string, latestPeriod: number, sentences: readonly SentenceAt[]): boolean {
  const m = COMPOUND_GRANT_SUBJECT.exec(s.text);
  if (!m) return false;
  // (… unless the page names that grant itself in another sentence: "Kulturrådet fördelar statsbidrag för professionell
  // kultur i skolan, även kallat Skapande skola." under the title "Statsbidrag för kulturell verksamhet i skolan", review52 j1)
  const name = m[1]!.toLowerCase();
  const namedElsewhere = sentences.some((x) => x !== s && x.text.toLowerCase().includes(name));
  if (GRANT_WORD.test(title) && !title.toLowerCase().includes(name) && !namedElsewhere) return true;
  return m[2] !== undefined && Number(m[2]) < latestPeriod;
}

/** REPORTED_GRANT_YEAR's pattern, every match of a sentence (review77d T3). */
const EVERY_REPORTED_GRANT_YEAR = globalCopy(REPORTED_GRANT_YEAR.cue);


/**
 * A report of an earlier round's money on this round's page: the sentence names a grant year before the one the title names
 * ("Redovisningen av 2025 års bidrag ska lämnas senast den 31 mars 2026." under "Föreningsbidrag 2026", REPORTED_GRANT_YEAR), or
 * it opens on the report of last year's grant the sentence before named ("… bifoga en redovisning av förra årets bidrag.
 * Redovisningen ska ha kommit in senast den 1 mars 2026.", REPORT_ANAPHOR). open77 D17, D23.
 */
function earlierRoundsReport(s: SentenceAt, before: SentenceAt | undefined, titleYear: number | undefined, applying: boolean): boolean {
  const ctx = contextOf(s.text, 0, 0);
  if (titleYear !== undefined && holds(REPORTED_GRANT_YEAR, ctx)) {
    // every grant year the sentence reports on is earlier (review77d T3: "Föreningar som fick bidrag för 2025 … behöver inte
    // redovisa igen, men redovisningen för 2026 ska lämnas …" is this round's report)
    // (money named only by the year it was granted, "Medel som beviljats under 2016 ska redovisas … senast den 30 oktober 2017" on
    // reporting guidelines of 2017, is the page's own report; it is another round's where the page also opens this round's
    // application, "Ansökan ska vara inne senast den 1 mars 2026. … redovisning … för bidrag som har beviljats 2025", review74b R5,
    // wrongdates78 W15)
    const years = [...s.text.matchAll(EVERY_REPORTED_GRANT_YEAR)].filter((m) => m[3] === undefined || applying).map((m) => Number(m[1] ?? m[2] ?? m[3]));
    if (years.length > 0 && years.every((y) => y < titleYear)) return true;
  }
  return before !== undefined && before.block === s.block && cueTest(LAST_YEARS_GRANT, before.text) && cueTest(REPORT_WORDS, before.text)
    && !cueTest(THIS_YEARS_REPORT_CONTRAST, before.text) && holds(REPORT_ANAPHOR, ctx);
}

/**
 * A day on its own line below a report's label line ("Redovisas senast" / "1 mars 2025", "Sista dag för redovisning" / ": 1
 * mars 2025", grid66): the two read as the one line "Label: day" by DUE_CUES, as requisition.ts's labelAbove reads a window's.
 */
function dueBelowLabel(doc: Doc, s: SentenceAt): (Found<string> & { weight: number }) | undefined {
  const first = statedDates(s.text)[0];
  if (s.start !== 0 || !first || first.start > LABEL_LEAD_MAX) return undefined;
  const above = doc.blocks[s.block.index - 1];
  const label = above && above.kind !== 'item' && above.kind !== 'row' ? labelOf(above.seg.text) : undefined;
  if (!label || !cueTest(REPORT_WORDS, label)) return undefined;
  const line = `${label}: ${s.text}`;
  // the report of last year's grant, named in the day's line or its label ("Redovisning senast" / "15 februari 2026 för
  // föreningar som fick bidrag förra året."): an earlier round's report, turned away as dueIn turns it (LAST_YEARS_GRANT;
  // tidy75's gap, open77)
  if (cueTest(LAST_YEARS_GRANT, line)) return undefined;
  const at = label.length + 2 + first.start;
  const row = bestCue(DUE_CUES, contextOf(line, at, at + first.end - first.start));
  return row ? { value: first.date, at: locIn(s), weight: row.weight } : undefined;
}

/**
 * The report's fields. `closes`: the application's closing day the requisition finder kept; told as to come (no PAST_WINDOW
 * in its sentence), the page is about a coming round, and a report day told in the past is an earlier round's (chooseDue).
 */
/** The longest line read as a line of the address below a REPORT_ADDRESS_LEAD sentence, and how many lines it may have. */
const ADDRESS_LINE_MAX = 80;
const ADDRESS_LINES_MAX = 5;

/**
 * The address a report is sent to, on the lines below a sentence that ends "… skickar du in den till:" (REPORT_ADDRESS_LEAD),
 * about the report itself or right after a sentence of its block that is: the first line of the address (the addressee, or the
 * whole address on one line: "Kammarkollegiet 651 80 Karlstad", dev 61), only when a line within ADDRESS_LINES_MAX ends it
 * with a post code and town or is an e-mail address (REPORT_ADDRESS_END).
 */
function addressBelow(doc: Doc, sentences: readonly SentenceAt[]): Found<string> | undefined {
  // each block's place, found once: a text of many such sentences stays linear
  let place: Map<unknown, number> | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.end < s.block.seg.text.trimEnd().length || !holds(REPORT_ADDRESS_LEAD, contextOf(s.text, 0, 0))) continue;
    const prev = sentences[i - 1];
    if (!cueTest(REPORT_WORDS, s.text) && !(prev && prev.block === s.block && cueTest(REPORT_WORDS, prev.text))) continue;
    place ??= new Map(doc.blocks.map((b, k) => [b, k]));
    const from = (place.get(s.block) ?? -2) + 1;
    if (from < 0) continue;
    const lines = doc.blocks.slice(from, from + ADDRESS_LINES_MAX);
    const end = lines.findIndex((b) => b.seg.text.length > ADDRESS_LINE_MAX || REPORT_ADDRESS_END.test(b.seg.text));
    const first = lines[0];
    if (!first || end < 0 || lines[end]!.seg.text.length > ADDRESS_LINE_MAX) continue;
    const value = first.seg.text.trim();
    const start = first.seg.text.indexOf(value);
    return { value, at: { block: first, start, end: start + value.length } };
  }
  return undefined;
}

export function findReporting(doc: Doc, closes?: Found<string>): ReportingFound {
  const sentences = allSentences(bodyBlocks(doc));
  const title = titleOf(doc)?.value ?? '';
  let latestPeriod = 0;
  for (const s of sentences) for (const m of s.text.matchAll(NAMED_PERIOD)) latestPeriod = Math.max(latestPeriod, Number(m[1]));
  const dues: DueCand[] = [];
  const corrections: DueCand[] = [];
  let announced: Found<Vague> | undefined;
  let period: Found<Vague> | undefined;
  let channel: Found<string> | undefined;
  let required: Found<false> | undefined;
  // a decision giving an agency an assignment: a report to a ministry on it is the agency's own (ASSIGNMENT_TITLE, review70d rd1b)
  const assignment = anyCue(ASSIGNMENT_TITLE, contextOf(title, 0, 0));
  // the year the page's grant is for: the title's, else the year a coming application closes (a report of money granted before
  // it is an earlier round's: "Ansökan ska ha kommit in senast den 1 mars 2026. Senast den 15 juni 2026 ska redovisning ha
  // kommit in för bidrag som beviljades 2024.", review74b R5)
  const closesYear = closes !== undefined && !holds(PAST_WINDOW, contextOf(closes.at.block.seg.text.slice(closes.at.start, closes.at.end), 0, 0)) ? Number(closes.value.slice(0, 4)) : undefined;
  const titleYear = grantTitleYear(title) ?? closesYear;
  sentences.forEach((s, order) => {
    const agencysOwn = assignment && cueTest(TO_MINISTRY.cue, s.text);
    if (!cueTest(REPORT_WORDS, s.text)) {
      const below = agencysOwn ? undefined : dueBelowLabel(doc, s);
      if (below) dues.push({ ...below, order, past: false });
      return;
    }
    const ctx = contextOf(s.text, 0, 0);
    if (!required && anyCue(NO_REPORTING, ctx)) required = { value: false, at: locIn(s) };
    // every reporting sentence's day is a candidate (chooseDue), save another grant's or an earlier period's report
    const d = !agencysOwn && !otherGrantsReport(s, title, latestPeriod, sentences) && !earlierRoundsReport(s, sentences[order - 1], titleYear, closesYear !== undefined) ? (dueIn(s) ?? sameTimeDue(s, sentences[order - 1])) : undefined;
    if (d) dues.push({ ...d, order, past: holds(PAST_WINDOW, ctx) });
    // a correction no due row reads ("Obs! Nytt datum: redovisningen ska nu lämnas senast …"): its first day, weighing only its
    // correction, a rival of the day it corrects (added below only beside another candidate: never a due day on its own)
    const first = d ? undefined : statedDates(s.text)[0];
    // (the report named before the day, no meeting's or window's: CORRECTED_REPORT_DAY)
    if (first && anyCue(CORRECTED_DAYS, ctx) && holds(CORRECTED_REPORT_DAY, contextOf(s.text, first.start, first.end))) corrections.push({ weight: 0, value: first.date, at: locIn(s), order, past: false });
    for (const v of findVague(s.text)) {
      const value = { year: v.year, part: v.part, text: v.text };
      if (!announced && REPORT_WHEN.some((row) => row.meaning === 'announced' && holds(row, ctx))) announced = { value, at: locIn(s) };
      else if (!period && REPORT_WHEN.some((row) => row.meaning === 'period' && holds(row, ctx))) period = { value, at: locIn(s) };
    }
    if (!channel && REPORT_CHANNEL.every((row) => holds(row, ctx))) channel = { value: s.text, at: locIn(s) };
  });
  channel ??= addressBelow(doc, sentences);
  const applyingNow = closes !== undefined && !holds(PAST_WINDOW, contextOf(closes.at.block.seg.text.slice(closes.at.start, closes.at.end), 0, 0));
  const { due, refused } = chooseDue(doc, dues.length > 0 ? [...dues, ...corrections] : dues, applyingNow);
  const content: Array<Found<string>> = [];
  for (const section of sectionsMeaning(doc, 'reporting')) {
    for (const { lead, items } of listsIn(doc, section)) {
      if (lead && anyCue(NOT_REPORT_CONTENT, contextOf(lead.seg.text, 0, 0, headingText(section)))) continue;
      for (const b of items) content.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  // no list of what the report holds: a sentence may say it ("Regionerna ska redovisa … hur medlen har använts")
  if (content.length === 0) {
    // (… not the agency's own report to the government that the sentence before sends, AGENCYS_REPORT_BEFORE)
    const said = sentences.find((s, i) => anyCue(REPORT_CONTENT_SENTENCES, contextOf(s.text, 0, 0))
      && !(i > 0 && AGENCYS_REPORT_BEFORE().some((g) => cueTest(g.cue, sentences[i - 1]!.text))));
    if (said) content.push({ value: said.text, at: locIn(said) });
  }
  const year = reportedYear(sentences);
  // "no report" beside a due date, a channel or report contents speaks of another year's money or
  // another report: the text does require one, so it is not stated as unrequired
  const noReport = required && !due && !channel && content.length === 0 ? required : undefined;
  return {
    ...(due ? { due } : {}), ...(refused ? { refused } : {}), ...(announced ? { announced } : {}), ...(period ? { period } : {}),
    ...(channel ? { channel } : {}), content, ...(noReport ? { required: noReport } : {}),
    ...findDocuments(doc, sentences),
    ...(year ? { year } : {}),
    recipients: grantedRecipients(sentences),
  };
}

export interface RepaymentFound {
  readonly triggers: Array<Found<string>>;
  readonly invoice_threshold?: Found<Kronor>;
}

export function findRepayment(doc: Doc): RepaymentFound {
  const triggers: Array<Found<string>> = [];
  for (const section of sectionsMeaning(doc, 'repayment')) {
    for (const { lead, items } of listsIn(doc, section)) {
      if (lead && !anyCue(REPAYMENT_CASE_LEADS, contextOf(lead.seg.text, 0, 0))) continue;
      for (const b of items) triggers.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  const sentences = allSentences(bodyBlocks(doc));
  for (const s of sentences) {
    if (s.block.kind === 'item' && triggers.some((t) => t.at.block === s.block)) continue;
    if (anyCue(REPAYMENT_TRIGGERS, contextOf(s.text, 0, 0)) && !/:$/u.test(s.text)) triggers.push({ value: s.text, at: locIn(s) });
  }
  let invoice: Found<Kronor> | undefined;
  for (const s of sentences) {
    // "fakturerar … vid belopp över 1 000 kronor", "Om ni har mer än 2 000 kronor kvar … betala tillbaka"
    // the sentence's own cue is read once, not once per amount in it
    let invoiceSentence: boolean | undefined;
    const a = amountsIn(s).find((x) => anyCue(REPAYMENT_THRESHOLD, contextOf(s.text, x.start, x.end))
      || (x.bound === 'min' && (invoiceSentence ??= anyCue(INVOICE_SENTENCE, contextOf(s.text, 0, 0)))));
    if (a) { invoice = { value: a.value, at: locIn(s) }; break; }
  }
  triggers.sort((a, b) => a.at.block.index - b.at.block.index || a.at.start - b.at.start);
  return { triggers, ...(invoice ? { invoice_threshold: invoice } : {}) };
}
