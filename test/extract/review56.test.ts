import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Constructed probes of review56 against the rows merged from adfe16c4 to 96da4f77 (h/shapes52, h/fresh53, h/forms25,
// h/diff28, h/fix54, neighbourYearClose): each case is a probe on which the merged build gave a wrong value, beside the
// dev shape of the row that must keep working.


describe('neighbour year of a yearless last day (fields/requisition.ts neighbourYearClose; cues/dates.ts NEIGHBOUR_DAY, NEIGHBOUR_ROUND_SENTENCE)', () => {
  it('dev 1753 keeps: an opening day before the last day lends its year', () => {
    expect(spec('Jordbrukarstöd\nTorsdag 9 februari 2023 öppnar årets ansökan om jordbrukarstöd. Sista dag att söka stöden är 13 april.\nBidraget får användas till kostnader för investeringar.\n').requisition?.closes).toBe('2023-04-13');
  });
  it('dev 1827 keeps: a payment month after the last day lends its year', () => {
    expect(spec('Kompetensutveckling\n\nKammarkollegiet betalar engångsvis ut pengarna under november månad 2020. Rekvisition ska ske till Kammarkollegiet senast den 31 oktober.\n\nBidraget får användas till kostnader för aktiviteter.\n').requisition?.closes).toBe('2020-10-31');
  });
  it('a1: an opening later in the year than the last day lends none (was 2023-02-15, and the opening day was lost)', () => {
    const s = spec('Stöd till jordbrukare\nAnsökan om stödet öppnar den 1 december 2023. Sista dag att söka stödet är 15 februari.\nBidraget får användas till kostnader för investeringar.\n');
    expect(s.requisition?.closes).toBeUndefined();
    expect(s.requisition?.opens).toBe('2023-12-01');
  });
  it('a2: a payment earlier in the year than the last day lends none (was 2025-10-01)', () => {
    expect(spec('Kulturstipendium\nSista dag att söka stipendiet är 1 oktober. Utbetalning sker i januari 2025.\nStipendiet kan sökas av enskilda kulturutövare.\n').requisition?.closes).toBeUndefined();
  });
  it('a3: the year the applied-for activity runs lends none (was 2025-09-30)', () => {
    expect(spec('Verksamhetsbidrag\nSista dag att söka bidraget är 30 september. Ansökan gäller verksamhet under 2025.\nIdeella föreningar kan söka bidraget.\n').requisition?.closes).toBeUndefined();
  });
  it('a4: a past round\'s figures lend none (was 2021-03-15)', () => {
    expect(spec('Projektbidrag\nSista dag att söka är 15 mars. Ansökningsomgången 2021 hade 40 sökande.\nIdeella föreningar kan söka bidraget.\n').requisition?.closes).toBeUndefined();
  });
  it('q3: another grant\'s last day, named by its compound, on a page titled by another grant (was 2024-03-01)', () => {
    expect(spec('Projektbidrag\nAnsökan om projektbidrag öppnar 1 februari 2024. Sista dag att söka verksamhetsbidrag är 1 mars.\nFöreningar kan söka bidraget.\n').requisition?.closes).toBeUndefined();
    expect(spec('Projektbidrag\nAnsökan om projektbidrag öppnar 1 februari 2024. Sista dag att söka projektbidrag är 1 mars.\nFöreningar kan söka bidraget.\n').requisition?.closes).toBe('2024-03-01');
  });
  it('a5 keeps: a weekday before the day', () => {
    expect(spec('Lovbidrag\nAnsökan för sommarlovet 2024 öppnar i april. Sista dag att söka är fredag 3 maj.\nFöreningar kan söka bidraget.\n').requisition?.closes).toBe('2024-05-03');
  });
});

describe('total: av-totalt-bracket and totalt-handlar-det-om (cues/funding.ts)', () => {
  it('dev 1282, 1412 keep', () => {
    expect(spec('Projektbidrag\nMaxbeloppet som kan sökas är 10 000 kronor (av totalt 50 000 kronor).\nIdeella föreningar kan söka bidraget.\n').funding?.total).toBe(50000);
    expect(spec('Landsbygdsstöd\nTotalt handlar det om 11 miljoner kronor till länets företag.\nFöretag kan söka stödet.\n').funding?.total).toBe(11000000);
  });
  it('e2: last year\'s share of last year\'s pot (was 50 000)', () => {
    expect(spec('Projektbidrag\nFörra året beviljades 10 000 kronor (av totalt 50 000 kronor).\nIdeella föreningar kan söka bidraget.\n').funding?.total).toBeUndefined();
  });
  it('f1, f2, f3: money paid out already, a programme\'s years, a project\'s budget (were 11 Mkr, 30 Mkr, 200 000)', () => {
    expect(spec('Landsbygdsstöd\nFörra året beviljades 40 projekt stöd. Totalt handlar det om 11 miljoner kronor som har betalats ut sedan 2015.\nFöretag kan söka stödet.\n').funding?.total).toBeUndefined();
    expect(spec('Landsbygdsstöd\nTotalt handlar det om 30 miljoner kronor under programperioden 2023–2027.\nFöretag kan söka stödet.\n').funding?.total).toBeUndefined();
    expect(spec('Landsbygdsstöd\nDu kan få stöd för hälften av kostnaden. Totalt handlar det om 200 000 kronor i projektets budget.\nFöretag kan söka stödet.\n').funding?.total).toBeUndefined();
  });
});

describe('recipients (cues/recipients.ts)', () => {
  it('dev 1802 keeps: the aim to enable associations when nobody else is said to apply', () => {
    expect(spec('Projektstöd\nSyftet med projektstödet är att skapa förutsättningar för idrottsföreningar (IF) att utveckla sin barn- och ungdomsidrott.\nBidraget får användas till kostnader för aktiviteter.\n').recipients?.types).toEqual(['organisation']);
  });
  it('b1, b2: the aim does not make associations the applicants when the page says others apply (was organisation)', () => {
    expect(spec('Utvecklingsstöd\nSyftet med stödet är att skapa förutsättningar för föreningar att samarbeta med företag. Stödet kan sökas av företag med säte i kommunen.\nBidraget får användas till kostnader för projekt.\n').recipients?.types ?? []).not.toContain('organisation');
    expect(spec('Statsbidrag för idrott\nSyftet med bidraget är att skapa förutsättningar för idrottsföreningar att utvecklas. Bidraget söks av kommunerna, som fördelar medlen vidare.\nBidraget får användas till kostnader för aktiviteter.\n').recipients?.types ?? []).not.toContain('organisation');
  });
  it('k1: a kommun handing in the application on an association\'s behalf is no applicant (was kommun)', () => {
    expect(spec('Bidrag till lokala naturvårdsprojekt\nKommunen kan skicka in ansökan åt föreningen. Bidraget går till ideella föreningar.\nBidraget får användas till kostnader för naturvård.\n').recipients?.types ?? []).not.toContain('kommun');
    expect(spec('LONA\nEndast berörd kommun kan skicka in ansökan.\nBidraget får användas till kostnader för naturvård.\n').recipients?.types).toEqual(['kommun']);
  });
  it('l1: the giver\'s other grant to publishers (was organisation)', () => {
    expect(spec('Översättarstipendium\nStipendiet kan sökas av enskilda översättare. Kulturrådet ger även stöd till förlag, men det söks på en annan blankett.\n').recipients?.types ?? []).not.toContain('organisation');
  });
});

describe('title: a fund\'s name over a grant\'s name (fields/title.ts, cues/title.ts fund-name-line)', () => {
  it('m3: "Kulturfonden" over "Projektbidrag för kulturarrangörer" is the giver (was Kulturfonden)', () => {
    expect(spec('Kulturfonden\nProjektbidrag för kulturarrangörer\nBidraget kan sökas av föreningar.\n').title).toBe('Projektbidrag för kulturarrangörer');
  });
});

describe('report due handed in with a report (cues/reporting.ts lamnas-in-senast-med-redovisning)', () => {
  it('dev 1678 keeps', () => {
    expect(spec('Bidrag för pedagogiskt material\nAnsökningarna ska vara inlämnade senast den 15 oktober 2018, och det pedagogiska materialet lämnas in till institutet senast 30 juni 2020, tillsammans med en redovisningsblankett.\nFöreningar kan söka bidraget.\n').reporting?.due).toBe('2020-06-30');
  });
  it('o3: a decision handed in with last year\'s report is no report due (was 2024-03-01)', () => {
    expect(spec('Verksamhetsbidrag\nBeslutet lämnas in till styrelsen senast 1 mars 2024 med slutrapporten från förra året.\nIdeella föreningar kan söka bidraget.\n').reporting?.due).toBeUndefined();
  });
});
