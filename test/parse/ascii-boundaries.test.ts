import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { asciiBoundaries } from '../../extract/parse/unicode.js';

// asciiBoundaries (bin/regex-sources.js applies it to the build's regex literals with the i and u
// flags) must keep every match of every pattern on every text: \b next to a word character written
// as the one lookaround it is there. The characters that make it delicate: with i and u, U+017F (ſ)
// and U+212A (the Kelvin sign) are word characters, since their case folds to s and k, while "é",
// "ö", "å" are none (JavaScript's \b is ASCII's).

const ROOT = resolve(import.meta.dirname, '..', '..');

/** every match of a global pattern on a text: where, what and each group (as matchAll finds them) */
function matchesOf(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, ...m]);
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
const globalOf = (source: string, flags: string): RegExp => new RegExp(source, `${flags.replace(/g/gu, '')}g`);
const allMatches = (source: string, flags: string, text: string): unknown[] => matchesOf(globalOf(source, flags), text);

/** the characters that test a boundary: word and non-word, the two that fold into words under i and u, and their look-alikes */
const EDGE = ['ſ', '\u212a', 's', 'S', 'k', 'K', 'é', 'ö', 'Å', '\u212b', 'å', '_', '1', ' ', '.', '-', '/', '\n', 'İ', 'ı', '\u00a0'];

/** texts made of a pattern's own words (whole, cut, with s and k written as ſ and K, upper case) and EDGE characters */
function textsFor(source: string): fc.Arbitrary<string> {
  const words = [...new Set(source.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/gu, ' ').match(/[\p{L}\d]{2,}/gu) ?? [])].slice(0, 40);
  const variants = words.flatMap((w) => [w, w.replaceAll('s', 'ſ').replaceAll('k', '\u212a'), w.toUpperCase(), w.slice(1), w.slice(0, -1)]);
  const token = fc.oneof(fc.constantFrom(...EDGE), ...(variants.length > 0 ? [fc.constantFrom(...variants)] : []));
  return fc.array(token, { maxLength: 14 }).map((t) => t.join(''));
}

/** the regex literals with \b in the project's TypeScript (what the build rewrites, and more: every flag), with their flags */
function projectLiterals(): Array<{ source: string; flags: string; where: string }> {
  const out: Array<{ source: string; flags: string; where: string }> = [];
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(d, e.name)] : []));
  for (const file of ['extract', 'specs'].flatMap((d) => walk(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('\\b')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const re = new Function(`return ${node.getText(sf)};`)() as RegExp;
        if (re.source.includes('\\b') && !re.flags.includes('v')) out.push({ source: re.source, flags: re.flags, where: `${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('asciiBoundaries: \\b next to a word character as one lookaround, the same matches', () => {
  it('writes the one lookaround only where a neighbour is surely a word character', () => {
    expect(asciiBoundaries(String.raw`\b(?:miljarder|miljard|miljoner|miljon)\b`)).toBe(String.raw`(?<!\w)(?:miljarder|miljard|miljoner|miljon)(?!\w)`);
    expect(asciiBoundaries(String.raw`belopp|\bsöka\b|x`)).toBe(String.raw`belopp|(?<!\w)söka(?!\w)|x`);
    expect(asciiBoundaries(String.raw`(?:please\s+)?\btick\b`)).toBe(String.raw`(?:please\s+)?(?<!\w)tick(?!\w)`);
    expect(asciiBoundaries(String.raw`\d\b\w\b_\b`)).toBe(String.raw`\d(?!\w)\w(?!\w)_(?!\w)`);
    // "å", "ö", \p{L}, an escape's last character, a class's backspace, an escaped backslash: kept
    for (const kept of [String.raw`\bå\b`, String.raw`\bösa`, String.raw`\p{L}\b`, String.raw`\u00e5\b`, String.raw`\x41\b`, String.raw`\u{41}\b`, String.raw`[\b]`, String.raw`\\b`, String.raw`a?\b`, String.raw`\b(?:a|ö)`, String.raw`(?:x)?\b`]) {
      expect(asciiBoundaries(kept)).toBe(kept);
    }
  });

  it('keeps every match of the project\'s regex literals with \\b, under their own flags (fast-check)', () => {
    const literals = projectLiterals();
    expect(literals.length).toBeGreaterThan(300);
    let rewritten = 0;
    for (const { source, flags, where } of literals) {
      const cheap = asciiBoundaries(source);
      if (cheap === source) continue;
      rewritten++;
      const [a, b] = [globalOf(cheap, flags), globalOf(source, flags)];
      fc.assert(fc.property(textsFor(source), (text) => {
        expect(matchesOf(a, text), `${where} on ${JSON.stringify(text)}`).toEqual(matchesOf(b, text));
      }), { numRuns: 40 });
    }
    expect(rewritten).toBeGreaterThan(300);
  }, 600_000);

  // pieces of patterns around a \b: word and non-word literals, escapes, classes, optional and repeated atoms, groups
  const PIECES = ['\\b', '\\b', '\\b', 'a', 's', 'k', 'K', 'ö', 'é', '_', '1', '-', ' ', '\\.', '\\d', '\\w', '\\W', '\\s', '\\p{L}', '[ab]', '[sö]', '[\\b]', '\\u00e5',
    '(?:ab|s)', '(?:ö|k)', '(?:x)?', '(?:y|)', '(?<=s)', '(?!k)', 'x?', 's+', 'k*', 'a{0,2}', 'b{1,2}', '(s)', '\\1', '.', '^', '$', '|'];
  const ALPHABET = [...EDGE, 'a', 'b', 'x', 'y', 'ab', 'sk', 'öa', 'a1'];

  it('keeps every match of random patterns under every flag, on texts with ſ and the Kelvin sign (fast-check)', () => {
    const pattern = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((t) => t.join(''));
    fc.assert(fc.property(pattern, fc.constantFrom('iu', 'u', 'i', '', 'imu'), fc.array(text, { minLength: 1, maxLength: 6 }), (source, flags, texts) => {
      let ok = true;
      try { new RegExp(source, flags); } catch { ok = false; }
      fc.pre(ok);
      const cheap = asciiBoundaries(source);
      for (const t of texts) expect(allMatches(cheap, flags, t), `${source} /${flags} on ${JSON.stringify(t)}`).toEqual(allMatches(source, flags, t));
    }), { numRuns: 4000 });
  }, 300_000);
});
