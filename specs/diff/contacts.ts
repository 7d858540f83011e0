// Contact persons as a page lists them, a name on a line of its own with the role or the unit on the next ("Hanna Nyroos" /
// "Regionutvecklare", Västra Götalandsregionen, diff q108; "Agneta V Johansson" / "Strateg", Region Sörmland, diff q204;
// "Malin Palm" / "• Handläggare", Kulturrådet, diff q159; "Stefan Axberg" / "Kultur- och fritidsförvaltningen, …",
// Eskilstuna, diff q126), or a role with its telephone number ("Folkhälsosamordnaren, 0499-178 57", Mönsterås, diff q136):
// the extractor's contacts hold an e-mail address or a number it reads as the grant's, so a person named without one, or a
// role's line, was compared by no one. The change report's text-level pass compares the names (and a role line's number)
// each text lists, as a set, where the spec diff reported no change of contacts; a name the other text still writes anywhere
// is not gone. The rows are phrase knowledge like rules.ts' and run as cue tests (extract/cues/index.ts,
// `diff.CONTACT_LINES`); every pattern is linear.
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import { dayChange } from './closing.js';
import { alternation, CONTACT_LABELS } from '../lexicon.js';
import type { TextSentence } from './text.js';

/** one capitalised word of a name, or a middle initial: "Agneta", "V", "Löfström", "Wåhlström-Ek" */
const WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'-]*`;
/** a contact label after a name ("Anna Berg Telefon 011-…"), never the name's next word (specs/lexicon.ts CONTACT_LABELS) */
const LABEL = String.raw`(?:${alternation(CONTACT_LABELS)})(?![\p{L}])`;
/** a person's name alone on its line: two to four capitalised words, a middle initial allowed ("Agneta V Johansson") */
const NAME_LINE = new RegExp(String.raw`^\s*(${WORD}(?:\s+(?:\p{Lu}\.?|${WORD})){1,3})\s*$`, 'u');

/** a telephone number as pages write it: "0499-178 57", "0155-46 08 42", "+46 8 123 45 67" */
const PHONE = String.raw`(?:\+46\s?|0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:\s?\d{2}){1,3}(?!\d)`;
/** … and with a group of three digits after the area code's ("070-66 509 66", Sundsvall, diff q595), for the rows that read a
 * number beside a person's name (diff88) */
const PHONE_WIDE = String.raw`(?:\+46\s?|0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:\s?\d{2,3}){1,3}(?!\d)`;

