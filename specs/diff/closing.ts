// A last day to apply written without a year ("Fram till den 31 maj kan föreningar söka bidrag", "Här
// ansöker du om bidrag … senast 26 april", "Sista ansökningsdagen för föregående år är den 28 februari"):
// the contract's requisition.closes holds only a dated day and a year is never guessed, so neither spec
// has it, and the spec diff cannot see the day move or go. The change report's text-level pass compares
// the texts' own yearless closing days, by day and month, only where neither spec states a closing day:
// another day is a change, a day the new text no longer states at all is no longer stated, quoted from
// both texts. No day is ever turned into a date, and no shift in days is claimed. The rows are phrase
// knowledge like rules.ts' and run as cue tests (extract/cues/index.ts, `diff.CLOSING_DAY_SENTENCES`).
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';
import { MONTH_NAMES } from '../lexicon.js';

const WEEKDAY = '(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\\s+)?';
/** the day and month (groups 1 and 2), with no year after them: "31 maj", "den 28 februari" */
const DAY = `(?:den\\s+)?${WEEKDAY}(?:den\\s+)?(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})(?![\\p{L}\\p{N}])(?![\\s,]{0,3}(?:den\\s+)?\\d)`;

export const CLOSING_DAY_SENTENCES: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    // a deadline word right before the day: "senast 26 april", "fram till den 31 maj", "till och med den 15 mars"
    id: 'senast-dag-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:senast|fram\s+till|till\s+och\s+med)\s+${DAY}`, 'iu')),
    // … in a sentence about applying, not a report, a decision, a payment or the activity's own days
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|söka|sökas|ansökningsdag\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|beslut\p{L}*|utbetal\p{L}*|betalas|genomför\p{L}*|pågå\p{L}*|komplettera\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Fram till den 31 maj kan föreningar söka bidrag för att ordna sommarlovsaktiviteter för barn och unga 6-15 år.', 'Här ansöker du om bidrag för att arrangera sommarlovsaktiviteter senast 26 april.', 'Ansökan ska vara inne senast 31 mars.'],
    counterExamples: ['Ansökan ska vara inne senast 31 mars 2017.', 'Redovisningen ska ha kommit in senast den 31 augusti.', 'Aktiviteterna ska genomföras fram till den 15 augusti.', 'Ansökan om utbetalning görs senast den 1 december.'],
  },
  {
    // the last day as a label: "Sista ansökningsdag 31 oktober", "Sista ansökningsdagen för föregående år är den 28 februari"
    id: 'sista-ansokningsdag-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\bsista\s+(?:ansöknings|rekvisitions)dag(?:en)?\b[^.\d]{0,40}?(?:\s(?:är|blir)\s+|:\s*|\s)(?:senast\s+)?${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Sista ansökningsdagen för föregående år är den 28 februari.', 'Utvecklingsstöd - Sista ansökningsdag 31 oktober'],
    counterExamples: ['Sista ansökningsdag är 3 maj 2019.', 'Sista dag för redovisning är den 28 februari.'],
  },
];

/** a yearless range of days (groups 1–4: day, month or none, day, month): "11 juni-15 augusti", "16 juni – 19 augusti" */
const RANGE = `(?:den\\s+)?(\\d{1,2})(?:\\s+(${MONTH_NAMES.join('|')}))?\\s*[-–—]\\s*(?:den\\s+)?(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})(?![\\p{L}\\p{N}])(?![\\s,]{0,3}(?:den\\s+)?\\d)`;
const LOV = '(?:sommarlov|höstlov|jullov|sportlov|påsklov|vinterlov|novemberlov)(?:et)?';
const MONTHS = MONTH_NAMES.join('|');
/**
 * a holiday's yearless days after "mellan", in words (groups 1–4 as RANGE's: "mellan den 15 juni till och med den 18
 * augusti", "mellan 19 juni och 20 augusti") or as day/month figures (groups 5–8: "mellan 15/6-19/8")
 */
const BETWEEN = String.raw`mellan\s+(?:(?:den\s+)?(\d{1,2})(?:\s+(${MONTHS}))?\s+(?:och|till\s+och\s+med|till|[-–—])\s+(?:den\s+)?(\d{1,2})\s+(${MONTHS})(?![\p{L}\p{N}])(?![\s,]{0,3}(?:den\s+)?\d)|(\d{1,2})\/(\d{1,2})\s*[-–—]\s*(\d{1,2})\/(\d{1,2})(?![\/\d]))`;

/**
 * Other yearless days the contract holds only as dated values, compared like the closing day (the key is the day, or a
 * range's two days): the first day to apply ("Ansökan kan lämnas in från 14 maj", diff q130/q131) and the days the money
 * or the activities cover ("Sommarlovet avser perioden 11 juni-15 augusti", diff q127/q128; "ska genomföras under
 * sommarlovet 10 juni-15 augusti", diff q112). A range is read for usage_period only with its two ends.
 */
