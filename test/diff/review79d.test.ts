import { describe, expect, it } from 'vitest';
import { figureChanges, figuresOf } from '../../specs/diff/figures.js';
import { textSentences } from '../../specs/diff/text.js';

// review79d (issues 12/14): adversarial probes of the change report's figure fallback (specs/diff/figures.ts, diffgen79).
// Every text is a constructed probe — own sentences written the way kommuner, regioner, myndigheter and stiftelser phrase
// them — never a corpus text. Negatives: two years that differ only in ways that are no change of the grant (a compliance
// officer acts on every reported change). Positives: a change the fallback must report under the field its words support.

const HEAD = 'Bidrag till föreningar\n\nKultur- och fritidsnämnden ger bidrag till ideella föreningar i kommunen.\n\n';
const fields = (a: string, b: string): string[] => figureChanges(textSentences(HEAD + a), textSentences(HEAD + b)).map((c) => c.field);

/** [id, old sentence(s), new sentence(s)]: no change of the grant, nothing may be reported */
const NOT_A_CHANGE: Array<[string, string, string]> = [
  ['N1 a worked example of the budget', 'Exempel: om projektets kostnader är 100 000 kronor kan bidrag ges med 50 000 kronor.', 'Exempel: om projektets kostnader är 200 000 kronor kan bidrag ges med 100 000 kronor.'],
  ['N2 a share of the applicants granted', 'Under året beviljades 45 procent av de sökande föreningarna bidrag.', 'Under året beviljades 52 procent av de sökande föreningarna bidrag.'],
  ['N3 last year\'s outcome', 'Förra året fördelades 5 miljoner kronor till 40 föreningar i kommunen.', 'Förra året fördelades 6 miljoner kronor till 40 föreningar i kommunen.'],
  ['N4 the sums applied for', 'De inkomna ansökningarna omfattade totalt 30 miljoner kronor i sökt bidrag.', 'De inkomna ansökningarna omfattade totalt 45 miljoner kronor i sökt bidrag.'],
  ['N5 the sum sought in the past round', 'Det sökta beloppet i förra omgången uppgick till 12 miljoner kronor.', 'Det sökta beloppet i förra omgången uppgick till 19 miljoner kronor.'],
  ['N6 an information meeting', 'Ett informationsmöte inför ansökningsomgången hålls den 12 februari i stadshuset.', 'Ett informationsmöte inför ansökningsomgången hålls den 5 februari i stadshuset.'],
  ['N7 a webinar before the application period', 'Ett webbinarium för dig som vill söka bidraget hålls före ansökningstiden, den 12 februari.', 'Ett webbinarium för dig som vill söka bidraget hålls före ansökningstiden, den 3 februari.'],
  ['N8 a range of days reworded', 'Ansökningstiden för föreningsbidraget löper varje år 15–30 september.', 'Ansökningstiden för föreningsbidraget löper varje år 15 september–30 september.'],
  ['N9 the answer day of the previous round', 'Besked om förra omgångens ansökningar lämnades den 12 maj.', 'Besked om förra omgångens ansökningar lämnades den 20 maj.'],
  ['N10 another actor\'s opinion day', 'Länsstyrelsen ska senast den 1 juni lämna sitt yttrande över ansökan till Boverket.', 'Länsstyrelsen ska senast den 15 juni lämna sitt yttrande över ansökan till Boverket.'],
  ['N11 an income ceiling of the applicant', 'För att få bidrag får hushållets sammanlagda inkomst vara högst 300 000 kronor per år.', 'För att få bidrag får hushållets sammanlagda inkomst vara högst 320 000 kronor per år.'],
  ['N12 what the reports showed', 'Av redovisningarna framgick att 85 procent av medlen hade använts till lovaktiviteter.', 'Av redovisningarna framgick att 92 procent av medlen hade använts till lovaktiviteter.'],
  ['N13 a share of the recipients by kind', 'Av de föreningar som fick bidrag under året var 60 procent idrottsföreningar.', 'Av de föreningar som fick bidrag under året var 55 procent idrottsföreningar.'],
  ['N14 a conference day', 'Konferensen om bidraget och dess resultat hålls den 12 oktober i Göteborg.', 'Konferensen om bidraget och dess resultat hålls den 8 oktober i Göteborg.'],
  ['N15 "31/3" reworded as "den 31 mars"', 'Ansökan ska vara inne hos kommunen senast 31/3.', 'Ansökan ska vara inne hos kommunen senast den 31 mars.'],
  ['N16 a moved sentence', 'Ansökan ska vara inne senast den 15 mars.\nBidrag kan sökas med högst 50 000 kronor per projekt.', 'Bidrag kan sökas med högst 50 000 kronor per projekt.\nAnsökan ska vara inne senast den 15 mars.'],
  ['N17 a list of days reordered', 'Viktiga datum:\n- 1 februari: ansökan öppnar\n- 15 mars: sista ansökningsdag\n- 30 april: beslut meddelas', 'Viktiga datum:\n- 30 april: beslut meddelas\n- 1 februari: ansökan öppnar\n- 15 mars: sista ansökningsdag'],
  ['N18 another grant on the page', 'Läs också om vårt arrangemangsbidrag, där en förening kan få upp till 20 000 kronor.', 'Läs också om vårt arrangemangsbidrag, där en förening kan få upp till 25 000 kronor.'],
  ['N19 a day of transition between old and new rules', 'Ansökningar som kommit in före den 15 februari behandlas enligt de tidigare reglerna.', 'Ansökningar som kommit in före den 1 mars behandlas enligt de tidigare reglerna.'],
  ['N20 a minimum turnover of the applicant', 'Företaget ska ha en årsomsättning på minst 500 000 kronor för att kunna söka stödet.', 'Företaget ska ha en årsomsättning på minst 750 000 kronor för att kunna söka stödet.'],
  ['N21 a statistic about the world', 'Varje år lägger Sveriges kommuner cirka 4 miljarder kronor på kultur för barn, enligt statistiken, utan statligt stöd.', 'Varje år lägger Sveriges kommuner cirka 5 miljarder kronor på kultur för barn, enligt statistiken, utan statligt stöd.'],
  ['N22 a review day of the page', 'Sidan granskades senast den 3 mars av handläggaren för bidraget.', 'Sidan granskades senast den 9 april av handläggaren för bidraget.'],
  ['N23 last year\'s decision day', 'Förra årets beslut om bidrag meddelades den 14 juni och beslut lämnas även i år i juni.', 'Förra årets beslut om bidrag meddelades den 20 juni och beslut lämnas även i år i juni.'],
  ['N24 the sums applied for since the start', 'Sedan starten har fonden tagit emot ansökningar om sammanlagt 210 miljoner kronor.', 'Sedan starten har fonden tagit emot ansökningar om sammanlagt 260 miljoner kronor.'],
  ['N25 a share of the participants', 'Av deltagarna i de projekt som fick stöd var 48 procent flickor.', 'Av deltagarna i de projekt som fick stöd var 51 procent flickor.'],
  ['N26 a news date', 'Nyhet 14 mars: Nu kan du söka bidrag till lovaktiviteter för sommaren.', 'Nyhet 2 mars: Nu kan du söka bidrag till lovaktiviteter för sommaren.'],
  ['N27 an outcome sentence added', 'Föreningar i kommunen kan söka bidraget.', 'Föreningar i kommunen kan söka bidraget.\nI fjol betalades 2,3 miljoner kronor ut till 61 föreningar.'],
  ['N28 an example of a deadline', 'Exempel: ett projekt som startar 1 juni ska söka senast den 1 april.', 'Exempel: ett projekt som startar 1 september ska söka senast den 1 juli.'],
  ['N29 a bankgiro and an organisation number', 'Bidraget betalas ut till föreningens bankgiro 5050-1055, organisationsnummer 802400-1234.', 'Bidraget betalas ut till föreningens bankgiro 5371-2233, organisationsnummer 802511-9876.'],
  ['N30 "12 månader" reworded as "ett år"', 'Projektet får pågå i högst 12 månader från beslutet.', 'Projektet får pågå i högst ett år från beslutet.'],
  ['N31 "200 tkr" reworded as "200 000 kronor"', 'Bidrag kan sökas med högst 200 tkr per projekt och år.', 'Bidrag kan sökas med högst 200 000 kronor per projekt och år.'],
  ['N32 opening hours of the help desk', 'Handläggarna för bidraget nås måndag–fredag 9–12, utom den 24 december.', 'Handläggarna för bidraget nås måndag–fredag 9–12, utom den 23 december.'],
  ['N33 the closing day of the previous round', 'Förra omgången av bidraget stängde för ansökningar den 15 mars.', 'Förra omgången av bidraget stängde för ansökningar den 2 april.'],
  ['N34 a rate of VAT', 'Bidrag kan ges till kostnader exklusive moms på 25 procent.', 'Bidrag kan ges till kostnader exklusive moms på 12 procent.'],
  ['N35 a numbered worked example', 'Räkneexempel 2: En förening med 40 medlemmar får 4 000 kronor i bidrag.', 'Räkneexempel 2: En förening med 40 medlemmar får 4 800 kronor i bidrag.'],
  ['N36 the payments of the year before', 'Under föregående år betalades 1,2 miljoner kronor ut i aktivitetsstöd.', 'Under föregående år betalades 1,6 miljoner kronor ut i aktivitetsstöd.'],
  ['N37 "den 25 maj" reworded as "den 25/5"', 'Utbetalning av bidraget sker den 25 maj till föreningens konto.', 'Utbetalning av bidraget sker den 25/5 till föreningens konto.'],
  ['N38 an ISO date reworded in words a year on', 'Ansökan om bidraget ska vara inne senast 2025-03-15.', 'Ansökan om bidraget ska vara inne senast den 15 mars 2026.'],
  ['N46 own capital of the applicant', 'Bidrag kan sökas av stiftelser som har ett eget kapital på högst 500 000 kronor.', 'Bidrag kan sökas av stiftelser som har ett eget kapital på högst 800 000 kronor.'],
  ['N47 a fee cap for the participants', 'För att aktiviteten ska få bidrag får avgiften för deltagarna vara högst 100 kronor per tillfälle.', 'För att aktiviteten ska få bidrag får avgiften för deltagarna vara högst 150 kronor per tillfälle.'],
  ['N48 an insurance the applicant must hold', 'Föreningen ska ha en ansvarsförsäkring på minst 5 miljoner kronor för att kunna beviljas bidrag.', 'Föreningen ska ha en ansvarsförsäkring på minst 10 miljoner kronor för att kunna beviljas bidrag.'],
  ['N49 a membership fee as a condition', 'Medlemsavgiften i föreningen ska vara minst 50 kronor per år för att medlemmen ska räknas i bidraget.', 'Medlemsavgiften i föreningen ska vara minst 100 kronor per år för att medlemmen ska räknas i bidraget.'],
  ['N50 a share of the members of an age', 'Minst 60 procent av medlemmarna ska vara mellan 7 och 25 år för att föreningen ska få bidrag.', 'Minst 50 procent av medlemmarna ska vara mellan 7 och 25 år för att föreningen ska få bidrag.'],
  ['N51 ages of the participants', 'Bidrag ges för deltagare som är mellan 7 och 20 år gamla, och för ledare som fyllt 13 år.', 'Bidrag ges för deltagare som är mellan 7 och 25 år gamla, och för ledare som fyllt 15 år.'],
  ['N52 years the applicant has existed', 'För att söka stödet ska föreningen ha bedrivit verksamhet i minst två år.', 'För att söka stödet ska föreningen ha bedrivit verksamhet i minst ett år.'],
  ['N53 the hour of the board\'s meeting', 'Ansökan behandlas av nämnden på sammanträdet den 14 maj klockan 18.00.', 'Ansökan behandlas av nämnden på sammanträdet den 14 maj klockan 17.30.'],
  ['N54 a project budget above which an auditor is needed', 'Projekt med en total budget över 1 miljon kronor ska bifoga ett intyg från revisor.', 'Projekt med en total budget över 2 miljoner kronor ska bifoga ett intyg från revisor.'],
  ['N55 a delegation threshold', 'Ansökningar om bidrag under 20 000 kronor beslutas av förvaltningen, större belopp av nämnden.', 'Ansökningar om bidrag under 30 000 kronor beslutas av förvaltningen, större belopp av nämnden.'],
  ['N56 a priority threshold', 'Projekt med en budget över 1 miljon kronor prioriteras inte vid fördelningen.', 'Projekt med en budget över 2 miljoner kronor prioriteras inte vid fördelningen.'],
  ['N57 a receipts threshold', 'Kostnader under 1 000 kronor behöver inte styrkas med kvitto.', 'Kostnader under 2 000 kronor behöver inte styrkas med kvitto.'],
  ['N58 the outcome of a past year, its sum changed', 'Under 2023 beviljades 85 föreningar bidrag med sammanlagt 3,2 miljoner kronor.', 'Under 2024 beviljades 85 föreningar bidrag med sammanlagt 3,9 miljoner kronor.'],
  ['N59 the outcome of a past year added', 'Föreningar i kommunen kan söka bidraget.', 'Föreningar i kommunen kan söka bidraget.\nUnder 2024 beviljades 85 föreningar bidrag med sammanlagt 3,2 miljoner kronor.'],
  ['N60 a sum granted since a year added', 'Föreningar i kommunen kan söka bidraget.', 'Föreningar i kommunen kan söka bidraget.\nSedan 2019 har bidraget beviljats till 320 föreningar med totalt 14 miljoner kronor.'],
];

