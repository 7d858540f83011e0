import type { Grounder } from './ground.js';
import { findContacts, findLinks } from './fields/references.js';
import type { Found } from './fields/common.js';
import { findAgency, idFromTitle } from './fields/title.js';
import type { Doc } from './tree/types.js';

// The parts both kinds of spec share: the head (id, year, title, agency) and contacts and links.

export function groundHead(g: Grounder, doc: Doc, title: Found<string> | undefined, year: Found<number> | undefined): { id: string; year: number | undefined; title: string; agency: string | undefined } {
  const titleValue = g.take('title', title) ?? '';
  const agency = findAgency(doc);
  return {
    id: idFromTitle(titleValue),
    year: g.take('year', year),
    title: titleValue,
    agency: g.take('agency', agency),
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
