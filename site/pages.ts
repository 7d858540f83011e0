import { createHash } from 'node:crypto';
import type { Anvisning, ReportingForm } from '../specs/schema/index.js';
import type { Recipient, Reference } from '../specs/reference/index.js';
import { allocationView, offerOf, recipientHref, type Offer } from './allocations.js';
import { CHECKLIST_CSS_HASH, checklist, checklistCsv } from './checklists.js';
import { kronor, svCompare } from './helpers/format.js';
import type { Grant, YearReport } from './data.js';
import { ICS_END, icsCalendar, icsEvent, icsEventsOf, icsHead, reuseIcsEvent } from './ics.js';
import { eventsOf, grantPage, type Event } from './model.js';
import { escapeHtml, HOLE, HOLE_MARK, type Render } from './render.js';
import { worksheet } from './worksheet.js';
import { formDoc, grantDoc, type SearchDoc } from './search.js';
import { statusOf, summaryOf, svDateLong, type Status } from './summary.js';
import { finderView } from './finder.js';
import type { Change } from '../specs/diff/index.js';
import { describe as describeChange, reworded } from '../specs/diff/format.js';
import { wordDiff, type WordPart } from '../specs/diff/lists.js';
import { TEXT_KIND, yearReports } from './data.js';

// Grants → the files of the site and the checklists, as maps from path to content. Pure: loading
// is data.ts's, writing write.ts's, and build.ts runs them, in worker threads for large sites.

/** What the site-wide pages need from one grant: everything but its own files. */
export interface GrantSummary {
  readonly id: string;
  readonly pages: number;
  readonly events: Array<Event & { href: string }>;
  /** each event's VEVENT text (ics.ts icsEvent), in the order of `events`: the calendars' bytes, made once */
  readonly ics: string[];
  readonly index: SearchDoc[];
  readonly types: Array<[string, { href: string; title: string; year?: number }]>;
  readonly open: Array<{ href: string; title: string; closes: string }>;
  readonly changes?: Record<string, unknown>;
  /** what the grant offers kommuner and regioner, for their pages: the latest year, and earlier years with an allocation list */
  readonly offers: Offer[];
  /** the grant on the finder page: its latest year */
  readonly finder?: FinderEntry;
  /** digests of the parts above, made when the grant is rendered: what an incremental build compares */
  readonly keys: SummaryKeys;
}

/**
 * A digest of each part of a grant's summary the site-wide pages read (one per offer, since a
 * recipient's page reads only the offers made to it). A site-wide page's key is the digests of
 * the parts it reads, so a rebuild decides whether the page changed without making its data.
 */
export interface SummaryKeys {
  /** the recipient types any of the grant's events is for, sorted and joined with "," (which type calendars list them) */
  readonly eventTypes: string;
  readonly events: string; readonly index: string; readonly types: string; readonly open: string;
  readonly changes: string; readonly finder: string; readonly offers: string[];
  /**
   * per offer, a digest of what the recipients' search documents read of it: the title, and what
   * places it on a recipient's list (its recipients, year and next date) — not the amounts
   */
  readonly listed: string[];
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
  /** each year's change report against the year before, as "Nytt i år" shows it: the feeds are made from these */
  readonly reports: YearReport[];
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

/** The records in the report's ranking, action items first, the report's order kept within a rank. */
const ranked = (changes: readonly Change[]): Change[] => changes.map((c, i) => ({ c, i, rank: RANK[c.importance] ?? 2 }))
  .sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ c }) => c);

/**
 * A change the text-level pass found (specs/diff/text.ts: a rule sentence of the texts the specs
 * lack): its label ("Villkor (ur texten)"), what happened to the sentence, and the sentence of
 * each year with its line, a changed one's words removed and added marked.
 */
