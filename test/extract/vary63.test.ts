import { describe, expect, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Widen by class (helper vary63, issue 12): the phrasings vary59 left open (test/extract/vary59.test.ts LEFT_OPEN) and
// review58's open findings, each written as other Swedish agencies, kommuner, regioner and Finland-Swedish bodies would put
// the same fact, with counter-probes (a date, sum or type in another role) that must give nothing. Every text is
// constructed. `want: null` asks for no value (a refused text states none); `{ not: x }` only that x is not the value;
// `{ re }` / `{ notre }` that the value does / does not match.
//
// 53 probes, right / missing / wrong on main fdd4fa8f → this branch:
//   amounts 2/3/0 → 5/0/0; years 7/3/1 → 11/0/0; dates 2/2/0 → 4/0/0; recipients 6/7/3 → 14/1/1; totals 7/2/3 → 11/0/1;
//   purpose 2/0/3 → 5/0/0; all 26/17/10 → 50/1/2.
//
// Left open (LEFT_OPEN, it.skip); R1c (the cleft) and R5b (a "- kommunala huvudmän" list item) fixed by h/left65:
//   TBz "Nu fördelas 20 miljoner kronor under 2024–2026." gives 20 000 000 for a span of years: the 'fordelas' row cannot
//       take a span guard, dev 01's gold reads "fördela 70 miljoner kronor under åren 2018-2020" as the total.

type Probe = { id: string; miss: string; cls: string; field: string; want: Want; text: string };
const PROBES: Probe[] = [
{ id: 'A1d', miss: 'vary59 SEK 250 000', cls: 'amounts', field: 'funding.total', want: 250000, text: 'Uppdrag att utbetala medel\nRegeringen uppdrar åt Kammarkollegiet att utbetala SEK 250 000 till Vienna NGO Committee on Drugs.\nMedlen ska användas under 2016.' },
{ id: 'A1e', miss: 'SEK before the sum', cls: 'amounts', field: 'funding.total', want: 1200000, text: 'Bidrag till lokala projekt\nTotalt finns SEK 1 200 000 att söka under 2024.\nIdeella föreningar kan söka bidraget.' },
{ id: 'A1f', miss: 'SEK before the sum', cls: 'amounts', field: 'funding.total', want: 3000000, text: 'Kulturbidrag\nRegionen fördelar totalt SEK 3 000 000 till kulturprojekt under 2024.\nFöreningar kan söka bidraget.' },
{ id: 'A1x', miss: 'SEK counter: a turnover', cls: 'amounts', field: 'funding.total', want: null, text: 'Bidrag till föreningar\nFöreningen får ha en omsättning på högst SEK 250 000 per år.\nIdeella föreningar kan söka bidraget.' },
{ id: 'Y3b', miss: 'vary59 Utlysningen stängs: dag, år', cls: 'years', field: 'year', want: 2019, text: 'Tillämpad forskning\nUtlysningen stängs: 16 april, 2019\nForskare vid universitet kan söka.' },
{ id: 'Y3c', miss: 'Utlysningen stänger: dag, år', cls: 'years', field: 'year', want: 2019, text: 'Tillämpad forskning\nUtlysningen stänger: 16 april, 2019\nForskare vid universitet kan söka.' },
{ id: 'Y3d', miss: 'Ansökan stänger: dag, år', cls: 'years', field: 'year', want: 2019, text: 'Kulturbidrag\nAnsökan stänger: 16 april, 2019\nFöreningar kan söka bidraget.' },
{ id: 'D4b', miss: 'vary59 går ut 30.11. (yearless)', cls: 'dates', field: 'requisition.closes', want: '2016-11-30', text: 'Statsunderstöd 2017\nAnsökningstiden inleddes den 17 oktober 2016 och går ut 30.11.\nKommuner och föreningar kan söka.' },
{ id: 'D4c', miss: 'löper ut 30.11. (yearless)', cls: 'dates', field: 'requisition.closes', want: '2016-11-30', text: 'Statsunderstöd 2017\nAnsökningstiden började 17.10.2016 och löper ut 30.11.\nKommuner och föreningar kan söka.' },
{ id: 'D4x', miss: 'counter: avtalet går ut 30.11.', cls: 'dates', field: 'requisition.closes', want: null, text: 'Statsunderstöd 2017\nUnderstöd kan sökas från den 17 oktober 2016. Hyresavtalet går ut 30.11.\nKommuner och föreningar kan söka.' },
{ id: 'R1c', miss: 'vary59 det är kommunen som skickar in ansökan', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till lokala naturvårdsprojekt\nDet är kommunen som skickar in ansökan till länsstyrelsen.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R3a', miss: 'vary59 ska fördela medel på … till list', cls: 'recipients', field: 'recipients.types', want: ['kommun', 'region', 'organisation'], text: 'Uppdrag att fördela utvecklingsmedel\nSocialstyrelsen ska fördela utvecklingsmedel på 109 miljoner kronor till kommuner, regioner och ideella föreningar.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'R3b', miss: 'vary59 ska fördela medel om … till', cls: 'recipients', field: 'recipients.types', want: ['kommun', 'organisation'], text: 'Uppdrag att fördela utvecklingsmedel\nLänsstyrelsen ska fördela medel om 109 mnkr till kommunerna och de ideella organisationerna.\nUppdraget ska redovisas senast den 1 mars 2017.' },
{ id: 'R3x', miss: 'counter: the kommun gives its own money', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Verksamhetsbidrag\nKommunen ska fördela medel om 2 miljoner kronor till kommunens föreningar.\nBidraget kan sökas av ideella föreningar.' },
{ id: 'R4b', miss: 'vary59 beviljar understöd till kommuner och välfärdsområden', cls: 'recipients', field: 'recipients.types', want: ['region', 'kommun'], text: 'Statsunderstöd\nMinisteriet beviljar understöd till kommuner och välfärdsområden.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R4c', miss: 'beviljar statsunderstöd till', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Statsunderstöd\nUndervisnings- och kulturministeriet beviljar statsunderstöd till kommuner för utveckling av bibliotek.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R4d', miss: 'beviljar bidrag till', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Projektbidrag\nLänsstyrelsen beviljar bidrag till ideella föreningar för lokala projekt.\nBidraget får användas till projektkostnader.' },
{ id: 'R4x', miss: 'counter: the välfärdsområde grants', cls: 'recipients', field: 'recipients.types', want: null, text: 'Statsunderstöd\nVälfärdsområdet beviljar understöd till projekt för äldre.\nUnderstödet får användas till utvecklingsprojekt.' },
{ id: 'R4y', miss: 'counter: the kommun grants (giver)', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Föreningsbidrag\nKommunen beviljar bidrag till ideella föreningar.\nBidraget får användas till verksamhet.' },
{ id: 'R5b', miss: 'vary59 - kommunala huvudmän list item', cls: 'recipients', field: 'recipients.types', want: ['huvudman', 'organisation'], text: 'Om statsbidrag\nBidragen riktar sig till:\n- kommunala huvudmän\n- organisationer med anknytning till skolan\nBidraget får användas till skolutveckling.' },
{ id: 'R6a', miss: 'vary59 syftet … att ge idrottsföreningar möjlighet', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Projektstöd\nSyftet med stödet är att ge idrottsföreningar möjlighet att utveckla sin verksamhet.\nBidraget får användas till projektkostnader.' },
{ id: 'R6b', miss: 'syftet … att ge kulturföreningar möjlighet', cls: 'recipients', field: 'recipients.types', want: ['organisation'], text: 'Kulturstöd\nStödet ska ge kulturföreningar möjlighet att arrangera konserter.\nBidraget får användas till projektkostnader.' },
{ id: 'R6x', miss: 'counter: the purpose names a group helped', cls: 'recipients', field: 'recipients.types', want: null, text: 'Projektstöd\nSyftet med stödet är att ge barn möjlighet att prova på idrott.\nBidraget får användas till projektkostnader.' },
{ id: 'YA1', miss: 'review58 stänger + gäller för år', cls: 'years', field: 'year', want: 2020, text: 'Tillämpad forskning\nUtlysningen stänger: 16 april, 2019\nBidraget gäller för år 2020.\nForskare vid universitet kan söka.' },
{ id: 'YA2', miss: 'kommun: bidraget avser verksamhetsåret', cls: 'years', field: 'year', want: 2024, text: 'Kulturbidrag\nSista ansökningsdag är 1 oktober 2023.\nBidraget avser verksamhetsåret 2024.\nFöreningar kan söka bidraget.' },
{ id: 'YA3', miss: 'Finland: understödet gäller år', cls: 'years', field: 'year', want: 2024, text: 'Verksamhetsunderstöd\nAnsökningstiden går ut 31.10.2023.\nUnderstödet gäller år 2024.\nRegistrerade föreningar kan söka understödet.' },
{ id: 'YA4', miss: 'region: stödet gäller för', cls: 'years', field: 'year', want: 2023, text: 'Stöd till regional utveckling\nAnsök senast den 15 november 2022.\nStödet gäller för verksamhet under 2023.\nKommuner kan söka stödet.' },
{ id: 'YAx', miss: 'counter: a project ends a year later', cls: 'years', field: 'year', want: { not: 2020 }, text: 'Tillämpad forskning\nUtlysningen stänger: 16 april, 2019\nProjektet ska vara avslutat under år 2020.\nForskare vid universitet kan söka.' },
{ id: 'YAy', miss: 'counter: last year\'s grant', cls: 'years', field: 'year', want: { not: 2018 }, text: 'Kulturbidrag\nSista ansökningsdag är 1 oktober 2019.\nBidraget gällde förra gången för år 2018.\nFöreningar kan söka bidraget.' },
{ id: 'TA1', miss: 'review58 varav … till regionerna i denna utlysning', cls: 'totals', field: 'funding.total', want: 15000000, text: 'Utlysning av medel\nTotalt finns 40 miljoner kronor att fördela, varav 15 miljoner kronor till regionerna i denna utlysning.\nRegioner kan söka medlen.' },
{ id: 'TA2', miss: 'varav … till kommunerna i den här utlysningen', cls: 'totals', field: 'funding.total', want: 12000000, text: 'Utlysning av medel\nFör 2024–2025 finns 30 miljoner kronor, varav 12 miljoner kronor till kommunerna i den här utlysningen.\nKommuner kan söka medlen.' },
{ id: 'TA3', miss: 'varav … till föreningar i denna ansökningsomgång', cls: 'totals', field: 'funding.total', want: 3000000, text: 'Bidrag till civilsamhället\nSammanlagt finns 8 miljoner kronor att söka, varav 3 miljoner kronor till ideella föreningar i denna ansökningsomgång.\nFöreningar kan söka bidraget.' },
{ id: 'TAx', miss: 'counter: the part went in the last call', cls: 'totals', field: 'funding.total', want: { not: 15000000 }, text: 'Utlysning av medel\nTotalt finns 40 miljoner kronor att fördela, varav 15 miljoner kronor gick till regionerna i förra utlysningen.\nRegioner kan söka medlen.' },
{ id: 'TAy', miss: 'counter: a part without the call', cls: 'totals', field: 'funding.total', want: { not: 15000000 }, text: 'Utlysning av medel\nTotalt finns 40 miljoner kronor att fördela, varav 15 miljoner kronor till regionerna.\nRegioner kan söka medlen.' },
{ id: 'TB1', miss: 'review58 Nu fördelas N kronor', cls: 'totals', field: 'funding.total', want: 20000000, text: 'Stöd till civilsamhället\nNu fördelas 20 miljoner kronor till projekt som stärker civilsamhället.\nIdeella föreningar kan söka stödet.' },
{ id: 'TB2', miss: 'Nu delas N kronor ut', cls: 'totals', field: 'funding.total', want: 1500000, text: 'Föreningsbidrag\nNu delas 1,5 miljoner kronor ut till föreningar i kommunen.\nIdeella föreningar kan söka bidraget.' },
{ id: 'TB3', miss: 'I år fördelas totalt N kronor', cls: 'totals', field: 'funding.total', want: 4000000, text: 'Kulturprojekt\nI år fördelas totalt 4 miljoner kronor till kulturprojekt i länet.\nFöreningar och kommuner kan söka.' },
{ id: 'TB4', miss: 'Nu fördelas N kronor i statsunderstöd', cls: 'totals', field: 'funding.total', want: 900000, text: 'Statsunderstöd\nNu fördelas 900 000 kronor i statsunderstöd till föreningar.\nRegistrerade föreningar kan söka.' },
{ id: 'TBx', miss: 'counter: last year', cls: 'totals', field: 'funding.total', want: null, text: 'Stöd till civilsamhället\nFörra året fördelades 20 miljoner kronor till projekt som stärker civilsamhället.\nIdeella föreningar kan söka stödet.' },
{ id: 'TBy', miss: 'counter: per project', cls: 'totals', field: 'funding.total', want: null, text: 'Stöd till civilsamhället\nNu fördelas högst 200 000 kronor per projekt.\nIdeella föreningar kan söka stödet.' },
{ id: 'TBz', miss: 'counter: a span of years', cls: 'totals', field: 'funding.total', want: null, text: 'Stöd till civilsamhället\nNu fördelas 20 miljoner kronor under 2024–2026.\nIdeella föreningar kan söka stödet.' },
{ id: 'PA1', miss: 'keep: the grant\'s aim', cls: 'purpose', field: 'purpose', want: { re: 'möjliggöra' }, text: 'Projektstöd\nProjektstödet ska möjliggöra nya samarbeten mellan kultur och näringsliv.\nFöreningar kan söka stödet.' },
{ id: 'PA2', miss: 'keep: a kommun\'s grant\'s aim', cls: 'purpose', field: 'purpose', want: { re: 'främja' }, text: 'Kulturbidrag\nFöreningar kan söka bidraget.\nBidraget ska främja ett rikt kulturliv i hela kommunen.' },
{ id: 'PAy', miss: 'counter: additionality', cls: 'purpose', field: 'purpose', want: { notre: 'ersätta' }, text: 'Projektstöd\nFöreningar kan söka stödet för nya samarbeten.\nStödet ska stimulera, inte ersätta, ordinarie finansiering.' },
{ id: 'PAw', miss: 'counter: not replace', cls: 'purpose', field: 'purpose', want: { notre: 'ersätta' }, text: 'Verksamhetsbidrag\nFöreningar kan söka bidraget.\nBidraget ska främja och inte ersätta ordinarie verksamhet.' },
{ id: 'PAz', miss: 'counter: a condition on the applicant', cls: 'purpose', field: 'purpose', want: { notre: 'medfinansiering' }, text: 'Projektstöd\nFöreningar kan söka stödet för nya samarbeten.\nStödet ska stimulera till medfinansiering från kommunen, som ska vara minst 50 procent.' },
{ id: 'A1y', miss: 'SEK counter: a year after the code', cls: 'amounts', field: 'funding.total', want: null, text: 'Bidrag till föreningar\nBelopp i SEK 2024 redovisas i tabellen nedan.\nIdeella föreningar kan söka bidraget.' },
{ id: 'Y3x', miss: 'counter: the report closes', cls: 'years', field: 'year', want: null, text: 'Tillämpad forskning\nRedovisningen stängs: 16 april, 2019\nForskare vid universitet kan söka.' },
{ id: 'YAz', miss: 'counter: another grant\'s year on a compound-titled page', cls: 'years', field: 'year', want: { not: 2025 }, text: 'Kulturstipendium\nSista ansökningsdag är 1 mars 2024.\nVerksamhetsbidraget gäller år 2025.\nEnskilda kan söka stipendiet.' },
{ id: 'R6y', miss: 'counter: the members of the associations', cls: 'recipients', field: 'recipients.types', want: null, text: 'Projektstöd\nSyftet med stödet är att ge föreningarnas medlemmar möjlighet att delta i tävlingar.\nBidraget får användas till projektkostnader.' },
{ id: 'D4y', miss: 'counter: a numbered clause, no day', cls: 'dates', field: 'requisition.closes', want: { not: '2016-03-02' }, text: 'Statsunderstöd 2017\nAnsökningstiden inleddes den 17 oktober 2016 och går ut enligt punkt 2.3.\nKommuner och föreningar kan söka.' },
{ id: 'R1d', miss: 'det är kommunen som lämnar in ansökan', cls: 'recipients', field: 'recipients.types', want: ['kommun'], text: 'Bidrag till lokala naturvårdsprojekt\nDet är kommunen som lämnar in ansökan.\nBidraget får användas till naturvårdsprojekt.' },
{ id: 'R1y', miss: 'counter: the kommun receives', cls: 'recipients', field: 'recipients.types', want: null, text: 'Bidrag till lokala naturvårdsprojekt\nDet är kommunen som tar emot ansökan.\nBidraget får användas till naturvårdsprojekt.' },
];

// R1c and R5b fixed by h/left65 (the cleft's own subject, CLEFT_SUBJECT; a list item of the huvudmän kinds, huvudman-kinds-for)
const LEFT_OPEN = new Set(['TBz']);

describe('vary63: paraphrases of open phrasings read right by class, counter-probes give nothing', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field} [${p.miss}]: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
