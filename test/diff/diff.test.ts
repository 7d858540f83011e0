import { describe, expect, it } from 'vitest';
import { matchItems, similarity, wordDiff } from '../../specs/diff/lists.js';
import { csvCell } from '../../specs/diff/format.js';
import { shiftDays, sameReading } from '../../specs/diff/dates.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffSpecs } from '../../specs/diff/index.js';
import { poorTitle, sameGrant } from '../../specs/diff/identity.js';
import { loadSpec, renderSpec } from '../../specs/load.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { cli } from '../helpers.js';

const PAIR = ['specs/tillganglighet-och-vardkapacitet/2025.yaml', 'specs/tillganglighet-och-vardkapacitet/2026.yaml'];

interface Record { path: string; label: string; kind: string; importance: string; old?: unknown; new?: unknown; shift_days?: number; evidence: { old?: { source: string; line: number; quote: string }; new?: { source: string; line: number; quote: string } } }

describe('grantspec diff: the change report', () => {
  it('writes change records with importance, shift_days and both quotes, and exits 1', async () => {
    const r = await cli(['diff', '--grant', 'tillganglighet-och-vardkapacitet', '--from', '2025', '--to', '2026', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { grant: string; from: string; to: string; summary: string; changes: Record[] };
    expect([report.grant, report.from, report.to]).toEqual(['tillganglighet-och-vardkapacitet', '2025', '2026']);
    const closes = report.changes.find((c) => c.path === 'requisition.closes')!;
    expect(closes).toMatchObject({ label: 'Sista dag att rekvirera', kind: 'changed', importance: 'action', old: '2025-04-17', new: '2026-03-16', shift_days: -32 });
    expect(closes.evidence.old).toEqual({ source: 'sources/2025/tillganglighet-och-vardkapacitet.txt', line: 4, quote: 'Sista ansökningsdag: 2025-04-17' });
    expect(closes.evidence.new?.line).toBe(183);
    expect(report.changes.find((c) => c.path === 'funding.total')).toMatchObject({ importance: 'action', old: 5886500000, new: 5042500200 });
    expect(report.summary).toMatch(/^\d+ ändringar kräver åtgärd: sista dag att rekvirera är 16 mars 2026, 32 dagar tidigare än i fjol/u);
    // action items first
    const ranks = report.changes.map((c) => ['action', 'notice', 'info'].indexOf(c.importance));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // the usage period 2025 → 2026 is the same calendar dates, so no change; an opening date the 2026 text does not state is "removed", once
    expect(report.changes.filter((c) => c.path.startsWith('usage_period'))).toEqual([expect.objectContaining({ kind: 'added' })]);
    expect(report.changes.find((c) => c.path === 'requisition.opens')).toMatchObject({ kind: 'removed', importance: 'notice' });
  });
  it('writes plain Swedish on a terminal, action first, and never JSON', async () => {
    const r = await cli(['diff', ...PAIR], undefined, { NO_COLOR: '1' });
    expect(r.stdout).toContain('Kräver åtgärd\n');
    expect(r.stdout.indexOf('Kräver åtgärd')).toBeLessThan(r.stdout.indexOf('Bra att känna till'));
    expect(r.stdout).toContain('~ Totalt belopp: 5 886 500 000 kr → 5 042 500 200 kr (−843 999 800 kr, −14,3 %)');
    expect(r.stdout).toContain('~ Sista dag att rekvirera: 17 april 2025 → 16 mars 2026 (32 dagar tidigare på året)');
    expect(r.stdout).toContain('− Rekvisitionen öppnar: 6 mars 2025 (anges inte längre)');
    expect(r.stdout).not.toMatch(/[{}]"|\u001b\[|borttaget|avskaffa/u);
  });
  it('exits 0 when a spec is diffed with itself, and 2 on trouble', async () => {
    expect((await cli(['diff', 'specs/socialdataregister/2026.yaml', 'specs/socialdataregister/2026.yaml'])).code).toBe(0);
    const bad = await cli(['diff', 'specs/socialdataregister/2026.yaml', 'specs/finns-inte.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing-file/u);
    expect((await cli(['diff', '--grant', 'x'])).code).toBe(2);
    expect((await cli(['diff', ...PAIR, '--format', 'pdf'])).code).toBe(2);
  });
  it('warns on stderr when two different grants are compared, naming both', async () => {
    const r = await cli(['diff', 'specs/socialdataregister/2026.yaml', 'specs/kompetensforsorjning-halso-och-sjukvard/2026.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Varning: socialdataregister och kompetensforsorjning-halso-och-sjukvard /mu);
  });
  it('takes two years of one grant whose extracted titles carry the year and SFS number for one grant, and two grants for two', () => {
    const spec = (id: string, title: string) => ({ id, title });
    // titles as two years of one förordning state them (the election year and the SFS number change)
    expect(sameGrant(
      spec('sfs-1150-forordning-om-statsbidrag-for-lokala-insatser', 'SFS 2017:1150 Förordning om statsbidrag för lokala insatser vid 2018 års allmänna val'),
      spec('forordning-1234-om-statsbidrag-for-lokala-insatser-vid', 'Förordning (2021:1234) om statsbidrag för lokala insatser vid 2022 års allmänna val'),
    )).toBe(true);
    expect(sameGrant(
      { id: 'socialdataregister', title: 'Statsbidrag till regioner för att stärka socialdataregister' },
      { id: 'kompetensforsorjning-halso-och-sjukvard', title: 'Statsbidrag till regioner för kompetensförsörjning inom hälso- och sjukvård' },
    )).toBe(false);
    expect(sameGrant(
      { id: 'kompetensforsorjning', title: 'Statsbidrag för kompetensförsörjning inom hälso- och sjukvård' },
      { id: 'tillganglighet', title: 'Statsbidrag för tillgänglighet inom hälso- och sjukvård' },
    )).toBe(false);
    // a poor title (generic, or the page's chrome) decides nothing: the ids do, by their own words
    expect(sameGrant({ id: 'a', title: 'Statsbidrag 2025' }, { id: 'b', title: 'Statsbidrag 2026' })).toBe(true);
    expect(sameGrant({ id: 'statsbidrag', title: 'Statsbidrag' }, { id: 'kulturskolebidrag', title: 'Bidrag till kulturskolor i kommunerna' })).toBe(true);
    expect(sameGrant({ id: 'hoppa-till-huvudinnehall', title: 'Hoppa till huvudinnehåll' }, { id: 'lona', title: 'Statsbidrag för lokalt ledd utveckling' })).toBe(true);
    expect(sameGrant({ id: 'socialdataregister', title: 'Bidrag' }, { id: 'kompetensforsorjning-halso-och-sjukvard', title: 'Statsbidrag för kompetensförsörjning inom hälso- och sjukvård' })).toBe(false);
    expect(sameGrant({ id: 'kompetensforsorjning-2025', title: 'Startsida' }, { id: 'kompetensforsorjning-halso-och-sjukvard', title: 'Statsbidrag för kompetensförsörjning inom hälso- och sjukvård' })).toBe(true);
    expect(sameGrant({ id: 'tillganglighet-vardkapacitet', title: 'Startsida' }, { id: 'kompetensforsorjning-halso-och-sjukvard', title: 'Statsbidrag för kompetensförsörjning inom hälso- och sjukvård' })).toBe(false);
  });
  it('tells a poor title from one that names a grant', () => {
    expect(poorTitle('Statsbidrag')).toBe(true);
    expect(poorTitle('Bidrag 2026')).toBe(true);
    expect(poorTitle('Hoppa till huvudinnehåll')).toBe(true);
    expect(poorTitle('Startsida')).toBe(true);
    expect(poorTitle('Statsbidrag för lokalt ledd utveckling')).toBe(false);
    expect(poorTitle('Kulturskolebidrag till kommuner')).toBe(true);
  });
  it('reports a value the new text still states as an extraction gap, only with --verbose, and not as a change', async () => {
    const spec = (await loadSpec(PAIR[1]!)).spec as Anvisning;
    const missed = { ...spec, conditions: spec.conditions!.slice(1) };
    const dir = await mkdtemp(join(tmpdir(), 'gs-diff-'));
    await writeFile(join(dir, '2026.yaml'), renderSpec(missed, '../grant-spec.schema.json'));
    const quiet = await cli(['diff', PAIR[1]!, join(dir, '2026.yaml')]);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const r = await cli(['diff', PAIR[1]!, join(dir, '2026.yaml'), '--verbose']);
    expect(r.stderr).toMatch(/extraction gap: Villkor \(conditions\.0\) is still stated in the new text/u);
  });
  it('says a value the new text no longer states "anges inte längre", and only then', async () => {
    const spec = (await loadSpec(PAIR[1]!)).spec as Anvisning;
    const text = await readFile(spec.source.path, 'utf8');
    const missed = { ...spec, conditions: spec.conditions!.slice(1) };
    expect(diffSpecs(spec, missed, { newText: text }).changes).toEqual([]);
    const cut = text.replace(/De insatser som regionerna ska genomföra[^\n]*/u, '');
    const [c] = diffSpecs(spec, missed, { newText: cut }).changes;
    expect(c).toMatchObject({ path: 'conditions.0', kind: 'removed', no_longer_stated: true });
  });
  it('renders Markdown with old and new columns and the rewording marked', async () => {
    const md = await cli(['diff', ...PAIR, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^## Kräver åtgärd$/mu);
    expect(md.stdout).toContain('|  | Vad | 2025 | 2026 |');
    expect(md.stdout).toContain('| ~ | Sista dag att rekvirera | 17 april 2025 | 16 mars 2026 (32 dagar tidigare på året) |');
    expect(md.stdout).toMatch(/\*\*Ytterligare ett villkor för att\*\* ta/u);
    expect(md.stdout).not.toMatch(/[{[]"/u);
  });
  it('renders one standalone, accessible HTML page with both quotes side by side and a redline', async () => {
    const html = (await cli(['diff', ...PAIR, '--format', 'html'])).stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/u);
    expect(html).toContain('<h2 id="h-action">Kräver åtgärd');
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/<link |<script/u);
    expect(html).toContain('<a href="sources/2025/tillganglighet-och-vardkapacitet.txt">sources/2025/tillganglighet-och-vardkapacitet.txt, rad 4</a>');
    expect(html).toMatch(/<del><span class="sr">borttaget: <\/span>[^<]*2025-04-17/u);
  });
  it('writes CSV with a BOM, semicolons and one row per change', async () => {
    const r = await cli(['diff', ...PAIR, '--format', 'csv']);
    const json = JSON.parse((await cli(['diff', ...PAIR, '--format', 'json'])).stdout) as { changes: unknown[] };
    expect(r.stdout.startsWith('\uFEFFVikt;Ändring;Vad;Sökväg;2025;2026;')).toBe(true);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(json.changes.length + 1);
    expect(lines[1]).toMatch(/^kräver åtgärd;ändrat;Totalt belopp;funding\.total;5 886 500 000 kr;5 042 500 200 kr;/u);
  });
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+46', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/u, '').startsWith("'")).toBe(true);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('säg "ja"')).toBe('"säg ""ja"""');
  });
});

describe('dates as people read them', () => {
  it('compares with the same calendar date in the new grant year', () => {
    expect(shiftDays('requisition.closes', '2025-04-17', '2026-03-16', 1)).toBe(-32);
    expect(shiftDays('requisition.closes', '2025-04-17', '2025-04-20', 0)).toBe(3);
    expect(shiftDays('requisition.closes', '2024-02-29', '2025-02-28', 1)).toBe(0);
    // the next round's last day stated the year before the grant year on both pages
    expect(shiftDays('requisition.closes', '2020-10-01', '2020-09-30', 1)).toBe(-1);
    expect(shiftDays('requisition.closes', '2018-02-28', '2019-12-01', 2)).toBe(-89);
    expect(sameReading('usage_period.to', '2025-12-31', '2026-12-31', 1)).toBe(true);
    expect(sameReading('reporting.period', { year: 2026, part: 'year', text: 'under 2026' }, { year: 2027, part: 'year', text: 'under 2027' }, 1)).toBe(true);
    expect(sameReading('reporting.period', { year: 2026, part: 'year', text: 'under 2026' }, { year: 2027, part: 'late', text: 'i slutet av 2027' }, 1)).toBe(false);
    expect(sameReading('title', 'Statsbidrag 2025', 'Statsbidrag 2026', 1)).toBe(true);
  });
});

describe('list matching', () => {
  it('pairs reworded items by similarity, not position', () => {
    const a = ['Fakturor som styrker kostnader', 'Lönespecifikationer som styrker lönekostnader'];
    const b = ['Lönespecifikationer och anställningsavtal som styrker lönekostnader', 'Fakturor som styrker nedlagda kostnader', 'Underlag som styrker insatser'];
    const m = matchItems(a, b);
    expect(m.pairs).toEqual([[1, 0], [0, 1]]);
    expect(m.added).toEqual([2]);
    expect(m.removed).toEqual([]);
  });
  it('measures similarity on words', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('koloskopi', 'precisionsmedicin')).toBe(0);
  });
  it('diffs words', () => {
    expect(wordDiff('ta fram en produktionsplan', 'lämna in en produktionsplan')).toEqual([
      { op: '+', text: 'lämna in' }, { op: '-', text: 'ta fram' }, { op: '=', text: 'en produktionsplan' },
    ]);
  });
});

describe('allocation lists on both sides', () => {
  it("lists each recipient's change, largest first, with its name, and the sum per recipient type", async () => {
    const a = (await loadSpec('specs/tillganglighet-och-vardkapacitet/2025.allocation.yaml')).spec!;
    if (a.kind !== 'allocation') throw new Error('expected an allocation list');
    const b = { ...a, year: 2026, rows: a.rows.map((r, i) => (i === 3 ? { ...r, amount: Number(r.amount) + 5000 } : i === 7 ? { ...r, amount: Number(r.amount) - 100000 } : r)) };
    const r = diffSpecs(a, b);
    expect(r.changes.map((c) => [c.path, c.label, c.importance])).toEqual([
      ['rows.7.amount', `Belopp (${a.rows[7]!.name})`, 'action'],
      ['rows.3.amount', `Belopp (${a.rows[3]!.name})`, 'action'],
    ]);
    expect(r.summary).toContain('Summa för regionerna: 5 886 500 000 kr → 5 886 405 000 kr (−95 000 kr, −0,0 %).');
  });
});

describe('a date one extraction missed', () => {
  const base = { spec: 1, kind: 'anvisning', id: 'x', title: 'X', source: { path: 's.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;
  it('is no change when the other text states the same calendar day of its year', () => {
    const a = { ...base, year: 2017 } as unknown as Anvisning;
    const b = { ...base, year: 2018, requisition: { closes: '2018-10-01' } } as unknown as Anvisning;
    const r = diffSpecs(a, b, { oldText: 'Ansökningsperioden pågår fram till den 1 oktober 2017.', newText: 'Sista dag 1 oktober 2018.' });
    expect(r.changes).toEqual([]);
    expect(r.gaps).toEqual([{ path: 'requisition.closes', label: 'Sista dag att rekvirera', side: 'old', quote: '1 oktober 2017' }]);
  });
  it('is a change when the other text states another day ("16 mars" is not "6 mars")', () => {
    const a = { ...base, year: 2025, requisition: { opens: '2025-03-06' } } as unknown as Anvisning;
    const b = { ...base, year: 2026 } as unknown as Anvisning;
    const r = diffSpecs(a, b, { oldText: 'Utlysningsdatum: 2025-03-06', newText: 'senast den 16 mars 2026' });
    expect(r.changes.map((c) => [c.path, c.kind])).toEqual([['requisition.opens', 'removed']]);
  });
});

describe('read end to end: the same thing in other words', () => {
  const base = { spec: 1, kind: 'anvisning', id: 'x', title: 'X', source: { path: 's.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;
  it('a payment on the same calendar day, neither year named, is no change, however its sentence reads', () => {
    const a = { ...base, dates: [{ date: '2024-03-15', role: 'payment', text: 'Medlen betalas ut engångsvis senast den 15 mars 2024.' }] } as unknown as Anvisning;
    const b = { ...base, dates: [{ date: '2025-03-15', role: 'payment', text: 'Pengarna ska betalas senast den 15 mars 2025 utan rekvisition.' }] } as unknown as Anvisning;
    const r = diffSpecs(a, b, { oldText: 'Medlen betalas ut engångsvis senast den 15 mars 2024.', newText: 'Pengarna ska betalas senast den 15 mars 2025 utan rekvisition.' });
    expect(r.changes).toEqual([]);
    expect(r.gaps.map((g) => [g.path, g.reworded])).toEqual([['dates.0.text', true]]);
    // without the texts (curated specs) the sentence is still a change of wording
    expect(diffSpecs(a, b).changes.map((c) => c.path)).toEqual(['dates.0.text']);
  });
  it('an ombud asked for in other words is no change; one more thing asked for is', () => {
    const old = 'Innan ni rekvirerar behöver ni ansöka om att bli ombud.';
    const a = { ...base, year: 2025, requisition: { requires: [old] } } as unknown as Anvisning;
    const same = { ...base, year: 2026, requisition: { requires: ['För att kunna rekvirera måste kommunen ha ett godkänt ombud.'] } } as unknown as Anvisning;
    const more = { ...base, year: 2026, requisition: { requires: ['För att kunna rekvirera måste kommunen ha ett godkänt ombud och en fullmakt.'] } } as unknown as Anvisning;
    expect(diffSpecs(a, same, { oldText: old, newText: same.requisition!.requires![0]! }).changes).toEqual([]);
    // (the old sentence is no longer there: the same requirement, an ombud, now asks for a fullmakt too —
    // one changed item with both quotes, matched by meaning, not a removal and an addition)
    expect(diffSpecs(a, more, { oldText: old, newText: more.requisition!.requires![0]! }).changes.map((c) => [c.path, c.kind])).toEqual([['requisition.requires.0', 'changed']]);
  });
});
