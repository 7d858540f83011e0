import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatOf, SOURCE_FORMATS } from '../../extract/read/formats.js';
import { kindOf } from '../../extract/read/index.js';
import { sourcesOf } from '../../bin/sources.js';

// The one table of source formats: the reader, the main job and the error lines all read it, so a
// format added there is read, picked from sources/ and named in one edit.

const HTML = new TextEncoder().encode('<!doctype html><html lang="sv"><body><h1>Statsbidrag</h1></body></html>');
const RTF = new TextEncoder().encode('{\\rtf1\\ansi Statsbidrag}');
const TEXT = new TextEncoder().encode('Statsbidrag för 2027\n');

describe('SOURCE_FORMATS', () => {
  it('names each extension once, in lower case with its dot', () => {
    const exts = SOURCE_FORMATS.map((f) => f.ext);
    expect(new Set(exts).size).toBe(exts.length);
    for (const e of exts) expect(e).toMatch(/^\.[a-z]+$/u);
  });

  it('names the main formats in the lines that say what to give', () => {
    expect(FORMATS).toBe('.txt, .md, .pdf, .html, .mhtml, .docx, .doc, .odt or .rtf');
  });

  it('reads a name in any case, and nothing for a name outside the table', () => {
    expect(formatOf('Anvisning.HTM')?.as).toBe('html');
    expect(formatOf('/a/b/rapport.Mht')?.as).toBe('mhtml');
    expect(formatOf('fordelning.csv')).toBeUndefined();
    expect(formatOf('README')).toBeUndefined();
  });

  it('is what kindOf reads by: a page under each HTML name, RTF under its own, text under .txt and .md', () => {
    for (const f of SOURCE_FORMATS.filter((x) => x.as === 'html')) expect(kindOf(`a${f.ext}`, HTML)).toBe('html');
    expect(kindOf('a.rtf', RTF)).toBe('rtf');
    expect(kindOf('a.txt', TEXT)).toBe('text');
    expect(kindOf('a.md', TEXT)).toBe('text');
    // a name outside the table is read by its content
    expect(kindOf('a.csv', RTF)).toBe('rtf');
    expect(kindOf('a.csv', TEXT)).toBe('text');
  });

  it('is what the main job picks from sources/<year>/: every extension in the table, nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantspec-formats-'));
    mkdirSync(join(dir, '2027'));
    const names = SOURCE_FORMATS.map((f, i) => `grant-${i}${f.ext}`);
    for (const n of [...names, 'fordelning.csv', 'notes', 'grant-x.yaml']) writeFileSync(join(dir, '2027', n), 'x');
    const got = await sourcesOf(dir, '2027');
    expect(got.map((s) => s.f)).toEqual([...names].sort());
    expect(got.map((s) => s.name)).toEqual([...names].sort().map((n) => n.replace(/\.[a-z]+$/u, '')));
  });
});