/** [id, old, new, the only field that may be reported (or none)]: a change in one clause must not go under another clause's field */
const NOT_THAT_FIELD: Array<[string, string, string, string | undefined]> = [
  ['N39 a usage day moved beside a reporting day is no reporting change', 'Bidraget ska användas senast den 31 december och redovisas senast den 31 januari året efter.', 'Bidraget ska användas senast den 30 november och redovisas senast den 31 januari året efter.', 'usage_period'],
  ['N40 a payment day moved beside a reporting day', 'Bidraget betalas ut senast den 30 april och ska redovisas senast den 31 mars året efter.', 'Bidraget betalas ut senast den 15 maj och ska redovisas senast den 31 mars året efter.', 'payment'],
  ['N41 the answer time after the closing day is no closing day', 'Beslut meddelas senast sex veckor efter sista ansökningsdag, som är den 15 mars.', 'Beslut meddelas senast åtta veckor efter sista ansökningsdag, som är den 15 mars.', 'dates'],
  ['N42 a decision day moved beside an unchanged closing day', 'Ansökan ska vara inne senast den 15 mars och beslut meddelas den 15 maj.', 'Ansökan ska vara inne senast den 15 mars och beslut meddelas den 1 juni.', 'dates'],
  ['N43 a final report ("slutredovisning") time is reporting, not the usage period', 'Slutredovisning ska lämnas senast två månader efter att projektet avslutats, dock senast 31 december.', 'Slutredovisning ska lämnas senast tre månader efter att projektet avslutats, dock senast 31 december.', 'reporting'],
];

