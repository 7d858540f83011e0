import { describe, expect, it } from 'vitest';
import { heldBy, keptStats } from '../../extract/cues/literals.js';
import { cueTest } from '../../extract/cues/types.js';
import { findRecipients, recipientsKept } from '../../extract/fields/recipients.js';
import { KEPT_CHARS, KEPT_TEXTS, keptBy, LONG_TEXT, TextStore } from '../../extract/kept.js';
import { readText } from '../../extract/read/text.js';
import { sv, testHeld } from '../../extract/parse/unicode.js';

// Answers kept by text (extract/kept.ts, the one store that literals.heldBy, recipients'
// applyingText/typesIn and the date finders keep them in): a kept answer must be the answer a fresh
// run gives, and the stores must stay bounded in a long-running process.

const doc = (text: string) => readText('page.md', text);
const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();

describe('TextStore: at most KEPT_TEXTS texts and KEPT_CHARS characters, the last long text alone', () => {
  it('lets every text go when one more would pass the count', () => {
    const store = new TextStore<number>();
    for (let i = 0; i < KEPT_TEXTS; i++) store.set(`text ${i}`, i);
    expect(store.stats().texts).toBe(KEPT_TEXTS);
    expect(store.get('text 7')).toBe(7);
    store.set('one more', -1);
    expect(store.stats().texts).toBe(1);
    expect(store.get('text 7')).toBeUndefined();
    expect(store.get('one more')).toBe(-1);
  });

  it('lets every text go when the characters would pass the budget, answers charged too', () => {
    const store = new TextStore<string>();
    const text = 'x'.repeat(LONG_TEXT - 1);
    const fit = Math.floor(KEPT_CHARS / text.length);
    for (let i = 0; i < fit; i++) store.set(`${i} ${text}`.slice(0, LONG_TEXT - 1), 'a');
    expect(store.stats().chars).toBeLessThanOrEqual(KEPT_CHARS);
    expect(store.stats().texts).toBe(fit);
    // one character more than is left: (KEPT_CHARS mod the text's length) + 1, a short text
    const over = 'y'.repeat(KEPT_CHARS - store.stats().chars + 1);
    expect(over.length).toBeLessThan(LONG_TEXT);
    store.set(over, 'b');
    expect(store.stats()).toEqual({ texts: 1, chars: over.length, long: 0 });
    // an answer's cost, charged later, counts against the same budget
    store.charge(KEPT_CHARS);
    expect(store.stats()).toEqual({ texts: 0, chars: 0, long: 0 });
  });

  it('keeps a long text apart, the last one only, never by value', () => {
    const store = new TextStore<number>();
    const a = 'a'.repeat(LONG_TEXT);
    const b = 'b'.repeat(LONG_TEXT * 50);
    store.set(a, 1);
    expect(store.get(a)).toBe(1);
    store.set(b, 2);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBe(2);
    expect(store.stats()).toEqual({ texts: 0, chars: 0, long: b.length });
  });

  it('keptBy runs the function once per text held, and again once the text is let go', () => {
    const store = new TextStore<string>();
    let runs = 0;
    const upper = (t: string): string => { runs++; return t.toUpperCase(); };
    expect(keptBy(store, 'kommuner', upper)).toBe('KOMMUNER');
    expect(keptBy(store, ['kom', 'muner'].join(''), upper)).toBe('KOMMUNER');
    expect(runs).toBe(1);
    for (let i = 0; i < KEPT_TEXTS; i++) keptBy(store, `t${i}`, upper);
    expect(keptBy(store, 'kommuner', upper)).toBe('KOMMUNER');
    expect(runs).toBe(KEPT_TEXTS + 2);
  });

  it('answers its last asks as its map does: equal texts made apart, texts let go, a long text replaced', () => {
    const store = new TextStore<number>();
    store.set('rubrik', 1);
    store.set('mening', 2);
    // asked in turn, as a finder's rows ask a sentence and its heading; equal texts built apart answer alike
    for (let i = 0; i < 3; i++) {
      expect(store.get(['rub', 'rik'].join(''))).toBe(1);
      expect(store.get('mening')).toBe(2);
      expect(store.get('rad')).toBeUndefined();
    }
    // every text let go (the budget spent): none is answered from the last asks
    store.charge(KEPT_CHARS + 1);
    expect(store.get('rubrik')).toBeUndefined();
    expect(store.get('mening')).toBeUndefined();
    // a long text replaced by another is let go, though it was just asked for
    const a = 'a'.repeat(LONG_TEXT);
    store.set(a, 3);
    expect(store.get(a)).toBe(3);
    store.set('b'.repeat(LONG_TEXT), 4);
    expect(store.get(a)).toBeUndefined();
  });
});

