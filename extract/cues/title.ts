import { sv } from '../parse/unicode.js';
import { AGENCIES, MONTHS, alternation } from './lexicon.js';
import { FORM_VERSION_LINE } from './form.js';
import { ACT_HEADING, ACT_HEADING_REPEALING } from './references.js';
import type { Cue } from './types.js';

// The title is the document's own heading or the grant name it states, never page chrome: a
// menu item, a cookie or browser notice, a date stamp, an image caption, the agency's or a
// ministry's name alone above a government decision.

/**
 * The lines of an image's metadata block under its caption (dev 1817, a svenskakyrkan.se page: "Sjukhuskyrkan i Örebro" /
 * "Kyrkoåret: Trettonde söndagen efter trefaldighet" / "Rubrik: Medmänniska" / "Foto: Magnus Aronson /Ikon"): a `credit`
 * names the photographer, a `field` another field of the image. A run of such lines holding both is an image's metadata,
 * and the line right above it the image's caption: chrome, never the title (fields/title.ts chrome).
 */
export const IMAGE_METADATA: ReadonlyArray<Cue<'credit' | 'field'>> = [
  {
    id: 'image-credit', where: 'line', meaning: 'credit', weight: 1,
    cue: /^(?:foto|fotograf|bild|photo)\s{0,2}:\s{0,4}\S[^.]{0,80}$/iu,
    examples: ['Foto: Magnus Aronson /Ikon', 'Fotograf: Anna Svensson'],
    counterExamples: ['Foto och film är exempel på kostnader som kan ingå.', 'Bilder: se bilaga 2. Bifoga dem till ansökan.'],
  },
  {
    id: 'image-field', where: 'line', meaning: 'field', weight: 1,
    note: 'one document: the metadata block of dev 1817; no other image metadata block in the dev corpus, the diff texts or the seeds',
    cue: /^(?:rubrik|kyrkoåret|bildtext|motiv|copyright)\s{0,2}:\s{0,4}\S[^.]{0,80}$/iu,
    examples: ['Rubrik: Medmänniska', 'Kyrkoåret: Trettonde söndagen efter trefaldighet diakonins månad'],
    counterExamples: ['Rubrik', 'Ange rubrik på ansökan. Rubriken ska vara kort.'],
  },
];

