import { describe } from 'vitest';
import { talliedProbeTests, type Want } from './probe.js';

// Adversarial review of stop 53's first-wave reporting-day and year rows and decisions (issue 12, helper review74b): the rows
// and guards h/review73b, h/open72b and h/review73d added or narrowed (extract/cues/reporting.ts TO_INSIDE_PARTY, NEW_ROUND,
// EARLIER_GRANT, TO_MINISTRY, ASSIGNMENT_TITLE, senast-ska-rapport-lamnas, projekt-ska-vara-slutredovisade,
// report-handed-in-between, recipient-senast, reports-must-be-received-en, granted-in-year, for-verksamhetsar, kvar-mer-an,
// fakturerar-over, fakturera; extract/fields/reporting.ts chooseDue's applyingNow; extract/cues/year.ts TOLD_PAST_TITLE and
// ansokan-infor; extract/cues/dates.ts 'senast' unless "öppna … senast"; extract/cues/funding.ts NOT_TOTAL
// earlier-decision-gave). Constructed texts in other bodies' phrasing, both ways: `kind: 'wrong'` a value of another role
// the rows could give (`null` none, `{ not: v }` anything but v); `kind: 'keep'` a right value (a this-year report day, a
// grant year, a total) the narrowed rows could drop on another body's phrasing: a miss, not a wrong value.
// `open`: left open (test/corpus/README.md says why); `it.fails` keeps it in view.

type Probe = { id: string; row: string; field: string; want: Want; text: string; kind: 'wrong' | 'keep'; open?: true };
const G = 'Bidrag till föreningar\n\nIdeella föreningar i kommunen kan söka bidrag till verksamhet. Bidraget får användas till hyra och material.\n\n';
const RI = 'Så redovisar ni bidraget\n\nAlla föreningar som har fått bidrag ska redovisa hur pengarna har använts. Redovisningen görs i e-tjänsten.\n\n';
const UT = 'Utlysning: Projektbidrag för folkbildning\n\nStudieförbund och folkhögskolor kan söka projektbidrag. Bidraget får användas till lön och material.\n\n';
const RB = 'Regeringsbeslut\nKulturdepartementet\nStatsbidrag till Riksteatern för turnéverksamhet\n\nRegeringen beslutar att Riksteatern får 3 000 000 kronor för verksamhet under 2026. Medlen betalas ut av Kammarkollegiet.\n\n';
const EN = 'Community Arts Grants\n\nNon-profit organisations may apply for grants for arts projects. Grants may be used for venue hire and fees.\n\n';
const LE = 'Leader Mittland\nStöd till lokala utvecklingsprojekt\n\nFöreningar och företag i området kan söka stöd till utvecklingsprojekt.\n\n';
const BODY = '\nBidraget får användas till personal och material.';

