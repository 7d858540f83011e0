import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper window82 (issue 12): the window's opening day told in the past tense ("Utlysningen öppnade den
// 1 februari 2026 och är öppen till …"), a window told in two sentences whose first is past, "Sista dag att söka" with no
// object after the verb, and "Öppet för ansökningar" over a range or up to a day with no subject (cues/dates.ts OPENED_WORD,
// APPLY, range-open-for-applications, open-for-applications-until); and the negatives beside them: a past round that is over
// beside a later one, a closed call, a decision's day after "och", a report's window, an event's or an office's opening hours.
// Every text is written for this file (realistic Swedish, no corpus sentence).

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string }

const kommun = (s: string): string =>
  `Bidrag till kulturprojekt 2026\n\nFöreningar och studieförbund i kommunen kan söka bidrag till kulturprojekt för barn och unga. Bidraget är högst 50 000 kronor per projekt.\n\n${s}\n\nHar du frågor? Kontakta kultur- och fritidsförvaltningen.\n`;
const utlysning = (s: string): string =>
  `Utlysning: Cirkulära affärsmodeller i livsmedelskedjan 2026\n\nVinnova utlyser medel till projekt som prövar cirkulära affärsmodeller i livsmedelskedjan. Företag, kommuner och forskningsorganisationer kan söka. Utlysningens budget är 25 miljoner kronor.\n\n${s}\n\nAnsökan görs i Vinnovas intressentportal.\n`;
const stiftelse = (s: string): string =>
  `Stipendier ur Stiftelsen Hembygdens Minne\n\nStiftelsen delar ut stipendier till hembygdsforskning i länet. Stipendiet är högst 30 000 kronor.\n\n${s}\n\nStyrelsen fattar beslut i juni.\n`;

const both = (id: string, text: string, opens: Want, closes: Want): Probe[] => [
  { id: `${id}o`, field: 'requisition.opens', want: opens, text },
  { id: `${id}c`, field: 'requisition.closes', want: closes, text },
];

