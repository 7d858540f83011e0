import { PAGE_CHROME } from '../../specs/lexicon.js';
import { alternation } from './lexicon.js';
import type { Cue } from './types.js';

// The words of a web page's chrome (read/chrome.ts drops the elements): a page's update stamp, a
// skip link's text, and the aria labels of a cookie banner or a breadcrumb trail, these by the
// shared words of specs/lexicon.ts (PAGE_CHROME), which the change report reads too.

/** "Senast uppdaterad 12 mars 2026", "Sidan granskades …": a stamp that dates the page, never the grant. */
export const PAGE_STAMP: Cue<'stamp'> = {
  id: 'senast-uppdaterad', where: 'line', meaning: 'stamp', weight: 1,
  cue: /^\s*(?:senast\s+(?:uppdaterad|ändrad|granskad|publicerad)|sidan\s+(?:uppdaterades|granskades|publicerades|är\s+senast)|uppdaterad|granskad|publicerad|last\s+(?:updated|modified|reviewed))\b/iu,
  examples: ['Senast uppdaterad: 12 mars 2026', 'Sidan granskades 2025-11-03', 'Publicerad 4 april 2024'],
  counterExamples: ['Uppdaterade uppgifter ska lämnas senast den 12 mars 2026.', 'Ansökan ska vara granskad av revisor.'],
};

/** A link's text that jumps past the chrome ("Hoppa till innehållet"). */
export const SKIP_LINK: Cue<'skip'> = {
  id: 'hoppa-till', where: 'line', meaning: 'skip', weight: 1, cue: /^\s*(?:hoppa|gå\s+direkt|till\s+innehåll|skip\s+to)/iu,
  examples: ['Hoppa till innehållet', 'Gå direkt till sidans innehåll', 'Skip to content'],
  counterExamples: ['Läs mer om bidraget', 'Gå till e-tjänsten'],
};

/** an aria label that holds one of the words (or begins a compound with it: "Cookieinställningar") */
const holdsWord = (words: readonly string[]): RegExp => new RegExp(alternation(words), 'iu');

/** Aria labels of page tools: a cookie banner, a breadcrumb trail. */
export const CHROME_LABELS: ReadonlyArray<Cue<'cookie' | 'breadcrumb'>> = [
  {
    id: 'cookie', where: 'line', meaning: 'cookie', weight: 1, cue: holdsWord(PAGE_CHROME.cookie),
    examples: ['Cookieinställningar', 'Information om kakor', 'Samtycke till kakor'],
    counterExamples: ['Huvudmeny'],
  },
  {
    id: 'breadcrumb', where: 'line', meaning: 'breadcrumb', weight: 1, cue: holdsWord(PAGE_CHROME.breadcrumb),
    examples: ['Brödsmulor', 'Breadcrumb'],
    counterExamples: ['Du är här'],
  },
];
