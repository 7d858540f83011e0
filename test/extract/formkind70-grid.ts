// The reporting form's kind, title and due date as a generated grid (helper formkind70, issue 12). Held-out reporting forms
// are the worst genre, and each new batch of forms opened with forms read as an anvisning: the kind decision is measured
// here on short constructed texts built from shapes, never from one document's sentences.
//
// Two parts:
// - form: a reporting form's text, built from a shape × a language × a title × a due date or none:
//   shapes: blanks ("Namn: ____", "Belopp kr ……"), numbered questions with no room drawn, a table to fill (tab-separated
//   empty cells), a signature block ("Ort och datum", "Underskrift"), check boxes ("☐ Ja ☐ Nej"), instructions to the one
//   who fills it in at the top over fields and questions, a paragraph of instructions over questions with no room drawn,
//   bare field labels (a PDF's drawn lines lost), a Markdown table with empty answer cells, unnumbered questions each with
//   its answer's limit, and a form embedded after a few sentences of an anvisning;
//   languages: Swedish, English, Norwegian, Danish; titles: Swedish "Slutrapport", "Redovisning av beviljat bidrag",
//   "Ekonomisk redovisning", English "Final report", "Progress report template", Norwegian "Sluttrapport", Danish
//   "Afrapportering af tilskud"; due: none, or a sentence under the title ("… senast den 31 mars 2026").
//   Asked: kind `reporting-form`; the title (the cell's title in the spec's title; not asked of the embedded shape, whose
//   first line is the grant's); `due` 2026-03-31 when stated, absent (`null`) when not.
// - counter: texts that must NOT be read as a reporting form (kind `anvisning`, or refused as naming no grant): an
//   anvisning that lists what the report must contain (numbered or dashed), an instruction page about reporting headed by
//   the report's name (with or without its due date), an utlysning with an application form's headings (numbered or not),
//   a FAQ page on reporting (question lines or question headings), and an anvisning page describing the report form;
//   added after the first change (main's result measured on them too): an anvisning naming the application's fields one a
//   line under a lead with no colon, and an application form itself (bare labels, or blanks).
//   Asked: the kind only.
//
// Split: a cell falls in half A or B by an FNV-1a hash of its id (even: A). Half A is used to tune; of half B only the
// totals are printed.

export type Lang = 'sv' | 'en' | 'no' | 'da';
export type FormCase = {
  id: string;
  part: 'form' | 'counter';
  text: string;
  /** asked of the spec: kind always; title and due where the cell states them (`null`: must be absent) */
  want: { kind: 'reporting-form' | 'not-form'; title?: string; due?: string | null };
};

/** A stable 32-bit hash of a case id (FNV-1a). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}
export const half = (id: string): 'A' | 'B' => (hash(id) % 2 === 0 ? 'A' : 'B');

const DUE = '2026-03-31';

const TITLES: ReadonlyArray<{ t: string; lang: Lang; title: string }> = [
  { t: 'slutrapport', lang: 'sv', title: 'Slutrapport' },
  { t: 'redovisning-beviljat', lang: 'sv', title: 'Redovisning av beviljat bidrag' },
  { t: 'ekonomisk-redovisning', lang: 'sv', title: 'Ekonomisk redovisning' },
  { t: 'final-report', lang: 'en', title: 'Final report' },
  { t: 'progress-template', lang: 'en', title: 'Progress report template' },
  { t: 'sluttrapport-no', lang: 'no', title: 'Sluttrapport' },
  { t: 'afrapportering-da', lang: 'da', title: 'Afrapportering af tilskud' },
];

/** The due date's sentence, under the title. */
const DUE_LINE: Record<Lang, string> = {
  sv: 'Redovisningen ska vara inskickad senast den 31 mars 2026.',
  en: 'The report must be submitted by 31 March 2026.',
  no: 'Rapporten skal sendes inn innen 31. mars 2026.',
  da: 'Rapporten skal indsendes senest den 31. marts 2026.',
};

const B = '____________________';
const D = '……………………';

