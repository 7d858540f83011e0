import { Decimal } from 'decimal.js';
import { approximateTotal, fieldOf, labelOf, type Importance } from '../fields.js';
import { normalizeForQuote } from '../quote.js';
import type { GrantSpec } from '../schema/index.js';
import { importanceOf } from './importance.js';
import { shiftYears, shiftDays, sameReading } from './dates.js';
import { summarize } from './summary.js';
import { dateWords } from './words.js';
import { denies, sameChannelReworded, sameChannelStated, samePayment, sameRepayment, sameRequirement } from './concepts.js';
import { sameGrant } from './identity.js';
import { isStatusLine, namesRecipientNoun, statesDate, fieldDayRole, statesItemReworded, statesMonthEnd, statesRecipientReworded, statesRuleReworded, statesYearless, stillStated } from './stated.js';
import { contentWords, sameListWords } from './lists.js';
import { enumerationItemChange } from './items.js';
import { walkSpecs, type ChangeKind, type RawChange } from './walk.js';
import { sameButExclusionLead, sameButKeptSentences, sameExclusionReworded, statesUseApplied, sameButFormAlternative, sameButLinkAnnotations, sameWordsReordered, textChanges, textSentences, type TextChange, type TextSentence } from './text.js';
import { denyingWords, itemText, keyWords, sameButCorrelative, sameButOneWord, sameInOtherWords, sentenceKey, spacedKey } from './wording.js';
import { ageLimitChange, applicantsRenamed, eligibilityAdded, eligibilityChange } from './eligibility.js';
import { residenceChange } from './residence.js';
import { sameApplicantsStated, samePersonKindsReworded } from './who.js';
import { figureChanges, partOfStatedPool, type FigureChange, type FigureField } from './figures.js';
import { topicChanges, type TopicChange, type TopicField } from './topics.js';
import { listChanges, type ListField, type ListItem } from './leads.js';
import { datedChanges, type DatedChange } from './dated.js';
import { requirementChange } from './process.js';
import { awardChange } from './awards.js';
import { payeeChange } from './payees.js';
import { contactChange } from './contacts.js';
import { distributorChange } from './distributor.js';
import { closingChange, REPORT_DUE_SENTENCES, decisionSumChange, grantedSumChange, decisionTimeChange, disposedPostsChange, disposedSumChange, postsWords, yearlessChange } from './closing.js';
import { rowHolds, RULE_FIELDS, SUM_RULE_WORDS } from './rules.js';
import { globalOf } from '../regex.js';
import { alternation, DEMONSTRATIVES, LINKING_ADVERBS, MONTH_NAMES, SCALE_WORDS, scalePower, STOP_WORDS } from '../lexicon.js';

// The change report between two specs of a grant: every difference the schema walk finds, ranked
// by what a recipient must do, each with the sentence it was read from in both years. A value the
// new text still states is no change (only extraction missed it): that is an extraction gap, for
// editors, not a removal.

export type { ChangeKind } from './walk.js';

export interface Quote { readonly source: string; readonly line: number; readonly page?: number; readonly quote: string }

export interface Change {
  readonly path: string;
  readonly label: string;
  readonly kind: ChangeKind;
  readonly importance: Importance;
  readonly old?: unknown;
  readonly new?: unknown;
  /** dates: days the date moved, against the same calendar date in the new grant year */
  readonly shift_days?: number;
  readonly evidence: { readonly old?: Quote; readonly new?: Quote };
  /** removals: the new text no longer states the value (it says nothing of the rule being abolished) */
  readonly no_longer_stated?: true;
  /** the old spec's path where an item moved in its list */
  readonly old_path?: string;
  /**
   * a change to the total: the sides whose total the text states only as a rounded figure
   * (`funding.total_approximate`), so every format says "cirka …" there (words.ts sideWords)
   */
  readonly approximate?: { readonly old?: true; readonly new?: true };
  /**
   * `text`: found by the text-level pass (text.ts), a rule sentence of the source texts that the
   * extraction did not take into the spec in one year or both; absent for a change between the specs
   */
  readonly from?: 'text';
}

/** A value one extraction missed although its text states it: no change, reported to editors. */
export interface Gap {
  readonly path: string;
  readonly label: string;
  readonly side: 'old' | 'new';
  readonly quote: string;
  /** the same requirement or dated event in other words (both texts state the same thing), not a value missed */
  readonly reworded?: true;
}

export interface ChangeReport {
  readonly grant: string;
  readonly from: string;
  readonly to: string;
  readonly summary: string;
  readonly changes: Change[];
  readonly gaps: Gap[];
  /** two different grants compared */
  readonly warnings: string[];
}

export interface DiffOptions {
  /** the source texts, to tell a value no longer stated from one extraction missed */
  readonly oldText?: string;
  readonly newText?: string;
}

/** Lists of things the recipient must have in place, where two wordings of one requirement are one requirement. */
const REWORDABLE = new Set(['requisition.requires']);

const RANK: Readonly<Record<Importance, number>> = { action: 0, notice: 1, info: 2 };

type WithEvidence = { source: { path: string }; evidence: Record<string, { line: number; page?: number; quote: string }> };

/** The quote a value rests on: its own, or its nearest parent's (one field of a contact rests on the contact). */
export function quoteAt(spec: GrantSpec, path: string): Quote | undefined {
  const s = spec as unknown as WithEvidence;
  // a whole group (a usage period) rests on its first value's quote
  const child = s.evidence[path] ? undefined : Object.keys(s.evidence).sort().find((k) => k.startsWith(`${path}.`));
  for (let p = child ?? path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    const e = s.evidence[p];
    if (e) return { source: s.source.path, line: e.line, ...(e.page ? { page: e.page } : {}), quote: e.quote };
  }
  return undefined;
}

const ANCHORS = ['requisition.closes', 'requisition.opens', 'reporting.due', 'usage_period.to', 'usage_period.from', 'due'];

/**
 * Grant years between the specs: their `year`s, or where a page does not name its year, the
 * calendar years between the first deadline both state (a page of the 2019 round closing 15
 * September and one of the 2020 round closing 15 September are a year apart, not 366 days).
 */
export function yearsBetween(a: GrantSpec, b: GrantSpec): number {
  if (a.year !== undefined && b.year !== undefined) return b.year - a.year;
  const at = (s: GrantSpec, path: string): string | undefined => {
    const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), s);
    return typeof v === 'string' && /^\d{4}-/u.test(v) ? v : undefined;
  };
  for (const p of ANCHORS) {
    const x = at(a, p);
    const y = at(b, p);
    if (x && y) return Number(y.slice(0, 4)) - Number(x.slice(0, 4));
  }
  // no window day in both: the first dated event of one role both state (a payment "senast den
  // 15 mars 2024" and "senast den 15 mars 2025" are a year apart, the same calendar day)
  const events = (s: GrantSpec): Array<{ date?: string; role: string }> => ((s as { dates?: Array<{ date?: string; role: string }> }).dates ?? []);
  for (const e of events(a)) {
    const f = events(b).find((x) => x.role === e.role && x.date && e.date);
    if (f) return Number(f.date!.slice(0, 4)) - Number(e.date!.slice(0, 4));
  }
  // one names its year and the other only a deadline: that deadline's year
  const first = (s: GrantSpec): number | undefined => {
    const d = ANCHORS.map((p) => at(s, p)).find(Boolean);
    return d === undefined ? undefined : Number(d.slice(0, 4));
  };
  const fa = first(a);
  const fb = first(b);
  if (a.year !== undefined && fb !== undefined) return fb - a.year;
  if (b.year !== undefined && fa !== undefined) return b.year - fa;
  return 0;
}

/** Whether the new name is the old one's first words, whole ("Miljöpartiet" of "Miljöpartiet de Gröna"; not "Miljöpartiet de Grönas …"). */
export function shortenedName(a: string, b: string): boolean {
  const wa = a.trim().split(/\s+/u);
  const wb = b.trim().split(/\s+/u);
  // the new name the shorter: a name that grows by words may name another body (a mutation test appends words)
  return wb.length < wa.length && wb.every((w, i) => w === wa[i]);
}

const label = (y: GrantSpec): string => `${y.year ?? 'utan år'}`;

