import { sv } from '../parse/unicode.js';
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

// An SFS or EU reference's act, as the words around its number name it ("förordningen (2013:1007)
// om statsbidrag …"); the candidate is the number.

/** The act's name right before its number ("Lag", "förordningen", "offentlighets- och sekretesslagen"); the group is the name. */
export const ACT_NAME: Cue<'act'> = {
  id: 'lag-forordning-fore', where: 'before', meaning: 'act', weight: 1,
  cue: /((?:[\p{L}]+-\s+(?:och|eller)\s+)?[\p{L}]*(?:lag|lagen|förordning|förordningen|balk|balken|föreskrifter|föreskrift))\s*$/iu,
  examples: ['enligt förordningen ⟨(2013:1007)⟩ om statsbidrag', 'offentlighets- och sekretesslagen ⟨(2009:400)⟩', 'Socialstyrelsens föreskrifter ⟨(HSLF-FS 2016:40)⟩'],
  counterExamples: ['enligt beslut ⟨(2013:1007)⟩', 'se bilaga ⟨(2013:1007)⟩'],
};

/** What the act is about, right after its number; the group is the "om …" phrase. */
export const ACT_ABOUT: Cue<'about'> = {
  id: 'om-efter', where: 'after', meaning: 'about', weight: 1, cue: /^\s+(om\s+[^.;()]+)/u,
  examples: ['Förordning ⟨(2013:1007)⟩ om statsbidrag till kvinnojourer'],
  counterExamples: ['Förordning ⟨(2013:1007)⟩. Om ni har frågor', 'Förordning ⟨(2013:1007)⟩ gäller'],
};

/** Where an "om …" phrase stops being the act's title: another decision or act joined on. */
export const ABOUT_ENDS: Cue<'end'> = {
  id: 'och-beslut', where: 'line', meaning: 'end', weight: 1,
  cue: sv(/\s+(?:och|samt)\s+(?:regeringsbeslut|beslut|förordning|lag|regleringsbrev)\b.*$/su),
  examples: ['om statsbidrag för kvinnojourer och regeringsbeslut S2024/01058', 'om statsbidrag samt förordning (2018:1)'],
  counterExamples: ['om statsbidrag till kommuner och regioner', 'om statsbidrag och beslutsstöd'],
};

/** An act named only by its kind ("lag", "förordningen") gives no title. */
export const BARE_ACT: Cue<'bare'> = {
  id: 'bara-lag', where: 'line', meaning: 'bare', weight: 1, cue: /^(?:lag|förordning|föreskrift(?:er)?)$/u,
  examples: ['lag', 'förordning', 'föreskrifter'],
  counterExamples: ['socialförsäkringsbalk', 'förordning om statsbidrag'],
};

/** An EU act's name right before "(EU) 2016/679"; the group is the name. */
export const EU_ACT_NAME: Cue<'eu-act'> = {
  id: 'eu-forordning', where: 'before', meaning: 'eu-act', weight: 1, cue: /([\p{L}-]*förordning(?:en)?)\s*$/iu,
  examples: ['enligt dataskyddsförordningen ⟨(EU) 2016/679⟩'],
  counterExamples: ['enligt direktiv ⟨(EU) 2016/680⟩'],
};

/**
 * A government decision cited by its number (group 1: "III:10"): "(regeringsbeslut III:10)",
 * "enligt regeringsbeslut I:18". Only where a sentence cites it, in parentheses or after a citing
 * word: a decision's own head line ("Regeringsbeslut I:18") is the document, not its basis, and an
 * appropriation post ("anslag 1:6") is no decision.
 */
export const DECISION_NUMBER: Cue<'decision'> = {
  id: 'regeringsbeslut-nummer', where: 'line', meaning: 'decision', weight: 1,
  cue: sv(/(?:\(|\b(?:enligt|i|genom|med\s+stöd\s+av)\s+)regeringsbeslut(?:et)?\s+(?:nr\.?\s+)?([IVX]{1,4}:\d{1,3})(?![\d:])/iu),
  examples: [
    'enligt regeringsuppdraget Stöd till kunskapsutveckling (regeringsbeslut III:10).',
    'Medlen fördelas enligt regeringsbeslut I:18.',
  ],
  counterExamples: ['Regeringsbeslut I:18', 'Anslaget 1:6 Bidrag till folkhälsa', 'regeringsbeslut 2023-12-21 S2023/03257'],
};
