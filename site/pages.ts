import { createHash } from 'node:crypto';
import type { Anvisning, ReportingForm } from '../specs/schema/index.js';
import { itemText } from '../specs/schema/scalars.js';
import type { Reference } from '../specs/reference/index.js';
import { allocationView, offerOf, recipientHref, type Offer } from './allocations.js';
import { CHECKLIST_CSS_HASH, checklist, checklistCsv } from './checklists.js';
import { kronor } from './helpers/format.js';
import type { Grant } from './data.js';
import { icsCalendar, icsCalendarOf, icsEvents } from './ics.js';
import { eventsOf, grantPage, type Event } from './model.js';
import type { Render } from './render.js';
import { worksheet } from './worksheet.js';
import { formDoc, grantDoc, type SearchDoc } from './search.js';
import { statusOf, summaryOf, svDateLong, type Status } from './summary.js';
import { finderView } from './finder.js';
import { diffSpecs, type Change } from '../specs/diff/index.js';
import { describe as describeChange, reworded } from '../specs/diff/format.js';

// Grants → the files of the site and the checklists, as maps from path to content. Pure: loading
// is data.ts's, writing write.ts's, and build.ts runs them, in worker threads for large sites.

/** What the site-wide pages need from one grant: everything but its own files. */
export interface GrantSummary {
  readonly id: string;
  readonly pages: number;
  readonly events: Array<Event & { href: string }>;
  readonly index: SearchDoc[];
  readonly types: Array<[string, { href: string; title: string; year?: number }]>;
  readonly open: Array<{ href: string; title: string; closes: string }>;
  readonly changes?: Record<string, unknown>;
  /** what the grant offers kommuner and regioner, for their pages: the latest year, and earlier years with an allocation list */
  readonly offers: Offer[];
  /** the grant on the finder page: its latest year */
  readonly finder?: FinderEntry;
}

