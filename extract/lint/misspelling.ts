import type { LintFinding, LintRule } from './types.js';

// Misspellings of the genre's own words, which a general spell checker does not know.
const WORDS: ReadonlyArray<readonly [RegExp, (m: string) => string]> = [
  [/rekvider(ar|as|at|ade|a|ing|ingen)\b/giu, (m) => m.replace(/rekvider/iu, (x) => (x[0] === 'R' ? 'Rekvirer' : 'rekvirer'))],
  [/\bstatbidrag\p{L}*/giu, (m) => m.replace(/statbidrag/iu, (x) => (x[0] === 'S' ? 'Statsbidrag' : 'statsbidrag'))],
  [/\bkvalitetregist\p{L}*/giu, (m) => m.replace(/kvalitetregist/iu, 'kvalitetsregist')],
  [/\bfinsansier\p{L}*/giu, (m) => m.replace(/finsansier/iu, 'finansier')],
  [/\bfärbättring\p{L}*/giu, (m) => m.replace(/färbättring/iu, 'förbättring')],
  [/\bfskickar\b/giu, () => 'skickar'],
  [/\bfördelningsyckel\p{L}*/giu, (m) => m.replace(/fördelningsyckel/iu, (x) => (x[0] === 'F' ? 'Fördelningsnyckel' : 'fördelningsnyckel'))],
];

export const misspelling: LintRule = {
  id: 'misspelling',
  summary: 'misspelt words of the genre (rekviderar for rekvirerar …)',
  examples: { ok: ['Regionen som rekvirerar statsbidraget'], notOk: ['Regionen som rekviderar statsbidraget', 'ett nytt statbidrag'] },
  check(text) {
    const out: LintFinding[] = [];
    for (const [re, fix] of WORDS) {
      for (const m of text.matchAll(re)) out.push({ offset: m.index, severity: 'warning', message: `Unexpected "${m[0]}", expected "${fix(m[0])}"` });
    }
    return out.sort((a, b) => a.offset - b.offset);
  },
};
