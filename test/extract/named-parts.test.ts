import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { specOf } from './probe.js';

// Money split among named recipients and rates per unit (issue 14/12): a payment to one named
// länsstyrelse, region or organisation is a part with `to` and `named`; a rate with no count of units
// is a part with `per_unit` (or `per_recipient`) and no amount — never multiplied into a sum. The
// dev texts below were read for these values before the test was written.

type Part = { to?: string; named?: string; amount?: number | string; key?: string; unit?: string; units?: number; per_unit?: number | string; per_recipient?: number; per_unit_max?: true };
interface Spec { funding?: { total?: number; parts?: Part[] }; evidence: Record<string, { quote: string }> }
const spec = (text: string) => specOf<Spec>(text);
const dev = (name: string): Promise<Spec> => extract(join('test/corpus/dev', name), process.cwd()) as Promise<Spec>;

const DECISION = `# Uppdrag att betala ut medel till länsstyrelser för tillsyn 2021

Regeringen uppdrar åt Kammarkollegiet att betala ut 1 500 000 kronor till Länsstyrelsen i Stockholms län och 900 000 kronor till Länsstyrelsen i Skåne län för tillsyn över serveringsställen.

Regeringen uppdrar även åt Kammarkollegiet att betala ut 5 500 000 kronor till Sveriges Kommuner och Regioner.
`;

describe('payments to named recipients', () => {
  it('gives each named recipient its own part, with its type and its name as written, grounded', async () => {
    const s = await spec(DECISION);
    expect(s.funding?.parts).toEqual([
      { to: 'länsstyrelse', named: 'Länsstyrelsen i Stockholms län', amount: 1_500_000 },
      { to: 'länsstyrelse', named: 'Länsstyrelsen i Skåne län', amount: 900_000 },
      { to: 'organisation', named: 'Sveriges Kommuner och Regioner', amount: 5_500_000 },
    ]);
    expect(s.evidence['funding.parts.1.named']?.quote).toBe('Länsstyrelsen i Skåne län');
  });
  it('leaves the parts out when they do not make up the total the decision states (decimal, exact)', async () => {
    const s = await spec(DECISION.replace('Regeringen uppdrar åt Kammarkollegiet att betala ut 1 500 000', 'Regeringen uppdrar åt Kammarkollegiet att betala ut totalt 8 000 000 kronor. Av dessa ska Kammarkollegiet betala ut 1 500 000'));
    expect(s.funding?.total).toBe(8_000_000);
    // 1 500 000 + 900 000 + 5 500 000 = 7 900 000, not 8 000 000: no part is kept
    expect(s.funding?.parts ?? []).toEqual([]);
  });
  it('keeps them when they do (8 000 000 = 1 600 000 + 900 000 + 5 500 000)', async () => {
    const s = await spec(DECISION.replace('Regeringen uppdrar åt Kammarkollegiet att betala ut 1 500 000', 'Regeringen uppdrar åt Kammarkollegiet att betala ut totalt 8 000 000 kronor. Av dessa ska Kammarkollegiet betala ut 1 600 000'));
    expect(s.funding?.total).toBe(8_000_000);
    expect(s.funding?.parts?.map((p) => p.named)).toEqual(['Länsstyrelsen i Stockholms län', 'Länsstyrelsen i Skåne län', 'Sveriges Kommuner och Regioner']);
  });
  it('a payment to "regionerna" names no one', async () => {
    const s = await spec(DECISION.replace('till Länsstyrelsen i Skåne län', 'till regionerna'));
    expect(s.funding?.parts?.[1]).toEqual({ to: 'region', amount: 900_000 });
  });
});

describe('rates per unit with no count of units', () => {
  it('"dock högst 120 kronor per analys": two ceilings per analysis, no amount (dev 420)', async () => {
    const s = await dev('420-sfs-2021-576-ersattning-analys-vildsvinskott.txt');
    expect(s.funding?.parts).toEqual([
      { key: 'per-unit', unit: 'analys', per_unit: 120, per_unit_max: true },
      { key: 'per-unit', unit: 'analys', per_unit: 495, per_unit_max: true },
    ]);
    expect(s.funding?.total).toBeUndefined();
  });
  it('"Bidraget är 2,97 kronor per meter och år": a rate in öre, as a decimal string (dev 673)', async () => {
    const s = await dev('673-bengtsfors-enskilda-vagar.txt');
    expect(s.funding?.parts).toEqual([{ key: 'per-unit', unit: 'meter', per_unit: '2.97' }]);
  });
  it('"dock med högst 125 000 kronor per kommun": a ceiling per kommun, never a fixed amount (dev 337)', async () => {
    const s = await dev('337-sfs-2019-164-kommunernas-medverkan-omval-2019.txt');
    expect(s.funding?.parts).toEqual([{ to: 'kommun', key: 'fixed-per-recipient', per_recipient: 125_000, per_unit_max: true }]);
  });
  it('a rate stated by a grant verb: "ska få statsbidrag med 2 500 kronor per valdistrikt"', async () => {
    const s = await spec('# Förordning om statsbidrag för kommunernas medverkan vid val\n\n1 § För sin medverkan vid valet ska kommunerna få statsbidrag med 2 500 kronor per valdistrikt.\n');
    expect(s.funding?.parts).toEqual([{ key: 'per-unit', unit: 'valdistrikt', per_unit: 2500 }]);
    expect(s.evidence['funding.parts.0.unit']?.quote).toBe('2 500 kronor per valdistrikt');
  });
  it('a price or a fee per unit is no rate of the grant', async () => {
    const s = await spec('# Förordning om statsbidrag för kommunernas medverkan vid val\n\nStatsbidrag får lämnas till kommuner för kostnader vid valet. Deltagarna betalar en avgift med 2 500 kronor per valdistrikt.\n');
    expect(s.funding?.parts ?? []).toEqual([]);
  });
  it('a rate per inhabitant or per year is not a rate per unit', async () => {
    const s = await spec('# Statsbidrag till kommuner\n\nKommunerna ska få statsbidrag med 25 kronor per invånare. Bidraget är 300 000 kronor per år.\n');
    expect((s.funding?.parts ?? []).filter((p) => p.key === 'per-unit')).toEqual([]);
  });
});
