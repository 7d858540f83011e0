import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractWithDoc } from '../../extract/index.js';
import { sourceText } from '../../extract/read/index.js';
import { ROOT, norm } from '../helpers.js';

// Saved pages and Word documents made from real texts (test/fixtures/html/make-fixtures.mjs) give
// the spec of the plain text, field by field, apart from where the evidence points; every quote
// is visible text; nothing comes from the page chrome or Word's headers, comments or deletions.

const PAGES: Record<string, string> = {
  'nationella-kvalitetsregister': 'sources/2026/nationella-kvalitetsregister.txt',
  'socialdataregister': 'sources/2026/socialdataregister.txt',
  'kompetensforsorjning-halso-och-sjukvard': 'sources/2026/kompetensforsorjning-halso-och-sjukvard.txt',
  'tillganglighet-och-vardkapacitet': 'sources/2026/tillganglighet-och-vardkapacitet.txt',
  '13-skolverket-utbildning-halso-sjukvard-2020': 'test/fixtures/corpus/dev/13-skolverket-utbildning-halso-sjukvard-2020.txt',
  '38-mucf-stodja-ungas-organisering-2023': 'test/fixtures/corpus/dev/38-mucf-stodja-ungas-organisering-2023.txt',
  '53-naturvardsverket-lona-2021': 'test/fixtures/corpus/dev/53-naturvardsverket-lona-2021.txt',
  '28-sos-kvinno-tjejjourer-brottsoffer-2024-2025': 'test/fixtures/corpus/dev/28-sos-kvinno-tjejjourer-brottsoffer-2024-2025.txt',
};
const DOCS: Record<string, string> = {
  'nationella-kvalitetsregister': 'sources/2026/nationella-kvalitetsregister.txt',
  'socialdataregister': 'sources/2026/socialdataregister.txt',
  'tillganglighet-och-vardkapacitet': 'sources/2026/tillganglighet-och-vardkapacitet.txt',
  '24-regeringen-pm-vardkapacitet-fordelning-2025': 'test/fixtures/corpus/dev/24-regeringen-pm-vardkapacitet-fordelning-2025.txt',
  '64-sos-skolsociala-team-2024-senare': 'test/fixtures/corpus/dev/64-sos-skolsociala-team-2024-senare.txt',
};

/** What the page templates and the Word header, footer, comment and deletion hold, and no text does. */
const CHROME = [
  '075-247 30 00', '08-527 332 00', '010-698 10 00', '08-566 219 00', 'registrator@', 'info@myndigheten', 'bidrag@myndigheten',
  'Statsbidrag för att stärka äldreomsorgen', 'Statsbidrag för förlossningsvård', 'Andra statsbidrag', 'Relaterade bidrag',
  'kakor', 'Brödsmulor', 'Dela på', 'Senast', 'granskades', 'publicerades', 'Kontrollera', 'var den 1 mars 2020',
  '2024-11-12', '2025-02-03', '2021-03-01', '2023-04-05', '2019-05-01', '2020-03-01', '2019-01-01', 'Mall för anvisning',
];

const withoutPlaces = (spec: object): unknown => {
  const { evidence, source, ...rest } = spec as { evidence: unknown; source: unknown };
  void evidence; void source;
  return rest;
};

function checkFixture(file: string, text: string, kind: 'html' | 'docx'): void {
  it(`${file}: the spec of its plain text, every quote visible text, nothing from the chrome`, async () => {
    const [plain, { spec, doc }] = await Promise.all([extract(resolve(ROOT, text), ROOT), extractWithDoc(resolve(ROOT, file), ROOT)]);
    expect(withoutPlaces(spec)).toEqual(withoutPlaces(plain));
    expect(Object.keys(spec.evidence)).toEqual(Object.keys(plain.evidence));
    const json = JSON.stringify(withoutPlaces(spec));
    for (const c of CHROME) expect(json, c).not.toContain(c);
    const bytes = new Uint8Array(readFileSync(resolve(ROOT, file)));
    const visible = norm((await sourceText(bytes, file)).text);
    const lines = doc.source.split('\n');
    const markup = kind === 'html' ? (await import('../../extract/read/html.js')).decodeHtml(bytes).split('\n') : [];
    for (const [path, e] of Object.entries(spec.evidence)) {
      expect(visible, path).toContain(norm(e.quote));
      if (kind === 'docx') {
        // the line is the number of the paragraph the quote stands in
        expect(norm(lines[e.line - 1] ?? ''), path).toContain(norm(e.quote).slice(0, 20));
      } else {
        // line and column point into the markup, where the quote's first character is written
        const at = markup[e.line - 1]!.slice(e.column! - 1);
        expect(at[0] === e.quote[0] || at[0] === '&', `${path} at ${e.line}:${e.column}: ${at.slice(0, 30)}`).toBe(true);
      }
    }
  });
}

describe('saved web pages', () => {
  for (const [name, text] of Object.entries(PAGES)) checkFixture(`test/fixtures/html/${name}.html`, text, 'html');
});

describe('Word documents', () => {
  for (const [name, text] of Object.entries(DOCS)) checkFixture(`test/fixtures/docx/${name}.docx`, text, 'docx');
});
