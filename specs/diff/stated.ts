import { fieldOf } from '../fields.js';
import { normalizeForQuote } from '../quote.js';
import { AMOUNT_SCALES, MONTH_NAMES, NUMBER_WORDS, organisationNoun, recipientNoun } from '../lexicon.js';
import { itemText } from '../schema/scalars.js';
import { sentenceTexts } from '../sentences.js';
import { shiftYears } from './dates.js';
import { contentWords } from './lists.js';
import { dateWords } from './words.js';

// Whether a text still states a value one extraction left out. A value the other text states in
// its own words (the amount "125 000 000 kronor", the contact's address, the recipients' noun in a
// sentence about the grant) is an extraction gap, not a change: "anges inte längre" must never be
// said of a value whose words the new text still has. Texts here are already normalised for quotes.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whether `needle` stands in `text` as whole digits: "6 mars 2026" is not in "16 mars 2026". */
export function standsIn(text: string, needle: string): boolean {
  if (!needle) return false;
  const edge = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + needle.length);
    // "125 000 000" is not in "1 125 000 000", nor "2 000" in "2 000 000": digit groups run on past a space
    const groupBefore = /\d/u.test(needle.charAt(0)) && /\d[ .]$/u.test(text.slice(Math.max(0, i - 2), i));
    const groupAfter = /\d/u.test(needle.at(-1)!) && /^[ .]\d{3}(?!\d)/u.test(text.slice(i + needle.length, i + needle.length + 5));
    if (groupBefore || groupAfter) continue;
    if ((!edge(needle.charAt(0)) || !edge(before)) && (!edge(needle.at(-1)!) || !edge(after))) return true;
  }
  return false;
}

/** Whether a text states this date, or the same calendar date `years` later ("1 oktober 2017", "2017-10-01"). */
export function statesDate(text: string, iso: string, years = 0): boolean {
  if (!ISO.test(iso)) return false;
  const forms = (d: string): string[] => [d, normalizeForQuote(dateWords(d))];
  return [...new Set([iso, shiftYears(iso, years)])].some((d) => forms(d).some((f) => standsIn(text, f)));
}

/**
 * Whether a text states the day and month of this date with no year after it ("påbörjas den 1
 * augusti och pågår …"): a yearless date is never compared with a dated one as a change.
 */
export function statesYearless(text: string, iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const needle = `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]}`;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(i - 1))) continue;
    const rest = text.slice(i + needle.length, i + needle.length + 6);
    if (/^[\p{L}\p{N}]/u.test(rest)) continue;
    if (!/^\s*\d{4}/u.test(rest)) return true;
  }
  return false;
}

/**
 * A month's last day said in words, the same day every year: "före sista september", "till utgången av september
 * respektive år" (Sparbanksstiftelsen i Ingå's earlier page, diff q663) are the "30.9.2024" of its 2024 page, not a
 * deadline newly stated. Group 1 the month. Only the month's end: "i slutet av september" is no one day.
 */
const MONTH_END_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:sista|utgången\s+av)\s+(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?!\s{0,3}\d)`, 'giu');

/**
 * The words of `text` that name the last day of this date's month ("sista september"), when the date is that last day, in a
 * sentence of the same role as the date's field (`role`, DAY_ROLES): "redovisas senast sista september" is no application's day.
 */
export function statesMonthEnd(text: string, iso: string, role: string): string | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (new Date(Date.UTC(year, month, 0)).getUTCDate() !== day) return undefined;
  const name = MONTH_NAMES[month - 1]!;
  for (const sentence of sentencesOf(text)) {
    if (!sameDayRole(dayRole(sentence), role)) continue;
    const hit = [...sentence.matchAll(MONTH_END_WORDS)].find((x) => x[1]!.toLowerCase() === name);
    if (hit) return hit[0];
  }
  return undefined;
}

/** The role (DAY_ROLES) of a date field's day: an application's, a report's, a payment's, a decision's or another's. */
export function fieldDayRole(field: string): string {
  const base = fieldOf(field)?.path ?? field;
  if (base.startsWith('requisition.')) return 'application';
  if (base.startsWith('reporting')) return 'report';
  if (base.startsWith('payment')) return 'payment';
  return 'other';
}

const YEARLESS_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\s(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?!\s{0,3}\d{4})`, 'giu');

/** The days and months a sentence writes without a year ("den 15 mars." → "15 mars"). */
function yearlessDays(sentence: string): string[] {
  return [...sentence.matchAll(YEARLESS_DAY)].map((m) => `${Number(m[1])} ${m[2]!.toLowerCase()}`);
}

