import { allSentences, bodyBlocks, headingText, itemText, listsIn, type Found, type ItemFound } from './common.js';
import { LIST_CONJUNCTIONS } from '../cues/lexicon.js';
import { ATTACHED_SENTENCES, CONDITION_HEADINGS, CRITERION_ITEMS, EXCEPTION_ITEMS, EXCEPTION_LEADS, EXCEPTION_TAIL_LEAD, CONDITION_LEADS, CONDITION_SENTENCES, EXCLUDED_HEADINGS, EXCLUDED_LEADS, EXCLUDED_SENTENCES, NOT_ALLOWED_HEADINGS, NOT_CONDITION_LEADS, NOT_CONDITION_SENTENCES, HOW_TO_LEADS, ITEM_RULES, NOT_USE_LEADS, NOT_UNDERLAG_ITEMS, OFF_TOPIC_LEADS, PROCESS_HEADINGS, EXCLUDED_ASIDES, WHO_AND_WHAT_HEADINGS, RECIPIENT_ITEMS, PURPOSE_PARAGRAPHS, QUOTED_SPEECH, UNDERLAG_ANAPHOR_LEADS, UNDERLAG_HEADINGS, UNDERLAG_LEADS, UNDERLAG_SENTENCES, PAPERS_HANDED_IN, USE_HEADINGS, USE_LEADS, USE_RULES, USE_SENTENCES, leadsUses, notUsesLead, pairedDenial, says, withoutNegationAdverbs, withoutParagraphNumber } from '../cues/lists.js';
import { scopeOf } from '../cues/scope.js';
import type { Block, Doc, Section } from '../tree/types.js';

// Permitted uses, excluded uses, conditions and underlag: list items and the sentences that state them.

/**
 * What parts inline items: a comma or semicolon, or a conjunction ("…, Resultatrapport och Kalkyl") — not a conjunction right
 * after a hyphen, which joins the halves of one suspended compound ("Balans- och resultatrapport" is one document, not
 * "Balans-" and "resultatrapport": dev 2313, Skurup; issue 12, fresh78a).
 */
const ITEM_SEPARATOR = new RegExp(String.raw`\s*[,;]\s*(?:(?:${LIST_CONJUNCTIONS.join('|')})\s+)?|(?<![-\s])\s+(?:${LIST_CONJUNCTIONS.join('|')})\s+`, 'gu');

const FURTHER_READING = NOT_USE_LEADS.filter((row) => row.id === 'las-mer');

/** The column where a block's text starts in the source: a nested item's text stands right of its parent's. */
function columnOf(doc: Doc, b: Block): number {
  const at = b.seg.src[0] ?? 0;
  return at - (doc.source.lastIndexOf('\n', at - 1) + 1);
}

/**
 * A list's items without the nested items under one that opens exceptions ("arvoden, dock inte:" + "arvoden till styrelsen",
 * "resor, utom:" + "resor inom länet", review73a S1–S3): those have the other role. The nested run ends at the first item
 * that stands no further right than the item that opened it.
 */
function withoutExceptions(doc: Doc, items: Block[]): Block[] {
  return withoutNestedRuns(doc, items, (text) => says(EXCEPTION_ITEMS, text));
}

/** A list's items without the nested run under each item for which `opens` holds (the run ends as withoutExceptions's does). */
function withoutNestedRuns(doc: Doc, items: Block[], opens: (text: string) => boolean): Block[] {
  const out: Block[] = [];
  let opener: number | undefined;
  for (const b of items) {
    const col = columnOf(doc, b);
    if (opener !== undefined && col > opener) continue;
    opener = opens(b.seg.text) ? col : undefined;
    out.push(b);
  }
  return out;
}

/**
 * A uses list's items without the nested run under an item that ends in a colon and leads another role by the lead rows' own words
 * (fresh77b, dev 2309: "Inköp … av begagnade maskiner … om samtliga av följande villkor är uppfyllda:" + "Den som söker ska bifoga ett
 * intyg …" / "Priset får inte vara högre än marknadsvärdet …": the conditions of that one use, not uses).
 */
function usesItems(doc: Doc, items: Block[]): Block[] {
  return withoutNestedRuns(doc, items, (text) => /:\s*$/u.test(text) && notUsesLead(text));
}

