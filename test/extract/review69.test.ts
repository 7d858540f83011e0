import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Constructed counter-probes of review69 (issue 12) against the rows of stop 50's other branches (h/year68, h/recip68,
// h/diffb33, h/instr69, h/fund69; main a864a48c → 59ce3b0c) that h/review68 did not probe: each aims one new or widened
// row at a value of another role — another year's, a decision's or a long-term goal's year as the grant year, a window of
// another thing (a summer job, a course) dated by a tied year, a kommun or a partner read as the applicant, a past round's
// day, a per-applicant sum as the total, a payment's or a report's form as the channel. Every text is constructed.
// `want: null` asks for no value; `{ not: x }` only that x is not the value.
//
// 28 probes. On main 59ce3b0c 9 gave a wrong value (before any fix): al2 (aktiviteter-under-lov-ar: a year one cannot
// apply for), nf1 (nytt-for-ar-ar-att: next year's news), ms1 (mojlighet-att-soka-ar: another grant's year), bb2
// (beslut-om-beviljande-manad-ar: a decision on next year's money), hm1 (for-ar-ar-huvudmalet: a plan's long-term goal),
// su1 (soka-under-ar: a later year's rule), ty1 (TIED_YEAR: a summer job's window), ty3 (TIED_YEAR: a payment day),
// oa1 (open-for-applications-until: a course's window beat the grant's 'Ansök senast'). tu1 gives no closing day on
// main (the two 'utgår' days conflict): a miss, not a wrong value.

