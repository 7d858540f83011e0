import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { sameButOneWord, sameInOtherWords } from '../../specs/diff/wording.js';

// review78b (issue 12): adversarial probes of open78's same-meaning phrases (wording.ts SAME_MEANING_PHRASES, sameInOtherWords) in
// the change report. A rewording whose meaning changed must still be reported; a plain rewording must not be. Constructed Swedish
// sentence pairs, written before any run; no held-out pair opened.
// Wrong on main 70c41f12 (a change of meaning read as a rewording, so no change reported): D1 (kommunen → kommunerna), D2
// (utbetalas → betalades ut), D9 (vid ett tillfälle → vid tillfällen), D14 (föreningen → föreningarna); fixed by keeping a word's
// number and tense (wording.ts formKind) and an article said or left out only before a word written alike.
// Numbers (main 70c41f12 → review78b): dev 14042/14440, wrong 3, failed 3, identical line by line; spec-scan 0 of 5453 changed;
// pairs reported 1025/1210, high-stakes 428/480, tuned 1012/1194, identical (323/323 pair tests pass).

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const paths = (a: string, b: string): string => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind}`).join('\n');
const HEAD = 'Aktivitetsbidrag\n\nBidraget syftar till att stödja föreningars verksamhet för barn och ungdomar.\n\n';
const both = (a: string, b: string): string => paths(`${HEAD}${a}\n`, `${HEAD}${b}\n`);

/** sentence pairs whose meaning changed near a phrase of SAME_MEANING_PHRASES: never the same in other words */
const CHANGED: ReadonlyArray<readonly [string, string, string]> = [
  ['P1', 'Bidraget betalas ut i två delar.', 'Bidraget betalas tillbaka i två delar.'],
  ['P2', 'Bidraget utbetalas i två delar.', 'Bidraget återbetalas i två delar.'],
  ['P3', 'Redovisningen ska lämnas in till nämnden.', 'Redovisningen ska lämnas ut till nämnden.'],
  ['P4', 'Handlingarna ska inlämnas till nämnden.', 'Handlingarna ska utlämnas till nämnden.'],
  ['P5', 'Bidraget utbetalas efter beslut.', 'Bidraget utbetalades efter beslut.'],
  ['P6', 'Bidraget utbetalas till kommunen.', 'Bidraget betalas ut till kommunerna.'],
  ['P7', 'Kommunen ska utbetala bidraget.', 'Kommunerna ska betala ut bidraget.'],
  ['P8', 'Bidraget utbetalas vid ett tillfälle.', 'Bidraget betalas ut vid tillfällen.'],
  ['P9', 'Bidraget utbetalas till föreningen.', 'Bidraget betalas ut till föreningarna.'],
  ['P10', 'Föreningen får utbetala ersättning till ledarna.', 'Föreningen ska betala ut ersättning till ledarna.'],
  ['P11', 'Föreningen kan utbetala ersättning till ledarna.', 'Föreningen ska betala ut ersättning till ledarna.'],
  ['P12', 'Bidraget utbetalas med 50 000 kronor.', 'Bidraget betalas ut med 500 000 kronor.'],
  ['P13', 'Bidraget utbetalas i förskott.', 'Bidraget betalas ut i efterskott.'],
  ['P14', 'Ansökan ska ha inkommit före den 1 mars.', 'Ansökan ska ha kommit in efter den 1 mars.'],
  ['P15', 'Ansökan ska ha inkommit senast den 1 mars.', 'Ansökan ska ha kommit in senast den 1 maj.'],
  ['P16', 'Bidrag som inte har använts ska återbetalas.', 'Bidrag som inte har använts kan betalas tillbaka.'],
  ['P17', 'Budgeten får bifogas ansökan.', 'Budgeten ska skickas med ansökan.'],
  ['P18', 'Redovisning ska skickas in inom tre månader.', 'Redovisning ska insändas efter tre månader.'],
  ['P19', 'Bidraget utbetalas tidigast i mars.', 'Bidraget betalas ut tidigare i mars.'],
  ['P20', 'Beloppet ska återbetalas med ränta.', 'Beloppet ska betalas tillbaka utan ränta.'],
  ['P21', 'Rapporten ska lämnas in av föreningen.', 'Rapporten ska inlämnas till föreningen.'],
  ['P22', 'Intyget ska lämnas in av ledaren.', 'Intygen ska inlämnas av ledarna.'],
];

/** plain rewordings: the same in other words */
const SAME: ReadonlyArray<readonly [string, string, string]> = [
  ['Q1', 'Bidraget utbetalas i två delar.', 'Bidraget betalas ut i två delar.'],
  ['Q2', 'Budgeten ska bifogas ansökan.', 'Budgeten ska skickas med ansökan.'],
  ['Q3', 'Ansökan ska inlämnas av firmatecknare.', 'Ansökan ska lämnas in av firmatecknaren.'],
  ['Q4', 'Närvarokort ska kunna uppvisas vid kontroll.', 'Närvarokorten ska kunna visas upp vid en kontroll.'],
  ['Q5', 'Kvitton ska sparas och uppvisas på begäran.', 'Kvittona ska sparas och visas upp på begäran.'],
  ['Q6', 'Bidrag som inte har använts ska återbetalas.', 'Bidrag som inte har använts ska betalas åter.'],
];

describe('review78b: sameInOtherWords on changed and reworded sentence pairs', () => {
  for (const [id, a, b] of CHANGED) {
    it(`${id} changed: ${a} → ${b}`, () => {
      expect(sameInOtherWords(a, b)).toBe(false);
      expect(sameInOtherWords(b, a)).toBe(false);
    });
  }
  for (const [id, a, b] of SAME) it(`${id} reworded: ${a} → ${b}`, () => expect(sameInOtherWords(a, b)).toBe(true));
  it('one word in another number or tense is no rewording (sameButOneWord, the same forms)', () => {
    expect(sameButOneWord('Bidraget utbetalas efter beslut.', 'Bidraget utbetalades efter beslut.')).toBe(false);
    expect(sameButOneWord('Bidraget utbetalas till kommunen.', 'Bidraget utbetalas till kommunerna.')).toBe(false);
    // the definite form, a genitive and a word of one meaning group stay one word two ways
    expect(sameButOneWord('Projektbidrag kan lämnas till föreningar.', 'Projektbidraget kan lämnas till föreningar.')).toBe(true);
    expect(sameButOneWord('Bidraget ska stärka föreningars arbete.', 'Bidraget ska stärka föreningarnas arbete.')).toBe(true);
    expect(sameButOneWord('Bidraget ska stärka ungas delaktighet.', 'Bidraget ska stärka ungdomars delaktighet.')).toBe(true);
  });
});

describe('review78b: the change report on changed rule sentences reworded with a phrase of the table', () => {
  it('D1 the payee kommunen → kommunerna, reworded too, is reported', () => expect(both('Bidraget utbetalas till kommunen efter beslut.', 'Bidraget betalas ut till kommunerna efter beslut.')).not.toBe(''));
  it('D2 a payment to be made → one made, reworded too, is reported', () => expect(both('Bidraget utbetalas i två delar efter beslut.', 'Bidraget betalades ut i två delar efter beslut.')).not.toBe(''));
  it('D3 a repayment → a payment is reported', () => expect(both('Föreningen ska återbetala bidrag som inte har använts.', 'Föreningen ska betala ut bidrag som inte har använts.')).not.toBe(''));
  it('D5 a report deadline moved, reworded too, is reported', () => expect(both('Kvitton ska inlämnas senast den 31 mars.', 'Kvittona ska lämnas in senast den 31 maj.')).toMatch(/^evidence_documents/mu));
  it('D7 "kan bifogas" → "ska skickas med" is reported', () => expect(both('Verksamhetsberättelsen kan bifogas ansökan.', 'Verksamhetsberättelsen ska skickas med ansökan.')).not.toBe(''));
  it('D8 an amount changed in a rephrase is reported', () => expect(both('Bidraget utbetalas med 20 000 kronor per förening.', 'Bidraget betalas ut med 25 000 kronor per förening.')).toMatch(/per_unit/u));
  it('D9 paid at one time → at times is reported', () => expect(both('Bidraget utbetalas vid ett tillfälle.', 'Bidraget betalas ut vid tillfällen.')).not.toBe(''));
  it('D12 "senast" → "tidigast", reworded too, is reported', () => expect(both('Ansökan ska ha inkommit senast den 1 mars.', 'Ansökan ska ha kommit in tidigast den 1 mars.')).not.toBe(''));
  it('D13 three months → three weeks, reworded too, is reported', () => expect(both('Redovisningen ska insändas senast tre månader efter avslutad aktivitet.', 'Redovisningen ska skickas in senast tre veckor efter avslutad aktivitet.')).toMatch(/^reporting\.due/mu));
  it('D14 the payee föreningen → föreningarna, reworded too, is reported', () => expect(both('Bidraget utbetalas till föreningen.', 'Bidraget betalas ut till föreningarna.')).not.toBe(''));
  it('D15 förskott → efterskott, reworded too, is reported', () => expect(both('Bidraget utbetalas i förskott.', 'Bidraget betalas ut i efterskott.')).toMatch(/^payment/mu));
  it('S1 a plain rewording of the payment is no change', () => expect(both('Bidraget utbetalas i två delar.', 'Bidraget betalas ut i två delar.')).toBe(''));
  it('S3 a plain rewording of a deadline rule is no change', () => expect(both('Närvarolistor ska inlämnas senast den 31 mars.', 'Närvarolistorna ska lämnas in senast den 31 mars.')).toBe(''));
  it('S4 a plain rewording of where the report goes is no change', () => expect(both('Redovisningen ska insändas till kommunen.', 'Redovisningen ska skickas in till kommunen.')).toBe(''));
  // Left open: misses of the text pass that are no rewording of the table (the same pair without a phrase of it is missed on main too)
  it.fails('D4 open: "lämnas in" → "lämnas ut" (no rule row of specs/diff/rules.ts claims either sentence; "lämnas in" → "skickas" is reported)', () =>
    expect(both('Redovisningen ska lämnas in till kommunen.', 'Redovisningen ska lämnas ut till kommunen.')).not.toBe(''));
  it.fails('D6 open: "får inlämnas" → "ska lämnas in" (no rule row claims a sentence of receipts handed in; "får lämnas in" → "ska lämnas in" is missed on main too)', () =>
    expect(both('Kvitton får inlämnas senast den 31 mars.', 'Kvittona ska lämnas in senast den 31 mars.')).not.toBe(''));
  it.fails('D10 open: a repayment to kommunen → to kommunerna (no rule row claims the repayment\'s payee; kommunen → regionen is missed too)', () =>
    expect(both('Bidrag som inte har använts ska återbetalas till kommunen.', 'Bidrag som inte har använts ska betalas tillbaka till kommunerna.')).not.toBe(''));
  it.fails('D16 open: the leaders → the leader hand in attendance cards (no rule row claims who hands them in; "Kassören" for "Ledarna" is missed too)', () =>
    expect(both('Ledarna ska inlämna närvarokort.', 'Ledaren ska lämna in närvarokort.')).not.toBe(''));
  it.fails('S2 open: "bifogas" → "skickas med" is a rewording, but the spec pass reports requisition.requires and evidence_documents removed (the extractor reads "ska bifogas ansökan" and not "ska skickas med ansökan" as an attachment; an extractor row, not the diff\'s wording)', () =>
    expect(both('Budgeten ska bifogas ansökan.', 'Budgeten ska skickas med ansökan.')).toBe(''));
});
