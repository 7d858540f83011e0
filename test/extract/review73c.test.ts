import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of the reporting-form path (stop 53, issue 12, helper review73c): constructed probes of a form's scored
// rows — its kind (what makes a text a form), its year (the grant year reported on, grant-spec.md: never a version line's,
// a decision's, the due date's or an example answer's year), its due (the form's own deadline: never the grant's closing day,
// another report's day, a revision date or a date of an example answer) and max_submissions — on forms of other bodies than
// the dev forms: a region's kulturbidrag, a länsstyrelse's LONA and landsbygd reports, a foundation's final report (English
// too), a Norwegian rapportskjema, a kommun's föreningsbidrag with a table, a form converted from PDF with page headers, a
// Word form with content controls; and texts that are no reporting form: an application form (ansökningsblankett: the
// contract's reporting form is "the återrapporteringsformulär for one grant year", so an application form is not one), a
// survey, a budget template, a registration form, an instruction page. review71b's kind probes are not repeated.
// `{ not: v }` anything but v (a miss is fine, the wrong value is not), a value that value, `null` none.

// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.
type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: true };
const FORM = 'reporting-form';

// a region's kulturbidrag report form: head fields, numbered questions with answer room, a signature block
const REGION = (head: string, tail = ''): string => `${head}\n\nOrganisationens namn: ________________\nOrganisationsnummer: ________________\nKontaktperson: ________________\nBeviljat belopp: ________________\n\n1. Beskriv vad ni har genomfört med bidraget.\n________________\n2. Hur många deltagare och besökare har ni nått?\n________________\n3. Hur har bidraget använts? Redovisa intäkter och kostnader.\n________________\n\n${tail}\n\nOrt och datum: ________________\nUnderskrift: ________________\nNamnförtydligande: ________________\n`;
// a länsstyrelse's LONA final report form
const LONA = (head: string, tail = ''): string => `${head}\n\nProjektets namn: ________________\nKommun: ________________\nDiarienummer: ________________\n\n1. Redogör för projektets genomförande och resultat.\n________________\n2. Har projektets mål uppnåtts? ☐ Ja ☐ Delvis ☐ Nej\n3. Redovisa projektets kostnader och finansiering.\n________________\n4. Hur har ideella krafter medverkat i projektet?\n________________\n\n${tail}\n\nDatum: ____\nUnderskrift av behörig företrädare: ________________\n`;
// an English foundation's final report form
const FOUND = (head: string, tail = ''): string => `${head}\n\nOrganisation name: ________________\nGrant reference: ________________\nContact person: ________________\nAmount awarded: ________________\n\n1. What did the grant achieve?\n________________\n2. How many people took part?\n________________\n3. How was the grant spent?\n________________\n\n${tail}\n\nSigned: ________________\nDate: ________________\n`;
// a Word form whose answer boxes are content controls
const WORD = (head: string, tail = ''): string => `${head}\n\nFöreningens namn: Klicka eller tryck här för att ange text.\nKontaktperson: Klicka eller tryck här för att ange text.\nE-post: Klicka eller tryck här för att ange text.\n\n1. Beskriv vad ni har genomfört.\nKlicka eller tryck här för att ange text.\n2. Hur många deltagare har ni haft?\nKlicka eller tryck här för att ange text.\n3. Hur har bidraget använts?\nKlicka eller tryck här för att ange text.\n\n${tail}\n\nDatum: Klicka eller tryck här för att ange datum.\nUnderskrift: Klicka eller tryck här för att ange text.\n`;

