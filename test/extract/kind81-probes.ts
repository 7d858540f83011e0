// The probes of helper kind81 (issues 12 and 13): reporting forms, reporting instructions and anvisningar told apart, and
// reporting texts of a named grant never refused. Every text is constructed (own sentences, written before any run) in the
// layouts agencies use; none is copied from a dev or held-out text. The real layouts they follow, as the search tool showed
// them (pages corpus):
// - Kammarkollegiet, "Redovisa hur statsbidrag för säkerhetshöjande åtgärder har använts" (a page: "Redovisningen ska
//   innehålla:", "I slutrapporten ska du svara på följande frågor:" over bullet questions, a blankett to download):
//   https://www.kammarkollegiet.se/vara-tjanster/statsbidrag/redovisa-hur-statsbidrag-for-sakerhetshojande-atgarder-har-anvants
// - MUCF, "Redovisa bidrag för projekt till ungas organisering" ("Slutredovisningen ska innehålla", prisbasbelopp in kronor):
//   https://www.mucf.se/bidrag/statsbidrag/projektbidrag/stodja-ungas-organisering/redovisa-bidrag-projekt-till-ungas
// - Malmö stad, miljöanslag, "Projektredovisningsmall" (a form: "Projektredovisning av:____", prompts, "Datum: ____",
//   "Namnteckning", "Namnförtydligande"): https://studylibsv.com/doc/774147/mall-f%C3%B6r---malm%C3%B6-stad
// - "Struktur för slutrapport" (a form: numbered questions, no blanks): https://abcdocz.com/doc/5165306/struktur-f%C3%B6r-slutrapport
// - Folkhälsomyndigheten, "Hjälptext för redovisning av verksamhetsbidrag" (a help text walking the form's numbered parts with
//   "(max 1000 tecken)"): https://www.folkhalsomyndigheten.se/om-folkhalsomyndigheten/statsbidrag/beviljade-medel/beviljade-medel-2020/alkohol-tobak-och-spel-om-pengar---telefon-och-webbaserade-stodinsatser-2020/hjalptext-for-redovisning-av-verksamhetsbidrag/
// - Lund, "Så redovisar du" (a page: "Svara på de här frågorna:" over three bullet questions):
//   https://www.lund.se/uppleva--gora/bidrag-stod-och-stipendier/ovriga-bidragsformer/naromradesbidrag-till-kultur-traditioner-och-hogtider/sa-redovisar-du/
// - Region Stockholm, "Redovisning Projektstöd kultur och hälsa" (a page: "Stödet ska redovisas på kulturförvaltningens
//   blankett senast två månader efter genomförd verksamhet"): https://kultur.sll.se/redovisning-projektstod-kultur-och-halsa
// - Great Outdoors Colorado, "Final Report Form" (a form: "Contract No.:", "Project Name:", the grant's sums, "By: ______Date:
//   ______", then "FINAL REPORT INSTRUCTIONS" numbered): https://docsbay.net/great-outdoors-colorado
// - Gullspång, "Redovisning av arrangörsstöd" (an e-service's lead: "Har du fått arrangörsstöd beviljat av kommunen ska du
//   senast 2 månader efter …"): https://e-tjanster.gullspang.se/oversikt/overview/100
// - Trafikverket, "När projekt ska avslutas" ("I slutrapporten redogör ni bland annat för" over bullets, "Redovisa ekonomin
//   genom att"): https://www.trafikverket.se/tjanster/ansok-om/ansok-om-bidrag/bidrag-till-ideella-organisationer/projektbidrag-till-ideella-foreningar/Nar-projekt-ska-avslutas/

export type Kind = 'reporting-form' | 'anvisning';
export interface Probe {
  readonly id: string;
  readonly shape: string;
  readonly want: Kind;
  /** a reporting text of a named grant: it must not be refused (false: a general page, refusing it is right too) */
  readonly named: boolean;
  readonly text: string;
  /** why a probe is left open (it.fails) */
  readonly open?: string;
}

