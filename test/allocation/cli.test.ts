import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../specs/reference/index.js';
import { cli, ROOT } from '../helpers.js';

// `grantspec allocation import|compute` and the allocation-reconcile rule, in a copy of the project.

const GRANT = 'tillganglighet-och-vardkapacitet';
const LIST = 'sources/2025/tillganglighet-och-vardkapacitet.fordelning.txt';

function project(): string {
  const d = mkdtempSync(join(tmpdir(), 'grantspec-allocation-'));
  cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
  cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') && !s.endsWith('.allocation.yaml') });
  return d;
}

const edit = (file: string, f: (s: string) => string): void => writeFileSync(file, f(readFileSync(file, 'utf8')));

/** A made-up population table for the 290 kommuner (test input, not SCB's figures). */
function population(header = '"region";"2025M10"'): string {
  return `${header}\n${loadReference().kommuner.map((k, i) => `"${k.code} ${k.name}";"${3_000 + ((i * 7919) % 90_000)}"`).join('\n')}\n`;
}

describe('grantspec allocation import', () => {
  it('imports the published 2025 list into the shipped allocation spec, byte for byte, and validates it', async () => {
    const d = project();
    const r = await cli(['allocation', 'import', LIST, '--grant', GRANT, '--year', '2025'], d);
    expect(r.stderr).toMatch(/wrote specs\/tillganglighet-och-vardkapacitet\/2025.allocation.yaml \(21 regioner\)/u);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, `specs/${GRANT}/2025.allocation.yaml`), 'utf8')).toBe(readFileSync(join(ROOT, `specs/${GRANT}/2025.allocation.yaml`), 'utf8'));
    const again = await cli(['allocation', 'import', LIST, '--grant', GRANT, '--year', '2025'], d);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/would-overwrite/u);
  });

  it('reads a Windows-1252 CSV and refuses a list outside the project', async () => {
    const d = project();
    const csv = 'Region;Belopp\n' + readFileSync(join(ROOT, LIST), 'utf8').split('\n').filter((l) => /^\| (Region|Västra)/u.test(l)).map((l) => l.split('|').slice(1, 3).map((c) => c.trim()).join(';')).join('\n');
    writeFileSync(join(d, 'sources/2025/lista.csv'), Buffer.from(csv, 'latin1'));
    const r = await cli(['allocation', 'import', 'sources/2025/lista.csv', '--grant', GRANT, '--year', '2025', '--force'], d);
    expect(r.stderr).toMatch(/21 regioner/u);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, `specs/${GRANT}/2025.allocation.yaml`), 'utf8')).toContain('name: Region Jönköpings län');
    const outside = await cli(['allocation', 'import', join(ROOT, LIST), '--grant', GRANT, '--year', '2025', '--force'], mkdtempSync(join(tmpdir(), 'x-')));
    expect(outside.code).toBe(1);
  });

  it('writes nothing when a row cannot be read, and says where', async () => {
    const d = project();
    writeFileSync(join(d, 'sources/2025/bad.txt'), readFileSync(join(ROOT, LIST), 'utf8').replace('| Region Kronoberg |', '| Region Kronobergg |'));
    const r = await cli(['allocation', 'import', 'sources/2025/bad.txt', '--grant', GRANT, '--year', '2025'], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sources\/2025\/bad.txt:45:3 error allocation-unknown-recipient Unexpected recipient 'Region Kronobergg'/u);
    expect(existsSync(join(d, `specs/${GRANT}/2025.allocation.yaml`))).toBe(false);
  });
});

