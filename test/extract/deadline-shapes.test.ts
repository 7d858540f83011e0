import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statedDates, statedRanges } from '../../extract/parse/dates.js';
import { anvisningOf as spec } from './probe.js';

// Issue 12 (helper head10, dev texts 1090–1099): where grant pages and calls of funders never seen put
// their deadlines and totals. A deadline as a heading or a page's first line, date notations other than
// "31 mars 2025", calls in two steps, and a call's total in a table or a fact box. The passages are the
// dev texts' own lines or made the way those pages write them; each shape has a near miss that must
// stay absent (or stay what it was).

const BODY = 'Föreningar kan söka bidrag för projekt. Bidraget får användas till kostnader för aktiviteter.\n';

describe('a deadline stated as a heading or as the first line', () => {
  it('is the window\'s last day and never the title', () => {
    const first = spec(`Ansök senast 31 mars 2025!\n\nBidrag till föreningar 2025\n\n${BODY}`);
    expect(first.title).toBe('Bidrag till föreningar 2025');
    expect(first.requisition?.closes).toBe('2025-03-31');
    const stanger = spec(`Utlysningen stänger 2 maj 2025 kl. 14.00\n\nInnovationsbidrag 2025\n\n${BODY}`);
    expect(stanger.title).toBe('Innovationsbidrag 2025');
    expect(stanger.requisition?.closes).toBe('2025-05-02');
    const heading = spec(`Bidrag till föreningar 2025\n\n## Sista ansökningsdag: måndag 31 mars 2025\n\n${BODY}`);
    expect(heading.title).toBe('Bidrag till föreningar 2025');
    expect(heading.requisition?.closes).toBe('2025-03-31');
  });

  it('gives a window stated as a heading both its ends (dev 1092: "Utlysningperiod 3 juni - 23 augusti 2024")', () => {
    const s = spec(`Nu är utlysningsperioden för delregionala utvecklingsmedel öppen!\n\n## Utlysningperiod 3 juni - 23 augusti 2024\n\n${BODY}`);
    expect(s.requisition?.opens).toBe('2024-06-03');
    expect(s.requisition?.closes).toBe('2024-08-23');
    expect(s.title).toBe('Nu är utlysningsperioden för delregionala utvecklingsmedel öppen!');
  });

  it('but a heading that only names the subject stays the title or a section heading', () => {
    // dev 1094: the heading holds no date, it is the page's own title
    expect(spec(`Deadline för checklista projektstöd\n\n${BODY}`).title).toBe('Deadline för checklista projektstöd');
    // a heading of a report's day is no window's
    const report = spec(`Bidrag till föreningar 2025\n\n## Redovisa senast 31 mars 2026!\n\n${BODY}`);
    expect(report.requisition?.closes).toBeUndefined();
    expect(report.title).toBe('Bidrag till föreningar 2025');
  });
});

describe('date notations', () => {
  const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
  const day = fc.record({ y: fc.integer({ min: 2000, max: 2049 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const p2 = (n: number) => String(n).padStart(2, '0');

  it('reads each written form of one day as that day', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 6 }), ({ y, m, d }, w) => {
      const want = iso(y, m, d);
      const month = MONTH_NAMES[m - 1]!;
      for (const text of [
        `Sista ansökningsdag är ${y} ${p2(m)} ${p2(d)}.`,
        `Sista ansökningsdag är ${y}-${p2(m)}-${p2(d)}.`,
        `Ansökan ska vara inne senast ${d}/${m} ${y}.`,
        `Ansökan ska vara inne senast ${p2(d)}.${p2(m)}.${y}.`,
        `Sista ansökningsdag är ${d} ${month}, ${y}.`,
        `Sista ansökningsdag är ${WEEKDAYS[w]} ${d} ${month} ${y}.`,
        `Sista ansökningsdag är den ${d} ${month} ${y} kl. 23.59.`,
      ]) expect(statedDates(text).map((h) => h.date), text).toEqual([want]);
    }), { numRuns: 200 });
  });

  it('reads each written form of a window as its two ends', () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 27 }), ({ y, m, d }, span) => {
      const to = Math.min(28, d + span);
      fc.pre(to > d);
      const month = MONTH_NAMES[m - 1]!;
      const want = [[iso(y, m, d), iso(y, m, to)]];
      for (const text of [
        `Ansökningsperiod ${d} ${month} till och med ${to} ${month} ${y}.`,
        `Ansökningsperiod ${d} ${month} t.o.m. ${to} ${month} ${y}.`,
        `Ansökningsperiod ${d} ${month} — ${to} ${month} ${y}.`,
        `Ansökningsperiod ${iso(y, m, d)}--${iso(y, m, to)}.`,
      ]) expect(statedRanges(text).map((r) => [r.from, r.to]), text).toEqual(want);
    }), { numRuns: 200 });
  });

  it('leaves a form that could be either month absent, and figures that are no date', () => {
    // days of one month joined by a dash ("5 - 19 augusti 2019") stay the closing day only: read as a range,
    // a shipped source's window ("går därmed att söka under perioden 5 - 19 augusti 2019") became a usage period
    expect(statedRanges('Bidraget går därmed att söka under perioden 5 - 19 augusti 2019.')).toEqual([]);
    // 03/04/2025: March or April? Not guessed
    expect(statedDates('Sista ansökningsdag 03/04/2025.')).toEqual([]);
    // a spaced day needs a lead and must not be one group of a longer run (a phone number, a table row)
    expect(statedDates('Telefon 2023 09 01 45')).toEqual([]);
    expect(statedDates('Beslut 2023 09 01')).toEqual([]);
    expect(statedDates('Ansök senast 2023 13 01.')).toEqual([]);
    // a genitive year after a comma is the year's grant, not the day's year
    expect(statedDates('Senast 1 mars, 2025 års bidrag betalas ut.')).toEqual([]);
  });

  it('runs in linear time on hostile text', () => {
    for (const unit of ['2023 09 ', '1–', '1 mars, ', '2022-09-29--', '31 ', 'den 1-', '1 mars--']) {
      const text = unit.repeat(Math.ceil(400_000 / unit.length));
      const t0 = performance.now();
      statedDates(text);
      statedRanges(text);
      expect(performance.now() - t0, unit).toBeLessThan(3000);
    }
  });
});