export function diffSpecs(oldSpec: GrantSpec, newSpec: GrantSpec, options: DiffOptions = {}): ChangeReport {
  const years = yearsBetween(oldSpec, newSpec);
  const oldText = options.oldText === undefined ? undefined : normalizeForQuote(options.oldText);
  const newText = options.newText === undefined ? undefined : normalizeForQuote(options.newText);
  const raw = walkSpecs(oldSpec, newSpec, (field, a, b) => sameReading(field, a, b, years) || sameButLinkAnnotations(a, b) || sameWordsReordered(a, b) || (field === 'excluded_uses' && (sameButExclusionLead(a, b) || sameExclusionReworded(a, b))) || sameButKeptSentences(a, b, oldText, newText));
  const changes: Change[] = [];
  const gaps: Gap[] = [];
  const rounded = { ...(approximateTotal(oldSpec) ? { old: true as const } : {}), ...(approximateTotal(newSpec) ? { new: true as const } : {}) };
  // a total that changed and became (or stopped being) a rounded figure is one change: the total's, said "cirka …"
  const totalChanged = raw.some((r) => r.field === 'funding.total');
  // a list whose items were joined into one sentence or split out of one, saying the same (lists.ts sameListWords)
  const resplit = new Set(SPLIT_LISTS.filter((f) => sameListWords(listOf(oldSpec, f), listOf(newSpec, f))));
  for (const r of fold(raw)) {
    if (resplit.has(r.field)) continue;
    if (r.field === 'funding.total_approximate' && totalChanged) continue;
    if (r.field === 'year' && years !== 0) continue; // the years compared, not a change
    const before = quoteAt(oldSpec, r.oldPath ?? r.path);
    const after = quoteAt(newSpec, r.path);
    // the page's countdown or review date changes with every visit: noise, not the grant's change
    if ((before && isStatusLine(before.quote)) || (after && isStatusLine(after.quote))) continue;
    const gap = r.kind === 'removed' ? missedIn('new', r, before, newText, years) : r.kind === 'added' ? missedIn('old', r, after, oldText, -years) : undefined;
    if (gap !== undefined) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: r.kind === 'removed' ? 'new' : 'old', quote: gap });
      continue;
    }
    // a purpose the new text still states word for word, beside the sentence its extraction chose
    // ("Syftet med statsbidraget är …" under its heading, the page's opening line read instead), is the same purpose
    if (r.kind === 'changed' && STILL_STATED_PROSE.has(r.field) && newText !== undefined && before && before.quote.split(/\s+/u).length >= 6 && newText.includes(normalizeForQuote(before.quote))) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: before.quote, reworded: true });
      continue;
    }
    // a purpose added whose aim, after its lead ("Syftet skall vara att …"), the old text states word for word, in a list or a
    // clause on whom it goes to ("… vilka har till syfte att: • främja miljö-, natur- och kulturmiljövård samt • bidra till
    // en ekologiskt hållbar utveckling", Region Skåne 2021, diff q288/q289): the same aim, the extraction read no purpose there
    if (r.kind === 'added' && r.field === 'purpose' && oldText !== undefined && typeof r.new === 'string' && aimStatedIn(r.new, oldText)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'old', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    // a purpose whose new sentence states the old one's aim word for word, its verb only reworded and further clauses added
    // ("Understöden ska uppmuntra till ett varierat kulturutbud över hela Åland." → "Understöden uppmuntrar till ett varierat
    // kulturutbud över hela Åland samt vill främja …", Ålands kulturdelegation, diff q296/867): the same purpose; what the
    // added clauses name (a use, a condition) is their own fields' change
    // … or its old words, a phrase of them pointing back with "denna …" to where the new text states it (samePurposeByReference)
    if (r.kind === 'changed' && r.field === 'purpose' && newText !== undefined && typeof r.old === 'string' && typeof r.new === 'string' && samePurposeByReference(r.old, r.new, newText)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    // … or the same aim under another lead: the words after each sentence's aim lead ("Stödet syftar till att …" → "Syftet med
    // utlysningen är att bidra till att …", Forte 2022 → 2024, dev 1044/806) share every content word (sameAimWords)
    if (r.kind === 'changed' && r.field === 'purpose' && typeof r.old === 'string' && typeof r.new === 'string' && sameAimWords(r.old, r.new)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    if (r.kind === 'changed' && r.field === 'purpose' && oldText !== undefined && typeof r.old === 'string' && typeof r.new === 'string' && sameAimExtended(r.old, r.new, oldText)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new });
      continue;
    }
    // a purpose or use that only names another form of the grant after a slash ("Verksamhetsbidrag kan sökas för arbete som
    // syftar till …" → "Verksamhetsbidrag/projektbidrag kan sökas för arbete som syftar till …") is the same purpose or use
    if (r.kind === 'changed' && (r.field === 'purpose' || r.field.startsWith('permitted_uses')) && typeof r.old === 'string' && typeof r.new === 'string' && sameButFormAlternative(r.old, r.new)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    // a sentence whose one noun only changed between its indefinite and definite form ("Projektbidraget kan lämnas till projekt
    // som …" → "Projektbidrag kan lämnas till projekt som …", Trafikverket 2022 → 2024, diff batch 30) says the same
    // (never a name or an address: a title renamed "funktionshinder" → "funktionsnedsättning" is the law's new name, an address
    // "http" → "https" another string; AS_WRITTEN)
    if (r.kind === 'changed' && typeof r.old === 'string' && typeof r.new === 'string' && !AS_WRITTEN.some((f) => r.field === f || r.field.startsWith(`${f}.`)) && sameButWordForm(r.old, r.new)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    // one body named in fewer of its own words ("Miljöpartiet de Gröna" → "Miljöpartiet", "Länsstyrelsen i
    // Stockholms län" → "Länsstyrelsen"): the same recipient, its name reworded, not another recipient
    if (r.kind === 'changed' && /(?:^|\.)named(?:\.text)?$/u.test(r.field) && typeof r.old === 'string' && typeof r.new === 'string' && shortenedName(r.old, r.new)) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? r.new, reworded: true });
      continue;
    }
    // read end to end, a requirement asking for the same things in other words asks nothing new; a payment on the same
    // terms ('i förskott') in other words is paid the same way; a repayment for the same cause ('som inte används') in other
    // words is owed the same way
    // the sentence of a dated event whose day and role stayed (the event's day moved goes with the day, see fold)
    // … unless the sentence now names another term or season for that day: the spring and the autumn rounds trading their
    // days ("Ansökan för vårterminen … senast den 1 mars" → "Ansökan för höstterminen … senast den 1 mars", review63, constructed)
    const eventWording = r.field === 'dates.text' && r.kind === 'changed' && !otherTerm(r.old, r.new);
    if (newText !== undefined && (eventWording || (r.kind === 'changed' && typeof r.old === 'string' && typeof r.new === 'string' && ((REWORDABLE.has(r.field) && sameRequirement(r.old, r.new)) || (r.field === 'payment' && samePayment(r.old, r.new)) || (r.field === 'repayment.triggers' && sameRepayment(r.old, r.new)))))) {
      gaps.push({ path: r.path, label: labelOf(r.field), side: 'new', quote: after?.quote ?? String(r.new), reworded: true });
      continue;
    }
    // who may apply, as each year's sentence (who.ts): the other text still says it, or the same applicants in other words, is no
    // change; a sentence naming applicants the other text's sentences about applying never name is (importance.ts: action)
    if (r.field === 'recipients.text' && sameApplicantsStated(r.old as string | undefined, r.new as string | undefined, options.oldText, options.newText)) {
      // (not marked `reworded`: the text pass then reads its sentences as on main, its own list and eligibility readings included;
      // marking it hid a change of who may apply the text pass had found, Världsarvet Hälsingegårdar 2020 → 2021)
      // (… except the one sentence reworded with "personer" said of a kind of person both name, who.ts samePersonKindsReworded:
      // marked, so the text pass does not report the pair again as who may apply or a condition, Umeå 2012 → 2017, diff q579/q580)
      const samePersons = r.kind === 'changed' && typeof r.old === 'string' && typeof r.new === 'string' && samePersonKindsReworded(r.old, r.new);
      gaps.push({ path: r.path, label: labelOf(r.field), side: r.kind === 'added' ? 'old' : 'new', quote: (r.kind === 'added' ? after?.quote : before?.quote) ?? String(r.new ?? r.old), ...(samePersons ? { reworded: true as const } : {}) });
      continue;
    }
    // a total added that is less than a sum both texts state is a part of that unchanged pool, not the grant's total
    // (figures.ts partOfStatedPool: the länsstyrelser's national call of 3 miljoner beside their 40 miljoner, diff q581/q582)
    if (r.field === 'funding.total' && r.kind === 'added' && typeof r.new === 'number' && options.oldText !== undefined && options.newText !== undefined && partOfStatedPool(r.new, options.oldText, options.newText)) {
      changes.push(record({ ...r, field: 'funding.parts', path: 'funding.parts' }, before, after, years, newText !== undefined, newSpec));
      continue;
    }
    const change = record(r, before, after, years, newText !== undefined, r.kind === 'removed' ? oldSpec : newSpec);
    changes.push(r.field === 'funding.total' && (rounded.old || rounded.new) ? { ...change, approximate: rounded } : change);
  }
  {
    let n = 0;
    changes.splice(0, changes.length, ...changes.map((c) => {
      const d = asRoundClosing(c, oldSpec, newSpec, n);
      if (d !== c) n++;
      return d;
    }));
  }
  if (options.oldText !== undefined && options.newText !== undefined) {
    const stated = fromText(options.oldText, options.newText, oldSpec, newSpec, changes, gaps);
    // who may apply, said once: where the text pass read the applicants added or removed (eligibility.ts), its change says
    // who and how (added, removed); the quoted sentence's change would repeat it
    if (stated.some((c) => c.path === 'recipients' || c.path.startsWith('recipients.'))) {
      for (let i = changes.length - 1; i >= 0; i--) if ((fieldOf(changes[i]!.path)?.path ?? changes[i]!.path) === 'recipients.text') changes.splice(i, 1);
    }
    // a dated event with no date, the application round's ("Sista ansökningsdag är den 31 mars."), whose sentence the text
    // pass reports as the last day changed (closing.ts, requisition.closes): one change, the last day's, not an event too
    const closing = new Set(stated.filter((c) => c.path === 'requisition.closes').flatMap((c) => [c.evidence.old?.quote, c.evidence.new?.quote]).filter((q): q is string => q !== undefined));
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i]!;
      const q = c.kind === 'added' ? c.evidence.new?.quote : c.kind === 'removed' ? c.evidence.old?.quote : undefined;
      // … a sentence of that one day: one naming another day too ("… svar senast 30 april") holds another event
      if (undatedRoundChange(c) && q !== undefined && closing.has(q) && (q.match(ONE_DAY) ?? []).length === 1) changes.splice(i, 1);
    }
    changes.push(...stated);
  }
  // a sentence listing several items that gained or lost one: the item is the change (items.ts), both sentences its quotes
  changes.splice(0, changes.length, ...changes.map((c) => itemised(c, oldText, newText)));
  changes.sort((a, b) => RANK[a.importance] - RANK[b.importance] || rowWeight(b) - rowWeight(a));
  const warnings = sameGrant(oldSpec, newSpec) ? [] : [`Varning: ${oldSpec.id} och ${newSpec.id} är olika statsbidrag; jämförelsen visar skillnader mellan två olika bidrag.`];
  return { grant: newSpec.id, from: label(oldSpec), to: label(newSpec), summary: summarize(changes, oldSpec, newSpec), changes, gaps, warnings };
}

