import { isoOf } from '../parse/dates.js';
import { globalCopy } from '../../specs/regex.js';
import { execWarmed } from '../parse/unicode.js';
import { allSentences, grantTitleYear, statedDates, statedRanges, bodyBlocks, windowBlocks, headingText, itemText, type Found, type SentenceAt, locIn } from './common.js';
import type { Block, Doc, Located, Section } from '../tree/types.js';
import { applies, CALL_ROUNDS, CALL_STEPS, NEIGHBOUR_DAY, NEIGHBOUR_ROUND_SENTENCE, NAMED_GRANT_PHRASE, GRANT_KIND_END, CLOSED_ROUND, NAMED_GRANT, ROLLING_GRANT, FIRST_STEP_SENTENCE, INVITED_STEP, REJECTED_CLAIM, CLOSE_PHRASES, CLOSE_WORDS, HEADING_HAND_IN, NEXT_ROUND, NEXT_ROUND_TIME, NOT_WINDOW, QUESTION_SENTENCE, REPORT_PAGE_TITLE, OPEN_WORDS, OPENED_WORD, OTHER_EVENT_DAYS, OTHER_EVENT_HEAD, FACILITY_HEAD, LATER_OTHER_ACT, OTHER_APPLICATION_HEAD, ROLLING_PAGE, GRANT_APPLIED_IN_SECTION, OTHER_STAGE_RANGES, PAST_WINDOW, ROUND_NUMBER, SCOPE_VETO, LABEL_LEAD_MAX, LABEL_LINE_MAX, STATUS_LINES, WINDOW_HEADING_DISCOUNT, WINDOW_HEADINGS, WINDOW_LABELS, WINDOW_RANGES, ROUND_SEASON_LAST_MONTH, TIED_SEASON_LAST_MONTH, TIED_WINDOW_DAYS, TIED_YEAR, YEAR_COLON_RANGE, YEAR_LABEL_CLOSES, YEAR_LABEL_RANGE, ROUND_LABEL_RANGE, GRANT_YEAR_NAMED, HOLIDAY_MONTHS, YEAR_SENTENCE_CLOSES, YEARLESS_WINDOWS, DAY_LINE_LEAD, DAY_THEN_LABEL, CLOCK_BEFORE_DAY, CONTINUED_WINDOW, E_SERVICE_WINDOW, E_SERVICE_OTHER_ERRAND, APPLY, GRANTED_REQUISITION, REQUISITION_WORD, APPLICATION_WORD, YEAR_LINE_DAY_ITEM, YEAR_LINE, PERIOD_CONTINUES, APPLICATION_PERIOD_NOUN, DAY_STATED, GRANTED_MONEY_ERRAND, type WindowEnd } from '../cues/dates.js';
import { MONTHS } from '../cues/lexicon.js';
import { yearNumbers } from '../cues/year.js';
import { anyCue, bestCue, contextOf, cueTest, holds, lastAt, type Context, type Cue } from '../cues/types.js';
import { GRANT_COMPOUND_LINE } from '../cues/title.js';
import { titleOf } from './title.js';
import { sentenceEvents } from './dates.js';
import { choose, correctionWeight, noteRefusal } from './choose.js';
import { PAST_GIVES_WAY, RANGE_OWN_END, WINDOW_MARGIN } from '../cues/choice.js';
import { ADDRESS_CHANNEL, ADDRESS_LEAD, ADDRESS_LINE, SENDER_ADDRESS_CHANNEL, POSTAL_CHANNEL, MEDIUM_VERB_CHANNEL, SYSTEM_VIA, FORM_SENT_CHANNEL, PAYMENT_CLAIM, PAYMENT_CLAIM_WORDS, REKVISITION_AFTER_GRANT, REKVISITION_ERRAND, CHANNEL_NAME, MEDIUM_CHANNEL, FORM_TO_AGENCY, DIGITAL_APPLICATION, REPORT_CHANNEL, MAIL_CHANNEL, SYSTEM_ACCOUNT, FORM_HEADINGS, FORM_SENTENCES, FORM_WORDS, PAYMENT_HEADINGS, PAYMENT_SENTENCE, APPLICANT_HANDS_IN, REQUIRE_WORDS, REQUIRES, ROUND_REQUIRE_WORDS, USAGE_END, USAGE_PERIOD, USAGE_START_END, USAGE_YEAR, USAGE_YEARS, USAGE_YEARS_LONGEST, PAST_YEARS_HEAD } from '../cues/requisition.js';

// The window to requisition or apply, how, and what must be in place; payment; usage period.

export type Form = 'rekvisition' | 'ansökan' | 'intresseanmälan';

export interface RequisitionFound {
  readonly opens?: Found<string>;
  readonly closes?: Found<string>;
  readonly form?: Found<Form>;
  readonly channel?: Found<string>;
  readonly requires: Array<Found<string>>;
  /** Several stated windows, all in one year: the earliest, kept only to tell the grant year (no window is output). */
  readonly rounds?: { readonly opens?: string; readonly closes: string; readonly at: Found<string> };
  /** Why a window end was left out: two days of like weight disagree (see fields/choose.ts). */
  readonly refused?: readonly string[];
}

const FIRST_STEPS = CALL_STEPS.filter((c) => c.meaning === 'first-step');
const SECOND_STEPS = CALL_STEPS.filter((c) => c.meaning === 'second-step');
const FIRST_ROUNDS = CALL_ROUNDS.filter((c) => c.meaning === 'first-round');
const LATER_ROUNDS = CALL_ROUNDS.filter((c) => c.meaning === 'later-round');

interface Cand { weight: number; value: string; at: Located; order: number; range?: string; step?: 'first-step' | 'second-step'; round?: 'first-round' | 'later-round'; past?: boolean; claim?: boolean }

/**
 * The window: every date of every sentence is a candidate, weighed by the cue rows of
 * extract/cues/dates.ts that hold around it; the heaviest of each end wins (the first of equals).
 */
