import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { findDatedEvents } from '../../extract/fields/dates.js';
import { findFunding } from '../../extract/fields/funding.js';
import { partRecipient, partRecipientFrom } from '../../extract/cues/funding.js';
import { afterWindow, beforeWindow, WINDOW } from '../../extract/cues/types.js';
import { findConditions, findEvidenceDocuments, findExcludedUses, findPermittedUses } from '../../extract/fields/lists.js';
import { findContacts, findLegalBasis, findLinks } from '../../extract/fields/references.js';
import { findRecipients } from '../../extract/fields/recipients.js';
import { findPayment, findRequisition, findUsagePeriod } from '../../extract/fields/requisition.js';
import { findRepayment, findReporting } from '../../extract/fields/reporting.js';
import { findFormMeta, findQuestions, looksLikeForm } from '../../extract/fields/reporting-form.js';
import { findAgency, findPurpose, findTitle } from '../../extract/fields/title.js';
import { readText } from '../../extract/read/text.js';
import { statesRecipient } from '../../specs/diff/stated.js';
import { NOISE_SENTENCES, RULE_SENTENCES, rowHolds } from '../../specs/diff/rules.js';
import { textChanges } from '../../specs/diff/text.js';
import { AWARD_SENTENCES } from '../../specs/diff/awards.js';
import { sentenceTexts } from '../../specs/sentences.js';
import type { Doc } from '../../extract/tree/types.js';

// Every finder runs in linear time on hostile text: 1–2 MB of spaces, digits and repeated
// "den 1 " (with the words that start the cue patterns around them). A super-linear pattern takes
// minutes on these; the bound is generous so that only such a pattern can fail it.

