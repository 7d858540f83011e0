import { describe, expect, it } from 'vitest';
import { normalize } from '../../extract/read/normalize.js';
import { cleanLine, columnSplit, endsWithSmallWord, layoutText, pageLines, type PdfItem, type PdfPage } from '../../extract/read/pdf-layout.js';

// Reading order on synthetic A4 pages (595 × 842 pt, 10.5 pt text, 12 pt leading): a run's width
// is taken as half its size per character, about what DejaVu Sans sets.

const SIZE = 10.5;
const run = (str: string, x: number, y: number, size = SIZE): PdfItem => ({ str, x, y, size, width: str.length * size * 0.5 });
const page = (items: PdfItem[]): PdfPage => ({ width: 595, height: 842, items, links: [] });
const texts = (p: PdfPage): string[] => pageLines(p, 1).map((l) => l.text);

// a left column 62–285 pt, a gutter, a right column from 309 pt
const LEFT = [
  'Du kan söka bidrag för lokala åtgärder', 'som förbättrar havsmiljön, i första hand', 'genom att minska transporten av kväve',
  'och fosfor till havet. Åtgärder kan', 'genomföras vid sjöar, vattendrag och', 'kustvatten. Bidragen kan sökas av',
  'kommuner, ideella sammanslutningar eller', 'kombinationer av dessa. Sista dag för',
];

