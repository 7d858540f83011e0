import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages and calls of bodies never in the corpus (helper fresh71, issue 12, dev 2151–2161: Larsmo, Ingå, Sparbanksstiftelsen
// i Ingå, Vörå, Sollerö Sockenförening, Lycksele, Öckerö, Svenska Mångkampförbundet): each fix's real shape from the batch, two
// paraphrases the way another body would put it (constructed) and counter-probes that must give nothing or keep the other
// value, among them adversarial probes per new row (the same words with another role). The row examples in
// extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no value; a list compares as a set.
//
// The first run had no wrong value; these fix misses.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till hyra och material.';
const PROBES: Probe[] = [
  // recipients: a suspended compound as the agent of "kan sökas av" (cues/recipients.ts sokas-av-sammandragna-foreningar)
  { id: 'S1', shape: 'dev 2152: kan sökas av i kommunen verksamma kultur- och hembygdsföreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsbidrag för kultur- och fritidsverksamhet\nVerksamhetsbidrag kan sökas av i kommunen verksamma kultur- och hembygdsföreningar.' + BODY },
  { id: 'S2', shape: 'paraphrase: kan sökas av kultur-, idrotts- och fritidsföreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsstöd\nStödet kan sökas av kultur-, idrotts- och fritidsföreningar.' + BODY },
  { id: 'S3', shape: 'paraphrase: kan sökas av lokala pensionärs- eller handikapporganisationer i länet', field: 'recipients.types', want: ['organisation'],
    text: 'Verksamhetsbidrag\nBidraget kan sökas av lokala pensionärs- eller handikapporganisationer i länet.' + BODY },
  { id: 'Sx', shape: 'adversarial: kommuner apply for the associations: no organisation', field: 'recipients.types', want: ['kommun'],
    text: 'Utvecklingsbidrag\nBidraget kan sökas av kommuner för idrotts- och kulturföreningar.' + BODY },
  { id: 'Sy', shape: 'adversarial: the associations\' members, not the associations', field: 'recipients.types', want: null,
    text: 'Ledarstipendium\nBidraget kan sökas av medlemmar i idrotts- och ungdomsföreningar.' + BODY },
  { id: 'Sz', shape: 'adversarial: a denial', field: 'recipients.types', want: null,
    text: 'Investeringsbidrag\nBidraget kan inte sökas av idrotts- och ungdomsföreningar.' + BODY },
  // recipients: the money "som delas ut till föreningar" (cues/recipients.ts bidrag-som-delas-ut-till-organisationer)
  { id: 'D1', shape: 'dev 2154: … för verksamhetsbidrag som delas ut till föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag inom grundtrygghetssektorn\nI grundtrygghetsnämndens budget för år 2022 har det reserverats totalt 10 000 euro för verksamhetsbidrag som delas ut till föreningar.' + BODY },
  { id: 'D2', shape: 'paraphrase: Stödet som fördelas till ideella organisationer i regionen', field: 'recipients.types', want: ['organisation'],
    text: 'Folkhälsostöd\nStödet som fördelas till ideella organisationer i regionen ska främja folkhälsan.' + BODY },
  { id: 'D3', shape: 'paraphrase: medel som betalas ut till lokala studieförbund', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till studieförbund\nKulturnämnden har 300 000 kronor i medel som betalas ut till lokala studieförbund.' + BODY },
  { id: 'Dx', shape: 'adversarial: kommuner apply for money passed on to associations', field: 'recipients.types', want: ['kommun'],
    text: 'Statsbidrag\nKommuner kan söka medel för bidrag som delas ut till föreningar.' + BODY },
  { id: 'Dy', shape: 'adversarial: last year\'s round, in the past tense', field: 'recipients.types', want: null,
    text: 'Beviljade bidrag\nBidrag som delades ut till föreningar förra året redovisas nedan.' + BODY },
  { id: 'Dz', shape: 'adversarial: given to kommunerna, passed on to föreningar: the kommun only', field: 'recipients.types', want: ['kommun'],
    text: 'Lovbidrag\nBidraget som delas ut till kommunerna fördelas vidare till föreningar.' + BODY },
  // year: the giver's budget for a year with the money set aside (cues/year.ts i-budget-for-ar-har-reserverats)
  { id: 'Y1', shape: 'dev 2154: I grundtrygghetsnämndens budget för år 2022 har det reserverats …', field: 'year', want: 2022,
    text: 'Föreningsbidrag inom grundtrygghetssektorn\nI grundtrygghetsnämndens budget för år 2022 har det reserverats totalt 10 000 euro för verksamhetsbidrag som delas ut till föreningar.' + BODY },
  { id: 'Y2', shape: 'paraphrase: I kulturnämndens budget för 2024 har 200 000 kronor avsatts', field: 'year', want: 2024,
    text: 'Projektbidrag\nI kulturnämndens budget för 2024 har 200 000 kronor avsatts för projektbidrag.' + BODY },
  { id: 'Y3', shape: 'paraphrase: I regionens budget för 2025 har det avsatts …', field: 'year', want: 2025,
    text: 'Kulturbidrag\nI regionens budget för 2025 har det avsatts 1,2 miljoner kronor till kulturbidrag.' + BODY },
  { id: 'Yx', shape: 'adversarial: the applicant association\'s own budget', field: 'year', want: null,
    text: 'Resebidrag\nI föreningens budget för 2023 har det avsatts 5 000 kronor till resor.' + BODY },
  { id: 'Yy', shape: 'adversarial: no money set aside', field: 'year', want: null,
    text: 'Föreningsbidrag\nI nämndens budget för 2022 har inga medel reserverats för föreningsbidrag.' + BODY },
  { id: 'Yz', shape: 'adversarial: a past budget ("hade")', field: 'year', want: null,
    text: 'Föreningsbidrag\nI nämndens budget för 2021 hade det reserverats 10 000 euro.' + BODY },
  { id: 'Yw', shape: 'adversarial: a project\'s own budget', field: 'year', want: null,
    text: 'Projektbidrag\nI projektets budget för 2023 har 20 000 kronor avsatts för lokalhyra.' + BODY },
];

describe('fresh71: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
