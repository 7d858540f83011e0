import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Constructed counter-probes of review70c (issue 12) against the older rows of this stop's share in extract/cues/funding.ts
// (the total, caps, shares) and extract/cues/year.ts (the grant year) added or widened by stops 45–50 (main ec8f69a2 →
// 3df32074) that no earlier review (review43–review69) probed: each aims one row at a value of another role — another
// grant's, the next round's, a payment's, a report's or a foundation's return's year as the grant year; a budget area's
// whole, another body's share, an agency's own cost, a per-applicant cap or the applicant's co-financing as the total.
// Genres: kommun and region pages, regeringsbeslut, a förordning, reporting instructions, foundation pages. Every text
// is constructed. `want: null` asks for no value; `{ not: x }` only that x is not the value.

type Probe = { id: string; row: string; field: string; want: Want; text: string };
const BODY = '\nBidraget får användas till kostnader för verksamheten.';
const PROBES: Probe[] = [
  // cues/year.ts ansokningsperioden-for-bidrag-ar: another grant's or a past round's window
  { id: 'ap1', row: 'ansokningsperioden-for-bidrag-ar', field: 'year', want: { not: 2025 },
    text: 'Idrottsbidrag\nIdrottsföreningar kan söka idrottsbidrag. Ansök senast den 1 mars 2026.\nAnsökningsperioden för lokalbidrag 2025 är nu stängd.' + BODY },
  { id: 'ap2', row: 'ansokningsperioden-for-bidrag-ar', field: 'year', want: { not: 2023 },
    text: 'Stiftelsens stipendier\nAnsökningstiden för resestipendier 2023 är avslutad. Nya stipendier kan sökas från den 1 februari till den 15 mars 2024.\nStiftelsen delar ut stipendier till unga forskare.' + BODY },
  { id: 'ap3', row: 'ansokningsperioden-for-bidrag-ar', field: 'year', want: { not: 2024 },
    text: 'Kulturstöd\nKulturföreningar kan söka kulturstöd senast den 15 april 2025.\nAnsökningsomgången för arrangörsstöd 2024 har stängt och beslut har meddelats.' + BODY },
  // cues/year.ts att-fordela-ar: next year's money, a return's year
  { id: 'af1', row: 'att-fordela-ar', field: 'year', want: { not: 2026 },
    text: 'Föreningsbidrag\nFöreningar kan söka föreningsbidrag. Ansök senast den 1 mars 2025.\nHur mycket kommunen har att fördela 2026 beslutas i budgeten i november.' + BODY },
  { id: 'af2', row: 'att-fordela-ar', field: 'year', want: { not: 2026 },
    text: 'Statsbidrag till kvinnojourer\nRegeringen beslutar att Socialstyrelsen ska fördela statsbidraget. Ansökan ska ha kommit in senast den 1 mars 2025.\nÅterbetalda medel förs till anslaget och finns att fördela 2026.' + BODY },
  { id: 'af3', row: 'att-fordela-ar', field: 'year', want: { not: 2024 },
    text: 'Redovisning av projektbidrag\nProjekt som har beviljats bidrag ska redovisa senast den 31 januari 2026.\nÅterbetalningar av outnyttjade medel ska vara inne senast den 31 mars, så att nämnden får medel att fördela 2024 års sökande i efterhand.' + BODY },
  // cues/year.ts betalar-ut-under-manad-ar: a payment made after the year
  { id: 'bu1', row: 'betalar-ut-under-manad-ar', field: 'year', want: { not: 2026 },
    text: 'Lokalbidrag\nFöreningar kan söka lokalbidrag. Ansök senast den 1 mars 2025.\nBidraget betalas ut i efterskott: kommunen betalar ut bidraget i januari 2026 när redovisningen har kommit in.' + BODY },
  { id: 'bu2', row: 'betalar-ut-under-manad-ar', field: 'year', want: { not: 2024 },
    text: 'Statsbidrag för sommarskola\nHuvudmän kan ansöka om statsbidrag för sommarskola under 2025. Ansök senast den 15 februari 2025.\nKammarkollegiet betalar ut medlen i december 2024 till huvudmän som har fått förskott.' + BODY },
  // cues/year.ts utbetalning-planeras-ske: a payment after the year of the activities
  { id: 'up1', row: 'utbetalning-planeras-ske', field: 'year', want: { not: 2026 },
    text: 'Aktivitetsstöd\nFöreningar kan söka aktivitetsstöd för sina aktiviteter. Ansök senast den 15 september 2025.\nStödet betalas ut efter redovisning. Utbetalningen beräknas ske i februari 2026.' + BODY },
  { id: 'up2', row: 'utbetalning-planeras-ske', field: 'year', want: { not: 2024 },
    text: 'Bygdemedel\nFöreningar och företag kan söka bygdemedel. Ansök senast den 15 mars 2025.\nFörra årets beviljade projekt: utbetalning planeras ske i december 2024.' + BODY },
  // cues/year.ts ansoka-om-stod-for-ar: the next round, another grant
  { id: 'ao1', row: 'ansoka-om-stod-for-ar', field: 'year', want: { not: 2026 },
    text: 'Kulturstöd\nKulturföreningar kan söka kulturstöd. Ansök senast den 1 mars 2025.\nI september kan föreningarna ansöka om verksamhetsstöd för 2026 i e-tjänsten.' + BODY },
  { id: 'ao2', row: 'ansoka-om-stod-for-ar', field: 'year', want: { not: 2024 },
    text: 'Arrangörsbidrag\nArrangörer kan söka arrangörsbidrag. Ansök senast den 1 april 2025.\nFöreningar som vill söka om lokalbidrag för 2024 i efterhand hänvisas till fritidsförvaltningen.' + BODY },
  // cues/year.ts ansokan-for-x-for-ar-oppen: another grant's or the next round's window
  { id: 'ax1', row: 'ansokan-for-x-for-ar-oppen', field: 'year', want: { not: 2026 },
    text: 'Projektbidrag\nFöreningar kan söka projektbidrag. Ansök senast den 15 mars 2025.\nAnsökan om lokalbidrag för 2026 öppnar den 1 september 2025.' + BODY },
  { id: 'ax2', row: 'ansokan-for-x-for-ar-oppen', field: 'year', want: { not: 2026 },
    text: 'Stiftelsen Bygdens fond\nStiftelsen delar ut bidrag till projekt i bygden. Ansök senast den 30 april 2025.\nAnsökan till stipendiet för unga för 2026 öppnar i januari.' + BODY },
  // cues/year.ts utlysningen-stanger-label-ar: the label's year is the window's, not the grant's
  { id: 'us1', row: 'utlysningen-stanger-label-ar', field: 'year', want: { not: 2024 },
    text: 'Utlysning: Forskning om skolans digitalisering\nUtlysningen avser projekt som genomförs under 2025.\nUtlysningen stänger: 30 november, 2024, kl. 14:00' + BODY },
  // cues/year.ts fordela-ar present tense: a refusal, a later year's rule
  { id: 'fa1', row: 'fordela-ar', field: 'year', want: { not: 2025 },
    text: 'Kulturbidrag\nKulturföreningar kan söka kulturbidrag. Ansök senast den 1 mars 2026.\nUnder 2025 fördelar nämnden inga nya bidrag på grund av besparingar.' + BODY },
  { id: 'fa2', row: 'fordela-ar', field: 'year', want: { not: 2027 },
    text: 'Föreningsbidrag\nFöreningar kan söka föreningsbidrag. Ansök senast den 1 mars 2025.\nNämnden har beslutat om nya riktlinjer. För 2027 fördelar nämnden bidragen efter antal deltagartillfällen.' + BODY },
  // cues/year.ts kronor-ar with 'kr': a rent, a foundation's return
  { id: 'kr1', row: 'kronor-ar', field: 'year', want: { not: 2026 },
    text: 'Föreningsbidrag\nFöreningar kan söka föreningsbidrag. Ansök senast den 1 mars 2025.\nHyran för föreningslokalen höjs till 1 500 kr för 2026.' + BODY },
  { id: 'kr2', row: 'kronor-ar', field: 'year', want: { not: 2024 },
    text: 'Stiftelsen för bygdens ungdom\nStiftelsen delar ut bidrag till ungdomsverksamhet. Ansök senast den 31 mars 2025.\nAvkastningen blev 400 000 kr 2024 och delas ut i år.' + BODY },
  // cues/year.ts for-ar-finns with 'kr': a repayment of a past year's money
  { id: 'fr1', row: 'for-ar-finns', field: 'year', want: { not: 2024 },
    text: 'Lovbidrag\nFöreningar kan söka lovbidrag. Ansök senast den 1 maj 2025.\nFör 2024 finns 30 000 kr som inte har redovisats och som ska betalas tillbaka.' + BODY },
  // cues/year.ts REPORT_OF_YEAR: a report instruction keeps its own year only when it is stated as the grant's
  { id: 'ry1', row: 'redovisning-av-medel-for-ar', field: 'year', want: { not: 2023 },
    text: 'Verksamhetsbidrag\nFöreningar kan söka verksamhetsbidrag för 2025. Ansök senast den 1 november 2024.\nRedovisning av bidrag för 2023 ska ha kommit in innan ett nytt bidrag kan beviljas.' + BODY },
  // cues/year.ts ars-genitive widened (review68 probed its own paraphrases; here a report on the money)
  { id: 'ag1', row: 'ars-genitive (projektmedel)', field: 'year', want: { not: 2023 },
    text: 'Projektmedel\nFöreningar kan söka projektmedel. Ansök senast den 1 mars 2025.\nDen som sökte 2023 års projektmedel ska redovisa dem innan ny ansökan.' + BODY },
  // cues/year.ts lamnas-for-ar 'gäller': a förordning's transitional rule
  { id: 'lg1', row: 'lamnas-for-ar gäller', field: 'year', want: { not: 2023 },
    text: 'Förordning om statsbidrag till kulturföreningar\n1 § Statsbidrag lämnas till ideella kulturföreningar. Ansökan ska ha kommit in senast den 1 mars 2025.\nÖvergångsbestämmelse: För bidrag som har beviljats tidigare gäller att stödet gäller år 2023 ut.' + BODY },
  // cues/funding.ts i-potten: a round's leftover, the applicant's own money
  { id: 'ip1', row: 'i-potten', field: 'funding.total', want: { not: 150000 },
    text: 'Stiftelsens bidrag\nStiftelsen delar ut bidrag till föreningar. Ansök senast den 31 mars 2025.\nEfter förra omgången blev 150 000 kronor kvar i potten, som förs över till nästa år.' + BODY },
  { id: 'ip2', row: 'i-potten', field: 'funding.total', want: { not: 20000 },
    text: 'Bygdepeng\nFöreningar kan söka bygdepeng. Ansök senast den 31 mars 2025.\nFöreningen kan själv lägga 20 000 kronor i potten som egen insats.' + BODY },
  { id: 'ip3', row: 'i-potten', field: 'funding.total', want: { not: 5000 },
    text: 'Lagbidrag\nIdrottsföreningar kan söka lagbidrag. Ansök senast den 31 mars 2025.\nDet vinnande laget i cupen får 5 000 kronor i potten.' + BODY },
  // cues/funding.ts finns-varav: a budget area's or an agency's whole
  { id: 'fv1', row: 'finns-varav', field: 'funding.total', want: { not: 450000000 },
    text: 'Statsbidrag till studieförbund för insatser för nyanlända\nRegeringen beslutar att statsbidrag ska lämnas. Ansökan ska ha kommit in senast den 1 mars 2025.\nInom utgiftsområde 17 finns totalt 450 miljoner kronor, varav 20 miljoner kronor för detta statsbidrag.' + BODY },
  { id: 'fv2', row: 'finns-varav', field: 'funding.total', want: { not: 12000000 },
    text: 'Kulturbidrag\nKulturföreningar kan söka kulturbidrag. Ansök senast den 1 mars 2025.\nI år finns sammanlagt 12 miljoner kronor, varav 2 miljoner kronor till kulturbidrag och resten till lokalbidrag.' + BODY },
  { id: 'fv3', row: 'finns-varav', field: 'funding.total', want: { not: 80000000 },
    text: 'Stöd till lokala kulturprojekt\nFöreningar kan söka stöd. Ansök senast den 1 mars 2025.\nHos regionen finns det 80 miljoner kronor till kultur, varav 3 miljoner kronor kan sökas i denna ansökningsomgång.' + BODY },
  // cues/funding.ts varav-stalls-till-forfogande-utlysning: another body's call, a past round's
  { id: 'vs1', row: 'varav-stalls-till-forfogande-utlysning', field: 'funding.total', want: { not: 10000000 },
    text: 'Krisstöd till kulturen\nKulturorganisationer kan söka krisstöd hos Kulturrådet. Ansök senast den 1 mars 2025.\nKulturrådet fick 50 miljoner kronor i krisstöd, varav 10 miljoner kronor har ställts till Konstnärsnämndens förfogande för en extra utlysning av stipendier.' + BODY },
  { id: 'vs2', row: 'varav-stalls-till-forfogande-utlysning', field: 'funding.total', want: { not: 5000000 },
    text: 'Arbetsstipendier\nKonstnärer kan söka arbetsstipendier. Ansök senast den 1 mars 2025.\nFörra året fick fonden 30 miljoner kronor, varav 5 miljoner kronor har ställts till styrelsens förfogande för en extra utlysning.' + BODY },
  // cues/funding.ts uppdragets-genomforande-hogst: an uppdrag to inform about a grant, the agency's own cost
  { id: 'ug1', row: 'uppdragets-genomforande-hogst', field: 'funding.total', want: { not: 3000000 },
    text: '# Uppdrag till Socialstyrelsen att ta fram en vägledning om bidrag till kvinnojourer\nRegeringen uppdrar åt Socialstyrelsen att ta fram en vägledning. Uppdraget ska redovisas senast den 1 mars 2025.\nFör uppdragets genomförande får Socialstyrelsen använda högst 3 miljoner kronor under 2025.' },
  { id: 'ug2', row: 'uppdragets-genomforande-hogst', field: 'funding.total', want: { not: 4000000 },
    text: '# Uppdrag till Tillväxtverket att fördela stöd till besöksnäringen\nRegeringen uppdrar åt Tillväxtverket att fördela stöd till företag i besöksnäringen. Ansökan ska ha kommit in senast den 1 mars 2025.\nFör uppdragets genomförande får Tillväxtverket använda högst 4 miljoner kronor för egna kostnader för handläggning.' },
  { id: 'ug3', row: 'uppdragets-genomforande-hogst', field: 'funding.total', want: { not: 2000000 },
    text: '# Uppdrag till Kulturrådet att informera om stöd till läsfrämjande insatser\nRegeringen uppdrar åt Kulturrådet att informera om stödet. Uppdraget ska redovisas senast den 1 mars 2025.\nFör uppdraget får Kulturrådet under 2025 använda högst 2 miljoner kronor.' },
  // cues/funding.ts uppdrar-lamna-stod-hogst: a cap per applicant, per project
  { id: 'ul1', row: 'uppdrar-lamna-stod-hogst', field: 'funding.total', want: { not: 500000 },
    text: 'Stöd till innovationsprojekt\nFöretag kan söka stöd. Ansökan ska ha kommit in senast den 1 mars 2025.\nRegeringen uppdrar åt Vinnova att lämna stöd med högst 500 000 kronor till en och samma sökande.' + BODY },
  { id: 'ul2', row: 'uppdrar-lamna-stod-hogst', field: 'funding.total', want: { not: 20000000 },
    text: 'Stöd till batteriforskning\nFöretag och lärosäten kan söka stöd. Ansökan ska ha kommit in senast den 1 mars 2025.\nRegeringen uppdrar åt Energimyndigheten att lämna stöd med högst 20 miljoner kronor till ett enskilt projekt.' + BODY },
  { id: 'ul3', row: 'uppdrar-lamna-stod-hogst', field: 'funding.total', want: { not: 1000000 },
    text: 'Stöd till laddinfrastruktur\nKommuner kan söka stöd. Ansökan ska ha kommit in senast den 1 mars 2025.\nRegeringen ger Energimyndigheten i uppdrag att lämna stöd med högst 1 miljon kronor i de fall sökanden är en kommun.' + BODY },
  // cues/funding.ts omfattar-totalt widened ('också', 'även'): co-financing, an agreement's other party's money
  { id: 'om1', row: 'omfattar-totalt', field: 'funding.total', want: { not: 2000000 },
    text: 'Stöd till landsbygdsutveckling\nFöreningar kan söka stöd. Ansök senast den 1 mars 2025.\nMedfinansieringen omfattar också totalt 2 miljoner kronor från EU.' + BODY },
  { id: 'om2', row: 'omfattar-totalt', field: 'funding.total', want: { not: 750000 },
    text: 'Kulturprojekt\nFöreningar kan söka projektbidrag. Ansök senast den 1 mars 2025.\nEgeninsatsen omfattar även totalt 750 000 kronor i ideellt arbete.' + BODY },
  // cues/funding.ts ABOUT ('nästan', 'närmare'): a past sum told rounded
  { id: 'ab1', row: 'ABOUT nästan', field: 'funding.total', want: { not: 3000000 },
    text: 'Föreningsbidrag\nFöreningar kan söka föreningsbidrag. Ansök senast den 1 mars 2025.\nSedan starten har närmare 3 miljoner kronor fördelats till föreningarna.' + BODY },
  // cues/funding.ts summa-for-ar 'från (och med)': a sum from a later year beside the round's own
  { id: 'sf1', row: 'summa-for-ar från', field: 'funding.total', want: { not: 1000000 },
    text: 'Föreningsbidrag 2025\nFöreningar kan söka föreningsbidrag. Ansök senast den 1 mars 2025.\nFrån och med 2027 finns totalt 1 miljon kronor att söka.' + BODY },
  // fields/funding.ts round years (closes, closes + 1, APPLY_FOR_YEAR): a later year's sum on a page without a title year
  { id: 'ry2', row: 'findFunding round years', field: 'funding.total', want: { not: 4000000 },
    text: 'Föreningsbidrag\nFöreningar kan söka bidrag för 2025. Ansök senast den 1 mars 2025.\nFör 2027 har kommunen avsatt totalt 4 miljoner kronor till bidraget.' + BODY },
  // cues/funding.ts att-fordela ("(…) att söka" aside, comma): a sum per member in the comma
  { id: 'ac1', row: 'att-fordela comma', field: 'funding.total', want: { not: 300 },
    text: 'Aktivitetsstöd\nFöreningar kan söka aktivitetsstöd. Ansök senast den 1 mars 2025.\nFör varje medlem under 20 år finns, 300 kronor, att söka.' + BODY },
  // an English page: Swedish year rows read no year of another role
  { id: 'en1', row: 'year rows on English', field: 'year', want: { not: 2026 },
    text: 'Project grants\nAssociations may apply for project grants. Apply by 1 March 2025.\nThe council pays out the grant in January 2026 after the report has been received.' + BODY },
  // after the fixes: paraphrases of the wrong shapes in another body's phrasing, and the rows' own readings kept (constructed)
  { id: 'ap2b', row: 'ansokningsperioden-for-bidrag-ar', field: 'year', want: { not: 2024 },
    text: 'Hembygdsstipendier\nAnsökningsperioden för hembygdsstipendier 2024 har stängt. Stipendier kan sökas senast den 31 mars 2025.' + BODY },
  { id: 'ap2k', row: 'ansokningsperioden-for-bidrag-ar keeps', field: 'year', want: 2025,
    text: 'Projektbidrag\nAnsökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026.' + BODY },
  { id: 'af1b', row: 'att-fordela-ar', field: 'year', want: { not: 2027 },
    text: 'Lokalbidrag\nFöreningar kan söka lokalbidrag. Ansök senast den 1 april 2026.\nVad regionen får att fördela 2027 bestäms av fullmäktige.' + BODY },
  { id: 'af1k', row: 'att-fordela-ar keeps', field: 'year', want: 2024,
    text: 'Bidrag till pensionärsföreningar\nFöreningar kan söka bidrag senast den 1 oktober.\nDet totala beloppet att fördela 2024 är 80 000 kr.' + BODY },
  { id: 'bu1b', row: 'betalar-ut-under-manad-ar', field: 'year', want: { not: 2026 },
    text: 'Statsbidrag för lovaktiviteter\nKommuner kan rekvirera statsbidraget senast den 1 oktober 2025.\nKammarkollegiet betalar ut medlen i februari 2026 efter kommunens redovisning.' + BODY },
  { id: 'bu1k', row: 'betalar-ut-under-manad-ar keeps', field: 'year', want: 2021,
    text: 'Stöd till idrottsföreningar\nFöreningar kan söka stödet senast den 1 september.\nKammarkollegiet betalar ut medlen i oktober 2021.' + BODY },
  { id: 'kr1b', row: 'kronor-ar', field: 'year', want: { not: 2026 },
    text: 'Bidrag till samlingslokaler\nFöreningar kan söka bidrag senast den 1 mars 2025.\nAvgiften för att hyra kommunens lokaler blir 300 kronor för 2026.' + BODY },
  { id: 'ip2b', row: 'i-potten', field: 'funding.total', want: { not: 10000 },
    text: 'Bygdefond\nByalag kan söka ur bygdefonden senast den 31 mars 2025.\nVarje ny medlem bidrar med 10 000 kronor i potten.' + BODY },
  { id: 'ip2k', row: 'i-potten keeps', field: 'funding.total', want: 200000,
    text: 'Bygdepeng\nFöreningar kan söka bygdepeng senast den 31 mars 2025.\nI år finns 200 000 kronor i potten.' + BODY },
  { id: 'fv2b', row: 'finns-varav', field: 'funding.total', want: { not: 6000000 },
    text: 'Stöd till kulturarv\nFöreningar kan söka stöd senast den 1 mars 2025.\nFör 2025 finns 6 miljoner kronor, varav 1 miljon kronor för detta stöd.' + BODY },
  { id: 'fv2k', row: 'finns-varav keeps', field: 'funding.total', want: 12000000,
    text: 'Stöd till nätverk\nOrganisationer kan söka stöd senast den 1 mars 2025.\nTotalt finns 12 miljoner kronor att fördela, varav 2 miljoner kronor till nätverksträffar.' + BODY },
  { id: 'ul1b', row: 'uppdrar-lamna-stod-hogst', field: 'funding.total', want: { not: 3000000 },
    text: 'Stöd till vätgasprojekt\nFöretag kan söka stöd senast den 1 mars 2025.\nRegeringen uppdrar åt Energimyndigheten att lämna stöd med högst 3 miljoner kronor per stödmottagare.' + BODY },
  { id: 'om1b', row: 'omfattar-totalt', field: 'funding.total', want: { not: 400000 },
    text: 'Leaderstöd\nFöreningar kan söka stöd senast den 1 mars 2025.\nDen offentliga finansieringen omfattar även totalt 400 000 kronor från kommunen.' + BODY },
];

// ap1, ap2, ap3, ap2b run again (open71): ap1 and ap3 name another grant than the page's (findYear's namesOtherGrant), and
// ap2, ap2b's closed round lies before the page's own closing day's year (cues/year.ts CLOSED_ROUND_YEAR, read by findYear
// with the document's closing day); the row itself still reads a closed round alone (dev 1874, left57, vary59 Y2a)
const LEFT_OPEN = new Set<string>([]);

describe('review70c: constructed counter-probes of the older funding and year rows', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, (p) => (LEFT_OPEN.has(p.id) ? 'skip' : 'run'), (p) => p.id);
});
