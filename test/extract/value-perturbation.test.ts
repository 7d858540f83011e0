import { describe, expect, it } from 'vitest';
import { devGoldTexts } from './field-perturbation.js';
import { fieldTotals, valueFlips, type ValueResult } from './value-perturbation.js';
import { flipTable } from './field-perturbation.js';

// Branch h/lexvar81 (issue 12): every field of a fixed sample of dev texts (number a multiple of 7) with its values
// worded as other agencies word them (value-perturbation.ts: dates as ISO, with "den", a weekday, day/month, an
// hour; "t.o.m."/"till och med"; spans of days; sums as millions, mnkr, in figures, in words, SEK; "år 2026";
// spans of years; recipient nouns definite/indefinite, swapped, "landsting"). Bounds per family that only go down:
// a change that makes a field hang on one way of writing a value fails here, one that reads more ways lowers the
// bound. `VALUE_ALL=1` runs the whole dev set instead and prints the table and every flip; `VALUE_ONLY=a,b` limits
// the families.

const ALL = process.env.VALUE_ALL === '1';

// right→wrong and right→missing allowed per family on the sample (every 7th dev text by number, 248 texts; counts on
// h/lexvar81 after its date-grammar fixes: a weekday before a written day, a slash day without a lead). Before them, on the
// whole dev set: date-weekday 2 wrong + 256 missing, date-slash 1 + 135, range 0 + 13 (the first harness, which also
// rewrote the end of "2–15 oktober 2020"; the 2 weekday wrongs were that). (The first harness also swapped "Sveriges
// Kommuner och Regioner", SKR's name, into "Sveriges Regioner och kommuner": dev 2142's 1 recipients wrong, the harness's.)
const BOUNDS: Readonly<Record<string, { wrong: number; missing: number }>> = {
  'date-iso': { wrong: 0, missing: 3 },
  'date-den': { wrong: 0, missing: 0 },
  // (5 since h/utlys88: its ten new dev texts 2589–2598 shift the every-7th sample, which now holds the new 2590 (title and year
  // missed under a weekday) and 2212 (kind, title) and 595 (reporting.content); none of these fields is one h/utlys88 changed, and
  // no right→wrong)
  'date-weekday': { wrong: 0, missing: 5 },
  'date-slash': { wrong: 0, missing: 13 },
  'date-time': { wrong: 0, missing: 5 },
  tom: { wrong: 0, missing: 2 },
  range: { wrong: 0, missing: 0 },
  'amount-scale': { wrong: 0, missing: 0 },
  'amount-digits': { wrong: 0, missing: 0 },
  // (1 since h/recip81: dev 2044's "de 50 miljoner kronor i extra organisationsbidrag" now gives organisation whole, and
  // fordela-kronor-till-organisationer reads the sum in figures only, so "femtio miljoner kronor" misses it)
  'amount-words': { wrong: 0, missing: 1 },
  // (stop 64: 5 → 9 — dev 2436's total and the new texts 2506 and 2513 in the sample are read by this stop's rows
  // regeringen-beviljade-tilldelar, kronor-beviljas-avsatta-for-ar and tillskott-totalt, whose sums are written in kronor only:
  // "SEK 275 000" misses them. h/money87: 9 → 0 — the funding rows, the year rows kronor-ar and kronor-beviljas-avsatta-for-ar
  // and the recipients row for SKR read a sum by the lexicon's KRONOR_SUM, and "SEK 1 000 000." ends its sentence, specs/sentences.ts)
  'amount-sek': { wrong: 0, missing: 0 },
  year: { wrong: 0, missing: 0 },
  'year-span': { wrong: 0, missing: 0 },
  recipients: { wrong: 0, missing: 0 },
};

describe('fields under value rewrites', () => {
  let results: Record<string, ValueResult> = {};
  it('extracts the sample whole and rewritten', async () => {
    const texts = ALL ? devGoldTexts() : devGoldTexts(7);
    const only = process.env.VALUE_ONLY === undefined ? undefined : process.env.VALUE_ONLY.split(',').filter(Boolean);
    const t0 = Date.now();
    const out = await valueFlips(texts, only);
    results = out.results;
    console.log(`${texts.length} texts, whole ${out.whole.right}/${out.whole.total} wrong ${out.whole.wrong}, ${((Date.now() - t0) / 1000).toFixed(1)} s\n${flipTable(results)}\n${fieldTotals(results)}`);
    if (ALL || process.env.VALUE_VERBOSE === '1') for (const [id, r] of Object.entries(results)) for (const f of r.flips) console.log(`${id}\t${f.to}\t${f.check}\t${f.text}`);
  }, ALL ? 3_600_000 : 180_000);
  for (const [id, bound] of Object.entries(BOUNDS)) {
    it(`${id}: at most ${bound.wrong} right→wrong, ${bound.missing} right→missing`, () => {
      const r = results[id];
      if (r === undefined) return; // VALUE_ONLY left it out
      expect(r.flips.filter((f) => f.to === 'wrong').length).toBeLessThanOrEqual(bound.wrong);
      expect(r.flips.filter((f) => f.to === 'missing').length).toBeLessThanOrEqual(bound.missing);
    });
  }
});
