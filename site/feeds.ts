import type { Change, Quote } from '../specs/diff/index.js';
import { describe } from '../specs/diff/words.js';
import { recipientsOf, type Recipient, type Reference } from '../specs/reference/index.js';
import type { Anvisning } from '../specs/schema/index.js';
import { TEXT_KIND, yearReports, type Grant, type YearReport } from './data.js';

// Atom feeds of what changed between consecutive grant years (only what asks something of a
// recipient or is worth knowing: `action` and `notice`), from the same change records as the diff
// and "Nytt i år" (both years' source texts compared too, as `grantspec diff` does: data.ts): one for the whole site, one per recipient type (kommuner, regioner) and one per
// kommun and region, holding only the grants it may requisition. Entry ids are stable (grant and
// years) and every date comes from the specs, never from the clock, so a rebuild is byte-identical.

export interface FeedEntry {
  readonly id: string;
  readonly grant: string;
  readonly title: string;
  /** from the site root */
  readonly href: string;
  readonly updated: string;
  readonly summary: string;
  /** the years compared, as the change report names them */
  readonly from: string;
  readonly to: string;
  readonly changes: readonly Change[];
  /** who the grant is for, in either year (eligibility that changed concerns both) */
  readonly types: ReadonlySet<string>;
  readonly oldSpec: Anvisning;
  readonly newSpec: Anvisning;
}

const MATERIAL = new Set(['action', 'notice']);

/** When a grant year's text appeared, as its spec says: its publication date, else its opening day, else 1 January of the year. */
export function updatedOf(spec: Anvisning): string {
  const published = spec.dates?.find((d) => d.role === 'published' && d.date)?.date;
  const opens = typeof spec.requisition?.opens === 'string' ? spec.requisition.opens : undefined;
  const day = published ?? opens ?? `${spec.year ?? 1970}-01-01`;
  return `${day}T00:00:00Z`;
}

const yearKey = (s: { year?: number }): string => String(s.year ?? 'utan-ar');

/** The material changes of each grant between each of its years and the year before. */
export function feedEntries(grants: readonly Grant[]): FeedEntry[] {
  return entriesOf(grants.flatMap(yearReports));
}

/**
 * Feed entries from change reports already made (data.ts yearReports), in any order: the entries
 * are sorted by date and id, which are unique, so the feeds are the same whichever order the
 * reports come in (the build gathers them grant folder by grant folder, from its threads).
 */
