import { sv } from '../parse/unicode.js';
import { MONTHS } from './lexicon.js';
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

/** A head that names the form itself, a short line ("Återrapporteringsformulär 2024"), not a sentence about it. */
export const FORM_SELF_HEAD: Cue<'reporting-form'> = {
  id: 'form-names-itself', where: 'line', meaning: 'reporting-form', weight: 1,
  cue: sv(/^(?:återrapporterings|redovisnings|slutrapport|rapport)formulär(?:et)?(?:\s+[\p{L}\d–-]+){0,6}$/iu),
  examples: ['Återrapporteringsformulär 2024', 'Redovisningsformulär för föreningsbidrag'],
  counterExamples: ['Hjälptext för redovisning av verksamhetsbidrag', 'Instruktioner för återrapportering', 'Återrapporteringsformuläret öppnar den 1 februari.'],
};

/** A field's limit as a form states it: "(max 1000 tecken)". */
export const FIELD_LIMIT: Cue<'limit'> = {
  // a range counts too: "ska omfatta 3000–5000 tecken (inkl. blanksteg)"
  id: 'max-tecken', where: 'line', meaning: 'limit', weight: 1, cue: sv(/\bmax(?:imalt)?\s+\d{2,5}\s+tecken\b|\b\d{3,5}\s?[–-]\s?\d{3,5}\s+tecken\b/iu),
  examples: ['Beskriv hur verksamheten har bidragit till syftet (max 1000 tecken)', 'Sammanfattningen ska omfatta 3000–5000 tecken (inkl. blanksteg).'],
  counterExamples: ['Beskriv hur verksamheten har bidragit till syftet.', 'Rapporten lämnas 2020-2021 på svenska.'],
};

/** Words that speak of a grant: a text with none is not grant instructions (the extractor counts them). */
export const GRANT_WORDS: Cue<'grant'> = {
  id: 'grant-words', where: 'line', meaning: 'grant', weight: 1,
  // the kinds of support a region or kommun grants as "-stöd" ("kulturstöd", "projektstöd", "expresstöd", a Leader area's
  // "mikrostöd"), not any
  // support; a call told in other words counts too: "Totalt utlyses 300 miljoner", "Ansökningsomgång för hela landet", "Sök stöd";
  // Swedish as written in Finland and by foundations names the grant "understöd" or "stipendium"
  // (a state grant there is a "statsunderstöd"); a final report with an economic account is a report on
  // money granted even where the page names no grant ("Slutrapporteringen består av en insatsrapport … ekonomisk rapportering");
  // so is a requisition tied to the granting decision ("rekvisition ska lämnas enligt beviljande beslutsbrev"), and the
  // government's offer to the regions or kommuner ("Regeringen erbjuder nedan angivna regioner …"), the decision by which the
  // state funds a task the regions take on (a requisition alone may be an order of goods, an offer by anyone else a service);
  // a prize in money that a kommun, region or association awards, like a stipend, by its rules and its call for nominations
  // ("Sölvesborgs kulturpris", "pristagaren erhåller en prissumma på 20 000 kr"): a prize of a field of culture or sport, its
  // winner, its sum; never a price ("Priset på biljetten", "elpriset", "prislistan"). The prize's name counts only on a line
  // that also calls for nominations or names money (review 45 item 7: a news item on who won, a gala where a prize is
  // handed out, "Konstpriserna har stigit" are no grant texts); so does a prize a kommun, region or
  // nämnd hands out ("Varje år delar kommunen ut ett kulturpris", never a company's or a gala's); its sum ("prissumma",
  // "prisbelopp") counts alone
  cue: /statsbidrag|bidrag|medel|medlen|anslag|rekvir|ansökan|utlysning|innovationstävling|fördelning|fördelas|fördela|överenskommelse|återrapport|utlys|ansök|stipendi|(?<![\p{L}-])(?:(?:kultur|idrotts|fritids|miljö|förenings|ungdoms|konst|litteratur|musik|hembygds)pris(?:et|ets)?|(?:kultur)?pristagar\p{L}*)(?!\p{L})[^\n]{0,200}?(?:nominer\p{L}*|förslag\p{L}*|\d\s*(?:kr|kronor)\b|i\s+pengar\b)|(?:nominer\p{L}*|förslag\p{L}*|\d\s*(?:kr|kronor)\b|i\s+pengar\b)[^\n]{0,200}?(?<![\p{L}-])(?:(?:kultur|idrotts|fritids|miljö|förenings|ungdoms|konst|litteratur|musik|hembygds)pris(?:et|ets)?|(?:kultur)?pristagar\p{L}*)(?!\p{L})|\b(?:kommun|region|nämnd)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:delar\s+ut|utdelar|utdela|delar)\s+(?:\p{L}+\s+){0,3}?(?<![\p{L}-])(?:(?:kultur|idrotts|fritids|miljö|förenings|ungdoms|konst|litteratur|musik|hembygds)pris(?:et|ets)?|(?:kultur)?pristagar\p{L}*)(?!\p{L})|\bdelar\s+(?:\p{Lu}\p{L}*\s+)?(?:kommun|region|nämnd)\p{L}*\s+(?:\p{L}+\s+){0,2}?ut\s+(?:\p{L}+\s+){0,2}?(?<![\p{L}-])(?:(?:kultur|idrotts|fritids|miljö|förenings|ungdoms|konst|litteratur|musik|hembygds)pris(?:et|ets)?|(?:kultur)?pristagar\p{L}*)(?!\p{L})|(?<![\p{L}-])pris(?:summ|belopp)\p{L}*|(?<![\p{L}-])(?:under)?stöd(?:et|en|ets|s)?(?!\p{L})|(?:projekt|kultur|utvecklings|produktions|verksamhets|organisations|arrangörs|express|investerings|förenings|aktivitets|lokal|start|statsunder|parti|mikro)stöd|understöds(?:mottagar|tagar|tagande|objekt|beslut|belopp|ansökan)\p{L}*|\b\p{Lu}-understöd|(?<![\p{L}-])(?:regional|social|landsbygds|jordbruks|fiske|fiskeri|struktur)fond(?:en|er|erna)?(?!\p{L})|narrativ\p{L}*\s+(?:och\s+finansiell\p{L}*\s+)?rapportering|\bnarrative\s+reports?\b[^.\n]{0,80}?\bfinancial\s+reports?\b|\bnarrative\s+and\s+financial\s+reports?\b|(?:slut|läges|del)(?:rapport|redovisning)\p{L}*[^.!?\n]{0,200}?\bekonomisk\p{L}*\s+(?:slut)?(?:redovisning|rapportering|sammanställning)|(?<![\p{L}-])(?:slutt?|prosjekt|projekt)rapport(?:en|er|erne|ene)?(?!\p{L})[^.!?\n]{0,120}?\b(?:regnskap|regnskab)(?:et|er|erne|ene)?(?!\p{L})|rekvisition\p{L}*[^.!?\n]{0,80}?\bbevilja\p{L}*|\bbevilja\p{L}*[^.!?\n]{0,80}?\brekvisition|\bregeringen\s+erbjuder\s+(?:nedan\s+angivna\s+|samtliga\s+|alla\s+|landets\s+|berörda\s+)?(?:regioner|regionerna|kommuner|kommunerna|landsting|landstingen)\b|\berbjudande\s+till\s+(?:samtliga\s+|alla\s+)?(?:regioner|regionerna|kommuner|kommunerna|landsting|landstingen)\b|\bgrants?\b|\bgranted\s+funding\b|\bfunds\s+can\b|\bcalls?\s+for\s+(?:proposals|applications)\b|\bfunding\s+decisions?\b|\btilskud(?:d|det|dene|dets|ds|s)?\b|\btilskudd?s(?=\p{L})\p{L}+|\btilsagn(?:et|sbrev\p{L}*)?\b|\btilskot(?:et|a)?\b|\bbevilling(?:en|er|erne|ene|ens)?\b|\bpro(?:j|sj)ektmidl(?:er|ene|erne)\b|\bpro(?:j|sj)ektstøtte(?:n|ns)?\b|\b(?:modtaget|mottatt)\s+(?:[\p{L}-]+\s+){0,2}?støtte\b|\bmidl(?:ene|erne)\b|\btildel(?:ing|te|t)\s+(?:av\s+)?midler\b|\btildelings(?:brev|vedtak)\p{L}*|\b(?:søke|søker|søkt|omdisponere|omdisponert)\s+(?:om\s+)?midler\b|(?<![\p{L}-])(?:slut|del)utbetalning(?:en|ar|arna)?(?!\p{L})|(?<![\p{L}-])(?:slutt|del)utbetaling(?:en|er|ene)?(?!\p{L})|(?<![\p{L}-])(?:slut|del|rate)udbetaling(?:en|er|erne)?(?!\p{L})|(?<![\p{L}-])ansøgning(?:en|er|erne|s)?(?!\p{L})|(?<![\p{L}-])søknad(?:en|er|ene)?(?!\p{L})|(?<![\p{L}-])økonomisk(?:e)?\s+afrapportering(?:en)?(?!\p{L})/iu,
  examples: ['Anvisningar för statsbidrag 2024', 'Rekvirera senast den 1 mars', 'Utlysningen öppnar i maj', 'Redovisa projekt med kulturstöd', 'Totalt utlyses 300 miljoner kronor', 'Ansökningsomgång för hela landet', 'Sök stöd från stiftelsen', 'Utredning om användning av understödet', 'Redovisning av stipendier', 'Utbetalningen av statsunderstöd kan starta i mars.', 'Slutrapporteringen består av en insatsrapport och ekonomisk rapportering.', 'Alla projekt ska lämna in slutrapport, ekonomisk slutredovisning och administrativ bilaga.',
    // a final account with its economic part, named "slutredovisning" too (constructed, h/forms80), and the Norwegian or Danish final
    // report with its accounts ("sluttrapport med regnskap", as bergen, bodø and kulturrådet pages word it; constructed)
    'Efter avslutat projekt skickar projektägaren in en slutredovisning med en ekonomisk sammanställning.', 'Etter at prosjektet er gjennomført skal det sendes inn en sluttrapport med regnskap.', 'Projektrapporten og regnskabet sendes samlet.', 'Redovisa partistöd', 'Mellanrapporten ska fyllas i för de projekt (C-understöd) som pågår.', 'Mikrostöd ska vara redovisade senast den 31 dec 2017.', 'kommunens revisor granskar den understödstagande sammanslutningens räkenskaper', 'Om flera understödsobjekt finns ska en rapport fyllas i för varje.', 'Deadline PO narrativ rapportering.', 'Guidelines for Interim and Final NARRATIVE Reports and for all FINANCIAL Reports', 'Grantees submit narrative and financial reports each year.', 'Blankett för uppföljningsuppgifter för Regionalfonden.', 'Projekt inom Socialfonden och Landsbygdsfonden', 'Årlig ekonomisk uppföljning och rekvisition ska lämnas enligt beviljande beslutsbrev till', 'Regeringen erbjuder nedan angivna regioner och Gotlands kommun att upprätthålla en funktion', 'Erbjudande till samtliga regioner och Gotlands kommun att upprätthålla en funktion', 'Stödets maximibelopp är 1 800 000 euro.',
    // a prize in money awarded by its rules (Sölvesborg, Kungsbacka, SV Blekinge: diff pairs q232–q236, q240, q241)
    // a funder's competition for project funding, a call by another name (PTS innovationstävling: dev 1422, 1847, 1848, 1849)
    'PTS innovationstävling 2019', 'Vår sextonde innovationstävling har temat ”Från utanför till internet”.',
    'Nominera din favorit till 2021 års kulturpris i Sölvesborg.', 'Pristagaren erhåller en prissumma på 20 000 kr samt ett diplom.', 'Prisbeloppet är 5000 kronor.', 'Sölvesborgs kommun skall årligen utdela ett kulturpris i pengar.', 'Nu är det dags att nominera SV Blekinges kulturpristagare 2022!', 'Varje år delar Sölvesborgs kommun ut ett kulturpris till en person.',
    // a call in English (dev 939, 940)
    'Funds can only be granted for projects that are consistent with the guidelines.', 'Each funder will make their own funding decisions based on the evaluation.',
    // a Danish or Norwegian funder's page names the grant "tilskud", "tilskudd", "tilskot", "bevilling", "projektmidler" or the
    // support received (dev 1598, 1599, 1600, 1601: reporting pages of Riksantikvaren, NORA, Forebyggelsesfonden, Nordisk Ministerråd)
    'Vilkårene for tilskuddet finner du under VILKÅR.', 'Standardvilkår for tilskud fra Forebyggelsesfonden', 'NORA tilbageholder den sidste udbetaling af bevillingen.', 'aflægge rapport om de projektmidler, du har fået udbetalt', 'Det skal fremgå tydeligt af rapporten, at projektet har modtaget støtte fra NORA.',
    // the grant's compounds and its award ("tilskudsregnskab", "tilskuddsmottakere", "tilskuddsordningen"; "tilsagn", the
    // grant's award letter: dev 1710, 1711, 1712)
    'Tilskudsmodtager har pligt til at opbevare det originale tilskudsregnskab.', 'I henhold til forskriften for tilskuddsordningen skal tilskuddsmottakere rapportere.', 'Søker skal bruke opp midlene innen ett år etter tilsagn.',
    // the funds granted, Norwegian and Danish ("midlene", "midlerne": the funds; "tildeling av midler", "tildelte midler";
    // the award letter and decision, "tildelingsbrevet", "tildelingsvedtaket"; funds applied for or re-allocated, "søke midler",
    // "omdisponert midler": dev 1758, 1767, 1772, 1774)
    'Dersom dere i løpet av prosjektet ser at dere må omdisponere midlene, kan dere søke om dette via «Min side».', 'Til afrapportering om anvendelse af § 18-midlerne anvendes afrapporteringsskemaet.', 'I større prosjekter vil det være et krav for tildeling av midler at kompetansefondet får følge prosjektet.', 'Tildelte midler utbetales 50 % ved prosjektets oppstart.', 'Sluttutbetaling etter tildelingsbrevet vil ikke skje før styrets behandling.', 'Husk at dere må forholde dere til våre retningslinjer for hva man kan søke midler til.',
    // a grant's payments in parts, the last after the final report: "slututbetalning", "delutbetalning" (Jordbruksverket's and
    // Tillväxtverket's project grants), Norwegian "delutbetaling", Danish "slutudbetaling"; the application a Danish or Norwegian
    // page names ("ansøgning", "søknad"), as "ansökan" counts in Swedish; a project's "økonomisk afrapportering", the Danish
    // financial report to its funder (dev 2082, 2366, 2369, 2370, h/forms79)
    'EUs revisorer kan granska redovisningen upp till fem år efter projektets slututbetalning.', 'Ansök om delutbetalning i e-tjänsten.', 'Alle gavemottakere skal sende inn rapport når det er behov for delutbetaling.', 'Slutudbetalingen sker, når slutrapporten er godkendt.',
    'Her udfyldes budget- og regnskabsskabelon fra ansøgningen.', 'Pengene skal brukes i henhold til søknad og tildeling.', 'Skemaet til den økonomiske afrapportering findes i linket herunder.'],
  counterExamples: ['Kommunfullmäktige sammanträder i maj.', 'Välkommen till vår webbplats', 'Fototävlingen avgörs i maj.', 'Tävlingen är stängd.', 'Priset på biljetten är 100 kronor.', 'Elpriset steg under vintern.', 'Prislistan finns i receptionen.', 'Kulturprisma är en tidskrift.',
    // constructed probes (review 45, d1/d2/d3): who won a prize, a gala, art prices
    'Kulturnämnden har beslutat att årets kulturpris går till konstnären Anna Berg.', 'Under kvällen delas idrottspriset ut till årets idrottare.', 'Konstpriserna har stigit kraftigt de senaste åren.', 'Idrottspriset delas ut i december.', 'Vi erbjuder kundstöd och IT-stöd via telefon.', 'Vi stödjer barnens lärande i skolan.', 'Föräldrarna understödjer barnens läsning.', 'Avslutningsfasen ska resultera i en slutrapport till styrgruppen.', 'Slutrapporten publiceras. Ekonomisk redovisning görs i bokslutet.', 'Slutredovisningen av bygget sker i maj. Ekonomisk redovisning görs i bokslutet.', 'Kommunens årsrapport og regnskap legges fram i juni.', 'Rapporten om regnskapet til kommunen er klar.', 'Partistyrelsen sammanträder i maj.', 'En narrativ text beskriver händelsen.', 'The officer wrote a narrative report of the incident.', 'The company publishes financial reports every quarter.', 'En narrativ rapport beskriver ett skeende.', 'IT-stöd finns dygnet runt.', 'Pensionen placeras i AP-fonden.', 'Fonden förvaltas av banken.', 'Rekvisition av förbrukningsmaterial görs i systemet.', 'Kommunen erbjuder kommuninvånarna simskola.', 'Regeringen erbjuder ingen kommentar.', 'Regeringen erbjuder Tillväxtverket att samordna regionerna.', 'Företaget erbjuder regioner och kommuner IT-tjänster.', 'IT-stödets tekniker svarar i telefon.', 'The funds are managed by the bank.', 'Grantee lists are published online.', 'Vi støtter barnas læring.', 'Tilskuere er velkomne til kampen.', 'Han har fått støtte av familien sin.', 'Hjelpemidlene lånes ut gratis.', 'Virkemidlene er mange.', 'Tildeling av parkeringsplasser skjer i mai.', 'Han søker etter gode hjelpemidler.',
    // (a payment that is no grant's part, a word that only holds the letters: h/forms79)
    'Slutlönen betalas ut i juni.', 'Utbetalningsdagen är den 25:e.', 'Udbetalingen af løn sker månedligt.', 'Søknadsfristen for skoleplass er ute.', 'Ansøgningsfristen for studiepladser er 15. marts.', 'Afrapporteringen til ledelsen sker kvartalsvis.'],
};

/**
 * Money granted told without a grant word: a reporting page or a förordning can state a grant's
 * rules and never write "bidrag", "medel" or "stöd" ("Ni som har fått pengar från oss ska redovisa
 * hur pengarna har använts", "Projekt som har finansierats av oss ska slutrapporteras", "statlig
 * ersättning till kommuner", "Ni som stödmottagare ska …"). Counted with the grant words: money
 * granted, accounted for or paid under a förordning, never money in general ("Spara pengarna",
 * "Bostaden finansieras med lån", "ersättning för resekostnader"). Each alternative is bounded.
 */
export const GRANT_GIVEN: Cue<'grant'> = {
  id: 'grant-given-words', where: 'line', meaning: 'grant', weight: 1,
  cue: /\bredovisa\p{L}*[^.!?\n]{0,60}?\bpengarna\b|\bpengarna\s+(?:\p{L}+\s+){0,2}?(?:har|hade)\s+(?:använts|förbrukats)|\bbevilja\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:pengar(?:na)?|finansiering(?:en)?|projekt(?:en)?)\b|\b(?:projekt|verksamhet)(?:en|et|er|erna)?\s+som\s+(?:har\s+|hade\s+)?(?:del|med)?finansierats\s+(?:av|genom|med|från)\b|\bstatli\p{L}*\s+ersättning|\bfrågor\s+om\s+(?:statlig\s+)?ersättning\b|\bersättning\s+enligt\s+denna\s+förordning|\bvad\s+pengarna\s+(?:har\s+)?(?:gått|gick|använts|användes)\s+till\b|\bhur\s+(?:de\s+(?:beviljade\s+|erhållna\s+)?)?pengarna\s+(?:har\s+|hade\s+)?(?:använts|förbrukats)\b|\b(?:funded|awarded)\s+(?:projects?|organi[sz]ations?|activit(?:y|ies)|programmes?|programs?|applicants?|recipients?|grantees?)\s+(?:must|shall|should|are\s+(?:required|expected|asked)\s+to|will\s+be\s+(?:required|asked|expected)\s+to)\b|\baward\s+recipients?\s+(?:must|shall|should|are\s+(?:required|expected|asked)\s+to|will\s+be\s+(?:required|asked|expected)\s+to)\b|(?<![\p{L}-])stöd(?:mottagar|berättigad|berättigand|belopp)\p{L}*|\b(?:få|får|erhålla|erhåller|tilldelas)\s+(?:upp\s+till\s+|högst\s+)?\d[\d\s,]{0,12}(?:miljoner|miljarder|mkr|kronor|kr)\s+(?:kronor\s+)?i\s+(?:projekt)?finansiering\b|\b(?:få|får|erhålla|erhåller|tilldelas)\s+finansiering\s+(?:på|med|om)\s+(?:upp\s+till\s+|högst\s+)?\d|(?<!(?:års|kommune|rådmann|kommunedirektør)\p{L}{0,20}[^.!?\n]{0,60})(?<!\p{L})(?:slutt?|prosjekt|projekt)?(?:regnskap|regnskab|rapport|redegjør|redegør|redegjørelse|redegørelse|dokumentere|dokumentasjon|dokumentation)\p{L}*(?![^.!?\n]{0,40}?\b(?:rådmann\p{L}*|kommunedirektør\p{L}*|kommunestyre\p{L}*|bystyre\p{L}*)\b)[^.!?\n]{0,40}?\bhvordan\s+(?:pengene|midlene|midlerne|tilskuddet|tilskuddsmidlene|tilskudsmidlerne|bevillingen|støtten)\s+(?:har\s+blitt|er\s+blitt|er|har\s+været)\s+(?:brukt|benyttet|anvendt|brugt)\b/iu,
  examples: ['Ni som har fått pengar från oss ska redovisa hur pengarna har använts.',
    // a competition's winners funded, a sum told (PTS innovationstävling, dev 1847, 1848)
    'I Post- och telestyrelsens innovationstävling kan du få upp till 2 miljoner i projektfinansiering.', 'De bästa förslagen får finansiering på upp till 3 miljoner kronor under en period på 1,5 år.', 'Den ekonomiska rapporten ska visa hur de beviljade pengarna har använts.', 'Ni som beviljats finansiering ska rapportera till oss.', 'Slutrapportering för beviljade projekt', 'Projekt som har finansierats av Vinnova ska slutrapporteras.', 'Denna förordning innehåller bestämmelser om statlig ersättning till kommuner.', 'Migrationsverket prövar frågor om ersättning enligt denna förordning.', 'Det är ett krav att ni som stödmottagare ska skicka in lägesrapporter.', 'Vilka kostnader är stödberättigande?',
    // what the money went to, and the duty of the funded ones in English (constructed reporting pages that never write a grant
    // word, h/forms80)
    'När projektet är klart ska du berätta för oss vad pengarna gick till.', 'Den ska innehålla en ekonomisk redovisning som visar hur pengarna använts.', 'All funded projects must submit a final narrative report and an expenditure report.', 'Award recipients are required to submit an annual progress report.',
    // Norwegian and Danish: the account that shows how the money was used (Bodø kommune's reporting page, which never writes
    // "tilskudd", dev 2169, h/forms71), and two paraphrases in other bodies' words
    'Vedlagt rapporten skal være et regnskap som viser hvordan pengene har blitt brukt.', 'Regnskabet skal dokumentere, hvordan midlerne er anvendt.', 'I sluttrapporten må dere gjøre rede for og legge ved dokumentasjon på hvordan tilskuddet er brukt.'],
  counterExamples: ['Spara pengarna på ett sparkonto.', 'Redovisa dina inkomster i deklarationen.', 'Bostaden finansieras med banklån.', 'Vi söker finansiering för vår nya fabrik.', 'Ersättning för resekostnader betalas ut mot kvitto.', 'Arvode och ersättning till styrelsen beslutas av stämman.', 'Bygglov beviljas av nämnden.', 'Stödbenet ska vara rakt.', 'Stödundervisning ges i svenska.',
    'Företaget får finansiering via ett banklån.', 'Vi söker 2 miljoner i finansiering för vår nya fabrik.', 'Vad pengarna räcker till avgörs av budgeten.', 'Our company funded projects in twelve countries last year.', 'The award recipients were announced at the gala.', 'Funded projects are listed on our website.',
    // the Nordic account of how the money was used, past tense of a finished use only (a municipality's own year told in
    // the simple past, a plan for future use, a budget page without an account word: no grant)
    'Kommunens årsregnskap viser hvordan pengene ble brukt i 2023.', 'Budsjettet viser hvordan pengene skal brukes neste år.', 'Statsbudsjettet forklarer hvordan pengene har blitt brukt.', 'Rapporten beskriver hvordan pengene kan brukes bedre.',
    // (review72b g1, g2: the municipality's own annual account, its officer the subject)
    'I årsregnskapet redegjør rådmannen for hvordan midlene er brukt i 2023.', 'Kommunens årsrapport viser hvordan pengene er brukt og hva vi har fått til.'],
};

/**
 * A time limit for the recipients' report counted from an event of their own ("en slutgiltig
 * projektredovisning inom sex månader efter att projektet färdigställts"): a reporting rule even
 * where no date is stated, so a text that names its grant once and sets such a limit is a grant text.
 */
export const REPORT_TIME_LIMIT: Cue<'report-rule'> = {
  id: 'report-within-after', where: 'line', meaning: 'report-rule', weight: 1,
  // (in Danish and Norwegian too, the report named before the limit, or the limit opening the sentence and the report its
  // subject after "skal": "Senest tre måneder efter projektets afslutning skal slutrapporten være Vejdirektoratet i hænde",
  // dev 2084, h/forms68; a payment after the report, "Tilskuddet udbetales senest to måneder efter, at rapporten er godkendt",
  // is none)
  cue: /(?:redovisning|redovisa|rapport|redogörelse|redegørelse|regnskab|regnskap)\p{L}*[^.!?\n]{0,80}?\b(?:inom|senast|senest|inden(?:\s+for)?|innen)\s+(?:(?:\p{L}+|\d{1,2})\s+){1,2}?(?:dagar|veckor|månader|månad|år|dage|dager|uger|uker|måneder|måned)\s+(?:efter|från|etter)\b|(?:^|[.!?][ \t]+)(?:senest|inden|innen)\s+(?:(?:\p{L}+|\d{1,2})\s+){1,2}?(?:dage|dager|uger|uker|måneder|måned|år)\s+(?:efter|etter)\b[^.!?\n]{0,80}?\bskal\s+(?:[\p{L}-]+\s+){0,3}?(?:slut|del|status|slutt|af|ind)?(?:rapport|redegørelse)/imu,
  examples: ['För alla projekt levereras en slutgiltig projektredovisning inom sex månader efter att projektet färdigställts.', 'Slutrapporten ska lämnas senast två månader efter projektets slut.', 'Du ska redovisa bidraget inom ett år efter utbetalningen.',
    'Senest tre måneder efter projektets afslutning skal slutrapporten være Vejdirektoratet i hænde.', 'Slutrapporten skal indsendes senest to måneder efter projektets afslutning.', 'Sluttrapport og regnskap skal sendes inn innen tre måneder etter at prosjektet er avsluttet.', 'Inden to måneder efter aktivitetens afslutning skal afrapporteringen sendes til fonden.',
    // three words between "skal" and the report, an impersonal "det leveres en" (Bodø kommune, dev 2169, h/forms71)
    'Innen to måneder etter at prosjektet er avsluttet skal det leveres en sluttrapport som kort oppsummerer prosjektet.', 'Senest to måneder efter projektets afslutning skal I sende jeres slutrapport til kommunen.', 'Innen tre måneder etter avsluttet tiltak skal dere levere en sluttrapport.'],
  counterExamples: ['Ansökan ska lämnas inom sex månader efter beslutet.', 'Rapporten publiceras inom två veckor.', 'Redovisningen granskas. Beslut fattas inom tre månader efter mötet.',
    'Tilskuddet udbetales senest to måneder efter, at rapporten er godkendt.', 'Ansøgningen skal indsendes senest tre måneder efter projektstart.',
    // a limit on something else with a report named later, or a report read rather than handed in
    'Innen to måneder etter vedtaket skal det sendes en klage til departementet, ikke en rapport.', 'Innen tre måneder etter at rapporten er mottatt, skal vi gi en tilbakemelding.', 'Senest to måneder efter valget skal byrådet læse den nye rapport.'],
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

/**
 * A printed form's head: the report it is ("Slutrapport för projektbidrag", "Redovisning av
 * arrangemangsbidrag", "Ekonomisk redovisning"). A page of instructions can carry the same head,
 * so it marks a form only together with blank lines to fill in and a signature or numbered items.
 */
export const PRINTED_FORM_HEADS: ReadonlyArray<Cue<'reporting-form'>> = [
  {
    id: 'report-head', where: 'line', meaning: 'reporting-form', weight: 1,
    cue: sv(/^(?:(?:slut|del|ekonomisk\s+)?redovisning|slutrapport|delrapport|lägesrapport|återrapportering|redovisningsblankett|rapportblankett)(?:\s+(?:av|för|över|till)\s+[^.!?]{2,80})?$/iu),
    examples: ['Slutrapport för projektbidrag', 'Redovisning av arrangemangsbidrag 2023', 'Ekonomisk redovisning', 'Redovisningsblankett'],
    counterExamples: ['Redovisa bidrag för volontärsamordning', 'Slutrapporten ska skickas in senast två månader efter projektets slut.', 'Mall för slutrapport finns här nedanför.'],
  },
  {
    // the same head in Norwegian and Danish ("Sluttrapport", "Afrapportering af tilskud", "Rapport om bruk av tilskudd",
    // "Sluttregnskap for prosjektet"); a bare "Rapport" or "Rapportering" heads a page's section, and a sentence is no head
    // (helper formkind70, issue 12: the grid's Nordic forms were read as anvisningar under their own report's head)
    id: 'report-head-nordic', where: 'line', meaning: 'reporting-form', weight: 1,
    cue: /^(?:(?:slutt?rapport|delrapport|statusrapport|midtvejsrapport|midtveisrapport|afrapportering|avrapportering|sluttregnskap|slutregnskab)(?:[ \t]+(?:af|av|for|om|over|til|på|fra)[ \t]+[^.!?\n]{2,80})?|rapport[ \t]+(?:om|over|for|til)[ \t]+(?:bruk|brug|anvendelse|gjennomføring|gennemførelse)(?:[ \t]+(?:af|av))?[ \t]+[^.!?\n]{2,60}|rapport(?:skjema|skema)?[ \t]+(?:for|om|til|på)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:tilskudd|tilskud|tilskot|støtte|midler|bevilling)\p{L}*(?:[ \t]+[^.!?\n]{1,40})?)$/iu,
    examples: ['Sluttrapport', 'Afrapportering af tilskud', 'Sluttrapport for prosjekttilskudd 2024', 'Rapport om bruk av tilskudd', 'Slutregnskab',
      // (a report named for its grant: kind81, constructed)
      'Rapport for tilskudd 2024', 'Rapport for kommunalt tilskudd', 'Rapportskjema for støtte til lokale tiltak'],
    counterExamples: ['Sluttrapporten skal sendes inn innen 1. mars 2025.', 'Rapportering', 'Rapport', 'Afrapportering og regnskab: sådan gør du', 'Rapport om levekår i kommunen', 'Rapport for tilskudd skal sendes inn innen fristen.', 'Rapport om bruken av kommunale midler. Les mer.'],
  },
  {
    // an English report's bare name as the head ("Final report", "Progress report template", "End of grant report"): like
    // the heads above it marks a form only with the form's structure or its fields left empty under it (helper formkind70)
    id: 'report-head-en-bare', where: 'line', meaning: 'reporting-form', weight: 1,
    // (or the report named for the one who writes it, the form's own head: "Project Director’s Report and Evaluation",
    // "Grantee’s Final Report", "Project Director's Final Report" — the role in the possessive, dev 2554, h/report87)
    cue: /^(?:final|interim|progress|annual|mid-?term|end[ -]of[ -](?:project|grant))[ \t]+report(?:[ \t]+(?:template|form))?$|^(?:(?:project[ \t]+director|grantee|recipient|awardee|sponsor)(?:'s|’s|s'|s’)[ \t]+)(?:(?:final|interim|progress|annual|narrative)[ \t]+)?report(?:[ \t]+(?:and|&)[ \t]+evaluation|[ \t]+form)?$/iu,
    examples: ['Final report', 'Progress report template', 'End of grant report', 'INTERIM REPORT', 'Project Director’s Report and Evaluation', "Grantee's Final Report", 'Project Director’s Final Report'],
    counterExamples: ['Final report and financial statement are due on 1 March.', 'Submit your final report', 'Final reports', 'Final report guidelines', 'Project Director’s Report is due in May.', "Grantee's reports are published online."],
  },
  {
    // the form a congregation or an association fills in each year, whose figures decide its grant:
    // "STATISTIKUPPGIFTER FÖR ÅRET 2023" (a sentence about the figures is no head)
    id: 'statistics-head', where: 'line', meaning: 'reporting-form', weight: 1,
    cue: sv(/^(?:statistik)?uppgifter\s+för\s+(?:år(?:et)?|verksamhetsåret|kalenderåret)\s+\d{4}$/iu),
    examples: ['STATISTIKUPPGIFTER FÖR ÅRET 2023', 'Uppgifter för verksamhetsåret 2024'],
    counterExamples: ['Uppgifter för året 2023 finns i årsredovisningen.', 'Statistik för året 2023'],
  },
];

