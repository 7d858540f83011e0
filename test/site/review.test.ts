import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

// grantspec review: every extracted value highlighted at its quote and linked both ways, missing
// fields listed, lint findings in place; self-contained and accessible.

const SOURCES = ['sources/2026/nationella-kvalitetsregister.txt', 'sources/2026/kompetensforsorjning-halso-och-sjukvard.txt', 'sources/2026/socialdataregister.txt',
  'sources/2026/tillganglighet-och-vardkapacitet.txt', 'sources/2025/nationella-kvalitetsregister.aterrapportering.txt'];
const dir = mkdtempSync(join(tmpdir(), 'grantspec-review-'));

describe.each(SOURCES)('review of %s', (source) => {
  it('highlights every extracted value at its quote, links both ways, and loads nothing from outside', async () => {
    const out = join(dir, `${source.replace(/\W+/gu, '-')}.html`);
    const r = await cli(['review', source, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const spec = JSON.parse((await cli(['extract', source, '--format', 'json'])).stdout) as { evidence: Record<string, unknown> };
    for (const field of Object.keys(spec.evidence)) {
      const id = field.replace(/[^a-z0-9]+/giu, '-').toLowerCase();
      expect(html, field).toContain(`id="src-${id}"`);
      expect(html, field).toContain(`href="#src-${id}"`);
      expect(html, field).toContain(`id="f-${id}"`);
    }
    expect(html).not.toContain('citatet hittades inte');
    expect(html).not.toMatch(/<(?:script|link|img)\b/iu);
  });
});

describe('review details', () => {
  it('lists what the tillgänglighet anvisning lacks and places lint findings in the text', async () => {
    const out = join(dir, 't.html');
    await cli(['review', 'sources/2026/tillganglighet-och-vardkapacitet.txt', '--out', out]);
    expect(readFileSync(out, 'utf8')).toContain('<code>requisition.opens</code>: inget öppningsdatum hittades');
    const out2 = join(dir, 's.html');
    await cli(['review', 'sources/2026/socialdataregister.txt', '--out', out2]);
    const html = readFileSync(out2, 'utf8');
    expect(html).toMatch(/<span class="lint" id="lint-1"><a href="#lf-1">⚠ email-mismatch<\/a><\/span>/u);
    expect(html).toContain('<li id="lf-1"><a href="#lint-1">Rad 82:1</a>');
  });
  it.skipIf(!existsSync('/usr/bin/chromium') && !process.env.CI)('has no axe-core WCAG 2.1 AA violations', async () => {
    const out = join(dir, 'axe.html');
    await cli(['review', 'sources/2026/socialdataregister.txt', '--out', out]);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`file://${out}`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
