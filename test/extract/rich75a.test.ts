import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Stop 54, issue 14 (helper rich75a): the payment mode and the usage period on 24 even dev texts, scored for the first time.
// Four rows fixed the misses by shape: requisition.PAYMENT_SENTENCE utbetalas-satt (dev 1134, 2070, 348, 1720),
// USAGE_YEAR anvandas-under-ar widened (dev 1910), far-anvanda-belopp-under-ar (dev 2070) and ej-forbrukat-under-ar-aterbetalas
// (dev 1134). Per row: the batch's phrasing (`b`, the dev text's sentence in a constructed frame), two paraphrases in other
// bodies' phrasing (`p`), and two adversarial counter-probes written before the row was committed (`c`: the same words with
// another role — a manner of another step, a kommun's own payments, a payment date, a past round, the agency's own costs,
// a claim not a use, a kommun's own budget) that must give no value. Constructed texts.

type Probe = { id: string; row: string; field: string; want: Want; text: string };

/** A regeringsbeslut's frame around one sentence: a grant to regions with its deadline, and no other payment or period. */
const beslut = (s: string): string =>
  `# Uppdrag att betala ut medel till regionerna för arbete med vårdens kompetensförsörjning\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 40 000 000 kronor till regionerna för arbete med kompetensförsörjning i hälso- och sjukvården.\n\n${s}\n\nRegionerna ska senast den 31 mars 2026 lämna en ekonomisk redovisning till Kammarkollegiet.\n`;

/** A kommun's grant page around one sentence: an organisation grant with its deadline. */
const sida = (s: string): string =>
  `Bidrag till föreningar för lovaktiviteter\n\nFöreningar i kommunen kan söka bidrag för aktiviteter för barn och unga under skolloven.\n\nSista dag att ansöka är den 15 april 2025.\n\n${s}\n\nKontakta fritidsförvaltningen om du har frågor.\n`;

