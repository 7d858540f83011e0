import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Utlysningar of bodies and pages the corpus lacked, application windows first (helper fresh76c, issue 12, dev 2274–2283):
// each fix's real shape from the batch, two paraphrases the way another body would put it (constructed) and at least two
// adversarial counter-probes per new or widened row (the same words with another role: the next or a previous round, a list
// of several calls, another programme's window, the project's own period, a decision; organisations as a kommun's partners;
// a page that names translating as its subject). The row examples in extract/cues/*.ts hold the same phrasings at the cue
// level. `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // the window: a range on the line below the call's own label (cues/dates.ts range-call-label, new)
  { id: 'W1', shape: 'dev 2275: Kommande utlysning / Från den 19 januari 2024 till den 19 mars 2024, beslut den 8 maj 2024', field: 'requisition.opens', want: '2024-01-19',
    text: '# Ansök om regionala projektmedel\n\nKommande utlysning\n\nFrån den 19 januari 2024 till den 19 mars 2024, beslut den 8 maj 2024\n\nUtlysningen är öppen för samtliga ansökningar, oavsett sökt belopp.' },
  { id: 'W1c', shape: 'dev 2275: the same line\'s last day (the decision day after it is none)', field: 'requisition.closes', want: '2024-03-19',
    text: '# Ansök om regionala projektmedel\n\nKommande utlysning\n\nFrån den 19 januari 2024 till den 19 mars 2024, beslut den 8 maj 2024\n\nUtlysningen är öppen för samtliga ansökningar, oavsett sökt belopp.' },
  { id: 'W2', shape: 'paraphrase: Aktuell utlysning / Från och med den 2 september till och med den 14 oktober 2024', field: 'requisition.closes', want: '2024-10-14',
    text: '# Projektmedel för landsbygdsutveckling\n\nAktuell utlysning\n\nFrån och med den 2 september till och med den 14 oktober 2024\n\nSkicka ansökan via e-tjänsten.' },
  { id: 'W3', shape: 'paraphrase: Utlysning / 3 februari – 17 mars 2025', field: 'requisition.closes', want: '2025-03-17',
    text: '# Stöd till kulturella mötesplatser\n\nUtlysning\n\n3 februari – 17 mars 2025\n\nFöreningar kan söka stöd för att utveckla mötesplatser.' },
  { id: 'Wx', shape: 'adversarial: the next round under its label', field: 'requisition.closes', want: null,
    text: '# Regionala projektmedel\n\nNästa utlysning\n\nFrån den 19 januari 2025 till den 19 mars 2025\n\nMer information kommer.' },
  { id: 'Wy', shape: 'adversarial: a previous round under its label', field: 'requisition.opens', want: null,
    text: '# Regionala projektmedel\n\nFörra utlysningen\n\nFrån den 1 mars till den 15 april 2023\n\nUtlysningen är stängd.' },
  { id: 'Wz', shape: 'adversarial: the projects\' own period under the call\'s label', field: 'requisition.closes', want: null,
    text: '# Sommarlovsstöd\n\nUtlysning\n\nProjekten genomförs från den 1 juni till den 31 augusti 2024\n\nKontakta oss för mer information.' },
  { id: 'Wv', shape: 'adversarial: a list of several calls\' ranges under a plural label', field: 'requisition.closes', want: null,
    text: '# Kulturstöd\n\nKommande utlysningar\n\n12 augusti - 10 september 2024\n\nStöd till arrangörer\n\n15 september - 15 oktober 2024\n\nStöd till biblioteksutveckling' },
  { id: 'Wu', shape: 'adversarial: a decision range under the call\'s label', field: 'requisition.closes', want: null,
    text: '# Projektmedel\n\nUtlysning\n\nBeslut fattas 1–15 maj 2024\n\nKontakta en strateg.' },
  // recipients: a compound organisations noun inside the list of kinds that opens the sentence (cues/recipients.ts organisation, widened)
  { id: 'R1', shape: 'dev 2274: Leaderområden, kommuner, branschorganisationer eller andra lokala aktörer … kan ansöka', field: 'recipients.types', want: ['kommun', 'organisation'],
    text: '# Ansök om att bilda leaderområde\n\n## Vem kan ansöka?\n\nLeaderområden, kommuner, branschorganisationer eller andra lokala aktörer som samordnar processen med att skriva den lokala utvecklingsstrategin kan ansöka om att bilda leaderområde.' },
  { id: 'R2', shape: 'paraphrase: Kommuner, regioner, intresseorganisationer och lärosäten kan söka medel.', field: 'recipients.types', want: ['kommun', 'region', 'organisation'],
    text: '# Medel för regional utveckling\n\n## Vem kan söka?\n\nKommuner, regioner, intresseorganisationer och lärosäten kan söka medel.' },
  { id: 'R3', shape: 'paraphrase: Föreningar, paraplyorganisationer och stiftelser får ansöka om bidraget.', field: 'recipients.types', want: ['organisation'],
    text: '# Bidrag till ungas fritid\n\n## Vem kan söka?\n\nFöreningar, paraplyorganisationer och stiftelser får ansöka om bidraget.' },
  { id: 'Rx', shape: 'adversarial: the compound among a kommun\'s partners', field: 'recipients.types', want: ['kommun'],
    text: '# Bidrag till läsfrämjande\n\nKommuner kan söka bidraget. Kommunen kan söka i samverkan med föreningar, branschorganisationer och företag.' },
  { id: 'Ry', shape: 'adversarial: the compound among those the kommuner work with', field: 'recipients.types', want: ['kommun'],
    text: '# Bidrag till läsfrämjande\n\nBidraget lämnas till kommuner som samarbetar med skolor, bibliotek och intresseorganisationer.' },
  // title: a translate button's line above the heading is page chrome (cues/title.ts language-chooser, widened)
  { id: 'T1', shape: 'dev 2280: Translate this page to another language / Google translate is a website service …', field: 'title', want: 'Stöd till detaljhandeln',
    text: 'Translate this page to another language\n\nGoogle translate is a website service that provides you with a translation of the website.\n\nStöd till detaljhandeln\n\nStöd beviljas till livsmedelsbutiker med verksamhet året om i skärgården.' },
  { id: 'T2', shape: 'paraphrase: Översätt denna sida till ett annat språk', field: 'title', want: 'Bidrag till skärgårdsbutiker',
    text: 'Översätt denna sida till ett annat språk\n\nBidrag till skärgårdsbutiker\n\nStöd beviljas till butiker i skärgården.' },
  { id: 'T3', shape: 'paraphrase: Translate this website', field: 'title', want: 'Kulturstöd för föreningar',
    text: 'Translate this website\n\nKulturstöd för föreningar\n\nFöreningar kan söka kulturstöd.' },
  { id: 'Tx', shape: 'adversarial: a page that names translating as its subject', field: 'title', want: { re: 'Översätt denna sida av kulturarvet' },
    text: 'Översätt denna sida av kulturarvet: stöd till översättningsprojekt 2024\n\nFöreningar kan söka stöd för att översätta texter om kulturarvet.' },
  { id: 'Ty', shape: 'adversarial: a grant for translations in English', field: 'title', want: { re: 'Translation grants' },
    text: 'Translation grants for Swedish literature 2025\n\nForeign publishers can apply for translation grants.' },
];

describe('fresh76c: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
