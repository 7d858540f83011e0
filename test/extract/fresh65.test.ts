import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages and utlysningar of bodies never used (helper fresh65, issue 12, dev 1975–1989): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed) and a counter-probe that must give nothing or keep
// the other value. The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no
// value; a list compares as a set; `{ re }` that the value matches.
//
// Wrong values first: the kommun a page's föreningar apply to was read as a recipient (dev 1979, 1980: kommun, organisation).

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // recipients: the kommun as where the money comes from or where one applies (cues/recipients.ts money-from-the-kommun)
  { id: 'K1', shape: 'dev 1979: stöd som föreningar kan söka från kommunen', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag och stöd\nDet finns olika former av bidrag eller stöd som föreningar kan söka från kommunen.' + BODY },
  { id: 'K2', shape: 'dev 1980: kan söka föreningsstöd från kommunen (a compound money word)', field: 'recipients.types', want: ['organisation'],
    text: 'Stöd till föreningslivet\nFöreningar som är verksamma inom Forshaga kommun kan söka föreningsstöd från kommunen förutsatt att de uppfyller vissa krav.' + BODY },
  { id: 'K3', shape: 'paraphrase: ansöka om aktivitetsbidrag från regionen', field: 'recipients.types', want: ['organisation'],
    text: 'Aktivitetsbidrag\nIdeella föreningar kan ansöka om aktivitetsbidrag från regionen två gånger per år.' + BODY },
  { id: 'K4', shape: 'paraphrase: vilka bidrag föreningar kan få från kommunen', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till föreningar\nHär ser du vilka bidrag föreningar kan få från kommunen.' + BODY },
  { id: 'Kx', shape: 'counter: a kommun that applies to the region stays a recipient', field: 'recipients.types', want: ['kommun'],
    text: 'Kulturstöd\nKommuner kan söka stöd från regionen för kulturprojekt.' + BODY },
  // recipients: a title naming the grant as organisations' when no sentence names who may apply (cues/recipients.ts understod-for-organisationer)
  { id: 'R1', shape: 'dev 1983: Statsunderstöd för civilsamhällesorganisationers Europainformation', field: 'recipients.types', want: ['organisation'],
    text: 'Statsunderstöd för civilsamhällesorganisationers Europainformation – Ansökningsomgång 2018 är nu öppen\n\nSyftet med understöden är att öka kunskapen om Europeiska unionen.' + BODY },
  { id: 'R2', shape: 'paraphrase: Bidrag till ideella organisationers lokala arbete 2024', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till ideella organisationers lokala arbete 2024\n\nBidraget kan användas för kurser och möten. Ansök senast 1 mars 2024.' + BODY },
  { id: 'R3', shape: 'paraphrase: Understöd för ungdomsorganisationer 2023', field: 'recipients.types', want: ['organisation'],
    text: 'Understöd för ungdomsorganisationer 2023\n\nUnderstödet kan användas för läger och kurser. Ansökan senast 1 mars 2023.' + BODY },
  { id: 'Rx', shape: 'counter: Statsbidrag till kommuner för samarbete med organisationer', field: 'recipients.types', want: ['kommun'],
    text: 'Statsbidrag till kommuner för samarbete med organisationer\n\nBidraget kan användas för samverkan. Rekvirera senast 1 mars 2023.' + BODY },
  // title: a back link to the news list and a site builder's page edge (cues/title.ts back-link-dateline, page-edge-marker)
  { id: 'T1', shape: 'dev 1984: Tillbaka till aktuellt / 11.2.2022 | Ungdomar', field: 'title', want: 'Verksamhetsunderstöd',
    text: 'Tillbaka till aktuellt\n11.2.2022 | Ungdomar\n\nVerksamhetsunderstöd\nVerksamhetsunderstöd kan sökas av ungdomsföreningar i staden.' + BODY },
  { id: 'T2', shape: 'paraphrase: Tillbaka till nyheter / 3.5.2021 | Kultur och fritid', field: 'title', want: 'Kulturbidrag 2021',
    text: 'Tillbaka till nyheter\n3.5.2021 | Kultur och fritid\n\nKulturbidrag 2021\nFöreningar kan söka kulturbidrag.' + BODY },
  { id: 'T3', shape: 'dev 1988: top of page', field: 'title', want: 'Stärka demokratin',
    text: 'top of page\n\nStärka demokratin\n\nSista ansökningsdag: 18 februari 2022. Projektbidrag får lämnas för åtgärder som stärker demokratin.' + BODY },
  { id: 'T4', shape: 'paraphrase: Top of the page … bottom of page', field: 'title', want: 'Bidrag till lokala kulturprojekt',
    text: 'Top of the page\n\nBidrag till lokala kulturprojekt\n\nFöreningar kan söka bidraget.' + BODY + '\n\nbottom of page' },
  { id: 'Tx', shape: 'counter: a title that starts with "Tillbaka till aktuellt"', field: 'title', want: { re: '^Tillbaka till aktuellt läge' },
    text: 'Tillbaka till aktuellt läge – stöd för återstart 2022\nFöreningar kan söka stödet.' + BODY },
  // closes: the English word for the round's last day (cues/dates.ts word-deadline-for-round)
  { id: 'D1', shape: 'dev 1989: Deadline för ansökningsomgången är 30.9.2020.', field: 'requisition.closes', want: '2020-09-30',
    text: 'Pomoväst delar ut projektstöd\nHöstens ansökningsomgång pågår.\nDeadline för ansökningsomgången är 30.9.2020.\nFöreningar kan söka projektstöd.' + BODY },
  { id: 'D2', shape: 'paraphrase: Deadline för ansökan är den 15 mars 2024.', field: 'requisition.closes', want: '2024-03-15',
    text: 'Kulturbidrag\nDeadline för ansökan är den 15 mars 2024.\nFöreningar kan söka kulturbidrag.' + BODY },
  { id: 'D3', shape: 'paraphrase: Deadline för utlysningen är 1.10.2021, beslut i december', field: 'requisition.closes', want: '2021-10-01',
    text: 'Projektstöd\nDeadline för utlysningen är 1.10.2021, och beslut kommer i december.\nFöreningar kan söka projektstöd.' + BODY },
  { id: 'Dx', shape: 'counter: Deadline för slutrapporten är 30.9.2020.', field: 'requisition.closes', want: null,
    text: 'Projektstöd\nDeadline för slutrapporten är 30.9.2020.\nFöreningar kan söka projektstöd.' + BODY },
  // closes: a dotted ISO day after "senast", the grant as the present's object (parse/numeric-dates.ts spaced, cues/dates.ts APPLY)
  { id: 'S1', shape: 'dev 1979: Föreningsstödet söker ni senast 2024.09.30', field: 'requisition.closes', want: '2024-09-30',
    text: 'Föreningsbidrag och stöd\nFöreningar kan söka stöd.\nFöreningsstödet söker ni senast 2024.09.30' + BODY },
  { id: 'S2', shape: 'paraphrase: Kulturbidraget söks senast 2023.03.15 via e-tjänsten.', field: 'requisition.closes', want: '2023-03-15',
    text: 'Kulturbidrag\nKulturbidraget söks senast 2023.03.15 via e-tjänsten.\nFöreningar kan söka kulturbidrag.' + BODY },
  { id: 'S3', shape: 'paraphrase: Bidraget söker du senast den 1 mars 2024.', field: 'requisition.closes', want: '2024-03-01',
    text: 'Startbidrag\nBidraget söker du senast den 1 mars 2024.\nNystartade föreningar kan söka bidraget.' + BODY },
  { id: 'Sx', shape: 'counter: a dotted version number without a lead', field: 'requisition.closes', want: null,
    text: 'Kulturbidrag\nVersion 2024.09.30 av riktlinjerna gäller.\nFöreningar kan söka kulturbidrag.' + BODY },
];

describe('fresh65: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