function itemsOf(doc: Doc, items: Block[], lead?: Block): ItemFound[] {
  const scope = lead ? scopeOf(lead.seg.text) : undefined;
  // a quotation laid out as an item after the list ("– …, säger ministern") is no item of it
  return withoutExceptions(doc, items).filter((b) => !says(QUOTED_SPEECH, b.seg.text)).map((b) => ({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length }, ...(scope ? { appliesTo: [scope] } : {}) }));
}

/** A use stated in a sentence that limits itself to one recipient type ("Regionerna kan även använda medlen till …") carries it. */
function scopedSentence(text: string): Pick<ItemFound, 'appliesTo'> {
  const scope = scopeOf(text);
  return scope ? { appliesTo: [scope] } : {};
}

function sectionOf(doc: Doc, b: Block): Section | undefined {
  // sections are numbered in order, so a block's section number is its index
  return doc.sections[b.section];
}

/** Sections whose heading a row of the table names. */
function sectionsNamed(doc: Doc, rows: Parameters<typeof says>[0]): Section[] {
  return doc.sections.filter((s) => s.heading !== undefined && says(rows, headingText(s)));
}

/**
 * Whether a block stands right before a list item: a list's lead is the block before its first
 * item (listsIn), so only such a block can lead one, and the lead rows are read for it alone, not
 * for every paragraph of the document (on the 216-page bench PDF, warm, they were over half of
 * findPermittedUses: 79 ms a run, 33 ms without them).
 */
const beforeItem = (doc: Doc, b: Block): boolean => doc.blocks[b.index + 1]?.kind === 'item';

/** The list right after a lead line (a paragraph or a heading), if any. */
function listLedBy(doc: Doc, lead: Block): Block[] {
  const section = sectionOf(doc, lead);
  const items = section ? listsIn(doc, section).find((l) => l.lead === lead)?.items ?? [] : [];
  if (items.length === 0 || items.some((b) => itemText(b.seg.text) !== '')) return items;
  // a doubled marker ("• - reguljär verksamhet", dev 1279) reads as an empty item over a nested list of one item each: the lead leads
  // the run of items that follows it, the empty ones left out
  const run: Block[] = [];
  for (let i = lead.index + 1; doc.blocks[i]?.kind === 'item'; i++) if (itemText(doc.blocks[i]!.seg.text) !== '') run.push(doc.blocks[i]!);
  return run;
}

// read with the adverbs between a verb and its "inte" taken out ("Du kan däremot inte få stöd för …", dev 1259)
// (and without a förordning's paragraph number before it, "4 § Bidrag lämnas inte …", uses81)
const excludedSentence = (text: string): boolean => says(EXCLUDED_SENTENCES, withoutNegationAdverbs(withoutParagraphNumber(text)));

/**
 * A lead's own words: the sentence that ends in the colon right before the list, not the sentences
 * before it in the same paragraph ("Landsbygd definieras som … . Det här bidraget går till åtgärder som främjar:").
 */
function leadText(b: Block): string {
  const last = allSentences([b]).at(-1);
  // (… or the last sentence when it ends on no stop, the list finishing it: "Bidraget får användas till lokalhyra och material. I ansökan
  // ska ni också redogöra för" + "tidplan", review73a S9, S10)
  return last && last.start > 0 && (/:\s*$/u.test(last.text) || !/[.!?:]\s*$/u.test(last.text)) ? last.text : b.seg.text;
}

/**
 * The cells of a table's column whose header names the role, one item each: a two-column table "Godkända kostnader | Ej godkända
 * kostnader" over its costs (lists78). The header is the first row of the run of rows; a column's header is read as a heading
 * or a lead (`names`); the cells under it to the run's end are the items, empty ones left out.
 */
