import { Decimal } from 'decimal.js';
import { exactTotal, withRest } from '../allocation/compute.js';
import { loadReference, recipientsOf } from '../reference/index.js';
import type { Allocation, Anvisning } from '../schema/index.js';
import { formatKronor } from './amounts-reconcile.js';
import type { Finding, Rule } from './types.js';

// An allocation list adds up and follows its anvisning: its rows sum to their own sum row and to
// the part (or total) they allocate, each recipient gets at least a fixed per-recipient amount,
// and the recipients are exactly the ones the anvisning says (all 290 kommuner, the 21 regioner,
// or its named list) with the codes and names of the reference data.

const dec = (k: number | string): Decimal => new Decimal(String(k));

/** The parts of the anvisning the list allocates, and what they add up to (undefined when the spec does not say). */
export function allocatedAmount(a: Allocation, spec: Anvisning): { amount?: Decimal; what: string; parts: Array<NonNullable<NonNullable<Anvisning['funding']>['parts']>[number]> } {
  const all = spec.funding?.parts ?? [];
  const indexes = a.parts ?? all.map((_, i) => i).filter((i) => all[i]!.to === a.to);
  // a part stated as "the rest" counts as the total less the other parts
  const chosen = withRest(indexes.filter((i) => all[i] !== undefined).map((i) => ({ index: i, part: all[i]! })), all, exactTotal(spec.funding)).map((p) => p.part);
  if (chosen.length > 0) {
    const amounts = chosen.map((p) => p.amount);
    const which = a.parts ? a.parts.map((i) => `funding.parts.${i}`).join(' + ') : `the ${a.to === 'kommun' ? 'kommun' : 'region'} parts`;
    return { ...(amounts.every((x) => x !== undefined) ? { amount: amounts.reduce((s, x) => s.plus(dec(x!)), new Decimal(0)) } : {}), what: which, parts: chosen };
  }
  const types = spec.recipients?.types ?? [];
  const onlyThis = types.length === 1 && types[0] === a.to;
  const total = exactTotal(spec.funding);
  return { ...(onlyThis && total !== undefined ? { amount: dec(total) } : {}), what: 'funding.total', parts: [] };
}

export const allocationReconcile: Rule = {
  id: 'allocation-reconcile',
  check({ spec, anvisning }) {
    if (spec.kind !== 'allocation') return [];
    const out: Finding[] = [];
    const ref = loadReference();
    const seen = new Map<string, number>();
    spec.rows.forEach((row, i) => {
      const r = ref.byCode.get(row.code);
      if (!r || r.type !== spec.to) out.push({ path: ['rows', i, 'code'], message: `Unexpected code ${row.code}: no ${spec.to === 'kommun' ? 'kommunkod' : 'länskod'} of that number; correct the code` });
      else if (r.name !== row.name) out.push({ path: ['rows', i, 'name'], message: `Unexpected name ${row.name} for ${row.code}, which is ${r.name}; correct the code or the name` });
      const first = seen.get(row.code);
      if (first !== undefined) out.push({ path: ['rows', i, 'code'], message: `Unexpected second row for ${row.code} (the first is rows.${first}); keep one` });
      seen.set(row.code, i);
    });
    const sum = spec.rows.reduce((s, r) => s.plus(dec(r.amount)), new Decimal(0));
    if (spec.stated_total !== undefined && !sum.eq(dec(spec.stated_total))) {
      out.push({ path: ['stated_total'], message: `Unexpected sum row ${formatKronor(dec(spec.stated_total))}: the rows add up to ${formatKronor(sum)}; check the rows against the published list` });
    }
    if (!anvisning) {
      out.push({ path: ['id'], severity: 'warning', message: `Unexpected allocation list without an anvisning spec for ${spec.id} ${spec.year ?? ''} next to it; nothing to reconcile it with` });
      return out;
    }
    if (spec.parts) {
      spec.parts.forEach((p, i) => {
        const part = anvisning.funding?.parts?.[p];
        if (!part) out.push({ path: ['parts', i], message: `Unexpected part ${p}: the anvisning has ${anvisning.funding?.parts?.length ?? 0} funding parts; give the index of one (from 0)` });
        else if (part.to && part.to !== spec.to) out.push({ path: ['parts', i], message: `Unexpected part ${p}, which goes to ${part.to}, in a list for ${spec.to}; correct parts or to` });
      });
    }
    const target = allocatedAmount(spec, anvisning);
    if (target.amount && !sum.eq(target.amount)) {
      const statedToo = spec.stated_total !== undefined && !dec(spec.stated_total).eq(target.amount);
      out.push({
        path: ['rows'],
        message: `Unexpected list total ${formatKronor(sum)}: the anvisning's ${target.what} is ${formatKronor(target.amount)}${statedToo ? `, and the list's own sum row says ${formatKronor(dec(spec.stated_total!))}: the table and the anvisning's text disagree` : ''}; check both against the published documents`,
      });
    }
    for (const part of target.parts) {
      if (part.key !== 'fixed-per-recipient' || part.per_recipient === undefined) continue;
      const floor = dec(part.per_recipient);
      spec.rows.forEach((row, i) => {
        if (dec(row.amount).lt(floor)) out.push({ path: ['rows', i, 'amount'], message: `Unexpected ${formatKronor(dec(row.amount))} for ${row.name}: the anvisning gives every ${spec.to} at least ${formatKronor(floor)}; check the row` });
      });
    }
    const expected = recipientsOf(anvisning, spec.to);
    const codes = new Set(spec.rows.map((r) => r.code));
    const missing = expected.recipients.filter((r) => !codes.has(r.code));
    if (missing.length > 0) {
      out.push({ path: ['rows'], message: `Unexpected list without ${missing.length} of the ${expected.named ? 'named recipients' : expected.recipients.length === 290 ? '290 kommuner' : '21 regioner'}: ${missing.slice(0, 12).map((r) => r.name).join(', ')}${missing.length > 12 ? ' …' : ''}; add their rows` });
    }
    if (expected.named) {
      const allowed = new Set(expected.recipients.map((r) => r.code));
      spec.rows.forEach((row, i) => {
        if (!allowed.has(row.code)) out.push({ path: ['rows', i], message: `Unexpected ${row.name}, who is not among the anvisning's named recipients; remove the row or correct recipients.named` });
      });
    }
    return out;
  },
};
