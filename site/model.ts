import type { Anvisning, ReportingForm } from '../specs/schema/index.js';
import { itemText } from '../specs/schema/scalars.js';
import { approximateTotal, labelOf, statedAmount } from '../specs/fields.js';
import { kronor, kronorWords, safeUrl, slug, svDate, svWhen } from './helpers/format.js';
import { brokenAddresses } from './links.js';

// Specs → what a page shows: plain Swedish text, each fact with the anchor of its quoted source.

export interface Fact { readonly text: string; readonly src?: string; readonly srcLabel?: string }
export interface Source { readonly anchor: string; readonly field: string; readonly label: string; readonly line: number; readonly page?: number; readonly quote: string }

const TYPES: Readonly<Record<string, string>> = { region: 'Regioner', kommun: 'Kommuner', organisation: 'Organisationer', länsstyrelse: 'Länsstyrelser', huvudman: 'Huvudmän', other: 'Andra' };
const KEYS: Readonly<Record<string, string>> = {
  equal: 'lika mellan mottagarna', 'per-capita': 'efter befolkningsmängd', 'fixed-per-recipient': 'ett fast belopp per mottagare',
  'per-unit': 'ett belopp per enhet', 'government-key': 'enligt regeringens fördelningsnyckel', other: 'enligt en annan fördelning',
};
const TO: Readonly<Record<string, string>> = { region: 'regionerna', kommun: 'kommunerna' };

export function factOf(spec: { evidence: Record<string, { line: number; page?: number }> }, path: string, text: string): Fact {
  // an item without a quote of its own (one field of a contact) rests on its parent's
  const at = spec.evidence[path] ? path : path.slice(0, Math.max(0, path.lastIndexOf('.')));
  const e = spec.evidence[at];
  if (!e) return { text };
  return { text, src: slug(at), srcLabel: `Källa, rad ${e.line}${e.page ? `, sidan ${e.page}` : ''}` };
}

export function sources(spec: { evidence: Record<string, { line: number; page?: number; quote: string }> }): Source[] {
  return Object.entries(spec.evidence).map(([field, e]) => ({ anchor: slug(field), field, label: sourceLabel(field), line: e.line, ...(e.page ? { page: e.page } : {}), quote: e.quote }));
}

/** "permitted_uses.2" → "Vad medlen får användas till, punkt 3": the contract's Swedish label, never the path. */
export function sourceLabel(field: string): string {
  const n = /\.(\d+)(?:\.|$)/u.exec(field);
  return `${labelOf(field)}${n ? `, punkt ${Number(n[1]) + 1}` : ''}`;
}

const list = (spec: Anvisning, path: string, xs: readonly unknown[] | undefined): Fact[] => (xs ?? []).map((x, i) => factOf(spec, `${path}.${i}`, itemText(x)));

const appliesTo = (x: unknown): readonly string[] | undefined => (x && typeof x === 'object' && 'applies_to' in x ? (x as { applies_to?: string[] }).applies_to : undefined);
const PLURAL: Readonly<Record<string, string>> = { region: 'regioner', kommun: 'kommuner', organisation: 'organisationer', länsstyrelse: 'länsstyrelser', huvudman: 'huvudmän', other: 'andra mottagare' };

/**
 * A list as each recipient type reads it: an item limited by `applies_to` is shown only under the
 * types it names (a region-only use is never listed as a kommun's). One unlabelled group when the
 * grant has one type or no item is limited.
 */
export function listByType(spec: Anvisning, path: string, xs: readonly unknown[] | undefined): Array<{ label?: string; items: Fact[] }> {
  const items = xs ?? [];
  const types = spec.recipients?.types ?? [];
  const limited = items.some((x) => appliesTo(x));
  if (!limited) return items.length ? [{ items: list(spec, path, items) }] : [];
  if (types.length < 2) {
    return [{ items: items.map((x, i) => factOf(spec, `${path}.${i}`, `${itemText(x)}${appliesTo(x) ? ` (gäller bara ${appliesTo(x)!.map((t) => PLURAL[t] ?? t).join(' och ')})` : ''}`)) }];
  }
  return types.map((t) => ({
    label: `För ${PLURAL[t] ?? t}`,
    items: items.flatMap((x, i) => (!appliesTo(x) || appliesTo(x)!.includes(t) ? [factOf(spec, `${path}.${i}`, itemText(x))] : [])),
  })).filter((g) => g.items.length > 0);
}

