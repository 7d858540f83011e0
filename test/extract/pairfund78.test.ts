import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Helper pairfund78 (issue 14 via issue 12): the channel, the total, payment and reporting read in both years of a diff
// pair. Each family's shape from a tuned pair, paraphrased the way another body would put it (constructed sentences, none
// copied from a corpus or pair text), and counter-probes for the nearest wrong reading, which must give nothing or keep
// the other value. The row examples in extract/cues/*.ts hold the real phrasings at the cue level.
// `want: null` asks for no value; `{ re }` that the value matches.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const HEAD = 'Bidrag till föreningar 2025\n\nIdeella föreningar i kommunen kan söka bidrag för aktiviteter för barn och unga. Sista ansökningsdag är den 15 mars 2025.\n\n';
const BODY = '\n\nBidraget får användas till aktiviteter under sommarlovet.';

const CHANNEL: Probe[] = [
  // the applicant sends the application to an e-mail address (cues/requisition.ts du-skickar-ansokan-till-adress)
  { id: 'C1', shape: 'Du skickar din ansökan till NAMN, roll, via e-post ADRESS', field: 'requisition.channel', want: 'anna.berg@ekby.se',
    text: HEAD + 'Du skickar din ansökan till Anna Berg, föreningskonsulent, via e-post anna.berg@ekby.se' + BODY },
  { id: 'C2', shape: 'Din ansökan med budget skickar du till ADRESS', field: 'requisition.channel', want: 'fritid@ekby.se',
    text: HEAD + 'Din ansökan med budget skickar du till fritid@ekby.se.' + BODY },
  // … or to an address on the next line (ansokan-skickas-till-kolon)
  { id: 'C3', shape: 'Er ansökan skickar ni till: / ADRESS', field: 'requisition.channel', want: 'bidrag@ekby.se',
    text: HEAD + 'Er ansökan skickar ni till:\n\nbidrag@ekby.se\n\nMärk mejlet med föreningens namn.' + BODY },
  // … or to a postal address (ansokan-skickas-till-postadress)
  { id: 'C4', shape: 'Ansökan skickas till FÖRVALTNING, Box N, postnummer ORT', field: 'requisition.channel', want: { re: 'Box 12, 123 45 Ekby$' },
    text: HEAD + 'Ansökan skickas till Kultur- och fritidsförvaltningen, Box 12, 123 45 Ekby.' + BODY },
  // the media (ansokan-ska-du-mejla)
  { id: 'C5', shape: 'Er ansökan kan ni mejla eller posta till …', field: 'requisition.channel', want: 'mejla eller posta',
    text: HEAD + 'Er ansökan kan ni mejla eller posta till föreningsenheten.' + BODY },
  // a named system (soker-via-system)
  { id: 'C6', shape: 'Föreningar söker via SYSTEM.', field: 'requisition.channel', want: 'Bokabidrag',
    text: HEAD + 'Föreningar söker via Bokabidrag. Logga in med föreningens uppgifter.' + BODY },
  { id: 'C7', shape: 'Ansökan görs i vårt ansökningssystem SYSTEM', field: 'requisition.channel', want: 'Stipendia',
    text: HEAD + 'Du gör din ansökan i vårt ansökningssystem Stipendia.' + BODY },
  // the form sent in (ansoker-genom-att-skicka-blankett)
  { id: 'C8', shape: 'Ni söker bidraget genom att skicka in blanketten', field: 'requisition.channel', want: 'blanketten',
    text: HEAD + 'Ni söker bidraget genom att skicka in blanketten.' + BODY },
  // a heading that tells where to apply (fields/requisition.ts headingChannel)
  { id: 'C9', shape: 'heading: Ansök om bidraget via e-tjänst', field: 'requisition.channel', want: 'e-tjänst',
    text: HEAD + 'Ansök om bidraget via e-tjänst\n\nBidraget beslutas av nämnden.' + BODY },
  // counters
  { id: 'Cx1', shape: 'counter: the report sent to an address', field: 'requisition.channel', want: null,
    text: HEAD + 'Du skickar din redovisning till fritid@ekby.se senast den 30 september.' + BODY },
  { id: 'Cx2', shape: 'counter: a signed original posted beside the e-service', field: 'requisition.channel', want: { re: 'e-tjänst' },
    text: HEAD + 'Ansökan görs i kommunens e-tjänst. Ansökan skickas även i undertecknat original till Kommunen, Box 1, 123 45 Ekby.' + BODY },
  { id: 'Cx3', shape: 'counter: the report to an address on the next line', field: 'requisition.channel', want: null,
    text: HEAD + 'Redovisningen skickar du till:\n\nfritid@ekby.se' + BODY },
  { id: 'Cx4', shape: 'counter: a heading about the report', field: 'requisition.channel', want: null,
    text: HEAD + 'Redovisa bidraget via e-tjänst\n\nRedovisningen ska vara inne senast 30 september.' + BODY },
  { id: 'Cx5', shape: 'counter: questions sent to an address', field: 'requisition.channel', want: null,
    text: HEAD + 'Frågor om din ansökan skickar du till fritid@ekby.se.' + BODY },
];

