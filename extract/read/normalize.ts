import { MONTH_NAMES } from '../../specs/lexicon.js';
import { hyphenJoin } from './hyphen.js';
import { QUESTION_NUMBERS } from '../cues/form.js';
// Text as it comes out of PDFs and web pages → clean markdown, with a map from every markdown
// character back to its offset in the source. Lines broken mid-sentence are joined, words
// hyphenated across lines are rejoined ("vårdka-" + "paciteten") while real hyphens stay
// ("hälso- och"), "•" bullets become list items, and lines that are only a URL (the link lists
// PDF exports put at page ends) are taken out of the running text and kept as links.

export interface LinkLine { readonly url: string; readonly start: number; readonly end: number; readonly text?: string }

export interface Normalized {
  readonly md: string;
  /** map[i] is the source offset of md[i]; map[md.length] is the source length */
  readonly map: Int32Array;
  /** the blocks as emitted, for building the tree without re-parsing text that has no markdown */
  readonly outline: readonly OutlineBlock[];
  readonly linkLines: readonly LinkLine[];
}

type LineKind = 'blank' | 'url' | 'bullet' | 'numbered' | 'heading' | 'table' | 'text';

interface Line {
  readonly kind: LineKind;
  /** content span in the source, without list marker and surrounding white space */
  readonly start: number;
  readonly end: number;
  readonly marker?: string;
}

type BlockKind = 'para' | 'bullet' | 'numbered' | 'heading' | 'table';
interface Block { kind: BlockKind; marker?: string; lines: Line[] }

