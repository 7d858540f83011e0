import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review (issue 12, review75c) of stop 54's first-wave rows from h/fresh75a: the use leads bidrag-kan-sokas-for-kolon
// and kan-komma-ifraga-for, the excluded rows for-x-beviljas-inte and kommer-inte-att-lamna (widened to the passive), the USE_RULES
// pengarna-far-anvandas / mottagaren-far-anvanda (widened to compound money nouns and "täcka kostnader för"), bidrag-ges-for
// (widened to stipends), the underlag row ber-er-bifoga and the dates row word-oppnas (widened to "ansökningsomgången … öppnas").
// Constructed pages in realistic Swedish. `wrong`: a value of another role that no item may contain; `has`: a keep-probe, the
// row's own right reading in another body's phrasing; `want`: a field's value. `open`: left open (test/corpus/README.md).

type Probe = { id: string; row: string; field: string; want: Want; text: string; wrong?: string; has?: string; open?: true };
const KO = 'Bidrag till föreningar\n\nEkby kommun ger bidrag till ideella föreningar i kommunen. Ansök senast den 1 mars 2026.\n\n';
const ST = 'Ekby stipendiefond\n\nStiftelsen delar ut stipendier till studerande från Ekby. Ansök senast den 15 april 2026.\n\n';
const PU = 'permitted_uses';
const EX = 'excluded_uses';
const EV = 'evidence_documents';
const OP = 'requisition.opens';

