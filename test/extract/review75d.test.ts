import { describe, expect, it } from 'vitest';
import { readText } from '../../extract/read/text.js';
import { looksLikeForm } from '../../extract/fields/reporting-form.js';
import { expectWant, probeField, type Want } from './probe.js';

// Review75d (issue 12, stop 54): adversarial probes of h/fresh75b's and h/forms75's rows, constructed in realistic Swedish by a
// fresh reader: funding far-anvanda-hogst reading "upp till" (a per-unit or per-applicant cap, an amount for the agency's own
// administration, an advance, a span of years), UPPDRAG_TO_STUDY sparing a heading with "att fördela" (of another subject),
// lists far-inte-ersatta (another grant's or another party's rule, a share limit), year bidraget-ligger-for-ar (a past year's
// granted sum, next year's proposed level) and ansokan-ars-medel (a past round, the next round, a list of applications),
// reporting FORM_MARKS application-head (a payout claim that carries the final report). Keep-probes: the rows' right readings
// in other bodies' phrasing. `want: null` asks for no value; `{ not: v }` only that the value is not v.

type Probe = { id: string; shape: string; field: string; want: Want; text: string; open?: string };
const PROBES: Probe[] = [
  // ---- funding.total: far-anvanda-hogst "upp till"
  { id: 'F1', shape: 'counter: a cap per skolenhet', field: 'funding.total', want: null,
    text: '# Uppdrag till Skolverket att betala ut statsbidrag för lovskola\n\nSkolverket får under 2025 betala ut upp till 400 000 kronor per skolenhet.' },
  { id: 'F2', shape: 'counter: a cap per förening', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att fördela stöd till ideella föreningar\n\nSocialstyrelsen får betala ut upp till 300 000 kronor till varje förening.' },
  { id: 'F3', shape: 'counter: a cap for one project', field: 'funding.total', want: null,
    text: '# Uppdrag till Tillväxtverket att fördela stöd till regional utveckling\n\nTillväxtverket får betala ut upp till 2 000 000 kronor för ett enskilt projekt.' },
  { id: 'F4', shape: 'counter: the agency\'s own handling, "av medlen för handläggning" after the sum', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att betala ut statsbidrag till kommunerna\n\nSocialstyrelsen får använda upp till 1 500 000 kronor av medlen för handläggning och administration.' },
  { id: 'F5', shape: 'counter: the agency\'s own costs for the uppdrag', field: 'funding.total', want: null,
    text: '# Uppdrag till Kammarkollegiet att betala ut bidrag till trossamfund\n\nKammarkollegiet får disponera upp till 3 000 000 kronor för myndighetens kostnader för uppdraget.' },
  { id: 'F6', shape: 'counter: an advance, a part of the money', field: 'funding.total', want: null,
    text: '# Uppdrag till Formas att fördela medel till forskning om klimatanpassning\n\nFormas får under 2025 betala ut upp till 10 000 000 kronor i förskott till projekten.' },
  { id: 'F7', shape: 'counter: a sum over a span of years (2025–2027)', field: 'funding.total', want: null,
    text: '# Uppdrag till Energimyndigheten att fördela stöd till energieffektivisering\n\nEnergimyndigheten får betala ut upp till 300 000 000 kronor till regionerna under perioden 2025–2027.' },
  { id: 'F8', shape: 'counter: a part passed to another agency beside the total (the total itself may be refused as a miss)', field: 'funding.total', want: { not: 5000000 },
    text: '# Uppdrag till Socialstyrelsen att fördela statsbidrag till kommunerna\n\nSocialstyrelsen ska under 2025 fördela 100 000 000 kronor till kommunerna. Socialstyrelsen får betala ut upp till 5 000 000 kronor till Länsstyrelsen i Stockholms län för samordning.' },
  { id: 'F9', shape: 'keep: Vinnova får under 2025 använda upp till … för bidrag', field: 'funding.total', want: 80000000,
    text: '# Uppdrag till Vinnova att fördela bidrag till innovationsprojekt\n\nVinnova får under 2025 använda upp till 80 000 000 kronor för bidrag till innovationsprojekt i små företag.' },
  { id: 'F10', shape: 'keep: Naturvårdsverket ska under 2026 betala ut upp till … till kommuner', field: 'funding.total', want: 1200000000,
    text: '# Uppdrag till Naturvårdsverket att betala ut stöd till lokala klimatinvesteringar\n\nNaturvårdsverket ska under 2026 betala ut upp till 1 200 000 000 kronor till kommuner för klimatinvesteringar.' },
  // ---- UPPDRAG_TO_STUDY: "att fördela" / "att betala ut" of another subject in the heading
  { id: 'U1', shape: 'counter: an uppdrag to evaluate how another agency chose "att fördela"', field: 'funding.total', want: null,
    text: '# Uppdrag till Statskontoret att utvärdera hur Socialstyrelsen har valt att fördela medel till regionerna\n\nStatskontoret får under 2025 använda högst 2 500 000 kronor för arbetet.' },
  { id: 'U2', shape: 'counter: an uppdrag to investigate how it could "betala ut" faster', field: 'funding.total', want: null,
    text: '# Uppdrag till Socialstyrelsen att utreda hur det går att betala ut medel till regionerna snabbare\n\nSocialstyrelsen får under 2025 använda högst 1 000 000 kronor för arbetet.' },
  { id: 'U3', shape: 'keep: att betala ut och följa upp, the agency gives the money', field: 'funding.total', want: 30000000,
    text: '# Uppdrag till Kammarkollegiet att betala ut och följa upp medel till trossamfund\n\nKammarkollegiet får under 2025 betala ut högst 30 000 000 kronor till trossamfunden.' },
  { id: 'U4', shape: 'counter (FOR_UPPDRAGET_ANVANDA): Därutöver får Boverket för uppdraget … disponera upp till', field: 'funding.total', want: null,
    text: '# Uppdrag till Boverket att ta fram underlag om bostadsförsörjning\n\nDärutöver får Boverket för uppdraget under 2025 disponera upp till 4 000 000 kronor.' },
  // ---- excluded_uses: far-inte-ersatta
  { id: 'X1', shape: 'counter: another grant on the page (verksamhetsbidraget)', field: 'excluded_uses', want: null,
    text: '# Projektbidrag till föreningar\n\nFöreningar kan söka projektbidrag för nya aktiviteter. Projektbidraget kan sökas två gånger per år. Verksamhetsbidraget får inte ersätta medlemsavgifter och söks på annat sätt.' },
  { id: 'X2', shape: 'counter: the kommun\'s own money, not the grant', field: 'excluded_uses', want: null,
    text: '# Statsbidrag för ökad bemanning i äldreomsorgen\n\nKommunerna kan rekvirera statsbidraget från Socialstyrelsen. Kommunala medel får inte ersätta statsbidraget i kommunens budget för nästa år.' },
  { id: 'X3', shape: 'counter: a share limit, not a use ("hela kostnaden")', field: 'excluded_uses', want: null,
    text: '# Bidrag till upprustning av samlingslokaler\n\nIdeella föreningar kan söka bidraget. Bidraget får inte ersätta hela kostnaden för projektet, en egen insats krävs.' },
  { id: 'X4', shape: 'counter: a share limit ("en större andel än")', field: 'excluded_uses', want: null,
    text: '# Bidrag till upprustning av samlingslokaler\n\nIdeella föreningar kan söka bidraget. Stödet får inte ersätta en större andel än 50 procent av kostnaderna.' },
  { id: 'X5', shape: 'keep: Bidraget får inte ersätta ordinarie undervisning.', field: 'excluded_uses.0', want: { re: 'ordinarie undervisning' },
    text: '# Statsbidrag för lovskola\n\nHuvudmän kan söka bidraget för lovskola. Bidraget får inte ersätta ordinarie undervisning.' },
  { id: 'X6', shape: 'keep: Medlen får inte ersätta kostnader som kommunen redan har budgeterat', field: 'excluded_uses.0', want: { re: 'budgeterat' },
    text: '# Statsbidrag till kommuner för sommarlovsaktiviteter\n\nKommuner kan rekvirera bidraget. Medlen får inte ersätta kostnader som kommunen redan har budgeterat för.' },
  // ---- year: bidraget-ligger-for-ar
  { id: 'Y1', shape: 'counter: a past year\'s granted sum in the present ("Beviljat stöd uppgår för 2024")', field: 'year', want: { not: 2024 },
    text: '# Stöd till kvinnors organisering\n\nStatsbidrag till kvinnoorganisationer fördelas enligt förordningen. Ansök senast den 1 mars 2026. Beviljat stöd uppgår för 2024 till 48 miljoner kronor.' },
  { id: 'Y2', shape: 'counter: next year\'s proposed level of the anslag', field: 'year', want: { not: 2026 },
    text: '# Statsbidrag till studieförbund\n\nAnsökan för 2025 ska ha kommit in senast den 1 oktober 2024. Regeringen föreslår att anslaget uppgår för 2026 till 1,9 miljarder kronor.' },
  { id: 'Y3', shape: 'counter: an annual report\'s past year', field: 'year', want: { not: 2023 },
    text: '# Stöd till hembygdsrörelsen\n\nHembygdsförbund kan söka stödet. Av årsredovisningen framgår att stödet uppgår för 2023 till 12 miljoner kronor.' },
  { id: 'Y4', shape: 'keep: Stödet uppgår för 2026 till …', field: 'year', want: 2026,
    text: '# Stöd till idrottsföreningar\n\nIdrottsföreningar kan söka stödet genom sitt distriktsförbund. Stödet uppgår för 2026 till 75 miljoner kronor.' },
  { id: 'Y5', shape: 'keep: Grundbidraget ligger för 2026 på … per förening', field: 'year', want: 2026,
    text: '# Bidrag till pensionärsföreningar\n\nPensionärsföreningar i kommunen kan söka bidrag. Grundbidraget ligger för 2026 på 5 000 kronor per förening.' },
  // ---- year: ansokan-ars-medel
  { id: 'A1', shape: 'counter: a link to a past round\'s list of applications', field: 'year', want: { not: 2023 },
    text: '# Bygdemedel\n\nFöreningar kan söka bygdemedel för investeringar. Ansökningstiden meddelas senare.\n\nSammanställning av ansökningar om 2023 års bygdeavgiftsmedel (pdf, 120 kB)' },
  { id: 'A2', shape: 'counter: a closed past round', field: 'year', want: { not: 2025 },
    text: '# Utvecklingsmedel\n\nFöreningar kan söka utvecklingsmedel för nya verksamheter.\n\nAnsökan om 2025 års utvecklingsmedel är nu stängd. Nästa ansökningsomgång öppnar i januari 2026.' },
  { id: 'A3', shape: 'counter: the next round beside this year\'s', field: 'year', want: { not: 2027 },
    text: '# Kulturmedel\n\nFöreningar kan söka kulturmedel för arrangemang under 2026. Sista ansökningsdag är 31 mars 2026.\n\nAnsökan om 2027 års kulturmedel öppnar den 1 oktober 2026.' },
  { id: 'A4', shape: 'counter: a past round under a "Tidigare år" heading ("skulle lämnas")', field: 'year', want: { not: 2019 },
    text: '# Bygdemedel\n\nFöreningar kan söka bygdemedel löpande.\n\n## Tidigare år\n\nAnsökan avseende 2019 års bygdeavgiftsmedel skulle lämnas senast 31/1 2019.',
    // (fixed by wrongdates78: a window under a PAST_YEARS_HEAD heading names no grant year in findYear's window fallbacks)
  },
  { id: 'A5', shape: 'keep: Sök om 2026 års integrationsmedel senast …', field: 'year', want: 2026,
    text: '# Integrationsmedel\n\nFöreningar och studieförbund kan söka integrationsmedel för aktiviteter för nyanlända.\n\nSök om 2026 års integrationsmedel senast den 15 februari 2026.' },
  { id: 'A6', shape: 'keep: Ansökningar gällande 2025 års fondmedel ska ha inkommit senast …', field: 'year', want: 2025,
    text: '# Fondmedel för lokal utveckling\n\nFöreningar kan söka fondmedel för projekt i bygden.\n\nAnsökningar gällande 2025 års fondmedel ska ha inkommit senast den 30 september 2025.' },
];

describe('review75d: counter-probes give no value of the wrong role, keep-probes still read', () => {
  for (const p of PROBES) {
    (p.open ? it.fails : it)(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});

// ---- reporting FORM_MARKS application-head: a payout claim that carries the final report stays a reporting form
const form = (text: string): boolean => looksLikeForm(readText('t.txt', text));
const fields = (labels: string[]): string => labels.map((l) => `${l}:`).join('\n');
const reportQuestions = '1. Beskriv vad som har genomförts i projektet.\n2. Vilka resultat har projektet gett?\n3. Har projektets mål nåtts? Om inte, varför?\n4. Hur har pengarna använts jämfört med budgeten?\n';
const applicantFields = fields(['Sökande organisation', 'Organisationsnummer', 'Adress', 'Postnummer', 'Ort', 'Kontaktperson', 'E-post', 'Telefon', 'Bankgiro']);

const FORMS: Array<{ id: string; shape: string; want: boolean; text: string }> = [
  { id: 'R1', shape: 'counter: "Frågor i ansökan om slutbetalning" (slutbetalning, not slututbetalning)', want: true,
    text: `Frågor i ansökan om slutbetalning\n\n${fields(['Projektets namn', 'Journalnummer', 'Stödmottagare', 'Organisationsnummer', 'Kontaktperson', 'E-postadress', 'Telefonnummer'])}\n\n${reportQuestions}` },
  { id: 'R2', shape: 'counter: "Frågor i ansökan om utbetalning av stöd" (the final claim with its report)', want: true,
    text: `Frågor i ansökan om utbetalning av stöd\n\nNär projektet är avslutat ansöker ni om utbetalning och lämnar samtidigt er slutrapport.\n\n${fields(['Projektets namn', 'Journalnummer', 'Stödmottagare', 'Kontaktperson', 'E-postadress', 'Projektperiod'])}\n\n${reportQuestions}` },
  { id: 'R3', shape: 'counter: "Bilagor i e-tjänsten för ansökan om ersättning" over a final report\'s questions', want: true,
    text: `Bilagor i e-tjänsten för ansökan om ersättning\n\n${fields(['Projektnamn', 'Diarienummer', 'Projektägare', 'Kontaktperson', 'E-post', 'Telefon', 'Projektperiod'])}\n\n${reportQuestions}` },
  { id: 'R4', shape: 'keep: "Bilagor i ansökan om investeringsstöd" over applicant fields is no reporting form', want: false,
    text: `Bilagor i ansökan om investeringsstöd\n\nHär ser du vilka uppgifter du behöver ha till hands.\n\n${applicantFields}\n` },
  { id: 'R5', shape: 'keep: "Fälten i ansökningsblanketten för kulturstipendium"', want: false,
    text: `Fälten i ansökningsblanketten för kulturstipendium\n\nFörbered dina svar innan du börjar.\n\n${fields(['Namn', 'Personnummer', 'Adress', 'Postnummer', 'Ort', 'E-post', 'Telefon', 'Konstnärligt område', 'Bankkonto'])}\n` },
];

describe('review75d: application-head keeps payout claims with a report as forms, applications as no form', () => {
  for (const f of FORMS) {
    it(`${f.id} [${f.shape}]`, () => {
      expect(form(f.text)).toBe(f.want);
    });
  }
});
