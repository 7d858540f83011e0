import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindEvidence } from '../../extract/fields/reporting-form.js';
import { readText } from '../../extract/read/text.js';
import { specOf } from './probe.js';

// Branch h/forms16 (issue 12, Swedish-language reporting texts, dev 1298–1308): a title bounded by a bare
// year ("Rapportering t.o.m. 2014", dev 1305) names no grant year; a page about a report that numbers its
// cases (dev 1298) stays an anvisning; a report template that walks through numbered parts, each with the
// prompt that asks for it on the next line (dev 231, 300), carries that as form evidence. Lines from the dev texts.

interface Spec { kind: string; year?: number; reporting?: { due?: unknown } }
const spec = (text: string) => specOf<Spec>(text);
const dev = (name: string): string => readFileSync(join('test/corpus/dev', name), 'utf8');

describe('a page of reporting rules for grants decided up to a year (dev 1305)', () => {
  it('names no grant year in its bounded title', async () => {
    const s = await spec(dev('1305-torsten-soderbergs-stiftelse-rapportering-till-2014.txt'));
    expect(s.kind).toBe('anvisning');
    expect(s.year).toBeUndefined();
  });
  it('while a title with its year and no bound keeps it', async () => {
    const s = await spec(['Rapportering 2014', '', 'Slutrapporten ska lämnas in senast sex månader efter projektets slut.',
      '', 'Rapporten ska skrivas på svenska och innehålla en ekonomisk redovisning av hur beviljade medel använts.'].join('\n'));
    expect(s.year).toBe(2014);
  });
});

describe('a news item that numbers its cases in prose (dev 1298)', () => {
  it('is an anvisning with the one dated report deadline it states', async () => {
    const s = await spec(dev('1298-stea-slutrapportering-av-projektunderstod-2020.txt'));
    expect(s.kind).toBe('anvisning');
    const due = s.reporting?.due;
    expect(typeof due === 'object' && due !== null ? (due as { date?: string }).date : due).toBe('2020-12-31');
  });
});

describe('numbered parts each followed by the prompt that asks for them', () => {
  const template = ['1. Introduktion', 'Redogör och beskriv allmänt om projektets status, projektets organisation och eventuella avvikelser (max 100 ord)', 'Text….',
    '2. Periodens verksamhet och kostnader – Tidsplan', 'Redogör för hur projektet fortlöper såväl kostnadsmässigt som verksamhetsmässigt i förhållande till budget, aktivitets- och tidsplan.',
    '3. Avvikelser från beslutat projektplan', 'Beskriv avvikelser från projektplan och förstudie, verksamhetsmässiga, tidsmässiga och ekonomiska.', 'Text……'].join('\n');
  it('count as form evidence (dev 231)', () => {
    expect(kindEvidence(readText('t.txt', template)).form).toBeGreaterThanOrEqual(6);
  });
  it('while numbered cases that go on in prose do not (dev 1298)', () => {
    const cases = ['1. Projekt som har lämnat in en mellanrapport till STEA år 2019', '', 'STEA har skickat slutrapportuppgiften till e-tjänstens Uppgifter år 2019.', '',
      '2. Projekt som har lämnat in en mellanrapport till STEA våren 2020', '', 'De organisationer som lämnat in en mellanrapport våren 2020 har inte fått en slutrapportuppgift till e-tjänsten.'].join('\n');
    expect(kindEvidence(readText('t.txt', cases)).form).toBe(0);
  });
});
