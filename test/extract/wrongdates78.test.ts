import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Constructed probes of helper wrongdates78 (issue 12): years and dates of another round, another report or last year's money
// that must not become this page's grant year, report day or usage period, and the keeps beside them. The rows and guards:
//   UP  fields/requisition.ts findUsagePeriod: a whole year of use before the title's grant year (GRANT_TITLE_YEAR) is an earlier
//       round's money (review75a c14, c15)
//   RA  cues/year.ts REPORT_OF_YEAR redovisning-av-ars-bidrag: "Redovisning av 2025 års bidrag …" names no grant year (review74d Y1)
//   RE  cues/year.ts REPORT_OF_YEAR fatt-ar-ej-redovisat: a grant of a year not yet reported, a bar to new money (review73b P15)
//   SY  fields/title.ts findYear subtitleYear: the grant's name line with its year under the title (review73d U5, U7)
//   GY  cues/reporting.ts REPORTED_GRANT_YEAR "bidrag som beviljades 2024", read against the title's year or, with none, the year a
//       coming application closes (fields/reporting.ts; review74b R5)
//   PY  fields/title.ts findYear: a window under a PAST_YEARS_HEAD heading ("Tidigare år") names no grant year (review75d A4)
// Every text is written for this file (realistic Swedish, no corpus sentence).

interface Probe { readonly id: string; readonly row: string; readonly field: string; readonly want: Want; readonly text: string }

const kommun = (s: string): string =>
  `Bidrag till föreningar\n\nIdeella föreningar i kommunen kan söka bidrag till sin verksamhet. Bidraget får användas till hyra och material.\n\n${s}\n`;
const statsbidrag = (s: string): string =>
  `# Statsbidrag för sommarlovsaktiviteter 2026\n\nLänsstyrelsen fördelar statsbidrag till kommuner som ordnar avgiftsfria aktiviteter för barn under sommarlovet. Kommunen kan rekvirera medel senast den 15 april 2026.\n\n${s}\n\nKontakta länsstyrelsen om du har frågor.\n`;

