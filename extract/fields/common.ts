import { findAmounts, type AmountHit } from '../parse/amounts.js';
import { sentences } from '../parse/sentences.js';
import type { Block, Doc, Located, Section } from '../tree/types.js';
import type { MetaValue } from '../read/front-matter.js';
import { LIST_CONJUNCTIONS } from '../cues/lexicon.js';
import { GLUED_BLOCKS } from '../cues/title.js';
import { DEADLINE_HEADINGS } from '../cues/dates.js';
import { anyCue, contextOf, holds } from '../cues/types.js';
import { GRANT_TITLE_YEAR } from '../cues/reporting.js';
import { yearNumbers } from '../cues/year.js';

/** A value together with the span of source text that states it. */
export interface Found<T> {
  readonly value: T;
  readonly at: Located;
}

/** A list item, with the recipient types the text limits it to ("Regionerna kan även använda medlen till …"). */
export interface ItemFound extends Found<string> {
  readonly appliesTo?: ReadonlyArray<'region' | 'kommun' | 'organisation'>;
}

/**
 * A line up to where scraped text runs the next block into it without a space ("… kulturprogramRubriken
 * har denna lydelse"): the act heading as the title and as the name of the text's own act.
 */
export function unglued(line: string): string {
  const m = GLUED_BLOCKS.cue.exec(line);
  return m ? line.slice(0, m.index + 1) : line;
}

export function found<T>(value: T, block: Block, start = 0, end = block.seg.text.length): Found<T> {
  return { value, at: { block, start, end } };
}

export function headingText(section: Section): string {
  return section.heading?.seg.text ?? '';
}

export function sectionsWhere(doc: Doc, test: RegExp): Section[] {
  return doc.sections.filter((s) => test.test(headingText(s)));
}

export function bodyBlocks(doc: Doc): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'heading');
}

/** Whether a line is only a deadline or a window (DEADLINE_HEADINGS: "Ansök senast 31 mars 2025!"): never a title. */
export function isDeadlineLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= DEADLINE_LINE_MAX && anyCue(DEADLINE_HEADINGS, contextOf(t, 0, 0));
}

/** The longest line read as a deadline line: a heading, not a paragraph. */
const DEADLINE_LINE_MAX = 120;

/** The body's blocks and, in their place, the headings that are only a deadline or a window: what the window finder reads. */
export function windowBlocks(doc: Doc): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'heading' || isDeadlineLine(b.seg.text));
}

export interface SentenceAt extends Located {
  readonly text: string;
}

const sentenceCache = new WeakMap<Block, SentenceAt[]>();

/** Every sentence of a block, located (computed once per block). */
export function sentencesOf(block: Block): SentenceAt[] {
  let out = sentenceCache.get(block);
  if (!out) {
    out = sentences(block.seg.text).map((s) => ({ block, start: s.start, end: s.end, text: block.seg.text.slice(s.start, s.end) }));
    sentenceCache.set(block, out);
  }
  return out;
}

const amountCache = new WeakMap<SentenceAt, readonly AmountHit[]>();

/** Every amount a sentence states (found once per sentence: the funding finders each read them all). */
export function amountsIn(s: SentenceAt): readonly AmountHit[] {
  let out = amountCache.get(s);
  if (!out) {
    out = findAmounts(s.text);
    amountCache.set(s, out);
  }
  return out;
}

/** A span of a sentence, [start, end) within it (the whole sentence by default), as a block location. */
export function locIn(s: SentenceAt, start = 0, end = s.text.length): Located {
  return { block: s.block, start: s.start + start, end: s.start + end };
}

/** Answers kept per first block: the body, the body with its headings, its paragraphs and items. */
const ALL_KEPT = 4;
const allCache = new WeakMap<Block, Array<{ blocks: readonly Block[]; sentences: SentenceAt[] }>>();

/**
 * Every sentence of the blocks, in order. A dozen finders ask for the same body blocks (or the body
 * with its headings, or its paragraphs and items), so the last few answers per first block are
 * kept; a single block's sentences are its own cache's (sentencesOf), and leave these untouched.
 */
