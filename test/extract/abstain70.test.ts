import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { get } from '../helpers.js';
import { expectWant, probeField, specOf, type Want } from './probe.js';
import { cells, half, type Cell, type FieldWant } from './abstain70-grid.js';

// Abstaining on disagreeing candidates (helper abstain70, issue 12): the grid of test/extract/abstain70-grid.ts scored right
// / missing / wrong per cell (wrong when any asked field holds a value it does not want; right when every asked field is as
// wanted; missing otherwise). ABSTAIN70_REPORT=FILE writes the tallies and half A's cells that are not right.

type Verdict = 'right' | 'missing' | 'wrong';
type Row = { c: Cell; half: 'A' | 'B'; verdict: Verdict; got: Record<string, unknown> };

function judge(spec: unknown, want: Record<string, FieldWant>): { verdict: Verdict; got: Record<string, unknown> } {
  const got: Record<string, unknown> = {};
  let missing = false;
  let wrong = false;
  for (const [field, w] of Object.entries(want)) {
    const g = get(spec, field);
    got[field] = g;
    const ok = Array.isArray(w) ? w.some((x) => (x === null ? g === undefined : g === x)) : w === null ? g === undefined : g === w;
    if (ok) continue;
    if (g === undefined) missing = true;
    else wrong = true;
  }
  return { verdict: wrong ? 'wrong' : missing ? 'missing' : 'right', got };
}

async function score(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cells()) {
    const spec = await specOf(c.text).catch(() => ({}));
    rows.push({ c, half: half(c.id), ...judge(spec, c.want) });
  }
  return rows;
}

function tally(rows: readonly Row[], key: (r: Row) => string): Map<string, [number, number, number]> {
  const t = new Map<string, [number, number, number]>();
  for (const r of rows) {
    const v = t.get(key(r)) ?? [0, 0, 0];
    v[r.verdict === 'right' ? 0 : r.verdict === 'missing' ? 1 : 2]++;
    t.set(key(r), v);
  }
  return new Map([...t].sort(([a], [b]) => a.localeCompare(b)));
}

// First run (main 3df32074, before any change), right / missing / wrong: half A 34/1/3, half B 29/3/3 (conflict A 16/0/3, B
// 13/2/3; control A 18/1/0, B 16/1/0). After h/abstain70: half A 37/1/0, half B 30/3/2 (conflict A 19/0/0, B 14/2/2; control A
// 18/1/0, B 16/1/0). Half B's two wrong cells are left as they are (half B is counted, never tuned on): its ceiling below.
// The floors the code now meets: right cells per half; no wrong cell in half A, at most the measured two in half B.
const FLOOR = { A: 37, B: 30 };
const WRONG_CEILING = { A: 0, B: 2 };

describe('abstain70: disagreeing candidates, as a grid', () => {
  it('gives no wrong value on the whole grid and meets the floor for right on each half', async () => {
    const rows = await score();
    if (process.env.ABSTAIN70_REPORT) {
      const lines: string[] = [];
      const fmt = (m: Map<string, [number, number, number]>): void => {
        for (const [k, [r, mi, w]] of m) lines.push(`${k.padEnd(48)} ${r}/${mi}/${w}`);
      };
      fmt(tally(rows, (r) => `half ${r.half}`));
      fmt(tally(rows, (r) => `${r.c.part} ${r.half}`));
      // the details of half A only: half B is never looked at while tuning
      const a = rows.filter((r) => r.half === 'A');
      for (const r of a) if (r.verdict !== 'right') lines.push(`${r.verdict.toUpperCase()} ${r.c.id} got=${JSON.stringify(r.got)} want=${JSON.stringify(r.c.want)}`);
      writeFileSync(process.env.ABSTAIN70_REPORT, `${lines.join('\n')}\n`);
    }
    // half A's wrong cells by id, half B's only counted (its cells are never looked at while tuning)
    const wrongA = rows.filter((r) => r.half === 'A' && r.verdict === 'wrong').map((r) => `${r.c.id} got ${JSON.stringify(r.got)}`);
    expect(wrongA).toEqual([]);
    expect(rows.filter((r) => r.half === 'B' && r.verdict === 'wrong').length).toBeLessThanOrEqual(WRONG_CEILING.B);
    for (const h of ['A', 'B'] as const) expect(rows.filter((r) => r.half === h && r.verdict === 'right').length).toBeGreaterThanOrEqual(FLOOR[h]);
  }, 600_000);
});

