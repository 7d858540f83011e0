import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../specs/diagnostics.js';
import type { Anvisning } from '../specs/schema/index.js';
import { itemText } from '../specs/schema/scalars.js';
import { checklist, checklistCsv } from './checklists.js';
import { loadSite } from './data.js';
import { icsCalendar } from './ics.js';
import { eventsOf, grantPage, type Event } from './model.js';
import { loadTemplates } from './render.js';
import { worksheet } from './worksheet.js';
import { diffSpecs } from '../specs/diff/index.js';
import { describe as describeChange, label as changeLabel } from '../specs/diff/format.js';

// specs → every file of the site and the checklists, as a map from path to content. Pure apart
// from reading specs, templates and assets; writing is write.ts's.

export interface BuildOptions {
  readonly specsDir: string;
  readonly templatesDir: string;
  readonly assetsDir: string;
  /** YYYY-MM-DD: what "open now" and "the coming 90 days" mean */
  readonly today: string;
}

export interface BuildResult { readonly files: Map<string, string>; readonly diagnostics: Diagnostic[]; readonly pages: number }

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

export async function buildSite(o: BuildOptions): Promise<BuildResult> {
  const { grants, diagnostics } = await loadSite(o.specsDir);
  const render = await loadTemplates(o.templatesDir);
  const files = new Map<string, string>();
  let pages = 0;
  const page = (path: string, template: string, data: Record<string, unknown>): void => {
    files.set(`site/${path}`, render(`pages/${template}`, data));
    pages++;
  };
  const root = (path: string): string => '../'.repeat(path.split('/').length - 1);
  const events: Array<Event & { href: string }> = [];
  const index: Array<Record<string, string>> = [];
  const byType = new Map<string, Array<{ href: string; title: string; year?: number }>>();

  const changesPage: Array<Record<string, unknown>> = [];
  for (const g of grants) {
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
      if (news && k === 0) changesPage.push({ id: g.id, href: path, title: spec.title, year: spec.year, ...news });
      const checklistBase = `checklista-${yearKey(spec)}`;
      page(path, 'grant', {
        root: root(path), pageTitle: `${spec.title}${spec.year ? ` ${spec.year}` : ''}`, g: grantPage(spec),
        checklist: checklistBase, ...(form ? { worksheet: `${yearKey(form)}-aterrapportering.html` } : {}), ...(news ? { news } : {}),
      });
      const sections = checklist(spec);
      const data = { root: root(`${dir}/x.html`), pageTitle: `Checklista: ${spec.title}`, title: spec.title, year: spec.year, sections, source: spec.source.path, grantHref: `${yearKey(spec)}.html` };
      page(`${dir}/${checklistBase}.html`, 'checklist', data);
      const md = render('checklists/checklist.md', data);
      const csv = checklistCsv(sections);
      files.set(`site/${dir}/${checklistBase}.md`, md);
      files.set(`site/${dir}/${checklistBase}.csv`, csv);
      files.set(`checklists/${g.id}-${yearKey(spec)}.md`, md);
      files.set(`checklists/${g.id}-${yearKey(spec)}.csv`, csv);
      files.set(`checklists/${g.id}-${yearKey(spec)}.html`, files.get(`site/${dir}/${checklistBase}.html`)!);
      for (const e of eventsOf(spec)) events.push({ ...e, href: path });
      index.push(searchEntry(spec, path));
      for (const t of spec.recipients?.types ?? ['other']) {
        const list = byType.get(t) ?? [];
        list.push({ href: path, title: spec.title, ...(spec.year !== undefined ? { year: spec.year } : {}) });
        byType.set(t, list);
      }
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
  }

  events.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.kind.localeCompare(b.kind));
  const horizon = addDays(o.today, 90);
  const openNow = grants.flatMap((g) => g.years.filter((s) => isOpen(s, o.today)).map((s) => ({ href: `grants/${g.id}/${yearKey(s)}.html`, title: s.title, closes: s.requisition!.closes })));
  const groups = [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, list]) => ({
    label: TYPE_LABEL[t] ?? 'Andra mottagare',
    grants: list.sort((a, b) => a.title.localeCompare(b.title, 'sv') || (b.year ?? 0) - (a.year ?? 0)),
  }));
  page('index.html', 'start', {
    root: '', pageTitle: 'Start', nav: 'start', today: o.today, open: openNow,
    upcoming: events.filter((e) => e.date >= o.today && e.date <= horizon), groups,
  });
  page('forandringar.html', 'changes', { root: '', pageTitle: 'Förändringar', nav: 'forandringar', grants: changesPage });
  page('kalender.html', 'calendar', { root: '', pageTitle: 'Kalender', nav: 'kalender', events });
  files.set('site/kalender.ics', icsCalendar('Statsbidrag: alla datum', events));
  page('sok.html', 'search', { root: '', pageTitle: 'Sök', nav: 'sok', scripts: ['assets/search-index.js', 'assets/search.js'] });
  page('tillganglighet.html', 'accessibility', { root: '', pageTitle: 'Tillgänglighetsredogörelse', nav: 'tillganglighet', today: o.today });
  files.set('site/assets/search-index.js', `window.GRANTSPEC_INDEX = ${JSON.stringify(index)};\n`);
  for (const f of (await readdir(o.assetsDir)).sort()) files.set(`site/assets/${f}`, await readFile(join(o.assetsDir, f), 'utf8'));
  return { files, diagnostics, pages };
}