export function findRequisition(doc: Doc): RequisitionFound {
  // a heading that is only a deadline ("Ansök senast 31 mars 2025!") is read as the body is
  const sentences = allSentences(windowBlocks(doc));
  const opens: Cand[] = [];
  const closes: Cand[] = [];
  // the sentences that claim a granted sum (GRANTED_REQUISITION, grantedClaim): their days are marked, dropped beside another window
  const claims = new Set<number>();
  const push = (end: WindowEnd, weight: number, value: string, at: Located, order: number, range?: string): void => {
    (end === 'opens' ? opens : closes).push({ weight, value, at, order, ...(range ? { range } : {}), ...(claims.has(order) ? { claim: true } : {}) });
  };
  // asked once per block, not once per dated sentence of it (a next round's time: where in the block it is first named, -1 nowhere)
  const nextRound = new Map<Located['block'], boolean>();
  const nextTime = new Map<Located['block'], number>();
  // the days a next round's blocks state, and the sentences that tell a window in the past tense (see dropPastRounds)
  const coming: string[] = [];
  const pastOrders = new Set<number>();
  const closedOrders = new Set<number>();
  sentences.forEach((s, order) => {
    // (a period noun continuing the application period of the sentence before it is read as that period's own, PERIOD_CONTINUES)
    const text = continuedPeriod(sentences, order) ?? s.text;
    if (!/\d/u.test(text)) return;
    // "Nästa ansökningsperiod påbörjas … Ansökan ska vara … tillhanda senast …": the next round's window
    let next = nextRound.get(s.block);
    if (next === undefined) nextRound.set(s.block, next = NEXT_ROUND.test(s.block.seg.text));
    // … or its time named before this sentence ends (a window stated before "Nästa ansökningstid meddelas senare." is this
    // round's, review58 n3, constructed)
    let at = nextTime.get(s.block);
    if (at === undefined) nextTime.set(s.block, at = s.block.seg.text.search(NEXT_ROUND_TIME));
    if (next || (at >= 0 && at < s.end)) {
      for (const d of statedDates(text)) coming.push(d.date);
      return;
    }
    // the whole sentence as the rows read it, made once for all of them
    const whole = contextOf(text, 0, 0);
    // a question asks about a day, it sets none ("Öppnar ansökan den 1 mars 2024?", QUESTION_SENTENCE; review86a Y11)
    if (holds(QUESTION_SENTENCE, whole)) return;
    if (holds(PAST_WINDOW, whole)) pastOrders.add(order);
    if (holds(CLOSED_ROUND, whole)) closedOrders.add(order);
    const dates = statedDates(text);
    const ranges = statedRanges(text);
    const labelled = dates.length === 0 ? yearLabelled(text) : undefined;
    if (labelled) {
      push('closes', YEAR_LABEL_CLOSES.weight, labelled.date, locIn(s, 0, labelled.end), order);
      return;
    }
    if (grantedClaim(sentences, order, whole)) claims.add(order);
    // a yearless day in a list under a bare year line, its label after it ("2018" / "• 14 september: Sista dag för ansökan.")
    const listed = dates.length === 0 ? yearLineItem(doc, s) : undefined;
    if (listed) {
      push(listed.meaning, listed.weight, listed.date, locIn(s), order);
      return;
    }
    const labelledRange = dates.length === 0 ? yearLabelledRange(doc, text) : undefined;
    if (labelledRange) {
      const key = `${labelledRange.opens}/${labelledRange.closes}`;
      push('opens', YEAR_LABEL_RANGE.weight, labelledRange.opens, locIn(s, 0, labelledRange.end), order, key);
      push('closes', YEAR_LABEL_RANGE.weight, labelledRange.closes, locIn(s, 0, labelledRange.end), order, key);
      return;
    }
    const thisYear = dates.length === 0 ? thisYearsWindow(doc, text) : undefined;
    if (thisYear) {
      push('opens', THIS_YEAR.weight, thisYear.opens, locIn(s), order);
      push('closes', THIS_YEAR.weight, thisYear.closes, locIn(s), order);
      return;
    }
    const roundYear = dates.length === 0 ? roundYearWindow(text) : undefined;
    if (roundYear) {
      const key = roundYear.closes ? `${roundYear.opens}/${roundYear.closes}` : undefined;
      push('opens', ROUND_YEAR.weight, roundYear.opens, locIn(s), order, key);
      if (roundYear.closes) push('closes', ROUND_YEAR.weight, roundYear.closes, locIn(s), order, key);
      return;
    }
    // a yearless window in a sentence that ties it to one year: the activities' holiday or season, or the round's year (year68)
    const tied = dates.length === 0 ? tiedYearWindow(text) : undefined;
    if (tied) {
      const key = tied.opens ? `${tied.opens}/${tied.closes}` : undefined;
      if (tied.opens) push('opens', TIED_YEAR.weight, tied.opens, locIn(s), order, key);
      push('closes', TIED_YEAR.weight, tied.closes, locIn(s), order, key);
      return;
    }
    const yearRange = dates.length === 0 ? yearColonRange(doc, s) : undefined;
    if (yearRange) {
      const key = `${yearRange.opens}/${yearRange.closes}`;
      push('opens', YEAR_COLON_RANGE.weight, yearRange.opens, locIn(s), order, key);
      push('closes', YEAR_COLON_RANGE.weight, yearRange.closes, locIn(s), order, key);
      return;
    }
    const neighbour = dates.length === 0 ? neighbourYearClose(sentences, order, doc) : undefined;
    if (neighbour) {
      push('closes', NEIGHBOUR_YEAR.weight, neighbour, locIn(s), order);
      return;
    }
    // a table's cells under a header or beside a row label that names a window day
    if (s.start === 0) for (const c of tableCells(doc, s.block)) push(c.cue.meaning, c.cue.weight, c.date, c.at, order);
    // … and a cell's range under a header that names the window ("Ansökningsperiod" over "1 mars – 15 april 2026")
    if (s.start === 0) {
      for (const c of tableRanges(doc, s.block)) {
        push('opens', c.cue.weight, c.from, c.at, order, `${c.from}/${c.to}`);
        push('closes', c.cue.weight, c.to, c.at, order, `${c.from}/${c.to}`);
      }
    }
    const first = dates[0];
    const before = first ? bestCue(WINDOW_LABELS, contextOf(text, first.start, first.end)) ?? bestCue(STATUS_LINES, contextOf(text, first.start, first.end)) ?? labelAbove(doc, s, first) : undefined;
    // (a label after its day is quoted with it: the line to its end)
    const after = first && !before ? labelAfterDay(s, first) : undefined;
    const label = before ?? after;
    if (label && first) {
      // a bare label under another event's heading (a survey's "Stängs:"): that event's day, no window's
      if (underOtherEventHeading(doc, s)) return;
      // … nor a job's or a course's application label on a page whose own grant is applied for at any time (open71)
      if (otherApplicationLabel(doc, s, sentences)) return;
      push(label.meaning, label.weight, first.date, after ? locIn(s) : locIn(s, 0, first.end), order);
      // "Öppnar 10 mars 2026, stänger 5 maj 2026": an opening status line's closing day after it (STATUS_LINES)
      const second = label.meaning === 'opens' ? dates[1] : undefined;
      const closing = second ? bestCue(STATUS_LINES, contextOf(text, second.start, second.end)) : undefined;
      if (second && closing?.meaning === 'closes') push('closes', closing.weight, second.date, locIn(s, 0, second.end), order);
      return;
    }
    for (const r of ranges) {
      const rctx = contextOf(text, r.start, r.end);
      // … or a range on its own line below a window's label line ("Ansökningstid:" / "1–31 mars 2025", grid66): read as the one
      // line "Label: range", as labelAbove reads a day
      const row = bestCue(WINDOW_RANGES, rctx) ?? rangeBelowLabel(doc, s, r) ?? roundLabelRange(doc, s, rctx, r.from);
      // … nor a range of another stage (an advance ruling's) than the application
      if (!row || anyCue(OTHER_EVENT_DAYS, rctx) || anyCue(OTHER_STAGE_RANGES, rctx)) continue;
      push('opens', row.weight, r.from, locIn(s), order, `${r.from}/${r.to}`);
      push('closes', row.weight, r.to, locIn(s), order, `${r.from}/${r.to}`);
    }
    // no applying word of its own: only under a heading that names applying, and weighed less
    // (and only a sentence that says something is handed in by the day: HEADING_HAND_IN)
    // … or a pronoun's sentence continuing the window the sentence before it stated ("… öppnar den 2 februari 2026. Den stänger den
    // 16 mars 2026.", CONTINUED_WINDOW)
    // … or the e-service's opening or closing when the sentence before it or its block applies (E_SERVICE_WINDOW, eServiceOfApplying)
    const applying = applies(text, whole) || continuesWindow(sentences, order, opens, closes, whole) || eServiceOfApplying(sentences, order, whole);
    const scoped = !applying && !SCOPE_VETO.test(text) && underApplyHeading(doc, s.block) && anyCue(HEADING_HAND_IN, whole);
    if (!scoped && !applying && !REJECTED_CLAIM.test(text) && !holds(FIRST_STEP_SENTENCE, whole)) return;
    const discount = scoped ? WINDOW_HEADING_DISCOUNT : 0;
    for (const d of dates) {
      if (ranges.some((r) => r.start <= d.start && d.end <= r.end)) continue;
      const ctx = dayContext(text, d);
      // the word nearest the date decides: "Utlysningen öppnar den 14 februari och sista ansökningsdag är den 16 mars"
      // … or the opening word right after it: "Den 4 april 2022 öppnar ansökningen"
      const opening = lastAt(OPEN_WORDS, ctx) > lastAt(CLOSE_WORDS, ctx) ? bestCue(OPEN_WORDS, ctx) : bestCue(OPEN_AFTER, ctx);
      const row = opening ?? bestCue(CLOSE_CUES, ctx);
      // the day of a supplement, a decision, a payout or a meeting, an applying word beside it: no window day
      if (row && anyCue(OTHER_EVENT_DAYS, ctx)) continue;
      if (row) push(row.meaning, row.weight - discount, d.date, locIn(s), order);
      // an opening told in the past tense (OPENED_WORD): kept only beside a closing day within a year after it
      if (row === OPENED_WORD) opens[opens.length - 1]!.past = true;
      // a call in two steps: which step the day is, by the step word nearest before it
      if (row?.meaning === 'closes') {
        const first = lastAt(FIRST_STEPS, ctx);
        const second = lastAt(SECOND_STEPS, ctx);
        const step = second > first ? 'second-step' : first >= 0 ? 'first-step' : undefined;
        if (step) closes[closes.length - 1]!.step = step;
        // two rounds' days in one sentence: which round the day is, by the ordinal nearest before it (CALL_ROUNDS)
        const firstRound = lastAt(FIRST_ROUNDS, ctx);
        const laterRound = lastAt(LATER_ROUNDS, ctx);
        if (firstRound >= 0) closes[closes.length - 1]!.round = laterRound > firstRound ? 'later-round' : 'first-round';
      }
      // "inleddes den 13 september 2021 och stängdes vid midnatt den 14 november": the closing day in the opening day's year
      const after = row?.meaning === 'opens' ? closingAfterOpen(d.date, ctx.after) : undefined;
      if (after) push('closes', AFTER_OPEN.weight - discount, after, locIn(s), order);
      // "Utlysningen öppnar 6 mars och sista ansökningsdag är den 25 april 2024": the opening day in the closing day's year
      const before = row?.meaning === 'closes' ? openingBeforeClose(d.date, ctx.before) : undefined;
      if (before) push('opens', BEFORE_CLOSE.weight - discount, before, locIn(s), order);
    }
  });
  dropOtherGrants(doc, sentences, opens, closes);
  // a granted sum's requisition days beside another window's: the application's window is the other one (GRANTED_REQUISITION)
  // (an application about the granted money, GRANTED_MONEY_ERRAND, is no other window: review85a Q3)
  const otherWindow = (c: Cand): boolean => !c.claim && !cueTest(GRANTED_MONEY_ERRAND, sentences[c.order]?.text ?? '');
  for (const list of [opens, closes]) {
    if (list.some((c) => c.claim) && closes.some(otherWindow)) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.claim) list.splice(i, 1);
    }
  }
  // a page about the report (REPORT_PAGE_TITLE): its window days are another round's, and it states no window of its own
  if (holds(REPORT_PAGE_TITLE, contextOf(titleOf(doc)?.value ?? '', 0, 0))) {
    opens.length = 0;
    closes.length = 0;
  }
  const droppedPast = dropPastRounds(opens, closes, pastOrders, coming, (past) => roundOver(sentences, past, closedOrders),
    (c) => !cueTest(LATER_OTHER_ACT.cue, sentences[c.order]?.text ?? ''));
  // a past round dropped beside a next round of its own year still tells the grant year ("Ansökningsperioden stängde den
  // 1 april 2025 …" / "Nästa ansökningsperiod öppnar 1 oktober 2025 …", review48 g2): kept as `rounds`, no window output
  const pastRound = sameYearRound(droppedPast, coming);
  // two different stated windows of equal standing (several programmes' or rounds' periods on one
  // page): which one is this grant's is a guess, so neither is taken
  // … but the form the rounds' sentences name and the one year they all lie in are no guess
  // a call in two steps: the full application's day is not the window's when the sketch's is stated
  if (closes.some((c) => c.step === 'first-step') && closes.some((c) => c.step === 'second-step')) {
    for (let i = closes.length - 1; i >= 0; i--) if (closes[i]!.step === 'second-step') closes.splice(i, 1);
  }
  // a day only those invited or granted an earlier step may use is a later step's, not the window's, when another closing day is
  // stated (cues/dates.ts INVITED_STEP); alone it stays (no first step's day to prefer)
  const invited = (c: Cand): boolean => c.step !== 'first-step' && holds(INVITED_STEP, contextOf(sentences[c.order]?.text ?? '', 0, 0));
  if (closes.some((c) => !invited(c))) {
    for (let i = closes.length - 1; i >= 0; i--) if (invited(closes[i]!)) closes.splice(i, 1);
  }
  // two rounds' days in one sentence: the window is the first round's (the later one's is a dated event, DATE_ROLES)
  if (closes.some((c) => c.round === 'first-round')) {
    for (let i = closes.length - 1; i >= 0; i--) if (closes[i]!.round === 'later-round' && closes.some((c) => c.round === 'first-round' && c.order === closes[i]!.order)) closes.splice(i, 1);
  }
  if (severalWindows(closes)) {
    // … unless they are one year's numbered rounds ("Ansökan 1 …", "Ansökan 2 …"): then the first is the window
    const first = firstNumberedRound(opens, closes);
    if (first) {
      const o = first.opens && first.opens.value <= first.closes.value ? first.opens : undefined;
      return {
        ...(o ? { opens: { value: o.value, at: o.at } } : {}),
        closes: { value: first.closes.value, at: first.closes.at },
        ...formOf(doc, sentences, first.closes), ...channelOf(sentences, doc), requires: requiresOf(doc, sentences),
      };
    }
    const rounds = roundsOfOneYear(opens, closes);
    return { ...formOf(doc, sentences, sameForm(closes)), ...channelOf(sentences, doc), requires: requiresOf(doc, sentences), ...(rounds ? { rounds } : {}) };
  }
  const opening = choose('requisition.opens', opens, sameDay, WINDOW_MARGIN);
  const o = opening.chosen;
  // one stated range is one window: its opening day chosen, its own last day weighs more than a later day of another
  // sentence (cues/choice.ts RANGE_OWN_END); not more than an earlier one ("årets ansökan perioden 1 juni 2021 – 31
  // december 2022" is the period applied for, beside "skall vara inkommen senast 28 februari 2021", diff pair q219)
  const plain = choose('requisition.closes', closes, sameDay, WINDOW_MARGIN, correctionWeight);
  const range = o?.range;
  const later = plain.chosen !== undefined && plain.chosen.range !== range && closes.some((x) => x.range === range && x.value < plain.chosen!.value);
  const closing = range !== undefined && later
    ? choose('requisition.closes', closes, sameDay, WINDOW_MARGIN, (x) => (x.range === range ? RANGE_OWN_END : 0) + correctionWeight(x))
    : plain;
  // the candidate as found, its own weight (formOf reads it)
  const c = closing.chosen;
  const validO = (o && c && o.value > c.value) || (o?.past && !(c && withinYear(o.value, c.value))) ? undefined : o;
  const refused = [closing.refused, opening.refused].filter((r): r is string => r !== undefined);
  noteRefusal(doc, closing, (x) => x.at);
  noteRefusal(doc, opening, (x) => x.at);
  return {
    ...(validO ? { opens: { value: validO.value, at: validO.at } } : {}),
    ...(c ? { closes: { value: c.value, at: c.at } } : {}),
    ...formOf(doc, sentences, c),
    ...channelOf(sentences, doc),
    requires: requiresOf(doc, sentences),
    ...(refused.length > 0 ? { refused } : {}),
    ...(!c && pastRound ? { rounds: pastRound } : {}),
  };
}

