import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Reporting forms and reporting instructions never seen (helper forms68, issue 12; dev 2075–2089). Each class the batch's
// first run got wrong, refused or missed: the batch's phrasing (a), two paraphrases in another body's phrasing and layout
// (b, c), and a counter-probe that must keep the old reading (x). Every text is constructed.
//
// Classes (first run on main 24c59906 → this branch):
//   K1 a Word form's tick instruction without its article ("Type of accountability report – Tick appropriate box", dev 2079):
//      kind anvisning (wrong) → reporting-form (genre.KIND_EVIDENCE tick-instruction)
//   K2 a date written as its mask, the year left as letters, outside parentheses ("(e.g., 10/01/yy)", "Start: mm/dd/yy
//      End: mm/dd/yy", dev 2080): kind anvisning (wrong) → reporting-form (date-format-hint)
//   K3 a budget table's column instructions after the column's label ("Approved Budget: Enter each funding stream and the
//      amount awarded …", dev 2080): counted with K2 (enter-the-field)
//   G1 a Danish or Norwegian time limit on the report, the limit opening the sentence ("Senest tre måneder efter projektets
//      afslutning skal slutrapporten være Vejdirektoratet i hænde", dev 2084): refused → read (genre.REPORT_TIME_LIMIT)
//   D1 a form's head giving the report's due date as a time limit or a date, the first to come ("Final Report due 30 days
//      after project ends or April 30, 2014, whichever comes first.", dev 2076 and its sister 1604): none → due
//      (form.FORM_DUE_EN)
//
// 16 probes on main 24c59906 (its build, the same texts): 4 as wanted (the four counters), 5 wrong kind (K1a, K1c, K2b, K2c
// read as anvisningar), 5 refused (K1b, K2a, G1a, G1b, G1c), 3 due dates missing (D1a–D1c) → this branch 16/16.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // K1
  { id: 'K1a', cls: 'tick-appropriate-box', field: 'kind', want: 'reporting-form', text: 'GRANT ACCOUNTABILITY REPORT\nTo be completed 3 months after receiving the grant.\n1.  Full name of organisation – Type into grey box\n2.  Date of report - Click here to enter a date.\n3.  Type of report – Tick appropriate box\nInterim Final\n4.  Have you fully spent the funds granted? – Tick appropriate box\nPART THREE: EXPENDITURE DETAILS\n' },
  { id: 'K1b', cls: 'tick-appropriate-box', field: 'kind', want: 'reporting-form', text: 'Hillcrest Sports Trust – Grant Return\nClub name\nContact person\nWas the equipment bought as listed in your application? Please tick relevant box\nYes\nNo\nWere any funds left over? Please tick relevant box\nAmount left over\nPlease attach all receipts.\n' },
  { id: 'K1c', cls: 'tick-appropriate-box', field: 'kind', want: 'reporting-form', text: 'Small Arts Grant – Completion Report\nName of group\nProject\nTick appropriate box: Event / Workshop / Exhibition\nNumber of people attending\nDid the project go ahead as planned? Tick appropriate box\nDescribe any changes\nTotal grant spent\n' },
  { id: 'K1x', cls: 'counter: a page on tick boxes in a portal', field: 'kind', want: 'anvisning', text: 'Reporting on your grant\nGrantees must submit an accountability report within three months of receiving the grant.\nIn the portal, tick boxes are used to mark the report as interim or final.\nUnspent grant funds must be repaid.\n' },
  // K2 (and K3)
  { id: 'K2a', cls: 'date-mask', field: 'kind', want: 'reporting-form', text: 'Grant Performance Report\nAward #: Click here to enter text.\nSECTION D – Budget Summary\nApproved Budget: Enter each funding stream and the amount awarded for the current reporting year. Enter the start date of the budget year (e.g., 10/01/yy) and the end date (e.g., 09/30/yy).\nExpenditures: Enter the amount of funds expended to date in each budget category.\nReporting Period: Start: mm/dd/yy End: mm/dd/yy\n' },
  { id: 'K2b', cls: 'date-mask', field: 'kind', want: 'reporting-form', text: 'Heritage Grant – Expenditure Statement\nPeriod covered: from dd/mm/yyyy to dd/mm/yyyy\nDate submitted: dd/mm/yyyy\nGrant funds spent this quarter are listed below with their receipts.\nSignature:\n' },
  { id: 'K2c', cls: 'date-mask, column-label-enter', field: 'kind', want: 'reporting-form', text: 'Community Grant – Annual Financial Return\nYear ending: 30/06/yyyy\nDate of return: dd/mm/yyyy\nInstructions: Expenses\nBudget: Enter the amount approved for each cost line in the grant letter.\nActual: Enter the amount spent in each cost line during the year.\nVariance: Enter the difference and explain it below.\nPersonnel\nTravel\nEquipment\n' },
  { id: 'K2x', cls: 'counter: dates written out, a note before Enter', field: 'kind', want: 'anvisning', text: 'Reporting dates\nThe reporting period runs from 10/01/2023 to 09/30/2024.\nGrantees must submit a final report within 90 days of the end of the period.\nNote: Enter the amount in the portal before you submit the report.\nUnspent grant funds must be repaid.\n' },
  // G1
  { id: 'G1a', cls: 'report-limit-nordic', field: 'kind', want: 'anvisning', text: 'Skabeloner\nIgangværende projekter udarbejder en statusredegørelse hvert år.\nSenest tre måneder efter projektets afslutning skal slutrapporten være styrelsen i hænde.\nTilskudsmodtager fremsender et regnskab.\n' },
  { id: 'G1b', cls: 'report-limit-nordic', field: 'kind', want: 'anvisning', text: 'Etter prosjektet\nInnen to måneder etter at prosjektet er avsluttet, skal sluttrapporten være fondet i hende.\nTilskuddsmottaker oppbevarer bilagene.\n' },
  { id: 'G1c', cls: 'report-limit-nordic', field: 'kind', want: 'anvisning', text: 'Afslutning\nInden to måneder efter aktivitetens afslutning skal afrapporteringen sendes til fonden.\nTilskudsmodtager gemmer kvitteringerne.\n' },
  { id: 'G1x', cls: 'counter: a payment after the report', field: 'kind', want: 'refused', text: 'Udbetaling\nTilskuddet udbetales senest to måneder efter, at rapporten er godkendt.\n' },
  // D1
  { id: 'D1a', cls: 'report-due-or-date', field: 'due', want: '2014-04-30', text: 'Submit Final Report to: Arts Council\nFinal Report due 30 days after\nproject ends or April 30, 2014,\nwhichever comes first.\n1a. Grant Number:\n1b. Grant Awarded: $\n1c. Grant Expended: $\n5a. Did the completed project differ from the grant agreement? Yes No If yes, how?\n' },
  { id: 'D1b', cls: 'report-due-or-date', field: 'due', want: '2022-12-15', text: 'Neighbourhood Grant – Evaluation Report\nReports are due 45 days after the event or December 15, 2022, whichever is earlier.\nOrganization:______\nEvent title:______\n1. Describe the event.\n2. How many people attended?\n3. What did the grant pay for?\n' },
  { id: 'D1c', cls: 'report-due-or-date', field: 'due', want: '2019-06-01', text: 'Youth Project Fund\nEnd of Project Report\nReport due two months after the project or June 1, 2019\nGroup name:______\nAmount received:______\n1. What did you do?\n2. Who took part?\n3. What would you change?\n' },
  { id: 'D1x', cls: 'counter: the date ends another clause', field: 'due', want: null, text: 'Community Grant – Final Report\nFinal report due 60 days after the grant period, which ends June 30, 2017.\nOrganization:______\nProject title:______\n1. Describe the project.\n2. How many people took part?\n3. What did the grant pay for?\n' },
];

describe('forms68: reporting forms and instructions never seen (dev 2075–2089 classes)', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.cls}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, `${p.id}: ${p.text.slice(0, 60)}`);
    });
  }
});
