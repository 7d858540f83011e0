import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diff33's fixes (issue 14, classes review65, diffb31 and diff32 left open): for each class two pairs
// in other bodies' phrasing that must report the change (field and kind), and one no-change rewording that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const head = 'Föreningsbidrag 2025\nIdeella föreningar kan söka bidraget.\n';
const pair = (a: string, b: string): string => changes(head + a, head + b).join('\n');

describe('a date moved within one calendar year (dates.ts shiftDays, words.ts oneCalendarYear)', () => {
  // review65: "30 juni 2025 → 31 december 2025" was reported "(181 dagar tidigare än motsvarande dag, 30 juni 2026)"
  it('two dates of one year are plain days apart, never read against another year\'s day', () => {
    const out = pair('Sista dag att ansöka är 30 juni 2025.\n', 'Sista dag att ansöka är 31 december 2025.\n');
    expect(out).toMatch(/^requisition\.closes \| changed \| .*30 juni 2025 → 31 december 2025 \(184 dagar senare\)$/mu);
    expect(out).not.toMatch(/motsvarande|på året/u);
  });
  it('… in other phrasings: a last day late in the year, a window moved to the autumn', () => {
    expect(pair('Ansökan ska vara inne senast den 15 januari 2026.\n', 'Ansökan ska vara inne senast den 20 november 2026.\n'))
      .toMatch(/^requisition\.closes \| changed \| .*\(309 dagar senare\)$/mu);
    const out = pair('Ansökningsperioden öppnar den 1 mars 2025 och stänger den 31 mars 2025.\n', 'Ansökningsperioden öppnar den 1 november 2025 och stänger den 30 november 2025.\n');
    expect(out).toMatch(/^requisition\.opens \| changed \| .*\(245 dagar senare\)$/mu);
    expect(out).toMatch(/^requisition\.closes \| changed \| .*\(244 dagar senare\)$/mu);
  });
  it('the same day reworded reports nothing', () => {
    expect(pair('Sista dag att ansöka är 30 juni 2025.\n', 'Ansökan ska ha kommit in senast den 30 juni 2025.\n')).toBe('');
  });
});

describe('a floor turned ceiling (rules.ts summa-minst, summa-hogst)', () => {
  // review65: "Det minsta belopp som kan sökas är 10 000 kronor." → "Det största belopp …" reported nothing
  it('the least sum become the most is the distribution changed', () => {
    expect(pair('Det minsta belopp som kan sökas är 10 000 kronor.\n', 'Det största belopp som kan sökas är 10 000 kronor.\n'))
      .toMatch(/^funding\.parts \| changed \| .*minsta belopp.*→.*största belopp/mu);
  });
  it('… in another phrasing', () => {
    expect(pair('Lägsta belopp för ett projektbidrag är 5 000 kr.\n', 'Högsta belopp för ett projektbidrag är 5 000 kr.\n')).toMatch(/^funding\.parts/mu);
  });
  it('the same floor reworded reports nothing', () => {
    expect(pair('Det minsta belopp som kan sökas är 10 000 kronor.\n', 'Lägsta belopp som kan sökas är 10 000 kronor.\n')).toBe('');
  });
});