function tableColumns(doc: Doc, names: (header: string, siblings: readonly string[]) => boolean): ItemFound[] {
  const out: ItemFound[] = [];
  for (const head of doc.blocks) {
    if (head.kind !== 'row' || !head.cells || doc.blocks[head.index - 1]?.kind === 'row') continue;
    const headers = head.cells.map((c) => c.text.replace(/[*_]/gu, '').trim());
    const columns = headers.map((h, i) => (names(h, headers) ? i : -1)).filter((i) => i >= 0);
    if (columns.length === 0) continue;
    for (let i = head.index + 1; doc.blocks[i]?.kind === 'row'; i++) {
      const row = doc.blocks[i]!;
      let from = 0;
      row.cells?.forEach((cell, c) => {
        const at = row.seg.text.indexOf(cell.text, from);
        if (at < 0) return;
        from = at + cell.text.length;
        const value = itemText(cell.text.replace(/[*_]/gu, ''));
        if (columns.includes(c) && value !== '') out.push({ value, at: { block: row, start: at, end: at + cell.text.length } });
      });
    }
  }
  return out;
}

export function findPermittedUses(doc: Doc): ItemFound[] {
  const out: ItemFound[] = [];
  const sections = sectionsNamed(doc, USE_HEADINGS).filter((s) => !says(EXCLUDED_HEADINGS, headingText(s)));
  const seen = new Set<number>();
  const useSentence = USE_SENTENCES.map((row) => row.cue);
  for (const section of sections) {
    const lists = listsIn(doc, section);
    for (const { lead, items } of lists) {
      if (lead && notUsesLead(leadText(lead))) continue;
      for (const f of itemsOf(doc, usesItems(doc, items), lead)) if (!says(CRITERION_ITEMS, f.value)) { out.push(f); seen.add(f.at.block.index); }
    }
    for (const b of section.blocks) {
      if (b.kind !== 'paragraph') continue;
      for (const s of allSentences([b])) {
        const rest = useSentence.reduce((t, re) => t.replace(re, ''), s.text);
        if (says(USE_SENTENCES, s.text) && !excludedSentence(s.text) && !/:$/u.test(s.text) && !says(USE_LEADS, rest)) {
          if (doc.blocks[b.index + 1]?.kind === 'item' && s.end === b.seg.text.length) continue;
          out.push({ value: s.text, at: s, ...scopedSentence(s.text) });
        }
      }
    }
    if (lists.length === 0 && !out.some((f) => f.at.block.section === section.index) && !says(WHO_AND_WHAT_HEADINGS, headingText(section))) {
      const first = section.blocks.find((b) => b.kind === 'paragraph');
      const words = first?.seg.text.split(/\s+/u).length ?? 99;
      if (first && words <= 25 && !says(PURPOSE_PARAGRAPHS, first.seg.text)) out.push({ value: itemText(first.seg.text), at: { block: first, start: 0, end: first.seg.text.length } });
    }
  }
  // Lists elsewhere whose lead (a paragraph, or a heading standing as one) says what the money may be used for.
  for (const b of doc.blocks) {
    if (b.kind === 'item' || !beforeItem(doc, b)) continue;
    const lead = leadText(b);
    // (a line the reader takes for a heading, read as one where the layout made it a paragraph: "Detta kan ni söka stöd till" over
    // its bullets, as "Det här kan du söka bidrag för" stands as a heading on dev 2250)
    const asHeading = !/[.!]\s*$/u.test(lead) && says(USE_HEADINGS, lead) && !says(EXCLUDED_HEADINGS, lead) && !notUsesLead(lead);
    if ((!leadsUses(lead) && !asHeading) || excludedSentence(lead)) continue;
    const section = sectionOf(doc, b);
    if (section && sections.includes(section) && b.kind !== 'heading') continue;
    // (a bare recipient type is no use: "Nämnden kan bevilja bidrag till:" / "studieförbund", review72a W6)
    // (nor a criterion for the project: "Stöd kan ges till projekt som:" / "har minst två samarbetsparter", review73a U3)
    for (const f of itemsOf(doc, usesItems(doc, listLedBy(doc, b)), b)) if (!seen.has(f.at.block.index) && !says(RECIPIENT_ITEMS, f.value) && !says(CRITERION_ITEMS, f.value)) { out.push(f); seen.add(f.at.block.index); }
  }
  // "Bidraget får användas till: lön, lokalhyra och material": the items on the lead's own line
  for (const b of doc.blocks) {
    // without a colon there are no items on the line (inlineItems): the lead rows are not read
    if (b.kind !== 'paragraph' || !b.seg.text.includes(':') || out.some((f) => f.at.block === b) || notUsesLead(b.seg.text.slice(0, b.seg.text.indexOf(':') + 1))) continue;
    out.push(...inlineItems(b, USE_LEADS));
  }
  // a table's column headed by the uses ("Godkända kostnader" beside "Ej godkända kostnader")
  // (… or by the bare verb beside its denied twin, "Kan ingå | Kan inte ingå", uses81)
  for (const f of tableColumns(doc, (h, row) => ((says(USE_HEADINGS, h) || leadsUses(h)) && !says(EXCLUDED_HEADINGS, h) && !notUsesLead(h)) || pairedDenial(h, row, false))) if (!out.some((x) => x.at.block === f.at.block && x.at.start === f.at.start) && !says(CRITERION_ITEMS, f.value)) out.push(f);
  return out.length > 0 ? out : usesInSentences(doc);
}

