import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { payeeChange, payeesOf } from '../../specs/diff/payees.js';
import { textSentences } from '../../specs/diff/text.js';
import type { Anvisning } from '../../specs/schema/index.js';

// The kommuner and regioner a decision or news item names as paid (specs/diff/payees.ts). Constructed texts, written the way
// Kammarkollegiet's and regeringen.se's news items announce a round of payments.

const names = (text: string): string[] => payeesOf(textSentences(text)).map((p) => p.recipient.name);
const change = (a: string, b: string) => payeeChange(textSentences(a), textSentences(b), a, b);

describe('payees named in a text', () => {
  it('reads a payee as the subject of a verb of receiving, in a list with its sum, and in a table row', () => {
    expect(names('Bollnäs kommun får 12 miljoner kronor för att bygga om skolgården.')).toEqual(['Bollnäs']);
    expect(names('Även Region Gävleborg beviljas 4,5 miljoner kronor.')).toEqual(['Region Gävleborg']);
    expect(names('Beslut:\n\n- Härnösands kommun: 3 200 000 kronor\n- Timrå kommun: 1 100 000 kronor\n')).toEqual(['Härnösand', 'Timrå']);
    expect(names('| Mottagare | Belopp |\n| Vara | 1 250 000 |\n| Region Skaraborg | 800 000 |\n')).toEqual(['Vara']);
    expect(names('Medlen fördelas till Umeå kommun och Region Västerbotten.')).toEqual(['Umeå', 'Region Västerbotten']);
  });
  it('reads none from a rule on who may apply, a bare word outside a list, or a name without money', () => {
    expect(names('Kommuner i Norrbottens län kan söka bidraget.')).toEqual([]);
    expect(names('Region Stockholm får ansöka om medel senast 1 mars.')).toEqual([]);
    expect(names('Bidrag kan beviljas till Region Skåne om ansökan är komplett.')).toEqual([]);
    expect(names('Vara med och forma framtidens skola: ansök om 500 000 kronor.')).toEqual([]);
    expect(names('Kontakt: Region Uppsala, 018-611 00 00')).toEqual([]);
    expect(names('Ansökan går till Kammarkollegiet.')).toEqual([]);
  });
});

describe('payees changed between two texts', () => {
  const before = 'Fyra kommuner får statsbidrag.\n\n- Ale kommun: 2 000 000 kronor\n- Bollnäs kommun: 1 000 000 kronor\n';
  it('reports a payee dropped and another added as changed', () => {
    const c = change(before, 'Fyra kommuner får statsbidrag.\n\n- Ale kommun: 2 500 000 kronor\n- Timrå kommun: 1 000 000 kronor\n');
    expect(c?.kind).toBe('changed');
    expect(c?.old?.recipient.name).toBe('Bollnäs');
    expect(c?.new?.recipient.name).toBe('Timrå');
  });
  it('reports nothing when the same payees get other sums, or a payee is still named elsewhere', () => {
    expect(change(before, 'Fyra kommuner får statsbidrag.\n\n- Ale kommun: 9 000 000 kronor\n- Bollnäs kommun: 3 000 000 kronor\n')).toBeUndefined();
    expect(change(before, 'Ale kommun får 2 000 000 kronor.\n\nBollnäs kommun har redan fått sin del.\n')).toBeUndefined();
  });
  it('reports nothing where one text names no payee at all (a general decision)', () => {
    expect(change(before, 'Statsbidraget fördelas efter befolkning.\n')).toBeUndefined();
  });
  it('reaches the change report as recipients.named with both sentences', () => {
    const base = { spec: 1, kind: 'anvisning', id: 'x', title: 'X', source: { path: 's.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;
    const r = diffSpecs({ ...base, year: 2025 } as unknown as Anvisning, { ...base, year: 2026 } as unknown as Anvisning, { oldText: before, newText: 'Fyra kommuner får statsbidrag.\n\n- Ale kommun: 2 000 000 kronor\n- Timrå kommun: 1 000 000 kronor\n' });
    const c = r.changes.find((x) => x.path === 'recipients.named');
    expect(c?.kind).toBe('changed');
    expect(c?.evidence.old?.quote).toContain('Bollnäs kommun');
    expect(c?.evidence.new?.quote).toContain('Timrå kommun');
  });
});