describe('columns', () => {
  it('reads a full left column, then a short right one beside it', () => {
    const items = [
      ...LEFT.map((s, n) => run(s, 62.5, 747 - n * 12)),
      run('ansökan är den 1 december 2019.', 62.5, 747 - LEFT.length * 12),
      run('För frågor och information om LOVA-', 309, 747),
      run('bidrag: lova@lansstyrelsen.se', 309, 735),
    ];
    expect(columnSplit(page(items))).toBeGreaterThan(285);
    const lines = texts(page(items));
    expect(lines.indexOf('ansökan är den 1 december 2019.')).toBeLessThan(lines.indexOf('För frågor och information om LOVA-'));
    expect(lines.some((l) => l.includes(' | '))).toBe(false);
  });

  it('keeps a form of labels and values in rows: the labels are ragged, not a column of text', () => {
    const rows = [['Diarienummer', 'S2024/01234'], ['Datum', '2024-01-15'], ['Mottagare', 'Region Stockholm'],
      ['Sista dag för rekvisition', '1 april 2026'], ['Kontaktperson', 'Anna Andersson'], ['Belopp', 'högst 300 000 kronor']];
    const items = rows.flatMap(([k, v], n) => [run(k!, 62.5, 700 - n * 14), run(v!, 300, 700 - n * 14)]);
    expect(columnSplit(page(items))).toBeUndefined();
    expect(texts(page(items))).toContain('Sista dag för rekvisition | 1 april 2026');
  });

  it('keeps a list of names and amounts in rows', () => {
    const rows = [['Region Stockholm', '12 345 678'], ['Region Uppsala', '2 345 678'], ['Region Skåne', '7 654 321'], ['Västra Götalandsregionen', '9 876 543']];
    const items = rows.flatMap(([k, v], n) => [run(k!, 62.5, 700 - n * 14), run(v!, 330, 700 - n * 14)]);
    expect(columnSplit(page(items))).toBeUndefined();
  });

  it('goes on with a bulleted item broken at the foot of the left column at the top of the right one', () => {
    // bullets at the column's edge, their lines hanging 17 pt in: the hanging lines outnumber the rest
    const item = ['Införande eller test av strukturerad', 'dokumentation för de uppgifter som', 'Socialstyrelsen meddelar, såsom de',
      'nationella informationsmängder', '(NIM:ar) som Socialstyrelsen publicerat'];
    const items = [
      run('Ni kan använda statsbidraget till', 62.5, 747), run('exempelvis:', 62.5, 735),
      run('•', 62.5, 710), run('Samarbete med myndigheter och', 79.5, 710),
      ...['andra kommuner kring förberedelserna', 'för en lag om socialdataregister,', 'exempelvis deltagande i referens-', 'grupper eller andra insatser'].map((s, n) => run(s, 79.5, 698 - n * 12)),
      run('•', 62.5, 640), ...item.map((s, n) => run(s, 79.5, 640 - n * 12)),
      run('på sin hemsida (Nationella', 326, 747), run('informationsmängder Socialstyrelsen)', 326, 735),
      run('•', 309, 717), run('Deltagande i forskningsprojekt', 326, 717), run('relevanta för socialdataregistret', 326, 705),
    ];
    expect(columnSplit(page(items))).toBeDefined();
    const lines = texts(page(items));
    const at = lines.indexOf('på sin hemsida (Nationella');
    expect(lines[at - 1]).toBe('(NIM:ar) som Socialstyrelsen publicerat');
    expect(lines[at + 1]).toBe('informationsmängder Socialstyrelsen)');
    expect(lines[at + 2]).toBe('• Deltagande i forskningsprojekt');
    // no paragraph break inside the item, across the gutter
    expect(pageLines(page(items), 1)[at]!.breakBefore).toBe(false);
  });

  it('reads an ingress across both columns first, whole, then the columns under it', () => {
    // the ingress's last line is shorter but still crosses the gutter; the lines above are wider than the page's body
    const ingress = ['Regeringen har gett Socialstyrelsen i uppdrag att under 2026 fördela medel till regioner',
      'för stärkt tillgänglighet och ökad vårdkapacitet inom den specialiserade hälso- och',
      'sjukvården. Syftet är att stärka tillgängligheten. Villkor anges i förordning'];
    const items = [
      ...ingress.map((s, n) => run(s, 62.5, 760 - n * 12)),
      run('(2024:1252) om statsbidrag till regioner för stärkt tillgänglighet.', 62.5, 724),
      ...LEFT.map((s, n) => run(s, 62.5, 690 - n * 12)),
      ...['Statsbidraget som ska fördelas efter', 'rekvisition omfattar totalt 5 042 500 200', 'kronor. Varje region kan rekvirera ett',
        'belopp utifrån en fördelningsnyckel som', 'regeringen tagit fram.'].map((s, n) => run(s, 309, 690 - n * 12)),
    ];
    expect(columnSplit(page(items))).toBeGreaterThan(285);
    const lines = pageLines(page(items), 1);
    expect(lines.map((l) => l.text)).toEqual([...ingress, '(2024:1252) om statsbidrag till regioner för stärkt tillgänglighet.', ...LEFT,
      'Statsbidraget som ska fördelas efter', 'rekvisition omfattar totalt 5 042 500 200', 'kronor. Varje region kan rekvirera ett',
      'belopp utifrån en fördelningsnyckel som', 'regeringen tagit fram.']);
    // the ingress is one paragraph: its third line stops short only because "(2024:1252)" did not fit
    expect(lines.slice(1, 4).map((l) => l.breakBefore)).toEqual([false, false, false]);
  });

  it('does not take a line of the left column that overflows into the gutter for a full-width row', () => {
    const items = [
      ...LEFT.map((s, n) => run(s, 62.5, 747 - n * 12)),
      run('registrator@socialstyrelsen.sekretariatet.se', 62.5, 747 - LEFT.length * 12),
      ...['Statsbidraget som ska fördelas efter', 'rekvisition omfattar totalt 5 042 500 200', 'kronor. Varje region kan rekvirera ett',
        'belopp utifrån en fördelningsnyckel som', 'regeringen tagit fram. Beloppen anges i', 'kronor och avser hela året.',
        'Beslut fattas av Socialstyrelsen.', 'Läs mer på webbplatsen.', 'Kontakta oss vid frågor.'].map((s, n) => run(s, 309, 747 - n * 12)),
    ];
    const lines = texts(page(items));
    // not read as a row across, between a band above and one below: the right column stays after the left
    expect(lines.indexOf('Kontakta oss vid frågor.')).toBe(lines.length - 1);
    expect(lines.indexOf('Statsbidraget som ska fördelas efter')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('registrator@')));
  });
});

