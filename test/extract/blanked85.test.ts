import { describe, expect, it } from 'vitest';
import { mayHoldBlanked } from '../../extract/cues/literals.js';
import { APPLICANT_STATEMENT_FRAMES, APPLICANT_SUBJECT_FRAME, NOT_APPLYING_CLAUSES, NOT_RECIPIENT_NAMES, STATED_TYPE_NOUNS } from '../../extract/cues/recipients.js';
import { sv } from '../../extract/parse/unicode.js';

// h/pdf85 (issue 12, speed): mayHoldBlanked gates the recipients finder's blanking. Its promise: a pattern it turns down
// for a text matches no text made from it by turning characters into spaces. Constructed sentences, every span blanked.

const SENTENCES = [
  'Bidraget kan sökas av kommuner och regioner, men inte av privata företag.',
  'Stödet får lämnas till ideella föreningar som har sitt säte i länet.',
  'Sveriges Kommuner och Regioner samordnar arbetet, och länsstyrelserna kan rekvirera medel.',
  'Ansökan kan göras av huvudmän för förskoleklass och grundskola.',
  'Redovisningen ska vara Länsstyrelsen tillhanda senast den 31 mars 2027.',
  'Målgrupp för stödet är kommuner, regioner och stiftelser.',
];

/** the text with text[from, to) turned into spaces */
const blanked = (text: string, from: number, to: number): string => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

describe('mayHoldBlanked', () => {
  const rows = [...APPLICANT_STATEMENT_FRAMES, APPLICANT_SUBJECT_FRAME, ...STATED_TYPE_NOUNS, ...NOT_RECIPIENT_NAMES, ...NOT_APPLYING_CLAUSES];

  it('turns a pattern down only where no blanking of the text lets it match', () => {
    for (const text of SENTENCES) {
      for (const row of rows) {
        if (mayHoldBlanked(row.cue, text)) continue;
        const re = new RegExp(row.cue.source, row.cue.flags.replace(/[gy]/gu, ''));
        for (let from = 0; from < text.length; from += 3) {
          for (const len of [1, 4, 12]) expect(re.test(blanked(text, from, Math.min(text.length, from + len))), `${row.id} on ${text}`).toBe(false);
        }
      }
    }
  });

  it('reads a need that holds a space as there, since blanking makes spaces', () => {
    // "ka n" is in "kaXn" once the X is blanked
    const re = sv(/ka n/u);
    expect(mayHoldBlanked(re, 'kaXn')).toBe(true);
    expect(re.test(blanked('kaXn', 2, 3))).toBe(true);
    // … and a need without one, missing, is missing after any blanking
    expect(mayHoldBlanked(sv(/kommuner/iu), 'Regionerna kan söka.')).toBe(false);
    expect(mayHoldBlanked(sv(/kommuner/iu), 'KOMMUNER kan söka.')).toBe(true);
  });
});
