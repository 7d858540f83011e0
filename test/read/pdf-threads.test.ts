import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// A long PDF read by two threads (the helper from the last page down) gives exactly the text one
// thread gives. The helper runs from the compiled build (a worker thread loads JavaScript), so the
// test reads through build/ (`npm test` compiles first). The document: the seed anvisningar's PDFs
// twice over (48 pages), where bulleted items run over page breaks, so some of the helper's pages
// are laid out again with the item carried in.

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'build/extract/read/pdf.js');
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
const FIXTURES = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']
  .flatMap((n) => [`${n}.writer.pdf`, `${n}.chromium.pdf`]).map((f) => join(ROOT, 'test/fixtures/pdf', f));

type Reader = typeof import('../../extract/read/pdf.js');

describe.runIf(hasQpdf && existsSync(BUILT))('PDF reading in two threads', () => {
  it('gives the same text, page starts and links as one thread, the helper reading the last pages', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'grantspec-threads-')), 'long.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...FIXTURES, ...FIXTURES, '--', out]);
    const bytes = new Uint8Array(readFileSync(out));
    const { readPdfText } = await import(pathToFileURL(BUILT).href) as Reader;
    const alone = await readPdfText(bytes, out, { parallelFrom: Infinity });
    const shared = await readPdfText(bytes, out, { parallelFrom: 1, helperFrom: 13 });
    expect(alone.pages).toBe(48);
    expect(alone.helperPages).toBe(0);
    expect(shared.helperPages).toBeGreaterThanOrEqual(36);
    expect(shared.text).toBe(alone.text);
    expect(shared.pageStarts).toEqual(alone.pageStarts);
    expect(shared.links).toEqual(alone.links);
  }, 180_000);

  it('falls back to this thread when the second thread fails, without hanging: the same text as one thread', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'grantspec-threads-')), 'long.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...FIXTURES, '--', out]);
    const bytes = new Uint8Array(readFileSync(out));
    const { readPdfText } = await import(pathToFileURL(BUILT).href) as Reader;
    const alone = await readPdfText(bytes, out, { parallelFrom: Infinity });
    // pages 9-24 are left to a helper that dies at once (an exception, or an exit with an error code)
    // or that sends nothing and ends: the main thread reads them itself
    for (const script of ['throw new Error("helper crashed")', 'process.exit(3)', '']) {
      const helperScript = new URL(`data:text/javascript,${encodeURIComponent(script)}`);
      const shared = await readPdfText(bytes, out, { parallelFrom: 1, helperFrom: 9, helperScript });
      expect(shared.helperPages).toBe(0);
      expect(shared.text).toBe(alone.text);
      expect(shared.pageStarts).toEqual(alone.pageStarts);
      expect(shared.links).toEqual(alone.links);
    }
  }, 180_000);

  it('reads a damaged, an encrypted and a scanned PDF the same (the same error, or the same text) whether or not a helper started', async () => {
    const { readPdfText } = await import(pathToFileURL(BUILT).href) as Reader;
    for (const name of ['user-password.pdf', 'truncated.pdf', 'scanned.pdf']) {
      const file = join(ROOT, 'test/fixtures/pdf/bad', name);
      const bytes = new Uint8Array(readFileSync(file));
      const outcome = (o: { parallelFrom: number; helperFrom?: number }): Promise<string> =>
        readPdfText(bytes, file, o).then((r) => r.text, (e: Error) => `${e.constructor.name}: ${e.message}`);
      const alone = await outcome({ parallelFrom: Infinity });
      if (name === 'user-password.pdf') expect(alone).toMatch(/password protected/u);
      expect(await outcome({ parallelFrom: 1, helperFrom: 1 })).toBe(alone);
    }
  }, 120_000);
});
