import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { SAME_MEANING_PHRASES, sameInOtherWords } from '../../specs/diff/wording.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// open78 (issue 12): a reworded rule sentence is no change (review77e E7/E8: "uppvisas" → "visas upp", "skickas med" → "bifogas",
// a noun made definite, an article added), while a change of meaning near the same words is still reported. The phrase table
// (wording.ts SAME_MEANING_PHRASES) runs its examples and counter-examples here; the probes are constructed Swedish.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const paths = (a: string, b: string): string => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`).join('\n');
const HEAD = 'Aktivitetsbidrag\n\nBidraget syftar till att stödja föreningars verksamhet för barn och ungdomar.\n\n';

describe('SAME_MEANING_PHRASES: each group\'s examples say the same, its counter-examples do not', () => {
  for (const g of SAME_MEANING_PHRASES) {
    it(`${g.id}`, () => {
      expect(g.examples.length).toBeGreaterThan(0);
      expect(g.counterExamples.length).toBeGreaterThan(0);
      for (const [a, b] of g.examples) {
        expect(sameInOtherWords(a, b), `${a} | ${b}`).toBe(true);
        expect(sameInOtherWords(b, a), `${b} | ${a}`).toBe(true);
      }
      for (const [a, b] of g.counterExamples) expect(sameInOtherWords(a, b), `${a} | ${b}`).toBe(false);
    });
  }
});

describe('sameInOtherWords: the forms of a word and the articles', () => {
  it('a noun made definite or plural and an article added are the same rule', () => {
    expect(sameInOtherWords('Närvarolistor ska sparas i två år.', 'Närvarolistorna ska sparas i två år.')).toBe(true);
    expect(sameInOtherWords('Föreningen ska lämna redovisning till nämnden.', 'Föreningen ska lämna en redovisning till nämnden.')).toBe(true);
  });
  it('a number, a denial, a word of degree or another word is a change', () => {
    expect(sameInOtherWords('Närvarolistor ska sparas i två år.', 'Närvarolistorna ska sparas i tre år.')).toBe(false);
    expect(sameInOtherWords('Närvarolistor ska sparas i två år.', 'Närvarolistorna ska inte sparas i två år.')).toBe(false);
    expect(sameInOtherWords('Rapporten ska lämnas senast den 31 mars.', 'Rapporten ska lämnas senare den 31 mars.')).toBe(false);
    expect(sameInOtherWords('Bidraget får täcka högst halva kostnaden.', 'Bidraget får täcka högre halva kostnaden.')).toBe(false);
    expect(sameInOtherWords('Kvitton ska sparas i två år.', 'Fakturor ska sparas i två år.')).toBe(false);
    expect(sameInOtherWords('Bidraget ska redovisas.', 'Bidraget ska redovisas.')).toBe(false);
  });
});

describe('the change report: a rewording of a record-keeping rule is no change, a change of its meaning is one', () => {
  it('K1 rewording: "uppvisas på begäran" → "visas upp på begäran", the noun made definite', () => {
    expect(paths(`${HEAD}Kvitton ska sparas och uppvisas på begäran.\n`, `${HEAD}Kvittona ska sparas och visas upp på begäran.\n`)).toBe('');
  });
  it('K2 rewording: "återbetalas" → "betalas tillbaka", "inlämnas" → "lämnas in"', () => {
    expect(paths(`${HEAD}Bidrag som inte har använts ska återbetalas till kommunen.\n`, `${HEAD}Bidrag som inte har använts ska betalas tillbaka till kommunen.\n`)).toBe('');
    expect(paths(`${HEAD}Närvarokort ska inlämnas tillsammans med redovisningen.\n`, `${HEAD}Närvarokorten ska lämnas in tillsammans med redovisningen.\n`)).not.toMatch(/^evidence_documents/mu);
  });
  it('C1 change: "ska kunna uppvisas" → "behöver inte visas upp" is reported', () => {
    expect(paths(`${HEAD}Närvarokort ska kunna uppvisas vid kontroll.\n`, `${HEAD}Närvarokort behöver inte visas upp vid kontroll.\n`)).toMatch(/^evidence_documents/mu);
  });
  it('C2 change: "behöver inte skickas med" → "ska skickas med" is reported', () => {
    expect(paths(`${HEAD}Närvarokort behöver inte skickas med men ska kunna uppvisas vid kontroll.\n`, `${HEAD}Närvarokort ska skickas med och ska kunna uppvisas vid kontroll.\n`)).toMatch(/^evidence_documents \| changed/mu);
  });
  // (since h/uses87's handlingar-ska-bevaras both years' lists are read into the spec: the change is the item's, evidence_documents.0)
  it('C3 change: kept two years → three years, reworded too, is reported', () => {
    expect(paths(`${HEAD}Närvarolistor ska sparas i två år och visas upp på begäran.\n`, `${HEAD}Närvarolistorna ska sparas i tre år och uppvisas på begäran.\n`)).toMatch(/^evidence_documents(?:\.\d+)? \| changed/mu);
  });
  it('C4 change: shown on inspection → sent in with the report is reported', () => {
    expect(paths(`${HEAD}Närvarokort ska kunna uppvisas vid kontroll.\n`, `${HEAD}Närvarokort ska skickas in med redovisningen.\n`)).toMatch(/^evidence_documents/mu);
  });
  it('C5 change: attached to the final report → sent with the application is reported', () => {
    expect(paths(`${HEAD}Närvarolistan ska bifogas slutredovisningen.\n`, `${HEAD}Närvarolistan ska skickas med ansökan.\n`)).toMatch(/^evidence_documents/mu);
  });
});