/**
 * What a sentence's day is the day of, by its first role word: a report's ("redovisas", "slutrapport"), a decision's,
 * a payment's, an application's ("Sista ansökningsdag", "rekvisition") or another's.
 */
const DAY_ROLES: ReadonlyArray<readonly [string, RegExp]> = [
  ['report', /redovis|rapport/iu],
  ['decision', /(?<!\p{L})beslut/iu],
  ['payment', /utbetal|(?<!\p{L})betala[rs]?\s+(?:\p{L}{1,20}\s+)?ut(?!\p{L})/iu],
  ['application', /ansök|(?<!\p{L})sök|rekvi/iu],
];

function dayRole(sentence: string): string {
  return DAY_ROLES.find(([, re]) => re.test(sentence))?.[0] ?? 'other';
}

/** Whether two sentences' days may be one day: the same role, or a bare "Sista dag: 15 mars" beside an application's. */
function sameDayRole(a: string, b: string): boolean {
  return a === b || (a === 'other' && b === 'application') || (a === 'application' && b === 'other');
}

/** Whether `text` writes the day and month ("15 mars"), with a year or without. */
function statesDayMonth(text: string, needle: string): boolean {
  const t = text.toLowerCase();
  for (let i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(t.charAt(i - 1)) || /[\p{L}\p{N}]/u.test(t.charAt(i + needle.length))) continue;
    return true;
  }
  return false;
}

const group = (digits: string, sep: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, sep);

/** How texts write an amount: "125 000 000", "125000000", "125.000.000", "125 miljoner", "1,395 miljarder". */
export function amountForms(n: number): string[] {
  if (!Number.isInteger(n) || n <= 0) return [];
  const s = String(n);
  const out = [group(s, ' '), group(s, '.'), s];
  const scaled = (div: number, words: string[]): void => {
    if (n < div || (n * 1000) % div !== 0) return;
    const v = String(n / div).replace('.', ',');
    for (const w of words) out.push(`${v} ${w}`);
  };
  for (const { power, words, units } of AMOUNT_SCALES) scaled(10 ** power, [...words, ...units]);
  return out.filter((f) => f.length >= 4);
}

/**
 * The words texts use for each recipient type, every form: kommun and region (with "landsting", the
 * regions' old name) from the lexicon the extractor shares (specs/lexicon.ts RECIPIENT_NOUNS); here
 * "ideella sammanslutningar" and "föreningar" are organisations too (ORGANISATION_NOUNS, the same table).
 */
const NOUNS: Readonly<Record<string, readonly string[]>> = {
  kommun: recipientNoun('kommun').forms,
  region: recipientNoun('region').forms,
  organisation: (['organisation', 'förening', 'sammanslutning'] as const).flatMap((kind) => organisationNoun(kind).forms),
  länsstyrelse: ['länsstyrelse', 'länsstyrelsen', 'länsstyrelser', 'länsstyrelserna'],
  huvudman: ['huvudman', 'huvudmannen', 'huvudmän', 'huvudmännen'],
};

/** Every form of the recipient nouns of one type. */
function nounForms(type: string): readonly string[] {
  return NOUNS[type] ?? [];
}

/**
 * Whether a normalised text still has a recipient type's noun anywhere, in a sentence about the grant or not, alone or in a
 * compound ("Att besöka organisationer, institutioner eller myndigheter", a Sweden page of Kulturfonden för Sverige och
 * Finland, dev 396, after the 2018 page's "Aktivitetsbidrag ur fonden kan sökas av enskilda personer, organisationer och
 * föreningar", diff q286): a type the new year's extraction read no recipients for is then not reported as no longer
 * stated — the word is still there, and which sentence now says who may apply is the reader's to see, not a removal.
 */
export function namesRecipientNoun(text: string, type: string): boolean {
  return nounForms(type).some((f) => text.includes(f));
}

/** A web page's own status line ("Tid kvar att ansöka: 129 dagar", "Senast uppdaterad 2024-01-09", "Publicerad: 2020-01-14",
 * Sollefteå's kulturstipendium page, diff q636, diff88): never the grant's. */
const STATUS_LINE = /^(?:tid kvar att ansöka|senast (?:uppdaterad|granskad|ändrad)|uppdaterad|publicerad|sidan (?:uppdaterades|granskades|publicerades))\b/iu;

