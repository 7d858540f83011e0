import { describe, expect, it } from 'vitest';
import { sameButFormAlternative } from '../../specs/diff/text.js';
import { anvisningOf as spec } from './probe.js';

// Shapes left open by stop 48 (helper fix49, issues 12 and 14): each probe beside the neighbouring case that must keep
// working. A text marked "constructed" is not a real document's; the others quote dev texts named beside them.

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

const window = (lines: string, title = 'Föreningsstöd') => { const r = spec(`${title}\n\n${lines}\n\n${BODY}`).requisition; return [r?.opens, r?.closes]; };

describe('a closed round told in the past tense is no window (cues/dates.ts gick-ut)', () => {
  it('constructed: "stängde" as "gick ut" (review48 g1): a past round keeps its window unless a later round is stated', () => {
    expect(window('Ansökningsperioden stängde den 1 april 2024.')).toEqual([undefined, '2024-04-01']);
    expect(window('Ansökningsperioden stängde den 1 april 2024. Nästa ansökningsperiod öppnar 1 oktober 2025 och stänger 1 december 2025.')).toEqual([undefined, undefined]);
    expect(window('Ansökningsperioden stängde den 1 april.')).toEqual([undefined, undefined]);
  });
  it('keeps (constructed): the present tense, and "gick ut" of a requisition time', () => {
    expect(window('Ansökan stänger 15 mars 2025.')).toEqual([undefined, '2025-03-15']);
    expect(window('Rekvisitionstiden för 2018 års statsbidrag gick ut den 1 juni 2018.')).toEqual([undefined, '2018-06-01']);
    expect(window('Ansökan om projektmedel inleddes den 13 september 2021 och stängdes vid midnatt den 14 november.', 'Utlysning av projektmedel')).toEqual(['2021-09-13', '2021-11-14']);
  });
  it('a closing day alone gives its year (dev 1783\'s sentence)', () => {
    expect(window('Sista ansökningsdag är 6 maj 2016.')).toEqual([undefined, '2016-05-06']);
  });
});

describe('funding: the call\'s part of a several-year whole (cues/funding.ts varav-i-denna-utlysning)', () => {
  it('constructed: "varav 10 miljoner kronor i denna utlysning" is the total, never the 20 millions', () => {
    const s = spec('Utlysning av projektmedel\n\nTotalt har 20 miljoner kronor ställts till förfogande under 2020 och 2021, varav 10 miljoner kronor i denna utlysning.\n\n' + BODY);
    expect(s.funding?.total).toBe(10_000_000);
  });
  it('keeps (constructed): a part for another round is no total', () => {
    const s = spec('Utlysning av projektmedel\n\nTotalt finns 20 miljoner kronor, varav 10 miljoner kronor i den förra utlysningen.\n\n' + BODY);
    expect(s.funding?.total).not.toBe(10_000_000);
  });
});

describe('diff: a grant form after a slash is quiet only when it tells how the money is given (specs/diff/text.ts)', () => {
  it('constructed (review47 t1): "Lokalbidrag/investeringsstöd" adds a use', () => {
    expect(sameButFormAlternative('Lokalbidrag kan sökas för hyra av lokaler.', 'Lokalbidrag/investeringsstöd kan sökas för hyra av lokaler.')).toBe(false);
  });
  it('keeps: the batch 25 shape (diff q252)', () => {
    expect(sameButFormAlternative('Verksamhetsbidrag kan sökas för arbete som syftar till att förebygga spridning av hiv.', 'Verksamhetsbidrag/projektbidrag kan sökas för arbete som syftar till att förebygga spridning av hiv.')).toBe(true);
  });
});

describe('another grant\'s last day on a page whose grant is applied for at any time (cues/dates.ts ROLLING_GRANT)', () => {
  it('constructed: the other grant\'s day is no window of the page\'s grant', () => {
    expect(window('Sista dag att söka verksamhetsbidrag är 1 mars 2025. Projektbidrag kan sökas löpande.', 'Projektbidrag')).toEqual([undefined, undefined]);
    expect(window('Projektbidrag kan sökas löpande. Sista dag att söka ungdomsprojektbidrag är 1 mars 2025.', 'Projektbidrag')).toEqual([undefined, undefined]);
  });
  it('keeps (constructed): the day of the grant the page is titled by', () => {
    expect(window('Sista dag att söka verksamhetsbidrag är 1 mars 2025. Projektbidrag kan sökas löpande.', 'Verksamhetsbidrag')).toEqual([undefined, '2025-03-01']);
    expect(window('Sista ansökningsdag är 15 april 2025.', 'Projektbidrag')).toEqual([undefined, '2025-04-15']);
  });
});
