import type { Grounder } from './ground.js';
import { findContacts, findLinks } from './fields/references.js';
import type { Found } from './fields/common.js';
import { findAgency, idFromTitle } from './fields/title.js';
import type { Doc } from './tree/types.js';

// The parts both kinds of spec share: the head (id, year, title, agency) and contacts and links.

/** A spec's head, as every kind starts: the contract's version, the kind, the grant (id, year, title, agency) and the source. */
export function groundHead<K extends string>(g: Grounder, doc: Doc, kind: K, title: Found<string> | undefined, year: Found<number> | undefined, source: { path: string; sha256: string }): { spec: 1; kind: K; id: string; year: number | undefined; title: string; agency: string | undefined; source: { path: string; sha256: string } } {
  const titleValue = g.take('title', title) ?? '';
  const agency = findAgency(doc);
  return {
    spec: 1,
    kind,
    id: idFromTitle(titleValue),
    year: g.take('year', year),
    title: titleValue,
    agency: g.take('agency', agency),
    source,
  };
}

export function groundContacts(g: Grounder, doc: Doc): Array<{ email: string; topic?: string }> {
  return findContacts(doc).map((c, i) => ({
    email: g.take(`contacts.${i}.email`, c.email)!,
    ...(c.topic ? { topic: g.take(`contacts.${i}.topic`, c.topic)! } : {}),
  }));
}

export function groundLinks(g: Grounder, doc: Doc): Array<{ url: string; text?: string }> {
  return findLinks(doc).map((l, i) => ({ url: g.ground(`links.${i}`, l.url, l.at)!, ...(l.text ? { text: l.text } : {}) }));
}
