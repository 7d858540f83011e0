import { findEmails, findUrls } from '../parse/contacts.js';
import { findLegalRefs, type LegalKind } from '../parse/legal-refs.js';
import { allSentences, bodyBlocks, metaFound, unglued, type Found } from './common.js';
import type { Block, Doc, Located } from '../tree/types.js';
import { ADDRESS_LEAD, AMENDING_ACT_HEADING, AMENDING_REF, BARE_SFS_LINE, FS_TITLE, NOTE_AT_PARAGRAPH_END, CONTACT_TOPIC, OWN_FS_NUMBER, OWN_SFS_NUMBER, SFS_TITLES } from '../cues/references.js';
import { anyCue, contextOf, holds, type Cue } from '../cues/types.js';

const rowOf = <M>(rows: ReadonlyArray<Cue<M>>, id: string): Cue<M> => rows.find((r) => r.id === id)!;
const OWN_SENTENCE = rowOf(CONTACT_TOPIC, 'own-sentence');
const LEAD_IN = rowOf(CONTACT_TOPIC, 'lead-in');
const LAG = rowOf(SFS_TITLES, 'lag');
const TITLED = rowOf(SFS_TITLES, 'om-titel');
const lineOf = (t: string) => contextOf(t, 0, 0, t);

// Legal basis, contacts (e-mail with topic) and links.

export interface LegalFound { readonly ref: Found<string>; readonly kind: LegalKind; readonly title?: string }

export function findLegalBasis(doc: Doc): LegalFound[] {
  const out: LegalFound[] = [];
  // an SFS text (front matter "beteckning: 2013:1007", "rubrik: Förordning om …") is itself the legal basis
  const sfs = doc.meta?.sfs;
  const own = sfs ? undefined : ownNumber(doc);
  if (sfs && /^(?:19|20)\d{2}:\d{1,4}$/u.test(sfs.value)) {
    const name = doc.meta?.title?.value;
    const kind: LegalKind = name && holds(LAG, lineOf(name)) ? 'lag' : 'förordning';
    out.push({ ref: metaFound(sfs), kind, ...(name && holds(TITLED, lineOf(name)) ? { title: name.charAt(0).toLowerCase() + name.slice(1) } : {}) });
  } else if (own) out.push(own);
  const ownRef = out[0]?.ref.value;
  // an agency's föreskrift states its own number in its head: the text is its own legal basis (an SFS number is never one)
  const fs = out.length === 0 ? ownFsNumber(doc) : undefined;
  if (fs) out.push(fs);
  for (const b of doc.blocks) {
    for (const hit of findLegalRefs(b.seg.text)) {
      // the acts that amended or repealed the text are not the grant's legal basis
      // the words right after the number itself decide, not after the act's name a hit runs on to
      const number = b.seg.text.indexOf(hit.ref, hit.start);
      const numberEnd = number < 0 ? hit.end : number + hit.ref.length + (b.seg.text[number + hit.ref.length] === ')' ? 1 : 0);
      if (hit.ref !== ownRef && amending(b.seg.text, hit.start, numberEnd, ownRef !== undefined)) continue;
      const at: Located = { block: b, start: hit.start, end: hit.end };
      const existing = out.findIndex((x) => x.ref.value === hit.ref);
      const entry: LegalFound = { ref: { value: hit.ref, at }, kind: hit.kind, ...(hit.title ? { title: hit.title } : {}) };
      if (existing < 0) out.push(entry);
      else if (!out[existing]!.title && hit.title) out[existing] = entry;
    }
  }
  return out;
}

/**
 * The SFS number of the text itself: its front matter's "beteckning", else the number its head states as a saved page or Word
 * document shows it ("SFS nr: 2025:1574"), so that a text reads the same whichever form it comes in.
 */
export function ownSfsNumber(doc: Doc): string | undefined {
  return doc.meta?.sfs?.value ?? ownNumber(doc)?.ref.value;
}

// an SFS page states its own number in its head: the label, series line or act heading is never far down
const OWN_NUMBER_BLOCKS = 15;
const PARAGRAPH_NOTE = AMENDING_REF.find((r) => r.id === 'paragraph-note')!;
const STATED_AMENDING = AMENDING_REF.filter((r) => r !== PARAGRAPH_NOTE);

/** The text's own SFS number as a saved page or Word document shows it ("SFS nr: 2024:1056", "Förordning (2024:1056) om …"). */
function ownNumber(doc: Doc): LegalFound | undefined {
  for (const b of doc.blocks.slice(0, OWN_NUMBER_BLOCKS)) {
    const text = b.seg.text;
    const row = OWN_SFS_NUMBER.find((r) => holds(r, lineOf(text)));
    const m = row?.cue.exec(text);
    if (!m?.[1]) continue;
    const start = text.indexOf(m[1], m.index);
    // the act's name: its heading without the number ("Förordning (2024:1056) om …" → "förordning om …"), or the text's first heading
    const heading = row!.id === 'act-heading' ? unglued(text.trim().split('\n')[0]!).replace(/\s*\([^)]*\)/u, '')
      : doc.blocks.find((h) => h.kind === 'heading')?.seg.text.trim();
    const name = heading && holds(TITLED, lineOf(heading)) ? heading.replace(/[.\s]+$/u, '') : undefined;
    const kind: LegalKind = name && holds(LAG, lineOf(name)) ? 'lag' : 'förordning';
    return { ref: { value: m[1], at: { block: b, start, end: start + m[1].length } }, kind, ...(name ? { title: name.charAt(0).toLowerCase() + name.slice(1) } : {}) };
  }
  return undefined;
}

