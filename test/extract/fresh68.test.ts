import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages and utlysningar of kommuner and funds never used (helper fresh68, issue 12, dev 2045–2059): the first run gave
// no wrong value, so each fix here is a miss read by its shape: the batch's real phrasing, two paraphrases the way another
// body would put it (constructed) and a counter-probe that must give nothing. The row examples in extract/cues/*.ts hold the
// same phrasings at the cue level. `want: null` asks for no value; a list compares as a set.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // year: an amount in kronor is no year (cues/year.ts year-number), so the call's one year stands
  { id: 'Y1', shape: 'dev 2053: "… 5000 kr eller 2000 kr" beside "senast 15 mars 2019"', field: 'year', want: 2019,
    text: 'Världens bästa sommarlov\n\nAnsökan ska ha kommit in senast 15 mars 2019.\n\nBeroende av aktivitetens omfattning och innehåll betalas bidraget ut i belopp om antingen 20.000 kr, 10.000 kr, 5000 kr eller 2000 kr.' + BODY },
  { id: 'Y2', shape: 'paraphrase: "Startbidraget är 2000 kronor." beside "senast 1 april 2024"', field: 'year', want: 2024,
    text: 'Startbidrag\n\nStartbidraget är 2000 kronor.\n\nAnsökan ska vara inne senast 1 april 2024.' + BODY },
  { id: 'Y3', shape: 'paraphrase: "högst 2000:- per deltagare" beside "Sista ansökningsdag är 30 oktober 2023."', field: 'year', want: 2023,
    text: 'Lägerbidrag\n\nBidraget är högst 2000:- per deltagare.\n\nSista ansökningsdag är 30 oktober 2023.' + BODY },
  { id: 'Yx', shape: 'counter: a real other year beside the deadline ("för verksamhet under 2022") keeps the year out', field: 'year', want: { not: 2023 },
    text: 'Aktivitetsbidrag\n\nBidraget gäller verksamhet under 2022 och är högst 2000 kr.\n\nSista ansökningsdag är 30 oktober 2023.' + BODY },
  // year: the year's closing days named by the year (cues/year.ts under-ar-ar-sista-ansokningsdag)
  { id: 'Y4', shape: 'dev 2054: "Under 2024 är sista ansökningsdag den 28 mars och den 1 oktober."', field: 'year', want: 2024,
    text: 'Investeringsstöd\n\nIdeella föreningar kan ansöka om bygdemedel.\n\nUnder 2024 är sista ansökningsdag den 28 mars och den 1 oktober.' + BODY },
  { id: 'Y5', shape: 'paraphrase: "För 2025 är sista ansökningsdagarna 15 mars och 15 september."', field: 'year', want: 2025,
    text: 'Projektbidrag\n\nFör 2025 är sista ansökningsdagarna 15 mars och 15 september.' + BODY },
  { id: 'Y6', shape: 'paraphrase: "Under år 2023 gäller följande sista ansökningsdagar: 1 april och 1 oktober."', field: 'year', want: 2023,
    text: 'Kulturbidrag\n\nUnder år 2023 gäller följande sista ansökningsdagar: 1 april och 1 oktober.' + BODY },
  { id: 'Yy', shape: 'counter: "Under 2023 var sista ansökningsdag 1 april." (a past round)', field: 'year', want: null,
    text: 'Kulturbidrag\n\nUnder 2023 var sista ansökningsdag 1 april.' + BODY },
  // year: the support of one season of a year (cues/year.ts stodet-for-sasong-ar)
  { id: 'Y7', shape: 'dev 2045: "… särskilt fokus för det extra stödet för sommaren 2022" beside "invigdes under 2021"', field: 'year', want: 2022,
    text: 'Extra bidrag till föreningar för sommararrangemang\n\nStora torg som invigdes under 2021 är en ny spännande arena för evenemang och får därför särskilt fokus för det extra stödet för sommaren 2022.' + BODY },
  { id: 'Y8', shape: 'paraphrase: "Lovbidraget för sommarlovet 2024 kan sökas av föreningar."', field: 'year', want: 2024,
    text: 'Lovbidrag\n\nLovbidraget för sommarlovet 2024 kan sökas av föreningar.' + BODY },
  { id: 'Y9', shape: 'paraphrase: "Ansökan om medlen för hösten 2023 görs i e-tjänsten."', field: 'year', want: 2023,
    text: 'Höstlovsmedel\n\nAnsökan om medlen för hösten 2023 görs i e-tjänsten.' + BODY },
  { id: 'Yz', shape: 'counter: "Stödet för sommaren 2021 fördelades i juni." (told in the past)', field: 'year', want: null,
    text: 'Sommarstöd\n\nStödet för sommaren 2021 fördelades i juni.' + BODY },
  // requisition.closes: the last day told in the past tense (cues/dates.ts ansokan-stangde)
  { id: 'C1', shape: 'dev 2052: "Ansökan stängde 1 december 2021."', field: 'requisition.closes', want: '2021-12-01',
    text: 'Landsbygdsmedel\n\nIdeella föreningar kan söka medel.\n\nAnsökan stängde 1 december 2021.' + BODY },
  { id: 'C2', shape: 'paraphrase: "Utlysningen för landsbygdsmedel stängde den 15 mars 2023."', field: 'requisition.closes', want: '2023-03-15',
    text: 'Landsbygdsmedel\n\nUtlysningen för landsbygdsmedel stängde den 15 mars 2023.' + BODY },
  { id: 'C3', shape: 'paraphrase: "Ansökningsomgången stängdes fredagen den 30 september 2022."', field: 'requisition.closes', want: '2022-09-30',
    text: 'Utvecklingsbidrag\n\nAnsökningsomgången stängdes fredagen den 30 september 2022.' + BODY },
  { id: 'Cx', shape: 'counter: "Kontoret stängde den 1 december 2021." (an office, no window)', field: 'requisition.closes', want: null,
    text: 'Landsbygdsmedel\n\nKontoret stängde den 1 december 2021.' + BODY },
  // recipients: organisations that "kan beviljas medel" after a participle phrase (cues/recipients.ts organisations-may-be-granted)
  { id: 'R1', shape: 'dev 2052: "Endast ideella föreningar verksamma utanför tätorten Finspång kan beviljas medel."', field: 'recipients.types', want: ['organisation'],
    text: 'Landsbygdsmedel\n\nEndast ideella föreningar verksamma utanför tätorten Finspång kan beviljas medel.' + BODY },
  { id: 'R2', shape: 'paraphrase: "Bara föreningar registrerade i kommunens föreningsregister kan beviljas bidrag."', field: 'recipients.types', want: ['organisation'],
    text: 'Arrangemangsbidrag\n\nBara föreningar registrerade i kommunens föreningsregister kan beviljas bidrag.' + BODY },
  { id: 'R3', shape: 'paraphrase: "Ideella föreningar aktiva i länet får beviljas stöd för upprustning."', field: 'recipients.types', want: ['organisation'],
    text: 'Upprustningsstöd\n\nIdeella föreningar aktiva i länet får beviljas stöd för upprustning.' + BODY },
  { id: 'Rx', shape: 'counter: "Föreningar verksamma i tätorten kan inte beviljas medel."', field: 'recipients.types', want: null,
    text: 'Landsbygdsmedel\n\nFöreningar verksamma i tätorten kan inte beviljas medel.' + BODY },
  // recipients: organisations as the ones applying, named in a rule for them (cues/recipients.ts organisations-som-soker-ska)
  { id: 'R4', shape: 'dev 2048: "Föreningar som söker bidrag ska lämna in en alkohol- och drogpolicy varje år …"', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag inom kulturområdet\n\nFöreningar som söker bidrag ska lämna in en alkohol- och drogpolicy varje år för att vara berättigade till bidrag.' + BODY },
  { id: 'R5', shape: 'paraphrase: "Organisationer som ansöker om projektstöd ska bifoga en budget."', field: 'recipients.types', want: ['organisation'],
    text: 'Projektstöd\n\nOrganisationer som ansöker om projektstöd ska bifoga en budget.' + BODY },
  { id: 'R6', shape: 'paraphrase: "Kulturföreningar som söker stöd måste vara registrerade i kommunen."', field: 'recipients.types', want: ['organisation'],
    text: 'Kulturstöd\n\nKulturföreningar som söker stöd måste vara registrerade i kommunen.' + BODY },
  { id: 'Ry', shape: 'counter: "Kommuner som söker bidrag ska bifoga en plan." (no organisation)', field: 'recipients.types', want: { not: ['organisation'] },
    text: 'Planeringsbidrag\n\nKommuner som söker bidrag ska bifoga en plan.' + BODY },
  // title: a kommun site's contact box, feedback links and address above the heading are chrome (cues/title.ts contact-box-lines,
  // phone-line, feedback-links, street-address)
  { id: 'T1', shape: 'dev 2053: "Kontakta kommunen" / "Kontaktuppgifter till tierps kommun" / "Telefontider" / "Må - fr 9.00-16.00" / … above the heading', field: 'title', want: 'Världens bästa sommarlov',
    text: 'Kontakta kommunen\n\nKontaktuppgifter till tierps kommun\n\nTelefontider\n\nMå - fr 9.00-16.00\n\nTelefon\n\n0293-21 80 88\n\nE-post\n\nmedborgarservice@tierp.se\n\nBesök\n\nCentralgatan 7, Tierp\n\nÖppet\n\nMå - fr 7.30-16.00\n\nVärldens bästa sommarlov\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T2', shape: 'dev 2050: "Kontakt" / "Telefon: … måndag-torsdag 7.30-16.30, …" / "Mejl: …" / "Besöksadress: …" / "Tyck till" / "Anmäl fel" / "Gör en felanmälan" above the heading', field: 'title', want: 'Bidrag för föreningar och studieförbund',
    text: 'Kontakt\nTelefon: 0550-880 00 måndag-torsdag 7.30-16.30, Fredag 7.30-16 (lunchstängt 12-13)\nMejl: kommunen@kristinehamn.se\nBesöksadress: Kungsgatan 30\nTyck till\nAnmäl fel\nGör en felanmälan\n\nBidrag för föreningar och studieförbund\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T3', shape: 'paraphrase: "Kontaktuppgifter till Hylte kommun" / "Öppettider" / "Mån–fre kl. 8.00–16.30" / "Stadshusplan 1, Hylte" above the heading', field: 'title', want: 'Kulturbidrag',
    text: 'Kontaktuppgifter till Hylte kommun\n\nÖppettider\n\nMån–fre kl. 8.00–16.30\n\nStadshusplan 1, Hylte\n\nKulturbidrag\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T4', shape: 'paraphrase: "Telefon: 0340-88 10 00 vardagar 8.00-16.30" / "Lämna synpunkter Felanmälan" above the heading', field: 'title', want: 'Arrangemangsbidrag',
    text: 'Telefon: 0340-88 10 00 vardagar 8.00-16.30\n\nLämna synpunkter Felanmälan\n\nArrangemangsbidrag\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'Tx', shape: 'counter: "Kontakta kommunen för frågor om föreningsbidraget" stays a line of text (the title kept)', field: 'title', want: 'Kontakta kommunen för frågor om föreningsbidraget',
    text: 'Kontakta kommunen för frågor om föreningsbidraget\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'Ty', shape: 'counter: "Tyck till om kulturbidragen" stays a line of text (the title kept)', field: 'title', want: 'Tyck till om kulturbidragen',
    text: 'Tyck till om kulturbidragen\n\nFöreningar kan söka bidrag.' + BODY },
];

describe('fresh68: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
