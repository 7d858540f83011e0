import { describe, expect, it } from 'vitest';
import { findEvidenceDocuments, findPermittedUses } from '../../extract/fields/lists.js';
import { findRecipients } from '../../extract/fields/recipients.js';
import { withoutNegationAdverbs } from '../../extract/cues/lists.js';
import { readText } from '../../extract/read/text.js';

// Shapes of issue 12's never-seen grant pages (dev 1245-1259), written from reading them: who may apply as a
// whole list (under a question heading, or after a lead whose subject is the applicants), a use or an underlag
// stated in one sentence, an adverb between a verb and its "inte".

const doc = (text: string) => readText('page.md', text);
const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();

describe('who may apply, read as a whole list', () => {
  it('reads every item under a recipients question heading, not the first alone', () => {
    const page = '# Bidrag\n\n## Vilka kan beviljas bidrag?\n\n- Ideella föreningar. Bifogar stadgar.\n- Stiftelser godtas som stödmottagare.\n- Kommuner godtas som stödmottagare, förutsatt att projektet har medfinansiering.\n\nBidrag beviljas inte till handelsbolag.\n';
    expect(types(page)).toEqual(['kommun', 'organisation']);
  });
  it('reads the list after "De som kan söka … är:" and skips the items that say who may not', () => {
    const page = '# Arrangörsbidrag\n\nDe som kan söka arrangörsbidraget är:\n\n- Kommunala verksamheter (skola, bibliotek) kan ansöka om stöd till arrangemang för barn.\n- Ideella föreningar kan söka för alla typer av arrangemang.\n- Regioner kan inte söka bidraget.\n';
    expect(types(page)).toEqual(['kommun', 'organisation']);
  });
  it('does not take the distributor named after "hos" or a place ending in -regionen for a region', () => {
    expect(types('# Stöd\n\nKulturföreningar och ideella organisationer kan söka stöd till utvecklingsprojekt hos Region Dalarna.\n')).toEqual(['organisation']);
    expect(types('# Projektmedel\n\nProjektmedel kan sökas av kommuner och ideella föreningar som arbetar för en hållbar utveckling i Stockholmsregionen.\n')).toEqual(['kommun', 'organisation']);
  });
});

describe('one sentence that states a use or an underlag', () => {
  it('takes "Bidrag kan beviljas för löner …" as a use', () => {
    expect(findPermittedUses(doc('# Integrationsbidrag\n\nBidrag kan beviljas för löner och löneliknande förmåner.\n')).map((f) => f.value)).toEqual(['Bidrag kan beviljas för löner och löneliknande förmåner.']);
  });
  it('takes the sentence that says what is attached only where no list names underlag', () => {
    expect(findEvidenceDocuments(doc('# Projekt\n\nProjektbeskrivning och kostnadsbudget ska bifogas ansökan.\n')).map((f) => f.value)).toEqual(['Projektbeskrivning och kostnadsbudget ska bifogas ansökan.']);
    const listed = '# Bidrag\n\nFöljande ska bifogas ansökan:\n\n- verksamhetsplan\n- budget\n\nVerksamhetsplan och budget skall bifogas anhållan.\n';
    expect(findEvidenceDocuments(doc(listed)).map((f) => f.value)).toEqual(['verksamhetsplan', 'budget']);
  });
});

describe('an adverb between a verb and its "inte"', () => {
  it('is taken out before the exclusion rows read the sentence', () => {
    expect(withoutNegationAdverbs('Du kan däremot inte få stöd för ordinarie verksamhet.')).toBe('Du kan inte få stöd för ordinarie verksamhet.');
    expect(withoutNegationAdverbs('Stöd ges heller inte till forskarutbildning.')).toBe('Stöd ges inte till forskarutbildning.');
    expect(withoutNegationAdverbs('Bidraget gäller dock hela året.')).toBe('Bidraget gäller dock hela året.');
  });
});

describe('a list typed with the letter "o" as its bullet', () => {
  it('reads a run of "o " lines under a bare question heading as the uses', () => {
    const page = '# Understöd\n\nTill vad?\n\nOrganisationer kan söka understöd till\no tillställningar,\no engångsanskaffningar och\no kostnader för att grunda en förening.\n\nHur mycket?\n\nUnderstödet bedöms efter sökanden.\n';
    expect(findPermittedUses(doc(page)).map((f) => f.value)).toEqual(['tillställningar', 'engångsanskaffningar', 'kostnader för att grunda en förening']);
  });
  it('leaves a lone line that starts with "o" for "och" in its paragraph', () => {
    const d = doc('# Bidrag\n\nBidraget går till verksamhet för barn\no unga i kommunen.\n');
    expect(d.blocks.some((b) => b.kind === 'item')).toBe(false);
  });
});
