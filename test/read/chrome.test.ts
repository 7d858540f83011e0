import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root } from 'hast';
import { BESIDE_CONTENT, CHROME_RULES, dropChrome, textOf } from '../../extract/read/chrome.js';
import { decodeHtml, readHtml } from '../../extract/read/html.js';
import { toWindows1252 } from '../helpers.js';

// Each chrome rule's example drops the element marked data-chrome and keeps the rest; its
// counter-example survives every rule whole.

const parse = (html: string): Root => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
const marked = (node: Root | Element): boolean =>
  node.children.some((c) => c.type === 'element' && (c.properties.dataChrome !== undefined || marked(c)));
const text = (node: Root): string => node.children.map((c) => (c.type === 'element' || c.type === 'text' ? textOf(c) : '')).join('').replace(/\s+/gu, ' ').trim();

describe('page chrome rules', () => {
  for (const rule of CHROME_RULES) {
    it(`${rule.id}: drops its example`, () => {
      const tree = parse(rule.example);
      expect(marked(tree)).toBe(true);
      dropChrome(tree, false, [rule]);
      expect(marked(tree)).toBe(false);
      expect(text(tree)).toContain('Bidraget söks hos kommunen.');
    });
    it(`${rule.id}: keeps its counter-example under every rule`, () => {
      const tree = parse(rule.counterExample);
      const before = text(tree);
      dropChrome(tree);
      expect(text(tree)).toBe(before);
    });
  }
});

