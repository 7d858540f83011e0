import { sv } from '../parse/unicode.js';
import type { Cue, Guard } from './types.js';

// Who may apply, as the sentence that says it (recipients.text, contract addition 1.1, issues 12 and 14): the rows say
// which sentences state who may requisition, apply for or receive the grant ("Statsbidraget kan rekvireras av samtliga
// kommuner.", "Bidrag får lämnas till huvudmän för …", "Ideella föreningar med verksamhet i länet kan söka."); the finder
// is extract/fields/recipients-text.ts. recipients.types is decided elsewhere (extract/fields/recipients.ts): these rows
// only pick the sentence to quote.

/**
 * A noun that names an applicant or a recipient, a compound's head too ("idrottsföreningar", "kommunalförbund",
 * "huvudmännen"), the word bounded (a compound's first part at most 30 letters: linear on any text).
 */
const APPLICANT = String.raw`(?<![\p{L}-])[\p{L}-]{0,30}?(?:kommun|region|landsting|förening|organisation|stiftelse|förbund|samfund|huvudm[aä]n|företag|länsstyrelse|myndighet|aktör|privatperson|personer|sammanslutning|kooperativ|bolag|universitet|högskol|lärosäte|forskare|konstnär|kulturskapare|författare|utövare|enskild|sökande|arrangör|folkhögskol|skolor|huvudmän)\p{L}{0,12}(?![\p{L}-])`;

/** the adverbs an applying verb may carry ("kan även söka", "får endast rekvireras") */
const ADVERB = String.raw`(?:även\s+|också\s+|nu\s+|endast\s+|bara\s+|enbart\s+|därför\s+|dessutom\s+|i\s+första\s+hand\s+)?`;

/**
 * Guards every row shares: a denied or past applying verb names who may not, or who did ("Bidraget kan inte sökas av
 * privatpersoner.", "Förra året sökte 40 föreningar."), and an agency or the government as the subject tells its own duty
 * ("Socialstyrelsen fördelar …", "Länsstyrelsen kan bevilja bidrag till …").
 */
const SHARED_UNLESS: readonly Guard[] = [
  { where: 'sentence', cue: sv(/\b(?:kan|får|ska|skall|kunde|fick)\s+(?:\p{L}+\s+)?(?:inte|ej|icke)\b|\binte\s+(?:kan|får)\b|\bingen\s+(?:kan|får)\b/iu) },
  { where: 'sentence', cue: sv(/\b(?:har\s+(?:an)?sökt|har\s+beviljats|ansökte|sökte|beviljades|kunde\s+(?:an)?söka|fick\s+(?:an)?söka|tidigare\s+år)\b/iu) },
  // (… the grant named before "som ni kan söka", its funder the subject: "Riksförbundet har checkar som ni kan söka"; an amount
  // each applicant may requisition, "hur stort belopp som varje kommun kan rekvirera", is the amount's sentence; a
  // page's pointer to what it tells, "information om vilka bidrag man som förening kan söka", says no one; nor money from
  // another funder, "Lägerskolor kan ansöka om bidrag från Lisi Wahls stiftelse": scan rtext83)
  { where: 'sentence', cue: sv(/\bsom\s+(?:ni|du|man)\s+(?:kan|får)\s+(?:an)?söka\b|\bhur\s+(?:stort|stora|mycket)\b|\bsom\s+(?:varje|respektive)\s+[\p{L}-]+\s+(?:kan|får)\b/iu) },
  { where: 'sentence', cue: sv(/\b(?:vilka|vilket)\s+(?:bidrag|stöd|stipendier|medel)\b|\binformation\s+om\b|\bhittar\s+(?:ni|du)\b|\bläs\s+mer\b/iu) },
  { where: 'sentence', cue: sv(/\bfrån\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}?\s+(?:stiftelse|fond)(?:en)?\b/u) },
  { where: 'sentence', cue: sv(/^(?:Regeringen|Socialstyrelsen|Skolverket|Kammarkollegiet|Boverket|Naturvårdsverket|Tillväxtverket|Vinnova|Formas|Forte|Myndigheten|Länsstyrelsen(?:\s+i\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+län)?|\p{Lu}\p{L}{0,30}(?:verket|styrelsen|myndigheten|kollegiet|rådet|nämnden))\s+(?:ska|skall|kan|får|fördelar|beslutar|beviljar|betalar|handlägger|prövar)\b/u) },
];