const BULLET = /^[ \t\u00a0]*([•●▪◦·‣∙■□➢►\-–—*+])[ \t\u00a0]+(?=\S)/u;
const NUMBERED = /^[ \t\u00a0]*(\d{1,3}[.)])[ \t\u00a0]+(?=\S)/u;
// a letter "o" standing as the bullet of a list typed in a plain editor ("Utlandsfinländska organisationer kan söka
// understöd till" / "o tillställningar," / "o engångsanskaffningar," …, dev 1253): a bullet only in a run of two or more
// such lines (splitLines), since a wrapped line may start with "o" for "och" ("barn o unga")
const LETTER_BULLET = /^[ \t\u00a0]*(o)[ \t\u00a0]+(?=\p{Ll})/u;
const URL_ONLY = /^[ \t\u00a0]*(?:https?:\/\/|mailto:|www\.)\S*[ \t\u00a0]*$/iu;
const MD_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+\S/u;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/u;
// Swedish words that cannot end a sentence: a line ending in one continues on the next.
const FUNCTION_WORDS = new Set([
  'och', 'eller', 'samt', 'att', 'för', 'av', 'i', 'om', 'med', 'till', 'på', 'som', 'en', 'ett', 'den',
  'det', 'de', 'från', 'inom', 'under', 'efter', 'enligt', 'mellan', 'vid', 'hos', 'per', 'utan', 'är',
  'kan', 'ska', 'har', 'vara', 'bli', 'blir', 'får', 'måste', 'behöver', 'inte', 'så', 'än', 'då', 'där',
  'vilket', 'vilka', 'vad', 'hur', 'när', 'genom', 'mot', 'över', 'inför', 'även', 'också', 'dock',
  'sina', 'sin', 'sitt', 'er', 'ert', 'era', 'vår', 'våra', 'denna', 'detta', 'dessa', 'varje', 'alla',
  'respektive', 'ur', 'åt', 'bland', 'annat', 'exempelvis', 'till exempel', 'ni', 'vi', 'regionens', 'kommunens',
]);
const MONTH_END = new RegExp(`(?:${MONTH_NAMES.join('|')})$`, 'iu');
// "(inkl." + "kostnader …": an abbreviation's period does not end the sentence
const ABBREVIATION_END = /(?:^|[\s(])(?:inkl|exkl|t\.ex|bl\.a|ca|m\.m|resp|jfr|dvs|d\.v\.s|kap|nr|s\.k|ev|enl)\.$/u;

function splitLines(src: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/gu;
  for (const m of src.matchAll(re)) {
    if (m[0] === '' && m.index >= src.length) break;
    const raw = m[1]!;
    const lineStart = m.index;
    lines.push(classify(raw, lineStart));
    if (m[2] === '') break;
  }
  // a letter bullet alone is the text's own word: back to a text line, from its first character
  return lines.map((l, i) => {
    if (l.kind !== 'bullet' || l.marker !== 'o') return l;
    const run = lines[i - 1]?.marker === 'o' || lines[i + 1]?.marker === 'o';
    if (run) return l;
    const from = Math.max(0, l.start - 16);
    const o = src.slice(from, l.start).lastIndexOf('o');
    return { kind: 'text' as const, start: o >= 0 ? from + o : l.start, end: l.end };
  });
}

function classify(raw: string, at: number): Line {
  const lead = raw.length - raw.trimStart().length;
  const trimmedEnd = raw.trimEnd().length;
  if (raw.trim() === '') return { kind: 'blank', start: at, end: at };
  if (URL_ONLY.test(raw)) return { kind: 'url', start: at + lead, end: at + trimmedEnd };
  if (TABLE_ROW.test(raw)) return { kind: 'table', start: at + lead, end: at + trimmedEnd };
  if (MD_HEADING.test(raw)) return { kind: 'heading', start: at + lead, end: at + trimmedEnd };
  const num = NUMBERED.exec(raw);
  if (num) return { kind: 'numbered', marker: num[1]!, start: at + num[0].length, end: at + trimmedEnd };
  const bullet = BULLET.exec(raw);
  if (bullet && raw.trim().length > 1) return { kind: 'bullet', marker: bullet[1]!, start: at + bullet[0].length, end: at + trimmedEnd };
  const letter = LETTER_BULLET.exec(raw);
  if (letter) return { kind: 'bullet', marker: letter[1]!, start: at + letter[0].length, end: at + trimmedEnd };
  return { kind: 'text', start: at + lead, end: at + trimmedEnd };
}

function lastWord(text: string): string {
  return /([\p{L}]+)[^\p{L}]*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
}

interface Layout {
  /** lines were wrapped at a fixed width (PDF text), so blank lines do not end paragraphs */
  readonly wrapped: boolean;
  /**
   * in wrapped text, sentences carry over blank lines as often as not (every line set apart, a double-spaced
   * copy): a full-width line before a blank line goes on after it. Where the carried sentences run on adjacent
   * lines (a PDF copied as text, its paragraphs set apart by blank lines), a blank line after a full-width line
   * ends the paragraph: a title as wide as the text's lines is not joined to the date line under it (h/perturb19).
   */
  readonly carriesOverBlanks: boolean;
  /** a line at least this long was wrapped at the margin */
  readonly fullWidth: number;
  /** a longer line is a paragraph typed on one line, not a wrapped one */
  readonly maxWidth: number;
  /** the width wrapped lines fill: the median of the long lines */
  readonly margin: number;
}

function layoutOf(src: string, lines: readonly Line[]): Layout {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'url');
  let long = 0;
  let carried = 0;
  let overBlank = 0;
  content.forEach((l, i) => {
    if (l.kind !== 'text' || l.end - l.start < 30) return;
    long++;
    const next = content[i + 1];
    const text = src.slice(l.start, l.end);
    // (a list item under its lead is no sentence carried over: "Socialstyrelsen ska bland annat:" + "• administrera …",
    // a plain copy of a regeringsuppdrag whose bullets start in lower case, dev 1645; counted, it made a short text
    // "wrapped" and joined its title to the paragraph below)
    if (next && next.kind === 'text' && (/^\p{Ll}/u.test(src.slice(next.start, next.end)) || /\p{L}-$/u.test(text))) {
      carried++;
      if (/\n[ \t\u00a0]*\r?\n/u.test(src.slice(l.end, next.start))) overBlank++;
    }
  });
  const lengths = content.filter((l) => l.kind === 'text').map((l) => l.end - l.start).filter((n) => n >= 30).sort((x, y) => x - y);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // Wrapped text carries many sentences over to a next line that starts in lower case.
  return { wrapped: long > 0 && carried / long >= 0.2, carriesOverBlanks: overBlank * 2 >= carried, fullWidth: Math.round(median * 0.95), margin: median, maxWidth: Math.round(median * 1.15) };
}