export const CHROME_LINES: ReadonlyArray<Cue<'chrome'>> = [
  {
    id: 'navigation', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:hoppa till (?:huvud)?innehåll(?:et)?|meny|sök(?: (?:på|i) (?:hela )?(?:webbplatsen|sidan|sajten))?|till startsidan|bidrag|statsbidrag|start|tillbaka|skip to content|läs mer|läs vidare|lyssna|dela|skriv ut|spara favorit|kontakt|kontakta oss|aktuellt|relaterat|innehåll|sidfot|anvisningar|rekvirera nu|ansök nu|publicerad|granskad|pressmeddelande(?:\s+från\s+[\p{L}-]+)?|nyhet|regeringsbeslut)$/iu,
    examples: ['Hoppa till huvudinnehåll', 'Läs mer', 'Regeringsbeslut', 'Spara favorit', 'Sök på webbplatsen'],
    counterExamples: ['Statsbidrag för specialpedagogik för lärande 2019/20', 'Spara favoriter i din webbläsare', 'Sök på webbplatsen efter blanketten för redovisning'],
  },
  {
    // site notices above a page's content: cookies, newsletters, "keep yourself updated", the browser
    id: 'site-notice', where: 'line', meaning: 'chrome', weight: 1,
    cue: /\b(?:kakor|cookies|mejlutskick|nyhetsbrev|prenumerera|håll dig (?:i stället )?uppdaterad|webbläsare|internet explorer|ladda om sidan|laddas om|gå till sidans|innehållet publicerades|statsråd på denna sida|javascript)\b/iu,
    examples: ['Kakor (cookies) Trafikverket använder kakor för att förbättra ditt besök.', 'Du har inte javascript påslaget.'],
    counterExamples: ['Ansök om bidrag för hållbara stadsmiljöer – stadsmiljöavtal'],
  },
  {
    // a site-wide health notice above a page's own heading: "Information om coronaviruset och covid-19",
    // "Skärpta råd gäller i Västra Götaland till och med 13 december. Läs mer" (a grant about the pandemic is named otherwise)
    id: 'health-notice-line', where: 'line', meaning: 'chrome', weight: 1,
    // dev 707 (Skövde); SKR's page footer link, the two names the other way round: "Covid-19 och det nya coronaviruset" (dev 527, 1149)
    // VGR's banner (dev 1793): "Allvarlig coronavirus-smitta i samhället", then "Aktuell information om covid-19 (VGR)"
    cue: /^(?:(?:aktuell\s+|viktig\s+)?information\s+om\s+(?:det\s+nya\s+)?(?:coronaviruset|covid-19)(?:\s+och\s+(?:covid-19|coronaviruset))?(?:\s+\(\p{Lu}{2,6}\))?$|covid-19\s+och\s+det\s+nya\s+coronaviruset$|skärpta\s+(?:allmänna\s+)?råd\s+gäller\b|allvarlig\s+coronavirus-smitta\s+i\s+samhället$|minska\s+smittspridningen\s+genom\s+att\s+hålla\s+avstånd\b)/iu,
    examples: ['Information om coronaviruset och covid-19', 'Skärpta råd gäller i Västra Götaland till och med 13 december. Läs mer', 'Covid-19 och det nya coronaviruset', 'Allvarlig coronavirus-smitta i samhället', 'Aktuell information om covid-19 (VGR)', 'Minska smittspridningen genom att hålla avstånd till andra och stanna hemma vid minsta förkylningssymptom.'],
    counterExamples: ['Krisstöd till kulturen med anledning av covid-19', 'Information om coronaviruset och bidragets villkor för 2021', 'Information om bidraget', 'Covid-19 och det nya coronaviruset påverkar årets bidrag', 'Allvarlig coronavirus-smitta drabbar kulturlivet: sök krisstöd', 'Stöd för att minska smittspridningen genom att hålla avstånd i lokalerna'],
  },
  {
    // a page's date stamp: "Publicerad 3 februari 2023", "Senast uppdaterad: 2024-01-09"
    id: 'dateline', where: 'line', meaning: 'chrome', weight: 1,
    // … and told as a sentence: "Artikeln publicerades 6 december 2023" (dev 1790, levandekulturarv.se)
    cue: /^(?:publicerad|uppdaterad|senast (?:uppdaterad|granskad|ändrad)|granskad|(?:artikeln|sidan|nyheten|inlägget) (?:publicerades|uppdaterades))\b[^.]{0,40}\d{4}(?:-\d\d-\d\d)?$/iu,
    examples: ['Publicerad 3 februari 2023', 'Senast uppdaterad: 2024-01-09', 'Artikeln publicerades 6 december 2023'],
    counterExamples: ['Statsbidrag publicerat för 2024 års insatser', 'Artikeln om bidraget 2023'],
  },
  {
    // the sender above a government decision or a page: "Finansdepartementet", "Regeringsuppdrag från Socialdepartementet", "Tillväxtverket"
    id: 'sender', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:[\p{L}-]*departementet|regeringsuppdrag\s+från\s+[\p{L}-]+|regeringen|regeringskansliet|${alternation(AGENCIES)})$`, 'iu')),
    examples: ['Finansdepartementet', 'Regeringsuppdrag från Socialdepartementet', 'Tillväxtverket'],
    counterExamples: ['Tillväxtverket fördelar stöd till kommuner', 'Regleringsbrev för budgetåret 2007'],
  },
  {
    // a foundation's tagline naming the company it owns, above the page's own heading: "Ägare till Sparbanken Skåne" over
    // "Att ansöka om bidrag" (dev 1806, Sparbanksstiftelsen Färs & Frosta); a proper name only, no sentence
    id: 'owner-tagline', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: dev 1806; no other line of the dev corpus, the diff texts or the seeds holds for the row',
    cue: /^(?:Största\s+ägare|Huvudägare|Ägare)\s+(?:till|av|i)\s+\p{Lu}[\p{L}&-]{0,40}(?:\s+(?:&\s+)?\p{Lu}[\p{L}-]{0,40}){0,3}$/u,
    examples: ['Ägare till Sparbanken Skåne'],
    counterExamples: ['Ägare till enskilda vägar kan söka bidrag', 'Bidrag till ägare av Sparbanken Skåne', 'Ägare till Sparbanken Skåne kan söka bidrag'],
  },
  {
    // markup left in a text export: "<article selex:utfardad_datum=…>"
    id: 'markup', where: 'line', meaning: 'chrome', weight: 1, cue: /^<\/?[a-z][^<>]{0,300}>$/iu,
    examples: ['<article selex:utfardad_datum="2013-11-28" selex:ikraft_datum="2014-01-01">', '</section>'],
    counterExamples: ['Förordning om statsbidrag till försvarshistoriska museiverksamheter'],
  },
  {
    // a government decision's head: "Regeringsbeslut 43 2007-06-20"
    id: 'decision-head', where: 'line', meaning: 'chrome', weight: 1, cue: /^regeringsbeslut(?:\s+[IVX\d:.-]+){0,3}$/iu,
    examples: ['Regeringsbeslut 43 2007-06-20', 'Regeringsbeslut III:20'],
    counterExamples: ['Regeringsbeslut om statsbidrag till kommuner'],
  },
  {
    // a decision's number, date or diary number alone on its line: "III:20", "2014-12-18", "S2014/8929/SAM (delvis)"
    id: 'reference-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:[IVX]+[: ]\d+|\d{4}-\d\d-\d\d|[A-Z]{1,3}\d{4}\/\d+(?:\/[A-Z]+)?(?:\s+\(delvis\))?)$/u,
    examples: ['III:20', '2014-12-18', 'S2014/8929/SAM (delvis)'],
    counterExamples: ['Regleringsbrev för budgetåret 2015'],
  },
  {
    // the same lines run together, with a department's two-letter code: "III:20 2014-12-18",
    // "II 9 2009-12-21", "Fi2009/7942", "Ku2020/02624 (delvis)", "Fi2017/00956/K m.fl."
    id: 'reference-lines', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:(?:[IVX]+[: ]\d+|\d{4}-\d\d-\d\d|[A-ZÅÄÖ][A-Za-zåäö]{0,2}\d{4}\/\d+(?:\/[A-Z]+)?(?:\s+(?:\(delvis\)|m\.fl\.))?)\s*){1,4}$/u,
    examples: ['II 9 2009-12-21', 'Fi2009/7942', 'Ku2020/02624 (delvis)', 'III:20 2014-12-18'],
    counterExamples: ['Regleringsbrev för budgetåret 2015', 'Fi2009 var ett bra år'],
  },
  {
    // the addressee's postal address above a letter: "Box 534 371 23 Karlskrona", "Solna strandväg 10 171 94 SOLNA"
    id: 'postal-address', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^[^.:;]{0,40}\b\d{3}\s?\d{2}\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u,
    examples: ['Box 534 371 23 Karlskrona', 'Solna strandväg 10 171 94 SOLNA', '10630 STOCKHOLM'],
    counterExamples: ['Statsbidrag till 290 kommuner', 'Regleringsbrev för budgetåret 2015 avseende anslag 1:9'],
  },
  {
    // a visiting address alone on its line, in a contact box above the heading (dev 2053, Tierp, fresh68): "Centralgatan 7,
    // Tierp"; a street name's own ending, its number, a town after the comma (or a label before it)
    id: 'street-address', where: 'line', meaning: 'chrome', weight: 1,
    // ("plan" only with the town or the label: "Handlingsplan 2" is a heading, review68)
    cue: sv(/^(?:[Bb]esöksadress:?\s{1,3})?\p{Lu}\p{Ll}{1,30}(?:gatan|vägen|torget|gränd|backen|allén|stråket|leden)\s{1,3}\d{1,3}\s?[A-Za-z]?(?:,\s{0,3}\p{Lu}\p{L}{1,30}(?:\s\p{Lu}\p{L}{1,30})?)?$|^(?:[Bb]esöksadress:?\s{1,3}\p{Lu}\p{Ll}{1,30}plan\s{1,3}\d{1,3}\s?[A-Za-z]?|\p{Lu}\p{Ll}{1,30}plan\s{1,3}\d{1,3}\s?[A-Za-z]?,\s{0,3}\p{Lu}\p{L}{1,30}(?:\s\p{Lu}\p{L}{1,30})?)$/u),
    examples: ['Centralgatan 7, Tierp', 'Besöksadress: Kungsgatan 30',
      // (fresh68 paraphrases in other sites' phrasing, constructed)
      'Stadshusplan 1, Kristinehamn', 'Storgatan 12B'],
    counterExamples: ['Bidrag till föreningar på Storgatan', 'Kulturvägen 2024', 'Projektstöd för Centralgatan 7', 'Handlingsplan 2', 'Åtgärdsplan 3'],
  },
  {
    // a contact box's label for the body's reception or switchboard, above its address (Region Gotland's pages: "Region Gotland" /
    // "Reception och regionupplysning" / "Visborgsallén 19" …, dev 397 and dev 2320; issue 12, fresh78a): the line alone, the
    // service's noun and at most one more joined by "och"; other bodies' labels constructed
    id: 'reception-label', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:reception(?:en)?|växel(?:n)?|kundcenter|kontaktcenter|servicecenter|medborgarservice)(?:\s+och\s+[\p{L}-]{3,30})?$/iu),
    examples: ['Reception och regionupplysning', 'Växel och reception', 'Kontaktcenter', 'Servicecenter och kommunupplysning'],
    counterExamples: ['Reception av nyanlända: stöd till kommuner', 'Bidrag till kontaktcenter för brottsoffer', 'Växelvis boende och bidrag', 'Receptionen är stängd i juli.'],
  },
  {
    // an older decision's head: "Protokoll19 vid regeringssammanträde 2004-06-23Fi2004/2997"
    id: 'protocol-head', where: 'line', meaning: 'chrome', weight: 1, cue: /^protokoll\s*[\dIVX:]*\s+vid\s+regeringssammanträde\b[^.]{0,60}$/iu,
    examples: ['Protokoll19 vid regeringssammanträde 2004-06-23Fi2004/2997', 'Protokoll vid regeringssammanträde 2010-05-12'],
    counterExamples: ['Protokoll vid regeringssammanträde den 12 maj 2010. Regeringen beslutar att fördela medel.'],
  },
  {
    // a page's share and print tools run together on one line: "Dela på Facebook Dela på Twitter Skicka e-post Skriv ut"
    id: 'share-tools', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:(?:dela\s+på\s+\p{L}+|dela|skicka\s+e-post|skriv\s+ut|lyssna|tipsa\s+en\s+vän)\s*){2,8}$/iu,
    examples: ['Dela på Facebook Dela på Twitter Skicka e-post Skriv ut', 'Skriv ut Lyssna'],
    counterExamples: ['Dela ut bidrag till föreningar', 'Skriv ut ansökan och skicka den till oss'],
  },
  {
    // a site's own tool and section lines above a page's heading: the search box's prompt, the home
    // crumb, a news section's name, read-aloud and share tools, a contact tab
    id: 'site-tool-lines', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:vad\s+letar\s+du\s+efter\??|startsida(?:n)?|nyheter|lyssna\s+på\s+sidan(?:\s+lyssna)?|dela\s+sidan(?:\s+på\s+sociala\s+medier)?|kontaktinformation)$/iu,
    examples: ['Vad letar du efter?', 'Startsida', 'Nyheter', 'Lyssna på sidan Lyssna', 'Dela sidan på sociala medier', 'Kontaktinformation'],
    counterExamples: ['Nyheter inom projektstöd: Utlysningar och förstudier', 'Startsidan för föreningsbidrag', 'Kontaktinformation till handläggaren finns i beslutet'],
  },
  {
    // a news archive's labels above a news item's heading, a year and a language code after them, Finnish or Swedish:
    // "Navigeringsmeny" / "Uutiset 2016 sv" / "Nyheter 2016" / "Nyheter 2016" / "Prövningsbaserade statsunderstöd för 2017
    // kan sökas" (dev 1918, ely-keskus.fi: the label was the title, its year the grant's)
    id: 'news-archive-label', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:navigeringsmeny|(?:nyheter|uutiset|nyhetsarkiv|pressmeddelanden|tiedotteet)(?:\s+\d{4})?(?:\s+(?:sv|fi|en))?)$/iu,
    examples: ['Navigeringsmeny', 'Uutiset 2016 sv', 'Nyheter 2016', 'Pressmeddelanden 2021'],
    counterExamples: ['Nyheter 2016 om statsbidrag till kommuner', 'Prövningsbaserade statsunderstöd för 2017 kan sökas', 'Uutiset ja tiedotteet om avustuksista'],
  },
  {
    // the page's tags: "Taggar: Bidrag Fiskevård Havs- och vattenmiljöanslaget"
    id: 'tag-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:taggar|etiketter|nyckelord|ämnesord)\s*:/iu,
    examples: ['Taggar: Bidrag Fiskevård Havs- och vattenmiljöanslaget', 'Nyckelord: statsbidrag, kommuner'],
    counterExamples: ['Utlysning av medel till insatser inom fiskevården 2017', 'Ämne: Bidrag till fiskevård'],
  },
  {
    // a link past the chrome or back up: "Till innehåll på sidan", "Till toppen av sidan", "Hitta på sidan", "Flytta dig till innehållet";
    // two such links run together on one line: "Till navigation Till innehåll"
    id: 'skip-link', where: 'line', meaning: 'chrome', weight: 1,
    // the main and sub menu too ("Till huvudmenyn", "Till undermeny"), and a text's own start ("Gå direkt till textinnehållet")
    // "Fortsätt till innehållet" (dev 1432, 1264, 1278), and a run of four with the menu opener and the article link:
    // "Öppna sidans huvudnavigering Öppna sidans huvudnavigering Hoppa till sidans innehåll Hoppa direkt till artikel" (dev 1423)
    cue: /^(?:(?:(?:gå\s+|hoppa\s+|flytta\s+dig\s+|fortsätt\s+)?(?:direkt\s+)?till\s+(?:sidans\s+)?(?:(?:huvud|text)?innehåll(?:et)?|toppen|navigation(?:en)?|(?:huvud|under)?meny(?:n)?|sök(?:ning(?:en)?)?|artikel(?:n)?)(?:\s+(?:på|av)\s+sidan)?|hitta\s+på\s+sidan|öppna\s+sidans\s+(?:huvud)?(?:navigering|meny))(?:\s+|$)){1,4}(?:\d{1,4}\s+dag(?:ar)?\s+kvar)?$/iu,
    examples: ['Till innehåll på sidan', 'Till toppen av sidan', 'Hitta på sidan', 'Direkt till innehållet', 'Flytta dig till innehållet', 'Hoppa direkt till innehållet', 'Till huvudinnehåll', 'Gå direkt till sidans innehåll', 'Till navigation Till innehåll', 'Till navigation', 'Till huvudmenyn', 'Till undermeny', 'Gå direkt till textinnehållet',
      'Fortsätt till innehållet', 'Fortsätt till huvudinnehållet', 'Öppna sidans huvudnavigering Öppna sidans huvudnavigering Hoppa till sidans innehåll Hoppa direkt till artikel',
      // … with the countdown widget run on after them: "Till navigation Till innehåll" / "22 dagar kvar" (Kulturrådet, diff q269)
      'Till navigation Till innehåll 22 dagar kvar'],
    counterExamples: ['Till innehållet i ansökan hör en budget', 'Flytta dig till Umeå och sök bidrag', 'Hoppa direkt till ansökan om bidrag', 'Till föreningar i Skåne', 'Till navigation och innehåll i e-tjänsten hör en guide',
      'Fortsätt till ansökan om kulturmedel', 'Fortsätt till innehållet i ansökan', 'Öppna sidans huvudnavigering för att hitta bidragen', 'Till artikeln om bidragen i Norrbotten'],
  },
  {
    // a skip link run together with the site's menu on one line: "Gå direkt till textinnehållet Startsida Nyheter Webbkarta
    // Kontakta oss Tillgänglighetsinformation" (every word after the link is a menu item's)
    id: 'skip-link-and-menu', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:gå\s+)?(?:direkt\s+)?till\s+(?:sidans\s+)?(?:huvud|text)?innehåll(?:et)?(?:\s+(?:startsida(?:n)?|nyheter|webbkarta|kontakta\s+oss|kontakt|tillgänglighetsinformation|tillgänglighet|in\s+english|lyssna|sök|meny(?:n)?|e-tjänster))+$/iu,
    examples: ['Gå direkt till textinnehållet Startsida Nyheter Webbkarta Kontakta oss Tillgänglighetsinformation', 'Till innehållet Startsida Sök Meny'],
    counterExamples: ['Gå direkt till textinnehållet om bidrag till föreningar', 'Till innehållet i ansökan hör Nyheter och Webbkarta', 'Tillväxtcheck'],
  },
  {
    // a link home, once or twice on one line: "Till KTH:s startsida Till KTH:s startsida", "Gå till startsidan"
    id: 'home-link', where: 'line', meaning: 'chrome', weight: 1,
    // … and the link's text as a line of its own: "Startsidan för Sandvikens kommuns webbplats" (dev 1318)
    // … and the link named as one, alone on the page's first line: "Länk till startsidan" (dev 2111, Lunds kommun)
    cue: /^(?:(?:länk\s+|gå\s+)?till\s+(?:(?:[\p{L}-]+\s)?[\p{L}-]+(?::s|s)\s+)?startsida(?:n)?(?:\s+|$)){1,3}$|^startsida(?:n)?\s+för\s+[\p{L}:. -]{1,60}?\s(?:webbplats|webbsida|hemsida)$/iu,
    examples: ['Till KTH:s startsida Till KTH:s startsida', 'Gå till startsidan', 'Till Umeå universitets startsida', 'Startsidan för Sandvikens kommuns webbplats',
      'Länk till startsidan', 'Länk till Lunds kommuns startsida', 'Länk till Region Gävleborgs startsida'],
    counterExamples: ['Till startsidan hör en guide för sökande', 'Svenska Institutet', 'Till kommunens startsida och e-tjänster', 'Startsidan för föreningsbidrag', 'Startsidan för bidrag uppdateras varje vecka',
      'Länk till startsidan för ansökan om bidrag'],
  },
  {
    // a sponsor strip read back as the page's first line: "Huvudpartners till Svensk Bilsport" (dev 2112), "Våra
    // samarbetspartners"; the body after "till/för" one to three capitalised words, so a sentence about partners stays
    id: 'partner-strip', where: 'line', meaning: 'chrome', weight: 1,
    // (a bare "Sponsorer" or "Partners" alone is a page's own heading, a kommun's sponsorship page, review70f T11)
    cue: /^(?!(?:[Pp]artners?|[Ss]ponsor(?:er|s))$)(?:[Vv]åra\s+)?(?:[Hh]uvud)?(?:[Ss]amarbets)?(?:[Pp]artners?|[Ss]ponsor(?:er|s))(?:\s+(?:till|för|i)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?$/u,
    examples: ['Huvudpartners till Svensk Bilsport', 'Huvudsponsorer till Svensk Innebandy', 'Våra samarbetspartners'],
    counterExamples: ['Sponsorer', 'Partners', 'Samarbetspartners till Region Skåne kan söka stöd', 'Partners till projekt kan söka bidrag', 'Partnerskap för hållbar utveckling'],
  },
  {
    // a search box's buttons and its prompt read back as lines above the heading: "Stäng sök Stäng", "Du måste ange ett sökord." (dev 1039)
    id: 'search-box-lines', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:stäng(?:\s+sök(?:ning(?:en)?)?)?(?:\s+stäng)?|du\s+måste\s+(?:ange|skriva)\s+(?:ett\s+)?sökord\.?|ange\s+(?:ett\s+)?sökord\.?)$/iu,
    examples: ['Stäng sök Stäng', 'Du måste ange ett sökord.', 'Stäng'],
    counterExamples: ['Stäng ansökan i e-tjänsten', 'Du måste ange ett sökord för att hitta bidraget i katalogen', 'Stängda utlysningar'],
  },
  {
    // the site's account and service links: "Logga in", "Mina sidor"
    id: 'account-links', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:logga\s+in|logga\s+ut|mina\s+sidor|e-tjänster)$/iu,
    examples: ['Logga in', 'Mina sidor'],
    counterExamples: ['Logga in i e-tjänsten och ansök senast 1 mars'],
  },
  {
    // a check that the reader is human, left in a saved page: "Vänligen verifiera att du inte är en robot"
    id: 'bot-check', where: 'line', meaning: 'chrome', weight: 1,
    cue: /\b(?:robot|captcha|recaptcha)\b/iu,
    examples: ['Vänligen verifiera att du inte är en robot', 'Fyll i reCAPTCHA'],
    counterExamples: ['Bidrag till robotteknik i skolan'],
  },
  {
    // a site-wide alert with its link run into it: "Risk för vattenbrist i Skåne länLäs mer på SMHI:s webbplats om aktuellt meddelande."
    id: 'alert-banner', where: 'line', meaning: 'chrome', weight: 1,
    cue: /\p{Ll}(?:Läs mer|Läs vidare)\b|\baktuellt meddelande\b/u,
    examples: ['Risk för vattenbrist i Skåne länLäs mer på SMHI:s webbplats om aktuellt meddelande.', 'Risk för skogsbrand i Uppsala länLäs mer på SMHI:s webbplats om aktuellt meddelande.'],
    counterExamples: ['Lokala naturvårdssatsningen (LONA)', 'Läs mer om bidraget på vår webbplats.'],
  },
  {
    // an FAQ page's section label above the question that heads the page: "Frågor och svar" / "Vad är skäl för återkrav?"
    id: 'faq-section-label', where: 'line', meaning: 'chrome', weight: 1,
    // in the singular too, as SKR's pages have it: "Fråga och svar" (dev 1149)
    cue: /^fråg(?:a|or)\s+och\s+svar$/iu,
    examples: ['Frågor och svar', 'Frågor och Svar', 'Fråga och svar'],
    counterExamples: ['Frågor och svar om statsbidraget för lärcentrum', 'Vad är skäl för återkrav?', 'Fråga och svar om bidraget till studieförbund'],
  },
  {
    // a call's status label above its heading: "Beslutade", "Kommande", "Stängd"; … with the call's bare noun: "Stängd utlysning"
    // above "Bidrag till excellenscenter" (dev 2379, Vetenskapsrådet; issue 12, fresh80a: the status was the title). Only the
    // singular noun alone: a plural ("Kommande utlysningar") heads an overview's list, a named call ("Öppen utlysning 2024:
    // …") is a heading of its own
    id: 'status-label', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:beslutade?|kommande|öppen|öppna|stängd|stängda|pågående|avslutad|avslutade)(?:\s+(?:utlysning|ansökningsomgång))?$/iu,
    examples: ['Beslutade', 'Kommande', 'Stängd', 'Stängd utlysning', 'Kommande utlysning', 'Öppen ansökningsomgång'],
    counterExamples: ['Beslutade bidrag 2020', 'Urbaniseringens utmaningar och möjligheter', 'Kommande utlysningar', 'Öppen utlysning 2024: Hållbara städer'],
  },
  {
    // a countdown widget: "0 dagar kvar", "12 dagar kvar att ansöka"
    id: 'countdown', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\d{1,4}\s+dag(?:ar)?\s+kvar\b/iu,
    examples: ['0 dagar kvar', '12 dagar kvar att ansöka'],
    counterExamples: ['Ansök senast 30 dagar efter beslut'],
  },
  {
    // a page's own date line above its heading: "onsdag 24 april 2024"
    id: 'weekday-dateline', where: 'line', meaning: 'chrome', weight: 1,
    cue: new RegExp(String.raw`^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?\d{1,2}\s+(?:${alternation(Object.keys(MONTHS))})\.?\s+\d{4}$`, 'iu'),
    examples: ['onsdag 24 april 2024', 'Måndag den 15 juli 2024'],
    counterExamples: ['Ansökan ska ha kommit in senast onsdag 24 april 2024 till Sametinget'],
  },
  {
    // a call's window alone on its line, a status box's value above or below the heading: "21 september - 22 november 2022"
    // under "Stängd utlysning" (dev 2379, Vetenskapsrådet; issue 12, fresh80a: with the status line chrome the range was the
    // next title candidate). Only the two days and their year, nothing else on the line
    id: 'window-range-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: new RegExp(String.raw`^(?:den\s+)?\d{1,2}\s+(?:${alternation(Object.keys(MONTHS))})\.?(?:\s+\d{4})?\s*(?:–|—|-|till(?:\s+och\s+med)?)\s*(?:den\s+)?\d{1,2}\s+(?:${alternation(Object.keys(MONTHS))})\.?\s+\d{4}$`, 'iu'),
    examples: ['21 september - 22 november 2022', '1 mars – 15 april 2025', '3 februari 2025 till och med 14 mars 2025'],
    counterExamples: ['1 mars – 15 april 2025: ansökan om projektbidrag', 'Stöd till kulturarrangemang 1 mars – 15 april 2025'],
  },
  {
    // an image caption with its photo credit: "Gammal tall. Foto: Johan Nitare", "Bild: Länsstyrelsen"
    id: 'photo-credit', where: 'line', meaning: 'chrome', weight: 1,
    // … or with its copyright after a dash: "Sommar i Mellansjölandet - Foto och copyright Rasmus Axelsson" (dev 1223), "Foto © Anna Ek"
    cue: sv(/\b(?:[Ff]oto|[Ff]otograf|[Bb]ild|[Ii]llustration)(?:\s*:|\s+(?:och|&)\s+copyright:?|\s*©)\s*\p{Lu}[\p{L}.-]*(?:,?\s+\p{Lu}[\p{L}.-]*){0,3}\s*$/u),
    examples: ['Gammal tall. Foto: Johan Nitare', 'Stormfälld skog. Bild: Skogsstyrelsen', 'Närbild. Skylt vid busshållplats. Foto: Mostphotos, Roland Magnusson', 'Sommar i Mellansjölandet - Foto och copyright Rasmus Axelsson', 'Ängsmark i juni. Foto © Anna Ek'],
    counterExamples: ['Skogens miljövärden', 'Bifoga fotodokumentation: före och efter åtgärden', 'Foto och copyright – regler för bilder i din ansökan', 'Bidrag till foto och film för unga'],
  },
  {
    // an image's caption led by its label, telling what the picture shows: "Foto: 2017 års kulturstipendiater och
    // kulturpristagare samlade i samband med regionfullmäktige i Bollnäs 2017." (diff q342). Its year is the picture's,
    // never the grant's; never a label followed by an instruction ("Foto: bifoga en bild av platsen", a form's field)
    id: 'photo-caption', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:[Ff]oto|[Bb]ild|[Bb]ilden|[Ii]llustration)\s?:\s(?![\p{L}-]{0,20}(?:[Ss]tipendi(?:um|et|er|erna)?|[Bb]idrag(?:et|en)?|[Ss]töd(?:et)?|[Pp]ris(?:et)?|[Mm]edel|[Uu]tlysning(?:en)?)(?![\p{L}]))(?!.{0,200}\b(?:ska|skall|måste|bifoga|bifogas|ansök|ansöka|skicka|skickas|lämna|lämnas|kan|får|behöver|bör)\b)(?=.{0,200}\b(?:samlade|syns|under|vid|på|från|med|i)\b)[^\n]{20,200}$/u),
    examples: ['Foto: 2017 års kulturstipendiater och kulturpristagare samlade i samband med regionfullmäktige i Bollnäs 2017.', 'Bild: Årets stipendiater vid utdelningen i stadshuset 2023.', 'Foto: Deltagare på ett läger som fått bidrag under sommaren 2022'],
    counterExamples: ['Foto: bifoga en bild av platsen före och efter åtgärden.', 'Bild: ansökan ska innehålla minst två bilder från 2024.', 'Foto: Johan Nitare', 'Kulturstipendier och kulturpris',
      // (review72b t1, t2: a grant's own heading led by its art form's label)
      'Foto: Stipendium för unga fotografer i Norrbotten', 'Bild: stöd till konstnärer med ateljé i Umeå'],
  },
  {
    // a cookie banner's buttons left above the heading: "Acceptera alla", "Godkänn", "Neka"
    id: 'cookie-buttons', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:(?:acceptera|godkänn|neka|avvisa|tillåt)(?:\s+(?:alla|nödvändiga|valda))?|endast\s+nödvändiga|jag\s+förstår|anpassa\s+inställningar)$/iu,
    examples: ['Acceptera alla', 'Godkänn', 'Endast nödvändiga', 'Jag förstår'],
    counterExamples: ['Godkännande av återrapporteringen', 'Acceptera villkoren för bidraget'],
  },
  {
    // a site's notification badge and its cookie banner's link, left above the heading: "information (1)", "Lär dig mer"
    id: 'badge-learn-more', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: every example is from dev 1133; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: /^(?:(?:information|meddelanden|notiser|aviseringar)\s*\(\d{1,3}\)|lär\s+dig\s+mer(?:\s+om\s+(?:kakor|cookies))?)$/iu,
    examples: ['information (1)', 'Lär dig mer'],
    counterExamples: ['Information om bidraget', 'Lär dig mer om hur du ansöker om stöd', 'Bilaga (1)'],
  },
  {
    // a printed form's version or print line: "Blankett Lägesrapport version1 2011-04-04" (its date is no grant year)
    id: 'form-version-line', where: 'line', meaning: 'chrome', weight: 1, cue: FORM_VERSION_LINE.cue,
    examples: ['Blankett Lägesrapport version1 2011-04-04', 'Formulär redovisning v.3 2019-05-02'],
    counterExamples: ['Blankett för redovisning av projektbidrag 2019'],
  },
  {
    // an unfilled placeholder of a web template: "$left", "$middle"
    id: 'template-placeholder', where: 'line', meaning: 'chrome', weight: 1, cue: /^\$[a-z_]{2,20}(?:\s+\$[a-z_]{2,20})*$/iu,
    examples: ['$left', '$left $middle'],
    counterExamples: ['$ 500 per deltagare', 'Skicka in handlingar - viktiga datum'],
  },
  {
    // a document-sharing site's frame around a transcript: "Storlek: px", "Starta visningen från sidan:", "Transkript"
    id: 'doc-share-frame', where: 'line', meaning: 'chrome', weight: 1,
    // (and a flip-book site's upload date with its view count, "14.05.2014 Views", and its buttons: the date is no grant year)
    cue: /^(?:storlek:\s*px|starta visningen från sidan:?|transkript|save this pdf as:?|word\s+png\s+txt\s+jpg|advertisement|download\s+".{0,200}"|(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,3}(?:[ ,.]\d{3})*)\s+views|show\s+(?:more|less))$/iu,
    examples: ['Storlek: px', 'Starta visningen från sidan:', 'Transkript', 'Download "Handbok för rapportering"', '14.05.2014 Views', '1 views', 'SHOW MORE'],
    counterExamples: ['Handbok för rapportering', 'Transkript av intervjuer bifogas redovisningen.', 'Views on the grant programme 2014', 'Show more interest in the programme'],
  },
  {
    // a logo's alt text left above the heading: "Logotyp Jordbruksverket", "Logotyp på utskrifter"
    id: 'logo-alt', where: 'line', meaning: 'chrome', weight: 1,
    // … or a one-word compound alone on its line, "eu-logotyp", after the agency's name on the line above (dev 2136,
    // "Tillväxtverket\neu-logotyp", Tillväxtverket's EU pages; calls70), "EU-logga"; the name only as an agency's noun
    cue: /^(?:[Ll]ogotype?|[Ll]ogotypen|[Ll]ogo|[Ll]ogga|LOGOTYPE?|LOGOTYPEN|LOGO|LOGGA)(?:\s|$)|^(?:\p{Lu}\p{L}{1,30}(?:verket|myndigheten|rådet|styrelsen|nämnden|fonden|institutet|kollegiet)\s+)?\p{L}{1,20}-(?:logotype?n?|logo|logga)$/u,
    examples: ['Logotyp Jordbruksverket', 'Logotyp på utskrifter', 'Logotype Mellansjölandet', 'eu-logotyp', 'EU-logga', 'Region-logotypen', 'Tillväxtverket eu-logotyp', 'Jordbruksverket EU-logga', 'LOGO Region Halland'],
    counterExamples: ['Biologisk mångfald på åkermark', 'Logotyper och grafisk profil för föreningar', 'EU-logotypen ska synas på allt material', 'eu-logotyp och ansökan', 'Använd EU-logotypen'],
  },
  {
    // a site search's result count and its more-button read back above the page: "Viser resultat 1- af", "Vis flere resultater"
    // (dev 1767, a Danish kommune's page), "Visar resultat 1–10 av 24"
    id: 'search-result-count', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:viser|visar)\s+resultat(?:er)?\s+\d{1,4}[ \t]*[-–]?[ \t]*\d{0,4}[ \t]*(?:af|av|of)?(?:[ \t]*\d{1,5})?$|^(?:vis|visa)\s+fl(?:ere|er)\s+resultat(?:er)?$/iu,
    examples: ['Viser resultat 1- af', 'Vis flere resultater', 'Visar resultat 1–10 av 24'],
    counterExamples: ['Viser resultatet af projektet', 'Visa fler resultat av projektet i rapporten'],
  },
  {
    // a logo's alt text naming its owner on both sides, as a web page's header reads back: "Riksantikvaren logo Riksantikvaren"
    // (dev 1770); the owner's name in capitals, the line no sentence
    id: 'logo-alt-named', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Lu}[\p{L}-]{1,40}(?:[ \t]\p{Lu}[\p{L}-]{1,40}){0,2}[ \t]+logo[ \t]+\p{Lu}[\p{L}-]{1,40}(?:[ \t]\p{Lu}[\p{L}-]{1,40}){0,2}$/u,
    examples: ['Riksantikvaren logo Riksantikvaren'],
    counterExamples: ['Ladda ner vår logo här', 'Bruk av Riksantikvaren logo i trykksaker', 'Riksantikvaren'],
    note: 'one document: dev 1770 (Riksantikvaren); no second page in the corpus reads a logo\'s alt text back this way',
  },
  {
    // a site's name read back twice on one line, a logo's alt text and the name beside it, above the heading: "Region Örebo county
    // Region Örebo county" (dev 2437 and diff q351, Region Örebro län's English pages), "Region Örebro bezirk Region Örebro bezirk"
    // (dev 1410), "Region Örebro län Region Örebro län" (dev 2332), "Region Västmanland logotyp Region Västmanland logotyp" (dev 570),
    // "Logotyp för webbplatsen Logotyp för webbplatsen" (diff q350): the same two to six words twice and nothing else
    id: 'site-name-twice', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(\p{Lu}[\p{L}-]{1,30}(?:[ \t][\p{L}-]{1,30}){1,5})[ \t]+\1$/u,
    examples: ['Region Örebo county Region Örebo county', 'Region Örebro bezirk Region Örebro bezirk', 'Region Västmanland logotyp Region Västmanland logotyp', 'Logotyp för webbplatsen Logotyp för webbplatsen'],
    counterExamples: ['Bidrag till föreningar Bidrag till kulturarrangemang', 'Region Örebro län', 'Stöd stöd', 'Främjandestöd teater'],
  },
  {
    // a news item's date badge above its heading, the day and the month only (the reader joins the badge's two lines): "23 okt"
    // above "Sök stöd från Statens Kulturråd senast 3-5 november" (dev 2439, Visit Värmland), "5 mars", "12 december" — no
    // year and nothing else on the line; never a title
    id: 'date-badge', where: 'line', meaning: 'chrome', weight: 1,
    cue: new RegExp(String.raw`^\d{1,2}\s+(?:${alternation(Object.keys(MONTHS))})\.?$`, 'iu'),
    examples: ['23 okt', '5 mars', '12 december'],
    counterExamples: ['23 oktober 2020', 'Sista dag 23 okt', '23 okt: ansökan stänger'],
  },
  {
    // a header image's alt text read back as the page's first line: the owner's name in capitals and "Header" or "Banner"
    // ("Gannochy Trust Header" above "Gannochy Trust Reporting Guidelines", dev 2404, h/forms80); the line no sentence, every
    // word capitalised as a name is
    id: 'header-image-alt', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Lu}[\p{L}&'.-]{1,40}(?:[ \t]+\p{Lu}[\p{L}&'.-]{1,40}){0,4}[ \t]+(?:Header|Banner|Masthead)(?:[ \t]+(?:Image|Logo|Graphic|Picture))?$/u,
    examples: ['Gannochy Trust Header', 'Community Foundation Banner Image', 'Arts Council Masthead'],
    counterExamples: ['Header', 'Gannochy Trust Reporting Guidelines', 'How to write a header', 'Kulturbidrag Banner för evenemang'],
  },
  {
    // a product image's alt text left above the heading, a lower-case common noun and the owner's initials: "tygkasse UiK"
    // (dev 2090, Ung i Kör, instr69: a tote bag in the page's header); a heading starts with a capital, and initials with two
    // capitals (UiK, UNF, RFSU) are no word of a heading's own
    id: 'merch-alt-initials', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Ll}{3,30}(?:[ \t]\p{Ll}{1,30})?[ \t]+\p{Lu}\p{Ll}{0,2}\p{Lu}\p{L}{0,4}$/u,
    examples: ['tygkasse UiK',
      // (instr69 paraphrases in other bodies' phrasing, constructed)
      'ryggsäck UNF', 'kaffemugg med RFSU'],
    counterExamples: ['För våra distriktsstyrelser', 'Tygkasse UiK', 'eTjänst för RF', 'tygkasse', 'bidrag till föreningar'],
  },
  {
    // an icon font's glyphs read back as letters, a line of single lower-case letters: "r r r" (dev 1770, above the logo)
    id: 'icon-glyphs', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:\p{Ll}[ \t]){2,8}\p{Ll}$/u,
    examples: ['r r r', 'a b c d'],
    counterExamples: ['r r', 'i och med', 'R R R'],
  },
  {
    // a printed page's number in its header or footer: "Page | 1" (dev 1759, a sharing site's copy of a Word form)
    id: 'page-number', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:page|sida|side)[ \t]*\|[ \t]*\d{1,3}$/iu,
    examples: ['Page | 1', 'Sida | 2'],
    counterExamples: ['Page 1 of the form', 'Sida 2: Ekonomisk redovisning'],
  },
  {
    // an image's alt text read as a line: "Region Östergötland Bilden visar två personer som …", "Bild på Anne Hederén"
    id: 'image-alt', where: 'line', meaning: 'chrome', weight: 1,
    // … or a common noun, a short line of words only (no sentence, no dash or colon of a real heading): "Bild på
    // keyboardspelareBild på keyboardspelare…" (dev 2063, Kulturrådet's Kreativa Europa page, the alt text repeated and glued)
    // (the common noun only with what an alt text describes: a number or an article before it, a "som" clause after it, or
    // the text run into itself; "Bild på kulturarvet" alone may be a photo grant's heading, review68)
    // … or a whole alt sentence glued to its own repeat, "Närbild på händer som spelar keyboard i en studio.Närbild på händer …"
    // (dev 2131, Kulturrådet; calls70): the period run into the next "(När)bild på" with no space is no heading's
    cue: sv(/\b[Bb]ilden\s+visar\b|^[Bb]ild\s+på\s+\p{Lu}|^[Bb]ild\s{1,2}på\s+(?:(?:en|ett|två|tre|fyra|några|flera)\s+\p{Ll}[\p{L}-]{0,40}(?:\s+[\p{L}-]{1,40}){0,6}|\p{Ll}[\p{L}-]{0,40}\s+som(?:\s+[\p{L}-]{1,40}){1,6}|\p{Ll}\p{L}{0,40}Bild\s+på[^\n]{0,400})$|^(?:[Nn]ärb|[Bb]|[Ff]otob)ild\s+på\s+\p{Ll}[^\n.]{0,160}\.(?:[Nn]ärb|[Bb]|[Ff]otob)ild\s+på\s/u),
    // dev 249 (Region Östergötland) and dev 1260 (Mjölby's coat of arms above the heading; left57's second phrasing)
    examples: ['Region Östergötland Bilden visar två personer som är ute och vandrar i naturen.', 'Bild på Anne Hederén',
      'Bild  på Mjölby kommuns vapensköld som även länkar till startsidan för Mjölby kommun',
      'Bild på keyboardspelareBild på keyboardspelareBild på keyboardspelare', 'Bild på en kör som sjunger', 'Bild på barn som leker i parken',
      'Närbild på händer som spelar keyboard i en studio.Närbild på händer som spelar keyboard i en studio.',
      'Fotobild på en dansare på scen.Fotobild på en dansare på scen.', 'Bild på elever i ett klassrum.Bild på elever i ett klassrum.'],
    counterExamples: ['Natur- och friluftsliv', 'Bilda en förening och sök bidrag', 'Bild på ansökan ska bifogas.', 'Bild på stan – fotobidrag 2024',
      'Bild på barn: så söker du bidraget', 'Bild på kulturarvet', 'Närbild på naturen. Bild på djuren – fotostipendium 2024', 'Närbild på händer som spelar keyboard i en studio.'],
  },
  {
    // a site's audience menu item alone on its line above the heading: "För proffs" (dev 2068, Varha), "För vårdpersonal",
    // "För yrkesverksamma" (a page's section for professionals); a heading that goes on ("För föreningar som söker bidrag") is none
    id: 'audience-menu-item', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^[Ff]ör\s+(?:proffs|professionella|vårdpersonal|yrkesverksamma|vårdgivare|patienter|invånare|privatpersoner|medarbetare|press|media|journalister)$/u,
    examples: ['För proffs', 'För vårdpersonal', 'För yrkesverksamma', 'För invånare'],
    counterExamples: ['För föreningar som söker bidrag', 'För att söka bidrag', 'För yrkesverksamma inom kulturen: nytt stipendium'],
  },
  {
    // a site's language chooser above the content: "Här kan du välja vilket språk du vill läsa vår hemsida på. Vi använder Google Translate …"
    id: 'language-chooser', where: 'line', meaning: 'chrome', weight: 1,
    // Kiruna's Swedish notice (dev 306) and Mariehamn's English one (diff q80)
    // … and the translate button's own line above it (dev 2280, regeringen.ax: "Translate this page to another language"; issue 12, fresh76c)
    // (… its bare label too, "Translate site" above Lindesberg's heading, dev 2314; issue 12, fresh78a)
    cue: sv(/\bvälja\s+(?:vilket\s+)?språk\b|\bgoogle\s+translate\b|^(?:select|choose)\s+language\b|^translate\s+(?:this\s+)?(?:page|site|website)\b|^översätt\s+(?:denna|den\s+här)\s+(?:sida|webbplats)\s+till\s+(?:ett\s+)?annat\s+språk\b/iu),
    examples: ['Här kan du välja vilket språk du vill läsa vår hemsida på. Vi använder Google Translate vid översättning av innehållet på webbplatsen.', 'This is a service provided by Google Translate. Please note that by using it, Mariehamns stad cannot guarantee the accuracy of the translation.',
      'Translate this page to another language', 'Translate this website', 'Translate site', 'Translate page', 'Översätt denna sida till ett annat språk'],
    // adversarial (fresh76c): a grant for translation, a heading that names translating as the funded work
    counterExamples: ['Ansökan kan skrivas på valfritt språk.', 'Bidrag till översättning av litteratur', 'Översätt denna sida av kulturarvet: stöd till översättningsprojekt 2024', 'Translation grants for Swedish literature 2025'],
  },
  {
    // an archive site's notice above the page: "Webbplatsen arkiv.interreg-oks.eu innehåller information om … programperioden 2014-2020."
    id: 'archive-notice', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: every example is from dev 307; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/^(?:webbplatsen|den\s+här\s+webbplatsen|denna\s+webbplats)\s+(?:[\p{L}\d-]+\.)*[\p{L}\d-]+\s+(?:innehåller\s+information|är\s+(?:ett|en)\s+arkiv)\b|^besök\s+(?:[\p{L}\d-]+\.)+[\p{L}]+(?:\s+länk\s+till\s+annan\s+webbplats\.?)?\s+för\s+information\s+om\b/iu),
    examples: ['Webbplatsen arkiv.interreg-oks.eu innehåller information om Interreg Öresund-Kattegat-Skagerrak, programperioden 2014-2020.', 'Besök interreg-oks.eu Länk till annan webbplats. för information om programmet 2021-2027.'],
    counterExamples: ['Lägesrapport/Slutrapport', 'Webbplatsen för ansökan öppnar den 1 mars.'],
  },
  {
    // the site's banner: the body's name alone above the page's heading ("Kiruna kommun", "Estlandssvenskarnas
    // Kulturförvaltning", "Region Gotland"); never a grant's name, which says what the money is for
    id: 'body-banner', where: 'line', meaning: 'chrome', weight: 1,
    // (a founder couple's name, "Wilhelm och Martina Lundgrens stiftelser"; a region of two names, "Region Jämtland Härjedalen");
    // a federation named ("Skånes Idrottsförbund", "Idrottsförbundet"), not a kind of body alone ("Studieförbund", dev 670: the page's heading)
    // (… or the banner's name twice, the same name — never two bodies of a joint call, "Lunds kommun Malmö stad", review78a B1 —
    // a logo's text beside the site's name: "Region Örebro län Region Örebro län" above "Extra stöd för
    // att stötta människor på flykt från krig", dev 2332, fresh78b)
    cue: sv(/^(?:\p{Lu}[\p{L}-]+\s+(?:och\s+)?){1,3}(?:kommun|stad|län|landsting|stiftelser?)$|^((?:\p{Lu}[\p{L}-]+\s+){1,3}(?:kommun|stad|län|landsting))\s+\1$|^(?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]*(?:förvaltning|förvaltningen|stiftelse|stiftelsen|förbundet)$|^\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]*förbund$|^Region\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$|^\p{Lu}\p{Ll}{2,}regionen$/u),
    // (a kommunalförbund named for its seat, one word: "Boråsregionen", dev 1451, the site's name above "Redovisning och rekvirering av utvecklingsprojekt")
    examples: ['Kiruna kommun', 'Estlandssvenskarnas Kulturförvaltning', 'Region Gotland', 'Lisi Wahls stiftelse', 'Wilhelm och Martina Lundgrens stiftelser', 'Region Jämtland Härjedalen', 'Skånes Idrottsförbund', 'Idrottsförbundet', 'Boråsregionen',
      'Region Örebro län Region Örebro län', 'Västerås stad Västerås stad'],
    counterExamples: ['Krav på ekonomisk redovisning', 'Bidrag till Kiruna kommun', 'Kulturstöd i Region Gotland 2024', 'Stiftelsen', 'Studieförbund', 'Utvecklingsmedel i Boråsregionen', 'Regionen',
      'Region Örebro län stödjer sociala innovationer i länet', 'Bidrag till Örebro län från Region Örebro län', 'Föreningsstöd Västerås stad 2025', 'Lunds kommun Malmö stad'],
  },
  {
    // an English body's name alone in capitals above the document's own name: "LANE ARTS COUNCIL" over "Project Evaluation
    // Form 2017-2018", "SOUTHEAST TEXAS ARTS COUNCIL" over "EVALUATION REPORT FORM (ERF) INSTRUCTIONS" (dev 2007, 2015,
    // h/forms66); never a line naming a grant or a report, which says what the document is
    id: 'body-banner-en', where: 'line', meaning: 'chrome', weight: 1,
    // (the title finder reads a line in capitals in sentence case, "Southeast texas arts council": both spellings)
    cue: /^(?![^\n]{0,80}\b(?:[Gg]rants?|GRANTS?|[Aa]pply|APPLY|[Aa]pplications?|[Ff]rom|FROM|[Ff]unding|[Ff]unds?|FUNDS?|[Aa]wards?|[Ff]or|FOR|[Tt]o|TO)\b)(?:\p{Lu}[\p{Lu}'’&.-]*[ \t]+){1,5}(?:COUNCIL|FOUNDATION|TRUST|COMMISSION|SOCIETY|ASSOCIATION)$|^(?![^\n]{0,80}\b(?:[Gg]rants?|GRANTS?|[Aa]pply|APPLY|[Aa]pplications?|[Ff]rom|FROM|[Ff]unding|[Ff]unds?|FUNDS?|[Aa]wards?|[Ff]or|FOR|[Tt]o|TO)\b)\p{Lu}[\p{Ll}'’&.-]*(?:[ \t]+[\p{Ll}'’&.-]+){0,4}[ \t]+(?:council|foundation|trust|commission|society|association)$/u,
    // (never a heading that says what the body gives or asks: "Grants from the foundation", "Apply to the trust", review70f T4, T5, T15)
    examples: ['LANE ARTS COUNCIL', 'SOUTHEAST TEXAS ARTS COUNCIL', 'HARPUR TRUST', 'Southeast texas arts council'],
    counterExamples: ['COMMUNITY ARTS GRANT', 'Lane Arts Council', 'FINAL REPORT FORM', 'ARTS COUNCIL GRANTS 2018', 'Grants from the foundation', 'Apply to the trust', 'Small grants from the council'],
  },
  {
    // a site's welcome banner above the page's heading: "Welcome to the Community Fund web site*" (dev 2016, h/forms66);
    // never a welcome to a call or a meeting, which names no site
    id: 'site-welcome', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^welcome\s+to\s+(?:the\s+|our\s+)?(?:[\p{L}&'’-]+\s+){0,6}?(?:web\s?site|site|portal)\b[^\n]{0,20}$/iu,
    examples: ['Welcome to the Community Fund web site*', 'Welcome to our website', 'Welcome to the Arts Council grants portal'],
    counterExamples: ['Welcome to the 2024 grant round', 'Welcome to apply for the Community Fund', 'Welcome to our annual meeting'],
  },
  {
    // the last line of a cookie banner: "Du kan när du vill ändra dina inställningar."
    id: 'settings-notice', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/\bändra\s+dina\s+(?:inställningar|val)\b|\bgodkänner\s+du\s+att\s+vi\b/iu),
    examples: ['Du kan när du vill ändra dina inställningar.', 'Genom att fortsätta ditt besök godkänner du att vi använder kakor.'],
    counterExamples: ['Du kan ändra din ansökan fram till sista ansökningsdag.', 'Stöd för bygdens utveckling'],
  },
  {
    // more skip links, in English, with a verb, or with the keyboard shortcut run into it:
    // "skip to Main Content", "Navigera till sidans huvudinnehåll", "Till Startsidan(Snabbkommando: Alt+ 1)"
    id: 'skip-link-variants', where: 'line', meaning: 'chrome', weight: 1,
    // (a Norwegian or Danish site's: "Gå til hovedinnholdet", "Gå til innholdet" (dev 1770, 1771), "Spring til indhold"),
    // and the Finland-Swedish "Förbigå menyn" (dev 1732, Vasa stad)
    cue: /^(?:skip\s+to\s+(?:main\s+)?content|navigera\s+till\s+(?:sidans\s+)?(?:huvud)?innehåll(?:et)?|till\s+startsidan\s*\([^()]{0,40}\)|(?:gå|hopp|spring)\s+(?:direkte\s+)?til\s+(?:hoved)?(?:innhold|indhold)(?:et)?|förbigå\s+(?:menyn|navigeringen|navigationen))$/iu,
    examples: ['skip to Main Content', 'Navigera till sidans huvudinnehåll', 'Till Startsidan(Snabbkommando: Alt+ 1)', 'Gå til hovedinnholdet', 'Gå til innholdet', 'Spring til indhold', 'Förbigå menyn'],
    counterExamples: ['Navigera till rätt bidrag med vår guide', 'Till föreningar i Jönköpings län', 'Gå til innholdet i søknaden', 'Hopp til hovedinnholdet i rapporten', 'Förbigå menyn och sök bidraget direkt'],
  },
  {
    // a news item's category label and its publication line above or for the heading: "Artikelkategorier: Arkiv Nyheter"
    // (dev 1732, Vasa stad), "Artikeln publicerades 6 december 2023" (dev 1736, levandekulturarv.se)
    id: 'article-label-lines', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:artikelkategori(?:er)?\s*:[^\n]{0,60}|artikeln\s+(?:publicerades|publicerad|uppdaterades|uppdaterad)\s+(?:den\s+)?\d{1,2}\s+\p{L}{3,9}\s+\d{4})$/iu,
    examples: ['Artikelkategorier: Arkiv Nyheter', 'Artikeln publicerades 6 december 2023', 'Artikeln uppdaterades den 14 mars 2022'],
    counterExamples: ['Artikeln beskriver hur du söker bidrag', 'Artikelkategorier och bidrag för föreningar 2023 — så söker du'],
  },
  {
    // a kommun site's top section named above the page's own heading, alone or after the news item's date and before
    // its tag: "Uppleva och göra" (dev 1626, Mörbylånga), "UPPLEVA & GÖRA" (dev 1260, Mjölby), "2019-03-22 Uppleva och
    // göra | Info" (dev 1616, Ekerö); the other usual top sections of a kommun's site the same
    id: 'site-section', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:\d{4}-\d\d-\d\d\s+)?(?:uppleva|bo|kultur|kommun|näringsliv|omsorg|utbildning|trafik)\s+(?:och|&)\s+(?:göra|leva|fritid|politik|arbete|hjälp|barnomsorg|förskola|infrastruktur)(?:\s*\|\s*\p{L}+)?$/iu,
    examples: ['Uppleva och göra', 'UPPLEVA & GÖRA', '2019-03-22 Uppleva och göra | Info', 'Kultur och fritid'],
    counterExamples: ['Bidrag till föreningar för sommarlovsaktiviteter', 'Kultur och fritid för unga 2024', 'Uppleva och göra i sommar – sök bidrag'],
  },
  {
    // a press service's stamp glued to its label above the heading: "2021-03-01 11:53Pressmeddelande" (dev 1675, Ystad on
    // notified), "2009-05-26 15:17Pressmeddelande" (dev 1412), "2020-09-09 06:00 Pressmeddelande"
    id: 'press-service-stamp', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\d{4}-\d\d-\d\d\s+\d{1,2}[:.]\d\d\s*(?:pressmeddelande|nyhet|pressinbjudan|nyheter)$/iu,
    examples: ['2021-03-01 11:53Pressmeddelande', '2009-05-26 15:17Pressmeddelande', '2020-09-09 06:00 Pressmeddelande'],
    counterExamples: ['2021-03-01 Tillfälligt kulturstöd till ideella föreningar', 'Pressmeddelande: 11:53 miljoner till föreningar'],
  },
  {
    // a news archive's month label above the heading, alone on its line: "Mars" over "Nytt föreningsbidrag för
    // föreningar med egna anläggningar" (dev 1673, Nacka's news of March 2018); no grant is titled by a month alone
    id: 'archive-month-label', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/iu,
    examples: ['Mars', 'november'],
    counterExamples: ['Mars 2018: nytt föreningsbidrag', 'Sommarlovsbidrag juni–augusti'],
  },
  {
    // a kommun site's personal-page link and its teaser bullet above the heading: "Mitt Nacka" / "…så får du upptäcka
    // spännande evenemang i din närhet." (dev 1673; Nacka's pages twice each)
    id: 'my-kommun-link', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:mitt|mina)\s+\p{L}+$|^(?:•\s*)?…\s*så\s+får\s+du\s+/iu,
    // … and a login box's link to one's own pages: "Mina bidrag" over "Glömt lösenord" (dev 1276, Sölvesborg; left57's second phrasing)
    examples: ['Mitt Nacka', '• …så får du upptäcka spännande evenemang i din närhet.', 'Mina bidrag'],
    counterExamples: ['Mitt bidrag till föreningslivet', 'Så får du bidrag till din förening'],
  },
  {
    // a site's top menu saved as one line, its items set apart by two or more spaces: "Meny  Sök  Lyssna  Translate", "Bo och
    // leva  Fritid  Kommun och politik", "Om stiftelsen  Sök bidrag  Beviljade projekt  Kontakt", "Home  About us  Our grants
    // News  Contact" (review73e A, B, O, S): every item capitalised, one to three words, no digit, no punctuation; a PDF heading
    // set with wide spaces has small words between ("Anvisningar  för  statsbidrag") and stays a heading
    id: 'menu-run', where: 'line', meaning: 'chrome', weight: 1,
    // … at least three items (review74d T1, T3, T4: a PDF's title and its subtitle set apart by wide spaces, "Small Grants
    // Programme  Guidelines for Applicants", "Kulturstipendium  Ansökan", are two), none a small word set in title case
    // ("Riktlinjer  För  Föreningsbidrag", review74d T2); two items only of a site's own words, a language switch or a menu button ("Svenska  Suomeksi", "Hovedmeny  Søk",
    // review73e G, I)
    cue: /^(?!.*(?:^| {2})(?:För|Till|Och|Om|Med|Av|I|På|For|Of|And|The|To|In|On)(?: {2}|$))\p{Lu}[\p{L}&-]{0,30}(?: [\p{L}&-]{1,30}){0,2}(?: {2,6}\p{Lu}[\p{L}&-]{0,30}(?: [\p{L}&-]{1,30}){0,2}){2,9}$|^(?:Svenska|Suomeksi|Suomi|English|Deutsch|Norsk|Dansk|Davvisámegiella|Meänkieli|Meny|Hovedmeny|Huvudmeny|Menu|Main menu|Sök|Søk|Søg|Search|Lyssna|Lytt|Translate|Logga in|Log in|Logg inn)(?: {2,6}(?:Svenska|Suomeksi|Suomi|English|Deutsch|Norsk|Dansk|Davvisámegiella|Meänkieli|Meny|Hovedmeny|Huvudmeny|Menu|Main menu|Sök|Søk|Søg|Search|Lyssna|Lytt|Translate|Logga in|Log in|Logg inn)){1,5}$/u,
    examples: ['Meny  Sök  Lyssna  Translate', 'Bo och leva  Fritid  Kommun och politik', 'Hem  Omsorg  Kultur och fritid  Kommun och politik', 'Start  Om oss  Ansök  Beviljade bidrag',
      'Home  About us  Our grants  News  Contact', 'Borger  Erhverv  Politik', 'Svenska  Suomeksi', 'Svenska  English', 'Hovedmeny  Søk', 'Meny  Sök'],
    counterExamples: ['Anvisningar  för  statsbidrag  2026', 'Bidrag till föreningar  2026', 'Kulturstöd 2026', 'Aktivitetsbidrag för barn- och ungdomsföreningar', 'Sök bidrag – vårens ansökningsomgång 2026',
      'Projektbidrag  Högst 200 000 kronor', 'Ansök senast  15 mars', 'Statsbidrag  för  föräldraskapsstöd',
      // review74d: a title and its subtitle, a heading in title case
      'Small Grants Programme  Guidelines for Applicants', 'Kulturstipendium  Ansökan', 'Lokalbidrag  Bidrag till föreningar', 'Riktlinjer  För  Föreningsbidrag', 'Guidelines  For  Community  Grants'],
  },
  {
    // a breadcrumb trail that opens on the site's section, not on its home link: "Kultur › Stipendier", "Fritid › Understöd till
    // föreningar", "Du är här: Fritid > Föreningar > Lokalbidrag" (review73e Q, G, B): a trail of arrows (never in a grant's
    // name), or of slashes under a kommun site's top section ("Kultur och fritid / Stipendier", review73e N, W); each step of at
    // most four words, so a news section over a page's own heading stays the heading's ("Aktuellt › Författarfonden utlyser extra
    // arbetsstipendier hösten 2020", dev 1683, where the heading below was read on into the next sentence); two names
    // joined by a slash ("Lägesrapport / Slutrapport", "Ansökan / Redovisning") are a document's heading and stay
    id: 'breadcrumb-section-trail', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:[Dd]u är här:\s{0,3})?\p{Lu}[\p{L}&-]{0,30}(?: [\p{L}&-]{1,30}){0,3}(?: [>»›] \p{Lu}[\p{L}&-]{0,30}(?: [\p{L}\d&-]{1,30}){0,3}){1,6}$|^(?:[Dd]u är här:\s{0,3})?(?:[Kk]ultur(?: och| &) fritid|[Uu]ppleva och göra|[Bb]o och leva|[Kk]ommun och politik|[Bb]arn och utbildning|[Oo]msorg och hjälp|[Nn]äringsliv(?: och arbete)?|[Kk]ultur, idrett og fritid|[Kk]ultur og fritid)(?: \/ \p{Lu}[\p{L}&-]{0,30}(?: [\p{L}\d&-]{1,30}){0,3}){1,6}$/u,
    examples: ['Kultur › Stipendier', 'Fritid › Understöd till föreningar', 'Du är här: Fritid > Föreningar > Lokalbidrag', 'Kultur och fritid / Stipendier', 'Kultur och fritid / Föreningsbidrag / Vanliga frågor',
      'Kultur, idrett og fritid / Tilskudd / Kulturtiltak', 'Kultur › Bidrag och stöd › Kulturstöd 2026'],
    counterExamples: ['Lägesrapport / Slutrapport', 'Ansökan / Redovisning', 'Kulturstöd 2026', 'Bidrag till kultur och fritid / idrott', 'Redovisning > 50 000 kronor kräver revisor', 'Projektbidrag (> 100 000 kr)', 'Aktuellt › Författarfonden utlyser extra arbetsstipendier hösten 2020'],
  },
  {
    // a Nordic or an English body's name as the site's banner, beside the Swedish one (body-banner): "Odense Kommune", "Bergen
    // kommune", "Laxå kommun – Startsida" (the site's title with its home page), "Nykarleby stad – Uusikaarlepyyn kaupunki" (a
    // Finland-Swedish town's two names), "The Hartwell Foundation" (review73e H, I, C, G, J); never a line that names a grant,
    // and never a Swedish foundation's "Stiftelsen …", which titles its own page (dev 577, 948)
    id: 'body-banner-nordic', where: 'line', meaning: 'chrome', weight: 1,
    // (not a grant's name before the body's, "Kulturmidler Bergen kommune", "Tilskud Odense Kommune", review74d T13)
    cue: /^(?![\p{L}-]{0,30}(?:[Mm]idler|[Tt]ilskud|[Tt]ilskudd|[Ss]tøtte|[Ss]tipend|[Ll]egat|[Pp]ulje|[Pp]ris|[Bb]idrag|[Ss]töd)[\p{L}-]{0,10} )(?:\p{Lu}[\p{L}-]{1,30} ){1,2}[Kk]ommune$|^(?:\p{Lu}[\p{L}-]{1,30} ){1,2}(?:kommun|stad)\s[–-]\s(?:[Ss]tartsida(?:n)?|\p{Lu}[\p{L}-]{1,30}\s(?:kaupunki|kunta))$|^The (?:\p{Lu}[\p{L}'’-]{1,30} ){1,3}(?:Foundation|Trust)$/u,
    examples: ['Odense Kommune', 'Bergen kommune', 'Laxå kommun – Startsida', 'Nykarleby stad – Uusikaarlepyyn kaupunki', 'The Hartwell Foundation', 'The Ekdahl Family Trust'],
    counterExamples: ['Kulturmidler Bergen kommune', 'Idrettstilskudd Bergen kommune', 'Tilskud Odense Kommune', 'Tilskud fra Odense Kommune', 'Tilskudd til kulturtiltak 2026', 'Bidrag från Laxå kommun – sök senast 1 mars', 'Community Small Grants 2026', 'Grants from The Hartwell Foundation', 'Lane Arts Council', 'The Foundation Grant', 'Stiftelsen Margit Wibelfonden', 'Stiftelsen Folke Bernadottes Minnesfond'],
  },
  {
    // a breadcrumb trail read as a line: "Startsida / Bidrag / Våra bidrag", "Start > Kultur > Bidrag"
    id: 'breadcrumb-trail', where: 'line', meaning: 'chrome', weight: 1,
    // (an English site's in capitals: "HOMEPAGE/FUNDING YOUR PROJECT/MANAGING YOUR GRANT", dev 2016, h/forms66)
    cue: /^(?:startsida(?:n)?|start|hem|home(?:page)?|förstasidan)\s*[/>»›|]\s*\S/iu,
    examples: ['Startsida / Bidrag / Våra bidrag', 'Start > Kultur > Bidrag', 'HOMEPAGE/FUNDING YOUR PROJECT/MANAGING YOUR GRANT'],
    counterExamples: ['Startsida för föreningar', 'Start- och slutdatum för projektet'],
  },
  {
    // a logo's alt text with its link: "Håbo kommuns logotyp. Länk till startsidan." (dev 329), or alone as the page's first
    // line: "Tillväxtverkets logotyp" (dev 895)
    id: 'logo-link', where: 'line', meaning: 'chrome', weight: 1,
    // … and the coat of arms that links home: "Mjölby kommuns vapensköld som även länkar till startsidan för Mjölby kommun" (dev 1260)
    // … and "Svenljunga kommun logotyp, tillbaka till startsidan." (Svenljunga's pages, diff q259)
    cue: /\blogotyp(?:en)?\.?\s+länk\s+till\s+startsidan\b|\blogotyp(?:en)?[.,]?\s+tillbaka\s+till\s+startsidan\b|^\p{Lu}[\p{L} -]{0,40}(?:kommuns|regions|läns|stads|verkets|styrelsens)\s+logotyp(?:en)?\.?$|\b(?:logotyp(?:en)?|vapensköld(?:en)?)\s+som\s+(?:även\s+)?länkar\s+till\s+startsidan\b/iu,
    examples: ['Håbo kommuns logotyp. Länk till startsidan.', 'Svenljunga kommun logotyp, tillbaka till startsidan.', 'Tillväxtverkets logotyp', 'Mjölby kommuns vapensköld som även länkar till startsidan för Mjölby kommun', 'Bild  på Mjölby kommuns vapensköld som även länkar till startsidan för Mjölby kommun'],
    counterExamples: ['Använd kommunens logotyp i all marknadsföring av projektet.', 'Aktivitetsbidrag'],
  },
  {
    // a page's controls and icons read as lines: a close button, an icon's name, "Placeholder" for a missing image
    id: 'ui-control', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:stäng|stäng\s+meny|stäng\s+rutan|öppna\s+meny|visa\s+meny|ikon(?:\s+[\p{L}-]+){1,2}|placeholder)$/iu,
    examples: ['Stäng', 'Ikon utropstecken', 'Placeholder', 'Stäng rutan'],
    counterExamples: ['Stängt för ansökan', 'Ikoniska byggnader i länet', 'Stängda ansökningsomgångar 2024'],
  },
  {
    // the site's name as a bare domain above the page, the logo's link text: "lu.se", "www.kiruna.se"
    id: 'site-domain', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:www\.)?[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40}){0,2}\.(?:se|nu|org|com|eu|fi|net)$/iu,
    examples: ['lu.se', 'www.kiruna.se', 'arvsfonden.se'],
    counterExamples: ['Rapportering', 'Bidrag till föreningar i Lund.', 'Läs mer på lu.se'],
  },
  {
    // a logo's alt text with the body's name before it, even twice: "Region Västmanland logotyp Region Västmanland logotyp"
    id: 'name-logotyp', where: 'line', meaning: 'chrome', weight: 1,
    // (never a heading of a grant for a logo: "Bidrag till ny logotyp", "Stöd för föreningens logga", review70f T1, T2)
    cue: /^(?![^\n]{0,80}\b(?:[Bb]idrag\p{L}*|[Ss]töd\p{L}*|till|för|av|om|ny|nya)\s)\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+(?:logotype?|logga|logo)(?:\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+(?:logotype?|logga|logo))?$/u,
    examples: ['Region Västmanland logotyp Region Västmanland logotyp', 'Kumla kommun logga'],
    counterExamples: ['Använd Region Västmanlands logotyp i marknadsföringen.', 'Kulturstipendium'],
  },
  {
    // a programme's slogan as a site's banner: the EU structural funds' "En investering för framtiden",
    // after the site section's name ("EU-program - En investering för framtiden!"); a sentence about investing is none
    id: 'eu-slogan', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: every example is from dev 895; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/^(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+[-–]\s+)?en\s+investering\s+för\s+framtiden!?$/iu),
    examples: ['EU-program - En investering för framtiden!', 'En investering för framtiden'],
    counterExamples: ['Projektet är en investering för framtiden i regionen.', 'Tips för lägesrapporterna'],
  },
  {
    // an archived page's notice of what it still holds for, above its heading: "Den här informationen gäller programperioden 2007-2013."
    id: 'scope-notice', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:den\s+här|denna)\s+(?:information(?:en)?|sida(?:n)?|text(?:en)?)\s+gäller\s+(?:endast\s+|bara\s+)?(?:för\s+)?(?:programperioden|perioden|ansökningar|projekt|beslut)\b[^.!?\n]{0,60}\.?$/iu),
    examples: ['Den här informationen gäller programperioden 2007-2013.', 'Denna sida gäller ansökningar som kom in före 2020.'],
    counterExamples: ['Tips för lägesrapporterna', 'Den här informationen gäller för alla som söker bidrag. Läs mer nedan.'],
  },
  {
    // a notice of a site's trouble above the content: "Det är för närvarande störningar på vissa av kommunens e-tjänster. Felsökning pågår."
    id: 'service-disruption', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: every example is from dev 564; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: sv(/\b(?:för\s+närvarande|just\s+nu)\s+(?:störningar|driftstörningar|problem)\b|\bfelsökning\s+pågår\b/iu),
    examples: ['Det är för närvarande störningar på vissa av kommunens e-tjänster. Felsökning pågår.'],
    counterExamples: ['Evenemangsstöd', 'Stöd till föreningar vid störningar i verksamheten'],
  },
  {
    // a page's phone line above its heading, alone or after its label: "010-175 50 56" (dev 1335, under
    // 'Telefonrådgivning:'), "Telefon: 0226-64 50 00" (dev 1277); a Swedish number opens with 0 or +46, so an
    // ISO date ("2023-06-20") or a heading with a year is never one
    id: 'phone-line', where: 'line', meaning: 'chrome', weight: 1,
    // … and with the switchboard's hours after it (dev 2050, Kristinehamn, fresh68): "Telefon: 0550-880 00 måndag-torsdag
    // 7.30-16.30, Fredag 7.30-16 (lunchstängt 12-13)"
    cue: sv(/^(?:tel(?:efon)?\p{L}{0,12}[.:]?\s*)?(?:\+46\s?|0)\d{1,3}[-–\s]\s?\d{2,3}(?:\s?\d{2}){1,3}(?:,?\s{1,3}(?:mån|tis|ons|tors|fre|vardagar|helgfria)\p{L}{0,6}\.?\s{0,2}(?:[-–]\s{0,2}\p{L}{2,8}\.?\s{0,2})?(?:kl\.?\s{0,2})?\d{1,2}[.:]?\d{0,2}\s{0,2}[-–]\s{0,2}\d{1,2}[.:]?\d{0,2}(?:[^.!?]|\.\d){0,80})?$/iu),
    examples: ['010-175 50 56', 'Telefon: 0226-64 50 00', 'Telefonrådgivning: 010-175 50 56', '+46 8 123 45 67',
      'Telefon: 0550-880 00 måndag-torsdag 7.30-16.30, Fredag 7.30-16 (lunchstängt 12-13)',
      // (fresh68 paraphrases in other sites' phrasing, constructed)
      'Telefon: 0340-88 10 00 vardagar 8.00-16.30', 'Tel. 08-123 45 67, måndag–fredag kl. 9–12'],
    counterExamples: ['2023-06-20', 'Projektsanslag 2024', 'Ring 010-175 50 56 för att söka bidraget', '0,5 miljoner kronor',
      'Telefon: 0550-880 00 måndag-torsdag 7.30-16.30. Ansök om bidrag senast 1 mars.'],
  },
  {
    // a kommun site's contact box above the heading, read as lines (dev 2053, Tierp, fresh68): "Kontakta kommunen" /
    // "Kontaktuppgifter till tierps kommun" / "Telefontider" / "Må - fr 9.00-16.00" / … / "Öppet" / "Må - fr 7.30-16.00";
    // the box's labels, each alone on its line, and its opening hours (a weekday range and a clock range, nothing else)
    id: 'contact-box-lines', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:kontakta\s+(?:kommunen|staden|regionen|oss|länsstyrelsen)|kontaktuppgifter(?:\s+till\s+\p{L}[\p{L} -]{1,40})?|telefontider|öppet|telefon|e-post|mejl|besök|besöksadress)$|^(?:mån|må|tis|ti|ons|on|tors|to|fre|fr|lör|lö|sön|sö|vardagar)\p{L}{0,6}\.?(?:\s{0,2}[-–]\s{0,2}(?:tis|ti|ons|on|tors|to|fre|fr|lör|lö|sön|sö)\p{L}{0,6}\.?)?\s{0,2}(?:kl\.?\s{0,2})?(?:\d{1,2}[.:]\d{2}\s{0,2}[-–]\s{0,2}\d{1,2}[.:]\d{2}|(?<!^(?:lör|lö|sön|sö)\p{L}{0,6}\.?\s{0,2}(?:kl\.?\s{0,2})?)\d{1,2}(?:[.:]\d{2})?\s{0,2}[-–]\s{0,2}\d{1,2}(?:[.:]\d{2})?,\s{0,2}\d{1,2}(?:[.:]\d{2})?\s{0,2}[-–]\s{0,2}\d{1,2}(?:[.:]\d{2})?)$/iu),
    // (… also whole hours in two ranges around lunch, the weekday spelt out: "Måndag 8-12, 13-16", "Tisdag - torsdag 8-12,
    // 13-16" (dev 2124, Örkelljunga, fresh70); one range of whole hours stays out, it may be a heading's dates)
    examples: ['Kontakta kommunen', 'Kontaktuppgifter till tierps kommun', 'Telefontider', 'Må - fr 9.00-16.00', 'Öppet', 'Telefon', 'E-post', 'Besök',
      // (fresh68 paraphrases in other sites' phrasing, constructed)
      'Kontaktuppgifter till Hylte kommun', 'Besöksadress', 'Mån–fre kl. 8.00–16.30', 'Vardagar 08:00-17:00',
      'Måndag 8-12, 13-16', 'Tisdag - torsdag 8-12, 13-16',
      // (fresh70 paraphrases in other sites' phrasing, constructed)
      'Fredag 9-12, 13-15', 'Mån–tors kl. 8-11.30, 12.30-16'],
    // ("Öppettider" alone may head a page on a grant for opening hours, review68; the box's own label is "Öppet")
    counterExamples: ['Öppettider', 'Kontakta kommunen för frågor om föreningsbidraget', 'Öppet för ansökan 1–31 mars', 'Öppettider och bidrag för samlingslokaler',
      'Må - fr 9.00-16.00 kan föreningar ringa om bidraget',
      // (fresh70 adversarial probes: a heading of days and a round's dates)
      'Fredag 13-15 augusti', 'Lördag 8-12, söndag 13-16 öppet hus',
      // (review70a T1, constructed: a weekend day's two whole-hour ranges head an event, not a contact box)
      'Lördag 10-12, 13-15'],
  },
  {
    // a kommun site's feedback links above the heading, run together or one a line (dev 2050, Kristinehamn, fresh68):
    // "Tyck till" / "Anmäl fel" / "Gör en felanmälan"
    id: 'feedback-links', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:tyck\s+till|anmäl\s+fel|gör\s+en\s+felanmälan|lämna\s+(?:en\s+)?synpunkt(?:er)?|felanmälan)(?:\s+(?:tyck\s+till|anmäl\s+fel|gör\s+en\s+felanmälan|lämna\s+(?:en\s+)?synpunkt(?:er)?|felanmälan)){0,4}$/iu),
    examples: ['Tyck till Anmäl fel', 'Gör en felanmälan',
      // (fresh68 paraphrases in other sites' phrasing, constructed)
      'Lämna synpunkter Felanmälan', 'Anmäl fel'],
    counterExamples: ['Tyck till om kulturbidragen', 'Anmäl fel i din ansökan till handläggaren', 'Felanmälan och bidrag till vägföreningar'],
  },
  {
    // a lone link text, with an icon's name run into it: "Läs mer här", "Läs mer här phone"
    id: 'read-more-here', where: 'line', meaning: 'chrome', weight: 1, cue: /^(?:läs\s+mer\s+här|klicka\s+här)(?:\s+\p{L}+)?$/iu,
    examples: ['Läs mer här', 'Klicka här', 'Läs mer här phone'],
    counterExamples: ['Läs mer här om hur du söker aktivitetsbidrag.'],
  },
  {
    // a public-health notice over every page of a site: "Att hålla avstånd är att visa omtanke. Kom ihåg - håll avstånd, tvätta händerna …"
    id: 'health-notice', where: 'line', meaning: 'chrome', weight: 1,
    note: 'one document: every example is from dev 330; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    cue: /\b(?:håll\s+avstånd|tvätta\s+händerna|stanna\s+hemma\s+vid\s+(?:minsta\s+)?symtom)\b/iu,
    examples: ['Att hålla avstånd är att visa omtanke. Kom ihåg - håll avstånd, tvätta händerna och stanna hemma vid minsta symtom!'],
    counterExamples: ['Bidrag till föreningar som drabbats av pandemin', 'Projektbidrag'],
  },
  {
    // an image's file name read as a line: "bidrag_17766538-red-watering-can-with-coin-path-in-side-isolate.jpg"
    id: 'image-file-name', where: 'line', meaning: 'chrome', weight: 1, cue: /^[\p{L}\d_.-]{1,200}\.(?:jpe?g|png|gif|webp|svg)$/iu,
    examples: ['bidrag_17766538-red-watering-can-with-coin-path-in-side-isolate.jpg', 'logo.png'],
    counterExamples: ['Bidrag till föreningar 2020', 'Bifoga bilder i formatet .jpg eller .png'],
  },
  {
    // a site banner that ends in its link's arrow: "Delmos är under avveckling … inte aktuella. >"
    id: 'banner-link-arrow', where: 'line', meaning: 'chrome', weight: 1, cue: /\s[>»›]$/u,
    examples: ['Delmos är under avveckling inför nedläggning vid årsskiftet. Vissa uppgifter och sidor på delmos.se är därmed inte aktuella. >'],
    counterExamples: ['Statsbidrag 2018', 'Bidrag > 50 000 kronor kräver revisorsintyg'],
  },
  {
    // two skip links read back as one line ("Gå till huvudinnehållet Gå till huvudmenyn"), and a
    // page's table-of-contents label ("Innehåll på sidan") above the heading
    id: 'skip-link-pair-toc', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:gå\s+)?till\s+huvud(?:innehållet|innehåll|menyn)\s+(?:gå\s+)?till\s+huvud(?:innehållet|innehåll|menyn)$|^innehåll\s+på\s+(?:denna\s+|den\s+här\s+)?sidan$/iu,
    examples: ['Gå till huvudinnehållet Gå till huvudmenyn', 'Innehåll på sidan', 'Till huvudmenyn Till huvudinnehåll'],
    counterExamples: ['Innehåll på sidan om bidrag till föreningar', 'Gå till huvudmenyn för att söka bidrag', 'Innehållet i ansökan'],
  },  {
    // a site's state above the content: a forum's jump link, a search box's empty result, an error
    // notice, an image toggle ("Till senaste kommentaren", "Din sökning gav 0 träffar", "Dölj bild")
    id: 'site-state-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:till\s+senaste\s+kommentaren|din\s+sökning\s+gav\s+\d+\s+träffar|inga\s+sökträffar|ett\s+fel\s+uppstod\.?|(?:dölj|visa)\s+bild(?:en)?|detta\s+inlägg\s+är\s+(?:gammalt|arkiverat)\b[^\n]{0,80})$/iu,
    examples: ['Till senaste kommentaren', 'Din sökning gav 0 träffar', 'Ett fel uppstod.', 'Dölj bild', 'Detta inlägg är gammalt och kan innehålla inaktuell information.'],
    counterExamples: ['Hur fylla i ekonomiskt utfall på redovisningsblanketten', 'Ett fel uppstod i ansökan om bidrag', 'Detta inlägg handlar om redovisningen'],
  },
  {
    // a diocese's name alone above its page ("Västerås stift"), like an agency's name
    id: 'diocese-sender', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Lu}[\p{L}-]{1,30}\s+stift$/u,
    examples: ['Västerås stift', 'Lunds stift'],
    counterExamples: ['Bidrag från Västerås stift', 'Församlingsbidrag'],
  },
  {
    // a run of skip links read back as one line, the first one to the content:
    // "Gå till innehåll Hoppa till navigeringen Gå till nyhetsarkiv Gå till söksida"
    id: 'skip-link-run', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:gå|hoppa)\s+till\s+(?:sidans\s+)?(?:innehåll(?:et)?|navigering(?:en)?|menyn)\s+(?:gå|hoppa)\s+till\s/iu,
    examples: ['Gå till innehåll Hoppa till navigeringen Gå till nyhetsarkiv Gå till söksida Gå till kontaktsida', 'Hoppa till navigeringen Gå till innehåll'],
    counterExamples: ['Gå till innehåll i ansökan', 'Gå till e-tjänsten och ansök', 'Hoppa till innehållet och läs om bidraget'],
  },
  {
    // a weather warning over every page of a site: "Vädervarning för kraftfullt snöfall och vind",
    // "SMHI har utfärdat en vädervarning för onsdagen 1 december …"
    id: 'weather-warning', where: 'line', meaning: 'chrome', weight: 1,
    cue: /\bvädervarning(?:ar|en)?\b|\bsmhi\s+har\s+utfärdat\b/iu,
    examples: ['Vädervarning för kraftfullt snöfall och vind', 'SMHI har utfärdat en vädervarning för onsdagen 1 december för snö och vind.'],
    counterExamples: ['Stöd till föreningar efter stormen', 'Bidrag till klimatanpassning och skydd mot översvämning'],
  },
  {
    // a note that the page is not in the reader's language, and the language list under it (dev 944):
    // "Denne siden er (ennå) ikke oversatt til norsk", "Nedenfor er en liste over språkene siden er oversatt til"
    id: 'translation-notice', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(/^(?:denne\s+siden|den\s+här\s+sidan|denna\s+sida|this\s+page)\s+(?:er|är|has|is)\s+(?:\(?(?:ennå|ännu|not\s+yet|yet)\)?\s+)?(?:ikke|inte|not\s+been|not)?\s*(?:oversatt|översatt|translated)\b|\bliste\s+over\s+språkene\b|\blista\s+över\s+(?:de\s+)?språk(?:en)?\s+(?:som\s+)?sidan\b/iu),
    examples: ['Denne siden er (ennå) ikke oversatt til norsk', 'Nedenfor er en liste over språkene siden er oversatt til', 'Den här sidan är inte översatt till engelska'],
    counterExamples: ['Rekordmånga söker finansiering från Interreg', 'Bidrag till översättning av litteratur', 'Sidan är översatt av Kulturrådet'],
  },
  {
    // a news page's back link with its date and section on the line below (dev 945): "Tillbaka\n1.12.20   |   Nyheter"
    id: 'back-link-dateline', where: 'line', meaning: 'chrome', weight: 1,
    // … the link named by where it leads, a news list (dev 1984, Grankulla): "Tillbaka till aktuellt" / "11.2.2022 | Ungdomar"
    cue: /^(?:tillbaka|bakåt|takaisin|back)(?:\s+till\s+(?:aktuellt|nyheter(?:na)?|nyhetsarkivet|alla\s+nyheter|listan|översikten|föregående\s+sida))?(?:\s+\d{1,2}\.\d{1,2}\.\d{2,4})?(?:\s+\((?:redigerad|uppdaterad|ändrad)\s+\d{1,2}\.\d{1,2}\.\d{2,4}\))?(?:\s*\|\s*[\p{L} ]{1,30})?$/iu,
    examples: ['Tillbaka\n1.12.20   |   Nyheter', 'Tillbaka', 'Tillbaka\n20.5.19   (Redigerad 23.5.19)   |   Nyheter', 'Tillbaka till aktuellt\n11.2.2022 | Ungdomar',
      // (fresh65 paraphrases in other sites' phrasing)
      'Tillbaka till nyheter\n3.5.2021 | Kultur och fritid', 'Tillbaka till alla nyheter'],
    counterExamples: ['Tillbaka till arbetet – stöd för återstart', 'Tillbakablick på 2020 års bidrag', 'Tillbaka (redigerad version av bidraget)', 'Tillbaka till aktuellt läge – stöd för återstart 2022'],
  },
  {
    // a blog's note that a post is old (dev 945, dev 1181): "Märkte du att detta inlägg är redigerat för över två år sen?"
    id: 'stale-post-notice', where: 'line', meaning: 'chrome', weight: 1,
    // … and its second line: "Kontakta oss gärna om du vill kolla att informationen fortfarande gäller."
    // (… and a news archive's: "Denna nyhet är äldre än 6 månader och är kanske inte aktuell längre.", dev 2196; title79)
    cue: sv(/\b(?:detta|det\s+här)\s+(?:inlägg|nyhet|artikel)\s+är\s+(?:redigerat|redigerad|skrivet|skriven|publicerat|publicerad|uppdaterat|uppdaterad)\s+för\s+(?:över|mer\s+än)\b|^(?:denna|den\s+här|detta|det\s+här)\s+(?:nyhet(?:en)?|artikel(?:n)?|inlägg(?:et)?|sida(?:n)?)\s+är\s+(?:äldre|mer)\s+än\s+(?:\d{1,2}|ett|en|två|tre|sex|tolv)\s+(?:månader|månad|år|veckor)\b[^\n]{0,80}$|^kontakta\s+oss\s+gärna\s+om\s+du\s+vill\s+(?:kolla|kontrollera)\s+att\s+informationen\s+(?:fortfarande|ännu)\s+gäller\b/iu),
    examples: ['Märkte du att detta inlägg är redigerat för över två år sen?\nKontakta oss gärna om du vill kolla att informationen fortfarande gäller.', 'Kontakta oss gärna om du vill kolla att informationen fortfarande gäller.',
      'Denna nyhet är äldre än 6 månader och är kanske inte aktuell längre.',
      // (title79 probes, constructed)
      'Den här artikeln är äldre än ett år.', 'Denna sida är mer än två år gammal och kan innehålla inaktuell information.'],
    counterExamples: ['Ansökan ska vara redigerad och klar för över två år framåt.', 'Vi fick över 3 000 ansökningar',
      'Föreningen ska vara äldre än två år för att kunna söka bidrag.', 'Denna nyhet om bidraget gäller 2024'],
  },
  {
    // a calendar entry's label line above the heading (dev 1176): "Kalender | 16 okt - 11 nov, 2020 | Konstnärsnämnden"
    id: 'calendar-entry-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:kalender|kalendarium|evenemang)\s*\|\s*[^|\n]{0,60}\d[^|\n]{0,60}(?:\|[^|\n]{1,80})?$/iu,
    examples: ['Kalender | 16 okt - 11 nov, 2020 | Konstnärsnämnden', 'Kalendarium | 3 mars 2024'],
    counterExamples: ['Kalender för ansökningar 2024', 'Kalenderbidrag 2024 | Kulturrådet', 'Evenemangsbidrag 2024'],
  },
  {
    // a page-type label whose value after the separator was dropped with the page's markup, left alone on a line above
    // the heading: "Pressmeddelande -" (a press-release service's 'Pressmeddelande - 1 december 2022', dev 1295; the same
    // service's page for Barndiabetesfonden, dev 1330)
    id: 'label-dangling-separator', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:pressmeddelande|nyhet|nyheter|notis|artikel|debattartikel|blogginlägg|evenemang)\s*[-–:|]$/iu,
    examples: ['Pressmeddelande -'],
    counterExamples: ['Pressmeddelande - Nu kan föreningar söka bidrag', 'Nyhet: Bidrag till lovaktiviteter 2024', 'Pressmeddelande'],
  },
  {
    // an image's description read as a line (its alt text), people doing something: "Två forskare sitter vid labbänk"
    // (dev 1291), "En grupp som planterar ett träd." (dev 1173), "Flera personer sitter vid ett bord med datorer …"
    id: 'people-caption', where: 'line', meaning: 'chrome', weight: 1,
    // The subject a word for people (an adjective may go before it), the verb no particle verb of a news headline
    // ("Tre kommuner går samman om lovaktiviteter", "Flera föreningar står bakom satsningen" are page names, review36)
    cue: sv(/^(?:En|Ett|Två|Tre|Fyra|Några|Flera)\s+(?:\p{Ll}+\s+)?(?:forskare|personer?|grupp|kvinnor|kvinna|män|man|barn|ungdomar|elever|elev|flickor|flicka|pojkar|pojke|tjejer|tjej|killar|kille|människor|deltagare|kollegor|vänner|studenter|student|pensionärer|äldre|familj|familjer)\s+(?:som\s+)?(?:sitter|står|går|pratar|samtalar|planterar|tittar|skrattar|dansar|leker)\b(?!\s+(?:samman|ihop|vidare|bakom|för|upp|ut|in|igenom)\b)[^.]{0,80}\.?$|^(?:En|Ett|Två|Tre|Fyra|Några|Flera)\s+(?:\p{Ll}+\s+)?(?:forskare|personer?|kvinnor|kvinna|män|man|barn|ungdomar|elever|elev|flickor|flicka|pojkar|pojke|tjejer|tjej|killar|kille|människor|deltagare|kollegor|vänner|studenter|student|pensionärer|äldre)\s+(?:i|med|på|vid|framför)\s(?![^.\n]{0,80}(?:bidrag|stöd|stipendi|medel|ansök|söka|projekt))(?![^.\n]{0,80}(?<![\p{L}])(?:kan|ska|får|har|är|blir|vill|måste|saknar|behöver|söker|tar|ger|fick|hade|var)(?![\p{L}]))[^.\n]{1,80}$/u),
    examples: ['Två forskare sitter vid labbänk', 'En grupp som planterar ett träd.', 'Flera personer sitter vid ett bord med datorer, block och pennor.',
      'Två glada flickor i idrottskläder',
      // (title79 probes, constructed)
      'Några ungdomar på en skateboardramp', 'En kvinna med en målarpensel framför ett staffli'],
    counterExamples: ['Två nya bidrag att söka', 'En förening som arbetar med barn kan söka bidrag.', 'Stöd till föreningar som planterar träd',
      'Tre kommuner går samman om lovaktiviteter', 'Flera föreningar står bakom nya satsningen', 'Två elever går vidare till riksfinalen',
      // (title79 adversarial probes, constructed: people with a grant in the line are a page's name)
      'Barn i kulturskolan – bidrag till lovaktiviteter', 'Två studenter på utbyte får stipendium', 'Unga med funktionsnedsättning',
      // (review79t: a news headline with a finite verb is a page's name, not a caption)
      'Flera barn i länet kan inte simma', 'Många äldre i kommunen saknar internet'],
  },
  {
    // an image's label alone on a line above the heading: "titelbild", "Bild"
    id: 'image-label', where: 'line', meaning: 'chrome', weight: 1,
    // (… and a page's background image: "Bakgrundsbild", dev 2255; title79)
    cue: /^(?:titelbild|toppbild|huvudbild|bakgrundsbild|omslagsbild|bild|foto|illustration)$/iu,
    examples: ['titelbild', 'Bild', 'Toppbild', 'Bakgrundsbild', 'Omslagsbild'],
    counterExamples: ['Bildkonst', 'Bild och form – projektbidrag', 'Fotobidrag', 'Bakgrundsbild till ansökan om bidrag'],
  },
  {
    // a författningssamling's number alone on a line above the act's own heading ("NFS 2007:8",
    // "SOSFS 2012:17 (M)", "SKOLFS 2020:5"): the print's running head, not the title
    id: 'fs-number-line', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Lu}{1,10}FS\s+(?:19|20)\d{2}:\d{1,4}(?:\s*\(\p{Lu}{1,2}\))?$/u,
    examples: ['NFS 2007:8', 'SOSFS 2012:17 (M)', 'SKOLFS 2020:5', 'SFS 2015:552'],
    counterExamples: ['NFS 2005:2 trädde i kraft den 1 mars 2005.', 'SFS 2021:1225 Förordning om ändring i förordningen (2016:1367) om statsbidrag till allmänna samlingslokaler', 'Naturvårdsverkets föreskrifter NFS 2005:2'],
  },
  {
    // a link to the site's home page named by its owner, alone on its line: "Jordbruksverkets startsida" (dev 1219),
    // "Umeå kommuns startsida", "KTH:s startsida" (the link itself, "Till … startsida", is the row home-link)
    id: 'owner-home-link', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}(?::s|s)\s+startsida$/u,
    examples: ['Jordbruksverkets startsida', 'Umeå kommuns startsida', 'KTH:s startsida'],
    counterExamples: ['Startsidan för föreningsbidrag', 'Kommunens startsida för e-tjänster och bidrag', 'Föreningarnas bidrag'],
  },
  {
    // the site's menu read as one line from its home item on: "Startsida Om Leader Om projektstöd Nyheter Söka
    // projektstöd Kontakt Småprojektstöd" (dev 1223); a heading that goes on from "Startsidan" in lower case is none
    id: 'menu-from-home', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^[Ss]tartsida\s+\p{Lu}[^\s.,:;!?]*(?:\s+[^\s.,:;!?]+){2,30}$/u,
    examples: ['Startsida Om Leader Om projektstöd Nyheter Söka projektstöd Kontakt Småprojektstöd', 'Startsida Bidrag Kontakt Nyheter'],
    counterExamples: ['Startsidan för föreningsbidrag', 'Startsida för bidrag till föreningar', 'Startsida Bidrag', 'Startsida. Bidrag till föreningar i kommunen, läs mer'],
  },
  {
    // a newsroom's follow button read as a line above the heading: "Följ Region Uppsala" (dev 1957, Mynewsdesk), "Följ oss
    // på Facebook", "Följ Umeå kommun"; a name (capitalised words, or a kommun's, stad's or län's) and nothing else
    id: 'follow-button', where: 'line', meaning: 'chrome', weight: 1,
    // (never a grant's own name that starts with the verb: "Följ Med Stipendiet", review65, constructed: the title was lost)
    cue: /^[Ff]ölj\s+(?!(?:[\p{L}-]{1,40}\s+){0,3}?[\p{L}-]{0,30}(?:[Ss]tipendi|[Bb]idrag|[Ss]töd|[Pp]ris|[Ff]ond\b|[Aa]nslag|[Cc]heck))(?:oss|\p{Lu}[\p{L}-]{0,40}(?:\s+(?:\p{Lu}[\p{L}-]{0,40}|kommun|stad|län|stift)){0,3})(?:\s+på\s+\p{L}{2,20})?$/u,
    examples: ['Följ Region Uppsala', 'Följ oss på Facebook', 'Följ Umeå kommun', 'Följ Länsstyrelsen Skåne på LinkedIn'],
    counterExamples: ['Följ Skolverkets anvisningar för redovisningen', 'Följ upp projektet varje år', 'Följ anvisningarna i ansökan', 'Följ Med Stipendiet', 'Följ Din Dröm Bidraget'],
  },
  {
    // an intranet's name above the heading: "Intranät Stockholms stift" (dev 1949, under a search box's "Din sökning gav 0
    // träffar"), "Intranät för Svenska kyrkan", "Intranätet"
    id: 'intranet-name', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^[Ii]ntranät(?:et)?(?:\s+(?:för\s+)?\p{Lu}[\p{L}-]{0,40}(?:\s+[\p{L}-]{1,40}){0,3})?$/u,
    examples: ['Intranät Stockholms stift', 'Intranät för Svenska kyrkan', 'Intranätet'],
    counterExamples: ['Intranät och e-tjänster för föreningar i Stockholms stad 2024', 'intranät stockholms stift', 'Stiftelsemedel 2021'],
  },
  {
    // a web application's build stamp: "Mina Sidor: Version: 2.7.3 Tid: 20171002-1339" (dev 1219), "Version 4.12.0 Build 20230114";
    // a form's own version line is the row form-version-line
    id: 'build-stamp', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:[\p{L} ]{1,30}:\s*)?version:?\s*\d{1,3}(?:\.\d{1,4}){1,3}(?:\s+(?:tid|build|datum|bygge):?\s*\d[\d-]{5,20})?$/iu,
    examples: ['Mina Sidor: Version: 2.7.3 Tid: 20171002-1339', 'Version 4.12.0 Build 20230114', 'Version: 1.2'],
    counterExamples: ['Version 2 av ansökningsblanketten gäller från 1 mars', 'Blankett Lägesrapport version1 2011-04-04', 'Ny version av villkoren för bidrag 2023'],
  },
  {
    // a cookie banner's consent categories left above the heading, one a line: "Web", "Analytics" (dev 1228), "Marketing"
    id: 'consent-categories', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:web|analytics|statistics|marketing|necessary|functional|preferences|performance|advertising)$/iu,
    examples: ['Analytics', 'Web', 'Marketing', 'Necessary'],
    counterExamples: ['Web och digitala medier – projektbidrag', 'Analytics i kulturarvet: bidrag för digitalisering', 'Statistik över beviljade bidrag'],
  },
  {
    // the government site's label of a page's type and sender above its heading: "Artikel från Finansdepartementet"
    // (dev 529), "Pressmeddelande från Socialdepartementet", "Debattartikel från Regeringen"
    id: 'page-type-from-sender', where: 'line', meaning: 'chrome', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:artikel|debattartikel|pressmeddelande|nyhet|tal|uttalande|faktablad)\s+från\s+(?:[\p{L}-]*departementet|regeringen|regeringskansliet|${alternation(AGENCIES)})$`, 'iu')),
    examples: ['Artikel från Finansdepartementet', 'Pressmeddelande från Socialdepartementet', 'Debattartikel från Regeringen', 'Artikel från Tillväxtverket'],
    counterExamples: ['Artikel från Finansdepartementet om fördelningen av tillskott till kommuner', 'Preliminär fördelning av tillskott till kommuner och regioner för 2020', 'Tal från Socialdepartementets konferens om anhörigstöd'],
  },
  {
    // a skip link in both the site's languages: "Hoppa till huvudinnehållet / Skip to main content" (dev 397)
    id: 'bilingual-skip-link', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:(?:gå|hoppa)\s+)?(?:direkt\s+)?till\s+(?:sidans\s+)?(?:huvud)?innehåll(?:et)?\s*[/|]\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?content$/iu,
    examples: ['Hoppa till huvudinnehållet / Skip to main content', 'Till innehållet | Skip to content'],
    counterExamples: ['Hoppa till huvudinnehållet i ansökan', 'Skip to main content and apply for grants'],
  },
  {
    // a site builder's page edge markers read as lines (dev 1988, a Wix site): "top of page" above the heading, "bottom of page" at the end
    id: 'page-edge-marker', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:top|bottom)\s+of\s+(?:the\s+)?page$/iu,
    examples: ['top of page', 'bottom of page', 'Top of the page'],
    counterExamples: ['Top of page funding for arts projects', 'Bottom of page: ansök senast 1 mars', 'Topp av sidan'],
  },
  {
    // a kommun site's top bar read as lines (dev 2022, 2032, Nässjö, fresh66): "Kontakta oss" / "frågor, felanmälan" joined into
    // one heading, and "Sök evenemang" / "i Nässjö kommun" / "toggle right column" (a widget's button text at its end)
    id: 'site-top-bar', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:kontakta\s+oss\s+)?(?:frågor|synpunkter)(?:,\s{0,3}|\s+och\s+)(?:felanmälan|synpunkter|klagomål)$|(?:^|\s)toggle\s+(?:right|left)\s+(?:column|menu|sidebar)$/iu,
    examples: ['Kontakta oss frågor, felanmälan', 'Sök evenemang i Nässjö kommun toggle right column',
      // (fresh66 paraphrases in other sites' phrasing, constructed)
      'Kontakta oss synpunkter, felanmälan', 'Frågor och synpunkter', 'Meny toggle left menu'],
    counterExamples: ['Kontakta oss om frågor kring föreningsbidraget', 'Frågor och svar om statsbidraget 2024', 'Toggle right column för att se bidragen'],
  },
  {
    // a site's logo as its alt text, linked to the start page (dev 2024, Sotenäs, fresh66): "Sotenäs kommunvapen, länk till startsida"
    id: 'logo-home-link', where: 'line', meaning: 'chrome', weight: 1,
    cue: /^(?:(?!(?:bidrag\p{L}*|stöd\p{L}*|till|för|av|om|ny|nya)\s)[\p{L}-]{2,40}\s+){1,3}(?:kommunvapen|logotyp|logga|vapen)(?:,\s{0,3}(?:länk\s+)?till\s+(?:startsidan?|förstasidan))?$/iu,
    examples: ['Sotenäs kommunvapen, länk till startsida',
      // (fresh66 paraphrases, constructed)
      'Härryda kommuns logotyp, länk till startsidan', 'Region Gävleborgs logotyp'],
    // (never a heading of a grant for one: "Bidrag till ny logotyp", "Stöd för föreningens logga", review70f T1, T2)
    counterExamples: ['Bidrag till restaurering av kommunvapen och fanor', 'Logotyp', 'Ansök om stöd till ny logotyp för föreningen', 'Bidrag till ny logotyp', 'Stöd för föreningens logga'],
  },
  {
    // a translation widget's button alone on its line, above the site's name and the heading (dev 2037, Mölndal, fresh67):
    // "Translate" / "Use Google to translate the web site." / … / "Translate" / "Mölndals stads startsida"
    id: 'translate-widget', where: 'line', meaning: 'chrome', weight: 1,
    // and the widget's notice on one line (dev 570): "Use Google to translate the web site. We take no responsibility for …"
    cue: /^(?:google\s+)?(?:translate|översätt(?:\s+(?:sidan|webbplatsen))?)$|^use\s+google\s+to\s+translate\s+(?:the|this)\s+(?:web\s?site|page)\b.{0,120}$/iu,
    examples: ['Translate', 'Use Google to translate the web site. We take no responsibility for the accuracy of the translation.',
      // (fresh67 paraphrases in other sites' phrasing, constructed)
      'Översätt sidan', 'Google Translate'],
    counterExamples: ['Översätt ansökan till engelska', 'Översättningsstöd', 'Translate and publish: a grant for literary translation'],
  },
];

