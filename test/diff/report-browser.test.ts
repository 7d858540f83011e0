import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { formatHtml } from '../../specs/diff/format.js';
import { loadSpec } from '../../specs/load.js';

// The HTML change report in real Chromium: axe-core finds no WCAG 2.1 A/AA violations, and it
// prints on A4 without content cut off at the sides.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

suite('the HTML change report in Chromium', () => {
  it('has no axe-core WCAG 2.1 AA violations and prints on A4', async () => {
    const [a, b] = await Promise.all(['2025', '2026'].map(async (y) => (await loadSpec(`specs/tillganglighet-och-vardkapacitet/${y}.yaml`)).spec!));
    const html = formatHtml(diffSpecs(a!, b!));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent(html);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      // A4 less 15 mm margins is about 680 CSS px wide: nothing wider
      await page.setViewportSize({ width: 680, height: 1000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
