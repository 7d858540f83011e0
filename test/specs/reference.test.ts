import { describe, expect, it } from 'vitest';
import { loadReference } from '../../specs/reference/index.js';

// The shipped kommun and region codes (SCB), and the names allocation lists give them.

const ref = loadReference();

// SCB: kommuner per län since 2003
const PER_LAN: Readonly<Record<string, number>> = {
  '01': 26, '03': 8, '04': 9, '05': 13, '06': 13, '07': 8, '08': 12, '09': 1, '10': 5, '12': 33, '13': 6,
  '14': 49, '17': 16, '18': 12, '19': 10, '20': 15, '21': 10, '22': 7, '23': 8, '24': 15, '25': 14,
};

describe('reference data', () => {
  it('has 290 kommuner and 21 regioner with unique codes and names', () => {
    expect(ref.kommuner).toHaveLength(290);
    expect(ref.regioner).toHaveLength(21);
    expect(new Set(ref.kommuner.map((k) => k.code)).size).toBe(290);
    expect(new Set(ref.kommuner.map((k) => k.name)).size).toBe(290);
    expect(ref.regioner.map((r) => r.code)).toEqual(Object.keys(PER_LAN).sort());
  });

  it('has each kommunkod start with its länskod, and the right number of kommuner per län', () => {
    for (const k of ref.kommuner) expect(k.code, k.name).toMatch(new RegExp(`^${k.lan}\\d{2}$`, 'u'));
    const counts: Record<string, number> = {};
    for (const k of ref.kommuner) counts[k.lan] = (counts[k.lan] ?? 0) + 1;
    expect(counts).toEqual(PER_LAN);
  });

  it('has the codes SCB gives well-known kommuner', () => {
    const code = (name: string): string | undefined => ref.kommuner.find((k) => k.name === name)?.code;
    expect([code('Stockholm'), code('Göteborg'), code('Malmö'), code('Uppsala'), code('Knivsta'), code('Gotland'), code('Kiruna'), code('Upplands Väsby')])
      .toEqual(['0180', '1480', '1280', '0380', '0330', '0980', '2584', '0114']);
    expect(ref.regionOf(ref.byCode.get('0686')!).name).toBe('Region Jönköpings län');
  });

  it('has no name that could mean two recipients', () => {
    expect(ref.ambiguous).toEqual([]);
  });
});

describe('matching names as lists write them', () => {
  const region = (s: string): string | undefined => ref.match('region', s)?.code;
  const kommun = (s: string): string | undefined => ref.match('kommun', s)?.code;

  it('knows every region by its own name, its län and its short name', () => {
    for (const [written, code] of [
      ['Region Jönköpings län', '06'], ['Jönköping', '06'], ['Jönköpings län', '06'],
      ['Västra Götalandsregionen', '14'], ['Västra Götaland', '14'], ['VGR', '14'],
      ['Region Sörmland', '04'], ['Södermanland', '04'], ['Sörmland', '04'], ['Södermanlands län', '04'],
      ['Region Jämtland Härjedalen', '23'], ['Jämtland', '23'], ['Region Gotland', '09'], ['Gotland', '09'],
      ['Kalmar', '08'], ['Region Kalmar län', '08'], ['Örebro', '18'], ['**Region Stockholm**', '01'], ['Stockholms läns landsting', '01'],
    ] as const) expect(region(written), written).toBe(code);
  });

  it('knows kommuner by name, genitive, kommun/stad and spelling variants', () => {
    for (const [written, code] of [
      ['Stockholm', '0180'], ['Stockholms stad', '0180'], ['Göteborgs Stad', '1480'], ['Falu kommun', '2080'], ['Falun', '2080'],
      ['Malung-Sälens kommun', '2023'], ['Upplands Bro', '0139'], ['upplands-bro kommun', '0139'], ['Region Gotland', '0980'],
      ['Borås Stad', '1490'], ['Marks kommun', '1463'], ['Ale kommun', '1440'], ['Kalix kommun', '2514'], ['Hofors kommun', '2104'],
    ] as const) expect(kommun(written), written).toBe(code);
  });

  it('matches nothing it does not know, and never a region for a kommun', () => {
    expect(region('Region Norrland')).toBeUndefined();
    expect(kommun('Region Stockholm')).toBeUndefined();
    expect(kommun('Totalt')).toBeUndefined();
    expect(region('Summa')).toBeUndefined();
  });
});
