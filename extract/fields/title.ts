import { allSentences, bodyBlocks, found, grantTitleYear, isDeadlineLine, metaFound, sentencesOf, statedDates, unglued, type Found, type SentenceAt } from './common.js';
import { globalCopy } from '../../specs/regex.js';
import type { Block, Doc } from '../tree/types.js';
import { plausibleYear } from '../../specs/years.js';
import { MONTHS } from '../cues/lexicon.js';
import { distributorNamed, mostNamedAgency } from '../cues/agency.js';
import { BOX_CLOSE, BOX_GRANT_WORDS, CALL_LABEL_HEADING, CALL_WITH_DEADLINE, CATEGORY_LABEL, GRANT_COMPOUND_IN_LINE, CHROME_LINES, CONTACT_BOX, DISTRIBUTES, DISTRIBUTES_FROM_YEAR, DOCUMENT_TITLES, GRANT_COMPOUND_LINE, GRANT_NAME, HOW_TO_APPLY_AID, HOW_TO_APPLY_LABEL, ID_STRIPS, PROCEDURE_SECTION_HEAD, IMAGE_METADATA, INSTRUCTION_HEADING, OWNER_GRANTS_LABEL, SECTION_TOPIC_HEADING, PAGE_TOPIC_LABEL, PURPOSE, PURPOSE_LEAD, QUESTION_LINE, RELATED_PAGES_HEAD } from '../cues/title.js';
import { TRANSITIONAL_HEADINGS } from '../cues/genre.js';
import { PAST_YEARS_HEAD } from '../cues/requisition.js';
import { NAMED_GRANT, YEAR_LINE } from '../cues/dates.js';
import { ACT_HEADING_LEAD } from '../cues/references.js';
import { ownSfsNumber } from './references.js';
import { anyCue, contextOf, cueTest, holds, type Cue } from '../cues/types.js';
import { CLOSED_ROUND_YEAR, everywhere, TOLD_PAST_TITLE, HISTORY_YEAR, OTHER_YEAR, PROGRAMME_PERIOD, PROJECT_END_DAY, REPORT_OF_YEAR, ROUND_HEADING_YEARS, RULE_IN_FORCE, SEVERAL_YEARS, TITLE_YEAR_BOUNDS, TITLE_YEAR_SPAN, WORKED_EXAMPLE, YEAR_PHRASES, yearNumbers, type YearMeaning } from '../cues/year.js';

// Title, grant year, id, agency and purpose.

const SITE_NOTICE = CHROME_LINES.find((r) => r.id === 'site-notice')!.cue;
const BODY_BANNER = CHROME_LINES.find((r) => r.id === 'body-banner')!.cue;
const INVITATION = GRANT_NAME.find((r) => r.id === 'dags-att-soka')!;
// a fund's name alone ("Kulturfonden") is the giver's, a label over a grant's name below it ("Projektbidrag för
// kulturarrangörer", review56 m3); with no grant named below (dev 1863's "Längmanska Kulturfonden") it stays the title
const FUND_NAME = GRANT_NAME.find((r) => r.id === 'fund-name-line')!;
const COUNTDOWN = CHROME_LINES.find((r) => r.id === 'countdown')!.cue;
/** A proper name of one to three capitalised words, no grant or report word in it. */
const NAME_LINE = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$/u;
/**
 * A line set in capitals ("SKOGENS MILJÖVÄRDEN", "FÖRORDNING (1984:326) OM STATSBIDRAG …": a PDF's or a page's
 * heading style) read in sentence case, for the cues, which are written for the words as a sentence sets them: a
 * copy in capitals names the same grant and is the same chrome (h/perturb19). Only when lower-casing keeps the
 * length, so an offset into the line still holds; a line with a small letter is as written, and so is one whose
 * capitals are only acronyms and codes ("NFS 2005:2", "SFS"): no word of five capitals.
 */
export function shown(t: string): string {
  if (/\p{Ll}/u.test(t) || !/\p{Lu}{5}/u.test(t)) return t;
  const l = t.toLowerCase();
  const i = l.search(/\p{L}/u);
  return l.length !== t.length || i < 0 ? t : l.slice(0, i) + t[i]! + l.slice(i + 1);
}
const isChromeLine = (t: string): boolean => CHROME_LINES.some((r) => cueTest(r.cue, shown(t)));
const namesGrant = (t: string): boolean => GRANT_NAME.some((r) => cueTest(r.cue, shown(t)));
const isDocumentTitle = (t: string): boolean => DOCUMENT_TITLES.some((r) => holds(r, contextOf(shown(t), 0, 0)));
const ACT_HEADING = DOCUMENT_TITLES.find((r) => r.id === 'sfs-act-heading')!;
// an SFS page's act heading stands in its head, below at most a database's chrome
const ACT_HEADING_BLOCKS = 12;
/** An act line's own SFS number, "(2011:1151)"; the SFS numbers of a line; a line of running prose: six words or more, ending in a full stop. */
const ACT_NUMBER = /\(((?:19|20)\d{2}:\d{1,4})\)/u;
const SFS_NUMBERS = /(?<![\d:])(?:19|20)\d{2}:\d{1,4}(?![\d:])/gu;
const PROSE_LINE = /^(?:\S+\s+){5,}\S*\.$/u;

/** A line of the document's head that is an act heading ("Förordning (2017:1265) om …"). */
interface ActLine { readonly block: Block; readonly start: number; readonly line: string; readonly cited: boolean; readonly firstOfBlock: boolean }

/**
 * The act headings among the lines of the first blocks, up to where scraped text runs on, each marked
 * `cited` when it stands in a list after a lead that ends in a colon ("… regleras i två förordningar:"):
 * such an act is cited, not the document's own. One rule for the page's own act heading (the first one
 * not cited) and for the cited acts that are no title line either.
 */
function actLines(doc: Doc): ActLine[] {
  const out: ActLine[] = [];
  let cited = false;
  // the SFS numbers a sentence above has cited in running prose ("… inom ramen för förordning 2011:1151."): an act line of
  // that number below it is the page's reference to its act, not its heading (dev 2376, Socialstyrelsen's påfyllnadsmedel page:
  // "Förordning (2011:1151) om statsbidrag till organisationer som …" under "Syfte med statsbidraget" was the title; issue 12,
  // fresh80a). An SFS page's own heading stands above any prose that names its number; and only prose below a head line of
  // the page's own counts (a page that opens with its purpose sentence, "Syftet med statsbidraget är … i förordning (2013:666,
  // 2 §).", diff q254, has no heading but the act line)
  const inProse = new Set<string>();
  let headSeen = false;
  for (const b of doc.blocks.slice(0, ACT_HEADING_BLOCKS)) {
    let at = 0;
    let firstOfBlock = true;
    for (const line of b.seg.text.split('\n')) {
      if (holds(ACT_HEADING, contextOf(shown(line), 0, 0))) {
        const number = ACT_NUMBER.exec(line)?.[1];
        out.push({ block: b, start: at, line, cited: cited || (number !== undefined && inProse.has(number)), firstOfBlock });
      } else if (line.trim()) {
        cited = line.trimEnd().endsWith(':');
        if (!PROSE_LINE.test(line.trim())) headSeen = true;
        else if (headSeen) for (const m of line.matchAll(SFS_NUMBERS)) inProse.add(m[0]);
      }
      if (line.trim()) firstOfBlock = false;
      at += line.length + 1;
    }
  }
  return out;
}

/** The act heading of an SFS page ("Förordning (2017:1265) om …"): the first act line that is not cited. */
function actHeading(acts: readonly ActLine[]): Found<string> | undefined {
  const own = acts.find((a) => !a.cited);
  if (!own) return undefined;
  const lead = ACT_HEADING_LEAD.exec(shown(own.line))![0].length;
  const value = unglued(own.line).slice(lead).trimEnd();
  return found(value, own.block, own.start + lead, own.start + lead + value.length);
}

/** Blocks that open with a cited act ("… regleras i två förordningar:" above them): not the document's title. */
function citedActs(acts: readonly ActLine[]): Set<number> {
  return new Set(acts.filter((a) => a.cited && a.firstOfBlock).map((a) => a.block.index));
}

/** Blocks that are page chrome rather than content: a notice, or a line the page repeats word for word (a banner). */
/** How many short link lines under a related-pages heading below a how-to-apply label are read as its links. */
const AID_LINKS = 8;

