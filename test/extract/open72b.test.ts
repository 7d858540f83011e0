import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Stop 53, issue 12 (h/open72b): the wrong values earlier reviews left open (review71c R2/R2b, review72e Y4/Y11/S6/R6, review70d
// rd1b), fixed by a document-level signal or a narrowed row. For each fix: two paraphrases in other bodies' phrasing that must
// not give the wrong value, and counter-probes (k…) that keep the right reading. Constructed texts.

type Probe = { id: string; fix: string; field: string; want: Want; text: string };
const G = 'Bidrag till föreningar\n\nIdeella föreningar i kommunen kan söka bidrag till verksamhet. Bidraget får användas till hyra och material.\n\n';
const RG = 'Region Norrbotten\nKulturstöd till arrangörer\n\nIdeella arrangörsföreningar i länet kan söka stödet.\n\n';
const ST = 'Stiftelsen Kulturarvet\n\nStipendier för unga musiker\n\nStiftelsen delar ut stipendier till unga musiker under 30 år.\n\n';
const BODY = '\nBidraget får användas till personal och material.';

const PROBES: Probe[] = [
  // ── reporting.due: a report day told in the past on a page whose application is still to come (chooseDue, applyingNow) ──
  { id: 'p1', fix: 'past report day, application to come: a region', field: 'reporting.due', want: { not: '2025-01-31' },
    text: RG + 'Ansök senast den 15 februari 2025. Slutredovisningen för 2024 års stöd skulle vara inne senast den 31 januari 2025.' },
  { id: 'p2', fix: 'past report day, application to come: a kommun, last year\'s grant', field: 'reporting.due', want: { not: '2025-03-01' },
    text: G + 'Sista ansökningsdag är den 30 april 2025. Redovisningen av förra årets bidrag skulle ha kommit in senast den 1 mars 2025.' },
  { id: 'k1', fix: 'keeps: a page of a past round, its application told in the past as well', field: 'reporting.due', want: '2025-03-31',
    text: G + 'Ansökan var öppen 15 januari–17 februari 2024. Redovisningen för bidragsåret 2024 skulle lämnas senast den 31 mars 2025.' },
  { id: 'k2', fix: 'keeps: a report day to come beside the application to come', field: 'reporting.due', want: '2026-03-31',
    text: ST + 'Ansök senast den 1 mars 2025. Slutrapporten ska lämnas senast den 31 mars 2026.' },
  // ── year: a title that is a told sentence gives a year only as a year row reads it (findYear, toldSentence) ──
  { id: 'p3', fix: 'told-sentence title: a past round\'s outcome', field: 'year', want: null,
    text: 'Aktuellt\nAnsökningsomgången inför 2024 stängde den 1 oktober 2023 med 40 ansökningar.' + BODY },
  { id: 'p4', fix: 'told-sentence title: a decision on a past call', field: 'year', want: null,
    text: 'Nyheter\nKulturnämnden har fördelat projektstöden för 2023 till tolv föreningar.' + BODY },
  { id: 'k3', fix: 'keeps: a told-sentence title a year row reads', field: 'year', want: 2025,
    text: 'Nyheter\nUtlysningen inför 2025 är nu öppen.' + BODY },
  { id: 'k4', fix: 'keeps: a heading title with its year', field: 'year', want: 2025,
    text: 'Kulturstöd 2025\n\nIdeella föreningar kan söka stödet. Ansök senast den 1 mars 2025.' + BODY },
  // ── reporting.due: a report handed to a party inside the project (recipient-senast + TO_INSIDE_PARTY) ──
  { id: 'p5', fix: 'a partner\'s report to the project owner', field: 'reporting.due', want: null,
    text: 'Samverkansprojekt\nVarje samverkanspart ska redovisa sina kostnader till projektägaren senast den 15 december 2025.' + BODY },
  { id: 'p6', fix: 'an association\'s report to its annual meeting', field: 'reporting.due', want: null,
    text: 'Föreningsbidrag\nFöreningen ska redovisa verksamheten till årsmötet senast den 31 mars 2026.' + BODY },
  { id: 'k5', fix: 'keeps: the project owner reports to the funder', field: 'reporting.due', want: '2026-01-31',
    text: 'Samverkansprojekt\nVarje projektägare ska redovisa projektet till Länsstyrelsen senast den 31 januari 2026.' + BODY },
  // ── reporting.due: a report to a ministry on a decision titled as an agency's assignment (ASSIGNMENT_TITLE + TO_MINISTRY) ──
  { id: 'p7', fix: 'assignment title "Uppdrag åt", a label to a ministry', field: 'reporting.due', want: { not: '2026-03-01' },
    text: 'Regeringsbeslut\nUppdrag åt Statens kulturråd att fördela bidrag till regional kulturverksamhet\nKulturrådet ska fördela 80 miljoner kronor till regionerna.\nRedovisning senast: 1 mars 2026 till Kulturdepartementet.' + BODY },
  { id: 'p8', fix: 'assignment title "Regeringsuppdrag till", the last day to a ministry', field: 'reporting.due', want: { not: '2026-04-30' },
    text: 'Regeringsbeslut\nRegeringsuppdrag till Socialstyrelsen om statsbidrag till kommuner\nSocialstyrelsen ska fördela 100 miljoner kronor till kommunerna.\nSista dag för redovisning: 30 april 2026 till Socialdepartementet.' + BODY },
  { id: 'k6', fix: 'keeps: an organisation\'s grant decision, its report to the ministry', field: 'reporting.due', want: '2026-03-01',
    text: 'Bidrag till Föreningen Ung Media för 2025\nRegeringen beviljar Föreningen Ung Media 2 000 000 kronor för 2025.\nRedovisas senast: 1 mars 2026 till Kulturdepartementet.' + BODY },
  { id: 'k7', fix: 'keeps: on an assignment page, the recipients\' report to the agency', field: 'reporting.due', want: '2026-03-01',
    text: 'Regeringsbeslut\nUppdrag till Skolverket att fördela statsbidrag för lovskola\nSkolverket ska fördela 50 miljoner kronor till huvudmän.\nKommunerna ska redovisa hur bidraget har använts senast den 1 mars 2026.' + BODY },
];

describe('open72b: the open wrong probes of stops 51–52, paraphrased and kept', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.fix}]`);
});
