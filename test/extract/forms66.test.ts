import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Reporting forms and reporting instructions never seen (helper forms66, issue 12; dev 2005–2019). Each class the batch's
// first run got wrong, refused or missed, written as another body's form or page would put it (two paraphrases in other
// layouts), with a counter-probe that must keep the old reading. Every text is constructed.
//
// Classes (first run on main ff65aebf → this branch):
//   K1 a word processor's blank field after its label, a run of spaces to the line's end ("Project title      ",
//      "Organization Name:      ", dev 2006, 2019): kind anvisning (wrong) → reporting-form
//   K2 a table row of blank label cells split by a slash ("Project title: / DAC Sector:", dev 2005): refused → form
//   K3 a money column's empty cells, a currency sign alone on its line ("$", dev 2009): refused → form
//   G1 a page that names its grant only by the agreement it is made under ("your applicant funding agreement", dev 2011):
//      refused → read
//   G2 a Norwegian or Danish duty to hand in the report or the accounts ("Årsregnskapet skal leveres med
//      revisjonsberetning", dev 2013): refused → read
//   T1 an English body's name alone in capitals above the document's name ("SOUTHEAST TEXAS ARTS COUNCIL", dev 2015): the
//      banner → the document's name
//   T2 a site's welcome banner or an English breadcrumb from "HOMEPAGE/" (dev 2016): the banner → the page's heading
//   T3 an English form named for what it records ("Project Evaluation Form 2017-2018", dev 2007): the body's banner → the
//      form's name
//   D1 a form's own return asked for ("Please return this FINAL REPORT form … or by January 15, 2018", "Please email to no
//      later than June 8, 2018.", dev 2007, 2008): none → the form's due date
//   D2 an English page's rule that the reports must reach the funder by a date ("Final reports … must be received by the
//      AAC no later than October 31, 2019", dev 2011): none → reporting.due
//
// 30 probes on main ff65aebf (the CLI on the same texts): 10 as wanted (the ten counters), 1 wrong kind (K1b read as an
// anvisning), 9 refused (K1a, K2a, K2b, K3a, K3b, G1a, G1b, G2a, G2b), 6 titles taken from a banner or the town's name
// (T1a–T3b), 4 dates missing (D1a, D1b, D2a, D2b) → this branch 30/30.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // K1
  { id: 'K1a', cls: 'empty-field-run', field: 'kind', want: 'reporting-form', text: 'Community Arts Fund – Final Report\n\nFile number      \n\nName of organization      \n\nName of person completing this report      \n\nWere all planned activities carried out? Yes or No\n\nIf not, what was changed in the project?      \n\nTotal amount spent      \n' },
  { id: 'K1b', cls: 'empty-field-run', field: 'kind', want: 'reporting-form', text: 'Redovisning av föreningsbidrag\nFöreningens namn:      \nOrganisationsnummer:      \nKontaktperson:      \nBeviljat belopp:      \nVad har bidraget använts till?      \n' },
  { id: 'K1x', cls: 'counter: one heading with trailing spaces', field: 'kind', want: 'anvisning', text: 'How to report on your grant     \nGrantees must submit a final report within 90 days of the end of the grant.\nReports must be submitted through the portal.\nUnspent grant funds must be repaid.\n' },
  // K2
  { id: 'K2a', cls: 'slash-label-cells', field: 'kind', want: 'reporting-form', text: 'Completion report for partner projects\n\nThe completion report is read by the board, who have not read the earlier status reports, so it should give a complete picture of the project in at most eight pages. The focus is on results and on what the partners learned.\n\nCompletion Report\n\nProject title: / Sector:\nProject number / Country / Project period\nMember organisation / Contact person / E-mail\nTotal budget:\nEUR: / Funded by the council:\nEUR: / Own contribution:\nTotal amount spent\n' },
  { id: 'K2b', cls: 'slash-label-cells', field: 'kind', want: 'reporting-form', text: 'Sluttrapport for samarbeidsprosjekter\n\nSluttrapporten leses av styret, som ikke har lest statusrapportene. Den skal gi et helt bilde av prosjektet på høyst åtte sider.\n\nSluttrapport\n\nProsjektets navn: / Land:\nProsjektnummer / Periode\nOrganisasjon: / Kontaktperson:\nNOK: / Finansiert av fondet:\nNOK: / Egenandel:\n' },
  { id: 'K2x', cls: 'counter: labels with their values', field: 'kind', want: 'anvisning', text: 'Reporting on your grant\nPlace: Lund / Date: 1 March 2024\nFinal reports must be submitted within 60 days of the end of the grant.\nUnspent grant funds must be repaid.\nRead more: www.example.org/grants\n' },
  // K3
  { id: 'K3a', cls: 'empty-currency-cell', field: 'kind', want: 'reporting-form', text: 'Event Grant – Final Budget Report\nIncome\nBudgeted\nActual\n$\n$\n$\n$\nExpenses\n$\n$\n$\nAttach copies of all receipts.\nSignature of treasurer: ________\n' },
  { id: 'K3b', cls: 'empty-currency-cell', field: 'kind', want: 'reporting-form', text: 'Festival Fund – Expenditure Return\nItem / Planned / Spent\n£\n£\n£\n£\n£\n£\nPlease list every payment made with the grant.\nSigned: __________  Date: __________\n' },
  { id: 'K3x', cls: 'counter: amounts in dollars', field: 'kind', want: 'anvisning', text: 'How grant payments work\nGrants are paid in $ (USD) into the organization\'s account.\nThe final report must be submitted within 60 days; unspent grant funds must be repaid.\n$ 500 is held back until the report is approved.\n' },
  // G1
  { id: 'G1a', cls: 'funding-agreement', field: 'kind', want: 'anvisning', text: 'Reporting on your project\nProgress reports are due every six months, as set out in your funding agreement.\nThe final claim must be received no later than March 31, 2025.\n' },
  { id: 'G1b', cls: 'funding-agreement', field: 'kind', want: 'anvisning', text: 'Claims and reports\nRecipients submit claims each quarter under their contribution agreement.\nThe final report must be submitted with the last claim no later than 30 June 2024.\n' },
  { id: 'G1x', cls: 'counter: a lease agreement', field: 'kind', want: 'refused', text: 'Renting the hall\nThe lease agreement is signed at the town office.\nThe hall must be left clean by 10 pm.\n' },
  // G2
  { id: 'G2a', cls: 'report-duty-nordic', field: 'kind', want: 'anvisning', text: 'Om ordningen\nDet gis tilskudd til lokale lag og foreninger.\nÅrsrapporten skal sendes inn sammen med årsmøteprotokollen.\n' },
  { id: 'G2b', cls: 'report-duty-nordic', field: 'kind', want: 'anvisning', text: 'Puljen til foreninger\nTilskuddet gives til aktiviteter for børn.\nRegnskabet skal revideres af en godkendt revisor.\n' },
  { id: 'G2x', cls: 'counter: a report published', field: 'kind', want: 'refused', text: 'Om foreningen\nForeningen fikk tilskudd i fjor.\nRapporten ble publisert i mars og kan leses på nettsiden.\n' },
  // T1
  { id: 'T1a', cls: 'body-banner-en', field: 'title', want: { re: '^Final Report Instructions' }, text: 'MAPLE VALLEY ARTS COUNCIL\n\nFinal Report Instructions for Project Grants\n\nThe final report is due 60 days after the project ends.\nThe report describes how the grant funds were spent; unspent grant funds must be repaid.\n' },
  { id: 'T1b', cls: 'body-banner-en', field: 'title', want: { re: '^Grant Reporting Guidelines' }, text: 'RIVERSIDE COMMUNITY FOUNDATION\n\nGrant Reporting Guidelines\n\nGrantees submit a final report at the end of the grant period. Unspent grant funds must be repaid.\n' },
  { id: 'T1x', cls: 'counter: a grant named in capitals', field: 'title', want: { re: '^COMMUNITY ARTS GRANT' }, text: 'COMMUNITY ARTS GRANT\n\nGuidelines 2024\n\nGrants of up to $5,000 are awarded to non-profit arts groups. Final reports are due 60 days after the project.\n' },
  // T2
  { id: 'T2a', cls: 'site-welcome', field: 'title', want: { re: '^Reporting on your grant' }, text: 'Welcome to the Heritage Fund website\n\nReporting on your grant\n\nAt the end of your project you send us a final report on how the grant was spent. Unspent grant funds must be repaid.\n' },
  { id: 'T2b', cls: 'homepage-breadcrumb', field: 'title', want: { re: '^Keeping us informed' }, text: 'HOMEPAGE/GRANTS/AFTER YOUR AWARD\n\nKeeping us informed\n\nYour grant officer sends you a progress report form every year; the final report is due at the end of the grant.\n' },
  { id: 'T2x', cls: 'counter: a welcome to a grant round', field: 'title', want: { re: '^Welcome to the 2024' }, text: 'Welcome to the 2024 Community Grants round\n\nApplications close on 1 March 2024. Grants of up to $5,000 are awarded.\n' },
  // T3
  { id: 'T3a', cls: 'evaluation-form-title-en', field: 'title', want: { re: 'Project Evaluation Form' }, text: 'RIVERBEND ARTS COUNCIL\nSMALL GRANTS\nProject Evaluation Form 2023\nThis form is your request for final payment of the grant.\nOrganization ______\nTitle of Project ______\nNumber of people served ______\n1. Describe the highlights of your project.\n2. What were the challenges?\n3. How did you reach your audience?\n' },
  { id: 'T3b', cls: 'evaluation-form-title-en', field: 'title', want: { re: 'Acquittal Form' }, text: 'Town of Hillcrest\nCommunity Grant Acquittal Form\nName of group:______\nAmount received:______\n1. What did you do with the grant?\n2. How many people took part?\n3. What did the grant pay for?\n' },
  { id: 'T3x', cls: 'counter: a form named its report', field: 'title', want: { re: '^Final Report Form' }, text: 'Final Report Form\nEvaluation of the programme\nOrganization:______\nProgram Title:______\n1. Did the program meet your expectations?\n2. Were the participants engaged?\n3. What would you change?\n' },
  // D1
  { id: 'D1a', cls: 'return-this-named-form', field: 'due', want: '2024-11-30', text: 'Youth Arts Grant Final Report 2024\nPlease return this completed FINAL REPORT form within 30 days of the event, or by November 30, 2024 whichever comes first.\nApplicant:______\nProgram title:______\n1. Describe the program.\n2. How many young people took part?\n3. What would you do differently?\n' },
  { id: 'D1b', cls: 'please-email-by', field: 'due', want: '2023-10-15', text: 'Heritage Grant Evaluation Form\nThis form is your claim for the final payment of the grant. Please e-mail to no later than October 15, 2023.\nOrganization ______\nProject title ______\n1. Describe the project.\n2. How many visitors came?\n3. What did the grant pay for?\n' },
  { id: 'D1x', cls: 'counter: photos sent by a date', field: 'due', want: null, text: 'Heritage Grant Evaluation Form\nPlease send photos of the event by October 15, 2023 for our newsletter.\nOrganization ______\nProject title ______\n1. Describe the project.\n2. How many visitors came?\n3. What did the grant pay for?\n' },
  // D2
  { id: 'D2a', cls: 'reports-must-be-received-en', field: 'reporting.due', want: '2025-06-30', text: 'Reporting requirements\nThe final report and the financial statement must be received by the Foundation no later than June 30, 2025.\nGrant funds not spent must be repaid.\n' },
  { id: 'D2b', cls: 'reports-must-be-received-en', field: 'reporting.due', want: '2024-03-01', text: 'After your grant\nInterim reports should be submitted to the program officer on or before March 1, 2024.\nThe grant agreement sets out what the reports contain.\n' },
  { id: 'D2x', cls: 'counter: a project completed by a date', field: 'reporting.due', want: null, text: 'After your grant\nAll grant-funded projects must be completed no later than September 30, 2024.\nReports follow the grant agreement.\n' },
];

describe('forms66: reporting forms and instructions never seen (dev 2005–2019 classes)', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.cls}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, `${p.id}: ${p.text.slice(0, 60)}`);
    });
  }
});
