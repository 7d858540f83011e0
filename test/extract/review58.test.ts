import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Constructed probes of review58 against the rows merged from e31739dd to 53f9ab65 (h/left57, h/fresh57, h/diff29): each
// case is a probe on which the merged build gave a wrong value (or lost a right one), beside the dev shape of the row that
// must keep working. A missing value beats a wrong one.

const page = (title: string, ...lines: string[]): string => `${title}\n${lines.join('\n')}\n`;

describe('a next round\'s time (cues/dates.ts NEXT_ROUND_TIME, fields/requisition.ts)', () => {
  it('n1 keeps: "Nästa ansökningstid" on its own line is the next round, this one\'s window stays', () => {
    const s = spec(page('Kulturbidrag', 'Ansökningstid: 1–31.1.2025', 'Nästa ansökningstid: 1–31.3.2025 (preliminär)', 'Föreningar kan söka bidraget.'));
    expect(s.requisition?.closes).toBe('2025-01-31');
  });
  it('n3: this round\'s window before "Nästa ansökningstid meddelas senare." in the same paragraph (was lost)', () => {
    const s = spec(page('Kulturbidrag', 'Ansökningstiden är 1–31 mars 2025. Nästa ansökningstid meddelas senare.', 'Föreningar kan söka bidraget.'));
    expect(s.requisition?.opens).toBe('2025-03-01');
    expect(s.requisition?.closes).toBe('2025-03-31');
  });
  it('n2 keeps: a next round\'s day after "Nästa ansökningstid" is no window', () => {
    expect(spec(page('Kulturbidrag', 'Nästa ansökningstid börjar 1 mars 2025.', 'Föreningar kan söka bidraget.')).requisition?.opens).toBeUndefined();
  });
});

describe('total: stod-om-sammanlagt on a compound (cues/funding.ts)', () => {
  it('diff q288 keeps: "föreningsbidrag på totalt 900 000 kronor"', () => {
    expect(spec(page('Föreningsbidrag', 'Region Skåne delar varje år ut föreningsbidrag på totalt 900 000 kronor till ideella miljö- och naturvårdsföreningar.', 'Föreningar kan söka bidraget.')).funding?.total).toBe(900000);
  });
  it('dev 526 keeps: a sum proposed in an ändringsbudget', () => {
    expect(spec(page('Stöd till kommuner', 'Regeringen har i en extra ändringsbudget föreslagit ett tillfälligt stöd om sammanlagt 9,8 miljarder kronor till kommunerna och landstingen.')).funding?.total).toBe(9800000000);
  });
  it('so2: a committee\'s budget for the grants, a share of it the grant\'s (was 5 000 000)', () => {
    expect(spec(page('Föreningsbidrag', 'Kulturnämnden har en budget för kulturbidrag på totalt 5 miljoner kronor, varav 900 000 kronor går till föreningsbidrag.', 'Föreningar kan söka bidraget.')).funding?.total).not.toBe(5000000);
  });
  it('so3: last year\'s (was 900 000)', () => {
    expect(spec(page('Föreningsbidrag', 'Förra året delade kommunen ut föreningsbidrag på totalt 900 000 kronor.', 'Föreningar kan söka bidraget.')).funding?.total).toBeUndefined();
  });
  it('so4: what one association can get (was 5 000)', () => {
    expect(spec(page('Föreningsbidrag', 'Föreningen kan få ett startbidrag på totalt 5 000 kronor.', 'Föreningar kan söka bidraget.')).funding?.total).toBeUndefined();
  });
});

describe('total: fordela-medel-om (cues/funding.ts)', () => {
  it('dev 1908 keeps', () => {
    expect(spec(page('Uppdrag', 'Socialstyrelsen får i uppdrag att fördela, administrera och följa upp utvecklingsmedel om 109 000 000 kronor till kommuner, landsting och ideella föreningar som bedriver verksamhet på lokal nivå.')).funding?.total).toBe(109000000);
  });
  it('f4: a sum for a span of years (was 100 000 000)', () => {
    expect(spec(page('Uppdrag', 'Socialstyrelsen får i uppdrag att fördela utvecklingsmedel om 100 miljoner kronor under 2024–2026 till kommuner.')).funding?.total).toBeUndefined();
  });
});

describe('recipients: medel-om-belopp-till, medel-om-kronor-till-organisationer (cues/recipients.ts)', () => {
  it('dev 1908 keeps: kommuner, landsting and föreningar in an assignment', () => {
    expect(spec(page('Uppdrag', 'Socialstyrelsen får i uppdrag att fördela, administrera och följa upp utvecklingsmedel om 109 000 000 kronor till kommuner, landsting och ideella föreningar som bedriver verksamhet på lokal nivå.')).recipients?.types).toEqual(expect.arrayContaining(['kommun', 'region', 'organisation']));
  });
  it('m5, m5b: the kommun that gives its money is no recipient (was kommun)', () => {
    expect(spec(page('Verksamhetsbidrag', 'Kommunen ger bidrag om 2 miljoner kronor till föreningar varje år.', 'Bidraget kan sökas av ideella föreningar.')).recipients?.types).toEqual(['organisation']);
    expect(spec(page('Verksamhetsbidrag', 'Kommunen fördelar bidrag om 2 miljoner kronor till föreningar varje år.', 'Bidraget kan sökas av ideella föreningar.')).recipients?.types).toEqual(['organisation']);
  });
  it('m5d: the region that gives is no recipient (was kommun, region)', () => {
    expect(spec(page('Verksamhetsbidrag', 'Regionen delar ut stöd om 2 miljoner kronor till kommuner.')).recipients?.types ?? []).not.toContain('region');
  });
});

