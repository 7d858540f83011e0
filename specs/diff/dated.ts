import { normalizeForQuote } from '../quote.js';
import { figuresOf, figureTopic, FIGURE_TOPICS, type FigureField } from './figures.js';
import { isNoiseSentence, rowHolds, wordy, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';
import { otherGrantsSection } from './closing.js';
import { DATED_ASIDES, isDatedAside, isFigureAside, isFigureNoise } from './asides.js';

export { DATED_ASIDES };

// The change report's fallback for dated events by role across the whole text (issue 14, diffgen80b): every day a text
// states in a clause whose words give it a role (the figure fallback's topic rows, figures.ts FIGURE_TOPICS: the last day to
// apply, the first, the report's, the payment's, the period the money is used in, a decision's) is collected per role, each
// text on its own, and the two years' days of one role compared as calendar days (day and month: a date a year on in the new
// grant year is the same day, as shift_days reads it). A role whose days differ is one change of its field, its first sentence
// with a day the other year lacks as each side's quote, whatever became of the sentences around it (rewritten, moved into a
// list, split over lines): the sentence pairing of the figure fallback needs the same words around the figures, this pass does
// not. A role one text gives days and the other does not state at all (no clause of its words, dated or not) is added or
// removed. Never a day without a role's words, never a page's own date, a countdown, a past round, a worked example, an event
// the grant's reader is invited to, a reference's date or a news list's line (asides.ts: DATED_ASIDES, FIGURE_ASIDES,
// FIGURE_NOISE_LINES); a role with more days a side than MAX_ROLE_DAYS is an overview of several grants or rounds, left alone. Pure functions, capped
// work (MAX_DATED_SENTENCES a side), linear patterns.

/** at most this many sentences a side are read */
export const MAX_DATED_SENTENCES = 1500;
/** a role with more distinct days than this on one side is a list of many grants' or rounds' days: not compared */
export const MAX_ROLE_DAYS = 4;

/** the fields a role's days are reported under */
export type DatedField = Extract<FigureField, 'requisition' | 'requisition.opens' | 'requisition.closes' | 'reporting' | 'reporting.due' | 'payment' | 'usage_period' | 'dates'>;
const DATED_FIELDS: ReadonlySet<string> = new Set<DatedField>(['requisition', 'requisition.opens', 'requisition.closes', 'reporting', 'reporting.due', 'payment', 'usage_period', 'dates']);

/**
 * A report's day with words of a last day ("senast", "före", "inom", "ska ha kommit in", "sista dag") is the report's due day;
 * any other day of the report (its window opening, a day in passing) is the report's, no narrower.
 */
export const DUE_WORDS: ReadonlyArray<SentenceRow<'due'>> = [
  {
    id: 'redovisning-senast', where: 'sentence', meaning: 'due', weight: 1,
    cue: wordy(/\b(?:senast|före|innan|sista\s+dag\p{L}*|ska\s+ha\s+(?:kommit\s+in|inkommit)|ska\s+vara\s+(?:inne|inkommen|inkommet)|tillhanda)\b/iu),
    examples: ['Redovisningen ska ha kommit in senast den 31 mars.', 'Slutrapporten ska vara inne före den 1 oktober.', 'Sista dag för redovisning är 15 februari.'],
    counterExamples: ['Redovisningen öppnar den 1 februari i e-tjänsten.', 'Återrapporteringen görs i e-tjänsten från den 1 februari.'],
  },
];

/** a digit, a month, a week or a season: a sentence without one states no time */
const TIME_WORD = /\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|vecka|våren|hösten|sommaren|vintern|terminen/iu;

/** where a sentence's clauses part (never inside "från och med", "till och med") */
const CLAUSE_BREAK = /;\s+|,?\s+(?:och|samt|men|medan|dock)\s+(?!med(?![\p{L}\p{N}]))/u;

/** One role's days in a text: each day's key ("15/3") and the sentences that state its days, in order. */
interface RoleDays { readonly days: Set<string>; readonly sentences: Array<{ readonly s: TextSentence; readonly days: readonly string[] }> }

/** a sentence's heading and lead read with it, for its role words ("Redovisning" over "Senast den 31 mars 2026.") */
// (a section's heading only when it is a short label, "Återrapportering", "Sista ansökningsdag": a longer one names a body or a
// subject, "Bidrag till Rådet för kommunal redovisning", no role)
const context = (s: TextSentence): string => [s.section !== undefined && s.section.split(/\s+/u).length <= HEADING_WORDS ? s.section : undefined, s.lead ?? s.over, s.text].filter((x) => x !== undefined).join('. ');
/** a section heading of at most this many words is a label whose words give its sentences a role */
const HEADING_WORDS = 4;
/** where a line holds two sentences the splitter left joined ("… anslagspost 56. Utbetalning … sker senast i maj 2021.") */
const SENTENCE_BREAK = /(?<=[\p{L}\p{N}]{2})\.\s+(?=\p{Lu})/u;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
/** a month said without its day, after a word of time: "i januari", "i mitten av juni", "senast i mars", "under oktober" */
const MONTH_TIME = new RegExp(`(?<![\\p{L}\\p{N}])(?:i|under|från|före|senast|efter|till|omkring|runt|från\\s+och\\s+med|till\\s+och\\s+med)\\s+(?:(början|mitten|slutet)\\s+av\\s+)?${MONTH}(?![\\p{L}])`, 'giu');
/** a week by its number: "vecka 23", "v. 23", "v.25" */
const WEEK = /(?<![\p{L}\p{N}])(?:vecka|v\.?)\s?(\d{1,2})(?![\p{N}])/giu;
/** a season after a word of time: "under hösten", "i början av våren" */
const SEASON = /(?<![\p{L}\p{N}])(?:i|under|till|från|senast|efter|före)\s+(?:(början|mitten|slutet)\s+av\s+)?(våren|hösten|sommaren|vintern|vårterminen|höstterminen)(?![\p{L}])/giu;
/** a day and month with dots, as in Finland and on Åland ("28.2.2022", "1.3."), or with an ordinal ("16:e september", "den 1:a augusti") */
const DOTTED_DAY = /(?<![\p{L}\p{N}.,])(\d{1,2})\.(\d{1,2})\.(?:(?:19|20)\d{2})?(?![\p{N}])/gu;
const ORDINAL_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}):[ae][ \\u00a0]${MONTH}(?![\\p{L}])`, 'giu');

/** a range of two days: "1 mars–15 april", "1–30 september", "2025-03-01–2025-04-15", "1.3.–15.4.2025", "1-28.2.2022" */
const DAY_RANGE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:[ \\u00a0]${MONTH})?(?:[ \\u00a0](?:19|20)\\d{2})?[ \\u00a0]?(?:[–-]|till(?:[ \\u00a0]och[ \\u00a0]med)?)[ \\u00a0]?(?:den[ \\u00a0])?(\\d{1,2})[ \\u00a0]${MONTH}(?![\\p{L}])`, 'iu');
const ISO_RANGE = /(?<![\p{N}])(?:19|20)\d{2}-(\d{2})-(\d{2})[ \u00a0]?(?:[–-]|till)[ \u00a0]?(?:19|20)\d{2}-(\d{2})-(\d{2})(?![\p{N}])/u;
const DOTTED_RANGE = /(?<![\p{L}\p{N}.,])(\d{1,2})\.?(?:(\d{1,2})\.)?[ \u00a0]?[–-][ \u00a0]?(\d{1,2})\.(\d{1,2})\.(?:(?:19|20)\d{2})?(?![\p{N}])/u;

