import { sv } from '../parse/unicode.js';
import type { Cue, Guard } from './types.js';

// What a rekvisition or ansökan must contain, how the money is paid, and for which period it may
// be used: the phrase knowledge of fields/requisition.ts beyond the window's dates (cues/dates.ts).

/** A sentence that says what the rekvisition must contain or who must sign it. */
export const REQUIRES: ReadonlyArray<Cue<'requires'>> = [
  {
    // a step each applicant must take before the round: "Varje förening ansvarar för att boka ett dialogmöte inför
    // ansökningsperioden." (diff pair q260, Svenljunga's föreningsbidrag)
    id: 'ansvarar-for-att-infor-ansokan', where: 'sentence', meaning: 'requires', weight: 1,
    note: 'one document: the Svenljunga page of diff pair q260; no other such sentence in the dev corpus, the diff texts or the seeds',
    cue: sv(/\b(?:varje|alla|den\s+sökande)\s+(?:förening(?:ar)?|organisation(?:er)?|sökande|föreningen)\s+ansvarar\s+för\s+att\s+(?:boka|genomföra|delta\s+i|ha)\s[^.]{0,80}?\binför\s+(?:ansökan|ansökningsperioden|ansökningstiden|ansökningsomgången)\b/iu),
    // … not a step left to the applicant's wish: "… om föreningen önskar stöd", "om så önskas", "det är frivilligt"
    // (review52 e1, e2)
    unless: [{ where: 'sentence', cue: sv(/\bom\s+[^.]{0,60}?\b(?:önskar|vill|behöver)\b|\bom\s+så\s+önskas\b|\bfrivillig[ta]?\b/iu) }],
    examples: ['Varje förening ansvarar för att boka ett dialogmöte inför ansökningsperioden.'],
    counterExamples: ['Varje förening ansvarar för att boka ett dialogmöte inför ansökan om föreningen önskar stöd med att fylla i den.', 'Varje förening ansvarar för sin egen verksamhet.', 'Kommunen ansvarar för att boka ett dialogmöte inför ansökningsperioden.', 'Varje förening ansvarar för att boka lokal efter beslutet.'],
  },
  {
    id: 'ombud-ska', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/\bombud\b[^.]{0,200}\b(?:behöver|måste|ska)\b|\b(?:behöver|måste|ska)\b[^.]{0,200}\bombud\b/iu),
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
    cue: sv(/\bi samband med (?:rekvisition(?:en)?|ansökan)\b[^.]{0,200}\bska\b|\bska\b[^.]{0,200}\bi samband med (?:rekvisition(?:en)?|ansökan)\b/iu),
    examples: ['I samband med rekvisitionen ska ni intyga att medlen används enligt förordningen.'],
    counterExamples: ['I samband med rekvisitionen får ni ett kvitto.'],
  },
  {
    id: 'i-rekvisitionen-ska', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^I (?:rekvisitionen|ansökan) ska\b/iu),
    examples: ['I rekvisitionen ska ni ange kontonummer.'],
    counterExamples: ['I redovisningen ska ni ange kontonummer.'],
  },
  {
    // what goes with the application: "Vid ansökan ska en budget för projektet finnas med."
    id: 'vid-ansokan-ska', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^Vid\s+(?:ansökan|rekvisition(?:en)?|anmälan)\s+(?:ska|skall|måste)\b/iu),
    examples: ['Vid ansökan ska en budget för projektet finnas med.', 'Vid rekvisitionen måste ni ange ett kontonummer.'],
    counterExamples: ['Vid redovisning ska en budget finnas med.', 'Vid frågor om ansökan kontakta oss.'],
  },
  {
    // what the application must show: "Av ansökan ska framgå antal besök per juridiskt kön per förening eller sektion."
    id: 'av-ansokan-ska-framga', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^Av\s+(?:ansökan|rekvisitionen|anmälan)\s+ska\s+(?:det\s+)?(?:även\s+|också\s+)?framgå\b/iu),
    examples: ['Av ansökan ska framgå antal besök per juridiskt kön per förening eller sektion.', 'Av rekvisitionen ska det framgå vilka insatser medlen avser.'],
    counterExamples: ['Av redovisningen ska framgå hur medlen har använts.', 'Av ansökan framgår vem som söker.'],
  },
  {
    // who may hand it in: "För att kunna ansöka om stödet via Boverkets e-tjänst krävs det att en företrädare för
    // kommunen har en registrerad fullmakt hos Boverket"
    id: 'for-att-ansoka-kravs-fullmakt', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^För\s+att\s[^.]{0,200}\b(?:ansöka|rekvirera|söka|anmäla)\b[^.]{0,200}\bkrävs\s+(?:det\s+)?att\b[^.]{0,200}\b(?:fullmakt|ombud|behörig\s+företrädare)\b/u),
    examples: ['För att kunna ansöka om stödet via Boverkets e-tjänst krävs det att en företrädare för kommunen har en registrerad fullmakt hos Boverket.'],
    counterExamples: ['För att en organisation ska kunna ansöka om verksamhetsbidrag krävs att organisationen har som mål att främja psykisk hälsa.'],
  },
  {
    // what a recipient must hand in to get the money at all: "För att få ta del av medlen ska en region
    // inkomma med en plan för vilka åtgärder som ska genomföras med stöd av medlen"
    id: 'for-att-ta-del-ska-inkomma', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^För\s+att\s+(?:få\s+|kunna\s+)?ta\s+del\s+av\s+(?:medlen|bidraget|statsbidraget|stödet|pengarna)\b[^.]{0,120}?\b(?:ska|måste|behöver)\b[^.]{0,120}?\b(?:inkomma|lämna\s+in|skicka\s+in|ge\s+in)\s+med\b/iu),
    examples: ['För att få ta del av medlen ska en region inkomma med en plan för vilka åtgärder som ska genomföras med stöd av medlen.', 'För att ta del av bidraget måste kommunen skicka in med en beskrivning av insatserna.'],
    counterExamples: ['För att ta del av medlen kan ni läsa mer på webbplatsen.', 'För att få ta del av medlen ska regionen ha genomfört en nulägesanalys.'],
  },
  {
    // what is handed in with the application: "Projektbeskrivning och kostnadsbudget ska bifogas ansökan." (Regionförbundet
    // Kalmar dev 1251), "Till ansökan ska budget för evenemanget bifogas." (Vellinge dev 2055, rich75b); not a payment claim's
    // or a report's attachments, nor what need not be attached
    id: 'ska-bifogas-ansokan', where: 'sentence', meaning: 'requires', weight: 1,
    // (a word right before the verb: the thing attached is the subject, not a page's link text run into the sentence, dev 2035)
    // (… the verb before what is attached too, the inverted order: "Till ansökan ska bifogas motivering, arbetsprover och …"
    // (Region Jämtland Härjedalen, diff q359), "Till ansökan skall bifogas verksamhetsplan och budget" (issue 14, pairuse78))
    // (… and the application named as a compound, "Till bidragsansökan skall bifogas …": else one year's wording reads a
    // requirement the other year's does not, a false change, diffb37)
    cue: sv(/^Till\s+(?:(?:bidrags|projekt|stipendie|stöd)?ansökan|rekvisitionen|anmälan)\s+(?:ska|skall|måste)\s+(?:[^.]{1,120}?\bbifogas\b|bifogas:?\s+\p{L})|\p{L}\s+(?:ska|skall|måste)\s+bifogas\s+(?:till\s+)?(?:ansökan|rekvisitionen|anmälan)\b/iu),
    // … nor a relative clause that only points to where the attachments are listed ("… vilka handlingar som ska bifogas
    // ansökan", dev 411, diff q203; a contents line "Bilagor som ska bifogas ansökan", dev 1836)
    unless: [{ where: 'sentence', cue: sv(/\b(?:ansökan|rekvisitionen)\s+om\s+(?:slut|del)?utbetalning|\b(?:inga|inte|ej|behöver\s+inte)\b|\bredovisning(?:en)?\s+(?:ska|skall)\b|\bsom\s+(?:ska|skall|måste)\s+bifogas\b/iu) }],
    examples: ['Projektbeskrivning och kostnadsbudget ska bifogas ansökan.', 'Till ansökan ska budget för evenemanget bifogas.',
      // (paraphrases in other bodies' phrasing, constructed)
      'Föreningens senaste årsredovisning måste bifogas till ansökan.', 'Till rekvisitionen ska ett intyg från revisorn bifogas.',
      'Till ansökan ska bifogas motivering, arbetsprover och kopior av betyg.', 'Till ansökan skall bifogas verksamhetsplan och budget för året.', 'Till ansökan skall bifogas: verksamhetsplan, budget och senaste årsmötesprotokoll.',
      'Till bidragsansökan skall bifogas en budget och en verksamhetsplan.'],
    counterExamples: ['Till redovisningen ska bifogas, ekonomisk redovisning med styrkta verifikationer.', 'Kvitton ska bifogas redovisningen.', 'Till ansökan om slututbetalning ska kopior av fakturor bifogas.',
      'Till ansökan ska inga bilagor bifogas.', 'Till ansökan ska bifogas inga originalhandlingar.', 'Till ansökan om slututbetalning ska bifogas kopior av fakturor.', 'Beslutet skickas till den som bifogat ansökan.',
      'Av ansökningsblanketten framgår vilka handlingar som ska bifogas ansökan.', 'Länk till annan webbplats. ska bifogas ansökan.'],
  },
  {
    // who must sign before it is sent: "Spara den ifyllda blanketten, skriv ut och låt behörig person underteckna den
    // innan ni skickar ansökan med handlingar till Socialstyrelsen", "Ansökan ska undertecknas av firmatecknare"
    id: 'behorig-underteckna', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/\b(?:låt|ska|måste)\s+(?:en\s+)?(?:behörig|firmatecknare|firmatecknaren|ordförande)\s*(?:person\s+|företrädare\s+)?(?:underteckna|skriva\s+under)\b|\b(?:ska|måste)\s+(?:[\p{L}-]+\s+){0,2}?undertecknas\s+av\b/iu),
    examples: ['Spara den ifyllda blanketten, skriv ut och låt behörig person underteckna den innan ni skickar ansökan med handlingar till Socialstyrelsen.', 'Ansökan ska undertecknas av firmatecknare.'],
    counterExamples: ['Ansökan skickas till Socialstyrelsen.', 'Beslutet undertecknas av generaldirektören.'],
  },
  {
    // what the applicant attaches, said with the applicant as the subject (issue 14, pairx85): "Till ansökan ska du bifoga en budget
    // och en verksamhetsplan", "Med ansökan måste föreningen skicka in sitt senaste årsmötesprotokoll", "Till rekvisitionen behöver ni
    // även bifoga en kostnadsberäkning" (constructed; ska-bifogas-ansokan reads the passive). Not a payment claim's or a report's
    // attachments, nor what need not be attached
    id: 'till-ansokan-ska-ni-bifoga', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^(?:Till|Med)\s+(?:(?:bidrags|projekt|stipendie|stöd)?ansökan|rekvisitionen|anmälan)\s+(?:ska|skall|måste|behöver)\s+(?:du|ni|sökande(?:n)?|föreningen|organisationen|kommunen|regionen)\s+(?:även\s+|också\s+)?(?:bifoga|skicka\s+in|skicka\s+med|lämna\s+in|lämna)\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:ansökan|rekvisitionen)\s+om\s+(?:slut|del)?utbetalning|\b(?:inga|inte|ej)\b|\bredovisning(?:en)?\s+(?:ska|skall)\b/iu) }],
    examples: ['Till ansökan ska du bifoga en budget och en verksamhetsplan.', 'Med ansökan måste föreningen skicka in sitt senaste årsmötesprotokoll.', 'Till rekvisitionen behöver ni även bifoga en kostnadsberäkning.'],
    counterExamples: ['Till ansökan om slututbetalning ska ni bifoga kopior av fakturor.', 'Till ansökan behöver ni inte bifoga några intyg.', 'Till ansökan kan du bifoga bilder om du vill.'],
  },
  {
    // who must have signed it, with the participle (issue 14, pairx85): "Ansökan ska vara undertecknad av firmatecknare", "Rekvisitionen
    // måste vara signerad av behörig företrädare" (constructed; behorig-underteckna reads "ska undertecknas av")
    id: 'ska-vara-undertecknad-av', where: 'sentence', meaning: 'requires', weight: 1,
    cue: sv(/^(?:Ansökan|Ansökningen|Rekvisitionen|Anmälan|Ansökningsblanketten|Blanketten)\s+(?:ska|skall|måste)\s+vara\s+(?:undertecknad|signerad|underskriven)\s+av\s+\p{L}/iu),
    examples: ['Ansökan ska vara undertecknad av firmatecknare.', 'Rekvisitionen måste vara signerad av behörig företrädare för regionen.', 'Ansökningsblanketten ska vara underskriven av föreningens ordförande.'],
    counterExamples: ['Beslutet ska vara undertecknat av generaldirektören.', 'Redovisningen ska vara undertecknad av firmatecknare.'],
  },
  {
    // what an application must have to be handled at all (issue 14, pairx85): "För att ansökan ska behandlas krävs att den innehåller en
    // budget", "För att en ansökan ska kunna prövas måste föreningen ha hållit årsmöte", "För att rekvisitionen ska godkännas behöver
    // den vara komplett" (constructed). Never what the grant requires of the project after a decision ("För att få behålla …")
    id: 'for-att-ansokan-ska-behandlas', where: 'sentence', meaning: 'requires', weight: 1,
    // (never the office's, jury's or body's own step after the handling clause, review72b dr1, dr2: "För att ansökan ska kunna
    // behandlas måste kansliet först registrera den", as the diff's rules.ts ansokan-ska holds it off)
    unless: [{ where: 'sentence', cue: sv(/\b(?:måste|ska|skall|krävs|behöver)\s+(?:vi|kansliet|juryn|handläggar\p{L}*|nämnden|styrelsen|regionen|kommunen|förvaltningen|myndigheten|länsstyrelsen|bedömningsgruppen|referensgruppen)\b/iu) }],
    cue: sv(/^För\s+att\s+(?:en\s+|din\s+|er\s+)?(?:ansökan|ansökningen|rekvisitionen|anmälan)\s+ska\s+(?:kunna\s+)?(?:behandlas|prövas|handläggas|bedömas|godkännas|tas\s+upp|registreras)\s*,?\s+(?:krävs|måste|ska|behöver)\b/iu),
    examples: ['För att ansökan ska behandlas krävs att den innehåller en budget.', 'För att en ansökan ska kunna prövas måste föreningen ha hållit årsmöte.', 'För att rekvisitionen ska godkännas behöver den vara komplett.'],
    counterExamples: ['För att få behålla bidraget krävs att projektet genomförs.', 'För att ansökan ska behandlas snabbt, skicka den i god tid.', 'Ansökan behandlas i den ordning den kommer in.',
      'För att ansökan ska kunna behandlas måste kansliet först registrera den, vilket tar cirka en vecka.', 'För att ansökan ska kunna bedömas måste juryn först sammanträda i april.', 'För att en ansökan ska kunna prövas behöver vi ibland ställa kompletterande frågor.'],
  },
];