export const YEARLESS_DAY_SENTENCES: ReadonlyArray<SentenceRow<'requisition.opens' | 'usage_period'>> = [
  {
    // the application opens on a day: "Ansökan kan lämnas in från den 27 maj", "Ansökan öppnar 4 februari"
    id: 'ansokan-fran-dag-utan-ar', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:ansökan|ansökningar(?:na)?|ansökningsperioden)\s+(?:(?:kan\s+(?:lämnas|skickas)\s+in|tas\s+emot)\s+från(?:\s+och\s+med)?|öppnar)\s+${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Ansökan kan lämnas in från 14 maj.', 'Ansökan kan lämnas in från den 27 maj.'],
    counterExamples: ['Ansökan kan lämnas in från 14 maj 2020.', 'Redovisningen kan lämnas in från 14 maj.', 'Ansökan om utbetalning kan lämnas in från 1 december.', 'Ansökan kan lämnas in till 14 maj.'],
  },
  {
    // the period named as such: "Sommarlovet avser perioden 11 juni-15 augusti", "Höstlovet avser perioden 29 oktober-7 november"
    id: 'avser-perioden-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:avser|gäller|omfattar)\s+perioden\s+${RANGE}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:ansökningsperiod\p{L}*|ansökan|ansöka|redovis\p{L}*|utlysning\p{L}*)\b/iu) }],
    examples: ['Sommarlovet avser perioden 11 juni-15 augusti.', 'Höstlovet avser perioden 29 oktober-7 november.'],
    counterExamples: ['Sommarlovet avser perioden 11 juni-15 augusti 2021.', 'Ansökan avser perioden 1 mars-15 april.', 'Redovisningen avser perioden 1 januari-30 juni.'],
  },
  {
    // a school holiday named with its days, in a sentence on what the grant or the activities cover: "sommarlov 16 juni – 19
    // augusti", "genomföras under sommarlovet 10 juni-15 augusti eller höstlovet 29 oktober-6 november"
    id: 'lov-dagar-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b${LOV}\s+${RANGE}`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:genomför\p{L}*|söka\s+stöd|söka\s+bidrag|aktivitet\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:stängt|stängd|stänger|ansökningsperiod\p{L}*|redovis\p{L}*)\b/iu) }],
    examples: ['Aktivitet i ansökan ska genomföras under sommarlovet 10 juni-15 augusti eller höstlovet 29 oktober-6 november.', 'De lov som det finns möjlighet att söka stöd för är sportlov v.8, påsklov v.14, sommarlov 16 juni – 19 augusti, höstlov v.44 och jullov 21 december – 7 januari 2019.'],
    counterExamples: ['Kontoret har stängt under sommarlovet 10 juni-15 augusti.', 'Aktiviteterna ska redovisas efter sommarlovet 10 juni-15 augusti.', 'Aktiviteten ska genomföras under sommarlovet 2023.'],
  },
  {
    // a school holiday's days after "mellan", in words or figures, in a sentence on what the activities cover: "genomföra
    // sommarlovsaktiviteter (sommarlovet i Mönsterås kommun är mellan 15/6-19/8)", "arrangeras mellan 19 juni och 20 augusti"
    id: 'lov-mellan-dagar-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b${LOV}(?:\s+\d{4})?(?![\p{L}\p{N}])[^.\d]{0,40}?\b${BETWEEN}`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:genomför\p{L}*|ske|arrangeras|söka\s+bidrag\p{L}*|aktivitet\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:stängt|stängd|stänger|ansökningsperiod\p{L}*|redovis\p{L}*)\b/iu) }],
    examples: ['Föreningar i Mönsterås kommun kan söka bidraget för att utveckla och genomföra sommarlovsaktiviteter (sommarlovet i Mönsterås kommun är mellan 15/6-19/8).', 'Aktiviteterna ska ske under aktuellt lov (för sommarlovet 2024 mellan den 15 juni till och med den 18 augusti)', 'Aktiviteterna ska genomföras under sommarlovet mellan den 17 juni och 22 augusti.'],
    counterExamples: ['Kontoret har stängt under sommarlovet mellan 10 juni och 15 augusti.', 'Aktiviteterna ska genomföras under sommarlovet mellan den 17 juni 2024 och 22 augusti 2024.', 'Aktiviteterna ska genomföras under sommarlovet, mellan 3 och 5 dagar.'],
  },
];

/** A yearless day or range another field's sentence states ("14 maj", "11 juni–15 augusti"), its days one by one. */
export interface YearlessDay { readonly day: string; readonly days: readonly string[]; readonly sentence: TextSentence }

