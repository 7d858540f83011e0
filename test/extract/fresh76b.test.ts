import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Anvisningar and utlysningar of national agencies and regions never in the corpus (helper fresh76b, issue 12, dev
// 2262–2273): each fix's real shape from the batch, two paraphrases the way another body would put it (constructed) and at
// least two adversarial counter-probes per new or widened row (the same words with another role: a per-project cap, a past
// round, a sum per län, a sum over several years, a decision's sum per recipient, another act of the same organisations,
// organisations as partners of a kommun's grant, the grant's year with an address later in the sentence). The row examples in
// extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // funding.total: the call's sum in a present relative clause (cues/funding.ts total-summa-att-fordela widened)
  { id: 'T1', shape: 'dev 2272: Den totala summan som utlyses är 1 500 000 kronor.', field: 'funding.total', want: 1500000,
    text: '# Utvecklingsmedel mot våld\n\nKommuner och ideella organisationer i länet inbjuds att söka medel till insatser mot våld. Den totala summan som utlyses är 1 500 000 kronor.\n\nAnsökan ska vara inkommen senast den 17 april 2020.' },
  { id: 'T2', shape: 'paraphrase: Den sammanlagda summan som delas ut under 2025 är …', field: 'funding.total', want: 4000000,
    text: '# Bidrag till lokala klimatinsatser\n\nKommuner kan söka bidrag till klimatinsatser. Den sammanlagda summan som delas ut under 2025 är 4 miljoner kronor.' },
  { id: 'T3', shape: 'paraphrase: Den sammanlagda summan som kan sökas uppgår till …', field: 'funding.total', want: 900000,
    text: '# Stöd till nationella minoriteters kultur\n\nFöreningar kan söka stöd för kulturprojekt. Den sammanlagda summan som kan sökas uppgår till 900 000 kronor.' },
  { id: 'Tx', shape: 'adversarial: a per-project cap', field: 'funding.total', want: null,
    text: '# Utvecklingsmedel mot våld\n\nKommuner kan söka medel. Den totala summan som kan sökas per projekt är 200 000 kronor.' },
  { id: 'Ty', shape: 'adversarial: a past round', field: 'funding.total', want: null,
    text: '# Utvecklingsmedel mot våld\n\nKommuner kan söka medel. Den totala summan som utlystes 2023 var 1 200 000 kronor.' },
  { id: 'Tz', shape: 'adversarial: a sum per län after it', field: 'funding.total', want: null,
    text: '# Utvecklingsmedel mot våld\n\nKommuner kan söka medel. Den totala summan som fördelas är 300 000 kronor per län.' },
  { id: 'Tw', shape: 'adversarial: a decision\'s sum for each recipient', field: 'funding.total', want: null,
    text: '# Föreningsbidrag\n\nFöreningar kan söka bidrag. Den totala summan som beviljas varje förening är 10 000 kronor.' },
  // recipients: organisations as the only ones the grant may go to (cues/recipients.ts endast-organisationer-far-bidraget, new)
  { id: 'R1', shape: 'dev 2270: Däremot får enbart ideella organisationer driva verksamhet med stöd av statsbidraget.', field: 'recipients.types', want: ['organisation'],
    text: '# FAQ statsbidrag 2021\n\nHär finns svar på vanliga frågor om utlysningen. Däremot får enbart ideella organisationer driva verksamhet med stöd av statsbidraget.' },
  { id: 'R2', shape: 'paraphrase: Endast ideella föreningar kan beviljas bidraget.', field: 'recipients.types', want: ['organisation'],
    text: '# Bidrag till lovaktiviteter\n\nBidraget ska gå till aktiviteter under sommarlovet. Endast ideella föreningar kan beviljas bidraget.' },
  { id: 'R3', shape: 'paraphrase: Bara idéburna organisationer får ta emot projektstödet.', field: 'recipients.types', want: ['organisation'],
    text: '# Projektstöd för social hållbarhet\n\nProjektstödet ska stärka den sociala hållbarheten i regionen. Bara idéburna organisationer får ta emot projektstödet.' },
  { id: 'Rx', shape: 'adversarial: a past round', field: 'recipients.types', want: null,
    text: '# FAQ statsbidrag\n\nHär finns svar på vanliga frågor. Förra året fick enbart ideella organisationer driva verksamhet med stöd av statsbidraget.' },
  { id: 'Ry', shape: 'adversarial: organisations as partners of a grant the kommuner apply for', field: 'recipients.types', want: ['kommun'],
    text: '# Stöd till lokalt brottsförebyggande arbete\n\nBidraget kan sökas av kommuner. Enbart ideella organisationer kan delta som samverkanspart.' },
  { id: 'Rz', shape: 'adversarial: another act of the same organisations', field: 'recipients.types', want: null,
    text: '# Redovisning av statsbidrag\n\nHär beskrivs redovisningen. Enbart ideella organisationer som beviljats statsbidrag kan redovisa i e-tjänsten.' },
  // year: an imprint's year before the publisher's postal address is no grant year (cues/year.ts year-number narrowed)
  { id: 'Y1', shape: 'dev 2263: … Riksantikvarieämbetet 2014 Box 5405 114 84 Stockholm www.raa.se … (a run-on title)', field: 'year', want: null,
    text: 'Anslaget 7:2 Bidrag till kulturmiljövård En handbok för länsstyrelsernas handläggning Riksantikvarieämbetet 2014 Box 5405 114 84 Stockholm www.raa.se registrator@raa.se' },
  { id: 'Y2', shape: 'paraphrase: Boverket 2016 Box 534 371 23 Karlskrona', field: 'year', want: null,
    text: 'Vägledning om bidrag till allmänna samlingslokaler Boverket 2016 Box 534 371 23 Karlskrona www.boverket.se' },
  { id: 'Y3', shape: 'paraphrase: Skolverket 2018 106 20 Stockholm', field: 'year', want: null,
    text: 'Handbok för statsbidrag till huvudmän Skolverket 2018 106 20 Stockholm www.skolverket.se' },
  { id: 'Yx', shape: 'adversarial: the grant year in the title, the address in the body', field: 'year', want: 2014,
    text: '# Bidrag till kulturmiljövård 2014\n\nAnsökan skickas till Länsstyrelsen, Box 22067, 104 22 Stockholm.' },
  { id: 'Yy', shape: 'adversarial: the year applied for, the address later in the sentence', field: 'year', want: 2024,
    text: '# Kulturbidrag\n\nAnsökan om bidrag för 2024 skickas till Box 123, 111 22 Stockholm senast den 1 mars 2024.' },
];

describe('fresh76b: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
