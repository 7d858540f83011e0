import { describe, expect, it } from 'vitest';
import { stillStated } from '../../specs/diff/stated.js';
import { anvisningOf } from './probe.js';

// review48 (helper fix51a, issues 12 and 14): constructed probes (not real documents) that gave a wrong date-role value
// on main cde57767 where 9f7c911a was right or gave nothing. Each probe with the value it must give; a missing value beats
// a wrong one.

const spec = (text: string) => anvisningOf(text, 'md');
const window = (text: string) => { const r = spec(text).requisition; return { ...(r?.opens ? { opens: r.opens } : {}), ...(r?.closes ? { closes: r.closes } : {}) }; };

const PROBES: ReadonlyArray<[string, string, Record<string, string>, number | undefined, string]> = [
  ["h8", "# Fritidsbidrag\n\n## Ansökan 2024\n\nAnsökan för 2024 är nu stängd.\nSista dag: 15 mars\n\n## Ansökan 2025\n\nAnsökan öppnar 1 februari 2025 och stänger 15 mars 2025.\n", { opens: '2025-02-01', closes: '2025-03-15' }, 2025, "a closed 2024 round's yearless day does not beat the stated 2025 window"],
  ["h2", "# Verksamhetsbidrag för föreningar\n\nVerksamhetsbidraget avser bidragsåret 2025.\n\n## Ansökningsomgång 2025\n\nAnsökan gäller bidrag för verksamhetsåret 2025.\nSista ansökningsdag är den 15 november.\n\nBeslut meddelas i januari.\n", {}, 2025, "a round for bidragsåret 2025 closes the autumn before: no heading year given to a yearless day"],
  ["h7", "# Kulturbidrag till föreningar\n\n## Ansökan 2025\n\nBidrag för år 2025 söks under hösten 2024.\nSista dag: 31 oktober\n\nBeslut fattas i december 2024.\n", {}, 2025, "applied for in the autumn 2024 for 2025: no heading year given to a yearless day"],
  ["h4", "# Projektbidrag\n\n## Ansökan 2024\n\nSista dag: 15 mars\n\nAnsökningsomgången för 2024 är stängd. Nästa omgång öppnar i januari 2025.\n", {}, 2024, "a closed round under the heading: no closing day"],
  ["h10", "# Kulturbidrag\n\n## Ansökan 2023\n\nSista dag: 15 mars\n\nOmgången är avslutad och bidragen är fördelade.\n", {}, undefined, "a closed round under the heading: no closing day"],
  ["r1", "# Projektbidrag\n\nProjektbidrag kan sökas löpande under 2025.\n\nSista ansökningsdag: 30 november 2025.\n\nAnsökan görs i e-tjänsten.\n", { closes: '2025-11-30' }, 2025, "a sentence naming no grant is the page's own"],
  ["r2", "# Projektbidrag\n\nProjektbidrag kan sökas löpande.\n\nSista dag att söka ungdomsprojektbidrag är 1 mars 2025.\n\nAnsökan görs i e-tjänsten.\n", {}, undefined, "a sentence naming another grant (whole word: ungdomsprojektbidrag, not projektbidrag) is that grant's"],
  ["r3", "# Projektbidrag\n\nProjektbidrag kan sökas löpande. Ansökan ska ha kommit in senast den 1 oktober 2025 för projekt som genomförs under 2025.\n\nKontakta kulturförvaltningen vid frågor.\n", { closes: '2025-10-01' }, 2025, "a sentence naming no grant is the page's own"],
  ["r4", "# Aktivitetsstöd\n\nAktivitetsstöd kan sökas året om.\n\nAnsökan för vårterminen ska ha kommit in senast den 15 februari 2025.\n\nAnsökan görs i e-tjänsten.\n", { closes: '2025-02-15' }, 2025, "a sentence naming no grant is the page's own"],
  ["g1", "# Bidrag till kulturarrangemang 2024\n\nAnsökningsperioden öppnade den 1 februari 2024 och stängde den 1 april 2024.\n\nBeslut meddelas i maj 2024.\n", { opens: '2024-02-01', closes: '2024-04-01' }, 2024, "'stängde' as 'gick ut': the only round keeps its window (its opening 'öppnade' read since window82, cues/dates.ts OPENED_WORD)"],
  ["g2", "# Bidrag till kulturarrangemang\n\nAnsökningsperioden stängde den 1 april 2025 kl. 23.59. Sena ansökningar behandlas inte.\n\nNästa ansökningsperiod öppnar 1 oktober 2025 och stänger 1 december 2025.\n", {}, 2025, "a later round stated: the past round's window dropped, its year kept"],
];

describe('review48 probes (constructed)', () => {
  for (const [name, text, expected, year, why] of PROBES) {
    it(`${name}: ${why}`, () => {
      expect(window(text)).toEqual(expected);
      expect(spec(text).year).toBe(year);
    });
  }
});

describe('the heading year rule (round-year-heading-label-day) is removed: a missing value beats a wrong one', () => {
  it('constructed (the case it was made for): "Ansökan 2024" / "Sista dag: 15 mars" gives no closing day now', () => {
    expect(window('Föreningsstöd\n\nFöreningar kan söka bidrag.\n\n## Ansökan 2024\n\nSista dag: 15 mars\n')).toEqual({});
  });
  it('keeps (constructed): a day with its year under such a heading', () => {
    expect(window('Föreningsstöd\n\nFöreningar kan söka bidrag.\n\n## Ansökan 2024\n\nSista ansökningsdag: 15 mars 2025\n')).toEqual({ closes: '2025-03-15' });
  });
});

describe('diff: a yearless day is still stated when the other text has the same day and month with a year (review48 d1)', () => {
  const item = (text: string) => ({ role: 'application-round', text });
  it('constructed: "Senaste ansökningsdatum är den 15 mars." beside "Sista ansökningsdag är 15 mars 2024."', () => {
    expect(stillStated('Lokalbidrag\n\nSista ansökningsdag är 15 mars 2024.\n', 'dates', item('Senaste ansökningsdatum är den 15 mars.'), 1)).toBe(true);
    expect(stillStated('Sista ansökningsdag är den 15 mars.', 'dates', item('Senaste ansökningsdatum är den 15 mars.'), 0)).toBe(true);
  });
  it('keeps (constructed): another day ("25 mars" is no "5 mars") is not stated', () => {
    expect(stillStated('Sista ansökningsdag är 1 april 2024.', 'dates', item('Senaste ansökningsdatum är den 15 mars.'), 1)).toBe(false);
    expect(stillStated('Sista ansökningsdag är 25 mars 2024.', 'dates', item('Senaste ansökningsdatum är den 5 mars.'), 1)).toBe(false);
  });
});