export function partText(p: NonNullable<NonNullable<Anvisning['funding']>['parts']>[number]): string {
  const bits: string[] = [];
  if (p.amount !== undefined) bits.push(kronorWords(p.amount));
  if (p.share !== undefined) bits.push(`${p.share} av totalen`);
  // a part named for one recipient is that recipient's own amount: its name, never its type's plural
  if (p.named) bits.push(`till ${p.named}`);
  else if (p.to) bits.push(`till ${TO[p.to] ?? p.to}`);
  const most = p.per_unit_max ? 'högst ' : '';
  if (p.key === 'per-unit' && p.per_unit !== undefined) bits.push(`${most}${kronor(p.per_unit)} per ${p.unit ?? 'enhet'}${p.units ? ` (${p.units} st)` : ''}`);
  else if (p.key === 'fixed-per-recipient' && p.per_recipient !== undefined) bits.push(`${most}${kronor(p.per_recipient)} per ${p.to ?? 'mottagare'}`);
  else if (p.key) bits.push(KEYS[p.key] ?? p.key);
  if (p.purpose) bits.push(`för ${p.purpose}`);
  return bits.join(', ');
}

/** The value a part's line of the site is grounded by: its amount, else its share, else its rate. */
function partField(p: NonNullable<NonNullable<Anvisning['funding']>['parts']>[number]): string {
  if (p.amount !== undefined) return 'amount';
  if (p.share !== undefined) return 'share';
  if (p.per_unit !== undefined) return 'per_unit';
  return p.per_recipient !== undefined ? 'per_recipient' : 'amount';
}

/** "283 721 USD", "1 500,50 EUR": digits grouped as the site writes kronor, the currency by its code. */
function foreignWords(f: { amount: number | string; currency: string }): string {
  const [int, frac] = String(f.amount).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')}${frac ? `,${frac}` : ''} ${f.currency}`;
}

export interface GrantPage {
  readonly id: string; readonly year?: number; readonly title: string; readonly agency?: string;
  readonly purpose?: Fact; readonly types: Fact[]; readonly named: Fact[]; readonly who?: Fact;
  readonly total?: Fact; readonly totalExact?: string; readonly foreignTotal?: Fact; readonly parts: Fact[]; readonly populationDate?: Fact;
  readonly opens?: Fact; readonly closes?: Fact; readonly form?: string; readonly channel?: Fact; readonly requires: Fact[];
  readonly payment?: Fact; readonly usage?: Fact;
  readonly uses: Fact[]; readonly usesByType: Array<{ label?: string; items: Fact[] }>; readonly excludedByType: Array<{ label?: string; items: Fact[] }>; readonly excluded: Fact[]; readonly conditions: Fact[]; readonly underlag: Fact[];
  readonly reportingDue?: Fact; readonly noReporting?: Fact; readonly announced?: Fact; readonly reportingPeriod?: Fact; readonly reportingChannel?: Fact; readonly reportingContent: Fact[];
  readonly triggers: Fact[]; readonly invoice?: Fact;
  readonly contacts: Array<Fact & { href?: string; topic?: string; broken?: string }>;
  readonly legal: Fact[]; readonly links: Array<{ text: string; href?: string; broken?: string }>;
  readonly themes: string[];
  readonly sources: Source[]; readonly sourcePath: string;
}

