import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonOnly, holdsUncommon, sv, unicodeBoundaries, widenedOnly } from '../../extract/parse/unicode.js';

const W = String.raw`[\p{L}\p{N}_]`;
const FULL = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const full = (source: string): string => source.replace(/(?<!\\)((?:\\\\)*)\\b/gu, `$1${FULL}`);

// lines where a word and its neighbours are letters, digits, underscores, spaces and punctuation
const TEXTS = [
  'kommun kommunerna kommunens Kommuner _kommun kommun_ 2kommun kommun2 skommun',
  'öppnar på åtta år 2026–2027 2026-2027 (2026) 20261 x2026 år2026 19 2026a',
  'Ansökan: senast den 1 mars 2026. ansökningsperioden, utlysningen… e-tjänsten',
  'regionerna/region region/kommun Västra Götalandsregionen landstingen landstings',
  'informationsmötet webbinariumet återrapporteringen redovisningen; redovisa.',
  'En förutsättning för att ett villkor, Ett annat villkor för att – är ett villkor',
  'är inte tillåtet, ej tillåten, inte tillåtet_ beslutet: besked 1 juni, beslut,',
  'Ǆemal ǅ ǆ ſ K Σς 𝐀bc 𝐀 ١٢٣ ½ ² _ 日本 a\u0301 \u00a0kommun\u00a0',
  'Please tick one, please  tick one; xtick one _tick one Tick One pleasetick one ejår ej år -kommun xxkommun',
];

const PATTERNS: Array<[RegExp, string]> = [
  [/\bkommun(?:er|erna|en)?\b|\bkommunerna\b|\bkommun\/|\/kommun/iu, 'one-sided'],
  [/\b((?:19|20)\d{2})\s*(?:och|–|-)\s*((?:19|20)\d{2})\b/u, 'one-sided'],
  [/\b(?:informationsmöte|webbinarium)\p{L}*\b[^.]*$/iu, 'one-sided'],
  [/\b(?:[Ee]n|[Ee]tt|[Ee]tt annat)\s+(?:förutsättning|villkor)\s+för\s+att\b/u, 'one-sided'],
  [/\b(?:beslut(?:et|en)?|besked)\b/iu, 'one-sided'],
  [/\bår\b|\b\d{2}\b|\b\p{Lu}\b|\bx{2,3}\b/u, 'one-sided'],
  // an optional word part before a word: the match starts with a word character either way
  [/\b(?:är\s+)?(?:inte|ej)\s+tillåte?t\b/iu, 'one-sided'],
  [/\b\p{L}*bidrag\b/u, 'one-sided'],
  [/\b(?:please\s+)?tick\s+one\b|\b(?:ej\s+)??\p{L}{0,3}år\b|\bx{0,2}k?ommun/iu, 'one-sided'],
  // a neighbour that may be empty or a non-word character keeps the full boundary
  [/^(?:och|resp\.)\b/u, 'full'],
  [/\b(?:för|under)?\s*(?:19|20)\d{2}\b/u, 'full'],
  [/\b(?:ej|-)?kommun|\b(?:inte)?(?:\s+ej)?år/u, 'full'],
  [/\b(\p{L}*)bidrag\b/u, 'full'],
  [/\b(?:\p{L}{0,3})?år\b/u, 'full'],
  [/a?\b|\d?\b|\+\b|\u00e5\b|\b\u00e5|x+?\b|a{0,2}\b|\b[^a]|\b./u, 'full'],
];

