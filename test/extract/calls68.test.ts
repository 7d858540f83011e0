import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Utlysningar and regeringsbeslut never seen (helper calls68, issue 12, dev 2060–2074): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed) and a counter-probe that must give nothing or keep
// the other value. The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no
// value; `{ re }` that the value matches. The first run had no wrong value: every fix here is a miss.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // title: an image's alt text with a common noun, repeated and glued (cues/title.ts image-alt)
  { id: 'T1', shape: 'dev 2063: Bild på keyboardspelareBild på keyboardspelare…', field: 'title', want: 'Nu har årets utlysning om stöd för europeiska samarbetsprojekt öppnat',
    text: 'Bild på keyboardspelareBild på keyboardspelareBild på keyboardspelare\n\nNu har årets utlysning om stöd för europeiska samarbetsprojekt öppnat\n\nKreativa Europa ger stöd för samarbetsprojekt.' + BODY },
  { id: 'T2', shape: 'paraphrase: Bild på en kör som sjunger', field: 'title', want: 'Körbidrag 2024',
    text: 'Bild på en kör som sjunger\n\nKörbidrag 2024\n\nFöreningar kan söka körbidrag.' + BODY },
  { id: 'T3', shape: 'paraphrase: Bild på barn som leker i parken', field: 'title', want: 'Bidrag till lovaktiviteter',
    text: 'Bild på barn som leker i parken\n\nBidrag till lovaktiviteter\n\nFöreningar kan söka bidraget.' + BODY },
  { id: 'Tx', shape: 'counter: a heading with a dash that starts "Bild på"', field: 'title', want: { re: '^Bild på stan' },
    text: 'Bild på stan – fotobidrag 2024\n\nFotografer kan söka bidraget.' + BODY },
  // title: a site's audience menu item above the heading (cues/title.ts audience-menu-item)
  { id: 'A1', shape: 'dev 2068: För proffs', field: 'title', want: 'Statlig forskningsfinansiering',
    text: 'Hoppa till huvudinnehåll\n\nFör proffs\n\nStatlig forskningsfinansiering\n\nForskare kan söka finansiering.' + BODY },
  { id: 'A2', shape: 'paraphrase: För vårdpersonal', field: 'title', want: 'Forskningsmedel för vårdpersonal 2025',
    text: 'För vårdpersonal\n\nForskningsmedel för vårdpersonal 2025\n\nAnställda kan söka medel.' + BODY },
  { id: 'A3', shape: 'paraphrase: För yrkesverksamma', field: 'title', want: 'Utvecklingsmedel',
    text: 'För yrkesverksamma\n\nUtvecklingsmedel\n\nAnställda kan söka utvecklingsmedel.' + BODY },
  { id: 'Ax', shape: 'counter: a heading that goes on after "För"', field: 'title', want: { re: '^För föreningar som söker bidrag' },
    text: 'För föreningar som söker bidrag\n\nHär finns information om bidragen.' + BODY },
  // closes: a day and month in figures, a space after the month's dot (parse/numeric-dates.ts single, specs/sentences.ts)
  { id: 'N1', shape: 'dev 2068: inleds den 14.8.2023 och avslutas måndagen den 4.9. 2023', field: 'requisition.closes', want: '2023-09-04',
    text: 'Statlig forskningsfinansiering\nAnsökningstiden för 2024 års forskningsfinansiering inleds den 14.8.2023 och avslutas måndagen den 4.9. 2023 klockan 15.45.' + BODY },
  { id: 'N2', shape: 'paraphrase: Ansökningstiden går ut fredagen den 15.3. 2024', field: 'requisition.closes', want: '2024-03-15',
    text: 'Kulturunderstöd\nAnsökningstiden går ut fredagen den 15.3. 2024 kl. 16.\nFöreningar kan söka understöd.' + BODY },
  { id: 'N3', shape: 'paraphrase: Ansökan ska vara inlämnad senast den 1.10. 2022', field: 'requisition.closes', want: '2022-10-01',
    text: 'Projektunderstöd\nAnsökan ska vara inlämnad senast den 1.10. 2022.\nFöreningar kan söka understöd.' + BODY },
  { id: 'Nx', shape: 'counter: a section number before a year, no lead', field: 'requisition.closes', want: null,
    text: 'Projektunderstöd\nSe avsnitt 4.9. 2023 års riktlinjer gäller.\nFöreningar kan söka understöd.' + BODY },
  // opens and total: "öppnade X en nationell utlysning om 435 miljoner kronor" (cues/dates.ts date-oppnar, cues/funding.ts utlysning-om-belopp)
  { id: 'O1', shape: 'dev 2062: Den 8 juni 2022 öppnade Svenska ESF-rådet en nationell utlysning om 435 miljoner kronor', field: 'requisition.opens', want: '2022-06-08',
    text: 'Nu kan du ansöka om socialfondsprojekt\nDen 8 juni 2022 öppnade Svenska ESF-rådet en nationell utlysning om 435 miljoner kronor för insatser till kvinnor och män.' + BODY },
  { id: 'O2', shape: 'dev 2062: the same sentence, its sum', field: 'funding.total', want: 435000000,
    text: 'Nu kan du ansöka om socialfondsprojekt\nDen 8 juni 2022 öppnade Svenska ESF-rådet en nationell utlysning om 435 miljoner kronor för insatser till kvinnor och män.' + BODY },
  { id: 'O3', shape: 'paraphrase: Den 3 mars 2025 öppnar Vinnova en ny utlysning', field: 'requisition.opens', want: '2025-03-03',
    text: 'Klimatneutrala städer\nDen 3 mars 2025 öppnar Vinnova en ny utlysning för klimatneutrala städer.' + BODY },
  { id: 'O4', shape: 'paraphrase: Länsstyrelsen har öppnat en utlysning på totalt 3 miljoner kronor', field: 'funding.total', want: 3000000,
    text: 'Lokala naturvårdsprojekt\nLänsstyrelsen har öppnat en utlysning på totalt 3 miljoner kronor för lokala naturvårdsprojekt.' + BODY },
  { id: 'Ox', shape: 'counter: last year\'s call and its sum', field: 'funding.total', want: null,
    text: 'Lokala naturvårdsprojekt\nFörra årets utlysning om 20 miljoner kronor fick många ansökningar.' + BODY },
  { id: 'Oy', shape: 'counter: a sum per project after "utlysning om"', field: 'funding.total', want: null,
    text: 'Lokala naturvårdsprojekt\nDet blir en utlysning om 2 miljoner kronor per projekt.' + BODY },
  // closes: the payment request handed in by a day (cues/dates.ts rekvisition-ges-in-senast, APPLY)
  { id: 'U1', shape: 'dev 2073: efter utbetalningsdokument som ges in till Kammarkollegiet senast den 30 november 2019', field: 'requisition.closes', want: '2019-11-30',
    text: '# Uppdrag att betala Sveriges medlemsavgift\n\nRegeringen beslutar att utbetala 7 600 euro till OECD. Kammarkollegiet ska betala ut medlen engångsvis efter utbetalningsdokument som ges in till Kammarkollegiet senast den 30 november 2019.\n' },
  { id: 'U2', shape: 'paraphrase: efter en utbetalningsbegäran som lämnas till Kammarkollegiet senast den 1 december 2021', field: 'requisition.closes', want: '2021-12-01',
    text: '# Uppdrag att betala ut bidrag till en organisation\n\nBidraget på 500 000 kronor betalas ut efter en utbetalningsbegäran som lämnas till Kammarkollegiet senast den 1 december 2021.\n' },
  { id: 'U3', shape: 'paraphrase: efter att utbetalningsdokumentet skickas in till Tillväxtverket senast den 15 november 2020', field: 'requisition.closes', want: '2020-11-15',
    text: '# Uppdrag att betala ut bidrag till ett nätverk\n\nBidraget på 40 000 kronor betalas ut efter att utbetalningsdokumentet skickas in till Tillväxtverket senast den 15 november 2020.\n' },
  { id: 'Ux', shape: 'counter: the payer\'s own payment day', field: 'requisition.closes', want: null,
    text: '# Uppdrag att betala ut bidrag till ett nätverk\n\nKammarkollegiet ska betala ut bidraget på 40 000 kronor till nätverket senast den 30 november 2019.\n' },
  // year: the money named by its year in the genitive (cues/year.ts ars-genitive)
  { id: 'Y1', shape: 'dev 2068: Ansökningstiden för 2024 års forskningsfinansiering', field: 'year', want: 2024,
    text: 'Statlig forskningsfinansiering\nAnsökningstiden för 2024 års forskningsfinansiering inleds den 14.8.2023 och avslutas den 4.9.2023.' + BODY },
  { id: 'Y2', shape: 'paraphrase: Nu kan du söka 2025 års projektmedel', field: 'year', want: 2025,
    text: 'Projektmedel\nNu kan du söka 2025 års projektmedel från regionen. Sista dag att söka är 1 oktober 2024.' + BODY },
  { id: 'Y3', shape: 'paraphrase: Ansökan om 2023 års projektfinansiering', field: 'year', want: 2023,
    text: 'Projektfinansiering\nAnsökan om 2023 års projektfinansiering ska vara inne senast 1 oktober 2022.' + BODY },
  { id: 'Yx', shape: 'counter: a year\'s trips, no money', field: 'year', want: { not: 2024 },
    text: 'Resebidrag\nAnsökningstiden för 2024 års forskningsresor är kort. Ansök senast 1 oktober 2023.' + BODY },
];

describe('calls68: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
