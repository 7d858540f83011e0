import type { Anvisning } from '../specs/schema/index.js';
import { itemText } from '../specs/schema/scalars.js';
import type { Reference } from '../specs/reference/index.js';
import { allocationView, offerOf, recipientHref, type Offer } from './allocations.js';
import { checklist, checklistCsv } from './checklists.js';
import { kronor } from './helpers/format.js';
import type { Grant } from './data.js';
import { icsCalendar } from './ics.js';
import { eventsOf, grantPage, type Event } from './model.js';
import type { Render } from './render.js';
import { worksheet } from './worksheet.js';
import { diffSpecs } from '../specs/diff/index.js';
import { describe as describeChange, label as changeLabel } from '../specs/diff/format.js';

// Grants → the files of the site and the checklists, as maps from path to content. Pure: loading
// is data.ts's, writing write.ts's, and build.ts runs them, in worker threads for large sites.

/** What the site-wide pages need from one grant: everything but its own files. */
export interface GrantSummary {
  readonly id: string;
  readonly pages: number;
  readonly events: Array<Event & { href: string }>;
  readonly index: Array<Record<string, string>>;
  readonly types: Array<[string, { href: string; title: string; year?: number }]>;
  readonly open: Array<{ href: string; title: string; closes: string }>;
  readonly changes?: Record<string, unknown>;
  /** what the grant offers kommuner and regioner, for their pages: the latest year, and earlier years with an allocation list */
  readonly offers: Offer[];
}

export interface GrantOutput {
  readonly files: Map<string, string>;
  /** [path, same content as path]: written once, linked (checklists/ repeats the site's checklists) */
  readonly copies: Array<[string, string]>;
  readonly summary: GrantSummary;
}

const TYPE_LABEL: Readonly<Record<string, string>> = { region: 'Regioner', kommun: 'Kommuner', organisation: 'Organisationer' };

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const yearKey = (s: { year?: number }): string => String(s.year ?? 'utan-ar');

function isOpen(s: Anvisning, today: string): boolean {
  const { opens, closes } = s.requisition ?? {};
  if (typeof closes !== 'string' || closes < today) return false;
  return typeof opens !== 'string' || opens <= today;
}

function searchEntry(s: Anvisning, href: string): Record<string, string> {
  const items = (xs: readonly unknown[] | undefined): string => (xs ?? []).map(itemText).join(' · ');
  return { title: `${s.title}${s.year ? ` (${s.year})` : ''}`, href, text: [s.purpose ?? '', items(s.permitted_uses), items(s.excluded_uses), items(s.conditions), items(s.evidence_documents)].join(' · ') };
}

const root = (path: string): string => '../'.repeat(path.split('/').length - 1);

type PageFn = (path: string, template: string, data: Record<string, unknown>) => void;

export type Emit = (path: string, content: string) => void;

/**
 * Whether a page need not be rendered: an incremental build answers true when the page's data and
 * template are those of the previous build and it has kept the previous page (site/build.ts).
 */
export type Reuse = (path: string, template: string, data: Record<string, unknown>) => boolean;
/** The number of pages under `prefix` kept as they were, when what they are made from (`data`) is unchanged; else undefined. */
export type ReuseSection = (prefix: string, data: unknown) => number | undefined;

/** Where rendered files go — kept by path, or handed to `emit` at once — and how many HTML pages there were. */
function pageSink(render: Render, emit?: Emit, reuse?: Reuse): { files: Map<string, string>; put: Emit; page: PageFn; pages: () => number } {
  const files = new Map<string, string>();
  const put: Emit = emit ?? ((path, content) => { files.set(path, content); });
  let pages = 0;
  return {
    files, put,
    page: (path, template, data) => {
      if (!reuse?.(`site/${path}`, template, data)) put(`site/${path}`, render(`pages/${template}`, data));
      pages++;
    },
    pages: () => pages,
  };
}

