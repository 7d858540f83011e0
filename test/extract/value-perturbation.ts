import { extract } from '../../extract/index.js';
import { scoreSpec } from '../fixtures/corpus/score-checks.mjs';
import { type Flip, type GoldText, type PerturbationResult, specOf } from './field-perturbation.js';

// Branch h/lexvar81 (issue 12): does every field hold when an agency writes the same *value* another way? The field
// perturbations (field-perturbation.ts) change layout and typography; these change how a value is worded — a date, a
// sum, a year or a span of years, a recipient noun — each into a form real Swedish agency texts use for the same
// thing, and only where the meaning stays exactly the same (a vague date, a "varav", an inexact sum are left alone).
// The gold stays as it is (its values are ISO dates and numbers); its substrings (title_has, the list keys' has/not,
// purpose_has, …) are put through the same rewrite, so that what is asked for is what the rewritten text says.
// A flip is a check right on the dev copy and missing or wrong on the rewritten one: a cue written from dev's own
// way of writing the value. Used by value-perturbation.test.ts (every 7th dev text, bounds that only go down); the
// whole dev set and every flip: `VALUE_ALL=1 npx vitest run test/extract/value-perturbation.test.ts`.
//
// One real example of each family (the search tool's `pages` corpus), so that no rewrite is a form nobody writes:
// - date-iso: "Principerna för beräkning av välfärdsmiljarderna 2018 … 2017-09-20" (skl.se, välfärdsmiljarderna 2018 – utfall)
// - date-den: "Ansökan … ska vara inlämnad senast den 25 februari 2020" (karlskrona.se) beside "senast 5 maj" (lansstyrelsen.se)
// - date-weekday: "Publicerat tisdag 26 juni 2012 Granskat tisdag 4 april 2017" (spsm.se, viktiga tidpunkter)
// - date-slash: "antalet asylsökande per 1/9 2017 … befolkningen per 1/11 2017" (skl.se, välfärdsmiljarderna 2018)
// - date-time: "Sidan senast uppdaterad: 2018-08-22 13.03" (svenljunga.se); deadlines "senast … kl. 23.59" in
//   Tillväxtverket's and Kulturrådet's calls
// - tom: "principerna … har ändrats fr.o.m. ansökningsåret 2024" (lumparland.ax); "från och med 1 januari 2021" (bjuv.se)
// - range: "Ansökningsperiod: 21 mars – 5 maj 2017" (lansstyrelsen.se); "mellan 15 augusti och 15 oktober 2023"
//   (soderhamn.se); "perioden 1 juni 2020 – 31 maj 2021" (serkon.se)
// - amount-scale: "Bjurholms kommun, 103,7 miljoner kronor (sökt 208,8 mnkr)" (svt.se, Kammarkollegiet's decision)
// - amount-digits: "får kommuner och landsting ytterligare över 11 miljarder kronor för 2018" (regeringen.se 2017-09)
// - amount-words: "fem miljarder" as "5 miljarder år 2019" (skl.se); number words before miljoner in decisions
// - amount-sek: "SEK" beside "kronor" in Vinnova's and Forte's calls
// - year: "År 2024 innefattar den prioriterade gruppen …" (laholm.fri-go.se); "för 2018" (regeringen.se)
// - year-span: "Specificering av vissa statsbidrag för kommuner åren 2017–2020" (skl.se); "2013-2017" (regeringen.se)
// - recipients: "de riktade statsbidragen till kommunerna och landstingen 2015" (Skr. 2015/16:102); "kommuner och
//   landsting" (regeringen.se 2017); "landets kommuner" (altinget.se); "regioner och kommuner" (skattebetalarna.se)

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Rewrite = (t: string, i: number) => string;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = MONTHS.join('|');
const monthNo = (m: string): number => MONTHS.indexOf(m.toLowerCase()) + 1;
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const pad = (n: number | string): string => String(n).padStart(2, '0');
const valid = (y: number, m: number, d: number): boolean => {
  const x = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
};
const weekday = (y: number, m: number, d: number): string => WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;

