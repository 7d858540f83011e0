import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

// Saved pages and Word documents through the CLI: bad ones are one clear line and a non-zero exit
// with nothing written; good ones extract, validate against their visible text, and review.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'grantspec-markup-'));

describe('bad .docx and .html input', () => {
  const d = tmp();
  const write = (name: string, content: string | Buffer): string => { const f = join(d, name); writeFileSync(f, content); return f; };
  const cases: Array<[string, () => string, RegExp]> = [
    ['a .docx that is not a zip', () => resolve(ROOT, 'test/fixtures/docx/bad/not-a-zip.docx'), /docx-not-zip .*save the document again as \.docx/u],
    ['a zip without word/document.xml', () => resolve(ROOT, 'test/fixtures/docx/bad/no-document.docx'), /docx-no-document .*no word\/document\.xml/u],
    ['a password-protected Word document', () => resolve(ROOT, 'test/fixtures/docx/bad/encrypted.docx'), /docx-encrypted .*remove the password/u],
    ['a page with no text', () => write('tom.html', '<!doctype html><html><head><title>Statsbidrag</title></head><body><nav><a href="/">Start</a></nav><main><img src="a.png"></main><script>render()</script></body></html>'), /html-no-text .*save the page after it has loaded/u],
    ['a PDF named .html', () => { const f = join(d, 'sida.html'); copyFileSync(resolve(ROOT, 'test/fixtures/pdf/socialdataregister.writer.pdf'), f); return f; }, /extension-mismatch .*is a PDF, not a web page; rename it to \.pdf/u],
    ['a Word document named .html', () => { const f = join(d, 'dok.html'); copyFileSync(resolve(ROOT, 'test/fixtures/docx/socialdataregister.docx'), f); return f; }, /extension-mismatch .*rename it to \.docx/u],
    ['a web page named .docx', () => write('sida.docx', '<!doctype html><html><body><p>Statsbidrag</p></body></html>'), /extension-mismatch .*rename it to \.html/u],
    ['a PDF named .docx', () => { const f = join(d, 'anvisning.docx'); copyFileSync(resolve(ROOT, 'test/fixtures/pdf/socialdataregister.writer.pdf'), f); return f; }, /extension-mismatch .*rename it to \.pdf/u],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: one line with file and rule, non-zero exit, nothing written`, async () => {
      const file = make();
      const out = join(d, `${name.replace(/\W+/gu, '-')}.yaml`);
      const r = await cli(['extract', file, '--out', out]);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`${file} error `)).toBe(true);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at\s|Error:|node:internal/u);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('validate and review read pages and Word documents as extract does', () => {
  for (const source of ['test/fixtures/html/socialdataregister.html', 'test/fixtures/docx/socialdataregister.docx']) {
    it(`${source}: the extracted spec validates; a quote that is not visible text is an error`, async () => {
      const d = tmp();
      const specFile = join(d, 'specs', 'ny-lag-om-socialdataregister', '2026.yaml');
      mkdirSync(join(d, 'specs', 'ny-lag-om-socialdataregister'), { recursive: true });
      const r = await cli(['extract', source, '--out', specFile]);
      expect(r.code, r.stderr).toBe(0);
      const ok = await cli(['validate', specFile]);
      expect(ok.stdout + ok.stderr).not.toMatch(/evidence-quote/u);
      expect(ok.code, ok.stdout).toBe(0);
      // markup is not visible text: a quote with a tag in it is not in the source
      const yaml = readFileSync(specFile, 'utf8');
      writeFileSync(specFile, yaml.replace('quote: Kommuner kan ta del av statsbidraget.', 'quote: <p>Kommuner kan ta del av statsbidraget.</p>'));
      expect(readFileSync(specFile, 'utf8')).not.toBe(yaml);
      const bad = await cli(['validate', specFile]);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/error evidence-quote/u);
    });
  }
  it('review shows the page\'s visible text with the quotes marked', async () => {
    const d = tmp();
    const out = join(d, 'review.html');
    const r = await cli(['review', resolve(ROOT, 'test/fixtures/html/socialdataregister.html'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('cookie-consent');
    expect(html).not.toContain('075-247 30 00');
    expect(html).toMatch(/<a class="hl"[^>]*>Kommuner kan ta del av statsbidraget/u);
  });
});