/** A guide to the report form's parts ("Guide till slutrapporten"): read as the form's help text. */
export const FORM_GUIDE_HEADS: ReadonlyArray<Cue<'reporting-form'>> = [
  {
    id: 'guide-head', where: 'line', meaning: 'reporting-form', weight: 1,
    // (a guide to one report, not a handbook on reporting as a whole, "Handbok för rapportering", nor instructions for the
    // activity, "Instruktioner för återrapportering": by the audited kind rule a page about reporting is an anvisning,
    // rule 3, dev 235 relabelled by the audit of the dev reporting kinds, h/audit78)
    cue: sv(/^(?:guide|lathund|instruktion(?:er)?)\s+(?:till|för)\s+(?:slutrapport|delrapport|lägesrapport|redovisning|slutredovisning)(?:en)?\b[^.:]{0,80}$/iu),
    examples: ['Guide till slutrapport', 'Lathund för redovisningen av projektbidrag', 'Instruktioner till slutrapporten'],
    counterExamples: ['Guide till ansökan om projektbidrag', 'Instruktion till slutrapporten: läs den innan du börjar.', 'Slutrapport', 'Handbok för projektledare', 'Handbok för rapportering', 'Instruktioner för återrapportering'],
  },
];

/** The signature block of a printed form: the lines a signatory fills in. */
export const SIGNATURE_LINE: Cue<'signature'> = {
  id: 'underskrift', where: 'line', meaning: 'signature', weight: 1,
  cue: sv(/^(?:underskrift|namnteckning|namnförtydligande|firmatecknare(?:ns\s+underskrift)?|ort\s+och\s+datum)\s*:?\s*_*$/iu),
  examples: ['Underskrift', 'Namnteckning: ________________', 'Ort och datum:'],
  counterExamples: ['Underskrift av firmatecknare krävs för att redovisningen ska godkännas.', 'Namn på kontaktperson'],
};

/** A numbered step of how to send the report ("1. Logga in i e-tjänsten"): an instruction, not a question. */
export const STEP_ITEM: Cue<'step'> = {
  id: 'imperative-step', where: 'line', meaning: 'step', weight: 1,
  cue: sv(/^(?:logga\s+in|klicka|gå\s+(?:till|in)|ladda\s+(?:ner|upp)|skicka\s+in|öppna|skriv\s+ut)\b/iu),
  examples: ['Logga in i e-tjänsten med BankID.', 'Klicka på Skicka in', 'Ladda ner blanketten'],
  counterExamples: ['Beskriv hur projektet genomfördes', 'Bifoga verksamhetsberättelsen', 'Välj det alternativ som stämmer bäst'],
};

/**
 * The recipients' duty to hand in a final or periodic report ("Alla E2B2s projekt ska lämna in
 * slutrapport, ekonomisk slutredovisning och administrativ bilaga"): a reporting rule even where no
 * date or time limit is stated, so a programme's page on how to report is a grant text.
 */
export const REPORT_DUTY: Cue<'report-rule'> = {
  id: 'ska-lamna-in-rapport', where: 'line', meaning: 'report-rule', weight: 1,
  // not a duty denied ("ska inte lämna in slutrapport") nor a project's report to its steering group or the government
  cue: /\b(?:ska|skall|måste)\s+(?:(?!(?:inte|ej)\s)[\p{L}-]+\s+){0,3}?(?:lämna\s+in|skicka\s+in|lämna|inkomma\s+med)\s+(?:en\s+)?(?:slutrapport|slutredovisning|delrapport|lägesrapport|ekonomisk\s+(?:slut)?redovisning)(?![^.\n]{0,80}\btill\s+(?:styrgrupp|styrelsen|regeringen|regeringskansliet|departementet))|\b(?:mellan|slut|del|läges|års)?rapport(?:en)?\s+(?:ska|skall|måste)\s+(?:fyllas\s+i|lämnas\s+in|skickas\s+in)\b(?![^.\n]{0,80}\btill\s+(?:styrgrupp|styrelsen|regeringen|regeringskansliet|departementet))|\b(?:slut|mellan|del|läges)(?:redovisning|rapport)\p{L}*[^.!?\n]{0,80}?\b(?:ska|skall|måste)\s+(?:lämnas|skickas)\s+in\s+senast\b|\b(?:must|will\s+have\s+to|are\s+required\s+to|is\s+required\s+to)\s+(?:complete\s+and\s+)?submit\s+(?:an?|the|your)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|acquittal)\b|\bskal\s+(?:det\s+|der\s+|dere\s+|du\s+|I\s+)?(?:(?!(?:ikke|ikkje)\s)[\p{L}-]+\s+){0,2}?(?:sendes|leveres|innsendes|indsendes|sende|levere|indsende)\s+(?:inn\s+|ind\s+)?(?:en\s+)?(?:slutt?rapport|sluttredegjørelse|statusrapport|delrapport|midtvejsrapport)(?![^.\n]{0,80}\btil\s+(?:styringsgrupp|styret|styrelsen|regjeringen|regeringen|departementet))/iu,
  // (the duty in Norwegian or Danish: "skal det sendes inn en sluttrapport", "skal I indsende en slutrapport", constructed, h/forms80)
  // (the duty in English: "You will have to complete and submit an accountability report (by the due date and time)", dev 1609)
  examples: ['You will have to complete and submit an accountability report by the due date.', 'Grantees must submit a final report within 60 days.', 'Mellanrapporten ska fyllas i för de projekt som pågår.', 'Rapporten ska lämnas in till STEA via e-tjänsterna.', 'Alla E2B2s projekt ska lämna in slutrapport, ekonomisk slutredovisning och administrativ bilaga.', 'Projektet ska lämna en slutrapport till kansliet.', 'Stipendiaten måste skicka in en delrapport.',
    // a report's form to be handed in by its deadline, the date left to a placeholder (dev 1878, Utbildningsstyrelsen's e-mail)
    'Blanketten för slutredovisning finns på adressen nedan och den ska lämnas in senast den 31 mars.',
    'Etter at prosjektet er gjennomført skal det sendes inn en sluttrapport med regnskap.', 'Senest tre måneder efter projektets afslutning skal I indsende en slutrapport.'],
  counterExamples: ['Prosjektet skal ikke levere sluttrapport.', 'Prosjektgruppen skal levere en sluttrapport til styringsgruppen i desember.', 'Slutrapporten publiceras på webbplatsen.', 'Ni ska lämna in ansökan senast den 1 mars.', 'Projektet ska lämna synpunkter på slutrapporten.', 'Mikroprojekt ska inte lämna in slutrapport.', 'Projektgruppen ska lämna en slutrapport till styrgruppen i december.', 'Slutrapporten ska lämnas in till styrgruppen.', 'Deadline för ansökan är den 1 mars.', 'Applicants must submit the application form by 1 March.', 'Ansökan ska lämnas in senast den 1 mars.', 'Projektets slutrapport publiceras. Ansökan ska lämnas in senast den 1 mars.'],
};

/**
 * A head that makes reporting on a grant the page's subject ("Rapportering", "Slutrapportering",
 * "Redovisa ert bidrag", "Så redovisar du", "Redovisning av ert projekt": addressed to the recipient): a reporting rule too, so a page that names its grant
 * once ("… betalas de utlovade Erasmusmedlen ut") and is headed by its report is a grant text. Only
 * a whole line: a sentence that speaks of reporting ("Rapportering sker i e-tjänsten.") is not a
 * head, nor a head about publications ("Rapporter och publikationer").
 */
export const REPORT_SUBJECT_HEAD: Cue<'report-rule'> = {
  id: 'report-subject-head', where: 'line', meaning: 'report-rule', weight: 1,
  // the words after "Redovisa" are a few, bounded, and the line ends there
  // (a Markdown head too, "# Slutredovisning", as a page saved as Markdown has it: h/forms80)
  cue: /^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:slut|del|åter)?rapportering(?:en)?|(?:slut|åter)?redovisning(?:en)?|slutrapport(?:era|ering|en)?|redovisa(?![ \t]+uppdrag)(?:[ \t]+[\p{L}-]+){1,8}|(?:slut)?(?:redovisning|rapportering)[ \t]+(?:av|för)[ \t]+(?:ert|ditt|era|dina|er|din)(?:[ \t]+[\p{L}-]+){1,4}|så(?:[ \t]+här)?[ \t]+(?:redovisar|rapporterar|slutrapporterar)[ \t]+(?:du|ni)(?:[ \t]+[\p{L}-]+){0,6}|(?:tips|råd)[ \t]+(?:för|om|inför|till)[ \t]+(?:läges|del|slut|mellan)rapport(?:en|erna|er)?)[ \t]*$/imu,
  examples: ['Rapportering', 'Slutrapportering', 'Redovisa ert bidrag', 'Redovisning av ert projekt', 'Slutredovisning av era insatser', 'Så här redovisar du ditt bidrag', 'Redovisa projekt med kulturstöd', 'Så redovisar du bidraget', 'Tips för lägesrapporterna', '# Slutredovisning', '## Så redovisar du'],
  counterExamples: ['Rapportering sker i e-tjänsten.', 'Rapporter och publikationer', 'Redovisning av kommunens ekonomi', 'Redovisning av ert projekt sker i e-tjänsten.', 'Redovisningen ska ha inkommit senast den 31 mars.', 'Ansökan', 'Redovisa uppdraget till regeringen', 'Redovisa uppdraget till regeringen senast den 1 mars.', 'Tips för ansökan', 'Tips för lägesrapporterna finns i handboken.'],
};

/**
 * A deadline for the report of a recipient named by its organisation's abbreviation ("Deadline för MO
 * rapport", "Deadline PO narrativ rapportering": a programme's member and partner organisations): a
 * reporting rule. Case-sensitive, so a course's or a company's "Deadline för slutlig rapport" or
 * "Deadline för rapportering är 10 maj" names no recipient and is none.
 */
export const REPORT_DEADLINE: Cue<'report-rule'> = {
  id: 'deadline-org-rapport', where: 'line', meaning: 'report-rule', weight: 1,
  note: 'one document: every example is from dev 592; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
  cue: /\b[Dd]eadline\s+(?:för\s+)?\p{Lu}{2,6}\s+(?:\p{Ll}+\s+)?(?:rapport|rapportering|redovisning)\b/u,
  examples: ['Deadline PO narrativ rapportering.', 'Deadline  för MO rapport.', 'Deadline PO finansiellas rapportering.'],
  counterExamples: ['Deadline för slutlig rapport: 15 maj.', 'Deadline för rapportering är 10 maj.', 'Deadline för ansökan är den 1 mars.', 'Deadline för MO ansökan.'],
};

/**
 * The structure of a form, weighed before any field finder runs: head fields left blank or filled
 * in ("Datum: Projekttid: Journalnummer:"), blanks and check boxes to fill, a signature block,
 * instructions addressed to the one who fills it in ("Redogör kortfattat för …"), numbered
 * sub-sections ("1.1 Allmänna uppgifter"). Prose about a form weighs against it: a page that tells
 * where to fetch the blankett, when the report is due or how to log in describes the form from
 * outside. Each row counts at most FORM_STRUCTURE_CAP times; a text whose head names the report and
 * whose sum reaches FORM_STRUCTURE_THRESHOLD is a form (an application's form never is).
 */
export const FORM_STRUCTURE: ReadonlyArray<Cue<'form' | 'prose'>> = [
  {
    // a head field left blank: its label and colon run straight into the next label
    id: 'empty-label-run', where: 'line', meaning: 'form', weight: 2,
    // (or with none at all, as a PDF read back without its line breaks runs the labels together: "Applicant:Activity name:", dev 1606)
    cue: /(?<![\p{L}\d])\p{Lu}[\p{L}.\/-]{1,24}(?: [\p{L}.\/-]{1,24}){0,2}:\s{0,3}\p{Lu}[\p{L}.\/-]{1,24}(?: [\p{L}.\/-]{1,24}){0,2}:(?![^\s\p{Lu}])/u,
    examples: ['Datum: Projekttid: Journalnummer: LAG diarienr: LVS-043', 'Org.nr: Postort:', 'Namn på organisation: E-postadress:', 'Activity report form (general)Applicant:Activity name:Unique reference number (URN):'],
    counterExamples: ['Sista dag: 1 mars 2024', 'Observera: ansökan ska vara komplett.', 'Kontaktperson: Anna Svensson, telefon: 010-123 45 67', 'Tid: 10:00 Plats: Kulturhuset'],
  },
  {
    // a blank to write on: a run of underscores, or underscores spaced out one per character as a
    // printed number field has them ("Grant #:_ _-_ _-_ _-_ _ _ _")
    // (or a run of dots or ellipses drawn as the answer's line, as a Word form prints it and a PDF keeps it: "Underskrift" over
    // "……………………………", dev 231; h/forms83; never a table of contents' leader to its page number, "Inledning ........ 3",
    // which contents-dot-leaders reads; the run is taken whole, from its first dot, so it is matched in linear time)
    id: 'underscore-blank', where: 'line', meaning: 'form', weight: 2, cue: /_{4,}|_(?:[ -]_){3,}|(?<![.…])(?:\.{8,}|…{4,})(?![.…])(?![ \t]?\d)/u,
    examples: ['Projektets titel:________________', 'Belopp: ______ kr', 'Grant #:_ _-_ _-_ _-_ _ _ _ -_ _', 'Dnr: _ _ _ _', '……………………………………………', 'Namnteckning: ..........................'],
    counterExamples: ['Innehåll ........ 3', 'Projektets titel: Grön stad', 'fil_namn_med_understreck', 'Svara _ja_ eller _nej_', 'Inledning........12', 'Bilagor………… 14', 'Vi väntade... och väntade.'],
  },
  {
    // a box to tick, printed or typed as brackets with a space or a cross ("[ ] YES", "[x] Nej")
    id: 'check-box', where: 'line', meaning: 'form', weight: 2, cue: /[☐☒☑□▢]|\[[ xX]\]/u,
    examples: ['☐ Ja ☐ Nej (Beskriv nedan)', '□ Verksamhetsberättelse', '[ ] YES', '[ ] NO [ ] YES If yes, please explain.', '[x] Verksamhetsberättelse'],
    counterExamples: ['Ja eller nej', '• Verksamhetsberättelse', 'enligt förordningen [1]', '[Bild] Ladda ner blanketten'],
  },
  {
    // the signature block's own labels, not a sentence that asks for a signature
    id: 'signature-block', where: 'line', meaning: 'form', weight: 2,
    // (a Danish or Norwegian form's alike: "Dato & underskrift", "Dato og underskrift", "Sted og dato", a template's last part,
    // dev 2398, h/forms80; the English "Date and signature" label is signature-label-en's, KIND_EVIDENCE)
    // (and the signature's label or the place and date alone on a line, a Swedish form's last lines: "Underskrift", "Datum och
    // ort", "Ort, datum" — in dev only forms print them so, 89 and 231; h/forms83)
    cue: sv(/\b(?:Namnförtydligande|Namnteckning|Underskrift och datum|Ort och datum|Datum och underskrift|Dato (?:og|&) [Uu]nderskrift|Underskrift og dato|Sted og dato|Dato og signatur)\b|^[ \t]*Underskrift av (?:behörig )?firmatecknare[ \t]*:?[ \t_]*$|^[ \t]*(?:Underskrift|Datum och ort|Ort, datum|Datum, ort)[ \t]*:?[ \t_]*$/mu),
    examples: ['Underskrift Datum: ____ Namnteckning: ____ Namnförtydligande: ____', 'Kassör Mobil: E-post: Underskrift och datum', '4. Dato & underskrift', 'Sted og dato', 'Dato og underskrift: ______',
      // (a form's last line, the signatory's label alone: kind81, constructed)
      'Underskrift av firmatecknare', 'Underskrift av behörig firmatecknare: ________', 'Underskrift', 'Datum och ort:', 'Ort, datum'],
    counterExamples: ['Underskrift krävs på redovisningen.', 'Datum och ort för mötet meddelas senare.', 'Rapporten ska undertecknas av firmatecknaren.', 'Underskrift av firmatecknare krävs.', 'Regnskabet skal være dateret og underskrevet af formanden.', 'Rapporten sendes med dato og underskrift fra styrets leder.'],
  },
  {
    // an instruction to the filler at a field, with how to answer: "Ange i punktform …", "Redogör kortfattat för …",
    // standing as a line or item of its own, or run on from the field's heading ("Bakgrund Redogör
    // kortfattat …", "Syfte: Beskriv …") as a form read back as one paragraph has it; after a full
    // stop it is a sentence of prose (an instruction page saying what the report should tell)
    id: 'filler-instruction', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/(?:^[ \t]*(?:[-•*–][ \t]*|\d{1,2}(?:\.\d{1,2})?[.)]?[ \t]+)?|(?<=[\p{L}\d:)][ \t]{1,3}))(?:Ange|Redogör|Beskriv|Förklara|Kommentera|Sammanfatta)\s+(?:i\s+punktform|kortfattat|kort|här|nedan|för)\b/mu),
    examples: ['Sammanställning Ange i punktform positiva effekter', 'Bakgrund Redogör kortfattat för bakgrunden till projektet.', 'Beskriv här hur målen har nåtts.', 'Syfte: Beskriv kortfattat projektets syfte.', '• Redogör kortfattat för hur bidraget har använts.'],
    counterExamples: ['I slutrapporten redogör ni bland annat för hur målen nåtts.', 'Ange diarienummer i ämnesraden.', 'Vi beskriver kortfattat vad som gäller.',
      'Ansökan ska innehålla projektnamn, projekttid och projektägare. Beskriv kortfattat projektets syfte och beskriv kortfattat hur projektet ska genomföras.',
      'I redovisningen anger ni Projektnamn, Projekttid och Projektägare. Redogör kortfattat för hur bidraget har använts. Beskriv kortfattat vad projektet har gett deltagarna.'],
  },
  {
    // a numbered sub-section or a lettered part of a printed form: "1.1 Allmänna uppgifter", "C.1. Projektet"
    id: 'numbered-subsection', where: 'line', meaning: 'form', weight: 1,
    // (the number and its part may stand in paragraphs of their own, as a saved page or a Word file sets a form's "1.1" over
    // "Please provide a brief event summary.": the empty line between them is read as the text version's line break, dev 2423, h/form88)
    cue: /(?:^|\s)(?:\d{1,2}\.\d{1,2}|[A-H]\.\d{1,2})\.?(?:\s|\n[ \t]*\n)\p{Lu}\p{Ll}{2,}/u,
    examples: ['1 INLEDNING 1.1 Allmänna uppgifter Datum:', 'C.1. Projektet genomfördes under perioden', 'ARTISTIC REPORT AND SUPPORT MATERIAL 1.1\n\nPlease provide a brief event summary.', '1.2\n\nWhere appropriate include illustrative material.'],
    counterExamples: ['Totalt 3.5 miljoner kronor', 'VER: 1.0 den 29 januari 2010', 'Version 1.0\n\n\nInnehåll', 'Bidraget är 2.5\n\nmiljoner kronor'],
  },
  {
    // a project's head field as a printed form labels it, filled in or not: a label with its colon, or
    // a label opening a line, left blank or followed by its value; the same words inside a sentence
    // ("anger ni Projektnamn, Projekttid och Projektägare") are prose about the form
    id: 'head-field', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/(?:^[ \t]*(?:Projektnamn|Projekttid|Journalnummer|Stödmottagare|Projektägare|Ärende-ID|Redovisningsperiod|Rapportperiod|Total projektperiod)(?=:|[ \t]*$|[ \t]+[\p{Lu}\d])|(?<![\p{L}\d-])(?:Projektnamn|Projekttid|Journalnummer|Stödmottagare|Projektägare|Ärende-ID|Redovisningsperiod|Rapportperiod|Total projektperiod):)/mu),
    examples: ['Projektnamn: BergslagsTramp Journalnummer:', 'Stödmottagare Organisationsnummer Ulvö kapellag Redovisningsperiod', 'Ärende-ID: 123', 'Projekttid'],
    counterExamples: ['Ange projektets namn och journalnumret i ämnesraden.', 'Stödmottagaren ska spara underlagen.',
      'I redovisningen anger ni Projektnamn, Projekttid och Projektägare.', 'Projektnamn och projekttid ska anges i ansökan.'],
  },
  {
    // a field's label of two words or more alone on its line, ending in its colon and left blank: the next
    // line is empty or the next label ("Projektets namn:" / "Beviljat belopp:", "Datum och underskrift av firmatecknare:"); a
    // section's label with its text below ("Krav:" / "Föreningen ska …") and a line that leads into a list
    // or a rule ("Ansökan ska innehålla följande:", "Bifoga:") are prose, not fields
    id: 'blank-label-line', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/^[ \t]*(?![^\n]*\b(?:följande|ska|skall|innehålla|innehåller|bifoga|bifogas|nedan|gäller|exempel|exempelvis|t\.ex|är|kan|får|bör|vill|se|så\s+här|gör\s+så\s+här|observera|obs|tänk\s+på)\b)\p{Lu}[\p{L}\d.\/()-]{0,30}(?:[ \t]+[\p{L}\d.\/()-]{1,30}){1,5}[ \t]*:[ \t]*(?=\n[ \t]*(?:\n|$|[^\n]{1,80}:[ \t]*$|_{4,}[ \t]*$)|(?![\s\S]))/mu),
    // (or its blank drawn on the next line: "Report Prepared by:\n______", a cover sheet's field, dev 1993, h/forms65)
    examples: ['Projektets namn:\nBeviljat belopp:', 'Stiftelsens diarienummer:\n\nKort beskrivning av projektet:', 'Datum och underskrift av firmatecknare:', 'Report Prepared by:\n______\nDateName'],
    counterExamples: ['Ansökan ska innehålla följande:\n\nBudget:', 'Bifoga:\n', 'Projektets namn: Stigar vid sjön', 'Gör så här:\n', 'Observera:\n', 'Krav:\nFöreningen ska vara registrerad.', 'Ansökan:\n\nAnsök senast 1 mars.', 'Begränsningar:\n', 'Report Prepared by:\nAnna Berg, treasurer'],
  },
  {
    // a text box's limit in parentheses, as a form prints it at the field: "(max 4000 tecken)", "(högst 300 ord)"
    id: 'field-limit-box', where: 'line', meaning: 'form', weight: 2,
    // (a Norwegian or Danish form's alike: "(maks 1250 tegn)", "(højst 300 ord)")
    cue: sv(/\((?:max(?:imalt)?|maks(?:imalt)?|högst|høyst|højst)\.?\s+\d{1,2}(?:[ \u00a0]?\d{3}|\d{0,2})\s+(?:tecken|tegn|ord)\b[^)\n]{0,30}\)/iu),
    examples: ['(max 4000 tecken) Beskriv vad ni har genomfört.', 'Beskriv hur verksamheten har bidragit till syftet (max 1 000 tecken)', 'Sammanfattning (högst 300 ord)',
      'Endringer i prosjektet og årsaken til dette (maks 1250 tegn)', 'Hva er de viktigste resultatene fra prosjektet? (maks 2500 tegn)', 'Resumé (højst 300 ord)'],
    counterExamples: ['Sammanfattningen får vara högst 4000 tecken.', 'Beskriv kort vad ni har genomfört.', 'Sammendraget skal være på maks 2500 tegn.'],
  },
  {
    // a field's label marked as required by a trailing star, alone on its line: "Namn *", "E-post *"
    id: 'required-label', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]*\p{Lu}[\p{L}\d.\/-]{0,30}(?:[ \t]+[\p{L}\d.\/-]{1,30}){0,4}[ \t]+\*[ \t]*$/mu,
    examples: ['Namn *', 'E-post *', 'Projektets namn *'],
    counterExamples: ['Namn', 'De frågor som har en stjärna (*) är obligatoriska.'],
  },
  {
    // a table of contents: a heading run to its page number by dot leaders ("Inledning... 3 Förkortningar... 3 Instruktioner
    // för årsrapport... 4"): a handbook's or a guide's, about reporting as a whole; a form to fill in has none, and its
    // "Instruktioner:" entries are no blank head fields (dev 235, a reporting handbook relabelled anvisning by the audit of the
    // dev reporting kinds, h/audit78)
    id: 'contents-dot-leaders', where: 'line', meaning: 'prose', weight: 2,
    cue: /\p{L}[ \t]?(?:\.{3,}|…{1,3})[ \t]?\d{1,3}(?=[ \t]+\p{Lu}|[ \t]*$)/mu,
    examples: ['Inledning... 3 Förkortningar... 3 Instruktioner för årsrapport... 4', 'Del 1: Resultatrapport... 9', 'Bilagor……… 12'],
    counterExamples: ['Text…..', 'Text...', 'Vi väntade... 3 dagar senare kom beslutet.', 'Summa: 3...5 miljoner kronor', 'Projektnamn: ....................'],
  },
  {
    // the form described from outside: where to get it, or that it is to be used
    id: 'form-from-outside', where: 'line', meaning: 'prose', weight: 2,
    // (in English alike: a form or template "linked below", or to download: "Please complete and submit the “Financial
    // Report Template” linked below.", dev 1608, a guidelines page whose second half lists the report's contents)
    cue: sv(/\b(?:ladda\s+ner|hämta|använd|använda|finns\s+(?:här|nedan|längst\s+ner|att\s+hämta))\s+(?:[\p{L}-]+\s+){0,3}?(?:blankett|mall|formulär|redovisningsblankett)\p{L}*|\b(?:blankett|mall|formulär)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:finns|hittar\s+du|hämtar\s+du|laddar\s+du)\b|\b(?:form|template)s?[”"’']?\s+(?:linked|attached)\s+(?:below|above)\b|\bdownload\s+(?:the|our|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:form|template)s?\b/iu),
    examples: ['Ladda ner blankett för redovisning av projekt', 'Mall för slutrapport finns här nedanför.', 'Blanketten hittar du längst ner på sidan.', 'Please complete and submit the “Financial Report Template” linked below.', 'Download the final report form from our website.'],
    counterExamples: ['Fyll i de gråmarkerade fälten.', 'Ange i punktform positiva effekter.', 'Please complete this form and attach receipts.', 'Attach the receipts below.', 'This form can also be downloaded from our website.'],
  },
  {
    // a rule of when the report is due, as a page of instructions states it
    id: 'due-rule', where: 'line', meaning: 'prose', weight: 1,
    cue: sv(/\b(?:ska|skall)\s+(?:[\p{L}-]+\s+){0,4}?(?:lämnas|skickas|inkomma|ha\s+inkommit|ha\s+kommit\s+in|göras|vara\s+inskickad\p{L}*)\s+(?:[\p{L}-]+\s+){0,6}?senast\b/iu),
    examples: ['Slutrapporten ska skickas till oss senast två månader efter projektets slut.', 'Rapporten skall göras senast 15 februari året efter.'],
    counterExamples: ['Projektet genomfördes under perioden.', 'Ange i punktform positiva effekter.'],
  },
  {
    id: 'log-in', where: 'line', meaning: 'prose', weight: 1, cue: sv(/\blogga\s+in\b/iu),
    note: 'one document: every example is from dev 638; the other texts\' "Logga in" lines (dev 129, 228, 251) are a grant page\'s e-service links, not a form\'s',
    examples: ['Logga in och rapportera på Mina sidor.'],
    counterExamples: ['Inloggningsuppgifter skickas per post.'],
  },
];

