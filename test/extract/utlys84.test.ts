import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper utlys84 (issue 12, stop 62): utlysningar of new senders (dev 2443–2452). The rows they probe:
// cues/dates.ts haller-oppet-till, kan-soka-fran, kan-sokas-fran-dag-till-och-med and fran-dag-utan-ar-till (CAN_APPLY_FROM_DAY_TO),
// E_SERVICE_WINDOW / E_SERVICE_OTHER_ERRAND (fields/requisition.ts eServiceOfApplying: "E-tjänsten stänger den …", which h/genre83
// saw give no window: the sentence has no applying word, so no window row was asked); cues/lists.ts exempel-pa-vad-bidrag-kan and
// utlyser-kronor-for-att-anordna. Beside each the negatives it must not take: a decision's, a webinar's or a project's day, an
// office held open, a service's downtime, a report's e-service, an aim after "för att". Every text is written for this file
// (realistic Swedish, no corpus sentence). The `fails` probes are left open: fields other helpers own this stop (funding.total:
// h/rb84; recipients.types: h/types84) and one year of utlys84's own (a stöd's period as the grant year, dev 2447).

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string; readonly run?: 'fails' }

const call = (body: string): string =>
  `Stöd till lokala kulturarrangörer\n\nRegionen fördelar stöd till ideella föreningar som arrangerar konserter och teater för en bred publik.\n\n${body}\n\nKontakta kulturenheten om du har frågor om stödet.\n`;
const news = (head: string, body: string): string => `${head}\n\n${body}\n\nLäs mer på myndighetens webbplats.\n`;

export const PROBES: Probe[] = [
  // ── the window held open up to a day, its yearless opening before it
  { id: 'W1', field: 'requisition.closes', want: '2026-04-15', text: call('Ansökan öppnar 2 mars och håller öppet till och med 15 april 2026. Beslut meddelas i juni 2026.') },
  { id: 'W2', field: 'requisition.opens', want: '2026-03-02', text: call('Ansökan öppnar 2 mars och håller öppet till och med 15 april 2026. Beslut meddelas i juni 2026.') },
  // … never an opening read off the last day (the wrong value of dev 2444's shape before the row)
  { id: 'W3', field: 'requisition.opens', want: { not: '2026-04-15' }, text: call('Utlysningen öppnar 2 mars och hålls öppen till den 15 april 2026.') },
  // … never an office held open
  { id: 'W4', field: 'requisition.closes', want: '2026-03-01', text: call('Kansliet håller öppet till och med den 20 december 2025. Ansök senast den 1 mars 2026.') },
  // ── applied for from a yearless first day, told as today's, to a dated last day
  { id: 'W5', field: 'requisition.opens', want: '2026-02-09', text: call('Stödet kan sökas från och med idag, den 9 februari, till och med 20 mars 2026.') },
  { id: 'W6', field: 'requisition.closes', want: '2026-03-20', text: call('Stödet kan sökas från och med idag, den 9 februari, till och med 20 mars 2026.') },
  // … never the run of a use or a project between those days
  { id: 'W7', field: 'requisition.closes', want: null, text: call('Stödet kan användas från och med idag, den 9 februari, till och med 20 mars 2026.') },
  // … the active voice, the reader applying from the first day (kan-soka-fran), never a project's run from a day
  { id: 'W9', field: 'requisition.opens', want: '2026-03-01', text: call('Du kan söka från och med 1 mars 2026. Sista ansökningsdag är den 15 april 2026.') },
  { id: 'W10', field: 'requisition.opens', want: null, text: call('Du kan söka bidrag för projekt som pågår från den 1 mars 2026. Sista ansökningsdag är den 1 februari 2026.') },
  // … a webinar's day is never a window's
  { id: 'W8', field: 'requisition.opens', want: null, text: call('Den 12 februari 2026 håller vi ett webbinarium om hur du söker stödet. Sista ansökningsdag meddelas senare.') },
  // ── the e-service's closing beside an applying sentence (traced: no applying word of its own)
  { id: 'E1', field: 'requisition.closes', want: '2026-03-15', text: call('Föreningar ansöker om stödet i regionens e-tjänst. E-tjänsten stänger den 15 mars 2026.') },
  { id: 'E2', field: 'requisition.closes', want: '2026-03-15', text: call('Ansökan görs i e-tjänsten.\n\nE-tjänsten stänger den 15 mars 2026 klockan 23.59.') },
  { id: 'E3', field: 'requisition.opens', want: '2026-02-01', text: call('Du ansöker i e-tjänsten. E-tjänsten öppnar den 1 februari 2026 och stänger den 15 mars 2026.') },
  // … never the e-service of a report, nor its downtime, nor an e-service with no application named beside it
  { id: 'E4', field: 'requisition.closes', want: null, text: call('Redovisningen av förra årets stöd görs i e-tjänsten. E-tjänsten stänger den 30 juni 2026.') },
  { id: 'E5', field: 'requisition.closes', want: null, text: call('Sök stödet i e-tjänsten. E-tjänsten stänger den 12 maj 2026 kl. 18–22 för underhåll.') },
  { id: 'E6', field: 'requisition.closes', want: null, text: 'Kulturstöd\n\nE-tjänsten stänger den 15 mars 2026.\n\nKontakta kulturenheten om du har frågor.\n' },
  // ── uses: examples of what the money may be paid out on, and a call's sum for a concrete activity
  { id: 'U1', field: 'permitted_uses', want: { re: 'Hyra av scen' }, text: call('Exempel på vad bidrag kan betalas ut på:\n\n- Hyra av scen och ljudteknik\n- Arvoden till medverkande\n- Marknadsföring av arrangemanget') },
  { id: 'U2', field: 'permitted_uses', want: null, text: call('Exempel på vad bidrag inte kan betalas ut på:\n\n- Mat och dryck\n- Resor utomlands') },
  { id: 'U3', field: 'permitted_uses', want: { re: 'anordna' }, text: news('Pengar att söka för kompetensutveckling', 'Länsstyrelsen utlyser 450 000 kronor för att anordna kurser i företagande för småföretagare på landsbygden. Ansök senast den 2 mars 2026.') },
  { id: 'U4', field: 'permitted_uses', want: null, text: news('Pengar att söka för civilsamhället', 'Regionen utlyser 2 miljoner kronor för att stärka det civila samhället i länet. Ansök senast den 2 mars 2026.') },
  // ── left open: the year of a stöd told by its period (dev 2447), and fields other helpers own (dev 2444, 2446, 2447 miss them)
  { id: 'Y1', field: 'year', want: 2025, run: 'fails', text: call('Det ekonomiska stödet gäller för perioden 1 juni 2025 tom 31 december 2025. Sista ansökningsdag 15 maj.') },
  { id: 'F1', field: 'funding.total', want: 1200000000, run: 'fails', text: news('Beslut om energistöd', 'Totalt är det 1,2 miljarder kronor som ska fördelas ut till företag som har drabbats av höga energipriser. Ansökan öppnar 2 mars och håller öppet till och med 15 april 2026.') },
  { id: 'F2', field: 'funding.total', want: 60000000, run: 'fails', text: news('Stöd till civilsamhället', 'Regeringen har beslutat om fördelning av 60 miljoner kronor i förstärkt stöd till det civila samhällets organisationer. Stödet kan sökas av ideella föreningar.') },
  { id: 'R1', field: 'recipients.types', want: ['organisation'], text: call('Kriterier för att söka bidragen:\n\nStödberättigande föreningar samt verksamheter som nämnden tidigare valt att prioritera.') },
];

describe('utlys84: windows and uses of utlysningar of new senders — never a wrong value', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