// Each change by shape: the grid's phrasing, two paraphrases in another body's phrasing (constructed) and a counter-probe that
// must not lose or change the value. The rows' examples in cues/funding.ts PERIOD_TOTALS and cues/dates.ts CORRECTED_DAYS hold
// the same phrasings at the cue level.
type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const P = 'Bidrag till föreningar\n\nBidraget kan sökas av ideella föreningar i kommunen.\n\n';
const PROBES: Probe[] = [
  // two different due days of like weight: none (reporting.due through choose())
  { id: 'D1', shape: 'grid: two report days, two years', field: 'reporting.due', want: null,
    text: P + 'Redovisningen för 2024 ska vara inne senast 31 mars 2025.\n\nRedovisningen för 2025 ska vara inne senast 31 mars 2026.' },
  { id: 'D2', shape: 'paraphrase: delrapport and slutrapport, Slutredovisningen/Återrapporteringen subjects', field: 'reporting.due', want: null,
    text: P + 'Återrapporteringen ska ha kommit in senast den 30 juni 2025.\n\nSlutredovisningen ska ha kommit in senast den 31 januari 2026.' },
  { id: 'D3', shape: 'paraphrase: a bare report sentence twice with two days', field: 'reporting.due', want: null,
    text: P + 'Bidraget ska redovisas senast 1 mars 2026.\n\nBidraget ska redovisas senast 1 april 2026.' },
  { id: 'Dk', shape: 'counter: one due day stated twice keeps it', field: 'reporting.due', want: '2026-01-31',
    text: P + 'Redovisning ska lämnas senast 31 januari 2026.\n\nKom ihåg att redovisningen ska vara inne senast 31 januari 2026.' },
  { id: 'Dp', shape: 'counter: a past report day beside a later year\'s keeps the later', field: 'reporting.due', want: '2026-03-31',
    text: P + 'Redovisningen för 2023 skulle vara inne senast 31 mars 2024.\n\nRedovisningen för 2025 ska vara inne senast 31 mars 2026.' },
  // a total told for several years beside one year's: none (PERIOD_TOTALS apart)
  { id: 'T1', shape: 'grid: omfattar totalt … för perioden 2024–2026 / För 2025 finns … att fördela', field: 'funding.total', want: null,
    text: P + 'Programmet omfattar totalt 30 miljoner kronor för perioden 2024–2026.\n\nFör 2025 finns 10 miljoner kronor att fördela.' },
  // (the period's sum is never taken beside a year's: when the year's cue is the heavier, the year's sum is the total)
  { id: 'T2', shape: 'paraphrase: Under perioden 2024–2026 avsätts … / I år finns totalt …', field: 'funding.total', want: { not: 45000000 },
    text: P + 'Under perioden 2024–2026 avsätts totalt 45 miljoner kronor till satsningen.\n\nI år finns totalt 15 miljoner kronor att söka.' },
  { id: 'T3', shape: 'paraphrase: regeringen har avsatt … under tre år / Totalt finns … att fördela under 2025', field: 'funding.total', want: { not: 90000000 },
    text: P + 'Regeringen har avsatt 90 miljoner kronor för satsningen under tre år.\n\nTotalt finns 30 miljoner kronor att fördela under 2025.' },
  { id: 'Tk', shape: 'counter: a period total alone is kept', field: 'funding.total', want: 30000000,
    text: P + 'Programmet omfattar totalt 30 miljoner kronor för perioden 2024–2026.' },
  { id: 'Ty', shape: 'counter: a yearly sum over three years is no span total (kept beside a cap)', field: 'funding.total', want: 2000000,
    text: P + 'Totalt finns 2 000 000 kronor att fördela.\n\nVarje projekt kan få högst 200 000 kronor.' },
  // a corrected day beside the day it corrects: the corrected one (CORRECTED_DAYS)
  { id: 'C1', shape: 'grid: Obs! Nytt datum: sista ansökningsdag är nu …', field: 'requisition.closes', want: '2025-03-22',
    text: P + 'Sista ansökningsdag är 15 mars 2025.\n\nObs! Nytt datum: sista ansökningsdag är nu 22 mars 2025.' },
  { id: 'C2', shape: 'paraphrase: Ansökningstiden har förlängts till …', field: 'requisition.closes', want: '2025-04-07',
    text: P + 'Ansökan ska vara inne senast den 31 mars 2025.\n\nAnsökningstiden har förlängts till den 7 april 2025.' },
  { id: 'C3', shape: 'paraphrase: Observera! Ny sista ansökningsdag är …', field: 'requisition.closes', want: '2025-10-08',
    text: P + 'Sista dag att ansöka är 1 oktober 2025.\n\nObservera! Ny sista ansökningsdag är 8 oktober 2025.' },
  { id: 'C4', shape: 'due: Obs! Nytt datum: redovisningen … (no due row reads it): none, not the old day', field: 'reporting.due', want: null,
    text: P + 'Redovisningen ska lämnas senast 31 januari 2026.\n\nObs! Nytt datum: redovisningen ska nu lämnas senast 28 februari 2026.' },
  { id: 'Ck', shape: 'counter: another thing prolonged keeps the closing day', field: 'requisition.closes', want: '2025-03-15',
    text: P + 'Sista ansökningsdag är 15 mars 2025.\n\nProjekttiden har förlängts till 31 december 2026.' },
  { id: 'Cm', shape: 'counter: a new date of a meeting keeps the closing day', field: 'requisition.closes', want: '2025-03-15',
    text: P + 'Sista ansökningsdag är 15 mars 2025.\n\nNytt datum: informationsmötet hålls 2 april 2025.' },
];

describe('abstain70: each change\'s shape, two paraphrases, counter-probes', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});

describe('abstain70: a refusal is a note, never a value', () => {
  it('records candidates-disagree at the heavier candidate', async () => {
    const { readText } = await import('../../extract/read/text.js');
    const { findReporting } = await import('../../extract/fields/reporting.js');
    const { notesOf } = await import('../../extract/notes.js');
    const doc = readText('p.md', `${P}Bidraget ska redovisas senast 1 mars 2026.\n\nBidraget ska redovisas senast 1 april 2026.\n`);
    const r = findReporting(doc);
    expect(r.due).toBeUndefined();
    expect(r.refused).toMatch(/2026-03-01.*2026-04-01/u);
    const notes = notesOf(doc, 'p.md');
    expect(notes.map((n) => n.rule)).toEqual(['candidates-disagree']);
    expect(notes[0]!.message).toMatch(/^reporting\.due: /u);
  });
});
