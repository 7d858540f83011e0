import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// What review52 and review56's constructed probes left open (helper left57, issue 12), each fixed by a cue row or guard;
// each probe beside the neighbour shape that must keep working. Every text here is constructed unless a dev text is named.

const page = (title: string, ...lines: string[]) => `${title}\n${lines.join('\n')}\nIdeella föreningar kan söka bidraget.\n`;

describe('1. total: the call\'s own part after "varav … i denna utlysning" (cues/funding.ts finns-varav, varav-i-denna-utlysning)', () => {
  it('"Totalt finns 40 miljoner kronor att fördela, varav 15 miljoner kronor i denna utlysning" → 15 M (was nothing; before f494becb 40 M)', () => {
    expect(spec(page('Projektbidrag', 'Totalt finns 40 miljoner kronor att fördela, varav 15 miljoner kronor i denna utlysning.')).funding?.total).toBe(15000000);
    expect(spec(page('Projektbidrag', 'Totalt finns 40 miljoner kronor, varav 15 miljoner kronor i denna utlysning.')).funding?.total).toBe(15000000);
  });
  it('keeps: the whole before "varav" shares to other ends is the total; review46\'s shape; a share reserved within the call gives no 40 M', () => {
    expect(spec(page('Projektbidrag', 'Totalt finns 12 mnkr att fördela, varav 2 mnkr till nätverksträffar.')).funding?.total).toBe(12000000);
    expect(spec(page('Projektbidrag', 'Totalt har 20 miljoner kronor ställts till fondens förfogande, varav 10 miljoner kronor i denna utlysning.')).funding?.total).toBe(10000000);
    expect(spec(page('Projektbidrag', 'Totalt finns 20 miljoner kronor, varav 10 miljoner kronor i den förra utlysningen.')).funding?.total).not.toBe(10000000);
  });
});

describe('2. a next round\'s time is not this round\'s window (cues/dates.ts NEXT_ROUND, next-round)', () => {
  it('"Nästa ansökningstid: 1–31.3.2025 (preliminär)" alone → no opens/closes, an application-round event with its text', () => {
    const s = spec(page('Projektbidrag', 'Nästa ansökningstid: 1–31.3.2025 (preliminär)'));
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.requisition?.closes).toBeUndefined();
    expect(s.dates).toEqual([{ date: '2025-03-31', role: 'application-round', text: 'Nästa ansökningstid: 1–31.3.2025 (preliminär)' }]);
  });
  it('beside this round\'s time the window is this round\'s', () => {
    const s = spec(page('Projektbidrag', 'Ansökan är öppen 1–28 februari 2024.', 'Nästa ansökningstid: 1–31.3.2025 (preliminär)'));
    expect(s.requisition?.opens).toBe('2024-02-01');
    expect(s.requisition?.closes).toBe('2024-02-28');
  });
  it('keeps: "Ansökningstid: 1–31.3.2025" is the window', () => {
    const s = spec(page('Projektbidrag', 'Ansökningstid: 1–31.3.2025'));
    expect(s.requisition?.closes).toBe('2025-03-31');
  });
});

describe('3, 4. a year tied to another grant\'s compound on a page titled by its own grant (fields/title.ts findYear)', () => {
  it('3: "Ansökningsperioden för verksamhetsbidrag 2023 är stängd" under "Kulturstipendium" → no year (was 2023)', () => {
    expect(spec('Kulturstipendium\nStipendiet kan sökas av enskilda kulturutövare.\nAnsökningsperioden för verksamhetsbidrag 2023 är stängd.\n').year).toBeUndefined();
  });
  it('keeps (dev 1874\'s shape): the page\'s own grant named with its year', () => {
    expect(spec('Verksamhetsbidrag\nAnsökningsperioden för verksamhetsbidrag 2023 är stängd.\nIdeella föreningar kan söka bidraget.\n').year).toBe(2023);
  });
  it('4: "Ansökan om lokalbidrag för 2023 görs i e-tjänsten" on a lokalbidrag page → 2023: the grant year the text is about (contract: year = bidragsår)', () => {
    expect(spec(page('Lokalbidrag', 'Ansökan om lokalbidrag för 2023 görs i e-tjänsten.')).year).toBe(2023);
  });
});

describe('5. the application handed in by a day with a report attached (cues/dates.ts APPLICATION_HANDED_IN_BY, ansokan-lamnas-in-senast)', () => {
  it('"Ansökan lämnas in … senast 1 mars 2024, tillsammans med en redovisning …" → closes, no report due (was reporting due 2024-03-01)', () => {
    for (const where of ['till kommunen', '…']) {
      const s = spec(page('Projektbidrag', `Ansökan lämnas in ${where} senast 1 mars 2024, tillsammans med en redovisning av föregående års verksamhet.`));
      expect(s.requisition?.closes).toBe('2024-03-01');
      expect(s.reporting?.due).toBeUndefined();
    }
  });
  it('keeps (dev 1678): the material handed in with its report form is the report\'s due; a report\'s own day after the application\'s', () => {
    const s = spec('Bidrag för pedagogiskt material\nAnsökningarna ska vara inlämnade senast den 15 oktober 2018, och det pedagogiska materialet lämnas in till institutet senast 30 juni 2020, tillsammans med en redovisningsblankett.\nFöreningar kan söka bidraget.\n');
    expect(s.requisition?.closes).toBe('2018-10-15');
    expect(s.reporting?.due).toBe('2020-06-30');
    expect(spec(page('Projektbidrag', 'Föreningen ska redovisa bidraget senast 1 oktober 2024.')).reporting?.due).toBe('2024-10-01');
  });
});
