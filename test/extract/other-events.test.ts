import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Issue 12 (helper dates19): no wrong date. Sentences built from real phrasings of another event's day beside an
// applying word (a supplement, comments, a decision or an answer, a payout, a meeting and its sign-up), and rounds
// told in two tenses or years. Each names the field it must fill and the ones it must leave alone: the window's
// days are the application's only; a past round beside a later one is never the window.

const BODY = 'Föreningar kan söka bidrag för projekt. Bidraget får användas till kostnader för aktiviteter.\n';
const page = (line: string, title = 'Föreningsstöd 2025') => spec(`${title}\n\n${line}\n\n${BODY}`);
const roleOf = (s: ReturnType<typeof spec>, date: string) => s.dates?.find((d) => d.date === date)?.role;

describe('another event\'s day is never the window\'s', () => {
  const cases: Array<[string, string, string | undefined]> = [
    // sentence, its date, the role it may have in `dates` (undefined: none required)
    ['Sista dag för komplettering av ansökan är 10 maj 2025.', '2025-05-10', undefined],
    ['Sista dag för kompletteringar av ansökningar: 10 maj 2025', '2025-05-10', undefined],
    ['Kompletteringar av ansökan ska ha kommit in senast 10 maj 2025.', '2025-05-10', undefined],
    ['Beslut om ansökan fattas senast 15 juni 2025.', '2025-06-15', 'decision'],
    ['Besked om ansökan lämnas senast 15 juni 2025.', '2025-06-15', 'decision'],
    ['Sökande får besked om ansökan senast 15 juni 2025.', '2025-06-15', 'decision'],
    ['Sista dag för beslut om ansökan är 3 juni 2025.', '2025-06-03', 'decision'],
    ['Sista dag för utbetalning av ansökt bidrag är 30 april 2025.', '2025-04-30', 'payment'],
    ['Sista dag för ansökan om utbetalning är 30 april 2025.', '2025-04-30', 'payment'],
    ['Sista dag för ansökan om slututbetalning är 3 juni 2026.', '2026-06-03', undefined],
    ['Synpunkter på ansökan lämnas senast 3 mars 2025.', '2025-03-03', undefined],
    ['Sista dag för synpunkter på utlysningen är 3 mars 2025.', '2025-03-03', undefined],
    ['Sista dag att lämna synpunkter på ansökan är 15 juni 2025.', '2025-06-15', undefined],
    ['Sista dag för att anmäla sig till informationsmötet är 3 mars 2025.', '2025-03-03', 'information'],
    ['Sista dag att anmäla sig till webbinariet om ansökan är 3 mars 2025.', '2025-03-03', 'information'],
    ['Anmälan till informationsmötet om ansökan görs senast 3 mars 2025.', '2025-03-03', 'information'],
    ['Webbinarium om ansökan 3 mars 2025.', '2025-03-03', 'information'],
    ['Utbetalning sker senast 30 april 2025.', '2025-04-30', 'payment'],
    ['Publicerad 12 mars 2025.', '2025-03-12', 'published'],
    ['Sista dag att ställa frågor om utlysningen är 1 mars 2025.', '2025-03-01', undefined],
    ['Frågor om ansökan ska ställas senast 1 mars 2025.', '2025-03-01', undefined],
    ['Sista dag för att boka handledning inför ansökan är 1 mars 2025.', '2025-03-01', undefined],
    ['Sista dag att registrera sig i e-tjänsten inför ansökan är 1 mars 2025.', '2025-03-01', undefined],
    ['Om ni inte hinner använda medlen under året kan ni ansöka om att få använda det längre, senast 1 december 2025.', '2025-12-01', undefined],
    ['Ansökan om förlängd användningstid ska ha kommit in senast 1 december 2025.', '2025-12-01', undefined],
    ['Sista dag för ändringar i ansökan är 1 april 2025.', '2025-04-01', undefined],
    ['Anmäl dig till webbinariet om redovisning senast 3 mars 2026.', '2026-03-03', 'information'],
    ['Sista dag att lämna synpunkter på redovisningen är 15 maj 2026.', '2026-05-15', undefined],
    ['Besked om redovisningen lämnas senast 30 juni 2026.', '2026-06-30', 'decision'],
  ];
  for (const [line, date, role] of cases) {
    it(line, () => {
      const s = page(line);
      expect(s.requisition?.opens).toBeUndefined();
      expect(s.requisition?.closes).toBeUndefined();
      expect(s.reporting?.due).toBeUndefined();
      if (role) expect(roleOf(s, date)).toBe(role);
    });
  }

  it('while the application\'s own day in the same text keeps its cue', () => {
    const s = page('Ansökan ska vara inkommen senast 31 mars 2025. Beslut fattas senast 15 juni 2025. Utbetalning sker senast 30 juni 2025.');
    expect(s.requisition?.closes).toBe('2025-03-31');
    expect(roleOf(s, '2025-06-15')).toBe('decision');
    const both = page('Ansökan öppnar 1 februari 2025 och stänger 31 mars 2025. Beslut om ansökan fattas senast 15 juni 2025.');
    expect([both.requisition?.opens, both.requisition?.closes]).toEqual(['2025-02-01', '2025-03-31']);
    const webinar = page('Webbinarium för sökande 3 mars 2025 kl. 13.00. Ansök senast 31 mars 2025.');
    expect(webinar.requisition?.closes).toBe('2025-03-31');
    expect(page('Sista dag att anmäla sig till programmet är 3 mars 2025.').requisition?.closes).toBe('2025-03-03');
    expect(page('Sista dag för ansökan är 10 maj 2025.').requisition?.closes).toBe('2025-05-10');
    const opens = page('Utlysningsdatum 12 mars 2025. Sista ansökningsdag 30 april 2025.');
    expect(opens.requisition?.closes).toBe('2025-04-30');
  });
});

