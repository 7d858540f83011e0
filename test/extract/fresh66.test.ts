import { describe, it } from 'vitest';
import { findEmails } from '../../extract/parse/contacts.js';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages and utlysningar of bodies never used (helper fresh66, issue 12, dev 2020–2034): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed) and a counter-probe that must give nothing or keep
// the other value. The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no
// value; a list compares as a set; `{ re }` that the value matches.
//
// Wrong values first: a press contact's address glued to the link text after it came out as a contact (dev 2030,
// '00presskontakt@mediemyndigheten.semediemyndigheten.selänkar'); and the kommun that "erbjuder föreningar … att söka" read as a
// recipient once the offer was read (dev 2027, caught before commit).

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // recipients: a giver that offers organisations to apply, the giver no recipient (cues/recipients.ts erbjuder-organisationer-att-soka, GIVING_SUBJECT)
  { id: 'R1', shape: 'dev 2027: Västerviks kommun erbjuder föreningar och ideella organisationer att söka medel', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till lovaktiviteter 2021\nVästerviks kommun erbjuder föreningar och ideella organisationer att söka medel för att arrangera aktiviteter under sommar, höst- och jullovet 2021.' + BODY },
  { id: 'R2', shape: 'paraphrase: Regionen erbjuder idrottsföreningar möjlighet att söka stöd', field: 'recipients.types', want: ['organisation'],
    text: 'Sommarstöd\nRegionen erbjuder idrottsföreningar möjlighet att söka stöd för sommaraktiviteter.' + BODY },
  { id: 'R3', shape: 'paraphrase: Kommunen erbjuder i år lokala föreningar att ansöka om bidrag', field: 'recipients.types', want: ['organisation'],
    text: 'Lovbidrag\nKommunen erbjuder i år lokala föreningar att ansöka om bidrag till lovaktiviteter.' + BODY },
  { id: 'Rx', shape: 'counter: Regionen erbjuder kommuner att söka medel för samverkan med föreningar (no organisation)', field: 'recipients.types', want: null,
    text: 'Samverkansmedel\nRegionen erbjuder kommuner att söka medel för samverkan med föreningar.' + BODY },
  // recipients: the money directed at organisations (stod-riktas-mot-organisationer)
  { id: 'S1', shape: 'dev 2023: De flesta ekonomiska stöd riktas mot ideella organisationer och föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag kultur- och fritid\nDe flesta ekonomiska stöd riktas mot ideella organisationer och föreningar.' + BODY },
  { id: 'S2', shape: 'paraphrase: Bidraget riktas i första hand till lokala föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Kulturbidrag\nBidraget riktas i första hand till lokala föreningar.' + BODY },
  { id: 'S3', shape: 'paraphrase: Stödet riktas främst mot ideella organisationer i länet', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsstöd\nStödet riktas främst mot ideella organisationer i länet.' + BODY },
  { id: 'Sx', shape: 'counter: Bidraget riktas mot barn i föreningar', field: 'recipients.types', want: null,
    text: 'Aktivitetsbidrag\nBidraget riktas mot barn i föreningar.' + BODY },
  // recipients: a long relative clause, a deadline between "kan" and "söka" (organisationer-som-x-kan-senast-soka)
  { id: 'L1', shape: 'dev 2032: De organisationer som bedriver frivilligt socialt arbete, …, kan senast 31 oktober 2018 söka anslag', field: 'recipients.types', want: ['organisation'],
    text: 'Anslag till organisationer\nDe organisationer som bedriver frivilligt socialt arbete, i enlighet med inriktningen i socialtjänstlagen, kan senast 31 oktober 2018  söka anslag för 2019 och 2020.' + BODY },
  { id: 'L2', shape: 'paraphrase: Ideella föreningar som har verksamhet för barn och unga i kommunen, kan senast den 1 mars ansöka', field: 'recipients.types', want: ['organisation'],
    text: 'Barn- och ungdomsbidrag\nIdeella föreningar som har verksamhet för barn och unga i kommunen, kan senast den 1 mars ansöka om bidraget.' + BODY },
  { id: 'L3', shape: 'paraphrase: De föreningar som driver en samlingslokal, kan nu söka driftbidrag', field: 'recipients.types', want: ['organisation'],
    text: 'Driftbidrag\nDe föreningar som driver en samlingslokal, kan nu söka driftbidrag.' + BODY },
  { id: 'Lx', shape: 'counter: Organisationer som vill veta mer om bidraget, kan kontakta kommunen innan de ansöker', field: 'recipients.types', want: null,
    text: 'Information\nOrganisationer som vill veta mer om bidraget, kan kontakta kommunen innan de ansöker.' + BODY },
  // recipients: organisations told of the chance to apply (organisationer-om-mojligheten-att-soka)
  { id: 'M1', shape: 'dev 2033: informationsbrev till föreningar och organisationer (…) om möjligheten att söka medel', field: 'recipients.types', want: ['organisation'],
    text: 'Regelverk för ansökningar om bidrag\nUnder november skickas informationsbrev till föreningar och organisationer (som verkar inom socialtjänstens verksamhetsområde) om möjligheten att söka medel från socialnämnden.' + BODY },
  { id: 'M2', shape: 'paraphrase: Nämnden informerar lokala föreningar om möjligheten att söka bidrag', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nNämnden informerar lokala föreningar om möjligheten att söka bidrag två gånger per år.' + BODY },
  { id: 'M3', shape: 'paraphrase: Ett brev skickas till alla idrottsföreningar i länet om möjligheten att ansöka om stöd', field: 'recipients.types', want: ['organisation'],
    text: 'Idrottsstöd\nEtt brev skickas till alla idrottsföreningar i länet om möjligheten att ansöka om stöd.' + BODY },
  { id: 'Mx', shape: 'counter: Föreningar informeras om möjligheten att överklaga beslutet', field: 'recipients.types', want: null,
    text: 'Beslut om bidrag\nFöreningar informeras om möjligheten att överklaga beslutet.' + BODY },
  // title: a kommun site's top bar and its logo link (cues/title.ts site-top-bar, logo-home-link)
  { id: 'T1', shape: 'dev 2022: Kontakta oss / frågor, felanmälan / Sök evenemang / … / toggle right column', field: 'title', want: 'Ungdomschecken',
    text: 'Kontakta oss\nfrågor, felanmälan\nSök evenemang\ni Nässjö kommun\ntoggle right column\n\nUngdomschecken\n\nAv unga för unga!\n\nMed ungdomschecken vill kommunen ge ungdomar en ökad möjlighet att själva anordna arrangemang.' + BODY },
  { id: 'T2', shape: 'paraphrase: Kontakta oss / synpunkter, felanmälan above the heading', field: 'title', want: 'Kulturbidrag',
    text: 'Kontakta oss\nsynpunkter, felanmälan\n\nKulturbidrag\n\nFöreningar kan söka kulturbidrag två gånger per år för sina arrangemang.' + BODY },
  { id: 'T3', shape: 'dev 2024: Sotenäs kommunvapen, länk till startsida', field: 'title', want: 'Kulturstöd',
    text: 'Sotenäs kommunvapen, länk till startsida\n\nKulturstöd\n\nKommunen delar ut stöd till föreningar som ägnar sig åt kulturverksamhet.' + BODY },
  { id: 'T4', shape: 'paraphrase: Härryda kommuns logotyp, länk till startsidan', field: 'title', want: 'Föreningsbidrag',
    text: 'Härryda kommuns logotyp, länk till startsidan\n\nFöreningsbidrag\n\nKommunen delar ut bidrag till föreningar med verksamhet för barn och unga.' + BODY },
  { id: 'Tx', shape: 'counter: Bidrag till restaurering av kommunvapen och fanor stays the title', field: 'title', want: 'Bidrag till restaurering av kommunvapen och fanor',
    text: 'Bidrag till restaurering av kommunvapen och fanor\n\nFöreningar kan söka bidrag för att restaurera sina fanor.' + BODY },
  // funding.total: a decision paying a group named with its abbreviation (cues/funding.ts regeringen-betala-ut-till-namngiven)
  { id: 'F1', shape: 'dev 2034: uppdrar åt Socialstyrelsen att betala ut 100 miljoner kronor till de regionala samverkans- och stödstrukturerna (RSS)', field: 'funding.total', want: 100000000,
    text: '# Uppdrag till Socialstyrelsen att betala ut medel\n\nRegeringen uppdrar åt Socialstyrelsen att betala ut 100 miljoner kronor till de regionala samverkans- och stödstrukturerna (RSS) för deras arbete inom området äldreomsorg.\n' },
  { id: 'F2', shape: 'paraphrase: betala ut 20 miljoner kronor till de regionala cancercentrumen (RCC)', field: 'funding.total', want: 20000000,
    text: '# Uppdrag att betala ut medel\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 20 miljoner kronor till de regionala cancercentrumen (RCC).\n' },
  { id: 'F3', shape: 'paraphrase: betala ut 5 000 000 kronor till den nationella samordnaren för hemlöshet (NSH)', field: 'funding.total', want: 5000000,
    text: '# Uppdrag att betala ut medel\n\nRegeringen ger Socialstyrelsen i uppdrag att betala ut 5 000 000 kronor till den nationella samordnaren för hemlöshet (NSH).\n' },
  { id: 'Fx', shape: 'counter: 500 000 kronor till de regionala stödstrukturerna (RSS) var — a sum for each', field: 'funding.total', want: null,
    text: '# Uppdrag att betala ut medel\n\nRegeringen uppdrar åt Socialstyrelsen att betala ut 500 000 kronor till var och en av de regionala stödstrukturerna (RSS), vardera.\n' },
  // year: the grant's year after its name, the payment's month (cues/year.ts ansoka-om-stod-for-ar, utbetalning-planeras-ske)
  { id: 'Y1', shape: 'dev 2030: kan nyhetsmedier ansöka om mediestöd för 2026 (the window in 2025)', field: 'year', want: 2026,
    text: 'Mediemyndigheten öppnar ansökan om mediestöd\nFrån och med den 18 augusti 2025 kan nyhetsmedier ansöka om mediestöd för 2026 i myndighetens e-tjänst. Sista ansökningsdag är den 8 september 2025.' + BODY },
  { id: 'Y2', shape: 'paraphrase: Nu kan föreningar söka om verksamhetsbidrag för 2025', field: 'year', want: 2025,
    text: 'Verksamhetsbidrag\nNu kan föreningar söka om verksamhetsbidrag för 2025 i e-tjänsten.' + BODY },
  { id: 'Y3', shape: 'dev 2031: Utbetalning av stödet planeras ske i mitten av augusti 2022', field: 'year', want: 2022,
    text: 'Extra stöd till föreningslivet\n500 000 kronor är avsatta för ändamålet. Utbetalning av stödet planeras ske i mitten av augusti 2022.' + BODY },
  { id: 'Y4', shape: 'paraphrase: Utbetalningen av bidraget beräknas ske i början av juni 2024', field: 'year', want: 2024,
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag. Utbetalningen av bidraget beräknas ske i början av juni 2024.' + BODY },
  { id: 'Yx', shape: 'counter: Det går inte att ansöka om stöd för 2026 ännu', field: 'year', want: null,
    text: 'Kulturstöd\nDet går inte att ansöka om stöd för 2026 ännu.' + BODY },
  // requisition.opens: "Från och med X kan <subject> ansöka om <compound>stöd" (cues/dates.ts fran-och-med-kan-ansoka)
  { id: 'O1', shape: 'dev 2030: Från och med den 18 augusti 2025 kan nyhetsmedier ansöka om mediestöd', field: 'requisition.opens', want: '2025-08-18',
    text: 'Mediestöd\nFrån och med den 18 augusti 2025 kan nyhetsmedier ansöka om mediestöd för 2026 i myndighetens e-tjänst.' + BODY },
  { id: 'O2', shape: 'paraphrase: Från och med den 1 mars 2024 kan föreningar ansöka om kulturstöd', field: 'requisition.opens', want: '2024-03-01',
    text: 'Kulturstöd\nFrån och med den 1 mars 2024 kan föreningar ansöka om kulturstöd.' + BODY },
  { id: 'O3', shape: 'paraphrase: Från den 2 maj 2023 kan lokala företag söka investeringsstöd', field: 'requisition.opens', want: '2023-05-02',
    text: 'Investeringsstöd\nFrån den 2 maj 2023 kan lokala företag söka investeringsstöd.' + BODY },
  { id: 'Ox', shape: 'counter: Från och med den 1 januari 2023 kan föreningar ansöka om medlemskap', field: 'requisition.opens', want: null,
    text: 'Förbundet\nFrån och med den 1 januari 2023 kan föreningar ansöka om medlemskap i förbundet.' + BODY },
  // requisition.closes: 'söka anslag' is applying (cues/dates.ts APPLY)
  { id: 'C1', shape: 'dev 2032: kan senast 31 oktober 2018 söka anslag', field: 'requisition.closes', want: '2018-10-31',
    text: 'Anslag till organisationer\nOrganisationer kan senast 31 oktober 2018  söka anslag för 2019 och 2020.' + BODY },
  { id: 'C2', shape: 'paraphrase: Föreningar kan söka anslag senast den 15 mars 2024', field: 'requisition.closes', want: '2024-03-15',
    text: 'Sociala anslag\nFöreningar kan söka anslag senast den 15 mars 2024.' + BODY },
  { id: 'C3', shape: 'paraphrase: Sista dag att söka forskningsanslag är 1 april 2025', field: 'requisition.closes', want: '2025-04-01',
    text: 'Forskningsanslag\nSista dag att söka forskningsanslag är 1 april 2025.' + BODY },
  { id: 'Cx', shape: 'counter: anslaget 1:6 … senast den 31 mars 2025 (a budget appropriation and a report)', field: 'requisition.closes', want: null,
    text: 'Uppdrag\nUtgifterna ska redovisas mot anslaget 1:6. En slutrapport lämnas senast den 31 mars 2025.' + BODY },
];

describe('fresh66: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});

// contacts: an address whose top-level domain runs, in mid-word, into a capitalised word is glued to the text after it (parse/contacts.ts)
describe('fresh66: a glued address is none', () => {
  const cases: Array<[string, string, string[]]> = [
    ['dev 2030', 'Tel:08 -580 070 00presskontakt@mediemyndigheten.semediemyndigheten.seLänkar', []],
    ['paraphrase: a site link run on', 'E-post: kontakt@foreningen.nuKontakta oss', []],
    ['paraphrase: a footer run on', 'info@kulturradet.seFölj oss', []],
    ['counter: an address in capitals stays', 'Mejla KULTUR@KOMMUN.SE i dag.', ['kultur@kommun.se']],
    ['counter: an address at a sentence end stays', 'Skicka ansökan till bidrag@region.se.', ['bidrag@region.se']],
  ];
  for (const [shape, text, want] of cases) it(shape, () => expectWant(findEmails(text).map((h) => h.email), want));
});