/**
 * The words the other text still has for a value one extraction left out (its quote, the value
 * itself, the same calendar date, the same day and month written without a year), or undefined
 * when the other text no longer states it. `side` is the text searched.
 */
function missedIn(side: 'old' | 'new', r: RawChange, quote: Quote | undefined, text: string | undefined, years: number): string | undefined {
  if (text === undefined) return undefined;
  const value = side === 'new' ? r.old : r.new;
  // the value's own sentence (a quote of a word or two, "Produktionsplan", may stand in the other
  // text in another sense, so an added value needs a sentence of four words or more)
  if (quote && (side === 'new' || quote.quote.split(/\s+/u).length >= 4) && text.includes(normalizeForQuote(quote.quote))) return quote.quote;
  // nor is an added list item of so few words stated by its words standing somewhere in the old
  // text: "Produktionsplan", added to what is reported in 2026, stands in 2025 only in a condition
  // ("ta fram en produktionsplan"); an item of four words or more is its own phrase
  if (side === 'old' && RULE_LISTS.has(fieldOf(r.field)?.path ?? r.field) && itemWords(value) < 4) return undefined;
  if (typeof value === 'string' && fieldOf(r.field)?.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    if (statesDate(text, value, years)) return dateWords(shiftYears(value, years));
    if (statesYearless(text, value)) return dateWords(value).replace(/ \d{4}$/u, '');
    // a month's last day the other text says in words, every year ("före sista september"): the same day (stated.ts)
    const monthEnd = statesMonthEnd(text, value, fieldDayRole(r.field));
    if (monthEnd !== undefined) return monthEnd;
    return undefined;
  }
  if (stillStated(text, r.field, value, years)) return quote?.quote ?? String(value);
  // a type no longer read whose noun the new text still has, in any sentence (stated.ts namesRecipientNoun)
  if (side === 'new' && (fieldOf(r.field)?.path ?? r.field) === 'recipients.types' && typeof value === 'string' && namesRecipientNoun(text, value)) return value;
  // a rule whose requirement clause the other text still states word for word, its head reworded
  if (RULE_LISTS.has(fieldOf(r.field)?.path ?? r.field) && typeof value === 'string' && statesRuleReworded(text, value)) return value;
  // a use applied for whose words the other text still states in a sentence about applying (text.ts statesUseApplied)
  if (side === 'new' && (fieldOf(r.field)?.path ?? r.field) === 'permitted_uses' && typeof value === 'string' && statesUseApplied(text, value)) return value;
  // an item of the list of what may be sought whose words, most of them, one sentence of the other text still states, reworded
  // (stated.ts statesItemReworded)
  if (side === 'new' && (fieldOf(r.field)?.path ?? r.field) === 'permitted_uses' && typeof value === 'string' && statesItemReworded(text, value)) return value;
  // a type removed whose own sentence the other text still has, reworded by a word or two
  if ((fieldOf(r.field)?.path ?? r.field) === 'recipients.types' && typeof value === 'string' && quote && statesRecipientReworded(text, quote.quote, value)) return quote.quote;
  return undefined;
}

/** a day and month in words ("31 mars") or figures ("2026-03-31", "31/3") */
const ONE_DAY = new RegExp(String.raw`\b\d{1,2}\s+(?:${alternation(MONTH_NAMES)})\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\b`, 'giu');

/** a sum in kronor, its thousands joined: group 1 the figure, group 2 a scale word or none */
const SUM = new RegExp(String.raw`(?<![\p{L}\p{N},])(\d+(?:,\d{1,3})?)\s*(?:(${SCALE_WORDS})\s+)?(?:kronor|kr)(?![\p{L}\p{N}])`, 'giu');

const SHARE = /(?<![\p{L}\p{N},])(\d{1,3}(?:,\d{1,2})?)\s*(?:procent|%)/giu;

/** The shares in per cent a text states ("50 procent", "50 %"), each as its number, as keys. */
function sharesIn(text: string): Set<string> {
  return new Set([...text.matchAll(SHARE)].map((m) => m[1]!.replace(',', '.')));
}

/** The sums in kronor a text states, each as its amount ("10 000 kronor", "10.000 kr" and "10000 kr" are one), as keys. */
function amountsIn(text: string): Set<string> {
  // thousands grouped by a space or a dot ("20 000 kronor", "20.000 kr", Karlskoga 2018 → 2021, diff q109/dev 567)
  const joined = text.replace(/(?<=\d)[\s\u00a0.](?=\d{3}(?!\d))/gu, '');
  const out = new Set<string>();
  for (const m of joined.matchAll(SUM)) {
    out.add(new Decimal(m[1]!.replace(',', '.')).times(new Decimal(10).pow(scalePower(m[2]))).toFixed());
  }
  return out;
}

const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size === y.size && [...x].every((k) => y.has(k));

/** The rows of the words that make a sum a rule (rules.ts SUM_RULE_WORDS), each as its global pattern (specs/regex.ts). */
const SUM_RULE_PATTERNS = SUM_RULE_WORDS.map((row) => ({ row, re: globalOf(row) }));

/**
 * A sentence's sum rule words, each as its row's meaning ("maximalt", "som mest" and "max" are "högst"), a unit as "per"
 * and the unit lower-cased ("kr/projekt" is "per projekt").
 */
function sumRuleWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const { row, re } of SUM_RULE_PATTERNS) {
    for (const m of text.matchAll(re)) out.add(m[1] ? `${row.meaning} ${m[1].toLowerCase()}` : row.meaning);
  }
  return out;
}

/** the term or season a dated event's sentence names ("vårterminen", "hösten", "vårens omgång"), one word for each; never a bare
 * "vår" (also "our": "vår förening") */
const TERM = /(?<![\p{L}\p{N}])(vår|höst|sommar|vinter)(?:terminens|terminen|termin|ens|en|n|omgången|omgång)(?![\p{L}\p{N}])/giu;
const termsOf = (s: unknown): Set<string> => new Set(typeof s === 'string' ? [...s.matchAll(TERM)].map((m) => m[1]!.toLowerCase()) : []);

/** Two sentences of one dated event that name a term or season each, not the same ones. */
function otherTerm(a: unknown, b: unknown): boolean {
  const x = termsOf(a);
  const y = termsOf(b);
  return x.size > 0 && y.size > 0 && !sameSet(x, y);
}

/** A change of a dated event without its date whose role is the application round: a yearless last day to apply. */
function undatedRoundChange(c: Change): boolean {
  const v: unknown = c.kind === 'removed' ? c.old : c.new;
  if (!/^dates\.\d+$/u.test(c.path) || !v || typeof v !== 'object') return false;
  const o = v as { date?: unknown; role?: unknown };
  return o.date === undefined && o.role === 'application-round';
}

/** The lists of rules a recipient must follow (their items are phrases, not names or codes): the text pass's fields. */
const RULE_LISTS: ReadonlySet<string> = new Set(RULE_FIELDS);

/** The words of a list item (a string or an item with text); Infinity for anything else. */
function itemWords(v: unknown): number {
  const t = itemText(v);
  return t === undefined ? Infinity : t.trim().split(/\s+/u).length;
}

/**
 * Fields the spec diff owns, whatever a sentence says: a date, the total, who may requisition and
 * the title are compared as values, never as sentences.
 */