export const PROBES: Probe[] = [
  // ── year: the grant year reported on, never another year the form prints ─────────────────────────────────────────
  { id: 'Y1', row: 'year: a printed form\'s version footer "Blankett 2023-05" under a report of the year\'s grant', field: 'year', want: { not: 2023 },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Redovisningen ska ha kommit in senast den 31 mars 2025.') + '\nBlankett 2023-05\n' },
  { id: 'Y2', row: 'year: the report\'s due year is not the grant year', field: 'year', want: { not: 2025 },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Redovisningen ska lämnas senast den 31 mars 2025.') },
  { id: 'Y3', row: 'year: "Redovisning av bidrag för 2024" with its due in 2025 gives 2024', field: 'year', want: 2024,
    text: REGION('Redovisning av bidrag för 2024\nRegion Norrstrand, Kulturnämnden', 'Redovisningen ska lämnas senast den 31 mars 2025.') },
  { id: 'Y4', row: 'year: the decision\'s year in a reference line is not the grant year', field: 'year', want: { not: 2023 },
    text: REGION('Slutrapport kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Bidraget beviljades genom beslut den 14 december 2023, dnr KN 2023/412.') },
  { id: 'Y5', row: 'year: a multi-year LONA grant 2024–2026 names no one grant year', field: 'year', want: { not: 2026 },
    text: LONA('Slutrapport för LONA-projekt 2024–2026\nLänsstyrelsen i Södra Ådal', 'Slutrapporten ska lämnas senast den 31 mars 2027.') },
  { id: 'Y6', row: 'year: a multi-year LONA grant 2024–2026, not its first year either', field: 'year', want: { not: 2024 },
    text: LONA('Slutrapport för LONA-projekt 2024–2026\nLänsstyrelsen i Södra Ådal', 'Slutrapporten ska lämnas senast den 31 mars 2027.') },
  { id: 'Y7', row: 'year: a "blanketten reviderad" line gives no year', field: 'year', want: { not: 2022 },
    text: LONA('Slutrapport lokala naturvårdsprojekt\nLänsstyrelsen i Södra Ådal', 'Blanketten reviderad 2022-11-03.') },
  { id: 'Y8', row: 'year: an example answer\'s year is the example\'s', field: 'year', want: { not: 2022 },
    text: REGION('Slutrapport kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Exempel på svar: Vi genomförde tolv träffar under hösten 2022 med totalt 140 deltagare.') },
  { id: 'Y9', row: 'year: an English template\'s "updated March 2023" is no grant year', field: 'year', want: { not: 2023 },
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'Template updated March 2023.') },
  { id: 'Y10', row: 'year: "Grant year 2024" on an English final report', field: 'year', want: 2024,
    text: FOUND('Final Report Form – Grant year 2024\nThe Harbourside Foundation', 'Reports are due no later than 31 March 2025.') },
  { id: 'Y11', row: 'year: a PDF page header\'s print date repeated on every page', field: 'year', want: { not: 2023 },
    text: 'Redovisning av föreningsbidrag\nSida 1 (2) 2023-04-12\n\nFöreningens namn: ____\nOrganisationsnummer: ____\n\n1. Antal medlemmar\n____\n2. Antal sammankomster\n____\nRedovisning av föreningsbidrag\nSida 2 (2) 2023-04-12\n3. Beskriv verksamheten\n____\n\nOrt och datum: ____\nUnderskrift: ____\n' },
  { id: 'Y12', row: 'year: a Word form\'s copyright line', field: 'year', want: { not: 2023 },
    text: WORD('Slutredovisning av föreningsbidrag\nEkby kommun, Fritidsförvaltningen') + '\n© Ekby kommun 2023\n' },
  { id: 'Y13', row: 'year: "verksamhetsåret 2024" on a Word form gives 2024', field: 'year', want: 2024,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun, Fritidsförvaltningen', 'Redovisningen avser verksamhetsåret 2024.') },
  { id: 'Y14', row: 'year: a Norwegian rapportskjema of "tilskudd for 2024"', field: 'year', want: 2024,
    text: 'Rapportskjema – tilskudd for 2024\nNordvik kommune, kulturkontoret\n\nNavn på organisasjonen: ____\nOrganisasjonsnummer: ____\nKontaktperson: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n3. Hvordan ble tilskuddet brukt?\n____\n\nRapporten skal sendes inn innen 1. mars 2025.\n\nDato og underskrift: ____\n' },
  { id: 'Y15', row: 'year: the next call\'s year named on a report form', field: 'year', want: { not: 2026 },
    text: REGION('Slutrapport kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Ni som vill söka kulturbidrag för 2026 gör det i e-tjänsten.') },

  // ── due: the form's own deadline ──────────────────────────────────────────────────────────────────────────────────
  { id: 'D1', row: 'due: a delrapport day and the slutrapport day in one sentence, on the slutrapport form', field: 'due', want: { not: '2025-09-30' },
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Delrapporten lämnas senast den 30 september 2025 och slutrapporten senast den 31 mars 2026.') },
  { id: 'D2', row: 'due: the grant\'s next closing day, "kan sökas senast", on a report form', field: 'due', want: { not: '2026-03-01' },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Bidrag för nästa år kan sökas senast den 1 mars 2026, och då ska denna redovisning vara bifogad.') },
  { id: 'D3', row: 'due: a revision line "uppdaterad senast" on a report form', field: 'due', want: { not: '2024-11-05' },
    text: REGION('Återrapportering av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Återrapporteringsblanketten uppdaterades senast 2024-11-05.') },
  { id: 'D4', row: 'due: a date in an example answer', field: 'due', want: { not: '2024-05-15' },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Exempel: Vår delrapport lämnades in senast den 15 maj 2024 och visade att 80 barn deltog.') },
  { id: 'D5', row: 'due: another grant\'s report told on this grant\'s form', field: 'due', want: { not: '2025-09-30' },
    text: WORD('Redovisning av aktivitetsbidrag\nEkby kommun, Fritidsförvaltningen', 'Lägerbidrag redovisas på en egen blankett senast den 30 september 2025.') },
  { id: 'D6', row: 'due: an inclusion day "startat senast" in the report\'s sentence', field: 'due', want: { not: '2024-07-01' },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Redovisningen gäller insatser som startat senast den 1 juli 2024.') },
  { id: 'D7', row: 'due: a count day "anmälda senast" in a report sentence', field: 'due', want: { not: '2025-09-01' },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Ange hur många deltagare som var anmälda senast den 1 september 2025; de redovisas i fråga 2.') },
  { id: 'D8', row: 'due: the funder sending out the report invitation', field: 'due', want: { not: '2026-01-15' },
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Inbjudan att lämna slutrapport skickas ut senast den 15 januari 2026.') },
  { id: 'D9', row: 'due: a contact day for questions on the report', field: 'due', want: { not: '2026-03-14' },
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Har ni frågor om slutrapporten, kontakta handläggaren senast den 14 mars 2026.') },
  { id: 'D10', row: 'due: two deadlines by the project\'s end give no one due', field: 'due', want: null,
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Projekt som avslutas före den 30 juni redovisas senast den 31 augusti 2025, övriga projekt redovisas senast den 31 januari 2026.') },
  { id: 'D11', row: 'due: an English grant agreement "received by" in a report sentence', field: 'due', want: { not: '2025-01-15' },
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'This report covers grants whose signed agreements were received by 15 January 2025.') },
  { id: 'D12', row: 'due: an English next round\'s closing day on a report form', field: 'due', want: { not: '2025-09-30' },
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'Reports help us plan the next round, and proposals for it are due by 30 September 2025.') },
  { id: 'D13', row: 'due: a Norwegian event day "innen" in the report sentence', field: 'due', want: { not: '2025-06-30' },
    text: 'Rapportskjema for aktivitetstilskudd\nNordvik kommune\n\nNavn på laget: ____\nKontaktperson: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nRapporten gjelder aktiviteter som ble holdt innen 30. juni 2025.\n\nDato og underskrift: ____\n' },
  { id: 'D14', row: 'due: a delrapport day on a generic "Redovisning" form that also names the slutredovisning', field: 'due', want: { not: '2025-09-30' },
    text: REGION('Redovisning av utvecklingsbidrag\nRegion Norrstrand, Regionala utvecklingsnämnden\n☐ Delredovisning ☐ Slutredovisning', 'Delredovisningen ska lämnas senast den 30 september 2025. Slutredovisningen ska lämnas senast den 31 mars 2026.') },
  { id: 'D15', row: 'due: the sign-up close of a follow-up seminar named with the report', field: 'due', want: { not: '2026-02-10' },
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Vi bjuder in till ett seminarium om slutrapporterna; anmälan görs senast den 10 februari 2026.') },
  { id: 'D16', row: 'due kept: the report form\'s own deadline after a usage day', field: 'due', want: '2026-02-28',
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Beviljade medel ska vara förbrukade senast den 31 december 2025 och redovisas senast den 28 februari 2026.') },
  { id: 'D17', row: 'due kept: a Norwegian form\'s own due', field: 'due', want: '2025-03-01',
    text: 'Rapportskjema – tilskudd for 2024\nNordvik kommune, kulturkontoret\n\nNavn på organisasjonen: ____\nKontaktperson: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nRapporten skal sendes inn innen 1. mars 2025.\n\nDato og underskrift: ____\n' },
  { id: 'D18', row: 'due kept: an English foundation form\'s own due', field: 'due', want: '2025-03-31',
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'The final report must be received no later than 31 March 2025.') },
  { id: 'D19', row: 'due: a Word form\'s date control is no due', field: 'due', want: null,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun, Fritidsförvaltningen') },

  // ── the fixes' shapes in other bodies' phrasing (paraphrases) and counter-probes that must keep the value ──────────
  { id: 'p1', row: 'FORM_DUE senast needs a verb of handing in: a kommun\'s "verksamhet som bedrivits senast"', field: 'due', want: { not: '2025-06-30' },
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun', 'Redovisningen omfattar verksamhet som bedrivits senast den 30 juni 2025.') },
  { id: 'p2', row: 'FORM_DUE senest needs a verb of handing in: a Danish "spørgsmål … kan stilles senest"', field: 'due', want: { not: '2026-03-01' },
    text: 'Slutrapport for puljetilskud\nHavby Kommune\n\nForeningens navn: ____\nCVR-nummer: ____\n\n1. Hvad er gennemført?\n____\n2. Hvor mange deltog?\n____\n\nSpørgsmål til rapporten kan stilles senest den 1. marts 2026.\n\nDato og underskrift: ____\n' },
  { id: 'c1', row: 'FORM_DUE kept: "vara förvaltningen tillhanda senast"', field: 'due', want: '2026-01-31',
    text: WORD('Slutredovisning av föreningsbidrag\nEkby kommun', 'Slutredovisningen ska vara förvaltningen tillhanda senast den 31 januari 2026.') },
  { id: 'c2', row: 'FORM_DUE kept: a Norwegian "leveres innen"', field: 'due', want: '2026-02-15',
    text: 'Rapportskjema for aktivitetstilskudd\nNordvik kommune\n\nNavn på laget: ____\nKontaktperson: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nRapporten leveres innen 15. februar 2026.\n\nDato og underskrift: ____\n' },
  { id: 'p3', row: 'FORM_DUE unless sent out: a Norwegian reminder "sendes ut innen"', field: 'due', want: { not: '2026-02-01' },
    text: 'Rapportskjema for aktivitetstilskudd\nNordvik kommune\n\nNavn på laget: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nPåminnelse om rapporten sendes ut innen 1. februar 2026.\n\nDato og underskrift: ____\n' },
  { id: 'p4', row: 'FORM_DUE unless sent out: "skickar vi ut senast"', field: 'due', want: { not: '2026-01-10' },
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Kallelse till redovisningsmötet skickar vi ut senast den 10 januari 2026.') },
  { id: 'c3', row: 'FORM_DUE kept: "skickas in senast", the form sent in', field: 'due', want: '2026-03-31',
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Slutrapporten skickas in senast den 31 mars 2026, utskriven och underskriven.') },
  { id: 'p5', row: 'FORM_DUE unless another form: "i ett separat formulär"', field: 'due', want: { not: '2025-10-15' },
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand', 'Resebidraget redovisas i ett separat formulär senast den 15 oktober 2025.') },
  { id: 'p6', row: 'FORM_DUE unless another form: a Norwegian "på eget skjema"', field: 'due', want: { not: '2025-10-01' },
    text: 'Rapportskjema for aktivitetstilskudd\nNordvik kommune\n\nNavn på laget: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nLokaltilskudd rapporteres på eget skjema innen 1. oktober 2025.\n\nDato og underskrift: ____\n' },
  { id: 'c4', row: 'FORM_DUE kept: "på denna blankett senast"', field: 'due', want: '2026-03-31',
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand', 'Redovisningen lämnas på denna blankett senast den 31 mars 2026.') },
  { id: 'p7', row: 'due by the nearest report kind: a lägesrapport and the slutrapport in one sentence', field: 'due', want: '2025-12-01',
    text: REGION('Slutrapport för utvecklingsprojekt\nRegion Norrstrand', 'Lägesrapporten lämnas senast den 1 juni 2025 och slutrapporten senast den 1 december 2025.') },
  { id: 'p8', open: true, row: 'due by the nearest report kind: a Norwegian delrapport and sluttrapport in one sentence', field: 'due', want: { not: '2025-06-01' },
    text: 'Sluttrapport for prosjekttilskudd\nNordvik kommune\n\nProsjektnavn: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n\nDelrapport sendes innen 1. juni 2025, sluttrapport innen 1. desember 2025.\n\nDato og underskrift: ____\n' },
  { id: 'p9', row: 'two dues side by side by the association\'s year give no one due', field: 'due', want: null,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun', 'Föreningar vars verksamhetsår är kalenderår redovisar senast den 31 mars 2025, övriga senast den 30 september 2025.') },
  { id: 'p10', row: 'FORM_NEXT_ROUND: "Bidrag för 2026 kan sökas" on a report form', field: 'year', want: { not: 2026 },
    text: LONA('Slutrapport för lokala naturvårdsprojekt\nLänsstyrelsen i Södra Ådal', 'Bidrag för 2026 kan sökas från den 1 oktober.') },
  { id: 'p11', row: 'FORM_NEXT_ROUND: a kommun\'s "ansök om föreningsbidrag för 2026"', field: 'year', want: { not: 2026 },
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun', 'Glöm inte att ansöka om föreningsbidrag för 2026 i e-tjänsten.') },
  { id: 'c5', row: 'FORM_NEXT_ROUND counter: the grant applied for in the past keeps its year', field: 'year', want: 2024,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun', 'Redovisningen avser föreningsbidrag för 2024 som ni ansökte om i fjol.') },
  { id: 'p12', row: 'FORM_DUE_EN unless agreements: "contracts were returned by"', field: 'due', want: { not: '2024-03-01' },
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'Projects whose grant contracts were returned by 1 March 2024 report on this form.') },
  { id: 'c6', row: 'FORM_DUE_EN kept: "must be received by"', field: 'due', want: '2025-06-30',
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'Your final report must be received by 30 June 2025.') },

  // ── max_submissions ──────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'M1', row: 'max_submissions: "max 3 svar" per question is an answer limit', field: 'max_submissions', want: null,
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand', 'Vilka målgrupper har ni nått? Ange max 3 svar.') },
  { id: 'M2', row: 'max_submissions: an activity held "max 4 gånger"', field: 'max_submissions', want: null,
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand', 'Redovisa om aktiviteten genomförts max 4 gånger under året.') },
  { id: 'M3', row: 'max_submissions: the grant applied for "max två gånger per år"', field: 'max_submissions', want: null,
    text: WORD('Redovisning av arrangemangsbidrag\nEkby kommun', 'Arrangemangsbidrag kan sökas max två gånger per år.') },
  { id: 'M4', row: 'max_submissions kept: a form sent in at most five times', field: 'max_submissions', want: 5,
    text: REGION('Återrapportering av statsbidrag 2024\nRegion Norrstrand', 'Ni kan skicka in max 5 formulär.') },

  { id: 'M5', row: 'max_submissions: "Ange max två svar" per question', field: 'max_submissions', want: null,
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Vilka naturtyper har projektet berört? Ange max två svar.') },
  { id: 'M6', row: 'max_submissions kept: "kan skickas in max 3 gånger"', field: 'max_submissions', want: 3,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun', 'Formuläret kan skickas in max 3 gånger.') },

  // ── kind: forms of other bodies are forms ─────────────────────────────────────────────────────────────────────────
  { id: 'K1', row: 'kind: a region\'s kulturbidrag redovisning form', field: 'kind', want: FORM,
    text: REGION('Redovisning av kulturbidrag\nRegion Norrstrand, Kulturnämnden', 'Redovisningen ska lämnas senast den 31 mars 2025.') },
  { id: 'K2', row: 'kind: a länsstyrelse\'s LONA slutrapport form', field: 'kind', want: FORM,
    text: LONA('Slutrapport för LONA-projekt\nLänsstyrelsen i Södra Ådal', 'Slutrapporten ska lämnas senast den 31 mars 2026.') },
  { id: 'K3', row: 'kind: an English foundation\'s final report form', field: 'kind', want: FORM,
    text: FOUND('Final Report Form\nThe Harbourside Foundation', 'The final report must be received no later than 31 March 2025.') },
  { id: 'K4', row: 'kind: a Word form with content controls', field: 'kind', want: FORM,
    text: WORD('Redovisning av föreningsbidrag\nEkby kommun, Fritidsförvaltningen', 'Redovisningen avser verksamhetsåret 2024.') },
  { id: 'K5', row: 'kind: a kommun\'s föreningsbidrag redovisning with a table', field: 'kind', want: FORM,
    text: 'Redovisning av lokalt aktivitetsstöd 2024\nEkby kommun, Kultur- och fritidsförvaltningen\n\nFöreningens namn: ____\nOrganisationsnummer: ____\n\n| Månad | Antal sammankomster | Antal deltagare 7–25 år |\n|---|---|---|\n| Januari | | |\n| Februari | | |\n| Mars | | |\n| Summa | | |\n\nRedovisningen ska lämnas senast den 15 februari 2025.\n\nIntygas att uppgifterna är riktiga.\nOrt och datum: ____\nUnderskrift ordförande: ____\n' },
  { id: 'K6', row: 'kind: a landsbygd slutrapport converted from PDF with page headers and broken lines', field: 'kind', want: FORM,
    text: 'Länsstyrelsen i Södra Ådal                                   Slutrapport\nLandsbygdsutveckling                                          Sida 1 av 2\n\nSLUTRAPPORT FÖR PROJEKTSTÖD\n\nStödmottagare: ____________\nJournalnummer: ____________\n\n1. Beskriv hur projektet har\ngenomförts.\n____________\n2. Har projektet nått sina\nmål? ☐ Ja ☐ Nej\n\nLänsstyrelsen i Södra Ådal                                   Slutrapport\nLandsbygdsutveckling                                          Sida 2 av 2\n\n3. Vilka resultat har\nprojektet gett?\n____________\n\nUnderskrift: ____________\nNamnförtydligande: ____________\n' },

  // ── kind: no reporting form ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'N1', row: 'kind: an ansökningsblankett with numbered questions, answer room and a signature block', field: 'kind', want: { not: FORM },
    text: 'Ansökan om kulturbidrag 2025\nRegion Norrstrand, Kulturnämnden\n\nOrganisationens namn: ________________\nOrganisationsnummer: ________________\nKontaktperson: ________________\nSökt belopp: ________________\n\n1. Beskriv projektet.\n________________\n2. Vilka är målgrupperna?\n________________\n3. Hur ska projektet genomföras?\n________________\n\nAnsökan ska ha kommit in senast den 1 mars 2025.\n\nOrt och datum: ________________\nUnderskrift: ________________\n' },
  { id: 'N2', row: 'kind: an English application form with numbered questions', field: 'kind', want: { not: FORM },
    text: 'Application Form – Community Grants 2025\nThe Harbourside Foundation\n\nOrganisation name: ________________\nContact person: ________________\nAmount requested: ________________\n\n1. What will the project do?\n________________\n2. Who will benefit?\n________________\n3. How will the money be spent?\n________________\n\nApplications must be received by 1 March 2025.\n\nSigned: ________________\nDate: ________________\n' },
  { id: 'N3', row: 'kind: a Word ansökningsblankett with content controls', field: 'kind', want: { not: FORM },
    text: 'Ansökan om arrangemangsbidrag\nEkby kommun, Fritidsförvaltningen\n\nFöreningens namn: Klicka eller tryck här för att ange text.\nKontaktperson: Klicka eller tryck här för att ange text.\nSökt belopp: Klicka eller tryck här för att ange text.\n\n1. Beskriv arrangemanget.\nKlicka eller tryck här för att ange text.\n2. När och var genomförs det?\nKlicka eller tryck här för att ange text.\n\nDatum: Klicka eller tryck här för att ange datum.\nUnderskrift: Klicka eller tryck här för att ange text.\n' },
  { id: 'N4', row: 'kind: a survey of associations (enkät), not a report of a grant', field: 'kind', want: { not: FORM },
    text: 'Enkät om lokalbehov 2025\nEkby kommun, Kultur- och fritidsförvaltningen\n\nKommunen vill veta vilka lokaler föreningarna behöver.\n\n1. Hur många medlemmar har föreningen?\n________________\n2. Vilka lokaler använder ni i dag?\n________________\n3. Är ni nöjda med lokalerna? ☐ Ja ☐ Nej\n\nSvara senast den 15 april 2025.\n' },
  { id: 'N5', row: 'kind: a budget template for an application', field: 'kind', want: { not: FORM },
    text: 'Budgetmall för ansökan om projektbidrag\nRegion Norrstrand\n\nIntäkter\nSökt bidrag från regionen: ________\nEgen insats: ________\nÖvriga bidrag: ________\nSumma intäkter: ________\n\nKostnader\nLöner: ________\nLokalhyra: ________\nMaterial: ________\nSumma kostnader: ________\n\nBifoga budgeten till ansökan.\n' },
  { id: 'N6', row: 'kind: a registration form for a grant seminar', field: 'kind', want: { not: FORM },
    text: 'Anmälan till informationsmöte om LONA-bidrag\nLänsstyrelsen i Södra Ådal\n\nNamn: ________________\nKommun: ________________\nE-post: ________________\n\n1. Vilka frågor vill ni att vi tar upp?\n________________\n2. Deltar ni på plats? ☐ Ja ☐ Nej, digitalt\n\nAnmäl dig senast den 10 februari 2025.\n' },
  { id: 'N7', row: 'kind: an instruction page on LONA reporting that links to the blankett', field: 'kind', want: { not: FORM },
    text: 'Slutrapport för LONA-projekt\n\nNär ert LONA-projekt är avslutat ska kommunen lämna en slutrapport till länsstyrelsen. Slutrapporten ska lämnas senast den 31 mars året efter att projektet avslutades. Använd blanketten nedan.\n\nI slutrapporten beskriver ni hur projektet genomförts, om målen har nåtts och vad projektet kostat. Bifoga fotografier och en kopia av eventuella publikationer.\n\nLänsstyrelsen betalar ut bidraget när slutrapporten har godkänts.\n\nBlankett slutrapport LONA (Word, 60 kB)\n\nKontakt: lona@sodraadal.example.se\n' },
  { id: 'N8', row: 'kind: a participants\' course evaluation with check boxes', field: 'kind', want: { not: FORM },
    text: 'Utvärdering av kursen Ledarskap i föreningslivet\nStudieförbundet Norrstrand\n\n1. Hur nöjd är du med kursen? ☐ Mycket nöjd ☐ Ganska nöjd ☐ Inte nöjd\n2. Vad var bäst?\n________________\n3. Vad kan bli bättre?\n________________\n\nTack för dina svar!\n' },
  { id: 'N9', row: 'kind: an English application budget template', field: 'kind', want: { not: FORM },
    text: 'Project Budget Template\nThe Harbourside Foundation\n\nIncome\nAmount requested from the Foundation: ________\nOther funding: ________\nTotal income: ________\n\nExpenditure\nStaff costs: ________\nVenue hire: ________\nMaterials: ________\nTotal expenditure: ________\n\nAttach this budget to your application.\n' },
];

describe('review73c: probes of the reporting-form path (kind, year, due, max_submissions) give no wrong value', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
