import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// First runs on real utlysningar of senders the corpus held few of (helper fresh80a, issue 12, dev 2371–2382: Afa Försäkring,
// Finansministeriet (Finland, via Kommunförbundet), Tillväxtverket, Naturvårdsverket (via Länsstyrelsen Jämtland), Region
// Skåne, Socialstyrelsen, Skogsstyrelsen, Vetenskapsrådet, Trafikverket, Kulturrådet's Kreativa Europa desk, Utbildningsstyrelsen):
// each fix's real shape from the batch, a paraphrase the way another body would put it (constructed) and adversarial probes
// that must give nothing else. The row examples in extract/cues/*.ts hold the same phrasings at the cue level (cues.test.ts).
// `want: null` asks for no value. First run 112/130, 1 wrong (dev 2375's organisation beside the kommun).

type Probe = { id: string; shape: string; field: string; want: Want; text: string; run?: 'fails' };
const PAGE = (title: string, body: string): string => `${title}\n\n${body}\n`;
const PROBES: Probe[] = [
  // recipients.types: "stå som sökande organisation" is the applicant's role (cues/recipients.ts NOT_RECIPIENT_NAMES applicant-role-noun)
  { id: 'R1', shape: 'dev 2375: "Endast en kommun kan stå som sökande organisation i ansökan."', field: 'recipients.types', want: ['kommun'],
    text: PAGE('Stöd till samverkansprojekt', 'Vem kan söka?\n\nMinst två kommuner ska ingå i projektet. Endast en kommun kan stå som sökande organisation i ansökan. Övriga kommuner står som samverkanspart.') },
  { id: 'R2', shape: 'paraphrase: a region registered as the applying organisation', field: 'recipients.types', want: ['region'],
    text: PAGE('Bidrag till regional samverkan', 'Regioner kan söka bidraget. En av regionerna registreras som stödsökande organisation i e-tjänsten.') },
  { id: 'Rx', shape: 'adversarial: organisations that apply and stand as the applying organisation keep their type', field: 'recipients.types', want: ['organisation'],
    text: PAGE('Projektbidrag', 'Ideella organisationer kan söka bidraget. Organisationen ska stå som sökande organisation i e-tjänsten.') },
  // requisition window: a range whose opening day carries its hour (parse/dates.ts CLOCK_AFTER)
  { id: 'W1', shape: 'dev 2379: "Ansökningsperiod: 21 september 2022 (kl. 14.00) – 22 november 2022 (kl. 14.00)"', field: 'requisition.closes', want: '2022-11-22',
    text: PAGE('Bidrag till excellenscenter', 'Söks av: Enskild forskare\n\nAnsökningsperiod: 21 september 2022 (kl. 14.00) – 22 november 2022 (kl. 14.00)') },
  { id: 'W2', shape: 'paraphrase: the hour bare, "2 oktober 2025 kl. 14.00 – 6 november 2025 kl. 14.00"', field: 'requisition.opens', want: '2025-10-02',
    text: PAGE('Projektbidrag för hållbara städer', 'Ansökningstid: 2 oktober 2025 kl. 14.00 – 6 november 2025 kl. 14.00') },
  { id: 'Wx', shape: 'adversarial: a project period with its hour is no window', field: 'requisition.closes', want: null,
    text: PAGE('Projektbidrag', 'Projektperiod: 1 januari 2026 (kl. 08.00) – 31 december 2026 (kl. 17.00)') },
  // requisition.opens: "är öppen från och med" (cues/dates.ts OPEN_WORDS ar-oppen-fran)
  { id: 'O1', shape: 'dev 2373: "Utlysningen är öppen från och med 2018-08-20 och som längst till och med 2018-11-15."', field: 'requisition.opens', want: '2018-08-20',
    text: PAGE('Regionala koordinatorer', 'När kan vi söka?\n\nUtlysningen är öppen från och med 2018-08-20 och som längst till och med 2018-11-15.') },
  { id: 'O2', shape: 'paraphrase: "E-tjänsten är öppen för ansökningar från och med den 3 februari 2025 …"', field: 'requisition.opens', want: '2025-02-03',
    text: PAGE('Bidrag till läsfrämjande', 'E-tjänsten är öppen för ansökningar från och med den 3 februari 2025. Sista ansökningsdag är den 14 mars 2025.') },
  { id: 'Ox', shape: 'adversarial: a place open from a day', field: 'requisition.opens', want: null,
    text: PAGE('Bidrag till föreningar', 'Lokalen är öppen från och med den 1 mars 2025 för föreningar som vill hyra.') },
  // title: a status line with the call's noun (cues/title.ts status-label), an act cited in prose above its line (fields/title.ts actLines)
  { id: 'T1', shape: 'dev 2379: "Stängd utlysning" above the call\'s heading', field: 'title', want: 'Bidrag till excellenscenter',
    text: 'Stängd utlysning\n\n21 september - 22 november 2022\n\nBidrag till excellenscenter\n\nSyftet med bidraget är att stödja uppbyggnad av miljöer för forskningssamarbete.\n' },
  { id: 'T2', shape: 'dev 2376 shape: the act the first paragraph cites, on its own line below', field: 'title', want: 'Statsbidrag till föreningar för lovaktiviteter 2025',
    text: 'Statsbidrag till föreningar för lovaktiviteter 2025\n\nMyndigheten fördelar medel till föreningar enligt förordning (2016:1364) om statsbidrag till lovaktiviteter.\n\nFörordning (2016:1364) om statsbidrag till lovaktiviteter\n\nSista ansökningsdag är den 1 mars 2025.\n' },
  { id: 'Tx', shape: 'adversarial: an SFS page keeps its act heading as the title', field: 'title', want: 'Förordning (2016:1364) om statsbidrag till lovaktiviteter',
    text: 'Förordning (2016:1364) om statsbidrag till lovaktiviteter\n\nSFS nr: 2016:1364\n\n1 § Denna förordning innehåller bestämmelser om statsbidrag till kommuner för lovaktiviteter.\n' },
  { id: 'Ty', shape: 'adversarial (diff q254\'s shape): a page that opens with prose citing its act has the act line as its only heading', field: 'title', want: 'Förordning (2016:1364) om statsbidrag till lovaktiviteter',
    text: 'Syftet med statsbidraget är att ge barn möjlighet till avgiftsfria lovaktiviteter enligt förordning (2016:1364, 1 §).\n\nFörordning (2016:1364) om statsbidrag till lovaktiviteter\n\nAnsökan\n\nKommuner kan söka bidraget senast den 1 mars 2025.\n' },
  // funding.total: one grant named by its sum after "utlyser", the year's budget (cues/funding.ts utlyser, budget-for-utlysningen)
  { id: 'F1', shape: 'dev 2371: "… utlyser därför ett postdoc-stöd på 2 miljoner kronor."', field: 'funding.total', want: 2000000,
    text: PAGE('Postdoc-stöd för forskning om arbetsmiljö', 'Arbetsmarknadens parter utlyser därför ett postdoc-stöd på 2 miljoner kronor. Utlysningen är öppen från den 26 maj till den 22 september 2021.') },
  { id: 'F2', shape: 'paraphrase: "Stiftelsen utlyser i år ett forskningsanslag om 1 500 000 kronor …"', field: 'funding.total', want: 1500000,
    text: PAGE('Forskningsanslag inom miljöteknik', 'Stiftelsen utlyser i år ett forskningsanslag om 1 500 000 kronor inom miljöteknik. Sista ansökningsdag är den 1 oktober 2025.') },
  { id: 'Fx', shape: 'adversarial: one grant\'s sum to each association', field: 'funding.total', want: null,
    text: PAGE('Bidrag till lovaktiviteter', 'Kommunen utlyser ett bidrag om 20 000 kronor till varje förening som ordnar lovaktiviteter. Sista ansökningsdag är den 1 maj 2025.') },
  { id: 'F3', shape: 'paraphrase of dev 2382: "Årets budget är 3 miljoner kronor."', field: 'funding.total', want: 3000000,
    text: PAGE('Projektbidrag till kulturföreningar', 'Kulturnämnden utlyser projektbidrag. Årets budget är 3 miljoner kronor. Föreningar kan söka. Sista ansökningsdag är den 15 mars 2025.') },
  { id: 'F3x', shape: 'adversarial: the year\'s budget for one project', field: 'funding.total', want: null,
    text: PAGE('Projektbidrag till kulturföreningar', 'Årets budget för projektet är 300 000 kronor. Föreningar kan söka. Sista ansökningsdag är den 15 mars 2025.') },
  // usage_period.to: the projects' last day (cues/requisition.ts USAGE_END sista-datum-for-avslut)
  { id: 'U1', shape: 'dev 2380: "Senaste datum för avslut av projekten är den 15 november 2021."', field: 'usage_period.to', want: '2021-11-15',
    text: PAGE('Bidrag för ökad cykling', '• Senast datum för start av projekten är 31 december 2020.\n• Senaste datum för avslut av projekten är den 15 november 2021.\n• Sista dag för att inkomma med ansökningar är den 30 november 2020.') },
  { id: 'U2', shape: 'paraphrase: "Projekten ska vara avslutade senast den 31 december 2025."', field: 'usage_period.to', want: '2025-12-31',
    text: PAGE('Projektstöd till idrottsföreningar', 'Föreningar kan söka stödet senast den 1 mars 2025. Projekten ska vara avslutade senast den 31 december 2025.') },
  { id: 'Ux', shape: 'adversarial: the latest start is no end of the usage period', field: 'usage_period.to', want: null,
    text: PAGE('Bidrag för ökad cykling', 'Senast datum för start av projekten är 31 december 2020. Sista dag för att inkomma med ansökningar är den 30 november 2020.') },
  // reporting.due: the final report "ska vara inkommen" by a day without "senast" (cues/reporting.ts report-subject-ska-vara-inkommen)
  { id: 'D1', shape: 'dev 2380: "Slutrapporterna ska vara inkomna den 15 december 2021 till Trafikverket."', field: 'reporting.due', want: '2021-12-15',
    text: PAGE('Bidrag för ökad cykling', 'Ideella organisationer kan söka bidraget senast den 30 november 2020. Slutrapporterna ska vara inkomna den 15 december 2021 till Trafikverket.') },
  { id: 'D2', shape: 'paraphrase: "Slutrapporten ska vara inkommen till Kulturrådet den 1 mars 2025."', field: 'reporting.due', want: '2025-03-01',
    text: PAGE('Bidrag till läsfrämjande', 'Föreningar kan söka bidraget senast den 1 oktober 2024. Slutrapporten ska vara inkommen till Kulturrådet den 1 mars 2025.') },
  { id: 'Dx', shape: 'adversarial: an interim report and the applications', field: 'reporting.due', want: null,
    text: PAGE('Bidrag för ökad cykling', 'Ansökningarna ska vara inkomna den 30 november 2020. Delrapporten ska vara inkommen den 31 maj 2021.') },
];

describe('fresh80a: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} ${p.field} [${p.shape}]`, async () => {
      const got = await probeField(p.text, p.field);
      expectWant(Array.isArray(got) ? [...got].sort() : got, p.want);
    });
  }
});
