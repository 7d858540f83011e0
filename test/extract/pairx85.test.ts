import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';
import { get } from '../helpers.js';

// pairx85 (issue 14 via 12): the constructions pair texts state a split, an aim, a round's outcome, a dated event and an
// application's requirement in, read end to end. Every text is constructed (our own sentences, written from how regeringen.se,
// kommuner, regioner and Kulturrådet phrase them; none is a corpus or a pair text): for each construction rewordings that
// must be read and near misses that must not.

const field = async (text: string, path: string): Promise<unknown> => get(await specOf(text.endsWith('\n') ? text : `${text}\n`), path);

const SPLIT = (body: string): string => `Statsbidrag för ökad tillgänglighet 2026\n\nRegeringen har avsatt 300 miljoner kronor för 2026.\n\n${body}\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n`;
const BOTH = [{ to: 'kommun', amount: 200000000 }, { to: 'region', amount: 100000000 }];

describe('pairx85: a split told in prose (funding.parts, PART_CUES)', () => {
  for (const sentence of [
    'Av dessa medel får kommunerna 200 miljoner kronor och regionerna 100 miljoner kronor.',
    'I år får kommunerna 200 miljoner kronor och regionerna 100 miljoner kronor.',
    'Kommunerna får 200 miljoner kronor och regionerna får 100 miljoner kronor.',
    'Till kommunerna går 200 miljoner kronor och till regionerna 100 miljoner kronor.',
    'Kommunerna tilldelas 200 miljoner kronor och regionerna 100 miljoner kronor.',
    'Av dessa pengar fördelas 200 miljoner kronor till kommunerna. Resterande 100 miljoner kronor fördelas till regionerna.',
    'Kommunerna kan söka 200 miljoner kronor och regionerna 100 miljoner kronor.',
    'För kommunerna finns 200 miljoner kronor och för regionerna 100 miljoner kronor.',
  ]) {
    it(`reads "${sentence}"`, async () => {
      expect(await field(SPLIT(sentence), 'funding.parts')).toEqual(BOTH);
    });
  }
  for (const sentence of [
    // near misses: a split that does not make up the total, a time and not a sum, a project's sum
    'Av dessa medel får kommunerna 200 miljoner kronor och regionerna 50 miljoner kronor.',
    'I år får kommunerna två veckor på sig och regionerna 100 miljoner kronor.',
    'Resterande 100 miljoner kronor fördelas till forskning.',
  ]) {
    it(`keeps no parts of "${sentence}"`, async () => {
      expect(await field(SPLIT(sentence), 'funding.parts')).toBeUndefined();
    });
  }
});

describe('pairx85: one recipient\'s own sum beside a key is no keyed part (ONE_RECIPIENTS_SUM)', () => {
  it('reads no per-capita part of "Varje kommun får ett grundbelopp på 100 000 kronor och resterande medel fördelas efter antalet invånare"', async () => {
    const text = 'Statsbidrag till kommunerna 2026\n\nTotalt fördelas 30 miljoner kronor. Varje kommun får ett grundbelopp på 100 000 kronor och resterande medel fördelas efter antalet invånare.\n\nRekvisition ska ha kommit in senast den 15 mars 2026.\n';
    expect(await field(text, 'funding.parts')).toBeUndefined();
    expect(await field(text, 'funding.total')).toBe(30000000);
  });
});

const PAGE = (body: string): string => `Bidrag till lokala kulturprojekt 2026\n\n${body}\n\nFöreningar kan söka bidraget. Ansökan ska ha kommit in senast den 15 mars 2026.\n`;

describe('pairx85: the grant as the subject of its aim (purpose, stodet-syftar-till-att)', () => {
  for (const sentence of [
    'Stödet syftar till att fler barn och unga ska kunna delta i kulturlivet.',
    'Kulturstipendiet har till syfte att uppmuntra unga konstnärer att utvecklas.',
    'Utvecklingsstödet ska bidra till att stärka det lokala föreningslivet på landsbygden.',
  ]) {
    it(`reads "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'purpose')).toBe(sentence);
    });
  }
  for (const sentence of [
    'Projektet syftar till att fler ska röra sig.',
    'Stödet ska bidra till att täcka kostnader för lokalhyra.',
    'Den här utlysningen syftar till att ge forskare mer tid, säger Anna Berg, handläggare på fonden.',
  ]) {
    it(`reads no purpose in "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'purpose')).toBeUndefined();
    });
  }
});