const MB = 1 << 20;
const LEADER_LINES = Array.from({ length: 2000 }, (_, i) => `Avsnitt ${i} ${'.'.repeat(200)} ${i + 1}`).join('\n');
const hostile: ReadonlyArray<readonly [string, string]> = [
  ['spaces', `Statsbidrag senast${' '.repeat(1.5 * MB)}x fördelas om till de som${' '.repeat(MB / 2)}.`],
  ['digits', `Summa ${'1'.repeat(1.5 * MB)} kronor att fördela`],
  ['"den 1 "', `Ansökan öppnar ${'den 1 '.repeat(MB / 6)}maj`],
  ['spaced words', `Totalt ${'senast den '.repeat(MB / 11)}fördela`],
  // digit groups with no currency after them (a foreign amount's figure is tried from every group)
  ['digit groups', `Summa 1${' 000'.repeat(MB / 16)} att fördela`],
  // one sentence of many amounts: a cue read on the whole sentence, or on all of it before each
  // amount, once per amount is quadratic (32 kB took 3.6 s, 64 kB 12.8 s)
  ['"– 5 kr " amounts', `Statsbidrag ${'– 5 kr '.repeat(MB / 7)}.`],
  // many words before one date that a later phrase extends (128 kB took 1.1 s, 256 kB 4.0 s)
  ['"ansökan " before "förlängs till"', `Statsbidrag ${'ansökan '.repeat(MB / 8)}den 1 mars 2026 förlängs till den 2 april 2026.`],
  // one date alone runs the rows read before a single date (a range does not)
  ['"ansökan " before one date', `Statsbidrag ${'ansökan '.repeat(MB / 8)}den 1 mars 2026.`],
  ['"ska " after "För att ta del av medlen"', `För att ta del av medlen ${'ska '.repeat(MB / 4)}inkomma med en plan.`],
  // a hyphen chain of compounds before "kan sökas exempelvis för": a row that read a compound from
  // every hyphen was quadratic (56 kB took 0.75 s, 112 kB 3.0 s)
  // "kvarvarande medel" / "fördelas om" repeated on short lines of one sentence: two redistribution
  // rows scanned from each to the sentence's end (10 000 lines took 2.7 s, 20 000 9.5 s)
  ['"kvarvarande medel" lines before "fördelas om"', `Statsbidrag fördelas om i maj, ${'kvarvarande medel\n'.repeat(MB / 18)}efter den 30 april 2026 betalas.`],
  ['"fördelas om" lines before "de som"', `Medel som inte rekvirerats senast den 16 mars 2026 fördelas om ${'fördelas om\n'.repeat(MB / 12)}de som till.`],
  ['a hyphen chain before "kan sökas exempelvis för"', `Statsbidrag ${'bidrag-'.repeat(MB / 7)}x och kan sökas exempelvis för kurser.`],
  // one sentence of amounts whose rows' words stand before every amount: each row ran over the whole
  // part before each amount (400 kB took 134 s in funding); a quarter MB is plenty to show it
  ['"anslaget ökar från 1 kronor 2016 till 2 kronor 2017, "', `Statsbidrag ${'anslaget ökar från 1 kronor 2016 till 2 kronor 2017, '.repeat(MB / 4 / 53)}.`],
  // the recipient named after each amount was looked for to the sentence's end (200 kB took 1.1 s, growing 2.6× per doubling)
  ['"fördelas 5 kr till kommunerna och "', `Statsbidrag ${'fördelas 5 kr till kommunerna och '.repeat(MB / 4 / 34)}.`],
  // the opening and closing words before each date were searched in all of the text before it (40 kB took 4.4 s)
  ['"ansökan öppnar den 1 mars 2026 och stänger den 2 april 2026, "', `Statsbidrag ${'ansökan öppnar den 1 mars 2026 och stänger den 2 april 2026, '.repeat(MB / 4 / 62)}.`],
  // a run of dots: the sentence boundary was tried again from every dot of the run, each try reading
  // the rest of it (20 000 dots took 3.1 s in the change report's recipient check)
  ['a run of dots before "x kommuner"', `bidrag ${'.'.repeat(MB / 4)}x kommuner`],
  // spaces before a composed uses lead: COMPOSED_NOT looked back over every space before each position for the line's start
  // (review78e: 32 kB took 1.1 s, growing 4× per doubling)
  ['spaces before a composed uses lead', `${' '.repeat(MB / 4)}Bidraget kan användas till:\n- lokalhyra`],
  // a table of contents: lines of leader dots before a page number
  ['2000 lines of 200 leader dots', LEADER_LINES],
  // a heading that asks who may apply, its "kan" repeated: a heading row with two unbounded gaps tried
  // every "kan" against the rest of the line (48 000 characters took 1.7 s, growing 4× per doubling)
  ['a heading "Vilka " and "kan " repeated', `## Vilka ${'kan '.repeat(MB / 4 / 4)}\n\nKommuner kan söka.`],
  // dates and ranges in figures only, each after its lead: every figure reads the words before and
  // after it, and a chain of dashed figures tries a range from every dash
  ['"senast 1.2.2020 " figure dates', `Statsbidrag ${'senast 1.2.2020 '.repeat(MB / 4 / 16)}.`],
  ['"perioden 1.2-3.4 2020 " figure ranges', `Statsbidrag ${'perioden 1.2-3.4 2020 '.repeat(MB / 4 / 22)}.`],
  ['a chain of "1.2-" figures', `Ansökan ${'1.2-'.repeat(MB / 4)}2024 senast`],
  // acts titled before their number, and diary numbers run into an address in capitals: each number
  // reads a bounded part before it
  ['"förordningen om statsbidrag till x (2005:1089) " acts', `${'förordningen om statsbidrag till x (2005:1089) '.repeat(MB / 4 / 48)}`],
  // a denial repeated through one sentence under a recipients heading: each denial's clause was found by
  // reading the text before and after it again (58 kB took 8.2 s, 116 kB 28 s)
  ['"och föreningar kan inte söka " denials', `## Vem kan söka?\n\nKommuner kan söka ${'och föreningar kan inte söka '.repeat(MB / 4 / 29)}.`],
  ['"STOCKHOLMN2004/575/ITFoU " diary numbers', `${'STOCKHOLMN2004/575/ITFoU '.repeat(MB / 4 / 25)}`],
];

const finders: ReadonlyArray<readonly [string, (d: Doc) => unknown]> = [
  ['title', (d) => findTitle(d)], ['agency', findAgency], ['purpose', findPurpose], ['recipients', findRecipients],
  ['funding', findFunding], ['requisition', findRequisition], ['payment', findPayment], ['usage period', findUsagePeriod],
  ['permitted uses', findPermittedUses], ['excluded uses', findExcludedUses], ['underlag', findEvidenceDocuments],
  ['conditions', (d) => findConditions(d, new Set(), new Set())], ['reporting', findReporting], ['repayment', findRepayment],
  ['legal basis', findLegalBasis], ['contacts', findContacts], ['links', findLinks], ['dates', findDatedEvents],
  ['form questions', findQuestions], ['form meta', findFormMeta], ['looks like a form', looksLikeForm],
  ['whole extract', (d) => extractAnvisning(d, { path: 'x.txt', sha256: '0'.repeat(64) })],
];