/**
 * The structure rows of blank labels, counted by their different texts: a form's blank fields each have a label of
 * their own, while the same label word for word over and over is a page's repeated heading (a saved page's link lists
 * without their links: "Skandinaviske dokumenter:" / "Engelske dokumenter:" over each list, dev 1601).
 */
export const FORM_STRUCTURE_DISTINCT: readonly string[] = ['empty-label-run', 'blank-label-line'];

/** How many times one structure row may count: a long form repeats its marks, a short one has few. */
export const FORM_STRUCTURE_CAP = 3;

/** The sum of structure weights at which a text headed by a report is read as the report's form. */
export const FORM_STRUCTURE_THRESHOLD = 5;

/** How many different form marks the sum must come from: one mark repeated (a letterhead's blank "Datum: Dnr:") is no form. */
export const FORM_STRUCTURE_MARKS = 2;

/**
 * A head that names a report in other words than its kind ("Verksamhetsberättelse 2023",
 * "Ekonomisk redovisning", "Återrapport", "Rapport över stipendiets användning"): with a form's
 * structure, the report's own form.
 */
export const REPORT_HEAD_WORDS: Cue<'report-head'> = {
  id: 'report-head-words', where: 'line', meaning: 'report-head', weight: 1,
  // "Redovisning av …" names the report only as the head itself or its part after a dash or colon
  // ("Kulturbidrag – Redovisning av bidrag"); "villkor och redovisning av bidrag" names a page on the rules
  cue: sv(/\b(?:verksamhetsberättelse|verksamhetsrapport|projektrapport|projektredovisning|ekonomisk\s+(?:rapport|redovisning|sammanställning)|återrapport\p{L}*|redovisningsblankett|rapportblankett|rapport\s+(?:om|över)\s+(?:\p{L}+\s+){0,2}?(?:användning|genomför\p{L}*|projekt\p{L}*|bidrag\p{L}*|verksamhet\p{L}*))\b|(?:^[ \t]*|[-–—:|][ \t]{0,3})redovisning\s+av\b/iu),
  examples: ['Verksamhetsberättelse för bidragsåret 2023', 'Ekonomisk redovisning', 'Bygdemedel - Återrapport', 'Rapport över stipendiets användning', 'Redovisning av projektbidrag', 'Kulturbidrag 2024 – Redovisning av bidrag'],
  counterExamples: ['Ansökan om verksamhetsbidrag', 'Rapporter och publikationer', 'Rapport om läget i kommunerna', 'Kulturbidrag 2024 – villkor och redovisning av bidrag'],
};

/**
 * The lines of a filled-in form's page, by their shape (helper kind66, issue 12): a field's label with its answer left
 * empty ('field': a label alone ending in its colon, a label before a drawn blank, a table row whose label cell has empty
 * cells after it, a label before a tab and nothing, a required label's star) against a sentence of prose ('prose': a long
 * line with a sentence's full stop). A form is mostly the first, a page about a form mostly the second, whatever its
 * length, its language or the format it was saved in (a Word table, an e-service's printout, a PDF's label column): the
 * share decides (FORM_FIELD_SHARE), not a count of marks. A filled-in label ("Mottagare: Föreningen Kulturhuset",
 * "Telefon: 0480-450 000") is neither: a decision letter and a page's facts box have many.
 */
export const FIELD_LINES: ReadonlyArray<Cue<'field' | 'prose'>> = [
  {
    // a label alone on its line ending in its colon; a line that leads into a list or a rule is not one
    id: 'label-colon-blank', where: 'line', meaning: 'field', weight: 1,
    cue: /^[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]+)?\p{Lu}[\p{L}\d.,\/()&'’-]{0,30}(?:[ \t]+[\p{L}\d.,\/()&'’–-]{1,30}){0,6}[ \t]*:[ \t]*$/u,
    unless: [{ where: 'line', cue: sv(/\b(?:följande|ska|skall|innehålla|innehåller|bifoga|bifogas|nedan|gäller|exempel|exempelvis|t\.ex|är|kan|får|bör|vill|se|så\s+här|observera|obs|tänk\s+på|include|includes|following|must|should|skal|må|følgende|nedenfor)\b/iu) }],
    examples: ['Föreningens namn:', 'Organisationsnummer:', 'Award Amount:', 'Tildelt beløp:', 'Datum och underskrift av firmatecknare:', '2. Projektets namn:'],
    counterExamples: ['Redovisningen ska innehålla följande:', 'Föreningens namn: Kulturhuset', 'The report should include:', 'Gör så här:', 'Observera:'],
  },
  {
    // a label before a drawn blank: underscores or a dotted line to write on
    id: 'label-drawn-blank', where: 'line', meaning: 'field', weight: 1,
    cue: /^[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]+)?\p{L}[^\n_]{0,60}?(?:_{4,}|\.{8,}|…{4,})/u,
    examples: ['Förening: ________________', 'Medlemsavgifter: ______ kr', 'Project title: ____________________', 'Namn ..........................', '  1. Project Title:______'],
    counterExamples: ['________________', 'Innehåll ... 3', 'Föreningens namn: Kulturhuset'],
  },
  {
    // a table row of a Word blankett: a label cell, then only empty cells ("| Organisationsnummer | |")
    id: 'table-empty-cell', where: 'line', meaning: 'field', weight: 1,
    cue: /^[ \t]*\|[ \t]*\p{L}[^|\n]{0,80}\|(?:[ \t]*\|){1,6}[ \t]*$/u,
    examples: ['| Organisationsnummer | |', '| Personal | | |', '| Grant reference | |'],
    counterExamples: ['| Organisationsnummer | 802400-1234 |', '|---|---|', '| | |', '| Uppgift | Ifylls av föreningen |'],
  },
  {
    // an e-service's printout of a field and its answer, tab-separated, the answer empty ("Ärendenummer\t")
    id: 'label-tab-blank', where: 'line', meaning: 'field', weight: 1,
    cue: /^[ \t]*\p{Lu}[^\t\n]{1,80}\t[ \t]*$/u,
    examples: ['Ärendenummer\t', 'Beviljat belopp\t'],
    counterExamples: ['Ärendenummer\t2024-123', 'Beviljat belopp'],
  },
  {
    // a field's label marked as required by a trailing star, alone on its line ("Organisation name *")
    id: 'label-required-star', where: 'line', meaning: 'field', weight: 1,
    cue: /^[ \t]*\p{Lu}[^\n*]{0,80}[ \t]\*[ \t]*$/u,
    examples: ['Organisation name *', 'Namn *', 'How much of the grant have you spent? *'],
    counterExamples: ['Namn', 'De frågor som har en stjärna (*) är obligatoriska.'],
  },
  {
    // a sentence of prose: a long line with a full stop after a word (not a label, not a question)
    id: 'prose-sentence', where: 'line', meaning: 'prose', weight: 1,
    cue: /^(?=[^\n]{60})[^\n]*[\p{Ll}\d)”"][.!](?:[ \t]|$)/u,
    examples: ['Ni som har fått projektbidrag från kommunen ska redovisa hur pengarna har använts senast två månader efter.', 'Grant recipients must submit a final report within 60 days of the end of the grant period.'],
    counterExamples: ['Föreningens namn:', 'Hur många personer har deltagit i projektets aktiviteter under året som gått?', 'Kort rad.'],
  },
];

/**
 * A question form's prompt (helper kind67, issue 12): a numbered question ("Fråga 1. Vilka aktiviteter har ni genomfört?",
 * "2. Hvor mange deltog?") or an imperative prompt short of a sentence ("Beskriv vad som har genomförts", "Describe any
 * changes to the budget"). fieldDensity counts one as a field left empty only where the answer's room follows it: the
 * next non-empty line is another prompt, a field (FIELD_LINES) or the end of the text. A FAQ's question has its answer
 * below it, a guide's prompt heading its explanation; and a list led by a line ending in its colon that is no field
 * ("Redovisningen ska innehålla följande:", "Bidragsmottagaren ska besvara följande frågor:") or by QUESTION_LIST_LEAD
 * quotes the report's questions: not counted up to the next sentence of prose.
 */
export const PROMPT_LINES: ReadonlyArray<Cue<'prompt'>> = [
  {
    // a numbered question, its number bare or after "Fråga"/"Question"/"Spørsmål"/"Spørgsmål", ending in its question mark
    id: 'numbered-question-prompt', where: 'line', meaning: 'prompt', weight: 1,
    cue: sv(/^[ \t]{0,8}(?:(?:fråga|question|spørsmål|spørgsmål)[ \t]{1,3})?\d{1,2}[.):][ \t]{1,8}\p{Lu}[^\n?]{2,200}\?[ \t]*$/iu),
    examples: ['Fråga 1. Vilka aktiviteter har ni genomfört med bidraget?', '2. Hvor mange deltagere har været involveret?', 'Question 3: What did you learn?'],
    counterExamples: ['1. Sammanfattning', 'Vem kan söka?', '2. Beskriv kortfattat vad projektet har genomfört.'],
  },
  {
    // an imperative prompt short of a sentence: a verb asking for the answer first, no full stop inside
    id: 'imperative-prompt', where: 'line', meaning: 'prompt', weight: 1,
    cue: sv(/^[ \t]{0,8}(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]{1,8})?(?:beskriv|ange|redogör\s+för|berätta|sammanfatta|describe|summarise|summarize|explain|tell\s+us|please\s+describe|oppgi|angi|angiv|kuvaile)\b[^\n.!?]{3,160}[.:]?[ \t]*$/iu),
    examples: ['Beskriv vad som har genomförts', '1. Beskriv kortfattat vad projektet har genomfört.', '2.1 Beskriv verksamheten under bidragsåret', 'Describe any problems encountered', 'Redogör för hur bidraget har använts'],
    counterExamples: ['Beskriv vad som har genomförts. Bifoga kvitton.', 'I redovisningen beskriver ni vad projektet har genomfört', 'Vilka aktiviteter har genomförts?'],
  },
  {
    // a form's field label standing bare, its drawn line or box lost in a PDF's text ("Organisationens namn",
    // "Organisationsnummer", "Contact person", "Bevilget beløb"): a short line that is a field's noun and nothing else.
    // Counted, like a prompt, only where the next line is another field or prompt or the text ends: a page's contact box
    // gives each label its value on the next line ("Telefon" / "08-123 45 67"), a list led by "… ska innehålla:" is quoted
    // (helper formkind70, issue 12)
    id: 'bare-field-label', where: 'line', meaning: 'prompt', weight: 1,
    cue: sv(/^[ \t]{0,8}(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]{1,4})?(?:(?!(?:på|via|till|oss|med|och|eller|om|by|at|on|to|and|or|og|av|af|of|kontakta|kontakt|contact|ring|call)\b)[\p{L}-]+[ \t]{1,3}){0,2}?(?:namn|navn|name|förening|forening|organisation|organisasjon|organization|belopp|beløp|beløb|amount|datum|dato|date|(?:projekt|prosjekt|förenings|forenings|organisations|organisasjons)(?:namn|navn)|organisationsnummer|organisasjonsnummer|org\.?[ \t]?nr|cvr-nummer|charity[ \t]+number|kontaktperson|contact[ \t]+person|telefon(?:nummer)?|telephone|e-?post|e-?mail|postadress|adress|address|postnummer|postort|bankgiro(?:nummer)?|plusgiro(?:nummer)?|kontonummer|diarienummer|saksnummer|journalnummer|grant[ \t]+(?:number|reference)|(?:beviljat|tildelt|bevilget|använt|brukt|forbrugt)[ \t]+belopp|(?:tildelt|bevilget|brukt|forbrugt)[ \t]+beløp|(?:tildelt|bevilget|brukt|forbrugt)[ \t]+beløb|amount[ \t]+(?:awarded|spent|received)|(?:redovisade|totala|totale|samlede)[ \t]+(?:kostnader|udgifter)|total[ \t]+expenditure|kassör|ordförande|firmatecknare|projektledare|projektägare|prosjektleder|projektleder|bidragsmottagare|stödmottagare|tilskudsmodtager|tilskuddsmottaker|grantee|applicant|sökande|søker|ansøger|projektperiod|projekttid|rapportperiod|redovisningsperiod|prosjektperiode|rapporteringsperiode|projektperiode|reporting[ \t]+period|project[ \t]+period|ändamål|formål|purpose|(?:beviljat|beviljade|tildelte?|bevilgede?)[ \t]+(?:stöd|bidrag|medel|tilskudd|tilskud|støtte)|intäkter|inntekter|indtægter|income|utgifter|udgifter|expenditure|kostnader|(?:ort|sted|place)(?:[ \t]+(?:och|og|and))?[ \t]+(?:datum|dato|date)|(?:sted|ort),[ \t]+(?:dato|datum)(?:[ \t]+og[ \t]+(?:signatur|underskrift))?|underskrift|signatur|signature|namnteckning|namnförtydligande)[ \t]*$|^[ \t]{0,8}(?:namn|navn|name)[ \t]+(?:på|of|för|for)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?[ \t]*$|^[ \t]{0,8}(?:beskrivning|beskrivelse|description)[ \t]+(?:av|af|of)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,3}[ \t]*$/iu),
    examples: ['Organisationens namn', 'Organisationsnummer', 'Contact person', 'Bevilget beløb', 'Total expenditure', 'Tildelt beløp', 'E-post',
      // (kind81: who received and signs, the period, the purpose, the sums, the place and date; a name "of" the one asked for, a
      // description's label: constructed in the layouts of Malmö's Projektredovisningsmall and Kammarkollegiet's blankett)
      'Bidragsmottagare', 'Kassör', 'Projektperiod', 'Bidragets ändamål', 'Beviljat stöd', 'Totala intäkter', 'Utgifter', 'Ort och datum', 'Sted, dato og signatur', 'Underskrift', 'Navn på søker', 'Name of organisation', 'Projektnamn', 'Föreningsnamn', '1.1 Organisationens namn', '3.2 Kostnader', 'Förening', 'Belopp', 'Datum', 'Beskrivning av genomförd verksamhet'],
    counterExamples: ['Kontaktperson: Anna Svensson', 'Kontakta oss på telefon', 'Ange föreningens namn och adress.', 'Namn och adress ska framgå av ansökan.', 'Projektbeskrivning',
      'Underskrift av firmatecknare krävs.', 'Kostnader som inte får ingå i budgeten', 'Namn på de organisationer som har fått bidrag 2024 finns i listan nedan.', 'Beskrivning av stödet och vem som kan söka det.'],
  },
];

/**
 * How large a share of a text's field and prose lines (FIELD_LINES) must be fields left empty for a text headed by a
 * report to be its form, and how many different fields it must have at the least (one label repeated is a page's
 * heading; three a letterhead's "Datum: Dnr: Handläggare:"). A share, not a count, so a one-page form and a long one
 * are read alike, and a page of instructions that shows a few of the form's labels stays prose.
 */
export const FORM_FIELD_SHARE = 0.2;
export const FORM_FIELD_LINES_MIN = 4;

/**
 * The same share and count for a text under no report head at all (a Danish "Regnskabsskema", a "Blankett KF 12", an
 * e-service's printout under the grant's name): mostly fields left empty, by a clearly higher bar, since nothing else
 * says it is a form. Measured on dev (1 397 texts × txt/html/docx, h/kind67): a text that is no form has at most 5
 * different empty fields (a grant page's contact box) and a share of at most 0.31 (an anvisning with 4 fields among 9
 * prose lines); the bar sits above both, at 6 fields and half the lines. 16 of dev's 284 report-form readings pass it (all right already; prompts counted, PROMPT_LINES).
 */
export const FORM_FIELD_SHARE_HEADLESS = 0.5;
export const FORM_FIELD_LINES_MIN_HEADLESS = 6;

/** The length of a printed line of prose: a paragraph saved as one line counts as the lines it would wrap to. */
export const PROSE_LINE_CHARS = 90;

/** The month names of the lexicon, longest first, as a pattern's alternatives. */
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * What a text is, weighed when none of the form rules above decides: marks of a form (it names
 * itself a form, marks its required fields, asks questions that stand alone on their lines, opens
 * under the report's own name) against the prose of an anvisning (rules of who may apply, what the
 * money may be used for, dated deadlines, amounts). Each row counts at most KIND_EVIDENCE_CAP
 * times; with the form-structure sum (FORM_STRUCTURE) it gives the score looksLikeForm weighs.
 */
