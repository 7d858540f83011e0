import { describe, expect, it } from 'vitest';
import { PAGE_CHROME, PAGE_CHROME_WORDS, STOP_WORDS } from '../../specs/lexicon.js';
import { STOP_WORDS as LEXICON_STOP_WORDS } from '../../extract/cues/lexicon.js';
import { contentWords } from '../../specs/diff/lists.js';
import { poorTitle, titleWords, sameGrant } from '../../specs/diff/identity.js';
import { CHROME_LABELS } from '../../extract/cues/chrome.js';

// One Swedish stop-word list (specs/lexicon.ts) for the list matching and the title comparison of
// the change report, re-exported by the extractor's lexicon: a word in it is dropped by both.
describe('the shared stop words', () => {
  it('is the one list the lexicon exports', () => {
    expect(LEXICON_STOP_WORDS).toBe(STOP_WORDS);
  });
  it('drops the same words from a list item and from a title', () => {
    // "mot" and "genom" were only in the list matcher's words, "anslag" only in the title's: now both drop all three
    expect(contentWords('Insatser mot våld genom anslag')).toEqual(contentWords('Insatser våld'));
    expect([...titleWords('Anslag för insatser mot våld genom samverkan')].sort()).toEqual(['insatser', 'samverkan', 'våld']);
    for (const w of ['mot', 'genom', 'anslag', 'medlen', 'och']) {
      expect(STOP_WORDS.has(w)).toBe(true);
      expect(contentWords(`kompetensutveckling ${w}`)).toEqual(contentWords('kompetensutveckling'));
      expect(titleWords(`kompetensutveckling ${w}`).has(w)).toBe(false);
    }
  });
  it('keeps the words that name a grant', () => {
    expect([...titleWords('Statsbidrag till regioner för kompetensförsörjning inom hälso- och sjukvård')].sort())
      .toEqual(['hälso', 'kompetensförsörjning', 'sjukvård']);
    // title words of their own still tell two grants apart
    expect(sameGrant({ id: 'a', title: 'Statsbidrag mot våld i nära relationer' }, { id: 'b', title: 'Bidrag mot våld i nära relationer 2026' })).toBe(true);
    expect(sameGrant({ id: 'a', title: 'Statsbidrag mot våld i nära relationer' }, { id: 'b', title: 'Statsbidrag mot ensamhet bland äldre' })).toBe(false);
  });
});

// One table of a page's chrome words (specs/lexicon.ts PAGE_CHROME), read by the extractor (the aria
// labels of a cookie banner and a breadcrumb trail, extract/cues/chrome.ts) and by the change report
// (a title of chrome words names no grant, specs/diff/identity.ts): a word added to the table is read
// by both, and no stage keeps a copy.
describe('the shared page-chrome words', () => {
  const label = (text: string): string | undefined => CHROME_LABELS.find((r) => r.cue.test(text))?.meaning;
  it('label an aria label as the extractor reads it, by the table\'s group', () => {
    for (const w of PAGE_CHROME.cookie) expect(label(`Inställningar för ${w}`)).toBe('cookie');
    for (const w of PAGE_CHROME.breadcrumb) expect(label(w[0]!.toUpperCase() + w.slice(1))).toBe('breadcrumb');
    // a word of another group is no cookie or breadcrumb label
    for (const w of [...PAGE_CHROME.menu, ...PAGE_CHROME.home]) expect(label(w)).toBeUndefined();
  });
  it('make a title the change report reads as poor, every group', () => {
    for (const words of Object.values(PAGE_CHROME)) {
      expect(poorTitle(`${words[0]} ${words.at(-1)} kompetensförsörjning`)).toBe(true);
    }
    expect(poorTitle('Hoppa till huvudinnehåll')).toBe(true);
    expect(poorTitle('Statsbidrag för kompetensförsörjning inom vården')).toBe(false);
  });
  it('are every word of the table, and none of them a stop word', () => {
    expect([...PAGE_CHROME_WORDS].sort()).toEqual(Object.values(PAGE_CHROME).flat().sort());
    for (const w of PAGE_CHROME_WORDS) expect(STOP_WORDS.has(w)).toBe(false);
  });
});