export interface FinderEntry {
  readonly id: string; readonly href: string; readonly title: string; readonly year?: number; readonly agency: string;
  readonly themes: string[]; readonly types: string[]; readonly status: Status;
  readonly opens?: string; readonly closes?: string; readonly next?: { date: string; what: string };
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

// what is open is said from stated dates only (site/summary.ts): no stated opening, not open
const isOpen = (s: Anvisning, today: string): boolean => statusOf(s, today) === 'open';

/** The economic summary every report asks for, as a form, for a year without the agency's own form. */
function economicForm(spec: Anvisning): ReportingForm {
  return {
    spec: 1, kind: 'reporting-form', id: spec.id, ...(spec.year !== undefined ? { year: spec.year } : {}), title: 'Ekonomisk sammanställning', source: spec.source, evidence: {},
    ...(spec.reporting?.due ? { due: spec.reporting.due } : {}),
    questions: [
      { number: 1, text: 'Ekonomisk sammanställning', type: 'group', fields: [
        { label: 'Mottaget statsbidrag', type: 'amount' }, { label: 'Använt statsbidrag', type: 'amount' },
        { label: 'Oanvänt statsbidrag', type: 'computed', formula: 'mottaget - använt' },
      ] },
      { number: 2, text: 'Andel oanvänt statsbidrag', type: 'computed', formula: 'oanvänt / mottaget' },
      { number: 3, text: 'Kostnader per användningsområde', type: 'table', total_row: true, entry_rows: 8, columns: [{ label: 'Användningsområde', type: 'text' }, { label: 'Belopp', type: 'amount' }] },
    ],
  };
}

const RANK: Readonly<Record<string, number>> = { action: 0, notice: 1, info: 2 };
/** How many of this year's changes are shown before the rest, behind a <details>. */
const NEWS_SHOWN = 5;

/** "Nytt i år": changes a recipient must act on first, then the rest; the top few shown, the others folded. */
/** "Nytt i år": the change report's records in its ranking, action items first. */
function newsOf(changes: readonly Change[]): { items: unknown[]; top: unknown[]; rest: unknown[]; count: number } {
  const ranked = changes.map((c, i) => ({ c, i, rank: RANK[c.importance] ?? 2 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ c, rank }) => {
      const words = reworded(c);
      return { ...(words ? { label: c.label, words } : { text: describeChange(c) }), importance: c.importance, ...(rank === 0 ? { action: true } : {}) };
    });
  const shown = Math.min(NEWS_SHOWN, Math.max(1, ranked.filter((x) => 'action' in x).length));
  return { items: ranked, top: ranked.slice(0, shown), rest: ranked.slice(shown), count: ranked.length };
}


const root = (path: string): string => '../'.repeat(path.split('/').length - 1);

type PageFn = (path: string, template: string, data: Record<string, unknown>) => void;

/**
 * Where a rendered file goes. `identity`, where given, is a short string that determines the
 * content (an incremental build hashes it instead of a large file's bytes).
 */
export type Emit = (path: string, content: string, identity?: string) => void;

/**
 * Whether a page need not be rendered: an incremental build answers true when the page's data and
 * template are those of the previous build and it has kept the previous page (site/build.ts).
 */
export type Reuse = (path: string, template: string, data: Record<string, unknown>) => boolean;

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
  const index: SearchDoc[] = [];
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
    const diff = previous ? diffSpecs(previous, spec).changes : [];
    const news = previous ? {
      since: previous.year ?? 'förra året',
      ...newsOf(diff),
    } : undefined;
    if (news && k === 0) changes = { id: g.id, href: path, title: spec.title, year: spec.year, ...news };
    const checklistBase = `checklista-${yearKey(spec)}`;
    const lists = g.allocations.filter((a) => a.year === spec.year);
    page(path, 'grant', {
      root: root(path), pageTitle: `${spec.title}${spec.year ? ` ${spec.year}` : ''}`, g: grantPage(spec),
      checklist: checklistBase, worksheet: form ? `${yearKey(form)}-aterrapportering.html` : `${yearKey(spec)}-arbetsblad.html`, ...(news ? { news } : {}),
      summary: summaryOf(spec, g.allocations, today, ref), ics: `${g.id}.ics`, scripts: ['assets/grant.js'],
      allocations: lists.map((a) => allocationView(a, ref, root(path))),
    });
    if (k === 0 || lists.length > 0) {
      const offer = offerOf(spec, g.allocations, ref, path, `${dir}/${checklistBase}`, today);
      if (offer) offers.push(offer);
    }
    // each recipient on a list gets its own checklist, which starts with its amount
    for (const a of lists) {
      a.rows.forEach((row, i) => {
        const sections = checklist(spec, { name: row.name, amount: kronor(row.amount), ...(a.evidence[`rows.${i}`] ? { quote: a.evidence[`rows.${i}`]!.quote } : {}) });
        const base = `${checklistBase}-${row.code}`;
        const data = { pageTitle: `Checklista för ${row.name}: ${spec.title}`, title: spec.title, agency: spec.agency, year: spec.year, recipient: row.name, sections, cssHash: CHECKLIST_CSS_HASH };
        page(`${dir}/${base}.html`, 'checklist', data);
        files.set(`site/${dir}/${base}.md`, render('checklists/checklist.md', data));
        files.set(`site/${dir}/${base}.csv`, checklistCsv(sections));
        for (const ext of ['md', 'csv', 'html']) copies.push([`checklists/${g.id}-${yearKey(spec)}-${row.code}.${ext}`, `site/${dir}/${base}.${ext}`]);
      });
    }
    if (!form) {
      // no återrapporteringsformulär for the year: a worksheet for the economic summary every report has
      const wsPath = `${dir}/${yearKey(spec)}-arbetsblad.html`;
      page(wsPath, 'worksheet', { root: root(wsPath), pageTitle: `Arbetsblad ${spec.year ?? ''}: ${spec.title}`, f: worksheet(economicForm(spec), spec.title), generic: true, grantHref: `${yearKey(spec)}.html`, scripts: ['assets/decimal.js', 'assets/worksheet.js'] });
    }
    const sections = checklist(spec);
    const data = { pageTitle: `Checklista: ${spec.title}`, title: spec.title, agency: spec.agency, year: spec.year, sections, cssHash: CHECKLIST_CSS_HASH };
    page(`${dir}/${checklistBase}.html`, 'checklist', data);
    files.set(`site/${dir}/${checklistBase}.md`, render('checklists/checklist.md', data));
    files.set(`site/${dir}/${checklistBase}.csv`, checklistCsv(sections));
    for (const ext of ['md', 'csv', 'html']) copies.push([`checklists/${g.id}-${yearKey(spec)}.${ext}`, `site/${dir}/${checklistBase}.${ext}`]);
    for (const e of eventsOf(spec, today)) events.push({ ...e, href: path });
    index.push(grantDoc(spec, g.allocations, path));
    for (const t of spec.recipients?.types ?? ['other']) types.push([t, { href: path, title: spec.title, ...(spec.year !== undefined ? { year: spec.year } : {}) }]);
  });
  for (const form of g.forms) {
    const path = `${dir}/${yearKey(form)}-aterrapportering.html`;
    page(path, 'worksheet', { root: root(path), pageTitle: `Återrapportering ${form.year ?? ''}: ${title}`, f: worksheet(form, title), scripts: ['assets/decimal.js', 'assets/worksheet.js'] });
    for (const e of eventsOf(form, today)) events.push({ ...e, href: path, ...(latest?.recipients?.types ? { types: latest.recipients.types } : {}) });
    index.push(formDoc(form, title, path));
  }
  const historyPath = `${dir}/index.html`;
  page(historyPath, 'history', {
    root: root(historyPath), pageTitle: title, title,
    years: g.years.map((s) => ({ href: `${yearKey(s)}.html`, year: s.year ?? 'utan år', title: s.title, ...(typeof s.requisition?.closes === 'string' ? { closes: s.requisition.closes } : {}) })),
    forms: g.forms.map((f) => ({ href: `${yearKey(f)}-aterrapportering.html`, year: f.year ?? '' })),
    ics: `${g.id}.ics`,
  });
  files.set(`site/${dir}/${g.id}.ics`, icsCalendar(title, events));
  const open = g.years.filter((s) => isOpen(s, today)).map((s) => ({ href: `grants/${g.id}/${yearKey(s)}.html`, title: s.title, closes: s.requisition!.closes as string }));
  const finder: FinderEntry | undefined = latest ? {
    id: g.id, href: `${dir}/${yearKey(latest)}.html`, title: latest.title, ...(latest.year !== undefined ? { year: latest.year } : {}),
    agency: latest.agency ?? 'Myndighet anges inte', themes: [...latest.themes ?? []], types: [...latest.recipients?.types ?? []], status: statusOf(latest, today),
    ...(typeof latest.requisition?.opens === 'string' ? { opens: latest.requisition.opens } : {}),
    ...(typeof latest.requisition?.closes === 'string' ? { closes: latest.requisition.closes } : {}),
    ...(() => { const n = events.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0]; return n ? { next: { date: n.date, what: n.what } } : {}; })(),
  } : undefined;
  return { files, copies, summary: { id: g.id, pages: pages(), events, index, types, open, ...(changes ? { changes } : {}), offers, ...(finder ? { finder } : {}) } };
}