/** The form's body by shape and language: its lines. */
const SHAPES: Record<string, Record<Lang, string[]>> = {
  blanks: {
    sv: [`Bidragsmottagare: ${B}`, `Organisationsnummer: ${B}`, `Projektets namn: ${B}`, `Diarienummer: ${B}`, `Beviljat belopp kr ${D}`, `Använt belopp kr ${D}`, `Kontaktperson: ${B}`, `E-post: ${B}`],
    en: [`Grantee organisation: ${B}`, `Grant number: ${B}`, `Project title: ${B}`, `Reporting period: ${B}`, `Amount awarded: ${D}`, `Amount spent: ${D}`, `Contact person: ${B}`, `Email: ${B}`],
    no: [`Navn på organisasjon: ${B}`, `Organisasjonsnummer: ${B}`, `Prosjektets navn: ${B}`, `Saksnummer: ${B}`, `Tilskuddsbeløp kr ${D}`, `Brukt beløp kr ${D}`, `Kontaktperson: ${B}`, `E-post: ${B}`],
    da: [`Foreningens navn: ${B}`, `CVR-nummer: ${B}`, `Projektets titel: ${B}`, `Journalnummer: ${B}`, `Bevilget beløb kr. ${D}`, `Forbrugt beløb kr. ${D}`, `Kontaktperson: ${B}`, `E-mail: ${B}`],
  },
  numbered: {
    sv: ['1. Beskriv kort vad ni har genomfört med bidraget.', '2. Hur många deltagare har verksamheten nått?', '3. Har projektet följt budgeten? Om inte, förklara varför.', '4. Vilka resultat har ni uppnått?', '5. Hur kommer arbetet att fortsätta efter projekttiden?'],
    en: ['1. Briefly describe the activities carried out with the grant.', '2. How many participants did the project reach?', '3. Did the project keep to its budget? If not, explain why.', '4. What results have you achieved?', '5. How will the work continue after the grant period?'],
    no: ['1. Beskriv kort hva dere har gjennomført med tilskuddet.', '2. Hvor mange deltakere har prosjektet nådd?', '3. Har prosjektet fulgt budsjettet? Hvis ikke, forklar hvorfor.', '4. Hvilke resultater har dere oppnådd?', '5. Hvordan vil arbeidet fortsette etter prosjektperioden?'],
    da: ['1. Beskriv kort, hvad I har gennemført med tilskuddet.', '2. Hvor mange deltagere har projektet nået?', '3. Har projektet overholdt budgettet? Hvis ikke, forklar hvorfor.', '4. Hvilke resultater har I opnået?', '5. Hvordan fortsætter arbejdet efter projektperioden?'],
  },
  table: {
    sv: ['Ekonomisk sammanställning', 'Kostnadsslag\tBudget kr\tUtfall kr', 'Personal\t\t', 'Lokaler\t\t', 'Material\t\t', 'Resor\t\t', 'Summa\t\t'],
    en: ['Financial summary', 'Cost item\tBudget\tActual', 'Staff\t\t', 'Premises\t\t', 'Materials\t\t', 'Travel\t\t', 'Total\t\t'],
    no: ['Økonomisk oversikt', 'Kostnad\tBudsjett kr\tRegnskap kr', 'Lønn\t\t', 'Lokaler\t\t', 'Materiell\t\t', 'Reiser\t\t', 'Sum\t\t'],
    da: ['Økonomisk oversigt', 'Udgiftspost\tBudget kr.\tRegnskab kr.', 'Løn\t\t', 'Lokaler\t\t', 'Materialer\t\t', 'Rejser\t\t', 'I alt\t\t'],
  },
  signature: {
    sv: [`Organisation: ${B}`, `Projekt: ${B}`, 'Intygande', 'Jag intygar att uppgifterna i redovisningen är riktiga.', `Ort och datum: ${B}`, `Underskrift: ${B}`, `Namnförtydligande: ${B}`],
    en: [`Organisation: ${B}`, `Project: ${B}`, 'Certification', 'I certify that the information in this report is correct.', `Signature: ${B}`, `Date: ${B}`, `Name in block capitals: ${B}`],
    no: [`Organisasjon: ${B}`, `Prosjekt: ${B}`, 'Bekreftelse', 'Jeg bekrefter at opplysningene i rapporten er riktige.', `Sted og dato: ${B}`, `Underskrift: ${B}`, `Navn med blokkbokstaver: ${B}`],
    da: [`Organisation: ${B}`, `Projekt: ${B}`, 'Erklæring', 'Jeg erklærer, at oplysningerne i rapporten er korrekte.', `Sted og dato: ${B}`, `Underskrift: ${B}`, `Navn med blokbogstaver: ${B}`],
  },
  checkboxes: {
    sv: ['Är projektet avslutat?  ☐ Ja  ☐ Nej', 'Har bidraget använts enligt beslutet?  ☐ Ja  ☐ Nej', 'Har ni fått andra bidrag för projektet?  ☐ Ja  ☐ Nej', 'Bifogas:  ☐ Verksamhetsberättelse  ☐ Resultaträkning'],
    en: ['Has the project ended?  ☐ Yes  ☐ No', 'Was the grant used as approved?  ☐ Yes  ☐ No', 'Did you receive other funding for the project?  ☐ Yes  ☐ No', 'Attached:  ☐ Activity report  ☐ Accounts'],
    no: ['Er prosjektet avsluttet?  ☐ Ja  ☐ Nei', 'Er tilskuddet brukt som forutsatt?  ☐ Ja  ☐ Nei', 'Har dere fått annen støtte til prosjektet?  ☐ Ja  ☐ Nei', 'Vedlegg:  ☐ Årsberetning  ☐ Regnskap'],
    da: ['Er projektet afsluttet?  ☐ Ja  ☐ Nej', 'Er tilskuddet brugt som bevilget?  ☐ Ja  ☐ Nej', 'Har I modtaget andre tilskud til projektet?  ☐ Ja  ☐ Nej', 'Vedlagt:  ☐ Årsberetning  ☐ Regnskab'],
  },
  instructions: {
    sv: ['Fyll i blanketten och skicka den till kommunen. Alla uppgifter ska fyllas i.', `Föreningens namn: ${B}`, `Kontaktperson: ${B}`, '1. Beskriv vad bidraget har använts till.', '2. Hur många deltagare har varit med?', '3. Vilka resultat har ni uppnått?'],
    en: ['Please complete this form and return it to the grants office. All fields must be filled in.', `Organisation name: ${B}`, `Contact person: ${B}`, '1. Describe what the grant was used for.', '2. How many people took part?', '3. What results have you achieved?'],
    no: ['Fyll ut skjemaet og send det til kommunen. Alle feltene må fylles ut.', `Organisasjonens navn: ${B}`, `Kontaktperson: ${B}`, '1. Beskriv hva tilskuddet er brukt til.', '2. Hvor mange deltakere har vært med?', '3. Hvilke resultater har dere oppnådd?'],
    da: ['Udfyld skemaet og send det til kommunen. Alle felter skal udfyldes.', `Foreningens navn: ${B}`, `Kontaktperson: ${B}`, '1. Beskriv, hvad tilskuddet er brugt til.', '2. Hvor mange deltagere har været med?', '3. Hvilke resultater har I opnået?'],
  },
  // instructions to the one who fills it in, a paragraph of them, over questions with no room drawn (a PDF's boxes lost)
  'long-instructions': {
    sv: ['Anvisningar', 'Blanketten fylls i av den som har fått bidraget. Svara på samtliga frågor och skriv så konkret som möjligt. Bifoga verksamhetsberättelse och en ekonomisk sammanställning. Skicka den ifyllda och undertecknade blanketten till kommunens kulturförvaltning.', '1. Vad har ni gjort under året?', '2. Vilka har deltagit i verksamheten?', '3. Hur har bidraget använts?', '4. Har ni samarbetat med andra aktörer?'],
    en: ['Instructions', 'This form is to be completed by the grant recipient. Answer all questions and be as specific as possible. Attach your annual report and a financial statement. Send the completed and signed form to the council\'s grants team.', '1. What did you do during the year?', '2. Who took part in the activities?', '3. How was the grant spent?', '4. Did you work with other partners?'],
    no: ['Veiledning', 'Skjemaet fylles ut av den som har mottatt tilskuddet. Svar på alle spørsmålene og skriv så konkret som mulig. Legg ved årsberetning og regnskap. Send det utfylte og signerte skjemaet til kommunens kulturavdeling.', '1. Hva har dere gjort i løpet av året?', '2. Hvem har deltatt i aktivitetene?', '3. Hvordan er tilskuddet brukt?', '4. Har dere samarbeidet med andre?'],
    da: ['Vejledning', 'Skemaet udfyldes af den, der har modtaget tilskuddet. Besvar alle spørgsmål og skriv så konkret som muligt. Vedlæg årsberetning og regnskab. Send det udfyldte og underskrevne skema til kommunens kulturforvaltning.', '1. Hvad har I lavet i løbet af året?', '2. Hvem har deltaget i aktiviteterne?', '3. Hvordan er tilskuddet brugt?', '4. Har I samarbejdet med andre?'],
  },
  // field labels whose drawn lines a PDF's text lost: one label a line, nothing after it
  'bare-labels': {
    sv: ['Uppgifter om bidragsmottagaren', 'Organisationens namn', 'Organisationsnummer', 'Kontaktperson', 'Telefon', 'E-post', 'Beviljat belopp', 'Redovisade kostnader'],
    en: ['Grantee details', 'Organisation name', 'Registered charity number', 'Contact person', 'Telephone', 'Email', 'Amount awarded', 'Total expenditure'],
    no: ['Opplysninger om tilskuddsmottaker', 'Organisasjonens navn', 'Organisasjonsnummer', 'Kontaktperson', 'Telefon', 'E-post', 'Tildelt beløp', 'Totale kostnader'],
    da: ['Oplysninger om tilskudsmodtager', 'Foreningens navn', 'CVR-nummer', 'Kontaktperson', 'Telefon', 'E-mail', 'Bevilget beløb', 'Samlede udgifter'],
  },
  // the head fields as a Markdown table with empty answer cells (a Word form saved as Markdown)
  'markdown-table': {
    sv: ['| Uppgift | Svar |', '|---|---|', '| Föreningens namn | |', '| Organisationsnummer | |', '| Projektets namn | |', '| Beviljat belopp | |', '| Kontaktperson | |', '| Telefon | |'],
    en: ['| Item | Answer |', '|---|---|', '| Organisation name | |', '| Grant reference | |', '| Project title | |', '| Amount awarded | |', '| Contact person | |', '| Telephone | |'],
    no: ['| Opplysning | Svar |', '|---|---|', '| Organisasjonens navn | |', '| Organisasjonsnummer | |', '| Prosjektets navn | |', '| Tildelt beløp | |', '| Kontaktperson | |', '| Telefon | |'],
    da: ['| Oplysning | Svar |', '|---|---|', '| Foreningens navn | |', '| CVR-nummer | |', '| Projektets titel | |', '| Bevilget beløb | |', '| Kontaktperson | |', '| Telefon | |'],
  },
  // unnumbered questions, each with its answer's limit
  limits: {
    sv: ['Beskriv projektets genomförande (max 2000 tecken)', 'Beskriv projektets resultat (max 2000 tecken)', 'Beskriv eventuella avvikelser från planen (max 1000 tecken)', 'Hur kommer resultaten att spridas? (max 1000 tecken)'],
    en: ['Describe how the project was carried out (max 300 words)', 'Describe the results of the project (max 300 words)', 'Describe any changes to the original plan (max 200 words)', 'How will the results be shared? (max 200 words)'],
    no: ['Beskriv gjennomføringen av prosjektet (maks 2000 tegn)', 'Beskriv resultatene av prosjektet (maks 2000 tegn)', 'Beskriv eventuelle avvik fra planen (maks 1000 tegn)', 'Hvordan skal resultatene spres? (maks 1000 tegn)'],
    da: ['Beskriv, hvordan projektet er gennemført (maks. 2000 tegn)', 'Beskriv projektets resultater (maks. 2000 tegn)', 'Beskriv eventuelle afvigelser fra planen (maks. 1000 tegn)', 'Hvordan formidles resultaterne? (maks. 1000 tegn)'],
  },
};