/** One grant's year pages, checklists, worksheets, history page and feed. */
export function renderGrant(g: Grant, render: Render, today: string, ref: Reference): GrantOutput {
  const { files, page, pages } = pageSink(render);
  const copies: Array<[string, string]> = [];
  const events: Array<Event & { href: string }> = [];
  const index: Array<Record<string, string>> = [];
  const types: GrantSummary['types'] = [];
  let changes: Record<string, unknown> | undefined;
  const offers: Offer[] = [];
  const dir = `grants/${g.id}`;
  const latest = g.years[0];
  const title = latest?.title ?? g.forms[0]?.title ?? g.id;
  g.years.forEach((spec, k) => {
    const path = `${dir}/${yearKey(spec)}.html`;
    const form = g.forms.find((f) => f.year === spec.year);
    const previous = g.years[k + 1];
    const news = previous ? {
      since: previous.year ?? 'förra året',
      items: diffSpecs(previous, spec).map((c) => (c.words ? { label: changeLabel(c.path), words: c.words } : { text: describeChange(c) })),
    } : undefined;
    if (news && k === 0) changes = { id: g.id, href: path, title: spec.title, year: spec.year, ...news };
    const checklistBase = `checklista-${yearKey(spec)}`;
    const lists = g.allocations.filter((a) => a.year === spec.year);
    page(path, 'grant', {
      root: root(path), pageTitle: `${spec.title}${spec.year ? ` ${spec.year}` : ''}`, g: grantPage(spec),
      checklist: checklistBase, ...(form ? { worksheet: `${yearKey(form)}-aterrapportering.html` } : {}), ...(news ? { news } : {}),
      allocations: lists.map((a) => allocationView(a, ref, root(path))),
    });
    if (k === 0 || lists.length > 0) {
      const offer = offerOf(spec, g.allocations, ref, path, `${dir}/${checklistBase}`);
      if (offer) offers.push(offer);
    }
    // each recipient on a list gets its own checklist, which starts with its amount
    for (const a of lists) {
      a.rows.forEach((row, i) => {
        const sections = checklist(spec, { name: row.name, amount: kronor(row.amount), ...(a.evidence[`rows.${i}`] ? { quote: a.evidence[`rows.${i}`]!.quote } : {}) });
        const base = `${checklistBase}-${row.code}`;
        const data = { root: root(`${dir}/x.html`), pageTitle: `Checklista för ${row.name}: ${spec.title}`, title: spec.title, year: spec.year, recipient: row.name, sections, source: spec.source.path, grantHref: `${yearKey(spec)}.html` };
        page(`${dir}/${base}.html`, 'checklist', data);
        files.set(`site/${dir}/${base}.md`, render('checklists/checklist.md', data));
        files.set(`site/${dir}/${base}.csv`, checklistCsv(sections));
        for (const ext of ['md', 'csv', 'html']) copies.push([`checklists/${g.id}-${yearKey(spec)}-${row.code}.${ext}`, `site/${dir}/${base}.${ext}`]);
      });
    }
    const sections = checklist(spec);
    const data = { root: root(`${dir}/x.html`), pageTitle: `Checklista: ${spec.title}`, title: spec.title, year: spec.year, sections, source: spec.source.path, grantHref: `${yearKey(spec)}.html` };
    page(`${dir}/${checklistBase}.html`, 'checklist', data);
    files.set(`site/${dir}/${checklistBase}.md`, render('checklists/checklist.md', data));
    files.set(`site/${dir}/${checklistBase}.csv`, checklistCsv(sections));
    for (const ext of ['md', 'csv', 'html']) copies.push([`checklists/${g.id}-${yearKey(spec)}.${ext}`, `site/${dir}/${checklistBase}.${ext}`]);
    for (const e of eventsOf(spec)) events.push({ ...e, href: path });
    index.push(searchEntry(spec, path));
    for (const t of spec.recipients?.types ?? ['other']) types.push([t, { href: path, title: spec.title, ...(spec.year !== undefined ? { year: spec.year } : {}) }]);
  });
  for (const form of g.forms) {
    const path = `${dir}/${yearKey(form)}-aterrapportering.html`;
    page(path, 'worksheet', { root: root(path), pageTitle: `Återrapportering ${form.year ?? ''}: ${title}`, f: worksheet(form, title), scripts: ['assets/worksheet.js'] });
    for (const e of eventsOf(form)) events.push({ ...e, href: path });
  }
  const historyPath = `${dir}/index.html`;
  page(historyPath, 'history', {
    root: root(historyPath), pageTitle: title, title,
    years: g.years.map((s) => ({ href: `${yearKey(s)}.html`, year: s.year ?? 'utan år', title: s.title, ...(typeof s.requisition?.closes === 'string' ? { closes: s.requisition.closes } : {}) })),
    forms: g.forms.map((f) => ({ href: `${yearKey(f)}-aterrapportering.html`, year: f.year ?? '' })),
    ics: `${g.id}.ics`,
  });
  files.set(`site/${dir}/${g.id}.ics`, icsCalendar(title, [...g.years, ...g.forms].flatMap(eventsOf)));
  const open = g.years.filter((s) => isOpen(s, today)).map((s) => ({ href: `grants/${g.id}/${yearKey(s)}.html`, title: s.title, closes: s.requisition!.closes as string }));
  return { files, copies, summary: { id: g.id, pages: pages(), events, index, types, open, ...(changes ? { changes } : {}), offers } };
}

/**
 * The pages over all grants (start, calendar, changes, search, accessibility, the recipients') from
 * the grants' summaries, in grant id order, each handed to `emit` as soon as it is made (311
 * recipient pages listing hundreds of grants each would otherwise sit in memory together).
 */