/**
 * A line that is a document's own title where it stands above the text: a regleringsbrev's
 * "Regleringsbrev för budgetåret 2020 avseende anslag 1:5 …" below the letter's head (department,
 * decision number, diary number, the agency's address).
 */
export const DOCUMENT_TITLES: ReadonlyArray<Cue<'document-title'>> = [
  {
    id: 'regleringsbrev', where: 'line', meaning: 'document-title', weight: 1,
    cue: sv(/^Regleringsbrev\s+för\s+budgetåret\s+(?:19|20)\d{2}\b/u),
    examples: ['Regleringsbrev för budgetåret 2020 avseende anslag 1:5 Stöd till kommunsektorn för att stärka välfärden', 'Regleringsbrev för budgetåret 2021 avseende anslag 13:2 inom utgiftsområde 17 Kultur, medier, trossamfund och fritid'],
    counterExamples: ['Rekvisitionen ska hänvisa till regleringsbrevet för budgetåret 2015 avseende anslag 1:9.'],
  },
  {
    // an amending letter's own title: "Ändring av regleringsbrevet för budgetåret 2003 avseende Talboks- och punktskriftsbiblioteket"
    // (dev 429, Utbildningsdepartementet); the indefinite "regleringsbrev" in another department's letters: "Ändring av
    // regleringsbrev för budgetåret 2003 avseende Kammarkollegiet" (diff q38, q63)
    id: 'andring-av-regleringsbrev', where: 'line', meaning: 'document-title', weight: 1,
    cue: sv(/^Ändring\s+av\s+regleringsbrev(?:et)?\s+för\s+budgetåret\s+(?:19|20)\d{2}\b/u),
    examples: ['Ändring av regleringsbrevet för budgetåret 2003 avseende Talboks- och punktskriftsbiblioteket', 'Ändring av regleringsbrev för budgetåret 2003 avseende Kammarkollegiet'],
    counterExamples: ['Med ändring av regleringsbrevet för budgetåret 2003 beslutar regeringen att följande skall gälla.', 'Med ändring av regleringsbrevet beslutar regeringen att följande ska gälla för budgetåret 2003 för Kammarkollegiet och nedan angivna anslag.', 'Ändring av regleringsbreven för budgetåret 2003'],
  },
  {
    // an SFS page's heading names the act with its number: the text's title above any database chrome
    id: 'sfs-act-heading', where: 'line', meaning: 'document-title', weight: 1,
    cue: ACT_HEADING,
    unless: [{ where: 'line', cue: ACT_HEADING_REPEALING }],
    examples: ['Förordning (2017:1265) om statsbidrag för kommunernas medverkan vid 2018 års val', 'Lag (2024:487) om statsbidrag till trossamfund'],
    counterExamples: ['Förordning (2024:431) om upphävande av förordningen (2021:1313) om statsbidrag', 'Förordning (2000:137).', 'Bidrag lämnas enligt förordningen (2013:1007) om statsbidrag.'],
  },
  {
    // a printed amending act's own title on one line, perhaps behind its SFS number: "Förordning om ändring i
    // förordningen (2017:193) om statlig ersättning för asylsökande m.fl." (dev 1647, a document site's copy whose
    // line ends in the abbreviation's full stop, and which the printed act repeats below: both were chrome and the site's
    // "Protected" became the title);
    // "SFS 2021:1225 Förordning om ändring i förordningen (2016:1367) om …" (dev 965). Not a sentence that cites one
    // ("Genom förordningen om ändring i …", "Se förordning om ändring …": the line opens with the act's own word)
    id: 'sfs-amending-act-title', where: 'line', meaning: 'document-title', weight: 1,
    cue: sv(/^(?:SFS\s+(?:19|20)\d{2}:\d{1,4}\s+)?(?:Förordning|Lag)\s+om\s+ändring\s+i\s+(?:förordningen|lagen)\s+\((?:19|20)\d{2}:\d{1,4}\)\s+om\s+\p{L}/u),
    examples: ['Förordning om ändring i förordningen (2017:193) om statlig ersättning för asylsökande m.fl.', 'SFS 2021:1225 Förordning om ändring i förordningen (2016:1367) om statsbidrag till allmänna samlingslokaler', 'Lag om ändring i lagen (2024:506) om arbetslöshetsförsäkring'],
    counterExamples: ['Genom förordningen om ändring i förordningen (2017:193) om statlig ersättning har beloppen höjts.', 'Förordning om ändring i förordningen om statsbidrag till folkbildningen', 'Förordning (2019:1024) om ändring i förordningen (1995:1644)'],
  },
];