/**
 * The lines right below a how-to-apply heading (HOW_TO_APPLY_LABEL) that point to the means of applying (HOW_TO_APPLY_AID:
 * an e-service's or a form's link, a related-pages heading and its short links): never the grant's name the label gives way
 * to (review72d t1, t3, t4). Only in the first twelve blocks, as the title is looked for there.
 */
function howToAids(doc: Doc): Set<number> {
  const out = new Set<number>();
  const top = Math.min(doc.blocks.length, 12);
  for (let i = 0; i < top; i++) {
    if (!cueTest(HOW_TO_APPLY_LABEL.cue, shown(doc.blocks[i]!.seg.text.trim()))) continue;
    let j = i + 1;
    while (j < top) {
      const t = doc.blocks[j]!.seg.text.trim();
      if (!t) { j++; continue; }
      if (!cueTest(HOW_TO_APPLY_AID.cue, shown(t))) break;
      out.add(j++);
      // a related-pages heading's links: the short lines right under it (a line of three or more words is a heading again)
      if (cueTest(RELATED_PAGES_HEAD.cue, t)) {
        for (let k = 0; k < AID_LINKS && j < top; k++, j++) {
          const link = doc.blocks[j]!.seg.text.trim();
          if (link.split(/\s+/u).length > 2 || /[.!?:]$/u.test(link)) break;
          out.add(j);
        }
      }
    }
  }
  return out;
}

function chrome(doc: Doc): Set<number> {
  const seen = new Map<string, number>();
  const out = new Set<number>();
  const banners = new Map<number, boolean>();
  const openings = new Map<number, boolean>();
  // whether a block is a chrome line, asked once per block: the checks below read the same blocks again for each
  // repeated line (isChromeLine on the 216-page bench PDF: about 50 ms of profiled CPU)
  const chromeLines = new Map<Block, boolean>();
  const chromeLine = (x: Block): boolean => {
    let hit = chromeLines.get(x);
    if (hit === undefined) chromeLines.set(x, hit = isChromeLine(x.seg.text.trim()));
    return hit;
  };
  // the positions of the blocks that are neither blank nor chrome, found from the top only as far as asked
  const content: number[] = [];
  let scanned = 0;
  const contentAt = (k: number): number | undefined => {
    while (content.length <= k && scanned < doc.blocks.length) {
      const x = doc.blocks[scanned]!;
      if (x.seg.text.trim() && !chromeLine(x)) content.push(scanned);
      scanned++;
    }
    return content[k];
  };
  // whether every block above position `end` is blank or chrome, or is block `except`: read off the content blocks, not
  // block by block from the top for each repeated line (a copy of the blocks above each one was quadratic on a long
  // document that repeats its lines, a PDF's running heads; a scan in place from the top still cost the 216-page bench
  // PDF about 25 ms of profiled CPU)
  const onlyChromeBefore = (end: number, except?: number): boolean => {
    for (let k = 0; ; k++) {
      const p = contentAt(k);
      if (p === undefined || p >= end) return true;
      if (doc.blocks[p]!.index !== except) return false;
    }
  };
  // whether the first non-blank, non-chrome block below block `first` is a heading that names a grant
  const bannerAbove = (first: number): boolean => {
    let hit = banners.get(first);
    if (hit === undefined) {
      let below: Block | undefined;
      for (let i = first + 1; i < doc.blocks.length && !below; i++) {
        const x = doc.blocks[i]!;
        if (x.seg.text.trim() && !chromeLine(x)) below = x;
      }
      hit = below !== undefined && below.kind === 'heading' && namesGrant(below.seg.text);
      banners.set(first, hit);
    }
    return hit;
  };
  // whether only blank or chrome lines stand above block `first`
  const openingLine = (first: number): boolean => {
    let hit = openings.get(first);
    if (hit === undefined) {
      hit = onlyChromeBefore(first);
      openings.set(first, hit);
    }
    return hit;
  };
  for (const b of doc.blocks) {
    const t = b.seg.text.trim();
    if (!t) continue;
    if (SITE_NOTICE.test(t)) out.add(b.index);
    const first = seen.get(t);
    // a line repeated on the page is chrome (a banner, a footer), both times … but a saved page's
    // title repeated as its heading right below it, as its first two lines (no sentence), is the page's own name
    // … also with only chrome lines before and between the two ("Gå direkt till innehåll" / title / "Pressmeddelande -"
    // / title, a press-release service's page, dev 1295): the page's name echoed as its heading, not a banner
    // … and a page's opening line (only blank or chrome lines above it, no sentence) repeated further down, as a related
    // link below the body, is the page's name there and chrome only the second time (sll.se's 'Bidrag till organisationer
    // som företräder personer med funktionsnedsättning', dev 1486; the same shape in a regeringen.se decision whose name its
    // document list repeats, dev 1134, and Naturvårdsverket's 'Vägledning om statliga bidrag till lokala naturvårdsprojekt',
    // dev 1465, whose titles were read before by another path and are unchanged)
    if (first !== undefined && t.length > 40) {
      const plain = !/[.,;!?]/u.test(t);
      const echo = plain && onlyChromeBefore(b.index, first);
      // (not above a heading that names a grant: then the line is a site's banner over the page's own name, repeated in
      // its footer, "Länsstyrelsen i … län informerar om bidrag" / "Bidrag till lokala naturvårdsprojekt", review43)
      // (both asked once for each first occurrence, however often the page repeats it: a long PDF repeats hundreds of lines)
      const banner = bannerAbove(first);
      const opening = plain && !banner && openingLine(first);
      // … and a document's own title line (extract/cues/title.ts DOCUMENT_TITLES) repeated by the document's printed head
      // further down is the page's name the first time, whatever its full stops ("… för asylsökande m.fl.": a document
      // site's head over the printed SFS, dev 1647, where both were chrome and the site's "Protected" became the title)
      if (!echo && !opening && !isDocumentTitle(t)) out.add(first);
      out.add(b.index);
    } else seen.set(t, b.index);
  }
  // an image's caption above its metadata block (a photographer's credit and another field of the image, each on its
  // line: "Sjukhuskyrkan i Örebro" / "Kyrkoåret: …" / "Rubrik: Medmänniska" / "Foto: …", dev 1817): chrome
  for (const caption of imageCaptions(doc)) out.add(caption);
  // a box laid over the page's top, closed by its button or its lone link: its blocks are chrome
  const head = doc.blocks.slice(0, BOX_BLOCKS);
  const close = head.findLastIndex((b) => cueTest(BOX_CLOSE.cue, shown(b.seg.text.trim())));
  if (close > 0 && !head.slice(0, close).some((b) => namesGrant(b.seg.text) || cueTest(GRANT_COMPOUND_IN_LINE.cue, shown(b.seg.text)) || cueTest(BOX_GRANT_WORDS.cue, shown(b.seg.text)))) for (const b of head.slice(0, close + 1)) out.add(b.index);
  return out;
}

/** The block right above a run of image metadata lines (cues/title.ts IMAGE_METADATA) in the page's top, naming no grant, and the run. */
function imageCaptions(doc: Doc): number[] {
  const kind = (b: Block | undefined): 'credit' | 'field' | undefined => (b ? IMAGE_METADATA.find((r) => cueTest(r.cue, shown(b.seg.text.trim())))?.meaning : undefined);
  const out: number[] = [];
  const head = doc.blocks.slice(0, BOX_BLOCKS + 4);
  for (let i = 1; i < head.length; i++) {
    if (kind(head[i]) === undefined || kind(head[i - 1]) !== undefined) continue;
    const run = new Set<string>();
    let k = i;
    for (; k < head.length && kind(head[k]) !== undefined; k++) run.add(kind(head[k])!);
    const caption = head[i - 1]!;
    // … only when a line that may be the title follows the run (dev 1817: "Backa pastorats diakonifond"): over body
    // sentences alone the line above is the page's heading, the image's fields under it (review52 c1, c2, c4)
    const next = doc.blocks.slice(k).find((b) => b.seg.text.trim() !== '');
    const titled = next !== undefined && next.seg.text.trim().length <= 120 && !/[.!?:]$/u.test(next.seg.text.trim());
    // … and the metadata lines themselves
    if (run.size === 2 && !namesGrant(caption.seg.text)) out.push(...(titled ? [caption.index] : []), ...head.slice(i, k).map((b) => b.index));
  }
  return out;
}

