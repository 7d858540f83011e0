import type { LintFinding, LintRule } from './types.js';

// "[Socialstyrelsens webbplats](#)": a link left as a placeholder goes nowhere for the reader.
export const placeholderLink: LintRule = {
  id: 'placeholder-link',
  summary: 'links whose target is a placeholder (#) or empty',
  examples: { ok: ['Mer information finns på [webbplatsen](https://www.socialstyrelsen.se/).'], notOk: ['Mer information finns på [Socialstyrelsens webbplats](#).', 'Läs [anvisningen]().'] },
  check(text) {
    const out: LintFinding[] = [];
    for (const m of text.matchAll(/\[([^\]\n]+)\]\(\s*(#?)\s*\)/gu)) {
      out.push({ offset: m.index, severity: 'warning', message: `Unexpected placeholder link target "${m[2] || ''}" for "${m[1]}"; put in the address the text refers to, or remove the link` });
    }
    return out;
  },
};