export const PROBES: Probe[] = [
  // ── TO_INSIDE_PARTY (recipient-senast's unless) ──
  { id: 'I1', kind: 'wrong', row: 'recipient-senast/TO_INSIDE_PARTY: a partner\'s report to the coordinator', field: 'reporting.due', want: null,
    text: LE + 'Varje samverkanspart ska rapportera sina kostnader till koordinatorn senast den 15 januari 2026.' },
  { id: 'I2', open: true, kind: 'wrong', row: 'recipient-senast/TO_INSIDE_PARTY: a member club\'s report to the district association', field: 'reporting.due', want: null,
    text: 'Distriktsbidrag\n\nIdrottsföreningar i distriktet kan få bidrag via distriktsförbundet.\n\nVarje förening ska redovisa sina medlemstal till styrelsen senast den 31 januari 2026.' + BODY },
  { id: 'I3', kind: 'keep', row: 'recipient-senast/TO_INSIDE_PARTY: the main applicant reports for the whole project to the funder', field: 'reporting.due', want: '2027-01-31',
    text: LE + 'Bidraget betalas ut till huvudsökanden, och ni ska redovisa hela projektet till Leader Mittland senast den 31 januari 2027.' },
  { id: 'I4', kind: 'keep', row: 'recipient-senast/TO_INSIDE_PARTY: the report approved by the annual meeting, sent to the kommun', field: 'reporting.due', want: '2026-03-31',
    text: G + 'Föreningen ska redovisa bidraget till kommunen senast den 31 mars 2026, med verksamhetsberättelsen som lämnats till årsmötet.' },
  // ── applyingNow in chooseDue ──
  { id: 'N1', open: true, kind: 'keep', row: 'chooseDue applyingNow: this year\'s report told with "skulle", the next round\'s application to come', field: 'reporting.due', want: '2026-01-31',
    text: G + 'Bidraget för 2025 skulle redovisas senast den 31 januari 2026. Nästa ansökningsomgång stänger den 1 mars 2026.' },
  { id: 'N2', kind: 'wrong', row: 'chooseDue applyingNow: a past report day dropped, the e-service day left', field: 'reporting.due', want: { not: '2026-02-01' },
    text: G + 'Ansök senast den 15 mars 2026. Redovisningen av 2025 års bidrag skulle ha lämnats senast den 31 januari 2026 i e-tjänsten för redovisning, som öppnar igen den 1 februari 2026.' },
  { id: 'N3', kind: 'wrong', row: 'chooseDue applyingNow: last year\'s report told past, its label day beside it', field: 'reporting.due', want: { not: '2025-03-31' },
    text: G + 'Sista ansökningsdag: 1 mars 2026\n\nFörra årets redovisning skulle vara inne senast 31 mars 2025.\nRedovisning senast: 31 mars 2025' },
  // ── TOLD_PAST_TITLE ──
  { id: 'T1', kind: 'keep', row: 'TOLD_PAST_TITLE: a grant decision told in the title, the year of the page\'s money', field: 'year', want: 2026,
    text: 'Kommunen har nu fördelat föreningsbidragen för 2026.\nFöreningar som fick bidrag 2025 ska redovisa det senast den 31 mars 2026.\nBidraget för 2026 betalas ut i april.' },
  { id: 'T2', kind: 'wrong', row: 'TOLD_PAST_TITLE: a past round told in the title with "är stängd"', field: 'year', want: null,
    text: 'Aktuellt\nAnsökningsomgången inför 2024 är nu stängd och 40 ansökningar kom in.' + BODY },
  { id: 'T3', kind: 'wrong', row: 'TOLD_PAST_TITLE: a past round told "har gått ut"', field: 'year', want: null,
    text: 'Nyheter\nAnsökningstiden för kulturstöd 2024 har gått ut.' + BODY },
  { id: 'T4', open: true, kind: 'wrong', row: 'TOLD_PAST_TITLE: told-past title, the body\'s report year read as the grant year', field: 'year', want: { not: 2024 },
    text: 'Nyheter\nBeslut om projektstöd inför 2026 är nu fattade.\nDe som beviljats bidrag 2024 ska lämna sin redovisning senast den 1 mars 2026.' + BODY },
  // ── ASSIGNMENT_TITLE + TO_MINISTRY ──
  { id: 'M1', kind: 'wrong', row: 'ASSIGNMENT_TITLE: an assignment title without "till <agency>", the agency\'s report to a ministry by label', field: 'reporting.due', want: { not: '2026-03-01' },
    text: 'Regeringsbeslut\nUppdrag att fördela bidrag till regional kulturverksamhet\nStatens kulturråd ska fördela 80 miljoner kronor till regionerna.\nRedovisning senast: 1 mars 2026 till Kulturdepartementet.' + BODY },
  { id: 'M2', kind: 'wrong', row: 'ASSIGNMENT_TITLE: "Uppdrag till" with the agency\'s long name', field: 'reporting.due', want: { not: '2026-04-30' },
    text: 'Regeringsbeslut\nUppdrag till Myndigheten för ungdoms- och civilsamhällesfrågor att fördela bidrag\nMyndigheten ska fördela 20 miljoner kronor till organisationer.\nRedovisning senast: 30 april 2026 till Kulturdepartementet.' + BODY },
  { id: 'M3', open: true, kind: 'keep', row: 'ASSIGNMENT_TITLE + TO_MINISTRY: the recipients\' report, the agency\'s summary to the ministry in the same sentence', field: 'reporting.due', want: '2026-03-01',
    text: 'Regeringsbeslut\nUppdrag till Skolverket att fördela statsbidrag för lovskola\nSkolverket ska fördela 50 miljoner kronor till huvudmän.\nHuvudmännen ska redovisa hur bidraget har använts senast den 1 mars 2026, och Skolverket sammanställer redovisningarna till Utbildningsdepartementet.' + BODY },
  { id: 'M4', kind: 'keep', row: 'senast-ska-rapport-lamnas/TO_MINISTRY: a copy to the ministry', field: 'reporting.due', want: '2027-03-31',
    text: RB + 'Senast den 31 mars 2027 ska en ekonomisk redovisning lämnas till Kammarkollegiet med kopia till Kulturdepartementet.' },
  // ── NEW_ROUND / EARLIER_GRANT guards ──
  { id: 'R1', kind: 'keep', row: 'projekt-ska-vara-slutredovisade/NEW_ROUND: this grant\'s report, a new grant the consequence', field: 'reporting.due', want: '2026-12-31',
    text: UT + 'Projektet ska vara slutredovisat senast den 31 december 2026, annars kan ni inte få nytt bidrag.' },
  { id: 'R2', open: true, kind: 'keep', row: 'senast-ska-rapport-lamnas/NEW_ROUND: this grant\'s report before a new application', field: 'reporting.due', want: '2027-01-31',
    text: RB + 'Senast den 31 januari 2027 ska en slutrapport lämnas till Kammarkollegiet, innan en ny ansökan kan prövas.' },
  { id: 'R3', kind: 'wrong', row: 'projekt-ska-vara-slutredovisade: the past round\'s projects ("föregående omgång")', field: 'reporting.due', want: { not: '2026-03-01' },
    text: UT + 'Ansökan ska ha kommit in senast den 15 april 2026. Projekt från föregående omgång ska vara slutredovisade senast den 1 mars 2026.' },
  { id: 'R4', kind: 'wrong', row: 'projekt-ska-vara-slutredovisade: to apply again ("för att kunna söka igen")', field: 'reporting.due', want: { not: '2026-02-01' },
    text: UT + 'Sista ansökningsdag är den 15 mars 2026. Pågående projekt ska vara redovisade senast den 1 februari 2026 för att kunna söka igen.' },
  { id: 'R5', kind: 'wrong', row: 'senast-ska-rapport-lamnas: an earlier year\'s grant named by its year', field: 'reporting.due', want: { not: '2026-06-15' },
    text: G + 'Ansökan ska ha kommit in senast den 1 mars 2026. Senast den 15 juni 2026 ska redovisning ha kommit in för bidrag som beviljades 2024.' },
  { id: 'R6', kind: 'wrong', row: 'granted-in-year: a report before applying again ("söka igen")', field: 'year', want: { not: 2024 },
    text: G + 'Föreningar som fick bidrag 2024 måste ha redovisat det innan de kan söka igen.' },
  { id: 'R7', kind: 'wrong', row: 'granted-in-year: the next application ("nästa ansökan")', field: 'year', want: { not: 2024 },
    text: G + 'Organisationer som beviljats stöd 2024 ska redovisa det innan nästa ansökan behandlas.' },
  { id: 'R8', kind: 'wrong', row: 'for-verksamhetsar: a report before a new application, "på nytt"', field: 'year', want: { not: 2023 },
    text: G + 'Föreningar som beviljades bidrag för verksamhetsår 2023 måste ha redovisat det för att kunna söka på nytt.' },
  { id: 'R9', kind: 'keep', row: 'granted-in-year: this grant year\'s report (kept)', field: 'year', want: 2025,
    text: RI + 'Föreningar som har fått bidrag 2025 ska redovisa hur pengarna har använts senast den 31 mars 2026.' },
  // ── senast-ska-rapport-lamnas: other reports ──
  { id: 'S1', kind: 'wrong', row: 'senast-ska-rapport-lamnas: the office\'s evaluation to the nämnd', field: 'reporting.due', want: null,
    text: 'Regler för föreningsbidrag\n\nKultur- och fritidsnämnden fördelar bidrag till ideella föreningar.\n\nSenast den 30 september 2026 ska en redovisning lämnas till kultur- och fritidsnämnden av hur reglerna har fungerat.' + BODY },
  { id: 'S2', kind: 'wrong', row: 'senast-ska-rapport-lamnas: a nämnd\'s report to kommunstyrelsen', field: 'reporting.due', want: null,
    text: 'Bidrag till studieförbund\n\nKommunen ger bidrag till studieförbund.\n\nSenast den 1 mars 2026 ska en redovisning lämnas till kommunstyrelsen om bidragens fördelning.' + BODY },
  { id: 'S3', kind: 'keep', row: 'senast-ska-rapport-lamnas: a recipient\'s report to the agency (kept)', field: 'reporting.due', want: '2027-02-28',
    text: RB + 'Senast den 28 februari 2027 ska en slutredovisning lämnas till Kammarkollegiet.' },
  // ── report-handed-in-between ──
  { id: 'W1', kind: 'wrong', row: 'report-handed-in-between: receipts for purchases made between two days', field: 'reporting.due', want: { not: '2025-12-31' },
    text: RI + 'Redovisningen ska lämnas in tillsammans med kvitton för inköp gjorda mellan 1 januari och 31 december 2025.' },
  { id: 'W2', kind: 'wrong', row: 'report-handed-in-between: the period the report is for ("för perioden")', field: 'reporting.due', want: { not: '2025-12-31' },
    text: RI + 'Redovisningen ska skickas in för perioden mellan 1 januari och 31 december 2025.' },
  { id: 'W3', kind: 'wrong', row: 'report-handed-in-between: photos from the activities between two days', field: 'reporting.due', want: { not: '2026-06-30' },
    text: G + 'Rapporten ska skickas in med bilder från aktiviteterna mellan 1 och 30 juni 2026.' },
  { id: 'W4', kind: 'keep', row: 'report-handed-in-between: the receiver named between verb and range (kept)', field: 'reporting.due', want: '2026-06-01',
    text: RI + 'Redovisningen ska skickas in till kulturförvaltningen mellan 1 maj och 1 juni 2026.' },
  // ── recipient-senast: the application in the active voice ──
  { id: 'A1', kind: 'keep', row: 'recipient-senast: a claim for the last payment handed in with the report', field: 'reporting.due', want: '2027-03-31',
    text: LE + 'Ni ska lämna in ansökan om slutbetalning tillsammans med slutredovisningen senast den 31 mars 2027.' },
  { id: 'A2', kind: 'wrong', row: 'recipient-senast: the application handed in ("skicka in sin ansökan") on a new grant year', field: 'reporting.due', want: { not: '2026-03-01' },
    text: G + 'Föreningen ska skicka sin ansökan för 2026 senast den 1 mars 2026 och redovisa fjolårets bidrag i samma blankett.' },
  // ── reports-must-be-received-en ──
  { id: 'E1', kind: 'wrong', row: 'reports-must-be-received-en: the foundation\'s own audited accounts', field: 'reporting.due', want: null,
    text: EN + 'Audit reports for the foundation\'s own accounts must be submitted to the Tax Agency by 1 May 2026.' },
  { id: 'E2', kind: 'keep', row: 'reports-must-be-received-en: final reports from consortium members (kept)', field: 'reporting.due', want: '2026-06-30',
    text: EN + 'Final reports from all consortium members must be received by 30 June 2026.' },
  // ── kvar-mer-an, fakturerar-over, fakturera ──
  { id: 'K1', kind: 'wrong', row: 'kvar-mer-an: an amount that may be kept, a smaller one repaid', field: 'repayment.invoice_threshold', want: null,
    text: RI + 'Om ni har mer än 5 000 kronor kvar vid årsskiftet får ni spara dem till nästa år; mindre belopp ska ni betala tillbaka.' },
  { id: 'K2', kind: 'wrong', row: 'fakturerar-over: a kommun invoicing the concerned associations for rent', field: 'repayment.invoice_threshold', want: null,
    text: G + 'Kommunen fakturerar berörda föreningar för lokalhyra vid belopp över 500 kronor.' },
  { id: 'K3', kind: 'wrong', row: 'fakturerar-over: remaining rent invoiced ("återstående")', field: 'repayment.invoice_threshold', want: null,
    text: G + 'Kommunen fakturerar föreningen för återstående lokalhyra vid belopp över 2 000 kronor.' },
  { id: 'K4', kind: 'keep', row: 'fakturerar-over: left-over money invoiced (kept)', field: 'repayment.invoice_threshold', want: 1000,
    text: RI + 'Pengar som inte har använts ska betalas tillbaka. Länsstyrelsen fakturerar återstående medel vid belopp över 1 000 kronor.' },
  // ── dates 'senast': the day a call must open by ──
  { id: 'O1', kind: 'wrong', row: 'dates senast: the day a call must be published by', field: 'requisition.closes', want: null,
    text: 'Uppdrag om stöd till energieffektivisering\nMyndigheten ska utlysa medlen senast den 1 juni 2026.\nStödet får användas till energikartläggning.' },
  { id: 'O2', kind: 'wrong', row: 'dates senast: the application period must start by', field: 'requisition.closes', want: null,
    text: 'Uppdrag om stöd till laddinfrastruktur\nAnsökningsperioden ska starta senast den 1 september 2026.\nStödet får användas till laddstolpar.' },
  { id: 'O3', kind: 'keep', row: 'dates senast: an opening month then the closing day (kept)', field: 'requisition.closes', want: '2026-04-15',
    text: 'Kulturbidrag 2026\nAnsökan öppnas i mars och ska vara inne senast den 15 april 2026.\nBidraget får användas till kultur.' },
  // ── NOT_TOTAL earlier-decision-gave ──
  { id: 'D1', kind: 'wrong', row: 'earlier-decision-gave: "I regeringsbeslutet den …" told back', field: 'funding.total', want: { not: 25000000 },
    text: 'Ändring av uppdrag till Jordbruksverket\nRegeringen ändrar sitt beslut så att Jordbruksverket får fördela ytterligare 10 000 000 kronor, dvs. totalt 35 000 000 kronor.\nI regeringsbeslutet den 14 december 2025 fick Jordbruksverket i uppdrag att fördela 25 000 000 kronor som stöd till föreningar.' },
  { id: 'D2', kind: 'wrong', row: 'earlier-decision-gave: "Genom ett beslut den …" told back', field: 'funding.total', want: { not: 40000000 },
    text: 'Ändring av regeringens beslut om stöd till kommuner\nRegeringen ändrar tidpunkten för redovisning.\nGenom ett beslut den 3 mars 2024 gav regeringen Boverket i uppdrag att fördela 40 000 000 kronor till kommunerna.' },
  { id: 'D3', open: true, kind: 'wrong', row: 'earlier-decision-gave: the day first, "Den … fick"', field: 'funding.total', want: { not: 8000000 },
    text: 'Ändring av uppdrag till Tillväxtverket\nRegeringen ändrar tidpunkten för redovisning.\nDen 12 juni 2025 fick Tillväxtverket i uppdrag att fördela 8 000 000 kronor till regionerna.' },
];

describe('review74b: counter-probes of stop 53\'s first-wave reporting-day and year rows', () => {
  talliedProbeTests('review74b', PROBES, (p) => `${p.id} ${p.kind} ${p.field} [${p.row}]`);
});
