import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Review of stop 52's new rows, part b (issue 12, branch h/review72b): counter-probes, constructed in realistic Swedish and
// Norwegian, of the rows h/forms71, h/fresh71, h/open71 and h/diffb35 added or widened in extract/ — each the same words in
// another role (a municipality's own annual report, an event's or another grant's people, a company's own budget, a history
// line, a caption-like heading that is the grant's title, last year's report in other words). `wrong` names a list value
// whose presence is the wrong value. Keeps (ids ending in k) are readings the rows must not take away.

type Probe = { id: string; row: string; field: string; want: Want; text: string; wrong?: string };
const BODY = '\n\nBidraget får användas till kostnader för verksamheten.';

const PROBES: Probe[] = [
  // ── genre.ts grant-given-words (Nordic account of how the money was used): a municipality's own annual report
  { id: 'g1', row: 'grant-given-words', field: 'kind', want: 'refused',
    text: 'Årsrapport 2023\n\nKommunens årsrapport viser hvordan pengene er brukt og hva vi har fått til i 2023. Rapporten ble behandlet av kommunestyret 20. juni 2024.\n\nLes hele årsrapporten her.\n' },
  { id: 'g2', row: 'grant-given-words', field: 'kind', want: 'refused',
    text: 'Kommunens økonomi\n\nI årsregnskapet redegjør rådmannen for hvordan midlene er brukt i 2023. Regnskapet viser et overskudd på 12 millioner kroner.\n\nKontakt økonomiavdelingen.\n' },
  // ── genre.ts report-within-after {0,3}: the municipality's own report to a ministry
  { id: 'g3', row: 'report-within-after', field: 'kind', want: 'refused',
    text: 'Kommunal planstrategi\n\nInnen ett år etter at kommunestyret er konstituert skal kommunen utarbeide og vedta en kommunal planstrategi. Senest tre måneder etter vedtaket skal kommunen sende en rapport til Statsforvalteren.\n' },

  // ── year.ts delar-ut-under-ar widened ('delar YYYY ut'): a history line in the historic present
  { id: 'y1', row: 'delar-ut-under-ar', field: 'year', want: { not: 1985 },
    text: 'Ledarstipendium\n\nHistorik\nStiftelsen bildas 1984 och delar 1985 ut sitt första stipendium. Sedan dess har över 200 ledare fått stipendiet.\n\nAnsökan\nAnsök senast den 1 mars 2025.' + BODY },
  { id: 'y2', row: 'delar-ut-under-ar', field: 'year', want: { not: 2026 },
    text: 'Verksamhetsbidrag\n\nNämnden delar 2026 ut bidragen för verksamhetsåret 2025, efter att redovisningen har granskats. Ansök senast den 31 oktober 2025.' + BODY },
  // ── year.ts i-budget-for-ar-har-reserverats: the applicant's own budget, another body's or thing's budget
  { id: 'y3', row: 'i-budget-for-ar-har-reserverats', field: 'year', want: { not: 2023 },
    text: 'Investeringsstöd\n\nExempel på medfinansiering: I bolagets budget för 2023 har det avsatts 100 000 kronor som egen insats. Företag kan söka stödet.' + BODY },
  { id: 'y4', row: 'i-budget-for-ar-har-reserverats', field: 'year', want: { not: 2024 },
    text: 'Föreningsbidrag\n\nI kommunens budget för 2024 har det avsatts 3 miljoner kronor till upprustning av idrottshallarna. Föreningsbidrag för 2025 kan sökas senast den 31 oktober 2024.' + BODY },
  { id: 'y3k', row: 'i-budget-for-ar-har-reserverats', field: 'year', want: 2022,
    text: 'Verksamhetsbidrag\n\nI grundtrygghetsnämndens budget för år 2022 har det reserverats totalt 10 000 euro för verksamhetsbidrag som delas ut till föreningar.' + BODY },

  // ── recipients.ts sokas-av-sammandragna-foreningar: the members or leaders of the associations
  { id: 'o1', row: 'sokas-av-sammandragna-foreningar', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Ledarstipendium\n\nStipendiet kan sökas av i kommunen verksamma idrotts- och kulturföreningars ungdomsledare. Ansök senast den 1 mars 2025.' + BODY },
  { id: 'o2', row: 'sokas-av-sammandragna-foreningar', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Resestipendium\n\nStipendiet kan sökas av aktiva idrotts- och friluftsföreningsmedlemmar under 25 år. Ansök senast den 1 mars 2025.' + BODY },
  { id: 'o1k', row: 'sokas-av-sammandragna-foreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsbidrag\n\nVerksamhetsbidrag kan sökas av i kommunen verksamma kultur- och hembygdsföreningar. Ansök senast den 1 mars 2025.' + BODY },
  // ── recipients.ts bidrag-som-delas-ut-till-organisationer: a kommun applies and passes the money on; another grant's
  { id: 'o3', row: 'bidrag-som-delas-ut-till-organisationer', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Statsbidrag för lokala aktiviteter\n\nStatsbidraget söks av kommunen, som sedan ansvarar för de bidrag som delas ut till lokala föreningar. Ansökan lämnas senast den 1 mars 2025.' + BODY },
  { id: 'o4', row: 'bidrag-som-delas-ut-till-organisationer', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Kulturstipendium för unga\n\nStipendiet söks av enskilda personer mellan 16 och 25 år. Det kan inte kombineras med bidrag som delas ut till föreningar. Ansök senast den 1 mars 2025.' + BODY },
  // ── recipients.ts subject-organisations unless (an event's audience): a grant for courses keeps its applicants
  { id: 'o5k', row: 'subject-organisations (unless)', field: 'recipients.types', want: ['organisation'],
    text: 'Kursbidrag\n\nBidraget till kurser och träffar riktar sig till föreningar i kommunen. Ansök senast den 1 mars 2025.' + BODY },

  // ── dates.ts LAST_YEARS_GRANT (on reporting-closes, reporting-last-day, sista-dag-att-redovisa): last year's report in
  //    other words, read by the rows without the guard
  { id: 'r1', row: 'LAST_YEARS_GRANT', field: 'reporting.due', want: { not: '2025-01-31' },
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025.\n\nRedovisas senast 31 januari 2025 (gäller förra årets bidrag).' + BODY },
  { id: 'r2', row: 'LAST_YEARS_GRANT', field: 'reporting.due', want: { not: '2025-01-31' },
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025.\n\nFöreningar som fick bidrag förra året ska redovisa det senast den 31 januari 2025.' + BODY },
  { id: 'r1k', row: 'LAST_YEARS_GRANT', field: 'reporting.due', want: '2026-03-01',
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025.\n\nSista dag för redovisning av bidraget är den 1 mars 2026. Bidraget ska redovisas på samma sätt som förra årets bidrag.' + BODY },

  { id: 'r3k', row: 'LAST_YEARS_GRANT (widened)', field: 'reporting.due', want: '2026-03-01',
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025. Föreningar som fick bidrag förra året kan söka igen.\n\nSista dag för redovisning: 1 mars 2026' + BODY },
  { id: 'y5k', row: 'i-budget-for-ar-har-reserverats (narrowed)', field: 'year', want: 2024,
    text: 'Projektbidrag\n\nI kulturnämndens budget för 2024 har 200 000 kronor avsatts för projektbidrag. Föreningar kan söka bidraget.' + BODY },

  // ── dates.ts FACILITY_HEAD, OTHER_APPLICATION_HEAD/ROLLING_PAGE: a grant named by a place word, a course grant
  { id: 'd1k', row: 'facility-head', field: 'requisition.closes', want: '2025-03-15',
    text: 'Stärkta bibliotek\n\nStödet kan sökas av regioner och kommuner för att utveckla folkbiblioteken.\n\nÖppnar: 1 februari 2025\nStänger: 15 mars 2025' + BODY },
  { id: 'd2k', row: 'job-or-course-head', field: 'requisition.closes', want: '2025-04-01',
    text: 'Lägerbidrag och kursbidrag\n\nLägerbidrag kan sökas löpande under året.\n\nKurser\nKursbidrag söks en gång per år.\nAnsök senast: 1 april 2025' + BODY },

  // ── title.ts photo-caption: a grant's heading in the same shape
  { id: 't1', row: 'photo-caption', field: 'title', want: { re: 'Stipendium' },
    text: 'Foto: Stipendium för unga fotografer i Norrbotten\n\nOm stipendiet\n\nStipendiet delas ut till unga fotografer som vill utvecklas. Ansök senast den 1 mars 2025.' + BODY },
  { id: 't2', row: 'photo-caption', field: 'title', want: { re: 'Bild' },
    text: 'Bild: stöd till konstnärer med ateljé i Umeå\n\nOm stödet\n\nStödet ges till bildkonstnärer. Ansök senast den 1 mars 2025.' + BODY },

  // ── requisition.ts perioden-bidragsaret unless (a step through a channel): the grant's own period beside the channel
  { id: 'u1k', row: 'perioden-bidragsaret (unless)', field: 'usage_period.to', want: '2026-06-30',
    text: 'Verksamhetsbidrag\n\nBidraget avser perioden 1 juli 2025–30 juni 2026 och redovisningen lämnas via e-tjänsten.\nAnsök senast den 1 maj 2025.' + BODY },
];

describe('review72b: counter-probes of stop 52\'s new rows (forms71, fresh71, open71, diffb35) and the readings they keep', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`, undefined, (p) => p.id);
});
