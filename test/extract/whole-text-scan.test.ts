import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../extract/cues/index.js';
import { countMatches, countUpTo, scanOf } from '../../extract/cues/types.js';
import { withoutBoundaries, withoutLookarounds } from '../../extract/parse/unicode.js';
import { globalOf } from '../../specs/regex.js';

// countMatches counts a row over a long whole text through the row's scan (scanOf: the pattern
// without its lookarounds found first, the pattern run anchored only there) when its pattern starts
// with a lookaround. The scan must find the very matches the global search finds, in order.

const rows = Object.values(TABLES).flat();
// a long text of every row's examples and counter-examples (their candidate marks dropped), between
// the 2026 sources' texts, and that again with the lines run together
const examples = rows.flatMap((r) => [...r.examples, ...r.counterExamples]).map((e) => e.replace(/[⟨⟩]/gu, ''));
const sources = readdirSync('sources/2026').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('sources/2026', f), 'utf8'));
const TEXT = [...sources, examples.join('\n'), examples.join(' '), examples.join('. ')].join('\n\n');

function allMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

function scanned(re: RegExp, text: string): Array<[number, string]> {
  const scan = scanOf(re)!;
  const out: Array<[number, string]> = [];
  for (let from = 0; ;) {
    const m = scan.next(text, from);
    if (m === null) break;
    out.push([m.index, m[0]]);
    const end = m.index + m[0].length;
    from = m[0] !== '' ? end : end + (re.unicode && (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}

describe('whole-text scan of a row that starts with a lookaround (or a word boundary, with the i and u flags)', () => {
  const scannedRows = rows.filter((r) => scanOf(globalOf(r)) !== undefined);
  it('is made for the rows it is meant for', () => {
    expect(TEXT.length).toBeGreaterThan(32_768);
    expect(scannedRows.length).toBeGreaterThan(50);
  });
  it.each(scannedRows.map((r) => [r.id, r] as const))('%s: the same matches as the global search', (_id, row) => {
    const re = globalOf(row);
    const direct = allMatches(re, TEXT);
    expect(scanned(re, TEXT)).toEqual(direct);
    expect(countMatches(row, TEXT, 3)).toBe(countUpTo(re, TEXT, 3));
  });
  it('leaves out lookarounds, not groups, classes or escapes', () => {
    expect(withoutLookarounds(String.raw`(?<![\p{L}(])(?:a|b(?=c))\(?(?<n>d)(?!e[)]f)[(?=x)]`)).toBe(String.raw`(?:a|b)\(?(?<n>d)[(?=x)]`);
    expect(withoutLookarounds(String.raw`(a)(?<=x)\1`)).toBeUndefined();
  });
  it('leaves out word boundaries, not a class\'s backspace or an escaped backslash before a b', () => {
    expect(withoutBoundaries(String.raw`\bfill\s+in\b|\Bby[\b]\\b`)).toBe(String.raw`fill\s+in|by[\b]\\b`);
  });
  it('scans a row with the i and u flags that starts with a word boundary (V8 reads it as lookarounds there)', () => {
    const row = rows.find((r) => r.id === 'fill-blanks-click-box')!;
    expect(row.cue.flags).toContain('i');
    expect(scanOf(globalOf(row))).toBeDefined();
  });
});
