import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper money86 (stop 64): money phrased as a pot or as a grant decision (dev 2513–2520). The rows
// they probe: cues/funding.ts att-fordela read in the title heading (`title: 'pot'`, the heading the title finder took, not a
// skip link above it), ar-avsatt-att-fordelas's verb class of setting aside (avsatts, reserverats, öronmärkts, budgeterats)
// with the grant named after "i", and tillskott-totalt (the new whole after an addition). Beside each, the near-misses the
// brief names: one project's sum, a maximum per applicant, last year's sum, a sum granted in a decision. Every text is written
// for this file (other wordings than the dev texts). The `fails` probes are what is left open.

interface Probe { readonly id: string; readonly field: string; readonly want: Want; readonly text: string; readonly run?: 'fails' }

const news = (head: string, body: string): string => `Hoppa till huvudinnehåll\n\n# ${head}\n\n2025-03-02\n\n${body}\n\nKontakta kultur- och fritidsförvaltningen om du har frågor om bidraget.\n`;

export const PROBES: Probe[] = [
  // ── the pot in the heading as money to seek or share out; never last year's, never one applicant's
  { id: 'H1', field: 'funding.total', want: 4500000, text: news('4,5 miljoner att söka för lovaktiviteter', 'Nu kan föreningar och studieförbund söka bidrag för aktiviteter under sommarlovet. Ansökan görs i e-tjänsten.') },
  { id: 'H2', field: 'funding.total', want: 800000, text: news('800 000 kronor att fördela till kulturarrangörer', 'Kulturnämnden välkomnar ansökningar från ideella föreningar som ordnar offentliga arrangemang i kommunen.') },
  { id: 'H3', field: 'funding.total', want: { not: 25000 }, text: news('Varje förening kan få 25 000 kronor att söka för lokaler', 'Bidraget går till föreningar som hyr lokal för barn- och ungdomsverksamhet.') },
  { id: 'H4', field: 'funding.total', want: { not: 3000000 }, text: news('Förra året fanns 3 miljoner att söka', 'I år ser budgeten annorlunda ut och nämnden återkommer om nivån.') },
  // … the body's own pot outweighs the heading (the heading is read only when the body gives no candidate)
  { id: 'H5', field: 'funding.total', want: 2000000, text: news('Miljoner att söka för kulturprojekt', 'Totalt finns 2 000 000 kronor att söka i årets omgång. Ett projekt kan få högst 150 000 kronor.') },
  // ── money set aside as the subject, the grant named after "i", "för" or "till"
  { id: 'A1', field: 'funding.total', want: 650000, text: news('Föreningsbidrag 2025', '650 000 kronor har avsatts i bidrag till stadsdelens pensionärsföreningar. Sista ansökningsdag är den 31 mars 2025.') },
  { id: 'A2', field: 'funding.total', want: 1200000, text: news('Stöd till lokala arrangörer', '1 200 000 kronor är öronmärkta för stödet till lokala arrangörer. Ansökan ska vara inne senast den 15 april 2025.') },
  { id: 'A3', field: 'funding.total', want: { not: 650000 }, text: news('Föreningsbidrag 2025', '650 000 kronor har avsatts i budgeten för lokalhyror. Föreningar söker bidrag i e-tjänsten.') },
  { id: 'A4', field: 'funding.total', want: { not: 20000 }, text: news('Föreningsbidrag 2025', '20 000 kronor har avsatts i bidrag till varje förening som har minst tio medlemmar.') },
  // ── the new whole after an addition; never the addition alone, never a sum each, never last year's
  { id: 'T1', field: 'funding.total', want: 900000, text: news('Extra stöd till föreningar', 'Från början var 700 000 kronor avsatta, men nämnden beslutade att tillföra ytterligare 200 000 kronor, totalt 900 000 kronor. Föreningar söker senast den 10 maj 2025.') },
  { id: 'T2', field: 'funding.total', want: 3000000, text: news('Mer pengar till kulturskolor', 'Regionen utökar potten med 500 000 kronor till totalt 3 000 000 kronor för kulturskolornas utvecklingsprojekt.') },
  { id: 'T3', field: 'funding.total', want: { not: 30000 }, text: news('Höjt aktivitetsbidrag', 'Nämnden höjer bidraget med 5 000 kronor per förening, totalt 30 000 kronor för den största föreningen.') },
  { id: 'T4', field: 'funding.total', want: { not: 900000 }, text: news('Extra stöd till föreningar', 'Förra året sköt nämnden till 200 000 kronor, totalt 900 000 kronor. I år är budgeten inte beslutad.') },
  // ── a decision's granted sums are never the pot
  { id: 'G1', field: 'funding.total', want: null, text: news('Nämnden beviljar kulturprojekt', 'Kulturnämnden har fattat beslut i vårens ansökningsomgång. Totalt tilldelades 31 projekt en summa på 4 120 000 kronor.') },
  { id: 'G2', field: 'funding.total', want: null, text: news('Stiftelsen delar ut bidrag', 'Stiftelsens styrelse beslutade den 12 maj att anslå 3 miljoner kronor till organisationer i länet. Störst bidrag fick Stadsmissionen, 400 000 kronor för sommarläger.') },
  // ── left open: a budget's sum told in one sentence and "medlen" distributed in the next (dev 2520)
  { id: 'O1', field: 'funding.total', want: 40000000, run: 'fails', text: news('Bidrag till samlingslokaler', 'Vårändringsbudgeten innehåller 40 miljoner kronor till allmänna samlingslokaler. Nu har regeringen beslutat att medlen ska fördelas av Boverket som ett organisationsbidrag.') },
];

describe('money86: a pot stated with a verb of setting aside, seeking or adding, or in the heading — never a granted sum', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