const SPEC_OWNED: ReadonlySet<string> = new Set(['title', 'funding.total', 'recipients.types', 'recipients.text', 'requisition.opens', 'requisition.closes', 'requisition.redistribution.cutoff', 'reporting.due', 'usage_period']);

/**
 * The text-level pass's changes (text.ts) as change records: only for a field the spec diff
 * reported no change for (its own records say it better), never for a sentence the spec diff
 * already called the same thing reworded, each marked `from: 'text'` and labelled "(ur texten)".
 */
/** Whether a payment sentence the text pass pairs, adds or removes names the same terms as the other side's payment. */
function samePaymentStated(t: TextChange, a: GrantSpec, b: GrantSpec): boolean {
  const paid = (spec: GrantSpec): string | undefined => (spec.kind === 'anvisning' && typeof spec.payment === 'string' ? spec.payment : undefined);
  if (t.old && t.new) return samePayment(t.old.text, t.new.text);
  const other = t.old ? paid(b) : paid(a);
  const own = (t.old ?? t.new)?.text;
  return other !== undefined && own !== undefined && samePayment(own, other);
}

/** A spec's purpose, when its extraction read one. */
/** a spec's total as amountsIn writes a sum (whole kronor or a decimal string, see specs/schema/scalars.ts) */
const totalOf = (spec: GrantSpec): string | undefined => {
  const t = spec.kind === 'anvisning' ? spec.funding?.total : undefined;
  return t === undefined || t === null ? undefined : new Decimal(String(t)).toFixed();
};
const purposeOf = (spec: GrantSpec): string | undefined => (spec.kind === 'anvisning' && typeof spec.purpose === 'string' && spec.purpose.trim() !== '' ? spec.purpose : undefined);

