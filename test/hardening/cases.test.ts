import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../bench/pdf-writer.js';
import { ROOT, toWindows1252 } from '../helpers.js';
import { DIAGNOSTIC, run, snapshot, STACK, TIME_LIMIT_MS } from './run.js';

// The bad-input corpus (issue 16): each case is what a careless user, a broken disk or a hostile
// document could hand grantspec. Every one must end in one clear line with the exact rule id, the
// stated exit code, no stack trace, nothing written or replaced in its folder, within 15 s and
// under a 1.4 GB heap.

interface Case {
  readonly name: string;
  /** builds the case in its own folder (also the working directory) and returns the arguments */
  readonly setup: (d: string) => string[];
  readonly rule: string;
  readonly exit: number;
  /** where the one diagnostic goes: stderr, or stdout for validate's report (its summary stays on stderr) */
  readonly on?: 'stdout';
  readonly json?: boolean;
}

const MB = 1024 * 1024;
const SPEC = readFileSync(resolve(ROOT, 'specs/socialdataregister/2026.yaml'), 'utf8');
const SOURCE = resolve(ROOT, 'sources/2026/socialdataregister.txt');

const fifo = (d: string, name: string): string => {
  const p = join(d, name);
  execFileSync('mkfifo', [p]);
  return p;
};
const file = (d: string, name: string, content: string | Uint8Array): string => {
  const p = join(d, name);
  mkdirSync(resolve(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const sparse = (d: string, name: string, bytes: number): string => {
  const p = file(d, name, '');
  truncateSync(p, bytes);
  return p;
};
/** A project folder with the socialdataregister source and a spec whose text `edit` changes. */
const project = (d: string, edit: (yaml: string) => string = (y) => y, at = 'specs/socialdataregister/2026.yaml'): string => {
  mkdirSync(join(d, 'sources', '2026'), { recursive: true });
  copyFileSync(SOURCE, join(d, 'sources', '2026', 'socialdataregister.txt'));
  return file(d, at, edit(SPEC));
};
const specWith = (from: RegExp | string, to: string) => (d: string): string[] => ['validate', project(d, (y) => {
  const out = y.replace(from, to);
  if (out === y) throw new Error(`case setup: ${String(from)} not in the spec`);
  return out;
})];
const grant = 'Statsbidrag till kommuner 2026. Socialstyrelsen fördelar 5 miljoner kronor. Sista dag att rekvirera är den 1 maj 2026.\n';

const cases: Case[] = [
  // 1. input kinds: only regular files, checked before opening (a FIFO never blocks)
  { name: 'extract a FIFO', setup: (d) => ['extract', fifo(d, 'a.txt')], rule: 'not-a-file', exit: 1 },
  { name: 'extract /dev/zero', setup: () => ['extract', '/dev/zero'], rule: 'not-a-file', exit: 1 },
  { name: 'extract /dev/null', setup: () => ['extract', '/dev/null'], rule: 'not-a-file', exit: 1 },
  { name: 'extract /dev/urandom named as a PDF', setup: (d) => { symlinkSync('/dev/urandom', join(d, 'x.pdf')); return ['extract', join(d, 'x.pdf')]; }, rule: 'not-a-file', exit: 1 },
  { name: 'extract a folder', setup: (d) => ['extract', d], rule: 'not-a-file', exit: 1 },
  { name: 'extract a link to /dev/zero', setup: (d) => { symlinkSync('/dev/zero', join(d, 'z.txt')); return ['extract', join(d, 'z.txt')]; }, rule: 'not-a-file', exit: 1 },
  { name: 'extract a link loop', setup: (d) => { symlinkSync(join(d, 'b.txt'), join(d, 'a.txt')); symlinkSync(join(d, 'a.txt'), join(d, 'b.txt')); return ['extract', join(d, 'a.txt')]; }, rule: 'unreadable-file', exit: 1 },
  { name: 'extract a missing file', setup: (d) => ['extract', join(d, 'finns-inte.txt')], rule: 'missing-file', exit: 1 },
  { name: 'extract an empty file', setup: (d) => ['extract', file(d, 'tom.txt', '')], rule: 'empty-input', exit: 1 },
  { name: 'extract a binary file', setup: (d) => ['extract', file(d, 'b.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], rule: 'binary-input', exit: 1 },
  { name: 'lint a FIFO', setup: (d) => ['lint', fifo(d, 'l.txt')], rule: 'not-a-file', exit: 1 },
  { name: 'review a FIFO', setup: (d) => ['review', fifo(d, 'r.txt'), '--out', join(d, 'r.html')], rule: 'not-a-file', exit: 1 },
  // size caps per kind
  { name: 'a 21 MB text source', setup: (d) => ['extract', sparse(d, 'stor.txt', 21 * MB)], rule: 'too-large', exit: 1 },
  { name: 'a 201 MB PDF', setup: (d) => ['extract', sparse(d, 'stor.pdf', 201 * MB)], rule: 'too-large', exit: 1 },
  { name: 'a file starting %PDF named .txt is read as a PDF', setup: (d) => ['extract', file(d, 'p.txt', '%PDF-1.4\n%%EOF\n')], rule: 'pdf-invalid', exit: 1 },
  { name: 'a line of 60 000 characters', setup: (d) => ['extract', file(d, 'rad.txt', `${grant}${'a'.repeat(60_000)}\n`)], rule: 'too-large', exit: 1 },
  { name: 'a 20 MB title', setup: (d) => ['extract', file(d, 'titel.md', `# ${'Statsbidrag '.repeat(1_600_000)}\n\n${grant}`)], rule: 'too-large', exit: 1 },
  { name: '100 000 short lines', setup: (d) => ['extract', file(d, 'rader.txt', `${grant}${'- rad\n'.repeat(100_000)}`)], rule: 'too-large', exit: 1 },
  { name: '1.2 million characters of text', setup: (d) => ['extract', file(d, 'lang.txt', `${grant}${`${'Bidraget får användas till insatser. '.repeat(20)}\n\n`.repeat(1_600)}`)], rule: 'too-large', exit: 1 },
  // nesting depth
  { name: 'a list nested 200 deep by indentation', setup: (d) => ['extract', file(d, 'lista.md', `${grant}${Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n')}`)], rule: 'too-deep', exit: 1 },
  { name: 'a list nested 20 000 deep on one line', setup: (d) => ['extract', file(d, 'lista2.md', `${grant}${'- '.repeat(20_000)}punkt\n`)], rule: 'too-deep', exit: 1 },
  { name: 'block quotes 20 000 deep', setup: (d) => ['extract', file(d, 'citat.md', `${grant}${'>'.repeat(20_000)} citat\n`)], rule: 'too-deep', exit: 1 },
  { name: 'numbered lists 5 000 deep', setup: (d) => ['extract', file(d, 'num.md', `${grant}${'1. '.repeat(5_000)}punkt\n`)], rule: 'too-deep', exit: 1 },
  // PDFs
  { name: 'a PDF compression bomb (two deflate layers, 420 MB of zeros, cap 256 MB)', setup: () => ['extract', resolve(ROOT, 'test/hardening/fixtures/bomb.pdf')], rule: 'too-large', exit: 1 },
  { name: 'a truncated PDF', setup: (d) => ['extract', file(d, 'trasig.pdf', '%PDF-1.4\n%%EOF\n')], rule: 'pdf-invalid', exit: 1 },
  { name: 'a PDF whose page content is missing is damaged, not a scan', setup: (d) => ['extract', file(d, 'blank.pdf', Buffer.from(Buffer.from(makePdf([['Statsbidrag 2026']])).toString('latin1').replace(/\/Contents \d+ 0 R/u, '/Contents 99 0 R'), 'latin1'))], rule: 'pdf-invalid', exit: 1 },
  { name: 'a text file named .pdf', setup: (d) => ['extract', file(d, 'inte.pdf', 'Det här är ingen PDF.\n')], rule: 'pdf-invalid', exit: 1 },
  { name: 'a PDF header and garbage', setup: (d) => ['extract', file(d, 'skrap.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0xab)]))], rule: 'pdf-invalid', exit: 1 },

  // specs: kinds, caps, encoding, nesting
  { name: 'validate a FIFO', setup: (d) => ['validate', fifo(d, 's.yaml')], rule: 'not-a-file', exit: 1, on: 'stdout' },
  { name: 'validate /dev/null as the specs folder', setup: () => ['validate', '/dev/null'], rule: 'not-a-file', exit: 1, on: 'stdout' },
  { name: 'build with /dev/null as the specs folder', setup: (d) => ['build', '--specs', '/dev/null', '--out', join(d, 'dist'), '--today', '2026-04-01'], rule: 'not-a-file', exit: 1 },
  { name: 'a 6 MB spec', setup: (d) => ['validate', sparse(d, 'stor.yaml', 6 * MB)], rule: 'too-large', exit: 1, on: 'stdout' },
  { name: 'YAML flow 10 000 deep', setup: (d) => ['validate', file(d, 'djup.yaml', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)], rule: 'yaml-too-deep', exit: 1, on: 'stdout' },
  { name: 'YAML maps 200 deep by indentation', setup: (d) => ['validate', file(d, 'djup2.yaml', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'))], rule: 'yaml-too-deep', exit: 1, on: 'stdout' },
  { name: 'YAML lists 10 000 deep on one line', setup: (d) => ['validate', file(d, 'djup3.yaml', `${'- '.repeat(10_000)}x\n`)], rule: 'yaml-too-deep', exit: 1, on: 'stdout' },
  { name: 'YAML flow maps 10 000 deep', setup: (d) => ['validate', file(d, 'djup4.yaml', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`)], rule: 'yaml-too-deep', exit: 1, on: 'stdout' },
  { name: 'a Windows-1252 spec is one encoding error', setup: (d) => { project(d); return ['validate', file(d, 'specs/socialdataregister/2026.yaml', toWindows1252(SPEC))]; }, rule: 'not-utf8', exit: 1, on: 'stdout' },
  { name: 'a YAML alias bomb', setup: (d) => ['validate', file(d, 'bomb.yaml', `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`)], rule: 'yaml-aliases', exit: 1, on: 'stdout' },
  { name: 'a YAML syntax error', setup: (d) => ['validate', file(d, 'syntax.yaml', 'spec: 1\ntitle: [oavslutad\n')], rule: 'yaml-syntax', exit: 1, on: 'stdout' },
  { name: 'a spec that is a list', setup: (d) => ['validate', file(d, 'lista.yaml', '- 1\n- 2\n')], rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a spec in a missing file', setup: (d) => ['validate', join(d, 'saknas.yaml')], rule: 'missing-file', exit: 1, on: 'stdout' },

  // exact and plausible values, one rule for extract, schema and validate
  { name: 'a total of .inf', setup: specWith('total: 35000000', 'total: .inf'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a total of -.inf', setup: specWith('total: 35000000', 'total: -.inf'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a total of .nan', setup: specWith('total: 35000000', 'total: .nan'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a total above 2^53', setup: specWith('total: 35000000', 'total: 9007199254740993'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a total above the stated maximum', setup: specWith('total: 35000000', 'total: 20000000000000'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a decimal total above the maximum', setup: specWith('total: 35000000', 'total: "99999999999999.99"'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a negative amount', setup: specWith('amount: 25000000', 'amount: -25000000'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a grant year 2199', setup: specWith('year: 2026', 'year: 2199'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a grant year 0', setup: specWith('year: 2026', 'year: 0'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a date 2026-02-30', setup: specWith(/closes: \S+/u, 'closes: 2026-02-30'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a date in 2199', setup: specWith(/closes: \S+/u, 'closes: 2199-04-01'), rule: 'schema', exit: 1, on: 'stdout' },
  { name: 'a date ten years after the grant year', setup: specWith(/closes: \S+/u, 'closes: 2036-04-01'), rule: 'date-plausible', exit: 1, on: 'stdout' },
  { name: 'two specs with the same id and year', setup: (d) => { project(d); project(d, (y) => y, 'specs/socialdataregister/kopia/2026.yaml'); return ['validate', join(d, 'specs')]; }, rule: 'duplicate-spec', exit: 1, on: 'stdout' },

  // the command line
  { name: '--today 2026-02-30', setup: (d) => ['build', '--today', '2026-02-30', '--out', join(d, 'dist')], rule: 'usage', exit: 2 },
  { name: '--today 2026-13-01', setup: (d) => ['build', '--today', '2026-13-01', '--out', join(d, 'dist')], rule: 'usage', exit: 2 },
  { name: '--today igår', setup: (d) => ['build', '--today', 'igår', '--out', join(d, 'dist')], rule: 'usage', exit: 2 },
  { name: '--today in 2199', setup: (d) => ['build', '--today', '2199-01-01', '--out', join(d, 'dist')], rule: 'usage', exit: 2 },
  { name: '--jobs 0', setup: (d) => ['build', '--jobs', '0', '--out', join(d, 'dist')], rule: 'usage', exit: 2 },
  { name: 'diff --grant ../..', setup: () => ['diff', '--grant', '../..', '--from', '2025', '--to', '2026'], rule: 'usage', exit: 2 },
  { name: 'diff --grant with a slash', setup: () => ['diff', '--grant', 'a/b', '--from', '2025', '--to', '2026'], rule: 'usage', exit: 2 },
  { name: 'diff --from 2199', setup: () => ['diff', '--grant', 'socialdataregister', '--from', '2199', '--to', '2026'], rule: 'usage', exit: 2 },
  { name: 'diff --to 26', setup: () => ['diff', '--grant', 'socialdataregister', '--from', '2025', '--to', '26'], rule: 'usage', exit: 2 },
  { name: 'diff of an invalid spec', setup: (d) => ['diff', resolve(ROOT, 'specs/socialdataregister/2026.yaml'), file(d, 'fel.yaml', SPEC.replace('total: 35000000', 'total: .inf'))], rule: 'schema', exit: 2 },
  { name: 'diff of a FIFO', setup: (d) => ['diff', fifo(d, 'a.yaml'), resolve(ROOT, 'specs/socialdataregister/2026.yaml')], rule: 'not-a-file', exit: 2 },
  { name: 'diff of a missing spec', setup: (d) => ['diff', join(d, 'saknas.yaml'), resolve(ROOT, 'specs/socialdataregister/2026.yaml')], rule: 'missing-file', exit: 2 },
  { name: 'allocation --grant ../x', setup: () => ['allocation', 'compute', '--grant', '../x', '--year', '2025', '--population', 'p.csv'], rule: 'usage', exit: 2 },
  { name: 'allocation --year 2199', setup: () => ['allocation', 'compute', '--grant', 'x', '--year', '2199', '--population', 'p.csv'], rule: 'usage', exit: 2 },
  { name: 'an unknown command', setup: () => ['frobnicate'], rule: 'usage', exit: 2 },
  { name: 'an unknown option', setup: () => ['extract', '--nope', 'x.txt'], rule: 'usage', exit: 2 },
  { name: 'an unknown --format', setup: () => ['extract', 'x.txt', '--format', 'xml'], rule: 'usage', exit: 2 },
  { name: 'a problem as a JSON record with --format json', setup: (d) => ['extract', join(d, 'saknas.txt'), '--format', 'json'], rule: 'missing-file', exit: 1, json: true },
  { name: 'a usage problem as a JSON record', setup: () => ['diff', '--grant', '../..', '--from', '2025', '--to', '2026', '--format', 'json'], rule: 'usage', exit: 2, json: true },

  // writes: only a regular file is replaced, and only with --force
  { name: '--out a folder', setup: (d) => { mkdirSync(join(d, 'ut')); return ['extract', SOURCE, '--out', join(d, 'ut')]; }, rule: 'out-not-a-file', exit: 1 },
  { name: '--out a folder with --force', setup: (d) => { mkdirSync(join(d, 'ut')); return ['extract', SOURCE, '--out', join(d, 'ut'), '--force']; }, rule: 'out-not-a-file', exit: 1 },
  { name: '--out under a file', setup: (d) => ['extract', SOURCE, '--out', join(file(d, 'fil', 'x'), 'spec.yaml')], rule: 'out-under-file', exit: 1 },
  { name: '--out two levels under a file', setup: (d) => ['extract', SOURCE, '--out', join(file(d, 'fil', 'x'), 'a', 'spec.yaml')], rule: 'out-under-file', exit: 1 },
  { name: '--out /dev/null --force', setup: () => ['extract', SOURCE, '--out', '/dev/null', '--force'], rule: 'out-not-a-file', exit: 1 },
  { name: '--out a FIFO --force', setup: (d) => ['extract', SOURCE, '--out', fifo(d, 'ut.yaml'), '--force'], rule: 'out-not-a-file', exit: 1 },
  { name: '--out a link out of the folder --force', setup: (d) => { symlinkSync(join(tmpdir(), 'grantspec-any-target'), join(d, 'l.yaml')); return ['extract', SOURCE, '--out', join(d, 'l.yaml'), '--force']; }, rule: 'out-not-a-file', exit: 1 },
  { name: '--out an existing spec without --force', setup: (d) => ['extract', SOURCE, '--out', file(d, 'kurerad.yaml', 'spec: 1\n# kurerad\n')], rule: 'would-overwrite', exit: 1 },
  { name: 'schema --out an existing file without --force', setup: (d) => ['schema', '--out', file(d, 'schema.json', '{}\n')], rule: 'would-overwrite', exit: 1 },
  { name: 'review --out an existing file without --force', setup: (d) => ['review', SOURCE, '--out', file(d, 'r.html', '<p>min</p>\n')], rule: 'would-overwrite', exit: 1 },
  { name: '--out in /proc', setup: () => ['schema', '--out', '/proc/grantspec-x.json'], rule: 'write-failed', exit: 1 },
  { name: '--out in an unwritable folder (/sys)', setup: () => ['schema', '--out', '/sys/grantspec-x.json'], rule: 'unwritable', exit: 1 },
  { name: 'a missing file whose name holds escape sequences', setup: (d) => ['extract', join(d, 'x\u001b]0;pwned\u0007\u001b[2J.txt')], rule: 'missing-file', exit: 1 },
];

describe('the bad-input corpus', () => {
  it('has at least 60 cases, each name once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  const base = mkdtempSync(join(tmpdir(), 'grantspec-hardening-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  describe.concurrent.each(cases.map((c, i) => ({ ...c, i })))('$name', (c) => {
    it(`one line with rule ${c.rule}, exit ${c.exit}, nothing written`, async () => {
      const d = join(base, String(c.i));
      mkdirSync(d);
      const args = c.setup(d);
      const before = snapshot(d);
      const r = await run(args, d);
      expect(r.signal, `killed after ${r.ms} ms`).toBeNull();
      expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
      expect(r.code).toBe(c.exit);
      const channel = c.on === 'stdout' ? r.stdout : r.stderr;
      expect(r.stderr).not.toMatch(STACK);
      expect(channel).not.toMatch(STACK);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\u001b/u);
      // one diagnostic; besides it at most the command's one summary line ("grantspec: … not built")
      const all = channel.trim().split('\n');
      const lines = all.filter((l) => !l.startsWith('grantspec: '));
      expect(lines, channel).toHaveLength(1);
      expect(all.length - lines.length).toBeLessThanOrEqual(1);
      if (c.json) {
        const record = JSON.parse(lines[0]!) as Record<string, unknown>;
        expect(Object.keys(record).sort()).toEqual(['column', 'file', 'hint', 'line', 'message', 'rule', 'severity']);
        expect(record.rule).toBe(c.rule);
        expect(record.severity).toBe('error');
      } else {
        const m = DIAGNOSTIC.exec(lines[0]!);
        expect(m, lines[0]).not.toBeNull();
        expect(m![3]).toBe(c.rule);
        expect(m![2]).toBe('error');
      }
      if (c.on === 'stdout') {
        expect(r.stderr.trim().split('\n')).toHaveLength(1); // validate's summary
      } else if (c.exit !== 0) {
        expect(r.stdout).toBe('');
      }
      expect(snapshot(d)).toEqual(before);
    });
  });
});

describe('a full disk', () => {
  let mnt: string | undefined;
  beforeAll(() => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', d], { stdio: 'ignore' });
      writeFileSync(join(d, 'fyllnad'), Buffer.alloc(16 * 1024 - 1024));
      mnt = d;
    } catch {
      rmSync(d, { recursive: true, force: true });
    }
  });
  afterAll(() => {
    if (mnt) {
      execFileSync('umount', [mnt]);
      rmSync(mnt, { recursive: true, force: true });
    }
  });
  // mounting a small file system needs root; where the tests cannot, the case is skipped, not faked
  it('is one line, disk-full, and leaves no temp file', async (ctx) => {
    if (!mnt) ctx.skip();
    const before = snapshot(mnt!);
    const r = await run(['extract', SOURCE, '--out', join(mnt!, 'spec.yaml')], mnt!);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(DIAGNOSTIC.exec(r.stderr.trim())?.[3]).toBe('disk-full');
    expect(snapshot(mnt!)).toEqual(before);
  });
});
