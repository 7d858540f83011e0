import { describe, expect, it } from 'vitest';
import { devGoldTexts, fieldFlips, flipTable, type PerturbationResult } from './field-perturbation.js';

// Branch h/perturb19 (issue 12): every field of a fixed sample of dev texts (number a multiple of 7) under the
// perturbations of field-perturbation.ts (a PDF's hard wrap, a web page's one-line paragraphs, no Markdown
// marks, no-break and thin spaces in amounts, kr/kronor, double spaces and CRLF, dash and quote variants,
// capital headings). No check right on the whole text may turn wrong; the missing ones are bounded by the
// counts on h/perturb19, so a change that makes a field more brittle fails here and one that makes it more
// robust lowers the bound. `PERTURB_ALL=1` runs the whole dev set instead and prints the table and every flip.

const ALL = process.env.PERTURB_ALL === '1';

// right→missing allowed per perturbation on the sample (the dev texts whose number is a multiple of 7: an added
// text joins it or not, never moves it onto other texts; counts on main after stop 39's and 40's merges, 140 texts:
// join 1 (a list joined into its lead), capitals 2 (titles); kronor 3 → 0 with h/forms20's normalize change).
// Before perturb19 the every-7th sample of its day had wrap 1 wrong + 14 missing, thousands 2 wrong + 11 missing.
const MISSING: Readonly<Record<string, number>> = {
  // (stop 41: the texts added turned "kr"/"kronor" the other way in 427, 791, 840 — the perturbation goes by a text's
  // parity in the list — and the three were lost; back to 0 with 'kr' read in the year and recipients rows, and a
  // title_has put through the same perturbation as its text)
  // (stop 45: capitals 2 → 3 — dev 1806's title is right whole since h/shapes52's one-document row owner-tagline, "Ägare
  // till Sparbanken Skåne" as chrome; in capitals the line is read in sentence case (fields/title.ts shown), "Ägare till
  // sparbanken skåne", which the row cannot tell from a heading "Ägare till enskilda vägar", so it stays the title there)
  // (stop 54: capitals 3 → 5 — h/rich75b's new `requires` gold on dev 1169 (two items): its lead line "I ansökan ska följande
  // information framgå" in capitals is read as a heading, and requiresOf reads window sentences, which skip headings; the
  // finder is unchanged, the new key measures a brittleness it already had)
  // (stop 56: wrap and pdf 0 → 1 for the new dev 2303 alone, h/fresh77b: its one use is the short paragraph under Jordbruksverket's
  // noun heading "Det kan du få stöd för", which the wrapped and the PDF-like layouts no longer read as that section's first
  // paragraph; no older text flips)
  // (stop 63: wrap and pdf 1 → 2 — dev 2324's types are read on the whole text since h/types85's frame subject-erhaller-bidrag,
  // "Förening som hyr kommunal lokal för ungdomsverksamhet, erhåller bidrag med högst 70 % …"; hard-wrapped, the frame no longer
  // reads the subject across the break, so the new right value is missing there as it was everywhere before; no older text flips)
  wrap: 2, join: 1, plain: 0, pdf: 2, thousands: 0, kronor: 0, spacing: 0, dashes: 0, capitals: 5,
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
    // (stop 64: 2, both dev 2499's, a text utlys86 added with its wrongs recorded on the first run: a call's own share "varav 2
    // miljoner" of a national sum split among distributors reads as the national 36 M, and one use item too many. Known, to be
    // fixed, never raised: any other wrong on the sample fails here)
    // (stop 65: 4, with dev 2541's underlag (h/uses87: its gold, by the lead's brief, counts no attachment to the application,
    // the rows do) and 2555's kind (h/report87, a judgment call in its gold): first-run wrongs of new texts, left open)
    // (h/money88: 4 → 3, dev 2499's national 36 M is no total any more (SPLIT_AMONG_DISTRIBUTORS_AFTER, money87): missing; its
    // extra use item stays)
    expect(out.whole.wrong).toBe(3);
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