/** How far down the page a contact box's head may stand, and how many other lines may stand between two of its lines. */
const CONTACT_TOP = 20;
const CONTACT_GAP = 3;
const CONTACT_MEMBER = new Set(['phone-line', 'postal-address', 'street-address', 'contact-box-lines', 'feedback-links']);
const contactMember = (t: string): 'head' | 'field' | undefined => {
  const s = shown(t);
  const row = CONTACT_BOX.find((r) => cueTest(r.cue, s));
  if (row) return row.meaning;
  return CHROME_LINES.some((r) => CONTACT_MEMBER.has(r.id) && cueTest(r.cue, s)) ? 'field' : undefined;
};

/**
 * The blocks of a contact box over the page's top (cues/title.ts CONTACT_BOX): from its first head (or the field lines right
 * above it, a phone line and an address strip over a "Kontakt" link) to its last field line, at most CONTACT_GAP other lines
 * between two of its lines. A person's or a unit's name and a form's prompt inside it are chrome, never the page's title
 * (dev 397, 1277, 2021, 2124, 2256: "Annette Glover", "Avesta Servicecenter" came out as the title). A box needs a head and a
 * field: a body's phone number or address alone is no box.
 */
function contactBox(doc: Doc): number[] {
  const top = doc.blocks.slice(0, CONTACT_TOP);
  const kind = top.map((b) => (b.seg.text.trim() ? contactMember(b.seg.text.trim()) : undefined));
  const head = kind.indexOf('head');
  if (head < 0) return [];
  let start = head;
  while (start > 0 && kind[start - 1] !== undefined) start--;
  let end = head;
  // (a told sentence between ends the box: a box holds names, units and fields, the page's lead is below it; a menu's
  // "Kontakt" item over the heading and a phone line in the lead is no box, review79t)
  for (let i = head + 1; i < top.length && i - end <= CONTACT_GAP; i++) {
    if (kind[i] !== undefined) end = i;
    else if (/\p{L}{2}[.!?]$/u.test(top[i]!.seg.text.trim()) && top[i]!.seg.text.trim().split(/\s+/u).length >= 4) break;
  }
  const run = top.slice(start, end + 1).map((b) => b.index);
  return kind.slice(start, end + 1).includes('field') ? run : [];
}

/** how far down the page a box laid over its top reaches */
const BOX_BLOCKS = 8;

const titles = new WeakMap<Doc, { readonly title: Found<string> | undefined }>();

/**
 * The document's title as findTitle(doc) reads it, found once per document: the head, the window, the
 * reporting and the recipients finders each compare their sentences with it.
 */
export function titleOf(doc: Doc): Found<string> | undefined {
  let hit = titles.get(doc);
  if (!hit) {
    hit = { title: findTitle(doc) };
    titles.set(doc, hit);
  }
  return hit.title;
}

/** What findTitle reads of a document's head whatever line it prefers: the title when it is set apart, else the choices. */
type TitleHead =
  | { readonly found: Found<string> | undefined }
  | { readonly candidates: readonly Block[]; readonly pick: Block | undefined; readonly opening: SentenceAt | undefined };

const heads = new WeakMap<Doc, TitleHead>();

/** The document's title: its first heading or first short line that is not page chrome. */
export function findTitle(doc: Doc, prefer?: RegExp): Found<string> | undefined {
  // the head's chrome and candidates are the same for every preferred line (a form's four title rows ask in turn)
  let head = heads.get(doc);
  if (!head) {
    head = titleHead(doc);
    heads.set(doc, head);
  }
  if ('found' in head) return head.found;
  const { candidates, opening } = head;
  const pick = (prefer && candidates.find((b) => prefer.test(b.seg.text))) ?? head.pick;
  if (pick) {
    const lead = pick.seg.text.length - pick.seg.text.trimStart().length;
    const t = pick.seg.text.trim();
    // a heading's closing full stop is no part of the name ("… cancervården 2016."); an abbreviation's is ("m.m.")
    const value = pick.kind === 'heading' && /[\p{L}\d]{3}\.$/u.test(t) ? t.slice(0, -1) : t;
    return value === t ? found(t, pick) : found(value, pick, lead, lead + value.length);
  }
  if (opening) return { value: opening.text, at: opening };
  if (candidates[0]) return found(candidates[0].seg.text.trim(), candidates[0]);
  // the contract needs a title: the first sentence of the first block that has one
  const any = doc.blocks.find((b) => b.seg.text.trim().length > 0);
  const s = any ? sentencesOf(any)[0] : undefined;
  return s ? { value: s.text, at: s } : undefined;
}

