import { describe, expect, it } from 'vitest';
import { closingDays, decisionSumChange, decisionSums, decisionTimeChange, decisionTimes, disposedSumChange, yearlessDays } from '../../specs/diff/closing.js';
import { sameReading } from '../../specs/diff/dates.js';
import { amountForms, statesRecipientReworded } from '../../specs/diff/stated.js';
import { AMOUNT_SCALES, kronorOf } from '../../specs/lexicon.js';
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
    // a month with its year is read with the year as part of its key (closing.ts beslut-manad-med-ar), never as the yearless month
    expect(decisionTimes(sentences('Beslut meddelas i slutet av juni 2021. Redovisning i slutet av augusti.')).map((t) => t.day)).toEqual(['slutet av juni 2021']);
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
    expect(decisionSums(sentences('667 bild- och formkonstnärer delar på drygt 87 miljoner kronor')).map((d) => d.day)).toEqual(['87000000']);
    expect(decisionSums(sentences('Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer')).map((d) => d.day)).toEqual(['58000000']);
    expect(decisionSums(sentences('Föreningar kan söka 25 000 kronor i bidrag till 3 aktiviteter.'))).toEqual([]);
  });
  it('reports another sum as changed', () => {
    const a = 'Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer';
    const b = 'Drygt 65 miljoner kronor i arbetsstipendier till 337 bild- och formkonstnärer';
    expect(decisionSumChange(sentences(a), sentences(b), normalizeForQuote(a), normalizeForQuote(b))).toMatchObject({ kind: 'changed', old: { day: '58000000', sentence: { text: a } }, new: { day: '65000000', sentence: { text: b } } });
    expect(decisionSumChange(sentences(a), sentences(a), normalizeForQuote(a), normalizeForQuote(a))).toBeUndefined();
  });
});

