import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';

// Review of stop 48's merges (review48, issues 12 and 14; helper fix51b): constructed probe texts on which a row gave a
// wrong value where main 9f7c911a was right or gave nothing, each beside the case the row was made for. Every probe text
// here is constructed, not a real document's; the kept cases repeat the rows' own examples.

const spec = (text: string) => anvisningOf(text, 'md');

describe('totals (cues/funding.ts)', () => {
  it('constructed (f1): "varav … i denna utlysning är reserverade för …" is a reserved part, not the total', () => {
    const s = spec('# Utlysning: Innovation i kulturen\n\nTotalt har 30 miljoner kronor avsatts för 2025, varav 10 miljoner kronor i denna utlysning är reserverade för projekt i Norrland.\n\nI utlysningen finns totalt 20 miljoner kronor.\n');
    expect(s.funding?.total).not.toBe(10000000);
  });
  it('keeps: "varav 10 miljoner kronor i denna utlysning." (varav-i-denna-utlysning)', () => {
    expect(spec('# Utlysning: Innovation i kulturen\n\nTotalt har 20 miljoner kronor ställts till förfogande under 2020 och 2021, varav 10 miljoner kronor i denna utlysning.\n').funding?.total).toBe(10000000);
  });
  it('constructed (f2): a pot for a span of years is no total', () => {
    const s = spec('# Ungdomspotten\n\nUngdomspotten är ett bidrag för unga som vill genomföra egna aktiviteter.\n\nUngdomspotten är på totalt 150 000 kronor för perioden 2024–2026. Varje projekt kan få högst 10 000 kronor.\n');
    expect(s.funding?.total).toBeUndefined();
  });
  it('keeps: "Ungdomspotten är på totalt 50 000 kronor." (potten-ar-pa-totalt, dev 1808)', () => {
    expect(spec('# Ungdomspotten\n\nUngdomspotten är ett bidrag för unga som vill genomföra egna aktiviteter.\n\nUngdomspotten är på totalt 50 000 kronor.\n').funding?.total).toBe(50000);
    // constructed: an ISO date in the sentence is no span of years
    expect(spec('# Ungdomspotten\n\nUngdomspotten är ett bidrag för unga som vill genomföra egna aktiviteter.\n\nUngdomspotten är på totalt 50 000 kronor och ansökan ska vara inne senast 2024-03-01.\n').funding?.total).toBe(50000);
  });
  it('constructed (f7, f3): an assignment\'s sum over several years or several grants is no total', () => {
    expect(spec('# Stöd till regionala innovationsprojekt 2023–2025\n\nTillväxtverket har regeringens uppdrag att fördela cirka 90 miljoner kronor under 2023–2025 till regionala innovationsprojekt.\n\nI denna utlysning kan företag och organisationer söka stöd.\n').funding?.total).toBeUndefined();
    expect(spec('# Organisationsbidrag till barn- och ungdomsorganisationer\n\nMUCF har regeringens uppdrag att fördela cirka 200 miljoner kronor varje år till det civila samhället, bland annat genom organisationsbidrag, projektbidrag och verksamhetsbidrag.\n\nOrganisationsbidrag kan sökas av ideella organisationer.\n').funding?.total).toBeUndefined();
  });
  it('keeps: "… uppdrag att fördela cirka 18,4 miljoner kronor inom stödformen under 2021" (uppdrag-att-fordela-cirka, dev 1803)', () => {
    const f = spec('# Stöd till unga\n\nMyndigheten för ungdoms- och civilsamhällesfrågor har regeringens uppdrag att fördela cirka 18,4 miljoner kronor inom stödformen under 2021.\n').funding;
    expect(f?.total).toBe(18400000);
  });
});

describe('reporting due (cues/reporting.ts medlen-ska-redovisas-senast, fields/reporting.ts)', () => {
  it('constructed (t1): the earlier läsår\'s report on a page applying for the next is not the due', () => {
    const s = spec('# Skapande skola\n\nAnsök om Skapande skola-bidrag för läsåret 2017/18 senast den 1 mars 2017.\n\nSkapande skola-bidraget för läsåret 2016/17 ska redovisas senast den 28 september 2017.\n\nBidraget för 2017/18 ska redovisas senast den 28 september 2018.\n');
    expect(s.reporting?.due).not.toBe('2017-09-28');
  });
  it('constructed (t2): another grant\'s compound is not this page\'s report', () => {
    const s = spec('# Bidrag till idrottsanläggningar\n\nSkapande skola-bidraget ska redovisas senast den 28 september 2017, men det gäller inte detta bidrag. Anläggningsbidraget redovisas i samband med ansökan.\n');
    expect(s.reporting?.due).toBeUndefined();
  });
  it('keeps: the title\'s grant and its period (diff q263\'s shape)', () => {
    expect(spec('# Skapande skola\n\nSkapande skola-bidraget för läsåret 2016/17 ska redovisas senast den 28 september 2017.\n').reporting?.due).toBe('2017-09-28');
    expect(spec('# Så redovisar ni\n\nSkapande skola-bidraget för läsåret 2016/17 ska redovisas senast den 28 september 2017.\n\nSkapande skola-bidraget för läsåret 2017/18 ska redovisas senast den 27 september 2018\n').reporting?.due).toBe('2018-09-27');
    expect(spec('# Bidrag\n\nMedlen ska redovisas senast den 31 mars 2026.\n').reporting?.due).toBe('2026-03-31');
  });
});