/** An anvisning's few sentences that a form follows (the embedded shape): the grant's name first. */
const EMBED_LEAD: Record<Lang, string[]> = {
  sv: ['Bidrag till kulturprojekt', 'Bidraget kan sökas av ideella föreningar i kommunen. Den som har fått bidrag ska redovisa hur pengarna har använts på blanketten nedan.'],
  en: ['Community Arts Grant', 'The grant is open to non-profit organisations in the county. Grantees must report on the use of the grant on the form below.'],
  no: ['Tilskudd til kulturprosjekter', 'Tilskuddet kan søkes av frivillige organisasjoner i kommunen. Den som har fått tilskudd skal rapportere på skjemaet nedenfor.'],
  da: ['Tilskud til kulturprojekter', 'Tilskuddet kan søges af foreninger i kommunen. Den, der har fået tilskud, skal aflægge rapport på skemaet nedenfor.'],
};

const text = (lines: readonly string[]): string => `${lines.join('\n\n')}\n`;

function formCases(): FormCase[] {
  const cases: FormCase[] = [];
  for (const t of TITLES) {
    for (const due of [false, true]) {
      const dueLines = due ? [DUE_LINE[t.lang]] : [];
      const wantDue = due ? DUE : null;
      for (const [shape, bodies] of Object.entries(SHAPES)) {
        // (the signature and check-box shapes carry one field or none of their own: a real form has head fields over them)
        const body = shape === 'checkboxes' ? [SHAPES.blanks![t.lang][0]!, SHAPES.blanks![t.lang][2]!, ...bodies[t.lang]] : bodies[t.lang];
        cases.push({ id: `form/${shape}/${t.t}/${due ? 'due' : 'nodue'}`, part: 'form', text: text([t.title, ...dueLines, ...body]),
          want: { kind: 'reporting-form', title: t.title, due: wantDue } });
      }
      cases.push({ id: `form/embedded/${t.t}/${due ? 'due' : 'nodue'}`, part: 'form',
        text: text([...EMBED_LEAD[t.lang], t.title, ...dueLines, ...SHAPES.blanks![t.lang], ...SHAPES.signature![t.lang].slice(4)]),
        want: { kind: 'reporting-form', due: wantDue } });
    }
  }
  return cases;
}

