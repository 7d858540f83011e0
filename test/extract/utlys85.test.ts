import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper utlys85 (issue 12, stop 63): utlysningar of new senders (dev 2468–2477). The rows they probe:
// cues/dates.ts range-modal-between-apply (WINDOW_RANGES: "kan de mellan den 15 januari-15 mars 2023 ansöka om bidrag"),
// YEAR_LINE_DAY_ITEM + fields/requisition.ts yearLineItem (a yearless day list under a bare year line), GRANTED_REQUISITION +
// grantedClaim (a granted sum's requisition beside the application's window: review84 E13), cues/year.ts ar-rad-under-viktiga-datum,
// cues/lists.ts valt-att-prioritera (a funder's chosen priorities, places, under a uses list), dates.ts PERIOD_CONTINUES +
// requisition.ts continuedPeriod ("… under ansökningsperioden. Den första perioden startar den …"). Beside each the negatives it must not
// take: a decision's or a report's item in the dated list, a later year's list, a project's run between two days, a negated
// sentence, a requisition alone on a page (still the window). Every text is written for this file (realistic Swedish, no corpus
// sentence). The `fails` probes are left open: a use named by "utlyser medel för …" (dev 2469), a grant year told by the grant's
// name line in a lead (dev 2474), and funding.total (h/rb85's field, dev 2472).

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string; readonly run?: 'fails' }

const page = (head: string, body: string): string => `${head}\n\n${body}\n\nKontakta oss om du har frågor om bidraget.\n`;
const dated = (lead: string, list: string): string =>
  page('Särskilda medel för läsfrämjande insatser', `${lead}\n\nViktiga datum\n\n${list}\n\nBidraget söks i vår e-tjänst.`);

