import type { Finding, Rule } from './types.js';

// Hand-added values have no evidence: allowed, but a reviewer should see them. Themes are the
// editor's classification from the controlled vocabulary, not a fact of the text: nothing to quote.
const SKIP = new Set(['spec', 'kind', 'id', 'source', 'evidence', 'themes']);

function leaves(value: unknown, path: string[], out: string[][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push(path);
}

export const evidenceMissing: Rule = {
  id: 'evidence-missing',
  check({ spec }) {
    const keys = Object.keys(spec.evidence);
    const covered = (p: string[]): boolean => {
      for (let n = p.length; n > 0; n--) if (keys.includes(p.slice(0, n).join('.'))) return true;
      return false;
    };
    const paths: string[][] = [];
    if (spec.kind === 'allocation') {
      // a list's facts are its rows (and its sum row); a computed list's amounts are computed, its populations quoted
      if (spec.method === 'published') spec.rows.forEach((_, i) => paths.push(['rows', String(i)]));
      else spec.rows.forEach((r, i) => { if (r.population !== undefined) paths.push(['rows', String(i), 'population']); });
      if (spec.stated_total !== undefined) paths.push(['stated_total']);
    } else {
      for (const [k, v] of Object.entries(spec)) if (!SKIP.has(k)) leaves(v, [k], paths);
    }
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (const p of paths) {
      // a legal reference's kind and title, a link's text: grounded by the entry of the item itself
      const item = p.slice(0, Math.min(p.length, /^(?:legal_basis|links|questions)$/u.test(p[0]!) ? 2 : p.length));
      if (covered(p) || covered(item) || keys.some((k) => k.startsWith(`${p.join('.')}.`))) continue;
      const key = item.join('.');
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({ path: item, severity: 'warning', message: `Unexpected value without evidence at ${key}; add an evidence entry with its quote, or check it by hand` });
    }
    return out;
  },
};
