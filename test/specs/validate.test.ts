import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecFast } from '../../specs/load.js';
import { jsonSchema } from '../../specs/schema/index.js';
import { cli, ROOT } from '../helpers.js';

// A copy of the project's specs and sources in which one thing at a time is broken.
function project(edit?: (spec: string) => string, file = 'kompetensforsorjning-halso-och-sjukvard/2026.yaml'): string {
  const d = mkdtempSync(join(tmpdir(), 'grantspec-validate-'));
  cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
  mkdirSync(join(d, 'specs'), { recursive: true });
  const from = join(ROOT, 'specs', file);
  const to = join(d, 'specs', file);
  mkdirSync(join(to, '..'), { recursive: true });
  const text = readFileSync(from, 'utf8');
  writeFileSync(to, edit ? edit(text) : text);
  return d;
}

describe('grantspec validate', () => {
  it('passes on the shipped specs', async () => {
    const r = await cli(['validate']);
    expect(r.stdout).toBe('');
    // every .yaml under specs/ but the editors' correction records beside them
    const specs = readdirSync(join(ROOT, 'specs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.endsWith('.corrections.yaml'));
    expect(specs.length).toBeGreaterThan(30);
    expect(r.stderr).toMatch(new RegExp(`^grantspec: ${specs.length} specs checked, 0 errors, 0 warnings`, 'mu'));
    expect(r.code).toBe(0);
  });

  it('catches parts that do not sum to the total, at the line of the parts', async () => {
    const d = project((s) => s.replace('amount: 573000000', 'amount: 563000000'));
    const r = await cli(['validate'], d);
    expect(r.code).toBe(1);
    // the parts list starts on the line after "parts:"
    const line = readFileSync(join(d, 'specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('  parts:')) + 2;
    expect(r.stdout).toContain(`specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml:${line}:5 error amounts-reconcile Unexpected sum of parts 1 003 000 000 kr, expected the total 1 013 000 000 kr`);
  });

  it('catches a fixed amount per kommun that does not match its part', async () => {
    const r = await cli(['validate'], project((s) => s.replace('per_recipient: 500000', 'per_recipient: 600000')));
    expect(r.stdout).toMatch(/amounts-reconcile Unexpected 600 000 kr × 290 kommuner = 174 000 000 kr, expected the part's 145 000 000 kr/u);
  });

  it('catches a closing date before the opening date', async () => {
    const r = await cli(['validate'], project((s) => s.replace('closes: 2026-05-04', 'closes: 2026-03-04')));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/:\d+:\d+ error date-order Unexpected closing date 2026-03-04 before the opening date 2026-04-01/u);
  });

  it('catches a quote that is no longer in the source, and says the source changed', async () => {
    const d = project();
    const src = join(d, 'sources/2026/kompetensforsorjning-halso-och-sjukvard.txt');
    writeFileSync(src, readFileSync(src, 'utf8').replace('Sista dag att rekvirera är **den 4 maj 2026**.', 'Sista dag att rekvirera är den 8 maj 2026.'));
    const r = await cli(['validate'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error evidence-quote Unexpected quote for requisition\.closes that is not in sources\/2026\/kompetensforsorjning-halso-och-sjukvard\.txt \(the source changed since extraction: its sha256 differs\)/u);
  });

  it('reports a schema violation at its YAML line and column with the field path', async () => {
    const d = project((s) => s.replace('year: 2026', 'year: "tjugotjugosex"').replace('invoice_threshold: 1000', 'invoice_treshold: 1000'));
    const r = await cli(['validate', '--format', 'json'], d);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ line: number; column: number; rule: string; message: string }> };
    const lines = readFileSync(join(d, 'specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml'), 'utf8').split('\n');
    const year = out.diagnostics.find((x) => x.message.startsWith('year:'))!;
    expect(year.rule).toBe('schema');
    expect(lines[year.line - 1]!.slice(year.column - 1)).toBe('"tjugotjugosex"');
    expect(out.diagnostics.some((x) => x.rule === 'schema' && /invoice_treshold/u.test(x.message))).toBe(true);
  });

  it('reports malformed YAML in one line with its position', async () => {
    const d = project((s) => s.replace('kind: anvisning', 'kind: [anvisning'));
    const r = await cli(['validate'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2026\.yaml:\d+:\d+ error yaml-syntax /u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  // nine aliases of nine aliases … of a nine-item list: a few lines, 9^10 nodes once expanded
  const bomb = (quote: string): string => ['', `${quote}a0${quote}: &a0 [x, x, x, x, x, x, x, x, x]`, ...Array.from({ length: 9 }, (_, i) => `${quote}a${i + 1}${quote}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`), 'payment: *a9', ''].join('\n');
  it.each([['plain keys', ''], ['quoted keys', '"']])('refuses an alias bomb (%s) at its first alias, at once', async (_, quote) => {
    const d = project((s) => s.replace(/^payment: .*\n/mu, '') + bomb(quote));
    const t0 = Date.now();
    const r = await cli(['validate'], d);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    const lines = readFileSync(join(d, 'specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml'), 'utf8').split('\n');
    const first = lines.findIndex((l) => l.includes('*a0')) + 1;
    expect(r.stdout).toContain(`2026.yaml:${first}:${lines[first - 1]!.indexOf('*a0') + 1} error yaml-aliases aliases (*name) of aliased values would expand this file like an alias bomb`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /u);
  });

  it('reads a spec with aliases of single values as the same spec', async () => {
    const file = join(ROOT, 'specs/socialdataregister/2026.yaml');
    const text = readFileSync(file, 'utf8');
    const d = mkdtempSync(join(tmpdir(), 'grantspec-alias-'));
    const aliased = join(d, '2026.yaml');
    // the two parts go to kommun: the second says so through an alias of the first
    writeFileSync(aliased, text.replace('    - to: kommun\n', '    - "to": &to kommun\n').replace('    - to: kommun\n', '    - to: *to\n'));
    expect(readFileSync(aliased, 'utf8')).toContain('to: *to');
    const [a, b] = [await loadSpecFast(file), await loadSpecFast(aliased)];
    expect(b.diagnostics).toEqual([]);
    expect(b.spec).toEqual(a.spec);
  });

  it('warns about hand-added values without evidence', async () => {
    const r = await cli(['validate'], project((s) => s.replace(/^payment: .*$/mu, 'payment: Utbetalas i mars').replace(/^ {2}payment:\n(?: {4}.*\n)+/mu, '')));
    expect(r.stdout).toMatch(/:\d+:10 warning evidence-missing Unexpected value without evidence at payment/u);
    expect(r.code).toBe(0);
  });

  it('reports a missing spec path', async () => {
    const r = await cli(['validate', 'specs/finns-inte.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/finns-inte\.yaml error missing-file/u);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and not stale', () => {
    expect(readFileSync(join(ROOT, 'specs/grant-spec.schema.json'), 'utf8')).toBe(jsonSchema());
  });
  it('holds funding.total_approximate: true beside a total, and nothing else by that name (ajv)', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'specs/grant-spec.schema.json'), 'utf8')) as object);
    const spec = (await loadSpecFast(join(ROOT, 'specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml'))).spec as unknown as { funding: Record<string, unknown> };
    const withFlag = (v: unknown, key = 'total_approximate'): unknown => ({ ...spec, funding: { ...spec.funding, [key]: v } });
    expect(validate(spec)).toBe(true);
    expect(validate(withFlag(true))).toBe(true);
    // an exact total has no flag at all: `false` is not a value, nor a misspelt key
    expect(validate(withFlag(false))).toBe(false);
    expect(validate(withFlag(true, 'total_aproximate'))).toBe(false);
  });
  it('is what every shipped spec points its modeline at', () => {
    for (const f of ['nationella-kvalitetsregister/2026.yaml', 'nationella-kvalitetsregister/2025.form.yaml', 'socialdataregister/2026.yaml']) {
      expect(readFileSync(join(ROOT, 'specs', f), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../grant-spec.schema.json');
    }
  });
});

describe('dated events', () => {
  it('take exactly one of date and vague; only an application round stated without a year has neither', async () => {
    const { datedEvent } = await import('../../specs/schema/scalars.js');
    const text = 'Till och med den 20 juni finns det möjlighet att söka extra stöd.';
    expect(datedEvent.safeParse({ role: 'application-round', text }).success).toBe(true);
    expect(datedEvent.safeParse({ role: 'decision', text }).success).toBe(false);
    expect(datedEvent.safeParse({ role: 'application-round', date: '2026-06-20', text }).success).toBe(true);
    expect(datedEvent.safeParse({ role: 'payment', date: '2026-06-20', vague: { year: 2026, part: 'year', text: 'under 2026' }, text }).success).toBe(false);
  });
});
