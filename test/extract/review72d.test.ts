import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of stop 52's new rows, part d (issue 12, helper review72d): constructed counter-probes aimed at the rows
// h/review71d added or widened (0fe73a0c, 734682c0): summa-for-ar read on a sentence opening "År 2023 …", money-from-the-kommun
// reading "hos" as "från", the denials not-entitled and also-soka-named-others-grant, title how-to-apply-label, funding
// past-sums-heading, and the unless of kan-soka, for-foreningar-som and cap-per-forening. Each probe asks what a careful
// reader would take: `null` none, a value that value, `{ not: v }` anything but v (a miss is fine, the wrong value is not);
// `wrong` names the list item whose presence is the wrong value. A list of types missing a real applicant is a wrong list.

// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.
// `miss`: no wrong value, a right value lost (accepted, said in test/corpus/README.md); `it.fails` keeps it in view too.
type Probe = { id: string; row: string; field: string; want?: Want; text: string; wrong?: string; open?: true; miss?: true };
const T = 'recipients.types';
const F = 'funding.total';
const TI = 'title';
const BODY = '\n\nBidraget får användas till kostnader för verksamheten.';
// Failing on main (a79cf0e7) before any fix: 12 of 32 (9 wrong values, 3 misses: n4 k2 k3).
export const FAILING_ON_MAIN = ['y3', 'y4', 'y5', 'n4', 'a1', 'a2', 'k2', 'k3', 't1', 't2', 't3', 't4'];
const FOR = 'Bidrag till föreningar 2025\n\nBidraget kan sökas av ideella föreningar. Ansök senast 1 mars 2025.\n\n';

