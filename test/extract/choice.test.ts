import { describe, expect, it } from 'vitest';
import { choose } from '../../extract/fields/choose.js';
import { findFunding } from '../../extract/fields/funding.js';
import { findRequisition } from '../../extract/fields/requisition.js';
import { readText } from '../../extract/read/text.js';

// Issue 12: a single-valued field is chosen among every candidate of the document, and left out
// when two candidates of like weight disagree (extract/fields/choose.ts). The first runs on unseen
// batches showed the one kind of wrong window this prevents: two programmes' windows on one page
// (dev 574 at its first run). Passages are written after the batches' sentences; each refusal has
// a near miss that must still give its value.

const doc = (text: string) => readText('page.md', text);
const same = (a: { value: string }, b: { value: string }) => a.value === b.value;

describe('choose', () => {
  it('takes the heaviest candidate, the first of equals that agree', () => {
    const c = choose('f', [{ weight: 4, value: 'a', order: 0 }, { weight: 9, value: 'b', order: 2 }, { weight: 9, value: 'b', order: 1 }], same, 0);
    expect(c.chosen).toEqual({ weight: 9, value: 'b', order: 1 });
    expect(c.refused).toBeUndefined();
  });
  it('refuses two different values of like weight, and says which and why', () => {
    const c = choose('requisition.closes', [{ weight: 9, value: '2024-03-15', order: 0 }, { weight: 9, value: '2024-10-01', order: 1 }], same, 0);
    expect(c.chosen).toBeUndefined();
    expect(c.refused).toContain('2024-03-15');
    expect(c.refused).toContain('2024-10-01');
    expect(c.refused).toMatch(/^requisition\.closes: /u);
  });
  it('keeps the heaviest when the other value is lighter by more than the margin', () => {
    const xs = [{ weight: 9, value: 'x', order: 1 }, { weight: 8, value: 'y', order: 0 }];
    expect(choose('f', xs, same, 0).chosen?.value).toBe('x');
    expect(choose('f', xs, same, 1).chosen).toBeUndefined();
  });
  it('gives nothing and refuses nothing without candidates', () => {
    expect(choose('f', [], same, 0)).toEqual({});
  });
});

describe('the window, among every dated sentence of the page', () => {
  it('is none when two programmes close on different days under the same cue', () => {
    const r = findRequisition(doc('# Bidrag\n\nSista ansökningsdag för projektstöd är den 15 mars 2024.\n\nSista ansökningsdag för verksamhetsstöd är den 1 oktober 2024.\n'));
    expect(r.closes).toBeUndefined();
    expect(r.refused?.[0]).toMatch(/2024-03-15.*2024-10-01/u);
  });
  it('is the day stated twice, and a lighter date beside it is no rival', () => {
    expect(findRequisition(doc('# Bidrag\n\nSista ansökningsdag är den 15 mars 2024.\n\nAnsökan ska ha kommit in senast den 15 mars 2024.\n')).closes?.value).toBe('2024-03-15');
    const r = findRequisition(doc('# Bidrag\n\nSista ansökningsdag är den 15 mars 2024. Beslut fattas den 30 april 2024.\n'));
    expect(r.closes?.value).toBe('2024-03-15');
    expect(r.refused).toBeUndefined();
  });
});

describe('the total, among every amount of the page', () => {
  it('is none when two sums are each "totalt att söka" for a different strand', () => {
    const f = findFunding(doc('# Bidrag\n\nTotalt finns 600 000 kronor att söka för projekt.\n\nTotalt finns 300 000 kronor att söka för evenemang.\n'));
    expect(f.total).toBeUndefined();
    expect(f.refused).toMatch(/600000.*300000/u);
  });
  it('is the one sum stated twice', () => {
    expect(findFunding(doc('# Bidrag\n\nTotalt finns 600 000 kronor att söka.\n\nI år finns totalt 600 000 kr att söka.\n')).total?.value).toBe(600000);
  });
  it('is the whole when the other sum is one recipient\'s part of it', () => {
    const f = findFunding(doc('# Uppdrag\n\nRegeringen ger Kammarkollegiet i uppdrag att utbetala totalt 82 000 000 kronor till kommuner, regioner och länsstyrelsen i Stockholm.\n\nFör att kompensera kommunerna avsätts totalt 75 miljoner kronor. Regionerna tilldelas totalt 5,5 miljoner kronor.\n'));
    expect(f.total?.value).toBe(82000000);
    expect(f.refused).toBeUndefined();
  });
});
