import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';

// A decision that lists its recipients by name, one line each with its sum, under a lead "… till
// följande organisationer": each line is a part (to, named, amount), only when the sums make up the
// total the text states; a list of other sums, or of an earlier year's grants, is no split.

type Part = { to?: string; named?: string; amount?: number };
type Spec = { funding?: { total?: number; parts?: Part[] }; recipients?: { named?: string[] } };
const dir = mkdtempSync(join(tmpdir(), 'grantspec-listed-parts-'));
async function spec(text: string): Promise<Spec> {
  const f = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(f, text);
  return extract(f, dir) as Promise<Spec>;
}
const page = (...paragraphs: string[]): string => [...paragraphs.flatMap((p) => [p, ''])].join('\n');
const lead = 'För folkbildning uppdrar regeringen åt Kammarkollegiet att utbetala 3,5 miljoner kronor fördelade enligt nedan till följande organisationer';

describe('parts from a list of named recipients with their sums', () => {
  it('reads one part per name when the sums make up the total', async () => {
    const s = await spec(page('Regleringsbrev för budgetåret 2005 avseende bidrag till folkbildning', 'Statsbidraget uppgår till 3 500 000 kronor.', lead, 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 500 000 kronor', 'Varje organisation ska senast den 1 mars 2006 lämna en rapport.'));
    expect(s.funding?.total).toBe(3500000);
    expect(s.funding?.parts).toEqual([
      { to: 'organisation', named: 'Förbundet Alfa', amount: 2000000 },
      { to: 'organisation', named: 'Beta riksförbund', amount: 1500000 },
    ]);
  });

  it('reads no parts when the sums do not make up the total', async () => {
    const s = await spec(page('Regleringsbrev för budgetåret 2005 avseende bidrag till folkbildning', 'Statsbidraget uppgår till 3 500 000 kronor.', lead, 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 000 000 kronor', 'Varje organisation ska senast den 1 mars 2006 lämna en rapport.'));
    expect(s.recipients?.named).toEqual(['Förbundet Alfa', 'Beta riksförbund']);
    expect(s.funding?.parts).toBeUndefined();
  });

  it('reads no parts from a list of an earlier year\'s grants', async () => {
    const s = await spec(page('Bidrag till folkbildning 2024', 'Statsbidraget uppgår till 3 500 000 kronor.', 'För 2023 beviljades bidrag till följande organisationer:', 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 500 000 kronor'));
    expect(s.funding?.parts).toBeUndefined();
  });
});