/**
 * The pages over all grants (start, calendar, changes, search, accessibility, the recipients') from
 * the grants' summaries, in grant id order, each handed to `emit` as soon as it is made (311
 * recipient pages listing hundreds of grants each would otherwise sit in memory together).
 */
export function renderSiteWide(grants: readonly GrantSummary[], render: Render, today: string, ref: Reference, emit: Emit, reuse?: Reuse): { pages: number } {
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
  put('site/kommuner.ics', icsCalendar('Statsbidrag för kommuner', events.filter((e) => e.types?.includes('kommun'))));
  put('site/regioner.ics', icsCalendar('Statsbidrag för regioner', events.filter((e) => e.types?.includes('region'))));
  page('tillganglighet.html', 'accessibility', { root: '', pageTitle: 'Tillgänglighetsredogörelse', nav: 'tillganglighet', today });
  page('redaktorer.html', 'editors', { root: '', pageTitle: 'För redaktörer', nav: 'redaktorer' });
  const recipientDocs = recipientPages(grants.flatMap((g) => g.offers), events, ref, page, put);
  page('hitta.html', 'finder', { root: '', pageTitle: 'Hitta statsbidrag', nav: 'hitta', finder: finderView(grants.flatMap((g) => (g.finder ? [g.finder] : [])), today), scripts: ['assets/finder.js'] });
  const docs: SearchDoc[] = [
    ...grants.flatMap((g) => g.index),
    { href: 'hitta.html', title: 'Hitta statsbidrag', kind: 'Sida', body: 'Alla statsbidrag efter mottagare, myndighet, område och status, med sista dag att rekvirera.' },
    { href: 'kalender.html', title: 'Kalender', kind: 'Sida', body: 'Alla exakta datum: rekvisition öppnar, sista dag att rekvirera, sista dag för kostnader, återrapportering. Kalenderfiler för kommuner och regioner.' },
    { href: 'forandringar.html', title: 'Förändringar', kind: 'Sida', body: 'Vad som har ändrats i varje statsbidrag från ett år till nästa.' },
    { href: 'tillganglighet.html', title: 'Tillgänglighetsredogörelse', kind: 'Sida', body: 'Tillgänglighet, WCAG 2.1 AA, kända brister, anmäl brister till DIGG.' },
    ...recipientDocs,
  ];
  page('sok.html', 'search', { root: '', pageTitle: 'Sök', nav: 'sok', docs, scripts: ['assets/minisearch.js', 'assets/stemmer-sv.js', 'assets/search-index.js', 'assets/search.js'] });
  put('site/assets/search-index.js', `window.GRANTSPEC_DOCS = ${JSON.stringify(docs)};\n`);
  return { pages: pages() };
}

