import type { Element, ElementContent, Root } from 'hast';
import { PAGE_CHROME } from '../../specs/lexicon.js';
import { CHROME_LABELS, PAGE_STAMP, SKIP_LINK } from '../cues/chrome.js';

// Page chrome is not content. A saved agency page carries menus listing other grants, cookie
// banners, breadcrumbs and a footer with the switchboard number; read as text, a menu item becomes
// the title and the footer phone a contact. Each rule is data: what it drops, why, and an example
// page fragment (dropped) with one that must stay, both run as tests (test/read/chrome.test.ts).

export interface ChromeRule {
  readonly id: string;
  readonly why: string;
  /** true when the element is chrome; `inMain` says it sits inside the chosen main content */
  readonly drops: (el: Element, inMain: boolean) => boolean;
  /** a fragment whose marked element (data-chrome) this rule drops */
  readonly example: string;
  /** a fragment this rule keeps whole */
  readonly counterExample: string;
}

const attr = (el: Element, name: string): string => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v);
};

/** class and id words, lower case: "c-cookie-banner" → cookie, banner … */
const words = (el: Element): string[] => `${attr(el, 'className')} ${attr(el, 'id')}`.toLowerCase().split(/[^a-z0-9åäö]+/u).filter(Boolean);
const hasWord = (el: Element, set: ReadonlySet<string>): boolean => words(el).some((w) => set.has(w));

export function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let out = '';
  for (const c of node.children) out += textOf(c);
  return out;
}

function linkText(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    n += c.tagName === 'a' ? textOf(c).replace(/\s+/gu, '').length : linkText(c);
  }
  return n;
}

function links(el: Element): number {
  let n = 0;
  for (const c of el.children) if (c.type === 'element') n += (c.tagName === 'a' ? 1 : 0) + links(c);
  return n;
}

/** the most items one list of an element holds that each carry a link: a news column's three linked headlines, however long their teasers */
function linkedItems(el: Element): number {
  let here = 0;
  let deeper = 0;
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'a' || links(c) > 0) here++;
    deeper = Math.max(deeper, linkedItems(c));
  }
  return Math.max(here, deeper);
}

const LANDMARK_TAGS = new Set(['nav', 'aside']);
const PAGE_TAGS = new Set(['header', 'footer']);
// not <form>: older publishing systems (ASP.NET WebForms) wrap the whole page in one
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'canvas', 'dialog', 'head']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
// the page's cookie and breadcrumb words (specs/lexicon.ts), and the class names of the tools that show them
const COOKIE_WORDS = new Set([...PAGE_CHROME.cookie, 'consent', 'gdpr', 'cookiebanner', 'cookieconsent', 'cookiebar']);
// whole class words only, and none a content wrapper might carry ("social", "some", "print")
const TOOL_WORDS = new Set([...PAGE_CHROME.breadcrumb, 'breadcrumbs', 'brodsmulor', 'share', 'sharing', 'readspeaker', 'skiplink', 'toolbar']);
const MENU_WORDS = new Set(['menu', 'meny', 'sidebar', 'sidemenu', 'sidenav', 'subnav', 'submenu', 'navigation', 'nav', 'related', 'relaterat', 'puffar', 'puff']);
// a class on <body> or <main> ("has-cookie-banner", "with-sidebar") says nothing about their content
const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);
const BLOCK_TAGS = new Set(['p', 'div', 'span', 'time', 'small', 'li', 'dd', 'section']);

