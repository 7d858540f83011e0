// Whole-document probes (review73d, issue 12): complete mini-documents of bodies and programmes the corpus does not have —
// utlysningar and regeringsbeslut — each with 3–5 traps of other roles (a past round's dates and sums, a stage-1/stage-2 pair,
// a webinar or decision day, per-project caps beside the programme's sum, a co-financing share, the agency's own report, a
// budget table's other year, a kommun or partner named beside the applicant, criteria and application contents). The wants
// were written by reading each text, before any extractor run. A want is a value, `null` (no value), `{ not }` / `{ notIn }`
// (only what it must not be, where a careful reader could defend more than one value), `{ re }` (title), `{ has }` / `{ lacks }`
// (recipients.types), `{ none }` (no item of a list field matches).

export type DocWant = string | number | null | { not: unknown } | { notIn: unknown[] } | { re: string } | { has: string[] } | { lacks: string[] } | { none: string } | string[];
export type Doc = { id: string; body: string; text: string; want: Record<string, DocWant>; open?: Record<string, string> };

export const DOCS: Doc[] = [
  { id: 'U1', body: 'a research foundation, two-stage call', text: `Start > Utlysningar > Hållbara vattensystem 2026
Stiftelsen Mälardalens miljöforskning
Utlysning: Hållbara vattensystem – forskningsprojekt 2026
Publicerad 2025-09-01

Utlysningen sker i två steg. I steg 1 lämnas en projektskiss. I steg 2 bjuds utvalda sökande in att lämna en fullständig ansökan.

Viktiga datum
Steg 1, projektskiss: 2 oktober 2025 – 6 november 2025 kl. 14.00
Steg 2, fullständig ansökan (endast inbjudna): senast den 12 mars 2026
Beslut: juni 2026
Informationswebbinarium: 15 oktober 2025

Vem kan söka?
Forskare anställda vid universitet, högskolor och forskningsinstitut i Sverige. Projektet kan ha partner från kommuner och företag, men dessa kan inte vara huvudsökande.

Hur mycket kan man söka?
Utlysningen omfattar totalt 30 miljoner kronor. Varje projekt kan beviljas högst 4 miljoner kronor för högst tre år.

Bedömningskriterier
- vetenskaplig kvalitet
- relevans för vattenförvaltningen
- projektgruppens kompetens

Ansökan ska innehålla
- projektbeskrivning på högst 10 sidor
- budget för hela projekttiden
- CV för huvudsökande

Förra årets utlysning
I utlysningen 2025 beviljades 11 projekt totalt 27,5 miljoner kronor. Ansökningstiden för 2025 stängde den 7 november 2024.

Rapportering
Slutrapport ska lämnas senast tre månader efter projektets slut.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Hållbara vattensystem' }, 'recipients.types': { lacks: ['kommun'] }, 'funding.total': 30000000,
    'requisition.opens': '2025-10-02', 'requisition.closes': '2025-11-06', 'reporting.due': null,
    permitted_uses: { none: 'vetenskaplig kvalitet|projektbeskrivning|CV för' }, conditions: { none: 'vetenskaplig kvalitet' } } },

  { id: 'U2', body: 'an innovation agency, industry call', text: `Hem / Utlysningar
Smarta material för cirkulär industri 2026
Utlysning | Status: Kommande
Öppnar: 3 februari 2026
Stänger: 14 april 2026 kl. 14:00
Beslut senast: 30 juni 2026
Tidigaste projektstart: 1 augusti 2026
Senaste projektstart: 1 november 2026

Vad vill vi uppnå?
Syftet är att stärka svensk industris förmåga att ersätta fossila råvaror med återvunna och biobaserade material.

Vem kan söka?
Utlysningen riktar sig till företag av alla storlekar i samverkan med minst en forskningsutförare. Kommuner och regioner kan delta som projektparter men inte som koordinator.

Hur mycket pengar kan vi söka?
Totalt finns 45 miljoner kronor i utlysningen. Ett projekt kan få högst 6 miljoner kronor i stöd. Stödet får utgöra högst 50 procent av projektets stödberättigande kostnader för stora företag och högst 70 procent för små företag.

Vad finansierar vi inte?
Vi finansierar inte investeringar i produktionsutrustning eller ordinarie drift.

Om programmet
Programmet Cirkulär industri pågår 2024–2030 och har en total budget på 380 miljoner kronor. Föregående utlysning stängde den 12 september 2025.

Informationsmöte
Webbinarium om utlysningen den 24 februari 2026 kl. 10–11.

Kontakt
Anna Berg, handläggare, 08-123 456 78
Senast uppdaterad: 2026-01-20
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Smarta material' }, 'recipients.types': { lacks: ['kommun', 'region'] }, 'funding.total': 45000000,
    'requisition.opens': '2026-02-03', 'requisition.closes': '2026-04-14', 'reporting.due': null, 'usage_period.to': { notIn: ['2026-06-30', '2030-12-31'] },
    permitted_uses: { none: 'produktionsutrustning|50 procent' } } },

  { id: 'U3', body: 'a region\'s regional development money, two rounds and a budget table', text: `Region Västmanland
Regionala utvecklingsmedel 2026 – projektmedel

Regionala utvecklingsmedel kan sökas av kommuner, ideella föreningar, universitet och andra offentliga aktörer för projekt som genomför den regionala utvecklingsstrategin. Företag kan inte söka.

Ansökningsperioder 2026
Omgång 1: 15 januari–15 mars 2026
Omgång 2: 1 augusti–30 september 2026

Medfinansiering
Regionen finansierar högst 50 procent av projektets kostnader. Resterande del ska komma från annan offentlig medfinansiering, till exempel kommunen.

Budget
För 2026 finns 12 miljoner kronor att fördela. År 2025 beviljades 14,3 miljoner kronor till 21 projekt.

| År | Budget (kr) |
|---|---|
| 2025 | 14 300 000 |
| 2026 | 12 000 000 |
| 2027 | 11 000 000 (preliminärt) |

Vad får medlen användas till?
Medlen får användas till personalkostnader, externa tjänster och resor inom projektet. Medlen får inte användas till ordinarie verksamhet eller investeringar i fastigheter.

Redovisning
Lägesrapport lämnas senast den 31 januari 2027. Slutrapport lämnas senast två månader efter projektets slut.

Beslut
Regionala utvecklingsnämnden fattar beslut om omgång 1 den 22 april 2026.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Regionala utvecklingsmedel' }, 'recipients.types': { has: ['kommun', 'organisation'] }, 'funding.total': 12000000,
    'requisition.opens': { notIn: ['2026-04-22'] }, 'requisition.closes': { notIn: ['2026-04-22', '2027-01-31'] }, 'reporting.due': { notIn: ['2026-04-22', '2026-03-15', '2026-09-30'] },
    permitted_uses: { none: 'ordinarie verksamhet|fastigheter' }, excluded_uses: { none: 'personalkostnader|resor' } } },

  { id: 'U4', body: 'an EU social fund call', text: `Europeiska socialfonden+ – programområde A
Utlysning: Kompetensförsörjning i Norra Mellansverige 2026
Diarienummer: 2025/00412

Utlysningen är öppen: 2 mars 2026 – 5 maj 2026

Utlysningens budget: 60 miljoner kronor från ESF+ och 40 miljoner kronor i nationell medfinansiering.
Programperioden 2021–2027 omfattar totalt 8,8 miljarder kronor för hela Sverige.

Vilka kan söka?
Arbetsgivare, kommuner, regioner, myndigheter och ideella organisationer med organisationsnummer.

Projektperiod
Projekten kan pågå längst till och med den 31 december 2028. Kostnader får tidigast uppstå från och med beslutsdatum.

Medfinansiering
ESF+ finansierar upp till 60 procent av de stödberättigande kostnaderna. Minst 40 procent ska vara offentlig medfinansiering.

Tidigare utlysning
Utlysning 2025/3 stängde den 18 november 2025 och drog in 45 ansökningar.

Bedömning
Vi bedömer ansökningarna utifrån
- förväntade resultat
- samverkan med arbetsmarknadens parter
- jämställdhet och tillgänglighet

Informationsträff
Digital informationsträff den 17 mars 2026.

Ansökan görs i Projektrummet.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Kompetensförsörjning' }, 'recipients.types': { has: ['kommun', 'region', 'organisation'] },
    'funding.total': { notIn: [8800000000, 40000000] }, 'requisition.opens': '2026-03-02', 'requisition.closes': '2026-05-05', 'reporting.due': null,
    permitted_uses: { none: 'förväntade resultat|jämställdhet' } } },

  { id: 'U5', body: 'a foundation\'s call with an English summary', text: `Stiftelsen Nordisk Kulturbro
Projektbidrag 2026

Stiftelsen delar varje år ut bidrag till kulturprojekt som stärker samarbetet mellan de nordiska länderna.

Ansökningstid
Ansökan kan lämnas från den 1 september till den 15 oktober 2025. Besked lämnas i december 2025.
Bidragen avser projekt som genomförs under 2026.

Belopp
Stiftelsen delar ut sammanlagt 2,4 miljoner kronor. Enskilda bidrag uppgår normalt till 20 000–150 000 kronor.
Stiftelsens förmögenhet uppgick vid årsskiftet till 84 miljoner kronor.

Vem kan söka?
Föreningar, kulturinstitutioner och enskilda kulturutövare. Kommuner kan inte söka.

Redovisning
En redovisning ska lämnas senast den 31 januari 2027.

In English
The Foundation awards grants for Nordic cultural cooperation projects carried out in 2026. Applications open on 1 September and close on 15 October 2025. Grants of 20,000–150,000 SEK. Reports are due by 31 January 2027. The previous call closed on 15 October 2024.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Projektbidrag' }, 'recipients.types': { lacks: ['kommun'] }, 'funding.total': 2400000,
    'requisition.opens': '2025-09-01', 'requisition.closes': '2025-10-15', 'reporting.due': '2027-01-31' } },

  { id: 'U6', body: 'a länsstyrelse passing on an agency\'s money', text: `Länsstyrelsen i Hallands län
Sök bidrag för lokala naturvårdsprojekt 2026
Senast ändrad: 2025-11-03

Länsstyrelsen fördelar statliga medel till kommuner och ideella föreningar för lokala naturvårdsprojekt.

Sista ansökningsdag
Ansökan ska ha kommit in till Länsstyrelsen senast den 1 februari 2026. Ansökningar som kommer in efter den 1 februari 2026 behandlas inte.

Hur mycket?
Länet har tilldelats 5,2 miljoner kronor för 2026 av Naturvårdsverket. Statens bidrag är högst 50 procent av projektets kostnad; resten betalar kommunen eller föreningen själv. Naturvårdsverket fördelar totalt 200 miljoner kronor till alla län.

Villkor
Projektet ska vara avslutat senast den 30 november 2027.
Slutredovisning ska lämnas till Länsstyrelsen senast den 31 mars 2028.

Länsstyrelsens egen rapport
Länsstyrelsen redovisar fördelningen till Naturvårdsverket senast den 15 maj 2026.

Tidigare år
Ansökningsperioden för 2025 stängde den 1 februari 2025.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'lokala naturvårdsprojekt' }, 'recipients.types': { has: ['kommun', 'organisation'] }, 'funding.total': 5200000,
    'requisition.opens': null, 'requisition.closes': '2026-02-01', 'reporting.due': '2028-03-31', 'usage_period.to': '2027-11-30' } },

  { id: 'U7', body: 'a research foundation, a dates table', text: `Forskningsstiftelsen för arbetsliv och hälsa
Utlysning – projektbidrag 2027
Ansökningsperiod: 1 februari – 2 april 2026
Sista dag för ansökan: 2 april 2026 kl. 15.00

Om utlysningen
Stiftelsen avsätter 36 miljoner kronor för projektbidrag som startar 2027. Bidrag kan sökas för 1–3 år, högst 1,5 miljoner kronor per år och projekt. Stiftelsen har sedan 1998 finansierat forskning för över 900 miljoner kronor.

Behörighet
Sökande ska ha avlagt doktorsexamen senast den 2 april 2026 och vara verksam vid ett svenskt lärosäte.

Medlens användning
Bidraget får användas till lön, driftskostnader och resor. Bidraget får inte användas till lokalkostnader eller utrustning över 50 000 kronor.

Viktiga datum
| Datum | Händelse |
|---|---|
| 1 februari 2026 | Utlysningen öppnar |
| 2 april 2026 | Utlysningen stänger |
| 10 juni 2026 | Styrelsens beslut |
| 1 januari 2027 | Tidigaste projektstart |

Ekonomisk rapport och slutrapport lämnas senast sex månader efter bidragsperiodens slut.
`, want: { kind: 'anvisning', year: 2027, title: { re: 'projektbidrag' }, 'funding.total': 36000000, 'requisition.opens': '2026-02-01', 'requisition.closes': '2026-04-02',
    'reporting.due': null, permitted_uses: { none: 'doktorsexamen|lokalkostnader' } } },

  { id: 'U8', body: 'an innovation council, stage 1 förstudie and stage 2 genomförande', text: `Innovationsrådet för hälsa
Utlysning: Digitala vårdlösningar – steg 1 Förstudie och steg 2 Genomförande

Utlysningen har två steg. Projekt som beviljats en förstudie i steg 1 kan söka genomförandeprojekt i steg 2.

Steg 1 – Förstudie
Öppnar 10 mars 2026, stänger 5 maj 2026. Högst 500 000 kronor per projekt. Totalt 8 miljoner kronor.

Steg 2 – Genomförande
Stänger 3 februari 2027 (endast för projekt som beviljats steg 1). Högst 5 miljoner kronor per projekt. Totalt 40 miljoner kronor.

Vem kan söka?
Regioner, kommuner och företag i samverkan. Minst en region eller kommun ska vara part.

Medfinansiering
Stödet täcker högst 75 procent av kostnaderna.

Rapportering
Förstudien slutrapporteras senast den 30 november 2026.
`, want: { kind: 'anvisning', year: { not: 2027 }, title: { re: 'Digitala vårdlösningar' }, 'funding.total': { notIn: [500000, 5000000] },
    'requisition.opens': '2026-03-10', 'requisition.closes': { not: '2027-02-03' }, 'reporting.due': '2026-11-30' } },

  { id: 'U9', body: 'an archipelago foundation, kommuner named beside the applicants', text: `Skärgårdsstiftelsen i Östergötland
Bidrag till skärgårdsföreningar 2026
Ansök senast 31 mars 2026

Stiftelsen ger bidrag till ideella föreningar som driver verksamhet i Östergötlands skärgård. Projekt i samarbete med Söderköpings kommun eller Valdemarsviks kommun prioriteras. Kommunerna bidrar med egna medel till stiftelsen men kan inte själva söka.

Bidrag om högst 75 000 kronor per förening. Stiftelsen fördelar sammanlagt 900 000 kronor 2026.
Söderköpings kommun beslutade den 14 oktober 2025 att tillskjuta 300 000 kronor.

Bidraget ska användas under 2026 och redovisas senast den 15 januari 2027.

Vad bedömer vi?
– antal deltagare
– betydelse för den bofasta befolkningen

Ansökan ska innehålla:
– verksamhetsplan
– budget
– senaste årsmötesprotokoll
`, want: { kind: 'anvisning', year: 2026, title: { re: 'skärgårdsföreningar' }, 'recipients.types': ['organisation'], 'funding.total': 900000,
    'requisition.opens': null, 'requisition.closes': '2026-03-31', 'reporting.due': '2027-01-15', 'usage_period.to': '2026-12-31',
    permitted_uses: { none: 'årsmötesprotokoll|antal deltagare|verksamhetsplan' } } },

  { id: 'U10', body: 'a region\'s arrangörsstöd web page with news and chrome', text: `Meny  Sök  English  Lättläst
Startsida › Kultur › Bidrag och stipendier › Arrangörsstöd 2026
Arrangörsstöd 2026

Ansökan för arrangemang under första halvåret 2026 är öppen 1 oktober–1 november 2025. För arrangemang under andra halvåret 2026 öppnar ansökan 1 mars och stänger 1 april 2026.

Region Jämtland Härjedalen har 1,8 miljoner kronor att fördela i arrangörsstöd 2026. Högsta belopp per arrangemang är 40 000 kronor.

Vem kan söka?
Ideella föreningar och studieförbund med säte i länet. Kommuner och kommunala bolag kan inte söka.

Redovisning
Arrangemanget ska redovisas senast två månader efter genomförandet.

Relaterade nyheter
2025-05-12 Nu har vi fördelat arrangörsstöd för hösten 2025
2024-10-01 Sök arrangörsstöd senast 1 november 2024

Dela sidan  Skriv ut
Senast uppdaterad 2025-09-15
Kontakt: Kulturenheten, kultur@regionjh.se
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Arrangörsstöd' }, 'recipients.types': ['organisation'], 'funding.total': 1800000,
    'requisition.closes': { notIn: ['2024-11-01', '2025-05-12', '2025-09-15'] }, 'requisition.opens': { notIn: ['2024-10-01', '2025-09-15'] }, 'reporting.due': null } },

  { id: 'U11', body: 'a länsstyrelse\'s development money against violence', text: `Länsstyrelsen i Blekinge län
Utvecklingsmedel för att motverka mäns våld mot kvinnor 2026

Kommuner och regioner i Blekinge län kan nu söka utvecklingsmedel.
Ansökan ska ha inkommit senast den 27 februari 2026.

Totalt kan 1 200 000 kronor fördelas. En kommun kan beviljas högst 300 000 kronor. Medlen kommer från Jämställdhetsmyndigheten.

Medlen ska användas under perioden 1 april 2026–31 mars 2027.
Redovisning av hur medlen har använts ska lämnas senast den 30 april 2027.
Länsstyrelsen lämnar sin samlade redovisning till Jämställdhetsmyndigheten senast den 31 maj 2027.

Medlen får inte användas för ordinarie verksamhet.

Webbinarium för sökande den 3 februari 2026.
Beslut fattas senast den 20 mars 2026.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Utvecklingsmedel' }, 'recipients.types': { lacks: ['länsstyrelse'] }, 'funding.total': 1200000,
    'requisition.opens': null, 'requisition.closes': '2026-02-27', 'reporting.due': '2027-04-30', 'usage_period.from': '2026-04-01', 'usage_period.to': '2027-03-31' } },

  { id: 'U12', body: 'an agricultural research foundation, last year\'s results beside', text: `Stiftelsen Lantbruksforskning Syd
Ansökan om forskningsmedel 2027

Nu kan du söka medel för projekt med start 2027. Ansökan ska vara stiftelsen tillhanda senast den 15 september 2026.

Stiftelsen beräknar att fördela cirka 20 miljoner kronor. Medfinansiering från näringen om minst 20 procent krävs.

Resultat av förra årets utlysning
2025 inkom 64 ansökningar och 12 beviljades, totalt 18 miljoner kronor. Förra årets sista ansökningsdag var den 15 september 2025.

Projekttiden får vara högst tre år.
Bidrag lämnas inte till overheadkostnader över 20 procent.
Slutrapport lämnas senast sex månader efter projektets avslut.

Kontakt: kansliet, tel. 040-41 50 00
`, want: { kind: 'anvisning', year: 2027, title: { re: 'forskningsmedel' }, 'funding.total': 20000000, 'requisition.opens': null, 'requisition.closes': '2026-09-15', 'reporting.due': null } },

  { id: 'R1', body: 'a regeringsbeslut: uppdrag with medel to an agency', text: `Regeringsbeslut I:4
2026-02-12
S2026/00512
Socialdepartementet
Folkhälsomyndigheten
171 82 Solna

Uppdrag att stödja kommunernas arbete med suicidprevention

Regeringens beslut
Regeringen ger Folkhälsomyndigheten i uppdrag att stödja kommunernas arbete med suicidprevention. Folkhälsomyndigheten får för uppdragets genomförande använda 6 000 000 kronor under 2026. Medlen betalas ut efter rekvisition ställd till Kammarkollegiet senast den 1 december 2026.
Myndigheten ska senast den 31 mars 2027 lämna en ekonomisk redovisning till Kammarkollegiet.
En delredovisning ska lämnas till Regeringskansliet (Socialdepartementet) senast den 1 oktober 2026. Uppdraget ska slutredovisas senast den 31 mars 2027.

Skälen för regeringens beslut
Regeringen gav 2024 Folkhälsomyndigheten ett liknande uppdrag med 4 000 000 kronor (S2024/00231), som redovisades den 31 mars 2025. Antalet suicid i Sverige har legat på omkring 1 200 per år. Den nationella strategin för suicidprevention gäller 2025–2034.

På regeringens vägnar

Jakob Forssmed
Anna Ek

Kopia till
Statsrådsberedningen
Kammarkollegiet
Sveriges Kommuner och Regioner
`, want: { kind: 'anvisning', year: 2026, title: { re: 'suicidprevention' }, 'recipients.types': { lacks: ['kommun'] }, 'funding.total': 6000000,
    'requisition.opens': null, 'requisition.closes': '2026-12-01', 'reporting.due': { notIn: ['2026-10-01', '2025-03-31'] } } },

  { id: 'R2', body: 'a regeringsbeslut: a grant to a named organisation', text: `Regeringsbeslut 14
2026-03-05
Ku2026/00318
Kulturdepartementet
Riksförbundet Unga Musikanter
Box 123
101 23 Stockholm

Statsbidrag till Riksförbundet Unga Musikanter för 2026

Regeringens beslut
Regeringen beviljar Riksförbundet Unga Musikanter 2 500 000 kronor för verksamhet under 2026. Bidraget betalas ut av Kammarkollegiet efter rekvisition. Rekvisitionen ska ha kommit in till Kammarkollegiet senast den 1 december 2026.
Bidraget får användas till förbundets verksamhet för att främja barns och ungas musicerande. Bidraget får inte användas till representation.
Senast den 31 mars 2027 ska förbundet lämna en redovisning till Regeringskansliet (Kulturdepartementet) av hur medlen har använts.

Ärendet
Riksförbundet Unga Musikanter ansökte den 12 november 2025 om 4 000 000 kronor. För 2025 beviljades förbundet 2 200 000 kronor (Ku2025/00190).

Skälen för regeringens beslut
Förbundet har cirka 15 000 medlemmar i 180 föreningar.

På regeringens vägnar
`, want: { kind: 'anvisning', year: 2026, title: { re: 'Unga Musikanter' }, 'recipients.types': ['organisation'], 'funding.total': 2500000,
    'requisition.opens': null, 'requisition.closes': '2026-12-01', 'reporting.due': '2027-03-31', permitted_uses: { none: 'representation' } } },

  { id: 'R3', body: 'a regeringsbeslut changing an earlier decision', text: `Regeringsbeslut II:7
2026-06-18
LI2026/01422
Landsbygds- och infrastrukturdepartementet
Statens jordbruksverk
551 82 Jönköping

Ändring av regeringens beslut den 14 december 2025 om uppdrag att fördela stöd till lokala livsmedelsprojekt

Regeringens beslut
Regeringen ändrar sitt beslut den 14 december 2025 (LI2025/03310) på så sätt att Statens jordbruksverk får använda ytterligare 10 000 000 kronor, dvs. totalt 35 000 000 kronor, för att fördela stöd under 2026.
Regeringen ändrar vidare tidpunkten för slutredovisning av uppdraget från den 31 mars 2027 till den 30 juni 2027.
I övrigt gäller beslutet den 14 december 2025 oförändrat.

Ärendet
Genom beslutet den 14 december 2025 fick Jordbruksverket i uppdrag att fördela 25 000 000 kronor som stöd till ideella och ekonomiska föreningar för lokala livsmedelsprojekt. Jordbruksverket har i en skrivelse den 2 maj 2026 begärt ytterligare medel.

På regeringens vägnar
`, want: { kind: 'anvisning', year: 2026, title: { re: 'lokala livsmedelsprojekt' }, 'funding.total': { notIn: [10000000, 25000000] },
    'requisition.opens': null, 'requisition.closes': null, 'reporting.due': { notIn: ['2027-03-31', '2025-12-14', '2026-05-02'] } } },

  { id: 'R4', body: 'a regeringsbeslut: an agency distributes a statsbidrag, its own report to Regeringskansliet', text: `Regeringsbeslut 9
2026-04-23
U2026/01877
Utbildningsdepartementet
Statens skolverk
106 20 Stockholm

Uppdrag att fördela statsbidrag för läxhjälp

Regeringens beslut
Regeringen uppdrar åt Statens skolverk att under 2026 fördela 80 000 000 kronor som statsbidrag till huvudmän för skolväsendet för läxhjälp. Bidrag får lämnas till kommuner och enskilda huvudmän.
Huvudmännen ska ansöka hos Skolverket senast den 15 september 2026.
Huvudmän som tagit emot bidrag ska senast den 28 februari 2027 redovisa till Skolverket hur medlen har använts.
Skolverket ska redovisa uppdraget till Regeringskansliet (Utbildningsdepartementet) senast den 1 juni 2027.
Skolverket får använda högst 1 500 000 kronor av medlen för administration.

Skälen för regeringens beslut
Under 2023–2025 fördelades totalt 240 000 000 kronor för läxhjälp. Regeringen avser att återkomma om medel för 2027.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'läxhjälp' }, 'recipients.types': { has: ['huvudman'] }, 'funding.total': 80000000,
    'requisition.opens': null, 'requisition.closes': '2026-09-15', 'reporting.due': '2027-02-28' } },

  { id: 'R5', body: 'a regeringsbeslut with several years\' sums', text: `Regeringsbeslut I:12
2026-01-29
A2026/00145
Arbetsmarknadsdepartementet
Länsstyrelsen i Västra Götalands län
403 40 Göteborg

Uppdrag att fördela medel till kommuner för etablering av nyanlända 2026–2028

Regeringens beslut
Regeringen ger Länsstyrelsen i Västra Götalands län i uppdrag att fördela medel till kommuner för etableringsinsatser. För ändamålet får länsstyrelsen använda 20 000 000 kronor 2026. Regeringen beräknar att 20 000 000 kronor per år avsätts för 2027 och 2028, totalt 60 000 000 kronor under perioden.
Medlen för 2026 ska rekvireras hos Kammarkollegiet senast den 1 december 2026.
Kommunerna ska lämna en redovisning till länsstyrelsen senast den 31 mars varje år, första gången den 31 mars 2027.
Länsstyrelsen ska lämna en årlig redovisning till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 15 maj 2027 och en slutredovisning senast den 15 maj 2029.
`, want: { kind: 'anvisning', year: { notIn: [2027, 2028, 2029] }, title: { re: 'etablering av nyanlända' }, 'recipients.types': { has: ['kommun'] },
    'requisition.closes': '2026-12-01', 'reporting.due': { notIn: ['2027-05-15', '2029-05-15'] } } },

  { id: 'R6', body: 'a regeringsbeslut: a grant to an association, a kommun and a region as partners', text: `Regeringsbeslut 6
2026-05-07
Fi2026/01099
Finansdepartementet
Föreningen Levande Glesbygd
Storgatan 4
923 31 Storuman

Bidrag till Föreningen Levande Glesbygd för projektet Service i glesbygd

Regeringens beslut
Regeringen beviljar Föreningen Levande Glesbygd ett bidrag på 900 000 kronor för projektet Service i glesbygd, som genomförs tillsammans med Storumans kommun och Region Västerbotten. Bidraget avser perioden 1 juni 2026–31 maj 2027.
Bidraget betalas ut av Kammarkollegiet efter rekvisition som ska ha kommit in senast den 1 december 2026.
En slutrapport ska lämnas till Regeringskansliet (Finansdepartementet) senast den 30 september 2027.
Storumans kommun bidrar med 250 000 kronor och Region Västerbotten med 150 000 kronor i medfinansiering.

Ärendet
Föreningen ansökte den 3 februari 2026 om 1 200 000 kronor. Projektets totala budget är 1 300 000 kronor.
`, want: { kind: 'anvisning', title: { re: 'Service i glesbygd' }, 'recipients.types': ['organisation'], 'funding.total': 900000,
    'requisition.opens': null, 'requisition.closes': '2026-12-01', 'reporting.due': '2027-09-30', 'usage_period.from': '2026-06-01', 'usage_period.to': '2027-05-31' } },

  { id: 'R7', body: 'a regeringsbeslut: payment to the regions, a table in a bilaga, Socialstyrelsen\'s own report', text: `Regeringsbeslut II:3
2026-03-19
S2026/00977
Socialdepartementet
Kammarkollegiet

Utbetalning av medel till regionerna för barnmorskeutbildning 2026

Regeringens beslut
Regeringen ger Kammarkollegiet i uppdrag att betala ut 150 000 000 kronor till regionerna under 2026 enligt fördelningen i bilagan. Medlen ska användas för att öka antalet utbildningsplatser i samverkan med lärosätena.
Regionerna ska rekvirera medlen senast den 15 oktober 2026.
Regionerna ska senast den 31 mars 2027 redovisa till Socialstyrelsen hur medlen har använts. Medel som inte har använts ska återbetalas till Kammarkollegiet senast den 30 april 2027.
Socialstyrelsen ska sammanställa regionernas redovisningar och lämna en rapport till Regeringskansliet (Socialdepartementet) senast den 1 juni 2027.

Bilaga
| Region | Belopp (kr) |
|---|---|
| Region Stockholm | 36 000 000 |
| Västra Götalandsregionen | 25 000 000 |
| Region Skåne | 20 000 000 |
| Övriga regioner | 69 000 000 |
`, want: { kind: 'anvisning', year: 2026, title: { re: 'barnmorskeutbildning' }, 'recipients.types': ['region'], 'funding.total': 150000000,
    'requisition.opens': null, 'requisition.closes': '2026-10-15', 'reporting.due': '2027-03-31' } },

  { id: 'R8', body: 'a regeringsbeslut: an agency told to run a call, two years\' sums and its own reports', text: `Regeringsbeslut I:9
2026-02-26
KN2026/00655
Klimat- och näringslivsdepartementet
Statens energimyndighet
Box 310
631 04 Eskilstuna

Uppdrag att genomföra en utlysning om energikartläggning i små och medelstora företag

Regeringens beslut
Regeringen ger Statens energimyndighet i uppdrag att under 2026 och 2027 genomföra en utlysning av stöd till energikartläggning i små och medelstora företag. För uppdraget får myndigheten använda 30 000 000 kronor 2026 och 30 000 000 kronor 2027. Av beloppet får högst 2 000 000 kronor per år användas för myndighetens administration.
Stöd får lämnas med högst 50 procent av kostnaden för kartläggningen, dock högst 50 000 kronor per företag.
Utlysningen ska öppna senast den 1 juni 2026.
Uppdraget ska delredovisas till Regeringskansliet (Klimat- och näringslivsdepartementet) senast den 1 mars 2027 och slutredovisas senast den 1 mars 2028.
`, want: { kind: 'anvisning', year: { notIn: [2027, 2028] }, title: { re: 'energikartläggning' }, 'funding.total': { notIn: [2000000, 50000] },
    'requisition.closes': null, 'reporting.due': { not: '2027-03-01' } } },

  { id: 'R9', body: 'a regeringsbeslut: a named foundation may requisition, next year announced', text: `Regeringsbeslut 21
2026-06-11
Ju2026/02011
Justitiedepartementet
Stiftelsen Tryggare Förorter
Box 77
145 21 Norsborg

Bidrag till Stiftelsen Tryggare Förorter för 2026 och 2027

Regeringens beslut
Regeringen beslutar att Stiftelsen Tryggare Förorter får rekvirera 3 000 000 kronor för 2026. Regeringen avser att besluta om ytterligare 3 000 000 kronor för 2027, under förutsättning att riksdagen anvisar medel.
Medlen för 2026 ska rekvireras hos Kammarkollegiet senast den 15 november 2026 och får användas till och med den 31 december 2026.
Stiftelsen ska senast den 1 mars 2027 lämna en ekonomisk redovisning till Kammarkollegiet och en verksamhetsberättelse till Regeringskansliet (Justitiedepartementet).
Medlen får användas för stiftelsens arbete med trygghetsvandringar i samarbete med Botkyrka kommun och Södertälje kommun.

Ärendet
Stiftelsen har i en ansökan den 20 januari 2026 begärt 7 000 000 kronor för åren 2026–2028.
`, want: { kind: 'anvisning', year: { notIn: [2027, 2028] }, title: { re: 'Tryggare Förorter' }, 'recipients.types': { lacks: ['kommun'] }, 'funding.total': 3000000,
    'requisition.opens': null, 'requisition.closes': '2026-11-15', 'reporting.due': '2027-03-01', 'usage_period.to': '2026-12-31' } },

  { id: 'R10', body: 'a regeringsbeslut to all länsstyrelser, a table with last year\'s column', text: `Regeringsbeslut I:15
2026-03-26
LI2026/00812
Landsbygds- och infrastrukturdepartementet
Samtliga länsstyrelser

Uppdrag till länsstyrelserna att fördela medel för kommersiell service i landsbygder 2026

Regeringens beslut
Regeringen ger länsstyrelserna i uppdrag att under 2026 fördela totalt 45 000 000 kronor som stöd till kommuner för kommersiell service i landsbygder. Medlen fördelas mellan länsstyrelserna enligt tabellen nedan.

| Län | 2025 (kr) | 2026 (kr) |
|---|---|---|
| Norrbottens län | 5 200 000 | 5 500 000 |
| Västerbottens län | 4 900 000 | 5 100 000 |
| Jämtlands län | 4 100 000 | 4 300 000 |
| Övriga län | 28 800 000 | 30 100 000 |
| Summa | 43 000 000 | 45 000 000 |

Länsstyrelserna ska rekvirera medlen från Kammarkollegiet senast den 1 juni 2026. Kommunerna ska ansöka hos länsstyrelsen senast den 30 september 2026.
Länsstyrelserna ska redovisa uppdraget till Regeringskansliet senast den 31 mars 2027.
`, want: { kind: 'anvisning', year: 2026, title: { re: 'kommersiell service' }, 'funding.total': 45000000, 'requisition.opens': null } },

  { id: 'R11', body: 'a regeringsbeslut: a project grant over two years, a co-financing share, an earlier förstudie', text: `Regeringsbeslut 11
2026-09-17
Ku2026/01544
Kulturdepartementet
Riksföreningen Sveriges Kulturarvsbyar

Bidrag för projektet Levande kulturarvsbyar 2026–2027

Regeringens beslut
Regeringen beviljar Riksföreningen Sveriges Kulturarvsbyar ett bidrag på högst 1 800 000 kronor för projektet Levande kulturarvsbyar. Bidraget får utgöra högst 80 procent av projektets totala kostnader, som beräknas till 2 250 000 kronor. Av bidraget avser 1 000 000 kronor 2026 och 800 000 kronor 2027.
Bidraget betalas ut efter rekvisition. Rekvisition av 2026 års medel ska ha kommit in till Kammarkollegiet senast den 1 december 2026.
Föreningen ska senast den 31 mars 2028 lämna en slutrapport till Regeringskansliet (Kulturdepartementet) med en ekonomisk redovisning.
Bidraget får inte användas för investeringar i byggnader.

Ärendet
Föreningen fick 2024 ett bidrag på 600 000 kronor för en förstudie, som slutrapporterades den 28 februari 2025.
`, want: { kind: 'anvisning', year: { notIn: [2024, 2028] }, title: { re: 'Levande kulturarvsbyar' }, 'recipients.types': ['organisation'], 'funding.total': 1800000,
    'requisition.opens': null, 'requisition.closes': '2026-12-01', 'reporting.due': '2028-03-31', permitted_uses: { none: 'investeringar i byggnader' } } },

  { id: 'R12', body: 'a regeringsbeslut: payment to named kommuner without requisition or report', text: `Regeringsbeslut II:1
2026-10-08
Fi2026/02540
Finansdepartementet
Kammarkollegiet

Utbetalning av tillfälligt stöd till kommuner med stora kostnader för vinterväghållning 2026

Regeringens beslut
Regeringen ger Kammarkollegiet i uppdrag att betala ut 120 000 000 kronor till de 40 kommuner som anges i bilagan. Medlen betalas ut utan rekvisition senast den 30 november 2026. Kommunerna behöver inte ansöka.
Kommunerna ska inte lämna någon redovisning.
Medlen ska belasta utgiftsområde 25 Allmänna bidrag till kommuner, anslaget 1:1 Kommunalekonomisk utjämning, ap. 3.

Ärendet
Sveriges Kommuner och Regioner har den 2 september 2026 framfört att kommunernas kostnader för vinterväghållning under vintern 2025/26 har ökat med omkring 400 000 000 kronor.

Bilaga: Belopp per kommun
| Kommun | Belopp (kr) |
|---|---|
| Kiruna kommun | 6 400 000 |
| Gällivare kommun | 5 100 000 |
| Arjeplogs kommun | 2 200 000 |
`, want: { kind: 'anvisning', year: 2026, title: { re: 'vinterväghållning' }, 'recipients.types': ['kommun'], 'funding.total': 120000000,
    'requisition.opens': null, 'requisition.closes': null, 'reporting.due': null } },
];
