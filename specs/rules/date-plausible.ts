import type { Finding, Rule } from './types.js';

// Dates far from the grant year are usually typos ("2062" for "2026").
function yearOf(d: unknown): number | undefined {
  if (typeof d === 'string') return Number(d.slice(0, 4));
  if (d && typeof d === 'object' && 'year' in d) return Number((d as { year: number }).year);
  return undefined;
}

export const datePlausible: Rule = {
  id: 'date-plausible',
  check({ spec }) {
    if (spec.year === undefined || spec.kind === 'allocation') return [];
    const y = spec.year;
    const out: Finding[] = [];
    const check = (path: Array<string | number>, value: unknown, min: number, max: number, what: string): void => {
      const vy = yearOf(value);
      if (vy !== undefined && (vy < min || vy > max)) {
        out.push({ path, message: `Unexpected ${what} in ${vy} for grant year ${y}; expected ${min}–${max}. Check the year` });
      }
    };
    if (spec.usage_period) {
      check(['usage_period', 'from'], spec.usage_period.from, y - 1, y + 1, 'usage period start');
      check(['usage_period', 'to'], spec.usage_period.to, y - 1, y + 2, 'usage period end');
    }
    if (spec.kind === 'anvisning') {
      check(['requisition', 'opens'], spec.requisition?.opens, y - 2, y + 1, 'opening date');
      check(['requisition', 'closes'], spec.requisition?.closes, y - 2, y + 1, 'closing date');
      check(['reporting', 'due'], spec.reporting?.due, y, y + 2, 'reporting due date');
    } else {
      check(['due'], spec.due, y, y + 2, 'reporting due date');
    }
    return out;
  },
};
