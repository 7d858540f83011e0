import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Stop 54, issue 12 (helper review75a): an adversarial review of h/rich75a's rows — requisition.PAYMENT_SENTENCE
// utbetalas-satt, USAGE_YEAR anvandas-under-ar (widened), far-anvanda-belopp-under-ar, ej-forbrukat-under-ar-aterbetalas and
// the usage-year guards now read in fields/requisition.ts usageIn. Counter-probes (`c`): the same words with another role — a
// salary, a kommun's own payout to its föreningar, a refund of moms, another benefit paid to participants, a fee, another
// grant's section, a decision's manner; another agency's evaluation money, a multi-year sum told year by year, last year's
// money repaid on this year's page. Keep-probes (`k`): the rows' own right reading in other bodies' phrasing. Constructed texts.

type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: string };

/** A regeringsbeslut's frame: a grant to regions with its report day, and no other payment or period. */
const beslut = (s: string): string =>
  `# Uppdrag att betala ut medel till regionerna för arbete med psykisk hälsa\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 60 000 000 kronor till regionerna för arbete med psykisk hälsa bland barn och unga.\n\n${s}\n\nRegionerna ska senast den 31 mars 2027 lämna en ekonomisk redovisning till Kammarkollegiet.\n`;

/** A kommun's grant page: an organisation grant with its deadline. */
const sida = (s: string): string =>
  `Bidrag till föreningar för sommaraktiviteter\n\nFöreningar i kommunen kan söka bidrag för aktiviteter för barn och unga under sommarlovet.\n\nSista dag att ansöka är den 15 april 2026.\n\n${s}\n\nKontakta kultur- och fritidsförvaltningen om du har frågor.\n`;

/** An agency's statsbidrag page to kommuner, which pass money on to local föreningar. */
const myndighet = (s: string): string =>
  `# Statsbidrag till kommuner för föreningsdriven fritidsverksamhet 2026\n\nSocialstyrelsen fördelar statsbidrag till kommuner som vill stärka fritidsverksamhet för barn och unga. Kommunen kan rekvirera medel senast den 1 mars 2026.\n\n${s}\n\nKontakta Socialstyrelsen om du har frågor.\n`;