export function isStatusLine(quote: string): boolean {
  return STATUS_LINE.test(quote.trim());
}

/**
 * A normalised (lower-cased) text's sentences, by the shared splitter: "t.o.m. den", "bl.a. kommuner"
 * and "7 kap. 4 §" stay whole.
 */
const sentencesOf = (text: string): string[] => sentenceTexts(text, { anyCase: true });

/** A sentence about who gets or seeks the money: its recipient nouns say who may. */
const GRANT_SENTENCE = /\b(?:sök\p{L}*|ansök\p{L}*|rekvir\p{L}*|bidrag\p{L}*|statsbidrag\p{L}*|medel|medlen|stöd\p{L}*|fördela\p{L}*|tilldela\p{L}*|beviljas|utbetal\p{L}*|betalas)\b/u;

/**
 * An organisation named by a compound of its kind ("Yrkesföreningar för fysisk aktivitet får …
 * rekvirera", "kvinnoorganisationer kan söka"): an organisation as surely as "föreningar" alone.
 */
const ORGANISATION_COMPOUND = /\p{L}{3,}(?:organisation(?:er|erna|en)?|förening(?:ar|arna|en)?)(?![\p{L}])/u;

/** Whether a text names a recipient type in a sentence about the grant ("Bidragen kan sökas av kommuner …"). */
export function statesRecipient(text: string, type: string): boolean {
  const forms = nounForms(type);
  if (!forms.length) return false;
  // a heading's colon ends a clause too ("målgrupp: kommuner" is no sentence about the grant)
  for (const s of sentencesOf(text).flatMap((x) => x.split(/(?<=:)\s+/u))) {
    if (!GRANT_SENTENCE.test(s)) continue;
    if (type === 'organisation' && ORGANISATION_COMPOUND.test(s)) return true;
    if (forms.some((f) => standsIn(s, f) || standsIn(s, `${f}s`))) return true;
  }
  return false;
}

/** the words of a normalised sentence, for comparing one sentence with another reworded */
const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** words that deny or except: one of them added to a recipient's sentence is a change, not a rewording */
const DENIAL_WORDS = new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'utom', 'undantag', 'undantas', 'exkluderas']);

/**
 * Whether a text still has a recipient's own sentence reworded by a word or two (Tillväxtverket's "Exempel på
 * offentligrättslig juridisk person är … kommuner, landsting …" → "Exempel på en offentligrättslig …", diff q164/q165):
 * one of its sentences holds every word of the quote but at most one in ten (at least one), and names the type. The
 * quote is the extraction's, so a type read from the sentence's section, not its own words, is the same type still
 * stated when the sentence stands there again; a sentence of fewer than six words is no such proof.
 */
export function statesRecipientReworded(text: string, quote: string, type: string): boolean {
  const want = wordsOf(normalizeForQuote(quote).toLowerCase());
  if (want.length < 6) return false;
  const forms = nounForms(type);
  const slack = Math.max(1, Math.floor(want.length / 10));
  for (const s of sentencesOf(text)) {
    if (!forms.some((f) => standsIn(s, f) || standsIn(s, `${f}s`))) continue;
    const have = new Set(wordsOf(s));
    // a denial the quote lacks turns the sentence around ("… kan söka" → "… kan inte söka"): never the same statement
    if ([...have].some((w) => DENIAL_WORDS.has(w) && !want.includes(w))) continue;
    if (want.filter((w) => !have.has(w)).length <= slack) return true;
  }
  return false;
}

/** at least this many words in a rule's requirement clause for its words alone to prove the rule still stated */
const CLAUSE_WORDS = 6;

/**
 * A rule's requirement clause: its words after its last "är att" or the like ("En förutsättning för att stipendiet ska kunna erhållas är
 * att stipendiaten är verksam i Karlskoga eller har annan närmare anknytning till Karlskoga kommun" → "stipendiaten är
 * verksam … kommun"), the clause's first word (its subject: "stipendiaten", "personen") left out; undefined when the
 * clause is shorter than CLAUSE_WORDS words after that.
 */
function requirementClause(rule: string): string[] | undefined {
  const words = wordsOf(normalizeForQuote(rule).toLowerCase());
  // the clause a requirement states with its verb ("… är att …", "det krävs att …"), not a means ("genom att …") or an
  // aim ("för att …"): a rule's tail after those is a part of it, which another sentence may hold
  let at = -1;
  for (let i = 1; i < words.length; i++) if (words[i] === 'att' && REQUIRING.has(words[i - 1]!)) at = i;
  const clause = words.slice(at + 2);
  return at < 0 || clause.length < CLAUSE_WORDS ? undefined : clause;
}