describe('allocation-reconcile in grantspec validate', () => {
  async function imported(): Promise<string> {
    const d = project();
    expect((await cli(['allocation', 'import', LIST, '--grant', GRANT, '--year', '2025'], d)).code).toBe(0);
    return d;
  }

  it('says when the rows do not add up to the sum row and to the anvisning', async () => {
    const d = await imported();
    edit(join(d, `specs/${GRANT}/2025.allocation.yaml`), (s) => s.replace('amount: 984031803', 'amount: 984031804'));
    const r = await cli(['validate'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2025.allocation.yaml:\d+:\d+ error allocation-reconcile Unexpected sum row 5 886 500 000 kr: the rows add up to 5 886 500 001 kr/u);
    expect(r.stdout).toMatch(/error allocation-reconcile Unexpected list total 5 886 500 001 kr: the anvisning's funding.total is 5 886 500 000 kr/u);
  });

  it('says when the table and the anvisning\'s text disagree', async () => {
    const d = await imported();
    edit(join(d, `specs/${GRANT}/2025.yaml`), (s) => s.replace('total: 5886500000', 'total: 5900000000'));
    const r = await cli(['validate', `specs/${GRANT}/2025.allocation.yaml`], d);
    expect(r.stdout).toMatch(/Unexpected list total 5 886 500 000 kr: the anvisning's funding.total is 5 900 000 000 kr, and the list's own sum row says 5 886 500 000 kr: the table and the anvisning's text disagree/u);
  });

  it('catches a missing region and a code under another name', async () => {
    const d = await imported();
    edit(join(d, `specs/${GRANT}/2025.allocation.yaml`), (s) => s.replace('name: Region Uppsala', 'name: Region Upsala').replace(/ {2}- code: "25"\n {4}name: Region Norrbotten\n {4}amount: 188905930\n/u, ''));
    const r = await cli(['validate', `specs/${GRANT}/2025.allocation.yaml`], d);
    expect(r.stdout).toMatch(/error allocation-reconcile Unexpected name Region Upsala for 03, which is Region Uppsala/u);
    expect(r.stdout).toMatch(/error allocation-reconcile Unexpected list without 1 of the 21 regioner: Region Norrbotten/u);
  });
});

describe('grantspec allocation compute', () => {
  it('computes the kommun parts of kompetensförsörjning 2026 (500 000 kr each + 95 miljoner by population), summing exactly', async () => {
    const d = project();
    writeFileSync(join(d, 'sources/2026/befolkning.csv'), population());
    const r = await cli(['allocation', 'compute', '--grant', 'kompetensforsorjning-halso-och-sjukvard', '--year', '2026', '--to', 'kommun', '--population', 'sources/2026/befolkning.csv'], d);
    expect(r.stderr).toMatch(/wrote specs\/kompetensforsorjning-halso-och-sjukvard\/2026.allocation.kommun.yaml \(290 kommuner\)/u);
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(d, 'specs/kompetensforsorjning-halso-och-sjukvard/2026.allocation.kommun.yaml'), 'utf8');
    const amounts = [...yaml.matchAll(/^ {4}amount: (\d+)$/gmu)].map((m) => Number(m[1]));
    expect(amounts).toHaveLength(290);
    expect(amounts.reduce((s, x) => s + x, 0)).toBe(240_000_000);
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(500_000);
    expect(yaml).toContain('method: computed');
    expect(yaml).toContain('population_date: 2025-11-01');
    expect(yaml).toMatch(/rounding: .*största restmetoden/u);
  });

  it('warns when the table does not name the date the anvisning names', async () => {
    const d = project();
    writeFileSync(join(d, 'sources/2026/befolkning.csv'), population('"region";"2024"'));
    const r = await cli(['allocation', 'compute', '--grant', 'kompetensforsorjning-halso-och-sjukvard', '--year', '2026', '--to', 'kommun', '--population', 'sources/2026/befolkning.csv'], d);
    expect(r.stderr).toMatch(/warning population-date Unexpected table that does not say it is per 2025-11-01/u);
  });

  it('compares with a published list instead of replacing it, naming each recipient that differs', async () => {
    const d = project();
    expect((await cli(['allocation', 'import', LIST, '--grant', GRANT, '--year', '2025'], d)).code).toBe(0);
    edit(join(d, `specs/${GRANT}/2025.yaml`), (s) => s.replace('funding:\n  total: 5886500000', 'funding:\n  total: 5886500000\n  parts:\n    - to: region\n      amount: 5886500000\n      key: equal'));
    const before = readFileSync(join(d, `specs/${GRANT}/2025.allocation.yaml`), 'utf8');
    writeFileSync(join(d, 'sources/2025/befolkning.csv'), 'region;folkmängd\n');
    const r = await cli(['allocation', 'compute', '--grant', GRANT, '--year', '2025', '--population', 'sources/2025/befolkning.csv'], d);
    // equal shares are 280 309 523 or 280 309 524 kr; every published amount differs
    expect(r.stdout).toContain('01 Region Stockholm: published 984031803 kr, computed 280309524 kr (+703722279 kr)');
    expect(r.stderr).toMatch(/21 of 21 published amounts differ/u);
    expect(r.code).toBe(1);
    expect(readFileSync(join(d, `specs/${GRANT}/2025.allocation.yaml`), 'utf8')).toBe(before);
  });
});

describe('an allocation list published as a PDF', () => {
  it('reads the table rows of a PDF bilaga (names left, amounts right) as rows, not as two columns', async () => {
    const d = project();
    cpSync(join(ROOT, 'test/fixtures/pdf/fordelning-2025.chromium.pdf'), join(d, 'sources/2025/bilaga.pdf'));
    const r = await cli(['allocation', 'import', 'sources/2025/bilaga.pdf', '--grant', GRANT, '--year', '2025'], d);
    expect(r.stderr).toMatch(/21 regioner/u);
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(d, `specs/${GRANT}/2025.allocation.yaml`), 'utf8');
    expect(yaml).toContain('stated_total: 5886500000');
    expect(yaml).toMatch(/rows\.0:\n {4}line: \d+\n {4}column: 1\n {4}quote: Region Stockholm 984 031 803\n {4}page: 1/u);
  });
});