export const CONTACT_LINES: ReadonlyArray<SentenceRow<'contacts'>> = [
  {
    // the line after a name: the person's role ("Regionutvecklare", "Strateg", "• Handläggare", "Verksamhetsansvarig
    // Kulturskolecentrum") or the unit ("Kultur- och fritidsförvaltningen, Förvaltningens kontor"), a short line
    id: 'roll-efter-namn', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(/^[\s•·*–-]*(?:[\p{L}-]*(?:handläggare|strateg|utvecklare|samordnare|samordnaren|chef|ansvarig|konsulent|sekreterare|koordinator|utredare|tjänsteman|administratör|assistent|rådgivare|projektledare|ledare|intendent|controller)|(?:[\p{L}-]+\s+och\s+)?[\p{L}-]*(?:förvaltningen|förvaltning|avdelningen|enheten|kansliet))\b[^.!?]{0,80}$/iu),
    examples: ['Regionutvecklare', 'Strateg', '  • Handläggare', 'Verksamhetsansvarig Kulturskolecentrum', 'Kultur- och fritidsförvaltningen, Förvaltningens kontor',
      // (diffgen80c, constructed: a leader's title, "Utvecklingsledare: Musik", "Enhetsledare")
      'Utvecklingsledare: Musik', 'Enhetsledare'],
    counterExamples: ['Handläggningstiden är sex veckor.', 'Mer information', 'Ansökan skickas till förvaltningen senast den 1 mars. Beslut i april.'],
  },
  {
    // a role with its number, no name: "Folkhälsosamordnaren, 0499-178 57"
    id: 'roll-telefon', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(new RegExp(String.raw`^[\s•·*–-]*[\p{L}-]*(?:handläggare|handläggaren|strateg|strategen|samordnare|samordnaren|chef|chefen|ansvarig|ansvariga|konsulent|konsulenten|sekreterare|sekreteraren|koordinator|koordinatorn|utvecklare|utvecklaren)\s*[,:]?\s*(?:tel(?:efon|\.)?\s*:?\s*)?(${PHONE})\s*$`, 'iu')),
    examples: ['Folkhälsosamordnaren, 0499-178 57', 'Föreningskonsulent, telefon 0586-614 45'],
    counterExamples: ['Folkhälsosamordnaren svarar på frågor.', 'Ring 0499-178 57 för frågor om bidraget.'],
  },
  {
    // a person named in the sentence that asks the reader to get in touch, after the role (group 1): "Om du har frågor kan
    // du kontakta handläggare Caroline Bengtsson." (Kriminalvården's call 2015, diff q251), "Kontakta samordnare Anna Berg";
    // the name stops at a contact label ("… Anna Berg Telefon 011-12 34 56" is Anna Berg, review47 u2, constructed)
    id: 'kontakta-roll-namn', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:[Kk]ontakta|[Kk]ontaktar|[Vv]änd\s+dig\s+till|[Vv]änder\s+du\s+dig\s+till)\s+(?:[Vv]år\s+|[Vv]åra\s+|[Aa]nsvarig\s+)?[\p{L}-]*(?:handläggare|handläggaren|strateg|strategen|samordnare|samordnaren|chef|chefen|konsulent|konsulenten|sekreterare|sekreteraren|koordinator|koordinatorn|utredare|utredaren|utvecklare|utvecklaren|rådgivare|rådgivaren|projektledare|projektledaren)\s+(${WORD}(?:\s+(?!${LABEL})${WORD}){1,2})`, 'u')),
    examples: ['Om du har frågor kan du kontakta handläggare Caroline Bengtsson.', 'Kontakta samordnare Anna Berg för mer information.', 'Om du har frågor kan du kontakta handläggare Anna Berg Telefon 011-12 34 56.'],
    counterExamples: ['Om du har frågor kan du kontakta handläggaren.', 'Kontakta oss på telefon 011-496 38 22.', 'Kontakta handläggare på kommunen.'],
  },
  {
    // a telephone number alone on its line, a contact block's number under a name ("Robert Tenevall" / "föreningsbyrån" /
    // "090-16 16 22", Umeå's kulturstipendium under "Kontakt", diff q580): the name above it is a contact person (diff88)
    id: 'telefon-rad', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(new RegExp(String.raw`^[\s•·*–-]*(?:(?:tel(?:efon|\.)?|mobil|mobiltelefon)\s*:?\s*)?${PHONE_WIDE}\s*$`, 'iu')),
    examples: ['090-16 16 22', '070-332 67 66', 'Telefon: 0155-46 08 42'],
    counterExamples: ['Ring 090-16 16 22 för frågor om bidraget.', 'Ansökan ska vara inne senast 2024-03-01.', '2 000 000'],
  },
  {
    // a person named with a telephone number on one line, a role glued or spaced before the name allowed: "KulturchefChrister
    // Olsson 0520-49 78 75" under "Person" (Trollhättan's kulturstipendium 2017, diff q630), "Handläggare Anna Berg, 011-12 34 56"
    // (diff88); the name is group 1
    id: 'namn-telefon', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(new RegExp(String.raw`^[\s•·*–-]*(?:[\p{L}-]*(?:handläggare|strateg|utvecklare|samordnare|chef|ansvarig|konsulent|sekreterare|koordinator|utredare|administratör|assistent|rådgivare|projektledare|ledare|intendent)\s*)?(${WORD}(?:\s+(?!${LABEL})(?:\p{Lu}\.?|${WORD})){1,2})\s*,?\s*(?:(?:tel(?:efon|\.)?|mobil)\s*:?\s*)?${PHONE_WIDE}\s*$`, 'u')),
    examples: ['KulturchefChrister Olsson 0520-49 78 75', 'Handläggare Anna Berg, 011-12 34 56', 'Lena Nygren 070-66 509 66'],
    counterExamples: ['Ring 0520-49 78 75 för frågor.', 'Kontaktcenter Telefon 0470-410 00', 'Ansökan skickas senast 0520-49 78 75'],
  },
  {
    // a person named after "kontakta" with a telephone number, no role: "Har du ytterligare frågor, vänligen kontakta, Lena
    // Nygren, 070-66 509 66." (Sundsvall's stipendium för lokalhistoria 2016, diff q595); the name is group 1 (diff88)
    id: 'kontakta-namn-telefon', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:[Kk]ontakta)\s*,?\s+(${WORD}(?:\s+(?!${LABEL})(?:\p{Lu}\.?|${WORD})){1,2})\s*,?\s*(?:(?:tel(?:efon|\.)?|mobil)\s*:?\s*)?${PHONE_WIDE}`, 'u')),
    examples: ['Har du ytterligare frågor, vänligen kontakta, Lena Nygren, 070-66 509 66.', 'Kontakta Per Holm 090-16 16 22.'],
    counterExamples: ['Kontakta oss på telefon 011-496 38 22.', 'Vid frågor kontakta Växjö kommun på tel 0470-410 00.', 'Kontakta handläggaren.'],
  },
];

const [ROLE_AFTER_NAME, ROLE_PHONE, CONTACT_BY_ROLE, PHONE_LINE, NAME_PHONE, CONTACT_NAME_PHONE] = CONTACT_LINES;

/**
 * A line of capitalised words that is no person's name, a veto on NAME_LINE: a heading's words ("Mer Information", "Frågor Och
 * Svar") or a body ("Kulturnämnden Sölvesborg"); the examples are constructed probes (review45 h1, h2), the counter-examples
 * the real names of diff q108, q204, q159, q126.
 */
