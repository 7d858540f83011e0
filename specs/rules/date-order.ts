import type { Finding, Rule } from './types.js';

// Windows and periods run forwards.
export const dateOrder: Rule = {
  id: 'date-order',
  check({ spec }) {
    const out: Finding[] = [];
    if (spec.kind === 'allocation') return out;
    const period = spec.usage_period;
    if (period?.from !== undefined && period.from > period.to) {
      out.push({ path: ['usage_period', 'to'], message: `Unexpected usage period ending ${period.to} before it starts ${period.from}; swap or correct the dates` });
    }
    if (spec.kind === 'anvisning') {
      const { opens, closes } = spec.requisition ?? {};
      if (typeof opens === 'string' && typeof closes === 'string' && opens > closes) {
        out.push({ path: ['requisition', 'closes'], message: `Unexpected closing date ${closes} before the opening date ${opens}; correct one of them` });
      }
    }
    return out;
  },
};
