import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { OCR_REPAIRS, ocrAvailable, wordsFromTsv } from '../../extract/read/ocr.js';
import { evidenceQuote } from '../../specs/rules/evidence-quote.js';
import { cli, ROOT } from '../helpers.js';

// Scanned PDFs: Tesseract's word boxes become positioned items for the PDF layout reader. The
// image-only fixture (test/fixtures/ocr/make-fixtures.mjs) is a real anvisning's PDF rendered to
// 1-bit page images and put back into a PDF without a text layer.

const TSV_HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (level: number, line: number, word: number, left: number, top: number, width: number, height: number, conf: number, text: string): string =>
  [level, 1, 1, 1, line, word, left, top, width, height, conf, text].join('\t');

describe('Tesseract TSV → positioned words', () => {
  // "• Region Skåne." read at 300 dpi: the bullet dot comes out as "»«", centred on its line
  const tsv = [
    TSV_HEAD,
    row(4, 1, 0, 265, 1340, 400, 42, -1, ''),
    row(5, 1, 1, 265, 1357, 14, 13, 24.5, '»«'),
    row(5, 1, 2, 330, 1341, 140, 41, 96, 'Region'),
    row(5, 1, 3, 485, 1341, 110, 41, 94, 'Skåne.'),
    // "² Lag (2018:597) …": a raised footnote mark at the top of its line is not a bullet
    row(4, 2, 0, 261, 1530, 700, 35, -1, ''),
    row(5, 2, 1, 261, 1530, 9, 15, 91, '?'),
    row(5, 2, 2, 286, 1534, 59, 34, 93, 'Lag'),
    row(5, 2, 3, 361, 1533, 300, 32, 92, 'registratorQsocialstyrelsen.se'),
  ].join('\n');
  const page = wordsFromTsv(tsv, 842);

  it('turns a bullet misread as »« into •, keeps a raised mark, repairs @ read as Q', () => {
    expect(page.items.map((i) => i.str)).toEqual(['•', 'Region', 'Skåne.', '?', 'Lag', 'registrator@socialstyrelsen.se']);
  });
  it('gives every word of a line one baseline, in PDF points from the bottom', () => {
    const [bullet, region] = page.items;
    expect(bullet!.y).toBe(region!.y);
    expect(region!.x).toBeCloseTo((330 * 72) / 300, 5);
    expect(region!.y).toBeCloseTo(842 - ((1340 + 42 * 0.8) * 72) / 300, 5);
  });
  it('averages the words\' confidence, 0–1', () => {
    expect(page.confidence).toBeCloseTo((24.5 + 96 + 94 + 91 + 93 + 92) / 600, 5);
  });
  for (const r of OCR_REPAIRS) {
    it.each(r.examples)(`repair ${r.id}: %s → %s`, (from, to) => { expect(from.replace(r.pattern, r.replace)).toBe(to); });
  }
});

describe('without Tesseract', () => {
  // a PATH with no tesseract and no pdftoppm on it
  const bare = { PATH: mkdtempSync(join(tmpdir(), 'grantspec-bin-')) };
  it('a scan gets the "OCR is needed" line naming the packages', async () => {
    const out = join(bare.PATH, 'x.yaml');
    const r = await cli(['extract', resolve(ROOT, 'test/fixtures/ocr/nationella-kvalitetsregister.scan.pdf'), '--out', out], ROOT, bare);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/error pdf-no-text page 1–3 have no text layer \(a scanned image\); OCR is needed before extraction: install tesseract-ocr tesseract-ocr-swe/u);
    expect(existsSync(out)).toBe(false);
  });
  it('a damaged PDF is damaged, never "needs OCR"', async () => {
    const r = await cli(['extract', resolve(ROOT, 'test/fixtures/pdf/bad/truncated.pdf')], ROOT, bare);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pdf-invalid/u);
    expect(r.stderr).not.toMatch(/OCR/u);
  });
});

const hasOcr = ocrAvailable();
if (!hasOcr) console.warn('OCR tests skipped: Tesseract with its Swedish model is not installed (apt-get install tesseract-ocr tesseract-ocr-swe)');

