import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { pageOfMhtml, quotedPrintable } from '../../extract/read/mhtml.js';
import { PAGES } from '../fixtures/mhtml/make-fixtures.mjs';
import { cli, ROOT, toWindows1252 } from '../helpers.js';

// Pages saved as one file (.mhtml, .mht): the fixtures are real texts' saved pages (test/fixtures/html)
// saved again by Chromium's MHTML writer; each must give the spec of its .html, positions apart (the
// archive holds Chromium's serialisation of the page, so lines and columns differ).

const tmp = (): string => mkdtempSync(join(tmpdir(), 'grantspec-mhtml-'));
const html = (name: string): string => resolve(ROOT, 'test/fixtures/html', `${name}.html`);
const withoutPositions = (spec: object): string => {
  const { source: _source, ...rest } = spec as Record<string, unknown>;
  return JSON.stringify(rest, (k, v: unknown) => (k === 'line' || k === 'column' ? undefined : v));
};

/** A MIME web archive of one page, as Word and older browsers write them. */
function archive(page: Uint8Array | string, headers: string, extra = ''): Buffer {
  const body = typeof page === 'string' ? page : Buffer.from(page).toString('latin1');
  return Buffer.from([
    'From: <Saved by Microsoft Word>', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\tboundary="----=_NextPart_01DB"', '',
    'Detta är ett dokument i flera delar i MIME-format.', '',
    '------=_NextPart_01DB', headers, '', body, extra,
    '------=_NextPart_01DB--', '',
  ].join('\r\n'), 'latin1');
}

describe('saved pages in one file (.mhtml, .mht)', () => {
  for (const name of PAGES) {
    it(`${name}.mhtml gives the spec of ${name}.html`, async () => {
      const fromHtml = await extract(html(name), ROOT);
      const fromMhtml = await extract(resolve(ROOT, 'test/fixtures/mhtml', `${name}.mhtml`), ROOT);
      expect(withoutPositions(fromMhtml)).toBe(withoutPositions(fromHtml));
    });
  }

  it('a base64 part in Windows-1252, as Word writes a .mht, gives the same spec', async () => {
    const page = readFileSync(html('38-mucf-stodja-ungas-organisering-2023'), 'utf8').replace(/charset=["']?utf-8["']?/giu, 'charset=windows-1252');
    const encoded = Buffer.from(toWindows1252(page)).toString('base64').replace(/.{76}/gu, '$&\r\n');
    const d = tmp();
    const file = join(d, 'sida.mht');
    writeFileSync(file, archive(encoded, 'Content-Location: file:///C:/sida.htm\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/html; charset="windows-1252"',
      '\r\n------=_NextPart_01DB\r\nContent-Location: file:///C:/sida_files/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo='));
    expect(withoutPositions(await extract(file, ROOT))).toBe(withoutPositions(await extract(html('38-mucf-stodja-ungas-organisering-2023'), ROOT)));
  });

  it('the page is the part the archive names as its start, not the first HTML part (a frame)', () => {
    const message = Buffer.from([
      'Snapshot-Content-Location: https://x.se/sida', 'MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="B"', '',
      '--B', 'Content-Type: text/html', 'Content-Location: https://x.se/annons', '', '<p>Annons</p>',
      '--B', 'Content-Type: text/html; charset=utf-8', 'Content-Location: https://x.se/sida', 'Content-Transfer-Encoding: quoted-printable', '', '<p>Statsbidrag f=C3=B6r =', 'kommuner</p>',
      '--B--', '',
    ].join('\n'), 'latin1');
    expect(pageOfMhtml(new Uint8Array(message), 'x.mhtml')).toEqual({ html: '<p>Statsbidrag för kommuner</p>' });
  });

  it('a plain page named .mhtml is read as the page it is', async () => {
    const d = tmp();
    const file = join(d, 'sida.mhtml');
    writeFileSync(file, readFileSync(html('socialdataregister')));
    expect(withoutPositions(await extract(file, ROOT))).toBe(withoutPositions(await extract(html('socialdataregister'), ROOT)));
  });

  it('validate reads a .mhtml as extract does', async () => {
    const d = tmp();
    mkdirSync(join(d, 'specs', 'ny-lag-om-socialdataregister'), { recursive: true });
    const specFile = join(d, 'specs', 'ny-lag-om-socialdataregister', '2026.yaml');
    const r = await cli(['extract', resolve(ROOT, 'test/fixtures/mhtml/socialdataregister.mhtml'), '--out', specFile]);
    expect(r.code, r.stderr).toBe(0);
    const ok = await cli(['validate', specFile]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const yaml = readFileSync(specFile, 'utf8');
    writeFileSync(specFile, yaml.replace('quote: Kommuner kan ta del av statsbidraget.', 'quote: <p>Kommuner kan ta del av statsbidraget.</p>'));
    expect(readFileSync(specFile, 'utf8')).not.toBe(yaml);
    const bad = await cli(['validate', specFile]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/error evidence-quote/u);
  });

  const cases: Array<[string, Buffer, RegExp]> = [
    ['an archive without a page', archive('iVBORw0KGgo=', 'Content-Type: image/png\r\nContent-Transfer-Encoding: base64'), /error mhtml-no-page .*save the page again as \.html/u],
    ['a multipart archive without a boundary', Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<p>Statsbidrag</p>\r\n'), /error mhtml-invalid .*save the page again as \.html/u],
    ['a PDF named .mhtml', readFileSync(resolve(ROOT, 'test/fixtures/pdf/socialdataregister.writer.pdf')), /error extension-mismatch .*rename it to \.pdf/u],
  ];
  for (const [name, content, message] of cases) {
    it(`${name}: one line, non-zero exit, nothing written`, async () => {
      const d = tmp();
      const file = join(d, 'sida.mhtml');
      writeFileSync(file, content);
      const out = join(d, 'spec.yaml');
      const r = await cli(['extract', file, '--out', out]);
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at\s|Error:|node:internal/u);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('quoted-printable', () => {
  it.each([
    ['Statsbidrag f=C3=B6r', 'Statsbidrag för'],
    ['en rad som =\r\nforts=C3=A4tter', 'en rad som fortsätter'],
    ['en rad som =\nforts=C3=A4tter', 'en rad som fortsätter'],
    ['class=3D"a"', 'class="a"'],
    ['1 =3d 1 och 2 = 2', '1 = 1 och 2 = 2'],
    ['slut=', 'slut='],
  ])('%j is %j', (encoded, decoded) => {
    expect(Buffer.from(quotedPrintable(encoded)).toString('utf8')).toBe(decoded);
  });

  /** A quoted-printable encoder as mail writers do it: unsafe bytes as =XX, soft breaks every 76. */
  const encode = (bytes: Uint8Array, eol: string): string => {
    let out = '';
    let line = 0;
    for (const b of bytes) {
      const piece = b === 0x3d || b < 0x20 || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
      if (line + piece.length > 75) { out += `=${eol}`; line = 0; }
      out += piece;
      line += piece.length;
    }
    return out;
  };
  it('decodes what an encoder wrote, for any bytes and either line end', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('\r\n', '\n'), (bytes, eol) => {
      expect(Array.from(quotedPrintable(encode(bytes, eol)))).toEqual(Array.from(bytes));
    }));
  });
});
