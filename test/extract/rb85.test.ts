import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper rb85 (issue 12, stop 63): regeringsbeslut and press releases on grant money (dev 2478–2487).
// The rows they probe: cues/funding.ts regeringen-har-beslutat-att-ge, regeringen-utokar-stodet-med, omdisponeras-till-namngiven,
// uppgar-till's guard on a whole area's budget, NOT_TOTAL granted-or-compared's two new exceptions ("Regeringen avsätter totalt X …"
// opening the sentence; "kan/får/ska fördela X till …"); cues/year.ts utokar-stodet-for-ar-med, satsning-galler-under-ar,
// far-kronor-for-arbetet-under-ar; cues/requisition.ts betalas-ut-till-redan-beviljade; cues/reporting.ts report-of-senast's guard
// dates.ts AGENCY_ASSIGNMENT_REPORTED (an agency's own assignment report is never the recipients' reporting.due). Beside each
// the negatives it must not take. Every text is written for this file (realistic Swedish in other wordings than the dev texts).
// The `fails` probes are what is left open (recipients.types: h/types85; a heading's sum to a purpose).

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string; readonly run?: 'fails' }

const press = (head: string, body: string): string =>
  `# ${head}\n\n– Det här är en viktig satsning för hela landet, säger ansvarig minister.\n\n${body}\n\nRegeringen följer arbetet noga.\n`;

