import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { makePdf, paginate, wrap } from '../bench/pdf-writer.js';
import { cli, ROOT } from '../helpers.js';

// PDFs read as a careful reader reads them: the same spec as the text they were made from.

// A hyphen at a line end is read as a word broken across lines ("vårdka-" + "paciteten"); a compound
// hyphen that happens to fall there ("life science-" + "sektorn") is lost, so items compare without hyphens.
const loose = (xs: unknown): string[] => (Array.isArray(xs) ? xs.map((x) => String(x).replace(/-/gu, '').replace(/\s+/gu, ' ')) : []);

function core(s: GrantSpec): Record<string, unknown> {
  if (s.kind === 'reporting-form') {
    return {
      kind: s.kind, year: s.year, title: s.title, due: s.due, max: s.max_submissions, contacts: s.contacts?.map((c) => c.email),
      questions: (s.questions ?? []).map((q) => [q.number, q.type, q.required ?? false, q.max_chars ?? 0, q.rows ?? 0, q.options ?? []]),
    };
  }
  return {
    kind: s.kind, year: s.year, title: s.title, recipients: s.recipients, funding: s.funding,
    opens: s.requisition?.opens, closes: s.requisition?.closes, usage: s.usage_period,
    uses: loose(s.permitted_uses), excluded: loose(s.excluded_uses), underlag: loose(s.evidence_documents),
    invoice: s.repayment?.invoice_threshold, legal: (s.legal_basis ?? []).map((r) => r.ref).sort(),
    contacts: (s.contacts ?? []).map((c) => c.email),
  };
}

// the anvisningar also as Writer two-column PDFs (a balanced two-column section under the title);
// Chromium's anvisningar are in two columns already, the form in one
const TWO = ['writer', 'chromium', 'writer-2col'];
const pairs = [
  ['sources/2026/nationella-kvalitetsregister.txt', 'nationella-kvalitetsregister', TWO],
  ['sources/2026/kompetensforsorjning-halso-och-sjukvard.txt', 'kompetensforsorjning-halso-och-sjukvard', TWO],
  ['sources/2026/socialdataregister.txt', 'socialdataregister', TWO],
  ['sources/2026/tillganglighet-och-vardkapacitet.txt', 'tillganglighet-och-vardkapacitet', TWO],
  ['sources/2025/nationella-kvalitetsregister.aterrapportering.txt', 'nationella-kvalitetsregister.aterrapportering', ['writer', 'chromium']],
] as const;
const pdfPairs = pairs.flatMap(([txt, name, producers]) => producers.map((producer) => [txt, `test/fixtures/pdf/${name}.${producer}.pdf`] as const));

