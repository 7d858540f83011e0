import { describe } from 'vitest';
import { byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// review86b (stop 64): constructed near-miss probes of this stop's funding rows (h/money86, h/rb86) in extract/cues/funding.ts
// and the date-stamp fix of extract/parse/amounts.ts: for each new row, texts where its words appear but the value must be
// another or none (another grant's sum, one project's sum, a maximum per applicant, a cumulative or earlier year's sum, the
// funder's own work, a budget's whole, a question, a negation), and one positive in other words than the row's examples. Every
// text is written for this file. `run: 'fails'` marks a wrong or lost value left open, with the reason beside it.

interface P extends Probe { readonly row: string; readonly run?: ProbeRun }

const page = (head: string, body: string): string => `# ${head}\n\n${body}\n\nKontakta förvaltningen om du har frågor om bidraget.\n`;
const press = (head: string, body: string): string => `# ${head}\n\n– Det här är ett viktigt beslut, säger ansvarig minister.\n\n${body}\n\nRegeringen följer arbetet noga.\n`;

export const PROBES: P[] = [
  // ── att-fordela read in the title heading as the call's pot ('pot'): never one applicant's maximum
  { id: 'H1', row: 'att-fordela title pot', field: 'funding.total', want: { not: 50000 }, text: page('Upp till 50 000 kronor att söka för sommarlovsaktiviteter', 'Föreningar som ordnar aktiviteter för barn under sommarlovet kan söka bidrag. Ansökan görs i e-tjänsten senast den 15 maj 2026.') },
  { id: 'H2', row: 'att-fordela title pot', field: 'funding.total', want: { not: 100000 }, text: page('Högst 100 000 kronor att söka per projekt', 'Kulturnämnden tar emot ansökningar om projektbidrag från ideella föreningar. Sista ansökningsdag är den 1 april 2026.') },
  { id: 'H3', row: 'att-fordela title pot', field: 'funding.total', want: { not: 3000000 }, text: page('Kommunen hade 3 miljoner att fördela i fjol', 'I år är budgeten för föreningsbidrag ännu inte beslutad. Nämnden återkommer under våren.') },
  { id: 'H4', row: 'att-fordela title pot', field: 'funding.total', want: 1500000, text: page('Nu finns 1,5 miljoner kronor att söka för landsbygdens föreningar', 'Bidraget ska stärka föreningslivet utanför tätorterna. Ansök senast den 30 september 2026.') },
  // ── ar-avsatt-att-fordelas's verbs of setting aside with the grant after "i"
  { id: 'A1', row: 'ar-avsatt-att-fordelas', field: 'funding.total', want: 2000000, text: page('Stöd till unga arrangörer', 'Totalt finns 2 miljoner kronor att söka i årets omgång. Av dessa har 400 000 kronor reserverats i bidrag till arrangörer under 26 år.') },
  { id: 'A2', row: 'ar-avsatt-att-fordelas', field: 'funding.total', want: { not: 40000000 }, text: page('Budget för socialnämnden', 'I nämndens budget för 2026 har 40 miljoner kronor avsatts i försörjningsstöd. Nämnden ger också bidrag till ideella organisationer som arbetar mot hemlöshet.') },
  { id: 'A3', row: 'ar-avsatt-att-fordelas', field: 'funding.total', want: { not: 150000 }, text: page('Bidrag till lovaktiviteter', '150 000 kronor är reserverade för handläggning av stödet. Föreningar söker bidrag i e-tjänsten.') },
  { id: 'A4', row: 'ar-avsatt-att-fordelas', field: 'funding.total', want: 60000, text: page('Idrottsstipendium 2026', 'Sammanlagt 60 000 kronor har budgeterats i stipendier för unga idrottare i kommunen. Nominera senast den 1 november 2026.') },
  // ── tillskott-totalt: the new whole after an addition; never a nämnd's whole budget, a question, a sum each
  { id: 'T1', row: 'tillskott-totalt', field: 'funding.total', want: { not: 45000000 }, text: page('Kultur- och fritidsnämndens budget', 'Kommunfullmäktige utökar nämndens ram med 2 miljoner kronor till totalt 45 miljoner kronor för 2026. Av ramen går en del till föreningsbidrag som föreningar söker i e-tjänsten.') },
  { id: 'T2', row: 'tillskott-totalt', field: 'funding.total', want: { not: 700000 }, text: page('Föreningsbidrag', 'Ska kommunen skjuta till 200 000 kronor, totalt 700 000 kronor? Frågan avgörs av kommunstyrelsen i juni.') },
  { id: 'T3', row: 'tillskott-totalt', field: 'funding.total', want: { not: 550000 }, text: page('Höjt driftbidrag', 'Regionen höjer driftbidraget med tio procent till alla föreningar som driver en samlingslokal, till sammanlagt 550 000 kronor för den största lokalen.') },
  { id: 'T4', row: 'tillskott-totalt', field: 'funding.total', want: 650000, text: page('Mer pengar till arrangörsstöd', 'Kulturnämnden har beslutat att öka potten för arrangörsstöd med 150 000 kronor till sammanlagt 650 000 kronor. Ansök senast den 1 mars 2026.') },
  // ── antal-tilldelades-summa (funding.granted): a decision's outcome; never a cumulative sum, an earlier round, a call's history
  { id: 'S1', row: 'antal-tilldelades-summa', field: 'funding.granted', want: null, text: page('Bidrag till kulturarv', 'Sedan starten 2015 har 230 projekt beviljats stöd om sammanlagt 40 miljoner kronor. Nu kan föreningar söka bidrag för 2026. Sista ansökningsdag är den 15 mars 2026.') },
  { id: 'S2', row: 'antal-tilldelades-summa', field: 'funding.granted', want: null, text: page('Projektbidrag 2026', 'Ansök senast den 15 mars 2026. I förra omgången tilldelades 40 projekt en summa på 2 miljoner kronor.') },
  // left open: a call page telling an earlier year's outcome by its number; the row cannot know the page's own year (a report of
  // 2024 says the same sentence rightly), and the finder compares no year for funding.granted
  { id: 'S3', run: 'fails', row: 'antal-tilldelades-summa', field: 'funding.granted', want: null, text: page('Projektbidrag 2026', 'Ansök senast den 15 mars 2026. Under 2024 tilldelades 54 projekt en summa på 9 miljoner kronor.') },
  { id: 'S4', row: 'antal-tilldelades-summa', field: 'funding.granted', want: 640000, text: page('Nämnden har fördelat föreningsbidrag', 'Vid sammanträdet den 3 juni 2026 beviljades 12 föreningar bidrag om totalt 640 000 kronor. Besluten har skickats till föreningarna.') },
  // ── regeringen-beviljade-tilldelar: never the funder's own work, a negation, an earlier year named by its number
  { id: 'R1', row: 'regeringen-beviljade-tilldelar', field: 'funding.total', want: { not: 3000000 }, text: press('Uppdrag om kulturstatistik', 'Regeringen tilldelar Kulturrådet 3 miljoner kronor för myndighetens eget arbete med kulturstatistik. Arbetet ska redovisas senast den 1 mars 2027.') },
  { id: 'R2', row: 'regeringen-beviljade-tilldelar', field: 'funding.total', want: { not: 2000000 }, text: press('Besked om stöd till stiftelsen', 'Regeringen beviljade inte Stiftelsen Kulturarvet de 2 miljoner kronor som stiftelsen ansökt om. Stiftelsen kan söka på nytt nästa år.') },
  { id: 'R3', row: 'regeringen-beviljade-tilldelar granted-or-compared', field: 'funding.total', want: 10000000, text: press('Nytt stöd till kulturarv', 'Regeringen beviljade Stiftelsen Kulturarvet 2 miljoner kronor under 2019 för ett pilotprojekt. Nu har Kulturrådet 10 miljoner kronor att fördela till liknande projekt i hela landet.') },
  { id: 'R4', row: 'regeringen-beviljade-tilldelar', field: 'funding.total', want: 8000000, text: press('Stöd till Röda Korset', 'I dag tilldelar regeringen Röda Korset 8 miljoner kronor för stöd till människor som flytt kriget i Ukraina.') },
  // ── beviljas-nu: never a sum each without "var", one project's sum beside the pot
  { id: 'N1', row: 'beviljas-nu', field: 'funding.total', want: { not: 5000 }, text: press('Stöd till idrottsföreningar', 'Alla föreningar som sökt inom tiden beviljas nu 5 000 kronor för att täcka ökade elkostnader.') },
  { id: 'N2', row: 'beviljas-nu', field: 'funding.total', want: { not: 300000 }, text: page('Beslut om utvecklingsbidrag', 'I årets utlysning fanns totalt 2 miljoner kronor att söka. Ett av projekten, Teater i skogen, beviljas nu 300 000 kronor för en turné i länet.') },
  { id: 'N3', row: 'beviljas-nu', field: 'funding.total', want: 1200000, text: press('Stöd till Fryshuset', 'Stiftelsen Fryshuset beviljas nu 1,2 miljoner kronor för arbetet mot gängkriminalitet bland unga.') },
  // ── avsatta-hogst "upp till": never for each county, never the agency's own costs
  { id: 'C1', row: 'avsatta-hogst', field: 'funding.total', want: { not: 300000 }, text: press('Stöd till vattenvård', 'Regeringen avsätter upp till 300 000 kronor för varje län som Länsstyrelsen kan fördela till lokala vattenvårdsprojekt.') },
  { id: 'C2', row: 'avsatta-hogst', field: 'funding.total', want: { not: 2000000 }, text: press('Uppdrag om kulturmiljöer', 'Regeringen avsätter upp till 2 miljoner kronor för Riksantikvarieämbetets egna kostnader för uppdraget. Uppdraget redovisas senast den 1 mars 2027.') },
  // (lost on main: DISPOSER read an agency named like one only as one capitalised word, not "Havs- och vattenmyndigheten")
  { id: 'C3', row: 'avsatta-hogst', field: 'funding.total', want: 4000000, text: press('Stöd till vattenvård', 'För 2026 avsätts upp till 4 miljoner kronor som Havs- och vattenmyndigheten kan fördela till lokala vattenvårdsprojekt.') },
  // ── kronor-beviljas-avsatta-for-ar (year): never a year of comparison, never the year a project ends
  { id: 'Y1', row: 'kronor-beviljas-avsatta-for-ar', field: 'year', want: { not: 2024 }, text: press('Mer pengar till fritidsgårdar', 'I år beviljas 2 miljoner kronor mer än för 2024 till kommunernas fritidsgårdar.') },
  { id: 'Y2', row: 'kronor-beviljas-avsatta-for-ar', field: 'year', want: { not: 2028 }, text: press('Stöd till Riksförbundet', 'Riksförbundet beviljas 400 000 kronor och projektet ska vara avslutat under 2028.') },
  { id: 'Y3', row: 'kronor-beviljas-avsatta-for-ar', field: 'year', want: 2027, text: press('Stöd till Riksförbundet', 'Riksförbundet Unga Musikanter tilldelas 400 000 kronor för lägerverksamheten under 2027.') },
  // ── fordelas-och's longer list: a part only where the items name recipient groups; a list of last year's parts is none
  { id: 'F1', row: 'fordelas-och', field: 'funding.parts', want: { notre: '5000000' }, text: press('Medel till vården', 'Regeringen avsätter 200 miljoner kronor. Pengarna fördelas efter ansökan: förra året gick 3 miljoner kronor till kommunerna, 5 miljoner kronor till regionerna samt 2 miljoner kronor till SKR.') },
  { id: 'F2', row: 'fordelas-och', field: 'funding.parts', want: { re: '60000000' }, text: press('Medel till vården', 'Regeringen avsätter totalt 200 miljoner kronor. Av anslaget fördelas 100 miljoner kronor till kommunerna, 60 miljoner kronor till regionerna samt 40 miljoner kronor till länsstyrelserna.') },
  // ── gruppens-andel-ar: never a share for administration, a share compared with last year
  { id: 'K1', row: 'gruppens-andel-ar', field: 'funding.parts', want: { notre: '5000000' }, text: press('Medel till lokala insatser', 'Regeringen avsätter 100 miljoner kronor. Länsstyrelsernas andel är 5 miljoner kronor för administration av stödet.') },
  { id: 'K2', row: 'gruppens-andel-ar', field: 'funding.parts', want: { notre: '20000000' }, text: press('Medel till lokala insatser', 'Regeringen avsätter 300 miljoner kronor. Kommunernas andel är 20 miljoner kronor lägre än i fjol.') },
  // left open (lost, not wrong): two shares with "blir" that make up the sum set aside are not kept as parts
  { id: 'K3', run: 'fails', row: 'gruppens-andel-ar', field: 'funding.parts', want: { re: '120000000' }, text: press('Medel till psykiatrin', 'Regeringen avsätter 300 miljoner kronor för 2026. Regionernas andel blir 180 miljoner kronor och kommunernas andel blir 120 miljoner kronor.') },
  // ── amounts: a stamp's clock time before a sum is no thousands group of it
  { id: 'D1', row: 'amounts date stamp', field: 'funding.total', want: { not: 30650000 }, text: page('Bidrag till föreningar', 'Publicerad 2026-03-02 14:30 650 000 kronor finns att söka för föreningar som ordnar lovaktiviteter.') },
  { id: 'D2', row: 'amounts date stamp', field: 'funding.total', want: 650000, text: page('Bidrag till föreningar', 'Publicerad 2026-03-02 650 000 kronor finns att söka för föreningar som ordnar lovaktiviteter.') },
];

describe('review86b: near-miss probes of the stop\'s pot, granted, government and share rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row}: ${p.field}`, byRun, (p, got) => `${p.id} got ${JSON.stringify(got)}`, { asText: true });
});