export const KIND_EVIDENCE: ReadonlyArray<Cue<'form' | 'anvisning'>> = [
  {
    // the form says what it is, in its own lead: "Detta är ett formulär som används när ni ska REDOVISA …"
    id: 'form-says-itself', where: 'line', meaning: 'form', weight: 3,
    cue: sv(/\b(?:detta|det\s+här)\s+är\s+(?:ett|en)\s+(?:formulär|blankett|mall)\p{L}*\s+(?:som|för|att)\b/iu),
    examples: ['Detta är ett formulär som används när ni ska REDOVISA projektmedel till småprojekt.', 'Det här är en blankett för redovisning av projektbidrag.'],
    counterExamples: ['Formuläret finns på Mina sidor.', 'Detta är en sida om hur du redovisar ditt bidrag.', 'Här är blanketten.'],
  },
  {
    // a report template or its guide saying that each of its headings carries a help text: "Mallens rubriker är
    // blåfärgade. Under varje rubrik finns en kort text om vad avsnittet ska innehålla." (dev 1433), "Under varje
    // rubrik finns en inledande text om avsnittets innehåll" (dev 90); a page pointing at its own sections
    // ("Läs mer under respektive rubrik:", dev 07) or at what to fill in ("… fylla i under respektive rubrik") is not it
    id: 'help-under-each-heading', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\bunder\s+(?:varje|respektive)\s+rubrik\s+finns\s+(?:det\s+)?(?:en\s+)?(?:\p{L}+\s+){0,2}?(?:text|hjälptext|instruktion|vägledning|beskrivning)\b/iu),
    examples: ['Mallens rubriker är blåfärgade. Under varje rubrik finns en kort text om vad avsnittet ska innehålla.', 'Under varje rubrik finns en inledande text om avsnittets innehåll.'],
    counterExamples: ['Läs mer under respektive rubrik:', 'Nedan beskrivs vilken information som ni ska fylla i under respektive rubrik.', 'Under varje rubrik finns länkar till blanketterna.'],
  },
  {
    // a web form's note on its required fields: "”*” anger obligatoriska fält", "Fält markerade med * är obligatoriska"
    id: 'required-fields-note', where: 'line', meaning: 'form', weight: 3,
    // ("Obligatoriska fält är markerade med *", the verb without "som": an e-service form's own note)
    // (the mark named, "asterisk", only where the note opens its sentence or line: a form's own note, never a page's sentence
    // about an e-service's fields, "I e-tjänsten är fält som är markerade med asterisk obligatoriska", nor an FAQ's answer,
    // "Kontrollera att alla fält som är markerade med asterisk är ifyllda", review77f R09 R11)
    // (an English form's own note with the star itself, opening its line or sentence: "All fields marked with * must be completed.",
    // "Fields marked * are required", "* indicates a required field" — a web form saved as text, dev 2424, h/forms83; a page naming
    // the "asterisk" in words about an e-service is left out as in Swedish)
    cue: sv(/(?:^[ \t]*|[.!?:][ \t]+)(?:all[ \t]+)?(?:required[ \t]+)?fields[ \t]+(?:marked|indicated)[ \t]+(?:with[ \t]+)?(?:an?[ \t]+)?\(?\*\)?[ \t]+(?:must[ \t]+be[ \t]+(?:completed|filled[ \t]+(?:in|out))|are[ \t]+(?:required|mandatory|compulsory))\b|(?:^[ \t]*|[.!?:][ \t]+)\(?\*\)?[ \t]*(?:indicates|denotes)[ \t]+(?:an?[ \t]+)?(?:required|mandatory)[ \t]+fields?\b|\banger\s+obligatoriska\s+fält\b|\bfält\s+(?:som\s+)?(?:är\s+)?(?:markerade|märkta)\s+med\s+(?:en\s+)?(?:\*|stjärna)|(?:^[ \t]*|[.!?:][ \t]+)(?:(?:alla|obligatoriska)[ \t]+)?fält(?:en)?[ \t]+(?:som[ \t]+)?(?:är[ \t]+)?(?:markerade|märkta)[ \t]+med[ \t]+(?:en[ \t]+)?asterisk/imu),
    examples: ['*” anger obligatoriska fält', 'Fält markerade med * är obligatoriska att fylla i.', 'Fält märkta med stjärna måste fyllas i.', 'Obligatoriska fält är markerade med *',
      // (the mark named, "asterisk (*)": a printed form's note on its first page, h/formkind77 F09)
      'Obligatoriska fält är markerade med en asterisk (*).',
      'All fields marked with * must be completed.', 'Fields marked * are required.', '* indicates a required field'],
    counterExamples: ['Alla uppgifter i ansökan måste fyllas i.', 'De frågor som har en stjärna (*) i formuläret är nödvändiga att svara på.',
      'In the e-service, all fields marked with an asterisk must be completed before you submit.', 'Check that all fields marked with * in the portal are filled in before you submit.',
      // review77f R09 R11: the asterisk named inside a page's sentence
      'I e-tjänsten är fält som är markerade med asterisk obligatoriska.', 'Kontrollera att alla fält som är markerade med asterisk är ifyllda.'],
  },
  {
    // a question alone on its line, as a form prints a field's question ("Vad har ni gjort?",
    // "3. Hur många deltagare har ni nått?"); a page's question heads about applying are prose
    id: 'question-line', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:\d{1,2}[.)][ \t]+)?(?![^\n]*\b(?:söka|söker|ansöka|ansöker|ansökan|rekvirera|rekvirerar|sökas|beviljas|apply|applies|eligible)\b)\p{Lu}[^\n?.!:*_]{4,100}\?(?:\*\*|__)?[ \t]*$/mu),
    // (a web form's question set as a heading or in bold: "## Vad har ni gjort?", "**Hur många deltagare har ni nått?**")
    examples: ['Vad har ni gjort?', '3. Hur många deltagare har ni nått?', 'Har projektet genomförts enligt plan?', '## Vad har ni gjort?', '**Hur många deltagare har ni nått?**'],
    counterExamples: ['Vem kan söka?', 'När kan man ansöka?', '## Vem kan söka?', 'Who can apply?', 'Har projektet genomförts enligt plan? Ja, det har det.', 'Beskriv vad ni har gjort.'],
  },
  {
    // an answer's choice printed under a question, alone on its line: "☐ Ja", "Nej", "☐ Delvis"
    id: 'yes-no-line', where: 'line', meaning: 'form', weight: 1,
    // (an English form's "Yes" / "No", and a box typed as brackets: "[ ] YES")
    cue: /^[ \t]*(?:(?:[☐□▢☒☑]|\[[ xX]\])[ \t]*)?(?:ja|nej|delvis|vet\s+ej|yes|no)[ \t]*$/imu,
    examples: ['☐ Ja', 'Nej', '□ Delvis', '[ ] YES', 'No'],
    counterExamples: ['Ja, bidraget kan sökas av föreningar.', 'Nej tack', 'No later than 1 March.', '[ ] NO If no, please explain.'],
  },
  {
    // a survey's answer on a scale, alone on its line as an enkät prints it under its question:
    // "I hög utsträckning", "Instämmer helt", "○ Vet inte", "To a large extent"
    id: 'scale-option-line', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/^[ \t]*(?:[☐□▢☒☑○◯][ \t]*)?(?:i\s+(?:mycket\s+)?(?:hög|låg|viss|stor|liten|ganska\s+(?:hög|låg|stor|liten))\s+utsträckning|inte\s+alls|instämmer\s+(?:helt|delvis|inte(?:\s+alls)?)|mycket\s+(?:nöjd|missnöjd)|ganska\s+(?:nöjd|missnöjd)|vet\s+inte|ingen\s+åsikt|to\s+a\s+(?:very\s+)?(?:large|great|small|some|limited)\s+extent|not\s+at\s+all|strongly\s+(?:agree|disagree))[ \t]*$/imu),
    examples: ['I hög utsträckning', 'Instämmer helt', '○ Vet inte', 'To a large extent'],
    counterExamples: ['I hög utsträckning har kommunerna använt medlen till personal.', 'Vet inte vad som gäller? Kontakta oss.', 'Inte alls svårt att ansöka.'],
  },
  {
    // a field's prompt alone on its line, as a form prints it above the box: "Beskriv hur projektet har genomförts",
    // "Ange antal deltagare"; a prompt run on after a lead ("I slutrapporten ska ni beskriva …") is prose
    id: 'prompt-line', where: 'line', meaning: 'form', weight: 1,
    // (an English form's prompt alike: "Describe any significant findings or accomplishments in this period.")
    cue: sv(/^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:beskriv|ange|redogör|förklara|berätta|kommentera|describe|explain|summarize|summarise)[ \t]+(?!(?:gärna|alltid|även|always|also)\b)[^\n.!?:]{5,120}[.:]?[ \t]*$/imu),
    examples: ['Beskriv hur projektet har genomförts', '2. Ange antal deltagare:', 'Redogör för avvikelser från projektplanen.', 'Describe any significant findings or accomplishments in this period.'],
    counterExamples: ['I slutrapporten ska ni beskriva hur projektet har genomförts.', 'Ange alltid vårt diarienummer.', 'Beskriv kort. Skicka sedan in.', 'The report should describe the results of the project.', 'Describe. Then submit.'],
  },
  {
    // a question to the one who reports, about what the project or the recipient did, anywhere in a line (a form's
    // question, a template's section prompt, a transcript's run of questions and answers): "Har syfte, mål och målgrupp
    // förändrats under projekttiden?", "Hur många kvinnor och män har deltagit i projektet?", "(b) What were the goals
    // of your project?", "Var genomfördes projektet?"; it asks in the past or perfect ("har", "hade", "blev", "var",
    // "did", "were" …), so the second half of a form, without its head, still asks it. An instruction page's questions
    // ask what happens or what to do ("Vad händer om ni inte använder hela bidraget?", "Hur redovisar vi?", "Måste ni …?")
    // and are left out: a present-tense question, or one about applying, reporting or a rule (h/forms19)
    id: 'project-question', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/(?:^|[.?!:)][ \t]{1,3})[ \t]{0,3}(?:\d{1,2}[.)][ \t]{1,3}|\(?[a-h]\)[ \t]{1,3})?(?:(?:Vad|Vilka|Vilken|Vilket|Hur|Varför|Var|I\s+vilken\s+(?:utsträckning|grad)|What|How|Which|Why|Where|To\s+what\s+extent)(?:[ \t]+[\p{L}\d-]{1,30}){0,4}?[ \t]+(?:har|hade|blev|var|gjorde|ville|did|were|was|has|have|had)|(?:Har|Hade)(?![ \t]+(?:du|ni|vi|du\/ni|ni\/du|(?:din|ditt|dina|er|ert|era|vår|vårt|våra)[ \t]+[\p{L}-]+(?:[ \t]+eller[ \t]+[\p{L}-]+)?|[\p{L}-]+(?:et|en|na))[ \t]+(?:en|ett|någon|några|något|inga|ingen|inget|idé\p{L}*|konkreta|frågor|fråga|planer|tillgång|behov|möjlighet\p{L}*)\b)|Blev|Did|Were|Was|Has|Have)[ \t]+(?![^\n?]{0,160}\b(?:jag|man|söka|söker|ansöka|ansökan|rekvirera\p{L}*|redovis\p{L}*|rapport\p{L}*|frågor|questions|ska|skall|får|måste|I|apply|applied|submit\p{L}*|must|may|should)\b)[^\n?]{0,160}?\b(?:ni|er|ert|era|du|din|ditt|dina|vi|you|your|we|our|projektet|projektets|verksamheten|insatsen|insatserna|project|projects|program|programme|projekt)\b[^\n?]{0,160}\?/mu),
    examples: ['Varför ville ni genomföra projektet? Har syfte, mål och målgrupp förändrats under projekttiden?', 'Hur många kvinnor och män har deltagit i projektet?', '(b) What were the goals of your project?',
      '4.  What were the goals or objectives for the funded project or program?', 'How did the project evolve? Describe the risks.', 'Har projektet genomförts enligt plan?'],
    counterExamples: ['Vad händer om ni inte använder hela bidraget?', 'Hur redovisar vi bidraget?', 'Har ni fått bidrag ska ni lämna en slutrapport.', 'Vad har jag för skyldigheter?',
      'Var kan ni få hjälp?', 'Har ni frågor om redovisningen?', 'Har ni frågor om projektet? Kontakta oss.', 'Who can apply?', 'Har syfte, mål och målgrupp förändrats under projekttiden?',
      // "har" of having, not of the perfect: a grant page's invitation or checklist (review43: 13 of the row's 22 hits on dev
      // instruction pages: dev 253, 480, 805, 872, 935, 1006, 1067, 1160, q132 …)
      'Har du en idé som skapar lokal utveckling i vårt område?', 'Har ni en idé ni vill göra verklighet av?', 'Har din förening en idé som handlar om fysisk aktivitet för barn och unga?',
      'Har projektet tillgång till den personal som behövs?', 'Har du/ni ett kulturprojekt på gång i Uppsala län?', 'Har du konkreta planer och en upparbetad kontakt med en vetenskaplig institution?'],
  },
  {
    // a prompt to the one who fills in, opening a sentence inside a line (after the field's label, a question or a
    // letter): "Sammanfattning (max 2 A4-sidor) Beskriv kortfattat projektidén …", "Projektets resultat - Redogör
    // kortfattat för det problem …", "(a) Describe the progress made toward the goals …", "How did the project evolve?
    // Describe the risks …"; it names what to tell ("hur", "vad", "för", "the"), so a page's "Ange tydligt att …" or
    // "Ange diarienummer" is not one. A prompt alone on its line is the prompt-line row's (h/forms19)
    id: 'run-in-prompt', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/(?:[.?!:)][ \t]{1,3}|\(?[a-h]\)[ \t]{1,3}|[ \t][-–][ \t]{1,3})(?:Beskriv|Redogör|Förklara|Berätta|Kommentera|Sammanfatta|Specificera|Motivera|Describe|Explain|Summari[sz]e|List|Identify|Provide)[ \t]+(?:(?:kortfattat|kort|också|briefly)[ \t]+)?(?:hur|vad|vilka|vilken|vilket|varför|på\s+vilket\s+sätt|för\s+(?:hur|vad|vilka|projektets|syftet|bakgrunden|det|de|den|era|ert|er)|the|any|how|what|which|why|your|major|whether|information\s+about|projektidén|projektets)\b/u),
    examples: ['Sammanfattning (max 2 A4-sidor) Beskriv kortfattat projektidén och de framsteg som gjordes.', 'Projektets resultat - Redogör kortfattat för det problem och de behov som projektet', '(a) Describe the progress made toward the goals and objectives.',
      'How did the project evolve? Describe the risks associated with the project.', 'Bakgrund: Redogör för bakgrunden till projektet.'],
    counterExamples: ['Ange tydligt att betalningen gäller outnyttjade medel.', 'I slutrapporten ska ni beskriva hur projektet har genomförts.', 'Beskriv hur projektet har genomförts.', 'Skicka in rapporten. Ange diarienummer i ämnesraden.',
      'Om projektet bidragit till att motverka diskriminering, beskriv det.'],
  },
  {
    // a form's help text at a field, telling the one who fills it in what goes here: "Här ska ni kort och konkret
    // beskriva projektet.", "Här ska du kort och konkret beskriva projektet", "Här ska ni redogöra för projektets syfte …",
    // "Här fyller ni i information om bidragstagande organisation"; a page's "Här kan du läsa mer …" or "Här ska ni även
    // bifoga fakturor" points elsewhere or sets a rule (h/forms19: dev 21, 90, 490 forms; 1243, a guide to a report
    // form's cells, holds too and stays an anvisning by its other evidence)
    id: 'here-you-prompt', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\b[Hh]är\s+(?:(?:ska|skall|bör)\s+(?:du|ni)\s+(?:(?:kort|kortfattat|kort\s+och\s+konkret|också)\s+)?(?:beskriva|redogöra|sammanfatta|berätta|ange|fylla\s+i|motivera)|(?:fyller|beskriver|anger|redogör|sammanfattar)\s+(?:du|ni)(?:\s+i)?)\b/u),
    examples: ['Här ska ni kort och konkret beskriva projektet.', 'Här ska ni redogöra för projektets syfte och övergripande projektmål.', 'Här fyller ni i information om bidragstagande organisation.'],
    counterExamples: ['Här kan du läsa mer om utlysningen.', 'Här ska ni även bifoga fakturor och kvitton.', 'Här kan ni se vad som ska lämnas in.', 'I rapporten ska ni beskriva projektet.'],
  },
  {
    // a report template's section: a short heading alone on its line, and under it (after at most one empty line) the prompt
    // that tells the writer what the section takes, opening with a verb of telling ("Project summary" / "Give a brief summary of
    // the status of the project.", "Environmental effects" / "Present the progress on how …", "Genomförande" / "Beskriv hur
    // projektet har genomförts"): a form whose questions are prose prompts under headings, unnumbered (dev 2600, 1700, 90).
    // A page that describes a free-text report by its headings has the same shape, so the row counts only under the report
    // form's own head (KIND_HEADS) and not under a lead that quotes the report's parts (reporting-form.ts HEADED_ROWS,
    // QUOTED_ROWS; h/form88); never a prompt that names the report or the application from outside ("Beskriv i
    // slutrapporten hur …", "Describe in your application …") nor a heading over a rule ("Redovisning" / "Skicka in …")
    id: 'headed-section-prompt', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]*(?:#{1,6}[ \t]+)?\p{Lu}[\p{L}\d ,&\/()-]{2,50}[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Beskriv|Redogör|Sammanfatta|Presentera|Förklara|Describe|Present|Summari[sz]e|Explain|Give[ \t]+an?[ \t]+(?:brief[ \t]+|short[ \t]+)?(?:summary|overview|account|description))\b(?![^\n]{0,40}\b(?:i|in)[ \t]+(?:the[ \t]+|er[ \t]+|din[ \t]+|your[ \t]+)?(?:slutrapporten|delrapporten|lägesrapporten|rapporten|redovisningen|report|ansökan|application)\b)/mu,
    examples: ['Project summary\n\nGive a brief summary of the status of the project.', 'Environmental effects\nPresent the progress on how the project is achieving the environmental effects described in your application.',
      // (dev 90, an ESF help text's section; dev 1757, a report format's; dev 975, a checklist's)
      'Projektets resultat, mål och indikatorer\nBeskriv projektets faktiska resultat i förhållande till den ursprungliga planeringen.', 'Next Steps\nDescribe the next steps in your project',
      'Problems & Delays\n\nDescribe any unexpected delays, impediments, and challenges'],
    counterExamples: ['Slutrapport\nBeskriv i slutrapporten hur projektet har genomförts.', 'Redovisning\nSkicka in redovisningen senast 1 mars.', 'Projektbeskrivning\nDescribe in your application how the project will be run.',
      'Vad ska rapporten innehålla?\nBeskriv hur projektet har genomförts.', 'I rapporten ska ni beskriva:\nBeskriv hur målen nåtts.'],
  },
  {
    // a question's number alone on its line above the question, as a printed form or template sets it ("8." /
    // "Beskrivning av hur …"); no dev instruction page has such a line (h/forms19: dev 88, 972, 973)
    id: 'lone-question-number', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]{0,8}\d{1,2}\.[ \t]*\n[ \t]{0,8}\p{Lu}/mu,
    examples: ['8.\nBeskrivning av hur uppföljning/utvärdering skett och resultatet av denna.', '1.\nOrganization Name:'],
    counterExamples: ['8. Beskrivning av hur uppföljning skett.', 'Sidan 8.\nNästa sida', '2024.\nDen nya förordningen'],
  },
  {
    // a form's numbered part whose next line asks the filler for it, as a report template or a form's help text
    // walks through its parts: "1. Introduktion" / "Redogör och beskriv allmänt om projektets status …",
    // "1. Ekonomisk redovisning av beviljade medel" / "Specificera hur medlen har använts …"; a page's numbered
    // cases or steps go on in prose ("1. Projekt som har lämnat in en mellanrapport …" / "STEA har skickat …")
    id: 'numbered-part-prompt', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/^[ \t]*\d{1,2}[.)][ \t]+(?!(?:Logga\s+in|Klicka|Gå\s+(?:till|in)|Ladda\s+(?:ner|upp)|Skicka\s+in|Öppna|Skriv\s+ut|Välj|Bekräfta|Spara|Signera)\b)\p{Lu}[^\n.!?:]{2,70}\n(?:[ \t]*\n)?[ \t]*(?:Beskriv|Ange|Redogör|Specificera|Förklara|Berätta|Sammanfatta|Kommentera|Motivera|Uppge|Fyll\s+i)[ \t]+(?!(?:gärna|alltid|även)\b)/mu),
    examples: ['1. Introduktion\nRedogör och beskriv allmänt om projektets status, projektets organisation och eventuella avvikelser (max 100 ord)',
      '1. Ekonomisk redovisning av beviljade medel\nSpecificera hur medlen har använts i relation till den beviljade budgeten som finns i beviljningsbrevet.'],
    counterExamples: ['1. Projekt som har lämnat in en mellanrapport till STEA år 2019\n\nSTEA har skickat slutrapportuppgiften till e-tjänstens Uppgifter år 2019.',
      '3. Skicka in fotografier\n\nStödmottagaren ska även skicka in minst tre (3) högupplösta fotografier från projektet till leaderkontoret',
      'I slutrapporten ska ni beskriva hur projektet har genomförts.\nBeskriv också resultaten.',
      // a numbered step of how to report, an instruction page's (review36; the step verbs of STEP_ITEM)
      '1. Logga in i e-tjänsten\nAnge ditt organisationsnummer och välj det beviljade projektet.'],
  },
  {
    // a question the report answers, set as a dash or bullet item of its own under the report's own headings, asking what the
    // project did or found: "- Have there been any unanticipated outcomes? What are they?", "- Were the planned strategies for
    // each objective appropriate and effective?" (dev 1881, its body mostly such items under "Progress Toward Objectives"),
    // "• What happened during the project that was unexpected …?" (dev 1347), "- What practices or activities led to success?"
    // (dev 1757). A question about applying or a rule, in the future or a modal ("• Vem kan söka projektstöd?", "• Ska kostnader
    // räknas inklusive moms?", "• Kan ni bidra med ideell tid?": a grant page's FAQ or an application guide) is none. The
    // same items under a lead that tells the reader to answer them ("I Självserviceformuläret svarar du med text på följande
    // frågor:", dev 637; "Svara på de här frågorna:", dev 239; dev 61, 1772, 1773) are a page of instructions quoting the
    // report's questions: under QUESTION_LIST_LEAD this row counts nothing (h/forms26). Weight 2: the dash items are
    // the form's whole body, where a printed form's question-line stands alone; an instruction page's unled bullet question
    // is one (dev 896's "• Annan miljö- och klimatåtgärd, vilken?", 2 points, no second mark). Imperative items ("- Describe
    // …", "• Beskriv …", "• Ange …") are left out, measured: without a lead they stand in four dev pages of instructions or a
    // grant page (87, 305, 1242, 1807) and the anvisning 1837 ("• Beskriv beloppen: …"), and in one dev form (21, a form by
    // other rows)
    id: 'question-item', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]{0,8}[-•*–▪◦●][ \t]{1,8}(?![^\n]{0,300}\b(?:ska|skall|vill|kommer|skulle|kan|kunna|får|bör|måste|jag|man|söka|söker|ansöka|ansöker|ansökan|sökas|will|would|can|could|should|shall|must|may|apply|applying|application|eligible)\b)\p{L}[^\n]{3,300}\?[ \t]*$/imu,
    examples: ['- Have there been any unanticipated outcomes? What are they?', '- Were the planned strategies for each objective appropriate and effective?', '• What happened during the project that was unexpected and how did it affect your results?', '  • Blev det som du tänkt?', '- What practices or activities led to success? What practices or activities have not?'],
    counterExamples: ['• Vem kan söka projektstöd?', '• Ska kostnader räknas inklusive eller exklusive moms?', '• Kan ni bidra med ideell tid, i så fall hur mycket?', '• Jag vill avsluta mitt projekt i förtid, vad gäller?', 'Have there been any unanticipated outcomes?', '- Implementation and Results', '• How will the funds be used?'],
  },
  {
    // the rules an anvisning sets on the money or the report: "Medlen får inte användas till …", "Redovisningen ska lämnas in …"
    id: 'rule-on-money', where: 'line', meaning: 'anvisning', weight: 1,
    cue: sv(/\b(?:ska|skall|måste|får|kan)\s+(?:inte\s+|ej\s+)?(?:[\p{L}-]+\s+){0,2}?(?:användas|rekvireras|sökas|beviljas|betalas\s+(?:ut|tillbaka)|återbetalas|återkrävas|redovisas|lämnas\s+in|skickas\s+in|inkomma|ha\s+inkommit)\b/iu),
    examples: ['Medlen får inte användas till investeringar.', 'Redovisningen ska lämnas in senast den 31 mars.', 'Bidraget kan återkrävas.'],
    counterExamples: ['Beskriv hur medlen har använts.', 'Detta är ett formulär som används när ni ska REDOVISA projektmedel.'],
  },
  {
    // a head naming instructions for reporting as a whole, the activity, not one report's form: "ANVISNINGAR FÖR REDOVISNING",
    // "Anvisningar för redovisning av projektbidrag 2023", "Handbok för rapportering", "Riktlinjer för ekonomisk redovisning":
    // by the audited kind rule's tie-break the head frames the text as about reporting (rule 3), however many of a form's field
    // numbers its contents name (dev 1696, a booklet of instructions for several redovisning forms, relabelled anvisning by the
    // audit of the dev reporting kinds, h/audit78; dev 20, 235, 237 likewise). The head alone on its line; a sentence pointing to
    // such instructions ("Läs anvisningar för redovisning.") is none. (Not the English "Grant Reporting Guidelines": forms print
    // it over their own fields, dev 1603, 1993.)
    id: 'reporting-instructions-head', where: 'line', meaning: 'anvisning', weight: 2,
    cue: sv(/\b(?:anvisning(?:ar)?|instruktion(?:er)?|riktlinjer|handbok|vägledning|veiledning|vejledning|retningslinjer)[ \t]+(?:för|om|for|til|till)[ \t]+(?:ekonomisk[ \t]+|ekonomiska[ \t]+)?(?:rapportering|redovisning|återrapportering|afrapportering)(?:[ \t]+(?:av|för|af)[ \t]+[^.\n"”]{0,60})?[ \t]*$/imu),
    examples: ['Understödsverksamhet ANVISNINGAR FÖR REDOVISNING', 'Anvisningar för redovisning av projektbidrag 2023 inom hiv/STI prevention', 'Handbok för rapportering', 'RIKTLINJER FÖR EKONOMISK REDOVISNING AV SAMARBETSPROJEKT', 'Vejledning om afrapportering'],
    counterExamples: ['Läs anvisningar för redovisning innan du börjar.', 'Download "Understödsverksamhet ANVISNINGAR FÖR REDOVISNING"', 'Anvisningar för att fylla i blanketten', 'Instruktioner till slutrapporten', 'Anvisning till blanketten Slutrapport', 'Handbok för projektledare'],
  },
  {
    // who may apply or requisition: the subject of a grant's rules
    id: 'who-may-apply', where: 'line', meaning: 'anvisning', weight: 2,
    cue: sv(/\b(?:vem|vilka)\s+(?:kan|får)\s+(?:söka|ansöka|rekvirera)\b|\b(?:bidrag|stöd|medel|understöd)\p{L}*\s+(?:kan|får)\s+(?:sökas|rekvireras|beviljas|lämnas)\b/iu),
    examples: ['Vem kan söka?', 'Bidrag kan sökas av kommuner och regioner.', 'Stöd får lämnas till ideella föreningar.'],
    counterExamples: ['Beskriv vem som har deltagit i projektet.', 'Vilka har nytta av projektet?'],
  },
  {
    // a dated deadline: "senast den 31 mars 2024", "senast 1.3.2024"
    id: 'dated-deadline', where: 'line', meaning: 'anvisning', weight: 1,
    cue: sv(new RegExp(String.raw`\bsenast\s+(?:den\s+)?\d{1,2}(?:\s+(?:${MONTH_WORDS})\b|\.\d{1,2}\.|\/\d{1,2}\b)`, 'iu')),
    examples: ['Redovisningen ska ha kommit in senast den 31 mars 2024.', 'Ansök senast 1.3.2024.', 'senast 28/2'],
    counterExamples: ['senast två månader efter projektets slut', 'Datum: ____'],
  },
  {
    // an amount in thousands or millions, as a grant's rules state its money ("totalt 5 000 000 kronor", "3,5 miljoner kronor")
    id: 'amount-in-prose', where: 'line', meaning: 'anvisning', weight: 1,
    // a run of digit groups is read from its first group only (linear on a long run of groups)
    cue: /(?<!\d[ \u00a0]?)\d{1,3}(?:[ \u00a0]\d{3})+[ \t]?(?:kr|kronor|euro)\b|(?<![\d,])\d+(?:,\d+)?[ \t](?:miljoner|miljarder|mnkr|mdkr)\b/iu,
    examples: ['Totalt fördelas 5 000 000 kronor.', 'Regeringen avsätter 3,5 miljoner kronor.'],
    counterExamples: ['Värdet per timme är 340 kr.', 'Belopp: ______ kr'],
  },
  {
    // the form speaks to the one filling it in about itself: "answer all questions directly on this form",
    // "when filling out this form", "Complete this report by typing …", "Svara på frågorna i denna blankett";
    // a page about a form says where to get it, not "this form"
    id: 'form-addresses-filler', where: 'line', meaning: 'form', weight: 3,
    cue: sv(/\b(?:on|in|out|completing)\s+this\s+(?:form|template|checklist)\b(?!\s+of\b)|\bcop(?:y|ies)\s+of\s+this\s+(?:form|questionnaire)\b|\bversions?\s+of\s+(?:this|your)\s+questionnaire\b|\buse\s+this\s+format\b|\bcomplete\s+this\s+(?:[\p{L}-]+\s+){0,2}?(?:form|report|template)\b|\bcomplete\s+this\s+(?:[\p{L}\d()-]+\s+){0,5}?(?:reports?\s+)?packet\b|\b(?:complete|fill\s+(?:in|out))\s+the\s+following\s+(?:[\p{L}-]+\s+){0,2}?(?:form|template|questionnaire)\b|\b(?:read|send|return|keep|sign)\s+this\s+(?:[\p{L}-]+\s+){0,2}?form\b|\b(?:i|på)\s+(?:denna|den\s+här)\s+(?:blankett|mall|rapportmall)(?:en)?\b|\b(?:i|på)\s+(?:detta|det\s+här)\s+formulär(?:et)?\b|\b(?:denna|den\s+här)\s+(?:blankett|mall)(?:en)?\s+(?:ska|skall)\s+fyllas\s+i\b|\bthis\s+(?:form|template)\s+(?:is\s+(?:to\s+be\s+)?used|must\s+be\s+(?:completed|used|signed)|should\s+be\s+(?:completed|used))\b|\bthis\s+(?:work)?sheet\s+(?:is\s+used|asks\s+you|must\s+be\s+(?:completed|filled))\b|\bin\s+this\s+(?:file|workbook)\s+there\s+(?:are|is)\s+\d{1,2}\s+(?:work)?sheets\b/iu),
    // (never "this form of support", "in this form of funding": a kind of aid, no document in hand; an English call's funding
    // section read as a form by it, dev 2578, h/form89)
    // (a spreadsheet template's guidance sheet on itself: "Contained in this file there are 3 worksheets", "This worksheet is used
    // to capture project expenditure …", dev 1901; h/forms27)
    // ("This form is to be used for all projects funded through …", "Page one and two of this form must be completed")
    // (a report package's own bid: "Please complete this seven (7) page Concluding Reports packet", dev 2426; a web form's lead
    // naming itself the form that follows: "Please complete the following accountability form for your … Grant", dev 2424;
    // h/forms83)
    // (its own copies and versions: "Please send ONE signed hard copy of this form", "The deadline for returning BOTH hard and
    // electronic versions of your Questionnaire is 20 May 2008", dev 1703)
    // (the form in hand, read, sent back or completed: "Please read this form straight away", "when you complete this
    // activity report form", "Please send this report form to the Relationship Manager", dev 1605, 1606)
    examples: ['Please read this form straight away – you may need to collect information throughout your project.', 'Please send this report form to the Relationship Manager.', 'Please refer to your original application when you complete this activity report form.',
      'This form is to be used for all projects funded through the Sport and Recreation Disaster Recovery Program', 'Page one and two of this form must be completed, including authorized signatures.',
      'Grantees can either answer all questions directly on this form, or use their own format.', 'Please keep a copy of this form for your records.', 'The deadline for returning both versions of your Questionnaire is 20 May 2008.', 'Please consult attached instructions when filling out this form.', 'Please use this format for your reporting.', 'Complete this report by typing in black font under each prompt.', 'Svara på frågorna i denna blankett.', 'Den här blanketten ska fyllas i av projektägaren.', 'Alla uppgifter i detta formulär är obligatoriska.',
      'Contained in this file there are 3 worksheets, excluding this guidance sheet.', '1. Worksheet 1: Annual Financial Report: This worksheet is used to capture project expenditure for the most recently completed financial year',
      'Please complete this seven (7) page Concluding Reports packet.', 'Complete this final report packet and return it within 60 days.',
      'Please complete the following accountability form for your grant.'],
    counterExamples: ['Download the report form from our website.', 'Information on this page is updated yearly.', 'Please read this page before you apply.', 'Send the report form to the council.', 'Blanketten finns på Mina sidor.', 'Läs mer på denna sida.', 'Formuläret öppnar den 1 mars.',
      'The report form is to be used by all grantees.', 'This page is to be used as a guide.', 'A copy of your application form is sent to you by e-mail.', 'Copies of the form are available at the town hall.',
      // (a page listing the forms to download, of each: h/review38)
      'This form provides information about matching funders.', 'This form ensures that grantees adhere to the appropriate regulations while conducting research.',
      'Download this file to see the worksheets.', 'The template has a worksheet for each year.',
      'The report packet is sent to every grantee.', 'Complete this year\'s report in the portal.', 'Complete the following steps before you open the form.',
      'An organization can receive a maximum of 200,000 euros over a three-year period in this form of support.', 'Grants paid out in this form of funding are taxable.'],
  },
  {
    // the form tells the one filling it in to tick a box: "(Please tick one)", "Sett ett kryss.", "Markera med ett x om …",
    // "Sätt kryss i rutan"; only a form has boxes of its own to tick. A page on an e-service's form says where to click
    // ("Kryssa i rätt ruta" on Mina sidor), which this leaves out
    id: 'tick-instruction', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\b(?:please\s+)?tick\s+(?:one|all\s+that\s+apply|(?:the|a|one)\s+(?:appropriate\s+|relevant\s+)?box(?:es)?|(?:appropriate|relevant)\s+box(?:es)?)\b|\bcheck\s+(?:the\s+)?(?:appropriate|relevant|one)\s+box(?:es)?\b|\bcircle\s+(?:one|all\s+that\s+apply|yes\s+or\s+no|the\s+(?:appropriate\s+|relevant\s+)?(?:number|answer|option|rating)s?)\b|\bsätt\s+(?:ett\s+)?kryss\b|\bmarkera\s+med\s+(?:ett\s+)?(?:x|kryss)\b|\bsett\s+(?:ett\s+)?kryss\b|\bsæt\s+(?:et\s+)?kryds\b|\bkryssa\s+(?:i|för)\s+(?:lämplig|tillämplig|aktuell)\s+ruta\b/iu),
    // (a printed Swedish form's "Kryssa i lämplig ruta.", the translation of "Check appropriate box"; "Kryssa i rätt ruta" on
    // an e-service page stays out, h/vary59)
    // (or without its article, as a Word form prints it beside its boxes: "Type of accountability report – Tick appropriate box",
    // dev 2079, a New Zealand trust's accountability report form; h/forms68)
    // (a printed form's scale to circle: "Circle the number of activities in each category", dev 2425; "Circle all that apply",
    // dev 2008; h/forms83)
    examples: ['Circle the number of activities in each category', 'Circle all that apply:', '(Circle one)', 'Tick appropriate box', 'Please tick relevant boxes below.', 'Kryssa i lämplig ruta.', '(Please tick one)', '8. THIS REPORT HAS BEEN (Check appropriate box.)', 'Sett ett kryss.', 'Markera med ett x om budget hålls för respektive aktivitet.', 'Sätt kryss i rutan för rätt alternativ.', 'Tick all that apply', 'Sæt kryds ved det relevante svar.'],
    counterExamples: ['Circle the date in your calendar.', 'The circle of grantees meets in May.', 'Tick boxes are used in the e-service.', 'The appropriate box office is closed.', 'Kryssa i rätt ruta.', 'Check your e-mail for the report form.', 'Ticket prices are listed below.', 'Markera rätt projekt i listan.', 'The form has boxes to tick.'],
  },
  {
    // the form's own declaration, in the first person of the one who signs it: "By signing below, I certify that …",
    // "We certify that our organisation has …", "Undertecknad intygar att ovan lämnade uppgifter är fullständiga";
    // a page of instructions states it as a rule in the third person ("The report must be certified by …")
    id: 'first-person-declaration', where: 'line', meaning: 'form', weight: 2,
    // (not "we confirm": a funder's own voice, "We confirm that your report has been received"; nor the reflexive
    // "vi försäkrar oss om att", 'we make sure that', an organisation's own voice on its web page)
    cue: sv(/\b(?:I\s+(?:hereby\s+)?(?:certify|declare|confirm)|we\s+(?:hereby\s+)?(?:certify|declare))(?:\s+to\s+the\s+best\s+of\s+(?:my|our)\s+knowledge(?:\s+and\s+belief)?,?)?\s+that\b|\b(?:jag|vi|undertecknad|undertecknade)\s+(?:härmed\s+)?(?:intygar|försäkrar(?!\s+oss\b))\b|\bthe\s+undersigned\s+(?:hereby\s+)?(?:certif(?:y|ies)|declares?)\s+that\b|\b(?:jeg|undertegnede)\s+(?:herved\s+)?(?:bekrefter|erklærer|bekræfter)\b/iu),
    examples: ['By signing below, I certify that the information contained in this report is true and correct.', 'We certify that our organisation has recorded and retained original invoices and receipts',
      'To the best of my knowledge I declare that the information in this report is true and correct.',
      // (the federal forms' wording, the knowledge clause between the verb and its "that": dev 1592)
      'I certify to the best of my knowledge and belief that this report is correct and complete.', 'CERTIFICATION The undersigned certifies that this report has been completed in accordance with applicable instructions;', 'Undertecknad intygar att ovan lämnade uppgifter är fullständiga och riktiga:', 'Jeg bekrefter at opplysningene er riktige.'],
    counterExamples: ['The report must be certified by the chair.', 'Ni ska intyga att uppgifterna stämmer.', 'Genom att skicka in redovisningen intygar du att uppgifterna är riktiga.', 'Applicants certify that the information is correct.', 'The report must be signed by the undersigned official.', 'We confirm that your report has been received.',
      'Vi försäkrar oss om att alla uppgifter är korrekta och konsekventa'],
  },
  {
    // the form asks the one filling it in to answer every question or fill in every detail here and now:
    // "please answer all questions.", "Please answer all the following questions for this acquittal report …",
    // "Please address the topics below as they apply …", "Please complete all details in full", "Svara på
    // samtliga frågor nedan."; the same request about another document ("… in the application form",
    // "Ni ska besvara alla frågor i ansökan") or as a rule ("Applicants must answer all questions") is prose
    id: 'answer-all-asked', where: 'line', meaning: 'form', weight: 3,
    cue: sv(/\bplease\s+(?:answer|address|respond\s+to)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:following\s+)?(?:questions|topics)(?:\s+below)?(?=[ \t]*[.;:,]|[ \t]+(?:as|for\s+this|below)\b|[ \t]*$)|\bplease\s+(?:answer|address|report\s+on)\s+(?:every|each)\s+(?:question|milestone|outcome|objective|output)\b|\bplease\s+complete\s+all\s+(?:details|sections|fields)\s+in\s+full\b|\bplease\s+complete\s+all\s+(?:the\s+)?questions\b(?![^.\n]{0,40}\bapplication)|\bfill\s+out\s+the\s+form\s+completely\b(?:,?[ \t]+responding\s+to\s+all\s+(?:the\s+)?questions\b)?|(?:^|[.!][ \t]+)(?:svara\s+på|besvara)\s+(?:alla|samtliga)\s+(?:nedanstående\s+|följande\s+)?frågor(?:na)?(?:\s+nedan)?(?=[ \t]*[.;:]|[ \t]*$)/imu),
    examples: ['2) Interim Financial Narrative below; please answer all questions.', 'Please answer all the following questions for this acquittal report to be deemed complete.',
      'Please address the topics below as they apply to this project during this reporting period.', 'Please complete all details in full and attach copies of receipts.', 'Svara på samtliga frågor nedan.',
      // (the form's request to cover each item agreed: "Please address EVERY milestone and output that you agreed to deliver", dev 1703)
      'Please address EVERY milestone and output that you agreed to deliver',
      // (its general instructions: "Please complete all questions as thoroughly as possible", dev 1603, 1700; "Fill out the form
      // completely, responding to all questions.", dev 1705; h/forms24)
      'Directions: Please complete all questions as thoroughly as possible, making sure to address all', 'Fill out the form completely, responding to all questions.'],
    counterExamples: ['Please answer all questions in the application form.', 'Applicants must answer all questions.', 'The report should answer the questions below.',
      'Ni ska besvara alla frågor i ansökan.', 'Please complete the online form by 1 March.', 'Please complete all questions in the application form.', 'Fill out the form and send it to the council.', 'Reports must address every milestone in the grant agreement.', 'Each milestone is paid when the report is approved.'],
  },
  {
    // a template's note to delete its own guidance before sending: "(the guidelines should be deleted …)",
    // "Ta bort denna hjälptext innan ni skickar in rapporten"; or to fit its own headlines to the project: "Note that the
    // headlines below are not relevant for all type of grants – please adjust to reflect your project" (that phrasing
    // from dev 1561 alone); only a template carries it
    id: 'template-note', where: 'line', meaning: 'form', weight: 3,
    cue: sv(/\b(?:headlines|headings|sections)\s+below\s+are\s+not\s+(?:all\s+)?relevant\s+for\s+all\b[^.\n]{0,60}\badjust\b|\b(?:delete|remove)\s+(?:this|these|the)\s+(?:guidelines?|instructions?|guidance|help\s+texts?)\b|\b(?:guidelines?|instructions?|guidance|help\s+texts?)\s+(?:should|must|shall)\s+be\s+(?:deleted|removed)\b|\b(?:ta\s+bort|radera)\s+(?:denna|den\s+här|dessa|de\s+här|all)\s+(?:instruktion|hjälptext|anvisning|vägledning|blå\s+text|kursiv\s+text)\p{L}*|\b(?:instruktion|hjälptext|anvisning|vägledning)\p{L}*\s+(?:ska|skall|kan)\s+(?:tas\s+bort|raderas)\b/iu),
    examples: ['(the guidelines should be deleted – they should NOT be included in the final report)', 'Delete these instructions before submitting.', 'Ta bort denna hjälptext innan ni skickar in rapporten.', 'Hjälptexterna ska tas bort innan rapporten skickas in.',
      'Note that the headlines below are not relevant for all type of grants – please adjust to reflect your project.'],
    counterExamples: ['The guidelines are published on our website.', 'Läs instruktionen innan du börjar.', 'Ta bort ansökan i e-tjänsten om den skickats in av misstag.',
      'The headings below are not relevant for all applicants.', 'The sections below describe how to apply.'],
  },
  {
    // a field's label marked required by a star on its last word, alone on its line, maybe with its limit in
    // parentheses: "Popular science summary* (Swedish, max 2 500 characters)", "Projektets namn*"
    id: 'label-star', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]*\p{Lu}[^\n*]{0,60}\p{L}\*(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*$/mu,
    examples: ['Popular science summary* (Swedish, max 2 500 characters)', 'Key words* (1-5)', 'Projektets namn*'],
    counterExamples: ['De frågor som har en stjärna (*) är obligatoriska.', '**Ansökan**', 'Namn *'],
  },
  {
    // a text box's limit in parentheses as an English form prints it: "(max 2 500 characters)", "(maximum 300 words)",
    // "(Maximum of 1,500 characters with spaces)" (dev 1755, a web form's questions each over its limit)
    id: 'limit-box-en', where: 'line', meaning: 'form', weight: 2,
    cue: /\((?:[^()\n]{0,30}?[ ,])?(?:max(?:imum)?\.?(?:\s+of)?|up\s+to|no\s+more\s+than)\s+\d{1,2}(?:[ \u00a0,]?\d{3}|\d{0,2})\s+(?:characters|words)\b[^()\n]{0,30}\)/iu,
    examples: ['Popular science summary* (Swedish, max 2 500 characters)', 'Summary (maximum 300 words)', 'Abstract (up to 1,500 characters including spaces)', '(Maximum of 3,500 characters with spaces)'],
    counterExamples: ['The summary may be at most 2 500 characters.', 'Each version should be brief, not more than 600 to 800 characters.'],
  },
  {
    // a numbered field's label ending in its colon, alone on its line: "2. Grant number (as indicated in your
    // Grant Agreement):", "3b. EIN/TIN:", "1. Föreningens namn:"; a numbered line leading into a list is prose
    id: 'numbered-blank-label', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/^[ \t]*\d{1,2}[a-z]?[.)][ \t]+(?![^\n]*\b(?:följande|nedan|ska|skall|bifoga\p{L}*|innehålla|innehåller|following|below|must|shall|include|includes)\b)\p{Lu}[^\n:.!?]{1,80}:[ \t]*$/mu),
    examples: ['2. Grant number (as indicated in your Grant Agreement):', '3b. EIN/TIN:', '1. Föreningens namn:'],
    counterExamples: ['1. Ansökan ska innehålla följande:', '2. The report must include the following:', '3. Beskriv hur projektet genomfördes.', 'Projektets namn:'],
  },
  {
    // a field numbered with a digit and a letter, a label alone on its line with no sentence end, colon or none:
    // "3a. DUNS Number", "11e. Date Report Submitted (Month, Day, Year)", "1b. Grant Awarded: $"; a printed form numbers its
    // fields so (dev 1592, 1604; dev 1233, 1234, 975), an instruction page numbers its steps or rules in whole sentences
    id: 'lettered-field-number', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]*\d{1,2}[a-h][.)][ \t]+\p{Lu}[^\n.!?]{1,80}$/mu,
    examples: ['3a. DUNS Number', '11e. Date Report Submitted (Month, Day, Year)', '1b. Grant Awarded: $', '4g. Number of Volunteers:'],
    counterExamples: ['3a. Ansökan ska lämnas in senast den 1 mars.', '2b. Reports must be submitted by e-mail.', '3. DUNS Number', 'Item 3a DUNS Number'],
  },
  {
    // a spreadsheet template's instruction naming its own cell: "Please enter the reporting year in cell B4 (for example
    // 2015/16)" (dev 1901, a financial report template's guidance sheet), "Fyll i beloppet i cell C12"; a page never points
    // into a cell of a file it does not hold (h/forms27)
    id: 'cell-reference', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\b(?:in|into|i)[ \t]+(?:cell|cellen|cellerna)[ \t]+[A-Z]{1,2}\d{1,4}\b|\b(?:in|into|i)[ \t]+(?:column|kolumn|kolumnen)[ \t]+[A-H](?![\p{L}\d])(?![ \t]+(?:i|in|of)[ \t]+(?:tabellen|the[ \t]+table))/u),
    // (… or its column by letter: "Fyll i beloppen i kolumn C.", "Enter the amounts in column D", h/vary59)
    examples: ['Fyll i beloppen i kolumn C.', 'Enter the amounts in column D.', 'Please enter the reporting year in cell B4 (for example 2015/16) - this will automatically populate the appropriate report headings', 'Fyll i beloppet i cell C12.'],
    counterExamples: ['The cell phone number of the contact is required.', 'Cell 4 of the table shows the total.', 'Fyll i beloppet i tabellen.', 'Beloppen står i kolumn C i tabellen nedan.', 'Läs mer i kolumnen till höger.'],
  },
  {
    // a question with its choices on the same line: "10. Other attachments? Yes No", "Har projektet följt tidsplanen? ☐ Ja ☐ Nej"
    id: 'question-with-choices', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\?[ \t]+(?:[☐□▢☒☑][ \t]*)?(?:ja|yes)[ \t]+(?:[☐□▢☒☑][ \t]*)?(?:nej|no)(?![\p{L}\d])/iu),
    examples: ['10. Other attachments? Yes No', 'Har projektet följt tidsplanen? ☐ Ja ☐ Nej'],
    counterExamples: ['Kan föreningar söka? Ja, det kan de.', 'Is there a deadline? Yes, 1 March.'],
  },
  {
    // a field's label closed by its answer's choices in parentheses, at the end of its line: "Costs (yes/no)",
    // "Implementation of project plan (yes/no)" (dev 1891, a funder's help text listing its progress report's fields),
    // "Har projektet följt budgeten (ja/nej)"; a sentence that names such an answer goes on past it (h/forms27)
    id: 'yes-no-label', where: 'line', meaning: 'form', weight: 2,
    cue: /\((?:ja|yes)[ \t]?\/[ \t]?(?:nej|no)(?:[ \t]?\/[ \t]?(?:delvis|partly|n\/a))?\)[ \t]*[:?]?[ \t]*$/imu,
    examples: ['  • Costs (yes/no)', 'Implementation of project plan (yes/no)', 'Har projektet följt budgeten (ja/nej)', 'Har målen nåtts (ja/nej/delvis)?'],
    counterExamples: ['Answer (yes/no) in the e-service before you submit.', 'Svara ja eller nej.', 'The panel scores each (yes/no) question.'],
  },
  {
    // a prompt asked only after a condition on the answer before it, the condition closed by a comma or colon: "If no,
    // please explain.", "Om nej, beskriv varför.", "Dersom det er avvik fra prosjektsøknaden: Beskriv avvikene …" (dev
    // 1760, a help text walking through a report's fields: its statement to tick, then this); a page's rule on deviations
    // tells what the report shall hold ("Om projektet avviker från planen ska ni beskriva det i rapporten") (h/forms27)
    id: 'condition-prompt', where: 'line', meaning: 'form', weight: 3,
    cue: sv(/(?:^|[.?!:)][ \t]{1,3}|[☐□▢☒☑][ \t]*(?:ja|nej|yes|no)[ \t]+)[ \t]*(?:Om|Ifall|Dersom|Hvis|If)[ \t]+(?:(?:svaret[ \t]+är[ \t]+)?(?:ja|nej|nei|yes|no|not|inte|ikke|delvis|partly)[ \t]*[,:]|det[ \t]+(?:är|er|finns|fins|förekommer|forekommer)[ \t]+(?:några[ \t]+|noen[ \t]+)?avvik\p{L}*\b[^\n:,.]{0,80}[,:])[ \t]*(?:please[ \t]+)?(?:beskriv|förklara|ange|redogör|motivera|forklar|oppgi|describe|explain|specify|provide|list|give)\b(?![^\n.!?]{0,80}?\b(?:i|in)[ \t]+(?:(?:the|your)[ \t]+(?:final[ \t]+|interim[ \t]+)?report|redovisningen|rapporten|slutrapporten|slutredovisningen|sluttrapporten|delrapporten)\b(?![ \t]+(?:nedan|below|nedenfor|her|här)\b))/imu),
    examples: ['If no, please explain.', 'Om nej, beskriv varför.', 'Dersom det er avvik fra prosjektsøknaden: Beskriv avvikene og deres konsekvenser for prosjektet.', '☐ Nej Om nej, förklara avvikelsen.', 'Om det finns avvikelser från planen: Beskriv dem.',
      'Om nej, beskriv varför i rapporten nedan.'],
    // (… nor a prompt that sends its answer into the report, named from outside it: "Om inte, beskriv varför i redovisningen
    // och begär förlängning.", "If not, explain why in your final report" — a page's rule on what the report shall hold;
    // "… i rapporten nedan" is the form's own, review71b S14, h/open72a)
    counterExamples: ['Om projektet avviker från planen ska ni beskriva det i rapporten.', 'Om ni har frågor, kontakta oss.', 'If not, the grant must be repaid.', 'If no report is received, describe nothing.',
      'Hvis ikke, forklar hvorfor i rapporten og søk om utsettelse.', 'Om inte, beskriv varför i redovisningen och begär förlängning.', 'If not, explain why in your final report.'],
  },
  {
    // a statement of the project's course printed for the one who fills in to tick, with its "if not" prompt on the next
    // line: "Prosjektet er så langt utviklet i samsvar med søknaden.\nDersom det er avvik …" (dev 1760), "Projektet har
    // genomförts enligt plan.\nOm inte, beskriv …"; a page's sentence about the project runs on in prose (h/forms27)
    id: 'statement-then-condition', where: 'line', meaning: 'form', weight: 3,
    // (a statement, not a rule: "Prosjektet skal være gjennomført innen utgangen av året.\nHvis ikke, forklar hvorfor i rapporten"
    // is a page's rule on the project with what to do if it fails; review71b S14, h/open72a)
    cue: sv(/^[ \t]*(?:[☐□▢☒☑][ \t]*)?(?:Projektet|Prosjektet|Verksamheten|Virksomheten|Insatsen|The[ \t]+project)[ \t](?!(?:ska|skall|skal|måste|må|bör|bør|shall|must|should|will|needs?[ \t]+to|has[ \t]+to)\b)[^\n.!?]{5,100}\.[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Om|Ifall|Dersom|Hvis|If)[ \t]+(?:inte|nej|ikke|nei|not|no|det[ \t]+(?:är|er|finns|fins)[ \t]+(?:några[ \t]+|noen[ \t]+)?avvik\p{L}*)\b/imu),
    // (the condition may stand in a paragraph of its own, as a saved web page or a Word file puts it: dev 1760's HTML, h/kind66)
    examples: ['Prosjektet er så langt utviklet i samsvar med søknaden.\nDersom det er avvik fra prosjektsøknaden: Beskriv avvikene.', 'Projektet har genomförts enligt plan.\nOm inte, beskriv varför.', 'Prosjektet er så langt utviklet i samsvar med søknaden.\n\nDersom det er avvik fra prosjektsøknaden: Beskriv avvikene og deres konsekvenser for prosjektet.'],
    counterExamples: ['Projektet har genomförts enligt plan.\nRapporten skickas in senast 1 mars.', 'Projektet ska genomföras enligt plan. Om inte ska ni kontakta oss.',
      'Prosjektet skal være gjennomført innen utgangen av året.\nHvis ikke, forklar hvorfor i rapporten og søk om utsettelse.', 'Verksamheten måste vara avslutad före årets slut.\nOm inte, beskriv varför i redovisningen.',
      'The project must be completed within twelve months.\nIf not, explain why in your final report.'],
  },
  {
    // a field's length after a dash closing its label: "Deviations (if any) – max 2 000 characters" (dev 1891),
    // "Sammanfattning av resultat (svenska) – max 4000 tecken" (dev 1890, an instruction page listing a form's fields,
    // so weight 1 only); a rule in a sentence ("får vara högst 4000 tecken") is prose (h/forms27)
    id: 'limit-after-dash', where: 'line', meaning: 'form', weight: 1,
    cue: sv(/[ \t][–-][ \t]*(?:max(?:imum|imalt)?\.?|högst|up[ \t]+to)[ \t]+\d{1,2}(?:[ \u00a0,]?\d{3}|\d{0,2})[ \t]+(?:characters|words|tecken|ord|tegn)\.?[ \t]*$/imu),
    examples: ['Deviations (if any) – max 2 000 characters', 'Sammanfattning av resultat (svenska) – max 4000 tecken'],
    counterExamples: ['Sammanfattningen får vara högst 4000 tecken.', 'Max 4000 tecken', 'Summary – see the guide for its maximum of 2 000 characters per field.'],
  },
  {
    // a printed form's date hint in parentheses after a box's label: "FROM (Month, day, year)", "11e. Date Report Submitted
    // (Month, Day, Year)", "(mm/dd/yyyy)", "(ÅÅÅÅ-MM-DD)"; only the form's box asks how a date is written in it (dev 1902, an
    // OCR'd federal financial report form) (h/forms27)
    id: 'date-format-hint', where: 'line', meaning: 'form', weight: 2,
    // (not the approval's expiry left as a mask, "OMB Control Number = 2090-NEW, Expiration Date = mm/dd/yyyy": the form
    // package's approval block, read by omb-approval-number, asks the filler nothing, dev 1593, h/audit78)
    cue: /(?<!\bexpir(?:ation[ \t]{1,3}date[ \t]{0,3}[=:]?|es)[ \t]{0,3})\b(?:mm|dd|\d{1,2})[ \t]?\/[ \t]?(?:dd|mm|\d{1,2})[ \t]?\/[ \t]?(?:yy|yyyy)\b|\((?:month[,.]?[ \t]+day\b|mm[ \t]?\/[ \t]?dd[ \t]?\/[ \t]?(?:yy|yyyy)\b|dd[ \t]?\/[ \t]?mm[ \t]?\/[ \t]?(?:yy|yyyy)\b|åååå-mm-dd\b|yyyy-mm-dd\b|år[,.]?[ \t]+månad[,.]?[ \t]+dag\b|dag[,.]?[ \t]+månad[,.]?[ \t]+år\b|åå(?:åå)?mmdd\b)/iu,
    // (the Swedish box's "FRÅN (år, månad, dag)", "Datum (ÅÅMMDD)", h/vary59)
    // (or a date written as its mask, the year left as letters, in or out of parentheses: "Enter the start date of the grant
    // budget year (e.g., 10/01/yy)", "Start: mm/dd/yy End: mm/dd/yy", dev 2080, a federal grant performance report's budget
    // section; a date with its year in digits is a date, h/forms68)
    examples: ['Enter the start date of the grant budget year (e.g., 10/01/yy) and the end date (e.g., 09/30/yy).', 'Start: mm/dd/yy End: mm/dd/yy', 'Report date: DD/MM/YYYY', 'Period FRÅN (år, månad, dag) TILL (år, månad, dag)', 'Datum (ÅÅMMDD)', 'FROM (Month, day, year)', '11e. Date Report Submitted (Month, Day, Year)', 'Date of birth (mm/dd/yyyy)', 'Startdatum (ÅÅÅÅ-MM-DD)', 'FROM (Month day. yeer)'],
    counterExamples: ['The report covers 10/01/2023 to 09/30/2024.', 'Reports are due on the last day of the month.', 'Write the date as day, month and year.', 'The month (May) is the deadline.', 'Ange datum med år, månad och dag.',
      'OMB Control Number = 2090-NEW, Expiration Date = mm/dd/yyyy', 'OMB No. 1234-5678, expires mm/dd/yyyy'],
  },
  {
    // a field's label with the shape its entry takes, in parentheses: a mask of letters standing for the digits ("Project
    // Manager, Phone number (xxx-xxx-xxxx) *", "Organisationsnummer (XXXXXX-XXXX)", "Personnummer (ÅÅÅÅMMDD-XXXX)") or a
    // name's parts to write ("Project Manager, Name (First Last, e.g., Jane Doe) *", "Kontaktperson (förnamn efternamn)"); only
    // the box a filler writes in shows how to write in it (issue 12, h/report87, dev 2551); a page about the report names the
    // number, never its mask
    id: 'entry-format-hint', where: 'line', meaning: 'form', weight: 2,
    cue: /\([ \t]*(?:[xX]{2,}(?:[ \t]?[-–][ \t]?[xX]{2,}){1,3}|(?:ÅÅ|åå|YY|yy){1,2}(?:MM|mm)(?:DD|dd)[ \t]?[-–][ \t]?(?:XXXX|xxxx|NNNN|nnnn)|(?:first|förnamn|fornavn)[ \t]+(?:last|efternamn|etternavn|efternavn)(?:[ \t]*name)?(?:,[ \t]*e\.?g\.?,?[ \t]+[^()\n]{1,30})?)[ \t]*\)/iu,
    examples: ['Project Manager, Phone number (xxx-xxx-xxxx) *', 'Project Manager, Name (First Last, e.g., Jane Doe) *', 'Organisationsnummer (XXXXXX-XXXX)', 'Personnummer (ÅÅÅÅMMDD-XXXX)', 'Kontaktperson (förnamn efternamn)'],
    counterExamples: ['Ange organisationsnumret i rapporten.', 'Ring oss på 010-123 45 67.', 'Se bilaga X (budget).', 'The first and last name of the contact person must be given.', 'Typ XX-2023 (ny modell)'],
  },
  {
    // a text box's length given as a range of words or characters after its label and a dash, the prompt following: "Abstract
    // - 90-160 words, avoid using names and acronyms. Succinctly describe …" (dev 2551), "Sammanfattning – 1 000–2 000 tecken";
    // the length a field takes, printed at the field; a rule in a sentence ("The abstract should be 90-160 words") is prose
    id: 'length-range-label', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]*\p{Lu}[^\n.!?:]{0,50}[ \t][-–][ \t]*\d{1,2}(?:[ \u00a0,]?\d{3}|\d{0,2})[ \t]?[-–][ \t]?\d{1,2}(?:[ \u00a0,]?\d{3}|\d{0,2})[ \t]+(?:words|characters|ord|tecken|tegn)(?!\p{L})/mu,
    examples: ['Abstract - 90-160 words, avoid using names and acronyms. Succinctly describe what you implemented.', 'Sammanfattning – 1 000–2 000 tecken', 'Project summary – 100–250 words'],
    counterExamples: ['The abstract should be 90-160 words long.', 'Sammanfattningen ska vara 1 000–2 000 tecken.', 'Rapport 2023 - 10-20 sidor', 'Max 2000 tecken'],
  },
  {
    // the signature block's labels as an English form prints them, each ending in its colon
    id: 'signature-label-en', where: 'line', meaning: 'form', weight: 2,
    // (a numbered field's label may print without its colon, the box beside it: "11b. Signature of Authorized Certifying
    // Official", dev 1592, the federal PPR cover page's layout)
    cue: /^[ \t]*(?:(?:\d{1,2}[a-z]?[.)][ \t]+)?(?:signature|date\s+and\s+signature|name\s+and\s+title)\b[^\n.!?:]{0,60}:|\d{1,2}[a-z]?[.)][ \t]+(?:signature|date\s+and\s+signature|name\s+and\s+title)\b[^\n.!?:]{0,60})[ \t]*$/imu,
    examples: ['13a. Signature of Authorized Certifying Official:', 'Signature:', 'Name and title of Authorized Certifying Official:', '11b. Signature of Authorized Certifying Official'],
    counterExamples: ['Reports must be signed.', 'Signature of the form is required before payment.', 'Signature of Authorized Certifying Official', '3. Signature of the report by the chair is required.'],
  },
  {
    // a Word form's content-control placeholder left in the template, or an "Enter …" prompt alone on a field's
    // line: "Klicka eller tryck här för att ange text.", "Välj ett objekt.", "Click or tap here to enter text.",
    // "Enter Recipient Organization Name."
    id: 'field-placeholder', where: 'line', meaning: 'form', weight: 2,
    // (a web form's drop-down list printed with its placeholder, alone on its line: "Select option", "Välj ett alternativ",
    // "-- Välj --", dev 1698)
    cue: sv(/\b(?:[Kk]licka|[Tt]ryck)(?:\s+eller\s+tryck)?\s+här\s+för\s+att\s+ange\s+(?:text|datum)\b|^[ \t]*[Vv]älj\s+ett\s+objekt\.?[ \t]*$|^[ \t]*(?:[Ss]elect\s+(?:an\s+)?option|[Vv]älj\s+(?:ett\s+)?alternativ|-{1,2}[ \t]*[Vv]älj[ \t]*-{1,2})\.?[ \t]*$|\b[Cc]lick\s+(?:or\s+tap\s+)?here\s+to\s+enter\s+(?:text|a\s+date)\b|^[ \t]*[Cc]hoose\s+an\s+item\.?[ \t]*$|^[ \t]*Enter\s+(?:the\s+)?\p{Lu}[^\n.!?]{1,60}\.[ \t]*$/mu),
    examples: ['Klicka eller tryck här för att ange text.', 'Välj ett objekt.', 'Click or tap here to enter text.', 'Enter Recipient Organization Name.', 'Enter Date.', 'Select option', 'Välj ett alternativ', '-- Välj --'],
    counterExamples: ['Klicka här för att läsa mer.', 'Välj ett objekt i listan och klicka på Spara.', 'Enter the e-service with your BankID and submit the report.', 'Select the option that fits your project.', 'Välj alternativ 2 om ni redovisar ett projektbidrag.'],
  },
  {
    // a web form's length note printed alone on its line in place of the field it limits, no parentheses: "Maximum 255
    // characters" (six times over dev 1698, the labels lost), "Max 4000 tecken", "Högst 1 000 tecken", "Maks 1250 tegn";
    // a rule in a sentence ("Sammanfattningen får vara högst 4000 tecken.") is prose, a limit in parentheses is
    // FORM_STRUCTURE field-limit-box's or limit-box-en's
    id: 'limit-line', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/^[ \t]*(?:max(?:imum|imalt)?\.?|maks(?:imum|imalt)?\.?|högst|høyst|højst|up\s+to)[ \t]+\d{1,2}(?:[ \u00a0,]?\d{3}|\d{0,2})[ \t]+(?:characters|words|tecken|ord|tegn)\.?[ \t]*$/imu),
    examples: ['Maximum 255 characters', 'Max 4000 tecken', 'Högst 1 000 tecken', 'Maks 1250 tegn', 'Up to 300 words'],
    counterExamples: ['Sammanfattningen får vara högst 4000 tecken.', '(max 4000 tecken)', 'Maximum 255 characters per answer are allowed in the e-service.', 'Max 3 ansökningar per förening'],
  },
  {
    // an English form's prompt bounded by its length, at the head of its line: "In one to two paragraphs, describe how you
    // served …", "In three to five sentences, describe …" (dev 1756), "In 250 words or less, explain …"; a rule on the
    // length inside a sentence ("The summary should describe, in one paragraph, …") is prose
    id: 'length-prompt-en', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]*in[ \t]+(?:one|two|three|four|five|\d{1,3})(?:[ \t]+(?:to|or|-|–)[ \t]+(?:one|two|three|four|five|six|seven|\d{1,3}))?[ \t]+(?:sentences?|paragraphs?|pages?|words)(?:[ \t]+or[ \t]+(?:less|fewer))?,?\s{1,3}(?:describe|explain|summarize|summarise|list|tell|provide|identify)\b/imu,
    examples: ['In one to two paragraphs, describe how you served', 'In three to five sentences,\ndescribe how your program activities served historically', 'In 250 words or less, explain the results.'],
    counterExamples: ['The summary should describe, in one paragraph, the results.', 'In two years, the programme will describe its results.', 'In one paragraph.'],
  },
  {
    // a printed form's box kept for the funder's own notes: "OFFICE USE ONLY Date received" (dev 1761, run into the
    // letterhead's last word, "ProgramOFFICE USE ONLY"), "For office use only", "Fylls i av handläggaren", "Endast för myndighetens anteckningar"; only a
    // form has a box the one who fills it in must leave blank
    id: 'office-use-box', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/(?:(?<!\p{L})(?:for[ \t]+)?|(?<=\p{Ll}))office[ \t]+use[ \t]+only\b|\bfylls[ \t]+i[ \t]+av[ \t]+(?:handläggare(?:n)?|myndigheten|kansliet)\b|\bendast[ \t]+för[ \t]+(?:myndighetens|kansliets|handläggarens)[ \t]+(?:anteckningar|noteringar)\b/iu),
    examples: ['Utah Division of Arts & Museums Grants ProgramOFFICE USE ONLY', 'For office use only', 'Fylls i av handläggaren', 'Endast för myndighetens anteckningar'],
    counterExamples: ['The office is closed; use the e-mail only.', 'Rapporten fylls i av projektledaren.', 'Högst 1,5 miljoner kronor får användas för myndighetens egna kostnader.'],
  },
  {
    // the form's own fields filled in for the one who signs in: a web form's note ("By signing in or creating an account,
    // some fields will auto-populate with your information", dev 1698's Form Center chrome; dev 1706) or an e-form's
    // ("Övriga uppgifter förifylls enligt ovan", "Ärendenummret förifylls"); a page telling where data comes from in
    // another's words ("Uppgifterna hämtas från Bolagsverket") is not it
    id: 'prefilled-fields', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\bfields?\s+(?:will\s+)?(?:auto-?populate|be\s+(?:auto-?populated|pre-?filled|pre-?populated))\b|\b(?:förifylls|förifyllda|förifyllt|fylls\s+i\s+automatiskt)\b/iu),
    examples: ['By signing in or creating an account, some fields will auto-populate with your information.', 'Övriga uppgifter förifylls enligt ovan.', 'Ärendenummret förifylls.', 'Fälten fylls i automatiskt från din profil.'],
    counterExamples: ['Uppgifterna hämtas från Bolagsverket.', 'Fill in all fields before you submit.', 'Ansökan ska fyllas i av firmatecknaren.'],
  },
  {
    // a form's guide naming the form's numbered fields with their labels: "Fält 2: Verksamhetens intäkter och kostnader",
    // "Fält 3 B: Noterade placerings- och finansieringsvärdepapper" (dev 1696), "Field 4: Project summary", "Ruta 7:";
    // only the form's own guide walks through its fields by number
    id: 'numbered-field-ref', where: 'line', meaning: 'form', weight: 2,
    // (… or the field's number, its label and what to enter in it, after a colon or a dash: "Fält 1 Organisationens namn: Skriv
    // …", "Box 3 – Activities: describe what you delivered …", a help text walking one form's fields, rule 2 of the audit of the
    // held-out reporting-form kinds, h/formkind77 G01 G02; the entering verb is needed there, as a grant page's numbered areas,
    // "Field 1 – Arts: projects in music …", name no field of a form)
    // (the run-in label only where the field's number opens the line, as a help text walks its fields, never a post-box address
    // run into an envelope instruction, "…, Box 12 Kommunhuset – skriv "Redovisning" på kuvertet"; nor an entering verb that
    // points into the application, a grant page's numbered areas "Fält 1 Kultur: Beskriv i ansökan hur …", review77f R16 R17)
    cue: sv(/\b(?:[Ff]ält|[Rr]uta|[Ff]ield|[Bb]ox|[Ff]elt|[Rr]ute)[ \t]+\d{1,2}(?:[ \t]?[A-H])?[ \t]*[:.][ \t]*\p{Lu}|^[ \t]*(?:[-•*][ \t]*)?(?:[Ff]ält|[Rr]uta|[Ff]ield|[Bb]ox|[Ff]elt|[Rr]ute)[ \t]+\d{1,2}(?:[ \t]?[A-H])?(?:[ \t]*[–—-])?[ \t]+\p{L}[\p{L}'’ \t]{0,40}?[:–—-][ \t]*(?:[Ss]kriv|[Aa]nge|[Ff]yll[ \t]+i|[Bb]eskriv|[Rr]edovisa|[Ee]nter|[Ww]rite|[Dd]escribe|[Ss]tate|[Ll]ist|[Oo]ppgi|[Aa]ngiv)\b(?![^\n]{0,60}?\b(?:i[ \t]+(?:er[ \t]+|din[ \t]+|en[ \t]+)?ansökan|in[ \t]+(?:your|the|an)[ \t]+application)\b)/mu),
    examples: ['Fält 2: Verksamhetens intäkter och kostnader', 'Fält 3 B: Noterade placerings- och finansieringsvärdepapper', 'Field 4: Project summary', 'Ruta 7: Underskrift',
      'Fält 1 Organisationens namn: Skriv organisationens namn så som det står i beslutet.', 'Box 3 – Activities: describe what you delivered with the grant (max 500 words).',
      'Rute 4 Antall deltakere: Oppgi hvor mange som deltok.'],
    counterExamples: ['Fyll i alla fält i e-tjänsten.', 'Box 310, 631 04 Eskilstuna', 'Fält 3 ska fyllas i av revisorn.', 'Box 17801. Stockholm',
      'Field 1 – Arts: projects in music, theatre and dance.', 'Box 12 – 114 79 Stockholm', 'Fält 2 – Natur och miljö: här kan föreningar söka bidrag.',
      // review77f R16 R17
      'Skicka den till nämnden, Box 12 Kommunhuset – skriv "Redovisning" på kuvertet.', 'Fält 1 Kultur: Beskriv i ansökan hur projektet når nya publikgrupper.'],
  },
  {
    // a form's help text walking through its numbered questions, telling how each is answered: "Complete question 1 by
    // copying the Purpose of the Grant …", "Complete question 2 by updating the Progress Management Plan …" (dev 1882, a
    // foundation's help text for its progress report form), "Besvara fråga 3 genom att …"; a page pointing at a form's
    // questions in general ("Answer all questions in the form.") is not it (h/forms25)
    id: 'complete-question-n', where: 'line', meaning: 'form', weight: 2,
    cue: /\b(?:complete|answer)\s+question\s+\d{1,2}[a-h]?\s+(?:by|with)\b|\b(?:besvara|fyll\s+i)\s+fråga\s+\d{1,2}[a-h]?\s+(?:genom|med)\b/iu,
    examples: ['Complete question 1 by copying the Purpose of the Grant as it is written in section 3.', 'Besvara fråga 3 genom att ange antalet deltagare.', 'Answer question 4a with the totals from the budget.'],
    counterExamples: ['Answer all questions in the form.', 'Complete the report by 1 March.', 'Question 1 asks about the purpose of the grant.'],
  },
  {
    // a fillable form's help text on its blanks and boxes: "Fill in the blanks for Project File Number, Grant Award Date …",
    // "Select either “Interim Progress Report” or “Final Progress Report” by clicking the box to the left of the report type"
    // (dev 1882); only the form's own help speaks of its blanks and of clicking its boxes (h/forms25)
    id: 'fill-blanks-click-box', where: 'line', meaning: 'form', weight: 2,
    cue: /\bfill\s+in\s+the\s+blanks?\b|\bby\s+(?:clicking|checking|ticking)\s+the\s+(?:check\s*)?box(?:es)?\b|\bfyll\s+i\s+de\s+tomma\s+fälten\b/iu,
    examples: ['Fill in the blanks for Project File Number, Grant Award Date, Project Title and Name of Grantee.', 'Select either “Interim Progress Report” or “Final Progress Report” by clicking the box to the left of the report type.', 'Fyll i de tomma fälten med projektets uppgifter.'],
    counterExamples: ['Fill in the report form and send it to us.', 'Click the link to download the form.', 'The box office opens at noon.'],
  },
  {
    // a form's item-by-item instructions, each at the head of its line or cell: "Enter the name of the awarding Federal agency
    // …", "Enter the grant/award number contained in the award document.", "Enter the recipient organization's Employer
    // Identification Number (EIN) …", "Enter the ending date of the reporting period." (dev 1876, a federal progress report
    // form's instructions table; dev 977's "Enter the Project Contact’s Name."); a page telling where to enter ("Enter the
    // portal …") or a rule in a sentence is not it (h/forms25)
    id: 'enter-the-field', where: 'line', meaning: 'form', weight: 1,
    cue: /(?:^|\||^[ \t]*(?!(?:Note|NB|Obs|Tip|Step|Steg)\b)\p{Lu}[\p{L} \t]{1,40}:)[ \t]*Enter[ \t]+(?:the|your|each)[ \t]+(?:[\p{L}'’\/()-]+[ \t]+){0,6}?(?:name|number|date|amount|title|address|phone|e-?mail)\b/imu,
    // (… or in the table's instructions cell beside the numbered field: "2. Recipient name | Enter the name of the recipient
    // organization.", h/vary59)
    // (… or after the column's label and its colon, as a budget table's instructions walk its columns: "Approved Budget: Enter each
    // funding stream and the amount awarded …", "Expenditures: Enter the amount of funds expended to date …", dev 2080; a page's
    // "Note:" or "Step 2:" before a sentence is no column's label, h/forms68)
    examples: ['Approved Budget: Enter each funding stream and the amount awarded in each funding stream for the current reporting year.', 'Expenditures: Enter the amount of funds expended to date in each budget category.', '2. Recipient name | Enter the name of the recipient organization.', 'Enter the name of the awarding Federal agency and organizational element identified in the award document.', 'Enter the grant/award number contained in the award document. |', "Enter the recipient organization's Employer Identification Number (EIN) provided by the Internal Revenue Service.", 'Enter the ending date of the reporting period.'],
    counterExamples: ['Note: Enter the amount in the e-service before you submit.', 'Step 2: Enter the grant number in the portal.', 'Enter the portal and submit your report there.', 'Please enter the grant number in the subject line.', 'Enter the e-service with your BankID and submit the report.'],
  },
  {
    // a form's own part says who completes it: "NOTE: This section must be completed by a qualified accountant." (the
    // Certification part of a financial statement's help text, dev 2081), "Denna del ska fyllas i av revisorn"; a page about
    // reporting speaks of the report's parts from outside ("The financial section of the report must be signed by …")
    id: 'this-part-completed-by', where: 'line', meaning: 'form', weight: 2,
    // (the real phrasing from one text, dev 2081 (its Certification part); the Swedish alternative is a constructed probe's phrasing (test/extract/forms79.test.ts))
    cue: sv(/\bthis\s+(?:section|part|page|box|column|table)\s+(?:must|should|is\s+to|shall)\s+be\s+(?:completed|filled\s+in|filled\s+out|signed)\b|\b(?:denna|den\s+här)\s+(?:del|sida|ruta|kolumn|tabell)(?:en)?\s+(?:ska|skall)\s+(?:fyllas\s+i|undertecknas)\b/iu),
    examples: ['NOTE: This section must be completed by a qualified accountant.', 'This page should be signed by the chair of the board.', 'Denna del ska fyllas i av föreningens revisor.'],
    counterExamples: ['This section describes how to complete the report.', 'The financial section of the report must be signed by the treasurer.', 'Den här sidan handlar om hur du redovisar.', 'This section of our website is updated yearly.'],
  },
  {
    // a form's help text asks for its own head fields by name, the names after a semicolon or colon: "Please fill in all your
    // project details; Project Title, Project Id, Grantee Organisation and project completion date." (dev 2081); a page asking
    // for one's details in general ("Please fill in your details and we will contact you") names no field
    id: 'fill-in-named-details', where: 'line', meaning: 'form', weight: 2,
    // (the real phrasing from one text, dev 2081; the other examples are constructed probes' phrasings (test/extract/forms79.test.ts))
    cue: /\bplease\s+fill\s+in\s+(?:all\s+)?(?:your|the)\s+(?:[\p{L}-]+\s+){0,2}?details[ \t]*[;:][ \t]*\p{L}/iu,
    examples: ['Please fill in all your project details; Project Title, Project Id, Grantee Organisation and project completion date.', 'Please fill in the organisation details: name, address and ABN.'],
    counterExamples: ['Please fill in your details and we will contact you.', 'Please fill in the details in the online portal.', 'Fill in your details below.'],
  },
  {
    // a help text points into the form's own table: "Calculate the balance of funds … and record in the final row of the income
    // and expenditure table." (dev 2081); a page about reporting names no row of a table it does not hold
    id: 'row-of-own-table', where: 'line', meaning: 'form', weight: 1,
    // (the real phrasing from one text, dev 2081; the other example is a constructed probe's phrasing (test/extract/forms79.test.ts))
    cue: /\b(?:in|on)\s+the\s+(?:final|last|first|top|bottom|total)\s+row\s+of\s+(?:the|this)\b/iu,
    examples: ['Calculate the balance of funds for your project and record in the final row of the income and expenditure table.', 'Write the total in the last row of this table.'],
    counterExamples: ['The final report is due in the first week of March.', 'Rows of the budget table must match the application.', 'She sat in the front row of the hall.'],
  },
  {
    // a report form's opening page says what the form was made for: "The report form has been designed for use by all Global
    // Development Program grantees." (dev 1594, the form's own first page); a page about reporting points at a form ("Download
    // the report form", "The report form is to be used by all grantees")
    id: 'form-designed-for', where: 'line', meaning: 'form', weight: 3,
    // (the real phrasing from one text, dev 1594; the other examples are constructed probes' phrasings (test/extract/forms79.test.ts))
    cue: /\b(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:form|template)\s+has\s+been\s+designed\s+(?:for|to)\b/iu,
    examples: ['The report form has been designed for use by all Global Development Program grantees.', 'This template has been designed to capture the results of small projects.'],
    counterExamples: ['The programme has been designed for small organisations.', 'Download the report form from our website.', 'The report form is to be used by all grantees.', 'Our website has been designed for mobile phones.'],
  },
  {
    // a form's opening page sets the length of the form filled in: "The completed report form is typically no more than 5 to 10
    // pages excluding appendices …" (dev 1594)
    id: 'completed-form-length', where: 'line', meaning: 'form', weight: 2,
    // (the real phrasing from one text, dev 1594; the other example is a constructed probe's phrasing (test/extract/forms79.test.ts))
    cue: /\bthe\s+completed\s+(?:[\p{L}-]+\s+){0,2}?(?:form|template)\s+(?:is|should\s+be)\s+(?:typically\s+)?(?:no\s+more\s+than|not\s+(?:to\s+)?exceed|limited\s+to)\b/iu,
    examples: ['The completed report form is typically no more than 5 to 10 pages excluding appendices, attachments, and financial report templates.', 'The completed template should be no more than four pages.'],
    counterExamples: ['The final report should be no more than ten pages.', 'The completed application is reviewed by the panel.', 'Reports are typically no more than 5 pages.'],
  },
  {
    // a form's own instructions as it is filled in: "When completing the final report, please include all significant
    // accomplishments …" (dev 1594), "When completing your Final Report, include all accomplishments …" (dev 1879); each a
    // form's first page
    id: 'when-completing-report', where: 'line', meaning: 'form', weight: 1,
    cue: /\bwhen\s+completing\s+(?:the|this|your)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|form)\b/iu,
    examples: ['When completing the final report, please include all significant accomplishments, challenges, and activities.', 'When completing your Final Report, include all accomplishments for the entire grant period.'],
    counterExamples: ['The report is due when the project is completed.', 'When the project is completed, send us a final report.', 'After completing the project, report to the council.'],
  },
  {
    // a U.S. federal form's approval block: "OMB Approval Number: 0920-XXXX", "OMB No. 0581-NEW", "OMB Control Number = 2090-NEW";
    // printed on the form and on its own instructions only (dev 974, 977, 1233, 1592, 1593, all forms; 1876): a page on
    // reporting names no approval number (h/forms25)
    id: 'omb-approval-number', where: 'line', meaning: 'form', weight: 2,
    cue: /\bOMB(?:\s+(?:Approval|Control))?(?:\s+(?:Number|No\.?))?\s*[:=]?\s*\d{4}-(?:\d{4}|X{4}|NEW)\b/u,
    examples: ['OMB Approval Number: 0920-XXXX', 'OMB No. 0581-NEW', 'OMB Control Number = 2090-NEW', 'OMB: 0581-0329'],
    counterExamples: ['The OMB circular applies to all federal awards.', 'See 2 CFR 200.328 for the reporting rules.', 'OMB Uniform Guidance'],
  },
  {
    // a paper form's own demand for its original with ink signatures: "The Final Report is not complete without the original
    // paper report form and the original ink signatures." (dev 1705, a state arts commission's final report package; dev 1347,
    // a grant's final report form); in dev only forms ask for it (h/forms25)
    id: 'original-ink-signatures', where: 'line', meaning: 'form', weight: 1,
    cue: /\boriginal\s+(?:ink\s+)?signatures?\b|\boriginal\s+paper\s+(?:report\s+)?form\b/iu,
    examples: ['The Final Report is not complete without the original paper report form and the original ink signatures.', 'Mail the form with original signatures.'],
    counterExamples: ['The original grant application is kept on file.', 'Send a signed copy of the report by e-mail.', 'The original budget must be followed.'],
  },
  // (no row for what the report shall contain, "Redovisningen ska även innehålla:", "Reports should include …", as a
  // mark of an anvisning: a real form states it of itself, "Redovisningen ska omfatta totala intäkter och kostnader för
  // projektet." (dev 233); tried on h/forms17 and removed on h/review38: it moved no dev text's kind; "Slutrapporten ska
  // innehålla följande:" over numbered parts, once read as a form guide's own lead, is an anvisning's by the audited kind
  // rule, REPORT_CONTAINS_LEAD, h/audit78)
  {
    // a page of instructions that quotes the questions the report must answer, under a lead that says so in a
    // rule: "I slutrapporten ska du svara på följande frågor:" (dev 61), "Vid rapportering vill stiftelsen ha svar
    // på följande frågor:" (dev 222), "Reports should answer the following questions:"; the numbered questions
    // below it are quoted, not asked, so they never make the page a form (under it the head-and-questions rule of
    // looksLikeForm does not hold, and the question-line and prompt-line rows do not count). A form's own lead asks in the imperative or names its answers as
    // its own ("… genom svar på nedanstående frågor:", dev 88; "Svara på samtliga frågor nedan.")
    id: 'questions-quoted-lead', where: 'line', meaning: 'anvisning', weight: 2,
    // … the report as the subject before its verb too: "Rapporten ska besvara följande frågor:" (review43: a short page of
    // reporting instructions quoting its questions read as a form by the h/forms19 question rows)
    cue: sv(/\b(?:ska|skall|bör|måste)\s+(?:du|ni|man|den|rapporten|redovisningen|slutrapporten|återrapporteringen)\s+(?:\p{L}+\s+)?(?:svara|besvara)\s+(?:på\s+)?(?:följande|nedanstående|dessa)\s+frågor|\b(?:rapporten|redovisningen|slutrapporten|delrapporten|återrapporteringen|slutredovisningen)\s+(?:ska|skall|bör|måste)\s+(?:(?:också|även|minst)\s+)?(?:svara|besvara)\s+(?:på\s+)?(?:följande|nedanstående|dessa)\s+frågor|\bvill\s+(?:\p{L}+\s+){0,2}?ha\s+svar\s+på\s+(?:följande|nedanstående|dessa)\s+frågor|\b(?:should|must|shall)\s+(?:\p{L}+\s+){0,2}?(?:answer|address|respond\s+to)\s+the\s+following(?:\s+questions\b|[ \t]*:)|\b(?:below|following)\s+are\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:areas|questions|points|topics|issues)\s+(?:that\s+)?(?:we|the\s+(?:foundation|trust|trustees|board|committee|fund)|our\s+(?:staff|trustees|board|reviewers))\s+(?:will\s+|usually\s+)?(?:focus\s+on|look\s+(?:at|for)|consider|assess)\s+(?:\p{L}+\s+){0,2}?when\s+(?:reviewing|reading|assessing|evaluating)\s+(?:your\s+|the\s+|a\s+)?(?:final\s+|interim\s+|progress\s+|annual\s+|grant\s+)?reports?\b|\b(?:the\s+following|these|the\s+below)\s+questions\s+(?:may|can|might|could)\s+(?:serve|be\s+used|act)\s+as\s+(?:a\s+)?guid(?:e|elines?|ance)\b|\b(?:följande|nedanstående|dessa)\s+frågor\s+kan\s+(?:fungera|tjäna|användas)\s+som\s+(?:ett\s+)?(?:stöd|vägledning|guide)\b/iu),
    // (or questions offered as a guide for a free-text evaluation the grantee writes: "The following questions may serve as a
    // guideline:" over ten numbered questions, dev 2632, the near miss of h/form89; a form's own "The questions in the format
    // are there as your guide" names the form's questions, not a list to follow, dev 2005)
    // (… or with no noun, the lead ending in its colon: "The evaluator should address the following:" over the questions an
    // evaluator's review covers, a page about the final report's package, dev 2430, h/forms83)
    // (or the areas the funder looks at in the report, told as a page's lead: "Below are the major areas we focus on when reviewing
    // final reports." over the questions a free-text report should cover, the audited kind rule 3; dev 2403, h/forms80)
    examples: ['I slutrapporten ska du svara på följande frågor:', 'Vid rapportering vill stiftelsen ha svar på följande frågor:', 'I redovisningen ska ni svara på följande frågor:', 'Reports should answer the following questions:',
      'När projektet är avslutat ska ni lämna en slutrapport. Rapporten ska besvara följande frågor:', 'Slutrapporten ska svara på följande frågor:',
      'Below are the main areas we look at when reading your final report.', 'The following are the questions our trustees usually consider when assessing grant reports:',
      'The evaluator should address the following:', 'The following questions may serve as a guideline:', 'These questions can be used as a guide when you write your evaluation.', 'Följande frågor kan fungera som stöd när ni skriver rapporten:'],
    counterExamples: ['Slutrapporten ska ha fokus på lärdomar och slutsatser genom svar på nedanstående frågor:', 'Svara på samtliga frågor nedan.', 'Svara på följande frågor:', 'Please answer the following questions.',
      'Below are the areas we focus on when reviewing applications.', 'The following are the questions we consider most important.',
      'Please address the following:', 'The report should address the following topics in the order given.',
      'The questions in the format are there as your guide.', 'Use the following questions to complete section 2.', 'Följande frågor ska besvaras i blanketten:'],
    note: 'one document for the English lead of areas reviewed: dev 2403 (a foundation\'s evaluation page); one for the lead offering questions as a guide: dev 2632 (a foundation\'s evaluation page); the examples are constructed paraphrases',
  },
  {
    // a page that names itself the instructions for the report (review 45 item 6: one or two new form rows — a prefilled
    // field, numbered field references, a limit line — flipped such a page to a form; constructed probes e1, e2, n1)
    id: 'report-guide-head', where: 'line', meaning: 'anvisning', weight: 4,
    cue: /^#{0,3}\s*(?:Anvisningar\s+för\s+(?:redovisning|återrapportering|slutredovisning)|Guidelines\s+for\s+grant\s+recipients|(?:Final\s+|Interim\s+)?Report(?:ing)?\s+Guidelines)\b/iu,
    examples: ['# Anvisningar för redovisning av statsbidrag till studieförbund 2022', 'Guidelines for Grant Recipients – Community Grants 2024/25', 'Final Report Guidelines – Community Grants 2024/25'],
    counterExamples: ['Slutrapport – formulär', 'Community Grants Evaluation Form 2024/25', 'Se anvisningar för redovisning på webbplatsen.'],
  },
  {
    // a document naming itself the instructions for completing a report form, as its head or its lead: "Instructions for the
    // Final Performance Report Form", "This document includes instructions for completing the Final Progress Report Form, which
    // includes five sections" (dev 1593): it speaks of the form from outside, an anvisning by the audited kind rule (rule 3)
    // unless it walks through the form's fields, which carry marks of their own (rule 2); once read as a mark of a form
    // (h/forms24), turned by the audit of the dev reporting kinds, which relabelled dev 1593 anvisning (h/audit78); a page that
    // points to such instructions elsewhere, or an application's, is not it
    id: 'report-form-instructions-en', where: 'line', meaning: 'anvisning', weight: 2,
    cue: /(?:^[ \t]*|\b(?:document|page|guide|section)\s+(?:includes|contains|provides|gives)\s+)instructions\s+for\s+(?:completing\s+|filling\s+(?:out|in)\s+|preparing\s+)?the\s+(?:[\p{L}-]+\s+){0,4}?report(?:ing)?\s+form\b/imu,
    examples: ['Instructions for the Final Performance Report Form', 'This document includes instructions for completing the Final Progress Report Form, which includes five sections', 'Instructions for completing the Annual Report Form'],
    counterExamples: ['See the instructions for the final report form on our website.', 'Instructions for the application form', 'Final Report Guidelines', 'Instructions for applicants'],
  },
  {
    // the burden statement a U.S. federal form and its instructions print: "Do not send the completed form to this address."
    // (dev 1593); only the form's own package says where its completed copy must not go (h/forms24)
    id: 'form-burden-statement', where: 'line', meaning: 'form', weight: 2,
    // (the form named by its title: "Please do not return the completed Perkins Discretionary Grant Performance Report to this
    // address.", dev 1995, h/forms65)
    cue: /\bdo\s+not\s+(?:send|return|mail)\s+(?:the\s+|your\s+)?(?:completed\s+)?(?:form|(?:[\p{L}-]+\s+){0,6}?(?:form|report))\s+to\s+this\s+address\b/iu,
    examples: ['Include the OMB control number in any correspondence. Do not send the completed form to this address.', 'Do not return your completed form to this address.', 'Note: Please do not return the completed Perkins Discretionary Grant Performance Report to this address.', 'Do not mail the completed Annual Performance Report to this address.'],
    counterExamples: ['Send the completed form to this address.', 'Do not send the form by fax.', 'Do not send applications to this address.', 'Do not send the completed application to this address.', 'Please do not send your grant proposal to this address.'],
  },
  {
    // a template's field: a label, then its blank as a bracketed placeholder alone to the line's end ("- **Due Date**: [Date]",
    // "Grant Number: [Funder-assigned identifier]", a Markdown report template: dev 1996, h/forms65); never a link ("[see
    // the guide](https://…)"), nor a label with its value ("Due Date: 1 March 2025")
    id: 'bracket-placeholder-field', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?\p{L}[^:\n*\[\]]{0,40}(?:\*\*)?:(?:\*\*)?[ \t]*\[[^\]\n]{1,60}\][ \t]*$/mu,
    examples: ['- **Due Date**: [Date]', '- **Grant Number**: [Funder-assigned identifier]', 'Project Title: [Enter the project title]', 'Projektets namn: [Skriv projektets namn]'],
    counterExamples: ['- **Guide**: [see the guide](https://example.org/guide)', 'Due Date: 1 March 2025', 'The report is due by [date in your agreement] and is sent by e-mail.', 'See section [3] for details.'],
  },
  {
    // a form's note that its boxes may not hold the answer: "Attach additional pages if required.", "(Attach additional pages
    // if necessary.)" (dev 1994, 1604, 1701, 1704: in dev only forms print it; h/forms65)
    id: 'attach-additional-pages', where: 'line', meaning: 'form', weight: 2,
    cue: /\b(?:attach|use|add)\s+(?:additional|extra|separate)\s+(?:pages?|sheets?)\s+(?:if\s+(?:required|necessary|needed)|as\s+(?:required|necessary|needed))\b/iu,
    examples: ['Were there any specific economic benefits from your project or event? If so, what were they? Attach additional pages if required.', '(Attach additional pages if necessary.)', 'Use extra sheets as needed.'],
    counterExamples: ['The report may not exceed five pages.', 'Attach the budget and the signed agreement.', 'Additional pages will not be read by the panel.'],
  },
  {
    // the form's own return command, naming itself "this form": "Please submit this report form to the following …" (dev
    // 1994, 1701), "Return this form along with any photos …" (dev 1991), "Scan and return this completed form to …" (dev
    // 1992), "Submit this signed form with the grant report narrative" (dev 1230) — in dev only forms print it; instructions
    // name "the form" (issue 12, left66: forms65 left 1994 at exactly the line)
    id: 'submit-this-form-en', where: 'line', meaning: 'form', weight: 2,
    cue: /\b(?:submit|return|send|mail|fax|e-?mail)\s+this\s+(?:completed\s+|signed\s+)?(?:[\p{L}-]+\s+)?form\s+(?:to|by|along|with)\b/iu,
    examples: ['A grant report form must be received before future funding requests are submitted. Please submit this report form to the following either by regular mail, email or fax:', 'Return this form along with any photos you have to the district office.', 'Scan and return this completed form to either District Grants Chair.', 'Please send this report form to the Relationship Manager.'],
    counterExamples: ['Submit the form to the district office by 1 March.', 'Grantees return the completed form to the programme officer.', 'This form is submitted by the lead applicant.', 'Submit this application to the council by 1 May.'],
  },
  {
    // an English form's prompt to the one who fills it in, opening its line (maybe after the field's number): "Please provide a
    // brief event summary." (dev 2423, under "1.1"), "Please describe the changes to the approved grants budget.", "1. Please
    // give …", "Please indicate in the table below the material you have included:", "Please provide a short (2-3 sentences)
    // description of your project." (dev 2425); in dev only forms open a line so (12 of 121 forms: 972, 1607, 1704, 1762, 1990,
    // 2007, 2008, 2081, 2166, 2423, 2424, 2425; no instruction page, grant page or other text), a page asks in a sentence that
    // names the report ("The report should describe …", "Please include in your report …"); "list", "include" and "attach" stay
    // out (dev 1608's "6. Please list …" and 1239's "Please include …" are instruction pages' points) (h/forms83)
    id: 'please-prompt-en', where: 'line', meaning: 'form', weight: 1,
    cue: /^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})?|[a-h])[.)]?[ \t]+)?please[ \t]+(?:provide|describe|indicate|explain|give|state|outline|summari[sz]e|tell[ \t]+us|comment|specify|identify|estimate|rate)\b(?![^\n]{0,80}?\b(?:in|with)[ \t]+(?:your|the)[ \t]+(?:application|proposal|final[ \t]+report|report)\b)/imu,
    examples: ['Please provide a brief event summary.', '1.1 Please provide a brief event summary.', 'Please indicate in the table below the material you have included:', '1. Please give an overview of the activities.',
      '   Please provide a short (2-3 sentences) description of your project.', 'a) Please describe the changes to the approved budget.'],
    counterExamples: ['The report should describe the results.', 'Please include photographs in your report.', '6. Please list all partners.', 'If you have questions, please contact us.',
      'Please describe your project in the application form.', 'Please describe the results in your final report.', 'Please provide the following with your application:', 'We ask grantees to please describe the results.'],
  },
  {
    // a choice list's open last option as a form prints it: "Other (please specify)", "Others, please specify:", "Annat, nämligen:",
    // "Övrigt (ange vad):"; only a form offers choices to tick with a blank for the rest (dev 2077, 2166, 2423; no other dev
    // text) (h/forms83)
    id: 'other-please-specify', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/\b(?:other|others|annat|annan|andra|övrigt|övriga|anna[nt]?|andet|anden)[ \t]*(?:,[ \t]*|\([ \t]*|:[ \t]*)(?:please[ \t]+specify|specify|nämligen|ange[ \t]+(?:vad|vilk\p{L}*)|spesifiser|angiv[ \t]+hvad)\b/iu),
    examples: ['Others, please specify:', 'Other (please specify):', 'Australian Federal Government (please specify) / Other (please specify)', 'Annat, nämligen:', 'Övrigt (ange vad):', 'Other (specify)'],
    counterExamples: ['Please specify the amount in the e-service.', 'Other costs must be specified in the budget.', 'Ange vad bidraget ska användas till.', 'Annat som nämligen gäller är att ansökan ska vara komplett.'],
  },
  {
    // a report form's money column for what was spent, its head alone on its line, maybe with its unit: "Actual" (beside
    // "Projected (in application)", dev 2009), "Amount spent" (dev 1603), "Utfall (kr)", "Faktiska kostnader", "Förbrukat";
    // a budget's plan has no such column, a page names the outcome in a sentence (h/forms83; in dev the two forms only)
    id: 'outcome-column-head', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/^[ \t]*(?:utfall|förbrukat|förbrukade[ \t]+medel|faktisk(?:a)?[ \t]+(?:kostnad(?:er)?|utgift(?:er)?)|använt[ \t]+bidrag|actual(?:[ \t]+(?:spend|expenditures?|expenses|costs?|amount))?|amount[ \t]+spent|expended|faktisk[ \t]+forbrug|forbrukt)[ \t]*(?:\((?:kr|kr\.|sek|nok|dkk|\$|€|£|usd|eur)\))?[ \t]*:?[ \t]*$/imu),
    examples: ['Actual', 'Amount spent', 'Utfall (kr)', 'Faktiska kostnader', 'Förbrukat:', 'Actual expenditure ($)'],
    counterExamples: ['Utfall 2023: 1,2 miljoner kronor', 'Actual costs must be reported.', 'Regnskap', 'Utfallet redovisas i slutrapporten.', 'Amount spent on travel: $500'],
  },
  {
    // a report form's budget table head: the granted or budgeted sum's column and the spent or reported sum's side by side, each
    // head capitalised, on one line or split by a cell mark: "Ansökt totalt Beviljat totalt Redovisat totalt Utbetalt" (dev
    // 2297, ICLD's e-service printout), "Beviljat belopp | Förbrukat belopp", "Budget (kr) | Utfall (kr)"; a page tells the
    // same in a sentence ("Redovisa beviljat belopp och förbrukat belopp", the words in lower case) (h/forms84)
    id: 'granted-spent-columns', where: 'line', meaning: 'form', weight: 2,
    cue: /(?<![\p{L}\d])(?:Beviljat|Beviljade|Budgeterat|Budgeterade|Budget|Ansökt)(?:[ \t]+(?:belopp|totalt|medel|bidrag|kostnader))?(?:[ \t]*\((?:kr|sek|tkr)\))?[ \t]*(?:\|[ \t]*)?(?:Förbrukat|Förbrukade|Redovisat|Redovisade|Använt|Använda|Utfall|Faktiska)(?:[ \t]+(?:belopp|totalt|medel|bidrag|kostnader))?(?:[ \t]*\((?:kr|sek|tkr)\))?[ \t]*(?:\||$|\p{Lu})/mu,
    examples: ['Rubrik Avser Redovisat personer Redovisat antal Redovisat á pris Ansökt totalt Beviljat totalt Redovisat totalt Utbetalt personer', 'Beviljat belopp | Förbrukat belopp', 'Budget (kr) | Utfall (kr)', 'Kostnadsslag Beviljat belopp Förbrukat belopp Kvar'],
    counterExamples: ['Redovisa beviljat belopp och förbrukat belopp i rapporten.', 'Beviljat belopp förbrukas under året.', 'Budgeten och utfallet jämförs i slutrapporten.', 'Beviljade medel: 50 000 kr. Förbrukat: 42 000 kr.'],
    note: 'one document so far (dev 2297); the other layouts constructed',
  },
  {
    // a form's bid to the one filling it in at its own fields, opening its sentence: "Fyll i nedanstående fält med det belopp som
    // ni tror kommer att rekvireras för nästa rekvisition." (dev 2297), "Fyll i fälten nedan"; a page sends the reader to a
    // blankett ("Ni redovisar projektet genom att fylla i nedanstående blankett", dev 1070) or to an e-service's fields in a
    // sentence of its own (h/forms84)
    id: 'fill-fields-below', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/(?:^|[.!?:][ \t]+)[ \t]*Fyll[ \t]+i[ \t]+(?:nedanstående[ \t]+(?:fält|rutor|rader|celler)|(?:fälten|rutorna|raderna|cellerna)[ \t]+nedan)\b/mu),
    examples: ['Fyll i nedanstående fält med det belopp som ni tror kommer att rekvireras för nästa rekvisition.', 'Fyll i fälten nedan och klicka på Skicka.', 'Ekonomi. Fyll i nedanstående rutor med projektets kostnader.'],
    counterExamples: ['Ni redovisar projektet genom att fylla i nedanstående blankett.', 'Fyll i blanketten och skicka den till oss.', 'I e-tjänsten fyller du i fälten för kostnader.', 'Fyll i följande uppgifter i e-tjänsten:'],
    note: 'one document so far (dev 2297); paraphrases constructed',
  },
  {
    // a word processor's empty form field after its label: the label, then the field's blank as a run of five or more spaces
    // (en spaces in the document) to the line's end ("Project title      ", "Organization Name:      ", "If No, what is your
    // role in the project?      ": dev 2006, 2019, h/forms66); never a label with its value ("Ansökningsperiod: 15 mars – 15
    // april     ", dev 1338: a colon inside the line) nor a lead into a list ("… att tänka på:", "the following:", dev 795)
    id: 'empty-field-run', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]*(?![^\n]{0,80}(?<!\p{L})(?:följande|nedan|tänka\s+på|following|below)(?!\p{L}))\p{L}[^\n.!:]{0,60}?[\p{L}\d?)$][ \t]{0,2}:?[ \t\u00a0\u2000-\u200a]{5,}$/mu,
    examples: ['Project title      ', 'Organization Name:      ', 'If No, what is your role in the project?      ', 'Grant reference number       Total grant amount $      ', 'Föreningens namn:      '],
    counterExamples: ['Ansökningsperiod: 15 mars – 15 april     ', 'Några viktiga saker att tänka på:        ', 'Project title', 'Describe the project.      ', 'Please answer the following:      '],
  },
  {
    // a period or a count whose ends are left blank: the field's two words with nothing between them and nothing after, as a
    // form prints them for the filler to write in ("Actual period covered in this report From       to      ", "Period: fr.o.m.
    // t.o.m.", "Stage       of       stages"); a saved page collapses the spaces between the words, the words stay side by side,
    // which prose never sets them (dev 2006, h/form88); never a period stated ("From 1 July to 30 June", "Från och med 2025 till
    // och med 2027") nor prose that runs on after "to"
    id: 'blank-range-field', where: 'line', meaning: 'form', weight: 2,
    cue: /(?:^|[ \t:])(?:From|[Ff]rån(?:[ \t]+och[ \t]+med)?|[Ff]r\.[ \t]?o\.[ \t]?m\.|[Ss]tage|[Ss]tep|[Pp]art|[Pp]age|[Ss]ida|[Ee]tapp)[ \t\u00a0\u2000-\u200a_]+(?:to|till(?:[ \t]+och[ \t]+med)?|t\.[ \t]?o\.[ \t]?m\.|of[ \t\u00a0\u2000-\u200a_]+(?:stages|steps|parts|pages)|av[ \t\u00a0\u2000-\u200a_]+(?:sidor|etapper))[ \t\u00a0\u2000-\u200a_]*$/mu,
    examples: ['Actual period covered in this report From       to      ', 'Actual period covered in this report From to', 'What stage of the project are you reporting on? Stage of stages', 'Period: fr.o.m. t.o.m.', 'Redovisningsperiod från och med ______ till och med ______', 'Sida av sidor'],
    counterExamples: ['From 1 July to 30 June', 'Från och med 2025 till och med 2027', 'The report covers the period from the start to the end of the project.', 'Stage of the project', 'Page 2 of 17', 'Bidraget gäller från 1 januari till 31 december'],
  },
  {
    // a form's table row of blank cells copied with its cell marks: two labels, each with its colon, on one line split by a
    // slash ("Project title: / DAC Sector:", "Budget in Local currency: / Spent in Local currency:", a docsbay copy's table,
    // dev 2005, h/forms66); never a label with its value ("Ort: Lund / Datum: 1 mars"), nor prose with a slash
    id: 'slash-label-cells', where: 'line', meaning: 'form', weight: 2,
    cue: /^[ \t]*\p{L}[^\n:\/]{0,40}:[ \t]*\/[ \t]*\p{L}[^\n:\/]{0,40}:[ \t]*$/mu,
    examples: ['Project title: / DAC Sector:', 'DKK: / Funded by DMCDD:', 'Budget in Local currency: / Spent in Local currency:', 'Projektets namn: / Diarienummer:'],
    counterExamples: ['Ort: Lund / Datum: 1 mars', 'Project title: Stigar / DAC Sector: Health', 'Läs mer: www.example.se/bidrag', 'Kostnader och/eller intäkter: se bilaga'],
  },
  {
    // a budget or accounts template's total left to fill in, alone on its line: "Summa intäkter", "Summa kostnader", "Totalt",
    // "Sum utgifter", "I alt", "Total expenditure" (constructed, kind81: an Ekonomisk redovisning's bare rows under its head, the
    // layout of the kommuner's and länsstyrelser's Excel blanketter); never a total with its amount ("Summa kostnader 150 000 kr")
    // nor a sentence
    id: 'empty-total-line', where: 'line', meaning: 'form', weight: 2,
    // … nor a column's head or a total line over figures in the next lines: an allocation table laid out one cell a line ("Region:"
    // "Summa:" "Stockholm" "364 329 400" … "Totalt" "1 590 000 000", SKR's fördelning 2019, test/fixtures/corpus/dev 15)
    cue: /^[ \t]*(?:summa|totalt|total|sum|i[ \t]+alt|sammanlagt)(?:[ \t]+(?:intäkter|kostnader|utgifter|inntekter|indtægter|udgifter|income|costs|expenses|expenditure|revenue))?[ \t]*:?[ \t]*$(?!(?:\r?\n[^\n]{0,80}){0,3}\r?\n[ \t\u00a0]*\d)/imu,
    examples: ['Summa intäkter', 'Summa kostnader:', 'Totalt', 'Sum utgifter', 'I alt', 'Total expenditure', 'Summa intäkter\n\nSumma kostnader\n\nResultat'],
    counterExamples: ['Summa kostnader 150 000 kr', 'Totalt fördelas 2 miljoner kronor.', 'Summan betalas ut i mars.', 'Total project cost: $25,000', 'Totalt antal deltagare var 40.', 'Summa:\n\nStockholm\n\n364 329 400', 'Totalt\n\n1 590 000 000'],
  },
  {
    // a money column's empty cell: a currency sign alone on its line, as a form's budget table prints each cell left to fill
    // ("$" under "Projected (in application)" and "Actual", Painted Hand CDC's follow-up report, dev 2009, h/forms66); never an
    // amount ("$ 500") nor a currency named in prose
    id: 'empty-currency-cell', where: 'line', meaning: 'form', weight: 2,
    // (or the Nordic krone's "Kr." / "kr" alone, as a Danish or Swedish budget-and-accounts template prints the cell beside each
    // post, "Honoraer" … "Kr.", Kolding Kommune's standardbudget/regnskab, dev 2398, h/forms80; never an amount, "kr 500", nor a
    // column's unit in a sentence)
    cue: /^[ \t]*(?:[$€£]|[Kk]r\.?)[ \t]*$/mu,
    examples: ['$', '  €  ', '£', 'Kr.', 'kr'],
    counterExamples: ['$ 500', 'Amounts are in $ (USD).', 'SEK', '€ 1 200', 'Kr. 5.000', 'kr 500', 'Beløb i kr.', 'Krav'],
  },
  {
    // a money field left blank on its label's line: the label, then the currency with nothing after it ("Amount of grant award:
    // $", "Total Project Cost / $", "Grant reference number   Total grant amount $", "Match Amount: $"; dev 1234, 1602, 1702,
    // 2006, 2077, 2396, forms only: no other dev, source or diff text has such a line; issue 12, h/forms85), or a Swedish
    // label with its "kr" after the colon ("Beviljat belopp: kr", constructed); never an amount, nor a sentence naming the
    // currency ("Amounts are in $", "Beloppet anges i kr")
    id: 'money-label-blank', where: 'line', meaning: 'form', weight: 2,
    // (review85a K4: the label a grant's money, never a price or a sum of a booking or an order: "Timpris: kr", "Summa: kr")
    cue: /^[ \t]*(?=\p{L})(?![^\n]*(?<!\p{L})(?:in|i|per|of|som|with|med|till)[ \t]+(?:[$€£]|[Kk]r\.?|SEK)[ \t]*$)(?=[^\n]*?(?:[Aa]mount|[Cc]ost|[Aa]ward|[Gg]rant|[Ff]und|[Bb]udget|[Bb]elopp|[Bb]idrag|[Ss]töd|[Kk]ostnad|[Uu]tgift|[Ii]ntäkt|[Mm]edel))\p{L}[^\n\d$€£]{2,60}?(?:[ \t]+[$€£]|(?::|\t)[ \t]*(?:[$€£]|[Kk]r\.?|SEK))[ \t]*$/mu,
    examples: ['Amount of grant award: $', 'Total Project Cost / $', 'Grant reference number       Total grant amount $', '      Match Amount: $', 'Beviljat belopp: kr', 'Förbrukat belopp:\tkr'],
    counterExamples: ['$ 500', 'Amounts are in $', 'Total project cost: $25,000', 'Beloppet anges i kr', 'Bidraget redovisas i SEK', 'Grant amount: $ 12 000', 'Summa kostnader: 150 000 kr', 'Timpris: kr', 'Summa: kr'],
  },
  {
    // a rule of when or how the report is sent, as English reporting instructions state it
    id: 'report-rule-en', where: 'line', meaning: 'anvisning', weight: 1,
    cue: /\b(?:must|shall|should|is\s+to|are\s+to)\s+be\s+(?:submitted|sent|uploaded|received|reported)\b/iu,
    examples: ['The final report must be submitted no later than 30 days after the end of the project.', 'The report is to be sent by e-mail.'],
    counterExamples: ['Reports must be signed.', 'Describe the results of the project.'],
  },
  {
    // the same rule in Danish or Norwegian: the report or the accounts "skal uploades / indsendes / afleveres / leveres /
    // sendes inn / lastes opp / revideres" (dev 1599, 1600, 1601, instruction pages of Nordic funders; the Danish and
    // Norwegian forms of the dev split, 1350's "Velg riktig rapporteringsskjema", state no such rule)
    id: 'report-rule-nordic', where: 'line', meaning: 'anvisning', weight: 1,
    cue: /\b(?:skal|må)\s+(?:(?:[\p{L}-]+\s+){0,3}?)(?:uploades|indsendes|afleveres|leveres|sendes(?:\s+inn)?|lastes\s+opp|revideres|indberettes)\b/iu,
    examples: ['Slutrapporten skal uploades i projektportalen sammen med den endelige økonomiske redegørelse.', 'Ved afslutning af et projekt skal der afleveres en slutrapport og et revideret regnskab.', 'Rapporten skal sendes inn innen to måneder.', 'Alle udgifter skal indberettes i DKK.'],
    counterExamples: ['Beskriv hvordan prosjektet ble gjennomført.', 'Sett ett kryss.', 'Skal vi søke igjen neste år?', 'Rapporten ble levert i mars.'],
  },
];

