import { describe, expect, it } from 'vitest';
import { APPLICANT_NOUNS, RECIPIENT_NOUNS, recipientNoun } from '../../specs/lexicon.js';
import { RECIPIENT_NOUNS as EXTRACT_NOUNS, RECIPIENT_PLURALS } from '../../extract/cues/lexicon.js';
import { TYPE_WORDS } from '../../extract/cues/recipients.js';
import { applicantsOf } from '../../specs/diff/eligibility.js';
import { statesRecipient } from '../../specs/diff/stated.js';

// One table of recipient nouns (specs/lexicon.ts RECIPIENT_NOUNS, issue 12: "landsting" is region),
// read by the extractor's type words (extract/cues/recipients.ts TYPE_WORDS), its scope leads and
// funding finders (through extract/cues/lexicon.ts), and by the change report: the kinds of applicant
// it compares (specs/diff/eligibility.ts) and the recipient types it looks for before calling one
// removed (specs/diff/stated.ts). A form added to the table is read by all of them.
describe('the shared recipient nouns', () => {
  const typeOf = (sentence: string): string[] => TYPE_WORDS.filter((r) => r.id === 'kommun' || r.id === 'region').filter((r) => r.cue.test(sentence)).map((r) => r.meaning);

  it('is the one table the extractor\'s lexicon reads', () => {
    expect(EXTRACT_NOUNS.map(([t, forms]) => [t, forms])).toEqual(RECIPIENT_NOUNS.map((r) => [r.type, r.forms]));
    for (const [type, plurals] of RECIPIENT_PLURALS) expect(plurals).toEqual(recipientNoun(type).plurals);
  });

  it('names the type in the extractor wherever a form stands', () => {
    for (const type of ['kommun', 'region'] as const) {
      for (const form of recipientNoun(type).forms) expect(typeOf(`Bidraget kan sökas av ${form} i hela landet.`), form).toEqual([type]);
    }
    // a slash between two types, a name of one region; a compound that ends in the noun is a place (h/head13)
    expect(typeOf('Varje kommun/region utser en kontaktperson.')).toEqual(['kommun', 'region']);
    expect(typeOf('Regionens/kommunens kontaktperson ska uppges.')).toEqual(['kommun']);
    expect(typeOf('Västra Götalandsregionens förvaltning söker.')).toEqual(['region']);
    // counter-examples: a compound that is another kind, and none of the nouns at all
    expect(typeOf('Kommunalförbund och landstingsförbundet kan söka stöd.')).toEqual([]);
    expect(typeOf('Föreningar kan söka stöd.')).toEqual([]);
    expect(typeOf('Organisationer i Östersjöregionen kan söka stöd.')).not.toContain('region');
  });

  it('gives the change report the same plurals as kinds of applicant, "landsting" as region', () => {
    expect(applicantsOf('Kommuner och landsting kan söka bidraget.')).toEqual(['kommun', 'region']);
    expect(applicantsOf('Bidraget kan sökas av regionerna.')).toEqual(['region']);
    for (const form of recipientNoun('region').plurals) expect(applicantsOf(`Bidraget kan sökas av ${form}.`), form).toEqual(['region']);
    // a singular is the place, not a kind of applicant: "föreningar i kommunen"
    expect(applicantsOf('Föreningar i kommunen kan söka bidraget.')).toEqual(['förening']);
    // a compound of a plural is the same kind ("kvinnoorganisationer"); of a singular it is not ("kommunen")
    expect(applicantsOf('Riksdagspartiernas kvinnoorganisationer kan söka stöd.')).toEqual(['organisation']);
    // a kind of two words, across a line break as a PDF writes it
    expect(applicantsOf('Föreningar och kommunala\nverksamheter kan söka bidrag.')).toEqual(['förening', 'kommunal verksamhet']);
    expect(APPLICANT_NOUNS.map((r) => r.kind)).not.toContain('kommun');
  });

  it('lets the change report find a type still stated by any of its forms', () => {
    for (const form of recipientNoun('region').forms) expect(statesRecipient(`Statsbidrag kan sökas av ${form}.`, 'region'), form).toBe(true);
    expect(statesRecipient('Statsbidrag kan sökas av kommuner.', 'region')).toBe(false);
  });
});
