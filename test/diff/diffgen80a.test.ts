import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { figureChanges, saidTopic } from '../../specs/diff/figures.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { textSentences } from '../../specs/diff/text.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// diffgen80a (issue 14): the change report's fallback for money — a part or the total said as such where the words name it
// (FIGURE_TOPICS figur-del, figur-totalram, figur-kommunens-ram, saidTopic), and the sums of a part or the total compared across
// the whole texts where the sentences did not pair (moneyMoved). Every text is a constructed probe, own sentences written the
// way kommuner, regioner and myndigheter phrase them, never a corpus text. Positives: the change under the field its words
// support, never narrower. Negatives: two years that differ in nothing a compliance officer acts on.

const HEAD = 'Kulturstipendier och bidrag\n\nKulturnämnden delar varje år ut stipendier och bidrag till kulturskapare i kommunen.\n\n';
const changes = (a: string, b: string) => figureChanges(textSentences(HEAD + a), textSentences(HEAD + b));
const fields = (a: string, b: string): string[] => changes(a, b).map((c) => c.field);

/** [id, old, new, field, kind]: a change the fallback must report, under this field */
const MUST: Array<[string, string, string, string, string]> = [
  ['M1 a sum per stipend raised, the sentence rewritten', 'Totalt delas sex stipendier ut om vardera 25 000 kronor.\n', 'Nytt för i år är att beloppet höjs till 40 000 kronor per stipendium.\n', 'funding.parts', 'changed'],
  ['M2 a list of stipends turned into a sentence, one sum changed', 'Stipendierna är:\n• ett kulturstipendium à 20 000 kronor\n• två ungdomsstipendier à 10 000 kronor\n', 'Nämnden delar ut ett kulturstipendium på 30 000 kronor och två ungdomsstipendier om vardera 10 000 kronor.\n', 'funding.parts', 'changed'],
  ['M3 a rate per pupil in a rewritten sentence', 'Bidraget beräknas till 1 200 kronor per elev.\n', 'Huvudmannen får 1 350 kronor per elev och läsår i statsbidrag.\n', 'funding.parts', 'changed'],
  ['M4 the whole sum shared out, said otherwise', 'Totalt fördelas 8 miljoner kronor under året.\n', 'Det finns 9,5 miljoner kronor att fördela i år till föreningar i länet.\n', 'funding.total', 'changed'],
  ['M5 a part earmarked within the whole', 'Av dessa fördelas 2 miljoner kronor i första hand till projekt för unga.\n', 'Av dessa går 3 miljoner kronor i första hand till projekt med unga vuxna.\n', 'funding.parts', 'changed'],
  ['M6 a share of the money for new associations', '10 procent av medlen går till nybildade föreningar.\n', '15 procent av medlen går till nybildade föreningar.\n', 'funding.parts', 'changed'],
  ['M7 a sum per participant written with a slash', 'Aktivitetsbidraget är 8 kr/deltagare och sammankomst.\n', 'Aktivitetsbidraget är 10 kr/deltagare och sammankomst.\n', 'funding.parts', 'changed'],
  ['M8 stipends counted in brackets', 'Kulturstipendium (3 stycken) på 20 000 kronor.\n', 'Kulturstipendium (2 stycken à 30 000 kronor)\n', 'funding.parts', 'changed'],
  ['M9 the kommun\'s own sum from the state', 'Kommunen har i år fått 1,2 miljoner kronor från Skolverket för lovaktiviteter.\n', 'Kommunen har i år fått 1,5 miljoner kronor från Skolverket för lovaktiviteter.\n', 'funding.total', 'changed'],
  ['M10 a cap for each association', 'Varje förening kan få högst 30 000 kronor i bidrag.\n', 'Varje förening kan få högst 45 000 kronor i bidrag under året.\n', 'funding.parts', 'changed'],
  ['M11 the total stated only in the new text', 'Föreningar i kommunen kan söka bidraget.\n', 'Föreningar i kommunen kan söka bidraget.\nTotalt fördelas 3 miljoner kronor under året.\n', 'funding.total', 'added'],
  ['M12 a sum per stipend stated only in the new text', 'Kulturskapare i kommunen kan söka stipendiet.\n', 'Kulturskapare i kommunen kan söka stipendiet.\nTotalt delas fyra arbetsstipendier ut om vardera 50 000 kronor.\n', 'funding.parts', 'added'],
  ['M13 a share of the costs stays the funding\'s (no part, no total)', 'Stödet täcker högst 50 procent av kostnaderna.\n', 'Stödet täcker högst 60 procent av kostnaderna.\n', 'funding', 'changed'],
  ['M14 a sum set aside for the grant stays the funding\'s', 'För bidraget har regionen avsatt 4 miljoner kronor för året.\n', 'För bidraget har regionen avsatt 5 miljoner kronor för året.\n', 'funding', 'changed'],
  ['M15 a payment\'s months moved', 'Beviljade stipendier betalas ut i maj och december.\n', 'Beviljade stipendier betalas ut i juni och december.\n', 'payment', 'changed'],
  ['M16 a payment\'s quarter moved', 'Godkända bidrag betalas ut till föreningens bankgiro under första kvartalet.\n', 'Godkända bidrag betalas ut till föreningens bankgiro under andra kvartalet.\n', 'payment', 'changed'],
];