/**
 * A lead that tells the reader to answer the questions listed under it ("I Självserviceformuläret svarar du med text på följande
 * frågor:", dev 637; "Svara på de här frågorna:", dev 239; "Write a short narrative to answer the following questions:", dev 1773;
 * "krav om en årlig rapportering som svarer ut følgende:", dev 1772): under it the dash and bullet questions are the report's
 * questions quoted by a page of instructions, so KIND_EVIDENCE question-item counts nothing in the text. Wider than
 * questions-quoted-lead (the imperative "Svara på …" counts): it gates only that row, whose items five dev instruction pages
 * list under such a lead (dev 61, 239, 637, 1772, 1773) and no dev form without one but 1591, which is a form by other rows
 * (h/forms26).
 */
export const QUESTION_LIST_LEAD: Cue<'quoted'> = {
  id: 'answer-these-questions', where: 'line', meaning: 'quoted', weight: 1,
  cue: sv(/\b(?:svara|svarar|besvara|besvarar)\s+(?:(?:du|ni)\s+)?(?:(?:med\s+text|kortfattat|skriftligt|skriftligen)\s+)?(?:på\s+)?(?:följande|de\s+här|dessa|nedanstående)\s+frågor(?:na)?\b|\banswer\s+the\s+following\b|\bsvarer\s+ut\s+følgende\b|\bsvare\s+på\s+følgende\b/iu),
  examples: ['I Självserviceformuläret svarar du med text på följande frågor, som du kan förbereda innan du loggar in:', 'Svara på de här frågorna:', 'Write a short narrative to answer the following questions:', 'For å sørge for tilfredsstillende rapportering er det krav om en årlig rapportering som svarer ut følgende:'],
  counterExamples: ['Svara på samtliga frågor nedan.', 'Frågorna besvaras i e-tjänsten.', 'Please answer all questions.'],
};

