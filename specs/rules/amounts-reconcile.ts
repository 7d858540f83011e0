import { Decimal } from 'decimal.js';
import type { Finding, Rule } from './types.js';

// Parts sum to the total; per-unit × units and fixed-per-recipient × recipients match their part.
// Sweden has 290 kommuner and 21 regioner.
const RECIPIENTS: Readonly<Record<string, number>> = { kommun: 290, region: 21 };

export function formatKronor(d: Decimal): string {
  return `${d.toFixed(d.isInteger() ? 0 : 2).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')} kr`;
}

export const amountsReconcile: Rule = {
  id: 'amounts-reconcile',
  check({ spec }) {
    if (spec.kind !== 'anvisning' || !spec.funding) return [];
    const out: Finding[] = [];
    const parts = spec.funding.parts ?? [];
    const total = spec.funding.total;
    const amounts = parts.map((p) => (p.amount === undefined ? undefined : new Decimal(String(p.amount))));
    // a rounded total qualifies a total: without one it qualifies nothing
    if (spec.funding.total_approximate && total === undefined) {
      out.push({ path: ['funding', 'total_approximate'], message: 'Unexpected total_approximate without a total; add the total the text states or remove the flag' });
    }
    // a rounded total ("ca 20 miljoner kronor") is not the exact sum of the parts
    if (total !== undefined && !spec.funding.total_approximate && parts.length > 0 && amounts.every((a) => a !== undefined)) {
      const sum = amounts.reduce((s, a) => s.plus(a!), new Decimal(0));
      if (!sum.eq(new Decimal(String(total)))) {
        out.push({ path: ['funding', 'parts'], message: `Unexpected sum of parts ${formatKronor(sum)}, expected the total ${formatKronor(new Decimal(String(total)))}; correct a part or the total` });
      }
    }
    parts.forEach((p, i) => {
      const amount = amounts[i];
      if (!amount) return;
      if (p.key === 'per-unit' && p.per_unit !== undefined && p.units !== undefined) {
        const product = new Decimal(String(p.per_unit)).times(p.units);
        // per-unit amounts are rounded down to whole kronor: allow one krona per unit
        if (product.minus(amount).abs().gt(p.units)) {
          out.push({ path: ['funding', 'parts', i, 'per_unit'], message: `Unexpected ${formatKronor(new Decimal(String(p.per_unit)))} × ${p.units} = ${formatKronor(product)}, expected the part's ${formatKronor(amount)} within rounding` });
        }
      }
      if (p.key === 'fixed-per-recipient' && p.per_recipient !== undefined) {
        const n = p.to && spec.recipients?.named?.length ? spec.recipients.named.length : p.to ? RECIPIENTS[p.to] : undefined;
        if (n !== undefined) {
          const product = new Decimal(String(p.per_recipient)).times(n);
          if (product.minus(amount).abs().gt(n)) {
            out.push({ path: ['funding', 'parts', i, 'per_recipient'], message: `Unexpected ${formatKronor(new Decimal(String(p.per_recipient)))} × ${n} ${p.to === 'kommun' ? 'kommuner' : 'regioner'} = ${formatKronor(product)}, expected the part's ${formatKronor(amount)}` });
          }
        }
      }
    });
    return out;
  },
};