export function entriesOf(reports: readonly YearReport[]): FeedEntry[] {
  const out: FeedEntry[] = [];
  for (const { grant, previous, spec, report } of reports) {
    const changes = report.changes.filter((c) => MATERIAL.has(c.importance));
    if (changes.length === 0) continue;
    out.push({
      id: `urn:grantspec:andring:${grant}:${yearKey(previous)}:${yearKey(spec)}`, grant,
      title: `${spec.title}: ändringar ${report.from} → ${report.to}`, href: `grants/${grant}/${yearKey(spec)}.html`,
      updated: updatedOf(spec), summary: report.summary, from: report.from, to: report.to, changes,
      types: new Set([...previous.recipients?.types ?? [], ...spec.recipients?.types ?? []]), oldSpec: previous, newSpec: spec,
    });
  }
  return out.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** A list item limited to some recipient types ("Regionerna kan även …") concerns only them. */
function concerns(c: Change, type: string): boolean {
  const v = (c.new ?? c.old) as { applies_to?: unknown } | undefined;
  return !(v && typeof v === 'object' && Array.isArray(v.applies_to)) || v.applies_to.includes(type);
}

/** An entry as one recipient type (or one recipient) reads it: undefined when nothing in it concerns them. */
function forType(e: FeedEntry, type: string): FeedEntry | undefined {
  if (!e.types.has(type)) return undefined;
  const changes = e.changes.filter((c) => concerns(c, type));
  return changes.length ? { ...e, changes } : undefined;
}

/** Whether a recipient may requisition the grant in either year: its type, and its name where the anvisning names recipients. */
function mayRequisition(e: FeedEntry, r: Recipient, ref: Reference, cache: Map<string, Set<string> | 'all'>): boolean {
  // each entry's recipients once per type, not once per kommun (311 feeds)
  const key = `${e.id}|${r.type}`;
  let who = cache.get(key);
  if (!who) {
    const sets = [e.oldSpec, e.newSpec].filter((s) => (s.recipients?.types ?? []).includes(r.type)).map((s) => recipientsOf(s, r.type, ref));
    who = sets.some((x) => !x.named) ? 'all' : new Set(sets.flatMap((x) => x.recipients.map((y) => y.code)));
    cache.set(key, who);
  }
  return who === 'all' || who.has(r.code);
}

const xml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** A change found in the texts: its label, what happened to the sentence, and each year's sentence with its line. */
function textHtml(c: Change, e: FeedEntry): string {
  const quote = (year: string, q: Quote | undefined): string => (q ? `<br>${xml(`${year}, rad ${q.line}`)}: <q>${xml(q.quote)}</q>` : '');
  return `<li><strong>${xml(c.label)}</strong>: ${TEXT_KIND[c.kind]}${quote(e.from, c.evidence.old)}${quote(e.to, c.evidence.new)}</li>`;
}

function entryXml(e: FeedEntry, root: string): string {
  // the changes between the specs, then apart those found in the texts, each in the report's ranking
  const items = e.changes.filter((c) => c.from !== 'text').map((c) => `<li>${xml(describe(c))}</li>`).join('');
  const text = e.changes.filter((c) => c.from === 'text').map((c) => textHtml(c, e)).join('');
  const html = `<p>${xml(e.summary)}</p>${items ? `<ul>${items}</ul>` : ''}${text ? `<p>Ändrat i anvisningens text:</p><ul>${text}</ul>` : ''}`;
  return `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${xml(`${root}${e.href}`)}"/>
    <summary>${xml(e.summary)}</summary>
    <content type="html">${xml(html)}</content>
  </entry>
`;
}

/** One Atom feed; `root` is the way from the feed's folder to the site root. */
export function atomFeed(o: { id: string; title: string; self: string; root: string; entries: readonly FeedEntry[] }): string {
  const updated = o.entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1970-01-01T00:00:00Z');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${xml(o.id)}</id>
  <title>${xml(o.title)}</title>
  <subtitle>Ändringar som kräver åtgärd eller är bra att känna till, mellan två år av samma statsbidrag.</subtitle>
  <updated>${updated}</updated>
  <author><name>grantspec</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(o.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${o.root}forandringar.html`)}"/>
${o.entries.map((e) => entryXml(e, o.root)).join('')}</feed>
`;
}

const TYPE_FEEDS = [['kommun', 'kommuner', 'kommunerna'], ['region', 'regioner', 'regionerna']] as const;

/** Every feed, as path (from the output folder) → content. */
export function feeds(grants: readonly Grant[], ref: Reference): Map<string, string> {
  return feedsOf(feedEntries(grants), ref);
}

/** Every feed from its entries (entriesOf), as path (from the output folder) → content. */
export function feedsOf(entries: readonly FeedEntry[], ref: Reference): Map<string, string> {
  const out = new Map<string, string>();
  out.set('site/andringar.atom', atomFeed({ id: 'urn:grantspec:flode:andringar', title: 'Ändringar i statsbidragen', self: 'andringar.atom', root: '', entries }));
  for (const [type, file, plural] of TYPE_FEEDS) {
    out.set(`site/andringar-${file}.atom`, atomFeed({
      id: `urn:grantspec:flode:andringar-${file}`, title: `Ändringar i statsbidragen för ${plural}`, self: `andringar-${file}.atom`, root: '',
      entries: entries.flatMap((e) => forType(e, type) ?? []),
    }));
  }
  const cache = new Map<string, Set<string> | 'all'>();
  for (const r of [...ref.regioner, ...ref.kommuner]) {
    out.set(`site/mottagare/${r.code}.atom`, atomFeed({
      id: `urn:grantspec:flode:mottagare:${r.code}`, title: `Ändringar i statsbidragen ${r.name} kan rekvirera`, self: `${r.code}.atom`, root: '../',
      entries: entries.flatMap((e) => (mayRequisition(e, r, ref, cache) ? forType(e, r.type) ?? [] : [])),
    }));
  }
  return out;
}