/** [id, old, new, field, kind]: a change of a month without its day, under its field (MONTH_ONLY) */
const MONTHS_MOVED: Array<[string, string, string, string]> = [
  ['MM1 the month to apply by', 'Ansökan ska ha kommit in till kommunen senast i mars.\n', 'Ansökan ska ha kommit in till kommunen senast i april.\n', 'requisition.closes'],
  ['MM2 the month the report is due', 'Bidraget ska redovisas till nämnden under februari året efter.\n', 'Bidraget ska redovisas till nämnden under mars året efter.\n', 'reporting'],
];

/** [id, old, new]: no change of the grant's money, nothing may be reported */
const NOT_A_CHANGE: Array<[string, string, string]> = [
  ['N1 the list of stipends reordered', 'Stipendierna är:\n• ett kulturstipendium à 20 000 kronor\n• två ungdomsstipendier à 10 000 kronor\n', 'Stipendierna är:\n• två ungdomsstipendier à 10 000 kronor\n• ett kulturstipendium à 20 000 kronor\n'],
  ['N2 the same sum per stipend in other words', 'Totalt delas sex stipendier ut om vardera 25 000 kronor.\n', 'Sex kulturskapare får i år ett stipendium på 25 000 kronor per stipendium.\n'],
  ['N3 the same total in other words', 'Totalt fördelas 8 miljoner kronor under året.\n', 'Det finns 8 miljoner kronor att fördela till föreningar i länet.\n'],
  ['N4 last year\'s outcome', 'Förra året fördelades 5 miljoner kronor till 40 föreningar.\n', 'Förra året fördelades 6 miljoner kronor till 52 föreningar.\n'],
  ['N5 a ticket price', 'Biljetterna till festivalen kostar 100 kronor per person.\n', 'Biljetterna till festivalen kostar 120 kronor per person.\n'],
  ['N6 a membership fee', 'Medlemsavgiften är 200 kronor per medlem och år.\n', 'Medlemsavgiften är 250 kronor per medlem och år.\n'],
  ['N7 what was granted in a past year', 'Under 2024 beviljades 85 föreningar totalt 4 miljoner kronor.\n', 'Under 2025 beviljades 90 föreningar totalt 4,5 miljoner kronor.\n'],
  ['N8 a worked example', 'Exempel: en förening med 40 deltagare får 40 gånger 150 kronor per deltagare, alltså 6 000 kronor.\n', 'Exempel: en förening med 30 deltagare får 30 gånger 150 kronor per deltagare, alltså 4 500 kronor.\n'],
  ['N9 another grant\'s news item', 'Läs mer om investeringsbidraget, där 500 000 kronor fördelas per år.\n', 'Läs mer om investeringsbidraget, där 750 000 kronor fördelas per år.\n'],
  ['N10 a page date and a phone number', 'Publicerad 2025-03-01\nFrågor besvaras på telefon 0480-12 34 56.\n', 'Publicerad 2026-02-14\nFrågor besvaras på telefon 0480-65 43 21.\n'],
  ['N11 a diarienummer', 'Beslut om fördelning, dnr KN 2025/114.\n', 'Beslut om fördelning, dnr KN 2026/87.\n'],
  ['N12 the sums applied for', 'Sammanlagt sökte föreningarna 4 miljoner kronor.\n', 'Sammanlagt sökte föreningarna 6 miljoner kronor.\n'],
  ['N13 statistics of the participants', 'Av deltagarna i aktiviteterna var 55 procent flickor.\n', 'Av deltagarna i aktiviteterna var 48 procent flickor.\n'],
  ['N14 the sum per participant moved into a table row', 'Bidraget är 150 kronor per deltagare.\nAnsökan görs i e-tjänsten.\n', 'Ansökan görs i e-tjänsten.\nBidraget per deltagare är 150 kronor per deltagare och sammankomst.\n'],
  ['N16 the payment months written in another order', 'Beviljade stipendier betalas ut i maj och december.\n', 'Beviljade stipendier betalas ut i december och maj.\n'],
  ['N17 the payment month with and without its year', 'Godkända bidrag betalas ut i juni 2025.\n', 'Godkända bidrag betalas ut i juni 2026.\n'],
  ['N18 a threshold for a budget to attach', 'Om det totala bidragsbeloppet är 100 000 kronor eller mer ska en budget bifogas.\n', 'Om det totala bidragsbeloppet är 150 000 kronor eller mer ska en budget bifogas.\n'],
  ['N15 the agency\'s own administration budget', 'Myndighetens förvaltningsanslag uppgår till 45 miljoner kronor.\n', 'Myndighetens förvaltningsanslag uppgår till 48 miljoner kronor.\n'],
];

