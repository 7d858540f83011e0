import { findAmounts, type Kronor } from '../parse/amounts.js';
import { findDates, findRanges, findVague, type VaguePart } from '../parse/dates.js';
import { allSentences, bodyBlocks, headingText, itemText, listsIn, sectionsWhere, type Found, locIn } from './common.js';
import type { Doc } from '../tree/types.js';
import { sv } from '../parse/unicode.js';
import { AGENCY_DUTY, REPORT_SUBJECT } from '../cues/dates.js';

const SENAST_BEFORE = sv(/\bsenast\s+(?:den\s+)?$/iu);
const OPEN_NOW = sv(/\b(?:öppen|pågår)\b/iu);

// Återrapportering (when, what, how) and repayment (triggers, invoice threshold).

export interface Vague { readonly year: number; readonly part: VaguePart; readonly text: string }

export interface ReportingFound {
  readonly due?: Found<string>;
  readonly announced?: Found<Vague>;
  readonly period?: Found<Vague>;
  readonly channel?: Found<string>;
  readonly content: Array<Found<string>>;
}

const REPORTING_HEADING = /återrapport|redovis|uppföljning|frågor kommer (?:att )?ställas/iu;
const REPAYMENT_HEADING = /kräva tillbaka|återbetal|återkrav|betala tillbaka/iu;
const REPORT_WORDS = /återrapport|redovis|rapportera|uppföljning/iu;
const RECIPIENT = sv(/\b(?:ni|er|region|regionen|regionerna|kommun|kommunen|kommunerna|varje|mottagare[n]?|bidragsmottagare[n]?|organisationen|föreningen)\b/iu);

export function findReporting(doc: Doc): ReportingFound {
  const sentences = allSentences(bodyBlocks(doc));
  let due: Found<string> | undefined;
  let announced: Found<Vague> | undefined;
  let period: Found<Vague> | undefined;
  let channel: Found<string> | undefined;
  for (const s of sentences) {
    if (!REPORT_WORDS.test(s.text)) continue;
    const dates = due ? [] : findDates(s.text);
    if (dates.length && RECIPIENT.test(s.text) && !sv(/\b(?:Socialstyrelsen|myndigheten|regeringen)\s+ska\s+senast\b/iu).test(s.text)) {
      const ranges = findRanges(s.text);
      const d = dates.find((x) => !ranges.some((r) => r.start <= x.start && x.end <= r.end)
        && sv(/\bsenast\s+(?:den\s+)?$/iu).test(s.text.slice(0, x.start)));
      if (d) due = { value: d.date, at: locIn(s) };
    }
    // "Sista dag att redovisa är den 31 januari 2025", "Sista dag för återrapportering: 2025-03-01"
    if (!due) {
      const d = dates.find((x) => sv(/\bsista\s+dag(?:en)?\s+(?:att|för)\s+(?:redovisa|återrapportera|redovisning(?:en)?|återrapportering(?:en)?)\b[^.\d]*?(?:\s(?:är|blir)|:)\s*(?:den\s+)?$/iu).test(s.text.slice(0, x.start)));
      if (d) due = { value: d.date, at: locIn(s) };
    }
    // the report as the subject: "Redovisningen ska ha inkommit senast …", "Redovisningen är öppen 15 augusti–16 september 2025"
    if (!due && REPORT_SUBJECT.some((r) => r.cue.test(s.text)) && !AGENCY_DUTY.test(s.text)) {
      const d = findDates(s.text).find((x) => SENAST_BEFORE.test(s.text.slice(0, x.start)));
      const r = findRanges(s.text)[0];
      if (d) due = { value: d.date, at: locIn(s) };
      else if (r && OPEN_NOW.test(s.text.slice(0, r.start))) due = { value: r.to, at: locIn(s) };
    }
    for (const v of findVague(s.text)) {
      const value = { year: v.year, part: v.part, text: v.text };
      if (!announced && /publicera|skicka|meddela|informera|kommer att ges|sänd/iu.test(s.text) && /återrapport|redovis/iu.test(s.text)) {
        announced = { value, at: locIn(s) };
      } else if (!period && sv(/\b(?:sker|ske|görs|genomförs)\b/iu).test(s.text) && /uppföljning|återrapport|redovisning/iu.test(s.text)) {
        period = { value, at: locIn(s) };
      }
    }
    if (!channel && /återrapporteringsformulär|webbformulär|e-tjänst/iu.test(s.text) && sv(/\b(?:via|genom|i)\b/iu).test(s.text) && /skickar|fyll|lämna|sker/iu.test(s.text)) {
      channel = { value: s.text, at: locIn(s) };
    }
  }
  const content: Array<Found<string>> = [];
  for (const section of sectionsWhere(doc, REPORTING_HEADING)) {
    for (const { lead, items } of listsIn(doc, section)) {
      if (lead && /^Läs mer/iu.test(lead.seg.text)) continue;
      if (REPAYMENT_HEADING.test(headingText(section)) && lead && /skyldig|återbetala|om:$/iu.test(lead.seg.text)) continue;
      for (const b of items) content.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  return {
    ...(due ? { due } : {}), ...(announced ? { announced } : {}), ...(period ? { period } : {}),
    ...(channel ? { channel } : {}), content,
  };
}

export interface RepaymentFound {
  readonly triggers: Array<Found<string>>;
  readonly invoice_threshold?: Found<Kronor>;
}

const TRIGGER_SENTENCE = sv(/återbetalningsskyldig|skyldig(?:a)?\s+att\s+återbetala|\bska\s+(?:betalas\s+tillbaka|återbetalas)\b|\bkan\s+(?:komma\s+att\s+)?krävas\s+tillbaka\b|\bkrävas\s+på\s+återbetalning\b/iu);

export function findRepayment(doc: Doc): RepaymentFound {
  const triggers: Array<Found<string>> = [];
  for (const section of sectionsWhere(doc, REPAYMENT_HEADING)) {
    for (const { lead, items } of listsIn(doc, section)) {
      if (lead && !/skyldig|återbetala|tillbaka|om:?$|följande|:$/iu.test(lead.seg.text)) continue;
      if (lead && /följande underlag/iu.test(lead.seg.text)) continue;
      for (const b of items) triggers.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  const sentences = allSentences(bodyBlocks(doc));
  for (const s of sentences) {
    if (s.block.kind === 'item' && triggers.some((t) => t.at.block === s.block)) continue;
    if (TRIGGER_SENTENCE.test(s.text) && !/:$/u.test(s.text)) triggers.push({ value: s.text, at: locIn(s) });
  }
  let invoice: Found<Kronor> | undefined;
  for (const s of sentences) {
    if (!/fakturera/iu.test(s.text)) continue;
    const a = findAmounts(s.text).find((x) => /belopp\s+(?:över|överstigande|från|som överstiger)\s*$/iu.test(s.text.slice(0, x.start)) || x.bound === 'min');
    if (a) { invoice = { value: a.value, at: locIn(s) }; break; }
  }
  triggers.sort((a, b) => a.at.block.index - b.at.block.index || a.at.start - b.at.start);
  return { triggers, ...(invoice ? { invoice_threshold: invoice } : {}) };
}