/**
 * A list item under the application's heading that says what the applicant must hand in with it: "Sökande ska inlämna ett
 * skatteutdrag för att påvisa företagets eller organisationens betalda skatter och avgifter." (Sametinget 2024, diff q270,
 * under "Ansökningstider"). Read only in an item under a heading of WINDOW_HEADINGS (fields/requisition.ts requiresOf): the
 * same words elsewhere may be the report's.
 */
export const APPLICANT_HANDS_IN: ReadonlyArray<Cue<'requires'>> = [
  {
    id: 'sokande-ska-inlamna', where: 'sentence', meaning: 'requires', weight: 1,
    note: 'one document: the Sametinget page of diff pair q270; no other such item in the dev corpus, the diff texts or the seeds',
    cue: sv(/^(?:Den\s+)?[Ss]ökande(?:n)?\s+(?:ska|skall|måste|behöver)\s+(?:även\s+|också\s+)?(?:inlämna|lämna\s+in|bifoga|skicka\s+in|ge\s+in|inkomma\s+med|visa\s+upp|uppvisa)\s+(?:ett|en)\s/u),
    // … never the report or anything handed in after the grant
    unless: [{ where: 'sentence', cue: sv(/\b(?:redovisning\p{L}*|slutrapport\p{L}*|rapport\p{L}*|återrapport\p{L}*|efter\s+(?:projektet|beslutet|avslutat))\b/iu) }],
    examples: ['Sökande ska inlämna ett skatteutdrag för att påvisa företagets eller organisationens betalda skatter och avgifter.'],
    counterExamples: ['Sökande ska vara en ideell förening.', 'Sökande ska lämna in en redovisning senast tre månader efter projektets slut.', 'Sökande ska inlämna ett skatteutdrag efter beslutet.'],
  },
];

/** Words one of which a requirement sentence names: a quick test before the rows. */
export const REQUIRE_WORDS = /ombud|rekvisition|ansökan|anmälan|fullmakt|ta del av/iu;

/** … and for the applicant's step before the round alone (ansvarar-for-att-infor-ansokan), its round's words (review52 e5). */
export const ROUND_REQUIRE_WORDS = /ansökningsperiod|ansökningstid|ansökningsomgång/iu;

/** Headings of the sections that say how and when the money is paid. */
export const PAYMENT_HEADINGS: ReadonlyArray<Cue<'payment-section'>> = [
  {
    id: 'payment-section', where: 'heading', meaning: 'payment-section', weight: 1,
    cue: /när kommer (?:bidraget|pengarna|medlen)|utbetalning|hur får ni (?:del av )?(?:medlen|pengarna)|när betalas|när fattas beslut/iu,
    examples: ['När kommer pengarna?', 'Utbetalning av statsbidraget', 'Hur får ni del av medlen?'],
    counterExamples: ['Redovisning', 'Vem kan rekvirera?'],
  },
];

/** The words that say money is paid out: "betalas ut", "utbetalas", "Utbetalningen". */
const PAYMENT_VERB = String.raw`\b(?:betala[rs]?\s+ut|utbetala[rs]?|utbetalning(?:en)?|betala\s+(?:pengarna|medlen|bidraget|beloppet))\b`;