export const PROBES: Probe[] = [
  // requisition.PAYMENT_SENTENCE utbetalas-satt: another money's payout read as the grant's payment mode
  { id: 'c1', row: 'utbetalas-satt counter: a salary paid "löpande"', field: 'payment', want: null,
    text: sida('Bidraget får användas till lönekostnader för ledare. Lön till anställda ledare utbetalas löpande av föreningen enligt kollektivavtal.') },
  { id: 'c2', row: 'utbetalas-satt counter: the kommun\'s own payout to its föreningar "i förskott"', field: 'payment', want: null,
    text: myndighet('Kommunen bestämmer själv hur medlen fördelas. Det stöd som kommunen i sin tur ger till lokala föreningar utbetalas i förskott enligt kommunens egna regler.') },
  { id: 'c3', row: 'utbetalas-satt counter: a refund of moms "i efterskott" by Skatteverket', field: 'payment', want: null,
    text: sida('Bidraget får inte användas till moms som föreningen kan dra av. Ersättning för ingående moms utbetalas i efterskott av Skatteverket.') },
  { id: 'c4', row: 'utbetalas-satt counter: another benefit paid to participants ("aktivitetsstöd … utbetalas i efterskott")', field: 'payment', want: null,
    text: beslut('Deltagare i insatserna kan få aktivitetsstöd från Försäkringskassan som utbetalas i efterskott.') },
  { id: 'c5', row: 'utbetalas-satt counter: a fee to the board ("Arvode … utbetalas vid ett tillfälle per år")', field: 'payment', want: null,
    text: sida('Bidraget får inte användas till arvoden. Arvode till föreningens styrelse utbetalas vid ett tillfälle per år och bekostas av föreningen själv.') },
  { id: 'c6', row: 'utbetalas-satt counter: the kommun paying on ("Kommunen utbetalar … som ett engångsbelopp till varje förening")', field: 'payment', want: null,
    text: myndighet('Kommunen utbetalar därefter ett stöd till varje förening som ett engångsbelopp.') },
  { id: 'c7', row: 'utbetalas-satt counter: the manner of the decisions ("utbetalas efter beslut som fattas löpande")', field: 'payment', want: null,
    text: sida('Beviljade medel utbetalas efter beslut som fattas löpande under våren.') },
  { id: 'c8', row: 'utbetalas-satt counter: a wage subsidy from Arbetsförmedlingen ("Lönebidraget betalas ut i efterskott")', field: 'payment', want: null,
    text: sida('Föreningar som har anställda med lönebidrag ska ange det i ansökan. Lönebidraget betalas ut i efterskott av Arbetsförmedlingen.') },
  { id: 'c17', row: 'utbetalas-satt counter: a salary stated as a sum ("Lön på 25 000 kronor utbetalas löpande")', field: 'payment', want: null,
    text: sida('Bidraget får användas till en projektledare. Lön på 25 000 kronor utbetalas löpande varje månad till projektledaren.') },
  { id: 'k1b', row: 'utbetalas-satt keep: a share as the subject ("Högst 50 procent av beviljat bidrag kan utbetalas i förskott")', field: 'payment', want: { re: 'förskott' },
    text: sida('Högst 50 procent av beviljat bidrag kan utbetalas i förskott.') },
  { id: 'k1', row: 'utbetalas-satt keep: "Bidraget utbetalas i två delbelopp"', field: 'payment', want: { re: 'delbelopp' },
    text: sida('Bidraget utbetalas i två delbelopp, hälften vid beslut och resten efter godkänd redovisning.') },
  { id: 'k2', row: 'utbetalas-satt keep: "Statsbidraget utbetalas engångsvis till kommunerna"', field: 'payment', want: { re: 'engångsvis' },
    text: myndighet('Statsbidraget utbetalas engångsvis till kommunerna efter att rekvisitionen har godkänts.') },
  { id: 'k3', row: 'utbetalas-satt keep: "Stödet betalas ut i efterskott mot redovisade kostnader"', field: 'payment', want: { re: 'efterskott' },
    text: sida('Stödet betalas ut i efterskott mot redovisade kostnader.') },
  { id: 'k4', row: 'utbetalas-satt keep: the active verb "ska … utbetala … som engångsbelopp till regionerna"', field: 'payment', want: { re: 'engångsbelopp' },
    text: beslut('Kammarkollegiet ska utbetala medlen som engångsbelopp till regionerna efter rekvisition.') },

  // USAGE_YEAR anvandas-under-ar (widened): a year of another thing
  { id: 'c9', row: 'anvandas-under-ar counter: a past round\'s decision under a "Tidigare beslut" heading', field: 'usage_period', want: null,
    text: sida('## Tidigare beslut\n\nBidraget avser verksamhet under 2024 och medlen ska användas under 2024.') },
  { id: 'k5', row: 'anvandas-under-ar keep: "Stödet avser år 2026 och medlen får användas under 2026."', field: 'usage_period.to', want: '2026-12-31',
    text: myndighet('Stödet avser år 2026 och medlen får användas under 2026.') },
  { id: 'k6', row: 'anvandas-under-ar keep: "Anslaget avser 2026 och pengarna kan användas under 2026."', field: 'usage_period.from', want: '2026-01-01',
    text: sida('Anslaget avser 2026 och pengarna kan användas under 2026.') },

  // USAGE_YEAR far-anvanda-belopp-under-ar: another body's sum or a sum of one of several years
  { id: 'c10', row: 'far-anvanda-belopp-under-ar counter: another agency\'s evaluation money ("Statskontoret får använda … för att utvärdera")', field: 'usage_period', want: null,
    text: beslut('Statskontoret får använda högst 1 000 000 kronor under 2026 för att utvärdera satsningen.') },
  { id: 'c11', row: 'far-anvanda-belopp-under-ar counter: the first of two years told year by year ("under 2026 och … under 2027")', field: 'usage_period.to', want: { not: '2026-12-31' },
    text: beslut('Regionerna får använda 30 000 000 kronor under 2026 och 30 000 000 kronor under 2027.') },
  { id: 'c12', row: 'far-anvanda-belopp-under-ar counter: two years joined by "och" ("under 2026 och 2027")', field: 'usage_period.to', want: { not: '2026-12-31' },
    text: beslut('Regionerna får använda högst 60 000 000 kronor under 2026 och 2027.') },
  { id: 'c13', row: 'far-anvanda-belopp-under-ar counter: the agency\'s own follow-up ("för uppföljning av uppdraget")', field: 'usage_period', want: null,
    text: beslut('Kammarkollegiet får använda högst 300 000 kronor under 2026 för uppföljning av uppdraget.') },
  { id: 'k7', row: 'far-anvanda-belopp-under-ar keep: "Region Skåne får för satsningen använda högst 3 000 000 kronor under 2026"', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Region Skåne får för satsningen använda högst 3 000 000 kronor under 2026.') },
  { id: 'k8', row: 'far-anvanda-belopp-under-ar keep: "Länsstyrelserna får använda 12 miljoner kronor under år 2026 för bidrag"', field: 'usage_period.from', want: '2026-01-01',
    text: beslut('Regionerna får använda 12 miljoner kronor under år 2026 för arbetet.') },

  // USAGE_YEAR ej-forbrukat-under-ar-aterbetalas: last year's money repaid on this year's page
  { id: 'c14', row: 'ej-forbrukat-under-ar-aterbetalas counter: last year\'s money on this year\'s page ("Har ni fått bidrag för 2025? Medel som inte förbrukats under 2025 …")', field: 'usage_period', want: null,
    // (fixed by wrongdates78: a whole year of use before the title's grant year is an earlier round's money, findUsagePeriod)
    text: myndighet('Har ni fått statsbidrag för 2025? Medel som inte förbrukats under 2025 ska återbetalas till Socialstyrelsen senast den 31 mars 2026.') },
  { id: 'c15', row: 'ej-forbrukat-under-ar-aterbetalas counter: under a heading of last year\'s grant ("Återbetalning av 2025 års bidrag")', field: 'usage_period', want: null,
    // (fixed by wrongdates78, as c14: the title's year 2026 tells)
    text: myndighet('## Återbetalning av 2025 års bidrag\n\nMedel som inte har använts under 2025 ska återbetalas till Socialstyrelsen.') },
  { id: 'c16', row: 'ej-forbrukat-under-ar-aterbetalas counter: a previous round named in the sentence ("föregående bidragsår")', field: 'usage_period', want: null,
    text: myndighet('Medel som inte använts under 2025 ska återbetalas, eftersom 2025 var föregående bidragsår.') },
  { id: 'k9', row: 'ej-forbrukat-under-ar-aterbetalas keep: "Pengar som inte har utnyttjats under 2026 ska betalas tillbaka"', field: 'usage_period.to', want: '2026-12-31',
    text: sida('Pengar som inte har utnyttjats under 2026 ska betalas tillbaka till kommunen.') },
  { id: 'k10', row: 'ej-forbrukat-under-ar-aterbetalas keep: "Belopp som ej förbrukats under år 2026 skall återbetalas"', field: 'usage_period.from', want: '2026-01-01',
    text: beslut('Belopp som ej förbrukats under år 2026 skall återbetalas till Kammarkollegiet.') },
];

describe('review75a: payment modes and usage years of the grant, never a salary, a kommun\'s own payout, another agency\'s sum or last year\'s money', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
