import { describe, expect, it } from 'vitest';
import { heldBy, keptStats } from '../../extract/cues/literals.js';
import { cueTest } from '../../extract/cues/types.js';
import { findRecipients, KEPT_TEXTS, recipientsKept } from '../../extract/fields/recipients.js';
import { readText } from '../../extract/read/text.js';
import { sv, testHeld } from '../../extract/parse/unicode.js';

// Answers kept by text (literals.heldBy, recipients' applyingText/typesIn): a kept answer must be the
// answer a fresh run gives, and the stores must stay bounded in a long-running process.

const doc = (text: string) => readText('page.md', text);
const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();

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
    expect(keptStats().chars).toBeLessThanOrEqual(1 << 22);
  });

  it('many short texts with many answers each stay within the kept budget', () => {
    const rows = Array.from({ length: 40 }, (_, k) => new RegExp(`ord${k}\\b`, 'iu'));
    for (let i = 0; i < 6_000; i++) {
      const text = `Rad ${i} med ord${i % 40} i sig.`;
      for (const [k, re] of rows.entries()) expect(heldBy(re, text, testHeld)).toBe(k === i % 40);
    }
    expect(keptStats().chars).toBeLessThanOrEqual(1 << 22);
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

  it('stays bounded over many documents and never keeps a very long sentence', () => {
    for (let i = 0; i < KEPT_TEXTS + 500; i++) findRecipients(doc(`Kommuner i län ${i} kan söka bidraget.`));
    expect(recipientsKept().applying).toBeLessThanOrEqual(KEPT_TEXTS);
    expect(recipientsKept().types).toBeLessThanOrEqual(KEPT_TEXTS);
    const hostile = `Kommuner kan söka ${'bidrag och '.repeat(20_000)}stöd.`;
    const before = recipientsKept().chars;
    expect(types(hostile)).toContain('kommun');
    expect(recipientsKept().chars).toBeLessThanOrEqual(Math.max(before, 1 << 21));
    expect(recipientsKept().chars).toBeLessThan(before + hostile.length);
  });
});
