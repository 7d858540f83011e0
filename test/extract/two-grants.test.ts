import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { findFunding } from '../../extract/fields/funding.js';
import { readText } from '../../extract/read/text.js';
import { readFileSync } from 'node:fs';
import type { Anvisning } from '../../specs/schema/index.js';

// A page that presents two grants, each with its total under a heading that names it. The two texts
// in test/fixtures/extract/constructed-*.txt are CONSTRUCTED (written for this test in the shape of a
// kommun-facing agency page: an overview heading, then one section per grant with its purpose, total
// and last day), not copied from a real page. Which total is "the" grant's is a guess there, and a
// wrong total is worse than none: the finder refuses, unless the title names one of the two grants.

const TWO = 'test/fixtures/extract/constructed-two-grants-page.txt';
const ONE = 'test/fixtures/extract/constructed-grant-page-with-sidebar-grant.txt';

describe('a page that presents two grants with a total each', () => {
  it('takes neither total when the title is the overview\'s, and says why', async () => {
    const s = (await extract(TWO)) as Anvisning;
    expect(s.funding?.total).toBeUndefined();
    // the rest of the page is read as before: both sections state the same last day
    expect(s.requisition?.closes).toBe('2026-03-15');
    const f = findFunding(readText(TWO, readFileSync(TWO, 'utf8')), 'Statsbidrag till kommuner inom socialtjänsten 2026');
    expect(f.refused).toMatch(/two grants/u);
    expect(f.refused).toContain('50000000');
    expect(f.refused).toContain('30000000');
  });
  it('takes the total of the grant the title names, not the other grant\'s heavier-cued one', async () => {
    const s = (await extract(ONE)) as Anvisning;
    expect(s.title).toBe('Statsbidrag för förebyggande arbete mot våld i nära relationer 2026');
    expect(s.funding?.total).toBe(50_000_000);
  });
});
