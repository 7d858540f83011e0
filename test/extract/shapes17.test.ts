import { describe, expect, it } from 'vitest';
import { findRecipients } from '../../extract/fields/recipients.js';
import { readText } from '../../extract/read/text.js';

// Shapes of issue 12's never-seen grant pages (dev 1313-1329) and of the recipients sections that deny an
// applicant, written from reading them, each with the careless reading it must not make.

const doc = (text: string) => readText('page.txt', text);
const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();

describe('who may not apply, or must apply elsewhere, in a recipients section', () => {
  it('does not take "Föreningar kan inte söka bidraget." as organisations that may apply', () => {
    const page = '# Bidrag till kulturprojekt\n\n## Vem kan söka?\n\nKommuner och regioner kan söka bidraget. Föreningar kan inte söka bidraget.\n';
    expect(types(page)).toEqual(['kommun', 'region']);
  });
  it('does not take a pointer elsewhere ("Föreningar kan i stället söka via Kulturrådet.")', () => {
    const page = '# Bidrag till kulturprojekt\n\n## Vem kan söka?\n\nKommuner kan söka bidraget. Föreningar kan i stället söka via Kulturrådet.\n';
    expect(types(page)).toEqual(['kommun']);
  });
  it('keeps the clause that says who may apply when another clause denies ("…, men privatpersoner kan inte söka")', () => {
    const page = '# Bidrag till kulturprojekt\n\n## Vem kan söka?\n\nKommuner och föreningar kan söka, men privatpersoner och regioner kan inte söka.\n';
    expect(types(page)).toEqual(['kommun', 'organisation']);
  });
  it('does not let a denied use undo the applicant ("… kan inte få stöd för ordinarie verksamhet")', () => {
    const page = '# Utvecklingsstöd\n\n## Vem kan söka?\n\nIdeella föreningar kan söka utvecklingsstöd. Ideella föreningar kan inte få stöd för ordinarie verksamhet, utan för utveckling.\n';
    expect(types(page)).toEqual(['organisation']);
  });
  it('does not take the ones left out after "men inte" as recipients ("Sökande kan vara ideella föreningar, men inte kommuner eller företag.")', () => {
    expect(types('# Bidrag till föreningar 2025\n\nSökande kan vara ideella föreningar, men inte kommuner eller företag.\n')).toEqual(['organisation']);
    expect(types('# Bidrag\n\n## Vem kan söka?\n\nSökande kan vara ideella föreningar, men inte kommuner eller företag.\n')).toEqual(['organisation']);
    expect(types('# Bidrag\n\n## Vem kan söka?\n\nKommuner men inte regioner kan söka bidraget.\n')).toEqual(['kommun']);
  });
  it('reads the sentences outside a section the same way ("Regioner kan söka bidraget. Kommuner kan inte söka.")', () => {
    const page = '# Bidrag till kulturprojekt\n\nRegioner kan söka bidraget. Kommuner kan inte söka.\n';
    expect(types(page)).toEqual(['region']);
  });
});
