// The probes of helper review78c (issue 12/14): an adversarial review of h/audit78's kind rows (guide-head narrowed,
// contents-dot-leaders, report-form-instructions-en to the anvisning side, date-format-hint without the OMB expiry mask,
// reporting-instructions-head; printed-head-report-contents and via-form-numbered-with-limits removed) and of the lead's html
// change (besideOnly takes the <h1> block, or the one block named the content, whatever its size). Every text is constructed,
// written before any run, in the shapes kommuner, regioner, myndigheter and stiftelser use; none is copied from a corpus text.
// review78c.test.ts runs them.

export type Kind = 'reporting-form' | 'anvisning';
export interface KindProbe {
  readonly id: string;
  /** the row the probe sits next to */
  readonly row: string;
  readonly shape: string;
  readonly want: Kind;
  readonly text: string;
  /** why a probe is left open (it.fails) */
  readonly open?: string;
}

export const KIND_PROBES: readonly KindProbe[] = [
  // ---- real forms the narrowed rows must not turn into anvisningar
  { id: 'RK01', row: 'reporting-instructions-head', shape: 'a blank form whose first section is headed "Anvisningar för redovisning", then numbered fields, limits, boxes, signature', want: 'reporting-form',
    text: 'Redovisning av föreningsbidrag 2026\n\nAnvisningar för redovisning\nFyll i samtliga uppgifter. Blanketten skickas till fritidsförvaltningen senast den 31 mars 2027.\n\nFöreningens namn:\nOrganisationsnummer:\nKontaktperson:\n\n1. Beskriv föreningens verksamhet under året (max 1 500 tecken)\n\n2. Antal medlemmar under 25 år:\n\n3. Har bidraget använts enligt ansökan? ☐ Ja ☐ Nej\n\n4. Beskriv eventuella avvikelser (max 1 000 tecken)\n\nOrt och datum\n\nUnderskrift av firmatecknare\n\nNamnförtydligande\n' },
  { id: 'RK02', row: 'reporting-instructions-head', shape: 'a form headed "Riktlinjer för ekonomisk redovisning" over a budget | utfall table and a certification', want: 'reporting-form',
    text: 'Slutredovisning projektstöd\n\nRiktlinjer för ekonomisk redovisning\nAnge faktiska kostnader i kronor. Avvikelser över 10 procent ska kommenteras.\n\nProjektnamn:\nDiarienummer:\n\n| Kostnadsslag | Budget | Utfall |\n| Löner | | |\n| Lokaler | | |\n| Resor | | |\n| Summa | | |\n\nKommentar till avvikelser:\n\nJag intygar att uppgifterna är riktiga.\nUnderskrift: ______________\nDatum: ______________\n' },
  { id: 'RK03', row: 'guide-head', shape: 'a form headed "Instruktioner för återrapportering" that then asks its questions with tick boxes', want: 'reporting-form',
    text: 'Återrapportering av verksamhetsbidrag\n\nInstruktioner för återrapportering\nFyll i blanketten och skicka den till regionen senast den 30 april.\n\nOrganisation:\nOrganisationsnummer:\n\n1. Har verksamheten bedrivits enligt ansökan? [ ] Ja [ ] Nej\n2. Om nej, beskriv förändringarna (högst 2 000 tecken):\n3. Antal deltagare totalt:\n4. Antal ideella timmar:\n5. Har organisationen fått andra offentliga bidrag? [ ] Ja [ ] Nej\n\nUnderskrift:\nNamnförtydligande:\n' },
  { id: 'RK04', row: 'contents-dot-leaders', shape: 'a long report form with its own table of contents by dot leaders', want: 'reporting-form',
    text: 'Slutrapport – Utvecklingsmedel 2026\n\nInnehåll\nDel 1 Uppgifter om stödmottagaren... 2\nDel 2 Genomförande... 3\nDel 3 Ekonomisk redovisning... 4\nDel 4 Underskrift... 5\n\nDel 1 Uppgifter om stödmottagaren\nOrganisationens namn:\nOrganisationsnummer:\nKontaktperson:\nE-post:\n\nDel 2 Genomförande\n1. Beskriv vad som har genomförts (max 3 000 tecken)\n2. Beskriv projektets resultat (max 3 000 tecken)\n3. Har projektet följt tidsplanen? ☐ Ja ☐ Nej\n\nDel 3 Ekonomisk redovisning\nBeviljat belopp:\nUtbetalt belopp:\nFaktiska kostnader:\n\nDel 4 Underskrift\nOrt och datum:\nUnderskrift:\nNamnförtydligande:\n' },
  { id: 'RK05', row: 'report-form-instructions-en', shape: 'an English form headed by its instructions, then its own fields and signature', want: 'reporting-form',
    text: 'Instructions for completing the Annual Report Form\nPlease complete every section. Return the form to the Trust by 31 March.\n\nSection A – Organisation details\nOrganisation name:\nCharity number:\nContact name:\n\nSection B – Activities\n1. Describe the activities funded by the grant (max 500 words)\n2. How many people took part?\n3. Did the project run as planned? Yes / No\n\nSection C – Declaration\nSignature:\nName:\nDate:\n' },
  { id: 'RK06', row: 'date-format-hint', shape: 'an English federal-style form with the OMB expiry mask and its own date boxes', want: 'reporting-form',
    text: 'Annual Performance Report\nOMB No. 1234-0099, Expiration Date: mm/dd/yyyy\n\n1. Recipient organization:\n2. Grant number:\n3. Reporting period start date (mm/dd/yyyy):\n4. Reporting period end date (mm/dd/yyyy):\n5. Describe the activities completed during the period:\n6. Number of participants served:\n\n7. Certification: I certify that the information in this report is correct.\nSignature of authorized official:\nDate report submitted (mm/dd/yyyy):\n' },
  { id: 'RK07', row: 'via-form-numbered-with-limits (removed)', shape: 'a printed copy of a web report form: "Fyll i" lead, numbered questions with character limits, tick boxes', want: 'reporting-form',
    text: 'Slutrapport – Stöd till lokala kulturprojekt\n\nFyll i alla frågor. Fält markerade med * är obligatoriska.\n\n1. Projektets namn *\n2. Sökande organisation *\n3. Sammanfatta projektet (max 1 000 tecken) *\n4. Beskriv vad som har genomförts (max 3 000 tecken) *\n5. Har projektet nått sina mål? ☐ Ja ☐ Delvis ☐ Nej\n6. Hur många deltagare har projektet haft? *\n7. Övriga kommentarer (max 1 000 tecken)\n' },
  { id: 'RK08', row: 'printed-head-report-contents (removed)', shape: 'a template whose lead is "Rapporten ska innehålla följande:" over numbered blanks and head fields', want: 'reporting-form',
    text: 'Lägesrapport\n\nProjektnamn: ..............................\nDiarienummer: ..............................\nRapportperiod: ..............................\n\nRapporten ska innehålla följande:\n1. Genomförda aktiviteter under perioden: ..............................\n2. Avvikelser från tidsplanen: ..............................\n3. Förbrukade medel hittills: ..............................\n4. Planerade aktiviteter nästa period: ..............................\n\nUnderskrift projektledare: ..............................\n' },
  { id: 'RK09', row: 'guide-head', shape: 'a "Lathund för slutrapport" that is a form: the questions with blank space and a signature', want: 'reporting-form',
    text: 'Lathund för slutrapporten\n\nFyll i svaren direkt i dokumentet.\n\nProjektets namn: ____________\nBidragsmottagare: ____________\n\n1. Vad har projektet genomfört? ____________\n2. Vilka resultat har projektet nått? ____________\n3. Hur har bidraget använts? ____________\n\nDatum: ____________\nUnderskrift: ____________\n' },

  // ---- pages about reporting that must not be read as forms
  { id: 'RA01', row: 'guide-head', shape: '"Instruktioner för slutredovisning" head over a page of rules for reporting in general', want: 'anvisning',
    text: 'Instruktioner för slutredovisning\n\nAlla som har fått projektbidrag från regionen ska lämna en slutredovisning senast tre månader efter att projektet har avslutats. Slutredovisningen görs i regionens e-tjänst. Den ska beskriva vad som har genomförts, vilka resultat som har nåtts och hur bidraget har använts. Bidrag som inte har använts ska betalas tillbaka. Om redovisningen inte kommer in kan regionen kräva tillbaka hela bidraget.\n' },
  { id: 'RA02', row: 'guide-head', shape: '"Guide till delrapport" head over a page that tells when and how to report, with steps', want: 'anvisning',
    text: 'Guide till delrapporten\n\nDelrapporten lämnas en gång per år, senast den 31 januari. Så här gör du:\nSteg 1. Logga in i e-tjänsten med BankID.\nSteg 2. Välj ditt projekt under Mina ärenden.\nSteg 3. Svara på frågorna och bifoga den ekonomiska redovisningen.\nSteg 4. Skicka in.\nHar du inte lämnat delrapporten i tid stoppas nästa utbetalning.\n' },
  { id: 'RA03', row: 'page about reporting with form words', shape: 'a page describing the form in prose: tick boxes, character limits, signature, "Fyll i"', want: 'anvisning',
    text: 'Så fyller du i slutrapporten\n\nSlutrapporten består av fem frågor. Varje svar får vara högst 2 000 tecken. Fyll i alla frågor innan du skickar in. Kryssa i rutan om projektet har nått sina mål. Rapporten ska undertecknas av firmatecknare och skickas till stiftelsen senast tre månader efter projektets slut. Stiftelsen kan kräva tillbaka bidraget om rapporten inte lämnas.\n' },
  { id: 'RA04', row: 'contents-dot-leaders', shape: 'a handbook on reporting with its contents by ellipsis characters and numbered chapters', want: 'anvisning',
    text: 'Handbok för redovisning av statsbidrag\n\nInnehåll\nInledning… 2\nVem ska redovisa… 3\nNär ska redovisningen lämnas… 4\nÅterbetalning… 5\n\nInledning\nDen här handboken beskriver hur kommuner redovisar statsbidraget. Redovisningen ska lämnas till myndigheten senast den 31 mars året efter bidragsåret.\n\nVem ska redovisa\nDen kommun som har tagit emot bidraget ska redovisa hur medlen har använts.\n\nÅterbetalning\nMedel som inte har använts ska betalas tillbaka.\n' },
  { id: 'RA05', row: 'reporting-instructions-head', shape: 'a page that only points to the instructions, with numbered report parts', want: 'anvisning',
    text: 'Redovisning av projektmedel\n\nProjekt som har fått medel ska redovisa senast två månader efter projektets slut. Läs anvisningar för redovisning innan du börjar.\n\nRedovisningen ska bestå av:\n1. En sammanfattning av projektet.\n2. En beskrivning av resultaten.\n3. En ekonomisk redovisning.\n\nMedel som inte har använts ska återbetalas till kommunen.\n' },
  { id: 'RA06', row: 'report-form-instructions-en', shape: 'an English page pointing to the form\'s instructions, then the reporting rules', want: 'anvisning',
    text: 'Reporting on your grant\n\nAll grant holders must report within three months of the end of the grant period. See the instructions for completing the Final Report Form on our website. Reports must be signed by the chair of the organisation. Unspent funds must be returned to the Foundation.\n' },
  { id: 'RA07', row: 'date-format-hint', shape: 'an English reporting page that gives the period in dates and the OMB expiry in digits', want: 'anvisning',
    text: 'Reporting requirements for grantees\n\nOMB Control No. 1234-5678, expires 06/30/2027\n\nGrantees must submit an annual performance report within 90 days of the end of each budget period. The budget period runs from 10/01/2025 to 09/30/2026. Reports are submitted through the grants portal. Late reports may delay further payments.\n' },
  { id: 'RA08', row: 'reporting-instructions-head', shape: '"Anvisningar för redovisning" head over a page of rules with a bullet list of what to attach', want: 'anvisning',
    text: 'Anvisningar för redovisning av kulturbidrag\n\nRedovisningen ska ha kommit in senast den 31 januari 2027. Till redovisningen ska ni bifoga:\n- verksamhetsberättelse\n- ekonomisk redovisning\n- revisionsberättelse\n\nRedovisningen ska undertecknas av firmatecknare. Om bidraget inte har använts ska det betalas tillbaka.\n' },
  { id: 'RA09', row: 'reporting-instructions-head', shape: 'Norwegian "Veiledning for rapportering" page of rules, numbered report parts', want: 'anvisning',
    text: 'Veiledning for rapportering\n\nAlle som har mottatt tilskudd skal sende inn rapport innen 1. mars året etter. Rapporten skal inneholde:\n1. En beskrivelse av aktivitetene.\n2. Antall deltakere.\n3. Et regnskap for tilskuddet.\n\nTilskudd som ikke er brukt skal betales tilbake.\n' },
  { id: 'RK10', row: 'guide-head', shape: 'a "Handbok för rapportering" head page that then prints the report template to fill in', want: 'reporting-form',
    text: 'Handbok för rapportering\n\nMall för delrapport\n\nProjektnamn: ____________\nDiarienummer: ____________\nRapportperiod: ____________\n\n1. Genomförda aktiviteter: ____________\n2. Avvikelser från plan: ____________\n3. Upparbetade kostnader: ____________\n\nUnderskrift: ____________\n' },
  { id: 'RA10', row: 'REPORT_CONTAINS_LEAD', shape: 'a page saying what the report shall comprise, with form words in prose (Fyll i, underteckna)', want: 'anvisning',
    text: 'Slutredovisning\n\nSlutredovisningen ska ha kommit in till nämnden senast två månader efter att projektet har avslutats. Fyll i kommunens blankett och låt firmatecknaren underteckna den. Redovisningen ska omfatta följande delar:\n1. En kort beskrivning av vad som har genomförts.\n2. Antal deltagare fördelat på kön och ålder.\n3. En ekonomisk redovisning med budget och utfall.\n\nBidrag som inte har använts ska återbetalas.\n' },
  { id: 'RA11', row: 'REPORT_CONTAINS_LEAD', shape: 'an English page: "Your final report should include:" over numbered parts', want: 'anvisning',
    text: 'Final report\n\nAll grant holders must submit a final report within 60 days of the end of the grant. Your final report should include:\n1. A summary of what the project achieved.\n2. The number of people who took part.\n3. A statement of income and expenditure.\n\nAny unspent funds must be returned to the Foundation.\n' },
  { id: 'RA12', row: 'REPORT_CONTAINS_LEAD', shape: 'a Danish page: "Rapporten skal indeholde:" over numbered parts', want: 'anvisning',
    text: 'Afrapportering\n\nAlle som har modtaget tilskud skal aflægge rapport senest tre måneder efter projektets afslutning. Rapporten skal indeholde:\n1. En beskrivelse af de gennemførte aktiviteter.\n2. Antal deltagere.\n3. Et regnskab for tilskuddet.\n\nUforbrugte midler skal betales tilbage.\n' },
  { id: 'RK11', row: 'REPORT_CONTAINS_LEAD', shape: 'a form whose own lead is "Redovisningen ska bestå av:" over head blanks, limits, boxes and a signature', want: 'reporting-form',
    text: 'Redovisning av aktivitetsbidrag\n\nRedovisningen ska bestå av:\n\nFöreningens namn: ____________\nOrganisationsnummer: ____________\n\n1. Beskriv aktiviteten (max 1 000 tecken): ____________\n2. Genomfördes aktiviteten som planerat? ☐ Ja ☐ Nej\n3. Antal deltagare: ____________\n\nUnderskrift: ____________\nNamnförtydligande: ____________\n' },
  { id: 'RK12', row: 'reporting-instructions-head', shape: 'a form whose first line is "ANVISNINGAR FÖR REDOVISNING" and then its own blanks, boxes and signature', want: 'reporting-form',
    text: 'ANVISNINGAR FÖR REDOVISNING\n\nFyll i blanketten och skicka den till kommunen senast den 31 mars.\n\nFöreningens namn: ____________\nOrganisationsnummer: ____________\nBeviljat belopp: ____________\n\n1. Beskriv hur bidraget har använts (max 2 000 tecken): ____________\n2. Har bidraget använts enligt ansökan? ☐ Ja ☐ Nej\n3. Antal deltagare: ____________\n\nOrt och datum: ____________\nUnderskrift: ____________\n' },
  { id: 'RK13', row: 'contents-dot-leaders', shape: 'a filled-in activity report whose answers stand after dot leaders ("Antal deltagare ........ 180")', want: 'reporting-form',
    text: 'Redovisning av lokalt aktivitetsstöd 2026\n\nFöreningens namn: Norrby IF\nOrganisationsnummer: 802400-1122\n\nAntal sammankomster ........ 24\nAntal deltagartillfällen ........ 180\nVarav flickor ........ 95\nVarav pojkar ........ 85\nAntal ledare ........ 6\n\nHar alla aktiviteter genomförts? ☐ Ja ☒ Nej\nOm nej, beskriv varför:\nTvå träffar ställdes in på grund av snö.\n\nOrt och datum: Norrby 2026-06-30\nUnderskrift: Eva Ek\nNamnförtydligande: Eva Ek\n' },
  { id: 'RK14', row: 'contents-dot-leaders', shape: 'a blank statistics form: labels run by dot leaders to a number box ("Antal medlemmar ...... 0")', want: 'reporting-form',
    text: 'Slutredovisning föreningsbidrag\n\nFyll i uppgifterna nedan.\n\nFörening: ____________\nKontaktperson: ____________\n\nAntal medlemmar totalt ...... 0\nVarav under 20 år ...... 0\nAntal aktiviteter ...... 0\nAntal ideella ledare ...... 0\n\nBeskriv verksamheten (max 1 000 tecken):\n\nUnderskrift: ____________\n' },
];