/** An anvisning whose reporting section lists what the report must contain. */
const LISTS_CONTENTS: Record<Lang, { head: string[]; lead: string; items: string[] }> = {
  sv: {
    head: ['Bidrag till lovaktiviteter 2026', 'Bidraget kan sökas av ideella föreningar i kommunen. Ansökan ska ha kommit in senast den 15 mars 2026. Kommunen fördelar totalt 2 miljoner kronor.', 'Redovisning', 'Senast den 31 januari 2027 ska föreningen lämna en slutrapport.'],
    lead: 'Slutrapporten ska innehålla:',
    items: ['en beskrivning av genomförda aktiviteter', 'antal deltagare fördelat på ålder', 'en ekonomisk redovisning av hur bidraget har använts', 'en bedömning av om målen har uppnåtts'],
  },
  en: {
    head: ['Community Sports Grant 2026', 'The grant is open to registered sports clubs in the county. Applications must be received by 15 March 2026. A total of £200,000 is available.', 'Reporting', 'Grantees must submit a final report by 31 January 2027.'],
    lead: 'The final report must include:',
    items: ['a description of the activities carried out', 'the number of participants by age group', 'a financial statement showing how the grant was spent', 'an assessment of whether the aims were met'],
  },
  no: {
    head: ['Tilskudd til fritidsaktiviteter 2026', 'Tilskuddet kan søkes av frivillige lag og foreninger i kommunen. Søknadsfristen er 15. mars 2026. Kommunen fordeler totalt 2 millioner kroner.', 'Rapportering', 'Innen 31. januar 2027 skal tilskuddsmottakeren sende inn en sluttrapport.'],
    lead: 'Sluttrapporten skal inneholde:',
    items: ['en beskrivelse av gjennomførte aktiviteter', 'antall deltakere fordelt på alder', 'et regnskap som viser hvordan tilskuddet er brukt', 'en vurdering av om målene er nådd'],
  },
  da: {
    head: ['Tilskud til fritidsaktiviteter 2026', 'Tilskuddet kan søges af foreninger i kommunen. Ansøgningsfristen er den 15. marts 2026. Kommunen fordeler i alt 2 millioner kroner.', 'Afrapportering', 'Senest den 31. januar 2027 skal foreningen indsende en slutrapport.'],
    lead: 'Slutrapporten skal indeholde:',
    items: ['en beskrivelse af de gennemførte aktiviteter', 'antal deltagere fordelt på alder', 'et regnskab for, hvordan tilskuddet er brugt', 'en vurdering af, om målene er nået'],
  },
};

