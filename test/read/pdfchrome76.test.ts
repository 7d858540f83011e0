// A web page printed to PDF (issue 12, h/pdfchrome76): its site chrome is not content. The HTML
// reader drops menus, cookie banners and the footer by landmarks (read/chrome.ts); a printed page has
// no landmarks, so read/pdf-chrome.ts drops the leading and trailing blocks that say they are chrome
// (cues/chrome.ts PDF_CHROME) and hold no grant content. A grant's own closing "Kontakt" section
// with a named person, phone and e-mail must stay.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { readDocument } from '../../extract/read/index.js';
import { blocksOf, headChrome, PDF_CHROME_RULES, tailChrome } from '../../extract/read/pdf-chrome.js';
import { dropFurniture, pageLines, type Line } from '../../extract/read/pdf-layout.js';
import { openPdf, readPage, withoutDecompressionStream } from '../../extract/read/pdf-pages.js';
import { makePdf } from '../bench/pdf-writer.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'grantspec-pdfchrome76-'));
function pdf(name: string, lines: readonly string[], ...more: ReadonlyArray<readonly string[]>): string {
  const f = join(dir, `${name}.pdf`);
  writeFileSync(f, makePdf([lines, ...more]));
  return f;
}

const emails = (spec: { contacts?: ReadonlyArray<{ email?: string } | string> }): string[] =>
  (spec.contacts ?? []).map((c) => String(typeof c === 'string' ? c : c.email).toLowerCase());

// the grant's own text, as an anvisning sets it: title, rules, deadline, its own contact at the end
const GRANT = [
  'Bidrag till lokala kulturprojekt 2026',
  '',
  'Kulturnämnden fördelar 2 000 000 kronor till lokala kulturprojekt under 2026.',
  '',
  'Ideella föreningar i kommunen kan söka bidraget. Ansökan ska ha kommit in senast den',
  '15 mars 2026.',
  '',
  'Kontakt',
  '',
  'Anna Berg, handläggare, telefon 0910-73 51 12, e-post anna.berg@exempelby.se.',
];

// the saved page around it, printed: skip link, banner, buttons, site name, menu, trail; the footer on a page of its
// own (pdf-writer.ts spaces every line alike, so a footer, share bar or stamp right after the text would join its
// last paragraph: the rules' own tests above cover those)
const PRINTED = [
  'Hoppa till innehållet',
  '',
  'Vi använder kakor (cookies) för att webbplatsen ska fungera. Läs mer om kakor.',
  '',
  'Godkänn alla Endast nödvändiga',
  '',
  'Exempelby kommun',
  '',
  '• Föreningsbidrag',
  '',
  '• Bidrag till studieförbund 2025',
  '',
  '• Lokalt aktivitetsstöd',
  '',
  'Du är här: Start / Bidrag och stöd',
  '',
  ...GRANT,
];
// the footer, alone on the last page as a long page prints it
const FOOTER = [
  'Exempelby kommun, 931 85 Exempelby. Telefon (växel) 0910-73 50 00.',
  'E-post kommunen@exempelby.se. Organisationsnummer 212000-2742.',
];

