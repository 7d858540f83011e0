import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithComputedList, serve } from './helpers.js';

// The task-first site in Chromium: search from file:// (no server), the finder's filters with and
// without JavaScript, the worksheet's no-JS notice and link, and the keyboard on the new controls.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
const suite = have || process.env.CI ? describe : describe.skip;

let browser: Browser;
let server: Server;
let base: string;
let out: string;

async function open(url: string, js = true): Promise<Page & { errors: string[] }> {
  const page = await (await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } })).newPage() as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  return page;
}

suite('site v2 in Chromium', () => {
  beforeAll(async () => {
    // the four grants of the first catalogue: the finder's expectations list every grant
    out = await buildWithComputedList(undefined, ['tillganglighet-och-vardkapacitet', 'nationella-kvalitetsregister', 'socialdataregister', 'kompetensforsorjning-halso-och-sjukvard']);
    ({ server, url: base } = await serve(`${out}/site`));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it.each([
    ['koloskopier', 'grants/kompetensforsorjning-halso-och-sjukvard/2026.html', 'koloskopi'],
    ['rekvisition', 'grants/nationella-kvalitetsregister/2026.html', 'rekvisition'],
    ['återbetalning', 'grants/socialdataregister/2026.html', 'återbetalningsskyldig'],
    ['Jönköping', 'grants/nationella-kvalitetsregister/2026.html', 'Jönköpings'],
    ['Jönköping', 'mottagare/0680.html', 'Jönköping'],
    ['ombud', 'grants/tillganglighet-och-vardkapacitet/2025.html', 'ombud'],
    ['e-tjänst', 'grants/tillganglighet-och-vardkapacitet/2026.html', 'tjänst'],
    ['kvalitetsregistret', 'grants/nationella-kvalitetsregister/2026.html', 'kvalitetsregister'],
  ])('search from file:// finds %s on %s with a snippet marking the word', async (term, href, marked) => {
    const page = await open(`file://${out}/site/sok.html`);
    await page.fill('#q', term);
    const hit = page.locator('#sok-resultat li', { has: page.locator(`a[href="${href}"]`) });
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').allTextContents()).toContain(marked);
    expect((await hit.locator('.hit-snippet').textContent())!.length).toBeGreaterThan(20);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lists every page on the search page without JavaScript', async () => {
    const page = await open(`${base}/sok.html`, false);
    const links = await page.locator('#alla-sidor a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of ['grants/nationella-kvalitetsregister/2026.html', 'grants/tillganglighet-och-vardkapacitet/2025.html', 'kalender.html', 'hitta.html', 'mottagare/06.html']) expect(links).toContain(h);
    expect(await page.locator('input[type="search"]#q').count()).toBe(1);
    await page.close();
  });

  it('finder: every grant linked by its id, soonest deadline first; without JS the lists per type, status and agency', async () => {
    const page = await open(`${base}/hitta.html`, false);
    expect(await page.locator('h1').textContent()).toBe('Hitta statsbidrag');
    const hrefs = await page.locator('#finder-lista > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      'grants/kompetensforsorjning-halso-och-sjukvard/2026.html', // sista dag 4 maj
      'grants/nationella-kvalitetsregister/2026.html', // 13 maj
      // both next: kostnader t.o.m. 31 december; then by title
      'grants/tillganglighet-och-vardkapacitet/2026.html',
      'grants/socialdataregister/2026.html',
    ]);
    expect(await page.locator('#filter').isVisible()).toBe(false);
    await page.click('a[href="#typ-kommun"]');
    const kommun = await page.locator('h3#typ-kommun + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(kommun).toEqual(['grants/kompetensforsorjning-halso-och-sjukvard/2026.html', 'grants/socialdataregister/2026.html']);
    expect(await page.locator('h3#status-open + ul a').count()).toBe(2);
    expect(await page.locator('h3#myndighet-socialstyrelsen + ul a').count()).toBe(4);
    await page.close();
  });

  it('finder with JS: recipient type, status and last day within 30 days narrow the list', async () => {
    const page = await open(`${base}/hitta.html`);
    const visible = (): Promise<string[]> => page.locator('#finder-lista > li:not([hidden]) > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[1]!));
    await page.selectOption('#f-typ', 'region');
    await expect.poll(visible).toEqual(['kompetensforsorjning-halso-och-sjukvard', 'nationella-kvalitetsregister', 'tillganglighet-och-vardkapacitet']);
    await page.selectOption('#f-typ', 'kommun');
    await expect.poll(visible).toEqual(['kompetensforsorjning-halso-och-sjukvard', 'socialdataregister']);
    await page.selectOption('#f-typ', '');
    await page.selectOption('#f-status', 'open');
    await expect.poll(visible).toEqual(['kompetensforsorjning-halso-och-sjukvard', 'nationella-kvalitetsregister']);
    await page.selectOption('#f-status', 'closed');
    await expect.poll(visible).toEqual(['tillganglighet-och-vardkapacitet', 'socialdataregister']);
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-dagar', '30');
    // --today 2026-04-15: 4 May is 19 days away, 13 May 28
    await expect.poll(visible).toEqual(['kompetensforsorjning-halso-och-sjukvard', 'nationella-kvalitetsregister']);
    await page.selectOption('#f-myndighet', 'Socialstyrelsen');
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe('2 statsbidrag visas');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a keyboard user reaches the finder\'s filters and the summary\'s recipient choice, with a visible focus', async () => {
    const page = await open(`${base}/hitta.html`);
    await page.locator('#f-typ').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-myndighet');
    expect(await page.locator('#f-myndighet').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.close();
    const grant = await open(`${base}/grants/tillganglighet-och-vardkapacitet/2025.html`);
    const select = grant.locator('#mottagare-val');
    await expect.poll(() => select.isVisible()).toBe(true);
    await select.focus();
    await select.selectOption('06');
    await expect.poll(() => grant.locator('#ert-belopp').textContent()).toMatch(/^Region Jönköpings län: [\d\u00a0]+ kronor \(enligt fördelningslistan\)$/u);
    expect(await grant.locator('.summary').getAttribute('data-status')).toBe('closed');
    await grant.keyboard.press('Tab');
    expect(await grant.evaluate(() => document.activeElement?.textContent)).toBe('Checklista');
    await grant.close();
  });

  it('the worksheet says what needs JavaScript when it is off, and every grant-year page links a worksheet', async () => {
    const page = await open(`${base}/grants/nationella-kvalitetsregister/2025-aterrapportering.html`, false);
    expect(await page.locator('.noscript-note').isVisible()).toBe(true);
    await page.close();
    for (const path of ['grants/nationella-kvalitetsregister/2026.html', 'grants/tillganglighet-och-vardkapacitet/2026.html']) {
      const g = await open(`${base}/${path}`);
      const link = g.locator('.summary a', { hasText: 'Arbetsblad' });
      expect(await link.count()).toBe(1);
      await link.click();
      await expect.poll(() => g.locator('#worksheet').count()).toBe(1);
      await g.fill('#f1-1', '1500000,50');
      await g.fill('#f1-2', '1 200 000');
      await expect.poll(() => g.locator('#f1-3').textContent()).toBe('300\u00a0000,50 kr');
      await g.close();
    }
  });
});
