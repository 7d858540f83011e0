import { noteOn } from '../notes.js';
import { CORRECTED_DAYS } from '../cues/dates.js';
import { bestCue, contextOf } from '../cues/types.js';
import type { Doc, Located } from '../tree/types.js';

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
  /** on a refusal, the two candidates that disagree (the heavier first): where the field's finder places its note */
  readonly between?: readonly [C, C];
}

/** The diagnostic rule id of every refusal: one rule, whichever field refused. */
export const CANDIDATES_DISAGREE = 'candidates-disagree';

/**
 * A refusal recorded for the editor (extract/notes.ts: `grantspec extract`, `lint` and `review` show it), placed at the heavier
 * of the two candidates: the spec stays silent, the diagnostic says which values disagreed and why neither was taken.
 */
export function noteRefusal<C>(doc: Doc, choice: Choice<C>, at: (c: C) => Located): void {
  if (choice.refused !== undefined && choice.between !== undefined) noteOn(doc, { rule: CANDIDATES_DISAGREE, message: choice.refused, at: at(choice.between[0]) });
}

/**
 * The heaviest candidate (the first of equals), unless another one within `margin` of its weight
 * states a different value: which of the two is this grant's is then a guess, and a wrong value is
 * worse than a missing one, so none is taken and the refusal says why. `same` tells two statements
 * of one value apart from two values (a rounded and an exact figure of one sum are one value).
 * `adjust` adds to a candidate's weight what this choice alone knows of it (a stated range's own last
 * day, requisition.ts); the candidate chosen is the one found, its own weight unchanged. `apart` marks a candidate whose cue
 * speaks of another span than the field's own (a total told for several years, cues/funding.ts PERIOD_TOTALS): its weight says
 * how surely it is a total, not that it is this one's, so when it is the heaviest any different value is its rival.
 */
export function choose<C extends Weighed<unknown>>(field: string, candidates: readonly C[], same: (a: C, b: C) => boolean, margin: number, adjust: (c: C) => number = () => 0, apart: (c: C) => boolean = () => false): Choice<C> {
  const weightOf = (c: C): number => c.weight + adjust(c);
  const sorted = [...candidates].sort((a, b) => weightOf(b) - weightOf(a) || a.order - b.order);
  const best = sorted[0];
  if (best === undefined) return {};
  const top = weightOf(best);
  const spanned = apart(best);
  const rival = sorted.find((c) => (spanned || weightOf(c) >= top - margin) && !same(c, best));
  if (rival === undefined) return { chosen: best };
  const why = spanned && weightOf(rival) < top - margin ? 'the first is told for another span than the second' : 'both are stated with cues of like weight';
  return {
    refused: `${field}: ${String(best.value)} (weight ${top}) and ${String(rival.value)} (weight ${weightOf(rival)}): ${why}; neither is taken`,
    between: [best, rival],
  };
}

/**
 * What a candidate day's own sentence adds in a choice when it says the day replaces an earlier one (cues/dates.ts
 * CORRECTED_DAYS: "Obs! Nytt datum: …"): the one `adjust` the closing day (requisition.ts) and the report's due day
 * (reporting.ts) share.
 */
export function correctionWeight(c: { readonly at: Located }): number {
  return bestCue(CORRECTED_DAYS, contextOf(c.at.block.seg.text.slice(c.at.start, c.at.end), 0, 0))?.weight ?? 0;
}