/** The yearless days a text's sentences state for one path, in text order, by YEARLESS_DAY_SENTENCES. */
export function yearlessDays(path: 'requisition.opens' | 'usage_period', sentences: readonly TextSentence[]): YearlessDay[] {
  const out: YearlessDay[] = [];
  for (const s of sentences) {
    for (const row of YEARLESS_DAY_SENTENCES) {
      if (row.meaning !== path || !rowHolds(row, s.text)) continue;
      const m = row.cue.exec(s.text);
      if (!m) continue;
      if (path === 'usage_period') {
        // a range in figures ("15/6-19/8", groups 5–8) is read as the same days in words
        const [d1, m1, d2, m2] = m[5] === undefined ? [m[1], m[2] ?? m[4], m[3], m[4]] : [m[5], MONTH_NAMES[Number(m[6]) - 1], m[7], MONTH_NAMES[Number(m[8]) - 1]];
        if (!m1 || !m2) continue;
        const to = `${Number(d2)} ${m2.toLowerCase()}`;
        const from = `${Number(d1)} ${m1.toLowerCase()}`;
        out.push({ day: `${from}–${to}`, days: [from, to], sentence: s });
      } else {
        const day = `${Number(m[1])} ${m[2]!.toLowerCase()}`;
        out.push({ day, days: [day], sentence: s });
      }
      break;
    }
  }
  return out;
}

/**
 * How one path's yearless days changed between two texts, as closingChange does for the closing day: a day or range
 * whose days the other text still writes anywhere is not gone.
 */
export function yearlessChange(path: 'requisition.opens' | 'usage_period', olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: YearlessDay; readonly new?: YearlessDay } | undefined {
  return dayChange(yearlessDays(path, olds), yearlessDays(path, news), (text, x) => x.days.every((d) => writesDay(text, d)), oldText, newText);
}

/** A yearless closing day a sentence states: "31 maj", with the sentence. */
export interface ClosingDay { readonly day: string; readonly sentence: TextSentence }

/** The yearless closing days a text's sentences state, in text order, by CLOSING_DAY_SENTENCES. */
export function closingDays(sentences: readonly TextSentence[]): ClosingDay[] {
  const out: ClosingDay[] = [];
  for (const s of sentences) {
    for (const row of CLOSING_DAY_SENTENCES) {
      if (!rowHolds(row, s.text)) continue;
      const m = row.cue.exec(s.text);
      if (m) out.push({ day: `${Number(m[1])} ${m[2]!.toLowerCase()}`, sentence: s });
      break;
    }
  }
  return out;
}

export interface ClosingChange { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: ClosingDay; readonly new?: ClosingDay }

/** Whether a (normalised, lower-cased) text writes a day and month anywhere with no year after it. */
function writesDay(text: string, day: string): boolean {
  for (let i = text.indexOf(day); i >= 0; i = text.indexOf(day, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) || /^[\p{L}\p{N}]/u.test(text.charAt(i + day.length))) continue;
    if (!/^[\s,]{0,3}\d/u.test(text.slice(i + day.length, i + day.length + 8))) return true;
  }
  return false;
}

/**
 * How the yearless closing days changed between two texts: none when both state the same days (or
 * neither states one). A day the other text still writes anywhere (in whatever sentence) is not gone:
 * `oldText` and `newText` are the normalised texts, lower-cased.
 */
export function closingChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): ClosingChange | undefined {
  return dayChange(closingDays(olds), closingDays(news), (text, x) => writesDay(text, x.day), oldText, newText);
}

/**
 * The one comparison of yearless days both texts state (closing days, first days, periods), by their keys: another
 * day is a change, a day the other text no longer writes at all is removed or added; undefined when the sets agree.
 */
function dayChange<T extends { readonly day: string }>(a: readonly T[], b: readonly T[], written: (text: string, x: T) => boolean, oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: T; readonly new?: T } | undefined {
  const da = new Set(a.map((x) => x.day));
  const db = new Set(b.map((x) => x.day));
  if (da.size === db.size && [...da].every((d) => db.has(d))) return undefined;
  const gone = a.find((x) => !db.has(x.day) && !written(newText, x));
  const come = b.find((x) => !da.has(x.day) && !written(oldText, x));
  if (gone && b.length > 0) return { kind: 'changed', old: gone, new: b.find((x) => !da.has(x.day)) ?? b[0]! };
  if (come && a.length > 0) return { kind: 'changed', old: a.find((x) => !db.has(x.day)) ?? a[0]!, new: come };
  if (gone) return { kind: 'removed', old: gone };
  if (come) return { kind: 'added', new: come };
  return undefined;
}
