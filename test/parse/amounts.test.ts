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
