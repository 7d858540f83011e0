import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLE, HOLE_MARK, loadTemplates } from '../../site/render.js';
import { loadReference } from '../../specs/reference/index.js';
import { ROOT } from '../helpers.js';
import { buildInto } from './helpers.js';

// The parts a build assembles instead of rendering whole (site/pages.ts): they must give the bytes
// the whole would. A recipient's page is its template rendered around the hole row with the rows
// spliced in; the templates a rebuild loads from the cache render as freshly compiled ones do; the
// search index is written in pieces and must still be what JSON.stringify writes.

const cache = mkdtempSync(join(tmpdir(), 'grantspec-render-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

// rows as site/pages.ts makes them: a listed amount, a key without an amount, markup and quotes to escape
const rows = [
  { title: 'Statsbidrag för <vård> & "omsorg"', year: 2026, yearLabel: 2026, href: '../grants/a/2026.html', status: 'open', next: 'Sista dag att rekvirera: måndag 16 mars 2026', amount: '1 200 000 kr', method: 'enligt fördelningslistan', checklist: '../grants/a/checklista-2026-0180.html' },
  { title: 'Kvalitetsregister 2026', year: 2026, href: '../grants/b/2026.html', status: 'unknown', key: 'efter befolkning', checklist: '../grants/b/checklista-2026.html' },
];
const page = { root: '../', pageTitle: 'Era statsbidrag: Stockholm', nav: 'mottagare', name: 'Stockholm', code: '0180', kind: 'Kommun', lan: 'Stockholms län', ics: '0180.ics', atom: '0180.atom' };

describe('pages assembled from parts', () => {
  it('renders a recipient page around the hole row, with the rows rendered apart spliced in, as the whole page', async () => {
    const render = await loadTemplates(join(ROOT, 'templates'));
    const whole = render('pages/recipient', { ...page, grants: rows });
    const around = render('pages/recipient', { ...page, grants: [HOLE] });
    expect(around.split(HOLE_MARK)).toHaveLength(2);
    const [before, after] = around.split(HOLE_MARK);
    expect(`${before}${rows.map((r) => render('partials/recipient-row', r)).join('')}${after}`).toBe(whole);
    expect(whole).toContain('Statsbidrag för &lt;vård&gt; &amp; &quot;omsorg&quot;');
  });

  it('renders with the templates compiled into the cache, and loaded from it, as with freshly compiled ones', async () => {
    const fresh = await loadTemplates(join(ROOT, 'templates'));
    await loadTemplates(join(ROOT, 'templates'), cache);
    const saved = readFileSync(join(cache, 'templates.json'), 'utf8');
    const cached = await loadTemplates(join(ROOT, 'templates'), cache);
    // loaded, not compiled and written again
    expect(readFileSync(join(cache, 'templates.json'), 'utf8')).toBe(saved);
    for (const [name, data] of [['pages/recipient', { ...page, grants: rows }], ['partials/recipient-row', rows[0]!], ['pages/editors', { root: '', pageTitle: 'För redaktörer', nav: 'redaktorer' }]] as const) {
      expect(cached(name, data)).toBe(fresh(name, data));
    }
  });
});

describe('the search index written in pieces', () => {
  let out: string;
  beforeAll(async () => { out = await buildInto(); }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what JSON.stringify writes, and a recipient document lists the titles of its page, in its order', () => {
    // the grants' and pages' documents, then the recipients', appended by a second file
    const text = readFileSync(join(out, 'site/assets/search-index.js'), 'utf8');
    expect(text.startsWith('window.GRANTSPEC_DOCS = [')).toBe(true);
    expect(text.endsWith('];\n')).toBe(true);
    const json = text.slice('window.GRANTSPEC_DOCS = '.length, -2);
    const pageDocs = JSON.parse(json) as Array<{ href: string; title: string; kind: string; body: string }>;
    expect(JSON.stringify(pageDocs)).toBe(json);
    expect(pageDocs.some((d) => d.href.startsWith('mottagare/'))).toBe(false);
    const more = readFileSync(join(out, 'site/assets/search-mottagare.js'), 'utf8');
    const head = 'window.GRANTSPEC_DOCS = (window.GRANTSPEC_DOCS || []).concat(';
    expect(more.startsWith(head)).toBe(true);
    expect(more.endsWith(');\n')).toBe(true);
    const recipientJson = more.slice(head.length, -3);
    const recipientDocs = JSON.parse(recipientJson) as typeof pageDocs;
    expect(JSON.stringify(recipientDocs)).toBe(recipientJson);
    expect(recipientDocs.every((d) => d.href.startsWith('mottagare/'))).toBe(true);
    const docs = [...pageDocs, ...recipientDocs];
    const stockholm = docs.find((d) => d.href === 'mottagare/0180.html')!;
    const ref = loadReference();
    const [name, lan, ...titles] = stockholm.body.split(' · ');
    expect([name, lan]).toEqual(['Stockholm', ref.lanNames.get(ref.byCode.get('0180')!.lan)]);
    // the page shows each title, with its year after it unless the title says it already
    const html = readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8');
    const unescape = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#x27|#x3D|#x60);/gu, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x3D;': '=', '&#x60;': '`' })[e]!);
    const shown = [...html.matchAll(/<th scope="row"><a href="[^"]*">([^<]*)<\/a><\/th>/gu)].map((m) => unescape(m[1]!));
    expect(shown.length).toBeGreaterThan(0);
    expect(titles).toHaveLength(shown.length);
    titles.forEach((t, i) => expect(shown[i] === t || (shown[i]!.startsWith(`${t} `) && /^\d{4}$/u.test(shown[i]!.slice(t.length + 1))), `${shown[i]} / ${t}`).toBe(true));
  });
});
