import { allSentences, bodyBlocks, itemText, listAfter, sectionsWhere, type Found, type SentenceAt } from './common.js';
import type { Doc } from '../tree/types.js';
import { sv } from '../parse/unicode.js';

// Who may requisition or apply: types (region, kommun, organisation) and, when the text limits
// eligibility to a list, the named recipients.

export type RecipientType = 'region' | 'kommun' | 'organisation';

export const RECIPIENT_HEADING = sv(/^(?:vilka|vem)\b.*\b(?:kan|får)\b.*\b(?:rekvirera|ansöka|söka|ta del)|^vilka som kan|^vem kan|^vem får|^vilka regioner|^vilka kommuner|^målgrupp|^vem riktar sig|^ni kan söka (?:stats)?bidraget$/iu);

const TYPE_WORDS: ReadonlyArray<readonly [RecipientType, RegExp]> = [
  ['kommun', sv(/\bkommun(?:er|erna|en)?\b|\bkommunerna\b|\bkommun\/|\/kommun/iu)],
  // landsting: the regions' name until 2019, in older anvisningar
  ['region', sv(/\bregion(?:er|erna)?\b|regionerna\b|\bregion\/|\/region|regionen\b|västra götalandsregionen|\blandsting(?:et|en|s)?\b/iu)],
  // and a compound as the sentence's subject ("Riksorganisationer som arbetar för …"), not one in passing ("till exempel intresseorganisationer")
  ['organisation', sv(/\bideell(?:a)? (?:förening|organisation)|\borganisation(?:er|erna)?\b|civilsamhällesorganisation|^\p{L}+organisation(?:er|erna)?\b/iu)],
];

// Sentences that state eligibility outside a recipients section.
const ELIGIBILITY = sv(/\b(?:kan|får)\s+(?:rekvirera|ansöka|söka|ta del av)\b|\bstatsbidrag(?:et)?\s+(?:till|lämnas till)\s+(?:en\s+)?(?:regioner|kommuner|region|kommun)|\bfördela[s]?\s+(?:[\d ,]+\s*(?:miljoner|miljarder)?\s*kronor\s+)?till\s+(?:landets\s+)?(?:regionerna|kommunerna|regioner|kommuner|landstingen|landsting)\b|\btill\s+(?:regionerna|kommunerna|landstingen)\b/iu);

const ORGANISATIONS_APPLY = sv(/(?:^|\b(?:riktar sig till|kan sökas av|kan ansökas av|lämnas till)\s+)(?:\p{L}+\s+){0,2}(?:organisationer|föreningar)\b(?:\s+som\b[^.]*?)?\s+(?:kan|får)\s+(?:söka|ansöka)\b|\b(?:riktar sig till|kan sökas av|kan ansökas av|(?:kan|får)\s+lämnas\s+till)\s+(?:\p{L}+\s+){0,2}(?:organisationer|föreningar)\b/iu);

function typesIn(text: string): RecipientType[] {
  return TYPE_WORDS.filter(([, re]) => re.test(text)).map(([t]) => t);
}

export function findRecipients(doc: Doc): { types: Array<Found<RecipientType>>; named: Array<Found<string>> } {
  const types: Array<Found<RecipientType>> = [];
  const named: Array<Found<string>> = [];
  const add = (t: RecipientType, s: SentenceAt): void => {
    if (!types.some((x) => x.value === t)) types.push({ value: t, at: s });
  };
  const sections = sectionsWhere(doc, RECIPIENT_HEADING);
  for (const section of sections) {
    const first = section.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'item');
    if (!first) continue;
    const heading = section.heading!;
    const headingTypes = typesIn(heading.seg.text).filter((t) => t !== 'organisation');
    for (const s of allSentences([first]).slice(0, 2)) {
      for (const t of typesIn(s.text)) if (!sv(/\bhuvudman/iu).test(s.text) || t !== 'organisation') add(t, s);
    }
    if (types.length === 0) for (const t of headingTypes) add(t, { block: heading, start: 0, end: heading.seg.text.length, text: heading.seg.text });
    // "År 2026 är det följande sju regioner:" followed by a list of names
    for (const lead of section.blocks) {
      if (lead.kind !== 'paragraph' || !sv(/(?:följande|dessa)\b.*:?\s*$|:\s*$/u).test(lead.seg.text)) continue;
      for (const item of listAfter(doc, lead)) {
        const name = itemText(item.seg.text);
        if (/^(?:Region\s+\p{Lu}[\p{L}\s-]*|(?:\p{Lu}\p{L}*\s+)*\p{Lu}\p{L}*regionen|(?:\p{Lu}\p{L}*\s+)*\p{Lu}\p{L}*s?\s+kommun|Gotlands kommun)$/u.test(name)) {
          named.push({ value: name, at: { block: item, start: 0, end: item.seg.text.length } });
        }
      }
    }
  }
  if (types.length === 0) {
    const sentences = allSentences(bodyBlocks(doc));
    for (const s of sentences) {
      // organisations only as the ones who apply ("Ideella organisationer kan söka"), not in passing
      const organisationsApply = ORGANISATIONS_APPLY.test(s.text);
      if (!ELIGIBILITY.test(s.text) && !organisationsApply) continue;
      if (sv(/\b(?:har ansökt|ansökte|beviljats|sökande)\b/iu).test(s.text)) continue;
      for (const t of typesIn(s.text)) if (t !== 'organisation' || organisationsApply) add(t, s);
      if (types.length > 0) break;
    }
    const title = doc.blocks.find((b) => b.kind === 'heading');
    if (types.length === 0 && title && /statsbidrag\s+till\s+(?:regioner|kommuner)/iu.test(title.seg.text)) {
      for (const t of typesIn(/statsbidrag\s+till\s+([\p{L}\s]+?)(?:\s+för|\s+i|$)/iu.exec(title.seg.text)?.[1] ?? '')) {
        add(t, { block: title, start: 0, end: title.seg.text.length, text: title.seg.text });
      }
    }
  }
  return { types, named };
}