/**
 * A guide's lead that tells the writer to set the report under the headings that follow ("Rapporten ska följa rubrikerna nedan.",
 * "Använd följande rubriker i slutrapporten:", "Så här skriver ni slutrapporten."): the headed prompts under it
 * (headed-section-prompt) sketch a free-text report for the reader, they are not a form's own fields (kind81 C03, found by the
 * fresh-clone CI after h/form88). A form's own "Fyll i rubrikerna nedan" asks to fill in, which this is not.
 */
export const HEADINGS_GUIDE_LEAD: Cue<'quoted'> = {
  id: 'follow-the-headings', where: 'line', meaning: 'quoted', weight: 1,
  cue: sv(/\b(?:följa|följer|utgå\s+från)\s+(?:de\s+)?(?:rubrikerna|rubriker)\s+(?:nedan|som\s+följer|här\s+nedan)\b|\banvänd\s+(?:gärna\s+)?(?:följande|dessa|nedanstående)\s+rubriker\b|\bså\s+här\s+skriver\s+(?:ni|du)\s+(?:slutrapporten|delrapporten|rapporten|redovisningen|lägesrapporten)\b/iu),
  examples: ['Rapporten ska lämnas senast tre månader efter projektets slut och ska följa rubrikerna nedan.', 'Använd följande rubriker i slutrapporten:', 'Så här skriver ni slutrapporten.'],
  counterExamples: ['Fyll i rubrikerna nedan.', 'Se rubrikerna nedan för mer information.', 'Så här söker ni bidraget.'],
};

