import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Issue 12 (helper left68): wrong and missing shapes the wave-1 helpers left open (review66's skipped probes), by class. For each
// fixed class: two paraphrases in another body's phrasing and a counter-probe (x id) that keeps the right value. Every text is
// constructed. A missing value beats a wrong one.

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const P = (id: string, cls: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, cls, field, want, text: lines.join('\n') });

const PROBES: Probe[] = [
  // 1. a sum set aside for another year than the round's (review66 av6, pa3): the round's years are the title's, else the grant
  //    year, the year applied for ("kan söka bidrag för 2025") and the last day's year and the next (cues/funding.ts
  //    SUM_FOR_YEAR, APPLY_FOR_YEAR; fields/funding.ts)
  P('Y1', 'another year\'s budget', 'funding.total', null, 'Fritidsbidrag', 'För 2023 har kommunen avsatt totalt 400 000 kronor för fritidsbidrag.', 'Nu kan föreningar ansöka om stöd för år 2024.'),
  P('Y1a', 'another year\'s budget', 'funding.total', null, 'Idrottsstöd', 'I budgeten för 2022 har 1 miljon kronor reserverats för idrottsstöd.', 'Klubbar kan söka stödet för 2023 senast 1 mars 2023.'),
  P('Y1b', 'a later start than the round', 'funding.total', null, 'Kulturpriset', 'Från och med 2028 ska 500 000 kronor om året delas ut.', 'Konstnärer kan söka. Ansök senast 15 april 2025.'),
  P('Y1x', 'the round\'s own year keeps the sum', 'funding.total', 400000, 'Fritidsbidrag', 'För 2024 har kommunen avsatt totalt 400 000 kronor för fritidsbidrag.', 'Nu kan föreningar ansöka om stöd för år 2024.'),
  P('Y1y', 'next year\'s sum, the round closes the autumn before', 'funding.total', 1000000, 'Kulturstipendier', 'Från 2026 ska 1 miljon kronor om året delas ut.', 'Konstnärer kan söka. Sista ansökningsdag 1 oktober 2025.'),
];

describe('left68: shapes the wave-1 helpers left open', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.cls} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want, p.id);
    });
  }
});
