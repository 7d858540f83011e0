import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Constructed counter-probes of review70d (issue 12, stop 51 part d) against the older rows of stop 51's span that no
// earlier review probed: the window and report-day rows of extract/cues/dates.ts and extract/cues/reporting.ts added or
// widened between ec8f69a2 and 3df32074 (stops 45–50) and the code in extract/fields/requisition.ts / reporting.ts that
// reads them. Each aims one row at a value of another role — a hall's or an office's opening as the window's opening, a
// job ad's or a course's closing as the grant's, an agency's report to the government as the recipients' report day, an
// application deadline in Danish or Norwegian as a report's, a referee's report as the final report, a payment claim's or
// a booking's window as the application window, a project period as the window, a page's update or a past payment as the
// yearless day's year. Texts are regeringsbeslut, förordning-like rules, reporting instructions, foundation pages and
// English and Nordic pages; every text is constructed. `want: null` asks for no value; `{ not: x }` only that x is not it.

type Probe = { id: string; row: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const EN = '\nGrant funds may be used for programme costs.';
const PROBES: Probe[] = [
  // cues/dates.ts label-opens: a line-start "Öppnar:" of a building, an office, a course
  { id: 'lo1', row: 'label-opens', field: 'requisition.opens', want: { not: '2025-06-12' },
    text: 'Kulturbidrag\nFöreningar kan söka kulturbidrag. Ansök senast den 1 mars 2025.\n\nNya kulturhuset\nÖppnar: 12 juni 2025\n' + BODY },
  { id: 'lo2', row: 'label-opens', field: 'requisition.opens', want: { not: '2026-01-07' },
    text: 'Stiftelsen Eriks minnesfond\nStipendier till studerande. Ansökan ska vara inne senast den 30 november 2025.\n\nKansliet är stängt under jul och nyår.\nÖppnar: 7 januari 2026\n' + BODY },
  { id: 'lo3', row: 'label-opens', field: 'requisition.opens', want: null,
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag. Bidraget kan sökas löpande.\n\nSimhallen\nÖppnar: kl. 06.00 den 1 september 2025 efter renoveringen\n' + BODY },
  { id: 'lo4', row: 'label-opens Första ansökningsdag', field: 'requisition.opens', want: { not: '2026-09-01' },
    text: 'Projektbidrag 2025\nAnsökningsperioden är 1 februari 2025 – 31 mars 2025.\n\nNästa års bidrag\nFörsta ansökningsdag: 1 september 2026\n' + BODY },
  // label-closes-sentence: a job ad's, a course's label on a grant page
  { id: 'lc1', row: 'label-closes-sentence', field: 'requisition.closes', want: null,
    text: 'Verksamhetsbidrag\nFöreningar kan söka verksamhetsbidrag. Bidraget kan sökas löpande under året.\n\nLediga jobb\nHandläggare till bidragsenheten\nAnsökningstiden går ut: 30 april 2025\n' + BODY },
  { id: 'lc2', row: 'label-closes-sentence', field: 'requisition.closes', want: null,
    text: 'Ledarbidrag\nFöreningar kan söka ledarbidrag löpande.\n\nUtbildning för ungdomsledare\nKursen hålls 10–12 maj 2025.\nAnsök senast: 15 april 2025\n' + BODY },
  { id: 'lc3', row: 'label-closes-sentence', field: 'requisition.closes', want: { not: '2024-03-01' },
    text: 'Kulturstöd 2025\nSista ansökningsdag är den 1 mars 2025.\n\nFörra årets omgång\n**Ansök senast:** 1 mars 2024 (stängd)\n' + BODY },
  // ansokan-lamnas-in-senast: an example in a rule, a prize nomination, the municipality's own claim
  { id: 'al1', row: 'ansokan-lamnas-in-senast', field: 'requisition.closes', want: null,
    text: 'Evenemangsstöd\nFöreningar kan söka stöd för evenemang löpande. Ansökan skickas in senast sex veckor före evenemanget, till exempel senast den 1 maj 2025 för ett evenemang den 12 juni 2025.' + BODY },
  { id: 'al2', row: 'ansokan-lamnas-in-senast', field: 'requisition.closes', want: { not: '2025-10-01' },
    text: 'Statsbidrag till kommuner\nKommuner kan rekvirera statsbidraget senast den 15 mars 2025.\nKommunens ansökan om slutlig utbetalning ska lämnas in senast den 1 oktober 2025.' + BODY },
  { id: 'al3', row: 'ansokan-lamnas-in-senast', field: 'requisition.closes', want: { not: '2025-11-30' },
    text: 'Föreningsbidrag 2026\nAnsök senast den 1 mars 2026.\nAnsökan om lokal i kommunens lokaler skickas in senast den 30 november 2025 till fritidsgården.' + BODY },
  // ny-ansokningsperiod-oppnar: the next round's or a course's opening as this round's
  { id: 'no1', row: 'ny-ansokningsperiod-oppnar', field: 'requisition.opens', want: '2025-01-01',
    text: 'Projektstöd 2025\nAnsökningsperioden är 1 januari 2025 – 31 januari 2025.\nNästa ansökningsomgång öppnar den 1 september.' + BODY },
  { id: 'no2', row: 'ny-ansokningsperiod-oppnar', field: 'requisition.opens', want: null,
    text: 'Ledarbidrag 2025\nFöreningar kan söka ledarbidrag för 2025 löpande.\nNästa omgång av ledarutbildningen öppnar den 1 mars.' + BODY },
  // grannmening-oppnar-dag / grannmening-utbetalning-dag / senast-dag-utan-ar: the neighbour's year
  { id: 'gn1', row: 'grannmening-oppnar-dag', field: 'requisition.closes', want: { not: '2024-03-15' },
    text: 'Hallbidrag\nAnsökan ska vara inkommen senast 15 mars.\nDen nya simhallen öppnade i februari 2024.' + BODY },
  { id: 'gn2', row: 'grannmening-utbetalning-dag', field: 'requisition.closes', want: { not: '2023-03-15' },
    text: 'Driftbidrag\nAnsökan ska vara inkommen senast 15 mars.\nKommunen betalar ut det sista restbidraget för det gamla systemet i januari 2023.' + BODY },
  { id: 'gn3', row: 'senast-dag-utan-ar', field: 'requisition.closes', want: { not: '2019-04-13' },
    text: 'Lokalbidrag\nSista ansökningsdag är den 13 april.\nFöreningen ska ha bildats senast i mars 2019 för att kunna söka.' + BODY },
  { id: 'gn4', row: 'senast-dag-utan-ar', field: 'requisition.closes', want: { not: '2021-04-13' },
    text: 'Lokalbidrag\nSista ansökningsdag är den 13 april.\nSidan uppdaterades den 12 mars 2021 av Kultur och fritid.' + BODY },
  { id: 'gn5', row: 'grannmening-oppnar-dag', field: 'requisition.closes', want: { not: '2022-10-31' },
    text: 'Statsbidrag\nRekvisition ska ske till myndigheten senast den 31 oktober.\nE-tjänsten för rekvisition öppnade i september 2022, då den ersatte pappersblanketten.' + BODY },
  // tied-range-before-kan-ansoka / tied-range-after-ansokan-kan-goras: another thing's window in a season's sentence
  { id: 'tr1', row: 'tied-range-before-kan-ansoka', field: 'requisition.opens', want: null,
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag löpande.\nMellan 1 mars och 31 mars kan elever söka till sommarskolan under sommarlovet 2025.' + BODY },
  { id: 'tr2', row: 'tied-range-before-kan-ansoka', field: 'requisition.opens', want: null,
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag löpande.\nUnder perioden 16 juni - 15 augusti kan barnen söka sig till aktiviteterna under sommarlovet 2025.' + BODY },
  { id: 'ta1', row: 'tied-range-after-ansokan-kan-goras', field: 'requisition.opens', want: { not: '2025-09-01' },
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag senast den 1 maj 2025.\nAnsökan om utbetalning för sommarlovet 2025 kan göras 1 september – 30 september.' + BODY },
  { id: 'ta2', row: 'tied-range-after-ansokan-kan-goras', field: 'requisition.opens', want: null,
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag löpande.\nAnsökan om lokalbokning för sommarlovet 2025 görs 1 mars – 31 mars hos fritidsgården.' + BODY },
  { id: 'ts1', row: 'tied-senast-day', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nFöreningar som fått bidrag för aktiviteter under sommarlovet 2025 kan söka om att få redovisa senast den 30 september.' + BODY },
  { id: 'ts2', row: 'tied-senast-day', field: 'requisition.closes', want: null,
    text: 'Lovbidrag\nUngdomar kan söka sommarjobb under sommarlovet 2025 senast den 15 mars.' + BODY },
  // pagar-mellan-manad-och: the projects' period after 'ansökningstiden'
  { id: 'pm1', row: 'pagar-mellan-manad-och', field: 'requisition.closes', want: { not: '2025-06-30' },
    text: 'Projektbidrag\nAnsökningstiden gäller projekt som pågår mellan januari 2025 och den 30 juni 2025.\nAnsök senast den 1 december 2024.' + BODY },
  // reporting: label-redovisas-senast in a regeringsbeslut (the agency's report to the government)
  { id: 'rd1', row: 'label-redovisas-senast', field: 'reporting.due', want: { not: '2026-03-01' },
    text: 'Regeringsbeslut\nUppdrag att fördela bidrag till organisationer som arbetar mot mäns våld mot kvinnor\nRegeringen ger Socialstyrelsen i uppdrag att fördela 20 miljoner kronor till ideella organisationer.\nRedovisas senast: 1 mars 2026 till Regeringskansliet (Socialdepartementet).' + BODY },
  { id: 'rd2', row: 'label-redovisas-senast', field: 'reporting.due', want: { not: '2025-02-15' },
    text: 'Verksamhetsbidrag 2025\nAnsök senast den 1 mars 2025.\n\nRedovisning senast: 15 februari 2025 för bidrag som beviljades 2024\n' + BODY },
  // senast-dag-slutrapporterar: an agency reporting its assignment to a ministry
  { id: 'sr1', row: 'senast-dag-slutrapporterar', field: 'reporting.due', want: { not: '2026-03-31' },
    text: 'Regeringsbeslut\nRegeringen uppdrar åt Riksantikvarieämbetet att fördela bidrag till hembygdsföreningar.\nSenast den 31 mars 2026 ska Riksantikvarieämbetet slutredovisa uppdraget till Kulturdepartementet.' + BODY },
  { id: 'sr2', row: 'senast-dag-slutrapporterar', field: 'reporting.due', want: { not: '2026-02-28' },
    text: 'Regeringsbeslut\nRegeringen ger Sametinget i uppdrag att fördela bidrag till samiska föreningar.\nSenast den 28 februari 2026 ska Sametinget slutrapportera uppdraget till Landsbygds- och infrastrukturdepartementet.' + BODY },
  // rapporteringsfrist-nordic: an application deadline told as 'fristen for indsendelse/innsending'
  { id: 'rn1', row: 'rapporteringsfrist-nordic', field: 'reporting.due', want: null,
    text: 'Puljen til foreningsaktiviteter\nForeninger kan søge tilskud til aktiviteter.\nFristen for indsendelse af ansøgninger er den 1. marts 2025.\nTilskuddet kan bruges til aktiviteter for børn og unge.' },
  { id: 'rn2', row: 'rapporteringsfrist-nordic', field: 'reporting.due', want: null,
    text: 'Tilskudd til frivillige lag\nFrivillige lag kan søke tilskudd.\nFristen for innsending av søknader er 15. september 2025.\nTilskuddet kan brukes til aktiviteter for barn og unge.' },
  { id: 'rn3', row: 'rapporteringsfrist-nordic', field: 'reporting.due', want: { not: '2025-03-01' },
    text: 'Tilskudd til frivillige lag\nFrivillige lag kan søke tilskudd. Søknadsfrist 1. mars 2025.\nRapportfristen for søkere som vil ha svar før sommeren er: 1. mars 2025, sammen med søknaden.\nTilskuddet kan brukes til aktiviteter for barn og unge.' },
  // reports-are-due-en / reports-must-be-received-en: reports that belong to the application
  { id: 'en1', row: 'reports-are-due-en', field: 'reporting.due', want: null,
    text: 'Community Arts Grant\nNonprofit organizations may apply for up to $5,000.\nBudget reports are due on March 1, 2025, as part of the application package.' + EN },
  { id: 'en2', row: 'reports-must-be-received-en', field: 'reporting.due', want: null,
    text: 'Graduate Research Fellowship\nStudents may apply for the fellowship. Applications close on March 1, 2025.\nReference reports from two referees must be received by March 15, 2025.' + EN },
  { id: 'en3', row: 'reports-must-be-received-en', field: 'reporting.due', want: { not: '2024-12-31' },
    text: 'Community Arts Grant\nNonprofit organizations may apply for up to $5,000. Applications are due on March 1, 2025.\nPrevious grantees: outstanding reports from the 2024 cycle must be submitted no later than December 31, 2024, to be eligible.' + EN },
  { id: 'en4', row: 'reports-are-due-en', field: 'reporting.due', want: null,
    text: 'Small Grants Programme\nApplicants may request up to $2,000. Applications are accepted year-round.\nAnnual reports are due by the board on June 30, 2025 for the foundation itself.' + EN },
  // label-utlysning-dag: a news list's date under 'Utlysning'
  { id: 'lu1', row: 'label-utlysning-dag', field: 'requisition.opens', want: { not: '2023-05-10' },
    text: 'Forskningsmedel 2025\nSista ansökningsdag är den 15 september 2025.\n\nArkiv\nUtlysning: 10 maj 2023 (avslutad)\n' + BODY },
  // keeps: the rows' own readings
  { id: 'lo1k', row: 'label-opens keeps', field: 'requisition.opens', want: '2025-01-02',
    text: 'Kulturbidrag\nAnsökan öppnar: 2 januari 2025\nAnsökan stänger: 1 mars 2025\n' + BODY },
  { id: 'rd1k', row: 'label-redovisas-senast keeps', field: 'reporting.due', want: '2026-03-01',
    text: 'Projektbidrag 2025\nAnsök senast den 1 mars 2025.\n\nSista dag för redovisning: 1 mars 2026\n' + BODY },
  { id: 'rn1k', row: 'rapporteringsfrist-nordic keeps', field: 'reporting.due', want: '2021-03-31',
    text: 'Tilskudd til frivillige lag\nFrivillige lag kan søke tilskudd. Søknadsfrist 1. mars 2020.\nRapporteringsfrist for 2020 er 31. mars 2021.\nTilskuddet kan brukes til aktiviteter for barn og unge.' },
  { id: 'en1k', row: 'reports-are-due-en keeps', field: 'reporting.due', want: '2016-06-30',
    text: 'Community Arts Grant\nNonprofit organizations may apply for up to $5,000. Applications are due on March 1, 2016.\nThe final report is due on June 30, 2016.' + EN },
  // paraphrases in other bodies' phrasing and keeps of the narrowed rows
  { id: 'rd1b', row: 'label-redovisas-senast (TO_GOVERNMENT)', field: 'reporting.due', want: { not: '2025-10-15' },
    text: 'Regeringsbeslut\nUppdrag till Skolverket att fördela statsbidrag för lovskola\nSkolverket ska fördela 50 miljoner kronor till huvudmän.\nRedovisas senast: 15 oktober 2025 till Utbildningsdepartementet.' + BODY },
  { id: 'rd2b', row: 'label-redovisas-senast', field: 'reporting.due', want: { not: '2025-03-01' },
    text: 'Aktivitetsstöd 2025\nAnsök senast den 15 mars 2025.\n\nSista dag för redovisning: 1 mars 2025 (gäller förra årets bidrag)\n' + BODY },
  { id: 'sr1k', row: 'senast-dag-slutrapporterar keeps', field: 'reporting.due', want: '2026-03-31',
    text: 'Projektbidrag\nFörbund kan söka projektbidrag. Ansök senast den 1 mars 2025.\nSenast den 31 mars 2026 ska förbundet slutredovisa projektet till Kammarkollegiet.' + BODY },
  { id: 'en2k', row: 'reports-must-be-received-en keeps', field: 'reporting.due', want: '2025-06-30',
    text: 'Community Arts Grant\nNonprofit organizations may apply for up to $5,000. Applications are due on March 1, 2025.\nThe final report must be submitted to the foundation no later than June 30, 2025.' + EN },
  { id: 'pm1b', row: 'pagar-mellan-manad-och', field: 'requisition.closes', want: { not: '2025-12-31' },
    text: 'Aktivitetsbidrag\nAnsökningsperioden avser aktiviteter som pågår mellan augusti 2025 och den 31 december 2025.\nAnsök senast den 15 juni 2025.' + BODY },
  { id: 'pm1k', row: 'pagar-mellan-manad-och keeps', field: 'requisition.closes', want: '2021-01-21',
    text: 'Bidrag till dialektforskning\nAnsökningsperioden för 2021 års bidrag kommer att pågå mellan december 2020 och den 21 januari 2021.' + BODY },
  { id: 'lu1b', row: 'label-utlysning-dag', field: 'requisition.opens', want: { not: '2024-02-03' },
    text: 'Projektmedel 2025\nSista ansökningsdag är den 1 oktober 2025.\n\nTidigare utlysningar\nUtlysning: 3 februari 2024 (stängd)\n' + BODY },
  { id: 'lu1k', row: 'label-utlysning-dag keeps', field: 'requisition.opens', want: '2025-06-15',
    text: 'Projektmedel\nUtlysning 15 juni 2025. Sista ansökningsdag 18 augusti 2025.' + BODY },
];

// lo3, lc1, lc2 run again (open71): a place's heading (cues/dates.ts FACILITY_HEAD) is read as OTHER_EVENT_HEAD is, and a
// job's or a course's heading (OTHER_APPLICATION_HEAD) takes an application label's day on a page whose grant is applied
// for at any time (ROLLING_PAGE). rd2b runs again: a report day's sentence naming last year's grant (LAST_YEARS_GRANT) is
// no report day of the page's grant (the dates list's reporting-closes rows, cues/reporting.ts sista-dag-att-redovisa).
// rd1b left open: a ministry named as the receiver of a label's report can be a recipient's own report (dev: 'SKR ska
// lämna en samlad redovisning … till Socialdepartementet'), so TO_GOVERNMENT does not take it.
// rd1b runs again (open72b, stop 53): on a decision titled as an agency's assignment ("Uppdrag till Skolverket att …",
// cues/reporting.ts ASSIGNMENT_TITLE) a report to a ministry is the agency's own; SKR's report elsewhere stays read.
const LEFT_OPEN = new Set<string>([]);

describe('review70d: constructed counter-probes of stops 45–50\'s window and report rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, (p) => (LEFT_OPEN.has(p.id) ? 'skip' : 'run'), (p) => p.id);
});