/**
 * Where text scraped from a page runs two blocks together without a space ("… föreningars
 * kulturprogramRubriken har denna lydelse …"): a small letter right before a capital ends the first.
 */
export const GLUED_BLOCKS: Cue<'glued'> = {
  id: 'small-then-capital', where: 'line', meaning: 'glued', weight: 1, cue: /\p{Ll}(?=\p{Lu})/u,
  note: 'one document: every example is from dev 338; other texts\' lines the row holds for (dev 03, 125, 133) are link texts and banners, not two blocks glued',
  examples: ['Förordning (1991:975) om statsbidrag till ideella föreningars kulturprogramRubriken har denna lydelse'],
  counterExamples: ['Förordning (1984:326) om statsbidrag till kulturella ändamål', 'Statsbidrag till Sveriges Kommuner och Regioner'],
};

/** A line that names a grant: preferred as the title over a first sentence that does not. */
export const GRANT_NAME: ReadonlyArray<Cue<'grant-name'>> = [
  {
    // a heading that opens with a grant's compound name and says what it is for: "Verksamhetsbidrag för kulturverksamhet"
    id: 'grant-compound-lead', where: 'line', meaning: 'grant-name', weight: 1,
    cue: /^\p{Lu}\p{Ll}+(?:bidrag|understöd|stöd|stipendium)(?:et)?\s+(?:för|till)\s/u,
    examples: ['Verksamhetsbidrag för kulturverksamhet', 'Projektbidrag till föreningar'],
    counterExamples: ['Verksamhetsberättelse för föregående år', 'Riktlinjer för utbetalning av understöd'],
  },
  {
    id: 'grant-words', where: 'line', meaning: 'grant-name', weight: 1,
    // "understöd" and "stipendium" as Swedish in Finland and foundations name a grant
    cue: sv(/\b(?:statsbidrag|bidrag|stöd|stödet|utlysning|anvisningar?|regleringsbrev|stadsmiljöavtal|medel|uppdrag|understöd(?:et)?|stipendi(?:um|et|er|erna|emedel(?:en)?))\b/iu),
    examples: ['Ansök om bidrag för hållbara stadsmiljöer – stadsmiljöavtal', 'Redovisning av stipendiemedel', 'Statsbidrag för specialpedagogik för lärande 2019/20', 'Regleringsbrev för budgetåret 2007', 'Utbetalning och redovisning av beviljat understöd'],
    counterExamples: ['En flicka tittar på en pojke som pekar på en tavla.'],
  },
  {
    // a line that is only a fund's name, a compound of "fond" after at most three capitalised words: "Längmanska
    // Kulturfonden" (dev 1863, below the site's category label "Projektfinansiering" and above the post's date), "Svenska
    // kulturfonden"; never the bare noun ("Om fonden") nor a sentence about a fund
    id: 'fund-name-line', where: 'line', meaning: 'grant-name', weight: 1,
    cue: /^(?:\p{Lu}[\p{L}-]*(?:\s+och)?\s+){0,3}\p{L}+fond(?:en)?$/u,
    examples: ['Längmanska Kulturfonden', 'Svenska kulturfonden', 'Martha och Albin Löfgrens kulturfond', 'Kulturfonden'],
    counterExamples: ['Om fonden', 'Fonden skall främja:', 'Ansökan till kulturfonden är stängd', 'Projektfinansiering'],
  },
  {
    // a call's heading that invites to apply: "Dags att söka Kulturbryggan" (dev 931, below the category label "Omvärlden")
    id: 'dags-att-soka', where: 'line', meaning: 'grant-name', weight: 1,
    // … and "Nu är det hög tid att söka bidrag ur Landsbygdspotten 2017" (dev 1091, below an image's caption)
    cue: sv(/^(?:nu\s+är\s+det\s+)?(?:dags|hög\s+tid)\s+att\s+(?:an)?söka\s+\p{L}/iu),
    examples: ['Dags att söka Kulturbryggan', 'Nu är det dags att ansöka om föreningsbidrag', 'Nu är det hög tid att söka bidrag ur Landsbygdspotten 2017'],
    counterExamples: ['Dags att redovisa projektet', 'Omvärlden'],
  },
];

