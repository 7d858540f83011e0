import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../../bin/sources.js';
import type { InputError } from '../../specs/diagnostics.js';

// The main job extracts every source of a year in every format extract reads, each to the draft
// named after it; two files that would write one draft are an error, not one silently replacing the other.

function year(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'grantspec-sources-'));
  mkdirSync(join(dir, '2027'));
  for (const f of files) writeFileSync(join(dir, '2027', f), 'Statsbidrag');
  return dir;
}

describe('the sources the main job extracts', () => {
  it('every format extract reads, in name order, with its draft name; other files are left alone', async () => {
    const dir = year(['b.pdf', 'a.txt', 'c.docx', 'd.DOC', 'e.odt', 'f.rtf', 'g.mhtml', 'h.html', 'i.md', 'README', 'bild.png', 'j.yaml', 'k.htm']);
    expect(await sourcesOf(dir, '2027')).toEqual([
      { f: 'a.txt', name: 'a' }, { f: 'b.pdf', name: 'b' }, { f: 'c.docx', name: 'c' }, { f: 'd.DOC', name: 'd' }, { f: 'e.odt', name: 'e' },
      { f: 'f.rtf', name: 'f' }, { f: 'g.mhtml', name: 'g' }, { f: 'h.html', name: 'h' }, { f: 'i.md', name: 'i' }, { f: 'k.htm', name: 'k' },
    ]);
  });
  it('a name in two formats is one line naming both files', async () => {
    const dir = year(['lona.txt', 'lona.pdf', 'annat.txt']);
    const error = await sourcesOf(dir, '2027').then(() => undefined, (e: InputError) => e.diagnostic);
    expect(error?.rule).toBe('duplicate-source');
    expect(error?.message).toMatch(/lona\.pdf and lona\.txt would both be extracted to dist\/extracted\/2027\/lona\.yaml/u);
  });
  it('the shipped sources are all text, and none shares its name', async () => {
    const { readdirSync } = await import('node:fs');
    const { ROOT } = await import('../helpers.js');
    for (const y of readdirSync(join(ROOT, 'sources'), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const list = await sourcesOf(join(ROOT, 'sources'), y.name);
      expect(list.length).toBeGreaterThan(0);
      for (const { f } of list) expect(f).toMatch(/\.(?:txt|md)$/u);
    }
  });
});