describe('recipients: a recipients section\'s later lead list (fields/recipients.ts, bidrag-riktar-sig-till-list)', () => {
  it('dev 1921 shape keeps: the items\' kinds', () => {
    const s = spec(page('Statsbidrag', 'Vem kan söka?', 'Bidraget kan sökas av ideella föreningar.', 'De statsbidrag som Skolverket fördelar riktar sig till', '• kommunala huvudmän', '• fristående huvudmän'));
    expect(s.recipients?.types).toContain('organisation');
  });
  it('l2: "projekt i kommuner", "verksamhet i regioner" name places (was kommun, region)', () => {
    const s = spec(page('Kulturbidrag', 'Vem kan söka?', 'Ideella föreningar kan söka bidraget.', 'Stödet riktar sig till', '• projekt i kommuner', '• verksamhet i regioner'));
    expect(s.recipients?.types).toEqual(['organisation']);
  });
  it('l4: "företag som samarbetar med kommuner" names a partner (was kommun)', () => {
    const s = spec(page('Kulturbidrag', 'Vem kan söka?', 'Ideella föreningar kan söka bidraget.', 'Utlysningen riktar sig till', '• företag som samarbetar med kommuner', '• universitet'));
    expect(s.recipients?.types ?? []).not.toContain('kommun');
  });
});

describe('total: ar-avsatt-att-fordelas (cues/funding.ts)', () => {
  it('diff q289 keeps: "700 000 SEK är avsatt att fördelas till godkända ansökningar"', () => {
    expect(spec(page('Miljöbidrag', 'Föreningar kan söka bidraget.', '700 000 SEK är avsatt att fördelas till av Regionala utvecklingsnämnden beslutade godkända ansökningar.')).funding?.total).toBe(700000);
  });
  it('av8: a sum set aside for running the grant (was 200 000)', () => {
    expect(spec(page('Miljöbidrag', '200 000 kronor är avsatt för administration av bidraget.', 'Föreningar kan söka bidraget.')).funding?.total).toBeUndefined();
  });
  it('av9: a sum for a programme\'s span of years (was 3 000 000)', () => {
    expect(spec(page('Miljöbidrag', 'Sammanlagt 3 miljoner kronor är avsatta för programmet 2021–2027.', 'Föreningar kan söka bidraget.')).funding?.total).toBeUndefined();
  });
});

describe('total: regeringen-betala-ut-till-namngiven with "beslutar att" (cues/funding.ts)', () => {
  it('dev 1923 keeps', () => {
    expect(spec(page('Uppdrag', 'Regeringen beslutar att Socialstyrelsen ska utbetala 3 500 000 kronor till Linköpings universitet för verksamheten vid Prioriteringscentrum för 2015.')).funding?.total).toBe(3500000);
  });
  it('rb3, rb4: a payment withheld or claimed back (was 2 000 000)', () => {
    expect(spec(page('Uppdrag', 'Regeringen beslutar att Kammarkollegiet inte ska utbetala 2 000 000 kronor till Föreningen X.')).funding?.total).toBeUndefined();
    expect(spec(page('Uppdrag', 'Regeringen beslutar att Kammarkollegiet ska återkräva och inte utbetala 2 000 000 kronor till Föreningen X.')).funding?.total).toBeUndefined();
  });
});

describe('recipients: a lead of whom the grant is aimed at, with no answer above it (fields/recipients.ts AIMED_AT_LEAD)', () => {
  it('bl1, bl2: groups and places in the items are no recipient types (were kommun, region; region)', () => {
    expect(spec(page('Kulturbidrag', 'Bidraget riktar sig till:', '• barn och unga i kommuner', '• äldre i regioner', 'Sista ansökningsdag är 1 mars 2024.')).recipients?.types).toBeUndefined();
    expect(spec(page('Kulturbidrag', 'Stödet riktar sig till', '• projekt som genomförs i samverkan med kommuner', '• insatser i regioner')).recipients?.types).toBeUndefined();
  });
  it('keeps: kinds at the items\' heads', () => {
    expect(spec(page('Kulturbidrag', 'Vem kan söka?', 'Bidraget riktar sig till:', '• ideella föreningar', '• kommuner')).recipients?.types).toEqual(expect.arrayContaining(['organisation', 'kommun']));
  });
});

describe('year: i-manad-ar-oppnar-utlysningen (cues/year.ts)', () => {
  it('dev 1913 shape keeps: the month and year the call opens', () => {
    expect(spec(page('Forskningsbidrag', 'I mars 2019 öppnar Forte den andra utlysningen inom programmet Tillämpad välfärdsforskning.', 'Forskare kan söka.')).year).toBe(2019);
  });
  it('ym2: a call for next year\'s grants (was 2024)', () => {
    expect(spec(page('Verksamhetsbidrag', 'I oktober 2024 öppnar ansökan för nästa års bidrag.', 'Föreningar kan söka.')).year).toBeUndefined();
  });
  it('ym3: another grant\'s call on a page titled by its own (was 2024)', () => {
    expect(spec(page('Kulturstipendium', 'I mars 2024 öppnar ansökan om verksamhetsbidrag.', 'Enskilda kan söka stipendiet.')).year).toBeUndefined();
  });
});
