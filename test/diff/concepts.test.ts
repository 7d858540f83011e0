import { describe, expect, it } from 'vitest';
import { CHANNEL_MEDIA, channelMediaIn, PAYMENT_TERMS, paymentTermsIn, REQUIREMENT_THINGS, sameChannelStated, samePayment, sameRequirement, thingsIn } from '../../specs/diff/concepts.js';

// The things a requirement asks for: each row's examples name its thing, its counter-examples do
// not; two wordings are one requirement only when they ask for the same things with the same
// figures and negations.

describe('requirement things', () => {
  for (const row of REQUIREMENT_THINGS) {
    it(`${row.thing}: examples and counter-examples`, () => {
      for (const e of row.examples) expect(thingsIn(e), e).toContain(row.thing);
      for (const c of row.counterExamples) expect(thingsIn(c), c).not.toContain(row.thing);
    });
  }
});

describe('sameRequirement', () => {
  it('reads an ombud required in two wordings as one requirement', () => {
    expect(sameRequirement(
      'Innan ni ansöker behöver behörig företrädare (eller en person med fullmakt från denne) för regionen ansöka om att bli ombud.',
      'För att kunna ansöka om statsbidrag i e-tjänsten måste regionen ha ett godkänt ombud.',
    )).toBe(true); // the fullmakt stands in an aside: who may act, not one more thing to have
    expect(sameRequirement('Innan ni rekvirerar behöver ni ansöka om att bli ombud.', 'För att kunna rekvirera måste kommunen ha ett godkänt ombud.')).toBe(true);
  });
  it('reports one more thing, a negation or another figure as a change', () => {
    expect(sameRequirement('Kommunen måste ha ett ombud.', 'Kommunen måste ha ett ombud och en kontaktperson.')).toBe(false);
    expect(sameRequirement('Kommunen måste ha ett ombud.', 'Kommunen måste ha ett ombud och bifoga en fullmakt.')).toBe(false);
    expect(sameRequirement('Kommunen måste ha ett ombud.', 'Kommunen behöver inte ha ett ombud.')).toBe(false);
    expect(sameRequirement('Ombud ska utses senast 1 mars 2025.', 'Ombud ska utses senast 1 april 2025.')).toBe(false);
    expect(sameRequirement('Ansökan ska innehålla en budget.', 'Ansökan ska innehålla en projektplan.')).toBe(false);
  });
});

describe('payment terms', () => {
  for (const row of PAYMENT_TERMS) {
    it(`${row.thing}: examples and counter-examples`, () => {
      for (const e of row.examples) expect(paymentTermsIn(e), e).toContain(row.thing);
      for (const c of row.counterExamples) expect(paymentTermsIn(c), c).not.toContain(row.thing);
    });
  }
  it('reads a payment in advance worded twice as one payment, another term or figure as a change', () => {
    expect(samePayment('Bidrag till kulturarvsarbete betalas ut i förskott och det är den sökande som anger start- och slutdatum för projektet.', 'Bidraget betalas ut i förskott.')).toBe(true);
    expect(samePayment('Bidraget betalas ut i förskott.', 'Bidraget betalas ut i efterhand.')).toBe(false);
    expect(samePayment('Bidraget betalas ut i förskott.', 'Bidraget betalas ut i förskott och efter rekvisition.')).toBe(false);
    expect(samePayment('Bidraget betalas ut i förskott senast 1 mars.', 'Bidraget betalas ut i förskott senast 1 april.')).toBe(false);
    expect(samePayment('Bidraget betalas ut senast 1 mars.', 'Bidraget betalas ut senast 1 mars 2025.')).toBe(false);
  });
});

describe('channel media', () => {
  for (const row of CHANNEL_MEDIA) {
    it(`${row.thing}: examples and counter-examples`, () => {
      for (const e of row.examples) expect(channelMediaIn(e), e).toContain(row.thing);
      for (const c of row.counterExamples) expect(channelMediaIn(c), c).not.toContain(row.thing);
    });
  }
  it('reads an electronic application said twice as one channel, post against e-tjänst as a change', () => {
    // Kulturfonden för Sverige och Finland 2018 (diff q286) → the Sweden page (dev 396)
    const old2018 = ['Själva ansökan görs på ansökningsportalen.', 'Fonden tar endast emot elektroniska ansökningar.'];
    expect(sameChannelStated('Ansökan lämnas in elektroniskt till sekretariatet i det land där du bor eller är verksam.', old2018)).toBe(true);
    expect(sameChannelStated('Ansökan skickas med post till kansliet.', old2018)).toBe(false);
    expect(sameChannelStated('Ansökan lämnas inte elektroniskt.', old2018)).toBe(false);
    // a medium named only where the text speaks of something else than applying is no channel
    expect(sameChannelStated('Ansökan lämnas in elektroniskt.', ['Redovisningen görs elektroniskt.'])).toBe(false);
  });
});