/**
 * A heading of one word that is a grant's compound name ("Projektunderstöd", "Kulturbidrag",
 * "Aktivitetsbidrag"): the page's title, not a label that gives way to a tab below it ("Anvisningar och blanketter").
 */
/**
 * A heading that calls for applications to a grant from a named funder and ends in the deadline ("Sök stöd från Statens Kulturråd
 * senast 3-5 november", dev 2439, Visit Värmland's news item; genre83): a deadline line (dates.DEADLINE_HEADINGS) that is still the
 * page's heading, naming what is applied for and from whom — unlike a bare "Ansök senast 31 mars 2025!" it names the page.
 */
export const CALL_WITH_DEADLINE: Cue<'grant-name'> = {
  id: 'call-with-deadline', where: 'line', meaning: 'grant-name', weight: 1,
  cue: /^(?:sök|ansök)\s+(?:om\s+)?[\p{L}-]{0,30}(?:stöd|bidrag|medel|stipendi\p{L}{0,3})(?:et|en|er)?\s+(?:från|hos|ur)\s+[^\n]{1,60}?\s+senast\s+\d/iu,
  examples: ['Sök stöd från Statens Kulturråd senast 3-5 november', 'Sök projektbidrag från regionen senast 15 mars', 'Ansök om stipendium hos stiftelsen senast 1 april 2025'],
  counterExamples: ['Ansök senast 31 mars 2025!', 'Sök stöd senast 1 mars', 'Sök bidraget i e-tjänsten senast 15 mars'],
};