describe('a call in two steps', () => {
  it('closes on the sketch\'s day and records the full application\'s as a later round', () => {
    const s = spec('Innovationsbidrag 2025\n\nUtlysningen sker i två steg. Steg 1: En projektskiss ska lämnas in senast den 15 mars 2025. Steg 2: De som bjuds in lämnar en fullständig ansökan senast den 30 september 2025.\n\nFöretag kan söka bidrag för projekt.\n');
    expect(s.requisition?.closes).toBe('2025-03-15');
    expect(s.dates?.map((d) => [d.date, d.role])).toEqual([['2025-09-30', 'application-round']]);
    // both in one sentence: the step word nearest before each day decides
    expect(spec('Innovationsbidrag 2025\n\nSkisser ska ha kommit in senast den 15 mars 2025 och fullständiga ansökningar senast den 30 september 2025.\n\nFöretag kan söka bidrag.\n').requisition?.closes).toBe('2025-03-15');
  });

  it('closes on the full application\'s day when no first step is dated', () => {
    expect(spec('Innovationsbidrag 2025\n\nFullständig ansökan ska ha kommit in senast den 30 september 2025.\n\nFöretag kan söka bidrag.\n').requisition?.closes).toBe('2025-09-30');
  });

  it('does not take a checklist handed in for feedback for the application (dev 1094)', () => {
    const s = spec('Deadline för checklista projektstöd\n\nDen 28 november 2025 är det deadline för checklistor till kansliet angående ansökan om projektstöd senast den 11 januari 2026.\n\nChecklistor inkomna senast den 28 november 2025 får feedback av kansliet i god tid innan ansökan ska lämnas in via E-tjänsten – senast den 11 januari 2026.\n');
    expect(s.requisition?.closes).toBe('2026-01-11');
  });
});

describe('a call\'s total in a table or a fact box', () => {
  it('is read from a row label before a colon or a cell bar', () => {
    expect(spec('Innovationsbidrag 2025\n\n| Uppgift | Värde |\n|---|---|\n| Totalt belopp | 5 000 000 kr |\n| Sista ansökningsdag | 15 mars 2025 |\n\nFöretag kan söka bidrag för projekt.\n').funding?.total).toBe(5_000_000);
    expect(spec('Innovationsbidrag 2025\n\nFakta\nUtlysningens budget: 40 miljoner kronor\nSista ansökningsdag: 15 mars 2025\n\nFöretag kan söka bidrag för projekt.\n').funding?.total).toBe(40_000_000);
    // a project's budget in the same box is no total
    expect(spec('Innovationsbidrag 2025\n\nFakta\nBelopp per projekt: 500 000 kr\nSista ansökningsdag: 15 mars 2025\n\nFöretag kan söka bidrag för projekt.\n').funding?.total).toBeUndefined();
  });

  it('is the sum a call will comprise (dev 1095), not each of several calls\' sum', () => {
    expect(spec('Tillgängliga medel\n\nDet kommer att bli en utlysning för att ansöka om stöd. Utlysningen kommer att omfatta 4 miljoner kronor.\n').funding?.total).toBe(4_000_000);
    expect(spec('Utlysningar 2017\n\nUtlysningarna kommer att omfatta omkring 5 miljoner kronor vardera med ett krav på samfinansiering.\n').funding?.total).toBeUndefined();
  });
});

describe('a round\'s last day and a project\'s report (dev 1091)', () => {
  it('reads "Sista dag för första omgången" under an applying heading, and the report\'s day', () => {
    const s = spec('Nu är det hög tid att söka bidrag ur Landsbygdspotten 2017\n\n## När kan jag söka?\n\nUnder 2017 har vi två ansökningsomgångar. Sista dag för första omgången är den 28 februari 2017. Beviljade projekt ska vara färdiga och slutredovisade senast den 31 december 2017.\n');
    expect(s.requisition?.closes).toBe('2017-02-28');
    expect(s.reporting?.due).toBe('2017-12-31');
    // a payment's first round is no window
    expect(spec('Landsbygdspotten 2017\n\n## När kan jag söka?\n\nSista dag för första utbetalningen är den 28 februari 2017.\n').requisition?.closes).toBeUndefined();
  });
});