describe('a written sum\'s amount (specs/lexicon.ts kronorOf, the scale words the amount forms share)', () => {
  it('reads one amount however it is scaled, rounded or spaced, exactly', () => {
    expect(kronorOf('drygt 87 miljoner kronor')).toBe('87000000');
    expect(kronorOf('87 000 000 kr')).toBe('87000000');
    expect(kronorOf('1,395 Miljarder kronor')).toBe('1395000000');
    expect(kronorOf('1 miljard kronor')).toBe('1000000000');
    expect(kronorOf('2,5 kronor')).toBe('25/10');
    expect(kronorOf('87 miljoner')).toBeUndefined();
  });
  it('writes the amount in every scale the sum is read in', () => {
    for (const { power, words, units } of AMOUNT_SCALES) {
      for (const w of words) expect(kronorOf(`3 ${w} kronor`)).toBe(String(3 * 10 ** power));
      for (const w of [...words, ...units]) expect(amountForms(3 * 10 ** power)).toContain(`3 ${w}`);
    }
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

// review42: adversarial pairs built from real texts by editing only what a row is about (issue 14)
describe('the text pass on reworded and edited real sentences (review42)', () => {
  const timeChange = (a: string, b: string): ReturnType<typeof decisionTimeChange> => decisionTimeChange(sentences(a), sentences(b), normalizeForQuote(a), normalizeForQuote(b));
  const sumChange = (a: string, b: string): ReturnType<typeof decisionSumChange> => decisionSumChange(sentences(a), sentences(b), normalizeForQuote(a), normalizeForQuote(b));
  it('a decision already taken, of a past round, or a report\'s day is no decision time (dev 1322, 84)', () => {
    // dev 1322: the committee's past decision on the principles, not when this round is decided
    expect(decisionTimes(sentences('Utskottet för vardag och fritid beslutade vid sitt sammanträde i januari att även allmänna bidragsprinciper för sektorn för vardag och fritid ska revideras.'))).toEqual([]);
    // dev 1256 turned into last year's round: a past decision, then this year's
    expect(timeChange('Förra året fattades beslut i slutet av maj.', 'Vi fattar beslut om fördelningen av bidragen i mitten av maj och betalar ut så snabbt det går därefter.')).toMatchObject({ kind: 'added', new: { day: 'mitten av maj' } });
    // dev 84: a slutredovisning's day ("senast den 1 april året efter") after "i beslutet"
    expect(decisionTimes(sentences('En förening som har tagit emot organisations eller etableringsbidrag är skyldig att vid den tidpunkt som angetts i beslutet, eller senast den 1 april året efter bidragsåret, inkomma med en slutredovisning.'))).toEqual([]);
    // dev 601: a month with its year after "månad" is a dated month, not a yearless one
    expect(decisionTimes(sentences('Beslut och fördelning av medel publiceras under februari månad 2022.'))).toEqual([]);
    expect(decisionTimes(sentences('Beslut lämnas av Demensfonden till huvudsökande i juni månad per brev.')).map((d) => d.day)).toEqual(['juni']);
  });
  it('the same decision time reworded is no change (dev 1256, 412)', () => {
    expect(timeChange('Vi fattar beslut om fördelningen av bidragen i mitten av maj och betalar ut så snabbt det går därefter.', 'Beslut om fördelningen av bidragen fattas i mitten av maj.')).toBeUndefined();
    expect(timeChange('Besked till sökande meddelas i slutet av juni.', 'Sökande får besked under slutet av juni.')).toBeUndefined();
  });
  it('a decision sum reworded (kr, kronor, miljoner, a rounding word) is no change; another amount is (q153, dev 26)', () => {
    const a = 'Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer';
    expect(sumChange(a, '58 miljoner kr i arbetsstipendier till 293 bild- och formkonstnärer')).toBeUndefined();
    expect(sumChange(a, 'Totalt 58 000 000 kronor i arbetsstipendier till 293 bild- och formkonstnärer')).toBeUndefined();
    expect(sumChange('Skolverket har beviljat totalt 64 720 500 kronor i statsbidrag till 148 huvudmän.', 'Skolverket har beviljat 64 720 500 kr i statsbidrag till 148 huvudmän.')).toBeUndefined();
    expect(sumChange('Skolverket har beviljat totalt 64 720 500 kronor i statsbidrag till 148 huvudmän.', 'Skolverket har beviljat totalt 64 720 000 kronor i statsbidrag till 148 huvudmän.')).toMatchObject({ kind: 'changed', old: { day: '64720500' }, new: { day: '64720000' } });
    // a decimal million: 1,5 miljoner is 1 500 000, never 15 000 000 or 1 500
    expect(sumChange('I år är det 33 organisationer som delar på 1,5 miljoner kronor.', 'I år är det 33 organisationer som delar på 1 500 000 kronor.')).toBeUndefined();
    expect(sumChange('I år är det 33 organisationer som delar på 1,5 miljoner kronor.', 'I år är det 33 organisationer som delar på 15 miljoner kronor.')).toMatchObject({ kind: 'changed', old: { day: '1500000' }, new: { day: '15000000' } });
  });
  it("a letter's disposed sum is compared with the same anslag's and agency's line only (dev 19, 148)", async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const read = (name: string): string => readFileSync(resolve(import.meta.dirname, '../corpus/dev', name), 'utf8');
    const skv = read('19-esv-regleringsbrev-skatteverket-uo25-2010.txt');
    // the letter cut after anslag 1:1: its next anslag's line is no new amount of 1:1
    const cut = skv.replace(/\n1:1\n[\s\S]*?(?=\n1:2\n)/u, '\n');
    expect(cut).not.toContain('72 749 251');
    expect(disposedSumChange(skv, cut)).toBeUndefined();
    // 1:1's amount changed, the rest alike: that line, in kronor from the table's tkr
    expect(disposedSumChange(skv, skv.replace('Skatteverket72 749 251', 'Skatteverket73 749 251'))).toMatchObject({ kind: 'changed', old: { kronor: 72_749_251_000 }, new: { kronor: 73_749_251_000 } });
    // dev 148: the anslag's first agency's line (0 tkr) left out of the new letter: the second agency's 8 550 tkr is no new sum
    const soc = read('148-esv-regleringsbrev-bidrag-sarskilda-insatser-kommuner-2004.txt');
    expect(disposedSumChange(soc, soc.replace(/Disponeras av Socialstyrelsen0 tkr\n.*\n/u, ''))).toBeUndefined();
    // the unit: a line in kronor ("kr"), or none stated anywhere, gives no amount at all
    const noUnit = skv.replace('(belopp angivna i tkr)', '');
    expect(disposedSumChange(noUnit, noUnit.replace('Skatteverket72 749 251', 'Skatteverket73 749 251'))).toBeUndefined();
    expect(disposedSumChange('Disponeras av Boverket9 940 tkr', 'Disponeras av Boverket9 940 000 kr')).toBeUndefined();
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
    // review42: the same words and a denial added are no rewording, but the change itself
    expect(statesRecipientReworded(normalizeForQuote('Exempel på offentligrättslig juridisk person är universitet och högskolor, regionförbund, kommuner, landsting eller statliga myndigheter, som inte kan söka.'), q, 'kommun')).toBe(false);
    expect(statesRecipientReworded(normalizeForQuote('Exempel på offentligrättslig juridisk person är universitet och högskolor, regionförbund, landsting eller statliga myndigheter men ej kommuner.'), q, 'kommun')).toBe(false);
  });
});
