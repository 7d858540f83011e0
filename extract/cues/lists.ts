import { sv } from '../parse/unicode.js';
import { anyCue, type Context, type Cue } from './types.js';
import { COST_NOUNS, NEGATION_ADVERBS, alternation } from './lexicon.js';
import { NOT_SENT } from './reporting.js';

// What a list or a sentence is about: permitted uses, excluded uses or underlag. Section headings
// name the topic of a whole section ("Vad kan ni använda statsbidraget till?"); a lead is the line
// (paragraph or heading) right before a list and names its items' topic ("Följande ska bifogas i
// ansökan:"); the sentence rows state one use or exclusion on their own ("Stöd beviljas inte för
// åtgärder som redan påbörjats.").

export type ListTopic = 'uses' | 'excluded' | 'underlag' | 'not-uses';

/** A whole line as every scope of a cue: headings, leads and sentences are read whole. */
export function whole(text: string): Context {
  return { before: text, after: text, sentence: text, heading: text, line: text };
}

const NEGATION_ADVERB = new RegExp(String.raw`\s(?:${alternation(NEGATION_ADVERBS).replace(/ /gu, '\\s+')})\s+(?=(?:inte|ej)\b)`, 'giu');

/**
 * A sentence with the adverbs between a verb and its "inte" taken out (NEGATION_ADVERBS): "Du kan däremot inte få
 * stöd för ordinarie verksamhet" reads as "Du kan inte få stöd för ordinarie verksamhet" (dev 1259).
 */
export function withoutNegationAdverbs(text: string): string {
  return text.replace(NEGATION_ADVERB, ' ');
}

/**
 * (uses81) A förordning's sentence without the paragraph's number before it, so the rows that read a rule from its first word read it
 * there too: "3 § Statsbidrag lämnas för att täcka kostnader för …" as "Statsbidrag lämnas …", "2 kap. 4 a § Stödet omfattar …".
 */
export function withoutParagraphNumber(text: string): string {
  return text.replace(/^(?:\d{1,3}\s?kap\.\s?)?\d{1,3}\s?(?:[a-z]\s)?§\s?/u, '');
}

/** Whether any row of a table holds for a whole line. */
export function says(rows: ReadonlyArray<Cue<unknown>>, text: string): boolean {
  return anyCue(rows, whole(text));
}

// the object of a grant rule that is a recipient, not a use: "Bidrag lämnas inte till organisationer som …"
// (political parties are barred recipients too: "Bidrag får inte lämnas till politiska partier" is who, not what;
// so is anyone in debt: "Stöd får inte heller lämnas till någon som har skulder för svenska skatter")
const TO_RECIPIENT = sv(/\b(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|kommun(?:er)?|region(?:er)?|sökande|den som|de som|någon som|privatpersoner|enskilda personer|stiftelser|parti(?:er)?)\b/iu);
// (a none-word denies as well: "Inget bidrag lämnas för:" leads exclusions, review71a U14)
const NEGATED = /\b(?:inte|ej|inget|inga|ingen)\b/iu;
// a ceiling on what the grant's running may cost, a regleringsbrev's "Högst 5 000 000 kronor av
// anslagspostens medel får användas för administrativa kostnader": a condition on the money, not a use of it
// an indirect question about what the money may be used for states no use: "Läs mer om vad bidraget får användas till i
// våra riktlinjer.", "I ansökan ska ni beskriva vad bidraget ska användas till.", "… redogöra för hur stödet ska användas för att …" (review71a)
// (but "… är exempel på vad bidraget kan användas till." names its uses before, sources/2020/kulturskolebidrag)
const USE_QUESTION = sv(/(?<!\b(?:exempel\s+på|är)\s)\b(?:vad|hur|vilka|vilket|till\s+vad)\s+(?:[\p{L}-]+\s+){0,3}?(?:kan|får|ska|skall)\s+(?:även\s+|också\s+)?(?:täcka|användas)\b/iu);
// a subject that is not the money (review73a): personal data, the data about a grant, pictures, a hall — "Uppgifter om lämnat stöd kan
// användas för statistik", "Personuppgifterna får inte användas för andra ändamål", "Lokalen får användas till:", "Pressbilderna får inte
// användas för kommersiella ändamål" state no use of the money
// (review74a N1–N6: every kind of data, a compound hall, material, results or a summary, after an owner's genitive too — "Kontaktuppgifterna
// får inte användas för marknadsföring", "Kommunens lokaler får inte användas för fester", "Samlingssalen får användas till:", "Resultaten från
// kartläggningen ska användas till:", "Sammanställningar av beviljat stöd kan användas för forskning")
const NOT_MONEY_SUBJECT = sv(/^(?:(?:dina|era|de|alla|våra|[\p{L}-]+s)\s+)?(?:[\p{L}-]*uppgifter(?:na)?|[\p{L}-]*upplysningar(?:na)?|informationen|data|statistik(?:en)?|[\p{L}-]*bilder(?:na)?|fotografier(?:na)?|[\p{L}-]*lokal(?:en|er|erna)|[\p{L}-]*sal(?:en|ar|arna)|materialet|resultat(?:et|en)|sammanställning(?:en|ar|arna)?|logotyp\p{L}*)\b/iu);
// money that is not a grant to apply for, a compound of "peng" or "bidrag" too (review75c U1–U5): the kommun's tax money, a school
// voucher, a social benefit or study allowance, the applicant's own money — "Skattepengarna ska användas till skola …",
// "Familjer kan använda barnbidraget till …", "Föreningens egna pengar ska täcka kostnader för löner …" (not a prize: a
// competition's "Prispengarna ska användas till att ta sin projektidé till färdig lösning" is its money, dev 1422)
const OTHER_MONEY = sv(/\b(?:skatte|skol|barn|studie|bostads|hyres|försörjnings|fick|vecko|månads|sjuk|föräldra|pensions|etablerings|lärlings)(?:pengen|pengarna|pengar|peng|bidraget|bidrag)\b|\begna\s+(?:pengar|medel)\b/iu);
const ADMIN_CEILING = sv(/^Högst\s+\d[\d \u00a0]{0,15}(?:kronor|tkr)\b[^.]{0,60}?\bfår\s+användas\s+(?:för|till)\s+[^.]{0,60}?\badministrat/iu);

/**
 * A sentence that says what the recipient may have to hand in on request (a check of the application):
 * "… kan behörig tjänsteman göra stickprov genom att begära in föreningsmedlemmars personuppgifter …".
 * The sentence is the underlag item, in its words.
 */
export const UNDERLAG_SENTENCES: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'kan-begara-in', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:kan|får|kommer\s+att)\s+(?:[\p{L}-]+\s+){0,6}?(?:begära\s+in|begära\s+att\s+få\s+(?:ta\s+del\s+av|se))\s+(?!yttrande|komplettering|synpunkter|(?:fler\s+|nya\s+)?ansökningar)\p{L}/iu),
    // (review71a: a call for applications or a purchase's tenders is no underlag of the application: "Kulturnämnden kan vid behov
    // begära in fler ansökningar genom en ny utlysning.", "Kommunen kan begära in offerter från entreprenörer inför upphandlingen …")
    // (review73a F4: the data a follow-up needs is a reporting duty, no document: "Myndigheten får från mottagaren begära in de uppgifter
    // som behövs för att följa upp och utvärdera bidraget.")
    // (review74a K1–K4: nor data fetched from another authority, nor follow-up data in other words: "begära in uppgifter från Skatteverket",
    // "de upplysningar som behövs för uppföljning", "uppgifter som behövs för myndighetens utvärdering", "ytterligare uppgifter för sin uppföljning")
    unless: [{ where: 'sentence', cue: sv(/\bfrån\s+(?:entreprenörer|leverantörer|konsulter)\b|\bupphandling\p{L}*|\buppgifter\s+som\s+(?:behövs|krävs)\s+för\s+(?:att\s+)?(?:följa\s+upp|uppföljning|utvärder)/iu) },
      { where: 'sentence', cue: sv(/\b(?:uppgifter|upplysningar|information)\s+(?:direkt\s+)?från\s+(?:andra\s+)?(?:[\p{L}-]*verket|myndighet\p{L}*|kronofogde\p{L}*|polis\p{L}*)|\b(?:uppgifter|upplysningar|information)\b[^.]{0,50}?\b(?:uppföljning\p{L}*|följa\s+upp|utvärder\p{L}*)/iu) }],
    examples: ['Nämnden kan begära in registreringsbevis från Bolagsverket.', 'För att kontrollera uppgifterna i ansökan kan behörig tjänsteman göra stickprov genom att begära in föreningsmedlemmars personuppgifter så som namn, födelseår och adress samt vid behov deltagarlistor.', 'Kommunen kan begära in närvarolistor.'],
    counterExamples: ['Kommunen kan begära in kompletteringar till ansökan.', 'Vi kan komma att begära in yttranden från andra myndigheter.', 'Föreningen ska lämna in närvarolistor.', 'Kulturnämnden kan vid behov begära in fler ansökningar genom en ny utlysning.', 'Kommunen kan begära in offerter från entreprenörer inför upphandlingen av den nya lokalen.', 'Myndigheten får från mottagaren begära in de uppgifter som behövs för att följa upp och utvärdera bidraget.', 'Länsstyrelsen får begära in de uppgifter som krävs för uppföljning av stödet.',
      'Stiftelsen kan begära in uppgifter från Skatteverket och Bolagsverket om föreningen.', 'Myndigheten får begära in de upplysningar som behövs för uppföljning av statsbidraget.', 'Nämnden kan vid behov begära in ytterligare uppgifter för sin uppföljning av bidraget.'],
  },
  {
    // a step of a reporting instruction that tells what to attach: "2. Bifoga kostnadsunderlag till redovisningen – såsom
    // kvitton och betalda fakturor." (read in list items too: such steps are numbered)
    id: 'bifoga-till-redovisningen', where: 'sentence', meaning: 'underlag', weight: 1,
    note: 'one document: every example is from dev 1220; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/^Bifoga\s+(?!(?:inte|ej|inga|ingen|inget|aldrig)\b)[^.]{1,80}?\btill\s+(?:(?:slut)?redovisningen|slutrapporten|rapporten|ansökan\s+om\s+utbetalning)\b/iu),
    // (review73a R6: the lead of a list names no document itself, "Bifoga följande till redovisningen:")
    unless: [{ where: 'sentence', cue: /:\s*$/u }],
    examples: ['Bifoga kostnadsunderlag till redovisningen – såsom kvitton och betalda fakturor.'],
    counterExamples: ['Bifoga följande till redovisningen:', 'Bifoga dessa handlingar till slutrapporten:', 'Skicka redovisningen till kommunen.', 'Bifoga inte kvitton till redovisningen.', 'Bifoga inga originalkvitton till redovisningen, spara dem i sju år.', 'Bifoga gärna bilder till nyhetsbrevet.'],
  },
  {
    // (uses87) the papers the recipient must keep, as the subject of a duty to keep them: "Handlingar och uppgifter ska bevaras fram till
    // och med det sjunde året …" (dev 2549, Interreg Nord), "Beslut avseende personal knuten till projektet ska också arkiveras …" (dev
    // 2547, Migrationsverket), "Närvarokort ska förvaras under minst 5 år …" (dev 1168, Uddevalla). A document noun opens the sentence; the verb of keeping follows within the clause; what the agency
    // keeps, a denial, or a question is none
    id: 'handlingar-ska-bevaras', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:(?:alla|samtliga|original|originala|dessa|era|dina|föreningens)\s+)?(?:[\p{L}-]*handlingar(?:na)?|[\p{L}-]*kvitto|[\p{L}-]*kvitton(?:a)?|verifikationer(?:na)?|verifikat(?:en)?|[\p{L}-]*underlag(?:en|et)?|fakturor(?:na)?|närvarokort(?:en)?|[\p{L}-]*list(?:an|or|orna)|beslut|[\p{L}-]*dokument(?:ation|en)?|räkenskapsinformation(?:en)?)\b[^.?]{0,100}?\b(?:ska|skall|måste)\s+(?:också\s+|även\s+)?(?:bevaras|arkiveras|sparas|förvaras)\b/iu),
    // (… never papers told not to be sent, kept at home: no underlag by dev 382's gold convention, as KEPT_DOCUMENT_SENTENCES in
    // reporting.ts read them; evid78 X2, review78f E1, E3, found by the fresh-clone CI)
    unless: [NOT_SENT, { where: 'sentence', cue: sv(/\?\s*$|\b(?:kommunen|myndigheten|nämnden|stiftelsen|länsstyrelsen|förvaltningen|vi)\s+(?:ska|skall)\s+(?:också\s+|även\s+)?(?:bevara|arkivera|spara|förvara)|\b(?:bevaras|arkiveras|sparas|förvaras)\s+(?:av|hos)\s+(?:kommunen|myndigheten|nämnden|nämndens|stiftelsen|länsstyrelsen|förvaltningen|förvaltningens|regionen|oss)\b|^(?:[\p{L}-]+\s+)?ansöknings\p{L}*|\b(?:sparas|bevaras)\s+(?:som|i)\s+[\p{L}-]*(?:pdf|format|utkast)|\b(?:behöver|ska|skall|måste)\s+inte\s+(?:bevaras|arkiveras|sparas|förvaras)\b/iu) }],
    examples: ['Handlingar och uppgifter ska bevaras fram till och med det sjunde året efter utgången av det kalenderår då projektet avslutades.', 'Beslut avseende personal knuten till projektet ska också arkiveras.',
      'Närvarokort ska förvaras under minst 5 år efter ansökningstillfället.'],
    counterExamples: ['Hur länge ska handlingar bevaras?', 'Kvitton behöver inte sparas.', 'Ansökan ska sparas som utkast i e-tjänsten.', 'Personuppgifter ska sparas så länge ärendet pågår.', 'Handlingarna skickas till kommunen.',
      // (review87b, constructed) what the agency keeps, the application's papers, a file format
      'Ansökningshandlingar ska arkiveras av kommunen enligt arkivlagen.', 'Beslut ska arkiveras av nämndens sekreterare.', 'Dokumentet ska sparas i pdf-format och bifogas ansökan.',
      // (papers not to be sent: dev 382's convention)
      'Kvitton bifogas inte i redovisningen, men de ska sparas i två år för eventuell granskning.', 'Kvitton och fakturor ska sparas av föreningen och ska inte sändas till kommunen.'],
  },
];

/**
 * A sentence that says what is attached, naming the underlag itself. Read only in a text that lists no underlag
 * otherwise: a page that lists them and then restates them in a sentence ("Verksamhetsplan och budget för år 2019,
 * samt verksamhetsberättelse och bokslut för år 2018 skall bifogas anhållan.", dev 917) names no further one.
 */
export const ATTACHED_SENTENCES: ReadonlyArray<Cue<ListTopic>> = [
  {
    // the underlag named in the sentence that says it is attached, in either order: "Projektbeskrivning och kostnadsbudget
    // ska bifogas ansökan." (dev 1251), "Till utredningen över verksamhetsunderstödet ska bifogas verksamhetsberättelse,
    // bokslut och revisionsberättelse …" (dev 313); a sentence that ends in a colon leads a list and names nothing itself
    id: 'ska-bifogas', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/(?<!\bsom\s)\b(?:ska|skall|måste|bör)\s+(?:även\s+|också\s+)?bifogas\b/iu),
    // a sentence ending in a colon leads a list (a sentence-level unless: a lookahead per match scanned to the end, quadratic); "Inga bilagor ska bifogas" names none
    // (nor does a FAQ's question, "Vad ska bifogas?", review71a V4)
    unless: [{ where: 'sentence', cue: /[:?]\s*$|^\s*(?:inga|ingen|inget)\b/iu }],
    examples: ['Projektbeskrivning och kostnadsbudget ska bifogas ansökan.', 'Till utredningen över verksamhetsunderstödet ska bifogas verksamhetsberättelse, bokslut och revisionsberättelse för understödsåret.'],
    // "vilka handlingar som ska bifogas", "bilagor som ska bifogas": a relative clause about underlag names none (dev 411, 666)
    counterExamples: ['Följande två blanketter ska bifogas ifyllda i e-tjänsten:', 'Ansökan ska skickas in senast den 1 mars.', 'Inga bilagor behöver bifogas.', 'Av ansökningsblanketten framgår vilka uppgifter som ska lämnas och vilka handlingar som ska bifogas ansökan.', 'Inga bilagor ska bifogas ansökan.', 'Vad ska bifogas?', 'Vilka intyg måste bifogas?'],
  },
  {
    // the auditor's certificate the report must come with, in the sentence that requires it (issue 13, h/forms85): "Om du
    // redovisar ett produktionsstöd ska den ekonomiska redovisningen vara granskad av auktoriserad eller godkänd revisor som ska
    // intyga …" (dev 2492, Norrköpings filmfond), "Den ekonomiska redovisningen ska granskas och godkännas av en revisor"
    // (Jämställdhetsmyndigheten's wording, dev 84); never a sentence that only names the auditor or a template for the
    // certificate, nor a denial
    id: 'revisor-granskning', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:ska|skall|måste)\s+(?:[\p{L}-]+\s+){0,6}?(?:vara\s+granskad\p{L}*\s+(?:och\s+godkänd\p{L}*\s+)?av|granskas\s+(?:och\s+godkännas\s+)?av|åtföljas\s+av\s+(?:en\s+)?granskning\s+av)\s+(?:[\p{L}-]+\s+){0,4}?revisor\p{L}*/iu),
    // (a sentence naming the "revisorsintyg" itself is left to the word's own finding, a short item: dev 87, 2299)
    unless: [{ where: 'sentence', cue: /[:?]\s*$|(?<!\p{L})(?:inte|ej|inget|ingen)\s+(?:\p{L}+\s+){0,3}?(?:revisor\p{L}*|granskad\p{L}*)|revisorsintyg|revisors\s+intyg/iu }],
    examples: ['Om du redovisar ett produktionsstöd ska den ekonomiska redovisningen vara granskad av auktoriserad eller godkänd revisor som ska intyga att redovisade kostnader är giltiga.', 'Den ekonomiska redovisningen ska granskas och godkännas av en revisor.', 'Vid bidrag över fem prisbasbelopp ska slutredovisningen vara granskad av en auktoriserad revisor.'],
    counterExamples: ['Föreningens revisor granskar räkenskaperna varje år.', 'Mall för revisorsintyg finns på sidan.', 'Redovisningen behöver inte vara granskad av en revisor.', 'Vad ska granskas av revisorn?', 'Revisorn ska vara auktoriserad.', 'Vid bidrag större än fem prisbasbelopp ska revisorsintyg från auktoriserad eller godkänd revisor lämnas vid slutredovisning.'],
  },
  {
    // the underlag attached with a bare present passive, no modal: "I ansökan bifogas föreningens årsbokslut för 2021" (dev
    // 1320), "Verksamhetsplan och budget för innevarande verksamhetsår bifogas." (dev 1273): the application as the place,
    // or the verb ends the sentence; a relative clause ("som bifogas"), a denial or a lead into a list names none
    id: 'bifogas-present', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:i|till)\s+ansökan\s+bifogas\s+\p{L}|(?<!\b(?:som|ska|skall|måste|bör|kan|får|behöver)\s)\bbifogas(?:\s+(?:ansökan|ansökningen|rekvisitionen))?\s*[.!]?\s*$/iu),
    // (review: a denial anywhere in the sentence, "Kvitton behöver inte bifogas.", and what the agency sends or the decision
    // holds, "Beslut och villkor bifogas.", "En blankett för redovisning bifogas.", "Kopia av beslutet skickas till kommunen
    // och en sammanställning bifogas.", are no underlag of the application)
    // and held to its denial or its agency's words only where no modal makes the sentence the applicant's duty ("För objekt där
    // statsbidrag inte har beviljats ska kostnadsberäkning alternativt anbud bifogas.", "… ska Trafikverkets kostnadsberäkning och
    // beslut bifogas.", dev 1009, stay underlag)
    unless: [{ where: 'sentence', cue: sv(/:\s*$|^\s*(?:inga|ingen|inget)\b|\bbifogas\s+(?:inte|ej)\b|\b(?:inte|ej|inga|ingen|inget|aldrig)\s+(?:\p{L}+\s+)?bifogas\b|^(?![^]*\b(?:ska|skall|måste|bör)\s)[^]*?\b(?:beslut\p{L}*|villkor\p{L}*|skick(?:as|ar)|kallelse\p{L}*|information|exempel|mall(?:en|ar)?|(?:redovisnings|rapport|rekvisitions|utbetalnings)blankett\p{L}*|blankett\p{L}*\s+för\s+(?:redovisning|återrapportering|rekvisition|utbetalning))\b/iu) }],
    examples: ['I ansökan bifogas föreningens årsbokslut för 2021.', 'Verksamhetsplan och budget för innevarande verksamhetsår bifogas.', 'För objekt där statsbidrag har beviljats ska Trafikverkets kostnadsberäkning och beslut bifogas.', 'För objekt där statsbidrag inte har beviljats ska kostnadsberäkning alternativt anbud bifogas.', 'Till ansökan bifogas protokoll från föreningsbildningen, antagna stadgar och föreningens målsättning samt organisationsnummer från Skattemyndigheten.',
      // (… the application as the verb's bare object, "X bifogas ansökan.": "Hyreskostnaderna skall styrkas genom att kopior på verifikat
      // bifogas ansökan." (dev 2324, Robertsfors; issue 12, fresh78a), "Kopia på betald faktura bifogas ansökan." (Svenljunga's
      // lokalbidrag page, not in the corpus))
      'Hyreskostnaderna skall styrkas genom att kopior på verifikat bifogas ansökan.', 'Kopia på betald faktura bifogas ansökan.'],
    counterExamples: ['Till ansökan bifogas:', 'Blanketten som bifogas', 'Inga kvitton bifogas.', 'I ansökan bifogas inte kvitton.', 'Verksamhetsplanen ska bifogas.', 'Kvitton behöver inte bifogas.', 'Beslut och villkor bifogas.', 'En blankett för redovisning bifogas.', 'Kopia av beslutet skickas till kommunen och en sammanställning bifogas.', 'Bilagor: Inga bifogas.', 'Rekvisitionsblankett bifogas.', 'Den blankett som bifogas ansökan ska vara undertecknad.', 'Kvitton bifogas inte ansökan.'],
  },
  {
    // the underlag as the object of "med bifogad …" in the sentence that says how to apply: "Ansökan görs senast 30 november för
    // kommande år med bifogad verksamhetsberättelse, justerat årsmötesprotokoll, alkohol- och drogpolicy samt bokslut." (dev 1190)
    id: 'med-bifogad', where: 'sentence', meaning: 'underlag', weight: 1,
    // (the application, report or requisition as the sentence's topic: "Beslutet skickas till föreningen med bifogade villkor", "Kommunen
    // betalar ut bidraget med bifogad specifikation" are what the agency sends, review71a V5, V6)
    cue: sv(/\b(?:ansökan|ansökningen|redovisningen|slutredovisningen|rapporten|slutrapporten|rekvisitionen|anhållan)\b[^.]{0,120}?\bmed\s+bifogade?\s+\p{L}/iu),
    examples: ['Ansökan görs senast 30 november för kommande år med bifogad verksamhetsberättelse, justerat årsmötesprotokoll, alkohol- och drogpolicy samt bokslut.', 'Skicka ansökan med bifogade kvitton.'],
    counterExamples: ['Ansökan görs senast 30 november.', 'Bifogad fil saknas.', 'Beslutet skickas till föreningen med bifogade villkor för bidraget.', 'Kommunen betalar ut bidraget med bifogad specifikation i april.'],
  },
  {
    // the funder asks the applicant to attach, in the active voice: "Till ansökan ber vi också att ni bifogar resultat- och
    // balansrapport för 2019 och 2020." (dev 2197, Sparbanksstiftelsen Skaraborg), "Vi vill att du bifogar en budget.", "Vi ber er
    // bifoga föreningens stadgar."; a request that names nothing (a colon's lead, "det som behövs") or is denied is none
    id: 'ber-er-bifoga', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:(?:ber|vill)\s+(?:vi|oss)|vi\s+(?:ber|vill))\s+(?:också\s+|även\s+)?(?:att\s+)?(?:ni|du|er|dig|sökande(?:n)?)\s+(?:också\s+|även\s+)?(?:att\s+)?(?:bifogar|bifoga|skickar\s+med|skicka\s+med)\s+(?!(?:inte|ej|inga|ingen|inget|det|detta|allt|följande)\b)\p{L}/iu),
    // (review75c B1–B3: what goes with a report, an appeal or a change of details is no underlag of the application)
    unless: [{ where: 'sentence', cue: /[:?]\s*$/u }, { where: 'sentence', cue: sv(/\b(?:(?:slut|del|läges|åter|projekt)rapport\p{L}*|redovisning\p{L}*|överklag\p{L}*|ändring\p{L}*|ändrade|byte|byter|klagomål\p{L}*|när\s+(?:projektet|aktiviteten|verksamheten|insatsen|arrangemanget)\s+är\s+(?:avslutat|avslutad|genomfört|genomförd|klar|klart))\b/iu) }],
    examples: ['Till ansökan ber vi också att ni bifogar resultat- och balansrapport för 2019 och 2020.', 'Vi vill att du bifogar en budget för projektet.', 'Vi ber er bifoga föreningens stadgar.'],
    counterExamples: ['Till ansökan ber vi att ni bifogar följande:', 'Vi ber er att inte bifoga kvitton.', 'Vi ber er bifoga det som efterfrågas i e-tjänsten.', 'Vi ber dig kontakta oss innan du ansöker.', 'Vi bifogar beslutet i e-posten.', 'När projektet är avslutat ber vi att ni bifogar kvitton till slutrapporten.', 'Om du vill överklaga beslutet ber vi att du bifogar en kopia av beslutet.', 'Vid byte av kontaktperson ber vi er skicka med föreningens nya styrelselista.'],
  },
];

export const USE_HEADINGS: ReadonlyArray<Cue<ListTopic>> = [
  {
    // a FAQ's bare question, after "Vem kan söka?": "Till vad?" (dev 1253, Finland-Samfundet); "För vad?" is the same
    // question: dev 1859 (Konstsamfundet 2022, over the list of what is funded) and dev 1868 (Kulturfonden, "För vad" over
    // "Vi beviljar bidrag främst för verksamhet inom kulturlivet …"; left57's second phrasings). Dev 569's "Vem kan söka och
    // till vad?" is another heading, one this row does not hold for
    id: 'till-vad', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^(?:till|för)\s+vad\s*\??$/iu),
    examples: ['Till vad?', 'För vad?', 'För vad'],
    counterExamples: ['Till vem?', 'Till vad används pengarna i budgeten för nästa år?'],
  },
  {
    id: 'vad-kan-anvandas', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^(?:vad\s+(?:kan|får|ska)\s+(?:ni|man|jag|vi|statsbidraget|bidraget|medlen)\b.*(?:använd|rekvirera\b.*\bför|söka\s+för|gå till)|vad\s+(?:ska|får|kan)\s+(?:stats)?bidraget\s+användas|användning av (?:stats)?bidraget|vad kan (?:stats)?bidraget användas till)/iu),
    // (review72a: a tool's uses are no uses of the money, W10)
    // (fresh76a: the negated question heads the exclusions, "Vad kan man inte söka för?" over "Kostnader för mat och dryck", dev 2251)
    unless: [{ where: 'heading', cue: sv(/\banvända\s+(?:e-tjänsten|mina\s+sidor|portalen|webbplatsen|blanketten|mallen|tjänsten)\b/iu) }, { where: 'heading', cue: sv(/\b(?:inte|ej)\b/iu) },
      // (review76b L1, L2: what to do when the money is to go elsewhere heads steps, "Vad ska ni göra om ni vill använda bidraget till
      // något annat?"; a question that also asks the rules heads conditions, "Vad kan ni använda bidraget till och vilka villkor gäller?")
      { where: 'heading', cue: sv(/^vad\s+(?:kan|får|ska|bör)\s+(?:ni|man|jag|vi)\s+göra\b|\bvilka\s+(?:villkor|krav|regler)\b/iu) }],
    examples: ['Vad kan ni använda statsbidraget till?', 'Vad får medlen användas till?', 'Vad kan ni söka för?', 'Vad kan man söka för?'],
    counterExamples: ['Vad får ni använda e-tjänsten till?', 'Vad kan jag använda Mina sidor till?', 'Vem kan söka?', 'Hur gör ni en rekvisition?', 'Vad kan man inte söka för?', 'Vad får medlen inte användas till?',
      'Vad ska ni göra om ni vill använda bidraget till något annat?', 'Vad kan ni använda bidraget till och vilka villkor gäller?'],
  },
  {
    id: 'det-har-kan-ga-till', where: 'heading', meaning: 'uses', weight: 1,
    // (fresh77b: the reader's "få" as well as "söka", and the costs as the fronted object, the heading alone: Jordbruksverket's "Det kan
    // du få stöd för" and "Utgifter du kan du få stöd för" (dev 2303), "Kostnader som ni kan få bidrag till", "Detta kan föreningen få
    // stöd för"; still the bare money word, so "Detta kan du söka aktivitetsbidrag för" stays none)

    // (fresh76a: the reader as subject, a noun heading over the costs, "Det här kan du söka bidrag för" (dev 2250, Botkyrka), "Detta kan
    // ni söka stöd till", "Det här kan föreningen söka pengar för"; the heading alone, a longer line is a sentence; the money bare: a
    // named grant's heading, "Detta kan du söka aktivitetsbidrag för", heads its target groups and criteria on diff q122/q123)
    cue: sv(/^det här kan (?:bidraget|statsbidraget) gå till|^(?:det\s+här|detta)\s+kan\s+(?:du|ni|man|föreningen|er\s+förening)\s+söka\s+(?:(?:bidrag|stöd|medel|pengar)\s+)?(?:för|till)\s*:?\s*$|^(?:det|det\s+här|detta|(?:kostnader|utgifter)(?:\s+som)?(?:\s+(?:du|ni|man))?)\s+(?:kan|får)(?:\s+(?:du|ni|man|föreningen|er\s+förening))?\s+få\s+(?:bidrag|stöd|medel|pengar|understöd)\s+(?:för|till)\s*:?\s*$/iu),
    examples: ['Det här kan bidraget gå till', 'Det här kan du söka bidrag för', 'Detta kan ni söka stöd till', 'Det här kan föreningen söka pengar för:',
      'Det kan du få stöd för', 'Utgifter du kan du få stöd för', 'Kostnader som ni kan få bidrag till', 'Detta kan föreningen få stöd för'],
    counterExamples: ['Det kan du inte få stöd för', 'Det kan du få stöd för i e-tjänsten', 'Utgifter du kan få stöd för redovisar du i slutrapporten', 'Detta kan du få aktivitetsbidrag för', 'Det kan du få hjälp med', 'Vem kan få stöd?', 'Det här är bidraget', 'Det här kan du inte söka bidrag för', 'Detta kan du söka aktivitetsbidrag för', 'Det här kan du söka bidrag för i e-tjänsten', 'Detta kan du söka senast den 1 mars', 'Det här kan du söka bidrag för om föreningen är registrerad'],
  },
  {
    // "Vad kan du söka bidrag för?", "För vad kan vi söka?": the page's own question about uses
    id: 'vad-kan-du-soka-for', where: 'heading', meaning: 'uses', weight: 1,
    // … or which projects: "Vilka projekt kan ni få stöd för?" (Malmö stad's projektstöd, diff q330); not which costs, a question
    // that heads a pointer to the funder's rules as often as a list ("Vilka kostnader kan jag söka pengar för?" over "Läs mer om
    // vad som är stödberättigade kostnader i ett faktablad från Formas.", dev 700)
    // (fresh76a: the money named by its compound, "Vad kan vi söka evenemangsbidrag för?" (dev 2250, Botkyrka), "Vad kan ni söka
    // projektstöd för?"; and which events one gets support for, "Vilka arrangemang får man stöd till?" (dev 2253, Härryda))
    cue: sv(/^(?:vad\s+kan\s+(?:du|ni|man|jag|vi)\s+(?:söka|få)\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)\s+)?för|vad\s+kan\s+(?:du|ni|man|jag|vi)\s+(?:söka|få)\s+[\p{L}-]*(?:bidrag|stöd|medel|pengar)\s+till\s*\??\s*$|för\s+vad\s+kan\s+(?:du|ni|man|jag|vi)\s+(?:söka|få\s+(?:bidrag|stöd))|för\s+vilka\s+(?:åtgärder|insatser|projekt)\s+kan\s+(?:du|ni|man|jag|vi)\s+söka|vilka\s+(?:åtgärder|insatser|projekt|aktiviteter|arrangemang|evenemang)\s+(?:kan\s+(?:du|ni|man|jag|vi)\s+(?:söka|få)|får\s+(?:du|ni|man|jag|vi))\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)\s+)?(?:för|till)\s*\??\s*$)/iu),
    examples: ['Vad kan du söka bidrag för?', 'För vad kan vi söka?', 'För vilka åtgärder kan man söka bidrag?', 'VAD KAN DU SÖKA FÖR?',
      'Vilka projekt kan ni få stöd för?', 'Vilka insatser kan man få bidrag till?', 'Vilka aktiviteter kan du söka stöd för?',
      'Vad kan vi söka evenemangsbidrag för?', 'Vad kan ni söka projektstöd för?', 'Vilka arrangemang får man stöd till?', 'Vilka evenemang kan ni få bidrag för?',
      // (uses81: "till" after the money, the heading alone: "Vad kan vi få pengar till?", "Vad kan man söka bidrag till?")
      'Vad kan vi få pengar till?', 'Vad kan man söka bidrag till?'],
    counterExamples: ['Vem kan söka bidrag?', 'När kan vi söka?', 'Vad ni inte kan söka bidrag för', 'Vilka projekt kan ni inte få stöd för?', 'Vilka projekt kan ni få stöd för i år och hur mycket?', 'Vilka kostnader kan jag söka pengar för?',
      'Vilka arrangemang får man inte stöd till?', 'Vilka arrangemang får man stöd till flera år i rad?', 'Vad kan vi göra om evenemangsbidraget inte räcker?',
      'Vad kan vi få pengar till i år och hur mycket?', 'Vad kan vi inte få pengar till?'],
  },
  {
    // the money named by a compound: "Vad ska projektstödet användas till?"
    id: 'vad-ska-stodet-anvandas', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^vad\s+(?:ska|får|kan)\s+(?:[\p{L}-]*(?:stödet|bidraget)|medlen|pengarna)\s+användas\b/iu),
    examples: ['Vad ska projektstödet användas till?', 'Vad får verksamhetsbidraget användas till?'],
    counterExamples: ['Vem kan söka projektstödet?', 'Hur ska projektstödet redovisas?'],
  },
  {
    // a funder's question heading over its areas: "Vem och till vad kan bidrag sökas"
    id: 'till-vad-kan-sokas', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/\btill\s+vad\s+kan\s+(?:(?:man|du|ni)\s+söka\b|(?:stats)?(?:bidrag|stöd|medel)(?:et|en)?\s+(?:sökas|ges|beviljas)\b)/iu),
    examples: ['Vem och till vad kan bidrag sökas', 'Till vad kan man söka bidrag?'],
    counterExamples: ['Vem kan söka bidrag', 'Vad kan inte bidrag sökas till?'],
  },
  {
    // (uses81) the page's question what the money covers, the money its subject and the heading alone: "Vad kan stödet täcka?", "Vad får
    // checken bekosta?", "Vad kan pengarna finansiera?" (as "Vad kan bidraget gå till?" is read by 'vad-kan-anvandas'); a cap, a share
    // or a denial is none. Real: "Vad kan stödet användas till?" over Tillväxtverket's list is the same question in other words
    id: 'vad-kan-stodet-tacka', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^vad\s+(?:kan|får|ska)\s+(?:[\p{L}-]*(?:stödet|bidraget|checken|pengen|stipendiet)|medlen|pengarna)\s+(?:även\s+|också\s+)?(?:täcka|bekosta|finansiera|omfatta|ersätta)\s*\??\s*$/iu),
    examples: ['Vad kan stödet täcka?', 'Vad får checken bekosta?', 'Vad kan pengarna finansiera?', 'Vad ska projektbidraget täcka?'],
    counterExamples: ['Vad kan stödet inte täcka?', 'Hur mycket kan stödet täcka?', 'Vad kan stödet täcka för andel av kostnaderna?', 'Vad kan ansökan omfatta?'],
  },
  {
    // (uses81) the funder's own question or statement over what it funds, the heading alone: "Vad ger vi stöd till?", "Vad stödjer vi?",
    // "Det här stöttar vi", "Detta finansierar stiftelsen" (Sparbanksstiftelsen Alingsås asks "Vem och till vad kan bidrag sökas",
    // https://sparbankenalingsas.se/share/layer-content/om-oss/vem-och-till-vad-kan-bidrag-sokas.html); who it gives to ("Vem ger vi
    // stöd till?"), a denial (EXCLUDED_HEADINGS 'funder-stoder-inte-heading') or a longer line is none
    id: 'vad-ger-vi-stod-till', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^(?:vad|vilka\s+(?:projekt|ändamål|verksamheter|aktiviteter|insatser))\s+(?:ger|beviljar|stöder|stödjer|stöttar|finansierar)\s+(?:vi|fonden|stiftelsen|stiftelserna)(?:\s+(?:stöd|bidrag|pengar|medel|anslag)(?:\s+(?:till|för))?)?\s*\??\s*$|^(?:det\s+här|detta|så\s+här)\s+(?:stöder|stödjer|stöttar|finansierar)\s+(?:vi|fonden|stiftelsen|stiftelserna)\s*:?\s*$/iu),
    examples: ['Vad ger vi stöd till?', 'Vad stödjer vi?', 'Det här stöttar vi', 'Detta finansierar stiftelsen', 'Vilka projekt stöder fonden?', 'Vad beviljar vi bidrag för?'],
    counterExamples: ['Vem ger vi stöd till?', 'Det här stöttar vi inte', 'Vad stödjer vi inte?', 'Vad ger vi inte stöd till?', 'Det här stöttar vi med i år, läs mer nedan', 'Vad ger vi för svar på ansökan?'],
  },
  {
    // the costs the grant pays as the heading over their list: "Kostnader som ersätts av bidraget", "Godkända kostnader"
    id: 'kostnader-som-ersatts', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^(?:kostnader\s+som\s+(?:ersätts|täcks|kan\s+(?:ersättas|täckas|ingå))(?:\s+(?:av|med|genom)\s+(?:[\p{L}-]*bidraget|stödet|medlen))?|(?:godkända|godtagbara|ersättningsbara|bidragsberättiga(?:de|nde)|stödberättiga(?:de|nde))\s+(?:kostnader|utgifter))\s*:?$/iu),
    // (uses81: every eligibility adjective, "Stödberättigande kostnader", "Godtagbara kostnader" — STEA's heading over its rules,
    // https://www.stea.fi/web/sv/anvandning/godtagbara-kostnader — "Bidragsberättigande utgifter")
    examples: ['Kostnader som ersätts av bidraget', 'Godkända kostnader', 'Kostnader som kan ersättas:', 'Stödberättigande kostnader', 'Godtagbara kostnader', 'Bidragsberättigande utgifter'],
    counterExamples: ['Kostnader som inte ersätts av bidraget', 'Kostnader som ersätts av kommunen redovisas separat i ansökan', 'Ej stödberättigande kostnader', 'Icke godtagbara kostnader', 'Stödberättigande kostnader i ansökan'],
  },
];