export const NOT_A_NAME_LINES: ReadonlyArray<SentenceRow<'contacts'>> = [
  {
    id: 'inte-namn', where: 'sentence', meaning: 'contacts', weight: 1,
    cue: wordy(/\b(?:och|eller|om|mer|för|till|med|av|på|i|hos|information|kontakt|kontakta|kontakter|frågor|fråga|svar|ansökan|beslut|bidrag|stöd|nyheter|kommun|region|regionen|länsstyrelsen)\b|\p{L}(?:nämnden|nämnd|styrelsen|styrelse|förvaltningen|förvaltning|avdelningen|enheten|kansliet|kontoret|kommun|föreningen|förbundet|stiftelsen)\b/iu),
    examples: ['Mer Information', 'Frågor Och Svar', 'Kulturnämnden Sölvesborg', 'Fritidsnämnden Sölvesborg'],
    counterExamples: ['Hanna Nyroos', 'Agneta V Johansson', 'Malin Palm', 'Stefan Axberg', 'Per Holm'],
  },
];

const NOT_A_NAME = NOT_A_NAME_LINES[0]!.cue;

/** a name and its role after a comma on one line: the name, when the rest is a role (ROLE_AFTER_NAME) */
const NAME_COMMA = new RegExp(String.raw`^\s*(${WORD}(?:\s+(?:\p{Lu}\.?|${WORD})){1,3})\s*,\s*([^,]{3,80})$`, 'u');
function nameWithRole(line: string): RegExpExecArray | null {
  const m = NAME_COMMA.exec(line);
  return m && rowHolds(ROLE_AFTER_NAME!, m[2]!) ? m : null;
}

/** One listed contact, its key lower-cased (a name, or a role line's number as digits), with the line. */
export interface ContactName { readonly day: string; readonly sentence: TextSentence }

/** The contacts a text lists, in text order: a name whose next line is a role or a unit, a name after "kontakta <role>", a role's line with its number. */
export function contactNames(sentences: readonly TextSentence[], text?: string): ContactName[] {
  const out: ContactName[] = [];
  // the text's lines that are a telephone number alone (the sentence splitter keeps no line without words), by line number
  const phoneLines = new Set<number>();
  if (text !== undefined) text.split('\n').forEach((l, i) => { if (rowHolds(PHONE_LINE!, l)) phoneLines.add(i + 1); });
  sentences.forEach((s, i) => {
    // … or the name and its role on one line, after a comma: "Karin Ek, utvecklingsledare kultur" (diffgen80c)
    const alone = NAME_LINE.exec(s.text);
    const name = alone ?? nameWithRole(s.text);
    const next = sentences[i + 1];
    // … or a name alone on its line whose next line or the one after is a telephone number ("Robert Tenevall" / "föreningsbyrån"
    // / "090-16 16 22", diff q580)
    const phoned = [1, 2, 3].some((d) => phoneLines.has(s.line + d));
    if (name && !NOT_A_NAME.test(name[1]!) && (!alone || phoned || (next && next.line - s.line <= 3 && rowHolds(ROLE_AFTER_NAME!, next.text)))) out.push({ day: name[1]!.replace(/\s+/gu, ' ').toLowerCase(), sentence: s });
    for (const row of [NAME_PHONE!, CONTACT_NAME_PHONE!]) {
      const m = rowHolds(row, s.text) ? row.cue.exec(s.text) : null;
      if (m && !NOT_A_NAME.test(m[1]!)) out.push({ day: m[1]!.replace(/\s+/gu, ' ').toLowerCase(), sentence: s });
    }
    const asked = rowHolds(CONTACT_BY_ROLE!, s.text) ? CONTACT_BY_ROLE!.cue.exec(s.text) : null;
    if (asked && !NOT_A_NAME.test(asked[1]!)) out.push({ day: asked[1]!.replace(/\s+/gu, ' ').toLowerCase(), sentence: s });
    const phone = rowHolds(ROLE_PHONE!, s.text) ? ROLE_PHONE!.cue.exec(s.text) : null;
    if (phone) out.push({ day: phone[1]!.replace(/\D/gu, ''), sentence: s });
  });
  return out;
}

/** How the listed contacts changed between two texts: a name (or number) the other text still writes anywhere is not gone. */
export function contactChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string, rawOld?: string, rawNew?: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: ContactName; readonly new?: ContactName } | undefined {
  // a name compared case- and punctuation-insensitively ("Anna Berg Telefon" / "Anna Berg, telefon", review47 u2)
  const words = (t: string): string => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const written = (text: string, x: ContactName): boolean => (/^\d+$/u.test(x.day) ? text.replace(/\D/gu, '').includes(x.day) : words(text).includes(words(x.day)));
  // (the texts as written, by line, for a telephone number on a line of its own: the flattened texts have no lines)
  const a = contactNames(olds, rawOld);
  const b = contactNames(news, rawNew);
  const c = dayChange(a, b, written, oldText, newText);
  // a name added while every old one stays is added, not a change of the one that stays (review45 h3, a constructed probe);
  // likewise a name gone while every new one was there before is removed
  if (c?.kind === 'changed' && c.old && b.some((x) => x.day === c.old!.day)) return c.new ? { kind: 'added', new: c.new } : undefined;
  if (c?.kind === 'changed' && c.new && a.some((x) => x.day === c.new!.day)) return c.old ? { kind: 'removed', old: c.old } : undefined;
  return c;
}
