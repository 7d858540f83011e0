import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Calls, grant pages and government decisions the corpus did not hold (helper fresh77a, issue 12, dev 2286–2296: Regionförbundet
// i Kalmar län, Filminstitutet, Skaraborgs kommunalförbund, Leader Gute, Delmos, Region Gotland, and three regeringsbeslut from
// g0vse): each fix's real shape from the batch, two paraphrases the way another body would put it (constructed) and
// counter-probes that must give nothing, among them at least two adversarial probes per new row (the same words with another
// role). The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no value.
//
// The first run had one wrong value (77/97): dev 2291's recipients kommun, region without the organisations a third sentence
// adds (A1 below).

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till personal och material.';
const WHO = 'Statsbidrag 2020\n\nVem kan söka?\n\n';
const LABELS = 'Projektstöd kultur 2025\nBidragsgivare Region Gotland\nBeskrivning\nSyfte med utlysningen: Att bidra till förnyelse med bidrag.\n';
const PROBES: Probe[] = [
  // recipients: a later sentence of the answer adds a kind by its subject (cues/recipients.ts aven-typ-kan-soka)
  { id: 'A1', shape: 'dev 2291: a statute\'s title naming kommuner och landsting in sentence 2, "Även ideella föreningar och stiftelser kan söka medel." third',
    field: 'recipients.types', want: ['kommun', 'organisation', 'region'],
    text: WHO + 'Kommuner och regioner kan under 2020 söka statsbidrag från Delegationen mot segregation. Det sker i enlighet med Förordning (2018:118) om statsbidrag till kommuner och landsting för att minska och motverka segregation. Även ideella föreningar och stiftelser kan söka medel.' + BODY },
  { id: 'A2', shape: 'paraphrase: "Också ideella organisationer får ansöka om stöd." after two sentences on kommuner',
    field: 'recipients.types', want: ['kommun', 'organisation'],
    text: WHO + 'Kommuner kan söka bidraget för insatser under 2025. Bidraget lämnas enligt förordningen om statsbidrag till kommuner. Också ideella organisationer får ansöka om stöd.' + BODY },
  { id: 'A3', shape: 'paraphrase: "Även regionerna kan söka bidraget."', field: 'recipients.types', want: ['kommun', 'region'],
    text: WHO + 'Kommunerna kan rekvirera medel. Medlen fördelas efter befolkning. Även regionerna kan söka bidraget.' + BODY },
  { id: 'Ax', shape: 'adversarial: another grant by name in the "även" sentence', field: 'recipients.types', want: ['kommun'],
    text: WHO + 'Kommuner kan söka bidraget. Bidraget lämnas enligt förordningen. Även regioner kan söka investeringsbidraget, se sidan Investeringsbidrag.' + BODY },
  { id: 'Ay', shape: 'adversarial: money from another body in the "även" sentence', field: 'recipients.types', want: ['kommun'],
    text: WHO + 'Kommuner kan söka bidraget. Bidraget lämnas enligt förordningen. Även regioner kan söka medel från Boverket för samma ändamål.' + BODY },
  { id: 'Az', shape: 'adversarial: a past round in the "även" sentence', field: 'recipients.types', want: ['kommun'],
    text: WHO + 'Kommuner kan söka bidraget. Bidraget lämnas enligt förordningen. Även ideella föreningar kunde söka medel förra året.' + BODY },
  // recipients: the page's label line (cues/recipients.ts behorighet-label-line)
  { id: 'L1', shape: 'dev 2292: "Behörighet: Kulturorganisationer och fria professionella kulturskapare baserade på Gotland …" under "Bidragsgivare Region Gotland"',
    field: 'recipients.types', want: ['organisation'],
    text: LABELS + 'Behörighet: Kulturorganisationer och fria professionella kulturskapare baserade på Gotland med F- eller FA-skattsedel.\nTillgänglig finansiering (budget): 500000 SEK årligen fördelas till ett fåtal projekt.' },
  { id: 'L2', shape: 'paraphrase: "Vem kan söka: Ideella föreningar och kommuner i länet."', field: 'recipients.types', want: ['kommun', 'organisation'],
    text: LABELS + 'Vem kan söka: Ideella föreningar och kommuner i länet.' },
  { id: 'L3', shape: 'paraphrase: "Stödberättigade sökande: Regioner och kommuner som har tecknat avtal."', field: 'recipients.types', want: ['kommun', 'region'],
    text: LABELS + 'Stödberättigade sökande: Regioner och kommuner som har tecknat avtal.' },
  { id: 'Lx', shape: 'adversarial: a denial in the label\'s answer', field: 'recipients.types', want: null,
    text: LABELS + 'Vem kan söka: Företag, men inte kommuner eller föreningar.' },
  { id: 'Ly', shape: 'adversarial: partners named after the answer\'s head', field: 'recipients.types', want: null,
    text: LABELS + 'Behörighet: Projektet ska genomföras i samverkan med kommuner.' },
  { id: 'Lz', shape: 'adversarial: a target group label, not who may apply', field: 'recipients.types', want: null,
    text: LABELS + 'Målgrupp: Unga i kommunerna.' },
  // recipients: "har möjlighet att … ansöka", read by the subject reader (fields/recipients.ts subjectTypes). A row of its own
  // (har-mojlighet-att-ansoka, for dev 2289's "Alla Skaraborgs kommuner … har möjlighet att … ansöka") was withdrawn: it read the
  // whole sentence's types and took recip68's "Kulturföreningar i Region Värmland som … har möjlighet att söka" as region; 2289
  // is left open. These probes hold what the subject reader does and must keep doing.
  { id: 'M2', shape: 'paraphrase: "Ideella föreningar i länet har möjlighet att söka bidraget två gånger per år."', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\n\nIdeella föreningar i länet har möjlighet att söka bidraget två gånger per år.' + BODY },
  { id: 'M3', shape: 'paraphrase: "Samtliga regioner har möjlighet att rekvirera medel."', field: 'recipients.types', want: ['region'],
    text: 'Statsbidrag för vårdplatser\n\nSamtliga regioner har möjlighet att rekvirera medel under 2025.' + BODY },
  { id: 'Mx', shape: 'adversarial: the region applies for another body\'s money, the call is for companies', field: 'recipients.types', want: null,
    text: 'Företagsstöd\n\nRegionen har möjlighet att söka medel från Tillväxtverket för egna projekt, men den här utlysningen riktar sig till företag.' + BODY },
  { id: 'My', shape: 'adversarial: a partner kommun after the applying associations', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsbidrag\n\nFöreningar har möjlighet att söka bidrag i samverkan med kommunen.' + BODY },
  { id: 'Mz', shape: 'adversarial: last year\'s possibility', field: 'recipients.types', want: null,
    text: 'Föreningsbidrag\n\nKommunerna hade möjlighet att söka bidraget förra året.' + BODY },
  { id: 'Mw', shape: 'adversarial (dev 872): a joint application, "Civilsamhället och kommunen har möjlighet att tillsammans ansöka"', field: 'recipients.types', want: null,
    text: 'Projektstöd till föreningar\n\nHar din förening en idé? Civilsamhället och kommunen har möjlighet att tillsammans ansöka om projektstöd.\n\nNämnden har beslutat att satsa medel på projektstöd.' },
  // funding.total: "Totalt kan <body> fördela högst X" (cues/funding.ts totalt-kan-namn-fordela-hogst)
  { id: 'T1', shape: 'dev 2291: Totalt kan Delegationen mot segregation fördela högst 57 miljoner kronor under 2020.', field: 'funding.total', want: 57000000,
    text: 'Statsbidrag 2020\nKommuner kan söka bidraget.\nTotalt kan Delegationen mot segregation fördela högst 57 miljoner kronor under 2020.' + BODY },
  { id: 'T2', shape: 'paraphrase: Sammanlagt får länsstyrelsen fördela högst 4 miljoner kronor i denna utlysning.', field: 'funding.total', want: 4000000,
    text: 'Utlysning av projektmedel\nFöreningar kan söka medel.\nSammanlagt får länsstyrelsen fördela högst 4 miljoner kronor i denna utlysning.' + BODY },
  { id: 'T3', shape: 'paraphrase: Totalt kan Kulturrådet bevilja högst 12 miljoner kronor under året.', field: 'funding.total', want: 12000000,
    text: 'Bidrag till läsfrämjande\nFöreningar kan söka bidrag.\nTotalt kan Kulturrådet bevilja högst 12 miljoner kronor under året.' + BODY },
  { id: 'Tx', shape: 'adversarial: each kommun\'s ceiling', field: 'funding.total', want: null,
    text: 'Statsbidrag 2020\nKommuner kan söka bidraget.\nTotalt kan Delegationen mot segregation fördela högst 2 miljoner kronor till varje kommun.' + BODY },
  { id: 'Ty', shape: 'adversarial: the agency\'s handling money', field: 'funding.total', want: null,
    text: 'Statsbidrag 2020\nKommuner kan söka bidraget.\nTotalt kan myndigheten fördela högst 500 000 kronor för administration.' + BODY },
  { id: 'Tz', shape: 'adversarial: what one förening may get', field: 'funding.total', want: null,
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag.\nTotalt kan varje förening få högst 50 000 kronor.' + BODY },
  // funding.total: a decision paying one named project's work (cues/funding.ts regeringen-betala-ut-till-namngivet-projekt)
  { id: 'P1', shape: 'dev 2294: betala ut 80 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden (GMS)', field: 'funding.total', want: 80000000,
    text: '# Uppdrag till Socialstyrelsen att betala ut medel till Genomic Medicine Sweden\n\nRegeringen uppdrar åt Socialstyrelsen att under 2025 betala ut 80 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden (GMS). Region Skåne får rekvirera medlen från Socialstyrelsen.' },
  { id: 'P2', shape: 'paraphrase: betala ut 12 miljoner kronor till verksamheten i nätverket Barnrättsforum', field: 'funding.total', want: 12000000,
    text: '# Utbetalning av medel till Barnrättsforum\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 12 miljoner kronor till verksamheten i nätverket Barnrättsforum. Medlen får användas till samordning.' },
  { id: 'P3', shape: 'paraphrase: ska betala ut 5 000 000 kronor till insatser inom programmet Friska Barn', field: 'funding.total', want: 5000000,
    text: '# Medel till Friska Barn\n\nRegeringen beslutar att Folkhälsomyndigheten ska betala ut 5 000 000 kronor till insatser inom programmet Friska Barn. Medlen får användas under 2024.' },
  { id: 'Px', shape: 'adversarial: a sum for the project in each region', field: 'funding.total', want: null,
    text: '# Medel till Genomic Medicine Sweden\n\nRegeringen uppdrar åt Socialstyrelsen att betala ut 2 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden i varje region. Medlen får användas under 2025.' },
  { id: 'Py', shape: 'adversarial: a payment the decision withholds', field: 'funding.total', want: null,
    text: '# Återkrav av medel\n\nRegeringen beslutar att Socialstyrelsen inte ska betala ut 80 000 000 kronor till arbete inom ramen för projektet Genomic Medicine Sweden. Medlen får inte användas.' },
  { id: 'Pz', shape: 'adversarial: projects not named (many, run by the regions)', field: 'funding.total', want: { not: 80000000 },
    text: '# Medel till regionala projekt\n\nRegeringen uppdrar åt Socialstyrelsen att betala ut 80 000 000 kronor till arbete inom ramen för projekt som regionerna driver. Medlen får användas under 2025.' },
];

describe('fresh77a: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