function textItem(c: Change): Data {
  const parts = c.kind === 'changed' && c.evidence.old && c.evidence.new ? wordDiff(c.evidence.old.quote, c.evidence.new.quote) : undefined;
  const side = (q: Change['evidence']['old'], op: WordPart['op']): Data | undefined => q && {
    line: q.line,
    words: parts ? parts.filter((w) => w.op === '=' || w.op === op) : [{ op: '=', text: q.quote }],
  };
  const old = side(c.evidence.old, '-');
  const now = side(c.evidence.new, '+');
  return { label: c.label, kind: TEXT_KIND[c.kind], importance: c.importance, ...(c.importance === 'action' ? { action: true } : {}), ...(old ? { old } : {}), ...(now ? { new: now } : {}) };
}

/**
 * "Nytt i år": the change report's records between the specs in its ranking, action items first,
 * the top few shown and the others folded; then, apart, the changes found in the two years' texts
 * (`from: 'text'`) with both sentences, in the same ranking.
 */
function newsOf(changes: readonly Change[]): { items: unknown[]; top: unknown[]; rest: unknown[]; text: unknown[]; count: number } {
  const items = ranked(changes.filter((c) => c.from !== 'text')).map((c) => {
    const words = reworded(c);
    return { ...(words ? { label: c.label, words } : { text: describeChange(c) }), importance: c.importance, ...(c.importance === 'action' ? { action: true } : {}) };
  });
  const text = ranked(changes.filter((c) => c.from === 'text')).map(textItem);
  const shown = Math.min(NEWS_SHOWN, Math.max(1, items.filter((x) => 'action' in x).length));
  return { items, top: items.slice(0, shown), rest: items.slice(shown), text, count: items.length + text.length };
}


const root = (path: string): string => '../'.repeat(path.split('/').length - 1);

type Data = Record<string, unknown>;
/**
 * A page: its data, or a function making it (called only when the page is rendered), and its key
 * (a string that determines the data, given the build's templates, options and program).
 */
type PageFn = (path: string, template: string, data: Data | (() => Data), key?: string) => void;

/** A file's bytes: text, or pieces written one after another (a large shared part encoded once). */
export type Bytes = string | ReadonlyArray<string | Uint8Array>;

/**
 * Where a rendered file goes. `key`, where given, is a string that determines the content (given
 * the build's templates, options and program): an incremental build compares it with the previous
 * build's, keeps the previous file when they are the same and it is intact (site/build.ts), and
 * only otherwise makes the content (calls `content`). `assembled`: the content is pieces made once
 * and shared by many files (the recipients' pages and calendars), cheaper to make and compare with
 * an old copy of the file than that copy is to hash (see site/build.ts).
 */
export type Emit = (path: string, content: Bytes | (() => Bytes), key?: string, assembled?: boolean) => void;

const made = <T>(x: T | (() => T)): T => (typeof x === 'function' ? (x as () => T)() : x);

/**
 * A page whose list rows are made apart (the same rows' bytes serve many pages): `data` lists the
 * hole row (render.ts HOLE) where the rows go, and `rows` makes their bytes.
 */
type SplicedFn = (path: string, template: string, data: () => Data, rows: () => Bytes, key: string) => void;

/** A page rendered around the hole row, with the rows' bytes where its mark is. */
function splice(html: string, rows: Bytes): Bytes {
  const at = html.indexOf(HOLE_MARK);
  if (at < 0 || html.includes(HOLE_MARK, at + 1)) throw new Error('a spliced page must render its hole row exactly once (inside {{#memo}})');
  return [html.slice(0, at), ...(typeof rows === 'string' ? [rows] : rows), html.slice(at + HOLE_MARK.length)];
}

/** Where rendered files go — kept by path, or handed to `emit` at once — and how many HTML pages there were. */
function pageSink(render: Render, emit?: Emit, framed: Render = render): { files: Map<string, string>; put: Emit; page: PageFn; spliced: SplicedFn; pages: () => number } {
  const files = new Map<string, string>();
  const put: Emit = emit ?? ((path, content) => { const c = made(content); files.set(path, typeof c === 'string' ? c : Buffer.concat(c.map((x) => (typeof x === 'string' ? Buffer.from(x) : x))).toString('utf8')); });
  let pages = 0;
  return {
    files, put,
    page: (path, template, data, key) => {
      pages++;
      put(`site/${path}`, () => render(`pages/${template}`, made(data)), key === undefined ? undefined : `${template}\0${key}`);
    },
    spliced: (path, template, data, rows, key) => {
      pages++;
      put(`site/${path}`, () => splice(framed(`pages/${template}`, data()), rows()), `${template}\0${key}`, true);
    },
    pages: () => pages,
  };
}

