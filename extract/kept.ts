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

/** the texts a store answers from its last asks before its map (see TextStore.get) */
const RECENT = 4;

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
  /**
   * The texts last asked about and found (or kept), and their values, a few at once: a finder asks
   * about one text for each of its rows in turn (a row's sentence, its heading, its line), and
   * comparing a string with itself is one pointer, where a map lookup hashes the text (a slice
   * made anew has no hash yet) and compares it, character by character, with the key the map
   * holds, the same characters cut earlier by another finder (on the 216-page bench PDF the
   * store's lookups took 70-100 ms of CPU). A text equal to one of them but made apart is compared
   * once and then takes its place.
   */
  private readonly recentTexts: Array<string | undefined> = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly recentValues: Array<T | undefined> = new Array<T | undefined>(RECENT).fill(undefined);
  private recentNext = 0;

  /** The value kept for a text, if any. */
  get(text: string): T | undefined {
    const texts = this.recentTexts;
    for (let i = 0; i < RECENT; i++) {
      if (texts[i] === text) {
        // (an equal text made apart: the next ask of this one is a pointer's comparison)
        texts[i] = text;
        return this.recentValues[i];
      }
    }
    const value = text.length >= LONG_TEXT ? (this.long !== undefined && this.long.text === text ? this.long.value : undefined) : this.map.get(text);
    if (value !== undefined) this.remember(text, value);
    return value;
  }

  private remember(text: string, value: T): void {
    this.recentTexts[this.recentNext] = text;
    this.recentValues[this.recentNext] = value;
    this.recentNext = (this.recentNext + 1) % RECENT;
  }

  /** Keeps a value for a text, charged `chars` characters (the text's own, and an answer as long as it, say). */
  set(text: string, value: T, chars = text.length): void {
    if (text.length >= LONG_TEXT) {
      // (the long text it replaces may be among the recent ones: it is let go with the others)
      this.forgetRecent();
      this.long = { text, value };
      this.remember(text, value);
      return;
    }
    if (this.map.size >= KEPT_TEXTS || this.chars + chars > KEPT_CHARS) this.clear();
    this.map.set(text, value);
    this.remember(text, value);
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
    this.forgetRecent();
  }

  private forgetRecent(): void {
    this.recentTexts.fill(undefined);
    this.recentValues.fill(undefined);
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