export const WHO_SENTENCES: ReadonlyArray<Cue<'who'>> = [
  {
    // the grant as the subject of a passive verb and who applies after "av": "Statsbidraget kan rekvireras av samtliga kommuner."
    id: 'kan-sokas-av', where: 'sentence', meaning: 'who', weight: 2,
    cue: sv(new RegExp(String.raw`\b(?:(?:kan|får|ska|skall)\s+${ADVERB}(?:rekvireras|sökas|ansökas|beviljas|tilldelas|delas\s+ut)|söks|rekvireras)\s+(?:[\p{L}-]+\s+){0,3}?av\s+(?:(?!som\s)[\p{L}-]+,?\s+){0,4}?${APPLICANT}`, 'iu')),
    unless: SHARED_UNLESS,
    examples: ['Statsbidraget kan rekvireras av samtliga kommuner.', 'Bidraget kan sökas av ideella föreningar som är registrerade i kommunens föreningsregister.',
      'Stödet söks av huvudmannen för skolenheten.', 'Projektbidrag kan även sökas av studieförbund och trossamfund.', 'Medlen får endast rekvireras av de regioner som har tecknat överenskommelsen.'],
    counterExamples: ['Bidraget kan inte sökas av privatpersoner.', 'Beslutet kan överklagas av sökanden.', 'Förra året sökte 40 föreningar bidraget.', 'Rapporten kan beställas av alla som är intresserade.',
      'Socialstyrelsen kan bevilja bidrag som sökts av kommuner.'],
  },
  {
    // the grant as the subject and who receives it after "till" or as the object: "Bidrag får lämnas till huvudmän för
    // förskoleklass.", "Stöd kan beviljas ideella föreningar."
    id: 'far-lamnas-till', where: 'sentence', meaning: 'who', weight: 2,
    cue: sv(new RegExp(String.raw`\b(?:stats|projekt|verksamhets|utvecklings|kultur|investerings)?(?:bidrag|stöd|medel|medlen|stipendi\p{L}{0,3}|understöd)(?:et|en)?\s+(?:får|kan|ska|skall)\s+${ADVERB}(?:i\s+mån\s+av\s+medel\s+)?(?:lämnas|ges|beviljas|betalas\s+ut|tilldelas|utgå)\s+(?:till\s+)?(?:(?!som\s)[\p{L}-]+,?\s+){0,3}?${APPLICANT}`, 'iu')),
    unless: [...SHARED_UNLESS, { where: 'sentence', cue: sv(/\b(?:lämnas|ges|beviljas|utgå)\s+till\s+(?:kostnader|projekt|insatser|åtgärder|aktiviteter|verksamhet)\b/iu) }],
    examples: ['Bidrag får lämnas till huvudmän för förskoleklass och grundskola.', 'Stöd kan beviljas ideella föreningar med verksamhet i länet.', 'Statsbidrag får ges till kommuner som har tecknat en överenskommelse med staten.',
      'Bidraget kan även beviljas kommunalförbund.'],
    counterExamples: ['Bidrag får inte lämnas till politiska partier.', 'Bidrag får lämnas till kostnader för lokalhyra i kommunen.', 'Medel kan beviljas ansökningar som myndigheten bedömer angelägna.', 'Stöd kan beviljas för projekt som pågår högst två år.', 'Bidraget beviljades föreningar i hela länet förra året.'],
  },
  {
    // who applies as the subject of the applying verb: "Ideella föreningar med verksamhet i länet kan söka bidraget.",
    // "Samtliga kommuner får rekvirera medel.", "Kommuner har möjlighet att söka stöd."
    id: 'subjekt-kan-soka', where: 'sentence', meaning: 'who', weight: 1,
    cue: sv(new RegExp(String.raw`${APPLICANT}[^.?!:;]{0,160}?\b(?:kan|får|har\s+möjlighet\s+att|ges\s+möjlighet\s+att|är\s+berättigade?\s+att)\s+${ADVERB}(?:(?:an)?söka|rekvirera|ta\s+del\s+av)\b`, 'iu')),
    unless: [...SHARED_UNLESS, { where: 'sentence', cue: sv(/\b(?:söka|ansöka)\s+(?:upp|sig|efter|på|information|kontakt|jobb|tjänst|tillstånd|bygglov)\b|\bta\s+del\s+av\s+(?:[\p{L}-]+\s+){0,2}?(?:resultat|rapport|information|kunskap|material|webbinari|utbildning)/iu) }],
    examples: ['Ideella föreningar med verksamhet i länet kan söka bidraget.', 'Samtliga kommuner får rekvirera medel för 2026.', 'Kommuner och regioner har möjlighet att söka stöd för insatserna.',
      'Endast kommuner som tecknat överenskommelse kan rekvirera statsbidraget.'],
    counterExamples: ['Föreningar kan inte söka bidraget.', 'Kommunerna kan söka information hos länsstyrelsen.', 'I kommunen finns ett föreningsregister där du kan söka på föreningsnamn.', 'Regionerna kan ta del av rapporten på vår webbplats.', 'Kommunerna sökte stöd förra året.',
      'Socialstyrelsen kan bevilja kommuner att söka om förlängning.', 'I bilagan framgår hur stort belopp som varje kommun kan rekvirera.',
      'Riksförbundet har checkar som ni kan söka för att komma vidare i arbetet.', 'På den här sidan hittar ni information om vilka bidrag man som förening i kommunen kan söka.', 'Lägerskolor kan ansöka om bidrag från Lisi Wahls stiftelse.'],
  },
  {
    // the verb before who applies (a sentence opened by an adverb or a time): "Nu kan även ideella föreningar med verksamhet i
    // länet söka.", "Från och med i år får samtliga regioner rekvirera medel."
    id: 'kan-subjekt-soka', where: 'sentence', meaning: 'who', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:nu|i\s+år|från\s+och\s+med\s+(?:i\s+år|\d{4})|under\s+\d{4}|därför|dessutom|härmed)\s+(?:kan|får)\s+${ADVERB}(?:[\p{L}-]+\s+){0,2}?${APPLICANT}[^.?!:;]{0,160}?\s(?:(?:an)?söka|rekvirera)\b`, 'iu')),
    unless: SHARED_UNLESS,
    examples: ['Nu kan även ideella föreningar med verksamhet i länet söka.', 'Från och med i år får samtliga regioner rekvirera medel.', 'Under 2026 kan kommuner och regioner ansöka om stöd.'],
    counterExamples: ['Nu kan föreningar inte söka bidraget.', 'Nu kan du läsa mer om hur kommunerna arbetar.', 'Under 2025 kunde kommuner söka stöd.'],
  },
  {
    // the call or grant aimed at applicants: "Utlysningen vänder sig till ideella organisationer.", "Bidraget riktar sig till
    // föreningar som …" (a target group of people, "barn och unga", is no applicant: the noun is required)
    id: 'vander-sig-till', where: 'sentence', meaning: 'who', weight: 1,
    cue: sv(new RegExp(String.raw`\b(?:bidrag|stöd|utlysning|satsning|stipendi|medel|medlen|program|statsbidrag)\p{L}{0,6}\s+(?:[\p{L}-]+\s+){0,2}?(?:vänder|riktar)\s+sig\s+(?:främst\s+|i\s+första\s+hand\s+|framför\s+allt\s+|enbart\s+|endast\s+)?till\s+(?:[\p{L}-]+,?\s+){0,3}?${APPLICANT}`, 'iu')),
    unless: SHARED_UNLESS,
    examples: ['Utlysningen vänder sig till ideella organisationer som arbetar med unga.', 'Bidraget riktar sig till föreningar som bedriver verksamhet för äldre.', 'Statsbidraget riktar sig främst till kommuner med hög andel nyanlända.'],
    counterExamples: ['Bidraget riktar sig till barn och unga i hela länet.', 'Vi vänder oss till dig som vill veta mer.', 'Informationen riktar sig till handläggare.'],
  },
  {
    // what the applicant must be: "Sökande ska vara en ideell förening.", "Sökanden måste vara en juridisk person."
    id: 'sokande-ska-vara', where: 'sentence', meaning: 'who', weight: 2,
    cue: sv(/^(?:den\s+|en\s+)?sökande(?:n)?\s+(?:ska|skall|måste)\s+vara\s+\p{L}/iu),
    unless: SHARED_UNLESS,
    examples: ['Sökande ska vara en ideell förening med säte i Sverige.', 'Sökanden måste vara en juridisk person.', 'Den sökande ska vara registrerad i kommunens föreningsregister.'],
    counterExamples: ['Sökande ska bifoga en budget.', 'Sökanden måste inte vara medlem.', 'Sökandes uppgifter ska vara korrekta.'],
  },
  {
    // the applicant named in an "if" clause with an inverted verb: "Om er förening har verksamhet i kommunen kan ni söka bidraget."
    id: 'om-ni-ar-kan-ni-soka', where: 'sentence', meaning: 'who', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:om|är)\s+(?:ni|du|er|din|din\s+organisation|er\s+organisation)\s+[^.?!]{0,120}?${APPLICANT}[^.?!]{0,120}?\b(?:kan|får)\s+(?:ni|du)\s+${ADVERB}(?:(?:an)?söka|rekvirera)\b`, 'iu')),
    unless: SHARED_UNLESS,
    examples: ['Om er förening har verksamhet i kommunen kan ni söka bidraget.', 'Är du en ideell organisation med säte i länet kan du söka stöd.'],
    counterExamples: ['Om ni har frågor om bidraget kan ni kontakta oss.', 'Om er förening har fått bidrag tidigare kan ni inte söka igen.'],
  },
];

