import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Review of this session's merges (review47, issue 12; helper fix48a): constructed probe texts on which a row gave a
// wrong value where main be676cb4 was right, each beside the case that must keep working. Every text here is
// constructed, not a real document's.

const BODY = 'Föreningar kan söka bidrag för projekt. Bidraget får användas till kostnader för aktiviteter.\n';
const page = (lines: string, title = 'Föreningsstöd') => spec(`${title}\n\n${lines}\n\n${BODY}`);
const window = (lines: string, title?: string) => { const r = page(lines, title).requisition; return [r?.opens, r?.closes]; };
const dated = (lines: string, title?: string) => (page(lines, title).dates ?? []).flatMap((d) => ('date' in d && d.date ? [`${d.role} ${d.date}`] : []));

describe('an advance ruling named earlier in the sentence does not veto the window (dates.OTHER_STAGE_RANGES)', () => {
  it('constructed: the range is the application\'s', () => {
    expect(window('Den som har fått ett positivt förhandsbesked kan ansöka 1–15 mars 2024.')).toEqual(['2024-03-01', '2024-03-15']);
    expect(window('Efter förhandsbeskedet kan ansökan lämnas mellan 1 och 30 april 2024.')).toEqual(['2024-04-01', '2024-04-30']);
    expect(window('Du som vill kan först begära ett förhandsbesked, och ansökan om stöd kan sedan lämnas 1–15 mars 2024.')).toEqual(['2024-03-01', '2024-03-15']);
  });
  it('keeps: the advance ruling\'s own range is no window', () => {
    expect(window('Ansökan om förhandsbesked kan lämnas 1–15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.')).toEqual([undefined, '2024-03-31']);
    expect(window('Förhandsbesked kan sökas mellan 1 och 15 februari 2024. Ansökan ska ha kommit in senast 31 mars 2024.')).toEqual([undefined, '2024-03-31']);
  });
});

describe('"ska/kommer att sökas" + range: only the verb\'s own object before the range (dates range-can-apply-object)', () => {
  it('constructed: an activity period or an "i efterhand" range is no window', () => {
    const a = page('Lägerunderstödet ska sökas av föreningar verksamma 1.1.–31.12.2024 senast 31.3.2024.');
    expect([a.requisition?.opens, a.requisition?.closes]).toEqual([undefined, '2024-03-31']);
    expect(dated('Lägerunderstödet ska sökas av föreningar verksamma 1.1.–31.12.2024 senast 31.3.2024.')).not.toContain('application-round 2024-12-31');
    expect(window('Understödet kommer att sökas i efterhand 1.6.–31.8.2024, och ansökan lämnas senast 30.9.2024.')).toEqual([undefined, '2024-09-30']);
    expect(window('Understödet kan sökas i efterhand 1.6.–31.8.2024, och ansökan lämnas senast 30.9.2024.')).toEqual([undefined, '2024-09-30']);
  });
  it('keeps: the window told ahead (dev 1750\'s shape) and the verb\'s object', () => {
    expect(window('Understödet för 2024 kommer att ansökas 15.1.–9.2.2024.')).toEqual(['2024-01-15', '2024-02-09']);
    expect(window('Du kan söka stödet mellan den 1 juli och 30 september 2022.')).toEqual(['2022-07-01', '2022-09-30']);
  });
});

describe('another grant\'s ordinary deadline is no application round (dates season-round-closes)', () => {
  it('constructed: "som vanligt", "kom ihåg" beside a season', () => {
    expect(dated('Ansökan är öppen 15-31 januari 2021. Verksamhetsbidrag ska sökas som vanligt för vårterminen 2021 senast den 25 augusti 2021.', 'Krispaket för föreningar')).not.toContain('application-round 2021-08-25');
    expect(dated('Ansökan är öppen 1-15 februari 2022. Kom ihåg att aktivitetsstöd för vårterminen 2022 ska sökas senast den 31 augusti 2022.', 'Extra medel till föreningar')).not.toContain('application-round 2022-08-31');
  });
  it('keeps: a season\'s later round beside the range', () => {
    const s = page('Ansökningsperiod 1-31 januari 2023 för vårens arrangemang. För hösten ska ansökan vara inne senast 31 augusti 2023.');
    expect(s.dates).toContainEqual(expect.objectContaining({ date: '2023-08-31', role: 'application-round' }));
  });
});