describe('a past round beside a current or coming one', () => {
  it('is never the window (review41\'s shape)', () => {
    const coming = spec(`Föreningsstöd\n\nAnsökningsperioden inför 2024 var öppen 1 mars till 30 juni 2023. Ansökningsperioden inför 2025 öppnar 1 maj 2024.\n\n${BODY}`);
    expect(coming.requisition?.closes).toBeUndefined();
    expect(coming.requisition?.opens).toBe('2024-05-01');
    const open = spec(`Föreningsstöd\n\nAnsökningsperioden inför 2024 var öppen 1 mars till 30 juni 2023. Ansökningsperioden inför 2025 är öppen 1 maj till 30 juni 2024.\n\n${BODY}`);
    expect([open.requisition?.opens, open.requisition?.closes]).toEqual(['2024-05-01', '2024-06-30']);
  });

  it('told as last year\'s, closed, or the call of an earlier year', () => {
    const lastYear = page('Förra årets ansökningsperiod var 1 februari–15 mars 2024. I år kan ansökan göras 1 februari–15 mars 2025.');
    expect([lastYear.requisition?.opens, lastYear.requisition?.closes]).toEqual(['2025-02-01', '2025-03-15']);
    const closed = page('Ansökan stängde 15 mars 2024. Ansökan för 2025 öppnar 1 februari 2025 och stänger 15 mars 2025.');
    expect([closed.requisition?.opens, closed.requisition?.closes]).toEqual(['2025-02-01', '2025-03-15']);
    const call = page('Utlysningen 2024 var öppen mellan 16 september och 16 oktober 2024. Utlysningen 2025 öppnar 15 september 2025.');
    expect(call.requisition?.closes).toBeUndefined();
    expect(call.requisition?.opens).toBe('2025-09-15');
    const again = spec(`Föreningsstöd\n\nAnsökan var öppen 1 februari–15 mars 2024. Ansökan öppnar igen 1 februari 2025.\n\n${BODY}`);
    expect(again.requisition?.closes).toBeUndefined();
  });

  it('but one year\'s numbered rounds stay the same grant\'s, the first the window (diff pair q67)', () => {
    const s = page('Ansökan 1 var öppen 15 mars–19 april 2022 i e-tjänsten för statsbidrag. Ansökan 2 är öppen 15 september–17 oktober 2022 i e-tjänsten för statsbidrag.', 'Statsbidrag 2022');
    expect([s.requisition?.opens, s.requisition?.closes]).toEqual(['2022-03-15', '2022-04-19']);
  });

  it('nor when the later round stands in a next round\'s block of its own', () => {
    const s = spec(`Föreningsstöd\n\nSista ansökningsdag var 15 mars 2024.\n\nNästa ansökningsomgång öppnar 1 februari 2025.\n\n${BODY}`);
    expect(s.requisition?.closes).toBeUndefined();
  });

  it('but a text whose only window is past keeps it (dev 06, 27, 29, 1048)', () => {
    const only = spec(`Föreningsstöd\n\nAnsökan var öppen 15 januari–15 februari 2024.\n\n${BODY}`);
    expect([only.requisition?.opens, only.requisition?.closes]).toEqual(['2024-01-15', '2024-02-15']);
    const last = spec(`Föreningsstöd\n\nDen 15 oktober 2018 var sista dag för ansökan till projekt som ska genomföras under 2019.\n\n${BODY}`);
    expect(last.requisition?.closes).toBe('2018-10-15');
  });
});

describe('a report\'s past round beside a later one', () => {
  it('is not the due date; a past one alone still is', () => {
    const two = page('Redovisningen för 2023 skulle vara inne senast 31 mars 2024. Redovisningen för 2025 ska vara inne senast 31 mars 2026.');
    expect(two.reporting?.due).toBe('2026-03-31');
    const one = page('Redovisningen ska vara inne senast 31 mars 2026.');
    expect(one.reporting?.due).toBe('2026-03-31');
  });
});

describe('the application window is no usage period', () => {
  it('"kan sökas under perioden" (dev 323)', () => {
    const s = page('Projektbidrag för 2023 kan sökas under perioden 2022-08-16 till och med 2022-09-27, med beslut i december.');
    expect(s.usage_period).toBeUndefined();
    expect([s.requisition?.opens, s.requisition?.closes]).toEqual(['2022-08-16', '2022-09-27']);
  });
});