function titleHead(doc: Doc): TitleHead {
  const meta = doc.meta?.title;
  if (meta) return { found: metaFound(meta) };
  const acts = actLines(doc);
  const act = actHeading(acts);
  if (act) return { found: act };
  const skip = chrome(doc);
  for (const i of howToAids(doc)) skip.add(i);
  // (the head's twelve lines counted below a contact box: its lines are none of them)
  const box = contactBox(doc);
  for (const i of box) skip.add(i);
  const candidates = doc.blocks.slice(0, 12 + box.length).filter((b) => {
    const t = b.seg.text.trim();
    if (skip.has(b.index) || isChromeLine(t)) return false;
    // a line that is only a deadline ("Ansök senast 31 mars 2025!") is the window's, never the title
    // (… unless the heading names what is applied for and from whom before its deadline, CALL_WITH_DEADLINE: "Sök stöd från
    // Statens Kulturråd senast 3-5 november", dev 2439)
    if (isDeadlineLine(t) && !(b.kind === 'heading' && cueTest(CALL_WITH_DEADLINE.cue, shown(t)))) return false;
    // the banner's name in the site's other language, on the line above ("Eestirootslaste Kultuuriomavalitsus")
    if (BODY_BANNER.test(doc.blocks[b.index + 1]?.seg.text.trim() ?? '') && NAME_LINE.test(t)) return false;
    if (t.length < 4 || t.length > 220) return false;
    // a sentence ends in a full stop; a heading set as one may too ("# Uppdrag åt … i cancervården 2016.")
    if ((/^[\p{L} ]{1,30}:\s/u.test(t) && !cueTest(CALL_LABEL_HEADING.cue, shown(t))) || /[:;]$/u.test(t) || (b.kind !== 'heading' && /\.$/u.test(t)) || /@|https?:/u.test(t)) return false;
    // a page that opens with a lone numbered line ("6. Slutrapportering av projekt", a step of a
    // handbook) is headed by it: a numbered heading, not the first item of a list
    const loneFirstItem = b.kind === 'item' && b.ordered === true && b.index === 0 && doc.blocks[1]?.kind !== 'item';
    return b.kind === 'heading' || loneFirstItem || (b.kind === 'paragraph' && t.split(/\s+/u).length <= 25);
  });
  // a page cut out of its context may have no title line: its first sentence names it best
  // (not a contact box's labelled e-mail line, "E-post: regiongotland@gotland.se Lämna dina synpunkter": above it stand the box's
  // person and switchboard, not the page's name, which follows it; review77a P4, dev 2300)
  const first = doc.blocks.find((b) => b.kind === 'paragraph' && b.seg.text.length > 40 && !skip.has(b.index) && !isChromeLine(b.seg.text.trim()) && !/^[\p{L} -]{1,30}:\s*\S+@/u.test(b.seg.text.trim()));
  const opening = first ? sentencesOf(first)[0] : undefined;
  // an opening sentence that names no grant (an image caption, a notice) gives way to a grant's name just below it
  const named = first && !namesGrant(first.seg.text) ? candidates.find((b) => b.index > first.index && b.index <= first.index + 3 && namesGrant(b.seg.text)) : undefined;
  const above = candidates.filter((b) => b.index <= (first?.index ?? Infinity));
  // a label of up to three words that names no grant ("Cyklist", an image's alt text, a category or a
  // section's name: "Distribution och visning", or whose grants: "Filminstitutets stöd") gives way to a grant's name below it
  // (… or a section's how-to-apply heading of any length, HOW_TO_APPLY_LABEL: "Så här ansöker du")
  const howToApply = (b: Block): boolean => cueTest(HOW_TO_APPLY_LABEL.cue, shown(b.seg.text.trim()));
  const label = (b: Block): boolean => howToApply(b) || (b.seg.text.trim().split(/\s+/u).length <= 3
    && (!namesGrant(b.seg.text) || cueTest(OWNER_GRANTS_LABEL.cue, shown(b.seg.text.trim())) || cueTest(CATEGORY_LABEL.cue, shown(b.seg.text.trim())) || cueTest(FUND_NAME.cue, shown(b.seg.text.trim())))
    && !cueTest(GRANT_COMPOUND_LINE.cue, shown(b.seg.text.trim())) && !cueTest(PAGE_TOPIC_LABEL.cue, shown(b.seg.text.trim())));
  // … a grant's name, not a section's question ("Vem och till vad kan bidrag sökas" below "Innan du söker");
  // below a label of two or three words, a heading
  const lone = (b: Block): boolean => !/\s/u.test(b.seg.text.trim());
  // (a grant's one-word compound name counts: "Ungdomskulturstipendium" below the section label "UPPLEVA & GÖRA")
  // (… or, below a one-word label, a heading that holds a grant's compound: "Österbottens välfärdsområdes
  // organisationsbidrag kan ansökas i mars" below the category label "Allmänt", dev 1270)
  // (… not when the page repeats the label's word: then it is the page's own name, a fund's or a pot's
  // ("Landsbygdspotten" above "Så söker du projektstöd", the body going on "Landsbygdspotten är kommunens pott …"))
  const grantBelow = (b: Block, c: Block): boolean => (namesGrant(c.seg.text) || cueTest(GRANT_COMPOUND_LINE.cue, shown(c.seg.text.trim())) || (lone(b) && c.kind === 'heading' && cueTest(GRANT_COMPOUND_IN_LINE.cue, shown(c.seg.text)) && !echoed(doc, b))) && !cueTest(QUESTION_LINE.cue, shown(c.seg.text.trim())) && (lone(b) || c.kind === 'heading');
  // a heading that names no grant (an image's caption: "Fibld på äng med smörblommor") gives way to the
  // call's invitation on the line right below it ("Nu är det hög tid att söka bidrag ur Landsbygdspotten 2017")
  const invites = (b: Block, c: Block | undefined): boolean => c !== undefined && c.index === b.index + 1 && cueTest(INVITATION.cue, shown(c.seg.text.trim()))
    && !namesGrant(b.seg.text) && !cueTest(GRANT_COMPOUND_IN_LINE.cue, shown(b.seg.text)) && !cueTest(PAGE_TOPIC_LABEL.cue, shown(b.seg.text.trim()));
  // a heading of a few words that names no grant right above a heading that holds a grant's compound: an image's caption set as a
  // heading ("Ekollon och ekblad i grönska" / "Regionala tillväxtmedel", dev 2319; "Händer och bönor i skida" / "Projektmedel för
  // regional utveckling", dev 2320; issue 12, fresh78a) gives way to the grant's name below it
  // (… never a heading the one below restates, a word of four letters or more shared: "Redovisning och rekvirering av
  // utvecklingsprojekt" over "Redovisning och rekvirering av projekt som beviljats utvecklingsmedel" is the page's name, dev 1451)
  // (… nor a how-to-apply label, "Innan du söker" over "Läs mer om Arvsfondens projektstöd": the label's rule decides, review72d t5)
  const words = (b: Block): number => b.seg.text.trim().split(/\s+/u).length;
  const longWords = (b: Block): string[] => (b.seg.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const shareWord = (b: Block, c: Block): boolean => longWords(b).some((w) => longWords(c).includes(w));
  const captionOver = (b: Block, c: Block | undefined): boolean => c !== undefined && c.index === b.index + 1 && b.kind === 'heading' && c.kind === 'heading' && !shareWord(b, c) && !howToApply(b)
    && words(b) >= 2 && words(b) <= 6 && !/[\d:;?!.]/u.test(b.seg.text) && !namesGrant(b.seg.text) && !cueTest(GRANT_COMPOUND_IN_LINE.cue, shown(b.seg.text))
    && !cueTest(PAGE_TOPIC_LABEL.cue, shown(b.seg.text.trim())) && words(c) <= 8 && cueTest(GRANT_COMPOUND_IN_LINE.cue, shown(c.seg.text)) && !cueTest(QUESTION_LINE.cue, shown(c.seg.text.trim()))
    && !cueTest(PROCEDURE_SECTION_HEAD.cue, shown(c.seg.text.trim()));
  // an owner's label ("Filminstitutets stöd", OWNER_GRANTS_LABEL) names whose grants the section lists: the short line right
  // below it is the grant's own name whether or not it says "bidrag" ("Kortfilmsdagen 2016" below an image's credited caption,
  // dev 1735; issue 12, title79), never a question, a procedure's head or an instruction
  const ownerNamed = (b: Block, c: Block | undefined): boolean => c !== undefined && c.index <= b.index + 2 && cueTest(OWNER_GRANTS_LABEL.cue, shown(b.seg.text.trim()))
    && words(c) <= 8 && !/[.:;!?]$/u.test(c.seg.text.trim()) && !cueTest(QUESTION_LINE.cue, shown(c.seg.text.trim())) && !cueTest(PROCEDURE_SECTION_HEAD.cue, shown(c.seg.text.trim()))
    && !cueTest(INSTRUCTION_HEADING.cue, shown(c.seg.text.trim())) && !cueTest(SECTION_TOPIC_HEADING.cue, shown(c.seg.text.trim()));
  // (a short line right below a skipped owner's label that tells the reader to act, "Sök bidrag", a button, or names a listing,
  // "Stängda utlysningar", is the menu's, not the page's name: the grant's line further down is; review79t)
  const menuBelowLabel = (b: Block, i: number): boolean => i > 0 && label(above[i - 1]!) && b.index <= above[i - 1]!.index + 2 && words(b) <= 3
    && (cueTest(INSTRUCTION_HEADING.cue, shown(b.seg.text.trim())) || cueTest(SECTION_TOPIC_HEADING.cue, shown(b.seg.text.trim())));
  const heading = above.find((b, i) => (!label(b) || !(above.slice(i + 1).some((c) => grantBelow(b, c)) || ownerNamed(b, above[i + 1]))) && !invites(b, above[i + 1]) && !captionOver(b, above[i + 1])
    && !menuBelowLabel(b, i));
  // a letter's own title line ("Regleringsbrev för budgetåret 2004 avseende anslaget 22:9 … Arbetsmarknad.")
  // stands below its head (department, decision number, address), ending in a period or not
  const cited = citedActs(acts);
  const letterTitle = doc.blocks.slice(0, 12).find((b) => !skip.has(b.index) && !cited.has(b.index) && !isChromeLine(b.seg.text.trim()) && isDocumentTitle(b.seg.text.trim()));
  // a call page's countdown ("0 dagar kvar") stands between the site's notices and the call's own
  // heading (below a category label: "Bibliotek", "Barn och unga"): a paragraph above the countdown is a
  // notice ("Nu är utlysningen av krisstöd … stängd", "Så påverkar … covid-19 våra bidrag"), not the title
  const countdown = doc.blocks.slice(0, 12).find((b) => COUNTDOWN.test(b.seg.text.trim()));
  const below = countdown ? candidates.filter((b) => b.index > countdown.index) : [];
  const belowCountdown = below[0] && label(below[0]) && below[1] && below[1].index <= below[0].index + 2 ? below[1] : below[0];
  const notice = (b: Block | undefined): boolean => countdown !== undefined && b !== undefined && b.index < countdown.index && b.kind !== 'heading';
  // a page cut out of its context that opens with a body sentence ("Ansökningstiden för temaprojekt är inte fortlöpande …"),
  // a short line right below it that a later paragraph opens with ("Feelgood-invest" / … / "Feelgood-invest är ett
  // investeringsprojekt …", the name defined: "X är ett/en …"): the line is the page's own name, the sentence no title (issue
  // 12, left67; dev 1987). A section's heading that a paragraph opens with ("Ansökan" / "Ansökan ska …") is no name.
  const ownName = (c: Block): boolean => {
    const name = c.seg.text.trim().toLowerCase();
    return c.seg.text.trim().split(/\s+/u).length <= 4 && !cueTest(QUESTION_LINE.cue, shown(c.seg.text.trim()))
      && doc.blocks.some((o) => {
        const opening = o.seg.text.trimStart().toLowerCase();
        return o.index > c.index && (opening.startsWith(`${name} är ett `) || opening.startsWith(`${name} är en `));
      });
  };
  const nameBelow = first?.index === 0 ? candidates.find((c) => c.index > first.index && c.index <= first.index + 2 && ownName(c)) : undefined;
  // a page whose opening paragraph stands above every heading (an image's caption, a site's self-description, a news item's
  // lead: "Vid årsskiftet flyttar Musikverkets bidragsgivning till Kulturrådet.") and a heading of three words or more right
  // below it, at most one paragraph between: the heading is the page's name, the opening sentence none (issue 12, title79;
  // dev 2131, 2177, 2200, 1264). Never a question, a how-to-apply label, a procedure's section head ("Ansökan om …") or an
  // instruction ("Välj rätt typ av lokalbidrag", INSTRUCTION_HEADING); and only below a told sentence, ending in a full stop:
  // an opening line without one ("SIP InfraSweden: Ökad cirkularitet …, utlysning 2", dev 1170) is the page's name itself
  const told = opening !== undefined && /\p{L}{2}[.!]$/u.test(opening.text.trim());
  const openingHeading = first && told ? candidates.find((c) => c.kind === 'heading' && c.index > first.index && c.index <= first.index + 2
    && !cueTest(INSTRUCTION_HEADING.cue, shown(c.seg.text.trim())) && !cueTest(SECTION_TOPIC_HEADING.cue, shown(c.seg.text.trim()))
    && doc.blocks.slice(first.index + 1, c.index).every((b) => b.kind === 'paragraph') && words(c) >= 3 && !howToApply(c)
    // (a name line, no number, comma, bracket or mark of a form's field: "Staffan Arvidsson, forskningssekreterare", "Beviljade
    // medel 2018 (PDF, 118 kB)", "Popular science summary* (…)" are a contact, a link and a field; title79 scan)
    && !/[\d,()*|]/u.test(c.seg.text)
    && !cueTest(QUESTION_LINE.cue, shown(c.seg.text.trim())) && !cueTest(PROCEDURE_SECTION_HEAD.cue, shown(c.seg.text.trim()))) : undefined;
  // (a preferred line among the candidates comes before all of these: findTitle)
  const pick = letterTitle ?? (notice(heading) ? undefined : heading) ?? named ?? belowCountdown ?? heading ?? nameBelow ?? openingHeading;
  return { candidates, pick, opening };
}

/** The block's text cut where its source breaks a line: each piece with its start and end in the block's text. */
function sourceLines(doc: Doc, b: Block): Array<{ text: string; start: number; end: number }> {
  const { text, src } = b.seg;
  const out: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !doc.source.slice(src[i - 1]! + 1, src[i]!).includes('\n')) continue;
    out.push({ text: text.slice(start, i).trim(), start, end: i });
    start = i;
  }
  return out;
}