export interface HtmlProbe {
  readonly id: string;
  readonly shape: string;
  /** the page's body */
  readonly body: string;
  /** sentences of the grant's own text that must be read */
  readonly keep: readonly string[];
  /** chrome that must not be read (optional) */
  readonly drop?: readonly string[];
  readonly open?: string;
}

const news = '<div class="news-column"><h2>Nyheter</h2><div class="news-item"><span class="date">2025-05-28</span> <a href="/n/1">Regionen fördelar 4,5 miljoner kronor till kulturprojekt</a><p>Tolv projekt får stöd under 2025 och 2026.</p></div>'
  + '<div class="news-item"><span class="date">2025-05-12</span> <a href="/n/2">Nu kan föreningar söka 250 000 kronor för sommarlov</a><p>Sista ansökningsdag är den 15 juni 2025.</p></div></div>';
const menu = '<ul class="menu"><li><a href="/a">Start</a></li><li><a href="/b">Bidrag</a></li><li><a href="/c">Kontakt</a></li><li><a href="/d">Om kommunen</a></li></ul>';
const grant = '<p>Föreningar i kommunen kan söka bidrag till lovaktiviteter för barn och unga. Ansökan ska ha kommit in senast den 15 april 2026. Bidraget får inte användas till resor utomlands.</p>';

