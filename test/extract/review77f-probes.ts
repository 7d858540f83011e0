// Review77f (issue 12): adversarial probes of helper formkind77's kind rows (report-contains-lead new; required-fields-note,
// numbered-field-ref, application-head widened). Constructed texts in realistic Swedish (and English where the row reads
// English), written before any run; no held-out text opened. review77f.test.ts runs them. The worse error is a page read as a
// form; a form that must stay a form is the contains-lead's risk (it makes question rows count nothing).

export type Kind = 'reporting-form' | 'anvisning';
export interface Probe {
  readonly id: string;
  /** the row the probe aims at */
  readonly row: 'report-contains-lead' | 'required-fields-note' | 'numbered-field-ref' | 'application-head';
  /** counter: the row must not give the wrong kind here; keep: the row's own right reading in another body's phrasing */
  readonly role: 'counter' | 'keep';
  readonly shape: string;
  readonly want: Kind;
  readonly text: string;
  /** why a probe is left open (it.fails) */
  readonly open?: string;
}

export const PROBES: readonly Probe[] = [
  // ---- report-contains-lead: a form's own instructions open with the lead, then its fields with blanks, limits, boxes
  { id: 'R01', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a form whose own instructions end in "Rapporten ska innehålla:" over blanks, a limit, check boxes, signature',
    text: 'Slutrapport – kulturbidrag 2026\n\nAnvisning: Fyll i blanketten och skicka den till kulturförvaltningen senast den 31 januari 2027. Rapporten ska innehålla:\n\n1. Projektets namn: ______________\n2. Beskriv genomförda aktiviteter (max 1 500 tecken):\n\n3. Antal deltagare: ______________\n4. Har projektet genomförts enligt plan? ☐ Ja ☐ Nej\n5. Redovisa projektets kostnader: ______________\n\nUnderskrift: ______________\nNamnförtydligande: ______________\n' },
  { id: 'R02', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a delrapport form: the lead over numbered prompts, each with its character limit',
    text: 'Delrapport för projektstöd\n\nProjektnamn:\nDiarienummer:\n\nDelrapporten ska innehålla följande:\n\n1. Sammanfattning av arbetet hittills (max 1 000 tecken)\n\n2. Beskriv vilka aktiviteter som har genomförts (max 2 000 tecken)\n\n3. Redogör för eventuella förändringar i tidsplanen (max 1 000 tecken)\n\n4. Ekonomisk lägesrapport (max 1 000 tecken)\n' },
  { id: 'R03', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a filled-in slutrapport on its form, the lead printed above the questions',
    text: 'Slutrapport\n\nProjektnamn: Läsglädje i Norrby\nDiarienummer: KN 2025/112\nKontaktperson: Anna Berg\n\nSlutrapporten ska innehålla:\n1. Vad har projektet genomfört?\nVi har hållit tolv lästräffar för barn.\n2. Hur många deltagare har projektet nått?\nCirka 150 barn.\n3. Hur har bidraget använts?\nTill arvoden och inköp av böcker.\n\nUnderskrift: Anna Berg\nOrt och datum: Norrby 2027-01-15\n' },
  { id: 'R04', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a "Mall för lägesrapport" template: "Rapporten bör innehålla:" over headed sections with a prompt under each',
    text: 'Mall för lägesrapport\n\nProjektets namn:\nProjektägare:\nProjektperiod:\n\nRapporten bör innehålla:\n\n1. Bakgrund\nBeskriv kort projektets bakgrund och syfte.\n\n2. Genomförande\nBeskriv hur projektet har genomförts hittills.\n\n3. Resultat\nRedogör för resultaten i förhållande till delmålen.\n\n4. Ekonomi\nRedovisa kostnader och intäkter hittills.\n' },
  { id: 'R05', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a blank form ending in an attachments part led by "Redovisningen ska även innehålla följande:"',
    text: 'Redovisning av föreningsbidrag\n\nFöreningens namn:\nOrganisationsnummer:\nKontaktperson:\nTelefon:\n\nBeskriv vad ni har genomfört med bidraget.\n\nRedogör för hur många medlemmar som har deltagit.\n\nAnge hur stor del av bidraget som har använts.\n\nRedovisningen ska även innehålla följande:\n- Kopior av fakturor\n- Deltagarlista\n\nUnderskrift\n\nNamnförtydligande\n' },
  { id: 'R06', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'an ekonomisk redovisning form: the lead over a Budget | Utfall table to fill',
    text: 'Ekonomisk redovisning – evenemangsbidrag\n\nArrangör:\nEvenemang:\nDatum för evenemanget:\n\nRedovisningen ska omfatta följande:\n\n| Kostnad | Budget | Utfall |\n| Artistarvoden | | |\n| Lokalhyra | | |\n| Marknadsföring | | |\n| Summa | | |\n\nKommentera avvikelser:\n\nUnderskrift av firmatecknare:\n' },
  { id: 'R07', row: 'report-contains-lead', role: 'keep', want: 'anvisning', shape: 'the lead in another phrasing ("Slutredovisningen ska omfatta följande:") over numbered questions on a page of rules',
    text: 'Slutredovisning av investeringsbidrag\n\nBidraget ska slutredovisas senast sex månader efter att investeringen är klar. Slutredovisningen ska omfatta följande:\n1. Vilka åtgärder har genomförts?\n2. Vad blev den slutliga kostnaden?\n3. Hur har investeringen påverkat verksamheten?\n\nRedovisningen skickas till fritidsförvaltningen. Bidrag som inte har använts ska betalas tillbaka.\n' },
  { id: 'R08', row: 'report-contains-lead', role: 'keep', want: 'anvisning', shape: '"Återrapporteringen ska innehålla följande delar:" over bullet questions',
    text: 'Återrapportering av verksamhetsbidrag\n\nOrganisationer som har fått verksamhetsbidrag ska återrapportera till nämnden senast den 30 april året efter bidragsåret. Återrapporteringen ska innehålla följande delar:\n- Hur har verksamheten bedrivits under året?\n- Hur många medlemmar har organisationen?\n- Hur har bidraget använts?\n- Vilka resultat har uppnåtts?\n\nRapporten ska undertecknas av organisationens firmatecknare.\n' },
  // ---- required-fields-note widened to "markerade med (en) asterisk"
  { id: 'R09', row: 'required-fields-note', role: 'counter', want: 'anvisning', shape: 'a reporting page naming the e-service\'s asterisk note, its questions listed under a report head',
    // (open at stop 56: the question items under 'Där besvarar ni bland annat:', no quoting lead then, and the report head made it a
    // form; open78 reads the lead as QUOTING_LEAD's, a selection of what the reader answers in the e-service)
    text: 'Slutredovisning av föreningsbidrag\n\nSlutredovisningen görs i kommunens e-tjänst senast två månader efter aktiviteten. I e-tjänsten är fält som är markerade med asterisk obligatoriska. Där besvarar ni bland annat:\n- Vad har ni genomfört?\n- Hur många deltagare hade ni?\n- Hur har pengarna använts?\n\nBidrag som inte har använts ska betalas tillbaka.\n' },
  { id: 'R10', row: 'required-fields-note', role: 'counter', want: 'anvisning', shape: 'a reporting page ending in the site\'s contact form (starred fields, the note)',
    text: 'Så redovisar du ditt bidrag\n\nRedovisningen ska ha kommit in till kultur- och fritidsförvaltningen senast den 31 mars 2027. Använd e-tjänsten Redovisa bidrag och bifoga en ekonomisk redovisning. Bidrag som inte har använts ska betalas tillbaka.\n\nHar du frågor? Skriv till oss\nFält markerade med asterisk är obligatoriska.\nNamn *\nE-post *\nMeddelande *\nSkicka\n' },
  { id: 'R11', row: 'required-fields-note', role: 'counter', want: 'anvisning', shape: 'an FAQ about reporting whose answer names the asterisk fields',
    text: 'Vanliga frågor om redovisning av bidrag\n\nNär ska redovisningen vara inne?\nSenast den 31 mars året efter bidragsåret.\n\nVarför kan jag inte skicka in min redovisning?\nKontrollera att alla fält som är markerade med asterisk är ifyllda.\n\nVad händer om bidraget inte har använts?\nDå ska det betalas tillbaka till kommunen.\n\nVem ska skriva under redovisningen?\nFöreningens firmatecknare.\n' },
  { id: 'R12', row: 'required-fields-note', role: 'keep', want: 'reporting-form', shape: 'a report e-form with the note in the verb-with-som phrasing and starred fields',
    text: 'Redovisning av aktivitetsstöd\n\nFält som är markerade med asterisk måste fyllas i.\n\nFörening *\nKontaktperson *\nAntal sammankomster *\nAntal deltagare *\nBeskriv verksamheten under perioden *\n\nSkicka redovisningen\n' },
  // ---- numbered-field-ref widened to "Fält/Ruta/Box/Field N [–] Label: skriv/ange/beskriv …"
  { id: 'R13', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'an application form\'s Swedish guidance walking its boxes ("Anvisningar till ansökningsblanketten")',
    text: 'Anvisningar till ansökningsblanketten för föreningsbidrag\n\nRuta 1 Sökande förening: Skriv föreningens fullständiga namn.\nRuta 2 Organisationsnummer: Ange föreningens organisationsnummer.\nRuta 3 Sökt belopp: Ange det belopp ni söker i kronor.\nRuta 4 Verksamhet: Beskriv föreningens verksamhet (max 1 000 tecken).\n\nAnsökan ska ha kommit in senast den 15 mars 2026. Beviljat bidrag ska redovisas senast den 31 januari året efter.\n' },
  { id: 'R14', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'a grant page\'s e-service help naming one box ("Ruta 3 – Projektets namn: skriv …")',
    text: 'Projektbidrag till kultur 2026\n\nFöreningar och studieförbund kan söka projektbidrag för kulturprojekt. Ansökan görs i e-tjänsten senast den 1 april 2026.\n\nTips när du fyller i e-tjänsten\nRuta 3 – Projektets namn: skriv ett kort namn som beskriver projektet.\n\nProjektet ska redovisas senast två månader efter att det har avslutats. I redovisningen beskriver ni vad som har genomförts och hur bidraget har använts.\n' },
  { id: 'R15', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'reporting instructions quoting one field of the form',
    text: 'Anvisningar för redovisning av bidrag\n\nRedovisningen lämnas på kommunens blankett senast den 31 mars 2027. De flesta fälten behöver ingen förklaring, men observera:\nFält 4 Kostnader: Ange de faktiska kostnaderna, inte budgeten.\n\nBidrag som inte har använts ska betalas tillbaka. Redovisningen ska undertecknas av firmatecknaren.\n' },
  { id: 'R16', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'a post-box address run into an envelope instruction ("Box 12 Kommunhuset – skriv …")',
    text: 'Redovisning av bidrag\n\nRedovisningen ska ha kommit in senast den 31 mars 2027. Skicka den till Kultur- och fritidsnämnden, Box 12 Kommunhuset – skriv "Redovisning" på kuvertet. Bifoga verksamhetsberättelse och ekonomisk redovisning.\n\nFrågor om redovisningen?\nVad ska verksamhetsberättelsen innehålla?\nHur redovisar vi lokalkostnader?\n' },
  { id: 'R17', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'a grant page\'s numbered grant areas with a telling verb after the colon',
    // (open at stop 56: numbered-field-ref's run-in branch read the numbered areas 'Fält 2 Idrott: Beskriv hur projektet …'; open78's
    // GRANT_AREA_FIELDS, the fields given the grant within or a field line pointing into the application, makes the walk the list's)
    text: 'Stöd till lokala initiativ 2026\n\nStiftelsen ger stöd inom tre fält.\nFält 1 Kultur: Beskriv i ansökan hur projektet når nya publikgrupper.\nFält 2 Idrott: Beskriv hur projektet får fler att röra på sig.\nFält 3 Miljö: Beskriv projektets nytta för klimatet.\n\nAnsökan ska vara inne senast den 1 mars 2026. Alla som får stöd ska lämna en slutrapport inom tre månader efter projektets slut.\n' },
  { id: 'R18', row: 'numbered-field-ref', role: 'keep', want: 'reporting-form', shape: 'a Swedish handledning walking a report form\'s boxes after a dash',
    text: 'Handledning till blanketten Slutrapport\n\nRuta 1 – Projektnamn: Skriv projektets namn så som det står i beslutet.\nRuta 2 – Genomförande: Beskriv vad som har genomförts (max 2 000 tecken).\nRuta 3 – Resultat: Redovisa projektets resultat.\nRuta 4 – Ekonomi: Ange projektets faktiska kostnader.\nRuta 5 – Underskrift: Rapporten ska undertecknas av firmatecknare.\n' },
  { id: 'R19', row: 'numbered-field-ref', role: 'keep', want: 'reporting-form', shape: 'a Danish vejledning walking an afrapportering form\'s fields',
    open: 'a miss, not a wrong value: a Danish field walk with no limit or other mark has 1 distinct form mark (< 2) and is refused',
    text: 'Vejledning til afrapporteringsskema\n\nFelt 1 Foreningens navn: Angiv foreningens navn.\nFelt 2 Aktiviteter: Angiv hvilke aktiviteter der er gennemført.\nFelt 3 Deltagere: Angiv antallet af deltagere.\nFelt 4 Regnskab: Angiv de faktiske udgifter.\n' },
  // ---- application-head widened to English application-guide heads
  { id: 'R20', row: 'application-head', role: 'counter', want: 'reporting-form', shape: 'guidance for a final payment claim that carries the report ("application for final payment")',
    text: 'Guidance notes for the application for final payment\n\nBox 1 – Project reference: enter the reference from your grant offer letter.\nBox 2 – Activities completed: describe what the project delivered (max 500 words).\nBox 3 – Outcomes: describe the results against the targets in your offer letter.\nBox 4 – Expenditure: enter the total amount spent.\nBox 5 – Declaration: the form must be signed by your chair.\n' },
  { id: 'R21', row: 'application-head', role: 'counter', want: 'reporting-form', shape: 'a head naming the application and its reporting ("reporting", not "report")',
    text: 'Guidance notes for the grant application: end of project reporting\n\nField 1 – Project title: enter the title used in your application.\nField 2 – Outcomes: describe what the project achieved (max 300 words).\nField 3 – Expenditure: enter the amount spent against each budget line.\n\nSignature:\nDate:\n' },
  { id: 'R22', row: 'application-head', role: 'counter', want: 'reporting-form', shape: 'a head naming the application form and its progress reports (plural)',
    text: 'How to complete the application form for progress reports\n\nBox 1 – Grant reference: enter your grant reference.\nBox 2 – Progress: describe the progress made since your last report (max 400 words).\nBox 3 – Spend to date: enter the amount spent so far.\nBox 4 – Declaration: the report must be signed by your treasurer.\n' },
  { id: 'R23', row: 'application-head', role: 'keep', want: 'anvisning', shape: 'an application form\'s help in another phrasing ("Notes on the application form")',
    text: 'Notes on the application form\n\nField 1 – Applicant: enter the full legal name of your organisation.\nField 2 – Amount requested: enter the amount you are applying for.\nField 3 – Project: describe the project in no more than 400 words.\n\nThe deadline for applications is 15 May 2026.\n' },
  { id: 'R24', row: 'application-head', role: 'keep', want: 'anvisning', shape: 'an application guide\'s head "Instructions for your grant application"',
    text: 'Instructions for your grant application\n\nBox 1 – Organisation: enter the name of the applying organisation.\nBox 2 – Budget: enter your total project budget.\nBox 3 – Summary: describe your project in no more than 200 words.\n\nApplications must be received by 1 September 2026.\n' },
  // ---- all rows together: a page of reporting rules that holds the asterisk note and a field walk of the e-service
  { id: 'R25', row: 'numbered-field-ref', role: 'counter', want: 'anvisning', shape: 'e-service help on reporting: steps, one field named, the asterisk note',
    text: 'Så redovisar du i e-tjänsten\n\nSteg 1: Logga in med BankID.\nSteg 2: Välj det beslut du ska redovisa.\nSteg 3: Fyll i redovisningen. Fält som är markerade med asterisk är obligatoriska.\nFält 5 Ekonomi: Ange de faktiska kostnaderna och intäkterna.\nSteg 4: Skicka in.\n\nRedovisningen ska ha kommit in senast två månader efter projektets slut.\n' },
  { id: 'R26', row: 'report-contains-lead', role: 'counter', want: 'reporting-form', shape: 'a Word report template whose lead names the report, questions as headings with answer lines',
    text: 'Rapportmall – verksamhetsbidrag 2026\n\nFöreningens namn: ____________\nOrganisationsnummer: ____________\n\nRapporten ska innehålla svar på följande frågor:\n\nVilka aktiviteter har föreningen genomfört?\n______________________________\n\nHur många medlemmar har deltagit?\n______________________________\n\nHur har bidraget använts?\n______________________________\n\nDatum och underskrift: ____________\n' },
];
