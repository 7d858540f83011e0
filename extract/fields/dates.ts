import { findDayMonths, findVague, isoOf } from '../parse/dates.js';
import { yearNumbers } from '../cues/year.js';
import { plausibleYear } from '../../specs/years.js';
import { DATE_ROLES, DECISION_ON_NAMED_GRANT, EVENT_RANGES, NOT_RECIPIENT_SECTION, OTHER_STAGE_RANGES, REDISTRIBUTION_CONDITION, WINDOW_RANGES, YEARLESS_ROUND, YEARLESS_ROUND_OPENS, type DateRole } from '../cues/dates.js';
import { REPORT_WINDOW } from '../cues/reporting.js';
import { anyCue, bestCue, contextOf, holds } from '../cues/types.js';
import { titleOf } from './title.js';
import type { Doc } from '../tree/types.js';
import { allSentences, statedDates, statedRanges, bodyBlocks, locIn, metaFound, type Found } from './common.js';
import type { Vague } from './reporting.js';

// The other dated events a text states, each with the role its cue gives ("Utlysningsdatum",
// "Beslut … den", "betalas ut den"). A date no row gives a role is left out: it is never a
// deadline by guess. Dates under övergångsbestämmelser are the law's, not the recipients'.

export interface DatedEvent { readonly date?: string; readonly vague?: Vague; readonly role: DateRole; readonly text: string }

export interface Redistribution { readonly cutoff?: Found<string>; readonly condition?: Found<string> }

/**
 * `window` is the requisition's own window: a day of it is that window's, not another round's (in
 * "En för ordinarie ansökan … som stänger 28 januari 2022 och en riktad ansökan … som stänger den
 * 30 november 2021" only the second is another round).
 */
const COMPLETION = DATE_ROLES.find((row) => row.id === 'komplettera-ansokan-till')!;

