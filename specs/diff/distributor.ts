// Who gives the grant out, where a page names its nämnd or styrelse in a sentence ("Kulturnämnden i Ekby kommun fördelar
// bidrag till föreningar"): the extractor's agency is a national myndighet from the lexicon, so a municipal body that was
// renamed ("Kulturnämnden" → "Kultur- och fritidsnämnden") was compared by no one. The change report's text-level pass
// compares the bodies each text names as the one that gives the grant out, where the spec diff reported no change of agency;
// only a body replaced by another is reported (a body the other text still names anywhere is not gone). The rows are phrase
// knowledge like rules.ts' and run as cue tests (extract/cues/index.ts, `diff.DISTRIBUTOR_SENTENCES`); every pattern is linear.
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import { dayChange } from './closing.js';
import type { TextSentence } from './text.js';

/**
 * a body by its name (group 1): "Kulturnämnden", "Kultur- och fritidsnämnden", "Fritidsförvaltningen i Ekby kommun", a region,
 * landsting or kommun by its name ("Landstinget Sörmland" → "Region Sörmland", diff32's open class; "Ekby kommun"), or a
 * myndighet named "Myndigheten för …" that the lexicon does not list ("Myndigheten för familjerätt och föräldraskapsstöd (MFoF)")
 */
const BODY = String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}-]{0,40}?(?:\s+och\s+[\p{Ll}-]{1,40}?)?(?:nämnden|styrelsen|förvaltningen)(?:\s+i\s+\p{Lu}[\p{L}-]{1,30}(?:\s+(?:kommun|region|län))?)?|(?:(?:Landstinget|Regionförbundet)\s+(?:i\s+)?|Region\s+)\p{Lu}[\p{L}-]{1,30}(?:\s+län)?(?![\p{L}\p{N}-])|\p{Lu}[\p{L}-]{1,30}\s+(?:kommun|landsting)(?![\p{L}\p{N}-])|Myndigheten\s+för\s+[\p{Ll}-]{2,40}(?:\s+(?:och|i|av|för)\s+[\p{Ll}-]{2,40}){0,3}(?:\s+\(\p{Lu}[\p{L}]{1,9}\))?)`;

export const DISTRIBUTOR_SENTENCES: ReadonlyArray<SentenceRow<'agency'>> = [
  {
    // the body as the subject of giving the grant out: "Kulturnämnden i Ekby kommun fördelar bidrag till föreningar",
    // "Fritidsnämnden delar varje år ut stöd till …", "Kommunstyrelsen beviljar bidrag …" (issue 14's class, diffvary59
    // OPEN 'agency renamed')
    id: 'namnd-fordelar-bidrag', where: 'sentence', meaning: 'agency', weight: 1,
    cue: wordy(new RegExp(String.raw`${BODY}\s+(?:fördelar|delar|beviljar)\s+(?:(?:varje\s+år|årligen|ut)\s+){0,2}(?:[\p{L}-]+\s+){0,2}?\p{L}{0,20}(?:bidrag|stöd|stipendi\p{L}*)\b`, 'u')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:inte|ej|tidigare|förut|fram\s+till)\b/iu) }],
    examples: ['Kulturnämnden i Ekby kommun fördelar bidrag till föreningar.', 'Kultur- och fritidsnämnden delar varje år ut stöd till föreningar.', 'Kommunstyrelsen beviljar bidrag till samlingslokaler.',
      'Myndigheten för familjerätt och föräldraskapsstöd (MFoF) fördelar statsbidrag till insatser mot ofrivillig ensamhet.', 'Landstinget Sörmland fördelar bidrag till länets studieförbund.', 'Region Sörmland delar ut kulturstipendier.', 'Ekby kommun fördelar bidrag till föreningar.'],
    counterExamples: ['Kulturnämnden beslutar om riktlinjer för bidrag.', 'Region Sörmland har tagit över ansvaret för bidrag.', 'Regionens kulturstrateg fördelar bidrag.', 'Kulturnämnden fördelar inte bidrag till enskilda.', 'Föreningen fördelar bidrag till sina medlemmar.', 'Myndigheten för familjerätt ger råd om bidrag.'],
  },
];

/** A body named as the one that gives the grant out, keyed in lower case, with its sentence. */
export interface Distributor { readonly day: string; readonly name: string; readonly sentence: TextSentence }

/** The bodies a text's sentences name as giving the grant out, in text order. */
export function distributors(sentences: readonly TextSentence[]): Distributor[] {
  const row = DISTRIBUTOR_SENTENCES[0]!;
  return sentences.flatMap((s) => {
    const m = rowHolds(row, s.text) ? row.cue.exec(s.text) : null;
    return m ? [{ day: m[1]!.replace(/\s+/gu, ' ').toLowerCase(), name: m[1]!, sentence: s }] : [];
  });
}

/**
 * A body replaced by another between two texts (both name one, the old one the new text no longer writes anywhere, lower-cased
 * normalised texts); undefined for a body only added or removed, or the same bodies.
 */
export function distributorChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly old: Distributor; readonly new: Distributor } | undefined {
  const c = dayChange(distributors(olds), distributors(news), (text, x) => text.includes(x.day), oldText, newText);
  // (a body added beside the old one, which the new text still names, replaces nothing: "Kulturnämnden fördelar bidrag …" kept
  // and "Kommunstyrelsen beviljar bidrag till samlingslokaler" added, review66 di2, constructed)
  if (c?.kind === 'changed' && c.old && newText.includes(c.old.day)) return undefined;
  return c?.kind === 'changed' && c.old && c.new ? { old: c.old, new: c.new } : undefined;
}