type Probe = { id: string; row: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // cues/year.ts aktiviteter-under-lov-ar
  { id: 'al1', row: 'aktiviteter-under-lov-ar', field: 'year', want: { not: 2023 },
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag. Ansök senast den 1 maj.\nRedovisning av medlen för aktiviteter under sommarlovet 2023 ska lämnas in av alla som fick bidrag.' + BODY },
  { id: 'al2', row: 'aktiviteter-under-lov-ar', field: 'year', want: { not: 2026 },
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag. Ansök senast den 1 maj.\nDet går inte att söka bidrag för aktiviteter under 2026 i den här omgången.' + BODY },
  // cues/year.ts nytt-for-ar-ar-att
  { id: 'nf1', row: 'nytt-for-ar-ar-att', field: 'year', want: { not: 2027 },
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag. Ansök senast den 1 mars.\nInför nästa år: nytt för 2027 är att bidraget söks i den nya e-tjänsten.' + BODY },
  // cues/year.ts mojlighet-att-soka-ar
  { id: 'ms1', row: 'mojlighet-att-soka-ar', field: 'year', want: { not: 2026 },
    text: 'Kulturbidrag\nFöreningar kan söka kulturbidrag. Ansök senast den 1 mars.\nUnder 2026 har föreningarna även möjlighet att söka det nya investeringsstödet, som ersätter lokalbidraget.' + BODY },
  // cues/year.ts delar-ut-under-ar
  { id: 'du1', row: 'delar-ut-under-ar', field: 'year', want: { not: 2026 },
    text: 'Kulturbidrag\nFöreningar kan söka kulturbidrag. Ansök senast den 1 mars.\nKulturnämnden delar även ut ett kulturpris under 2026.' + BODY },
  { id: 'du2', row: 'delar-ut-under-ar', field: 'year', want: { not: 2024 },
    text: 'Projektbidrag\nFöreningar kan söka projektbidrag. Ansök senast den 1 mars.\nStiftelsen beviljar bara fortsättningsbidrag till redan beviljade projekt under 2024.' + BODY },
  // cues/year.ts beslut-om-beviljande-manad-ar (instr69)
  { id: 'bb1', row: 'beslut-om-beviljande-manad-ar', field: 'year', want: { not: 2025 },
    text: 'Verksamhetsbidrag\nFöreningar kan söka verksamhetsbidrag. Ansök senast den 15 mars.\nStyrelsen beslutar om bidrag i maj 2025 för verksamhetsåret 2026.' + BODY },
  { id: 'bb2', row: 'beslut-om-beviljande-manad-ar', field: 'year', want: { not: 2024 },
    text: 'Verksamhetsbidrag\nFöreningar kan söka verksamhetsbidrag. Ansök senast den 15 mars.\nBeslut om bidrag fattas i april 2024 för nästa års verksamhet.' + BODY },
  // cues/year.ts for-ar-ar-huvudmalet (instr69)
  { id: 'hm1', row: 'for-ar-ar-huvudmalet', field: 'year', want: { not: 2030 },
    text: 'Folkhälsomedel\nFöreningar kan söka folkhälsomedel. Ansök senast den 1 mars.\nFör 2030 är huvudmålet i kommunens folkhälsoplan att alla barn ska kunna simma.' + BODY },
  // cues/year.ts soka-under-ar widened
  { id: 'su1', row: 'soka-under-ar', field: 'year', want: { not: 2027 },
    text: 'Lokalbidrag\nFöreningar kan söka lokalbidrag. Ansök senast den 1 mars.\nFrån och med 2027 gäller nya regler. Under 2027 kan en förening beviljas högst ett bidrag.' + BODY },
  // cues/year.ts ansokan-infor widened ("söka bidrag inför 2025")
  { id: 'ai1', row: 'ansokan-infor-ar', field: 'year', want: { not: 2024 },
    text: 'Kulturbidrag\nFöreningar kan söka kulturbidrag för 2025. Ansök senast den 1 mars.\nTidigare kunde föreningar söka bidrag inför 2024 på papper.' + BODY },
  // cues/dates.ts TIED_YEAR / fields/requisition.ts tiedYearWindow
  { id: 'ty1', row: 'tied-year under-ar + tied-range-after-ansokan-mellan', field: 'requisition.closes', want: null,
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag för sin verksamhet.\nUnder 2025 går det att söka plats i kommunens feriepraktik mellan 1 mars och 15 april.' + BODY },
  { id: 'ty2', row: 'tied-year season + tied-senast-day', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nFöreningar kan söka bidrag för aktiviteter under sommarlovet 2025 och beslut meddelas senast den 15 juni.' + BODY },
  { id: 'ty3', row: 'tied-year under-ar + tied-senast-day', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nUnder 2025 kan föreningar som fått bidrag söka om förlängning, och kommunen betalar ut medlen senast den 30 juni.' + BODY },
  { id: 'ty4', row: 'tied-year under-ar + tied-range-after-ansokan-kan-goras', field: 'requisition.opens', want: null,
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag.\nUnder 2025 kan ansökan om lokal för lovaktiviteter göras 1 april – 30 april hos fritidsgården.' + BODY },
  // cues/dates.ts fram-till-gar-det-att-soka widened to the past (diffb33)
  { id: 'ft1', row: 'fram-till-gar-det-att-soka past', field: 'requisition.closes', want: '2024-03-01',
    text: 'Fiskevårdsbidrag\nFram till den 31 januari 2023 var det möjligt att söka det gamla fiskevårdsbidraget. Nu söker du det nya stödet senast den 1 mars 2024.' + BODY },
  // cues/dates.ts tiden-utgar (fund69)
  { id: 'tu1', row: 'tiden-utgar', field: 'requisition.closes', want: { not: '2025-12-31' },
    text: 'Understöd för hembygdsarbete\nFöreningar kan söka understöd. Ansökningstiden utgår den 15 mars 2025.\nBeviljat understöd ska rekvireras. Rekvisitionstiden utgår den 31 december 2025.' + BODY },
  // cues/dates.ts open-for-applications-until (fund69)
  { id: 'oa1', row: 'open-for-applications-until', field: 'requisition.closes', want: '2025-03-01',
    text: 'Utbildningsstöd\nFöreningar kan söka stöd för ledarutbildning. Ansök senast den 1 mars 2025.\nLedarkursen är öppen för ansökningar till och med den 15 april 2025.' + BODY },
  // cues/funding.ts total-summa-att-fordela (fund69)
  { id: 'ts1', row: 'total-summa-att-fordela', field: 'funding.total', want: null,
    text: 'Projektstöd\nFöreningar kan söka projektstöd. Ansök senast den 1 mars 2025.\nDen totala summan att söka är högst 50 000 kronor.' + BODY },
  { id: 'ts2', row: 'total-summa-att-fordela', field: 'funding.total', want: null,
    text: 'Projektstöd\nFöreningar kan söka projektstöd. Ansök senast den 1 mars 2025.\nTotalt belopp att söka är 30 000 kronor, inklusive moms.' + BODY },
  // fields/recipients.ts subjectTypes (recip68)
  { id: 'rs1', row: 'subject-kan-soka', field: 'recipients.types', want: ['kommun'],
    text: 'Statsbidrag för fritidsaktiviteter\nKommuner kan söka statsbidraget. Ansök senast den 1 mars 2025.\nFöreningar kan sedan söka medel hos sin kommun.' + BODY },
  { id: 'rs2', row: 'subject-kan-soka', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nIdeella föreningar kan söka bidraget. Ansök senast den 1 mars 2025.\nKommunen kan i sin tur söka medel från Boverket för att rusta upp samlingslokaler.' + BODY },
  { id: 'rs3', row: 'riktar-sig-till-object', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nIdeella föreningar kan söka bidraget. Ansök senast den 1 mars 2025.\nInformationsträffen den 10 februari riktar sig till kommuner och regioner som vill samverka.' + BODY },
  { id: 'rs4', row: 'partner-in-samverkan', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nIdeella föreningar kan söka bidraget i samverkan med kommunen. Ansök senast den 1 mars 2025.' + BODY },
  { id: 'rs5', row: 'nu-kan-subject-soka', field: 'recipients.types', want: ['organisation'],
    text: 'Integrationsbidrag\nFöreningar kan söka bidraget. Ansök senast den 1 mars 2025.\nDärför kan även kommunens nyanlända söka plats i föreningarnas aktiviteter.' + BODY },
  { id: 'rs6', row: 'kan-beviljas-at', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nIdeella föreningar kan söka bidraget. Ansök senast den 1 mars 2025.\nBidraget kan beviljas till föreningar som samarbetar med kommuner och regioner.' + BODY },
  // cues/requisition.ts channel (diffb33): mejlas till, E-tjänsten
  { id: 'ch1', row: 'mejlas-till channel', field: 'requisition.channel', want: { notre: 'redovisning@' },
    text: 'Projektbidrag\nFöreningar kan söka projektbidrag i kommunens e-tjänst senast den 1 mars 2025.\nRedovisning\nBlanketten mejlas till redovisning@kommun.se när projektet är klart.' + BODY },
  { id: 'ch2', row: 'E-tjänsten channel', field: 'requisition.channel', want: { notre: '[Ee]-tjänst' },
    text: 'Projektbidrag\nFöreningar kan söka projektbidrag på blankett senast den 1 mars 2025.\nSlutredovisningen görs i E-tjänsten för redovisning.' + BODY },
  // after the fixes: for each fixed row, two paraphrases of the wrong shape in another body's phrasing, and the batch's own
  // reading kept (constructed)
  { id: 'al2b', row: 'aktiviteter-under-lov-ar', field: 'year', want: { not: 2027 },
    text: 'Lovstöd\nStudieförbund kan söka lovstöd. Ansök senast den 15 april.\nBidrag ges inte för aktiviteter under 2027.' + BODY },
  { id: 'al2k', row: 'aktiviteter-under-lov-ar keeps', field: 'year', want: 2025,
    text: 'Lovstöd\nStudieförbund kan söka medel för aktiviteter under sommarlovet 2025. Ansök senast den 15 april.' + BODY },
  { id: 'nf1b', row: 'nytt-for-ar-ar-att', field: 'year', want: { not: 2026 },
    text: 'Arrangörsstöd\nArrangörer kan söka stöd. Ansök senast den 1 oktober.\nNytt för 2026 är att stödet även kan sökas av studieförbund, inför kommande år.' + BODY },
  { id: 'nf1k', row: 'nytt-for-ar-ar-att keeps', field: 'year', want: 2025,
    text: 'Arrangörsstöd\nArrangörer kan söka stöd. Ansök senast den 1 oktober.\nNytt för 2025 är att ansökan görs i e-tjänsten.' + BODY },
  { id: 'ms1b', row: 'mojlighet-att-soka-ar', field: 'year', want: { not: 2025 },
    text: 'Hyresbidrag\nFöreningar kan söka hyresbidrag. Ansök senast den 1 mars.\nUnder 2025 har föreningar också möjlighet att söka det nya driftstödet hos regionen.' + BODY },
  { id: 'ms1k', row: 'mojlighet-att-soka-ar keeps', field: 'year', want: 2025,
    text: 'Hyresbidrag\nUnder 2025 har föreningar i kommunen möjlighet att ansöka om hyresbidrag. Ansök senast den 1 mars.' + BODY },
  { id: 'bb2b', row: 'beslut-om-beviljande-manad-ar', field: 'year', want: { not: 2025 },
    text: 'Driftbidrag\nFöreningar kan söka driftbidrag. Ansök senast den 1 mars.\nStiftelsens styrelse beslutar om bidrag i juni 2025 för kommande verksamhetsår.' + BODY },
  { id: 'bb2k', row: 'beslut-om-beviljande-manad-ar keeps', field: 'year', want: 2025,
    text: 'Driftbidrag\nFöreningar kan söka driftbidrag. Ansök senast den 1 mars.\nStyrelsen för förbundet beslutar om beviljandet av bidrag i maj 2025.' + BODY },
  { id: 'hm1b', row: 'for-ar-ar-huvudmalet', field: 'year', want: { not: 2035 },
    text: 'Miljöbidrag\nFöreningar kan söka miljöbidrag. Ansök senast den 1 mars.\nFör 2035 är huvudmålet i regionens klimatstrategi fossilfria transporter.' + BODY },
  { id: 'hm1k', row: 'for-ar-ar-huvudmalet keeps', field: 'year', want: 2024,
    text: 'Folkhälsomedel\nFöreningar kan söka folkhälsomedel. Ansök senast den 1 mars.\nFör år 2024 är prioriteringen barn och ungas psykiska hälsa.' + BODY },
  { id: 'ty1b', row: 'tied-year under-ar', field: 'requisition.closes', want: null,
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag för sin verksamhet.\nUnder 2025 kan ungdomar söka sommarjobb mellan 1 februari och 31 mars.' + BODY },
  { id: 'ty1k', row: 'tied-year under-ar keeps', field: 'requisition.closes', want: '2025-03-15',
    text: 'Föreningsbidrag\nUnder 2025 kan föreningar söka bidrag mellan 1 februari och 15 mars.' + BODY },
  { id: 'ty3b', row: 'tied-senast-day', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nFöreningar kan söka bidrag för aktiviteter under höstlovet 2025 och besked lämnas senast den 20 september.' + BODY },
  { id: 'oa1b', row: 'open-for-applications-until', field: 'requisition.closes', want: '2025-02-15',
    text: 'Lägerbidrag\nFöreningar kan söka lägerbidrag senast den 15 februari 2025.\nSommarlägret är öppet för ansökningar till den 30 april 2025.' + BODY },
  { id: 'oa1k', row: 'open-for-applications-until keeps', field: 'requisition.closes', want: '2025-03-15',
    text: 'Stiftelsens bidrag\nFonden är öppen för ansökningar till och med den 15 mars 2025.' + BODY },
];

// su1 left open: 'Under 2027 kan en förening beviljas …' is year68's own shape (dev 'Under 2018 kan en förening beviljas');
// the sentence alone cannot tell a later year's rule from the page's year
const LEFT_OPEN = new Set<string>(['su1']);

describe('review69: constructed counter-probes of stop 50\'s other rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, (p) => (LEFT_OPEN.has(p.id) ? 'skip' : 'run'), (p) => p.id);
});