/** The latest closing day of dropped past rounds when they and the next round's days all lie in one year. */
function sameYearRound(dropped: readonly Cand[], coming: readonly string[]): RequisitionFound['rounds'] {
  const last = dropped.reduce<Cand | undefined>((m, x) => (m === undefined || x.value > m.value ? x : m), undefined);
  if (!last || coming.length === 0) return undefined;
  const years = new Set([...dropped.map((x) => x.value), ...coming].map((v) => v.slice(0, 4)));
  return years.size === 1 ? { closes: last.value, at: { value: last.value, at: last.at } } : undefined;
}

const sameDay = (a: Cand, b: Cand): boolean => a.value === b.value;

/** A closing day no more than a year after an opening day (ISO days compare as text). */
const withinYear = (opens: string, closes: string): boolean => closes <= `${Number(opens.slice(0, 4)) + 1}${opens.slice(4)}`;

/**
 * A past round beside a later one (cues/dates.ts PAST_WINDOW): when a window day is told in the past tense and the
 * text states a window day of a later year in the present or future tense, or a next round's day, the past one is an
 * earlier round's and is dropped (issue 12: "Ansökningsperioden inför 2024 var öppen 1 mars till 30 juni 2023. Ansökningsperioden
 * inför 2025 öppnar 1 maj 2024." gave 2023-06-30). A text whose only window is past keeps it, unless `over` tells that
 * window a closed round (cues/dates.ts CLOSED_ROUND) a decision's or a payment's day follows.
 */
function dropPastRounds(opens: Cand[], closes: Cand[], pastOrders: ReadonlySet<number>, coming: readonly string[], over: (past: readonly Cand[]) => boolean, applying: (c: Cand) => boolean): Cand[] {
  const all = [...opens, ...closes];
  const past = all.filter((c) => pastOrders.has(c.order));
  if (past.length === 0) return [];
  // a later year: one grant year's rounds ("Ansökan 1 var öppen 15 mars–19 april 2022", "Ansökan 2 är öppen 15
  // september–17 oktober 2022", diff pair q67) are the same grant's, read as before (firstNumberedRound)
  const pastYear = past.reduce((m, c) => (c.value > m ? c.value : m), '').slice(0, 4);
  // … a later window day as sure as the past one's: a lighter day of a later year is some other deadline's the cues half
  // read as the window ("Sista ansökningsdag var 15 mars 2024. … ansökan om förlängning ska lämnas senast 1 december
  // 2025" gave 2025-12-01, review43), and dropping the past window would hand it the window
  const pastWeight = Math.max(...past.map((c) => c.weight));
  // (… or lighter by no more than PAST_GIVES_WAY: 'senast' beside 'sista ansökningsdag var', review71c M5)
  // (… only in a sentence about applying itself, not one telling another act: LATER_OTHER_ACT, review72c P3, P4)
  const present = all.filter((c) => !pastOrders.has(c.order) && (c.weight >= pastWeight || (c.weight >= pastWeight - PAST_GIVES_WAY && applying(c)))).map((c) => c.value);
  // … or a later day of the same year when the past window is no numbered round of it: "i författarfondens alldeles
  // nyligen avslutade ordinarie ansökningsomgång 20 augusti–21 september 2020" beside "Ansökningstiden är 2–15 oktober
  // 2020" (dev 1683)
  const pastLast = past.reduce((m, c) => (c.value > m ? c.value : m), '');
  // (the numbering only asked when a later day makes it matter)
  // … a next round's stated day counts too ("Ansökningsperioden stängde den 1 april 2025. … Nästa ansökningsperiod öppnar 1
  // oktober 2025", review48 g2, constructed)
  const sameYearLater = [...present, ...coming].some((v) => v > pastLast) && firstNumberedRound(opens, closes) === undefined;
  const later = sameYearLater || [...present, ...coming].some((v) => v.slice(0, 4) > pastYear);
  // … or no window day but the past one's, and a decision's or a payment's day after it: the round is over and told with
  // what followed it ("Den avslutade ansökningsomgången 1-31 mars 2020. Beslut meddelas i maj 2020.", review46)
  if (!later && !(coming.length === 0 && all.every((c) => pastOrders.has(c.order)) && over(past))) return [];
  for (const xs of [opens, closes]) {
    for (let i = xs.length - 1; i >= 0; i--) if (pastOrders.has(xs[i]!.order)) xs.splice(i, 1);
  }
  return closes.length === 0 ? past : [];
}

/**
 * On a page titled by one grant's word ("Projektbidrag") that says the grant is applied for at any time (cues/dates.ts
 * ROLLING_GRANT: "Projektbidrag kan sökas löpande."), the window days of sentences that name other grants' words and not
 * the page's (cues/dates.ts NAMED_GRANT, whole words: "Sista dag att söka verksamhetsbidrag är 1 mars 2025.", "…
 * ungdomsprojektbidrag …") are theirs: dropped, never the page's window. A sentence naming no grant stays the page's own
 * ("Sista ansökningsdag: 30 november 2025.", review48 r1).
 */
function dropOtherGrants(doc: Doc, sentences: readonly SentenceAt[], opens: Cand[], closes: Cand[]): void {
  if (opens.length === 0 && closes.length === 0) return;
  const title = titleOf(doc)?.value.trim() ?? '';
  if (!cueTest(GRANT_COMPOUND_LINE.cue, title)) return;
  const grant = grantWord(title.split(' ')[0]!);
  if (!sentences.some((s) => grantWord(ROLLING_GRANT.cue.exec(s.text.trim())?.[1] ?? '') === grant)) return;
  for (const xs of [opens, closes]) {
    for (let i = xs.length - 1; i >= 0; i--) {
      const c = xs[i]!;
      const said = c.at.block.seg.text.slice(c.at.start, c.at.end);
      const named = [...said.matchAll(everyNamedGrant)].map((m) => grantWord(m[1]!));
      // … and a grant named by what it is for ("bidrag till lovaktiviteter", review52 h1): another's unless the page's
      // grant word starts with its word ("bidrag till projekt" on a "Projektbidrag" page)
      const topics = [...said.matchAll(everyGrantPhrase)].map((m) => m[1]!.toLowerCase());
      const own = named.includes(grant) || topics.some((t) => ownTopic(t, grant));
      if ((named.length > 0 || topics.length > 0) && !own) xs.splice(i, 1);
    }
  }
}