export const PROBES: Probe[] = [
  // ── bidrag-kan-sokas-for-kolon: a list of who, or of periods, after the bare lead ─────────────────────────────────────
  { id: 'L1', row: 'bidrag-kan-sokas-for-kolon: a list of applicants', field: PU, want: null, wrong: 'studieförbund',
    text: KO + 'Vem kan söka?\n\nBidrag kan sökas för:\n\n- ideella föreningar\n- studieförbund\n- pensionärsorganisationer\n' },
  { id: 'L2', row: 'bidrag-kan-sokas-for-kolon: a list of periods', field: PU, want: null, wrong: 'vårterminen',
    text: KO + 'Bidragsperioder\n\nStöd kan sökas för:\n\n- vårterminen 2026\n- höstterminen 2026\n' },
  { id: 'L3', row: 'bidrag-kan-sokas-for-kolon: a list of durations', field: PU, want: null, wrong: 'ett år i taget',
    text: KO + 'Medel kan sökas för:\n\n- ett år i taget\n- högst tre år i följd\n' },
  { id: 'L4', row: 'bidrag-kan-sokas-for-kolon (keep): a länsstyrelse\'s kulturmiljö list', field: PU, want: null, has: 'fornlämningar',
    text: 'Kulturmiljöbidrag\n\nLänsstyrelsen fördelar bidrag till vård av kulturmiljöer. Ansök senast den 1 februari 2026.\n\nKulturmiljöbidrag kan sökas för:\n\n- vård av fornlämningar\n- information om kulturmiljöer\n' },
  { id: 'L5', row: 'bidrag-kan-sokas-for-kolon (keep): "får sökas för exempelvis:"', field: PU, want: null, has: 'ljudteknik',
    text: KO + 'Arrangörsstöd\n\nArrangörsstödet får sökas för exempelvis:\n\n- hyra av ljudteknik\n- artistarvoden\n' },
  // ── kan-komma-ifraga-for: about who or where, not what ───────────────────────────────────────────────────────────────
  { id: 'C1', row: 'kan-komma-ifraga-for: a list of kommuner', field: PU, want: null, wrong: 'Ekby',
    text: KO + 'Var?\n\nBidrag kan komma i fråga för projekt i någon av följande kommuner:\n\n- Ekby\n- Åby\n- Norrby\n' },
  { id: 'C2', row: 'kan-komma-ifraga-for: a person\'s eligibility (groups of persons)', field: PU, want: null, wrong: 'nyanlända',
    text: KO + 'Målgrupp\n\nPersoner kan komma ifråga för insatser om de tillhör någon av följande grupper:\n\n- nyanlända\n- långtidsarbetslösa\n' },
  { id: 'C3', row: 'kan-komma-ifraga-for: a list of periods', field: PU, want: null, wrong: '2026-01-01',
    text: KO + 'Stöd kan komma i fråga för kostnader som uppstått under någon av perioderna:\n\n- 2026-01-01 till 2026-06-30\n- 2026-07-01 till 2026-12-31\n' },
  { id: 'C4', row: 'kan-komma-ifraga-for (keep): "för åtgärder som avser:"', field: PU, want: null, has: 'våtmarker',
    text: 'Naturvårdsstöd\n\nLänsstyrelsen ger stöd till lokala naturvårdsprojekt. Ansök senast den 1 mars 2026.\n\nStöd kan komma i fråga för åtgärder som avser:\n\n- restaurering av våtmarker\n- skötsel av ängar\n' },
  // ── for-x-beviljas-inte: a late/incomplete application or a person fronted ──────────────────────────────────────────
  { id: 'X1', row: 'for-x-beviljas-inte: an incomplete application fronted', field: EX, want: null, wrong: 'ofullständiga',
    text: ST + 'För ofullständiga ansökningar beviljas inte stipendium.\n' },
  { id: 'X2', row: 'for-x-beviljas-inte: a person fronted ("tidigare stipendiater")', field: EX, want: null, wrong: 'stipendiater',
    text: ST + 'För tidigare stipendiater beviljas inte stipendium.\n' },
  { id: 'X3', row: 'for-x-beviljas-inte: a period fronted ("andra halvåret")', field: EX, want: null, wrong: 'halvåret',
    text: KO + 'För andra halvåret beviljas inga bidrag.\n' },
  { id: 'X4', row: 'for-x-beviljas-inte: applicants fronted ("enskilda företagare")', field: EX, want: null, wrong: 'företagare',
    text: KO + 'Till enskilda företagare lämnas inget stöd.\n' },
  { id: 'X5', row: 'for-x-beviljas-inte: a named förening (a decision)', field: EX, want: null, wrong: 'Ekby IF',
    text: KO + 'Till Ekby IF beviljas inget bidrag i år.\n' },
  { id: 'X6', row: 'for-x-beviljas-inte (keep): "Till inköp av alkohol ges inte bidrag."', field: EX, want: null, has: 'alkohol',
    text: KO + 'Till inköp av alkohol ges inte bidrag.\n' },
  { id: 'X7', row: 'for-x-beviljas-inte (keep): a stipend\'s barred travel', field: EX, want: null, has: 'Norden',
    text: ST + 'För resor utanför Norden beviljas inte stipendium.\n' },
  // ── kommer-inte-att-lamna (passive): a count, a period, a named applicant ─────────────────────────────────────────
  { id: 'P1', row: 'kommer-inte-att-lamna (passive): a count ("fler projekt") of a closed round', field: EX, want: null, wrong: 'fler projekt',
    text: KO + 'Medlen för 2026 är slut. Stöd kommer inte att ges till fler projekt i år.\n' },
  { id: 'P2', row: 'kommer-inte-att-lamna (passive): a period', field: EX, want: null, wrong: 'perioden',
    text: KO + 'Stöd kommer inte att lämnas för perioden efter den 31 december 2026.\n' },
  { id: 'P3', row: 'kommer-inte-att-lamna (passive): a named förening', field: EX, want: null, wrong: 'Ekby IF',
    text: KO + 'Bidrag kommer inte att beviljas till Ekby IF eftersom föreningen inte har lämnat någon redovisning.\n' },
  { id: 'P4', row: 'kommer-inte-att-lamna (keep): the passive\'s barred purchase', field: EX, want: null, has: 'fordon',
    text: KO + 'Bidrag kommer inte att beviljas för köp av fordon.\n' },
  // ── pengarna-far-anvandas / mottagaren-far-anvanda: compounds that name other money ──────────────────────────────────
  { id: 'U1', row: 'pengarna-far-anvandas: the kommun\'s tax money', field: PU, want: null, wrong: 'vård och omsorg',
    text: KO + 'Om kommunens budget\n\nSkattepengarna ska användas till skola, vård och omsorg i första hand.\n' },
  { id: 'U2', row: 'pengarna-far-anvandas: the school voucher on another page part', field: PU, want: null, wrong: 'elevhälsa',
    text: KO + 'Skolpengen ska användas till undervisning och elevhälsa.\n' },
  { id: 'U3', row: 'pengarna-far-anvandas (täcka kostnader): the applicant\'s own money', field: PU, want: null, wrong: 'löner',
    text: KO + 'Föreningens egna pengar ska täcka kostnader för löner och administration.\n' },
  { id: 'U4', row: 'mottagaren-far-anvanda: a social benefit ("barnbidraget")', field: PU, want: null, wrong: 'medlemsavgiften',
    text: KO + 'Familjer kan använda barnbidraget till att betala medlemsavgiften.\n' },
  { id: 'U5', row: 'mottagaren-far-anvanda: a study allowance ("studiebidraget")', field: PU, want: null, wrong: 'kursavgiften',
    text: ST + 'Du kan använda studiebidraget för att betala kursavgiften.\n' },
  { id: 'U6', row: 'pengarna-far-anvandas (keep): a village grant\'s costs', field: PU, want: null, has: 'porto',
    text: 'Byapeng\n\nKommunen ger byapeng till byalag. Ansök senast den 1 mars 2026.\n\nByapengen kan täcka kostnader för porto, kopiering och hyra av lokal.\n' },
  { id: 'U7', row: 'mottagaren-far-anvanda (keep): "kan använda aktivitetsbidraget till"', field: PU, want: null, has: 'ledarutbildning',
    text: KO + 'Föreningen kan använda aktivitetsbidraget till ledarutbildning.\n' },
  // ── bidrag-ges-for (stipends): a cap as the use ──────────────────────────────────────────────────────────────────────
  { id: 'S1', row: 'bidrag-ges-for (stipend): a cap after "kostnader"', field: PU, want: null, wrong: '20 000',
    text: ST + 'Stipendium ges för kostnader upp till 20 000 kronor per person.\n' },
  { id: 'S2', row: 'bidrag-ges-for (keep): "Stipendier kan ges för resekostnader"', field: PU, want: null, has: 'resekostnader',
    text: ST + 'Stipendier kan ges för resekostnader vid studier utomlands.\n' },
  // ── ber-er-bifoga: a report, an appeal, a change of details ──────────────────────────────────────────────────────────
  { id: 'B1', row: 'ber-er-bifoga: the final report\'s receipts', field: EV, want: null, wrong: 'kvitton',
    text: KO + 'Redovisning\n\nNär projektet är avslutat ber vi att ni bifogar kvitton till slutrapporten.\n' },
  { id: 'B2', row: 'ber-er-bifoga: an appeal', field: EV, want: null, wrong: 'kopia',
    text: KO + 'Överklaga\n\nOm du vill överklaga beslutet ber vi att du bifogar en kopia av beslutet.\n' },
  { id: 'B3', row: 'ber-er-bifoga: a change of contact details', field: EV, want: null, wrong: 'styrelselista',
    text: KO + 'Ändrade uppgifter\n\nVid byte av kontaktperson ber vi er skicka med föreningens nya styrelselista.\n' },
  { id: 'B4', row: 'ber-er-bifoga (keep): a budget and a time plan', field: EV, want: null, has: 'budget',
    text: KO + 'Till ansökan ber vi att ni bifogar en budget och en tidsplan.\n' },
  { id: 'B5', row: 'ber-er-bifoga (keep): "vi vill att sökande bifogar"', field: EV, want: null, has: 'intyg',
    text: ST + 'Vi vill att sökande bifogar ett intyg från skolan.\n' },
  // ── word-oppnas (ansökningsomgången … öppnas): another grant, a report round ──────────────────────────────────────────
  { id: 'O1', row: 'word-oppnas: another grant\'s round on the same page', field: OP, want: { not: '2026-09-01' },
    text: 'Föreningsbidrag\n\nEkby kommun ger föreningsbidrag till ideella föreningar. Ansök senast den 1 mars 2026.\n\nAnsökningsomgången för lokalbidrag öppnas den 1 september 2026.\n' },
  { id: 'O2', row: 'word-oppnas: a round of final reports', field: OP, want: { not: '2026-12-01' },
    text: KO + 'Ansökningsomgången för slutrapporter öppnas den 1 december 2026.\n' },
  { id: 'O3', row: 'word-oppnas: the next round, a past round told in the text', field: OP, want: { not: '2025-02-01' },
    text: KO + 'Ansökningstiden för 2025 öppnas den 1 februari 2025 och stängde den 1 mars 2025. Nästa omgång kommer i höst.\n' },
  { id: 'O4', row: 'word-oppnas (keep): "Ansökningsomgången för kulturstöd öppnas den"', field: OP, want: '2026-03-01',
    text: 'Kulturstöd 2026\n\nRegionen ger kulturstöd till kulturaktörer i länet.\n\nAnsökningsomgången för kulturstöd öppnas den 1 mars 2026 och stänger den 15 april 2026.\n' },
  { id: 'O5', row: 'word-oppnas (keep): "i fråga om" a round', field: OP, want: '2026-01-15',
    text: 'Integrationsstöd\n\nKommuner kan söka integrationsstöd.\n\nDen nya ansökningsomgången i fråga om integrationsstöd öppnas den 15 januari 2026 och stänger den 28 februari 2026.\n' },
];

describe('review75c: counter-probes of fresh75a\'s list and date rows give no wrong value and keep their right readings', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