describe('hyphens', () => {
  it('reads the hyphen Chromium draws at a broken word (U+2010) as a hyphen, for the normalizer to join', () => {
    const items = [run('Övergödning är fortsatt prioriterat med fokus på internbelastning, återcirkule\u2010', 62.5, 700), run('ring av näringsämnen.', 62.5, 688)];
    expect(texts(page(items))[0]).toMatch(/återcirkule-$/u);
  });

  it('keeps a hyphen inside a line as it is', () => {
    expect(texts(page([run('hälso\u2010 och sjukvård', 62.5, 700)]))[0]).toBe('hälso\u2010 och sjukvård');
  });

  it('joins a word broken at the foot of the left column with its end at the top of the right one', () => {
    const items = [
      ...LEFT.slice(0, 7).map((s, n) => run(s, 62.5, 747 - n * 12)),
      run('syftar till att öka vårdka\u2010', 62.5, 747 - 7 * 12),
      ...['paciteten inom den specialiserade vården', 'och att korta vårdköerna i regionerna.', 'Regionerna rekvirerar medlen senast',
        'den 1 april 2026 i e-tjänsten.'].map((s, n) => run(s, 309, 747 - n * 12)),
    ];
    const lines = pageLines(page(items), 1);
    const { text } = layoutText(lines, 1);
    expect(normalize(text, { blankLineParagraphs: true }).md).toMatch(/öka vårdkapaciteten inom/u);
  });
});

// Paragraphs that a page break, a wrap or a typed bullet cut: lines laid out as LibreOffice sets
// a plain-text import (ragged right, bullets typed as characters, no hanging indent).
describe('paragraphs across breaks', () => {
  const md = (pages: PdfItem[][]): string => {
    const lines = pages.flatMap((items, n) => pageLines(page(items), n + 1));
    return normalize(layoutText(lines, pages.length).text, { blankLineParagraphs: true }).md;
  };
  const BODY = ['Regionerna ska rekvirera medlen i Socialstyrelsens e-tjänst för', 'statsbidrag. Den som inte rekvirerar medlen inom den tid som anges', 'får inte del av dem och medlen fördelas om till de regioner som'];

  it('goes on with a sentence broken by the page even where the next page begins with a capital or a digit', () => {
    const first = BODY.map((s, n) => run(s, 62.5, 120 - n * 12));
    expect(md([first, [run('Socialstyrelsen har beslutat om. Sista dag att rekvirera är den', 62.5, 780), run('17 april 2025.', 62.5, 768)]]))
      .toMatch(/fördelas om till de regioner som Socialstyrelsen har beslutat om/u);
    const closing = [...BODY.slice(0, 2), 'Sista dag att rekvirera medlen från Socialstyrelsen är den'].map((s, n) => run(s, 62.5, 120 - n * 12));
    expect(md([closing, [run('17 april 2025 och ansökan görs i e-tjänsten för statsbidrag.', 62.5, 780)]])).toMatch(/är den 17 april 2025 och/u);
  });

  it('starts a new paragraph on the next page after a sentence that ended, or after a short line whose next word would have fitted', () => {
    const ended = [...BODY.slice(0, 2), 'får inte del av dem och medlen fördelas om.'].map((s, n) => run(s, 62.5, 120 - n * 12));
    expect(md([ended, [run('Socialstyrelsen beslutar om fördelningen i juni.', 62.5, 780)]])).toMatch(/fördelas om\.\n\nSocialstyrelsen beslutar/u);
    const short = [...BODY.slice(0, 2), 'Kontakt'].map((s, n) => run(s, 62.5, 120 - n * 12));
    expect(md([short, [run('Anna Andersson, handläggare, telefon 075-247 30 00', 62.5, 780)]])).toMatch(/Kontakt\n\nAnna Andersson/u);
  });

  it('goes on with a line that stops short only because the next word, a long name, would not fit', () => {
    const items = [
      run('Nej, för att söka projektstöd behöver man vara en ideell förening, då vi enbart kan', 62.5, 700),
      run('I och med att de medel vi mottar är överskott genererat från Svenska', 62.5, 688),
      run('Postkodlotteriet innebär det att vi behöver förhålla oss till spellagstiftningen.', 62.5, 676),
      run('Kort rad.', 62.5, 664), run('Ny mening som börjar en ny paragraf här i texten.', 62.5, 652),
    ];
    const text = md([items]);
    expect(text).toMatch(/från Svenska Postkodlotteriet innebär/u);
    expect(text).toMatch(/Kort rad\.\n\nNy mening/u);
  });

  it('keeps a typed bullet item whole when its line wraps back to the bullet edge, and ends it at the next bullet or a finished line', () => {
    const items = [
      run('• För att en ansökan ska kunna behandlas ska den ha kommit in till', 62.5, 700),
      run('Folkhälsomyndigheten senast det datum som anges i utlysningen.', 62.5, 688),
      run('• Ansökan ska vara komplett.', 62.5, 676),
      run('Därefter gör myndigheten en bedömning av de ansökningar som kommit in.', 62.5, 664),
    ];
    const text = md([items]);
    expect(text).toMatch(/^- För att en ansökan ska kunna behandlas ska den ha kommit in till Folkhälsomyndigheten senast det datum/mu);
    expect(text).toMatch(/^- Ansökan ska vara komplett\.$/mu);
    expect(text).toMatch(/^Därefter gör myndigheten/mu);
  });
});

