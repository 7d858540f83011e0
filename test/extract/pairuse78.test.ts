import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Stop 57, issue 14 via issue 12 (helper pairuse78): fields the extractor read in neither year of a tuned diff pair — the
// giver's own aim ("Vi vill främja …", "Med kulturpriset vill nämnden uppmärksamma …", title.PURPOSE vi-vill-framja), a
// decision's day told at length or by the deciding body (dates.DATE_ROLES beslut-meddelas-dag, beslutas-av-dag), the
// deciding body's meeting (sammantrade-dag) and the period an application covers (requisition.USAGE_PERIOD
// ansokan-galler-perioden), and what is attached told verb first ("Till ansökan ska bifogas …", REQUIRES
// ska-bifogas-ansokan). Keep-probes (`k`) in other bodies' phrasing; counter-probes (`c`) with the same words in
// another role: a wish about the applicant, a deadline after a decision, a meeting the reader is invited to, the window one
// applies in. Constructed texts.

type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: string };

/** A kommun's grant page: a project grant with its deadline. */
const sida = (s: string): string =>
  `Bidrag till kulturprojekt 2026\n\nFöreningar och fria grupper i kommunen kan söka bidrag för kulturprojekt under 2026.\n\nSista dag att ansöka är den 15 mars 2026.\n\n${s}\n\nKontakta kulturförvaltningen om du har frågor.\n`;

/** A region's page for a yearly grant to föreningar, with its deadline. */
const region = (s: string): string =>
  `Verksamhetsbidrag till regionala föreningar\n\nRegionala ideella föreningar kan ansöka om verksamhetsbidrag.\n\nAnsökan ska ha kommit in senast den 1 oktober 2025.\n\n${s}\n`;

