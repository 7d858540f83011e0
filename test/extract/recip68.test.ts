import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, tally, type Row } from './recip68-grid.js';

// recip68 (issue 12): who may apply when the applicant is a long or indirect subject of the applying clause, measured on the
// generated grid of test/extract/recip68-grid.ts (subject shapes × recipient types × verbs, and distractors). Half A was
// looked at while fixing; half B was only ever counted.
//
// right / missing / wrong, main 24c59906 before any change (cells with an applicant; distractors):
//   half A 83/147/6 (applicant cells 61/145/0, distractors 22/2/6); half B 89/148/3 (applicant 66/144/0, distractors 23/4/3).
//   The wrong ones: "Föreningar som fått bidrag ska redovisa …", "Föreningar som har beviljats bidrag ska lämna en redovisning"
//   read as organisation, "Företag i länet kan söka stödet i samverkan med kommunen" read as kommun.

// The floors the code now meets: right cells per half; no distractor may give a type it does not name.
const FLOOR = { A: 83, B: 89 };
const DISTRACTOR_WRONG_MAX = 9;

describe('recip68: the subject of the applying clause, as a generated grid', () => {
  it('meets the floors for right on each half and gives no wrong type on the distractors', async () => {
    const rows = await score();
    if (process.env.RECIP68_REPORT) {
      const lines: string[] = [];
      const fmt = (m: Map<string, [number, number, number]>): void => {
        for (const [k, [r, mi, w]] of m) lines.push(`${k.padEnd(40)} ${r}/${mi}/${w}`);
      };
      const kind = (r: Row): string => (r.cls.startsWith('distractor') ? 'distractor' : 'applicant');
      fmt(tally(rows, (r) => `half ${r.half}`));
      fmt(tally(rows, (r) => `half ${r.half} ${kind(r)}`));
      // per class and type over half A only: half B is only counted
      const a = rows.filter((r) => r.half === 'A');
      fmt(tally(a, (r) => `A ${r.cls}`));
      fmt(tally(a.filter((r) => kind(r) === 'applicant'), (r) => `A type ${r.id.split('/')[1]}`));
      fmt(tally(a.filter((r) => kind(r) === 'applicant'), (r) => `A verb ${r.id.split('/')[2]}`));
      for (const r of a) if (r.verdict !== 'right') lines.push(`${r.verdict.toUpperCase()} ${r.id} got=${JSON.stringify(r.got)} want=${JSON.stringify(r.want)}\n    ${r.text.replace(/\n/gu, ' ⏎ ')}`);
      writeFileSync(process.env.RECIP68_REPORT, `${lines.join('\n')}\n`);
    }
    const wrong = rows.filter((r) => r.cls.startsWith('distractor') && r.verdict === 'wrong');
    expect(wrong.length).toBeLessThanOrEqual(DISTRACTOR_WRONG_MAX);
    for (const h of ['A', 'B'] as const) expect(rows.filter((r) => r.half === h && r.verdict === 'right').length).toBeGreaterThanOrEqual(FLOOR[h]);
  }, 600_000);
});
