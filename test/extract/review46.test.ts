import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Review of stop 42's merge (review46, issue 12; helper fix47): constructed probe texts on which a row or a rule gave a
// wrong value, each beside the case that must keep working. Every text here is constructed, not a real document's.

const BODY = 'Föreningar kan söka bidrag för projekt. Bidraget får användas till kostnader för aktiviteter.\n';
const page = (lines: string, title = 'Föreningsstöd') => spec(`${title}\n\n${lines}\n\n${BODY}`);
const window = (lines: string) => { const r = page(lines).requisition; return [r?.opens, r?.closes]; };

describe('a range\'s own last day is scored, not set over the chosen close (cues/choice.ts RANGE_OWN_END)', () => {
  it('constructed: an advance ruling\'s range is no window (dates.OTHER_STAGE_RANGES)', () => {
    expect(window('Förhandsbesked kan lämnas 1-15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.')).toEqual([undefined, '2024-03-31']);
    expect(window('Ansökan om förhandsbesked kan lämnas 1–15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.')).toEqual([undefined, '2024-03-31']);
    expect(window('Förhandsbesked kan sökas mellan 1 och 15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.')).toEqual([undefined, '2024-03-31']);
    const s = page('Ansökan om förhandsbesked kan lämnas 1–15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.');
    expect((s.dates ?? []).some((d) => 'date' in d && d.date === '2024-02-15')).toBe(false);
  });
  it('constructed: a season\'s later round beside the range is kept as an application-round date, not dropped', () => {
    const s = page('Ansökningsperiod 1-31 januari 2023 för vårens arrangemang. För hösten ska ansökan vara inne senast 31 augusti 2023.');
    expect([s.requisition?.opens, s.requisition?.closes]).toEqual(['2023-01-01', '2023-01-31']);
    expect(s.dates).toContainEqual(expect.objectContaining({ date: '2023-08-31', role: 'application-round' }));
  });
  it('constructed: the season\'s day that is the window\'s own is no other round', () => {
    const s = page('För hösten 2023 ska ansökan vara inne senast 31 augusti 2023.');
    expect(s.requisition?.closes).toBe('2023-08-31');
    expect(s.dates?.some((d) => d.role === 'application-round')).toBeFalsy();
  });
  it('keeps: the range beside another grant\'s later day (dev 1674\'s shape)', () => {
    expect(window('Ansökan är öppen 15-31 januari 2021. Det ordinarie bidraget ska sökas som vanligt senast den 25 augusti 2021.')).toEqual(['2021-01-15', '2021-01-31']);
  });
  it('keeps: an earlier day of another sentence beside a range that ends later (diff pair q219\'s shape)', () => {
    expect(window('Med anledning av det gäller årets ansökan perioden 1 juni 2021 – 31 december 2022. Din föreningsansökan skall vara inkommen senast 28 februari 2021.')[1]).toBe('2021-02-28');
  });
  it('keeps: an application\'s own range', () => {
    expect(window('Ansökan kan lämnas 1–15 februari 2024.')).toEqual(['2024-02-01', '2024-02-15']);
  });
});

describe('a bracketed aside\'s sum before "att söka" is never the total (funding att-fordela, att-fordela-bracket)', () => {
  it('constructed: the sum before the aside is the total', () => {
    expect(page('Totalt finns 3 miljoner kronor (en ökning med 1 miljon kronor) att söka.').funding?.total).toBe(3000000);
    expect(page('Totalt finns 3 miljoner kronor (förra året 2 miljoner kronor) att söka.').funding?.total).toBe(3000000);
    expect(page('Totalt finns 3 miljoner kronor att fördela (varav 500 000 kronor) att söka.').funding?.total).toBe(3000000);
  });
  it('keeps: the sum in brackets of its own (dev 1677\'s shape) and set off in commas (dev 1678\'s)', () => {
    expect(page('Nu finns nya medel (totalt 4,3 miljoner kronor) att söka.').funding?.total).toBe(4300000);
    expect(page('Nu finns nya medel, totalt 2,2 miljoner kronor, att söka.').funding?.total).toBe(2200000);
  });
});

describe('a part or a several years\' sum "ställts till förfogande" is not the call\'s total (funding stalls-till-forfogande)', () => {
  it('constructed: several years, the call\'s part named after it', () => {
    expect(page('Totalt har 20 miljoner kronor ställts till fondens förfogande under 2020 och 2021, varav 10 miljoner kronor i denna utlysning.').funding?.total).not.toBe(20000000);
    expect(page('Totalt har 20 miljoner kronor ställts till förfogande under 2020 och 2021, varav 10 miljoner kronor i denna utlysning.').funding?.total).not.toBe(20000000);
  });
  it('constructed: "Av dessa" names a part', () => {
    expect(page('Av dessa har 5 miljoner kronor ställts till nämndens förfogande.').funding?.total).toBeUndefined();
  });
  it('keeps: the call\'s sum (dev 1682\'s shape)', () => {
    expect(page('Vid en presskonferens i dag offentliggjordes att 10 miljoner kronor har ställts till författarfondens förfogande för en extra utlysning.').funding?.total).toBe(10000000);
  });
});

describe('a closed round before its decision gives no window (dates.CLOSED_ROUND, requisition dropPastRounds)', () => {
  it('constructed: "Den avslutade ansökningsomgången" then "Beslut meddelas"', () => {
    const s = page('Den avslutade ansökningsomgången 1-31 mars 2020. Beslut meddelas i maj 2020.');
    expect([s.requisition?.opens, s.requisition?.closes]).toEqual([undefined, undefined]);
    expect(s.dates).toContainEqual(expect.objectContaining({ role: 'decision' }));
  });
  it('keeps: a window narrated in the past before its decision (dev 06\'s shape)', () => {
    expect(window('Den nuvarande ansökningsomgången pågick mellan den 6 november 2017 och den 2 mars 2018. Beslut kommer att fattas i februari 2019.')).toEqual(['2017-11-06', '2018-03-02']);
  });
  it('keeps: a closed round beside this year\'s window (dev 1683\'s shape)', () => {
    expect(window('Den avslutade ansökningsperioden 20 augusti–21 september 2020 gav 40 ansökningar. Ansökningstiden är 2–15 oktober 2020.')).toEqual(['2020-10-02', '2020-10-15']);
  });
});

describe('a decision\'s range is a decision day, never the window (fields/dates.ts)', () => {
  it('constructed: "Beslut fattas mellan 6 och 27 november 2023"', () => {
    const s = page('Ansökan ska vara inne senast 1 oktober 2023. Beslut fattas mellan 6 och 27 november 2023.');
    expect(s.requisition?.closes).toBe('2023-10-01');
    expect(s.dates).toContainEqual(expect.objectContaining({ date: '2023-11-27', role: 'decision' }));
    expect(page('Beslut fattas mellan 6 och 27 november 2023.').requisition?.closes).toBeUndefined();
  });
});