export const PROBES: Probe[] = [
  // ── the four the lead found, and their variants: a past opening beside a present closing
  ...both('P1', utlysning('Utlysningen öppnade den 1 februari 2026 och är öppen till den 15 mars 2026.'), '2026-02-01', '2026-03-15'),
  ...both('P2', utlysning('Utlysningen öppnade 1 februari 2026 och stänger 15 mars 2026.'), '2026-02-01', '2026-03-15'),
  ...both('P3', kommun('Ansökan öppnade den 1 februari 2026. Sista dag att söka är den 15 mars 2026.'), '2026-02-01', '2026-03-15'),
  ...both('P4', kommun('Öppet för ansökningar 1 februari–15 mars 2026.'), '2026-02-01', '2026-03-15'),
  ...both('P5', utlysning('Utlysningen har öppnat för ansökningar den 12 januari 2026 och stänger den 24 februari 2026 kl. 14.00.'), '2026-01-12', '2026-02-24'),
  ...both('P6', utlysning('Utlysningen öppnades måndagen den 2 februari 2026 och är öppen till och med den 16 mars 2026.'), '2026-02-02', '2026-03-16'),
  ...both('P7', stiftelse('Ansökningsperioden öppnade den 1 mars 2026. Den stänger den 30 april 2026.'), '2026-03-01', '2026-04-30'),
  ...both('P8', kommun('Ansökningsomgången har öppnats 3 februari 2026. Ansökan ska ha kommit in senast den 20 mars 2026.'), '2026-02-03', '2026-03-20'),
  ...both('P9', utlysning('Utlysningen öppnade den 1 december 2025 och stänger den 31 januari 2026.'), '2025-12-01', '2026-01-31'),
  ...both('P10', kommun('E-tjänsten för ansökan öppnade den 2 mars 2026. Sista dag att söka är den 17 april 2026.'), '2026-03-02', '2026-04-17'),
  ...both('P11', kommun('Ansökningsomgången öppnade den 1 februari 2026 och pågår till den 15 mars 2026.'), '2026-02-01', '2026-03-15'),
  ...both('P12', stiftelse('Ansökan för 2026 öppnade 1 februari 2026. Ansökan stänger 15 mars 2026.'), '2026-02-01', '2026-03-15'),
  // … the imperative with the grant as its object
  { id: 'S3', field: 'requisition.closes', want: '2026-03-15', text: kommun('Sök bidraget senast den 15 mars 2026.') },
  { id: 'S4', field: 'requisition.closes', want: '2026-10-01', text: stiftelse('Sök stipendiet senast den 1 oktober 2026.') },
  // … "Ansök till" a day, "det är möjligt att ansöka till"
  { id: 'S5', field: 'requisition.closes', want: '2026-03-15', text: kommun('Ansök till den 15 mars 2026.') },
  { id: 'S6', field: 'requisition.closes', want: '2026-04-30', text: stiftelse('Ansök om stipendiet fram till 30 april 2026.') },
  { id: 'S7', field: 'requisition.closes', want: '2026-03-15', text: kommun('Det är möjligt att ansöka till 15 mars 2026.') },
  // … "Sista dag att söka" alone, no object after the verb
  { id: 'S1', field: 'requisition.closes', want: '2026-03-15', text: kommun('Sista dag att söka är den 15 mars 2026.') },
  { id: 'S2', field: 'requisition.closes', want: '2026-09-30', text: stiftelse('Sista dagen att söka är onsdag den 30 september 2026.') },
  // … "Öppet för ansökningar/ansökan" with a range or up to a day, no subject or the grant's
  ...both('O1', stiftelse('Öppen för ansökan 1 februari–15 mars 2026.'), '2026-02-01', '2026-03-15'),
  { id: 'O2', field: 'requisition.closes', want: '2026-03-15', text: kommun('Öppet för ansökningar till den 15 mars 2026.') },
  { id: 'O3', field: 'requisition.closes', want: '2026-03-15', text: stiftelse('Öppen för ansökan till och med 15 mars 2026.') },
  ...both('O4', stiftelse('Fonden är öppen för ansökningar mellan 1 och 31 mars 2026.'), '2026-03-01', '2026-03-31'),
  ...both('O5', kommun('Stödet är nu öppet för ansökningar 1 september–15 oktober 2026.'), '2026-09-01', '2026-10-15'),
  // … a range after a label without its colon
  ...both('L1', kommun('Ansökningsperiod 1 februari–15 mars 2026'), '2026-02-01', '2026-03-15'),
  ...both('L2', utlysning('Öppen för ansökningar 12 januari–20 februari 2026'), '2026-01-12', '2026-02-20'),

  // ── negatives: a past round that is over beside a later one keeps the later one
  ...both('N1', utlysning('Ansökningsomgången 2025 öppnade 1 februari och stängde 15 mars 2025. Ansökningsomgången 2026 öppnar 2 februari 2026 och stänger 16 mars 2026.'), '2026-02-02', '2026-03-16'),
  ...both('N2', kommun('Förra årets ansökningsomgång öppnade den 1 februari 2025 och stängde den 15 mars 2025. Ansök senast den 15 mars 2026.'), null, '2026-03-15'),
  // … a past opening a year before the last day, or with no last day at all, is no window's
  { id: 'N3', field: 'requisition.opens', want: null, text: kommun('Ansökan öppnade den 1 februari 2025. Ansök senast den 15 mars 2026.') },
  { id: 'N4', field: 'requisition.opens', want: null, text: utlysning('Utlysningen öppnade den 1 februari 2026.') },
  // … a closed call stays without a window
  ...both('N5', utlysning('Utlysningen öppnade den 1 februari 2026 och stängde den 15 mars 2026. Utlysningen är stängd.'), null, null),
  // … a decision's day after "och"
  ...both('N6', utlysning('Utlysningen öppnade den 1 februari 2026 och beslut fattas den 15 maj 2026.'), null, null),
  { id: 'N7', field: 'requisition.closes', want: null, text: utlysning('Utlysningen öppnade i januari och beslut fattas den 15 maj 2026.') },
  // … a report's window, an event's days, an office's hours, a course's applications
  ...both('N8', kommun('Redovisningen är öppen 1 februari–15 mars 2026.'), null, null),
  ...both('N9', kommun('Redovisningen öppnade den 1 februari 2026 och stänger den 15 mars 2026.'), null, null),
  ...both('N10', kommun('Mässan är öppen 1–3 mars 2026 i kulturhuset.'), null, null),
  { id: 'N11', field: 'requisition.closes', want: null, text: kommun('Kontoret är öppet till 16.00 den 15 mars 2026.') },
  ...both('N12', kommun('Ledarkursen är öppen för ansökningar 1–15 april 2026.'), null, null),
  // … the last day "att söka" told in the past, on a page whose round is over: no window
  { id: 'N14', field: 'requisition.closes', want: null, text: kommun('Sista dagen att söka var den 30 september 2025, och alla sökande har nu fått besked om bidraget.') },
  // … a past round's opening beside this year's range keeps this year's
  ...both('N15', stiftelse('Förra omgången öppnade den 1 mars 2025. I år är ansökningsperioden 2 mars–30 april 2026.'), '2026-03-02', '2026-04-30'),
  { id: 'N16', field: 'requisition.closes', want: null, text: kommun('Sök kursen senast den 15 mars 2026.') },
  { id: 'N17', field: 'requisition.closes', want: null, text: kommun('Projektet öppnade den 1 februari 2026 och pågår till den 31 december 2026.') },
  { id: 'N18', field: 'requisition.closes', want: null, text: kommun('Det är möjligt att redovisa till 15 mars 2026.') },
  { id: 'N19', field: 'requisition.closes', want: null, text: kommun('Ansök om stöd för projekt som pågår till 31 december 2026.') },
  { id: 'N13', field: 'requisition.opens', want: null, text: kommun('Ansökan om slututbetalning öppnade den 1 mars 2026 och ska vara inne senast den 30 april 2026.') },
];

describe('window82: a past-tense opening, "sista dag att söka", "öppet för ansökningar" — never a wrong day', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
