import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../specs/load.js';
import { loadReference } from '../../specs/reference/index.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { brokenAddresses } from '../../site/links.js';
import { listByType } from '../../site/model.js';
import { amountFor, statusOf, svDateLong, summaryOf } from '../../site/summary.js';
import { ROOT } from '../helpers.js';

// The summary box's facts from stated values only, the uses per recipient type, and addresses the
// lint calls broken.

const ref = loadReference();
const spec = async (path: string): Promise<Anvisning> => (await loadSpec(join(ROOT, 'specs', path))).spec as Anvisning;
const base = { spec: 1, kind: 'anvisning', id: 'x', year: 2026, title: 'X', source: { path: 'x.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;

describe('status', () => {
  const at = (opens: string | undefined, closes: string | undefined, today: string): string => statusOf({ ...base, requisition: { ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) } } as Anvisning, today);
  it.each([
    ['2026-03-01', '2026-05-13', '2026-04-15', 'open'],
    ['2026-03-01', '2026-05-13', '2026-02-28', 'upcoming'],
    ['2026-03-01', '2026-05-13', '2026-05-14', 'closed'],
    ['2026-03-01', '2026-05-13', '2026-05-13', 'open'],
    [undefined, '2026-05-13', '2026-04-15', 'unknown'],
    [undefined, '2026-05-13', '2026-05-14', 'closed'],
    [undefined, undefined, '2026-04-15', 'unknown'],
    ['2026-03-01', undefined, '2026-04-15', 'unknown'],
  ])('opens %s, closes %s, on %s: %s', (opens, closes, today, status) => {
    expect(at(opens, closes, today)).toBe(status);
  });

  it('never calls tillgänglighet 2026 open: it states no opening date', async () => {
    const s = await spec('tillganglighet-och-vardkapacitet/2026.yaml');
    expect(s.requisition?.opens).toBeUndefined();
    for (const today of ['2025-12-01', '2026-01-15', '2026-03-16', '2026-03-17', '2026-12-31']) expect(statusOf(s, today)).not.toBe('open');
  });

  it('writes the last day with its weekday', () => {
    expect(svDateLong('2026-03-16')).toBe('måndag 16 mars 2026');
    expect(svDateLong('2026-05-13')).toBe('onsdag 13 maj 2026');
  });
});

describe('ert belopp', () => {
  it('takes a region\'s amount from the published list', async () => {
    const s = await spec('tillganglighet-och-vardkapacitet/2025.yaml');
    const list = (await loadSpec(join(ROOT, 'specs/tillganglighet-och-vardkapacitet/2025.allocation.yaml'))).spec as never;
    expect(amountFor(s, [list], { code: '01', type: 'region' }, ref)).toEqual({ text: '984\u00a0031\u00a0803 kronor', how: 'enligt fördelningslistan' });
  });
  it('gives a kommun the key\'s minimum (the fixed sum; the per-capita part needs population figures)', async () => {
    const s = await spec('kompetensforsorjning-halso-och-sjukvard/2026.yaml');
    expect(amountFor(s, [], { code: '0680', type: 'kommun' }, ref)?.text).toBe('minst 500\u00a0000 kronor');
  });
  it('says "anges inte" rather than the national pot when nothing gives a recipient\'s amount', async () => {
    const s = await spec('tillganglighet-och-vardkapacitet/2026.yaml');
    expect(amountFor(s, [], { code: '06', type: 'region' }, ref)).toBeUndefined();
    const box = summaryOf(s, [], '2026-01-10', ref);
    expect(box.choices).toEqual([]);
    expect(box.uniform).toEqual([]);
    expect(box.amountNote).toMatch(/^Anges inte/u);
    expect(JSON.stringify(box)).not.toContain('5\u00a0042');
  });
  it('shows the redistribution opt-in where the spec has one', () => {
    const box = summaryOf({ ...base, recipients: { types: ['region'] }, requisition: { form: 'rekvisition', channel: 'e-tjänsten', redistribution: { cutoff: '2026-09-30', condition: 'Regionen ska ha rekvirerat hela sin andel.' } } } as Anvisning, [], '2026-04-01', ref);
    expect(box.redistribution).toBe('Medel som inte rekvireras kan fördelas om. Anmäl senast onsdag 30 september 2026 om ni vill få del av dem. Regionen ska ha rekvirerat hela sin andel.');
    expect(box.how).toBe('Rekvisition i e-tjänsten');
  });
});

describe('uses per recipient type', () => {
  it('never lists a region-only use as a kommun\'s', () => {
    const s = { ...base, recipients: { types: ['kommun', 'region'] }, permitted_uses: ['Kompetensutveckling', { text: 'Specialistutbildning för läkare', applies_to: ['region'] }] } as Anvisning;
    expect(listByType(s, 'permitted_uses', s.permitted_uses).map((g) => [g.label, g.items.map((i) => i.text)])).toEqual([
      ['För kommuner', ['Kompetensutveckling']],
      ['För regioner', ['Kompetensutveckling', 'Specialistutbildning för läkare']],
    ]);
  });
});

describe('addresses the lint reports as errors', () => {
  it('are not live links: two addresses run together, two spellings of one address', async () => {
    const broken = brokenAddresses(await spec('socialdataregister/2026.yaml'));
    expect(broken.get('mailto:https://statsbidrag.socialstyrelsen.se/om-statsbidrag/om-ansokningsprocessen/')).toBe('två adresser är ihopskrivna i anvisningen');
    expect(broken.get('mailto:etjanst.statsbidrag@socialstyrelsen.se')).toBe('adressen stavas på två sätt i anvisningen');
    expect(broken.has('mailto:statsbidrag.socialdataregister@socialstyrelsen.se')).toBe(false);
  });
});
