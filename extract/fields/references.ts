import { findEmails, findUrls } from '../parse/contacts.js';
import { findLegalRefs, type LegalKind } from '../parse/legal-refs.js';
import { allSentences, bodyBlocks, metaFound, type Found } from './common.js';
import type { Block, Doc, Located } from '../tree/types.js';
import { ADDRESS_LEAD, CONTACT_TOPIC, SFS_TITLES } from '../cues/references.js';
import { contextOf, holds, type Cue } from '../cues/types.js';

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
  if (sfs && /^(?:19|20)\d{2}:\d{1,4}$/u.test(sfs.value)) {
    const name = doc.meta?.title?.value;
    const kind: LegalKind = name && holds(LAG, lineOf(name)) ? 'lag' : 'förordning';
    out.push({ ref: metaFound(sfs), kind, ...(name && holds(TITLED, lineOf(name)) ? { title: name.charAt(0).toLowerCase() + name.slice(1) } : {}) });
  }
  for (const b of doc.blocks) {
    for (const hit of findLegalRefs(b.seg.text)) {
      const at: Located = { block: b, start: hit.start, end: hit.end };
      const existing = out.findIndex((x) => x.ref.value === hit.ref);
      const entry: LegalFound = { ref: { value: hit.ref, at }, kind: hit.kind, ...(hit.title ? { title: hit.title } : {}) };
      if (existing < 0) out.push(entry);
      else if (!out[existing]!.title && hit.title) out[existing] = entry;
    }
  }
  return out;
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

