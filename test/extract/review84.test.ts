import { describe } from 'vitest';
import { byRun, probeTests, type Want } from './probe.js';

// Adversarial review of the cue rows merged at stop 84 (helper review84, issue 12): h/utlys84 (haller-oppet-till,
// kan-sokas-fran-dag-till-och-med, kan-soka-fran, E_SERVICE_WINDOW / eServiceOfApplying, APPLY "kan/får söka" + a window's
// preposition), h/rb84 (namngiven-far-summa, rubrik-summa-till-namngiven, avsatt's guard, regeringen-uppdrar-att-under-ar,
// betalas-ut-hur), h/pairx84 (parts in press-release prose, regeringen-ger-for-att, satsningen-syftar-till-att, USAGE_YEARS,
// delat-ut-till-antal), h/forms84 (granted-spent-columns, fill-fields-below, reporting.due rows) and h/types84 (partial type
// lists, the sending kommun). Every text is constructed, written the way kommuner, regioner, agencies, stiftelser and the
// government put such pages (none copied from a corpus text); most are near misses that must NOT give the value (another
// errand's window, an e-service's downtime, last year's or one of several named sums, a heading about a whole budget, a
// "för att" clause that is not the grant's purpose, an assignment's or a past round's period, a budget table in an
// anvisning), some are other phrasings that must. `want: null` asks for no value, `{ not: X }` for anything but X.
// First run, batch by batch: 18 of the 82 gave a wrong value and 2 lost one (E4, E9); 19 fixed as row guards (see each row's
// review84 note), E13 left open. Whole dev, pairs and spec-scan unchanged by the fixes (main e83bf7fa's baselines).

type Probe = { id: string; row: string; field: string; want: Want; text: string; run?: 'fails' };
const PAGE = (title: string, body: string): string => `${title}\n\n${body}\n`;
const BESLUT = (title: string, body: string): string => `# ${title}\n\n${body}\n`;
const CALL = (body: string): string => PAGE('Bidrag till lovaktiviteter 2026', `Föreningar i kommunen kan söka bidrag för lovaktiviteter för barn och unga. ${body}`);
const PRESS = (body: string): string => PAGE('Statsbidrag för fritidsaktiviteter 2026', `Kommunerna och regionerna kan rekvirera statsbidrag om totalt 300 miljoner kronor för 2026.\n\n${body}`);