/** the verbs a requirement's clause follows: "är att", "krävs att", "gäller att", "förutsätter att", "innebär att" */
const REQUIRING: ReadonlySet<string> = new Set(['är', 'krävs', 'gäller', 'förutsätter', 'innebär']);

/**
 * Whether a text still states a rule in other words: one of its sentences holds the rule's requirement clause word for
 * word, in a row, and no denial the rule lacks (Karlskoga's "En förutsättning för att stipendiet ska kunna erhållas är att
 * stipendiaten är verksam i Karlskoga eller har annan närmare anknytning till Karlskoga kommun" → "En förutsättning är att
 * personen är verksam i Karlskoga eller har annan närmare anknytning till Karlskoga kommun", diff q206/q207): the same
 * condition reworded at its head, no change.
 */
export function statesRuleReworded(text: string, rule: string): boolean {
  const clause = requirementClause(rule);
  if (!clause) return false;
  const want = wordsOf(normalizeForQuote(rule).toLowerCase());
  const run = ` ${clause.join(' ')} `;
  // the heads may differ in words, never in a number ("Senast fyra veckor efter att …" → "Senast 6 veckor efter att …")
  const numbers = (ws: readonly string[]): string => ws.filter((w) => /\d/u.test(w) || HEAD_NUMBERS.has(w)).sort().join(' ');
  const wantNumbers = numbers(want.slice(0, want.length - clause.length));
  return sentencesOf(text).some((s) => {
    const have = wordsOf(normalizeForQuote(s).toLowerCase());
    const at = ` ${have.join(' ')} `.indexOf(run);
    if (at < 0 || have.some((w) => DENIAL_WORDS.has(w) && !want.includes(w))) return false;
    const head = ` ${have.join(' ')} `.slice(0, at).trim();
    return numbers(head === '' ? [] : head.split(' ')) === wantNumbers;
  });
}

/** number words a head may count with: two to twelve of the shared lexicon (not "en"/"ett", which are articles as often), and shares */
const HEAD_NUMBERS: ReadonlySet<string> = new Set([...Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 2 && n <= 12).map(([w]) => w), 'hälften', 'dubbla']);

/** The words a value stands on in a text: a string as written, an object by the key that names it. */
function valueNeedles(field: string, v: unknown): string[] {
  const f = fieldOf(field);
  if (typeof v === 'number') return f?.kind === 'amount' ? amountForms(v) : [];
  if (typeof v === 'string') {
    if (ISO.test(v)) return [];
    const t = normalizeForQuote(v);
    // an enum's code ("payment", "per-capita") is no text's word; a Swedish one ("ansökan", "rekvisition") is
    if (f?.kind === 'enum') return /^\p{Ll}{6,}$/u.test(t) ? [t] : [];
    return t.length < 4 ? [] : [t];
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // an act the other text names by its title alone ("enligt lagen om statligt stöd till …", no number)
    // is still cited: its title, as the contract writes it or in the definite form texts use, is its name too
    if (typeof o.ref === 'string' && typeof o.title === 'string' && o.title.length >= 20) {
      const t = normalizeForQuote(o.title);
      return [normalizeForQuote(o.ref), t, t.replace(/^(lag|förordning)(?= om )/u, '$1en')];
    }
    for (const k of ['email', 'url', 'ref']) if (typeof o[k] === 'string') return [normalizeForQuote(o[k] as string)];
    if (typeof o.amount === 'number') return amountForms(o.amount);
    if (typeof o.text === 'string') return [normalizeForQuote(itemText(o))];
  }
  return [];
}

/** What makes a last day the end of a period: "t.o.m.", "till och med", "ska gälla", "användas", "förbrukas". */
const PERIOD_END = /(?:\bt\.\s?o\.\s?m\.|\btill\s+och\s+med\b|\bgäll(?:a|er)\b|\banvänd(?:as|s)\b|\bförbruka(?:s|t|de)\b)/iu;


/** Whether a period runs 1 januari–31 december of one year. */
function wholeYear(from: unknown, to: unknown): boolean {
  return typeof from === 'string' && typeof to === 'string' && /^\d{4}-01-01$/u.test(from) && to === `${from.slice(0, 4)}-12-31`;
}

/**
 * Whether `text` still states the value `v` of `field` (dates on the same calendar day `years`
 * later count): then a removal is an extraction gap.
 */
