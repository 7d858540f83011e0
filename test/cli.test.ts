import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, toWindows1252 } from './helpers.js';

// The CLI as a user meets it: one clear line for bad input, a non-zero exit, no stack trace, no
// half-written output.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'grantspec-'));

function oneCleanLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at\s|Error:|node:internal/u);
}

describe('grantspec --help', () => {
  it('lists the commands', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['extract', 'validate', 'schema']) expect(r.stdout).toContain(`grantspec ${c}`);
  });
});

describe('bad input', () => {
  const d = tmp();
  const cases: Array<[string, () => string[], RegExp]> = [
    ['an empty file', () => { const f = join(d, 'empty.txt'); writeFileSync(f, ''); return ['extract', f]; }, /empty-input/u],
    ['a binary file', () => { const f = join(d, 'bild.txt'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])); return ['extract', f]; }, /binary-input/u],
    ['a text that is not a grant instruction', () => { const f = join(d, 'recept.txt'); writeFileSync(f, 'Pannkakor\n\nVispa ihop mjöl och mjölk. Stek i smör.\n'); return ['extract', f]; }, /not-a-grant-instruction/u],
    ['a missing file', () => ['extract', join(d, 'finns-inte.txt')], /missing-file/u],
    ['a folder', () => ['extract', d], /not-a-file/u],
    ['a broken PDF', () => { const f = join(d, 'a.pdf'); writeFileSync(f, '%PDF-1.4\n%%EOF\n'); return ['extract', f]; }, /pdf-invalid/u],
    ['an unknown command', () => ['frobnicate'], /unknown command 'frobnicate'/u],
    ['an unknown option', () => ['extract', '--nope', 'x.txt'], /--nope|Unknown option/u],
    ['a wrong format', () => ['extract', 'x.txt', '--format', 'xml'], /unknown --format 'xml'/u],
  ];
  it.each(cases)('%s gets one clear line and a non-zero exit', async (_, args, message) => {
    const r = await cli(args());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    oneCleanLine(r.stderr);
  });
});

describe('extract', () => {
  it('prints JSON with --format json', async () => {
    const r = await cli(['extract', 'sources/2026/nationella-kvalitetsregister.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.stdout) as { kind: string; requisition: { closes: string } };
    expect(spec.kind).toBe('anvisning');
    expect(spec.requisition.closes).toBe('2026-05-13');
  });
  it('starts YAML with the yaml-language-server modeline', async () => {
    const r = await cli(['extract', 'sources/2026/socialdataregister.txt']);
    expect(r.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../grant-spec.schema.json');
  });
  it('never overwrites an existing spec without --force, and writes atomically', async () => {
    const d = tmp();
    const out = join(d, 'specs', 'x', '2026.yaml');
    const first = await cli(['extract', resolve(ROOT, 'sources/2026/socialdataregister.txt'), '--out', out]);
    expect(first.code).toBe(0);
    writeFileSync(out, '# curated by an editor\n');
    const again = await cli(['extract', resolve(ROOT, 'sources/2026/socialdataregister.txt'), '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/would-overwrite.*--force/u);
    oneCleanLine(again.stderr);
    expect(readFileSync(out, 'utf8')).toBe('# curated by an editor\n');
    const forced = await cli(['extract', resolve(ROOT, 'sources/2026/socialdataregister.txt'), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/kind: anvisning/u);
    expect(readdirSync(join(d, 'specs', 'x'))).toEqual(['2026.yaml']);
  });
  it('leaves no output file when extraction fails', async () => {
    const d = tmp();
    const out = join(d, 'out.yaml');
    const src = join(d, 'empty.txt');
    writeFileSync(src, '');
    const r = await cli(['extract', src, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
  });
  it('extracts a Windows-1252 copy exactly like its UTF-8 original', async () => {
    const d = tmp();
    for (const name of ['socialdataregister', 'tillganglighet-och-vardkapacitet']) {
      const src = resolve(ROOT, `sources/2026/${name}.txt`);
      const copy = join(d, `${name}.txt`);
      writeFileSync(copy, toWindows1252(readFileSync(src, 'utf8')));
      const a = JSON.parse((await cli(['extract', src, '--format', 'json'])).stdout) as Record<string, unknown>;
      const b = JSON.parse((await cli(['extract', copy, '--format', 'json'])).stdout) as Record<string, unknown>;
      delete a.source; delete b.source;
      expect(b).toEqual(a);
    }
  });
  it('is deterministic: the same input gives byte-identical output', async () => {
    const a = await cli(['extract', 'sources/2025/nationella-kvalitetsregister.aterrapportering.txt']);
    const b = await cli(['extract', 'sources/2025/nationella-kvalitetsregister.aterrapportering.txt']);
    expect(a.stdout).toBe(b.stdout);
  });
});