export const PROBES: Probe[] = [
  // ── funding summa-for-ar: a sentence opening on a year ─────────────────────────────────────────────────────────────
  { id: 'y1', row: 'summa-for-ar (^år): last year\'s sum beside this year\'s', field: F, want: 4000000,
    text: 'Kulturstöd 2026\n\nIdeella föreningar kan söka stödet. Ansök senast 1 oktober 2025.\n\nÅr 2025 fördelades 3 miljoner kronor. För 2026 finns totalt 4 miljoner kronor att fördela.' + BODY },
  { id: 'y2', row: 'summa-for-ar (^år): a payment made in the grant year', field: F, want: { not: 1200000 },
    text: 'Aktivitetsbidrag 2025\n\nIdeella föreningar kan söka aktivitetsbidrag. Ansök senast 1 mars 2025.\n\nÅr 2025 betalade kommunen ut 1,2 miljoner kronor i lokalbidrag.' + BODY },
  { id: 'y3', row: 'summa-for-ar (^år): a whole sector\'s sum in the grant year', field: F, want: { not: 40000000 },
    text: FOR + 'År 2025 fördelar regionen totalt 40 miljoner kronor till kulturen, varav föreningsbidraget är en mindre del.' + BODY },
  { id: 'y4', row: 'summa-for-ar (^under år): a programme\'s sum of several calls', field: F, want: { not: 15000000 },
    text: FOR + 'Under år 2025 avsätts 15 miljoner kronor till programmet Levande landsbygd, som omfattar flera utlysningar.' + BODY },
  { id: 'y5', row: 'summa-for-ar (^år): a three-year sum', field: F, want: { not: 9000000 },
    text: 'Lovbidrag 2025\n\nIdeella föreningar kan söka lovbidrag. Ansök senast 1 mars 2025.\n\nÅr 2025–2027 fördelas totalt 9 miljoner kronor.' + BODY },
  { id: 'y6', row: 'summa-for-ar (^år): a decision year, the sum is the yearly budget (keep or miss, never another sum)', field: F, want: { not: 50000 },
    text: 'Föreningsbidrag 2025\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.\n\nÅr 2024 beslutade kulturnämnden att 3 miljoner kronor ska fördelas varje år. Förra året fick en förening i snitt 50 000 kronor.' + BODY },
  { id: 'y7', row: 'summa-for-ar (^år): next year\'s sum on a page of this year', field: F, want: 2000000,
    text: 'Lokalbidrag 2025\n\nIdeella föreningar kan söka lokalbidrag. Ansök senast 1 mars 2025.\n\nTotalt fördelas 2 miljoner kronor. År 2026 ökar budgeten till 2,5 miljoner kronor.' + BODY },
  { id: 'y8', row: 'summa-for-ar (^under år): keep, the grant year\'s own sum', field: F, want: 2000000,
    text: FOR + 'Under år 2025 delas 2 miljoner kronor ut till föreningar.' + BODY },
  // ── recipients money-from-the-kommun: "hos" ───────────────────────────────────────────────────────────────────────
  { id: 'm1', row: 'money-from-the-kommun (hos): the kommun applies, "stödet hos kommunen" is its own service', field: T, want: ['kommun'],
    text: 'Statsbidrag för stöd till våldsutsatta 2025\n\nKommuner kan ansöka om bidraget hos Socialstyrelsen. Bidraget ska stärka stödet hos kommunen till våldsutsatta kvinnor. Ansök senast 1 mars 2025.' + BODY },
  { id: 'm2', row: 'money-from-the-kommun (hos): kommuner apply "hos regionen"', field: T, want: ['kommun'],
    text: 'Regionala utvecklingsmedel 2025\n\nKommuner i länet kan söka medel hos regionen för utvecklingsprojekt. Ansök senast 1 mars 2025.' + BODY },
  { id: 'm3', row: 'money-from-the-kommun (hos): units of the kommun apply', field: T, want: { not: ['organisation'] },
    text: 'Kommunens miljöfond 2025\n\nMedlen kan sökas av skolor och förskolor hos kommunen samt av ideella föreningar. Ansök senast 1 mars 2025.' + BODY },
  { id: 'm4', row: 'money-from-the-kommun (hos): "Bidrag finns att söka hos Arvsfonden", advice at the kommun', field: T, wrong: 'kommun',
    text: 'Stöd till föreningar\n\nFöreningar kan få råd om bidrag hos kommunen. Bidrag finns att söka hos Arvsfonden. Ansök senast 1 mars 2025.' + BODY },
  { id: 'm5', row: 'money-from-the-kommun (hos): regions and kommuner apply at an agency', field: T, want: ['kommun', 'region'],
    text: 'Stöd till kollektivtrafik 2025\n\nRegioner och kommuner kan söka stödet hos Trafikverket. Ansök senast 1 mars 2025.' + BODY },
  { id: 'm6', row: 'money-from-the-kommun (hos): the region the applicant, the application lodged "hos regionen"\'s office', field: T, want: ['region'],
    text: 'Statsbidrag till regioner för cancervård 2025\n\nRegionerna kan söka bidraget. Ansökan om stöd hos regionen samordnas av regiondirektören. Ansök senast 1 mars 2025.' + BODY },
  // ── recipients not-entitled and also-soka-named-others-grant ─────────────────────────────────────────────────────────
  { id: 'n1', row: 'not-entitled: a condition on the applicants, not a denial of the type', field: T, want: ['kommun', 'region'],
    text: 'Statsbidrag för ökad tillgänglighet 2025\n\nKommuner och regioner kan söka bidraget. Kommuner som inte har lämnat redovisning för 2024 är inte berättigade till bidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 'n2', row: 'not-entitled: costs not entitled, a list naming the applicants', field: T, want: ['organisation'],
    text: FOR + 'Följande kostnader är inte bidragsberättigade: löner för föreningar, hyra och resor.' + BODY },
  { id: 'n3', row: 'not-entitled: projects not entitled, the applicants named after the colon', field: T, want: ['kommun', 'region'],
    text: 'Klimatstöd 2025\n\nKommuner och regioner kan söka stödet. Projekt som redan har startat är inte stödberättigade: kommuner och regioner måste söka innan projektet börjar. Ansök senast 1 mars 2025.' + BODY },
  { id: 'n4', miss: true, row: 'not-entitled: English "are not eligible" page untouched (keep)', field: T, want: ['organisation'],
    text: 'Community Grants 2025\n\nNon-profit organisations may apply. Applications must be submitted by 1 March 2025. Grants may be used for project costs.' },
  { id: 'a1', open: true, row: 'also-soka-named-others-grant: the page\'s own grant named in an "också söka" sentence', field: T, want: ['kommun', 'organisation'],
    text: 'Kulturrådets arrangörsstöd 2025\n\nKommuner kan söka stödet. Ideella föreningar kan också söka Kulturrådets arrangörsstöd för enskilda projekt. Ansök senast 1 mars 2025.' + BODY },
  { id: 'a2', open: true, row: 'also-soka-named-others-grant: the page\'s own giver\'s grant, a second applicant', field: T, want: ['kommun', 'region'],
    text: 'Socialstyrelsens stimulansmedel för äldreomsorgen 2025\n\nRegioner kan söka medlen. Kommuner kan även söka Socialstyrelsens stimulansmedel i samma e-tjänst. Ansök senast 1 mars 2025.' + BODY },
  { id: 'a3', row: 'also-soka-named-others-grant: the only applicant sentence names the page\'s own fund', field: T, want: { not: [] },
    text: 'Stiftelsens kulturstipendium 2025\n\nFörutom enskilda kan kulturföreningar också söka Stiftelsens kulturstipendium. Ansök senast 1 mars 2025.' + BODY },
  // ── kan-soka, for-foreningar-som, cap-per-forening unless ───────────────────────────────────────────────────────────
  { id: 'k1', row: 'kan-soka unless (ta del av … information): the real applicants in the same sentence', field: T, want: ['kommun'],
    text: 'Statsbidrag för läxhjälp 2025\n\nKommuner kan söka bidraget och ta del av information om villkoren på webbplatsen. Ansök senast 1 mars 2025.' + BODY },
  { id: 'k2', miss: true, row: 'for-foreningar-som unless (finns … särskilda): the grant\'s own rule for associations', field: T, want: ['organisation'],
    text: 'Arrangörsbidrag 2025\n\nFör föreningar som vill arrangera konserter finns särskilda regler i detta bidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 'k3', miss: true, row: 'cap-per-forening unless (avgift): the cap per association on a grant that pays the fee', field: T, want: ['organisation'],
    text: 'Bidrag till deltagaravgifter 2025\n\nBidraget täcker deltagaravgiften med högst 5 000 kronor per förening. Ansök senast 1 mars 2025.' + BODY },
  // ── title how-to-apply-label ─────────────────────────────────────────────────────────────────────────────────────
  { id: 't1', row: 'how-to-apply-label: an e-service line below the label', field: TI, want: { notre: 'E-tjänst' },
    text: 'Så här ansöker du\nE-tjänsten för bidrag\n\nLokalbidrag för föreningar\n\nIdeella föreningar kan söka lokalbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't2', open: true, row: 'how-to-apply-label: a menu of grants below the label', field: TI, want: { notre: 'Bidrag och stöd|^Föreningsbidrag$|Kulturbidrag' },
    text: 'Så här ansöker du\nBidrag och stöd\nFöreningsbidrag\nKulturbidrag\n\nLovbidrag 2025\n\nIdeella föreningar kan söka lovbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't3', row: 'how-to-apply-label: a form link below the label', field: TI, want: { notre: 'pdf|blankett' },
    text: 'Så söker du\nAnsökningsblankett för bidrag (pdf, 120 kB)\n\nAktivitetsbidrag\n\nIdeella föreningar kan söka aktivitetsbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't4', row: 'how-to-apply-label: a related-grant list below the label', field: TI, want: { notre: 'Kulturstipendium|Relaterade' },
    text: 'Så här ansöker du\nRelaterade bidrag\nKulturstipendium\n\nStartbidrag för nya föreningar\n\nNya föreningar kan söka startbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 't5', row: 'how-to-apply-label: another grant named in a sentence line below the label', field: TI, want: { notre: 'Arvsfond' },
    text: 'Innan du söker\nLäs mer om Arvsfondens projektstöd\n\nIdeella föreningar kan söka kommunens projektbidrag. Ansök senast 1 mars 2025.' + BODY },
  // ── funding past-sums-heading ────────────────────────────────────────────────────────────────────────────────────
  { id: 'p1', row: 'past-sums-heading: this year\'s sum line under its own heading below a past list', field: F, want: { not: 1250000 },
    text: FOR + 'Beviljade bidrag 2024\n\nIdrottsföreningen Kopparn 250 000 kr\nKörsällskapet 1 000 000 kr\n\nFördelning 2025\n\nTotalt 3 000 000 kr' },
  { id: 'p2', row: 'past-sums-heading: the budget sentence in a section headed "Beviljade bidrag"', field: F, want: { not: 50000 },
    text: FOR + 'Beviljade bidrag\n\nI år fördelas totalt 3 000 000 kronor. Förra året beviljades en förening i snitt 50 000 kronor.' },
  { id: 'p3', row: 'past-sums-heading: "Utbetalda medel" heading over the payment rule, the total in the list', field: F, want: { not: 250000 },
    text: FOR + 'Utbetalda medel\n\nFörsta delen 250 000 kr\nAndra delen 250 000 kr\nTotalt 500 000 kr' },
  // ── the fixes in other bodies' phrasing (paraphrases, constructed) and the right readings they keep ────────────────
  { id: 'x1', row: 'grant-a-part-of-whole (paraphrase)', field: F, want: { not: 12000000 },
    text: FOR + 'Kommunen avsätter 12 miljoner kronor till föreningslivet under 2025, varav detta bidrag utgör en del.' + BODY },
  { id: 'x2', row: 'grant-a-part-of-whole (paraphrase)', field: F, want: { not: 25000000 },
    text: 'Aktivitetsstöd 2025\n\nIdrottsföreningar kan söka stödet. Ansök senast 1 mars 2025.\n\nUnder 2025 satsar regionen 25 miljoner kronor på idrott, varav aktivitetsstödet är en liten andel.' + BODY },
  { id: 'x3', row: 'grant-a-part-of-whole (keep): a part named after varav', field: F, want: 3000000,
    text: FOR + 'Totalt fördelas 3 miljoner kronor, varav 1 miljon kronor till barn och unga.' + BODY },
  { id: 'x4', row: 'sum-over-several-calls (paraphrase)', field: F, want: { not: 30000000 },
    text: FOR + 'Satsningen på 30 miljoner kronor fördelas genom flera olika utlysningar under 2025.' + BODY },
  { id: 'x5', row: 'sum-over-several-calls (paraphrase)', field: F, want: { not: 8000000 },
    text: FOR + 'Programmet Hållbar stad har 8 miljoner kronor för 2025 och består av ett antal delprogram.' + BODY },
  { id: 'x6', row: 'sum-over-several-calls (keep): several associations, one call', field: F, want: 3000000,
    text: FOR + 'Utlysningen omfattar totalt 3 miljoner kronor och kan sökas av flera föreningar.' + BODY },
  { id: 'x7', row: 'opening-year-span (paraphrase)', field: F, want: { not: 6000000 },
    text: FOR + 'Under åren 2024–2026 avsätter kommunen 6 miljoner kronor till bidraget.' + BODY },
  { id: 'x8', row: 'opening-year-span (paraphrase)', field: F, want: { not: 4000000 },
    text: FOR + 'För åren 2025-2026 finns 4 miljoner kronor att fördela.' + BODY },
  { id: 'x9', row: 'opening-year-span (keep): one opening year', field: F, want: 3000000,
    text: FOR + 'År 2025 fördelas totalt 3 miljoner kronor till föreningarna.' + BODY },
  { id: 'x10', row: 'how-to-apply-aid (paraphrase): a report form\'s link below the label', field: TI, want: { re: 'Kulturbidrag för arrangörer' },
    text: 'Innan du ansöker\nBlankett för redovisning\n\nKulturbidrag för arrangörer\n\nIdeella föreningar kan söka kulturbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 'x11', row: 'how-to-apply-aid (paraphrase): a form file below the label', field: TI, want: { re: 'Hyresbidrag' },
    text: 'Så här ansöker du\nAnsökningsformulär (docx, 40 kB)\n\nHyresbidrag\n\nIdeella föreningar kan söka hyresbidrag. Ansök senast 1 mars 2025.' + BODY },
  { id: 'x12', row: 'how-to-apply-aid (keep): the grant\'s name right below the label', field: TI, want: { re: 'Lokalbidrag för föreningar' },
    text: 'Så här ansöker du\nLokalbidrag för föreningar\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
  { id: 'x13', row: 'how-to-apply-aid (keep): a grant for e-sport associations, no label above', field: TI, want: { re: 'e-sportföreningar' },
    text: 'Bidrag till e-sportföreningar 2025\n\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.' + BODY },
];

describe('review72d: counter-probes of stop 52\'s new recipient, funding and title rows give no wrong value', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`, (p) => (p.open || p.miss ? 'fails' : 'run'));
});
