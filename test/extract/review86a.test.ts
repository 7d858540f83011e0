import { describe, expect, it } from 'vitest';
import { anvisningOf, byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// review86a (stop 64): near-miss probes for the rows and steps added since 015dce9a (h/utlys86, h/fails86): the year of a call
// read over a project's last day (year.PROJECT_END_DAY) or from its opening day alone (fields/title.ts findYear), the first of
// two coordinated sums to two groups (NOT_TOTAL first-of-two-group-sums), a group's share by its genitive (PART_CUES
// gruppens-andel-ar) and a press release's sum heading as the purpose (PURPOSE summa-till-syfte-rubrik). Every text is
// constructed (our own sentences in the way grant pages, anvisningar and press releases phrase these things); none is a corpus
// or pair text. Each row gets near misses where its words appear but the value must be another or none, and one positive
// probe in other words than the row's examples.

interface P extends Probe { readonly run?: ProbeRun }

/** A statsbidrag page that states its whole sum in a sentence of its own, then the sentence probed. */
const SPLIT = (body: string): string => `Statsbidrag för ökad tillgänglighet 2026\n\nRegeringen har avsatt 300 miljoner kronor för 2026.\n\n${body}\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n`;
/** The same page without a whole sum of its own sentence. */
const NOSUM = (body: string): string => `Statsbidrag för ökad tillgänglighet 2026\n\nKommuner och regioner kan rekvirera statsbidraget.\n\n${body}\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n`;
/** A government press release: its heading, a minister's quote, the body. */
const PRESS = (head: string, body: string): string =>
  `# ${head}\n\n– Det här är en viktig satsning för hela landet, säger ansvarig minister.\n\n${body}\n\nRegeringen följer arbetet noga.\n`;
const GIVES = 'Regeringen har i dag beslutat att ge Socialstyrelsen i uppdrag att fördela medlen. Regionerna kan rekvirera medlen senast den 1 oktober 2026.';

const PROBES: P[] = [
  // ── NOT_TOTAL first-of-two-group-sums: the whole beside a second sum to a group for another task is still the whole ──────
  { id: 'F1', field: 'funding.total', want: 300000000, text: NOSUM('Totalt avsätts 300 miljoner kronor för satsningen och 20 miljoner kronor till länsstyrelserna för deras arbete med uppföljning.') },
  { id: 'F2', field: 'funding.total', want: { not: 20000000 }, text: NOSUM('Totalt avsätts 300 miljoner kronor för satsningen och 20 miljoner kronor till länsstyrelserna för deras arbete med uppföljning.') },
  // last year's split beside this year's whole: neither of last year's sums is the whole
  { id: 'F3', field: 'funding.total', want: 300000000, text: SPLIT('Förra året var 180 miljoner kronor avsatta för kommunerna och 90 miljoner kronor för regionerna.') },
  // a maximum per applicant and a second group's maximum: no whole at all
  { id: 'F4', field: 'funding.total', want: null, text: NOSUM('Högst 2 miljoner kronor kan beviljas för kommunerna och 3 miljoner kronor för regionerna per ansökan.') },
  // positive in other words: a split told with "fördelas", the whole stated before it
  { id: 'F5', field: 'funding.total', want: 300000000, text: SPLIT('Inom ramen fördelas 180 miljoner kronor till kommunerna och 120 miljoner kronor till regionerna.') },
  { id: 'F6', field: 'funding.total', want: null, text: NOSUM('Socialstyrelsen fördelar 180 miljoner kronor till kommunerna och 120 miljoner kronor till regionerna.') },
  // ── PART_CUES gruppens-andel-ar: never a share that is a change, last year's or a share of applications ─────────────────
  { id: 'G1', field: 'funding.parts', want: null, text: SPLIT('Kommunernas andel ökar med 200 miljoner kronor och regionernas med 100 miljoner kronor jämfört med 2025.') },
  { id: 'G2', field: 'funding.parts', want: null, text: SPLIT('Kommunernas andel av ansökningarna uppgår till 200 miljoner kronor och regionernas till 100 miljoner kronor.') },
  { id: 'G3', field: 'funding.parts', want: null, text: SPLIT('År 2025 var kommunernas andel 200 miljoner kronor och regionernas andel 100 miljoner kronor.') },
  { id: 'G4', field: 'funding.parts', want: null, text: SPLIT('Kommunernas andel av bidraget får högst vara 200 miljoner kronor och regionernas andel högst 100 miljoner kronor.') },
  // positive in other words: "av det totala statsbidraget", the groups as landsting and kommuner
  { id: 'G5', field: 'funding.parts', want: { re: '"to":"kommun","amount":200000000' }, text: SPLIT('Kommunernas sammanlagda andel av det totala statsbidraget blir 200 miljoner kronor. Regionernas del uppgår till 100 miljoner kronor.') },
  // ── PURPOSE summa-till-syfte-rubrik: a heading's sum to the funder's own work, a repayment, a past sum ───────────────────
  { id: 'H1', field: 'purpose', want: null, text: PRESS('2 miljoner kronor till utvärdering av satsningen på lovskola', 'Regeringen ger Skolverket 2 miljoner kronor för att utvärdera statsbidraget till lovskola. Uppdraget ska redovisas senast den 1 oktober 2026.') },
  { id: 'H2', field: 'purpose', want: null, text: PRESS('5 miljoner kronor till administration av statsbidraget för lovaktiviteter', 'Regeringen ger Myndigheten för ungdoms- och civilsamhällesfrågor 5 miljoner kronor för att administrera stödet.') },
  { id: 'H3', field: 'purpose', want: null, text: PRESS('12 miljoner kronor till återbetalning av felaktigt utbetalda bidrag', 'Kommunerna ska betala tillbaka medlen senast den 1 oktober 2026. Försäkringskassan har granskat utbetalningarna.') },
  { id: 'H4', field: 'purpose', want: null, text: PRESS('50 miljoner kronor till uppföljning av äldreomsorgslyftet', 'Regeringen ger Socialstyrelsen 50 miljoner kronor för att följa upp hur kommunerna använder statsbidraget.') },
  // positive in other words: an infinitive aim after a receiver's "för att"
  { id: 'H5', field: 'purpose', want: { re: 'för att fler unga ska' }, text: PRESS('80 miljoner kronor till kommunerna för att fler unga ska få sommarjobb', GIVES) },
  { id: 'H6', field: 'purpose', want: { re: 'till upprustning av' }, text: PRESS('Närmare 300 miljoner kronor till upprustning av skollokaler', GIVES) },
];

describe('review86a: funding and purpose near misses (first-of-two-group-sums, gruppens-andel-ar, summa-till-syfte-rubrik)', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field}`, byRun, (p, got) => `${p.id}: ${JSON.stringify(got)}`, { asText: true });
});

/** A call page: its title, the lines probed, who may apply. */
const page = (title: string, ...lines: string[]): string => `${title}\n${lines.join('\n')}\nIdeella föreningar kan söka bidraget.\n`;
const yearOf = (text: string): number | undefined => anvisningOf(text).year;

describe('review86a: year near misses (year.PROJECT_END_DAY, the opening day alone)', () => {
  // PROJECT_END_DAY: a day of the next year's activity is no project's end; next year's money must not read the deadline's year
  it('Y1 a grant for next year\'s activity ("Verksamheten ska pågå till och med 31 december 2018" with the money for that activity) → not 2017', () => {
    expect(yearOf(page('Verksamhetsbidrag för kulturföreningar', 'Sista ansökningsdag är 15 november 2017.', 'Bidraget avser nästa års verksamhet, som ska pågå till och med 31 december 2018.'))).not.toBe(2017);
  });
  it('Y2 a project to start in a later year and run to its end ("ska genomföras till 31 december 2018" after "påbörjas tidigast den 1 januari 2018") → not 2017', () => {
    expect(yearOf(page('Projektmedel för integration', 'Sista ansökningsdag är 30 oktober 2017.', 'Projektet får påbörjas tidigast den 1 januari 2018 och ska genomföras till 31 december 2018.'))).not.toBe(2017);
  });
  it('Y3 a negated end ("behöver inte avslutas före 31 december 2017"), the money to be used in 2018 → not 2017', () => {
    expect(yearOf(page('Projektmedel för integration', 'Sista ansökningsdag är 30 oktober 2017.', 'Projektet behöver inte avslutas före 31 december 2017.', 'Bidraget ska användas senast den 31 december 2018.'))).not.toBe(2017);
  });
  // (kept open on main 143426e9: the usage finder reads "ska vara slutfört senast den 31 mars 2019" as usage_period.to, and
  // findYear's deadline rule wanted the usage period's year to be the deadline's; h/dates87: a last day of use alone that is a
  // project's end, PROJECT_END_DAY, is no period for that rule)
  it('Y4 positive, other words: "ska vara slutfört senast den 31 mars 2019" after a deadline of 2018 → 2018', () => {
    expect(yearOf(page('Projektmedel för lokal utveckling', 'Ansökan ska ha kommit in senast den 14 september 2018.', 'Projektet ska vara slutfört senast den 31 mars 2019.'))).toBe(2018);
  });
  // the opening day alone: last year's opening, a webinar's day, a publication day
  it('Y5 last year\'s call opening ("Förra årets utlysning öppnade den 2 maj 2023"), no window of its own → no year', () => {
    expect(yearOf(page('Bidrag till lokala kulturprojekt', 'Förra årets utlysning öppnade den 2 maj 2023.', 'Information om nästa utlysning kommer senare.'))).toBeUndefined();
  });
  it('Y6 a webinar\'s day ("Ett webbinarium om utlysningen hålls den 12 mars 2024") is no opening → no year', () => {
    expect(yearOf(page('Bidrag till lokala kulturprojekt', 'Ett webbinarium om utlysningen hålls den 12 mars 2024.', 'Utlysningen öppnar senare i vår.'))).toBeUndefined();
  });
  it('Y7 an opening in the spring of money for next year ("Stödet gäller verksamhet nästa år") → not the opening\'s year', () => {
    expect(yearOf(page('Verksamhetsbidrag', 'Ansökan öppnar den 1 mars 2024.', 'Stödet gäller verksamhet nästa år.'))).not.toBe(2024);
  });
  it('Y9 a reporting e-service\'s opening ("E-tjänsten för redovisning öppnar den 1 mars 2025"), last year\'s money reported → not 2025', () => {
    expect(yearOf(page('Redovisning av statsbidrag för lovaktiviteter', 'E-tjänsten för redovisning öppnar den 1 mars 2025.', 'Kommuner som fick statsbidraget förra året ska redovisa hur medlen har använts.'))).not.toBe(2025);
  });
  it('Y10 a decision\'s publication day ("Beslut om fördelning publiceras den 15 juni 2024") is no opening → no year', () => {
    expect(yearOf(page('Bidrag till lokala kulturprojekt', 'Beslut om fördelning publiceras den 15 juni 2024.', 'Utlysningen öppnar senare.'))).toBeUndefined();
  });
  it('Y11 a question of when it opens ("Öppnar ansökan den 1 mars 2024? Nej, datumet är inte bestämt") → no year', () => {
    expect(yearOf(page('Bidrag till lokala kulturprojekt', 'Öppnar ansökan den 1 mars 2024? Nej, datumet är ännu inte bestämt.'))).toBeUndefined();
  });
  it('Y8 positive, other words: "Ansökningsperioden startar den 15 april 2025" → 2025', () => {
    expect(yearOf(page('Bidrag till lokala kulturprojekt', 'Ansökningsperioden startar den 15 april 2025.', 'Budget för utlysningen är 3 miljoner kronor.'))).toBe(2025);
  });
});
