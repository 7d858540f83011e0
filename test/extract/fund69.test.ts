import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Calls and grant pages of private foundations and funds never seen (helper fund69, issue 12, dev 2102–2113): each fix's
// real shape from the batch, two paraphrases the way another body would put it (constructed) and a counter-probe that must
// give nothing or keep the other value. The row examples in extract/cues/*.ts hold the same phrasings at the cue level.
// `want: null` asks for no value; `{ re }` that the value matches. The first run had no wrong value: every fix is a miss.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nStipendiet får användas till studier och resor.';
const PROBES: Probe[] = [
  // closes: the window "utgår" (Finland-Swedish: runs out) right after its name (cues/dates.ts tiden-utgar)
  { id: 'U1', shape: 'dev 2102: Ansökningstiden utgår den 21 september 2023', field: 'requisition.closes', want: '2023-09-21',
    text: 'Studiestipendier\n\nStudiestipendiernas belopp är högst 1.500 euro.\n\nAnsökningstiden utgår den 21 september 2023.' + BODY },
  { id: 'U2', shape: 'paraphrase: Ansökningsperioden utgår 15.3.2024 kl. 16', field: 'requisition.closes', want: '2024-03-15',
    text: 'Kulturunderstöd\n\nFöreningar kan söka understöd. Ansökningsperioden utgår 15.3.2024 kl. 16.' + BODY },
  { id: 'U4', shape: 'paraphrase: Rekvisitionstiden utgår den 30 november 2022', field: 'requisition.closes', want: '2022-11-30',
    text: 'Understöd för föreningar 2022\n\nBeviljat understöd ska rekvireras. Rekvisitionstiden utgår den 30 november 2022.' + BODY },
  { id: 'Ux', shape: 'counter: "utgår" as "is paid" with a day', field: 'requisition.closes', want: null,
    text: 'Studiestipendier\n\nStipendiet utgår den 30 juni 2024 till de studerande som beviljats det.' + BODY },
  // total: "Total summa att fördela inför YEAR är cirka N" (cues/funding.ts total-summa-att-fordela)
  { id: 'S1', shape: 'dev 2113: Total summa att fördela inför 2019 är cirka 21 miljoner kronor', field: 'funding.total', want: 21000000,
    text: 'Utlysning forskningsbidrag 2019\n\nForskningsbidrag finns nu att söka. Total summa att fördela inför 2019 är cirka 21 miljoner kronor.' + BODY },
  { id: 'S2', shape: 'paraphrase: Det totala beloppet att dela ut för 2025 är 3 miljoner kronor', field: 'funding.total', want: 3000000,
    text: 'Stiftelsens anslag 2025\n\nDet totala beloppet att dela ut för 2025 är 3 miljoner kronor.' + BODY },
  { id: 'S3', shape: 'paraphrase: Den sammanlagda summan att söka under 2024 uppgår till ca 800 000 kronor', field: 'funding.total', want: 800000,
    text: 'Bygdemedel 2024\n\nDen sammanlagda summan att söka under 2024 uppgår till ca 800 000 kronor.' + BODY },
  { id: 'Sx', shape: 'counter: the sum per project', field: 'funding.total', want: null,
    text: 'Forskningsbidrag\n\nTotal summa att söka per projekt är 400 000 kronor.' + BODY },
  // closes: the grant "öppet för ansökningar fram till och med" a day (cues/dates.ts open-for-applications-until)
  { id: 'O1', shape: 'dev 2112: Stödet är tillgängligt och öppet för ansökningar fram till och med 8/10 2023', field: 'requisition.closes', want: '2023-10-08',
    text: 'Projektstöd IF Barn- och ungdomsidrott\n\nStödet är tillgängligt och öppet för ansökningar fram till och med 8/10 2023.' + BODY },
  { id: 'O2', shape: 'paraphrase: Fonden är öppen för ansökningar till och med den 15 mars 2025', field: 'requisition.closes', want: '2025-03-15',
    text: 'Ungdomsfonden\n\nFonden är öppen för ansökningar till och med den 15 mars 2025.' + BODY },
  { id: 'O3', shape: 'paraphrase: Bidraget var öppet för ansökningar t.o.m. 30.9.2024', field: 'requisition.closes', want: '2024-09-30',
    text: 'Hembygdsbidrag\n\nBidraget var öppet för ansökningar t.o.m. 30.9.2024.' + BODY },
  { id: 'Ox', shape: 'counter: an office open up to a day', field: 'requisition.closes', want: null,
    text: 'Hembygdsbidrag\n\nKansliet är öppet till och med den 20 december 2024.' + BODY },
  // title: chrome lines above the heading (cues/title.ts home-link widened, partner-strip)
  { id: 'T1', shape: 'dev 2112: Huvudpartners till Svensk Bilsport', field: 'title', want: 'Projektstöd IF Barn- och ungdomsidrott',
    text: 'Huvudpartners till Svensk Bilsport\n\nProjektstöd IF Barn- och ungdomsidrott\n\nFöreningar kan söka stödet.' + BODY },
  { id: 'T2', shape: 'paraphrase: Huvudsponsorer till Svensk Innebandy', field: 'title', want: 'Utvecklingsstöd för föreningar',
    text: 'Huvudsponsorer till Svensk Innebandy\n\nUtvecklingsstöd för föreningar\n\nFöreningar kan söka stödet.' + BODY },
  { id: 'T3', shape: 'paraphrase: Länk till Region Gävleborgs startsida', field: 'title', want: 'Kulturstipendium 2025',
    text: 'Länk till Region Gävleborgs startsida\n\nKulturstipendium 2025\n\nKulturskapare kan söka stipendiet.' + BODY },
  { id: 'Tx', shape: 'counter: a heading about partners', field: 'title', want: { re: '^Partners till projekt kan söka bidrag' },
    text: 'Partners till projekt kan söka bidrag\n\nHär finns information om bidraget.' + BODY },
];

describe('fund69: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