/**
 * [id, old, new, field]: a change the fallback must report, under this field (a sum per participant, per project or per applicant
 * is a part by the contract, funding.parts key per-unit or per_unit_max: diffgen80a says it as the parts')
 */
const CHANGES: Array<[string, string, string, string]> = [
  ['P1 a last day reworded around "sista dag att ansöka"', 'Sista dag att ansöka om bidraget är den 15 mars.', 'Sista dag att ansöka om bidraget är den 1 april.', 'requisition.closes'],
  ['P2 a requisition day', 'Rekvisitionen ska ha kommit in till myndigheten senast den 30 september.', 'Rekvisitionen ska ha kommit in till myndigheten senast den 15 oktober.', 'requisition.closes'],
  ['P3 a share of the costs', 'Stödet uppgår till högst 75 procent av de godkända kostnaderna.', 'Stödet uppgår till högst 60 procent av de godkända kostnaderna.', 'funding'],
  ['P4 a payment day', 'Bidraget betalas ut till föreningarna i slutet av månaden, senast den 25 april.', 'Bidraget betalas ut till föreningarna i slutet av månaden, senast den 25 maj.', 'payment'],
  ['P5 a reporting time', 'Slutrapporten ska lämnas till stiftelsen senast tre månader efter projektets slut.', 'Slutrapporten ska lämnas till stiftelsen senast sex månader efter projektets slut.', 'reporting'],
  ['P6 a sum set aside is the funding\'s, no narrower', 'För bidraget har regionen avsatt 4 miljoner kronor för år 2025.', 'För bidraget har regionen avsatt 5 miljoner kronor för år 2026.', 'funding'],
  ['P7 an opening day', 'E-tjänsten för ansökan öppnar den 1 februari.', 'E-tjänsten för ansökan öppnar den 15 januari.', 'requisition.opens'],
  ['P9 "ska ha inkommit senast" is a closing day (not a sum applied for)', 'Ansökan ska ha inkommit till kommunen senast den 15 mars.', 'Ansökan ska ha inkommit till kommunen senast den 1 april.', 'requisition.closes'],
  ['P10 a share of one applicant\'s costs (not a share of people)', 'Bidrag ges med högst 50 procent av föreningens kostnader för hyra.', 'Bidrag ges med högst 40 procent av föreningens kostnader för hyra.', 'funding'],
  ['P11 a sum per participant', 'Bidraget är 150 kronor per deltagare och tillfälle.', 'Bidraget är 175 kronor per deltagare och tillfälle.', 'funding.parts'],
  ['P12 a sum without VAT (no rate of VAT)', 'Bidraget är högst 50 000 kronor exklusive moms per projekt.', 'Bidraget är högst 60 000 kronor exklusive moms per projekt.', 'funding.parts'],
  ['P13 a range of days shortened', 'Ansökningstiden för föreningsbidraget löper varje år 1–30 september.', 'Ansökningstiden för föreningsbidraget löper varje år 1–15 september.', 'requisition'],
  ['P14 a span in years', 'Projektet som får stöd får pågå i högst två år.', 'Projektet som får stöd får pågå i högst tre år.', 'usage_period'],
  ['P15 "exempelvis" in a rule is no worked example', 'Bidrag kan exempelvis ges till hyra av lokal med högst 20 000 kronor per år.', 'Bidrag kan exempelvis ges till hyra av lokal med högst 25 000 kronor per år.', 'funding'],
  ['P17 a lowest sum to apply for', 'Det lägsta belopp som kan sökas är 5 000 kronor per ansökan.', 'Det lägsta belopp som kan sökas är 10 000 kronor per ansökan.', 'funding.parts'],
  ['P18 an amount below which nothing is claimed back is repayment', 'Belopp under 1 000 kronor krävs inte tillbaka av kommunen.', 'Belopp under 2 000 kronor krävs inte tillbaka av kommunen.', 'repayment'],
  ['P19 a cap in a year named by its number (no threshold)', 'Under 2025 kan varje förening få högst 30 000 kronor i bidrag.', 'Under 2026 kan varje förening få högst 40 000 kronor i bidrag.', 'funding.parts'],
  ['P16 a closing day beside a decision day in another clause', 'Ansökan ska vara inne senast den 15 mars, och beslut om bidraget fattas i maj.', 'Ansökan ska vara inne senast den 1 april, och beslut om bidraget fattas i maj.', 'requisition.closes'],
];

