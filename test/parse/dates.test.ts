import { describe, expect, it } from 'vitest';
import { statedDates as findDates, statedRanges as findRanges, findVague, isoOf } from '../../extract/parse/dates.js';
import { readYaml } from '../helpers.js';

interface Cases {
  dates: Array<{ input: string; output: string[] }>;
  ranges: Array<{ input: string; output: Array<[string, string]> }>;
  vague: Array<{ input: string; output: Array<[number, string, string]> }>;
}
const cases = readYaml<Cases>('test/cases/dates.yaml');

describe('findDates', () => {
  it.each(cases.dates)('$input', ({ input, output }) => {
    expect(findDates(input).map((d) => d.date)).toEqual(output);
  });
  it('gives spans that slice back to the date', () => {
    const text = 'Sista dag att rekvirera är den 13 maj 2026.';
    const [hit] = findDates(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('den 13 maj 2026');
  });
});

describe('findRanges', () => {
  it.each(cases.ranges)('$input', ({ input, output }) => {
    expect(findRanges(input).map((r) => [r.from, r.to])).toEqual(output);
  });
});

describe('findVague', () => {
  it.each(cases.vague)('$input', ({ input, output }) => {
    expect(findVague(input).map((v) => [v.year, v.part, v.text])).toEqual(output);
  });
});

describe('isoOf', () => {
  it('rejects impossible dates', () => {
    expect(isoOf(2025, 2, 29)).toBeNull();
    expect(isoOf(2026, 13, 1)).toBeNull();
    expect(isoOf(2026, 4, 31)).toBeNull();
    expect(isoOf(2026, 4, 30)).toBe('2026-04-30');
  });
});