const everyNamedGrant = globalCopy(NAMED_GRANT.cue);
const everyGrantPhrase = globalCopy(NAMED_GRANT_PHRASE.cue);

/** Whether a grant phrase's word is the page's grant's first part ("projekt", "projektet" of "projektbidrag"). */
function ownTopic(topic: string, grant: string): boolean {
  const stem = grant.replace(GRANT_KIND_END, '').replace(/s$/u, '');
  const head = stem.slice(0, 5);
  return head.length >= 3 && topic.startsWith(head);
}

/** A grant's word without its definite ending, in lower case ("Projektbidraget" → "projektbidrag"). */
const grantWord = (word: string): string => word.toLowerCase().replace(/(?:et|en)$/u, '');

/**
 * Whether the past window's sentences all tell a closed round (cues/dates.ts CLOSED_ROUND) and a decision's or a
 * payment's day follows them (dropPastRounds' `over`).
 */
function roundOver(sentences: readonly SentenceAt[], past: readonly Cand[], closedOrders: ReadonlySet<number>): boolean {
  if (!past.every((c) => closedOrders.has(c.order))) return false;
  const from = Math.min(...past.map((c) => c.order));
  const year = past.reduce((m, c) => (c.value > m ? c.value : m), '').slice(0, 4);
  return outcomeFollows(sentences, from, year);
}

/**
 * Whether a sentence after the `from`th states a decision's or a payment's day (cues/dates.ts DATE_ROLES, read by
 * fields/dates.ts sentenceEvents) in `year` or later: "Beslut meddelas i maj 2020" after a round that closed in March 2020.
 */
function outcomeFollows(sentences: readonly SentenceAt[], from: number, year: string): boolean {
  for (let k = from + 1; k < sentences.length; k++) {
    const text = sentences[k]!.text;
    if (!/\d/u.test(text)) continue;
    for (const h of sentenceEvents(text)) {
      if (h.year < year) continue;
      if (h.role === 'decision' || h.role === 'payment') return true;
    }
  }
  return false;
}

const CLOSE_CUES = [...CLOSE_WORDS, ...CLOSE_PHRASES];

/** Whether the heaviest closing days come from two or more different stated ranges. */
function severalWindows(closes: readonly Cand[]): boolean {
  const top = Math.max(...closes.map((c) => c.weight));
  const ranges = new Set(closes.filter((c) => c.weight === top).map((c) => c.range ?? ''));
  return ranges.size > 1 && !ranges.has('');
}

const heaviest = (xs: readonly Cand[]): Cand[] => {
  const top = Math.max(...xs.map((c) => c.weight));
  return xs.filter((c) => c.weight === top);
};

/** The first of the heaviest closing days, when every one of them names the same form (else none). */
function sameForm(closes: readonly Cand[]): Cand | undefined {
  const top = heaviest(closes);
  const words = new Set(top.map((c) => bestCue(FORM_WORDS, contextOf(c.at.block.seg.text.slice(c.at.start, c.at.end), 0, 0))?.meaning));
  return words.size === 1 ? [...top].sort((a, b) => a.order - b.order)[0] : undefined;
}

/**
 * The window of round 1 when every one of the heaviest windows is a numbered round (ROUND_NUMBER), each
 * number one window's, all in one year (else none).
 */
function firstNumberedRound(opens: readonly Cand[], closes: readonly Cand[]): { opens?: Cand; closes: Cand } | undefined {
  if (!roundsOfOneYear(opens, closes)) return undefined;
  const top = heaviest(closes);
  const numberOf = new Map<string, number>();
  for (const c of top) {
    const m = ROUND_NUMBER.cue.exec(c.at.block.seg.text.slice(c.at.start, c.at.end).trim());
    if (!m || c.range === undefined) return undefined;
    const n = Number(m[1]);
    if (numberOf.has(c.range) && numberOf.get(c.range) !== n) return undefined;
    numberOf.set(c.range, n);
  }
  const numbers = [...numberOf.values()];
  if (new Set(numbers).size !== numbers.length || numbers.length < 2) return undefined;
  const first = [...numberOf.entries()].sort((a, b) => a[1] - b[1])[0]![0];
  const closing = top.filter((c) => c.range === first).sort((a, b) => a.order - b.order)[0]!;
  const opening = opens.filter((o) => o.range === first).sort((a, b) => a.order - b.order)[0];
  return { ...(opening ? { opens: opening } : {}), closes: closing };
}

/** The earliest of several stated windows, when all their days lie in one year (else none). */
function roundsOfOneYear(opens: readonly Cand[], closes: readonly Cand[]): RequisitionFound['rounds'] {
  const top = heaviest(closes);
  const keyed = opens.filter((o) => o.range !== undefined && top.some((c) => c.range === o.range));
  const years = new Set([...top, ...keyed].map((c) => c.value.slice(0, 4)));
  if (years.size !== 1) return undefined;
  const first = [...top].sort((a, b) => a.value.localeCompare(b.value))[0]!;
  const open = keyed.find((o) => o.range === first.range);
  return { ...(open ? { opens: open.value } : {}), closes: first.value, at: { value: first.value, at: first.at } };
}

const THIS_YEAR = YEARLESS_WINDOWS.find((row) => row.meaning === 'this-year')!;
const APPLICATION_TITLE = YEARLESS_WINDOWS.find((row) => row.meaning === 'application-title')!;
const AFTER_OPEN = YEARLESS_WINDOWS.find((row) => row.meaning === 'after-open')!;
// (two rows: oppnar-dag-utan-ar, "Utlysningen öppnar 6 mars och …", and fran-dag-utan-ar-till, "kan sökas från och med idag, den
// 6 mars, till och med …"; the first that reads the text before the day gives the opening day)
const BEFORE_CLOSES = YEARLESS_WINDOWS.filter((row) => row.meaning === 'before-close');
const BEFORE_CLOSE = BEFORE_CLOSES[0]!;
const ROUND_YEAR = YEARLESS_WINDOWS.find((row) => row.meaning === 'round-year')!;
const NEIGHBOUR_YEAR = YEARLESS_WINDOWS.find((row) => row.meaning === 'neighbour-year')!;

/**
 * Yearless window days in the year of the round the sentence opens with ("År 2023 är ansökningsperioden 1–30
 * september", "2020 års ansökningsomgång är öppen från och med den 31 januari", "Ansökningsomgången för hösten 2021 är
 * öppen 15 september -15 oktober"): the first day, and the last when stated.
 */
function roundYearWindow(text: string): { opens: string; closes?: string } | undefined {
  const g = ROUND_YEAR.cue.exec(text)?.groups;
  const year = g?.['ya'] ?? g?.['yb'] ?? g?.['yc'];
  if (g && year && g['nd1']) {
    if (afterSeason(g['season'], Number(g['nm1']))) return undefined;
    // Finnish numeric days ("13.2.-3.3."): both days stated, the second after the first in the round's year
    const from = isoOf(Number(year), Number(g['nm1']), Number(g['nd1'])) ?? undefined;
    const to = isoOf(Number(year), Number(g['nm2']), Number(g['nd2'])) ?? undefined;
    return from && to && from < to ? { opens: from, closes: to } : undefined;
  }
  const firstMonth = g?.['m1'] ?? g?.['m3'];
  if (!g || !year || !firstMonth) return undefined;
  // a round named by its season whose window opens after the season ends ran the year before ("för våren 2022 är öppen
  // 1 oktober - 30 november"): its days are not in the season's year
  if (afterSeason(g['season'], MONTHS[firstMonth.toLowerCase()] ?? 0)) return undefined;
  const opens = isoDay(year, g['d1']!, firstMonth);
  const lastDay = g['d2'] ?? g['d3'];
  const lastMonth = g['m2'] ?? g['m3'];
  const closes = lastDay && lastMonth ? isoDay(year, lastDay, lastMonth) : undefined;
  if (!opens || (lastDay && (!closes || closes <= opens))) return undefined;
  return { opens, ...(closes ? { closes } : {}) };
}

/** Whether a window opening in `month` opens after the season that names its round ends (no season: false). */
function afterSeason(season: string | undefined, month: number): boolean {
  return season !== undefined && month > (ROUND_SEASON_LAST_MONTH[season.toLowerCase()] ?? 12);
}

/** An ISO date from a year, a day and a Swedish month name, when the day exists. */
function isoDay(year: string, day: string, month: string): string | undefined {
  return isoOf(Number(year), MONTHS[month.toLowerCase()] ?? 0, Number(day)) ?? undefined;
}

/** This year's round with yearless days, in the year of a title that names the application ("Ansökan om … 2020"). */
function thisYearsWindow(doc: Doc, text: string): { opens: string; closes: string } | undefined {
  const m = THIS_YEAR.cue.exec(text);
  if (!m) return undefined;
  const title = titleOf(doc)?.value ?? '';
  const year = APPLICATION_TITLE.cue.exec(title)?.[1];
  if (!year) return undefined;
  const opens = isoDay(year, m[1]!, m[2]!);
  const closes = isoDay(year, m[3]!, m[4]!);
  return opens && closes && opens < closes ? { opens, closes } : undefined;
}

/**
 * A yearless last day ("Rekvisition ska ske till Kammarkollegiet senast den 31 oktober.") in the one year the sentences
 * beside it in the same paragraph state ("… under november månad 2020."); none or several years there: nothing.
 */