/** A sentence that says how the money is paid: a payment verb and a manner of paying. */
export const PAYMENT_SENTENCE: ReadonlyArray<Cue<'payment'>> = [
  {
    id: 'betalas-ut-hur', where: 'sentence', meaning: 'payment', weight: 1,
    // ("utbetalas" only right before "efter rekvisition", and the money paid in parts: "Medlen utbetalas efter rekvisition från
    // regionerna", "Medlen betalas ut i två delar, i mars och i september", the brief's payment shapes of a regeringsbeslut; rb84,
    // constructed; "utbetalas" with any manner word would read a salary or a kommun's own payout "löpande", "i förskott", which
    // utbetalas-satt keeps out)
    cue: sv(/\bbetala[rs]?\s+ut\b|\butbetalning(?:en)?\b|\bbetalas\b|\butbetalas\s+(?:efter\s+rekvisition|i\s+(?:två|tre|fyra|flera)\s+(?:delar|omgångar|delbetalningar|delutbetalningar))\b/iu),
    also: { where: 'sentence', cue: /engångs|löpande|förskott|tillfällen|konto|efter (?:att|rekvisition)|\bi\s+(?:två|tre|fyra|flera)\s+(?:delar|omgångar|delbetalningar|delutbetalningar)\b/iu },
    // (… never a recipient paying its own staff or participants a wage or a fee, review84: "Arbetsgivaren betalar ut lönen till
    // praktikanten i två delar efter att praktiken har avslutats.", constructed)
    unless: [{ where: 'sentence', cue: sv(/^\s*(?:Lön(?:en|erna)?|Arvode(?:t|n|na)?)\s+(?:ut)?betalas\b/iu) }, { where: 'sentence', cue: sv(/\bbetala[rs]?\s+ut\s+(?:\p{L}+\s+){0,2}?(?:lön(?:en|er|erna)?|arvode(?:t|n|na)?|ersättning(?:en|ar|arna)?\s+till\s+(?:deltagar|anställd|ledar|praktikant))\b/iu) }],
    examples: ['Medlen betalas ut vid ett tillfälle till det konto som angetts i rekvisitionen.', 'Utbetalningen sker som en engångssumma.',
      'Medlen utbetalas efter rekvisition från regionerna.', 'Medlen betalas ut i två delar, i mars och i september 2026.',
      // ("utbetalas i två delar" as "betalas ut i två delar": one payment told in either verb, review78b S1)
      'Bidraget utbetalas i två delar.'],
    counterExamples: ['Medlen betalas ut under våren.', 'Beslut om fördelning fattas löpande.', 'Medlen utbetalas under våren.', 'Rapporten ska lämnas i två delar.', 'Lön till anställda ledare utbetalas löpande av föreningen.', 'Lönen utbetalas i två delar till projektledaren.',
      'Arbetsgivaren betalar ut lönen till praktikanten i två delar efter att praktiken har avslutats.', 'Föreningen betalar ut arvoden till ledarna efter att lägret har avslutats.'],
  },
  {
    // paid on to those already granted, no new application (rb85, dev 2478): "Statsbidraget kan betalas ut till dem som redan ansökt
    // om och beviljats medel för 2023"; never an application's condition ("kan sökas av dem som redan …") or a plain payout
    id: 'betalas-ut-till-redan-beviljade', where: 'sentence', meaning: 'payment', weight: 1,
    // (review85a PA1: the grant or its money the subject, never another benefit: "… bostadsbidrag kan betalas ut till de hushåll som redan …")
    cue: sv(/\b(?:statsbidraget|bidraget|stödet|medlen|pengarna|ersättningen)\s+(?:kan|ska|kommer\s+att)\s+(?:betalas\s+ut|utbetalas)\s+till\s+(?:de|dem|den)\s+(?:\p{L}+\s+)?som\s+redan\s+(?:har\s+)?(?:ansökt|sökt|beviljats|fått)\b/iu),
    examples: ['Statsbidraget kan betalas ut till dem som redan ansökt om och beviljats medel för 2023.',
      // constructed paraphrases
      'Bidraget ska betalas ut till de kommuner som redan har beviljats medel för 2025.', 'Pengarna kommer att betalas ut till dem som redan fått stöd under året.'],
    counterExamples: ['Bidraget kan sökas av dem som redan har ansökt om annat stöd.', 'Medlen betalas ut till kommunerna.', 'Bidraget kan betalas ut till dem som ansöker senast den 1 mars.',
      'Statsbidraget kan betalas ut till de kommuner som har beviljats medel.', 'Observera att bostadsbidrag kan betalas ut till de hushåll som redan har beviljats bidrag av Försäkringskassan.'],
  },
  {
    // the payment's own last day: "statsbidraget betalas ut senast den 1 december 2018", "Utbetalning … sker senast i maj 2021"
    id: 'betalas-ut-senast', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(new RegExp(String.raw`${PAYMENT_VERB}[^.]{0,200}\bsenast\s+(?:den\s+)?(?:\d|i\s+\p{L})`, 'iu')),
    examples: ['Beslut om fördelning fattas under slutet av november månad och statsbidraget betalas ut senast den 1 december 2018.', 'Utbetalning till kommunerna och regionerna sker senast i maj 2021.'],
    counterExamples: ['Rekvisitionen ska ha kommit in senast den 14 oktober 2022 och medlen betalas ut vanligtvis inom 30 arbetsdagar.', 'Medlen betalas ut under våren.'],
  },
  {
    // paid without being claimed: "Utbetalning till kommunerna och regionerna sker utan rekvisition"
    id: 'utan-rekvisition', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(new RegExp(String.raw`${PAYMENT_VERB}[^.]{0,200}\butan\s+(?:föregående\s+)?rekvisition\b`, 'iu')),
    examples: ['Utbetalning till kommunerna och regionerna sker utan rekvisition senast i maj 2021.', 'Medlen betalas ut utan rekvisition.', 'Kammarkollegiet ska senast den 15 mars 2025 engångsvis betala pengarna till WADA utan rekvisition.'],
    counterExamples: ['Medel som inte har rekvirerats betalas inte ut.', 'Ni kan inte få medel utan rekvisition.'],
  },
  {
    // paid once the work is done: "Utbetalning av bidrag sker när arbetena är avslutade, vilket kan ske med flera års fördröjning"
    id: 'betalas-ut-nar-klart', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(new RegExp(String.raw`${PAYMENT_VERB}[^.]{0,120}\b(?:när|sedan|efter\s+att)\s+(?:arbetet|arbetena|projektet|projekten|åtgärden|åtgärderna|insatsen|insatserna|investeringen)\s+(?:är|har\s+blivit|blivit)\s+(?:avslutad|avslutat|avslutade|slutförd|slutfört|slutförda|genomförd|genomfört|genomförda|färdigställd|färdigställt|färdigställda)\b`, 'iu')),
    examples: ['Utbetalning av bidrag sker när arbetena är avslutade, vilket kan ske med flera års fördröjning.', 'Bidraget betalas ut när åtgärden är genomförd.'],
    counterExamples: ['Utbetalning sker när Boverket har fattat beslut.', 'Bidraget får användas när arbetena är avslutade.', 'Utbetalning av bidrag sker när arbetena påbörjas.'],
  },
  {
    // how often it is paid: "Skolverket betalar ut statsbidraget två gånger per år, i juni för vårterminen och i december för höstterminen"
    id: 'betalas-ut-ganger', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(new RegExp(String.raw`${PAYMENT_VERB}[^.]{0,120}?\b(?:(?:en|två|tre|fyra|\d)\s+gånger?\s+(?:per|om|i)\s+(?:år|året|termin)|per\s+kvartal|kvartalsvis|per\s+termin)\b`, 'iu')),
    examples: ['Skolverket betalar ut statsbidraget två gånger per år, i juni för vårterminen och i december för höstterminen.', 'Medlen betalas ut kvartalsvis.'],
    counterExamples: ['Ansökan kan göras två gånger per år.', 'Medlen betalas ut under våren.'],
  },
  {
    // "Utbetalning … sker enligt särskild utbetalningsplan och i nära anslutning till medlens användning"
    id: 'utbetalningsplan', where: 'sentence', meaning: 'payment', weight: 1,
    cue: sv(/\benligt\s+(?:en\s+|den\s+)?(?:särskild\s+|fastställd\s+|beslutad\s+)?utbetalningsplan(?:en)?\b/iu),
    examples: ['Utbetalning av ekonomiskt stöd till de projekt som beviljats medel sker enligt särskild utbetalningsplan och i nära anslutning till medlens användning.'],
    counterExamples: ['Ni ska bifoga en utbetalningsplan till ansökan.'],
  },
  {
    // the manner right after the verb, "utbetalas"/"utbetala" too (betalas-ut-hur reads "betalas ut" and "utbetalning" only):
    // "Medlen utbetalas engångsvis efter rekvisition ställd till Kammarkollegiet.", "… utbetala 162 miljoner kronor som
    // engångsbelopp till …", "Ersättningen betalas ut med delbelopp under en tvåårsperiod." (stop 54 rich75a: dev 1134, 2070,
    // 348, 1720). The manner must follow the verb within six words (no "och" between), so a manner told of another step is
    // none ("Ansökningar behandlas löpande och medlen utbetalas under våren"); the active verb only with a one-off sum (a
    // kommun that "utbetalar löpande försörjningsstöd" tells of its own payments).
    id: 'utbetalas-satt', where: 'sentence', meaning: 'payment', weight: 1,
    // (review75a: the passive verb only with the grant's money as the sentence's subject, at most two words before it — a
    // salary, a fee, a moms refund, another benefit or the money a kommun passes on (the subject may be a share or a sum of
    // it: "Max 50% av beviljat bidrag kan utbetalas i förskott", dev 1613; "655 000 000 kronor … utbetalas engångsvis", dev 843) is paid "löpande"/"i efterskott" too: "Lön
    // till anställda ledare utbetalas löpande", "Det stöd som kommunen i sin tur ger till lokala föreningar utbetalas i
    // förskott", "Lönebidraget betalas ut i efterskott av Arbetsförmedlingen"; no "som" in the gap, a relative clause tells
    // another step: "utbetalas efter beslut som fattas löpande"; the active verb only as a duty's infinitive, never a kommun's
    // or region's own payout: "Kommunen utbetalar därefter ett stöd till varje förening som ett engångsbelopp")
    cue: sv(/^(?:[\p{L}\d%]+\s+){0,8}?(?:medlen|medel|bidrag(?:et)?|stöd(?:et)?|statsbidrag(?:et)?|ersättning(?:en)?|pengarna|anslag(?:et)?|stipendi(?:et|er)|beloppet|projektmedlen|kronor)\s+(?:(?:kan|ska|får|kommer\s+att)\s+)?(?:utbetalas|betalas\s+ut)(?:\s+(?!och\b|samt\b|men\b|eller\b|som\b)[\p{L}\d]+){0,6}?\s+(?:engångsvis|som\s+(?:ett\s+)?engångsbelopp|med\s+delbelopp|i\s+(?:(?:två|tre|fyra|flera)\s+)?delbelopp|i\s+(?:förskott|efterskott)|löpande|vid\s+ett\s+tillfälle)\b|\bska\s+(?:[\p{L}\d/]+\s+){0,8}?utbetala(?:\s+(?!och\b|samt\b|men\b|eller\b|som\b)[\p{L}\d]+){0,6}?\s+(?:engångsvis|som\s+(?:ett\s+)?engångsbelopp)\b/iu),
    unless: [{ where: 'sentence', cue: sv(/^(?:Kommunen|Kommunerna|Regionen|Regionerna|Föreningen|Föreningarna|Huvudmannen|Lön(?:en)?|Arvode(?:t|n)?)\b|\bi\s+sin\s+tur\b/u) }],
    examples: ['Medlen utbetalas engångsvis efter rekvisition ställd till Kammarkollegiet.', 'Kammarkollegiet ska efter rekvisition med uppgift om bankgiro/plusgiro utbetala 162 miljoner kronor som engångsbelopp till Frivilligorganisationernas Insamlingsråd.',
      'Ersättningen betalas ut med delbelopp under en tvåårsperiod.', 'Bidraget utbetalas i förskott till föreningens bankgiro.', 'Stödet utbetalas till sökanden i efterskott.',
      'Bidraget utbetalas i två delbelopp, hälften vid beslut och resten efter godkänd redovisning.', 'Beviljat bidrag utbetalas i sin helhet i förskott till föreningens bankgiro.',
      'Max 50% av beviljat bidrag kan utbetalas i förskott.', '655 000 000 kronor respektive 300 000 000 kronor utbetalas engångsvis till landstingen efter rekvisition till Kammarkollegiet.'],
    counterExamples: ['Ansökningar behandlas löpande och beviljade medel utbetalas under våren.', 'Kommunen utbetalar löpande försörjningsstöd till hushållen.',
      'Utbetalning sker i april 2023.', 'Medlen utbetalas till Länsstyrelsen i Stockholm som ska fördela medlen vidare.',
      'Lön till anställda ledare utbetalas löpande av föreningen enligt kollektivavtal.', 'Det stöd som kommunen i sin tur ger till lokala föreningar utbetalas i förskott enligt kommunens egna regler.',
      'Ersättning för ingående moms utbetalas i efterskott av Skatteverket.', 'Deltagare i insatserna kan få aktivitetsstöd från Försäkringskassan som utbetalas i efterskott.',
      'Arvode till föreningens styrelse utbetalas vid ett tillfälle per år och bekostas av föreningen själv.', 'Kommunen utbetalar därefter ett stöd till varje förening som ett engångsbelopp.',
      'Beviljade medel utbetalas efter beslut som fattas löpande under våren.', 'Lönebidraget betalas ut i efterskott av Arbetsförmedlingen.',
      'Kommunen ska sedan utbetala stödet till varje förening som ett engångsbelopp.', 'Lön på 25 000 kronor utbetalas löpande varje månad till projektledaren.'],
  },
];

/** A range in a sentence about applying or the application window is not the usage period. */
// … the grant as the subject of "kan sökas" too: "Projektbidrag för 2023 kan sökas under perioden 2022-08-16 till och med 2022-09-27" (dev 323)
const ABOUT_APPLYING: Guard = { where: 'sentence', cue: /ansök|utlys|öppen|rekvisition(?:en)?\s+(?:öppnar|görs)|\bsökas\b/iu };

/**
 * A usage period told of an earlier year, in the past tense or as last year's: "Bidraget för 2024 fick användas under perioden
 * 1 januari–31 december 2024.", "Kostnader som uppkommit under perioden 1 juli 2023–30 juni 2024 redovisades i förra årets
 * redovisning." (review71c U1, U5, constructed): that year's money, not this grant's.
 */
const PAST_USAGE: Guard = { where: 'sentence', cue: sv(/\b(?:fick|kunde|skulle)\s+(?:\p{L}+\s+){0,2}?(?:användas|använda)\b|\bredovisades\b|\b(?:förra|föregående)\s+(?:årets|års)\b|\bfjolårets\b/iu) };

/**
 * The period of those already granted, a list of past recipients: "Föreningar som ansökt om och beviljats bidrag för perioden
 * 2020-03-01 — 2020-05-31" (dev 1630, one of three periods), "Föreningar som sökt och beviljats bidrag för perioden …" (issue 14,
 * pairuse78 c12): never the grant's usage period.
 */
// (… or a grant some hold, of another giver, "Föreningar som har stöd för perioden … från Kulturrådet kan inte söka"; a sum for the
// period paid out, "Bidrag för perioden … betalades ut i augusti"; the report of a period's grant, "Redovisning av bidrag för
// perioden … ska lämnas senast …" — review78a U2–U4)
const PAST_GRANTED: Guard = { where: 'sentence', cue: sv(/\b(?:har\s+|som\s+)(?:[\p{L}-]+\s+){0,3}?(?:beviljats|ansökt|sökt|erhållit|fått)\b|\b(?:beviljades|ansökte|sökte|erhöll|fick)\s+(?:bidrag|stöd|medel)\b|\bsom\s+(?:redan\s+)?(?:har|uppbär)\s+(?:[\p{L}-]+\s+){0,2}?(?:stöd|bidrag|medel)\s+för\s+perioden\b|\b(?:betalades|utbetalades|fördelades|betalats|utbetalats)\b|\bredovisning(?:en)?\s+av\s+(?:[\p{L}-]+\s+){0,2}?(?:bidrag|stöd|medel)\p{L}*\s+för\s+perioden\b/iu) };

/** Something else than the money used in the period: "Föreningar får använda kommunens lokaler gratis under perioden …" (review71c U3). */
const OTHER_THING_USED: Guard = { where: 'sentence', cue: sv(/\b(?:använda|låna|hyra|boka|nyttja)\s+(?!(?:stats)?bidraget\b|medlen\b|stödet\b|pengarna\b|bidragen\b)(?:\p{L}+s\s+)?(?:lokal(?:en|er|erna)?|anläggning(?:en|ar|arna)?|hall(?:en|ar|arna)?|lokaler(?:na)?|utrustning(?:en)?|bussen|scenen)\b/iu) };

