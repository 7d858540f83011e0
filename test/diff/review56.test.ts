import { describe, expect, it } from 'vitest';
import { samePayment } from '../../specs/diff/concepts.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { anvisningOf as spec } from '../extract/probe.js';

// Constructed diff probes of review56 against h/diff28's rows (issue 14).

const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => describeChange(c));

describe('same payment terms (concepts.ts PAYMENT_TERMS, samePayment)', () => {
  it('q271/q272 keep: "i förskott" reworded is no change', () => {
    expect(samePayment('Bidraget betalas ut i förskott.', 'Bidrag till kulturarvsarbete betalas ut i förskott och det är den sökande som anger start- och slutdatum för projektet.')).toBe(true);
  });
  it('D2: the whole in advance → half in advance, the rest after the report, is a change (was not reported)', () => {
    expect(samePayment('Bidraget betalas ut i förskott.', 'Hälften av bidraget betalas ut i förskott och resten efter godkänd redovisning.')).toBe(false);
    const head = 'Föreningsbidrag\nIdeella föreningar kan söka bidraget.\n';
    expect(changes(head + 'Bidraget betalas ut i förskott.\n', head + 'Hälften av bidraget betalas ut i förskott och resten efter godkänd redovisning.\n').join('\n')).toMatch(/Utbetalning/u);
  });
});

describe('an act\'s title stops before the act it replaces (cues/references.ts ABOUT_CLAUSE_ENDS)', () => {
  it('D4: only the number changes, the title is not "…, som ersätter tidigare förordning"', () => {
    const a = 'Statsbidrag till kulturmiljö\nBidrag lämnas enligt förordningen (2016:1367) om statsbidrag till kulturmiljövård.\nKommuner kan söka bidraget.\n';
    const b = 'Statsbidrag till kulturmiljö\nBidrag lämnas enligt förordningen (2023:100) om statsbidrag till kulturmiljövård, som ersätter tidigare förordning (2016:1367).\nKommuner kan söka bidraget.\n';
    const out = changes(a, b).join('\n');
    expect(out).toMatch(/2016:1367 → 2023:100/u);
    expect(out).not.toMatch(/ersätter tidigare/u);
  });
});
