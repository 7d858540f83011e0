import { describe, expect, it } from 'vitest';
import { probeFile, specOf } from './probe.js';

// A decision that lists its recipients by name, one line each with its sum, under a lead "… till
// följande organisationer": each line is a part (to, named, amount), only when the sums make up the
// total the text states; a list of other sums, or of an earlier year's grants, is no split.

type Part = { to?: string; named?: string; amount?: number };
type Spec = { funding?: { total?: number; parts?: Part[] }; recipients?: { named?: string[] } };
const spec = (text: string) => specOf<Spec>(text);
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

// One reader of a total's named parts, whichever lead the list has ("… till följande organisationer",
// "… enligt följande fördelning:"), and one check that they reconcile with the total: the one that
// says so to an editor (funding-parts-unkept) for parts stated in sentences (notes.test.ts). Constructed.
describe('one reader and one sum check for a list of named parts', () => {
  const POOL = 'Kammarkollegiet ska efter rekvisition betala ut medel till nedanstående förbund enligt följande fördelning:';
  async function notes(text: string): Promise<Array<{ line?: number; column?: number; message: string }>> {
    const { lint } = await import('../../extract/lint/run.js');
    return (await lint(probeFile(text))).filter((d) => d.rule === 'funding-parts-unkept');
  }
  const HEAD = 'Regleringsbrev för budgetåret 2005 avseende bidrag till folkbildning';
  const TOTAL = 'Statsbidraget uppgår till 3 500 000 kronor.';

  it('a pool list that makes up the total: each line a part, its amount quoted as the amount, its name as the name', async () => {
    const s = await spec(page(HEAD, TOTAL, POOL, 'Förbundet Alfa 2 000 000 kronor', '• Beta riksförbund: 1 500 000 kr'));
    expect(s.funding?.parts).toEqual([{ named: 'Förbundet Alfa', amount: 2000000 }, { named: 'Beta riksförbund', amount: 1500000 }]);
    const ev = (s as Spec & { evidence: Record<string, { quote: string }> }).evidence;
    expect(ev['funding.parts.1.amount']?.quote).toBe('1 500 000 kr');
    expect(ev['funding.parts.1.named']?.quote).toBe('Beta riksförbund');
  });

  it('a list under either lead that does not make up the total: no parts, and the editor is told where the first part stands', async () => {
    for (const lead0 of [POOL, lead]) {
      const text = page(HEAD, TOTAL, lead0, 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 000 000 kronor');
      expect((await spec(text)).funding?.parts).toBeUndefined();
      const found = await notes(text);
      expect(found).toHaveLength(1);
      // paragraphs: 1 head, 3 total, 5 lead, 7 first line; the column of "2 000 000"
      expect(found[0]).toMatchObject({ line: 7, column: 'Förbundet Alfa '.length + 1 });
      expect(found[0]!.message).toContain('sum 3 000 000 kronor ≠ the stated total 3 500 000 kronor');
    }
  });

  it('a list that makes up the total says nothing', async () => {
    expect(await notes(page(HEAD, TOTAL, lead, 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 500 000 kronor'))).toEqual([]);
  });

  it('with no total stated there is nothing to reconcile: the list under "till följande organisationer" stands, as a pool list does', async () => {
    const noTotal = 'För folkbildning uppdrar regeringen åt Kammarkollegiet att efter rekvisition utbetala medel till följande organisationer:';
    const s = await spec(page('Regleringsbrev för budgetåret 2005 avseende bidrag till folkbildning', noTotal, 'Förbundet Alfa 2 000 000 kronor', 'Beta riksförbund 1 500 000 kronor'));
    expect(s.funding?.total).toBeUndefined();
    expect(s.funding?.parts).toEqual([
      { to: 'organisation', named: 'Förbundet Alfa', amount: 2000000 },
      { to: 'organisation', named: 'Beta riksförbund', amount: 1500000 },
    ]);
  });
});
