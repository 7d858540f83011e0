import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { anvisningOf as spec } from '../extract/probe.js';

// Constructed pairs for h/diffb30's fixes (issue 14, batch 30), each in another body's phrasing than the pair it came from.

const report = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
const changes = (a: string, b: string): string[] => report(a, b).changes.map((c) => `${c.path} | ${describeChange(c)}`);
const head = 'Bidrag till lokalt utvecklingsarbete\nLänsstyrelsen fördelar bidrag till lokalt utvecklingsarbete.\n';

describe('"bara de organisationer som …" names no kind of applicant (eligibility.ts QUALIFIED_APPLICANTS_SENTENCES)', () => {
  // Delmos 2018 → 2019: "Det är bara de organisationer som har fått positivt besked … som kan ansöka om medel under 2018."
  it('the applicants the same, a restriction dropped: no change of recipients', () => {
    const kinds = 'Det är kommuner samt ideella föreningar som kan söka bidrag.\n';
    const out = changes(head + kinds + 'Endast de organisationer som beviljades stöd i första steget kan söka bidrag för steg två.\n', head + kinds).join('\n');
    expect(out).not.toMatch(/^recipients/mu);
  });
  it('organisations as a kind still count: "Det är organisationer som …" added is a change', () => {
    const out = changes(head + 'Det är kommuner som kan söka bidrag.\n', head + 'Det är kommuner och organisationer som kan söka bidrag.\n').join('\n');
    expect(out).toMatch(/^recipients/mu);
  });
});

describe('one noun only in its definite form (text.ts sameButDefiniteForm)', () => {
  // Trafikverket 2022 → 2024: "Projektbidraget kan lämnas till projekt som syftar till …" → "Projektbidrag kan lämnas …"
  it('"Verksamhetsbidraget kan användas till …" → "Verksamhetsbidrag kan användas till …": no change of use', () => {
    const out = changes(head + 'Verksamhetsbidraget kan användas till hyra av lokaler för föreningens arbete med barn och unga.\n',
      head + 'Verksamhetsbidrag kan användas till hyra av lokaler för föreningens arbete med barn och unga.\n').join('\n');
    expect(out).not.toMatch(/^permitted_uses/mu);
  });
  it('another word changed as well keeps the use changed', () => {
    const out = changes(head + 'Verksamhetsbidraget kan användas till hyra av lokaler för föreningens arbete med barn och unga.\n',
      head + 'Verksamhetsbidrag kan användas till hyra av lokaler för föreningens arbete med äldre.\n').join('\n');
    expect(out).toMatch(/^permitted_uses/mu);
  });
});

describe('a use applied for, reworded around it (text.ts statesUseApplied)', () => {
  // Trafikverket: "Medel kan sökas för fortsättning av ett projekt." → "… kan föreningen ansöka om nya medel för en fortsättning av ett projekt."
  it('"Bidrag kan sökas för utveckling av en befintlig mötesplats." still stated in a sentence about applying: no removal', () => {
    const out = changes(head + 'Bidrag kan sökas för utveckling av en befintlig mötesplats.\n',
      head + 'Har föreningen fått bidrag tidigare kan den ansöka om nytt bidrag för utveckling av en befintlig mötesplats.\n').join('\n');
    expect(out).not.toMatch(/^permitted_uses.*utveckling av en befintlig mötesplats/mu);
  });
  it('a denial in the new sentence is a removal', () => {
    const out = changes(head + 'Bidrag kan sökas för utveckling av en befintlig mötesplats.\n',
      head + 'Föreningen kan inte ansöka om bidrag för utveckling av en befintlig mötesplats.\n').join('\n');
    expect(out).toMatch(/utveckling av en befintlig mötesplats/u);
  });
});

describe('civil society and public actors as applicants (specs/lexicon.ts APPLICANT_NOUNS)', () => {
  // Region Uppsala 2018 → 2023: "En offentlig aktör kan söka medel tillsammans med en eller flera aktörer inom civilsamhället."
  it('who may apply stated anew by these actors is reported as recipients added', () => {
    const out = changes(head + 'Insatserna ska stärka det lokala utvecklingsarbetet.\n',
      head + 'Insatserna ska stärka det lokala utvecklingsarbetet.\nAktörer inom civilsamhället kan söka bidrag för lokala insatser.\n').join('\n');
    expect(out).toMatch(/^recipients/mu);
  });
});

describe('a project period by its earliest start and longest run (cues USAGE_START_END)', () => {
  // Trafikverket 2022: "Projekten kan starta tidigast den 1 juli 2022 och i normalfallet pågå som längst till den 30 juni 2023."
  it('reads the two days as the usage period, and its change as one', () => {
    const a = spec(head + 'Insatsen kan påbörjas tidigast den 1 mars 2025 och får pågå längst till den 28 februari 2026.\n');
    expect(a.usage_period).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    const out = changes(head + 'Insatsen kan påbörjas tidigast den 1 mars 2025 och får pågå längst till den 28 februari 2026.\n',
      head + 'Insatsen kan påbörjas tidigast den 1 april 2026 och får pågå längst till den 31 mars 2027.\n').join('\n');
    expect(out).toMatch(/^usage_period/mu);
  });
  it('one day only, or a sentence about applying, is no period', () => {
    expect(spec(head + 'Insatsen kan påbörjas tidigast den 1 mars 2025.\n').usage_period).toBeUndefined();
    expect(spec(head + 'Ansökan kan göras när insatsen kan påbörjas tidigast den 1 mars 2025 och pågå längst till den 28 februari 2026.\n').usage_period).toBeUndefined();
  });
});
