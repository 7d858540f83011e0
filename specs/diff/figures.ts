import { Decimal } from 'decimal.js';
import { normalizeForQuote } from '../quote.js';
import { contentWords, dice } from './lists.js';
import { isNoiseSentence, rowHolds, wordy, type SentenceRow } from './rules.js';
import { pairSentences, textSentences, type TextSentence } from './text.js';
import { isDatedAside, isFigureAside, isFigureNoise } from './asides.js';

// The change report's general fallback for figures (issue 14, diffgen79): a sentence no rule row of
// rules.ts claims, paired across the years, whose figures differ — an amount, a percentage, a date or
// a day, a number of months or years — while its other words are the same or nearly so, changed
// whatever it is about. Which field it changed is decided by topic words (FIGURE_TOPICS, a word family
// per contract field, its examples and counter-examples run as tests); where no family claims the
// sentence, or two families of different fields do, nothing is reported: a narrower field than the
// words support is never guessed. A table or list of sums per recipient whose sums changed is one
// change of the grant's parts; a sentence added or removed with a figure of its own and one clear
// topic is a change too. Pure functions; the work is capped (MAX_FIGURE_SENTENCES a side) and every
// pattern is linear.

/** The fields a figure's sentence may be reported under: a field, or its parent where the words do not tell which child. */
export type FigureField = 'funding' | 'funding.total' | 'funding.granted' | 'funding.parts' | 'payment' | 'reporting' | 'reporting.due' | 'requisition' | 'requisition.closes' | 'requisition.opens' | 'usage_period' | 'repayment' | 'dates';

/** the kinds of figure a sentence states */
export type FigureKind = 'amount' | 'share' | 'date' | 'span';

/** One figure of a sentence: its kind and a key that two ways of writing one figure share ("200 tkr" and "200 000 kronor"). */
export interface Figure {
  readonly kind: FigureKind;
  readonly key: string;
}

/** at most this many sentences a side holding figures are read */
export const MAX_FIGURE_SENTENCES = 1500;
/** two frames (a sentence with its figures left out) at least this similar are one sentence whose figures were edited */
const SAME_FRAME = 0.8;
/** a row of a table or list of sums per recipient has at most this many words beside its sum */
const ROW_WORDS = 7;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
const NUMBER_WORDS: Readonly<Record<string, number>> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, arton: 18, tjugofyra: 24, trettiosex: 36 };

