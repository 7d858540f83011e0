import { DOMParser } from '@xmldom/xmldom';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../specs/reference/index.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { loadSpec } from '../../specs/load.js';
import { loadGrants, type Grant } from '../../site/data.js';
import { feeds } from '../../site/feeds.js';
import { cli } from '../helpers.js';

// The Atom feeds of material changes: well-formed XML with the elements RFC 4287 requires, the
// same bytes on every build, and each recipient's feed holding only the grants it may requisition.

const ATOM = 'http://www.w3.org/2005/Atom';

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml') as unknown as Document;
  expect(errors).toEqual([]);
  return doc;
}

const child = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el);

function checkAtom(xml: string): Element[] {
  const feed = parse(xml).documentElement;
  expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
  for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toHaveLength(1);
  const entries = child(feed, 'entry');
  for (const e of entries) {
    for (const name of ['id', 'title', 'updated']) expect(child(e, name), name).toHaveLength(1);
    expect(child(e, 'updated')[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);
    expect(child(e, 'link')[0]!.getAttribute('rel')).toBe('alternate');
  }
  return entries;
}

async function curated(): Promise<Grant> {
  const [a, b] = await Promise.all(['2025', '2026'].map(async (y) => (await loadSpec(`specs/tillganglighet-och-vardkapacitet/${y}.yaml`)).spec as Anvisning));
  return { id: 'tillganglighet-och-vardkapacitet', years: [b!, a!], forms: [], allocations: [] };
}

/** The shipped handikapporganisationer 2019 and 2020, as the build loads them: with both source texts. */
async function withTexts(): Promise<Grant> {
  const { grants } = await loadGrants(['specs/handikapporganisationer/2019.yaml', 'specs/handikapporganisationer/2020.yaml']);
  return grants[0]!;
}

/** An entry's content as the HTML it carries (the XML's escaping undone once). */
const contentOf = (entry: Element): string => child(entry, 'content')[0]!.textContent ?? '';

describe('Atom feeds of material changes', () => {
  it('writes a site-wide feed and one per recipient type, with the curated pair as an entry for regioner only', async () => {
    const out = feeds([await curated()], loadReference());
    const site = checkAtom(out.get('site/andringar.atom')!);
    expect(site).toHaveLength(1);
    expect(child(site[0]!, 'id')[0]!.textContent).toBe('urn:grantspec:andring:tillganglighet-och-vardkapacitet:2025:2026');
    expect(child(site[0]!, 'content')[0]!.textContent).toContain('Sista dag att rekvirera: 17 april 2025 → 16 mars 2026 (32 dagar tidigare på året)');
    // info (wording, links) is left out of the feeds
    expect(child(site[0]!, 'content')[0]!.textContent).not.toContain('Länkar');
    expect(checkAtom(out.get('site/andringar-regioner.atom')!)).toHaveLength(1);
    expect(checkAtom(out.get('site/andringar-kommuner.atom')!)).toHaveLength(0);
    expect(checkAtom(out.get('site/mottagare/01.atom')!)).toHaveLength(1);
    expect(checkAtom(out.get('site/mottagare/0180.atom')!)).toHaveLength(0);
    expect([...out.keys()].filter((k) => k.startsWith('site/mottagare/'))).toHaveLength(311);
  });
  it('gives a named recipient the grant and the others of its type not; items limited by applies_to reach only their type', async () => {
    const g = await curated();
    const [b, a] = g.years as [Anvisning, Anvisning];
    const named = (s: Anvisning, extra: string[]): Anvisning => ({ ...s, recipients: { types: ['region', 'kommun'], named: ['Region Stockholm', 'Sigtuna kommun'] }, permitted_uses: [...s.permitted_uses ?? [], ...extra.map((text) => ({ text, applies_to: ['kommun' as const] }))] });
    const out = feeds([{ ...g, years: [named(b, ['hemtjänst för äldre i kommunen']), named(a, [])] }], loadReference());
    expect(checkAtom(out.get('site/mottagare/01.atom')!)).toHaveLength(1);
    expect(checkAtom(out.get('site/mottagare/03.atom')!)).toHaveLength(0);
    expect(checkAtom(out.get('site/mottagare/0191.atom')!)).toHaveLength(1);
    expect(checkAtom(out.get('site/mottagare/0180.atom')!)).toHaveLength(0);
    const kommun = out.get('site/andringar-kommuner.atom')!;
    const region = out.get('site/andringar-regioner.atom')!;
    expect(kommun).toContain('hemtjänst för äldre i kommunen');
    expect(region).not.toContain('hemtjänst för äldre i kommunen');
  });
  it('takes every date from the specs: two runs are byte-identical and no date is today', async () => {
    const one = feeds([await curated()], loadReference());
    const two = feeds([await curated()], loadReference());
    expect([...two.entries()]).toEqual([...one.entries()]);
    const today = new Date().toISOString().slice(0, 10);
    for (const xml of one.values()) expect(xml).not.toContain(today);
  });
  it('carries a change found in the texts: its label, the sentence and line of each year, after the changes between the specs', async () => {
    const g = await withTexts();
    // the 2019 text says the call depends on the Riksdag's budget; the 2020 text no longer does
    expect([...g.texts!.keys()].sort()).toEqual(['sources/2019/handikapporganisationer.txt', 'sources/2020/handikapporganisationer.txt']);
    const entries = checkAtom(feeds([g], loadReference()).get('site/andringar.atom')!);
    expect(entries).toHaveLength(1);
    const html = contentOf(entries[0]!);
    expect(html).toContain('<li><strong>Villkor (ur texten)</strong>: anges inte längre<br>2019, rad 42: <q>Statsbidraget lyses ut under förutsättningen att riksdagen beviljar medel för ändamålet.</q></li>');
    expect(html.indexOf('Totalt belopp: 188 742 000 kr (nytt)')).toBeGreaterThan(0);
    expect(html.indexOf('Totalt belopp')).toBeLessThan(html.indexOf('Ändrat i anvisningens text:'));
    expect(child(entries[0]!, 'summary')[0]!.textContent).toContain('hittade i texternas meningar');
    // without the texts (as before): no such entry
    expect(contentOf(checkAtom(feeds([{ ...g, texts: undefined } as Grant], loadReference()).get('site/andringar.atom')!)[0]!)).not.toContain('ur texten');
    // organisations apply for it: no kommun's or region's feed carries it
    expect(checkAtom(feeds([g], loadReference()).get('site/andringar-kommuner.atom')!)).toHaveLength(0);
  });
  it('escapes a text sentence\'s markup twice (as HTML in XML), and gives the same bytes on every run', async () => {
    const g = await withTexts();
    const path = 'sources/2020/handikapporganisationer.txt';
    const texts = new Map(g.texts!);
    texts.set(path, `${texts.get(path)!}\nFöreningen ska redovisa hur medlen har använts i rapporten <b>Resultat & "effekt"</b>.\n`);
    const one = feeds([{ ...g, texts }], loadReference());
    const entries = checkAtom(one.get('site/andringar.atom')!);
    const html = contentOf(entries[0]!);
    // a reporting duty added is action, and listed before the condition no longer stated (notice)
    expect(html).toContain('<li><strong>Vad som ska återrapporteras (ur texten)</strong>: ny mening<br>2020, rad 47: <q>Föreningen ska redovisa hur medlen har använts i rapporten &lt;b&gt;Resultat &amp; &quot;effekt&quot;&lt;/b&gt;.</q></li>');
    expect(html.indexOf('Vad som ska återrapporteras (ur texten)')).toBeLessThan(html.indexOf('Villkor (ur texten)'));
    expect(one.get('site/andringar.atom')).not.toContain('<b>');
    const two = feeds([{ ...g, texts: new Map(texts) }], loadReference());
    expect([...two.entries()]).toEqual([...one.entries()]);
  });
  it('are written by grantspec build and linked from every page and from the calendar', async () => {
    const out = await mkdtemp(join(tmpdir(), 'gs-feeds-'));
    expect((await cli(['build', '--out', out, '--today', '2026-04-15'])).code).toBe(0);
    checkAtom(await readFile(join(out, 'site/andringar.atom'), 'utf8'));
    checkAtom(await readFile(join(out, 'site/mottagare/0180.atom'), 'utf8'));
    const start = await readFile(join(out, 'site/index.html'), 'utf8');
    expect(start).toContain('<link rel="alternate" type="application/atom+xml" title="Ändringar i statsbidragen" href="andringar.atom">');
    const kommun = await readFile(join(out, 'site/mottagare/0180.html'), 'utf8');
    expect(kommun).toContain('<link rel="alternate" type="application/atom+xml" title="Ändringar för Stockholm" href="0180.atom">');
    const calendar = await readFile(join(out, 'site/kalender.html'), 'utf8');
    expect(calendar).toContain('<a href="andringar-kommuner.atom">för kommuner</a>');
  });
});
