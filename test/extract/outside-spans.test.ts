import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findYear, outsideSpans } from '../../extract/fields/title.js';
import { readText } from '../../extract/read/text.js';

// findYear leaves out the years that stand inside a full date of the title; the sweep that finds them
// gives what asking every date for every year gave, in the items' own order
const naive = <T extends { start: number; end: number }>(items: readonly T[], spans: readonly { start: number; end: number }[]): T[] =>
  items.filter((y) => !spans.some((d) => d.start <= y.start && y.end <= d.end));

describe('outsideSpans', () => {
  const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, len]) => ({ start, end: start + len }));
  it('keeps the items inside no span, as the pairwise check does', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (items, spans) => {
      expect(outsideSpans(items, spans)).toEqual(naive(items, spans));
    }), { numRuns: 500 });
  });

  it('reads the year of a title whose only year is not a date\'s, and none from a title whose year is a day\'s', () => {
    const found = (title: string): number | undefined => findYear(readText('t.txt', `${title}\n\nText.\n`), { value: title, at: { line: 1, quote: title } } as never)?.value;
    expect(found('Statsbidrag för kvinnojourer 2025')).toBe(2025);
    expect(found('Resultatrapporter till e-tjänsten den 14 januari 2021')).toBeUndefined();
  });
});
