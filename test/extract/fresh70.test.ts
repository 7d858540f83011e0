import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages of kommuner never in the corpus (helper fresh70, issue 12, dev 2114–2128): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed) and counter-probes that must give nothing or keep
// the other value, among them one adversarial probe per new or widened row (the same words with another role). The row
// examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no value; a list compares as
// a set.
//
// Wrong values first: the kommun named as the giver ('föreningsbidrag från Vaggeryds kommun', dev 2115) and as where the
// members live ('medlemmar från Torsås kommun', dev 2121) were read as a recipient.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // recipients: the named kommun as the giver (cues/recipients.ts money-from-named-kommun)
  { id: 'G1', shape: 'dev 2115: söka … föreningsbidrag från Vaggeryds kommun', field: 'recipients.types', want: ['organisation'],
    text: 'Så söker du föreningsbidraget\nFöreningar och organisationer kan söka ekonomiskt stöd och föreningsbidrag från Vaggeryds kommun.' + BODY },
  { id: 'G2', shape: 'paraphrase: ansöka om projektbidrag från Ljusdals kommun', field: 'recipients.types', want: ['organisation'],
    text: 'Projektbidrag\nIdeella föreningar kan ansöka om projektbidrag från Ljusdals kommun två gånger per år.' + BODY },
  { id: 'G3', shape: 'paraphrase: bidrag som din förening kan få från Ovanåkers kommun', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till föreningar\nHär hittar du de bidrag som din förening kan få från Ovanåkers kommun.' + BODY },
  { id: 'Gx', shape: 'adversarial: a kommun that applies for money from a named region stays a recipient', field: 'recipients.types', want: ['kommun'],
    text: 'Kulturstöd\nKommuner kan söka stöd från Region Skåne för kulturprojekt.' + BODY },
  { id: 'Gy', shape: 'adversarial: the kommun applies, the money from the kommun named too', field: 'recipients.types', want: ['kommun'],
    text: 'Investeringsstöd\nStödet kan sökas av kommuner i länet. Bidrag från Vaggeryds kommun betalas ut efter beslut.' + BODY },
  // recipients: members from a named kommun (cues/recipients.ts applicant-tied-to-place widened)
  { id: 'M1', shape: 'dev 2121: förening … ha medlemmar från Torsås kommun', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nBidragsberättigad förening skall bedriva en verksamhet som berör socialnämndens område och ha medlemmar från Torsås kommun. Föreningar kan söka bidraget.' + BODY },
  { id: 'M2', shape: 'paraphrase: minst tio medlemmar från Hylte kommun', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsbidrag\nFöreningar kan söka bidraget. Föreningen ska ha minst tio medlemmar från Hylte kommun för att kunna få bidrag.' + BODY },
  { id: 'M3', shape: 'paraphrase: föreningar med deltagare från kommunen', field: 'recipients.types', want: ['organisation'],
    text: 'Lovbidrag\nBidrag kan sökas av föreningar med deltagare från kommunen.' + BODY },
  { id: 'Mx', shape: 'adversarial: a kommun applying for its members from another kommun stays a kommun', field: 'recipients.types', want: ['kommun'],
    text: 'Samverkansbidrag\nKommunen kan söka bidraget för insatser för medlemmar från Torsås kommun.' + BODY },
  // recipients: organisations named in the condition for getting the money (cues/recipients.ts for-att-fa-bidrag-ska-forening)
  { id: 'F1', shape: 'dev 2114: För att få bidrag måste föreningar uppfylla …', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag och stöd till studieförbund\nFör att få bidrag måste föreningar uppfylla de allmänna villkoren för föreningsbidrag.' + BODY },
  { id: 'F2', shape: 'dev 2124: Föreningen skall för att kunna erhålla bidrag uppfylla …', field: 'recipients.types', want: ['organisation'],
    text: 'Allmänna bestämmelser\nFöreningen skall för att kunna erhålla bidrag uppfylla nedanstående grundkrav.' + BODY },
  { id: 'F3', shape: 'paraphrase: För att kunna få föreningsbidrag ska föreningen …', field: 'recipients.types', want: ['organisation'],
    text: 'Aktivitetsbidrag\nFör att kunna få föreningsbidrag ska föreningen ha minst tio medlemmar.' + BODY },
  { id: 'F4', shape: 'paraphrase: Organisationen måste för att få stöd vara registrerad', field: 'recipients.types', want: ['organisation'],
    text: 'Lokalstöd\nOrganisationen måste för att få stöd vara registrerad i kommunens föreningsregister.' + BODY },
  { id: 'Fx', shape: 'adversarial: the same words for a place on a course', field: 'recipients.types', want: null,
    text: 'Ledarkurs\nFör att få plats på kursen måste föreningar anmäla sig senast 1 mars.' + BODY },
  { id: 'Fy', shape: 'adversarial: the kommun must work with föreningar to get the money: no organisation', field: 'recipients.types', want: null,
    text: 'Samverkansbidrag\nFör att få bidrag måste kommuner samverka med föreningar.' + BODY },
  // recipients: the grant said to be there for organisations (cues/recipients.ts bidraget-ar-till-for-foreningar)
  { id: 'T1', shape: 'dev 2118: Bidragen är till för att stötta … ideella föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Bidragsregler för föreningar 2024\nBidragen är till för att stötta Hultsfred kommuns ideella föreningar.' + BODY },
  { id: 'T2', shape: 'paraphrase: Stödet är till för ideella föreningar som verkar i kommunen', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsstöd\nStödet är till för ideella föreningar som verkar i kommunen.' + BODY },
  { id: 'T3', shape: 'paraphrase: Föreningsbidraget är till för att stödja lokala organisationer', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\nFöreningsbidraget är till för att stödja lokala organisationer med barn- och ungdomsverksamhet.' + BODY },
  { id: 'Tx', shape: 'adversarial: the grant is there for the children, not an organisation', field: 'recipients.types', want: null,
    text: 'Fritidspeng\nStödet är till för barn och unga i kommunen.' + BODY },
  // funding.total: a sum and the money named before "att söka" (cues/funding.ts att-fordela widened)
  { id: 'E1', shape: 'dev 2126: … 100 000 kr extra medel att söka', field: 'funding.total', want: 100000,
    text: 'Extra bidrag i sommar\nOxelösunds kommun har beslutat att ge bidragsberättigade föreningar verksamma i kommunen 100 000 kr extra medel att söka, för att kunna skapa aktiviteter under sommaren 2020. Sista ansökningsdag är 1 juni 2020.' + BODY },
  { id: 'E2', shape: 'paraphrase: 2 miljoner kronor i nya medel att fördela', field: 'funding.total', want: 2000000,
    text: 'Kulturprojekt 2024\nRegionen har 2 miljoner kronor i nya medel att fördela till kulturprojekt. Sista ansökningsdag är 1 mars 2024.' + BODY },
  { id: 'E3', shape: 'paraphrase: 300 000 kronor ytterligare pengar att söka', field: 'funding.total', want: 300000,
    text: 'Lovaktiviteter 2023\nNu finns 300 000 kronor ytterligare pengar att söka för lovaktiviteter. Ansök senast 15 maj 2023.' + BODY },
  { id: 'Ex', shape: 'adversarial: each förening\'s extra money', field: 'funding.total', want: null,
    text: 'Extra bidrag 2020\nVarje förening får 10 000 kr extra medel att söka för sommaraktiviteter. Ansök senast 1 juni 2020.' + BODY },
  { id: 'Ey', shape: 'adversarial: last summer\'s extra money', field: 'funding.total', want: null,
    text: 'Sommarbidrag 2021\nFörra sommaren fanns 100 000 kr extra medel att söka. Ansök senast 1 juni 2021.' + BODY },
  // title: a contact box's opening hours in whole hours around lunch (cues/title.ts contact-box-lines widened)
  { id: 'H1', shape: 'dev 2124 paraphrase: Måndag 8-12, 13-16 above the heading', field: 'title', want: 'Lokalbidrag',
    text: 'Öppet\nMåndag 8-12, 13-16\nFredag 8-12, 13-15\n\nLokalbidrag\nFöreningar kan söka lokalbidrag.' + BODY },
  { id: 'H2', shape: 'paraphrase: Mån–tors kl. 8-11.30, 12.30-16 above the heading', field: 'title', want: 'Arrangemangsbidrag',
    text: 'Telefontider\nMån–tors kl. 8-11.30, 12.30-16\n\nArrangemangsbidrag\nFöreningar kan söka arrangemangsbidrag.' + BODY },
  { id: 'Hx', shape: 'adversarial: a heading of days and a round\'s dates stays the title', field: 'title', want: 'Fredag 13-15 augusti',
    text: 'Fredag 13-15 augusti\nFöreningar kan söka bidrag till marknadsdagarna.' + BODY },
];

describe('fresh70: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
