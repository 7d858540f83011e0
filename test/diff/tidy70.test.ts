import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { bodyCompound, sameCompoundBody } from '../../specs/diff/eligibility.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper tidy70 (issues 12/14, code quality): one reader of "an -organisationer/-föreningar compound naming one body kind"
// (eligibility.ts bodyCompound, its heads the lexicon's ORGANISATION_NOUNS forms), used by sameCompoundBody (was BODY_COMPOUND, a
// regex of its own) and compoundKey's "sammanslutning" key (was its own test of the kind words). The cases are those both had
// and the counter-cases each had; the change report's output on the corpus is byte-identical.

describe('bodyCompound: the one reader of a compound whose head is "-organisation…" or "-förening…"', () => {
  // [word, first part, head] — the compounds both readers had
  const compounds: ReadonlyArray<readonly [string, string, 'organisation' | 'förening']> = [
    ['miljöorganisationer', 'miljö', 'organisation'],
    ['miljöföreningar', 'miljö', 'förening'],
    ['kulturföreningar', 'kultur', 'förening'],
    ['kulturorganisationerna', 'kultur', 'organisation'],
    ['idrottsföreningen', 'idrott', 'förening'],
    ['hembygdsförening', 'hembygd', 'förening'],
    // the joining "s" left out: one key however the first part is joined (compoundKey's diff35 case)
    ['funktionshindersföreningar', 'funktionshinder', 'förening'],
    ['funktionshinderföreningar', 'funktionshinder', 'förening'],
    ['Handikapporganisationer', 'handikapp', 'organisation'],
  ];
  it.each(compounds)('%s → %s + %s', (word, first, head) => {
    expect(bodyCompound(word)).toEqual({ first, head });
  });
  // the counter-cases: the heads' own words (compoundKey's "longer than the kind" test, BODY_COMPOUND's three letters), a first
  // part too short, another head, the head not at the end
  const none = ['föreningar', 'organisationer', 'föreningen', 'organisation', 'xxföreningar', 'stiftelser', 'idrottsstiftelser',
    'kommuner', 'föreningsbidrag', 'organisationsnummer', 'ideella', 'sammanslutningar'];
  it.each(none)('%s is no such compound', (word) => {
    expect(bodyCompound(word)).toBeUndefined();
  });
});

describe('sameCompoundBody: one first part, its head written "-organisationer" in one text and "-föreningar" in the other', () => {
  it('the same applicants named two ways', () => {
    expect(sameCompoundBody('Bidraget kan sökas av ideella miljöorganisationer.', 'Bidraget kan sökas av ideella miljöföreningar.')).toBe(true);
    expect(sameCompoundBody('Stödet kan sökas av kulturföreningar som är verksamma i länet.', 'Stödet kan sökas av kulturorganisationer som är verksamma i länet.')).toBe(true);
  });
  it('counter-cases: no compound, another first part, or both heads in one text', () => {
    expect(sameCompoundBody('Bidraget kan sökas av ideella organisationer.', 'Bidraget kan sökas av ideella föreningar.')).toBe(false);
    expect(sameCompoundBody('Bidraget kan sökas av ideella miljöorganisationer.', 'Bidraget kan sökas av ideella kulturföreningar.')).toBe(false);
    expect(sameCompoundBody('Miljöorganisationer och miljöföreningar kan söka.', 'Miljöföreningar kan söka.')).toBe(false);
    expect(sameCompoundBody('Miljöföreningar kan söka.', 'Miljöföreningar kan söka.')).toBe(false);
  });
});

describe('compoundKey through the change report: a compound of a body head is one key, however its head and joint are written', () => {
  const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
  const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
  const pair = (a: string, b: string): string => changes(`Föreningsbidrag 2025\n${a}\n`, `Föreningsbidrag 2025\n${b}\n`).join('\n');
  it('the joining "s" and the head written two ways report nothing', () => {
    expect(pair('Bidraget kan sökas av funktionshindersföreningar.', 'Bidraget kan sökas av funktionshinderföreningar.')).toBe('');
    expect(pair('Bidraget kan sökas av ideella miljöorganisationer.', 'Bidraget kan sökas av ideella miljöföreningar.')).toBe('');
  });
  it('counter-cases: other föreningar, another first part are a change of applicants', () => {
    expect(pair('Bidraget kan sökas av funktionshindersföreningar.', 'Bidraget kan sökas av föreningar med länsansvar.')).toMatch(/^recipients/mu);
    expect(pair('Bidraget kan sökas av ideella miljöorganisationer.', 'Bidraget kan sökas av ideella kulturföreningar.')).toMatch(/^recipients/mu);
  });
});
