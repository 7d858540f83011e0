import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper rb86 (issue 12, stop 64): regeringsbeslut and press releases on government grant decisions (dev
// 2503–2512). The rows they probe: cues/funding.ts regeringen-beviljade-tilldelar, beviljas-nu, avsatta-hogst's "upp till",
// granted-or-compared's exception for "Regeringen beviljade <mottagare> N"; cues/year.ts kronor-beviljas-avsatta-for-ar. Beside
// each the negatives it must not take: an earlier round, a sum each, one of two sums, the body's own costs, a span of years.
// The L probes are the known lost cases of stop 63 (the brief's list): a requisition's closing day with no opening, a usage period
// "under åren 2025–2027", "Kommunernas andel är N kronor" as a part, a bulleted list of regions' parts.
// Every text is written for this file (realistic Swedish in other wordings than the dev texts).

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string; readonly run?: 'fails' }

const press = (head: string, body: string): string =>
  `# ${head}\n\n– Det här är ett viktigt beslut för hela landet, säger ansvarig minister.\n\n${body}\n\nRegeringen följer arbetet noga.\n`;

export const PROBES: Probe[] = [
  // ── the government's granting verb: past tense of the announcement, the verb first after an adverbial
  { id: 'G1', field: 'funding.total', want: 450000, text: press('Medel till Stiftelsen Mångkulturellt centrum', 'Regeringen beviljade Stiftelsen Mångkulturellt centrum 450 000 kronor för en utställning om nationella minoriteter under 2026. Utställningen ska visas i flera län.') },
  { id: 'G2', field: 'funding.total', want: 25000000, text: press('Stöd till Läkare utan gränser', 'Med anledning av det akuta läget tilldelar regeringen nu 25 miljoner kronor till Läkare utan gränsers arbete i Sudan. Stödet går till vård och vaccinationer.') },
  { id: 'G3', field: 'funding.total', want: { not: 3000000 }, text: press('Medel till museer', 'Regeringen beviljade tidigare Stiftelsen Mångkulturellt centrum 3 miljoner kronor för utställningar. Nu följs arbetet upp.') },
  { id: 'G4', field: 'funding.total', want: { not: 2000000 }, text: press('Medel till hembygdsrörelsen', 'I dag tilldelar regeringen Sveriges Hembygdsförbund 2 miljoner kronor och Svenska Turistföreningen 1 miljon kronor för arbete med kulturmiljöer.') },
  { id: 'G5', field: 'funding.total', want: { not: 500000 }, text: press('Medel till länsstyrelserna', 'I dag tilldelar regeringen länsstyrelserna 500 000 kronor var för arbetet med hembygdsgårdar.') },
  { id: 'G6', field: 'funding.total', want: { not: 4000000 }, text: press('Medel till hembygdsgårdar', 'I dag tilldelar regeringen Boverket 4 miljoner kronor för att administrera stödet till hembygdsgårdar.') },
  // ── the recipient as the passive subject, "nu" marking this decision
  { id: 'N1', field: 'funding.total', want: 3500000, text: press('Förnyat stöd till Riksförbundet Hem och Skola', 'Riksförbundet Hem och Skola fick förra året medel för ett föräldranätverk och beviljas nu 3,5 miljoner kronor för 2026 för att sprida arbetet.') },
  { id: 'N2', field: 'year', want: 2026, text: press('Förnyat stöd till Riksförbundet Hem och Skola', 'Riksförbundet Hem och Skola fick förra året medel för ett föräldranätverk och beviljas nu 3,5 miljoner kronor för 2026 för att sprida arbetet.') },
  { id: 'N3', field: 'funding.total', want: { not: 1000000 }, text: press('Stöd till föreningar', 'Föreningarna beviljas nu 1 miljon kronor var för arbetet mot ensamhet.') },
  { id: 'N4', field: 'year', want: { not: 2026 }, text: press('Stöd till Riksförbundet Hem och Skola', 'Riksförbundet Hem och Skola beviljas nu 3,5 miljoner kronor för 2026–2028 för att sprida arbetet.') },
  // ── a ceiling set aside for a body to give on, "upp till"; never per project
  { id: 'C1', field: 'funding.total', want: 2000000, text: press('Bidrag till kulturarv', 'Samtidigt avsätts upp till 2 miljoner kronor som Riksantikvarieämbetet kan fördela i bidrag till hembygdsföreningar för vård av kulturmiljöer. Uppdraget ska redovisas senast den 1 mars 2027.') },
  { id: 'C2', field: 'reporting.due', want: null, text: press('Bidrag till kulturarv', 'Samtidigt avsätts upp till 2 miljoner kronor som Riksantikvarieämbetet kan fördela i bidrag till hembygdsföreningar för vård av kulturmiljöer. Uppdraget ska redovisas till Regeringskansliet senast den 1 mars 2027.') },
  // ── the year of money set aside now; never a past round
  { id: 'Y1', field: 'year', want: 2025, text: press('Stärkt beredskap i fisket', 'Havs- och vattenmyndigheten får i regleringsbrevet ett uppdrag att ta fram en modell för investeringsstöd till fiskeföretag som vill stärka sin beredskap. För uppdraget är 15 miljoner kronor avsatta under 2025.') },
  { id: 'Y2', field: 'year', want: { not: 2023 }, text: press('Beredskap i fisket', 'För uppdraget har 15 miljoner kronor avsatts under 2023. Havs- och vattenmyndigheten har redovisat arbetet.') },
  // ── the known lost cases of stop 63 (the brief's list)
  // L1: a requisition's closing day and no opening: closes only, never an invented opening
  { id: 'L1', field: 'requisition.closes', want: { re: '2026-10-01' }, text: press('Medel till regionerna för vårdplatser', 'Regeringen ger Socialstyrelsen i uppdrag att betala ut 200 miljoner kronor till regionerna. Varje region får rekvirera sin andel senast den 1 oktober 2026.') },
  { id: 'L1b', field: 'requisition.opens', want: null, text: press('Medel till regionerna för vårdplatser', 'Regeringen ger Socialstyrelsen i uppdrag att betala ut 200 miljoner kronor till regionerna. Varje region får rekvirera sin andel senast den 1 oktober 2026.') },
  // L2: "under åren 2025–2027" as the years the money is used. Left open: the usage rows (cues/requisition.ts USAGE_PERIOD) read a
  // sentence that says the money is used ("får användas", "perioden", "kostnader som uppstår"); a span after the recipients' own
  // activity ("… som erbjuder läxhjälp under åren 2025–2027") states no use of the money, and no row that reads it told the
  // activity's years from the payout's years on dev (2503: "betala ut och redovisa bidragen 2025–2027" is a payout span)
  { id: 'L2', field: 'usage_period.from', want: { re: '2025-01-01' }, run: 'fails', text: press('Stöd till läxhjälp', 'MUCF fördelar 30 miljoner kronor i bidrag till ideella organisationer som erbjuder läxhjälp under åren 2025–2027.') },
  { id: 'L2b', field: 'usage_period.to', want: { re: '2027-12-31' }, run: 'fails', text: press('Stöd till läxhjälp', 'MUCF fördelar 30 miljoner kronor i bidrag till ideella organisationer som erbjuder läxhjälp under åren 2025–2027.') },
  // L3: "Kommunernas andel är N kronor" as a part
  { id: 'L3', field: 'funding.parts.0.amount', want: 120000000, text: press('Medel till kommuner och regioner för psykisk hälsa', 'Regeringen avsätter totalt 300 miljoner kronor för insatser för psykisk hälsa. Kommunernas andel är 120 miljoner kronor och regionernas andel är 180 miljoner kronor.') },
  // L4: a bulleted list of regions' parts
  { id: 'L4', field: 'funding.parts.1.amount', want: 9000000, text: press('Medel till regionerna för ambulanssjukvård', 'Regeringen ger Kammarkollegiet i uppdrag att betala ut 30 miljoner kronor till regionerna enligt följande fördelning:\n\n* Region Norrbotten: 12 000 000 kronor\n* Region Jämtland Härjedalen: 9 000 000 kronor\n* Region Västerbotten: 9 000 000 kronor') },
];

describe('rb86: the decided sum, its year and the known lost cases in government decisions — never a wrong value', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