const PROBES: Probe[] = [
  // ── windows: kan-soka-fran ─────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'W1', row: 'kan-soka-fran: the day a project extension may be asked for, not the call\'s opening', field: 'requisition.opens', want: { not: '2026-09-01' },
    text: CALL('Ansök senast den 15 mars 2026. Om projektet blir försenat kan du söka förlängning från och med den 1 september 2026.') },
  { id: 'W2', row: 'kan-soka-fran: the run of the events the support is for ("under perioden från")', field: 'requisition.opens', want: { not: '2026-06-01' },
    text: PAGE('Evenemangsstöd sommaren 2026', 'Du kan söka stöd för evenemang under perioden från 1 juni 2026 till 31 augusti 2026. Sista ansökningsdag är den 15 april 2026.') },
  { id: 'W3', row: 'kan-soka-fran: costs counted from a day', field: 'requisition.opens', want: { not: '2026-01-01' },
    text: PAGE('Stöd till energieffektivisering i föreningslokaler', 'Du kan söka stöd för kostnader från och med 1 januari 2026. Ansökan ska ha kommit in senast den 30 april 2026.') },
  { id: 'W4', row: 'kan-soka-fran (must): "Ni kan söka från och med"', field: 'requisition.opens', want: '2026-02-02',
    text: CALL('Ni kan söka från och med den 2 februari 2026. Sista dag att ansöka är den 1 mars 2026.') },
  // ── windows: E_SERVICE_WINDOW / eServiceOfApplying ─────────────────────────────────────────────────────────────────────
  { id: 'E1', row: 'e-tjansten-oppnar-stanger: closed for work on the service ("servicearbete")', field: 'requisition.closes', want: '2026-03-15',
    text: CALL('Ansökan görs i kommunens e-tjänst senast den 15 mars 2026.\n\nAnsökan görs i e-tjänsten. E-tjänsten stänger den 12 februari 2026 mellan klockan 18 och 22 på grund av planerat servicearbete.') },
  { id: 'E2', row: 'e-tjansten-oppnar-stanger: closed over the holidays, the deadline later', field: 'requisition.closes', want: '2026-02-01',
    text: CALL('Ansök om bidraget i e-tjänsten senast den 1 februari 2026. E-tjänsten stänger den 20 december 2025 under helgerna och öppnar igen den 7 januari 2026.') },
  { id: 'E3', row: 'e-tjansten-oppnar-stanger: a follow-up survey answered in the e-service by those who applied', field: 'requisition.closes', want: null,
    text: PAGE('Uppföljning av lovbidraget 2025', 'Alla föreningar som ansökt om lovbidrag 2025 ska svara på en uppföljningsenkät i e-tjänsten. E-tjänsten stänger den 30 juni 2026.') },
  { id: 'E4', row: 'e-tjansten-oppnar-stanger: the sign-up for an information meeting ("anmälan") in the e-service', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Sista ansökningsdag är den 1 mars 2026.\n\nVi håller en digital informationsträff om bidraget den 12 februari 2026. Anmälan till träffen görs i e-tjänsten. E-tjänsten stänger den 10 februari 2026.') },
  { id: 'E5', row: 'e-tjansten-oppnar-stanger: last year\'s opening in the past tense', field: 'requisition.opens', want: { not: '2025-02-01' },
    text: CALL('Ansökan för 2026 görs senast den 1 mars 2026. E-tjänsten öppnades den 1 februari 2025 för förra årets ansökningar.') },
  { id: 'E6', row: 'e-tjansten-oppnar-stanger (must): the e-service\'s closing after an applying sentence', field: 'requisition.closes', want: '2026-03-15',
    text: CALL('Du ansöker om bidraget i kommunens e-tjänst. E-tjänsten öppnar den 1 februari 2026 och stänger den 15 mars 2026.') },
  // ── windows: haller-oppet-till ─────────────────────────────────────────────────────────────────────────────────────────
  { id: 'H1', row: 'haller-oppet-till: an office where the application is handed in, "vilket håller öppet"', field: 'requisition.closes', want: { not: '2025-12-23' },
    text: CALL('Ansökan kan också lämnas på medborgarkontoret, vilket håller öppet till och med den 23 december 2025.') },
  { id: 'H2', row: 'haller-oppet-till: "där vi håller öppet" said of the reception', field: 'requisition.closes', want: { not: '2025-12-19' },
    text: CALL('Ansökan lämnas i receptionen i stadshuset, där vi håller öppet till den 19 december 2025. Sista ansökningsdag är den 15 januari 2026.') },
  { id: 'H3', row: 'haller-oppet-till (must): "Utlysningen håller öppet till och med"', field: 'requisition.closes', want: '2026-04-30',
    text: PAGE('Utlysning: innovationsprojekt i offentlig sektor', 'Utlysningen öppnar den 1 mars 2026 och håller öppet till och med den 30 april 2026. Kommuner och regioner kan söka.') },
  // ── windows: kan-sokas-fran-dag-till-och-med ───────────────────────────────────────────────────────────────────────────
  { id: 'K1', row: 'kan-sokas-fran-dag-till-och-med: a final payment ("slutbetalning") asked for between two days', field: 'requisition.closes', want: { not: '2027-03-31' },
    text: CALL('Sista ansökningsdag är den 1 mars 2026. Slutbetalning kan sökas från och med den 1 februari till och med den 31 mars 2027.') },
  { id: 'K2', row: 'kan-sokas-fran-dag-till-och-med (must): "kan rekvireras från och med idag"', field: 'requisition.closes', want: '2026-06-30',
    text: PAGE('Statsbidrag för sommarlovsaktiviteter 2026', 'Medlen kan rekvireras från och med idag, den 4 maj, till och med 30 juni 2026. Kommuner kan rekvirera bidraget.') },
  // ── uses: "Exempel på vad bidrag kan betalas ut på" ───────────────────────────────────────────────────────────────────
  { id: 'U1', row: 'uses (exempel-pa-vad): the list of what the grant is NOT paid for', field: 'uses', want: { notre: 'Alkohol|Resor utomlands' },
    text: CALL('Exempel på vad bidrag inte kan betalas ut på:\n\n- Alkohol\n- Resor utomlands\n\nAnsök senast den 1 mars 2026.') },
  // ── funding.total: namngiven-far-summa, rubrik-summa-till-namngiven, avsatt ────────────────────────────────────────────
  { id: 'F1', row: 'namngiven-far-summa: last year\'s sum of the named organisation ("fick")', field: 'funding.total', want: { not: 6550000 },
    text: BESLUT('Bidrag till Landsrådet för Sveriges ungdomsorganisationer för 2026', 'Regeringen beslutar att LSU ska få bidrag för internationellt ungdomssamarbete under 2026. Förra året fick LSU 6,55 miljoner kronor för samma ändamål.') },
  { id: 'F2', row: 'namngiven-far-summa: one of several named organisations\' sums', field: 'funding.total', want: { not: 10000000 },
    text: PAGE('Regeringen stärker friluftslivet', 'Regeringen fördelar pengar till friluftsorganisationer. Svenskt Friluftsliv får 10 miljoner kronor och Friluftsfrämjandet får 4 miljoner kronor för att nå fler barn i utsatta områden.') },
  { id: 'F3', row: 'namngiven-far-summa: an agency\'s administration ceiling ("får använda högst")', field: 'funding.total', want: { not: 300000 },
    text: BESLUT('Uppdrag att fördela bidrag till ungdomsorganisationer', 'Regeringen uppdrar åt Myndigheten för ungdoms- och civilsamhällesfrågor att fördela bidrag till ungdomsorganisationer under 2026. MUCF får använda högst 300 000 kronor för administration av uppdraget.') },
  { id: 'F4', row: 'rubrik-summa-till-namngiven: a heading about the whole budget, the body about one grant with no sum', field: 'funding.total', want: { not: 2000000000 },
    text: '# 2 miljarder kronor till civilsamhället i budgeten\n\nI budgetpropositionen föreslår regeringen flera satsningar. En av dem är ett nytt bidrag till Röda Korset för arbete med ensamkommande barn. Mer information kommer.\n' },
  { id: 'F5', row: 'namngiven-far-summa (must): the named organisation\'s sum this year', field: 'funding.total', want: 5000000,
    text: BESLUT('Bidrag till Svenska Kyrkans Unga', 'Svenska Kyrkans Unga får 5 miljoner kronor för att utveckla verksamheten för barn i glesbygd under 2026.') },
  // ── year: regeringen-uppdrar-att-under-ar ──────────────────────────────────────────────────────────────────────────────
  { id: 'Y1', row: 'regeringen-uppdrar-att-under-ar: the follow-up of a 2025 grant is done under 2026', field: 'year', want: { not: 2026 },
    text: BESLUT('Uppdrag att följa upp statsbidraget för ökad bemanning 2025', 'Regeringen uppdrar åt Socialstyrelsen att under 2026 följa upp hur kommunerna har använt statsbidraget för ökad bemanning 2025.') },
  // ── parts in press-release prose ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'P1', row: 'gruppen-far-och: last year\'s split told in the present with an adverb ("I fjol")', field: 'funding.parts', want: null,
    text: PRESS('Medlen fördelas efter antalet barn i kommunen. I fjol fick kommunerna 200 miljoner kronor och regionerna 100 miljoner kronor.') },
  { id: 'P2', row: 'ger-till-grupper: another satsning\'s split in the same release', field: 'funding.parts', want: null,
    text: PRESS('Sedan tidigare ger regeringen dessutom 200 miljoner kronor till kommunerna och 100 miljoner kronor till regionerna för att korta köerna i barn- och ungdomspsykiatrin.') },
  // ── purpose ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'PU1', row: 'regeringen-ger-for-att: more time given to report', field: 'purpose', want: { notre: 'redovisa' },
    text: PAGE('Statsbidrag till kommuner för fritidsaktiviteter', 'Kommunerna kan rekvirera statsbidraget senast den 1 oktober 2026. Regeringen ger kommunerna mer tid för att redovisa hur medlen har använts.') },
  { id: 'PU2', row: 'regeringen-ger-for-att: money to an agency to administer the grant', field: 'purpose', want: { notre: 'administrera' },
    text: PAGE('Stöd till lokala föreningar på landsbygden', 'Föreningar på landsbygden kan söka stöd. Regeringen ger 5 miljoner kronor till Tillväxtverket för att administrera stödet.') },
  { id: 'PU3', row: 'satsningen-syftar-till-att: another satsning named beside the grant ("Den satsningen")', field: 'purpose', want: { notre: 'löner' },
    text: PAGE('Statsbidrag för fortbildning av lärare 2026', 'Huvudmän kan söka statsbidrag för fortbildning av lärare senast den 15 april 2026. Bidraget kan kombineras med Lärarlönelyftet. Den satsningen syftar till att höja lärarnas löner.') },
  { id: 'PU4', row: 'satsningen-syftar-till-att (must): the grant\'s own satsning', field: 'purpose', want: { re: 'fler äldre' },
    text: PAGE('Satsning mot ensamhet bland äldre', 'Kommunerna kan rekvirera statsbidraget senast den 1 oktober 2026. Satsningen syftar till att fler äldre ska få en meningsfull vardag.') },
  // ── usage_period: USAGE_YEARS ──────────────────────────────────────────────────────────────────────────────────────────
  { id: 'UP1', row: 'USAGE_YEARS: an assignment\'s run ("Uppdraget pågår under tre år")', field: 'usage_period', want: null,
    text: BESLUT('Uppdrag att utvärdera statsbidraget till kulturskolor', 'Regeringen uppdrar åt Kulturrådet att utvärdera statsbidraget till kulturskolor. Uppdraget pågår under tre år, 2026–2028.') },
  { id: 'UP2', row: 'USAGE_YEARS: the previous satsning\'s years ("Den förra satsningen pågick")', field: 'usage_period', want: null,
    text: PRESS('Den förra satsningen pågick under tre år, 2021–2023, och nådde över 50 000 barn.') },
  { id: 'UP3', row: 'USAGE_YEARS: the evaluation\'s years', field: 'usage_period', want: null,
    text: PRESS('Utvärderingen pågår under två år, 2026–2027, och genomförs av Forte.') },
  // ── funding.granted: delat-ut-till-antal ───────────────────────────────────────────────────────────────────────────────
  { id: 'G1', row: 'delat-ut-till-antal: the sum per recipient ("vardera") is not the sum granted', field: 'funding.granted', want: { not: 20000 },
    text: PAGE('Hyresbidrag 2026', 'Föreningar kan söka hyresbidrag senast den 1 mars 2026. Kommunen har delat ut 20 000 kronor vardera till 25 föreningar.') },
  // ── kind: granted-spent-columns, fill-fields-below ─────────────────────────────────────────────────────────────────────
  { id: 'K3', row: 'granted-spent-columns: an anvisning telling what the report\'s table holds', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Anvisningar för statsbidrag till kulturskolor 2026', 'Huvudmän kan söka statsbidraget senast den 15 mars 2026. Bidraget får användas till lärarlöner och instrument.\n\nRedovisning\n\nI redovisningen ska ni ange beviljat belopp och förbrukat belopp per kostnadsslag.\n\n| Kostnadsslag | Beviljat belopp | Förbrukat belopp |\n| --- | --- | --- |\n| Personal | | |\n| Lokaler | | |\n\nRedovisningen ska ha kommit in senast den 31 mars 2027.') },
  { id: 'K4', row: 'fill-fields-below: an application form', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Ansökan om föreningsbidrag 2026', 'Fyll i fälten nedan för att ansöka om bidrag.\n\nFöreningens namn:\n\nOrganisationsnummer:\n\nSökt belopp:\n\nAnsökan ska vara inne senast den 1 mars 2026.') },
  // ── reporting.due ──────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'R1', row: 'stipendiet-redovisas-senast: the stipend announced, not reported', field: 'reporting.due', want: null,
    text: PAGE('Kulturstipendium 2026', 'Kommunen delar ut kulturstipendier. Ansök senast den 1 mars 2026. Stipendiet tillkännages senast den 15 april 2026.') },
  { id: 'R2', row: 'report-form-inskickad-innan: an advance-payment form', field: 'reporting.due', want: null,
    text: CALL('Blanketten för ansökan om förskott ska vara inskickad innan 31 december 2025.') },
  // ── recipients.types: the sending kommun ───────────────────────────────────────────────────────────────────────────────
  { id: 'T1', row: 'the-kommun-as-another-agent: the kommun that decides, not applies', field: 'recipients.types', want: { notre: 'kommun' },
    text: PAGE('Bidrag till föreningar', 'Ideella föreningar kan söka bidrag för verksamhet för barn och unga. Kommunen beslutar om bidraget och kommunen betalar ut det i april. Ansök senast den 1 mars 2026.') },
  // ── a second batch, written after the first fixes ──────────────────────────────────────────────────────────────────────
  { id: 'W5', row: 'kan-soka-fran: pupils applying to the summer school the grant pays for, not the grant\'s window', field: 'requisition.opens', want: { not: '2026-04-01' },
    text: PAGE('Statsbidrag för sommarskola 2026', 'Huvudmän kan rekvirera statsbidraget senast den 1 oktober 2026. Eleverna kan söka till sommarskolan från och med den 1 april 2026.') },
  { id: 'W6', row: 'kan-soka-fran: young people applying for summer jobs at the associations the grant supports', field: 'requisition.opens', want: { not: '2026-03-01' },
    text: PAGE('Bidrag till föreningar som anställer feriepraktikanter', 'Föreningar kan söka bidraget senast den 15 februari 2026. Ungdomar kan söka feriepraktik hos föreningarna från och med den 1 mars 2026.') },
  { id: 'E7', row: 'e-tjansten-oppnar-stanger: the e-service opening for the report ("Rapporten lämnas i e-tjänsten där ni ansökte")', field: 'requisition.opens', want: { not: '2027-01-01' },
    text: CALL('Sista ansökningsdag är den 1 mars 2026.\n\nEfter sommarlovet ska föreningen lämna en rapport om aktiviteterna. Rapporten lämnas i e-tjänsten där ni ansökte. E-tjänsten öppnar den 1 januari 2027.') },
  { id: 'E8', row: 'e-tjansten-oppnar-stanger: the e-service where the granted change their bank account', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Ansök senast den 1 mars 2026.\n\nFöreningar som ansökt och vill ändra kontonummer gör det i e-tjänsten. E-tjänsten stänger den 15 juni 2026 för ändringar.') },
  { id: 'F6', row: 'namngiven-far-summa: a named organisation\'s ceiling per project', field: 'funding.total', want: { not: 500000 },
    text: PAGE('Projektbidrag till studieförbund 2026', 'Studieförbund kan söka projektbidrag för folkbildning om demokrati senast den 1 april 2026. Studieförbundet Vuxenskolan får högst 500 000 kronor per projekt.') },
  { id: 'F7', row: 'rubrik-summa-till-namngiven: a heading of the earlier year\'s grant on a page of the next year\'s', field: 'funding.total', want: { not: 3500000 },
    text: '# 3,5 miljoner kronor till stiftelsen Vårdnätverket för 2025\n\nRegeringen har nu beslutat om bidrag till stiftelsen Vårdnätverket även för 2026. Beloppet för 2026 beslutas senare.\n' },
  { id: 'P3', row: 'gruppen-far-och: an earlier year\'s split ("Under 2025 fick")', field: 'funding.parts', want: null,
    text: PRESS('Under 2025 fick kommunerna 200 miljoner kronor och regionerna 100 miljoner kronor.') },
  { id: 'PU5', row: 'regeringen-ger-for-att: another satsning in the same press release', field: 'purpose', want: { notre: 'ordningsvakter|tryggheten' },
    text: PRESS('Kommunerna rekvirerar medlen hos Socialstyrelsen senast den 1 oktober 2026. Regeringen satsar dessutom 50 miljoner kronor på fler ordningsvakter för att öka tryggheten i centrum.') },
  { id: 'UP4', row: 'USAGE_YEARS: the years the grant has existed ("har funnits")', field: 'usage_period', want: null,
    text: PRESS('Statsbidraget har funnits i tre år, 2023–2025, och har nått över 50 000 barn.') },
  { id: 'UP5', row: 'USAGE_YEARS (must): "Satsningen pågår under tre år"', field: 'usage_period', want: { re: '2026' },
    text: PRESS('Satsningen pågår under tre år, 2026–2028.') },
  { id: 'R3', row: 'report-form-inskickad-innan: the application for payment, not a report', field: 'reporting.due', want: null,
    text: CALL('Ansökan om slutbetalning ska vara inskickad senast den 31 december 2026.') },
  { id: 'T2', row: 'the-kommun-in-a-relative-clause: the associations the kommun works with', field: 'recipients.types', want: { notre: 'kommun' },
    text: PAGE('Samverkansbidrag 2026', 'Ideella föreningar som kommunen samarbetar med inom ramen för överenskommelsen kan söka samverkansbidrag. Ansökan ska ha kommit in senast den 1 mars 2026.') },
  { id: 'T3', row: 'the-kommun-as-another-agent: the handling kommun ("Ansökan handläggs av kommunen")', field: 'recipients.types', want: { notre: 'kommun' },
    text: PAGE('Bidrag till studieförbund 2026', 'Studieförbund som bedriver verksamhet i kommunen kan söka bidraget. Ansökan handläggs av kommunen och beslut fattas av kultur- och fritidsnämnden. Ansök senast den 1 mars 2026.') },
  // ── a third batch ────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'W7', row: 'kan-soka-fran: next year\'s round on a page of this year\'s ("Nästa år kan du söka från och med")', field: 'requisition.opens', want: { not: '2027-02-01' },
    text: CALL('Sista ansökningsdag är den 1 mars 2026. Nästa år kan du söka från och med den 1 februari 2027.') },
  { id: 'W8', row: 'APPLY "kan söka mellan": a sum range, then the projects\' run between two days', field: 'requisition.closes', want: { not: '2026-08-31' },
    text: PAGE('Bidrag till sommaraktiviteter', 'Du kan söka mellan 10 000 och 50 000 kronor för projekt som genomförs mellan den 1 juni och den 31 augusti 2026.') },
  { id: 'E9', row: 'e-tjansten-oppnar-stanger: the e-service closing for new accounts, the deadline later', field: 'requisition.closes', want: '2026-03-15',
    text: CALL('Sista ansökningsdag är den 15 mars 2026.\n\nDu som ska ansöka behöver ett konto i e-tjänsten. E-tjänsten stänger för nya konton den 1 mars 2026.') },
  { id: 'U2', row: 'utlyser-kronor-for-att-anordna: another call on the same page ("utlyser också")', field: 'uses', want: { notre: 'konferens' },
    text: PAGE('Bidrag till kurser för småföretagare 2026', 'Länsstyrelsen utlyser 800 000 kronor för att anordna kurser för småföretagare på landsbygden. Sista ansökningsdag är den 1 april 2026.\n\nLänsstyrelsen utlyser också 200 000 kronor för att anordna en konferens om landsbygdsutveckling. Den utlysningen öppnar i augusti.') },
  { id: 'PA1', row: 'betalas-ut-hur: the employer\'s pay to the trainee, not the grant\'s payment', field: 'payment', want: { notre: 'praktikant' },
    text: PAGE('Stöd till arbetsgivare som tar emot praktikanter', 'Arbetsgivare kan söka stödet senast den 1 maj 2026. Arbetsgivaren betalar ut lönen till praktikanten i två delar efter att praktiken har avslutats.') },
  { id: 'F8', row: 'namngiven-far-summa: an acronym\'s support money on a statsbidrag page to the kommuner', field: 'funding.total', want: { not: 2000000 },
    text: PAGE('Statsbidrag för förebyggande arbete mot spelberoende', 'Kommunerna kan rekvirera statsbidrag för förebyggande arbete mot spelberoende senast den 1 oktober 2026. SKR får 2 miljoner kronor för att stödja kommunernas arbete.') },
  { id: 'Y2', row: 'regeringen-uppdrar-att-under-ar: the evaluation year of the stöd, not the money year', field: 'year', want: { not: 2027 },
    text: BESLUT('Uppdrag att fördela stöd till upprustning av skollokaler', 'Regeringen uppdrar åt Boverket att fördela 100 miljoner kronor i stöd till upprustning av skollokaler. Regeringen uppdrar åt Boverket att under 2027 utvärdera stödet.') },
  { id: 'R4', row: 'stipendiet-redovisas-senast: the stiftelse\'s own annual report', field: 'reporting.due', want: null,
    text: PAGE('Stipendier ur stiftelsen för unga musiker', 'Stiftelsen delar ut stipendier till unga musiker. Ansök senast den 1 mars 2026. Stipendierna redovisas i stiftelsens årsredovisning, som fastställs senast den 30 juni 2026.') },
  { id: 'T4', row: 'the-kommun-as-another-agent: associations applying together with the kommun', field: 'recipients.types', want: { notre: 'kommun' },
    text: PAGE('Bidrag till trygghetsvandringar', 'Föreningar kan söka bidrag för trygghetsvandringar som genomförs i samverkan med kommunen. Ansök senast den 1 april 2026.') },
  { id: 'UP6', row: 'USAGE_YEARS: the projects\' run is not said to be the satsning\'s ("Projekten får pågå under högst två år")', field: 'usage_period', want: { notre: '2025' },
    text: PRESS('Projekten får pågå under högst två år. Den förra omgången pågick under två år, 2024–2025.') },
  // ── a fourth batch ───────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'W9', row: 'kan-soka-fran: costs covered back to a day ("retroaktivt från och med")', field: 'requisition.opens', want: { not: '2026-01-01' },
    text: PAGE('Stöd till föreningar med höga elkostnader', 'Du kan söka stöd retroaktivt från och med den 1 januari 2026. Sista dag att ansöka är den 30 april 2026.') },
  { id: 'H4', row: 'haller-oppet-till: the youth centre the application is about holds open (after a colon)', field: 'requisition.closes', want: { not: '2026-08-15' },
    text: PAGE('Stöd till sommaröppna fritidsgårdar', 'Ansökan om stöd till sommaröppet: fritidsgården håller öppet till och med den 15 augusti 2026. Sista ansökningsdag är den 1 maj 2026.') },
  { id: 'P4', row: 'gruppen-far-och: next year\'s proposed split on a page of this year\'s total', field: 'funding.parts', want: null,
    text: PRESS('För 2027 föreslår regeringen att kommunerna får 200 miljoner kronor och regionerna 100 miljoner kronor.') },
  { id: 'PU6', row: 'malet-med-bidraget-ar-att: the round\'s administrative aim', field: 'purpose', want: { notre: 'före sommaren' },
    text: PAGE('Utlysning: stöd till lokala kulturprojekt 2026', 'Föreningar kan söka stöd senast den 1 april 2026. Målet med utlysningen är att fördela medlen före sommaren.') },
  { id: 'UP7', row: 'USAGE_YEARS: the satsning\'s first planned years, since extended', field: 'usage_period', want: { notre: '2026-12-31' },
    text: PRESS('Regeringen har tidigare beslutat att satsningen ska pågå under tre år, 2024–2026. Nu förlängs den till och med 2028.') },
  { id: 'G2', row: 'delat-ut-till-antal: last year\'s sum granted on this year\'s call', field: 'funding.granted', want: null,
    text: PAGE('Aktivitetsbidrag 2026', 'Föreningar kan söka aktivitetsbidrag senast den 1 mars 2026. Förra året delade kommunen ut 1,2 miljoner kronor till 30 föreningar.') },
  { id: 'K5', row: 'fill-fields-below: a contact form at the foot of a grant page', field: 'kind', want: { not: 'reporting-form' },
    text: PAGE('Bidrag till kulturarrangemang', 'Föreningar och enskilda kan söka bidrag för kulturarrangemang som är öppna för alla. Ansök senast den 15 mars 2026 i e-tjänsten. Bidraget får användas till arvoden, lokalhyra och marknadsföring.\n\nHar du frågor?\n\nFyll i fälten nedan så hör vi av oss.\n\nNamn:\n\nE-post:\n\nMeddelande:') },
  { id: 'R5', row: 'stipendiet-redovisas-senast: the stipend declared as income in the tax return', field: 'reporting.due', want: null,
    text: PAGE('Resestipendium för unga forskare 2026', 'Ansök om stipendiet senast den 1 mars 2026. Observera att stipendiet redovisas som inkomst i deklarationen senast den 2 maj 2027.') },
  // ── a fifth batch ────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'E10', row: 'e-tjansten-oppnar-stanger: another grant applied for in the same e-service', field: 'requisition.opens', want: { not: '2026-09-01' },
    text: PAGE('Aktivitetsbidrag 2026', 'Föreningar kan söka aktivitetsbidrag senast den 1 mars 2026.\n\nAnsökan om lokalbidrag görs i samma e-tjänst. E-tjänsten öppnar för lokalbidrag den 1 september 2026.') },
  { id: 'E11', row: 'e-tjansten-oppnar-stanger (must): the closing day alone, after "Du ansöker i e-tjänsten."', field: 'requisition.closes', want: '2026-03-15',
    text: CALL('Du ansöker i kommunens e-tjänst. E-tjänsten stänger den 15 mars 2026.') },
  { id: 'W10', row: 'kan-soka-fran (must): "Du kan söka från och med … till och med …"', field: 'requisition.closes', want: '2026-03-31',
    text: CALL('Du kan söka från och med den 1 mars 2026 till och med den 31 mars 2026.') },
  { id: 'F9', row: 'namngiven-far-summa: the first of several named organisations, each in its own sentence', field: 'funding.total', want: { not: 3000000 },
    text: PAGE('Regeringen stöder organisationer som hjälper hemlösa', 'Regeringen har beslutat om bidrag till tre organisationer som arbetar med hemlösa. Stockholms Stadsmission får 3 miljoner kronor. Frälsningsarmén får 2 miljoner kronor. Convictus får 1 miljon kronor.') },
  { id: 'T5', row: 'the-kommun-as-another-agent: the kommun that must give its opinion on a region\'s grant', field: 'recipients.types', want: { notre: 'kommun' },
    text: PAGE('Regionalt bidrag till föreningar 2026', 'Regionen ger bidrag till ideella föreningar. Föreningen ska ha sin verksamhet i länet och kommunen där verksamheten bedrivs ska ha yttrat sig över ansökan. Ansök senast den 1 mars 2026.') },
  // ── the fixes' own keep-probes: what the guards added here must still let through ───────────────────────────────────────
  { id: 'E12', row: 'e-tjansten-oppnar-stanger (must): a closing time of day is no span of hours', field: 'requisition.closes', want: '2026-03-15',
    text: CALL('Du ansöker i kommunens e-tjänst. E-tjänsten stänger den 15 mars 2026 klockan 23.59.') },
  { id: 'PU7', row: 'regeringen-ger-for-att (must): the government\'s own giving sentence', field: 'purpose', want: { re: 'fler barn' },
    text: PAGE('Statsbidrag till kommuner för fritidsaktiviteter 2026', 'Regeringen ger 150 miljoner kronor i statsbidrag till kommunerna under 2026 för att fler barn ska kunna delta i fritidsaktiviteter. Kommunerna rekvirerar medlen hos Socialstyrelsen.') },
  { id: 'PA2', row: 'betalas-ut-hur (must): the money paid in two parts', field: 'payment', want: { re: 'två delar' },
    text: BESLUT('Bidrag till Riksförbundet för ett projekt om fritid', 'Regeringen beviljar Riksförbundet 750 000 kronor för ett projekt om fritid under 2026. Medlen betalas ut i två delar, i mars och i september 2026.') },
  { id: 'P5', row: 'gruppen-far-och (must): this year\'s split', field: 'funding.parts', want: { re: '200000000' },
    text: PRESS('Medlen fördelas så att kommunerna får 200 miljoner kronor och regionerna 100 miljoner kronor.') },
  // ── a last batch ─────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'W11', row: 'kan-soka-fran: a stipend holder may apply for a second year from a day (another errand)', field: 'requisition.opens', want: { not: '2027-01-15' },
    text: PAGE('Arbetsstipendium för konstnärer 2026', 'Konstnärer som är verksamma i regionen kan söka stipendiet senast den 15 april 2026. Den som har fått stipendiet kan söka förnyat stipendium från den 15 januari 2027.') },
  // (left open by review84: "rekvirerar"/"rekvisitioner" is itself an applying word (dates.ts APPLY); fixed by utlys85:
  // dates.GRANTED_REQUISITION marks a granted sum's claim and the sentence of requisitions after it, dropped beside another window)
  { id: 'E13', row: 'e-tjansten-oppnar-stanger: the e-service for the requisition of a granted sum, in the block of the application', field: 'requisition.closes', want: '2026-03-01',
    text: CALL('Ansök senast den 1 mars 2026 i e-tjänsten.\n\nBeviljade föreningar rekvirerar bidraget i e-tjänsten efter aktiviteten. E-tjänsten stänger för rekvisitioner den 30 september 2026.') },
  { id: 'F10', row: 'namngiven-far-summa: a named body\'s sum in a list of last round\'s decisions under a heading', field: 'funding.total', want: { not: 400000 },
    text: PAGE('Projektbidrag till kulturföreningar 2026', 'Föreningar kan söka projektbidrag senast den 1 april 2026.\n\nBeslut i förra omgången\n\nTeaterföreningen Scenkonst Öst får 400 000 kronor för en turné i länets skolor.') },
  { id: 'UP8', row: 'USAGE_YEARS: a kommun\'s own plan period, not the grant\'s', field: 'usage_period', want: null,
    text: PRESS('Kommunens handlingsplan för fritid pågår under tre år, 2025–2027.') },
  { id: 'PU8', row: 'satsningen-syftar-till-att: the report of the satsning "syftar till att" describe it', field: 'purpose', want: { notre: 'beskriva' },
    text: PAGE('Återrapportering av statsbidraget för fritidsaktiviteter', 'Kommunerna ska redovisa hur medlen har använts senast den 31 mars 2027. Rapporten om satsningen syftar till att beskriva hur medlen har använts.') },
];

describe('review84: near misses of the stop-84 rows give no wrong value, other phrasings read right', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`, byRun, undefined, { asText: true });
});