export const PROBES: Probe[] = [
  // ── the government's total set aside, opening the sentence; never a yearly sum; never a whole area's budget
  { id: 'T1', field: 'funding.total', want: 120000000, text: press('Stöd till kvinnojourer', 'Regeringen avsätter totalt 120 miljoner kronor för att stärka kvinnojourernas arbete under 2026. Jämställdhetsmyndigheten fördelar medlen till ideella organisationer.') },
  { id: 'T2', field: 'funding.total', want: { not: 60000000 }, text: press('Stöd till läxhjälp', 'Regeringen avsätter totalt 60 miljoner kronor per år under 2026–2028 för läxhjälp genom ideella organisationer. MUCF fördelar bidraget.') },
  { id: 'T3', field: 'funding.total', want: { not: 8000000000 }, text: press('Mer pengar till studieförbunden', 'Regeringen ger 40 miljoner kronor i bidrag till studieförbunden för kurser i svenska. Hela budgeten för kulturområdet uppgår till 8 miljarder kronor.') },
  // ── "has decided to give" a named organisation its sum
  { id: 'T4', field: 'funding.total', want: 4000000, text: press('Bidrag till ledarutbildning', 'Regeringen har i dag beslutat att ge Svenska Scoutrådet ett bidrag på 4 miljoner kronor för ledarutbildning i hela landet. Medlen ska användas under 2026.') },
  { id: 'T5', field: 'funding.total', want: { not: 3000000 }, text: press('Bidrag till ungdomsorganisationer', 'Regeringen har beslutat att ge Riksförbundet Unga Musikanter 3 miljoner kronor och Sveriges Elevråd 2 miljoner kronor för demokratiarbete.') },
  // ── the government widening a grant: the raise is the decision's money; never the raise beside the new whole
  { id: 'T6', field: 'funding.total', want: 8000000, text: press('Mer stöd till hembygdsrörelsen', 'Länsstyrelserna fördelar varje år bidrag till hembygdsföreningar. Regeringen förstärker nu bidraget för 2026 med ytterligare 8 miljoner kronor.') },
  { id: 'Y1', field: 'year', want: 2026, text: press('Mer stöd till hembygdsrörelsen', 'Länsstyrelserna fördelar varje år bidrag till hembygdsföreningar. Regeringen förstärker nu bidraget för 2026 med ytterligare 8 miljoner kronor.') },
  { id: 'T7', field: 'funding.total', want: { not: 10000000 }, text: press('Utökat stöd till kvinnojourer', 'Regeringen utökar stödet med 10 miljoner kronor till totalt 40 miljoner kronor. Jämställdhetsmyndigheten fördelar medlen.') },
  // ── money moved within the budget to a named organisation; never to an agency
  { id: 'T8', field: 'funding.total', want: 3000000, text: press('Medel till museernas samarbete', 'Inom anslaget omdisponeras 3 miljoner kronor till Riksförbundet Sveriges museer för ett nationellt utbildningsprogram.') },
  { id: 'T9', field: 'funding.total', want: { not: 5000000 }, text: press('Medel till kulturarvet', 'Inom anslaget omdisponeras 5 miljoner kronor till Riksantikvarieämbetet för digitalisering av samlingar.') },
  // ── an agency's sum to give out, told after a satsning
  { id: 'T10', field: 'funding.total', want: 2000000, text: press('Stöd till bygdegårdar', 'Satsningen innebär att Boverket får fördela ytterligare 2 miljoner kronor i bidrag till bygdegårdsföreningar som rustar sina lokaler.') },
  // ── the brief's other total shapes
  { id: 'T11', field: 'funding.total', want: 2500000, text: press('Bidrag till Stiftelsen Läxhjälpen', 'Regeringen ger Kammarkollegiet i uppdrag att betala ut 2 500 000 kronor till Stiftelsen Läxhjälpen för arbete med unga i utsatta områden.') },
  { id: 'T12', field: 'funding.total', want: 80000000, text: press('Stöd till regionernas vårdplatser', 'Totalt 80 miljoner kronor ska fördelas till regionerna under 2026 för fler vårdplatser i psykiatrin. Socialstyrelsen ansvarar för fördelningen.') },
  { id: 'T13', field: 'funding.total', want: 12000000, text: press('Stöd till hembygdsföreningar i Dalarna', 'Länsstyrelsen i Dalarnas län får disponera 12 miljoner kronor för bidrag till hembygdsföreningar under 2026. Föreningarna ansöker hos länsstyrelsen.') },
  { id: 'T14', field: 'funding.total', want: null, text: press('Uppdrag om hembygdsföreningar i Dalarna', 'Länsstyrelsen i Dalarnas län ska kartlägga hembygdsföreningarnas lokaler och fördela bidrag. Länsstyrelsen får disponera 2 miljoner kronor för administration av bidraget.') },
  // ── a year said of the satsning or of a body's sum for its work; never a span
  { id: 'Y2', field: 'year', want: 2026, text: press('Extra stöd till studieförbund', 'Det extra stödet till studieförbundens verksamhet för nyanlända gäller under 2026. Folkbildningsrådet fördelar bidraget.') },
  { id: 'Y3', field: 'year', want: { not: 2025 }, text: press('Stöd till studieförbund', 'Stödet till studieförbundens verksamhet för nyanlända gäller under 2025–2027. Folkbildningsrådet fördelar bidraget.') },
  { id: 'Y4', field: 'year', want: 2026, text: press('Stöd till hembygdsföreningar i Jämtland', 'Länsstyrelsen i Jämtlands län får 2 miljoner kronor för arbetet under 2026. Medlen ska fördelas som bidrag till hembygdsföreningar som vårdar äldre byggnader.') },
  // ── payment: paid to those already granted; the brief's shapes; never an application's condition
  { id: 'P1', field: 'payment', want: { re: 'redan' }, text: press('Mer pengar till föreningar', 'Regeringen tillför 5 miljoner kronor till verksamhetsbidraget. Bidraget ska betalas ut till de föreningar som redan har beviljats verksamhetsbidrag för 2026.') },
  { id: 'P2', field: 'payment', want: null, text: press('Nytt bidrag till föreningar', 'MUCF fördelar 5 miljoner kronor i bidrag. Bidraget kan sökas av de föreningar som redan har fått verksamhetsbidrag.') },
  { id: 'P3', field: 'payment', want: { re: 'senast' }, text: press('Medel till regionerna', 'Regeringen ger Kammarkollegiet i uppdrag att betala ut 30 miljoner kronor till regionerna. Medlen ska betalas ut senast den 30 juni 2026.') },
  { id: 'P4', field: 'payment', want: { re: 'rekvisition' }, text: press('Medel till regionerna', 'Regeringen ger Kammarkollegiet i uppdrag att betala ut 30 miljoner kronor till regionerna. Medlen betalas ut efter rekvisition.') },
  // ── an agency's own assignment reported is never the recipients' due; a recipient's report to the payer is
  { id: 'R1', field: 'reporting.due', want: null, text: press('Stöd till kommunernas föräldraskapsstöd', 'Regeringen ger Myndigheten för familjerätt och föräldraskapsstöd i uppdrag att fördela 20 miljoner kronor till kommunerna. Slutredovisning av uppdraget ska lämnas senast den 1 mars 2027.') },
  { id: 'R2', field: 'reporting.due', want: '2027-03-31', text: press('Bidrag till Stiftelsen Läxhjälpen', 'Regeringen beviljar Stiftelsen Läxhjälpen 2 000 000 kronor för läxhjälp under 2026. Redovisning av uppdraget ska ha kommit in till Kammarkollegiet senast den 31 mars 2027.') },
  // ── left open
  // a heading's sum to a purpose, the body naming no sum (dev 2486): the rubrik row reads named organisations only
  { id: 'O1', field: 'funding.total', want: 300000000, run: 'fails', text: press('300 miljoner kronor till vaccinering mot säsongsinfluensa', 'Staten och regionerna har kommit överens om att fortsätta vaccinationsarbetet under hösten. Folkhälsomyndigheten ger rekommendationer om vilka grupper som ska erbjudas vaccin.') },
  // the years a decision's money is used, "under åren" after the recipients (usage_period; h/utlys85's rows read calls)
  { id: 'O3', field: 'usage_period', want: { re: '2025-01-01' }, run: 'fails', text: press('Stöd till läxhjälp', 'MUCF fördelar 30 miljoner kronor i bidrag till ideella organisationer som erbjuder läxhjälp under åren 2025–2027.') },
  // recipients.types of one named organisation (h/types85; dev 2479, 2481)
  { id: 'O2', field: 'recipients.types', want: ['organisation'], run: 'fails', text: press('Bidrag till ledarutbildning', 'Regeringen har i dag beslutat att ge Svenska Scoutrådet ett bidrag på 4 miljoner kronor för ledarutbildning i hela landet.') },
];

describe('rb85: totals, payment, the year and the agency\'s own report in government decisions — never a wrong value', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