/** The text's own number in an agency's författningssamling ("BFS nummer: BFS 1990:27"), with the föreskrift's name where a head line states it. */
function ownFsNumber(doc: Doc): LegalFound | undefined {
  const head = doc.blocks.slice(0, OWN_NUMBER_BLOCKS);
  for (const b of head) {
    let at = 0;
    for (const line of b.seg.text.split('\n')) {
      const m = OWN_FS_NUMBER.map((r) => r.cue.exec(line)).find((x) => x?.[1]);
      if (m) {
        const start = at + line.indexOf(m[1]!, m.index);
        const named = head.flatMap((h) => h.seg.text.split('\n')).map((l) => FS_TITLE.cue.exec(l)?.[1]?.trim()).find((t) => t !== undefined);
        const title = named ? named.charAt(0).toLowerCase() + named.slice(1) : undefined;
        return { ref: { value: m[1]!, at: { block: b, start, end: start + m[1]!.length } }, kind: 'föreskrift', ...(title ? { title } : {}) };
      }
      at += line.length + 1;
    }
  }
  return undefined;
}

/** Whether a reference is to an act that amended or repealed the text ("Ändring införd: t.o.m. SFS …", "Förordning (2000:137)." after a paragraph). */
function amending(text: string, start: number, end: number, ownKnown: boolean): boolean {
  // the words right before and after decide; a bounded window keeps a long block cheap
  const from = Math.max(0, start - 80);
  const ctx = contextOf(text.slice(from, end + 80), start - from, end - from);
  if (anyCue(STATED_AMENDING, ctx) || holds(AMENDING_ACT_HEADING, ctx)) return true;
  // a note of an act's number after a paragraph or on a line of its own is an amending act's only
  // beside the text's own number: a grant page may end a line with the act it is about
  return ownKnown && (holds(PARAGRAPH_NOTE, ctx) || holds(NOTE_AT_PARAGRAPH_END, ctx) || (text.slice(0, start).trim() === '' && BARE_SFS_LINE.cue.test(text)));
}

export interface ContactFound { readonly email: Found<string>; readonly topic?: Found<string> }

export function findContacts(doc: Doc): ContactFound[] {
  const out: ContactFound[] = [];
  const blocks = bodyBlocks(doc).concat(doc.blocks.filter((b) => b.kind === 'heading'))
    .sort((a, b) => a.index - b.index);
  for (const b of blocks) {
    for (const hit of findEmails(b.seg.text)) {
      if (out.some((c) => c.email.value === hit.email)) continue;
      const email = { value: hit.email, at: { block: b, start: hit.start, end: hit.end } };
      const topic = topicFor(doc, b, hit.start, hit.end);
      out.push({ email, ...(topic ? { topic } : {}) });
    }
  }
  return out;
}

/** The question an address is for: its own sentence, or the lead-in before it ("Vid frågor … kontakta:"). */
function topicFor(doc: Doc, block: Block, start: number, end: number): Found<string> | undefined {
  const own = allSentences([block]).find((s) => s.start <= start && end <= s.end);
  const rest = own ? (block.seg.text.slice(own.start, start) + block.seg.text.slice(end, own.end)).replace(/\s+/gu, ' ').trim() : '';
  const clean = (t: string): string => t.replace(ADDRESS_LEAD.cue, '').replace(/[:.]\s*$/u, '').trim();
  if (own && rest.split(/\s+/u).length >= 3 && holds(OWN_SENTENCE, lineOf(rest))) {
    return { value: clean(block.seg.text.slice(own.start, start).trim() || rest), at: own };
  }
  for (let i = block.index - 1; i >= Math.max(0, block.index - 3); i--) {
    const prev = doc.blocks[i]!;
    if (holds(LEAD_IN, lineOf(prev.seg.text)) && prev.kind !== 'heading') {
      const last = allSentences([prev]).at(-1);
      if (last) return { value: clean(last.text), at: last };
    }
  }
  return undefined;
}

export interface LinkFound { readonly url: string; readonly at: Located | { readonly srcStart: number; readonly srcEnd: number }; readonly text?: string }

export function findLinks(doc: Doc): LinkFound[] {
  const out: LinkFound[] = [];
  const push = (url: string, at: LinkFound['at'], text?: string): void => {
    if (!/^(?:https?:|mailto:)/iu.test(url) || out.some((l) => l.url === url)) return;
    out.push({ url, at, ...(text && text !== url ? { text } : {}) });
  };
  for (const b of doc.blocks) {
    for (const l of b.links) {
      // GFM turns a bare address into a mailto: link; it is a contact, not a link of the document's
      if (/^mailto:/iu.test(l.url) && l.url.slice(7).toLowerCase() === l.text.trim().toLowerCase()) continue;
      push(l.url, { block: b, start: l.start, end: l.end }, l.text.trim());
    }
    for (const u of findUrls(b.seg.text)) push(u.url, { block: b, start: u.start, end: u.end });
  }
  // the link lists PDF exports put at page ends
  for (const l of doc.linkLines) push(l.url, { srcStart: l.start, srcEnd: l.end }, l.text?.replace(/\s+/gu, ' ').trim());
  return out;
}

