import { describe, expect, it } from 'vitest';
import { closingDays, decisionSumChange, decisionSums, decisionTimeChange, decisionTimes, disposedSumChange, yearlessDays } from '../../specs/diff/closing.js';
import { sameReading } from '../../specs/diff/dates.js';
import { statesRecipientReworded } from '../../specs/diff/stated.js';
import { textSentences } from '../../specs/diff/text.js';
import { normalizeForQuote } from '../../specs/quote.js';
import { statedRanges } from '../../extract/parse/dates.js';

// Batch 20 of the diff pairs (issue 14, helper diff21): what the change report compares from the two texts where the
// contract holds only exact, dated values — the decision's time in words, a decision's rounded sum, a yearless window
// of days — and the wording-only differences that are no change.
const sentences = (t: string): ReturnType<typeof textSentences> => textSentences(t);

describe('the decision time in words', () => {
  it('reads the part of the month and the month, or a yearless day after "senast", from a decision sentence', () => {
    expect(decisionTimes(sentences('Beslut meddelas i slutet av juni.')).map((d) => d.day)).toEqual(['slutet av juni']);
    expect(decisionTimes(sentences('Ansökan i augusti och besked i september.')).map((d) => d.day)).toEqual(['september']);
    expect(decisionTimes(sentences('Beslut om fördelning av bidraget beräknas fattas under senare delen av september.')).map((d) => d.day)).toEqual(['senare delen av september']);
    expect(decisionTimes(sentences('Ni får ett svar om ansökan godkänns eller avslås senast 30 april.')).map((d) => d.day)).toEqual(['30 april']);
    // a year makes it a dated event (the extractor's); a report's or a payment's time is no decision
    expect(decisionTimes(sentences('Beslut meddelas i slutet av juni 2021. Redovisning i slutet av augusti.'))).toEqual([]);
  });
  it('reports another time as changed, the same time as nothing', () => {
    const change = (a: string, b: string): ReturnType<typeof decisionTimeChange> => decisionTimeChange(sentences(a), sentences(b), normalizeForQuote(a), normalizeForQuote(b));
    expect(change('Beslut fattas i slutet av augusti.', 'Besked i september.')).toMatchObject({ kind: 'changed', old: { day: 'slutet av augusti' }, new: { day: 'september' } });
    expect(change('Ansök nu.', 'Beslut meddelas i slutet av juni.')).toMatchObject({ kind: 'added' });
    expect(change('Beslut meddelas i slutet av juni.', 'Vi meddelar beslut i slutet av juni.')).toBeUndefined();
  });
});

describe('a decision sum written rounded', () => {
  it('reads the sum of "N mottagare delar på" and "⟨sum⟩ i bidrag till N mottagare"', () => {
    expect(decisionSums(sentences('667 bild- och formkonstnärer delar på drygt 87 miljoner kronor')).map((d) => d.day)).toEqual(['drygt 87 miljoner kronor']);
    expect(decisionSums(sentences('Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer')).map((d) => d.day)).toEqual(['drygt 58 miljoner kronor']);
    expect(decisionSums(sentences('Föreningar kan söka 25 000 kronor i bidrag till 3 aktiviteter.'))).toEqual([]);
  });
  it('reports another sum as changed', () => {
    const a = 'Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer';
    const b = 'Drygt 65 miljoner kronor i arbetsstipendier till 337 bild- och formkonstnärer';
    expect(decisionSumChange(sentences(a), sentences(b), normalizeForQuote(a), normalizeForQuote(b))).toMatchObject({ kind: 'changed', old: { day: 'drygt 58 miljoner kronor' }, new: { day: 'drygt 65 miljoner kronor' } });
    expect(decisionSumChange(sentences(a), sentences(a), normalizeForQuote(a), normalizeForQuote(a))).toBeUndefined();
  });
});

describe("a regleringsbrev's disposed sum", () => {
  it('compares the first "Disponeras av" line that is not the government\'s', () => {
    const a = 'Tilldelade anslag\nDisponeras av regeringen50 000 tkr\nDisponeras av Kammarkollegiet398 240 tkr\n30:1 ap.1Bidrag (Ram)31 140 tkr';
    const b = 'Tilldelade anslag\nDisponeras av Kammarkollegiet435 740 tkr\n30:1 ap.1Bidrag (Ram)20 240 tkr';
    expect(disposedSumChange(a, b)).toMatchObject({ kind: 'changed', old: { kronor: 398_240_000, sentence: { line: 3 } }, new: { kronor: 435_740_000, sentence: { line: 2 } } });
    expect(disposedSumChange(b, b)).toBeUndefined();
    // a letter cut before the line: no change claimed
    expect(disposedSumChange(a, 'Tilldelade anslag')).toBeUndefined();
    // the unit from the letter's table; none stated, no amount
    expect(disposedSumChange('Tilldelade anslag/anslagsposter (belopp angivna i tkr)\nDisponeras av Boverket32 326', 'Tilldelade anslag/anslagsposter (belopp angivna i tkr)\nDisponeras av Boverket102 164')).toMatchObject({ old: { kronor: 32_326_000 }, new: { kronor: 102_164_000 } });
    expect(disposedSumChange('Disponeras av Boverket32 326', 'Disponeras av Boverket102 164')).toBeUndefined();
  });
});

describe('a yearless window of days', () => {
  it('gives the last day to the closing day and the first to the opening day, the month shared', () => {
    const t = 'Kulturrådet kommer sedan att ta emot ansökningarna 5-19 augusti och ha en förenklad bidragsprocess.';
    expect(closingDays(sentences(t)).map((d) => d.day)).toEqual(['19 augusti']);
    expect(yearlessDays('requisition.opens', sentences(t)).map((d) => d.day)).toEqual(['5 augusti']);
    expect(closingDays(sentences('Deadline för ansökan 19 augusti')).map((d) => d.day)).toEqual(['19 augusti']);
  });
  it('with its year too ("5 - 19 augusti 2019"), which the extractor leaves a single day: by day and month, never a date', () => {
    const t = 'Bidraget går att söka under perioden 5 - 19 augusti 2019.';
    expect(statedRanges(t)).toEqual([]);
    expect(closingDays(sentences(t)).map((d) => d.day)).toEqual(['19 augusti']);
    expect(yearlessDays('requisition.opens', sentences(t)).map((d) => d.day)).toEqual(['5 augusti']);
  });
});

describe('wording only', () => {
  it('a channel in its definite form is the same channel', () => {
    expect(sameReading('requisition.channel', 'e-tjänsten', 'e-tjänst', 0)).toBe(true);
    expect(sameReading('requisition.channel', 'e-tjänst', 'e-post', 0)).toBe(false);
    expect(sameReading('title', 'Bidraget', 'Bidrag', 0)).toBe(false);
  });
  it('a recipient\'s own sentence reworded by a word still names the type', () => {
    const q = 'Exempel på offentligrättslig juridisk person är universitet och högskolor, regionförbund, kommuner, landsting eller statliga myndigheter.';
    const t = normalizeForQuote('Exempel på en offentligrättslig juridisk person är universitet och högskolor, regionförbund, kommuner, landsting eller statliga myndigheter.');
    expect(statesRecipientReworded(t, q, 'kommun')).toBe(true);
    expect(statesRecipientReworded(normalizeForQuote('Exempel på en privaträttslig juridisk person är ett aktiebolag.'), q, 'kommun')).toBe(false);
  });
});
