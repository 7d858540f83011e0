import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// A förordning reads the same whether its own SFS number comes in YAML front matter (the text form) or as the "SFS nr:" label
// line a saved rättsdatabaser page or Word document shows (variant-totals, lead stop 65: dev 505's saved page took its year
// from the act's last application day, 2029, where its text version, whose number is 2025:1574, states no grant year).

const body = `# Förordning om cykelpremie

## 1 §

Denna förordning innehåller bestämmelser om att Naturvårdsverket får lämna bidrag i form av en cykelpremie till den som köper en elcykel.

## 12 §

Ansökan ska ha kommit in till Naturvårdsverket senast den 30 juni 2029.
`;
const withFrontMatter = `---\nbeteckning: "2025:1574"\nrubrik: Förordning om cykelpremie\n---\n${body}`;
const withLabel = (sfs: string) => body.replace('\n\n## 1 §', `\n\nSFS nr: ${sfs}\n\nUtfärdad: 2025-12-18\n\n## 1 §`);

describe('the grant year of an act whose own number is stated in its head', () => {
  it('front matter: the last application day of a later year names no grant year', async () => {
    const spec = await specOf(withFrontMatter);
    expect(spec.requisition?.closes).toBe('2029-06-30');
    expect(spec.year).toBeUndefined();
  });
  it('"SFS nr:" label line: the same', async () => {
    const spec = await specOf(withLabel('2025:1574'));
    expect(spec.requisition?.closes).toBe('2029-06-30');
    expect(spec.year).toBeUndefined();
  });
  it('an "SFS nr:" line of the closing day\'s own year does not block it (as front matter does not)', async () => {
    const spec = await specOf(withLabel('2029:12').replace('Utfärdad: 2025-12-18', 'Utfärdad: 2029-01-10'));
    expect(spec.year).toBe(2029);
  });
});
