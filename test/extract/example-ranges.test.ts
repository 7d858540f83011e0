import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// A range a text marks as an example ("t.ex. 1 mars–31 mars 2024", "2024-01-01–2024-12-31
// (exempel)") is no window, usage period or report window, as a single date so marked is none
// (EXAMPLE_DATE); and a date inside such a range is an example too. A range stated beside it still is.

interface Spec { requisition?: { opens?: string; closes?: string }; usage_period?: { from?: string; to?: string }; reporting?: { due?: string } }
const spec = (lines: string[]): Promise<Spec> => specOf<Spec>(lines.join('\n'));

describe('a range marked as an example', () => {
  it('is no application window', async () => {
    const s = await spec(['Statsbidrag till föreningar 2024', '', 'Ansökan görs i e-tjänsten. Ange i ansökan när ansökan är öppen, till exempel 1 mars–31 mars 2024.']);
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.requisition?.closes).toBeUndefined();
  });
  it('is no usage period', async () => {
    const s = await spec(['Statsbidrag till föreningar 2024', '', 'Medlen får användas under perioden t.ex. 2024-01-01–2024-12-31.']);
    expect(s.usage_period).toBeUndefined();
  });
  it('leaves a stated range its role', async () => {
    const s = await spec(['Statsbidrag till föreningar 2024', '', 'Ansökan görs i e-tjänsten.', '', 'Ansökan är öppen under perioden 1 mars–31 mars 2024.', '',
      'Medlen får användas under perioden 2024-01-01–2024-12-31.']);
    expect(s.requisition?.opens).toBe('2024-03-01');
    expect(s.requisition?.closes).toBe('2024-03-31');
    expect(s.usage_period?.from).toBe('2024-01-01');
    expect(s.usage_period?.to).toBe('2024-12-31');
  });
});

// Every finder reads its dates through the one entry point that leaves examples out
// (extract/parse/dates.ts): a table cell and a front-matter value too, not only a sentence.
describe('an example date outside a sentence', () => {
  interface Dated { dates?: Array<{ date?: string; role: string }> }
  it('in a table cell is no window day', async () => {
    const s = await spec(['Bidrag till kulturprojekt 2026', '', 'Kommunen ger bidrag till föreningar.', '',
      '| Vad | När |', '|---|---|', '| Sista dag att ansöka | t.ex. 2026-03-15 |', '| Utlysningen öppnar | till exempel den 1 februari 2026 |']);
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.requisition?.closes).toBeUndefined();
  });
  it('in a table cell beside a stated one leaves the stated one its role', async () => {
    const s = await spec(['Bidrag till kulturprojekt 2026', '', 'Kommunen ger bidrag till föreningar.', '',
      '| Vad | När |', '|---|---|', '| Sista dag att ansöka | 15 mars 2026 |', '| Utlysningen öppnar | 1 februari 2026 (exempel) |']);
    expect(s.requisition?.closes).toBe('2026-03-15');
    expect(s.requisition?.opens).toBeUndefined();
  });
  it('in front matter is no date of the page, and no requisition date', async () => {
    const s = await specOf<Spec & Dated>('---\ntitle: "Statsbidrag för läxhjälp 2025"\ndate: 2025-02-01 (exempel)\n---\n\nKommuner kan söka statsbidrag för läxhjälp.\n', 'md');
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.requisition?.closes).toBeUndefined();
    expect((s.dates ?? []).map((d) => d.date)).not.toContain('2025-02-01');
  });
});
