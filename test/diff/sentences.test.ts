import { describe, expect, it } from 'vitest';
import { sentenceTexts } from '../../specs/sentences.js';
import { sentenceTexts as extractorSentenceTexts } from '../../extract/parse/sentences.js';
import { stillStated } from '../../specs/diff/stated.js';
import { normalizeForQuote } from '../../specs/quote.js';

// The splitter the extractor and the change report share (specs/sentences.ts): the change report
// reads texts normalised for quotes, lower-cased, so it splits before a small letter too.
describe('the shared sentence splitter', () => {
  it('is the one the extractor uses', () => {
    expect(extractorSentenceTexts).toBe(sentenceTexts);
  });
  it('keeps abbreviations and ordinals inside a sentence', () => {
    expect(sentenceTexts('Medlen får användas till t.ex. kommuner. Se 7 kap. 4 § och 1. stärka arbetet.')).toEqual(['Medlen får användas till t.ex. kommuner.', 'Se 7 kap. 4 § och 1. stärka arbetet.']);
  });
  it('ends a sentence at an abbreviation that closes a list, before a capital letter only', () => {
    // "m.m." last in a list of uses, then the next rule: two sentences (a use and an exclusion), not one
    expect(sentenceTexts('Det går att söka bidrag för utflykter, dagkollo, livsmedel m.m. Det går inte att söka bidrag för utlandsresor.'))
      .toEqual(['Det går att söka bidrag för utflykter, dagkollo, livsmedel m.m.', 'Det går inte att söka bidrag för utlandsresor.']);
    expect(sentenceTexts('Kulturföreningar, idrottsföreningar osv. Alla kan söka.')).toEqual(['Kulturföreningar, idrottsföreningar osv.', 'Alla kan söka.']);
    // counter-examples: a small letter after it, an abbreviation that never closes a list, a lower-cased text
    expect(sentenceTexts('Kostnader för material m.m. kan ersättas.')).toHaveLength(1);
    expect(sentenceTexts('Bidraget kan sökas av t.ex. Region Skåne.')).toHaveLength(1);
    expect(sentenceTexts(normalizeForQuote('Utflykter m.m. Det går inte att söka.'), { anyCase: true })).toHaveLength(1);
  });
  it('splits a lower-cased text only when asked', () => {
    const text = normalizeForQuote('Medlen ska användas t.o.m. den 31 december 2025. Rekvisitionen ska göras bl.a. av kommuner.');
    expect(sentenceTexts(text)).toHaveLength(1);
    expect(sentenceTexts(text, { anyCase: true })).toEqual(['medlen ska användas t.o.m. den 31 december 2025.', 'rekvisitionen ska göras bl.a. av kommuner.']);
  });
  it('reads a recipient noun only in a sentence about the grant', () => {
    // "kommuner" stands in the second sentence, which says nothing about the money
    const text = normalizeForQuote('Bidraget kan sökas av ideella föreningar. Kontakta oss t.ex. om kommuner vill samverka.');
    expect(stillStated(text, 'recipients.types', 'kommun', 0)).toBe(false);
    expect(stillStated(normalizeForQuote('Bidraget kan sökas av bl.a. kommuner och regioner.'), 'recipients.types', 'kommun', 0)).toBe(true);
  });
});
