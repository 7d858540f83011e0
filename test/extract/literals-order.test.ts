import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldInOrder } from '../../extract/cues/literals.js';
import { TABLES } from '../../extract/cues/index.js';
import { exampleContext } from '../../extract/cues/types.js';
import { sv, svMade } from '../../extract/parse/unicode.js';

// An sv() pattern is not run (so not compiled) on a text that lacks its literal words in the order every match
// holds them (mayHoldInOrder; h/pdf89). A word read wrongly, or an order a match need not keep, would drop a
// match: these hold the check to the patterns, on texts with the characters that case folding treats apart.

describe('mayHoldInOrder', () => {
  it('is false only where the words are missing or out of order', () => {
    expect(mayHoldInOrder(/senast\s+den/iu, 'Ansökan ska vara inne SENAST DEN 1 mars')).toBe(true);
    expect(mayHoldInOrder(/senast\s+den/iu, 'den 1 mars, senast')).toBe(false);
    // the needs alone (both words, anywhere) would have let it run
    expect(mayHoldInOrder(/senast\s+den/iu, 'Ansökan ska vara inne före den 1 mars')).toBe(false);
    // "ſ" is an s, U+212A a k to a pattern that ignores case
    expect(/senast/iu.test('ſenast')).toBe(true);
    expect(mayHoldInOrder(/senast\s+den/iu, 'ſenaſt den')).toBe(true);
    expect(mayHoldInOrder(/kommun\s+och\s+region/iu, '\u212aommun och region')).toBe(true);
    // case matters without the i flag
    expect(mayHoldInOrder(/Sista\s+dag/u, 'sista dag')).toBe(false);
  });

  it('reads choices, optional parts, repeats and lookarounds', () => {
    const re = /(?:kan|får)\s+(?:även\s+)?(?:söka|rekvirera)(?=\s+bidrag)/iu;
    expect(mayHoldInOrder(re, 'Regionen får rekvirera medel')).toBe(true);
    expect(mayHoldInOrder(re, 'Regionen kan söka')).toBe(true);
    expect(mayHoldInOrder(re, 'söka kan man')).toBe(false);
    // a repeated group is there at least once; an optional one, maybe not at all
    expect(mayHoldInOrder(/(?:ab)+c(?:xyz)?d/u, 'ab c d')).toBe(true);
    expect(mayHoldInOrder(/(?:ab)+c(?:xyz)?d/u, 'c d')).toBe(false);
    // the words of one path: "stöd" then "till" in one, "bidrag" alone in the other
    expect(mayHoldInOrder(/stöd\s+till|bidrag/iu, 'till stöd')).toBe(false);
    expect(mayHoldInOrder(/stöd\s+till|bidrag/iu, 'till bidrag')).toBe(true);
  });

  it('never turns away a pattern it cannot read, nor one with no words', () => {
    expect(mayHoldInOrder(/\d+\s*kr/u, '')).toBe(false);
    expect(mayHoldInOrder(/[a-z]+\d*/u, '')).toBe(true);
    expect(mayHoldInOrder(/(?:bidrag)?\s*\d+/u, 'x')).toBe(true);
    expect(mayHoldInOrder(/(?:|bidrag)x/u, 'x')).toBe(true);
  });

  it('leaves lastIndex as a run that finds nothing, and a sticky pattern to its own run', () => {
    const g = sv(/stöd\s+till\s+regioner/giu);
    g.lastIndex = 3;
    expect(g.exec('till stöd')).toBeNull();
    expect(g.lastIndex).toBe(0);
    const y = sv(/stöd/yu);
    expect('x stöd x stöd'.split(y)).toEqual('x stöd x stöd'.split(/stöd/yu));
  });

  it('never turns down an example of a cue row', () => {
    for (const [table, rows] of Object.entries(TABLES)) {
      for (const row of rows) {
        for (const g of [{ where: row.where, cue: row.cue }, ...(row.also ? [row.also] : []), ...(row.unless ?? [])]) {
          // the row's pattern itself (an sv() regex is not run on a text the check turns away)
          const plain = new RegExp(g.cue.source, g.cue.flags.replace(/[gy]/gu, ''));
          for (const example of [...row.examples, ...row.counterExamples]) {
            const text = exampleContext(example)[g.where];
            if (plain.test(text)) expect(mayHoldInOrder(plain, text), `${table} ${row.id}: ${example}`).toBe(true);
          }
        }
      }
    }
  }, 600_000);
});

/** the words of a pattern (its runs of letters and spaces), to build texts that come near its matches */
const wordsOf = (source: string): string[] => [...new Set(source.match(/[\p{L} ]{2,}/gu) ?? [])].slice(0, 40);
/** characters case folding treats apart (ſ, U+212A, İ, ß, ẞ, Greek, Cyrillic, final sigma) and common separators */
const EDGE = ['ſ', '\u212a', 'İ', 'ı', 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'µ', 'μ', 'К', 'к', 'Å', '\u212b', 'ö', 'É', ' ', '\n', '-', ':', '.', '1', '2026', 'x'];

describe('mayHoldInOrder on every pattern sv() made as the modules loaded', async () => {
  await import('../../extract/index.js');
  const made = svMade().map((re) => new RegExp(re.source, re.flags.replace(/[gy]/gu, '')));

  it('holds wherever the pattern matches, on texts of its words and the case-folding edges', () => {
    expect(made.length).toBeGreaterThan(500);
    for (const re of made) {
      const words = wordsOf(re.source);
      const piece = fc.oneof(
        fc.constantFrom(...EDGE),
        ...(words.length > 0 ? [
          fc.constantFrom(...words),
          fc.constantFrom(...words).map((w) => w.toUpperCase()),
          fc.constantFrom(...words).map((w) => w.replace(/s/gu, 'ſ').replace(/k/gu, '\u212a')),
        ] : []),
      );
      fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        if (re.test(text)) expect(mayHoldInOrder(re, text), `${re} on ${JSON.stringify(text)}`).toBe(true);
      }), { numRuns: 40 });
    }
  }, 600_000);
});
