import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Helper utlys86 (stop 64, issue 12): the grant year of a call read from its window's day, by two constructions found in
// three dev utlysningar each (fields/title.ts findYear, cues/year.ts PROJECT_END_DAY). Every text here is constructed in the
// shape of the dev texts named; each probe beside the near miss that must keep its old reading (no year).

const page = (title: string, ...lines: string[]) => `${title}\n${lines.join('\n')}\nIdeella föreningar kan söka bidraget.\n`;

describe('1. a project\'s last day in a later year does not block the deadline\'s year (cues/year.ts PROJECT_END_DAY)', () => {
  it('"får som längst pågå till 31 oktober 2017" after "Sista ansökningsdag är 6 maj 2016" → 2016 (dev 1783\'s shape; was none)', () => {
    expect(spec(page('Projektmedel för inkludering', 'Projekten får som längst pågå till 31 oktober 2017. Sista ansökningsdag är 6 maj 2016.')).year).toBe(2016);
  });
  it('"ska färdigställas senast den 30 september 2027" (dev 1542\'s shape) and "ska genomföras före 30.11.2021" (dev 2372\'s) → the deadline\'s year', () => {
    expect(spec(page('Elektrifieringspiloter', 'Sista dag för ansökan är den 31 oktober 2024.', 'Laddstationerna ska färdigställas senast den 30 september 2027.')).year).toBe(2024);
    expect(spec(page('Statsunderstöd för digitalisering', 'Sista ansökningsdag är den 19 september 2019.', 'Projekten ska genomföras före 30.11.2021.')).year).toBe(2019);
  });
  // (what other rows make of the later year is theirs: here only that the deadline's year is not read over it)
  it('keeps: a project\'s first day, the money\'s last day of use or a bare later year still blocks the deadline\'s year', () => {
    expect(spec(page('Projektmedel', 'Sista ansökningsdag är 6 maj 2016.', 'Projektet får påbörjas tidigast den 1 januari 2017.')).year).not.toBe(2016);
    expect(spec(page('Projektmedel', 'Sista ansökningsdag är 6 maj 2016.', 'Bidraget ska användas senast den 31 december 2017.')).year).not.toBe(2016);
    expect(spec(page('Projektmedel', 'Sista ansökningsdag är 6 maj 2016.', 'Projekten ska genomföras under 2017.')).year).not.toBe(2016);
  });
});

describe('2. a call\'s opening day stated alone names its year on a page stating no other (fields/title.ts findYear)', () => {
  it('"Öppnar 12 augusti 2024" (dev 695, 2279\'s status line) and "Den 8 juni 2022 öppnade … en utlysning" (dev 2062) → that year', () => {
    expect(spec(page('Insatser för cirkulär ekonomi', '• Öppnar 12 augusti 2024', 'Budget för utlysningen är 30 miljoner kronor.')).year).toBe(2024);
    expect(spec(page('Socialfondsprojekt för ukrainska flyktingar', 'Den 8 juni 2022 öppnade Svenska ESF-rådet en nationell utlysning om 435 miljoner kronor.')).year).toBe(2022);
  });
  it('keeps: an opening in the autumn, or beside another year, names no year (next year\'s money as often)', () => {
    expect(spec(page('Verksamhetsbidrag', 'Ansökan öppnar den 1 oktober 2024.')).year).toBeUndefined();
    expect(spec(page('Verksamhetsbidrag', 'Ansökan öppnar den 1 mars 2024.', 'Bidraget avser verksamhet under 2025.')).year).not.toBe(2024);
  });
});
