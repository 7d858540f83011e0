import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { lint } from '../../extract/lint/run.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { probeFile } from './probe.js';

// What the extraction reads but leaves out is said to an editor (extract/notes.ts), as a diagnostic
// of the project's one shape (file, line, column, rule id, message) from `grantspec lint` and
// `grantspec review`; the spec itself stays silent. Constructed passages.

const file = (text: string): string => probeFile(text);

const HEAD = 'Statsbidrag för vårdplatser 2026\n\nSocialstyrelsen fördelar statsbidrag till regioner och kommuner.\n\n';
const TAIL = '\n\nSista dag att rekvirera är den 1 mars 2026.\n';

describe('funding parts that do not make up the total', () => {
  it('are left out of the spec, and lint says why, where the first part stands', async () => {
    const f = file(`${HEAD}Totalt uppgår statsbidraget till 100 miljoner kronor. Av dessa fördelas 60 miljoner kronor till regionerna och 30 miljoner kronor till kommunerna.${TAIL}`);
    const s = (await extract(f)) as Anvisning;
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
    const s = (await extract(f)) as Anvisning;
    expect(s.funding?.parts?.map((p) => [p.to, p.amount])).toEqual([['region', 60_000_000], ['kommun', 40_000_000]]);
    expect((await lint(f)).filter((d) => d.rule === 'funding-parts-unkept')).toEqual([]);
  });
});

// The contract's grant years are 1990–2100 (specs/years.ts). A year the text states outside them is
// left out with a note, never clamped to the range nor replaced by another year of the text.
describe('a grant year outside the contract\'s years', () => {
  it('is left out, with a note, and no year of the body takes its place (constructed passage)', async () => {
    const f = file('Statsbidrag till social hemhjälp för år 1986\n\nKommunerna får statsbidrag till social hemhjälp. Medlen avser budgetåret 1995 och fördelas efter antalet invånare.\n\nTotalt uppgår statsbidraget till 100 000 000 kronor.\n');
    const s = (await extract(f)) as Anvisning;
    expect(s.year).toBeUndefined();
    expect(s.evidence['year']).toBeUndefined();
    const notes = (await lint(f)).filter((d) => d.rule === 'year-out-of-range');
    expect(notes).toEqual([expect.objectContaining({ line: 1, column: 1, severity: 'warning' })]);
    expect(notes[0]!.message).toContain('grant year 1986');
    expect(notes[0]!.message).toContain('1990–2100');
  });
  it('in dev text 418 (SFS 1987:79, "för år 1986") is left out with a note', async () => {
    const f = 'test/corpus/dev/418-sfs-1987-79-medelvarde-social-hemhjalp-1986.txt';
    expect(((await extract(f)) as Anvisning).year).toBeUndefined();
    expect((await lint(f)).filter((d) => d.rule === 'year-out-of-range').map((d) => d.message)).toEqual([expect.stringContaining('1986')]);
  });
  it('is not read from a law\'s date in a title ("lagen den 17 december 1954"), and a year in range is kept without a note', async () => {
    const f = file('Kungörelse om utbetalning av statsbidrag enligt lagen den 17 december 1954\n\nStatsbidrag betalas ut till sjukkassorna.\n');
    expect((await lint(f)).filter((d) => d.rule === 'year-out-of-range')).toEqual([]);
    const g = file('Statsbidrag till social hemhjälp 2026\n\nKommunerna får statsbidrag till social hemhjälp.\n\nTotalt uppgår statsbidraget till 100 000 000 kronor.\n');
    expect(((await extract(g)) as Anvisning).year).toBe(2026);
    expect((await lint(g)).filter((d) => d.rule === 'year-out-of-range')).toEqual([]);
  });
});