describe('sv: \\b as a Unicode word boundary', () => {
  it.each(PATTERNS)('%s matches what the full boundary matches', (re, kind) => {
    const cheap = new RegExp(unicodeBoundaries(re.source), `${re.flags}g`);
    const exact = new RegExp(full(re.source), `${re.flags}g`);
    for (const text of TEXTS) {
      for (let i = 0; i < text.length; i++) {
        const tail = text.slice(i);
        expect([...tail.matchAll(cheap)].map((m) => [m.index, ...m])).toEqual([...tail.matchAll(exact)].map((m) => [m.index, ...m]));
      }
    }
    expect(unicodeBoundaries(re.source).includes('(?<=')).toBe(kind === 'full');
  });

  it('finds boundaries at Swedish letters that ASCII \\b misses', () => {
    expect(sv(/\bpå\b/u).test('beslut på torsdag')).toBe(true);
    expect(sv(/\bpå\b/u).test('beslutpå')).toBe(false);
    expect(sv(/\böppnar\b/iu).test('Ansökan Öppnar i dag')).toBe(true);
    expect(sv(/\bmedel\b/u).test('medelåldern')).toBe(false);
  });

  it('gives every caller of a global regex its own lastIndex', () => {
    const a = sv(/\bår\b/gu);
    a.exec('år och år');
    expect(sv(/\bår\b/gu).lastIndex).toBe(0);
    expect(sv(/\bår\b/gu)).not.toBe(sv(/\bår\b/gu));
  });

  // sv's regex reads a text of the common blocks with \p{L} and \p{N} restricted to them, any
  // other text with the full pattern: every answer, and lastIndex after it, must be the full one's
  it.each(['u', 'iu'])('restricts \\p{L} and \\p{N} to the common blocks without changing what matches there (%s)', (flags) => {
    for (const source of [String.raw`^[\p{L}\p{N}_]$`, String.raw`^\p{L}$`, String.raw`^\p{N}$`, String.raw`^[^\p{L}-]$`]) {
      const full = new RegExp(source, flags);
      const restricted = new RegExp(commonOnly(source), flags);
      const differ: string[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        if (!holdsUncommon(ch) && full.test(ch) !== restricted.test(ch)) differ.push(c.toString(16));
      }
      expect(differ).toEqual([]);
    }
    expect(commonOnly(String.raw`\\p{L}\p{Lu}`)).toBe(String.raw`\\p{L}\p{Lu}`);
  });

  // a text holding letters or numbers of other blocks (a Cyrillic "к" in a Swedish word) is read with
  // the common-blocks classes widened by those characters: on every character such a text may hold
  // (any common-blocks character, any outside BMP letter or number) the widened classes answer as
  // the full ones. Widened here by every outside BMP letter and number at once, a superset of any text's.
  it.each(['u', 'iu'])('widens the common-blocks classes by a text\'s outside letters and numbers without changing what matches (%s)', (flags) => {
    const common = commonOnly('\\p{L}').slice(1, -1);
    const commonN = commonOnly('\\p{N}').slice(1, -1);
    let letters = '';
    let numbers = '';
    const outside = (ch: string): boolean => !new RegExp(`^[${common}${commonN}]$`, 'u').test(ch) && holdsUncommon(ch);
    const hex = (c: number): string => `\\u{${c.toString(16)}}`;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (/\p{L}/u.test(ch) && outside(ch)) letters += hex(c);
      else if (/\p{N}/u.test(ch) && outside(ch)) numbers += hex(c);
    }
    expect(letters).toContain('\\u{43a}'); // к
    for (const source of [String.raw`^[\p{L}\p{N}_]$`, String.raw`^\p{L}$`, String.raw`^\p{N}$`, String.raw`^[^\p{L}-]$`]) {
      const full = new RegExp(source, flags);
      const widened = new RegExp(widenedOnly(source, `${letters}\u0000${numbers}`), flags);
      const differ: string[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        const readable = !holdsUncommon(ch) || ((/\p{L}/u.test(ch) || /\p{N}/u.test(ch)) && (c < 0xd800 || c > 0xdfff));
        if (readable && full.test(ch) !== widened.test(ch)) differ.push(c.toString(16));
      }
      expect(differ).toEqual([]);
    }
  });

  it('reads a text with a letter of another block as the full pattern does, without compiling it', () => {
    const re = sv(/(?<![\p{L}-])objekt\p{L}*(?!\p{L})|\bко\b/giu);
    const text = 'eget objektко och Объект, ко ко; objekt-ко';
    const full = new RegExp(re.source, re.flags);
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(full)].map((m) => [m.index, m[0]]));
    expect(text.split(sv(/\p{L}+/u))).toEqual(text.split(/\p{L}+/u));
    expect(text.replace(sv(/\bко\b/gu), '#')).toBe(text.replace(new RegExp(unicodeBoundaries(String.raw`\bко\b`), 'gu'), '#'));
  });

  // a pattern's first run is made on a long subject first (V8 then compiles it natively at once):
  // the caller's lastIndex and answers are the pattern's own
  it('keeps lastIndex and answers through the first run', () => {
    const g = sv(/\bvärmd\d\b/gu);
    g.lastIndex = 5;
    expect(g.exec('värmd1 värmd2')?.index).toBe(7);
    expect(g.lastIndex).toBe(13);
    const y = sv(/värmy\d/yu);
    y.lastIndex = 2;
    expect(y.exec('värmy1')).toBeNull();
    expect(y.lastIndex).toBe(0);
    expect(sv(/^värmo\d$/u).exec('värmo1')?.[0]).toBe('värmo1');
  });

  // a symbol outside the common blocks (a symbol font's bullet, a rare shape) keeps a text common;
  // a letter, number or mark outside them, a character with a case variant or one outside the plane does not
  it('tells which characters outside the common blocks the restricted pattern may read otherwise', () => {
    for (const text of ['⬝ Bidrag lämnas', '\uf0b7 kommuner', 'Belopp: � kr', '\ufeffRekvisition', '⯀ region']) expect(holdsUncommon(text)).toBe(false);
    for (const text of ['Юкомм', 'e\u0301', '\ud83d', 'Stöd 😀', 'Ω', '\u0660']) expect(holdsUncommon(text)).toBe(true);
  });

  it.each(PATTERNS)('%s answers as the exact pattern through every RegExp method', (re) => {
    for (const flags of [re.flags, `${re.flags}g`, `${re.flags}y`]) {
      const exact = (): RegExp => new RegExp(unicodeBoundaries(re.source), flags);
      const made = (): RegExp => sv(new RegExp(re.source, flags));
      for (const text of [...TEXTS, ...TEXTS.map((t) => t.replace(/[^\0-\u024f]/gu, '')), '', 'x', 'kommun', '2026', 'Юкомм kommun']) {
        expect(made().test(text)).toBe(exact().test(text));
        expect(text.search(made())).toBe(text.search(exact()));
        expect(text.replace(made(), '[$&]')).toBe(text.replace(exact(), '[$&]'));
        expect(text.split(made())).toEqual(text.split(exact()));
        if (flags.includes('g')) {
          expect([...text.matchAll(made())].map((m) => [m.index, ...m])).toEqual([...text.matchAll(exact())].map((m) => [m.index, ...m]));
          expect(text.match(made())).toEqual(text.match(exact()));
        }
        if (flags.includes('g') || flags.includes('y')) {
          // exec from every start: the match and lastIndex after it
          for (let i = 0; i <= text.length + 1; i++) {
            const a = made();
            const b = exact();
            a.lastIndex = i;
            b.lastIndex = i;
            expect(a.exec(text)?.slice()).toEqual(b.exec(text)?.slice());
            expect(a.lastIndex).toBe(b.lastIndex);
          }
        }
      }
    }
  });
});

