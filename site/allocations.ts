import { recipientsOf, type Reference } from '../specs/reference/index.js';
import type { Allocation, Anvisning } from '../specs/schema/index.js';
import { approximateTotal, labelOf, statedAmount } from '../specs/fields.js';
import { kronor, slug, svCompare, svDate } from './helpers/format.js';
import { eventsOf, partText, type Source } from './model.js';
import { keyAmount, statusOf } from './summary.js';

// Allocation lists → what the grant page's table and the recipients' pages show.

export interface AllocationRowView {
  readonly code: string; readonly name: string; readonly href: string; readonly amount: string;
  readonly population?: string; readonly src?: string; readonly srcLabel?: string;
}

export interface AllocationView {
  readonly id: string;
  readonly heading: string;
  readonly caption: string;
  readonly how: string;
  readonly rounding?: string;
  readonly total: string;
  readonly stated?: string;
  readonly sourcePath: string;
  /** in name order */
  readonly rows: AllocationRowView[];
  /** kommun lists: by region, each in name order, for the link list */
  readonly groups?: Array<{ readonly id: string; readonly name: string; readonly rows: AllocationRowView[] }>;
  readonly sources: Source[];
}

const byName = (a: { name: string }, b: { name: string }): number => svCompare(a.name, b.name);
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, '\u00a0');

/** The recipient's page, from the site's root. */
export const recipientHref = (code: string): string => `mottagare/${code}.html`;

export function allocationView(a: Allocation, ref: Reference, root: string): AllocationView {
  const id = `fordelning-${a.to}`;
  const rows = a.rows.map((r, i) => {
    const e = a.evidence[`rows.${i}`] ?? a.evidence[`rows.${i}.population`];
    return {
      code: r.code, name: r.name, href: `${root}${recipientHref(r.code)}`, amount: kronor(r.amount),
      ...(r.population !== undefined ? { population: thousands(r.population) } : {}),
      ...(e ? { src: `${id}-${slug(`rows.${i}`)}`, srcLabel: `Källa, rad ${e.line}${e.page ? `, sidan ${e.page}` : ''}` } : {}),
    };
  }).sort(byName);
  const total = a.rows.reduce((s, r) => s + Number(r.amount), 0);
  const groups = a.to === 'kommun'
    ? ref.regioner.map((region) => ({ id: `${id}-${region.code}`, name: region.name, rows: rows.filter((r) => ref.byCode.get(r.code)?.lan === region.code) })).filter((g) => g.rows.length > 0)
    : undefined;
  const how = a.method === 'published'
    ? 'Beloppen är de som står i den publicerade fördelningslistan.'
    : `Beloppen är beräknade ur anvisningens fördelningsnyckel${a.population_date ? ` och befolkningsstatistik per ${svDate(a.population_date)}` : ''}. Kontrollera mot myndighetens besked.`;
  return {
    id, heading: a.to === 'kommun' ? 'Belopp per kommun' : 'Belopp per region', caption: a.to === 'kommun' ? 'Kommunernas belopp' : 'Regionernas belopp',
    how, ...(a.rounding ? { rounding: a.rounding } : {}), total: kronor(total),
    ...(a.stated_total !== undefined ? { stated: kronor(a.stated_total) } : {}), sourcePath: a.source.path, rows,
    ...(groups ? { groups } : {}),
    sources: Object.entries(a.evidence).map(([field, e]) => ({ anchor: `${id}-${slug(field.replace(/\.population$/u, ''))}`, field, label: /^rows\.(\d+)/u.test(field) ? (a.rows[Number(/^rows\.(\d+)/u.exec(field)![1])]?.name ?? labelOf(field)) : labelOf(field), line: e.line, ...(e.page ? { page: e.page } : {}), quote: e.quote })),
  };
}

/** How a recipient's amount is decided when there is no list: the anvisning's parts for its type. */
export function keyText(spec: Anvisning, to: 'kommun' | 'region'): string {
  const parts = (spec.funding?.parts ?? []).filter((p) => p.to === to);
  if (parts.length > 0) return `${parts.map(partText).join('; ')}.`;
  return spec.funding?.total !== undefined ? `Totalt ${statedAmount(kronor(spec.funding.total), approximateTotal(spec))}; anvisningen anger inte beloppet per ${to === 'kommun' ? 'kommun' : 'region'}.` : 'Anvisningen anger inte beloppet.';
}

/** What one grant offers the recipients, for their pages: amounts from lists, else the key. */
export interface Offer {
  readonly id: string; readonly title: string; readonly year?: number; readonly href: string; readonly checklist: string;
  readonly closes?: string;
  readonly status: string;
  /** the year's exact dates from today on, soonest first */
  readonly next: Array<{ date: string; what: string }>;
  readonly to: { readonly kommun?: OfferTo; readonly region?: OfferTo };
}
export interface OfferTo {
  /** codes, when the anvisning names its recipients */
  readonly named?: string[];
  readonly amounts?: Record<string, string>;
  readonly method?: 'published' | 'computed';
  /** what the key alone gives each recipient of the type (exact, or "minst …") */
  readonly keyAmount?: string;
  readonly key: string;
}

export function offerOf(spec: Anvisning, allocations: readonly Allocation[], ref: Reference, href: string, checklist: string, today: string): Offer | undefined {
  const types = (spec.recipients?.types ?? []).filter((t): t is 'kommun' | 'region' => t === 'kommun' || t === 'region');
  if (types.length === 0) return undefined;
  const to: { kommun?: OfferTo; region?: OfferTo } = {};
  for (const t of types) {
    const given = recipientsOf(spec, t, ref);
    const named = given.named ? given.recipients.map((r) => r.code) : [];
    const list = allocations.find((a) => a.to === t && a.year === spec.year);
    to[t] = {
      ...(named.length ? { named } : {}),
      ...(list ? { amounts: Object.fromEntries(list.rows.map((r) => [r.code, kronor(r.amount)])), method: list.method } : {}),
      ...(() => { const k = keyAmount(spec, t, ref); return k ? { keyAmount: `${k.complete ? '' : 'minst '}${kronor(k.sum.toString())}` } : {}; })(),
      key: keyText(spec, t),
    };
  }
  return {
    id: spec.id, title: spec.title, ...(spec.year !== undefined ? { year: spec.year } : {}), href, checklist,
    ...(typeof spec.requisition?.closes === 'string' ? { closes: spec.requisition.closes } : {}), to,
    status: statusOf(spec, today),
    next: eventsOf(spec).filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({ date: e.date, what: e.what })),
  };
}