/**
 * A text without a uses section or list may state its uses in plain sentences ("Pengarna får
 * användas till …", "Bidrag får även ges för kostnader för …"): each such sentence is one use.
 */
function usesInSentences(doc: Doc): ItemFound[] {
  const out: ItemFound[] = [];
  for (const b of bodyBlocks(doc)) {
    // (a bullet is read as a paragraph is: a page may lay its rules out as unheaded bullets, "• Stödet ska användas för
    // marknadsföringsinsatser och kan utöver det användas för lokalkostnader …", dev 2252)
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    // (… unless its list's lead gives the items another role: "… och den ska innehålla" + "1. en beskrivning av de åtgärder bidraget
    // ska användas till …" is the application's contents, dev 180; a förordning's lead ends on no colon, so one is read onto it)
    if (b.kind === 'item' && itemsLedElsewhere(doc, b)) continue;
    for (const s of allSentences([b])) {
      if (!says(USE_RULES, withoutParagraphNumber(s.text)) || excludedSentence(s.text) || /:$/u.test(s.text)) continue;
      // (an item's rule is its first sentence with the grant's money as subject: review76b B1–B5, see ITEM_RULES)
      if (b.kind === 'item' && (s.start > 0 || !says(ITEM_RULES, s.text))) continue;
      // a sentence that leads a list is the list's lead, not a use (an item leads none)
      if (b.kind === 'paragraph' && doc.blocks[b.index + 1]?.kind === 'item' && s.end === b.seg.text.length) continue;
      out.push({ value: s.text, at: s, ...scopedSentence(s.text) });
    }
  }
  return out;
}

/**
 * Whether an item's list has a lead, so the lead decides its items' role, not their own sentences: only a list after a paragraph
 * that ends its sentence is an unled run of rules (Gullspång's bullets after "Syftet med arrangörsstödet är …", dev 2252). A
 * heading ("Villkor för anslag" over a regleringsbrev's numbered conditions, diff q40), a colon ("Socialstyrelsen ska:" over the
 * agency's tasks, diff q31; "… har två olika syften:") or a förordning's open lead ("… och den ska innehålla", dev 180) leads it.
 */
function itemsLedElsewhere(doc: Doc, item: Block): boolean {
  let i = item.index;
  while (i > 0 && doc.blocks[i - 1]!.kind === 'item') i--;
  const lead = doc.blocks[i - 1];
  if (!lead) return false;
  // (… nor a paragraph whose last sentence gives its list another role: a past round's projects, review76b B12)
  return lead.kind !== 'paragraph' || !/[.!?]\s*$/u.test(lead.seg.text) || notUsesLead(allSentences([lead]).at(-1)?.text ?? lead.seg.text);
}

/**
 * The sections right after a heading whose own body is one short paragraph, when each of them is a heading
 * of its own depth with one paragraph under it: the page lays its items out as headings ("Detta går det
 * inte att söka stöd till" / "Här finns de viktigaste insatserna …" / "Investeringar i bostad" + its
 * paragraph / "Företagsstöd" + its paragraph …). The run stops at the first section that is not such a
 * pair (a footer line, a deeper or shallower heading); fewer than three such sections are no list.
 */
