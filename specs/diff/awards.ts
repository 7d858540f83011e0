// Who a decision gave the award to, read from decision news and stipend pages for the change report's text-level pass:
// "Kultur- och fritidsnämndens stipendium 2021 tilldelas Mattias Karlsson och Thomas "Bovall" Karlsson" (Karlskoga, diff
// q206/q207), "Årets kulturstipendium till Gustaf Frödings minne går till Karolina Nolin och Oscar Magnusson", "Berith
// Sande och Marthe Hem är årets mottagare av …" (Karlstad, diff q216/q217), "Ingela Johansson är ny mottagare av det
// femåriga arbetsstipendiet" (Konstnärsnämnden, diff q154), "… bildkonstnären Ayedin Ronaghi, mottagare av ettårigt
// arbetsstipendium" (diff q155). The contract names recipients only where a text limits eligibility to them, so neither
// spec holds the award's names: the names each text's award sentences give are compared as a set, where the spec diff
// reported nothing of recipients.named. A name is two to four capitalised words (a nickname in quotation marks between
// them dropped), several joined by commas and "och". The rows are phrase knowledge like rules.ts' and run as cue tests
// (extract/cues/index.ts, `diff.AWARD_SENTENCES`); every pattern is linear.
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import { dayChange } from './closing.js';
import { alternation, SENTENCE_OPENERS } from '../lexicon.js';
import type { TextSentence } from './text.js';

/** one capitalised word of a name: "Mattias", "Dällerud", "Luftvärnsförening", "Wåhlström-Ek" (not an acronym) */
const WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'-]*`;
/**
 * a name: two to four capitalised words, a nickname in quotation marks between them ("Thomas "Bovall" Karlsson"); one word
 * alone ("Föreningen är mottagare av …") is a sentence's first word as often as a name
 */
const NAME = String.raw`${WORD}(?:\s+(?:["”“][^"”“\n]{1,30}["”“]\s+)?${WORD}){1,3}`;
/** several names, joined by commas and "och" */
const NAMES = String.raw`(${NAME}(?:(?:,\s*|\s+och\s+)${NAME}){0,9})`;
/** what the award is: a stipend, a prize, an award or a grant */
const AWARD = String.raw`[\p{L}-]*(?:stipendi|pris|utmärkelse|bidrag)\p{L}*`;
/** a sentence opener before a subject, not part of its name (specs/lexicon.ts SENTENCE_OPENERS) */
const OPENERS = alternation(SENTENCE_OPENERS).replace(/ /gu, String.raw`\s+`);

