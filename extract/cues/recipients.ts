import { sv } from '../parse/unicode.js';
import type { Cue } from './types.js';

// Who may requisition or apply. TYPE_WORDS name a recipient type wherever they stand in a
// sentence that states eligibility; ELIGIBILITY says which sentences do; the headings say which
// section does.

export type RecipientType = 'region' | 'kommun' | 'organisation' | 'länsstyrelse';

/** Proper names that contain recipient nouns but are one organisation ("Sveriges Kommuner och Landsting"). */
export const ORGANISATION_NAMES = sv(/\bSveriges\s+Kommuner\s+och\s+(?:Landsting|Regioner)\b/gu);

export const TYPE_WORDS: ReadonlyArray<Cue<RecipientType>> = [
  {
    id: 'kommun', where: 'sentence', meaning: 'kommun', weight: 1,
    cue: sv(/\bkommun(?:er|erna|en)?\b|\bkommunerna\b|\bkommun\/|\/kommun/iu),
    examples: ['Kommuner och regioner kan söka stöd.', 'Regionens/kommunens kontaktperson ska uppges.'],
    counterExamples: ['Regioner kan söka stöd.', 'Kommunalförbund kan söka stöd.'],
  },
  {
    // landsting: the regions' name until 2019, in older anvisningar
    id: 'region', where: 'sentence', meaning: 'region', weight: 1,
    cue: sv(/\bregion(?:er|erna)?\b|regionerna\b|\bregion\/|\/region|regionen\b|västra götalandsregionen|\blandsting(?:et|en|s)?\b/iu),
    examples: ['Kommuner och landsting kan söka stöd.', 'Samtliga regioner kan rekvirera.'],
    counterExamples: ['Kommuner kan söka stöd.'],
  },
  {
    // a compound as the sentence's subject ("Riksorganisationer som arbetar för …"), not one in passing
    id: 'organisation', where: 'sentence', meaning: 'organisation', weight: 1,
    cue: sv(/\bideell(?:a)? (?:förening|organisation|sammanslutning)|\borganisation(?:er|erna)?\b|civilsamhällesorganisation|^\p{L}+organisation(?:er|erna)?\b|\bstiftelser\b/iu),
    examples: ['Ideella organisationer kan söka bidraget.', 'Kommuner och ideella sammanslutningar kan söka bidraget.', 'Riksorganisationer som arbetar för barn kan söka.'],
    counterExamples: ['Kommuner kan söka bidraget, till exempel tillsammans med intresseföreningen.'],
  },
  {
    // "… till kommuner, regioner och länsstyrelsen i Stockholm": a recipient, not the agency that distributes
    id: 'lansstyrelse', where: 'sentence', meaning: 'länsstyrelse', weight: 1,
    cue: sv(/\btill\s+(?:[\p{L}-]+,?\s+){0,6}länsstyrelse(?:n|r|rna)?\b|^länsstyrelse(?:n|r|rna)\s+(?:kan|får)\s+(?:söka|ansöka|rekvirera)\b/iu),
    examples: ['Regeringen ger Kammarkollegiet i uppdrag att utbetala totalt 82 000 000 kronor till kommuner, regioner och länsstyrelsen i Stockholm.', 'Länsstyrelserna kan rekvirera medel.'],
    counterExamples: ['Länsstyrelsen fördelar bidrag till kommunerna.'],
  },
];

/** Sentences that state eligibility outside a recipients section. */
export const ELIGIBILITY: ReadonlyArray<Cue<'eligibility'>> = [
  {
    id: 'kan-soka', where: 'sentence', meaning: 'eligibility', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:rekvirera|ansöka|söka|ta del av)\b/iu),
    examples: ['Kommuner och regioner kan söka stöd.', 'Samtliga kommuner får ta del av statsbidraget.'],
    counterExamples: ['Kommunerna har sökt stöd.'],
  },
  {
    id: 'statsbidrag-till', where: 'sentence', meaning: 'eligibility', weight: 1,
    cue: sv(/\bstatsbidrag(?:et)?\s+(?:till|lämnas till)\s+(?:en\s+)?(?:regioner|kommuner|region|kommun)|\bfördela[s]?\s+(?:[\d ,]+\s*(?:miljoner|miljarder)?\s*kronor\s+)?till\s+(?:landets\s+)?(?:regionerna|kommunerna|regioner|kommuner|landstingen|landsting)\b|\btill\s+(?:regionerna|kommunerna|landstingen)\b/iu),
    examples: ['Statsbidraget lämnas till kommuner.', 'Socialstyrelsen ska fördela 5 miljoner kronor till landets kommuner.'],
    counterExamples: ['Statsbidraget ska stärka vården.'],
  },
  {
    id: 'utbetala-till', where: 'sentence', meaning: 'eligibility', weight: 1,
    cue: sv(/\b(?:utbetala|betala\s+ut)\s+(?:totalt\s+|sammanlagt\s+)?[\d ,]+\s*(?:miljoner|miljarder)?\s*kronor\s+till\s+(?:kommuner|regioner|kommunerna|regionerna|länsstyrelse)/iu),
    examples: ['Regeringen ger Kammarkollegiet i uppdrag att utbetala totalt 82 000 000 kronor till kommuner, regioner och länsstyrelsen i Stockholm.'],
    counterExamples: ['Kammarkollegiet ska utbetala medlen efter rekvisition.'],
  },
];

