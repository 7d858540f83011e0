import type { Diagnostic } from '../specs/diagnostics.js';
import { pageOf, positionOf, sourceSpan } from './tree/locate.js';
import type { Doc, Located } from './tree/types.js';

// What a finder read but did not keep, for an editor: parts of a total that do not add up to it, a
// grant year outside the contract's years. The spec stays silent (a value not kept is absent); the
// note goes to `grantspec lint` and `grantspec review` as a diagnostic of the project's one shape
// (file, line, column, rule id, message). Notes are kept per document, once each.

export interface Note { readonly rule: string; readonly message: string; readonly at: Located }

const NOTES = new WeakMap<Doc, Note[]>();

/** Record that a finder left something out, with where the text states it. */
export function noteOn(doc: Doc, note: Note): void {
  const notes = NOTES.get(doc) ?? [];
  if (notes.some((n) => n.rule === note.rule && n.message === note.message && n.at.block === note.at.block && n.at.start === note.at.start)) return;
  notes.push(note);
  NOTES.set(doc, notes);
}

/** The document's notes as diagnostics (warnings), placed in the source as read (as lint places its text rules' findings). */
export function notesOf(doc: Doc, file: string): Diagnostic[] {
  return (NOTES.get(doc) ?? []).map((n) => {
    const start = sourceSpan(n.at).start;
    const page = pageOf(doc.pageStarts, start);
    return { file, ...positionOf(doc.lineStarts, start), ...(page !== undefined ? { page } : {}), rule: n.rule, severity: 'warning' as const, message: n.message };
  });
}