export function renderSiteWide(grants: readonly GrantSummary[], render: Render, today: string, ref: Reference, emit: Emit, reuse?: Reuse, reuseSection?: ReuseSection): { pages: number } {
  const { put, page, pages } = pageSink(render, emit, reuse);
  const events = grants.flatMap((g) => g.events);
  events.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.kind.localeCompare(b.kind));
  const byType = new Map<string, Array<{ href: string; title: string; year?: number }>>();
  for (const [t, entry] of grants.flatMap((g) => g.types)) byType.set(t, [...byType.get(t) ?? [], entry]);
  const horizon = addDays(today, 90);
  const groups = [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, list]) => ({
    label: TYPE_LABEL[t] ?? 'Andra mottagare',
    grants: list.sort((a, b) => a.title.localeCompare(b.title, 'sv') || (b.year ?? 0) - (a.year ?? 0)),
  }));
  page('index.html', 'start', {
    root: '', pageTitle: 'Start', nav: 'start', today, open: grants.flatMap((g) => g.open),
    upcoming: events.filter((e) => e.date >= today && e.date <= horizon), groups,
  });
  page('forandringar.html', 'changes', { root: '', pageTitle: 'Förändringar', nav: 'forandringar', grants: grants.flatMap((g) => (g.changes ? [g.changes] : [])) });
  page('kalender.html', 'calendar', { root: '', pageTitle: 'Kalender', nav: 'kalender', events });
  put('site/kalender.ics', icsCalendar('Statsbidrag: alla datum', events));
  page('sok.html', 'search', { root: '', pageTitle: 'Sök', nav: 'sok', scripts: ['assets/search-index.js', 'assets/search.js'] });
  page('tillganglighet.html', 'accessibility', { root: '', pageTitle: 'Tillgänglighetsredogörelse', nav: 'tillganglighet', today });
  page('redaktorer.html', 'editors', { root: '', pageTitle: 'För redaktörer', nav: 'redaktorer' });
  // the recipients' pages are made from the offers alone (and the reference data, part of the program)
  const offers = grants.flatMap((g) => g.offers);
  const kept = reuseSection?.('site/mottagare/', offers);
  if (kept === undefined) recipientPages(offers, ref, page);
  put('site/assets/search-index.js', `window.GRANTSPEC_INDEX = ${JSON.stringify(grants.flatMap((g) => g.index))};\n`);
  return { pages: pages() + (kept ?? 0) };
}

/** "Vad kan vi rekvirera?": an index of the 21 regioner and 290 kommuner, and a page for each listing every grant it can requisition. */
function recipientPages(offers: readonly Offer[], ref: Reference, page: PageFn): void {
  const link = (r: { code: string; name: string }): { href: string; name: string } => ({ href: `${r.code}.html`, name: r.name });
  page('mottagare/index.html', 'recipients', {
    root: '../', pageTitle: 'Vad kan vi rekvirera?', nav: 'mottagare',
    regioner: ref.regioner.map(link),
    lan: ref.regioner.map((r) => ({ id: `lan-${r.code}`, name: ref.lanNames.get(r.code) ?? r.name, kommuner: ref.kommuner.filter((k) => k.lan === r.code).map(link).sort((a, b) => a.name.localeCompare(b.name, 'sv')) })),
  });
  for (const r of [...ref.regioner, ...ref.kommuner]) {
    const grants = offers.flatMap((o) => {
      const to = o.to[r.type];
      if (!to || (to.named && !to.named.includes(r.code))) return [];
      const amount = to.amounts?.[r.code];
      return [{
        // the year after the title, unless the title says it already
        title: o.title, year: o.year, ...(o.year !== undefined && !o.title.includes(String(o.year)) ? { yearLabel: o.year } : {}), href: `../${o.href}`, ...(o.closes ? { closes: o.closes } : {}),
        ...(amount ? { amount, method: to.method === 'computed' ? 'beräknat ur fördelningsnyckeln' : 'enligt fördelningslistan' } : { key: to.key }),
        checklist: `../${o.checklist}${amount ? `-${r.code}` : ''}.html`,
      }];
    }).sort((a, b) => a.title.localeCompare(b.title, 'sv') || (b.year ?? 0) - (a.year ?? 0));
    const region = r.type === 'kommun' ? ref.byCode.get(r.lan) : undefined;
    page(recipientHref(r.code), 'recipient', {
      root: '../', pageTitle: `Vad kan ${r.name} rekvirera?`, nav: 'mottagare', name: r.name, code: r.code,
      kind: r.type === 'kommun' ? 'Kommun' : 'Region', lan: ref.lanNames.get(r.lan), ...(region ? { region: link(region) } : {}), grants,
    });
  }
}