// a cache key, not a signature
const digest = (v: unknown): string => createHash('md5').update(JSON.stringify(v) ?? '').digest('hex');

/** The digest of each part of a summary (see SummaryKeys). */
function keysOf(s: Omit<GrantSummary, 'keys' | 'ics'>): SummaryKeys {
  return {
    eventTypes: [...new Set(s.events.flatMap((e) => e.types ?? []))].sort().join(','),
    events: digest(s.events), index: digest(s.index), types: digest(s.types), open: digest(s.open),
    changes: digest(s.changes ?? null), finder: digest(s.finder ?? null), offers: s.offers.map(digest),
    listed: s.offers.map((o) => digest([o.title, o.year ?? null, o.next[0]?.date ?? null, o.to.kommun?.named ?? !!o.to.kommun, o.to.region?.named ?? !!o.to.region])),
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
  const reports = yearReports(g);
  g.years.forEach((spec, k) => {
    const path = `${dir}/${yearKey(spec)}.html`;
    const form = g.forms.find((f) => f.year === spec.year);
    const previous = g.years[k + 1];
    const diff = previous ? reports[k]!.report.changes : [];
    const news = previous ? {
      since: previous.year ?? 'förra året', to: spec.year ?? 'i år',
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
  const summary = { id: g.id, pages: pages(), events, index, types, open, ...(changes ? { changes } : {}), offers, ...(finder ? { finder } : {}) };
  // (the grant's calendar above wrote each event's text: these are looked up, not made again)
  return { files, copies, summary: { ...summary, ics: events.map(icsEvent), keys: keysOf(summary) }, reports };
}

/** A value made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: make() }).value;
}

/**
 * The pages over all grants (start, calendar, changes, search, accessibility, the recipients') from
 * the grants' summaries, in grant id order, each handed to `emit` as soon as it is made (311
 * recipient pages listing hundreds of grants each would otherwise sit in memory together). Each
 * page's key is the digests of the summary parts it reads (the parts' order included): an `emit`
 * that keeps a page whose key is the previous build's spares making the page, and its data.
 */
export function renderSiteWide(grants: readonly GrantSummary[], render: Render, today: string, ref: Reference, emit: Emit, fragments: Render = render): { pages: number } {
  const { put, page, spliced, pages } = pageSink(render, emit, fragments);
  const keyOf = (part: Exclude<keyof SummaryKeys, 'offers'>): string => grants.map((g) => g.keys[part]).join(',');
  const events = once(() => grants.flatMap((g) => g.events)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.kind.localeCompare(b.kind)));
  const horizon = addDays(today, 90);
  page('index.html', 'start', () => {
    const byType = new Map<string, Array<{ href: string; title: string; year?: number }>>();
    // pushed, not copied: a copy per entry made the start page quadratic in the number of grants
    for (const [t, entry] of grants.flatMap((g) => g.types)) {
      const list = byType.get(t);
      if (list) list.push(entry); else byType.set(t, [entry]);
    }
    const groups = [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, list]) => ({
      label: TYPE_LABEL[t] ?? 'Andra mottagare',
      grants: list.sort((a, b) => svCompare(a.title, b.title) || (b.year ?? 0) - (a.year ?? 0)),
    }));
    return {
      root: '', pageTitle: 'Start', nav: 'start', today, open: grants.flatMap((g) => g.open),
      upcoming: events().filter((e) => e.date >= today && e.date <= horizon), groups,
    };
  }, `${keyOf('open')}|${keyOf('events')}|${keyOf('types')}`);
  page('forandringar.html', 'changes', () => ({ root: '', pageTitle: 'Förändringar', nav: 'forandringar', grants: grants.flatMap((g) => (g.changes ? [g.changes] : [])) }), keyOf('changes'));
  page('kalender.html', 'calendar', () => ({ root: '', pageTitle: 'Kalender', nav: 'kalender', events: events() }), keyOf('events'));
  // every calendar's events in the order of one sort of all of them (as icsCalendar sorts them)
  const icsOf = once(() => {
    for (const g of grants) g.events.forEach((e, i) => reuseIcsEvent(e, g.ics[i]!));
    return icsEventsOf(events());
  });
  put('site/kalender.ics', () => [icsHead('Statsbidrag: alla datum'), icsOf()(events()), ICS_END], `ics\0${keyOf('events')}`);
  // a recipient type's feed changes only with the events of the grants for that type (the key of
  // the others' events is left out: a kommun grant's edit keeps the regions' feed)
  const typeKey = (type: string): string => grants.map((g) => (g.keys.eventTypes.split(',').includes(type) ? g.keys.events : '')).join(',');
  put('site/kommuner.ics', () => [icsHead('Statsbidrag för kommuner'), icsOf()(events().filter((e) => e.types?.includes('kommun'))), ICS_END], `ics\0${typeKey('kommun')}`);
  put('site/regioner.ics', () => [icsHead('Statsbidrag för regioner'), icsOf()(events().filter((e) => e.types?.includes('region'))), ICS_END], `ics\0${typeKey('region')}`);
  page('tillganglighet.html', 'accessibility', { root: '', pageTitle: 'Tillgänglighetsredogörelse', nav: 'tillganglighet', today }, '');
  page('redaktorer.html', 'editors', { root: '', pageTitle: 'För redaktörer', nav: 'redaktorer' }, '');
  const recipientDocs = recipientPages(grants, events, icsOf, ref, fragments, page, spliced, put);
  page('hitta.html', 'finder', () => ({ root: '', pageTitle: 'Hitta statsbidrag', nav: 'hitta', finder: finderView(grants.flatMap((g) => (g.finder ? [g.finder] : [])), today), scripts: ['assets/finder.js'] }), keyOf('finder'));
  const docs = once((): SearchDoc[] => [
    ...grants.flatMap((g) => g.index),
    { href: 'hitta.html', title: 'Hitta statsbidrag', kind: 'Sida', body: 'Alla statsbidrag efter mottagare, myndighet, område och status, med sista dag att rekvirera.' },
    { href: 'kalender.html', title: 'Kalender', kind: 'Sida', body: 'Alla exakta datum: rekvisition öppnar, sista dag att rekvirera, sista dag för kostnader, återrapportering. Kalenderfiler för kommuner och regioner.' },
    { href: 'forandringar.html', title: 'Förändringar', kind: 'Sida', body: 'Vad som har ändrats i varje statsbidrag från ett år till nästa.' },
    { href: 'tillganglighet.html', title: 'Tillgänglighetsredogörelse', kind: 'Sida', body: 'Tillgänglighet, WCAG 2.1 AA, kända brister, anmäl brister till DIGG.' },
  ]);
  // the page lists every document (the recipients' after the others, always all of them) without their text
  page('sok.html', 'search', () => ({ root: '', pageTitle: 'Sök', nav: 'sok', docs: [...docs(), ...recipientDocs.map((d) => d.doc)], scripts: ['assets/minisearch.js', 'assets/stemmer-sv.js', 'assets/search-index.js', 'assets/search-mottagare.js', 'assets/search.js'] }), keyOf('index'));
  // The documents in two files, each made only when what it holds changed: the grants' and pages'
  // (a reworded condition), and the recipients' (15 of the 17 MB: a title, a deadline moving a
  // grant on their lists), which the second file appends (scripts run in their order).
  put('site/assets/search-index.js', () => {
    const out = new Pieces();
    out.add('window.GRANTSPEC_DOCS = [');
    docs().forEach((d, i) => out.add(`${i ? ',' : ''}${JSON.stringify(d)}`));
    out.add('];\n');
    return out.parts;
  }, keyOf('index'));
  // the recipients' documents list the titles of the grants offered to them, in their pages' order;
  // JSON.stringify of the list, written in pieces: each recipient's text ends in the titles of its
  // grants, which its block's recipients share, escaped and encoded once a block
  put('site/assets/search-mottagare.js', () => {
    const out = new Pieces();
    out.add('window.GRANTSPEC_DOCS = (window.GRANTSPEC_DOCS || []).concat([');
    recipientDocs.forEach((d, i) => { if (i) out.add(','); d.json(out); });
    out.add(']);\n');
    return out.parts;
  }, grants.map((g) => g.keys.listed.join('+')).join(','), true);
  return { pages: pages() };
}

/** An offer with the digests of what a recipient's page and calendar read of it. */
interface Owned { readonly offer: Offer; readonly key: string; readonly events: string }

type Row = { readonly title: string } & Record<string, unknown>;

/**
 * The recipients of one type that can requisition the same grants (most kommuner, most regioner)
 * share a block: their grants in their pages' order, the rows of the grants without a list (the
 * same for each of them: one object, which the template renders once), their calendar's events
 * (written and encoded once), and the keys of their pages and calendars.
 */
interface Block {
  readonly pageKey: string;
  readonly icsKey: string;
  /** nearest date first, then title, then the newest year */
  readonly sorted: () => readonly Offer[];
  /** a recipient's rows, in the order of `sorted` */
  readonly rows: (r: Recipient) => Row[];
  /** a recipient's rows as HTML: the block's shared bytes, with its own rows' text between them */
  readonly html: (r: Recipient) => Bytes;
  readonly ics: () => Uint8Array;
  /** the titles of the grants in `sorted`, each after " · ", escaped as in JSON */
  readonly titles: () => Uint8Array;
}

// where a recipient's own amount and checklist link go in its row's frame (control characters: never in a spec's text)
const AMOUNT_MARK = '\u0001amount\u0001';
const CHECKLIST_MARK = '\u0001checklist\u0001';
const MARKS = /(\u0001(?:amount|checklist)\u0001)/u;

/** A grant's row on a recipient's page: its amount from the grant's list, else from the key. */
function rowOf(o: Offer, r: Recipient): Row {
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
}

/**
 * "Vad kan vi rekvirera?": an index of the 21 regioner and 290 kommuner, and for each "Era
 * statsbidrag": every grant it may requisition (named recipients honoured), its amount where a
 * list or the key gives one, the next dates, and its own calendar (only its grants) and change
 * feed. Returns the recipients' search documents, made when asked for.
 */
function recipientPages(grants: readonly GrantSummary[], events: () => ReadonlyArray<Event & { href: string }>, icsOf: () => (events: readonly Event[]) => Buffer, ref: Reference, render: Render, page: PageFn, spliced: SplicedFn, put: Emit): RecipientDoc[] {
  const link = (r: { code: string; name: string }): { href: string; name: string } => ({ href: `${r.code}.html`, name: r.name });
  page('mottagare/index.html', 'recipients', () => ({
    root: '../', pageTitle: 'Vad kan vi rekvirera?', nav: 'mottagare',
    regioner: ref.regioner.map(link),
    lan: ref.regioner.map((r) => ({ id: `lan-${r.code}`, name: ref.lanNames.get(r.code) ?? r.name, kommuner: ref.kommuner.filter((k) => k.lan === r.code).map(link).sort((a, b) => svCompare(a.name, b.name)) })),
  }), '');
  const owned: Owned[] = grants.flatMap((g) => g.offers.map((offer, i) => ({ offer, key: g.keys.offers[i]!, events: g.keys.events })));
  // a grant's events carry its own pages' hrefs (renderGrant), so an offer's events are its grant's
  const eventsByHref = once(() => {
    const m = new Map<string, Array<Event & { href: string }>>();
    for (const e of events()) {
      const list = m.get(e.href);
      if (list) list.push(e); else m.set(e.href, [e]);
    }
    return m;
  });
  const blocks = new Map<string, Block>();
  // a row's HTML, by row object: a shared row is one object for its block's recipients
  const rowsHtml = new WeakMap<Row, string>();
  const rowHtml = (row: Row): string => {
    let html = rowsHtml.get(row);
    if (html === undefined) rowsHtml.set(row, html = render('partials/recipient-row', row));
    return html;
  };
  const blockOf = (mineOf: () => Owned[], id: string): Block => {
    let block = blocks.get(id);
    if (block === undefined) {
      const mine = mineOf();
      const sorted = once(() => mine.map((x) => x.offer)
        .sort((a, b) => (a.next[0]?.date ?? '9999').localeCompare(b.next[0]?.date ?? '9999') || svCompare(a.title, b.title) || (b.year ?? 0) - (a.year ?? 0)));
      const shared = new Map<Offer, Row>();
      const rows = (r: Recipient): Row[] => sorted().map((o) => {
        if (o.to[r.type]!.amounts?.[r.code] !== undefined) return rowOf(o, r);
        let row = shared.get(o);
        if (row === undefined) shared.set(o, row = rowOf(o, r));
        return row;
      });
      const ics = once(() => icsOf()(mine.flatMap((x) => eventsByHref().get(x.offer.href) ?? [])));
      // the shared rows of a recipient without a listed amount, which is most of them: encoded once
      const sharedHtml = once(() => Buffer.from(sorted().map((o) => rowHtml(shared.get(o)!)).join(''), 'utf8'));
      // a recipient with amounts of its own (a list or a key per kommun) gets the shared rows' runs
      // as bytes encoded once for the block and only its own rows as text, not a page of text of
      // its own to encode (290 kommuner × 360 kB)
      const runs = new Map<string, Uint8Array>();
      // a recipient's own row (its amount from the grant's list) differs from the grant's other
      // recipients' rows only in the amount and the checklist link: the row is rendered once a grant
      // with markers there, and each recipient's row is that frame with its own values, escaped as
      // the template escapes them (290 kommuner × the grants with lists, otherwise each rendered).
      // The first row made so is checked against a full rendering; a template for which it differs
      // (a helper reading the amount, say) is rendered row by row
      const frames = new Map<Offer, string[] | null>();
      const framed = (frame: readonly string[], row: Row): string => frame.map((p) => (p === AMOUNT_MARK ? escapeHtml(String(row.amount)) : p === CHECKLIST_MARK ? escapeHtml(String(row.checklist)) : p)).join('');
      const ownHtml = (o: Offer, row: Row): string => {
        if (typeof row.amount !== 'string' || row.amount === '') return render('partials/recipient-row', row);
        let frame = frames.get(o);
        if (frame === undefined) {
          frame = render('partials/recipient-row', { ...row, amount: AMOUNT_MARK, checklist: CHECKLIST_MARK }).split(MARKS);
          const html = render('partials/recipient-row', row);
          if (framed(frame, row) !== html) frame = null;
          frames.set(o, frame);
          return html;
        }
        return frame === null ? render('partials/recipient-row', row) : framed(frame, row);
      };
      const html = (r: Recipient): Bytes => {
        const own = rows(r);
        const order = sorted();
        const isShared = (i: number): boolean => own[i] === shared.get(order[i]!);
        if (own.every((_, i) => isShared(i))) return [sharedHtml()];
        const out: Array<string | Uint8Array> = [];
        for (let i = 0, j = 0; i < own.length; i = j) {
          const kind = isShared(i);
          while (j < own.length && isShared(j) === kind) j++;
          if (!kind) { out.push(own.slice(i, j).map((row, k) => ownHtml(order[i + k]!, row)).join('')); continue; }
          let bytes = runs.get(`${i}-${j}`);
          if (bytes === undefined) runs.set(`${i}-${j}`, bytes = Buffer.from(order.slice(i, j).map((o) => rowHtml(shared.get(o)!)).join(''), 'utf8'));
          out.push(bytes);
        }
        return out;
      };
      const titles = once(() => Buffer.from(escapeJson(sorted().map((o) => ` · ${o.title}`).join('')), 'utf8'));
      const hash = (parts: readonly string[]): string => createHash('md5').update(parts.join('\n')).digest('hex');
      block = { sorted, rows, html, ics, titles, pageKey: hash(mine.map((x) => x.key)), icsKey: hash(mine.map((x) => `${x.offer.href} ${x.events}`)) };
      blocks.set(id, block);
    }
    return block;
  };
  const docs: RecipientDoc[] = [];
  // by recipient type, the offers (their places in `owned`) made to every recipient of the type
  // and those made to named ones: a recipient's offers are the first and those of the second that
  // name it, and its block is known by the second alone (the first are its type's: 311 recipients
  // were each checked against every offer, and their blocks told apart by lists of them all)
  const byType = new Map<string, { all: number[]; named: number[] }>();
  const offersTo = (type: Recipient['type']): { all: number[]; named: number[] } => {
    let t = byType.get(type);
    if (t === undefined) {
      const made: { all: number[]; named: number[] } = { all: [], named: [] };
      owned.forEach((x, i) => { const to = x.offer.to[type]; if (to) (to.named ? made.named : made.all).push(i); });
      byType.set(type, t = made);
    }
    return t;
  };
  for (const r of [...ref.regioner, ...ref.kommuner]) {
    const t = offersTo(r.type);
    const naming = t.named.filter((i) => owned[i]!.offer.to[r.type]!.named!.includes(r.code));
    const count = t.all.length + naming.length;
    // both lists in the order of `owned`: merged, they are the recipient's offers in that order
    const block = blockOf(() => {
      const mineAt: number[] = [];
      for (let a = 0, b = 0; a < t.all.length || b < naming.length;) mineAt.push(b >= naming.length || (a < t.all.length && t.all[a]! < naming[b]!) ? t.all[a++]! : naming[b++]!);
      return mineAt.map((i) => owned[i]!);
    }, `${r.type}:${naming.join(',')}`);
    const region = r.type === 'kommun' ? ref.byCode.get(r.lan) : undefined;
    // the page around a hole row, the rows' bytes spliced in: a list of no grants renders as such
    const data = (grants: readonly unknown[]): Data => ({
      root: '../', pageTitle: `Era statsbidrag: ${r.name}`, nav: 'mottagare', name: r.name, code: r.code,
      kind: r.type === 'kommun' ? 'Kommun' : 'Region', lan: ref.lanNames.get(r.lan), ...(region ? { region: link(region) } : {}), grants,
      ics: `${r.code}.ics`, atom: `${r.code}.atom`,
    });
    if (count) spliced(recipientHref(r.code), 'recipient', () => data([HOLE]), () => block.html(r), block.pageKey);
    else page(recipientHref(r.code), 'recipient', () => data([]), block.pageKey);
    const name = `Statsbidrag för ${r.name}`;
    put(`site/mottagare/${r.code}.ics`, () => [icsHead(name), block.ics(), ICS_END], `ics\0${name}\0${block.icsKey}`, true);
    const doc = { href: recipientHref(r.code), title: `Era statsbidrag: ${r.name}`, kind: r.type === 'kommun' ? 'Kommun' : 'Region' };
    // its text is [name, län, ...titles].join(' · '); JSON escapes character by character, so the
    // escaped head and the block's escaped titles (split at an ASCII space) make the escaped whole
    const head = `${JSON.stringify(doc).slice(0, -1)},"body":"${escapeJson(`${r.name} · ${ref.lanNames.get(r.lan) ?? ''}`)}`;
    docs.push({ doc, json: (out) => { out.add(head); out.add(block.titles()); out.add('"}'); } });
  }
  return docs;
}

/** A recipient's search document: what the search page lists, and its JSON (text included) added in pieces. */
interface RecipientDoc { readonly doc: Omit<SearchDoc, 'body'>; readonly json: (out: Pieces) => void }

/** A string as JSON.stringify writes it, without the quotes. */
const escapeJson = (s: string): string => JSON.stringify(s).slice(1, -1);

/** A file's bytes in pieces, adjacent texts joined (one write each, not one per piece). */
class Pieces {
  readonly parts: Array<string | Uint8Array> = [];
  add(part: string | Uint8Array): void {
    const last = this.parts.length - 1;
    if (typeof part === 'string' && typeof this.parts[last] === 'string') this.parts[last] += part;
    else this.parts.push(part);
  }
}
