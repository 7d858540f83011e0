import { describe } from 'vitest';
import { byRun, probeTests, type Want } from './probe.js';

// Adversarial review of the cue rows merged at stop 85 (helper review85a, issue 12): h/utlys85 (valt-att-prioritera,
// range-modal-between-apply, YEAR_LINE_DAY_ITEM / yearLineItem, ar-rad-under-viktiga-datum, GRANTED_REQUISITION / grantedClaim,
// PERIOD_CONTINUES / continuedPeriod), h/rb85 (regeringen-har-beslutat-att-ge, regeringen-utokar-stodet-med,
// omdisponeras-till-namngiven, far-disponera-for-bidrag, granted-or-compared's "Regeringen avsätter totalt", the year rows
// utokar-stodet-for-ar-med, satsning-galler-under-ar, far-kronor-for-arbetet-under-ar, betalas-ut-till-redan-beviljade,
// report-of-senast's AGENCY_ASSIGNMENT_REPORTED) and h/forms85 (grant-text evidence project-report-rule, report-content-rule,
// government-gives-sum; money-label-blank). Every text is constructed, written the way kommuner, regioner, agencies, stiftelser
// and the government put such pages (none copied from a corpus text); most are near misses that must NOT give the value,
// some are other phrasings that must. `want: null` asks for no value, `{ not: X }` for anything but X.
// First run, batch by batch: of the first 50, 16 gave a wrong value (C1, F1, O1-O3, U1, B1, B2, Y1-Y3, PA1, R1, G1, G2, G4) and
// 4 lost one (L3 and L4's plain lines were no list items, rewritten as items; C3 lost by PERIOD_CONTINUES; Q1, D2 older or
// safe); of the 12 of the second batch, 3 (B4, Y5, O4). All fixed as row guards (see each row's review85a note) but B4 (the
// older row 'fordelas'), left it.fails with Q1; of the 12 of the third batch, 6 (F6, Q3, G7, G8, K4, R5), all fixed; of the
// 10 of the fourth, 1 (U7), fixed. Whole
// dev and the diff pairs identical to main 997ad649's baselines after every batch.

type Probe = { id: string; row: string; field: string; want: Want; text: string; run?: 'fails' };
const PAGE = (title: string, body: string): string => `${title}\n\n${body}\n`;
const BESLUT = (title: string, body: string): string => `# ${title}\n\n${body}\n`;
const CALL = (body: string): string => PAGE('Bidrag till lovaktiviteter 2026', `Föreningar i kommunen kan söka bidrag för lovaktiviteter för barn och unga. ${body}`);
const PRESS = (body: string): string => PAGE('Statsbidrag för fritidsaktiviteter 2026', `Kommunerna och regionerna kan rekvirera statsbidrag om totalt 300 miljoner kronor för 2026.\n\n${body}`);

