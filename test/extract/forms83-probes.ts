// The probes of helper forms83 (issues 12 and 13): reporting forms of other senders read as forms on their own evidence, and
// pages about reporting that print the same words kept as anvisningar. Every text is constructed (own sentences, written for
// these rows) in the layouts of the real forms added as dev 2423–2430, which the search tool (pages corpus) showed:
// - The University of Waikato Cultural Committee, "Grant Acquittal Form" (bare head fields, "1.1 Please provide …", a table of
//   materials ending "Others, please specify:"): https://studylib.net/doc/15124330/grant-acquittal-form
// - Nelson City Council, "Community Investment Fund Accountability Form" (a web form saved as text: "Due 1 May 2017", "All
//   fields marked with * must be completed.", numbered sections, upload prompts, a character limit, a sign-off):
//   http://nelson.govt.nz/services/community/funding/community-investment-funding/community-investment-fund-accountability-form
// - A state humanities council's "Project Director's Narrative Evaluation Report" (numbered blank labels, "Circle the number of
//   activities in each category"): http://www.docstoc.com/docs/88900461/Samples-Narrative-Essays-About-Education
// - North Carolina Humanities Council, "Let's Talk About It Project Director's Concluding Reports" ("Please complete this seven
//   (7) page Concluding Reports packet", labels run together): https://studylib.net/doc/6986105/ltai-concluding-reports---north-carolina-humanities-council
// - Ohio Humanities, the guide to its final report ("Ohio Humanities Final Report Form" over "A Completed Final Report Includes:"
//   and the package's numbered parts; an anvisning): https://studylib.net/doc/6664219/project-s-director-s-guide-to-submitting-a-final
import type { Probe } from './kind81-probes.js';

