import { PAGE_STAMP, PDF_CHROME, SKIP_LINK, type PdfChromeKind } from '../cues/chrome.js';
import type { Line } from './pdf-layout.js';

// A web page printed to PDF ("Skriv ut → Spara som PDF") keeps its site chrome as text: the skip
// link, cookie banner, menus and breadcrumbs above the content, the share buttons, update stamp
// and footer (switchboard, address, e-mail) below it. The HTML reader drops these by landmarks
// (read/chrome.ts); a PDF has none, so here a block is chrome by what it says (the rows of
// cues/chrome.ts PDF_CHROME, PAGE_STAMP, SKIP_LINK) and by where it stands: only the leading and
// trailing blocks of the document are looked at, and a block that holds a grant's content (its
// words in a sentence) is never dropped. A grant's own closing "Kontakt" section (a named person,
// phone, e-mail) holds no site cue and stays (test/read/pdfchrome76.test.ts).

export interface Block {
  /** the block's lines joined by spaces */
  readonly text: string;
  readonly lines: number;
}

export interface PdfChromeRule {
  readonly id: string;
  readonly why: string;
  /** the end of the document it is looked for at */
  readonly at: 'head' | 'tail' | 'both';
  /** short label blocks (a site name, a menu heading) before it in the head that go with it */
  readonly reach: 0 | 1;
  /** `prev`: the rule that dropped the block next to it on the side already read, if any */
  readonly drops: (b: Block, prev: string | undefined) => boolean;
  /** a block this rule drops, and one it keeps (test/read/pdfchrome76.test.ts runs both) */
  readonly example: string;
  readonly counterExample: string;
}

const cue = (kind: PdfChromeKind): RegExp => PDF_CHROME.find((r) => r.meaning === kind)!.cue;
const COOKIE = cue('cookie');
const CONSENT = cue('consent');
const BREADCRUMB = cue('breadcrumb');
const TOOLS = cue('tools');
const ADDRESS = cue('address');
const SWITCHBOARD = cue('switchboard');
const CONTACT_HEADING = cue('contact-heading');
const SITE_ID = cue('site-id');
const NEWS_HEADING = cue('news-heading');
const DOCUMENT_DATE = cue('document-date');

const PHONE = /\b0\d{1,3}[-–\s]?\d{2,3}(?:\s?\d{2,3}){1,3}\b/u;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/u;
/** a grant's own words: a block with one of them is content, whatever else it holds */
const GRANT_WORDS = /\b(?:[\p{L}-]{0,20}bidrag|ansök|ansökan|söka|sök(?:er|t|a)|rekvir|redovis|stipendi|anslag|utlysning|bevilja|kronor|frågor|handläggare|kontaktperson)/iu;
const SENTENCE_END = /[.!?:;,]$/u;
const BULLET_ITEM = /^(?:•\s)/u;
const NUMBERED_ITEM = /^\d{1,2}\.\s/u;
/** a one-line label: a site name, a menu heading or item, a page title */
const isLabel = (b: Block): boolean => b.lines === 1 && b.text.length <= 70 && !SENTENCE_END.test(b.text) && b.text.split(' ').length <= 9;
const short = (b: Block, lines: number): boolean => b.lines <= lines && b.text.length <= 400;
const EMAILS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/gu;
/** no grant word outside its e-mail addresses ("bidrag@myndigheten.se" is the site's mailbox) */
const noGrant = (b: Block): boolean => !GRANT_WORDS.test(b.text.replace(EMAILS, ' '));
/** a news item's headline: a date first ("2025-05-12 Nu kan föreningar söka …") */
const DATED = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}{3,9}\s+\d{4})\s/u;

