import { describe, expect, it } from 'vitest';
import { importanceOf } from '../../specs/diff/importance.js';

// How much a change matters to a recipient: a rule no longer stated asks nothing new (notice), but a
// recipient type or a named recipient gone from the grant is an eligibility change (action).
describe('importance of a removal', () => {
  it('keeps a recipient that no longer gets the money an action', () => {
    expect(importanceOf({ path: 'recipients.types.1', field: 'recipients.types', kind: 'removed', old: 'region' })).toBe('action');
    expect(importanceOf({ path: 'recipients.named.0', field: 'recipients.named', kind: 'removed', old: 'Region Skåne' })).toBe('action');
  });
  it('makes a requirement no longer stated a notice', () => {
    expect(importanceOf({ path: 'requisition.requires.0', field: 'requisition.requires', kind: 'removed', old: 'Ombud ska finnas.' })).toBe('notice');
  });
});