/**
 * In wrapped text, a line and the line right under it (no blank line between) are one paragraph when the next
 * line's first word would not have fitted on the line: the break was the margin's, not the writer's (a sentence
 * or a label's colon ended there, "… JÄMSTÄLLDHET I PRAKTIKEN Projektägare:" + "Föreningen SELMA …", or a word with
 * a capital comes next: "Inledningsvis hade" + "Socialstyrelsen 5 miljarder …"). A PDF copied as text ends a sentence at the margin as often as anywhere, and a paragraph read as
 * two loses what its first sentence says of the rest ("Exempel: …" over the example's years, h/perturb19).
 */
function wrappedAtMargin(block: Block, prev: string, nextText: string, layout: Layout): boolean {
  if (!layout.wrapped || block.kind !== 'para' || !/^\p{Lu}/u.test(nextText)) return false;
  const word = /^\S+/u.exec(nextText)?.[0].length ?? 0;
  return prev.length < layout.maxWidth && prev.length + 1 + word > layout.margin;
}

/** A survey's numbered question ("Fråga 2: Beskriv …", QUESTION_NUMBERS fraga-n): written with its capital and its
 * number's colon or dot, it starts a question of its own, never the line above's sentence going on. */
const QUESTION_LINE = QUESTION_NUMBERS.find((r) => r.id === 'fraga-n')!.cue;
function startsQuestion(nextText: string): boolean {
  return /^\p{Lu}\S*\s+\d{1,2}\s*[:.)–-]/u.test(nextText) && QUESTION_LINE.test(nextText);
}

/**
 * A lettered item's marker, one lower-case letter and its dot or parenthesis before a capital ("a. Kommunala lokaler:", "b)
 * Samlingslokaler …", dev 2324, Robertsfors; issue 12, fresh78a): it starts an item of its own, never the line above's sentence
 * going on in lower case.
 */
function startsLetteredItem(nextText: string): boolean {
  return /^\p{Ll}[.)]\s+\p{Lu}/u.test(nextText);
}