export const EXCLUDED_HEADINGS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'inte-anvandas', where: 'heading', meaning: 'excluded', weight: 1,
    // (and the impersonal "Detta går det inte att söka stöd till")
    // (fresh76a: the reader between the verb and its "inte", "Vad kan man inte söka för?" (dev 2251, Laholm), "Vad kan ni inte söka
    // bidrag till?"; not "… få stöd för?", whose paragraphs also name who gets nothing, dev 1221, nor "… söka finansiering för?" over
    // a paragraph, dev 1627: both stay the sentence rows')
    cue: sv(/\b(?:inte|ej)\b.*\banvänd|\b(?:kan|får)\s+inte\b.*(?:använd|rekvirera|söka)|\b(?:kan|får)\s+(?:man|du|ni|vi)\s+inte\s+söka\s+(?:(?:bidrag|stöd|medel|pengar)\s+)?(?:för|till)\s*\??\s*$|\binte\s+(?:kan|får)\s+(?:söka|rekvirera)|\binte\b.*\bgå\s+till\b|\bgår\s+(?:det\s+)?inte\s+att\s+söka\s+(?:[\p{L}-]+\s+)?(?:stöd|bidrag|medel|pengar)\s+(?:till|för)\b/iu),
    // (review71a: a question about who, when or how, or about money left unused, heads no exclusions: "Vem kan inte söka?",
    // "Vad händer om bidraget inte används?", "Vad gör jag om jag inte kan söka i e-tjänsten?", "Om ni inte kan använda hela bidraget")
    // (review73a Q1, Q2: nor a FAQ's question about time or a log-in: "Vad gäller om vi inte hinner använda bidraget?", "Jag kan inte
    // använda BankID – hur gör jag?")
    // (review74a H1–H3: time in any tense, "Pengarna hann inte användas före årsskiftet", and a user's own log-in trouble, "Jag kan inte
    // använda Freja eID"; but "Vad gäller för kostnader som bidraget inte får användas till?" asks the exclusions themselves)
    // (fresh76a: a yes/no question is a FAQ's entry, "Kan man inte söka för fler arrangemang?", whose answer is no list of exclusions)
    // (uses81: a bare "Kan inte söka" heads who cannot apply, a table's column beside "Kan söka" over applicants)
    unless: [{ where: 'heading', cue: sv(/^(?:kan|får)\s+(?:man|du|ni|vi|jag)\s+inte\b|^(?:kan|får)\s+inte\s+(?:söka|ansöka|rekvirera)\s*:?\s*$/iu) }, { where: 'heading', cue: sv(/^(?:vem|varför|när|hur|om|jag|vilka\s+(?:kan|får))\b|\bvad\s+(?:händer|gör|gäller\s+(?:om|när|då))\b|\bvad\s+gäller\s*(?:då)?\s*\??\s*$|\binte\s+(?:har\s+)?(?:används|använts|använt|förbrukats)\b|\binte\s+(?:kan|får)\s+använda\s+hela\b|\b(?:hinner|hann|hunnit)\s+(?:vi\s+|ni\s+|jag\s+|du\s+)?inte\b|\binte\s+(?:hinner|hann|hunnit)\b|\bhur\s+gör\b|\banvända\s+(?:bankid|e-legitimation|e-tjänsten|mina\s+sidor|blanketten|portalen)\b/iu) }],
    examples: ['Vad gäller för kostnader som bidraget inte får användas till?', 'Vad kan ni inte använda statsbidraget till?', 'Vad ni inte kan söka bidrag för', 'Detta får inte statsbidraget användas till', 'Det här kan bidraget inte gå till', 'Detta går det inte att söka stöd till',
      'Vad kan man inte söka för?', 'Vad kan ni inte söka bidrag till?', 'Det här kan du inte söka bidrag för'],
    counterExamples: ['Vad kan ni använda statsbidraget till?', 'Vem kan inte vara ombud?', 'Medel som inte har rekvirerats senast den 16 mars 2026 kommer fördelas om', 'Varför går det inte att söka i e-tjänsten?',
      'Vem kan inte söka?', 'Vad händer om bidraget inte används?', 'Vad gör jag om jag inte kan söka i e-tjänsten?', 'Om ni inte kan använda hela bidraget', 'Vilka kan inte söka bidraget?',
      'Vad gäller om vi inte hinner använda bidraget?', 'Jag kan inte använda BankID – hur gör jag?', 'Vi hinner inte använda pengarna i år – vad gäller då?', 'Jag kan inte använda e-tjänsten',
      'Pengarna hann inte användas före årsskiftet', 'Jag kan inte använda Freja eID', 'Kan man inte söka för fler arrangemang?', 'Kan inte söka', 'Varför kan man inte söka stöd i e-tjänsten?', 'Vilka kan inte få bidrag?', 'Vad kan man inte få stöd för?', 'Vad kan ni inte söka finansiering för?'],
  },
  {
    // the reader's question what one cannot apply for: "För vad kan man inte söka?" (Region Halland, diff q274)
    id: 'for-vad-kan-man-inte-soka', where: 'heading', meaning: 'excluded', weight: 1,
    note: 'one document: diff q274 (Region Halland); no other line of the dev corpus, the diff texts or the seeds holds for the row',
    // (only the bare question: "Vad kan ni inte söka finansiering för?" over a paragraph, dev 1627, stays the sentence rows')
    cue: sv(/^(?:för|till)\s+vad\s+(?:kan|får)\s+(?:man|du|ni)\s+inte\s+söka\s*\??\s*$/iu),
    examples: ['För vad kan man inte söka?'],
    counterExamples: ['För vad kan man söka?', 'Vem kan inte söka?', 'Varför kan man inte söka i e-tjänsten?', 'Vad kan ni inte söka finansiering för?'],
  },
  {
    // a funder's heading over what it does not grant: "Vilka ändamål beviljas inte", "Detta stöds inte"
    id: 'beviljas-inte', where: 'heading', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:vilka|vad|det\s+här|detta)\b[^?]{0,40}?\b(?:beviljas|stöds|finansieras|ges)\s+(?:inte|ej)\b/iu),
    // (review72a: refused applications are no exclusions of uses, X4)
    unless: [{ where: 'heading', cue: sv(/^(?:vilka|vad)\s+(?:ansökningar|ansökan|sökande)\b/iu) }],
    examples: ['Vilka ändamål beviljas inte', 'Detta stöds inte', 'Vad finansieras inte?'],
    counterExamples: ['Vilka ansökningar beviljas inte?', 'Vilka sökande beviljas inte bidrag?', 'Vilka ändamål beviljas', 'Vad händer om ansökan inte beviljas?'],
  },
  {
    // (uses81) the funder's own heading over what it does not fund, 'vad-ger-vi-stod-till' denied: "Det här stöttar vi inte", "Vad stödjer
    // vi inte?", "Vad ger vi inte stöd till?", "Detta finansierar stiftelsen inte"; not who ("Vem stöttar vi inte?")
    id: 'funder-stoder-inte-heading', where: 'heading', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:vad\s+(?:ger|beviljar|stöder|stödjer|stöttar|finansierar)\s+(?:vi|fonden|stiftelsen|stiftelserna)\s+(?:inte|ej)(?:\s+(?:stöd|bidrag|pengar|medel|anslag)(?:\s+(?:till|för))?)?|(?:det\s+här|detta)\s+(?:stöder|stödjer|stöttar|finansierar)\s+(?:vi|fonden|stiftelsen|stiftelserna)\s+(?:inte|ej))\s*[?:]?\s*$/iu),
    examples: ['Det här stöttar vi inte', 'Vad stödjer vi inte?', 'Vad ger vi inte stöd till?', 'Detta finansierar stiftelsen inte'],
    counterExamples: ['Det här stöttar vi', 'Vem stöttar vi inte?', 'Vad ger vi stöd till?', 'Det här stöttar vi inte längre, se nedan'],
  },
  {
    // the kind of thing not granted as the heading's noun: "Projekt som ej stöds", "Ändamål för vilket bidrag inte beviljas"
    id: 'noun-som-inte-stods', where: 'heading', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:projekt|ändamål|kostnader|aktiviteter|verksamhet(?:er)?|insatser)\s+(?:som|för\s+vilk(?:a|et))\s+(?:bidrag\s+|stöd\s+|medel\s+)?(?:inte|ej)\s+(?:stöds|beviljas|finansieras|ges)\s*:?$/iu),
    examples: ['Projekt som ej stöds', 'Ändamål för vilket bidrag inte beviljas'],
    counterExamples: ['Projekt som stöds', 'Ändamål för vilka bidrag kan sökas', 'Projekt som inte beviljas ska redovisas ändå'],
  },
];

export const UNDERLAG_HEADINGS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'vilka-underlag', where: 'heading', meaning: 'underlag', weight: 1,
    // (also the heading that names them as things to send: "Underlag och bilagor att skicka in", dev 1219)
    cue: sv(/^vilka underlag|\bunderlag\b.*\b(?:behöva|lämna in|spara)|^vilka handlingar|^(?:underlag|bilagor|handlingar)\b[^.?]{0,30}?\batt\s+(?:skicka|lämna)\s+in\s*$/iu),
    // (what the agency sends heads no underlag: "Vilka handlingar skickar kommunen till er?", review71a V8)
    unless: [{ where: 'heading', cue: sv(/\bskickar\s+(?:kommunen|vi|myndigheten|länsstyrelsen|regionen|nämnden|fonden|stiftelsen)\b|\bfår\s+(?:ni|du)\b/iu) }],
    examples: ['Vilka underlag kan ni behöva lämna in?', 'Vilka handlingar ska skickas in?', 'Underlag och bilagor att skicka in', 'Vilka handlingar skickar ni in?'],
    counterExamples: ['Underlag för fördelningen', 'Vad kan ni använda statsbidraget till?', 'Vart och hur ska du skicka dina underlag?', 'Underlag och bilagor att skicka in senast den 1 mars finns i e-tjänsten.', 'Vilka handlingar skickar kommunen till er?', 'Vilka handlingar får ni från oss?'],
  },
  {
    // what the payment needs, a heading over its list: "För utbetalning av bidrag" (föreningens uppgifter, betalningsuppgifter,
    // kostnadskalkyl) — what the recipient hands in before it is paid
    id: 'for-utbetalning', where: 'heading', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:för|inför|vid)\s+utbetalning(?:en)?(?:\s+av\s+(?:[\p{L}-]*bidrag(?:et)?|[\p{L}-]*stöd(?:et)?|medel|medlen|pengarna))?\s*(?:krävs|behövs|behöver\s+vi)?\s*:?$/iu),
    examples: ['För utbetalning av bidrag', 'För utbetalning krävs:', 'Inför utbetalningen behöver vi:'],
    counterExamples: ['Utbetalning av bidrag', 'För utbetalning av bidrag gäller att beslutet vunnit laga kraft', 'Vid utbetalning av bidraget dras skatt'],
  },
];

// The parts a uses lead is read by (lists78, issue 12): each agency leads its list in its own words ("Pengarna kan gå till:", "Ni
// kan söka stöd för att:", "Vi ger stödet … så att de ska kunna använda det till:", "Checken kan inte användas till:"), so the
// composed rows below read a lead by its meaning cues, not by one funder's phrase: the money (a money noun, its compound, or a
// pronoun standing for it after one), a use verb (passive or intransitive with the money as subject, transitive with the
// reader or an impersonal as subject), the preposition of purpose, and the polarity (a denial next to the verb). Lead phrases
// of one agency stay in the rows above; these take the shapes those rows share.

/** The money as a word of its own or the last part of a compound: "bidrag", "Stödet", "projektmedlen", "Landsbygdschecken". */
const USE_MONEY = String.raw`(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag(?:et|en)?|stöd(?:et)?|medel|medlen|pengar(?:na)?|peng(?:en)?|anslag(?:et)?|understöd(?:et)?|stipendi(?:et|er|um)|check(?:en)?)(?![\p{L}\p{N}_-])`;
/** Adverbs that may stand next to the verb of a lead without changing what it says. */
const USE_ADVERB = String.raw`(?:även|också|bland\s+annat|exempelvis|till\s+exempel|t\.\s?ex\.|främst|framför\s+allt|i\s+första\s+hand|bara|endast|enbart|i\s+regel|normalt|vanligtvis|generellt|däremot|dock|heller)`;
/**
 * (uses87) The "-medel" compounds that name money handed out (bygdemedel, landsbygdsmedel, projektmedel …), definite or not: the word class
 * bygdemedel-kan-anvandas-till reads as the subject. A closed list, since most "-medel" compounds are no money (hjälpmedel, livsmedel,
 * läkemedel, betalningsmedel).
 */
const MONEY_MEDEL = String.raw`(?:bygde|landsbygds|projekt|utvecklings|stimulans|tillväxt|fond|bidrags|anslags|forsknings|kultur|lotteri|arvsfonds|vindkrafts|verksamhets|samverkans|integrations|föreningsstöds|EU-)(?:medel|medlen)`;
/** The money as subject of a passive or intransitive use verb: "bidraget kan användas", "stöd ges", "pengarna får gå". */
const MONEY_VERB = String.raw`(?:användas|gå|sökas|ansökas|ges|beviljas|lämnas|utgå|utbetalas|täcka|bekosta|finansiera|ersätta|avse)`;
const MONEY_VERB_PRESENT = String.raw`(?:används|går|ges|beviljas|lämnas|utgår|utbetalas|söks|täcker|bekostar|finansierar|ersätter|avser)`;
/** The reader or an impersonal as subject: "Ni kan söka stöd", "Du får använda pengarna", "Det går att få bidrag". */
const USE_AGENT = String.raw`(?:du|ni|man|vi|föreningen|er\s+förening|din\s+förening|organisationen|sökande(?:n)?|arrangören|de)`;
const AGENT_VERB = String.raw`(?:söka|ansöka\s+om|få|använda)`;
/** The purpose: "till", "för", "åt"; not a time ("till och med") nor a receiver's "till" (TO_RECIPIENT). */
const USE_PREP = String.raw`(?:till(?!\s+och\s+med\b)|för)(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag(?:are)?|kommun(?:er)?|region(?:er)?|sökande|mottagare|den\s+som|de\s+som|någon\s+som|privatpersoner|personer|enskilda|stiftelser|parti(?:er)?|studieförbund|barn|unga|ungdomar|elever|deltagare|medlemmar|invånare|nyanlända)(?![\p{L}-]))`;
/** A lead's tail: up to its colon within the sentence, or a short open line with no stop (a heading or a line set as one). */
const LEAD_TAIL = String.raw`[^.:!?]{0,120}:\s*$`;

/** The composed cores of a permitted lead (no denial next to the verb; the rows' unless refuse any denial). */
const PERMITTED_CORE = String.raw`(?:${USE_MONEY}\s+(?:(?:kan|får|ska|skall)\s+(?:${USE_ADVERB}\s+)?${MONEY_VERB}|${MONEY_VERB_PRESENT})\s+(?:${USE_ADVERB}\s+)?(?:${USE_PREP}|kostnader\s+för)|\b(?:${USE_AGENT}\s+(?:kan|får)|(?:kan|får)\s+${USE_AGENT})\s+(?:${USE_ADVERB}\s+)?${AGENT_VERB}\s+(?:${USE_ADVERB}\s+)?(?:${USE_MONEY}|det|dem)\s+(?:${USE_ADVERB}\s+)?${USE_PREP}|\bdet\s+går\s+(?:${USE_ADVERB}\s+)?att\s+(?:söka|få)\s+${USE_MONEY}\s+${USE_PREP}|${USE_MONEY}[^.:]{0,80}?\banvända\s+(?:det|dem)\s+${USE_PREP})`;
/** The composed cores of an excluded lead: the same parts with "inte"/"ej" next to the verb or its modal. */
const EXCLUDED_CORE = String.raw`(?:${USE_MONEY}\s+(?:(?:(?:kan|får|ska|skall)\s+(?:${USE_ADVERB}\s+)?(?:inte|ej)|(?:inte|ej)\s+(?:${USE_ADVERB}\s+)?(?:kan|får|ska|skall))\s+(?:heller\s+)?${MONEY_VERB}|${MONEY_VERB_PRESENT}\s+(?:${USE_ADVERB}\s+)?(?:inte|ej))\s+(?:${USE_ADVERB}\s+)?(?:${USE_PREP}|kostnader\s+för)|\b(?:${USE_AGENT}\s+(?:(?:kan|får)\s+(?:${USE_ADVERB}\s+)?(?:inte|ej)|(?:inte|ej)\s+(?:kan|får))|(?:kan|får)\s+${USE_AGENT}\s+(?:${USE_ADVERB}\s+)?(?:inte|ej))\s+(?:heller\s+)?${AGENT_VERB}\s+(?:(?:${USE_MONEY}|det|dem)\s+)?${USE_PREP}|\bdet\s+går\s+(?:${USE_ADVERB}\s+)?(?:inte|ej)\s+att\s+(?:söka|få)\s+(?:${USE_MONEY}\s+)?${USE_PREP})`;

/** What a composed lead is not, whatever its parts say: a question to answer in the application or report, a time, a case. */
// (review78e: "om" not at the line's start is looked back for over at most 8 spaces: an unbounded "(?<!^\s*)" read back over every
// space before each position, quadratic on a line of spaces before a lead, 32 kB took 1.1 s)
const COMPOSED_NOT = sv(/^(?:beskriv|ange|redogör|berätta|förklara|motivera|specificera|redovisa|svara)\b|(?<!\bexempel\s+på\s)\b(?:hur|vilka|vilket)\s+(?:[\p{L}-]+\s+){0,3}?(?:kan|får|ska|skall|har)\b|\b(?:ansökan|ansökningen|redovisning\p{L}*|[\p{L}-]*rapport\p{L}*|budget\p{L}*)\s+(?:ska|skall|måste|bör)\b|\b(?:perioder|perioden|datum|datumen|tider|omgångar|ansökningsomgångar|år)\s*:\s*$|(?<!^\s{0,8})\b(?:om|ifall|när|innan|förrän|utan)\b[^:]{0,80}:\s*$|\b(?:men|först|måste|samma|hos|räkning)\b|\b(?:har|hade)\s+(?:fått|beviljats|använts|gått)\b|\b(?:innehålla|innehåller|beskriva|beskrivs|ange|anges|redovisa|redovisas)\b|\bav\s+(?:[\p{L}-]+\s+){0,2}?(?:föreningar|organisationer|företag|sökande|aktörer|kommuner|regioner|privatpersoner|personer)\b|\b(?:för|till)\s+(?:verksamhetsåret|kalenderåret|året|perioden|hösten|våren|sommaren|vintern|(?:19|20)\d\d)\b|\b(?:för|till)\s+(?:följande\s+)?(?:säsong\p{L}*|termin\p{L}*|vårtermin\p{L}*|hösttermin\p{L}*|läsår\p{L}*|budgetår\p{L}*|månad\p{L}*|kvartal\p{L}*|veckor(?:na)?|högst|max|maximalt|upp\s+till|minst|som\s+mest)\b|\b(?:på\s+(?:villkor|det\s+villkoret|följande\s+villkor)|under\s+(?:förutsättning|villkor)|förutsatt)\b[^:]{0,80}:\s*$|\b(?:där|dit)\s*(?:följande\s*)?:\s*$|\b\p{L}{3,}s\s+av(?:\s+följande)?\s*:\s*$|\b(?:en|ett)\s+[\p{L}-]+\s+som\b|^(?![^:]*:)(?!(?:exempel\s+på\s+)?(?:kostnader|utgifter)\s+som\b)[^]*?\bsom\b|^(?![^:]*:)[^]*?\b(?:(?:ges|lämnas|beviljas|utgå)\s+till|vid|av|hos|inom|från)\s*$/iu);

