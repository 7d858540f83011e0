import { describe, expect, it } from 'vitest';
import { sameButLinkAnnotations, textChanges } from '../../specs/diff/text.js';

// Review of stop 48's merges (review48, issue 14; helper fix51b): a constructed probe pair (d3) on which a rule sentence
// was reported "omformulerat" for its link annotations alone, beside the case that must keep working.

describe('link annotations are no change of a rule (text.ts sameButLinkAnnotations, LINK_ANNOTATION)', () => {
  it('constructed (d3): "(Pdf, 417 kB)" → "(Pdf, 997 kB, öppnas i nytt fönster)", "(Word, 45 kB)" added', () => {
    expect(sameButLinkAnnotations('Föreningen ska ha minst tio medlemmar.', 'Föreningen ska ha minst tio medlemmar (Word, 45 kB).')).toBe(true);
    expect(sameButLinkAnnotations('Bidrag ges enligt kommunens riktlinjer för föreningsbidrag (Pdf, 417 kB).', 'Bidrag ges enligt kommunens riktlinjer för föreningsbidrag (Pdf, 997 kB, öppnas i nytt fönster).')).toBe(true);
    expect(sameButLinkAnnotations({ text: 'Föreningen ska ha minst tio medlemmar.' }, { text: 'Föreningen ska ha minst tio medlemmar (Word, 45 kB).' })).toBe(true);
    const old = '# Föreningsbidrag 2024\n\nBidrag ges enligt kommunens riktlinjer för föreningsbidrag (Pdf, 417 kB).\n\nFöreningen ska ha minst tio medlemmar.\n\nBidraget kan sökas av ideella föreningar.\n';
    const now = '# Föreningsbidrag 2025\n\nBidrag ges enligt kommunens riktlinjer för föreningsbidrag (Pdf, 997 kB, öppnas i nytt fönster).\n\nFöreningen ska ha minst tio medlemmar (Word, 45 kB).\n\nBidraget kan sökas av ideella föreningar.\n';
    expect(textChanges(old, now).filter((c) => !/Föreningsbidrag 202/u.test(JSON.stringify(c)))).toEqual([]);
  });
  it('keeps: another word beside the annotation is a change', () => {
    expect(sameButLinkAnnotations('Föreningen ska ha minst tio medlemmar.', 'Föreningen ska ha minst tjugo medlemmar (Word, 45 kB).')).toBe(false);
    expect(sameButLinkAnnotations('Föreningen ska ha minst tio medlemmar.', 'Föreningen ska ha minst tjugo medlemmar.')).toBe(false);
  });
});
