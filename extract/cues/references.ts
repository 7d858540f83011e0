import type { Cue } from './types.js';

// Contacts and the legal basis: which sentence says what an e-mail address is for, the words that
// lead into an address and are not part of its topic, and what an SFS text's own title says of it.

/** A sentence (the address taken out) or the paragraph before an address that says what it is for. */
export const CONTACT_TOPIC: ReadonlyArray<Cue<'topic'>> = [
  {
    // the address's own sentence, read without the address; it also needs three words
    id: 'own-sentence', where: 'sentence', meaning: 'topic', weight: 1, cue: /fråg|kontakt|om\s/iu,
    examples: ['Frågor om rekvisitionen besvaras via', 'Vid frågor om redovisningen, mejla'],
    counterExamples: ['Registrator nås på', 'Skicka blanketten till'],
  },
  {
    // a paragraph up to three blocks before the address ("Vid frågor, kontakta:")
    id: 'lead-in', where: 'line', meaning: 'topic', weight: 1, cue: /fråg|kontakt/iu,
    examples: ['Vid frågor om statsbidraget, kontakta:', 'Kontaktpersoner'],
    counterExamples: ['Skicka underlagen till:'],
  },
];

/** The words that end a topic and lead into the address itself ("…, mejla oss på", "e-post:"): not the topic. */
export const ADDRESS_LEAD: Cue<'address-lead'> = {
  id: 'mejla-oss-pa', where: 'line', meaning: 'address-lead', weight: 1,
  cue: /\s*(?:mejla(?:r)? (?:oss|ni) (?:på|till)|e-post|e-postadress|mejl)\s*:?\s*$/iu,
  examples: ['Vid frågor om rekvisitionen mejla oss på', 'Frågor om bidraget, e-post:'],
  counterExamples: ['Vid frågor om rekvisitionen', 'Mejl om bidraget skickas ut i mars.'],
};

/** What an SFS text's own title (front matter "rubrik: …") says: a law, and a title worth keeping. */
export const SFS_TITLES: ReadonlyArray<Cue<'lag' | 'titled'>> = [
  {
    id: 'lag', where: 'line', meaning: 'lag', weight: 1, cue: /^lag\b/iu,
    examples: ['Lag (2018:597) om kommunala befogenheter', 'Lag om statsbidrag'],
    counterExamples: ['Förordning (2013:1007) om statsbidrag', 'Lagen om offentlig upphandling'],
  },
  {
    id: 'om-titel', where: 'line', meaning: 'titled', weight: 1, cue: /^(?:förordning|lag)\s+om\s/iu,
    examples: ['Förordning om statsbidrag till kvinno- och tjejjourer', 'Lag om kommunala befogenheter'],
    counterExamples: ['Förordning (2013:1007) om statsbidrag', 'Förordningen om statsbidrag'],
  },
];
