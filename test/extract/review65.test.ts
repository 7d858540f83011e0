import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Constructed probes of review65 against the rows merged from c39cf751 to 816099ea (h/vary60, h/review63, h/fresh63, h/vary63,
// h/diffgen63, h/diff30, h/diffb30, h/diff31, h/left64, h/fresh64, h/diffitems60), each aimed at a wrong value of one new or
// widened row: a part, a ceiling or another round's sum as the total, another year, a partner as a recipient. Every text is
// constructed. `want: null` asks for no value; `{ not: x }` only that x is not the value. A missing value beats a wrong one.
//
// 181 probes in all (118 extract, 63 diff) run on c39cf751 (old), main b3bc14d1 and this branch. Wrong or lost on main, fixed here:
//   t4 (whole lost to a floor after "varav"), n3/n5 (a round's part as the total), g1/g4 (a deficit's year, a span's first
//   year), d1/d2/d4 (a ceiling, a part, one kind's sum as the total), e1/e2/e3 (a later part's, a later round's, each one's
//   sum as the total), a2 (the year lost to "Det går inte att söka för 2026"), r4 (a partner kommun as a recipient; also
//   c1/xr4, the same shape on old), nd1 (a sum granted before as the total), ti2 (a grant named "Följ Med Stipendiet" lost its
//   title to follow-button); diff: sa3, pi1, pi2, tm1 (test/diff/review65.test.ts).
// Wrong on old as well, left open (LEFT_OPEN, it.skip, with what comes out; s1 fixed by h/left66, OTHER_EVENT_HEAD; r6 by h/left66, CALL_STATEMENT; j3 by h/left65's
// job-ad veto):
//   s1  "Enkät om föreningslivet / Stängs: 15 maj 2025" gives closes 2025-05-15 (old gives it for "Stänger:" too: a bare label
//       under another event's heading; the label rows read no heading).
//   j3  "Handläggare sökes / Vi söker en handläggare … Du kommer att bereda ansökningar om bidrag" is accepted as an anvisning
//       (job-ad-head only takes away the sentence scores; the structure still passes).
//   r6  "Regeringen ska fördela medel om 5 miljarder kronor till kommunerna under 2025. Denna utlysning gäller bidrag till
//       ideella föreningar." gives kommun beside organisation.

type Probe = { id: string; row: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
// THIS_CALL_PART (lexicon): the whole before "varav … i denna utlysning"
{ id: 't1', row: 'att-fordela / THIS_CALL_PART', field: 'funding.total', want: 10000000, text: 'Utlysning av medel\nTotalt finns 10 miljoner kronor att söka, varav högst 500 000 kronor per projekt i denna utlysning.\nFöreningar kan söka.' },
{ id: 't4', row: 'att-fordela / THIS_CALL_PART', field: 'funding.total', want: 8000000, text: 'Utlysning av medel\nTotalt finns 8 miljoner kronor att söka, varav minst 1 miljon kronor till unga i den här utlysningen.\nFöreningar kan söka.' },
{ id: 't2', row: 'att-fordela / THIS_CALL_PART', field: 'funding.total', want: { not: 5000000 }, text: 'Utlysning av medel\nTotalt finns 20 miljoner kronor att fördela, varav 5 miljoner kronor sparas till nästa år och resten fördelas i denna utlysning.\nKommuner kan söka medlen.' },
{ id: 'TA2', row: 'varav-i-denna-utlysning keeps', field: 'funding.total', want: 12000000, text: 'Utlysning av medel\nFör 2024–2025 finns 30 miljoner kronor, varav 12 miljoner kronor till kommunerna i den här utlysningen.\nKommuner kan söka medlen.' },
// nu-delas-ut
{ id: 'n3', row: 'nu-delas-ut', field: 'funding.total', want: null, text: 'Föreningsbidrag\nNu delas 400 000 kronor ut i den första av tre omgångar.\nIdeella föreningar kan söka bidraget.' },
{ id: 'n5', row: 'nu-delas-ut', field: 'funding.total', want: null, text: 'Föreningsbidrag\nNu delas 400 000 kronor ut i årets första omgång.\nIdeella föreningar kan söka bidraget. Sista ansökningsdag är 1 mars 2025.' },
{ id: 'nd1', row: 'nu-delas-ut', field: 'funding.total', want: null, text: 'Föreningsbidrag 2025\nNu delas 1,5 miljoner kronor ut som beviljades i höstas.\nIdeella föreningar kan söka bidraget. Sista ansökningsdag är 1 mars 2025.' },
{ id: 'TB2', row: 'nu-delas-ut keeps', field: 'funding.total', want: 1500000, text: 'Föreningsbidrag\nNu delas 1,5 miljoner kronor ut till föreningar i kommunen.\nIdeella föreningar kan söka bidraget.' },
// lamnas-for-ar, "gäller"
{ id: 'g1', row: 'lamnas-for-ar gäller', field: 'year', want: { not: 2023 }, text: 'Stöd till föreningar\nSista ansökningsdag är 1 mars 2024.\nStödet gäller för 2023 års underskott i verksamheten.\nIdeella föreningar kan söka stödet.' },
{ id: 'g4', row: 'lamnas-for-ar gäller', field: 'year', want: null, text: 'Stöd till kulturföreningar\nAnsök senast den 15 mars 2025.\nRegionens policy för stödet gäller för år 2023 till och med 2026.\nFöreningar kan söka.' },
{ id: 'YA3', row: 'lamnas-for-ar keeps', field: 'year', want: 2024, text: 'Verksamhetsunderstöd\nAnsökningstiden går ut 31.10.2023.\nUnderstödet gäller år 2024.\nRegistrerade föreningar kan söka understödet.' },
// de-summa-som-kan-sokas
{ id: 'd1', row: 'de-summa-som-kan-sokas', field: 'funding.total', want: null, text: 'Projektstöd\nDe 50 000 kronor som kan sökas är det högsta belopp ett projekt kan få.\nFöreningar kan söka stödet.' },
{ id: 'd2', row: 'de-summa-som-kan-sokas', field: 'funding.total', want: { not: 300000 }, text: 'Projektstöd\nTotalt finns 2 miljoner kronor. De 300 000 kronor som kan sökas för resor ingår i den summan.\nFöreningar kan söka stödet.' },
{ id: 'd4', row: 'de-summa-som-kan-sokas', field: 'funding.total', want: null, text: 'Projektstöd\nDe 5 000 kronor som kan sökas i startbidrag betalas ut direkt.\nFöreningar kan söka stödet.' },
{ id: 'd0', row: 'de-summa-som-kan-sokas keeps (dev 1961 shape)', field: 'funding.total', want: 25000000, text: 'Stöd till insatser för asylsökande\nDe 25 miljoner kronor som tillförts genom vårändringsbudgeten ska kunna sökas för insatser som primärt riktar sig till asylsökande.\nIdeella föreningar kan söka stödet.' },
// ska-summa-fordelas
{ id: 'e1', row: 'ska-summa-fordelas', field: 'funding.total', want: { not: 2000000 }, text: 'Projektstöd 2025\nTotalt finns 6 miljoner kronor. Därefter ska 2 miljoner kronor fördelas till forskning.\nFöreningar kan söka.' },
{ id: 'e2', row: 'ska-summa-fordelas', field: 'funding.total', want: null, text: 'Projektstöd\nI nästa omgång ska 2 miljoner kronor fördelas till projekt.\nFöreningar kan söka.' },
{ id: 'e3', row: 'ska-summa-fordelas', field: 'funding.total', want: null, text: 'Projektstöd\nFör varje projekt ska 50 000 kronor fördelas i två delar.\nFöreningar kan söka.' },
{ id: 'e0', row: 'ska-summa-fordelas keeps', field: 'funding.total', want: 12000000, text: 'Lokala utvecklingsprojekt\nUnder 2024 ska 12 miljoner kronor fördelas till lokala utvecklingsprojekt.\nFöreningar kan söka.' },
// att-soka-for-ar
{ id: 'a2', row: 'att-soka-for-ar', field: 'year', want: 2025, text: 'Leadercheckar\nUnder 2025 finns det leadercheckar att söka för lokala projekt. Det går inte att söka för 2026 ännu.\nFöretag och föreningar kan söka checken. Sista ansökningsdag är 1 oktober 2025.\nCheckarna får användas till konsulttjänster.' },
{ id: 'a4', row: 'att-soka-for-ar keeps', field: 'year', want: 2025, text: 'Kulturcheckar\nUnder hösten 2024 går det att söka kulturcheckar för 2025.\nFöreningar kan söka checken. Sista ansökningsdag är 1 november 2024.\nCheckarna får användas till arvoden.' },
// partner-in-samverkan beside STATE_GIVER's medel-om rows
{ id: 'r4', row: 'medel-om-belopp-till STATE_GIVER / partner-in-samverkan', field: 'recipients.types', want: ['organisation'], text: 'Uppdrag att fördela medel\nFolkhälsomyndigheten ska fördela medel om 20 miljoner kronor till ideella organisationer som samverkar med kommuner.\nMedlen ska redovisas senast den 1 mars 2026.' },
{ id: 'c1', row: 'partner-in-samverkan', field: 'recipients.types', want: ['organisation'], text: 'Bidrag\nIdeella organisationer som samverkar med kommuner kan söka bidraget.\nBidraget får användas till projekt.' },
{ id: 'R3a', row: 'medel-om-belopp-till keeps', field: 'recipients.types', want: ['kommun', 'region', 'organisation'], text: 'Uppdrag att fördela utvecklingsmedel\nSocialstyrelsen ska fördela utvecklingsmedel på 109 miljoner kronor till kommuner, regioner och ideella föreningar.\nUppdraget ska redovisas senast den 1 mars 2017.' },
// probes that held on main (kept as counter-probes of the merged rows)
{ id: 'k1', row: 'SEK before the figure', field: 'funding.total', want: 40000000, text: 'Forskningsbidrag\nTotalt finns 40 miljoner kronor att söka.\nAnge alla belopp i SEK 1000.\nForskare kan söka.' },
{ id: 'k3', row: 'SEK before the figure', field: 'funding.max', want: null, text: 'Bidrag till föreningar\nDeltagaravgiften är SEK 500 per person.\nIdeella föreningar kan söka bidraget.' },
{ id: 'y1', row: 'stangdes-dag-utan-ar', field: 'requisition.closes', want: null, text: 'Statsunderstöd 2017\nAnsökningstiden började 17.10.2016. Projektet går ut 30.11.\nKommuner kan söka.' },
{ id: 'y3', row: 'stangdes-dag-utan-ar', field: 'requisition.closes', want: null, text: 'Statsunderstöd 2017\nAnsökningstiden började 17.10.2016 och går ut 3.5 veckor senare.\nKommuner kan söka.' },
{ id: 'r7', row: 'GIVING_SUBJECT', field: 'recipients.types', want: ['kommun'], text: 'Statsbidrag för sommarskola\nKommunen lämnar ansökan till Skolverket senast den 1 mars 2025.\nStatsbidrag lämnas till kommuner som anordnar sommarskola.\nBidraget får användas till lärarlöner.' },
{ id: 'r10', row: 'GIVING_SUBJECT', field: 'recipients.types', want: ['organisation'], text: 'Verksamhetsbidrag\nRegion Örebro län ska fördela medel om 3 miljoner kronor till länets idrottsföreningar.\nIdeella föreningar kan söka.' },
{ id: 'r8', row: 'ge-medel-till understöd', field: 'recipients.types', want: ['region'], text: 'Statsunderstöd\nMinisteriet beviljar understöd till välfärdsområden för att stödja kommunernas arbete.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'f1', row: 'TYPE_WORDS studieförbund', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till folkbildning\nKommuner kan söka bidraget.\nStudieförbund kan vara samarbetspartner i projektet.' },
{ id: 'f3', row: 'TYPE_WORDS är de studieförbund', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till folkbildning\nBidraget kan sökas av kommuner.\nMålgruppen är de studieförbund som arbetar i kommunen.' },
{ id: 'v2', row: 'avsett-for-organisationer', field: 'recipients.types', want: ['kommun'], text: 'Stöd till integration\nKommuner kan söka stödet.\nStödet är avsett för att stödja nyanlända barns deltagande i idrottsföreningar.' },
{ id: 'jd1', row: 'JOB_DUTY', field: 'kind', want: 'anvisning', text: 'Bidrag till föreningar\nDu kommer att lämna en slutrapport till finansiären när projektet är klart.\nIdeella föreningar kan söka bidraget. Ansök senast 1 mars 2025.\nBidraget får användas till lokalhyra.' },
{ id: 'j1', row: 'job-ad-head', field: 'kind', want: 'anvisning', text: 'Projektidéer sökes\nKulturrådet fördelar 5 miljoner kronor till nya kulturprojekt under 2025.\nIdeella föreningar kan söka bidraget. Sista ansökningsdag är 1 mars 2025.\nBidraget får användas till arvoden och lokalhyra.' },
{ id: 'w1', row: 'totalt-fordela WHOLE_SECTORS', field: 'funding.total', want: 5000000, text: 'Bidrag till idrottsföreningar\nUnder 2025 fördelar vi totalt 5 miljoner kronor i bidrag till idrottsföreningar.\nIdrottsföreningar kan söka bidraget.' },
{ id: 'ch1', row: 'MEDIUM_CHANNEL', field: 'requisition.channel', want: { not: 'post' }, text: 'Kulturbidrag\nAnsökan görs i kommunens e-tjänst.\nAnsökan skickas med post endast om e-tjänsten inte fungerar.\nFöreningar kan söka. Sista ansökningsdag är 1 mars 2025.' },
{ id: 'p3', row: 'report-subject-senast bare', field: 'reporting.due', want: null, text: 'Bidrag till föreningar\nSlutrapport ska ha kommit in från tidigare projekt innan ny ansökan beviljas. Ansökan ska ha kommit in senast den 31 mars 2026.\nFöreningar kan söka.' },
{ id: 'u2', row: 'starta-tidigast-pagaa-till', field: 'requisition.usage_period', want: null, text: 'Projektbidrag\nUtbetalning kan starta tidigast den 1 juli 2025 och pågå som längst till den 30 juni 2026 i fyra delar.\nFöreningar kan söka.' },
{ id: 'ti2', row: 'follow-button (title chrome)', field: 'title', want: 'Följ Med Stipendiet', text: 'Följ Med Stipendiet\nStiftelsen delar ut stipendier till unga.\nUnga kan söka stipendiet. Sista ansökningsdag är 1 mars 2025.' },
{ id: 'ti1', row: 'follow-button keeps', field: 'title', want: 'Bidrag till föreningar', text: 'Följ oss på Facebook\nBidrag till föreningar\nIdeella föreningar kan söka bidraget. Sista ansökningsdag är 1 mars 2025.' },
// left open (wrong on c39cf751 too)
{ id: 's1', row: 'label-closes "Stängs:" (old: "Stänger:")', field: 'requisition.closes', want: null, text: 'Bidrag till föreningar\nEnkät om föreningslivet\nStängs: 15 maj 2025\nFöreningar kan söka bidraget löpande.' },
{ id: 'j3', row: 'job-ad-head', field: 'kind', want: 'refused', text: 'Handläggare sökes\nVi söker en handläggare till vår bidragsenhet. Du kommer att bereda ansökningar om bidrag till föreningar.\nAnsök senast 1 maj 2025.\nTjänsten är en tillsvidareanställning.' },
{ id: 'r6', row: 'medel-om-belopp-till STATE_GIVER', field: 'recipients.types', want: ['organisation'], text: 'Uppdrag\nRegeringen ska fördela medel om 5 miljarder kronor till kommunerna under 2025. Denna utlysning gäller bidrag till ideella föreningar.\nIdeella föreningar kan söka bidraget.' },
];

const LEFT_OPEN = new Set<string>([]);

describe('review65: constructed probes of the rows merged at stop 47', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, (p) => (LEFT_OPEN.has(p.id) ? 'skip' : 'run'));
});
