import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of stop 52's new rows from h/calls72 (issue 12, review72e): year utlysning-infor-ar and
// soka-for-verksamhet-under-ar, funding totalt-kommer-summa-fordelas, reporting slutrapporterar-senast (widened). Each probe
// is the row's words with another role (another year, a report's year, a multi-year or per-project sum, an agency's own
// assignment, an association's internal report), in genres the batch did not hold: a regeringsbeslut's own report, a
// förordning, a news page of a past call, a multi-year programme. `want: null` asks for no value; `{ not: x }` only that x is
// not the value.

// `older: true`: the wrong value comes from a row older than this stop (it stays with the rows of a79cf0e7 in place of the
// four new ones); left open here, run as it.fails so the day it is fixed the test says so. (Y4, Y11, S6 and R6 fixed by
// open72b, stop 53: TOLD_PAST_TITLE, ansokan-infor's closed window, recipient-senast's TO_INSIDE_PARTY; they run again.)
type Probe = { id: string; shape: string; field: string; want: Want; text: string; older?: boolean };
const BODY = '\nBidraget får användas till personal och material.';
const PROBES: Probe[] = [
  // year: utlysning-infor-ar
  { id: 'Y1', shape: 'a climate target year after "inför"', field: 'year', want: null,
    text: 'Klimatinvesteringar\nUtlysning inför 2045: stöd till lokala klimatinvesteringar.' + BODY },
  { id: 'Y2', shape: 'target year as a compound ("2030-målen")', field: 'year', want: null,
    text: 'Hållbarhetsbidrag\nUtlysning inför 2030-målen: stöd till hållbar utveckling.' + BODY },
  { id: 'Y3', shape: 'an archive link to an older call on the page of a new call for 2026', field: 'year', want: { not: 2022 },
    text: 'FoU-bidrag för 2026\nAnsökan ska vara inne senast den 15 september 2025.\n\nTidigare utlysningar\nUtlysning inför 2022\nUtlysning inför 2023' + BODY },
  { id: 'Y4', shape: 'a past call whose result is reported (stängde, no PAST verb of "vara")', field: 'year', want: null,
    text: 'Nyheter\nUtlysningen inför 2024 stängde den 15 september 2023 och drog in 85 ansökningar.' + BODY },
  { id: 'Y5', shape: 'a report to be written for a past call\'s projects', field: 'year', want: null,
    text: 'Slutrapportering\nProjekt inom utlysningen inför 2019 ska lämna slutrapport senast den 31 mars 2021.' + BODY },
  { id: 'Y6', shape: 'a multi-year programme, years in words after', field: 'year', want: null,
    text: 'Forskningsprogram\nUtlysning inför 2025 och de två följande åren.' + BODY },
  { id: 'Y7', shape: 'an election named after "inför"', field: 'year', want: null,
    text: 'Demokratistöd\nUtlysning inför 2026 – valet till riksdag, region och kommun.' + BODY },
  { id: 'Y8', shape: 'a regeringsbeslut: the agency is told to prepare a call', field: 'year', want: { not: 2027 },
    text: 'Uppdrag till Riksantikvarieämbetet 2025\nRegeringen uppdrar åt Riksantikvarieämbetet att förbereda en utlysning inför 2027. Uppdraget ska redovisas senast den 1 december 2025.' + BODY },
  { id: 'Y9', shape: 'the next call announced, present-tense "planeras"', field: 'year', want: null,
    text: 'Forskningsbidrag\nEn ny utlysning inför 2027 planeras till hösten 2026.' + BODY },
  { id: 'Y10', shape: 'a call for an event in a year ("inför 2026 års" with an adjective)', field: 'year', want: null,
    text: 'Arrangörsstöd\nUtlysning inför 2026 års stora jubileum.' + BODY },
  { id: 'Y11', shape: 'a past call\'s decision news: "Beslut i utlysningen inför 2023"', field: 'year', want: null,
    text: 'Nyheter\nBeslut i utlysningen inför 2023 är nu fattade. 14 projekt fick bidrag.' + BODY },
  // year: soka-for-verksamhet-under-ar
  { id: 'S1', shape: 'a regeringsbeslut for 2025 mentions next year\'s application', field: 'year', want: { not: 2026 },
    text: 'Bidrag till Svenska Scoutrådet för 2025\nRegeringen beviljar Svenska Scoutrådet 3 000 000 kronor för 2025. Organisationen kan ansöka om medel för verksamhet under 2026 i en ny ansökan.' + BODY },
  { id: 'S2', shape: 'a multi-year programme: extension for a later year', field: 'year', want: { not: 2027 },
    text: 'Projektstöd 2025–2026\nProjekten beviljas för 2025–2026. Den som vill ansöka om förlängning för verksamhet under 2027 gör det i en ny utlysning.' + BODY },
  { id: 'S3', shape: 'a past round with "kunde"', field: 'year', want: null,
    text: 'Föreningsbidrag\nFöreningar kunde söka bidrag för verksamhet under 2023 fram till den 31 oktober 2022.' + BODY },
  { id: 'S4', shape: 'the next round announced ("Nästa år kommer ni att kunna")', field: 'year', want: null,
    text: 'Föreningsbidrag\nNästa år kommer ni att kunna söka bidrag för verksamhet under 2026.' + BODY },
  { id: 'S5', shape: 'a report asks whether the grantee plans to apply for a later year', field: 'year', want: null,
    text: 'Slutrapport\nI slutrapporten ska ni beskriva hur bidraget använts och om ni planerar att söka för verksamhet under 2026.' + BODY },
  { id: 'S6', shape: 'a förordning\'s rule for applications in a year', field: 'year', want: null,
    text: 'Förordning (2019:123) om statsbidrag till kulturföreningar\n5 § Den som vill söka statsbidrag för verksamhet under ett visst år ska ansöka senast den 1 oktober året innan. Den som har beviljats bidrag för verksamhet under 2019 ska redovisa det.' + BODY },
  { id: 'S7', shape: 'a condition: only those who reported can apply for the later year', field: 'year', want: { not: 2026 },
    text: 'Föreningsbidrag 2025\nBidraget gäller 2025. Föreningar som inte redovisat kan inte heller söka bidrag för verksamhet under 2026.' + BODY },
  { id: 'S8', shape: 'a news page of a past round: "Nu kan ni söka" dated the year before, told later', field: 'year', want: null,
    text: 'Nyhet 2021-09-01 (arkiv)\nFöreningar som ville söka bidrag för verksamhet under 2022 hade till den 31 oktober 2021 på sig.' + BODY },
  { id: 'S9', shape: 'söka for a place, the year of the premises lease', field: 'year', want: null,
    text: 'Lokalbidrag\nFör att söka lokalbidrag för verksamhet i 2024 års lokaler krävs hyresavtal.' + BODY },
  { id: 'S10', shape: 'a warning about a later application', field: 'year', want: { not: 2026 },
    text: 'Aktivitetsbidrag 2025\nBidraget avser verksamhet 2025. Tänk på att söka bidrag för verksamhet under 2026 i god tid, utlysningen öppnar i september 2025.' + BODY },
  // funding.total: totalt-kommer-summa-fordelas
  { id: 'T1', shape: 'per-project cap: "till ett och samma projekt"', field: 'funding.total', want: null,
    text: 'Projektbidrag\nTotalt kommer högst 500 000 kronor att fördelas till ett och samma projekt.' + BODY },
  { id: 'T2', shape: 'per-applicant cap: "till en och samma sökande"', field: 'funding.total', want: null,
    text: 'Projektbidrag\nTotalt kommer upp till 300 000 kronor fördelas till en och samma sökande.' + BODY },
  { id: 'T3', shape: 'each of the projects: "till vart och ett av projekten"', field: 'funding.total', want: null,
    text: 'Projektbidrag\nTotalt kommer cirka 2 miljoner kronor fördelas till vart och ett av de utvalda projekten.' + BODY },
  { id: 'T4', shape: 'multi-year: "under tre år"', field: 'funding.total', want: null,
    text: 'Forskningsprogram\nTotalt kommer cirka 60 miljoner kronor att fördelas under tre år.' + BODY },
  { id: 'T5', shape: 'multi-year: "under programperioden 2021 till 2027"', field: 'funding.total', want: null,
    text: 'Regionalfonden\nTotalt kommer cirka 300 miljoner kronor att fördelas under programperioden 2021 till 2027.' + BODY },
  { id: 'T6', shape: 'multi-year: "under 2024 och 2025"', field: 'funding.total', want: null,
    text: 'Kulturbidrag\nTotalt kommer cirka 18 miljoner kronor fördelas under 2024 och 2025.' + BODY },
  { id: 'T7', shape: 'multi-year: "under hela programperioden"', field: 'funding.total', want: null,
    text: 'Forskningsprogram\nTotalt kommer omkring 40 miljoner kronor att fördelas under hela programperioden.' + BODY },
  { id: 'T8', shape: 'several calls: "i fem utlysningar"', field: 'funding.total', want: null,
    text: 'Innovationsprogram\nTotalt kommer cirka 100 miljoner kronor att fördelas i fem utlysningar fram till 2028.' + BODY },
  { id: 'T9', older: true, shape: 'a regeringsbeslut: the anslag\'s sum, the grant is the organisation\'s', field: 'funding.total', want: { not: 50000000 },
    text: 'Bidrag till Föreningen Ung Media för 2025\nRegeringen beviljar Föreningen Ung Media 2 000 000 kronor. Totalt ska 50 miljoner kronor fördelas från anslaget till organisationer inom civilsamhället under 2025.' + BODY },
  { id: 'T10', shape: 'a floor for a region: "minst … till projekt i norra Sverige"', field: 'funding.total', want: null,
    text: 'Landsbygdsstöd\nTotalt ska minst 2 miljoner kronor fördelas till projekt i norra Sverige.' + BODY },
  { id: 'T11', shape: 'a yearly sum: "varje år"', field: 'funding.total', want: null,
    text: 'Stipendier\nTotalt kommer cirka 400 000 kronor att delas ut varje år.' + BODY },
  { id: 'T12', shape: 'cumulative since the start', field: 'funding.total', want: null,
    text: 'Stiftelsen\nSedan starten 2015 har stiftelsen stöttat 200 projekt. Totalt kommer cirka 40 miljoner kronor fördelas sedan starten.' + BODY },
  { id: 'T13', shape: 'a förordning\'s whole-anslag sum over several years', field: 'funding.total', want: null,
    text: 'Förordning (2024:100) om statsbidrag för klimatomställning\n3 § Totalt ska cirka 1 miljard kronor fördelas under åren 2025, 2026 och 2027.' + BODY },
  // reporting.due: slutrapporterar-senast (widened)
  { id: 'R1', shape: 'all county boards\' own assignment to an agency', field: 'reporting.due', want: null,
    text: 'Uppdrag till länsstyrelserna\nSamtliga länsstyrelser slutredovisar uppdraget till Boverket senast den 31 mars 2026.' },
  { id: 'R2', shape: 'agencies concerned, their own assignment', field: 'reporting.due', want: null,
    text: 'Uppdrag om klimatanpassning\nBerörda myndigheter slutredovisar uppdraget till Naturvårdsverket senast den 1 mars 2026.' },
  { id: 'R3', shape: 'an agency not in the list, its own assignment to another agency', field: 'reporting.due', want: null,
    text: 'Uppdrag till Sametinget\nSametinget slutredovisar uppdraget till Naturvårdsverket senast den 1 mars 2026.' },
  { id: 'R4', shape: 'a municipal board to the council', field: 'reporting.due', want: null,
    text: 'Föreningsbidrag\nKultur- och fritidsnämnden slutredovisar uppdraget till kommunfullmäktige senast den 31 mars 2025.' + BODY },
  { id: 'R5', shape: 'an association\'s board to its annual meeting', field: 'reporting.due', want: null,
    text: 'Stadgar för föreningen\nStyrelsen slutrapporterar arbetet till årsmötet senast den 31 mars 2025.' },
  { id: 'R6', shape: 'sub-projects to the main applicant, the funder\'s day unstated', field: 'reporting.due', want: null,
    text: 'Samverkansprojekt\nVarje delprojekt slutrapporterar sina resultat till huvudsökanden senast den 31 januari 2026.' + BODY },
  { id: 'R7', shape: 'a regeringsbeslut: the agency\'s own report to "regeringen (…departementet)"', field: 'reporting.due', want: null,
    text: 'Uppdrag till Statens fastighetsverk\nStatens fastighetsverk slutrapporterar uppdraget till regeringen (Finansdepartementet) senast den 15 december 2025.' },
  { id: 'R8', shape: 'an agency named by its abbreviation', field: 'reporting.due', want: null,
    text: 'Uppdrag till MUCF\nMUCF slutredovisar uppdraget till Arbetsmarknadsdepartementet senast den 1 april 2026.' },
  { id: 'R9', shape: 'a university\'s own government assignment to an agency', field: 'reporting.due', want: null,
    text: 'Uppdrag till Lunds universitet\nLunds universitet slutredovisar uppdraget till Universitetskanslersämbetet senast den 1 oktober 2026.' },
  { id: 'R10', shape: 'a past round told in the present (history): the decision\'s report was a year earlier', field: 'reporting.due', want: null,
    text: 'Tidigare beslut\nI beslutet 2022 stod: Förbundet slutrapporterar uppdraget till Kammarkollegiet senast den 31 mars 2023.\nNytt beslut om bidrag 2025.' },
  { id: 'R11', shape: 'an agency\'s own assignment with the receiver named by "Regeringskansliet (…)" and abbreviation subject', field: 'reporting.due', want: null,
    text: 'Uppdrag\nSCB slutrapporterar uppdraget till Regeringskansliet (Finansdepartementet) senast den 31 mars 2026.' },
  { id: 'R12', shape: 'the regions\' own assignment to an agency', field: 'reporting.due', want: null,
    text: 'Uppdrag till regionerna\nRegionerna slutredovisar uppdraget till Socialstyrelsen senast den 30 april 2026.' },
];

describe('review72e: stop 52\'s new rows (h/calls72) read no other role', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.shape}]`, (p) => (p.older ? 'fails' : 'run'));
});
