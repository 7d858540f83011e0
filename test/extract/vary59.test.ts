import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Do the last sessions' fixes generalize? (helper vary59, issue 12.) Each first-run miss fixed by h/fresh53, h/forms25,
// h/forms26, h/shapes52, h/fresh57 and h/forms27 (test/corpus/README.md's miss tables, open52.test.ts) is paraphrased here
// as another Swedish agency, kommun, region or Finland-Swedish body would write the same fact — another verb, word order,
// unit ("0,25 miljoner kronor", "250 tkr"), date form ("1.3.2025"), the noun definite or plural, a list — in a short
// constructed probe, with a near-miss counter-probe (same words, other role) that must give nothing (want: null).
// Every text here is constructed. `want: { not: x }` asks only that x is not the value. Probes the extractor still
// misses are `it.skip` with the wanted value (left open, see the branch's report); the rest pin the generalization.
//
// 81 probes of 32 misses (probes with an x id are counter-probes). right / missing / wrong on main 78586fb9 → this branch:
//   totals 13/0/0 → 13/0/0; amounts 4/1/0 → 4/1/0; years 10/3/0 → 12/1/0; dates 12/4/0 → 15/1/0;
//   recipients 9/6/2 → 12/4/1; titles 4/0/0 → 4/0/0; reporting 4/2/0 → 6/0/0; kind 3/1/3 → 5/1/1;
//   all 59/17/5 → 71/8/2. Every counter-probe gives nothing on both. Still wrong: R5b ("- kommunala huvudmän" as a list
//   item gives no huvudman, only the organisations of the next item), K5a (a five-line federal form, 4 points < 5).
//   (h/left65 fixed R1c and R5b; K4a is still refused and K5a read as anvisning.)

