import { Decimal as BaseDecimal } from 'decimal.js';
import type { Recipient } from '../reference/index.js';
import type { Anvisning, AllocationRow } from '../schema/index.js';

// Amounts per recipient from an anvisning's key: equal shares, a fixed amount per recipient, and
// shares by population, and sums of these (100 miljoner per region + the rest by population).
// Exact arithmetic (decimal.js, 40 digits); whole kronor by the largest-remainder method, so that
// the rows add up exactly to the parts. Pure: the population table comes in parsed.

const D = BaseDecimal.clone({ precision: 40, rounding: BaseDecimal.ROUND_FLOOR });
type Dec = InstanceType<typeof D>;

export type Part = NonNullable<NonNullable<Anvisning['funding']>['parts']>[number];

export const ROUNDING_RULE = 'Exakta andelar (decimal.js) avrundade till hela kronor med största restmetoden: varje belopp rundas först ned; de kronor som då återstår av delens belopp går en i taget till de största resterna (vid lika rest: lägst kod först). Raderna summerar exakt till delarnas belopp.';

/** What stops a computation; `inPopulation` when the population table must change, else the anvisning's spec. */
export interface ComputeProblem { readonly part?: number; readonly message: string; readonly inPopulation?: boolean }

export interface Computed {
  readonly rows: AllocationRow[];
  readonly problems: ComputeProblem[];
}

/** Exact shares of each part for each recipient (before rounding), or the reasons they cannot be computed. */
export function exactShares(parts: ReadonlyArray<{ index: number; part: Part }>, recipients: readonly Recipient[], population: ReadonlyMap<string, number>): { shares: Map<string, Dec>; problems: ComputeProblem[] } {
  const shares = new Map<string, Dec>(recipients.map((r) => [r.code, new D(0)]));
  const problems: ComputeProblem[] = [];
  const n = recipients.length;
  for (const { index, part } of parts) {
    if (part.amount === undefined) {
      problems.push({ part: index, message: `funding.parts.${index} has no amount; give it in the anvisning's spec` });
      continue;
    }
    const amount = new D(String(part.amount));
    if (part.key === 'equal') {
      for (const r of recipients) shares.set(r.code, shares.get(r.code)!.plus(amount.div(n)));
    } else if (part.key === 'fixed-per-recipient') {
      if (part.per_recipient === undefined) {
        problems.push({ part: index, message: `funding.parts.${index} is fixed-per-recipient without per_recipient; give the amount per recipient` });
        continue;
      }
      const each = new D(String(part.per_recipient));
      if (!each.times(n).eq(amount)) {
        problems.push({ part: index, message: `funding.parts.${index}: ${each.toFixed()} kr × ${n} recipients is ${each.times(n).toFixed()} kr, not the part's ${amount.toFixed()} kr; correct the part or per_recipient` });
        continue;
      }
      for (const r of recipients) shares.set(r.code, shares.get(r.code)!.plus(each));
    } else if (part.key === 'per-capita') {
      const missing = recipients.filter((r) => population.get(r.code) === undefined);
      if (missing.length > 0) {
        problems.push({ part: index, inPopulation: true, message: `the population table has no figure for ${missing.length} of the recipients: ${missing.slice(0, 10).map((r) => `${r.code} ${r.name}`).join(', ')}${missing.length > 10 ? ' …' : ''}` });
        continue;
      }
      const total = recipients.reduce((s, r) => s.plus(population.get(r.code)!), new D(0));
      if (total.isZero()) {
        problems.push({ part: index, inPopulation: true, message: 'the population table sums to 0 for these recipients' });
        continue;
      }
      for (const r of recipients) shares.set(r.code, shares.get(r.code)!.plus(amount.times(population.get(r.code)!).div(total)));
    } else {
      problems.push({ part: index, message: `funding.parts.${index} has the key ${part.key ?? '(none)'}, which cannot be computed from a population table; import the published list instead (grantspec allocation import)` });
    }
  }
  return { shares, problems };
}

/** Whole kronor by the largest-remainder method; the rows sum exactly to `total`. */
export function largestRemainder(shares: ReadonlyMap<string, Dec>, total: Dec): Map<string, Dec> {
  const floors = new Map([...shares].map(([code, s]) => [code, s.floor()]));
  const given = [...floors.values()].reduce((s, x) => s.plus(x), new D(0));
  let left = total.minus(given).toNumber();
  const byRemainder = [...shares].map(([code, s]) => ({ code, rest: s.minus(s.floor()) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.code.localeCompare(b.code));
  for (const { code } of byRemainder) {
    if (left <= 0) break;
    floors.set(code, floors.get(code)!.plus(1));
    left--;
  }
  return floors;
}

/**
 * "100 miljoner kronor per region, resten efter befolkningsmängd": a part stated as the rest has
 * no amount of its own; it is the total less every other part, when all of those are stated.
 * Returns the parts with that amount filled in, or unchanged when it cannot be told.
 */
/**
 * The total to compute with: none where the text states it only as a rounded figure
 * (`funding.total_approximate`, "ca 20 miljoner kronor"): a rest or a sum taken from it would be an
 * exact amount the text never states.
 */
export function exactTotal(funding: { total?: number | string; total_approximate?: true } | undefined): number | string | undefined {
  return funding?.total_approximate ? undefined : funding?.total;
}

export function withRest(parts: ReadonlyArray<{ index: number; part: Part }>, all: readonly Part[], total: number | string | undefined): Array<{ index: number; part: Part }> {
  const missing = parts.filter((p) => p.part.amount === undefined);
  if (missing.length !== 1 || total === undefined) return [...parts];
  const rest = missing[0]!;
  const others = all.filter((_, i) => i !== rest.index);
  if (others.some((p) => p.amount === undefined)) return [...parts];
  const amount = others.reduce((s, p) => s.minus(String(p.amount)), new D(String(total)));
  if (amount.isNegative()) return [...parts];
  return parts.map((p) => (p === rest ? { index: p.index, part: { ...p.part, amount: amount.isInteger() ? amount.toNumber() : amount.toFixed(2) } } : p));
}

export function computeAllocation(parts: ReadonlyArray<{ index: number; part: Part }>, recipients: readonly Recipient[], population: ReadonlyMap<string, number>): Computed {
  const { shares, problems } = exactShares(parts, recipients, population);
  if (problems.length > 0) return { rows: [], problems };
  const total = parts.reduce((s, p) => s.plus(String(p.part.amount)), new D(0));
  if (!total.isInteger()) return { rows: [], problems: [{ message: `the parts add up to ${total.toFixed(2)} kr, not whole kronor; rounding to whole kronor cannot sum to it` }] };
  const whole = largestRemainder(shares, total);
  const perCapita = parts.some((p) => p.part.key === 'per-capita');
  const rows = [...recipients].sort((a, b) => a.code.localeCompare(b.code)).map((r) => ({
    code: r.code, name: r.name, amount: whole.get(r.code)!.toNumber(),
    ...(perCapita ? { population: population.get(r.code)! } : {}),
  }));
  return { rows, problems: [] };
}
