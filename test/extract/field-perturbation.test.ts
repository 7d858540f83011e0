import { describe, expect, it } from 'vitest';
import { devGoldTexts, fieldFlips, flipTable, type PerturbationResult } from './field-perturbation.js';

// Branch h/perturb19 (issue 12): every field of a fixed sample of dev texts (every 7th with gold) under the
// perturbations of field-perturbation.ts (a PDF's hard wrap, a web page's one-line paragraphs, no Markdown
// marks, no-break and thin spaces in amounts, kr/kronor, double spaces and CRLF, dash and quote variants,
// capital headings). No check right on the whole text may turn wrong; the missing ones are bounded by the
// counts on h/perturb19, so a change that makes a field more brittle fails here and one that makes it more
// robust lowers the bound. `PERTURB_ALL=1` runs the whole dev set instead and prints the table and every flip.

const ALL = process.env.PERTURB_ALL === '1';

// right→missing allowed per perturbation on the sample (counts on h/perturb19; before it, on main 7c053a6, the
// sample had wrap 1 wrong + 14 missing, join 6 missing, thousands 2 wrong + 11 missing, kronor 1, capitals 3)
// h/pages20: dev texts 1541–1556 shift the every-7th sample, which now takes in 528 (its total and the total's evidence
// lost under the kr/kronor swap) and 228 and 487 (recipients, title under capital headings): the same flips on the
// code before that branch, so the bounds follow the sample, kronor 1 → 2 and capitals 0 → 2
const MISSING: Readonly<Record<string, number>> = {
  wrap: 0, join: 0, plain: 0, pdf: 0, thousands: 0, kronor: 2, spacing: 0, dashes: 0, capitals: 2,
};

describe('fields under perturbation', () => {
  let results: Record<string, PerturbationResult> = {};
  it('extracts the sample whole and perturbed', async () => {
    const texts = ALL ? devGoldTexts() : devGoldTexts(7);
    const only = process.env.PERTURB_ONLY === undefined ? undefined : process.env.PERTURB_ONLY.split(",").filter(Boolean);
    const t0 = Date.now();
    const out = await fieldFlips(texts, only);
    results = out.results;
    console.log(`${texts.length} texts, whole ${out.whole.right}/${out.whole.total} wrong ${out.whole.wrong}, ${((Date.now() - t0) / 1000).toFixed(1)} s\n${flipTable(results)}`);
    if (ALL) for (const s of out.whole.short) console.log(`whole\t${s}`);
    if (ALL || process.env.PERTURB_VERBOSE === '1') for (const [id, r] of Object.entries(results)) for (const f of r.flips) console.log(`${id}\t${f.to}\t${f.check}\t${f.text}`);
    expect(out.whole.wrong).toBe(0);
  }, ALL ? 3_600_000 : 120_000);
  for (const [id, bound] of Object.entries(MISSING)) {
    it(`${id}: no right→wrong, at most ${bound} right→missing`, () => {
      const r = results[id];
      if (r === undefined) return; // PERTURB_ONLY left it out
      expect(r.flips.filter((f) => f.to === 'wrong').map((f) => `${f.text}: ${f.check}`)).toEqual([]);
      expect(r.flips.filter((f) => f.to === 'missing').length).toBeLessThanOrEqual(bound);
    });
  }
});