/** a sum with its unit: "200 tkr", "2,5 miljoner kronor", "1 000 000 kr", "30 000 euro" (the number group 1 and 2, the unit 3) */
const AMOUNT = /(?<![\p{L}\p{N},.])(\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,12})(?:,(\d{1,3}))?[ \u00a0]?(tkr|mnkr|mkr|mdkr|miljarder|miljard|miljoner|miljon|kronor|kr|sek|euro|eur|€)(?![\p{L}\p{N}])/giu;
/** a share: "50 procent", "75 %" */
const SHARE = /(?<![\p{L}\p{N},.])(\d{1,3}(?:,\d{1,2})?)[ \u00a0]?(?:%|procent)(?![\p{L}\p{N}])/giu;
/** a date in words ("1 mars 2026", "15–30 september"; the year is not kept: a date a year on is the same calendar day) */
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:[ \\u00a0]?[–-][ \\u00a0]?(\\d{1,2}))?[ \\u00a0]${MONTH}(?![\\p{L}])`, 'giu');
/** a date in figures: "2026-03-01" */
const ISO_DATE = /(?<![\p{L}\p{N}])(?:19|20)\d{2}-(\d{2})-(\d{2})(?![\p{N}])/gu;
/** a day and month in figures after a word of time: "senast 15/12 varje år" (not a share: "senast 1/3 av kostnaden", diffb36) */
const SLASH_DATE = /(?<=(?<![\p{L}\p{N}])(?:senast|före|den|till|från|och|t\.o\.m\.|tom) )(\d{1,2})\/(\d{1,2})(?![\p{N}\/])(?![ \u00a0]?(?:av|delar)(?![\p{L}]))/giu;
/**
 * a month named without its day, after a word of time: "betalas ut i maj", "under första kvartalet", "senast i juni" (diffgen80a:
 * a payment's or a window's month moved is a change of its figures; a day with its month is DAY_MONTH's)
 */
const MONTH_ONLY = new RegExp(`(?<=(?<![\\p{L}\\p{N}])(?:i|under|senast\\s+i|från|före|till|tidigast\\s+i|början\\s+av|slutet\\s+av|mitten\\s+av|och)[ \\u00a0])(${MONTH}|(?:första|andra|tredje|fjärde)\\s+kvartalet)(?![\\p{L}])`, 'giu');
const QUARTERS = ['första', 'andra', 'tredje', 'fjärde'];
/** a day of the month: "den 25:e varje månad" */
const DAY_OF_MONTH = /(?<![\p{L}\p{N}])(\d{1,2}):e(?![\p{L}\p{N}])/giu;
/** a span of time: "12 månader", "tre år", "30 dagar", "fyra veckor" */
const SPAN = new RegExp(`(?<![\\p{L}\\p{N},.])(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})[ \\u00a0](månader|månad|år|veckor|vecka|arbetsdagar|dagar)(?![\\p{L}\\p{N}])`, 'giu');
/** a bare sum in a row of a table of sums, its thousands grouped ("Region Gotland | 1 234 500") */
const BARE_SUM = /(?<![\p{L}\p{N},.])(\d{1,3}(?:[ \u00a0]\d{3}){1,4})(?![\p{L}\p{N},.])/gu;
/** a year alone: left out of a frame (a yearly text names its year everywhere) */
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?:\/\d{2,4})?(?![\p{L}\p{N}])/gu;

const SCALE: Readonly<Record<string, number>> = { tkr: 3, mnkr: 6, mkr: 6, miljon: 6, miljoner: 6, miljard: 9, miljarder: 9, mdkr: 9, kronor: 0, kr: 0, sek: 0, euro: 0, eur: 0, '€': 0 };
const EURO = new Set(['euro', 'eur', '€']);


/** The figures of a sentence, in order of kind and key. `inRow` reads a bare grouped number as a sum (a table's row). */
export function figuresOf(sentence: string, inRow = false): Figure[] {
  const s = normalizeForQuote(sentence);
  const out: Figure[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const unit = m[3]!.toLowerCase();
    const n = new Decimal(`${m[1]!.replace(/[ \u00a0]/gu, '')}.${m[2] ?? '0'}`).times(new Decimal(10).pow(SCALE[unit] ?? 0));
    out.push({ kind: 'amount', key: `${n.toFixed()}${EURO.has(unit) ? ' eur' : ''}` });
  }
  if (inRow && out.length === 0) for (const m of s.matchAll(BARE_SUM)) out.push({ kind: 'amount', key: `${m[1]!.replace(/[ \u00a0]/gu, '')} n` });
  for (const m of s.matchAll(SHARE)) out.push({ kind: 'share', key: m[1]!.replace(',', '.') });
  for (const m of s.matchAll(DAY_MONTH)) {
    const month = MONTHS.indexOf(m[0].toLowerCase().match(new RegExp(MONTH, 'u'))![0]) + 1;
    // a range of days is its first and last day ("15–30 september" = "15 september–30 september", review79d)
    for (const d of m[2] === undefined ? [m[1]!] : [m[1]!, m[2]]) out.push({ kind: 'date', key: `${Number(d)}/${month}` });
  }
  for (const m of s.matchAll(ISO_DATE)) out.push({ kind: 'date', key: `${Number(m[2])}/${Number(m[1])}` });
  for (const m of s.matchAll(SLASH_DATE)) if (Number(m[2]) >= 1 && Number(m[2]) <= 12) out.push({ kind: 'date', key: `${Number(m[1])}/${Number(m[2])}` });
  for (const m of s.matchAll(DAY_OF_MONTH)) out.push({ kind: 'date', key: `${Number(m[1])}/*` });
  for (const m of s.matchAll(MONTH_ONLY)) {
    const w = m[1]!.toLowerCase();
    const q = QUARTERS.indexOf(w.split(/\s/u)[0]!);
    out.push({ kind: 'date', key: w.includes('kvartal') ? `q${q + 1}` : `*/${MONTHS.indexOf(w) + 1}` });
  }
  for (const m of s.matchAll(SPAN)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    // years as months and weeks as days: "ett år" = "12 månader", "två veckor" = "14 dagar" (review79d)
    const unit = m[2]!.toLowerCase();
    const key = unit === 'år' ? `${n * 12} månader` : /^(?:månad|månader)$/u.test(unit) ? `${n} månader` : /^(?:vecka|veckor)$/u.test(unit) ? `${n * 7} dagar` : `${n} ${unit}`;
    out.push({ kind: 'span', key });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}

/**
 * Sentences whose sum is no pool of the year (review87c P2, P3): a maximum one applicant or project may get ("Ett projekt kan få
 * högst 5 miljoner kronor", "upp till 2 miljoner kronor per ansökan") or what a funder has given over the years ("Sedan starten
 * har stiftelsen delat ut 100 miljoner kronor"). Both years may state it word for word, yet a smaller total the new year adds
 * is no part of it (partOfStatedPool).
 */
export const NOT_A_POOL_SENTENCES: ReadonlyArray<SentenceRow<'funding.total'>> = [
  {
    id: 'sum-per-applicant-or-over-the-years', where: 'sentence', meaning: 'funding.total', weight: 1,
    cue: wordy(/\b(?:högst|maximalt|max|upp\s+till|per\s+(?:projekt|sökande|ansökan|förening|organisation|person|stipendiat)|sedan\s+(?:starten|start|\d{4}|år\s+\d{4})|genom\s+åren|hittills|totalt\s+sedan)\b/iu),
    examples: ['Ett projekt kan få högst 5 miljoner kronor.', 'Sedan starten har stiftelsen delat ut 100 miljoner kronor.', 'Bidraget är upp till 2 miljoner kronor per ansökan.', 'Hittills har fonden beviljat 80 miljoner kronor.'],
    counterExamples: ['Under 2024 disponerar länsstyrelserna nationellt sett över 40 miljoner kronor.', 'Den nationella utlysningen omfattar totalt 3 miljoner kronor.'],
  },
];

/**
 * Whether a total the new year adds is less than a sum in kronor both texts state word for word: the pool both years name
 * ("För 2023 / Under 2024 disponerar länsstyrelserna nationellt sett över 40 miljoner kronor", the länsstyrelser's §37 page,
 * diff q581/q582), read by neither year's extraction, beside the new text's "Den nationella utlysningen omfattar totalt 3
 * miljoner kronor": a part of that unchanged pool the new year adds, not the grant's total (specs/diff/index.ts reports it under
 * the parts). A sum of one year only, or none larger, leaves the total as it is; so does a sum in a sentence that is no pool
 * (NOT_A_POOL_SENTENCES: a maximum per applicant, what was given over the years).
 */
export function partOfStatedPool(total: number, oldText: string, newText: string): boolean {
  const row = NOT_A_POOL_SENTENCES[0]!;
  const sums = (text: string): Set<string> => new Set(textSentences(text).filter((x) => !rowHolds(row, x.text))
    .flatMap((x) => figuresOf(x.text)).filter((f) => f.kind === 'amount' && !f.key.endsWith(' eur')).map((f) => f.key));
  const olds = sums(oldText);
  return [...sums(newText)].some((k) => olds.has(k) && new Decimal(k).greaterThan(total));
}

/** A sentence with its figures and years left out, as lower-case words: what it says around its figures. */
export function frameOf(sentence: string, inRow = false): string {
  let s = normalizeForQuote(sentence).toLowerCase();
  for (const re of [AMOUNT, SHARE, DAY_MONTH, ISO_DATE, SLASH_DATE, DAY_OF_MONTH, MONTH_ONLY, SPAN, ...(inRow ? [BARE_SUM] : [])]) s = s.replace(new RegExp(re.source, re.flags), ' # ');
  return s.replace(YEAR, ' ').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
}

const sameFigures = (a: readonly Figure[], b: readonly Figure[]): boolean => a.length === b.length && a.every((f, i) => f.kind === b[i]!.kind && f.key === b[i]!.key);

/** the kinds of the figures one list has and the other has not */
function changedKinds(a: readonly Figure[], b: readonly Figure[]): Set<FigureKind> {
  const count = (xs: readonly Figure[]): Map<string, number> => { const m = new Map<string, number>(); for (const f of xs) m.set(`${f.kind} ${f.key}`, (m.get(`${f.kind} ${f.key}`) ?? 0) + 1); return m; };
  const ca = count(a);
  const cb = count(b);
  const out = new Set<FigureKind>();
  for (const [k, n] of ca) if ((cb.get(k) ?? 0) !== n) out.add(k.split(' ')[0] as FigureKind);
  for (const [k, n] of cb) if ((ca.get(k) ?? 0) !== n) out.add(k.split(' ')[0] as FigureKind);
  return out;
}

/** A topic row: a word family of one field, and the kinds of figure it speaks for. */
export interface TopicRow extends SentenceRow<FigureField> {
  readonly kinds: readonly FigureKind[];
  /**
   * the words name the field itself, not only the money's family: a total or what was granted is said as such (a row without
   * it is reported as the funding's, diff35: "Totalt har 10 miljoner kronor reserverats för kollektivtrafiken")
   */
  readonly exact?: true;
}

/**
 * The word families that tell what a figure's sentence is about. The heaviest rows that hold decide; rows of one weight that
 * name different fields give their common parent ("requisition.closes" and "requisition.opens" → "requisition"), or nothing
 * where they have none (a payment and a deadline in one sentence). The money row is the lightest, as every sum of the grant is a
 * change of its funding unless a row of its own (a payment, a repayment) claims it. Examples and counter-examples are
 * constructed sentences.
 */
/** a day of an event about the grant, not of the grant: an information meeting, a webinar, a workshop (review79d) */
const EVENT_DAY = { where: 'sentence', cue: wordy(/\b(?:informations(?:möte|träff)\p{L}*|infomöte\p{L}*|inspirationsträff\p{L}*|webbinari\p{L}*|webinar\p{L}*|workshop\p{L}*|seminari\p{L}*|frågestund\p{L}*|drop-in\p{L}*)\b/iu) } as const;

/**
 * not the grant's sum: an applicant's income, turnover, own capital or insurance as a condition, a fee the applicant charges or
 * pays, a threshold above or below which another rule applies ("Projekt med en budget över 1 miljon kronor ska bifoga …",
 * "Bidrag under 20 000 kronor beslutas av förvaltningen"), receipts to keep, a share of people (of the applicants, the
 * participants), a rate of VAT (review79d); a threshold "… 100 000 kronor eller mer", a ticket price, the agency's förvaltningsanslag
 * (diffgen80a)
 */
const NOT_GRANT_SUM = { where: 'sentence', cue: wordy(/\b(?:\p{L}*inkomst\p{L}*|\p{L}*omsättning\p{L}*|balansomslutning\p{L}*|\p{L}*kapital(?:et)?|\p{L}*försäkring\p{L}*|\p{L}*avgift(?:en|er|erna)?)\b|\d\s?(?:procent|%)\s+(?:av\s+(?:de|alla|våra)\s+)?(?:\p{L}+\s+)?(?:sökande|deltagar\p{L}*|flickor|pojkar|kvinnor|män|elever(?:na)?|barn(?:en)?|medlemm\p{L}*|\p{L}*föreningar(?:na)?|ansökningar(?:na)?|projekten|mottagar\p{L}*)\b|\b(?:moms|mervärdesskatt)\p{L}*\s+(?:på|om)\s+\d|\b(?:över|under|överstiger|understiger|överstigande|understigande)\s+\d[\d \u00a0]*(?:,\d{1,3})?\s?(?:kr|kronor|tkr|mnkr|miljon\p{L}*|miljard\p{L}*|euro)\b|\b\p{L}*hyr(?:an|orna|or)\s+(?:för\s+(?:[\p{L}-]+\s+){1,2}?)?(?:är|uppgår\s+till|blir)\s+\d|\b(?:kvitt\p{L}*|verifikat\p{L}*|förvaltningsanslag\p{L}*|kostar|biljett\p{L}*|inträde\p{L}*|entré\p{L}*)|\b(?:kr|kronor|tkr|miljon\p{L}*|miljard\p{L}*|euro)\s+eller\s+(?:mer|mera|mindre|högre|lägre|däröver|därunder)\b/iu) } as const;

export const FIGURE_TOPICS: readonly TopicRow[] = [
  {
    id: 'figur-belopp', where: 'sentence', meaning: 'funding', weight: 1, kinds: ['amount', 'share'],
    cue: wordy(/\b(?:\p{L}*bidrag\p{L}*|medel|medlen|\p{L}*stöd(?:et)?|\p{L}*stipendi\p{L}*|anslag\p{L}*|fördela\p{L}*|fördelning\p{L}*|tilldela\p{L}*|bevilja\p{L}*|söka|sökas|ansöka|budget\p{L}*|ersättning\p{L}*|belopp\p{L}*|kostnad\p{L}*|finansier\p{L}*|pott\p{L}*)\b/iu),
    unless: [NOT_GRANT_SUM],
    examples: ['Bidrag kan sökas med högst 50 000 kronor per projekt.', 'Totalt fördelas 12 miljoner kronor under året.', 'Stödet täcker högst 50 procent av kostnaderna.', 'Varje stipendium är på 25 000 kronor.', 'Bidrag ges med 150 kronor per deltagare och tillfälle.'],
    counterExamples: ['Entréavgiften är 100 kronor för vuxna.', 'Lokalen rymmer 200 personer.', 'För att få bidrag får hushållets inkomst vara högst 300 000 kronor per år.', 'Under året beviljades 45 procent av de sökande bidrag.', 'Av de föreningar som fick bidrag var 60 procent idrottsföreningar.', 'Bidrag ges till kostnader exklusive moms på 25 procent.', 'Stiftelsen ska ha ett eget kapital på högst 500 000 kronor.', 'Föreningen ska ha en ansvarsförsäkring på minst 5 miljoner kronor för att kunna beviljas bidrag.', 'Medlemsavgiften ska vara minst 50 kronor per år för att medlemmen ska räknas i bidraget.', 'Ansökningar om bidrag under 20 000 kronor beslutas av förvaltningen.', 'Kostnader under 1 000 kronor behöver inte styrkas med kvitto.', 'Myndighetens förvaltningsanslag uppgår till 45 miljoner kronor.', 'Biljetterna till konserten kostar 150 kronor för medlemmar i föreningen.', 'Om det totala bidragsbeloppet är 100 000 kronor eller mer ska en budget bifogas.', 'Lokalhyran för gymnastiksalen är 220 kronor per timme för bidragsberättigade föreningar.'],
  },
  {
    id: 'figur-totalt', where: 'sentence', meaning: 'funding.total', weight: 2, kinds: ['amount'],
    // the whole sum to share out: "Totalt fördelas …", "Bidragsramen är …", "Budgeten för bidraget uppgår till …"
    cue: wordy(/\b(?:totalt|sammanlagt|bidragsram\p{L}*|budget(?:en)?\s+(?:för|är|uppgår)|(?:avsatt|avsätt\p{L}*)|(?:finns|fördelas)\s+(?:totalt\s+|sammanlagt\s+)?\d)/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:per|vardera|à|och\s+år|varje\s+(?:sökande|projekt|förening|stipendiat)|av\s+dessa|av\s+detta)\b|\bhögst\b|\bmax\p{L}*\b/iu) }],
    examples: ['Totalt fördelas 12 miljoner kronor under året.', 'Bidragsramen för 2025 är 40 miljoner kronor.', 'Kommunen har avsatt 500 000 kronor till bidraget.', 'Budgeten för stödet uppgår till 3 miljoner kronor.'],
    counterExamples: ['Bidrag kan sökas med högst 50 000 kronor per projekt.', 'Totalt kan varje sökande få 20 000 kronor.', 'Varje stipendium är på 25 000 kronor.'],
  },
  {
    // the grant's whole sum named as such (diffgen80a): "Totalt fördelas 12 miljoner kronor", "Det finns 39 250 000 kronor att
    // fördela", "Regionens totala stipendiebelopp är 200 000 kronor", "Bidragsramen är …" — said as the total, not the funding's
    id: 'figur-totalram', where: 'sentence', meaning: 'funding.total', weight: 2, kinds: ['amount'], exact: true,
    cue: wordy(/\b(?:totalt|sammanlagt)\s+(?:\p{L}+\s+){0,2}?(?:fördelas|finns|delas\s+ut|kan\s+(?:sökas|fördelas|beviljas))\b|\b(?:fördelas|finns)\s+(?:det\s+)?(?:totalt\s+|sammanlagt\s+)?\d|\b(?:kronor|kr|euro)\s+(?:\p{L}+\s+){0,2}?att\s+(?:fördela|söka|dela\s+ut)\b|\bbidragsram(?:en|arna)?\b|\btotala?\s+(?:ram(?:en)?|budget(?:en)?|\p{L}*belopp(?:et)?|summa(?:n)?)\b/iu),
    // (a sum for one applicant or one project, a cap, another thing reserved, a past round's: not the grant's whole sum)
    unless: [NOT_GRANT_SUM, { where: 'sentence', cue: wordy(/\b(?:per|vardera|à|á|varje|högst|max\p{L}*|upp\s+till|reserver\p{L}*|öronmärk\p{L}*|ansökt|sökt|sökte|ansökningarna|av\s+dessa|av\s+detta)\b/iu) }],
    examples: ['Totalt fördelas 12 miljoner kronor under året.', 'Det finns 39 250 000 kronor att fördela för 2026.', 'Regionens totala stipendiebelopp är 200 000 kronor.', 'Bidragsramen för 2025 är 40 miljoner kronor.', 'I år fördelas 5 miljoner kronor till föreningar i länet.', 'Under 2026 har nämnden 3 miljoner kronor att fördela.'],
    counterExamples: ['Totalt kan varje sökande få 20 000 kronor.', 'Totalt har 10 miljoner kronor reserverats för kollektivtrafiken.', 'Bidrag kan sökas med högst 50 000 kronor per projekt.', 'Sammanlagt sökte föreningarna 4 miljoner kronor.', 'För bidraget har regionen avsatt 4 miljoner kronor för år 2025.', 'Av dessa fördelas 2 miljoner kronor till projekt för unga.'],
  },
  {
    // a kommun's or region's own sum from the state, on its page of a grant it shares out: "Strömsunds kommun har fått 426 000
    // kronor från Socialstyrelsen för lovaktiviteter" — the whole sum the page's grant has
    id: 'figur-kommunens-ram', where: 'sentence', meaning: 'funding.total', weight: 3, kinds: ['amount'], exact: true,
    cue: wordy(/\b(?:kommun(?:en)?|region(?:en)?|länsstyrelsen)\s+(?:\p{L}+\s+){0,2}?(?:har|hade)\s+(?:\p{L}+\s+){0,2}?(?:fått|erhållit|tagit\s+emot)\s+(?:totalt\s+|drygt\s+|cirka\s+|ca\s+)?\d[^.]{0,80}?\b(?:från|av)\s+(?:regeringen|staten|skolverket|socialstyrelsen|myndigheten\s+för\s+\p{L}+|folkhälsomyndigheten|kulturrådet|länsstyrelsen|mucf)\b/iu),
    unless: [NOT_GRANT_SUM, { where: 'sentence', cue: wordy(/\b(?:per|vardera|förra|förr|tidigare\s+år)\b/iu) }],
    examples: ['Strömsunds kommun har fått 426 675 kronor från regeringen.', 'Kommunen har i år fått 1,2 miljoner kronor från Skolverket för lovaktiviteter.'],
    counterExamples: ['Föreningen har fått 20 000 kronor från kommunen.', 'Kommunen har fått 20 kronor per invånare från staten.'],
  },
  {
    // a part of the grant: a sum per recipient or per unit ("à 30 000 kronor", "om vardera 25 000 kr", "150 kronor per deltagare",
    // "7 kronor/deltagare", "(4 stycken) på 10 000 kronor", "Varje förening kan få högst …"), a part earmarked within the whole
    // ("Av dessa fördelas 2 miljoner i första hand till …", "varav 5 miljoner kronor till …", "10 procent av medlen går till …");
    // the contract holds rates and ceilings per unit among the parts (funding.parts key per-unit, per_unit_max; diffgen80a)
    id: 'figur-del', where: 'sentence', meaning: 'funding.parts', weight: 2, kinds: ['amount', 'share'], exact: true,
    cue: wordy(/(?:^|[\s(])(?:à|á)\s?\d|\b(?:vardera|styck|stycken|per\s+styck)\b|\bper\s+(?:deltagar\p{L}*|elev(?:er)?|barn|ungdom(?:ar)?|invånare|plats(?:er)?|\p{L}*stipendi\p{L}*|mottagare|förening(?:en)?|organisation(?:en)?|kommun(?:en)?|region(?:en)?|län|huvudman|person|medlem|sammankomst|tillfälle|timme|dag|projekt(?:et)?|ansökan|sökande|aktivitet(?:en)?|arrangemang(?:et)?|besök|uppdrag(?:et)?|årsarbetskraft|elevplats|skola|förskola)\b|\b(?:kr|kronor)\s?\/\s?(?:deltagare|elev|barn|person|dag|timme|tillfälle|förening|medlem|projekt|ansökan|plats|sammankomst|besök)\b|\bvarje\s+(?:\p{L}*stipendi\p{L}*|förening|organisation|sökande|mottagare|projekt|kommun|region|stipendiat)\s+(?:kan\s+|får\s+)?(?:få|får|erhåller|tilldelas|beviljas|är\s+på|uppgår)\b|\b(?:varav|av\s+dessa|av\s+detta|av\s+beloppet|av\s+summan)\b|\d\s?(?:procent|%)\s+av\s+(?:de\s+)?(?:tillgängliga\s+|totala\s+)?(?:medlen|medel|pengarna|anslaget|bidragsramen|ramen|beloppet)\b/iu),
    // (a price, a fee, a hire or a wage the applicant pays, travel paid per mil: not a part of the grant)
    unless: [NOT_GRANT_SUM, { where: 'sentence', cue: wordy(/\b(?:kostar|pris(?:et|er|erna)?|\p{L}*hyr(?:a|an|or)|biljett\p{L}*|inträde\p{L}*|entré\p{L}*|lön(?:en|er)?|timlön\p{L}*|reseersättning\p{L}*|milersättning\p{L}*|traktamente\p{L}*|per\s+mil)\b/iu) }],
    examples: ['Två stipendier à 30 000 kronor går till unga utövare.', 'Totalt sex arbetsstipendier om vardera 25 000 kr delas ut.', 'Bidraget är 150 kronor per deltagare och tillfälle.', 'Bidraget är 7 kronor/deltagare för åldersgruppen 7–12 år.', 'Kulturstipendium (3 stycken) på 20 000 kronor.', 'Varje förening kan få högst 30 000 kronor i bidrag.', 'Av dessa fördelas 2 miljoner i första hand till projekt med pojkar och män.', 'Bidraget ges med högst 50 000 kronor per projekt.', '20 uppdrag á 50 000 kronor'],
    counterExamples: ['Biljetterna kostar 100 kronor per person.', 'Hyran för lokalen är 450 kronor per timme.', 'Totalt fördelas 12 miljoner kronor under året.', 'Stödet täcker högst 50 procent av kostnaderna.', 'Reseersättning ges med 25 kronor per mil.', 'Medlemsavgiften är 200 kronor per medlem.'],
  },
  {
    id: 'figur-beviljat', where: 'sentence', meaning: 'funding.granted', weight: 3, kinds: ['amount'],
    // what was given out, not what there is to give: "Skolverket har beviljat totalt …", "I första rundan fördelades …"
    cue: wordy(/\b(?:har|hade)\s+(?:\p{L}+\s+){0,3}?(?:beviljat|fördelat|delat\s+ut|betalat\s+ut)\b|\b(?:beviljats|fördelats|utbetalats|betalats\s+ut|delats\s+ut|beviljades|fördelades|utbetalades|delades\s+ut|betalades\s+ut)\b/iu),
    examples: ['Skolverket har beviljat totalt 64 miljoner kronor i statsbidrag till 148 huvudmän.', 'I första ansökningsrundan fördelades 28 000 kronor.', 'Totalt har 12 miljoner kronor betalats ut till kommunerna.', 'Hittills har det beviljats 3 miljoner kronor.'],
    counterExamples: ['Totalt fördelas 12 miljoner kronor under året.', 'Bidrag kan beviljas med högst 50 000 kronor.'],
  },
  {
    id: 'figur-utdelning', where: 'sentence', meaning: 'dates', weight: 4, kinds: ['date'],
    // the day a prize or stipend is handed out: "Stipendiet delas ut på nationaldagen den 6 juni."
    cue: wordy(/\b(?:delas\s+ut|utdelning\p{L}*|prisutdelning\p{L}*)\b/iu),
    examples: ['Stipendiet delas ut på nationaldagen den 6 juni.', 'Prisutdelningen sker den 12 december.'],
    counterExamples: ['Ansökan ska vara inne senast den 15 mars.'],
  },
  {
    id: 'figur-utbetalning', where: 'sentence', meaning: 'payment', weight: 3, kinds: ['share', 'date', 'span'],
    cue: wordy(/\b(?:betalas\s+ut|betala\s+ut|betalar\s+\p{L}*\s*ut|utbetal\p{L}*|förskott\p{L}*|slutbetalning\p{L}*|delbetalning\p{L}*)\b/iu),
    examples: ['75 procent av bidraget betalas ut i förskott.', 'Utbetalning sker den 15 mars.', 'Bidraget betalas ut inom 30 dagar efter beslut.', 'Myndigheten ska under januari månad betala ut medlen till rådet.', 'Bidraget betalas ut i maj och december.'],
    counterExamples: ['Totalt fördelas 12 miljoner kronor under året.', 'Ansökan ska vara inne senast den 15 mars.'],
  },
  {
    id: 'figur-aterrapportering', where: 'sentence', meaning: 'reporting', weight: 3, kinds: ['date', 'span', 'amount', 'share'],
    cue: wordy(/\b(?:(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|delrapport\p{L}*|rapportera\p{L}*)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:ansökan|ansökningar|ansökningstid\p{L}*|rekvisition\p{L}*)\b/iu) }],
    examples: ['Bidraget ska redovisas senast den 31 mars.', 'Slutrapport lämnas inom två månader efter projektets slut.', 'Återrapportering ska ske senast 2025-02-28.', 'Slutredovisning ska lämnas senast två månader efter att projektet avslutats.'],
    counterExamples: ['Ansökan ska vara inne senast den 31 mars.', 'Ansökan om bidrag och redovisning av förra årets bidrag lämnas senast 30 juni.'],
  },
  {
    id: 'figur-ateraterbetalning', where: 'sentence', meaning: 'repayment', weight: 3, kinds: ['amount', 'share', 'date', 'span'],
    cue: wordy(/\b(?:återbetal\p{L}*|betalas\s+tillbaka|betala\s+tillbaka|återkr\p{L}*|kräv(?:s|as)\s+(?:inte\s+|ej\s+)?tillbaka)\b/iu),
    examples: ['Medel som inte använts ska återbetalas senast den 30 juni.', 'Belopp under 1 000 kronor krävs inte tillbaka.'],
    counterExamples: ['Bidraget betalas ut inom 30 dagar.'],
  },
  {
    id: 'figur-sista-ansokningsdag', where: 'sentence', meaning: 'requisition.closes', weight: 4, kinds: ['date'],
    cue: wordy(/\bansökningstiden(?:s\s+slut|\s+(?:går|löper)\s+ut)\s+(?:den\s+)?\d|\bsista\s+(?:ansöknings|rekvisitions)dag\p{L}*|\b(?:ansök\p{L}*|rekvi\p{L}+|söka|sökas)\b[^.]{0,80}?\b(?:senast|sista|stänger|stängs|före|deadline)\b|\b(?:senast|sista\s+(?:ansöknings|rekvisitions)?dag\p{L}*|stänger|stängs|deadline)\b[^.]{0,80}?\b(?:ansök\p{L}*|rekvi\p{L}+|söka|sökas)\b/iu),
    // (receipts, invoices or papers of a grant already given are handed in by a day that closes no application: review74d B1, B4)
    // … nor does another actor's opinion on the application, nor a day of a transition between old and new rules (review79d)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|utbetal\p{L}*|betalas\s+ut|beslut\p{L}*\s+(?:fattas|meddelas|lämnas|skickas)|kvitt\p{L}*|faktur\p{L}*|verifikat\p{L}*|beviljade\s+ansökningar|beviljad\s+ansökan|yttra\p{L}*|yttrande\p{L}*|övergångs\p{L}*|(?:tidigare|gamla|äldre)\s+regle\p{L}*)\b/iu) }, EVENT_DAY],
    examples: ['Ansökan ska vara inne senast den 15 mars.', 'Sista ansökningsdag är 1 oktober.', 'Ansökningsomgången stänger den 30 april.', 'Medlen fördelas efter ansökningstidens slut den 15 mars.'],
    counterExamples: ['Bidraget ska redovisas senast den 31 mars.', 'Ansökan öppnar den 1 februari.', 'Kvitton för beviljade ansökningar lämnas in före den 1 december.', 'Regionen ska senast den 1 juni yttra sig över ansökan.', 'Ansökningar som kommit in före den 15 februari behandlas enligt de tidigare reglerna.', 'Ett webbinarium för dig som vill söka hålls före ansökningstiden, den 12 februari.', 'Fakturor som hör till ansökan lämnas in före den 15 november.', 'Stipendiater utses efter ansökningstidens utgång och delas ut den 6 juni.'],
  },
  {
    id: 'figur-ansokan-oppnar', where: 'sentence', meaning: 'requisition.opens', weight: 3, kinds: ['date'],
    cue: wordy(/\b(?:ansök\p{L}*|rekvi\p{L}+|utlysning\p{L}*|e-tjänsten)\b[^.]{0,80}?\b(?:öppnar|öppnas|öppen\s+från|tidigast|från\s+och\s+med)\b|\b(?:öppnar|öppnas)\b[^.]{0,80}?\b(?:ansök\p{L}*|rekvi\p{L}+|utlysning\p{L}*)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|betalas\s+ut)\b/iu) }, EVENT_DAY],
    examples: ['Ansökan öppnar den 1 februari.', 'Det går att ansöka från och med 15 augusti.'],
    counterExamples: ['Sista ansökningsdag är 1 oktober.', 'Redovisningen öppnar den 1 februari.'],
  },
  {
    id: 'figur-ansokningsperiod', where: 'sentence', meaning: 'requisition', weight: 3, kinds: ['date'],
    cue: wordy(/\b(?:ansökningsperiod\p{L}*|ansökningstid\p{L}*|ansökningsomgång\p{L}*|ansökningsdag\p{L}*|rekvisitionsperiod\p{L}*|tar\s+emot\s+ansökningar)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|betalas\s+ut)\b/iu) }, EVENT_DAY],
    examples: ['Ansökningsperioden är 1 mars–15 april.', 'Ansökningstiden löper 1–30 september.', 'Vi tar emot ansökningar tre gånger per år: 20 januari, 20 april och 20 september.'],
    counterExamples: ['Bidraget ska redovisas senast den 31 mars.', 'Ett informationsmöte inför ansökningsomgången hålls den 12 februari.'],
  },
  {
    id: 'figur-anvandningstid', where: 'sentence', meaning: 'usage_period', weight: 3, kinds: ['date', 'span'],
    cue: wordy(/\b(?:användas\s+(?:under|senast|till\s+och\s+med|fram\s+till|inom)|förbrukas|förbrukats|projekttid\p{L}*|projektperiod\p{L}*|bidragsperiod\p{L}*|pågå|pågår|genomföras\s+(?:under|mellan|senast|inom|före)|genomförts\s+(?:senast|före)|påbörjas|avslutas|avslutats)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:ansökan|ansökningar|ansöka|söka|rekvi\p{L}+|(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*)\b/iu) }],
    examples: ['Medlen ska användas under perioden 1 juli–31 december.', 'Projektet får pågå i högst 12 månader.', 'Insatserna ska genomföras under 2025 och avslutas senast 30 november.'],
    counterExamples: ['Ansökan ska vara inne senast den 15 mars.', 'Bidraget ska redovisas senast den 31 mars.', 'Slutredovisning ska lämnas senast två månader efter att projektet avslutats.'],
  },
  {
    id: 'figur-beslut', where: 'sentence', meaning: 'dates', weight: 3, kinds: ['date', 'span'],
    cue: wordy(/\bbeslut(?:et|en)?\s+(?:[\p{L}-]+\s+){0,4}?(?:fattas|meddelas|lämnas|kommer|tas|väntas|skickas|beräknas)\b|\b(?:besked\p{L}*|sammanträd\p{L}*)\b/iu),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:senast|sista|(?:slut|del|verksamhets|projekt)?redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|betalas\s+ut|användas|publicera\p{L}*|fattat|fattade|daterat|daterad)\b/iu) }],
    examples: ['Beslut meddelas i mitten av juni, omkring den 15 juni.', 'Besked lämnas inom sex veckor.', 'Nämnden sammanträder den 7 november.', 'Beslut om fördelningen fattas den 20 maj.'],
    counterExamples: ['Ansökan ska vara inne senast den 15 mars.', 'Beslutet fattades den 3 februari 2022.', 'Länsstyrelsen har beslutat att eldningsförbud gäller från den 11 maj.', '2021-02-26 Beslut om fördelning av bidrag till arkivverksamhet'],
  },
];

/** The field a figure's sentence is about, for figures of the given kinds: the heaviest rows' common field, or none. */
export function figureTopic(sentence: string, kinds: ReadonlySet<FigureKind>): FigureField | undefined {
  const held = FIGURE_TOPICS.filter((row) => row.kinds.some((k) => kinds.has(k)) && rowHolds(row, sentence));
  if (held.length === 0) return undefined;
  const top = Math.max(...held.map((r) => r.weight));
  const fields = [...new Set(held.filter((r) => r.weight === top).map((r) => r.meaning))];
  return commonField(fields);
}

/** two fields of which one is the other or holds it, or both are the funding's ("funding.parts", "funding.total") */
const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || (a.startsWith('funding') && b.startsWith('funding'));

/** the longest path all fields share ("requisition.closes", "requisition.opens" → "requisition"), if one */
function commonField(fields: readonly string[]): FigureField | undefined {
  const parts = fields.map((f) => f.split('.'));
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const w = parts[0]![i];
    if (w === undefined || parts.some((p) => p[i] !== w)) break;
    out.push(w);
  }
  return out.length === 0 ? undefined : (out.join('.') as FigureField);
}

/**
 * A sum with words of a total or of what was granted is reported as the funding's, never as the total or the granted sum
 * themselves: the extractor reads those with its own rows (extract/cues/funding.ts) and took this sum as neither in either
 * year ("Totalt har 10 miljoner kronor reserverats för kollektivtrafiken" is a sum reserved for something else, diff35).
 */
const asFunding = (f: FigureField | undefined): FigureField | undefined => (f === 'funding.total' || f === 'funding.granted' ? 'funding' : f);

/**
 * The field a figure's sentence is reported under: its topic (figureTopic), a total or what was granted said as the funding's
 * unless a row of the heaviest that hold names that field itself (`exact`: "Totalt fördelas …", "… kronor att fördela",
 * diffgen80a), a part as the parts'.
 */
export function saidTopic(sentence: string, kinds: ReadonlySet<FigureKind>): FigureField | undefined {
  const field = figureTopic(sentence, kinds);
  if (field !== 'funding.total' && field !== 'funding.granted') return field;
  const held = FIGURE_TOPICS.filter((row) => row.kinds.some((k) => kinds.has(k)) && rowHolds(row, sentence));
  const top = Math.max(...held.map((r) => r.weight));
  return held.some((r) => r.weight === top && r.meaning === field && r.exact) ? field : asFunding(field);
}

/** where a sentence's clauses part: "… ska användas senast den 31 december och redovisas senast den 31 januari" */
const CLAUSE_BREAK = /;\s+|,?\s+(?:och|samt|men|medan|dock)\s+/u;

/**
 * Whether a clause holding one of the changed figures speaks of another field than the sentence as a whole: a usage day moved in
 * a sentence that also names a reporting day is no change of the reporting (review79d). Such a change is not reported.
 */
function clauseConflict(text: string, changed: readonly Figure[], field: FigureField): boolean {
  const clauses = text.split(CLAUSE_BREAK);
  if (clauses.length < 2) return false;
  const wanted = new Set(changed.map((f) => `${f.kind} ${f.key}`));
  return clauses.some((c) => {
    const hit = figuresOf(c).filter((f) => wanted.has(`${f.kind} ${f.key}`));
    if (hit.length === 0) return false;
    const t = saidTopic(c, new Set(hit.map((f) => f.kind)));
    return t !== undefined && t !== field && !t.startsWith(`${field}.`) && !field.startsWith(`${t}.`);
  });
}

/** the figures of one list the other has not (as many times) */
function ownFigures(a: readonly Figure[], b: readonly Figure[]): Figure[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(`${f.kind} ${f.key}`, (left.get(`${f.kind} ${f.key}`) ?? 0) + 1);
  return a.filter((f) => { const k = `${f.kind} ${f.key}`; const n = left.get(k) ?? 0; if (n > 0) { left.set(k, n - 1); return false; } return true; });
}

/** Whether a sentence is a row of a table or list of sums per recipient: one sum, a few words beside it, a name of who gets it. */
const RECIPIENT_WORD = wordy(/\b(?:\p{L}*län|region|regionen|kommun|kommunen|landsting\p{L}*|förbund\p{L}*|förening\p{L}*|organisation\p{L}*|stiftelse\p{L}*|\p{Lu}\p{L}+\s+(?:kommun|län|AB))\b|\|/u);

export function isSumRow(sentence: string): boolean {
  const figures = figuresOf(sentence, true);
  if (figures.length !== 1 || figures[0]!.kind !== 'amount') return false;
  // a row is no sentence: no closing mark, its sum last or its cells split by a bar or a tab
  if (/[.!?:;]\s*$/u.test(sentence)) return false;
  const frame = frameOf(sentence, true);
  if (!/[|\t]/u.test(sentence) && !frame.endsWith('#')) return false;
  const words = frame.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= 1 && words.length <= ROW_WORDS && RECIPIENT_WORD.test(sentence) && !/\b(?:ska|skall|kan|får|är|blir|har)\b/iu.test(sentence);
}

/** One change of figures between the texts. */
export interface FigureChange {
  readonly field: FigureField;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: TextSentence;
  readonly new?: TextSentence;
  /** for a table of sums per recipient: each changed row, "old → new" */
  readonly rows?: ReadonlyArray<readonly [TextSentence, TextSentence]>;
  /** for a total or a sum granted: the sum in kronor each quoted sentence states (the one the other text does not), its value */
  readonly sums?: { readonly old?: number | string; readonly new?: number | string };
}

interface Read { readonly s: TextSentence; readonly figures: Figure[]; readonly frame: string; readonly row: boolean }

/** A sentence's figures and frame, when it has figures and is no noise. */
function read(s: TextSentence): Read | undefined {
  if (isFigureNoise(s.text) || isFigureAside(s.text) || isNoiseSentence(s.text) || /\?\s*$/u.test(s.text)) return undefined;
  const row = isSumRow(s.text);
  // (a day no event of this grant's round: the agency's own report to the government, a news list's line — DATED_ASIDES, review80)
  const dayAside = isDatedAside(s.text);
  const figures = figuresOf(s.text, row).filter((f) => !(dayAside && f.kind === 'date'));
  if (figures.length === 0) return undefined;
  return { s, figures, frame: frameOf(s.text, row), row };
}

/** what a sentence is about, its lead and section heading read with it ("Utbetalning" over "Första delen, 60 procent, …") */
const context = (s: TextSentence): string => [s.section, s.lead ?? s.over, s.text].filter((x) => x !== undefined).join('. ');

/** the money figures of a sentence: its sums and shares */
const MONEY: ReadonlySet<FigureKind> = new Set(['amount', 'share']);

/**
 * The money of a part or of the total compared across the whole texts (diffgen80a), where the sentences did not pair (a page
 * rewritten, a list turned into a sentence): a sentence of one text whose words say a part or the total (saidTopic) holds a sum
 * the other text states nowhere, and a sentence of the other text rewritten (not in the first) says that field too — that
 * field changed, the two sentences its quotes. A sum stated in both texts, in whatever sentence, is no change; a field a
 * change above took, or a sentence it quoted, is left.
 */
function moneyMoved(ro: readonly Read[], rn: readonly Read[], allOld: ReadonlySet<string>, allNew: ReadonlySet<string>, quoted: ReadonlySet<string>, taken: Set<string>, out: FigureChange[]): void {
  for (const field of ['funding.parts', 'funding.total'] as const) {
    if (taken.has(field)) continue;
    const said = (rs: readonly Read[]): Read[] => rs.filter((r) => !r.row && !quoted.has(r.s.key) && r.figures.some((f) => MONEY.has(f.kind)) && saidTopic(context(r.s), MONEY) === field);
    const so = said(ro);
    const sn = said(rn);
    if (so.length === 0 || sn.length === 0) continue;
    const own = (rs: readonly Read[], other: ReadonlySet<string>): Read | undefined => rs.find((r) => r.figures.some((f) => MONEY.has(f.kind) && !other.has(`${f.kind} ${f.key}`)));
    const o = own(so, allNew);
    const n = own(sn, allOld);
    if (o === undefined && n === undefined) continue;
    taken.add(field);
    out.push({ field, kind: 'changed', old: (o ?? so[0]!).s, new: (n ?? sn[0]!).s });
  }
}

/**
 * The figures that changed between two texts' sentences (already split by textSentences): sentences paired by their frame (the
 * same words around the figures, or SAME_FRAME alike), whose figures differ, each under its topic's field; the rows of a table
 * of sums per recipient as one change of the grant's parts; a sentence added or removed whose figures the other text does not
 * state at all, under one clear topic. At most one change per field (the first in the text), the rows' change apart.
 */
export function figureChanges(olds: readonly TextSentence[], news: readonly TextSentence[]): FigureChange[] {
  const newKeys = new Set(news.map((s) => s.key));
  const oldKeys = new Set(olds.map((s) => s.key));
  const ro = olds.filter((s) => !newKeys.has(s.key)).map(read).filter((r): r is Read => r !== undefined).slice(0, MAX_FIGURE_SENTENCES);
  const rn = news.filter((s) => !oldKeys.has(s.key)).map(read).filter((r): r is Read => r !== undefined).slice(0, MAX_FIGURE_SENTENCES);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const pairs: Array<[number, number]> = [];
  // the same frame first (a row's frame is its recipient's name), in the order of the texts
  const byFrame = new Map<string, number[]>();
  rn.forEach((r, j) => { const l = byFrame.get(r.frame); if (l) l.push(j); else byFrame.set(r.frame, [j]); });
  ro.forEach((r, i) => {
    if (contentWords(r.frame).length < (r.row ? 1 : 3)) return;
    const j = byFrame.get(r.frame)?.find((x) => !usedN.has(x) && rn[x]!.row === r.row);
    if (j === undefined) return;
    usedO.add(i); usedN.add(j); pairs.push([i, j]);
  });
  // … then frames alike (SAME_FRAME), sentences only
  const leftO = ro.map((_, i) => i).filter((i) => !usedO.has(i) && !ro[i]!.row && contentWords(ro[i]!.frame).length >= 4);
  const leftN = rn.map((_, j) => j).filter((j) => !usedN.has(j) && !rn[j]!.row && contentWords(rn[j]!.frame).length >= 4);
  const asFrame = (r: Read): TextSentence => ({ ...r.s, text: r.frame });
  const near = pairSentences(leftO.map((i) => asFrame(ro[i]!)), leftN.map((j) => asFrame(rn[j]!)));
  for (const [a, b] of near.pairs) {
    const i = leftO[a]!;
    const j = leftN[b]!;
    if (dice(new Set(contentWords(ro[i]!.frame)), new Set(contentWords(rn[j]!.frame))) < SAME_FRAME) continue;
    usedO.add(i); usedN.add(j); pairs.push([i, j]);
  }
  const out: FigureChange[] = [];
  const taken = new Set<string>();
  const rows: Array<readonly [TextSentence, TextSentence]> = [];
  for (const [i, j] of pairs.sort((x, y) => ro[x[0]]!.s.line - ro[y[0]]!.s.line)) {
    const o = ro[i]!;
    const n = rn[j]!;
    if (sameFigures(o.figures, n.figures)) continue;
    if (o.row && n.row) { rows.push([o.s, n.s]); continue; }
    const kinds = changedKinds(o.figures, n.figures);
    // (one side's words a part or the total, the other's only money: the two fields' common parent, "funding")
    const fn = saidTopic(context(n.s), kinds);
    const fo = saidTopic(context(o.s), kinds);
    const field = fn === undefined || fo === undefined ? fn ?? fo : commonField([fn, fo]);
    if (field === undefined || (fn !== undefined && fo !== undefined && !related(fn, fo)) || taken.has(field)) continue;
    if (clauseConflict(n.s.text, ownFigures(n.figures, o.figures), field) || clauseConflict(o.s.text, ownFigures(o.figures, n.figures), field)) continue;
    taken.add(field);
    out.push({ field, kind: 'changed', old: o.s, new: n.s });
  }
  if (rows.length > 0) out.push({ field: 'funding.parts', kind: 'changed', old: rows[0]![0], new: rows[0]![1], rows });
  // a sentence added or removed: its figures (of their kind) stated nowhere in the other text, one clear topic, no row
  const stated = (rs: readonly Read[]): Set<string> => new Set(rs.flatMap((r) => r.figures.map((f) => `${f.kind} ${f.key}`)));
  const sharedO = olds.filter((s) => newKeys.has(s.key)).map(read).filter((r): r is Read => r !== undefined).slice(0, MAX_FIGURE_SENTENCES);
  const sharedN = news.filter((s) => oldKeys.has(s.key)).map(read).filter((r): r is Read => r !== undefined).slice(0, MAX_FIGURE_SENTENCES);
  const allOld = new Set([...stated(ro), ...stated(sharedO)]);
  const allNew = new Set([...stated(rn), ...stated(sharedN)]);
  moneyMoved(ro, rn, allOld, allNew, new Set(out.flatMap((c) => [c.old, c.new]).filter((x): x is TextSentence => x !== undefined).map((x) => x.key)), taken, out);
  // … and no sentence of the other text with a figure under the same topic (a changed sentence not paired, or another grant's
  // day on an overview of several) nor with the same frame
  const topics = (rs: readonly TextSentence[]): { fields: Set<string>; frames: Set<string> } => {
    const reads = rs.map(read).filter((r): r is Read => r !== undefined).slice(0, MAX_FIGURE_SENTENCES);
    return { fields: new Set(reads.flatMap((r) => { const t = figureTopic(context(r.s), new Set(r.figures.map((f) => f.kind))); return t === undefined ? [] : [t]; })), frames: new Set(reads.map((r) => r.frame)) };
  };
  const oldTopics = topics(olds);
  const newTopics = topics(news);
  const lone = (rs: readonly Read[], used: ReadonlySet<number>, other: ReadonlySet<string>, kind: 'added' | 'removed'): void => {
    const there = kind === 'added' ? oldTopics : newTopics;
    rs.forEach((r, i) => {
      if (used.has(i) || r.row || contentWords(r.frame).length < 4 || there.frames.has(r.frame)) return;
      const own = r.figures.filter((f) => f.kind !== 'span' && !other.has(`${f.kind} ${f.key}`));
      if (own.length === 0 || own.length !== r.figures.filter((f) => f.kind !== 'span').length) return;
      const topic = figureTopic(context(r.s), new Set(own.map((f) => f.kind)));
      const said = saidTopic(context(r.s), new Set(own.map((f) => f.kind)));
      // a sum read on one side only is a sum of the grant, no narrower than its words: a part or the total where they name it
      // (saidTopic), else the funding's; a sum with no words of a total, a grant or a part is not said
      const field = said;
      if (field === undefined || (field === 'funding' && topic === 'funding') || taken.has(field) || clauseConflict(r.s.text, own, field) || [...there.fields].some((t) => t === field || t.startsWith(`${field}.`) || field.startsWith(`${t}.`))) return;
      taken.add(field);
      out.push({ field, kind, ...(kind === 'removed' ? { old: r.s } : { new: r.s }) });
    });
  };
  lone(ro, usedO, allNew, 'removed');
  lone(rn, usedN, allOld, 'added');
  return out.map((c) => withSums(c, allOld, allNew));
}

/**
 * A total or a sum granted carries its sum in kronor as its value, each side's the sum its sentence states that the other
 * text does not (else its first); a side without a sum in kronor (a sum in euro, a share) is said as the funding's instead.
 */
function withSums(c: FigureChange, allOld: ReadonlySet<string>, allNew: ReadonlySet<string>): FigureChange {
  if (c.field !== 'funding.total' && c.field !== 'funding.granted') return c;
  const sum = (t: TextSentence | undefined, other: ReadonlySet<string>): number | string | undefined => {
    if (t === undefined) return undefined;
    const kronor = figuresOf(t.text).filter((f) => f.kind === 'amount' && /^\d+(?:\.\d+)?$/u.test(f.key));
    const f = kronor.find((x) => !other.has(`${x.kind} ${x.key}`)) ?? kronor[0];
    if (f === undefined) return undefined;
    return /^\d+$/u.test(f.key) && Number.isSafeInteger(Number(f.key)) ? Number(f.key) : f.key;
  };
  const o = sum(c.old, allNew);
  const n = sum(c.new, allOld);
  if ((c.old && o === undefined) || (c.new && n === undefined)) return { ...c, field: 'funding' };
  return { ...c, sums: { ...(o !== undefined ? { old: o } : {}), ...(n !== undefined ? { new: n } : {}) } };
}
