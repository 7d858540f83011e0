import { sv } from '../parse/unicode.js';
import type { Cue, Guard } from './types.js';

// What a rekvisition or ansökan must contain, how the money is paid, and for which period it may
// be used: the phrase knowledge of fields/requisition.ts beyond the window's dates (cues/dates.ts).

/** A sentence that says what the rekvisition must contain or who must sign it. */
export const REQUIRES: ReadonlyArray<Cue<'requires'>> = [
  {
    id: 'ombud-ska', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/\bombud\b[^.]*\b(?:behöver|måste|ska)\b|\b(?:behöver|måste|ska)\b[^.]*\bombud\b/iu),
    unless: [{ where: 'sentence', cue: /^Läs mer|^Mer information/iu }],
    examples: ['Om ett ombud rekvirerar ska en fullmakt bifogas.', 'Ni behöver en fullmakt om ni använder ett ombud.'],
    counterExamples: ['Läs mer om ombud som ska ha fullmakt.', 'Ombudet fyller i rekvisitionen.'],
  },
  {
    id: 'ska-innehalla', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^(?:Rekvisitionen|Ansökan|Anmälan)\s+ska\s+innehålla\b/iu),
    examples: ['Rekvisitionen ska innehålla en kontaktperson.'],
    counterExamples: ['Redovisningen ska innehålla en budget.'],
  },
  {
    id: 'i-samband-med', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/\bi samband med (?:rekvisition(?:en)?|ansökan)\b[^.]*\bska\b|\bska\b[^.]*\bi samband med (?:rekvisition(?:en)?|ansökan)\b/iu),
    examples: ['I samband med rekvisitionen ska ni intyga att medlen används enligt förordningen.'],
    counterExamples: ['I samband med rekvisitionen får ni ett kvitto.'],
  },
  {
    id: 'i-rekvisitionen-ska', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^I (?:rekvisitionen|ansökan) ska\b/iu),
    examples: ['I rekvisitionen ska ni ange kontonummer.'],
    counterExamples: ['I redovisningen ska ni ange kontonummer.'],
  },
];

/** Words one of which a requirement sentence names: a quick test before the rows. */
export const REQUIRE_WORDS = /ombud|rekvisition|ansökan|anmälan/iu;

/** Headings of the sections that say how and when the money is paid. */
export const PAYMENT_HEADINGS: ReadonlyArray<Cue<'payment-section'>> = [
  {
    id: 'payment-section', where: 'heading', meaning: 'payment-section', weight: 1,
    cue: /när kommer (?:bidraget|pengarna|medlen)|utbetalning|hur får ni (?:del av )?(?:medlen|pengarna)|när betalas|när fattas beslut/iu,
    examples: ['När kommer pengarna?', 'Utbetalning av statsbidraget', 'Hur får ni del av medlen?'],
    counterExamples: ['Redovisning', 'Vem kan rekvirera?'],
  },
];

/** A sentence that says how the money is paid: a payment verb and a manner of paying. */
export const PAYMENT_SENTENCE: ReadonlyArray<Cue<'payment'>> = [
  {
    id: 'betalas-ut-hur', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(/\bbetala[rs]?\s+ut\b|\butbetalning(?:en)?\b|\bbetalas\b/iu),
    also: { where: 'sentence', cue: /engångs|löpande|förskott|tillfällen|konto|efter (?:att|rekvisition)/iu },
    examples: ['Medlen betalas ut vid ett tillfälle till det konto som angetts i rekvisitionen.', 'Utbetalningen sker som en engångssumma.'],
    counterExamples: ['Medlen betalas ut under våren.', 'Beslut om fördelning fattas löpande.'],
  },
];

/** A range in a sentence about applying or the application window is not the usage period. */
const ABOUT_APPLYING: Guard = { where: 'sentence', cue: /ansök|utlys|öppen|rekvisition(?:en)?\s+(?:öppnar|görs)/iu };

/** A sentence that gives the period the money may be used in: the heavier row is surer. */
export const USAGE_PERIOD: ReadonlyArray<Cue<'usage'>> = [
  {
    id: 'far-anvandas', where: 'sentence', meaning: 'usage', weight: 2,
    cue: /använda (?:stats)?bidraget|kostnader som uppstår|användas (?:under|från|mellan)|(?:kan|får) användas|använt (?:hela )?(?:stats)?bidraget/iu,
    unless: [ABOUT_APPLYING],
    examples: ['Medlen får användas 1 januari–31 december 2026.', 'Bidraget kan användas för kostnader som uppstår 1 juli 2025–30 juni 2026.'],
    counterExamples: ['Ansökan är öppen 1 mars–15 april 2026 och medlen får användas under året.', 'Rekvisitionen öppnar 1 mars–15 april 2026.'],
  },
  {
    id: 'perioden-bidragsaret', where: 'sentence', meaning: 'usage', weight: 1,
    cue: sv(/\bperioden\b|\bbidragsåret\b/iu),
    unless: [ABOUT_APPLYING],
    examples: ['Bidragsåret är 1 juli 2025–30 juni 2026.', 'Statsbidraget avser perioden 1 januari–31 december 2026.'],
    counterExamples: ['Ansökningsperioden är 1 mars–15 april 2026.', 'Utlysningen gäller perioden 1 mars–15 april.'],
  },
];
