import { sv } from '../parse/unicode.js';
import type { Cue } from './types.js';

// How surely an amount is the grant's total. Approximate figures, bounds and rates never reach
// these rows (extract/parse/amounts.ts marks them); the rows weigh what is left by the words
// around it. Higher is surer; an amount no row holds for is no total.

export const TOTAL_CUES: ReadonlyArray<Cue<'total'>> = [
  {
    id: 'totala-beloppet', where: 'before', cue: sv(/totala\s+belopp(?:et)?\b[^.]*$/iu), meaning: 'total', weight: 10,
    examples: ['Det totala beloppet som Socialstyrelsen fördelar för bidragsåret är ⟨1 013 000 000 kronor⟩.'],
    counterExamples: ['Beloppet som varje kommun kan rekvirera är ⟨500 000 kronor⟩.'],
  },
  {
    id: 'omfattar-totalt', where: 'before', cue: sv(/omfattar\s+(?:totalt|sammanlagt|sammantaget)\s*$/iu), meaning: 'total', weight: 10,
    examples: ['Medlen omfattar totalt ⟨300 000 000 kronor⟩ 2025.'],
    counterExamples: ['Medlen omfattar ett fast belopp om ⟨300 000 kronor⟩.'],
  },
  {
    id: 'att-fordela', where: 'after', cue: /^\s*(?:i statsbidrag\s+)?(?:finns\s+)?att\s+(?:fördelas?|söka|ansöka om|rekvirera)\b/iu, meaning: 'total', weight: 9,
    // "Under 2018 hade vi 18 miljoner kronor att fördela": last year's
    unless: [{ where: 'before', cue: sv(/\b(?:hade|fanns)\b/iu) }],
    examples: ['Under 2018 kommer ⟨tio miljoner kronor⟩ att fördelas till dessa jämställdhetsprojekt.', 'Totalt finns ⟨30 miljoner kronor⟩ att söka för 2024.', 'Myndigheten har ⟨5 miljoner kronor⟩ i statsbidrag att fördela.'],
    counterExamples: ['Under 2018 hade vi ⟨18 miljoner kronor⟩ att fördela.', 'Kommunen fick ⟨5 miljoner kronor⟩ för insatsen.'],
  },
  {
    id: 'budget-label', where: 'before', cue: /^\s*(?:total\s+)?(?:budget|bidragsram(?:en)?|ram|belopp att fördela|totalt belopp)\s*:\s*$/iu, meaning: 'total', weight: 9,
    examples: ['Budget: ⟨12,5 miljoner kronor⟩', 'Bidragsram: ⟨4 000 000 kr⟩'],
    counterExamples: ['Budget för projektet får vara högst ⟨4 000 000 kr⟩', 'Bidrag per projekt: ⟨4 000 000 kr⟩'],
  },
  {
    id: 'uppgar-till', where: 'before', meaning: 'total', weight: 9,
    cue: sv(/\b(?:omfattar|omfattas\s+av|uppgår\s+till|uppgår\s+totalt\s+till|medel att fördela\s*:)\s*(?:totalt\s*)?$/iu),
    examples: ['Statsbidraget omfattas av ⟨24 000 000 kronor⟩ för 2024.', 'Statsbidraget uppgår till ⟨78,5 miljoner kronor⟩.'],
    counterExamples: ['Statsbidraget betalas ut med ⟨78,5 miljoner kronor⟩.'],
  },
  {
    id: 'stod-om-sammanlagt', where: 'before', meaning: 'total', weight: 8,
    cue: sv(/\b(?:stöd|stödet|bidrag|statsbidrag|satsning|medel)\s+(?:om|på)\s+(?:sammanlagt|totalt)\s*$/iu),
    examples: ['Regeringen ger ett tillfälligt stöd om sammanlagt ⟨9,8 miljarder kronor⟩ till kommunerna och landstingen.'],
    counterExamples: ['Regeringen ger ett tillfälligt stöd om ⟨9,8 miljarder kronor⟩ per år.'],
  },
  {
    id: 'summa-label', where: 'before', cue: /^\s*(?:\*\*)?(?:summa|totalt)\b[\s:|*]*$/iu, meaning: 'total', weight: 8,
    examples: ['Summa: ⟨5 886 500 000 kronor⟩', '**Totalt** | ⟨1 590 000 000 kr⟩'],
    counterExamples: ['Summa per kommun ⟨500 000 kronor⟩'],
  },
  {
    id: 'totalt-omfattar', where: 'before', meaning: 'total', weight: 7.5,
    cue: /^(?:Totalt|Sammanlagt|Sammantaget)\s[^.]*\b(?:omfattar|uppgår|fördelas|fördelar)\b[^.\d]*$/u,
    examples: ['Totalt omfattar överenskommelsen mellan regeringen och SKL ⟨1 414 miljoner kronor⟩, drygt en halv miljard kronor mer än för år 2017.'],
    counterExamples: ['Överenskommelsen omfattar ⟨1 414 miljoner kronor⟩.'],
  },
  {
    id: 'fordelas', where: 'before', meaning: 'total', weight: 7, cue: sv(/\bfördela(?:s|r)?\s+(?:totalt\s+|ytterligare\s+)?$/iu),
    // "fördelas 240 000 000 kronor till kommunerna, och även …": one of several parts
    unless: [{ where: 'after', cue: sv(/^\s*till\s+(?:kommunerna|regionerna)\b[^.]*\b(?:även|också)\b/iu) }],
    examples: ['Socialstyrelsen har fått i uppdrag att via rekvisition fördela ytterligare ⟨5 miljoner kronor⟩ för 2022.'],
    counterExamples: ['Socialstyrelsen fördelar ⟨5 miljoner kronor⟩ till kommunerna och även en del till regionerna.'],
  },
  {
    // "ger Kammarkollegiet i uppdrag att utbetala totalt 82 000 000 kronor till kommuner, regioner och …"
    id: 'utbetala-totalt', where: 'before', meaning: 'total', weight: 7, cue: sv(/\b(?:utbetala|betala\s+ut)\s+(?:totalt|sammanlagt)\s+$/iu),
    examples: ['Regeringen ger Kammarkollegiet i uppdrag att utbetala totalt ⟨82 000 000 kronor⟩ till kommuner, regioner och länsstyrelsen i Stockholm.'],
    counterExamples: ['Kammarkollegiet ska utbetala ⟨500 000 kronor⟩ till varje kommun.'],
  },
  {
    id: 'totalt-fordela', where: 'before', meaning: 'total', weight: 6, cue: /(?:totalt|sammanlagt)\s+$/iu,
    also: { where: 'sentence', cue: /fördela/iu },
    examples: ['Regeringen har beslutat att fördela sammanlagt ⟨200 miljoner kronor⟩.'],
    counterExamples: ['Kommunen har använt sammanlagt ⟨200 miljoner kronor⟩.'],
  },
];

