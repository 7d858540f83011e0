import type { Root } from 'mdast';
import type { LinkLine } from '../read/normalize.js';
import type { Meta } from '../read/front-matter.js';

/** Text with the source offset of each of its characters. */
export interface Segment {
  readonly text: string;
  /** src[i] is the source offset of text[i] */
  readonly src: Int32Array;
}

export interface InlineLink { readonly url: string; readonly text: string; readonly start: number; readonly end: number }

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

/** One readable unit of the document: a heading, a paragraph, a list item or a table row. */
export interface Block {
  readonly kind: BlockKind;
  readonly seg: Segment;
  readonly index: number;
  readonly section: number;
  readonly depth?: number;
  readonly ordered?: boolean;
  /** the number written before an ordered item ("24." → 24) */
  readonly number?: number;
  /** items of one list share a list id */
  readonly list?: number;
  readonly cells?: readonly Segment[];
  readonly links: readonly InlineLink[];
}

export interface Section {
  readonly index: number;
  readonly heading?: Block;
  readonly blocks: Block[];
}

/** One document: the source text, its mdast tree (positions in source coordinates) and its blocks. */
export interface Doc {
  readonly file: string;
  readonly source: string;
  readonly lineStarts: readonly number[];
  readonly tree: Root;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  readonly linkLines: readonly LinkLine[];
  /**
   * For a source read out of markup (a saved web page): `source` is the text a reader sees and
   * offsets[i] is where its character i stands in the decoded markup, so evidence can carry the
   * line and column of the original file.
   */
  readonly origin?: { readonly lineStarts: readonly number[]; readonly offsets: Int32Array };
  /** for scanned PDFs: the pages read by OCR, page → Tesseract's mean word confidence (0–1) */
  readonly ocrPages?: Readonly<Record<number, number>>;
  /** YAML front matter read as metadata (source offsets), never body text */
  readonly meta?: Meta;
  /** for PDFs: the source offset where each page starts */
  readonly pageStarts?: readonly number[];
}

/** A span of one block's text, [start, end) in block.seg.text. */
export interface Located {
  readonly block: Block;
  readonly start: number;
  readonly end: number;
}
