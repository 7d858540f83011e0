import { commonParts, looksFirst } from '../parse/unicode.js';
import { mayHold, mayHoldIn } from './literals.js';

// A cue is one row of phrase knowledge: a small pattern, where it is looked for relative to a
// candidate value (a date, an amount, a list, a heading), what it means there and how much it
// weighs. Its examples and counter-examples are run by test/extract/cues.test.ts, so a row is
// its own documentation and its own test. In an example, ⟨…⟩ marks the candidate: "Sista
// ansökningsdag är den ⟨16 mars 2026⟩" gives before = "Sista ansökningsdag är den ".

/** Where a cue is looked for, relative to the candidate. */
export type Where =
  | 'before' // the sentence up to the candidate (patterns end in $)
  | 'after' // the sentence after the candidate (patterns start with ^)
  | 'sentence' // the whole sentence
  | 'heading' // the heading of the section the candidate is in
  | 'line'; // a whole block or line ("Sista ansökningsdag: 2025-04-17", "Summa | 5 886 500 000")

export interface Guard { readonly where: Where; readonly cue: RegExp }

export interface Cue<M = string> {
  readonly id: string;
  readonly where: Where;
  readonly cue: RegExp;
  readonly meaning: M;
  /** higher is surer; a finder keeps the best candidate above its threshold */
  readonly weight: number;
  /** the row holds only when this matches too */
  readonly also?: Guard;
  /** the row does not hold when any of these matches */
  readonly unless?: readonly Guard[];
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
}

/** The text around a candidate, as the cues read it. */
export interface Context {
  readonly before: string;
  readonly after: string;
  readonly sentence: string;
  readonly heading: string;
  readonly line: string;
}

/** the sentence a context made by contextOf was cut from, and its parts before and after the candidate */
const PARTS = Symbol('parts');
interface Parts { readonly sentence: string; readonly before: string; readonly after: string }

export function contextOf(sentence: string, start: number, end: number, heading = '', line = sentence): Context {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // a context of the whole sentence (0, 0) has no parts to vouch for
  if (start > 0 || end > 0) commonParts(sentence, [before, after]);
  const ctx: Context & { [PARTS]: Parts } = { before, after, sentence, heading, line, [PARTS]: { sentence, before, after } };
  return ctx;
}

/**
 * Parts shorter than this are read by the pattern at once. Finding a pattern's needs costs more
 * than running it on a short text: only where the part before or after a candidate is long does
 * looking its needs up in the sentence pay.
 */
const LONG_PART = 256;

/**
 * Whether a pattern matches a context's text. Before and after a candidate in a long sentence, a
 * row's needs (extract/cues/literals.ts) are looked up in the sentence first, found once for all
 * of its candidates, and the pattern runs only where they are: a sentence of many candidates
 * stays linear.
 */
function matches(re: RegExp, where: Where, ctx: Context): boolean {
  const text = ctx[where];
  const parts = (ctx as { [PARTS]?: Parts })[PARTS];
  // a context copied with another before or after is read as it is
  if (parts && text.length >= LONG_PART && where === 'before' && text === parts.before) {
    if (!mayHoldIn(re, parts.sentence, 0, text.length)) return false;
  } else if (parts && text.length >= LONG_PART && where === 'after' && text === parts.after) {
    if (!mayHoldIn(re, parts.sentence, parts.sentence.length - text.length, parts.sentence.length)) return false;
  } else if (where !== 'before' && where !== 'after') {
    return wholeMatches(re, text);
  }
  // a row's needs missing from a short part: the pattern is not run (nor compiled, if it never runs)
  return (looksFirst(re, text) || mayHold(re, text)) && re.test(text);
}

/** each pattern's last whole text and its answer */
const lastWhole = new Map<RegExp, { text: string; answer: boolean }>();

/**
 * A whole text (a sentence, a heading, a line) is read by the same rows for every candidate in
 * it: the answer is kept, so that a sentence of many candidates is read once per row, not once
 * per candidate. (A global or sticky pattern's answer depends on its lastIndex: never kept.)
 */
function wholeMatches(re: RegExp, text: string): boolean {
  const last = lastWhole.get(re);
  if (last !== undefined && last.text === text) return last.answer;
  // most rows' words are in few texts: looking them up costs less than running the pattern
  const answer = (looksFirst(re, text) || mayHold(re, text)) && re.test(text);
  // the pattern's record is rewritten, not replaced: a new one for each of a document's texts was
  // hundreds of thousands of short-lived objects for the garbage collector
  if (last !== undefined) { last.text = text; last.answer = answer; } else if (!re.global && !re.sticky) lastWhole.set(re, { text, answer });
  return answer;
}

/** An example's context: ⟨…⟩ marks the candidate; without a mark the whole text is every scope. */
export function exampleContext(example: string): Context {
  const open = example.indexOf('⟨');
  const close = example.indexOf('⟩');
  if (open < 0 || close < open) return { before: example, after: example, sentence: example, heading: example, line: example };
  const plain = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return contextOf(plain, open, close - 1, plain, plain);
}

export function holds(row: Cue<unknown>, ctx: Context): boolean {
  if (!matches(row.cue, row.where, ctx)) return false;
  if (row.also && !matches(row.also.cue, row.also.where, ctx)) return false;
  return !row.unless?.some((g) => matches(g.cue, g.where, ctx));
}

/** The heaviest row that holds (the first of equals), or none. */
export function bestCue<M>(rows: ReadonlyArray<Cue<M>>, ctx: Context): Cue<M> | undefined {
  let best: Cue<M> | undefined;
  for (const row of rows) if ((!best || row.weight > best.weight) && holds(row, ctx)) best = row;
  return best;
}

/** Whether any row holds. */
export function anyCue(rows: ReadonlyArray<Cue<unknown>>, ctx: Context): boolean {
  return rows.some((row) => holds(row, ctx));
}

/** Where a row's pattern last starts in the text (-1 when nowhere): for "the word nearest the date decides". */
export function lastAt(rows: ReadonlyArray<Cue<unknown>>, text: string): number {
  let at = -1;
  for (const row of rows) at = Math.max(at, text.search(row.cue));
  return at;
}
