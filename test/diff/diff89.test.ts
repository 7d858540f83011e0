// diff89 (batch 53, issue 14): the two false alarms of batch 53's first contact, fixed by class and tested on their own
// sentences, a paraphrase in another body's words and counter-probes that must not change
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { classifySentence } from '../../specs/diff/rules.js';
import { sameApplicantsStated } from '../../specs/diff/who.js';
import { fieldDayRole, statesMonthEnd } from '../../specs/diff/stated.js';
import { describe as describeChange } from '../../specs/diff/words.js';

const report = async (oldPath: string, newPath: string): Promise<string[]> => {
  const [a, b] = await Promise.all([extract(oldPath), extract(newPath)]);
  return diffSpecs(a, b, { oldText: readFileSync(oldPath, 'utf8'), newText: readFileSync(newPath, 'utf8') }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
};

describe("a month's last day said in words is that day every year (stated.ts statesMonthEnd)", () => {
  it('holds for "sista september" and "utgången av september" in an application\'s sentence, for 30 September', () => {
    expect(statesMonthEnd('Blanketten ska lämnas in till stiftelsens styrelse före sista september.', '2024-09-30', 'application')).toBe('sista september');
    expect(statesMonthEnd('Ansökningar om understöd tas emot till utgången av september respektive år.', '2024-09-30', 'application')).toBe('utgången av september');
    // another body's words: a requisition's last day at the end of February in a leap year
    expect(statesMonthEnd('Rekvisitionen ska vara inne före utgången av februari.', '2028-02-29', 'application')).toBe('utgången av februari');
  });
  it('does not hold for another day of the month, another month, a vague end or a sentence of another role', () => {
    expect(statesMonthEnd('Ansökan lämnas före sista september.', '2024-09-29', 'application')).toBeUndefined();
    expect(statesMonthEnd('Ansökan lämnas före sista september.', '2024-10-31', 'application')).toBeUndefined();
    expect(statesMonthEnd('Ansökan ska vara inne i slutet av september.', '2024-09-30', 'application')).toBeUndefined();
    expect(statesMonthEnd('Bidraget ska redovisas senast sista september året efter.', '2024-09-30', 'application')).toBeUndefined();
    expect(statesMonthEnd('Ansökan lämnas senast sista september 2023.', '2024-09-30', 'application')).toBeUndefined();
  });
  it('gives a date field its day role', () => {
    expect(fieldDayRole('requisition.closes')).toBe('application');
    expect(fieldDayRole('reporting.due')).toBe('report');
  });
  it('Sparbanksstiftelsen i Ingå, earlier page → 2024 (diff q663, dev 2156): "30 september 2024" is no deadline newly stated', async () => {
    const r = await report('test/fixtures/diff/q663-sparbanksstiftelsen-inga-understod-tidig.txt', 'test/corpus/dev/2156-sparbanksstiftelsen-inga-understod-2024.txt');
    expect(r.filter((c) => c.startsWith('requisition.closes'))).toEqual([]);
    // the first day, newly stated, is still reported
    expect(r.some((c) => c.startsWith('requisition.opens'))).toBe(true);
  }, 120_000);
});

describe('a deadline with a weekday or in figures is no requirement of the application (rules.ts DEADLINE)', () => {
  it('reads neither Kronoby\'s nor Karleby\'s deadline sentence as requisition.requires', () => {
    expect(classifySentence('Ansökningarna ska lämnas in senast 31.10.2019.')).not.toBe('requisition.requires');
    expect(classifySentence('Ansökan ska lämnas in till stadshusets registratur senast fredagen den 29 mars kl. 16.00.')).not.toBe('requisition.requires');
    // another body's words: a Finland-Swedish deadline without a year
    expect(classifySentence('Ansökan ska vara inlämnad senast 15.3 kl. 16.')).not.toBe('requisition.requires');
  });
  it('still reads what an application must hold, and a decimal figure is no date', () => {
    expect(classifySentence('Ansökan ska innehålla en budget och en tidsplan.')).toBe('requisition.requires');
    expect(classifySentence('Ansökan ska innehålla en budget på högst 1.5 miljoner och en tidsplan.')).toBe('requisition.requires');
  });
  it('Kronoby 2019 → 2022 (diff q672/q673): the deadline sentence gone is no requirement gone', async () => {
    const r = await report('test/fixtures/diff/q672-kronoby-sok-bidrag-2019.txt', 'test/fixtures/diff/q673-kronoby-sok-bidrag-2022.txt');
    expect(r.filter((c) => c.startsWith('requisition.requires'))).toEqual([]);
  }, 120_000);
});

describe('a sentence of who may apply, added, naming applicants the older text never names where it says who may apply (who.ts)', () => {
  it('Kristinestad 2019 → 2024 (diff q670/q671): enskilda personer may now apply for evenemangs- och projektbidrag', () => {
    const oldText = readFileSync('test/fixtures/diff/q670-kristinestad-understod-idrott-2019.txt', 'utf8');
    const newText = readFileSync('test/fixtures/diff/q671-kristinestad-foreningsbidrag-2024.txt', 'utf8');
    expect(sameApplicantsStated(undefined, 'Evenemang och projektbidrag: registrerade föreningar, sammanslutningar, arbetsgrupper och enskilda personer kan söka evenemang- och projektbidrag för projekt eller evenemang som ordnas i Kristinestad.', oldText, newText)).toBe(false);
  });
  it('another body\'s words: individuals added beside föreningar', () => {
    const oldText = 'Kulturbidrag\n\nBidraget kan sökas av föreningar i kommunen.\n';
    const newText = 'Kulturbidrag\n\nBidraget kan sökas av föreningar och enskilda personer i kommunen.\n';
    expect(sameApplicantsStated(undefined, 'Bidraget kan sökas av föreningar och enskilda personer i kommunen.', oldText, newText)).toBe(false);
  });
  it('no change: the same applicants in other words, or an older text that says nothing about applying', () => {
    expect(sameApplicantsStated(undefined, 'Organisationer kan söka bidraget.', 'Bidraget kan sökas av föreningar.', 'Organisationer kan söka bidraget.')).toBe(true);
    expect(sameApplicantsStated(undefined, 'Föreningar och personer kan söka bidraget.', 'Bidraget kan sökas av föreningar och enskilda personer.', 'Föreningar och personer kan söka bidraget.')).toBe(true);
    expect(sameApplicantsStated(undefined, 'Föreningar och personer kan söka bidraget.', 'Kulturbidrag för året.', 'Föreningar och personer kan söka bidraget.')).toBe(true);
  });
});