function headedItems(doc: Doc, section: Section): Section[] {
  const depth = section.heading?.depth;
  const intro = section.blocks.filter((b) => b !== section.heading);
  if (depth === undefined || intro.length !== 1 || intro[0]!.kind !== 'paragraph' || intro[0]!.seg.text.split(/\s+/u).length > 40) return [];
  const run: Section[] = [];
  for (let i = section.index + 1; i < doc.sections.length; i++) {
    const next = doc.sections[i]!;
    const body = next.blocks.filter((b) => b !== next.heading);
    // a question is a FAQ's next entry, not an item ("Vem kan söka?" / "När kan jag söka?" after the exclusions, review71a E4)
    if (next.heading?.depth !== depth || body.length !== 1 || body[0]!.kind !== 'paragraph' || headingText(next).split(/\s+/u).length > 8 || /\?\s*$/u.test(headingText(next)) || says(PROCESS_HEADINGS, headingText(next))) break;
    run.push(next);
  }
  return run.length >= 3 ? run : [];
}

/**
 * A short line with no stop over a list, read as the heading the reader takes it for where the layout made it a paragraph: "Det här
 * stöttar vi inte" over its bullets (uses81), as findPermittedUses reads "Detta kan ni söka stöd till" (asHeading there).
 */
function excludedAsHeading(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/u).length <= 8 && !/[.!:]$/u.test(text) && says(EXCLUDED_HEADINGS, text);
}