export const PROBES: Probe[] = [
  // ── a range between a modal and the applying verb
  { id: 'M1', field: 'requisition.opens', want: '2026-02-01', text: page('Aktivitetsbidrag sommarlov 2026', 'Föreningar som planerar aktiviteter för barn under sommarlovet kan mellan den 1 februari-31 mars 2026 ansöka om bidrag hos regionen.') },
  { id: 'M2', field: 'requisition.closes', want: '2026-03-31', text: page('Aktivitetsbidrag sommarlov 2026', 'Föreningar som planerar aktiviteter för barn under sommarlovet kan mellan den 1 februari-31 mars 2026 ansöka om bidrag hos regionen.') },
  { id: 'M3', field: 'requisition.closes', want: '2026-04-15', text: page('Kulturstöd till studieförbund', 'Studieförbunden får under perioden 1 mars–15 april 2026 söka stöd för kulturprogram i länet.') },
  // … never a project's run between two days, nor a negated sentence
  { id: 'M4', field: 'requisition.opens', want: { not: '2026-06-01' }, text: page('Bidrag till sommarläger', 'Föreningar kan mellan den 1 juni och 31 augusti 2026 genomföra lägren. Ansök om bidraget senast den 15 april 2026.') },
  { id: 'M5', field: 'requisition.opens', want: null, text: page('Bidrag till lokala evenemang', 'Föreningar kan inte mellan den 1 och 31 juli 2026 ansöka om bidrag, eftersom handläggningen då är stängd.') },
  // ── a dated list under a bare year line
  { id: 'L1', field: 'requisition.closes', want: '2026-09-20', text: dated('Myndigheten fördelar 3 miljoner kronor till bibliotek och studieförbund.', '2026\n\n• 20 september: Sista dag för ansökan.\n• 15 oktober: Beslut om fördelning fattas.\n\n2027\n\n• 31 januari: Slutredovisning ska lämnas till myndigheten.') },
  { id: 'L2', field: 'year', want: 2026, text: dated('Myndigheten fördelar 3 miljoner kronor till bibliotek och studieförbund.', '2026\n\n• 20 september: Sista dag för ansökan.\n• 15 oktober: Beslut om fördelning fattas.\n\n2027\n\n• 31 januari: Slutredovisning ska lämnas till myndigheten.') },
  { id: 'L3', field: 'requisition.closes', want: '2026-05-04', text: dated('Stödet kan sökas av föreningar med verksamhet i kommunen.', '2026\n\n• 1 april - ansökan öppnar\n• 4 maj - sista ansökningsdag') },
  { id: 'L4', field: 'requisition.opens', want: '2026-04-01', text: dated('Stödet kan sökas av föreningar med verksamhet i kommunen.', '2026\n\n• 1 april - ansökan öppnar\n• 4 maj - sista ansökningsdag') },
  // … never a decision's or a report's item, nor a list with no year line above it
  { id: 'L5', field: 'requisition.closes', want: null, text: dated('Beviljade projekt följs upp under året.', '2026\n\n• 10 oktober: Beslut om bidragsfördelning fattas.\n• 30 november: Delredovisning ska lämnas.') },
  { id: 'L6', field: 'requisition.closes', want: null, text: dated('Stödet kan sökas av föreningar med verksamhet i kommunen.', '• 20 september: Sista dag för ansökan.\n• 15 oktober: Beslut om fördelning fattas.') },
  { id: 'L7', field: 'year', want: { not: 2027 }, text: dated('Myndigheten fördelar medel till bibliotek.', '2027\n\n• 31 januari: Slutredovisning ska lämnas till myndigheten.\n• 15 februari: Beslut om återbetalning.') },
  // ── a granted sum's requisition beside the application's window
  { id: 'G1', field: 'requisition.closes', want: '2026-03-15', text: page('Projektbidrag till idrottsföreningar 2026', 'Ansök om projektbidrag senast den 15 mars 2026.\n\nFöreningar som har beviljats bidrag rekvirerar det i e-tjänsten. Rekvisitioner tas emot till och med den 30 november 2026.') },
  { id: 'G2', field: 'requisition.closes', want: '2026-02-28', text: page('Lovbidrag 2026', 'Sista ansökningsdag är den 28 februari 2026.\n\nRekvirera det beviljade bidraget senast den 31 oktober 2026.') },
  // … alone, with no application's day beside it, the requisition is the window (a regeringsbeslut's or a statsbidrag's)
  { id: 'G3', field: 'requisition.closes', want: '2026-10-01', text: page('Statsbidrag till kommuner 2026', 'Kommunerna som beviljats bidrag rekvirerar medlen hos Kammarkollegiet senast den 1 oktober 2026.') },
  { id: 'G4', field: 'requisition.closes', want: '2026-04-30', text: page('Statsbidrag för lovaktiviteter 2026', 'Kommunerna kan rekvirera bidraget från och med den 1 mars 2026. Rekvisitionen ska ha kommit in senast den 30 april 2026.') },
  // ── a funder's chosen priorities are no uses
  { id: 'U1', field: 'permitted_uses', want: { notre: 'Gotland' }, text: page('Medfinansiering av kustprojekt 2026', 'Ansök senast den 1 mars 2026.\n\nBidraget kan användas till:\n\n • Inventering av skräp på stränder\n • Insamling av skräp på stränder\n\nFör år 2026 har myndigheten valt att prioritera två geografiska områden:\n\n 1. Norra Gotland\n 2. Skärgården utanför Luleå') },
  { id: 'U2', field: 'permitted_uses', want: { re: 'Insamling av skräp' }, text: page('Medfinansiering av kustprojekt 2026', 'Ansök senast den 1 mars 2026.\n\nBidraget kan användas till:\n\n • Inventering av skräp på stränder\n • Insamling av skräp på stränder\n\nFör år 2026 har myndigheten valt att prioritera två geografiska områden:\n\n 1. Norra Gotland\n 2. Skärgården utanför Luleå') },
  // ── a period noun continuing the application period of the sentence before it
  { id: 'P1', field: 'requisition.opens', want: '2026-02-01', text: page('Demokratisatsningar 2026', 'Ansökningarna handläggs löpande under ansökningsperioden. Den första perioden startar den 1 februari 2026 och avslutas den 15 juni 2026.') },
  { id: 'P2', field: 'requisition.closes', want: '2026-04-30', text: page('Kulturmedel 2026', 'Ansökningstiden är densamma för alla sökande.\n\nPerioden pågår från den 1 mars till den 30 april 2026.') },
  // … never a project's period, nor a period of another errand named after the noun
  { id: 'P3', field: 'requisition.opens', want: null, text: page('Lovbidrag', 'Projektet ska genomföras under projektperioden. Perioden startar den 1 mars 2026 och avslutas den 30 juni 2026. Ansök senast den 1 februari 2026.') },
  { id: 'P4', field: 'requisition.closes', want: null, text: page('Lovbidrag', 'Ansökningstiden är kort i år. Perioden för redovisning startar den 1 mars 2026 och avslutas den 30 juni 2026.') },
  // ── left open
  { id: 'O1', field: 'permitted_uses', want: { re: 'skrivarstöd' }, run: 'fails', text: page('Utlysning av skrivarmedel inför 2027', 'Myndigheten utlyser medel för skrivarstöd för framtagandet av en ansökan till ett EU-program. Ansök senast den 1 mars 2027.') },
  { id: 'O3', field: 'funding.total', want: 4000000, run: 'fails', text: page('Särskilda insatser för demokratin', 'Regeringen ger 4 miljoner kronor till studieförbund och folkhögskolor 2026 för att stärka demokratiarbetet. Sista dag för ansökan är den 14 september 2026.') },
];

describe('utlys85: windows, years and uses of utlysningar of new senders — never a wrong value', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
