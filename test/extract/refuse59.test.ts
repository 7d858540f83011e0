import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Issue 12 (helper refuse59): a reporting text speaks of the report to its funder, not of "bidrag" or
// "medel" (dev 1894 "Slutredovisning till SBUF", dev 1900 "PROJECT PROGRESS REPORT TO MRAC"); the rows
// project-report-to-funder and project-report-to-acronym-head (cues/grant-text.ts) let such a text through,
// while a text that is none of the genres is still refused with the clear error.

const run = (text: string) => specOf<{ kind: string }>(text);

describe('a report to the funder of a funded project is a grant text', () => {
  it('a head naming the report and the funder by its abbreviation, with rules on the report', async () => {
    const s = await run('Minimikrav på rapport\n\nSlutredovisning till SBUF\n • ska innehålla en populärvetenskaplig sammanfattning på 4-8 sidor.\n • kan utformas enligt Rapportmallen.\n');
    expect(['anvisning', 'reporting-form']).toContain(s.kind);
  });
  it('a progress report to the funding agency', async () => {
    const s = await run('PROJECT PROGRESS REPORT TO MRAC\n\n1. A PROGRESS REPORT is required on a quarterly basis to ensure that the funding agency (MRAC) can adequately account for installments forwarded to the Applicant. 2. Please specify the reporting period.\n');
    expect(['anvisning', 'reporting-form']).toContain(s.kind);
  });
});

// constructed texts that are none of the genres: each must still be refused
const NOT_GRANT_TEXTS: readonly string[] = [
  // press releases
  'Pressmeddelande\n\nKommunen inviger den nya simhallen den 3 maj. Alla invånare är välkomna till invigningen.\n',
  'Press release\n\nThe company today announced its final report on quarterly sales. Revenue grew by four percent.\n',
  'Pressmeddelande\n\nUtredningens slutrapport lämnades i dag till regeringen. Utredaren föreslår nya regler för bostadsbyggandet.\n',
  // job ads
  'Vi söker en projektledare\n\nDu kommer att leda byggprojekt och skriva lägesrapporter till styrgruppen. Ansök senast i maj.\n',
  'Job opening: research assistant\n\nYou will analyse data and write interim reports for the project team. We offer a permanent position.\n',
  'Lediga jobb\n\nSom ekonomiassistent sköter du leverantörsreskontra och månadsbokslut.\n',
  // reports about research results
  'Slutrapport\n\nStudien visar att vibrering med infraljud ger jämnare betong. Resultaten diskuteras i kapitel 4.\n',
  'Final report\n\nThe study shows that the new vaccine reduced infections by 40 percent. The results are discussed in chapter 3.\n',
  'Delrapport 2\n\nMätningarna i sjön visar att fosforhalten har sjunkit sedan 2010.\n',
  'The final report of the commission recommends more funding for schools and smaller classes.\n',
  // meeting protocols
  'Protokoll från styrelsemöte\n\n§ 1 Mötets öppnande. Ordföranden öppnade mötet.\n§ 2 Lägesrapport från projektgruppen. Projektgruppen rapporterade att arbetet går enligt plan.\n§ 3 Mötet avslutas.\n',
  'Minutes of the board meeting\n\n1. The chair opened the meeting. 2. Progress report from the working group: the website is ready. 3. Next meeting in June.\n',
  'Protokoll\n\nNärvarande: Anna, Bo, Carl. Slutrapporten från arbetsgruppen godkändes. Nästa möte hålls i augusti.\n',
  // an agency's own activity
  'Rapport 2023:4\n\nTrafikverkets årsrapport beskriver myndighetens verksamhet under året: vägar, järnvägar och färjor.\n',
  'Årsrapport\n\nMyndigheten handlade 4 000 ärenden under året och hade 120 anställda.\n',
  'Annual report\n\nThe agency\'s annual report describes its own activities, staff and premises during the year.\n',
  'Lägesrapport: covid-19 i Sverige\n\nAntalet smittade har minskat under veckan. Folkhälsomyndigheten följer utvecklingen.\n',
  'Slutrapport till styrgruppen\n\nProjektet införde det nya ärendesystemet i tid. Utbildningen av personalen är klar.\n',
  'Slutrapport till regeringen\n\nMyndigheten har genomfört uppdraget att kartlägga vägnätet. Resultaten redovisas i kapitel 2.\n',
  // other prose
  'Recept\n\nVispa ihop mjöl och mjölk. Stek pannkakorna i smör.\n',
  'Väderrapport\n\nI morgon blir det sol i hela landet och upp till 20 grader.\n',
  'Finansiären har sitt kontor i Stockholm och träffar gärna nya kunder.\n',
  'Investor update\n\nOur funders met in May. The new office opens in June.\n',
];

describe('a text that is none of the genres is still refused', () => {
  it.each(NOT_GRANT_TEXTS.map((t) => [t.split('\n')[0]!, t]))('%s', async (_head, text) => {
    await expect(run(text)).rejects.toThrow(/not-a-grant-instruction|says nothing|does not look/u);
  });
});