describe.skipIf(!hasOcr)('a scanned anvisning, read by Tesseract', () => {
  const leaves = (o: unknown, path = '', out: Record<string, unknown> = {}): Record<string, unknown> => {
    if (o !== null && typeof o === 'object') for (const [k, v] of Object.entries(o)) leaves(v, path ? `${path}.${k}` : k, out);
    else out[path] = o;
    return out;
  };
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
    return prev[b.length]!;
  };

  it('gets at least 90 % of the fields of its text layer, none wrong, every quote marked ocr with its page', async () => {
    const [text, scan] = await Promise.all([
      extract(resolve(ROOT, 'test/fixtures/pdf/nationella-kvalitetsregister.writer.pdf'), ROOT),
      extract(resolve(ROOT, 'test/fixtures/ocr/nationella-kvalitetsregister.scan.pdf'), ROOT),
    ]);
    const strip = (s: object): Record<string, unknown> => { const { evidence, source, ...rest } = s as Record<string, unknown>; void evidence; void source; return leaves(rest); };
    const want = strip(text);
    const got = strip(scan);
    const same = Object.keys(want).filter((k) => JSON.stringify(want[k]) === JSON.stringify(got[k]));
    expect(same.length / Object.keys(want).length).toBeGreaterThanOrEqual(0.9);
    // nothing the text does not state; a differing value is only a sentence with a letter or two misread
    expect(Object.keys(got).filter((k) => !(k in want))).toEqual([]);
    for (const k of Object.keys(want).filter((k) => k in got && !same.includes(k))) {
      expect(typeof want[k], k).toBe('string');
      expect((want[k] as string).length, k).toBeGreaterThan(40);
      expect(distance(want[k] as string, got[k] as string), k).toBeLessThanOrEqual(4);
    }
    for (const k of ['funding.total', 'requisition.opens', 'requisition.closes', 'usage_period.from', 'usage_period.to', 'reporting.due', 'title', 'year']) {
      if (k in want) expect(got[k], k).toEqual(want[k]);
    }
    for (const [path, e] of Object.entries(scan.evidence)) {
      expect(e.ocr, path).toBe(true);
      expect(e.page, path).toBeGreaterThanOrEqual(1);
      expect(e.confidence, path).toBeGreaterThan(0.5);
      expect(e.confidence, path).toBeLessThanOrEqual(1);
    }
  });
});

describe('validate and OCR quotes', () => {
  const spec = (evidence: Record<string, { line: number; quote: string; page?: number; ocr?: true; confidence?: number }>): Parameters<typeof evidenceQuote.check>[0]['spec'] =>
    ({ spec: 1, kind: 'anvisning', id: 'x', year: 2026, title: 'X', source: { path: 'sources/2026/x.pdf', sha256: '0'.repeat(64) }, evidence }) as never;
  const check = (s: ReturnType<typeof spec>, sourceText?: string): ReturnType<typeof evidenceQuote.check> =>
    evidenceQuote.check({ file: 'specs/x/2026.yaml', spec: s, root: ROOT, ...(sourceText !== undefined ? { sourceText } : {}) });

  it('an OCR quote the scan, read again, does not give is a warning naming its page', () => {
    const found = check(spec({ title: { line: 3, page: 2, quote: 'Sista dag att rekvirera är den 13 maj 2026.', ocr: true, confidence: 0.93 } }), 'Sista dag att rekvirera är den l3 maj 2026.');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/OCR quote .*\(page 2\); compare it with the page image/u);
  });
  it('a quote that is not OCR stays an error', () => {
    const found = check(spec({ title: { line: 3, quote: 'Sista dag att rekvirera är den 13 maj 2026.' } }), 'Sista dag att rekvirera är den l3 maj 2026.');
    expect(found[0]!.severity).toBeUndefined();
  });
  it('a scan that cannot be read again without Tesseract leaves its OCR quotes unchecked, with a warning', () => {
    const found = check(spec({ title: { line: 3, page: 1, quote: 'Statsbidrag', ocr: true, confidence: 0.9 } }));
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/install tesseract-ocr and tesseract-ocr-swe/u) })]);
  });
});