export const GRANT_COMPOUND_LINE: Cue<'grant-name'> = {
  id: 'grant-compound-word', where: 'line', meaning: 'grant-name', weight: 1,
  // … with the grant year in brackets, as a kommun's e-service (FRI) heads its pages: "Aktivitetsstöd (2024)"
  // (dev 1196, Tranås, above the category 'Bidrag till ungdomsföreningar'), "Kulturbidrag (2024)" (dev 251)
  // … a compound of "medel" too ("Idrottsmedel", dev 1169; "Projektmedel"), and one with its area after a
  // dash, as a kommun's page names a grant per area: "Verksamhetsstöd - Kultur" (dev 560)
  // … and with one adjective before the compound when the bracketed year follows: "Lokalt aktivitetsstöd (2024)" (dev 1809, Tanum)
  cue: /^(?!(?:Läke|Livs|Hjälp|Lösnings|Betal|Transport|Bekämpnings|Rengörings|Tvätt|Kommunikations|Uttrycks|Styr|Produktions)medel)\p{Lu}\p{Ll}+(?:bidrag|understöd|stöd|stipendium|medel)(?:et|en)?(?:\s\((?:19|20)\d{2}\)|\s[-–]\s\p{Lu}\p{Ll}+)?$|^\p{Lu}\p{Ll}+[at]\s\p{Ll}+(?:bidrag|understöd|stöd|stipendium)\s\((?:19|20)\d{2}\)$/u,
  examples: ['Projektunderstöd', 'Kulturbidrag', 'Aktivitetsbidrag', 'Aktivitetsstöd (2024)', 'Kulturbidrag (2024)', 'Idrottsmedel', 'Verksamhetsstöd - Kultur', 'Projektbidrag – Idrott', 'Lokalt aktivitetsstöd (2024)'],
  counterExamples: ['Bidrag', 'Anvisningar och blanketter', 'Stödjande', 'Bidrag (2024)', 'Aktivitetsstöd (2024/2025)', 'Medel', 'Verksamhetsstöd - kultur och fritid för barn', 'Läkemedel', 'Livsmedel', 'Nytt bidrag (2024)', 'Lokalt aktivitetsstöd (2024/2025)', 'Ansökan aktivitetsstöd (2024)'],
};

/**
 * A line that closes a box laid over the page (a pop-up, a notice): its close button ("Stäng rutan",
 * "… » Stäng rutan") or its lone link ("Läs mer"). The blocks above it, at the page's top, are the
 * box's (dev 711: "Ditt val gör skillnad!" and a pandemic notice above "Läs mer"; dev 397: a
 * "Ring till TeleTal" box), never the title, when none of them names a grant.
 */
export const BOX_CLOSE: Cue<'chrome'> = {
  id: 'box-close-line', where: 'line', meaning: 'chrome', weight: 1,
  cue: /^(?:[^»\n]{0,80}»\s*)?(?:stäng\s+rutan|läs\s+mer)$/iu,
  examples: ['Stäng rutan', 'Information om tillgänglighet » Stäng rutan', 'Läs mer'],
  // a lone "Stäng" is an e-service's button row, above the grant's own heading (dev 479, 563, 672)
  counterExamples: ['Läs mer om bidraget', 'Stängt för ansökan', 'Kulturstipendier', 'Stäng'],
};

/**
 * A line of a box over the page's top that speaks of the grant or of applying ("Kommunen delar ut pengar till
 * föreningar …", "Ideella föreningar kan söka bidrag"): the page's own lead, not a notice over it, so the blocks
 * above a "Läs mer" are no box (a notice such as dev 711's pandemic text names neither).
 */
export const BOX_GRANT_WORDS: Cue<'grant-name'> = {
  id: 'box-grant-words', where: 'line', meaning: 'grant-name', weight: 1,
  cue: /(?<![\p{L}\p{N}])(?:bidrag(?:et|en)?|stöd(?:et)?|pengar(?:na)?|medel|medlen|stipendi(?:um|et|er)|(?:an)?söka|ansökan)(?![\p{L}\p{N}])/iu,
  examples: ['Kommunen delar ut pengar till föreningar som ordnar aktiviteter för barn under sommarlovet.', 'Ideella föreningar kan söka bidrag.'],
  counterExamples: ['Regionen ser en fortsatt minskad smittspridning av Covid-19 i hela länet.', 'Ring till TeleTal 020-22 11 44', 'Stödjande insatser'],
};

/** A line with a grant's compound word in it ("Ansökan om bygdemedel", "Verksamhets- och kulturstöd"): it belongs to the page, never to a box over it. */
export const GRANT_COMPOUND_IN_LINE: Cue<'grant-name'> = {
  id: 'grant-compound-in-line', where: 'line', meaning: 'grant-name', weight: 1,
  cue: /\p{Ll}(?:bidrag|bidraget|stöd|stödet|medel|medlen|understöd|stipendi(?:um|et|er))\b/u,
  examples: ['Ansökan om bygdemedel', 'Verksamhets- och kulturstöd', 'Kommunalt driftsbidrag', 'Kulturstipendier'],
  counterExamples: ['Ditt val gör skillnad!', 'Ring till TeleTal 020-22 11 44', 'Stödjande insatser'],
};

/**
 * A heading of one to three words that names a stage or rule of a grant's procedure ("Redovisning",
 * "Generella villkor", "Stödnivåer och utbetalningar"): the page's own subject. It does not give way, as a
 * label does, to a heading below that names a grant ("Varje bidrag för sig", "Villkor för den som
 * beviljats bidrag från Kulturrådet"): that is the page's first section, not its name.
 */
export const PAGE_TOPIC_LABEL: Cue<'page-topic'> = {
  id: 'procedure-topic-heading', where: 'line', meaning: 'page-topic', weight: 1,
  cue: /^(?:(?:generella|allmänna|särskilda)\s+villkor|villkor|redovisning|utbetalning(?:ar)?|stödnivåer(?:\s+och\s+utbetalningar)?|stödberättigande\s+kostnader)$/iu,
  examples: ['Redovisning', 'Generella villkor', 'Stödnivåer och utbetalningar', 'Allmänna villkor', 'Utbetalning'],
  counterExamples: ['Kultur', 'Om stiftelsen', 'Redovisning av projektbidrag', 'Villkor för bidrag', 'Rapportering'],
};

/**
 * A heading that names a stage of a grant's procedure before the grant ("Ansökan om projektmedel", "Villkor för
 * verksamhetsbidrag", "Redovisning av projektstöd"): a section of the page, not the grant's own name. An image caption gives
 * way to the grant's name below it (fields/title.ts captionOver), never to such a section head: the short heading above it is
 * the page's own title (review78d T1–T3, constructed: "Lovaktiviteter för barn och unga" over "Ansökan om projektmedel").
 */
export const PROCEDURE_SECTION_HEAD: Cue<'section-label'> = {
  id: 'procedure-section-head', where: 'line', meaning: 'section-label', weight: 1,
  cue: /^(?:(?:så\s+(?:här\s+)?)?(?:ansök|ansöker|söker|rekvirerar)\s+(?:du|ni)\s+om|ansökan\s+om|ansök\s+om|sök|villkor(?:en)?\s+för|regler(?:na)?\s+för|riktlinjer(?:na)?\s+för|krav(?:en)?\s+för|redovisning(?:en)?\s+av|återrapportering\s+av|rekvirering\s+av|rekvisition\s+av|utbetalning(?:en)?\s+av|beslut\s+om|handläggning\s+av|bedömning\s+av)\s/iu,
  examples: ['Ansökan om projektmedel', 'Villkor för verksamhetsbidrag', 'Redovisning av projektstöd', 'Så söker du om kulturbidrag', 'Sök projektmedel', 'Regler för lokalbidrag'],
  counterExamples: ['Regionala tillväxtmedel', 'Projektmedel för regional utveckling', 'Kulturbidrag till föreningar', 'Söktjänst för bidrag'],
};

/**
 * A site's category label of plural grant nouns ("Stipendier och fonder", "Bidrag och stöd"): names
 * no one grant, so it gives way to a grant's own name in a heading below it ("Karlstads kommuns
 * kultur-stipendium till Gustaf Frödings minne", dev 568), as an owner's label does.
 */
export const CATEGORY_LABEL: Cue<'section-label'> = {
  id: 'plural-grant-category', where: 'line', meaning: 'section-label', weight: 1,
  cue: /^(?:bidrag|stöd|stipendier|fonder|priser|utlysningar)\s+och\s+(?:bidrag|stöd|stipendier|fonder|priser|utlysningar)$/iu,
  examples: ['Stipendier och fonder', 'Bidrag och stöd', 'Fonder och stipendier'],
  counterExamples: ['Stipendium till Gustaf Frödings minne', 'Bidrag till föreningar', 'Stöd och bidrag till föreningar i kommunen'],
};

/**
 * A site section's label naming whose grants a page lists ("Filminstitutets stöd", "Kulturrådets
 * bidrag"): an owner's genitive and a bare grant noun name no grant, so it gives way to the grant's
 * own name on a line below it, as a label does.
 */
export const OWNER_GRANTS_LABEL: Cue<'section-label'> = {
  id: 'owner-grants-label', where: 'line', meaning: 'section-label', weight: 1,
  cue: /^\p{Lu}[\p{L}-]*s\s+(?:stöd|bidrag|stipendier|finansiering|utlysningar)$/u,
  examples: ['Filminstitutets stöd', 'Kulturrådets bidrag', 'Formas utlysningar'],
  counterExamples: ['Stöd till nya biografer', 'Kulturrådets stöd till litteratur', 'Projektstöd', 'Bidrag och stöd'],
};

/**
 * A heading whose label before the colon names a call ("Öppen utlysning: Unga, fred och säkerhet",
 * "Utlysning: Innovativa lösningar 2024"): the call's own title, not a "Label: value" line.
 */
export const CALL_LABEL_HEADING: Cue<'call-title'> = {
  id: 'call-label-heading', where: 'line', meaning: 'call-title', weight: 1,
  cue: /^(?:(?:öppen|ny|extra|aktuell|särskild|riktad)\s+)?(?:utlysning|ansökningsomgång)\s*:\s+\p{L}/iu,
  examples: ['Öppen utlysning: Unga, fred och säkerhet', 'Utlysning: Innovativa lösningar 2024'],
  counterExamples: ['Sista ansökningsdag: 15 mars 2024', 'Utlysningsdatum: 2025-03-06', 'Utlysning: 2025-03-06'],
};

/**
 * A section's how-to-apply heading ("Så här ansöker du", "Innan du söker") standing above the grant's own name: a label of
 * the page's section, so it gives way to a heading below it that names a grant, as a short label does (review71d t3,
 * constructed: "Så här ansöker du" came out over "Lokalbidrag för föreningar"). Alone, it stays the page's title.
 */
export const HOW_TO_APPLY_LABEL: Cue<'section-label'> = {
  id: 'how-to-apply-label', where: 'line', meaning: 'section-label', weight: 1,
  cue: /^(?:så\s+(?:här\s+)?(?:ansöker|söker|rekvirerar)\s+(?:du|ni)|innan\s+(?:du|ni)\s+(?:an)?söker|så\s+går\s+ansökan\s+till)$/iu,
  examples: ['Så här ansöker du', 'Så söker ni', 'Innan du ansöker', 'Så går ansökan till'],
  counterExamples: ['Så här ansöker du om lokalbidrag', 'Så ansöker du om kulturstöd 2025', 'Ansökan'],
};

/**
 * A line right below a how-to-apply heading that points to the means of applying, not the grant: an e-service's or a form's
 * link ("E-tjänsten för bidrag", "Ansökningsblankett för bidrag (pdf, 120 kB)") or a related-pages heading ("Relaterade
 * bidrag") with the short links under it. HOW_TO_APPLY_LABEL gives way past them to the grant's name, never to them
 * (review72d t1, t3, t4, constructed: the e-service line, the form link and a related stipend came out as the title).
 */