/** The first and last day of a range a clause states, as keys ("1/3", "15/4"), if one. */
function rangeOf(clause: string): readonly [string, string] | undefined {
  const m = DAY_RANGE.exec(clause);
  if (m) {
    const endMonth = MONTHS.indexOf(m[4]!.toLowerCase()) + 1;
    const startMonth = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : endMonth;
    return [`${Number(m[1])}/${startMonth}`, `${Number(m[3])}/${endMonth}`];
  }
  const i = ISO_RANGE.exec(clause);
  if (i) return [`${Number(i[2])}/${Number(i[1])}`, `${Number(i[4])}/${Number(i[3])}`];
  const d = DOTTED_RANGE.exec(clause);
  if (d) return [`${Number(d[1])}/${Number(d[2] ?? d[4])}`, `${Number(d[3])}/${Number(d[4])}`];
  return undefined;
}

/**
 * The calendar days and times of a clause as keys: a day ("15/3", figures.ts figuresOf), a month without its day ("m:6",
 * "m:6:mitten"), a week ("v:23"), a season ("s:hösten"); a year alone is no time of an event (every yearly text names its year).
 */
function dateKeys(text: string): string[] {
  const out = figuresOf(text).filter((f) => f.kind === 'date' && !f.key.endsWith('/*')).map((f) => f.key);
  for (const m of text.matchAll(MONTH_TIME)) out.push(`m:${MONTHS.indexOf(m[2]!.toLowerCase()) + 1}${m[1] ? `:${m[1].toLowerCase()}` : ''}`);
  for (const m of text.matchAll(WEEK)) out.push(`v:${Number(m[1])}`);
  for (const m of text.matchAll(SEASON)) out.push(`s:${m[2]!.toLowerCase()}${m[1] ? `:${m[1].toLowerCase()}` : ''}`);
  for (const m of text.matchAll(DOTTED_DAY)) if (Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1 && Number(m[1]) <= 31) out.push(`${Number(m[1])}/${Number(m[2])}`);
  for (const m of text.matchAll(ORDINAL_DAY)) out.push(`${Number(m[1])}/${MONTHS.indexOf(m[2]!.toLowerCase()) + 1}`);
  return out;
}

