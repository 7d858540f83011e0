import { describe, expect, it } from 'vitest';
import type { Change } from '../../specs/diff/index.js';
import { summarize } from '../../specs/diff/summary.js';
import type { GrantSpec } from '../../specs/schema/index.js';

// The summary a compliance officer reads first: the deadline before the amount, the amount before
// an opening day, each in words the list also uses.

const change = (path: string, label: string, kind: Change['kind'], old: unknown, nu: unknown): Change =>
  ({ path, label, kind, importance: 'action', ...(old === undefined ? {} : { old }), ...(nu === undefined ? {} : { new: nu }), evidence: {} }) as Change;

const spec = (year: number): GrantSpec => ({ spec: 1, kind: 'anvisning', id: 'x', year, title: 'x' }) as unknown as GrantSpec;

describe('the summary paragraph', () => {
  it('names the deadline first, then the amount, and writes an added value as the list does', () => {
    const changes = [
      change('requisition.opens', 'Rekvisitionen öppnar', 'added', undefined, '2024-05-08'),
      change('funding.total', 'Totalt belopp', 'added', undefined, 24_000_000),
      change('requisition.requires.0', 'Krav vid rekvisition', 'added', undefined, 'Ombud ska finnas.'),
      change('requisition.closes', 'Sista dag att rekvirera', 'added', undefined, '2024-08-15'),
    ];
    const s = summarize(changes, spec(2024), spec(2024));
    expect(s).toBe('4 ändringar kräver åtgärd: sista dag att rekvirera: 15 augusti 2024 (nytt); totalt belopp: 24 000 000 kr (nytt); krav vid rekvisition: Ombud ska finnas. (nytt), och 1 ändring till.');
    expect(s).not.toMatch(/öppnar är nytt/u);
  });
  it('writes a new report day as a sentence reads it, not as a label and a value', () => {
    const changes = [change('reporting.due', 'Återrapportering senast', 'added', undefined, '2006-03-01'), change('funding.total', 'Totalt belopp', 'added', undefined, 49_700_000)];
    expect(summarize(changes, spec(2003), spec(2005))).toBe('2 ändringar kräver åtgärd: återrapportering senast den 1 mars 2006 (nytt); totalt belopp: 49 700 000 kr (nytt).');
  });
  it('names the one item gone from a list, not the whole field', () => {
    const changes = [change('funding.total', 'Totalt belopp', 'changed', 80_500_000, 15_000_000), change('recipients.types.1', 'Vem kan rekvirera', 'removed', 'region', undefined)];
    expect(summarize(changes, spec(2021), spec(2022))).toMatch(/; vem kan rekvirera: regioner anges inte längre\.$/u);
  });
  it('keeps the report\'s order within one tier', () => {
    const changes = [
      change('reporting.due', 'Återrapportering senast', 'removed', '2025-03-31', undefined),
      change('requisition.closes', 'Sista dag att rekvirera', 'removed', '2025-04-17', undefined),
    ];
    expect(summarize(changes, spec(2025), spec(2026))).toBe('2 ändringar kräver åtgärd: återrapportering senast anges inte längre; sista dag att rekvirera anges inte längre.');
  });
});

describe('the summary paragraph, lists', () => {
  it('says the items added to one list in one phrase and counts the rest', () => {
    const names = ['Kiruna flygplats', 'Lycksele flygplats', 'Visby flygplats'].map((n, i) => change(`recipients.named.${i}`, 'Namngivna mottagare', 'added', undefined, n));
    const s = summarize([...names, change('funding.total', 'Totalt belopp', 'removed', 5_000_000, undefined)], spec(2025), spec(2026));
    expect(s).toBe('4 ändringar kräver åtgärd: totalt belopp anges inte längre; namngivna mottagare: 3 nya (Kiruna flygplats, Lycksele flygplats m.fl.).');
  });
});

describe('the summary paragraph, parts and report days', () => {
  const parts = (a: number, b: number): GrantSpec => ({ spec: 1, kind: 'anvisning', id: 'x', year: 2023, title: 'x', funding: { parts: [{ to: 'region', amount: a }, { to: 'organisation', amount: b }] } }) as unknown as GrantSpec;
  it('says whose part an amount changed for, so two changed parts are two different phrases', () => {
    const changes = [
      change('funding.parts.0.amount', 'Belopp för delen', 'changed', 200_000_000, 400_000_000),
      change('funding.parts.1.amount', 'Belopp för delen', 'changed', 4_500_000, 5_500_000),
    ];
    const s = summarize(changes, parts(200_000_000, 4_500_000), parts(400_000_000, 5_500_000));
    expect(s).toMatch(/^2 ändringar kräver åtgärd: belopp för delen till regioner har ändrats från 200 000 000 kr till 400 000 000 kr .*; belopp för delen till organisationer har ändrats från 4 500 000 kr till 5 500 000 kr /u);
  });
  it('names no part whose recipient changed too: the old amount was not the new recipient\'s', () => {
    const of = (to: string, amount: number): GrantSpec => ({ spec: 1, kind: 'anvisning', id: 'x', year: 2024, title: 'x', funding: { parts: [{ to, amount }] } }) as unknown as GrantSpec;
    const changes = [
      change('funding.parts.0.to', 'Mottagare av delen', 'changed', 'kommun', 'region'),
      change('funding.parts.0.amount', 'Belopp för delen', 'changed', 1_527_000_000, 1_291_000_000),
    ];
    const s = summarize(changes, of('kommun', 1_527_000_000), of('region', 1_291_000_000));
    expect(s).toMatch(/belopp för delen har ändrats från 1 527 000 000 kr till 1 291 000 000 kr/u);
    expect(s).not.toMatch(/delen till regioner har ändrats från 1 527/u);
  });
  it('keeps added parts apart by semicolons when each is written with a comma', () => {
    const added = [change('funding.parts.0', 'Fördelning', 'added', undefined, { to: 'region', amount: 59_000_000 }), change('funding.parts.1', 'Fördelning', 'added', undefined, { to: 'organisation', amount: 4_500_000 })];
    expect(summarize(added, spec(2023), spec(2024))).toBe('2 ändringar kräver åtgärd: fördelning: 2 nya (59 000 000 kr, till regioner; 4 500 000 kr, till organisationer).');
  });
  it('writes a moved report day as "senast den", the day in full', () => {
    const moved = { ...change('reporting.due', 'Återrapportering senast', 'changed', '2023-12-01', '2025-03-31'), shift_days: 120 } as Change;
    expect(summarize([moved], spec(2023), spec(2024))).toMatch(/^1 ändring kräver åtgärd: återrapportering senast den 31 mars 2025, 120 dagar senare/u);
  });
});