/**
 * A sentence that leads into a list by telling what a report, a survey or an acquittal takes up ("I rapporten tar ni upp:",
 * "Vi kommer bland annat att fråga:", "The acquittal asks three things:"): the numbered questions under it are quoted by a page
 * about the report, not asked by the form, so a report form's head (KIND_HEADS) over them is a page's heading (review71b H1–H7,
 * constructed). A form's own lead speaks to the one who fills it in ("Besvara följande frågor:"), which this is not.
 */
export const QUOTING_LEAD: Cue<'quoted'> = {
  id: 'report-takes-up-lead', where: 'line', meaning: 'quoted', weight: 1,
  // (… or that shows the report's first lines or what the reader shall take up in it: "Överst i redovisningen anger ni:",
  // "I redovisningen ska du ta upp:", "Rapporten begynner med disse opplysningene:", "Start the report with these details:";
  // review71b F1–F3, S3, constructed: the labels or prompts under it are the report's, shown by a page about it)
  cue: sv(/^[ \t]*(?=\p{Lu})[^\n:]{0,81}?\b(?:tar\s+(?:ni\s+|du\s+|den\s+|vi\s+)?upp|tar\s+(?:dere\s+)?opp|(?:ska|skall|bör|måste|skal|må|bør)\s+(?:ni|du|dere)\s+(?:också\s+|även\s+|også\s+)?(?:ta\s+upp|ta\s+opp)|i\s+(?:redovisningen|rapporten|slutrapporten|delrapporten|slutredovisningen|återrapporteringen)\s+(?:anger|skriver|uppger|fyller\s+i)\s+(?:ni|du)|(?:rapporten|redovisningen|slutrapporten|sluttrapporten|the\s+report)\s+(?:begynner|börjar|starter|inleds|starts|begins|opens)\s+(?:med|with)|(?:start|begin|open)\s+(?:the|your)\s+(?:final\s+|interim\s+)?report\s+with|får\s+(?:ni|du)\s+svara\s+på|(?:besvarar|svarar)\s+(?:ni|du)\s+(?:på\s+)?(?:bland\s+annat|till\s+exempel|bl\.\s?a|t\.\s?ex)|kommer\s+(?:vi\s+)?(?:\p{L}+\s+){0,3}?att\s+fråga|frågar\s+(?:vi|den|enkäten)|covers|asks|will\s+ask|spør\s+(?:om|etter)|spørger\s+om)\b[^\n:]{0,80}:[ \t]*$/iu),
  examples: ['I rapporten tar ni upp:', 'Där får ni svara på frågor om:', 'Mallen tar upp tre frågor:', 'Vi kommer bland annat att fråga:', 'The acquittal asks three things:', 'The report covers three questions:',
    'Överst i redovisningen anger ni:', 'I redovisningen ska du ta upp:', 'Rapporten begynner med disse opplysningene:', 'Start the report with these details:', 'I slutrapporten skriver ni:', 'I rapporten skal dere også ta opp:',
    // (… or what the reader answers there, told as a selection: "Där besvarar ni bland annat:" after a sentence on the e-service,
    // review77f R09, open78, constructed; a form's own lead bids, "Besvara följande frågor:")
    'Där besvarar ni bland annat:', 'I e-tjänsten svarar du till exempel på:', 'I slutrapporten besvarar ni bl.a.:'],
  counterExamples: ['Besvara följande frågor:', 'Please answer the following questions:', 'I rapporten tar ni upp hur pengarna använts.', 'Uppgifter om projektet:', 'Frågor som enkäten tar upp finns nedan.',
    'Ange följande uppgifter:', 'Fyll i rapporten:', 'Mötet börjar med:', 'I ansökan anger ni:', 'Rapporten skickas in senast den 31 mars:', 'Start the application with these details:',
    'Besvara bland annat följande frågor:', 'Här svarar ni:', 'Där besvarar ni bland annat frågor om hur bidraget har använts.'],
};

/**
 * A line that says what the report shall contain and leads into a list: "Redovisningen ska innehålla:", "Slutrapporten ska
 * även innehålla följande:" (a free-text report's requirements, rule 3 of the audit of the held-out reporting-form kinds; every
 * dev text with such a line is an anvisning: 61, 62, 237, 304 …). The numbered points or questions under it are the report's,
 * quoted by a page about it, so a report's head over them is no form's head and its question rows count nothing (h/formkind77
 * A02, K03). Narrower than QUOTING_LEAD: the structure a text draws (limits, blanks, check boxes) still counts, as a form may
 * print such a lead over its own fields (forms7.test, K01, K02).
 */
export const REPORT_CONTAINS_LEAD: Cue<'quoted'> = {
  id: 'report-contains-lead', where: 'line', meaning: 'quoted', weight: 1,
  // (… or in English, what the report shall hold or what a complete one includes: "Final reports must include the following:"
  // (dev 1714), "Progress reports should include the following information:" (dev 1886), "A Completed Final Report Includes:"
  // over the package's numbered parts (dev 2430, h/forms83); three dev forms open so too, "The Final Report includes four
  // components:" (1879), "A Final Report consists of:" (1595), "The Interim Financial Report consists of two documents:" (1232),
  // and stay forms by their blanks, boxes and tables, which still count)
  cue: sv(/^[ \t]*(?=\p{Lu})[^\n:]{0,81}?\b(?:(?:rapporten|redovisningen|slutrapporten|delrapporten|lägesrapporten|slutredovisningen|återrapporteringen)\s+(?:ska|skall|bör|måste)\s+(?:även\s+|också\s+)?(?:innehålla|omfatta|innefatta|bestå\s+av)|reports?\s+(?:(?:should|must|shall|will|is\s+to|are\s+to)\s+(?:also\s+)?)?(?:include|includes|contain|contains|consists?\s+of|comprises?))\b[^\n:]{0,40}:[ \t]*$/iu),
  // (… or what it shall consist of, "Redovisningen ska bestå av:", the same rule in other words: h/review78c RA05, constructed)
  examples: ['Redovisningen ska innehålla:', 'Efter avslutat projekt ska ni lämna en redovisning. Slutrapporten ska även innehålla följande:', 'Delrapporten ska innehålla följande:',
    'Redovisningen ska bestå av:', 'Slutrapporten ska innefatta följande delar:',
    'Final reports must include the following:', 'Progress reports should include the following information:', 'A Completed Final Report Includes:'],
  counterExamples: ['Ansökan ska innehålla:', 'Rapporten ska innehålla följande delar, se mallen.', 'Rapporten ska innehålla en budget.', 'Redovisningen ska innehålla',
    'Ansökan ska bestå av:', 'Redovisningen ska bestå av tre delar.',
    'Your application should include the following:', 'The final report must include a budget.', 'Report on the following:'],
};

/**
 * Numbered "fields" that are a grant's areas, or an application's fields, not a report form's: a sentence that gives the grant
 * within the fields ("Stiftelsen ger stöd inom tre fält.", "Bidrag kan sökas inom följande fält:"), or a numbered field line whose
 * entering verb points into the application ("Fält 1 Kultur: Beskriv i ansökan hur projektet …"). In a text that holds one, the
 * numbered field lines and the prompts run in after their labels ("Fält 2 Idrott: Beskriv hur projektet får fler att röra på
 * sig.") are that list's, so KIND_EVIDENCE numbered-field-ref and run-in-prompt count nothing (review77f R17, open78,
 * constructed). A report form's guide names its fields as its own ("Ruta 1 – Projektnamn: Skriv projektets namn …").
 */
