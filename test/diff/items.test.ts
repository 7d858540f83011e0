import { describe, expect, it } from 'vitest';
import { enumerationItemChange } from '../../specs/diff/items.js';

// specs/diff/items.ts: a sentence's enumeration that gains or loses one item (diffvary59's constructed pairs, issue 14).

describe('one item more or less in a sentence\'s enumeration', () => {
  it('reports the item the new side adds or the old side drops', () => {
    expect(enumerationItemChange('Stödet får användas till personalkostnader, externa tjänster och resor.', 'Stödet får användas till personalkostnader, externa tjänster, resor och utrustning.')).toEqual({ kind: 'added', item: 'utrustning' });
    expect(enumerationItemChange('Till ansökan ska en projektbudget bifogas.', 'Till ansökan ska en projektbudget och en tidsplan bifogas.')).toEqual({ kind: 'added', item: 'en tidsplan' });
    expect(enumerationItemChange('Ideella föreningar och stiftelser med verksamhet i kommunen kan söka bidraget.', 'Ideella föreningar, stiftelser och studieförbund med verksamhet i kommunen kan söka bidraget.')).toEqual({ kind: 'added', item: 'studieförbund' });
    expect(enumerationItemChange('Bidraget får användas till löner, lokalkostnader och information.', 'Bidraget får användas till löner och lokalkostnader.')).toEqual({ kind: 'removed', item: 'information' });
    expect(enumerationItemChange('Stöd ges till föreningar samt stiftelser.', 'Stöd ges till föreningar.')).toEqual({ kind: 'removed', item: 'stiftelser' });
  });
  it('keeps every other edit a change of the sentence', () => {
    // a negation more, an item that denies, an item reworded, a name's "Kultur- och", the lead changed too
    expect(enumerationItemChange('Bidraget får användas till resor.', 'Bidraget får inte användas till resor.')).toBeUndefined();
    expect(enumerationItemChange('Bidraget får användas till resor.', 'Bidraget får användas till resor och inte till mat.')).toBeUndefined();
    expect(enumerationItemChange('Bidraget får användas till löner och resor.', 'Bidraget får användas till löner och utrustning.')).toBeUndefined();
    expect(enumerationItemChange('Kulturnämnden fördelar bidrag.', 'Kultur- och fritidsnämnden fördelar bidrag.')).toBeUndefined();
    expect(enumerationItemChange('Bidraget får användas till löner.', 'Stödet kan användas till löner och resor.')).toBeUndefined();
    expect(enumerationItemChange('Bidraget får användas till löner.', 'Bidraget får användas till löner.')).toBeUndefined();
  });
});