export const HOW_TO_APPLY_AID: Cue<'aid'> = {
  id: 'how-to-apply-aid', where: 'line', meaning: 'aid', weight: 1,
  cue: /(?:^|[\s(])(?:e-tjänst\p{L}{0,4}|(?:ansöknings)?blankett\p{L}{0,4}|(?:ansöknings)?formulär\p{L}{0,4}|mina\s+sidor)(?=[\s),.]|$)|\((?:pdf|docx?|xlsx?|rtf)\b|^(?:relaterade|andra|fler)\s+(?:bidrag|stöd|sidor|länkar|stipendier)$/iu,
  examples: ['E-tjänsten för bidrag', 'Ansökningsblankett för bidrag (pdf, 120 kB)', 'Relaterade bidrag', 'Blankett för lokalbidrag', 'Logga in på Mina sidor'],
  counterExamples: ['Lokalbidrag för föreningar', 'Aktivitetsbidrag', 'Startbidrag för nya föreningar', 'Bidrag till e-sportföreningar'],
};

/**
 * A related-pages heading among HOW_TO_APPLY_AID's lines ("Relaterade bidrag", "Andra stöd"): the short lines under it are its
 * links, passed over with it (review72d t4).
 */
export const RELATED_PAGES_HEAD: Cue<'related'> = {
  id: 'related-pages-head', where: 'line', meaning: 'related', weight: 1,
  cue: /^(?:relaterade|andra|fler)\s/iu,
  examples: ['Relaterade bidrag', 'Andra stöd', 'Fler sidor'],
  counterExamples: ['E-tjänsten för bidrag', 'Ansökningsblankett för bidrag (pdf, 120 kB)', 'Lokalbidrag för föreningar'],
};

/** A heading that asks a question ("Vem och till vad kan bidrag sökas"): a section's, never the document's title. */
export const QUESTION_LINE: Cue<'question'> = {
  id: 'question-heading', where: 'line', meaning: 'question', weight: 1,
  cue: /^(?:vem|vilka|vilken|vilket|vad|hur|när|var|varför)\b|\?\s*$/iu,
  examples: ['Vem och till vad kan bidrag sökas', 'Hur mycket bidrag kan man få?'],
  counterExamples: ['Bidrag till ideella organisationer', 'Vårdnära statsbidrag 2024'],
};

/** A sentence that states the grant's purpose, or a heading over it. */
export const PURPOSE: ReadonlyArray<Cue<'purpose' | 'purpose-heading' | 'purpose-giving' | 'purpose-sum-title'>> = [
  {
    id: 'syftet-ar-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:Syftet?|Regeringens syfte)(?:\s+med\s+[\p{L} ]{0,60}?)?\s+(?:är|var)\s+att\b/u),
    examples: ['Syftet med statsbidraget är att stärka vårdkapaciteten.', 'Regeringens syfte var att korta vårdköerna.'],
    counterExamples: ['Medlen ska användas i syfte att stärka vårdkapaciteten.'],
  },
  {
    id: 'bidraget-finns-for-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:Stats)?bidraget\s+(?:finns|ska bidra)\s+för\s+att\b/u),
    examples: ['Statsbidraget finns för att fler ska få vård i tid.', 'Statsbidraget ska bidra för att stärka föreningslivet.'],
    counterExamples: ['Bidraget finns på vår webbplats för att ladda ner.', 'Statsbidraget ska redovisas.'],
  },
  {
    id: 'bidraget-syftar-till-att', where: 'sentence', meaning: 'purpose', weight: 1,
    // … a kind of bidrag in the plural, its aim hedged by an adverb: "Organisationsbidragen syftar oftast till att stödja
    // ungas ideella engagemang" (MUCF, diff q162)
    cue: sv(/^(?:(?:Det här|Detta)\s+(?:stats|projekt|verksamhets|organisations)?bidrag(?:et)?|(?:Stats|Projekt|Verksamhets|Organisations)?[Bb]idrag(?:et|en))\s+syftar\s+(?:oftast\s+|främst\s+|huvudsakligen\s+|i\s+första\s+hand\s+)?till\s+att\b/u),
    examples: ['Det här bidraget syftar till att stärka civilsamhället.', 'Projektbidraget syftar till att främja jämställdhet.', 'Organisationsbidragen syftar oftast till att stödja ungas ideella engagemang, initiativ som rör kultur, språk, identitet och delaktighet samt att stärka hbtqi-personers ställning i samhället.', 'Bidraget syftar främst till att öka tillgängligheten.'],
    counterExamples: ['Insatserna syftar till att stärka civilsamhället.', 'Bidragen syftar oftast till olika saker.', 'Statsbidraget syftar till att ersätta kommunernas kostnader för placeringar.'],
    // (… never what the money covers: "Statsbidraget syftar till att ersätta kommunernas kostnader …" is a use, review85b PU8)
    unless: [{ where: 'sentence', cue: sv(/^[^.]{0,80}?\btill\s+att\s+(?:täcka|finansiera|betala|bekosta|ersätta)\b/iu) }],
  },
  {
    // the grant as the subject of "finns till för att" / "är till för att": "Det här stödet finns till för att fler ska få
    // möjlighet att utveckla en god läsförmåga …" (Kulturrådet, diff q268), "Våra bidrag är till för att stödja föreningarnas
    // verksamhet och aktiviteter." (Svenljunga, diff q260); not a form or a page that is there to help ("Blanketten finns
    // till för att underlätta förberedelserna", diff q264)
    id: 'bidraget-finns-till-for-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:(?:Det här|Detta)\s+(?:stats|projekt|verksamhets|organisations)?(?:bidrag(?:et)?|stöd(?:et)?)|(?:Stats|Projekt|Verksamhets|Organisations)?[Bb]idrag(?:et|en)|Stödet|Våra\s+bidrag)\s+(?:finns|är)\s+till\s+för\s+att\b/u),
    examples: ['Det här stödet finns till för att fler ska få möjlighet att utveckla en god läsförmåga och ha tillgång till litteratur av hög kvalitet.', 'Våra bidrag är till för att stödja föreningarnas verksamhet och aktiviteter.'],
    counterExamples: ['Blankettexemplet och Wordfilen på webbplatsen finns till för att underlätta förberedelserna.', 'Bidraget är till för kommuner.', 'Stödet finns till för dig som driver en förening.'],
  },
  {
    // the grant as the subject of what it shall bring about: "Projektstödet ska möjliggöra genomförande av idéer för förnyelse
    // och innovation inom kulturområdet." (Region Halland, dev 1782), "Utvecklingsstödet ska möjliggöra genomförandet av idéer
    // …" (diff q274); what it shall be used for or how it is paid is no purpose
    id: 'stodet-ska-mojliggora', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:(?:Projekt|Utvecklings|Verksamhets|Kultur)?[Ss]töd(?:et)|(?:Stats|Projekt|Utvecklings|Verksamhets)?[Bb]idrag(?:et))\s+ska\s+(?:möjliggöra|främja|stimulera)\b/u),
    // … nor a rule on the money beside it, what the grant shall draw or not replace: "Stödet ska stimulera till
    // medfinansiering från kommunen, som ska vara minst 50 procent", "Stödet ska stimulera, inte ersätta, ordinarie
    // finansiering" (review58's open finding, vary63, constructed): a condition, not the grant's aim
    unless: [{ where: 'sentence', cue: sv(/^[^.]{0,40}?\bska\s+(?:möjliggöra|främja|stimulera)\s+(?:till\s+)?(?:(?:ökad|annan|extern|egen|kommunal|privat)\s+)?(?:med)?finansiering|\b(?:inte|ej)\s+(?:ersätta|tränga\s+undan),?\s+(?:\p{L}+\s+){0,2}?(?:finansiering|verksamhet|anslag|medel)\b/iu) }],
    examples: ['Projektstödet ska möjliggöra genomförande av idéer för förnyelse och innovation inom kulturområdet.', 'Utvecklingsstödet ska möjliggöra genomförandet av idéer för förnyelse och innovation inom kulturområdet och stärka Hallands utveckling och attraktionskraft.'],
    counterExamples: ['Projektstödet ska användas till att genomföra idéer.', 'Stödet ska redovisas senast den 1 mars.', 'Föreningen ska främja idrott.',
      'Stödet ska stimulera till medfinansiering från kommunen, som ska vara minst 50 procent.', 'Stödet ska stimulera, inte ersätta, ordinarie finansiering.', 'Bidraget ska främja och inte ersätta ordinarie verksamhet.'],
  },
  {
    // a programme named with its abbreviation as the subject: "Tidiga insatser för asylsökande (TIA) ska motverka passivisering under asyltiden, …"
    id: 'programmet-abbr-ska', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^[\p{L} -]{3,80}\s\(\p{Lu}{2,6}\)\s+ska\s+(?:motverka|främja|stärka|bidra\s+till|öka|förbättra|stimulera)\b/u),
    examples: ['Tidiga insatser för asylsökande (TIA) ska motverka passivisering under asyltiden, underlätta kontakter med den svenska arbetsmarknaden och främja en framtida etablering för de som beviljas uppehållstillstånd.'],
    counterExamples: ['Tidiga insatser för asylsökande (TIA) ska redovisas senast den 1 mars.', 'Insatserna ska motverka passivisering.'],
  },
  {
    // the satsning, the stöd or the statsbidrag as the subject of its aim: "Satsningen syftar till att bidra till en mer jämlik
    // … vård" (dev 2432), "Statsbidraget ska bidra till att motverka ensamhet bland äldre …" (dev 317) (press releases and
    // grant pages; pairx84). Never a project's or an applicant's aim, nor what the money shall cover ("Statsbidraget ska bidra
    // till att täcka kostnader …" is a use). Not "Stödet …" yet: a call page's "Stödet syftar till att …" reworded the next year
    // as "Syftet med utlysningen är att …" (Forte 2022 → 2024, dev 1044/806) is the same aim the change report cannot yet tell
    // from a new one (sameAimExtended reads word for word), a false alarm; left open for the diff
    id: 'satsningen-syftar-till-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:(?:Den\s+här|Denna|Regeringens)\s+)?(?:[Ss]atsning(?:en)?|Statsbidraget)\s+(?:syftar\s+(?:främst\s+|huvudsakligen\s+|i\s+första\s+hand\s+)?till\s+att|ska\s+(?:främst\s+)?bidra\s+till\s+att)\s+\p{L}/u),
    unless: [{ where: 'sentence', cue: sv(/^[^.]{0,60}?\btill\s+att\s+(?:täcka|finansiera|betala|bekosta|ersätta)\b/iu) }],
    examples: ['Satsningen syftar till att bidra till en mer jämlik, personcentrerad och tillgänglig vård.', 'Statsbidraget ska bidra till att motverka ensamhet bland äldre.',
      'Den här satsningen ska bidra till att fler unga får ett sommarjobb.'],
    counterExamples: ['Statsbidraget syftar till att ersätta kommunernas kostnader för placeringar.', 'Projektet syftar till att stärka civilsamhället.', 'Insatserna ska bidra till att fler unga får jobb.', 'Statsbidraget ska bidra till att täcka kostnader för lokalhyra.',
      'Föreningens satsning syftar till att locka fler medlemmar.'],
  },
  {
    // a fund named as the subject of its aim: "Region Skånes Miljövårdsfond syftar till att förbättra miljösituationen i Skåne
    // genom att stimulera och medfinansiera insatser …" (diff text q291, its lead and aim on two lines the reader joins; pair-why
    // class d, pairx84), "Fonden syftar till att stödja kulturutbyte mellan länderna" (constructed). A short name before
    // "fond": an association's or a project's fund is none
    id: 'fonden-syftar-till-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:\p{Lu}[\p{L}-]{0,30}\s+){0,3}?[\p{L}-]{0,30}?(?:[Ff]ond(?:en)?)\s+syftar\s+(?:främst\s+|huvudsakligen\s+)?till\s+att\s+\p{L}/u),
    unless: [{ where: 'sentence', cue: sv(/^(?:\p{L}+\s+){0,2}?(?:föreningens|projektets|klubbens|företagets)\b/iu) }],
    examples: ['Region Skånes Miljövårdsfond syftar till att förbättra miljösituationen i Skåne genom att stimulera och medfinansiera insatser.', 'Fonden syftar till att stödja kulturutbyte mellan länderna.'],
    counterExamples: ['Föreningens fond syftar till att stödja medlemmarna.', 'Projektet syftar till att förbättra miljön.', 'Fonden syftade till att stödja kulturutbyte.'],
  },
  {
    // the aim named "målet" of the grant, the call or the satsning: "Målsättningen med denna utlysning är att långsiktigt stärka
    // framgångsrik klinisk forskning" (dev 1035), "Målet med satsningen är att fler äldre ska få …" (press releases; pairx84).
    // Never a project's, a plan's or a strategy's aim ("Målet med projektet är att …", "Målet med Sörmlands regionala
    // utvecklingsstrategi är att …")
    id: 'malet-med-bidraget-ar-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:Målet|Målsättningen|Ändamålet)\s+med\s+(?:[\p{L}-]{1,30}\s+){0,3}?[\p{L}-]{0,30}?(?:bidraget|stödet|medlen|satsningen|stipendiet|utlysningen|utlysning|statsbidraget|pengarna)\s+är\s+att\s+\p{L}/u),
    // (… never the round's own handling: "Målet med utlysningen är att fördela medlen före sommaren", review84, constructed)
    unless: [{ where: 'sentence', cue: sv(/\bär\s+att\s+(?:kunna\s+)?(?:fördela|betala\s+ut|handlägga|besluta|fatta\s+beslut|få\s+in|behandla|bedöma|hantera)\b/iu) }],
    examples: ['Målsättningen med denna utlysning är att långsiktigt stärka framgångsrik klinisk forskning.', 'Målet med satsningen är att fler äldre ska få en meningsfull vardag.', 'Målet med statsbidraget är att fler barn ska kunna delta i organiserade fritidsaktiviteter.'],
    counterExamples: ['Målet med projektet är att fler ska röra sig.', 'Målet med Sörmland regionala utvecklingsstrategi är att Sörmland ska vara ett socialt hållbart län.', 'Målet med ansökan är att:', 'Målet med utlysningen är att fördela medlen före sommaren.', 'Målet med stödet är att kunna fatta beslut i maj.'],
  },
  {
    // the grant itself, by any of its nouns, as the subject of its aim (issue 14, pairx85): "Stödet syftar till att fler barn ska
    // kunna delta i kulturlivet", "Kulturstipendiet har till syfte att uppmuntra unga konstnärer", "Utvecklingsstödet ska bidra till
    // att stärka det lokala föreningslivet", "Medlen syftar främst till att korta vårdköerna" (constructed, the construction the
    // narrower rows above name one noun of each). A compound of a grant noun ("Projektstödet", "Lovaktivitetsstödet") opens the
    // sentence, with "Det här/Detta/Denna" at most; never a project's, an association's or an applicant's aim, nor what the money
    // shall cover ("… bidra till att täcka kostnader")
    id: 'stodet-syftar-till-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:(?:Det\s+här|Den\s+här|Detta|Denna)\s+)?(?:\p{Lu}\p{Ll}{0,30}?(?:stöd|stödet|bidrag|bidraget|bidragen|stipendiet|stipendierna|satsningen|utlysningen|programmet)|[Ss]töd(?:et)?|[Bb]idrag(?:et|en)|[Ss]tipendi(?:et|erna)|[Ss]atsning(?:en)?|[Uu]tlysning(?:en)?|Medlen|Pengarna)\s+(?:syftar\s+(?:främst\s+|huvudsakligen\s+|i\s+första\s+hand\s+|ytterst\s+|övergripande\s+)?till\s+att|har\s+(?:till|som)\s+(?:sitt\s+)?(?:främsta\s+|övergripande\s+|huvudsakliga\s+)?syfte\s+att|ska\s+(?:främst\s+|i\s+första\s+hand\s+)?bidra\s+till\s+att)\s+\p{L}/u),
    // (the participle "syftade" of a past round and a use of the money are no aim: "… bidra till att täcka/finansiera/bekosta …")
    unless: [{ where: 'sentence', cue: sv(/^[^.]{0,80}?\b(?:till|syfte)\s+att\s+(?:täcka|finansiera|betala|bekosta|ersätta)\b/iu) },
      { where: 'sentence', cue: sv(/^(?:\p{L}+\s+){0,2}?(?:föreningens|projektets|klubbens|företagets|sökandens|ert|ditt|er|din)\b/iu) },
      // (… nor an aid for the officials or the applicants, no money, "Beslutsstödet", "Informationsstödet", nor a training
      // programme, "Utbildningsprogrammet syftar till att ge handläggare …": review85b PU1, PU2, PU4)
      { where: 'sentence', cue: sv(/^(?:(?:Det|Den)\s+här\s+|Detta\s+|Denna\s+)?(?:(?:besluts|informations|metod|kunskaps|handläggar|skriv|process|kommunikations|användar|bedömnings|stöd)\p{Ll}{0,3}stöd(?:et)?|(?:utbildnings|kurs|mentors|introduktions|ledarskaps|konferens|seminarie|webbinarie|mötes|dag)\p{Ll}{0,3}program(?:met)?)\s/iu) },
      // (… nor quoted speech, a person's words in a news item: "Den här utlysningen syftar till att …, säger NN, forskningssekreterare")
      { where: 'sentence', cue: sv(/,\s*(?:säger|sa|berättar|menar|förklarar)\s+\p{Lu}/u) }],
    examples: ['Stödet syftar till att fler barn och unga ska kunna delta i kulturlivet.', 'Kulturstipendiet har till syfte att uppmuntra unga konstnärer att utvecklas.',
      'Utvecklingsstödet ska bidra till att stärka det lokala föreningslivet på landsbygden.', 'Medlen syftar främst till att korta vårdköerna.',
      'Det här stödet har som främsta syfte att öka tillgängligheten till kultur i hela länet.', 'Lovaktivitetsstödet syftar till att erbjuda barn och unga meningsfulla aktiviteter under loven.'],
    counterExamples: ['Konferensprogrammet syftar till att ge deltagarna inspiration.', 'Projektet syftar till att fler ska röra sig.', 'Föreningens stöd syftar till att hjälpa medlemmarna.', 'Stödet ska bidra till att täcka kostnader för lokalhyra.',
      'Insatserna syftar till att stärka civilsamhället.', 'Stödet syftade till att stärka civilsamhället.', 'Ansökan ska beskriva hur stödet syftar till att nå målen.',
      'Ert projekt ska bidra till att fler unga rör sig.', 'Den här utlysningen syftar till att ge forskare mer tid, säger Anna Berg, handläggare på fonden.',
      'Beslutsstödet syftar till att göra bedömningen likvärdig.', 'Utbildningsprogrammet syftar till att ge handläggare kunskap om regelverket.', 'Bidraget har till syfte att täcka en del av hyreskostnaderna.'],
  },
  {
    // a government's giving sentence with its aim, read only where no other row or heading states a purpose (findPurpose):
    // "Regeringen ger 150 miljoner kronor till kommunerna under 2026 för att fler barn ska kunna delta i fritidsaktiviteter",
    // "Regeringen har beslutat att fördela 40 miljoner kronor till regionerna för att korta köerna" (press releases; pairx84,
    // constructed). The government opens the sentence and gives now: a sum given last year is none, nor a sentence without
    // its aim ("Regeringen avsätter 5 miljarder kronor till äldreomsorgen.")
    id: 'regeringen-ger-for-att', where: 'sentence', meaning: 'purpose-giving', weight: 1,
    cue: sv(/^Regeringen\s+(?:har\s+(?:i\s+dag\s+)?beslutat\s+att\s+|vill\s+)?(?:ger|ge|avsätter|avsätta|satsar|satsa|tillför|tillföra|fördelar|fördela)\s[^.]{0,160}?\b(?:kronor|kr)\b[^.]{0,120}?\bför\s+att\s+\p{L}/u),
    // (… nor "för att användas i enlighet med …", where the money goes, not what for: "Regeringen ger Kammarkollegiet uppdraget att
    // utbetala totalt 290 000 000 kronor för att användas i enlighet med den överenskommelse …", dev 424; nor an agency's money to
    // run the grant, nor another satsning told beside it, review84: "Regeringen ger 5 miljoner kronor till Tillväxtverket för att
    // administrera stödet.", "Regeringen satsar dessutom 50 miljoner kronor på fler ordningsvakter för att …", constructed)
    unless: [{ where: 'sentence', cue: sv(/\b(?:förra|föregående)\s+år(?:et)?\b|\bi\s+fjol\b|\b(?:dessutom|även|också|samtidigt|därtill|sedan\s+tidigare)\b|\bför\s+att\s+(?:användas|betalas|fördelas|utbetalas|disponeras|rekvireras|administrera|handlägga|hantera|fördela|betala\s+ut|följa\s+upp|utvärdera|redovisa)\b/iu) }],
    examples: ['Regeringen ger 150 miljoner kronor i statsbidrag till kommunerna under 2026 för att fler barn ska kunna delta i fritidsaktiviteter.',
      'Regeringen har beslutat att fördela 40 miljoner kronor till regionerna för att korta köerna till barn- och ungdomspsykiatrin.'],
    counterExamples: ['Regeringen avsätter 5 miljarder kronor till äldreomsorgen.', 'Förra året gav regeringen 150 miljoner kronor för att fler barn skulle kunna delta.',
      'Regeringen ger Socialstyrelsen i uppdrag att följa upp satsningen för att se hur medlen används.', 'Regeringen satsar förra året 100 miljoner kronor för att korta köerna.',
      'Regeringen ger Kammarkollegiet uppdraget att utbetala totalt 290 000 000 kronor för att användas i enlighet med överenskommelsen.',
      'Regeringen ger 5 miljoner kronor till Tillväxtverket för att administrera stödet.', 'Regeringen avsätter 2 miljoner kronor till Forte för att utvärdera satsningen.',
      'Regeringen satsar dessutom 50 miljoner kronor på fler ordningsvakter för att öka tryggheten i centrum.'],
  },
  {
    // a press release's heading that is a sum given to an aim, read as the purpose only where the body states none
    // (findPurpose, last): "500 miljoner kronor till vaccinering mot covid-19", "100 miljoner kronor till att utveckla
    // idrottsverksamhet i utsatta områden", "60 miljoner kronor till regionerna för att bättre nyttja ledig vårdkapacitet" (dev
    // 2486, 2481, 663 had no purpose; fails86). What the sum goes "till" is an aim only as an infinitive ("till att …"), an
    // action noun in lower case (-ning, -ing, -ande, -else, -tion, -sion: "vaccinering", "digitalisering") or with "för att"
    // after it; a receiver is none ("till stiftelsen Swecare", "till ideella miljöorganisationer", a body's name in capitals
    // "till Svensk Idrottsforskning")
    id: 'summa-till-syfte-rubrik', where: 'sentence', meaning: 'purpose-sum-title', weight: 1,
    cue: sv(/^(?:(?:[Dd]rygt|[Nn]ästan|[Nn]ärmare|[Cc]irka|[Öö]ver)\s+)?\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?\s+(?:miljoner|miljarder|miljon|miljard|mnkr|kronor)(?:\s+kronor)?\s+(?:i\s+\p{Ll}+\s+)?till\s+(?:att\s+\p{Ll}|\p{Ll}[\p{L}-]{0,40}(?:ning|ing|ande|ende|else|tion|sion)(?![\p{L}-])|[^.–—:]{1,120}?\sför\s+att\s+\p{Ll})/u),
    // (… never the handling of the money itself, the funder's or an agency's own work on it, nor money paid back: "5 miljoner
    // kronor till administration av statsbidraget", "2 miljoner kronor till utvärdering av satsningen", "12 miljoner kronor
    // till återbetalning av felaktigt utbetalda bidrag", review86a; the nouns of regeringen-ger-for-att's guard)
    unless: [{ where: 'sentence', cue: sv(/^[^.–—:]{0,40}?\btill\s+(?:att\s+)?(?:administr|handlägg|hanter|uppfölj|följa\s+upp|utvärder|återbetal|betala\s+tillbaka|återkr|redovis)\p{L}*/iu) }],
    examples: ['500 miljoner kronor till vaccinering mot covid-19', '100 miljoner kronor till att utveckla idrottsverksamhet i utsatta områden',
      '60 miljoner kronor till regionerna för att bättre nyttja ledig vårdkapacitet', 'Drygt 40 miljoner kronor i statsbidrag till digitalisering av vårdens journaler'],
    counterExamples: ['3,5 miljoner kronor till stiftelsen Swecare för 2026', '14,5 miljoner kronor till ideella miljöorganisationer', '20 miljoner kronor till Svensk Idrottsforskning',
      '40 miljoner kronor till lärosätenas holdingbolag – så fördelas innovationssatsningen', 'Regeringen ger 500 miljoner kronor till vaccinering', '182 miljoner betalas ut till regionerna för arbete med vårdförlopp',
      '5 miljoner kronor till administration av statsbidraget för lovaktiviteter', '12 miljoner kronor till återbetalning av felaktigt utbetalda bidrag',
      '2 miljoner kronor till att utvärdera satsningen på lovskola'],
  },
  {
    // a fund's or foundation's own ändamål, the grant's purpose when the fund is the grant: "Fonden har som ändamål att
    // stödja kulturellt samarbete mellan Sverige och Danmark" (diff q110), "Stiftelsen har till ändamål att främja den
    // konstnärliga och kulturella verksamheten och utvecklingen i Göteborg" (dev 473). Only the fund, the foundation or
    // the grant as the subject: an applicant's ändamål ("föreningar som har till ändamål att …") is a condition.
    id: 'har-till-som-andamal-att', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:Fonden|Stiftelsen|(?:Stats)?[Bb]idraget|Stödet|Stipendiet)\s+har\s+(?:till|som)\s+(?:sitt\s+)?ändamål\s+att\b/u),
    examples: ['Fonden har som ändamål att stödja kulturellt samarbete mellan Sverige och Danmark.', 'Stiftelsen har till ändamål att främja den konstnärliga och kulturella verksamheten och utvecklingen i Göteborg.'],
    counterExamples: ['Bidrag ges till föreningar som har till ändamål att främja idrott.', 'Föreningen har som ändamål att främja idrott.', 'Utifrån fondens ändamål prioriteras bidrag till samarbetsprojekt.'],
  },
  {
    // the giver's own aim with the grant, "vill" + an aim verb (issue 14, pairuse78): "Vi vill främja återstart och utveckling av
    // kulturlivet i länet, …" (Region Uppsala, diff q132, q133), "Med Kungsbacka kommuns kulturpris vill nämnden för Kultur &
    // Fritid uppmärksamma en person eller grupp som …" (diff q235), "Genom utlysningen vill Forte möjliggöra aktiviteter som …"
    // (dev 1044). "Vi" only with främja/stärka/stimulera/bidra till (not "Vi vill påminna", "Vi vill uppmuntra er att söka
    // i god tid", "Vi vill utveckla vår e-tjänst"), nor the reader or the office itself after the verb ("Vi vill bidra till att du …", "Vi
    // vill stärka vår service", review78a); "Med"/"Genom" only with the grant, a prize or a call as what it is done by
    id: 'vi-vill-framja', where: 'sentence', meaning: 'purpose', weight: 1,
    cue: sv(/^(?:Vi\s+vill\s+(?:gärna\s+)?(?:främja|stärka|stimulera|bidra\s+till)\b(?!\s+(?:att\s+)?(?:du|ni|dig|er|din|ditt|dina|era|vår|vårt|våra)\b)|(?:Med|Genom)\s+(?:[\p{L}-]{1,30}\s+){0,3}?[\p{L}-]{0,30}?(?:bidrag(?:et|en)?|stöd(?:et)?|pris(?:et)?|stipendi(?:et|erna|um)|utlysning(?:en)?|satsning(?:en)?)\s+vill\s+(?!(?:föreningen|klubben|laget|organisationen|projektet|sökanden?|ni|du|\p{Lu}[\p{L}-]+\s+(?:IF|IK|BK|FK|FF|SK|GIF|AIK))\s)(?:[\p{L}&-]{1,30}\s+){1,5}?(?:främja|stärka|stimulera|bidra\s+till|uppmärksamma|premiera|möjliggöra|lyfta\s+fram)\b)/u),
    examples: ['Vi vill främja återstart och utveckling av kulturlivet i länet, och är nyfikna på era idéer!',
      'Med Kungsbacka kommuns kulturpris vill nämnden för Kultur & Fritid uppmärksamma en person eller grupp som gjort en värdefull insats.',
      'Genom utlysningen vill Forte möjliggöra aktiviteter som stärker nyttiggörandet av ett befintligt forskningsprojekt.',
      // constructed: other bodies' phrasing
      'Vi vill stärka barns och ungas möjligheter till en meningsfull fritid.', 'Med stipendiet vill regionen uppmärksamma unga konstnärer i länet.'],
    counterExamples: ['Vi vill påminna om att ansökan ska vara inne senast den 1 mars.', 'Vi vill uppmuntra er att söka i god tid.', 'Vi vill utveckla vår e-tjänst.',
      'Med ansökan vill vi att ni bifogar en budget.', 'Med bidraget vill vi att föreningen redovisar resultatet.', 'Föreningen vill främja idrott i kommunen.',
      // (not a wish about the applicant, the agency's own work or the applicant's aim)
      'Med hjälp av e-tjänsten vill vi förenkla ansökan.',
      // (review78a V1–V3: the office's service or own work, a granted project's aim in a list of last round's grants; constructed)
      'Vi vill bidra till att du som söker får svar så snabbt som möjligt.', 'Vi vill stärka vår service och har därför öppnat en ny e-tjänst.',
      'Med bidraget vill Ekby IF främja tjejfotboll i Ekby.', 'Med stödet vill föreningen stärka sitt ungdomsarbete.'],
  },
  {
    id: 'syfte-heading', where: 'heading', meaning: 'purpose-heading', weight: 1, cue: /^syfte/iu,
    examples: ['Syfte med statsbidraget', 'Syfte'],
    counterExamples: ['Villkor och syfte', 'Rekvisition'],
  },
];

