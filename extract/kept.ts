// Answers kept by text: the one store, with one policy, for every pure function of a text that the
// finders ask about the same text again (the cue rows' readings of a sentence, extract/cues/literals.ts;
// who may apply, extract/fields/recipients.ts; the dates of a sentence, extract/parse/dates.ts). A kept
// answer is the answer (the functions are pure); what the store must be is bounded, so that a
// long-running process (a site build, the test runner) does not grow it.

/** texts kept at once, in each store: more than a long document's sentences (the 216-page bench PDF's rows read 519) */
export const KEPT_TEXTS = 4096;

/** characters kept at once, in each store: the texts and what their answers are charged (see TextStore.charge) */
export const KEPT_CHARS = 1 << 22;

/**
 * A text at least this long (a hostile or unpunctuated page read as one sentence, a sentence of many
 * candidates) is never kept by value (KEPT_TEXTS of them could be gigabytes): only the last one is, alone,
 * since it is asked about again while it is read (the windows around each of its candidates).
 */
export const LONG_TEXT = 4096;

/**
 * Values by text, bounded: at most KEPT_TEXTS texts and KEPT_CHARS characters (each text's own, and what
 * the caller charges for its answers); when a new text would pass either bound, every text is let go at
 * once (a map of recent texts, cheaper than an order of use to keep). A text of LONG_TEXT characters or
 * more is kept apart, the last one only.
 */
export class TextStore<T> {
  private readonly map = new Map<string, T>();
  private chars = 0;
  private long: { readonly text: string; readonly value: T } | undefined;

  /** The value kept for a text, if any. */
  get(text: string): T | undefined {
    if (text.length >= LONG_TEXT) return this.long !== undefined && this.long.text === text ? this.long.value : undefined;
    return this.map.get(text);
  }

  /** Keeps a value for a text, charged `chars` characters (the text's own, and an answer as long as it, say). */
  set(text: string, value: T, chars = text.length): void {
    if (text.length >= LONG_TEXT) {
      this.long = { text, value };
      return;
    }
    if (this.map.size >= KEPT_TEXTS || this.chars + chars > KEPT_CHARS) this.clear();
    this.map.set(text, value);
    this.chars += chars;
  }

  /** Counts what a kept value has grown by (answers added to it later), letting every text go when the budget is spent. */
  charge(chars: number): void {
    this.chars += chars;
    if (this.chars > KEPT_CHARS) this.clear();
  }

  /** the texts kept by value (the long one aside) and the characters charged, for tests of the bounds */
  stats(): { texts: number; chars: number; long: number } {
    return { texts: this.map.size, chars: this.chars, long: this.long?.text.length ?? 0 };
  }

  private clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/** A pure function's answer on a text, kept in the store: `of` runs only on a text the store does not hold. */
export function keptBy<T>(store: TextStore<T>, text: string, of: (text: string) => T, chars?: (text: string, answer: T) => number): T {
  let answer = store.get(text);
  if (answer === undefined) {
    answer = of(text);
    store.set(text, answer, chars?.(text, answer));
  }
  return answer;
}
