import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Phrasings of the genre met on real grant pages, each as a small page of its own (regressions
// found while reading pages the extractor was not written for).


describe('the genre', () => {
  it('reads "omfattas av" as the total', async () => {
    const s = await specOf('Statsbidrag till regioner för skyddade utrymmen\n\nStatsbidrag att fördela\n\nStatsbidraget omfattas av 24 000 000 kronor för 2024. Av fördelningslistan framgår hur stort belopp varje region kan rekvirera.\n');
    expect(s.funding?.total).toBe(24000000);
  });
  it.each([
    ['Totalt finns 30 miljoner kronor att söka för 2024.', 30000000],
    ['Budget: 12,5 miljoner kronor', 12500000],
    ['Bidragsram: 4 000 000 kr', 4000000],
  ])('reads the total in "%s"', async (line, total) => {
    const s = await specOf(`Statsbidrag till föreningar för ett ändamål 2024\n\n${line}\n\nSista ansökningsdag: 2024-03-01\n`);
    expect(s.funding?.total).toBe(total);
  });
  it('reads "fördela ytterligare" as the total of a top-up call', async () => {
    const s = await specOf('Statsbidrag (påfyllnadsmedel) för 2022 till anhörigorganisationer\n\nSocialstyrelsen har fått i uppdrag att via rekvisition fördela ytterligare 5 miljoner kronor för 2022 i statsbidrag till organisationer.\n\nFör 2022 har Socialstyrelsen enligt tidigare beslut fördelat 11 miljoner kronor (utlysning 1).\n');
    expect(s.funding?.total).toBe(5000000);
  });
  it('never takes an amount from the year before as this year\'s total', async () => {
    const s = await specOf('Informatörsverksamhet\n\nHur mycket pengar finns det att fördela?\n\nStatsbidraget fördelas under förutsättning att riksdagen beviljar medel. Under 2018 hade vi 18 miljoner kronor att fördela.\n');
    expect(s.funding?.total).toBeUndefined();
  });
  it('reads "Totalt omfattar … X kronor" as the total, and not a rough comparison after it', async () => {
    const s = await specOf('Så fördelas psykiatrisatsningen\n\nTotalt omfattar överenskommelsen mellan regeringen och SKL 1 414 miljoner kronor, drygt en halv miljard kronor mer än för år 2017. Pengarna fördelas till regionerna.\n');
    expect(s.funding?.total).toBe(1414000000);
  });
  it('takes "Syfte med statsbidraget är att …" as the purpose over the sentence about the government\'s assignment', async () => {
    const s = await specOf('Säkerställa en god vård för en grupp\n\nSyfte med statsbidraget\n\nRegeringen har gett Socialstyrelsen i uppdrag att under 2022 fördela statsbidrag till landets kommuner för en satsning. Syfte med statsbidraget är att säkerställa en god vård för gruppen.\n\nVilka som kan rekvirera\n\nSamtliga kommuner.\n');
    expect(s.purpose).toBe('Syfte med statsbidraget är att säkerställa en god vård för gruppen.');
  });

  it('takes the list after "… kan ansöka om statsbidrag för åtgärder inom:" as the permitted uses', async () => {
    const s = await specOf('Statsbidrag till regioner för en beredskap\n\nUtlysningsdatum: 2024-01-24\nSista ansökningsdag: 2024-03-06\n\nSyfte med statsbidraget\n\nStatsbidrag till regioner i syfte att stärka beredskapen.\n\nRegioner kan ansöka om statsbidrag för åtgärder inom:\n\n  1. personalförsörjning,\n  2. samverkan och ledning,\n  3. utbildning och övning\n\nVilka som kan ansöka\n\nRegioner kan söka statsbidraget.\n');
    expect(s.permitted_uses).toEqual(['personalförsörjning', 'samverkan och ledning', 'utbildning och övning']);
  });

  it.each([
    ['Rekvisitionstiden för 2018 års statsbidrag gick ut den 1 juni 2018.'],
    ['Stängt för ansökan 01 juni 2018'],
  ])('reads the closing date in "%s"', async (line) => {
    const s = await specOf(`Statsbidrag till en simskola\n\n${line}\n\nBidragets storlek\n\nSocialstyrelsen ska under 2018 efter rekvisition fördela 299 500 000 kronor till kommunerna.\n`);
    expect(s.requisition?.closes).toBe('2018-06-01');
  });

  it('reads "landsting", the regions\' name before 2019, as region', async () => {
    const s = await specOf('Stimulansbidrag till kommuner och landsting 2011\n\nSocialstyrelsen ges i uppdrag att för 2011 fördela 282 500 000 kronor. Av stimulansbidraget ska 70 procent fördelas till kommunerna och 30 procent till landstingen.\n');
    expect(s.recipients?.types).toEqual(['kommun', 'region']);
  });

  it('reads "Bidraget syftar till att …" as the purpose and "bidrag för år 2018" as the year', async () => {
    const d = await specOf('Ökat engagemang\n\nDet här bidraget syftar till att stödja åtgärder för engagemang.\n\nAnsökan öppnar: 17 maj 2024\n');
    expect(d.purpose).toBe('Det här bidraget syftar till att stödja åtgärder för engagemang.');
    const s = await specOf('Verksamhetsbidrag för arbete inom ett område\n\nBidraget syftar till att stödja ideella organisationer inom området. Ett annat syfte är att förstärka deras arbete.\n\nMyndigheten fördelar bidrag för år 2018 under förutsättning att regeringen beviljar medel.\n\nSista ansökningsdag är den 6 oktober 2017.\n');
    expect(s.purpose).toBe('Bidraget syftar till att stödja ideella organisationer inom området.');
    expect(s.year).toBe(2018);
    expect(s.requisition?.closes).toBe('2017-10-06');
  });

  it('takes a reporting date stated for "varje kommun"', async () => {
    const s = await specOf('Motverka ensamhet bland äldre\n\nÅterrapportering till Socialstyrelsen\n\nVarje kommun ska senast den 28 februari 2021 återrapportera hur stimulansmedlen har använts.\n');
    expect(s.reporting?.due).toBe('2021-02-28');
  });
  it('leaves a reporting date without a year absent', async () => {
    const s = await specOf('Ökad kunskap om hbt-personers situation\n\nÅterrapportering\n\nBidragsmottagare ska senast den 28 februari året efter bidragsåret återrapportera hur medlen har använts.\n');
    expect(s.reporting?.due).toBeUndefined();
  });
  it('does not take the next round\'s window for this one', async () => {
    const s = await specOf('Verksamhetsbidrag till stödinsatser 2018\n\nUtbetalning sker enligt plan.\n\nNästa ansökningsperiod påbörjas den 31 maj 2018 då ansökningshandlingarna för verksamhetsåret 2019 finns på webben. Ansökan ska vara Folkhälsomyndigheten tillhanda senast 30 september 2018.\n');
    expect(s.requisition?.closes).toBeUndefined();
    expect(s.requisition?.opens).toBeUndefined();
  });
  it('names a page without a title line by its first sentence, not by a link label', async () => {
    const s = await specOf('I enlighet med uppdrag i regleringsbrevet för budgetåret 2017 har myndigheten beslutat om fördelning av statsbidrag till ideella organisationer.\n\nTotalt fördelas 41 miljoner kronor varav 39 miljoner kronor går till organisationer.\n\nLäs mer\n\nSe listan över beviljade medel här\n');
    expect(s.title).toMatch(/^I enlighet med uppdrag/u);
    expect(s.funding?.total).toBe(41000000);
  });
  it.each([
    ['Rekvisitionsperiod: 2024-03-01 – 2024-04-30', '2024-03-01', '2024-04-30'],
    ['Ansökningsperiod: 1 mars–15 april 2024', '2024-03-01', '2024-04-15'],
    ['Ansökningstiden är 2 januari – 16 februari 2023.', '2023-01-02', '2023-02-16'],
  ])('reads the window in "%s"', async (line, opens, closes) => {
    const s = await specOf(`Statsbidrag till kommuner för ett ändamål\n\n${line}\n\nStatsbidraget omfattar totalt 10 miljoner kronor.\n`);
    expect(s.requisition?.opens).toBe(opens);
    expect(s.requisition?.closes).toBe(closes);
  });
  it('reads a range whose halves share a year and a hyphen without spaces', async () => {
    const s = await specOf('Statsbidrag för en likvärdig skola\n\nVad ska statsbidraget användas till?\n\nBidraget för omgången 2018 kan ni använda för kostnader till insatser under perioden 1 juli-31 december 2018.\n');
    expect(s.usage_period).toEqual({ from: '2018-07-01', to: '2018-12-31' });
  });

  it('reads "kan användas från … till och med den …" as the usage period, and a whole calendar year of use as the grant year', async () => {
    const s = await specOf('Statsbidrag till kommuner för att planera krisberedskapen\n\nAlla kommuner kan rekvirera medel.\n\nVillkor\n\nSocialstyrelsen betalar ut pengarna under hösten 2024 och de kan användas från 1 januari 2024 till och med den 31 december 2024.\n');
    expect(s.usage_period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(s.year).toBe(2024);
  });
  it('takes no year from a usage period that is not one calendar year', async () => {
    const s = await specOf('Statsbidrag till kommuner för att planera krisberedskapen\n\nAlla kommuner kan rekvirera medel.\n\nMedlen kan användas från 1 juli 2024 till och med den 30 juni 2025.\n');
    expect(s.usage_period).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(s.year).toBeUndefined();
  });
  it('reads the year from "medel för 2025" and "… kronor 2025" when nothing names the grant year', async () => {
    const s = await specOf('Statsbidrag för kortare köer till operation\n\nSamtliga regioner.\n\nMedlen omfattar totalt 300 000 000 kronor 2025.\n\nRekvisition av medel för 2025 ska ha kommit in senast den 1 juni 2025.\n');
    expect(s.year).toBe(2025);
  });
  it('lets "bidragsomgången 2018" outweigh sums promised for later years', async () => {
    const s = await specOf('Statsbidrag för en jämlik förskola\n\nFör bidragsomgången 2018 är det totala beloppet 2 miljarder kronor.\n\nRegeringen har föreslagit 4 miljarder kronor för 2019 och 5 miljarder kronor för 2020.\n');
    expect(s.year).toBe(2018);
    expect(s.funding?.total).toBe(2000000000);
  });
  it('keeps a part without a key when the parts then make up the total', async () => {
    const s = await specOf('Statsbidrag för kortare köer till operation\n\nSamtliga regioner.\n\nMedlen omfattar totalt 300 000 000 kronor och fördelas till regionerna enligt följande:\n\n- 50 miljoner kronor fördelas lika mellan regionerna.\n- 250 miljoner kronor fördelas till regionerna efter hur många operationer de gör.\n');
    expect(s.funding?.parts).toEqual([{ to: 'region', amount: 50000000, key: 'equal' }, { to: 'region', amount: 250000000 }]);
  });
  it('drops such a part when the parts would not make up the total', async () => {
    const s = await specOf('Statsbidrag för kortare köer till operation\n\nSamtliga regioner.\n\nMedlen omfattar totalt 300 000 000 kronor och fördelas till regionerna enligt följande:\n\n- 50 miljoner kronor fördelas lika mellan regionerna.\n- 200 miljoner kronor fördelas till regionerna efter hur många operationer de gör.\n');
    expect(s.funding?.parts).toEqual([{ to: 'region', amount: 50000000, key: 'equal' }]);
  });
  it('takes neither a banner the page repeats nor a notice about newsletters as the title', async () => {
    const banner = 'Vi slutar skicka nyhetsbrev om våra bidrag, och ber er att i stället prenumerera på kalendern.';
    const s = await specOf(`${banner}\n${banner}\nStatsbidrag för kortare köer till operation\nSamtliga regioner.\n`);
    expect(s.title).toBe('Statsbidrag för kortare köer till operation');
  });
  // "Stödet kan sökas från den … till den …"; "Utlysningen öppnar den X och sista ansökningsdag är den Y", by the word nearest each date
  it.each([
    ['Stöd till kommuner för fler bostäder\n\nKommuner kan söka bidrag för nya detaljplaner. Stödet kan sökas från den 3 mars 2025 till den 30 september 2027.\n', '2025-03-03', '2027-09-30'],
    ['Statsbidrag för jämställdhetsprojekt\n\nUtlysningen öppnar den 10 februari 2021 och sista ansökningsdag är den 15 mars 2021.\n', '2021-02-10', '2021-03-15'],
  ])('reads both ends of the application window in %j', async (text, opens, closes) => {
    const s = await specOf(text);
    expect(s.requisition?.opens).toBe(opens);
    expect(s.requisition?.closes).toBe(closes);
  });
  it('takes no grant year from a notice about a round two years after the window', async () => {
    const s = await specOf('Statsbidrag till patientföreningar\n\nUtlysningsdatum: 2021-05-10\nSista ansökningsdag: 2021-09-15\n\nInför bidragsåret 2023\n\nAnsökan öppnar i slutet av våren.\n');
    expect(s.requisition?.closes).toBe('2021-09-15');
    expect(s.year).toBeUndefined();
  });
  it('reads "Riksorganisationer som …" under "Vilka som kan ansöka" as organisations', async () => {
    const s = await specOf('Statsbidrag till patientföreningar\n\nVilka som kan ansöka\n\nRiksorganisationer som företräder patienter med kroniska sjukdomar.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('takes none of a site\'s notices about the browser or reloading as the title', async () => {
    const s = await specOf('Webbplatsen fungerar inte i din webbläsare. Byt till en nyare webbläsare.\n\nSidan behöver laddas om eftersom den har varit öppen länge.\n\nStöd till kommuner för fler bostäder\n\nKommuner kan söka bidrag för nya detaljplaner.\n');
    expect(s.title).toBe('Stöd till kommuner för fler bostäder');
  });
  it('takes no year from a law\'s number in a title that is a whole sentence', async () => {
    const s = await specOf('Myndigheten fördelar medel till ideella organisationer enligt förordning (SFS 2016:111) om statsbidrag.\n\nMedel fördelas endast om myndigheten får medel för 2022.\n\nSista ansökningsdag är 30 september 2021.\n');
    expect(s.year).toBe(2022);
  });
  it.each([
    ['Under 2019 har myndigheten 12 miljoner kronor att fördela.', 2019],
    ['Under 2019 hade vi 12 miljoner kronor att fördela.', undefined],
  ])('reads the year from "%s" only in the present tense', async (line, year) => {
    // no deadline line: a call closing 1 mars 2019 on a page that states no other year is 2019's call all the same
    // (title.ts findYear), whatever the tense of the money sentence
    const s = await specOf(`Statsbidrag till ungas föreningar\n\n${line}\n`);
    expect(s.year).toBe(year);
  });
  it.each([
    ['Ideella organisationer kan söka.'],
    ['Bidraget riktar sig till organisationer vars verksamhet förebygger spelproblem.'],
  ])('reads "%s" as organisations who may apply', async (line) => {
    const s = await specOf(`Statsbidrag till ungas föreningar\n\n${line}\n`);
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('takes no organisations from a sentence that names them in passing', async () => {
    const s = await specOf('Statsbidrag för lokala naturprojekt\n\nDet är kommuner som kan söka bidraget, men till exempel intresseorganisationer kan föreslå projekt.\n');
    expect(s.recipients?.types).toEqual(['kommun']);
  });
  it('reads a press release: its title under the department\'s label, "stöd om sammanlagt" as the total, and "Av stödet fördelas X till kommunerna och Y till landstingen" as its parts', async () => {
    const s = await specOf('Innehållet publicerades under perioden 1 januari 2015 till den 1 januari 2019\n\nPressmeddelande från Socialdepartementet\n\nBeslut om bidrag till kommuner och landsting\n\nPublicerad\n\nRegeringen har föreslagit ett tillfälligt stöd om sammanlagt 2,5 miljarder kronor till kommunerna och landstingen.\n\nAv stödet fördelas 2 miljarder kronor till kommunerna och 500 miljoner kronor till landstingen.\n');
    expect(s.title).toBe('Beslut om bidrag till kommuner och landsting');
    expect(s.funding).toEqual({ total: 2500000000, parts: [{ to: 'kommun', amount: 2000000000 }, { to: 'region', amount: 500000000 }] });
  });
  it('reads items "X miljoner fördelas till samtliga kommuner …" and "… fördelas på 30 kommuner" as parts of the sum they make up', async () => {
    const s = await specOf('Fördelning av medel till kommuner 2020\n\nUtöver de generella bidragen fördelas 700 miljoner till äldreomsorg och skola.\n\n- 400 miljoner fördelas till samtliga kommuner efter antalet äldre.\n- 300 miljoner fördelas på 30 kommuner för att stärka skolan.\n');
    expect(s.funding?.parts).toEqual([{ to: 'kommun', amount: 400000000 }, { to: 'kommun', amount: 300000000 }]);
  });
  it('makes no part of a sum that goes to one kind of recipient whole', async () => {
    const s = await specOf('Fördelning av medel 2020, kvinnors hälsa\n\nUnder 2020 fördelas 1,5 miljarder kronor till regionerna.\n');
    expect(s.funding).toEqual({ total: 1500000000 });
  });
  it('reads an agreement page: not its date stamp as the title, and "Av totala X avsätts Y till regionerna utifrån befolkningsmängd" as a per-capita part of Y', async () => {
    const s = await specOf('Publicerad 9 januari 2024\n\nFördelning av medel 2024\n\nÖverenskommelsen för 2024 omfattar totalt 1 200 000 000 kronor.\n\nAv totala 1,2 miljarder avsätts 1,1 miljarder till regionerna utifrån befolkningsmängd samt 100 miljoner till glesbygden.\n');
    expect(s.title).toBe('Fördelning av medel 2024');
    expect(s.funding?.total).toBe(1200000000);
    expect(s.funding?.parts).toEqual([{ to: 'region', amount: 1100000000, key: 'per-capita' }]);
  });
  it.each([['2019/20'], ['2019/2020']])('takes no single grant year from a school year "%s" in the title', async (span) => {
    const s = await specOf(`Statsbidrag för fler lärare ${span}\n\nBidragsramen visar hur mycket varje huvudman kan begära ut av bidraget.\n`);
    expect(s.year).toBeUndefined();
  });
  it.each([
    ['I redovisningen beskriver ni vad ni gjort under verksamhetsåret 2021.', 2021],
    ['Ni ska redovisa organisationsbidraget för år 2021 senast 1 mars 2022.', 2021],
  ])('reads the year from "%s"', async (line, year) => {
    const s = await specOf(`Hjälptext för redovisning av bidrag\n\n${line}\n\nSista dag att redovisa är den 1 mars 2022.\n`);
    expect(s.year).toBe(year);
  });
  it.each([
    ['Sista dag att redovisa är den 31 januari 2025'],
    ['Sista dag för återrapportering: 2025-01-31'],
  ])('reads "%s" as the reporting due date', async (line) => {
    const s = await specOf(`Anvisningar för redovisning av projektbidrag 2024\n\n${line}\n\nNi redovisar i en digital blankett.\n`);
    expect(s.reporting?.due).toBe('2025-01-31');
  });
  it('reads "Ni kan söka bidraget" as the recipients\' heading, and "inte … kommunala" as no kommun', async () => {
    const s = await specOf('Mot diskriminering\n\nBidrag till projekt mot diskriminering.\n\nNi kan söka bidraget\n\nIdeella föreningar och stiftelser som inte är statliga eller kommunala.\n\nBidragets storlek\n\nFör 2019 har myndigheten 12 miljoner kronor att fördela.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
    expect(s.year).toBe(2019);
  });
  it('reads "Bidrag kan lämnas till ideella organisationer och stiftelser" as organisations who may apply', async () => {
    const s = await specOf('Mot diskriminering\n\nAnsökan\n\nBidrag kan lämnas till ideella organisationer och stiftelser som arbetar utan vinstsyfte.\n\nFör verksamhetsår 2024 fördelas 20 miljoner kronor.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
    expect(s.year).toBe(2024);
  });
  it('reads "Ansökan … kan göras till den 1 december 2017" as the last day, and "bara kommunen som kan ansöka" as kommuner', async () => {
    const s = await specOf('Lokala naturprojekt\n\nAnsök om bidrag\n\nAnsökan om bidrag för nya projekt kan göras till den 1 december 2017 och beslut meddelas under våren 2018.\n\nAlla kan föreslå projekt, men det är bara kommunen som kan ansöka om bidrag.\n');
    expect(s.requisition?.closes).toBe('2017-12-01');
    expect(s.recipients?.types).toEqual(['kommun']);
  });
  it('reads the year from "För år 2016 finns 120 000 000 kronor …", not from the diary number "S2015/1234/FST" in a sentence-long title', async () => {
    const s = await specOf('Regeringsbeslut S2015/1234/FST Uppdrag att betala ut stimulansbidrag till kommuner och landsting.\n\nFör år 2016 finns 120 000 000 kronor för att stödja kommuner och landsting. Socialstyrelsen ges i uppdrag att fördela 118 000 000 kronor till kommunerna och landstingen.\n');
    expect(s.year).toBe(2016);
  });
  it('takes no year from money granted in the past ("beviljades 5 miljoner kronor 2019")', async () => {
    const s = await specOf('Statsbidrag till föreningar mot ensamhet\n\nSista ansökningsdag är 1 oktober 2020.\n\nTidigare beviljades 5 miljoner kronor 2019 till tolv föreningar.\n');
    expect(s.year).toBeUndefined();
  });
});
