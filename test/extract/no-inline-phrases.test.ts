import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// Issue 12: the finders read phrase knowledge from the cue tables (extract/cues/), where every row
// has examples and counter-examples that run as tests. A regex literal in a finder that spells out
// a word is phrase knowledge kept out of those tables. Syntax (URL schemes, number and date shapes,
// Unicode classes) is not a word and stays where it is used.
const FINDERS = ['extract/fields', 'extract/anvisning.ts', 'extract/form.ts', 'extract/index.ts'];
const NOT_WORDS = new Set(['https', 'http', 'mailto']);

function files(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(join(ROOT, path)).filter((f) => f.endsWith('.ts')).map((f) => join(path, f));
}

/** The regex literals of a line of code: a slash that opens after an operator, comma or bracket. */
function regexLiterals(line: string): string[] {
  const code = line.replace(/^\s*(?:\/\/|\*|\/\*).*$/u, '');
  return [...code.matchAll(/(?<=[(,=:!&|?;[{]\s*|^\s*|return\s+)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\[\n])+)\/[dgimsuvy]*/gu)].map((m) => m[1]!);
}

/** The words a pattern spells: letters outside escapes such as \p{L}, \b, \s. */
function wordsOf(pattern: string): string[] {
  const bare = pattern.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/gu, ' ');
  return (bare.match(/[a-zåäöé]{4,}/giu) ?? []).filter((w) => !NOT_WORDS.has(w.toLowerCase()));
}

it('finds the words a regex literal spells, and not the syntax around them', () => {
  expect(regexLiterals("if (/^(?:https?:|mailto:)/iu.test(url)) return;").flatMap(wordsOf)).toEqual([]);
  expect(regexLiterals("const ok = /\\bsista\\s+dag\\b/iu.test(s);").flatMap(wordsOf)).toEqual(['sista']);
  expect(regexLiterals("const n = a / b / c;")).toEqual([]);
  expect(regexLiterals('x.split(/\\s+/u)').flatMap(wordsOf)).toEqual([]);
});

it('keeps phrase knowledge out of the finders: no regex literal there spells a word', () => {
  const found: string[] = [];
  for (const f of FINDERS.flatMap(files)) {
    readFileSync(join(ROOT, f), 'utf8').split('\n').forEach((line, i) => {
      for (const words of regexLiterals(line).map(wordsOf)) if (words.length) found.push(`${f}:${i + 1} ${words.join(' ')}`);
    });
  }
  expect(found).toEqual([]);
});
