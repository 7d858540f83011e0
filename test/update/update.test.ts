import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { STATUSES, update, type Update, type ValueStatus } from '../../extract/update/index.js';
import { sourceText } from '../../extract/read/index.js';
import { renderSpec } from '../../specs/load.js';
import { validatePaths } from '../../specs/validate.js';
import { cli, norm, ROOT } from '../helpers.js';

// `grantspec update` on the real case: the curated 2025 spec of tillgänglighet och vårdkapacitet
// against the 2026 anvisning. The expectations come from reading the two texts: 2026 raises no
// opening date ("Utlysningsdatum" is gone), drops the dialog and the överenskommelse ("I år kommer
// insatserna inte att stämmas av i dialog med Socialstyrelsen på det sätt som skedde 2025"), says
// nothing of an ombud, lowers the total to 5 042 500 200 kronor and sets the last day to 16 mars 2026.

const GRANT = 'tillganglighet-och-vardkapacitet';
const SOURCE_2026 = `sources/2026/${GRANT}.txt`;
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** A project folder with the 2025 spec (as given, or edited) and both sources. */
function project(spec2025 = readFileSync(join(ROOT, 'specs', GRANT, '2025.yaml'), 'utf8')): string {
  const dir = mkdtempSync(join(tmpdir(), 'grantspec-update-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'specs', GRANT), { recursive: true });
  writeFileSync(join(dir, 'specs', GRANT, '2025.yaml'), spec2025);
  for (const y of ['2025', '2026']) {
    mkdirSync(join(dir, 'sources', y), { recursive: true });
    copyFileSync(join(ROOT, 'sources', y, `${GRANT}.txt`), join(dir, 'sources', y, `${GRANT}.txt`));
  }
  return dir;
}

async function run(dir: string): Promise<Update> {
  return update(join(dir, SOURCE_2026), { grant: GRANT, year: 2026, specsDir: join(dir, 'specs'), cwd: dir });
}

async function writeAndValidate(dir: string, u: Update): Promise<{ errors: string[] }> {
  const file = join(dir, 'specs', GRANT, '2026.yaml');
  writeFileSync(file, renderSpec(u.spec, '../grant-spec.schema.json'));
  const checked = await validatePaths([file], dir, async (bytes, f) => (await sourceText(bytes, f)).text);
  return { errors: checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.message}`) };
}

const at = (u: Update, path: string): ValueStatus | undefined => u.values.find((v) => v.path === path);

describe('update tillgänglighet och vårdkapacitet 2025 → 2026', () => {
  it('gives every value one of the five statuses and a spec that validates', async () => {
    const dir = project();
    const u = await run(dir);
    for (const v of u.values) expect(STATUSES).toContain(v.status);
    expect(new Set(u.values.map((v) => `${v.status}:${v.path}`)).size).toBe(u.values.length);
    expect(u.spec.id).toBe(GRANT);
    expect(u.spec.year).toBe(2026);
    expect(await writeAndValidate(dir, u)).toEqual({ errors: [] });
  });

  it('reads the changes the 2026 text makes', async () => {
    const u = await run(project());
    expect(at(u, 'funding.total')).toMatchObject({ status: 'changed', old: 5886500000, value: 5042500200 });
    expect(at(u, 'requisition.closes')).toMatchObject({ status: 'changed', old: '2025-04-17', value: '2026-03-16' });
    for (const p of ['agency', 'recipients.types.0', 'requisition.channel', 'permitted_uses.0', 'permitted_uses.1', 'permitted_uses.2']) {
      expect(at(u, p)?.status, p).toBe('same');
    }
    // the year of use 2026 is stated only in 2026: "bidragsåret (1 januari 2026 – den 31 december 2026)"
    expect(at(u, 'usage_period.from')).toMatchObject({ status: 'new', value: '2026-01-01' });
  });

  it('carries or lists every 2025 value: none is dropped silently', async () => {
    const u = await run(project());
    const old = parse(readFileSync(join(ROOT, 'specs', GRANT, '2025.yaml'), 'utf8')) as { evidence: Record<string, { quote: string }>; themes?: string[] };
    const accounted = u.values.filter((v) => v.status !== 'new');
    // every grounded value, and the editor's themes (which need no quote)
    expect(accounted).toHaveLength(Object.keys(old.evidence).length + (old.themes?.length ?? 0));
    for (const quote of Object.values(old.evidence).map((e) => e.quote)) {
      expect(accounted.some((v) => v.oldEvidence?.quote === quote), quote).toBe(true);
    }
    // 2026 has no "Utlysningsdatum", no ombud, no dialog and no överenskommelse: for the editor, not in the spec
    const review = u.values.filter((v) => v.status === 'needs-review');
    expect(review.map((v) => v.path).sort()).toEqual(['conditions.0', 'conditions.1', 'requisition.opens', 'requisition.requires.0']);
    expect(at(u, 'requisition.opens')?.oldEvidence?.quote).toBe('Utlysningsdatum: 2025-03-06');
    expect(u.spec.kind === 'anvisning' && u.spec.requisition?.opens).toBeFalsy();
    const conditions = u.spec.kind === 'anvisning' ? (u.spec.conditions ?? []).map(String) : [];
    expect(conditions.some((c) => c.includes('överenskommelse'))).toBe(false);
  });

  it('carries a hand-curated value the 2026 text still says, with 2026 evidence', async () => {
    const spec = parse(readFileSync(join(ROOT, 'specs', GRANT, '2025.yaml'), 'utf8')) as Record<string, unknown> & { evidence: Record<string, unknown>; requisition: Record<string, unknown> };
    // an editor's additions: a redistribution condition (2026: lines 183-185) and an excluded use, and a theme
    spec.requisition.redistribution = { condition: 'till de som i rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel' };
    spec.evidence['requisition.redistribution.condition'] = { line: 40, column: 1, quote: 'till de som i rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel' };
    // in 2026 this sentence is broken over lines 100-102 with "in-" / "satser" hyphenated
    spec.excluded_uses = ['för många listade insatser'];
    spec.evidence['excluded_uses.0'] = { line: 41, column: 1, quote: 'Socialstyrelsen bedömer att uppföljning underlättas om antalet listade insatser inte är för många' };
    spec.themes = ['hälso- och sjukvård'];
    const dir = project(stringify(spec));
    const u = await run(dir);
    // the extractor now reads the opt-in condition from the 2026 text itself (lines 183-185), so the
    // editor's wording is compared with what it read there, with 2026 evidence
    const redistribution = at(u, 'requisition.redistribution.condition');
    expect(redistribution).toMatchObject({ status: 'changed', evidence: { line: 185 } });
    const excluded = at(u, 'excluded_uses.0');
    expect(excluded?.status).toBe('carried');
    expect(excluded?.evidence?.line).toBe(100);
    expect(norm(excluded!.evidence!.quote)).toBe(norm('Socialstyrelsen bedömer att uppföljning underlättas om antalet listade insatser inte är för många'));
    expect(at(u, 'themes.0')).toMatchObject({ status: 'carried', value: 'hälso- och sjukvård' });
    expect(await writeAndValidate(dir, u)).toEqual({ errors: [] });
  });
});

describe('grantspec update', () => {
  it('writes DIR/ID/YEAR.yaml, prints a summary by status, and never replaces a spec without --force', async () => {
    const dir = project();
    const args = ['update', SOURCE_2026, '--grant', GRANT, '--year', '2026'];
    const first = await cli(args, dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/\d+ new, \d+ same, \d+ changed, \d+ carried, 4 needs-review/u);
    expect(first.stdout).toContain('needs-review requisition.opens');
    const file = join(dir, 'specs', GRANT, '2026.yaml');
    const written = readFileSync(file, 'utf8');
    const again = await cli(args, dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('would-overwrite');
    expect(readFileSync(file, 'utf8')).toBe(written);
    const forced = await cli([...args, '--force', '--format', 'json'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    const json = JSON.parse(forced.stdout) as { values: Array<{ path: string; status: string }> };
    expect(json.values.every((v) => typeof v.path === 'string' && STATUSES.includes(v.status as never))).toBe(true);
    expect(json.values.find((v) => v.path === 'funding.total')?.status).toBe('changed');
    const validated = await cli(['validate', 'specs'], dir);
    expect(validated.code, validated.stdout).toBe(0);
  });

  it('with no earlier year, every value is new', async () => {
    const dir = project();
    rmSync(join(dir, 'specs', GRANT, '2025.yaml'));
    const u = await run(dir);
    expect(u.values.every((v) => v.status === 'new')).toBe(true);
  });

  it('refuses a --year the source contradicts', async () => {
    const dir = project();
    const r = await cli(['update', SOURCE_2026, '--grant', GRANT, '--year', '2027'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('year-mismatch');
  });
});
