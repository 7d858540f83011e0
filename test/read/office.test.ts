import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { kindOf } from '../../extract/read/index.js';
import { toDocx } from '../../extract/read/office.js';
import { InputError } from '../../specs/diagnostics.js';
import { FIXTURES } from '../fixtures/office/make-fixtures.mjs';
import { cli, ROOT } from '../helpers.js';

// Word 97–2003, OpenDocument and RTF documents are read through LibreOffice into the .docx path:
// the fixtures are real texts' Word documents saved again by LibreOffice in each format, and each
// must give the spec of its .docx, field by field and position by position; what LibreOffice
// cannot read, and a missing LibreOffice, are one clear line each.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'grantspec-office-test-'));
const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60000 }).status === 0;
const fixture = (name: string, format: string): string => resolve(ROOT, 'test/fixtures/office', `${name}.${format}`);
const bytes = (s: string | number[]): Uint8Array => new Uint8Array(typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const word97 = (): Uint8Array => new Uint8Array([...OLE, ...new Array<number>(500).fill(0), ...Buffer.from('WordDocument', 'utf16le'), ...new Array<number>(2000).fill(0)]);

/** A spec without its `source` (the file's path and hash differ by format, nothing else may). */
function content(spec: object): string {
  const { source: _source, ...rest } = spec as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('what a file is, by name and content', () => {
  const docx = readFileSync(resolve(ROOT, 'test/fixtures/docx/socialdataregister.docx'));
  const odt = readFileSync(fixture('nationella-kvalitetsregister', 'odt'));
  const rtf = readFileSync(fixture('tillganglighet-och-vardkapacitet', 'rtf'));
  const doc = readFileSync(fixture('socialdataregister', 'doc'));
  const kind = (file: string, b: Uint8Array): string => {
    try {
      return kindOf(file, b);
    } catch (e) {
      return `${(e as InputError).diagnostic.rule}`;
    }
  };
  it.each([
    ['a.doc', doc, 'doc'], ['A.DOC', doc, 'doc'], ['a.dot', doc, 'doc'], ['a.odt', odt, 'odt'], ['a.rtf', rtf, 'rtf'],
    // Word saves RTF, web pages and .docx under .doc, and opens them by content
    ['a.doc', rtf, 'rtf'], ['a.doc', docx, 'docx'], ['a.doc', odt, 'odt'], ['a.doc', bytes('<html><body><p>Statsbidrag</p></body></html>'), 'html'],
    ['a.doc', bytes('Statsbidrag till kommuner'), 'text'],
    // a .doc renamed .docx; RTF under a text name (its control words must not become the title)
    ['a.docx', doc, 'doc'], ['a.txt', rtf, 'rtf'], ['a', rtf, 'rtf'],
    ['a.docx', docx, 'docx'], ['a.txt', bytes('Statsbidrag {\\rtf1} i texten'), 'text'],
  ])('%s holding the bytes given is read as %s', (file, b, expected) => {
    expect(kind(file, b)).toBe(expected);
  });
  it.each([
    ['a.docx', odt, 'extension-mismatch'], ['a.odt', docx, 'extension-mismatch'], ['a.odt', bytes('Statsbidrag'), 'odt-not-zip'],
    ['a.rtf', bytes('Statsbidrag till kommuner'), 'extension-mismatch'], ['a.txt', doc, 'extension-mismatch'], ['a.txt', odt, 'extension-mismatch'],
    ['a.doc', bytes('%PDF-1.7 …'), 'extension-mismatch'], ['a.odt', bytes('%PDF-1.7 …'), 'extension-mismatch'],
    ['a.doc', bytes([...OLE, ...Buffer.from('Workbook', 'utf16le')]), 'doc-not-word'],
  ])('%s holding other bytes is one line: %s', (file, b, rule) => {
    expect(kind(file, b)).toBe(rule);
  });
});

// skipped without LibreOffice on a developer's machine; in CI (which installs it) they run, and fail without it
if (!hasOffice && !process.env.CI) console.warn('LibreOffice tests skipped: no soffice (apt-get install libreoffice-writer-nogui)');
describe.skipIf(!hasOffice && !process.env.CI)('.doc, .odt and .rtf through LibreOffice', () => {
  for (const [name, format] of FIXTURES as Array<[string, string]>) {
    it(`${name}.${format} gives the spec of ${name}.docx, positions included`, async () => {
      const fromDocx = await extract(resolve(ROOT, 'test/fixtures/docx', `${name}.docx`), ROOT);
      const fromOffice = await extract(fixture(name, format), ROOT);
      expect(content(fromOffice)).toBe(content(fromDocx));
      expect(JSON.stringify(fromOffice)).toContain('"evidence"');
    }, 120_000);
  }

  it('validate reads a .doc as extract does: the spec validates, a quote not in the document is an error', async () => {
    const d = tmp();
    mkdirSync(join(d, 'specs', 'ny-lag-om-socialdataregister'), { recursive: true });
    const specFile = join(d, 'specs', 'ny-lag-om-socialdataregister', '2026.yaml');
    const r = await cli(['extract', fixture('socialdataregister', 'doc'), '--out', specFile]);
    expect(r.code, r.stderr).toBe(0);
    const ok = await cli(['validate', specFile]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const yaml = readFileSync(specFile, 'utf8');
    writeFileSync(specFile, yaml.replace('quote: Kommuner kan ta del av statsbidraget.', 'quote: Kommuner kan ta del av hela statsbidraget.'));
    expect(readFileSync(specFile, 'utf8')).not.toBe(yaml);
    const bad = await cli(['validate', specFile]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/error evidence-quote/u);
  }, 120_000);

  it('a damaged .doc is one line saying LibreOffice could not read it, nothing written, no temporary files left', async () => {
    const d = tmp();
    const file = join(d, 'skadad.doc');
    writeFileSync(file, word97());
    const own = join(d, 'tmp');
    mkdirSync(own);
    const out = join(d, 'skadad.yaml');
    const r = await cli(['extract', file, '--out', out], ROOT, { TMPDIR: own });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^.*skadad\.doc error office-unreadable .*save it as \.docx/u);
    expect(r.stderr).not.toMatch(/\n\s+at\s|Error:|node:internal/u);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(own)).toEqual([]);
  }, 120_000);
});

describe('without LibreOffice, or when it fails', () => {
  it('a .doc without LibreOffice installed is one line naming the package, nothing written', async () => {
    const d = tmp();
    const out = join(d, 'spec.yaml');
    const r = await cli(['extract', fixture('socialdataregister', 'doc'), '--out', out], ROOT, { PATH: join(d, 'no-programs-here') });
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/error office-needs-libreoffice .*apt-get install libreoffice-writer-nogui.*save the document as \.docx/u);
    expect(r.stderr).not.toMatch(/\n\s+at\s|Error:|node:internal/u);
    expect(existsSync(out)).toBe(false);
  });

  const standIn = (script: string): string => {
    const f = join(tmp(), 'soffice');
    writeFileSync(f, `#!/bin/sh\n${script}\n`);
    chmodSync(f, 0o755);
    return f;
  };
  const ruleOf = async (run: Promise<unknown>): Promise<string> => {
    try {
      await run;
      return 'no error';
    } catch (e) {
      return (e as InputError).diagnostic.rule;
    }
  };
  it('a LibreOffice that never finishes is stopped at the time limit, with one line', async () => {
    const started = Date.now();
    const rule = await ruleOf(toDocx(word97(), 'lång.doc', 'doc', { programs: [standIn('sleep 30')], timeoutMs: 300 }));
    expect(rule).toBe('office-timeout');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
  it('a LibreOffice that exits without writing the .docx, or fails, is office-unreadable', async () => {
    expect(await ruleOf(toDocx(word97(), 'tom.doc', 'doc', { programs: [standIn('exit 0')] }))).toBe('office-unreadable');
    expect(await ruleOf(toDocx(word97(), 'fel.doc', 'doc', { programs: [standIn('exit 81')] }))).toBe('office-unreadable');
  });
  it('the next program is tried when the first is not installed', async () => {
    const rule = await ruleOf(toDocx(word97(), 'a.doc', 'doc', { programs: ['/nonexistent/soffice', standIn('exit 1')] }));
    expect(rule).toBe('office-unreadable');
  });
});