export const HTML_PROBES: readonly HtmlProbe[] = [
  { id: 'RH01', shape: 'site-name <h1> in a header beside the text block named "content" and a news column',
    body: `<div class="wrapper"><div class="header"><h1>Norrby kommun</h1>${menu}</div><div class="content"><h2>Bidrag till lovaktiviteter</h2>${grant}</div>${news}</div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH02', shape: 'site-name <h1> in a left column with the menu, the text in a block id="right"',
    body: `<div class="wrapper"><div id="left"><h1>Norrby kommun</h1>${menu}</div><div id="right"><h2>Bidrag till lovaktiviteter</h2>${grant}</div></div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH03', shape: 'a hero banner <h1> beside the text block with a Bootstrap utility class naming a side ("text-left")',
    body: `<div class="page"><div class="hero"><h1>Bidrag till lovaktiviteter</h1><p class="ingress">Sök bidrag för sommarlovet.</p></div><div class="col-md-8 text-left">${grant}</div><div class="footer"><p>Norrby kommun, 123 45 Norrby. Telefon 0123-456 00.</p></div></div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH04', shape: 'a hero banner <h1> beside the text block with a border utility class ("border-top")',
    body: `<div class="page"><div class="hero"><h1>Bidrag till lovaktiviteter</h1><p class="ingress">Sök bidrag för sommarlovet.</p></div><div class="container border-top">${grant}</div>${news}</div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH05', shape: 'a hero banner <h1> beside the text block named "text"',
    body: `<div class="page"><div class="hero-banner"><h1>Bidrag till lovaktiviteter</h1><p>Sök bidrag för sommarlovet.</p></div><div class="text">${grant}</div>${news}</div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH06', shape: 'the grant\'s current round in an "aktuellt" block beside a short <h1> block',
    body: '<div class="page"><div class="intro"><h1>Kulturstöd</h1><p>Regionen ger stöd till kulturprojekt.</p></div><div class="aktuellt"><h2>Aktuell utlysning</h2><p>Utlysningen 2026 är öppen. Ansökan ska ha kommit in senast den 1 mars 2026. Regionen fördelar totalt 3 miljoner kronor i utlysningen.</p></div></div>',
    keep: ['senast den 1 mars 2026'] },
  { id: 'RH07', shape: 'the grant\'s contact and how to apply in a "kontakt" section beside a short <h1> block',
    body: '<div class="page"><div class="intro"><h1>Bidrag till studieförbund</h1><p>Kommunen ger bidrag till studieförbund.</p></div><div class="kontakt-och-ansokan"><h2>Ansökan och kontakt</h2><p>Ansökan om bidrag till studieförbund ska ha kommit in senast den 1 februari 2026. Frågor besvaras av kulturförvaltningen, telefon 0123-456 78.</p></div></div>',
    keep: ['senast den 1 februari 2026'] },
  { id: 'RH08', shape: 'no <h1>: two blocks named content (main text and a "primary" teaser) beside a news column',
    body: `<div class="page"><div id="main-content"><h2>Bidrag till lovaktiviteter</h2>${grant}</div><div class="primary-links"><a href="/x">Läs mer</a></div>${news}</div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH09', shape: 'no <h1>: the block named content is a short intro, the rules in a sibling "sidebar-villkor" column',
    body: '<div class="page"><div id="innehall"><h2>Bidrag till idrottsföreningar</h2><p>Idrottsföreningar kan söka bidrag.</p></div><div class="sidebar villkor"><h2>Villkor</h2><p>Bidraget får sökas av föreningar med minst 10 medlemmar. Ansökan ska ha kommit in senast den 31 mars 2026. Bidraget får inte användas till löner.</p></div></div>',
    keep: ['senast den 31 mars 2026'] },
  { id: 'RH10', shape: 'the <h1> in a breadcrumb-and-title "top" block, the text in the sibling block named "content" beside a news column',
    body: `<div class="page"><div class="page-top"><a href="/">Start</a> / <a href="/bidrag">Bidrag</a><h1>Bidrag till lovaktiviteter</h1></div><div class="page-content">${grant}</div>${news}</div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH11', shape: 'a <h1> block with a short lead, the text in a link-heavy sibling (documents listed with their dates)',
    body: '<div class="page"><div class="title"><h1>Statsbidrag för kvinnojourer</h1></div><div class="body"><p><a href="/d/1">Anvisningar för statsbidrag 2026 (pdf)</a> <a href="/d/2">Ansökningsblankett (docx)</a> <a href="/d/3">Redovisningsmall (xlsx)</a></p><p>Ansökan ska ha kommit in senast den 1 oktober 2026.</p></div>' + `${news}</div>`,
    keep: ['senast den 1 oktober 2026'] },
  { id: 'RH12', shape: 'a news article page: the <h1> article\'s own text beside a news column (must keep the article, drop the column)',
    body: `<div class="page"><div class="article-body"><h1>Nu kan föreningar söka lovbidrag</h1>${grant}</div>${news}</div>`,
    keep: ['senast den 15 april 2026'], drop: ['15 juni 2025'] },
  { id: 'RH13', shape: 'an "aktuellt" list of linked items larger than a short <h1> block (the lead\'s case): the list is dropped',
    body: '<div class="page"><div class="col-a"><h1>Lovbidrag</h1><p>Föreningar kan söka lovbidrag senast den 15 april 2026.</p></div><div class="aktuellt"><h2>Aktuellt</h2><p><a href="/n/1">Nu kan föreningar söka 250 000 kronor för sommarlov</a> Sista ansökningsdag är den 15 juni 2025.</p><p><a href="/n/2">Regionen fördelar 4,5 miljoner kronor</a> Tolv projekt får stöd.</p><p><a href="/n/3">Beslut om 18 miljoner kronor</a> Pengarna ska användas senast 2027.</p></div></div>',
    keep: ['senast den 15 april 2026'], drop: ['15 juni 2025'] },
  { id: 'RH14', shape: 'the <h1> is the news column\'s own title; the grant text in a block named "content"',
    body: `<div class="page"><div class="content">${grant}</div><div class="news"><h1>Nyheter</h1><p><a href="/n/1">Regionen fördelar 4,5 miljoner kronor</a></p><p><a href="/n/2">Sista ansökningsdag är den 15 juni 2025</a></p></div></div>`,
    keep: ['senast den 15 april 2026'] },
  { id: 'RH15', shape: 'a contact card larger than a short <h1> block, its text the grant\'s how-to-apply with two mail links',
    body: '<div class="page"><div class="intro"><h1>Bidrag till kvinnojourer</h1><p>Kommunen ger bidrag till kvinnojourer.</p></div><div class="contact"><h2>Så ansöker du</h2><p>Ansökan ska ha kommit in senast den 1 november 2026. Skicka ansökan till <a href="mailto:social@kommun.se">social@kommun.se</a>. Frågor besvaras av handläggaren Anna Berg, <a href="mailto:anna.berg@kommun.se">anna.berg@kommun.se</a>.</p></div></div>',
    keep: ['senast den 1 november 2026'] },
  { id: 'RH16', shape: 'a news column of three linked items with long teasers (link text under a quarter) beside a short <h1> block: the column is dropped',
    body: '<div class="page"><div class="col-a"><h1>Lovbidrag</h1><p>Föreningar kan söka lovbidrag senast den 15 april 2026.</p></div><div class="news-column"><h2>Nyheter</h2>'
      + '<div class="news-item"><a href="/n/1">Sommarlovsbidrag</a><p>Nu kan föreningar söka 250 000 kronor för aktiviteter under sommarlovet. Sista ansökningsdag är den 15 juni 2025. Bidraget ska gå till avgiftsfria aktiviteter för barn.</p></div>'
      + '<div class="news-item"><a href="/n/2">Kulturprojekt</a><p>Regionen fördelar 4,5 miljoner kronor till tolv kulturprojekt under 2025 och 2026 efter beslut i kulturnämnden i maj.</p></div>'
      + '<div class="news-item"><a href="/n/3">Företagsstöd</a><p>Beslut om 18 miljoner kronor i regionalt företagsstöd. Pengarna ska användas senast den 31 december 2027 enligt beslutet.</p></div></div></div>',
    keep: ['senast den 15 april 2026'], drop: ['15 juni 2025'] },
  { id: 'RH17', shape: 'a "kontakt" block larger than a short <h1> block, three paragraphs each with a link, one of them the grant\'s closing day',
    open: 'passed over as a list of linked items (BESIDE_CONTENT.outweighs: three items each with a link), the shape of the news column of RH16 and the lead\'s dev template; telling them apart would need the words of the items, not their markup',
    body: '<div class="page"><div class="intro"><h1>Bidrag till kvinnojourer</h1><p>Kommunen ger bidrag till kvinnojourer.</p></div><div class="kontakt"><h2>Ansökan och kontakt</h2><p>Ansökan görs i <a href="/e">e-tjänsten</a> och ska ha kommit in senast den 1 november 2026.</p><p>Läs <a href="/r">riktlinjerna för bidraget</a> innan du ansöker.</p><p>Frågor besvaras av handläggaren Anna Berg, <a href="mailto:anna.berg@kommun.se">anna.berg@kommun.se</a>, telefon 0123-456 78.</p></div></div>',
    keep: ['senast den 1 november 2026'] },
];