/** The field of one clause's days by its own role words, else (the sentence's first clause) with its heading and lead read with it. */
function fieldOf(clause: string, whole: TextSentence | undefined): DatedField | undefined {
  const date = new Set(['date' as const]);
  let f = figureTopic(clause, date) ?? (whole ? figureTopic(context({ ...whole, text: clause }), date) : undefined);
  // (the report's days are left to closing.ts REPORT_DUE_SENTENCES and the spec diff: review66 wf3 and diff35 hold a report's
  // window or deadline in figures changed, or one of its listed windows dropped, no change to report from the text)
  if (f === undefined || !DATED_FIELDS.has(f)) return undefined;
  if (f === 'reporting' && DUE_WORDS.some((row) => rowHolds(row, clause))) f = 'reporting.due';
  return f as DatedField;
}

/** Every role's days one text states, read per clause; a sentence of noise, chrome, an aside or a question states none. */
export function roleDays(sentences: readonly TextSentence[], skip: (s: TextSentence) => boolean = () => false): Map<DatedField, RoleDays> {
  const out = new Map<DatedField, RoleDays>();
  let read = 0;
  for (const s of sentences) {
    if (!TIME_WORD.test(s.text)) continue;
    if (++read > MAX_DATED_SENTENCES) break;
    if (skip(s) || isFigureNoise(s.text) || isFigureAside(s.text) || isNoiseSentence(s.text) || /\?\s*$/u.test(s.text) || isDatedAside(s.text) || (s.lead !== undefined && isDatedAside(s.lead))) continue;
    // a clause without role words of its own carries on the role of the clause before it ("… kan sökas senast 30 november samt
    // senast 28 februari och 31 augusti"); the first, the role its heading and lead give it with it
    let last: DatedField | undefined;
    const clauses = normalizeForQuote(s.text).split(SENTENCE_BREAK).flatMap((part, k) => part.split(CLAUSE_BREAK).map((c, i) => ({ c, first: i === 0 && k === 0, head: i === 0 })));
    for (const { c, first, head } of clauses) {
      const own = fieldOf(c, first ? s : undefined);
      last = own ?? (head ? undefined : last);
      const days = dateKeys(c);
      const f = last;
      if (f === undefined || days.length === 0) continue;
      const add = (field: DatedField, ds: readonly string[]): void => {
        let r = out.get(field);
        if (!r) out.set(field, (r = { days: new Set(), sentences: [] }));
        for (const d of ds) r.days.add(d);
        r.sentences.push({ s, days: ds });
      };
      // the application period as a range of days: its first day the first to apply, its last the last ("Ansökningsperioden är
      // 1 mars–15 april")
      const range = f === 'requisition' ? rangeOf(c) : undefined;
      if (range) {
        add('requisition.opens', [range[0]]);
        add('requisition.closes', [range[1]]);
        const rest = days.filter((d) => d !== range[0] && d !== range[1]);
        if (rest.length > 0) add(f, rest);
        continue;
      }
      add(f, days);
    }
  }
  return out;
}

/** The fields whose role a text states in words at all, dated or not ("Sista ansökningsdag meddelas senare"). */
function rolesStated(sentences: readonly TextSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences.slice(0, MAX_DATED_SENTENCES)) {
    for (const row of FIGURE_TOPICS) if (DATED_FIELDS.has(row.meaning) && row.kinds.includes('date') && !out.has(row.meaning) && rowHolds(row, s.text)) out.add(row.meaning);
  }
  return out;
}

/** every calendar day a text states, in any sentence */
const allDays = (sentences: readonly TextSentence[]): Set<string> => new Set(sentences.slice(0, 4 * MAX_DATED_SENTENCES).flatMap((s) => (TIME_WORD.test(s.text) ? dateKeys(normalizeForQuote(s.text)) : [])));