export function findExcludedUses(doc: Doc): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  // sections taken whole as one item each (their heading names it): their sentences are not taken again
  const covered = new Set<number>();
  for (const section of sectionsNamed(doc, EXCLUDED_HEADINGS)) {
    const headed = headedItems(doc, section);
    if (headed.length > 0) {
      for (const s of headed) {
        const h = s.heading!;
        out.push({ value: itemText(h.seg.text), at: { block: h, start: 0, end: h.seg.text.length } });
        covered.add(s.index);
      }
      continue;
    }
    // where the section lists its exclusions, its paragraphs lead or comment on the list ("Exempel på sådan är")
    const listed = section.blocks.some((b) => b.kind === 'item');
    // a list of another role under the exclusions (contacts, the payment's instalments, the allowed exceptions: review73a S12–S14) is none of them
    for (const { lead, items } of listsIn(doc, section)) {
      // (its own lead sentence decides, not a pointer before it: "Mer information finns i riktlinjerna. Bidraget täcker inte:", review74a X4)
      const own = lead && lead.kind !== 'heading' ? leadText(lead) : undefined;
      if (own !== undefined && (says(OFF_TOPIC_LEADS, own) || says(HOW_TO_LEADS, own) || says(NOT_USE_LEADS, own) || says(EXCEPTION_LEADS, own))) continue;
      out.push(...itemsOf(doc, items));
    }
    for (const b of section.blocks) {
      if (b.kind === 'item') continue;
      else if (!listed && b.kind === 'paragraph' && !/:$/u.test(b.seg.text) && !says(EXCLUDED_ASIDES, b.seg.text)) out.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  // a table's column headed by the exclusions ("Ej godkända kostnader" beside "Godkända kostnader")
  for (const f of tableColumns(doc, (h, row) => ((says(EXCLUDED_HEADINGS, h) || says(EXCLUDED_LEADS, h)) && !says([EXCEPTION_TAIL_LEAD], h)) || pairedDenial(h, row, true))) if (!says(CRITERION_ITEMS, f.value)) out.push(f);
  // "Exempel på projekt som inte kan beviljas medel:" followed by a list
  for (const b of doc.blocks) {
    // (only a lead whose list is the exception reverses it, "… utom:"; "Förutom ordinarie drift får bidraget inte heller användas till:" opens
    // more exclusions, review74a X1)
    if (b.kind === 'item' || !beforeItem(doc, b) || !(says(EXCLUDED_LEADS, b.seg.text) || excludedAsHeading(b.seg.text)) || says([EXCEPTION_TAIL_LEAD], b.seg.text)) continue;
    for (const f of itemsOf(doc, listLedBy(doc, b))) if (!out.some((x) => x.at.block === f.at.block)) out.push(f);
  }
  for (const s of allSentences(bodyBlocks(doc))) {
    // a sentence that ends in a colon leads a list ("Musikverkets bidrag kan inte gå till:"): its items are the exclusions
    if (/:\s*$/u.test(s.text)) continue;
    // so does a förordning's paragraph that ends where its taken list begins ("5 § Bidrag får inte lämnas för" + "1. investeringar",
    // review73a F6)
    const next = doc.blocks[s.block.index + 1];
    if (s.end === s.block.seg.text.length && next?.kind === 'item' && out.some((f) => f.at.block === next)) continue;
    // a sentence already inside an item or paragraph taken whole is not taken twice
    if (covered.has(s.block.section)) continue;
    if (excludedSentence(s.text) && !out.some((f) => f.at.block === s.block && f.at.start <= s.start && s.end <= f.at.end)) out.push({ value: s.text, at: s });
  }
  return out;
}

/**
 * A lead with its items after the colon on the same line ("Ansökan kräver följande dokument:
 * Verksamhetsberättelse, Revisionsberättelse, Kalkyl"): two or more short items, no sentence among them.
 */
function inlineItems(b: Block, rows: Parameters<typeof says>[0]): ItemFound[] {
  const whole = inlineItemsIn(b, rows, 0, b.seg.text.length);
  if (whole.length) return whole;
  // the lead on a later line of the paragraph, its items up to that line's end: "Ansökan görs via …
  // https://minansokan.se/ …\nUnderlag laddas upp som bilagor: Kommunens riktlinjer … och dokumentation av leveranser."
  const text = b.seg.text;
  for (let nl = text.indexOf('\n'); nl >= 0;) {
    const next = text.indexOf('\n', nl + 1);
    const found = inlineItemsIn(b, rows, nl + 1, next < 0 ? text.length : next);
    if (found.length) return found;
    nl = next;
  }
  return [];
}

/**
 * The lead of inline items: the sentence that ends in the colon, not the sentences before it on the line ("Bidraget får användas
 * till lokalhyra och material. Dokument: Riktlinjer, …" names documents, review71a U15).
 */
function leadBefore(text: string, colon: number): string {
  const head = text.slice(0, colon + 1);
  const ends = [...head.matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const last = ends.at(-1);
  return last ? head.slice(last.index + last[0].length) : head;
}

/** inlineItems on the text of a block from `start` to `end` (positions stay the block's): the lead is what stands before its first colon. */
function inlineItemsIn(b: Block, rows: Parameters<typeof says>[0], start: number, end: number): ItemFound[] {
  // the line alone, so that trying every line of a long paragraph stays linear
  const text = b.seg.text.slice(start, end);
  const colon = text.indexOf(':');
  if (colon < 0 || !says(rows, leadBefore(text, colon))) return [];
  const out: ItemFound[] = [];
  let from = colon + 1;
  for (const sep of [...text.slice(from).matchAll(ITEM_SEPARATOR), undefined]) {
    const to = sep ? colon + 1 + sep.index : text.length;
    const raw = text.slice(from, to);
    const value = itemText(raw);
    if (value) {
      // a sentence, a reference or a paragraph number among them ("(1988:269) med särskilda …") is no list of short items
      if (/[.!?]\s|[\d()]/u.test(value) || value.split(/\s+/u).length > 6) return [];
      const at = start + from + raw.indexOf(value);
      out.push({ value, at: { block: b, start: at, end: at + value.length } });
    }
    if (sep) from = to + sep[0].length;
  }
  return out.length >= 2 ? out : [];
}

export function findEvidenceDocuments(doc: Doc): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const section of sectionsNamed(doc, UNDERLAG_HEADINGS)) {
    for (const { lead, items } of listsIn(doc, section)) {
      // (nor steps: "Så här skickar ni in:" + "Logga in i e-tjänsten", review71a V14)
      if (lead && (says(NOT_USE_LEADS, lead.seg.text) || says(HOW_TO_LEADS, lead.seg.text) || says(OFF_TOPIC_LEADS, lead.seg.text))) continue;
      // (nor the dates, payment, contacts or address of the page, nor a payment as an item: review72a D3–D5)
      out.push(...itemsOf(doc, items).filter((f) => !says(NOT_UNDERLAG_ITEMS, f.value)));
    }
  }
  // "Följande ska bifogas i ansökan:" followed by a list, wherever it stands
  for (const b of doc.blocks) {
    if (b.kind === 'item' || !beforeItem(doc, b) || !says(UNDERLAG_LEADS, b.seg.text)) continue;
    for (const f of itemsOf(doc, listLedBy(doc, b))) if (!out.some((x) => x.at.block === f.at.block) && !says(NOT_UNDERLAG_ITEMS, f.value)) out.push(f);
  }
  // "… ska varje år skicka in kompletta årsmöteshandlingar." + "Dessa är" + the list (dev 2301): the lead points back to the papers
  for (const b of doc.blocks) {
    if (b.kind === 'item' || !beforeItem(doc, b) || !says(UNDERLAG_ANAPHOR_LEADS, b.seg.text.trim())) continue;
    const before = doc.blocks[b.index - 1];
    const said = before && before.kind === 'paragraph' ? allSentences([before]).at(-1)?.text : undefined;
    if (!said || !says(PAPERS_HANDED_IN, said)) continue;
    for (const f of itemsOf(doc, listLedBy(doc, b))) if (!out.some((x) => x.at.block === f.at.block) && !says(NOT_UNDERLAG_ITEMS, f.value)) out.push(f);
  }
  for (const b of doc.blocks) if (b.kind === 'paragraph') out.push(...inlineItems(b, UNDERLAG_LEADS));
  // "… kan … begära in föreningsmedlemmars personuppgifter …": what may be asked for, the sentence itself
  // (a numbered step is an item: "2. Bifoga kostnadsunderlag till redovisningen – såsom kvitton …")
  for (const s of allSentences(bodyBlocks(doc).filter((b) => b.kind === 'paragraph' || b.kind === 'item'))) {
    if (says(UNDERLAG_SENTENCES, s.text) && !out.some((x) => x.at.block === s.block)) out.push({ value: s.text, at: s });
  }
  // "Projektbeskrivning och kostnadsbudget ska bifogas ansökan." (dev 1251): the sentence, where nothing else names underlag
  if (out.length === 0) {
    for (const s of allSentences(bodyBlocks(doc).filter((b) => b.kind === 'paragraph' || b.kind === 'item'))) {
      if (says(ATTACHED_SENTENCES, s.text)) out.push({ value: s.text, at: s });
    }
  }
  return out;
}