export const PROBES: Probe[] = [
  // requisition.PAYMENT_SENTENCE utbetalas-satt
  { id: 'b1', row: 'utbetalas-satt: dev 1134/2070 "Medlen utbetalas engångsvis efter rekvisition"', field: 'payment', want: { re: 'engångsvis' },
    text: beslut('Medlen utbetalas engångsvis efter rekvisition ställd till Kammarkollegiet.') },
  { id: 'b2', row: 'utbetalas-satt: dev 348 "utbetala 162 miljoner kronor som engångsbelopp"', field: 'payment', want: { re: 'engångsbelopp' },
    text: beslut('Kammarkollegiet ska efter rekvisition med uppgift om bankgiro utbetala 40 miljoner kronor som engångsbelopp till regionerna.') },
  { id: 'b3', row: 'utbetalas-satt: dev 1720 "betalas ut med delbelopp"', field: 'payment', want: { re: 'delbelopp' },
    text: sida('Bidraget betalas ut med delbelopp under året.') },
  { id: 'p1', row: 'utbetalas-satt: a kommun page, "utbetalas i förskott"', field: 'payment', want: { re: 'förskott' },
    text: sida('Beviljat bidrag utbetalas i sin helhet i förskott till föreningens bankgiro.') },
  { id: 'p2', row: 'utbetalas-satt: an agency, "Stödet utbetalas vid ett tillfälle"', field: 'payment', want: { re: 'vid ett tillfälle' },
    text: beslut('Stödet utbetalas till varje region vid ett tillfälle.') },
  { id: 'c1', row: 'utbetalas-satt counter: the manner of another step ("behandlas löpande och … utbetalas under våren")', field: 'payment', want: null,
    text: sida('Ansökningar behandlas löpande och beviljade medel utbetalas under våren.') },
  { id: 'c2', row: 'utbetalas-satt counter: a kommun\'s own payments ("Kommunen utbetalar löpande försörjningsstöd")', field: 'payment', want: null,
    text: sida('Kommunen utbetalar löpande försörjningsstöd till hushållen och föreningsbidraget är ett eget anslag.') },
  { id: 'c3', row: 'utbetalas-satt counter: a payment date, no mode ("Utbetalningen av medlen ska ske i april 2023")', field: 'payment', want: null,
    text: beslut('Utbetalningen av medlen ska ske i april 2026.') },

  // USAGE_YEAR anvandas-under-ar, widened
  { id: 'b4', row: 'anvandas-under-ar: dev 1910 "Bidraget avser verksamhet under 2023 och medlen ska användas under 2023."', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Bidraget avser verksamhet under 2026 och medlen ska användas under 2026.') },
  { id: 'p3', row: 'anvandas-under-ar: "Statsbidraget avser år 2025 och medlen får användas under 2025."', field: 'usage_period.from', want: '2025-01-01',
    text: sida('Statsbidraget avser år 2025 och medlen får användas under 2025.') },
  { id: 'p4', row: 'anvandas-under-ar: "Stödet avser verksamheten 2026 och bidraget ska användas under 2026."', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Stödet avser verksamheten 2026 och bidraget ska användas under 2026.') },
  { id: 'c4', row: 'anvandas-under-ar counter: a kommun\'s own budget ("Kommunens budget avser …")', field: 'usage_period', want: null,
    text: sida('Kommunens budget avser verksamhet under 2025 och medlen ska användas under 2025.') },
  { id: 'c5', row: 'anvandas-under-ar counter: a past use ("medlen har använts under 2023")', field: 'usage_period', want: null,
    text: sida('Bidraget avser verksamhet under 2024 och medlen har använts under 2024.') },

  // USAGE_YEAR far-anvanda-belopp-under-ar
  { id: 'b5', row: 'far-anvanda-belopp-under-ar: dev 2070 "får för pilotprojektet använda högst 6 000 000 kronor under 2016"', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Regionerna får för uppdraget använda högst 40 000 000 kronor under 2026, med förbehåll för att riksdagen beviljar medel för ändamålet.') },
  { id: 'p5', row: 'far-anvanda-belopp-under-ar: "Länsstyrelsen får använda 2,5 miljoner kronor under 2026 för uppdraget."', field: 'usage_period.from', want: '2026-01-01',
    text: beslut('Länsstyrelsen får använda 2,5 miljoner kronor under 2026 för uppdraget.') },
  { id: 'p6', row: 'far-anvanda-belopp-under-ar: "Myndigheten får för satsningen använda upp till 12 000 000 kronor under år 2025."', field: 'usage_period.to', want: '2025-12-31',
    text: beslut('Myndigheten får för satsningen använda upp till 12 000 000 kronor under år 2025.') },
  { id: 'c6', row: 'far-anvanda-belopp-under-ar counter: the agency\'s own costs of handling ("för egna kostnader för hanteringen")', field: 'usage_period', want: null,
    text: beslut('Kammarkollegiet får använda högst 500 000 kronor under 2026 för egna kostnader för hanteringen.') },
  { id: 'c7', row: 'far-anvanda-belopp-under-ar counter: a past round ("fick … använda … under 2015")', field: 'usage_period', want: null,
    text: beslut('Regionerna fick för uppdraget använda högst 40 000 000 kronor under 2025.') },
  { id: 'c8', row: 'far-anvanda-belopp-under-ar counter: a multi-year sum ("under 2024–2026")', field: 'usage_period.from', want: { not: '2024-01-01' },
    text: beslut('Regionerna får använda 40 000 000 kronor under 2024–2026.') },

  // USAGE_YEAR ej-forbrukat-under-ar-aterbetalas
  { id: 'b6', row: 'ej-forbrukat-under-ar-aterbetalas: dev 1134 "Medel som inte förbrukats under 2014 ska återbetalas"', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Medel som inte förbrukats under 2026 ska återbetalas till Kammarkollegiet senast samma datum.') },
  { id: 'p7', row: 'ej-forbrukat-under-ar-aterbetalas: "Medel som inte har använts under 2025 ska betalas tillbaka"', field: 'usage_period.from', want: '2025-01-01',
    text: sida('Medel som inte har använts under 2025 ska betalas tillbaka till kommunen.') },
  { id: 'p8', row: 'ej-forbrukat-under-ar-aterbetalas: "Bidrag som inte utnyttjats under år 2026 ska återbetalas"', field: 'usage_period.to', want: '2026-12-31',
    text: beslut('Bidrag som inte utnyttjats under år 2026 ska återbetalas till Kammarkollegiet.') },
  { id: 'c9', row: 'ej-forbrukat-under-ar-aterbetalas counter: a claim, not a use ("inte rekvirerats under 2026")', field: 'usage_period', want: null,
    text: beslut('Medel som inte rekvirerats under 2026 ska återbetalas till Kammarkollegiet.') },
  { id: 'c10', row: 'ej-forbrukat-under-ar-aterbetalas counter: a past round ("förbrukades under 2024 återbetalades")', field: 'usage_period', want: null,
    text: beslut('Medel som inte förbrukades under 2024 återbetalades till Kammarkollegiet.') },
];

describe('rich75a: payment modes and usage years by shape, never another step\'s manner, a past round or the agency\'s own costs', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.row}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
