import { allSentences, bodyBlocks, sectionsWhere, sentencesOf, type Found, type SentenceAt } from './common.js';
import type { Block, Doc, Located } from '../tree/types.js';
import { PAST_APPLICANTS, RECIPIENT_HEADINGS } from '../cues/recipients.js';
import { NOT_WHO_LEAD, WHO_ANSWER, WHO_SENTENCES } from '../cues/recipients-text.js';
import { CHROME_LINES } from '../cues/title.js';
import { contextOf, cueTest, holds } from '../cues/types.js';

// Who may apply, as the text says it (recipients.text, contract addition 1.1; issues 12 and 14): the sentence, or two
// sentences in a row, in which the text says who may requisition, apply for or receive the grant, verbatim, so the change
// report can compare it across years ("nu kan även ideella föreningar … söka" moves no recipient type). Where the sentence
// is: the sentences findRecipients read its types from first, then the answer under a "Vem kan söka?" heading, then the
// first sentence of the body a WHO_SENTENCES row holds for. Absent when no sentence says it (a heading, a list of bare
// nouns or a label line names the types, no sentence).

/** A sentence shorter or longer than this, in words, is a fragment or a paragraph run together: never quoted. */
const MIN_WORDS = 3;
const MAX_WORDS = 70;

/** At most this many sentences are quoted: the one that says who may apply and one right after it that adds to it. */
const MAX_SENTENCES = 2;

const words = (text: string): number => text.trim().split(/\s+/u).length;

/** Whether a list item stands under a lead that says whom the grant is not for (NOT_WHO_LEAD): the list's lead, the block before its items. */
function deniedList(blocks: readonly Block[], item: Block): boolean {
  let i = item.index - 1;
  while (i >= 0 && blocks[i]?.kind === 'item') i--;
  const lead = blocks[i];
  return lead !== undefined && cueTest(NOT_WHO_LEAD.cue, lead.seg.text.trim());
}

/** Whether a sentence may be quoted at all: a body sentence of a readable length, no question, no menu or chrome line, no past round. */
function quotable(blocks: readonly Block[], s: SentenceAt): boolean {
  if (s.block.kind !== 'paragraph' && s.block.kind !== 'item') return false;
  const text = s.text.trim();
  const n = words(text);
  if (n < MIN_WORDS || n > MAX_WORDS || text.endsWith('?')) return false;
  if (PAST_APPLICANTS.test(text)) return false;
  if (s.block.kind === 'item' && deniedList(blocks, s.block)) return false;
  return !CHROME_LINES.some((row) => cueTest(row.cue, text));
}

/** Whether a sentence says who may apply (a WHO_SENTENCES row holds). */
function saysWho(blocks: readonly Block[], s: SentenceAt): boolean {
  if (!quotable(blocks, s)) return false;
  const ctx = contextOf(s.text.trim(), 0, 0);
  return WHO_SENTENCES.some((row) => holds(row, ctx));
}

/** The first sentence under a heading that asks who may apply, when it says so or opens with the applicants' noun (WHO_ANSWER). */
function answerUnderHeading(doc: Doc): SentenceAt | undefined {
  const headed = new Set(RECIPIENT_HEADINGS.flatMap((row) => sectionsWhere(doc, row.cue)));
  for (const section of doc.sections.filter((x) => headed.has(x))) {
    const first = section.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'item');
    const s = first ? sentencesOf(first)[0] : undefined;
    if (s && quotable(doc.blocks, s) && (saysWho(doc.blocks, s) || holds(WHO_ANSWER, contextOf(s.text.trim(), 0, 0)))) return s;
  }
  return undefined;
}

/** The sentence right after `s` in its block, when nothing but white space stands between them. */
function nextInBlock(s: SentenceAt): SentenceAt | undefined {
  const all = sentencesOf(s.block);
  const i = all.findIndex((x) => x.start === s.start);
  const next = i >= 0 ? all[i + 1] : undefined;
  return next && s.block.seg.text.slice(s.end, next.start).trim() === '' ? next : undefined;
}

/**
 * The sentence (or two in a row) that says who may apply. `read` is where findRecipients read the recipient types (a
 * sentence, a heading, a list item, a label line): its sentences are tried first, in its order.
 */
export function findRecipientsText(doc: Doc, read: ReadonlyArray<{ readonly at: Located }>): Found<string> | undefined {
  const says = (s: SentenceAt): boolean => saysWho(doc.blocks, s);
  const fromTypes = read.map((f) => f.at).filter((at): at is SentenceAt => typeof (at as SentenceAt).text === 'string').find(says);
  const first = fromTypes ?? answerUnderHeading(doc) ?? allSentences(bodyBlocks(doc)).find(says);
  if (!first) return undefined;
  let last = first;
  for (let n = 1; n < MAX_SENTENCES; n++) {
    const next = nextInBlock(last);
    if (!next || !says(next)) break;
    last = next;
  }
  const raw = first.block.seg.text.slice(first.start, last.end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim().replace(/\s+/gu, ' ');
  return { value, at: { block: first.block, start: first.start + lead, end: first.start + lead + raw.trim().length } };
}