/** Whether the year at `start` ends a date ("den 17 december 1954"): a law's or a decision's day, not a grant year. */
function inDate(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd().toLowerCase();
  return Object.keys(MONTHS).some((m) => before.endsWith(m));
}

function yearsIn(text: string): Array<{ year: number; start: number; end: number }> {
  return yearNumbers(text).filter((y) => plausibleYear(y.year));
}

/** Every year a row of extract/cues/year.ts states in the text, with the row's meaning. */
function statedYears(text: string, ctx = contextOf(text, 0, 0), table: ReadonlyArray<Cue<YearMeaning>> = YEAR_PHRASES): Array<{ year: number; meaning: YearMeaning; said: string }> {
  const out: Array<{ year: number; meaning: YearMeaning; said: string }> = [];
  for (const row of table) {
    if (!holds(row, ctx)) continue;
    for (const m of text.matchAll(everywhere(row))) {
      const year = m.slice(1).find((g) => g !== undefined);
      if (year) out.push({ year: Number(year), meaning: row.meaning, said: m[0] });
    }
  }
  return out;
}

/**
 * The grant year (possibly outside the contract's years: the caller leaves such a year out, with a
 * note): stated in the title ("… sjukvården 2026", "2026 års statsbidrag"), or by a phrase
 * that names it ("bidragsår 2024", "budgetåret 2025"), else by a weaker one ("medel för 2025").
 * Several different years → none: a grant for "bidragsår 2024 och 2025" or "2018/19" has no single
 * year. Failing those, a call in the first half of one year, or money used over one calendar year.
 */
function inTransitional(doc: Doc, b: Block): boolean {
  const heading = doc.sections[b.section]?.heading;
  return heading !== undefined && anyCue(TRANSITIONAL_HEADINGS, contextOf('', 0, 0, heading.seg.text));
}

/**
 * The items that lie inside none of the spans, in one sweep over both sorted by start (a filter
 * asking every span for every item was quadratic: a 400 kB one-sentence text as its own title took
 * 2.5 s in it).
 */
export function outsideSpans<T extends { start: number; end: number }>(items: readonly T[], spans: readonly { start: number; end: number }[]): T[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const inside = new Set<T>();
  let k = 0;
  // the furthest end among the spans that start at or before the item: an item inside any of them ends by it
  let reach = -1;
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    while (k < byStart.length && byStart[k]!.start <= item.start) reach = Math.max(reach, byStart[k++]!.end);
    if (item.end <= reach) inside.add(item);
  }
  return items.filter((item) => !inside.has(item));
}

/**
 * Whether another block of the page repeats a one-word line's word (its last two letters free when it is
 * long, for an inflected form: "Kulturstipendiet" and "kulturstipendium"): a page's own name, not a category label.
 */
function echoed(doc: Doc, b: Block): boolean {
  const word = b.seg.text.trim().toLowerCase();
  if (!/^\p{L}+$/u.test(word)) return false;
  const stem = word.length >= 9 ? word.slice(0, -2) : word;
  const blocks = wordStarts(doc).get(stem);
  return blocks !== undefined && [...blocks].some((i) => i !== b.index);
}

/** ECHO_TAIL: how many letters a word may run on past the stem it repeats ("kulturstipendi" + "et"). */
const ECHO_TAIL = 4;
const WORD = /\p{L}+/gu;
const starts = new WeakMap<Doc, Map<string, Set<number>>>();

/**
 * Each whole word of the page (lower case) cut to every length within ECHO_TAIL letters of its own,
 * with the blocks that hold it: a stem is repeated by a block when the block has a word that begins
 * with it and runs on at most ECHO_TAIL letters. Built once per page in one pass over its words (a
 * pattern made per one-word line and run over every block was the line count times the page).
 */
function wordStarts(doc: Doc): Map<string, Set<number>> {
  let map = starts.get(doc);
  if (map) return map;
  map = new Map();
  for (const o of doc.blocks) {
    for (const m of o.seg.text.matchAll(WORD)) {
      const letters = Array.from(m[0].toLowerCase());
      for (let n = Math.max(1, letters.length - ECHO_TAIL); n <= letters.length; n++) {
        const start = letters.slice(0, n).join('');
        const at = map.get(start);
        if (at) at.add(o.index); else map.set(start, new Set([o.index]));
      }
    }
  }
  starts.set(doc, map);
  return map;
}

/**
 * Whether the title is a sentence of the body taken for want of a heading (a paragraph's sentence that
 * ends in a full stop, the paragraph going on after it).
 */
function sentenceTitle(title: Found<string>): boolean {
  const block = title.at.block as Block | undefined;
  return block !== undefined && block.kind === 'paragraph' && /\p{L}{2}[.!]$/u.test(title.value.trim()) && title.value.trim() !== block.seg.text.trim();
}

/** A title read from a paragraph that ends as a sentence does, in a full stop after a word: a told sentence, not a heading. */
function toldSentence(title: Found<string>): boolean {
  const block = title.at.block as Block | undefined;
  return block !== undefined && block.kind === 'paragraph' && /\p{L}{2}\.$/u.test(title.value.trim());
}

/**
 * `anvisning`: the page is read as a grant page or an anvisning, where a sentence about reporting a year's money may be of
 * last year's grant (REPORT_OF_YEAR); a reporting form (the default) keeps the year its report is of.
 */
