import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { anvisningOf as spec } from '../extract/probe.js';

// Constructed diff probes of review63 against h/diffitems60's enumerationItemChange (issue 14).

const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => describeChange(c));
const head = 'Föreningsbidrag\nIdeella föreningar kan söka bidraget.\n';

describe('an item the other text names in a sentence of its own is not removed (index.ts itemised)', () => {
  it('keeps: one item more is that item added', () => {
    expect(changes(head + 'Bidrag ges för lokalhyra, resor och material.\n', head + 'Bidrag ges för lokalhyra, resor, material och mat.\n')).toEqual(['Vad medlen får användas till: mat (nytt)']);
  });
  it('keeps: one item fewer is that item removed', () => {
    expect(changes(head + 'Bidrag ges för lokalhyra, resor och material.\n', head + 'Bidrag ges för lokalhyra och resor.\n').join('\n')).toMatch(/material \(anges inte längre\)/u);
  });
  it('e1: "Material ersätts också." still names material (was "material (anges inte längre)")', () => {
    const out = changes(head + 'Bidrag ges för lokalhyra, resor och material.\n', head + 'Bidrag ges för lokalhyra och resor.\nMaterial ersätts också.\n').join('\n');
    expect(out).not.toMatch(/material \(anges inte längre\)/u);
  });
  it('e6: an exclusion split into its own sentence is not an item removed (was "material (anges inte längre)")', () => {
    const out = changes(head + 'Bidrag ges inte för lokalhyra, resor och material.\n', head + 'Bidrag ges inte för lokalhyra och resor.\nBidrag ges inte heller för material.\n').join('\n');
    expect(out).not.toMatch(/material \(anges inte längre\)/u);
  });
  it('e2, e4 keep: the same items reordered or joined by "samt" are no change', () => {
    expect(changes(head + 'Bidrag ges för lokalhyra, resor och material.\n', head + 'Bidrag ges för material, lokalhyra och resor.\n')).toEqual([]);
    expect(changes(head + 'Bidrag ges för lokalhyra, resor och material.\n', head + 'Bidrag ges för lokalhyra, resor samt material.\n')).toEqual([]);
  });
  it('e13 keeps: an item the old text denied elsewhere ("Mat ersätts inte.") is still that item added', () => {
    expect(changes(head + 'Bidrag ges för lokalhyra, resor och material.\nMat ersätts inte.\n', head + 'Bidrag ges för lokalhyra, resor, material och mat.\n')).toEqual(['Vad medlen får användas till: mat (nytt)']);
  });
  it('e10: an item the sentence already names is a repeat, not one added (was "tidsplan (nytt)")', () => {
    expect(changes(head + 'Till ansökan ska bifogas budget och tidsplan.\n', head + 'Till ansökan ska bifogas budget, tidsplan och tidsplan.\n').join('\n')).not.toMatch(/tidsplan \(nytt\)/u);
  });
});
