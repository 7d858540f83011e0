import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { lint } from '../../extract/lint/run.js';
import type { Anvisning } from '../../specs/schema/index.js';

// What the extraction reads but leaves out is said to an editor (extract/notes.ts), as a diagnostic
// of the project's one shape (file, line, column, rule id, message) from `grantspec lint` and
// `grantspec review`; the spec itself stays silent. Constructed passages.

const dir = mkdtempSync(join(tmpdir(), 'grantspec-notes-'));
function file(text: string): string {
  const f = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(f, text);
  return f;
}

const HEAD = 'Statsbidrag för vårdplatser 2026\n\nSocialstyrelsen fördelar statsbidrag till regioner och kommuner.\n\n';
const TAIL = '\n\nSista dag att rekvirera är den 1 mars 2026.\n';

describe('funding parts that do not make up the total', () => {
  it('are left out of the spec, and lint says why, where the first part stands', async () => {
    const f = file(`${HEAD}Totalt uppgår statsbidraget till 100 miljoner kronor. Av dessa fördelas 60 miljoner kronor till regionerna och 30 miljoner kronor till kommunerna.${TAIL}`);
    const s = (await extract(f, dir)) as Anvisning;
    expect(s.funding?.total).toBe(100_000_000);
    expect(s.funding?.parts).toBeUndefined();
    const notes = (await lint(f)).filter((d) => d.rule === 'funding-parts-unkept');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: f, line: 5, severity: 'warning' });
    // the column of "60 miljoner kronor"
    const line5 = `Totalt uppgår statsbidraget till 100 miljoner kronor. Av dessa fördelas 60 miljoner kronor`;
    expect(notes[0]!.column).toBe(line5.indexOf('60 miljoner') + 1);
    expect(notes[0]!.message).toContain('sum 90 000 000 kronor ≠ the stated total 100 000 000 kronor');
  });
  it('are kept, and nothing said, when they do make it up', async () => {
    const f = file(`${HEAD}Totalt uppgår statsbidraget till 100 miljoner kronor. Av dessa fördelas 60 miljoner kronor till regionerna och 40 miljoner kronor till kommunerna.${TAIL}`);
    const s = (await extract(f, dir)) as Anvisning;
    expect(s.funding?.parts?.map((p) => [p.to, p.amount])).toEqual([['region', 60_000_000], ['kommun', 40_000_000]]);
    expect((await lint(f)).filter((d) => d.rule === 'funding-parts-unkept')).toEqual([]);
  });
});