/**
 * "Vad kan vi rekvirera?": an index of the 21 regioner and 290 kommuner, and for each "Era
 * statsbidrag": every grant it may requisition (named recipients honoured), its amount where a
 * list or the key gives one, the next dates, and its own calendar (only its grants) and change feed.
 */
function recipientPages(offers: readonly Offer[], events: ReadonlyArray<Event & { href: string }>, ref: Reference, page: PageFn, put: Emit): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const link = (r: { code: string; name: string }): { href: string; name: string } => ({ href: `${r.code}.html`, name: r.name });
  page('mottagare/index.html', 'recipients', {
    root: '../', pageTitle: 'Vad kan vi rekvirera?', nav: 'mottagare',
    regioner: ref.regioner.map(link),
    lan: ref.regioner.map((r) => ({ id: `lan-${r.code}`, name: ref.lanNames.get(r.code) ?? r.name, kommuner: ref.kommuner.filter((k) => k.lan === r.code).map(link).sort((a, b) => a.name.localeCompare(b.name, 'sv')) })),
  });
  const eventsOf = new Map<string, Array<Event & { href: string }>>();
  for (const e of events) eventsOf.set(e.href, [...eventsOf.get(e.href) ?? [], e]);
  const blocks = new Map<string, { text: string; hash: string }>();
  for (const r of [...ref.regioner, ...ref.kommuner]) {
    const mine = offers.filter((o) => { const to = o.to[r.type]; return to && (!to.named || to.named.includes(r.code)); });
    const grants = mine.map((o) => {
      const to = o.to[r.type]!;
      const listed = to.amounts?.[r.code];
      const amount = listed ?? to.keyAmount;
      return {
        // the year after the title, unless the title says it already
        title: o.title, year: o.year, ...(o.year !== undefined && !o.title.includes(String(o.year)) ? { yearLabel: o.year } : {}), href: `../${o.href}`,
        status: o.status, ...(o.next[0] ? { next: `${o.next[0].what}: ${svDateLong(o.next[0].date)}`, nextDate: o.next[0].date } : {}),
        ...(amount ? { amount, method: listed ? (to.method === 'computed' ? 'beräknat ur fördelningsnyckeln' : 'enligt fördelningslistan') : `beräknat ur fördelningsnyckeln: ${to.key}` } : { key: to.key }),
        checklist: `../${o.checklist}${listed ? `-${r.code}` : ''}.html`,
      };
    }).sort((a, b) => (a.nextDate ?? '9999').localeCompare(b.nextDate ?? '9999') || a.title.localeCompare(b.title, 'sv') || (b.year ?? 0) - (a.year ?? 0));
    const region = r.type === 'kommun' ? ref.byCode.get(r.lan) : undefined;
    page(recipientHref(r.code), 'recipient', {
      root: '../', pageTitle: `Era statsbidrag: ${r.name}`, nav: 'mottagare', name: r.name, code: r.code,
      kind: r.type === 'kommun' ? 'Kommun' : 'Region', lan: ref.lanNames.get(r.lan), ...(region ? { region: link(region) } : {}), grants,
      ics: `${r.code}.ics`, atom: `${r.code}.atom`,
    });
    // most kommuner (and regioner) can requisition the same grants: their events are written once
    const key = mine.map((o) => o.href).join('\n');
    let block = blocks.get(key);
    if (block === undefined) {
      const text = icsEvents(mine.flatMap((o) => eventsOf.get(o.href) ?? []));
      blocks.set(key, block = { text, hash: createHash('sha256').update(text).digest('hex') });
    }
    const name = `Statsbidrag för ${r.name}`;
    put(`site/mottagare/${r.code}.ics`, icsCalendarOf(name, block.text), `ics\0${name}\0${block.hash}`);
    docs.push({ href: recipientHref(r.code), title: `Era statsbidrag: ${r.name}`, kind: r.type === 'kommun' ? 'Kommun' : 'Region', body: [r.name, ref.lanNames.get(r.lan) ?? '', ...grants.map((x) => x.title)].join(' · ') });
  }
  return docs;
}