const PROBES: Probe[] = [
  // ── windows: range-modal-between-apply ─────────────────────────────────────────────────────────────────────────────────
  { id: 'M1', row: 'range-modal-between-apply: families applying to the association for a part of the fee, not the grant\'s window', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Sista ansökningsdag för föreningar är den 1 mars 2026. Familjer kan under perioden 1 juni–15 augusti 2026 ansöka om bidrag till lägeravgiften hos föreningen.') },
  { id: 'M2', row: 'range-modal-between-apply: next year\'s round on this year\'s page', field: 'requisition.closes', want: { not: '2027-03-31' },
    text: CALL('Ansök senast den 1 mars 2026. Nästa år kan föreningar mellan den 1 och 31 mars 2027 ansöka om bidrag.') },
  { id: 'M3', row: 'range-modal-between-apply: the granted claim the sum between two days', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Ansök senast den 1 mars 2026. Föreningar som har beviljats bidrag kan mellan den 1 och 30 november 2026 rekvirera bidraget.') },
  { id: 'M4', row: 'range-modal-between-apply: young people applying for a summer-job support the employers\' grant pays', field: 'requisition.closes', want: { not: '2026-08-31' },
    text: PAGE('Bidrag till arbetsgivare som anställer sommarjobbare 2026', 'Arbetsgivare kan söka bidraget senast den 15 april 2026. Ungdomar kan under perioden 1 juni–31 augusti 2026 söka sommarjobbsstöd via Arbetsförmedlingen.') },
  { id: 'M5', row: 'range-modal-between-apply: "kan de mellan … ansöka" after a past round named ("förra året")', field: 'requisition.opens', want: { not: '2025-01-15' },
    text: CALL('Ansökan för 2026 öppnar den 15 januari 2026 och stänger den 15 mars 2026. Förra året kunde föreningarna mellan den 15 januari och 15 mars 2025 ansöka om bidrag.') },
  { id: 'M6', row: 'range-modal-between-apply (must): "Föreningar kan under perioden … söka stöd"', field: 'requisition.closes', want: '2026-03-31',
    text: PAGE('Stöd till lovaktiviteter', 'Föreningar kan under perioden 1 februari–31 mars 2026 söka stöd för lovaktiviteter för barn.') },
  // ── windows: YEAR_LINE_DAY_ITEM / ar-rad-under-viktiga-datum ───────────────────────────────────────────────────────────
  { id: 'L1', row: 'YEAR_LINE_DAY_ITEM: a webinar and an information meeting listed under the year, the deadline in prose', field: 'requisition.opens', want: { not: '2026-02-12' },
    text: CALL('Sista ansökningsdag är den 1 mars 2026.\n\nViktiga datum\n\n2026\n\n- 12 februari: Informationsmöte om bidraget.\n- 20 februari: Webbinarium för sökande.') },
  { id: 'L2', row: 'YEAR_LINE_DAY_ITEM: the granted claim\'s last day listed under the year, the deadline in prose', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Ansök senast den 1 mars 2026.\n\nViktiga datum\n\n2026\n\n- 30 september: Sista dag att rekvirera beviljat bidrag.\n- 15 december: Sista dag för redovisning.') },
  { id: 'L3', row: 'YEAR_LINE_DAY_ITEM: a report\'s last day under the following year\'s line', field: 'requisition.closes', want: '2025-09-15',
    text: PAGE('Bidrag till kulturarvsprojekt', 'Föreningar och stiftelser kan söka bidrag för kulturarvsprojekt.\n\nTidplan\n\n2025\n\n- 15 september: Sista dag för ansökan.\n- 20 oktober: Beslut om bidrag.\n\n2026\n\n- 31 mars: Sista dag för slutredovisning.') },
  { id: 'L4', row: 'ar-rad-under-viktiga-datum: the year of a report line is not the grant\'s year', field: 'year', want: { not: 2026 },
    text: PAGE('Bidrag till kulturarvsprojekt', 'Föreningar och stiftelser kan söka bidrag för kulturarvsprojekt.\n\nTidplan\n\n2025\n\n- 15 september: Sista dag för ansökan.\n- 20 oktober: Beslut om bidrag.\n\n2026\n\n- 31 mars: Sista dag för slutredovisning.') },
  { id: 'L5', row: 'YEAR_LINE_DAY_ITEM: a survey of last year\'s granted under the year line', field: 'requisition.closes', want: { not: '2026-05-31' },
    text: PAGE('Uppföljning av föreningsbidraget', 'Alla föreningar som fick bidrag 2025 ska svara på uppföljningen.\n\nViktiga datum\n\n2026\n\n- 2 maj – enkäten skickas ut.\n- 31 maj – sista dag att svara på enkäten.') },
  // ── windows: PERIOD_CONTINUES / continuedPeriod ────────────────────────────────────────────────────────────────────────
  { id: 'C1', row: 'PERIOD_CONTINUES: the grant\'s new funding period, after the application period\'s sentence', field: 'requisition.opens', want: '2026-09-01',
    text: PAGE('Verksamhetsbidrag till ideella föreningar 2027', 'Ansökan görs under ansökningsperioden 1–30 september 2026. Den nya perioden startar den 1 januari 2027 och avslutas den 31 december 2029.') },
  { id: 'C2', row: 'PERIOD_CONTINUES: the project\'s run told as "Perioden pågår" after the application period', field: 'requisition.closes', want: '2026-03-15',
    text: PAGE('Projektstöd till kulturskolor', 'Ansökningsperioden stänger den 15 mars 2026. Perioden pågår därefter från den 1 juli 2026 till den 30 juni 2027, då projekten genomförs.') },
  { id: 'C3', row: 'PERIOD_CONTINUES: the decision after the application period, then the usage period', field: 'requisition.closes', want: '2026-04-30',
    text: PAGE('Bidrag till integrationsprojekt', 'Föreningar kan söka bidraget från den 1 april till den 30 april 2026. Beslut fattas efter ansökningsperiodens slut. Perioden löper från den 1 juni 2026 till den 31 maj 2027.') },
  { id: 'C4', row: 'PERIOD_CONTINUES (must): the first round of an application period', field: 'requisition.closes', want: '2026-06-15',
    text: PAGE('Stöd till landsbygdsprojekt', 'Ansökningar behandlas löpande under ansökningsperioden. Den första perioden startar den 1 februari 2026 och avslutas den 15 juni 2026.') },
  // ── windows: GRANTED_REQUISITION / grantedClaim ────────────────────────────────────────────────────────────────────────
  // (left open, a lost value and no wrong one, older than this stop: a regeringsbeslut's "får rekvirera … senast" gives no window
  // with or without "de beviljade", so grantedClaim is not the cause)
  { id: 'Q1', row: 'grantedClaim (must): a regeringsbeslut\'s claim of the granted sum is its only window', field: 'requisition.closes', want: '2026-10-01', run: 'fails',
    text: BESLUT('Statsbidrag till regioner för förlossningsvården 2026', 'Regeringen beslutar att regionerna får rekvirera de beviljade medlen hos Kammarkollegiet senast den 1 oktober 2026. Redovisning ska ha kommit in till Socialstyrelsen senast den 31 mars 2027.') },
  { id: 'Q2', row: 'grantedClaim: a granted sum claimed in one window, the application\'s closing day in a list', field: 'requisition.closes', want: '2026-02-15',
    text: PAGE('Arrangörsstöd 2026', 'Arrangörer kan söka stöd för konserter och föreställningar.\n\nSista ansökningsdag: 15 februari 2026\n\nTilldelade arrangörer rekvirerar stödet senast den 30 november 2026 i e-tjänsten.') },
  // ── uses: valt-att-prioritera ──────────────────────────────────────────────────────────────────────────────────────────
  { id: 'V1', row: 'valt-att-prioritera: the places the fund chose, not uses', field: 'uses', want: { notre: 'Ekby|Norrby' },
    text: PAGE('Bidrag till lokala naturvårdsprojekt 2026', 'Bidraget får användas till:\n\n- restaurering av våtmarker\n- åtgärder för pollinatörer\n\nI år har länsstyrelsen beslutat att prioritera projekt i följande kommuner:\n\n- Ekby kommun\n- Norrby kommun\n\nSista ansökningsdag är den 1 april 2026.') },
  // ── funding.total: regeringen-har-beslutat-att-ge ──────────────────────────────────────────────────────────────────────
  { id: 'F1', row: 'regeringen-har-beslutat-att-ge: the agency\'s money to administer the stöd', field: 'funding.total', want: { not: 5000000 },
    text: PAGE('Stöd till lokala livsmedelsbutiker på landsbygden', 'Butiker i serviceglesa områden kan söka stödet senast den 1 april 2026. Regeringen har beslutat att ge Tillväxtverket 5 miljoner kronor för att administrera stödet.') },
  { id: 'F2', row: 'regeringen-har-beslutat-att-ge: an approximate sum ("cirka") to an umbrella body beside a kommun grant', field: 'funding.total', want: { not: 15000000 },
    text: PAGE('Statsbidrag för förebyggande arbete mot våld 2026', 'Kommunerna kan rekvirera statsbidraget senast den 1 oktober 2026. Regeringen har i dag beslutat att ge Sveriges Kommuner och Regioner cirka 15 miljoner kronor för att stödja kommunernas arbete.') },
  { id: 'F3', row: 'regeringen-har-beslutat-att-ge: last year\'s decision told as background', field: 'funding.total', want: { not: 100000000 },
    text: PAGE('Bidrag till idrottsrörelsen 2026', 'Bakgrund: Under 2025 har regeringen beslutat att ge Riksidrottsförbundet 100 miljoner kronor. För 2026 fattas ett nytt beslut i vår.') },
  { id: 'F4', row: 'regeringen-har-beslutat-att-ge (must): the press release\'s own decision', field: 'funding.total', want: 12000000,
    text: PAGE('Stöd till Röda Korset för arbete med ensamkommande', 'Regeringen har i dag beslutat att ge Svenska Röda Korset ett bidrag på 12 miljoner kronor för arbete med ensamkommande barn under 2026.') },
  // ── funding.total: far-disponera-for-bidrag ────────────────────────────────────────────────────────────────────────────
  { id: 'D1', row: 'far-disponera-for-bidrag: a sum each ("var") after the plural bodies', field: 'funding.total', want: { not: 1000000 },
    text: BESLUT('Bidrag till lokala vattenråd 2026', 'Regeringen beslutar att länsstyrelserna får disponera 1 miljon kronor var för bidrag till lokala vattenråd under 2026.') },
  // (the two sums of the row leave the total unread: a lost value, no wrong one; the probe asks only that the second is not read)
  { id: 'D2', row: 'far-disponera-for-bidrag: a second, smaller sum for another stöd in the same decision', field: 'funding.total', want: { not: 1000000 },
    text: BESLUT('Bidrag till hembygdsföreningar 2026', 'Länsstyrelsen i Dalarnas län får disponera 12 miljoner kronor för bidrag till hembygdsföreningar under 2026. Därutöver får Länsstyrelsen disponera 1 miljon kronor för stöd till lokala museer.') },
  { id: 'D3', row: 'far-disponera-for-bidrag: last year\'s sum with "under 2025" and "fick"', field: 'funding.total', want: { not: 8000000 },
    text: PAGE('Bidrag till hembygdsföreningar 2026', 'Föreningar kan söka bidrag senast den 1 mars 2026. Under 2025 fick länsstyrelsen disponera 8 miljoner kronor för bidrag till hembygdsföreningar. Beloppet för 2026 är inte beslutat.') },
  { id: 'D4', row: 'far-disponera-for-bidrag: a sum per applicant ("upp till … för bidrag till varje förening")', field: 'funding.total', want: { not: 50000 },
    text: PAGE('Föreningsbidrag 2026', 'Kommunen får disponera upp till 50 000 kronor för bidrag till varje förening som anordnar lovaktiviteter. Ansök senast den 1 mars 2026.') },
  // ── funding.total: omdisponeras-till-namngiven ─────────────────────────────────────────────────────────────────────────
  { id: 'O1', row: 'omdisponeras-till-namngiven: a state body not named by its suffix (Lantmäteriet)', field: 'funding.total', want: { not: 15000000 },
    text: PAGE('Statsbidrag till kommuner för digitalisering 2026', 'Kommunerna kan rekvirera statsbidraget senast den 1 oktober 2026. Inom anslaget omdisponeras 15 miljoner kronor till Lantmäteriet för digitalisering av arkiv.') },
  { id: 'O2', row: 'omdisponeras-till-namngiven: the Sami parliament, an agency named "-tinget"', field: 'funding.total', want: { not: 3000000 },
    text: PAGE('Bidrag till samiska kulturprojekt 2026', 'Samiska föreningar kan söka bidrag senast den 1 april 2026. Inom anslaget omdisponeras 3 miljoner kronor till Sametinget för myndighetens arbete med språkcentrum.') },
  { id: 'O3', row: 'omdisponeras-till-namngiven: money moved away from the grant ("från … till")', field: 'funding.total', want: { not: 20000000 },
    text: PAGE('Statsbidrag för läxhjälp 2026', 'Huvudmän kan söka statsbidraget senast den 15 april 2026. Från statsbidraget omdisponeras 20 miljoner kronor till Berättarministeriet för läsfrämjande.') },
  // ── funding.total: regeringen-utokar-stodet-med ────────────────────────────────────────────────────────────────────────
  { id: 'U1', row: 'regeringen-utokar-stodet-med: the raise beside the new whole ("från 4 till 5 miljoner")', field: 'funding.total', want: { not: 1000000 },
    text: PAGE('Stöd till kvinno- och tjejjourer 2026', 'Regeringen utökar stödet med 1 miljon kronor, från 4 till 5 miljoner kronor. Jourerna kan söka stödet senast den 1 mars 2026.') },
  { id: 'U2', row: 'regeringen-utokar-stodet-med: a raise over two later years', field: 'funding.total', want: { not: 100000000 },
    text: PRESS('Regeringen utökar satsningen med 100 miljoner kronor under 2027–2028.') },
  { id: 'U3', row: 'regeringen-utokar-stodet-med: a raise that goes to another grant of the release ("för att")', field: 'funding.total', want: { not: 40000000 },
    text: PRESS('Regeringen utökar även stödet med 40 miljoner kronor till civilsamhällets organisationer som arbetar med barn.') },
  // ── funding.total: granted-or-compared lets "Regeringen avsätter totalt" through ─────────────────────────────────────────
  { id: 'B1', row: 'granted-or-compared: the budget\'s whole sum for several satsningar', field: 'funding.total', want: { not: 2000000000 },
    text: PAGE('Statsbidrag för äldreomsorgens kompetens 2026', 'Regeringen avsätter totalt 2 miljarder kronor i budgetpropositionen för flera satsningar på äldreomsorgen. En av dem är statsbidraget för kompetenshöjning, som kommunerna kan rekvirera senast den 1 oktober 2026.') },
  { id: 'B2', row: 'granted-or-compared: last year\'s "Regeringen avsätter totalt" in a comparison', field: 'funding.total', want: { not: 250000000 },
    text: PAGE('Statsbidrag till kulturskolor 2026', 'Huvudmän kan söka statsbidraget senast den 15 mars 2026. Regeringen avsätter totalt 250 miljoner kronor för 2025 och i år ökar beloppet.') },
  { id: 'B3', row: 'granted-or-compared: "kan fördela" a ceiling to each', field: 'funding.total', want: { not: 50000 },
    text: PAGE('Föreningsbidrag 2026', 'Nämnden kan fördela högst 50 000 kronor till varje förening. Ansök senast den 1 mars 2026.') },
  // ── year rows ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'Y1', row: 'satsning-galler-under-ar: new rules for the grant in force from a later year', field: 'year', want: { not: 2027 },
    text: PAGE('Verksamhetsbidrag till föreningar', 'Föreningar kan söka verksamhetsbidrag senast den 15 mars 2026. De nya riktlinjerna för bidraget gäller för 2027.') },
  { id: 'Y2', row: 'far-kronor-for-arbetet-under-ar: the agency\'s follow-up money in the next year', field: 'year', want: { not: 2027 },
    text: PAGE('Statsbidrag till kommuner för ökad bemanning', 'Kommunerna kan rekvirera statsbidraget för ökad bemanning i äldreomsorgen senast den 1 oktober 2026. Socialstyrelsen får 2 miljoner kronor för uppdraget under 2027 att följa upp statsbidraget.') },
  { id: 'Y3', row: 'utokar-stodet-for-ar-med: a proposed raise for the next year on this year\'s call', field: 'year', want: { not: 2027 },
    text: PAGE('Bidrag till hembygdsföreningar', 'Föreningar kan söka bidraget senast den 1 mars 2026. Regeringen föreslår i budgetpropositionen att man utökar stödet för 2027 med 5 miljoner kronor.') },
  { id: 'Y4', row: 'satsning-galler-under-ar: the stöd\'s tax rule holds for a year', field: 'year', want: { not: 2025 },
    text: PAGE('Stöd till föreningar med höga energikostnader 2026', 'Föreningar kan söka stödet senast den 30 april 2026. Skattefriheten för stödet gäller under 2025 enligt Skatteverket.') },
  // ── payment: betalas-ut-till-redan-beviljade ───────────────────────────────────────────────────────────────────────────
  { id: 'PA1', row: 'betalas-ut-till-redan-beviljade: another benefit paid to those already granted it', field: 'payment', want: { notre: 'bostadsbidrag' },
    text: PAGE('Stöd till arbetsgivare som anställer långtidsarbetslösa', 'Arbetsgivare kan söka stödet senast den 1 maj 2026. Observera att bostadsbidrag kan betalas ut till de hushåll som redan har beviljats bidrag av Försäkringskassan.') },
  // ── reporting.due: report-of-senast and AGENCY_ASSIGNMENT_REPORTED ─────────────────────────────────────────────────────
  { id: 'R1', row: 'report-of-senast: an agency\'s own assignment reported as "Återrapportering av uppdraget"', field: 'reporting.due', want: null,
    text: BESLUT('Uppdrag att fördela statsbidrag till kommuner för fritidsaktiviteter 2026', 'Regeringen uppdrar åt Socialstyrelsen att fördela 200 miljoner kronor till kommunerna under 2026. Kommunerna ska rekvirera medlen senast den 1 oktober 2026. Återrapportering av uppdraget ska ske senast den 1 mars 2027.') },
  { id: 'R2', row: 'report-of-senast: "Rapportering av uppdraget ska lämnas"', field: 'reporting.due', want: null,
    text: BESLUT('Uppdrag att fördela bidrag till ungdomsorganisationer 2026', 'Regeringen uppdrar åt MUCF att fördela 10 miljoner kronor till ungdomsorganisationer under 2026. Rapportering av uppdraget ska lämnas senast den 15 februari 2027.') },
  { id: 'R3', row: 'report-of-senast (must): a project\'s report to the kommun', field: 'reporting.due', want: '2027-01-31',
    text: CALL('Ansök senast den 1 mars 2026. Redovisning av projektet ska ha kommit in till kommunen senast den 31 januari 2027.') },
  // ── refusal: grant-text evidence rows ─────────────────────────────────────────────────────────────────────────────────
  { id: 'G1', row: 'project-report-rule: an internal project model\'s report to the management', field: 'kind', want: 'refused',
    text: PAGE('Projektmodell för kommunens IT-projekt', 'Varje projekt leds av en projektledare. När projektet är klart ska projektledaren skriva en slutrapport som lämnas till ledningen senast en månad efter projektets slut. Slutrapporten ska innehålla en utvärdering av tidplan och budget.') },
  { id: 'G2', row: 'government-gives-sum: military aid in a news text', field: 'kind', want: 'refused',
    text: PAGE('Nytt stödpaket till Ukraina', 'Regeringen ger 2 miljarder kronor till Ukraina i form av militär materiel. Paketet omfattar bland annat luftvärn och ammunition. Försvarsministern presenterade paketet vid en pressträff i dag.') },
  { id: 'G3', row: 'report-content-rule: the annual accounts of a company (not a grant)', field: 'kind', want: 'refused',
    text: PAGE('Så upprättar du en årsredovisning', 'Alla aktiebolag ska upprätta en årsredovisning. Årsredovisningen ska innehålla en förvaltningsberättelse, en resultaträkning, en balansräkning och noter. Årsredovisningen ska skickas in till Bolagsverket senast sju månader efter räkenskapsårets slut.') },
  { id: 'G4', row: 'government-gives-sum: the defence budget in a news text', field: 'kind', want: 'refused',
    text: PAGE('Försvaret får mer pengar', 'Regeringen tillför 3 miljarder kronor till Försvarsmakten nästa år. Pengarna ska användas till fler värnpliktiga och nya fartyg. Oppositionen kritiserar förslaget.') },
  // ── kind: money-label-blank ────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'K1', row: 'money-label-blank: an anvisning showing the application\'s budget lines', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Anvisningar för projektbidrag 2026', 'Föreningar kan söka projektbidrag senast den 1 april 2026. Bidraget får användas till arvoden, lokalhyra och material.\n\nI ansökan ska budgeten ställas upp så här:\n\nArvoden: kr\nLokalhyra: kr\nMaterial: kr\nSökt belopp: kr\n\nRedovisningen ska lämnas senast den 31 januari 2027.') },
  { id: 'K2', row: 'money-label-blank: an application form is no reporting form', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Ansökan om arrangörsbidrag 2026', 'Föreningens namn:\nOrganisationsnummer:\nArrangemangets namn:\nBeräknade kostnader: kr\nBeräknade intäkter: kr\nSökt belopp: kr\n\nAnsökan ska vara inne senast den 1 mars 2026.') },
  // ── a second batch, written after the first fixes ──────────────────────────────────────────────────────────────────────
  { id: 'M7', row: 'range-modal-between-apply: participants applying to the arranger for a travel grant', field: 'requisition.closes', want: '2026-02-15',
    text: PAGE('Arrangörsstöd för läger 2026', 'Arrangörer kan söka stödet senast den 15 februari 2026. Deltagarna kan mellan den 1 och 15 maj 2026 ansöka om resebidrag hos arrangören.') },
  { id: 'D5', row: 'far-disponera-for-bidrag: "även" another grant\'s money in the body\'s budget', field: 'funding.total', want: { not: 3000000 },
    text: PAGE('Bidrag till hembygdsföreningar 2026', 'Hembygdsföreningar kan söka bidrag senast den 1 mars 2026. Länsstyrelsen får även disponera 3 miljoner kronor för bidrag till vård av kulturmiljöer.') },
  { id: 'U4', row: 'regeringen-utokar-stodet-med: next year\'s raise in this year\'s release', field: 'funding.total', want: { not: 50000000 },
    text: PRESS('Regeringen utökar nu satsningen med ytterligare 50 miljoner kronor för 2027.') },
  // (left open: the sum comes from the older row 'fordelas' (funding.ts), not this stop's let-through; a named region as the
  // receiver is also a regeringsbeslut's whole grant to that region, so a guard needs the page's other recipients: no time)
  { id: 'B4', row: 'fordelas ("får fördela N till"): one region\'s sum beside a grant to all', field: 'funding.total', want: { not: 2000000 },
    text: PAGE('Statsbidrag till regioner för psykiatrisk vård 2026', 'Regionerna kan rekvirera statsbidraget senast den 1 oktober 2026. Socialstyrelsen får fördela 2 miljoner kronor till Region Stockholm för nationell samordning.') },
  { id: 'R4', row: 'AGENCY_ASSIGNMENT_REPORTED (must): an association\'s assignment from the kommun, reported to the kommun', field: 'reporting.due', want: '2027-01-31',
    text: PAGE('Idéburet partnerskap om läxhjälp 2026', 'Föreningar kan ansöka om att ingå partnerskap senast den 1 mars 2026. Slutredovisning av uppdraget ska lämnas till kommunen senast den 31 januari 2027.') },
  { id: 'PA2', row: 'betalas-ut-till-redan-beviljade (must): the grant paid on to those already granted', field: 'payment', want: { re: 'redan' },
    text: PAGE('Verksamhetsbidrag 2026', 'Föreningar kan söka verksamhetsbidrag senast den 1 mars 2026. Bidraget kan betalas ut till de föreningar som redan har beviljats bidrag för 2026 utan ny ansökan.') },
  { id: 'PU1', row: 'regeringen-har-beslutat-att-ge: the agency\'s task "för att administrera" is no purpose', field: 'purpose', want: { notre: 'administrera' },
    text: PAGE('Stöd till lokala livsmedelsbutiker på landsbygden', 'Butiker i serviceglesa områden kan söka stödet senast den 1 april 2026. Regeringen har beslutat att ge Tillväxtverket 5 miljoner kronor för att administrera stödet.') },
  { id: 'G5', row: 'government-gives-sum (must): a grant press release still reads', field: 'kind', want: 'anvisning',
    text: PAGE('Regeringen ger 20 miljoner kronor till idrottsrörelsen', 'Regeringen ger 20 miljoner kronor till idrottsrörelsen för att fler barn ska kunna idrotta. Föreningar kan söka stödet hos Riksidrottsförbundet senast den 1 april 2026.') },
  { id: 'G6', row: 'report-content-rule: a kommun\'s internal control rules', field: 'kind', want: 'refused',
    text: PAGE('Riktlinjer för intern kontroll', 'Varje nämnd ska årligen följa upp sin interna kontroll. Rapporten ska innehålla en bedömning av om kontrollerna har fungerat. Uppföljningen ska lämnas till kommunstyrelsen senast den 31 januari.') },
  { id: 'K3', row: 'money-label-blank: an anvisning telling what the report states, labels left blank', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Anvisningar för aktivitetsbidrag 2026', 'Föreningar kan söka aktivitetsbidrag senast den 1 mars 2026. Bidraget får användas till ledararvoden och material.\n\nI redovisningen ska ni ange:\n\nBeviljat belopp: kr\nFörbrukat belopp: kr\n\nRedovisningen ska lämnas senast den 31 januari 2027.') },
  { id: 'Y5', row: 'satsning-galler-under-ar: an earlier satsning in the present ("Den tidigare satsningen")', field: 'year', want: { not: 2024 },
    text: PAGE('Bidrag till läxhjälp', 'Föreningar kan söka bidraget senast den 1 mars 2026. Den tidigare satsningen på läxhjälp gäller under 2024 och ersätts nu av detta bidrag.') },
  { id: 'O4', row: 'omdisponeras-till-namngiven: one region\'s money in a release about a grant to all regions', field: 'funding.total', want: { not: 5000000 },
    text: PAGE('Statsbidrag till regionerna för vårdplatser 2026', 'Regionerna kan rekvirera statsbidraget senast den 1 oktober 2026. Inom anslaget omdisponeras 5 miljoner kronor till Region Gotland för sjuktransporter.') },
  // ── a third batch ────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'F5', row: 'regeringen-har-beslutat-att-ge: an approximate sum ("drygt") in the decision', field: 'funding.total', want: { not: 100000000 },
    text: PAGE('Stöd till idrottsrörelsen 2026', 'Regeringen har i dag beslutat att ge Riksidrottsförbundet drygt 100 miljoner kronor för att stärka föreningslivet.') },
  { id: 'F6', row: 'regeringen-har-beslutat-att-ge: an authorisation for later commitments ("bemyndigande")', field: 'funding.total', want: { not: 300000000 },
    text: PAGE('Stöd till energieffektivisering i flerbostadshus', 'Fastighetsägare kan söka stödet hos Boverket senast den 30 september 2026. Regeringen har beslutat att ge Boverket ett bemyndigande på 300 miljoner kronor för åtaganden under 2027–2029.') },
  { id: 'Q3', row: 'grantedClaim: the granted claim dropped beside a request to use the money otherwise', field: 'requisition.closes', want: { not: '2026-09-01' },
    text: BESLUT('Statsbidrag till regioner för insatser mot psykisk ohälsa 2026', 'Regionerna får statsbidrag enligt bilagan. Beviljade medel rekvireras hos Kammarkollegiet senast den 1 oktober 2026. En ansökan om att få använda medlen för andra ändamål ska ha kommit in senast den 1 september 2026.') },
  { id: 'L6', row: 'ar-rad-under-viktiga-datum: the window\'s closing year under a page of the next year\'s grant', field: 'year', want: 2026,
    text: PAGE('Verksamhetsbidrag 2026', 'Föreningar kan söka verksamhetsbidrag för 2026.\n\nViktiga datum\n\n2025\n\n- 15 november: Sista dag för ansökan.\n\n2026\n\n- 15 januari: Beslut om bidrag.') },
  { id: 'G7', row: 'government-gives-sum: the state\'s capital to a company', field: 'kind', want: 'refused',
    text: PAGE('Staten stöttar flygbolaget', 'Staten tillför 5 miljarder kronor till flygbolaget i form av en nyemission. Aktieägarna får samtidigt teckna nya aktier. Affären ska godkännas av bolagsstämman.') },
  { id: 'G8', row: 'project-report-rule: a kommun\'s building project reported to the council', field: 'kind', want: 'refused',
    text: PAGE('Projektplan för ny simhall', 'Projektet leds av fastighetsförvaltningen. Byggstart sker i mars 2026. Projektets slutrapport ska lämnas till kommunfullmäktige senast den 31 december 2027.') },
  { id: 'K4', row: 'money-label-blank: a booking form for a hall', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Bokning av föreningslokal', 'Namn:\nDatum:\nAntal timmar:\nTimpris: kr\nSumma: kr\n\nBokningen skickas till fritidsförvaltningen.') },
  { id: 'R5', row: 'report-of-senast: the committee presenting the applications received', field: 'reporting.due', want: null,
    text: CALL('Ansök senast den 1 mars 2026. Redovisning av inkomna ansökningar ska ske senast den 15 april 2026 vid kultur- och fritidsnämndens sammanträde.') },
  { id: 'U5', row: 'uppgar-till (must): the whole budget of the satsning itself stays the total', field: 'funding.total', want: 40000000,
    text: PAGE('Utlysning: stöd till lokala klimatinitiativ 2026', 'Föreningar kan söka stöd senast den 1 april 2026. Hela budgeten för utlysningen uppgår till 40 miljoner kronor.') },
  { id: 'U6', row: 'regeringen-utokar-stodet-med: the raise of another body\'s support in the same release', field: 'funding.total', want: { not: 5000000 },
    text: PRESS('Samtidigt meddelar regeringen att den utökar stödet till Bris. Regeringen utökar stödet med 5 miljoner kronor till Bris stödlinje.') },
  { id: 'Y6', row: 'utokar-stodet-for-ar-med (must): this year\'s raise gives the year', field: 'year', want: 2025,
    text: PAGE('Servicebidrag till dagligvarubutiker', 'Regeringen utökar nu stödet för 2025 med ytterligare 10 miljoner kronor. Butiker kan söka hos länsstyrelsen.') },
  { id: 'C5', row: 'PERIOD_CONTINUES (must): the round continued after a sentence with no day', field: 'requisition.opens', want: '2026-09-01',
    text: PAGE('Stöd till lokalt kulturliv', 'Vi tar emot ansökningar löpande under ansökningsperioden. Den andra perioden startar den 1 september 2026 och avslutas den 15 oktober 2026.') },
  // ── a fourth batch ───────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'L7', row: 'YEAR_LINE_DAY_ITEM: the last day to ask for payment listed under the year', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Ansök senast den 1 mars 2026.\n\nViktiga datum\n\n2026\n\n- 30 november: Sista dag för ansökan om utbetalning.') },
  { id: 'L8', row: 'YEAR_LINE_DAY_ITEM: last year\'s dates kept above this year\'s', field: 'requisition.closes', want: { not: '2025-03-01' },
    text: CALL('\n\nViktiga datum\n\n2025\n\n- 1 mars: Sista dag för ansökan.\n\n2026\n\n- 2 mars: Sista dag för ansökan.') },
  { id: 'F7', row: 'regeringen-har-beslutat-att-ge (must): the sum the agency passes on', field: 'funding.total', want: 40000000,
    text: PAGE('Statsbidrag för ökad läsning 2026', 'Regeringen har i dag beslutat att ge Kulturrådet 40 miljoner kronor som myndigheten ska fördela till folkbiblioteken.') },
  { id: 'G9', row: 'report-content-rule: a government assignment to an agency to analyse, no grant', field: 'kind', want: 'refused',
    text: BESLUT('Uppdrag att analysera statliga myndigheters service', 'Regeringen uppdrar åt Statskontoret att analysera myndigheternas arbete med service till medborgarna. Rapporten ska innehålla förslag på åtgärder. Uppdraget ska redovisas till Finansdepartementet senast den 1 juni 2026.') },
  { id: 'G10', row: 'government-gives-sum: a history of folkbildning, a sum given a century ago', field: 'kind', want: 'refused',
    text: PAGE('Folkbildningens historia', 'År 1912 gav staten 10 000 kronor till de första folkbiblioteken. Sedan dess har folkbildningen vuxit till en rörelse med hundratusentals deltagare.') },
  { id: 'R6', row: 'AGENCY_ASSIGNMENT_REPORTED (must): a recipient\'s assignment reported to the payer', field: 'reporting.due', want: '2027-03-31',
    text: PAGE('Uppdragsbidrag till regionala resurscentrum 2026', 'Resurscentrumet får 1 miljon kronor för uppdraget under 2026. Återrapportering av uppdraget ska ske till Kulturrådet senast den 31 mars 2027.') },
  { id: 'U7', row: 'regeringen-utokar-stodet-med: the raise beside the new whole ("så att totalt")', field: 'funding.total', want: { not: 20000000 },
    text: PAGE('Stöd till lokala idrottsföreningar 2026', 'Regeringen utökar nu stödet för 2026 med ytterligare 20 miljoner kronor, så att totalt 120 miljoner kronor kan fördelas. Föreningar söker hos Riksidrottsförbundet.') },
  { id: 'M8', row: 'range-modal-between-apply: the kommun\'s own application to the state in its turn, not the associations\' window', field: 'requisition.closes', want: '2026-02-15',
    text: PAGE('Bidrag till lovaktiviteter 2026', 'Föreningar kan söka bidraget hos kommunen senast den 15 februari 2026. Kommunen kan i sin tur mellan den 1 och 31 mars 2026 ansöka om statsbidrag hos Socialstyrelsen.') },
  { id: 'D6', row: 'far-disponera-for-bidrag: a second sum "också" for follow-up support', field: 'funding.total', want: { not: 500000 },
    text: BESLUT('Bidrag till lokala naturvårdsprojekt 2026', 'Länsstyrelsen får disponera 20 miljoner kronor för bidrag till lokala naturvårdsprojekt. Länsstyrelsen får också disponera 500 000 kronor för stöd till uppföljning av projekten.') },
  { id: 'Y7', row: 'satsning-galler-under-ar (must): the grant said to hold for a year', field: 'year', want: 2026,
    text: PAGE('Hyresbidrag till föreningar', 'Bidraget gäller för 2026. Föreningar som hyr lokal kan söka bidraget senast den 1 mars 2026.') },
];

describe('review85a: near misses of the stop-85 rows give no wrong value, other phrasings read right', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`, byRun, undefined, { asText: true });
});