/** An instruction page about reporting, headed by the report's name: how, where and what to report, in sentences. */
const REPORT_PAGE: Record<Lang, string[]> = {
  sv: ['Så här redovisar du ditt bidrag. Redovisningen görs i kommunens e-tjänst när projektet är avslutat.', 'I redovisningen ska du beskriva vad ni har gjort och hur pengarna har använts. Bifoga en ekonomisk sammanställning som är underskriven av föreningens kassör.', 'Om ni inte redovisar bidraget kan ni bli skyldiga att betala tillbaka det. Har du frågor om redovisningen är du välkommen att kontakta oss.'],
  en: ['This page explains how to report on your grant. You report through the online portal once the project has ended.', 'In the report you describe what you did and how the money was spent. Attach a financial statement signed by your treasurer.', 'If you do not report, you may have to pay the grant back. If you have questions about reporting, please contact us.'],
  no: ['Slik rapporterer du på tilskuddet. Rapporten sendes inn i kommunens søknadsportal når prosjektet er avsluttet.', 'I rapporten skal du beskrive hva dere har gjort og hvordan pengene er brukt. Legg ved et regnskap som er signert av kassereren.', 'Hvis dere ikke rapporterer, kan dere måtte betale tilskuddet tilbake. Ta kontakt med oss hvis du har spørsmål om rapporteringen.'],
  da: ['Sådan aflægger du rapport for dit tilskud. Rapporten indsendes via kommunens selvbetjening, når projektet er afsluttet.', 'I rapporten skal du beskrive, hvad I har lavet, og hvordan pengene er brugt. Vedlæg et regnskab, der er underskrevet af kassereren.', 'Hvis I ikke aflægger rapport, kan I blive bedt om at betale tilskuddet tilbage. Kontakt os, hvis du har spørgsmål til afrapporteringen.'],
};

