import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { asciiBoundaries, restoreBoundaries, sv } from '../../extract/parse/unicode.js';

// The build writes every regex literal of extract/ with the i and u flags with its \b as one lookaround where a
// neighbour is sure to be a word character (asciiBoundaries; bin/regex-sources.js), so that V8's quick scan works
// (h/pdf88). That must match exactly what the literal matches, on every text: U+017F (ſ) and U+212A (Kelvin) among
// them, which a literal s or k matches with those flags and \w and \b then count as word characters.

const ROOT = join(import.meta.dirname, '..', '..');
const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.ts$/u.test(e.name) && !e.name.endsWith('.d.ts') ? [join(d, e.name)] : []));

/** every regex literal of extract/'s modules, as source and flags */
function literals(): Array<{ file: string; source: string; flags: string }> {
  const out: Array<{ file: string; source: string; flags: string }> = [];
  for (const file of walk(join(ROOT, 'extract'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const re = new Function(`return ${node.getText(sf)};`)() as RegExp;
        out.push({ file, source: re.source, flags: re.flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const ALL = literals();
const QUICK = ALL.filter((l) => l.flags.includes('i') && l.flags.includes('u') && asciiBoundaries(l.source) !== l.source);

/** the words of a pattern (its runs of letters), to build texts that come near its matches */
const wordsOf = (source: string): string[] => [...new Set(source.match(/\p{L}{2,}/gu) ?? [])].slice(0, 40);
/** characters a boundary reads otherwise than a plain letter: the case variants of s and k, Swedish letters, marks */
const EDGE = ['ſ', '\u212a', 'k', 'K', 's', 'S', 'ö', 'Å', 'é', '_', '1', ' ', '-', '.', ':', '/', '\n', '\u00a0', '(', ')', 'x'];

function matchesOf(source: string, flags: string, text: string): string {
  const re = new RegExp(source, `${flags.replace(/[gy]/gu, '')}g`);
  return JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m]));
}

describe('asciiBoundaries (the build writes \\b under i and u as one lookaround)', () => {
  it('finds the literals the build rewrites', () => {
    expect(ALL.length).toBeGreaterThan(1000);
    expect(QUICK.length).toBeGreaterThan(100);
  });

  it('writes a boundary next to a word character only, and leaves a class\'s backspace', () => {
    expect(asciiBoundaries(String.raw`\bper\s`)).toBe(String.raw`(?<!\w)per\s`);
    expect(asciiBoundaries(String.raw`kronor\b`)).toBe(String.raw`kronor(?!\w)`);
    expect(asciiBoundaries(String.raw`x\d{2}\b`)).toBe(String.raw`x\d{2}(?!\w)`);
    // the neighbour may be no word character (ö, \p{L}, an optional group with nothing before): kept
    for (const s of [String.raw`\bö`, String.raw`ö\b`, String.raw`\b\p{L}`, String.raw`(?:d|det)?\b`, String.raw`[\b]x`]) expect(asciiBoundaries(s)).toBe(s);
  });

  it('is undone by restoreBoundaries, so sv() reads a composed source as written', () => {
    for (const l of QUICK) expect(restoreBoundaries(asciiBoundaries(l.source)), l.source).toBe(l.source);
    expect(sv(new RegExp(asciiBoundaries(String.raw`\bper\s`), 'iu')).source).toBe(sv(/\bper\s/iu).source);
  });

  it('no pattern of extract/ is written with the lookarounds restoreBoundaries reads as \\b', () => {
    for (const l of ALL) expect(restoreBoundaries(l.source), `${l.file}: ${l.source}`).toBe(l.source);
  });

  it('matches exactly what the literal matches, on texts of its words, ſ, K (U+212A) and other edges', () => {
    for (const l of QUICK) {
      const quick = asciiBoundaries(l.source);
      const words = wordsOf(l.source);
      const piece = fc.oneof(
        fc.constantFrom(...EDGE),
        ...(words.length > 0 ? [fc.constantFrom(...words).map((w) => w.replace(/k/gu, () => '\u212a')), fc.constantFrom(...words).map((w) => w.replace(/s/gu, 'ſ')), fc.constantFrom(...words)] : []),
      );
      fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(matchesOf(quick, l.flags, text), `${l.file}: ${l.source} on ${JSON.stringify(text)}`).toBe(matchesOf(l.source, l.flags, text));
      }), { numRuns: 60 });
    }
  });
});