function fromText(oldText: string, newText: string, a: GrantSpec, b: GrantSpec, changes: readonly Change[], gaps: readonly Gap[]): Change[] {
  // a dated event with no date, the application round's, is the last day's sentence (see diffSpecs): it holds no other
  // event, so the decision's time in words is still compared
  // (who may apply as a sentence, recipients.text, leaves the text pass its own reading of who may apply: that reading names
  // the applicants added or removed, and diffSpecs keeps it over the sentence's change)
  const reported = new Set(changes.filter((c) => !undatedRoundChange(c)).map((c) => fieldOf(c.path)?.path ?? c.path).filter((f) => f !== 'recipients.text'));
  const reworded = new Set(gaps.filter((g) => g.reworded).map((g) => sentenceKey(g.quote)));
  const quote = (spec: GrantSpec, s: TextChange['old']): Quote | undefined => (s ? { source: spec.source.path, line: s.line, quote: s.text } : undefined);
  const out: Change[] = [];
  // the sums each whole text states, read once and only when a sentence of the grant's parts asks
  let oldSums: Set<string> | undefined;
  let newSums: Set<string> | undefined;
  // a report's due day or term in words (closing.ts REPORT_DUE_SENTENCES), which no spec holds as reporting.due: where neither
  // spec states a due day and the spec diff reported none, the report sentences that state one are the due day's change
  const dueFromText = !reported.has('reporting.due') && dueOf(a) === undefined && dueOf(b) === undefined;
  const statesDue = (x: TextChange['old']): boolean => x !== undefined && REPORT_DUE_SENTENCES.some((row) => rowHolds(row, x.text));
  const dues: TextChange[] = [];
  // each text's sentences, read once and only when a change asks
  const sentenceCache: { old?: ReturnType<typeof textSentences>; new?: ReturnType<typeof textSentences> } = {};
  const sentencesOf = (side: 'old' | 'new'): ReturnType<typeof textSentences> => (sentenceCache[side] ??= textSentences(side === 'old' ? oldText : newText));
  for (const t of textChanges(oldText, newText)) {
    // (a sentence changed whose due words, from its "senast", "inom" or "före" on, are the same is no change of the due day)
    if (dueFromText && t.field === 'reporting.content' && (statesDue(t.old) || statesDue(t.new)) && !(t.old && t.new && dueWords(t.old.text) === dueWords(t.new.text))) {
      if (!((t.old && reworded.has(t.old.key)) || (t.new && reworded.has(t.new.key)))) dues.push(t);
      continue;
    }
    if (SPEC_OWNED.has(t.field) || reported.has(t.field) || [...reported].some((r) => r.startsWith(`${t.field}.`))) continue;
    if ((t.old && reworded.has(t.old.key)) || (t.new && reworded.has(t.new.key))) continue;
    // a purpose both specs read is the spec diff's: it reported it or judged the two the same aim reworded (sameAimExtended,
    // samePurposeByReference); the text pass speaks of a purpose only where a year's extraction read none (Forte 2022 → 2024's
    // "Syftet är att bidra till …" both years, diff37: was "Syfte (ur texten): …" beside the same purpose)
    if (t.field === 'purpose' && purposeOf(a) !== undefined && purposeOf(b) !== undefined) continue;
    // a list joined into one sentence or split out of one, saying the same (lists.ts sameListWords)
    if (SPLIT_LISTS.includes(t.field) && sameListWords(listOf(a, t.field), listOf(b, t.field))) continue;
    // a sentence whose one noun only changed between its indefinite and definite form, or 'såväl … som' → 'både … och' (sameButWordForm)
    if (t.kind === 'changed' && t.old && t.new && sameButWordForm(t.old.text, t.new.text)) continue;
    // … and one added or removed whose other text still states it in another form (a list item "främja folkhälsa" →
    // "främja folkhälsan" under "Projektbidraget ska:", review66 ps3, constructed: was "Syfte (ur texten): främja folkhälsan (nytt)")
    if (t.kind !== 'changed') {
      const own = (t.new ?? t.old)?.text;
      if (own !== undefined && sentencesOf(t.new ? 'old' : 'new').some((x) => x.text !== own && sameButWordForm(x.text, own))) continue;
    }
    // a use applied for, removed, whose words the new text still states in a sentence about applying (text.ts statesUseApplied)
    if (t.field === 'permitted_uses' && t.kind === 'removed' && t.old && statesUseApplied(newText, t.old.text)) continue;
    // a payment sentence on the terms the other text's payment still states ("betalas ut i förskott", concepts.ts) is no change
    if (t.field === 'payment' && samePaymentStated(t, a, b)) continue;
    // a repayment sentence whose cause, force and verb the other text still states in a sentence of its own ("som inte används
    // ska återbetalas" beside "som inte utnyttjas skall betalas tillbaka", Robertsfors 2017 → 2019, concepts.ts sameRepayment)
    if (t.field === 'repayment.triggers') {
      if (t.old && t.new ? sameRepayment(t.old.text, t.new.text) : sentencesOf(t.new ? 'old' : 'new').some((x) => sameRepayment(x.text, (t.new ?? t.old)!.text))) continue;
    }
    // a channel sentence added or removed whose medium the other text still names where it speaks of applying ("Ansökan lämnas
    // in elektroniskt …" beside "Fonden tar endast emot elektroniska ansökningar", concepts.ts CHANNEL_MEDIA) is no change
    // … and a channel sentence reworded that hands the application in by the same means (concepts.ts sameChannelReworded)
    if (t.field === 'requisition.channel' && t.kind === 'changed' && t.old && t.new && sameChannelReworded(t.old.text, t.new.text)) continue;
    if (t.field === 'requisition.channel' && t.kind !== 'changed') {
      const own = (t.new ?? t.old)?.text;
      if (own !== undefined && sameChannelStated(own, textSentences(t.new ? oldText : newText).map((x) => x.text))) continue;
    }
    // an excluded use whose thing ruled out the other text still rules out in other words ("Bidrag får inte gå till
    // organisationens ordinarie verksamhet." → "Bidraget får inte användas till er ordinarie verksamhet.", text.ts
    // sameExclusionReworded) is no change
    if (t.field === 'excluded_uses') {
      const own = (t.new ?? t.old)?.text;
      if (t.kind === 'changed' && t.old && t.new && sameExclusionReworded(t.old.text, t.new.text)) continue;
      if (t.kind !== 'changed' && own !== undefined && textSentences(t.new ? oldText : newText).some((x) => sameExclusionReworded(own, x.text))) continue;
    }
    // a sum in a sentence of the grant's parts: no change while the other text states the same sums (written "10 000 kronor"
    // or "10000 kronor"), nor beside a change of funding the spec diff reported
    if (t.field === 'funding.parts') {
      const said = (x: TextChange['old']): Set<string> => amountsIn(x?.text ?? '');
      const sums = [...said(t.old), ...said(t.new)];
      // … but a split of the grant into two sums or more is the parts' beside a changed total ("projekt (50 miljoner kronor) och
      // verksamhetsbidrag (45 miljoner kronor)" → "41 miljoner kronor varav 39 miljoner kronor … och 2 miljoner kronor …", q254/q255)
      const split = said(t.old).size >= 2 || said(t.new).size >= 2;
      const fundingReported = [...reported].filter((r) => r === 'funding' || r.startsWith('funding.'));
      // … and so is a sentence of one sum beside a changed total when the sum is neither year's total: a part's own sum, not the
      // total restated ("Anslaget uppgår 2021 till totalt 75,5 miljoner kronor." gone beside "Högst 21 000 000 kronor betalas ut
      // i enlighet med förordningen …" → "Högst 32 061 000 kronor …", Folkhälsomyndigheten, diff q244/q245)
      const totals = new Set([totalOf(a), totalOf(b)].filter((x): x is string => x !== undefined));
      const ownSum = sums.length > 0 && sums.every((k) => !totals.has(k));
      if (sums.length > 0 && fundingReported.length > 0 && !((split || ownSum) && fundingReported.every((r) => r === 'funding.total'))) continue;
      if (t.kind === 'changed' && sums.length > 0 && sameSet(said(t.old), said(t.new)) && sameSet(sumRuleWords(t.old!.text), sumRuleWords(t.new!.text))) continue;
      // … and a cap as a share, the same shares and the same rule words, no sum in kronor ("Bidrag ges med maximalt 50 procent av
      // totalkostnaden." → "Fonden ger bidrag med maximalt 50 procent av totalkostnaden.", review58 sc1, constructed)
      if (t.kind === 'changed' && sums.length === 0 && sharesIn(t.old!.text).size > 0 && sameSet(sharesIn(t.old!.text), sharesIn(t.new!.text)) && sameSet(sumRuleWords(t.old!.text), sumRuleWords(t.new!.text))) continue;
      if (t.kind === 'added' && said(t.new).size > 0 && [...said(t.new)].every((k) => (oldSums ??= amountsIn(oldText)).has(k))) continue;
      if (t.kind === 'removed' && said(t.old).size > 0 && [...said(t.old)].every((k) => (newSums ??= amountsIn(newText)).has(k))) continue;
    }
    const raw: RawChange = { path: t.field, field: t.field, kind: t.kind, ...(t.old ? { old: t.old.text } : {}), ...(t.new ? { new: t.new.text } : {}) };
    const before = quote(a, t.old);
    const after = quote(b, t.new);
    out.push({
      path: t.field, label: `${labelOf(t.field)} (ur texten)`, kind: t.kind, importance: importanceOf(raw),
      ...(t.old ? { old: t.old.text } : {}), ...(t.new ? { new: t.new.text } : {}),
      evidence: { ...(before ? { old: before } : {}), ...(after ? { new: after } : {}) },
      ...(t.kind === 'removed' ? { no_longer_stated: true as const } : {}),
      from: 'text',
    });
  }
  // one change the texts state (from: 'text'): the sentences as the old and new values, unless the change names its
  // own (an amount in kronor); a removal says the new text no longer states it
  type StatedChange = { kind: ChangeKind; old?: { sentence: TextSentence; value?: string | number }; new?: { sentence: TextSentence; value?: string | number } };
  const pushText = (path: 'agency' | 'recipients.named' | 'contacts' | 'requisition.requires' | FigureField | TopicField | ListField, c: StatedChange | undefined): void => {
    if (!c) return;
    const oldValue = c.old ? c.old.value ?? c.old.sentence.text : undefined;
    const newValue = c.new ? c.new.value ?? c.new.sentence.text : undefined;
    const raw: RawChange = { path, field: path, kind: c.kind, ...(oldValue !== undefined ? { old: oldValue } : {}), ...(newValue !== undefined ? { new: newValue } : {}) };
    const before = quote(a, c.old?.sentence);
    const after = quote(b, c.new?.sentence);
    out.push({
      path, label: `${labelOf(path)} (ur texten)`, kind: c.kind, importance: importanceOf(raw),
      ...(oldValue !== undefined ? { old: oldValue } : {}), ...(newValue !== undefined ? { new: newValue } : {}),
      evidence: { ...(before ? { old: before } : {}), ...(after ? { new: after } : {}) },
      ...(c.kind === 'removed' ? { no_longer_stated: true as const } : {}),
      from: 'text',
    });
  };
  // the due sentences as one change: a sentence changed, or one no longer stated and another stated anew
  const dueChanged = dues.find((t) => t.kind === 'changed');
  const dueGone = dues.find((t) => t.kind === 'removed');
  const dueCome = dues.find((t) => t.kind === 'added');
  const due: TextChange | undefined = dueChanged ?? (dueGone && dueCome ? { ...dueGone, kind: 'changed', new: dueCome.new } : dueGone ?? dueCome);
  if (due) pushText('reporting.due', { kind: due.kind, ...(due.old ? { old: { sentence: due.old } } : {}), ...(due.new ? { new: { sentence: due.new } } : {}) });
  // who may apply, by the kinds of applicant each text's own sentences name (eligibility.ts): only when the
  // spec diff reported no change of recipients (its types say it better when they differ)
  const olds = textSentences(oldText);
  const news = textSentences(newText);
  // both texts as quotes are normalised, made once and only when a text-level pass below asks for them
  let flat: readonly [string, string] | undefined;
  const flats = (): readonly [string, string] => (flat ??= [normalizeForQuote(oldText), normalizeForQuote(newText)]);
  if (![...reported].some((p) => p === 'recipients' || p.startsWith('recipients.'))) {
    const e = eligibilityChange(olds, news);
    if (e) pushText('recipients', { kind: 'changed', old: { sentence: e.old }, new: { sentence: e.new } });
    const added = e ? undefined : eligibilityAdded(olds, news);
    if (added) pushText('recipients', { kind: 'added', new: { sentence: added } });
    // … the same kinds, their applicants named otherwise ("funktionshindersföreningar" → "föreningar med länsansvar")
    const renamed = e || added ? undefined : applicantsRenamed(olds, news);
    if (renamed) pushText('recipients', { kind: 'changed', old: { sentence: renamed.old }, new: { sentence: renamed.new } });
    // … the same kinds, an applicant's age bound stated, changed or dropped ("… författare över 18 år … kan söka", eligibility.ts)
    const age = e || added || renamed ? undefined : ageLimitChange(olds, news);
    if (age) pushText('recipients', { kind: age.kind, ...(age.old ? { old: { sentence: age.old } } : {}), ...(age.new ? { new: { sentence: age.new } } : {}) });
    // … the same kinds, their bound to the place stated otherwise ("folkbokförda" → "bosatta eller verksamma", residence.ts)
    const home = e || added || renamed || age ? undefined : residenceChange(olds, news);
    if (home) pushText('recipients', { kind: home.kind, ...(home.old ? { old: { sentence: home.old } } : {}), new: { sentence: home.new } });
  }
  // whom a decision gave the award to, by the names each text's award sentences give (awards.ts): only when the spec
  // diff reported no change of the named recipients
  if (![...reported].some((p) => p === 'recipients.named' || p.startsWith('recipients.named.'))) {
    const w = awardChange(olds, news, ...flats());
    if (w) pushText('recipients.named', { kind: w.kind, ...(w.old ? { old: { sentence: w.old.sentence } } : {}), ...(w.new ? { new: { sentence: w.new.sentence } } : {}) });
    // … else the kommuner and regioner a decision or news item names as paid (payees.ts), as written in the texts
    const p = w ? undefined : payeeChange(olds, news, oldText, newText);
    if (p) pushText('recipients.named', { kind: p.kind, ...(p.old ? { old: { sentence: p.old.sentence, value: p.old.recipient.name } } : {}), ...(p.new ? { new: { sentence: p.new.sentence, value: p.new.recipient.name } } : {}) });
  }
  // the contact persons a page lists by name and role, or a role's line with its number (contacts.ts), where the spec diff
  // reported no change of contacts
  if (![...reported].some((p) => p === 'contacts' || p.startsWith('contacts.'))) {
    const k = contactChange(olds, news, ...flats(), oldText, newText);
    if (k) pushText('contacts', { kind: k.kind, ...(k.old ? { old: { sentence: k.old.sentence } } : {}), ...(k.new ? { new: { sentence: k.new.sentence } } : {}) });
  }
  // the body that gives the grant out, renamed (distributor.ts), where the spec diff reported no change of agency
  if (!reported.has('agency')) {
    const g = distributorChange(olds, news, ...flats());
    if (g) pushText('agency', { kind: 'changed', old: { sentence: g.old.sentence, value: g.old.name }, new: { sentence: g.new.sentence, value: g.new.name } });
  }
  // a day written without a year, from the texts (closing.ts): a last day to apply compared by day and month only
  // where neither spec states a closing day (a dated one is the spec diff's); the first day to apply and the period
  // covered (YEARLESS_DAY_SENTENCES) the same way, only where neither spec states the field and the spec diff
  // reported nothing there; never turned into a date
  if (!reported.has('requisition.closes') && a.kind === 'anvisning' && b.kind === 'anvisning' && a.requisition?.closes === undefined && b.requisition?.closes === undefined) {
    pushText('requisition.closes', closingChange(olds, news, ...flats()));
  }
  for (const path of ['requisition.opens', 'usage_period'] as const) {
    if ([...reported].some((p) => p === path || p.startsWith(`${path}.`)) || a.kind !== 'anvisning' || b.kind !== 'anvisning') continue;
    const stated = (s: typeof a): boolean => (path === 'usage_period' ? s.usage_period !== undefined : s.requisition?.opens !== undefined);
    if (stated(a) || stated(b)) continue;
    pushText(path, yearlessChange(path, olds, news, ...flats()));
  }
  // when the decision comes, in words without a year (closing.ts DECISION_TIME_SENTENCES), where the spec diff reported
  // no change of dates
  if (![...reported].some((p) => p === 'dates' || p.startsWith('dates.'))) {
    pushText('dates', decisionTimeChange(olds, news, ...flats()));
  }
  // what a decision gave out in all, written rounded (closing.ts DECISION_SUM_SENTENCES), where the spec diff reported
  // no change of funding
  if (![...reported].some((p) => p === 'funding' || p.startsWith('funding.'))) {
    pushText('funding', decisionSumChange(olds, news, ...flats()));
  }
  // what the grant has given out in all since a year, rounded (closing.ts GRANTED_SUM_SENTENCES), where neither spec states
  // what was granted and the spec diff reported no change of it
  const granted = (s: GrantSpec): unknown => (s as { funding?: { granted?: unknown } }).funding?.granted;
  if (!reported.has('funding.granted') && granted(a) === undefined && granted(b) === undefined) {
    // … its value the sum in kronor, as the field's amount (the sentence, with its "drygt" or "cirka", is the evidence)
    const g = grantedSumChange(olds, news, ...flats());
    const side = (x: { readonly day: string; readonly sentence: TextSentence } | undefined) => (x ? { sentence: x.sentence, value: Number(x.day) } : undefined);
    if (g) pushText('funding.granted', { kind: g.kind, ...(g.old ? { old: side(g.old)! } : {}), ...(g.new ? { new: side(g.new)! } : {}) });
  }
  // a regleringsbrev's "Disponeras av <myndighet><belopp>" line (closing.ts DISPOSED_SUM_LINES): the anslag's sum where
  // neither spec states a total (an anslag of several anslagsposter has none by the contract) and the spec diff reported none
  const total = (s: GrantSpec): unknown => (s as { funding?: { total?: unknown } }).funding?.total;
  if (!reported.has('funding.total') && total(a) === undefined && total(b) === undefined) {
    const d = disposedSumChange(oldText, newText, agencyOf(a));
    if (d) pushText('funding.total', { kind: 'changed', old: { sentence: d.old.sentence, value: d.old.kronor }, new: { sentence: d.new.sentence, value: d.new.kronor } });
  }
  // the anslagsposter the letter's own agency disposes of (closing.ts disposedPostsChange): the grant's parts where neither
  // spec states parts and the spec diff reported none
  const parts = (s: GrantSpec): unknown => (s as { funding?: { parts?: unknown } }).funding?.parts;
  const agency = agencyOf(a);
  if (agency !== undefined && agency === agencyOf(b) && ![...reported].some((p) => p === 'funding.parts' || p.startsWith('funding.parts.')) && parts(a) === undefined && parts(b) === undefined) {
    const p = disposedPostsChange(oldText, newText, agency);
    if (p) pushText('funding.parts', { kind: 'changed', old: { sentence: p.old.line.sentence, value: postsWords(p.old) }, new: { sentence: p.new.line.sentence, value: postsWords(p.new) } });
  }
  // the general fallbacks last, each at fields no pass above reported (`said`, read again after the figures')
  const said = (): string[] => [...reported, ...out.map((c) => fieldOf(c.path)?.path ?? c.path)];
  for (const f of figureFallback(olds, news, a, b, said(), flats())) {
    const value = (side: 0 | 1): string | number | undefined => f.rows?.map((r) => r[side].text).join('; ') ?? f.sums?.[side === 0 ? 'old' : 'new'];
    const oldValue = value(0);
    const newValue = value(1);
    pushText(f.field, { kind: f.kind, ...(f.old ? { old: { sentence: f.old, ...(oldValue !== undefined ? { value: oldValue } : {}) } } : {}), ...(f.new ? { new: { sentence: f.new, ...(newValue !== undefined ? { value: newValue } : {}) } } : {}) });
  }
  // (a sentence the spec diff judged the same reworded is none of the fallback's either, as in the text pass above)
  for (const t of topicFallback(olds, news, oldText, newText, a, b, said())) {
    if ((t.old && reworded.has(t.old.key)) || (t.new && reworded.has(t.new.key))) continue;
    // (a channel sentence reworded that hands in by the same means, as in the text pass above: concepts.ts sameChannelReworded)
    if (t.field === 'requisition.channel' && t.kind === 'changed' && t.old && t.new && sameChannelReworded(t.old.text, t.new.text)) continue;
    pushText(t.field, { kind: t.kind, ...(t.old ? { old: { sentence: t.old } } : {}), ...(t.new ? { new: { sentence: t.new } } : {}) });
  }
  // items listed under a topic's lead (leads.ts, diffgen80c), at fields no pass above reported and neither spec states, or
  // only the spec of the side the items were added to (removed from): the extraction read the list in that year alone
  const listed = (x: { field: string; kind: string }): boolean => (statedAt(a, x.field) ? x.kind === 'removed' && !statedAt(b, x.field) : !statedAt(b, x.field) || x.kind === 'added');
  for (const l of listChanges(olds, news, oldText, newText).filter((x) => !nearAny(said(), x.field) && listed(x))) {
    const items = (xs: readonly ListItem[]): string => xs.map((x) => x.item).join('; ');
    pushText(l.field, { kind: l.kind, ...(l.removed[0] ? { old: { sentence: l.removed[0].sentence, value: items(l.removed) } } : {}), ...(l.added[0] ? { new: { sentence: l.added[0].sentence, value: items(l.added) } } : {}) });
  }
  for (const d of datedFallback(olds, news, a, b, said())) pushText(d.field, { kind: d.kind, ...(d.old ? { old: { sentence: d.old } } : {}), ...(d.new ? { new: { sentence: d.new } } : {}) });
  // what an application must contain or have attached (process.ts), where no pass reported it and neither spec states it
  if (!nearAny(said(), 'requisition.requires') && !statedAt(a, 'requisition.requires') && !statedAt(b, 'requisition.requires')) {
    const q = requirementChange(olds, news);
    if (q) pushText(q.field, { kind: q.kind, ...(q.old ? { old: { sentence: q.old } } : {}), ...(q.new ? { new: { sentence: q.new } } : {}) });
  }
  return out;
}

