import type { LintFinding, LintRule } from './types.js';

// "mailto:https://…" and "https://link…commailto:…": two addresses run together, neither works.
const URL_TOKEN = /(?:https?:\/\/|mailto:)[^\s<>()"”\]]+/giu;

export const malformedLink: LintRule = {
  id: 'malformed-link',
  summary: 'links with two schemes run together, such as mailto:https://… or …commailto:…',
  examples: {
    ok: ['https://statsbidrag.socialstyrelsen.se/om-statsbidrag/', 'mailto:statsbidrag@socialstyrelsen.se'],
    notOk: ['mailto:https://statsbidrag.socialstyrelsen.se/om-statsbidrag/', 'https://link.webropolsurveys.commailto:statsbidrag@socialstyrelsen.se/'],
  },
  check(text) {
    const out: LintFinding[] = [];
    for (const m of text.matchAll(URL_TOKEN)) {
      const u = m[0];
      const schemes = [...u.matchAll(/https?:\/\/|mailto:/giu)];
      if (schemes.length < 2) continue;
      const second = schemes[1]!;
      const fix = /^mailto:/iu.test(u) ? 'drop "mailto:" before the web address' : 'split the two addresses; the second starts at "' + second[0] + '"';
      out.push({ offset: m.index, severity: 'error', message: `Unexpected "${second[0]}" inside the link "${u.length > 80 ? `${u.slice(0, 77)}…` : u}"; ${fix}` });
    }
    return out;
  },
};