const TOTAL: Probe[] = [
  // the year between "uppgår" and "till" (cues/funding.ts uppgar-till)
  { id: 'T1', shape: 'Anslaget uppgår YEAR till totalt N', field: 'funding.total', want: 40000000,
    text: 'Statsbidrag till ideella organisationer 2024\n\nMyndigheten fördelar statsbidrag till ideella organisationer. Anslaget uppgår 2024 till totalt 40 miljoner kronor. Sista ansökningsdag är den 1 mars 2024.' + BODY },
  { id: 'T2', shape: 'Bidraget uppgår år YEAR till N', field: 'funding.total', want: 2500000,
    text: 'Bidrag till studieförbund 2025\n\nStudieförbund kan söka bidraget. Bidraget uppgår år 2025 till 2,5 miljoner kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'Tx1', shape: 'counter: a rate per year after the year', field: 'funding.total', want: null,
    text: 'Bidrag till studieförbund 2025\n\nStudieförbund kan söka bidraget. Bidraget uppgår 2025 till 6 000 kronor/år per förening. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  // the budget in an ordinary year, the grant named after the sum (budgeten-under-ordinarie-ar)
  { id: 'T3', shape: 'Budgeten ett normalt år är N för STIPENDIUM', field: 'funding.total', want: 200000,
    text: 'Kulturstipendium\n\nKonstnärer i länet kan söka stipendiet. Budgeten ett normalt år är 200 000 kronor för kulturstipendium. Sista ansökningsdag är den 1 oktober.' + BODY },
  { id: 'Tx2', shape: 'counter: the applicant\'s project budget', field: 'funding.total', want: null,
    text: 'Kulturstipendium\n\nKonstnärer i länet kan söka stipendiet. Budgeten under ordinarie år är 200 000 kronor för projektet. Sista ansökningsdag är den 1 oktober.' + BODY },
  { id: 'Tx3', shape: 'counter: the budget per stipend', field: 'funding.total', want: null,
    text: 'Kulturstipendium\n\nKonstnärer i länet kan söka stipendiet. Budgeten under ordinarie år är 20 000 kronor för varje stipendium. Sista ansökningsdag är den 1 oktober.' + BODY },
  // the most one project is funded (APPLICATION_CEILINGS maximal-finansiering-for-ett-projekt): a part with per_unit and per_unit_max
  { id: 'M1', shape: 'Maximal finansiering för ett projekt är N', field: 'funding.parts.0.per_unit', want: 750000,
    text: 'Utlysning: kommunikationsprojekt 2025\n\nForskare och organisationer kan söka medel. Maximal finansiering för ett projekt är 750 000 kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'M2', shape: 'Högsta finansiering per projekt är N', field: 'funding.parts.0.per_unit_max', want: true,
    text: 'Utlysning: kommunikationsprojekt 2025\n\nForskare och organisationer kan söka medel. Högsta finansiering per projekt är 1 miljon kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  // … and with "det går att söka" and its bound (APPLICATION_CEILINGS det-gar-att-soka-hogst)
  { id: 'M3', shape: 'Det går att söka upp till N för ettåriga projekt', field: 'funding.parts.0.per_unit', want: 300000,
    text: 'Utlysning: kulturprojekt 2025\n\nFöreningar kan söka medel. Det går att söka upp till 300 000 kronor för ettåriga projekt. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'Mx3', shape: 'counter: a sum per month', field: 'funding.parts', want: null,
    text: 'Utlysning: kulturprojekt 2025\n\nFöreningar kan söka medel. Det går att söka högst 5 000 kronor per månad. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'Mx1', shape: 'counter: last round\'s cap', field: 'funding.parts', want: null,
    text: 'Utlysning: kommunikationsprojekt 2025\n\nForskare och organisationer kan söka medel. Förra året var maximal finansiering för ett projekt 1,5 miljoner kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
  { id: 'Mx2', shape: 'counter: the programme\'s frame', field: 'funding.parts', want: null,
    text: 'Utlysning: kommunikationsprojekt 2025\n\nForskare och organisationer kan söka medel. Maximal finansiering för programmet är 20 miljoner kronor. Sista ansökningsdag är den 1 mars 2025.' + BODY },
];

const REPORT_HEAD = 'Bidrag till föreningar 2025\n\nIdeella föreningar i kommunen kan söka bidrag. Sista ansökningsdag är den 15 mars 2025.\n\nRedovisning\n\n';
const REPORTING: Probe[] = [
  // the report sent to an address on the lines below "… till:" (cues/reporting.ts skickar-in-den-till-kolon, fields/reporting.ts addressBelow)
  { id: 'R1', shape: 'Redovisningen skickar ni till: / ADRESSAT / postnummer ORT', field: 'reporting.channel', want: { re: '^Kultur- och fritidsnämnden' },
    text: REPORT_HEAD + 'Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2026. Redovisningen skickar ni till:\n\nKultur- och fritidsnämnden\n\nBox 5\n\n123 45 Ekby' + BODY },
  { id: 'R2', shape: '… ska underteckna redovisningen. Sedan skickar ni den till: / ADRESSAT postnummer ORT', field: 'reporting.channel', want: { re: '^Ekby kommun' },
    text: REPORT_HEAD + 'Ordföranden ska underteckna redovisningen. Sedan skickar ni in den till:\n\nEkby kommun 123 45 Ekby\n\nTack för ert arbete under året.' + BODY },
  { id: 'Rx1', shape: 'counter: the application\'s address below "till:"', field: 'reporting.channel', want: null,
    text: REPORT_HEAD + 'Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2026. Ansökan om nästa års bidrag skickas till:\n\nKultur- och fritidsnämnden\n\n123 45 Ekby' + BODY },
  { id: 'Rx2', shape: 'counter: no address below "till:"', field: 'reporting.channel', want: null,
    text: REPORT_HEAD + 'Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2026. Redovisningen skickar ni till:\n\nSe kontaktuppgifterna längre ned på sidan, där finns också blanketten att fylla i och skriva under.' + BODY },
];

describe('pairfund78: channel, total, payment and reporting phrasings read, counter-probes give nothing', () => {
  for (const p of [...CHANNEL, ...TOTAL, ...REPORTING]) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