export const PROBES: Probe[] = [
  // ── UP: last year's money on this year's statsbidrag page
  { id: 'W1', row: 'UP counter: "Medel som inte har använts under 2025 ska betalas tillbaka" under a 2026 title', field: 'usage_period', want: null,
    text: statsbidrag('Kommuner som fick bidrag förra sommaren ska redovisa det i e-tjänsten. Medel som inte har använts under 2025 ska betalas tillbaka till länsstyrelsen.') },
  { id: 'W2', row: 'UP counter: a repayment of 2024 money under a 2026 title', field: 'usage_period', want: null,
    text: statsbidrag('Bidrag som inte utnyttjats under år 2024 ska återbetalas till länsstyrelsen senast den 30 juni 2026.') },
  { id: 'W3', row: 'UP keep: the title\'s own year', field: 'usage_period.to', want: '2026-12-31',
    text: statsbidrag('Medel som inte har förbrukats under 2026 ska återbetalas till länsstyrelsen.') },
  { id: 'W4', row: 'UP keep: a title without a year keeps the sentence\'s year', field: 'usage_period.from', want: '2025-01-01',
    text: kommun('Medlen ska användas under 2025.') },
  // ── RA: the report of a genitive year's money
  { id: 'W5', row: 'RA counter: last year\'s report beside this year\'s application', field: 'year', want: { not: 2025 },
    text: 'Kulturbidrag\n\nFöreningar kan söka kulturbidrag för 2026 senast den 1 april 2026.\nRedovisning av 2025 års bidrag lämnas i e-tjänsten senast den 15 mars 2026.\n' },
  { id: 'W6', row: 'RA counter: "Återrapporteringen av 2024 års statsbidrag" on a call for 2026', field: 'year', want: { not: 2024 },
    text: 'Bidrag till studieförbund\n\nStudieförbunden kan söka bidrag för 2026. Ansökan ska vara inne senast den 1 december 2025.\nÅterrapporteringen av 2024 års statsbidrag ska ha kommit in senast den 30 juni 2025.\n' },
  // ── RE: an earlier grant not yet reported
  { id: 'W7', row: 'RE counter: "Föreningar som beviljades bidrag 2023 men ännu inte redovisat det"', field: 'year', want: { not: 2023 },
    text: kommun('Föreningar som beviljades bidrag 2023 men ännu inte redovisat det får inget nytt bidrag.') },
  { id: 'W8', row: 'RE counter: an application not handled until last year is reported', field: 'year', want: { not: 2024 },
    text: kommun('Om ni fick bidrag för år 2024 och inte har lämnat in någon redovisning behandlas inte er ansökan.') },
  { id: 'W9', row: 'RE keep: the bidragsår stated as the application\'s', field: 'year', want: 2026,
    text: kommun('Ansökan avser bidragsår 2026 och ska vara inne senast den 1 mars 2026.') },
  // ── SY: the name line under a funder's name
  { id: 'W10', row: 'SY keep: "Utlysning – resebidrag 2027" under the foundation\'s name, the window in 2026', field: 'year', want: 2027,
    text: 'Stiftelsen för kulturutbyte\nUtlysning – resebidrag 2027\nAnsökningsperiod: 1 mars – 30 april 2026\n\nStiftelsen ger resebidrag till kulturutövare för resor som görs under 2027. Stiftelsen avsätter 2 miljoner kronor.\n' },
  { id: 'W11', row: 'SY counter: a date line under the title is no name line', field: 'year', want: { not: 2027 },
    text: 'Stiftelsen för kulturutbyte\nUppdaterad 12 januari 2027\n\nStiftelsen ger resebidrag till kulturutövare. Ansökan kan lämnas från den 1 mars till den 30 april 2026.\n' },
  { id: 'W12', row: 'SY counter: a report\'s name line ("Redovisning av bidrag 2024") under the title', field: 'year', want: { not: 2024 },
    text: 'Stiftelsen för kulturutbyte\nRedovisning av resebidrag 2024\n\nStiftelsen ger resebidrag till kulturutövare. Ansökan kan lämnas från den 1 mars till den 30 april 2026.\n' },
  { id: 'W13', row: 'SY counter: a sentence under the title naming last year\'s grant', field: 'year', want: { not: 2025 },
    text: 'Stiftelsen för kulturutbyte\nI fjol delade vi ut bidrag 2025 till fyrtio kulturutövare.\n\nStiftelsen ger resebidrag till kulturutövare. Ansökan kan lämnas från den 1 mars till den 30 april 2026.\n' },
  // ── GY: the report of money granted before the coming application
  { id: 'W14', row: 'GY counter: a report of stöd granted two years before the application closes', field: 'reporting.due', want: { not: '2026-05-31' },
    text: kommun('Ansökan ska vara inne senast den 15 mars 2026. Redovisning av stöd som beviljades 2024 ska lämnas senast den 31 maj 2026.') },
  { id: 'W15', row: 'GY counter: under a titled year, money granted the year before', field: 'reporting.due', want: { not: '2026-04-30' },
    text: 'Föreningsbidrag 2026\n\nIdeella föreningar kan söka föreningsbidrag. Ansökan ska vara inne senast den 1 mars 2026.\n\nSenast den 30 april 2026 ska redovisning lämnas för bidrag som har beviljats 2025.\n' },
  { id: 'W16', row: 'GY keep: this round\'s report with no granted year', field: 'reporting.due', want: '2027-03-31',
    text: kommun('Ansökan ska vara inne senast den 15 mars 2026. Bidraget ska redovisas senast den 31 mars 2027.') },
  { id: 'W17', row: 'GY keep: money granted in the year the application closes', field: 'reporting.due', want: '2027-01-31',
    text: kommun('Ansökan ska vara inne senast den 1 februari 2026. Redovisning av bidrag som beviljades 2026 ska lämnas senast den 31 januari 2027.') },
  // ── dates that are no deadline: a news day, a meeting's day, a decision's day
  { id: 'W18', row: 'counter: a board meeting\'s day is no closing day', field: 'requisition.closes', want: { not: '2026-05-20' },
    text: kommun('Kultur- och fritidsnämnden sammanträder den 20 maj 2026 och fattar då beslut om bidragen.') },
  { id: 'W19', row: 'counter: the decision\'s day is no report day', field: 'reporting.due', want: { not: '2026-06-10' },
    text: kommun('Beslut om bidrag fattas den 10 juni 2026. Ansökan ska vara inne senast den 15 april 2026.') },
  // ── PY: a window under a heading over earlier years (fields/title.ts findYear, PAST_YEARS_HEAD; review75d A4)
  { id: 'W20', row: 'PY counter: last round\'s deadline under "Tidigare utlysningar"', field: 'year', want: { not: 2024 },
    text: '# Landsbygdsmedel\n\nFöreningar i byarna kan söka landsbygdsmedel när som helst under året.\n\n## Tidigare utlysningar\n\nAnsökningar om landsbygdsmedel skulle ha kommit in senast den 30 april 2024.\n' },
  { id: 'W21', row: 'PY keep: the same window under the page\'s own heading keeps its year', field: 'year', want: 2026,
    text: '# Landsbygdsmedel\n\nFöreningar i byarna kan söka landsbygdsmedel.\n\n## Så söker du\n\nAnsökan kan lämnas från den 1 februari till den 30 april 2026.\n' },
];

describe('wrongdates78: another round\'s year, report day or money is not this page\'s', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field} [${p.row}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