export const GRANT_AREA_FIELDS: Cue<'areas'> = {
  id: 'grant-area-fields', where: 'line', meaning: 'areas', weight: 1,
  cue: sv(/\b(?:stöd|bidrag|medel|anslag)(?:et|en)?\s+(?:(?:kan|får)\s+)?(?:ges|lämnas|beviljas|delas\s+ut|fördelas|sökas|söks)\s+inom\s+(?:(?:två|tre|fyra|fem|sex|följande|dessa|\d{1,2})\s+)?fält(?:en)?\b|\b(?:ger|lämnar|beviljar|delar\s+ut|fördelar)\s+(?:stöd|bidrag|medel)(?:et|en)?\s+inom\s+(?:(?:två|tre|fyra|fem|sex|följande|dessa|\d{1,2})\s+)?fält(?:en)?\b|\b(?:grants?|funding|support)\s+(?:(?:is|are)\s+)?(?:awarded|given|available|offered)\s+(?:in|within|across)\s+(?:(?:two|three|four|five|six|the\s+following)\s+)?fields\b|^[ \t]*(?:[-•*][ \t]*)?(?:[Ff]ält|[Rr]uta|[Ff]ield|[Bb]ox)[ \t]+\d{1,2}(?:[ \t]?[A-H])?(?:[ \t]*[–—-])?[ \t]+\p{L}[\p{L}'’ \t]{0,40}?[:–—-][ \t]*(?:[Ss]kriv|[Aa]nge|[Bb]eskriv|[Rr]edogör|[Ee]nter|[Ww]rite|[Dd]escribe)[ \t]+(?:i[ \t]+(?:er[ \t]+|din[ \t]+)?ansökan|in[ \t]+(?:your|the)[ \t]+application)\b/imu),
  examples: ['Stiftelsen ger stöd inom tre fält.', 'Bidrag kan sökas inom följande fält:', 'Stöd ges inom fälten kultur, idrott och miljö.', 'Grants are awarded in three fields:',
    'Fält 1 Kultur: Beskriv i ansökan hur projektet når nya publikgrupper.', 'Field 2 – Sport: describe in your application how the project gets people moving.'],
  counterExamples: ['Fyll i alla fält i e-tjänsten.', 'Redovisa hur stödet har använts inom varje fält.', 'Obligatoriska fält är markerade med asterisk.',
    'Ruta 1 – Projektnamn: Skriv projektets namn så som det står i beslutet.', 'Fält 3 Budget: Ange samma belopp som i ansökan.', 'Field 4: Project summary'],
};

/**
 * The numbered walk lines that GRANT_AREA_FIELDS's areas can be: lines named by the areas' own word ("Fält 1 Kultur: …", "Field 2 –
 * Sport: …"), or a box line that points into the application ("Ruta 2 Verksamhet: Beskriv i ansökan …"). A report form's own
 * boxes ("Ruta 1 Sökande: Skriv föreningens namn.") under a sentence that gives the grant within fields are the form's, not the
 * areas' (review78b K1, constructed): GRANT_AREA_FIELDS silences the walk only in a text that holds one of these lines.
 */
export const AREA_FIELD_WALK: Cue<'areas'> = {
  id: 'area-field-walk', where: 'line', meaning: 'areas', weight: 1,
  cue: sv(/^[ \t]*(?:[-•*][ \t]*)?(?:(?:[Ff]ält|[Ff]ield)[ \t]+\d{1,2}\b|(?:[Rr]uta|[Bb]ox)[ \t]+\d{1,2}\b[^\n]{0,80}?\b(?:i[ \t]+(?:er[ \t]+|din[ \t]+)?ansökan|in[ \t]+(?:your|the)[ \t]+application)\b)/mu),
  examples: ['Fält 1 Kultur: Beskriv i ansökan hur projektet når nya publikgrupper.', 'Field 2 – Sport: describe in your application how the project gets people moving.',
    'Ruta 2 Verksamhet: Beskriv i ansökan vad föreningen gör.'],
  counterExamples: ['Ruta 1 Sökande: Skriv föreningens namn.', 'Ruta 3 Ekonomi: Ange de faktiska kostnaderna.', 'Fyll i alla fält i e-tjänsten.', 'Box 4: Signature'],
};

/**
 * A form's field that asks for what an application or a nomination asks ("Sökt belopp:", "Amount requested:", "Ansøgt
 * beløb:", "Rekvirerat belopp:", "Namn på den du föreslår:"): a page of empty fields holding one is an application's,
 * a requisition's or a nomination's form, never a reporting form, whatever its head (review71b A1–A5, constructed).
 */
export const APPLICATION_FIELD: Cue<'application'> = {
  id: 'applied-amount-field', where: 'line', meaning: 'application', weight: 1,
  cue: sv(/^[ \t]*(?:(?:sökt|ansökt|begärt|rekvirerat|önskat)\s+(?:bidrags)?belopp|amount\s+(?:requested|applied\s+for)|requested\s+amount|ansøgt\s+beløb|søkt\s+beløp|omsøkt\s+beløp|namn\s+på\s+(?:den|de|personen|föreningen)\s+(?:som\s+)?(?:du|ni)\s+föreslår)\b[^\n.!?]{0,40}:[ \t_]*$/iu),
  examples: ['Sökt belopp:', 'Amount requested:', 'Ansøgt beløb:', 'Rekvirerat belopp:', 'Namn på den du föreslår:', 'Søkt beløp: ______'],
  counterExamples: ['Beviljat belopp:', 'Sökt belopp: 20 000 kr', 'Amount awarded:', 'Ange sökt belopp i ansökan.', 'Tildelt beløp:'],
};

/**
 * A report form's field for the money granted, received or spent ("Beviljat belopp:", "Amount spent:", "Tildelt beløp:"):
 * beside it a field for the amount applied for is the report's restating of the application, so APPLICATION_FIELD makes
 * no application's form of a text that holds one (review71b, a report form's "Sökt belopp: / Beviljat belopp:").
 */
export const GRANTED_AMOUNT_FIELD: Cue<'report'> = {
  id: 'granted-amount-field', where: 'line', meaning: 'report', weight: 1,
  // (… this grant's, not another year's or another funder's: an application's form asks "Beviljat belopp föregående år:",
  // "Amount awarded by other funders:", review72c B1, B2, constructed)
  cue: sv(/^[ \t]*(?:(?:beviljat|erhållet|mottaget|använt|förbrukat|utbetalt)\s+(?:bidrags)?belopp|amount\s+(?:awarded|granted|received|spent)|(?:tildelt|brukt|bevilget|forbrugt|modtaget|mottatt|bevilget)\s+bel[øo]b?p?|total\s+expenditure)\b(?![^\n:]{0,40}\b(?:föregående|förra|tidigare|fjol\p{L}*|andra|annan|övriga|other|previous|prior|last|earlier|andre|andet|øvrige|tidligere|sidste|forrige|fjor\p{L}*)\b)[^\n.!?]{0,40}:[ \t_]*$/iu),
  examples: ['Beviljat belopp:', 'Använt belopp: ______', 'Amount awarded:', 'Tildelt beløp:', 'Bevilget beløb:', 'Beviljat belopp (kr):'],
  counterExamples: ['Sökt belopp:', 'Beviljat belopp: 20 000 kr', 'Ange beviljat belopp i rapporten.',
    'Beviljat belopp föregående år:', 'Beviljat belopp från andra bidragsgivare:', 'Amount awarded by other funders:', 'Amount received in previous years:', 'Tildelt beløp fra andre:'],
};

/**
 * A lead into what an application holds or asks ("Your application will ask you to:", "Søknaden skal inneholde:", "I
 * e-tjänsten fyller du i:"): the prompts and limits listed under it are the application's, so the page is an applicant's
 * guide, never a reporting form (review71b S8–S11, constructed; an application's form never is one, formByScore).
 */
export const APPLICATION_CONTENTS_LEAD: Cue<'application'> = {
  id: 'application-holds-lead', where: 'line', meaning: 'application', weight: 1,
  cue: sv(/\b(?:(?:your|the)\s+application\s+(?:form\s+)?(?:will\s+ask|asks|must\s+include|should\s+include|must\s+contain)|(?:ansökan|ansökningen)\s+(?:ska|skall|bör)\s+innehålla|søknaden\s+(?:skal|må|bør)\s+inneholde|ansøgningen\s+(?:skal|bør)\s+indeholde|i\s+(?:ansökan|ansökningsformuläret|e-tjänsten\s+för\s+ansökan|e-tjänsten)\s+fyller\s+(?:du|ni)\s+i)\b[^\n.]{0,60}:[ \t]*$/iu),
  examples: ['Your application will ask you to:', 'Søknaden skal inneholde:', 'Ansøgningen skal indeholde:', 'I e-tjänsten fyller du i:', 'Ansökan ska innehålla följande:'],
  counterExamples: ['Rapporten skal inneholde:', 'Slutrapporten ska innehålla följande:', 'Your application will be assessed by the panel.', 'I e-tjänsten fyller du i rapporten.'],
};

/**
 * A line only a form itself draws: a label over a short blank ("Navn på laget: ____", "Datum: ....."), a rule of underscores
 * alone, or a signature line alone ("Underskrift", "Signature", "Dato og underskrift: ____"). A page that quotes the report's
 * head labels under a lead (QUOTING_LEAD) draws none of them; a report form under the same lead does, its blanks often shorter
 * than FORM_MARKS fill-in-line's eight underscores or lost with the PDF but its signature block kept (review74c K5 K6,
 * constructed: a Norwegian rapportskjema "Rapporten begynner med disse opplysningene:" over "Navn på laget: ____", an English
 * form converted from PDF "The report covers the following:" ending "Signature / Date").
 */
export const OWN_BLANK: Cue<'form'> = {
  id: 'own-blank-or-signature', where: 'line', meaning: 'form', weight: 1,
  cue: sv(/^[ \t]*(?:[^\n:]{2,60}:[ \t]*(?:_{3,}|\.{6,}|…{3,})|_{3,}|(?:underskrift|namnteckning|namnförtydligande|signature|signed|signatur|dato[ \t]+og[ \t]+underskrift|underskrift[ \t]+og[ \t]+dato|ort[ \t]+och[ \t]+datum|sted[ \t]+og[ \t]+dato|date[ \t]+and[ \t]+signature)(?:[ \t]+(?:av|of|ordförande|behörig[ \t]+företrädare))?[ \t]*:?[ \t]*_*)[ \t]*$/iu),
  examples: ['Navn på laget: ____', 'Datum: ......', '________', 'Underskrift', 'Signature', 'Dato og underskrift: ____', 'Signed: ____', 'Underskrift ordförande:'],
  counterExamples: ['Projektets namn:', 'Organisation name:', 'Underskrift av firmatecknare krävs för att redovisningen ska godkännas.', 'Signature of the chair is required.', 'Belopp: 5 000 kr', 'Datum: 2025-03-31'],
};

/**
 * A self-test's conclusion: the yes or no answers to the questions above decide whether one may apply ("Svarar ni ja på alla
 * frågor kan ni söka bidraget.", "If you answered yes to every question, you can apply.", "Svarer du ja på alle spørsmålene,
 * kan du søke."): its question and Ja / Nej lines are an applicant's eligibility test on a grant page, never a reporting form
 * (review71b S12, constructed; formByScore).
 */
export const ELIGIBILITY_TEST: Cue<'application'> = {
  id: 'eligibility-self-test', where: 'line', meaning: 'application', weight: 1,
  cue: sv(/\b(?:(?:svarar|svarade)[ \t]+(?:ni|du)|(?:har|om)[ \t]+(?:ni|du)[ \t]+svarat)[ \t]+(?:ja|nej)[ \t]+på[ \t]+(?:alla|samtliga|varje|någon|någon[ \t]+av)[ \t]+(?:\p{L}+[ \t]+){0,2}?frågor\p{L}*\b[^\n.]{0,40}?\b(?:kan|får|bör|kan[ \t]+inte|får[ \t]+inte)[ \t]+(?:ni|du|föreningen|organisationen)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:söka|ansöka|få[ \t]+(?:bidrag|stöd|stödet|bidraget))\b(?![^\n.]{0,40}?\b(?:nytt|nya|ny|igen|nästa|kommande|framtida|new|further|again|another|next|future|neste|igjen|næste|nyt|fremtidig\p{L}*)\b)|\byou[ \t]+(?:answered|answer|can[ \t]+answer|have[ \t]+answered)[ \t]+["“]?(?:yes|no)["”]?[ \t]+to[ \t]+(?:all|every|each|any)\b[^\n.]{0,60}?\byou[ \t]+(?:can|may|are[ \t]+(?:not[ \t]+)?eligible[ \t]+to|cannot|can[ \t]*not)[ \t]+apply\b(?![^\n.]{0,40}?\b(?:nytt|nya|ny|igen|nästa|kommande|framtida|new|further|again|another|next|future|neste|igjen|næste|nyt|fremtidig\p{L}*)\b)|\bsvarer[ \t]+(?:du|dere|I)[ \t]+(?:ja|nei|nej)[ \t]+(?:på|til)[ \t]+alle\b[^\n.]{0,60}?\bkan[ \t]+(?:du|dere|I)[ \t]+(?:ikke[ \t]+)?(?:søke|søge)\b(?![^\n.]{0,40}?\b(?:nytt|nya|ny|igen|nästa|kommande|framtida|new|further|again|another|next|future|neste|igjen|næste|nyt|fremtidig\p{L}*)\b)/iu),
  // (not a report form's word on the next grant: "Svarar ni nej på någon av frågorna får föreningen inte söka bidrag under nästa
  // år", "If you answered no to any of the questions above, you cannot apply for a new grant", "Svarer dere nei på alle
  // spørsmålene, kan dere ikke søke nytt tilskudd neste år" — a self-test decides this round's application, review74c K10 K11)
  examples: ['Svarar ni ja på alla frågor kan ni söka bidraget.', 'Har du svarat ja på samtliga frågor kan du ansöka om stödet.', 'If you answered yes to every question above, you can apply.',
    'Svarer du ja på alle spørsmålene, kan du søke.', 'Svarer I ja til alle spørgsmål, kan I søge.', 'Svarar ni nej på någon av frågorna kan föreningen inte söka bidraget.'],
  counterExamples: ['Om ni svarar ja, beskriv hur bidraget har använts.', 'Svara ja eller nej på alla frågor.', 'Föreningar som svarat ja på enkäten kan söka bidraget igen.',
    'Svarar ni ja på frågan om avvikelser, beskriv dem nedan.', 'If you answered yes to question 3, please explain.', 'Har ni svarat ja på alla frågor i rapporten skickar ni den till oss.',
    'Svarar ni nej på någon av frågorna får föreningen inte söka bidrag under nästa år.', 'Svarer dere nei på alle spørsmålene, kan dere ikke søke nytt tilskudd neste år.',
    'If you answered no to any of the questions above, you cannot apply for a new grant until we have agreed a plan.', 'Har du svarat nej på någon fråga kan du inte söka stödet igen.'],
};

/**
 * A lead telling a would-be applicant to think an idea through against the questions listed under it ("Fundera sedan på och
 * besvara frågeställningarna:", "Ställ er följande frågor innan ni ansöker:", "Ask yourself these questions before you
 * apply:"): the questions are an applicant's check of the idea on a grant page, never a reporting form's (dev 2191, Leader
 * Lundaland, h/fresh74; formByScore). Only a reflective imperative (fundera, tänk igenom, reflektera, ställ / fråga dig or er,
 * ask yourself, think about, consider; tenk gjennom, overvej) a word of applying or of the idea on the same line (söka, ansöker, idé, intresseanmälan, apply) and a lead ending in a colon;
 * never a line that names the report or money already granted (a report form may ask its grantee to reflect on its questions:
 * that stays a form).
 */
export const IDEA_QUESTIONS_LEAD: Cue<'application'> = {
  id: 'idea-questions-lead', where: 'line', meaning: 'application', weight: 1,
  cue: sv(/(?:\b(?![^\n]{0,300}?(?:rapport|redovis|report|uppfölj|utvärder|evaluat|evaluer|fått|beviljat|awarded|received|genomför|mottagit))(?:ansök|sök|idé|projektidé|intresseanmäl|apply|applicat|søk|ansøg)\p{L}*\b[^\n]{0,200}?\b(?:fundera|tänk[ \t]+igenom|reflektera|ställ[ \t]+(?:dig|er)|fråga[ \t]+(?:dig|er)|ask[ \t]+yoursel(?:f|ves)|think[ \t]+about|consider|tenk[ \t]+gjennom|overvej)\b[^\n.!?:]{0,60}?\b(?:frågor(?:na)?|frågeställning(?:ar|arna)?|questions|spørsmål(?:ene)?|spørgsmål(?:ene)?)\b[^\n.!?:]{0,60}:|\b(?![^\n]{0,300}?(?:rapport|redovis|report|uppfölj|utvärder|evaluat|evaluer|fått|beviljat|awarded|received|genomför|mottagit))(?:fundera|tänk[ \t]+igenom|reflektera|ställ[ \t]+(?:dig|er)|fråga[ \t]+(?:dig|er)|ask[ \t]+yoursel(?:f|ves)|think[ \t]+about|consider|tenk[ \t]+gjennom|overvej)\b[^\n.!?:]{0,60}?\b(?:frågor(?:na)?|frågeställning(?:ar|arna)?|questions|spørsmål(?:ene)?|spørgsmål(?:ene)?)\b[^\n.!?:]{0,60}?\b(?:ansök|sök|idé|projektidé|intresseanmäl|apply|applicat|søk|ansøg)\p{L}*\b[^\n.!?:]{0,60}:)[ \t]*$/iu),
  examples: ['Är du intresserad av att söka projektstöd? Fundera sedan på och besvara frågeställningarna:', 'Ställ er följande frågor innan ni ansöker:',
    'Tänk igenom frågorna nedan innan du skickar in din ansökan:', 'Har ni en projektidé? Fundera på följande frågor:', 'Ask yourself these questions before you apply:', 'Tenk gjennom disse spørsmålene før du søker:'],
  counterExamples: ['Fundera sedan på och besvara frågeställningarna:', 'Reflektera över följande frågor:', 'Fundera över följande frågor när ni skriver slutrapporten:',
    'Ni som har sökt och fått bidrag: fundera över följande frågor:', 'Consider the following questions in your final report:', 'Ställ er följande frågor innan ni ansöker om slututbetalning och redovisar projektet:',
    'Besvara följande frågor innan ni ansöker:', 'Har ni sökt stöd tidigare? Fundera på frågorna nedan.'],
};

/**
 * A report named in any of the languages the forms come in (redovisning, rapport, återrapportering, uppföljning, report,
 * acquittal, sluttrapport, afrapportering, regnskap, redegørelse): with the grant words (GRANT_WORDS, GRANT_GIVEN) the
 * evidence that a text is about a grant's report at all. The contract's reporting form is "the återrapporteringsformulär for
 * one grant year": a form that names neither a report nor a grant (a kommun's survey of its associations' premises, a study
 * association's course evaluation) is no grant's report form, however many blanks and check boxes it has (review73c N4, N8,
 * h/open73b; every one of the 315 dev, source and diff inputs read as forms on main 0eea08fd names one or the other).
 * A substring of the noun's stem, in any compound ("Slutredovisning", "rapportskjema", "Uppföljningsenkät").
 */
export const REPORT_NAMED: Cue<'report'> = {
  id: 'report-named', where: 'line', meaning: 'report', weight: 1,
  // a label for the money already granted names the grant the form reports on ("Amount awarded: ____", "Beviljat belopp:"):
  // a project's evaluation form after a grant is its report (review70f k4, which the lead's fresh-clone CI of 272bbcfe failed)
  cue: /redovis|rapport|report|uppfölj|acquit|redegør|redegjør|regnskap|regnskab|\b(?:amount|grant|sum)\s+(?:awarded|granted|received)\b|\b(?:beviljat|beviljade|tilldelat|tilldelade|erhållet|erhållna|innvilget|innvilgede|bevilget|bevilgede)\s+(?:belopp|bidrag|medel|stöd|beløp|beløb|tilskudd|tilskud|midler)\b/iu,
  examples: ['Redovisning av kulturbidrag', 'Final Report Form', 'Sluttrapport for prosjekttilskudd', 'Uppföljningsenkät till föreningarna', 'Acquittal Form', 'Afrapportering til fonden',
    'Amount awarded: ______', 'Beviljat belopp: ______', 'Innvilget beløp: ______'],
  counterExamples: ['Enkät om lokalbehov 2025', 'Utvärdering av kursen Ledarskap i föreningslivet', 'Anmälan till informationsmöte', 'Customer satisfaction survey', 'Spørreskjema om treningstider',
    'Amount of time spent on the course', 'Beviljas ledighet för kursen?'],
};

/**
 * A survey's or an evaluation's own head ("Enkät om lokalbehov 2025", "Medlemsenkät", "Utvärdering av kursen …", "Visitor
 * Satisfaction Questionnaire", "Spørreskjema om …"): with no report and no grant named anywhere (REPORT_NAMED, GRANT_WORDS,
 * GRANT_GIVEN) the text is no grant's report form (review73c N4, N8, h/open73b). Only under such a head: a real form whose
 * one mention of its report or grant is in a title cut away keeps the form evidence's verdict (kind-perturbation's noTitle,
 * lastHalf).
 */
export const SURVEY_HEAD: Cue<'survey'> = {
  id: 'survey-head', where: 'line', meaning: 'survey', weight: 1,
  cue: /enkät|utvärdering|survey|questionnaire|spørreskjema|spørgeskema|evaluation|evaluering/iu,
  examples: ['Enkät om lokalbehov 2025', 'Medlemsenkät 2025', 'Utvärdering av kursen Ledarskap i föreningslivet', 'Visitor Satisfaction Questionnaire', 'Spørreskjema om treningstider'],
  counterExamples: ['Redovisning av kulturbidrag', 'Anmälan till informationsmöte', 'Final Report Form'],
};

/**
 * A registration form's own head: a registration for an event ("Anmälan till informationsmöte om LONA-bidrag", "Påmelding
 * til kurs", "Registration form for the grant workshop"). Its blanks and check boxes ask who comes, never what a grant did:
 * no reporting form, whatever grant the event is about (review73c N6, h/open73b). A head line only (the first three blocks'
 * first lines), and only an event's noun after "till/for/to": a report announced ("Anmälan av avslutat projekt") is not one.
 */
export const REGISTRATION_HEAD: Cue<'registration'> = {
  id: 'registration-head', where: 'line', meaning: 'registration', weight: 1,
  cue: sv(/^(?:anmälan|anmälningsblankett|anmälningsformulär|anmälningstalong|påmelding|påmeldingsskjema|tilmelding|registration(?:[ \t]+form)?|sign-up[ \t]+form)[ \t]+(?:till|for|til|to)\b(?![^\n.!?]{0,60}?\b(?:genomförd|genomfört|genomförda|avslutad|avslutat|avslutade|gjennomført|gennemført|afholdt|holdt|completed|held)\b)[^\n.!?]{0,60}?(?:möte|mötet|seminari|kurs|konferens|webbinari|utbildning|workshop|träff|frukost|mässa|dagen|møte|konferanse|seminar|webinar|course|training|meeting|conference|event|info-?dag)/iu),
  examples: ['Anmälan till informationsmöte om LONA-bidrag', 'Anmälningsblankett till kursen i bidragsansökan', 'Påmelding til informasjonsmøte om tilskudd', 'Registration form for the grant workshop', 'Tilmelding til seminar om puljen'],
  counterExamples: ['Anmälan av avslutat projekt', 'Anmälan till kommunen om ändrad verksamhet', 'Anmälan till kommunen om genomförd kurs', 'Registration to the council of a completed training event', 'Registration of the final report', 'Anmälan om förändring i projektet', 'Mötet hålls i Anmälan-salen'],
};

/**
 * A sentence telling the reader to attach this budget or template to the application ("Bifoga budgeten till ansökan.",
 * "Attach this budget to your application."): the text is an application's attachment, a budget template with cost rows and
 * sums, never a reporting form (review73c N5, N9, h/open73b). The attaching verb and the application as its goal must both be
 * there: a report form's "Jämför utfallet med budgeten i ansökan" or "Bifoga budgeten från ansökan" attaches nothing to an
 * application.
 */
export const APPLICATION_ATTACHMENT: Cue<'application'> = {
  id: 'attach-to-application', where: 'sentence', meaning: 'application', weight: 1,
  cue: sv(/\b(?:bifoga|bifogas|skicka[ \t]+med|skickas[ \t]+med|legg[ \t]+ved|læg[ \t]+ved|vedlegg|vedlæg|attach|submit|include|enclose)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:budget\p{L}*|budsjett\p{L}*|kalkyl\p{L}*|mallen|denna[ \t]+mall|template)[ \t]+(?:till|med|with|to|ved|sammen[ \t]+med)[ \t]+(?:(?:er|din|your|the|søknaden|jeres|deres)[ \t]+)?(?:ansökan|ansökningen|søknaden|søknad|ansøgningen|application)\b|\b(?:budget\p{L}*|budsjett\p{L}*|kalkyl\p{L}*|mallen)[ \t]+(?:(?:ska[ \t]+|skall[ \t]+|skal[ \t]+)?(?:bifogas|skickas[ \t]+med|lämnas[ \t]+med|legges[ \t]+ved|vedlegges|vedlægges)|(?:must|should|is[ \t]+to)[ \t]+be[ \t]+(?:attached|submitted|sent))[ \t]+(?:(?:till|med|with|to|ved|sammen[ \t]+med)[ \t]+)?(?:(?:er|din|your|the|jeres|deres)[ \t]+)?(?:ansökan|ansökningen|søknaden|søknad|ansøgningen|application)\b/iu),
  examples: ['Bifoga budgeten till ansökan.', 'Kalkylen skickas med er ansökan.', 'Kalkylen ska bifogas er ansökan.', 'The budget must be attached to your application.', 'Attach this budget to your application.', 'Budgetmallen skickas med er ansökan.', 'Legg ved budsjettet sammen med søknaden.', 'Submit the budget template with your application.'],
  counterExamples: ['Bifoga budgeten från ansökan.', 'Jämför utfallet med budgeten i ansökan.', 'Attach receipts to your final report.', 'Bifoga kvitton till redovisningen.', 'Beskriv avvikelser från budgeten till ansökan om nästa bidrag.', 'Budgeten bifogades ansökan i fjol; redovisa nu utfallet.', 'The budget submitted with your application is compared with the spending below.'],
};

/** How many times one kind row may count. */
export const KIND_EVIDENCE_CAP = 3;

/** The form evidence at which, with the margin over the anvisning evidence, a text reads as a form. */
export const KIND_FORM_MIN = 6;

/**
 * A short text (a form's cut half, a one-page form, a saved page holding only the form's second part) has room for
 * fewer marks, so the form evidence it must reach is lower: KIND_FORM_MIN_SHORT under KIND_SHORT_TEXT characters.
 * The marks it needs (two different ones) and the margin over the anvisning evidence stay (h/forms19: no dev
 * instruction page, whole or cut, flattened or untitled, reaches 5 under 1 200 characters; cut forms reach 5–6).
 */
export const KIND_SHORT_TEXT = 1200;
export const KIND_FORM_MIN_SHORT = 5;

/** How far the form evidence must outweigh the anvisning evidence: weak evidence leaves a text an anvisning. */
export const KIND_MARGIN = 4;

/**
 * How near the line (KIND_FORM_MIN and KIND_MARGIN, each) form evidence that falls short may come and be called not sure
 * by explainKind. Not sure is read as an anvisning, the safer reading: an anvisning read as a form loses every field of
 * its own, a form read as an anvisning its questions and due date. Of the eleven dev texts in this band (h/forms24, all 1 162
 * scanned), ten are no form (dev 62, 123, 304, 689, 702, 1243, 1267, 1485, 1753, 1779) and one is (1705). What a wrong
 * reading costs in scored dev fields (h/forms24, each text's spec cut to what the other kind keeps: kind, title, year,
 * contacts): an anvisning read as a form 3.8 fields a text (40 anvisningar, 380 → 228 of 388: funding, recipients,
 * requisition, usage period, uses, legal basis and their evidence), a page of reporting instructions 1.5 (204 texts,
 * 1 670 → 1 364 of 1 690: reporting.due and the kind), a form read as an anvisning 1.1 (75 forms, 340 → 260 of 353: the
 * kind, its due date and question count).
 */
export const KIND_UNSURE_BAND = 2;

/**
 * The head of a report form in its own words, a short line: "REDOVISNING småprojekt checken MILJÖ",
 * "Slutrapport Projektstöd", "Mall för slutrapport", "Blankett för delrapport", "Frågor i e-tjänsten";
 * with questions below it (KIND_HEAD_QUESTIONS), never an anvisning.
 */
export const KIND_HEADS: ReadonlyArray<Cue<'form'>> = [
  {
    id: 'report-noun-head', where: 'line', meaning: 'form', weight: 2,
    // the report's noun opens the line and a few words name what it reports on; no sentence, no verb after it
    cue: sv(/^(?:redovisning|slutredovisning|slutrapport|delrapport|lägesrapport|mellanrapport|årsrapport|återrapport(?:ering)?)(?:[ \t]+(?!(?:ska|skall|görs|lämnas|sker|kan|är|av\s+(?:hur|vad))\b)[\p{L}\d–-]+){1,5}$/iu),
    examples: ['REDOVISNING småprojekt checken MILJÖ', 'Slutrapport Projektstöd Leader', 'Delrapport 2'],
    counterExamples: ['Redovisning ska ske senast den 1 mars', 'Slutrapport', 'Redovisning av hur statsbidraget har använts', 'Redovisa projektbidrag'],
  },
  {
    id: 'template-head', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/^(?:mall|blankett|formulär)[ \t]+(?:för|till)[ \t]+(?:slut|del|läges|mellan|års)?(?:rapport|redovisning|återrapportering)\p{L}*(?:[ \t]+[\p{L}\d–-]+){0,5}$|^frågor[ \t]+i[ \t]+e-tjänsten\b[^.\n]{0,60}$/iu),
    examples: ['Mall för slutrapport', 'Blankett för redovisning av föreningsbidrag', 'Frågor i e-tjänsten för slutredovisning'],
    counterExamples: ['Mall för slutrapport finns här nedanför.', 'Mall för projektplan', 'Blanketter och dokument'],
  },  {
    // the form named by a compound of the report and its form, a short line with no verb: "Redovisningsblankett 2024",
    // "Projektredovisningsmall", "Slutrapportformulär för projektstöd", "Uppföljningsenkät till bidragsmottagare"
    id: 'report-form-noun-head', where: 'line', meaning: 'form', weight: 2,
    cue: sv(/^(?:[\p{L}\d–-]+[ \t]+){0,3}(?:\p{L}*(?:rapport|redovisnings|rapporterings|uppföljnings)(?:formulär|blankett|mall|enkät)(?:en|et)?|enkät(?=[ \t]+(?:om|till|för|kring|angående)\b))(?:[ \t]+(?!(?:ska|skall|finns|hittar|kan|är|måste|öppnar|skickas|fylls)\b)[\p{L}\d–-]+){0,8}$/iu),
    examples: ['Redovisningsblankett 2024', 'Malmö stads miljöanslag Projektredovisningsmall', 'Slutrapportformulär för projektstöd', 'Uppföljningsenkät till bidragsmottagare', 'Enkät om användningen av statsbidraget 2023'],
    counterExamples: ['Redovisningsblanketten finns på Mina sidor', 'Enkäten skickas ut i maj', 'Enkät', 'Ansökningsblankett för föreningsbidrag', 'Blanketter och mallar', 'Rapportmallen ska användas av alla projekt'],
  },
  {
    // an English report form's own head: "INTERIM PERFORMANCE REPORT", "PROJECT FINAL REPORT", "Interim Report –
    // Information Requested", "Final report template", "REPORT FORM FROM SSF Guidelines for the final report" (dev 1561;
    // "Final Report Form", dev 1231); a bare "Final report" may head a page of instructions
    id: 'report-head-en', where: 'line', meaning: 'form', weight: 2,
    cue: /^(?:report[ \t]+form[ \t]+(?:from|for)[ \t]+(?![^\n]*\bapplication)\p{L}[\p{L}\d ()–-]{2,80}$|project[ \t]+(?:final|interim|progress|annual)[ \t]+report|(?:(?!(?:submit|download|complete|read|see|use|send|return|fill|find|about|how|when|guidelines?|instructions?)\b)\p{Lu}[\p{L}\d&'’.-]*[ \t]+){0,6}(?:final|interim|progress|annual|mid-?term)[ \t]*(?:performance|project|scientific|technical|narrative|financial)(?:[ \t]+and[ \t]+(?:budget|financial|narrative))?[ \t]+report|(?:final|interim|progress|annual|mid-?term)[ \t]+report(?=[ \t]+(?:form|template|checklist)\b|[ \t]+[–—-][ \t]+\p{L})|(?:final|interim|progress|annual)[ \t]+report[ \t]+(?:FY[ \t]?)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?)(?:[ \t]+(?:form|template|checklist))?(?:[ \t]+[–—-][ \t]+\p{L}[\p{L} ]{2,40})?$/iu,
    // (the programme's name in title case may stand before it, the report's two parts joined: "Sustainable Elgin Community Grant
    // Program Final Project and Financial Report", dev 1706, a Form Center web form)
    examples: ['INTERIM PERFORMANCE REPORT', 'PROJECT FINAL REPORT', 'Interim Report – Information Requested', 'InterimPerformance and Budget Report Checklist', 'Final report template', 'REPORT FORM FROM SSF Guidelines for the final report', 'Final Report Form',
      'Sustainable Elgin Community Grant Program Final Project and Financial Report',
      // (the report and its fiscal year, a printed form's head: "FINAL REPORT FY2009", dev 1705; h/forms24)
      'FINAL REPORT FY2009', 'Annual Report 2023/24'],
    counterExamples: ['Final report', 'The final report must be submitted within 30 days.', 'Final report and financial statement are due on 1 March.', 'Report form for applications to the foundation', 'Report form',
      'Submit Your Final Project Report', 'Guidelines Final Narrative Report', 'Community Grant Program Final Report', 'Final Report 2023 deadlines', 'Final report 2023 is due on 1 March'],
  },
  {
    // an English report form named by what it reports on, a short line ending in "report form" (a qualifier in brackets
    // may follow): "END OF PROJECT REPORT FORM" (dev 1605, under the council's and programme's names), "Activity report
    // form (general)" (dev 1606), "Grant Report Form"; a line that sends the reader to the form is a page's
    id: 'named-report-form-head-en', where: 'line', meaning: 'form', weight: 2,
    cue: /^(?!(?:download|see|use|submit|complete|read|send|return|fill|find|the|a|an|our|this|your|application)\b)(?:[\p{L}-]+[ \t]+){1,4}report[ \t]+form(?:[ \t]*\([^()\n]{1,30}\))?$/iu,
    examples: ['END OF PROJECT REPORT FORM', 'Activity report form (general)', 'Grant Report Form'],
    counterExamples: ['Download the Report Form', 'Report form', 'Report form for applications to the foundation', 'Application report form', 'The report form is to be used by all grantees.'],
  },
  {
    // an English report form named by its purpose, a short line with no verb, its round's year after it: "Community Grants
    // Evaluation Form 2024/25" (dev 1698), "End-of-grant monitoring questionnaire" (dev 1703), "Acquittal Form", "Evaluation
    // Report Form"; an application's or a reviewer's form, and a line sending the reader to the form, are not a report's
    id: 'purpose-form-head-en', where: 'line', meaning: 'form', weight: 2,
    cue: /^(?![^\n]*\b(?:application|applicant|proposal|reviewer|assessor|panel|peer|download|guidelines?|instructions?)\b)(?!(?:see|use|submit|complete|read|send|return|fill|find|the|a|an|our|this|your|how|about)\b)(?:[\p{L}\d/-]+[ \t]+){0,5}(?:evaluation|acquittal|monitoring|accountability|completion|end[ -]of[ -](?:grant|project|year))(?:[ \t]+report)?[ \t]+(?:form|questionnaire|template)(?:[ \t]+\d{4}(?:[/–-]\d{2,4})?)?$/iu,
    examples: ['Community Grants Evaluation Form 2024/25', 'End-of-grant monitoring questionnaire', 'Acquittal Form', 'EVALUATION REPORT FORM', '2014/2015 Acquittal Form'],
    counterExamples: ['Application Evaluation Form', 'Download the Acquittal Form', 'Guidelines for the Monitoring Form', 'Reviewer Evaluation Form', 'The acquittal form must be returned within 60 days', 'Evaluation'],
  },
];

/** Questions below a report form's own head that make it a form whatever else the text says. */
export const KIND_HEAD_QUESTIONS = 3;