// a written date with its year, "31 mars 2026" (not a figure's tail: "1,31 mars" or "2/31 mars"); group 1 an optional
// "den ", 2 the day, 3 the month, 4 the year
// — but not the end of a span whose start has no year of its own ("1 februari – 31 mars 2026", "från 1 februari till den
// 31 mars 2026", "2–15 oktober 2020", "mellan 6 och 27 november 2023"): rewritten alone, the start would lose the month or
// year it shares
const FULL_DATE = new RegExp(String.raw`(?<![\p{L}\d,./:–—-])(?<!(?:${MONTH}|\d)\s{0,3}(?:[–—-]|till(?:\s+och\s+med)?|och|t\.o\.m\.)\s{0,3}(?:den\s+)?)(den\s+)?(\d{1,2})\s+(${MONTH})\s+((?:19|20)\d\d)(?![\d-])`, 'giu');
// an ISO date standing alone (not in a URL, a file name or a case number)
const ISO_DATE = /(?<![\p{L}\d/._-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d/_-]|\.\p{L})/gu;

/** (date-iso) Even texts: "31 mars 2026" → "2026-03-31" ("den" kept). Odd texts: "2026-03-31" → "31 mars 2026". */
export function dateIso(t: string, i: number): string {
  if (i % 2 === 0) return t.replace(FULL_DATE, (all, den: string | undefined, d: string, m: string, y: string) =>
    (valid(+y, monthNo(m), +d) ? `${den ?? ''}${y}-${pad(monthNo(m))}-${pad(d)}` : all));
  return t.replace(ISO_DATE, (all, y: string, m: string, d: string) => (valid(+y, +m, +d) ? `${+d} ${MONTHS[+m - 1]} ${y}` : all));
}

/** (date-den) Even texts: "den" put before a written date that has none; odd texts: "den" taken away before a day and month. */
export function dateDen(t: string, i: number): string {
  if (i % 2 === 0) return t.replace(FULL_DATE, (all, den: string | undefined, d: string, m: string, y: string) => (den ? all : `den ${d} ${m} ${y}`));
  return t.replace(new RegExp(String.raw`(?<![\p{L}])[Dd]en\s+(?=\d{1,2}\s+(?:${MONTH})(?![\p{L}]))`, 'gu'), '');
}

/** (date-weekday) The weekday before a written date: even texts "tisdag 31 mars 2026" ("den" dropped), odd "tisdagen den 31 mars 2026". */
export function dateWeekday(t: string, i: number): string {
  return t.replace(FULL_DATE, (all, den: string | undefined, d: string, m: string, y: string) => {
    if (!valid(+y, monthNo(m), +d)) return all;
    const day = weekday(+y, monthNo(m), +d);
    const w = den?.startsWith('D') ? day[0]!.toUpperCase() + day.slice(1) : day;
    return i % 2 === 0 ? `${w} ${d} ${m} ${y}` : `${w}en den ${d} ${m} ${y}`;
  });
}

/** (date-slash) A written date as day/month: even texts "31/3 2026", odd "31/3-2026" ("den" kept). */
export function dateSlash(t: string, i: number): string {
  return t.replace(FULL_DATE, (all, den: string | undefined, d: string, m: string, y: string) =>
    (valid(+y, monthNo(m), +d) ? `${den ?? ''}${+d}/${monthNo(m)}${i % 2 === 0 ? ' ' : '-'}${y}` : all));
}

// a deadline's own date: "senast (den) 31 mars 2026", "sista ansökningsdag är 31 mars 2026", "ansökan … senast 2026-03-31"
const DEADLINE_DATE = new RegExp(String.raw`((?:senast|sista\s+(?:ansökningsdag(?:en)?|dag(?:en)?\s+för\s+ansökan)(?:\s+är)?)\s+(?:den\s+)?(?:\d{1,2}\s+(?:${MONTH})\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))(?![\d-])(?!\s*(?:,\s*)?(?:kl\.?|klockan)\s)`, 'giu');
// a time of day written after "kl."/"klockan": "kl. 23.59", "klockan 16:00", "kl 12"
const TIME = /\b(kl\.?|klockan)\s+(\d{1,2})(?:[.:](\d\d))?(?![\d.:]\d)/gu;

/** (date-time) A deadline date with its hour: even texts add " kl. 23.59", odd " klockan 16.00"; a time written is reworded ("kl. 12.00" ↔ "klockan 12:00"). */
export function dateTime(t: string, i: number): string {
  const timed = t.replace(TIME, (_all, _kl: string, h: string, mm: string | undefined) => (i % 2 === 0 ? `klockan ${h}:${mm ?? '00'}` : `kl. ${h}.${mm ?? '00'}`));
  return timed.replace(DEADLINE_DATE, (_all, date: string) => `${date} ${i % 2 === 0 ? 'kl. 23.59' : 'klockan 16.00'}`);
}