/** a field at, over or under one a pass already reported */
const nearAny = (said: readonly string[], f: string): boolean => said.some((p) => p === f || p.startsWith(`${f}.`) || f.startsWith(`${p}.`));

/** the spec holds a value at the field (not an empty list or a blank text) */
function statedAt(spec: GrantSpec, f: string): boolean {
  // (recipients as the fallbacks mean them: the types or names the extraction read; the sentence it quotes, recipients.text, is
  // the spec walk's and leaves the text pass's reading of recipients as it was, rtext83)
  if (f === 'recipients') return statedAt(spec, 'recipients.types') || statedAt(spec, 'recipients.named');
  const v = listOf(spec, f);
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);
}

/**
 * The general fallback beyond figures (topics.ts, diffgen79b): a sentence no rule row claims whose topic (a purpose, a channel,
 * a statute, a period in words) changed, was added or removed. Never at a field the spec diff or a pass above reported at,
 * over or under (`said`), never at a field either spec states (its value was read and compared by the spec diff).
 */
function topicFallback(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string, a: GrantSpec, b: GrantSpec, said: readonly string[]): TopicChange[] {
  return topicChanges(olds, news, oldText, newText).filter((t) => !nearAny(said, t.field) && !statedAt(a, t.field) && !statedAt(b, t.field));
}

/**
 * The fallback for dated events by role (dated.ts, diffgen80b): a role whose days differ between the texts, read per clause
 * across the whole text. Never at a field a pass above reported at, over or under (`said`), never at a field either spec states
 * (a parent: none of its children; the decisions: no dated decision in either spec's dates).
 */
function datedFallback(olds: readonly TextSentence[], news: readonly TextSentence[], a: GrantSpec, b: GrantSpec, said: readonly string[]): DatedChange[] {
  const decided = (s: GrantSpec): boolean => ((s as { dates?: Array<{ role?: string }> }).dates ?? []).some((e) => e.role === 'decision');
  const stated = (f: string): boolean => {
    if (f === 'dates') return decided(a) || decided(b);
    const kids = f === 'requisition' ? ['requisition.opens', 'requisition.closes'] : f === 'reporting' ? ['reporting.due'] : [f];
    return kids.some((k) => statedAt(a, k) || statedAt(b, k));
  };
  return datedChanges(olds, news).filter((d) => !nearAny(said, d.field) && !stated(d.field));
}