describe('main content', () => {
  const page = (body: string): string => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Statsbidrag</title></head><body>${body}</body></html>`;
  const blocks = (html: string): string[] => readHtml('x.html', html).blocks.map((b) => `${b.kind}: ${b.seg.text}`);

  it('takes <main> when there is one', () => {
    expect(blocks(page('<div><h2>Andra statsbidrag</h2><p>Statsbidrag för äldreomsorg och statsbidrag för psykiatri.</p></div><main><h1>Statsbidrag för vårdplatser</h1><p>Kommuner kan rekvirera medel.</p></main>'))).toEqual([
      'heading: Statsbidrag för vårdplatser', 'paragraph: Kommuner kan rekvirera medel.',
    ]);
  });
  it('takes role="main" like <main>', () => {
    expect(blocks(page('<div class="x"><p>Andra statsbidrag: äldreomsorg, psykiatri.</p></div><div role="main"><p>Kommuner kan rekvirera medel.</p></div>'))).toEqual(['paragraph: Kommuner kan rekvirera medel.']);
  });
  it('without landmarks, takes the block holding the text and its <h1>', () => {
    const side = '<div class="col-left"><ul><li><a href="/a">Statsbidrag A</a></li><li><a href="/b">Statsbidrag B</a></li><li><a href="/c">Statsbidrag C</a></li></ul></div>';
    const content = `<div class="col-main"><h1>Statsbidrag för vårdplatser</h1><div class="text"><p>${'Kommuner kan rekvirera medel för fler vårdplatser. '.repeat(8)}</p></div></div>`;
    expect(blocks(page(`<div class="wrap">${side}${content}</div>`)).map((b) => b.slice(0, 40))).toEqual(['heading: Statsbidrag för vårdplatser', 'paragraph: Kommuner kan rekvirera medel ']);
  });
  it(`${BESIDE_CONTENT.id}: reads the text block of its example, not the parts beside it`, () => {
    const html = page(BESIDE_CONTENT.example);
    const wanted = readHtml('x.html', page(/<div class="text" data-content>(.*?)<\/div>/u.exec(BESIDE_CONTENT.example)![1]!)).blocks.map((b) => b.seg.text);
    expect(blocks(html).map((b) => b.replace(/^\w+: /u, ''))).toEqual(wanted);
    expect(blocks(html).join(' ')).not.toContain('2025');
  });
  it(`${BESIDE_CONTENT.id}: reads every part of its counter-example`, () => {
    expect(blocks(page(BESIDE_CONTENT.counterExample))).toEqual([
      'heading: Bidrag till föreningar', 'paragraph: Föreningar kan söka bidrag senast den 1 mars.', 'paragraph: Bidraget får inte användas till löner.',
    ]);
  });
  it('takes the block holding the <h1> when a news column beside it holds more text', () => {
    const news = '<div class="news-column"><h2>Nyheter</h2>'
      + '<div class="news-item"><span class="date">2025-05-28</span> <a href="/n/1">Regionen fördelar 4,5 miljoner kronor till kulturprojekt</a><p>Tolv projekt får stöd under 2025 och 2026.</p></div>'
      + '<div class="news-item"><span class="date">2025-05-12</span> <a href="/n/2">Nu kan föreningar söka 250 000 kronor för sommarlov</a><p>Sista ansökningsdag är den 15 juni 2025.</p></div></div>';
    const body = `<div class="wrapper"><div class="col-a"><h1>Kulturbidrag</h1><p>Kulturbidrag kan sökas en gång per år. Ansökningstiden går ut 30 mars.</p></div>${news}</div>`;
    expect(blocks(page(body))).toEqual(['heading: Kulturbidrag', 'paragraph: Kulturbidrag kan sökas en gång per år. Ansökningstiden går ut 30 mars.']);
  });
  it('without <h1>, takes the one block named the main content when a news column beside it holds more text', () => {
    const news = '<aside class="aktuellt"><h2>Aktuellt</h2><p>2025-05-12 Nu kan föreningar söka 250 000 kronor för sommarlov. Sista ansökningsdag är den 15 juni 2025. '
      + 'Beslut om 18 miljoner kronor i regionalt företagsstöd: pengarna ska användas senast den 31 december 2027.</p></aside>';
    const body = `<div class="wrapper"><div class="content-column" id="main-content"><p>Slutrapporten lämnas senast två månader efter projektets slut.</p></div>${news}</div>`;
    expect(blocks(page(body))).toEqual(['paragraph: Slutrapporten lämnas senast två månader efter projektets slut.']);
  });
  it('reads every part when a block beside the named content is not chrome', () => {
    const body = '<div class="wrapper"><div id="main-content"><p>Föreningar kan söka bidrag senast den 1 mars 2026.</p></div>'
      + '<div class="villkor"><p>Bidraget får inte användas till löner, resor utomlands eller alkohol. Bidraget ska redovisas senast den 31 december 2026.</p></div></div>';
    expect(blocks(page(body))).toEqual(['paragraph: Föreningar kan söka bidrag senast den 1 mars 2026.', 'paragraph: Bidraget får inte användas till löner, resor utomlands eller alkohol. Bidraget ska redovisas senast den 31 december 2026.']);
  });
  it('passes over a short text\'s page top, contact card and footer, whatever their size', () => {
    const body = '<div class="header"><a href="/">Exempelby kommun</a> <a href="/kontakt">Kontakta oss</a></div><div class="page">'
      + '<div class="page-content"><h2>Föreningsbidrag</h2><p>Föreningar kan söka bidrag senast den 1 mars 2026. Bidraget får användas till lokaler, material och resor. Ansökan görs i kommunens e-tjänst.</p></div>'
      + '<div class="right-column"><div class="contact-card"><h2>Kontakta kommunen</h2><p>Kontaktcenter, telefon 0910-73 50 00, kontaktcenter@exempelby.se. Öppet vardagar 8–16.</p></div></div></div>'
      + '<div class="footer"><p>Exempelby kommun, 931 85 Exempelby. Telefon 0910-73 50 00.</p></div>';
    expect(blocks(page(body))).toEqual(['heading: Föreningsbidrag', 'paragraph: Föreningar kan söka bidrag senast den 1 mars 2026. Bidraget får användas till lokaler, material och resor. Ansökan görs i kommunens e-tjänst.']);
  });
  it('reads a page its publishing system wrapped in one <form>, class words like "social" kept', () => {
    expect(blocks(page('<form id="aspnetForm" action="/"><div class="social-services"><h1>Statsbidrag för socialtjänsten</h1><p>Kommuner kan rekvirera medel.</p></div></form>'))).toEqual([
      'heading: Statsbidrag för socialtjänsten', 'paragraph: Kommuner kan rekvirera medel.',
    ]);
  });
  it('reads a paragraph that is one short bold phrase as a heading, a bold lead-in as text', () => {
    expect(blocks(page('<main><p><strong>Vilka kan rekvirera?</strong></p><p>Kommuner kan rekvirera.</p><p><b>Observera:</b> sista dag är 13 maj.</p><p><strong>Observera:</strong></p></main>'))).toEqual([
      'heading: Vilka kan rekvirera?', 'paragraph: Kommuner kan rekvirera.', 'paragraph: Observera: sista dag är 13 maj.', 'paragraph: Observera:',
    ]);
  });
  it('decodes character references and keeps a link\'s href', () => {
    const doc = readHtml('x.html', page('<main><p>L&auml;s <a href="https://www.riksdagen.se/sfs">f&ouml;rordningen</a> &amp; villkoren.</p></main>'));
    expect(doc.blocks[0]!.seg.text).toBe('Läs förordningen & villkoren.');
    expect(doc.blocks[0]!.links).toEqual([{ url: 'https://www.riksdagen.se/sfs', text: 'förordningen', start: 4, end: 16 }]);
  });
  it('maps each visible character back to the markup', () => {
    const html = page('<main>\n<p>Sista dag &auml;r\n   den 13 maj.</p></main>');
    const doc = readHtml('x.html', html);
    const { src } = doc.blocks[0]!.seg;
    const at = (i: number): string => html[doc.origin!.offsets[src[i]!]!]!;
    expect([...doc.blocks[0]!.seg.text].map((_, i) => at(i)).join('')).toBe('Sista dag &r\nden 13 maj.');
  });
});

describe('page decoding', () => {
  const body = '<p>Sista dag att rekvirera är den 13 maj – inte senare.</p>';
  const text = (bytes: Uint8Array): string => readHtml('x.html', decodeHtml(bytes)).blocks[0]!.seg.text;
  it('reads UTF-8 with a BOM', () => {
    expect(text(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(`<html><body>${body}</body></html>`)]))).toBe('Sista dag att rekvirera är den 13 maj – inte senare.');
  });
  it('reads Windows-1252 as <meta charset> declares it, – included', () => {
    expect(text(toWindows1252(`<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`))).toBe('Sista dag att rekvirera är den 13 maj – inte senare.');
  });
  it('reads the http-equiv form of the declaration', () => {
    expect(text(toWindows1252(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${body}</body></html>`))).toBe('Sista dag att rekvirera är den 13 maj – inte senare.');
  });
  it('falls back to Windows-1252 when undeclared bytes are not UTF-8', () => {
    expect(text(toWindows1252(`<html><body>${body}</body></html>`))).toBe('Sista dag att rekvirera är den 13 maj – inte senare.');
  });
});
