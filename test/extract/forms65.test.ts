import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Reporting forms and reporting instructions never seen (helper forms65, issue 12; dev 1990–2004). Each class the batch's
// first run got wrong or refused, written as another body's form or page would put it (two paraphrases in other layouts),
// with a counter-probe that must keep the old reading. Every text is constructed.
//
// Classes (first run on main b3bc14d1 → this branch):
//   K1 a federal form's burden statement naming the form by its title ("do not return the completed … Report to this
//      address", dev 1995): kind anvisning → reporting-form
//   K2 a template's bracketed placeholders after its labels ("- **Due Date**: [Date]", dev 1996): anvisning → form
//   K3 a form's "Attach additional pages if required." (dev 1994): anvisning → form
//   K4 a cover sheet's label with its blank on the next line ("Report Prepared by:\n______", dev 1993): anvisning → form
//   D1 a form's own return command with its date ("Return this form … by January 15th 2010", dev 1991): the later final
//      report's date → the form's
//   G1 a Nordic fund's support paid out ("udbetaler støtte") or its grant called a gift ("gavebeløpet", dev 2000, 2004):
//      refused → read
//
// 18 probes on main b3bc14d1 (the CLI on the same texts): 7 as wanted (K1b and K4b were read as forms already; the five
// counters), 7 wrong (K1a, K2a, K2b, K3a, K4a read as anvisning; D1a took the final report's 2024-05-31; D1x took the date
// unspent funds are returned by as the due date), 1 missing (D1b), 3 refused (K3b, G1a, G1b) → this branch 18/18.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // K1
  { id: 'K1a', cls: 'burden-named-form', field: 'kind', want: 'reporting-form', text: 'Annual Performance Report for Rural Library Grants\nOMB No. 3045-0112\nPublic reporting burden for this collection of information is estimated to average 12 hours per response. Reference the OMB Control Number 3045-0112 in any comments. Please do not send the completed Annual Performance Report to this address.\nEvery library awarded grant funds completes this report for each year of the grant.\nContents\nCover Sheet 2\nPart A: Performance Measures 3\nPart B: Budget Information 6' },
  { id: 'K1b', cls: 'burden-named-form', field: 'kind', want: 'reporting-form', text: 'Final Progress Report — Watershed Restoration Grants\nOMB: 2040-0281\nSend comments on the burden estimate to the Office of Water. Do not mail the completed Final Progress Report to this address.\nRecipients of restoration grant funds complete this report at the end of the grant.\nSection 1 Project Overview\nSection 2 Outcomes\nSection 3 Financial Summary' },
  { id: 'K1x', cls: 'counter: an application sent elsewhere', field: 'kind', want: 'anvisning', text: 'How to report on your grant\nGrantees must submit a final report within 90 days of the end of the grant period. Do not send the completed application to this address; use the online portal.\nReports must be submitted through the portal.' },
  // K2
  { id: 'K2a', cls: 'bracket-placeholder', field: 'kind', want: 'reporting-form', text: '# Interim Report Template\n\n## Grant details\n- **Organisation**: [Legal name]\n- **Grant Reference**: [Reference from the award letter]\n- **Reporting Period**: [Period covered]\n- **Amount Spent to Date**: [Amount]\n\n## Narrative\n### 1.1 Activities\n### 1.2 Challenges' },
  { id: 'K2b', cls: 'bracket-placeholder', field: 'kind', want: 'reporting-form', text: 'Community Fund – End of Grant Report\nName of group: [Enter the group name]\nGrant number: [Grant number]\nAmount received: [Amount in pounds]\nWhat did you do with the grant?: [Up to 300 words]' },
  { id: 'K2x', cls: 'counter: links, not blanks', field: 'kind', want: 'anvisning', text: '# Reporting on your grant\n\n- **Guide**: [Reporting guide](https://example.org/guide)\n- **Portal**: [Grants portal](https://example.org/portal)\n\nFinal reports must be submitted within 60 days of the end of the grant.' },
  // K3
  { id: 'K3a', cls: 'attach-additional-pages', field: 'kind', want: 'reporting-form', text: 'Town of Lunenburg Community Grant Follow-Up Report. Please complete this brief report on how the grant was spent and return it to the Recreation Office. Name of Group Contact Person Amount Received $ What did the grant pay for? Attach additional pages if necessary.' },
  { id: 'K3b', cls: 'attach-additional-pages', field: 'kind', want: 'reporting-form', text: 'Festival Grant – Event Report\nPlease complete this report within 60 days of the event.\nHow many people attended the event?\nWhat worked well and what would you change? (Use extra sheets as needed.)' },
  { id: 'K3x', cls: 'counter: a page limit', field: 'kind', want: 'anvisning', text: 'Final report requirements\nThe final report must be submitted within 60 days of the end of the grant. It may not exceed five pages; additional pages will not be read.\nThe report shows how the grant funds were spent; unspent grant funds must be repaid.' },
  // K4
  { id: 'K4a', cls: 'label-then-underscore-line', field: 'kind', want: 'reporting-form', text: 'Grant Report Cover Sheet\nPlease attach this cover sheet to the front of your narrative and financial report.\nOrganization:______\nGrant Number:______\nGrant Amount______\nPrepared by:\n______\nDate:\n______' },
  { id: 'K4b', cls: 'label-then-underscore-line', field: 'kind', want: 'reporting-form', text: 'Youth Fund Final Report\nName of club:________\nProject dates: Start ______ Finish ______\nSignature of club president:\n__________\nPrinted name:\n__________' },
  { id: 'K4x', cls: 'counter: a named preparer', field: 'kind', want: 'anvisning', text: 'Reporting guidelines\nReports must be submitted by the end of the grant period.\nReport Prepared by:\nthe project director, who signs it with the treasurer.\nReports should describe how the grant funds were spent; unspent grant funds must be repaid.' },
  // D1
  { id: 'D1a', cls: 'return-this-form-by', field: 'due', want: '2024-03-01', text: 'Neighbourhood Grant – Project Report\nProgress Report / Final Report\nReturn this form with your receipts by March 1st 2024 to the Grants Coordinator.\nFinal reports are due by May 31, 2024.\n1. What was done, and where?\n2. How many volunteers took part?\n3. How was the grant spent?' },
  { id: 'D1b', cls: 'return-this-form-by', field: 'due', want: '2023-06-30', text: 'Small Arts Grants Final Report Form\nPlease submit this completed form to the Grants Office no later than June 30, 2023.\nOrganization:______\nProject Title:______\n1. Describe the project.\n2. How many people attended?' },
  { id: 'D1x', cls: 'counter: funds returned by a date', field: 'due', want: null, text: 'Small Arts Grants Final Report Form\nOrganization:______\nProject Title:______\nUnspent funds must be returned by June 30, 2023 together with the final report.\n1. Describe the project.\n2. How many people attended?' },
  // G1
  { id: 'G1a', cls: 'nordic-support-paid', field: 'kind', want: 'anvisning', text: 'Udbetaling af støtte\nFonden udbetaler støtten i to rater, når projektets statusrapport er godkendt.\nStatusrapporten skal underskrives af projektlederen.' },
  { id: 'G1b', cls: 'nordic-gift-grant', field: 'kind', want: 'anvisning', text: 'Rapportering og utbetaling\nNår prosjektet er ferdig, sender dere sluttrapport og ber om utbetaling av gavebeløpet.\nUten sluttrapport bortfaller gavetildelingen etter to år.' },
  { id: 'G1x', cls: 'counter: thanks and a gift card', field: 'kind', want: 'refused', text: 'Tak for din støtte!\nSom tak sender vi dig et gavekort til vores butik.\nGavekortet gælder i et år.' },
];

describe('forms65: reporting forms and instructions never seen (dev 1990–2004 classes)', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.cls}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, `${p.id}: ${p.text.slice(0, 60)}`);
    });
  }
});