function neighbourYearClose(sentences: readonly SentenceAt[], order: number, doc: Doc): string | undefined {
  const s = sentences[order]!;
  if (yearNumbers(s.text).length > 0) return undefined;
  const m = NEIGHBOUR_YEAR.cue.exec(s.text);
  if (!m || !holds(NEIGHBOUR_YEAR, contextOf(s.text, 0, 0))) return undefined;
  // a last day of a grant named by its compound that the page's title does not name is another grant's: "Sista dag att
  // söka verksamhetsbidrag är 1 mars." on a "Projektbidrag" page (review56 q3)
  const named = NAMED_GRANT.cue.exec(s.text)?.[1]?.toLowerCase();
  if (named !== undefined && !(titleOf(doc)?.value ?? '').toLowerCase().includes(named)) return undefined;
  const beside = [sentences[order - 1], sentences[order + 1]].filter((x): x is SentenceAt => x !== undefined && x.block === s.block);
  const years = new Set(beside.flatMap((x) => yearNumbers(x.text).map((y) => y.year)));
  if (years.size !== 1) return undefined;
  // one year's sentence must be about the same round or its money (cues/dates.ts NEIGHBOUR_ROUND_SENTENCE), and none
  // may be a founding, update, history or verksamhetsår sentence: those lend their year to nothing (review52 b1, b2,
  // b6, b7); a plain statement of the same year beside the round's sentence does not block it (dev 1753: "2023 är
  // också starten på en ny femårig programperiod" after "Torsdag 9 februari 2023 öppnar årets ansökan")
  const year = [...years][0]!;
  const lenders = beside.filter((x) => yearNumbers(x.text).some((y) => y.year === year));
  const history = (text: string) => NEIGHBOUR_ROUND_SENTENCE.unless?.some((g) => cueTest(g.cue, text)) ?? false;
  if (!lenders.some((x) => holds(NEIGHBOUR_ROUND_SENTENCE, contextOf(x.text, 0, 0))) || lenders.some((x) => history(x.text))) return undefined;
  const closes = isoDay(String(year), m[1]!, m[2]!);
  // an opening stated after the last day, or a payment before it, is another year's round (review56 a1, a2)
  return closes && lenders.every((x) => inOrder(x.text, closes)) ? closes : undefined;
}

/** Whether a lending sentence's dated opening comes before `closes` and its dated payment after it (cues/dates.ts NEIGHBOUR_DAY). */
function inOrder(text: string, closes: string): boolean {
  return NEIGHBOUR_DAY.every((row) => {
    const m = row.cue.exec(text);
    if (!m) return true;
    const [day, month, year] = m[1] !== undefined || m[2] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const at = month && year ? isoDay(year, day ?? (row.meaning === 'opens' ? '1' : '28'), month) : undefined;
    if (!at) return true;
    return row.meaning === 'opens' ? at.slice(0, 7) <= closes.slice(0, 7) && at <= closes : at.slice(0, 7) >= closes.slice(0, 7);
  });
}

/**
 * A yearless window day or range (cues/dates.ts TIED_WINDOW_DAYS) in a sentence that TIED_YEAR ties to one year and that
 * states no other year: in that year, and for a holiday's or season's activities closing before it ends (else nothing).
 */
function tiedYearWindow(text: string): { opens?: string; closes: string } | undefined {
  if (!holds(TIED_YEAR, contextOf(text, 0, 0)) || yearNumbers(text).length !== 1) return undefined;
  const g = TIED_YEAR.cue.exec(text)?.groups;
  const year = g?.['ys'] ?? g?.['yu'];
  if (!g || !year) return undefined;
  for (const row of TIED_WINDOW_DAYS) {
    const d = row.cue.exec(text)?.groups;
    if (!d?.['d2'] || !d['m2']) continue;
    if (d['sep']?.toLowerCase() === 'och' && !d['mellan']) continue;
    const closes = isoDay(year, d['d2'], d['m2']);
    const opens = d['d1'] && d['m1'] ? isoDay(year, d['d1'], d['m1']) : undefined;
    if (!closes || (d['d1'] && (!opens || opens >= closes))) continue;
    const season = g['season']?.toLowerCase();
    if (season !== undefined && Number(closes.slice(5, 7)) > (TIED_SEASON_LAST_MONTH[season] ?? 0)) return undefined;
    return { ...(opens ? { opens } : {}), closes };
  }
  return undefined;
}

/** A yearless closing day right after a dated opening day, later in the same year. */
function closingAfterOpen(opens: string, after: string): string | undefined {
  const m = AFTER_OPEN.cue.exec(after);
  // (day and month in words, groups 1 and 2, or in figures, groups 3 and 4: "går ut 30.11.")
  const closes = !m ? undefined : m[1] ? isoDay(opens.slice(0, 4), m[1], m[2]!) : isoOf(Number(opens.slice(0, 4)), Number(m[4]), Number(m[3])) ?? undefined;
  return closes && closes > opens ? closes : undefined;
}

/** A yearless opening day right before a dated closing day, earlier in the same year. */
function openingBeforeClose(closes: string, before: string): string | undefined {
  for (const row of BEFORE_CLOSES) {
    const m = row.cue.exec(before);
    const opens = m ? isoDay(closes.slice(0, 4), m[1]!, m[2]!) : undefined;
    if (opens && opens < closes) return opens;
  }
  return undefined;
}

const OPEN_AFTER = OPEN_WORDS.filter((row) => row.where === 'after');

/** "Deadline för inlämning av ansökan 2024: 6 september": the label's year with the day after its colon. */
function yearLabelled(text: string): { date: string; end: number } | undefined {
  // … or the sentence names the round's year before a yearless day: "Sista ansökningsdag för projektstöd våren 2019 är den 19 februari"
  for (const row of [YEAR_LABEL_CLOSES, YEAR_SENTENCE_CLOSES]) {
    const m = row.cue.exec(text);
    if (!m || !holds(row, contextOf(text, 0, 0))) continue;
    const date = isoDay(m[1]!, m[2]!, m[3]!);
    if (date) return { date, end: m.index + m[0].length };
  }
  return undefined;
}

/** "Ansökningsperiod 2025: 1 februari – 15 mars": the label's year with both yearless days after its colon (first before last). */
function yearLabelledRange(doc: Doc, text: string): { opens: string; closes: string; end: number } | undefined {
  const m = execWarmed(YEAR_LABEL_RANGE.cue, text);
  if (!m || !holds(YEAR_LABEL_RANGE, contextOf(text, 0, 0))) return undefined;
  if (labelYearOtherwise(doc, Number(m[1]))) return undefined;
  // "1–30 september": the first day in the last day's month
  const opens = isoDay(m[1]!, m[2]!, m[3] ?? m[5]!);
  const closes = isoDay(m[1]!, m[4]!, m[5]!);
  return opens && closes && opens < closes ? { opens, closes, end: m.index + m[0].length } : undefined;
}

/**
 * Whether a page gives a window label's year another role: the money's year (cues/dates.ts GRANT_YEAR_NAMED, review70b W1), or
 * a past one beside a next round of a later year ("Nästa ansökningsperiod öppnar i januari 2025." under "Ansökningsperiod 2024:
 * …", review70b W2).
 */
function labelYearOtherwise(doc: Doc, year: number): boolean {
  const text = doc.blocks.map((b) => b.seg.text).join('\n');
  for (const m of text.matchAll(GRANT_YEAR_NAMED)) if (Number(m[1] ?? m[2]) === year) return true;
  return allSentences(bodyBlocks(doc)).some((x) => NEXT_ROUND.test(x.text) && yearNumbers(x.text).some((y) => y.year > year));
}

/** "Tidsperiod" / "2025: 1 januari - 31 mars, budget …": the line's year with its yearless days, under a period label. */
function yearColonRange(doc: Doc, s: SentenceAt): { opens: string; closes: string } | undefined {
  if (s.start !== 0) return undefined;
  const above = doc.blocks[s.block.index - 1];
  const label = above && above.kind !== 'item' ? above.seg.text.trim() : '';
  if (!label || label.length > 40) return undefined;
  const line = s.block.seg.text.trim();
  if (!holds(YEAR_COLON_RANGE, contextOf(line, 0, 0, label, line))) return undefined;
  const m = YEAR_COLON_RANGE.cue.exec(line);
  const opens = m ? isoDay(m[1]!, m[2]!, m[3]!) : undefined;
  const closes = m ? isoDay(m[1]!, m[4]!, m[5]!) : undefined;
  return opens && closes && opens < closes ? { opens, closes } : undefined;
}

/** A block's section (sections are numbered in order, so its number is most often its place; else looked up). */
function sectionOf(doc: Doc, block: Block): Section | undefined {
  return doc.sections[block.section]?.index === block.section ? doc.sections[block.section] : doc.sections.find((x) => x.index === block.section);
}

const applyHeadings = new WeakMap<Doc, Map<number, boolean>>();

/** Whether the block's section heading names applying (cues/dates.ts WINDOW_HEADINGS), asked once per section. */
function underApplyHeading(doc: Doc, block: Block): boolean {
  let bySection = applyHeadings.get(doc);
  if (!bySection) applyHeadings.set(doc, bySection = new Map());
  let yes = bySection.get(block.section);
  if (yes === undefined) {
    const section = sectionOf(doc, block);
    const heading = section ? headingText(section) : '';
    bySection.set(block.section, yes = heading !== '' && anyCue(WINDOW_HEADINGS, contextOf('', 0, 0, heading)));
  }
  return yes;
}

/**
 * Whether a label's line stands in a section headed by another event than an application (OTHER_EVENT_HEAD: "Enkät om
 * föreningslivet"), the label line (and the line above it) naming no application of its own.
 */
function underOtherEventHeading(doc: Doc, s: SentenceAt): boolean {
  const section = sectionOf(doc, s.block);
  const heading = section ? headingText(section) : '';
  if (heading === '') return false;
  const above = doc.blocks[s.block.index - 1];
  const line = above && above.kind !== 'heading' ? `${above.seg.text}\n${s.block.seg.text}` : s.block.seg.text;
  return holds(OTHER_EVENT_HEAD, contextOf(line, 0, 0, heading, line)) || holds(FACILITY_HEAD, contextOf(line, 0, 0, heading, line));
}