/** The period a distribution key's count is taken in ("har 73 372 bostäder getts startbesked under perioden …"), money81. */
const COUNTED_IN_PERIOD: Guard = { where: 'sentence', cue: sv(/\b(?:gett|getts|givit|givits|fått|meddelat|meddelats)\s+(?:\p{L}+\s+){0,2}?startbesked\b|\bstartbesked\s+(?:för|under)\b|\b(?:mätperiod|beräkningsperiod)\p{L}*/iu) };

/** A sentence that gives the period the money may be used in: the heavier row is surer. */
export const USAGE_PERIOD: ReadonlyArray<Cue<'usage'>> = [
  {
    id: 'far-anvandas', where: 'sentence', meaning: 'usage', weight: 2,
    cue: /använda (?:stats)?bidraget|kostnader som uppstår|användas (?:under|från|mellan)|(?:kan|får) användas|använt (?:hela )?(?:stats)?bidraget/iu,
    unless: [ABOUT_APPLYING, PAST_USAGE],
    examples: ['Medlen får användas 1 januari–31 december 2026.', 'Bidraget kan användas för kostnader som uppstår 1 juli 2025–30 juni 2026.'],
    counterExamples: ['Ansökan är öppen 1 mars–15 april 2026 och medlen får användas under året.', 'Rekvisitionen öppnar 1 mars–15 april 2026.',
      'Bidraget för 2024 fick användas under perioden 1 januari–31 december 2024.', 'Förra årets medel kunde användas mellan 1 juli 2023 och 30 juni 2024.'],
  },
  {
    id: 'perioden-bidragsaret', where: 'sentence', meaning: 'usage', weight: 1,
    cue: sv(/\bperioden\b|\bbidragsåret\b/iu),
    // (… never the window of a step done through a channel, diffb35: "Du får gärna lämna en redovisning av hur du använt ditt
    // kulturstipendium. Detta sker via kulturdatabasen under perioden 1 maj 2018 – 31 maj 2019.", diff q342: the report's window)
    // (… nor the period a distribution key counts in, money81: "I kommunerna har 73 372 bostäder getts startbesked under perioden
    // 31 juli 2016 till 1 augusti 2017." (dev 2414), "Kommunerna har gemensamt gett startbesked för totalt 49 624 nya bostäder för
    // perioden 1 augusti 2015 till 1 augusti 2016." (dev 2415): the count's period, never the money's use)
    unless: [ABOUT_APPLYING, PAST_USAGE, PAST_GRANTED, OTHER_THING_USED, COUNTED_IN_PERIOD, { where: 'sentence', cue: sv(/\b(?:sker|görs|lämnas|skickas)\s+(?:digitalt\s+|direkt\s+)?(?:via|i|genom)\s+(?:(?:vår|vårt|den|det|en|ett)\s+)?[\p{L}-]{0,30}?(?:databas|tjänst|portal|system|formulär|webb|verktyg)\p{L}{0,6}(?![\p{L}-])[^.]{0,40}?\bperioden\b/iu) }],
    // (… the channel before the period it is done in: "Bidraget avser perioden 1 juli 2025–30 juni 2026 och redovisningen lämnas via
    // e-tjänsten." keeps the grant's period, review72b u1k)
    examples: ['Bidragsåret är 1 juli 2025–30 juni 2026.', 'Statsbidraget avser perioden 1 januari–31 december 2026.', 'Statsbidraget avser perioden 1 januari–31 december 2026 och rekvireras via e-tjänsten.', 'Bidraget avser perioden 1 juli 2025–30 juni 2026 och redovisningen lämnas via e-tjänsten.'],
    counterExamples: ['Ansökningsperioden är 1 mars–15 april 2026.', 'Utlysningen gäller perioden 1 mars–15 april.', 'Projektbidrag för 2023 kan sökas under perioden 2022-08-16 till och med 2022-09-27, med beslut i december.',
      'Föreningar får använda kommunens lokaler gratis under perioden 1 juni–31 augusti 2025.', 'Kostnader som uppkommit under perioden 1 juli 2023–30 juni 2024 redovisades i förra årets redovisning.',
      // (diffb35: q342's report window, and paraphrases in other bodies' words, constructed)
      'Detta sker via kulturdatabasen under perioden 1 maj 2018 – 31 maj 2019.', 'Redovisningen görs i e-tjänsten under perioden 1 mars–31 mars 2025.', 'Nomineringen lämnas via webbformuläret under perioden 1–31 maj 2024.',
      // (pairuse78: those already granted, PAST_GRANTED)
      'Föreningar som sökt och beviljats bidrag för perioden 2026-01-01 — 2026-06-30',
      // (money81: the period a key counts in; dev 2414 and a paraphrase, constructed)
      'I kommunerna har 73 372 bostäder getts startbesked under perioden 31 juli 2016 till 1 augusti 2017.', 'Fördelningen utgår från antalet startbesked under perioden 1 augusti 2024–31 juli 2025.'],
  },
  {
    // the period the grant applied for covers, said in a sentence about applying (so not 'perioden-bidragsaret', whose
    // ABOUT_APPLYING guard turns it away; issue 14, pairuse78): "Nu är det dags att ansöka om bidrag för perioden från den 1
    // juni 2014 till 31 maj 2015." (Varberg, diff q218), "Med anledning av det gäller årets ansökan perioden 1 juni 2021 – 31
    // december 2022." (diff q219). Only the grant "för perioden" or the application as what "gäller/avser" the period: never
    // the window in which one applies ("kan sökas under perioden …", "Ansökningsperioden är …")
    id: 'ansokan-galler-perioden', where: 'sentence', meaning: 'usage', weight: 1,
    cue: sv(/\b(?:(?:stats|förenings|verksamhets|drift|aktivitets|projekt)?bidrag(?:et)?|stöd(?:et)?|medel)\s+för\s+perioden\b|\bansökan\s+(?:gäller|avser)\s+(?:för\s+)?perioden\b|\b(?:gäller|avser)\s+(?:årets\s+|denna\s+)?ansökan\s+perioden\b/iu),
    // (… nor the period of those already granted, a list of past recipients: "Föreningar som ansökt om och beviljats bidrag för
    // perioden 2020-03-01 — 2020-05-31", dev 1630, one of three periods)
    unless: [PAST_USAGE, PAST_GRANTED, { where: 'sentence', cue: sv(/\bansökningsperiod\p{L}*|\b(?:sökas|söka|ansöka|lämnas|skickas)\s+(?:in\s+)?(?:under|mellan|från(?:\s+och\s+med)?)\s+(?:perioden\s+)?(?:den\s+)?\d|\butlysning\p{L}*\s+(?:är\s+öppen|pågår)|\böppen\s+för\s+ansökningar\b/iu) }],
    examples: ['Nu är det dags att ansöka om bidrag för perioden från den 1 juni 2014 till 31 maj 2015.', 'Med anledning av det gäller årets ansökan perioden 1 juni 2021 – 31 december 2022.',
      // constructed
      'Föreningar kan söka verksamhetsbidrag för perioden 1 juli 2026–30 juni 2027.'],
    counterExamples: ['Bidraget kan sökas under perioden 1 mars–15 april 2026.', 'Ansökningsperioden för bidrag för perioden 2026 är 1 mars–15 april 2026.',
      'Ansökan kan lämnas under perioden 1 mars–15 april 2026.', 'Förra årets bidrag för perioden 1 juli 2024–30 juni 2025 har redovisats.',
      'Föreningar som ansökt om och beviljats bidrag för perioden 2026-03-01 — 2026-05-31',
      // (review78a U1–U4: the window told "från den", a period paid out, its report, another giver's grant held; constructed)
      'Ansökan om bidrag för perioden 2027–2028 kan lämnas från den 1 oktober 2026 till den 15 november 2026.', 'Bidrag för perioden 1 juli 2025–30 juni 2026 betalades ut i augusti 2025.',
      'Redovisning av bidrag för perioden 1 januari–31 december 2025 ska lämnas senast den 31 mars 2026.', 'Föreningar som har stöd för perioden 1 januari 2025–31 december 2026 från Kulturrådet kan inte söka.'],
  },
  {
    // the costs the money covers, by when they arose: "Bägge ansökningstillfällena avser merkostnader som uppkommit mellan
    // den 1 februari och den 30 november 2020" (a sentence about the rounds, so not ABOUT_APPLYING's guard)
    id: 'kostnader-som-uppkommit', where: 'sentence', meaning: 'usage', weight: 2,
    cue: sv(/\b\p{L}*kostnader\s+som\s+(?:har\s+)?(?:uppkommit|uppstått|uppkommer|uppstår)\s+(?:under|mellan|från|i\s+perioden)\b/iu),
    unless: [{ where: 'sentence', cue: /ansökningsperiod|ansökan\s+är\s+öppen|utlys|öppnar/iu }, PAST_USAGE],
    examples: ['Bägge ansökningstillfällena avser merkostnader som uppkommit mellan den 1 februari och den 30 november 2020.', 'Ni kan använda statsbidraget för kostnader som uppstår under perioden 1 januari 2026 till 31 december 2026.'],
    counterExamples: ['Ansökningsperioden för kostnader som uppstått under 2020 är 1 mars–15 april 2021.', 'Kostnader som uppkommit ska redovisas.'],
  },
];

/**
 * A period stated by its first and its last day in one sentence, the first as when the project may start at the earliest, the
 * last as how long it may run: "Projekten kan starta tidigast den 1 juli 2022 och i normalfallet pågå som längst till den 30
 * juni 2023." (Trafikverket's projektbidrag 2022, diff batch 30). Read only where the sentence states exactly two dates, the
 * start before the end (extract/fields/requisition.ts findUsagePeriod).
 */
export const USAGE_START_END: ReadonlyArray<Cue<'usage'>> = [
  {
    id: 'starta-tidigast-pagaa-till', where: 'sentence', meaning: 'usage', weight: 1,
    // (also "tidigast" before the verb: "Projekt som beviljas stöd kan tidigast starta 2018-01-01 och pågå till 2019-12-01.",
    // Energimyndigheten's Coacher för energi och klimat 2017, diff q338)
    cue: sv(/\b(?:(?:starta|startas|påbörjas|börja)\s+tidigast|tidigast\s+(?:starta|startas|påbörjas|börja))\b[^.]{0,60}?\boch\b[^.]{0,40}?\b(?:pågå|avslutas|löpa)\b[^.]{0,30}?\btill\b/iu),
    // … not another stage's or a past round's period (review70b U1–U4, U6: "Handläggningen kan tidigast påbörjas …", "Förra
    // omgångens projekt kunde tidigast starta …", "Utbetalningarna …", "Bedömningen …", "Kursen som ingår i programmet …")
    unless: [ABOUT_APPLYING, { where: 'sentence', cue: /\b(?:handläggning\p{L}*|bedömning\p{L}*|beredning\p{L}*|utbetalning\p{L}*|granskning\p{L}*|kurs(?:en|er|erna)?|utbildning\p{L}*|förra|föregående|kunde)\b/iu }],
    examples: ['Projekten kan starta tidigast den 1 juli 2022 och i normalfallet pågå som längst till den 30 juni 2023.', 'Projektet kan starta tidigast 15 februari 2024 och som längst pågå till 15 februari 2025.',
      'Projekt som beviljas stöd kan tidigast starta 2018-01-01 och pågå till 2019-12-01.', 'Insatserna kan tidigast påbörjas den 1 mars 2025 och pågå till den 28 februari 2026.'],
    counterExamples: ['Projektet kan starta tidigast den 1 juli 2022.', 'Projektet får pågå som längst till den 30 juni 2023.',
      'Handläggningen kan tidigast påbörjas 1 april 2025 och pågå till 30 maj 2025.', 'Förra omgångens projekt kunde tidigast starta 2023-01-01 och pågå till 2024-12-31.'],
  },
];

/**
 * A section heading over earlier years' rounds or recipients ("Tidigare år", "Tidigare stipendiater", "Stipendiater 2023",
 * "Arkiv", "Previous recipients"): a usage period stated under it is that year's, never this grant's (fields/requisition.ts
 * findUsagePeriod; review72c Y2, constructed: "Tidigare år" / "Stipendiaterna 2023 presenterades i december. Stipendiet ska
 * användas under 2024.").
 */
