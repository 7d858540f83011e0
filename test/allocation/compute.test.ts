import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { namesDate, readPopulation } from '../../extract/allocation/population.js';
import { computeAllocation, largestRemainder, type Part } from '../../specs/allocation/compute.js';
import { loadReference } from '../../specs/reference/index.js';

// Amounts from keys, checked by hand: exact shares, whole kronor by the largest remainder.

const ref = loadReference();
const three = ref.regioner.filter((r) => ['01', '03', '04'].includes(r.code));
const part = (p: Partial<Part>, index = 0): { index: number; part: Part } => ({ index, part: { to: 'region', ...p } });

describe('largestRemainder', () => {
  it('rounds down, then gives the kronor left to the largest remainders; ties to the lowest code', () => {
    const shares = new Map([['01', new Decimal('10.6')], ['03', new Decimal('10.3')], ['04', new Decimal('10.1')]]);
    expect(Object.fromEntries([...largestRemainder(shares, new Decimal(31))].map(([k, v]) => [k, v.toNumber()]))).toEqual({ '01': 11, '03': 10, '04': 10 });
    const tie = new Map([['04', new Decimal('1.5')], ['01', new Decimal('1.5')]]);
    expect(Object.fromEntries([...largestRemainder(tie, new Decimal(3))].map(([k, v]) => [k, v.toNumber()]))).toEqual({ '01': 2, '04': 1 });
  });
});

describe('computeAllocation', () => {
  it('splits an equal part exactly: 100 kr over 3 regions is 34 + 33 + 33', () => {
    const { rows, problems } = computeAllocation([part({ amount: 100, key: 'equal' })], three, new Map());
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.amount)).toEqual([34, 33, 33]);
  });

  it('gives every kommun a fixed 500 000 kr: 145 000 000 over 290 kommuner', () => {
    const { rows } = computeAllocation([part({ to: 'kommun', amount: 145_000_000, key: 'fixed-per-recipient', per_recipient: 500_000 })], ref.kommuner, new Map());
    expect(rows).toHaveLength(290);
    expect(new Set(rows.map((r) => r.amount))).toEqual(new Set([500_000]));
  });

  it('shares by population, and sums keys: 100 per region plus 1 000 by population', () => {
    const population = new Map([['01', 2_000], ['03', 1_000], ['04', 1_000]]);
    const { rows, problems } = computeAllocation([part({ amount: 300, key: 'fixed-per-recipient', per_recipient: 100 }), part({ amount: 1_000, key: 'per-capita' }, 1)], three, population);
    expect(problems).toEqual([]);
    // 100 + 500, 100 + 250, 100 + 250
    expect(rows.map((r) => [r.code, r.amount, r.population])).toEqual([['01', 600, 2000], ['03', 350, 1000], ['04', 350, 1000]]);
  });

  it('sums exactly to the part however the shares fall', () => {
    const population = new Map(ref.kommuner.map((k, i) => [k.code, 1_000 + ((i * 7919) % 50_000)]));
    const { rows } = computeAllocation([part({ to: 'kommun', amount: 95_000_000, key: 'per-capita' })], ref.kommuner, population);
    expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(95_000_000);
    // each row is its exact share rounded down or up, never further
    const total = [...population.values()].reduce((s, x) => s + x, 0);
    for (const r of rows) {
      const exact = new Decimal(95_000_000).times(r.population!).div(total);
      expect(new Decimal(r.amount).minus(exact).abs().lt(1), r.name).toBe(true);
    }
  });

  it('takes a part stated as "the rest" to be the total less the other parts: 100 miljoner per region, the rest by population', async () => {
    const { withRest } = await import('../../specs/allocation/compute.js');
    const all: Part[] = [{ to: 'region', amount: 2_100_000_000, key: 'fixed-per-recipient', per_recipient: 100_000_000 }, { to: 'region', key: 'per-capita' }];
    const filled = withRest(all.map((p, index) => ({ index, part: p })), all, 5_886_500_000);
    expect(filled[1]!.part.amount).toBe(3_786_500_000);
    // not when another part's amount is unknown too, or there is no total
    expect(withRest([{ index: 0, part: { key: 'equal' } }], [{ key: 'equal' }, { key: 'per-capita' }], 100)[0]!.part.amount).toBeUndefined();
    expect(withRest(all.map((p, index) => ({ index, part: p })), all, undefined)[1]!.part.amount).toBeUndefined();
  });

  it('refuses what it cannot compute, and says why', () => {
    expect(computeAllocation([part({ amount: 100, key: 'per-capita' })], three, new Map([['01', 5]])).problems[0]!.message).toMatch(/no figure for 2 of the recipients: 03 Region Uppsala, 04 Region Sörmland/u);
    expect(computeAllocation([part({ amount: 300, key: 'fixed-per-recipient', per_recipient: 99 })], three, new Map()).problems[0]!.message).toMatch(/99 kr × 3 recipients is 297 kr, not the part's 300 kr/u);
    expect(computeAllocation([part({ amount: 300, key: 'government-key' })], three, new Map()).problems[0]!.message).toMatch(/import the published list/u);
    expect(computeAllocation([part({ key: 'equal' })], three, new Map()).problems[0]!.message).toMatch(/no amount/u);
  });
});

describe('population tables', () => {
  it('reads SCB\'s export: a region cell with code and name, the figure last; Windows-style line ends', () => {
    const t = readPopulation('"Folkmängd efter region och månad"\r\n"region";"2025M10"\r\n"01 Stockholms län";"2 480 123"\r\n"0114 Upplands Väsby";"49 512"\r\n"00 Riket";"10 600 000"\r\n');
    expect(t.rows.get('01')).toMatchObject({ population: 2480123, line: 3 });
    expect(t.rows.get('0114')).toMatchObject({ population: 49512, line: 4 });
    expect(t.header).toMatch(/2025M10/u);
    expect(t.problems).toEqual([]);
  });

  it('reads separate code and name columns, and reports a row without a figure or a second row', () => {
    const t = readPopulation('kod,namn,folkmängd\n0180,Stockholm,988943\n0180,Stockholm,1\n1480,Göteborg,\n');
    expect(t.rows.get('0180')!.population).toBe(988943);
    expect(t.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('knows the reference date when the header names it', () => {
    expect(namesDate('"region";"2025M10"', '2025-11-01')).toBe(true);
    expect(namesDate('Folkmängd den 1 november 2025', '2025-11-01')).toBe(true);
    expect(namesDate('2025-11-01', '2025-11-01')).toBe(true);
    expect(namesDate('"region";"2024"', '2025-11-01')).toBe(false);
    expect(namesDate('"region";"2025M12"', '2026-01-01')).toBe(true);
  });
});

describe('diff of allocation lists', () => {
  it('names each recipient whose amount changed, and a changed sum row', async () => {
    const { diffSpecs } = await import('../../specs/diff/index.js');
    const base = { spec: 1, kind: 'allocation', id: 'x', year: 2025, to: 'region', method: 'published', source: { path: 's', sha256: '0' }, evidence: {} } as const;
    const a = { ...base, stated_total: 300, rows: [{ code: '01', name: 'Region Stockholm', amount: 100 }, { code: '03', name: 'Region Uppsala', amount: 200 }] };
    const b = { ...base, stated_total: 310, rows: [{ code: '01', name: 'Region Stockholm', amount: 110 }, { code: '03', name: 'Region Uppsala', amount: 200 }] };
    expect(diffSpecs(a, b).changes.map((c) => [c.path, c.kind])).toEqual([['rows.0.amount', 'changed'], ['stated_total', 'changed']]);
  });
});
