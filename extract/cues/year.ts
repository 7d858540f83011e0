import { sv } from '../parse/unicode.js';
import { globalCopy } from '../../specs/regex.js';
import { alternation, KRONOR_SCALE, KRONOR_SUM, KRONOR_UNIT, MONTHS } from './lexicon.js';
import type { Cue } from './types.js';

// Phrases that state a grant year. Each pattern's first group is the year; a finder runs it over
// every sentence (a copy with the g flag) and keeps the year. A `grant-year` row names the grant
// year outright ("bidragsår 2024", "budgetåret 2020", "2026 års statsbidrag"); a `money-year` row
// only ties money to a year ("medel för 2025", "Medlen ska utbetalas under 2021") and is heeded
// when no grant-year row names one. Money told in the past tense ("beviljades … 2019") is last
// year's: money-year rows do not hold in such a sentence.

const Y = String.raw`((?:19|20)\d{2})`;
/** a year that is one of two or more ("2024 och 2025", "2018–2019", "2018/19") names no single year */
const NOT_A_RANGE = String.raw`(?!\s*(?:och|[-–/])\s*(?:19|20)\d{2})`;
/** a year read as "one year" that is a genitive ("2023 års underskott": that year's costs, not the grant's) or opens a span "till och med" */
const NOT_A_GENITIVE_OR_SPAN = String.raw`(?!\s*års?\b|\s*(?:till|t\.\s?o\.\s?m\.)(?![\p{L}]))`;
/** the first nine months: a decision in them is on the same year's money (see beslut-om-beviljande-manad-ar) */
const MONTHS_JAN_SEP = String.raw`(?:januari|februari|mars|april|maj|juni|juli|augusti|september)`;
/** what there is to apply for, then the year applied for: "att söka för 2022", "att söka kulturcheckar för 2024", "att ansöka om bidrag för år 2025" */
const ATT_SOKA_FOR_AR = sv(new RegExp(String.raw`\batt\s+(?:an)?söka\s+(?:om\s+)?(?:[\p{L}-]+\s+){0,2}?för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu'));
const PAST = { where: 'sentence', cue: sv(/\b(?:beviljade|beviljades|beviljats|fick|fördelades|delades|betalades|utbetalades|hade|var)\b/iu) } as const;

/**
 * A sentence that says no money will be given out in the year it names ("Under 2020 kommer dock inga stipendier att
 * delas ut ur … donation", dev 1294): a pause, the year of no round at all — never the grant year.
 */
const NONE_GIVEN = { where: 'sentence', cue: sv(/\bkommer\s+(?:dock\s+|därför\s+|tyvärr\s+|alltså\s+)?(?:inga|inget|ingen)\s+\p{L}/iu) } as const;

/**
 * A sentence that says information about a round will be published later ("Information om årligt
 * projektbidrag för 2019 kommer att läggas ut på den här sidan"): the year is the next round's, not
 * this text's.
 */
// a sentence about the next year's round ("Inför nästa år: …", "… för nästa års verksamhet"): its year is that round's, not the
// page's (review69 nf1, bb2)
const NEXT_YEARS = { where: 'sentence', cue: sv(/\b(?:nästa|kommande|följande)\s+(?:år|års|verksamhetsår)(?![\p{L}-])/iu) } as const;
const ANNOUNCED = { where: 'sentence', cue: sv(/\b(?:kommer\s+(?:att\s+)?(?:läggas\s+ut|publiceras|annonseras)|läggs\s+ut\s+(?:här|på)|publiceras\s+(?:här|senare|på\s+(?:den\s+här|denna)\s+sida))\b/iu) } as const;

/** A section of past rounds, statistics, news or archive: a round heading under it names no grant year (review52 a3, a4, a8);
 * defined up here so that ansokan-ars-medel can use it too (review75d A4). */
const PAST_ROUNDS_SECTION = { where: 'heading', cue: sv(/(?<![\p{L}-])(?:tidigare|arkiv\p{L}{0,6}|statistik|nyheter|nyhetsarkiv|historik|avslutade|inställda)(?![\p{L}-])/iu) } as const;

export type YearMeaning = 'grant-year' | 'money-year';

export const YEAR_PHRASES: ReadonlyArray<Cue<YearMeaning>> = [
  {
    // not a past year's round told in the past ("Under stipendieåret 2019 delades 30 stipendier ut", on a page for the
    // next round)
    id: 'bidragsar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST],
    // a stipend's year too: "För stipendieåret 2019 gäller följande tidsplan" (dev 1429, whose deadlines lie in 2018)
    cue: sv(new RegExp(String.raw`\b(?:bidragsår|verksamhetsår|stipendieår)(?:et)?\s+${Y}(?!\s*(?:och|[-–/])\s*(?:(?:19|20)\d{2}|\d{2}\b))`, 'iu')),
    examples: ['Ansökan avser bidragsår 2024.', 'för verksamhetsåret 2023', 'För stipendieåret 2019 gäller följande tidsplan'],
    // … not a year that spans two (a school or academic year: "stipendieåret 2019/2020", "verksamhetsåret 2023/24")
    counterExamples: ['Statsbidraget gäller för bidragsår 2024 och 2025.', 'Stipendieåret 2019 och 2020 har samma regler.', 'Ansökan avser stipendieåret 2019/2020.', 'Bidraget gäller verksamhetsåret 2023/24.',
      'Under stipendieåret 2019 delades 30 stipendier ut till elever och lärare.'],
  },
  {
    // the round named by its year, also an application round's (dev 1177): "Ansökningsomgången för 2018 är avslutad"
    id: 'bidragsomgang', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [ANNOUNCED],
    cue: sv(new RegExp(String.raw`\b(?:bidrags|ansöknings)omgång(?:en)?\s+(?:för\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Inför bidragsomgången 2018 har reglerna ändrats.', 'Ansökningsomgången för 2018 är avslutad och beslut har skickats ut.'],
    counterExamples: ['Bidragsomgången är stängd.', 'Ansökningsomgången för 2018 och 2019 är avslutad.', 'Information om ansökningsomgången för 2019 kommer att publiceras här.'],
  },
  {
    // a regleringsbrev's own year: "Regleringsbrev för budgetåret 2020 avseende anslag 1:5"
    id: 'budgetaret', where: 'sentence', meaning: 'grant-year', weight: 2, cue: sv(new RegExp(String.raw`\bbudgetåret\s+${Y}\b`, 'iu')),
    examples: ['Regleringsbrev för budgetåret 2020 avseende anslag 1:5', 'Ansökan kan i första hand avse åtgärder under perioden 2018 och 2019, men ersättning kommer beviljas och utbetalas under budgetåret 2018.'],
    counterExamples: ['Regleringsbrev för innevarande budgetår'],
  },
  {
    id: 'budgeten-for', where: 'sentence', meaning: 'grant-year', weight: 2, cue: sv(new RegExp(String.raw`\bbudgeten\s+för\s+${Y}\b`, 'iu')),
    examples: ['I budgeten för 2025 finns medel avsatta.'],
    counterExamples: ['I budgetpropositionen för 2025 finns medel.'],
  },
  {
    // the genitive: "2026 års statsbidrag", "2021 års anslag", "2019 års utlysning" (not "2005 års nomenklatur")
    id: 'ars-genitive', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [ANNOUNCED],
    // … or the funding or project money by name, as what is applied for (review68): "Ansökningstiden för 2024 års forskningsfinansiering inleds den 14.8.2023" (dev
    // 2068, Varha: the window lies in the year before the money's)
    cue: sv(new RegExp(String.raw`\b${Y}\s+års\s+(?:statsbidrag|bidrag|medel|anslag|regleringsbrev|utlysning|bidragsomgång|ansökningsomgång|fördelning|satsning|ansökningstider|ansökningstid|ansökningsperiod)\b|\b(?:ansökningstiden|ansökningsperioden|ansökan|ansöka|söka|sök)\s+(?:för\s+|om\s+)?${Y}\s+års\s+(?:(?:forsknings|projekt)?finansiering|forskningsmedel|projektmedel)\b`, 'iu')),
    examples: ['Ansökan om 2026 års statsbidrag öppnar i mars.', 'Fördelningen av 2021 års anslag', '2019 års ansökningstider',
      'Ansökningstiden för 2024 års forskningsfinansiering inleds den 14.8.2023.', 'Nu kan du söka 2025 års projektmedel från regionen.', 'Ansökan om 2023 års projektfinansiering ska vara inne senast 1 oktober 2022.',
    ],
    counterExamples: ['Anslag och anslagsposter är angivna med 2005 års nomenklatur', 'Information om 2025 års utlysning kommer att publiceras på webbplatsen i höst.',
      'Ansökningstiden för 2024 års forskningsresor är kort.',
      // constructed (review68): the funding or project money by name only as what is applied for, not a past year's reported on
      'Resultaten av 2023 års forskningsfinansiering redovisas i en rapport.', 'Projekt som fick 2024 års projektmedel ska redovisa senast 31 januari 2025.'],
  },
  {
    // an application for a year's money named by a compound "-medel" word ("Ansökan avseende 2017 års bygdeavgiftsmedel ska …
    // vara registrerad … senast 31/1 2017", dev 2248, Vännäs; "Ansökan om 2025 års utvecklingsmedel", "Ansök om 2024 års
    // stimulansmedel senast …"): only under the application's own word and the money's compound (not "hjälpmedel",
    // "läkemedel", "livsmedel"), not a past round (PAST) nor one to be announced (h/forms75)
    // (… nor a round closed, past ("skulle lämnas") or still to open, nor one under a past rounds' heading: review75d A2–A4)
    id: 'ansokan-ars-medel', where: 'sentence', meaning: 'grant-year', weight: 2,
    unless: [PAST, ANNOUNCED, PAST_ROUNDS_SECTION, { where: 'sentence', cue: sv(/\b(?:stängd|stängt|stängde|avslutad|avslutat|skulle|öppnar|öppnas)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningar|ansöka|ansök|söka|sök)\s+(?:avseende|gällande|om|för|till)\s+${Y}\s+års\s+(?:[\p{L}]{0,12}(?:avgifts|bygde|projekt|utvecklings|stimulans|forsknings|fond|kultur|integrations|verksamhets))medel\b`, 'iu')),
    examples: ['Ansökan avseende 2017 års bygdeavgiftsmedel ska skickas till Länsstyrelsen i Västerbotten och vara registrerad i myndighetens diariesystem senast 31/1 2017.',
      'Ansökan om 2025 års utvecklingsmedel ska lämnas senast den 1 mars 2025.', 'Kommuner kan söka om 2024 års stimulansmedel fram till den 30 april 2024.'],
    counterExamples: ['Ansökan om 2024 års hjälpmedel görs hos regionen.', 'Ansökan om 2024 års läkemedelsförmån prövas av TLV.',
      'Ansökan avseende 2016 års bygdemedel var tvungen att vara inne senast 31/1 2016.', 'Information om ansökan till 2026 års utvecklingsmedel kommer att publiceras här.',
      'Redovisning av 2016 års bygdemedel ska lämnas senast 31/1 2017.', 'Projekt som fick 2024 års projektmedel ska redovisa senast 31 januari 2025.',
      'Ansökan om 2025 års utvecklingsmedel är nu stängd.', 'Ansökan om 2027 års kulturmedel öppnar den 1 oktober 2026.', 'Ansökan avseende 2019 års bygdeavgiftsmedel skulle lämnas senast 31/1 2019.'],
  },
  {
    // the genitive with one adjective or ordinal between ("2023 års statliga projektbidrag", dev 2132 MUCF; "efter 2023 års
    // andra ansökningsomgång", dev 2137 Brottsoffermyndigheten; calls70) or the kind of grant before "bidrag" ("2024 års
    // verksamhetsbidrag"). A qualified year's money is as often a past one reported on, repaid, decided or built on
    // (review70a Y1–Y5, constructed: "Redovisning av 2024 års verksamhetsbidrag ska lämnas samtidigt", "Resultatet av 2023
    // års andra ansökningsomgång finns på webbplatsen", "… som inte använt 2022 års statliga projektbidrag ska betala
    // tillbaka det", "Beslut om 2022 års extra bidrag fattades i maj 2022", "Reglerna bygger på 2019 års föreningsbidrag"),
    // so such a sentence is no grant year's
    id: 'ars-genitive-qualified', where: 'sentence', meaning: 'grant-year', weight: 2,
    unless: [ANNOUNCED, { where: 'sentence', cue: sv(/\b(?:redovis\p{L}*|återrapport\p{L}*|återbetal\p{L}*|betala\s+tillbaka|resultat(?:et|en)?|fattades|beslutades|bygger\s+på|utgår\s+från|använt|använts|beviljades|betalades|fick|fått|gällde)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b${Y}\s+års\s+(?:(?:(?:statliga|kommunala|regionala|ordinarie|första|andra|tredje|fjärde|nya|extra)\s+)(?:statsbidrag|(?:projekt|verksamhets|förenings|organisations)?bidrag|medel|anslag|utlysning|bidragsomgång|ansökningsomgång|fördelning|satsning)|(?:projekt|verksamhets|förenings|organisations)bidrag)\b`, 'iu')),
    examples: ['Ansökan till 2023 års statliga projektbidrag från regeringen har öppnat.', 'Omkring 150 organisationer får dela på pengarna efter 2023 års andra ansökningsomgång.',
      'Nu kan föreningar söka 2024 års kommunala verksamhetsbidrag.', 'Beslut om 2022 års första fördelning fattas i maj.'],
    counterExamples: ['Enligt 2023 års statliga budget minskar ramen.', '2022 års andra utredning om bidragen är klar.',
      // (review70a, constructed: a past year's money reported on, a past round's result, repaid, decided, built on)
      'Redovisning av 2024 års verksamhetsbidrag ska lämnas samtidigt.', 'Resultatet av 2023 års andra ansökningsomgång finns på webbplatsen.',
      'Organisationer som inte använt 2022 års statliga projektbidrag ska betala tillbaka det.', 'Beslut om 2022 års extra bidrag fattades i maj 2022.',
      'Reglerna bygger på 2019 års föreningsbidrag och gäller tills vidare.'],
  },
  {
    // the window of a grant named with its year, said to be open or closed now: "Ansökningsperioden för projektbidrag 2025
    // är nu stängd, och öppnar igen i början av 2026." (dev 1874; the next year is the next window's)
    id: 'ansokningsperioden-for-bidrag-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [ANNOUNCED],
    // … or given as its days, which lie in the year before the grant's: "Ansökningsperioden för verksamhetsstöd 2023 är 11 maj–1
    // juni 2022." (Malmö stad, diff q328; q329 the same a year on)
    cue: sv(new RegExp(String.raw`\bansöknings(?:perioden|tiden|omgången)\s+för\s+\p{L}*(?:bidrag|stöd|stipendi(?:er|um))(?:et|en)?\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+(?:(?:är|har)\s+(?:nu\s+)?(?:stängd|stängt|öppen|öppnat|öppnats|avslutad)\b|är\s+(?:den\s+)?\d{1,2}\s+(?:${alternation(Object.keys(MONTHS))})\b)`, 'iu')),
    examples: ['Ansökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026.', 'Ansökningstiden för verksamhetsstöd 2024 är öppen.',
      'Ansökningsperioden för verksamhetsstöd 2023 är 11 maj–1 juni 2022.', 'Ansökningstiden för projektbidrag 2025 är 1 oktober–15 november 2024.', 'Ansökningsperioden för arbetsstipendier 2021 är den 1 september till den 30 september 2020.'],
    counterExamples: ['Ansökningsperioden för projektbidrag 2025 öppnar i januari.', 'Ansökningsperioden för projektbidrag 2024–2025 är nu stängd.', 'Ansökningsperioden för projektbidrag 2024–2025 är 1 oktober–15 november 2023.',
      'Ansökningsperioden för projektbidrag 2025 är kort.'],
    // (a closed round's year is kept as the grant year: a page's own grant closed is the commonest reading, dev 1874, left57 and
    // vary59; review70c's ap1–ap3, a closed round beside another grant's or a later round's window, are left open)
  },
  {
    // also compounds: "organisationsbidraget för år 2023", "verksamhetsbidrag för 2024"
    // … never a grant denied for the year ("Regeringen har inte beslutat om något statsbidrag för 2026.", "Det blir inget lovbidrag
    // för 2026.", review73e R: a page whose last round was 2025 got 2026)
    id: 'bidrag-for', where: 'sentence', meaning: 'grant-year', weight: 2,
    unless: [ANNOUNCED, { where: 'sentence', cue: sv(/\b(?:inget|ingen|inga|något|några)\s+(?:[\p{L}-]{1,30}\s+)?[\p{L}-]{0,30}bidrag(?:et)?\s+för\s+(?:år\s+)?(?:19|20)\d{2}\b/iu) }],
    cue: sv(new RegExp(String.raw`\b\p{L}*bidrag(?:et)?\s+för\s+(?:år\s+)?${Y}\b`, 'iu')),
    examples: ['Ansök om organisationsbidraget för år 2023.', 'Verksamhetsbidrag för 2024', 'Verksamhetsbidrag för 2024 ges inte till privatpersoner.'],
    counterExamples: ['I budgetpropositionen för 2021 har medel tillförts.', 'Information om årligt projektbidrag för 2019 kommer att läggas ut på den här sidan senast 15 september.',
      'Regeringen har inte beslutat om något statsbidrag för 2026.', 'Det blir inget lovbidrag för 2026.', 'Kommunen har inte fått några nya statsbidrag för 2026 ännu.'],
  },
  {
    id: 'fordela-ar', where: 'sentence', meaning: 'grant-year', weight: 2,
    // … never a year with nothing given out (review70c fa1, constructed: "Under 2025 fördelar nämnden inga nya bidrag …")
    unless: [{ where: 'sentence', cue: sv(/\b(?:inga|inget|ingen|inte|ej)\b/iu) }],
    // (… and the present tense, year68: "Under 2018 fördelar vi totalt 2,5 miljarder kronor.", dev 1937, Kulturrådet)
    cue: sv(new RegExp(String.raw`\b(?:(?:under|för)\s+(?:år\s+)?${Y}\s+fördelar?|fördelas\s+(?:under|för)\s+(?:år\s+)?${Y}|under\s+(?:år\s+)?${Y}\s+fördelas)\b`, 'iu')),
    examples: ['Medlen som ska fördelas under 2025 är 40 miljoner kronor.', 'Under 2024 fördelas 30 miljoner kronor.', 'Under 2018 fördelar vi totalt 2,5 miljarder kronor.',
      // (year68 paraphrases, constructed)
      'Under 2025 fördelar nämnden 3 miljoner kronor till föreningslivet.', 'För 2024 fördelar regionen 800 000 kronor i kulturstöd.',
      // ("år" before the year, as regeringsbeslut write it: h/lexvar81, value-perturbation.ts year; constructed)
      'Regeringen ger myndigheten i uppdrag att under år 2025 fördela 20 miljoner kronor till regionerna.'],
    counterExamples: ['Medlen fördelas utifrån befolkningsmängd.', 'Under 2018 fördelade vi totalt 2,5 miljarder kronor.', 'Nämnden fördelar bidrag varje år sedan 2018.',
      'Under 2025 fördelar nämnden inga nya bidrag på grund av besparingar.', 'För 2026 fördelar regionen inte något kulturstöd.'],
  },
  {
    // the sum there is to give out, tied to its year after "att fördela": "det totala beloppet att fördela 2020 är 14 103 kr"
    // (dev 1555, Lerum), "Socialstyrelsen har 3 522 221 kronor att fördela för 2022" (dev 595); not a past year's ("hade")
    id: 'att-fordela-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // (… or the passive, the sum set aside "att fördelas 2018 till kommuner och landsting", dev 1967)
    // … only with the sum itself in the sentence (a sum or "beloppet"), never a genitive ("att fördela 2024 års …") nor a sum
    // still to be decided (review70c af1–af3, constructed: "Hur mycket kommunen har att fördela 2026 beslutas i budgeten",
    // "Återbetalda medel … finns att fördela 2026")
    cue: sv(new RegExp(String.raw`\batt\s+fördelas?\s+(?:för\s+|under\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b)`, 'iu')),
    also: { where: 'sentence', cue: sv(new RegExp(String.raw`${KRONOR_SUM}|\d\s?(?:miljoner|miljarder|euro)\b|\bbeloppet\b`, 'iu')) },
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:hur\s+mycket|beslutas|bestäms|fastställs|oklart|återbetal\p{L}*)\b|\binte\s+klart\b/iu) }],
    examples: ['Ansökan ska vara inskickad senast den 1 oktober till och det totala beloppet att fördela 2020 är 14 103 kr.', 'Socialstyrelsen har 3 522 221 kronor att fördela för 2022.',
      'Regeringen avsatte i budgetpropositionen för 2018 500 miljoner kronor att fördelas 2018 till kommuner och landsting som tar ett särskilt ansvar.', 'Regeringen har avsatt 40 miljoner kronor att fördelas under 2025 till regionerna.'],
    counterExamples: ['Vi hade 3 miljoner kronor att fördela 2019.', 'Myndigheten har 30 miljoner kronor att fördela under 2021–2023.', 'Det finns medel att fördela.', 'Regeringen har avsatt 90 miljoner kronor att fördelas 2024–2026 till regionerna.',
      'Hur mycket kommunen har att fördela 2026 beslutas i budgeten i november.', 'Återbetalda medel förs till anslaget och finns att fördela 2026.',
      'Hur många miljoner kronor nämnden har att fördela 2026 bestäms i november.', 'Nämnden får 2 miljoner kronor att fördela 2024 års sökande i efterhand.'],
  },
  {
    // the grant named by what it is for, its year last, ending the sentence (issue 12, h/dates87): "… följa upp en satsning på
    // statsbidrag till kommuner och regioner för förstärkta föräldraskapsstödjande insatser 2023." (dev 1716, Regeringen),
    // "Ansökan för bidrag för projekt och verksamhet 2022 är nu stängd." (dev 2283, a foundation), "… projektbidrag till
    // insatser för främjande av nationella minoritetsspråk 2023." (dev 2474, Folkbildningsrådet; it names 2024 too), "… ett
    // riktat bidrag till Sveriges kommuner under 2021." (dev 2159, 2027, two kommuner). Only a noun phrase between the grant
    // and the year: never a relative clause ("som startade 2019"), a day or a span, a month or a season ("hösten 2019"),
    // another year row's noun (verksamhets-/budget-/bidragsåret), nor a grant received, cancelled or reported on.
    id: 'bidrag-till-for-ar-sist', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, ANNOUNCED, NONE_GIVEN, NEXT_YEARS, { where: 'sentence', cue: sv(/\b(?:erhöll|erhållit|fått|ställs\s+in|inställ\p{L}*|redovis\p{L}*|återrapport\p{L}*|återbetal\p{L}*|betala\s+tillbaka|slutrapport\p{L}*)\b/iu) },
      // (review87a: a round already handed out or received, told in the past or perfect tense or by last year's adverb — "I fjol
      // delade nämnden ut bidrag till lovaktiviteter 2024.", "… tog emot 140 ansökningar om bidrag till kulturprojekt 2024.", a
      // decisions list's head "Beslutade bidrag till idrottsföreningar 2023" — and a grant said not to be given ("har inte avsatt
      // något stöd till … 2026"): never this text's year of the money)
      { where: 'sentence', cue: sv(/\b(?:tog\s+(?:\p{L}+\s+){0,2}?emot|tagit\s+emot|delade\s+(?:\p{L}+\s+){0,2}?ut|delat\s+ut|fördelade|fördelat|tilldelade|tilldelat|avsatte|beviljat|i\s+fjol|förra\s+året|föregående\s+år)\b|^\s*beslutade\s/iu) },
      { where: 'sentence', cue: sv(/\b(?:inte|ej)\s+(?:\p{L}+\s+){0,3}?(?:något|någon|några)\b|\b(?:inget|ingen|inga)\s+(?:\p{L}+\s+){0,2}?(?:bidrag|stöd|medel|pengar)\b/iu) }],
    cue: sv(new RegExp(String.raw`(?<![\p{L}-])\p{L}*(?:bidrag|stöd)(?:et)?\s+(?:till|för)\s+(?:(?!(?:som|vilka|där|då|när|efter|sedan|före|från|fram|tom|mellan|år|åren|den|perioden|är|var|blir|har|hade|kan|ska|skall|får|kommer|ges|görs|ingår|${alternation(Object.keys(MONTHS))}|våren|sommaren|hösten|vintern|vårvintern|höstterminen|vårterminen|\p{L}*år(?:et|en)?)(?![\p{L}-]))[\p{L}-]+\s+){1,8}?(?:under\s+)?${Y}(?!\s*(?:och|[-–‑/])\s*(?:19|20)?\d{2})(?!\s*års?\b)(?=\s*[.!]?\s*$|\s+(?:är|blir)\s)`, 'iu')),
    examples: ['Regeringen uppdrar åt myndigheten att betala ut och följa upp en satsning på statsbidrag till kommuner och regioner för förstärkta föräldraskapsstödjande insatser 2023.',
      'Ansökan för bidrag för projekt och verksamhet 2022 är nu stängd.', 'Regeringen har fattat beslut om ett riktat bidrag till Sveriges kommuner under 2021.',
      // (paraphrases, constructed)
      'Nu kan föreningar söka stöd till kulturarrangemang på landsbygden 2025.'],
    counterExamples: ['Bidraget går till föreningar som startade 2019.', 'Stöd för att öka kunskapen om havsmiljön 2014‑2020', 'Förening som erhöll verksamhetsbidrag för höstterminen 2019 behöver inte ansöka.',
      'Statsbidraget för entreprenörskap för huvudmän 2023 ställs in.', 'Om ni har fått bidrag för arbete med barn 2023 ska ni redovisa det senast den 1 september 2024.',
      'Kommunen beviljade bidrag till lovaktiviteter 2021.', 'Ansökan om statsunderstöd för dessa projekt öppnas senare under hösten 2019.', 'Bidrag till organisationer för budgetåret 2010',
      'Stöd till föreningar efter den 1 mars 2024.', 'Bidrag till lovaktiviteter 2024 och 2025.', 'Information om bidrag till lovaktiviteter 2026 kommer att publiceras här.',
      'Bidrag till nya projekt är ytterst begränsat för 2019.',
      // (review87a's near misses: a round handed out or received, a decisions list's head, a grant not given)
      'Under året tog nämnden emot 140 ansökningar om bidrag till kulturprojekt 2024.', 'I fjol delade nämnden ut bidrag till lovaktiviteter 2024.',
      'Beslutade bidrag till idrottsföreningar 2023', 'Regeringen har inte avsatt något stöd till lovaktiviteter 2026.', 'Det finns inga pengar kvar för stöd till lovaktiviteter 2026.',
      // (review72e S4, found by the fresh-clone CI: a later round)
      'Nästa år kommer ni att kunna söka bidrag för verksamhet under 2026.'],
  },
  {
    id: 'medel-for', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\bmedel(?:en)?\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Regeringen har avsatt medel för 2025 till insatsen.'],
    counterExamples: ['Medel för 2024 och 2025 kan sökas.', 'Kommunen fick medel för 2019.'],
  },
  {
    id: 'kronor-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // … never a rent, a fee, a price or a foundation's return, nor a sum that came out ("blev", review70c kr1, kr2, constructed)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:blev|uppgick|kostar|kostade)\b|(?<![\p{L}-])(?:hyr\p{L}*|\p{L}*avgift\p{L}*|avkastning\p{L}*|\p{L}*pris(?:et|er)?)(?![\p{L}-])/iu) },
      // … nor one year's sum of a schedule of several ("1,85 miljarder kronor ska betalas ut i kommunbonus för 2016, 1,8 miljarder
      // kronor för 2017 och efter det 1,3 miljarder kronor årligen", dev 2415, money81: the year before the sum is another's)
      { where: 'sentence', cue: sv(new RegExp(String.raw`\b(?:19|20)\d\d\s*(?:,|och|samt|respektive)\s+(?:\p{L}+\s+){0,3}?${KRONOR_SUM}\s+(?:under\s+|för\s+)?(?:år\s+)?(?:19|20)\d\d\b`, 'iu')) }],
    // ("kr" for "kronor" as a copy may write it: "bidrag med 3 000 000 kr för år 2015", field-perturbation's kronor on dev 840)
    cue: sv(new RegExp(String.raw`(?:\b${KRONOR_UNIT}|\bSEK[ \u00a0]?\d[\d \u00a0,]{0,20}?(?:\s${KRONOR_SCALE})?)\s+(?:under\s+|för\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Regeringen avsätter 3,5 miljarder kronor för 2019.', 'Regeringen beviljar bidrag med 3 000 000 kr för år 2015 till Länsstyrelsen i Jämtlands län.',
      // (a grant raised by a sum in a year keeps it, dev 2044)
      'Ökningen av bidraget innebär att statsbidraget till barn- och ungdomsorganisationerna höjs med totalt 100 miljoner kronor under 2022.'],
    counterExamples: ['Kommunerna fick 1,84 miljarder kronor 2016.', 'Kommunerna fick 1,84 miljarder kr 2016.', 'Det blir 10 000 000 kronor per år under åren 2021, 2022 och 2023.',
      'Hyran för föreningslokalen höjs till 1 500 kr för 2026.', 'Avkastningen blev 400 000 kr 2024 och delas ut i år.', 'Medlemsavgiften är 200 kronor för 2026.',
      'Regeringen har beslutat att 1,85 miljarder kronor ska betalas ut i kommunbonus för 2016, 1,8 miljarder kronor för 2017 och efter det 1,3 miljarder kronor årligen.',
      'Regeringen avsätter 2 miljoner kronor för 2025 och 3 miljoner kronor för 2026.'],
  },
  {
    // "Under 2018 har MUCF 21 miljoner kronor att fördela" (but not "Under 2018 hade vi …", last year's)
    id: 'under-ar-har', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}\s+har\s+[^.]{0,120}?\batt\s+fördela\b`, 'iu')),
    examples: ['Under 2018 har MUCF 21 miljoner kronor att fördela.', 'För år 2023 har myndigheten 10 000 000 kronor att fördela.'],
    counterExamples: ['Under 2018 hade vi 18 miljoner kronor att fördela.'],
  },
  {
    // "För år 2011 finns 285 000 000 kronor", "För 2015 finns 125 miljoner kronor att söka"
    id: 'for-ar-finns', where: 'sentence', meaning: 'money-year', weight: 1,
    // … never money unreported or to be paid back (review70c fr1, constructed)
    // (… nor a sum granted or reported after the year, "Beviljat stöd uppgår för 2024 till …", "Av årsredovisningen framgår att
    // stödet uppgår för 2023 till …": review75d Y1, Y3)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:redovisa\p{L}*|tillbaka|återbetal\p{L}*|återkr\p{L}*|beviljat|beviljad|utbetalt|utbetald|årsredovisning\p{L}*|årsrapport\p{L}*|framgår)\b/iu) }],
    cue: sv(new RegExp(String.raw`\bför\s+(?:år\s+)?${Y}\s+finns\s+[^.]{0,120}?\b(?:kronor|kr)\b`, 'iu')),
    examples: ['För år 2011 finns 285 000 000 kronor att söka.'],
    counterExamples: ['För 2011 finns inga medel kvar.', 'För 2024 finns 30 000 kr som inte har redovisats och som ska betalas tillbaka.', 'För 2023 finns 12 000 kronor att återbetala.'],
  },
  {
    // the grant's level for a year, told in the present: "Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till drygt
    // 53 miljoner kronor." (dev 2214, a government press release), "Anslaget uppgår för 2026 till 30 miljoner kronor."; the grant
    // itself the subject (never a rent or a fee), never a sum reported or paid back, and never the past ("låg", "uppgick")
    id: 'bidraget-ligger-for-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // (… nor a sum granted or reported after the year, "Beviljat stöd uppgår för 2024 till …", "Av årsredovisningen framgår att
    // stödet uppgår för 2023 till …": review75d Y1, Y3)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:redovisa\p{L}*|tillbaka|återbetal\p{L}*|återkr\p{L}*|beviljat|beviljad|utbetalt|utbetald|årsredovisning\p{L}*|årsrapport\p{L}*|framgår)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:[\p{L}-]*bidrag(?:et)?|stöd(?:et)?|anslag(?:et)?|satsningen)\s+(?:ligger|uppgår)\s+för\s+(?:år\s+)?${Y}\s+(?:på|till)\s+[^.]{0,40}?\b(?:kronor|kr)\b`, 'iu')),
    examples: ['Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till drygt 53 miljoner kronor.', 'Anslaget uppgår för 2026 till 30 miljoner kronor.',
      'Statsbidraget uppgår för år 2024 till 12 500 000 kronor.'],
    counterExamples: ['Hyran ligger för 2026 på 1 500 kronor per månad.', 'Bidraget låg för 2024 på 48 miljoner kronor.', 'Bidraget uppgick för 2023 till 40 miljoner kronor.',
      'Det bidrag som ska betalas tillbaka uppgår för 2024 till 30 000 kronor.', 'Medlemsavgiften ligger för 2026 på 200 kronor.',
      'Beviljat stöd uppgår för 2024 till 48 miljoner kronor.', 'Av årsredovisningen framgår att stödet uppgår för 2023 till 12 miljoner kronor.'],
  },
  {
    // "Under 2018 kommer tio miljoner kronor att fördelas"; "År 2021 kommer bidrag på cirka 15 000 euro att delas ut." (dev 1189)
    id: 'under-ar-kommer', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST, NONE_GIVEN],
    cue: sv(new RegExp(String.raw`\b(?:under|år)\s+${Y}\s+kommer\s+[^.]{0,120}?\batt\s+(?:fördelas|delas\s+ut|betalas\s+ut|utbetalas)\b`, 'iu')),
    examples: ['Under 2018 kommer tio miljoner kronor att fördelas till dessa jämställdhetsprojekt.', 'År 2021 kommer bidrag på cirka 15 000 euro att delas ut.'],
    counterExamples: ['Under 2018 kommer myndigheten att följa upp arbetet.', 'År 2021 kommer stiftelsen att delas upp.', 'År 2020 delades bidrag på 15 000 euro ut.', 'Under 2020 kommer dock inga stipendier att delas ut ur Johannes Johanssons donation för kyrkomusik.'],
  },
  {
    // "fördela totalt 188 742 000 kronor till ideella föreningar och stiftelser under 2020",
    // "ska fördelas mellan arbetslöshetskassorna under 2022", "Medlen ska utbetalas under 2021"
    id: 'fordelas-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    // also a decision's "betala ut … till X under 2025" and a granted application's "Regeringen betalar X … för att under
    // 2024 stärka …" (never "betalar tillbaka", a repayment)
    cue: sv(new RegExp(String.raw`\b(?:fördela[s]?|utbetala[s]?|betala[s]?\s+ut|betalar(?!\s+tillbaka))\b[^.]{0,120}?\bunder\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Socialstyrelsen kommer att fördela totalt 188 742 000 kronor till ideella föreningar och stiftelser under 2020.', 'Medlen ska utbetalas under 2021 och belastar anslaget 1:6.', 'Regeringen uppdrar åt Kammarkollegiet att betala ut medel till Världsantidopningsbyrån (WADA) som bidrag till finansieringen av dess verksamhet under 2024.', 'Regeringen betalar Röda Korset 17 miljoner kronor för att under 2024 stärka och utveckla organisationens behandlingscentrum.', 'Regeringen ger Kammarkollegiet i uppdrag att betala ut 500 000 000 kronor till regionerna under 2025 för att stärka vården.'],
    counterExamples: ['Medlen fördelades under 2019.', 'Medlen fördelas under 2024 och 2025.', 'Kommunen betalar tillbaka medlen under 2026.', 'Regeringen betalade ut medel till WADA under 2023.'],
  },
  {
    // "Länsstyrelsen vill ha din ansökan inför 2018 senast den 28 februari 2018" (dev 09); SST's "Ansökningar om bidrag
    // inför 2025 ska göras enligt de nya föreskrifterna" (dev 1072: a page on rules spanning 2024 and 2025, whose own
    // year the finder leaves open — the row reads the sentence's money year, the finder weighs it against the others)
    // (not a window told closed in the past: "Ansökningsomgången inför 2024 stängde den 1 oktober 2023", open72b)
    id: 'ansokan-infor', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST, { where: 'sentence', cue: sv(/(?<![\p{L}])(?:stängde|stängdes|gick\s+ut|löpte\s+ut|(?:är|har)\s+(?:nu\s+)?(?:stängd|stängt|stängts|avslutad|avslutats|slut|över|passerad|passerat)|avslutades|har\s+(?:nu\s+)?(?:gått|löpt)\s+ut)(?![\p{L}])/iu) }],
    // … and the window of the round for next year's money, named by its year: "Ansökningsperioden inför 2025 är öppen
    // mellan 1 maj och 30 juni 2024." (dev 1410, Region Örebro län; the same page's earlier version: "Ansökningsperioden
    // inför 2024 är öppen 1 mars till 30 juni 2023.", regionorebrolan.se/en/…/foreningsstod/) — the window's own year is
    // the year before
    // (… or what is applied for as the verb's object, year68: "Nu kan föreningar söka bidrag inför 2025.")
    // (… and the window's noun with "för": "Ansökningsperioden för 2024 öppnar den 1 december 2023 och pågår till och med den
    // 31 januari 2024." (dev 2341, Bohusläns hembygdsförbund on Riksantikvarieämbetet's round, fresh79a), "Ansökningsperioden
    // för 2020 är 2 december 2019 - 2 februari 2020."; only the window's own nouns, never "ansökan för", and never a round told
    // closed: "Ansökningsperioden för 2024 har nu stängt", "… för 2018 är slut"; nor a genitive "för 2024 års …", whose noun
    // decides in ars-genitive: "Ansökningstiden för 2024 års forskningsresor är kort." names trips, not money, calls68 Yx)
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningar|ansöka|söka|ansökningsperiod(?:en)?|ansökningstid(?:en)?|ansökningsomgång(?:en)?)\s+(?:om\s+\p{L}+\s+|(?<=söka\s)\p{L}*(?:bidrag|stöd|medel)(?:et|en)?\s+)?inför\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}|\b(?:ansökningsperiod(?:en)?|ansökningstid(?:en)?|ansökningsomgång(?:en)?)\s+för\s+(?:år\s+)?${Y}\b(?!\s+års\b)${NOT_A_RANGE}`, 'iu')),
    examples: ['Länsstyrelsen vill ha din ansökan inför 2018 senast den 28 februari 2018.', 'Ansökningar om bidrag inför 2025 ska göras enligt de nya föreskrifterna.',
      'Nu kan föreningar söka bidrag inför 2025.', 'Studieförbund kan ansöka verksamhetsstöd inför 2024.', 'Föreningar kan söka medel inför år 2026.',
      'Ansökningsperioden inför 2025 är öppen mellan 1 maj och 30 juni 2024.', 'Ansökningsperioden inför 2024 är öppen 1 mars till 30 juni 2023.',
      'Ansökningsperioden för 2024 öppnar den 1 december 2023 och pågår till och med den 31 januari 2024.', 'Ansökningsperioden för 2020 är 2 december 2019 - 2 februari 2020.', 'Ansökningstiden för 2026 öppnar den 1 oktober 2025.'],
    counterExamples: ['Ansökningstiden för 2024 års forskningsresor är kort.', 'Ansökningsomgången inför 2024 är nu stängd och 40 ansökningar kom in.', 'Ansökningstiden inför 2025 har gått ut.', 'Ansökningsomgången inför 2024 stängde den 1 oktober 2023 med 40 ansökningar.', 'Ansökningstiden inför 2025 gick ut den 15 mars 2024.', 'Inför 2018 ändrades reglerna.', 'Ansökningsperioden inför 2024 och 2025 är öppen 1 mars till 30 juni 2023.', 'Ansökningsperioden inför 2024 var öppen 1 mars till 30 juni 2023.',
      'Föreningar kan söka bidrag inför 2025 och 2026.', 'Föreningar kan söka lokaler inför 2025.',
      // adversarial (fresh79a): a closed round with "för", the application rather than the window, two years
      'Ansökningsperioden för 2024 har nu stängt.', 'Ansökningsperioden för 2018 är slut och stödet går inte längre att söka.', 'Ansökningsperioden för 2024 är över.', 'Ansökningstiden för 2024 års forskningsresor är kort.', 'Ansökningstiden för 2024 har avslutats och alla sökande har fått besked.', 'Ansökan för 2024 skickas till kansliet.', 'Ansökningsperioden för 2024 och 2025 är öppen 1 mars till 30 juni 2023.'],
  },
  {
    // a call named by the year it is for, as a heading or a sentence: "Utlysning inför 2020" (dev 2179, Riksantikvarieämbetet's
    // FoU page of 2019, whose window closes in the year before), "Utlysningen inför 2025 är nu öppen" (calls72, constructed);
    // not an event's year ("Utlysning inför 2020 års Almedalsvecka"), not a round told in the past (PAST), not two years
    id: 'utlysning-infor-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST, ANNOUNCED],
    // (review72e: only a heading that ends with the year or a call said to be open or running now; a target year ("Utlysning
    // inför 2045: stöd till …", "inför 2030-målen"), an election, more years in words, a report of an old call's projects or
    // a next call "planeras" went through when anything could follow the year)
    // (never a next or an earlier call, "Nästa bidragsutlysning inför 2027" on this year's page, review78a Y1)
    // (a compound call noun too, a bounded head before it: "Nu öppnar Nordiska ministerrådets bidragsutlysning inför 2019." —
    // Svenskt Friluftsliv's news of a TEG call, dev 2334, fresh78b; its window closes in the year before)
    cue: sv(new RegExp(String.raw`(?<!\b(?:[Nn]ästa|[Kk]ommande|[Tt]idigare|[Ff]örra|[Ss]tängd|[Ss]tängda|[Aa]vslutad)\s)\b(?:\p{L}{2,20})?utlysning(?:en)?\s+(?:av\s+(?:[\p{L}-]+\s+){1,2}?)?inför\s+(?:år\s+)?${Y}(?=\s*[.!]?\s*$|\s+(?:är\s+(?:nu\s+)?öppen|pågår|har\s+öppnat)\b)`, 'iu')),
    examples: ['Utlysning inför 2020', 'Utlysningen inför 2025 är nu öppen för ansökningar.', 'Utlysning av FoU-medel inför 2022', 'Utlysning av FoU-medel inför 2022 pågår till den 15 september 2021.',
      // dev 2334, then paraphrases in other bodies' phrasing (constructed)
      'Nu öppnar Nordiska ministerrådets bidragsutlysning inför 2019.', 'Stiftelsens projektutlysning inför 2027 är nu öppen.', 'Kulturrådets stödutlysning inför 2026 pågår till den 1 oktober 2025.'],
    counterExamples: ['Utlysning inför 2020 års Almedalsvecka', 'Utlysningen inför 2019 var öppen till september.', 'Utlysningen inför 2024 och 2025 öppnar i maj.',
      'Utlysningen inför 2021 kommer att publiceras här.', 'Reglerna för utlysningen ändrades inför 2020.',
      // review72e's probes: a target year, an election, more years in words, an old call's report, a next call planned
      'Utlysning inför 2045: stöd till lokala klimatinvesteringar.', 'Utlysning inför 2030-målen: stöd till hållbar utveckling.', 'Utlysning inför 2026 – valet till riksdag, region och kommun.',
      'Utlysning inför 2025 och de två följande åren.', 'Projekt inom utlysningen inför 2019 ska lämna slutrapport senast den 31 mars 2021.', 'En ny utlysning inför 2027 planeras till hösten 2026.',
      // fresh78b: a compound call told in the past, an event's year, announced for later, a word that only ends in the letters
      'Bidragsutlysningen inför 2019 var öppen till juni.', 'Projektutlysning inför 2026 års kulturvecka', 'Forskningsutlysningen inför 2028 kommer att publiceras här.', 'Omutlysning inför 2019 av tjänsten som rektor.',
      // review78a Y1: a next call announced as a heading on this year's page (constructed)
      'Nästa bidragsutlysning inför 2027', 'Kommande utlysning inför 2028'],
  },
  {
    // what is applied for, named by the year of the work it pays: "Om du planerar att ansöka om projektbidrag inom musik för
    // verksamhet under 2020 skall ansökan vara inne senast den 3 juni 2019" (dev 2181, Konstnärsnämnden via SKAP); not a
    // sentence that denies it ("Det går inte att söka bidrag för verksamhet under 2019 i efterhand"), not two years
    id: 'soka-for-verksamhet-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // (review72e: not a round told in the past by "kunde"/"ville", not a later round ("Nästa år kommer ni att kunna söka …"),
    // not a report asking about plans, not "i 2024 års lokaler")
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inte|ej|aldrig|ingen|inget|kunde|kunnat|ville|nästa|kommande|framöver|slutrapport(?:en)?|redovisning(?:en)?|rapporten)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:an)?söka\s+(?:om\s+)?(?:[\p{L}-]+\s+){0,4}?för\s+(?:(?:er|sin|din)\s+)?verksamhet(?:en)?\s+(?:under|i)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b)`, 'iu')),
    examples: ['Om du planerar att ansöka om projektbidrag inom musik för verksamhet under 2020 skall ansökan vara inne senast den 3 juni 2019.',
      // (dev 1731, Raseborg 2017: a second real phrasing, found by the spec scan)
      'Föreningar kan söka understöd för sin verksamhet under år 2017 av bildningsnämnden, fritidsnämnden, kulturnämnden, grundtrygghetsnämnden och stadsstyrelsen.',
      'Föreningar kan söka bidrag för verksamhet under 2025 från och med 1 september.', 'Organisationer kan ansöka om stöd för sin verksamhet under 2024.'],
    counterExamples: ['Det går inte att söka bidrag för verksamhet under 2019 i efterhand.', 'Den som fick bidrag för verksamhet under 2019 ska redovisa det.',
      'Ni kan söka bidrag för verksamhet under 2025 och 2026.', 'Redovisningen ska avse verksamhet under 2019.',
      // review72e's probes: a past round, a later round, a report's question, a year of premises
      'Föreningar kunde söka bidrag för verksamhet under 2023 fram till den 31 oktober 2022.', 'Nästa år kommer ni att kunna söka bidrag för verksamhet under 2026.',
      'I slutrapporten ska ni beskriva hur bidraget använts och om ni planerar att söka för verksamhet under 2026.', 'För att söka lokalbidrag för verksamhet i 2024 års lokaler krävs hyresavtal.'],
  },
  {
    // the application for the money of one year: "Ansökan om bidrag under 2017 görs senast 31 mars 2017."
    id: 'ansokan-om-bidrag-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    note: 'one document: every example is from dev 803; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningar)\s+om\s+\p{L}*(?:bidrag|stöd|medel)(?:et)?\s+under\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Ansökan om bidrag under 2017 görs senast 31 mars 2017.'],
    counterExamples: ['Ansökan om bidrag under 2017 och 2018 görs i e-tjänsten.', 'Ansökan om bidrag under 2016 var möjlig till mars.', 'Ansökan om bidrag görs under 2017.'],
  },
  {
    // the funder calls for applications in one year: "Region Skåne utlyser utvecklingsstöd inom kulturområdet vid två tillfällen under 2023"
    id: 'utlyser-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:utlyser|utlyses|lyser\s+ut|lyses\s+ut)\b[^.]{0,100}?\bunder\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Region Skåne utlyser utvecklingsstöd inom kulturområdet vid två tillfällen under 2023, en gång på våren och en gång på hösten.', 'Medlen lyses ut och utbetalas under 2018.'],
    counterExamples: ['Region Skåne utlyste utvecklingsstöd under 2022.', 'Region Skåne utlyser stöd under 2023 och 2024.', 'Stödet utlyses två gånger per år.'],
  },
  {
    // the money's round named by when one may apply: "Svenska ideella organisationer kan under 2024 söka medel",
    // "Under 2017 kan samverkansmedel nu sökas", "För 2024 ansöks bidraget via Rbok"
    id: 'soka-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:kan|får)\s+(?:under|för)\s+(?:år\s+)?${Y}\s+(?:an)?söka\b|\b(?:under|för)\s+(?:år\s+)?${Y}\s+(?:kan\s+(?:[\p{L}-]+\s+){0,3}?(?:sökas|ansökas|rekvireras)|(?:an)?söks|rekvireras)\b|\bunder\s+(?:år\s+)?${Y}\s+kan\s+(?:[\p{L}-]+\s+){0,3}?beviljas\b|\bunder\s+(?:år\s+)?${Y}\s+kan\s+(?:du|ni|man|vi|(?:\p{L}+\s+)?(?:föreningar|föreningen|organisationer|kommuner|aktörer|arrangörer|kulturskapare|företag|sökande))\s+(?:(?:även|också|nu)\s+)?(?:an)?söka\b`, 'iu')),
    examples: ['Svenska ideella organisationer kan under 2024 söka medel för arbete som ska bevara marina ekosystem.', 'Under 2017 kan samverkansmedel nu sökas för satsningar inom följande områden:', 'För 2024 ansöks bidraget via Rbok.',
      // (… or granted, year68: dev 1673, Nacka; and two paraphrases, constructed)
      'Under 2018 kan en förening beviljas högst 50 000 kronor för en investering i sin anläggning eller lokal.', 'Under 2025 kan varje studieförbund beviljas högst 20 000 kronor.', 'Under år 2024 kan bidrag beviljas till högst tre projekt per förening.',
      // (… or applied for, the applicant the subject, genre83: dev 2437, Region Örebro län, "Under 2024 kan du ansöka vår och höst."; paraphrases constructed)
      'Under 2024 kan du ansöka vår och höst.', 'Under 2025 kan föreningar söka bidrag två gånger.', 'Under år 2026 kan ni även söka stöd för arrangemang.'],
    counterExamples: ['Under 2017 kan kommunen redovisa arbetet.', 'Under 2019 kunde medel sökas för satsningen.', 'Under 2018 var det möjligt att ansöka.', 'Under 2018 kunde en förening beviljas högst 50 000 kronor.',
      // (… "för år" with "beviljas" is a later year's exception, dev 133: "Senare insatser för år 2026 kan beviljas om …")
      'Senare insatser för år 2026 kan beviljas om bedömningen är att insatsen är särskilt angelägen.',
      // (… never a year one cannot apply in, nor two years)
      'Under 2024 kan du inte ansöka om bidraget.', 'Under 2024 och 2025 kan du ansöka vår och höst.', 'Under 2023 kunde du ansöka vår och höst.'],
  },
  {
    // the round named by the year it is open in, with what there is to apply for: "Under 2021 finns leadercheckar att
    // söka inom flera områden:" (dev 1161), "Under 2024 finns medel att söka för lokala projekt."
    id: 'under-ar-finns-att-soka', where: 'sentence', meaning: 'money-year', weight: 1,
    // … or a sum to apply for (dev 1871): "Under 2017 finns 2,1 miljoner kronor att söka för samarbetsprojekt …"
    cue: sv(new RegExp(String.raw`\bunder\s+(?:år\s+)?${Y}\s+finns\s+(?:det\s+)?(?:(?:[\p{L}-]+\s+){1,3}?|(?:totalt\s+|cirka\s+|ca\s+)?\d[\d ,]{0,12}\s?(?:miljoner|miljon|milj\.?|mnkr|tkr|kronor|kr)\s+(?:kronor\s+)?)att\s+(?:an)?söka\b`, 'iu')),
    // … nor the year the round is open in when the sentence names the year applied for ("Under 2021 finns det
    // leadercheckar att söka för 2022": att-soka-for-ar reads 2022; review63, left64)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inga|ingen|inget|inte)\b/iu) }, { where: 'sentence', cue: ATT_SOKA_FOR_AR }],
    examples: ['Under 2021 finns leadercheckar att söka inom flera områden:', 'Under 2024 finns medel att söka för lokala projekt.',
      'Under 2017 finns 2,1 miljoner kronor att söka för samarbetsprojekt inom landsbygdsprogrammet.',
      // (the formal subject before the sum, h/vary59)
      'Under 2017 finns det 2 100 000 kronor att ansöka om för samarbetsprojekt.'],
    counterExamples: ['Under 2021 finns det inga medel att söka.', 'Under 2021 finns ingen möjlighet att söka.', 'Under 2021 finns leadercheckar att redovisa.', 'Under 2017 fanns 2,1 miljoner kronor att söka.',
      'Under 2017 finns 2,1 miljoner kronor att redovisa.'],
  },
  {
    // the year applied for, named after what there is to apply for (review63, left64): "Under 2021 finns det
    // leadercheckar att söka för 2022", "Under hösten 2023 går det att söka kulturcheckar för 2024" — the grant's
    // year, not the year the round is open in; never a span ("för 2024 och 2025") nor a past round
    id: 'att-soka-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, cue: ATT_SOKA_FOR_AR,
    // … nor a year one cannot apply for yet ("Det går inte att söka för 2026 ännu", review65, constructed: it lost the year)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inte|ej|inga|ingen|aldrig)\b/iu) }],
    examples: ['Under 2021 finns det leadercheckar att söka för 2022.', 'Under hösten 2023 går det att söka kulturcheckar för 2024.', 'Nu är det möjligt att ansöka om bidrag för år 2025.'],
    counterExamples: ['Under 2020 var det möjligt att söka för 2021.', 'Det går att söka bidrag för 2024 och 2025.', 'Det går att söka för projekt i kommunen.', 'Det går inte att söka för 2026 ännu.'],
  },
  {
    // the calendar year the money covers: "användas för … personalkostnader för hela kalenderåret 2024"
    id: 'kalenderaret', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    note: 'one document: every example is from dev 122; dev 182\'s "för kalenderåret 2025" stands in an övergångsbestämmelse, not as the grant year',
    cue: sv(new RegExp(String.raw`\b(?:för|under)\s+(?:hela\s+)?kalenderåret\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Bidraget kan till exempel användas för verksamhets-, administrations- och personalkostnader för hela kalenderåret 2024.'],
    counterExamples: ['Bidraget användes för hela kalenderåret 2023 och 2024.', 'Bidraget var avsett för hela kalenderåret 2019.'],
  },
  {
    // the regleringsbrev of one year that holds the money: "Medlen har fördelats i regleringsbreven för 2026." (dev 2431, a
    // government press release on lärosätenas holdingbolag, genre83) — the money's year, as 'budgetaret' reads "budgetåret 2020";
    // never two years nor a past year's brev
    id: 'regleringsbrev-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    // … the money itself set out in that year's brev ("fördelats/anvisas/tilldelas i regleringsbrevet för …"), never an agency's
    // task written there for a satsning of several years ("Kulturrådet har fått i uppdrag i regleringsbrevet för 2018 att
    // genomföra satsningen", diff q421, 250 miljoner kronor årligen 2018–2020)
    cue: sv(new RegExp(String.raw`\b(?:fördela(?:ts|s|t)|anvisa(?:ts|s|t)|tilldela(?:ts|s|t))\s+(?:[\p{L}-]+\s+){0,2}?i\s+regleringsbrev(?:et|en)?\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b)`, 'iu')),
    examples: ['Medlen har fördelats i regleringsbreven för 2026.',
      // (constructed paraphrases)
      'Medlen anvisas i regleringsbrevet för 2025 till länsstyrelserna.', 'Beloppet har tilldelats myndigheten i regleringsbrevet för år 2024.'],
    counterExamples: ['Medlen fördelas i regleringsbrevet.', 'Medlen fördelas i regleringsbreven för 2024 och 2025.', 'Statens kulturråd har fått i uppdrag i regleringsbrevet för 2018 att genomföra satsningen och fördela medlen.',
      'Regleringsbrev för innevarande budgetår', 'Medlen fördelades i regleringsbrevet för 2023.'],
  },
  {
    // budget news (rb89): the budget bill that gives the money, the year the bill is for, in a sentence that proposes, gives or
    // announces it: "Regeringen avser att överlämna detta förslag till riksdagen i budgetpropositionen för 2024" (dev 2604,
    // Arbetsmarknadsdepartementet), "I vårändringsbudgeten för 2023 föreslås därför att 400 miljoner kronor tillförs …" (dev 2587),
    // "I budgetpropositionen för 2026 satsade regeringen 40 miljoner kronor …" (dev 2458, Utbildningsdepartementet), "I
    // budgetpropositionen för 2025 avser regeringen att föreslå en rad satsningar …" (dev 2580, Klimat- och
    // näringslivsdepartementet). Never an older bill cited for money already given ("I budgetpropositionen för 2021 har medel
    // tillförts"), nor a bill of two years, nor one whose money is told as a span of years right after it.
    id: 'budgetproposition-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST,
      { where: 'sentence', cue: sv(/\b(?:har|hade)\s+(?:\p{L}+\s+){0,3}?(?:tillförts|avsatts|beslutats|fördelats|anvisats)\b/iu) },
      // (two bills, two years: "i den kommande höständringsbudgeten samt i budgetpropositionen för 2024", dev 2579)
      { where: 'sentence', cue: sv(/(?:ändringsbudget|budgetproposition)\p{L}*\s+(?:samt|och)\s+(?:i\s+)?(?:den\s+)?(?:kommande\s+)?(?:\p{L}*ändringsbudget|budgetproposition)/iu) },
      // (an older bill cited for what it said: "i enlighet med vad som angavs i budgetpropositionen för 2013", dev 2385; a sentence
      // with a day of another kind, "beslut om beviljande av stöd före den 31 december 2022", dev 1495: the bill pays old decisions)
      { where: 'sentence', cue: sv(/\b(?:angavs|angetts|i\s+enlighet\s+med|enligt\s+vad\s+som)\b|\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d\b/iu) }],
    also: { where: 'sentence', cue: sv(/\b(?:föreslår|föreslås|avser|satsar|satsade|införde|inför|tillförs|avsätts|aviserade|överlämna)\b/iu) },
    cue: sv(new RegExp(String.raw`\b(?:budgetpropositionen|(?:vår|höst)?ändringsbudgeten|extra\s+ändringsbudgeten)\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b)`, 'iu')),
    examples: ['Regeringen avser att överlämna detta förslag till riksdagen i budgetpropositionen för 2024.',
      'I vårändringsbudgeten för 2023 föreslås därför att 400 miljoner kronor tillförs för att förstärka regionalt yrkesvux.',
      'I budgetpropositionen för 2026 satsade regeringen 40 miljoner kronor årligen för att genomföra språkstärkande insatser.',
      'I budgetpropositionen för 2025 avser regeringen att föreslå en rad satsningar på sammanlagt 260 miljoner kronor.'],
    counterExamples: ['I budgetpropositionen för 2021 har medel tillförts.', 'I budgetpropositionen för 2025 finns medel.',
      'Regeringen föreslår i budgetpropositionen för 2024 och 2025 att medlen ökas.', 'Anslaget beslutades i budgetpropositionen för 2019 och fick 50 miljoner kronor.',
      'Regeringen avser att överlämna förslagen i den kommande höständringsbudgeten samt i budgetpropositionen för 2024.',
      'Hälften av medlen som tillförs Samefonden avsätts, i enlighet med vad som angavs i budgetpropositionen för 2013, till arrenden.',
      'Regeringen har i budgetpropositionen för 2022 föreslagit att det ska tillföras ytterligare 10 miljoner kronor.',
      'Regeringen föreslår i budgetpropositionen för 2023 att tillföra pengar till dem som fått beslut före den 31 december 2022.'],
  },
  {
    // the government's own grant to a named recipient, the sum and then the year it is for, also told in the past by the
    // press release that announces the decision: "Regeringen beviljade Stiftelsen Judiska museet 275 000 kronor för
    // kunskapshöjande insatser kring det svensk-judiska kulturarvet under 2025." (dev 2436, genre83), "Regeringen beviljar
    // Svenskt Friluftsliv 10 000 000 kronor för insatser under 2026" — the decision's year (the rows above do not hold in a
    // past-tense sentence: this one does only with Regeringen as the subject granting, a decision's announcement)
    id: 'regeringen-beviljade-kronor-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // … never a grant of an earlier year told beside this one ("som tidigare", "förra året", "i fjol")
    unless: [{ where: 'sentence', cue: sv(/\b(?:tidigare|förra\s+året|i\s+fjol|ursprungligen)\b/iu) }],
    cue: sv(new RegExp(String.raw`^Regeringen\s+(?:har\s+)?(?:beviljar|beviljat|beviljade)\s+[^.]{1,80}?\d[\d \u00a0]{0,15}(?:,\d+)?\s+(?:miljoner\s+|miljarder\s+)?(?:kronor|kr|SEK)\b[^.]{0,120}?\b(?:under|för)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Regeringen beviljade Stiftelsen Judiska museet 275 000 kronor för kunskapshöjande insatser kring det svensk-judiska kulturarvet under 2025.',
      // (the sum in SEK, as value-perturbation's amount-sek writes it)
      'Regeringen beviljade Stiftelsen Judiska museet 275 000 SEK för insatser under 2025.',
      // (constructed paraphrases)
      'Regeringen beviljar Svenskt Friluftsliv 10 000 000 kronor för insatser under 2026.', 'Regeringen har beviljat Riksförbundet 2,5 miljoner kronor för verksamhet under år 2024.'],
    counterExamples: ['Regeringen beviljade Stiftelsen Judiska museet 275 000 kronor för insatser under 2025 och 2026.', 'Regeringen beviljade tidigare stiftelsen 275 000 kronor för insatser under 2023.',
      'Regeringen beviljade stiftelsen medel för insatser under 2025.', 'Kommunen beviljade föreningen 20 000 kronor för verksamhet under 2024.'],
  },
  {
    // the sum granted or set aside now, then the one year it is for (rb86): "… och beviljas nu en miljon kronor för 2025 för att
    // fortsätta …" (dev 2504), "För uppdraget är 20 miljoner kronor avsatta under 2024." (dev 2506); the verb in the present
    // ("beviljas", "tilldelas", "avsätts", "är … avsatta"), so a sentence may tell last year's money beside it ("fick 2024
    // medel …"): PAST would veto that, this row vetoes only a past form of its own verbs. Never a span, two years, a year's
    // costs in the genitive ("för 2024 års verksamhet")
    id: 'kronor-beviljas-avsatta-for-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [{ where: 'sentence', cue: sv(/\b(?:beviljades|beviljats|tilldelades|tilldelats|avsattes|avsatts|fördelades|betalades|utbetalades)\b/iu) }],
    cue: sv(new RegExp(String.raw`(?:\b(?:beviljas|tilldelas|avsätts)\s+(?:nu\s+)?(?:totalt\s+|sammanlagt\s+)?(?:\d[\d \u00a0]{0,15}(?:,\d+)?|\p{L}{2,8})\s+(?:miljoner\s+|miljon\s+|miljarder\s+|miljard\s+)?${KRONOR_UNIT}(?:\s+[\p{L}-]+){0,4}?|\bär\s+(?:\d[\d \u00a0]{0,15}(?:,\d+)?|\p{L}{2,8})\s+(?:miljoner\s+|miljon\s+|miljarder\s+|miljard\s+)?${KRONOR_UNIT}\s+avsatta?)\s+(?:för|under)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}${NOT_A_GENITIVE_OR_SPAN}`, 'iu')),
    examples: ['Brottsofferjouren fick 2024 medel för att bygga upp en sådan nationell kontaktpunkt och beviljas nu en miljon kronor för 2025 för att fortsätta och vidareutveckla arbetet.',
      'För uppdraget är 20 miljoner kronor avsatta under 2024.',
      // constructed paraphrases
      'Föreningen tilldelas 300 000 kronor för år 2026.', 'Till satsningen avsätts 12 miljoner kronor under 2025.'],
    counterExamples: ['Föreningen beviljas 300 000 kronor för 2025 och 2026.', 'Föreningen beviljas 300 000 kronor för 2025–2027.', 'Föreningen beviljades 300 000 kronor för 2023.',
      'Föreningen beviljas 10 000 kronor för 2024 års verksamhet.', 'För uppdraget har 20 miljoner kronor avsatts under 2023.', 'Föreningen beviljas stöd för 2025.'],
  },
  {
    // an allocation to the distributing agency for one year: "Sametinget har för 2022 tilldelats 4 mnkr för bidrag"
    id: 'tilldelats-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:för|under)\s+(?:år\s+)?${Y}\s+tilldelats\b`, 'iu')),
    examples: ['Sametinget har för 2022 tilldelats 4 mnkr för bidrag till samisk kultur.'],
    counterExamples: ['Sametinget har tilldelats 4 mnkr för bidrag till samisk kultur.', 'Sametinget hade för 2021 tilldelats 3 mnkr.'],
  },
  {
    // a decision's payment year: "Socialstyrelsen ska under 2023 betala ut 1,99 miljarder kronor till regionerna"
    id: 'under-ar-betala-ut', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    // a clause may stand between the year and the verb: "att under 2021, efter rekvisition från Region Skåne, betala ut …"
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}(?:,\s[^,.]{1,80},)?\s+(?:betala\s+ut|utbetala|fördela\s+och\s+betala\s+ut)\b`, 'iu')),
    examples: ['Socialstyrelsen ska under 2023 betala ut 1,99 miljarder kronor till regionerna.', 'Regeringen ger Socialstyrelsen uppdraget att under 2021, efter rekvisition från Region Skåne, betala ut 16 500 000 kronor.'],
    counterExamples: ['Socialstyrelsen ska under 2023 följa upp arbetet.', 'Under 2022 betalades 5 miljoner kronor ut.'],
  },
  {
    // the year of a regeringsuppdrag's own clause, the agency's work and the money it pays out in it (rb84): "Regeringen uppdrar åt
    // Socialstyrelsen att under 2026 påbörja en pilot för beredskapssjukhus" (dev 2453, whose list has the agency "utbetala medel
    // till samtliga regioner"); the government the subject, the year right after "att"; never a span or two years, nor an
    // uppdrag told in the past ("uppdrog", "gav … i uppdrag") nor another body's assignment
    // (… nor a follow-up of the money: an evaluation, an analysis or a report in that year, review84: "Regeringen uppdrar åt
    // Boverket att under 2027 utvärdera stödet.", constructed)
    id: 'regeringen-uppdrar-att-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\batt\s+under\s+(?:år\s+)?\d{4}\s+(?:\p{L}+\s+){0,2}?(?:utvärdera|följa\s+upp|analysera|utreda|kartlägga|redovisa|rapportera|sammanställa|granska)\b/iu) }],
    cue: sv(new RegExp(String.raw`\bRegeringen\s+(?:uppdrar\s+åt|ger)\s+(?:[\p{L}()-]+\s+){1,8}?(?:i\s+uppdrag\s+)?att\s+under\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+\p{L}`, 'u')),
    examples: ['Regeringen uppdrar åt Socialstyrelsen att under 2026 påbörja en pilot för beredskapssjukhus.',
      // constructed paraphrases
      'Regeringen ger Statens kulturråd i uppdrag att under 2025 fördela medel till regionala kulturinsatser.', 'Regeringen uppdrar åt Länsstyrelsen i Norrbottens län att under år 2024 betala ut stöd till samebyarna.'],
    counterExamples: ['Regeringen uppdrar åt Socialstyrelsen att under 2026 och 2027 följa upp satsningen.', 'Regeringen ger Boverket i uppdrag att under 2025–2027 fördela medel.',
      'Regeringen gav 2024 Socialstyrelsen i uppdrag att under 2025 betala ut medel.', 'Socialstyrelsen uppdrar åt regionerna att under 2026 redovisa arbetet.',
      'Regeringen uppdrar åt Boverket att under 2027 utvärdera stödet.', 'Regeringen ger Socialstyrelsen i uppdrag att under 2026 följa upp statsbidraget.'],
  },
  {
    // the year an agency may use a decision's sum, told before the sum (fresh79b): "För att genomföra uppdraget får Socialstyrelsen
    // under 2018 använda 250 000 000 kronor varav högst 500 000 får användas för egna kostnader" (dev 2350; dev 426 tells the same
    // with the year after the sum, row kronor-ar); a sum in figures right after the verb, never a span of years
    id: 'far-under-ar-anvanda-kronor', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:får|ska)\s+(?:[\p{L}-]+\s+){0,4}?under\s+(?:år\s+)?${Y}\s+(?:använda|disponera|rekvirera)\s+(?:högst\s+|upp\s+till\s+|totalt\s+)?\d`, 'iu')),
    examples: ['För att genomföra uppdraget får Socialstyrelsen under 2018 använda 250 000 000 kronor varav högst 500 000 får användas för egna kostnader för hanteringen.',
      // constructed paraphrases
      'Länsstyrelsen får under 2024 rekvirera högst 900 000 kronor för uppdraget.', 'Boverket ska under år 2022 använda 40 miljoner kronor till stödet.'],
    counterExamples: ['Socialstyrelsen får under 2018 använda medlen till administration.', 'Socialstyrelsen fick under 2018 använda 250 000 000 kronor.', 'Myndigheten får under 2021–2023 använda 3 miljoner kronor.'],
  },
  {
    // a grant widened for a year (rb85, dev 2478): "Regeringen utökar nu stödet för 2023 med ytterligare 1,5 miljoner kronor";
    // one year, never a span, never a raise made before
    // (review85a Y3: never a raise only proposed or planned, "Regeringen föreslår … att man utökar stödet för 2027 med …")
    id: 'utokar-stodet-for-ar-med', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST, { where: 'sentence', cue: sv(/\b(?:föreslår|föreslås|vill|avser|planerar|budgetpropositionen)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:utökar|förstärker|ökar|höjer)\s+(?:nu\s+)?(?:stödet|statsbidraget|bidraget|satsningen)\s+för\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+med\b`, 'iu')),
    examples: ['Regeringen utökar nu stödet för 2023 med ytterligare 1,5 miljoner kronor.',
      // constructed paraphrases
      'Regeringen förstärker statsbidraget för 2025 med 20 miljoner kronor.', 'Regeringen höjer bidraget för år 2024 med 500 000 kronor.'],
    counterExamples: ['Regeringen utökar stödet för 2023 och 2024 med 3 miljoner kronor.', 'Regeringen ökade stödet för 2022 med 2 miljoner kronor.', 'Regeringen utökar stödet med 2 miljoner kronor.',
      'Regeringen föreslår i budgetpropositionen att man utökar stödet för 2027 med 5 miljoner kronor.'],
  },
  {
    // a satsning or grant said to hold for one year (rb85, dev 2485): "Regeringens extra satsning på servicebidrag till
    // dagligvarubutiker i serviceglesa områden gäller under 2023"; never a span, a rule in force "från och med", or a past one
    // (review85a Y1: never the grant's rules, terms or a tax rule about it in force: "De nya riktlinjerna för bidraget gäller för 2027.")
    id: 'satsning-galler-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:riktlinje\p{L}*|regel|regler\p{L}*|villkor\p{L}*|krav(?:en)?|förordning\p{L}*|ändring\p{L}*|skattefrihet\p{L}*|taxa\p{L}*|avgift\p{L}*|tidigare|förra|föregående|gamla|ersätts)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:satsning(?:en)?|statsbidrag(?:et)?|bidrag(?:et)?|stöd(?:et)?)\b[^.]{0,100}?\bgäller\s+(?:under|för)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}${NOT_A_GENITIVE_OR_SPAN}`, 'iu')),
    examples: ['Regeringens extra satsning på servicebidrag till dagligvarubutiker i serviceglesa områden gäller under 2023.',
      // constructed paraphrases
      'Det tillfälliga stödet till studieförbunden gäller för 2025.', 'Statsbidraget för läxhjälp gäller under år 2024.'],
    counterExamples: ['Satsningen gäller under 2023 och 2024.', 'Satsningen gällde under 2022.', 'Förordningen om stöd gäller från och med 2023.', 'Stödet gäller under 2024–2026.', 'De nya riktlinjerna för bidraget gäller för 2027.', 'Villkoren för stödet gäller under 2027.', 'Den tidigare satsningen på läxhjälp gäller under 2024 och ersätts nu av detta bidrag.',
      // (review65 g1, g4: a year's costs in the genitive, a span "till och med")
      'Stödet gäller för 2023 års underskott i verksamheten.', 'Stödet gäller för år 2023 till och med 2026.', 'Bidraget gäller för 2024 t.o.m. 2026.'],
  },
  {
    // a sum a body gets for its work in one year (rb85, dev 2487): "Socialstyrelsen får 1,5 miljoner kronor för arbetet under
    // 2025" (the year stands whether the sum is a grant or the body's cost); never a span
    // (review85a Y2: never a body's money to follow up or evaluate the grant, whose year is not the grant's)
    id: 'far-kronor-for-arbetet-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:följa\s+upp|uppföljning\p{L}*|utvärder\p{L}*|analysera|granska)\b/iu) }],
    cue: sv(new RegExp(String.raw`\bfår\s+\d[\d\s,]{0,15}(?:miljoner\s+|miljarder\s+)?(?:kronor|kr)\s+för\s+(?:arbetet|uppdraget|insatsen|insatserna|satsningen|verksamheten)\s+under\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Socialstyrelsen får 1,5 miljoner kronor för arbetet under 2025.',
      // constructed paraphrases
      'Föreningen får 400 000 kronor för verksamheten under 2024.', 'Länsstyrelsen får 2 miljoner kronor för uppdraget under år 2026.'],
    counterExamples: ['Socialstyrelsen får 1,5 miljoner kronor för arbetet under 2025 och 2026.', 'Föreningen fick 400 000 kronor för verksamheten under 2023.', 'Socialstyrelsen får 1,5 miljoner kronor för arbetet.',
      'Socialstyrelsen får 2 miljoner kronor för uppdraget under 2027 att följa upp statsbidraget.'],
  },
  {
    // the year after the sum and its recipients: "betala ut 500 000 000 kronor till regionerna under 2025 för att stärka …"
    id: 'betala-ut-kronor-till-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:betala\s+ut|utbetala|fördela)\s+(?:totalt\s+|sammanlagt\s+|upp\s+till\s+)?\d[\d\s,]{0,20}(?:miljoner\s+|miljarder\s+)?(?:kronor|kr)\s+till\s+(?:[\p{L}-]+\s+){1,4}?under\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Regeringen ger Kammarkollegiet i uppdrag att betala ut 500 000 000 kronor till regionerna under 2025 för att stärka vården.', 'Socialstyrelsen ska fördela 30 miljoner kronor till kommunerna under år 2024.'],
    counterExamples: ['Kammarkollegiet ska betala ut 500 000 000 kronor till regionerna. Under 2025 följer Socialstyrelsen upp arbetet.', 'Kammarkollegiet betalade ut 80 miljoner kronor till regionerna under 2021.', 'Kammarkollegiet ska betala ut 5 miljoner kronor till regionerna under 2025 och 2026.'],
  },
  {
    // the agency pays the money out in a month of a year: "Kammarkollegiet betalar engångsvis ut pengarna under november månad
    // 2020." (dev 1827), "… betalar ut medlen i oktober 2021"; the present or future, not a payment made ("betalade ut")
    id: 'betalar-ut-under-manad-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // … never a payment in arrears, after a report, or in advance (review70c bu1, bu2, constructed: its month may lie in the
    // year after or before the money's)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:efterskott|förskott|redovisning\p{L}*|slutrapport\p{L}*|(?:har|som)\s+fått)\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:betalar|ska\s+betala|kommer\s+att\s+betala)\s+(?:engångsvis\s+|löpande\s+)?ut\s+(?:pengarna|medlen|bidraget|statsbidraget)\s+(?:engångsvis\s+)?(?:under|i)\s+(?:${alternation(Object.keys(MONTHS))})\s+(?:månad\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Kammarkollegiet betalar engångsvis ut pengarna under november månad 2020.', 'Kammarkollegiet betalar ut medlen i oktober 2021.'],
    counterExamples: ['Kammarkollegiet betalade ut pengarna under november månad 2019.', 'Kammarkollegiet betalar ut pengarna efter rekvisition.', 'Regionen betalar ut lönerna i november 2020.',
      'Bidraget betalas ut i efterskott: kommunen betalar ut bidraget i januari 2026 när redovisningen har kommit in.', 'Kammarkollegiet betalar ut medlen i december 2024 till huvudmän som har fått förskott.'],
  },
  {
    // "Utbetalningen av medlen ska ske i april 2023": the year the money is paid
    id: 'utbetalning-ska-ske', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\butbetalning(?:en|arna)?\s+(?:av\s+(?:medlen|bidraget|statsbidraget|pengarna)\s+)?(?:ska|kommer\s+att)\s+ske\s+(?:i\s+(?:${alternation(Object.keys(MONTHS))})\s+|under\s+(?:år\s+)?)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Utbetalningen av medlen ska ske i april 2023.', 'Utbetalningen kommer att ske under 2024.'],
    counterExamples: ['Utbetalningen av medlen ska ske när rekvisitionen har kommit in.', 'Utbetalningen skedde i april 2022.'],
  },
  {
    // the payment planned for a part of a month: "Utbetalning av stödet planeras ske i mitten av augusti 2022." (dev 2031, Sunne,
    // fresh66); never a payment made ("skedde")
    // (… the money named, and not paid after a report: a payment in arrears lies in the year after the money's, review70c up1, constructed)
    id: 'utbetalning-planeras-ske', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:efterskott|redovisning\p{L}*|slutrapport\p{L}*)\b/iu) }],
    cue: sv(new RegExp(String.raw`\butbetalning(?:en|arna)?\s+av\s+(?:medlen|bidraget|stödet|statsbidraget|pengarna)\s+(?:planeras|beräknas)\s+(?:att\s+)?ske\s+(?:i\s+(?:(?:mitten|början|slutet)\s+av\s+)?(?:${alternation(Object.keys(MONTHS))})\s+|under\s+(?:år\s+)?)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Utbetalning av stödet planeras ske i mitten av augusti 2022.',
      // (fresh66 paraphrases, constructed)
      'Utbetalningen av bidraget beräknas ske i början av juni 2024.', 'Utbetalning av medlen planeras att ske i oktober 2023.'],
    counterExamples: ['Utbetalning av stödet skedde i mitten av augusti 2021.', 'Utbetalning av stödet planeras ske när redovisningen har kommit in.', 'Utbetalning planeras ske i mitten av augusti 2022 och 2023.',
      'Utbetalningen beräknas ske i februari 2026.', 'Utbetalningen av bidraget beräknas ske efter redovisningen i februari 2026.'],
  },
  {
    // the year applied for after the grant's name: "Från och med den 18 augusti 2025 kan nyhetsmedier ansöka om mediestöd för 2026 i
    // myndighetens e-tjänst." (dev 2030, Mediemyndigheten, fresh66) — the grant's year, not the year the window is open in
    id: 'ansoka-om-stod-for-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    cue: sv(new RegExp(String.raw`\b(?:an)?söka\s+om\s+\p{L}*(?:stöd|bidrag|understöd)(?:et)?\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b)`, 'iu')),
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inte|ej|kunde)\b/iu) }],
    examples: ['Från och med den 18 augusti 2025 kan nyhetsmedier ansöka om mediestöd för 2026 i myndighetens e-tjänst.',
      // (fresh66 paraphrases, constructed)
      'Nu kan föreningar söka om verksamhetsbidrag för 2025 i e-tjänsten.', 'Under hösten kan kommuner ansöka om stöd för år 2024.'],
    counterExamples: ['Föreningar kunde ansöka om stöd för 2023 fram till i mars.', 'Det går att ansöka om stöd för 2024 och 2025.', 'Det går inte att ansöka om stöd för 2026 ännu.'],
  },
  {
    // a förordning's or decision's rule for one year: "Statsbidrag lämnas för år 2024 med högst …", "Bidraget avser verksamhet 2024"
    id: 'lamnas-for-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:stats)?bidrag(?:et)?\s+(?:lämnas|beviljas|betalas\s+ut|får\s+lämnas)\s+för\s+(?:år|kalenderåret)\s+${Y}\b${NOT_A_RANGE}|\b(?:stats)?bidraget\s+avser\s+(?:verksamhet(?:en|såret)?\s+(?:under\s+)?)?(?:år\s+)?${Y}\b${NOT_A_RANGE}`
      // … the grant, the understöd or the stöd "gäller (för)" one year: "Bidraget gäller för år 2020" beside a call closing
      // in 2019, "Understödet gäller år 2024" (vary63, constructed: review58's open shape and its Finland-Swedish form)
      // (never a rule "för stödet", nor another year's deficit or a span: "Stödet gäller för 2023 års underskott", "Regionens
      // policy för stödet gäller för år 2023 till och med 2026", review65, constructed)
      + String.raw`|(?<!\bför\s)\b(?:(?:stats|verksamhets|projekt)?bidraget|(?:stats|verksamhets|projekt)?understödet|stödet)\s+gäller\s+(?:för\s+)?(?:verksamhet(?:en)?\s+under\s+|verksamhetsåret\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}(?!\s+års\b|\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.|tom)\s+(?:år\s+)?(?:19|20)\d\d)`, 'iu')),
    examples: ['Statsbidrag lämnas för år 2024 med högst 500 000 kronor per kommun.', 'Bidraget avser verksamhet 2024.', 'Bidraget gäller för år 2020.', 'Understödet gäller år 2024.', 'Stödet gäller för verksamhet under 2023.'],
    counterExamples: ['Statsbidrag lämnas för år 2024 och 2025.', 'Bidraget avsåg verksamhet 2023.', 'Redovisningen avser år 2023.', 'Bidraget gäller för år 2024 och 2025.', 'Redovisningen gäller år 2023.', 'Bidraget gäller inte för år 2023.',
      'Stödet gäller för 2023 års underskott i verksamheten.', 'Regionens policy för stödet gäller för år 2023 till och med 2026.'],
  },
  {
    // a call's own opening line with its year: "Utlysning av stöd för konstnärligt skapande för fria professionella scenkonstgrupper 2020 med anledning av covid–19."
    id: 'utlysning-av-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST, ANNOUNCED],
    cue: sv(new RegExp(String.raw`^(?:Utlysning|Ansökningsomgång)\s+(?:av|för|om)\s+[^.]{0,120}?\s${Y}\b${NOT_A_RANGE}(?!\s+års)`, 'u')),
    examples: ['Utlysning av stöd för konstnärligt skapande för fria professionella scenkonstgrupper 2020 med anledning av covid–19.', 'Ansökningsomgång för projektmedel 2024'],
    counterExamples: ['Utlysning av projektmedel 2024–2025', 'Utlysningen av medel 2019 var den första.', 'Resultatet av utlysning av medel 2019 redovisas här.', 'Utlysning av medel 2019 hade 40 sökande.'],
  },
  {
    // the application opened for one year's grant: "Den 4 april 2022 öppnar ansökningen för verksamhetsbidrag 2023."
    id: 'ansokan-for-bidrag-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST],
    // Region Stockholm (dev 247) and Socialstyrelsen's anvisningar heading (diff q46)
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningen|ansökningarna)\s+(?:om|för)\s+\p{L}*bidrag(?:et)?\s+(?:för\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Den 4 april 2022 öppnar ansökningen för verksamhetsbidrag 2023.', 'Anvisningar för ansökan om statsbidrag för 2018 till kvinno- och tjejjourer'],
    counterExamples: ['Ansökningen för verksamhetsbidrag öppnar i april.', 'Ansökningen för verksamhetsbidrag 2023 var stängd.'],
  },
  {
    // the application for what the money pays, then the year it pays for, open now (the window's own year after it is
    // when one applies): "Ansökan för verksamhet och projekt för 2025 är öppen 1–30 september 2024." (dev 1948, BMR)
    id: 'ansokan-for-x-for-ar-oppen', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningen)\s+(?:om|för|till)\s+[^.\d]{1,60}?\s+för\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+(?:är\s+öppen|öppnar|pågår)\s+(?:(?:(?:den|från|mellan)\s+)?\d{1,2}\b|i\s+(?:${alternation(Object.keys(MONTHS))})\s+(?:19|20)\d\d\b)`, 'iu')),
    // (… its days or its month and year after the verb: a window told only by a yearless month or a season is a later round's
    // announced, review70c ax2, constructed; dev 922 "Ansökan om föreningsstöd för 2025 öppnar i september 2024." keeps 2025)
    examples: ['Ansökan för verksamhet och projekt för 2025 är öppen 1–30 september 2024.', 'Ansökan om föreningsstöd för 2025 öppnar i september 2024.', 'Ansökan om bidrag till lägerverksamhet för 2024 öppnar den 1 oktober 2023.',
      'Ansökningen för projektstöd och verksamhetsstöd för år 2026 är öppen 1–31 mars 2025.'],
    counterExamples: ['Ansökan för verksamhet och projekt för 2025 var öppen 1–30 september 2024.', 'Ansökan för projekt för 2024–2025 är öppen i mars.', 'Ansökan för verksamhet och projekt är öppen 1–30 september 2024.',
      'Ansökan till stipendiet för unga för 2026 öppnar i januari.', 'Ansökan om lokalbidrag för 2026 öppnar i höst.'],
  },
  {
    // what a (changed) decision lets be paid out in one year: "Under 2023 får 26 miljoner kronor utbetalas."
    id: 'under-ar-far-utbetalas', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}\s+får\s+[^.]{0,80}?\b(?:utbetalas|betalas\s+ut|fördelas)\b`, 'iu')),
    examples: ['Under 2023 får 26 miljoner kronor utbetalas.', 'För 2024 får högst 5 miljoner kronor fördelas.'],
    counterExamples: ['Under 2023 får kommunerna redovisa arbetet.', 'Under 2022 fick 13 miljoner kronor utbetalas.'],
  },
  {
    // a payment under an agreement named with its year: "… den överenskommelse som regeringen och SKR ingått, …,
    // som avser Sammanhållen, jämlik och säker vård 2021 - Personcentrerade …" (not a range, not a date's year)
    id: 'overenskommelse-namn-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\böverenskommelse\p{L}*\s[^.]{0,160}?\b(?:som\s+avser|avseende|om)\s+[^.\d]{1,80}?(?<!\b(?:${alternation(Object.keys(MONTHS))}))\s${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Kammarkollegiet ska utbetala 290 000 000 kronor i enlighet med den överenskommelse som regeringen och SKR ingått, regeringsbeslut I:0 från den 22 december 2020 (dnr S2020/09781), som avser Sammanhållen, jämlik och säker vård 2021 - Personcentrerade och sammanhållna vårdförlopp.', 'Medlen betalas ut enligt överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2022.'],
    counterExamples: ['Medlen betalas ut enligt överenskommelsen om förlossningsvård och kvinnors hälsa 2020–2022.', 'Överenskommelsen om insatserna undertecknades i december 2020.', 'Kammarkollegiet betalar ut medlen under 2021.'],
  },
  {
    // a round's priorities for one year: "Under 2023 prioriterar Länsstyrelsen insatser som …"
    id: 'under-ar-prioriterar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}\s+prioriterar\b`, 'iu')),
    examples: ['Under 2023 prioriterar Länsstyrelsen insatser som särskilt riktar sig till föräldralediga.'],
    counterExamples: ['Länsstyrelsen prioriterar insatser som riktar sig till föräldralediga.', 'Under 2023 prioriterades insatser för föräldralediga.'],
  },
  {
    // the year opening the sentence, the money to be shared after a modal: "2022 kan länsstyrelserna tillsammans fördela totalt 68 miljoner kronor."
    id: 'ar-kan-fordela-kronor', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`^(?:(?:under|för)\s+)?(?:år\s+)?${Y}\s+(?:kan|ska|får|kommer)\s+[^.]{0,80}?\b(?:fördela|betala\s+ut|utlysa)\b[^.]{0,60}?\b(?:kronor|kr)\b`, 'iu')),
    examples: ['2022 kan länsstyrelserna tillsammans fördela totalt 68 miljoner kronor.', 'Under 2024 ska Länsstyrelsen fördela 3 miljoner kronor.'],
    counterExamples: ['2022 fördelades 68 miljoner kronor.', '2022 kan länsstyrelserna fördela mer medel.', 'Länsstyrelserna kan 2022 fördela 68 miljoner kronor och 2023 lika mycket.'],
  },
  {
    // the application a decision answers, named by its year: "(se kommunens beslutsmeddelande om ansökan för 2018)"
    id: 'ansokan-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:beslutsmeddelande|beslut(?:et)?)\s+om\s+(?:er\s+|din\s+|kommunens\s+|regionens\s+)?ansökan\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Kommunen har inte följt de villkor som framgår av beslutet om statsbidrag (se kommunens beslutsmeddelande om ansökan för 2018).'],
    counterExamples: ['Kommunen skickar in sin ansökan för 2018 och 2019.', 'Ansökan för 2018 ska ha kommit in senast den 1 mars.', 'Beslut om ansökan för 2018 och 2019 meddelas i maj.'],
  },
  {
    // the funder's own year of granting, after a modal: "Brå kan under 2024 bevilja stöd upp till 750 000 kronor per ansökan"
    id: 'kan-under-ar-bevilja', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:kan|får|ska|kommer\s+att)\s+under\s+(?:år\s+)?${Y}\s+(?:bevilja|fördela|betala\s+ut|dela\s+ut)\b`, 'iu')),
    examples: ['Brå kan under 2024 bevilja stöd upp till 750 000 kronor per ansökan för utvärdering och uppföljning.'],
    counterExamples: ['Brå kan under 2024 följa upp projekten.', 'Brå kunde under 2023 bevilja stöd till 61 kommuner.'],
  },
  {
    // the year first, then the sum shared out: "För 2019 delas 3,5 miljarder ut."
    id: 'for-ar-delas-ut', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`^för\s+(?:år\s+)?${Y}\s+(?:delas|fördelas|betalas)\s+(?:totalt\s+)?[^.]{0,40}?\b(?:miljon|miljoner|miljard|miljarder|kronor|kr)\b`, 'iu')),
    examples: ['För 2019 delas 3,5 miljarder ut.', 'För år 2024 fördelas totalt 12 miljoner kronor.'],
    counterExamples: ['För 2019 och 2020 delas 3,5 miljarder ut.', 'För 2019 delas inga medel ut.'],
  },
  {
    // the funder grants for a year, or a Finland-Swedish "understöd för år …": "Social- och hälsovårdsnämnden
    // beviljar för år 2019 riktade understöd", "Ansök om verksamhetsunderstöd för 2024"
    id: 'beviljar-for-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [PAST, ANNOUNCED],
    cue: sv(new RegExp(String.raw`\b(?:beviljar|fördelar|delar\s+ut)\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}|\b\p{L}*understöd(?:et)?\s+för\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Social- och hälsovårdsnämnden beviljar för år 2019 riktade understöd till föreningar.', 'Ansök om verksamhetsunderstöd för 2024.'],
    counterExamples: ['Nämnden beviljade för år 2018 understöd till tio föreningar.', 'Ansök om understöd för 2019 och 2020.', 'Information om understöd för 2025 kommer att publiceras på webbplatsen.'],
  },
  {
    // the sum set aside for a year, told after it: "Under 2020 kommer 155 tkr att avsättas för lokala projekt"
    id: 'under-ar-avsatts', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\bunder\s+(?:år\s+)?${Y}\s+kommer\s+[^.]{0,120}?\batt\s+avsättas\b`, 'iu')),
    examples: ['Under 2020 kommer 155 tkr att avsättas för minst två av huvudmännen att ansöka om.'],
    counterExamples: ['Under 2020 kommer styrelsen att avsätta tid för uppföljning.', 'Under 2019 hade 100 tkr kommit att avsättas.'],
  },
  {
    // the year first, then who set the money aside: "För 2023 har kommunfullmäktige avsatt totalt 9 250 €"
    id: 'for-ar-har-avsatt', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    note: 'one document: every example is from dev 916; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(new RegExp(String.raw`\bför\s+${Y}\s+har\s+(?:[\p{L}-]+\s+){0,3}?(?:avsatt|reserverat|budgeterat|anslagit)\b`, 'iu')),
    examples: ['För 2023 har kommunfullmäktige avsatt totalt 9 250 € för verksamhetsbidrag till aktiva föreningar inom kultursektorn.'],
    counterExamples: ['För 2023 har kommunfullmäktige beslutat om nya riktlinjer.', 'Kommunfullmäktige har avsatt 9 250 € för 2023 och 2024.'],
  },
  {
    // the giver's budget for a year, then the money set aside in it: "I grundtrygghetsnämndens budget för år 2022 har det
    // reserverats totalt 10 000 euro för verksamhetsbidrag som delas ut till föreningar." (dev 2154, Ingå); the budget a
    // nämnd's or kommun's after "I" (an association's or project's own budget is the applicant's plan), the money said to
    // be set aside (not "inga medel", not the past "hade")
    id: 'i-budget-for-ar-har-reserverats', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    // (review72b y3: "I bolagets budget för 2023 har det avsatts 100 000 kronor som egen insats" is the applicant's own plan: the
    // budget named is a giving body's, a nämnd's, kommun's, region's, stad's, styrelse's, stiftelse's or fond's, or none)
    cue: sv(new RegExp(String.raw`\bi\s+(?:[\p{L}-]{0,30}(?:nämnd|kommun|region|stad|styrelse|stiftelse|fond|förvaltning|landskap|stat)(?:en|et)?s\s+)?budget(?:en)?\s+för\s+(?:år\s+)?${Y}\s+(?:har|är)\s+(?:det\s+)?(?!(?:inga|inget|inte|ej)\b)(?:[\p{L}\d-]+\s+){0,3}?(?:reserverats|avsatts|budgeterats|anvisats|reserverat|avsatt|budgeterat)\b`, 'iu')),
    examples: ['I grundtrygghetsnämndens budget för år 2022 har det reserverats totalt 10 000 euro för verksamhetsbidrag som delas ut till föreningar.',
      // (fresh71 paraphrases in other bodies' phrasing, constructed)
      'I kulturnämndens budget för 2024 har 200 000 kronor avsatts för projektbidrag.', 'I regionens budget för 2025 har det avsatts 1,2 miljoner kronor till kulturbidrag.'],
    counterExamples: ['I föreningens budget för 2023 har det avsatts 5 000 kronor till resor.', 'I nämndens budget för 2022 har inga medel reserverats för föreningsbidrag.',
      'I nämndens budget för 2021 hade det reserverats 10 000 euro.', 'Verksamhetsplan och budget för år 2024 ska bifogas ansökan.',
      // (review72b y3: a company's or an applicant's own budget)
      'I bolagets budget för 2023 har det avsatts 100 000 kronor som egen insats.', 'I sökandes budget för 2025 har det budgeterats 50 000 kronor i egen insats.'],
  },
  {
    // money reserved in one year's budget: "Totalt har 17 500 euro reserverats för föreningsunderstöd i 2024 års budget"
    id: 'reserverats-i-ars-budget', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    note: 'one document: every example is from dev 919; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(new RegExp(String.raw`\b(?:reserverats|avsatts|budgeterats|anvisats)\b[^.]{0,80}?\bi\s+${Y}\s+års\s+budget\b`, 'iu')),
    examples: ['Totalt har 17 500 euro reserverats för föreningsunderstöd i 2024 års budget för bildnings- och välfärdsnämnden.'],
    counterExamples: ['I 2024 års budget finns inga medel för föreningar.', 'Totalt har 17 500 euro reserverats för föreningsunderstöd.'],
  },
  {
    // a compound money noun with its year right after, in a sentence about applying or calling:
    // "Nu är utlysninsperioden öppen för förstudiemedel 2023" (dev 938), "beslut om forskningsmedel 2022" (dev 941)
    id: 'medel-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b\p{L}{3,}medel(?:en)?\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    also: { where: 'sentence', cue: sv(/\b(?:utlys\p{L}*|ansök\p{L}*|söka|sökas|öppen|öppnar|beslut\s+om|fördel\p{L}*)/iu) },
    examples: ['Nu är utlysninsperioden öppen för förstudiemedel 2023.', 'Årshjul för utlysningsprocessens olika steg för beredning och beslut om forskningsmedel 2022.'],
    counterExamples: ['Nu är utlysningen öppen för projektmedel 2021–2027.', 'Kommunen beviljades folkhälsomedel 2019 efter ansökan.', 'Projektmedel 2023 redovisas i mars.'],
  },
  {
    // the projects of a year that a call takes applications for: "Svensk-norska fonden tar emot ansökningar för projekt 2023" (dev 933)
    id: 'ansokningar-for-projekt-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    note: 'one document: every example is from dev 933; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(new RegExp(String.raw`\b(?:ansökningar|ansökan|ansöka|söka)\b[^.]{0,60}?\bför\s+projekt\s+(?:under\s+|år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Svensk-norska fonden tar emot ansökningar för projekt 2023 som uppfyller följande kriterier:'],
    counterExamples: ['Svensk-norska fonden tar emot ansökningar för projekt 2023 och 2024.', 'Fonden tog emot rapporter för projekt 2023.', 'Fonden beviljade ansökningar för projekt 2022.'],
  },
  {
    // the projects a round's applications are for, told as the year they are carried out in, also in a past-tense
    // account of the deadline: "Den 15 oktober 2018 var sista dag för ansökan till projekt som ska genomföras under 2019." (dev 1048)
    id: 'ansokan-till-projekt-som-ska-genomforas-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    cue: sv(new RegExp(String.raw`\b(?:ansökan|ansökningar|ansöka|söka)\s+(?:till|för|om)\s+(?:bidrag\s+(?:till|för)\s+)?projekt\s+som\s+ska\s+(?:genomföras|påbörjas|äga\s+rum)\s+(?:under|i)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Den 15 oktober 2018 var sista dag för ansökan till projekt som ska genomföras under 2019.', 'Du kan söka för projekt som ska genomföras under 2025.'],
    counterExamples: ['Den 15 oktober 2018 var sista dag för ansökan till projekt som ska genomföras under 2019 och 2020.', 'Redovisning av projekt som genomfördes under 2019.', 'Projekt som ska genomföras under 2019 redovisas i mars.'],
  },
  {
    // the money set aside for one year's efforts, the year after what it is for: "Humanvetenskapliga området har
    // sammanlagt avsatt 3 000 tkr för strategiska forskningssatsningar 2019, fördelat på två utlysningar under året." (dev 1040)
    id: 'har-avsatt-belopp-for-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\bhar\s+(?:sammanlagt\s+|totalt\s+)?avsatt\s+\d[\d\s]{0,15}(?:tkr|kronor|kr|miljoner\s+kronor|mkr)\s+för\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4}?\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Humanvetenskapliga området har sammanlagt avsatt 3 000 tkr för strategiska forskningssatsningar 2019, fördelat på två utlysningar under året.', 'Regionen har avsatt 500 000 kronor för kulturprojekt 2024.'],
    counterExamples: ['Området hade sammanlagt avsatt 3 000 tkr för strategiska forskningssatsningar 2019.', 'Regionen har avsatt 500 000 kronor för kulturprojekt 2024–2025.', 'Regionen har avsatt pengar för kulturprojekt 2024.'],
  },
  {
    // a call named with its year as the subject of its opening: "Utlysningen Nyttiggörande 2024 kommer vara öppen för ansökningar …" (dev 1043)
    id: 'utlysningen-namn-ar-oppen', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b[Uu]tlysningen\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?\s+${Y}\b${NOT_A_RANGE}\s+(?:kommer\s+(?:att\s+)?(?:vara\s+öppen|öppna)|är\s+öppen|öppnar)\b`, 'u')),
    examples: ['Utlysningen Nyttiggörande 2024 kommer vara öppen för ansökningar inom alla Fortes huvudområden.', 'Utlysningen Kulturstöd Plus 2025 öppnar i maj.'],
    counterExamples: ['Utlysningen Nyttiggörande 2024 var öppen för ansökningar i maj.', 'Utlysningen Nyttiggörande 2024–2025 kommer vara öppen i maj.', 'Utlysningen av nyttiggörande 2024 kommer vara öppen i maj.'],
  },
  {
    // a call announced by the month and year it opens: "I mars 2019 öppnar Forte den andra utlysningen inom programmet
    // Tillämpad välfärdsforskning." (dev 1913); a call that opened in the past is another's
    // (the grant the call is for is part of the phrase, "… ansökan om verksamhetsbidrag": findYear skips another grant's
    // on a page titled by its own; a call for next year's grants is not this year's — review58 ym2, ym3, constructed)
    // (the call as the subject, the month and year after the verb: "Utlysningen öppnar i mars 2019 och stänger i maj.", h/vary59)
    id: 'i-manad-ar-oppnar-utlysningen', where: 'sentence', meaning: 'money-year', weight: 1,
    // … nor a call whose grant is for a year named after the opening's ("Utlysningen öppnar i januari 2025 och avser insatser
    // under 2026", review63 y2b, constructed: the year it is for, not the month it opens)
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:nästa|kommande|nästkommande)\s+år(?:s|et)?\b/iu) },
      { where: 'sentence', cue: sv(/\böppnar\s[^.]{0,40}?\b(?:19|20)\d\d\b[^.]{0,40}?\b(?:avser|gäller|för)\s[^.]{0,60}?\b(?:19|20)\d\d\b/iu) }],
    cue: sv(new RegExp(String.raw`^I\s+(?:${alternation(Object.keys(MONTHS))})\s+${Y}\s+öppnar\s+(?:[\p{L}-]+\s+){0,3}?(?:den\s+|en\s+)?(?:\p{L}+\s+)?(?:utlysning(?:en)?|ansökningsomgång(?:en)?|ansökan)\b(?:\s+(?:om|för|till)\s+[\p{L}-]+)?|^(?:Utlysningen|Ansökan|Ansökningsomgången)\s+öppnar\s+(?:i\s+)?(?:början\s+av\s+|slutet\s+av\s+|mitten\s+av\s+)?(?:${alternation(Object.keys(MONTHS))})\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['I mars 2019 öppnar Forte den andra utlysningen inom programmet Tillämpad välfärdsforskning.', 'I september 2024 öppnar ansökan för projektbidrag.', 'Utlysningen öppnar i mars 2019 och stänger i maj.'],
    counterExamples: ['Utlysningen öppnade i mars 2019.', 'Utlysningen öppnar i mars varje år sedan 2019.', 'I mars 2019 öppnade Forte den andra utlysningen.', 'I mars 2019 öppnar Forte ett nytt kontor.', 'Sedan mars 2019 öppnar Forte utlysningen varje år.',
      'I oktober 2024 öppnar ansökan för nästa års bidrag.', 'Utlysningen öppnar i januari 2025 och avser insatser under 2026.'],
  },
  {
    // the call's one closing day as a labelled line, the year after a comma: "Utlysningen stänger: 16 april, 2019, kl. 14:00"
    // (dev 1912, Forte: the page has no heading and no other year of the call)
    id: 'utlysningen-stanger-label-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`^(?:Utlysningen|Ansökan|Ansökningsperioden)\s+stänger\s*:\s*(?:den\s+)?\d{1,2}\s+(?:${MONTHS_JAN_SEP}|jan|feb|mar|apr|jun|jul|aug|sept?)\.?,?\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    // (… only in the first nine months: a call closing in the autumn is commonly for next year's money, review70c us1,
    // constructed: "Utlysningen stänger: 30 november, 2024" for projects under 2025)
    examples: ['Utlysningen stänger: 16 april, 2019, kl. 14:00', 'Utlysningen stänger: 25 sep 2023'],
    counterExamples: ['Utlysningen stänger: 30 november, 2024, kl. 14:00', 'Utlysningen stänger: 25 okt 2023', 'Utlysningen stängde: 16 april, 2019', 'Utlysningen stänger 16 april men beslut fattas 2019.', 'Fortes styrelse fattar beslut om finansiering: 1 oktober, 2019'],
  },
  {
    // the year's application rounds counted: "Under 2017 har vi två ansökningsomgångar." (dev 1091), "Det finns två
    // tillfällen att ansöka om statsbidrag under 2020." (dev 522), "Under 2021 finns det två ansökningsomgångar för …" (dev 121)
    id: 'ansokningsomgangar-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}\s+(?:har\s+vi|finns\s+det|blir\s+det)\s+(?:en|två|tre|fyra|flera|\d)\s+(?:ansökningsomgång(?:ar)?|ansökningstillfällen|tillfällen\s+att\s+(?:an)?söka)\b|\b(?:finns|har\s+vi|blir)\s+(?:det\s+)?(?:en|två|tre|fyra|flera|\d)\s+(?:ansökningsomgång(?:ar)?|ansökningstillfällen|tillfällen\s+att\s+(?:an)?söka)\b[^.]{0,80}?\bunder\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Under 2017 har vi två ansökningsomgångar.', 'Det finns två tillfällen att ansöka om statsbidrag under 2020.', 'Under 2021 finns det två ansökningsomgångar för alla typer av LONA-projekt med sista ansökningsdag 15 mars.'],
    counterExamples: ['Under 2019 hade vi två ansökningsomgångar.', 'Det finns två tillfällen att ansöka om statsbidrag under 2020 och 2021.', 'Det finns två ansökningsomgångar per år.'],
  },
  {
    // the sharing out of a year's money: "Preliminär fördelning av tillskott till kommuner och regioner för 2020" and "en
    // preliminär fördelning av de 28,486 miljarder kronor som tillfaller kommuner och regioner under 2020" (dev 529), "den
    // delen av uppdraget som avser fördelning av bidrag för år 2017 till ideella organisationer" (dev 846); not what
    // the sharing is based on ("Fördelningen av medlen baseras på antalet invånare under 2019") nor a transitional rule
    id: 'fordelning-av-medel-for-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:baseras|grundas|beräknas|utgår|gjordes|skedde|övergångsbestämmelse\p{L}*)\b/iu) }],
    cue: sv(new RegExp(String.raw`\bfördelning(?:en)?\s+av\s+[^.]{0,60}?(?:bidrag|medel|tillskott|kronor|miljoner|miljarder)\p{L}{0,8}\s[^.]{0,80}?\b(?:för|under)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Preliminär fördelning av tillskott till kommuner och regioner för 2020', 'Finansdepartementet redovisar en preliminär fördelning av de 28,486 miljarder kronor som tillfaller kommuner och regioner under 2020.', 'Folkhälsomyndigheten ska för den delen av uppdraget som avser fördelning av bidrag för år 2017 till ideella organisationer samråda med länsstyrelserna.'],
    counterExamples: ['Fördelningen av medlen baseras på antalet invånare under 2019.', 'Fördelningen av bidrag för 2024 och 2025 görs i mars.', 'Fördelningen av bidrag gjordes under 2019.', 'Övergångsbestämmelser innebär att fördelningen av bidrag för år 2024 ska ske enligt de tidigare föreskrifterna.'],
  },
  {
    // the chance to apply in or for one year (year68): "Under 2023 har alla Bilda Sydösts medlemsorganisationer och
    // samverkansparter möjlighet att söka pengar ur Bilda Sydösts folkbildningsfond." (dev 1248), "Inför 2021 är det möjligt
    // för ideella organisationer att ansöka om medel …" (dev 1754), "Nu har ideella organisationer … möjlighet att söka medel
    // till sin verksamhet under 2018." (dev 1403); never a past chance ("hade möjlighet", "var det möjligt") nor none
    id: 'mojlighet-att-soka-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // (… nor a chance besides this grant's, review69 ms1: "Under 2026 har föreningarna även möjlighet att söka det nya
    // investeringsstödet, som ersätter lokalbidraget.")
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inte|ej|ingen|inga|fanns|gavs|genomfördes|kunde)\b/iu) },
      { where: 'sentence', cue: sv(/\b(?:även|också)\s+möjlighet\b|\bdet\s+nya\s+\p{L}{0,30}?(?:stöd|bidrag)|\bersätter\b/iu) }],
    cue: sv(new RegExp(String.raw`\b(?:under|inför|för)\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+(?:har|är\s+det|finns\s+det|ges)\s+[^.]{0,100}?\bmöjlig(?:het|t)\s+(?:för\s+[^.]{1,60}?\s)?att\s+(?:an)?söka\b|\bmöjlighet\s+att\s+(?:an)?söka\s+(?:om\s+)?(?:medel|bidrag|stöd|pengar)\s+(?:till|för)\s+(?:sin|sina|er|ert|era|föreningens|organisationens)\s+verksamhet\s+under\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Under 2023 har alla Bilda Sydösts medlemsorganisationer och samverkansparter möjlighet att söka pengar ur Bilda Sydösts folkbildningsfond.',
      'Inför 2021 är det möjligt för ideella organisationer att ansöka om medel för att utveckla och bidra till folkhälsan bland befolkningen i Västerbottens län.',
      'Nu har ideella organisationer som arbetar tobaksförebyggande möjlighet att söka medel till sin verksamhet under 2018.',
      // (year68 paraphrases, constructed)
      'Under 2025 har föreningar i kommunen möjlighet att ansöka om lokalbidrag.', 'För år 2024 finns det möjlighet att söka stöd för kulturarrangemang.', 'Studieförbunden har möjlighet att söka bidrag till sin verksamhet under 2026.'],
    counterExamples: ['Under 2022 hade föreningarna möjlighet att söka pengar ur fonden.', 'Under 2024 finns det ingen möjlighet att söka bidraget.', 'Inför 2021 var det möjligt att ansöka om medel.',
      'Under 2024 och 2025 har föreningar möjlighet att söka bidrag.', 'Föreningar har möjlighet att söka bidrag för aktiviteter som genomfördes under 2023.',
      'Under 2026 har föreningarna även möjlighet att söka det nya investeringsstödet, som ersätter lokalbidraget.'],
  },
  {
    // the funder gives the money out in one year, in the present tense (year68): "… samhällsbyggnadsnämnden delar ut ett kommunalt
    // utvecklingsstöd på 50 000 euro under år 2021." (dev 1741), "Framtids- och utvecklingssektionen beviljar byautvecklingsunderstöd
    // under 2022." (dev 1740), "År 2025 delas totalt 20 000 euro ut i välfärdsbidrag." (dev 1976); never a past round ("delade
    // ut", "delades ut") nor a refusal
    id: 'delar-ut-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:inte|ej|inga|ingen|delade|delades|beviljade|beviljades)\b/iu) }],
    // (… and the year between the verb and its particle, diffb35: "Region Gävleborg delar år 2016 ut kulturstipendier och
    // kulturpris …", diff q340–q342; not "delar sedan år 2015 ut", a start, nor "delade år 2017 ut", a past round)
    cue: sv(new RegExp(String.raw`\b(?:delar\s+ut|beviljar)\b[^.]{0,100}?\bunder\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}|\b(?:år|under)\s+(?:år\s+)?${Y}\s+delas\s+(?:[^.]{0,60}?\s)?ut\b|\bdelar\s+(?:under\s+)?(?:år\s+)?${Y}\s+ut\b`, 'iu')),
    examples: ['Detta görs genom att samhällsbyggnadsnämnden delar ut ett kommunalt utvecklingsstöd på 50 000 euro under år 2021.', 'Framtids- och utvecklingssektionen beviljar byautvecklingsunderstöd under 2022.', 'År 2025 delas totalt 20 000 euro ut i välfärdsbidrag.',
      // (year68 paraphrases, constructed)
      'Kulturnämnden delar ut 300 000 kronor i arrangörsstöd under 2024.', 'Under 2026 delas 15 stipendier ut till unga musiker.',
      // (diffb35: q340, and two paraphrases in other bodies' words, constructed)
      'Region Gävleborg delar år 2016 ut kulturstipendier och kulturpris för att stödja, uppmuntra och hedra betydelsefull verksamhet inom kulturområdet.',
      'Kommunen delar under 2025 ut tre ledarstipendier till unga tränare.', 'Stiftelsen delar 2024 ut forskningsbidrag om sammanlagt 2 miljoner kronor.'],
    counterExamples: ['Kulturnämnden delade ut 300 000 kronor i arrangörsstöd under 2023.', 'År 2023 delades totalt 20 000 euro ut.', 'Nämnden beviljar inga bidrag under 2024.', 'Nämnden beviljar bidrag under 2024 och 2025.', 'Under 2020 kommer inga stipendier att delas ut.',
      // (diffb35 counter-probes: a start year, a past round, a refusal)
      'Regionen delar sedan år 2015 ut kulturstipendier varje vår.', 'Region Gävleborg delade år 2017 ut sex kulturstipendier.', 'Nämnden delar år 2026 inte ut några stipendier.'],
  },
  {
    // what the money is applied for, the activities of a year or of a named holiday of it (year68: dev 2036 "… ansöka om
    // medel (5000 kr) för att arrangera aktiviteter under sommarlovet 2024", dev 2037 "söka medel för aktiviteter … när
    // Sveriges regering utökar sin satsning på kostnadsfria lovaktiviteter under 2018"): the year the money is used in.
    // Only in a sentence about applying or money, never a past account ("Under sommarlovet 2024 arrangerades 40 aktiviteter",
    // "Antal aktiviteter under 2023: 40")
    id: 'aktiviteter-under-lov-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    // (… the activities what the money is for or on: "för att arrangera aktiviteter", "till kostnadsfria lovaktiviteter", "satsning
    // på … lovaktiviteter"; not activities a club has had, "om föreningen har haft fler aktiviteter under hösten 2020", dev 1674)
    cue: sv(new RegExp(String.raw`(?<![\p{L}-])(?:för|till|på)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:aktiviteter(?:na)?|arrangemang(?:en)?|evenemang(?:en)?)\s+(?:som\s+(?:genomförs|sker|äger\s+rum|ordnas|arrangeras|anordnas)\s+)?(?:under\s+(?:(?:sommar|höst|sport|påsk|vinter)lovet\s+|sommaren\s+|hösten\s+|våren\s+)?|avseende\s+)(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    also: { where: 'sentence', cue: sv(/(?<![\p{L}-])(?:(?:an)?söka[rs]?|sökas|ansökan|medel|medlen|bidrag\p{L}{0,4}|stöd\p{L}{0,4})(?![\p{L}-])/iu) },
    // (… nor a refusal, review69 al2: "Det går inte att söka bidrag för aktiviteter under 2026 i den här omgången.")
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:genomfördes|arrangerades|anordnades|ordnades|kunde|fanns|beviljades|inte|ej|ingen|inga)\b/iu) }],
    examples: ['Under perioden 26 april - 27 maj kan ni ansöka om medel (5000 kr) för att arrangera aktiviteter under sommarlovet 2024.',
      'Nu kan Mölndals föreningsliv söka medel för aktiviteter under samtliga skollov, när Sveriges regering utökar sin satsning på kostnadsfria lovaktiviteter under 2018.',
      // (year68 paraphrases, constructed)
      'Stödet kan sökas för aktiviteter som genomförs under 2025.', 'Bidraget ska användas till kostnadsfria lovaktiviteter under 2025.', 'Föreningar kan söka bidrag för arrangemang under höstlovet 2023.',
      // (… "avseende": dev 1342, Radiohjälpen)
      'Möjlighet till ansökan för aktiviteter avseende 2023 med kostnader upp till 30 000 kronor.'],
    counterExamples: ['Under sommarlovet 2024 arrangerades 40 aktiviteter.', 'Antal aktiviteter under 2023: 40.', 'Föreningar kunde söka bidrag för aktiviteter under 2023.', 'Bidrag kan sökas för aktiviteter under 2024 och 2025.',
      'Föreningen genomförde aktiviteter under 2023 med stöd från kommunen.', 'Det går inte att söka bidrag för aktiviteter under 2026 i den här omgången.', 'Om föreningen har haft fler aktiviteter under hösten 2020 ska en komplett ansökan göras i vanlig ordning senast den 25 februari.'],
  },
  {
    // what is new in the year's round: "Nytt för 2018 är att föreningar och studieförbund även kan söka stöd för lovaktiviteter
    // under övriga lov" (year68: dev 2042, Botkyrka) — the rules of the year the page is for
    id: 'nytt-for-ar-ar-att', where: 'sentence', meaning: 'money-year', weight: 1, unless: [NEXT_YEARS],
    cue: sv(new RegExp(String.raw`(?<![\p{L}-])nytt\s+(?:för|inför)\s+(?:år\s+|i\s+år\s+)?${Y}\b${NOT_A_RANGE}\s+är\s+att\b`, 'iu')),
    examples: ['Nytt för 2018 är att föreningar och studieförbund även kan söka stöd för lovaktiviteter under övriga lov och helgdagar.',
      // (year68 paraphrases, constructed)
      'Nytt inför 2025 är att ansökan görs i kommunens e-tjänst.', 'Nytt för år 2024 är att även stiftelser kan söka.'],
    counterExamples: ['Nytt sedan 2023 är att ansökan görs i e-tjänsten.', 'Inför nästa år: nytt för 2027 är att bidraget söks i den nya e-tjänsten.', 'Nytt för 2024 och 2025 är att bidraget kan sökas två gånger.', 'Det är nytt för 2018.'],
  },
  {
    // what the money pays for must take place in the year: "Aktiviteten måste ske under 2021." (dev 934), "en
    // yrkeshögskoleutbildning som ska starta under hösten 2018" (dev 403), "Insatsen ska påbörjas under 2025" (dev 324)
    id: 'aktivitet-ska-ske-under-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b\p{L}*(?:aktivitet(?:en|er|erna)?|projekt(?:et|en)?|insats(?:en|er|erna)?|utbildning(?:en|ar|arna)?)\s+(?:som\s+)?(?:måste|ska|skall)\s+(?:ske|genomföras|äga\s+rum|påbörjas|starta|startas|utföras)\s+under\s+(?:(?:våren|sommaren|hösten)\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Aktiviteten måste ske under 2021.', 'Utbildningsanordnare kan bara söka startbidrag för en yrkeshögskoleutbildning som ska starta under hösten 2018.', 'Insatsen ska påbörjas under 2025 och ansökan är öppen 20 augusti - 25 september.'],
    counterExamples: ['Utbyggnaden ska genomföras under perioden 2022–2024.', 'Projektet ska genomföras under 2021 och 2022.', 'Aktiviteten genomfördes under 2020 och var välbesökt.', 'Redovisningen ska ske under 2022.'],
  },
  {
    // the projects granted in a round, told as the year they are carried out in: "De projekt som beviljats bidrag skall
    // genomföras år 2019." (dev 1199: the granting is in the relative clause, the main verb is the modal's — so PAST,
    // which would take "beviljats" for last year's money, is not a guard here; a past main verb does not match)
    id: 'beviljade-projekt-ska-genomforas-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    note: 'one document: every example is from dev 1199; the shape of aktivitet-ska-ske-under-ar (dev 934, 403, 324) with a relative clause and "år"',
    cue: sv(new RegExp(String.raw`\bprojekt(?:en)?\s+som\s+(?:har\s+)?beviljats\s+(?:bidrag|stöd|medel)\s+(?:ska|skall|måste)\s+(?:genomföras|påbörjas|äga\s+rum)\s+(?:under\s+)?(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['De projekt som beviljats bidrag skall genomföras år 2019.'],
    counterExamples: ['De projekt som beviljats bidrag skall genomföras år 2019 och 2020.', 'De projekt som beviljats bidrag genomfördes år 2018.', 'De projekt som beviljats bidrag skall redovisas år 2019.'],
  },
  {
    // the chance to get support in one year: "Har ni en bra projektidé kan det alltså finnas möjlighet att få stöd under år 2023." (dev 1095)
    id: 'mojlighet-att-fa-stod-under-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\b(?:fanns|gavs)\b/iu) }],
    note: 'one document: every example is from dev 1095; the shape of soka-under-ar ("kan under 2024 söka medel") told as a chance',
    cue: sv(new RegExp(String.raw`\bmöjlighet\s+att\s+(?:få|söka|ansöka\s+om)\s+(?:stöd|bidrag|medel)\s+(?:under|för)\s+(?:år\s+)?${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Har ni en bra projektidé kan det alltså finnas möjlighet att få stöd under år 2023.'],
    counterExamples: ['Det fanns möjlighet att få stöd under år 2022.', 'Det finns möjlighet att få stöd under 2023 och 2024.', 'Det finns möjlighet att få stöd för resor.'],
  },
  {
    // the year's closing days named by the year (dev 2054, Jokkmokk, fresh68): "Under 2024 är sista ansökningsdag den 28 mars
    // och den 1 oktober." — two rounds of one year; the days themselves are yearless
    id: 'under-ar-ar-sista-ansokningsdag', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST],
    cue: sv(new RegExp(String.raw`\b(?:under|för)\s+(?:år\s+)?${Y}\s+(?:är|blir|gäller)\s+(?:följande\s+)?sista\s+(?:ansöknings)?(?:dag|dagar|datum)(?:en|arna)?\b(?!\s+för\s+(?:redovisning|rekvisition|återrapportering))`, 'iu')),
    examples: ['Under 2024 är sista ansökningsdag den 28 mars och den 1 oktober.',
      // (fresh68 paraphrases in other bodies' phrasing, constructed)
      'För 2025 är sista ansökningsdagarna 15 mars och 15 september.', 'Under år 2023 gäller följande sista ansökningsdagar: 1 april och 1 oktober.'],
    counterExamples: ['Under 2023 var sista ansökningsdag 1 april.', 'Under 2024 och 2025 är sista ansökningsdag 1 mars.', 'Under 2024 är sista dag för redovisning 31 mars.', 'Under 2024 är sista ansökningsdag för redovisning 31 mars.'],
  },
  {
    // the support of one season of a year (dev 2045, Eslöv, fresh68): "… får därför särskilt fokus för det extra stödet för
    // sommaren 2022"; the season's year is the money's
    // (a report on a past season's support is none, review68: "Redovisningen av bidraget för sommarlovet 2023 ska vara inne …")
    id: 'stodet-for-sasong-ar', where: 'sentence', meaning: 'money-year', weight: 1, unless: [PAST, { where: 'sentence', cue: sv(/\b(?:redovis|återrapport|slutrapport|rapporter)\p{L}*/iu) }],
    cue: sv(new RegExp(String.raw`\b\p{L}*(?:stödet|bidraget|bidragen|medlen)\s+(?:för|under)\s+(?:sommaren|hösten|våren|vintern|sommarlovet|höstlovet|sportlovet|jullovet)\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Stora torg som invigdes under 2021 är en ny spännande arena för evenemang och får därför särskilt fokus för det extra stödet för sommaren 2022.',
      // (fresh68 paraphrases in other bodies' phrasing, constructed)
      'Lovbidraget för sommarlovet 2024 kan sökas av föreningar.', 'Ansökan om medlen för hösten 2023 görs i e-tjänsten.'],
    counterExamples: ['Redovisningen av bidraget för sommarlovet 2023 ska vara inne senast 1 mars 2024.', 'Stödet för sommaren 2021 fördelades i juni.', 'Bidraget för hösten 2023 och 2024 söks samtidigt.', 'Stödet för sommaren kan sökas från 1 mars 2022.'],
  },
  {
    // the funder's decision on granting, in a month of the year the money is for (dev 2093, Finlands Hembygdsförbund,
    // instr69): "Styrelsen för Finlands Hembygdsförbunds besluter om beviljandet av bidrag i maj 2023." Only a decision in
    // the first nine months: one at the year's end is commonly on next year's money ("beslut i december 2023" for 2024);
    // never a decision made ("beslutade", "fattades")
    id: 'beslut-om-beviljande-manad-ar', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, NEXT_YEARS, { where: 'sentence', cue: sv(/\b(?:beslutade|beslöt|fattades|fattade|togs)\b/iu) }],
    // the board's finite verb ("beslutar om … i maj 2023") or the passive noun ("Beslut om understöd fattas i april 2025"),
    // never a decision one only hopes to make ("räknar med att kunna fatta beslut om organisationsbidraget i januari 2027",
    // dev 1930: a page on another grant than the one it forecasts)
    cue: sv(new RegExp(String.raw`\bbeslut(?:ar|er)\s+om\s+(?:beviljande(?:t)?\s+av\s+)?\p{L}*(?:bidrag|understöd|stöd|medel)(?:et|en)?\s+i\s+${MONTHS_JAN_SEP}\s+${Y}\b${NOT_A_RANGE}`
      + String.raw`|\bbeslut(?:en)?\s+om\s+(?:beviljande(?:t)?\s+av\s+)?\p{L}*(?:bidrag|understöd|stöd|medel)(?:et|en)?\s+(?:fattas|tas|meddelas)\s+i\s+${MONTHS_JAN_SEP}\s+${Y}\b${NOT_A_RANGE}`, 'iu')),
    examples: ['Styrelsen för Finlands Hembygdsförbunds besluter om beviljandet av bidrag i maj 2023.',
      // (instr69 paraphrases in other bodies' phrasing, constructed)
      'Stiftelsens styrelse beslutar om beviljande av bidrag i juni 2024.', 'Beslut om understöd fattas i april 2025.'],
    counterExamples: ['Styrelsen beslutade om beviljandet av bidrag i maj 2022.', 'Beslut om bidrag fattas i december 2023.', 'Beslut om bidrag fattades i april 2021.',
      'Styrelsen beslutar om bidrag i maj 2023 och 2024.', 'Beslut om bidrag fattas i april 2024 för nästa års verksamhet.', 'MUCF räknar med att kunna fatta beslut om organisationsbidraget i januari 2027.'],
  },
  {
    // the year a call's goal or priority is set for (dev 2096, Ulricehamn, instr69): "För 2020 är huvudmålet med
    // folkhälsoarbetet ”fullföljd grundskola och gymnasieutbildning”." — the round's year; not a past year's goal ("var"),
    // not a span, not a bare "målet" (a long-term target: "För 2030 är målet att halvera utsläppen")
    // (… nor a plan's or strategy's long-term goal, review69 hm1: "För 2030 är huvudmålet i kommunens folkhälsoplan att …")
    id: 'for-ar-ar-huvudmalet', where: 'sentence', meaning: 'money-year', weight: 1,
    unless: [PAST, { where: 'sentence', cue: sv(/\p{L}*(?:plan|strategi|vision|agenda)(?:en|et|er|erna)?(?![\p{L}-])|\b(?:huvudmålet|prioriteringen|temat|fokusområdet)\s+att\b/iu) }],
    cue: sv(new RegExp(String.raw`\bför\s+(?:år\s+)?${Y}${NOT_A_RANGE}\s+är\s+(?:huvudmålet|prioriteringen|prioriteringarna|den\s+särskilda\s+inriktningen|temat|fokusområdet)\b`, 'iu')),
    examples: ['För 2020 är huvudmålet med folkhälsoarbetet ”fullföljd grundskola och gymnasieutbildning”.',
      // (instr69 paraphrases in other bodies' phrasing, constructed)
      'För år 2024 är prioriteringen barn och ungas psykiska hälsa.', 'För 2023 är temat hållbar livsstil i hela länet.'],
    counterExamples: ['För 2019 var huvudmålet fullföljd skolgång.', 'För 2030 är huvudmålet i kommunens folkhälsoplan att alla barn ska kunna simma.', 'För 2030 är huvudmålet att halvera utsläppen.', 'För 2030 är målet att halvera utsläppen.', 'För 2024 och 2025 är prioriteringen barn och unga.'],
  },
];

/**
 * A sentence about reporting money of a year ("Redovisning av bidrag för 2024 ska lämnas in senast 31 januari."): on a
 * grant page or an anvisning the report may be of last year's grant as well as this one's, so its year is no grant year
 * there (findYear's `anvisning` reading; a reporting form's year is the year its report is of, and keeps it). year68: a
 * distractor cell of the grid gave 2024 by bidrag-for.
 */
export const REPORT_OF_YEAR: ReadonlyArray<Cue<'report'>> = [
  {
    id: 'redovisning-av-medel-for-ar', where: 'sentence', meaning: 'report', weight: 1,
    cue: sv(/^(?:redovisning(?:en)?|återrapportering(?:en)?|slutredovisning(?:en)?|slutrapport(?:en)?|rapportering(?:en)?)\s+(?:av|för|om)\s+[^.]{0,60}?(?<![\p{L}-])(?:för|under)\s+(?:år\s+)?(?:19|20)\d\d\b/iu),
    examples: ['Redovisning av bidrag för 2024 ska lämnas in senast 31 januari.', 'Återrapportering av statsbidraget för år 2023 görs i e-tjänsten.', 'Slutredovisning av projektmedel för 2022 ska ske senast 1 mars.'],
    counterExamples: ['Ansökan om bidrag för 2025 görs i e-tjänsten.', 'Bidraget för 2025 ska redovisas senast 31 mars 2026.', 'Redovisning av bidraget ska ske senast 31 mars 2025.'],
  },
  {
    // the report named by the genitive year of its money ("Redovisning av 2025 års bidrag ska vara inne senast den 1 mars
    // 2026." beside "Föreningar kan söka verksamhetsbidrag för 2026 …", review74d Y1): last year's grant as often as this one's
    id: 'redovisning-av-ars-bidrag', where: 'sentence', meaning: 'report', weight: 1,
    cue: sv(/^(?:redovisning(?:en)?|återrapportering(?:en)?|slutredovisning(?:en)?|slutrapport(?:en)?|rapportering(?:en)?)\s+(?:av|för|om)\s+(?:19|20)\d\d\s+års\s/iu),
    examples: ['Redovisning av 2025 års bidrag ska vara inne senast den 1 mars 2026.', 'Återrapporteringen av 2024 års statsbidrag görs i e-tjänsten.', 'Slutredovisning för 2023 års projektmedel lämnas senast 1 mars.'],
    counterExamples: ['Ansökan om 2026 års bidrag ska vara inne senast den 15 mars 2026.', 'Redovisningen ska vara inne senast den 1 mars 2026.', 'Ni som söker 2026 års bidrag ska redovisa 2025 års bidrag först.'],
  },
  {
    // a grant of a year not yet reported, a bar to new money ("Har ni fått stöd för verksamhetsåret 2024 och inte redovisat
    // det kan ni inte få nytt stöd.", review73b P15): the earlier grant's year, not the one applied for now
    id: 'fatt-ar-ej-redovisat', where: 'sentence', meaning: 'report', weight: 1,
    cue: sv(/\b(?:fått|fick|beviljats|beviljades|erhållit)\s+(?:[\p{L}-]{1,30}\s+){0,3}?(?:år\s+|verksamhetsår(?:et)?\s+|bidragsår(?:et)?\s+)?(?:19|20)\d\d\b[^.]{0,40}?\b(?:inte|ej)\s+(?:har\s+|än\s+|ännu\s+)?(?:redovisat|redovisats|lämnat\s+(?:in\s+)?(?:någon\s+|en\s+)?redovisning)\b/iu),
    examples: ['Har ni fått stöd för verksamhetsåret 2024 och inte redovisat det kan ni inte få nytt stöd.', 'Föreningar som beviljades bidrag 2023 men ännu inte redovisat det får inget nytt bidrag.',
      'Om ni fick bidrag för år 2024 och inte har lämnat in någon redovisning behandlas inte er ansökan.'],
    counterExamples: ['Föreningar som har fått bidrag 2025 ska redovisa hur pengarna har använts senast den 31 mars 2026.', 'Har ni fått stöd för verksamhetsåret 2026 ska ni redovisa det senast den 31 mars 2027.',
      'Har ni fått ett beslut om bidrag kan ni inte redovisa förrän projektet är slut.'],
  },
];

/**
 * A round said to be closed now, named with its year ("Ansökningstiden för resestipendier 2023 är avslutad."): on a page
 * whose own application closes on a day of a later year, a past round's year, not the grant's (findYear; review70c ap2,
 * ap2b, open71). Read on the phrase a grant-year row matched, so a closed round alone keeps its year (dev 1874, vary59 Y2a).
 */
export const CLOSED_ROUND_YEAR: ReadonlyArray<Cue<'closed-round'>> = [
  {
    id: 'ar-ar-stangd', where: 'sentence', meaning: 'closed-round', weight: 1,
    cue: sv(/\b(?:19|20)\d\d\s+(?:är|har)\s+(?:nu\s+)?(?:stängd|stängt|avslutad|avslutats|stängts)\b/iu),
    examples: ['Ansökningstiden för resestipendier 2023 är avslutad.', 'Ansökningsperioden för hembygdsstipendier 2024 har stängt.', 'Ansökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026.'],
    counterExamples: ['Ansökningstiden för verksamhetsstöd 2024 är öppen.', 'Ansökningsperioden för verksamhetsstöd 2023 är 11 maj–1 juni 2022.', 'Kansliet är stängt 2024.'],
  },
];

/**
 * A title that is a told sentence about a round that is over (a news item's first line read as the title): the call closed, its
 * decisions made, its money given out ("Utlysningen inför 2024 stängde den 15 september 2023 och drog in 85 ansökningar.",
 * "Beslut i utlysningen inför 2023 är nu fattade.", review72e Y4, Y11; "Den som har beviljats bidrag för verksamhet under
 * 2019 ska redovisa det.", S6). Its bare years are then that round's, the grant year only as a year row reads it (findYear).
 * A title telling a round to come keeps its year ("Under 2017 kommer Konstnärsnämnden att fördela cirka 50
 * långtidsstipendier.", dev 1184; "… 2021 kan sökas nu.", dev 1198).
 */
export const TOLD_PAST_TITLE: ReadonlyArray<Cue<'past-round'>> = [
  {
    id: 'title-round-over', where: 'sentence', meaning: 'past-round', weight: 1,
    cue: sv(/(?<![\p{L}])(?:stängde|stängdes|gick\s+ut|löpte\s+ut|avslutades|(?:är|har)\s+(?:nu\s+)?(?:fattade|fattats|tagits|klara|avgjorda|stängd|stängt|avslutad|avslutat|slut)|har\s+(?:nu\s+)?(?:gått|löpt)\s+ut|(?:har|hade)\s+(?:nu\s+)?(?:fördelat|delat\s+ut|beviljat)|har\s+(?:\p{L}+\s+){0,2}?beviljats|fördelades|delades\s+ut|beviljades|drog\s+in|tog\s+emot)(?![\p{L}])/iu),
    examples: ['Utlysningen inför 2024 stängde den 15 september 2023 och drog in 85 ansökningar.', 'Beslut i utlysningen inför 2023 är nu fattade.',
      'Den som har beviljats bidrag för verksamhet under 2019 ska redovisa det.', 'Kulturnämnden har fördelat projektstöden för 2023 till tolv föreningar.',
      'Ansökningsomgången inför 2024 stängde den 1 oktober 2023 med 40 ansökningar.', 'Stipendierna för 2022 delades ut på nationaldagen.',
      // constructed (review74b T2, T3): the round told closed in the perfect or with an adjective
      'Ansökningsomgången inför 2024 är nu stängd och 40 ansökningar kom in.', 'Ansökningstiden för kulturstöd 2024 har gått ut.', 'Utlysningen för 2023 är avslutad.'],
    counterExamples: ['Under 2017 kommer Konstnärsnämnden att fördela cirka 50 långtidsstipendier.', 'Utlysningen inför 2025 är nu öppen.',
      'Understöd för kultur 2021 kan sökas nu.', 'Utlysningen inför 2025 stänger den 15 september 2024.', 'Beslut i utlysningen inför 2025 fattas i december.',
      'Ansökan för 2026 är öppen till och med den 1 mars 2026.', 'Utlysningen inför 2026 stängs den 15 september 2025.',
      // a round's money told to come, the verb's noun not its past ("fördelning", "beviljande")
      'Kommunen fördelar 500 000 kronor för 2025.', 'Beviljade projekt ska genomföras under 2025.'],
  },
];

/**
 * A worked example set apart as its own paragraph ("Exempel: Ansökan gäller år 2019, sista
 * ansökningstid är då 31.01.2019. … Om föreningen sökt och beviljats bidrag för år 2017 …"): its
 * years illustrate a rule, they are never the grant year of the text.
 */
export const WORKED_EXAMPLE: ReadonlyArray<Cue<'example'>> = [
  {
    id: 'exempel-colon-paragraph', where: 'line', meaning: 'example', weight: 1,
    cue: /^\s*exempel\s*:/iu,
    examples: ['Exempel: Ansökan gäller år 2019, sista ansökningstid är då 31.01.2019. Om föreningen sökt och beviljats bidrag för år 2017 skall även användningen av bidraget 2017 redovisas.'],
    counterExamples: ['Exempel på åtgärder som kan få bidrag:', 'Ansökan gäller bidrag för år 2019, till exempel: lokalhyra.'],
  },
];

/** A sentence that gives a grant two or more years: such a grant has no single year. */
/**
 * A sentence about when a rule starts to apply: the first round or the day in force of a standing
 * förordning, never the grant year ("Förordningen tillämpas första gången för bidragsåret 2024").
 */
export const RULE_IN_FORCE: ReadonlyArray<Cue<'rule-in-force'>> = [
  {
    id: 'tillampas-forsta-gangen', where: 'sentence', meaning: 'rule-in-force', weight: 1,
    cue: sv(/\btillämpas\s+(?:för\s+)?första\s+gången\b|\bträder\s+i\s+kraft\b/iu),
    examples: ['Förordningen tillämpas första gången för bidragsåret 2024.', 'Förordningen tillämpas första gången i fråga om bidrag för kalenderåret 2025.', 'Denna förordning träder i kraft den 1 juli 2023.'],
    counterExamples: ['Statsbidraget för bidragsåret 2024 fördelas i mars.', 'Bidraget får användas första gången 2024.'],
  },
];

export const SEVERAL_YEARS: ReadonlyArray<Cue<'several-years'>> = [
  {
    id: 'bidragsar-range', where: 'sentence', meaning: 'several-years', weight: 1,
    cue: sv(/\b(?:19|20)\d{2}\s*(?:och|–|-)\s*(?:19|20)\d{2}\b/u), also: { where: 'sentence', cue: /bidragsår/iu },
    examples: ['Statsbidraget avser bidragsåren 2024 och 2025.'],
    counterExamples: ['Bidragsår 2024.', 'Under 2024 och 2025 pågår projektet.'],
  },
  {
    // rules for every year from one on ("stipendier beviljade år 2017 och senare", "beslut till och med 2014 och tidigare"): no single year
    id: 'open-range-of-years', where: 'sentence', meaning: 'several-years', weight: 1,
    cue: sv(/\b(?:19|20)\d{2}\s+och\s+(?:senare|tidigare)\b/iu),
    // dev 309 (Understödsstiftelsen) and dev 1450 (Region Gävleborg's heading over the reporting of every later decision; left57's second phrasing)
    examples: ['Rapporteringsanvisningar för stipendier beviljade år 2017 och senare', 'Redovisning av projekt med beslut 2015 och senare'],
    counterExamples: ['Stipendier beviljade år 2017 redovisas senare.', 'Bidragsår 2024.'],
  },
];

/**
 * A title that names the years an assignment is carried out "under" as one range ("Uppdrag till Vinnova att genomföra åtgärder
 * under 2020–2025 inom ramen för livsmedelsstrategin", dev 2435, genre83; "Uppdrag att genomföra åtgärder under 2020–2022 inom
 * ramen för det nationella skogsprogrammet", dev 2360): no one year, but the first year's firm sum in the body ("får Vinnova använda
 * högst 5 miljoner kronor under 2020", the later years only "beräknas") is the decision's money year (fields/title.ts findYear).
 * The groups are the span's years.
 */
export const TITLE_YEAR_SPAN: Cue<'span'> = {
  id: 'title-year-span', where: 'line', meaning: 'span', weight: 1,
  cue: /\bunder\s+(?:åren\s+)?((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)(?![\d-])/iu,
  examples: ['Uppdrag till Vinnova att genomföra åtgärder under 2020–2025 inom ramen för livsmedelsstrategin', 'Uppdrag att genomföra åtgärder under 2020–2022 inom ramen för det nationella skogsprogrammet'],
  counterExamples: ['Bidrag till lokala insatser 2024-2026', 'Landsbygdsprogrammet 2014–2020', 'Åtgärder under 2024 och 2025', 'Ansökan under 2024-03-15'],
};

/**
 * A title bounded by a bare year ("Rapportering t.o.m. 2014", "Villkor fr.o.m. 2015") scopes its page to
 * every year up to or from that one: it names no grant year, and the body's years (decision years of
 * the rules it scopes) are no surer. Read on the title only: in a body sentence a bound year is often a
 * window's or a project's end, with the grant year stated elsewhere.
 */
export const TITLE_YEAR_BOUNDS: ReadonlyArray<Cue<'several-years'>> = [
  {
    id: 'title-bound-year', where: 'sentence', meaning: 'several-years', weight: 1,
    note: 'one document: every example is from dev 1305; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/(?:\bt\.\s?o\.\s?m\.|\bfr\.\s?o\.\s?m\.|\btill\s+och\s+med|\bfrån\s+och\s+med)\s+(?:år\s+)?(?:19|20)\d{2}(?![\d:/-])/iu),
    examples: ['Rapportering t.o.m. 2014'],
    counterExamples: ['Ansökan ska ha kommit in till och med den 15 mars 2014', 'Rapportering 2014', 'Bidrag till och med 2 000 kronor'],
  },
];

/**
 * A year in a body's history ("Svenska Diakonsällskapet bildades 1898 …", "… avvecklades 2014", dev 1326;
 * "Stipendiet instiftades 1964", dev 707; "Svensk-norska samarbetsfonden stiftades 1949", dev 933): when the
 * funder or the fund was founded or wound up, never a year the money is tied to. The deadline-year rule of findYear
 * does not count such a year as another year the page states (the first group is the year).
 */
export const HISTORY_YEAR: ReadonlyArray<Cue<'history'>> = [
  {
    id: 'founded-or-wound-up-in', where: 'sentence', meaning: 'history', weight: 1,
    cue: sv(/\b(?:bildades|grundades|instiftades|stiftades|avvecklades|upplöstes)\s+(?:redan\s+)?(?:år\s+)?((?:1[6-9]|20)\d{2})\b/iu),
    examples: ['Svenska Diakonsällskapet bildades 1898 för att utöva diakoni och utbilda inom diakoni.', 'Sällskapet var tidigare huvudman för Stiftelsen Stora Sköndal och avvecklades 2014.', 'Stipendiet instiftades 1964, då Kulturhuset byggdes, och har delats ut sedan dess.', 'Svensk-norska samarbetsfonden stiftades 1949 av det som var kvar av den svenska hjälpen.'],
    counterExamples: ['Bidraget inrättades 2023 och kan sökas av föreningar.', 'Föreningen ska ha bildats senast 2023.', 'Stipendiet delas ut 2024.'],
  },
];

/**
 * The period of a named plan, programme or strategy the call belongs to ("Sveriges strategiska plan för den gemensamma
 * jordbrukspolitiken 2023–2027", dev 1481, Länsstyrelsen Gotland; "Utvecklingsstrategi för Sjuhärad 2021–2030", dev 938,
 * Boråsregionen; "havs- och fiskeriprogrammet 2014-2020", dev 790, Länsstyrelsen Halland): the programme's years, not a
 * year the money is tied to. The deadline-year rule of findYear does not count the two years (the groups) as other years
 * the page states when the range holds the deadline's year; a range that does not hold it still counts.
 */
export const PROGRAMME_PERIOD: ReadonlyArray<Cue<'programme-period'>> = [
  {
    id: 'plan-or-programme-period', where: 'sentence', meaning: 'programme-period', weight: 1,
    // … not the applicant's own plan (a project's, an activity's or a budget's plan is for the years the money is used)
    // nor a plan "för åren …"/"för perioden …": those years are the money's (review43)
    cue: sv(/\b(?:\p{L}*(?<!projekt|verksamhets|aktivitets|arbets|tids|budget|genomförande)plan(?:en)?|\p{L}*program(?:met)?|programperiod(?:en)?|\p{L}*strategi(?:n)?)\s+(?:för\s+(?:(?!(?:år|åren|perioden|tiden|bidragsåren|verksamhetsåren)\s)[\p{L}-]+\s+){1,6}?)?((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})\b/iu),
    examples: ['Sveriges strategiska plan för den gemensamma jordbrukspolitiken 2023–2027 Länk till annan webbplats.', 'Projekten ska ligga i linje med Utvecklingsstrategi för Sjuhärad 2021–2030.', 'Stödet finansieras inom havs- och fiskeriprogrammet 2014-2020.'],
    counterExamples: ['Statsbidraget avser bidragsåren 2024 och 2025.', 'Projektet pågår 2023–2025.', 'Bidraget lämnas för åren 2023-2027.',
      'Bidraget ska användas enligt projektplanen för åren 2024–2026.', 'Bifoga föreningens verksamhetsplan 2024–2026.', 'Insatserna ska följa kommunens handlingsplan för perioden 2024–2026.'],
  },
];

/**
 * The last day of the funded project, after a verb of its running or finishing and an end word ("Projekten … får som längst
 * pågå till 31 oktober 2017", dev 1783, Region Halland; "Laddstationerna ska färdigställas senast den 30 september 2027",
 * dev 1542, Energimyndigheten; "Projekten ska genomföras före 30.11.2021", dev 2372, Kommunförbundet): how long the projects
 * of the call may run, which says nothing of the call's year. The deadline-year rule of findYear does not count such a
 * day (nor its year) as a later date the page states; a project's *first* day in a later year still counts ("påbörjas
 * tidigast 1 januari 2018": next year's money), and so does a day the money must be used or reported by (not a project's
 * running). A construction of three funders' texts (utlys86).
 */
export const PROJECT_END_DAY: ReadonlyArray<Cue<'project-end'>> = [
  {
    id: 'project-runs-until-day', where: 'sentence', meaning: 'project-end', weight: 1,
    cue: sv(/\b(?:pågå|löpa|genomföras|slutföras|avslutas|färdigställas|vara\s+(?:genomför|slutför|avslut|färdigställ)(?:t|da|de|at|ade))\s+(?:som\s+(?:längst|senast)\s+)?(?:till\s+och\s+med|till|före|senast|t\.\s?o\.\s?m\.?)\s+(?:den\s+)?(?:\d{1,2}\s+\p{L}{3,9}\s+(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/iu),
    examples: ['Projekten ska starta sommaren/hösten 2016 och får som längst pågå till 31 oktober 2017.', 'Laddstationerna ska färdigställas senast den 30 september 2027 och vara i drift i minst 5 år.', 'Projekten ska genomföras före 30.11.2021.',
      'Projektet ska vara genomfört senast 2019-06-30.',
      // (the plural participle, h/dates87: "avslutade" beside "avslutat")
      'Projekten ska vara avslutade senast den 30 juni 2020.'],
    // a project's first day, the money's last day of use, a report's day, a window's own day, a bare year
    counterExamples: ['Projektet får påbörjas tidigast den 1 januari 2018.', 'Bidraget ska användas senast den 31 december 2020.', 'Slutrapporten ska lämnas senast den 31 mars 2018.',
      'Ansökan ska vara inkommen senast den 18 april 2017.', 'Projekten ska genomföras under 2018.', 'Projektet pågår från 1 januari 2018 till 31 december 2018.'],
  },
];

/**
 * A page that ties its money or its activities to a year it names only relative to today ("för nästa års
 * verksamhet", "aktiviteter som genomförts under föregående år"): the call's deadline is then not in the grant
 * year, and a deadline that is the only year the page states names no grant year. Read on every sentence of
 * the page by the deadline-year rule of findYear only (a stated grant year elsewhere still counts).
 * `autumn-before` and `spring-after` are a term named without a year, read against the deadline's month: an
 * autumn on a page whose call closes in January to March is the autumn before it ("Aktivitetsbidrag för
 * hösten", closing 31 januari), a spring or a bare "verksamhetsåret" on a page whose call closes in
 * September to December is the one after it ("för verksamhetsåret", closing 1 oktober).
 */
export type OtherYearMeaning = 'next-year' | 'previous-year' | 'autumn-before' | 'spring-after' | 'school-year';

export const OTHER_YEAR: ReadonlyArray<Cue<OtherYearMeaning>> = [
  {
    // "Föreningar kan söka verksamhetsbidrag för nästa års verksamhet." with "senast den 15 oktober 2024" (2024 was read: wrong);
    // not a later round in general ("Under kommande år räknar vi med att göra fler utlysningar", dev 1203) nor
    // money carried over ("reserveras till nästkommande år", dev 567)
    id: 'for-next-year', where: 'sentence', meaning: 'next-year', weight: 1,
    cue: sv(/\b(?:för|inför|avser|gäller)\s+(?:det\s+)?(?:nästa|nästkommande|kommande|följande|efterföljande)\s+(?:år|års|året|kalenderår(?:et|s)?|verksamhetsår(?:et|s)?|bidragsår(?:et|s)?|budgetår(?:et|s)?|säsong(?:en)?)\b|\bunder\s+(?:nästa|nästkommande|följande|efterföljande)\s+(?:år|kalenderår|kalenderåret|verksamhetsår|verksamhetsåret)\b|\bnästa\s+(?:år|års|kalenderår|verksamhetsår|säsong)\b|\b(?:kalender|verksamhets|bidrags)?året\s+efter\s+(?:ansöknings|beslut)|\b(?:görs|genomförs|används|användas|sker|ske|avser|gäller)\s+(?:under\s+)?året\s+(?:därpå|efter)\b|\båret\s+(?:innan|före)\s+(?:det|de|bidraget|medlen|pengarna)\s+ska\b|\befter\s+årsskiftet\b/iu),
    examples: ['Föreningar i kommunen kan söka verksamhetsbidrag för nästa års verksamhet.', 'Ideella föreningar kan söka arrangörsbidrag inför kommande säsong.', 'Ideella organisationer kan söka projektbidrag för projekt som genomförs under nästkommande år.', 'Studieförbund kan söka stöd för följande kalenderår.', 'Bidraget avser nästa år.', 'Föreningar kan söka kulturbidrag. Bidraget betalas ut och används nästa år.', 'Bidraget avser kalenderåret efter ansökningsåret.', 'Föreningar kan söka bidrag för investeringar som görs året därpå.', 'Driftbidraget söks året innan det ska användas.', 'Bidraget gäller arrangemang som genomförs efter årsskiftet.'],
    counterExamples: ['Det här är en första utlysning. Under kommande år räknar vi med att göra fler utlysningar inom ramen för Landsbygdsprogrammet.', 'Om medel inte delas ut något år ska resterande belopp reserveras till nästkommande år.', 'Stipendiet delas ut senast i december stipendieåret och senast i februari året därpå.'],
  },
  {
    // "Föreningar kan söka aktivitetsbidrag för aktiviteter som genomförts under föregående år." with "Sista
    // ansökningsdag är 31 januari 2024" (2024 was read: wrong); not the report of last year's grant, which a page of
    // this year's asks for ("Redovisning av föregående års bidrag ska bifogas")
    id: 'for-previous-year', where: 'sentence', meaning: 'previous-year', weight: 1,
    cue: sv(/\b(?:för|under|avser|gäller)\s+(?:det\s+)?(?:närmast\s+)?(?:föregående|förra|gångna)\s+(?:år|års|året|årets|kalenderår(?:et|s)?|verksamhetsår(?:et|s)?|säsong(?:en|ens)?)\b/iu),
    examples: ['Föreningar kan söka aktivitetsbidrag för aktiviteter som genomförts under föregående år.', 'Föreningar som hyr egna lokaler kan söka lokalbidrag i efterhand för förra årets lokalkostnader.', 'Bidraget avser det gångna verksamhetsåret.'],
    counterExamples: ['Redovisning av föregående års bidrag ska bifogas.', 'Förra året delade vi ut 2 miljoner kronor.'],
  },
  {
    // "Aktivitetsbidrag för hösten" with "Ansökan ska vara inne senast 31 januari 2024" (2024 was read: wrong)
    id: 'autumn-without-year', where: 'sentence', meaning: 'autumn-before', weight: 1,
    cue: sv(/\b(?:hösten|höstens|höstterminen|höstterminens|höstlovet|andra\s+halvåret)\b(?!\s*(?:19|20)\d{2})/iu),
    examples: ['Aktivitetsbidrag för hösten', 'Bidraget avser sammankomster under andra halvåret.'],
    counterExamples: ['Bidraget avser hösten 2024.', 'Höst och vår.'],
  },
  {
    // "Ansökan för höstterminen ska vara inne senast 15 december 2023 och avser vårterminen som följer" (2023 was
    // read: wrong); "Föreningar kan söka bidrag för verksamhetsåret." with "Ansök senast 1 oktober 2022" (2022: wrong)
    id: 'spring-or-bare-year-without-number', where: 'sentence', meaning: 'spring-after', weight: 1,
    cue: sv(/\b(?:våren|vårens|vårterminen|vårterminens|sportlovet|påsklovet|första\s+halvåret|verksamhetsåret|säsongen)\b(?!\s*(?:19|20)\d{2})/iu),
    examples: ['Ansökan ska vara inne senast 15 december och avser vårterminen som följer.', 'Föreningar kan söka bidrag för verksamhetsåret.', 'Föreningar kan söka bidrag för aktiviteter under sportlovet och påsklovet.'],
    counterExamples: ['Bidraget avser verksamhetsåret 2024.', 'Vårterminen 2024 startar i januari.'],
  },
  {
    // a school year without its years spans two calendar years: "Skolhuvudmän kan söka bidrag för kommande läsår." with
    // "senast 15 april 2024", "bidrag för lägerskola under läsåret" with "1 oktober 2024" (2024 was read for both)
    id: 'school-year-without-years', where: 'sentence', meaning: 'school-year', weight: 1,
    cue: sv(/\bläsår(?:et|ets|s)?\b(?!\s*(?:19|20)\d{2})/iu),
    examples: ['Skolhuvudmän kan söka bidrag för kommande läsår.', 'Skolor kan söka bidrag för lägerskola under läsåret.'],
    counterExamples: ['Bidraget avser läsåret 2024/25.', 'Skolor kan söka bidrag för lägerskola under hela året.'],
  },
];

/**
 * A year as a number in a title or sentence: not the year of a law's number ("förordning (SFS
 * 2015:456)") nor of a diary number ("S2010/1791/FST"); a school year "2018/19" is both its years
 * (the second group). Run with `everywhere` to find every one.
 */
export const YEAR_NUMBERS: ReadonlyArray<Cue<'year'>> = [
  {
    id: 'year-number', where: 'line', meaning: 'year', weight: 1,
    // nor the löpnummer after the colon of a law's number: "förordningen (2010:2012)" is no 2012
    // … nor an amount in kronor ("… i belopp om antingen 20.000 kr, 10.000 kr, 5000 kr eller 2000 kr", dev 2053, Tierp,
    // fresh68: the '2000' hid the call's one year from the deadline's year test)
    // … nor an imprint's year, the publisher's postal address right after it ("Riksantikvarieämbetet 2014 Box 5405 114 84
    // Stockholm", dev 2263, fresh76b: a handbook's edition, read as the grant year from a run-on title)
    cue: /(?<![\p{L}\d-])(?<!\d:)((?:19|20)\d{2})(?:\/(\d{2}|(?:19|20)\d{2})\b)?(?![\d-]|:\d|\s{0,2}(?:[tm]?kr\b|kronor\b|:-|sek\b)|\s{1,3}(?:Box\s{1,3}\d|\d{3}\s?\d{2}\s{1,3}\p{L}{3}))/iu,
    examples: ['Statsbidrag för specialpedagogik för lärande 2019/20', 'Stöd till regionala insatser 2022', 'Bidrag kan sökas för 2024 års verksamhet, högst 5000 kr per förening.',
      // (fresh76b) adversarial: the same address later in the sentence, and an amount of six digits after the year
      'Ansökan för 2024 skickas till Box 123, 111 22 Stockholm.', 'Under 2024 finns 100 000 kronor att söka.'],
    counterExamples: ['förordning (SFS 2015:456)', 'S2010/1791/FST', 'dnr 2021-00123', 'förordningen (2010:2012) om fördelning av vissa statsbidrag',
      // (fresh68: an amount is no year, in the batch's phrasing and two others', constructed)
      'betalas bidraget ut i belopp om antingen 5000 kr eller 2000 kr', 'Startbidraget är 2000 kronor.', 'Deltagaravgiften är 1950:- per person',
      // (fresh76b: an imprint, the batch's and two other publishers' in their phrasing, constructed)
      'Riksantikvarieämbetet 2014 Box 5405 114 84 Stockholm www.raa.se', 'Boverket 2016 Box 534 371 23 Karlskrona', 'Skolverket 2018 106 20 Stockholm'],
  },
];

const global = new WeakMap<Cue<unknown>, RegExp>();



/**
 * A heading or label over the year's rounds, the whole line (findYear reads it in headings as well as in the body,
 * where a short line before a list is often read as a heading).
 */
export const ROUND_HEADING_YEARS: ReadonlyArray<Cue<YearMeaning>> = [
  {
    // a heading or label of the year's rounds, the whole line: "Ansökningsomgångar under 2017" (dev 1814, over its four
    // rounds), "Ansökningsperioder 2021:" (dev 1817, over its two periods); not a decision's or a news item's year
    // … never under a heading of past rounds, statistics or news ("Tidigare ansökningsperioder", "Statistik", "Nyheter":
    // review52 a3, a4, a8); the finder reads it only when dated round lines of its year follow directly, and never over
    // the year of a stated full closing day (fields/title.ts findYear)
    id: 'omgangar-rubrik-ar', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [ANNOUNCED, PAST_ROUNDS_SECTION],
    // … and the year's genitive before the word: "2021 års ansökningstider" (dev 1744, over "15 mars - 30 april"; title79)
    cue: sv(new RegExp(String.raw`^\s{0,4}(?:ansöknings|bidrags)(?:omgång(?:ar|en|arna)?|perioder|perioden|period|tider|tiderna)\s{1,4}(?:under\s{1,4}|för\s{1,4})?(?:år\s{1,4})?${Y}${NOT_A_RANGE}\s{0,4}:?\s{0,4}$|^\s{0,4}${Y}\s{1,4}års\s{1,4}(?:ansöknings|bidrags)(?:omgång(?:ar|en|arna)?|perioder|perioden|period|tider|tiderna)\s{0,4}:?\s{0,4}$`, 'iu')),
    examples: ['Ansökningsomgångar under 2017', 'Ansökningsperioder 2021:', 'Ansökningstider för 2024', '2021 års ansökningstider', '2025 års ansökningsomgångar:'],
    counterExamples: ['Beslut 2023', 'Under bidragsperioden 2023 beviljades 42 ansökningar.', 'Ansökningsperioder 2020–2021:', 'Ansökningsomgångar under 2017 och 2018', 'Nyheter 2023: ansökningsperioden öppnar', 'Ansökningsperioderna följer skolåret 2021.', '2020 års ansökningstider gäller inte längre för bidraget', 'Beslut om 2024 års bidrag'],
  },
  {
    // a bare year line under a heading of the call's dates, over its yearless days (utlys85, dev 2472: "Viktiga datum" / "2018" /
    // "• 14 september: Sista dag för ansökan."; dates.YEAR_LINE_DAY_ITEM reads the window's day in it): the finder reads it only
    // in the year of the window's stated closing day (fields/title.ts findYear), so a later year's lines of reports or decisions
    // under the same heading ("2019" / "• 15 januari: En delredovisning …") name nothing
    id: 'ar-rad-under-viktiga-datum', where: 'sentence', meaning: 'grant-year', weight: 2, unless: [ANNOUNCED, PAST_ROUNDS_SECTION],
    cue: new RegExp(String.raw`(?:^|\n)[ \t]{0,4}${Y}[ \t]{0,4}:?[ \t]{0,4}$`, 'u'),
    also: { where: 'heading', cue: sv(/\b(?:viktiga\s+datum|tidplan|tidsplan|datum\s+för\s+(?:ansökan|utlysningen|bidraget))\b/iu) },
    examples: ['Viktiga datum\n2018', 'Tidplan\n2022:'],
    counterExamples: ['Viktiga datum\n2018–2019', 'Viktiga datum\nBeslut 2018', 'Historik\n2018'],
  },
];

/** The row's pattern with the g flag, for finding every year it states (matchAll copies it, so one per row is safe). */
export function everywhere(row: Cue<unknown>): RegExp {
  let re = global.get(row);
  if (!re) {
    re = globalCopy(row.cue);
    global.set(row, re);
  }
  return re;
}

const YEAR = everywhere(YEAR_NUMBERS[0]!);

/**
 * Every year a text states by YEAR_NUMBERS, in the contract's years (specs/years.ts) or not: a school
 * year "2018/19" is both its years. The one reading of a title's years (the title's grant year, and
 * the funding total said to be for a year the title does not name).
 */
export function yearNumbers(text: string): Array<{ year: number; start: number; end: number }> {
  return [...text.matchAll(YEAR)].flatMap((m) => {
    const first = { year: Number(m[1]), start: m.index, end: m.index + m[0].length };
    if (!m[2]) return [first];
    const second = Number(m[2].length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]);
    return [first, { ...first, year: second }];
  });
}