export function findYear(doc: Doc, title: Found<string> | undefined, window?: { opens?: string; closes?: string; at?: Found<string> }, usage?: { from?: Found<string>; to: Found<string> }, anvisning = false, opensAlone?: Found<string>): Found<number> | undefined {
  // the years of a span the title names (set below): only its first year may be the grant's, read from the body
  let bounds: { from: number; to: number } | undefined;
  // (… the span's first year only: the later years of such a decision are estimates, "beräknas … per år")
  const inBounds = (f: Found<number> | undefined): Found<number> | undefined => (f && bounds && f.value !== bounds.from ? undefined : f);
  // a title bounded by a bare year ("Rapportering t.o.m. 2014") scopes its page to a range of years: no grant year
  if (title && anyCue(TITLE_YEAR_BOUNDS, contextOf(title.value, 0, 0))) return undefined;
  // a title that scopes rules to an open range of years ("… beviljade år 2017 och senare") names no grant year
  // a title that is a told sentence about a round that is over, a paragraph ending in a full stop (a news item without a heading:
  // "Utlysningen inför 2024 stängde den 15 september 2023 och drog in 85 ansökningar.", "Beslut i utlysningen inför 2023 är nu
  // fattade.", review72e Y4, Y11; TOLD_PAST_TITLE): its years are that round's, not the page's grant year, which only the body
  // may state; a told title of a round to come keeps its bare year (dev 1184)
  if (title && toldSentence(title) && anyCue(TOLD_PAST_TITLE, contextOf(title.value, 0, 0))) {
    // (the body's reading below)
  } else if (title && !anyCue(SEVERAL_YEARS, contextOf(title.value, 0, 0))) {
    // a year inside a full date of the title ("Resultatrapporter till e-tjänsten den 14 januari 2021")
    // is the date's, not the grant's: a news item's or a decision's day
    const dated = statedDates(title.value);
    const all = yearsIn(title.value);
    // … and in a body sentence taken as the title, a month's year ("Från och med januari 2015 kan föreningar …
    // söka bidrag direkt från denna sidan.", dev 1276: when a portal opened) is a point in time, not the grant year
    const sentence = sentenceTitle(title);
    const ys = outsideSpans(all, dated).filter((y) => !(sentence && inDate(title.value, y.start)));
    // … unless a year phrase of the sentence names the call's year by that month ("I mars 2019 öppnar Forte den andra
    // utlysningen …", dev 1913: the month the call opens)
    if (sentence && all.length > 0 && ys.length === 0) {
      const phrased = new Set(statedYears(title.value).map((y) => y.year));
      if (phrased.size === 1) return { value: [...phrased][0]!, at: title.at };
    }
    // … and the body's years are no surer then: the title's day may be the round's or the news item's
    if (all.length > 0 && ys.length === 0) return undefined;
    const distinct = new Set(ys.map((y) => y.year));
    // "Regleringsbrev för budgetåret 2004 avseende anslagen 31:2, 31:7 (2003) …": the phrase names the year
    const named = new Set(statedYears(title.value).filter((y) => y.meaning === 'grant-year').map((y) => y.year));
    if (distinct.size > 1 && named.size === 1) return { value: [...named][0]!, at: title.at };
    // a title that spans the years of an assignment ("Uppdrag till Vinnova att genomföra åtgärder under 2020–2025 inom ramen
    // för livsmedelsstrategin", dev 2435, genre83) names no one year, but the body may tie the money to one year inside the
    // span ("får Vinnova använda högst 5 miljoner kronor under 2020"): read on, and keep only a year inside the span
    const span = titleSpan(title.value);
    if (distinct.size > 1 && !span) return undefined;
    if (span) bounds = span;
    const first = span ? undefined : ys[0];
    if (first) return { value: first.year, at: title.at };
    // a title that states one year outside the contract's years ("Förordning (1987:79) om medelvärde för år
    // 1986 …"; not a law's date: "lagen den 17 december 1954") states the grant year all the same: it is
    // returned as stated, for the caller to leave out and say so, never replaced by a year of the body
    const outside = new Set(yearNumbers(title.value).filter((y) => !plausibleYear(y.year) && !inDate(title.value, y.start)).map((y) => y.year));
    if (!span && outside.size === 1) return { value: [...outside][0]!, at: title.at };
  }
  const hits: Array<Found<number>> = [];
  const weak: Array<Found<number>> = [];
  const ownGrant = title ? titleGrant(title.value) : undefined;
  const closes = window?.closes ? Number(window.closes.slice(0, 4)) : undefined;
  for (const s of allSentences(bodyBlocks(doc))) {
    if (!/(?:19|20)\d\d/u.test(s.text)) continue;
    // "Förordningen tillämpas första gången i fråga om bidrag för kalenderåret 2025": the first round a
    // transitional provision names, not the grant year of a standing förordning
    if (inTransitional(doc, s.block)) continue;
    const ctx = contextOf(s.text, 0, 0);
    if (anyCue(RULE_IN_FORCE, ctx)) continue;
    // a worked example's paragraph ("Exempel: Ansökan gäller år 2019 …"): its years illustrate a rule
    if (anyCue(WORKED_EXAMPLE, contextOf(s.text, 0, 0, '', s.block.seg.text))) continue;
    // a report of a year's money on a grant page: last year's grant as often as this one's (year68)
    if (anvisning && anyCue(REPORT_OF_YEAR, ctx)) continue;
    if (anyCue(SEVERAL_YEARS, ctx)) return undefined;
    for (const y of statedYears(s.text, ctx)) {
      // a year the phrase ties to another grant, named by its compound, on a page titled by its own ("Ansökningsperioden för
      // verksamhetsbidrag 2023 är stängd" under "Kulturstipendium", review52/56, left57): that grant's year, not this one's
      if (ownGrant !== undefined && namesOtherGrant(y.said, ownGrant)) continue;
      // a round said to be closed now, on a page whose own application closes in a later year ("Ansökningstiden för
      // resestipendier 2023 är avslutad. Nya stipendier kan sökas … till den 15 mars 2024.", review70c ap2): a past round's year
      if (closes !== undefined && y.year < closes && CLOSED_ROUND_YEAR.some((row) => cueTest(row.cue, y.said))) continue;
      (y.meaning === 'grant-year' ? hits : weak).push({ value: y.year, at: { block: s.block, start: s.start, end: s.end } });
    }
  }
  // a heading or label over the year's rounds ("Ansökningsomgångar under 2017"), a source line of any block: the
  // reader may join such a line to the list under it
  // … read only when a dated round line of its year follows directly (a heading over a statistics line or a cancelled
  // round's sentence states no round: review52 a3, a6, a8), and never over the year of a stated full closing day
  for (const b of doc.blocks) {
    if (!/(?:19|20)\d\d/u.test(b.seg.text) || inTransitional(doc, b)) continue;
    // (a round heading that is itself a heading is read under the heading above it too: "Tidigare ansökningsomgångar" /
    // "2022 års ansökningstider", review79t)
    const heading = [b.kind === 'heading' ? doc.sections[b.section - 1]?.heading?.seg.text : undefined, doc.sections[b.section]?.heading?.seg.text]
      .filter((t) => t !== undefined).join('\n');
    const lines = sourceLines(doc, b);
    lines.forEach((line, i) => {
      // (a heading the reader ran together with the round's days below it, "2021 års ansökningstider 15 mars - 30 april",
      // dev 1744: read as the heading and its next line)
      const cut = roundDaysAt(line.text);
      const own = cut > 0 ? line.text.slice(0, cut).trim() : line.text;
      for (const y of statedYears(own, contextOf(own, 0, 0, heading), ROUND_HEADING_YEARS)) {
        if (closes !== undefined && y.year !== closes) continue;
        // (a bare year line names a year only as the window's closing year, cues/year.ts ar-rad-under-viktiga-datum)
        if (closes === undefined && YEAR_LINE.test(y.said)) continue;
        const next = cut > 0 ? line.text.slice(cut).trim() : lines.slice(i + 1).find((l) => l.text !== '')?.text ?? doc.blocks[b.index + 1]?.seg.text ?? '';
        // (… or a round's days with no year of their own right below: "2021 års ansökningstider" / "15 mars - 30 april", dev 1744;
        // "Ansökningsperioder 2018" / "15 januari klockan 09.00 - 15 februari klockan 17.00", dev 2201: the heading's year is theirs)
        if (!statedDates(next).some((d) => Number(d.date.slice(0, 4)) === y.year) && !yearlessRound(next)) continue;
        hits.push({ value: y.year, at: { block: b, start: line.start, end: line.end } });
      }
    });
  }
  // A call opens at the latest the year before its grant year: a year two or more after the window
  // closes is a later round's ("Inför bidragsåret 2022" on a page whose call closed in 2020).
  for (const found of [hits, weak]) {
    const distinct = new Set(found.map((h) => h.value));
    // Several years named: the one the deadline's own sentence names is the round's ("… för verksamhetsåret 2021 ska
    // göras senast 31 oktober 2020", beside "bifogas dokumenterad verksamhet för verksamhetsåret 2019", dev 1546)
    if (distinct.size > 1) return inBounds(window?.at ? inDeadlineSentence(found, window.at) : undefined);
    if (distinct.size === 1) return inBounds(closes !== undefined && found[0]!.value > closes + 1 ? undefined : found[0]);
  }
  // under a title's span of years only a year a phrase ties the money to is read (as before the span read on: none)
  if (bounds) return undefined;
  // A grant's name line with its one year right under the title (a funder's name as the title, the call's name below it:
  // "Forskningsstiftelsen …" / "Utlysning – projektbidrag 2027", review73d U7; GRANT_TITLE_YEAR) names the grant year over
  // the year of the window's or a deadline's days, which is the call's, not the money's
  const sub = title ? subtitleYear(doc, title) : undefined;
  if (sub) return sub;
  // a window under a heading over earlier years ("Tidigare år" / "Ansökan … skulle lämnas senast 31/1 2019.", review75d A4;
  // PAST_YEARS_HEAD) is a past round's: its days name no grant year of the page
  const windowSection = window?.at ? doc.sections[window.at.at.block.section] : undefined;
  const pastWindow = windowSection?.heading !== undefined && holds(PAST_YEARS_HEAD, contextOf(windowSection.heading.seg.text.trim(), 0, 0));
  // Money to be used from 1 January to 31 December of one year is that year's grant.
  const from = usage?.from?.value;
  if (from && usage?.from && from.endsWith('-01-01') && usage.to.value === `${from.slice(0, 4)}-12-31`) return { value: Number(from.slice(0, 4)), at: usage.from.at };
  // An application window that opens and closes in the first half of one year is that year's call.
  if (pastWindow) return undefined;
  if (window?.opens && window.closes && window.at && window.opens.slice(0, 4) === window.closes.slice(0, 4) && window.closes.slice(5, 7) <= '06') {
    return { value: Number(window.opens.slice(0, 4)), at: window.at.at };
  }
  // A call whose deadline (and opening day, if stated) falls in one year, on a page that states no other
  // year outside a full date, is that year's call ("Sista ansökningsdag är 30 oktober 2017.", dev 164; "Ansökan:
  // skickas till … senast 31 mars 2018", dev 1279). A page that names another year may name the grant year
  // by it (a call in the autumn for next year's money, a lokalbidrag applied for after the year it pays for).
  // A project period that starts in another year is the money's (sources/2018/coacher-for-energi-och-klimat: a
  // call of 2017 for projects from 1 January 2018, filed under no year of the call).
  if (window?.closes && window.at && (!window.opens || window.opens.slice(0, 4) === window.closes.slice(0, 4))) {
    const y = Number(window.closes.slice(0, 4));
    // (… but a last day alone that is the projects' own end, "Projektet ska vara slutfört senast den 31 mars 2019", PROJECT_END_DAY:
    // how long the call's projects may run, no year of the money, as onlyYearStated reads it; review86a Y4, h/dates87)
    const projectEnd = !usage?.from && usage?.to !== undefined && anyCue(PROJECT_END_DAY, contextOf(usage.to.at.block.seg.text.slice(usage.to.at.start, usage.to.at.end), 0, 0));
    const period = usage?.from?.value.slice(0, 4) ?? (projectEnd ? undefined : usage?.to.value.slice(0, 4));
    if ((period === undefined || Number(period) === y) && onlyYearStated(doc, y, Number(window.closes.slice(5, 7)))) return { value: y, at: window.at.at };
  }
  // A call whose opening day is the only day of its window the page states ("Öppnar 12 augusti 2024", a status line of
  // Tillväxtverket's calls, dev 695, 2279; "Den 8 juni 2022 öppnade Svenska ESF-rådet en nationell utlysning …", dev 2062),
  // on a page that states no other year, is that year's call, as by a deadline above; only an opening by August: a call
  // that opens in the autumn is as often next year's money (utlys86)
  // (… never a day asked about, "Öppnar ansökan den 1 mars 2024? Nej, datumet är ännu inte bestämt": QUESTION_LINE on the
  // opening's own sentence, review86a)
  const asked = opensAlone !== undefined && cueTest(QUESTION_LINE.cue, opensAlone.at.block.seg.text.slice(opensAlone.at.start, opensAlone.at.end).trim());
  if (!window?.closes && !usage?.from && opensAlone && !asked && Number(opensAlone.value.slice(5, 7)) <= 8) {
    const y = Number(opensAlone.value.slice(0, 4));
    if (onlyYearStated(doc, y, Number(opensAlone.value.slice(5, 7)))) return { value: y, at: opensAlone.at };
  }
  return undefined;
}