export function findDatedEvents(doc: Doc, window: { readonly opens?: Found<string>; readonly closes?: Found<string> } = {}): Array<Found<DatedEvent>> {
  const out: Array<Found<DatedEvent>> = [];
  const seen = new Set<string>();
  const own = new Set([window.opens?.value, window.closes?.value].filter((d) => d !== undefined));
  // the front matter's "date:" is the page's publication date
  const meta = doc.meta?.date;
  const published = meta ? statedDates(meta.value)[0] : undefined;
  if (meta && published && published.start === 0) {
    const f = metaFound(meta);
    out.push({ value: { date: published.date, role: 'published', text: meta.value }, at: f.at });
  }
  const sentences = allSentences(bodyBlocks(doc));
  const otherGrantDecision = otherGrantDecisions(doc, sentences);
  for (const s of sentences) {
    if (!/\d/u.test(s.text)) continue;
    const heading = doc.sections[s.block.section]?.heading?.seg.text ?? '';
    if (NOT_RECIPIENT_SECTION.test(heading)) continue;
    // another round whose last day has no year: the event in its own words, without a guessed date
    const yearless = findDayMonths(s.text).find((d) => anyCue(YEARLESS_ROUND, contextOf(s.text, d.start, d.end, heading)));
    if (yearless && !seen.has(`${s.text}|application-round`)) {
      seen.add(`${s.text}|application-round`);
      out.push({ value: { role: 'application-round', text: s.text }, at: locIn(s) });
    }
    // a new round's opening day without a year ("En ny ansökningsperiod … öppnar efter den 7 september"): the day of the one
    // year the page names, on no other page
    const opening = findDayMonths(s.text).find((d) => anyCue(YEARLESS_ROUND_OPENS, contextOf(s.text, d.start, d.end, heading)));
    const year = opening ? onlyYear(doc) : undefined;
    const day = opening && year !== undefined ? isoOf(year, opening.month, opening.day) : null;
    if (day && !own.has(day) && !seen.has(`${day}|application-round`)) {
      seen.add(`${day}|application-round`);
      out.push({ value: { date: day, role: 'application-round', text: s.text }, at: locIn(s) });
    }
    const ranges = statedRanges(s.text);
    const hits = sentenceEvents(s.text, heading);
    // "Redovisningen är öppen 15 augusti–16 september 2025": the report's window, both its ends
    for (const r of ranges) {
      if (!anyCue(REPORT_WINDOW, contextOf(s.text, r.start, r.end, heading))) continue;
      for (const [date, role] of [[r.from, 'reporting-opens'], [r.to, 'reporting-closes']] as const) {
        if (seen.has(`${date}|${role}`)) continue;
        seen.add(`${date}|${role}`);
        out.push({ value: { date, role, text: s.text }, at: locIn(s) });
      }
    }
    // "Ansökan 2 var öppen 15 september–17 oktober 2022": a stated window that is not the requisition's
    // own (several rounds a year, of which the finder takes none) is another round, its last day the event
    for (const r of ranges) {
      if (own.has(r.to) || anyCue(REPORT_WINDOW, contextOf(s.text, r.start, r.end, heading))) continue;
      const rctx = contextOf(s.text, r.start, r.end);
      // an advance ruling's range is no application round (cues/dates.ts OTHER_STAGE_RANGES)
      if (!bestCue(WINDOW_RANGES, rctx) || anyCue(OTHER_STAGE_RANGES, rctx)) continue;
      if (seen.has(`${r.to}|application-round`)) continue;
      seen.add(`${r.to}|application-round`);
      out.push({ value: { date: r.to, role: 'application-round', text: s.text }, at: locIn(s) });
    }
    // "Beslut fattas mellan 6 och 27 november 2023" (review46): a decision's or a payment's range, the event by its last day
    for (const r of ranges) {
      const row = bestCue(DATE_ROLES, contextOf(s.text, r.start, r.end, heading));
      if (row?.meaning !== 'decision' && row?.meaning !== 'payment') continue;
      if (row.meaning === 'decision' && otherGrantDecision(s.text)) continue;
      // … only right after the event's verb, not a period the decision is valid for or the payment covers (review47)
      if (bestCue(EVENT_RANGES, contextOf(s.text, r.start, r.end))?.meaning !== row.meaning) continue;
      if (seen.has(`${r.to}|${row.meaning}`)) continue;
      seen.add(`${r.to}|${row.meaning}`);
      out.push({ value: { date: r.to, role: row.meaning, text: s.text }, at: locIn(s) });
    }
    for (const h of hits) {
      if (ranges.some((r) => r.start <= h.start && h.end <= r.end)) continue;
      const role = h.role;
      // a vague date is an event only when it is a payment or a decision ("Utbetalning sker i början av 2027")
      if (!role || (h.vague && role !== 'payment' && role !== 'decision')) continue;
      if (role === 'application-round' && h.date && own.has(h.date)) continue;
      // a decision on another grant, named by its compound nowhere else on the page (DECISION_ON_NAMED_GRANT; review85b D11)
      if (role === 'decision' && otherGrantDecision(s.text)) continue;
      // a completion's day that is the window's own last day is the window's, no event of its own (review52 f3)
      if (role === 'other' && h.date && own.has(h.date) && holds(COMPLETION, contextOf(s.text, h.start, h.end, heading))) continue;
      const key = `${h.date ?? JSON.stringify(h.vague)}|${role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const value = h.date ? { date: h.date, role, text: s.text } : { vague: h.vague!, role, text: s.text };
      out.push({ value, at: locIn(s) });
    }
  }
  return out;
}

/**
 * Whether a sentence's decision is on a grant its compound names (DECISION_ON_NAMED_GRANT) that the page names nowhere else:
 * the test for one document. The title and the body sentences are lowercased once, at the first sentence whose decision names
 * a grant, not again for each candidate date (a page of many dated decisions had them rebuilt per date).
 */
function otherGrantDecisions(doc: Doc, sentences: ReadonlyArray<{ readonly text: string }>): (text: string) => boolean {
  let page: { readonly title: string; readonly lower: readonly string[] } | undefined;
  return (text) => {
    const stem = DECISION_ON_NAMED_GRANT.cue.exec(text)?.[1]?.toLowerCase();
    if (stem === undefined || stem.length < 4) return false;
    const known = (page ??= { title: (titleOf(doc)?.value ?? '').toLowerCase(), lower: sentences.map((x) => x.text.toLowerCase()) });
    if (known.title.includes(stem)) return false;
    return !sentences.some((x, i) => x.text !== text && known.lower[i]!.includes(stem));
  };
}

/** The one year a page's lines name, if they name exactly one (any other year, even a copyright's, leaves none). */
function onlyYear(doc: Doc): number | undefined {
  const years = new Set<number>();
  for (const b of doc.blocks) for (const y of yearNumbers(b.seg.text)) if (plausibleYear(y.year)) years.add(y.year);
  if (doc.meta?.date) for (const y of yearNumbers(doc.meta.date.value)) if (plausibleYear(y.year)) years.add(y.year);
  return years.size === 1 ? [...years][0] : undefined;
}

/** A day or a vague time a sentence states, its year, and the role its cue gives it (cues/dates.ts DATE_ROLES), if any. */
export interface SentenceEvent {
  readonly start: number;
  readonly end: number;
  readonly date?: string;
  readonly vague?: Vague;
  readonly year: string;
  readonly role?: DateRole;
}

/**
 * The dated events of one sentence in reading order: its stated days and vague times, each with the role DATE_ROLES
 * gives it in the sentence (and under `heading`). findDatedEvents and requisition.ts's outcomeFollows both read them.
 */
export function sentenceEvents(text: string, heading?: string): SentenceEvent[] {
  const hits: Array<Omit<SentenceEvent, 'role'>> = [
    ...statedDates(text).map((d) => ({ start: d.start, end: d.end, date: d.date, year: d.date.slice(0, 4) })),
    ...findVague(text).map((v) => ({ start: v.start, end: v.end, vague: { year: v.year, part: v.part, text: v.text }, year: String(v.year) })),
  ].sort((a, b) => a.start - b.start);
  return hits.map((h) => {
    const role = bestCue(DATE_ROLES, contextOf(text, h.start, h.end, heading))?.meaning;
    return role ? { ...h, role } : h;
  });
}

/**
 * "Medel som inte har rekvirerats senast den 16 mars 2026 kommer fördelas om till de som i
 * rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel": the cut-off, and who
 * gets the money (those who opted in).
 */
export function findRedistribution(events: ReadonlyArray<Found<DatedEvent>>): Redistribution | undefined {
  const e = events.find((x) => x.value.role === 'redistribution' && x.value.date);
  if (!e) return undefined;
  const text = e.at.block.seg.text.slice(e.at.start, e.at.end);
  const m = REDISTRIBUTION_CONDITION.cue.exec(text);
  const condition = m?.[1]?.replace(/\s+$/u, '');
  const start = m && condition ? m.index + m[0].length - m[1]!.length : 0;
  return {
    cutoff: { value: e.value.date!, at: e.at },
    ...(m && condition ? { condition: { value: condition.replace(/\s+/gu, ' '), at: { block: e.at.block, start: e.at.start + start, end: e.at.start + start + condition.length } } } : {}),
  };
}
