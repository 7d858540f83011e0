import { describe, expect, it } from 'vitest';
import { TOTAL_CUES } from '../../extract/cues/funding.js';
import { findFunding } from '../../extract/fields/funding.js';
import { readText } from '../../extract/read/text.js';
import { specOf } from './probe.js';

// Reporting instructions and government decisions read while collecting dev texts 715–729: a page
// whose subject is reporting on a grant is a grant text, and the phrasings it states its dates,
// recipients and sums in (each page below written from a real one, shortened).


describe('a page headed by its report', () => {
  it('is a grant text though it names its grant once and states no field', async () => {
    const s = await specOf('lu.se\n\nRapportering\n\nÖvrig personalmobilitet\n\nEfter avslutad mobilitet skickas en rapport ut, som det är obligatoriskt att besvara. Du måste även skicka in en blankett som styrker datumen för din mobilitet.\n\nNär allt detta skett betalas de utlovade Erasmusmedlen ut.\n');
    expect(s.kind).toBe('anvisning');
    // the site's bare domain above the page is its logo link, not the title
    expect(s.title).toBe('Rapportering');
  });
  it('is still refused when nothing in it speaks of a grant', async () => {
    await expect(specOf('Rapportering\n\nEfter avslutad kurs skickas en enkät ut, som det är obligatoriskt att besvara.\n')).rejects.toThrow(/not-a-grant-instruction|grant/u);
  });
  it('is no grant text for a report heading inside a sentence', async () => {
    await expect(specOf('Om kursen\n\nRapportering sker i kursportalen. Efter kursen betalas medlen ut.\n')).rejects.toThrow(/not-a-grant-instruction|grant/u);
  });
});

// Issue 12: a reporting page or a förordning that states a grant's rules in other words than
// "bidrag", "medel" or "stöd" (shapes of Tillväxtverket's, Brottsoffermyndigheten's and
// Migrationsverket's pages and förordningar, shortened) is a grant text; money in general is not.
describe('a grant named in other words', () => {
  it('accepts a reporting page on "pengarna" addressed to the recipients', async () => {
    const s = await specOf('Redovisning av ert projekt\n\nNi som har fått pengar från oss ska redovisa hur pengarna har använts.\n\nRedovisningen ska innehålla en beskrivning av vad ni har gjort och en ekonomisk redovisning.\n');
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Redovisning av ert projekt');
  });
  it('accepts a page on reporting projects "som har finansierats av oss"', async () => {
    const s = await specOf('Slutrapportering för beviljade projekt\n\nProjekt som har finansierats av oss ska slutrapporteras när projekttiden är slut. Slutrapporten ska innehålla en resultatredovisning och en ekonomisk rapport.\n');
    expect(s.kind).toBe('anvisning');
  });
  it('accepts a förordning on "statlig ersättning" to kommuner', async () => {
    const s = await specOf('Förordning om statlig ersättning för insatser för vissa utlänningar\n\n1 § Denna förordning innehåller bestämmelser om statlig ersättning till kommuner och regioner för insatser för vissa utlänningar.\n\n2 § Migrationsverket prövar frågor om ersättning enligt denna förordning.\n\n3 § Ersättning lämnas till en kommun för kostnader för mottagande av ensamkommande barn.\n');
    expect(s.kind).toBe('anvisning');
  });
  it('still refuses a page on money in general', async () => {
    await expect(specOf('Spara smart\n\nSpara pengarna på ett sparkonto. Bostaden finansieras med banklån.\n')).rejects.toThrow(/not-a-grant-instruction|grant/u);
    await expect(specOf('Resor\n\nErsättning för resekostnader betalas ut mot kvitto.\n')).rejects.toThrow(/not-a-grant-instruction|grant/u);
  });
});

describe('dates, recipients and sums of reporting texts and decisions', () => {
  it('reads the due date of "Medel som beviljats … ska redovisas … dock senast senast den"', async () => {
    const s = await specOf('Riktlinjer för föreningsstöd 2017\n\nEnbart föreningar som redovisar medlemmar i IdrottOnline Klubb kan beviljas medel från Idrottslyftet.\n\nMedel som beviljats under 2016 ska redovisas så snart som möjligt, dock senast senast den 30 oktober 2017 (för projekt avslutade före detta datum).\n');
    expect(s.reporting?.due).toBe('2017-10-30');
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('takes no due date from a date the money is to be used by', async () => {
    const s = await specOf('Riktlinjer för föreningsstöd 2017\n\nMedel som beviljats ska användas senast den 31 december 2017.\n\nBidraget ska redovisas i IdrottOnline.\n');
    expect(s.reporting?.due).toBeUndefined();
  });
  it('reads the organisations that must report each year as the recipients', async () => {
    const s = await specOf('Föreningsrapport och viktiga datum\n\nAlla registrerade föreningar och organisationer ska varje år skicka in föreningsrapport och årsmötesprotokoll till fritidsförvaltningen. Om rapporten inte lämnas in utbetalas inget bidrag.\n');
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('reads "betala ut ett bidrag om X till" a named recipient as the total', async () => {
    const s = await specOf('# Uppdrag att betala ut bidrag till Sveriges a-kassor\n\nRegeringen uppdrar åt Arbetsförmedlingen att betala ut ett bidrag om 50 miljoner kronor till Sveriges a-kassor.\n');
    expect(s.funding?.total).toBe(50000000);
  });
});

describe('per-year totals', () => {
  it('are let through by the rows marked yearly, and only by them', () => {
    expect(TOTAL_CUES.filter((r) => r.yearly === true).length).toBeGreaterThan(0);
    const doc = (md: string) => readText('page.md', md);
    expect(findFunding(doc('# Bidrag\n\nBudgeten är på 1 000 000 kronor per år och beslut fattas av kommunstyrelsen.\n')).total?.value).toBe(1000000);
    // a sum per year under any other row is a rate, never the total
    expect(findFunding(doc('# Bidrag\n\nTotalt finns 40 000 kronor per år att söka för varje förening.\n')).total).toBeUndefined();
  });
});