export const PROBES: readonly Probe[] = [
  // ---- reporting forms: the form itself
  { id: 'F01', shape: 'acquittal form: bare head fields, "1.1 Please provide …", materials table ending "Others, please specify:"', want: 'reporting-form', named: true,
    text: `Harbour Arts Trust
Community Arts Grant
ACQUITTAL REPORT
Name of recipient
Amount granted
Purpose of the grant
Date
It is a condition of your grant that you report to the Trust when the project is over, with a short report on the activity and a statement of income and expenditure. Send the acquittal to the Trust as soon as the event has taken place.
1.
REPORT ON THE ACTIVITY
1.1
Please provide a short summary of the event and who took part.
1.2
Please indicate below which materials you are sending with this report:
Programmes
Posters
Photographs
Press cuttings
Others, please specify:
2.
FINANCIAL STATEMENT
Income
Expenditure
` },
  { id: 'F02', shape: 'web form saved as text: "All fields marked with * must be completed.", "Please provide …" upload prompts, limit, sign-off', want: 'reporting-form', named: true,
    text: `Neighbourhood Fund Accountability Form

Due 30 June 2025

Please complete this accountability form for your Neighbourhood Fund grant. The form cannot be saved, so have your documents ready before you start.

All fields marked with * must be completed.

1. Your organisation

Name of organisation*

Contact person*

Please provide a copy of your latest annual accounts.

Please provide copies of receipts for items over $300.

2. What the grant achieved

There is a limit of 2000 characters.

3. Sign off

I declare that the grant was spent on the purpose for which it was given.
` },
  { id: 'F03', shape: 'narrative evaluation form: numbered blank labels, "Circle the number …" scale', want: 'reporting-form', named: true,
    text: `PROJECT DIRECTOR'S FINAL EVALUATION

The Council needs this information to close your grant. Answer as fully as you can and number each answer.

1. Grant number:

2. Project director:

3. Sponsoring organisation:

4. Project summary:
   Please give a short description of the programme that the grant supported.

5. Audience
   Circle the number of events in each category
      a. Lectures            1    2    3    4    5
      b. Exhibits            1    2    3    4    5
      c. Discussions         1    2    3    4    5
` },
  { id: 'F04', shape: 'final report packet: "Please complete this four (4) page Final Report packet", labels run together', want: 'reporting-form', named: true,
    text: `Reading Circles Final Report. Thank you for hosting a Reading Circles series in your library. Please complete this four (4) page Final Report packet and return it to the Council within 30 days of your last session. Section 1: Series details Series Title: Grant Number: Library Name: Contact Person: Phone: Email: Grant Amount: Local Match: Section 2: Attendance Number of sessions: Total attendance: Page 1 of 4
` },
  { id: 'F05', shape: 'budget-and-outcome table: "Utfall (kr)" column head, "Övrigt (ange vad):", signature', want: 'reporting-form', named: true,
    text: `Ekonomisk redovisning av föreningsbidrag 2025

Förening:
Bidrag:

Kostnadsslag
Budget
Utfall (kr)
Lokalhyra
Material
Resor
Övrigt (ange vad):
Summa kostnader

Ort och datum
Underskrift
` },
  { id: 'F06', shape: 'e-service follow-up form saved without its head and widgets: who submits, then "STEP 1 – Upload …" with its prompt', want: 'reporting-form', named: true,
    open: 'the upload step\'s prompt is the only mark of a form; a page of e-service help says the same (dev 2428, a doubt in its gold)',
    text: `Club (if applicable):
The club sends the completed follow-up report and its receipts to its provincial association before the end of the grant period.
Provincial association:
The association reviews the follow-up report and sends it to the Trust Fund within 90 days after the grant period.
Funds that are not used must be returned to the Trust Fund.
STEP 1 – Upload receipts
Please upload every eligible receipt for the Equipment Grant. Make sure that:
- the receipts are for eligible costs;
- the copies can be read;
- the receipts are dated within the grant period.
` },
  { id: 'F07', shape: 'Word form kept by a PDF: dotted answer lines, "Underskrift" and "Datum och ort" alone', want: 'reporting-form', named: true,
    text: `Redovisning av kulturbidrag 2025

Föreningens namn ……………………………………………………
Arrangemangets namn ……………………………………………………

Hur många besökare kom till arrangemanget?
……………………………………………………………………

Hur använde ni bidraget?
……………………………………………………………………

Datum och ort
Underskrift
……………………………………………………………………
` },
  // ---- pages about reporting: anvisningar, not refused
  { id: 'N04', shape: 'reporting handbook: a table of contents with dot leaders to page numbers', want: 'anvisning', named: true,
    text: `Handbok för redovisning av verksamhetsbidrag

Innehåll
Inledning........ 3
Så redovisar ni bidraget........ 4
Revisorns intyg........ 6

Inledning
Föreningar som har fått verksamhetsbidrag från kommunen redovisar hur bidraget har använts senast den 31 mars året efter bidragsåret. Redovisningen görs i kommunens e-tjänst och ska undertecknas av föreningens firmatecknare.
` },
  { id: 'N01', shape: 'guide under a "Final Report Form" head: "A complete final report includes:" over numbered parts and the evaluator\'s questions', want: 'anvisning', named: true,
    text: `Lakeside Humanities Final Report Form
Send your final report to Lakeside Humanities within 60 days of the end of the grant period. We pay the last part of the grant when the report is approved.
A complete final report includes:
1.
The project director's review
Use the enclosed form and answer the questions attached to it.
2.
The evaluator's review
The evaluator should comment on the following:
How well did the programme meet the planners' goals?
How did the audience respond to the speakers?
3.
Photographs and press cuttings
` },
  { id: 'N02', shape: 'instruction page: "Please describe … in your final report", "Please include photographs …"', want: 'anvisning', named: true,
    text: `Reporting on your Community Grant

Every group that received a Community Grant sends a final report within two months of the end of the project.

Please describe the results in your final report and compare them with the aims in your application.
Please include photographs of the activity in your report.
Please provide the receipts with your report if the grant was more than $2,000.

Reports are sent by e-mail to grants@harbourcouncil.example.
` },
  { id: 'N03', shape: 'instruction page: "Progress reports should include the following information:" over numbered prompts', want: 'anvisning', named: true,
    text: `Progress reporting for Heritage Small Grants

Grantees of a Heritage Small Grant report to the Trust every six months.
Progress reports should include the following information:
1. Please describe the work done in the period.
2. Please explain any change to the timetable.
3. Please state how much of the grant has been spent.
Send the report to the grants officer named in your offer letter.
` },
];
