import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';

// Shapes left open by stop 48 (helper fix49, issues 12 and 14): each probe beside the neighbouring case that must keep
// working. A text marked "constructed" is not a real document's; the others quote dev texts named beside them.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const BODY = 'Bidraget får användas till kostnader för aktiviteter.\n';
const types = (text: string) => [...(spec(text).recipients?.types ?? [])].sort();

describe('recipients (cues/recipients.ts)', () => {
  it('dev 1752: a later paragraph of the answer that adds a kind ("kan också beviljas direkt till berörda kommuner")', () => {
    const text = 'Ansökan om bygdemedel\n\nVem kan ansöka?\n\nBygdemedel kan sökas framförallt av föreningar. Exempelvis kan hembygdsföreningar söka bidrag.\n\nBygdemedel kan också beviljas direkt till berörda kommuner för investeringar. I alla län kan inte kommuner vara sökande.\n\n' + BODY;
    expect(types(text)).toEqual(['kommun', 'organisation']);
  });
  it('keeps (constructed): a later paragraph without an addition is not read', () => {
    const text = 'Bygdemedel\n\nVem kan ansöka?\n\nBygdemedel kan sökas framförallt av föreningar.\n\nKommunen handlägger ansökan och kommuner i länet informeras.\n\n' + BODY;
    expect(types(text)).toEqual(['organisation']);
  });
  it('dev 1779: "kan du som … förening och organisation söka kulturstöd från Region X": the region distributes', () => {
    expect(types('Kulturstöd\n\nFör att hela länets kultur ska leva kan du som enskild kulturarbetare, förening och organisation söka kulturstöd från Region Norrbotten.\n\n' + BODY)).toEqual(['organisation']);
  });
  it('keeps (constructed): a region as the one who applies', () => {
    expect(types('Kulturstöd\n\nRegion Norrbotten kan söka bidraget.\n\n' + BODY)).toEqual(['region']);
  });
  it('dev 1783: "vänder sig till aktörer – offentliga, ideella och privata organisationer"', () => {
    expect(types('Utlysning av projektmedel\n\nUtlysningen vänder sig till aktörer – offentliga, ideella och privata organisationer samt bransch- och intresseorganisationer som verkar i Halland.\n\n' + BODY)).toEqual(['organisation']);
  });
  it('dev 1792 and constructed: a slash between compound parts ("länsbrukar/patientföreningar", "läns-/patientföreningar")', () => {
    expect(types('Aktivitetsbidrag\n\nAktivitetsbidrag kan sökas av länsbrukar/patientföreningar samt av de riksföreningarna som saknar länsförening.\n\n' + BODY)).toEqual(['organisation']);
    expect(types('Aktivitetsbidrag\n\nAktivitetsbidrag kan sökas av läns-/patientföreningar i länet.\n\n' + BODY)).toEqual(['organisation']);
  });
  it('keeps (constructed): kommuner/regioner after "kan sökas av" are no organisation', () => {
    expect(types('Aktivitetsbidrag\n\nBidraget kan sökas av kommuner/regioner.\n\n' + BODY)).not.toContain('organisation');
  });
});
