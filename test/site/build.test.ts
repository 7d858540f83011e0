import { describe, expect, it } from 'vitest';
import { defaultJobs, folders, shares } from '../../site/build.js';

// How `grantspec build` splits the specs between threads: by grant folder, evenly, in order.

describe('folders', () => {
  it('groups spec files by the first folder below the specs folder, in their order', () => {
    expect(folders(['s/a/2025.yaml', 's/a/2026.yaml', 's/b/2026.yaml', 's/top.yaml'], 's')).toEqual([['s/a/2025.yaml', 's/a/2026.yaml'], ['s/b/2026.yaml'], ['s/top.yaml']]);
  });
});

describe('shares', () => {
  it('balances the number of files and never splits a batch', () => {
    const got = shares([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2'], ['d1']], 2);
    expect(got).toEqual([[['a1', 'a2', 'a3'], ['d1']], [['b1'], ['c1', 'c2']]]); // 4 and 3 files
  });

  it('keeps each share in the original order of its batches', () => {
    const got = shares([['a'], ['b'], ['c'], ['d'], ['e']], 2);
    for (const share of got) {
      const flat = share.flat();
      expect(flat).toEqual([...flat].sort());
    }
    expect(got.flat(2).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('makes no empty shares when there are more threads than batches', () => {
    expect(shares([['a'], ['b']], 4)).toEqual([[['a']], [['b']]]);
  });
});

describe('defaultJobs', () => {
  it('uses one thread on small machines and small sites, up to four on large ones', () => {
    expect(defaultJobs(1000, 2)).toBe(1);
    expect(defaultJobs(100, 8)).toBe(1);
    expect(defaultJobs(1000, 8)).toBe(4);
    expect(defaultJobs(500, 4)).toBe(2);
  });
});