export function findConditions(doc: Doc, claimed: ReadonlySet<number>, claimedSentences: ReadonlySet<string>): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const add = (f: Found<string>): void => {
    const key = `${f.at.block.index}:${f.at.start}`;
    if (claimedSentences.has(key) || out.some((x) => x.at.block === f.at.block && x.at.start === f.at.start)) return;
    out.push(f);
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && says(NOT_ALLOWED_HEADINGS, b.seg.text)) {
      add({ value: b.seg.text, at: { block: b, start: 0, end: b.seg.text.length } });
      // "Dubbelfinansiering är inte tillåtet" — the paragraph under it says what that means
      const body = doc.blocks[b.index + 1];
      if (body?.kind === 'paragraph') for (const s of allSentences([body])) add({ value: s.text, at: s });
    }
  }
  for (const section of doc.sections) {
    const inConditions = says(CONDITION_HEADINGS, headingText(section)) && !says(UNDERLAG_HEADINGS, headingText(section));
    for (const { lead, items } of listsIn(doc, section)) {
      if (items.some((i) => claimed.has(i.index))) continue;
      if (lead && says(FURTHER_READING, lead.seg.text)) continue;
      if ((lead && says(CONDITION_LEADS, lead.seg.text)) || (inConditions && !(lead && says(NOT_CONDITION_LEADS, lead.seg.text)))) {
        for (const f of itemsOf(doc, items)) add(f);
      }
    }
  }
  for (const s of allSentences(bodyBlocks(doc))) {
    if (s.block.kind === 'item' || /:$/u.test(s.text)) continue;
    if (says(CONDITION_SENTENCES, s.text) && !says(NOT_CONDITION_SENTENCES, s.text)) add({ value: s.text, at: s });
  }
  return out.sort((a, b) => a.at.block.index - b.at.block.index || a.at.start - b.at.start);
}