/** Organisations as the ones who apply ("Ideella organisationer, stiftelser, kommuner … kan söka"), not in passing. */
export const ORGANISATIONS_APPLY: ReadonlyArray<Cue<'organisation'>> = [
  {
    id: 'subject-organisations', where: 'sentence', meaning: 'organisation', weight: 1,
    cue: sv(/(?:^|\b(?:riktar sig till|kan sökas av|kan ansökas av|lämnas till)\s+)(?:\p{L}+\s+){0,2}(?:organisationer|föreningar|sammanslutningar)\b(?:\s+som\b[^.]*?)?\s+(?:kan|får)\s+(?:söka|ansöka)\b|\b(?:riktar sig till|kan sökas av|kan ansökas av|(?:kan|får)\s+lämnas\s+till)\s+(?:\p{L}+,?\s+){0,4}(?:organisationer|föreningar|sammanslutningar)\b/iu),
    examples: ['Ideella organisationer kan söka bidraget.', 'Bidragen kan sökas av kommuner, ideella sammanslutningar eller kombinationer av dessa.'],
    counterExamples: ['Kommunen kan söka bidraget tillsammans med organisationer.'],
  },
  {
    // "Folkhälsomyndigheten har fått i uppdrag att betala projektbidrag till ideella organisationer vars …"
    id: 'bidrag-till-organisationer', where: 'sentence', meaning: 'organisation', weight: 1,
    cue: sv(/\b(?:betala(?:\s+ut)?|fördela|lämna)\s+(?:\p{L}*bidrag|medel)\s+till\s+(?:\p{L}+\s+){0,2}(?:organisationer|föreningar)\b/iu),
    examples: ['Folkhälsomyndigheten har fått i uppdrag att betala projektbidrag till ideella organisationer vars verksamhet rör hiv.'],
    counterExamples: ['Kommunen kan betala bidrag till projekt som drivs tillsammans med organisationer.'],
  },
  {
    id: 'named-organisation', where: 'sentence', meaning: 'organisation', weight: 1,
    cue: sv(/\bSveriges\s+Kommuner\s+och\s+(?:Landsting|Regioner)\s+(?:kan|får)\s+(?:rekvirera|söka|ansöka)\b/u),
    examples: ['Sveriges Kommuner och Landsting får rekvirera medel för faktiska kostnader under 2014.'],
    counterExamples: ['Sveriges Kommuner och Landsting har tagit fram ett stöd som kommunerna kan rekvirera.'],
  },
  {
    id: 'enumerated-subject', where: 'sentence', meaning: 'organisation', weight: 1,
    cue: sv(/^(?:[\p{L}-]+,?\s+){0,10}?(?:organisationer|föreningar|sammanslutningar|stiftelser),?\s+(?:[\p{L}-]+,?\s+){0,10}?(?:kan|får)\s+(?:söka|ansöka)\b/iu),
    examples: ['Ideella organisationer, stiftelser, kommuner, kommunalförbund och regioner kan söka bidraget.', 'Kommuner och ideella sammanslutningar kan söka bidraget.'],
    counterExamples: ['Kommuner och regioner kan söka bidraget.', 'Kommuner kan söka bidraget för att stödja organisationer.'],
  },
];

/** Sentences about those who applied or were granted before: not who may apply now. */
export const PAST_APPLICANTS = sv(/\b(?:har ansökt|ansökte|beviljats|sökande)\b/iu);

export const RECIPIENT_HEADINGS: ReadonlyArray<Cue<'recipients-section'>> = [
  {
    id: 'vilka-kan', where: 'heading', meaning: 'recipients-section', weight: 1,
    cue: sv(/^(?:vilka|vem)\b.*\b(?:kan|får)\b.*\b(?:rekvirera|ansöka|söka|ta del)|^vilka som kan|^vem kan|^vem får|^vilka regioner|^vilka kommuner|^målgrupp|^vem riktar sig|^ni kan söka (?:stats)?bidraget$/iu),
    examples: ['Vilka kan rekvirera?', 'Vem kan söka bidraget?', 'Målgrupp'],
    counterExamples: ['Vad kan ni använda statsbidraget till?', 'Hur gör ni en rekvisition?'],
  },
];