/** An utlysning with its application form's headings. */
const CALL: Record<Lang, { head: string[]; lead: string; items: string[] }> = {
  sv: {
    head: ['Utlysning: projektbidrag för integration 2026', 'Nu kan ideella föreningar söka projektbidrag för integrationsinsatser. Sista ansökningsdag är den 15 mars 2026.'],
    lead: 'Ansökningsblanketten har följande rubriker:',
    items: ['Sökande organisation', 'Projektbeskrivning', 'Budget', 'Tidsplan', 'Underskrift av firmatecknare'],
  },
  en: {
    head: ['Call for proposals: Community Integration Fund 2026', 'Non-profit organisations can now apply for project funding. The deadline for applications is 15 March 2026.'],
    lead: 'The application form has the following sections:',
    items: ['Applicant organisation', 'Project description', 'Budget', 'Timetable', 'Signature of authorised signatory'],
  },
  no: {
    head: ['Utlysning: prosjekttilskudd til integrering 2026', 'Nå kan frivillige organisasjoner søke prosjekttilskudd til integreringstiltak. Søknadsfristen er 15. mars 2026.'],
    lead: 'Søknadsskjemaet har disse overskriftene:',
    items: ['Søker', 'Prosjektbeskrivelse', 'Budsjett', 'Fremdriftsplan', 'Underskrift'],
  },
  da: {
    head: ['Opslag: projekttilskud til integration 2026', 'Nu kan foreninger søge projekttilskud til integrationsindsatser. Ansøgningsfristen er den 15. marts 2026.'],
    lead: 'Ansøgningsskemaet har følgende overskrifter:',
    items: ['Ansøger', 'Projektbeskrivelse', 'Budget', 'Tidsplan', 'Underskrift'],
  },
};

