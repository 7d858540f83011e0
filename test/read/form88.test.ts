import { describe, expect, it } from 'vitest';
import { collapseSpace, DRAWN_BLANK, readHtml } from '../../extract/read/html.js';

// h/form88: a saved form keeps in its markup what its text version holds as runs of spaces or underscores; the HTML reader
// carries it into the same text (dev 2006, 2421, 2423's saved pages; test/corpus/README.md "Texts 2599–2600").
const page = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

describe('saved forms: blanks the text version holds', () => {
  it('an empty text input or text area is the drawn blank, a filled one its value, a check box the printed box', () => {
    const doc = readHtml('f.html', page('<h1>Slutrapport</h1><p>Projektets namn: <input type="text"></p><p>Beskriv resultatet:</p><textarea></textarea>'
      + '<p>Ort: <input type="text" value="Lund"></p><p><input type="checkbox"> Ja <input type="checkbox" checked> Nej</p>'));
    expect(doc.source).toContain(`Projektets namn: ${DRAWN_BLANK}`);
    expect(doc.source).toContain(DRAWN_BLANK);
    expect(doc.source).toContain('Ort: Lund');
    expect(doc.source).toContain('☐ Ja ☒ Nej');
  });
  it('a search box, a button and a hidden value are no fields (still dropped as chrome)', () => {
    const doc = readHtml('f.html', page('<h1>Bidrag</h1><p>Sök: <input type="search"> <input type="hidden" value="x1"> <button>Skicka</button></p><p>Bidraget söks hos kommunen.</p>'));
    expect(doc.source).not.toContain(DRAWN_BLANK);
    expect(doc.source).not.toContain('x1');
    expect(doc.source).not.toContain('Skicka');
  });
  it('white space as a browser shows it: ASCII runs collapse, three or more no-break or en spaces stay', () => {
    expect(collapseSpace('Project title\u00a0\u00a0\u00a0\u00a0\u00a0')).toBe('Project title\u00a0\u00a0\u00a0\u00a0\u00a0');
    expect(collapseSpace('Organization Name:\u2002\u2002\u2002\u2002\u2002')).toBe('Organization Name:\u2002\u2002\u2002\u2002\u2002');
    expect(collapseSpace('10\u00a0000 kr')).toBe('10 000 kr');
    expect(collapseSpace('Grant reference number       Total grant amount $')).toBe('Grant reference number Total grant amount $');
  });
  it('a label paragraph ending in a colon runs into the prose it heads; over a short line or a heading it stays apart', () => {
    const doc = readHtml('f.html', page('<h1>Reporting</h1><p>Subgrant Expenditure Requests:</p><p>Recipients may request reimbursement for expenses incurred during the grant period.</p>'
      + '<p>PROGRAM REPORTING:</p><h2>WAIVER FORM</h2><p>Totalt ansökt:</p><p>{{budget}} kr</p>'));
    expect(doc.source).toContain('Subgrant Expenditure Requests:\nRecipients may request');
    expect(doc.source).toContain('PROGRAM REPORTING:\n\nWAIVER FORM');
    expect(doc.source).toContain('Totalt ansökt:\n\n{{budget}} kr');
  });
});