/** Leads whose list names what the money may be used for. */
export const USE_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'anvandas-till', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/(?:får|kan|ska)\s+(?:bland annat\s+)?användas\s+(?:till|för)|användas till att|\banvända\s+(?:stats)?bidraget\s+till\b|\banvända\s+rekviderade\s+medel\b/iu),
    // (review73a O7, O8, O10: personal data or a hall as the subject, no money)
    unless: [{ where: 'line', cue: NOT_MONEY_SUBJECT }],
    examples: ['Medlen får användas till:', 'Statsbidraget kan bland annat användas för att:', 'Ni kan använda bidraget till följande:'],
    counterExamples: ['Medlen har använts till:', 'Ni ska redovisa hur medlen har använts:', 'Personuppgifterna kan användas till:', 'Dina personuppgifter kan användas för:', 'Lokalen får användas till:'],
  },
  {
    id: 'noun-kan-anvanda', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/kan\s+(?:ni|man|regionerna|kommunerna)\s+(?:även\s+)?använda\b|\b(?:regionerna|kommunerna|landstingen)\s+(?:kan|får)\s+(?:även\s+|också\s+)?använda\b/iu),
    // (review72a: a tool or a template to use is no use of the money, L1)
    // (review73a G2: nor an agency's guidance, "Kommunerna kan även använda Socialstyrelsens kunskapsstöd för:")
    // (review74a U1–U3: the tool's word inside a compound, after an owner written with a colon, "SKR:s checklista", "Skolverkets
    // enkätverktyg"; but a money word ending the compound is the money, "metodutvecklingsmedlen")
    unless: [{ where: 'line', cue: sv(/\banvända\s+(?:följande\s+|dessa\s+|de\s+|den\s+|det\s+)?(?:[\p{L}:-]+\s+)?(?![\p{L}-]*(?:medlen|medel|bidraget|bidrag|pengarna|pengar|stödet|anslaget)\b)[\p{L}-]*(?:mall|blankett|formulär|e-tjänst|verktyg|logotyp|stödmaterial|kunskapsstöd|vägledning|plattform|webbplats|metod|material|checklist|enkät|indikator|handbok|modell)\p{L}*/iu) }],
    examples: ['Regionerna kan även använda medlen till:', 'För statsbidraget kan ni använda medlen till:', 'Kommunerna kan även använda metodutvecklingsmedlen till:'],
    counterExamples: ['Kommunerna kan även använda SKR:s checklista för:', 'Kommunerna kan använda Skolverkets enkätverktyg för:', 'Kommunerna kan även använda Socialstyrelsens kunskapsstöd för:', 'Regionerna kan använda den digitala plattformen till:', 'Regionerna kan även använda följande mallar vid redovisningen:', 'Kommunerna kan använda blanketterna nedan:', 'Regionerna har använt medlen till:'],
  },
  {
    id: 'kan-fa-stod', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\bkan\s+få\s+(?:stöd|bidrag|medel|ersättning|pengar)\b/iu),
    examples: ['Projekt inom följande kategorier kan få stöd:', 'Projekt inom följande kategorier kan få bidrag:', 'Exempel på sådant ni kan få pengar till:'],
    counterExamples: ['Följande projekt har fått stöd:'],
  },
  {
    id: 'kan-soka-bidrag-for', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:kan|får|går\s+att)\s+(?:ansöka\s+om|söka|rekvirera)\s+(?:stats)?(?:bidrag(?:et)?|stöd(?:et)?|medel)\s+för\b[^.]*:$/iu),
    // (review72a: when to apply is no use, L2)
    unless: [{ where: 'line', cue: sv(/\b(?:perioder|perioden|datum|tider|omgångar|ansökningsomgångar|ansökningsperioder)\s*:\s*$/iu) }, { where: 'line', cue: NEGATED }],
    examples: ['Ni kan söka statsbidrag för följande insatser:', 'Det går att söka stöd för:'],
    counterExamples: ['Ni kan söka bidrag för 2026 i e-tjänsten under följande perioder:', 'Du kan söka stöd för hösten under dessa datum:', 'Ni kan söka statsbidrag för insatser under 2026.'],
  },
  {
    // "Åtgärderna i ett LONA-projekt ska rymmas i en eller flera av följande kategorier:"
    id: 'foljande-kategorier', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:projekt\p{L}*|åtgärd\p{L}*|insats\p{L}*)\b[^.:]*\bföljande\s+(?:kategorier|områden|ändamål)\b[^.]*:\s*$/iu),
    examples: ['Åtgärderna i ett LONA-projekt ska rymmas i en eller flera av följande kategorier:', 'Insatserna ska avse något av följande områden:'],
    counterExamples: ['Sökande ska uppfylla följande krav:', 'Projektet ska redovisas inom följande områden.'],
  },
  {
    // "Den nationella utlysningen omfattar totalt 3 miljoner kronor och kan finansiera:"
    id: 'kan-finansiera', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:kan|får|ska)\s+(?:finansiera|bekosta|täcka)\s*:\s*$/iu),
    // (review72a: what the applicant pays itself is no use of the grant, L3)
    unless: [{ where: 'line', cue: sv(/\bsjälva?\b|\b(?:den\s+)?sökande(?:n)?\s+(?:ska|måste)\s+(?:finansiera|bekosta|täcka)\s*:/iu) }, { where: 'line', cue: NEGATED }],
    examples: ['Den nationella utlysningen omfattar totalt 3 miljoner kronor och kan finansiera:', 'Bidraget får täcka:'],
    counterExamples: ['Sökanden ska bekosta:', 'Deltagarna måste själva bekosta:', 'Bidraget kan inte finansiera:', 'Bidraget kan finansiera hela projektet.'],
  },
  {
    id: 'exempel-pa', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^Exempel\s+på\s+(?:[\p{L}-]+\s+){0,2}?(?:projekt|insatser|åtgärder|aktiviteter|kostnader|verksamheter)\b[^:.]*:\s*$/iu),
    // (and in the past tense or as earlier ones: "Exempel på projekt som fick stöd 2024:", "Exempel på tidigare beviljade projekt:", review71a)
    // (review73a U5, U6: projects already carried out, "som genomförts med stöd", and the applicant's own contribution, "kostnader som ska
    // redovisas som egen insats", are no uses)
    // (review74a E1–E5: a round named by its years and no modal verb, "Exempel på projekt 2023–2024:", other past verbs, "avslutades",
    // "vi har stöttat", and the applicant's own costs with a modal between, "som sökanden själv ska stå för"; but the region's co-financing
    // as the grant is a use, "Exempel på projekt som kan få medfinansiering från regionen:")
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: /\b(?:beviljats|beviljades|beviljade|fått|har\s+fått|fick|tidigare|genomförd\p{L}*|genomfört\p{L}*|stöddes|stötts|stöttat|stöttade|stödde|finansierats|finansierades|avslutade?s?|avslutats|gjordes|arrangerades|förra|fjol\p{L}*)\b/iu },
      { where: 'line', cue: /^(?![^:]{0,120}\b(?:kan|får|ska|skall|kommer)\b)[^:]{0,120}?\b(?:19|20)\d{2}\b/iu },
      { where: 'line', cue: sv(/\begen\s+insats\b|\bsom\s+(?:egen\s+)?(?:insats|medfinansiering)\b|\begen\s+medfinansiering\b|\bsjälva?\s+(?:ska\s+|får\s+|måste\s+)?(?:står|stå|betalar|betala|bekostar|bekosta)\b/iu) }],
    examples: ['Exempel på brottsofferinriktade projekt:', 'Exempel på kostnader som kan ingå:', 'Exempel på projekt som kan få bidrag:', 'Exempel på projekt som kan få medfinansiering från regionen:', 'Exempel på insatser som kan få stöd 2025:'],
    counterExamples: ['Exempel på projekt som inte kan beviljas medel:', 'Exempel på projekt som beviljats medel tidigare år:', 'Exempel på projekt som fick stöd 2024:', 'Exempel på tidigare beviljade projekt:', 'Exempel på projekt som genomfördes förra året:', 'Exempel på projekt som genomförts med stöd från regionen:', 'Exempel på kostnader som ska redovisas som egen insats:', 'Exempel på aktiviteter som stöddes 2024:',
      'Exempel på projekt 2023–2024:', 'Exempel på kostnader som sökanden själv ska stå för:', 'Exempel på aktiviteter som avslutades under 2024:', 'Exempel på projekt som vi har stöttat:'],
  },
  {
    // "what the money may be paid out on", examples leading a list (utlys84: dev 2447, Lidköping's covid föreningsstöd, "Exempel på vad
    // bidrag kan betalas ut på:" over four items, beside "Stöd kan lämnas för:" over three): "vad" for the uses, the money as the
    // subject and a verb of paying, using, going to or being applied for; never negated, never told in the past
    id: 'exempel-pa-vad-bidrag-kan', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^Exempel\s+på\s+vad\s+(?:[\p{L}-]*(?:bidrag|stöd)(?:et|en)?|medlen|medel|pengarna|ersättning(?:en)?)\s+(?:kan|får)\s+(?:betalas\s+ut\s+(?:på|för|till)|användas\s+(?:till|för)|gå\s+till|sökas\s+för|ges\s+(?:till|för)|beviljas\s+för|lämnas\s+för)\s*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Exempel på vad bidrag kan betalas ut på:', 'Exempel på vad stödet kan användas till:', 'Exempel på vad medlen får gå till:', 'Exempel på vad projektstödet kan sökas för:'],
    counterExamples: ['Exempel på vad bidrag inte kan betalas ut på:', 'Exempel på vad föreningen kan göra:', 'Exempel på vad bidrag har betalats ut på:', 'Exempel på vad stödet kan användas till finns i riktlinjerna.'],
  },
  {
    // "… lämna ersättning till kommuner för att stärka … verksamhet … som syftar till att:"
    id: 'syftar-till-att', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:ersättning|bidrag\p{L}*|medel|medlen|stöd\p{L}*)\b[^.]*\bsyftar\s+till\s+att\s*:\s*$/iu),
    examples: ['Ersättning lämnas till verksamheter som syftar till att:', 'Länsstyrelsen har möjlighet att lämna ersättning till kommuner för att stärka och utveckla verksamhet med flyktingguider och familjekontakter som syftar till att:'],
    counterExamples: ['Projektet ska ha en plan som syftar till att:', 'Bidraget syftar till att stärka civilsamhället.'],
  },
  {
    // a heading or line that leads a list: "LOVA-bidrag kan ges till vattenvårdsprojekt som avser"
    id: 'kan-ges-till', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:ges|lämnas|beviljas)\s+(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:projekt|åtgärder|insatser|aktiviteter|kostnader|verksamhet(?:er)?)\b/iu),
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: /\b(?:krav|villkor)\b/iu }],
    examples: ['LOVA-bidrag kan ges till vattenvårdsprojekt som avser', 'Stöd kan lämnas för åtgärder som:'],
    counterExamples: ['Projektbidrag kan lämnas till organisation som uppfyller samtliga av följande krav:', 'Bidrag kan inte ges till projekt som redan påbörjats:'],
  },
  {
    // the distributor's power as a lead: "Länsstyrelsen kan bevilja bidrag till:", "Understöd beviljas följande ändamål:"
    id: 'kan-bevilja-till-lead', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:(?:kan|får)\s+bevilja\s+(?:stöd|bidrag|understöd|medel)\s+(?:till|för)|(?:stöd|bidrag|understöd)\s+(?:beviljas|ges|lämnas)\s+(?:för\s+|till\s+)?följande\s+ändamål)\s*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Länsstyrelsen kan bevilja bidrag till:', 'Understöd beviljas följande ändamål:'],
    counterExamples: ['Länsstyrelsen kan bevilja bidrag till föreningar som uppfyller följande krav:', 'Understöd beviljas inte för följande ändamål:'],
  },
  {
    // "Insatserna ska syfta till något av detta:" — the aims a funded insats must serve, one per item
    id: 'syfta-till-nagot-av', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:insatserna|insatsen|projekten|projektet|åtgärderna|medlen|bidraget)\s+(?:ska|skall|bör)\s+syfta\s+till\s+(?:något|någon|ett\s+eller\s+flera|en\s+eller\s+flera)\s+av\s+(?:detta|följande|dessa)\s*:\s*$/iu),
    examples: ['Insatserna ska syfta till något av detta:', 'Projekten ska syfta till ett eller flera av följande:'],
    counterExamples: ['Insatserna ska syfta till att stärka etableringen.', 'Redovisningen ska beskriva något av detta:'],
  },
  {
    // "Under 2017 kan samverkansmedel nu sökas för satsningar inom följande områden:"
    id: 'sokas-for-foljande', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:[\p{L}-]+\s+){0,2}?(?:sökas|ansökas|beviljas)\s+för\s+[^.:]{0,80}?\bföljande\s+(?:områden|kategorier|ändamål|insatser|åtgärder)\s*:\s*$/iu),
    // (review72a: where the applicants are is no area of use, W5)
    unless: [{ where: 'line', cue: sv(/\b(?:föreningar|organisationer|företag|sökande|aktörer)\s+(?:inom|i|från)\s+följande\s+områden\b/iu) }, { where: 'line', cue: NEGATED }],
    examples: ['Under 2017 kan samverkansmedel nu sökas för satsningar inom följande områden: ', 'Bidrag kan beviljas för följande åtgärder:'],
    counterExamples: ['Bidrag kan sökas för verksamhetsåret 2025 av föreningar inom följande områden:', 'Stöd kan sökas för 2026 av företag i följande områden:', 'Bidrag kan inte beviljas för följande åtgärder:', 'Ansökan kan sökas för följande år.'],
  },
  {
    // the money as subject of a bare passive lead, the list its whole object: "Bidrag kan sökas för:" (dev 2200, Länsstyrelsen
    // Stockholm's kulturmiljö bullets), "Stöd kan även sökas för exempelvis:", "Projektbidraget får sökas för bland annat:"; only
    // "för" (a "sökas till:" names where to send it) and nothing but an example adverb before the colon (a period, a year or the
    // applicants after "för" are no uses: 'sokas-for-foljande' and 'kan-soka-bidrag-for' hold for those with their own limits)
    id: 'bidrag-kan-sokas-for-kolon', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/(?:^|[.!?]\s+)(?:(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:bidrag|stöd|medel|stipendi)\p{L}*)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:sökas|ansökas)\s+för(?:\s+(?:bland\s+annat|exempelvis|till\s+exempel|t\.\s?ex\.))?\s*:\s*$/iu),
    examples: ['Bidrag kan sökas för: ', 'Stöd kan även sökas för exempelvis:', 'Projektbidraget får sökas för bland annat:', 'Kulturmiljöbidrag kan sökas för:'],
    counterExamples: ['Bidrag kan sökas för perioden:', 'Bidrag kan sökas till:', 'Bidrag kan inte sökas för:', 'Bidrag kan sökas för 2026 under följande perioder:', 'Bidrag kan sökas av:', 'Ansökan kan skickas för:', 'Följande kan sökas för:'],
  },
  {
    // what may be funded, as "kan komma i fråga för" over its list: "Samfinansiering mellan landsbygdsprogrammet och
    // kulturmiljöbidraget kan komma ifråga för projekt som omfattar något av följande:" (dev 2199, Länsstyrelsen Skåne), "Stöd kan
    // komma i fråga för insatser som avser:"; a requirement on the projects ("ska uppfylla följande krav:"), the applicants or a negation is none
    id: 'kan-komma-ifraga-for', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\bkan\s+(?:även\s+|också\s+)?komma\s+i\s?fråga\s+för\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:projekt|åtgärder|insatser|aktiviteter|kostnader|ändamål|investeringar)\b[^.:]{0,100}:\s*$/iu),
    // (review75c C1–C3: a list of places, of groups of persons, of periods, or a person's condition "om de tillhör" is none)
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: sv(/\b(?:krav|kraven|villkor|villkoren|kriterier|kriterierna|uppfyll\p{L}*)\b/iu) },
      { where: 'line', cue: sv(/\bföljande\s+(?:kommuner|län|orter|regioner|grupper|målgrupper|perioder|personer|sökande)\b|\bperiod(?:en|er|erna)?\b|\bom\s+(?:de|den|du|ni|man|hen)\b|\btillhör\b/iu) }],
    examples: ['Samfinansiering mellan landsbygdsprogrammet och kulturmiljöbidraget kan komma ifråga för projekt som omfattar något av följande:', 'Stöd kan komma i fråga för insatser som avser:', 'Bidrag kan även komma i fråga för kostnader för:'],
    counterExamples: ['Projekt som kan komma ifråga för stöd ska uppfylla följande krav:', 'Stöd kan komma i fråga för projekt som uppfyller följande villkor:', 'Följande sökande kan komma i fråga för stöd:', 'Stöd kan inte komma i fråga för projekt som avser:', 'Bidrag kan komma i fråga för projekt i följande kommuner.',
      'Bidrag kan komma i fråga för projekt i någon av följande kommuner:', 'Personer kan komma ifråga för insatser om de tillhör någon av följande grupper:', 'Stöd kan komma i fråga för kostnader som uppstått under någon av perioderna:'],
  },
  {
    // "Det går att få bidrag för tidsbegränsade utvecklingsinsatser för att:"
    id: 'gar-att-fa-bidrag-for', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:går\s+att|kan\s+(?:du|ni|man)|(?:du|ni|man)\s+kan)\s+få\s+(?:stats)?(?:bidrag|stöd|medel)\s+för\b[^.]*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Det går att få bidrag för tidsbegränsade utvecklingsinsatser för att:', 'Ni kan få stöd för följande:'],
    counterExamples: ['Det går inte att få bidrag för:', 'Det går att få bidrag för insatser under 2026.'],
  },
  {
    // a regeringsbeslut's lead with the recipients as subject: "Organisationerna får använda pengarna för att finansiera"
    id: 'far-anvanda-pengarna', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:får|kan)\s+(?:även\s+|också\s+)?använda\s+(?:pengarna|medlen|bidraget|statsbidraget|stödet|pengar|medel)\s+(?:till|för)\b/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Organisationerna får använda pengarna för att finansiera', 'Länsstyrelserna får använda medlen till:'],
    counterExamples: ['Organisationerna får inte använda pengarna för att finansiera:', 'Organisationerna har använt pengarna till:'],
  },
  {
    // a förordning's lead, the verb first: "I enlighet med de syften som anges i 4 § får statsbidrag lämnas enligt denna förordning för att"
    id: 'far-bidrag-lamnas-for-att', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:får|kan)\s+(?:stats)?(?:bidrag|stöd)\s+(?:även\s+)?(?:lämnas|ges|beviljas)\s+(?:enligt\s+denna\s+förordning\s+)?för\s+att\s*:?\s*$|\b(?:stats)?(?:bidrag|stöd)\s+(?:får|kan)\s+(?:även\s+)?(?:lämnas|ges|beviljas)\s+för\s+att\s*:?\s*$/iu),
    examples: ['I enlighet med de syften som anges i 4 § får statsbidrag lämnas enligt denna förordning för att', 'Bidrag får lämnas för att:'],
    counterExamples: ['Statsbidrag får lämnas till en ideell organisation som', 'Statsbidraget ska stödja verksamhet som', 'Bidrag får inte lämnas för att:'],
  },
  {
    // a förordning's lead with the recipients before the uses: "Bidrag får, i mån av tillgång på medel, ges
    // till regioner för" and then the numbered uses
    id: 'far-ges-till-typ-for', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:stats)?(?:bidrag|stöd)\s+(?:får|kan)(?:,\s[^,.]{1,60},)?\s+(?:även\s+)?(?:lämnas|ges|beviljas)\s+till\s+(?:[\p{L}-]+\s+){1,3}?för(?:\s*:)?\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Bidrag får, i mån av tillgång på medel, ges till regioner för', 'Statsbidrag får lämnas till kommuner för:'],
    counterExamples: ['Statsbidrag får lämnas till en ideell organisation som', 'Bidrag får inte ges till regioner för:', 'Bidrag får ges till regioner för åtgärder i sluten vård.'],
  },
  {
    // a förordning's lead that names the grant by its aim and ends on "för", the numbered uses finishing
    // the sentence: "4 § Bidrag för att minska och motverka segregation får lämnas för" + "1. samordning …,"
    id: 'bidrag-far-lamnas-for', where: 'line', meaning: 'uses', weight: 1,
    // "får lämnas" (may) and "lämnas" (is given) lead alike; the costs may be named before the items ("… för kostnader för")
    cue: sv(/\b\p{L}*(?:bidrag|stöd)(?:et)?\s(?:[^.:]{1,120}?\s)?(?:(?:får|kan)(?:,\s[^,.]{1,60},)?\s+(?:även\s+|också\s+)?)?(?:lämnas|ges|beviljas)\s+för(?:\s+(?:kostnader|utgifter|åtgärder|insatser|verksamhet|projekt)\s+(?:för|som\s+avser))?\s*:?\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: sv(/\b(?:får\s+|kan\s+)?(?:lämnas|ges|beviljas)\s+till\b/iu) }],
    examples: ['4 § Bidrag för att minska och motverka segregation får lämnas för', 'Statsbidrag får lämnas för:', 'Bidrag enligt denna förordning får, i mån av tillgång på medel, ges för', 'Investeringsbidrag lämnas för kostnader för', 'Stöd får lämnas för åtgärder som avser:'],
    counterExamples: ['Bidrag får inte lämnas för', 'Bidrag får lämnas för ett år i sänder.', 'Bidrag får lämnas till kommuner för', 'Sökanden får inte lämnas för', 'Statsbidrag får lämnas för kostnader för personal.'],
  },
  {
    // the page's own voice: "Det här kan du få stöd för:"
    id: 'det-har-kan-du-fa-stod-for', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:det\s+här|detta|följande)\s+kan\s+(?:du|ni|man)\s+(?:få|söka)\s+(?:stöd|bidrag|medel|ersättning|pengar)\s+(?:för|till)\s*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Det här kan du få stöd för:', 'Detta kan ni få bidrag till:'],
    counterExamples: ['Det här kan du inte få stöd för:', 'Det här har du fått stöd för:'],
  },
  {
    // "Det här bidraget går till åtgärder som främjar:"
    id: 'bidraget-gar-till', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:stats)?(?:bidraget|stödet|medlen|pengarna)\s+(?:går|ska\s+gå)\s+till\b[^.]*:\s*$/iu),
    // (review72a: a news page's recipients are no uses, L6)
    unless: [{ where: 'line', cue: sv(/\b(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|kommun(?:er)?|region(?:er)?|sökande|mottagare|stiftelser)\b/iu) }, { where: 'line', cue: NEGATED }],
    examples: ['Det här bidraget går till åtgärder som främjar:', 'Medlen ska gå till:'],
    counterExamples: ['Pengarna går till följande föreningar:', 'Medlen går till dessa kommuner i år:', 'Bidraget går inte till:', 'Bidraget går till föreningen i januari.'],
  },
  {
    // the aims an insats must serve, with no colon: "Insatserna ska syfta till att" followed by its items
    id: 'ska-syfta-till-att', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:insatserna|insatsen|projekten|projektet|åtgärderna|aktiviteterna)\s+(?:ska|skall|bör)\s+syfta\s+till\s+att\s*:?\s*$/iu),
    examples: ['Insatserna ska syfta till att', 'Projekten ska syfta till att:'],
    counterExamples: ['Insatserna ska syfta till att stärka etableringen.', 'Redovisningen ska beskriva något av detta:'],
  },
  {
    // an agreement's areas the money is for: "I insatsområdena ingår:", "Överenskommelsen omfattar flera
    // insatser, bland annat för att:"
    id: 'overenskommelsens-insatser', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^(?:I\s+insatsområdena\s+ingår|Överenskommelsen\s+omfattar\s+(?:flera\s+|följande\s+)?(?:insatser|insatsområden)\b[^.:]{0,80})\s*:\s*$/iu),
    examples: ['I insatsområdena ingår:', 'Överenskommelsen omfattar flera insatser, bland annat för att:', 'Överenskommelsen omfattar följande insatsområden:'],
    counterExamples: ['Överenskommelsen omfattar 1,5 miljarder kronor.', 'I uppföljningen ingår:', 'Överenskommelsen omfattar flera parter:'],
  },
  {
    // the same areas announced at a paragraph's end: "… omfattar därför fyra utvecklingsområden som … Dessa
    // utvecklingsområden är:" followed by one item per area
    id: 'dessa-omraden-ar', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:Dessa|De)\s+(?:utvecklingsområden|insatsområden|fokusområden|satsningsområden)\s+är\s*:\s*$/iu),
    examples: ['Överenskommelsen för 2023 omfattar därför fyra utvecklingsområden som alla syftar till att stödja den nära vården. Dessa utvecklingsområden är:', 'De insatsområden är:'],
    counterExamples: ['Dessa utvecklingsområden är nya för 2023.', 'Dessa redovisningskrav är:', 'Dessa utvecklingsområden är inte:'],
  },
  {
    // a lead that limits the uses: "… får endast användas för följande ändamål:"
    id: 'far-endast-anvandas', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:får|kan|ska)\s+(?:endast|enbart|bara|uteslutande)\s+användas\s+(?:till|för)\b[^.]{0,200}:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Stimulansmedlen ska avse den sociala barn- och ungdomsvårdens verksamheter och får endast användas för följande ändamål:', 'Bidraget får enbart användas till:'],
    counterExamples: ['Bidraget får endast användas för det ändamål det beviljats för.', 'Medlen får inte användas för följande:'],
  },
  {
    // the reader's own voice with no colon, the list's items finishing the sentence: "Du kan söka medel för att" + bullets
    id: 'du-kan-soka-medel-for-att', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^(?:du|ni|man)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:an)?söka\s+(?:om\s+)?(?:stats)?(?:bidrag|stöd|medel|pengar)(?:et|en)?\s+(?:för\s+att|till\s+att|för|till)\s*:?\s*$/iu),
    examples: ['Du kan söka medel för att', 'Ni kan även söka bidrag till:', 'Du kan söka stöd för'],
    counterExamples: ['Du kan söka medel för att stärka föreningens arbete.', 'Du kan inte söka medel för att', 'Kommunen kan söka medel för att'],
  },
  {
    // the costs the grant pays, named as eligible, over their list: "Följande kostnader är stödberättigande:",
    // "För forskning och utveckling är dessa kostnader stödberättigande:", the heading "Kostnader som är stödberättigade"
    // (the conditions a cost must meet, "Utgifterna utgör stödberättigande kostnader om de:", are no such lead)
    id: 'stodberattigande-kostnader', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?:följande|dessa|nedanstående)\s+)?(?:kostnader|utgifter)\s+(?:som\s+)?(?:är|räknas\s+som)\s+(?:stöd|bidrags)berättiga(?:nde|de)\s*:?\s*$|\bär\s+(?:dessa|följande)\s+(?:kostnader|utgifter)\s+(?:stöd|bidrags)berättigande\s*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }],
    examples: ['Följande kostnader är stödberättigande:', 'För forskning och utveckling är dessa kostnader stödberättigande:', 'Kostnader som är stödberättigade'],
    counterExamples: ['Följande kostnader är inte stödberättigande:', 'Utgifterna utgör stödberättigande kostnader om de:', 'Kostnader som inte är stödberättigade', 'Följande kostnader är stödberättigande om de uppfyller kraven i beslutet.'],
  },
  {
    // (fresh77b) a lead read by its parts, not by one funder's phrase: the money given for the costs that follow, or the costs named
    // eligible and then "följande", the line ending in the colon before the list: "Stöd ges för nedanstående utgifter kopplade till
    // beviljade aktiviteter:" (dev 2309, Leader Höga Kusten), "Som godtagbara kostnader för specialunderstöd betraktas enligt
    // understödsvillkoren följande kostnader, om annat inte fastställs i ansökningsanvisningen eller understödsbeslutet:" (dev 2307,
    // Regionförvaltningsverket), "Bidrag lämnas för följande kostnader:", "Som stödberättigande utgifter räknas följande:".
    // Not a denial (an "om annat inte …" proviso denies nothing), and not costs the reader is to name in an application, a budget or
    // a report ("I slutrapporten ska ni redovisa följande stödberättigande kostnader:"), nor a past round's ("Stöd beviljades för …")
    id: 'stod-ges-for-foljande-kostnader', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/(?:(?<![\p{L}\p{N}_-])\p{L}*(?:stöd|stödet|bidrag|bidraget|understöd|understödet)|\b(?:medel|medlen))\s+(?:(?:får|kan)\s+)?(?:även\s+|också\s+)?(?:ges|lämnas|beviljas|utgår)\s+(?:för|till)\s+(?:följande|nedanstående|dessa)\s+(?:[\p{L}-]+\s+)?(?:kostnader|utgifter)\b[^:]{0,120}:\s*$|\b(?:godtagbara|stödberättigande|stödberättigade|bidragsberättigande|bidragsberättigade|ersättningsbara)\s+(?:kostnader|utgifter)\b[^:]{0,160}?\b(?:följande|nedanstående)\b[^:]{0,160}:\s*$/iu),
    unless: [{ where: 'line', cue: sv(/(?<!\bannat\s)\b(?:inte|ej|inget|inga|ingen|aldrig)\b(?!\s+annat\b)/iu) },
      { where: 'line', cue: sv(/\b(?:ansökan|ansökningen|budget\p{L}*|redovisning\p{L}*|redovisa|[\p{L}-]*rapport\p{L}*|ange|anges|specificera|beskriv\p{L}*)\b/iu) },
      // (review77a L1–L3: nor what the eligible costs must meet, how they are proved or reckoned: "Stödberättigade utgifter styrks med
      // följande underlag:", "Godtagbara kostnader för personal beräknas på följande sätt:", "… måste uppfylla följande krav:")
      { where: 'line', cue: sv(/\b(?:följande|nedanstående)\s+(?:sätt|krav|villkor|underlag|handlingar|dokument|verifikationer|principer|regler|kriterier|formel)\b|\b(?:styrks|styrkas|beräknas|räknas\s+ut|verifieras|bokförs|bokföras|uppfylla|uppfyller)\b/iu) }],
    examples: ['Stöd ges för nedanstående utgifter kopplade till beviljade aktiviteter:', 'Som godtagbara kostnader för specialunderstöd betraktas enligt understödsvillkoren följande kostnader, om annat inte fastställs i ansökningsanvisningen eller understödsbeslutet:',
      'Bidrag lämnas för följande kostnader:', 'Som stödberättigande utgifter räknas följande:', 'Projektstödet kan även beviljas för dessa kostnader i samband med arrangemanget:'],
    counterExamples: ['Stöd ges inte för följande kostnader:', 'Följande kostnader är inte godtagbara, om inte annat anges:', 'I slutrapporten ska ni redovisa följande stödberättigande kostnader:',
      'I budgeten ska ni ange följande godtagbara kostnader:', 'Stöd beviljades för följande kostnader förra året:', 'Vi bedömer ansökan utifrån följande kriterier:', 'Stöd ges för nedanstående utgifter.',
      'Stödberättigade utgifter styrks med följande underlag:', 'Godtagbara kostnader för personal beräknas på följande sätt:', 'Stödberättigande kostnader måste uppfylla följande krav:'],
  },
  {
    // what a fundable project may consist of, as a lead: "Allmännyttiga utvecklingsprojekt kan innehålla:" + its kinds of work
    id: 'projekt-kan-innehalla', where: 'line', meaning: 'uses', weight: 1,
    note: 'one document: every example is from dev 1225; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/^(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:projekt|insatser|åtgärder)\s+(?:kan|får)\s+(?:till\s+exempel\s+|exempelvis\s+|bland\s+annat\s+)?(?:innehålla|omfatta)\s*:\s*$/iu),
    // (review72a: the form's limits are no uses, L8)
    unless: [{ where: 'line', cue: sv(/^(?:ansökan|ansökningen|redovisningen|rapporten|budgeten)\b/iu) }, { where: 'line', cue: NEGATED }],
    examples: ['Allmännyttiga utvecklingsprojekt kan innehålla:'],
    counterExamples: ['Ansökan om projekt får omfatta:', 'Redovisningen av projekt kan innehålla:', 'Allmännyttiga utvecklingsprojekt kan inte innehålla:', 'Ansökan kan innehålla:', 'Projektplanen kan innehålla:', 'Utvecklingsprojekt kan innehålla flera delar.'],
  },
  {
    // (uses81) examples of what one may apply for, "vad" standing for the items: "Exempel på vad ni kan söka för:", "Exempel på vad
    // bidraget kan användas till:", "Exempel på sådant du kan få stöd till:"; not a past round's, a denial, nor what to describe
    id: 'exempel-pa-vad-lead', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^exempel\s+på\s+(?:vad|sådant)\s+(?:som\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kan|får)\s+(?:(?:an)?söka|få|täcka|bekosta|finansiera|användas|gå|använda)\b[^.:]{0,60}:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: sv(/\b(?:fått|fick|har|hade|beviljats|beviljades|tidigare|förra)\b/iu) }],
    examples: ['Exempel på vad ni kan söka för:', 'Exempel på vad bidraget kan användas till:', 'Exempel på sådant du kan få stöd till:'],
    counterExamples: ['Exempel på vad ni inte kan söka för:', 'Exempel på vad föreningar har fått stöd till:', 'Exempel på vad ni kan söka för finns i riktlinjerna.', 'Exempel på vad som fick stöd förra året:'],
  },
  {
    // (uses81) what the money covers, as a lead: "Stödet omfattar:", "Bidraget täcker bland annat:", "Stödet kan omfatta kostnader för:";
    // the lead ends on the verb, an example adverb or the costs (a list of places, "Stödet omfattar följande kommuner:", or of years is none)
    id: 'stodet-omfattar-lead', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd|check|stipendi)(?:et|en|um)?|medlen|pengarna)\s+(?:(?:kan|får|ska)\s+(?:även\s+|också\s+)?(?:omfatta|inkludera|innefatta|täcka)|omfattar|täcker|inkluderar|innefattar)(?:\s+(?:även|också))?(?:\s+(?:bland\s+annat|exempelvis|till\s+exempel|följande))?(?:\s+(?:[\p{L}-]*kostnader|utgifter)(?:\s+för)?)?\s*:\s*$/iu),
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: OTHER_MONEY }],
    examples: ['Stödet omfattar:', 'Bidraget täcker bland annat:', 'Stödet kan omfatta kostnader för:', 'Checken täcker följande kostnader:'],
    counterExamples: ['Stödet omfattar följande kommuner:', 'Stödet omfattar inte:', 'Utlysningen omfattar:', 'Stödet omfattar åren:', 'Ansökan omfattar:'],
  },
  {
    // (lists78) a lead read by its meaning cues (PERMITTED_CORE): the money and a use verb with its purpose, or the reader who may
    // apply for, get or use the money for something, the line ending in the colon before its list or standing open over it as a
    // heading does; any denial leaves it to the excluded rows. Real leads: "Bidrag beviljas för att utveckla och sprida" (dev
    // 1189, Finlands hembygdsförbund), "Vi ger stödet till verksamheter i regionen så att de ska kunna använda det till:" (dev 1409,
    // Region Västernorrland), "Under förutsättning att föreningen följer kommunens allmänna utgångspunkter kan föreningen söka stöd för"
    // (Härryda kommun, https://www.harryda.se/upplevaochgora/foreningar/stodtillideellaforeningarochfolkbildning.4.747fbb3b17b2553174cefe6f.html)
    id: 'composed-use-lead', where: 'line', meaning: 'uses', weight: 1,
    cue: sv(new RegExp(String.raw`${PERMITTED_CORE}${LEAD_TAIL}|^[^.:!?]{0,120}?${PERMITTED_CORE}[^.:!?]{0,60}$|^(?:exempel\s+på\s+)?(?:kostnader|utgifter)\s+som\s+(?:${USE_MONEY}\s+)?(?:kan|får)\s+(?:${USE_ADVERB}\s+)?(?:godkännas|ersättas|täckas|ingå)\b[^.!?]{0,60}$`, 'iu')),
    // (… nor a list that completes a relative clause, its items the object's properties: "… och till projekt i området som:", dev 666)
    unless: [{ where: 'line', cue: NEGATED }, { where: 'line', cue: COMPOSED_NOT }, { where: 'line', cue: /\bsom\s*:\s*$/iu }, { where: 'line', cue: OTHER_MONEY }],
    examples: ['Bidrag beviljas för att utveckla och sprida', 'Vi ger stödet till verksamheter i regionen så att de ska kunna använda det till:', 'Pengarna kan gå till:', 'Stödet kan sökas för följande:',
      'Checken kan användas till exempelvis:', 'Ni kan söka pengar till:', 'Det går att söka bidrag till:', 'Föreningen får använda pengarna till bland annat:', 'Kulturbidraget kan sökas till:', 'Stöd ges för:', 'Om föreningen följer villkoren kan föreningen söka stöd för', 'Under förutsättning att föreningen följer kommunens allmänna utgångspunkter kan föreningen söka stöd för',
      'Bidraget täcker kostnader för:', 'Kostnader som kan ingå:', 'Stipendiet kan användas för', 'Projektmedlen går till:'],
    counterExamples: ['Bidraget kan inte användas till:', 'Bidrag kan sökas av:', 'Bidraget kan sökas till och med:', 'Stödet ska gå till föreningar som:', 'Beskriv vad ni vill använda bidraget till:',
      'Ni kan söka bidrag för 2026 under följande perioder:', 'Bidraget har använts till:', 'Ni kan söka bidrag för många saker, men först måste ni:', 'Stödet kan sökas för samma projekt hos:',
      'Ansökan ska beskriva vad bidraget ska användas till:', 'Pengarna ska användas senast:', 'Bidraget betalas ut till:', 'Ni kan söka bidrag för kurser om:', 'Bidraget kan användas till lokalhyra.',
      'Du kan söka stöd för en annan förenings räkning:', 'Hur kan pengarna användas till:', 'Kostnader som inte kan ingå:',
      'Statsbidrag får lämnas till', 'Bidrag lämnas för barn och ungdomar i:', 'Stöd får endast ges för en byggnad som', 'Bidrag får lämnas till teologisk utbildning som anordnas vid', 'Bygdepengen ska gå till projekt i området som:',
      'Ansökan om investeringsbidrag ska innehålla vad bidraget ska användas till:', 'Familjer kan använda barnbidraget till:',
      'Bidrag kan sökas för verksamhetsåret 2025 av föreningar inom följande områden:', 'Stöd kan sökas för hösten:'],
  },
];

// a lead that bars applying until something is sent: its list is documents, not exclusions (review76b N2, N3)
const BEFORE_OR_WITHOUT = sv(/\b(?:innan|förrän|utan)\b/iu);

/** "Det går inte att söka bidrag för:", "Ni kan inte söka stöd för:" — what one cannot apply for. */
const CANNOT_APPLY_FOR: Cue<ListTopic> = {
  id: 'inte-soka-for', where: 'line', meaning: 'excluded', weight: 1,
  cue: sv(/\binte\s+(?:att\s+)?söka\s+(?:[\p{L}-]+\s+)?(?:bidrag|stöd|medel|statsbidrag)\p{L}*\s+(?:för|till)\b[^:.]*:\s*$/iu),
  // (review72a: other funders or boards to apply to are no exclusions, X2)
  // (review76b N2, N3: the documents to send first, "… för ett nytt arrangemang innan följande har lämnats in:", "… utan att bifoga:")
  unless: [{ where: 'line', cue: sv(/\bhos\s+(?:flera|andra|någon|en\s+annan|följande)\b|\bsamma\s+(?:projekt|kostnad\p{L}*|ändamål|aktivitet\p{L}*)\b/iu) }, { where: 'line', cue: TO_RECIPIENT }, { where: 'line', cue: BEFORE_OR_WITHOUT }],
  examples: ['Det går inte att söka bidrag för:', 'Ni kan inte söka stöd för följande:'],
  counterExamples: ['Ni kan inte söka bidrag för samma projekt hos flera av följande nämnder:', 'Du kan inte söka stöd för samma kostnader från:', 'Ditt företag kan inte söka stödet:', 'Ni kan söka bidrag för:',
    'Ni kan inte söka bidrag för ett nytt arrangemang innan följande har lämnats in:', 'Du kan inte söka stöd för arrangemanget utan att bifoga:'],
};

/** Leads whose list names what the money may not be used for. */
export const EXCLUDED_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  CANNOT_APPLY_FOR,
  {
    id: 'inte-beviljas', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:inte|ej)\s+(?:heller\s+)?(?:kan\s+|får\s+)?(?:beviljas|ges|lämnas|användas|finansieras|gå\s+till)\b[^:.]*:\s*$|\b(?:beviljas|ges|lämnas|används|finansieras)\s+(?:normalt\s+|vanligtvis\s+|i\s+regel\s+|generellt\s+)?(?:inte|ej)\b[^:.]*:\s*$/iu),
    // (review71a: a condition, "Ersättning lämnas inte om:", "Bidrag beviljas inte om föreningen:", or refused applications, "Följande
    // ansökningar beviljas inte:", lead no exclusions of uses)
    // (review72a: an appeal body is no exclusion, X1)
    unless: [{ where: 'line', cue: sv(/\böverklag\p{L}*|^(?:den|de)\s+som\b/iu) }, { where: 'line', cue: TO_RECIPIENT }, { where: 'line', cue: sv(/\b(?:om|ifall)\b[^:.]{0,60}:\s*$|^(?:följande\s+)?(?:ansökningar|ansökningarna|ansökan|sökande)\b/iu) }],
    // (a hedge between the verb and "inte": "Stöd lämnas normalt inte till:")
    examples: ['Exempel på projekt som inte kan beviljas medel:', 'Stöd beviljas inte för:', 'Bidraget får inte användas till:', 'Bidrag lämnas inte till följande kostnader:', 'Stöd lämnas normalt inte till:'],
    counterExamples: ['Den som inte beviljas bidrag kan överklaga beslutet till:', 'Beslut om stöd som inte beviljas överklagas hos:', 'Ersättning lämnas inte om:', 'Bidrag beviljas inte om föreningen:', 'Följande ansökningar beviljas inte:', 'Bidraget får användas till:', 'Ansökningar som kommer in för sent kan inte beviljas.', 'Ditt företag kan inte söka stödet:', 'Bidrag lämnas inte till organisationer som:'],
  },
  {
    // a bare lead over a list of exclusions, with or without its colon: "Bidrag lämnas inte" above "• för byggnadskostnader"
    id: 'bidrag-lamnas-inte-bare', where: 'line', meaning: 'excluded', weight: 1,
    // (… "godkänns" and a bare "för" or "till" that the items complete: "Bidraget godkänns inte för" above "• klubbstugor, skolor,
    // fritidsgårdar" (dev 2323, Malmö, under the head "Vad ska bidraget användas till?"; issue 12, fresh78a: read as uses))
    cue: sv(/^(?:stats)?(?:bidrag|stöd|medel|anslag)(?:et|en)?\s+(?:beviljas|lämnas|ges|utgår|godkänns)\s+(?:inte|ej)(?:\s+(?:för|till))?\s*:?\s*$/iu),
    examples: ['Bidrag lämnas inte', 'Stöd beviljas ej:', 'Anslag ges inte', 'Bidraget godkänns inte för', 'Stödet ges inte till:'],
    counterExamples: ['Bidrag lämnas', 'Bidrag lämnas inte till organisationer som:', 'Bidrag lämnas inte för byggnadskostnader.', 'Bidraget godkänns för'],
  },
  {
    // a förordning's paragraph that ends where its numbered list begins: "Stöd får inte ges till en åtgärd som", "Stöd får inte ges för"
    id: 'far-inte-ges-lead', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stats)?(?:stöd|bidrag)(?:et)?\s+(?:får|kan)\s+(?:inte|ej)\s+(?:heller\s+)?(?:ges|lämnas|beviljas)\s+(?:för|till\s+(?:en\s+)?(?:åtgärd|åtgärder|insats|insatser|projekt|kostnader)\s+som)\s*$/iu),
    examples: ['Stöd får inte ges till en åtgärd som', 'Stöd får inte ges för', 'Bidrag får inte lämnas till kostnader som'],
    counterExamples: ['Statsbidrag får inte lämnas till en organisation som', 'Stöd får inte ges för åtgärder som redan påbörjats.', 'Stöd får ges till en åtgärd som'],
  },
  {
    // "Följande kostnader är inte stödberättigande:", "Exempel på kostnader som inte är stödberättigande:"
    id: 'inte-stodberattigande', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:inte|ej)\s+(?:är\s+)?(?:stödberättigande|bidragsberättigande)\b[^.]*:\s*$|\b(?:är|räknas)\s+(?:inte|ej)\s+(?:som\s+)?(?:stödberättigande|bidragsberättigande)\b[^.]*:\s*$/iu),
    // (review72a: a pointer to templates is no list of exclusions, X9)
    unless: [{ where: 'line', cue: sv(/\bfinns\b|\bhittar\s+(?:du|ni)\b/iu) }],
    examples: ['Följande kostnader är inte stödberättigande:', 'Exempel på kostnader som inte är stödberättigande:'],
    counterExamples: ['Kostnader som inte är stödberättigande redovisas på en egen rad i mallen, som finns här:', 'Kostnader som inte är stödberättigande, och hur de redovisas, hittar du här:', 'Följande kostnader är stödberättigande:', 'Lokalhyra är inte stödberättigande.'],
  },
  {
    // the funder as subject of the refusal: "Nordiska kulturfonden stöder exempelvis inte:" (dev 943), "Vi finansierar inte:",
    // also after the verb when the line opens on an adverb: "I övrigt beviljar fonden i regel inte stöd till:" (dev 1218)
    id: 'funder-stoder-inte', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stöder|stödjer|finansierar|beviljar|ger)\s+(?:(?:fonden|stiftelsen|stiftelserna|vi|nämnden|föreningen)\s+)?(?:exempelvis\s+|till\s+exempel\s+|t\.\s?ex\.\s+|heller\s+|i\s+regel\s+|normalt\s+|vanligtvis\s+)?(?:inte|ej)\b[^:.]*:\s*$/iu),
    // (… nor a refusal with its exceptions after the colon: "Länsstyrelsen beviljar inte bidrag om inte något av följande
    // gäller:", the list being what is granted, review70f E4)
    unless: [{ where: 'line', cue: TO_RECIPIENT }, { where: 'line', cue: sv(/\b(?:om\s+inte|utom|förutom|med\s+undantag|undantag)\b|\b(?:om|ifall)\b[^:.]{0,60}:\s*$/iu) }],
    // (and "ger": "Vi ger inte stöd till:" over Region Halland's list of exclusions, dev 1782)
    examples: ['Nordiska kulturfonden stöder exempelvis inte:', 'Vi finansierar inte:', 'Fonden stödjer inte följande:', 'I övrigt beviljar fonden i regel inte stöd till:', 'Vi ger inte stöd till:'],
    counterExamples: ['Fonden beviljar inte stöd om ansökan:', 'Vi ger stöd till:', 'Vi ger inte stöd till föreningar som:', 'Nordiska kulturfonden stöder exempelvis:', 'Fonden stöder inte projekt som redan genomförts.', 'Vi beviljar inte bidrag till organisationer som:', 'Länsstyrelsen beviljar inte bidrag om inte något av följande gäller:', 'I övrigt beviljar fonden i regel stöd till:', 'I övrigt beviljar fonden i regel inte stöd till föreningar som:'],
  },
  {
    // the reader told what cannot be applied for, the lead over its bullets: "Ni kan inte söka för:" (dev 2250, Botkyrka), "Du kan inte
    // söka bidrag till:", "Föreningen kan däremot inte söka stöd för följande:"; not another's behalf or a case ("… för en annan
    // förenings räkning om:"), nor a time ("Ni kan inte söka för fler än två år:")
    id: 'kan-inte-soka-for-lead', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:ni|du|man|vi|föreningen|er\s+förening)\s+(?:kan|får)\s+(?:däremot\s+|dock\s+|heller\s+)?inte\s+(?:heller\s+)?söka\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)\s+)?(?:för|till)\b[^.:]{0,60}:\s*$/iu),
    // (nor the same project at other boards: "Ni kan inte söka bidrag för samma projekt hos flera av följande nämnder:", review72a X2)
    unless: [{ where: 'line', cue: sv(/\b(?:räkning|om|ifall|när)\b[^:]{0,60}:\s*$|\b(?:för|till)\s+(?:fler|mer|längre|högst|mer\s+än|år)\b|\bsamma\b|\bhos\b/iu) },
      // (review76b N1–N3: a recipient and its criteria, "Du kan inte söka bidrag till föreningar som:" / "har skulder till kommunen"; the
      // documents to send first, "… innan följande har lämnats in:", "… utan att bifoga:")
      { where: 'line', cue: TO_RECIPIENT }, { where: 'line', cue: BEFORE_OR_WITHOUT }],
    examples: ['Ni kan inte söka för:', 'Du kan inte söka bidrag till:', 'Föreningen kan däremot inte söka stöd för följande:', 'Man kan inte söka pengar till:'],
    counterExamples: ['Ni kan söka för:', 'Du kan inte söka bidrag till föreningar som:', 'Ni kan inte söka bidrag för ett nytt arrangemang innan följande har lämnats in:', 'Du kan inte söka stöd för arrangemanget utan att bifoga:', 'Ni kan inte söka bidrag för samma projekt hos flera av följande nämnder:', 'Ni kan inte söka för en annan förenings räkning om:', 'Ni kan inte söka för fler än två år:', 'Du kan inte söka bidrag om föreningen:', 'Ni kan inte söka för arrangemang. Se vidare:'],
  },
  {
    // the heading's words as a lead line over the list: "Projekt som ej stöds" above its bullets
    id: 'noun-som-inte-stods-lead', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:projekt|ändamål|kostnader|aktiviteter|verksamhet(?:er)?|insatser)\s+(?:som|för\s+vilk(?:a|et))\s+(?:bidrag\s+|stöd\s+|medel\s+)?(?:inte|ej)\s+(?:stöds|beviljas|finansieras|ges)\s*:?\s*$/iu),
    examples: ['Projekt som ej stöds', 'Ändamål för vilket bidrag inte beviljas:'],
    counterExamples: ['Projekt som stöds:', 'Projekt som ej stöds ska ändå redovisas.'],
  },
  {
    // (lists78) the composed lead with its denial (EXCLUDED_CORE): the money and a use verb with "inte"/"ej" next to the verb or its
    // modal, the reader who cannot apply for or use it, or the costs named not eligible: "Checken kan inte användas till:", "Pengarna
    // får inte gå till:", "Stödet täcker inte kostnader för:", "Det går inte att få bidrag till:", "Ej godkända kostnader". Real leads:
    // "Bidrag lämnas inte till:" (dev 1279, Hedemora Näringsliv), "Bidrag kan inte sökas för:" (dev 1342, Radiohjälpen), "Kostnader som
    // inte är stödberättigande" (a heading of Tillväxtverket's handbook, https://tillvaxtverket.se/tillvaxtverket/sokfinansiering/handbocker/
    // handbokforeuprojekt20212027/planera/3planeraerbudget/detharkannifastodfor.997.html)
    id: 'composed-excluded-lead', where: 'line', meaning: 'excluded', weight: 1,
    cue: sv(new RegExp(String.raw`${EXCLUDED_CORE}${LEAD_TAIL}|^[^.:!?]{0,40}?${EXCLUDED_CORE}[^.:!?]{0,60}$|^(?:exempel\s+på\s+)?(?:kostnader|utgifter)\s+som\s+(?:${USE_MONEY}\s+)?(?:inte|ej)\s+(?:kan\s+|får\s+)?(?:godkänns|godkännas|ersätts|ersättas|täcks|täckas|ingår|ingå|är\s+(?:stöd|bidrags)berättig\p{L}*)[^.!?]{0,60}$|^(?:ej|inte|icke)[\s-]+(?:godkända|godtagbara|stödberättigande|stödberättigade|bidragsberättigande|bidragsberättigade|ersättningsbara)\s+(?:kostnader|utgifter)[^.!?]{0,60}$`, 'iu')),
    unless: [{ where: 'line', cue: COMPOSED_NOT }, { where: 'line', cue: OTHER_MONEY }, { where: 'line', cue: sv(/\böverklag\p{L}*|\bom\s+(?:inte\s+)?annat\b/iu) }],
    examples: ['Bidrag lämnas inte till:', 'Checken kan inte användas till:', 'Pengarna får inte gå till:', 'Stödet täcker inte kostnader för:', 'Det går inte att få bidrag till:', 'Ej godkända kostnader',
      'Kostnader som inte är stödberättigande', 'Bidraget kan inte användas till', 'Du får inte använda pengarna till:', 'Kulturbidraget kan inte sökas för:', 'Stöd ges ej för följande:', 'Kostnader som inte kan ingå:'],
    counterExamples: ['Bidraget kan användas till:', 'Bidrag lämnas inte till föreningar som:', 'Stöd beviljas inte om:', 'Du kan inte söka stöd för samma projekt hos:', 'Bidraget kan inte sökas för 2026 under följande perioder:',
      'Beskriv vad bidraget inte får användas till:', 'Bidrag lämnas inte för kostnader som avser alkohol.', 'Ni kan inte söka bidrag innan:', 'Bidraget kan inte användas till lokalhyra, men:', 'Statsbidrag får inte lämnas till en huvudman som'],
  },
];