export const PROBES: Probe[] = [
  // title.PURPOSE vi-vill-framja
  { id: 'k1', row: 'vi-vill-framja keep: "Vi vill stärka …"', field: 'purpose', want: { re: '^Vi vill stärka' },
    text: sida('Vi vill stärka det lokala kulturlivet och ge fler barn möjlighet att möta konst och musik.') },
  { id: 'k2', row: 'vi-vill-framja keep: "Med stipendiet vill regionen uppmärksamma …"', field: 'purpose', want: { re: 'uppmärksamma unga' },
    text: sida('Med stipendiet vill regionen uppmärksamma unga författare som skriver för barn.') },
  { id: 'k3', row: 'vi-vill-framja keep: "Genom satsningen vill kommunen bidra till …"', field: 'purpose', want: { re: 'bidra till fler mötesplatser' },
    text: sida('Genom satsningen vill kommunen bidra till fler mötesplatser för unga i alla kommundelar.') },
  { id: 'c1', row: 'vi-vill-framja counter: a reminder ("Vi vill påminna om …")', field: 'purpose', want: null,
    text: sida('Vi vill påminna om att ansökan ska vara komplett när den skickas in.') },
  { id: 'c2', row: 'vi-vill-framja counter: a wish about the application ("Med ansökan vill vi att ni bifogar …")', field: 'purpose', want: null,
    text: sida('Med ansökan vill vi att ni bifogar en budget och en tidsplan.') },
  { id: 'c3', row: 'vi-vill-framja counter: the applicant\'s aim ("Föreningen vill främja …")', field: 'purpose', want: null,
    text: sida('Föreningen vill främja läsning bland barn, och ansöker därför om bidrag.') },
  { id: 'c4', row: 'vi-vill-framja counter: advice on applying early ("Vi vill uppmuntra er att söka i god tid")', field: 'purpose', want: null,
    text: sida('Vi vill uppmuntra er att söka i god tid före sista ansökningsdag.') },

  // dates.DATE_ROLES beslut-meddelas-dag, beslutas-av-dag
  { id: 'k4', row: 'beslut-meddelas-dag keep: the decision\'s subject at length, "meddelas" right before the day', field: 'dates.0.date', want: '2025-11-20',
    text: region('Beslut om verksamhetsbidrag för nästa år, för alla föreningar som sökt i tid, meddelas den 20 november 2025 via e-post.') },
  { id: 'k5', row: 'beslutas-av-dag keep: "beslutas av regionstyrelsen den …"', field: 'dates.0.role', want: 'decision',
    text: region('Bidrag över 100 000 kronor beslutas av regionstyrelsen den 4 december 2025.') },
  { id: 'c5', row: 'beslut-meddelas-dag counter: a rule after the decision ("Efter beslut … ska rekvireras senast")', field: 'dates', want: null,
    text: region('Efter beslut om bidrag ska medlen rekvireras, och det ska ske senast den 15 december 2025.') },
  { id: 'c6', row: 'beslutas-av-dag counter: the body, then a deadline of the applicant ("… och ska rekvireras senast")', field: 'dates', want: null,
    text: region('Bidraget beslutas av kulturnämnden och ska rekvireras senast den 15 december 2025.') },
  { id: 'c7', row: 'beslut-meddelas-dag counter: the deadline stays the window\'s, not a decision', field: 'requisition.closes', want: '2025-10-01',
    text: region('Beslut om bidrag meddelas den 20 november 2025.') },

  // dates.DATE_ROLES sammantrade-dag
  { id: 'k6', row: 'sammantrade-dag keep: "Kulturnämnden sammanträder den …"', field: 'dates.0.date', want: '2025-11-12',
    text: region('Kulturnämnden sammanträder den 12 november 2025 och fattar då beslut om bidragen.') },
  { id: 'c8', row: 'sammantrade-dag counter: an information meeting the reader may join stays an information day', field: 'dates.0.role', want: 'information',
    text: region('Välkommen till ett informationsmöte om bidraget den 12 september 2025.') },
  { id: 'c9', row: 'sammantrade-dag counter: the application due before the meeting ("inför nämndens sammanträde")', field: 'dates', want: null,
    text: `Verksamhetsbidrag till regionala föreningar\n\nRegionala ideella föreningar kan ansöka om verksamhetsbidrag.\n\nAnsökan ska ha kommit in senast den 1 oktober 2025 inför nämndens sammanträde.\n` },

  // requisition.USAGE_PERIOD ansokan-galler-perioden
  { id: 'k7', row: 'ansokan-galler-perioden keep: "söka verksamhetsbidrag för perioden …"', field: 'usage_period.to', want: '2027-06-30',
    text: region('Föreningarna kan söka verksamhetsbidrag för perioden 1 juli 2026–30 juni 2027.') },
  { id: 'k8', row: 'ansokan-galler-perioden keep: "Ansökan avser perioden …"', field: 'usage_period.from', want: '2026-01-01',
    text: region('Ansökan avser perioden 1 januari 2026–31 december 2026.') },
  { id: 'c10', row: 'ansokan-galler-perioden counter: the window one applies in ("kan sökas under perioden …")', field: 'usage_period', want: null,
    text: sida('Bidraget kan sökas under perioden 1 februari–15 mars 2026.') },
  { id: 'c11', row: 'ansokan-galler-perioden counter: last year\'s period ("Förra årets bidrag för perioden …")', field: 'usage_period', want: null,
    text: region('Förra årets bidrag för perioden 1 juli 2024–30 juni 2025 ska redovisas i ansökan.') },
  { id: 'c12', row: 'ansokan-galler-perioden counter: those already granted for a period, a list of past recipients', field: 'usage_period', want: null,
    text: sida('Ansökan görs för två perioder under året.\n\nFöreningar som sökt och beviljats bidrag för perioden 2026-01-01 — 2026-06-30\n\n • Ekby IF\n • Ekby hembygdsförening') },

  // requisition.REQUIRES ska-bifogas-ansokan, the inverted order
  { id: 'k9', row: 'ska-bifogas-ansokan keep: "Till ansökan ska bifogas …" (the verb before what is attached)', field: 'requisition.requires', want: ['Till ansökan ska bifogas föreningens stadgar och senaste årsmötesprotokoll.'],
    text: region('Till ansökan ska bifogas föreningens stadgar och senaste årsmötesprotokoll.') },
  { id: 'c13', row: 'ska-bifogas-ansokan counter: a payment claim\'s attachments ("Till ansökan om slututbetalning ska bifogas …")', field: 'requisition.requires', want: null,
    text: region('Till ansökan om slututbetalning ska bifogas kopior av fakturor.') },
  { id: 'c14', row: 'ska-bifogas-ansokan counter: what need not be attached ("… ska bifogas inga …")', field: 'requisition.requires', want: null,
    text: region('Till ansökan ska bifogas inga originalhandlingar, bara kopior.') },
];

describe('pairuse78: the giver\'s aim, decision days, meeting days and the period applied for, never a wish about the applicant, a deadline or the window', () => {
  for (const p of PROBES) {
    (p.open ? it.fails : it)(`${p.id} ${p.field} [${p.row}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