export const PDF_CHROME_RULES: readonly PdfChromeRule[] = [
  {
    id: 'skip-link', at: 'head', reach: 0,
    why: 'a link past the chrome ("Hoppa till innehållet") is the page\'s first line',
    drops: (b) => isLabel(b) && b.text.length <= 40 && SKIP_LINK.cue.test(b.text),
    example: 'Hoppa till innehållet',
    counterExample: 'Till innehållet i ansökan hör en budget.',
  },
  {
    id: 'cookie-banner', at: 'both', reach: 1,
    why: 'a consent banner says the site stores cookies, nothing about the grant',
    drops: (b) => short(b, 4) && COOKIE.test(b.text) && noGrant(b),
    example: 'Vi använder kakor (cookies) för att webbplatsen ska fungera. Läs mer om kakor den 1 januari 2019.',
    counterExample: 'Föreningen använder bidraget till kakor och fika för 300 barn.',
  },
  {
    id: 'consent-buttons', at: 'both', reach: 0,
    why: 'the banner\'s buttons, printed as a line',
    drops: (b) => b.lines === 1 && CONSENT.test(b.text),
    example: 'Godkänn alla Endast nödvändiga',
    counterExample: 'Godkänn alla villkor i ansökan',
  },
  {
    id: 'breadcrumb', at: 'head', reach: 1,
    why: 'the trail from the start page; in a numbered trail the steps after "1. Start" go with it',
    drops: (b, prev) => b.lines <= 2 && b.text.length <= 160 && (BREADCRUMB.test(b.text) || (prev === 'breadcrumb' && isLabel(b) && NUMBERED_ITEM.test(b.text))),
    example: 'Du är här: Start / Bidrag och stöd',
    counterExample: 'Start av projektet senast 1 mars 2026',
  },
  {
    id: 'menu', at: 'head', reach: 1,
    why: 'a run of three or more bulleted one-line labels above the content is the site\'s menu of other pages and grants; a menu item is never the title',
    // the run is counted by the caller (menuRun), this says whether one block can be an item of it
    drops: (b) => isLabel(b) && BULLET_ITEM.test(b.text),
    example: '• Statsbidrag för förlossningsvård 2026',
    counterExample: '• Ansökan ska vara inne senast den 1 mars.',
  },
  {
    id: 'page-tools', at: 'both', reach: 0,
    why: 'share, print, listen and log-in buttons and the site links of the footer are page tools',
    drops: (b) => b.lines <= 2 && b.text.length <= 120 && TOOLS.test(b.text),
    example: 'Dela på Facebook Skriv ut',
    counterExample: 'Skriv ut blanketten och skicka den till kommunen',
  },
  {
    id: 'update-stamp', at: 'tail', reach: 0,
    why: '"Senast uppdaterad", "Sidan granskades" date the page, never the grant',
    drops: (b) => b.lines <= 2 && b.text.length <= 120 && PAGE_STAMP.cue.test(b.text) && !DOCUMENT_DATE.test(b.text),
    example: 'Senast uppdaterad: 2024-11-12',
    counterExample: 'Publicerad den 3 december 2019',
  },
  {
    id: 'site-footer', at: 'tail', reach: 0,
    why: 'the footer\'s switchboard, address, org.nr and register e-mail belong to the site; the HTML reader drops it as <footer>',
    drops: (b) => short(b, 5) && ADDRESS.test(b.text) && (PHONE.test(b.text) || EMAIL.test(b.text) || /©/u.test(b.text)) && noGrant(b),
    example: 'Socialstyrelsen, 106 30 Stockholm. Besöksadress Rålambsvägen 3. Telefon (växel) 075-247 30 00. E-post registrator@socialstyrelsen.se',
    counterExample: 'Kontaktperson: Anna Berg, handläggare, telefon 08-123 45 67, anna.berg@kulturradet.se, Box 27215, 102 53 Stockholm',
  },
  {
    id: 'site-id', at: 'tail', reach: 0,
    why: 'the footer\'s last line on its own: the site owner\'s org.nr or ©',
    drops: (b) => b.lines === 1 && SITE_ID.test(b.text),
    example: 'Organisationsnummer 212000-2742.',
    counterExample: 'Ange föreningens organisationsnummer 802000-1234 i ansökan.',
  },
  {
    id: 'switchboard-card', at: 'tail', reach: 0,
    why: 'the municipality\'s contact centre card beside every page (no person, no grant)',
    drops: (b) => short(b, 4) && SWITCHBOARD.test(b.text) && PHONE.test(b.text) && noGrant(b),
    example: 'Kontaktcenter, telefon 0910-73 50 00, kontaktcenter@exempelby.se. Öppet vardagar 8–16.',
    counterExample: 'Kontaktcenter, telefon 0910-73 50 00. Frågor om bidraget besvaras av handläggaren.',
  },
  {
    id: 'contact-heading', at: 'tail', reach: 0,
    why: 'the heading of a site contact card goes with the card below it, and only then',
    drops: (b, prev) => (prev === 'switchboard-card' || prev === 'site-footer') && b.lines === 1 && CONTACT_HEADING.test(b.text),
    example: 'Kontakta kommunen',
    counterExample: 'Kontaktperson',
  },
];

