// The probes of helper formkind77 (issue 12): a reporting form's kind by the audited rule of test/corpus/README.md's section
// "### Audit of the held-out reporting-form kinds" (rule 1: the form or template itself; rule 2: a help text walking one form's
// fields in order; rule 3: a page about reporting, anvisning). Every text is constructed, written before any run, in shapes the
// dev split may lack; none is copied from a held-out text (none was opened). formkind77.test.ts runs them.

export type Kind = 'reporting-form' | 'anvisning';
export interface Probe {
  readonly id: string;
  /** the rule of the audit that gives the kind (1, 2 or 3) and the shape */
  readonly rule: 1 | 2 | 3;
  readonly shape: string;
  readonly want: Kind;
  readonly text: string;
  /** why a probe is left open (it.fails): what came out and why no fix by shape was made */
  readonly open?: string;
}

export const PROBES: readonly Probe[] = [
  // ---- rule 1: the form or template itself
  { id: 'F01', rule: 1, shape: 'blank template: head fields and Beskriv/Redogör/Ange prompts', want: 'reporting-form',
    text: 'Slutredovisning – föreningsbidrag\n\nOrganisationens namn:\nOrganisationsnummer:\nKontaktperson:\nTelefon:\nE-post:\n\nBeskriv vad ni har genomfört med bidraget.\n\nRedogör för hur många deltagare som har deltagit.\n\nAnge hur stor del av bidraget som har använts.\n\nBeskriv eventuella avvikelser från ansökan.\n' },
  { id: 'F02', rule: 1, shape: 'questions as headings without numbers', want: 'reporting-form',
    text: 'Slutrapport för projektbidrag\n\nProjektets namn\n\nDiarienummer\n\nVad har projektet genomfört?\n\nVilka målgrupper har projektet nått?\n\nHur har bidraget använts?\n\nVad har projektet lett till?\n\nHur kommer verksamheten att fortsätta?\n' },
  { id: 'F03', rule: 1, shape: 'table form: budget | utfall cells to fill', want: 'reporting-form',
    text: 'Ekonomisk redovisning av projektbidrag\n\nProjektnamn:\nBidragsmottagare:\n\n| Kostnadsslag | Budget | Utfall |\n| Personalkostnader | | |\n| Lokalhyra | | |\n| Material | | |\n| Resor | | |\n| Summa | | |\n\nKommentera avvikelser mellan budget och utfall:\n' },
  { id: 'F04', rule: 1, shape: 'check boxes ☐ Ja ☐ Nej', want: 'reporting-form',
    text: 'Lägesrapport\n\nProjektnamn:\nDiarienummer:\n\n1. Följer projektet tidsplanen? ☐ Ja ☐ Nej\nOm nej, beskriv varför:\n\n2. Har projektets budget ändrats? ☐ Ja ☐ Nej\nOm ja, beskriv ändringen:\n\n3. Har projektet nått sina delmål? ☐ Ja ☐ Nej\n' },
  { id: 'F05', rule: 1, shape: 'check boxes [ ] and Ja / Nej', want: 'reporting-form',
    text: 'Redovisning av aktivitetsbidrag\n\nFöreningens namn: \nKontaktperson: \n\nHar aktiviteten genomförts som planerat?  [ ] Ja  [ ] Nej\nHar ni haft andra intäkter för aktiviteten?  Ja / Nej\nHar bidraget använts helt?  [ ] Ja  [ ] Nej\n\nBeskriv aktiviteten kort:\n' },
  { id: 'F06', rule: 1, shape: 'limits: max 2 000 tecken per prompt', want: 'reporting-form',
    text: 'Slutrapport\n\n1. Sammanfattning av projektet (max 2 000 tecken)\n\n2. Beskriv projektets genomförande (max 4 000 tecken)\n\n3. Redogör för projektets resultat och effekter (max 4 000 tecken)\n\n4. Hur ska resultaten spridas? (max 1 000 tecken)\n' },
  { id: 'F07', rule: 1, shape: 'signature block: Underskrift, Namnförtydligande, Ort och datum', want: 'reporting-form',
    text: 'Redovisning av kommunalt bidrag\n\nFörening:\nOrganisationsnummer:\nBeviljat belopp:\nAnvänt belopp:\n\nBeskriv hur bidraget har använts:\n\n\nVi intygar att uppgifterna ovan är riktiga.\n\nOrt och datum\n\nUnderskrift\n\nNamnförtydligande\n' },
  { id: 'F08', rule: 1, shape: 'a filled-in slutrapport on its form', want: 'reporting-form',
    text: 'Slutrapport – projektbidrag\n\nProjektnamn: Läsglädje i Norrby\nOrganisation: Norrby läsförening\nOrganisationsnummer: 802000-1234\nKontaktperson: Anna Berg\n\n1. Beskriv vad som har genomförts i projektet.\nVi har hållit tolv lästräffar för barn under våren.\n\n2. Hur många deltagare har projektet nått?\nCirka 150 barn och 40 vuxna.\n\n3. Hur har bidraget använts?\nTill arvoden för författare och inköp av böcker.\n\n4. Beskriv eventuella avvikelser från ansökan.\nInga avvikelser.\n\nUnderskrift: Anna Berg\n' },
  { id: 'F09', rule: 1, shape: 'a form cut after its first page of instructions', want: 'reporting-form',
    text: 'Blankett för slutredovisning av projektbidrag\n\nAnvisningar för blanketten\nFyll i samtliga fält. Obligatoriska fält är markerade med en asterisk (*). Blanketten skickas till kulturförvaltningen senast två månader efter att projektet har avslutats.\n\nDel 1. Uppgifter om bidragsmottagaren\nOrganisationens namn *\nOrganisationsnummer *\nKontaktperson *\n' },
  { id: 'F10', rule: 1, shape: 'a Word template "Mall för slutrapport"', want: 'reporting-form',
    text: 'Mall för slutrapport\n\nProjektets namn:\nProjektägare:\nProjektperiod:\nBeviljat stöd:\n\n1. Bakgrund\nBeskriv kort projektets bakgrund och syfte.\n\n2. Genomförande\nBeskriv hur projektet har genomförts och vilka aktiviteter som har ägt rum.\n\n3. Resultat\nRedogör för projektets resultat i förhållande till målen.\n\n4. Ekonomi\nRedovisa projektets kostnader och intäkter.\n' },
  { id: 'F11', rule: 1, shape: 'Norwegian rapportskjema with labels and prompts', want: 'reporting-form',
    text: 'Rapportskjema for tilskudd\n\nNavn på organisasjon:\nOrganisasjonsnummer:\nKontaktperson:\n\nBeskriv hva tilskuddet er brukt til:\n\nHvor mange deltakere har vært med?\n\nHar prosjektet blitt gjennomført som planlagt? Ja / Nei\n\nSted og dato:\nSignatur:\n' },
  { id: 'F12', rule: 1, shape: 'English final report form with word limits', want: 'reporting-form',
    text: 'Final Report Form\n\nOrganisation name:\nGrant reference:\nContact person:\n\n1. Summarise what the grant was used for (max 300 words)\n\n2. How many people benefited from the project? (max 100 words)\n\n3. What were the main outcomes? (max 300 words)\n\n4. Please describe any changes to the original plan (max 200 words)\n\nSignature:\nDate:\n' },
  { id: 'F13', rule: 1, shape: 'Danish afrapporteringsskema with check boxes', want: 'reporting-form',
    text: 'Afrapporteringsskema\n\nProjektets titel:\nAnsøgers navn:\nCVR-nummer:\n\nEr projektet gennemført som beskrevet i ansøgningen? ☐ Ja ☐ Nej\n\nBeskriv projektets resultater:\n\nHvordan er tilskuddet anvendt?\n\nDato og underskrift:\n' },
  { id: 'F14', rule: 1, shape: 'headed sections with prompts under, no head fields', want: 'reporting-form',
    // (a form now, h/kind81: each prompt stands right under its part's short head, the next part's head over the next prompt,
    // so fieldDensity counts the prompts as fields left empty (headOverPrompt); it was refused as naming no grant before)
    text: 'Delrapport\n\nGenomförda aktiviteter\nBeskriv de aktiviteter som har genomförts under perioden.\n\nMålgrupp\nAnge hur många personer i målgruppen som har nåtts.\n\nSamverkan\nRedogör för samverkan med andra aktörer.\n\nEkonomi\nAnge hur stor del av bidraget som har förbrukats.\n' },
  { id: 'F15', rule: 1, shape: 'required marks and numbered fields of a printed e-form', want: 'reporting-form',
    text: 'Redovisning av verksamhetsbidrag 2025\n\nFält markerade med * är obligatoriska.\n\n1. Föreningens namn *\n2. Organisationsnummer *\n3. Antal medlemmar 31 december *\n4. Antal sammankomster under året *\n5. Beskriv föreningens verksamhet under året *\n6. Övriga upplysningar\n' },

  // ---- rule 2: a help text walking one form's fields in order
  { id: 'G01', rule: 2, shape: 'help text walking the form\'s fields in order', want: 'reporting-form',
    text: 'Hjälptext till blanketten Slutredovisning\n\nFält 1 Organisationens namn: Skriv organisationens namn så som det står i beslutet.\nFält 2 Organisationsnummer: Ange organisationsnumret med tio siffror.\nFält 3 Genomförda aktiviteter: Beskriv vilka aktiviteter som har genomförts, max 2 000 tecken.\nFält 4 Kostnader: Ange de faktiska kostnaderna i kronor.\nFält 5 Underskrift: Blanketten ska undertecknas av firmatecknare.\n' },
  { id: 'G02', rule: 2, shape: 'English "Completing the report" box by box', want: 'reporting-form',
    text: 'Completing the End of Grant Report\n\nBox 1 – Organisation name: enter the name as it appears on your grant offer letter.\nBox 2 – Grant reference: enter the reference number from your award letter.\nBox 3 – Activities: describe what you delivered with the grant (max 500 words).\nBox 4 – Spend: enter the total amount spent in pounds.\nBox 5 – Declaration: the form must be signed by your chair or treasurer.\n' },

  // ---- rule 3: pages about reporting (must stay anvisning)
  { id: 'A01', rule: 3, shape: 'a page about when and where to report', want: 'anvisning',
    text: 'Redovisa ditt bidrag\n\nAlla som har fått bidrag från kulturnämnden ska redovisa hur pengarna har använts. Redovisningen ska ha kommit in senast två månader efter att projektet avslutats. Du redovisar i kommunens e-tjänst. Bidrag som inte har använts ska betalas tillbaka. Om du inte redovisar kan du inte få nya bidrag.\n\nHar du frågor? Kontakta kulturförvaltningen på telefon 010-123 45 67.\n' },
  { id: 'A02', rule: 3, shape: '"Redovisningen ska innehålla: 1. … 2. …"', want: 'anvisning',
    text: 'Redovisning av projektbidrag\n\nEfter avslutat projekt ska ni lämna en redovisning till nämnden senast den 31 mars året efter.\n\nRedovisningen ska innehålla:\n1. En beskrivning av vad som har genomförts.\n2. Antal deltagare.\n3. En ekonomisk redovisning med budget och utfall.\n4. En bedömning av om projektets mål har nåtts.\n\nBidrag som inte har använts ska återbetalas.\n' },
  { id: 'A03', rule: 3, shape: 'an e-service\'s screen-by-screen help', want: 'anvisning',
    text: 'Så redovisar du i e-tjänsten\n\nSteg 1. Logga in med BankID på Mina sidor.\nSteg 2. Välj det ärende du vill redovisa under fliken Beviljade bidrag.\nSteg 3. Klicka på Skapa redovisning.\nSteg 4. Fyll i uppgifterna och bifoga verksamhetsberättelsen.\nSteg 5. Klicka på Skicka in.\n\nRedovisningen ska vara inskickad senast den 30 april. Bidrag som inte redovisas kan krävas tillbaka.\n' },
  { id: 'A04', rule: 3, shape: 'a page quoting the form\'s questions in a sentence', want: 'anvisning',
    text: 'Återrapportering\n\nBidragsmottagaren ska senast tre månader efter projektets slut lämna en slutrapport på Myndighetens blankett. I blanketten ombeds ni bland annat svara på vad projektet har genomfört, hur många deltagare ni har nått och hur bidraget har använts. Blanketten finns att ladda ned på vår webbplats. Medel som inte har förbrukats ska återbetalas.\n' },
  { id: 'A05', rule: 3, shape: 'a list of templates', want: 'anvisning',
    text: 'Blanketter och mallar\n\nHär hittar du de blanketter du behöver för att redovisa ditt bidrag.\n\n- Mall för lägesrapport (Word)\n- Mall för slutrapport (Word)\n- Blankett för ekonomisk redovisning (Excel)\n- Blankett för ändring av projekt (PDF)\n\nSlutrapporten ska lämnas senast tre månader efter projektets slut.\n' },
  { id: 'A06', rule: 3, shape: 'an anvisning with a short "Återrapportering" section', want: 'anvisning',
    text: 'Bidrag till studieförbund 2026\n\nKommunen fördelar 2 000 000 kronor till studieförbund som bedriver verksamhet i kommunen. Bidraget består av ett grundbidrag och ett rörligt bidrag som beräknas på antal studietimmar. Ansökan ska ha kommit in senast den 1 mars 2026.\n\nÅterrapportering\nStudieförbunden ska senast den 31 mars året efter redovisa antal studietimmar och deltagare. Beskriv också hur verksamheten har nått nya grupper.\n' },
  { id: 'A07', rule: 3, shape: 'a grant page with an application form\'s contents list', want: 'anvisning',
    text: 'Projektbidrag till kultur\n\nFöreningar kan söka bidrag för kulturprojekt. Sista ansökningsdag är den 15 september 2026.\n\nAnsökningsblanketten innehåller följande:\n- Organisationens namn och organisationsnummer\n- Kontaktperson\n- Beskrivning av projektet\n- Budget\n\nBeviljade projekt ska lämna en slutredovisning senast två månader efter projektets slut.\n' },

  // ---- adversarial rule-3 counter-probes near the form shapes
  { id: 'A08', rule: 3, shape: 'instructions naming the form\'s head fields in prose', want: 'anvisning',
    text: 'Anvisningar för slutredovisning\n\nSlutredovisningen görs i e-tjänsten. Där fyller du i organisationens namn, organisationsnummer och kontaktperson, och beskriver sedan vad som har genomförts. Redovisningen ska lämnas senast den 31 januari. Har ni inte använt hela bidraget ska resten betalas tillbaka till kommunen.\n' },
  { id: 'A09', rule: 3, shape: 'a page about the report\'s length limits and signing', want: 'anvisning',
    text: 'Regler för rapportering\n\nSlutrapporten får omfatta högst 10 sidor. Den ekonomiska redovisningen ska vara undertecknad av firmatecknare och granskad av revisor om bidraget överstiger 200 000 kronor. Rapporten skickas till registrator senast tre månader efter projektperiodens slut. Medel som inte har använts ska återbetalas.\n' },
  { id: 'A10', rule: 3, shape: 'a FAQ of report questions with answers', want: 'anvisning',
    text: 'Vanliga frågor om redovisningen\n\nNär ska redovisningen lämnas?\nSenast två månader efter att projektet har avslutats.\n\nVem ska skriva under?\nRedovisningen ska undertecknas av firmatecknare.\n\nVad händer om bidraget inte har använts?\nDå ska det betalas tillbaka.\n' },
  { id: 'A11', rule: 3, shape: 'what the report shall describe as Beskriv-bullets under a rule', want: 'anvisning',
    text: 'Krav på slutrapporten\n\nSenast tre månader efter projektets slut ska stödmottagaren lämna en slutrapport till Länsstyrelsen. I slutrapporten ska ni:\n- beskriva projektets genomförande,\n- redogöra för resultaten,\n- redovisa kostnaderna.\n\nSlutrapporten lämnas tillsammans med den sista ansökan om utbetalning.\n' },
  { id: 'A12', rule: 3, shape: 'English reporting requirements page', want: 'anvisning',
    text: 'Reporting requirements\n\nAll grant holders must submit an end of grant report within three months of the end of the project. The report should tell us what you did, who benefited and how the money was spent. You submit the report through our online portal. Any unspent funds must be returned to the Foundation.\n' },
  { id: 'A13', rule: 3, shape: 'a page that links the template and says how to send it', want: 'anvisning',
    text: 'Mall för slutrapport\n\nAnvänd vår mall när du skriver slutrapporten. Mallen finns som Word-dokument under Dokument på denna sida. Skicka den ifyllda mallen till bidrag@kommun.se senast tre månader efter projektets slut. Kontakta handläggaren om du behöver mer tid.\n' },
  { id: 'A14', rule: 3, shape: 'payment rules with a check-list of attachments', want: 'anvisning',
    text: 'Ansökan om slututbetalning\n\nNär projektet är avslutat kan ni ansöka om slututbetalning. Ansökan ska lämnas senast två månader efter projektets slutdatum.\n\nTill ansökan ska ni bifoga:\n- slutrapport\n- huvudbok för projektet\n- kopior av fakturor över 10 000 kronor\n- lönespecifikationer\n\nUtbetalning sker inom 30 dagar efter att ansökan har godkänts.\n' },
  // ---- counter-probes of the rows changed (each row two of its own, the same words in another role)
  // QUOTING_LEAD report-takes-up-lead widened to "Redovisningen ska innehålla:": a form's own such lead must stay a form
  { id: 'K01', rule: 1, shape: 'counter to the contains-lead: a template whose own lead is "Slutrapporten ska innehålla följande:" over blanks', want: 'reporting-form',
    text: 'Mall för slutrapport\n\nSlutrapporten ska innehålla följande:\n\nProjektets namn: ____________\nProjektägare: ____________\nDiarienummer: ____________\n\n1. Beskriv hur projektet har genomförts.\n\n2. Redogör för projektets resultat.\n\n3. Redovisa projektets kostnader.\n\nUnderskrift: ____________\n' },
  { id: 'K02', rule: 1, shape: 'counter to the contains-lead: a form with the lead over check boxes and a signature', want: 'reporting-form',
    text: 'Redovisning av föreningsbidrag 2026\n\nRedovisningen ska innehålla:\n\nFöreningens namn: \nOrganisationsnummer: \n\nHar bidraget använts enligt ansökan? ☐ Ja ☐ Nej\nHar föreningen haft andra bidrag? ☐ Ja ☐ Nej\n\nOrt och datum\n\nUnderskrift\n\nNamnförtydligande\n' },
  { id: 'K03', rule: 3, shape: 'the contains-lead over numbered questions on a page of rules', want: 'anvisning',
    text: 'Slutrapport för projektstöd\n\nSenast tre månader efter projektets slut ska ni skicka in en slutrapport till förvaltningen. Slutrapporten ska även innehålla följande:\n1. Vad har projektet genomfört?\n2. Hur många deltagare har projektet nått?\n3. Hur har bidraget använts?\n\nMedel som inte har använts ska betalas tillbaka.\n' },
  // FORM_STRUCTURE / KIND_EVIDENCE required-fields-note widened to "asterisk": pages that name the note must stay anvisningar
  { id: 'K04', rule: 3, shape: 'counter to required-fields-note: an e-service help page naming the asterisk', want: 'anvisning',
    text: 'Så redovisar du ditt bidrag\n\nDu redovisar ditt bidrag i kommunens e-tjänst senast två månader efter att aktiviteten har genomförts. Logga in med BankID. Obligatoriska fält är markerade med en asterisk (*) och måste fyllas i innan du kan skicka in. Bidrag som inte har använts ska betalas tillbaka.\n' },
  { id: 'K05', rule: 3, shape: 'counter to required-fields-note: an application guide naming the asterisk', want: 'anvisning',
    text: 'Bidrag till kulturarrangemang 2026\n\nFöreningar kan söka bidrag till kulturarrangemang. Ansökan görs i e-tjänsten senast den 1 april 2026. I ansökan är obligatoriska fält markerade med en asterisk (*). Beviljade arrangemang ska redovisas senast två månader efter arrangemanget.\n' },
  // KIND_EVIDENCE numbered-field-ref widened to "Fält N Label: Skriv …", "Box N – Label: enter …"
  { id: 'K06', rule: 3, shape: 'counter to numbered-field-ref: a grant page\'s numbered areas after a dash', want: 'anvisning',
    text: 'Community Grants 2026\n\nThe Foundation funds projects in three fields.\n\nField 1 – Arts: projects in music, theatre and dance.\nField 2 – Health: projects that help people live healthier lives.\nField 3 – Environment: local projects for nature and climate.\n\nApplications close on 1 March 2026. Grants of up to £5,000 are available. All grant holders must submit a final report within three months.\n' },
  { id: 'K07', rule: 3, shape: 'counter to numbered-field-ref: reporting instructions naming the fields in sentences', want: 'anvisning',
    text: 'Anvisningar för redovisning av bidrag\n\nRedovisningen görs på kommunens blankett senast den 31 mars. I fält 1 skriver du föreningens namn och i fält 2 anger du organisationsnumret. Fält 3 ska fyllas i av revisorn. Bidrag som inte har använts ska betalas tillbaka till kommunen.\n' },
  { id: 'K08', rule: 3, shape: 'counter to numbered-field-ref: an application form\'s help walking its boxes', want: 'anvisning',
    text: 'Guidance notes for the application form\n\nBox 1 – Organisation name: enter the name of your organisation.\nBox 2 – Amount requested: enter the amount you are applying for.\nBox 3 – Project description: describe what you want to do (max 500 words).\n\nApplications must reach us by 30 April 2026.\n' },
  // FORM_MARKS application-head widened to an English guide to the application form: report form guides must stay forms
  { id: 'K09', rule: 2, shape: 'counter to application-head: a final report form\'s guidance notes walking its boxes', want: 'reporting-form',
    text: 'Guidance notes for the final report form\n\nBox 1 – Organisation name: enter the name as it appears on your grant offer letter.\nBox 2 – Amount awarded: enter the amount we awarded you.\nBox 3 – Activities: describe what you delivered with the grant (max 500 words).\nBox 4 – Spend: enter the total amount spent in pounds.\n' },
  { id: 'K10', rule: 2, shape: 'counter to application-head: the application\'s follow-up report named in the head', want: 'reporting-form',
    text: 'Help for the grant application follow-up report\n\nField 1 – Project title: enter the title used in your application.\nField 2 – Outcomes: describe what the project achieved (max 300 words).\nField 3 – Expenditure: enter the amount spent against each budget line.\n\nSignature:\nDate:\n' },
];