describe('diffgen80a: a money change said under the field its words support', () => {
  it.each(MUST)('%s', (_id, a, b, field, kind) => {
    const c = changes(a, b);
    expect(c.map((x) => `${x.field} ${x.kind}`)).toContain(`${field} ${kind}`);
    // never narrower: no other money field beside it
    expect(c.filter((x) => x.field.startsWith('funding') && x.field !== field)).toEqual([]);
  });
});

describe('diffgen80a: a month named without its day is a figure (MONTH_ONLY)', () => {
  it.each(MONTHS_MOVED)('%s', (_id, a, b, field) => {
    expect(fields(a, b)).toEqual([field]);
  });
  it('an information meeting\'s month, a news item\'s month report nothing', () => {
    expect(fields('Ett informationsmöte om bidraget hålls i mars.\n', 'Ett informationsmöte om bidraget hålls i april.\n')).toEqual([]);
    expect(fields('Läs mer om investeringsbidraget som öppnar i mars.\n', 'Läs mer om investeringsbidraget som öppnar i april.\n')).toEqual([]);
  });
});

describe('diffgen80a: no money change where the grant did not change', () => {
  it.each(NOT_A_CHANGE)('%s', (_id, a, b) => {
    expect(fields(a, b).filter((f) => f.startsWith('funding'))).toEqual([]);
  });
  it('a sum reserved for something else is no total; an hour\'s hire, travel per mil are no part', () => {
    expect(fields('Reseersättning betalas med 25 kronor per mil.\n', 'Reseersättning betalas med 30 kronor per mil.\n')).not.toContain('funding.parts');
    expect(fields('Totalt har 10 miljoner kronor reserverats för kollektivtrafiken.\n', 'Totalt har 12 miljoner kronor reserverats för kollektivtrafiken.\n')).not.toContain('funding.total');
    expect(fields('Hyran för stora salen är 450 kronor per timme.\n', 'Hyran för stora salen är 500 kronor per timme.\n')).not.toContain('funding.parts');
  });
  it('a total in euro is said as the funding\'s (its value is no sum in kronor)', () => {
    expect(fields('Totalt fördelas 30 000 euro under året.\n', 'Totalt fördelas 40 000 euro under året.\n')).toEqual(['funding']);
  });
});

describe('diffgen80a: the topic said (saidTopic)', () => {
  const money = new Set(['amount', 'share'] as const);
  it('a part, the total, or the funding\'s', () => {
    expect(saidTopic('Två stipendier à 30 000 kronor går till unga utövare.', money)).toBe('funding.parts');
    expect(saidTopic('Det finns 39 250 000 kronor att fördela för 2026.', money)).toBe('funding.total');
    expect(saidTopic('Regionens totala stipendiebelopp är 200 000 kronor.', money)).toBe('funding.total');
    // a total and a part in one sentence: their common parent
    expect(saidTopic('Totalt fördelas 10 miljoner kronor, varav 2 miljoner kronor till projekt för unga.', money)).toBe('funding');
    expect(saidTopic('Kommunen har avsatt 500 000 kronor till bidraget.', money)).toBe('funding');
  });
});

describe('diffgen80a: end to end in the change report', () => {
  const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
  const report = (a: string, b: string): string[] => {
    const r = diffSpecs(spec(HEAD + a), spec(HEAD + b), { oldText: HEAD + a, newText: HEAD + b });
    return r.changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c, r.from === r.to)}`);
  };
  it('a sum per stipend changed in a rewritten sentence is the parts\' change, both sentences quoted', () => {
    const out = report('Totalt delas sex stipendier ut om vardera 25 000 kronor.\n', 'Nytt för i år är att beloppet höjs till 40 000 kronor per stipendium.\n');
    expect(out.filter((l) => l.startsWith('funding'))).toHaveLength(1);
    expect(out.join('\n')).toMatch(/^funding\.parts \| changed \| .*25 000 kronor.*→.*40 000 kronor/mu);
  });
  it('the same sums reordered report no money', () => {
    const out = report('Stipendierna är:\n• ett kulturstipendium à 20 000 kronor\n• två ungdomsstipendier à 10 000 kronor\n', 'Stipendierna är:\n• två ungdomsstipendier à 10 000 kronor\n• ett kulturstipendium à 20 000 kronor\n');
    expect(out.filter((l) => l.startsWith('funding'))).toEqual([]);
  });
});