export function grantPage(spec: Anvisning): GrantPage {
  const f = (path: string, text: string | undefined): Fact | undefined => (text ? factOf(spec, path, text) : undefined);
  const r = spec.requisition ?? {};
  const broken = brokenAddresses(spec);
  return {
    id: spec.id, themes: [...spec.themes ?? []], ...(spec.year !== undefined ? { year: spec.year } : {}), title: spec.title, ...(spec.agency ? { agency: spec.agency } : {}),
    ...(spec.purpose ? { purpose: factOf(spec, 'purpose', spec.purpose) } : {}),
    types: (spec.recipients?.types ?? []).map((t, i) => factOf(spec, `recipients.types.${i}`, TYPES[t] ?? t)),
    named: list(spec, 'recipients.named', spec.recipients?.named),
    // who may apply in the text's own words (recipients.text, addition 1.1), under the types it says in full
    ...(spec.recipients?.text ? { who: factOf(spec, 'recipients.text', spec.recipients.text) } : {}),
    // a total in another currency is shown as stated, never converted to kronor
    ...(spec.funding?.foreign_total ? { foreignTotal: factOf(spec, 'funding.foreign_total', foreignWords(spec.funding.foreign_total)) } : {}),
    // a rounded total ("ca 20 miljoner kronor") is said as one, with no exact figure beside it
    ...(spec.funding?.total !== undefined ? { total: factOf(spec, 'funding.total', statedAmount(kronorWords(spec.funding.total), approximateTotal(spec))), ...(approximateTotal(spec) ? {} : { totalExact: kronor(spec.funding.total) }) } : {}),
    parts: (spec.funding?.parts ?? []).map((p, i) => factOf(spec, `funding.parts.${i}.${partField(p)}`, partText(p))),
    ...(spec.funding?.population_date ? { populationDate: factOf(spec, 'funding.population_date', svDate(spec.funding.population_date)) } : {}),
    ...(r.opens ? { opens: factOf(spec, 'requisition.opens', svWhen(r.opens)) } : {}),
    ...(r.closes ? { closes: factOf(spec, 'requisition.closes', svWhen(r.closes)) } : {}),
    ...(r.form ? { form: r.form } : {}),
    ...(r.channel ? { channel: factOf(spec, 'requisition.channel', r.channel) } : {}),
    requires: list(spec, 'requisition.requires', r.requires),
    ...(spec.payment ? { payment: factOf(spec, 'payment', spec.payment) } : {}),
    // a period stated by its end only ("förbrukade senast 31 december 2026") has no start to show
    ...(spec.usage_period ? { usage: spec.usage_period.from !== undefined
      ? factOf(spec, 'usage_period.from', `${svDate(spec.usage_period.from)} – ${svDate(spec.usage_period.to)}`)
      : factOf(spec, 'usage_period.to', `till och med ${svDate(spec.usage_period.to)}`) } : {}),
    uses: list(spec, 'permitted_uses', spec.permitted_uses),
    usesByType: listByType(spec, 'permitted_uses', spec.permitted_uses),
    excludedByType: listByType(spec, 'excluded_uses', spec.excluded_uses),
    excluded: list(spec, 'excluded_uses', spec.excluded_uses),
    conditions: list(spec, 'conditions', spec.conditions),
    underlag: list(spec, 'evidence_documents', spec.evidence_documents),
    ...(spec.reporting?.due ? { reportingDue: f('reporting.due', svDate(spec.reporting.due))! } : {}),
    ...(spec.reporting?.required === false ? { noReporting: f('reporting.required', 'Ingen återrapportering krävs.')! } : {}),
    ...(spec.reporting?.announced ? { announced: f('reporting.announced', svWhen(spec.reporting.announced))! } : {}),
    ...(spec.reporting?.period ? { reportingPeriod: f('reporting.period', svWhen(spec.reporting.period))! } : {}),
    ...(spec.reporting?.channel ? { reportingChannel: f('reporting.channel', spec.reporting.channel)! } : {}),
    reportingContent: list(spec, 'reporting.content', spec.reporting?.content),
    triggers: list(spec, 'repayment.triggers', spec.repayment?.triggers),
    ...(spec.repayment?.invoice_threshold !== undefined ? { invoice: factOf(spec, 'repayment.invoice_threshold', `${spec.agency ?? 'Myndigheten'} fakturerar belopp över ${kronor(spec.repayment.invoice_threshold)}`) } : {}),
    contacts: (spec.contacts ?? []).map((c, i) => {
      const why = broken.get(c.email);
      const href = why ? undefined : safeUrl(`mailto:${c.email}`);
      return { ...factOf(spec, `contacts.${i}.email`, c.email), ...(href ? { href } : {}), ...(why ? { broken: why } : {}), ...(c.topic ? { topic: c.topic } : {}) };
    }),
    legal: (spec.legal_basis ?? []).map((l, i) => factOf(spec, `legal_basis.${i}`, l.title ? `${l.title} (${l.ref})` : `${l.kind === 'diarienummer' ? 'Diarienummer ' : ''}${l.ref}`)),
    links: (spec.links ?? []).map((l) => {
      const why = broken.get(l.url);
      const href = why ? undefined : safeUrl(l.url);
      return { text: l.text ?? l.url, ...(href ? { href } : {}), ...(why ? { broken: why } : !href ? { broken: 'ingen giltig länk' } : {}) };
    }),
    sources: sources(spec),
    sourcePath: spec.source.path,
  };
}