export const PAST_YEARS_HEAD: Cue<'past-years'> = {
  id: 'past-years-head', where: 'line', meaning: 'past-years', weight: 1,
  cue: sv(/^(?:tidigare\s+(?:år|års\s+\p{L}+|stipendiater|mottagare|bidragsmottagare|pristagare|omgångar|utlysningar|beslut)|förra\s+årets\s+\p{L}+|(?:stipendiater|pristagare|bidragsmottagare|mottagare)\s+(?:år\s+)?\d{4}(?:\s*[–-]\s*\d{4})?|arkiv(?:et)?|previous\s+(?:years|recipients|rounds|grants)|past\s+(?:recipients|rounds|grants))\s*$/iu),
  examples: ['Tidigare år', 'Tidigare stipendiater', 'Stipendiater 2023', 'Förra årets mottagare', 'Arkiv', 'Previous recipients'],
  counterExamples: ['Stipendier 2025', 'Så söker du stipendiet', 'Tidigare år har stipendiet delats ut till tre personer.', 'Årets stipendiater'],
};

/** A usage period stated as one calendar year (group 1): "Medlen ska användas under 2024." — the whole year, 1 January to 31 December. */
export const USAGE_YEAR: ReadonlyArray<Cue<'usage-year'>> = [
  {
    id: 'anvandas-under-ar', where: 'sentence', meaning: 'usage-year', weight: 1,
    // … a stipend's or an anslag's too: "Stipendiet ska användas under 2025." (review71c M6c, constructed)
    // … after the year the grant is for, in one sentence: "Bidraget avser verksamhet under 2023 och medlen ska användas under
    // 2023." (stop 54 rich75a: dev 1910); only that lead, so another subject's money ("Kommunens budget avser …") stays none
    cue: sv(/^(?:(?:Bidraget|Statsbidraget|Stödet|Medlen|Anslaget)\s+avser\s+(?:verksamhet(?:en)?\s+)?(?:under\s+)?(?:år\s+)?\d{4}\s+och\s+(?:medlen|medel|bidraget|pengarna|statsbidraget|stödet)|Medlen|Medel|Bidraget|Pengarna|Statsbidraget|Stödet|Stipendiet|Anslaget)\s+(?:ska|får|kan)\s+användas\s+under\s+(?:år\s+)?(\d{4})\s*\.?\s*$/u),
    examples: ['Medlen ska användas under 2024.', 'Bidraget får användas under år 2025', 'Stipendiet ska användas under 2025.', 'Anslaget får användas under 2026.',
      'Bidraget avser verksamhet under 2023 och medlen ska användas under 2023.', 'Statsbidraget avser år 2025 och medlen får användas under 2025.'],
    counterExamples: ['Medlen ska användas under 2024–2025.', 'Medlen har använts under 2024.', 'Medlen ska användas under året.', 'Medlen ska användas under 2024 och redovisas 2025.',
      'Stipendiet har använts under 2024.', 'Stipendiet kan sökas under 2025.', 'Stipendiet ska användas under 2025 eller 2026.',
      'Kommunens budget avser verksamhet under 2024 och medlen ska användas under 2024.', 'Bidraget avser verksamhet under 2023 och medlen har använts under 2023.'],
  },
  {
    // a sum the recipient may use in one year: "Skogsstyrelsen får för pilotprojektet använda högst 6 000 000 kronor under
    // 2016, med förbehåll för …" (stop 54 rich75a: dev 2070, a regeringsbeslut's grant to an agency). "får" only (a past
    // round's "fick" is none), the year right after the sum, and never the agency's own costs of handling a grant it passes on
    // ("får använda högst 500 000 kronor under 2018 för egna kostnader för hanteringen")
    id: 'far-anvanda-belopp-under-ar', where: 'sentence', meaning: 'usage-year', weight: 1,
    cue: sv(/\bfår\s+(?:för\s+[\p{L}-]{1,40}\s+)?använda\s+(?:högst\s+|upp\s+till\s+)?\d{1,3}(?:[ \u00a0]\d{3}){0,4}(?:,\d+)?\s+(?:miljoner\s+|miljarder\s+)?kronor\s+under\s+(?:år\s+)?(\d{4})\b(?!\s*(?:[–-]|,|och\b|samt\b|respektive\b)\s*\d)/iu),
    // (review75a: never another agency's task — "Statskontoret får använda … under 2026 för att utvärdera satsningen", "för
    // uppföljning av uppdraget" — nor one of several years: "30 000 000 kronor under 2026 och 30 000 000 kronor under 2027")
    unless: [{ where: 'sentence', cue: sv(/\begna\s+kostnader\b|\badministrat\p{L}*|\bhantering(?:en)?\b|\bförvaltningskostnader\b|\butvärder\p{L}*|\buppföljning\p{L}*|\bfölja\s+upp\b|\butredning\p{L}*/iu) },
      { where: 'sentence', cue: sv(/\bunder\s+(?:år\s+)?\d{4}\b[^.]{0,160}?\bunder\s+(?:år\s+)?\d{4}\b/iu) }],
    examples: ['Skogsstyrelsen får för pilotprojektet använda högst 6 000 000 kronor under 2016, med förbehåll för att riksdagen beviljar medel för ändamålet 2016.',
      'Länsstyrelsen får använda 2,5 miljoner kronor under 2024 för uppdraget.', 'Myndigheten får för satsningen använda upp till 12 000 000 kronor under år 2025.'],
    counterExamples: ['Skogsstyrelsen fick för pilotprojektet använda högst 6 000 000 kronor under 2015.', 'Socialstyrelsen får använda högst 500 000 kronor under 2018 för egna kostnader för hanteringen.',
      'Myndigheten får använda 4 000 000 kronor under 2024–2026.', 'Kommunen får använda högst 2 000 000 kronor av egna medel under 2016.',
      'Statskontoret får använda högst 1 000 000 kronor under 2026 för att utvärdera satsningen.', 'Regionerna får använda 30 000 000 kronor under 2026 och 30 000 000 kronor under 2027.',
      'Regionerna får använda högst 60 000 000 kronor under 2026 och 2027.', 'Kammarkollegiet får använda högst 300 000 kronor under 2026 för uppföljning av uppdraget.'],
  },
  {
    // money told as available for use in a year, the sentence about the money itself (money81): "Detta är medel som förstärker det
    // befintliga sektorsbidraget och är ett tillskott som görs utan formella motkrav för att kunna användas under 2024." (dev 2406)
    id: 'medel-for-att-kunna-anvandas-under-ar', where: 'sentence', meaning: 'usage-year', weight: 1,
    note: 'one document: the example is from dev 2406 (money81); no other sentence of the dev corpus or the diff texts tells money "för att kunna användas under" a year',
    cue: sv(/^(?:Detta|Det|Dessa|Medlen|Pengarna|Tillskottet)\s+(?:är|utgör)\s+(?:medel|pengar|ett\s+tillskott)\b[^.]{0,160}?\bför\s+att\s+(?:kunna\s+)?användas\s+under\s+(?:år\s+)?(\d{4})\s*\.?\s*$/u),
    examples: ['Detta är medel som förstärker det befintliga sektorsbidraget och är ett tillskott som görs utan formella motkrav för att kunna användas under 2024.'],
    counterExamples: ['Detta är medel som förstärker sektorsbidraget för att kunna användas under 2024–2025.', 'Detta är en e-tjänst för att kunna användas under 2024.',
      'Detta är medel som har använts under 2024.'],
  },
  {
    // the year stated by the money unspent in it that must be paid back: "Medel som inte förbrukats under 2014 ska återbetalas
    // till Kammarkollegiet senast samma datum." (stop 54 rich75a: dev 1134). Only a use verb ("rekvirerats" is the claim,
    // not the use) and a present duty to repay (a past round's "återbetalades" is none)
    id: 'ej-forbrukat-under-ar-aterbetalas', where: 'sentence', meaning: 'usage-year', weight: 1,
    cue: sv(/^(?:Medel|Medlen|Bidrag|Pengar|Belopp)\s+som\s+(?:inte|ej)\s+(?:har\s+)?(?:förbrukats|använts|utnyttjats)\s+under\s+(?:år\s+)?(\d{4})\s+(?:ska|skall)\s+(?:återbetalas|betalas\s+tillbaka|återföras)\b/iu),
    // (review75a: never a year the sentence calls a past round's: "…, eftersom 2025 var föregående bidragsår")
    unless: [{ where: 'sentence', cue: sv(/\bföregående\b|\bförra\b|\btidigare\b|\bfjolår\p{L}*/iu) }],
    examples: ['Medel som inte förbrukats under 2014 ska återbetalas till Kammarkollegiet senast samma datum.', 'Medel som inte har använts under 2025 ska betalas tillbaka till Socialstyrelsen.',
      'Bidrag som inte utnyttjats under år 2024 ska återbetalas till länsstyrelsen.'],
    counterExamples: ['Medel som inte förbrukades under 2013 återbetalades till Kammarkollegiet.', 'Medel som inte rekvirerats under 2014 ska återbetalas.',
      'Medel som inte förbrukats under projektperioden ska återbetalas.', 'Medel som inte förbrukats under 2014 får föras över till nästa år.',
      'Medel som inte använts under 2025 ska återbetalas, eftersom 2025 var föregående bidragsår.'],
  },
];

/**
 * A period of whole years the grant, the stöd or the satsning covers, its first and last year (groups 1, 2), read only where
 * the text states no days of use (findUsagePeriod): "Det treåriga stödet gäller perioden 2024-2026." (Malmö stad, diff pair),
 * "Satsningen pågår under tre år, 2025–2027." (press releases; pairx84). The money or the satsning opens the sentence and
 * the verb is present: an assignment's, a plan's or a past period is none.
 */
/**
 * The longest period of whole years (last year less first) that USAGE_YEARS' rows read as a usage period: a longer one is a plan's or
 * a programme's span ("Kulturplanen 2019–2030"), not the years the money covers; findUsagePeriod skips it.
 */
export const USAGE_YEARS_LONGEST = 5;

