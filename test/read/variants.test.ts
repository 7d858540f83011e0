import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractWithDoc } from '../../extract/index.js';
import { bookmarkLinks } from '../../extract/read/docx.js';
import { listNumbers, numberLists } from '../../extract/read/docx-numbers.js';
import { chromeLeaks, comparable, variantOf } from '../../bin/variant-accuracy.js';
import { ROOT, norm } from '../helpers.js';

// A sample of the own dev corpus as saved pages and Word documents (test/corpus/dev-html, -docx,
// made by test/fixtures/html/make-fixtures.mjs corpus): one or two texts per page template, both
// Word heading forms. Each gives the spec of its plain text, field by field, evidence places
// apart; every quote is text the variant shows; nothing comes from the template's chrome.
// (`npm run accuracy` scores all of them; this sample keeps the suite fast.)

interface Chrome { titles: string[]; contacts: string[]; dates: string[]; years: number[] }
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'test/corpus/variants.json'), 'utf8')) as {
  templates: Record<string, Chrome>; variants: Record<string, { html: string; docx: string }>;
};

const SAMPLE = [
  '01-tillvaxtverket-lokala-naringslivet-2018', // region, bold Word headings
  '03-folkhalsomyndigheten-tobaksforebyggande-2021', // kommun
  '05-trafikverket-stadsmiljoavtal-2016', // article
  '07-trafikverket-stadsmiljoavtal-2021', // region
  '09-lansstyrelsen-vasterbotten-lova-2018', // kommun, bold Word headings
  '10-lansstyrelsen-vasterbotten-lova-2020', // og-title
  '123-tillvaxtverket-stark-foretags-konkurrenskraft-2023', // divs
  '127-formas-utforska-oppen-utlysning-2024', // role-main (Windows-1252), bold Word headings
  '128-formas-urbaniseringens-utmaningar-2016', // landmarks, bold Word headings
  '129-trafikverket-projektbidrag-ideella-foreningar-2022', // role-main
  '21-folkhalsomyndigheten-hjalptext-redovisning-stodinsatser-2020', // kommun; a form whose Word questions 1 and 2 are lists apart
];

describe('own dev corpus as saved pages and Word documents', () => {
  for (const name of SAMPLE) {
    const txt = resolve(ROOT, 'test/corpus/dev', `${name}.txt`);
    for (const format of ['html', 'docx'] as const) {
      it(`${name}.${format}: the plain text's spec, quotes visible, nothing from the chrome`, async () => {
        const [plain, { spec, doc }] = await Promise.all([extract(txt, ROOT), extractWithDoc(variantOf(txt, format), ROOT)]);
        const p = comparable(plain as never);
        const v = comparable(spec as never);
        for (const key of new Set([...Object.keys(p), ...Object.keys(v)])) expect(v[key], key).toEqual(p[key]);
        const visible = norm(doc.source);
        for (const [path, e] of Object.entries(spec.evidence)) expect(visible, path).toContain(norm(e.quote));
        const template = format === 'html' ? manifest.variants[`dev/${name}`]!.html : 'docx';
        const chrome = manifest.templates[template]!;
        expect(chromeLeaks(spec as never, plain as never, chrome)).toEqual([]);
        const json = JSON.stringify(v);
        for (const c of [...chrome.titles, ...chrome.contacts, ...chrome.dates]) expect(json, c).not.toContain(c);
      });
    }
  }
});

describe('chrome leak check', () => {
  const chrome: Chrome = { titles: ['Kulturbidrag 2025'], contacts: ['0910-73 50 00', 'kontaktcenter@exempelby.se'], dates: ['2025-09-18'], years: [2025] };
  const plain = { title: 'Bidrag till föreningar', year: 2024, requisition: { closes: '2024-03-01' } };
  it('finds a menu item as title, a footer contact, a stamp date and a chrome-only year', () => {
    const spec = { title: 'Kulturbidrag 2025', year: 2025, contacts: [{ email: 'kontaktcenter@exempelby.se', topic: 'telefon 0910-73 50 00' }], requisition: { closes: '2025-09-18' } };
    expect(chromeLeaks(spec, plain, chrome).map((l) => l.split(' ')[0])).toEqual(['title', 'contacts.0.email', 'contacts.0.topic', 'requisition.closes', 'year']);
  });
  it('finds nothing in the plain text\'s own values', () => {
    expect(chromeLeaks({ ...plain, contacts: [{ email: 'bidrag@forening.se' }] }, plain, chrome)).toEqual([]);
  });
});

describe('Word links into a bookmark', () => {
  it('reads HYPERLINK "url" \\l "place" as url#place', () => {
    expect(bookmarkLinks('<a href="https://selex.se/eli/sfs/1974/152&quot; \\l &quot;kap8.7">8 kap. 7 §</a> <a href="https://a.se/b">b</a>'))
      .toBe('<a href="https://selex.se/eli/sfs/1974/152#kap8.7">8 kap. 7 §</a> <a href="https://a.se/b">b</a>');
  });
});

describe('Word list numbers', () => {
  const decimal = (id: number, levels = 1): string => `<w:abstractNum w:abstractNumId="${id}">${Array.from({ length: levels }, (_, l) =>
    `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${l + 1}."/></w:lvl>`).join('')}</w:abstractNum>`;
  const bullet = (id: number): string => `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>`;
  const num = (id: number, abs: number, start?: number): string => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abs}"/>${start === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride>`}</w:num>`;
  const p = (numId: number, ilvl = 0): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
  const text = '<w:p><w:r><w:t>Hjälptext mellan frågorna.</w:t></w:r></w:p>';
  const numbering = `<w:numbering>${decimal(3)}${decimal(5)}${bullet(2)}${decimal(8, 2)}${num(4, 3, 1)}${num(6, 5, 2)}${num(2, 2)}${num(7, 8)}</w:numbering>`;

  it('counts a question list on across help text and bullets, and a list instance from its own start', () => {
    // "1. Grunduppgifter", help text, "2. Om verksamheten" (its own instance, starting at 2), two bullets
    expect(listNumbers(`${p(4)}${text}${p(6)}${p(2)}${p(2)}`, numbering)).toEqual([1, 2]);
    // one list: 1, 2, help text, 3; its sub-items count from 1 under each item
    expect(listNumbers(`${p(7)}${p(7, 1)}${p(7, 1)}${p(7)}${text}${p(7)}`, numbering)).toEqual([1, 1, 2, 2, 3]);
  });
  it('starts each of mammoth\'s lists at the number Word shows, or leaves the markup when they do not pair up', () => {
    const html = '<ol><li>Grunduppgifter</li></ol><p>Hjälptext.</p><ol><li>Om verksamheten</li><li>Ekonomi</li></ol><ul><li>punkt</li></ul>';
    expect(numberLists(html, [1, 2, 3])).toBe('<ol><li>Grunduppgifter</li></ol><p>Hjälptext.</p><ol start="2"><li>Om verksamheten</li><li>Ekonomi</li></ol><ul><li>punkt</li></ul>');
    expect(numberLists(html, [1, 2])).toBe(html);
  });
});
