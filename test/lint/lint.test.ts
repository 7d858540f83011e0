import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from '../../extract/lint/index.js';
import { lint } from '../../extract/lint/run.js';
import { cli, ROOT } from '../helpers.js';

// A rule's examples are its tests: every "not ok" example is flagged, every "ok" one is not.
describe.each(TEXT_RULES.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it.each(rule.examples.notOk)('flags %s', (text) => { expect(rule.check(text).length).toBeGreaterThan(0); });
  it.each(rule.examples.ok)('leaves %s alone', (text) => { expect(rule.check(text)).toEqual([]); });
});

const at = async (file: string): Promise<string[]> => (await lint(resolve(ROOT, file))).map((d) => `${d.rule} ${d.line}:${d.column}`);

describe('grantspec lint on the 2026 sources', () => {
  it('finds the Cyrillic letters and placeholder links in the kvalitetsregister and kompetensförsörjning anvisningar', async () => {
    expect(await at('sources/2026/nationella-kvalitetsregister.txt')).toEqual(expect.arrayContaining(['mixed-script 85:113', 'placeholder-link 46:84']));
    expect(await at('sources/2026/kompetensforsorjning-halso-och-sjukvard.txt')).toEqual(expect.arrayContaining(['mixed-script 96:113', 'placeholder-link 40:84', 'placeholder-link 69:38']));
  });
  it('finds the malformed links and the e-tjanst/etjanst mismatch', async () => {
    expect(await at('sources/2026/socialdataregister.txt')).toEqual(expect.arrayContaining(['malformed-link 111:1', 'email-mismatch 82:1']));
    expect(await at('sources/2025/nationella-kvalitetsregister.aterrapportering.txt')).toEqual(expect.arrayContaining(['malformed-link 30:1']));
  });
  it('points at both places of a mismatch', async () => {
    const [d] = (await lint(resolve(ROOT, 'sources/2026/socialdataregister.txt'))).filter((x) => x.rule === 'email-mismatch');
    expect(d!.message).toMatch(/"e-tjanst\.statsbidrag@socialstyrelsen\.se" and "etjanst\.statsbidrag@socialstyrelsen\.se".*\(also at 112:8\)/u);
  });
  it('finds nothing false on clean texts', async () => {
    expect(await at('sources/2026/tillganglighet-och-vardkapacitet.txt')).toEqual([]);
    for (const f of readdirSync(resolve(ROOT, 'test/fixtures/corpus/dev'))) expect(await at(`test/fixtures/corpus/dev/${f}`), f).toEqual([]);
  });
  it('prints JSON findings and explains a rule', async () => {
    const r = await cli(['lint', 'sources/2026/socialdataregister.txt', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; line: number; column: number; severity: string; message: string }> };
    expect(out.findings.find((f) => f.rule === 'malformed-link')).toMatchObject({ line: 111, column: 1, severity: 'error' });
    expect(r.code).toBe(1);
    const e = await cli(['lint', '--explain', 'mixed-script']);
    expect(e.stdout).toContain('objektкод');
  });
});
