import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Grant pages, utlysningar, an anvisning and a regeringsbeslut of bodies never used (helper fresh67, issue 12, dev 2035–2044):
// the first run gave no wrong value, so each fix here is a miss read: the batch's real shape, two paraphrases the way another
// body would put it (constructed) and a counter-probe that must give nothing. The row examples in extract/cues/*.ts hold the
// same phrasings at the cue level. `want: null` asks for no value; a list compares as a set.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // recipients: organisations first in a comma list ending in a non-organisation word, a place after the list (cues/recipients.ts organisations-kan-som-or-kunde-soka)
  { id: 'R1', shape: 'dev 2037: Nu kan föreningar, organisationer och verksamheter i Mölndal ansöka om bidrag', field: 'recipients.types', want: ['organisation'],
    text: 'Sök bidrag för sommarlovsaktiviteter\nNu kan föreningar, organisationer och verksamheter i Mölndal ansöka om bidrag hos Mölndals stad för att ordna kostnadsfria lovaktiviteter.' + BODY },
  { id: 'R2', shape: 'paraphrase: I år kan idrottsföreningar, studieförbund och kulturaktörer i Kalmar ansöka om lovbidrag', field: 'recipients.types', want: ['organisation'],
    text: 'Lovbidrag\nI år kan idrottsföreningar, studieförbund och kulturaktörer i Kalmar ansöka om lovbidrag.' + BODY },
  { id: 'R3', shape: 'paraphrase: Ideella föreningar i Sigtuna har nu möjlighet att ansöka om arrangemangsstöd', field: 'recipients.types', want: ['organisation'],
    text: 'Arrangemangsstöd\nIdeella föreningar i Sigtuna har nu möjlighet att ansöka om arrangemangsstöd.' + BODY },
  { id: 'R4', shape: 'dev 2042: Föreningar i Botkyrka kommun har möjlighet att söka bidrag (the kommun a place, no recipient)', field: 'recipients.types', want: ['organisation'],
    text: 'Bidrag till föreningar\nFöreningar i Botkyrka kommun har möjlighet att söka bidrag för kommande års verksamhet.' + BODY },
  // (… kommun, the subject of the applying clause, since h/recip68's subject reader; organisation still not)
  { id: 'Rx', shape: 'counter: Kommuner i Stockholms län har möjlighet att söka stöd för föreningar (no organisation)', field: 'recipients.types', want: ['kommun'],
    text: 'Samverkansstöd\nKommuner i Stockholms län har möjlighet att söka stöd för föreningar.' + BODY },
  { id: 'Ry', shape: 'counter: Nu kan kommuner, regioner och länsstyrelser i Sverige ansöka om medel för samverkan med föreningar (no organisation)', field: 'recipients.types', want: { not: ['organisation'] },
    text: 'Samverkansmedel\nNu kan kommuner, regioner och länsstyrelser i Sverige ansöka om medel för samverkan med föreningar.' + BODY },
  // requisition.closes: "Ansökan … är möjlig att göra till och med X" (cues/dates.ts kan-goras-till)
  { id: 'C1', shape: 'dev 2042: Ansökan om sommarlovsaktiviteter är möjlig att göra till och med 26 mars 2018', field: 'requisition.closes', want: '2018-03-26',
    text: 'Bidrag till föreningar\nAnsökan om sommarlovsaktiviteter är möjlig att göra till och med 26 mars 2018.' + BODY },
  { id: 'C2', shape: 'paraphrase: Ansökan om lovbidrag var möjlig att göra till och med den 15 april 2022', field: 'requisition.closes', want: '2022-04-15',
    text: 'Lovbidrag\nAnsökan om lovbidrag var möjlig att göra till och med den 15 april 2022.' + BODY },
  { id: 'C3', shape: 'paraphrase: Ansökningar är möjliga att lämna in till och med 1 mars 2024', field: 'requisition.closes', want: '2024-03-01',
    text: 'Kulturbidrag\nAnsökningar är möjliga att lämna in till och med 1 mars 2024.' + BODY },
  { id: 'Cx', shape: 'counter: Redovisning av stödet är möjlig att göra till och med 1 december 2017 (a report, no window)', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nRedovisning av stödet är möjlig att göra till och med 1 december 2017.' + BODY },
  // title: a translation widget's button is chrome, the heading below it the title (cues/title.ts translate-widget)
  { id: 'T1', shape: 'dev 2037: Translate / Use Google to translate the web site. / … / Mölndals stads startsida above the heading', field: 'title', want: 'Sök bidrag för sommarlovsaktiviteter',
    text: 'Translate\n\nUse Google to translate the web site.\nWe take no responsibility for the accuracy of the translation.\n\nTranslate\nMölndals stads startsida\n\nSök bidrag för sommarlovsaktiviteter\n\nNu kan föreningar ansöka om bidrag.' + BODY },
  { id: 'T2', shape: 'paraphrase: Översätt sidan above the heading', field: 'title', want: 'Kulturbidrag 2024',
    text: 'Översätt sidan\n\nKulturbidrag 2024\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T3', shape: 'paraphrase: Google Translate above the heading', field: 'title', want: 'Lovbidrag',
    text: 'Google Translate\n\nLovbidrag\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T4', shape: 'dev 570: the widget\'s notice on one line, then an image caption-free heading', field: 'title', want: 'Kultur- och föreningsbidrag',
    text: 'Translate\n\nUse Google to translate the web site. We take no responsibility for the accuracy of the translation.\n\nKultur- och föreningsbidrag\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'T5', shape: 'paraphrase: Use Google to translate this page. … above the heading', field: 'title', want: 'Arrangörsstöd',
    text: 'Use Google to translate this page. The translation may contain errors.\n\nArrangörsstöd\n\nFöreningar kan söka bidrag.' + BODY },
  { id: 'Tx', shape: 'counter: Översätt ansökan till engelska stays a line of text (the title kept)', field: 'title', want: 'Översätt ansökan till engelska',
    text: 'Översätt ansökan till engelska\n\nFöreningar kan söka bidrag.' + BODY },
];

describe('fresh67: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
