import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Utlysningar and regeringsbeslut never seen (helper calls70, issue 12, dev 2129–2142): each fix's real shape from the
// batch, two paraphrases the way another body would put it (constructed), a counter-probe that must give nothing or keep
// the other value, and for each new or widened row an adversarial probe of the same words in another role (`adv`). The row
// examples and counter-examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null` asks for no
// value; `{ re }` that the value matches. The first run had one wrong value (dev 2132's earmarked share as the total).

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // funding.total: a share earmarked inside the call is no total (cues/funding.ts ar-avsatt-att-fordelas, EARMARKED_SHARE)
  { id: 'E1', shape: 'dev 2132 (wrong on the first run): Ett särskilt belopp på 3 miljoner kronor har avsatts till mindre organisationer', field: 'funding.total', want: null,
    text: 'Projektbidrag 2023\n\nEtt särskilt belopp på 3 miljoner kronor har avsatts till mindre organisationer eller organisationer med projekt som riktar sig till utsatta områden eller landsbygd.' + BODY },
  { id: 'E2', shape: 'paraphrase: En särskild pott om 500 000 kronor är avsatt för unga arrangörer', field: 'funding.total', want: null,
    text: 'Kulturbidrag\n\nEn särskild pott om 500 000 kronor är avsatt för unga arrangörer.' + BODY },
  { id: 'E3', shape: 'paraphrase: En öronmärkt del på 2 miljoner kronor har avsatts till föreningar på landsbygden', field: 'funding.total', want: null,
    text: 'Landsbygdsstöd\n\nEn öronmärkt del på 2 miljoner kronor har avsatts till föreningar på landsbygden.' + BODY },
  { id: 'Ex', shape: 'counter: the sum set aside without the earmark words stays the total (the row\'s own reading)', field: 'funding.total', want: 3000000,
    text: 'Bidrag\n\n3 miljoner kronor har avsatts till mindre organisationer.\n' },
  // funding.total: the call's size by its own noun without "totala" (cues/funding.ts totala-storlek, widened)
  { id: 'S1', shape: 'dev 2134: Utlysningens storlek är ca 8 miljoner kronor', field: 'funding.total', want: 8000000,
    text: 'God ekologisk status i Sveriges marina vatten\n\nNaturvårdsverket utlyser medel till forskningsprojekt i storleksordningen 1-5 miljoner kronor fördelat på två år. Utlysningens storlek är ca 8 miljoner kronor. Sista ansökningsdag är 1 oktober 2013.' },
  { id: 'S2', shape: 'paraphrase: Utlysningens omfattning uppgår till 15 miljoner kronor', field: 'funding.total', want: 15000000,
    text: 'Innovationsprojekt i offentlig sektor\n\nUtlysningens omfattning uppgår till 15 miljoner kronor. Projekt kan söka högst 2 miljoner kronor.' + BODY },
  { id: 'S3', shape: 'paraphrase: Ansökningsomgångens budget är cirka 4 miljoner kronor', field: 'funding.total', want: 4000000,
    text: 'Regionalt projektbidrag inom kultur\n\nAnsökningsomgångens budget är cirka 4 miljoner kronor.' + BODY },
  { id: 'Sx', shape: 'counter: the call\'s size per project', field: 'funding.total', want: null,
    text: 'Forskningsprojekt\n\nUtlysningens storlek är 8 miljoner kronor per projekt.' + BODY },
  { id: 'Sadv', shape: 'adversarial: the same words for a project\'s size', field: 'funding.total', want: null,
    text: 'Forskningsprojekt\n\nProjektets storlek är ca 8 miljoner kronor.' + BODY },
  // year: the money's year in the genitive with an adjective or ordinal between (cues/year.ts ars-genitive, widened)
  { id: 'Y1', shape: 'dev 2132: Ansökan till 2023 års statliga projektbidrag från regeringen … har öppnat', field: 'year', want: 2023,
    text: 'Projektbidrag\n\nAnsökan till 2023 års statliga projektbidrag från regeringen som fördelas av myndigheten har öppnat.' + BODY },
  { id: 'Y2', shape: 'dev 2137: efter 2023 års andra ansökningsomgång', field: 'year', want: 2023,
    text: 'Fonden fördelar bidrag\n\nOmkring 150 organisationer får dela på pengarna efter 2023 års andra ansökningsomgång.' + BODY },
  { id: 'Y3', shape: 'paraphrase: Nu kan föreningar söka 2024 års kommunala verksamhetsbidrag', field: 'year', want: 2024,
    text: 'Verksamhetsbidrag\n\nNu kan föreningar söka 2024 års kommunala verksamhetsbidrag.' + BODY },
  { id: 'Y4', shape: 'paraphrase: Beslut om 2022 års första fördelning fattas i maj', field: 'year', want: 2022,
    text: 'Kulturstöd\n\nBeslut om 2022 års första fördelning fattas i maj.' + BODY },
  { id: 'Yx', shape: 'counter: a budget of the year, no grant noun', field: 'year', want: null,
    text: 'Kulturstöd\n\nEnligt 2023 års statliga budget minskar ramen.' + BODY },
  { id: 'Yadv', shape: 'adversarial: the same ordinal and year for an inquiry', field: 'year', want: null,
    text: 'Kulturstöd\n\n2022 års andra utredning om bidragen är klar.' + BODY },
  // title: an image's alt sentence glued to its own repeat (cues/title.ts image-alt, widened)
  { id: 'T1', shape: 'dev 2131: Närbild på händer som spelar keyboard i en studio.Närbild på …', field: 'title', want: 'Projekt inom musikområdet',
    text: 'Närbild på händer som spelar keyboard i en studio.Närbild på händer som spelar keyboard i en studio.\n\nProjekt inom musikområdet\n\nFria aktörer kan söka bidraget.' + BODY },
  { id: 'T2', shape: 'paraphrase: Fotobild på en dansare på scen.Fotobild på …', field: 'title', want: 'Bidrag till dansprojekt',
    text: 'Fotobild på en dansare på scen.Fotobild på en dansare på scen.\n\nBidrag till dansprojekt\n\nKoreografer kan söka bidraget.' + BODY },
  { id: 'T3', shape: 'paraphrase: Bild på elever i ett klassrum.Bild på …', field: 'title', want: 'Skolbidrag 2025',
    text: 'Bild på elever i ett klassrum.Bild på elever i ett klassrum.\n\nSkolbidrag 2025\n\nSkolor kan söka bidraget.' + BODY },
  { id: 'Tadv', shape: 'adversarial: two sentences of the same words with a space between, a heading', field: 'title', want: { re: '^Närbild på naturen' },
    text: 'Närbild på naturen. Bild på djuren – fotostipendium 2024\n\nFotografer kan söka stipendiet.' + BODY },
  // title: a compound logo alt text after the agency's name (cues/title.ts logo-alt, widened)
  { id: 'L1', shape: 'dev 2136: Tillväxtverket\\neu-logotyp', field: 'title', want: 'Sök finansiering till affärsutvecklingscheckar inom React-EU',
    text: 'Tillväxtverket\neu-logotyp\n\nSök finansiering till affärsutvecklingscheckar inom React-EU\n\nNu kan regionalt utvecklingsansvariga aktörer ansöka om finansiering.' + BODY },
  { id: 'L2', shape: 'paraphrase: Jordbruksverket\\nEU-logga', field: 'title', want: 'Stöd till lokalt ledd utveckling',
    text: 'Jordbruksverket\nEU-logga\n\nStöd till lokalt ledd utveckling\n\nFöreningar kan söka stödet.' + BODY },
  { id: 'L3', shape: 'paraphrase: EU-logga alone', field: 'title', want: 'Projektstöd inom regionalfonden',
    text: 'EU-logga\n\nProjektstöd inom regionalfonden\n\nKommuner kan söka stödet.' + BODY },
  { id: 'Ladv', shape: 'adversarial: a heading about using the logo', field: 'title', want: { re: '^Använd EU-logotypen' },
    text: 'Använd EU-logotypen\n\nAlla som får stöd ska visa logotypen.' + BODY },
];

describe('calls70: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
