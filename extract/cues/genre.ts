import { sv } from '../parse/unicode.js';
import type { Cue } from './types.js';

// What kind of document a text is. A reporting form's help text ("Hjälptext för redovisning av
// …") walks through the form's fields with their limits: it reads as a reporting-form, not as an
// anvisning, when its head says so and it states field limits ("max 1000 tecken").

export const FORM_HEADS: ReadonlyArray<Cue<'reporting-form'>> = [
  {
    id: 'form-help-head', where: 'line', meaning: 'reporting-form', weight: 1,
    cue: sv(/^(?:hjälptext|instruktion(?:er)?|vägledning)\s+(?:för|till)\s+(?:redovisning|återrapportering|slutrapport)|^(?:återrapporteringsformulär|redovisningsformulär|slutrapportformulär)\b/iu),
    examples: ['Hjälptext för redovisning av verksamhetsbidrag', 'Återrapporteringsformulär för statsbidrag 2024'],
    counterExamples: ['Anvisningar för statsbidrag till kommuner 2024', 'Redovisning av statsbidrag'],
  },
];

/** A field's limit as a form states it: "(max 1000 tecken)". */
export const FIELD_LIMIT: Cue<'limit'> = {
  id: 'max-tecken', where: 'line', meaning: 'limit', weight: 1, cue: sv(/\bmax(?:imalt)?\s+\d{2,5}\s+tecken\b/iu),
  examples: ['Beskriv hur verksamheten har bidragit till syftet (max 1000 tecken)'],
  counterExamples: ['Beskriv hur verksamheten har bidragit till syftet.'],
};

/** Words that speak of a grant: a text with none is not grant instructions (the extractor counts them). */
export const GRANT_WORDS: Cue<'grant'> = {
  id: 'grant-words', where: 'line', meaning: 'grant', weight: 1,
  cue: /statsbidrag|bidrag|medel|medlen|anslag|rekvir|ansökan|utlysning|fördelning|fördelas|fördela|överenskommelse|återrapport/iu,
  examples: ['Anvisningar för statsbidrag 2024', 'Rekvirera senast den 1 mars', 'Utlysningen öppnar i maj'],
  counterExamples: ['Kommunfullmäktige sammanträder i maj.', 'Välkommen till vår webbplats'],
};

/**
 * Transitional provisions: a date in them belongs to the old rules or to one past round ("En ansökan
 * … för bidragsåret 2018 ska ha kommit in till Socialstyrelsen senast den 1 december 2017"), never to
 * the grant's own deadlines.
 */
export const TRANSITIONAL_HEADINGS: ReadonlyArray<Cue<'transitional'>> = [
  {
    id: 'overgangsbestammelser', where: 'heading', meaning: 'transitional', weight: 1,
    cue: sv(/^(?:ikraftträdande-?\s+och\s+)?övergångsbestämmelse(?:r|rna)?\b|^ikraftträdande(?:bestämmelser)?\s*$/iu),
    examples: ['Övergångsbestämmelser', 'Ikraftträdande- och övergångsbestämmelser'],
    counterExamples: ['Ansökan', 'Bestämmelser om övergångsbidrag'],
  },
];
