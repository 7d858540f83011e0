import type { LintFinding, LintRule } from './types.js';

// "e-tjanst.statsbidrag@…" in the text and "etjanst.statsbidrag@…" in its link: one of them is wrong.
const EMAIL = /(?<![\p{L}\d._%+-])([\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;

function key(address: string): string {
  return address.toLowerCase().replace(/[.\-_]/gu, '');
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export const emailMismatch: LintRule = {
  id: 'email-mismatch',
  summary: 'two e-mail addresses in one document that differ only slightly',
  examples: {
    ok: ['Mejla e-tjanst.statsbidrag@socialstyrelsen.se eller statsbidrag.socialdataregister@socialstyrelsen.se.'],
    notOk: ['Mejla e-tjanst.statsbidrag@socialstyrelsen.se.\nmailto:etjanst.statsbidrag@socialstyrelsen.se'],
  },
  check(text) {
    const seen = new Map<string, number>();
    for (const m of text.matchAll(EMAIL)) {
      const address = m[1]!.replace(/\.$/u, '').toLowerCase();
      if (!seen.has(address)) seen.set(address, m.index);
    }
    const out: LintFinding[] = [];
    const list = [...seen.entries()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, at] = list[i]!;
        const [b, bt] = list[j]!;
        if (a.split('@')[1] !== b.split('@')[1]) continue;
        if (key(a) === key(b) || distance(a.split('@')[0]!, b.split('@')[0]!) <= 1) {
          out.push({ offset: at, related: bt, severity: 'error', message: `Unexpected two spellings of one address, "${a}" and "${b}"; check which is right and use it in both places` });
        }
      }
    }
    return out;
  },
};