/**
 * The span of years a title names as one range, "2020–2025" or "2020-2025" (a dash, not "och"), never inside a full date:
 * the years of an assignment or a programme. Undefined for any other title (two years apart, one year, none).
 */
function titleSpan(title: string): { from: number; to: number } | undefined {
  const ranges = [...title.matchAll(globalCopy(TITLE_YEAR_SPAN.cue))];
  if (ranges.length !== 1 || yearsIn(title).length !== 2) return undefined;
  const from = Number(ranges[0]![1]);
  const to = Number(ranges[0]![2]);
  return from < to && to - from <= 10 ? { from, to } : undefined;
}

/** Where a line's first day and month's name begin after some words ("Ansökningsperioder 2018 15 januari …" → 24), else -1. */
function roundDaysAt(line: string): number {
  for (const m of line.matchAll(/\s(\d{1,2})\.?\s{1,3}(\p{L}{3,10})/gu)) {
    if (Number(m[1]) >= 1 && Number(m[1]) <= 31 && MONTHS[m[2]!.toLowerCase()] !== undefined) return m.index + 1;
  }
  return -1;
}

/** Whether a line opens with a day and a month's name and states no year ("15 mars - 30 april"): a round's days, of a heading's year. */
function yearlessRound(line: string): boolean {
  const m = /^(\d{1,2})\.?\s{1,3}(\p{L}{3,10})/u.exec(line.trim());
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && MONTHS[m[2]!.toLowerCase()] !== undefined && yearNumbers(line).length === 0;
}

/** The one grant year of the name line right under the title: a line of its own, no sentence, naming a grant and one year. */
function subtitleYear(doc: Doc, title: Found<string>): Found<number> | undefined {
  const block = title.at.block as Block | undefined;
  const next = block ? doc.blocks[block.index + 1] : undefined;
  const line = next?.seg.text.trim() ?? '';
  if (!next || next.kind !== 'paragraph' || line.includes('\n') || line.length > 80 || /[.!?:]$/u.test(line) || statedDates(line).length > 0) return undefined;
  const year = grantTitleYear(line);
  return year === undefined ? undefined : { value: year, at: { block: next, start: 0, end: next.seg.text.length } };
}

/** The grant word of a title that is one grant's compound ("Kulturstipendium" → "kulturstipendium"), lower case, no definite ending. */
function titleGrant(title: string): string | undefined {
  const t = title.trim();
  return cueTest(GRANT_COMPOUND_LINE.cue, t) ? grantWord(t.split(' ')[0]!) : undefined;
}

const everyNamedGrant = globalCopy(NAMED_GRANT.cue);
const grantWord = (word: string): string => word.toLowerCase().replace(/(?:et|en)$/u, '');

/**
 * Whether a phrase names a grant by its compound and none of its compounds is the page's own grant word. The head of
 * the page's own compound is its own grant too: "Understödet gäller år 2024" on a page titled "Verksamhetsunderstöd"
 * (vary63, constructed), not another grant's year.
 */
function namesOtherGrant(said: string, own: string): boolean {
  const named = [...said.matchAll(everyNamedGrant)].map((m) => grantWord(m[1]!));
  return named.length > 0 && !named.some((n) => n === own || own.endsWith(n));
}

/**
 * The one year named in the sentence that states the deadline, when that sentence names exactly one: the round it
 * closes is that year's, whatever other years the page names for earlier activity or later rules.
 */
function inDeadlineSentence(found: ReadonlyArray<Found<number>>, deadline: Found<string>): Found<number> | undefined {
  const own = found.filter((h) => h.at.block === deadline.at.block && h.at.start <= deadline.at.start && deadline.at.end <= h.at.end);
  return new Set(own.map((h) => h.value)).size === 1 ? own[0] : undefined;
}

/**
 * Whether every year the document states outside a full date ("31 mars 2018", "2018-03-31") is `year` and
 * none inside one is later, its front matter's date and SFS number counted (an act's "senast den 30 juni 2029" is a standing rule's last day,
 * dev 505, dated 2025).
 */
