import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KRONOR_OR_SCALED_SUM, KRONOR_SUM } from '../../extract/cues/lexicon.js';
import { findAmounts } from '../../extract/parse/amounts.js';
import { sentenceTexts } from '../../specs/sentences.js';
import { specOf } from './probe.js';

// Branch h/money87 (stop 65): funding.total read in every unit the lexicon knows. The funding rows read a sum by one lexicon
// entry (extract/cues/lexicon.ts KRONOR_SUM: the krona's words and code, "SEK" before or after the figure, and the scales'
// one-word krona "mnkr", "Mkr", "tkr", "MSEK"); the second-sum guard is one constant (SECOND_SUM_AFTER); the dev wrongs of
// stop 64 (2498, 2499, 2501). Texts marked PROBE are constructed, each the shape of a real text named beside it.

type Spec = { year?: number; funding?: { total?: number }; recipients?: { types?: string[] } };
const spec = (text: string) => specOf<Spec>(text);
const page = (sentence: string): string => `# Medel till kulturarvsinsatser\n\nHär beskrivs beslutet.\n\n${sentence}\n\nMedlen betalas ut av Kammarkollegiet.\n`;
const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('KRONOR_SUM: a sum in every unit of the lexicon', () => {
  const sum = whole(KRONOR_SUM);
  it.each(['275 000 kronor', '275 000 kr', '275 000 SEK', 'SEK 275 000', '1,5 miljoner kronor', '2 miljarder kronor', '3 000 tkr', '12 MSEK', '5 Mkr', '35 mnkr', '500 tusen kronor', 'SEK 5 miljoner', '250 000 svenska kronor'])('reads "%s"', (t) => {
    expect(sum.test(t)).toBe(true);
  });
  it.each(['2024', '5 miljoner', '5 miljoner euro', '5 krabbor', 'SEK'])('never "%s" (no krona)', (t) => {
    expect(sum.test(t)).toBe(false);
  });
  it('KRONOR_OR_SCALED_SUM also reads a scale word alone, as the amount parser does ("350 miljoner")', () => {
    expect(whole(KRONOR_OR_SCALED_SUM).test('350 miljoner')).toBe(true);
    expect(whole(KRONOR_OR_SCALED_SUM).test('350 personer')).toBe(false);
  });
});

describe('amounts converted exactly', () => {
  it.each([['12 MSEK', 12_000_000], ['3 000 tkr', 3_000_000], ['2,5 mnkr', 2_500_000], ['155 tkr', 155_000], ['1,25 miljarder kronor', 1_250_000_000], ['SEK 275 000', 275_000], ['7,5 Mkr', 7_500_000]] as const)('"%s" is %d', (t, v) => {
    const hits = findAmounts(`Budgeten är ${t} totalt.`);
    expect(hits.map((h) => h.value)).toEqual([v]);
  });
});

describe('a sentence ends after a figure written with its code first', () => {
  it('splits "… ett riktmärke är SEK 1 000 000. Totalt avsätter …" (value-perturbation amount-sek, dev 1043)', () => {
    expect(sentenceTexts('Ett riktmärke är SEK 1 000 000. Totalt avsätter Forte 20 miljoner SEK för utlysningen.')).toHaveLength(2);
  });
  it('keeps an ordinal after a small number: "7 kap. 4 § gäller", "enligt punkt 1. Stärka"', () => {
    expect(sentenceTexts('Enligt 7 kap. 4 § gäller detta.')).toHaveLength(1);
    expect(sentenceTexts('Bidrag ges för 1. Stärkt beredskap.')).toHaveLength(1);
  });
});