describe('the rules: each drops its example and keeps its counter-example', () => {
  const prevOf: Record<string, string> = { 'contact-heading': 'switchboard-card' };
  for (const r of PDF_CHROME_RULES) {
    it(r.id, () => {
      const block = (text: string): { text: string; lines: number } => ({ text, lines: 1 });
      expect(r.drops(block(r.example), prevOf[r.id])).toBe(true);
      expect(r.drops(block(r.counterExample), prevOf[r.id])).toBe(false);
    });
  }
  it('a numbered breadcrumb trail: the steps after "1. Start" go with it, a numbered item elsewhere does not', () => {
    const trail = PDF_CHROME_RULES.find((r) => r.id === 'breadcrumb')!;
    expect(trail.drops({ text: '2. Statsbidrag', lines: 1 }, 'breadcrumb')).toBe(true);
    expect(trail.drops({ text: '2. Statsbidrag', lines: 1 }, undefined)).toBe(false);
  });
  it('adversarial probes: grant sentences with a chrome word stay', () => {
    const keep = [
      'Skriv ut blanketten, fyll i den och skicka den till Box 123, 931 85 Exempelby senast den 1 mars.',
      'Bidraget kan sökas av föreningar som använder kakor i sin verksamhet.',
      'Frågor om bidraget: kontaktcenter, telefon 0910-73 50 00.',
      'Senast den 12 mars 2026 ska redovisningen vara inne.',
    ];
    for (const text of keep) for (const r of PDF_CHROME_RULES) expect(r.drops({ text, lines: 2 }, undefined), `${r.id}: ${text}`).toBe(false);
  });
});

describe('a printed web page without its chrome', () => {
  it('drops the chrome at the top and bottom and keeps the grant, its own contact included', async () => {
    const doc = await readDocument(pdf('printed', PRINTED, FOOTER));
    expect(doc.source.startsWith('Bidrag till lokala kulturprojekt 2026')).toBe(true);
    expect(doc.source).toMatch(/anna\.berg@exempelby\.se\.\n$/u);
    expect(doc.source).not.toMatch(/kakor|Föreningsbidrag|Du är här|växel|Senast uppdaterad|Dela på/u);
  });

  it('takes neither the footer\'s switchboard nor its e-mail as a contact, nor a menu line as the title', async () => {
    const spec = await extract(pdf('printed', PRINTED, FOOTER), ROOT);
    expect(emails(spec)).toEqual(['anna.berg@exempelby.se']);
    expect(spec.title).toMatch(/lokala kulturprojekt/u);
    expect(spec.requisition?.closes).toBe('2026-03-15');
  });

  it('an anvisning whose last section is its own contact keeps every line', async () => {
    const plain = await readDocument(pdf('grant', GRANT));
    expect(plain.source.startsWith('Bidrag till lokala kulturprojekt 2026')).toBe(true);
    expect(plain.source).toMatch(/Kontakt\n+Anna Berg, handläggare, telefon 0910-73 51 12, e-post anna\.berg@exempelby\.se\.\n$/u);
    const spec = await extract(pdf('grant', GRANT), ROOT);
    expect(emails(spec)).toEqual(['anna.berg@exempelby.se']);
  });

  it('a contact section with the agency\'s address and switchboard under a named person stays', async () => {
    const lines = [...GRANT.slice(0, -1), 'Anna Berg, handläggare, telefon 0910-73 51 12, anna.berg@exempelby.se', '',
      'Kulturförvaltningen, Box 23, 931 85 Exempelby. Frågor om bidraget besvaras av handläggaren.'];
    const doc = await readDocument(pdf('grant-address', lines));
    expect(doc.source).toMatch(/Box 23, 931 85 Exempelby/u);
    expect(doc.source).toMatch(/anna\.berg@exempelby\.se/u);
  });
});

async function fixtureBlocks(file: string): Promise<ReturnType<typeof blocksOf>> {
  return withoutDecompressionStream(async () => {
    const doc = await openPdf(new Uint8Array(readFileSync(file)));
    const lines: Line[] = [];
    const carry = { glyphItem: false };
    for (let n = 1; n <= doc.numPages; n++) lines.push(...pageLines(await readPage(doc, n), n, carry));
    await doc.destroy();
    return blocksOf(dropFurniture(lines, doc.numPages));
  });
}

describe('the seed anvisningar\'s PDFs (set from their text, no site chrome) lose nothing', () => {
  const fixtures = join(ROOT, 'test/fixtures/pdf');
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.pdf'))) {
    it(f, async () => {
      const blocks = await fixtureBlocks(join(fixtures, f));
      expect(headChrome(blocks)).toBe(0);
      expect(tailChrome(blocks)).toBe(0);
    });
  }
});
