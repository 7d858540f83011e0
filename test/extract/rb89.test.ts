import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Regeringsbeslut and government budget news (helper rb89, issue 12, dev 2602–2611): the constructions of this stop's fixes, each
// from its real text (the dev number), a paraphrase the way another ministry would put it (constructed) and counter-probes that
// must keep what they had (the whole of a package stated as such, a total above its own smaller items, a single agency's
// uppdrag money paid on requisition, an older bill, two bills). The row examples in extract/cues/*.ts hold the same phrasings
// at the cue level. `want: null` asks for no value.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const PM = (title: string, body: string): string => `# ${title}\n\n${body}\n`;
/** A dev text as stored (the real construction, not an abridgement: the rows read its whole context). */
const DEV = (n: number): string => readFileSync(`test/corpus/dev/${readdirSync('test/corpus/dev').find((f) => f.startsWith(`${n}-`))!}`, 'utf8');
const PROBES: Probe[] = [
  // funding.total: one measure of a package is a part (cues/funding.ts PACKAGE_MEASURES, PACKAGE_WHOLE; fields/funding.ts packageMeasure)
  { id: 'P1', shape: 'dev 2587: five measures, each its own sum; "i uppdrag att fördela 150 miljoner kronor … till kommuner" is one of them', field: 'funding.total', want: null,
    text: PM('Jobbpaket för att möta utmaningar på arbetsmarknaden', 'I vårändringsbudgeten för 2023 föreslås därför att 400 miljoner kronor tillförs för att förstärka regionalt yrkesvux och att 70 miljoner kronor tillförs yrkeshögskolan.\n\nRegeringen föreslår därför i vårändringsbudgeten för 2023 att kommunerna ska få 100 miljoner kronor i statsbidrag för detta.\n\nRegeringen föreslår att myndighetens anslag för 2023 ökas med 50 miljoner kronor.\n\nRegeringen ger därför Arbetsförmedlingen i uppdrag att fördela 150 miljoner kronor inom befintliga ekonomiska ramar till kommuner med hög arbetslöshet.') },
  { id: 'P2', shape: 'paraphrase (constructed): a culture package, one measure "som uppgår till 60 miljoner kronor" among larger ones', field: 'funding.total', want: null,
    text: PM('Satsningar på kulturen i budgeten', 'Regeringen föreslår att scenkonsten tillförs 200 miljoner kronor 2025.\n\nMuseerna får ett höjt anslag på 120 miljoner kronor 2025.\n\nBibliotekens läsfrämjande arbete förstärks med 45 miljoner kronor.\n\nDärtill inför regeringen ett nytt stöd till kulturskolor som uppgår till 60 miljoner kronor år 2025.') },
  { id: 'Px', shape: 'adversarial, dev 2580: the package\'s whole named as such ("sammanlagt 260 miljoner kronor") before its items', field: 'funding.total', want: 260000000,
    text: DEV(2580) },
  { id: 'Py', shape: 'adversarial, dev 2516: a total above a list of its own smaller items', field: 'funding.total', want: 800000,
    text: PM('Föreningsbidrag i stadsdelen', '800 000 kronor har avsatts i bidrag för stadsdelens föreningar.\n\nBarn- och ungdomsföreningar får 40 000 kronor.\n\nÄldreföreningar får 45 000 kronor.\n\nPensionärslokaler får 410 000 kronor.\n\nKulturföreningar får 265 000 kronor.') },
  { id: 'Pz', shape: 'adversarial, dev 2044 as stored: one sentence\'s sums add up to the chosen sum (its parts), a larger older sum elsewhere', field: 'funding.total', want: 130000000,
    text: DEV(2044) },
  // funding.total: two agencies' uppdrag sums paid on requisition are each a part (REQUISITION_PAID_CEILING reads the second's
  // "för projektkostnader i genomförandet av uppdraget"; two different ceilings: no total)
  { id: 'A1', shape: 'dev 2582: Vinnova\'s 11 miljoner and Tillväxtverket\'s 1 miljon, both paid on requisition', field: 'funding.total', want: null,
    text: PM('Uppdrag att stärka tillväxten i forskningsintensiva startup-företag', 'För uppdraget får Vinnova under 2021 använda högst 11 miljoner kronor. Medlen betalas ut engångsvis efter rekvisition till Kammarkollegiet senast den 1 november 2021.\n\nVidare får Tillväxtverket för projektkostnader i genomförandet av uppdraget under 2021 använda högst 1 miljon kronor. Medlen betalas ut engångsvis efter rekvisition till Kammarkollegiet senast den 1 november 2021.') },
  { id: 'Ax', shape: 'adversarial, dev 2611 and 1969: one agency\'s uppdrag money paid on requisition is the decision\'s whole sum', field: 'funding.total', want: 3000000,
    text: PM('Uppdrag att utveckla metoder för samråd', 'För uppdraget får Länsstyrelsen i Västerbottens län under 2021 använda högst 3 miljoner kronor. Medlen betalas ut engångsvis efter rekvisition till Kammarkollegiet senast den 15 oktober 2021.\n\nRegeringen beräknar att högst 6 miljoner kronor kommer att avsättas för 2022.') },
  // year: the budget bill's year in budget news (cues/year.ts budgetproposition-for-ar)
  { id: 'Y1', shape: 'dev 2604: "Regeringen avser att överlämna detta förslag till riksdagen i budgetpropositionen för 2024."', field: 'year', want: 2024,
    text: PM('Ny riktad satsning på kommunernas arbete mot gängkriminalitet', 'Regeringen föreslår en treårig satsning på förebyggande insatser. Satsningen görs i form av statsbidrag till kommunerna.\n\nRegeringen avser att överlämna detta förslag till riksdagen i budgetpropositionen för 2024.') },
  { id: 'Y2', shape: 'dev 2587: "I vårändringsbudgeten för 2023 föreslås därför att 400 miljoner kronor tillförs …"', field: 'year', want: 2023,
    text: DEV(2587) },
  { id: 'Yx', shape: 'adversarial, dev 2579: two bills ("höständringsbudgeten samt i budgetpropositionen för 2024"), two years', field: 'year', want: null,
    text: PM('Regeringen utökar stöd till jordbrukare', 'Regeringen föreslår ett stöd till jordbrukare.\n\nRegeringen avser att överlämna förslagen i den kommande höständringsbudgeten samt i budgetpropositionen för 2024.') },
  { id: 'Yy', shape: 'adversarial (constructed): an older bill cited for money already given', field: 'year', want: null,
    text: PM('Om stödet till studieförbunden', 'Stödet har funnits länge. I budgetpropositionen för 2021 har medel tillförts för ändamålet.') },
];

describe('rb89: the batch\'s shapes, paraphrases read right, counter-probes keep what they had', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
