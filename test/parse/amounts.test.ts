import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../extract/parse/amounts.js';
import { readYaml } from '../helpers.js';

interface Cases { amounts: Array<{ input: string; output: Array<[number | string, boolean, string?]> }> }
const cases = readYaml<Cases>('test/cases/amounts.yaml');

describe('findAmounts', () => {
  it.each(cases.amounts)('$input', ({ input, output }) => {
    const got = findAmounts(input).map((a) => (a.per ? [a.value, a.approximate, a.per] : [a.value, a.approximate]));
    expect(got).toEqual(output);
  });
  it('computes exactly, without floating point', () => {
    const [a] = findAmounts('1,1 miljoner kronor');
    expect(a!.value).toBe(1100000);
    const [b] = findAmounts('0,3 miljarder kronor');
    expect(b!.value).toBe(300000000);
  });
  it('marks bounds', () => {
    expect(findAmounts('upp till 500 miljoner kronor')[0]!.bound).toBe('max');
    expect(findAmounts('vid belopp över 1000 kronor')[0]!.bound).toBe('min');
  });
});

// Dots as thousands separators ("1.000.000:- SEK", "544.000 kr"): any whole amount written with dots reads as
// the same amount written with spaces; a dotted date, section number or clock time never becomes an amount.
describe('findAmounts, dotted thousands (property)', () => {
  const dotted = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  const spaced = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');
  const unit = fc.constantFrom(' kr', ' kronor', 'kr', ':-', ':- SEK', ' SEK');
  it('reads a dotted figure as the spaced one', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9_999_999_999 }), unit, fc.constantFrom('', 'totalt ', 'uppgår till '), (n, u, lead) => {
      const got = findAmounts(`${lead}${dotted(n)}${u}`).map((a) => a.value);
      expect(got).toEqual([n]);
      expect(findAmounts(`${lead}${spaced(n)}${u === ':-' || u === ':- SEK' ? ' kr' : u}`).map((a) => a.value)).toEqual([n]);
    }));
  });
  it('never reads a dotted date, section number or time as an amount', () => {
    const day = fc.integer({ min: 1, max: 31 });
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 1990, max: 2035 });
    const small = fc.integer({ min: 0, max: 99 });
    const text = fc.oneof(
      fc.tuple(day, month, year).map(([d, m, y]) => `senast ${d}.${m}.${y}`),
      fc.tuple(day, month).map(([d, m]) => `${d}.${m}.`),
      fc.tuple(small, small, small).map(([a, b, c]) => `avsnitt ${a}.${b}.${c}`),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `kl. ${h}.${String(m).padStart(2, '0')}`),
    );
    fc.assert(fc.property(text, fc.constantFrom('', ' i bilagan', ', se beslutet'), (t, tail) => {
      expect(findAmounts(`${t}${tail}`)).toEqual([]);
    }));
  });
});
