// The development corpus as PDFs (issue 12, h/pdfvar76): what reading a PDF lost against the text,
// fixed by shape. A PDF's text keeps its laid-out lines (every quote names its page and line), so a
// paragraph or list item the page wrapped stood on several source lines, where the text version has
// it on one: the kind's line rows ("- Were the expected outcomes realistic? If not, why?" ends in
// "?" only on one line) and the grant-text test's grant words ("rekvisition ska lämnas enligt
// beviljande beslutsbrev") missed in the PDF what they read in the text (dev 1881 read as an
// anvisning and refused, dev 954 in two columns refused). read/pdf-flow.ts gives those scans the
// source with each block's inner line breaks as spaces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { readDocument } from '../../extract/read/index.js';
import { flowedDoc, flowedSource } from '../../extract/read/pdf-flow.js';
import { makePdf } from '../bench/pdf-writer.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'grantspec-pdfvar76-'));
function pdf(name: string, lines: readonly string[]): string {
  const f = join(dir, `${name}.pdf`);
  writeFileSync(f, makePdf([lines]));
  return f;
}

// An English progress-report form: its questions are bullet items, each wrapped by the page
const FORM = [
  'Progress Report Guidelines',
  '',
  'Please answer each question below in your report.',
  '',
  '• Based on your experience in implementing the project, were the expected project',
  '  outcomes realistic? If not, why?',
  '• Have there been any unanticipated outcomes in the communities that the project has',
  '  served? What are they?',
  '• Were the planned strategies for each objective appropriate and effective in the',
  '  communities where the project worked? What did you learn?',
  '',
  'Financial Report',
  '',
  'Please attach a statement of the grant funds received and spent.',
];

describe('a PDF paragraph wrapped by the page reads as one line to the whole-text scans', () => {
  it('flows the line breaks inside a block, keeps those between blocks and every offset', async () => {
    const doc = await readDocument(pdf('form', FORM));
    const flowed = flowedSource(doc);
    expect(flowed).toHaveLength(doc.source.length);
    expect(flowed).toMatch(/were the expected project {1,2}outcomes realistic\? If not, why\?\n/u);
    // the heading and the paragraph under it stay apart
    expect(flowed).toMatch(/Progress Report Guidelines\n/u);
    expect(flowed).toMatch(/What did you learn\?\n/u);
    expect(doc.source).toMatch(/were the expected project\n/u);
  });

  it('reads the wrapped bullet questions as the form they are', async () => {
    const spec = await extract(pdf('form', FORM), ROOT);
    expect(spec.kind).toBe('reporting-form');
  });

  it('leaves a text that is not a PDF as it is (counter-case: the text path never changes)', async () => {
    const txt = join(dir, 'form.txt');
    writeFileSync(txt, `${FORM.join('\n')}\n`);
    const doc = await readDocument(txt);
    expect(flowedDoc(doc)).toBe(doc);
    expect(flowedSource(doc)).toBe(doc.source);
  });

  it('keeps a page of instructions with wrapped lines an anvisning (counter-case)', async () => {
    const spec = await extract(pdf('anvisning', [
      'Bidrag till lokala föreningar 2026',
      '',
      'Kommunen fördelar bidrag till ideella föreningar som bedriver verksamhet för barn och',
      'unga i kommunen. Ansökan ska ha kommit in senast den 15 mars 2026.',
      '',
      '• Hur många medlemmar under 25 år har föreningen haft under',
      '  det senaste året?',
      '• Vilka aktiviteter planerar föreningen för barn och unga under',
      '  året som kommer?',
      '',
      'Bidraget ska redovisas senast den 31 januari 2027.',
    ]), ROOT);
    expect(spec.kind).toBe('anvisning');
    expect(spec.requisition?.closes).toBe('2026-03-15');
  });

  it('dev 1881 (Writer) reads as the reporting form its text is; dev 954 in two columns is not refused', async () => {
    const own = (f: string): string => resolve(ROOT, 'test/fixtures/pdf/own', f);
    expect((await extract(own('1881-lavelle-fund-reporting-guidelines.writer.pdf'), ROOT)).kind).toBe('reporting-form');
    for (const p of ['writer-2col', 'chromium-2col']) {
      expect((await extract(own(`954-effsys-expand-rapportering-projektdeltagare.${p}.pdf`), ROOT)).kind).toBe('anvisning');
    }
  });
});