type Probe = { id: string; miss: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
// ---- totals (fresh53 1871, fresh57 1908, 1923; shapes52 1412, 1282)
{ id: 'T1a', miss: '1871 two pots', cls: 'totals', field: 'funding.total', want: null, text: 'Landsbygdsprogrammet 2017\nUnder 2017 kan 2,1 miljoner kronor sökas för samarbetsprojekt och 1,5 miljoner kronor för kompetensutveckling.\nFöreningar och företag kan söka stöd.' },
{ id: 'T1b', miss: '1871 two pots', cls: 'totals', field: 'funding.total', want: null, text: 'Leader Mittland\nFör 2017 finns 2 100 000 kronor att söka till samarbetsprojekt, och 1,5 mnkr till informationsinsatser.\nFöreningar och företag kan söka stöd.' },
{ id: 'T1c', miss: '1871 one pot (positive)', cls: 'totals', field: 'funding.total', want: 2100000, text: 'Landsbygdsprogrammet 2017\nUnder 2017 finns totalt 2,1 miljoner kronor att söka.\nFöreningar och företag kan söka stöd.' },
{ id: 'T2a', miss: '1908 fördela medel om', cls: 'totals', field: 'funding.total', want: 109000000, text: 'Uppdrag att fördela utvecklingsmedel\nRegeringen uppdrar åt Socialstyrelsen att fördela utvecklingsmedel på 109 miljoner kronor till kommuner, regioner och ideella föreningar.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'T2b', miss: '1908 fördela medel om', cls: 'totals', field: 'funding.total', want: 109000000, text: 'Uppdrag att fördela medel\nLänsstyrelsen ska fördela och följa upp medel om sammanlagt 109 000 000 kr till kommunerna.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'T2x', miss: '1908 counter: per förening', cls: 'totals', field: 'funding.total', want: null, text: 'Uppdrag att fördela medel\nLänsstyrelsen ska fördela medel om 5 000 kronor per förening till de ideella föreningarna.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'T3a', miss: '1923 regeringen beslutar att … utbetala', cls: 'totals', field: 'funding.total', want: 3500000, text: 'Uppdrag att betala ut medel\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 3,5 miljoner kronor till Lunds universitet.\nMedlen ska användas för verksamheten under 2015.' },
{ id: 'T3b', miss: '1923 regeringen beslutar att … utbetala', cls: 'totals', field: 'funding.total', want: 3500000, text: 'Uppdrag att betala ut medel\nRegeringen beslutar att Kammarkollegiet ska betala ut 3 500 tkr till Karolinska institutet.\nMedlen ska användas för verksamheten under 2015.' },
{ id: 'T3c', miss: '1923 regeringen beslutar att … utbetala', cls: 'totals', field: 'funding.total', want: 3500000, text: 'Uppdrag att betala ut medel\nRegeringen beslutar att Socialstyrelsen ska utbetala totalt 3 500 000 svenska kronor till Umeå universitet.\nMedlen ska användas för verksamheten under 2015.' },
{ id: 'T3x', miss: '1923 counter: redovisa hur', cls: 'totals', field: 'funding.total', want: null, text: 'Uppdrag att redovisa\nRegeringen beslutar att Socialstyrelsen ska redovisa hur 3 500 000 kronor har använts av Linköpings universitet.\nRedovisningen ska lämnas senast den 1 mars 2016.' },
{ id: 'T4a', miss: 'shapes52 1412 totalt handlar det om', cls: 'totals', field: 'funding.total', want: 11000000, text: 'Bidrag till lokala projekt\nSammanlagt rör det sig om 11 miljoner kronor som fördelas under året.\nIdeella föreningar kan söka bidraget.' },
{ id: 'T4b', miss: 'shapes52 1412 totalt handlar det om', cls: 'totals', field: 'funding.total', want: 11000000, text: 'Bidrag till lokala projekt\nTotalt handlar det om 11 000 000 kronor.\nIdeella föreningar kan söka bidraget.' },
{ id: 'T4x', miss: '1412 counter: a project\'s budget', cls: 'totals', field: 'funding.total', want: null, text: 'Bidrag till lokala projekt\nI projektet handlar det om en budget på 11 miljoner kronor för bygget.\nIdeella föreningar kan söka bidraget.' },
// ---- amounts (fresh57 1924)
{ id: 'A1a', miss: '1924 svenska kronor', cls: 'amounts', field: 'funding.total', want: 250000, text: 'Uppdrag att utbetala medel\nRegeringen uppdrar åt Kammarkollegiet att engångsvis betala ut 250 000 svenska kronor till Vienna NGO Committee on Drugs.\nMedlen ska användas under 2016.' },
{ id: 'A1b', miss: '1924 0,25 miljoner kronor', cls: 'amounts', field: 'funding.total', want: 250000, text: 'Uppdrag att utbetala medel\nRegeringen uppdrar åt Kammarkollegiet att betala ut 0,25 miljoner kronor till Vienna NGO Committee on Drugs.\nMedlen ska användas under 2016.' },
{ id: 'A1c', miss: '1924 250 tkr', cls: 'amounts', field: 'funding.total', want: 250000, text: 'Uppdrag att utbetala medel\nRegeringen uppdrar åt Kammarkollegiet att betala ut 250 tkr till Vienna NGO Committee on Drugs.\nMedlen ska användas under 2016.' },
{ id: 'A1d', miss: '1924 SEK 250 000', cls: 'amounts', field: 'funding.total', want: 250000, text: 'Uppdrag att utbetala medel\nRegeringen uppdrar åt Kammarkollegiet att utbetala SEK 250 000 till Vienna NGO Committee on Drugs.\nMedlen ska användas under 2016.' },
{ id: 'A1x', miss: '1924 counter: turnover', cls: 'amounts', field: 'funding.total', want: null, text: 'Bidrag till föreningar\nFöreningen får ha en omsättning på högst 250 000 svenska kronor per år.\nIdeella föreningar kan söka bidraget.' },
// ---- years (fresh53 1871, 1874; fresh57 1912, 1913)
{ id: 'Y1a', miss: '1871 under år finns att söka', cls: 'years', field: 'year', want: 2017, text: 'Stöd till samarbetsprojekt\nUnder år 2017 finns 2,1 miljoner kronor att söka för samarbetsprojekt.\nFöreningar kan söka stödet.' },
{ id: 'Y1b', miss: '1871 under år finns att söka', cls: 'years', field: 'year', want: 2017, text: 'Stöd till samarbetsprojekt\nUnder 2017 finns det 2 100 000 kronor att ansöka om för samarbetsprojekt.\nFöreningar kan söka stödet.' },
{ id: 'Y1x', miss: '1871 counter: sedan år', cls: 'years', field: 'year', want: null, text: 'Stöd till samarbetsprojekt\nSedan 2017 finns 2,1 miljoner kronor att söka varje år.\nFöreningar kan söka stödet.' },
{ id: 'Y2a', miss: '1874 ansökningsperioden för bidrag år är stängd', cls: 'years', field: 'year', want: 2025, text: 'Projektbidrag\nAnsökningstiden för projektbidrag 2025 är nu stängd.\nFöreningar kan söka projektbidrag.' },
{ id: 'Y2b', miss: '1874 ansökningsperioden för bidrag år är stängd', cls: 'years', field: 'year', want: 2025, text: 'Projektbidrag\nAnsökningsomgången för projektbidrag 2025 är stängd och öppnar igen 2026.\nFöreningar kan söka projektbidrag.' },
{ id: 'Y2x', miss: '1874 counter: range of years', cls: 'years', field: 'year', want: null, text: 'Projektbidrag\nAnsökningsperioden för projektbidrag 2024–2025 är nu stängd.\nFöreningar kan söka projektbidrag.' },
{ id: 'Y3a', miss: '1912 utlysningen stänger: dag, år', cls: 'years', field: 'year', want: 2019, text: 'Tillämpad forskning\nSista ansökningsdag: 16 april, 2019, kl. 14.00\nForskare vid universitet kan söka.' },
{ id: 'Y3b', miss: '1912 utlysningen stänger: dag, år', cls: 'years', field: 'year', want: 2019, text: 'Tillämpad forskning\nUtlysningen stängs: 16 april, 2019\nForskare vid universitet kan söka.' },
{ id: 'Y3x', miss: '1912 counter: publicerad', cls: 'years', field: 'year', want: null, text: 'Tillämpad forskning\nPublicerad: 16 april, 2019\nForskare vid universitet kan söka.' },
{ id: 'Y4a', miss: '1913 i månad år öppnar utlysningen', cls: 'years', field: 'year', want: 2019, text: 'Kommande utlysning\nI mars 2019 öppnar Vinnova en ny utlysning inom programmet Hållbar industri.\nForskare och företag kan söka.' },
{ id: 'Y4b', miss: '1913 i månad år öppnar utlysningen', cls: 'years', field: 'year', want: 2019, text: 'Kommande utlysning\nUtlysningen öppnar i mars 2019 och stänger i maj.\nForskare och företag kan söka.' },
{ id: 'Y4x', miss: '1913 counter: the last call closed', cls: 'years', field: 'year', want: null, text: 'Kommande utlysning\nI mars 2019 avslutades den förra utlysningen inom programmet.\nForskare och företag kan söka.' },
// ---- dates (fresh53 1852, 1859; fresh57 1917, 1918; shapes52 1753, 1679)
{ id: 'D1a', miss: '1852 ansökningsperiod är 1–31.12.2018', cls: 'dates', field: 'requisition.closes', want: '2018-12-31', text: 'Vistelsestipendier\nAnsökningsperioden är 1.–31.12.2018.\nStipendiet kan sökas av konstnärer.' },
{ id: 'D1b', miss: '1852 ansökningsperiod är 1–31.12.2018', cls: 'dates', field: 'requisition.closes', want: '2018-12-31', text: 'Vistelsestipendier\nAnsökningstiden är 1.12–31.12.2018.\nStipendiet kan sökas av konstnärer.' },
{ id: 'D1c', miss: '1852 (opens)', cls: 'dates', field: 'requisition.opens', want: '2018-12-01', text: 'Vistelsestipendier\nStipendierna kan sökas 1–31.12.2018.\nStipendiet kan sökas av konstnärer.' },
{ id: 'D1x', miss: '1852 counter: a stay period', cls: 'dates', field: 'requisition.closes', want: null, text: 'Vistelsestipendier\nVistelseperioden är 1–31.12.2018.\nStipendiet kan sökas av konstnärer.' },
{ id: 'D2a', miss: '1859 Ansökningstid: 1-28.2.2022', cls: 'dates', field: 'requisition.closes', want: '2022-02-28', text: 'Stipendier och bidrag\nAnsökningstid 1.2.–28.2.2022\nStipendier kan sökas av konstnärer och föreningar.' },
{ id: 'D2b', miss: '1859 Ansökningstid: 1-28.2.2022', cls: 'dates', field: 'requisition.closes', want: '2022-02-28', text: 'Stipendier och bidrag\nAnsökan kan lämnas in 1–28.2.2022.\nStipendier kan sökas av konstnärer och föreningar.' },
{ id: 'D2x', miss: '1859 counter: exhibition', cls: 'dates', field: 'requisition.closes', want: null, text: 'Stipendier och bidrag\nUtställningen pågår 1–28.2.2022.\nStipendier kan sökas av konstnärer och föreningar.' },
{ id: 'D3a', miss: '1917 degree bound (must be absent)', cls: 'dates', field: 'requisition.closes', want: null, text: 'Forskare tidigt i karriären\nSökanden ska ha disputerat tidigast 1.1.2015 och senast 31.12.2021.\nUniversitet och högskolor kan söka.' },
{ id: 'D3b', miss: '1917 degree bound (must be absent)', cls: 'dates', field: 'requisition.closes', want: null, text: 'Forskare tidigt i karriären\nDoktorsexamen ska ha avlagts senast den 31 december 2021.\nUniversitet och högskolor kan söka.' },
{ id: 'D3c', miss: '1917 positive: an applying deadline', cls: 'dates', field: 'requisition.closes', want: '2021-12-31', text: 'Forskare tidigt i karriären\nAnsökan ska ha kommit in senast den 31 december 2021.\nUniversitet och högskolor kan söka.' },
{ id: 'D4a', miss: '1918 går ut den 30 november (yearless)', cls: 'dates', field: 'requisition.closes', want: '2016-11-30', text: 'Statsunderstöd 2017\nAnsökningstiden började 17.10.2016 och löper ut den 30 november.\nKommuner och föreningar kan söka.' },
{ id: 'D4b', miss: '1918 går ut den 30 november (yearless)', cls: 'dates', field: 'requisition.closes', want: '2016-11-30', text: 'Statsunderstöd 2017\nAnsökningstiden inleddes den 17 oktober 2016 och går ut 30.11.\nKommuner och föreningar kan söka.' },
{ id: 'D4x', miss: '1918 counter: avtalet går ut', cls: 'dates', field: 'requisition.closes', want: null, text: 'Statsunderstöd 2017\nUnderstöd kan sökas från den 17 oktober 2016. Hyresavtalet går ut den 30 november.\nKommuner och föreningar kan söka.' },
{ id: 'D5a', miss: 'shapes52 1753 sista dag att söka, yearless', cls: 'dates', field: 'requisition.closes', want: '2023-04-13', text: 'Ansök om stöd\nÅrets ansökan öppnar 9 februari 2023. Sista ansökningsdag är den 13 april.\nLantbrukare kan söka stödet.' },
{ id: 'D5b', miss: 'shapes52 1753 sista dag att söka, yearless', cls: 'dates', field: 'requisition.closes', want: '2023-04-13', text: 'Ansök om stöd\nÅrets ansökan öppnar 9 februari 2023. Ansökan ska vara inne senast 13 april.\nLantbrukare kan söka stödet.' },
{ id: 'D5x', miss: '1753 counter: a day to report', cls: 'dates', field: 'requisition.closes', want: null, text: 'Ansök om stöd\nStödet betalas ut 2023. Sista dag att lämna slutrapport är den 13 april.\nLantbrukare kan söka stödet.' },
// ---- recipients (fresh53 1855, 1857; fresh57 1908, 1919, 1921; shapes52 1802, 1742)
{ id: 'R1a', miss: '1855 kommun kan skicka in ansökan', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till lokala naturvårdsprojekt\nAnsökan kan bara skickas in av kommunen.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R1b', miss: '1855 kommun kan skicka in ansökan', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till lokala naturvårdsprojekt\nEndast kommuner får lämna in ansökan.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R1c', miss: '1855 kommun kan skicka in ansökan', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till lokala naturvårdsprojekt\nDet är kommunen som skickar in ansökan till länsstyrelsen.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R1x', miss: '1855 counter: via kommunen', cls: 'recipients', field: 'recipients.types', want: null, text: 'Bidrag till lokala naturvårdsprojekt\nDu kan skicka in ansökan via kommunens e-tjänst.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R2a', miss: '1857 stöd till förlag', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Tryckningsstöd\nStöd kan beviljas förlag för tryckning av skönlitteratur.\nBidraget får användas till tryckkostnader.' },
{ id: 'R2b', miss: '1857 stöd till förlag', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Tryckningsstöd\nBokförlag kan ansöka om tryckningsstöd.\nBidraget får användas till tryckkostnader.' },
{ id: 'R2x', miss: '1857 counter: förlagets författare', cls: 'recipients', field: 'recipients.types', want: null, text: 'Tryckningsstöd\nStödet betalas till författaren och inte till förlaget.\nBidraget får användas till tryckkostnader.' },
{ id: 'R3a', miss: '1908 medel om belopp till list', cls: 'recipients', field: 'recipients.types', want: ['kommun', 'region', 'organisation'], text: 'Uppdrag att fördela utvecklingsmedel\nSocialstyrelsen ska fördela utvecklingsmedel på 109 miljoner kronor till kommuner, regioner och ideella föreningar.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'R3b', miss: '1908 medel om belopp till list', cls: 'recipients', field: 'recipients.types', want: ['kommun', 'organisation'], text: 'Uppdrag att fördela utvecklingsmedel\nLänsstyrelsen ska fördela medel om 109 mnkr till kommunerna och de ideella organisationerna.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'R3x', miss: '1908 counter: i samråd med', cls: 'recipients', field: 'recipients.types', want: null, text: 'Uppdrag att fördela utvecklingsmedel\nLänsstyrelsen ska fördela medel om 109 mnkr till länsstyrelserna i samråd med ideella organisationer.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'R4a', miss: '1919 välfärdsområden', cls: 'recipients', field: 'recipients.types', want: ['region'], text: 'Statsunderstöd\nUnderstöd kan sökas av välfärdsområdena.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R4b', miss: '1919 välfärdsområden', cls: 'recipients', field: 'recipients.types', want: ['region', 'kommun'], text: 'Statsunderstöd\nMinisteriet beviljar understöd till kommuner och välfärdsområden.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R4x', miss: '1919 counter: the välfärdsområde grants', cls: 'recipients', field: 'recipients.types', want: null, text: 'Statsunderstöd\nVälfärdsområdet beviljar understöd för utvecklingsprojekt.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R5a', miss: '1921 riktar sig till + list', cls: 'recipients', field: 'recipients.types', want: ['kommun', 'organisation'], text: 'Om statsbidrag\nStatsbidragen som myndigheten fördelar vänder sig till\n• kommuner\n• ideella organisationer\nBidraget får användas till skolutveckling.' },
{ id: 'R5b', miss: '1921 riktar sig till + list', cls: 'recipients', field: 'recipients.types', want: ['huvudman', 'organisation'], text: 'Om statsbidrag\nBidragen riktar sig till:\n- kommunala huvudmän\n- organisationer med anknytning till skolan\nBidraget får användas till skolutveckling.' },
{ id: 'R6a', miss: 'shapes52 1802 purpose names the type', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Projektstöd\nSyftet med stödet är att ge idrottsföreningar möjlighet att utveckla sin verksamhet.\nBidraget får användas till projektkostnader.' },
{ id: 'R7a', miss: 'shapes52 1742 heading Bidrag till Studieförbund', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Stöd till studieförbunden\nBidraget fördelas efter antal studietimmar.\nBidraget får användas till folkbildning.' },
// ---- titles (fresh53 1863; fresh57 1918; shapes52 1806)
{ id: 'N1a', miss: '1863 fund name under category', cls: 'titles', field: 'title', want: 'Svensk-norska samarbetsfonden', text: 'Stipendier och bidrag\nSvensk-norska samarbetsfonden\nFonden delar ut bidrag till kulturutbyte.\nFöreningar kan söka bidrag.' },
{ id: 'N1b', miss: '1863 fund name under category', cls: 'titles', field: 'title', want: 'Anna Lindhs minnesfond', text: 'Finansiering\nAnna Lindhs minnesfond\nFonden delar ut stipendier till unga.\nStipendiet kan sökas av studenter.' },
{ id: 'N1x', miss: '1863 counter: Om fonden', cls: 'titles', field: 'title', want: { not: 'Om fonden' }, text: 'Projektfinansiering\nOm fonden\nFonden delar ut bidrag till kulturutbyte.\nFöreningar kan söka bidrag.' },
{ id: 'N2a', miss: '1918 news archive label', cls: 'titles', field: 'title', want: { not: 'Aktuellt 2016' }, text: 'Aktuellt 2016\nStatsunderstöd för 2017 kan sökas\nUnderstöd kan sökas av kommuner och föreningar. Ansökningstiden går ut den 30 november 2016.' },
{ id: 'N2b', miss: '1918 news archive label (year)', cls: 'years', field: 'year', want: 2017, text: 'Pressmeddelanden 2016\nStatsunderstöd för 2017 kan sökas\nUnderstöd kan sökas av kommuner och föreningar. Ansökningstiden går ut den 30 november 2016.' },
// ---- reporting (fresh57 1911; forms25 1878)
{ id: 'P1a', miss: '1911 senast dag slutrapporterar', cls: 'reporting', field: 'reporting.due', want: '2024-03-31', text: 'Bidrag till projektet\nRegeringen beviljar förbundet 12 miljoner kronor.\nSenast den 31 mars 2024 ska förbundet slutredovisa projektet till Kammarkollegiet.' },
{ id: 'P1b', miss: '1911 senast dag slutrapporterar', cls: 'reporting', field: 'reporting.due', want: '2024-03-31', text: 'Bidrag till projektet\nRegeringen beviljar förbundet 12 miljoner kronor.\nSenast 31.3.2024 lämnar förbundet en slutrapport till Kammarkollegiet.' },
{ id: 'P1x', miss: '1911 counter: the agency reports to the government', cls: 'reporting', field: 'reporting.due', want: null, text: 'Bidrag till projektet\nRegeringen beviljar förbundet 12 miljoner kronor.\nSenast den 31 mars 2024 slutrapporterar Kammarkollegiet uppdraget till Regeringskansliet.' },
{ id: 'P2a', miss: '1878 ska lämnas in senast', cls: 'reporting', field: 'reporting.due', want: '2024-05-31', text: 'Slutredovisning av statsunderstöd\nBlanketten för slutredovisning är nu öppen. Slutredovisningen ska lämnas in senast 31.5.2024.\nStatsunderstödet beviljades för projektet.' },
{ id: 'P2b', miss: '1878 ska lämnas in senast', cls: 'reporting', field: 'reporting.due', want: '2024-05-31', text: 'Slutredovisning av statsunderstöd\nSlutrapporten ska skickas in senast den 31 maj 2024.\nStatsunderstödet beviljades för projektet.' },
{ id: 'P2x', miss: '1878 counter: the application', cls: 'reporting', field: 'reporting.due', want: null, text: 'Statsunderstöd\nAnsökan ska lämnas in senast den 31 maj 2024.\nStatsunderstödet kan sökas av föreningar.' },
// ---- kind (forms25 1876, 1882; forms27 1891, 1901, 1902)
{ id: 'K1a', miss: '1891 (yes/no) labels, max characters', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Lägesrapport för projektbidrag\nKostnader (ja/nej)\nGenomförande enligt projektplanen (ja/nej)\nOm nej, beskriv avvikelserna.\nAvvikelser (om några) – max 2 000 tecken\nRapporten lämnas till bidragsgivaren.' },
{ id: 'K1b', miss: '1891 (yes/no) labels', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Progress report, project grant\nCosts (Yes/No)\nProject carried out as planned (Yes/No)\nIf no, please explain.\nChanges (if any) - max 2000 characters\nThe report is submitted to the funder.' },
{ id: 'K2a', miss: '1902 certification, tick box', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Ekonomisk slutrapport\nKryssa i lämplig ruta.\nPeriod FRÅN (år, månad, dag) TILL (år, månad, dag)\nUndertecknad intygar att uppgifterna i denna rapport är riktiga.\nUnderskrift och namnförtydligande\nBidraget redovisas till myndigheten.' },
{ id: 'K3a', miss: '1901 cell reference', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Mall för ekonomisk rapport\nFliken Budget används för att redovisa kostnaderna.\nAnge rapportåret i cell B4.\nFyll i beloppen i kolumn C.\nRapporten lämnas till bidragsgivaren.' },
{ id: 'K4a', miss: '1882 fill in the blanks, complete question', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Completing the progress report\nFill in the blanks for Grant Number and Grantee Name.\nComplete question 1 by copying the objectives from your application.\nCheck the box if the project is complete.\nThe report is submitted to the foundation.' },
{ id: 'K5a', miss: '1876 enter the field, OMB', cls: 'kind', field: 'kind', want: 'reporting-form', text: 'Performance progress report\nOMB Approval Number: 0920-1132\n1. Grant number | Enter the grant number shown in the award document.\n2. Recipient name | Enter the name of the recipient organization.\nThe report is submitted to the grants office.' },
{ id: 'Kx', miss: 'kind counter: instructions that quote a form', cls: 'kind', field: 'kind', want: 'anvisning', text: 'Så redovisar du ditt bidrag\nSlutrapporten ska lämnas senast två månader efter projektets slut.\nI rapporten ska du beskriva hur bidraget har använts.\nBifoga en ekonomisk redovisning.\nBidraget kan återkrävas om rapporten saknas.' },
];

// R3a, R3b: review58 made the two 'medel om … till' rows need 'i uppdrag att' (a kommun that gives its own money is the
// giver, not a recipient); h/vary63 lets a state body that "ska fördela" stand for it (STATE_GIVER, never a kommun) and
// blanks a giving kommun or region subject (GIVING_SUBJECT). h/vary63 also reads A1d, Y3b, D4b, R4b and R6a
// (test/extract/vary63.test.ts). R1c stays open: the finder reads a sentence's every type, "till länsstyrelsen" too.
// R1c and R5b fixed by h/left65 (test/extract/left65.test.ts)
const LEFT_OPEN = new Set(['K4a', 'K5a']);

describe('vary59: paraphrases of fixed first-run misses read right, counter-probes give nothing', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field} [${p.miss}]: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
