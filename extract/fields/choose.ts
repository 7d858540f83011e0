// Choosing one value for a single-valued field (the closing day, the opening day, the total) among
// every candidate a finder collected across the document, each weighed by the cues around it.

/** One value a finder found for a single-valued field: its cues' weight and its place in reading order. */
export interface Weighed<V> {
  readonly weight: number;
  readonly value: V;
  readonly order: number;
}

/** The candidate taken, or why none was: a refusal is a diagnostic, never a value. */
export interface Choice<C> {
  readonly chosen?: C;
  readonly refused?: string;
}

/**
 * The heaviest candidate (the first of equals), unless another one within `margin` of its weight
 * states a different value: which of the two is this grant's is then a guess, and a wrong value is
 * worse than a missing one, so none is taken and the refusal says why. `same` tells two statements
 * of one value apart from two values (a rounded and an exact figure of one sum are one value).
 */
export function choose<C extends Weighed<unknown>>(field: string, candidates: readonly C[], same: (a: C, b: C) => boolean, margin: number): Choice<C> {
  const sorted = [...candidates].sort((a, b) => b.weight - a.weight || a.order - b.order);
  const best = sorted[0];
  if (best === undefined) return {};
  const rival = sorted.find((c) => c.weight >= best.weight - margin && !same(c, best));
  if (rival === undefined) return { chosen: best };
  return { refused: `${field}: ${String(best.value)} (weight ${best.weight}) and ${String(rival.value)} (weight ${rival.weight}) are both stated with cues of like weight; neither is taken` };
}