/** the fields the figure fallback reports only where neither spec states them: a value the extractor read is the spec diff's */
const FIGURE_PARENTS: ReadonlySet<FigureField> = new Set(['funding', 'requisition', 'reporting', 'repayment']);

/**
 * The general fallback for figures (figures.ts): a sentence whose figures changed while its words did not, a table of sums per
 * recipient whose sums changed, a sentence with a figure and a clear topic added or removed. Never at a field the spec diff or a
 * pass above reported at, over or under (`said`), never at a field either spec states (its value was read and compared: only a
 * parent such as "funding" is reported beside a stated child), never a removal whose sentence the new text still has.
 */
function figureFallback(olds: readonly TextSentence[], news: readonly TextSentence[], a: GrantSpec, b: GrantSpec, said: readonly string[], flat: readonly [string, string]): FigureChange[] {
  return figureChanges(olds, news).filter((f) => {
    if (nearAny(said, f.field) || (!FIGURE_PARENTS.has(f.field) && (statedAt(a, f.field) || statedAt(b, f.field)))) return false;
    // a countdown's "… 30 dagar" ends no change's words (pairs.test), nor is a sentence the other text still has a change
    if ([f.old, f.new].some((x) => x !== undefined && /\d+ dagar\W*$/u.test(x.text))) return false;
    if (f.old && !f.new && flat[1].includes(normalizeForQuote(f.old.text))) return false;
    return !(f.new && !f.old && flat[0].includes(normalizeForQuote(f.new.text)));
  });
}

/** A report sentence's due words: from its first "senast", "inom" or "före" on, as a sentence key in lower case. */
function dueWords(sentence: string): string {
  const key = sentenceKey(sentence).toLowerCase();
  const at = key.search(/\b(?:senast|inom|före)\b/u);
  return at < 0 ? key : key.slice(at);
}

/** The report's due day a spec states, if one. */
function dueOf(s: GrantSpec): unknown {
  return (s as { reporting?: { due?: unknown } }).reporting?.due;
}

/** The agency a spec names, if one. */
function agencyOf(s: GrantSpec): string | undefined {
  const v = (s as { agency?: unknown }).agency;
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/**
 * Whether a purpose's aim, the words after its lead's "att" ("Syftet skall vara att främja …", the lead at most seven words
 * and opening on "syfte…"), stands word for word in a text (both as sentence keys: marks, bullets and hyphens of a word
 * pair dropped), six words at least.
 */
function aimStatedIn(purpose: string, text: string): boolean {
  const words = keyWords(purpose);
  const at = words.indexOf('att');
  if (!words[0]?.startsWith('syfte') || at < 1 || at > 6) return false;
  const aim = ` ${words.slice(at + 1).join(' ')} `;
  // … in a sentence that does not deny it ("Föreningarna har inte till syfte att …", "Bidraget ska inte användas för att …",
  // review58 p1, p2, constructed)
  return words.length - at - 1 >= 6 && textSentences(text).some((s) => spacedKey(s.text).includes(aim) && !denies(s.text));
}

/** Fields whose value is a name or an address, compared as written: one word in another form is another name (sameButWordForm). */
const AS_WRITTEN: readonly string[] = ['title', 'agency', 'links', 'contacts', 'legal_basis'];

/**
 * Two sentences that say the same in another form of their words: one word written another way (wording.ts sameButOneWord),
 * "såväl X som Y" ↔ "både X och Y" (wording.ts sameButCorrelative), or every word in another form of its root, a particle verb
 * for its joined form and an article said or left out (wording.ts sameInOtherWords). The spec pass and the text pass ask the
 * same question.
 */
function sameButWordForm(a: string, b: string): boolean {
  return sameButOneWord(a, b) || sameButCorrelative(a, b) || sameInOtherWords(a, b);
}

/**
 * Whether a new purpose states the old purpose's aim word for word: the old sentence's words after its first "till" or
 * "att" within its first six words (its verb's complement, at least five words: "… ska uppmuntra till ett varierat
 * kulturutbud över hela Åland"), found in the new sentence, which denies nothing, and whose further clauses (split at a
 * comma or "samt") each either end in words the old text states ("… samt vill främja deltagarnas kunskapsutveckling och
 * färdigheter" beside the old "Projektunderstödet ska främja deltagarnas kunskapsutveckling och färdigheter.") or say what
 * may also be granted (a use, its own field's change: "understöd kan även beviljas för turnéer och kulturexport"). A clause
 * that widens the aim ("… inklusive barn och unga i migration") keeps the purpose changed.
 */
function sameAimExtended(oldPurpose: string, newPurpose: string, oldText: string): boolean {
  const words = keyWords(oldPurpose);
  const at = words.findIndex((w, i) => i >= 1 && i <= 6 && (w === 'till' || w === 'att'));
  if (at < 1 || words.length - at - 1 < 5 || denies(newPurpose) || denies(oldPurpose)) return false;
  const aim = ` ${words.slice(at + 1).join(' ')} `;
  const key = spacedKey(newPurpose);
  const from = key.indexOf(aim);
  if (from < 0) return false;
  // (only the old text's sentences that deny nothing: a clause the old text ruled out, "Stödet kan inte sökas för att minska
  // utanförskapet bland barn och unga.", is no aim it stated; review65, constructed: the purpose change was swallowed)
  const olds = textSentences(oldText).filter((t) => !denies(t.text)).map((t) => spacedKey(t.text));
  const rest = key.slice(from + aim.length).split(/,|\bsamt\b/u).map((p) => p.trim().split(' ').filter((w) => w.length > 0)).filter((p) => p.length > 0);
  return rest.every((p) => ALSO_GRANTED.test(p.join(' ')) || (p.length >= 4 && olds.some((o) => o.includes(` ${p.slice(-4).join(' ')} `))));
}

/** The words an aim's lead may add before the aim itself ("… är att bidra till att …"): a hedge, not another aim. */
const AIM_HEDGES = new Set(contentWords('bidra'));

/**
 * Whether two purposes state one aim under different leads: each sentence's aim is its words after the first "att" within its
 * first eight words ("Stödet syftar till att | aktiviteter genomförs som ökar …", "Syftet med utlysningen är att | bidra till att
 * aktiviteter genomförs för att öka …"), at least five content words each, and the two aims' content stems are the same set but
 * for a hedge ("bidra") and a verb's form ("ökar"/"öka"). Any content word one aim adds or drops ("barn" → "barn och unga") keeps the purpose changed; a sentence
 * that denies anything is never the same.
 */
function sameAimWords(oldPurpose: string, newPurpose: string): boolean {
  if (denies(oldPurpose) || denies(newPurpose)) return false;
  const aimOf = (p: string): Set<string> | undefined => {
    const words = keyWords(p);
    const at = words.findIndex((w, i) => i >= 1 && i <= 8 && w === 'att');
    if (at < 1) return undefined;
    const stems = new Set(contentWords(words.slice(at + 1).join(' ')).filter((w) => !AIM_HEDGES.has(w)));
    return stems.size >= 5 ? stems : undefined;
  };
  const a = aimOf(oldPurpose);
  const b = aimOf(newPurpose);
  if (a === undefined || b === undefined) return false;
  // (a stem the stemmer left in another form of its verb, "ökar" beside "öka", is the same word: one is the other's start)
  const within = (w: string, set: ReadonlySet<string>): boolean => set.has(w) || [...set].some((x) => Math.min(x.length, w.length) >= 3 && (x.startsWith(w) || w.startsWith(x)));
  return [...a].every((w) => within(w, b)) && [...b].every((w) => within(w, a));
}

/**
 * Whether a new purpose states the old one with a phrase of it replaced by a demonstrative that points back to where the new
 * text states that phrase ("Syftet är att utveckla näringslivet regionalt inom mat-, dryck- och måltidsupplevelser för att
 * skapa en attraktiv svensk landsbygd med ökat antal arbetstillfällen." → "Syftet är att utveckla näringslivet inom denna genre
 * och därigenom skapa en attraktiv svensk landsbygd med ökat antal arbetstillfällen.", the sentence before naming "mat-, dryck-
 * och måltidsupplevelser"; Jordbruksverket's måltidsexport 2017 → a later round, diff q315/q316): the two share their opening
 * (three words at least) and their close (five at least); between them the new sentence has a demonstrative and its noun and
 * otherwise only stop words or linking adverbs ("och därigenom"), and the old sentence's content words there all stand in the
 * new text but one, two at least. Neither sentence denies anything.
 */
function samePurposeByReference(oldPurpose: string, newPurpose: string, newText: string): boolean {
  if (denies(oldPurpose) || denies(newPurpose)) return false;
  const a = keyWords(oldPurpose);
  const b = keyWords(newPurpose);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head < 3 || tail < 5) return false;
  const oldMiddle = a.slice(head, a.length - tail);
  const newMiddle = b.slice(head, b.length - tail);
  const at = newMiddle.findIndex((w) => DEMONSTRATIVES.has(w));
  if (at < 0 || at + 1 >= newMiddle.length) return false;
  const rest = newMiddle.filter((_, i) => i !== at && i !== at + 1);
  if (rest.some((w) => !STOP_WORDS.has(w) && !LINKING_ADVERBS.has(w))) return false;
  const said = new Set(contentWords(newText));
  const wanted = contentWords(oldMiddle.join(' '));
  const missing = wanted.filter((w) => !said.has(w)).length;
  return wanted.length - missing >= 2 && missing <= 1;
}

