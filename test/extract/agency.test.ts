import { describe, expect, it } from 'vitest';
import { agenciesNamed, distributorNamed, mostNamedAgency } from '../../extract/cues/agency.js';
import { AGENCIES } from '../../extract/cues/lexicon.js';

// The lexicon's agency names are found by one pass of one pattern. That pass finds every mention
// only while no name holds another one as a whole word: the first test keeps the lexicon so.

describe('agency names', () => {
  it('hold no other agency name as a whole word, nor does their genitive', () => {
    for (const outer of AGENCIES) {
      for (const inner of AGENCIES) {
        if (inner === outer) continue;
        const alone = new RegExp(`\\b${inner}(?:s)?\\b`, 'u');
        expect(alone.test(outer) || alone.test(`${outer}s`), `${inner} in ${outer}`).toBe(false);
      }
    }
  });

  it('are named as listed: whole words, case as written, not in a genitive', () => {
    expect(agenciesNamed('Socialstyrelsen och Skolverket fördelar medlen.')).toEqual(['Socialstyrelsen', 'Skolverket']);
    expect(agenciesNamed('Enligt Boverkets beslut')).toEqual([]);
    expect(agenciesNamed('socialstyrelsen fördelar medlen')).toEqual([]);
    expect(agenciesNamed('Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF) fördelar bidraget.')).toEqual(['MUCF', 'Myndigheten för ungdoms- och civilsamhällesfrågor']);
  });

  it('give the distributor: the first in the lexicon that is not a party such as SKR', () => {
    expect(distributorNamed('SKR och Socialstyrelsen har tagit fram stödet.')).toBe('Socialstyrelsen');
    expect(distributorNamed('Sveriges Kommuner och Regioner fördelar medlen.')).toBeUndefined();
    // lexicon order, not order in the sentence
    expect(distributorNamed('Boverket och Skolverket fördelar medlen.')).toBe('Skolverket');
  });

  it('count mentions with their genitive and keep the first text that names the most named', () => {
    expect(mostNamedAgency(['Ansök hos Skolverket.', 'Boverkets beslut gäller.', 'Boverket betalar ut medlen.']))
      .toEqual({ name: 'Boverket', count: 2, first: 1 });
    // equals: the first in the lexicon's order
    expect(mostNamedAgency(['Boverket och Skolverket.'])).toEqual({ name: 'Skolverket', count: 1, first: 0 });
    expect(mostNamedAgency(['Kommunen fördelar medlen.'])).toBeUndefined();
    // a party that never distributes is not counted, however often named (a föreskrift's series code, dev 1136)
    expect(mostNamedAgency(['SKL – Icke-statliga kulturlokaler', 'BFS nummer: BFS 1990:27 - SKL 1', 'Boverkets föreskrifter om stöd.', 'Boverkets föreskrifter om ändring.', 'BFS 2001:20 - SKL 2']))
      .toEqual({ name: 'Boverket', count: 2, first: 2 });
    expect(mostNamedAgency(['SKR och kommunerna.', 'SKR tecknar en överenskommelse.'])).toBeUndefined();
  });
});