// what follows "till och med"/"från och med" when it bounds a time: a day, a date, a year, a month
const WHEN = String.raw`(?=\s+(?:den\s+)?(?:\d|(?:${MONTH})\b|(?:år|året|budgetåret|verksamhetsåret)\s))`;

/** (tom) "t.o.m." / "till och med" / "tom" and "fr.o.m." / "från och med" before a date: the text's form turned into another (by parity). */
export function tom(t: string, i: number): string {
  const v = i % 3;
  const TOM = new RegExp(String.raw`\b(?:t\.\s?o\.\s?m\.|t\s?o\s?m|till\s+och\s+med|tom)${WHEN}`, 'gu');
  const FROM = new RegExp(String.raw`\b(?:fr\.\s?o\.\s?m\.|fr\s?o\s?m|från\s+och\s+med)${WHEN}`, 'gu');
  const to = ['till och med', 't.o.m.', 'tom'][v]!;
  const from = ['från och med', 'fr.o.m.', 'fr o m'][v]!;
  const cap = (all: string, w: string): string => (/^\p{Lu}/u.test(all) ? w[0]!.toUpperCase() + w.slice(1) : w);
  return t.replace(TOM, (all) => cap(all, to))
    .replace(FROM, (all) => cap(all, from));
}

// a span of two days: "1 februari – 31 mars 2026", "1 februari–31 mars 2026" (the year once), "1 februari 2026 – 31 mars 2026"
// (twice); group 3 the first day's year or none
const RANGE = new RegExp(String.raw`(?<![\p{L}\d,./:-])(\d{1,2})\s+(${MONTH})(?:\s+((?:19|20)\d\d))?\s*[–-]\s*(\d{1,2})\s+(${MONTH})\s+((?:19|20)\d\d)(?![\d-])`, 'gu');
// words before a span that would not read with "mellan" in front: "från 1 februari – 31 mars", "perioden mellan"
const NO_MELLAN = /(?:från|mellan|fr\.\s?o\.\s?m\.|och|eller)\s*$/u;

/**
 * (range) A span of days in one year written another way, by i % 3: the year written once where it was twice and twice
 * where once (0: "1 februari – 31 mars 2026" ↔ "1 februari 2026 – 31 mars 2026"), "mellan den 1 februari och den 31 mars
 * 2026" (1; not after "från"/"mellan"), "1/2–31/3 2026" (2). A span over the turn of a year stays.
 */