// sv()'s rewritings read at build time (build/extract/parse/sv.json, written by make-needs after
// tsc) stand for unicodeBoundaries and commonOnly of their source: each entry is checked against
// its own key, the marks put back as the load does, so a stale or hand-edited table fails here.
describe('sv() rewritings read at build time', async () => {
  const { builtSv } = await import('../../extract/cues/make-needs.js');
  const file = resolve(import.meta.dirname, '../../build/extract/parse/sv.json');
  const entries = (text: string): Record<string, [string, string]> => (JSON.parse(text) as { entries: Record<string, [string, string]> }).entries;
  const shipped = existsSync(file) ? entries(readFileSync(file, 'utf8')) : undefined;
  it.runIf(process.env.npm_lifecycle_event === 'test')('exist after the build that npm test runs first', () => {
    expect(shipped, `${file} is missing: npm test runs \`npm run build:ts\` (tsc, then make-needs) first`).toBeDefined();
  });
  it('are what rewriting each source gives', async () => {
    const table = shipped ?? entries(await builtSv());
    expect(Object.keys(table).length).toBeGreaterThan(400);
    const letters = commonOnly('\\p{L}').slice(1, -1);
    const numbers = commonOnly('\\p{N}').slice(1, -1);
    for (const [source, [exact, marked]] of Object.entries(table)) {
      expect(exact, source).toBe(unicodeBoundaries(source));
      expect(marked.replaceAll('\u0001', letters).replaceAll('\u0002', numbers), source).toBe(commonOnly(exact));
    }
  });
  it('give the regex sv() makes without them', () => {
    // a source the table cannot hold (it is not a pattern of the modules) is rewritten at load
    const re = sv(/\bår\p{L}*\b/iu) as RegExp & { commonSource: string };
    expect(re.source).toBe(unicodeBoundaries(String.raw`\bår\p{L}*\b`));
    expect(re.commonSource).toBe(commonOnly(re.source));
  });
});