// The line pass's shortcuts give what the plain forms they replaced give: a line with nothing to
// collapse is kept as it is (cleanLine), and the small word at a line's end is read from the
// last white space back (endsWithSmallWord). Each is compared with the plain form (as it was
// written before the shortcut) on many random lines of words, white space of every kind, bullets,
// broken-word hyphens and links.
describe('line pass shortcuts', () => {
  const SPACE = /\s/u;
  const plainClean = (text: string, links: ReadonlyArray<{ url: string; start: number; end: number }>) => {
    const map: number[] = [];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      map.push(out.length);
      if (SPACE.test(ch)) {
        if (out.length > 0 && !out.endsWith(' ')) out += ' ';
      } else out += ch;
    }
    map.push(out.length);
    const end = out.replace(/\s+$/u, '');
    const trimmed = end.replace(/^• ?/u, '• ').replace(/(?<=\p{L})[\u2010\u00ad]$/u, '-');
    const shift = trimmed.length - end.length;
    return {
      text: trimmed,
      links: links.map((l) => ({ url: l.url, start: Math.min(trimmed.length, map[l.start]! + shift), end: Math.min(trimmed.length, map[l.end]! + shift) }))
        .filter((l) => l.end > l.start),
    };
  };
  const SMALL = /\s(?:och|eller|samt|att|för|av|i|om|med|till|på|som|en|ett|den|det|de|är|inom|under|enligt)$/iu;
  const PIECES = ['och', 'OCH', 'eller', 'samt', 'ſamt', 'ſom', 'på', 'PÅ', 'enligt', 'Enligt', 'inom', 'är', 'i', 'de', 'den', 'x', 'kommun', 'kommunerna',
    'stöd', 'ochså', 'bidrag', '•', '\uf0b7', '2026', 'e-', 'sjuk\u2010', 'vård\u00ad', ' ', '  ', '\u00a0', '\t', '\u2009', '\u3000', '\ufeff', '\n', '𝐀', 'ǅ'];
  // a fixed pseudo-random sequence, so a failure repeats
  let seed = 12345;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const line = (): string => Array.from({ length: rand(9) }, () => PIECES[rand(PIECES.length)]!).join(rand(3) === 0 ? '' : ' ');

  it('cleanLine gives what collapsing every line character by character gives', () => {
    for (let n = 0; n < 20000; n++) {
      const text = line();
      const links = Array.from({ length: rand(3) }, () => {
        const start = rand(text.length + 3);
        return { url: 'https://example.se', start, end: start + rand(text.length + 3) };
      });
      expect(cleanLine(text, links), JSON.stringify({ text, links })).toEqual(plainClean(text, links));
    }
  });

  it('endsWithSmallWord gives what the end-anchored pattern gives', () => {
    let yes = 0;
    for (let n = 0; n < 20000; n++) {
      const text = line();
      expect(endsWithSmallWord(text), JSON.stringify(text)).toBe(SMALL.test(text));
      if (SMALL.test(text)) yes++;
    }
    // both answers come up often, so the comparison says something
    expect(yes).toBeGreaterThan(1000);
    expect(yes).toBeLessThan(19000);
  });
});
