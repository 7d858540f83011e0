import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';

// helper diffb34 (issue 14): the two extraction misses of diff pairs batch 34 fixed by shape, each with the batch's phrasing,
// two paraphrases in another body's phrasing and a counter-probe that must not give the value.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const head = 'Bidrag till föreningar 2024\nIdeella föreningar kan söka bidraget.\n';

describe('a call\'s decision date as its status label (extract/cues/dates.ts beslutade)', () => {
  const decisions = (line: string): string[] => (spec(head + line + '\n').dates ?? []).filter((d) => d.role === 'decision').map((d) => d.date);
  it('Formas (diff q333, q334) and two paraphrases', () => {
    expect(decisions('Beslutad: 2021-06-17 17:00')).toEqual(['2021-06-17']);
    expect(decisions('Utlysningen beslutad den 26 mars 2024.')).toEqual(['2024-03-26']);
    expect(decisions('Fördelningen beslutad: 12 maj 2024')).toEqual(['2024-05-12']);
  });
  it('counter-probe: a budget decided earlier bounds no decision day', () => {
    expect(decisions('Den beslutade budgeten för projektet gäller till och med den 31 december 2024.')).toEqual([]);
  });
});

describe('a usage period with "tidigast" before the verb (extract/cues/requisition.ts starta-tidigast-pagaa-till)', () => {
  const period = (line: string) => spec(head + line + '\n').usage_period;
  it('Energimyndigheten (diff q338, sources/2018) and two paraphrases', () => {
    expect(period('Projekt som beviljas stöd kan tidigast starta 2018-01-01 och pågå till 2019-12-01.')).toEqual({ from: '2018-01-01', to: '2019-12-01' });
    expect(period('Insatserna kan tidigast påbörjas den 1 mars 2025 och pågå till den 28 februari 2026.')).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    expect(period('Verksamheten får tidigast starta den 1 augusti 2024 och löpa till den 31 juli 2025.')).toEqual({ from: '2024-08-01', to: '2025-07-31' });
  });
  it('counter-probe: the earliest start alone is no period', () => {
    expect(period('Projekt som beviljas stöd kan tidigast starta 2018-01-01.')).toBeUndefined();
  });
});