/** A FAQ page on reporting: questions, each answered in a sentence. */
const FAQ: Record<Lang, { head: string; qa: Array<[string, string]> }> = {
  sv: {
    head: 'Vanliga frågor om redovisning av bidrag',
    qa: [['När ska slutrapporten lämnas in?', 'Slutrapporten ska lämnas senast två månader efter att projektet har avslutats.'],
      ['Vad ska redovisningen innehålla?', 'Den ska beskriva vad ni har gjort och hur bidraget har använts.'],
      ['Kan vi få mer tid?', 'Ja, kontakta din handläggare innan tiden har gått ut.'],
      ['Vad händer om vi inte har använt hela bidraget?', 'Då ska ni betala tillbaka det som inte har använts.']],
  },
  en: {
    head: 'Frequently asked questions about grant reporting',
    qa: [['When is the final report due?', 'The final report is due two months after the end of the project.'],
      ['What should the report contain?', 'It should describe what you did and how the grant was spent.'],
      ['Can we get an extension?', 'Yes, contact your grants officer before the deadline has passed.'],
      ['What happens if we have not spent the whole grant?', 'You must pay back any part of the grant that was not used.']],
  },
  no: {
    head: 'Ofte stilte spørsmål om rapportering',
    qa: [['Når skal sluttrapporten sendes inn?', 'Sluttrapporten skal sendes inn senest to måneder etter at prosjektet er avsluttet.'],
      ['Hva skal rapporten inneholde?', 'Den skal beskrive hva dere har gjort og hvordan tilskuddet er brukt.'],
      ['Kan vi få utsatt frist?', 'Ja, ta kontakt med saksbehandleren før fristen går ut.'],
      ['Hva skjer hvis vi ikke har brukt hele tilskuddet?', 'Da skal dere betale tilbake det som ikke er brukt.']],
  },
  da: {
    head: 'Ofte stillede spørgsmål om afrapportering',
    qa: [['Hvornår skal slutrapporten indsendes?', 'Slutrapporten skal indsendes senest to måneder efter, at projektet er afsluttet.'],
      ['Hvad skal rapporten indeholde?', 'Den skal beskrive, hvad I har lavet, og hvordan tilskuddet er brugt.'],
      ['Kan vi få udsat fristen?', 'Ja, kontakt din sagsbehandler, inden fristen udløber.'],
      ['Hvad sker der, hvis vi ikke har brugt hele tilskuddet?', 'Så skal I betale den del tilbage, som ikke er brugt.']],
  },
};

/** An anvisning page describing the report form in sentences (what it asks, where to find it). */
const ABOUT_FORM: Record<Lang, string[]> = {
  sv: ['Bidrag till föreningar 2026', 'Bidraget kan sökas av ideella föreningar. Sista ansökningsdag är den 1 april 2026.', 'Redovisning', 'Föreningen redovisar bidraget på kommunens blankett för slutrapport. I blanketten beskriver ni genomförda aktiviteter, antal deltagare och hur bidraget har använts. Blanketten ska skrivas under av firmatecknaren och skickas in senast den 31 januari 2027.'],
  en: ['Neighbourhood Grant 2026', 'The grant is open to community groups. The deadline for applications is 1 April 2026.', 'Reporting', 'Grantees report on the council\'s final report form. The form asks about the activities carried out, the number of participants and how the grant was spent. It must be signed by an authorised signatory and returned by 31 January 2027.'],
  no: ['Tilskudd til lag og foreninger 2026', 'Tilskuddet kan søkes av frivillige lag og foreninger. Søknadsfristen er 1. april 2026.', 'Rapportering', 'Tilskuddsmottakeren rapporterer på kommunens skjema for sluttrapport. I skjemaet beskriver dere gjennomførte aktiviteter, antall deltakere og hvordan tilskuddet er brukt. Skjemaet skal signeres og sendes inn innen 31. januar 2027.'],
  da: ['Tilskud til foreninger 2026', 'Tilskuddet kan søges af foreninger. Ansøgningsfristen er den 1. april 2026.', 'Afrapportering', 'Foreningen aflægger rapport på kommunens skema til slutrapport. I skemaet beskriver I de gennemførte aktiviteter, antal deltagere og hvordan tilskuddet er brugt. Skemaet skal underskrives og indsendes senest den 31. januar 2027.'],
};

/**
 * An anvisning that names the application's fields one a line, its lead ending in no colon (added after the first change:
 * the bare field labels that PROMPT_LINES bare-field-label counts must not make it a form); and an application form itself
 * with its blanks (an application's form is never a reporting form).
 */