const types = (text: string) => spec(text).recipients?.types ?? [];

describe('recipients (cues/recipients.ts, fields/recipients.ts)', () => {
  it('constructed (c4, c10): another grant\'s "kan också beviljas till", and where money is paid, add no recipient', () => {
    expect(types('# Aktivitetsbidrag\n\n## Vem kan söka?\n\nIdeella föreningar kan söka aktivitetsbidrag.\n\nInvesteringsbidrag kan också beviljas till kommuner och regioner, se sidan Investeringsbidrag.\n')).toEqual(['organisation']);
    expect(types('# Föreningsbidrag\n\n## Vem kan söka?\n\nIdeella föreningar kan söka bidraget.\n\nBidraget kan också betalas ut till kommunen om föreningen har upphört, och återbetalas då till kommunens föreningsfond.\n')).toEqual(['organisation']);
  });
  it('keeps: the page\'s grant "kan också beviljas direkt till" (kan-ocksa-beviljas-till, dev 1752\'s shape)', () => {
    expect(types('# Bygdemedel\n\n## Vem kan söka?\n\nBygdemedel kan sökas framförallt av föreningar.\n\nBygdemedel kan också beviljas direkt till berörda kommuner för investeringar som är angelägna ur samhällssynpunkt.\n')).toContain('kommun');
    expect(types('# Föreningsbidrag\n\n## Vem kan söka?\n\nIdeella föreningar kan söka bidraget.\n\nBidraget kan även sökas av kommuner.\n')).toContain('kommun');
  });
  it('constructed (c1): "du som medlem i en förening" is a person', () => {
    expect(types('# Kulturstipendium\n\n## Vem kan söka?\n\nHär kan du som medlem i en förening söka stipendiet. Stipendiet delas ut till enskilda personer som är folkbokförda i kommunen.\n')).not.toContain('organisation');
  });
  it('keeps: "kan du som enskild kulturarbetare, förening och organisation söka" (kan-du-som-forening-soka, dev 1779)', () => {
    expect(types('# Kulturstöd\n\nFör att hela länets kultur ska leva kan du som enskild kulturarbetare, förening och organisation söka kulturstöd från Region Norrbotten.\n')).toContain('organisation');
  });
  it('constructed (c8): "Kan din förening söka? Nej, …" is no organisation', () => {
    expect(types('# Ungdomsstipendium\n\n## Vem kan söka?\n\nStipendiet söks av enskilda ungdomar mellan 15 och 20 år. Kan din förening söka? Nej, föreningar hänvisas till föreningsbidraget.\n')).not.toContain('organisation');
  });
  it('keeps: "Från idag den 13 februari kan din förening söka projektstöd." (kan-din-forening-soka, dev 1801)', () => {
    expect(types('# Projektstöd\n\nFrån idag den 13 februari kan din förening söka projektstöd.\n')).toContain('organisation');
  });
  it('constructed (c3): the partner after "tillsammans med" is not the applicant', () => {
    expect(types('# Regional utveckling – utlysning 2025\n\n## Vem kan söka?\n\nUtlysningen vänder sig till aktörer – företag tillsammans med organisationer inom besöksnäringen. Företaget ska vara projektägare.\n')).not.toContain('organisation');
  });
  it('keeps: "aktörer – offentliga, ideella och privata organisationer" (riktar-sig-till-organisationer, dev 1783)', () => {
    expect(types('# Regional utveckling\n\nUtlysningen vänder sig till aktörer – offentliga, ideella och privata organisationer samt bransch- och intresseorganisationer som verkar inom området regional utveckling i Halland.\n')).toContain('organisation');
  });
  it('constructed (c7): "Föreningar kan inte söka, men kan till exempel vara föreningar …" adds no organisation', () => {
    expect(types('# Bidrag till sommarlovsaktiviteter\n\n## Kan du ansöka?\n\nKommuner kan söka bidraget. Föreningar kan inte söka, men kan till exempel vara föreningar som kommunen samarbetar med.\n')).toEqual(['kommun']);
  });
  it('keeps: "Det kan till exempel vara kommuner, bibliotek, föreningar …" (organisation, diff q268)', () => {
    expect(types('# Bidrag till läsfrämjande\n\n## Kan du ansöka?\n\nDet kan till exempel vara kommuner, bibliotek, föreningar och andra sammanslutningar med organisationsnummer och verksamhet i Sverige.\n')).toContain('organisation');
  });
  it('constructed (c11): a question the next sentence denies is no recipient', () => {
    expect(types('# Sommarlovsbidrag\n\n## Vanliga frågor\n\nVad kan kommunen söka bidrag för? Det här bidraget söks inte av kommunen utan av föreningar som ordnar lovaktiviteter.\n')).not.toContain('kommun');
  });
  it('keeps: "Vad kan kommunen söka bidrag för?" in a guide (vad-kan-typ-soka, dev 1835)', () => {
    expect(types('# Lokala naturvårdsprojekt\n\n## Innehåll\n\nVad kan kommunen söka bidrag för? Bidraget kan användas till naturvård.\n')).toContain('kommun');
  });
});
