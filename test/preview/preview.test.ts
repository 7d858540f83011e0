import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decorate, fileFor } from '../../site/preview.js';
import { ROOT } from '../helpers.js';

// `grantspec preview` as an editor uses it: a running preview, a page open in Chromium, a spec
// edited on disk. The page reloads itself and shows the new title once the rebuild is done; a
// broken spec shows its error in the page (and the terminal) while the last good site stays served;
// the server is on 127.0.0.1 only. How fast the preview rebuilds is measured in `npm run bench`
// (test/bench/site-bench.ts), not here: the waits below only guard against a preview that hangs.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// how long a rebuild may take before the preview counts as hung (a loaded machine takes seconds)
const HANG_MS = 60_000;
const suite = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

describe('preview helpers', () => {
  it('serves files under the site folder only', () => {
    expect(fileFor('/srv/site', '/grants/x/2026.html')).toBe('/srv/site/grants/x/2026.html');
    expect(fileFor('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(fileFor('/srv/site', '/../../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(fileFor('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(fileFor('/srv/site', '/%zz')).toBeUndefined();
  });

  it('adds the reload script as a file (the CSP allows no inline script) and the errors, escaped', () => {
    const html = decorate('<html><head></head><body class="x"><main></main></body></html>', ['specs/a/2026.yaml:3:1 error schema <b>fel</b>']);
    expect(html).toContain('<script src="/__grantspec/reload.js" defer></script>\n</body>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('&lt;b&gt;fel&lt;/b&gt;');
    expect(html).not.toMatch(/<script>(?!<\/script>)/u);
  });
});

suite('grantspec preview in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grantspec-preview-test-'));
  const spec = join(dir, 'specs/socialdataregister/2026.yaml');
  let child: ChildProcess;
  let url = '';
  let terminal = '';
  let browser: Browser;

  beforeAll(async () => {
    cpSync(join(ROOT, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(ROOT, 'specs'), join(dir, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') && !s.includes('/reference') && !s.includes('/schema') });
    child = spawn(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'preview', '--specs', 'specs', '--port', '0', '--today', '2026-04-15'], { cwd: dir, env: { ...process.env, GRANTSPEC_CACHE: join(dir, '.cache') } });
    child.stderr!.on('data', (b: Buffer) => { terminal += b.toString(); });
    url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /preview at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(out);
        if (m) done(m[1]!);
      });
      child.once('exit', (code) => fail(new Error(`preview stopped (${code}): ${terminal}`)));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGINT');
    await new Promise((r) => child?.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  });

  // (before the test below, which leaves a spec broken)
  it('rebuilds when a source text changes: "Nytt i år" compares the years\' texts', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}grants/handikapporganisationer/2020.html`);
    await page.waitForFunction(() => document.querySelector('script[src="/__grantspec/reload.js"]') !== null);
    expect(await page.locator('ul.text-changes').textContent()).not.toContain('Vad som ska återrapporteras');
    const version = (await (await fetch(`${url}__grantspec/status`)).json() as { version: number }).version;
    await page.waitForFunction((v) => (document.documentElement.getAttribute('data-grantspec-version') ?? '').split(':')[0] === String(v), version, { timeout: HANG_MS });
    const source = join(dir, 'sources/2020/handikapporganisationer.txt');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nFöreningen ska redovisa hur medlen har använts i en slutrapport.\n`);
    await page.waitForFunction(() => document.querySelector('ul.text-changes')?.textContent?.includes('Föreningen ska redovisa hur medlen har använts i en slutrapport.'), undefined, { timeout: HANG_MS });
    await page.close();
  }, 3 * HANG_MS);

  it('shows an edited title once rebuilt, then an invalid edit\'s error over the last good site', async () => {
    const page = await (await browser.newContext()).newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (e) => scriptErrors.push(e.message));
    await page.goto(`${url}grants/socialdataregister/2026.html`);
    await page.waitForFunction(() => document.querySelector('script[src="/__grantspec/reload.js"]') !== null);
    const before = await page.textContent('h1');
    expect(before).not.toContain('Socialdataregistret i förhandsvisning');
    // the page's event stream is connected (the server sent it the current version) before the edit:
    // an edit rebuilt before it connects would give the page the new version as its first, and no reload
    const version = (await (await fetch(`${url}__grantspec/status`)).json() as { version: number }).version;
    await page.waitForFunction((v) => (document.documentElement.getAttribute('data-grantspec-version') ?? '').split(':')[0] === String(v), version, { timeout: HANG_MS });
    const rebuilt = terminal.split('grantspec: rebuilt in').length;
    const text = readFileSync(spec, 'utf8');
    writeFileSync(spec, text.replace(/^title: (.*)$/mu, 'title: Socialdataregistret i förhandsvisning'));
    // the page reloads itself after the rebuild (no time limit but one against a hang: speed is the bench's)
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Socialdataregistret i förhandsvisning'), undefined, { timeout: HANG_MS });
    // a rebuild did it: the server's version moved on and the terminal says so
    const after = (await (await fetch(`${url}__grantspec/status`)).json() as { version: number; errors: string[] });
    expect(after.version).toBeGreaterThan(version);
    expect(after.errors).toEqual([]);
    expect(terminal.split('grantspec: rebuilt in').length).toBeGreaterThan(rebuilt);
    // the served page is the rebuilt one: the new title in the heading and the document's title
    expect(await page.title()).toContain('Socialdataregistret i förhandsvisning');

    writeFileSync(spec, text.replace(/^title: (.*)$/mu, 'title: [ trasig'));
    await page.waitForSelector('.grantspec-preview-errors', { timeout: HANG_MS });
    expect(await page.textContent('.grantspec-preview-errors')).toContain('socialdataregister/2026.yaml');
    // the last good build: the title of the valid edit
    expect(await page.textContent('h1')).toContain('Socialdataregistret i förhandsvisning');
    expect(terminal).toMatch(/socialdataregister\/2026\.yaml:\d+:\d+ error/u);
    expect(terminal).toContain('still serving the last good build');
    expect(scriptErrors).toEqual([]);
  }, 3 * HANG_MS);

  it('listens on 127.0.0.1 only', async () => {
    const port = Number(new URL(url).port);
    const others = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4').map((a) => a!.address);
    for (const host of others) {
      const refused = await new Promise<boolean>((done) => {
        const s = connect({ host, port });
        s.once('connect', () => { s.destroy(); done(false); });
        s.once('error', () => done(true));
      });
      expect(refused, host).toBe(true);
    }
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
  });
});
