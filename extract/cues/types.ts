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

export function contextOf(sentence: string, start: number, end: number, heading = '', line = sentence): Context {
  return { before: sentence.slice(0, start), after: sentence.slice(end), sentence, heading, line };
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
  if (!row.cue.test(ctx[row.where])) return false;
  if (row.also && !row.also.cue.test(ctx[row.also.where])) return false;
  return !row.unless?.some((g) => g.cue.test(ctx[g.where]));
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
