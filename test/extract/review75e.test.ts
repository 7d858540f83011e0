import { describe } from 'vitest';
import { talliedProbeTests, type Want } from './probe.js';

// Adversarial probes (issue 12, review75e) of h/diffb38's extractor row extract/cues/funding.ts totala-stipendiebeloppet: the
// compound's total ("Det totala stipendiebeloppet är …") read where the sum has another role: a per-unit ceiling after the sum,
// a condition's threshold, another stipend's total on the same page, a de minimis ceiling. Keep-probes: the row's own reading.

interface Probe { readonly id: string; readonly kind: 'wrong' | 'keep'; readonly row: string; readonly field: string; readonly want: Want; readonly text: string; readonly open?: boolean }

const S = 'Kulturstipendium 2026\nKommunen delar ut kulturstipendier till kulturskapare som bor i kommunen. Ansökan ska vara inne senast den 1 mars 2026.\n';
const F = 'Föreningsbidrag 2026\nFöreningar i kommunen kan söka bidrag för sin verksamhet. Ansökan ska vara inne senast den 1 mars 2026.\n';

export const PROBES: readonly Probe[] = [
  { id: 'F1', kind: 'wrong', row: 'totala-stipendiebeloppet: a per-förening sum after the amount', field: 'funding.total', want: { not: 20000 },
    text: F + 'Det totala bidragsbeloppet är 20 000 kronor per förening och år.' },
  { id: 'F2', kind: 'wrong', row: 'totala-stipendiebeloppet: a condition\'s threshold ("Om … är")', field: 'funding.total', want: { not: 100000 },
    text: F + 'Om det totala bidragsbeloppet är 100 000 kronor eller mer ska en budget bifogas.' },
  { id: 'F3', kind: 'wrong', row: 'totala-stipendiebeloppet: another stipend\'s total on the page', field: 'funding.total', want: { not: 50000 },
    text: S + 'Kommunen delar också ut ett idrottsstipendium. Idrottsstipendiets totala stipendiebelopp är 50 000 kronor.' },
  { id: 'F4', kind: 'wrong', row: 'totala-stipendiebeloppet: a de minimis ceiling per company', field: 'funding.total', want: { not: 3000000 },
    text: 'Stöd till företag 2026\nFöretag i länet kan söka stöd för investeringar. Ansökan ska vara inne senast den 1 mars 2026.\nDet totala stödbeloppet är 3 miljoner kronor per företag under tre beskattningsår.' },
  { id: 'F5', kind: 'wrong', row: 'totala-stipendiebeloppet: each stipend\'s sum after the amount', field: 'funding.total', want: { not: 25000 },
    text: S + 'Det totala stipendiebeloppet är 25 000 kronor för varje stipendiat.' },
  { id: 'F6', kind: 'wrong', row: 'totala-stipendiebeloppet: a past year\'s told after the amount', field: 'funding.total', want: { not: 180000 },
    text: S + 'Det totala stipendiebeloppet blev 180 000 kronor förra året.' },
  { id: 'F7', kind: 'keep', row: 'totala-stipendiebeloppet: the compound\'s total (kept)', field: 'funding.total', want: 100000,
    text: S + 'Det totala stipendiebeloppet uppgår till 100 000 kronor och fördelas på högst fyra stipendiater.' },
  { id: 'F8', kind: 'keep', row: 'totala-stipendiebeloppet: a kommun\'s total in other words (kept)', field: 'funding.total', want: 1500000,
    text: F + 'Kommunens totala bidragsbelopp är 1 500 000 kronor.' },
];

describe('review75e: counter-probes of h/diffb38\'s funding row totala-stipendiebeloppet', () => {
  talliedProbeTests('review75e', PROBES, (p) => `${p.id} ${p.kind} ${p.field} [${p.row}]`);
});
