import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Adversarial review of the older date rows, part c (stop 52, issue 12, helper review71c): constructed counter-probes aimed
// at the rows of extract/cues/dates.ts, requisition.ts, reporting.ts and numeric-dates.ts as they stood before stop 45
// (ec8f69a2) and at the choice code of extract/fields/requisition.ts, reporting.ts and choose.ts: the same words with another
// role (an information meeting's sign-up day, a past round, a förordning's transition clause, an agency's own report, an
// earlier grant's report, another year's usage period, a venue's free period, another grant on the page), in the phrasing of
// a regeringsbeslut, a förordning, a reporting instruction, a foundation, a region, a news page and English/Danish pages.
// Each probe asks what a careful reader would take: `null` none, a value that value, `{ not: v }` anything but v (a miss is
// fine, the wrong value is not). `open`: a wrong value left open (test/corpus/README.md says why); `it.fails` keeps it in view.

type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: true };
const G = 'Bidrag till föreningar\n\nIdeella föreningar i kommunen kan söka bidrag till verksamhet. Bidraget får användas till hyra och material.\n\n';
const RB = 'Regeringsbeslut\nKulturdepartementet\nUppdrag att fördela statsbidrag till regional kulturverksamhet\n\nRegeringen uppdrar åt Statens kulturråd att fördela bidrag till regioner.\n\n';
const FO = 'Förordning (2025:123) om statsbidrag till samlingslokaler\n\n1 § Statsbidrag får lämnas till ideella föreningar som äger allmänna samlingslokaler.\n\n';
const RI = 'Så redovisar ni bidraget\n\nAlla föreningar som har fått bidrag ska redovisa hur pengarna har använts. Redovisningen görs i e-tjänsten.\n\n';
const ST = 'Stiftelsen Kulturarvet\n\nStipendier för unga musiker\n\nStiftelsen delar ut stipendier till unga musiker under 30 år.\n\n';
const RG = 'Region Norrbotten\nKulturstöd till arrangörer\n\nIdeella arrangörsföreningar i länet kan söka stödet.\n\n';
const NE = 'Nyheter\n2025-01-20\nNu kan föreningar söka bidrag till sommarlovsaktiviteter\n\nKommunen fördelar 500 000 kronor till sommarlovsaktiviteter för barn.\n\n';
const EN = 'Community Arts Grants\n\nNon-profit organisations may apply for grants for arts projects. Grants may be used for venue hire and fees.\n\n';
export const PROBES: Probe[] = [
  // ── closes ──
  { id: 'C1', row: 'word-sista-dag: an information meeting\'s last day to sign up', field: 'requisition.closes', want: { not: '2025-02-10' },
    text: G + 'Sista dag att anmäla sig till informationsmötet är den 10 februari 2025.' },
  { id: 'C2', row: 'word-sista-dag: the last payment day', field: 'requisition.closes', want: { not: '2025-06-30' },
    text: RB + 'Sista dag för utbetalning av bidraget är den 30 juni 2025.' },
  { id: 'C3', row: 'senast: a decision told with senast', field: 'requisition.closes', want: { not: '2025-04-15' },
    text: RG + 'Beslut om stöd fattas av kulturnämnden och meddelas sökande senast den 15 april 2025.' },
  { id: 'C4', row: 'senast: the project\'s end with senast', field: 'requisition.closes', want: { not: '2025-12-31' },
    text: G + 'Projektet ska vara avslutat senast den 31 december 2025.' },
  { id: 'C5', row: 'senast: a supplementary document after a request', field: 'requisition.closes', want: { not: '2025-03-20' },
    text: FO + '5 § Om ansökan är ofullständig ska sökanden komplettera den. Kompletteringar ska ha kommit in senast den 20 mars 2025.' },
  { id: 'C6', row: 'senast: a sign-up for an information meeting', field: 'requisition.closes', want: { not: '2025-02-05' },
    text: NE + 'Kommunen håller ett informationsmöte om bidraget. Anmäl dig till mötet senast den 5 februari 2025.' },
  { id: 'C7', row: 'word-stanger: the office closing for summer', field: 'requisition.closes', want: { not: '2025-07-01' },
    text: G + 'Kansliet stänger för sommaren den 1 juli 2025 och öppnar igen den 4 augusti 2025.' },
  { id: 'C8', row: 'pagar-till: the project period\'s end', field: 'requisition.closes', want: { not: '2026-12-31' },
    text: RG + 'Projektet pågår till den 31 december 2026.' },
  { id: 'C9', row: 'kan-goras-till: changes to the project plan', field: 'requisition.closes', want: { not: '2025-09-30' },
    text: G + 'Ändringar i projektplanen kan göras till och med den 30 september 2025.' },
  { id: 'C10', row: 'period-open-till-och-med: the e-service open for reports', field: 'requisition.closes', want: { not: '2025-11-30' },
    text: RI + 'E-tjänsten är öppen till och med den 30 november 2025.' },
  { id: 'C11', row: 'applications-must-be-submitted-by: final reports in English', field: 'requisition.closes', want: { not: '2026-01-31' },
    text: EN + 'Final reports must be submitted by 31 January 2026.' },
  { id: 'C12', row: 'tas-emot-fram-till: reports received until', field: 'requisition.closes', want: { not: '2026-03-31' },
    text: RI + 'Redovisningar tas emot fram till den 31 mars 2026.' },
  { id: 'C13', row: 'inkommer-efter: a report that comes in late', field: 'requisition.closes', want: { not: '2026-03-31' },
    text: RI + 'Redovisningar som inkommer efter den 31 mars 2026 kan leda till återkrav.' },
  { id: 'C14', row: 'gar-att-soka-fram-till: costs incurred until', field: 'requisition.closes', want: { not: '2025-12-31' },
    text: ST + 'Det går att söka ersättning för kostnader som uppstår fram till den 31 december 2025.' },
  { id: 'C15', row: 'senast / transition: a förordning\'s transition clause', field: 'requisition.closes', want: { not: '2025-01-01' },
    text: FO + 'Denna förordning träder i kraft den 1 juli 2025. Den äldre förordningen gäller fortfarande för ansökningar som har kommit in senast den 1 januari 2025.' },
  { id: 'C16', row: 'label-closes: a regeringsbeslut\'s decision date label', field: 'requisition.closes', want: null,
    text: RB + 'Beslutsdatum: 2025-01-15\n\nBidraget får användas till kulturverksamhet.' },
  { id: 'C17', row: 'numeric date: the page\'s update date', field: 'requisition.closes', want: null,
    text: RG + 'Stödet får användas till arvoden och resor.\n\nSidan uppdaterades senast 2025-02-03' },
  { id: 'C18', row: 'senast: the payment on a rekvisition', field: 'requisition.closes', want: { not: '2025-05-31' },
    text: RB + 'Kulturrådet betalar ut bidraget senast den 31 maj 2025.' },
  { id: 'C19', row: 'word-sista-dag: a past round on a news page', field: 'requisition.closes', want: { not: '2024-03-01' },
    text: NE + 'Förra året var sista dag att söka den 1 mars 2024, och 40 föreningar fick bidrag.' },
  { id: 'C20', row: 'senast: another grant on the page', field: 'requisition.closes', want: { not: '2025-10-01' },
    text: G + 'Ansök senast den 1 mars 2025.\n\nLokalbidrag\n\nFöreningar som äger en lokal kan också söka lokalbidrag. Lokalbidrag söks senast den 1 oktober 2025.' },
  { id: 'C21', row: 'senast: an English payment date', field: 'requisition.closes', want: { not: '2025-06-30' },
    text: EN + 'Grants will be paid by 30 June 2025.' },
  { id: 'C22', row: 'senast (Nordic): a Norwegian report deadline as closing', field: 'requisition.closes', want: { not: '2026-02-01' },
    text: 'Tilskudd til frivillige organisasjoner\n\nFrivillige organisasjoner kan søke om tilskudd til aktiviteter.\n\nRapport skal sendes senest 1. februar 2026.' },
  { id: 'C23', row: 'senast: the day the money must be used', field: 'requisition.closes', want: { not: '2025-12-31' },
    text: ST + 'Stipendiet ska vara använt senast den 31 december 2025.' },
  { id: 'C24', row: 'status-closes: an event\'s registration closed', field: 'requisition.closes', want: { not: '2025-02-14' },
    text: G + 'Anmälan till föreningsdagen stänger den 14 februari 2025.' },
  // ── opens ──
  { id: 'O1', row: 'word-oppnar: an exhibition opening', field: 'requisition.opens', want: { not: '2025-04-01' },
    text: ST + 'Stiftelsens utställning öppnar den 1 april 2025 på Kulturhuset.' },
  { id: 'O2', row: 'word-oppnar: the report e-service opening', field: 'requisition.opens', want: { not: '2026-01-02' },
    text: RI + 'E-tjänsten för redovisning öppnar den 2 januari 2026.' },
  { id: 'O3', row: 'word-oppnas: a new venue opened', field: 'requisition.opens', want: { not: '2025-05-01' },
    text: RG + 'Det nya kulturhuset i Luleå öppnas den 1 maj 2025.' },
  { id: 'O4', row: 'fran-och-med-kan-ansoka: payment of the second part', field: 'requisition.opens', want: { not: '2025-09-01' },
    text: RB + 'Från och med den 1 september 2025 kan regionerna ansöka om utbetalning av den andra delen.' },
  { id: 'O5', row: 'word-oppnar: the office reopening', field: 'requisition.opens', want: { not: '2025-08-04' },
    text: G + 'Kansliet har stängt under sommaren och öppnar igen den 4 augusti 2025.' },
  { id: 'O6', row: 'application-period-from: the project period\'s start', field: 'requisition.opens', want: { not: '2025-09-01' },
    text: RG + 'Projektperioden börjar den 1 september 2025 och slutar den 31 augusti 2026.' },
  { id: 'O7', row: 'word-oppnar: a past round', field: 'requisition.opens', want: { not: '2024-01-15' },
    text: NE + 'Förra årets ansökan öppnade den 15 januari 2024.' },
  { id: 'O8', row: 'att-oppna: a plan to open an office', field: 'requisition.opens', want: { not: '2025-09-01' },
    text: ST + 'Stiftelsen planerar att öppna ett kontor i Malmö den 1 september 2025.' },
  // ── reporting.due ──
  { id: 'R1', row: 'report-of-senast: a regeringsbeslut\'s report of the agency', field: 'reporting.due', want: { not: '2025-12-01' },
    text: RB + 'Statens kulturråd ska redovisa uppdraget till Regeringskansliet (Kulturdepartementet) senast den 1 december 2025.' },
  { id: 'R2', row: 'report-subject-senast: the previous year\'s report told in the past', field: 'reporting.due', want: { not: '2025-03-31' },
    text: G + 'Ansök senast den 1 mars 2025. Redovisningen av bidraget för 2024 skulle lämnas senast den 31 mars 2025.' },
  { id: 'R3', row: 'medlen-ska-redovisas-senast: the money used by', field: 'reporting.due', want: { not: '2025-12-31' },
    text: RB + 'Medlen ska förbrukas senast den 31 december 2025.' },
  { id: 'R4', row: 'report-open-range: the application e-service open', field: 'reporting.due', want: null,
    text: G + 'E-tjänsten för ansökan är öppen 1–31 mars 2025.' },
  { id: 'R5', row: 'report-bare-lamnas-senast: an application handed in by', field: 'reporting.due', want: { not: '2025-03-01' },
    text: RG + 'Ansökan med budget och verksamhetsplan ska lämnas senast den 1 mars 2025.' },
  { id: 'R6', row: 'report-subject-senast: a statistics report published', field: 'reporting.due', want: { not: '2025-06-30' },
    text: RG + 'Regionens kulturstatistik för 2024 redovisas senast den 30 juni 2025 på webbplatsen.' },
  { id: 'R7', row: 'report-of-senast: a länsstyrelse reports to the agency', field: 'reporting.due', want: { not: '2025-04-15' },
    text: FO + '8 § Länsstyrelsen ska senast den 15 april 2025 lämna en redovisning till Boverket av hur medlen har fördelats.' },
  { id: 'R8', row: 'report-before-applying: an earlier grant\'s report before applying', field: 'reporting.due', want: { not: '2025-02-01' },
    text: G + 'Ansök senast den 1 mars 2025. Har föreningen fått bidrag tidigare måste redovisningen av det bidraget ha kommit in senast den 1 februari 2025.' },
  { id: 'R9', row: 'reporting: a decision told near the report noun', field: 'reporting.due', want: { not: '2025-05-15' },
    text: RG + 'Kulturnämnden beslutar om fördelningen senast den 15 maj 2025, och beslutet redovisas på regionens webbplats.' },
  { id: 'R10', row: 'slutrapporterar-senast: an English grantee\'s final report read right, an interim meeting day', field: 'reporting.due', want: { not: '2025-09-15' },
    text: EN + 'Applications must be submitted by 1 March 2025. Grantees will present their projects at a meeting on 15 September 2025.' },
  { id: 'R11', row: 'report-open-subject: the booking of a report meeting', field: 'reporting.due', want: { not: '2025-11-01' },
    text: ST + 'Stipendiaterna bjuds in till en redovisningskonsert den 1 november 2025.' },
  // ── usage period ──
  { id: 'U1', row: 'far-anvandas: the previous year\'s usage period', field: 'usage_period.from', want: { not: '2024-01-01' },
    text: G + 'Ansök senast den 1 mars 2025. Bidraget för 2024 fick användas under perioden 1 januari–31 december 2024.' },
  { id: 'U2', row: 'perioden: the application window as usage', field: 'usage_period.from', want: { not: '2025-02-01' },
    text: RG + 'Ansökningsperioden är 1 februari–1 mars 2025.' },
  { id: 'U3', row: 'far-anvandas: a venue that may be used', field: 'usage_period.from', want: { not: '2025-06-01' },
    text: G + 'Föreningar får använda kommunens lokaler gratis under perioden 1 juni–31 augusti 2025.' },
  { id: 'U4', row: 'anvandas-senast: the report e-service used by', field: 'usage_period.to', want: { not: '2026-03-31' },
    text: RI + 'E-tjänsten ska användas senast den 31 mars 2026.' },
  { id: 'U5', row: 'kostnader-som-uppkommit: costs of an earlier grant', field: 'usage_period.from', want: { not: '2023-07-01' },
    text: RB + 'Kostnader som uppkommit under perioden 1 juli 2023–30 juni 2024 redovisades i förra årets redovisning.' },
  // ── mixed: the real day beside a counter day (the choice code) ──
  { id: 'M1', row: 'choice: the closing day and a completion day', field: 'requisition.closes', want: { not: '2025-03-15' },
    text: G + 'Ansökan ska ha kommit in senast den 1 mars 2025. Sista dag att komplettera ansökan är den 15 mars 2025.' },
  { id: 'M2', row: 'choice: English opening day and a webinar day', field: 'requisition.opens', want: { not: '2025-02-10' },
    text: EN + 'The call opens on 1 February 2025. An information webinar is held on 10 February 2025, when the portal opens for questions.' },
  { id: 'M3', row: 'choice: Danish closing day and a report deadline', field: 'requisition.closes', want: { not: '2026-03-01' },
    text: 'Tilskud til foreningsaktiviteter\n\nForeninger kan søge om tilskud. Ansøgningsfristen er den 1. marts 2025. Fristen for afrapportering er den 1. marts 2026.' },
  { id: 'M4', row: 'reporting: an agency reports to the government on a regeringsbeslut', field: 'reporting.due', want: { not: '2026-03-01' },
    text: RB + 'Bidrag får lämnas till regioner. Kulturrådet ska senast den 1 mars 2026 redovisa till regeringen hur bidragen har använts.' },
  { id: 'M5', row: 'choice: the closing day and the previous year\'s closing day on a foundation page', field: 'requisition.closes', want: { not: '2024-02-15' },
    text: ST + 'Ansök senast den 15 februari 2025. (År 2024 var sista ansökningsdag den 15 februari 2024.)' },
  { id: 'M6', row: 'choice: the usage period beside the project period of another grant', field: 'usage_period.from', want: { not: '2026-01-01' },
    text: G + 'Ansök senast den 1 mars 2025. Bidraget får användas under 2025.\n\nUtvecklingsbidrag\n\nUtvecklingsbidraget får användas under perioden 1 januari 2026–31 december 2026.' },
  // ── paraphrases of the fixed counter-cases in other bodies' phrasing (constructed, after the fixes) ──
  { id: 'C6b', row: 'sign-up-to-event-by-day: a region\'s dialogue meeting', field: 'requisition.closes', want: { not: '2025-02-12' },
    text: RG + 'Regionen bjuder in till en dialogträff om stödet. Anmälan till träffen görs senast den 12 februari 2025.' },
  { id: 'C24b', row: 'sign-up-to-event-by-day: an English-named course on a foundation page', field: 'requisition.closes', want: { not: '2025-03-03' },
    text: ST + 'Anmälan om deltagande i sommarkursen ska göras senast den 3 mars 2025.' },
  { id: 'C14b', row: 'activity-period-range widened: activities until a day', field: 'requisition.closes', want: { not: '2026-06-30' },
    text: RB + 'Regionerna kan ansöka om bidrag för aktiviteter som genomförs till och med den 30 juni 2026.' },
  { id: 'C15b', row: 'older-rules-transition-day: older rules for applications before a day', field: 'requisition.closes', want: { not: '2025-07-01' },
    text: FO + 'Denna förordning träder i kraft den 1 juli 2025. Äldre bestämmelser gäller för ansökningar som kommit in före den 1 juli 2025.' },
  { id: 'R7b', row: 'ska-senast-lamna-redovisning: a region reports its distribution', field: 'reporting.due', want: { not: '2026-03-01' },
    text: RB + 'Regionen ska senast den 1 mars 2026 lämna en redovisning av fördelningen av medlen till Kulturrådet.' },
  { id: 'R8b', row: 'recipient-senast: an earlier grant\'s report before the application is tried', field: 'reporting.due', want: { not: '2025-01-15' },
    text: RG + 'Ansök senast den 1 februari 2025. Organisationer som tidigare har fått stöd ska ha redovisat det senast den 15 januari 2025 för att ansökan ska prövas.' },
  { id: 'R2b', row: 'chooseDue: a past year\'s report day alone', field: 'reporting.due', want: { not: '2024-03-31' },
    text: ST + 'Ansök senast den 1 mars 2025. Slutrapporten för 2023 års stipendier skulle lämnas senast den 31 mars 2024.' },
  { id: 'U1b', row: 'far-anvandas: last year\'s money could be used', field: 'usage_period.from', want: { not: '2023-07-01' },
    text: RB + 'Förra årets medel kunde användas mellan den 1 juli 2023 och den 30 juni 2024.' },
  { id: 'U4b', row: 'anvandas-senast: a form used until', field: 'usage_period.to', want: { not: '2025-12-31' },
    text: G + 'Ansök senast den 1 mars 2025. Blanketten får användas till och med den 31 december 2025.' },
  { id: 'M5b', row: 'dropPastRounds: a region\'s past round beside this year\'s', field: 'requisition.closes', want: '2025-03-15',
    text: RG + 'Sista ansökningsdag var den 15 mars 2024. Ansök senast den 15 mars 2025.' },
  // ── the rows keep their right readings ──
  { id: 'k1', row: 'sign-up-to-event-by-day keeps: an interest form for the grant', field: 'requisition.closes', want: '2025-03-15',
    text: RG + 'Intresseanmälan till stödet görs senast den 15 mars 2025.' },
  { id: 'k2', row: 'sign-up-to-event-by-day keeps: the application beside a meeting\'s sign-up', field: 'requisition.closes', want: '2025-03-01',
    text: G + 'Anmäl er till informationsträffen senast den 10 februari 2025. Ansökan ska ha kommit in senast den 1 mars 2025.' },
  { id: 'k3', row: 'activity-period-range keeps: applications for next year\'s projects taken until', field: 'requisition.closes', want: '2026-03-01',
    text: G + 'Ansökningar för projekt som genomförs nästa år tas emot till och med den 1 mars 2026.' },
  { id: 'k4', row: 'older-rules-transition-day keeps: the förordning\'s own day beside the clause', field: 'requisition.closes', want: '2025-10-01',
    text: FO + '4 § Ansökan om bidrag ska ha kommit in till Boverket senast den 1 oktober 2025.\n\nÄldre bestämmelser gäller för ansökningar som kommit in före den 1 juli 2025.' },
  { id: 'k5', row: 'perioden-bidragsaret keeps: a regeringsbeslut\'s period', field: 'usage_period.from', want: '2026-01-01',
    text: RB + 'Statsbidraget avser perioden 1 januari–31 december 2026.' },
  { id: 'k6', row: 'anvandas-senast keeps: the money used by', field: 'usage_period.to', want: '2026-12-31',
    text: RB + 'Medlen ska vara förbrukade senast den 31 december 2026.' },
  { id: 'k7', row: 'ska-senast-lamna-redovisning keeps: a länsstyrelse\'s own report', field: 'reporting.due', want: '2026-02-01',
    text: RB + 'Länsstyrelsen ska senast den 1 februari 2026 lämna en ekonomisk redovisning till Kammarkollegiet.' },
  { id: 'k8', row: 'chooseDue keeps: a past year\'s day gives way to this year\'s', field: 'reporting.due', want: '2026-03-31',
    text: G + 'Redovisningen för 2023 skulle vara inne senast den 31 mars 2024. Redovisningen för 2025 ska vara inne senast den 31 mars 2026.' },
  { id: 'k9', row: 'recipient-senast keeps: the recipients report', field: 'reporting.due', want: '2026-01-31',
    text: G + 'Ansök senast den 1 mars 2025. Föreningar som har fått bidrag ska redovisa senast den 31 januari 2026.' },
  { id: 'M6b', row: 'findUsagePeriod: a region page\'s own period beside another grant\'s section', field: 'usage_period.from', want: '2025-03-01',
    text: RG + 'Stödet får användas under perioden 1 mars–31 december 2025.\n\nInvesteringsstöd\n\nInvesteringsstödet får användas under perioden 1 januari 2026–30 juni 2027.' },
  { id: 'M6c', row: 'findUsagePeriod: a foundation\'s travel stipend section', field: 'usage_period.from', want: { not: '2026-06-01' },
    text: ST + 'Stipendiet ska användas under 2025.\n\nResestipendium\n\nResestipendiet får användas under perioden 1 juni–31 augusti 2026.' },
  { id: 'k10', row: 'findUsagePeriod keeps: the only period, in a grant\'s own section', field: 'usage_period.from', want: '2025-01-01',
    text: 'Bidrag till föreningar\n\nIdeella föreningar i kommunen kan söka bidrag. Ansök senast den 1 mars 2025.\n\nVerksamhetsbidrag\n\nVerksamhetsbidraget får användas under perioden 1 januari–31 december 2025.' },
  { id: 'Y1', row: 'anvandas-under-ar widened to Stipendiet: a stipend applied for during a year', field: 'usage_period.from', want: null,
    text: ST + 'Stipendiet kan sökas under 2025. Ansök senast den 1 mars 2025.' },
  { id: 'Y2', row: 'anvandas-under-ar widened to Stipendiet: last year\'s stipend used', field: 'usage_period.from', want: { not: '2024-01-01' },
    text: ST + 'Ansök senast den 1 mars 2025. Stipendiet har använts under 2024.' },
];

describe('review71c: counter-probes of the older date rows and their choice code give no wrong value', () => {
  for (const p of PROBES) {
    (p.open ? it.fails : it)(`${p.id} ${p.field} [${p.row}]`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