/** Leads whose list names what a recipient hands in (attachments, underlag). */
export const UNDERLAG_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'ska-bifogas', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:ska|måste|behöver)\s+(?:ni\s+|du\s+)?(?:bifogas|bifoga|skickas\s+med|skicka\s+med)\b[^.]*:\s*$|^bifoga\s+följande\b[^.]*:\s*$|\bobligatoriska\s+bilagor\b|\bföljande\s+bilagor\s+(?:är|ska)\b(?!\s+(?:inte|ej)\b)/iu),
    // (review72a: no attachment, or old ones, name no underlag, D1, D2)
    // (review73a G4, R3, O2, O3: how or where the papers are sent, what happens when they are missing, who answers questions about them)
    unless: [{ where: 'line', cue: sv(/\b(?:inga|ingen|inte\s+några)\s+(?:obligatoriska\s+)?bilagor\b|\bföljande\s+bilagor\s+är\b[^.:]{0,60}?\b(?:inte|ej|gamla|inaktuella|ersatta)\b/iu) },
      { where: 'line', cue: sv(/\bskick(?:as|a)\s+med\s+(?:e-post|post|mejl|e-brev|bud)\b|\btill\s*:\s*$|\b(?:saknas|saknar|fattas)\b|\bkontakta\p{L}*\b|\bbesvaras\b|^(?:frågor|har\s+(?:du|ni)\s+frågor)\b/iu) }],
    examples: ['Följande ska bifogas i ansökan:', 'Till ansökan ska ni bifoga:', 'Följande bilagor är obligatoriska till er ansökan för samtliga projekt:'],
    counterExamples: ['Rekvisitionen ska skickas med e-post till:', 'Redovisningen måste skickas med post senast den 31 januari till:', 'Om obligatoriska bilagor saknas kontaktar vi dig via:', 'Frågor om obligatoriska bilagor besvaras av:',
      'Det finns inga obligatoriska bilagor. Du kan läsa mer på:', 'Följande bilagor är gamla versioner och ska inte användas längre:', 'Följande bilagor ska inte skickas in:', 'Följande ska redovisas i slutrapporten:', 'Ansökan ska lämnas in via e-tjänsten:', 'Ni behöver inte bifoga något.'],
  },
  {
    // the attachments as the paragraph's last words: "… på särskild blankett. Till ansökan bifogas:"
    id: 'till-ansokan-bifogas', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/\btill\s+(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska\s+|skall\s+)?bifogas\s*:\s*$/iu),
    examples: ['Ansökan görs digitalt via Mina e-tjänster eller på särskild blankett. Till ansökan bifogas: '],
    counterExamples: ['Till ansökan bifogas budgeten för året.', 'Till redovisningen bifogas:'],
  },
  {
    id: 'dokument-att-inlamna', where: 'line', meaning: 'underlag', weight: 1,
    // (fresh76a: "följande" before the documents and a modal after them, "Följande handlingar skall lämnas in till kommunen:" (dev 2257,
    // Nordmaling), "Dessa dokument ska skickas in med ansökan:"; not denied, nor what the agency sends)
    cue: sv(/\b(?:dokument|handlingar|bilagor|underlag)\s+(?:att|som\s+ska)\s+(?:lämnas\s+in|inlämnas|skickas\s+in|bifogas|inges)\b[^.]*:\s*$|^(?:följande|dessa|de\s+här)\s+(?:dokument|handlingar|bilagor|underlag)\s+(?:ska|skall|måste|behöver)\s+(?:också\s+|även\s+)?(?:lämnas\s+in|inlämnas|skickas\s+in|bifogas|inges|sparas|förvaras|arkiveras|kunna\s+(?:visas\s+upp|uppvisas))\b[^.]*:\s*$|\b(?:ska|skall|måste)\s+följande\s+(?:dokument|handlingar|bilagor|underlag)\s+(?:också\s+|även\s+)?(?:lämnas\s+in|inlämnas|skickas\s+in|bifogas|inges)\b[^.]*:\s*$/iu),
    // (a pointer to where they are is no list of them: "Handlingar som ska skickas in till kommunen finns på följande sidor:", review71a V11)
    // (review76b U2: the agency as the sender, "Följande handlingar ska skickas in av kommunen till Boverket efter beslut:")
    unless: [{ where: 'line', cue: sv(/\bfinns\b/iu) }, { where: 'line', cue: sv(/\bav\s+(?:kommunen|nämnden|förvaltningen|länsstyrelsen|regionen|myndigheten|oss|handläggaren)\b/iu) }],
    // (… the modal first, after a condition: "För förening som hyr lokal ska följande handlingar bifogas vid ansökan:" (dev 2321, Kumla;
    // issue 12, fresh78a), the lead broken over two lines in its second case)
    // (evid78: the papers kept or shown on a check, "Följande handlingar ska kunna visas upp vid granskning:", "Följande underlag ska sparas i tio år:")
    examples: ['Dokument att inlämnas vid del- och slutrapportering:', 'Handlingar som ska bifogas:', 'Följande handlingar skall lämnas in till kommunen:', 'Dessa dokument ska skickas in med ansökan:',
      'För förening som hyr lokal ska följande handlingar bifogas vid ansökan:', 'För förening som äger egen lokal ska följande handlingar bifogas vid\nansökan:',
      'Följande handlingar ska kunna visas upp vid granskning:', 'Följande underlag ska sparas i tio år:'],
    counterExamples: ['Handlingar som ska skickas in till kommunen finns på följande sidor:', 'Dokument att läsa innan ni ansöker:', 'Handlingar som ska bifogas finns i e-tjänsten.',
      'Följande handlingar ska inte lämnas in:', 'Följande handlingar skickar kommunen till er:', 'Följande handlingar finns att ladda ner:',
      'Följande handlingar ska skickas in av kommunen till Boverket efter beslut:', 'Efter beslut ska följande handlingar inte lämnas in:', 'Vid utbetalning ska följande handlingar finnas tillgängliga:'],
  },
  {
    id: 'lamna-in-foljande', where: 'line', meaning: 'underlag', weight: 1,
    // (… the applicant named between the modal and the verb: "Tillsammans med ansökan ska föreningen skicka in följande:" (dev 2317,
    // Stockholm's nybildningsstöd; issue 12, fresh78a))
    cue: sv(/\b(?:ska|måste|behöver)\s+(?:ni\s+|du\s+|(?:föreningen|organisationen|sökanden|den\s+sökande)\s+)?(?:lämna\s+in|skicka\s+in|inkomma\s+med|bifoga)\s+följande\s*:\s*$/iu),
    examples: ['Bidragsmottagaren ska lämna in följande:', 'Ni måste skicka in följande:', 'Tillsammans med ansökan ska föreningen skicka in följande:', 'Vid ansökan ska organisationen bifoga följande:'],
    counterExamples: ['Bidragsmottagaren ska redovisa följande:', 'Ni ska lämna in ansökan senast den 1 mars:', 'Efter projektet ska föreningen redovisa följande:'],
  },
  {
    // what goes with the application: "Skicka in ansökan senast den 30 september 2022 med:"
    id: 'skicka-ansokan-med', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:skicka|lämna)\s+in\s+(?:er\s+|din\s+)?ansökan(?:an)?\b[^:]{0,80}?\bmed\s*:\s*$/iu),
    // (a log-in's means are no attachment: "Skicka in ansökan via e-tjänsten, där du loggar in med:", review71a V1)
    unless: [{ where: 'line', cue: sv(/\b(?:loggar|logga|legitimerar|identifierar|signerar)\b/iu) }],
    examples: ['Skicka in ansökan senast den 30 september 2022 med:', 'Lämna in er ansökan med:'],
    counterExamples: ['Skicka in ansökan via e-tjänsten, där du loggar in med:', 'Skicka in ansökan med e-post.', 'Skicka in ansökan senast den 30 september 2022:'],
  },
  {
    // a checklist's lead naming the documents the report or application must hold, the list below it:
    // "Checklista - dessa dokument bör finnas med i redovisningen. Klicka för att hämta dem."
    id: 'dokument-finnas-med', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:dessa|följande|de\s+här)\s+(?:dokument|handlingar|bilagor|underlag)\s+(?:ska|skall|bör|måste)\s+(?:finnas\s+med|ingå|bifogas)\s+i\s+(?:redovisningen|slutredovisningen|rapporten|slutrapporten|ansökan)\b/iu),
    examples: ['Checklista - dessa dokument bör finnas med i redovisningen. Klicka för att hämta dem.', 'Följande handlingar ska ingå i slutredovisningen:'],
    counterExamples: ['Dessa dokument finns att ladda ner nedan.', 'Följande frågor ska besvaras i redovisningen:', 'Dessa dokument bör du läsa innan du redovisar.'],
  },
  {
    // a page's checklist of what to gather before handing in: "Samla in följande uppgifter:"
    id: 'samla-in-foljande', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:Samla\s+in|Ta\s+fram|Förbered)\s+följande\s+(?:uppgifter|underlag|handlingar|dokument)\s*:\s*$/iu),
    examples: ['Samla in följande uppgifter:', 'Ta fram följande underlag:'],
    counterExamples: ['Samla in följande uppgifter i e-tjänsten.', 'Läs följande dokument:'],
  },
  {
    // the attachments to upload, often with their items on the same line: "Underlag laddas upp som bilagor: Kommunens riktlinjer … och dokumentation av leveranser."
    id: 'underlag-laddas-upp', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:underlag|underlagen|bilagor|bilagorna|handlingar|handlingarna)\s+(?:laddas\s+upp|bifogas|skickas\s+in|lämnas\s+in)(?:\s+som\s+(?:bilagor|bilaga|pdf))?(?:\s+(?:i|till)\s+(?:ansökan|e-tjänsten|rekvisitionen))?\s*:\s*$/iu),
    examples: ['Underlag laddas upp som bilagor:', 'Handlingar bifogas till ansökan:'],
    counterExamples: ['Underlag laddas upp i e-tjänsten.', 'Underlag för fördelningen:', 'Bilagor som ni kan läsa:'],
  },
  {
    // a report's parts as the material to prepare: "Det här materialet ska du ta fram:" + 1. Ekonomisk slutredovisning, 2. …
    id: 'materialet-ska-du-ta-fram', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:det\s+här|detta|följande)\s+(?:material|underlag|dokument|handlingar)(?:et|en)?\s+ska\s+(?:du|ni)\s+(?:ta\s+fram|lämna\s+in|skicka\s+in)\s*:\s*$/iu),
    examples: ['Det här materialet ska du ta fram:', 'Följande handlingar ska ni skicka in:'],
    counterExamples: ['Det här materialet ska du läsa:', 'Det här materialet ska du ta fram senast i maj.'],
  },
  {
    // what the application needs, often with its items on the same line: "Ansökan kräver följande dokument:"
    id: 'kraver-foljande', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:ansökan|ansökningen)\s+(?:kräver|ska\s+åtföljas\s+av)\s+följande\s+(?:dokument|handlingar|bilagor|underlag)\s*:\s*$/iu),
    examples: ['Ansökan kräver följande dokument:', 'Ansökan ska åtföljas av följande handlingar:'],
    counterExamples: ['Ansökan kräver följande steg:', 'Ansökan kräver inloggning.'],
  },
  {
    // an e-service page's checklist: "Följande behövs för e-tjänsten" + bullets (Beskrivning av projektet, Budget, Tidplan)
    id: 'foljande-behovs-for-e-tjansten', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/^följande\s+(?:behövs|krävs|behöver\s+(?:du|ni)\s+ha)\s+(?:för|till|i)\s+(?:e-tjänsten|ansökan|ansökningen)\s*:?\s*$/iu),
    // (not "för att söka": "Följande krävs för att söka:" leads the applicant's requirements, review71a V13)
    examples: ['Följande behövs för e-tjänsten', 'Följande krävs för ansökan:'],
    counterExamples: ['Följande krävs för att söka:', 'Följande behövs för att logga in', 'Följande behövs för e-tjänsten om du saknar BankID. Kontakta oss.'],
  },
];

/**
 * A press release's quotation, which a reader may have laid out as a list item ("– Vi ser en
 * positiv utveckling …, säger sjukvårdsminister …"): someone's words, never an item of a list.
 */
export const QUOTED_SPEECH: ReadonlyArray<Cue<'quotation'>> = [
  {
    id: 'sager-namn', where: 'line', meaning: 'quotation', weight: 1,
    cue: sv(/,\s+säger\s+\p{L}/u),
    examples: ['Vi ser en positiv utveckling inom mödrahälsovården, säger sjukvårdsminister Acko Ankarberg Johansson.', 'Långsiktigt arbete lönar sig, säger Anna-Lena Hogerud, ordförande i SKR:s sjukvårdsdelegation.'],
    counterExamples: ['hur kommunen säger upp avtalet', 'insatser som stödjer kvinnan, och vad lagen säger om eftervård'],
  },
];

/** Leads of lists that are not uses even in a uses section: definitions and further reading. */
export const NOT_USE_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    // a past round's grants over its projects (review76b B12: "Tre föreningar beviljades bidrag förra året." / "- Bidraget ska
    // användas till nya fotbollsmål i Ås."): each item is one project's use, not the grant's
    id: 'past-round-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:beviljades|fick|fördelades|delades\s+ut|har\s+(?:fått|beviljats|fördelats))\b[^.:]{0,80}?\b(?:förra\s+året|i\s+fjol|(?:år\s+)?(?:19|20)\d\d)\b|^(?:förra\s+året|i\s+fjol)\b/iu),
    examples: ['Tre föreningar beviljades bidrag förra året.', 'Här är några av de föreningar som fick bidrag 2025.', 'Förra året fördelades 300 000 kronor.'],
    counterExamples: ['Syftet med bidraget är att fler arrangemang ska komma till stånd.', 'Bidraget fördelas två gånger per år.', 'Föreningar som fick bidrag ska redovisa senast 1 mars.'],
  },
  {
    // a question what to do, or one that also asks the rules, over steps or conditions (review76b L1, L2: "Vad ska ni göra om ni vill
    // använda bidraget till något annat?" / "Kontakta handläggaren.", "Vad kan ni använda bidraget till och vilka villkor gäller?" /
    // "Arrangemanget ska vara öppet för allmänheten")
    id: 'what-to-do-question', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^vad\s+(?:kan|får|ska|bör)\s+(?:ni|man|jag|vi|du)\s+göra\b|^vad\b[^?:]{0,80}\bvilka\s+(?:villkor|krav|regler)\b/iu),
    examples: ['Vad ska ni göra om ni vill använda bidraget till något annat?', 'Vad kan ni använda bidraget till och vilka villkor gäller?'],
    counterExamples: ['Vad kan ni använda bidraget till?', 'Medlen får användas till:'],
  },
  {
    id: 'definition', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/\b(?:menas|avses|definieras)\b/iu),
    examples: ['Med insatser menas:', 'Med kompetensförsörjning avses:'],
    counterExamples: ['Medlen får användas till:'],
  },
  {
    id: 'las-mer', where: 'line', meaning: 'not-uses', weight: 1, cue: /^(?:Läs mer|Mer information)/iu,
    examples: ['Läs mer om bidraget:', 'Mer information finns här:'],
    counterExamples: ['Medlen får användas till:'],
  },
];

/**
 * Leads of lists with another role than uses, whatever use words they hold and wherever they stand (in a uses section too):
 * what the application must hold, who may apply, the funder's priorities, the criteria a project must meet (review71a).
 */
export const OTHER_ROLE_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    // the application's or report's contents: "Ansökan ska innehålla:", "I ansökan ska ni beskriva vad bidraget ska användas till och redovisa:"
    id: 'ansokan-ska-innehalla', where: 'line', meaning: 'not-uses', weight: 1,
    // (review73a A3: "I återrapporteringen ska ni ange:")
    cue: sv(/^(?:i\s+)?(?:ansökan|ansökningen|redovisningen|slutredovisningen|rapporten|slutrapporten|återrapporteringen|rapporteringen|återrapporten|lägesrapporten)\s+(?:ska|skall|måste|bör)\b[^.]{0,120}:\s*$/iu),
    examples: ['Ansökan ska innehålla:', 'I ansökan ska ni beskriva vad bidraget ska användas till och redovisa:', 'Slutrapporten ska även innehålla:', 'I återrapporteringen ska ni ange:', 'Lägesrapporten ska beskriva:'],
    counterExamples: ['Medlen får användas till:', 'Ansökan ska innehålla en budget.', 'Bidraget kan bland annat användas för att:'],
  },
  {
    // who may apply: "Följande kan söka:", "Följande organisationer kan få bidrag:"
    id: 'foljande-kan-soka', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:följande|dessa)\s+(?:[\p{L}-]+\s+)?(?:kan|får)\s+(?:an)?söka\b[^.]*:\s*$|^(?:följande|dessa)\s+(?:organisationer|föreningar|aktörer|sökande|mottagare|företag)\b[^.]*:\s*$/iu),
    examples: ['Följande kan söka:', 'Följande organisationer kan få bidrag:', 'Dessa aktörer kan söka stödet:'],
    counterExamples: ['Följande kan ni söka bidrag för:', 'Projekt inom följande kategorier kan få stöd:'],
  },
  {
    // the funder's priorities in the active voice: "Vi prioriterar ansökningar som:"
    id: 'vi-prioriterar', where: 'line', meaning: 'not-uses', weight: 1,
    // (review73a U4: an adverb before "att", "Vi kommer särskilt att prioritera projekt som:")
    cue: sv(/\b(?:vi|fonden|stiftelsen|nämnden|kommunen|länsstyrelsen|regionen|styrelsen)\s+(?:kommer\s+(?:[\p{L}]+\s+)?att\s+)?prioritera(?:r)?\b[^.]*:\s*$/iu),
    examples: ['Vi prioriterar ansökningar som:', 'Nämnden prioriterar projekt som:', 'Vi kommer särskilt att prioritera projekt som:'],
    counterExamples: ['Utifrån fondens ändamål prioriteras bidrag till:', 'Bidraget får användas till:'],
  },
  {
    // the funder's chosen priorities in any voice, and priorities among places (utlys85, dev 2468: "För år 2024 har Havs- och
    // vattenmyndigheten valt att prioritera tre geografiska områden för medfinansiering:" over three places, right after the
    // uses list "Medfinansiering kan beviljas för:"): places or priorities, never uses
    id: 'valt-att-prioritera', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:valt|väljer|beslutat|beslutar|bestämt)\s+att\s+prioritera\b[^.]*:\s*$|\bprioriter\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:områden|län|kommuner|regioner|orter|platser)\b[^.]*:\s*$/iu),
    examples: ['För år 2026 har myndigheten valt att prioritera tre geografiska områden för medfinansiering:', 'Nämnden har beslutat att prioritera följande insatser:', 'Under 2026 prioriteras följande geografiska områden:', 'Vi prioriterar två län i år:'],
    counterExamples: ['Medfinansiering kan beviljas för:', 'Bidraget får användas till följande områden:', 'Stöd kan ges inom följande områden:', 'Projekt som prioriteras kan få stöd för:'],
  },
  {
    // the criteria or requirements a project or applicant must meet: "Föreningar som uppfyller kraven nedan kan få stöd:",
    // "Bidrag kan ges till projekt som uppfyller följande kriterier:"
    id: 'uppfyller-kraven', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\buppfyller\s+(?:kraven|kriterierna|villkoren|följande)\b|\bföljande\s+(?:kriterier|krav|villkor|förutsättningar)\b/iu),
    examples: ['Föreningar som uppfyller kraven nedan kan få stöd:', 'Bidrag kan ges till projekt som uppfyller följande kriterier:'],
    counterExamples: ['Bidrag kan ges till projekt som avser:', 'Projekt inom följande kategorier kan få stöd:'],
  },
  {
    // what the report or the sender must give, after a use lead in the same sentence: "Ni får använda pengarna till det ni har
    // sökt för och ska redovisa följande senast 31 januari:", "Du kan få bidrag för resor om du skickar in följande:" (review72a L4, L5)
    id: 'redovisa-foljande', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:redovisa|rapportera|beskriva|ange|skicka\s+in|lämna\s+in|skickar\s+in|lämnar\s+in|bifoga|bifogar)\s+följande\b[^.:]{0,60}:\s*$/iu),
    examples: ['Ni får använda pengarna till det ni har sökt för och ska redovisa följande senast 31 januari:', 'Du kan få bidrag för resor till tävlingar om du skickar in följande:'],
    counterExamples: ['Bidraget får användas till följande:', 'Ni kan söka bidrag för följande kostnader:'],
  },
  {
    // what a receipt must show, under a costs heading: "Kvittona ska visa:" (review72a S4)
    id: 'kvitton-ska-visa', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:kvitt\p{L}*|faktur\p{L}*)\s+(?:ska|måste|bör)\s+(?:visa|innehålla|ange)\b[^.]{0,40}:\s*$/iu),
    examples: ['Kvittona ska visa:', 'Fakturan måste innehålla följande uppgifter:'],
    counterExamples: ['Bidraget kan täcka kostnader för:', 'Följande kostnader ersätts:'],
  },
  {
    // how applications are assessed, under a uses heading that asks it too (review73a U1, S15): "Ansökan bedöms utifrån:",
    // "Vid bedömningen tar vi hänsyn till:"
    id: 'bedoms-utifran', where: 'line', meaning: 'not-uses', weight: 1,
    // (review74a O1: the grounds of an assessment, not a cost the funder judges needed, "kostnader som bedöms nödvändiga för projektet, till exempel:")
    cue: sv(/\bbedöm\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:utifrån|efter|enligt|mot)\b[^.]{0,60}:\s*$|\b(?:vid|i)\s+bedömning\p{L}*\b[^.]{0,60}:\s*$|\bhänsyn\s+till\s*:\s*$/iu),
    examples: ['Ansökan bedöms utifrån:', 'Vid bedömningen tar vi hänsyn till:', 'Vi bedömer ansökningarna efter följande:', 'Projekten bedöms mot följande kriterier:'],
    counterExamples: ['Bidraget får användas till:', 'Ansökan bedöms av kulturnämnden i april.', 'Bidraget får användas till kostnader som bedöms nödvändiga för projektet, till exempel:'],
  },
  {
    // what a project must be to get the money (review73a U2): "För att kunna få stöd måste projektet:"
    id: 'for-att-fa-stod-maste', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^för\s+att\s+(?:kunna\s+)?(?:få|beviljas|söka|ta\s+del\s+av)\b[^.]{0,80}:\s*$/iu),
    examples: ['För att kunna få stöd måste projektet:', 'För att beviljas bidrag ska föreningen:'],
    counterExamples: ['Bidraget får användas för att:', 'För att kunna få stöd måste projektet vara klart 2025.'],
  },
  {
    // the conditions under which a cost is paid, the list completing "om" (review73a A4): "Kostnader som uppstått före beslutet kan ersättas om:"
    id: 'ersatts-om', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:om|ifall|förutsatt\s+att|under\s+förutsättning\s+att)\s*:\s*$/iu),
    examples: ['Kostnader som uppstått före beslutet kan ersättas om:', 'Lön kan ingå förutsatt att:'],
    counterExamples: ['Bidraget får användas till:', 'Bidraget kan användas till kostnader om lokalen hyrs.'],
  },
  {
    // a denial in a list's lead that no excluded row reads (review73a A5, S7, S8): "Observera att följande inte ingår:", "Följande ersätts
    // inte:", "Kostnader som ska redovisas i budgeten men som inte täcks av statsbidraget:" — never uses, even under a uses heading
    id: 'negated-lead', where: 'line', meaning: 'not-uses', weight: 1,
    // (fresh77b: nor the proviso "om annat inte fastställs" / "om inte annat anges", dev 2307's lead of godtagbara kostnader)
    cue: sv(/\b(?:inte|ej|inget|inga|ingen)\b(?<!\bannat\s(?:inte|ej))(?!\s+annat\b)[^.:]{0,80}:\s*$/iu),
    // ("… och inget annat:" limits a use lead, it denies none)
    // (review74a O2–O4: nor a denial in a relative clause of a use lead that grants, "Bidraget kan användas till insatser som inte ingår i den
    // ordinarie verksamheten, till exempel:", "Föreningar som inte har egen lokal kan även använda bidraget till:")
    unless: [{ where: 'line', cue: sv(/\b(?:inget|inte(?:\s+något)?|ingenting)\s+annat\b/iu) },
      { where: 'line', cue: sv(/^(?![^:]{0,200}\b(?:kan|får|ska)\s+(?:inte|ej)\b)(?=[^:]{0,200}?\b(?:får|kan|ska)\s+(?:även\s+|också\s+)?(?:användas\s+|använda\s+(?:[\p{L}-]+\s+)?)(?:till|för)\b)[^:]{0,200}?\bsom\s+(?:inte|ej)\b/iu) }],
    examples: ['Observera att följande inte ingår:', 'Följande ersätts inte:', 'Kostnader som ska redovisas i budgeten men som inte täcks av statsbidraget:', 'Följande kostnader ersätts inte, om annat inte anges i beslutet:'],
    counterExamples: ['Bidraget får användas till:', 'Följande kostnader ersätts:', 'Bidraget får användas till följande kostnader, om de avser projektet och inget annat:',
      'Som godtagbara kostnader betraktas följande kostnader, om annat inte fastställs i beslutet:', 'Bidraget får användas till följande, om inte annat anges i beslutet:',
      'Bidraget kan användas till insatser som inte ingår i den ordinarie verksamheten, till exempel:', 'Föreningar som inte har egen lokal kan även använda bidraget till:', 'Stödet får användas till kostnader som inte täcks av andra offentliga bidrag:'],
  },
  {
    // (lists78) a question the applicant is to answer, a contact for questions, or a "but first you must" over the steps — whatever use
    // words stand before them: "Beskriv vad ni vill använda bidraget till:", "Frågor om vad bidraget kan användas till besvaras av:",
    // "Ni kan söka bidrag för många saker, men först måste ni till exempel:"
    id: 'question-or-but-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:beskriv|ange|redogör|berätta|förklara|motivera|specificera|svara)\b[^.]{0,160}:\s*$|\b(?:besvaras|svarar|besvarar)\s+(?:[\p{L}-]+\s+){0,2}?(?:av|på)?\s*:\s*$|\bmen\s+(?:[\p{L}-]+\s+){0,3}?(?:måste|ska|behöver)\b[^.]{0,80}:\s*$|\b(?:visa|beskriva|ange|redovisa|förklara|motivera|svara\s+på|berätta|specificera|klargöra|tydliggöra|presentera)\s+(?:[\p{L}-]+\s+){0,2}?(?:vad|hur|vilka|vilket)\b[^.]{0,120}:\s*$/iu),
    // (review78e: the question set inside a sentence, "Ni ska tydligt visa vad bidraget ska användas till genom att bifoga:", "Ni behöver
    // kunna svara på vad stödet ska användas till:" — what the applicant shows or answers, not the uses)
    examples: ['Ni ska tydligt visa vad bidraget ska användas till genom att bifoga:', 'Ni behöver kunna svara på vad stödet ska användas till:', 'Beskriv vad ni vill använda bidraget till:', 'Frågor om vad bidraget kan användas till besvaras av:', 'Ni kan söka bidrag för många saker, men först måste ni till exempel:'],
    counterExamples: ['Bidraget kan användas till:', 'Ni kan söka bidrag för:', 'Stödet kan sökas för aktiviteter som är öppna för alla, men inte för tävlingar.'],
  },
  {
    // how unused money is paid back (review73a G3): "Medel som inte har använts ska betalas tillbaka:"
    id: 'betalas-tillbaka-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:betalas\s+tillbaka|återbetalas|återbetala|betala\s+tillbaka|återkrävas)\b[^.]{0,60}:\s*$/iu),
    examples: ['Medel som inte har använts ska betalas tillbaka:', 'Bidraget ska återbetalas enligt följande:'],
    counterExamples: ['Bidraget får användas till:', 'Medel som inte används ska betalas tillbaka.'],
  },
];

/**
 * Leads of lists with another role than uses or underlag, even in a uses or underlag section (review72a): key dates, the
 * payment's instalments, the contacts, where to send the papers, who approves a change.
 */
export const OFF_TOPIC_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'datum-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:viktiga\s+)?(?:datum|tider|hållpunkter|tidplan)\b[^.]{0,40}:\s*$/iu),
    examples: ['Viktiga datum:', 'Tidplan för 2025:'],
    counterExamples: ['Bidraget får användas till:', 'Datum och plats för aktiviteten ska framgå.'],
  },
  {
    id: 'betalas-ut-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:betalas|utbetalas)\s+(?:ut\s+)?(?:i\s+(?:två|tre|fyra|flera)\s+(?:delar|omgångar|poster)|enligt\s+följande|så\s+här|vid\s+följande\s+tillfällen|på\s+följande\s+sätt)\s*:\s*$/iu),
    examples: ['Stödet betalas ut i två delar:', 'Bidraget utbetalas enligt följande:'],
    counterExamples: ['Bidraget får användas till:', 'Bidraget betalas ut i april.', 'Medel får betalas ut för åtgärder inom följande områden:'],
  },
  {
    id: 'kontakt-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:kontakta(?:\s+(?:oss|handläggaren|handläggarna|någon\s+av))?|kontaktpersoner?|kontakt)\s*:\s*$/iu),
    examples: ['Har ni frågor? Kontakta:', 'Kontaktpersoner:'],
    counterExamples: ['Följande ska bifogas i ansökan:', 'Kontakta oss om ni har frågor.'],
  },
  {
    id: 'skickas-till-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:skickas|postas|sänds)\s+(?:in\s+)?till\s*:\s*$/iu),
    examples: ['Handlingarna skickas till:', 'Ansökan skickas in till:'],
    counterExamples: ['Följande handlingar ska skickas in:', 'Ansökan skickas till kommunen.'],
  },
  {
    id: 'godkannas-av', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:godkänn\p{L}*|beslutas|fattas|undertecknas|skrivas\s+under|attesteras)\s+av\s*:\s*$/iu),
    examples: ['Bidraget får endast användas för det sökta ändamålet, och ändringar ska godkännas av:', 'Ansökan ska skrivas under av:'],
    counterExamples: ['Bidraget får endast användas till:', 'Beslut fattas av kulturnämnden.'],
  },
  {
    // what the funder sends or the applicant gets back (review73a R2, O4): "När redovisningen är godkänd skickar vi:", "När ansökan är beviljad får ni:"
    id: 'skickar-vi-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:skickar|sänder|mejlar)\s+(?:vi|kommunen|myndigheten|regionen|nämnden|länsstyrelsen|fonden|stiftelsen|förvaltningen)\s*:\s*$|\bfår\s+(?:ni|du|föreningen|sökanden)\s*:\s*$/iu),
    examples: ['När redovisningen är godkänd skickar vi:', 'När ansökan är beviljad får ni:'],
    counterExamples: ['Till ansökan får ni gärna bifoga:', 'Följande handlingar ska skickas in:'],
  },
];

/**
 * A paragraph under an excluded heading that is no exclusion (review72a X5–X7): a pointer or a contact line, or what happens
 * to a refused application ("Sökande vars projekt inte beviljas får ett skriftligt beslut och kan söka igen nästa år.").
 */
/**
 * A paragraph that is page furniture or a pointer, never a list's item (review73a A2, A6, A7, S4–S6, N1, Q4): a picture's or a table's
 * caption, a page's footer, a pointer to the rules, an English instruction under a Swedish form's question.
 */
const FURNITURE_PARAGRAPHS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'caption-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:foto|bild|fotograf|illustration|källa)\s*:|^(?:tabell|figur|bild|diagram)\s+\d+\b/iu),
    examples: ['Foto: Anna Berg', 'Tabell 2 visar de kostnader som inte godkänns.', 'Bild: Barn som dansar.'],
    counterExamples: ['Tabeller och diagram i rapporter.', 'Fotografering och filmning av föreställningar.'],
  },
  {
    id: 'footer-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^sid(?:a|an)?\s+\d+\s*(?:av|\(|\/)|,\s*\d{4}-\d{2}-\d{2}\s*$/iu),
    examples: ['Sida 2 av 4', 'Sidan 3 (8)', 'Ekby kommun, Kultur och fritid, 2025-01-15'],
    counterExamples: ['Sidokostnader för arrangemanget.', 'Resor till och från evenemanget 2025-01-15.'],
  },
  {
    id: 'rules-pointer-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^det\s+står\s+i\b|\b(?:riktlinjer\p{L}*|reglerna|villkoren)\b[^.]{0,40}\b(?:som\s+)?(?:du|ni)\s+hittar\b/iu),
    examples: ['Det står i riktlinjerna, som du hittar under Dokument.', 'Svaret finns i riktlinjerna som du hittar nedan.'],
    counterExamples: ['Arrangemang enligt riktlinjerna för kulturstöd.', 'Lokalhyra och material.'],
  },
  {
    id: 'english-instruction', where: 'line', meaning: 'not-uses', weight: 1,
    // (review74a F1: "Please note that the grant cannot be used for alcohol" is the page's own rule, no form's instruction)
    cue: /^(?:Please\s+)?(?:Describe|Enter|State|Explain|Specify|Give|Write|List|describe|enter|state|explain|specify|give|write|list)\s/u,
    examples: ['Describe your planned costs in at most 200 words.', 'Please describe your planned costs.'],
    counterExamples: ['Lokalhyra och material.', 'Describa', 'Please note that the grant cannot be used for alcohol or for travel abroad.'],
  },
];

export const EXCLUDED_ASIDES: ReadonlyArray<Cue<'not-uses'>> = [
  ...FURNITURE_PARAGRAPHS,
  {
    id: 'pointer-aside', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/^(?:Läs|Se|Kontakta|Mer\s+information|Information\s+om|Frågor|Hör\s+av|Har\s+(?:ni|du)\s+frågor)\b/iu),
    examples: ['Kontakta handläggaren om ni är osäkra.', 'Läs mer i riktlinjerna för bidraget.'],
    counterExamples: ['Alkohol och resor utomlands.', 'Seminarier för anställda.'],
  },
  {
    id: 'decision-aside', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/\bfår\s+(?:ett\s+)?(?:skriftligt\s+)?(?:beslut|besked)\b|\bkan\s+söka\s+igen\b|\böverklaga/iu),
    examples: ['Sökande vars projekt inte beviljas får ett skriftligt beslut och kan söka igen nästa år.', 'Beslutet går att överklaga.'],
    counterExamples: ['Projekt som redan har startat.', 'Löner och investeringar.'],
  },
];

/**
 * A heading of a page's process (review72a X8): "Ansökan", "Beslut", "Redovisning", "Kontakt" — a run of sibling headings with
 * one paragraph each that reaches one is the page's next sections, not items of an exclusions list.
 */
export const PROCESS_HEADINGS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'process-heading', where: 'heading', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:ansökan|ansök|så\s+ansöker|så\s+söker|beslut|redovisning|återrapportering|rapportering|utbetalning|kontakt|kontakta|handläggning|frågor|vanliga\s+frågor|dokument|blanketter|sista\s+ansökningsdag|ansökningstid|ansökningsperiod|nyheter|evenemang|om\s+(?:webbplatsen|oss|kommunen|regionen|stiftelsen)|följ\s+oss|kakor|cookies|tillgänglighet)\p{L}*(?:\s+[\p{L}-]+){0,3}\s*$/iu),
    examples: ['Ansökan', 'Beslut', 'Redovisning', 'Kontakt', 'Redovisning av bidraget', 'Nyheter', 'Om webbplatsen'],
    counterExamples: ['Investeringar i bostad', 'Företagsstöd', 'Löner och arvoden'],
  },
  {
    // a FAQ's next question written without its question mark (review73a Q3): "Vem kan söka", "Hur mycket kan man få"
    id: 'question-heading', where: 'heading', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:vem|vilka|vad|hur|när|var|varför|kan\s+(?:jag|vi|man|ni|du)|får\s+(?:jag|vi|man|ni|du)|måste\s+(?:jag|vi|man|ni|du))\s/iu),
    examples: ['Vem kan söka', 'Hur mycket kan man få', 'När får vi besked'],
    counterExamples: ['Investeringar i bostad', 'Vardagskostnader', 'Kanotleder och vandringsleder'],
  },
];

/** A lead of the allowed exceptions, under an excluded heading (review73a S13): "Undantag görs för:", "Förutom:" — no exclusions. */
/**
 * A lead whose list is the exceptions to what it states (review78e): "Bidrag kan sökas för allt utom:", "Stöd ges inte till investeringar,
 * utom till:", "Bidraget kan inte användas till annat än:", "… med undantag för:" — the list has the other polarity than the lead's
 * words, so it is neither the uses of a permitted lead nor the exclusions of a denied one.
 */
export const EXCEPTION_TAIL_LEAD: Cue<'not-uses'> = {
  id: 'exception-tail-lead', where: 'line', meaning: 'not-uses', weight: 1,
  cue: sv(/\b(?:utom|förutom|med\s+undantag\s+(?:av|för)|undantaget|annat\s+än|andra\s+(?:kostnader|ändamål|saker|utgifter)\s+än|bortsett\s+från)(?:\s+(?:följande|till|för|av|de|dessa|nedanstående|kostnader|utgifter|ändamål)){0,3}\s*:\s*$/iu),
  examples: ['Bidrag kan sökas för allt utom:', 'Stöd ges inte till investeringar, utom till:', 'Bidraget kan inte användas till annat än:', 'Stödet kan användas till allt utom följande:', 'Bidraget får användas till alla kostnader i projektet med undantag för:', 'Det går inte att söka bidrag för andra kostnader än:'],
  counterExamples: ['Bidraget kan användas till:', 'Medlen består av tre potter för utbyten inom och utom Norden:', 'Förutom lokalhyra kan bidraget även användas till:', 'Utöver lokalhyra kan bidraget användas till:', 'Bidraget kan inte användas till:'],
};

export const EXCEPTION_LEADS: ReadonlyArray<Cue<'not-uses'>> = [
  EXCEPTION_TAIL_LEAD,
  {
    id: 'undantag-lead', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:undantag|förutom|utom|med\s+undantag)\b[^.]{0,60}:\s*$|\bundantag\s+(?:görs|gäller|ges|medges)\b[^.]{0,60}:\s*$/iu),
    // (review74a X2: an exception denied leads more exclusions, "Undantag medges inte för följande kostnader:")
    unless: [{ where: 'line', cue: sv(/\bundantag\s+(?:görs|gäller|ges|medges)\s+(?:aldrig|inte|ej)\b|\b(?:inga|ej|aldrig)\s+undantag\b/iu) }],
    examples: ['Undantag görs för:', 'Undantag:', 'Kommunen medger att undantag görs för följande:'],
    counterExamples: ['Bidraget får inte användas till:', 'Undantaget gäller inte resor.', 'Undantag medges inte för följande kostnader:', 'Inga undantag görs för:'],
  },
];

/**
 * A list item that opens a nested list of exceptions (review73a S1–S3): "arvoden, dock inte:" + "arvoden till styrelsen", "resor, utom:" +
 * "resor inom länet" — the nested items have the other role (an exclusion among uses, an allowed cost among exclusions).
 */
export const EXCEPTION_ITEMS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'dock-inte-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/(?:,\s*|\s)(?:dock\s+(?:inte|ej)|men\s+(?:inte|ej)|utom|förutom|med\s+undantag\s+(?:av|för)|undantaget)\s*:\s*$/iu),
    examples: ['arvoden, dock inte:', 'resor, utom:', 'material förutom:'],
    counterExamples: ['arvoden', 'resor inom länet:', 'kostnader för:'],
  },
];

/**
 * An item of a use list that states a criterion for the project, not a use (review73a U2, U3): "har minst två samarbetsparter",
 * "pågår i högst två år", "genomförs i länet".
 */
export const CRITERION_ITEMS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    // (lists78) a fragment of one or two letters is no use: a stored text that stops in the middle of its last item ("• ar" for
    // "arvode", diff q178)
    id: 'fragment-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^\s*\p{Ll}{1,2}\s*$/u),
    examples: ['ar', 'a'],
    counterExamples: ['resa', 'lön', 'IT'],
  },
  {
    // (lists78) an item that denies the money ("* vi ger inga bidrag till mat eller uppehälle när föreläsaren får arvode", a footnote
    // set as the last item of a list of costs, diff q179): never a permitted use, whatever its lead
    id: 'denial-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:inga|inget|ingen|inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:bidrag|bidraget|stöd|stödet|medel|medlen|pengar|pengarna|ersättning)\b|\b(?:bidrag|bidraget|stöd|stödet|medel|medlen|pengar|pengarna|ersättning)\s+(?:[\p{L}-]+\s+){0,2}?(?:inte|ej)\b/iu),
    examples: ['vi ger inga bidrag till mat eller uppehälle när föreläsaren får arvode. För', 'mat, för den ges inget stöd', 'resor, men bidraget täcker inte hotell'],
    counterExamples: ['resa', 'arvode', 'lokalhyra för träffar', 'kostnader som inte täcks av andra bidrag'],
  },
  {
    // (review78e) a question or a bare figure is no use: the questions the applicant answers ("Vilka kostnader har ni?") under a lead that
    // names the uses, the amounts of a budget table's column headed "Godkända kostnader" ("5 000 kr")
    id: 'question-or-figure-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\?\s*$|^\s*\d+(?:[.,:–\s-]\d+)*\s*(?:kr|kronor|sek|tkr|%|procent)?\.?\s*$/iu),
    examples: ['Vilka kostnader har ni?', '5 000 kr', '12 000', '50 %'],
    counterExamples: ['resa', 'hyra av lokal, högst 5 000 kr', 'arvoden till 2 föreläsare'],
  },
  {
    id: 'criterion-item', where: 'line', meaning: 'not-uses', weight: 1,
    // (review74a C1–C3: "under högst", a named kommun or län, whom the project addresses, where it is based, its budget or owner)
    cue: sv(/^(?:har|ha|pågår|pågå|varar|vara|omfattar|omfatta|är)\s+(?:i\s+|under\s+)?(?:minst|högst|längst|max(?:imalt)?)\b|^(?:genomförs|genomföras|bedrivs|bedrivas|sker|ske)\s+(?:i|inom)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:länet|län|kommunen|kommun|regionen|sverige)\b|^(?:riktar|vänder)\s+sig\s+till\b|^(?:har|ha)\s+sin\s+(?:verksamhet|hemvist|säte)\b|^(?:har|ha)\s+(?:en\s+)?(?:[\p{L}-]+\s+)?(?:budget|omslutning|projektägare|huvudman)\b/iu),
    examples: ['har minst två samarbetsparter', 'pågår i högst två år', 'genomförs i länet', 'ha minst två parter', 'genomförs i Ekby kommun', 'pågår under högst två år', 'riktar sig till unga mellan 13 och 25 år', 'har sin verksamhet i Ekby', 'har en total budget på minst 500 000 kronor', 'har en projektägare i länet'],
    counterExamples: ['lokalhyra', 'arvoden, högst 500 kronor per timme', 'resor inom länet'],
  },
  {
    // a period or a duration, not a use (review75c L2, L3, after "Bidrag kan sökas för:"): "vårterminen 2026", "ett år i taget",
    // "högst tre år i följd", "2026-01-01 till 2026-06-30"
    id: 'period-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:(?:vår|höst)termin(?:en)?\b|(?:första|andra)\s+halvåret\b|(?:ett|två|tre)\s+år\s+i\s+taget\b|(?:högst|längst|max(?:imalt)?)\s+(?:ett|två|tre|fyra|fem|\d{1,2})\s+år\b|\d{4}-\d{2}-\d{2}\s+(?:till|–|-)\s|(?:verksamhets|kalender|läs|budget)året\s+\d{4}\s*[.,;]?\s*$)/iu),
    examples: ['vårterminen 2026', 'höstterminen 2026', 'ett år i taget', 'högst tre år i följd', '2026-01-01 till 2026-06-30', 'verksamhetsåret 2026'],
    counterExamples: ['lokalhyra', 'terminsavgifter för barn', 'verksamhetsårets aktiviteter', 'resor under vårterminen'],
  },
  {
    // a lone grant's name, an item of a menu of the body's grants under a uses heading, not a use (review77a H1: "Det här kan föreningen
    // få bidrag för" / "Aktivitetsbidrag" / "Lokalbidrag" / "Startbidrag")
    id: 'grant-name-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^[\p{L}-]{2,40}(?:bidrag|bidraget|stöd|stödet|stipendium|stipendiet|stipendier)\s*[.,;]?\s*$/iu),
    examples: ['Aktivitetsbidrag', 'Lokalbidrag', 'Startbidrag', 'Arrangemangsstöd', 'Kulturstipendium'],
    counterExamples: ['lokalhyra', 'medfinansiering av EU-stöd', 'ledarutbildning', 'bidrag till resor', 'stöd'],
  },
];

