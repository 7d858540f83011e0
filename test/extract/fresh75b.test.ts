import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Regeringsuppdrag, a government press release and förordningar never in the corpus (helper fresh75b, issue 12, dev
// 2206–2219): each fix's real shape from the batch, two paraphrases the way another body would put it (constructed) and at
// least two adversarial counter-probes per new or widened row (the same words with another role: an amount for
// administration, one recipient's cap, a kommun that gives the money, an uppdrag to follow up someone else's money, a past
// level, a rent, a cap after the verb). The row examples in extract/cues/*.ts hold the same phrasings at the cue level.
// `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
  // funding.total: a ceiling the agency pays out, "upp till" (cues/funding.ts far-anvanda-hogst widened; UPPDRAG_TO_STUDY
  // no longer vetoes a heading that also has the agency give the money out)
  { id: 'C1', shape: 'dev 2207: ska under 2025 betala ut upp till … kronor i prestationsbaserade medel till regionerna', field: 'funding.total', want: 507500000,
    text: '# Uppdrag till Socialstyrelsen att fördela, betala ut och följa upp ytterligare medel för att korta vårdköerna\n\nRegeringen ger Socialstyrelsen i uppdrag att fördela, betala ut och följa upp prestationsbaserade medel till regionerna i syfte att öka produktionen inom vissa områden\nSocialstyrelsen ska under 2025 betala ut upp till 507 500 000 kronor i prestationsbaserade medel till regionerna.' },
  { id: 'C2', shape: 'paraphrase: Kammarkollegiet får under 2024 betala ut upp till … till kommunerna', field: 'funding.total', want: 120000000,
    text: '# Uppdrag till Kammarkollegiet att betala ut medel till kommunerna\n\nKammarkollegiet får under 2024 betala ut upp till 120 000 000 kronor till kommunerna i enlighet med överenskommelsen.' },
  { id: 'C3', shape: 'paraphrase: Boverket får under 2026 fördela upp till … under a heading to give and follow up', field: 'funding.total', want: 40000000,
    text: '# Uppdrag till Boverket att fördela och följa upp stöd till upprustning av samlingslokaler\n\nBoverket får under 2026 fördela upp till 40 000 000 kronor till ideella föreningar.' },
  { id: 'Cx', shape: 'adversarial: an amount for administration', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att betala ut statsbidrag till kommunerna\n\nAv medlen får Socialstyrelsen använda upp till 2 000 000 kronor för administrativa kostnader.' },
  { id: 'Cy', shape: 'adversarial: one region\'s cap', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att betala ut statsbidrag till regionerna\n\nSocialstyrelsen får betala ut upp till 300 000 kronor till varje region.' },
  { id: 'Cz', shape: 'adversarial: an uppdrag to follow up money another body pays out', field: 'funding.total', want: null,
    text: '# Uppdrag till Statskontoret att följa upp medel som Kammarkollegiet betalar ut\n\nStatskontoret får under 2025 använda upp till 2 000 000 kronor för arbetet.' },
  { id: 'Cw', shape: 'adversarial: an uppdrag to evaluate how the regions give money out', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att utvärdera hur regionerna fördelar medel\n\nSocialstyrelsen får använda upp till 3 000 000 kronor.' },
  // excluded_uses: the money may not replace other money (cues/lists.ts far-inte-ersatta, new)
  { id: 'E1', shape: 'dev 2215: Bidraget får inte ersätta befintlig finansiering.', field: 'excluded_uses.0', want: { re: 'ersätta befintlig finansiering' },
    text: '# Statsbidrag till kommuner för insatser för barn\n\nBidrag får lämnas till kommuner för insatser för barn. Bidraget får inte ersätta befintlig finansiering.' },
  { id: 'E2', shape: 'paraphrase: Stödet får inte ersätta kommunens ordinarie verksamhet.', field: 'excluded_uses.0', want: { re: 'ordinarie verksamhet' },
    text: '# Stöd till lovaktiviteter\n\nKommuner kan söka stöd för lovaktiviteter. Stödet får inte ersätta kommunens ordinarie verksamhet.' },
  { id: 'E3', shape: 'paraphrase: Det statliga bidraget kan inte ersätta medel som regionen redan har avsatt', field: 'excluded_uses.0', want: { re: 'redan har avsatt' },
    text: '# Statsbidrag till regioner\n\nRegioner kan rekvirera bidraget. Det statliga bidraget kan inte ersätta medel som regionen redan har avsatt för insatsen.' },
  { id: 'Ex', shape: 'adversarial: a decision, not the money, may not replace an agreement', field: 'excluded_uses.0', want: null,
    text: '# Statsbidrag till kommuner\n\nKommuner kan söka bidraget. Beslutet om bidrag får inte ersätta ett skriftligt avtal.' },
  { id: 'Ey', shape: 'adversarial: a cap after the verb', field: 'excluded_uses.0', want: null,
    text: '# Statsbidrag till kommuner\n\nKommuner kan söka bidraget. Bidraget får inte ersätta mer än 50 procent av kostnaderna.' },
  { id: 'Ez', shape: 'adversarial: a report may not replace the accounts', field: 'excluded_uses.0', want: null,
    text: '# Statsbidrag till kommuner\n\nKommuner kan söka bidraget. Rapporten får inte ersätta den ekonomiska redovisningen.' },
  // year: the grant's level for a year in the present (cues/year.ts bidraget-ligger-for-ar, new)
  { id: 'Y1', shape: 'dev 2214: Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till …', field: 'year', want: 2025,
    text: '# Utökat stöd till kvinnors och flickors organisering\n\nStatsbidrag till kvinnoorganisationer fördelas enligt förordningen (2023:168). Bidraget ligger för 2025 på drygt 48 miljoner kronor och ökas till drygt 53 miljoner kronor.' },
  { id: 'Y2', shape: 'paraphrase: Anslaget uppgår för 2026 till …', field: 'year', want: 2026,
    text: '# Ökat stöd till idrottsrörelsen\n\nStatsbidrag till idrottsföreningar fördelas av Riksidrottsförbundet. Anslaget uppgår för 2026 till 30 miljoner kronor.' },
  { id: 'Y3', shape: 'paraphrase: Statsbidraget uppgår för år 2024 till …', field: 'year', want: 2024,
    text: '# Statsbidrag till hembygdsrörelsen\n\nStatsbidraget uppgår för år 2024 till 12 500 000 kronor och fördelas till regionala förbund.' },
  { id: 'Yx', shape: 'adversarial: last year\'s level in the past', field: 'year', want: null,
    text: '# Stöd till kvinnors organisering\n\nStatsbidrag till kvinnoorganisationer fördelas enligt förordningen. Bidraget låg för 2024 på 48 miljoner kronor.' },
  { id: 'Yy', shape: 'adversarial: money to pay back for a year', field: 'year', want: null,
    text: '# Stöd till kvinnors organisering\n\nStatsbidrag till kvinnoorganisationer fördelas enligt förordningen. Det bidrag som ska betalas tillbaka uppgår för 2024 till 30 000 kronor.' },
];

describe('fresh75b: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
