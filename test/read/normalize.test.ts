import { describe, expect, it } from 'vitest';
import { decode } from '../../extract/read/decode.js';
import { normalize } from '../../extract/read/normalize.js';
import { readText } from '../../extract/read/text.js';
import { quoteOf } from '../../extract/tree/locate.js';
import { toWindows1252 } from '../helpers.js';

const texts = (src: string): string[] => readText('x.txt', src).blocks.map((b) => `${b.kind}: ${b.seg.text}`);

describe('normalize: text from PDFs', () => {
  it('joins a word hyphenated across lines, blank lines between', () => {
    expect(texts('Syftet är att öka vårdka-\n\npaciteten inom vården.\n')).toEqual(['paragraph: Syftet är att öka vårdkapaciteten inom vården.']);
  });
  it('keeps a real hyphen before och/eller', () => {
    expect(texts('Insatser inom hälso-\n\noch sjukvården ska prioriteras.\n')).toEqual(['paragraph: Insatser inom hälso- och sjukvården ska prioriteras.']);
  });
  it('keeps a date or number broken at its own hyphen whole, without a space', () => {
    expect(texts('Sista signeringsdag är fredagen den 2021-\n06-15 kl. 15:00.\n')).toEqual(['paragraph: Sista signeringsdag är fredagen den 2021-06-15 kl. 15:00.']);
    expect(texts('Projekt som pågår under perioden 2024-\n2026 kan få stöd.\n')).toEqual(['paragraph: Projekt som pågår under perioden 2024-2026 kan få stöd.']);
    expect(texts('Medlen avser år 2024 -\n2026 ska ni redovisa.\n')).toEqual(['paragraph: Medlen avser år 2024 - 2026 ska ni redovisa.']);
  });
  it('keeps the hyphen of an acronym compound', () => {
    expect(texts('Elektronisk fakturaadress (t.ex. PEPPIL-\nid, GLN eller liknande):\n')).toEqual(['paragraph: Elektronisk fakturaadress (t.ex. PEPPIL-id, GLN eller liknande):']);
  });
  it('joins a sentence broken before a lower-case word or a number', () => {
    expect(texts('Det totala beloppet är  \n\n35 miljoner kronor. Övriga 10 miljoner \n\nkronor fördelas.\n')).toEqual(['paragraph: Det totala beloppet är 35 miljoner kronor. Övriga 10 miljoner kronor fördelas.']);
  });
  it('turns • lines into list items and continues an item on its next line', () => {
    expect(texts('Ni kan använda bidraget till: \n• Samarbete med myndigheter kring \n\nförberedelserna \n • Investeringar \n')).toEqual([
      'paragraph: Ni kan använda bidraget till:', 'item: Samarbete med myndigheter kring förberedelserna', 'item: Investeringar',
    ]);
  });
  it('reads a short line followed by text as a heading, a question too', () => {
    expect(texts('Vilka kan rekvirera? \nKommuner kan ta del av statsbidraget.\n\nTidsperiod \nNi kan använda statsbidraget.\n')).toEqual([
      'heading: Vilka kan rekvirera?', 'paragraph: Kommuner kan ta del av statsbidraget.', 'heading: Tidsperiod', 'paragraph: Ni kan använda statsbidraget.',
    ]);
  });
  it('takes URL-only lines out of the running text and keeps them as links', () => {
    const n = normalize('Villkoren finns i uppdraget. \n\nmailto:x@y.se\nhttps://www.regeringen.se/a.pdf\n Här hittar du villkoren.\n');
    expect(n.linkLines.map((l) => l.url)).toEqual(['mailto:x@y.se', 'https://www.regeringen.se/a.pdf']);
    expect(n.md).not.toContain('https://');
  });
  it('maps every markdown character back to its source offset', () => {
    const src = 'Rubrik\n\nEn mening som bryts mitt i \n\nordet vårdka-\n\npaciteten.\n';
    const doc = readText('x.txt', src);
    const para = doc.blocks[1]!;
    const i = para.seg.text.indexOf('vårdkapaciteten');
    expect(src.slice(para.seg.src[i]!, para.seg.src[i]! + 6)).toBe('vårdka');
    expect(quoteOf(doc, { block: para, start: i, end: i + 'vårdkapaciteten'.length })).toBe('vårdkapaciteten');
  });
  it('writes quotes with words joined as read, real hyphens kept', async () => {
    const { collapseQuote } = await import('../../extract/tree/locate.js');
    expect(collapseQuote('utgå ifrån de stöd som So-\n\ncialstyrelsen har')).toBe('utgå ifrån de stöd som Socialstyrelsen har');
    expect(collapseQuote('inom hälso-\n\noch sjukvården')).toBe('inom hälso-\noch sjukvården');
    expect(collapseQuote('använder e-\ntjänsten')).toBe('använder e-\ntjänsten');
    expect(collapseQuote('mejla e-tjanst.stats-\nbidrag@socialstyrelsen.se')).toBe('mejla e-tjanst.stats-\nbidrag@socialstyrelsen.se');
  });
  it('does not treat typed paragraphs as wrapped lines', () => {
    expect(texts('Anvisningar för statsbidrag till regioner för arbete med nationella kvalitetsregister och annat 2026\n\nSocialstyrelsen har fått i uppdrag att fördela medel.\n')[0]).toMatch(/^heading: Anvisningar/u);
  });
});

describe('normalize: e-mail addresses across lines', () => {
  it('joins an address wrapped at the margin', () => {
    expect(texts('Kontakta oss på info@socialsty\nrelsen.se om bidraget.\n')).toEqual(['paragraph: Kontakta oss på info@socialstyrelsen.se om bidraget.']);
  });
  it('does not glue a line that is an address of its own to the one above', () => {
    const joined = texts('Aktivitetsbidrag för föreningar\norg.mozilla.javascript.Undefined@0\norg.mozilla.javascript.Undefined@0\nLäs mer här\n').join('\n');
    expect(joined).toContain('Undefined@0 org.mozilla');
    expect(joined).not.toContain('Undefined@0org');
  });
});

describe('decode', () => {
  const text = 'Sista dag att rekvirera är den 13 maj 2026 – Region Jönköpings län • Västra Götalandsregionen.';
  it('reads UTF-8, UTF-8 with BOM and Windows-1252 to the same text', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decode(utf8, 'a').text).toBe(text);
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'a')).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decode(toWindows1252(text), 'a')).toEqual({ text, encoding: 'windows-1252' });
  });
  it('refuses empty and binary input with a clear error', () => {
    expect(() => decode(new Uint8Array(), 'a.txt')).toThrow(/empty/u);
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'a.png')).toThrow(/binary/u);
  });
});
