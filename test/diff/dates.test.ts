import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDays, shiftYears } from '../../specs/diff/dates.js';
import { dateWords, describe as describeChange, shiftReference, shiftWords } from '../../specs/diff/words.js';
import type { Change } from '../../specs/diff/index.js';

// A moved deadline in words a compliance officer can check against the two dates printed beside
// it: "på året" only where the day compared with and the new date lie in one calendar year; across
// a year end the day compared with is named in full.

const closes = (old: string, now: string, years: number): Change => {
  const shift = shiftDays('requisition.closes', old, now, years)!;
  return { path: 'requisition.closes', label: 'Sista dag att rekvirera', kind: 'changed', importance: 'action', old, new: now, shift_days: shift, evidence: {} };
};

describe('a moved date in words', () => {
  it('reads real pairs of deadlines as a reader would', () => {
    // Socialstyrelsen, tillgänglighet och vårdkapacitet 2025 → 2026: the same calendar year position
    expect(describeChange(closes('2025-04-17', '2026-03-16', 1))).toBe('Sista dag att rekvirera: 17 april 2025 → 16 mars 2026 (32 dagar tidigare på året)');
    // LOVA Västerbotten, the 2018 round (28 februari 2018) → the 2020 round (1 december 2019): the
    // new day is before the year end, so not "tidigare på året" (december is late in a year)
    expect(describeChange(closes('2018-02-28', '2019-12-01', 2))).toBe('Sista dag att rekvirera: 28 februari 2018 → 1 december 2019 (89 dagar tidigare än motsvarande dag, 28 februari 2020)');
    // the next round's last day stated in the autumn before its grant year on both pages
    expect(describeChange(closes('2020-10-01', '2020-09-30', 1))).toBe('Sista dag att rekvirera: 1 oktober 2020 → 30 september 2020 (1 dag tidigare på året)');
    // a December deadline moved into January of the year after
    expect(describeChange(closes('2024-12-20', '2026-01-10', 1))).toBe('Sista dag att rekvirera: 20 december 2024 → 10 januari 2026 (21 dagar senare än motsvarande dag, 20 december 2025)');
  });
  it('counts leap days as the calendar does', () => {
    // 29 februari 2024 has no day in 2025: compared with 28 februari 2025
    expect(describeChange(closes('2024-02-29', '2025-03-01', 1))).toBe('Sista dag att rekvirera: 29 februari 2024 → 1 mars 2025 (1 dag senare på året)');
    expect(shiftDays('requisition.closes', '2024-02-29', '2025-02-28', 1)).toBe(0);
    // into a leap year: 1 mars 2023 → 29 februari 2024 is one day earlier
    expect(describeChange(closes('2023-03-01', '2024-02-29', 1))).toBe('Sista dag att rekvirera: 1 mars 2023 → 29 februari 2024 (1 dag tidigare på året)');
    expect(shiftDays('requisition.closes', '2023-12-31', '2024-12-31', 1)).toBe(0);
  });
  it('says the plain count between two versions of one grant year', () => {
    expect(shiftWords(-40, true, '2024-05-22')).toBe('40 dagar tidigare');
    expect(shiftWords(1, true, '2025-01-01')).toBe('1 dag senare');
  });
  it('names the day compared with exactly when a year end lies between it and the new date (property)', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 3 }), fc.integer({ min: -150, max: 150 }).filter((d) => d !== 0), (old, years, delta) => {
      const ref = shiftYears(old, years);
      const now = new Date(Date.parse(`${ref}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
      const shift = shiftDays('requisition.closes', old, now, years);
      expect(shift).toBe(delta);
      expect(shiftReference(now, delta)).toBe(ref);
      const words = shiftWords(delta, false, now);
      expect(words.startsWith(`${Math.abs(delta)} ${Math.abs(delta) === 1 ? 'dag' : 'dagar'} ${delta < 0 ? 'tidigare' : 'senare'}`)).toBe(true);
      if (ref.slice(0, 4) === now.slice(0, 4)) expect(words.endsWith(' på året')).toBe(true);
      else expect(words).toContain(`än motsvarande dag, ${dateWords(ref)}`);
    }), { seed: 14, numRuns: 2000 });
  });
});