/**
 * Whether a label's line stands under a job's or a course's heading (OTHER_APPLICATION_HEAD: the section's heading or a
 * heading right above it, "Lediga jobb" / "Handläggare till bidragsenheten") on a page that says its grant is applied for
 * at any time (ROLLING_PAGE): that application's day, not the grant's, which has no window (review70d lc1, lc2).
 */
function otherApplicationLabel(doc: Doc, s: SentenceAt, sentences: readonly SentenceAt[]): boolean {
  const section = sectionOf(doc, s.block);
  const head = section?.heading;
  if (!head) return false;
  const line = s.block.seg.text;
  const heads = [headingText(section)];
  // the headings stacked right above the section's own ("Lediga jobb" over a job title)
  for (let k = head.index - 1; k >= 0 && doc.blocks[k]!.kind === 'heading'; k--) heads.push(doc.blocks[k]!.seg.text);
  if (!heads.some((h) => holds(OTHER_APPLICATION_HEAD, contextOf(line, 0, 0, h, line)))) return false;
  // … unless the section says a grant is applied for in it ("Kurser" / "Kursbidrag söks en gång per år.", review72b d2k)
  for (let k = head.index + 1; k < s.block.index; k++) if (holds(GRANT_APPLIED_IN_SECTION, contextOf(doc.blocks[k]!.seg.text, 0, 0))) return false;
  return sentences.some((x) => holds(ROLLING_PAGE, contextOf(x.text, 0, 0)));
}

/** The first row of the table a row belongs to (the run of rows it stands in): its header. */
function headerOf(doc: Doc, row: Block): Block {
  let k = row.index;
  while (k > 0 && doc.blocks[k - 1]?.kind === 'row') k--;
  return doc.blocks[k] ?? row;
}

/**
 * Whether a sentence with the e-service as the window's subject ("E-tjänsten stänger den 15 mars 2026.", E_SERVICE_WINDOW) tells
 * the application's window: the sentence right before it, or its block's text, applies and names no other errand done in the
 * e-service (E_SERVICE_OTHER_ERRAND).
 */
function eServiceOfApplying(sentences: readonly SentenceAt[], order: number, whole: Context): boolean {
  if (!holds(E_SERVICE_WINDOW, whole)) return false;
  const applyingOnly = (text: string): boolean => APPLY.test(text) && !holds(E_SERVICE_OTHER_ERRAND, contextOf(text, 0, 0));
  const before = order > 0 ? sentences[order - 1] : undefined;
  return (before !== undefined && applyingOnly(before.text)) || applyingOnly(sentences[order]!.block.seg.text);
}

/**
 * Whether a sentence claims a sum already granted (GRANTED_REQUISITION), or names requisitions right after such a sentence of its
 * block ("Beviljade föreningar rekvirerar bidraget i e-tjänsten efter aktiviteten. E-tjänsten stänger för rekvisitioner den 30
 * september 2026."), and names no application of its own (APPLICATION_WORD).
 */
function grantedClaim(sentences: readonly SentenceAt[], order: number, whole: Context): boolean {
  const s = sentences[order]!;
  if (cueTest(APPLICATION_WORD, s.text) || !cueTest(REQUISITION_WORD, s.text)) return false;
  if (holds(GRANTED_REQUISITION, whole)) return true;
  const before = order > 0 ? sentences[order - 1] : undefined;
  return before !== undefined && before.block === s.block && holds(GRANTED_REQUISITION, contextOf(before.text, 0, 0));
}

/**
 * A sentence whose subject is a period noun continuing the application period that the sentence right before it, in its section
 * (dev 2473: the paragraph before), names ("… under ansökningsperioden. Den första perioden startar den 1 februari 2022 och avslutas den 15 juni 2022.",
 * PERIOD_CONTINUES): its text with the noun read as "Ansökningsperioden", else undefined.
 */
function continuedPeriod(sentences: readonly SentenceAt[], order: number): string | undefined {
  const s = sentences[order]!;
  const before = order > 0 ? sentences[order - 1] : undefined;
  if (!before || before.block.section !== s.block.section || !cueTest(APPLICATION_PERIOD_NOUN, before.text)) return undefined;
  const m = PERIOD_CONTINUES.cue.exec(s.text);
  if (!m || !holds(PERIOD_CONTINUES, contextOf(s.text, 0, 0))) return undefined;
  // a window already stated in the section before the period sentence keeps it (DAY_STATED, review85a C1, C3)
  for (let i = order - 1; i >= 0 && sentences[i]!.block.section === s.block.section; i--) if (cueTest(DAY_STATED, sentences[i]!.text)) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return `${s.text.slice(0, at)}Ansökningsperioden${s.text.slice(at + m[1]!.length)}`;
}

/**
 * A yearless day of a list under a bare year line, its label after a colon or dash ("2018" / "• 14 september: Sista dag för
 * ansökan.", YEAR_LINE_DAY_ITEM): the day in the line's year, its end as the label says when read as "Label: day" (WINDOW_LABELS).
 */
function yearLineItem(doc: Doc, s: SentenceAt): { meaning: WindowEnd; weight: number; date: string } | undefined {
  if (s.start !== 0 || s.block.kind !== 'item') return undefined;
  const m = YEAR_LINE_DAY_ITEM.cue.exec(s.text);
  if (!m) return undefined;
  let i = s.block.index - 1;
  while (i > 0 && doc.blocks[i]?.kind === 'item') i--;
  const year = YEAR_LINE.exec(doc.blocks[i]?.seg.text ?? '')?.[1];
  const date = year ? isoDay(year, m[1]!, m[2]!) : undefined;
  const label = labelOf(m[3]);
  if (!year || !date || !label) return undefined;
  const day = `${m[1]} ${m[2]} ${year}`;
  const row = asLabelLine(label, day, { start: 0, end: day.length });
  return row ? { meaning: row.meaning, weight: row.weight, date } : undefined;
}

/** Whether a sentence's pronoun subject continues the window the sentence right before it, in its block, gave a day (CONTINUED_WINDOW). */
function continuesWindow(sentences: readonly SentenceAt[], order: number, opens: readonly Cand[], closes: readonly Cand[], whole: Context): boolean {
  if (order === 0 || sentences[order - 1]!.block !== sentences[order]!.block || !holds(CONTINUED_WINDOW, whole)) return false;
  return opens.some((c) => c.order === order - 1) || closes.some((c) => c.order === order - 1);
}

/** A day's context with a clock between the words and the day left out ("senast kl. 12.00 torsdag 14 maj 2026", CLOCK_BEFORE_DAY). */
function dayContext(text: string, d: { start: number; end: number }): Context {
  const from = Math.max(0, d.start - 40);
  const m = CLOCK_BEFORE_DAY.exec(text.slice(from, d.start));
  if (!m) return contextOf(text, d.start, d.end);
  const lead = from + m.index + (m[0].startsWith(' ') || m[0].startsWith('\t') ? 1 : 0);
  const cut = text.slice(0, lead) + text.slice(d.start);
  return contextOf(cut, lead, lead + d.end - d.start);
}

/**
 * A line that starts with its day and names it after a colon or a dash ("16 mars 2026 – sista ansökningsdag", "2 februari 2026:
 * utlysningen öppnar", DAY_THEN_LABEL): the label after the day read with it as the line "Label: day".
 */
function labelAfterDay(s: SentenceAt, first: { start: number; end: number }): Cue<WindowEnd> | undefined {
  if (s.start !== 0 || !DAY_LINE_LEAD.test(s.text.slice(0, first.start))) return undefined;
  const label = labelOf(DAY_THEN_LABEL.exec(s.text.slice(first.end))?.[1]);
  return label === undefined ? undefined : asLabelLine(label, s.text.slice(first.start, first.end), { start: 0, end: first.end - first.start });
}

/**
 * A line as the label of a date beside or below it — a table's header or row-label cell, or the line
 * above a date: no digits, at most LABEL_LINE_MAX characters, without emphasis marks or a trailing colon.
 */
export function labelOf(text: string | undefined): string | undefined {
  const label = text?.replace(/[*_]/gu, '').trim().replace(/[:\s]+$/u, '');
  return label && label.length <= LABEL_LINE_MAX && !/\d/u.test(label) ? label : undefined;
}

/**
 * The window days a table row states in its cells: each cell's first date, read with its column's
 * header ("Sista dag att ansöka" over "15 mars 2026") or the row's label cell ("Ansökan öppnar | 1
 * februari 2026") as the line "Label: date" by WINDOW_LABELS. The header row itself gets only row labels.
 */
function tableCells(doc: Doc, row: Block): Array<{ cue: Cue<WindowEnd>; date: string; at: Located }> {
  if (row.kind !== 'row' || !row.cells || row.cells.length < 2) return [];
  const header = headerOf(doc, row);
  const out: Array<{ cue: Cue<WindowEnd>; date: string; at: Located }> = [];
  // each cell's place in the row's text, found there in order: the row joins its cells with whatever
  // separator its reader wrote (" | " for a markdown table), so no width is assumed
  let offset = 0;
  row.cells.forEach((cell, i) => {
    const start = row.seg.text.indexOf(cell.text, offset);
    if (start < 0) return;
    offset = start + cell.text.length;
    const first = statedDates(cell.text)[0];
    if (!first) return;
    const rowLabel = i > 0 ? labelOf(row.cells![0]!.text) : undefined;
    const headerLabel = header !== row ? labelOf(header.cells?.[i]?.text) : undefined;
    // a bare column header ("Stänger", "Öppnar") is the window's only on a row that names applying or names
    // nothing: beside "Utställningen" or "Slutredovisning" it is that thing's day, not the window's
    const headerHolds = headerLabel !== undefined && (rowLabel === undefined || (!NOT_WINDOW.test(rowLabel) && (applies(headerLabel) || applies(rowLabel))));
    const labels = [headerHolds ? headerLabel : undefined, rowLabel];
    for (const label of labels) {
      if (!label) continue;
      const cue = asLabelLine(label, cell.text, first);
      if (cue) {
        out.push({ cue, date: first.date, at: { block: row, start, end: start + first.end } });
        return;
      }
    }
  });
  return out;
}