/** Does `next` continue the sentence that `prev` (a line of block `block`) leaves open? */
function continues(block: Block, prev: string, next: Line, nextText: string, gap: boolean, layout: Layout): boolean {
  if (next.kind !== 'text') return false;
  if (startsQuestion(nextText)) return false;
  if (startsLetteredItem(nextText)) return false;
  if (block.kind === 'heading' || block.kind === 'table') return false;
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(nextText)) return true;
  if (/^\p{Ll}/u.test(nextText) && ABBREVIATION_END.test(prev)) return true;
  if (/[.!?:;]["”’)]*$/u.test(prev) && !gap && wrappedAtMargin(block, prev, nextText, layout)) return true;
  if (/[.!?:;]["”’)]*$/u.test(prev) || /\s\*$/u.test(prev)) return false;
  if (/^\p{Ll}/u.test(nextText)) return true;
  if (/^\(/u.test(nextText) && (!gap || (layout.wrapped && layout.carriesOverBlanks))) return true;
  // "1 januari" + "2026 …", "är" + "35 miljoner kronor": a number continues an open phrase
  if (/^\d/u.test(nextText) && (!gap || /\d$/u.test(prev) || MONTH_END.test(prev) || FUNCTION_WORDS.has(lastWord(prev)))) return true;
  // An upper-case start after a blank line is a new paragraph, unless blank lines mean nothing here.
  if (gap && !layout.wrapped) return false;
  if (block.kind === 'para' && /,$/u.test(prev)) return true;
  if (FUNCTION_WORDS.has(lastWord(prev)) && /\p{L}$/u.test(prev)) return true;
  if (!gap && wrappedAtMargin(block, prev, nextText, layout)) return true;
  return layout.wrapped && block.kind === 'para' && prev.length >= layout.fullWidth && prev.length <= layout.maxWidth && (!gap || layout.carriesOverBlanks);
}

/**
 * Text laid out from a PDF marks paragraphs with blank lines: adjacent lines belong together, and
 * across a blank line only a word broken by a hyphen or a sentence going on in lower case (over a
 * page or column break) continues.
 */
function pdfContinues(block: Block, prev: string, next: Line, nextText: string, gap: boolean): boolean {
  if (next.kind !== 'text' || block.kind === 'table' || block.kind === 'heading') return false;
  if (startsQuestion(nextText)) return false;
  if (startsLetteredItem(nextText)) return false;
  if (!gap) return true;
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(nextText)) return true;
  return /^\p{Ll}/u.test(nextText) && !/[.!?:]["”’)]*$/u.test(prev);
}

function buildBlocks(src: string, lines: Line[], options: NormalizeOptions): Block[] {
  const layout = layoutOf(src, lines);
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'url') continue;
    const text = src.slice(line.start, line.end);
    const last = current?.lines.at(-1);
    if (current && last) {
      const prev = src.slice(last.start, last.end);
      if (current.kind === 'table' && line.kind === 'table' && isAdjacent(src, last, line)) {
        current.lines.push(line);
        continue;
      }
      const gap = !isAdjacent(src, last, line);
      if (options.blankLineParagraphs ? pdfContinues(current, prev, line, text, gap) : continues(current, prev, line, text, gap, layout)) {
        current.lines.push(line);
        continue;
      }
    }
    current = {
      kind: line.kind === 'text' ? 'para' : line.kind === 'bullet' ? 'bullet' : line.kind === 'numbered' ? 'numbered' : line.kind,
      ...(line.marker ? { marker: line.marker } : {}),
      lines: [line],
    } as Block;
    blocks.push(current);
  }
  return blocks;
}

function isAdjacent(src: string, a: Line, b: Line): boolean {
  return !/\n[ \t]*\r?\n/u.test(src.slice(a.end, b.start));
}

/**
 * The markdown being written and its map back to the source. Text is kept as slices and the map
 * in a growing typed array: one array element per character cost a quarter of a long PDF's reading.
 */
class Out {
  private readonly parts: string[] = [];
  private map = new Int32Array(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n));
    grown.set(this.map.subarray(0, this.length));
    this.map = grown;
  }
  copy(src: string, start: number, end: number): void {
    if (end <= start) return;
    this.room(end - start);
    // in locals: a property store per character cost as much as the rest of the copy
    const map = this.map;
    let at = this.length;
    for (let i = start; i < end; i++) map[at++] = i;
    this.length = at;
    this.parts.push(src.slice(start, end));
  }
  /** inserted text is ASCII (markers, spaces, line breaks): one map entry per UTF-16 unit */
  insert(text: string, at: number): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.map[this.length++] = at;
    this.parts.push(text);
  }
  /** drop the last character (a hyphen rejoined across lines) */
  pop(): void {
    const last = this.parts.pop()!;
    if (last.length > 1) this.parts.push(last.slice(0, -1));
    this.length--;
  }
  finish(srcLength: number): { md: string; map: Int32Array } {
    this.room(1);
    this.map[this.length] = srcLength;
    return { md: this.parts.join(''), map: this.map.slice(0, this.length + 1) };
  }
}

/** Does a block read as a heading: short, no sentence punctuation, followed by content? */
export function looksLikeHeading(text: string, nextIsItem = false): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 110) return false;
  if (/[.,;:]["”’)]*$/u.test(t) || /\s\*$/u.test(t) || /^\*+$/u.test(t)) return false;
  // (… nor a footnote, its marker before a lower-case word: "*undertecknat intyg (av ansvarig chef) från den vårdverksamheten
  // måste bifogas ansökan", the note to a starred word above it, diff q346)
  if (/^\p{Ll}/u.test(t) || /^\*{1,3}\s?\p{Ll}/u.test(t) || /^[\d\s,.]+$/u.test(t)) return false;
  if (/@|https?:\/\/|:\s/u.test(t)) return false;
  const words = t.split(/\s+/u).length;
  if (t.endsWith('?')) return words <= 22;
  // "Villkor för att ta del av statsbidraget är att regionen" leads into a list; it is no heading
  if (nextIsItem && (FUNCTION_WORDS.has(lastWord(t)) || /\s(?:är|ska|måste)\s/u.test(t))) return false;
  if (/\d$/u.test(t)) return false;
  return words <= 12 && !/[.!?]\s/u.test(t);
}

/** A document's first block may be a long title: "Anvisningar för att rekvirera … 2026". */
function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length < 220 && /^[\p{Lu}\d]/u.test(t) && !/[.!:;,]\s|[.!:;,]$/u.test(t) && !/@|https?:/u.test(t);
}