export const AWARD_SENTENCES: ReadonlyArray<SentenceRow<'recipients.named'>> = [
  {
    // the award as the subject, the names after "tilldelas" or "går till" (group 1)
    id: 'tilldelas-namn', where: 'sentence', meaning: 'recipients.named', weight: 1,
    cue: wordy(new RegExp(String.raw`(?<![\p{L}\p{N}-])${AWARD}(?![\p{L}\p{N}])[^.!?]{0,80}?\b(?:tilldelas|går\s+till)\s+${NAMES}`, 'u')),
    // nor a rule on whom it may go to ("Stipendiet kan tilldelas …", "… ska gå till …")
    unless: [{ where: 'sentence', cue: wordy(/\b(?:kan|får|ska|skall|bör|kommer\s+att)\s+(?:[\p{L}-]+\s+){0,2}?(?:tilldelas|gå\s+till)\b/iu) }],
    examples: ['Kultur- och fritidsnämndens stipendium 2021 tilldelas Mattias Karlsson och Thomas "Bovall" Karlsson.', 'Årets kulturstipendium till Gustaf Frödings minne går till Karolina Nolin och Oscar Magnusson.'],
    counterExamples: ['Stipendiet kan tilldelas en person som önskar vidareutbilda sig.', 'Stipendiet kan även tilldelas Organisationer eller grupper.', 'Årets stipendium går till två unga konstnärer.'],
  },
  {
    // the names as the subject of "är (årets/ny) mottagare av", or set off before "mottagare av" (group 1)
    id: 'namn-ar-mottagare', where: 'sentence', meaning: 'recipients.named', weight: 1,
    cue: wordy(new RegExp(String.raw`(?:^|\s)${NAMES}(?:\s+(?:är|blir)\s+(?:årets\s+|ny\s+|nya\s+)?|,\s+)mottagar(?:e|na)\s+av\b`, 'u')),
    examples: ['Berith Sande och Marthe Hem är årets mottagare av Karlstads kommuns kulturstipendium till Gustaf Frödings minne.', 'Ingela Johansson är ny mottagare av det femåriga arbetsstipendiet:', 'Från The Gathering series av bildkonstnären Ayedin Ronaghi, mottagare av ettårigt arbetsstipendium.'],
    counterExamples: ['Föreningen är mottagare av bidraget.', 'Kultur- och fritidsnämnden utser varje år en eller flera mottagare av stipendiet.'],
  },
  {
    // the names after a label of the winners (group 1): "Vinnare 2022: Norra Hallands Konstförening" (Kungsbacka's kulturpris
    // page, diff q236), "Årets pristagare: …", "Stipendiater 2023: …"
    id: 'vinnare-etikett-namn', where: 'sentence', meaning: 'recipients.named', weight: 1,
    // (case kept: a name is capitalised words, so only the label's first letter may be either)
    cue: wordy(new RegExp(String.raw`^\W*(?:[Åå]rets\s+)?(?:[Vv]innaren?|[\p{L}-]*[Pp]ristagaren?|[\p{L}-]*[Ss]tipendiat(?:er)?|[Mm]ottagare)(?:\s+(?:år\s+)?\d{4})?\s*:\s*${NAMES}`, 'u')),
    examples: ['Vinnare 2022: Norra Hallands Konstförening', 'Årets pristagare: Anna Berg och Per Holm', 'Kulturstipendiater 2023: Lisa Ek, Omar Said'],
    counterExamples: ['Vinnare 2022: se listan nedan', 'Vinnare utses av nämnden i mars.', 'Mottagare: föreningar och studieförbund'],
  },
  {
    // an organisation and its short form as the subject of "fick … bidrag på <belopp>" (group 1 the name, its first word
    // capitalised, the rest as written): "Riksförbundet frivilliga samhällsarbetare (RFS) fick årets högsta statsbidrag på
    // 3,6 miljoner kronor" (Kriminalvården's decision news 2014, diff q249); a sentence opener before it is not the name's
    // ("Även Riksförbundet … (RFS) fick …" names the same one, review47 v1, constructed)
    id: 'organisation-fick-bidrag', where: 'sentence', meaning: 'recipients.named', weight: 1,
    cue: wordy(new RegExp(String.raw`(?:^|\s)(?:(?:${OPENERS})\s+)?(\p{Lu}\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)\s+\(\p{Lu}{2,8}\)\s+(?:fick|får|har\s+fått|beviljades|tilldelades)\s+(?:årets\s+(?:högsta|största)\s+|ett\s+|en\s+)?${AWARD}\s+(?:på|om)\s+\d`, 'u')),
    examples: ['Riksförbundet frivilliga samhällsarbetare (RFS) fick årets högsta statsbidrag på 3,6 miljoner kronor.', 'Även Riksförbundet frivilliga samhällsarbetare (RFS) fick årets högsta statsbidrag på 3,6 miljoner kronor.', 'Kriminellas revansch i samhället (KRIS) beviljades ett bidrag på 2 miljoner kronor.'],
    counterExamples: ['Föreningen fick årets högsta statsbidrag på 3,6 miljoner kronor.', 'Riksförbundet frivilliga samhällsarbetare (RFS) har uppdrag som kontaktpersoner.'],
  },
];

/** One name an award sentence gives, lower-cased (the key), with the sentence. */
export interface AwardName { readonly day: string; readonly sentence: TextSentence }

const NAME_ALL = new RegExp(NAME, 'gu');
const NICKNAME = /\s+["”“][^"”“\n]{1,30}["”“](?=\s)/gu;

/** The names a text's award sentences give, in text order (each sentence by its first row that holds). */
export function awardNames(sentences: readonly TextSentence[]): AwardName[] {
  const out: AwardName[] = [];
  for (const s of sentences) {
    const row = AWARD_SENTENCES.find((r) => rowHolds(r, s.text));
    const m = row?.cue.exec(s.text);
    if (!m) continue;
    // an organisation's name as written, lower-case words and all (organisation-fick-bidrag)
    if (row!.id === 'organisation-fick-bidrag') {
      out.push({ day: m[1]!.replace(/\s+/gu, ' ').toLowerCase(), sentence: s });
      continue;
    }
    for (const n of m[1]!.matchAll(NAME_ALL)) out.push({ day: n[0].replace(NICKNAME, '').toLowerCase(), sentence: s });
  }
  return out;
}

/** How the award's names changed between two texts: a name the other text still writes anywhere is not gone. */
export function awardChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: AwardName; readonly new?: AwardName } | undefined {
  const written = (text: string, x: AwardName): boolean => text.toLowerCase().replace(NICKNAME, '').includes(x.day);
  return dayChange(awardNames(olds), awardNames(news), written, oldText, newText);
}
