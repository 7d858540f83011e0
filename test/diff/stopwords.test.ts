import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../specs/stopwords.js';
import { STOP_WORDS as LEXICON_STOP_WORDS } from '../../extract/cues/lexicon.js';
import { contentWords } from '../../specs/diff/lists.js';
import { titleWords, sameGrant } from '../../specs/diff/identity.js';

// One Swedish stop-word list (specs/stopwords.ts) for the list matching and the title comparison of
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
