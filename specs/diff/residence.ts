import { classifyHeading, rowHolds, wordy, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';

/**
 * A sentence that gives or opens a grant to applicants bound to a place by how they live or work there: "Stipendiet kan ges
 * till personer som är folkbokförda i Jämtlands län eller … har nära anknytning till regionen", "Priset och stipendierna ska
 * delas ut till personer som är bosatta eller huvudsakligen verksamma i Jämtland Härjedalen" (Region Jämtland Härjedalen, diff
 * q358/q359), "Arbetsstipendium utdelas till person, grupp eller organisation, uppvuxen, bosatt eller verksam i Kalmar län"
 * (diff q366). The bound follows an applicant's noun within six words; people the money serves ("barn bosatta i kommunen")
 * and a place where activities happen ("verksamhet i länet") are none.
 */
export const RESIDENCE_SENTENCES: ReadonlyArray<SentenceRow<'recipients'>> = [
  {
    id: 'sokande-bosatt-verksam', where: 'sentence', meaning: 'recipients', weight: 1,
    cue: wordy(/\b(?:personer|person|grupper|grupp|föreningar|förening|organisationer|organisation|sökande|sökanden|du|kulturskapare|konstnärer|utövare|författare)\b,?\s+(?:[\p{L}-]+,?\s+){0,6}?(?:som\s+(?:är\s+|har\s+)?)?(?:huvudsakligen\s+|stadigvarande\s+)?(?:folkbokförd[a]?|bosatt[a]?|boende|uppvuxen|uppvuxna|verksam(?:ma)?|skriven|skrivna|(?:sitt\s+)?säte|(?:nära\s+)?anknytning)\b/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:kan|får|ska|skall)\s+(?:även\s+|också\s+|endast\s+|bara\s+)?(?:an)?sökas\b|\b(?:kan|får)\s+(?:an)?söka\b|\b(?:delas\s+ut|utdelas|ges|tilldelas|beviljas|riktar\s+sig)\s+(?:\p{L}+\s+){0,2}?till\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:barn|unga|ungdomar|elever|deltagare|besökare|invånare|medlemmar)\s+(?:som\s+(?:är\s+)?)?(?:folkbokförda|bosatta|boende|verksamma)\b/iu) }],
    examples: ['Stipendiet kan ges till personer som är folkbokförda i Jämtlands län eller genom sin konstnärliga verksamhet eller personliga bakgrund har nära anknytning till regionen.',
      'Priset och stipendierna ska delas ut till personer som är bosatta eller huvudsakligen verksamma i Jämtland Härjedalen.',
      'Arbetsstipendium utdelas till person, grupp eller organisation, uppvuxen, bosatt eller verksam i Kalmar län.',
      'Bidraget kan sökas av föreningar som har sitt säte i kommunen.'],
    counterExamples: ['Föreningen kan söka bidrag för aktiviteter för barn bosatta i kommunen.', 'Bidrag ges till projekt som bedrivs i länet.',
      'Personer som är bosatta i länet är välkomna på utställningen.', 'Kontakta oss om du är verksam inom kulturområdet.'],
  },
];

/** the words of a bound, each as one key: "folkbokförda" and "skriven" alike, "bosatta" and "boende" alike */
const BOUND_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['folkbokförd', /(?<![\p{L}\p{N}])(?:folkbokförd[a]?|skriven|skrivna)(?![\p{L}\p{N}])/iu],
  ['bosatt', /(?<![\p{L}\p{N}])(?:bosatt[a]?|boende)(?![\p{L}\p{N}])/iu],
  ['uppvuxen', /(?<![\p{L}\p{N}])(?:uppvuxen|uppvuxna)(?![\p{L}\p{N}])/iu],
  ['verksam', /(?<![\p{L}\p{N}])verksam(?:ma)?(?![\p{L}\p{N}])/iu],
  ['säte', /(?<![\p{L}\p{N}])säte(?![\p{L}\p{N}])/iu],
  ['anknytning', /(?<![\p{L}\p{N}])anknytning(?![\p{L}\p{N}])/iu],
];

/** The bounds a text's sentences state (RESIDENCE_SENTENCES), each as its bound words in order ("bosatt verksam"), with its sentence. */
function residenceBounds(sentences: readonly TextSentence[]): Array<{ readonly key: string; readonly sentence: TextSentence }> {
  const row = RESIDENCE_SENTENCES[0]!;
  return sentences.flatMap((s) => {
    // (a bound under a heading of conditions is the text's condition, as ageLimits reads it)
    if (!rowHolds(row, s.text) || (s.section !== undefined && classifyHeading(s.section) === 'conditions')) return [];
    const key = BOUND_WORDS.filter(([, re]) => re.test(s.text)).map(([k]) => k).join(' ');
    return key === '' ? [] : [{ key, sentence: s }];
  });
}

/**
 * How the applicants' bound to the place changed between two texts naming the same kinds (index.ts asks only where no other
 * change of recipients was found): "folkbokförda … eller … nära anknytning" → "bosatta eller huvudsakligen verksamma"
 * (Region Jämtland Härjedalen, diff q358/q359), "uppvuxen, bosatt eller verksam" → "verksam och bosatt eller har sitt säte"
 * (Region Kalmar, diff q366/q365). Only where both texts state such a bound: a bound one text states and the other leaves
 * unsaid is no evidence either way (a page cut short, another grant's section). Undefined when the bounds agree.
 */
export function residenceChange(olds: readonly TextSentence[], news: readonly TextSentence[]): { readonly kind: 'changed' | 'added'; readonly old?: TextSentence; readonly new: TextSentence } | undefined {
  const a = residenceBounds(olds);
  const b = residenceBounds(news);
  if (a.length === 0 || b.length === 0) return undefined;
  const ka = new Set(a.map((x) => x.key));
  const kb = new Set(b.map((x) => x.key));
  const come = b.find((x) => !ka.has(x.key));
  if (!come) return undefined;
  const gone = a.find((x) => !kb.has(x.key));
  return gone ? { kind: 'changed', old: gone.sentence, new: come.sentence } : { kind: 'added', new: come.sentence };
}
