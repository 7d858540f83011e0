import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Shapes of grant pages and utlysningar of bodies never seen (helper fresh53, issue 12, dev 1850–1874): each probe beside
// the neighbouring case that must keep working. A text marked "constructed" is not a real document's; the others quote
// the dev texts named beside them.

const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';

describe('funding: the first of two pots, each for its own measure, is no total (cues/funding.ts att-fordela)', () => {
  it('dev 1871: "Under 2017 finns 2,1 miljoner kronor att söka för samarbetsprojekt … och 1,5 milj för informationsinsatser …"', () => {
    const s = spec('Landsbygdsprogrammet\n\nUnder 2017 finns 2,1 miljoner kronor att söka för samarbetsprojekt inom landsbygdsprogrammet och 1,5 milj för informationsinsatser och kompetensutveckling.\n\n' + BODY);
    expect(s.funding?.total).toBeUndefined();
    expect(s.year).toBe(2017);
  });
  it('keeps (constructed): one sum for two measures is the total', () => {
    expect(spec('Landsbygdsprogrammet\n\nUnder 2017 finns 3,6 miljoner kronor att söka för samarbetsprojekt och informationsinsatser.\n\n' + BODY).funding?.total).toBe(3600000);
  });
});

describe('requisition: a Finland-Swedish day range in one month after the window\'s noun (parse/numeric-dates.ts dayRange)', () => {
  it('dev 1852: "Följande ansökningsperiod är 1–31.12.2018."', () => {
    const s = spec('Vistelsestipendium\n\nDu kan ansöka om stipendiet i december. Följande ansökningsperiod är 1–31.12.2018.\n\n' + BODY);
    expect(s.requisition?.opens).toBe('2018-12-01');
    expect(s.requisition?.closes).toBe('2018-12-31');
  });
  it('dev 1859: "Ansökningstid: 1-28.2.2022" gives the year', () => {
    expect(spec('Stipendier och bidrag\n\nAnsökningstid: 1-28.2.2022\n\nBeslut: i slutet av maj\n\n' + BODY).year).toBe(2022);
  });
  it('keeps (constructed): numbered parts without the window\'s noun, and a yearless range, are no dates', () => {
    const s = spec('Stipendier\n\nSe avsnitt 1–3.1.2019 i riktlinjerna.\n\nAnsökningstid 1–28.2. varje år.\n\n' + BODY);
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.requisition?.closes).toBeUndefined();
  });
});

describe('year: a closed or open window named with its grant and year (cues/year.ts ansokningsperioden-for-bidrag-ar)', () => {
  it('dev 1874: "Ansökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026."', () => {
    expect(spec('Ansökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026. Totalt inkom i år över 185 ansökningar till olika typer av kulturella projekt.\n\n' + BODY).year).toBe(2025);
  });
  it('keeps (constructed): a window of two years names none', () => {
    expect(spec('Projektbidrag\n\nAnsökningsperioden för projektbidrag 2024–2025 är nu stängd.\n\n' + BODY).year).toBeUndefined();
  });
});

describe('recipients: the type alone allowed to hand in the application; publishers (cues/recipients.ts)', () => {
  it('dev 1855: "Endast berörd kommun kan skicka in ansökan."', () => {
    expect(spec('LONA\n\nEndast berörd kommun kan skicka in ansökan. Kommunen är ansvarig för projektet.\n\n' + BODY).recipients?.types).toEqual(['kommun']);
  });
  it('dev 1857: "… beviljar stöd till förlag för tryckning av svenskspråkiga skön- och facklitterära verk"', () => {
    expect(spec('Svenskspråkig skönlitteratur\n\nDelegationen beviljar stöd till förlag för tryckning av svenskspråkiga skön- och facklitterära verk.\n\n' + BODY).recipients?.types).toEqual(['organisation']);
  });
  it('keeps (constructed): a kommun that receives another\'s application is no recipient', () => {
    expect(spec('Föreningsbidrag\n\nDu kan skicka in ansökan via kommunen.\n\n' + BODY).recipients?.types ?? []).not.toContain('kommun');
  });
});

describe('title: a fund\'s name below a site\'s category label (cues/title.ts fund-name-line)', () => {
  it('dev 1863: "Projektfinansiering" / "Längmanska Kulturfonden" / the post\'s date', () => {
    expect(spec('Projektfinansiering\n\nLängmanska Kulturfonden\n\n2016-01-15\n\nFonden skall främja:\n\n  • konst och litteratur\n\nSåväl enskilda personer som organisationer kan söka bidrag.\n').title).toBe('Längmanska Kulturfonden');
  });
  it('keeps (constructed): "Om fonden" is no fund\'s name', () => {
    expect(spec('Projektbidrag\n\nOm fonden\n\nFöreningar kan söka bidrag.\n\n' + BODY).title).toBe('Projektbidrag');
  });
});

describe('contacts: what has an address\'s shape and is none (parse/contacts.ts, cues/references.ts NOT_AN_ADDRESS)', () => {
  it('dev 1851: a scrambled anti-spam string running into a second "@"', () => {
    expect(spec('Stöd till förlag\n\nStöd kan sökas av förlag och föreningar.\n\nFrågor kan sändas till qryrtngvbara@fyf.svif.sls@nenoitageled .\n\n' + BODY).contacts ?? []).toEqual([]);
  });
  it('dev 1859: the staff\'s address pattern "fornamn.efternamn@konstsamfundet.fi"', () => {
    expect(spec('Stipendier och bidrag\n\nAnsökningstid: 1-28.2.2022\n\nKlara Paul\n\nstipendiesakkunnig\n\n+358 40 7197 898, fornamn.efternamn@konstsamfundet.fi\n\n' + BODY).contacts ?? []).toEqual([]);
  });
  it('keeps (constructed): a real address, also at a sentence\'s end', () => {
    const s = spec('Stipendier\n\nFöreningar kan söka bidrag. Frågor besvaras av klara.paul@konstsamfundet.fi. Mejla oss.\n\n' + BODY);
    expect((s.contacts ?? []).map((c) => c.email)).toEqual(['klara.paul@konstsamfundet.fi']);
  });
});
