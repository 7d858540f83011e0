import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../bin/write.js';
import { formatDiagnostic, InputError, stripControl } from '../../specs/diagnostics.js';
import { firstInvalidUtf8 } from '../../specs/load.js';
import { escapeMarkdown } from '../../site/helpers/markdown.js';
import { toWindows1252 } from '../helpers.js';

// The pieces the bad-input corpus relies on, each on its own.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'grantspec-units-'));

describe('writeAtomic', () => {
  it('removes a temp file a killed run left next to the target, and no other', async () => {
    const d = tmp();
    // pid 2^22 + 1 is above Linux's pid_max default: no such process
    const stale = join(d, '.spec.yaml.4194305.0123abcd.grantspec-tmp');
    const other = join(d, '.annan.yaml.4194305.0123abcd.grantspec-tmp');
    writeFileSync(stale, 'halv');
    writeFileSync(other, 'halv');
    await writeAtomic(join(d, 'spec.yaml'), 'spec: 1\n', false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(join(d, 'spec.yaml'), 'utf8')).toBe('spec: 1\n');
  });
  it('lets exactly one of many concurrent writers without --force create the file', async () => {
    const d = tmp();
    const f = join(d, 'spec.yaml');
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => writeAtomic(f, `writer ${i}\n`, false)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as InputError).diagnostic.rule).toBe('would-overwrite');
    expect(readdirSync(d)).toEqual(['spec.yaml']);
  });
  it('replaces a regular file with --force, leaving no temp file', async () => {
    const d = tmp();
    const f = join(d, 'spec.yaml');
    writeFileSync(f, 'gammal\n');
    await writeAtomic(f, 'ny\n', true);
    expect(readFileSync(f, 'utf8')).toBe('ny\n');
    expect(readdirSync(d)).toEqual(['spec.yaml']);
  });
  it('leaves a FIFO alone even with --force', async () => {
    const d = tmp();
    const f = join(d, 'ut.yaml');
    execFileSync('mkfifo', [f]);
    await expect(writeAtomic(f, 'x', true)).rejects.toMatchObject({ diagnostic: { rule: 'out-not-a-file' } });
    expect(readdirSync(d)).toEqual(['ut.yaml']);
  });
});

describe('terminal and Markdown text', () => {
  it('shows control characters as "�" in a diagnostic, keeping the rest', () => {
    const line = formatDiagnostic({ file: 'a\u001b]0;x\u0007.txt', rule: 'missing-file', severity: 'error', message: 'no such file\u001b[2J\nsecond line' });
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
    expect(line).toBe('a�]0;x�.txt error missing-file no such file�[2J second line');
    expect(stripControl('tab\tand\nnewline stay')).toBe('tab\tand\nnewline stay');
  });
  it.each([
    ['[klicka här](https://evil.example)', '\\[klicka här\\]\\(https:\\/\\/evil.example\\)'],
    ['![](https://spårning.example/p.png)', '\\!\\[\\]\\(https:\\/\\/spårning.example/p.png\\)'],
    ['se https://x.se', 'se https:\\/\\/x.se'],
    ['rad ett\n# rubrik', 'rad ett \\# rubrik'],
    ['**fet** och _kursiv_', '\\*\\*fet\\*\\* och \\_kursiv\\_'],
    ['Rekvirera senast 13 maj 2026', 'Rekvirera senast 13 maj 2026'],
  ])('escapes %j for a Markdown checklist', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte TextDecoder rejects', () => {
    const bytes = new Uint8Array([...Buffer.from('spec: 1\ntitle: R'), ...toWindows1252('äntan')]);
    expect(firstInvalidUtf8(bytes)).toBe(16);
    expect(firstInvalidUtf8(Buffer.from('helt ok: åäö €'))).toBe(Buffer.byteLength('helt ok: åäö €') - 1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // an overlong "/"
  });
});

describe('the stated limits', () => {
  it('--help and the README state the limits the code enforces', async () => {
    const { LIMITS } = await import('../../specs/limits.js');
    const { cli, ROOT } = await import('../helpers.js');
    const help = (await cli(['--help'])).stdout.replace(/\s+/gu, ' ');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const mb = (n: number): string => `${n / (1024 * 1024)} MB`;
    const n = (x: number): string => x.toLocaleString('en').replace(/,/gu, ' ');
    for (const text of [help, readme]) {
      for (const s of [mb(LIMITS.textBytes), mb(LIMITS.pdfBytes), mb(LIMITS.specBytes), mb(LIMITS.pdfExpandedBytes), n(LIMITS.pdfPages), n(LIMITS.textChars), n(LIMITS.lines), n(LIMITS.lineChars)]) {
        expect(text).toContain(s);
      }
    }
  });
});
