import { describe, expect, it } from 'vitest';
import { TABLES } from '../../extract/cues/index.js';
import { exampleContext, holds } from '../../extract/cues/types.js';

// Every cue row's examples must hold and its counter-examples must not: the rows are the
// extractor's phrase knowledge, and this loop is what keeps each of them honest.

const rows = Object.entries(TABLES).flatMap(([table, list]) => list.map((row) => ({ table, row })));

describe('cue tables', () => {
  it('have unique ids within each table', () => {
    for (const [table, list] of Object.entries(TABLES)) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });
  it.each(rows.map(({ table, row }) => [`${table}.${row.id}`, row] as const))('%s: examples hold, counter-examples do not', (_name, row) => {
    expect(row.examples.length).toBeGreaterThan(0);
    expect(row.counterExamples.length).toBeGreaterThan(0);
    for (const ex of row.examples) expect(holds(row, exampleContext(ex)), `example: ${ex}`).toBe(true);
    for (const ex of row.counterExamples) expect(holds(row, exampleContext(ex)), `counter-example: ${ex}`).toBe(false);
  });
});
