import { sv } from '../parse/unicode.js';
import { RECIPIENT_PLURALS, alternation, type RecipientNoun } from './lexicon.js';
import type { Cue } from './types.js';

// A use, condition or underlag that the text limits to one recipient type: "Regionerna kan även
// använda medlen till …", "För kommunerna gäller …". The noun the cue captures gives the type.

const NOUNS = alternation(RECIPIENT_PLURALS.flatMap(([, forms]) => forms));

export const SCOPE_LEADS: ReadonlyArray<Cue<'scope'>> = [
  {
    id: 'noun-kan-aven-anvanda', where: 'line', meaning: 'scope', weight: 1,
    cue: sv(new RegExp(String.raw`\b(?:kan|får)\s+(${NOUNS})\s+(?:även|också)\s+använda\b|\b(${NOUNS})\s+(?:kan|får)\s+(?:även|också)\s+använda\b`, 'iu')),
    examples: ['I enlighet med uppdraget kan regionerna även använda rekviderade medel för kompetensförsörjning inom cancerområdet avseende dessa områden:', 'Kommunerna får också använda medlen till:'],
    counterExamples: ['Medlen kan användas till:', 'Ni kan även använda medlen till:'],
  },
  {
    id: 'for-noun-galler', where: 'line', meaning: 'scope', weight: 1,
    cue: sv(new RegExp(String.raw`^(?:För|För\s+de)\s+(${NOUNS})\s+gäller\b`, 'iu')),
    examples: ['För kommunerna gäller även följande:'],
    counterExamples: ['För statsbidraget gäller följande:'],
  },
];

/** The recipient type a lead limits its list to, or none. */
export function scopeOf(lead: string): RecipientNoun | undefined {
  for (const row of SCOPE_LEADS) {
    const m = row.cue.exec(lead);
    const noun = m?.slice(1).find((g) => g !== undefined)?.toLowerCase();
    if (!noun) continue;
    return RECIPIENT_PLURALS.find(([, forms]) => forms.includes(noun))?.[0];
  }
  return undefined;
}
