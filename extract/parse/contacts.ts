import { NOT_AN_ADDRESS } from '../cues/references.js';
import type { Span } from './sentences.js';
import { sv } from './unicode.js';

// E-mail addresses as written in running text. A trailing sentence period is not part of one.
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[\p{L}]{2,}(?![\p{L}\d@])/gu;

export interface EmailHit extends Span { readonly email: string }

export function findEmails(text: string): EmailHit[] {
  const hits: EmailHit[] = [];
  if (!text.includes('@')) return hits;
  for (const m of text.matchAll(EMAIL)) {
    const before = text.slice(Math.max(0, m.index - 7), m.index);
    if (/mailto:$/iu.test(before) || /\/\/[^\s]*$/u.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // an address that runs on, without a space, into a second "@" is a scrambled anti-spam string or two addresses glued
    // together ("qryrtngvbara@fyf.svif.sls@nenoitageled", dev 1851): no address as written
    const end = m.index + m[0].length;
    if (/^\.[\p{L}\d.-]{0,80}@/u.test(text.slice(end, end + 90))) continue;
    // a top-level domain that runs, in mid-word, into a capitalised word is an address glued to the text after it
    // ("…presskontakt@mediemyndigheten.semediemyndigheten.seLänkar", dev 2030): no address as written
    if (/\p{Ll}\p{Lu}/u.test(m[0].slice(m[0].lastIndexOf('.') + 1))) continue;
    // the pattern of a staff's addresses ("fornamn.efternamn@…", dev 1859) is none either
    if (NOT_AN_ADDRESS.some((row) => row.cue.test(m[0]))) continue;
    hits.push({ email: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const URL = sv(/\b(?:https?:\/\/|mailto:)[^\s<>()"”]+[^\s<>()"”.,;:!?]/giu);
/** what every URL holds, as cheap to look for as a pattern can be (same flags: under iu, "s" also matches "ſ") */
const URL_START = /https?:\/\/|mailto:/iu;

export interface UrlHit extends Span { readonly url: string }

export function findUrls(text: string): UrlHit[] {
  if (!URL_START.test(text)) return [];
  return [...text.matchAll(URL)].map((m) => ({ url: m[0], start: m.index, end: m.index + m[0].length }));
}