/** "Senast uppdaterad 12 mars 2026", "Sidan granskades …": page stamps, never a grant date. */
const STAMP = PAGE_STAMP.cue;
/** a link that jumps within the page past the chrome: "Hoppa till innehållet" */
const SKIP = SKIP_LINK.cue;
const labelled = (el: Element, id: 'cookie' | 'breadcrumb'): boolean => CHROME_LABELS.some((r) => r.id === id && r.cue.test(attr(el, 'ariaLabel')));

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    id: 'hidden',
    // a collapsed accordion in the main content is hidden too, and a reader opens it: kept there
    why: 'scripts, styles, form controls and, outside the main content, hidden elements (mobile menus, closed dialogs) are not read by anyone',
    drops: (el, inMain) => HIDDEN_TAGS.has(el.tagName) || (!inMain && (el.properties.hidden !== undefined && el.properties.hidden !== false
      || attr(el, 'ariaHidden') === 'true' || /display\s*:\s*none/iu.test(attr(el, 'style')))),
    example: '<p>Bidraget söks hos kommunen.</p><div data-chrome hidden>Sista dag 1 mars 2020</div>',
    counterExample: '<main><h2>Frågor och svar</h2><div class="accordion-panel" hidden><p>Sista dag att rekvirera är den 13 maj 2026.</p></div></main>',
  },
  {
    id: 'page-landmark',
    why: 'the page header and footer (logo, switchboard number, address) belong to the site, not the grant',
    drops: (el, inMain) => PAGE_TAGS.has(el.tagName) && !inMain,
    example: '<footer data-chrome><p>Växel 075-247 30 00, registrator@socialstyrelsen.se</p></footer><main><p>Bidraget söks hos kommunen.</p></main>',
    counterExample: '<main><article><header><h1>Statsbidrag för kvalitetsregister</h1></header><p>Bidraget söks hos kommunen.</p></article></main>',
  },
  {
    id: 'navigation',
    why: 'menus and side columns list other grants and pages; a menu item is never the title',
    drops: (el) => LANDMARK_TAGS.has(el.tagName) || CHROME_ROLES.has(attr(el, 'role')),
    example: '<nav data-chrome><ul><li><a href="/a">Statsbidrag för äldreomsorg</a></li></ul></nav><p>Bidraget söks hos kommunen.</p>',
    counterExample: '<section role="region"><p>Bidraget söks hos kommunen.</p></section>',
  },
  {
    id: 'cookie-banner',
    why: 'a consent banner asks about cookies, it says nothing about the grant',
    drops: (el) => hasWord(el, COOKIE_WORDS) || labelled(el, 'cookie'),
    example: '<div id="cookie-banner" data-chrome><p>Vi använder kakor för att förbättra webbplatsen.</p></div><p>Bidraget söks hos kommunen.</p>',
    counterExample: '<div class="content"><p>Bidraget söks hos kommunen.</p></div>',
  },
  {
    id: 'page-tools',
    why: 'breadcrumbs, skip links and share, print and listen buttons are page tools',
    drops: (el) => hasWord(el, TOOL_WORDS) || labelled(el, 'breadcrumb')
      || (el.tagName === 'a' && attr(el, 'href').startsWith('#') && SKIP.test(textOf(el))),
    example: '<ol class="breadcrumb" data-chrome><li><a href="/">Start</a></li><li>Statsbidrag</li></ol><p>Bidraget söks hos kommunen.</p>',
    counterExample: '<ol><li>Rekvirera senast 1 mars.</li></ol>',
  },
  {
    id: 'side-menu',
    why: 'a side or related-pages menu lists other grants; it is navigation even without <nav>',
    drops: (el) => hasWord(el, MENU_WORDS) && linkText(el) >= 0.5 * textOf(el).replace(/\s+/gu, '').length,
    example: '<div class="sidebar" data-chrome><ul><li><a href="/b">Statsbidrag för vårdplatser</a></li></ul></div><p>Bidraget söks hos kommunen.</p>',
    counterExample: '<div class="main-content"><p>Bidraget söks hos kommunen.</p></div>',
  },
  {
    id: 'link-list',
    why: 'a list that is all links (three or more) is a menu of other pages, not a list the grant states',
    drops: (el) => (el.tagName === 'ul' || el.tagName === 'ol') && links(el) >= 3
      && linkText(el) >= 0.9 * textOf(el).replace(/\s+/gu, '').length,
    example: '<ul data-chrome><li><a href="/a">Statsbidrag A</a></li><li><a href="/b">Statsbidrag B</a></li><li><a href="/c">Statsbidrag C</a></li></ul><p>Bidraget söks hos kommunen.</p>',
    counterExample: '<ul><li>Läs <a href="/a">förordningen</a> om bidraget.</li><li>Rekvirera i e-tjänsten <a href="/e">Mina sidor</a> senast 1 mars.</li><li><a href="/f">Blankett</a> för redovisning av medlen.</li></ul>',
  },
  {
    id: 'update-stamp',
    why: '"Senast uppdaterad" and "Sidan granskades" date the page, never the grant',
    drops: (el) => BLOCK_TAGS.has(el.tagName) && STAMP.test(textOf(el)) && textOf(el).trim().length <= 120,
    example: '<p>Bidraget söks hos kommunen.</p><p data-chrome>Senast uppdaterad: 12 mars 2026</p>',
    counterExample: '<p>Uppdaterade uppgifter ska lämnas senast den 12 mars 2026 till Socialstyrelsen.</p>',
  },
];

