import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { anvisning, type Anvisning } from '../../specs/schema/index.js';

// Money split among named recipients (a regeringsbeslut's amounts per länsstyrelse, a payment to SKR)
// and rates per unit: each named recipient's change is listed with its name, largest first, with the
// sum per recipient type; a rate is compared as a rate, never as an amount.

const base = { spec: 1, kind: 'anvisning', id: 'tillsyn', title: 'Tillsyn', source: { path: 's.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;
const spec = (year: number, parts: unknown[]): Anvisning => anvisning.parse({ ...base, year, funding: { parts } });

describe('parts named for one recipient each', () => {
  // "Regeringen ger Kammarkollegiet i uppdrag att betala ut 1 500 000 kronor till Länsstyrelsen i Stockholms län,
  //  900 000 kronor till Länsstyrelsen i Skåne län och 5 500 000 kronor till Sveriges Kommuner och Regioner."
  const a = spec(2025, [
    { to: 'länsstyrelse', named: 'Länsstyrelsen i Stockholms län', amount: 1_500_000 },
    { to: 'länsstyrelse', named: 'Länsstyrelsen i Skåne län', amount: 900_000 },
    { to: 'organisation', named: 'Sveriges Kommuner och Regioner', amount: 5_500_000 },
  ]);
  // the next year: Skåne gets 600 000 more, Stockholm 100 000 less, SKR the same; the order of the parts differs
  const b = spec(2026, [
    { to: 'organisation', named: 'Sveriges Kommuner och Regioner', amount: 5_500_000 },
    { to: 'länsstyrelse', named: 'Länsstyrelsen i Skåne län', amount: 1_500_000 },
    { to: 'länsstyrelse', named: 'Länsstyrelsen i Stockholms län', amount: 1_400_000 },
  ]);

  it("lists each recipient's amount change by name, the largest first, as action", () => {
    const r = diffSpecs(a, b);
    expect(r.changes.map((c) => [c.label, c.kind, c.old, c.new, c.importance])).toEqual([
      ['Belopp för delen (Länsstyrelsen i Skåne län)', 'changed', 900_000, 1_500_000, 'action'],
      ['Belopp för delen (Länsstyrelsen i Stockholms län)', 'changed', 1_500_000, 1_400_000, 'action'],
    ]);
  });

  it('sums the named parts per recipient type, exactly, and leaves an unchanged type out', () => {
    const r = diffSpecs(a, b);
    expect(r.summary).toContain('Summa för länsstyrelserna: 2 400 000 kr → 2 900 000 kr (+500 000 kr, +20,8 %).');
    expect(r.summary).not.toContain('Summa för organisationerna');
  });

  it('a recipient named only in the new year is an added part, said in its name, not its type', () => {
    const c = spec(2026, [
      { to: 'länsstyrelse', named: 'Länsstyrelsen i Stockholms län', amount: 1_500_000 },
      { to: 'länsstyrelse', named: 'Länsstyrelsen i Skåne län', amount: 900_000 },
      { to: 'länsstyrelse', named: 'Länsstyrelsen i Gotlands län', amount: 200_000 },
      { to: 'organisation', named: 'Sveriges Kommuner och Regioner', amount: 5_500_000 },
    ]);
    const r = diffSpecs(a, c);
    expect(r.changes.map((x) => [x.kind, x.importance])).toEqual([['added', 'action']]);
    expect(r.summary).toContain('till Länsstyrelsen i Gotlands län');
    expect(r.summary).not.toContain('till länsstyrelser');
  });
});

describe('a rate per unit with no count of units', () => {
  // SFS-style: "ska kommunerna få statsbidrag med 2 500 kronor per valdistrikt" → "… med 2 800 kronor per valdistrikt"
  it('is compared as a rate, in words with its unit, and no amount appears', () => {
    const a = spec(2022, [{ key: 'per-unit', unit: 'valdistrikt', per_unit: 2500 }]);
    const b = spec(2026, [{ key: 'per-unit', unit: 'valdistrikt', per_unit: 2800 }]);
    const r = diffSpecs(a, b);
    expect(r.changes.map((c) => [c.path, c.label, c.old, c.new])).toEqual([['funding.parts.0.per_unit', 'Belopp per enhet', 2500, 2800]]);
    expect(r.changes.some((c) => c.path.endsWith('.amount'))).toBe(false);
  });
  it('a ceiling per unit says "högst" when it is added', () => {
    const a = spec(2021, []);
    const b = spec(2022, [{ key: 'per-unit', unit: 'analys', per_unit: 120, per_unit_max: true }]);
    const r = diffSpecs(a, b);
    expect(r.summary).toContain('högst 120 kr per analys');
  });
});
