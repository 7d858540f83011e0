import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Issue 12 (helper left65): the shapes left64, vary59 and vary63 left open, fixed by method where one rule serves a class.
// For each class: paraphrases in another body's phrasing and a counter-probe that must give nothing. Every text is
// constructed unless a dev text is named. LEFT_OPEN holds the probes not fixed safely, each with its reason.
//
// 29 probes (x/y/w ids are counter-probes), right / missing / wrong on main b3bc14d1 → this branch:
//   lists 2/3/0 → 5/0/0; cleft 1/3/0 → 4/0/0; two rounds 2/3/0 → 5/0/0; opens, year after 1/2/0 → 1/2/0;
//   state body pays out (recipients, year) 4/3/0 → 7/0/0; job ad 2/0/3 → 5/0/0; all 12/14/3 → 27/2/0.
// (L1a, L1c gave part of the list on main, no huvudman: counted missing.) Dev texts gaining: 1959 closes, 1965 recipients,
// 1967 recipients and year, 1971 recipients.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const P = (id: string, cls: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, cls, field, want, text: lines.join('\n') });

const PROBES: Probe[] = [
  // 1. a bullet list under an applicant lead, each item read with the type words of sentences (dev 1971; vary63 R5b)
  P('L1a', 'list under applicant lead', 'recipients.types', ['organisation', 'kommun', 'huvudman'], 'Projektbidrag', 'Vem kan söka?', 'Följande kan söka:', '- ideella föreningar', '- kommuner', '- kommunala huvudmän', 'Bidraget får användas till projektkostnader.'),
  P('L1b', 'list under applicant lead', 'recipients.types', ['kommun', 'region', 'organisation'], 'Kulturstöd 2025', 'Dessa aktörer kan ansöka om stödet:', '• Kommuner och kommunalförbund i länet', '• Regionen', '• Stiftelser och ideella föreningar som är verksamma i länet.', 'Stödet får användas till kulturprojekt.'),
  P('L1c', 'list under applicant lead', 'recipients.types', ['huvudman', 'organisation'], 'Statsbidrag för skolutveckling', 'Vilka kan söka?', 'Statsbidraget kan sökas av:', '• enskilda huvudmän', '• organisationer som arbetar med skolfrågor', 'Bidraget får användas till fortbildning.'),
  P('L1x', 'list under a past lead', 'recipients.types', null, 'Projektbidrag', 'Följande har fått bidrag tidigare år:', '- kommuner', '- ideella föreningar', 'Bidraget får användas till projektkostnader.'),
  P('L1y', 'list of uses', 'recipients.types', null, 'Projektbidrag', 'Bidraget kan användas till:', '- samarbeten med kommuner', '- kurser för kommunala huvudmän', 'Ansök senast 1 maj 2025.'),
  // 2. a cleft: the applicant before "som", not the body it hands the application to (vary63 R1c, left64 R3a)
  P('C1a', 'cleft', 'recipients.types', ['kommun'], 'Bidrag till lokala naturvårdsprojekt', 'Det är kommunen som skickar in ansökan till länsstyrelsen.', 'Bidraget får användas till naturvårdsprojekt.'),
  P('C1b', 'cleft', 'recipients.types', ['region'], 'Stöd till kollektivtrafik', 'Det är regionen som lämnar in ansökan om stödet till länsstyrelsen i länet.', 'Stödet får användas till investeringar.'),
  P('C1c', 'cleft', 'recipients.types', ['kommun'], 'Bidrag till våtmarker', 'Det är kommunerna som ansöker om bidraget hos länsstyrelsen.', 'Bidraget får användas till våtmarker.'),
  P('C1x', 'cleft, a deciding body', 'recipients.types', null, 'Bidrag till våtmarker', 'Det är länsstyrelsen som beslutar om bidraget.', 'Bidraget får användas till våtmarker.'),
  // 3. two rounds' days in one sentence: the first round's is the closing day (dev 1959; dev 1091, 1416 gold: the first)
  P('D1a', 'two rounds', 'requisition.closes', '2018-04-10', 'Projektbidrag', 'Det finns två ansökningsomgångar per år, den första har sista ansökningsdatum 10 april 2018 och den andra 1 oktober 2018.', 'Ideella föreningar kan söka bidraget.'),
  P('D1b', 'two rounds', 'requisition.closes', '2024-03-15', 'Projektbidrag', 'Bidraget kan sökas två gånger per år: den första omgången stänger 15 mars 2024 och den andra 15 september 2024.', 'Ideella föreningar kan söka bidraget.'),
  P('D1c', 'two rounds', 'requisition.closes', '2025-02-01', 'Kulturstöd', 'Stödet har två ansökningsomgångar, den första med sista ansökningsdag 1 februari 2025 och den andra med sista ansökningsdag 1 september 2025.', 'Ideella föreningar kan söka stödet.'),
  P('D1x', 'two rounds, the later day never', 'requisition.closes', { not: '2018-10-01' }, 'Projektbidrag', 'Det finns två ansökningsomgångar per år, den första har sista ansökningsdatum 10 april 2018 och den andra 1 oktober 2018.', 'Ideella föreningar kan söka bidraget.'),
  P('D1y', 'two decision days, no window', 'requisition.closes', null, 'Projektbidrag', 'Beslut fattas vid två tillfällen, det första den 10 april 2018 och det andra den 1 oktober 2018.', 'Ideella föreningar kan söka bidraget.'),
  // 4. a yearless opening day, the grant's year after it (dev 1958)
  P('O1a', 'opens, year after', 'requisition.opens', '2019-04-15', 'Krisstöd', 'Den 15 april öppnar ansökan om krisstöd 2019.', 'Ideella föreningar kan söka bidraget.'),
  P('O1b', 'opens, year after', 'requisition.opens', '2025-02-03', 'Projektbidrag', 'Den 3 februari öppnar e-tjänsten för ansökan om bidrag 2025.', 'Ideella föreningar kan söka bidraget.'),
  P('O1x', 'opens the year before', 'requisition.opens', { not: '2025-11-01' }, 'Projektbidrag', 'Den 1 november öppnar ansökan om bidrag 2025.', 'Ideella föreningar kan söka bidraget.'),
  // 5. a state body's assignment to pay out to types (dev 1965, 1967)
  P('S1a', 'state body pays out', 'recipients.types', ['organisation'], 'Uppdrag att fördela medel', 'Regeringen uppdrar åt Folkhälsomyndigheten att fördela pengar till patientorganisationer för insatser mot ensamhet.', 'Uppdraget ska redovisas senast den 1 mars 2024.'),
  P('S1b', 'state body pays out', 'recipients.types', ['kommun', 'region'], 'Uppdrag om utbetalning', 'Regeringen uppdrar åt Kammarkollegiet att göra utbetalningar till kommuner och regioner enligt bilagan.', 'Medlen ska användas under 2024.'),
  P('S1c', 'state body pays out', 'recipients.types', ['kommun'], 'Uppdrag om utbetalning', 'Regeringen uppdrar åt Skolverket att betala ut medel till kommunerna enligt bilagan.', 'Medlen ska användas under 2024.'),
  P('S1y', 'year of money to be paid out', 'year', 2025, 'Uppdrag om utbetalning', 'Regeringen har avsatt 40 miljoner kronor att fördelas under 2025 till regionerna.', 'Regionerna behöver inte ansöka.'),
  P('S1z', 'year of money to be paid out', 'year', 2024, 'Stöd till kommuner', 'I budgeten finns 12 miljoner kronor att fördelas 2024 till kommunerna.', 'Kommunerna behöver inte ansöka.'),
  P('S1w', 'a span of years, no year', 'year', null, 'Uppdrag om utbetalning', 'Regeringen har avsatt 90 miljoner kronor att fördelas 2024–2026 till regionerna.', 'Regionerna behöver inte ansöka.'),
  P('S1x', 'a kommun pays out its own', 'recipients.types', null, 'Uppdrag', 'Regeringen uppdrar åt Statskontoret att följa upp utbetalningar till kommuner och regioner.', 'Uppdraget ska redovisas senast den 1 mars 2024.'),
  // 6. a job ad at a grant unit: refused (left64 J1d)
  P('J1d', 'job ad at a grant unit', 'kind', 'refused', 'Handläggare sökes till bidragsenheten', 'Du kommer att granska ansökningar om bidrag från föreningar.', 'Skicka din ansökan senast 15 mars 2024.'),
  P('J1e', 'job ad at a grant unit', 'kind', 'refused', 'Vi söker en bidragshandläggare', 'I tjänsten ingår att handlägga ansökningar om statsbidrag från kommuner.', 'Sista ansökningsdag är 30 april 2025.'),
  P('J1f', 'job ad at a grant unit', 'kind', 'refused', 'Bidragshandläggare sökes', 'Som handläggare kommer du att bereda ansökningar om projektstöd.', 'Välkommen med din ansökan senast 1 juni 2025.'),
  P('J1y', 'a site\'s "Lediga jobb" link over a grant page (keeps)', 'kind', { not: 'refused' }, 'Lediga jobb', 'Bidrag till föreningar', 'Du kommer att få besked om bidraget i juni.', 'Föreningar kan söka bidraget senast 1 maj 2025.'),
  P('J1x', 'grant text (keeps)', 'kind', { not: 'refused' }, 'Bidrag till föreningar', 'Kommunens handläggare granskar ansökningar om bidrag från föreningar.', 'Skicka din ansökan senast 15 mars 2024.'),
];

// the probes not fixed, with the reason (each was run against main and this branch: see the report)
const LEFT_OPEN = new Map<string, string>([
  ['O1a', 'a yearless opening day with the grant\'s year after it ("Den 15 april öppnar ansökan om krisstöd 2019.") gives no opens: a grant year\'s application may open the year before ("Den 1 november öppnar ansökan om bidrag 2025", O1x), so the year cannot be lent from the grant\'s name; the safe rule (a closing day with its year later in the text, after the opening day) does not serve dev 1958, whose closing day "20 maj" is yearless too, and was not built in time'],
  ['O1b', 'as O1a'],
]);

describe('left65: left64/vary59/vary63 left-open shapes by class, paraphrases and counter-probes', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
