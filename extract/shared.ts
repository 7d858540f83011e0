import type { Grounder } from './ground.js';
import { findContacts, findLinks } from './fields/references.js';
import type { Found } from './fields/common.js';
import { findAgency, idFromTitle } from './fields/title.js';
import type { Doc } from './tree/types.js';

// The parts both kinds of spec share: the head (id, year, title, agency) and contacts and links.

export function groundHead(g: Grounder, doc: Doc, title: Found<string> | undefined, year: Found<number> | undefined): { id: string; year: number | undefined; title: string; agency: string | undefined } {
  const titleValue = g.ground('title', title?.value, title?.at) ?? '';
  const agency = findAgency(doc);
  return {
    id: idFromTitle(titleValue),
    year: g.ground('year', year?.value, year?.at),
    title: titleValue,
    agency: g.ground('agency', agency?.value, agency?.at),
  };
}

export function groundContacts(g: Grounder, doc: Doc): Array<{ email: string; topic?: string }> {
  return findContacts(doc).map((c, i) => ({
    email: g.ground(`contacts.${i}.email`, c.email.value, c.email.at)!,
    ...(c.topic ? { topic: g.ground(`contacts.${i}.topic`, c.topic.value, c.topic.at)! } : {}),
  }));
}

export function groundLinks(g: Grounder, doc: Doc): Array<{ url: string; text?: string }> {
  return findLinks(doc).map((l, i) => ({ url: g.ground(`links.${i}`, l.url, l.at)!, ...(l.text ? { text: l.text } : {}) }));
}