describe.each(pdfPairs)('%s as %s', (txt, pdf) => {
  it('gives the same core fields as the text, with a page for every quote', async () => {
    const [a, b] = await Promise.all([extract(resolve(ROOT, txt), ROOT), extract(resolve(ROOT, pdf), ROOT)]);
    expect(core(b)).toEqual(core(a));
    const pages = Object.values(b.evidence).map((e) => e.page);
    expect(pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
  });
});

describe('real grant pages the extractor was not written for, as PDFs', () => {
  const dev = readdirSync(resolve(ROOT, 'test/fixtures/corpus/dev')).filter((f) => f.endsWith('.txt')).sort();
  it.each(dev)('%s', async (f) => {
    const [a, b] = await Promise.all([
      extract(resolve(ROOT, 'test/fixtures/corpus/dev', f), ROOT),
      extract(resolve(ROOT, 'test/fixtures/pdf/dev', f.replace(/\.txt$/u, '.pdf')), ROOT),
    ]);
    expect(core(b)).toEqual(core(a));
  });
});

// The project's own dev corpus (other agencies and genres: grant pages, utlysningar, förordningar,
// regleringsbrev, reporting instructions) in one column and in two, by both producers; each PDF
// is named after its text: <text>.<producer>[-2col].pdf
describe('own corpus texts of other agencies and genres, as PDFs in one and two columns', () => {
  const own = readdirSync(resolve(ROOT, 'test/fixtures/pdf/own')).filter((f) => f.endsWith('.pdf')).sort();
  it('has two-column PDFs from both producers and one-column PDFs', () => {
    expect(own.filter((f) => f.endsWith('.writer-2col.pdf')).length).toBeGreaterThanOrEqual(6);
    expect(own.filter((f) => f.endsWith('.chromium-2col.pdf')).length).toBeGreaterThanOrEqual(6);
    expect(own.filter((f) => !f.includes('-2col')).length).toBeGreaterThanOrEqual(10);
  });
  it.each(own)('%s gives the same core fields as its text, with a page for every quote', async (f) => {
    const txt = resolve(ROOT, 'test/corpus/dev', f.replace(/\.(?:writer|chromium)(?:-2col)?\.pdf$/u, '.txt'));
    const [a, b] = await Promise.all([extract(txt, ROOT), extract(resolve(ROOT, 'test/fixtures/pdf/own', f), ROOT)]);
    expect(core(b)).toEqual(core(a));
    const pages = Object.values(b.evidence).map((e) => e.page);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
  });
});

describe('bad PDFs', () => {
  const d = mkdtempSync(join(tmpdir(), 'grantspec-pdf-'));
  // without Tesseract on the PATH, as on a machine that has not installed it
  const noOcr = { PATH: mkdtempSync(join(tmpdir(), 'grantspec-bin-')) };
  const cases: Array<[string, () => string, RegExp, NodeJS.ProcessEnv?]> = [
    ['a truncated PDF', () => resolve(ROOT, 'test/fixtures/pdf/bad/truncated.pdf'), /pdf-invalid .*get a fresh copy/u],
    ['a text file named .pdf', () => { const f = join(d, 'inte.pdf'); writeFileSync(f, 'Det här är ingen PDF.\n'); return f; }, /pdf-invalid/u],
    ['a PDF encrypted with a user password', () => resolve(ROOT, 'test/fixtures/pdf/bad/user-password.pdf'), /pdf-encrypted the PDF is password protected; ask the publisher for an unprotected copy/u],
    ['a scanned PDF without a text layer, Tesseract not installed', () => resolve(ROOT, 'test/fixtures/pdf/bad/scanned.pdf'), /pdf-no-text page 1–\d+ have no text layer .*OCR is needed.*install tesseract-ocr tesseract-ocr-swe/u, noOcr],
    ['a PDF with no pages', () => { const f = join(d, 'tom.pdf'); writeFileSync(f, makePdf([])); return f; }, /pdf-empty|pdf-invalid/u],
  ];
  it.each(cases)('%s gets one clear line, a non-zero exit and no output file', async (_, file, message, env) => {
    const out = join(d, `${Math.random().toString(36).slice(2)}.yaml`);
    const r = await cli(['extract', file(), '--out', out], ROOT, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/u);
    expect(existsSync(out)).toBe(false);
  });

  it('extracts a PDF with only an owner password like the unprotected one', async () => {
    const [a, b] = await Promise.all([
      extract(resolve(ROOT, 'test/fixtures/pdf/socialdataregister.writer.pdf'), ROOT),
      extract(resolve(ROOT, 'test/fixtures/pdf/bad/owner-password.pdf'), ROOT),
    ]);
    expect(core(b)).toEqual(core(a));
  });

  it('reads a 500-page PDF to the end, saying how far it has come', async () => {
    const text = readFileSync(resolve(ROOT, 'sources/2026/socialdataregister.txt'), 'utf8');
    const lines: string[] = [];
    while (lines.length < 50 * 500) lines.push(...wrap(text));
    const f = join(d, 'lang.pdf');
    writeFileSync(f, makePdf(paginate(lines.slice(0, 50 * 500))));
    const r = await cli(['extract', f, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/reading page 1 of 500\n(?:.*\n)*grantspec: reading page 500 of 500/u);
    const spec = JSON.parse(r.stdout) as GrantSpec;
    expect(spec.kind).toBe('anvisning');
    expect(Object.values(spec.evidence).every((e) => (e.page ?? 0) >= 1 && (e.page ?? 0) <= 500)).toBe(true);
  }, 180_000);
});