function onlyYearStated(doc: Doc, year: number, month: number): boolean {
  // (a förordning's own number, from its front matter or its head's "SFS nr:" line: a standing act whose last application day
  // falls in a later year than its number's names no grant year by that day, whichever form the text comes in)
  const meta = [doc.meta?.date?.value, ownSfsNumber(doc)].filter((v): v is string => v !== undefined);
  if (meta.some((v) => /(?:19|20)\d{2}/u.exec(v)?.[0] !== String(year))) return false;
  // … and no year named relative to today ("för nästa års verksamhet", "under föregående år"), nor a term the
  // deadline's month puts in another year, in a paragraph that states no year (an autumn before a call closing
  // in January to March, a spring or a bare "verksamhetsåret" after one closing in September to December): the
  // money is then another year's (a school year without its years spans two)
  const other = OTHER_YEAR.filter((r) => r.meaning === 'next-year' || r.meaning === 'previous-year' || (r.meaning === 'autumn-before' && month <= 3) || (r.meaning === 'spring-after' && month >= 9) || r.meaning === 'school-year');
  return doc.blocks.every((b) => {
    const text = b.seg.text;
    const dates = statedDates(text);
    // (a year of the funder's history, "bildades 1898", is no year the money is tied to)
    const history = HISTORY_YEAR.flatMap((row) => [...text.matchAll(everywhere(row))].map((m) => ({ start: m.index, end: m.index + m[0].length })));
    // (nor the period of a plan or programme the call belongs to, when it holds the year: "… jordbrukspolitiken 2023–2027")
    const programme = PROGRAMME_PERIOD.flatMap((row) => [...text.matchAll(everywhere(row))]
      .filter((m) => Number(m[1]) <= year && year <= Number(m[2]))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })));
    // (nor the last day the call's projects may run to, in a later year: "får som längst pågå till 31 oktober 2017", utlys86)
    const projectEnd = PROJECT_END_DAY.flatMap((row) => [...text.matchAll(everywhere(row))].map((m) => ({ start: m.index, end: m.index + m[0].length })));
    const bare = outsideSpans(outsideSpans(outsideSpans(outsideSpans(yearNumbers(text), dates), history), programme), projectEnd);
    // (a term in a paragraph that states its year outside a date is that year's: "Under 2021 kommer anslag att utdelas vid två
    // tillfällen, dels under våren, dels under hösten", dev 1292)
    if (other.some((r) => cueTest(r.cue, text) && (r.meaning === 'next-year' || r.meaning === 'previous-year' || bare.length === 0))) return false;
    // … and no full date of a later year (a project that may start "tidigast … 2018-01-01", the call closing in 2017)
    return bare.every((y) => y.year === year) && outsideSpans(dates, projectEnd).every((d) => Number(d.date.slice(0, 4)) <= year);
  });
}

/** A stable slug for the grant: the title without year, document type and recipient boilerplate. */
export function idFromTitle(title: string): string {
  let stripped = title;
  for (const row of ID_STRIPS) stripped = stripped.replace(row.meaning === 'strip-all' ? everywhere(row) : row.cue, '');
  const core = stripped
    .replace(/[(),.:;!?"”]/gu, ' ');
  const slug = core.toLowerCase()
    .replace(/[åä]/gu, 'a').replace(/ö/gu, 'o').replace(/é/gu, 'e').replace(/ü/gu, 'u')
    .normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  return slug.split('-').filter(Boolean).slice(0, 8).join('-') || 'statsbidrag';
}


/** The agency that distributes the grant: the one named with "fördela", else the one named most. */
export function findAgency(doc: Doc): Found<string> | undefined {
  const sentences = allSentences(bodyBlocks(doc).concat(doc.blocks.filter((b) => b.kind === 'heading')));
  // undated distributing sentences first: one dated "från och med <år>" tells of a change of hands
  const dated = (s: (typeof sentences)[number]): number => (anyCue(DISTRIBUTES_FROM_YEAR, contextOf(s.text, 0, 0)) ? 1 : 0);
  for (const s of [...sentences].sort((a, b) => dated(a) - dated(b))) {
    if (!anyCue(DISTRIBUTES, contextOf(s.text, 0, 0))) continue;
    const a = distributorNamed(s.text);
    if (a) return { value: a, at: { block: s.block, start: s.start, end: s.end } };
  }
  const best = mostNamedAgency(sentences.map((s) => s.text));
  if (!best || best.count < 2) return undefined;
  const s = sentences[best.first]!;
  return { value: best.name, at: { block: s.block, start: s.start, end: s.end } };
}

/** A sentence that ends in a colon: a lead of what follows. */
const LEAD_END = /:\s*$/u;

/** A purpose sentence that is a purpose row's words and a colon, nothing between: "Syftet med bidraget är att:". */
function cueOnlyLead(text: string): boolean {
  if (!LEAD_END.test(text)) return false;
  return PURPOSE.some((row) => {
    if (row.meaning !== 'purpose') return false;
    // (PURPOSE's patterns carry no g or y flag, so exec keeps no lastIndex between texts: no copy is needed)
    if (!cueTest(row.cue, text)) return false;
    const m = row.cue.exec(text);
    return m !== null && text.slice(m.index + m[0].length).trim() === ':';
  });
}
/** PURPOSE_LEAD's two kinds of row: the grant's own bare lead, and a line after it that is no aim. */
const GRANT_LEADS = PURPOSE_LEAD.filter((r) => r.meaning === 'grant-lead');
const NOT_AIM_LINES = PURPOSE_LEAD.filter((r) => r.meaning === 'not-aim-line');
/** A list mark a line may start with ("-Stödja …", "• Stödja …"). */
const LINE_MARK = /^[-–•*]\s*/u;

/** The first sentence of the paragraph or item right after a lead sentence that ends its block, its list mark left out. */
function lineAfter(doc: Doc, lead: SentenceAt): Found<string> | undefined {
  if (lead.block.seg.text.trimEnd().length > lead.end + 1) return undefined;
  const b = doc.blocks[lead.block.index + 1];
  if (!b || (b.kind !== 'paragraph' && b.kind !== 'item')) return undefined;
  const first = sentencesOf(b)[0];
  if (!first) return undefined;
  const mark = LINE_MARK.exec(first.text)?.[0].length ?? 0;
  const value = first.text.slice(mark).trim();
  return value.length > 0 ? { value, at: { block: b, start: first.start + mark, end: first.start + mark + value.length } } : undefined;
}

/** The stated purpose: "Syftet (med statsbidraget) är att …" (or "Syfte med …"), else the first sentence under a "Syfte" heading. */
export function findPurpose(doc: Doc): Found<string> | undefined {
  for (const s of allSentences(bodyBlocks(doc))) {
    if (PURPOSE.some((row) => row.meaning === 'purpose' && holds(row, contextOf(s.text, 0, 0)))) {
      // a lead that is the cue and its colon alone ("Syftet med bidraget är att:" / "-Stödja kommuner att …", Lycksele dev 2159)
      // says nothing itself: its purpose is the line right after it; with no such line the lead is no purpose (rich75b). A lead
      // that states an aim before its colon ("… att främja hållbara stadsmiljöer genom att ge stöd som leder till:") is the purpose.
      if (!cueOnlyLead(s.text)) return { value: s.text, at: s };
      // (only the grant's own lead, and only an aim after it: not a project's or an assignment's lead, a form's next label
      // or a rule sentence, PURPOSE_LEAD, review75b)
      if (!anyCue(GRANT_LEADS, contextOf(s.text, 0, 0))) continue;
      const next = lineAfter(doc, s);
      if (next && !anyCue(NOT_AIM_LINES, contextOf(next.value, 0, 0))) return next;
    }
  }
  const headingRows = PURPOSE.filter((row) => row.meaning === 'purpose-heading');
  const section = doc.sections.find((s) => anyCue(headingRows, contextOf('', 0, 0, s.heading?.seg.text ?? '')));
  const first = section?.blocks.find((b): b is Block => b.kind === 'paragraph');
  const sentence = first ? sentencesOf(first)[0] : undefined;
  if (sentence) return { value: sentence.text, at: sentence };
  // no purpose stated as such: a government's giving sentence with its aim ("Regeringen ger … kronor … för att …", purpose-giving)
  const givingRows = PURPOSE.filter((row) => row.meaning === 'purpose-giving');
  const giving = allSentences(bodyBlocks(doc)).find((s) => anyCue(givingRows, contextOf(s.text, 0, 0)));
  if (giving) return { value: giving.text, at: giving };
  // nor a giving sentence: a title that is a sum given to an aim ("500 miljoner kronor till vaccinering mot covid-19", purpose-sum-title)
  const title = titleOf(doc);
  const sumTitleRows = PURPOSE.filter((row) => row.meaning === 'purpose-sum-title');
  return title && anyCue(sumTitleRows, contextOf(title.value, 0, 0)) ? title : undefined;
}

