import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Open kind probes of stop 53 (issue 12, helper open73b): texts of other kinds read as reporting forms — a survey, a course
// evaluation, a seminar's registration form, an application's budget template (review73c N4, N5, N6, N8, N9). The contract's
// reporting form is "the återrapporteringsformulär for one grant year": a text of another kind is refused (it names no grant,
// or it is a registration form) or read as an anvisning, never as a form. Each fix: the batch's probe (in review73c), two
// paraphrases in other bodies' phrasing, keep-probes (real report forms of the same shape that must stay forms) and
// counter-probes aimed at the new rows (genre.REPORT_NAMED, REGISTRATION_HEAD, APPLICATION_ATTACHMENT).
// `{ not: v }` anything but v, a value that value; `open`: a wrong value left open (test/corpus/README.md says why).

type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: true };
const FORM = 'reporting-form';

export const PROBES: Probe[] = [
  // ── a form that names neither a report nor a grant (REPORT_NAMED, GRANT_WORDS, GRANT_GIVEN) ─────────────────────────
  { id: 'A1', row: 'report-named: a sports club\'s member survey with check boxes and blanks', field: 'kind', want: { not: FORM },
    text: 'Medlemsenkät 2025\nIK Norrvik, styrelsen\n\n1. Hur ofta tränar du? ☐ En gång i veckan ☐ Två gånger ☐ Oftare\n2. Vad tycker du om träningstiderna?\n________________\n3. Vill du engagera dig som ledare? ☐ Ja ☐ Nej\n\nNamn: ________________\nTack för att du svarade!\n' },
  { id: 'A2', row: 'report-named: an English library\'s visitor questionnaire', field: 'kind', want: { not: FORM },
    text: 'Visitor Satisfaction Questionnaire\nNorthbay Public Library\n\n1. How satisfied were you with your visit? ☐ Very ☐ Fairly ☐ Not at all\n2. What did you like best?\n________________\n3. What could we improve?\n________________\n\nName (optional): ________________\nDate: ________________\n' },
  { id: 'Ak1', row: 'report-named keep: a survey of grant recipients on how the grant was used stays a form', field: 'kind', want: FORM,
    text: 'Enkät till mottagare av aktivitetsbidrag 2024\nEkby kommun, Fritidsförvaltningen\n\nFöreningens namn: ________________\n\n1. Hur har bidraget använts?\n________________\n2. Hur många deltagare har ni nått?\n________________\n3. Är ni nöjda med handläggningen? ☐ Ja ☐ Nej\n\nOrt och datum: ________________\nUnderskrift: ________________\n' },
  { id: 'Ak2', row: 'report-named keep: an English form naming only the grant ("Artist Grant project") stays a form', field: 'kind', want: FORM,
    text: 'Artist Name: ________________\nEvent Address: ________________\n\n1. Please give a complete description of your Artist Grant project.\n________________\n2. Describe how this project has benefited you as an artist.\n________________\n3. Describe the community you reached with your project.\n________________\n\nSignature: ________________\nDate: ________________\n' },
  { id: 'Ak3', row: 'report-named counter: a Norwegian rapportskjema naming the tilskudd stays a form', field: 'kind', want: FORM,
    text: 'Rapportskjema – aktivitetstilskudd 2024\nNordvik kommune\n\nNavn på laget: ________________\nKontaktperson: ________________\n\n1. Hva er gjennomført?\n________________\n2. Hvor mange deltok?\n________________\n3. Hvordan ble tilskuddet brukt?\n________________\n\nDato og underskrift: ________________\n' },
  { id: 'A3', open: true, row: 'report-named limit: a survey that names a report in another role ("Resultatet redovisas för nämnden")', field: 'kind', want: { not: FORM },
    text: 'Enkät om lokalbehov 2025\nEkby kommun, Kultur- och fritidsförvaltningen\n\n1. Hur många medlemmar har föreningen?\n________________\n2. Vilka lokaler använder ni i dag?\n________________\n3. Är ni nöjda med lokalerna? ☐ Ja ☐ Nej\n\nResultatet redovisas för kultur- och fritidsnämnden i juni.\n' },

  // ── a registration form for an event (REGISTRATION_HEAD): refused ──────────────────────────────────────────────────
  { id: 'B1', row: 'registration-head: a Norwegian påmelding to an information meeting on a tilskudd', field: 'kind', want: { not: FORM },
    text: 'Påmelding til informasjonsmøte om kulturtilskudd\nNordvik kommune\n\nNavn: ________________\nOrganisasjon: ________________\nE-post: ________________\n\n1. Har du spørsmål du vil at vi skal ta opp?\n________________\n2. Deltar du fysisk? ☐ Ja ☐ Nei\n\nMeld deg på innen 1. mars 2025.\n' },
  { id: 'B2', row: 'registration-head: an English registration form for a grants workshop', field: 'kind', want: { not: FORM },
    text: 'Registration form for the Community Grants workshop\nThe Harbourside Foundation\n\nName: ________________\nOrganisation: ________________\nEmail: ________________\n\n1. Which session will you attend? ☐ Morning ☐ Afternoon\n2. Do you have any access needs?\n________________\n\nPlease register by 14 February 2025.\n' },
  { id: 'B3', row: 'registration-head: the seminar\'s sign-up day is no grant\'s closing day', field: 'requisition.closes', want: null,
    text: 'Anmälan till informationsmöte om LONA-bidrag\nLänsstyrelsen i Södra Ådal\n\nNamn: ________________\nKommun: ________________\n\n1. Vilka frågor vill ni att vi tar upp?\n________________\n2. Deltar ni på plats? ☐ Ja ☐ Nej, digitalt\n\nAnmäl dig senast den 10 februari 2025.\n' },
  { id: 'Bk1', row: 'registration-head keep: a report form that invites to next year\'s meeting in its tail stays a form', field: 'kind', want: FORM,
    text: 'Redovisning av kulturbidrag 2024\nRegion Norrstrand, Kulturnämnden\n\nOrganisationens namn: ________________\nBeviljat belopp: ________________\n\n1. Beskriv vad ni har genomfört med bidraget.\n________________\n2. Hur många deltagare har ni nått?\n________________\n3. Hur har bidraget använts?\n________________\n\nAnmälan till nästa års informationsmöte görs på regionens webbplats.\n\nOrt och datum: ________________\nUnderskrift: ________________\n' },
  { id: 'Bk2', row: 'registration-head counter: "Anmälan till kommunen om genomförd kurs" heads a report of a course held, stays a form', field: 'kind', want: FORM,
    text: 'Anmälan till kommunen om genomförd kurs – redovisning av kursbidrag\nEkby kommun\n\nFöreningens namn: ________________\nBeviljat belopp: ________________\n\n1. Vilken kurs har ni genomfört?\n________________\n2. Hur många deltog?\n________________\n3. Hur har bidraget använts?\n________________\n\nOrt och datum: ________________\nUnderskrift: ________________\n' },

  // ── an application's budget template (APPLICATION_ATTACHMENT) ───────────────────────────────────────────────────────
  { id: 'C1', row: 'attach-to-application: a Norwegian budget template for a tilskudd application', field: 'kind', want: { not: FORM },
    text: 'Budsjettmal for søknad om arrangementstilskudd\nNordvik kommune\n\nInntekter\nOmsøkt tilskudd: ________\nBillettinntekter: ________\nSum inntekter: ________\n\nUtgifter\nHonorarer: ________\nLeie av lokaler: ________\nMarkedsføring: ________\nSum utgifter: ________\n\nLegg ved budsjettet sammen med søknaden.\n' },
  { id: 'C2', row: 'attach-to-application: a kommun\'s cost estimate to go with the application', field: 'kind', want: { not: FORM },
    text: 'Kostnadskalkyl – arrangemangsbidrag\nEkby kommun, Kulturförvaltningen\n\nKostnadsslag\nArvoden: ________\nLokalhyra: ________\nAnnonsering: ________\nSumma kostnader: ________\n\nFinansiering\nEgna medel: ________\nSökt bidrag: ________\nSumma: ________\n\nKalkylen ska bifogas er ansökan.\n' },
  { id: 'Ck1', row: 'attach-to-application keep: a report form comparing spending with the budget of the application stays a form', field: 'kind', want: FORM,
    text: 'Ekonomisk redovisning av projektbidrag\nRegion Norrstrand\n\nProjektets namn: ________________\nBeviljat belopp: ________________\n\n1. Redovisa projektets kostnader.\n________________\n2. Jämför utfallet med budgeten i ansökan.\n________________\n3. Förklara avvikelser.\n________________\n\nBifoga kvitton till redovisningen.\n\nOrt och datum: ________________\nUnderskrift: ________________\n' },
  { id: 'Ck2', row: 'attach-to-application counter: an English final report whose budget "submitted with your application" is compared', field: 'kind', want: FORM,
    text: 'Final Report Form\nThe Harbourside Foundation\n\nOrganisation name: ________________\nAmount awarded: ________________\n\n1. What did the grant achieve?\n________________\n2. How was the grant spent? The budget submitted with your application is compared with the spending below.\n________________\n3. How many people took part?\n________________\n\nSigned: ________________\nDate: ________________\n' },
];

describe('open73b: texts of other kinds are no reporting forms; real forms of those shapes stay forms', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
