import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Issue 12 (helper left70): stop 50's left-open misses on dev texts, by shape. For each shape chosen: the dev text's phrase
// (its number in the class), two paraphrases in other bodies' phrasing, and two counter-probes (x ids) with the same words in
// another role — a past round, another grant, a list of last year's recipients, a project period, a grant year — that must
// give no value. Every text but the dev phrase is constructed. A missing value beats a wrong one. The probes' result on main
// (3df32074) is in the commit that added this file and in test/corpus/README.md ("Stop 50's leftovers").

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const P = (id: string, cls: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, cls, field, want, text: lines.join('\n') });
const ORG = 'Ideella föreningar kan söka bidraget.';
const ORGS: Want = ['organisation'];

const PROBES: Probe[] = [
  // 1. a duty laid on the associations that get the grant: they are its recipients (dev 1145, Vallentuna)
  P('R1', 'duty of the associations granted', 'recipients.types', ORGS, 'Aktivitetsbidrag', 'Aktivitetsbidraget söks två gånger om året.',
    'Alla föreningar som får bidrag, är skyldiga att varje år skicka verksamhetsberättelse, ekonomisk redovisning (resultat- och balansräkning) samt revisionsberättelse till fritid@vallentuna.se'),
  P('R1a', 'duty of the associations granted', 'recipients.types', ORGS, 'Projektstöd', 'Organisationer som beviljas stöd ska lämna en slutrapport senast tre månader efter projektets slut.'),
  P('R1b', 'duty of the associations granted', 'recipients.types', ORGS, 'Kulturbidrag', 'Den förening som erhåller bidrag är skyldig att redovisa hur pengarna har använts.'),
  P('R1x', 'a past round\'s recipients', 'recipients.types', null, 'Aktivitetsbidrag', 'Föreningar som fick bidrag förra året ska redovisa senast 1 mars.'),
  P('R1y', 'another grant\'s recipients', 'recipients.types', null, 'Aktivitetsbidrag', 'Föreningar som får bidrag från Arvsfonden ska inte söka detta bidrag.'),
  P('R1z', 'a list of recipients published', 'recipients.types', null, 'Aktivitetsbidrag', 'Listan över de föreningar som får bidrag ska publiceras på kommunens webbplats.'),
  // 2. a question heading that asks which associations may get the grant, over the conditions on "Föreningen" (dev 1316, Nyköping)
  P('R2', 'which associations may get it', 'recipients.types', ORGS, 'Sök bidrag till din förening', 'Vilka föreningar kan få bidrag?', 'Föreningen ska', '- ha ett organisationsnummer.', '- ha regelbunden verksamhet i kommunen.'),
  P('R2a', 'which associations may get it', 'recipients.types', ORGS, 'Kulturstöd', 'Vilka organisationer kan få stöd?', 'Organisationen ska ha sitt säte i regionen och arbeta utan vinstsyfte.'),
  P('R2b', 'which associations may get it', 'recipients.types', ORGS, 'Fritidsbidrag', 'Vilka ideella föreningar får beviljas bidrag?', 'Föreningen ska ha minst tio medlemmar.'),
  P('R2x', 'a past round\'s recipients asked', 'recipients.types', null, 'Fritidsbidrag', 'Vilka föreningar fick bidrag 2023?', 'Föreningen ska redovisa bidraget senast 1 mars.'),
  P('R2y', 'help asked, not the grant', 'recipients.types', null, 'Fritidsbidrag', 'Vilka föreningar kan få hjälp med ansökan?', 'Föreningen ska kontakta föreningsservice.'),
  // 3. the reader's association told to check the conditions for getting the grant (dev 2035, Borlänge)
  P('R3', 'your association meets the conditions', 'recipients.types', ORGS, 'Föreningsbidrag', 'Läs bifogade fil nedan om din förening uppfyller kommunens policy för att få föreningsbidrag.'),
  P('R3a', 'your association meets the conditions', 'recipients.types', ORGS, 'Kulturbidrag', 'Kontrollera att er organisation uppfyller villkoren för att få bidrag.'),
  P('R3b', 'your association meets the conditions', 'recipients.types', ORGS, 'Projektstöd', 'Se efter om din förening uppfyller kraven för att kunna beviljas stöd.'),
  P('R3x', 'a past round', 'recipients.types', null, 'Föreningsbidrag', 'Om din förening uppfyllde kraven för att få bidrag 2023 betalades pengarna ut i mars.'),
  P('R3y', 'not a grant', 'recipients.types', null, 'Föreningsbidrag', 'Kontrollera att din förening uppfyller kraven för att få hyra kommunens lokaler.'),
  // 4. an application window labelled with its year, the days without one ("Ansökningsperiod 2025: 1 februari – 15 mars",
  //    stop 50's grids); as "Sista ansökningsdag 2025: 15 mars" (cues/dates.ts label-year-colon-day) already is
  P('W1', 'window labelled with its year', 'requisition.opens', '2025-02-01', 'Projektbidrag', 'Ansökningsperiod 2025: 1 februari – 15 mars', ORG),
  P('W1c', 'window labelled with its year', 'requisition.closes', '2025-03-15', 'Projektbidrag', 'Ansökningsperiod 2025: 1 februari – 15 mars', ORG),
  P('W1a', 'window labelled with its year', 'requisition.closes', '2026-04-14', 'Kulturstöd', 'Ansökningstid 2026: 3 mars–14 april', ORG),
  P('W1b', 'window labelled with its year', 'requisition.opens', '2024-09-01', 'Lovbidrag', 'Sökperiod 2024: 1–30 september', ORG),
  P('W1x', 'a project period', 'requisition.opens', null, 'Projektbidrag', 'Projektperiod 2025: 1 februari – 15 mars', ORG),
  P('W1y', 'the grant year, not the window\'s', 'requisition.closes', null, 'Verksamhetsbidrag', 'Ansökningsperiod för bidrag 2026: 1 oktober – 30 november', ORG),
  P('W1z', 'a past round', 'requisition.opens', null, 'Projektbidrag', 'Förra årets ansökningsperiod 2024: 1 februari – 15 mars', ORG),
  // 5. rounds labelled by their holiday or number under a heading that names applying (dev 2051, Haninge: "Ansökningstider" /
  //    "Höstlov: 1–20 september 2022." / "Jullov: 1 september–31 oktober 2022."; cues/dates.ts ROUND_LABEL_RANGE)
  P('L1', 'rounds labelled by holiday', 'year', 2022, 'Lovbidrag', '', 'Ansökningstider', '', 'Föreningar, organisationer och kommunala verksamheter är välkomna att skicka in sina ansökningar under perioderna:', '',
    'Höstlov: 1–20 september 2022.', '', 'Jullov: 1 september–31 oktober 2022.', '', 'Vem kan ansöka?', '', ORG),
  P('L1o', 'rounds labelled by holiday', 'requisition.opens', '2022-09-01', 'Lovbidrag', '', 'Ansökningstider', '', 'Föreningar, organisationer och kommunala verksamheter är välkomna att skicka in sina ansökningar under perioderna:', '',
    'Höstlov: 1–20 september 2022.', '', 'Jullov: 1 september–31 oktober 2022.', '', 'Vem kan ansöka?', '', ORG),
  P('L1a', 'a round labelled by number', 'requisition.opens', '2024-04-01', 'Sommarlovsbidrag', '', 'När kan man söka?', '', 'Omgång 1: 1 april–15 maj 2024', '', ORG),
  P('L1b', 'a round labelled by season', 'requisition.closes', '2025-08-31', 'Kulturstöd', '', 'Ansökningsperioder', '', 'Hösten 2025: 1–31 augusti 2025.', '', ORG),
  P('L1x', 'the holiday\'s own period', 'requisition.opens', null, 'Lovbidrag', '', 'Lovperioder', '', 'Höstlov: 31 oktober–4 november 2022.', '', ORG),
  P('L1y', 'a holiday line under key dates', 'requisition.opens', null, 'Lovbidrag', '', 'Viktiga datum', '', 'Höstlov: 1–20 september 2022.', '', ORG),
  P('L1z', 'the activities\' days under the applying heading', 'requisition.opens', null, 'Lovbidrag', '', 'Ansökningstider', '', 'Höstlov: aktiviteterna genomförs 31 oktober–4 november 2022.', '', ORG),
];

// the probes not fixed, with the reason (empty when every shape is fixed; the result on main is in the commit history)
const LEFT_OPEN = new Map<string, string>([
  ['L1o', 'two rounds of one first day and different last days (dev 2051): the finder keeps no window when the rounds\' last days differ (a guess between them), and a first day alone is not output'],
]);

describe('left70: stop 50\'s left-open shapes, paraphrases and counter-probes', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field}: ${p.text.split('\n').filter(Boolean)[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