/** A clause saying what may also be granted, a use and not an aim: "understöd kan även beviljas för turnéer …". */
const ALSO_GRANTED = /\b(?:kan|får)\s+(?:även|också)\s+(?:beviljas|sökas|ges)\s+(?:för|till)\b/u;

/**
 * A dated event of the application round with its day (one of the several windows a page lists, "Ansökningstid:
 * 1-28.2.2022"), added or removed where neither spec states one last day to apply: the round's last day, the deadline a
 * reader acts on, reported as a last day to apply (diff q293/1859: "Ansökningstid: 1-28.2.2022" and "… 1-30.9.2022" both new).
 */
function asRoundClosing(c: Change, oldSpec: GrantSpec, newSpec: GrantSpec, index: number): Change {
  if (c.kind === 'changed' || !/^dates\.\d+$/u.test(c.path) || oldSpec.kind !== 'anvisning' || newSpec.kind !== 'anvisning' || oldSpec.requisition?.closes !== undefined || newSpec.requisition?.closes !== undefined) return c;
  const v: unknown = c.kind === 'removed' ? c.old : c.new;
  if (!v || typeof v !== 'object') return c;
  const o = v as { date?: unknown; role?: unknown };
  if (typeof o.date !== 'string' || o.role !== 'application-round') return c;
  const path = `requisition.closes.${index}`;
  const raw: RawChange = { path, field: 'requisition.closes', kind: c.kind, ...(c.old !== undefined ? { old: c.old } : {}), ...(c.new !== undefined ? { new: c.new } : {}) };
  return { ...c, path, label: labelOf('requisition.closes'), importance: importanceOf(raw) };
}

/** Prose fields of one value: one the new text still states in full is not changed by another reading. */
const STILL_STATED_PROSE = new Set(['purpose']);
/** the fields that are lists of sentences or items, which a text may write as a list or as one sentence */
const SPLIT_LISTS = ['permitted_uses', 'excluded_uses', 'conditions', 'evidence_documents', 'requisition.requires', 'reporting.content'];
/** the fields whose values are sentences enumerating items (uses, documents, who may apply), where one item more is the change */
const ENUMERATED = new Set([...SPLIT_LISTS, 'recipients']);

/**
 * Whether a sentence of `text` other than `own` names every word of `item` (whole words, any case) and denies as `own` does:
 * "Mat ersätts inte." does not state the "mat" that "…, material och mat." permits (review63 e13).
 */
function itemElsewhere(item: string, text: string, own: string): boolean {
  const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const need = wordsOf(item);
  const mine = wordsOf(own);
  const denies = denyingWords(mine) > 0;
  if (need.length === 0) return false;
  return text.split(/(?<=[.!?])\s+|\n+/u).some((s) => {
    const ws = wordsOf(s);
    return ws.join(' ') !== mine.join(' ') && need.every((w) => ws.includes(w)) && (denyingWords(ws) > 0) === denies;
  });
}

/**
 * A change of a sentence whose enumeration gained or lost one item and said nothing else new ("… externa tjänster och resor." →
 * "… externa tjänster, resor och utrustning.", diffvary59): that item added or removed, with the two sentences as its quotes.
 */
const sentenceOf = (x: unknown): string | undefined => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string' ? (x as { text: string }).text : undefined);

function itemised(c: Change, oldText?: string, newText?: string): Change {
  const field = c.path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
  const a = sentenceOf(c.old);
  const b = sentenceOf(c.new);
  if (c.kind !== 'changed' || !ENUMERATED.has(field) || !a || !b) return c;
  const d = enumerationItemChange(a, b);
  if (!d) return c;
  // … an item the other text still names in a sentence of its own ("Bidrag ges för lokalhyra och resor. Material ersätts
  // också.") is moved, not removed (or added): the sentence's change stays as it was (review63 e1, e6, constructed)
  const other = d.kind === 'removed' ? newText : oldText;
  if (other !== undefined && itemElsewhere(d.item, other, d.kind === 'removed' ? b : a)) return c;
  const raw: RawChange = { path: c.path, field, kind: d.kind, ...(d.kind === 'removed' ? { old: d.item } : { new: d.item }) };
  const rest: Change = { ...c };
  delete (rest as { old?: unknown }).old;
  delete (rest as { new?: unknown }).new;
  return { ...rest, kind: d.kind, importance: importanceOf(raw), ...(d.kind === 'removed' ? { old: d.item, no_longer_stated: true as const } : { new: d.item }) };
}

const listOf = (spec: GrantSpec, field: string): unknown => field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), spec);

const WINDOW = new Set(['requisition.opens', 'requisition.closes', 'requisition.redistribution.cutoff', 'reporting.due']);

/**
 * One event, one line: a dated event that is a window day changed the same way (Utlysningsdatum is
 * both the opening day and a published date) is said once, by the window; the wording of a dated
 * event whose date changed goes with that date.
 */
export function fold(raw: readonly RawChange[]): RawChange[] {
  const olds = new Set<unknown>();
  const news = new Set<unknown>();
  for (const r of raw) if (WINDOW.has(r.field)) { if (r.old !== undefined) olds.add(r.old); if (r.new !== undefined) news.add(r.new); }
  const dateOf = (v: unknown): unknown => (v && typeof v === 'object' ? (v as { date?: unknown }).date : v);
  const item = (path: string): string | undefined => /^dates\.\d+/u.exec(path)?.[0];
  const dropped = new Set<string>();
  const moved = new Set<string>();
  for (const r of raw) {
    if (r.field !== 'dates' && r.field !== 'dates.date') continue;
    const o = dateOf(r.old);
    const n = dateOf(r.new);
    const same = (o === undefined || olds.has(o)) && (n === undefined || news.has(n)) && (o !== undefined || n !== undefined);
    if (same) dropped.add(`${r.path}`);
    if (r.field === 'dates.date') moved.add(item(r.path)!);
  }
  return raw.filter((r) => {
    if (dropped.has(r.path)) return false;
    const at = item(r.path);
    if (at && (r.field === 'dates.text' || r.field === 'dates.role')) return !moved.has(at) && !dropped.has(`${at}.date`);
    return true;
  });
}

/** Allocation rows and parts named for one recipient: the largest change in amount first (exact, decimal.js). */
function rowWeight(c: Change): number {
  const field = fieldOf(c.path)?.path;
  if ((field !== 'rows.amount' && !(field === 'funding.parts.amount' && / \(.+\)$/u.test(c.label))) || c.kind !== 'changed') return 0;
  try {
    return new Decimal(String(c.new)).minus(String(c.old)).abs().toNumber();
  } catch {
    return 0;
  }
}

/** Whose value a change inside a list item is: "Belopp (Region Uppsala)", "Svarstyp (fråga 4)". */
function owner(spec: GrantSpec, path: string, field: string): string {
  // a part named for one recipient: "Belopp för delen (Länsstyrelsen i Stockholms län)"
  const part = /^funding\.parts\.(\d+)\.(?!named$)[a-z_]+$/u.exec(path);
  if (part) {
    const named = (spec as { funding?: { parts?: Array<{ named?: string }> } }).funding?.parts?.[Number(part[1])]?.named;
    return named === undefined ? '' : ` (${named})`;
  }
  const m = /^(rows|questions|contacts)\.(\d+)\.[a-z_]/u.exec(path);
  if (!m || fieldOf(field)?.path === m[1]) return '';
  const item = ((spec as unknown as Record<string, unknown[]>)[m[1]!] ?? [])[Number(m[2])] as Record<string, unknown> | undefined;
  const name = m[1] === 'rows' ? item?.name : m[1] === 'questions' ? (item?.number !== undefined ? `fråga ${String(item.number)}` : undefined) : item?.email;
  return name === undefined ? '' : ` (${String(name)})`;
}

function record(r: RawChange, before: Quote | undefined, after: Quote | undefined, years: number, checked: boolean, spec: GrantSpec): Change {
  const shift = r.kind === 'changed' ? shiftDays(r.field, r.old, r.new, years) : undefined;
  return {
    path: r.path, label: `${labelOf(r.field)}${owner(spec, r.path, r.field)}`, kind: r.kind, importance: importanceOf(r),
    ...(r.old !== undefined ? { old: r.old } : {}), ...(r.new !== undefined ? { new: r.new } : {}),
    ...(shift !== undefined ? { shift_days: shift } : {}),
    evidence: { ...(before && r.kind !== 'added' ? { old: before } : {}), ...(after && r.kind !== 'removed' ? { new: after } : {}) },
    ...(r.kind === 'removed' && checked ? { no_longer_stated: true as const } : {}),
    ...(r.oldPath ? { old_path: r.oldPath } : {}),
  };
}

export { shiftYears };