/**
 * A uses heading that asks who as well ("Vem och till vad kan bidrag sökas"): its first short paragraph may name the applicants
 * ("Ideella föreningar med säte i kommunen."), so it is not read as a use where the section has no list (review72a W7).
 */
export const WHO_AND_WHAT_HEADINGS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'vem-och-till-vad', where: 'heading', meaning: 'not-uses', weight: 1, cue: sv(/^vem\s+(?:och|kan)\b/iu),
    examples: ['Vem och till vad kan bidrag sökas', 'Vem kan söka och till vad?'],
    counterExamples: ['Till vad kan man söka bidrag?', 'Vad kan du söka bidrag för?'],
  },
];

/**
 * An item of a use lead's list that is a bare recipient type, no use: "Nämnden kan bevilja bidrag till:" / "ideella föreningar",
 * "studieförbund" (review72a W6; the lead alone cannot tell, "Länsstyrelsen kan bevilja bidrag till:" leads uses elsewhere).
 */
export const RECIPIENT_ITEMS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'recipient-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:[\p{L}-]+\s+){0,2}?(?:föreningar|organisationer|studieförbund|trossamfund|stiftelser|kommuner|regioner|privatpersoner|företag|sökande)\s*[.,;]?\s*$/iu),
    examples: ['ideella föreningar', 'studieförbund', 'kommuner och regioner'],
    counterExamples: ['stöd till föreningar som arrangerar läger', 'hyra av lokal för föreningar i kommunen', 'lokalhyra'],
  },
  {
    // a body's name is where an application goes, no use: "Bidrag kan sökas till:" / "Kultur- och fritidsnämnden" / "Socialnämnden"
    // (fresh75a Ly, once lists78's composed lead read "sökas till:" as a uses lead)
    id: 'body-name-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:(?!(?:till|för|av|med|i|på|hos|inom|vid|från)\s)[\p{L}-]+\s+(?:och\s+)?){0,2}?[\p{L}-]*(?:nämnden|styrelsen|förvaltningen|myndigheten|departementet)\s*[.,;]?\s*$/iu),
    examples: ['Kultur- och fritidsnämnden', 'Socialnämnden', 'Barn- och utbildningsförvaltningen', 'Länsstyrelsen'],
    counterExamples: ['resor till nämnden', 'möten med förvaltningen', 'lokalhyra', 'arvoden till styrelsen'],
  },
  {
    // (lists78) an item that is a sentence telling who the funder gives the money to: "Länsstyrelsen kan lämna bidrag till föreningar,
    // företag och enskilda personer som vill driva lokala naturvårdsprojekt" closing a list of uses (dev 1854)
    id: 'who-gets-sentence-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^[\p{L}-]+\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:lämna|ge|bevilja)\s+[\p{L}-]*(?:bidrag|stöd|medel)\s+till\s+(?:[\p{L}-]+\s+){0,2}?(?:föreningar|organisationer|företag|kommuner|regioner|privatpersoner|personer|stiftelser|sökande)\b/iu),
    examples: ['Länsstyrelsen kan lämna bidrag till föreningar, företag och enskilda personer som vill driva lokala naturvårdsprojekt (LONA).', 'Kommunen kan ge stöd till ideella föreningar.'],
    counterExamples: ['Kommunen kan ge stöd till kostnader för lokaler.', 'hyra av lokal för föreningar i kommunen'],
  },
];

/**
 * A lead that points back to papers the sentence before it named: "Dessa är" over the bullets of "… ska varje år skicka in
 * kompletta årsmöteshandlingar." (dev 2301), "Dessa handlingar är:", "Det gäller följande handlingar:". Read only after
 * PAPERS_HANDED_IN (fields/lists.ts). evid78.
 */
export const UNDERLAG_ANAPHOR_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'dessa-ar', where: 'line', meaning: 'underlag', weight: 1,
    cue: sv(/^(?:dessa|de|handlingarna|underlagen|dokumenten|bilagorna)(?:\s+(?:handlingar|dokument|underlag|bilagor))?\s+är\s*(?:följande\s*)?:?\s*$|^det\s+gäller\s+(?:följande\s+)?(?:handlingar|dokument|underlag)\s*:?\s*$/iu),
    examples: ['Dessa är', 'Dessa handlingar är:', 'De är:', 'Handlingarna är följande:', 'Det gäller följande handlingar:'],
    counterExamples: ['Dessa är villkoren för bidraget', 'Dessa är exempel på vad bidraget kan användas till:', 'De är välkomna att söka.'],
  },
];

/**
 * The sentence before an UNDERLAG_ANAPHOR_LEADS lead: it has papers sent in, kept or attached, named as papers ("kompletta
 * årsmöteshandlingar", "följande underlag", "vissa dokument"). evid78.
 */
export const PAPERS_HANDED_IN: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'skicka-in-handlingar', where: 'sentence', meaning: 'underlag', weight: 1,
    cue: sv(/\b(?:ska|skall|måste|behöver)\s+(?:[\p{L}-]+\s+){0,4}?(?:skicka\s+in|lämna\s+in|bifoga|inkomma\s+med|sända\s+in|spara|förvara|ladda\s+upp)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:handlingar|handlingarna|underlag|underlagen|dokument|dokumenten|bilagor|bilagorna|verifikationer)\b/iu),
    // (what the agency sends is no underlag of the recipient: "Kommunen ska skicka in handlingarna till Boverket")
    // (review78f E12: the body in a compound, "Kultur- och fritidsförvaltningen behöver spara vissa handlingar")
    unless: [{ where: 'sentence', cue: sv(/\b(?:\p{L}*kommunen|kommunstyrelsen|\p{L}*nämnden|\p{L}*förvaltningen|länsstyrelsen|\p{L}*myndigheten|regionen|vi)\s+(?:ska|skall|måste|behöver)\b/iu) }],
    examples: ['Alla föreningar som får stöd ska varje år skicka in kompletta årsmöteshandlingar.', 'Ni behöver bifoga några dokument.', 'Stödmottagaren ska spara följande underlag.'],
    counterExamples: ['Kommunen ska skicka in handlingarna till Boverket.', 'Ni ska skicka in ansökan senast den 1 mars.', 'Föreningen ska lämna in en redovisning.'],
  },
];

/** An item of an underlag heading's list that states a payment, not a document (review72a D5): "50 procent betalas ut i mars". */
export const NOT_UNDERLAG_ITEMS: ReadonlyArray<Cue<'not-uses'>> = [
  {
    id: 'payment-item', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/^(?:\d{1,3}\s*(?:%|procent)|resten|återstoden|hälften|halva\s+(?:beloppet|bidraget))\b[^.]{0,40}?\b(?:betalas|utbetalas)\s+ut\b/iu),
    examples: ['50 procent betalas ut i mars', 'resten betalas ut efter godkänd redovisning', 'Hälften av bidraget betalas ut efter beslut'],
    counterExamples: ['verksamhetsberättelse', 'intyg från banken', 'Betalningsuppgifter så att bidrag kan betalas ut'],
  },
  {
    // a step of an e-service, not a document: "Bilagor laddas upp i e-tjänsten:" / "Logga in med BankID" (review72a W8)
    id: 'step-item', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/^(?:Logga\s+in|Välj|Klicka|Gå\s+till|Tryck|Öppna)\b/iu),
    examples: ['Logga in med BankID', 'Välj Mina ansökningar'],
    counterExamples: ['Verksamhetsplan', 'Gällande stadgar'],
  },
  {
    // the page's own section on data or cookies, laid out as the list's last item: "Om dina personuppgifter" after "Kvitto på eventuellt
    // inbetalda avgifter" (dev 1676, Karlskrona; read since fresh76a's "Följande underlag ska lämnas in …:"); a document about persons stays
    id: 'page-section-item', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^om\s+(?:dina|era|hur\s+vi\s+(?:behandlar|hanterar))\s+personuppgifter\s*$|^om\s+(?:kakor|cookies)\s*$/iu),
    examples: ['Om dina personuppgifter', 'Om hur vi behandlar personuppgifter', 'Om cookies'],
    counterExamples: ['Samtycke till behandling av personuppgifter', 'Medlemsförteckning med personuppgifter', 'Intyg om era personuppgifter från Skatteverket'],
  },
];

/** Leads that tell how to do something, step by step ("Så här skickar ni in:"): no underlag and no use. */
export const HOW_TO_LEADS: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'sa-har-gor-ni', where: 'line', meaning: 'not-uses', weight: 1,
    // (review73a R5: "Så skickar ni in redovisningen:", without "här")
    cue: sv(/^(?:(?:gör\s+)?så\s+här|steg\s+för\s+steg|så\s+(?:skickar|ansöker|söker|redovisar|rekvirerar|lämnar|laddar|gör))\b[^.]{0,60}:\s*$/iu),
    examples: ['Så här skickar ni in:', 'Gör så här:', 'Steg för steg:', 'Så skickar ni in redovisningen:'],
    counterExamples: ['Följande ska bifogas i ansökan:', 'Så här kan bidraget användas till exempel.', 'Så skickar ni in redovisningen senast 31 januari.'],
  },
  {
    // the steps as a lead's "genom att" (review73a S11, O6): "Du ansöker genom att:", "Ni kan få ersättning genom att:"
    id: 'genom-att-steg', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:ansöker|söker|ansöka|rekvirerar|rekvirera|redovisar|redovisa|ersättning|ersättningen|pengarna|bidraget|stödet)\s+genom\s+att\s*:\s*$/iu),
    examples: ['Du ansöker genom att:', 'Ni kan få ersättning genom att:', 'Ni redovisar genom att:'],
    counterExamples: ['Bidraget får användas till att stärka föreningen genom att:', 'Du ansöker genom att fylla i e-tjänsten.'],
  },
];

/** Leads whose list states conditions ("En förutsättning för statsbidraget är att:"), not uses. */
export const CONDITION_LEADS: ReadonlyArray<Cue<'condition'>> = [
  {
    id: 'condition-lead', where: 'line', meaning: 'condition', weight: 1,
    cue: sv(/(?:förutsättning(?:en|arna)?|villkor(?:et|en)?)\b[^.]*\b(?:är|gäller)\s+att[\p{L}\s]*:?$|\bska vara en\b.*\bsom:?$|\bmåste uppfylla\b.*:?$/iu),
    examples: ['En förutsättning för statsbidraget är att:', 'Organisationen måste uppfylla följande:', 'Mottagaren ska vara en organisation som:'],
    counterExamples: ['Medlen får användas till:'],
  },
  {
    // "Bidraget kan bara användas till insatser som uppfyller något av följande krav:" — requirements on the insats
    id: 'uppfyller-foljande-krav', where: 'line', meaning: 'condition', weight: 1,
    cue: sv(/\buppfyller\s+(?:något|samtliga|alla|ett|båda)\s+av\s+följande\s+(?:krav|villkor|kriterier)\b/iu),
    examples: ['Bidraget kan bara användas till insatser som uppfyller något av följande krav:', 'Projektbidrag kan lämnas till organisation som uppfyller samtliga av följande krav:'],
    counterExamples: ['Medlen får användas till insatser som:'],
  },
  {
    // how applications are ranked: "Vid behandlingen av ansökningarna prioriteras projekt som:" + the qualities, one per item
    id: 'prioriteras-som', where: 'line', meaning: 'condition', weight: 1,
    cue: sv(/\bprioriteras\s+(?:de\s+)?(?:projekt|ansökningar|insatser|verksamheter|aktiviteter|sökande)\s+som\s*:\s*$/iu),
    examples: ['Vid behandlingen av ansökningarna prioriteras projekt som:', 'I bedömningen prioriteras de insatser som:'],
    counterExamples: ['Utifrån fondens ändamål prioriteras bidrag till:', 'Vid behandlingen prioriteras projekt som når många barn.'],
  },
  {
    // the criteria as the lead's subject: "Kriterier som ska vara uppfyllda för att kunna söka bidrag:"
    id: 'kriterier-lead', where: 'line', meaning: 'condition', weight: 1,
    cue: sv(/^(?:följande\s+)?(?:kriterier|krav)\s+(?:som\s+ska\s+(?:vara\s+)?uppfyll(?:as|da)|ska\s+(?:vara\s+)?uppfyll(?:as|da)|för\s+att\s+(?:kunna\s+)?(?:söka|få|beviljas))\b[^.]*:\s*$/iu),
    examples: ['Kriterier som ska vara uppfyllda för att kunna söka bidrag:', 'Krav för att få bidrag:'],
    counterExamples: ['Kriterier som användes i fjol var fler.', 'Kriterier som ska vara uppfyllda för att kunna söka bidrag finns i riktlinjerna.'],
  },
  {
    // what the funded activity must be, its items completing "… ska": "Sommaraktiviteterna ska:", "Aktiviteten måste:"
    id: 'aktiviteterna-ska', where: 'line', meaning: 'condition', weight: 1,
    cue: sv(/^[\p{L}-]*(?:aktiviteterna|aktiviteten|arrangemanget|arrangemangen|projektet|projekten|verksamheten|insatserna|insatsen)\s+(?:ska|skall|måste)(?:\s+även|\s+också)?\s*:\s*$/iu),
    examples: ['Sommaraktiviteterna ska:', 'Aktiviteten måste:', 'Projektet ska även:'],
    counterExamples: ['Ansökan ska innehålla:', 'Aktiviteterna ska redovisas senast 31 augusti:', 'Aktiviteterna ska genomföras under sommarlovet.'],
  },
];

/** A sentence that states one permitted use. */
export const USE_SENTENCES: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'kan-tacka', where: 'sentence', meaning: 'uses', weight: 1, cue: sv(/\b(?:kan|får)\s+(?:även\s+)?(?:täcka|användas\s+(?:till|för))\b/iu),
    // (review72a: a cap is no use, S10)
    unless: [{ where: 'sentence', cue: sv(/\btäcka\s+(?:högst|maximalt|max|upp\s+till|som\s+mest|\d)|\banvändas\s+till\s+och\s+med\b/iu) }, { where: 'sentence', cue: USE_QUESTION }],
    examples: ['Bidraget kan täcka personal-, konferens- och möteskostnader.', 'Pengarna kan användas till generella näringslivsfrämjande insatser.', 'Att nå nya målgrupper är exempel på vad bidraget kan användas till.'],
    counterExamples: ['Bidraget kan täcka högst 50 procent av kostnaderna.', 'Stödet får täcka upp till 30 000 kronor per år.', 'Bidraget har använts till lokaler.', 'Läs mer om vad bidraget får användas till i våra riktlinjer.', 'Kontakta oss om du är osäker på vad bidraget kan användas till.'],
  },
  {
    // "Finansiering kan sökas exempelvis för ledarkostnader, transport, material …"
    id: 'kan-sokas-for', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:finansiering|medel|bidrag|stöd)\p{L}*\s+(?:kan|får)\s+(?:även\s+)?(?:sökas|ansökas|beviljas)\s+(?:exempelvis\s+|till\s+exempel\s+|bland\s+annat\s+)?(?:för|till)\s+(?!(?:år\s+)?\d)(?!(?:[\p{L}-]+\s+){0,2}?(?:organisation|förening|kommun|region|privatperson))/iu),
    // (review72a: a limit on years or the last day is no use, S8, S9)
    unless: [{ where: 'sentence', cue: sv(/\b(?:sökas|ansökas|beviljas)\s+(?:för|till)\s+(?:högst|maximalt|max|längst|som\s+längst|och\s+med|mer|fler|längre|en\s+period)\b/iu) }],
    examples: ['Finansiering kan sökas exempelvis för ledarkostnader, transport, material.', 'Bidrag kan även sökas för lokalhyra.'],
    counterExamples: ['Bidrag kan sökas för högst två år i taget.', 'Bidrag kan sökas till och med den 1 mars.', 'Finansiering kan sökas av föreningar.', 'Bidrag kan sökas för 2024.', 'Bidrag kan sökas för ideella föreningar i länet.'],
  },
];