/**
 * A bare colon lead of the purpose ("Syftet med bidraget är att:") and the line after it (findPurpose, rich75b): the lead is the
 * grant's only when it names the grant itself ('grant-lead'), not a project's, an assignment's or a past round's purpose; the
 * line after is its purpose only when it is an aim, not a field label or a rule sentence ('not-aim-line'). Review75b probes.
 */
export const PURPOSE_LEAD: ReadonlyArray<Cue<'grant-lead' | 'not-aim-line'>> = [
  {
    id: 'syftet-med-bidraget-ar-att-kolon', where: 'sentence', meaning: 'grant-lead', weight: 1,
    // (the grant by its own compound name too, words before it: "Syfte med Sydnärkebidraget är att:", Hallsberg dev 2114)
    cue: sv(/^Syftet?\s+med\s+(?:[\p{L}-]{1,30}\s+){0,3}?[\p{L}-]{0,30}?(?:bidraget|stödet|medlen|satsningen|stipendiet)\s+är\s+att\s*:\s*$/u),
    examples: ['Syftet med bidraget är att:', 'Syftet med statsbidraget är att:', 'Syfte med stödet är att:', 'Syfte med Sydnärkebidraget är att:', 'Syftet med det tillfälliga statsbidraget är att:'],
    counterExamples: ['Syftet med projektet är att:', 'Syftet med uppdraget är att:', 'Syftet med vårt projekt är att:', 'Syftet med förra årets bidrag var att:', 'Syftet med bidraget var att:'],
  },
  {
    // a form's next field label ("Målgrupp:"), or a rule sentence whose subject is followed by a finite verb ("Ansökan ska
    // ha kommit in senast den 1 mars 2025."): the list under the lead is not there
    id: 'rad-efter-ledet-inget-mal', where: 'sentence', meaning: 'not-aim-line', weight: 1,
    cue: sv(/:\s*$|^\p{L}+\s+(?:ska|skall|måste|kan|får|är|var|har|behöver|lämnas|skickas)\b/iu),
    examples: ['Målgrupp:', 'Ansökan ska ha kommit in senast den 1 mars 2025.', 'Bidraget kan sökas av föreningar.'],
    counterExamples: ['Stödja kommuner att genomföra smittsäkra aktiviteter under lovet.', 'främja ett rikt kulturliv i hela länet.', 'Ge fler barn möjlighet till en meningsfull fritid.'],
  },
];

/** A sentence that names the agency distributing the grant: "Socialstyrelsen fördelar …", "… betalar ut …", "uppdrag att …". */
export const DISTRIBUTES: ReadonlyArray<Cue<'distributes'>> = [
  {
    id: 'fordela-betala-ut', where: 'sentence', meaning: 'distributes', weight: 1, cue: /fördela|betala[rs]? ut|uppdrag att/iu,
    examples: ['Socialstyrelsen fördelar 500 miljoner kronor till regionerna.', 'Kammarkollegiet betalar ut medlen.', 'Regeringen ger Socialstyrelsen i uppdrag att betala ut medel.'],
    counterExamples: ['Socialstyrelsen har publicerat en rapport om vårdkapacitet.'],
  },
  {
    // a förordning names the agency that decides: "Socialstyrelsen prövar frågor om statsbidrag enligt denna förordning"
    id: 'provar-fragor-om-bidrag', where: 'sentence', meaning: 'distributes', weight: 1,
    cue: sv(/\bprövar\s+frågor\s+om\s+(?:stats)?bidrag\b|\bsom\s+beslutar\s+om\s+(?:stats)?bidrag(?:et)?\b/iu),
    examples: ['Socialstyrelsen prövar frågor om statsbidrag enligt denna förordning.', 'En ansökan om statsbidrag ska lämnas till Statens skolverk som beslutar om bidrag.'],
    counterExamples: ['Socialstyrelsen prövar ansökan i befintligt skick.', 'Kommunen beslutar om bidrag till föreningar i kommunen.'],
  },
];

/**
 * A distributing sentence dated from a year on ("Från och med 2018 fördelar Jämställdhetsmyndigheten
 * …"): a change of hands, weaker than an undated one ("Under 2017 har MUCF 9 miljoner kronor att
 * fördela"); the agency is read from it only when no other sentence names one.
 */
export const DISTRIBUTES_FROM_YEAR: ReadonlyArray<Cue<'from-year'>> = [
  {
    id: 'fran-och-med-ar', where: 'sentence', meaning: 'from-year', weight: 1,
    cue: sv(/\b(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?)\s+(?:år\s+)?(?:19|20)\d{2}\b/iu),
    examples: ['Från och med 2018 fördelar Jämställdhetsmyndigheten statsbidrag till kvinnors organisering.', 'Fr.o.m. 2025 betalar Kammarkollegiet ut medlen.'],
    counterExamples: ['Under 2017 har MUCF 9 miljoner kronor att fördela.', 'Socialstyrelsen fördelar medel från och med den 1 mars.'],
  },
];

/**
 * What a grant's id leaves out of its title, in this order: the document type ("Anvisningar för"),
 * the verb of applying, every year ("2026 års", "för 2026"), the grant word, the boilerplate
 * recipients ("till regioner och kommuner") and a leading linking word. `strip-all` rows remove
 * every occurrence, `strip` rows the first.
 */
export const ID_STRIPS: ReadonlyArray<Cue<'strip' | 'strip-all'>> = [
  {
    id: 'document-type', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:anvisningar?|återrapportering|fördelning av medel)\s+(?:för|av|till)\s+/iu,
    examples: ['Anvisningar för statsbidrag till regioner', 'Fördelning av medel till kommuner'],
    counterExamples: ['Statsbidrag för anvisningar'],
  },
  {
    id: 'applying', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:att\s+)?(?:rekvirera|ansöka om)\s+/iu,
    examples: ['Rekvirera statsbidrag för ökad tillgänglighet', 'Att ansöka om bidrag'],
    counterExamples: ['Statsbidrag att rekvirera'],
  },
  {
    // before the year rows, which would leave the number's tail ("929") in the id
    id: 'sfs-number', where: 'line', meaning: 'strip-all', weight: 1, cue: /(?:\bSFS\s+|\((?:SFS\s+)?)(?:19|20)\d{2}:\d{1,4}\)?\s*/u,
    examples: ['SFS 2017:1150 Förordning om statsbidrag', 'Förordning (2021:1234) om statsbidrag', 'förordningen (SFS 2019:1024) om bidrag'],
    counterExamples: ['Statsbidrag 2026', 'anslag 1:11 Havs- och vattenmiljöanslaget', 'Förordning om statsbidrag'],
  },
  {
    id: 'genitive-year', where: 'line', meaning: 'strip-all', weight: 1, cue: /(?:19|20)\d{2}\s+års\s+/u,
    examples: ['2026 års statsbidrag för vårdkapacitet'],
    counterExamples: ['Statsbidrag 2026'],
  },
  {
    id: 'year', where: 'line', meaning: 'strip-all', weight: 1, cue: sv(/\b(?:för|under|bidragsår)?\s*(?:19|20)\d{2}\b/u),
    examples: ['Statsbidrag för 2026', 'Stärkta bibliotek 2021'],
    counterExamples: ['Statsbidrag för vård'],
  },
  {
    id: 'grant-word', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:prestationsbaserat\s+)?(?:stats)?bidrag(?:et)?\s+/iu,
    examples: ['Statsbidrag till kommuner', 'Prestationsbaserat statsbidrag för vård'],
    counterExamples: ['Ökat statsbidrag'],
  },
  {
    id: 'to-recipients', where: 'line', meaning: 'strip', weight: 1,
    cue: /^(?:till\s+(?:regioner(?:na)?|kommuner(?:na)?|regioner och kommuner|kommuner och regioner)\s+)/iu,
    examples: ['till regioner för vårdkapacitet', 'till kommuner och regioner för tillsyn'],
    counterExamples: ['för regioner', 'till föreningar för arbete'],
  },
  {
    id: 'linking-word', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:för|till|att|i syfte att)\s+/iu,
    examples: ['för ökad tillgänglighet', 'i syfte att stärka'],
    counterExamples: ['Ökad tillgänglighet'],
  },
  {
    id: 'att', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:att\s+)/iu,
    note: 'one document: every example is from diff text q20; other texts\' lines starting "Att …" are headings and aims, not titles an id is made from',
    examples: ['att stärka vården'],
    counterExamples: ['stärka vården att'],
  },
  {
    id: 'arbete-med', where: 'line', meaning: 'strip', weight: 1, cue: /^(?:arbete med)\s+/iu,
    examples: ['arbete med mäns våld mot kvinnor'],
    counterExamples: ['mäns våld och arbete med kvinnor'],
  },
];

/**
 * A contact box laid over a page's top, above its own heading (issue 12, title79): a `head` that opens it ("Kontakt", "Kontakta
 * oss", "Kontaktinformation", "Kontakta <a house's name>", "Prata med oss") and its `field` lines (a labelled phone, e-mail or
 * address line, the switchboard's or reception's notice, an organisation number, a contact form's prompts, a lead that ends in
 * "kontakta"). fields/title.ts contactBox reads the run from a head to its last field, at most three other lines between two of
 * them, as chrome: a person's name, a unit's name and a form's prompt inside the box are never the title. A field alone, with no
 * head near it, is no box: the body may state a phone number or an address.
 */
export const CONTACT_BOX: ReadonlyArray<Cue<'head' | 'field'>> = [
  {
    id: 'contact-box-head', where: 'line', meaning: 'head', weight: 1,
    cue: /^(?:kontakt|kontaktinformation|kontaktuppgifter|kontakta\s+(?:oss|kommunen|staden|regionen|länsstyrelsen)|kontakta\s+\p{L}[\p{L}-]{1,30}(?:\s\p{L}[\p{L}-]{1,30}){0,2}|prata\s+med\s+oss|hitta\s+kontaktuppgifter)$/iu,
    examples: ['Kontakt', 'Kontakta oss', 'Kontaktinformation', 'Kontakta Hässleholm Kulturhus', 'Prata med oss', 'KONTAKT',
      // (title79 probes, constructed)
      'Kontakta Kulturhuset Fyren', 'Kontakta kommunen'],
    counterExamples: ['Kontakta kommunen för frågor om bidraget.', 'Kontaktperson för bidraget', 'Kontakta oss om du vill söka bidrag för 2025',
      'Kontaktmannaskap i hemtjänsten – bidrag för utveckling', 'Kontakt med föreningar och bidrag till dem'],
  },
  {
    id: 'contact-box-field', where: 'line', meaning: 'field', weight: 1,
    // a field's label opens the line ("Telefon: …", "Växel 0451-26 70 00", "Besök: Kungsgatan 32"), or a labelled address or
    // number stands in a one-line address strip ("Malung-Sälens kommun - Box 14 - … - Besöksadress: Lisagatan 34")
    cue: /^(?:tel(?:efon)?|telefontider|e-post|mejl|växel|besök|besöksadress|postadress|adress|öppettider|organisationsn(?:r|ummer)|fax)(?![\p{L}-])[^\n]{0,160}$|^[^.!?\n]{0,120}\b(?:besöksadress|postadress|organisationsnr|telefon|e-post)\s{0,2}:\s{0,3}\S[^\n]{0,120}$|^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$|^(?:skicka\s+(?:ett\s+)?meddelande(?:\s+till)?|ställ\s+en\s+fråga|tack\s+för\s+ditt\s+meddelande\.?)$|^(?:för\s+)?(?:mer\s+)?(?:information|frågor)\b[^.!?\n]{0,60}\skontakta$/iu,
    examples: ['Telefon: 0226-64 50 00', 'Telefontider: Måndag–fredag klockan 08.00–16.30.', 'E-post: servicecenter@avesta.se', 'Besök: Kungsgatan 32, Avesta.',
      'Växel: 0451-26 70 00', 'Organisationsnr: 212000-0985', 'Växel och reception stänger kl 12.00 dag före röd dag.', 'kommunkontor@orkelljunga.se',
      'Malung-Sälens kommun - Box 14 - 782 21 Malung - Besöksadress: Lisagatan 34', 'Skicka meddelande till', 'Ställ en fråga', 'För information och frågor om bidrag kontakta',
      // (title79 probes, constructed)
      'Telefon 0520-49 70 00', 'Öppettider: vardagar 8-16', 'Frågor om föreningsbidrag kontakta'],
    counterExamples: ['Telefonrådgivning för företag i kris – bidrag 2024', 'Besöksnäringens omställningsstöd', 'Växelvis boende och bidrag till familjer',
      'Ansökan skickas till kommunen. Postadress: Box 12, 123 45 Ort.', 'Frågor och svar om bidraget', 'Adressändring', 'Information om bidraget'],
  },
];

/**
 * A heading that tells the reader to do something ("Välj rätt typ av lokalbidrag", "Tänk på detta innan du söker", "Läs
 * mer om utlysningen"): a section's instruction, never the page's name (issue 12, title79: a heading right below an opening
 * sentence is taken as the page's name only when it is none of these; dev 328's "Välj rätt typ av lokalbidrag" under its lead).
 */
export const INSTRUCTION_HEADING: Cue<'section-label'> = {
  id: 'instruction-heading', where: 'line', meaning: 'section-label', weight: 1,
  // (… and a heading that tells something, a finite verb or a person in it: "360 miljoner kronor ska fördelas", "Såhär föreslår
  // du en idé", "47 organisationer har sökt verksamhetsbidrag" — a section of a news item, not its name; title79 scan)
  cue: /^(?:välj|tänk\s+på|läs|sök|använd|fyll\s+i|skicka|glöm\s+inte|kom\s+ihåg|observera|obs|ladda\s+ner|logga\s+in|klicka|se\s+till)(?![\p{L}-])|(?:^|\s)(?:ska|skall|har|kan|får|måste|du|ni|jag|vi|dig|er)(?=\s|$)/iu,
  examples: ['Välj rätt typ av lokalbidrag', 'Tänk på detta innan du söker', 'Läs mer om utlysningen', 'Glöm inte att bifoga budgeten', 'Fyll i blanketten för lokalbidrag',
    '360 miljoner kronor ska fördelas', 'Såhär föreslår du en idé', 'Sök bidrag', 'Årlig ekonomisk uppföljning och rekvisition ska lämnas enligt beslutet'],
  counterExamples: ['Bidrag till förvaltning av värdefulla kulturmiljöer', 'Läsfrämjande insatser för barn och unga', 'Valfrihet och bidrag till föreningar', 'Skickliga hantverkare – stipendium 2025',
    'Söktjänst för föreningsbidrag'],
};

/**
 * A section's topic heading or a listing's label, never a page's name (review79t): how something is done in the passive ("Så
 * fördelas pengarna", "Så bedöms ansökningarna"), a background or aim section ("Bakgrund och syfte", "Syfte med stödet"), a
 * listing of calls or grants by state ("Stängda utlysningar", "Aktuella bidrag"). fields/title.ts reads it where a heading
 * below a told opening or below an owner's label would be taken as the page's name.
 */
export const SECTION_TOPIC_HEADING: Cue<'section-label'> = {
  id: 'section-topic-heading', where: 'line', meaning: 'section-label', weight: 1,
  cue: /^(?:så\s+(?:här\s+)?\p{L}{2,20}(?:as|s)(?![\p{L}])|bakgrund(?![\p{L}])|syfte(?:t)?(?:\s+med|\s+och|$)|(?:aktuella|stängda|öppna|kommande|tidigare|avslutade|pågående)\s+(?:utlysningar|bidrag|stöd|stipendier|ansökningsomgångar)$)/iu,
  examples: ['Så fördelas pengarna', 'Så bedöms ansökningarna', 'Bakgrund och syfte', 'Bakgrund', 'Syfte med stödet', 'Stängda utlysningar', 'Aktuella bidrag'],
  counterExamples: ['Bidrag till restaurering av kulturbyggnader', 'Nytt stöd till lokala matprojekt', 'Syftesbeskrivning för kulturstöd 2025', 'Stängda lokaler – stöd till föreningar', 'Bakgrundsmusik i offentliga rum – projektstöd'],
};