describe('heldBy: a kept answer is never stale', () => {
  it('keys on the run function: one pattern read two ways on one text answers each its own way', () => {
    const re = /kommuner/iu;
    const text = 'Bidrag kan sökas av kommuner.';
    const atStart = (r: RegExp, t: string): boolean => r.exec(t)?.index === 0;
    expect(heldBy(re, text, testHeld)).toBe(true);
    // kept with `testHeld` as true: another reading of the same pattern must run, not take that answer
    expect(heldBy(re, text, atStart)).toBe(false);
    expect(heldBy(re, text, testHeld)).toBe(true);
    expect(heldBy(re, text, atStart)).toBe(false);
  });

  it('a global or sticky pattern (its answer depends on lastIndex) is run every time', () => {
    const re = /söka/gu;
    const text = 'Ni kan söka nu.';
    expect(heldBy(re, text, testHeld)).toBe(true);
    // lastIndex now stands after the match: a test() from there fails, and so must heldBy
    expect(heldBy(re, text, testHeld)).toBe(false);
    expect(heldBy(re, text, testHeld)).toBe(true);
    const sticky = /söka/yu;
    sticky.lastIndex = 0;
    expect(heldBy(sticky, text, testHeld)).toBe(false);
    sticky.lastIndex = 7;
    expect(heldBy(sticky, text, testHeld)).toBe(true);
  });

  it('equal texts built apart share the answer; a text one letter apart gets its own', () => {
    const re = sv(/\bföreningar\b/iu);
    const a = ['Ideella ', 'föreningar får söka.'].join('');
    const b = 'Ideella föreningar får söka.';
    expect(cueTest(re, a)).toBe(true);
    expect(cueTest(re, b)).toBe(true);
    expect(cueTest(re, 'Ideella förening får söka.')).toBe(false);
    expect(cueTest(re, 'Ideella föreningarna får söka.')).toBe(false);
  });

  it('patterns made per call (each a new key) keep right answers and the store bounded', () => {
    const text = 'Stiftelser och kommuner kan söka bidraget.';
    for (let i = 0; i < 10_000; i++) {
      const re = new RegExp(i % 2 === 0 ? 'kommuner' : 'regioner', 'iu');
      expect(heldBy(re, text, testHeld)).toBe(i % 2 === 0);
    }
    expect(keptStats().chars).toBeLessThanOrEqual(KEPT_CHARS);
  });

  it('many short texts with many answers each stay within the kept budget', () => {
    const rows = Array.from({ length: 40 }, (_, k) => new RegExp(`ord${k}\\b`, 'iu'));
    for (let i = 0; i < 6_000; i++) {
      const text = `Rad ${i} med ord${i % 40} i sig.`;
      for (const [k, re] of rows.entries()) expect(heldBy(re, text, testHeld)).toBe(k === i % 40);
    }
    expect(keptStats().chars).toBeLessThanOrEqual(KEPT_CHARS);
  });
});

describe('recipients: applying text and types kept by text', () => {
  it('the same sentence read again (in the same and in another document) gives the same types', () => {
    const s = 'Ideella föreningar och kommuner kan söka bidraget, men inte regioner.';
    const first = types(s);
    expect(first).toEqual(['kommun', 'organisation']);
    expect(types(s)).toEqual(first);
    expect(types(`Om bidraget\n\n${s}`)).toEqual(first);
    // a denial moved: a different text, its own answer
    expect(types('Regioner och kommuner kan söka bidraget, men inte ideella föreningar.')).toEqual(['kommun', 'region']);
  });

  it('the kept types are frozen: a caller cannot change what the next reader gets', () => {
    const s = 'Kommuner kan söka bidraget.';
    const found = findRecipients(doc(s)).types;
    found.length = 0;
    expect(types(s)).toEqual(['kommun']);
  });

  it('stays bounded over many documents and never keeps a very long sentence by value', () => {
    for (let i = 0; i < KEPT_TEXTS + 500; i++) findRecipients(doc(`Kommuner i län ${i} kan söka bidraget.`));
    expect(recipientsKept().applying).toBeLessThanOrEqual(KEPT_TEXTS);
    expect(recipientsKept().types).toBeLessThanOrEqual(KEPT_TEXTS);
    const hostile = `Kommuner kan söka ${'bidrag och '.repeat(20_000)}stöd.`;
    const before = recipientsKept().chars;
    expect(types(hostile)).toContain('kommun');
    expect(recipientsKept().chars).toBeLessThanOrEqual(Math.max(before, 2 * KEPT_CHARS));
    expect(recipientsKept().chars).toBeLessThan(before + hostile.length);
  });
});