/** A sentence that states one excluded use, as a rule in passive or active voice. */
export const EXCLUDED_SENTENCES: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'far-inte-anvandas', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:inte|ej)\s+(?:användas|gå)\s+(?:till|för)\b|\bfår\s+inte\s+finansieras\b/iu),
    // (a form or tool as the subject bars no use of the money: "Blanketten från 2023 får inte användas för redovisning.", review71a)
    // (review73a N3, O9, O11: nor data, pictures or a hall, "Personuppgifterna får inte användas för andra ändamål")
    unless: [{ where: 'sentence', cue: sv(/\b(?:blankett|e-tjänst|mall|formulär|logotyp|webbplats|portal|bankid|inloggning)\p{L}*\b[^.]{0,40}?\b(?:kan|får)\s+(?:\p{L}+\s+)?(?:inte|ej)\s+(?:användas|gå)\b/iu) }, { where: 'sentence', cue: NOT_MONEY_SUBJECT }],
    examples: ['Bidraget kan inte användas till er ordinarie verksamhet.', 'Medlen får inte gå till investeringar.'],
    counterExamples: ['Personuppgifterna får inte användas för andra ändamål än handläggningen.', 'Pressbilderna får inte användas för kommersiella ändamål.', 'Lokalen får inte användas för fester efter klockan 22.', 'Blanketten från 2023 får inte användas för redovisning.', 'Bidraget kan användas till er ordinarie verksamhet.'],
  },
  {
    // the money may not take the place of other money or work: "Bidraget får inte ersätta befintlig finansiering." (dev 2215,
    // SFS 2024:158 4 §), "Stödet får inte ersätta kommunens ordinarie verksamhet."; the money itself the sentence's subject (not
    // "Beslutet om bidrag …"), and no cap after the verb ("… ersätta mer än 50 procent av kostnaderna" is a limit, not a use)
    id: 'far-inte-ersatta', where: 'sentence', meaning: 'excluded', weight: 1,
    // (the grant by its plain name only, not another grant's compound, "Verksamhetsbidraget får inte ersätta medlemsavgifter" on a
    // projektbidrag's page, nor a kommun's own money, "Kommunala medel får inte ersätta statsbidraget"; nor a share of the cost,
    // "… ersätta hela kostnaden", "… en större andel än 50 procent": review75d X1–X4)
    cue: sv(/^(?:(?:det|den|detta|beviljade|statliga|utbetalda)\s+){0,2}(?:(?:stats)?bidrag|stöd|medel|medlen|pengar)\p{L}{0,4}\s+(?:får|kan|ska)\s+(?:inte|ej)\s+(?:heller\s+)?ersätta\s/iu),
    unless: [{ where: 'sentence', cue: sv(/\bersätta\s+(?:(?:mer|fler|mindre|färre)\s+än\b|högst\b|\d|hela\s+kostnad\p{L}*|(?:en\s+)?(?:större|mindre|högre)\s+(?:andel|del)\b)/iu) }],
    examples: ['Bidraget får inte ersätta befintlig finansiering.', 'Stödet får inte ersätta kommunens ordinarie verksamhet.',
      'Det statliga bidraget kan inte ersätta medel som regionen redan har avsatt för insatsen.', 'Medlen ska inte ersätta annan offentlig finansiering av verksamheten.'],
    counterExamples: ['Beslutet om bidrag får inte ersätta ett skriftligt avtal.', 'Bidraget får inte ersätta mer än 50 procent av kostnaderna.',
      'Rapporten får inte ersätta den ekonomiska redovisningen.', 'Bidraget får ersätta befintlig finansiering under en övergångsperiod.', 'Bidraget får inte ersättas av andra medel.',
      'Verksamhetsbidraget får inte ersätta medlemsavgifter och söks på annat sätt.', 'Kommunala medel får inte ersätta statsbidraget i kommunens budget för nästa år.',
      'Bidraget får inte ersätta hela kostnaden för projektet, en egen insats krävs.', 'Stödet får inte ersätta en större andel än 50 procent av kostnaderna.'],
  },
  {
    // "Kommunerna får inte använda pengar till direkta företagsstöd."
    id: 'far-inte-anvanda', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:inte|ej)\s+använda\s+(?:[\p{L}-]+\s+){0,2}?(?:pengar|pengarna|medel|medlen|bidrag|bidraget|stöd|stödet|statsbidrag|statsbidraget)\s+(?:till|för)\b/iu),
    // (review72a: a year or a count is no exclusion, W3)
    unless: [{ where: 'sentence', cue: sv(/\b(?:till|för)\s+(?:(?:år\s+)?\d|(?:mer|fler|mindre|färre)\s+än\b|högst\b)/iu) }],
    examples: ['Kommunerna får inte använda pengar till direkta företagsstöd.', 'Ni kan inte använda statsbidraget för lokalhyra.'],
    counterExamples: ['Man kan inte använda medel för 2025 efter den 31 januari 2026.', 'Ni får inte använda bidraget för fler än två aktiviteter per år.', 'Kommunerna får använda pengar till direkta företagsstöd.', 'Ni får inte använda e-tjänsten för rekvisition.'],
  },
  {
    // (review71a: a cap, a count, a year or a period after the verb is a limit on the grant, not a use it bars: "Stöd lämnas inte för
    // mer än 50 procent av …", "Bidrag beviljas inte för längre period än ett år.", "Bidraget kan inte sökas för 2026 ännu.")
    // "Stöd beviljas inte för åtgärder som redan har påbörjats.", "Bidrag lämnas inte till investeringar.", "Bidrag utgår inte till
    // entrébelagd tävling, match, träning eller kommersiellt arrangemang." (dev 1328; 'utgår ej för skolelev …', dev 1193)
    id: 'beviljas-inte-for', where: 'sentence', meaning: 'excluded', weight: 1,
    // (the negation after "heller": "Stöd ges heller inte till forskarutbildning"; a foundation's "anslag" as the money)
    cue: sv(/\b(?:stöd|bidrag|medel|ersättning|statsbidrag|anslag)\p{L}*\s+(?:beviljas|ges|lämnas|utgår|betalas\s+ut)\s+(?:heller\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:för|till)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))|\b(?:stöd|bidrag|medel|ersättning|statsbidrag|anslag)\p{L}*\s+(?:kan|får)\s+(?:heller\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:beviljas|ges|lämnas)\s+(?:för|till)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Bidrag utgår inte till entrébelagd tävling, match, träning eller kommersiellt arrangemang.', 'Stöd beviljas inte för åtgärder som redan har påbörjats.', 'Bidrag lämnas inte till investeringar i byggnader.', 'Statsbidrag får inte lämnas för kostnader som täcks av andra bidrag.', 'Stöd ges heller inte till forskarutbildning.', 'Anslag kan inte beviljas till näringsdrivande projekt, till exempel framställandet av böcker.'],
    counterExamples: ['Bidrag beviljas inte för längre period än ett år.', 'Stöd lämnas inte för mer än 50 procent av projektets kostnader.', 'Bidrag betalas inte ut för ansökningar som kommit in för sent.', 'Bidrag lämnas inte till organisationer som har skulder hos Kronofogden.', 'Stöd får inte heller lämnas till någon som har skulder för svenska skatter eller avgifter hos Kronofogdemyndigheten.', 'Stöd beviljas för åtgärder som minskar utsläppen.', 'Andra organisationsformer än de som nämns här kan inte beviljas bidraget.'],
  },
  {
    // the verb before the money when the sentence opens on an adverb (V2): "Vidare beviljas inte bidrag till aktiviteter
    // som redan har påbörjats …", "Vidare beviljas inte heller bidrag till renovering, byggnationer …"
    id: 'beviljas-inte-bidrag-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:beviljas|ges|lämnas|utgår)\s+(?:heller\s+)?(?:inte|ej)\s+(?:heller\s+)?[\p{L}-]*(?:bidrag|stöd|stipendi(?:er|um)|medel|ersättning)\s+(?:till|för)\b/iu),
    // (review72a: a cap or a period is no exclusion, X10, X11)
    unless: [{ where: 'sentence', cue: sv(/\b(?:till|för)\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b)/iu) }, { where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Vidare beviljas inte bidrag till aktiviteter som redan har påbörjats eller genomförts innan fonden hunnit fatta sitt beslut.', 'Vidare beviljas inte heller bidrag till renovering, byggnationer, bok-/filmprojekt eller resor, ej heller till redan påbörjade projekt.', 'Vidare beviljas inte stipendier till vistelser som redan har påbörjats.'],
    counterExamples: ['Det beviljas inte bidrag för mer än 75 procent av kostnaderna.', 'Det lämnas inte stöd för längre tid än tre år.', 'Som regel beviljas inte bidrag till ansökningar från kommuner, landsting eller statliga organ.', 'Vidare beviljas bidrag till aktiviteter som främjar samarbetet.', 'I år beviljas inte bidrag till organisationer som saknar stadgar.'],
  },
  {
    // the barred use fronted, the money last (V2 after a "för"/"till" phrase): "För normalt uppehälle, normala resekostnader eller
    // vanlig kurslitteratur beviljas inte stipendium." (dev 2198), "Till löner och arvoden ges inte bidrag.", "För resor utomlands
    // lämnas inget stöd."; a year, a period, a cap, the applicants, the persons counted ("För ledare … utgår inte deltagarstöd.",
    // dev 1809) or a late application fronted is no use barred
    id: 'for-x-beviljas-inte', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:för|till)\s+[^.]{1,200}?\s(?:beviljas|ges|lämnas|utgår|betalas\s+ut)\s+(?:heller\s+)?(?:inte|ej|inget|inga)\s+(?:heller\s+)?[\p{L}-]*(?:bidrag|stöd|stipendi(?:er|um|et)?|medel|ersättning)(?:et|en|na)?\s*[.!]?\s*$/iu),
    // (review75c X1–X4: an application however qualified, a period with its ordinal, the persons a stipend went to or a trade fronted)
    unless: [{ where: 'sentence', cue: sv(/^(?:för|till)\s+(?:(?:år(?:et)?\s+|perioden\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b|sent\b|att\b)/iu) }, { where: 'sentence', cue: /^(?:för|till)\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|företagare|näringsidkare|kommun(?:er)?|region(?:er)?|sökande|den som|de som|någon som|privatpersoner|enskilda personer|stiftelser|parti(?:er)?|ledare|ledaren|deltagare|deltagaren|medlemmar|personer|person|barn|ungdomar|elever|studenter|studerande|stipendiater|stipendiaten|mottagare|mottagaren)\b/iu }, { where: 'sentence', cue: /\bför\s+sent\b/iu },
      { where: 'sentence', cue: /^(?:för|till)\s+(?:[\p{L}-]+\s+){0,2}?(?:ansökningar|ansökningarna|ansökan)\b/iu },
      { where: 'sentence', cue: /^(?:för|till)\s+(?:(?:första|andra|sista|innevarande|kommande|nästa|detta|resten\s+av)\s+)?(?:halvår\p{L}*|året|perioden|termin\p{L}*|våren|hösten|sommaren|vintern|kvartal\p{L}*|månad\p{L}*)\b/iu }],
    examples: ['För normalt uppehälle, normala resekostnader eller vanlig kurslitteratur beviljas inte stipendium.', 'Till löner och arvoden ges inte bidrag.', 'För resor utomlands lämnas inget stöd.'],
    counterExamples: ['För 2026 beviljas inte bidrag.', 'Till föreningar som saknar stadgar beviljas inte bidrag.', 'För ansökningar som kommer in för sent beviljas inte bidrag.', 'För längre tid än ett år beviljas inte stöd.', 'För att få bidrag krävs att föreningen har stadgar.', 'För resor utomlands beviljas bidrag.', 'Till sökande med skulder lämnas inget stöd.', 'För ledare, för vilken stöd utgår enligt första stycket, utgår inte deltagarstöd.', 'För deltagare över 25 år utgår inte bidrag.',
      'För ofullständiga ansökningar beviljas inte stipendium.', 'För tidigare stipendiater beviljas inte stipendium.', 'För andra halvåret beviljas inga bidrag.', 'Till enskilda företagare lämnas inget stöd.'],
  },
  {
    // the costs as the subject of the rule, their kinds after it: "Projektstödets kostnader får inte innehålla till exempel
    // alkohol, gåvor, böter, leasingkostnader eller faktureringskostnader eller -tillägg."
    id: 'kostnader-far-inte-innehalla', where: 'sentence', meaning: 'excluded', weight: 1,
    note: 'one document: every example is from dev 1225; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\b[\p{L}-]*kostnader(?:na)?\s+(?:får|kan)\s+(?:inte|ej)\s+(?:heller\s+)?(?:innehålla|omfatta|inkludera)\b/iu),
    // (review72a: a time limit is no exclusion, X13)
    unless: [{ where: 'sentence', cue: sv(/\b(?:innehålla|omfatta|inkludera)\s+(?:(?:mer|fler|mindre|färre)\s+än|högst|\d)/iu) }],
    examples: ['Projektstödets kostnader får inte innehålla till exempel alkohol, gåvor, böter, leasingkostnader eller faktureringskostnader eller -tillägg.'],
    counterExamples: ['Budgetens kostnader får inte omfatta fler än 12 månader.', 'Projektkostnaderna får inte omfatta mer än 24 månader.', 'Projektstödets kostnader får innehålla lönekostnader.', 'Ansökan får inte innehålla personuppgifter.'],
  },
  {
    // what the grant is meant for, then what it is not for after a comma: "Bidraget är endast avsett för att skapa
    // konstnärligt innehåll, inte för andra fasta kostnader, så som apparatanskaffningar."
    id: 'avsett-for-inte-for', where: 'sentence', meaning: 'excluded', weight: 1,
    note: 'one document: every example is from dev 1226; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\bavse(?:tt|dd|dda)\s+(?:för|till)\s[^.,]{1,120},\s*(?:men\s+)?(?:inte|ej)\s+(?:för|till)\s/iu),
    // (review72a: a form meant for one step is no exclusion, X14)
    unless: [{ where: 'sentence', cue: sv(/^(?:formuläret|blanketten|e-tjänsten|mallen|sidan|webbplatsen|denna\s+sida|den\s+här\s+sidan)\b/iu) }, { where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Bidraget är endast avsett för att skapa konstnärligt innehåll, inte för andra fasta kostnader, så som apparatanskaffningar.'],
    counterExamples: ['Formuläret är avsett för ansökan, inte för redovisning.', 'Blanketten är avsedd för föreningar, inte för privatpersoner.', 'Bidraget är avsett för att skapa konstnärligt innehåll.', 'Bidraget är avsett för kulturföreningar, inte för privatpersoner.', 'Bidraget är inte avsett för stadsdelsföreningar.'],
  },
  {
    // (review71a: a cap, a count, a year or a period after the verb is a limit on the grant, not a use it bars: "Stöd lämnas inte för
    // mer än 50 procent av …", "Bidrag beviljas inte för längre period än ett år.", "Bidraget kan inte sökas för 2026 ännu.")
    // the agency's own voice: "Observera att vi inte ger bidrag till projekt som redan påbörjats."
    id: 'ger-inte-bidrag', where: 'sentence', meaning: 'excluded', weight: 1,
    // (a particle and a compound: "Vi ger inte ut stiftelsemedel för akut ekonomiskt behov.")
    cue: sv(/\b(?:ger|lämnar|beviljar|delar)\s+(?:inte|ej)\s+(?:heller\s+)?(?:ut\s+)?(?:[\p{L}-]+\s+)?\p{L}*(?:bidrag|stöd|medel|ersättning)\s+(?:till|för)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))|\b(?:inte|ej)\s+(?:heller\s+)?(?:ger|lämnar|beviljar)\s+(?:[\p{L}-]+\s+)?(?:bidrag|stöd|medel|ersättning)\s+(?:till|för)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Observera att vi inte ger bidrag till projekt som redan påbörjats.', 'Vi ger inte heller bidrag till åtgärder som någon är skyldig att genomföra enligt lag.', 'Vi ger inte ut stiftelsemedel för akut ekonomiskt behov.'],
    counterExamples: ['Vi ger inte bidrag till fler än tre projekt per år och sökande.', 'Vi ger bidrag till projekt som minskar övergödningen.', 'Vi ger inte bidrag till privatpersoner.', 'Vi ger ut stiftelsemedel för studier.'],
  },
  {
    // the agency's promise in the future tense: "Vi kommer inte att lämna bidrag till informationsinsatser som ligger inom andra myndigheters ansvarsområden."
    id: 'kommer-inte-att-lamna', where: 'sentence', meaning: 'excluded', weight: 1,
    // (its examples now come from dev 160 and, in the passive, dev 2202: no longer a one-document row, h/fresh75a)
    // … and its passive, the money as subject: "stöd kommer inte att ges till åtgärder som är lönsamma utan stöd vid
    // investeringstillfället" (dev 2202, Klimatklivet), "Bidrag kommer inte att beviljas för inköp av inventarier."
    cue: sv(/\bkommer\s+(?:inte|ej)\s+(?:heller\s+)?att\s+(?:ge|lämna|bevilja)\s+(?:[\p{L}-]+\s+)?(?:bidrag|stöd|medel|ersättning)\s+(?:till|för)\b|\b(?:stöd|bidrag|medel|ersättning|stipendi)\p{L}*\s+kommer\s+(?:inte|ej)\s+(?:heller\s+)?att\s+(?:ges|lämnas|beviljas)\s+(?:till|för)\b/iu),
    // (review72a: a year or a count is no exclusion, X15; nor a late application)
    // (review75c P1–P3: more projects of a spent round, a period, a named applicant — a decision, not a use barred)
    unless: [{ where: 'sentence', cue: sv(/\b(?:till|för)\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b|fler\b|ytterligare\b|perioden\b|tiden\b|(?:resten|återstoden)\s+av\b)/iu) }, { where: 'sentence', cue: TO_RECIPIENT },
      { where: 'sentence', cue: /\s(?:till|för)\s+\p{Lu}/u }],
    examples: ['Vi kommer inte att lämna bidrag till informationsinsatser som ligger inom andra myndigheters ansvarsområden.', 'Åtgärder som kan ges stöd ska vara ambitiösare än vad lagen kräver och stöd kommer inte att ges till åtgärder som är lönsamma utan stöd vid investeringstillfället.', 'Bidrag kommer inte att beviljas för inköp av inventarier.'],
    counterExamples: ['Nämnden kommer inte att lämna bidrag för 2026 förrän budgeten är beslutad.', 'Vi kommer inte att ge stöd för mer än tre projekt per förening.', 'Vi kommer att lämna bidrag till informationsinsatser.', 'Vi kommer inte att lämna bidrag till organisationer med skulder.', 'Stöd kommer inte att ges till sökande som har skulder hos Kronofogden.', 'Bidrag kommer inte att beviljas för 2027.', 'Stöd kommer inte att lämnas för ansökningar som kommer in efter sista dag.', 'Stöd kommer att ges till åtgärder som minskar utsläppen.',
      'Medlen för 2026 är slut. Stöd kommer inte att ges till fler projekt i år.', 'Stöd kommer inte att lämnas för perioden efter den 31 december 2026.', 'Bidrag kommer inte att beviljas till Ekby IF eftersom föreningen inte har lämnat någon redovisning.'],
  },
  {
    // (review71a: a cap, a count, a year or a period after the verb is a limit on the grant, not a use it bars: "Stöd lämnas inte för
    // mer än 50 procent av …", "Bidrag beviljas inte för längre period än ett år.", "Bidraget kan inte sökas för 2026 ännu.")
    // what one may not apply for, in the passive: "Medel kan inte sökas till förberedande arbete …"
    id: 'kan-inte-sokas-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:medel|medlen|bidrag|bidraget|stöd|stödet|statsbidrag|statsbidraget)\s+(?:kan|får)\s+(?:inte|ej)\s+(?:heller\s+)?(?:sökas|ansökas|rekvireras)\s+(?:till|för)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Medel kan inte sökas till förberedande arbete exempelvis framtagande av kunskapsunderlag.', 'Bidrag kan inte heller sökas för löpande drift.'],
    counterExamples: ['Bidraget kan inte sökas för 2026 ännu.', 'Medel kan inte sökas för fler än tre år i följd.', 'Medel kan endast sökas för fysiskt åtgärdsarbete.', 'Bidrag kan inte sökas för organisationer utan styrelse.'],
  },
  {
    // (review71a: a cap, a count, a year or a period after the verb is a limit on the grant, not a use it bars: "Stöd lämnas inte för
    // mer än 50 procent av …", "Bidrag beviljas inte för längre period än ett år.", "Bidraget kan inte sökas för 2026 ännu.")
    // the applicant's own voice: "du kan inte få stöd för åtgärder som påbörjats innan din ansökan inkommit"
    id: 'kan-inte-fa-stod', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:du|ni|man|vi)\s+(?:kan|får)\s+(?:inte|ej)\s+(?:heller\s+)?få\s+(?:[\p{L}-]+\s+)?(?:stöd|bidrag|medel|ersättning)\s+(?:för|till)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))/iu),
    // a barred recipient is the rule's own object ("Ni kan inte få bidrag för en förening som …"), not a noun further on:
    // "Du kan däremot inte få stöd för ordinarie verksamhet, driftstöd eller stöd som kan betraktas som företagsstöd
    // till enskilda företag eller privatpersoner." bars uses (dev 1259)
    unless: [{ where: 'sentence', cue: sv(/\b(?:kan|får)\s+(?:inte|ej)\s+(?:heller\s+)?få\s+(?:[\p{L}-]+\s+)?(?:stöd|bidrag|medel|ersättning)\s+(?:för|till)\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|kommun(?:er)?|region(?:er)?|sökande|privatpersoner|enskilda\s+personer|stiftelser)\b/iu) }],
    examples: ['du kan inte få stöd för åtgärder som påbörjats innan din ansökan inkommit till Skogsstyrelsen', 'Ni kan inte heller få bidrag för löpande kostnader.', 'Du kan inte få stöd för ordinarie verksamhet, driftstöd eller stöd som kan betraktas som företagsstöd till enskilda företag eller privatpersoner.'],
    counterExamples: ['Du kan inte få stöd för fler än två ansökningar per år.', 'du kan få stöd för åtgärder på skogsmark', 'Ni kan inte få bidrag för en förening som redan fått stöd.'],
  },
  {
    // (uses81) the reader told what cannot be applied for, in a sentence: "Det går inte att söka stöd för redan genomförda aktiviteter.",
    // "Ni kan inte söka bidrag till ordinarie verksamhet.", "Föreningen kan inte heller söka pengar för mat." (the lead over a list is
    // 'kan-inte-soka-for-lead'; "få" is 'kan-inte-fa-stod'). Not a recipient, a time or a cap, the same project at another funder, nor a
    // case ("… om föreningen har skulder", "… innan redovisningen kommit in")
    id: 'kan-inte-soka-stod-for', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/(?:\bdet\s+går\s+(?:inte|ej)\s+(?:heller\s+)?att\s+(?:söka|få|ansöka\s+om)|^(?:du|ni|man|vi|föreningen|er\s+förening|sökande(?:n)?)\s+(?:kan|får)\s+(?:däremot\s+|dock\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:söka|ansöka\s+om))\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)(?:et|en|na)?\s+)?(?:för|till)\s+(?!(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|fler\b|högst\b|ansökningar\b|ansökan\b|samma\b|flera\b|(?:en\s+)?annan\b))\p{L}/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: sv(/\b(?:om|ifall|innan|förrän|utan\s+att|hos|från|via|genom)\s+(?:[\p{L}-]+\s+){0,3}?(?:föreningen|ni|du|man|vi|sökande\p{L}*|andra|annan|regionen|kommunen|staten|myndighet\p{L}*|redovisning\p{L}*|beslut\p{L}*|ansökan|e-tjänsten)\b|\bräkning\b/iu) }],
    examples: ['Det går inte att söka stöd för redan genomförda aktiviteter.', 'Ni kan inte söka bidrag till ordinarie verksamhet.', 'Föreningen kan inte heller söka pengar för mat och dryck.', 'Du kan däremot inte söka stöd för investeringar i byggnader.'],
    counterExamples: ['Ni kan inte söka bidrag för fler än två projekt per år.', 'Det går inte att söka stöd för samma projekt två gånger.', 'Ni kan inte söka stöd till föreningar som har skulder.', 'Det går inte att söka stöd för 2027 ännu.',
      'Ni kan inte söka bidrag för arrangemanget om föreningen har skulder till kommunen.', 'Du kan inte söka stöd för projektet hos regionen samtidigt.', 'Ni kan inte söka bidrag för en annan förenings räkning.', 'Det går inte att söka stöd för arrangemang innan redovisningen har kommit in.', 'Ni kan söka bidrag till ordinarie verksamhet.'],
  },
  {
    // (uses81) the money may not go to a use, with "ska": "Bidraget ska inte gå till anläggningar eller sådant som kan betraktas som
    // ordinarie föreningsverksamhet." (Kungsbacka's särskilt bidrag, https://www.kungsbacka.se/Kommun-och-politik/Bidrag-stipendier-och-
    // utmarkelser/Bidrag/allmanna-regler-for-foreningsbidrag/sarskilt-bidrag-till-foreningar-och-grupper/), "Medlen ska inte användas till
    // löner."; the money its subject (not data, a hall, a form), not a recipient, nor a time
    id: 'ska-inte-ga-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd|check|peng)(?:et|en|ar|arna)?|\b(?:medlen|medel|stipendiet))\s+(?:ska|skall)\s+(?:dock\s+|däremot\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:användas|gå)\s+(?:till|för)\s+(?!och\s+med\b|(?:år\s+)?\d)\p{L}/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: NOT_MONEY_SUBJECT }, { where: 'sentence', cue: OTHER_MONEY }],
    examples: ['Bidraget ska inte gå till anläggningar eller sådant som kan betraktas som ordinarie föreningsverksamhet.', 'Medlen ska inte användas till löner.', 'Stödet skall dock inte användas för resor utomlands.'],
    counterExamples: ['Bidraget ska inte gå till föreningar som har skulder.', 'Bidraget ska gå till anläggningar.', 'Pengarna ska inte användas till och med 2027.', 'Skolpengen ska inte gå till vinster.', 'Uppgifterna ska inte användas för marknadsföring.'],
  },
  {
    // (uses81) what the money does not cover, named after its verb: "Bidraget täcker inte kostnader för alkohol eller representation.",
    // "7 § Stödet omfattar inte kostnader för mark.", "Checken täcker inte löpande kostnader."; not a share ("täcker inte hela kostnaden",
    // "… mer än 50 procent") nor a shortfall ("räcker inte")
    id: 'tacker-inte', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:det\s+)?(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd|check|stipendi)(?:et|en|um)?|medlen|pengarna)\s+(?:täcker|omfattar|inkluderar|innefattar|bekostar|finansierar)\s+(?:dock\s+|däremot\s+)?(?:inte|ej)\s+(?:heller\s+)?\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte|ej)\s+(?:heller\s+)?(?:hela|alla|mer|mindre|fler|högre|större|samtliga|fullt|full|kostnaderna\s+(?:fullt|helt))\b|\b(?:högst|procent|resten|hälften|del\s+av)\b|%/iu) }, { where: 'sentence', cue: OTHER_MONEY }],
    examples: ['Bidraget täcker inte kostnader för alkohol eller representation.', 'Stödet omfattar inte kostnader för mark.', 'Checken täcker inte löpande kostnader.'],
    counterExamples: ['Bidraget täcker inte hela kostnaden för projektet.', 'Stödet täcker inte mer än 50 procent av kostnaderna.', 'Bidraget täcker kostnader för alkohol.', 'Ansökan omfattar inte kostnader för mark.', 'Bidraget täcker inte alla kostnader, så räkna med egen insats.'],
  },
  {
    // (uses81) the costs named not eligible, the adjective before the noun, their kinds after "är": "Ej stödberättigande kostnader är till
    // exempel löpande drift och marknadsföring.", "Icke godtagbara kostnader är avskrivningar och reserver."; not a pointer ("… är markerade")
    id: 'ej-stodberattigande-kostnader-ar', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:exempel\s+på\s+)?(?:ej|inte|icke)[\s-]+(?:godkända|godtagbara|stödberättigande|stödberättigade|bidragsberättigande|bidragsberättigade|ersättningsbara)\s+(?:kostnader|utgifter)\s+(?:är|kan\s+vara)\s+(?!(?:markerade|angivna|listade|beskrivna|samlade|ändrade|följande)\b)\p{L}/iu),
    examples: ['Ej stödberättigande kostnader är till exempel löpande drift och marknadsföring.', 'Icke godtagbara kostnader är avskrivningar och reserver.', 'Exempel på ej stödberättigande kostnader är böter.'],
    counterExamples: ['Ej stödberättigande kostnader är markerade i budgetmallen.', 'Stödberättigande kostnader är lokalhyra och material.', 'Ej stödberättigande kostnader är följande:'],
  },
  {
    // (uses81) the grant given for one kind of thing, "dock ej" or "men inte" another after a comma: "Stiftelsen ger bidrag till planerade,
    // väl motiverade projekt, dock ej till redan genomförda projekt." (Lars Hiertas Minne, https://www.larshiertasminne.se/anslag/
    // bidrag-till-sociala-andamal-slojder); not a recipient, a time or a cap after it
    id: 'dock-ej-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:ger|beviljar|lämnar|stöder|stödjer|finansierar|ges|beviljas|lämnas|sökas|användas)\s[^.]{0,160}?,\s*(?:(?:dock|men)\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\s+(?!(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b|samma\b))\p{L}/iu),
    // (the finder reads the sentence with its "dock" before "ej" taken out, withoutNegationAdverbs: so "dock"/"men" may be absent)
    unless: [{ where: 'sentence', cue: sv(/,\s*(?:(?:dock|men)\s+)?(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|kommun(?:er)?|region(?:er)?|sökande|privatpersoner|personer|enskilda|stiftelser|parti(?:er)?)\b/iu) }],
    examples: ['Stiftelsen ger bidrag till planerade, väl motiverade projekt, dock ej till redan genomförda projekt.', 'Bidrag beviljas för material, men inte för löner.'],
    counterExamples: ['Stiftelsen ger bidrag till föreningar, dock ej till privatpersoner.', 'Bidrag beviljas för ett år, men inte för längre tid än så.', 'Stöd ges till projekt, dock ej för mer än tre år.', 'Bidrag beviljas för material och löner.'],
  },
  {
    // (uses81) the exclusion in a sentence of its own after the uses, the money understood: "Bidrag kan sökas till lokalhyror, material,
    // transporter, avgifter och förtäring etc. Dock ej till löner eller andra arvoden, …" (Högsby kommun, https://www.hogsby.se/Nyheter/
    // Foereningsbidrag-till-Integrationsprojekt); not a recipient, a time or a cap
    id: 'dock-ej-till-sentence', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:dock|men|däremot)\s+(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\s+(?!(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b|samma\b))\p{L}/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: sv(/^(?:dock|men|däremot)\s+(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:privatpersoner|personer|enskilda|medlemmar|deltagare|barn|elever)\b/iu) }],
    examples: ['Dock ej till löner eller andra arvoden.', 'Däremot inte för mat och dryck.'],
    counterExamples: ['Dock ej till privatpersoner.', 'Dock ej för mer än tre år i följd.', 'Dock ej till föreningar som har skulder.', 'Dock högst 10 000 kronor.'],
  },
  {
    // what one cannot get the grant for, named after it: "Exempel på sådant som man inte kan få projektstöd för är studentarbeten,
    // kurser eller intern föreningsverksamhet." (Malmö stad's projektstöd, diff q330)
    id: 'sadant-som-man-inte-kan-fa-stod-for', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:sådant|det|saker|kostnader|projekt)\s+som\s+(?:man|du|ni|vi)\s+(?:inte|ej)\s+kan\s+(?:få|söka)\s+\p{L}*(?:stöd|bidrag|medel)\s+(?:för|till)\s+(?:är|:)(?!\s*(?:markerade|ändrade|listade|angivna|beskrivna|uppräknade|samlade|nämnda|desamma|andra|inte)\b)/iu),
    // (never a sentence that points elsewhere or tells a change: "… är markerade med en stjärna i budgetmallen", "… är
    // ändrade från och med 2025", review70f E1, E2)
    examples: ['Exempel på sådant som man inte kan få projektstöd för är studentarbeten, kurser eller intern föreningsverksamhet.', 'Det som du inte kan söka bidrag för är löner och hyra.', 'Kostnader som ni inte kan få stöd till är resor och mat.'],
    counterExamples: ['Exempel på sådant som man kan få projektstöd för är konserter och festivaler.', 'Det finns projekt som man inte kan få stöd för.', 'Organisationer som man inte kan få bidrag för är politiska partier.', 'Kostnader som du inte kan få bidrag för är markerade med en stjärna i budgetmallen.', 'Det som ni inte kan söka bidrag för är ändrade från och med 2025.'],
  },
  {
    // (review71a: a cap, a count, a year or a period after the verb is a limit on the grant, not a use it bars: "Stöd lämnas inte för
    // mer än 50 procent av …", "Bidrag beviljas inte för längre period än ett år.", "Bidraget kan inte sökas för 2026 ännu.")
    // a förordning's rule with the money as the subject: "Bidraget får inte finansiera ekonomisk verksamhet …"
    id: 'far-inte-finansiera', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stöd|bidrag|medel|medlen|pengarna|statsbidrag)\p{L}*\s+(?:får|kan)\s+(?:inte|ej)\s+(?:heller\s+)?(?:finansiera|bekosta)\b(?!\s+(?:mer|fler|större|högre)\b)/iu),
    examples: ['Bidraget får inte finansiera ekonomisk verksamhet inom den egna organisationen.', 'Medlen får inte heller bekosta lokalhyra.'],
    counterExamples: ['Bidraget får inte finansiera mer än 50 procent av projektets totala kostnader.', 'Bidraget får finansiera ekonomisk verksamhet.', 'Kommunen får inte finansiera verksamheten med bidraget.'],
  },
  {
    // the cost as the subject: "Moms är inte en stödberättigande kostnad.", "Kostnader för mat och dryck är inte stödberättigande."
    id: 'ar-inte-stodberattigande', where: 'sentence', meaning: 'excluded', weight: 1,
    // (fresh77b: the costs named not godtagbara/ersättningsbara, with the noun, "Avskrivningar, nedskrivningar, hyresvärden eller reserver
    // eller andra kalkylerade poster utan kassaflöde är inte godtagbara kostnader.", dev 2308, STEA; a bare "… är inte godkänd." is an application's)
    cue: sv(/\b(?:är|räknas)\s+(?:inte|ej)\s+(?:som\s+)?(?:en\s+)?(?:(?:stödberättigande|bidragsberättigande)(?:\s+kostnad(?:er)?)?|(?:godtagbara?|ersättningsbara?|godkända?)\s+(?:kostnad(?:er)?|utgift(?:er)?))\s*[.!]?\s*$/iu),
    // (review72a: a recipient is no exclusion of uses, X16)
    // (review77a E1, E2: nor a pronoun for costs named in the sentence before, "Dessa räknas inte som godkända kostnader.", "Det är inte
    // godtagbara kostnader.": the sentence names no cost, and which costs it points back to is not safe to read)
    unless: [{ where: 'sentence', cue: sv(/^(?:privatpersoner|enskilda|personer|föreningar|organisationer|företag|sökande|kommuner|regioner|stiftelser)\b/iu) },
      { where: 'sentence', cue: sv(/^(?:det|detta|dessa|de|den|denna|sådana|sådant|sådan)\s+(?:är|räknas)\s/iu) }],
    examples: ['Moms är inte en stödberättigande kostnad.', 'Kostnader för mat och dryck är inte stödberättigande.', 'Avskrivningar, nedskrivningar, hyresvärden eller reserver eller andra kalkylerade poster utan kassaflöde är inte godtagbara kostnader.',
      'Kaffe och tilltugg till styrelsemöten räknas inte som ersättningsbara utgifter.', 'Lokalhyra i egna lokaler är inte en godkänd kostnad.'],
    counterExamples: ['Dessa räknas inte som godkända kostnader.', 'Det är inte godtagbara kostnader.', 'Ansökan är inte godkänd.', 'Föreningar som saknar stadgar är inte godkända sökande.', 'Kostnaderna är inte godtagbara kostnader förrän beslutet har fattats om stödet.', 'Sökande som har skulder hos Skatteverket är inte stödberättigande.', 'Föreningar utan stadgar är inte bidragsberättigande.', 'Kostnader för personal är stödberättigande.', 'Privatpersoner är inte stödberättigade.', 'Följande kostnader är inte stödberättigande:'],
  },
  {
    // the work, not the applicant, rules the grant out: "Stöd får inte lämnas om arbetet med åtgärden har inletts innan ansökan …"
    id: 'far-inte-lamnas-om-atgarden', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stats)?(?:stöd|bidrag)(?:et)?\s+(?:får|kan)\s+(?:inte|ej)\s+(?:heller\s+)?(?:ges|lämnas|beviljas)\s+om\s+(?:arbetet|åtgärden|åtgärderna|projektet|insatsen|insatserna|verksamheten)\b/iu),
    examples: ['Stöd får inte lämnas om arbetet med åtgärden har inletts innan ansökan enligt 9 § har kommit in eller om åtgärden genomförs för att uppfylla krav i lag eller annan författning.'],
    counterExamples: ['Stöd får inte lämnas om sökanden har skulder hos Kronofogdemyndigheten.', 'Stöd får lämnas om arbetet med åtgärden har inletts.'],
  },
  {
    // an adverb between the verb and the negation: "Medlen kan alltså inte användas till att finansiera ordinarie åtgärder …"
    id: 'far-adverb-inte-anvandas', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:alltså|därför|dock|således|heller)\s+(?:inte|ej)\s+(?:användas|gå)\s+(?:till|för)\b/iu),
    // (a form or tool as the subject bars no use of the money: "Blanketten från 2023 får inte användas för redovisning.", review71a)
    // (review73a N3, O9, O11: nor data, pictures or a hall, "Personuppgifterna får inte användas för andra ändamål")
    unless: [{ where: 'sentence', cue: sv(/\b(?:blankett|e-tjänst|mall|formulär|logotyp|webbplats|portal|bankid|inloggning)\p{L}*\b[^.]{0,40}?\b(?:kan|får)\s+(?:\p{L}+\s+)?(?:inte|ej)\s+(?:användas|gå)\b/iu) }, { where: 'sentence', cue: NOT_MONEY_SUBJECT }],
    examples: ['Medlen kan alltså inte användas till att finansiera ordinarie åtgärder inom statlig eller kommunal verksamhet.', 'Bidraget får dock inte användas för löner.'],
    counterExamples: ['Den gamla blanketten kan därför inte användas för ansökningar 2025.', 'Medlen kan alltså användas till att finansiera ordinarie åtgärder.', 'Medlen kan dock inte användas förrän beslut fattats.'],
  },
  {
    // the verb first, the negation leading: "Inte heller lämnas stöd eller bidrag för studieresor eller publiceringsbidrag"
    id: 'inte-heller-lamnas-bidrag-for', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:inte|ej)\s+(?:heller\s+)?(?:lämnas|ges|beviljas|utgår)\s+(?:[\p{L}-]+\s+){0,3}?(?:stöd|bidrag|medel|ersättning)\s+(?:för|till)\b/iu),
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Inte heller lämnas stöd eller bidrag för studieresor eller publiceringsbidrag', 'Inte heller ges bidrag till investeringar.'],
    counterExamples: ['Inte heller lämnas bidrag till organisationer som har skulder.', 'Inte heller behöver ni skicka in en budget.'],
  },
  {
    // the money the sentence's subject, the barred use after "men": "Kulturstipendiet är ett arbets-, rese- och studiestipendium och
    // beviljas för ett bestämt ändamål men ges inte till grundutbildning i konstnärligt område." (dev 2258, Härjedalen), "Bidraget kan
    // sökas för material men beviljas inte för löner."; not a recipient ("men ges inte till privatpersoner"), nor a time or a cap
    id: 'men-ges-inte-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^[\p{L}-]*(?:stipendi(?:et|er|erna|um)?|bidrag(?:et|en)?|stöd(?:et)?|medel|medlen|pengar(?:na)?)\s[^.]{0,160}?\bmen\s+(?:ges|beviljas|lämnas|utgår)\s+(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\b(?!\s+(?:(?:år\s+)?\d|(?:mer|fler)\s+än\b|högst\b|längre\b))/iu),
    // (review76b M1, M2: a late application, "… men ges inte för ansökningar som kommer in efter den 1 oktober", or a person, "… men ges
    // inte till samma person två år i rad", is no barred use)
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: sv(/\bmen\s+(?:ges|beviljas|lämnas|utgår)\s+(?:inte|ej)\s+(?:heller\s+)?(?:till|för)\s+(?:[\p{L}-]+\s+){0,2}?(?:samma|ansök\p{L}*|person(?:er)?|sökande|mottagare)\b/iu) }],
    examples: ['Kulturstipendiet är ett arbets-, rese- och studiestipendium och beviljas för ett bestämt ändamål men ges inte till grundutbildning i konstnärligt område.', 'Bidraget kan sökas för material men beviljas inte för löner.', 'Stödet täcker hyra men lämnas inte för mat och dryck.'],
    counterExamples: ['Bidraget kan sökas av föreningar men ges inte till privatpersoner.', 'Stipendiet delas ut årligen men beviljas inte för mer än ett år.', 'Bidraget beviljas för material men ges inte för 2025.', 'Bidraget söks i mars men beviljas inte för längre tid än ett år.',
      'Stödet beviljas löpande under året men ges inte för ansökningar som kommer in efter den 1 oktober.', 'Stipendiet delas ut varje år men ges inte till samma person två år i rad.'],
  },
  {
    // a subordinate clause's word order, the negation before the verb: "… att bidrag inte ges till forskning under grundutbildning"
    id: 'bidrag-inte-ges-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stöd|bidrag|medel|ersättning)(?:et|en)?\s+(?:inte|ej)\s+(?:heller\s+)?(?:ges|lämnas|beviljas|utgår)\s+(?:för|till)\b/iu),
    // (review72a: a partial grant is no exclusion, X12)
    unless: [{ where: 'sentence', cue: sv(/^(?:om|ifall|när)\s+(?:[\p{L}-]+\s+){0,2}?(?:stöd|bidrag|medel|ersättning)\p{L}*\s+(?:inte|ej)\b|\bför\s+hela\b/iu) }, { where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Upplysningsvis kan nämnas att bidrag inte ges till forskning under grundutbildning, utan det måste avse forskning efter akademisk examen på masternivå.', 'Om finansieringen helt eller delvis kommer från Europeiska unionen får stöd inte ges till mekanisk biologisk behandling av avfall.'],
    counterExamples: ['Om stöd inte beviljas för hela det sökta beloppet kan ni justera budgeten.', 'När bidrag inte ges för hela kostnaden meddelar vi det i beslutet.', 'Observera att bidrag inte ges till privatpersoner.', 'Upplysningsvis kan nämnas att bidrag ges till forskning under grundutbildning.'],
  },
  {
    // the costs not approved, named after "är": "Exempel på kostnader som inte godkänns är reseersättning och arvode till arrangörer"
    id: 'kostnader-som-inte-godkanns-ar', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:kostnader|utgifter)\s+som\s+(?:inte|ej)\s+(?:godkänns|godtas|ersätts|beviljas|är\s+(?:stöd|bidrags)berättigande)\s+är\b/iu),
    // (review72a: where the refused costs are marked names none, W1)
    unless: [{ where: 'sentence', cue: sv(/\bär\s+(?:markerade|angivna|listade|beskrivna|understrukna|samlade|ändrade)\b/iu) }],
    examples: ['Exempel på kostnader som inte godkänns är reseersättning och arvode till arrangörer och avlönade arrangörer.', 'Kostnader som inte ersätts är moms och representation.'],
    counterExamples: ['Kostnader som inte godkänns är markerade i beslutet.', 'Kostnader som inte ersätts är angivna i bilagan.', 'Kostnader som godkänns är lokalhyra och arvoden.', 'Kostnader som inte godkänns ska redovisas separat.'],
  },
  {
    // the money handed out as the verb's subject: "Bidrag delas inte ut till lön, arvode eller förlorad arbetsförtjänst."
    id: 'bidrag-delas-inte-ut-till', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/\b(?:stöd|bidrag|medel|pengar|stipendi\p{L}*|fondmedel|anslag)(?:et|en|na)?\s+(?:delas|betalas)\s+(?:inte|ej)\s+(?:heller\s+)?ut\s+(?:till|för)\b(?!\s+(?:(?:år\s+)?\d|(?:längre|kortare)\s+(?:period|tid)\b|(?:mer|fler|mindre|färre)\s+än\b|högst\b|ansökningar\b|ansökan\b))/iu),
    // (review72a: a payment rule about the account is no exclusion, X17)
    unless: [{ where: 'sentence', cue: sv(/\b(?:bank)?konto\p{L}*|\bbankgiro|\bplusgiro|\bswish/iu) }, { where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Bidrag delas inte ut till lön, arvode eller förlorad arbetsförtjänst.', 'Stipendier betalas inte ut för resor.'],
    counterExamples: ['Bidraget betalas inte ut till privata bankkonton, utan endast till föreningens bankgiro.', 'Stödet betalas inte ut till konton utomlands.', 'Bidrag betalas inte ut för ansökningar som kommit in för sent.', 'Bidrag delas ut till lön och arvode.', 'Bidrag delas inte ut till privatpersoner.'],
  },
  {
    // what the funder is not counted to pay for: "Årsmöten anses inte som bidragsberättigade och inte heller kostnader för inköp av fika"
    id: 'anses-inte-bidragsberattigade', where: 'sentence', meaning: 'excluded', weight: 1,
    note: 'one document: every example is from dev 562; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\b(?:anses|räknas)\s+(?:inte|ej)\s+(?:som\s+)?(?:bidrags|stöd)berättigade?\b(?!\s*:)/iu),
    // (review72a: late or faulty applications are no exclusion of uses, W2)
    unless: [{ where: 'sentence', cue: sv(/^(?:ansökningar|ansökningarna|ansökan|ansökningen)\b/iu) }, { where: 'sentence', cue: sv(/^(?:privatpersoner|enskilda|personer|föreningar|organisationer|företag|sökande|kommuner|regioner|stiftelser)\b/iu) }],
    examples: ['Årsmöten anses inte som bidragsberättigade och inte heller kostnader för inköp av fika, mat eller marknadsföring.'],
    counterExamples: ['Ansökningar som kommer in för sent anses inte bidragsberättigade.', 'Ansökan som saknar budget anses inte stödberättigad.', 'Föreningar som inte har årsmöte anses inte som bidragsberättigade.', 'Årsmöten anses som bidragsberättigade.'],
  },
  {
    // a foundation's habit: "Stiftelserna stöder normalt inte utgivning av böcker."
    id: 'stoder-normalt-inte', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:stiftelsen|stiftelserna|fonden|vi)\s+(?:stöder|stödjer|finansierar|bekostar)\s+(?:normalt\s+|vanligtvis\s+|i\s+regel\s+|dock\s+)?(?:inte|ej)\s+(?!heller\s+)(?:[\p{L}-]+)/iu),
    // (review72a: how to apply is no exclusion, X18)
    unless: [{ where: 'sentence', cue: sv(/\bansökningar\s+(?:på|via|per)\s+(?:papper|post|e-post|mejl)\b/iu) }, { where: 'sentence', cue: sv(/^(?:stiftelsen|stiftelserna|fonden|vi)\s+(?:stöder|stödjer|finansierar|bekostar)\s+(?:normalt\s+|vanligtvis\s+|i\s+regel\s+|dock\s+)?(?:inte|ej)\s+(?:privatpersoner|enskilda|personer|föreningar|organisationer|företag|kommuner|regioner|sökande)\b/iu) }],
    examples: ['Stiftelserna stöder normalt inte utgivning av böcker.', 'Fonden finansierar inte resor.'],
    counterExamples: ['Vi stödjer inte längre ansökningar på papper, använd e-tjänsten.', 'Fonden finansierar inte ansökningar via e-post, bara via portalen.', 'Stiftelserna stöder utgivning av böcker.', 'Stiftelsen stöder inte företag.'],
  },
  {
    // a kind of activity as the subject of a passive rule: "Toleransresor utan svarsbesök … får inte stöd."
    id: 'aktivitet-far-inte-stod', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:[\p{L}-]+\s+)?[\p{L}-]*(?:resor|projekt|aktiviteter|arrangemang|kostnader|läger|utbyten|investeringar)\b[^.]{0,100}?\s(?:får|ges|beviljas)\s+(?:inte|ej)\s+(?:något\s+)?(?:stöd|bidrag|medel)\b/iu),
    // (nor a late-application rule: "Projekt som kommer in efter 1 mars får inte stöd.", review71a E21)
    unless: [{ where: 'sentence', cue: sv(/\b(?:om|ifall|när)\b|\b(?:kommer|kommit|inkommer|inkommit)\s+in\b|\bför\s+sent\b/iu) }],
    examples: ['Toleransresor utan svarsbesök eller utan ungdomskontakter på resmålet får inte stöd.', 'Kommersiella arrangemang ges inte bidrag.'],
    counterExamples: ['Projekt som kommer in efter 1 mars får inte stöd.', 'Projektet får inte stöd om ansökan kommer in för sent.', 'Föreningar som inte redovisat får inte stöd.', 'Resor inom Sverige får stöd.'],
  },
  {
    // (uses87) what is not supported as the subject of a passive denial that ends the clause: "Primärt vinstbringande projekt stöds inte."
    // and "Resor och anskaffningar stöds i regel inte." (dev 1273, Kimitoön), "Rena driftsbidrag betalas inte ut och medel kan inte sökas
    // retroaktivt." (dev 2542, Ljusdal), "Driftsbidrag betalas normalt inte ut." (dev 2543, Arbrå-Undersvik vindkraftfond), "Föreningens
    // ordinarie verksamhet eller återkommande evenemang understöd inte, utan …" (dev 1249, the page's own spelling). The clause ends at
    // the denial: a condition or object after it ("… betalas inte ut om …", "… beviljas inte understöd", "… stöds inte längre") is none;
    // never a recipient, the grant or an amount itself, the application, or a browser as the subject
    id: 'np-stods-inte', where: 'sentence', meaning: 'excluded', weight: 1,
    cue: sv(/^(?:[\p{L}-]+,?\s+){1,8}?(?:stöds|understöds?|beviljas|betalas|finansieras|bekostas)\s+(?:(?:i\s+regel|normalt|generellt|heller)\s+)?(?:inte|ej)(?:\s+ut)?(?:\s*[.!;]?\s*$|\s*,\s+utan\b|\s+och\s+\p{L})/iu),
    unless: [{ where: 'sentence', cue: sv(/^(?:(?:beviljat|beviljade|hela|resterande|det|detta)\s+)?(?:(?:stats)?bidrag(?:et)?|stöd(?:et)?|medlen|medel|pengarna|beloppet|ersättningen|understöd(?:et)?|ansökan|ansökningar(?:na)?|\p{L}*betalning(?:en|ar|arna)?)\s/iu) },
      { where: 'sentence', cue: sv(/^(?:[\p{L}-]+\s+){0,3}?(?:privatpersoner|enskilda|personer|[\p{L}-]*förening(?:ar|en)?|[\p{L}-]*organisation(?:er|en)?|[\p{L}-]*företag(?:et)?|[\p{L}-]*klubb(?:ar|en)?|[\p{L}-]*förbund(?:et)?|[\p{L}-]*bolag(?:et)?|skolor|kommuner|regioner|studerande|sökande|ansökan|ansökningar(?:na)?|webbläsar\p{L}*|version(?:er)?)\b/iu) }],
    examples: ['Primärt vinstbringande projekt stöds inte.', 'Resor och anskaffningar stöds i regel inte.', 'Rena driftsbidrag betalas inte ut och medel kan inte sökas retroaktivt.', 'Driftsbidrag betalas normalt inte ut.',
      'Föreningens ordinarie verksamhet eller återkommande evenemang understöd inte, utan evenemanget bör vara ett nytt projekt för föreningen.'],
    counterExamples: ['Beviljat belopp betalas inte ut om en registrerad skatteskuld kvarstår.', 'Privatpersoner beviljas inte understöd.', 'Webbläsaren som du använder stöds inte av denna webbplats.', 'Alla versioner av Internet Explorer stöds inte längre.',
      'Bidraget betalas inte ut.', 'Ansökan beviljas inte om arrangemanget redan är genomfört.', 'Föreningar som saknar stadgar stöds inte.', 'Resor och anskaffningar stöds i regel.',
      // (review87b, constructed) a recipient named by a compound, a payment, an application after its modifier
      'Idrottsklubbar som saknar ungdomsverksamhet stöds inte.', 'Slutbetalningen betalas inte ut och föreningen får ett återkrav.', 'Sent inkomna ansökningar beviljas inte.'],
  },
];

/**
 * A sentence, wherever it stands, that states what the money may be used for: a regeringsbeslut's
 * "Pengarna får användas till …", a förordning's "Bidrag får även ges för kostnader för …". Read only
 * when a text has no uses section or uses list (the sentence is then the only statement of uses).
 */
/**
 * An unled bullet read as a rule of use (usesInSentences) only when the grant's own money opens it as the subject: Gullspång's
 * "• Stödet ska användas för marknadsföringsinsatser …" (dev 2252). Not a criterion ("I vilken mån bidraget kan användas till …"),
 * an application's contents ("En budget där det framgår att bidraget ska användas till …"), the agency's own task ("Förvaltningen
 * får använda medlen till administration"), another grant on the page ("Lokalbidraget får användas till hyra"), nor a past
 * project's own use after its name and sum ("Ås IF, 25 000 kronor. Bidraget ska användas till nya fotbollsmål."): review76b B1–B5.
 */
export const ITEM_RULES: ReadonlyArray<Cue<ListTopic>> = [
  {
    id: 'item-money-subject-rule', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:stödet|bidraget|statsbidraget|pengarna|medlen|stöd|bidrag|medel)\s+(?:får|kan|ska|skall)\s+(?:även\s+|också\s+|utöver\s+det\s+|endast\s+|bara\s+)?(?:användas|gå\s+till|täcka|sökas|ges|lämnas|beviljas)\b/iu),
    examples: ['Stödet ska användas för marknadsföringsinsatser och kan utöver det användas för lokalkostnader.', 'Bidraget får användas till hyra av lokal och teknik.', 'Stödet kan även användas för marknadsföring av arrangemanget.'],
    counterExamples: ['I vilken mån bidraget kan användas till att nå nya målgrupper.', 'En budget där det framgår att bidraget ska användas till arrangemanget.', 'Förvaltningen får använda medlen till administration av bidraget.', 'Lokalbidraget får användas till hyra av lokal.'],
  },
];