export function allSentences(blocks: readonly Block[]): SentenceAt[] {
  const first = blocks[0];
  if (!first) return [];
  if (blocks.length === 1) return sentencesOf(first).slice();
  let kept = allCache.get(first);
  const hit = kept?.find((k) => k.blocks.length === blocks.length && k.blocks.every((b, i) => b === blocks[i]));
  if (hit) return hit.sentences.slice();
  const sentences: SentenceAt[] = [];
  for (const b of blocks) for (const s of sentencesOf(b)) sentences.push(s);
  if (!kept) allCache.set(first, (kept = []));
  if (kept.length >= ALL_KEPT) kept.shift();
  kept.push({ blocks: blocks.slice(), sentences });
  return sentences.slice();
}

/** The list items right after block `lead` (same list), or none. */
export function listAfter(doc: Doc, lead: Block): Block[] {
  const next = doc.blocks[lead.index + 1];
  if (!next || next.kind !== 'item' || next.list === undefined) return next?.kind === 'item' ? doc.blocks.filter((b) => b.kind === 'item' && b.list === next.list) : [];
  return itemsByList(doc).get(next.list) ?? [];
}

const listCache = new WeakMap<Doc, Map<number, Block[]>>();

/** Every list's items by list id, computed once per document (a page of many short lists stays linear). */
function itemsByList(doc: Doc): Map<number, Block[]> {
  let out = listCache.get(doc);
  if (!out) {
    out = new Map();
    for (const b of doc.blocks) {
      if (b.kind !== 'item' || b.list === undefined) continue;
      const items = out.get(b.list) ?? [];
      items.push(b);
      out.set(b.list, items);
    }
    listCache.set(doc, out);
  }
  return out;
}

/** Groups of list items within a section, each with the paragraph that leads into it. */
export function listsIn(doc: Doc, section: Section): Array<{ lead?: Block; items: Block[] }> {
  const lists = new Map<number, { lead?: Block; items: Block[] }>();
  for (const b of section.blocks) {
    if (b.kind !== 'item' || b.list === undefined) continue;
    let entry = lists.get(b.list);
    if (!entry) {
      const prev = doc.blocks[b.index - 1];
      entry = { ...(prev && prev.kind !== 'item' ? { lead: prev } : {}), items: [] };
      lists.set(b.list, entry);
    }
    entry.items.push(b);
  }
  return [...lists.values()];
}

/** A list item's closing punctuation and conjunction ("…, och", "… samt"). */
const LIST_END = new RegExp(String.raw`(?:[,;]\s*(?:${LIST_CONJUNCTIONS.join('|')})?|\s+(?:${LIST_CONJUNCTIONS.join('|')}))\s*$`, 'u');

/** Item text without list punctuation: "säkra vårdkvaliteten, och" → "säkra vårdkvaliteten". */
export function itemText(text: string): string {
  return text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '').replace(LIST_END, '').replace(/[.;,]\s*$/u, '').trim();
}

/** A front-matter value as a located value: a block of its own whose characters map to the source. */
export function metaFound(v: MetaValue): Found<string> {
  const src = new Int32Array(v.value.length);
  for (let i = 0; i < src.length; i++) src[i] = v.start + i;
  const block: Block = { kind: 'heading', seg: { text: v.value, src }, index: -1, section: -1, links: [] };
  return { value: v.value, at: { block, start: 0, end: v.value.length } };
}

/** The dates and ranges a sentence states, examples left out: the date grammar's one entry point (extract/parse/dates.ts). */
export { statedDates, statedRanges } from '../parse/dates.js';

/** The one grant year a grant's title names and no report ("Föreningsbidrag 2026", GRANT_TITLE_YEAR). */
export function grantTitleYear(title: string): number | undefined {
  if (!holds(GRANT_TITLE_YEAR, contextOf(title, 0, 0))) return undefined;
  const years = new Set(yearNumbers(title).map((y) => y.year));
  return years.size === 1 ? [...years][0] : undefined;
}
