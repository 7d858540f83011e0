import { describe, expect, it } from 'vitest';
import { kronor, kronorWords, safeUrl, svDate, svWhen } from '../../site/helpers/format.js';

describe('Swedish formatting', () => {
  it.each([['2026-05-13', '13 maj 2026'], ['2026-01-01', '1 januari 2026'], ['2025-12-31', '31 december 2025'], ['i början av 2027', 'i början av 2027']])('svDate(%s)', (iso, sv) => {
    expect(svDate(iso)).toBe(sv);
  });
  it('writes vague dates as the document does, never as a day', () => {
    expect(svWhen({ year: 2027, part: 'early', text: 'i början av 2027' })).toBe('i början av 2027');
  });
  it.each([
    [78500000, '78,5 miljoner kronor'], [1013000000, '1\u00a0013 miljoner kronor'], [35000000, '35 miljoner kronor'],
    [5042500200, '5\u00a0042\u00a0500\u00a0200 kronor'], [1000, '1\u00a0000 kronor'], [1590000000, '1,59 miljarder kronor'],
  ])('kronorWords(%s)', (n, text) => {
    expect(kronorWords(n)).toBe(text);
  });
  it('groups whole kronor and keeps öre', () => {
    expect(kronor(792929)).toBe('792\u00a0929 kronor');
    expect(kronor('792929.29')).toBe('792\u00a0929,29 kronor');
  });
  it('lets only https, http and mailto through as links', () => {
    expect(safeUrl('https://www.socialstyrelsen.se/')).toBe('https://www.socialstyrelsen.se/');
    expect(safeUrl('mailto:statsbidrag@socialstyrelsen.se')).toBe('mailto:statsbidrag@socialstyrelsen.se');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('#')).toBeUndefined();
    expect(safeUrl('mailto:https://statsbidrag.socialstyrelsen.se/')).toBeUndefined();
  });
});
