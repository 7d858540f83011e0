import type { LintFinding, LintRule } from './types.js';

// "objektкод": a Cyrillic к inside a Swedish word looks right and breaks search, sorting and copying.
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

export const mixedScript: LintRule = {
  id: 'mixed-script',
  summary: 'Cyrillic or Greek letters inside a Latin word',
  examples: { ok: ['objektkod för statsbidraget', 'Ελλάδα och Україна'], notOk: ['objektкод för statsbidraget', 'stаtsbidrag'] },
  check(text) {
    const out: LintFinding[] = [];
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (!LATIN.test(w) || !FOREIGN.test(w)) continue;
      const i = [...w].findIndex((c) => FOREIGN.test(c));
      const ch = [...w][i]!;
      const offset = m.index + [...w].slice(0, i).join('').length;
      const script = /\p{Script=Cyrillic}/u.test(ch) ? 'Cyrillic' : 'Greek';
      out.push({ offset, severity: 'warning', message: `Unexpected ${script} letter "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${w}"; retype the word in Latin letters` });
    }
    return out;
  },
};