export const USE_RULES: ReadonlyArray<Cue<ListTopic>> = [
  {
    // the money handed out to cover costs, the costs named after: "Stöd delas i första hand ut för att täcka kostnader för arrangemangets
    // innehåll som exempelvis arvoden, reseersättningar, hyror …" (dev 2253, Härryda), "Bidraget ges för att täcka kostnader för hyra och
    // material."; not a share or a cap ("täcka högst 50 procent av kostnaderna"), nor a past round
    id: 'ges-for-att-tacka-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    // (review76b T1–T3: the money the sentence's subject, so neither "Inga medel ges för att täcka kostnader för mat" nor another
    // funder's "… vända sig till regionen, där stöd ges för att täcka kostnader för turnéer")
    cue: sv(/^(?:(?:stats)?stöd(?:et)?|(?:stats)?bidrag(?:et)?|medel|medlen|pengar(?:na)?)\s+(?:delas|ges|lämnas|betalas|beviljas)\s+(?:(?:i\s+första\s+hand|främst|huvudsakligen|endast|bara)\s+)?(?:ut\s+)?(?:(?:i\s+första\s+hand|främst|huvudsakligen|endast|bara)\s+)?för\s+att\s+täcka\s+(?:[\p{L}-]*kostnader|utgifter)\s+(?:för|i\s+samband\s+med)\b/iu),
    examples: ['Stöd delas i första hand ut för att täcka kostnader för arrangemangets innehåll som exempelvis arvoden, reseersättningar, hyror och kostnader för marknadsföring.', 'Bidraget ges för att täcka kostnader för hyra och material.', 'Medlen betalas ut för att täcka resekostnader för deltagarna.',
      'Statsbidrag lämnas för att täcka kostnader för avgiftsfria aktiviteter för barn.'],
    counterExamples: ['Stöd delas ut för att täcka högst 50 procent av kostnaderna.', 'Bidraget gavs förra året för att täcka kostnaden för lokalen.', 'Stödet delas ut i juni.', 'Bidraget räcker inte för att täcka kostnader för hela projektet.',
      'Inga medel ges för att täcka kostnader för mat och dryck.', 'Inget bidrag lämnas för att täcka kostnader för alkohol.', 'Föreningen kan också vända sig till regionen, där stöd ges för att täcka kostnader för turnéer.'],
  },
  {
    // costs given as examples of what may be applied for, the list after "är": "Exempel på kostnader föreningen kan ansöka om är gage
    // eller arvode …, hyra för lokal, hyra för teknik, marknadsföring, resekostnader." (dev 2254, Enköping), "Exempel på kostnader som
    // ni kan söka bidrag för är lokalhyra och material."; not those that cannot, nor a pointer ("… finns i riktlinjerna")
    id: 'exempel-pa-kostnader-ar', where: 'sentence', meaning: 'uses', weight: 1,
    // (uses81: "vad" or "sådant" for the costs, the reader getting or using the money, or the costs in the passive: "Exempel på vad ni kan
    // söka för är hyra av lokal …", "Exempel på sådant ni kan få pengar till är …", "Exempel på kostnader som kan ingå är lokalhyra …")
    cue: sv(/^exempel\s+på\s+(?:kostnader|utgifter|vad|sådant)\s+(?:som\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kan|får)\s+(?:(?:an)?söka|få|täcka|bekosta|finansiera|använda\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)(?:et|en|na)?|det|dem))\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)(?:et|en|na)?\s+)?(?:om\s+|för\s+|till\s+)?(?:är|kan\s+vara)\s+\p{L}|^exempel\s+på\s+(?:kostnader|utgifter|vad|sådant)\s+som\s+(?:[\p{L}-]*(?:bidrag|stöd|medel|pengar)(?:et|en|na)?\s+)?(?:kan|får)\s+(?:ingå|ersättas|täckas|godkännas|finansieras|bekostas|täcka|bekosta|finansiera)\s+(?:är|kan\s+vara)\s+\p{L}/iu),
    // (review76b E1, E2: the negation in the gap, "Exempel på kostnader som man inte kan söka för är mat och alkohol.")
    unless: [{ where: 'sentence', cue: sv(/^exempel\s+på\s+(?:kostnader|utgifter|vad|sådant)\s+(?:[\p{L}-]+\s+){0,3}?(?:inte|ej|aldrig)\b/iu) }],
    examples: ['Exempel på kostnader föreningen kan ansöka om är gage eller arvode, hyra för lokal, hyra för teknik, marknadsföring, resekostnader.', 'Exempel på kostnader som ni kan söka bidrag för är lokalhyra och material.', 'Exempel på utgifter du kan söka stöd till kan vara resor och kost.',
      'Exempel på vad ni kan söka för är hyra av lokal, arvoden till ledare och annonsering.', 'Exempel på sådant ni kan få pengar till är fröer och redskap.', 'Exempel på kostnader som kan ingå är lokalhyra, material och arvoden.', 'Exempel på vad bidraget kan täcka är resor och logi.'],
    counterExamples: ['Exempel på kostnader som inte kan sökas är löner och mat.', 'Exempel på kostnader ni kan söka för finns i riktlinjerna.', 'Exempel på kostnader som ni ska redovisa är lokalhyra och arvoden.', 'Exempel på kostnader föreningen har haft är hyra och el.',
      'Exempel på kostnader som man inte kan söka för är mat och alkohol.', 'Exempel på kostnader du ej kan söka bidrag för är löner och inventarier.',
      'Exempel på vad ni inte kan söka för är löner.', 'Exempel på kostnader som inte kan ingå är mat och dryck.', 'Exempel på vad ni kan söka för finns i riktlinjerna.', 'Exempel på vad föreningar har fått pengar till är en ny brygga.'],
  },
  {
    // (uses81) what the money covers, the costs named after "omfattar"/"täcker" with no modal: "Stödet omfattar kostnader för artistarvoden,
    // teknik och lokalhyra.", "Bidraget täcker kostnader för resor och logi.", a förordning's "6 § Stödet omfattar kostnader för projektering
    // …"; a share or a cap ("omfattar högst 50 procent av kostnaderna") is how much, not what (Leader Höga Kusten's "Stöd ges för
    // nedanstående utgifter …", https://llu.leaderhogakusten.se/vilka-utgifter-kan-ni-far-stod-for/, is the same rule as a lead)
    id: 'stodet-omfattar-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:det\s+)?(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd|check|stipendi)(?:et|en|um)?|medlen|pengarna)\s+(?:(?:kan|får|ska)\s+(?:även\s+|också\s+)?(?:omfatta|inkludera|innefatta)|omfattar|täcker|inkluderar|innefattar)\s+(?:även\s+|också\s+|bland\s+annat\s+|exempelvis\s+|till\s+exempel\s+)?(?:[\p{L}-]*kostnader|utgifter)\s+(?:för|i\s+samband\s+med|som\s+avser)\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:högst|maximalt|max|upp\s+till|procent|hälften|del\s+av)\b|%/iu) }, { where: 'sentence', cue: OTHER_MONEY }],
    examples: ['Stödet omfattar kostnader för artistarvoden, teknik och lokalhyra.', 'Bidraget täcker kostnader för resor och logi.', 'Stödet kan även omfatta kostnader för projektering.', 'Checken täcker utgifter för konsulttjänster.'],
    counterExamples: ['Stödet omfattar högst 50 procent av kostnaderna för projektet.', 'Bidraget täcker kostnader för lokalhyra upp till 10 000 kronor.', 'Stödet omfattar inte kostnader för mark.', 'Utlysningen omfattar kostnader för tre år.', 'Ansökan omfattar kostnader för personal.', 'Skolpengen täcker kostnader för undervisning.'],
  },
  {
    // (uses81) a förordning's rule naming the work the money pays for, the money as subject: "2 § Stöd får lämnas för att genomföra
    // energikartläggningar i små och medelstora företag.", "Bidrag får ges för att anordna kurser i svenska."; only a verb of doing or buying
    // (an aim, "för att stärka …", "för att främja …", is the grant's purpose, not a use), no cap, no denial
    id: 'far-lamnas-for-att-gora', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?:stats)?(?:bidrag|stöd)(?:et)?|medel)\s+(?:får|kan)\s+(?:även\s+|också\s+)?(?:lämnas|ges|beviljas)\s+för\s+att\s+(?:genomföra|anordna|arrangera|anställa|utbilda|fortbilda|köpa|anlita|bygga|anlägga|ordna|driva|inrätta|upprätta|ta\s+fram|utveckla\s+och\s+pröva|täcka\s+(?:[\p{L}-]*kostnader|utgifter)\s+för)\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:högst|maximalt|upp\s+till|procent)\b|%/iu) }],
    examples: ['Stöd får lämnas för att genomföra energikartläggningar i små och medelstora företag.', 'Bidrag får ges för att anordna kurser i svenska.', 'Statsbidrag får lämnas för att täcka kostnader för avgiftsfria aktiviteter.'],
    counterExamples: ['Stöd får lämnas för att stärka kommunernas arbete.', 'Bidrag får ges för att främja integration.', 'Stöd får inte lämnas för att genomföra åtgärder som krävs enligt lag.', 'Stöd får lämnas för att täcka högst 50 procent av kostnaderna.', 'Sökanden får lämnas för att genomföra kurser.'],
  },
  {
    // (uses81) the eligible costs named after "är": "Bidragsgiltiga kostnader är kallhyra, värmekostnader, el …" (Kumla kommun's lokalbidrag,
    // https://www.kumla.se/uppleva-och-gora/foreningar/bidrag/foreningsbidrag/lokal--och-anlaggningsbidrag.html), "Stödberättigande
    // kostnader är konsulttjänster och programvara."; not a definition ("… är kostnader som …"), a pointer or a denial
    id: 'bidragsgrundande-kostnader-ar', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?:de|exempel\s+på)\s+)?(?:godkända|godtagbara|bidragsgrundande|bidragsgilti?ga|bidragsberättiga(?:de|nde)|stödberättiga(?:de|nde)|ersättningsbara)\s+(?:kostnader(?:na)?|utgifter(?:na)?)\s+(?:är|kan\s+vara)\s+(?:till\s+exempel\s+|exempelvis\s+|bland\s+annat\s+|t\.\s?ex\.\s+)?(?!(?:inte|ej|markerade|angivna|listade|beskrivna|samlade|ändrade|följande|de|desamma|kostnader|utgifter|sådana|endast|bara)\b)\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:högst|maximalt|procent)\b|%/iu) }],
    examples: ['Bidragsgiltiga kostnader är kallhyra, värmekostnader och sophämtning.', 'Stödberättigande kostnader är konsulttjänster och programvara.', 'Exempel på godkända kostnader är lokalhyra och arvoden.'],
    counterExamples: ['Stödberättigande kostnader är kostnader som uppstått under projekttiden.', 'Godkända kostnader är markerade i budgetmallen.', 'Stödberättigande kostnader är inte moms.', 'Bidragsgrundande kostnader är högst 50 000 kronor per år.', 'Godtagbara kostnader är endast faktiska kostnader.'],
  },
  {
    // (uses81) the money as subject of what one may apply for, the costs named at once: "Bidrag kan sökas till lokalhyror, material,
    // transporter, avgifter och förtäring etc." (Högsby kommun, https://www.hogsby.se/Nyheter/Foereningsbidrag-till-Integrationsprojekt),
    // "Stöd kan sökas för resor och material."; only a cost noun after the preposition (COST_NOUNS), so neither where to send it ("… sökas
    // till kulturnämnden"), a time ("… till och med", "… för 2026") nor a recipient
    id: 'kan-sokas-till-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:(?:stats)?(?:bidrag|stöd)(?:et)?|medel|medlen)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:sökas|ansökas)\s+(?:till|för)\s+(?:bland\s+annat\s+|exempelvis\s+|till\s+exempel\s+)?(?:${alternation(COST_NOUNS).replace(/ /gu, '\\s+')}|lokalhyror|hyror|materialkostnader|transporter)\b`, 'iu')),
    // (nor the length or period of the work, "Bidrag kan sökas för insatser som är ett- eller tvååriga, det vill säga sträcker sig över
    // perioden 2024–2025.": when, not what)
    unless: [{ where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: sv(/\b(?:högst|maximalt|upp\s+till|procent)\b|%/iu) },
      { where: 'sentence', cue: sv(/\b(?:period(?:en|er)?|[\p{L}-]*åriga?|(?:19|20)\d\d|månader|veckor|löptid\p{L}*|sträcker\s+sig)\b/iu) }],
    examples: ['Bidrag kan sökas till lokalhyror, material, transporter och förtäring.', 'Stöd kan sökas för resor och material.', 'Medel kan även sökas för arvoden till föreläsare.'],
    counterExamples: ['Bidrag kan sökas till kulturnämnden.', 'Bidrag kan sökas till och med den 1 mars.', 'Stöd kan sökas för 2026.', 'Bidrag kan sökas för projekt av föreningar.', 'Bidrag kan inte sökas till lokalhyror.', 'Stöd kan sökas för kostnader upp till 50 000 kronor.',
      'Bidrag kan sökas för insatser som är ett- eller tvååriga, det vill säga sträcker sig över perioden 2024–2025.', 'Stöd kan sökas för projekt under 2026.'],
  },
  {
    id: 'pengarna-far-anvandas', where: 'sentence', meaning: 'uses', weight: 1,
    // (the money a compound of "peng" or "bidrag" too, and what its costs may cover: "Bygdepengen ska användas till omkostnader …",
    // "Bygdepengen kan täcka kostnader för porto, kuvert, kopiering, hyra av lokal …" dev 2194; "Aktivitetsbidraget får användas
    // till …"; a "-medel" or "-stöd" compound is not read so: hjälpmedel, livsmedel, kunskapsstöd and beslutsstöd are no money)
    cue: sv(/(?:\b(?:pengar(?:na)?|medel|medlen|stöd(?:et)?|anslaget|anslagsposten)|(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag(?:et)?|peng(?:en|ar|arna)))\s+(?:får|kan|ska|skall)\s+(?:även\s+|också\s+)?(?:användas\s+(?:till|för)\b|täcka\s+(?:[\p{L}-]*kostnader|utgifter)\s+för\b)/iu),
    // (review72a: the last day of use is no use, R1)
    // (review73a G1: data about the grant as the subject, "Uppgifter om lämnat stöd kan användas för statistik")
    unless: [{ where: 'sentence', cue: sv(/\banvändas\s+(?:för\s+utbetalning\s+)?till\s+och\s+med\b/iu) }, { where: 'sentence', cue: ADMIN_CEILING }, { where: 'sentence', cue: USE_QUESTION }, { where: 'sentence', cue: NOT_MONEY_SUBJECT }, { where: 'sentence', cue: OTHER_MONEY }],
    // ("ska" too, an older letter's "Medlen skall användas för finansiering av verksamhet på …")
    examples: ['Bygdepengen ska användas till omkostnader för lokalt utvecklingsarbete.', 'Bygdepengen kan täcka kostnader för porto, kuvert, kopiering, hyra av lokal, resekostnader, materialkostnader, kostnad för att bjuda in en föreläsare.', 'Aktivitetsbidraget får användas till ledarutbildning.', 'Byapengen kan täcka utgifter för möten.', 'Pengar får även användas till kurser i svenska.', 'Pengarna får användas till att kartlägga och beskriva framtida behov.', 'Medlen skall användas för finansiering av verksamhet på Sveriges Provnings- och Forskningsinstitut AB.', 'Anslaget får även användas för att finansiera förvaltningskostnader och utgifter för skadeutredningar m.m.'],
    counterExamples: ['Uppgifter om lämnat stöd kan användas för statistik och Regeringskansliets uppföljning.', 'Bidraget ska användas till och med den 31 december 2025.', 'Medel under anslagsposten får användas för utbetalning till och med den 31 december 2025.', 'Medlen får användas till och med utgången av 2026.', 'Medlen ska användas under 2024.', 'Medlen får inte användas till löner.', 'Bygdepengen kan täcka högst två tredjedelar av kostnaderna för mötet.', 'Bygdepengen får inte användas till lönekostnader.', 'Hjälpmedlen får användas till träning i hemmet.', 'Kunskapsstödet kan användas för att planera insatser.', 'Beskriv vad bygdepengen har använts till.', 'Skattepengarna ska användas till skola, vård och omsorg i första hand.', 'Skolpengen ska användas till undervisning och elevhälsa.', 'Föreningens egna pengar ska täcka kostnader för löner och administration.', 'Vad ska bygdepengen användas till?', 'Bidragsblanketten kan användas för alla bidrag.', 'Bidraget har använts till lokaler.', 'Högst 5 000 000 kronor av anslagspostens medel får användas för administrativa kostnader.', 'I ansökan ska ni beskriva vad bidraget ska användas till.', 'I slutrapporten ska ni redogöra för hur stödet ska användas för att nå målen framöver.'],
  },
  {
    // what the money goes to, as a rule: "Organisationsbidraget ska gå till organisationernas ordinarie verksamhet.",
    // "Bidraget kan till exempel gå till kostnader för opinionsbildande verksamhet"; who it goes to is no use
    id: 'bidraget-ska-ga-till', where: 'sentence', meaning: 'uses', weight: 1,
    // (uses81: the money by any of its words, "Pengarna kan gå till hyra av lokal, resor och marknadsföring.", "Checken kan gå till …";
    // Kungsbacka's "Bidraget ska vidareutveckla verksamheten" names an aim, no "gå till")
    cue: sv(/(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd|check|peng)(?:et|en|ar|arna)?|\b(?:medlen|medel))\s+(?:ska|kan|får)\s+(?:även\s+|också\s+)?(?:till\s+exempel\s+|exempelvis\s+|bland\s+annat\s+)?gå\s+till\s+(?!(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|kommun(?:er)?|region(?:er)?|stiftelser|länsstyrelse(?:r|rna)?|sökande|privatpersoner|mottagare|[\p{L}-]*(?:bankgiro|plusgiro|konto)\p{L}*)(?![\p{L}]))/iu),
    unless: [{ where: 'sentence', cue: OTHER_MONEY }],
    examples: ['Organisationsbidraget ska gå till organisationernas ordinarie verksamhet.', 'Bidraget kan till exempel gå till kostnader för opinionsbildande verksamhet, kansli, administration eller anställda.',
      'Pengarna kan gå till hyra av lokal, resor och marknadsföring.', 'Medlen får även gå till utbildning av ledare.', 'Landsbygdschecken kan gå till konsulttjänster.'],
    counterExamples: ['Bidraget ska gå till nybildade organisationer.', 'Stödet kan gå till kommuner i länet.', 'Bidraget ska gå till föreningens eget bankgiro eller plusgiro.', 'Bidraget kan inte gå till organisationens ordinarie verksamhet.',
      'Pengarna ska gå till föreningens konto.', 'Skolpengen ska gå till undervisning.', 'Pengarna kan inte gå till löner.'],
  },
  {
    // a cost the application (its budget) may include: "I ansökningen kan även ingå lokalkostnader."
    id: 'i-ansokan-kan-inga-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    note: 'one document: every example is from dev 1226; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/^I\s+(?:ansökan|ansökningen|budgeten|projektbudgeten)\s+(?:kan|får)\s+(?:även\s+|också\s+)?ingå\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*kostnader\b/iu),
    examples: ['I ansökningen kan även ingå lokalkostnader.'],
    counterExamples: ['I ansökan ska ingå en budget.', 'I ansökningen kan även ingå bilagor.', 'I ansökningen kan inte ingå lokalkostnader.'],
  },
  {
    // a regleringsbrev's post: "Medel under anslagsposten får användas för utgifter i enlighet med 3 a § förordningen …"
    id: 'medel-under-anslagsposten', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:Medel|Medlen)\s+(?:under|från|på)\s+(?:anslagsposten|anslaget)\s+(?:får|ska)\s+(?:endast\s+)?användas\s+(?:för|till)\b/iu),
    // (review72a: the last day of payment is no use, W4)
    unless: [{ where: 'sentence', cue: sv(/\b(?:för|till)\s+utbetalning\b|\btill\s+och\s+med\b/iu) }],
    examples: ['Medel under anslagsposten får användas för utgifter i enlighet med 3 a § förordningen om statsbidrag för upprustning av skollokaler.', 'Medel under anslagsposten ska användas för utgifter i enlighet med förordningen (2015:552) om statsbidrag för att rusta upp skollokaler.'],
    counterExamples: ['Medel under anslagsposten får användas för utbetalning till och med den 31 december 2025.', 'Medlen från anslaget får användas till och med utgången av 2026.', 'Medel under anslagsposten får inte användas för löner.', 'Medel under anslagsposten ska betalas ut i januari.'],
  },
  {
    // the money as subject of what one may apply for: "Bidraget kan sökas för att genomföra tidsbegränsade utvecklingsprojekt."
    id: 'kan-sokas-for-att', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:det\s+(?:[\p{L}-]+\s+)?)?(?:bidraget|bidrag|stödet|stöd|statsbidraget|medlen|medel)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:sökas|ansökas|rekvireras)\s+för\s+att\b/iu),
    examples: ['Bidraget kan sökas för att genomföra tidsbegränsade utvecklingsprojekt.', 'Det ekonomiska stödet kan sökas för att stärka det brottsförebyggande arbetet på lokal nivå.'],
    counterExamples: ['Bidraget kan sökas av kommuner.', 'Bidraget kan sökas för 2024.', 'Bidraget kan inte sökas för att täcka underskott.'],
  },
  {
    // an example of what one may apply for, the money as subject or the subject of a clause before
    // (the compound read from its word's start only: from every hyphen of a chain it was quadratic):
    // "Små bidrag kan ansökas t.ex. för evenemang …", "Bidraget riktar sig till …, och kan sökas exempelvis för utvecklingsprojekt …"
    id: 'kan-sokas-exempelvis-for', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/(?:(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd)(?:et|en)?|\b(?:medel|medlen|och))\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:sökas|ansökas)\s+(?:exempelvis|till\s+exempel|t\.\s?ex\.|bland\s+annat)\s+för\s+(?!(?:år\s+)?\d)(?!(?:[\p{L}-]+\s+){0,2}?(?:organisation|förening|kommun|region|privatperson))/iu),
    examples: ['Små bidrag kan ansökas t.ex. för evenemang avsedda för allmänheten.', 'Bidraget riktar sig till det fria kulturlivet i Uppsala län, och kan sökas exempelvis för utvecklings- eller samarbetsprojekt över kommungränser.'],
    counterExamples: ['Bidraget kan sökas av föreningar.', 'Bidraget kan inte sökas exempelvis för löpande drift.', 'Bidraget kan sökas till exempel för föreningar i länet.', 'Stödet kan sökas exempelvis för 2025.'],
  },
  {
    id: 'mottagaren-far-anvanda', where: 'sentence', meaning: 'uses', weight: 1,
    // (the money a compound of "peng" or "bidrag" too: "Kommuner som beviljats bonuspeng … kan använda bonuspengen för att ordna
    // tjänster …" dev 2204, "Föreningen får använda aktivitetsbidraget till …"; a "-bidrags-" tool, "bidragsportalen", is none)
    cue: sv(/\b(?:får|kan)\s+(?:även\s+|också\s+)?använda\s+(?:pengarna|medlen|stödet|pengar|medel|[\p{L}-]*bidraget|[\p{L}-]*peng(?:en|arna))\s+(?:till|för)\b/iu),
    // (review72a: an admin ceiling is a condition, not a use, R2)
    unless: [{ where: 'sentence', cue: sv(/\badministrat\p{L}*[^.]{0,60}?\b(?:högst|upp\s+till|maximalt)\b|\b(?:högst|maximalt)\b[^.]{0,80}?\badministrat/iu) }, { where: 'sentence', cue: OTHER_MONEY }],
    examples: ['En kommun får använda bidraget för att finansiera hälsosamtal som utförs i egen regi.', 'Regionerna kan även använda medlen till utbildning.', 'Kommuner som beviljats bonuspeng på grundval av ett beslut om kommunplatser kan använda bonuspengen för att ordna tjänster för personer som får internationellt skydd.', 'Föreningen får använda aktivitetsbidraget till ledarutbildning.', 'Byalaget kan använda byapengen till en gemensam grillplats.'],
    counterExamples: ['Kammarkollegiet får använda medlen för egna administrativa kostnader med högst 300 000 kronor.', 'Länsstyrelsen får använda medel för administration, dock högst 2 procent.', 'Kommunen får inte använda bidraget för lokalhyra.', 'Socialstyrelsen ska följa upp hur kommunerna använder bidraget.', 'Föreningen kan använda bidragsportalen för att söka bidraget.', 'Kommunen kan inte använda bonuspengen för löner.', 'Kommunen har använt bonuspengen till tolkning.', 'Familjer kan använda barnbidraget till att betala medlemsavgiften.', 'Du kan använda studiebidraget för att betala kursavgiften.'],
  },
  {
    // a förordning's rule: "Bidrag får även ges för kostnader för de utredningar som behövs …", "Stöd får lämnas för en åtgärd som …"
    id: 'bidrag-ges-for', where: 'sentence', meaning: 'uses', weight: 1,
    // the object any noun of what money pays for (COST_NOUNS), after "bland annat"/"exempelvis" too: "Bidrag kan beviljas
    // för löner och löneliknande förmåner." (dev 1258), "Stödet beviljas för bland annat arvode för artister, …" (dev 1195)
    // (a stipend as the money and a compound cost noun after "någon form av" too: "Stipendiet beviljas för någon form av
    // tilläggskostnader i studierna, t.ex. utlandspraktik, studieresor, seminarier." dev 2198, SFFI)
    cue: sv(new RegExp(String.raw`\b(?:(?:stats)?(?:bidrag|stöd)(?:et)?|stipendi(?:et|um|er|erna)?)\s+(?:(?:får|kan)(?:\s*,[^,.]{0,60},)?\s+(?:även\s+|också\s+)?)?(?:ges|lämnas|beviljas)(?:\s*,[^,.]{0,60},)?\s+för\s+(?:bland\s+annat\s+|exempelvis\s+|till\s+exempel\s+)?(?:${alternation(COST_NOUNS).replace(/ /gu, '\\s+')}|någon\s+form\s+av\s+[\p{L}-]*(?:kostnader|utgifter))\b`, 'iu')),
    // (review75c S1: costs up to a cap are the cap, no use: "Stipendium ges för kostnader upp till 20 000 kronor per person.")
    unless: [{ where: 'sentence', cue: sv(/\bför\s+(?:[\p{L}-]*kostnader|utgifter)\s+(?:upp\s+till|om\s+högst|på\s+högst|med\s+högst|högst|motsvarande)\b/iu) }],
    examples: ['Bidrag får även ges för kostnader för de utredningar som behövs för att den förebyggande åtgärden ska kunna vidtas.', 'Stöd får lämnas för en åtgärd som innebär att en ny anläggning anordnas.', 'Statsbidrag lämnas, om det finns medel, för kostnader för förebyggande åtgärder.', 'Bidrag kan beviljas för löner och löneliknande förmåner.', 'Stödet beviljas för bland annat arvode för artister, resekostnader för artister och kostnader för lokalhyra.', 'Stipendiet beviljas för någon form av tilläggskostnader i studierna, t.ex. utlandspraktik, studieresor, seminarier.', 'Stipendier kan beviljas för resekostnader i samband med kurser.'],
    counterExamples: ['Bidrag får inte ges för kostnader som redan täckts av annat statligt bidrag.', 'Stöd får lämnas till fastighetsägare.', 'Stöd enligt denna förordning får, i mån av tillgång på medel, lämnas för att åstadkomma utemiljöer.', 'Stödet beviljas inte för exempelvis arvode för arrangörer.', 'Bidrag beviljas för ett år i taget.', 'Stipendiet beviljas för ett år i taget.', 'Stipendiet beviljas för studerande som varit medlemmar i minst ett år.', 'Stipendium beviljas inte för någon form av resekostnader.', 'Stipendiet beviljas för någon form av studier utomlands.', 'Stipendium ges för kostnader upp till 20 000 kronor per person.'],
  },
  {
    // a regeringsbeslut's one sentence of uses: "… att fördela 37 miljoner kronor till regionerna för ändamålsenliga insatser som ska …"
    id: 'fordela-till-for-insatser', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:fördela|betala\s+ut)\s+[^.]{0,80}?\bkronor\s+till\s+(?:[\p{L}-]+\s+){1,4}?för\s+(?:ändamålsenliga\s+|särskilda\s+)?(?:insatser|åtgärder|arbete)\b/iu),
    examples: ['Regeringen uppdrar åt Socialstyrelsen att fördela 37 miljoner kronor till regionerna för ändamålsenliga insatser som ska öka förskrivningen av fysisk aktivitet på recept.'],
    counterExamples: ['Regeringen uppdrar åt Socialstyrelsen att fördela 100 000 000 kronor i statsbidrag till kommuner.', 'Regeringen uppdrar åt Socialstyrelsen att betala ut 143,5 miljoner kronor till kommunerna för att motverka ofrivillig ensamhet.'],
  },
  {
    // a call's sum and the activity it is for, the body announcing the call as subject (utlys84: dev 2448, Länsstyrelsen Stockholm,
    // "Länsstyrelsen i Stockholms län utlyser 621 000 kronor för att anordna kurser och utbildningar i syfte att utveckla små
    // företag …"): only a concrete activity's verb after "för att" (arranging, carrying out, training, hiring, building, buying,
    // restoring): an aim ("för att stärka …", "för att motverka …") is the purpose, no use; never a past call ("utlyste")
    id: 'utlyser-kronor-for-att-anordna', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/\butlyser\s+(?:totalt\s+|nu\s+)?\d[\d\s,]{0,12}(?:\s+(?:miljoner|miljarder|tusen))?\s+(?:kronor|kr)\s+(?:i\s+[\p{L}-]+\s+)?för\s+att\s+(?:anordna|arrangera|genomföra|utbilda|fortbilda|anställa|bygga|köpa|rusta|renovera|restaurera|inventera|producera|starta)\b/iu),
    examples: ['Länsstyrelsen i Stockholms län utlyser 621 000 kronor för att anordna kurser och utbildningar i syfte att utveckla små företag.', 'Regionen utlyser 2 miljoner kronor för att genomföra sommarlovsaktiviteter för barn.', 'Kommunen utlyser totalt 300 000 kr i projektmedel för att rusta upp samlingslokaler.'],
    counterExamples: ['Regionen utlyser 2 miljoner kronor för att stärka det civila samhället.', 'Länsstyrelsen utlyste 621 000 kronor för att anordna kurser.', 'Regionen utlyser medel för att anordna kurser senare i år.', 'Kommunen utlyser 300 000 kronor till föreningar.'],
  },
  {
    // a decision's payment for a concrete activity: "… att betala statsbidrag för att utbilda anställda inom kommunal äldreomsorg till undersköterskor"
    id: 'betala-bidrag-for-att-utbilda', where: 'sentence', meaning: 'uses', weight: 1,
    note: 'one document: every example is from dev 342; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\b(?:betala(?:\s+ut)?|utbetala|fördela)\s+(?:stats)?bidrag(?:et)?\s+för\s+att\s+(?:utbilda|fortbilda|vidareutbilda|anställa|anordna)\b/iu),
    examples: ['Regeringen uppdrar åt Socialstyrelsen att betala statsbidrag för att utbilda anställda inom kommunal äldrevård och -omsorg till vårdbiträden eller undersköterskor.'],
    counterExamples: ['Socialstyrelsen ska betala ut statsbidrag för att motverka ofrivillig ensamhet.', 'Socialstyrelsen ska betala statsbidrag till kommuner som utbildar personal.'],
  },
  {
    // the reader's own voice, the costs one may apply for: "Du kan söka för kostnader som har direkt koppling till kulturprojektets genomförande som teknikkostnader …"
    id: 'du-kan-soka-for-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:du|ni|man)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:an)?söka\s+(?:om\s+)?(?:(?:stats)?(?:bidrag|stöd|medel)(?:et)?\s+)?för\s+(?:kostnader|utgifter)\b/iu),
    examples: ['Du kan söka för kostnader som har direkt koppling till kulturprojektets genomförande som teknikkostnader, lokalkostnader, marknadsföring och arvode till föreläsare och artister.', 'Ni kan även söka bidrag för kostnader för lokalhyra.'],
    counterExamples: ['Du kan inte söka för kostnader som uppstått före beslut.', 'Kommunen kan söka bidrag för kostnader för skolskjuts.'],
  },
  {
    // (fresh77b) whoever is the subject, what they can get support for, the costs then their list: "En förening som driver egen anläggning
    // med regelbunden ungdomsverksamhet kan få stöd till kostnader för vatten och avlopp, sophämtning, el, värme …" (dev 2301, Region
    // Gotland), "Arrangören kan få bidrag för kostnader för hyra av lokal och ljudteknik.", "Ni kan också få ersättning för utgifter som
    // avser resor och logi." Not a cap on them, a pointer, nor a past grant ("har fått", "fick" are no "få")
    id: 'kan-fa-stod-till-kostnader', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:även\s+|också\s+)?få\s+(?:stöd|bidrag|ersättning|medel)\s+(?:till|för)\s+(?:[\p{L}-]*kostnader|utgifter)\s+(?:för|som\s+avser)\s+\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:högst|max(?:imalt)?|upp\s+till|procent|\d+\s*%)\b|%/iu) }, { where: 'sentence', cue: sv(/^(?:läs|se|kontakta|i\s+ansökan|i\s+redovisningen|i\s+budgeten)\b|\bhur\s+(?:du|ni|man|föreningen)\b/iu) },
      // (review77a R1–R4: nor a sentence that denies, by its subject or elsewhere: "Ingen förening kan få stöd till kostnader för alkohol",
      // "Studieförbund kan få stöd till kostnader för folkbildning genom Folkbildningsrådet och kan därför inte söka här.", "Stöd ges inte
      // till föreningar som redan kan få stöd till kostnader för lokaler genom …"; nor a condition, "Om ni kan få stöd till kostnader för
      // resor från annat håll ska ni söka där först.")
      { where: 'sentence', cue: sv(/\b(?:inte|ej|ingen|inga|inget|aldrig|varken)\b|^(?:om|ifall|även\s+om|när)\b|\b(?:om|ifall)\s+(?:du|ni|man|vi|föreningen|sökanden)\s+(?:redan\s+|också\s+|även\s+)?(?:kan|får)\s+få\b|\b(?:genom|från|hos|via)\s+(?:annat\s+håll|andra\s+(?:finansiärer|bidragsgivare|myndigheter)|en\s+annan\b)/iu) }],
    examples: ['En förening som driver egen anläggning med regelbunden ungdomsverksamhet kan få stöd till kostnader för vatten och avlopp, sophämtning, el, värme, olja eller bensin till maskiner, försäkring på fastighet och fordon, städmaterial samt för mindre underhåll.',
      'Arrangören kan få bidrag för kostnader för hyra av lokal och ljudteknik.', 'Ni kan också få ersättning för utgifter som avser resor och logi.'],
    counterExamples: ['Föreningen kan få stöd till kostnader för lokalhyra med högst 50 procent.', 'Läs mer om hur ni kan få stöd till kostnader för lokaler i riktlinjerna.', 'Föreningar som har fått stöd till kostnader för lokaler kan söka igen nästa år.',
      'I ansökan ska ni beskriva hur ni kan få stöd till kostnader för personal från andra finansiärer.', 'Ni kan inte få stöd till kostnader för mat.',
      'Ingen förening kan få stöd till kostnader för alkohol eller priser.', 'Om ni kan få stöd till kostnader för resor från annat håll ska ni söka där först.',
      'Studieförbund kan få stöd till kostnader för folkbildning genom Folkbildningsrådet och kan därför inte söka här.'],
  },
  {
    // (uses87) the reader or the applying club as subject, what one may apply for or get the grant for named at once: "Du kan söka
    // verksamhetsbidrag för utställningsverksamhet." (dev 1256, Kulturrådet), "Föreningar kan få bidrag för godkända hyreskostnader i
    // lokaler …" (dev 1276, Sölvesborg), "I Hudiksvalls Kommun kan du söka bidrag för kulturprojekt och evenemang." (dev 2544),
    // "Föreningen kan få bidrag för lokalhyra och kostnader för vatten …" (dev 2323, Malmö). The verb frame "söka/få <grant> för <what>":
    // not a time or a span ("för 2025", "för ett år i taget"), a cap, a recipient ("för sina medlemmar", "för barn"), an aim ("för att
    // stärka …"), a denial, a condition or a pointer
    id: 'agent-kan-soka-bidrag-for', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/\b(?:(?:du|ni|man|föreningen|föreningar|en\s+förening|arrangören|arrangörer|sökanden?)\s+(?:kan|får)|(?:kan|får)\s+(?:du|ni|man|föreningen|föreningar))\s+(?:även\s+|också\s+)?(?:(?:an)?söka|få)\s+(?:om\s+)?(?<![\p{L}\p{N}_-])\p{L}*(?:bidrag|stöd)(?:et)?\s+för\s+(?!(?:att|en|ett|två|tre|högst|max|maximalt|upp|minst|bara|endast|det|detta|dessa|den|dem|år|året|perioden|verksamhetsåret|kalenderåret|kvartal|din|ditt|dina|er|ert|era|sin|sitt|sina|varje|hela|samma|följande|medlemmar|barn|unga|ungdomar|deltagare|i|på|av|från|hos|inom|under|du|ni|man|vi|jag)\b)(?!\d)\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte|ej|ingen|inga|inget|aldrig)\b|^(?:om|ifall|även\s+om|när|läs|se|kontakta|hos|via)\b|\?\s*$|\b(?:hur|vad|vilka|vilket)\b[^.]{0,40}?\b(?:du|ni|man|föreningen)\s+(?:kan|får)\b|\b(?:kvartal|termin|säsong|halvår)\p{L}*|\b(?:högst|maximalt|upp\s+till|procent)\b|%/iu) }, { where: 'sentence', cue: TO_RECIPIENT }, { where: 'sentence', cue: OTHER_MONEY }],
    examples: ['Du kan söka verksamhetsbidrag för utställningsverksamhet.', 'Föreningar kan få bidrag för godkända hyreskostnader i lokaler och anläggningar som man bedriver regelbunden verksamhet i.',
      'I Hudiksvalls Kommun kan du söka bidrag för kulturprojekt och evenemang.', 'Föreningen kan få bidrag för lokalhyra och kostnader för vatten, värme, el, brandskydd och städning.'],
    // (… nor a heading "Utgifter du kan få stöd för" run together with the sentence under it, a hard-wrapped page: a pronoun opens
    // a new clause, never a use; field-perturbation wrap, dev 2303, found by the fresh-clone CI)
    counterExamples: ['Utgifter du kan få stöd för Du kan bara få stöd för utgifter som har fakturadatum.', 'Du kan söka bidrag för ett år i taget.', 'Föreningen kan få bidrag för 2025.', 'Du kan inte söka bidrag för löner.', 'Om du kan få bidrag för resor från annat håll ska du söka där först.',
      'Läs mer om hur du kan söka bidrag för din förening.', 'Du kan söka bidrag för att stärka demokratin i kommunen.', 'Föreningar kan få bidrag för sina medlemmar i åldern 7–20 år.',
      // (review87b, constructed) a question of a FAQ, another funder's office
      'Kan man söka bidrag för resor till tävlingar?', 'Hos Region Gävleborg kan du söka bidrag för större evenemang.',
      'Du kan söka stöd för högst tre projekt per år.', 'Föreningen kan få bidrag för lokalhyra med högst 50 procent.', 'Du kan söka bidrag för föreningar i länet.', 'Familjen kan få barnbidrag för varje barn.',
      'Det här avsnittet beskriver vilka kostnader ni kan få stöd för i ert projekt.', 'Alla bidragsberättigade föreningar kan ansöka om Lokalkostnadsbidrag för kvartal 4 (år 2021).',
      'Ja, om lokalen uppfyller villkoren för lokalkostnadsbidraget kan föreningen söka lokalkostnadsbidrag för detta.'],
  },
  {
    // (uses87) the grant as subject of what may be applied for, or given as an example, the activity named at once: "Bidrag kan sökas för
    // exteriör och interiör restaurering med traditionella material och metoder." (dev 2304, Länsstyrelsen Kronoberg), "Stöd kan sökas
    // för enskilda tidsbegränsade arrangemang …" / "Stöd kan t ex ges till arrangemang som stärker devisen …, arrangerande av
    // idrottstävling eller läger …" (dev 2300, Region Gotland). Where kan-sokas-till-kostnader needs a cost noun, this frame takes any
    // activity but only after "sökas för" or an example's "t ex ges till"; never a recipient, a time, a span, a cap, an aim or a denial
    id: 'bidrag-kan-sokas-for-verksamhet', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?:stats)?(?:bidrag|stöd)(?:et)?|medel|medlen)\s+(?:kan|får)\s+(?:även\s+|också\s+)?(?:(?:sökas|ansökas)\s+för|(?:t\s?ex|t\.\s?ex\.|till\s+exempel|exempelvis)\s+(?:ges|beviljas|lämnas)\s+till)\s+(?!(?:att|en|ett|två|tre|flera|högst|max|maximalt|upp|minst|bara|endast|år|året|perioden|verksamhetsåret|kalenderåret|kvartal|och|mer|fler|längre|samma|följande|medlemmar|barn|unga|ungdomar|deltagare|i|på|av|från|hos|inom|under)\b)(?!\d)\p{L}/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte|ej|ingen|inga|inget|aldrig)\b|\b(?:högst|maximalt|upp\s+till|procent)\b|%|\bhos\s+(?:länsstyrelsen|regionen|region|staten|[\p{L}-]+(?:verket|myndigheten|fonden))\b|\b(?:period(?:en|er)?|[\p{L}-]*åriga?|(?:19|20)\d\d|månader|veckor|[\p{L}-]*lov(?:et)?|klämdag\p{L}*)\b/iu) }, { where: 'sentence', cue: TO_RECIPIENT }],
    examples: ['Bidrag kan sökas för exteriör och interiör restaurering med traditionella material och metoder.', 'Stöd kan sökas för enskilda tidsbegränsade arrangemang som stärker Gotlands fritidsutbud och Gotland som mötesplats.',
      'Stöd kan t ex ges till arrangemang som stärker devisen Gotland – Idrottens ö, arrangerande av idrottstävling eller läger.'],
    counterExamples: ['Bidrag kan sökas för ett år i taget.', 'Stöd kan sökas för 2026.', 'Bidrag kan sökas för högst två projekt.', 'Bidrag kan sökas för föreningar i länet.', 'Stöd kan t ex ges till föreningar och studieförbund.',
      'Bidrag kan inte sökas för restaurering av kyrkor.', 'Bidrag kan sökas för att stärka föreningslivet.', 'Stöd kan sökas för insatser som är tvååriga.', 'Stöd kan ges till arrangemang som stärker fritidsutbudet.',
      'Bidrag kan sökas för bara ett ändamål per ansökningsblankett.', 'Stöd kan sökas för följande kostnader',
      'Bidrag kan sökas för vårens klämdagar, påsklov, sommarlov, höstlov och jullov.',
      // (review87b, constructed) a span, beneficiaries, another funder's office
      'Bidrag kan sökas för flera år i taget.', 'Bidrag kan sökas för barn och unga med funktionsnedsättning.', 'Stöd kan sökas för större investeringar hos Länsstyrelsen.'],
  },
  {
    // (uses87) a grant named by its "-medel" compound as the subject of what it may be used for: "Landsbygdsmedel kan användas till
    // investeringar och satsningar som …" (dev 1315, Härnösand), "Bygdemedlen kan exempelvis användas till att stärka samlingsplatser i
    // byn …" (dev 2542, Ljusdal). pengarna-far-anvandas leaves "-medel" compounds out (hjälpmedel, livsmedel are no money): here only
    // the compounds that name money handed out (MONEY_MEDEL), never a last day of use, a cap, a denial or a question
    id: 'bygdemedel-kan-anvandas-till', where: 'sentence', meaning: 'uses', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:${MONEY_MEDEL})\s+(?:kan|får|ska|skall)\s+(?:${USE_ADVERB}\s+)?användas\s+(?:till|för)\s+(?!och\s+med\b|fullo\b|fullt\b|senast\b|sista\b)\p{L}`, 'iu')),
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte|ej)\b|\b(?:högst|maximalt|upp\s+till|procent)\b|%/iu) }, { where: 'sentence', cue: USE_QUESTION }],
    examples: ['Landsbygdsmedel kan användas till investeringar och satsningar som i enlighet med kommunens tillväxtstrategi bidrar till den trygga och personliga livsmiljön.',
      'Bygdemedlen kan exempelvis användas till att stärka samlingsplatser i byn eller för reparationer eller investeringar i byggnader och anläggningar.', 'Projektmedlen får användas till lön för projektledare.'],
    counterExamples: ['Hjälpmedlen får användas till träning i hemmet.', 'Livsmedlen kan användas till matlagning.', 'Bygdemedlen får inte användas till löner.', 'Projektmedlen kan användas till och med den 31 december 2026.',
      'Utvecklingsmedlen kan användas till högst 50 procent av kostnaden.',
      // (review87b, constructed) a manner or a last day after "till"; a kommun's own investment budget is no grant
      'Projektmedlen ska användas till fullo under projekttiden.', 'Bygdemedlen ska användas till senast den 31 december 2026.', 'Investeringsmedlen ska användas till en ny sporthall i centrum.'],
  },
];

/**
 * (uses81) A table column header that names the role only beside its denied twin in the same header row: "Kan ingå | Kan inte ingå",
 * "Ingår | Ingår inte", "Stödberättigande | Ej stödberättigande", "Godkänns | Godkänns inte" over the costs, one per cell (a pair
 * Tillväxtverket's handbook writes out as "Kostnader som är stödberättigande" / "Kostnader som inte är stödberättigande",
 * https://tillvaxtverket.se/tillvaxtverket/sokfinansiering/handbocker/handbokforeuprojekt20212027/planera/3planeraerbudget/detharkannifastodfor.997.html).
 * Alone such a header says nothing ("Kan ingå" may head a group's members); the finder reads it only when the other header of the row
 * is the same words with "inte"/"ej" (pairedDenial). The header is the verb or the adjective alone, no object after it.
 */
export const PAIRED_USE_HEADERS: ReadonlyArray<Cue<'uses'>> = [
  {
    id: 'paired-eligibility-header', where: 'heading', meaning: 'uses', weight: 1,
    cue: sv(/^(?:(?:det\s+här|detta|sådant\s+som|kostnader\s+som|utgifter\s+som)\s+)?(?:(?:kan|får)\s+(?:ingå|godkännas|ersättas|täckas|stödjas|finansieras)|ingår|godkänns|ersätts|täcks|stöds|finansieras|är\s+(?:stöd|bidrags)berättiga(?:nde|de)|(?:stöd|bidrags)berättiga(?:nde|de)(?:\s+(?:kostnader|utgifter))?|godkända\s+(?:kostnader|utgifter)|godtagbara(?:\s+(?:kostnader|utgifter))?)\s*:?\s*$/iu),
    examples: ['Kan ingå', 'Ingår', 'Stödberättigande', 'Godkänns', 'Kostnader som kan ersättas', 'Det här kan ingå', 'Är stödberättigande'],
    counterExamples: ['Kan ingå i gruppen', 'Kan söka', 'Ja', 'Ingår i priset', 'Belopp', 'Kostnad'],
  },
];

const DENIAL_WORD = /(?<![\p{L}-])(?:inte|ej|icke)(?![\p{L}])-?/giu;

/** A header with its "inte"/"ej"/"icke" taken out, white space and case evened: "Kan inte ingå" → "kan ingå", "Ej stödberättigande" → "stödberättigande". */
export function withoutDenial(text: string): string {
  return text.replace(DENIAL_WORD, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * Whether a table header is one of a denied pair in its header row (PAIRED_USE_HEADERS): `denied` false asks for the permitted
 * header ("Kan ingå" beside "Kan inte ingå"), true for the denied one.
 */
export function pairedDenial(header: string, siblings: readonly string[], denied: boolean): boolean {
  const bare = withoutDenial(header);
  const isDenied = bare !== header.replace(/\s+/gu, ' ').trim().toLowerCase();
  if (isDenied !== denied || !says(PAIRED_USE_HEADERS, bare)) return false;
  return siblings.some((o) => o !== header && withoutDenial(o) === bare && (withoutDenial(o) !== o.replace(/\s+/gu, ' ').trim().toLowerCase()) !== denied);
}

/** Whether a lead introduces uses: a use row holds and nothing says it is excluded or not a use. */
export function leadsUses(lead: string): boolean {
  return says(USE_LEADS, lead) && !notUsesLead(lead);
}

/** Whether a lead rules its list out of the uses, even in a uses section. */
export function notUsesLead(lead: string): boolean {
  return says(NOT_USE_LEADS, lead) || says([EXCEPTION_TAIL_LEAD], lead) || says(OTHER_ROLE_LEADS, lead) || says(OFF_TOPIC_LEADS, lead) || says(HOW_TO_LEADS, lead) || says(CONDITION_LEADS, lead) || says(EXCLUDED_LEADS, lead) || says(EXCLUDED_HEADINGS, lead) || says(UNDERLAG_LEADS, lead);
}

/** A section heading over conditions: "Villkor för bidraget", "Krav som ställs", "Förutsättningar". */
export const CONDITION_HEADINGS: ReadonlyArray<Cue<'condition'>> = [
  {
    id: 'villkor-krav', where: 'heading', meaning: 'condition', weight: 1, cue: /villkor|krav som|förutsättning/iu,
    examples: ['Villkor för statsbidraget', 'Krav som ställs på mottagaren', 'Förutsättningar'],
    counterExamples: ['Vad kan ni använda statsbidraget till?', 'Vem kan söka?'],
  },
  {
    // a kommun page's criteria over their list: "Kriterier", "Kriterier för att söka bidrag"
    id: 'kriterier', where: 'heading', meaning: 'condition', weight: 1,
    cue: sv(/^(?:kriterier|bidragskriterier)(?:\s+för\s+(?:att\s+(?:söka|få|beviljas)\b.*|(?:[\p{L}-]*bidrag(?:et)?|stöd(?:et)?|aktiviteterna?)))?\s*:?$/iu),
    examples: ['Kriterier', 'Kriterier för att söka bidrag', 'Kriterier för bidraget:'],
    counterExamples: ['Kriterier för bedömning av ansökningar om kulturpris i Norden', 'Vem kan söka?'],
  },
];

/** A heading that forbids something on its own ("Dubbelfinansiering är inte tillåtet"): a condition, with the paragraph under it. */
export const NOT_ALLOWED_HEADINGS: ReadonlyArray<Cue<'condition'>> = [
  {
    id: 'inte-tillatet', where: 'heading', meaning: 'condition', weight: 1, cue: sv(/\b(?:är\s+)?(?:inte|ej)\s+tillåte?t\b/iu),
    examples: ['Dubbelfinansiering är inte tillåtet', 'Finansiering från andra statsbidrag ej tillåtet'],
    counterExamples: ['Tillåten användning', 'Detta är tillåtet'],
  },
];

/** Leads in a conditions section whose list is not conditions: underlag and examples. */
export const NOT_CONDITION_LEADS: ReadonlyArray<Cue<'not-condition'>> = [
  {
    id: 'underlag-exempel', where: 'line', meaning: 'not-condition', weight: 1, cue: /följande underlag|exempelvis|till exempel/iu,
    examples: ['Ansökan ska innehålla följande underlag:', 'Det kan till exempel vara:'],
    counterExamples: ['Mottagaren ska uppfylla följande:'],
  },
];

/**
 * A sentence that states a condition on its own: "En förutsättning för att …", "… är ett villkor",
 * "Kommunen ansvarar för att bidraget …", or a recipient (or its insatser) that "ska" or "måste".
 */
export const CONDITION_SENTENCES: ReadonlyArray<Cue<'condition'>> = [
  {
    id: 'forutsattning-for-att', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\b(?:[Ee]n|[Ee]tt|[Yy]tterligare ett|[Ee]tt annat)\s+(?:förutsättning|villkor)\s+för\s+att\b/u),
    examples: ['En förutsättning för att få statsbidrag är att kommunen har en plan.', 'Ett annat villkor för att få medel är en budget.'],
    counterExamples: ['Förutsättningarna för bidraget beskrivs nedan.'],
  },
  {
    id: 'ar-ett-villkor', where: 'sentence', meaning: 'condition', weight: 1, cue: sv(/\bär ett villkor\b/u),
    examples: ['Att redovisa i tid är ett villkor för nästa utbetalning.'],
    counterExamples: ['Villkoren finns i beslutet.'],
  },
  {
    id: 'ansvarar-for-bidraget', where: 'sentence', meaning: 'condition', weight: 1, cue: sv(/\bansvarar för att (?:stats)?bidraget\b/u),
    examples: ['Kommunen ansvarar för att statsbidraget används enligt förordningen.'],
    counterExamples: ['Socialstyrelsen ansvarar för att fördela medlen.'],
  },
  {
    id: 'mottagaren-ska', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:Regionen|Regionerna|Kommunen|Kommunerna|Mottagaren|Bidragsmottagaren|Organisationen|Föreningen|Projektet|De insatser|Regionens|Kommunens|Mottagarens|Organisationens|Föreningens)\b[^.]*\b(?:ska|måste)\b/u),
    examples: ['Mottagaren ska följa upp insatserna.', 'Kommunerna måste ha en handlingsplan.', 'Regionens kartläggning och nulägesanalys ska genomföras i enlighet med Socialstyrelsens metodstöd och mall.'],
    counterExamples: ['Socialstyrelsen ska följa upp insatserna.', 'Kommunerna kan söka stöd.'],
  },
  {
    id: 'kan-inte-soka', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^\p{Lu}[^.]*\b(?:kan|får)\s+(?:inte|ej)\s+(?:söka|ansöka|beviljas|tilldelas|få\s+(?:stats)?bidrag(?:et)?)\b/u),
    // the reader is told what they cannot do in a step, not who is barred: "Ni kan inte söka efter sista dag"
    unless: [{ where: 'sentence', cue: sv(/^(?:Ni|Du|Vi|Man)\b|\befter\s+(?:sista|den)\b/u) }],
    examples: ['Politiska partier och föreningar som tänkt ställa upp i allmänna val kan inte söka.', 'Statliga myndigheter får inte söka bidraget.', 'Personer anställda i Karlskoga kommun kan ej tilldelas stipendium för kommunal verksamhet.'],
    counterExamples: ['Ni kan inte söka bidraget efter sista ansökningsdag.', 'Bidrag kan inte gå till organisationens ordinarie verksamhet.'],
  },
  {
    // who the grant counts, defined: "En elev räknas som papperslös när den har fått avslag på sin asylansökan men …"
    id: 'raknas-som-nar', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:En|Ett)\s+(?:elev|barn|deltagare|sökande|person|medlem|förening|organisation|projekt)\s+räknas\s+(?:inte\s+)?som\s+[^.]{1,80}?\s(?:när|om|då)\s/u),
    examples: ['En elev räknas som papperslös när den har fått avslag på sin asylansökan men ändå uppehåller sig i Sverige.', 'En deltagare räknas som aktiv om hen deltar minst två gånger.'],
    counterExamples: ['Tiden räknas som arbetstid när den är schemalagd.', 'En elev räknas som papperslös.'],
  },
  {
    // late applications refused: "Skolverket avvisar ansökningar som kommer in efter sista ansökningsdatum."
    id: 'avvisar-sena', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\b(?:avvisa[rs]?|avslå[rs]?|behandla[rs]?\s+inte|prövas\s+inte)\s+(?:alla\s+)?ansökningar(?:na)?\s+som\s+(?:kommer|kommit|inkommer|inkommit|lämnas|skickas)\s+(?:in\s+)?(?:efter|för\s+sent)\b/iu),
    examples: ['Skolverket avvisar ansökningar som kommer in efter sista ansökningsdatum.', 'Myndigheten behandlar inte ansökningar som kommer in för sent.'],
    counterExamples: ['Skolverket avvisar ansökningar som saknar underskrift.', 'Ansökningar som kommer in efter sista dag kan beviljas.'],
  },
  {
    // … the applications first, refused outside the window: "Ansökningar som inkommer utanför ansökningsperioderna kommer att
    // avvisas." (Region Halland 2020, diff q276)
    id: 'sena-ansokningar-avvisas', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:\p{L}+\s+){0,2}?ansökningar(?:na)?\s+som\s+(?:kommer|kommit|inkommer|inkommit|lämnas|skickas)\s+(?:in\s+)?(?:för\s+sent|efter\s+(?:sista|ansökningstiden|ansökningsperioden)|utanför\s+(?:ansökningsperiod(?:en|erna)?|ansökningstid(?:en|erna)?))\s+(?:kommer\s+(?:att\s+)?(?:avvisas|avslås)|avvisas|avslås|kommer\s+inte\s+att\s+(?:behandlas|prövas)|behandlas\s+inte|prövas\s+inte)\b/iu),
    examples: ['Ansökningar som inkommer utanför ansökningsperioderna kommer att avvisas.', 'Ansökningar som lämnas in för sent behandlas inte.'],
    counterExamples: ['Ansökningar som kommer in efter sista dag kan beviljas.', 'Ansökningar som inkommer utanför ansökningsperioderna behandlas i nästa omgång.', 'Ansökningar som saknar underskrift kommer att avvisas.'],
  },
  {
    id: 'for-att-kravs-att', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^För\s+att\s[^.]*\b(?:söka|ansöka|få|beviljas|ta\s+emot)\b[^.]*\bkrävs\s+(?:det\s+)?att\b/u),
    examples: ['För att en organisation ska kunna ansöka om verksamhetsbidrag krävs att organisationen har som mål eller delmål att bidra till att främja psykisk hälsa.'],
    counterExamples: ['För att förbättra kvaliteten krävs att fler sjuksköterskor anställs.', 'Det krävs att organisationen har ett organisationsnummer.'],
  },
  {
    // what an applicant or its activity must meet to get the money: "För att erhålla bidraget ska gruppen bestå av minst 5 deltagare …"
    id: 'for-att-erhalla-ska', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^För\s+att\s+(?:erhålla|få|beviljas)\s+(?:stats)?(?:bidrag(?:et)?|stöd(?:et)?|medel|medlen)\s+(?:ska|skall|måste)\s/u),
    examples: ['För att erhålla bidraget ska gruppen bestå av minst 5 deltagare i åldrarna från 0 år till och med 20 år.', 'För att få stöd måste föreningen ha minst tio medlemmar.'],
    counterExamples: ['För att söka bidraget ska ni logga in i e-tjänsten.', 'För att få bidraget utbetalat krävs en rekvisition.'],
  },
  {
    // who may be granted the money, tied to a place: "Bidrag kan beviljas en ideell förening registrerad i Mariehamn."
    id: 'beviljas-registrerad-i', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:Stats)?[Bb]idrag(?:et)?\s+(?:kan|får)\s+(?:beviljas|lämnas\s+till|sökas\s+av)\s+(?:en\s+|ett\s+)?(?:[\p{L}-]+\s+){0,3}?(?:registrerad|registrerade|med\s+säte)\s+i\s+\p{Lu}/u),
    examples: ['Bidrag kan beviljas en ideell förening registrerad i Mariehamn.', 'Bidraget kan sökas av föreningar med säte i Laholms kommun.'],
    counterExamples: ['Bidrag kan beviljas för resor i Sverige.', 'Föreningen ska vara registrerad i Mariehamn.'],
  },
  {
    // the rules an activity grant counts a group or a visit by: "Gruppen skall bestå av minst 5 deltagare …",
    // "Gruppen ska ha minst 5 sammankomster under året.", "Aktiviteten ska ske i Mariehamn."
    id: 'gruppen-ska', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:Gruppen|Varje\s+grupp|Aktiviteten|Sammankomsten|Varje\s+sammankomst|Ett\s+besök|En\s+sammankomst|Deltagarna)\s+(?:ska|skall|måste)\s+(?:bestå\s+av|ha\s+minst|vara|ske|pågå)\b/u),
    examples: ['Gruppen skall bestå av minst 5 deltagare från Mariehamn.', 'Gruppen ska ha minst 5 sammankomster under året.', 'Aktiviteten ska ske i Mariehamn.', 'Varje grupp ska vara ledarledd.'],
    counterExamples: ['Gruppen träffas varje vecka.', 'Arbetsgruppen ska lämna en rapport.'],
  },
  {
    // changes to a funded project need the distributor's approval: "Förändringar ska dock meddelas och godkännas av Länsstyrelsen."
    id: 'andringar-godkannas-av', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:Förändringar|Ändringar)\b[^.]{0,80}?\b(?:ska|måste)\s+(?:dock\s+|alltid\s+)?(?:meddelas\s+(?:och\s+)?)?(?:godkännas|godkänns)\s+av\b/u),
    examples: ['Förändringar ska dock meddelas och godkännas av Länsstyrelsen.', 'Ändringar i projektplanen måste godkännas av Boverket.'],
    counterExamples: ['Förändringar i verksamheten kan behövas.', 'Ansökan ska godkännas av styrelsen.'],
  },
  {
    // how much of a study the grant may pay for: "Statsbidrag enligt 4 § 1 och 2 får lämnas för en utbildning som omfattar högst 14 dagar eller 112 timmar."
    id: 'far-lamnas-hogst-dagar', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:\d{1,3}\s?[a-z]?\s§\s+)?(?:Stats)?[Bb]idrag\b[^.]{0,80}?\bfår\s+lämnas\b[^.]{0,80}?\bhögst\s+\d+\s+(?:dagar|timmar|veckor|månader)\b/u),
    examples: ['Statsbidrag enligt 4 § 1 och 2 får lämnas för en utbildning som omfattar högst 14 dagar eller 112 timmar.', 'Bidrag får lämnas för högst 30 dagar per år.', '5 § Statsbidrag enligt 4 § 1 och 2 får lämnas för en utbildning som omfattar högst 14 dagar eller 112 timmar.'],
    counterExamples: ['Utbildningen omfattar högst 14 dagar.', 'Statsbidrag får lämnas med högst 9 700 kronor per månad.'],
  },
  {
    // the distributor may have to choose among the applications: "För att vi ska kunna uppnå detta kan vi bli tvungna att prioritera bland inkomna ansökningar."
    id: 'prioritera-bland-ansokningar', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\bprioritera\s+(?:bland|mellan)\s+(?:de\s+)?(?:inkomna\s+)?(?:ansökningar(?:na)?|projekt(?:en)?|sökande)\b/iu),
    examples: ['För att vi ska kunna uppnå detta kan vi bli tvungna att prioritera bland inkomna ansökningar.', 'Nämnden kan behöva prioritera mellan projekten.'],
    counterExamples: ['Vi prioriterar arbetet med barn.', 'Bland inkomna ansökningar fanns många projekt.'],
  },
  {
    // new rules for the grants adopted: "Kommunfullmäktige har antagit ett nytt föreningsstöd …"
    id: 'nya-regler-antagna', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\b(?:har\s+antagit|antog|har\s+beslutat\s+om)\s+(?:ett\s+|en\s+)?(?:nytt|nya)\s+(?:förenings|bidrags|kultur|fritids)?(?:stöd|bidrag|regler|regelverk|riktlinjer|bidragsregler|bidragsnormer)\b/iu),
    examples: ['Kommunfullmäktige har antagit ett nytt föreningsstöd i enlighet med förslag från M, SkuP och SD.', 'Nämnden antog nya bidragsregler i december.'],
    counterExamples: ['Kommunfullmäktige har antagit en ny budget.', 'Föreningen har antagit nya stadgar.'],
  },
  {
    // who goes first when the money does not reach all: "kommer Socialstyrelsen att prioritera de regioner som söker medel för kartläggning"
    id: 'prioriterar-sokande', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\bprioritera[rs]?\s+(?:de\s+)?(?:regioner|kommuner|organisationer|föreningar|huvudmän|sökande|ansökningar|projekt)\s+som\b/iu),
    // a preference the text itself says binds no one is no condition
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte\s+(?:ett|något)\s+krav|inget\s+krav)\b/iu) }],
    examples: ['För bidragsåret 2023 kommer Socialstyrelsen att prioritera de regioner som söker medel för kartläggning och nulägesanalys.', 'Myndigheten prioriterar ansökningar som når barn i utsatta områden.'],
    counterExamples: ['Regionen ska prioritera arbetet med kompetensförsörjning.', 'Prioriterade områden är psykisk hälsa och suicidprevention.', 'Därför prioriteras projekt som utvärderas med ett lärosäte, men det är inte ett krav.'],
  },
  {
    // by when the funded work must be done: "Åtgärder som stöd söks för, och motprestationer, ska vara genomförda senast under 2029"
    id: 'ska-vara-genomforda-senast', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\bska\s+vara\s+(?:genomför|slutför|färdigställ|påbörja|avsluta)(?:da|de|d|t)\s+(?:senast|före|innan)\b/iu),
    examples: ['Åtgärder som stöd söks för, och motprestationer, ska vara genomförda senast under 2029.', 'Projektet ska vara avslutat senast den 31 december 2025.'],
    counterExamples: ['Åtgärderna kan vara genomförda under 2029.', 'Ansökan ska vara inskickad senast den 1 mars.'],
  },
  {
    // how much of the money may go to running the grant: "Av medlen får Boverket använda högst 1 500 000 kronor för administrativa kostnader"
    id: 'hogst-for-administration', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:Av|Från)\s+(?:medlen|anslaget|anslagsposten)\b[^.]{0,80}?\bhögst\s+\d[\d \u00a0]{0,15}(?:kronor|tkr|procent)\s+(?:av\s+medlen\s+)?(?:för|till)\s+(?:administrativa\s+kostnader|administration)\b/iu),
    examples: ['Av medlen får Boverket använda högst 1 500 000 kronor för administrativa kostnader.', 'Från anslagsposten får Kammarkollegiet använda högst 200 000 kronor för administration.'],
    counterExamples: ['Av medlen får 50 000 000 kronor användas för bidrag enligt 15 a § första stycket 1–3.', 'Bidraget får inte användas för administrativa kostnader.', 'Av medlen får Boverket använda högst 1 500 000 kronor för informationsinsatser.'],
  },
  {
    // the same ceiling with the amount first: "Högst 1 500 000 kronor får användas för att täcka Boverkets kostnader för administration av bidraget"
    id: 'hogst-far-anvandas-for-administration', where: 'sentence', meaning: 'condition', weight: 1, cue: ADMIN_CEILING,
    examples: ['Högst 1 500 000 kronor får användas för att täcka Boverkets kostnader för administration av bidraget.', 'Högst 5 000 000 kronor av anslagspostens medel får användas för administrativa kostnader.'],
    counterExamples: ['Högst 500 000 kronor får användas för lokalhyra.', 'Bidraget får användas för administrativa kostnader.'],
  },
  {
    // who may apply, limited to a county: "Verksamhetsbidrag kan sökas av ideella organisationer i Stockholms län, Skåne län och Västra Götalands län"
    id: 'sokas-av-i-lan', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:endast\s+|bara\s+)?(?:sökas|ansökas|beviljas|lämnas)\s+(?:av|till)\s+(?:[\p{L}-]+\s+){0,4}?(?:i|inom)\s+(?:[\p{L}-]+\s+){0,3}?län\b/iu),
    examples: ['Verksamhetsbidrag kan sökas av ideella organisationer i Stockholms län, Skåne län och Västra Götalands län för att bedriva målinriktad verksamhet.', 'Bidraget kan endast sökas av föreningar verksamma i Jönköpings län.'],
    counterExamples: ['Verksamhetsbidrag kan sökas av ideella organisationer.', 'Bidraget kan sökas av kommuner i hela landet.'],
  },
  {
    // money held back until a further decision: "Av tilldelade medel får 650 000 000 kronor användas först efter beslut av regeringen"
    id: 'anvandas-forst-efter-beslut', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\bfår\s+[^.]{0,60}?\b(?:kronor|tkr)\s+(?:[\p{L}-]+\s+){0,3}?användas\s+först\s+(?:efter|när)\b/iu),
    examples: ['Av tilldelade medel får 650 000 000 kronor användas först efter beslut av regeringen.', 'Av anslaget får 20 000 tkr disponeras och användas först efter att regeringen har beslutat om det.'],
    counterExamples: ['Av tilldelade medel får 650 000 000 kronor användas för bidrag.', 'Medlen får användas först under 2025.'],
  },
  {
    // who may not get the money, as a rule on the grant: "Bidrag får inte lämnas till politiska partier."
    // (what it may not pay for is an excluded use: "Bidrag lämnas inte till investeringar i byggnader")
    id: 'lamnas-inte-till-mottagare', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/^(?:\p{L}*(?:bidrag|stöd)(?:et)?|medel|medlen|ersättning(?:en)?)\s+(?:(?:får|kan)\s+(?:inte|ej)\s+(?:lämnas|beviljas|ges|betalas\s+ut)|(?:lämnas|beviljas|ges)\s+(?:inte|ej))\s+till\s+(?:[\p{L}-]+\s+){0,2}?(?:organisation(?:er)?|förening(?:ar)?|företag|stiftelser|parti(?:er)?|privatpersoner|enskilda\s+personer)\b/iu),
    examples: ['Bidrag får inte lämnas till politiska partier.', 'Bidrag lämnas inte till organisationer som har skulder hos Kronofogden.'],
    counterExamples: ['Bidrag lämnas inte till investeringar i byggnader.', 'Bidrag får lämnas till politiska partier.', 'Vi ger inte bidrag till privatpersoner.'],
  },
  {
    // who may apply, limited by what they are not: "… kan sökas av ideella föreningar eller stiftelser som inte är statliga eller kommunala"
    id: 'sokas-av-som-inte-ar', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:endast\s+|bara\s+)?(?:sökas|ansökas)\s+av\s+(?:[\p{L}-]+\s+){1,6}?som\s+(?:inte|ej)\s+är\b/iu),
    // diff q58 (Jämställdhetsmyndigheten) and dev 1679 (Isof 2021; left57's second phrasing)
    examples: ['Statsbidrag till jämställdhetsprojekt kan sökas av ideella föreningar eller stiftelser som inte är statliga eller kommunala.',
      'Bidrag kan sökas av organisationer och stiftelser som inte är statliga eller kommunala, och som utan vinstsyfte bedriver verksamhet i Sverige.'],
    counterExamples: ['Bidraget kan sökas av ideella föreningar.', 'Bidraget kan sökas av föreningar som är verksamma i länet.'],
  },
  {
    // guidelines the government set for the recipient in a decision of its own: "Regeringen har i särskilt beslut
    // angivit riktlinjer för Sveriges standardiseringsförbunds verksamhet för budgetåret 2014."
    id: 'riktlinjer-i-sarskilt-beslut', where: 'sentence', meaning: 'condition', weight: 1,
    note: 'one document: every example is from diff text q50; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\bi\s+(?:ett\s+)?särskil(?:t|da)\s+beslut\s+(?:angivit|angett|fastställt|beslutat\s+om)\s+(?:riktlinjer|villkor)\s+för\b/iu),
    examples: ['Regeringen har i särskilt beslut angivit riktlinjer för Sveriges standardiseringsförbunds verksamhet för budgetåret 2014.'],
    counterExamples: ['Regeringen har i särskilt beslut gett Kammarkollegiet i uppdrag att betala ut medlen.', 'Riktlinjer för verksamheten finns på webbplatsen.'],
  },
  {
    // who goes first, in the passive: "I enlighet med förordningen ska storstädernas socioekonomiskt utsatta områden särskilt prioriteras"
    id: 'ska-prioriteras', where: 'sentence', meaning: 'condition', weight: 1,
    cue: sv(/\bska\s+(?:[\p{L}-]+\s+){1,8}?(?:särskilt\s+)?prioriteras\b/iu),
    unless: [{ where: 'sentence', cue: sv(/\b(?:inte\s+(?:ett|något)\s+krav|inget\s+krav)\b/iu) }],
    examples: ['I enlighet med förordningen ska storstädernas socioekonomiskt utsatta områden särskilt prioriteras och med inriktning på lokaler för unga kvinnor och män.', 'Vid fördelningen ska projekt i glesbygd prioriteras.'],
    counterExamples: ['Regionen ska prioritera arbetet med kompetensförsörjning.', 'Vilka insatser som ska prioriteras beslutar regionen själv.', 'Projekt som utvärderas prioriteras, men det är inte ett krav.'],
  },
];

/** Sentences that say "ska" about reporting, repayment, underlag or the application: those have fields of their own. */
export const NOT_CONDITION_SENTENCES: ReadonlyArray<Cue<'not-condition'>> = [
  {
    id: 'own-field', where: 'sentence', meaning: 'not-condition', weight: 1,
    // an asylum application ("avslag på sin asylansökan") is no application for the grant
    cue: /återrapport|redovisa|återbetal|betala[s]? tillbaka|underlag|rekvisition|(?<!asyl)ansökan|^Läs mer|^Mer information|^Här hittar/iu,
    examples: ['Kommunen ska redovisa hur medlen har använts.', 'Mottagaren ska betala tillbaka medel som inte används.', 'Kommunen ska skicka in ansökan i e-tjänsten.'],
    counterExamples: ['Mottagaren ska följa upp insatserna.', 'En elev räknas som papperslös när den har fått avslag på sin asylansökan.'],
  },
];

/** A section's only paragraph that states the purpose ("Syftet med bidraget är …") is not a use. */
export const PURPOSE_PARAGRAPHS: ReadonlyArray<Cue<'not-uses'>> = [
  ...FURNITURE_PARAGRAPHS,
  {
    id: 'syfte', where: 'line', meaning: 'not-uses', weight: 1, cue: /^Syfte/iu,
    examples: ['Syftet med bidraget är att stärka föreningslivet.'],
    counterExamples: ['Bidraget kan gå till lokalhyra.'],
  },
  {
    // (fresh77b) a time limit on the costs under a uses heading names when, not what: "Du kan bara få stöd för utgifter som har
    // fakturadatum och betalningsdatum från och med den dag din ansökan om stöd kom in till myndigheten." (dev 2303, Jordbruksverket)
    // (or the proof the costs need, the same page cut early: "Du kan bara få stöd för utgifter som har faktura", dev 326)
    id: 'time-limit-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^[^.]{0,80}\b(?:bara|endast|enbart)\b[^.]{0,60}\b(?:utgifter|kostnader)\s+som\b[^.]{0,120}\b(?:faktura\p{L}*|betalningsdatum|betalats|kvitto\p{L}*|från\s+och\s+med|tidigast|efter\s+(?:att|det\s+att)|innan)\b/iu),
    examples: ['Du kan bara få stöd för utgifter som har fakturadatum och betalningsdatum från och med den dag din ansökan om stöd kom in till myndigheten.',
      'Ni kan endast få bidrag för kostnader som uppstått efter att ansökan kommit in.', 'Du kan bara få stöd för utgifter som har faktura', 'Stöd ges bara för utgifter som betalats tidigast samma dag som ansökan registrerades.'],
    counterExamples: ['Du kan bara få stöd för utgifter som avser material och resor.', 'Bidraget kan gå till kostnader som uppstår efter att projektet startat, till exempel lokalhyra.', 'Lokalhyra, arvoden och material.'],
  },
  {
    // (review77a H2, H3) a rule on the costs' payment or proof under a uses heading names when or how, not what: "Alla utgifter ska vara
    // betalda innan du ansöker om utbetalning.", "Kostnaderna ska kunna styrkas med kvitton i slutredovisningen."
    id: 'cost-proof-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:alla\s+|de\s+)?[\p{L}-]{0,30}(?:utgifter|kostnader)(?:na)?\s+(?:ska|skall|måste)\s+(?:kunna\s+)?(?:vara\s+(?:betalda|betald|bokförda|styrkta|verifierade)|betalas|styrkas|verifieras|bokföras|redovisas|vara\s+betalda)\b/iu),
    examples: ['Alla utgifter ska vara betalda innan du ansöker om utbetalning.', 'Kostnaderna ska kunna styrkas med kvitton i slutredovisningen.', 'Utgifterna måste vara bokförda hos er.'],
    counterExamples: ['Du kan få stöd för material och arvoden till hantverkare.', 'Kostnaderna ska avse lokalhyra och material.', 'Lokalhyra, arvoden och material.'],
  },
  {
    // (uses81) a cap or a share as the lone paragraph under a uses heading says how much, not what: "Vad kan stödet täcka?" / "Stödet kan
    // täcka högst 50 procent av kostnaderna, dock högst 10 000 kronor."
    id: 'cap-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^[^.]{0,80}?\b(?:högst|maximalt|max|upp\s+till|som\s+mest|som\s+högst)\s+(?:\d|hälften|en\s+tredjedel|två\s+tredjedelar)|^[^.]{0,80}?\b\d{1,3}\s*(?:procent|%)\s+av\s+(?:de\s+)?(?:[\p{L}-]*kostnader|utgifter|budgeten)/iu),
    examples: ['Stödet kan täcka högst 50 procent av kostnaderna, dock högst 10 000 kronor.', 'Bidraget täcker 75 procent av kostnaderna.', 'Ni kan få upp till 20 000 kronor.'],
    counterExamples: ['Lokalhyra, arvoden och material.', 'Hyra av lokal för upp till tre träffar och material.', 'Arvoden till föreläsare.'],
  },
  {
    // (uses81) a condition on the activity or the applicant as the lone paragraph under a uses heading: "Vad kan ni söka bidrag för?" /
    // "Verksamheten ska vara öppen för alla och drogfri." — what it must be, not what the money buys (Kungsbacka's "Utvecklingen ska leda
    // till att föreningen … tar stora utvecklingskliv" stands under its grant's aim, https://www.kungsbacka.se/Kommun-och-politik/
    // Bidrag-stipendier-och-utmarkelser/Bidrag/allmanna-regler-for-foreningsbidrag/sarskilt-bidrag-till-foreningar-och-grupper/)
    id: 'condition-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:verksamheten|föreningen|organisationen|aktiviteten|aktiviteterna|arrangemanget|arrangemangen|evenemanget|evenemangen|projektet|sökande(?:n)?|den\s+sökande|arrangören|deltagarna|utvecklingen)\s+(?:ska|skall|måste|bör)\s+(?:(?:också|även|alltid)\s+)?(?:vara|ha|följa|uppfylla|bedrivas|vända\s+sig|leda\s+till|genomföras\s+(?:i|inom|av|under)|äga\s+rum)\b/iu),
    examples: ['Verksamheten ska vara öppen för alla och drogfri.', 'Föreningen måste ha sitt säte i kommunen.', 'Arrangemanget ska äga rum i kommunen.', 'Projektet ska genomföras under 2026.'],
    counterExamples: ['Lokalhyra, arvoden och material.', 'Bidraget ska vara till för lokalhyra.', 'Projekt som utvecklar föreningens verksamhet.'],
  },
  {
    // (uses81) a definition of the eligible costs as the lone paragraph under their heading says which kind, not which costs:
    // "Stödberättigande kostnader" / "Stödberättigande kostnader är kostnader som är nödvändiga för projektet …", "Med godkända kostnader menas …"
    id: 'definition-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^[^.]{0,60}?\b(?:kostnader|utgifter)\s+(?:är|avser)\s+(?:de\s+|sådana\s+|endast\s+|bara\s+)?(?:faktiska\s+)?(?:kostnader|utgifter)\s+som\b|^med\s+[^.]{1,60}?\s(?:menas|avses)\b/iu),
    examples: ['Stödberättigande kostnader är kostnader som är nödvändiga för projektet och har uppstått under projekttiden.', 'Med godkända kostnader menas faktiska utgifter.', 'Godtagbara kostnader är endast faktiska kostnader som har betalats.'],
    counterExamples: ['Lokalhyra, arvoden och material.', 'Kostnader för lokalhyra och material.', 'Stödberättigande kostnader är konsulttjänster och programvara.'],
  },
  {
    // a pointer or a contact line under a uses heading names no use: "Läs mer i riktlinjerna för bidraget …" (review71a U4)
    id: 'pointer-paragraph', where: 'line', meaning: 'not-uses', weight: 1, cue: sv(/^(?:Läs|Se|Kontakta|Mer\s+information|Information\s+om|Frågor|Hör\s+av)\b/iu),
    examples: ['Läs mer i riktlinjerna för bidraget som du hittar längst ner på sidan.', 'Kontakta handläggaren om du är osäker.'],
    counterExamples: ['Lokalhyra, arvoden och material.', 'Seminarier och föreläsningar.'],
  },
  {
    // when to apply, under a uses heading: "Ansökningsperioden är 1–31 mars varje år." (review71a U5)
    id: 'when-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:Ansökningsperiod\p{L}*|Ansökningstid\p{L}*|Sista\s+(?:ansökningsdag\p{L}*|dag)|Ansök\s+senast|Du\s+kan\s+söka\s+(?:mellan|från|under))\b/iu),
    examples: ['Ansökningsperioden är 1–31 mars varje år.', 'Sista ansökningsdag är 1 mars.'],
    counterExamples: ['Arrangemang under sommaren.', 'Ansökningsavgifter till tävlingar.'],
  },
  {
    // a form's instruction under its question: "Vad ska projektstödet användas till?" / "Beskriv kortfattat, högst 200 tecken." (review72a S5–S7)
    id: 'form-instruction', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/^(?:Beskriv|Ange|Fyll\s+i|Skriv|Redogör|Kryssa|Markera|Svara)\b/iu),
    examples: ['Beskriv kortfattat, högst 200 tecken.', 'Ange vad bidraget har använts till.', 'Ange alla belopp i kronor inklusive moms.'],
    counterExamples: ['Arrangemang för barn och unga under sommarlovet.', 'Angelägna kulturprojekt i hela länet.'],
  },
  {
    // who may apply or when, as the lone paragraph under a uses heading (review76b H1, H2: "Vad kan vi söka evenemangsbidrag för?" /
    // "Bidraget söks senast sex veckor före evenemanget.", "Det här kan du söka bidrag för" / "Alla ideella föreningar … kan söka.")
    id: 'who-or-when-paragraph', where: 'line', meaning: 'not-uses', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:även\s+|också\s+)?(?:an)?söka\s*(?:(?:[\p{L}-]*(?:bidrag|stöd)(?:et)?|det)\s*)?[.!]?\s*$|\b(?:söks|ska\s+sökas|måste\s+sökas|ansökan\s+(?:ska|måste)\s+(?:vara\s+inne|ha\s+kommit\s+in|lämnas\s+in))\s+(?:senast|före|innan|löpande|två\s+gånger|en\s+gång)\b/iu),
    examples: ['Bidraget söks senast sex veckor före evenemanget.', 'Alla ideella föreningar som är registrerade i kommunen kan söka.', 'Föreningar med säte i kommunen kan söka bidraget.', 'Ansökan ska vara inne senast 1 mars.'],
    counterExamples: ['Arrangemang under sommaren.', 'Hyra av lokal och teknik som föreningen behöver för evenemanget.', 'Kostnader för arrangemang som föreningar kan söka stöd för hos andra finns inte med.'],
  },
];