/** A block as emitted: its kind and where its marker and its text stand in the markdown. */
export interface OutlineBlock {
  readonly type: 'heading' | 'paragraph' | 'item' | 'markdown';
  readonly depth?: number;
  readonly ordered?: boolean;
  readonly number?: number;
  readonly markStart: number;
  readonly textStart: number;
  readonly end: number;
}

function emitBlock(out: Out, src: string, block: Block, asHeading: 0 | 1 | 2): OutlineBlock {
  const first = block.lines[0]!;
  const markStart = out.length;
  if (block.kind === 'table' || block.kind === 'heading') {
    block.lines.forEach((line, i) => {
      if (i > 0) out.insert('\n', line.start);
      out.copy(src, line.start, line.end);
    });
    return { type: 'markdown', markStart, textStart: markStart, end: out.length };
  }
  if (asHeading) out.insert(asHeading === 1 ? '# ' : '## ', first.start);
  else if (block.kind === 'bullet') out.insert('- ', first.start);
  else if (block.kind === 'numbered') out.insert(`${block.marker} `, first.start);
  const text0 = src.slice(first.start, first.end);
  // Characters that would open a block construct of their own where the text means them literally.
  if (!asHeading && block.kind === 'para' && /^(?:[*+>#=]|\d{1,3}[.)](?:\s|$))/u.test(text0)) out.insert('\\', first.start);
  const textStart = out.length;
  let end = first.end;
  out.copy(src, first.start, first.end);
  for (const line of block.lines.slice(1)) {
    const prev = src.slice(Math.max(0, end - 4), end);
    const next = src.slice(line.start, line.end);
    if (src.slice(Math.max(0, end - 80), end).includes('@') && /[\p{L}\d._%+-]+@[\p{L}\d.-]*$/u.test(src.slice(Math.max(0, end - 80), end)) && /^[\p{L}\d.-]*\.\p{L}{2,}(?![\p{L}\d])/u.test(next) && !/^\S*@/u.test(next)) {
      // an e-mail address wrapped at the margin: "…@socialsty" + "relsen.se" (not a next line that is an
      // address of its own: "org.mozilla.javascript.Undefined@0" twice, a template's chrome)
    } else if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(next)) {
      const join = hyphenJoin(src.slice(Math.max(0, end - 80), end), next);
      if (join === 'keep-space') out.insert(' ', end);
      else if (join === 'join') out.pop();
    } else if (/\d-$/u.test(prev) && /^\d/u.test(next)) {
      // a date or number broken at its own hyphen: "den 2021-" + "06-15", "2024-" + "2026"
    } else {
      out.insert(' ', end);
    }
    out.copy(src, line.start, line.end);
    end = line.end;
  }
  const type = asHeading ? 'heading' : block.kind === 'para' ? 'paragraph' : 'item';
  return {
    type, markStart, textStart, end: out.length,
    ...(asHeading ? { depth: asHeading } : {}),
    ...(type === 'item' ? { ordered: block.kind === 'numbered', ...(block.marker ? { number: Number.parseInt(block.marker, 10) || 1 } : {}) } : {}),
  };
}

export interface NormalizeOptions {
  /** text laid out from a PDF: paragraphs are separated by blank lines, so adjacent lines always belong together */
  readonly blankLineParagraphs?: boolean;
}

export function normalize(src: string, options: NormalizeOptions = {}): Normalized {
  const lines = splitLines(src);
  const linkLines: LinkLine[] = lines.filter((l) => l.kind === 'url')
    .map((l) => ({ url: src.slice(l.start, l.end).trim(), start: l.start, end: l.end }));
  const blocks = buildBlocks(src, lines, options);
  const out = new Out();
  const outline: OutlineBlock[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) out.insert('\n\n', block.lines[0]!.start);
    const text = block.lines.map((l) => src.slice(l.start, l.end)).join(' ');
    let asHeading: 0 | 1 | 2 = 0;
    if (block.kind === 'para') {
      if (i === 0 && blocks.length > 1 && (looksLikeHeading(text) || looksLikeTitle(text))) asHeading = 1;
      else if (i < blocks.length - 1 && looksLikeHeading(text, blocks[i + 1]!.kind === 'bullet' || blocks[i + 1]!.kind === 'numbered')) asHeading = 2;
    }
    outline.push(emitBlock(out, src, block, asHeading));
  });
  const { md, map } = out.finish(src.length);
  return { md, map, linkLines, outline };
}
