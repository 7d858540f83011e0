import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Stop 53's open whole-document probes (issue 12, open73a): each fix by shape with the documents' phrasing, two paraphrases in
// another body's phrasing and keep-probes (counter-probes that must keep their value or give none).
const P: Array<{ id: string; field: string; want: Want; text: string }> = [
  // a later step's day only those invited or granted the first step may use (cues/dates.ts INVITED_STEP): the first step's
  // day is the window's (review73d U1, U8)
  { id: 'S1', field: 'requisition.closes', want: '2026-05-05', text: 'Utlysning: Digitala vårdlösningar\nSteg 1 – Förstudie\nÖppnar 10 mars 2026, stänger 5 maj 2026.\nSteg 2 – Genomförande\nStänger 3 februari 2027 (endast för projekt som beviljats steg 1).\nStödet får användas till förstudier.' },
  { id: 'S2', field: 'requisition.closes', want: '2025-11-06', text: 'Utlysning: Hållbara vattensystem 2026\nViktiga datum\nSteg 1, projektskiss: 2 oktober 2025 – 6 november 2025 kl. 14.00\nSteg 2, fullständig ansökan (endast inbjudna): senast den 12 mars 2026\nBidraget får användas till forskning.' },
  // paraphrases in another body's phrasing
  { id: 'S3', field: 'requisition.closes', want: '2026-02-15', text: 'Utlysning: Klimatanpassade städer\nSkissen ska vara inne senast den 15 februari 2026.\nDen fullständiga ansökan lämnas senast den 10 september 2026, enbart för sökande som har bjudits in.\nBidraget får användas till forskning.' },
  { id: 'S4', field: 'requisition.closes', want: '2026-03-31', text: 'Innovationsprogram för livsmedel 2026\nAnsökan om förstudie ska vara inne senast den 31 mars 2026.\nAnsökan om genomförandeprojekt ska vara inne senast den 1 december 2026 (endast för de som har beviljats förstudie).\nStödet får användas till innovationsprojekt.' },
  // keep-probes: an "endast" of another role keeps the day; an invited-only day alone stays (no first step's to prefer)
  { id: 'S5', field: 'requisition.closes', want: '2026-03-12', text: 'Projektbidrag 2026\nAnsökan görs endast digitalt och ska vara inne senast den 12 mars 2026.\nBidraget får användas till projekt.' },
  { id: 'S6', field: 'requisition.closes', want: '2026-03-12', text: 'Fortsättningsbidrag 2026\nEndast föreningar som har fått bidrag tidigare kan söka. Ansökan ska vara inne senast den 12 mars 2026.\nBidraget får användas till verksamhet.' },
  // an opening status line's closing day (STATUS_LINES status-opens-closes)
  { id: 'S7', field: 'requisition.closes', want: '2026-03-15', text: 'Kulturstöd 2026\nÖppnar den 1 februari 2026 och stänger den 15 mars 2026.\nBidraget får användas till kultur.' },
  { id: 'S8', field: 'requisition.closes', want: { not: '2026-06-30' }, text: 'Lokalbidrag 2026\nÖppnar 10 mars 2026 och kontoret stänger 30 juni 2026.\nBidraget får användas till lokaler.' },
];

describe('open73a: the fixes by shape, paraphrases and keep-probes', () => {
  probeTests(P, (p) => `${p.id} ${p.field}`);
});