describe.each(hostile)('on %s', (_name, text) => {
  const doc = readText('hostile.txt', text);
  it.each(finders)('%s returns promptly', (_f, find) => {
    const t0 = performance.now();
    find(doc);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

// The change report's text-level pass on the same texts: both texts split, paired and classified
// (each sentence read to a bounded length), and its rows on the whole hostile text at once.
describe.each(hostile)('the change report\'s text-level pass on %s', (_name, text) => {
  it('compares two texts promptly', () => {
    const t0 = performance.now();
    textChanges(text, `Kommunen ska redovisa hur medlen använts.\n${text.replace(/\d/u, '7')}`);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  it('reads the whole text with each row promptly', () => {
    const t0 = performance.now();
    for (const row of [...RULE_SENTENCES, ...NOISE_SENTENCES, ...AWARD_SENTENCES]) rowHolds(row, text);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

// A row reads a bounded window before and after its candidate: what keeps a sentence of many
// candidates linear, counted in characters rather than timed.
describe('the window a row reads', () => {
  const long = `${'ord '.repeat(1000)}`;
  it('is the whole part when the part is short', () => {
    expect(beforeWindow('Sista dag är den ').text).toBe('Sista dag är den ');
    expect(afterWindow(' till kommunerna').text).toBe(' till kommunerna');
  });
  it('is bounded, and starts and ends at a space, when the part is long', () => {
    const before = beforeWindow(long);
    expect(before.text.length).toBeLessThanOrEqual(WINDOW + 64);
    expect(before.text.length).toBeGreaterThanOrEqual(WINDOW);
    expect(before.text[0]).toBe(' ');
    expect(long.slice(before.from)).toBe(before.text);
    const after = afterWindow(long);
    expect(after.text.length).toBeLessThanOrEqual(WINDOW + 64);
    expect(after.text.at(-1)).toBe(' ');
    expect(long.slice(0, after.to)).toBe(after.text);
  });
  it('is cut at the bound where no space is near (a run of digits)', () => {
    expect(beforeWindow('1'.repeat(5000)).text.length).toBe(WINDOW);
    expect(afterWindow('1'.repeat(5000)).text.length).toBe(WINDOW);
  });
});

// The recipient after each amount is read from the sentence's words found once: the same answer as
// reading the part itself, from every place (words across the place, at it, glued to the one before).
describe('partRecipientFrom', () => {
  const texts = [
    'Av medlen fördelas 5 000 kr till kommunerna och 3 000 kr till regionerna samt länsstyrelserna.',
    'Betala ut 5 500 000 kronor till Sveriges Kommuner och Regioner och 1 000 kronor till regionen.',
    '5 krkommuner, 7 krregioner och länsstyrelsen; SKR.',
    'Landstingen och kommunen, organisationerna och professionsorganisationerna – Ωkommun äregion.',
    'Inga mottagare nämns här 12 kr.',
  ];
  it.each(texts)('answers as partRecipient of the part from each place in %s', (text) => {
    for (let from = 0; from <= text.length; from++) expect(partRecipientFrom(text, from)).toBe(partRecipient(text.slice(from)));
  });
});

// The shared sentence splitter, as the extractor (by case) and the change report (any case) call it,
// on runs of dots: the same bound as the finders above.
describe.each([
  ['a run of dots', `bidrag ${'.'.repeat(MB / 4)}x kommuner`],
  ['a run of dots before a space', `bidrag ${'.'.repeat(MB / 4)} kommuner`],
  ['2000 lines of 200 leader dots', LEADER_LINES],
])('the sentence splitter on %s', (_name, text) => {
  it('splits promptly, by case and in any case', () => {
    const t0 = performance.now();
    sentenceTexts(text);
    sentenceTexts(text.toLowerCase(), { anyCase: true });
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  it('checks a recipient promptly', () => {
    const t0 = performance.now();
    statesRecipient(text.toLowerCase(), 'kommun');
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