/**
 * The window ranges a table row states in its cells: a cell's range read with its column's header ("Ansökningsperiod" over "1 mars
 * – 15 april 2026") as the line "Header: range" by WINDOW_RANGES, on a row whose label names applying or nothing (as tableCells).
 */
function tableRanges(doc: Doc, row: Block): Array<{ cue: Cue<'range'>; from: string; to: string; at: Located }> {
  if (row.kind !== 'row' || !row.cells || row.cells.length < 2) return [];
  const header = headerOf(doc, row);
  if (header === row) return [];
  const out: Array<{ cue: Cue<'range'>; from: string; to: string; at: Located }> = [];
  let offset = 0;
  row.cells.forEach((cell, i) => {
    const start = row.seg.text.indexOf(cell.text, offset);
    if (start < 0) return;
    offset = start + cell.text.length;
    const r = statedRanges(cell.text)[0];
    const headerLabel = labelOf(header.cells?.[i]?.text);
    const rowLabel = i > 0 ? labelOf(row.cells![0]!.text) : undefined;
    if (!r || headerLabel === undefined || (rowLabel !== undefined && (NOT_WINDOW.test(rowLabel) || !(applies(headerLabel) || applies(rowLabel))))) return;
    const at = headerLabel.length + 2 + r.start;
    const cue = bestCue(WINDOW_RANGES, contextOf(`${headerLabel}: ${cell.text}`, at, at + r.end - r.start));
    if (cue) out.push({ cue, from: r.from, to: r.to, at: { block: row, start, end: start + r.end } });
  });
  return out;
}

/**
 * A label on its own line with the date as the next line ("Utlysningen stänger" / "27 februari 2018
 * (kl. 14.00)"): the label row is read as if the two stood on one line, "Label: date".
 */
function labelAbove(doc: Doc, s: SentenceAt, first: { start: number; end: number }): Cue<WindowEnd> | undefined {
  // (what stands before the day on its line, a definition list's colon, a clock, "den" or a weekday, is the label row's to
  // judge: WINDOW_LABELS are anchored, "Label: <that> date", grid66)
  if (s.start !== 0 || s.text.slice(0, first.start).length > LABEL_LEAD_MAX) return undefined;
  const above = doc.blocks[s.block.index - 1];
  const label = above && above.kind !== 'item' ? labelOf(above.seg.text) : undefined;
  return label === undefined ? undefined : asLabelLine(label, s.text, first);
}

/** The window range row of a range on its own line below a label line, read as the line "Label: range". */
function rangeBelowLabel(doc: Doc, s: SentenceAt, r: { start: number; end: number }): (typeof WINDOW_RANGES)[number] | undefined {
  if (s.start !== 0 || r.start > LABEL_LEAD_MAX) return undefined;
  const above = doc.blocks[s.block.index - 1];
  const label = above && above.kind !== 'item' ? labelOf(above.seg.text) : undefined;
  if (label === undefined) return undefined;
  const at = label.length + 2 + r.start;
  return bestCue(WINDOW_RANGES, contextOf(`${label}: ${s.text}`, at, at + r.end - r.start));
}

/** A round's line labelled by its holiday or number ("Höstlov: 1–20 september 2022."), only under a heading that names applying. */
function roundLabelRange(doc: Doc, s: SentenceAt, rctx: Context, from: string): Cue<'range'> | undefined {
  // a holiday's line whose first day falls in the holiday's own months gives the holiday's days (cues/dates.ts HOLIDAY_MONTHS)
  const month = Number(from.slice(5, 7));
  if (HOLIDAY_MONTHS.some(([label, months]) => label.test(s.text) && months.includes(month))) return undefined;
  return s.start === 0 && holds(ROUND_LABEL_RANGE, rctx) && underApplyHeading(doc, s.block) ? ROUND_LABEL_RANGE : undefined;
}

/** The window cue of a date read as the line "Label: text" (a label above, a table header or a row label). */
function asLabelLine(label: string, text: string, date: { start: number; end: number }): Cue<WindowEnd> | undefined {
  const at = label.length + 2 + date.start;
  return bestCue(WINDOW_LABELS, contextOf(`${label}: ${text}`, at, at + date.end - date.start));
}

function formOf(doc: Doc, sentences: readonly SentenceAt[], closes: Cand | undefined): { form?: Found<Form> } {
  const word = (t: string): Form | undefined => bestCue(FORM_WORDS, contextOf(t, 0, 0))?.meaning;
  // the last day's own sentence names the form; a page's "Sista ansökningsdag:" label (weight 10) is the site's word
  if (closes && closes.weight < 10) {
    const text = closes.at.block.seg.text.slice(closes.at.start, closes.at.end);
    const f = word(text);
    if (f) return { form: { value: f, at: closes.at } };
  }
  const heading = doc.sections.find((s) => anyCue(FORM_HEADINGS, contextOf('', 0, 0, headingText(s))))?.heading;
  const hf = heading ? word(heading.seg.text) : undefined;
  if (heading && hf) return { form: { value: hf, at: { block: heading, start: 0, end: heading.seg.text.length } } };
  // "Rekvisitionen görs via Socialstyrelsens e-tjänst": the form handed in
  for (const s of sentences) {
    const f = anyCue(FORM_SENTENCES, contextOf(s.text, 0, 0)) ? word(s.text) : undefined;
    if (f) return { form: { value: f, at: locIn(s) } };
  }
  return {};
}

function channelOf(sentences: readonly SentenceAt[], doc: Doc): { channel?: Found<string> } {
  // the address the application is sent to, only when no sentence names another channel: a page's e-mail address is
  // often the way for those who cannot use its e-tjänst ("Ansökan skickas till kultur@kommun.se om ni inte kan använda
  // e-tjänsten. Ansök i första hand via e-tjänsten.", review36)
  let address: Found<string> | undefined;
  // the channel told in other words (OTHER_CHANNELS), taken only when no sentence names one the rows above read
  let other: Found<string> | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // the form sent by mail or post, or the named system of the applicant's account: the medium or name as written
    const ctx = contextOf(s.text, 0, 0);
    const named = (holds(MAIL_CHANNEL, ctx) ? MAIL_CHANNEL.cue.exec(s.text) : null) ?? (holds(FORM_TO_AGENCY, ctx) ? FORM_TO_AGENCY.cue.exec(s.text) : null) ?? (applies(s.text) && holds(SYSTEM_ACCOUNT, ctx) ? SYSTEM_ACCOUNT.cue.exec(s.text) : null)
      ?? (holds(MEDIUM_CHANNEL, ctx) ? MEDIUM_CHANNEL.cue.exec(s.text) : null);
    if (named) {
      const at = named.index + named[0].lastIndexOf(named[1]!);
      return { channel: { value: named[1]!, at: locIn(s, at, at + named[1]!.length) } };
    }
    const mailed = address === undefined && holds(ADDRESS_CHANNEL, ctx) ? ADDRESS_CHANNEL.cue.exec(s.text) : null;
    if (mailed) {
      const at = mailed.index + mailed[0].lastIndexOf(mailed[1]!);
      address = { value: mailed[1]!, at: locIn(s, at, at + mailed[1]!.length) };
    }
    if (address === undefined) other ??= otherChannel(sentences, i, ctx);
    const digital = DIGITAL_APPLICATION.cue.exec(s.text);
    if (!applies(s.text) && !digital) continue;
    // the claim for payment after the work is done, the sentence's only applying: its service is the payment's way in, not the
    // application's ("När du genomfört dina åtgärder, ansöker du om utbetalning via Jordbruksverkets e-tjänst.", Skogsstyrelsen,
    // diff q319)
    if (!digital && holds(PAYMENT_CLAIM, ctx) && !applies(s.text.replace(PAYMENT_CLAIM_WORDS, ' '))) continue;
    // the report's way in, the application only mentioned beside it
    if (!digital && holds(REPORT_CHANNEL, ctx)) continue;
    const m = CHANNEL_NAME.cue.exec(s.text) ?? digital;
    if (m) return { channel: { value: m[0], at: locIn(s, m.index, m.index + m[0].length) } };
  }
  const found = address ?? other ?? headingChannel(doc);
  return found ? { channel: found } : {};
}

/**
 * A heading that is the instruction to apply through a named service, when no sentence names a channel: "Ansök om driftsstöd
 * via e-tjänst" (Region Gotland 2023, diff q299), a page's link label standing as a heading. Not a heading of the report.
 */
function headingChannel(doc: Doc): Found<string> | undefined {
  for (const b of doc.blocks) {
    if (b.kind !== 'heading' || !applies(b.seg.text)) continue;
    const ctx = contextOf(b.seg.text, 0, 0);
    if (holds(REPORT_CHANNEL, ctx) || holds(PAYMENT_CLAIM, ctx)) continue;
    const m = CHANNEL_NAME.cue.exec(b.seg.text);
    if (m) return { value: m[0], at: { block: b, start: m.index, end: m.index + m[0].length } };
  }
  return undefined;
}

/** the rows of a channel told in other words than the rows of channelOf read first, in the order they are asked */
const OTHER_CHANNELS = [SENDER_ADDRESS_CHANNEL, POSTAL_CHANNEL, MEDIUM_VERB_CHANNEL, SYSTEM_VIA, FORM_SENT_CHANNEL];