describe('a decision\'s or payment\'s range only right after its verb (fields/dates.ts, dates.DECISION_PAYMENT_RANGES)', () => {
  it('constructed: a validity or usage period is no decision or payment day', () => {
    expect(dated('Beslutet gäller för perioden 1 januari–31 december 2024.')).not.toContain('decision 2024-12-31');
    expect(dated('Beslut om bidrag avser verksamhet 1 januari–31 december 2024.')).not.toContain('decision 2024-12-31');
    expect(dated('Bidraget betalas ut för läger som genomförs 1 juni–31 augusti 2024.')).not.toContain('payment 2024-08-31');
    expect(dated('Bidraget betalas ut för kostnader under perioden 1 april–30 september 2024.')).not.toContain('payment 2024-09-30');
  });
  it('keeps: the decision\'s own range', () => {
    expect(dated('Beslut fattas mellan 6 och 27 november 2023.')).toContain('decision 2023-11-27');
  });
});

describe('"öppnar årets ansökan om utbetalning" is no window opening (dates date-oppnar)', () => {
  it('constructed: the payment claim opens', () => {
    expect(window('Den 1 mars 2023 öppnar årets ansökan om utbetalning, som ska vara inne senast 30 november 2023. Ansökan om stöd ska vara inne senast 5 april 2023.')[0]).toBeUndefined();
  });
  it('keeps: "öppnar årets ansökan om jordbrukarstöd" (dev 1753\'s shape)', () => {
    expect(window('Torsdag 9 februari 2023 öppnar årets ansökan om jordbrukarstöd, den så kallade SAM-ansökan.')[0]).toBe('2023-02-09');
  });
});

describe('"ansökningen" + range only with a window predicate (dates range-window-noun)', () => {
  it('constructed: what the application concerns, how it is handled', () => {
    expect(dated('Ansökningen gäller evenemang som ordnas 1.6.–31.12.2024.\nUnderstödet ska sökas senast 31.3.2024.')).not.toContain('application-round 2024-12-31');
    expect(dated('Understöden ska sökas senast 15.2.2021. Ansökningen behandlas i nämnden 8.3.–5.4.2021.')).not.toContain('application-round 2021-04-05');
    expect(dated('Understöden ska sökas senast 15.2.2021. Ansökan behandlas i nämnden 8.3.–5.4.2021.')).not.toContain('application-round 2021-04-05');
  });
  it('keeps: "Ansökningen pågår 8.3.–5.4.2021."', () => {
    expect(window('Ansökningen pågår 8.3.–5.4.2021.')).toEqual(['2021-03-08', '2021-04-05']);
  });
});

describe('a past round\'s end beside the next round\'s opening is no close (dates gick-ut)', () => {
  it('constructed: "slutade fredagen den …" then "Nästa ansökningsperiod öppnar"', () => {
    expect(spec('Kulturstipendier\n\nAnsökningstiden för 2023 års stipendier slutade fredagen den 15 september 2023.\nNästa ansökningsperiod öppnar 1 mars 2024.\n').requisition?.closes).not.toBe('2023-09-15');
    expect(window('Ansökningstiden för 2023 års stipendier slutade fredagen den 15 september 2023. Nästa ansökningsperiod öppnar 1 mars 2024.')[1]).not.toBe('2023-09-15');
  });
  it('keeps: "Ansökningstiden … slutar tisdagen den …" (dev 1747\'s shape)', () => {
    expect(window('Ansökningstiden börjar måndagen den 2 oktober 2017 kl. 10 och slutar tisdagen den 31 oktober 2017 kl. 16.')).toEqual(['2017-10-02', '2017-10-31']);
  });
});