export const USAGE_YEARS: ReadonlyArray<Cue<'usage-years'>> = [
  {
    id: 'stodet-galler-perioden-ar-ar', where: 'sentence', meaning: 'usage-years', weight: 1,
    cue: sv(/^(?:(?:Det|Detta|Den\s+här|Denna)\s+(?:[\p{L}-]{1,20}\s+)?)?(?:[\p{L}-]{0,20}(?:stödet|bidraget)|Stödet|Bidraget|Statsbidraget|Medlen|Pengarna|Satsningen)\s+(?:gäller|avser|omfattar|pågår|löper|sträcker\s+sig|(?:kan|ska|får)\s+användas)\s+(?:över\s+|under\s+|för\s+)?(?:(?:två|tre|fyra|fem)\s+år,?\s+(?:under\s+|för\s+)?)?(?:perioden\s+|åren\s+)?((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)\b/u),
    unless: [{ where: 'sentence', cue: sv(/\b(?:sökas|ansökas|redovisas|rekvireras|förra|föregående|tidigare)\b/iu) }],
    examples: ['Det treåriga stödet gäller perioden 2024-2026.', 'Satsningen pågår under tre år, 2025–2027.', 'Statsbidraget kan användas under perioden 2026–2028.',
      'Medlen avser åren 2025–2027.'],
    counterExamples: ['Uppdraget pågår under 2016–2019 och genomförs i samarbete med länsstyrelserna.', 'Kulturplanen gäller för 2022–2025.', 'Satsningen pågick under 2016–2019.',
      'Bidraget kan sökas under perioden 2025–2027.', 'Stödet gällde perioden 2020–2022.', 'Föreningens stöd gäller perioden 2024–2026 och redovisas årligen.',
      'Bidraget för föregående period gäller 2022–2024.'],
  },
];

/**
 * A usage period stated by its end only (the candidate is the date): "medlen ska vara förbrukade
 * senast 31 december 2026", "de kan användas till och med den 31 december 2022". A range or a
 * whole year wins over it; a sentence that makes the date a condition of repayment ("Medel som inte
 * har använts senast …") or is about applying is not it.
 */
export const USAGE_END: ReadonlyArray<Cue<'usage-end'>> = [
  {
    id: 'anvandas-senast', where: 'before', meaning: 'usage-end', weight: 1,
    cue: sv(/\b(?:användas|använda|förbrukas|förbrukade|nyttjas|utnyttjas)\s+(?:senast|till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till(?:\s+och\s+med)?)\s+(?:den\s+)?$/iu),
    // "redovisa hur bidraget har använts senast …" is the report's day; a negation makes it a repayment condition
    // … nor a tool or a place used by the day: "E-tjänsten ska användas senast den 31 mars 2026." (review71c U4, constructed)
    unless: [ABOUT_APPLYING, { where: 'sentence', cue: sv(/\b(?:inte|ej|icke)\b|redovis|återrapport|\be-tjänst|\bblankett|\bmall(?:en|ar)?\b|\bformulär|\bportal|\blokal(?:en|er|erna)?\b/iu) }],
    examples: [
      'Medlen ska vara förbrukade senast ⟨31 december 2026⟩.',
      'Socialstyrelsen betalar ut medlen efter att region har rekvirerat medel och de kan användas till och med den ⟨31 december 2022⟩.',
      'Bidraget ska användas senast den ⟨30 juni 2027⟩.',
    ],
    counterExamples: [
      'Medel som inte har förbrukats senast den ⟨31 december 2026⟩ ska betalas tillbaka.',
      'Redovisning av hur medlen har använts ska lämnas senast den ⟨31 mars 2027⟩.',
      'Organisationer som har beviljats bidraget 2025, ska redovisa hur bidraget har använts senast den ⟨31 mars 2026⟩.',
      'Regionerna ska lämna en redovisning över hur medlen ska användas senast den ⟨31 mars 2023⟩.',
      'Rekvisitionen ska ha kommit in senast den ⟨1 mars 2026⟩.',
      'E-tjänsten ska användas senast den ⟨31 mars 2026⟩.', 'Blanketten får användas till och med den ⟨31 december 2025⟩.',
    ],
  },
  {
    // the last day named as such: "Sista dag för att använda bidraget är den 15 april 2021" (dev 1061)
    id: 'sista-dag-att-anvanda', where: 'before', meaning: 'usage-end', weight: 1,
    cue: sv(/\bsista\s+dag(?:en)?\s+(?:för\s+)?att\s+(?:använda|förbruka|nyttja|utnyttja)\s+(?:stats)?(?:bidraget|medlen|stödet|pengarna)\s+(?:är|blir)\s+(?:den\s+)?$/iu),
    unless: [ABOUT_APPLYING, { where: 'sentence', cue: sv(/\b(?:inte|ej|icke)\b|redovis|återrapport/iu) }],
    examples: ['Sista dag för att använda bidraget är den ⟨15 april 2021⟩.', 'Sista dagen att förbruka medlen är ⟨31 december 2025⟩.'],
    counterExamples: ['Sista dag för att ansöka om bidraget är den ⟨1 mars 2026⟩.', 'Sista dag för att redovisa hur bidraget har använts är den ⟨31 mars 2026⟩.', 'Sista dag för att använda bidraget är inte den ⟨15 april 2021⟩.'],
  },
  {
    // the projects' last day named as such: "Senaste datum för avslut av projekten är den 15 november 2021." (dev 2380,
    // Trafikverket's cykling 2020, a bullet list of the call's days; issue 12, fresh80a), "Projekten ska vara avslutade senast den
    // 31 december 2025": the money's period ends with the projects'. Never their latest start ("Senast datum för start av
    // projekten är 31 december 2020", the bullet above it), nor the report's or the application's day
    id: 'sista-datum-for-avslut', where: 'before', meaning: 'usage-end', weight: 1,
    cue: sv(/\b(?:(?:sista|senaste)\s+(?:dag(?:en)?|datum(?:et)?)\s+för\s+(?:avslut|avslutning|slutförande)\s+av\s+(?:projekten|projektet|insatserna|insatsen|aktiviteterna)\s+(?:är|blir)|(?:projekten|projektet|insatserna|insatsen)\s+(?:ska|skall|måste)\s+vara\s+(?:avslutade?|avslutat|slutförda?|slutfört)\s+senast)\s+(?:den\s+)?$/iu),
    unless: [ABOUT_APPLYING, { where: 'sentence', cue: sv(/\b(?:inte|ej|icke)\b|redovis|återrapport|slutrapport/iu) }],
    examples: ['Senaste datum för avslut av projekten är den ⟨15 november 2021⟩.', 'Projekten ska vara avslutade senast den ⟨31 december 2025⟩.', 'Sista dag för avslut av projektet är ⟨30 juni 2026⟩.'],
    counterExamples: ['Senast datum för start av projekten är ⟨31 december 2020⟩.', 'Sista datum för redovisning av projekten är den ⟨15 december 2021⟩.', 'Projekten ska vara redovisade senast den ⟨31 mars 2026⟩.',
      'Projektet ska vara avslutat och slutrapporten inlämnad senast den ⟨31 mars 2026⟩.'],
    note: 'one document so far (dev 2380); paraphrases constructed',
  },
];

/**
 * The form a word names ("rekvirera", "intresseanmälan", "ansök"): where a text names several the
 * heaviest decides, as "Rekvisitionen … efter att ni ansökt om att bli ombud" is a rekvisition.
 */
export const FORM_WORDS: ReadonlyArray<Cue<'rekvisition' | 'ansökan' | 'intresseanmälan'>> = [
  {
    id: 'rekvisition', where: 'sentence', meaning: 'rekvisition', weight: 3, cue: /rekvir|rekvisition/iu,
    examples: ['Sista dag att rekvirera är den 4 maj 2026.', 'Hur gör ni en rekvisition?'],
    counterExamples: ['Sista ansökningsdag är den 4 maj 2026.'],
  },
  {
    id: 'intresseanmalan', where: 'sentence', meaning: 'intresseanmälan', weight: 2, cue: /intresseanmälan|anmäl/iu,
    examples: ['Anmälan för statsbidraget görs via Socialstyrelsens e-tjänst.', 'Sista dag att lämna intresseanmälan är den 1 mars.'],
    counterExamples: ['Ansökan görs via Socialstyrelsens e-tjänst.'],
  },
  {
    id: 'ansokan', where: 'sentence', meaning: 'ansökan', weight: 1, cue: /ansök|ansökan/iu,
    examples: ['Sista ansökningsdag är den 4 maj 2026.', 'Hur ansöker ni?'],
    counterExamples: ['Medlen betalas ut i maj.'],
  },
];

/** Headings of the section that says how to requisition or apply: the form its words name is the grant's. */
export const FORM_HEADINGS: ReadonlyArray<Cue<'form-section'>> = [
  {
    id: 'hur-gor-ni', where: 'heading', meaning: 'form-section', weight: 1,
    cue: /hur gör ni en (?:rekvisition|ansökan)|hur (?:rekvirerar|ansöker) ni|^rekvisition|^ansökan$/iu,
    examples: ['Hur gör ni en rekvisition?', 'Hur ansöker ni?', 'Rekvisition av medel', 'Ansökan'],
    counterExamples: ['Ansökan om att bli ombud', 'Vem kan rekvirera?'],
  },
];

/**
 * A sentence that says how the form is handed in, with the form as its subject: "Rekvisitionen görs
 * via Socialstyrelsens e-tjänst", "Anmälan för statsbidraget görs via …". Its form is the grant's.
 */
export const FORM_SENTENCES: ReadonlyArray<Cue<'form-sentence'>> = [
  {
    id: 'form-gors-via', where: 'sentence', meaning: 'form-sentence', weight: 1,
    cue: sv(/^(?:Rekvisitionen|Rekvisition\s+av\s+(?:medel|medlen|statsbidraget|bidraget)|Ansökan|Ansökningar(?:na)?|Ansökningen|Anmälan|Intresseanmälan)\s+(?:för\s+(?:statsbidraget|bidraget|medlen)\s+)?(?:görs|lämnas|skickas)\s+(?:in\s+)?(?:via|i|genom)\b/u),
    examples: ['Rekvisitionen görs via Socialstyrelsens e-tjänst.', 'Anmälan för statsbidraget görs via Socialstyrelsens e-tjänst.', 'Ansökan lämnas in via e-tjänsten.',
      // the plural, the form sent to the agency (Isof 2024, diff q279)
      'Ansökningar görs via en blankett som du fyller i och skickar in till Isof.'],
    counterExamples: ['Ansökan om att bli ombud görs via e-tjänsten.', 'Redovisningen görs via e-tjänsten.', 'Ni gör rekvisitionen senare.'],
  },
];

/**
 * A digital application with no service named, its own verb saying it is the application: "Verksamhetsbidrag söks
 * digitalt via länken nedan" (the match is the value).
 */
export const DIGITAL_APPLICATION: Cue<'channel'> = {
  id: 'soks-digitalt', where: 'sentence', meaning: 'channel', weight: 1,
  // or through the named e-service, a word between: "Bidraget söks retroaktivt via e-tjänsten för bidrag"
  cue: /\b(?:söks|ansöks|rekvireras)\s+(?:digitalt(?:\s+via\s+(?:länken|ett\s+formulär|webbformuläret))?|(?:\p{L}+\s+)?via\s+e-tjänsten\b)/u,
  examples: ['Verksamhetsbidrag söks digitalt via länken nedan.', 'Bidraget rekvireras digitalt.', 'Bidraget söks retroaktivt via e-tjänsten för bidrag.'],
  counterExamples: ['Vi arbetar digitalt.', 'Redovisningen lämnas digitalt.'],
};

/** The channel a requisition or application sentence names; the match is the value ("Socialstyrelsens e-tjänst"). */
/**
 * The form sent by mail or post, a kommun page's channel with no applying word in its sentence: "Fyll i blanketten och skicka
 * via e-mail eller post" (the form is the application). The channel is the medium as written (group 1).
 */
export const MAIL_CHANNEL: Cue<'channel'> = {
  id: 'blankett-skicka-via', where: 'sentence', meaning: 'channel', weight: 1,
  cue: /\b(?:blankett(?:en)?|ansökningsblankett(?:en)?|formulär(?:et)?)\b[^.]{0,60}?\bskicka[rs]?\s+(?:in\s+)?(?:den\s+)?(?:via|per|med)\s+((?:e-post|e-mail|mejl|mail|post)(?:\s+eller\s+(?:e-post|e-mail|mejl|mail|post))?)(?![\p{L}-])/iu,
  // a signed original of a form sent beside a digital application is no channel of the application
  unless: [{ where: 'sentence', cue: sv(/\b(?:underskrift|undertecknad|undertecknat|undertecknade|original)\b/iu) }],
  examples: ['Fyll i blanketten och skicka via e-mail eller post.', 'Ansökningsblanketten skickas per post till kommunen.'],
  counterExamples: ['Fyll i blanketten och lämna den i receptionen.', 'Redovisningen skickas via e-post.', 'Beslutet skickas per post.', 'Ett undertecknat original av blanketten skickas med post till Folkhälsomyndigheten.'],
};

/**
 * The form the applicant fills in and sends to the agency, the application's subject: "Ansökningar görs via en blankett som
 * du fyller i och skickar in till Isof." (Isof 2024, diff q279). The channel is the form and where it goes, as written
 * (group 1).
 */
export const FORM_TO_AGENCY: Cue<'channel'> = {
  id: 'blankett-som-skickas-till', where: 'sentence', meaning: 'channel', weight: 1,
  cue: /^(?:Ansökan|Ansökningar(?:na)?|Ansökningen)\s+(?:görs|sker|lämnas)\s+(?:via|på|genom|med)\s+(?:en|ett)\s+((?:ansöknings)?(?:blankett|formulär)\s+som\s+(?:du|ni|man|sökanden?)\s+fyller\s+i\s+och\s+skickar\s+(?:in\s+)?till\s+\p{Lu}[\p{L}-]{1,40})/u,
  // (the second example is constructed)
  examples: ['Ansökningar görs via en blankett som du fyller i och skickar in till Isof.', 'Ansökan görs på en blankett som ni fyller i och skickar till Kulturrådet.'],
  counterExamples: ['Redovisningen görs via en blankett som du fyller i och skickar in till Isof.', 'Ansökningar görs via en blankett som du laddar ner från webbplatsen.', 'Ansökan görs på en blankett som du fyller i och skickar in till oss.'],
};

/**
 * The application sent to an address: "Ansökan skickas direkt till peter.zens@eskilstuna.se" (diff q129), "Ansökan skickas
 * till fritid@herjedalen.se" (diff q119), "Ansökan skickas till kansli@sametinget.se" (dev 166). The address is the
 * channel as written (group 1); the application must be the sentence's subject, so a report, a question or a copy sent
 * there is not it.
 */
export const ADDRESS_CHANNEL: Cue<'channel'> = {
  id: 'ansokan-skickas-till-adress', where: 'sentence', meaning: 'channel', weight: 1,
  // … with "ska", and the post first, the e-mail its alternative: "Ansökan ska postas till Riksarkivet, Box 7223, 187 13 Täby eller
  // mejlas till riksarkivet@riksarkivet.se." (Riksarkivet 2023, diff q327): the e-mail address is the channel
  cue: /^(?:Ansökan|Ansökningen|Ansökningarna|Ansökningsblanketten|Blanketten|Rekvisitionen)\s+(?:ska\s+|kan\s+)?(?:(?:postas|skickas)\s+(?:in\s+)?till\s+[^.@]{1,80}?\s+eller\s+)?(?:skickas|mejlas|mailas|e-postas)\s+(?:in\s+)?(?:direkt\s+)?till\s+([\p{L}\d._+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4})/u,
  examples: ['Ansökan skickas direkt till peter.zens@eskilstuna.se', 'Ansökan skickas till fritid@herjedalen.se', 'Ansökan skickas till kansli@sametinget.se.',
    'Ansökan ska postas till Riksarkivet, Box 7223, 187 13 Täby eller mejlas till riksarkivet@riksarkivet.se.', 'Ansökan ska mejlas till kultur@kommun.se.', 'Ansökan kan skickas till Kulturnämnden, Box 12, 111 22 Ort eller e-postas till kultur@kommun.se.'],
  counterExamples: ['Redovisningen skickas till fritid@herjedalen.se', 'Frågor om ansökan skickas till kansli@sametinget.se.', 'Har ni redan skickat en ansökan men inte fått kvittens via e-post? Då behöver ni kontakta peter.zens@eskilstuna.se', 'Ansökan skickas till Sametinget, Box 90, 981 22 Giron.',
    'Ansökan ska postas till Riksarkivet, Box 7223, 187 13 Täby.', 'Redovisningen ska postas till Riksarkivet eller mejlas till riksarkivet@riksarkivet.se.'],
};

/**
 * A named system the application is made in, after the applicant's account: "Ansökan ska genomföras i avsett formulär
 * på sökandes konto på InterbookGO" (the system's name as written, one word or two capitalised, group 1).
 */
export const SYSTEM_ACCOUNT: Cue<'channel'> = {
  id: 'konto-pa-system', where: 'sentence', meaning: 'channel', weight: 1,
  cue: /\b(?:sökandes|föreningens|organisationens|ert|ditt)\s+konto\s+(?:på|i)\s+(\p{Lu}[\p{L}\d]{1,30}(?:\s+\p{Lu}[\p{L}\d]{1,30})?)/u,
  examples: ['Ansökan ska genomföras i avsett formulär på sökandes konto på InterbookGO under ansökningsperioden.', 'Ansökan görs via föreningens konto i Rbok.'],
  counterExamples: ['Ansökan ska genomföras i e-tjänsten.', 'Bidraget betalas ut till föreningens konto i banken.'],
};

/**
 * A sentence about the report, where a service it names is the report's way in, not the application's, though it mentions
 * the application: "Redovisning sker via Kulturrådets onlinetjänst; ni använder samma inloggningsuppgifter som i ansökan."
 * (diff q263), "Precis som för ansökan finns redovisningen i onlinetjänsten …" (diff q264).
 */
export const REPORT_CHANNEL: Cue<'report-channel'> = {
  id: 'redovisning-sker-via', where: 'sentence', meaning: 'report-channel', weight: 1,
  cue: sv(/\b(?:redovisning(?:en)?|återrapport(?:en|eringen)?|slutrapport(?:en)?)\s+(?:sker|görs|lämnas|skickas|finns)\s+(?:in\s+)?(?:via|i|genom)\b|\b(?:sker|görs|lämnas|finns)\s+(?:redovisning(?:en)?|återrapport(?:en|eringen)?|slutrapport(?:en)?)\s+(?:via|i|genom)\b|^redovisa\s+(?:i|via)\b/iu),
  examples: ['Redovisning sker via Kulturrådets onlinetjänst; ni använder samma inloggningsuppgifter som i ansökan.', 'Precis som för ansökan finns redovisningen i onlinetjänsten och du loggar in som vanligt.', 'Redovisa i onlinetjänsten'],
  counterExamples: ['Ansökan görs via vår onlinetjänst.', 'Du ansöker via vår onlinetjänst och redovisar senast i september.'],
};

/**
 * The rekvisition as the payment claim after a grant decision, on a page whose window is an application (review85b RQ7, fails85,
 * constructed): "Om ni beviljas bidrag rekvirerar ni pengarna efter projektet." Then a requirement of "rekvisitionen" (REKVISITION_ERRAND:
 * "Till rekvisitionen ska ni bifoga kvitton …") is the payment's, not the application's, and no requisition.requires
 * (fields/requisition.ts requiresOf). An application granted (an ombudsansökan) before a statsbidrag's rekvisition is not this: the
 * rekvisition is there the errand itself.
 */
export const REKVISITION_AFTER_GRANT: Cue<'after-grant'> = {
  id: 'om-ni-beviljas-bidrag-rekvirerar', where: 'sentence', meaning: 'after-grant', weight: 1,
  cue: sv(/\b(?:om|när|efter\s+att)\s+(?:ni|du|föreningen|organisationen|sökanden|sökande)\s+(?:har\s+)?(?:beviljas|beviljats|fått|får)\s+(?:ett\s+)?(?:beslut\s+om\s+)?(?:bidrag|stöd|medel|bidraget|stödet)\b[^.]{0,80}?\brekvirer\p{L}*/iu),
  examples: ['Om ni beviljas bidrag rekvirerar ni pengarna efter projektet.', 'När föreningen har fått beslut om bidrag kan ni rekvirera medlen i e-tjänsten.', 'Om du beviljas stöd ska du rekvirera det senast den 1 december.'],
  counterExamples: ['Efter att er ombudsansökan beviljats kan ni rekvirera statsbidraget via statsbidragets e-tjänst.', 'Kommuner som vill ta del av bidraget rekvirerar medlen senast den 1 oktober.', 'Om ni beviljas bidrag betalas pengarna ut i maj.'],
};

/** A sentence on the rekvisition as its errand ("Till rekvisitionen ska ni bifoga …", "Rekvisitionen ska vara undertecknad av …"). */
export const REKVISITION_ERRAND: Cue<'rekvisition'> = {
  id: 'rekvisitionen', where: 'sentence', meaning: 'rekvisition', weight: 1,
  cue: sv(/(?<![\p{L}-])rekvisition(?:en|er|erna)?(?![\p{L}-])/iu),
  examples: ['Till rekvisitionen ska ni bifoga kvitton på era utgifter.', 'Rekvisitionen måste vara signerad av behörig företrädare.'],
  counterExamples: ['Till ansökan ska ni bifoga en budget.', 'Ni rekvirerar pengarna i e-tjänsten.'],
};

/**
 * The claim for payment once the work is done, told with "ansöka om utbetalning": "När du genomfört dina åtgärder, ansöker du om
 * utbetalning via Jordbruksverkets e-tjänst." (Skogsstyrelsen's Skogens miljövärden, diff q319). In a sentence whose only applying
 * is this claim, a service named is the payment's way in, not the application's channel. PAYMENT_CLAIM_WORDS is the phrase itself,
 * taken out to see whether the sentence applies for anything else ("Du ansöker om stöd och utbetalning i e-tjänsten" does).
 */
export const PAYMENT_CLAIM_WORDS = /\b(?:ansöker|ansöka|ansökan|ansökningar(?:na)?)\s+(?:(?:du|ni|man|vi|föreningen|sökanden)\s+)?om\s+(?:slut|del)?utbetalning(?:ar|en)?\b/giu;
export const PAYMENT_CLAIM: Cue<'payment-claim'> = {
  id: 'ansoker-om-utbetalning', where: 'sentence', meaning: 'payment-claim', weight: 1,
  cue: /\b(?:ansöker|ansöka|ansökan|ansökningar(?:na)?)\s+(?:(?:du|ni|man|vi|föreningen|sökanden)\s+)?om\s+(?:slut|del)?utbetalning(?:ar|en)?\b/iu,
  examples: ['När du genomfört dina åtgärder, ansöker du om utbetalning via Jordbruksverkets e-tjänst.', 'Ansökan om slututbetalning görs i e-tjänsten när projektet är klart.'],
  counterExamples: ['Du ansöker om stöd i Jordbruksverkets e-tjänst.', 'Utbetalning sker efter beslut.'],
};

/**
 * The medium the application itself goes by, the application the sentence's subject: "Ansökan skickas via e-post till
 * kultur@…" (dev), "Ansökan skickas per mejl till …" (dev), "Ansökan görs på särskild blankett" (dev), "Ansökan skickas in via
 * stiftelsens ansökningsportal senast 30 september 2025" (diffvary59 S, constructed). The medium as written (group 1): e-post,
 * mejl, post, or a blankett or ansökningsportal with its owner. A named e-tjänst is CHANNEL_NAME's.
 */
export const MEDIUM_CHANNEL: Cue<'channel'> = {
  id: 'ansokan-skickas-via-medium', where: 'sentence', meaning: 'channel', weight: 1,
  cue: /^(?:Ansökan|Ansökningen|Ansökningar(?:na)?|Rekvisitionen)\s+(?:görs|sker|skickas|lämnas)\s+(?:in\s+)?(?:via|på|med|per)\s+((?:(?:[\p{L}-]{2,30}s|särskild|fastställd)\s+)?(?:ansöknings)?(?:portal|blankett)(?:en)?|e-post|e-mail|mejl|mail|post)(?![\p{L}-])/u,
  examples: ['Ansökan skickas via e-post till kultur@kommun.se.', 'Ansökan skickas per mejl till föreningens kontaktperson.', 'Ansökan görs på särskild blankett.', 'Ansökan skickas in via stiftelsens ansökningsportal senast 30 september 2025.'],
  counterExamples: ['Redovisningen skickas via e-post till kommunen.', 'Frågor om ansökan skickas via e-post.', 'Ansökan görs i Socialstyrelsens e-tjänst.', 'Ansökan om portalbidrag görs i e-tjänsten.'],
};

export const CHANNEL_NAME: Cue<'channel'> = {
  id: 'e-tjanst', where: 'sentence', meaning: 'channel', weight: 1,
  // or the agency's named portal: "Ansökan för kalenderår 2023 görs via Tillväxtverkets portal"
  // … or its onlinetjänst: "Du ansöker via vår onlinetjänst." (Kulturrådet, diff q268)
  // … the service first in its sentence, capitalised: "E-tjänsten för ansökan gäller verksamhetsåret 2024 (1 år)." (Malmö stad, diff q329);
  // capitalised, only the service itself, not a menu's "E-tjänster och blanketter" (dev 1980: "… görs på särskilda blanketter som
  // du hittar i under E-tjänster och blanketter")
  cue: /(?:\p{Lu}[\p{L}]+s\s+)?(?:e-tjänst(?:en)?(?:\s+för\s+statsbidrag)?|E-tjänst(?:en)?(?![\p{L}-])|[oO]nlinetjänst(?:en)?(?![\p{L}-])|\p{Lu}\p{L}{1,40}s\s+portal(?![\p{L}-]))/u,
  examples: ['Rekvisitionen görs via Socialstyrelsens e-tjänst.', 'Ansökan görs i e-tjänsten för statsbidrag.', 'Ansökan för kalenderår 2023 görs via Tillväxtverkets portal.', 'Du ansöker via vår onlinetjänst.',
    'E-tjänsten för ansökan gäller verksamhetsåret 2024 (1 år).', 'Onlinetjänsten för ansökan öppnar den 1 mars.'],
  counterExamples: ['Rekvisitionen skickas per post till Socialstyrelsen.', 'Ansökan görs i portalen.', 'Ansökan om portalbidrag görs på blankett.', 'Ansökan görs på särskilda blanketter som du hittar under E-tjänster och blanketter.'],
};

const EMAIL = String.raw`[\p{L}\d._+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}`;
/** the applicant as the sentence's subject sending the application: "Du skickar din ansökan", "Din ansökan … skickar du" */
const APPLICANT_SENDS = String.raw`(?:(?:Du|Ni)\s+skickar\s+(?:in\s+)?(?:din|er)\s+ansökan|(?:Din|Er)\s+ansökan(?:\s+med\s+[\p{L}-]{2,30})?\s+skickar\s+(?:du|ni)(?:\s+in)?)`;

/**
 * The application sent to an e-mail address, the applicant the sentence's subject: "Du skickar din ansökan till Kirsi
 * Aronsson, fritidsutvecklare, via e-post kirsi.aronsson@finspang.se" (Finspång 2019, diff q135), "Din ansökan med motivering
 * skickar du till kulturochfritid@lulea.se ." (Luleå, diff q374). The address is the channel (group 1), as ADDRESS_CHANNEL's.
 */
export const SENDER_ADDRESS_CHANNEL: Cue<'channel'> = {
  id: 'du-skickar-ansokan-till-adress', where: 'sentence', meaning: 'channel', weight: 1,
  cue: new RegExp(String.raw`^${APPLICANT_SENDS}\s+till\s+(?:[^.@:]{1,80}?\s)?(${EMAIL})`, 'u'),
  // (review78f C2: the address of a copy, "… till förvaltningen, med kopia till kansliet@förbundet.se")
  unless: [{ where: 'sentence', cue: sv(/\bkopia\s+(?:till|på)\b/iu) }],
  examples: ['Du skickar din ansökan till Kirsi Aronsson, fritidsutvecklare, via e-post kirsi.aronsson@finspang.se',
    'Din ansökan med motivering skickar du till kulturochfritid@lulea.se .',
    // constructed
    'Ni skickar in er ansökan till kultur@ekby.se senast den 1 mars.'],
  counterExamples: ['Du skickar din redovisning till fritid@ekby.se.', 'Frågor om din ansökan skickar du till kultur@ekby.se.',
    'Du skickar din ansökan till oss i e-tjänsten.', 'Har du frågor om din ansökan kan du skicka dem till kultur@ekby.se.',
    'Din ansökan skickar du till kulturförvaltningen, med kopia till kansliet@idrottsforbundet.se'],
};

/**
 * A sentence that sends the application to an address on the next line: "Din ansökan med motivering skickar du till:"
 * (Luleå, diff q372), "Ansökningarna skickas till:" (constructed); the next block is the address. Only the lead; the address
 * is ADDRESS_LINE.
 */
export const ADDRESS_LEAD: Cue<'channel-lead'> = {
  id: 'ansokan-skickas-till-kolon', where: 'sentence', meaning: 'channel-lead', weight: 1,
  cue: new RegExp(String.raw`^(?:${APPLICANT_SENDS}|(?:Ansökan|Ansökningen|Ansökningar(?:na)?)\s+(?:ska\s+)?(?:skickas|mejlas|e-postas)(?:\s+in)?)\s+till\s*:\s*$`, 'u'),
  examples: ['Din ansökan med motivering skickar du till:', 'Ansökningarna skickas till:'],
  counterExamples: ['Redovisningen skickas till:', 'Du kan även skicka med fysisk post till:', 'Frågor om ansökan skickas till:'],
};

/** a block that is only an e-mail address, the one ADDRESS_LEAD's sentence sends the application to */
export const ADDRESS_LINE = new RegExp(String.raw`^\s*(${EMAIL})\s*$`, 'u');

/**
 * The application sent by post to an address that ends in its post code and town: "Ansökningar skickas till: Region Gävleborg,
 * Kulturutveckling, 801 88 Gävle." (Region Gävleborg 2016, diff q340), "Ansökan skickas till Sametinget, Box 90, 981 22 Giron."
 * (constructed from dev 166's postal address). The address as written (group 1). A signed original posted beside another
 * channel is not the channel; an e-mail address of the same text is preferred (fields/requisition.ts channelOf).
 */
export const POSTAL_CHANNEL: Cue<'channel'> = {
  id: 'ansokan-skickas-till-postadress', where: 'sentence', meaning: 'channel', weight: 1,
  // (not a bare "Blanketten": the report's or the claim's form as often, review78f C1)
  cue: /^(?:Ansökan|Ansökningen|Ansökningar(?:na)?|Ansökningsblanketten)\s+(?:ska\s+|kan\s+)?(?:skickas|postas|sändas)\s+(?:in\s+)?till\s*:?\s+(\p{Lu}[^.@:\d]{1,80}?(?:\s\d{1,5}[^.@:\d]{1,40}?)?\s\d{3}\s?\d{2}\s+\p{Lu}[\p{L}-]{1,30})/u,
  unless: [{ where: 'sentence', cue: sv(/\b(?:underskrift|undertecknad|undertecknat|undertecknade|original)\b/iu) }],
  examples: ['Ansökningar skickas till: Region Gävleborg, Kulturutveckling, 801 88 Gävle.', 'Ansökan skickas till Sametinget, Box 90, 981 22 Giron.'],
  counterExamples: ['Redovisningen skickas till Sametinget, Box 90, 981 22 Giron.', 'Blanketten skickas till Kultur- och fritidsförvaltningen, Box 12, 123 45 Ekby.', 'Ansökan skickas till kommunen.', 'Undertecknad original ansökan skickas till Sametinget, Box 90, 981 22 Giron.',
    'Ansökan skickas till kultur@ekby.se.'],
};

/**
 * The media the applicant is told to send the application by, the application fronted: "Din ansökan ska du antingen mejla
 * eller posta till Kirsi Aronsson" (Finspång 2018, diff q134). The media as written (group 1).
 */
export const MEDIUM_VERB_CHANNEL: Cue<'channel'> = {
  id: 'ansokan-ska-du-mejla', where: 'sentence', meaning: 'channel', weight: 1,
  // (one real text, Finspång 2018's; the second example is constructed)
  cue: /^(?:Din|Er)\s+ansökan\s+(?:ska|kan)\s+(?:du|ni)\s+(?:antingen\s+)?((?:mejla|maila|e-posta|posta)(?:\s+eller\s+(?:mejla|maila|e-posta|posta))?)\s+till\b/u,
  examples: ['Din ansökan ska du antingen mejla eller posta till Kirsi Aronsson, se kontaktuppgift till höger på sidan.', 'Er ansökan kan ni mejla till föreningsenheten.'],
  counterExamples: ['Din redovisning ska du mejla till föreningsenheten.', 'Din ansökan ska du lämna i receptionen.'],
};

/**
 * The named system the applicant applies through, said as "söker via …" or "ansökningssystem …": "Idrottsföreningar söker via
 * ApN. Övriga föreningar söker via FRI." (Laholm 2024, dev 1014), "Du söker kulturstipendium digitalt genom att logga in i vårt
 * ansökningssystem Apply via länk nedan." (Region Västmanland 2025, diff q353). The name (group 1), one capitalised word that
 * ends its clause; a capitalised genitive ("via Socialstyrelsens e-tjänst") is CHANNEL_NAME's.
 */
export const SYSTEM_VIA: Cue<'channel'> = {
  id: 'soker-via-system', where: 'sentence', meaning: 'channel', weight: 1,
  cue: /(?:\b(?:söker|ansöker|söks|ansöks)\s+(?:(?:du|ni)\s+)?(?:(?:om\s+)?[\p{L}-]{2,30}\s+)?(?:digitalt\s+)?via\s+|\bansökningssystem(?:et)?\s+)(\p{Lu}[\p{L}\d]{1,20})(?=\s*(?:[.,;!]|$|via\b))/u,
  // (review78f C3: a system no longer used, "… inte längre söks via Rbok")
  unless: [{ where: 'sentence', cue: sv(/\b(?:inte|ej|aldrig)\s+(?:längre\s+)?(?:söker|ansöker|söks|ansöks)\b|\b(?:söker|ansöker|söks|ansöks)\s+(?:(?:du|ni)\s+)?(?:inte|ej|inte\s+längre)\b|\btidigare\b/iu) }],
  examples: ['Idrottsföreningar söker via ApN.', 'Övriga föreningar söker via FRI.', 'Du söker kulturstipendium digitalt genom att logga in i vårt ansökningssystem Apply via länk nedan.',
    // constructed
    'Bidraget söks via Rbok.'],
  counterExamples: ['Du söker via Socialstyrelsens e-tjänst.', 'Observera att bidraget inte längre söks via Rbok.', 'Du söker via länken nedan.', 'Redovisningen görs via Rbok.', 'Du söker via Kulturrådets onlinetjänst.'],
};

/**
 * The form the applicant sends in, as the way to apply: "Du ansöker om kulturstipendium genom att skicka in
 * ansökningsblanketten." (Region Västmanland 2019, diff q352), "Använd Region Hallands ansökningsblankett." (Region Halland
 * 2020, diff q130). The form as written (group 1 or 2).
 */
export const FORM_SENT_CHANNEL: Cue<'channel'> = {
  id: 'ansoker-genom-att-skicka-blankett', where: 'sentence', meaning: 'channel', weight: 1,
  // (review78f C4: not the claim for payment, "… ansöker du om utbetalning genom att skicka in blanketten")
  unless: [{ where: 'sentence', cue: sv(/\b(?:ansöker|söker)\s+(?:(?:du|ni)\s+)?om\s+(?:slut|del)?(?:utbetalning|rekvisition|ersättning|förlängning)\p{L}*/iu) }],
  cue: /\b(?:ansöker|söker)\s+(?:(?:du|ni)\s+)?(?:(?:om\s+)?[\p{L}-]{2,30}\s+)?genom\s+att\s+(?:fylla\s+i\s+och\s+)?skicka\s+in\s+((?:ansöknings)?blankett(?:en)?)\b|^Använd\s+((?:\p{Lu}[\p{L}-]{1,30}\s+){0,2}\p{Lu}[\p{L}-]{1,30}s\s+ansökningsblankett)(?![\p{L}-])/u,
  examples: ['Du ansöker om kulturstipendium genom att skicka in ansökningsblanketten.', 'Använd Region Hallands ansökningsblankett.',
    // constructed
    'Ni söker bidraget genom att fylla i och skicka in blanketten.'],
  counterExamples: ['Du redovisar genom att skicka in blanketten.', 'När projektet är klart ansöker du om utbetalning genom att skicka in blanketten.', 'Använd gärna en ansökningsblankett.', 'Du ansöker genom att logga in i e-tjänsten.'],
};
