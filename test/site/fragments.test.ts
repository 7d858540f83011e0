import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Fragments } from '../../site/fragments.js';
import { cacheFolder, writeCacheFile } from '../../site/write.js';
import { HOLE, type Render } from '../../site/render.js';

// The fragments cache hands back a rendering only for the same template and the same data: data
// that renders differently must never find another's fragment, and its file is written without
// following a link planted where it writes.

const work = mkdtempSync(join(tmpdir(), 'grantspec-fragments-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// renders a value as a template would ({{v}}: String of it, null and undefined as nothing)
const stringify: Render = (_t, data) => `<p>${data.v === null || data.v === undefined ? '' : String(data.v)}</p>`;

describe('fragments cache', () => {
  it('never serves the fragment of data JSON writes alike but a template renders apart (NaN, Infinity, null)', () => {
    const file = join(work, 'values.json');
    const first = Fragments.load(file, 'k');
    expect(first.render(stringify)('t', { v: null })).toBe('<p></p>');
    first.save();
    for (const v of [NaN, Infinity, -Infinity, undefined]) {
      const next = Fragments.load(file, 'k');
      expect(next.render(stringify)('t', { v })).toBe(v === undefined ? '<p></p>' : `<p>${String(v)}</p>`);
    }
  });

  it('keys a property set to undefined apart from one absent (an {{#each}} over the object sees it)', () => {
    const file = join(work, 'absent.json');
    const keys: Render = (_t, data) => Object.keys(data).join(',');
    const first = Fragments.load(file, 'k');
    expect(first.render(keys)('t', {})).toBe('');
    first.save();
    expect(Fragments.load(file, 'k').render(keys)('t', { v: undefined })).toBe('v');
  });

  it('keys the hole row and undefined apart from texts that read as their marks', () => {
    const file = join(work, 'marks.json');
    const show: Render = (_t, data) => (data.v === HOLE ? 'hole' : data.v === undefined ? 'undefined' : JSON.stringify(data.v));
    const first = Fragments.load(file, 'k');
    expect(first.render(show)('t', { v: HOLE })).toBe('hole');
    expect(first.render(show)('t', { v: undefined })).toBe('undefined');
    first.save();
    const next = Fragments.load(file, 'k');
    expect(next.render(show)('t', { v: '\u0000grantspec-hole\u0000' })).toBe('"\\u0000grantspec-hole\\u0000"');
    expect(next.render(show)('t', { v: '\u0000grantspec-undefined\u0000' })).toBe('"\\u0000grantspec-undefined\\u0000"');
  });

  it('renders data it cannot key (a Map, a function) every time', () => {
    let calls = 0;
    const f = Fragments.load(undefined, 'k');
    const r = f.render((_t, data) => { calls++; return String((data.v as Map<string, string>).get('a')); });
    expect(r('t', { v: new Map([['a', 'x']]) })).toBe('x');
    expect(r('t', { v: new Map([['a', 'y']]) })).toBe('y');
    expect(calls).toBe(2);
  });

  it('writes its file without following a link planted at its temporary name', () => {
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'the user\'s own file\n');
    const file = join(work, 'planted.json');
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    writeCacheFile(file, 'cache content');
    expect(readFileSync(victim, 'utf8')).toBe('the user\'s own file\n');
    expect(readFileSync(file, 'utf8')).toBe('cache content');
    expect(readdirSync(work).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a cache folder another user owns, others can write into, or a link stands for', () => {
    const base = join(work, 'caches');
    const out = join(work, 'out');
    mkdirSync(out, { recursive: true });
    const dir = join(base, createHash('sha256').update(realpathSync(out)).digest('hex').slice(0, 20));
    const saved = process.env.GRANTSPEC_CACHE;
    process.env.GRANTSPEC_CACHE = base;
    try {
      expect(cacheFolder(out)).toBe(dir);
      chmodSync(dir, 0o777);
      expect(() => cacheFolder(out)).toThrow();
      chmodSync(dir, 0o700);
      expect(cacheFolder(out)).toBe(dir);
      // (as root, a folder handed to another user; as anyone else, the link case below)
      if (process.getuid?.() === 0) {
        chownSync(dir, 12345, 12345);
        expect(() => cacheFolder(out)).toThrow();
      }
      rmSync(dir, { recursive: true });
      const elsewhere = join(work, 'elsewhere');
      mkdirSync(elsewhere, { mode: 0o700 });
      symlinkSync(elsewhere, dir);
      expect(() => cacheFolder(out)).toThrow();
    } finally {
      if (saved === undefined) delete process.env.GRANTSPEC_CACHE; else process.env.GRANTSPEC_CACHE = saved;
    }
  });
});