export function range(t: string, i: number): string {
  const v = i % 3;
  return t.replace(RANGE, (all, d1: string, m1: string, y1: string | undefined, d2: string, m2: string, y: string, at: number, s: string) => {
    if ((y1 !== undefined && y1 !== y) || !valid(+y, monthNo(m1), +d1) || !valid(+y, monthNo(m2), +d2) || monthNo(m1) > monthNo(m2)) return all;
    if (v === 0) return y1 === undefined ? `${d1} ${m1} ${y} – ${d2} ${m2} ${y}` : `${d1} ${m1} – ${d2} ${m2} ${y}`;
    if (v === 1) return NO_MELLAN.test(s.slice(Math.max(0, at - 12), at)) ? all : `mellan den ${d1} ${m1} och den ${d2} ${m2} ${y}`;
    return `${+d1}/${monthNo(m1)}–${+d2}/${monthNo(m2)} ${y}`;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Amounts

// a sum in whole figures before kronor: "5 000 000 kronor", "5 000 000 kr", "5000000 kr" (group 1 the figure, 2 the unit)
const FIGURE_KRONOR = /(?<![\d,.\p{L}])(\d{1,3}(?:[ \u00a0]\d{3}){2,3}|\d{7,10})(?![\d,])[ \u00a0](kronor|kr\b(?![/:]|\.\d)|SEK\b)/gu;
// a sum with a scale word: "125 miljoner kronor", "1,2 miljarder kr", "5 mnkr" (1 the figure, 2 the scale, 3 the unit or none)
const SCALED = /(?<![\d,.\p{L}])(\d{1,4}(?:,\d{1,3})?)[ \u00a0](miljoner|miljon|miljarder|miljard)(?:[ \u00a0](kronor|kr\b(?![/:])))?/gu;
const UNIT_SCALED = /(?<![\d,.\p{L}])(\d{1,4}(?:,\d{1,3})?)[ \u00a0]?(mnkr|Mkr|mkr|MSEK)\b/gu;
const SPELLED = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

const figureOf = (s: string): number => Number(s.replace(/[ \u00a0]/gu, ''));
const decimal = (n: number): string => String(n).replace('.', ',');
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');

/**
 * (amount-scale) A sum in figures as millions: "5 000 000 kronor" → "5 miljoner kronor" (i % 4 = 0; "1 miljon"), "5 mnkr" (1),
 * "5 Mkr" (2), "5,0 miljoner kr" (3); "5 500 000 kronor" → "5,5 miljoner kronor"; only when the millions are exact to one
 * decimal (no "5 432 100 kronor" → "5,4 miljoner").
 */
export function amountScale(t: string, i: number): string {
  const v = i % 4;
  return t.replace(FIGURE_KRONOR, (all, fig: string) => {
    const n = figureOf(fig);
    if (n < 1_000_000 || n % 100_000 !== 0) return all;
    const m = n / 1_000_000;
    const word = m === 1 ? 'miljon' : 'miljoner';
    if (v === 0) return `${decimal(m)} ${word} kronor`;
    if (v === 1) return `${decimal(m)} mnkr`;
    if (v === 2) return `${decimal(m)} Mkr`;
    return `${Number.isInteger(m) ? `${m},0` : decimal(m)} miljoner kr`;
  });
}

/** (amount-digits) A sum with a scale written in figures: "125 miljoner kronor" → "125 000 000 kr"; odd texts "1,2 miljarder" → "1 200 miljoner" instead. */
export function amountDigits(t: string, i: number): string {
  const scaled = (fig: string, scale: string): number => Math.round(Number(fig.replace(',', '.')) * (/^miljard/u.test(scale) ? 1e9 : 1e6));
  if (i % 2 === 1) {
    return t.replace(SCALED, (all, fig: string, scale: string, unit: string | undefined) =>
      (/^miljard/u.test(scale) ? `${grouped(scaled(fig, scale) / 1e6)} miljoner${unit ? ` ${unit}` : ''}` : all));
  }
  return t.replace(SCALED, (all, fig: string, scale: string, unit: string | undefined) => (unit ? `${grouped(scaled(fig, scale))} ${unit === 'kronor' ? 'kr' : 'kronor'}` : all))
    .replace(UNIT_SCALED, (all, fig: string, unit: string) => (unit === 'MSEK' ? all : `${grouped(scaled(fig, 'miljoner'))} kronor`));
}

/** (amount-words) Whole millions up to twelve spelled out: "5 000 000 kronor", "5 miljoner kronor" → "fem miljoner kronor" ("en miljon"). */
export function amountWords(t: string, _i: number): string {
  const spell = (m: number, all: string): string => (Number.isInteger(m) && m >= 1 && m < SPELLED.length ? `${SPELLED[m]} ${m === 1 ? 'miljon' : 'miljoner'} kronor` : all);
  return t.replace(FIGURE_KRONOR, (all, fig: string) => (figureOf(fig) % 1_000_000 === 0 ? spell(figureOf(fig) / 1_000_000, all) : all))
    .replace(SCALED, (all, fig: string, scale: string, unit: string | undefined) => (unit && /^miljon/u.test(scale) && !fig.includes(',') ? spell(Number(fig), all) : all));
}

/** (amount-sek) "kronor"/"kr" after a figure as "SEK": even texts "5 000 000 SEK", odd texts "SEK 5 000 000". */
export function amountSek(t: string, i: number): string {
  return t.replace(/(?<![\d,.\p{L}])(\d{1,3}(?:[ \u00a0]\d{3})+|\d{4,10}|\d{1,3})(?![\d,])[ \u00a0](kronor|kr\b(?![/:.]?\d)(?!\/))/gu,
    (_all, fig: string) => (i % 2 === 0 ? `${fig} SEK` : `SEK ${fig}`))
    .replace(/(?<![\d,.\p{L}])(\d{1,4}(?:,\d{1,3})?)[ \u00a0](miljoner|miljon|miljarder|miljard)[ \u00a0](kronor|kr\b(?![/:]))/gu, '$1 $2 SEK');
}

// ---------------------------------------------------------------------------------------------------------
// Years, spans of years, recipients

const YEAR_AFTER = /\b(för|under|För|Under)\s+(år\s+)?((?:19|20)\d\d)(?![\d–/-]|\s+års\b|\s*[–/-]\s*\d)/gu;

/**
 * (year) A year after "för"/"under": "under 2026" → "under år 2026" (even texts), "för år 2026" → "för 2026" (odd). (The first
 * harness also wrote "under verksamhetsåret 2026": not the same meaning where the year is not the grant's — "Stora torg som
 * invigdes under 2021" is no year of operation — and it made 5 of the 7 year wrongs; dropped.)
 */
export function year(t: string, i: number): string {
  return t.replace(YEAR_AFTER, (all, prep: string, ar: string | undefined, y: string) => {
    if (i % 2 === 0) return ar ? all : `${prep} år ${y}`;
    return ar ? `${prep} ${y}` : all;
  });
}

/** (year-span) "2025–2026" ↔ "2025/2026" ↔ "2025-2026": a span of two years, its separator turned into another. */
export function yearSpan(t: string, i: number): string {
  const seps = ['–', '/', '-'];
  return t.replace(/(?<![\p{L}\d/.:-])((?:19|20)\d\d)([–/-])((?:19|20)\d\d)(?![\d/:-]|[.,]\d)/gu, (all, a: string, sep: string, b: string) => {
    if (+b <= +a) return all;
    let to = seps[i % 3]!;
    if (to === sep) to = seps[(i + 1) % 3]!;
    return `${a}${to}${b}`;
  });
}

/**
 * (recipients) The same recipients in another noun form, by i % 4: definite plurals as indefinite ("kommunerna" →
 * "kommuner", "regionerna" → "regioner"; 0), indefinite as definite (1), "kommuner och regioner" ↔ "regioner och
 * kommuner" (2; not SKR's name), the regions by their old name ("regioner" → "landsting", "regionerna" → "landstingen"; 3). A region's
 * own name ("Region Skåne") and a compound ("regionala") stay.
 */
export function recipients(t: string, i: number): string {
  const v = i % 4;
  if (v === 0) return t.replace(/\b(kommun|region|länsstyrels)(erna)\b/gu, (_a, n: string) => `${n}er`).replace(/\b(Kommun|Region)(erna)\b/gu, (_a, n: string) => `${n}er`);
  // only after a preposition or a conjunction ("bidrag till kommuner" → "till kommunerna"), never after a count or an adjective
  if (v === 1) return t.replace(/(?<=\b(?:till|av|för|från|hos|med|och|eller|samt)\s)(kommun|region)er\b/gu, (_a, n: string) => `${n}erna`);
  if (v === 2) {
    return t.replace(/\b(kommuner|kommunerna|regioner|regionerna)\s+(och|eller)\s+(kommuner|kommunerna|regioner|regionerna)\b/giu, (all, a: string, o: string, b: string) => {
      // (not a name: "Sveriges Kommuner och Regioner" is SKR, an organisation, both nouns capitalised)
      if (a.slice(0, 3).toLowerCase() === b.slice(0, 3).toLowerCase() || (/^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b))) return all;
      const cap = /^\p{Lu}/u.test(a);
      return `${cap ? b[0]!.toUpperCase() + b.slice(1) : b.toLowerCase()} ${o} ${a.toLowerCase()}`;
    });
  }
  const old: Record<string, string> = { regionerna: 'landstingen', regioner: 'landsting', regionen: 'landstinget', region: 'landsting' };
  return t.replace(/\b(region|regionen|regioner|regionerna)\b(?![-–])(?!\s+\p{Lu})/gu, (w: string) => old[w] ?? w)
    .replace(/\b(Regionerna|Regioner)\b/gu, (w: string) => (w === 'Regionerna' ? 'Landstingen' : 'Landsting'));
}

// a stored law's YAML front matter is the corpus's record of where the text came from: left as it is
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/u;
const body = (f: Rewrite): Rewrite => (t, i) => {
  const front = FRONT_MATTER.exec(t)?.[0] ?? '';
  return front + f(t.slice(front.length), i);
};

/** The families, by name; each (text, its place in the list) → the rewritten text. */
export const VALUE_REWRITES: Readonly<Record<string, Rewrite>> = {
  'date-iso': body(dateIso),
  'date-den': body(dateDen),
  'date-weekday': body(dateWeekday),
  'date-slash': body(dateSlash),
  'date-time': body(dateTime),
  tom: body(tom),
  range: body(range),
  'amount-scale': body(amountScale),
  'amount-digits': body(amountDigits),
  'amount-words': body(amountWords),
  'amount-sek': body(amountSek),
  year: body(year),
  'year-span': body(yearSpan),
  recipients: body(recipients),
};

// ---------------------------------------------------------------------------------------------------------

/** The gold's substrings put through the rewrite its text was: what the rewritten text says where the dev copy said the gold's words. */
export function rewrittenGold(gold: Json, f: (s: string) => string): Json {
  const e = { ...(gold.expect as Json) };
  const str = (s: unknown): unknown => (typeof s === 'string' ? f(s) : s);
  for (const k of ['title_has', 'purpose_has', 'channel_has', 'payment_has']) if (typeof e[k] === 'string') e[k] = str(e[k]);
  for (const k of ['permitted_uses', 'excluded_uses', 'evidence_documents', 'requires', 'reporting_content']) {
    const g = e[k] as Json | null | undefined;
    if (g && typeof g === 'object') e[k] = { ...g, has: (g.has ?? []).map(str), ...(g.not ? { not: g.not.map(str) } : {}) };
  }
  if (Array.isArray(e.channel_not)) e.channel_not = e.channel_not.map(str);
  if (e.recipients?.named) e.recipients = { ...e.recipients, named: e.recipients.named.map(str) };
  return { ...gold, expect: e };
}

export interface ValueResult extends PerturbationResult {
  /** texts the rewrite changed */
  readonly changed: number;
}

/** Each family's flips over `texts`; `only` limits the families. */
export async function valueFlips(texts: readonly GoldText[], only: readonly string[] = Object.keys(VALUE_REWRITES)): Promise<{ whole: { right: number; total: number; wrong: number }; results: Record<string, ValueResult> }> {
  const results: Record<string, { flips: Flip[]; gains: number; ungrounded: number; unchanged: number; changed: number }> = {};
  for (const id of only) results[id] = { flips: [], gains: 0, ungrounded: 0, unchanged: 0, changed: 0 };
  const whole = { right: 0, total: 0, wrong: 0 };
  for (const [i, d] of texts.entries()) {
    const n = Number.parseInt(d.name, 10); // the text's own number, not its place in a sample: one text, one variant
    const base = scoreSpec(d.gold, await specOf(d.text, `${d.name}.txt`), d.text).checks;
    whole.total += base.length;
    whole.right += base.filter((c) => c.verdict === 'right').length;
    whole.wrong += base.filter((c) => c.verdict === 'wrong').length;
    for (const id of only) {
      const r = results[id]!;
      const f = VALUE_REWRITES[id]!;
      const p = f(d.text, Number.isNaN(n) ? i : n);
      if (p === d.text) { r.unchanged++; continue; }
      r.changed++;
      const got = scoreSpec(rewrittenGold(d.gold, (s) => f(s, Number.isNaN(n) ? i : n)), await specOf(p, `${d.name}.${id}.txt`), p);
      r.ungrounded += got.quotes - got.grounded;
      got.checks.forEach((c, k) => {
        const b = base[k]!.verdict;
        if (b === 'right' && c.verdict !== 'right') r.flips.push({ text: d.name, check: c.field, to: c.verdict });
        if (b !== 'right' && c.verdict === 'right') r.gains++;
      });
    }
  }
  return { whole, results };
}

/** Flips per field over all families: "field: wrong w, missing m". */
export function fieldTotals(results: Record<string, PerturbationResult>): string {
  const m = new Map<string, { wrong: number; missing: number }>();
  for (const r of Object.values(results)) for (const f of r.flips) {
    const x = m.get(f.check) ?? { wrong: 0, missing: 0 };
    x[f.to]++;
    m.set(f.check, x);
  }
  return [...m].sort((a, b) => b[1].wrong + b[1].missing - a[1].wrong - a[1].missing).map(([k, x]) => `${k}: wrong ${x.wrong}, missing ${x.missing}`).join('\n');
}

export { extract };
