// A row's pattern made global, shared by the extractor's cue rows (extract/cues/types.ts) and the change report's
// sentence rows (specs/diff/index.ts): specs/ imports nothing from extract/, so the one copy lives here.

const GLOBAL_ROWS = new WeakMap<{ readonly cue: RegExp }, RegExp>();

/**
 * A row's own pattern as a global copy, made once per row: a copy of the very regex the table holds (its species, built
 * from the compiled row, not from its source through a second table, so an sv() pattern keeps its needs check).
 */
export function globalOf(row: { readonly cue: RegExp }): RegExp {
  let all = GLOBAL_ROWS.get(row);
  if (all === undefined) {
    const re = row.cue;
    const Species = re.constructor as new (pattern: RegExp, flags: string) => RegExp;
    all = new Species(re, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL_ROWS.set(row, all);
  }
  return all;
}

/**
 * A pattern's copy with the g flag, of its own species: `new RegExp(re.source, re.flags + 'g')` for a plain
 * pattern, and for an sv() pattern another sv() pattern (its common-blocks pattern, its warmed first run), where
 * a copy from its source was a plain pattern of full Unicode classes, parsed again at load and compiled at its
 * first runs (the bench PDF's global row copies: about 0.1 s). Made anew at each call (unlike globalOf), so no
 * two readers share one lastIndex.
 */
export function globalCopy(re: RegExp): RegExp {
  const Species = re.constructor as new (pattern: RegExp, flags: string) => RegExp;
  return new Species(re, re.flags.includes('g') ? re.flags : `${re.flags}g`);
}
