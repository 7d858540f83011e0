import { describe, expect, it } from 'vitest';
import { contentWords, matchItems, similarity, stem } from '../../specs/diff/lists.js';
import { matchList } from '../../specs/diff/walk.js';
import { diffSpecs } from '../../specs/diff/index.js';
import type { Anvisning } from '../../specs/schema/index.js';

const base = { spec: 1, kind: 'anvisning', id: 'x', title: 'X', source: { path: 's.txt', sha256: '0'.repeat(64) }, evidence: {} } as const;

// List items (uses, conditions, underlag, requirements) are matched by meaning: their content words,
// stemmed, so a reworded item is one changed item with both quotes and a moved one is no change.
describe('list items matched by meaning', () => {
  it('stems a noun and its verb alike, and inflections alike', () => {
    expect(stem('kompetensutveckling')).toBe(stem('kompetensutveckla'));
    expect(stem('redovisningen')).toBe(stem('redovisa'));
    expect(stem('insatserna')).toBe(stem('insatser'));
    expect(stem('kommunerna')).toBe(stem('kommun'));
  });
  it('leaves out function words and the grant\'s own nouns', () => {
    expect(contentWords('Medlen får användas till kompetensutveckling av personalen')).toEqual(['använd', 'kompetensutveckl', 'personal']);
  });
  it('reads a reworded use as the same item', () => {
    const a = 'Medlen får användas till kompetensutveckling av personalen';
    const b = 'Bidraget kan användas för att kompetensutveckla personal';
    expect(similarity(a, b)).toBe(1);
    // with other items beside it: the rewording is one edited item, not a removal and an addition
    const pairs = matchList([a, 'Inköp av utrustning'], ['Hyra av lokaler', b]);
    expect(pairs).toHaveLength(3);
    expect(pairs).toContainEqual([0, 1]);
  });
  it('reads a moved item with other inflections as unmoved, not added and removed', () => {
    const m = matchItems(['Insatser för barnen i förskolan', 'Handledning av personal'], ['Handledning av personalen', 'Insatserna för barn i förskolor']);
    expect(m.pairs).toEqual([[1, 0], [0, 1]]);
    expect(m.removed).toEqual([]);
    expect(m.added).toEqual([]);
  });
  it('keeps items about different things apart', () => {
    expect(similarity('Lönekostnader för projektledare', 'Resor och logi för deltagare')).toBe(0);
    const m = matchItems(['Lönekostnader för projektledare'], ['Resor och logi för deltagare']);
    expect(m.pairs).toEqual([]);
  });
  it('matches an item made only of stop words by its words as written (an edit is one change, not a removal and an addition)', () => {
    // "medel" is a shared stop word: such an item has no content stems to be matched by
    expect(similarity('medel medel medel', 'medel medel medel ändrad')).toBeGreaterThanOrEqual(0.5);
    const m = matchItems(['regionen kostnader', 'medel och insatser'], ['regionen kostnader', 'medel och insatser ändrad']);
    expect(m.pairs).toEqual([[0, 0], [1, 1]]);
    expect([m.removed, m.added]).toEqual([[], []]);
    // two such items about different words stay apart
    expect(matchItems(['medel'], ['insatser']).pairs).toEqual([]);
  });
  it('reports a changed figure as one changed item with both wordings, not as unchanged', () => {
    const old = 'Högst 50 procent av kostnaderna';
    const now = 'Högst 75 procent av kostnaderna';
    // the figure is a content word of its own: the items are alike (paired as one item), not the same
    expect(similarity(old, now)).toBeGreaterThanOrEqual(0.5);
    expect(similarity(old, now)).toBeLessThan(1);
    const other = 'Redovisning ska lämnas till Socialstyrelsen';
    const a = { ...base, year: 2025, conditions: [old, other] } as unknown as Anvisning;
    const b = { ...base, year: 2026, conditions: [other, now] } as unknown as Anvisning;
    const changes = diffSpecs(a, b, { oldText: `${old}. ${other}.`, newText: `${other}. ${now}.` }).changes;
    expect(changes.map((c) => ({ path: c.path, kind: c.kind, old: c.old, new: c.new }))).toEqual([
      { path: 'conditions.1', kind: 'changed', old, new: now },
    ]);
  });
});
