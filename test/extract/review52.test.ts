import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';

// Shapes found by review52 in the changes merged up to adfe16c4 (helper fix54, issues 12 and 14): each constructed probe
// (the reviewer's, /work/wt/review52-probes) beside the dev example of the row that must keep working.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';

describe('1: a yearless last day takes the neighbour\'s year only from a sentence about the same round (cues/dates.ts NEIGHBOUR_ROUND_SENTENCE)', () => {
  it('dev 1827 keeps: "… betalar engångsvis ut pengarna under november månad 2020. Rekvisition ska ske … senast den 31 oktober."', () => {
    const s = spec('Kompetensutveckling\n\nKammarkollegiet betalar engångsvis ut pengarna under november månad 2020. Rekvisition ska ske till Kammarkollegiet senast den 31 oktober.\n\n' + BODY);
    expect(s.requisition?.closes).toBe('2020-10-31');
  });
  it('b1: a founding year lends none', () => {
    expect(spec('Bidrag till hembygdsföreningar\nIdeella hembygdsföreningar kan söka bidrag för vård av kulturmiljöer.\nFöreningen ska ha bildats före 2015. Ansökan ska vara inkommen senast den 1 oktober. Ansökan görs i e-tjänsten.\n').requisition?.closes).toBeUndefined();
  });
  it('b2: the verksamhetsår the money is for lends none', () => {
    expect(spec('Verksamhetsbidrag\nKommunen ger verksamhetsbidrag till ideella föreningar.\nAnsökan ska ha kommit in senast den 1 december. Bidraget avser verksamhetsåret 2025.\n').requisition?.closes).toBeUndefined();
  });
  it('b6, b7: a page update or the grant\'s history lends none', () => {
    expect(spec('Bidrag till lovaktiviteter\nSidan uppdaterades 12 mars 2021. Ansökan ska vara inne senast den 15 april. Föreningar kan söka bidraget.\n').requisition?.closes).toBeUndefined();
    expect(spec('Stöd till kulturarrangörer\nStödet infördes 2019 för att stärka kulturlivet. Ansökningar ska skickas in senast den 30 september. Ideella föreningar kan söka.\n').requisition?.closes).toBeUndefined();
  });
});