describe('review79d: the figure fallback reports no change where the grant did not change', () => {
  it.each(NOT_A_CHANGE)('%s', (_id, a, b) => {
    expect(fields(`${a}\n`, `${b}\n`)).toEqual([]);
  });
  it.each(NOT_THAT_FIELD)('%s', (_id, a, b, only) => {
    for (const f of fields(`${a}\n`, `${b}\n`)) expect(f).toBe(only);
  });
});

describe('review79d: open — wrong values the fallback still gives', () => {
  // the hire of a hall per hour, counted in the project's costs (fixed by review80: a hire stated as a price, "hyran … är N",
  // NOT_GRANT_SUM; a sum the grant pays per hour, "Bidrag ges med 100 kronor per timme", still reads as the funding's)
  it('A7 the hire of a hall is no sum of the grant', () => {
    expect(fields('Hyran för stora salen är 450 kronor per timme och kan ingå i projektets kostnader.\n', 'Hyran för stora salen är 500 kronor per timme och kan ingå i projektets kostnader.\n')).toEqual([]);
  });
  // an overview page of several grants: the last day of another grant named on the page reads as this grant's closing day; the
  // fallback does not know which grant the spec is about (only the spec diff, with the grant's name, could tell)
  it.fails('A15 the last day of another grant on the page', () => {
    expect(fields('Föreningsbidrag kan sökas löpande.\nSista ansökningsdag för investeringsbidraget är den 1 oktober.\n', 'Föreningsbidrag kan sökas löpande.\nSista ansökningsdag för investeringsbidraget är den 15 oktober.\n')).toEqual([]);
  });
});