export function stillStated(text: string, field: string, v: unknown, years: number): boolean {
  const base = fieldOf(field)?.path ?? field;
  if (base === 'recipients.types' && typeof v === 'string') return statesRecipient(text, v);
  if (typeof v === 'string' && ISO.test(v)) return statesDate(text, v, years);
  // a dated event whose day the other text still states, on the same calendar day or without a
  // year ("varje år senast den 31 oktober"), is the same event in other words
  if (base === 'dates' && v && typeof v === 'object' && typeof (v as { date?: unknown }).date === 'string') {
    const d = (v as { date: string }).date;
    if (statesDate(text, d, years) || statesYearless(text, d)) return true;
  }
  // … and a dated event without a date ("Senaste ansökningsdatum är den 15 mars.") whose days the other text states with a
  // year or without ("Sista ansökningsdag är 15 mars 2024."): the same day, one extraction read the year and the other
  // had none (review48 d1, constructed)
  if (base === 'dates' && v && typeof v === 'object' && (v as { date?: unknown }).date === undefined && typeof (v as { text?: unknown }).text === 'string') {
    // … in a sentence of the same role: "Sista ansökningsdag är den 1 november." is not still stated by "Bidraget ska
    // redovisas senast den 1 november året efter." (review52 k2)
    const own = (v as { text: string }).text;
    const days = yearlessDays(own);
    const role = dayRole(own);
    const same = sentencesOf(text).filter((x) => sameDayRole(dayRole(x), role));
    if (days.length > 0 && days.every((d) => same.some((x) => statesDayMonth(x, d)))) return true;
  }
  if (base === 'usage_period' && v && typeof v === 'object') {
    const o = v as { from?: unknown; to?: unknown };
    // a whole calendar year ("fr.o.m. den 1 januari 2026 t.o.m. den 31 december 2026") is the period a
    // text means by its last day alone ("Avtalen ska gälla som längst t.o.m. den 31 december 2025")
    // — but only a last day stated as the end of a use or a validity: "Rekvisitionen ska göras senast
    // den 31 december 2025" is a deadline, and a period added beside it is a change
    if (wholeYear(o.from, o.to) && sentencesOf(text).some((x) => PERIOD_END.test(x) && statesDate(x, o.to as string, years))) return true;
    return [o.from, o.to].every((d) => typeof d !== 'string' || statesDate(text, d, years));
  }
  // a name stands in its genitive too: "Socialstyrelsens nyhetsbrev" still names Socialstyrelsen —
  // a proper name only, and not as a compound's first half ("Rekvisitions- och …" is no "rekvisition")
  const name = typeof v === 'string' && /^\p{Lu}\p{L}/u.test(v.trim());
  const genitive = (n: string): boolean => name && /\p{L}$/u.test(n) && standsIn(text.replaceAll(`${n}s-`, ' '), `${n}s`);
  return valueNeedles(field, v).some((n) => standsIn(text, n) || genitive(n));
}

/** at least this share of a list item's content stems stand in one sentence that restates it (statesItemReworded) */
const RESTATED_SHARE = 0.6;
/** an item of more content stems than this is a paragraph, not one item of a list: never matched by its stems */
const ITEM_STEMS_MAX = 40;

/**
 * Whether a text still states a list item of what may be sought, reworded: most of its content stems (RESTATED_SHARE, at
 * least two) stand in one sentence of the text that denies nothing. Landstinget Dalarna's points "Folkbildningen i Dalarna
 * utvecklas", "Förnyelse och utveckling av kulturarvet" under "Till vad kan man söka?" (2017) are Region Dalarna's "Utveckla
 * folkbildningen i länet.", "Utveckla och förnya kulturarvet." under "Projekt ska … uppfylla något av följande:" (2022, diff
 * q302/q205): the same points, the list read under another field, not uses no longer stated.
 */
export function statesItemReworded(text: string, item: string): boolean {
  const want = new Set(contentWords(normalizeForQuote(item)));
  if (want.size < 2 || want.size > ITEM_STEMS_MAX) return false;
  const need = Math.max(2, Math.ceil(want.size * RESTATED_SHARE));
  return sentencesOf(text).some((s) => {
    const have = new Set(contentWords(s));
    let n = 0;
    for (const w of want) if (have.has(w)) n++;
    return n >= need && !wordsOf(s.toLowerCase()).some((w) => DENIAL_WORDS.has(w));
  });
}
