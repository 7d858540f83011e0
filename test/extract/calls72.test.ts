import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Calls and government decisions of bodies and years never in the corpus (helper calls72, issue 12, dev 2176–2187:
// Riksantikvarieämbetet's FoU calls 2019–2024, Konstnärsnämnden via SKAP, Region Västernorrland, RWI, and four regeringsbeslut
// of 2021 and 2024 from g0vse): each fix's real shape from the batch, two paraphrases the way another body would put it
// (constructed) and counter-probes that must give nothing, among them adversarial probes per new or widened row (the same
// words with another role). The row examples in extract/cues/*.ts hold the same phrasings at the cue level. `want: null`
// asks for no value.
//
// The first run had no wrong value (83/93); these fix misses.

type Probe = { id: string; shape: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till personal och material.';
const PROBES: Probe[] = [
  // year: a call named by the year it is for (cues/year.ts utlysning-infor-ar)
  { id: 'U1', shape: 'dev 2179: heading "Utlysning inför 2020", the window in 2019', field: 'year', want: 2020,
    text: 'FoU för kulturarv\n\nUtlysning inför 2020\n\nAnsökningstid: 28 maj – 18 september 2019' + BODY },
  { id: 'U2', shape: 'paraphrase: Utlysningen inför 2025 är nu öppen', field: 'year', want: 2025,
    text: 'Forskningsbidrag\nUtlysningen inför 2025 är nu öppen för ansökningar.' + BODY },
  { id: 'U3', shape: 'paraphrase: Utlysning av FoU-medel inför 2022', field: 'year', want: 2022,
    text: 'Forskning och utveckling\nUtlysning av FoU-medel inför 2022 pågår till den 15 september 2021.' + BODY },
  { id: 'Ux', shape: 'adversarial: an event\'s year ("inför 2020 års Almedalsvecka")', field: 'year', want: null,
    text: 'Arrangörsstöd\nUtlysning inför 2020 års Almedalsvecka.' + BODY },
  { id: 'Uy', shape: 'adversarial: last round told in the past', field: 'year', want: null,
    text: 'Forskningsbidrag\nUtlysningen inför 2019 var öppen till september.' + BODY },
  { id: 'Uz', shape: 'adversarial: a rule changed before a year, no call named', field: 'year', want: null,
    text: 'Forskningsbidrag\nReglerna för utlysningen ändrades inför 2020.' + BODY },
  // year: what is applied for, named by the year of the work (cues/year.ts soka-for-verksamhet-under-ar)
  { id: 'V1', shape: 'dev 2181: ansöka om projektbidrag inom musik för verksamhet under 2020', field: 'year', want: 2020,
    text: 'Projektbidrag inom musik\nOm du planerar att ansöka om projektbidrag inom musik för verksamhet under 2020 skall ansökan vara inne senast den 3 juni 2019.' + BODY },
  { id: 'V2', shape: 'paraphrase: Föreningar kan söka bidrag för verksamhet under 2025', field: 'year', want: 2025,
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag för verksamhet under 2025 från och med 1 september.' + BODY },
  { id: 'V3', shape: 'paraphrase: ansöka om stöd för sin verksamhet under 2024', field: 'year', want: 2024,
    text: 'Verksamhetsstöd\nOrganisationer kan ansöka om stöd för sin verksamhet under 2024.' + BODY },
  { id: 'Vx', shape: 'adversarial: a denial', field: 'year', want: null,
    text: 'Föreningsbidrag\nDet går inte att söka bidrag för verksamhet under 2019 i efterhand.' + BODY },
  { id: 'Vy', shape: 'adversarial: the report\'s year, not what is applied for', field: 'year', want: null,
    text: 'Föreningsbidrag\nRedovisningen ska avse verksamhet under 2019.' + BODY },
  // funding.total: "Totalt kommer cirka X fördelas" (cues/funding.ts totalt-kommer-summa-fordelas)
  { id: 'T1', shape: 'dev 2177: Totalt kommer cirka 18 miljoner kronor fördelas …, varav minst 3,5 …', field: 'funding.total', want: 18000000,
    text: 'FoU-bidrag\nTotalt kommer cirka 18 miljoner kronor fördelas till forskning- och utvecklingsprojekt, varav minst 3,5 miljoner kronor går till forskning och utveckling på centrala museer.' + BODY },
  { id: 'T2', shape: 'paraphrase: Sammanlagt ska ungefär 5 miljoner kronor fördelas', field: 'funding.total', want: 5000000,
    text: 'Kulturprojektbidrag\nSammanlagt ska ungefär 5 miljoner kronor fördelas till lokala kulturprojekt.' + BODY },
  { id: 'T3', shape: 'paraphrase: Totalt kommer omkring 12 miljoner kronor att delas ut', field: 'funding.total', want: 12000000,
    text: 'Föreningsstöd\nTotalt kommer omkring 12 miljoner kronor att delas ut till föreningar i länet.' + BODY },
  { id: 'Tx', shape: 'adversarial: each county\'s sum', field: 'funding.total', want: null,
    text: 'Länsbidrag\nTotalt kommer cirka 2 miljoner kronor fördelas till varje län.' + BODY },
  { id: 'Ty', shape: 'adversarial: a span of years', field: 'funding.total', want: null,
    text: 'Forskningsbidrag\nTotalt kommer cirka 18 miljoner kronor att fördelas under perioden 2024–2026.' + BODY },
  { id: 'Tw', shape: 'adversarial: the whole before "varav … i denna utlysning" (the row outweighs att-fordela)', field: 'funding.total', want: { not: 40000000 },
    text: 'Forskningsbidrag\nTotalt kommer 40 miljoner kronor att fördelas, varav 15 miljoner kronor i denna utlysning.' + BODY },
  { id: 'Tz', shape: 'adversarial: last year\'s round', field: 'funding.total', want: null,
    text: 'Forskningsbidrag\nFörra året kom totalt cirka 18 miljoner kronor att fördelas.' + BODY },
  // reporting.due: the grantee "slutrapporterar <object> till <receiver> senast" (cues/reporting.ts slutrapporterar-senast)
  { id: 'R1', shape: 'dev 2186: Svenskt Friluftsliv slutrapporterar uppdraget till Kammarkollegiet senast den 31 mars 2025', field: 'reporting.due', want: '2025-03-31',
    text: 'Bidrag till Svenskt Friluftsliv\nRegeringen beviljar Svenskt Friluftsliv 10 000 000 kronor.\nSvenskt Friluftsliv slutrapporterar uppdraget till Kammarkollegiet senast den 31 mars 2025.' },
  { id: 'R2', shape: 'paraphrase: Föreningen Ung Media slutredovisar projektet till Kammarkollegiet senast', field: 'reporting.due', want: '2023-04-30',
    text: 'Bidrag till Ung Media\nRegeringen beviljar föreningen Ung Media 2 000 000 kronor.\nFöreningen Ung Media slutredovisar projektet till Kammarkollegiet senast den 30 april 2023.' },
  { id: 'R3', shape: 'paraphrase: Riksförbundet slutrapporterar bidraget till Statens kulturråd senast', field: 'reporting.due', want: '2024-03-01',
    text: 'Bidrag till riksförbundet\nRegeringen beviljar Riksförbundet 500 000 kronor.\nRiksförbundet slutrapporterar bidraget till Statens kulturråd senast 1 mars 2024.' },
  { id: 'Rx', shape: 'adversarial: an agency\'s own assignment to the government', field: 'reporting.due', want: null,
    text: 'Uppdrag till Statens kulturråd\nStatens kulturråd slutrapporterar uppdraget till Regeringskansliet senast den 31 mars 2025.' },
  { id: 'Ry', shape: 'adversarial: an agency\'s own assignment to a ministry by its name', field: 'reporting.due', want: null,
    text: 'Uppdrag\nMyndigheten slutredovisar uppdraget till Kulturdepartementet senast den 31 mars 2025.' },
  { id: 'Rz', shape: 'adversarial: an application\'s day after the verb, no receiver', field: 'reporting.due', want: null,
    text: 'Projektbidrag\nDen som inte slutrapporterar kan inte söka igen senast den 1 mars 2025.' },
];

describe('calls72: the batch\'s shapes, paraphrases read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.shape}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