/**
 * A channel a sentence tells in other words: the applicant sending it to an e-mail address, a postal address, the media
 * ("mejla eller posta"), a named system ("söker via ApN"), the form sent in; or a sentence ending "… skickar du till:" whose
 * next block is only an e-mail address (ADDRESS_LEAD). The value as written (the row's group).
 */
function otherChannel(sentences: readonly SentenceAt[], i: number, ctx: Context): Found<string> | undefined {
  const s = sentences[i]!;
  for (const row of OTHER_CHANNELS) {
    const m = holds(row, ctx) ? row.cue.exec(s.text) : null;
    const value = m?.[1] ?? m?.[2];
    if (m && value) {
      const at = m.index + m[0].lastIndexOf(value);
      return { value, at: locIn(s, at, at + value.length) };
    }
  }
  const next = sentences[i + 1];
  if (next === undefined || next.block === s.block || !holds(ADDRESS_LEAD, ctx)) return undefined;
  const line = ADDRESS_LINE.exec(next.text);
  if (!line) return undefined;
  const at = line.index + line[0].indexOf(line[1]!);
  return { value: line[1]!, at: locIn(next, at, at + line[1]!.length) };
}

const ROUND_STEP = REQUIRES.filter((row) => row.id === 'ansvarar-for-att-infor-ansokan');

function requiresOf(doc: Doc, sentences: readonly SentenceAt[]): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  // the rekvisition as the payment claim after a grant decision ("Om ni beviljas bidrag rekvirerar ni …"): its requirements are the
  // payment's, not the application's (REKVISITION_AFTER_GRANT; review85b RQ7)
  const claimAfterGrant = sentences.some((s) => cueTest(REKVISITION_AFTER_GRANT.cue, s.text));
  for (const s of sentences) {
    if (claimAfterGrant && cueTest(REKVISITION_ERRAND.cue, s.text)) continue;
    // an item under the application's heading: what the applicant hands in with it ("Sökande ska inlämna ett skatteutdrag …")
    if (s.block.kind === 'item' && anyCue(APPLICANT_HANDS_IN, contextOf(s.text, 0, 0)) && underApplyHeading(doc, s.block)) {
      out.push({ value: s.text, at: locIn(s) });
      continue;
    }
    // (a sentence with a round's word alone is read by the applicant's-step row only: "Efter ansökningsperioden skickar
    // kommunen ett avtal som ska undertecknas …" is no requirement of the application, review52 e5)
    const rows = REQUIRE_WORDS.test(s.text) ? REQUIRES : ROUND_REQUIRE_WORDS.test(s.text) ? ROUND_STEP : undefined;
    if (!rows) continue;
    if (anyCue(rows, contextOf(s.text, 0, 0))) {
      // a lead ("Ansökan ska innehålla:", or the heading "Ansökan ska innehålla") says what its list's items are: the items are the requirements
      const items = leadsList(doc, s) ? itemsAfter(doc, s.block) : [];
      if (items.length > 0) out.push(...items);
      else out.push({ value: s.text, at: locIn(s) });
    }
  }
  return out;
}

/** Whether a sentence leads the list right after its block: a heading, or a paragraph's last sentence ending in a colon. */
function leadsList(doc: Doc, s: SentenceAt): boolean {
  if (doc.blocks[s.block.index + 1]?.kind !== 'item') return false;
  const whole = s.block.seg.text.trim() === s.text.trim();
  // a label line on its own, without a full stop, heads the list like a heading: "Ansökan ska innehålla"
  return s.block.kind === 'heading' || (whole && !/[.!?]\s*$/u.test(s.text)) || (/:\s*$/u.test(s.text) && s.block.seg.text.trimEnd().endsWith(s.text.trimEnd()));
}

/** The items of the list right after a block, each its own requirement, as written. */
function itemsAfter(doc: Doc, lead: Block): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (let i = lead.index + 1; doc.blocks[i]?.kind === 'item'; i++) {
    const b = doc.blocks[i]!;
    const value = itemText(b.seg.text);
    if (value) out.push({ value, at: { block: b, start: 0, end: b.seg.text.length } });
  }
  return out;
}

export function findPayment(doc: Doc): Found<string> | undefined {
  const sections = doc.sections.filter((s) => anyCue(PAYMENT_HEADINGS, contextOf('', 0, 0, headingText(s))));
  const pool = sections.length ? allSentences(sections.flatMap((s) => s.blocks)) : allSentences(bodyBlocks(doc));
  for (const s of pool) {
    if (anyCue(PAYMENT_SENTENCE, contextOf(s.text, 0, 0))) {
      return { value: s.text, at: locIn(s) };
    }
  }
  return undefined;
}

/**
 * The usage period: a page's own statement first. A sentence in another grant's section (its heading a grant's compound name
 * that is not the title: "Utvecklingsbidrag" on the page "Bidrag till föreningar") states that grant's period ("Bidraget får
 * användas under 2025." … "Utvecklingsbidraget får användas under perioden 1 januari 2026–31 december 2026.", review71c M6,
 * constructed), so it is read only when the rest of the page states none.
 */
export function findUsagePeriod(doc: Doc): { from?: Found<string>; to: Found<string> } | undefined {
  const sentences = allSentences(bodyBlocks(doc));
  const title = titleOf(doc)?.value.trim() ?? '';
  const otherGrant = (s: SentenceAt): boolean => {
    const section = sectionOf(doc, s.block);
    const heading = section ? headingText(section).trim() : '';
    return heading !== '' && heading !== title && cueTest(GRANT_COMPOUND_LINE.cue, heading);
  };
  // (a sentence under a heading over earlier years, PAST_YEARS_HEAD "Tidigare år", is never read: that year's period, review72c Y2)
  // (read once per section: a hostile text has many sentences in few sections)
  const pastSections = new Map<number, boolean>();
  const pastYears = (s: SentenceAt): boolean => {
    let past = pastSections.get(s.block.section);
    if (past === undefined) {
      const section = sectionOf(doc, s.block);
      past = section !== undefined && holds(PAST_YEARS_HEAD, contextOf(headingText(section).trim(), 0, 0));
      pastSections.set(s.block.section, past);
    }
    return past;
  };
  const current = sentences.filter((s) => !pastYears(s));
  const own = current.filter((s) => !otherGrant(s));
  // a whole calendar year of use before the year the title's grant is for is an earlier round's money ("Har ni fått statsbidrag
  // för 2025? Medel som inte förbrukats under 2025 ska återbetalas …" under "Statsbidrag … 2026", review75a c14, c15): no usage
  // period of this page's grant
  const titleYear = grantTitleYear(title);
  return (own.length < current.length ? usageIn(own, titleYear) : undefined) ?? usageIn(current, titleYear);
}

/** The usage period the sentences state, by the surest statement (findUsagePeriod). */
function usageIn(sentences: readonly SentenceAt[], titleYear?: number): { from?: Found<string>; to: Found<string> } | undefined {
  const ranked: Array<{ rank: number; from: string; to: string; at: Located }> = [];
  sentences.forEach((s, order) => {
    const row = bestCue(USAGE_PERIOD, contextOf(s.text, 0, 0));
    if (!row) return;
    // the surer row first, then the earlier sentence
    for (const r of statedRanges(s.text)) ranked.push({ rank: -row.weight + order / 10000, from: r.from, to: r.to, at: locIn(s) });
  });
  ranked.sort((a, b) => a.rank - b.rank);
  const best = ranked[0];
  if (best) return { from: { value: best.from, at: best.at }, to: { value: best.to, at: best.at } };
  // no range: a sentence of the earliest start and the longest run, its two days ("Projekten kan starta tidigast den 1 juli 2022
  // och … pågå som längst till den 30 juni 2023.", USAGE_START_END)
  for (const s of sentences) {
    if (!anyCue(USAGE_START_END, contextOf(s.text, 0, 0))) continue;
    const days = statedDates(s.text);
    if (days.length === 2 && days[0]!.date < days[1]!.date) return { from: { value: days[0]!.date, at: locIn(s) }, to: { value: days[1]!.date, at: locIn(s) } };
  }
  // no range anywhere: "Medlen ska användas under 2024." is that calendar year
  for (const s of sentences) {
    // (a row's guards hold: far-anvanda-belopp-under-ar is never the agency's own costs)
    const year = USAGE_YEAR.map((row) => (holds(row, contextOf(s.text, 0, 0)) ? row.cue.exec(s.text)?.[1] : undefined)).find((y) => y !== undefined);
    if (year && titleYear !== undefined && Number(year) < titleYear) continue;
    if (year) return { from: { value: `${year}-01-01`, at: locIn(s) }, to: { value: `${year}-12-31`, at: locIn(s) } };
  }
  // only the last day stated ("medlen ska vara förbrukade senast 31 december 2026"): the end, and no start
  for (const s of sentences) {
    const d = statedDates(s.text).find((x) => anyCue(USAGE_END, contextOf(s.text, x.start, x.end)));
    if (d) return { to: { value: d.date, at: locIn(s) } };
  }
  // no day of use anywhere: a period of whole years the money or the satsning covers ("Det treåriga stödet gäller perioden
  // 2024-2026."), its first year after the last, never one that ended before the title's year
  for (const s of sentences) {
    const row = USAGE_YEARS.find((r) => holds(r, contextOf(s.text, 0, 0)));
    const m = row?.cue.exec(s.text);
    if (!m) continue;
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (last <= first || last - first > USAGE_YEARS_LONGEST || (titleYear !== undefined && last < titleYear)) continue;
    return { from: { value: `${first}-01-01`, at: locIn(s) }, to: { value: `${last}-12-31`, at: locIn(s) } };
  }
  return undefined;
}