describe('pairx85: a round\'s outcome in the passive (funding.granted)', () => {
  for (const [sentence, sum] of [
    ['Kulturrådet har beviljat 120 ansökningar och fördelat 14 miljoner kronor till 120 projekt.', 14000000],
    ['Totalt har 14 miljoner kronor fördelats till 120 projekt.', 14000000],
    ['I första omgången beviljades 3,2 miljoner kronor till 41 föreningar.', 3200000],
  ] as const) {
    it(`reads "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'funding.granted')).toBe(sum);
    });
  }
  for (const sentence of [
    'Totalt ska 14 miljoner kronor fördelas till 120 projekt.',
    'För verksamhetsåret 2024 fördelades 9 miljoner kronor till 12 föreningar.',
  ]) {
    it(`reads no granted sum in "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'funding.granted')).toBeUndefined();
    });
  }
});

const roles = async (sentence: string): Promise<unknown> => {
  const dates = (await field(PAGE(sentence), 'dates')) as Array<{ date?: string; role: string }> | undefined;
  return (dates ?? []).map((d) => `${d.date ?? 'vague'} ${d.role}`);
};

describe('pairx85: dated events by their role (dates, DATE_ROLES)', () => {
  it('reads the report window\'s closing day after "stänger", not as its opening day', async () => {
    expect(await roles('Återrapporteringen öppnar den 1 januari 2027 och stänger den 31 mars 2027.')).toEqual(['2027-01-01 reporting-opens', '2027-03-31 reporting-closes']);
  });
  it('reads the deciding body\'s decision day in the present', async () => {
    expect(await roles('Kulturnämnden beslutar om fördelningen den 20 april 2026.')).toEqual(['2026-04-20 decision']);
    expect(await roles('Styrelsen fattar beslut om bidragen den 12 maj 2026.')).toEqual(['2026-05-12 decision']);
  });
  it('reads the call\'s publication day', async () => {
    expect(await roles('Utlysningen publicerades den 1 februari 2026.')).toEqual(['2026-02-01 published']);
  });
  it('reads no decision of the applicant\'s own, and no publication promised by a day', async () => {
    expect(await roles('Föreningen beslutar om deltagande senast den 15 februari 2026.')).toEqual([]);
    expect(await roles('Utlysningen publiceras senast den 1 februari 2026.')).toEqual([]);
  });
});

describe('pairx85: what the application must have (requisition.requires, REQUIRES)', () => {
  for (const sentence of [
    'Till ansökan ska du bifoga en budget och en verksamhetsplan.',
    'Ansökan ska vara undertecknad av firmatecknare.',
    'För att ansökan ska behandlas krävs att den innehåller en budget.',
  ]) {
    it(`reads "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'requisition.requires')).toEqual([sentence]);
    });
  }
  for (const sentence of [
    'Till ansökan om slututbetalning ska ni bifoga kopior av fakturor.',
    'För att ansökan ska behandlas snabbt, skicka den i god tid.',
  ]) {
    it(`reads no requirement in "${sentence}"`, async () => {
      expect(await field(PAGE(sentence), 'requisition.requires')).toBeUndefined();
    });
  }
});

describe('pairx85 probes for other owners', () => {
  // h/rb85 (funding.total): the share set aside for one group had been read as the total, so the split could not reconcile;
  // fixed by h/fails86 (NOT_TOTAL first-of-two-group-sums: the first of two coordinated sums to two groups is a part)
  it('h/rb85: "200 miljoner kronor är avsatta för kommunerna och 100 miljoner kronor för regionerna" is no total beside "avsatt 300 miljoner"', async () => {
    expect(await field(SPLIT('200 miljoner kronor är avsatta för kommunerna och 100 miljoner kronor för regionerna.'), 'funding.total')).toBe(300000000);
  });
});
