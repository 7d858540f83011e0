import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// recip81 (issue 12): recipients.types never wrong, read in the genres where it is missed. Constructed probes (my own
// sentences, no corpus text) across utlysning, grant page, anvisning, förordning and regeringsbeslut, mostly negatives that
// could give a wrong type: a target group of the work, a partner or co-applicant only, a body that decides, is informed or
// consulted, the agency as subject, a type excluded, a type in another grant's name or a list of other grants, a page's menu
// or footer, a foundation or company as the payer, "huvudman" as a school's organiser, "landsting"; and positives in the
// forms where it is missed (a "Vem kan söka?"/"Målgrupp:"/"Sökande:" label, a decision paying "kommunerna"/"regionerna", a
// förordning's "Statsbidrag får lämnas till …", a list under a colon).
// `want` is the whole set of types (a list compares as a set; null = none); `{ lacks }` asks only that a type is absent (where
// the right set is a miss the task does not fix). `run: 'fails'` marks a probe left open (the comment says why).

type Probe = { id: string; shape: string; want: Want | { lacks: string[] }; text: string; run?: 'fails' };

const PROBES: Probe[] = [
  // a target group of the work, not the applicant
  { id: 'T1', shape: 'utlysning: insatser för äldre i kommunerna, organisations apply', want: ['organisation'],
    text: '# Utlysning: Stöd till insatser mot ensamhet bland äldre\n\nMyndigheten utlyser medel för insatser för äldre personer i kommunerna. Ideella organisationer kan söka medlen.' },
  { id: 'T2', shape: 'anvisning: skolor i kommunen as beneficiaries, huvudmän requisition', want: ['huvudman'],
    text: '# Statsbidrag för skolbibliotek 2026\n\nStatsbidraget ska stärka skolbiblioteken i skolor i kommunen. Huvudmän för grundskolan kan rekvirera bidraget.' },
  { id: 'T3', shape: 'grant page: föreningar som arbetar med äldre i kommunen', want: ['organisation'],
    text: '# Stöd till seniorverksamhet\n\nStödet riktar sig till föreningar som arbetar med äldre i kommunen. Ansökan ska vara inne senast den 1 mars.' },
  { id: 'T4', shape: 'förordning: lämnas till organisationer för stöd till kvinnor i kommuner och regioner', want: ['organisation'],
    text: '# Förordning om statsbidrag till kvinnojourer\n\n1 § Denna förordning innehåller bestämmelser om statsbidrag.\n\n3 § Statsbidrag får lämnas till ideella organisationer för insatser som stöder våldsutsatta kvinnor i kommuner och regioner.' },
  { id: 'T5', shape: 'regeringsbeslut: pay organisations working for children in kommunernas familjehem', want: { lacks: ['kommun'] },
    text: '# Regeringsbeslut\n\nRegeringen beslutar att Socialstyrelsen ska betala ut 5 000 000 kronor till ideella organisationer som stöder barn i kommunernas familjehem.' },
  { id: 'T6', shape: 'grant page: barn och unga i regionens kommuner, then Vem kan söka', want: ['organisation'],
    text: '# Lovaktivitetsbidrag\n\nBidraget ska användas till aktiviteter för barn och unga i regionens kommuner.\n\n## Vem kan söka?\n\nFöreningar med verksamhet i länet kan söka bidraget.' },
  { id: 'T7', shape: 'utlysning: the project shall benefit invånare i regionerna', want: ['organisation'],
    text: '# Utlysning: Digital inkludering\n\nProjekten ska komma invånare i landets regioner till nytta. Stödet kan sökas av idéburna organisationer.' },
  { id: 'T8', shape: 'anvisning: "stöd till äldre" purpose, kommuner requisition', want: ['kommun'],
    text: '# Statsbidrag för äldreomsorg 2026\n\nSyftet är att ge bättre stöd till äldre och deras anhöriga. Kommunerna kan rekvirera statsbidraget.' },

  // a partner or co-applicant only
  { id: 'P1', shape: 'utlysning: the kommun as medsökande', want: ['organisation'],
    text: '# Utlysning: Lokala mötesplatser\n\nSökande ska vara en ideell förening. Kommunen ska vara medsökande i ansökan.' },
  { id: 'P2', shape: 'grant page: i samverkan med regionen', want: ['organisation'],
    text: '# Folkhälsobidrag\n\nProjektet ska genomföras i samverkan med regionen. Bidraget kan sökas av idéburna organisationer.' },
  { id: 'P3', shape: 'anvisning: kommuner requisition, plan with the region', want: ['kommun'],
    text: '# Statsbidrag för psykisk hälsa 2026\n\nKommunerna kan rekvirera medlen. Insatserna ska planeras i samverkan med regionen.' },
  { id: 'P4', shape: 'utlysning: medverkande parter kan vara kommuner och regioner', want: { lacks: ['kommun', 'region'] },
    text: '# Utlysning: Forskning om hållbara städer\n\nHuvudsökande ska vara ett universitet eller en högskola. Medverkande parter kan vara kommuner och regioner.' },
  { id: 'P5', shape: 'grant page: a kommun as samarbetspart but not projektägare', want: ['organisation'],
    text: '# Projektstöd för landsbygden\n\nStödet kan sökas av föreningar. En kommun kan ingå som samarbetspart men kan inte vara projektägare.' },
  { id: 'P6', shape: 'grant page: ansökan görs av föreningen tillsammans med minst en kommun', want: ['organisation'],
    text: '# Bidrag till trygghetsprojekt\n\nBidraget kan sökas av ideella föreningar. Ansökan görs av föreningen tillsammans med minst en kommun.' },
  { id: 'P7', shape: 'utlysning: regionen är medfinansiär', want: ['organisation'],
    text: '# Utlysning: Kulturella och kreativa näringar\n\nStödet kan sökas av ekonomiska föreningar och aktiebolag. Regionen är medfinansiär i projekten.' },
  { id: 'P8', shape: 'anvisning: regioner rekvirerar, kommuner as parter in the avtal', want: ['region'],
    text: '# Statsbidrag för ambulanssjukvård 2026\n\nRegionerna får rekvirera statsbidraget. Kommunerna är parter i det länsgemensamma avtalet.' },

  // a body that decides, is informed or consulted
  { id: 'D1', shape: 'förordning: länsstyrelsen decides after samråd med kommunen', want: ['organisation'],
    text: '# Förordning om bidrag till bygdegårdar\n\n2 § Bidrag får lämnas till ideella föreningar som äger en samlingslokal.\n\n5 § Länsstyrelsen prövar frågor om bidrag efter samråd med kommunen.' },
  { id: 'D2', shape: 'anvisning: regionerna ska ges tillfälle att yttra sig', want: ['kommun'],
    text: '# Statsbidrag för hemsjukvård 2026\n\nStatsbidraget får rekvireras av kommunerna. Regionerna ska ges tillfälle att yttra sig över planen.' },
  { id: 'D3', shape: 'regeringsbeslut: kommuner och länsstyrelser informed', want: { lacks: ['kommun', 'länsstyrelse'] },
    text: '# Regeringsbeslut\n\nRegeringen beslutar att Kammarkollegiet ska betala ut 3 000 000 kronor till Riksförbundet för hembygdsvård. Länsstyrelserna och kommunerna ska informeras om beslutet.' },
  { id: 'D4', shape: 'grant page: kommunens nämnd beslutar', want: ['organisation'],
    text: '# Kulturbidrag\n\nKultur- och fritidsnämnden i kommunen beslutar om bidraget. Bidraget kan sökas av ideella föreningar.' },
  { id: 'D5', shape: 'utlysning: regionstyrelsen decides', want: ['organisation'],
    text: '# Utlysning: Regionala utvecklingsmedel\n\nBeslut fattas av regionstyrelsen efter beredning. Ansökningar kan lämnas av företag och ideella organisationer.' },
  { id: 'D6', shape: 'anvisning: regioner requisition, kommunerna informed by the region', want: ['region'],
    text: '# Statsbidrag för barnhälsovård 2026\n\nRegionerna får rekvirera medlen. Regionen ska informera kommunerna om hur medlen används.' },
  { id: 'D7', shape: 'grant page: tillstyrkt av kommunen before it goes to länsstyrelsen', want: ['organisation'],
    text: '# Stöd till lokala bygdeprojekt\n\nStödet kan sökas av bygdeföreningar. Ansökan ska ha tillstyrkts av kommunen innan den skickas till länsstyrelsen.' },
  { id: 'D8', shape: 'förordning: yttrande från regionen', want: ['kommun'],
    text: '# Förordning om statsbidrag till kollektivtrafik\n\n3 § Statsbidrag får lämnas till kommuner för investeringar i busshållplatser.\n\n6 § Innan beslut fattas ska Trafikverket inhämta yttrande från regionen.' },

  // the agency itself as subject
  { id: 'A1', shape: 'grant page: länsstyrelsen lämnar bidrag to föreningar', want: ['organisation'],
    text: '# Bidrag till naturvård\n\nLänsstyrelsen kan lämna bidrag till ideella föreningar som sköter naturreservat.' },
  { id: 'A2', shape: 'utlysning: länsstyrelsen granskar, företag apply', want: { lacks: ['länsstyrelse'] },
    text: '# Utlysning: Stöd till kommersiell service\n\nLänsstyrelsen i Skåne län ansvarar för att granska ansökningarna. Stödet kan sökas av företag som driver butik på landsbygden.' },
  { id: 'A3', shape: 'anvisning: länsstyrelserna följer upp, kommuner requisition', want: ['kommun'],
    text: '# Statsbidrag för mottagande 2026\n\nKommunerna kan rekvirera statsbidraget. Länsstyrelserna följer upp hur medlen har använts.' },
  { id: 'A4', shape: 'grant page: regionen ger stöd, organisationer apply', want: ['organisation'],
    text: '# Regionalt kulturstöd\n\nRegionen ger årligen stöd till kulturorganisationer. Organisationer med säte i länet kan söka stödet.' },

  // a type excluded or conditional
  { id: 'E1', shape: 'grant page: Privatpersoner kan inte söka', want: ['organisation'],
    text: '# Miljöbidrag\n\nPrivatpersoner kan inte söka. Bidraget kan sökas av ideella föreningar och stiftelser.' },
  { id: 'E2', shape: 'utlysning: lämnas inte till privatpersoner, kommuner eller regioner', want: ['organisation'],
    text: '# Utlysning: Civilsamhällets beredskap\n\nBidrag lämnas inte till privatpersoner, kommuner eller regioner. Ansökan kan göras av ideella organisationer.' },
  { id: 'E3', shape: 'grant page: kommuner och regioner är inte bidragsberättigade', want: ['organisation'],
    text: '# Bidrag till idéburna organisationer\n\nStatliga myndigheter, kommuner och regioner är inte bidragsberättigade. Idéburna organisationer kan söka bidraget.' },
  { id: 'E4', shape: 'förordning: får inte lämnas till kommun eller region', want: ['organisation'],
    text: '# Förordning om bidrag till friluftsorganisationer\n\n3 § Bidrag får lämnas till en ideell förening.\n\n4 § Bidrag får inte lämnas till en kommun eller en region.' },
  { id: 'E5', shape: 'grant page: kommunala bolag kan inte söka', want: ['organisation'],
    text: '# Evenemangsstöd\n\nFöretag och kommunala bolag kan inte söka stödet. Stödet är till för ideella föreningar.' },
  { id: 'E6', shape: 'utlysning: kommuner may apply only as partners', want: ['organisation'],
    text: '# Utlysning: Natur för alla\n\nStödet kan sökas av ideella föreningar. Kommuner kan endast delta som samarbetspartner.' },
  { id: 'E7', shape: 'anvisning: kommuner may requisition only if they have a plan (conditional, still eligible)', want: ['kommun'],
    text: '# Statsbidrag för fritidskort 2026\n\nKommuner kan rekvirera statsbidraget endast om de har en beslutad plan för fritidsaktiviteter.' },
  { id: 'E8', shape: 'grant page: undantagna är kommuner och regioner', want: ['organisation'],
    text: '# Stöd till arrangörer\n\nStödet kan sökas av föreningar och stiftelser. Undantagna från stödet är kommuner och regioner.' },

  // a type in another grant's name or in a list of other grants
  { id: 'O1', shape: 'grant page: Se även other grants for kommuner and regioner', want: ['organisation'],
    text: '# Bidrag till ideella föreningar\n\nIdeella föreningar kan söka bidraget.\n\nSe även: Bidrag till kommuner för sommarlovsaktiviteter, Statsbidrag till regioner för cancervård.' },
  { id: 'O2', shape: 'utlysning: the call for kommuner opens later', want: ['organisation'],
    text: '# Utlysning: Stöd till civilsamhället\n\nDenna utlysning riktar sig till ideella organisationer. Utlysningen för kommuner och regioner öppnar i höst.' },
  { id: 'O3', shape: 'anvisning: kommuner may seek another grant', want: ['region'],
    text: '# Statsbidrag för förlossningsvård 2026\n\nStatsbidraget får rekvireras av regionerna. Kommunerna kan söka ett annat statsbidrag för samma ändamål.' },
  { id: 'O4', shape: 'grant page: a list of other grants under "Andra bidrag"', want: ['organisation'],
    text: '# Aktivitetsstöd\n\nFöreningar kan söka aktivitetsstöd.\n\n## Andra bidrag\n\n- Stöd till kommuner för bredband\n- Bidrag till regioner för kollektivtrafik' },

  // a page's menu or footer
  { id: 'M1', shape: 'grant page: breadcrumb and footer menu naming kommuner', want: ['organisation'],
    text: '# Bidrag till ideella föreningar\n\nStartsida > För föreningar > Bidrag\n\nIdeella föreningar kan söka bidraget.\n\nFör kommuner och regioner | För företag | Om oss' },
  { id: 'M2', shape: 'grant page: footer with the länsstyrelse\'s address', want: ['organisation'],
    text: '# Bidrag till fiskevård\n\nFiskevårdsområdesföreningar kan söka bidraget.\n\nLänsstyrelsen i Västernorrlands län, 871 86 Härnösand. Telefon 010-225 00 00.' },

  // a foundation or company as the payer
  { id: 'F1', shape: 'grant page: a stiftelse gives to kommunerna', want: ['kommun'],
    text: '# Bidrag till lekplatser\n\nSparbanksstiftelsen ger bidrag till kommunerna i Jämtlands län för att bygga lekplatser.' },
  { id: 'F2', shape: 'utlysning: financed by a stiftelse, kommuner apply', want: ['kommun'],
    text: '# Utlysning: Läsfrämjande i bibliotek\n\nUtlysningen finansieras av Stiftelsen för läsfrämjande. Kommuner kan söka bidraget.' },
  // (a miss on main, no wrong value: "delar ut bygdemedel till byaföreningar"; closed in types86: APPLICANT_LIST_FRAMES frame-fordela-belopp-till reads the giver's "delar ut … till")
  { id: 'F3', shape: 'grant page: a company pays bygdemedel to byaföreningar', want: ['organisation'],
    text: '# Bygdemedel från vindkraften\n\nVindkraftsbolaget delar ut bygdemedel till byaföreningar i kommunen.' },
  { id: 'F4', shape: 'utlysning: Arvsfonden finances, regioner apply', want: ['region'],
    text: '# Utlysning: Hälsofrämjande insatser\n\nArvsfonden finansierar projekten. Sökande ska vara regioner.' },

  // huvudman
  { id: 'H1', shape: 'anvisning: huvudmän för fristående och kommunala skolor', want: ['huvudman'],
    text: '# Statsbidrag för läromedel 2026\n\nStatsbidraget kan sökas av huvudmän för fristående skolor och kommunala skolor.' },
  { id: 'H2', shape: 'anvisning: både kommunala och enskilda huvudmän', want: ['huvudman'],
    text: '# Statsbidrag för fler speciallärare 2026\n\nBåde kommunala och enskilda huvudmän kan söka statsbidraget.' },
  { id: 'H3', shape: 'grant page: kommunen som huvudman, föreningar apply', want: ['organisation'],
    text: '# Bidrag till läxhjälp\n\nKommunen är huvudman för skolorna. Föreningar som erbjuder läxhjälp kan söka bidraget.' },
  { id: 'H4', shape: 'anvisning: skolhuvudmän, "kommunen" the principal\'s example', want: ['huvudman'],
    text: '# Statsbidrag för lovskola 2026\n\nSkolhuvudmän kan rekvirera statsbidraget. En kommun som är huvudman ska redovisa per skolenhet.' },

  // landsting
  { id: 'L1', shape: 'anvisning: landstingen may requisition', want: ['region'],
    text: '# Statsbidrag för psykiatri 2018\n\nLandstingen kan rekvirera statsbidraget senast den 1 november 2018.' },
  { id: 'L2', shape: 'grant page: a named landsting gives', want: ['organisation'],
    text: '# Bidrag till patientföreningar\n\nStockholms läns landsting delar ut bidrag till patientföreningar varje år.' },

  // organisationer vs föreningar, företag vs enskild firma
  { id: 'X1', shape: 'grant page: enskild firma and aktiebolag apply, no type', want: null,
    text: '# Starta eget-bidrag\n\nBidraget kan sökas av enskild firma och aktiebolag med säte i kommunen.' },
  { id: 'X2', shape: 'grant page: Sökande: ideella föreningar', want: ['organisation'],
    text: '# Föreningsbidrag 2026\n\nSökande: ideella föreningar registrerade i kommunens föreningsregister.\nBidrag: högst 20 000 kronor per förening.\nSista ansökningsdag: 15 mars 2026.\n\nAnsökan görs i kommunens e-tjänst.' },

  // positives in the forms where it is missed
  { id: 'V1', shape: 'grant page: "Vem kan söka?" answered by Kommuner och regioner', want: ['kommun', 'region'],
    text: '# Bidrag till klimatanpassning\n\n## Vem kan söka?\n\nKommuner och regioner.' },
  { id: 'V2', shape: 'utlysning: "Målgrupp:" label line', want: ['kommun'],
    text: '# Utlysning: Fossilfria transporter\n\nMålgrupp: Kommuner i Västra Götalands län.\nSista ansökningsdag: 15 april 2026.' },
  { id: 'V3', shape: 'utlysning: "Sökande:" label line', want: ['kommun', 'region'],
    text: '# Utlysning: Trygga offentliga miljöer\n\nSökande: Regioner och kommuner.\nBudget: 20 miljoner kronor.' },
  { id: 'V4', shape: 'regeringsbeslut: betala ut till kommunerna', want: ['kommun'],
    text: '# Uppdrag att betala ut medel för stärkt krisberedskap\n\nRegeringsbeslut 2026-03-12\n\nRegeringens beslut\n\nRegeringen beslutar att Socialstyrelsen ska betala ut 100 000 000 kronor till kommunerna enligt bilaga. Medlen ska användas för att stärka krisberedskapen inom socialtjänsten. Utgifterna ska belasta anslaget 4:5 under utgiftsområde 9.' },
  { id: 'V5', shape: 'regeringsbeslut: betala ut medlen till regionerna', want: ['region'],
    text: '# Regeringsbeslut\n\nRegeringen beslutar att Kammarkollegiet ska betala ut medlen till regionerna enligt fördelningen i bilaga 1.' },
  { id: 'V6', shape: 'förordning: Statsbidrag får lämnas till kommuner och regioner', want: ['kommun', 'region'],
    text: '# Förordning om statsbidrag för vattenvård\n\n3 § Statsbidrag får lämnas till kommuner och regioner som genomför åtgärder för bättre vattenkvalitet.' },
  { id: 'V7', shape: 'förordning: bidrag får lämnas till länsstyrelserna', want: ['länsstyrelse'],
    text: '# Förordning om bidrag till viltvård\n\n2 § Bidrag får lämnas till länsstyrelserna för åtgärder mot viltskador.' },
  { id: 'V8', shape: 'grant page: a list under a colon', want: ['kommun', 'region', 'organisation'],
    text: '# Bidrag till friluftsliv\n\nBidraget kan sökas av:\n\n- kommuner\n- regioner\n- ideella föreningar' },
  { id: 'V9', shape: 'anvisning: "Vilka kan söka?" answered by länsstyrelserna', want: ['länsstyrelse'],
    text: '# Medel för vattenförvaltning 2026\n\n## Vilka kan söka?\n\nLänsstyrelserna kan ansöka om medlen.' },
  { id: 'V10', shape: 'grant page: "Vem kan söka:" on one line', want: ['kommun', 'region'],
    text: '# Stöd till laddinfrastruktur\n\nVem kan söka: Kommuner och regioner.\nHur mycket: Högst 50 procent av kostnaden.' },
  { id: 'V11', shape: 'anvisning: Stödmottagare: Regioner', want: ['region'],
    text: '# Statsbidrag för tandvård 2026\n\nStödmottagare: Regioner.\nRekvisition: senast 1 oktober 2026.' },
  { id: 'V12', shape: 'anvisning: medlen fördelas till samtliga regioner', want: ['region'],
    text: '# Statsbidrag för vårdplatser 2026\n\nMedlen fördelas till samtliga regioner utifrån befolkningsmängd. Rekvisitionen görs i Socialstyrelsens e-tjänst.' },
  { id: 'V13', shape: 'utlysning: "Vem kan söka?" heading with a list', want: ['organisation', 'kommun'],
    text: '# Utlysning: Lokala klimatinitiativ\n\n## Vem kan söka?\n\n- Ideella föreningar\n- Kommuner\n\nFöretag kan inte söka.' },
  { id: 'V14', shape: 'regeringsbeslut: rekvirera for kommunerna', want: ['kommun'],
    text: '# Regeringsbeslut\n\nKommunerna får rekvirera medlen hos Länsstyrelsen i Stockholms län senast den 1 oktober 2026.' },
  { id: 'V15', shape: 'grant page: "Målgrupp" heading answered by organisations', want: ['organisation'],
    text: '# Stöd till integrationsprojekt\n\n## Målgrupp\n\nIdeella föreningar och stiftelser.' },
  { id: 'V16', shape: 'förordning: statsbidrag lämnas till regioner', want: ['region'],
    text: '# Förordning om statsbidrag för patientsäkerhet\n\n2 § Statsbidrag lämnas till regioner enligt denna förordning.' },
  { id: 'V17', shape: 'anvisning: "Vem kan rekvirera?" answered by kommuner', want: ['kommun'],
    text: '# Statsbidrag för habilitering 2026\n\n## Vem kan rekvirera?\n\nSamtliga kommuner kan rekvirera statsbidraget.' },
  { id: 'V18', shape: 'regeringsbeslut: fördelas mellan regionerna enligt bilaga', want: ['region'],
    text: '# Regeringsbeslut\n\nRegeringen beslutar att 200 000 000 kronor ska fördelas mellan regionerna enligt bilaga. Socialstyrelsen ska betala ut medlen.' },

  // second families: a government decision granting one named association, a förbund as payee, "Stödet gäller …"
  { id: 'R1', shape: 'regeringsbeslut: Regeringen beviljar a named stiftelse a sum', want: ['organisation'],
    text: '# Ansökan om bidrag för läsfrämjande insatser\n\nRegeringen beviljar Stiftelsen Läsrörelsen 2 500 000 kronor för att genomföra läsfrämjande insatser under 2026.\n\nBidraget avser verksamhet under 2026.' },
  { id: 'R2', shape: 'regeringsbeslut: a named association granted, kommunerna in the purpose', want: ['organisation'],
    text: '# Ansökan om bidrag för stöd till anhöriga\n\nRegeringen beviljar Anhörigas Riksförbund 1 200 000 kronor för att stödja anhörigkonsulenter i kommunerna.\n\nBidraget avser verksamhet under 2026.' },
  { id: 'R3', shape: 'regeringsbeslut: a university granted, no type', want: { lacks: ['organisation'] },
    text: '# Ansökan om medel för forskning om spelberoende\n\nRegeringen beviljar Stockholms universitet 4 000 000 kronor för en studie om spelberoende.\n\nMedlen ska användas under 2026.' },
  { id: 'R4', shape: 'regeringsbeslut: a state agency granted, no type', want: { lacks: ['organisation'] },
    text: '# Ansökan om medel för en kartläggning\n\nRegeringen beviljar Folkhälsomyndigheten 3 000 000 kronor för en kartläggning av unga vuxnas hälsa.\n\nMedlen ska användas under 2026.' },
  { id: 'R5', shape: 'regeringsbeslut: a kommun granted by name', want: ['kommun'],
    text: '# Ansökan om bidrag för ett pilotprojekt\n\nRegeringen beviljar Lycksele kommun 800 000 kronor för ett pilotprojekt om digital skolskjuts.\n\nMedlen ska användas under 2026.' },
  { id: 'R6', shape: 'regeringsbeslut: a company granted, no organisation', want: { lacks: ['organisation'] },
    text: '# Ansökan om stöd för en demonstrationsanläggning\n\nRegeringen beviljar Norrbränsle AB 6 000 000 kronor för en demonstrationsanläggning för biogas.\n\nMedlen ska användas under 2026.' },
  { id: 'R7', shape: 'regeringsbeslut: pay a kommunalförbund, no organisation', want: { lacks: ['organisation'] },
    text: '# Uppdrag att betala ut medel till ett kommunalförbund\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 5 000 000 kronor till Fyrbodals kommunalförbund för en regional kompetensplattform.\n\nMedlen ska användas under 2026.' },
  { id: 'R8', shape: 'regeringsbeslut: pay a riksförbund', want: ['organisation'],
    text: '# Uppdrag att betala ut bidrag till ett riksförbund\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 3 000 000 kronor till Riksförbundet för hjärt- och lungsjuka för informationsinsatser.\n\nMedlen ska användas under 2026.' },
  { id: 'R9', shape: 'grant page: "Stödet gäller enbart ideella föreningar"', want: ['organisation'],
    text: '# Återstartsstöd\n\nSyftet är att stärka föreningslivet efter pandemin.\n\n- Stödet gäller enbart ideella föreningar i kommunen\n- Ansökan ska vara inne senast den 1 maj' },
  { id: 'R10', shape: 'grant page: "Bidraget gäller kostnader för föreningar" (what it covers), kommuner apply', want: ['kommun'],
    text: '# Bidrag till lokalhyror\n\nBidraget gäller kostnader för föreningar som hyr lokaler. Kommuner kan söka bidraget hos länsstyrelsen.' },
  // a role then a denial with no subject of its own (recip81 adversarial run)
  { id: 'R11', shape: 'utlysning: "Vilka kan söka?" with "Kommuner och regioner kan vara medfinansiärer men kan inte söka"', want: ['organisation'],
    text: '# Utlysning: Hållbar turism\n\nTillväxtverket utlyser medel.\n\n### Vilka kan söka?\n\nFöretag, ideella föreningar och stiftelser kan söka. Kommuner och regioner kan vara medfinansiärer men kan inte söka.' },
  { id: 'R12', shape: 'grant page: "Regionen kan delta i projektet men inte vara sökande"', want: ['organisation'],
    text: '# Projektstöd för folkhälsa\n\nIdeella föreningar kan söka stödet. Regionen kan delta i projektet men inte vara sökande.' },
  { id: 'R13', shape: 'keep: "Kommuner kan söka bidraget men inte för löner"', want: ['kommun'],
    text: '# Bidrag till klimatanpassning\n\nKommuner kan söka bidraget men inte för löner. Ansökan ska vara inne senast den 1 april 2026.' },
  // open, misses (no wrong value): a numbered heading "2. Vem kan söka" read as a list item, so the section reader never runs;
  // a förordning's "Bidrag får lämnas till trossamfund" (forordning-lamnas-till has no trossamfund)
  { id: 'O5', shape: 'anvisning: numbered heading "2. Vem kan söka" over a fragment', want: ['huvudman'], run: 'fails',
    text: '# Anvisning för statsbidrag för förstärkt elevhälsa\n\n1. Syfte\n\nStatsbidraget ska stärka elevhälsan i skolor.\n\n2. Vem kan söka\n\nKommunala och enskilda huvudmän för grundskola.\n\n3. Redovisning\n\nHuvudmannen ska redovisa till Skolverket.' },
  // (read since types85: APPLICANT_LIST_FRAMES frame-lamnas-till, trossamfund an organisation in APPLICANT_NOUN_CLASSES)
  { id: 'O6', shape: 'förordning: "Bidrag får lämnas till trossamfund"', want: ['organisation'],
    text: '# Förordning om bidrag till trossamfund\n\n2 § Bidrag får lämnas till trossamfund.\n\n5 § Kommuner och regioner får inte lämna bidrag för samma ändamål.' },
];

describe('recip81: recipients.types never wrong, read where it is missed', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (typeof p.want === 'object' && p.want !== null && 'lacks' in p.want) {
        for (const t of p.want.lacks) expect(Array.isArray(got) ? got : [], `${p.id} ${JSON.stringify(got)}`).not.toContain(t);
      } else expectWant(got, p.want as Want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});