/** One role whose days changed between the texts. */
export interface DatedChange {
  readonly field: DatedField;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: TextSentence;
  readonly new?: TextSentence;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** a grant named by its kind: "arrangörsbidrag", "verksamhetsstöd", "ledarstipendium" */
const NAMED_GRANT = /\p{L}{3,}(?:bidrag|bidraget|stöd|stödet|stipendium|stipendiet)(?![\p{L}])/iu;

/** the first sentence of a role with a day the other side lacks, else its first */
const quoteOf = (r: RoleDays, other: ReadonlySet<string>): TextSentence => (r.sentences.find((x) => x.days.some((d) => !other.has(d))) ?? r.sentences[0]!).s;

/**
 * The roles whose days differ between two texts' sentences (already split by textSentences): both state days of the role and
 * not the same calendar days; or one states days of a role the other names nowhere in its words. A field and its parent are
 * not both reported (the child, its words the narrower, is kept only where the parent is not also changed).
 */
export function datedChanges(olds: readonly TextSentence[], news: readonly TextSentence[]): DatedChange[] {
  // (a day in another grant's section of an overview page, closing.ts otherGrantsSection, is no day of this grant's)
  const oldText = olds.map((s) => s.text).join('\n');
  const newText = news.map((s) => s.text).join('\n');
  const ro = roleDays(olds, (s) => otherGrantsSection(s, olds, newText, news));
  const rn = roleDays(news, (s) => otherGrantsSection(s, news, oldText, olds));
  let statedOld: Set<string> | undefined;
  let statedNew: Set<string> | undefined;
  let oldDays: Set<string> | undefined;
  let newDays: Set<string> | undefined;
  const out: DatedChange[] = [];
  for (const field of new Set([...ro.keys(), ...rn.keys()])) {
    if (field.split('.')[0] === 'reporting') continue;
    const o = ro.get(field);
    const n = rn.get(field);
    if ((o && o.days.size > MAX_ROLE_DAYS) || (n && n.days.size > MAX_ROLE_DAYS)) continue;
    if (o && n) {
      if (sameSet(o.days, n.days)) continue;
      // (several days of one role, a differing one in a sentence naming a grant by its kind, "ansökan om arrangörsbidrag",
      // "arrangörsstöd": days of several grants on one page, whose changes are closing.ts's to tell, review75e G1)
      if ((o.days.size > 1 || n.days.size > 1) && [quoteOf(o, n.days), quoteOf(n, o.days)].some((q) => NAMED_GRANT.test(q.text))) continue;
      out.push({ field, kind: 'changed', old: quoteOf(o, n.days), new: quoteOf(n, o.days) });
      continue;
    }
    // a role one text only dates: only where the other names that role nowhere (nor its parent's or a child's)
    const there = o ? (statedNew ??= rolesStated(news)) : (statedOld ??= rolesStated(olds));
    // (a role of the same family, a window's other end, said in words there: the text speaks of the window otherwise, and a
    // day of the one text only may be another grant's on the page)
    const family = field.split('.')[0]!;
    if ([...there].some((t) => t.split('.')[0] === family)) continue;
    // … and whose days the other text states nowhere, with or without role words (a day moved into a table or a news line)
    const days = o ? (newDays ??= allDays(news)) : (oldDays ??= allDays(olds));
    if ([...(o ?? n)!.days].some((d) => days.has(d))) continue;
    if (o) out.push({ field, kind: 'removed', old: o.sentences[0]!.s });
    else out.push({ field, kind: 'added', new: n!.sentences[0]!.s });
  }
  // a family whose roles the two texts name otherwise ("Sista ansökningsdag är 15 mars" → "Ansökningsomgången är öppen
  // 1–30 april", the window's end against the window): its days together, reported as the family's parent, where none of its
  // roles changed above
  for (const family of ['requisition'] as const) {
    if (out.some((c) => c.field.split('.')[0] === family)) continue;
    const of = (m: Map<DatedField, RoleDays>): RoleDays[] => [...m].filter(([f]) => f.split('.')[0] === family).map(([, r]) => r);
    const fo = of(ro);
    const fn = of(rn);
    // (one side names the window or the report as a whole: a first day against a last day, siblings, are two roles, no change)
    if (fo.length === 0 || fn.length === 0 || (!ro.has(family) && !rn.has(family))) continue;
    const join = (rs: RoleDays[]): RoleDays => ({ days: new Set(rs.flatMap((r) => [...r.days])), sentences: rs.flatMap((r) => r.sentences).sort((x, y) => x.s.line - y.s.line) });
    const o = join(fo);
    const n = join(fn);
    if (o.days.size > MAX_ROLE_DAYS || n.days.size > MAX_ROLE_DAYS || sameSet(o.days, n.days)) continue;
    // … a day of one side the other text states nowhere, with or without role words
    const elsewhereNew = (newDays ??= allDays(news));
    const elsewhereOld = (oldDays ??= allDays(olds));
    if (![...o.days].some((d) => !elsewhereNew.has(d)) && ![...n.days].some((d) => !elsewhereOld.has(d))) continue;
    out.push({ field: family, kind: 'changed', old: quoteOf(o, n.days), new: quoteOf(n, o.days) });
  }
  // a parent and its child both changed: the child, its words the narrower, says it (a change under the child is the parent's too)
  return out.filter((c) => !out.some((x) => x.field.startsWith(`${c.field}.`)));
}