export const PROBES: readonly Probe[] = [
  // ---- reporting forms: the form or template itself
  { id: 'K01', shape: 'Kammarkollegiet-style form: numbered questions, "Svar:" blanks', want: 'reporting-form', named: true,
    text: 'Slutrapport – statsbidrag för säkerhetshöjande åtgärder\n\nBidragsmottagare:\nDiarienummer:\nKontaktperson:\n\n1. Vad avsåg ni att använda statsbidraget till?\nSvar:\n\n2. Vilka åtgärder har genomförts?\nSvar:\n\n3. Vilket resultat har åtgärderna lett till?\nSvar:\n\n4. Hur förhåller sig resultatet till det ni förväntade er?\nSvar:\n\n5. Har villkoren i beslutet uppfyllts?\nSvar:\n' },
  { id: 'K02', shape: 'Skolverket-style e-service printout: huvudman fields, questions with limits', want: 'reporting-form', named: true,
    text: 'Redovisning av statsbidrag för lärarassistenter 2025\n\nHuvudmannens namn:\nOrganisationsnummer:\nKontaktperson för redovisningen:\n\nFråga 1. Hur många lärarassistenter har anställts med statsbidraget? (ange antal)\n\nFråga 2. Beskriv hur lärarassistenterna har avlastat lärarna. (max 1 500 tecken)\n\nFråga 3. Hur stor del av det beviljade beloppet har använts? (ange belopp i kronor)\n\nFråga 4. Beskriv hur verksamheten har följts upp. (max 1 500 tecken)\n' },
  { id: 'K03', shape: 'MUCF-style slutredovisning with check boxes', want: 'reporting-form', named: true,
    text: 'Slutredovisning av projektbidrag\n\nOrganisation:\nProjektets namn:\nBeviljat belopp:\n\n☐ Projektet har genomförts enligt ansökan\n☐ Projektet har genomförts med ändringar\n☐ Projektet har inte genomförts\n\nBeskriv de viktigaste resultaten:\n\nBeskriv eventuella ändringar och skälen till dem:\n\nHar ni betalat tillbaka oanvända medel? ☐ Ja ☐ Nej ☐ Inget att återbetala\n' },
  { id: 'K04', shape: 'länsstyrelse economic report: a table to fill in', want: 'reporting-form', named: true,
    text: 'Ekonomisk redovisning – medel för insatser mot hedersrelaterat våld\n\nOrganisation:\nDiarienummer:\nRedovisningsperiod:\n\n| Kostnadspost | Budget enligt beslut | Utfall | Avvikelse |\n| Personal | | | |\n| Lokaler | | | |\n| Material | | | |\n| Externa tjänster | | | |\n| Summa | | | |\n\nKommentarer till avvikelser:\n\nUnderskrift av firmatecknare:\n' },
  { id: 'K05', shape: 'a form with the anvisning\'s rules above the questions and drawn blanks', want: 'reporting-form', named: true,
    text: 'Redovisning av kulturbidrag\n\nSå här fyller du i blanketten\nRedovisningen ska ha kommit in till kulturförvaltningen senast den 31 mars 2026. Bidrag som inte har använts ska betalas tillbaka. Skriv tydligt och använd ett extra blad om utrymmet inte räcker.\n\n1. Föreningens namn: ______________________\n2. Vad användes bidraget till? ______________________\n3. Antal besökare: ______________________\n4. Totala kostnader: ______________________\n5. Totala intäkter: ______________________\n\nDatum: __________ Underskrift: ______________________\n' },
  { id: 'K06', shape: 'a form whose first page is the rules, then parts with fields', want: 'reporting-form', named: true,
    text: 'Blankett: Delrapport för projektmedel\n\nInformation\nDelrapporten lämnas när halva projekttiden har gått. Den ska beskriva hur arbetet går och hur medlen har använts hittills. Rapporten skickas till länsstyrelsen per e-post och i original med underskrift. Om rapporten inte kommer in kan återstående medel hållas inne.\n\nDel A. Uppgifter om projektet\nProjektets namn:\nProjektägare:\nKontaktperson:\nTelefon:\n\nDel B. Genomförande\nBeskriv vilka aktiviteter som har genomförts under perioden:\n\nBeskriv eventuella avvikelser från projektplanen:\n\nDel C. Ekonomi\nFörbrukade medel hittills (kronor):\n\nDel D. Underskrift\nOrt och datum:\nNamnteckning:\nNamnförtydligande:\n' },
  { id: 'K07', shape: 'a region\'s redovisningsblankett with labels and a signing firmatecknare', want: 'reporting-form', named: true,
    text: 'REDOVISNINGSBLANKETT – REGIONALT KULTURSTÖD\n\nSökande organisation\nOrganisationsnummer\nProjektets titel\nBeviljat stöd, kronor\n\nGenomförande\nBeskriv hur projektet har genomförts och vilka som har medverkat.\n\nPublik och deltagare\nAnge antal publik och deltagare, fördelat på kvinnor och män.\n\nEkonomiskt utfall\nAnge projektets totala kostnader och intäkter.\n\nFirmatecknarens underskrift\nNamnförtydligande\n' },
  { id: 'K08', shape: 'an e-form with starred required fields, no numbers', want: 'reporting-form', named: true,
    text: 'Återrapportering av verksamhetsbidrag\n\nFält markerade med * måste fyllas i.\n\nOrganisationens namn *\nOrganisationsnummer *\nE-post till kontaktperson *\nBeskriv verksamheten under året *\nAntal medlemmar den 31 december *\nHar bidraget använts enligt beslutet? *\nÖvriga kommentarer\n' },
  { id: 'K09', shape: 'a kommun\'s arrangemangsbidrag report: income and cost rows', want: 'reporting-form', named: true,
    text: 'Redovisning av arrangemangsbidrag\n\nFörening: ....................................\nArrangemang: ....................................\nDatum för arrangemanget: ....................................\nAntal besökare: ....................................\n\nIntäkter\nEntréavgifter: .................... kr\nBidrag från kommunen: .................... kr\nÖvriga intäkter: .................... kr\n\nKostnader\nArvoden: .................... kr\nLokalhyra: .................... kr\nMarknadsföring: .................... kr\n\nUnderskrift: ....................................\n' },
  { id: 'K10', shape: 'a delredovisning with yes / no questions and explanations', want: 'reporting-form', named: true,
    text: 'Delredovisning – stöd till lokala utvecklingsprojekt\n\nProjektnamn:\nJournalnummer:\n\n1. Följer projektet tidsplanen? Ja / Nej\nOm nej, förklara varför:\n\n2. Har projektet haft de kostnader som budgeten angav? Ja / Nej\nOm nej, förklara avvikelsen:\n\n3. Har målgruppen nåtts? Ja / Nej\nBeskriv hur:\n\n4. Behöver projektet förlängas? Ja / Nej\n' },
  { id: 'K11', shape: 'a template with "[Skriv här]" placeholders under numbered headings', want: 'reporting-form', named: true,
    text: 'Mall för lägesrapport – Arvsfondsprojekt\n\nProjektets namn: [Skriv här]\nDiarienummer: [Skriv här]\n\n1. Vad har hänt i projektet sedan förra rapporten?\n[Skriv här]\n\n2. Hur har målgruppen varit delaktig?\n[Skriv här]\n\n3. Vilka svårigheter har ni mött?\n[Skriv här]\n\n4. Plan för nästa period\n[Skriv här]\n' },
  { id: 'K12', shape: 'an English final report form: contract fields, sums and a signature line', want: 'reporting-form', named: true,
    text: 'Final Report Form\n\nContract No.:\nProject Name:\nGrantee:\nContact Name and Phone No.:\nTotal Project Cost:\nGrant Amount:\n\nPlease read the statements below, sign and date to confirm they are accurate.\n1. The grantee has complied with the terms of the grant agreement.\n2. All costs reported were incurred for the project.\n\nBy: ____________ Date: ____________\nPrinted Name: ____________ Title: ____________\n' },
  { id: 'K13', shape: 'a numbered form with the rules under each question', want: 'reporting-form', named: true,
    text: 'Redovisning av bidrag till anhörigstöd 2025\n\n1. Kommunens namn\n\n2. Hur stort belopp har kommunen använt? Ange beloppet i kronor.\n\n3. Vilka insatser har genomförts? Kryssa i de som stämmer.\n[ ] Samtalsgrupper\n[ ] Utbildning för anhöriga\n[ ] Avlösning i hemmet\n[ ] Annat\n\n4. Beskriv kort hur insatserna har följts upp.\n\n5. Kontaktperson och e-post\n' },
  { id: 'K14', shape: 'a form in a region\'s layout with the report\'s name in capitals and its fields', want: 'reporting-form', named: true,
    text: 'SLUTRAPPORT\nFolkhälsomedel 2025\n\nProjektägare:\nProjektledare:\nProjekttid:\nBeviljade medel:\n\nSyfte och mål\nBeskriv projektets syfte och i vilken grad målen har uppnåtts.\n\nAktiviteter\nBeskriv de aktiviteter som har genomförts.\n\nResultat\nRedogör för projektets resultat.\n\nEkonomi\nBifoga en ekonomisk redovisning.\n\nDatum och underskrift:\n' },

  // ---- reporting instructions: pages about the report (anvisning), of a named grant, never refused
  { id: 'R01', shape: '"Så här redovisar ni" with an amount and the grant in the title', want: 'anvisning', named: true,
    text: 'Så här redovisar ni projektbidraget för ungas organisering\n\nOrganisationer som har fått projektbidrag ska redovisa hur pengarna har använts. Redovisningen lämnas i e-tjänsten senast tre månader efter att projektet har avslutats.\n\nHar ni fått fem prisbasbelopp eller mer, 2025 är det 294 000 kronor, ska en auktoriserad eller godkänd revisor granska redovisningen.\n\nPengar som inte har använts ska betalas tillbaka.\n' },
  { id: 'R02', shape: '"Redovisningen ska innehålla" bullets, no amount', want: 'anvisning', named: true,
    text: 'Redovisa verksamhetsbidraget\n\nRedovisningen ska innehålla:\n\n• en verksamhetsberättelse för året\n• en resultat- och balansräkning\n• revisionsberättelsen\n• uppgift om antal medlemmar\n\nRedovisningen skickas till registrator senast den 1 september året efter bidragsåret.\n' },
  { id: 'R03', shape: '"Ekonomisk redovisning" page naming the grant only in the body', want: 'anvisning', named: true,
    text: 'Ekonomisk redovisning\n\nDen ekonomiska redovisningen visar hur bidraget har använts. Den ska följa posterna i den budget som låg till grund för beslutet och visa samtliga intäkter och kostnader. Redovisningen ska skrivas under av firmatecknare. Spara kvitton och fakturor i minst fem år.\n' },
  { id: 'R04', shape: 'a page quoting the report\'s questions under "svara på följande frågor"', want: 'anvisning', named: true,
    text: 'Slutrapport för statsbidraget\n\nNär projektet är avslutat ska ni lämna en slutrapport till Kammarkollegiet. I slutrapporten ska ni svara på följande frågor:\n\n1. Vad användes statsbidraget till?\n2. Vilka resultat har insatserna lett till?\n3. Hur förhåller sig resultatet till det förväntade?\n4. Har villkoren i beslutet uppfyllts?\n\nTill slutrapporten ska en ekonomisk redovisning bifogas.\n' },
  { id: 'R05', shape: 'a page on "projektmedel" with a due date, no "bidrag" word', want: 'anvisning', named: true,
    text: 'Redovisa ert projekt\n\nNi som har beviljats projektmedel ska lämna en slutrapport senast den 30 april 2026. Rapporten ska beskriva vad projektet har genomfört och hur medlen har använts. Använd mallen som finns under Blanketter.\n' },
  { id: 'R06', shape: 'the grant named in the title only, the body about the e-service', want: 'anvisning', named: true,
    text: 'Redovisning – Lokalt kulturstöd\n\nDu redovisar i kommunens e-tjänst. Logga in med e-legitimation och välj ditt ärende. Redovisningen ska ha kommit in senast två månader efter att aktiviteten genomfördes. Bifoga bilder eller pressklipp om du har sådana.\n' },
  { id: 'R07', shape: 'instructions pointing to a blankett to download', want: 'anvisning', named: true,
    text: 'Redovisning av stöd till studieresor\n\nEfter resan ska du redovisa stödet på vår blankett. Ladda ner blanketten, fyll i den och skicka den till oss senast en månad efter hemkomsten. Bifoga kvitton för resa och boende. Har du inte gjort resan ska stödet betalas tillbaka.\n' },
  { id: 'R08', shape: 'a three-sentence page for a stipend', want: 'anvisning', named: true,
    text: 'Redovisa ditt stipendium\n\nSom stipendiat ska du lämna en kort rapport om hur stipendiet har använts. Rapporten ska lämnas senast ett år efter utbetalningen. Skicka den till stiftelsens kansli.\n' },
  { id: 'R09', shape: 'a region\'s "Återrapportering" with "Ni ska redogöra för:" bullets', want: 'anvisning', named: true,
    text: 'Återrapportering av regionalt utvecklingsstöd\n\nÅterrapporteringen görs i regionens e-tjänst senast den 31 januari året efter projektåret. Ni ska redogöra för:\n\n- vilka aktiviteter som har genomförts\n- hur många som har deltagit\n- hur stödet har använts\n\nEn revisor ska granska den ekonomiska redovisningen om stödet är 500 000 kronor eller mer.\n' },
  { id: 'R10', shape: 'English reporting guidelines for an award, no word "grant"', want: 'anvisning', named: true,
    text: 'Reporting on your award\n\nAll award holders must submit a final report within three months of the end of the funded project. The report should describe what was achieved, how the funds were spent and what happens next. Unspent funds must be returned.\n' },
  { id: 'R11', shape: 'a page on the auditor\'s statement and the accounts', want: 'anvisning', named: true,
    text: 'Revisorsintyg och ekonomisk redovisning\n\nEn godkänd eller auktoriserad revisor ska granska redovisningen om ni har fått mer än fem prisbasbelopp i bidrag. Revisorn ska använda vår mall för revisorsintyg. Intyget skickas in tillsammans med slutrapporten.\n' },
  { id: 'R12', shape: 'delrapport and slutrapport sections with a threshold amount', want: 'anvisning', named: true,
    text: 'Rapportering\n\nDelrapport\nProjekt som pågår längre än ett år lämnar en delrapport efter varje projektår. Delrapporten ska visa hur arbetet går och hur medlen har använts.\n\nSlutrapport\nNär projektet är klart lämnar ni en slutrapport med en ekonomisk redovisning. Har ni fått mer än 250 000 kronor ska redovisningen vara granskad av revisor.\n' },
  { id: 'R13', shape: 'a page on "Stödet ska redovisas på förvaltningens blankett"', want: 'anvisning', named: true,
    text: 'Redovisning av projektstöd kultur och hälsa\n\nStödet ska redovisas på kulturförvaltningens blankett senast två månader efter genomförd verksamhet. Av redovisningen ska framgå hur stödet har använts samt antal deltagare och målgrupp. Vid utebliven redovisning kan stödet krävas tillbaka.\n' },
  // (R14 names no grant at all, in no word: refusing it is right, as the page it follows names its grant, "projekt som erhållit
  // bidrag", where this one does not)
  { id: 'R14', shape: 'a page telling what the report covers, bullets under "I slutrapporten redogör ni för", no grant named', want: 'anvisning', named: false,
    text: 'När projektet ska avslutas\n\nNär projektet är slut skriver ni en slutrapport. Mall för slutrapport finns längre ned på sidan.\n\nI slutrapporten redogör ni bland annat för\n\n• hur ni har nått projektets mål\n• hur ni har följt projektplanen\n• vilka effekter projektet har haft\n\nRedovisa ekonomin genom att visa samtliga intäkter och kostnader.\n' },
  { id: 'R15', shape: 'a Danish afrapportering page for a pool\'s tilskud', want: 'anvisning', named: true,
    text: 'Afrapportering af tilskud\n\nNår projektet er afsluttet, skal tilskudsmodtageren indsende et regnskab og en kort beretning. Regnskabet skal vise, hvordan tilskuddet er anvendt. Fristen fremgår af tilsagnsbrevet.\n' },

  // ---- anvisningar with a short reporting section (must stay anvisning)
  { id: 'A01', shape: 'an anvisning whose last section quotes the report\'s questions', want: 'anvisning', named: true,
    text: 'Statsbidrag för sommarskola 2026\n\nSkolverket fördelar statsbidrag till huvudmän som anordnar sommarskola för elever i årskurs 8 och 9. Totalt finns 120 miljoner kronor att fördela. Ansökan ska ha kommit in senast den 15 mars 2026.\n\nVem kan söka?\nKommunala och enskilda huvudmän för grundskolan.\n\nVad kan bidraget användas till?\nKostnader för lärare och undervisningsmaterial under sommarskolan.\n\nRedovisning\nHuvudmannen ska redovisa hur bidraget har använts senast den 31 januari 2027. I redovisningen ska ni svara på:\n1. Hur många elever deltog?\n2. Hur många timmar undervisning gavs?\n3. Hur stor del av bidraget användes?\n' },
  { id: 'A02', shape: 'an utlysning with a numbered list of what the final report contains', want: 'anvisning', named: true,
    text: 'Utlysning: Projektstöd för landsbygdsutveckling 2026\n\nLänsstyrelsen utlyser 5 miljoner kronor för projekt som stärker service på landsbygden. Sista dag att ansöka är den 30 april 2026. Stöd kan ges till ideella föreningar och kommuner.\n\nStödet får användas till personalkostnader, köpta tjänster och material.\n\nSlutrapport\nSlutrapporten ska innehålla:\n1. En beskrivning av genomförda aktiviteter.\n2. Uppnådda resultat i förhållande till målen.\n3. En ekonomisk redovisning.\n' },
  { id: 'A03', shape: 'an anvisning with application questions and a reporting paragraph', want: 'anvisning', named: true,
    text: 'Bidrag till lovaktiviteter 2026\n\nKommunen ger bidrag till föreningar som ordnar avgiftsfria aktiviteter för barn under sommarlovet. Bidraget är högst 30 000 kronor per förening.\n\nI ansökan ska ni svara på:\n- Vilka aktiviteter planerar ni?\n- Hur många barn räknar ni med?\n- Vad kostar aktiviteterna?\n\nAnsökan ska ha kommit in senast den 1 april 2026. Bidraget ska redovisas senast den 30 september 2026 på kommunens blankett.\n' },

  // ---- kind81's second round, written after the first run: short reporting pages the refusal gate read as no grant text,
  // and forms of bare labels or headed parts read as anvisningar (all constructed)
  { id: 'S01', shape: 'a short English page: grantees asked to submit a report', want: 'anvisning', named: true,
    text: 'Reporting\n\nAll grantees are asked to submit a short report at the end of the grant period. Please tell us what you achieved and attach a statement of expenditure.\n' },
  { id: 'S02', shape: '"every organisation we fund" asked for an end-of-year report', want: 'anvisning', named: true,
    text: 'Reporting\n\nWe ask every organisation we fund to send us an end-of-year report. You can download the template below. Reports are due by 31 March.\n' },
  { id: 'S03', shape: 'Danish: a bevilling received, "skal I sende os en kort afrapportering"', want: 'anvisning', named: true,
    text: 'Afrapportering\n\nNår I har modtaget en bevilling, skal I sende os en kort afrapportering, når projektet er slut. Brug skabelonen nedenfor.\n' },
  { id: 'S04', shape: 'Norwegian: "mottatt midler fra oss", "skal rapportere innen"', want: 'anvisning', named: true,
    text: 'Rapportering\n\nAlle som har mottatt midler fra oss skal rapportere innen 1. mars året etter. Bruk rapportskjemaet i søknadsportalen.\n' },
  { id: 'S05', shape: 'the grant in the title only, "Reports are due"', want: 'anvisning', named: true,
    text: 'Grant reporting\n\nReports are due 30 days after the end of each quarter. Submit them in the online system.\n' },
  { id: 'S06', shape: 'one sentence: funded projects submit a final report', want: 'anvisning', named: true,
    text: 'Reporting\n\nFunded projects submit a final report at the end of the award.\n' },
  { id: 'S07', shape: 'one sentence: a bidrag received, "att skicka en kort rapport"', want: 'anvisning', named: true,
    text: 'Rapport\n\nVi ber alla som har fått ett bidrag att skicka en kort rapport när projektet är klart.\n' },
  { id: 'S08', shape: '"fått finansiering från oss", no grant word', want: 'anvisning', named: true,
    text: 'Redovisning\n\nNi som har fått finansiering från oss ska redovisa hur arbetet har gått. Redovisningen görs i vår portal och ska innehålla en lägesbeskrivning och en budgetuppföljning.\n' },
  { id: 'S09', shape: 'English: "how the money was spent", no grant word', want: 'anvisning', named: true,
    text: 'Final report\n\nWhen your project is complete, please send us a final report. The report should describe what you did, who took part and how the money was spent. Reports are due within two months of the project end date.\n' },
  { id: 'S10', shape: '"ska rapportera till regionen" and "hur pengarna har använts"', want: 'anvisning', named: true,
    text: 'Uppföljning och rapportering\n\nProjektägaren ska rapportera till regionen två gånger per år. Rapporten ska visa hur arbetet går i förhållande till projektplanen och hur pengarna har använts.\n' },
  { id: 'S11', shape: 'a report page that names no grant at all (refusing it is right)', want: 'anvisning', named: false,
    text: 'Redovisning\n\nRedovisningen ska göras senast den 31 mars 2026. Den ska innehålla en verksamhetsberättelse, en ekonomisk redovisning och revisorns intyg.\n' },
  { id: 'S12', shape: 'an end-of-project report page that names no grant (refusing it is right)', want: 'anvisning', named: false,
    text: 'End of project report\n\nPlease complete the end of project report within eight weeks of your project finishing. Tell us what happened, how many people took part and what you spent.\n' },
  { id: 'K15', shape: 'bare labels, one a paragraph each, under "Redovisning av bidrag"', want: 'reporting-form', named: true,
    text: 'Redovisning av bidrag\n\nBidragsmottagare\n\nBidragets ändamål\n\nBeviljat belopp\n\nRedovisade kostnader\n\nBeskrivning av genomförd verksamhet\n\nUnderskrift\n' },
  { id: 'K16', shape: 'Norwegian form under "Rapport for tilskudd", "Navn på søker", income and costs', want: 'reporting-form', named: true,
    text: 'Rapport for tilskudd 2024\n\nNavn på søker\nOrganisasjonsnummer\nKontaktperson\n\n1. Beskriv hva som er gjennomført\n2. Hvor mange har deltatt?\n3. Hvordan er tilskuddet brukt?\n4. Er det avvik fra søknaden? Beskriv.\n\nRegnskap\nInntekter\nUtgifter\n\nSted, dato og signatur\n' },
  { id: 'K17', shape: 'a form whose parts are short heads over prompts, under an intro of rules', want: 'reporting-form', named: true,
    text: 'Slutrapport – stöd till kulturprojekt\n\nAnvisningar\nRapporten ska lämnas senast två månader efter att projektet har avslutats. Rapporten ska vara undertecknad av firmatecknare. Spara kvitton i tio år. Om bidraget inte har använts ska det betalas tillbaka. Vi kan begära in kvitton för granskning.\n\nProjekt\nProjektets namn\nDiarienummer\n\nGenomförande\nBeskriv hur projektet har genomförts.\n\nResultat\nBeskriv projektets resultat.\n' },
  { id: 'K18', shape: 'an association\'s report: bare labels, a declaration, the deadline above', want: 'reporting-form', named: true,
    text: 'Redovisning av föreningsbidrag 2025\n\nFyll i blanketten och skicka den till fritidsförvaltningen senast den 31 mars 2026.\n\nFöreningens namn\nOrganisationsnummer\nKassör\nTelefon\n\nAntal medlemmar 7–20 år\nAntal sammankomster\nFöreningens totala intäkter\nFöreningens totala kostnader\n\nIntygande\nVi intygar att lämnade uppgifter är riktiga.\n\nOrdförande\nKassör\n' },

  // ---- kind81's third round: forms of numbered parts and bare labels, and pages that show labels without being forms
  { id: 'K19', shape: 'a filled-in report: label lines each over its answer', want: 'reporting-form', named: true,
    text: 'Redovisning av projektbidrag 2025\n\nProjektets namn\nFritidsgård i centrum\nOrganisation\nNorrby ungdomsförening\nBeviljat belopp\n120 000 kr\n\nBeskriv vad som har genomförts\nVi har haft öppet tre kvällar i veckan under hela året.\n\nHur många unga har deltagit?\nCirka 80 unga per vecka.\n\nHur har bidraget använts?\nTill lön för fritidsledare och till material.\n' },
  { id: 'K20', shape: 'a short head, a lead to answer the questions below, bare questions', want: 'reporting-form', named: true,
    text: 'Slutrapport\nStöd till lokala kulturarrangemang\n\nHär beskriver ni kort hur arrangemanget blev. Svara på frågorna nedan och skicka blanketten till kultur@kommun.se.\n\nVad hette arrangemanget?\n\nNär och var genomfördes det?\n\nHur många besökare kom?\n\nVad kostade arrangemanget totalt?\n\nHur informerade ni om att kommunen gav stöd?\n' },
  { id: 'K21', shape: 'a template\'s table of empty rows and its sum labels', want: 'reporting-form', named: true,
    text: 'Återrapporteringsmall\n\n| Aktivitet | Datum | Antal deltagare | Kostnad |\n| --- | --- | --- | --- |\n|  |  |  |  |\n|  |  |  |  |\n|  |  |  |  |\n\nSumma kostnader:\nBeviljat bidrag:\nAtt återbetala:\n' },
  { id: 'K22', shape: 'numbered parts and sub-labels ("Del 1", "1.1 Organisationens namn", "2.1 Beskriv …")', want: 'reporting-form', named: true,
    text: 'Redovisning av verksamhetsbidrag\n\nDel 1 Uppgifter om organisationen\n1.1 Organisationens namn\n1.2 Organisationsnummer\n1.3 Kontaktperson\n\nDel 2 Verksamheten\n2.1 Beskriv verksamheten under bidragsåret\n2.2 Ange antal medlemmar\n\nDel 3 Ekonomi\n3.1 Intäkter\n3.2 Kostnader\n3.3 Resultat\n' },
  { id: 'K23', shape: 'an English form: "Please describe …" prompts under blank head fields', want: 'reporting-form', named: true,
    text: 'FINAL REPORT\n\nGrantee organization:\nProject title:\nGrant period:\n\nPlease describe the activities carried out with the grant.\n\nPlease describe the results achieved and how they were measured.\n\nPlease describe any challenges and how you addressed them.\n\nPlease attach a financial report showing how the grant funds were spent.\n' },
  { id: 'K24', shape: 'a Norwegian form: colon labels, bare questions, date and signature', want: 'reporting-form', named: true,
    text: 'Sluttrapport for prosjekttilskudd\n\nOrganisasjon:\nProsjektnavn:\nTildelt beløp:\n\nHva ble gjort i prosjektet?\n\nHvem deltok?\n\nHva har prosjektet ført til?\n\nRegnskap for prosjektet legges ved.\n\nDato:\nUnderskrift:\n' },
  { id: 'K25', shape: '"Blankett för redovisning": a rule above, bare labels, "Datum", "Namnteckning"', want: 'reporting-form', named: true,
    text: 'Blankett för redovisning\n\nSöker ni nytt bidrag måste föregående års bidrag vara redovisat. Blanketten skickas till kommunen senast 1 mars.\n\nFörening\nOrganisationsnummer\nBidrag som redovisas\nBelopp\n\nRedogörelse för hur bidraget har använts\n\nEventuellt överskott som ska betalas tillbaka\n\nDatum\nNamnteckning\n' },
  { id: 'C01', shape: 'a page listing the report\'s labels under "Redovisningen ska innehålla:"', want: 'anvisning', named: true,
    text: 'Redovisning av bidrag\n\nNi som har fått bidrag ska redovisa senast den 31 mars. Redovisningen ska innehålla:\nFörening\nOrganisationsnummer\nBelopp\nDatum\nUnderskrift av firmatecknare\n\nSkicka redovisningen till kulturförvaltningen.\n' },
  { id: 'C02', shape: 'a reporting page with a contact box of label / value pairs', want: 'anvisning', named: true,
    text: 'Redovisning av kulturstöd 2025\n\nAlla som har fått kulturstöd ska redovisa hur stödet har använts. Redovisningen görs i e-tjänsten.\n\nSista dag\n31 mars 2026\n\nKontakt\nAnna Berg\nTelefon\n08-123 45 67\nE-post\nanna.berg@kommun.se\n' },
  { id: 'C03', shape: 'a guide whose headed parts hold prompts and their explanations', want: 'anvisning', named: true,
    text: 'Slutrapport för projektstöd\n\nSå här skriver ni slutrapporten. Rapporten ska lämnas senast tre månader efter projektets slut och ska följa rubrikerna nedan. Skriv kortfattat och konkret, högst fem sidor. Bifoga den ekonomiska redovisningen.\n\nSyfte\nBeskriv projektets syfte.\n\nGenomförande\nBeskriv hur projektet har genomförts och vilka som har deltagit. Här kan ni också ta upp samarbeten med andra organisationer och hur de har bidragit till projektet.\n\nResultat\nBeskriv resultaten och vad de har lett till för målgruppen. Jämför med målen i ansökan och förklara eventuella avvikelser.\n' },
  { id: 'C04', shape: 'an anvisning listing the application\'s numbered labels', want: 'anvisning', named: true,
    text: 'Bidrag till föreningar 2026\n\nKommunen ger bidrag till föreningar. Ansökan ska ha kommit in senast den 1 mars 2026.\n\nAnsökan ska innehålla\n1.1 Föreningens namn\n1.2 Organisationsnummer\n1.3 Kontaktperson\n\nRedovisning\nBidraget ska redovisas senast den 31 december 2026.\n' },
  { id: 'C05', shape: 'a reporting page under a letterhead\'s "Datum" / "Diarienummer"', want: 'anvisning', named: true,
    text: 'Redovisa ert projekt\n\nDatum\nDiarienummer\n\nNi som har fått projektmedel ska lämna en slutrapport senast två månader efter projektets slut. Slutrapporten ska beskriva vad som har gjorts och hur medlen har använts. Använd gärna vår mall.\n\nFrågor om redovisningen besvaras av handläggaren.\n' },

  { id: 'K26', shape: 'a form under "SLUTRAPPORT": a run of empty head labels, numbered parts, "Underskrift av firmatecknare"', want: 'reporting-form', named: true,
    text: 'SLUTRAPPORT\nProjektstöd från Länsstyrelsen\n\nProjektägare: Projektnamn: Diarienummer:\n\n1. Sammanfattning av projektet\n2. Måluppfyllelse\n3. Genomförda aktiviteter\n4. Spridning av resultat\n5. Ekonomisk redovisning (bifogas)\n\nUnderskrift av firmatecknare\n' },
  { id: 'K27', shape: 'Skolverket-style e-form printout: bare labels, bare questions, a declaration', want: 'reporting-form', named: true,
    text: 'Skolverket\n\nRedovisning av statsbidrag för fortbildning av förskolepersonal\n\nUppgifter om huvudmannen\nHuvudmannens namn\nOrganisationsnummer\n\nFrågor\nHur många deltagare har genomgått fortbildningen?\nHur stor del av statsbidraget har använts?\nFinns det medel kvar som ska återbetalas?\n\nIntygande\nJag intygar att uppgifterna är korrekta.\n' },
  // ---- pages about reporting in general (no grant of their own: not a form; refusing them is right too)
  { id: 'G01', shape: 'a general page on what a project\'s final report is', want: 'anvisning', named: false,
    text: 'Vad är en slutrapport?\n\nEn slutrapport sammanfattar ett projekt när det är avslutat. Den beskriver vad som gjordes, vad det ledde till och vad man har lärt sig. Rapporten kan skrivas av projektledaren tillsammans med projektgruppen.\n' },
  { id: 'G02', shape: 'a municipality\'s page on its own annual report', want: 'anvisning', named: false,
    text: 'Årsredovisning 2025\n\nKommunens årsredovisning visar hur kommunen har använt skattepengarna under året. Den beskriver verksamhetens resultat och kommunens ekonomiska ställning. Årsredovisningen beslutas av kommunfullmäktige i april.\n' },
];