const APPLICATION_FIELDS: Record<Lang, { head: string[]; lead: string; labels: string[]; form: string }> = {
  sv: { head: ['Föreningsbidrag 2026', 'Bidraget kan sökas av ideella föreningar i kommunen. Sista ansökningsdag är den 15 mars 2026.'], lead: 'I ansökan anger ni',
    labels: ['Föreningens namn', 'Organisationsnummer', 'Postadress', 'Kontaktperson', 'Telefon', 'E-post', 'Bankgiro'], form: 'Ansökan om föreningsbidrag' },
  en: { head: ['Community Grants 2026', 'The grant is open to voluntary organisations in the borough. The closing date for applications is 15 March 2026.'], lead: 'In your application you give us the',
    labels: ['Organisation name', 'Registered charity number', 'Address', 'Contact person', 'Telephone', 'Email', 'Amount requested'], form: 'Application for a community grant' },
  no: { head: ['Tilskudd til lag og foreninger 2026', 'Tilskuddet kan søkes av frivillige lag og foreninger. Søknadsfristen er 15. mars 2026.'], lead: 'I søknaden oppgir dere',
    labels: ['Organisasjonens navn', 'Organisasjonsnummer', 'Adresse', 'Kontaktperson', 'Telefon', 'E-post', 'Kontonummer'], form: 'Søknad om tilskudd til lag og foreninger' },
  da: { head: ['Tilskud til foreninger 2026', 'Tilskuddet kan søges af foreninger i kommunen. Ansøgningsfristen er den 15. marts 2026.'], lead: 'I ansøgningen oplyser I',
    labels: ['Foreningens navn', 'CVR-nummer', 'Adresse', 'Kontaktperson', 'Telefon', 'E-mail', 'Kontonummer'], form: 'Ansøgning om tilskud til foreninger' },
};

const LANGS: readonly Lang[] = ['sv', 'en', 'no', 'da'];

function counterCases(): FormCase[] {
  const cases: FormCase[] = [];
  const not = { kind: 'not-form' as const };
  for (const l of LANGS) {
    const c = LISTS_CONTENTS[l];
    cases.push({ id: `counter/lists-contents/${l}/numbered`, part: 'counter', text: text([...c.head, c.lead, ...c.items.map((x, i) => `${i + 1}. ${x}`)]), want: not });
    cases.push({ id: `counter/lists-contents/${l}/dashed`, part: 'counter', text: text([...c.head, c.lead, ...c.items.map((x) => `- ${x}`)]), want: not });
    const u = CALL[l];
    cases.push({ id: `counter/call-headings/${l}/numbered`, part: 'counter', text: text([...u.head, u.lead, ...u.items.map((x, i) => `${i + 1}. ${x}`)]), want: not });
    cases.push({ id: `counter/call-headings/${l}/plain`, part: 'counter', text: text([...u.head, u.lead, ...u.items]), want: not });
    const f = FAQ[l];
    cases.push({ id: `counter/faq/${l}/lines`, part: 'counter', text: text([f.head, ...f.qa.flatMap(([q, a]) => [q, a])]), want: not });
    cases.push({ id: `counter/faq/${l}/headings`, part: 'counter', text: text([`# ${f.head}`, ...f.qa.flatMap(([q, a]) => [`## ${q}`, a])]), want: not });
    cases.push({ id: `counter/about-form/${l}`, part: 'counter', text: text(ABOUT_FORM[l]), want: not });
    const a = APPLICATION_FIELDS[l];
    cases.push({ id: `counter/application-fields/${l}`, part: 'counter', text: text([...a.head, a.lead, ...a.labels]), want: not });
    cases.push({ id: `counter/application-form/${l}/bare`, part: 'counter', text: text([a.form, ...a.labels]), want: not });
    cases.push({ id: `counter/application-form/${l}/blanks`, part: 'counter', text: text([a.form, ...a.labels.map((x) => `${x}: ${B}`)]), want: not });
  }
  for (const t of TITLES) {
    cases.push({ id: `counter/report-page/${t.t}/nodue`, part: 'counter', text: text([t.title, ...REPORT_PAGE[t.lang]]), want: not });
    cases.push({ id: `counter/report-page/${t.t}/due`, part: 'counter', text: text([t.title, REPORT_PAGE[t.lang][0]!, DUE_LINE[t.lang], ...REPORT_PAGE[t.lang].slice(1)]), want: not });
  }
  return cases;
}

export function formKindCases(): FormCase[] {
  return [...formCases(), ...counterCases()];
}
