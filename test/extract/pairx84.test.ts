import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';
import { get } from '../helpers.js';

// pairx84 (issue 14 via 12): what press releases and grant pages state in prose, read end to end. Every text is constructed
// (our own sentences, written from how regeringen.se, Socialstyrelsen and kommuner phrase a satsning); none is a corpus text.

const field = async (text: string, path: string): Promise<unknown> => get(await specOf(text.endsWith('\n') ? text : `${text}\n`), path);

const STATSBIDRAG = (body: string): string => `Statsbidrag för fritidsaktiviteter 2026\n\nKommunerna och regionerna kan rekvirera statsbidrag om totalt 300 miljoner kronor för 2026.\n\n${body}\n`;

describe('pairx84: a split told in prose (funding.parts, PART_CUES)', () => {
  it('reads "X går till kommunerna och Y till regionerna", the verb left out of the second clause', async () => {
    expect(await field(STATSBIDRAG('200 miljoner kronor går till kommunerna och 100 miljoner kronor till regionerna.'), 'funding.parts'))
      .toEqual([{ to: 'kommun', amount: 200000000 }, { to: 'region', amount: 100000000 }]);
  });
  it('reads "Kommunerna får X och regionerna Y"', async () => {
    expect(await field(STATSBIDRAG('Medlen fördelas så att kommunerna får 200 miljoner kronor och regionerna 100 miljoner kronor.'), 'funding.parts'))
      .toEqual([{ to: 'kommun', amount: 200000000 }, { to: 'region', amount: 100000000 }]);
  });
  it('reads "Av satsningen går …"', async () => {
    expect(await field(STATSBIDRAG('Av satsningen går 200 miljoner kronor till kommunerna och 100 miljoner kronor till regionerna.'), 'funding.parts'))
      .toEqual([{ to: 'kommun', amount: 200000000 }, { to: 'region', amount: 100000000 }]);
  });
  it('keeps no parts that do not make up the total (never invents a split)', async () => {
    expect(await field(STATSBIDRAG('200 miljoner kronor går till kommunerna och 50 miljoner kronor till regionerna.'), 'funding.parts')).toBeUndefined();
  });
  it('reads a government\'s giving sentence split between two groups as payments, with no total stated', async () => {
    const text = 'Stöd till barnhälsovården 2026\n\nRegeringen ger 200 miljoner kronor till regionerna och 100 miljoner kronor till kommunerna under 2026 för att stärka barnhälsovården. Medlen betalas ut som statsbidrag.\n';
    expect(await field(text, 'funding.parts')).toEqual([{ to: 'region', amount: 200000000 }, { to: 'kommun', amount: 100000000 }]);
  });
});

describe('pairx84: purpose in press-release prose (title.PURPOSE)', () => {
  it('reads "Satsningen syftar till att …"', async () => {
    expect(await field(STATSBIDRAG('Satsningen syftar till att fler barn ska kunna delta i organiserade fritidsaktiviteter.'), 'purpose'))
      .toBe('Satsningen syftar till att fler barn ska kunna delta i organiserade fritidsaktiviteter.');
  });
  it('reads "Målet med statsbidraget är att …"', async () => {
    expect(await field(STATSBIDRAG('Målet med statsbidraget är att fler barn ska kunna delta i organiserade fritidsaktiviteter.'), 'purpose'))
      .toBe('Målet med statsbidraget är att fler barn ska kunna delta i organiserade fritidsaktiviteter.');
  });
  it('reads the government\'s giving sentence with its aim only where nothing else states a purpose', async () => {
    const giving = 'Regeringen ger 300 miljoner kronor i statsbidrag till kommunerna och regionerna för att fler barn ska kunna delta i fritidsaktiviteter.';
    expect(await field(`Fritidsaktiviteter för barn 2026\n\n${giving}\n`, 'purpose')).toBe(giving);
    expect(await field(`Fritidsaktiviteter för barn 2026\n\n${giving}\n\nSyftet med statsbidraget är att minska skillnaderna mellan barns fritid.\n`, 'purpose'))
      .toBe('Syftet med statsbidraget är att minska skillnaderna mellan barns fritid.');
  });
});

describe('pairx84: a period of whole years (USAGE_YEARS)', () => {
  it('reads "Satsningen pågår under tre år, 2025–2027."', async () => {
    expect(await field(STATSBIDRAG('Satsningen pågår under tre år, 2025–2027.'), 'usage_period')).toEqual({ from: '2025-01-01', to: '2027-12-31' });
  });
  it('gives way to the days of use a text states', async () => {
    expect(await field(STATSBIDRAG('Satsningen pågår under tre år, 2025–2027. Medlen får användas 1 januari–31 december 2026.'), 'usage_period'))
      .toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('reads no period of an assignment or of applying', async () => {
    expect(await field(STATSBIDRAG('Uppdraget pågår under 2025–2027. Bidraget kan sökas under perioden 2025–2027.'), 'usage_period')).toBeUndefined();
  });
});

describe('pairx84: a decision\'s outcome with the count of those granted (funding.granted)', () => {
  it('reads "har fördelat X till N kommuner"', async () => {
    const text = 'Statsbidrag för läxhjälp 2026\n\nSocialstyrelsen har fördelat 250 miljoner kronor till 120 kommuner. Statsbidraget ska användas till läxhjälp.\n';
    expect(await field(text, 'funding.granted')).toBe(250000000);
  });
});

// Found on constructed press releases, in fields other helpers own this stop (reported, not edited here):
describe('pairx84 probes for other owners', () => {
  // funding.total (h/rb84): a sum about another thing, the whole budget of an area, became the total and so kept the stated
  // split out (TOTAL_CUES uppgar-till holds for "Hela budgeten för … uppgår till"; its veto names only a body's budget)
  // fixed by h/rb85 (uppgar-till's guard on a whole area's budget)
  it('h/rb84: "Hela budgeten för äldreomsorgen uppgår till 5 miljarder kronor" is no total of the satsning', async () => {
    const text = 'Statsbidrag mot ensamhet 2025\n\nRegeringen ger 300 miljoner kronor i statsbidrag till arbete mot ensamhet bland äldre.\n\nHela budgeten för äldreomsorgen uppgår till 5 miljarder kronor.\n';
    expect(await field(text, 'funding.total')).not.toBe(5000000000);
  });
  // funding.total (h/rb84): "Regeringen avsätter totalt …" is vetoed by NOT_TOTAL granted-or-compared ("avsätter" in the sentence)
  // fixed by h/rb85 (granted-or-compared lets the government's total set aside, opening the sentence, through)
  it('h/rb84: "Regeringen avsätter totalt 300 miljoner kronor under 2025 för …" states the total', async () => {
    const text = 'Statsbidrag mot ensamhet 2025\n\nRegeringen avsätter totalt 300 miljoner kronor i statsbidrag under 2025 för att stärka arbetet mot ofrivillig ensamhet bland äldre.\n';
    expect(await field(text, 'funding.total')).toBe(300000000);
  });
});
