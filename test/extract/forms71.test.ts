import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Reporting forms and reporting instructions never seen (helper forms71, issue 12; dev 2166–2175). The one class the batch's
// first run refused: the batch's phrasing (a), two paraphrases in another body's phrasing and layout (b, c), and counter-probes
// that must keep the old reading (x, y). Every text is constructed.
//
// Class (first run on main 801685e3 → this branch):
//   N1 a Norwegian or Danish reporting page that never names the grant: the account "som viser hvordan pengene har blitt
//      brukt" (genre.GRANT_GIVEN, widened) and a time limit that opens the sentence with three words between "skal" and the
//      report ("Innen to måneder etter at prosjektet er avsluttet skal det leveres en sluttrapport", genre.REPORT_TIME_LIMIT
//      report-within-after, widened from two words to three), dev 2169 Bodø kommune: refused → anvisning
//   The counter-probes: a municipality's own accounts in the simple past (no grant), a non-report after "skal" (still refused),
//   an instruction page listing what the report must contain (stays anvisning, not a form).
//
// 6 probes on main 801685e3 (its build, the same texts): 2 as wanted (N1x, N1y), 4 refused (N1a–N1c and the counter N1z, an
// instruction page main refused too) → this branch 6/6.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  { id: 'N1a', cls: 'nordic-money-used-and-limit', field: 'kind', want: 'anvisning', text: 'Innen to måneder etter at prosjektet er avsluttet skal det leveres en sluttrapport som kort oppsummerer tiltaket.\n\nVedlagt rapporten skal være et regnskap som viser hvordan pengene har blitt brukt.\n' },
  { id: 'N1b', cls: 'nordic-money-used-and-limit', field: 'kind', want: 'anvisning', text: 'Afrapportering\nSenest to måneder efter projektets afslutning skal I sende jeres slutrapport til kulturforvaltningen.\nRegnskabet skal dokumentere, hvordan midlerne er anvendt.\n' },
  { id: 'N1c', cls: 'nordic-money-used-and-limit', field: 'kind', want: 'anvisning', text: 'Etter gjennomført arrangement\nInnen tre måneder etter avsluttet tiltak skal dere levere en sluttrapport.\nI sluttrapporten må dere legge ved dokumentasjon på hvordan tilskuddet er brukt.\n' },
  { id: 'N1x', cls: 'counter: a municipality\'s own accounts, simple past', field: 'kind', want: 'refused', text: 'Årsregnskap 2023\nKommunens årsregnskap viser hvordan pengene ble brukt i 2023.\nRegnskapet ble vedtatt av kommunestyret i juni.\n' },
  { id: 'N1y', cls: 'counter: a complaint after "skal", no report handed in', field: 'kind', want: 'refused', text: 'Klage\nInnen to måneder etter vedtaket skal det sendes en klage til departementet.\nDepartementet svarer innen tre uker.\n' },
  { id: 'N1z', cls: 'counter: an instruction page listing what the report must contain', field: 'kind', want: 'anvisning', text: 'Sluttrapport\nInnen to måneder etter at prosjektet er avsluttet skal det leveres en sluttrapport.\nRapporten skal inneholde:\n- hva som er gjennomført\n- hvilke resultater som er oppnådd\n- et regnskap som viser hvordan tilskuddet er brukt\n' },
];

describe('forms71: reporting forms and instructions never seen (dev 2166–2175 classes)', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.cls}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, `${p.id}: ${p.text.slice(0, 60)}`);
    });
  }
});