describe('review79d: the figure fallback reports a change under the field its words support', () => {
  it.each(CHANGES)('%s', (_id, a, b, field) => {
    expect(fields(`${a}\n`, `${b}\n`)).toEqual([field]);
  });
  it('reads a range of days as its first and last day, a span of years in months', () => {
    expect(figuresOf('Ansökningstiden löper 15–30 september.')).toEqual(figuresOf('Ansökningstiden löper 15 september–30 september.'));
    expect(figuresOf('Projektet får pågå i högst ett år.')).toEqual(figuresOf('Projektet får pågå i högst 12 månader.'));
    expect(figuresOf('Svar lämnas inom två veckor.')).toEqual(figuresOf('Svar lämnas inom 14 dagar.'));
  });
});

describe('review79d: the new guards run in linear time on hostile text', () => {
  it('a long run of digits after "under", of words after "Under 2024", of clause breaks', () => {
    const hostile = [`Bidrag under ${'1 '.repeat(20_000)}x.`, `Under 2024 ${'ord '.repeat(20_000)}beviljades 5 kronor.`, `Bidrag ${'och '.repeat(20_000)}5 kronor.`, `${'5 procent av '.repeat(5000)}bidrag.`];
    const t = Date.now();
    for (const h of hostile) figureChanges(textSentences(`${h}\n`), textSentences(`${h.replace('5', '6')}\n`));
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