/** Sentences that never state this grant's total, whatever row holds: sums granted, applied for, compared. */
export const NOT_TOTAL: ReadonlyArray<Cue<'veto'>> = [
  {
    id: 'granted-or-compared', where: 'sentence', meaning: 'veto', weight: 0,
    cue: sv(/\b(?:beviljat|beviljats|beviljade|sökt|söktrycket|ansökningar|motsvarar|minskar|pensionskostnader|satsning|satsningen|investering|avsätter)\b/iu),
    unless: [{ where: 'sentence', cue: /totala\s+belopp|omfattar\s+totalt/iu }],
    examples: ['Socialstyrelsen har beviljat ⟨40 miljoner kronor⟩ att fördela.', 'Regeringen avsätter ⟨2 miljarder kronor⟩ att fördela.'],
    counterExamples: ['Det totala beloppet är ⟨40 miljoner kronor⟩ och motsvarar fjolårets.', 'Totalt finns ⟨30 miljoner kronor⟩ att söka.'],
  },
  {
    // "Av stödet fördelas 8,33 miljarder kronor till kommunerna och …": a part, not the total (for the weaker rows only)
    id: 'part-to-recipients', where: 'after', meaning: 'veto', weight: 7,
    cue: sv(/^\s*(?:kronor\s+)?till\s+(?:kommunerna|regionerna|kommuner|regioner|landstingen)\b/iu),
    also: { where: 'sentence', cue: sv(/^(?:Totalt|Till|Av\s+(?:stödet|medlen|beloppet|bidraget|statsbidraget|dessa))\b/u) },
    examples: ['Av stödet fördelas ⟨8,33 miljarder⟩ kronor till kommunerna och 1,47 miljarder till regionerna.', 'Totalt fördelas ⟨240 000 000 kronor⟩ till kommunerna.'],
    counterExamples: ['Socialstyrelsen fördelar ⟨240 000 000 kronor⟩ till kommunerna.'],
  },
];

/** A heading over the funding section: amounts under it weigh a little more. */
export const FUNDING_HEADINGS: ReadonlyArray<Cue<'funding-section'>> = [
  {
    id: 'funding-heading', where: 'heading', meaning: 'funding-section', weight: 0.5,
    cue: /bidragets storlek|hur (?:stort|mycket)|fördelas|fördelning|medel att fördela|belopp|summa|ekonomisk ram|budget/iu,
    examples: ['Hur stort är bidraget och hur fördelas det?', 'Medel att fördela', 'Bidragets storlek'],
    counterExamples: ['Vilka kan rekvirera?', 'Återrapportering'],
  },
];

/** Table rows and lines that state a sum: "Summa | 5 886 500 000", "Totalt: 1 590 000 000 kr". */
export const TOTAL_LINES: ReadonlyArray<Cue<'row-label' | 'line'>> = [
  {
    id: 'sum-row-label', where: 'line', meaning: 'row-label', weight: 8.5, cue: sv(/^(?:summa|totalt|total)\b/iu),
    examples: ['Summa', 'Totalt'],
    counterExamples: ['Region Stockholm', 'Totalsumman för 2024 års statsbidrag beräknas senare'],
  },
  {
    id: 'sum-line', where: 'line', meaning: 'line', weight: 8.5,
    cue: /^(?:summa|totalt|total)\s*(?:[:|]\s*)?(\d{1,3}(?:[ \u00a0]\d{3})+)(?:\s*(?:kr|kronor))?\.?$/iu,
    examples: ['Summa | 5 886 500 000', 'Totalt: 1 590 000 000 kr'],
    counterExamples: ['Totalt: cirka 1,6 miljarder kronor', 'Summa per region | 5 000'],
  },
];