describe('funding rows read SEK and the scaled krona', () => {
  // PROBE: dev 2436 "Regeringen beviljade Stiftelsen Judiska museet 275 000 kronor …" with the code as an international copy writes it
  it('takes 275 000 from "Regeringen beviljade Stiftelsen Judiska museet SEK 275 000 för …"', async () => {
    expect((await spec(page('Regeringen beviljade Stiftelsen Judiska museet SEK 275 000 för kunskapshöjande insatser under 2025.'))).funding?.total).toBe(275_000);
  });
  it('takes 275 000 from "… 275 000 SEK för …", and never beside a second sum in mnkr', async () => {
    expect((await spec(page('Regeringen beviljade Stiftelsen Judiska museet 275 000 SEK för kunskapshöjande insatser under 2025.'))).funding?.total).toBe(275_000);
    // the second-sum guard reads the lexicon's units: one of two recipients' sums is no total
    expect((await spec(page('Regeringen beviljade Stiftelsen Judiska museet 275 000 SEK och Judiska Centralrådet 0,5 mnkr för insatser under 2025.'))).funding?.total).toBeUndefined();
  });
  // PROBE: dev 1043 "Totalt avsätter Forte 20 miljoner kronor för utlysningen." after a guide sum written "SEK 1 000 000"
  it('takes 20 000 000 from "… ett riktmärke är SEK 1 000 000. Totalt avsätter Forte 20 miljoner SEK för utlysningen."', async () => {
    expect((await spec(page('Det finns inget maxbelopp, men ett riktmärke är SEK 1 000 000. Totalt avsätter Forte 20 miljoner SEK för utlysningen.'))).funding?.total).toBe(20_000_000);
  });
  // PROBE: dev 659 "utlysa 136 miljoner kronor i bredbandsstöd och använda 14 miljoner kronor till att administrera stödet"
  it('a second sum for the body\'s own administration is no second share', async () => {
    expect((await spec(page('Under 2020 kommer PTS att utlysa 136 miljoner kronor i bredbandsstöd och använda 14 miljoner kronor till att administrera stödet.'))).funding?.total).toBe(136_000_000);
  });
});

describe('the dev wrongs of stop 64', () => {
  const dev = (name: string) => readFileSync(new URL(`../corpus/dev/${name}`, import.meta.url), 'utf8');
  // dev 2499: "Regeringen har avsatt sammanlagt 36 miljoner kronor för år 2010 till Länsstyrelserna för att … i respektive län" is
  // the national sum split among the distributors (SPLIT_AMONG_DISTRIBUTORS_AFTER), not the county's call
  it('dev 2499: the national 36 000 000 split among the länsstyrelser is no total', async () => {
    expect((await spec(dev('2499-lansstyrelsen-vastra-gotaland-utvecklingsmedel-hedersvald-2010.txt'))).funding?.total).not.toBe(36_000_000);
  });
  // PROBE: the länsstyrelser's own work, no split per län, keeps its total
  it('a sum set aside for the länsstyrelser\'s own work keeps its total', async () => {
    expect((await spec(page('Regeringen har avsatt 36 miljoner kronor till länsstyrelsernas arbete mot hedersrelaterat våld under 2010.'))).funding?.total).toBe(36_000_000);
  });
  // the call's own share ("varav 2 miljoner avsätts till utvecklingsmedel" of the county's 3,6 miljoner) is read by no row: a share
  // after "varav" is this call's total only when the text says this call gives it out, and the text names the call only in its
  // heading ("Inbjudan att ansöka om medel …"), which no row ties to the share yet
  it.fails('dev 2499: takes the call\'s share 2 000 000 ("varav 2 miljoner avsätts till utvecklingsmedel")', async () => {
    expect((await spec(dev('2499-lansstyrelsen-vastra-gotaland-utvecklingsmedel-hedersvald-2010.txt'))).funding?.total).toBe(2_000_000);
  });
  // dev 2501: "Regeringen har avsatt 25 miljoner kronor per år 2016-2019 …"; "Hälften av medlen kommer att utlysas av
  // Energimyndigheten" and "Övriga medel (12,5 miljoner kronor per år) är avsatta för länsstyrelsernas arbete": the whole is
  // split between two funders in other sentences, and the yearly row reads each sentence alone. A guard needs the document's
  // shares of the whole ("Hälften av medlen", "Övriga medel") tied to the candidate, in fields/funding.ts (left open)
  it.fails('dev 2501: the anslag half of which another funder gives out is no total', async () => {
    expect((await spec(dev('2501-skl-energimyndigheten-energi-klimatomstallning-2016.txt'))).funding?.total).toBeUndefined();
  });
  // dev 2498: "Medel kan sökas av civilsamhällesorganisationer, kommuner och Region Uppsalas verksamheter." names the region by a
  // genitive of its proper name; the recipient rows read the nouns of RECIPIENT_NOUNS only (a recipients change, left open here)
  it.fails('dev 2498: "Region Uppsalas verksamheter" is the region among the recipients', async () => {
    expect((await spec(dev('2498-lansstyrelsen-uppsala-bidrag-valdsforebyggande-arbete.txt'))).recipients?.types).toContain('region');
  });
});