export interface Event {
  readonly date: string; readonly what: string; readonly id: string; readonly year?: number; readonly title: string;
  readonly kind: 'opens' | 'closes' | 'usage-end' | 'reporting-due' | 'redistribution';
  /** DTSTAMP's date: fixed by the spec (see stampOf), so a feed is the same for the same specs */
  readonly stamp?: string;
  /** the page, from the site's root */
  readonly href?: string;
  /** the recipient types of the grant year, for the kommun and region feeds */
  readonly types?: readonly string[];
}

/** Kinds a recipient must act by: their calendar events carry reminders. */
export const DEADLINES: ReadonlySet<Event['kind']> = new Set(['closes', 'reporting-due', 'redistribution']);

/**
 * When the spec's information was issued, as far as the spec says: its stated publication date,
 * else the earliest date it states; never after `today` (a stamp in the future is invalid).
 */
export function stampOf(spec: Anvisning | ReportingForm, today: string): string {
  const dates: string[] = [];
  if (spec.kind === 'anvisning') {
    const published = (spec.dates ?? []).find((d) => d.role === 'published' && d.date);
    if (published?.date) return published.date < today ? published.date : today;
    for (const d of [spec.requisition?.opens, spec.requisition?.closes, spec.usage_period?.from, spec.reporting?.due, ...(spec.dates ?? []).map((x) => x.date)]) if (typeof d === 'string') dates.push(d);
  } else {
    for (const d of [spec.usage_period?.from, spec.due]) if (typeof d === 'string') dates.push(d);
  }
  const first = dates.sort()[0];
  return first !== undefined && first < today ? first : today;
}

/** Exact dates only: vague dates are never turned into calendar days. */
export function eventsOf(spec: Anvisning | ReportingForm, today?: string): Event[] {
  const base = {
    id: spec.id, ...(spec.year !== undefined ? { year: spec.year } : {}), title: spec.title,
    ...(today ? { stamp: stampOf(spec, today) } : {}),
    ...(spec.kind === 'anvisning' && spec.recipients?.types ? { types: spec.recipients.types } : {}),
  };
  const out: Event[] = [];
  if (spec.kind === 'anvisning') {
    if (typeof spec.requisition?.opens === 'string') out.push({ ...base, date: spec.requisition.opens, what: 'Rekvisitionen öppnar', kind: 'opens' });
    if (typeof spec.requisition?.closes === 'string') out.push({ ...base, date: spec.requisition.closes, what: 'Sista dag att rekvirera', kind: 'closes' });
    if (spec.requisition?.redistribution?.cutoff) out.push({ ...base, date: spec.requisition.redistribution.cutoff, what: 'Sista dag att anmäla intresse för omfördelade medel', kind: 'redistribution' });
    if (spec.usage_period) out.push({ ...base, date: spec.usage_period.to, what: 'Sista dag för kostnader', kind: 'usage-end' });
    if (spec.reporting?.due) out.push({ ...base, date: spec.reporting.due, what: 'Sista dag för återrapportering', kind: 'reporting-due' });
  } else if (spec.due) {
    out.push({ ...base, date: spec.due, what: 'Sista dag för återrapportering', kind: 'reporting-due' });
  }
  return out;
}