/** The blocks of laid-out lines: a new block at a paragraph break or a new page. */
export function blocksOf(lines: readonly Line[]): Array<{ from: number; to: number; block: Block }> {
  const out: Array<{ from: number; to: number; block: Block }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const last = out[out.length - 1];
    if (last && !l.breakBefore && lines[i - 1]!.page === l.page) {
      last.to = i + 1;
      last.block = { text: `${last.block.text} ${l.text}`, lines: last.block.lines + 1 };
    } else out.push({ from: i, to: i + 1, block: { text: l.text, lines: 1 } });
  }
  return out;
}

/** how many blocks from i on are menu items in a row */
function menuRun(blocks: ReadonlyArray<{ block: Block }>, i: number): number {
  const menu = PDF_CHROME_RULES.find((r) => r.id === 'menu')!;
  let n = 0;
  while (i + n < blocks.length && menu.drops(blocks[i + n]!.block, undefined)) n++;
  return n;
}

/** The rule that drops a block at this end, if any. */
function ruleFor(b: Block, at: 'head' | 'tail', prev: string | undefined, inMenu: boolean): PdfChromeRule | undefined {
  return PDF_CHROME_RULES.find((r) => (r.at === at || r.at === 'both') && (r.id === 'menu' ? inMenu : r.drops(b, prev)));
}

/** Only this far into the document (or back from its end) is chrome looked for. */
const HEAD_BLOCKS = 40;
const TAIL_BLOCKS = 20;

/** How many leading blocks are chrome: chrome blocks, each with at most `reach` labels before it. */
export function headChrome(blocks: ReadonlyArray<{ block: Block }>): number {
  let end = 0;
  let labels = 0;
  let prev: string | undefined;
  let menuLeft = 0;
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const b = blocks[i]!.block;
    if (menuLeft === 0) { const run = menuRun(blocks, i); if (run >= 3) menuLeft = run; }
    const rule = ruleFor(b, 'head', prev, menuLeft > 0);
    if (menuLeft > 0) menuLeft--;
    if (rule && labels <= rule.reach) { end = i + 1; labels = 0; prev = rule.id; continue; }
    if (rule || !isLabel(b)) break;
    labels++;
    prev = undefined;
    if (labels > 1) break;
  }
  return end;
}

/**
 * A news column printed after the content, ending at block `end` (exclusive): its heading
 * ("Nyheter") and then only dated headlines, each with at most one short lead after it. Returns
 * the heading's index, or -1. Only a heading of news, not "Aktuellt" or "Viktiga datum", whose
 * dated lines are a grant's own.
 */
export function newsColumn(blocks: ReadonlyArray<{ block: Block }>, end: number): number {
  let leads = 0;
  for (let i = end - 1; i >= Math.max(0, end - TAIL_BLOCKS); i--) {
    const b = blocks[i]!.block;
    if (b.lines === 1 && NEWS_HEADING.test(b.text)) return leads === 0 && i < end - 1 ? i : -1;
    if (b.lines > 2) return -1;
    if (DATED.test(b.text)) { leads = 0; continue; }
    if (++leads > 1) return -1;
  }
  return -1;
}

/** How many trailing blocks are chrome, read back from the last (a news column among them). */
export function tailChrome(blocks: ReadonlyArray<{ block: Block }>): number {
  let n = 0;
  let prev: string | undefined;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - TAIL_BLOCKS); i--) {
    const rule = ruleFor(blocks[i]!.block, 'tail', prev, false);
    if (!rule) {
      const news = newsColumn(blocks, i + 1);
      if (news < 0) break;
      n += i + 1 - news;
      i = news;
      prev = 'news-column';
      continue;
    }
    n++;
    prev = rule.id;
  }
  return n;
}

/** The lines without the page chrome at the document's start and end; never all of them. */
export function dropPageChrome(lines: readonly Line[]): Line[] {
  const blocks = blocksOf(lines);
  const head = headChrome(blocks);
  const tail = tailChrome(blocks.slice(head));
  if (head + tail === 0 || head + tail >= blocks.length) return [...lines];
  const from = blocks[head]!.from;
  const to = blocks[blocks.length - 1 - tail]!.to;
  return lines.slice(from, to);
}