// The built modules read sv.json only when this module as built made it: a table left by an older
// unicode.ts (tsc run without make-needs after a change to the rewriting), one cut short or
// hand-edited, or one of the wrong shape is not read, and every pattern is rewritten at load. Run
// on the built modules (copied, with the sv.json under test, to a folder of their own).
describe.runIf(existsSync(resolve(import.meta.dirname, '../../build/extract/parse/sv.json')))('sv.json as the built modules read it', () => {
  const build = resolve(import.meta.dirname, '../../build/extract');
  const SOURCE = String.raw`\bår\p{L}*\b`;
  /** sv(/SOURCE/iu) of the built unicode.js, read beside `table` (text of sv.json, or none) */
  const built = async (table: string | undefined): Promise<{ source: string; commonSource: string }> => {
    const dir = mkdtempSync(join(tmpdir(), 'grantspec-sv-'));
    try {
      mkdirSync(join(dir, 'parse'));
      mkdirSync(join(dir, 'cues'));
      for (const f of readdirSync(join(build, 'cues'))) if (f.endsWith('.js')) copyFileSync(join(build, 'cues', f), join(dir, 'cues', f));
      copyFileSync(join(build, 'parse', 'unicode.js'), join(dir, 'parse', 'unicode.js'));
      // cues/literals.js keeps its answers in the one store beside cues/ (kept.js)
      copyFileSync(join(build, 'kept.js'), join(dir, 'kept.js'));
      if (table !== undefined) writeFileSync(join(dir, 'parse', 'sv.json'), table);
      const m = await import(pathToFileURL(join(dir, 'parse', 'unicode.js')).href) as { sv: (re: RegExp) => RegExp & { commonSource: string } };
      const re = m.sv(new RegExp(SOURCE, 'iu'));
      return { source: re.source, commonSource: re.commonSource };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const truth = { source: unicodeBoundaries(SOURCE), commonSource: commonOnly(unicodeBoundaries(SOURCE)) };
  const shipped = readFileSync(join(build, 'parse', 'sv.json'), 'utf8');
  const stamp = (JSON.parse(shipped) as { stamp: unknown }).stamp;

  it('are read when this build made them', async () => {
    // the entry is marked so that reading it shows: a table of today's stamp is trusted as it is
    const table = JSON.stringify({ stamp, entries: { [SOURCE]: ['(?:x)', '(?:y)'] } });
    expect(await built(table)).toEqual({ source: '(?:x)', commonSource: '(?:y)' });
  });
  it('are not read from an older build (unstamped, or stamped by another unicode.js)', async () => {
    const wrong = { [SOURCE]: ['(?:x)', '(?:y)'] };
    expect(await built(JSON.stringify(wrong))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp: `${String(stamp)}0`, entries: wrong }))).toEqual(truth);
  });
  it('are not read when corrupt: cut short, of the wrong shape, or missing', async () => {
    expect(await built(shipped.slice(0, shipped.length >> 1))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp, entries: { [SOURCE]: null } }))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp, entries: { [SOURCE]: ['(?:x)'] } }))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp, entries: { [SOURCE]: [1, 2] } }))).toEqual(truth);
    expect(await built(JSON.stringify({ [SOURCE]: null }))).toEqual(truth);
    expect(await built(JSON.stringify({ [SOURCE]: [1, 2] }))).toEqual(truth);
    expect(await built('null')).toEqual(truth);
    expect(await built(undefined)).toEqual(truth);
  });
});
