import type { Doc } from '../tree/types.js';

// A PDF's text keeps the laid-out lines (every evidence entry names its page and line), so a
// paragraph or a list item the page wrapped stands on several lines of the source, where its text
// version (and a saved page's, a Word document's) has it on one. The scans that read the whole
// source line by line — the kind evidence's line rows ("- Were the expected outcomes realistic?
// If not, why?" is a question item only if its line ends in "?"), the grant words of the
// grant-text test ("rekvisition ska lämnas enligt beviljande beslutsbrev", its words on one line)
// — would miss in the PDF what they read in the text. The flowed source reads every line break
// inside one block (a heading, a paragraph, an item: a break the layout made, not the writer) as a
// space: the same length, so every offset, line and page stays where it was.

/** The source with each block's inner line breaks read as spaces; a text that is not a PDF's as it is. */
export function flowedSource(doc: Doc): string {
  if (!doc.pageStarts) return doc.source;
  const source = doc.source;
  // the line breaks that flow, marked by offset, then the source cut at them: a copy of the source as an array of
  // one-character strings (split('') and join) cost the 216-page bench PDF's 455 000 characters about 30 ms
  const flows = new Uint8Array(source.length);
  let any = false;
  for (const b of doc.blocks) {
    if (b.kind === 'row') continue;
    // the block's text reads a soft break as a space already; its source character is the line break
    const { text, src } = b.seg;
    for (let i = 0; i < text.length; i++) {
      const at = src[i]!;
      if (at >= 0 && source.charCodeAt(at) === 10) { flows[at] = 1; any = true; }
    }
  }
  if (!any) return source;
  const parts: string[] = [];
  let from = 0;
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
    if (flows[at] === 1) { parts.push(source.slice(from, at)); from = at + 1; }
  }
  parts.push(source.slice(from));
  return parts.join(' ');
}

/** The document read through its flowed source (the same object when nothing flows). */
export function flowedDoc(doc: Doc): Doc {
  const source = flowedSource(doc);
  return source === doc.source ? doc : { ...doc, source };
}
