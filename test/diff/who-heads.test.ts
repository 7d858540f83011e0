import { describe, expect, it } from 'vitest';
import { APPLICANT_NOUNS, ORGANISATION_NOUNS, RECIPIENT_NOUNS } from '../../specs/lexicon.js';
import { whoKey } from '../../specs/diff/who.js';

// The change report's who-may-apply check (specs/diff/who.ts) reads its head nouns from the lexicon's APPLICANT_HEADS (types84, code
// review of stop 61: who.ts kept its own copy beside the lexicon's recipient nouns). This keeps the tables from drifting apart: every
// plural of the recipient and organisation nouns, and the applicant kinds' plain words, get a key from whoKey.

/**
 * The lexicon's words the change report has no head for (as before the move): Finland's välfärdsområden (a region in the extractor's
 * reading only), a group ("grupp", "arbetsgrupper") and "företagare" (the head is "företag", and "företagare" ends in no noun ending).
 */
const NOT_HEADS = new Set(['välfärdsområden', 'välfärdsområdena', 'grupp', 'grupper', 'gruppen', 'grupperna', 'arbetsgrupp', 'arbetsgrupper', 'företagare']);

describe('who.ts reads the lexicon\'s applicant nouns', () => {
  it('every recipient noun plural has a head key of its type', () => {
    for (const row of RECIPIENT_NOUNS) {
      for (const p of row.plurals.filter((w) => !NOT_HEADS.has(w))) expect([...whoKey(`${p} kan söka`)], p).toContain(row.type);
    }
  });
  it('every organisation noun plural has a head key', () => {
    for (const row of ORGANISATION_NOUNS) expect(whoKey(`${row.plural} kan söka`).size, row.plural).toBe(1);
  });
  it('every one-word applicant kind the lexicon lists has a head key, or is listed here as none', () => {
    const words = APPLICANT_NOUNS.flatMap((k) => k.words).filter((w) => !w.includes(' ') && !NOT_HEADS.has(w));
    for (const w of words) expect(whoKey(`${w} kan söka`).size, w).toBeGreaterThan(0);
  });
});