/** Remove chrome below `node` in place; `inMain` is true below the chosen main content. */
export function dropChrome(node: Root | Element, inMain = false, rules: readonly ChromeRule[] = CHROME_RULES): void {
  const kept: typeof node.children = [];
  for (const c of node.children) {
    if (c.type === 'comment' || c.type === 'doctype') continue;
    if (c.type === 'element') {
      if (!NEVER_DROPPED.has(c.tagName) && rules.some((r) => r.drops(c, inMain))) continue;
      dropChrome(c, inMain || isLandmarkMain(c), rules);
    }
    kept.push(c as never);
  }
  node.children = kept as never;
}

export function isLandmarkMain(el: Element): boolean {
  return el.tagName === 'main' || attr(el, 'role') === 'main' || el.tagName === 'article';
}

/**
 * Class and id words of the parts a page sets beside its content: side columns, news lists,
 * contact cards, the page's top and bottom. Only a part standing next to a larger block of text
 * is passed over for it (html.ts mainContent); nothing is dropped for these words alone, since a
 * news article or a contact section can be the content itself.
 */
const BESIDE_WORDS = new Set([
  'right', 'left', 'rightcol', 'leftcol', 'rightcolumn', 'leftcolumn', 'höger', 'vänster', 'hoger', 'vanster', 'sidebar', 'aside', 'secondary',
  'news', 'nyheter', 'aktuellt', 'widget', 'widgets', 'puff', 'puffar', 'contact', 'kontakt', 'header', 'footer', 'top', 'bottom', 'sidhuvud', 'sidfot',
]);

/**
 * Class and id words a page gives the block that holds its own text ("main-content",
 * "huvudinnehall", "page-content" …). Only a block whose every sibling is passed over by
 * BESIDE_CONTENT is taken for them (html.ts mainContent): a short text beside a longer news column.
 */
const CONTENT_WORDS = new Set(['main', 'maincontent', 'mainbody', 'primary', 'innehall', 'huvudinnehall', 'huvudinnehåll', 'innehåll', 'article', 'artikel', 'brodtext', 'brödtext']);

/** whether a block's class or id names it the page's own text, and nothing names it a part beside the text */
export const namedContent = (el: Element): boolean => hasWord(el, CONTENT_WORDS) && !hasWord(el, BESIDE_WORDS) && !hasWord(el, MENU_WORDS);

export interface BesideRule {
  readonly id: string;
  readonly why: string;
  readonly beside: (el: Element) => boolean;
  /**
   * a part beside the text that may hold more text than the block holding the page's <h1> or named its content and still be
   * passed over: a list of linked items (news, puffs) under a beside word, by its share of link text or three items each
   * with a link; a beside block of running text larger than the
   * headed block (a 'kontakt' section that tells how to apply, an 'aktuellt' block on the grant's current round, a text
   * column whose utility class names a side, "text-left", "border-top") may be the grant's own text (h/review78c RH03–RH11)
   */
  readonly outweighs: (el: Element) => boolean;
  /** a page whose text block (data-content) stands beside parts this rule passes over */
  readonly example: string;
  /** a page whose parts must all be read */
  readonly counterExample: string;
}

export const BESIDE_CONTENT: BesideRule = {
  id: 'beside-content',
  why: 'a page without landmarks sets a news column, a contact card or a menu beside its text; a short text holds less than nine tenths of the page, so these parts are passed over by what they are, not by their size',
  beside: (el) => hasWord(el, BESIDE_WORDS) || linkText(el) >= 0.5 * textOf(el).replace(/\s+/gu, '').length,
  outweighs: (el) => hasWord(el, BESIDE_WORDS) && links(el) >= 2 && (linkText(el) >= 0.25 * textOf(el).replace(/\s+/gu, '').length || linkedItems(el) >= 3),
  example: '<div class="page"><div class="text" data-content><h1>Bidrag till föreningar</h1><p>Föreningar kan söka bidrag senast den 1 mars. Bidraget får användas till lokaler och material. Ansökan görs i e-tjänsten.</p></div>'
    + '<div class="news-column"><p><span>2025-05-12</span> Nu kan föreningar söka 250 000 kronor för sommarlov. Sista ansökningsdag är den 15 juni 2025.</p></div></div>',
  counterExample: '<div class="page"><div class="intro"><h1>Bidrag till föreningar</h1><p>Föreningar kan söka bidrag senast den 1 mars.</p></div>'
    + '<div class="villkor"><p>Bidraget får inte användas till löner.</p></div></div>',
};
