import { describe, expect, it } from 'vitest';
import { draftHas } from '../../specs/corrections.js';
import type { GrantSpec } from '../../specs/schema/index.js';

// A corrections record is the editor's account of the draft of its day: `npm run accuracy` counts the
// recorded corrections today's draft already makes (bin/corrections-report.ts), never rewriting the record.

const draft = {
  year: 2021,
  recipients: { types: ['region', 'kommun'] },
  legal_basis: [{ ref: '2016:400', kind: 'förordning', title: 'om statsbidrag' }],
  conditions: [{ text: 'Kommunen ska ha en plan.' }],
} as unknown as GrantSpec;

describe('draftHas: whether today\'s draft makes a recorded correction', () => {
  it('a missed scalar the draft now states', () => {
    expect(draftHas(draft, { field: 'year', extracted: null, corrected: 2021, why: 'missed' })).toBe(true);
    expect(draftHas(draft, { field: 'year', extracted: null, corrected: 2022, why: 'missed' })).toBe(false);
  });
  it('a removed value the draft no longer has', () => {
    expect(draftHas(draft, { field: 'funding.total', extracted: 5, corrected: null, why: 'wrong' })).toBe(true);
    expect(draftHas(draft, { field: 'year', extracted: 2021, corrected: null, why: 'wrong' })).toBe(false);
  });
  it('list items: every corrected one held, every removed one gone; object items by the keys the record gives', () => {
    expect(draftHas(draft, { field: 'recipients.types', extracted: null, corrected: ['region'], why: 'missed' })).toBe(true);
    expect(draftHas(draft, { field: 'recipients.types', extracted: ['kommun'], corrected: null, why: 'wrong' })).toBe(false);
    expect(draftHas(draft, { field: 'conditions', extracted: null, corrected: ['Kommunen ska ha en plan.'], why: 'missed' })).toBe(true);
    expect(draftHas(draft, { field: 'legal_basis', extracted: { ref: '2016:400', kind: 'förordning' }, corrected: null, why: 'wrong' })).toBe(false);
    expect(draftHas(draft, { field: 'legal_basis', extracted: { ref: '2022:257', kind: 'förordning' }, corrected: null, why: 'wrong' })).toBe(true);
  });
  it('a path that names a key of a list is not answered (which item\'s?)', () => {
    expect(draftHas(draft, { field: 'legal_basis.title', extracted: 'förordning om', corrected: null, why: 'wrong' })).toBe(false);
  });
});