/**
 * The short answer under a question heading of who may apply ("Vem kan söka?" / "Kommuner och regioner." / "Ideella
 * föreningar som bedriver verksamhet i Ekby kommun."): a sentence that opens with the applicants' noun, a few words before it.
 * Read only as the first sentence under such a heading (extract/fields/recipients-text.ts).
 */
export const WHO_ANSWER: Cue<'who'> = {
  id: 'svar-med-mottagare', where: 'sentence', meaning: 'who', weight: 1,
  cue: sv(new RegExp(String.raw`^(?:alla\s+|samtliga\s+|de\s+)?(?:[\p{L}-]+\s+){0,3}?${APPLICANT}`, 'iu')),
  unless: [...SHARED_UNLESS, { where: 'sentence', cue: sv(/\?\s*$|:\s*$/u) }],
  examples: ['Kommuner och regioner.', 'Ideella föreningar som bedriver verksamhet i Ekby kommun.', 'Alla huvudmän för förskoleklass.'],
  counterExamples: ['Vilka kommuner kan söka?', 'Kommuner kan inte söka bidraget.', 'Läs mer om villkoren nedan.', 'Följande organisationer:'],
};

/**
 * A list's lead that says whom the grant is not for ("Stiftelsen beviljar inte bidrag för följande:", "Bidrag lämnas inte
 * till:"): its items name who may not apply, never who may.
 */
export const NOT_WHO_LEAD: Cue<'not-who'> = {
  id: 'lista-inte-for', where: 'line', meaning: 'not-who', weight: 1,
  cue: sv(/\b(?:inte|ej|aldrig)\b[^\n:.!?]{0,120}:\s*$/iu),
  examples: ['Stiftelsen beviljar inte bidrag för följande:', 'Bidrag lämnas inte till:', 'Följande kan ej söka:'],
  counterExamples: ['Följande kan söka bidraget:', 'Bidrag kan sökas av:', 'Det här ska inte ingå i ansökan. Följande kan söka:'],
};
