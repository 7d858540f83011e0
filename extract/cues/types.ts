import { commonParts, testHeld, withoutBoundaries, withoutLookarounds } from '../parse/unicode.js';
import { heldBy, mayHold, mayHoldIn } from './literals.js';
import { globalOf } from '../../specs/regex.js';

// A cue is one row of phrase knowledge: a small pattern, where it is looked for relative to a
// candidate value (a date, an amount, a list, a heading), what it means there and how much it
// weighs. Its examples and counter-examples are run by test/extract/cues.test.ts, so a row is
// its own documentation and its own test. In an example, ⟨…⟩ marks the candidate: "Sista
// ansökningsdag är den ⟨16 mars 2026⟩" gives before = "Sista ansökningsdag är den ".

/** Where a cue is looked for, relative to the candidate. */
export type Where =
  | 'before' // the sentence up to the candidate (patterns end in $)
  | 'after' // the sentence after the candidate (patterns start with ^)
  | 'sentence' // the whole sentence
  | 'heading' // the heading of the section the candidate is in
  | 'line'; // a whole block or line ("Sista ansökningsdag: 2025-04-17", "Summa | 5 886 500 000")

export interface Guard { readonly where: Where; readonly cue: RegExp }

export interface Cue<M = string> {
  readonly id: string;
  readonly where: Where;
  readonly cue: RegExp;
  readonly meaning: M;
  /** higher is surer; a finder keeps the best candidate above its threshold */
  readonly weight: number;
  /** the row holds only when this matches too */
  readonly also?: Guard;
  /** the row does not hold when any of these matches */
  readonly unless?: readonly Guard[];
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
  /**
   * What an editor should know of the row's evidence: "one document: …" when every example comes
   * from one text, no second real phrasing found (test/extract/one-document-rows.test.ts keeps it true).
   */
  readonly note?: string;
}

/** The text around a candidate, as the cues read it. */
export interface Context {
  readonly before: string;
  readonly after: string;
  readonly sentence: string;
  readonly heading: string;
  readonly line: string;
}

/** the sentence a context made by contextOf was cut from, and its parts before and after the candidate */
const PARTS = Symbol('parts');
interface Parts {
  readonly sentence: string;
  readonly before: string;
  readonly after: string;
  /** the parts as the rows read them when they are long (see WINDOW), cut once for all rows */
  beforeWindow?: Window;
  afterWindow?: Window;
}

/** the part of a long before or after text a row reads, and where it stands in that text */
interface Window { readonly text: string; readonly from: number; readonly to: number }

export function contextOf(sentence: string, start: number, end: number, heading = '', line = sentence): Context {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // a context of the whole sentence (0, 0) has no parts to vouch for
  if (start > 0 || end > 0) commonParts(sentence, [before, after]);
  const ctx: Context & { [PARTS]: Parts } = { before, after, sentence, heading, line, [PARTS]: { sentence, before, after } };
  return ctx;
}

/**
 * Parts shorter than this are read by the pattern at once. Finding a pattern's needs costs more
 * than running it on a short text: only where the part before or after a candidate is long does
 * looking its needs up in the sentence pay.
 */
const LONG_PART = 256;

/**
 * A row reads at most this many characters before or after its candidate. A cue is a phrase next
 * to the value: the farthest a row's match reaches in every corpus text, fixture PDF and source is
 * 175 characters before a candidate and 47 after (measured when this bound was set; every output
 * stayed byte-identical at 150). Without a bound each row ran over the whole part before each
 * candidate, and a 400 kB sentence of amounts ("anslaget ökar från 1 kronor 2016 till 2 kronor
 * 2017, " repeated) took 134 s in funding alone.
 */
export const WINDOW = 1000;

/**
 * A window starts (before) or ends (after) at a space within this many characters of the bound,
 * so that a row's word boundary and its lookbehind of one character read what they read in the
 * whole part; without a space there (a run of digits) it is cut at the bound.
 */
const ALIGN = 64;
const SPACE = /\s/u;

/** the last WINDOW characters of a text, from a space at or a little before the cut */
export function beforeWindow(text: string): Window {
  if (text.length <= WINDOW) return { text, from: 0, to: text.length };
  let from = text.length - WINDOW;
  for (let j = from; j >= from - ALIGN; j--) {
    if (SPACE.test(text[j]!)) { from = j; break; }
  }
  return { text: text.slice(from), from, to: text.length };
}

/** the first WINDOW characters of a text, to a space at or a little after the cut */
export function afterWindow(text: string): Window {
  if (text.length <= WINDOW) return { text, from: 0, to: text.length };
  let to = WINDOW;
  for (let j = to; j < Math.min(text.length, to + ALIGN); j++) {
    if (SPACE.test(text[j]!)) { to = j + 1; break; }
  }
  return { text: text.slice(0, to), from: 0, to };
}

/** a context's window before or after its candidate, cut once for all of its rows */
function windowOf(parts: Parts, where: 'before' | 'after'): Window {
  const made = where === 'before' ? parts.beforeWindow : parts.afterWindow;
  if (made !== undefined) return made;
  const win = where === 'before' ? beforeWindow(parts.before) : afterWindow(parts.after);
  // a slice of the sentence holds no uncommon character when the sentence holds none
  if (win.text !== parts[where]) commonParts(parts.sentence, [win.text]);
  if (where === 'before') parts.beforeWindow = win; else parts.afterWindow = win;
  return win;
}

/**
 * Whether a pattern matches a context's text. Before and after a candidate, a row reads a window
 * of the part next to it (WINDOW), so a sentence of many candidates costs each candidate the same.
 * In a long sentence a row's needs (extract/cues/literals.ts) are looked up in the sentence first,
 * found once for all of its candidates, and the pattern runs only where they are.
 */
function matches(re: RegExp, where: Where, ctx: Context): boolean {
  if (where !== 'before' && where !== 'after') return wholeMatches(re, ctx[where]);
  const whole = ctx[where];
  const parts = (ctx as { [PARTS]?: Parts })[PARTS];
  // a context copied with another before or after is read as it is
  const own = parts !== undefined && whole === parts[where];
  const win = own ? windowOf(parts, where) : where === 'before' ? beforeWindow(whole) : afterWindow(whole);
  const text = win.text;
  if (own && whole.length >= LONG_PART) {
    // the window's place in the sentence: the part before starts the sentence, the part after ends it
    const at = where === 'before' ? 0 : parts.sentence.length - whole.length;
    if (!mayHoldIn(re, parts.sentence, at + win.from, at + win.to)) return false;
  }
  // a row's needs missing from a short part: the pattern is not run (nor compiled, if it never runs)
  return heldBy(re, text, testHeld);
}

/**
 * A whole text (a sentence, a heading, a line) is read by the same rows for every candidate in
 * it, and by several finders: the answer is kept with the text (heldBy), so that a sentence of
 * many candidates is read once per row, not once per candidate.
 */
function wholeMatches(re: RegExp, text: string): boolean {
  return heldBy(re, text, testHeld);
}

/**
 * Whether a cue row's pattern matches a text: re.test(text), but a pattern one of whose needs
 * (extract/cues/literals.ts) the text lacks is not run, nor compiled if no text it is asked about
 * has them. For the finders that test a row's pattern directly (a few lines or headings, not a
 * context): the chrome lines of a title's search alone compiled about 60 ms of patterns (a
 * bounded repeat of \p{L} classes with i and u) that could not match a line without their words.
 */
export function cueTest(re: RegExp, text: string): boolean {
  return heldBy(re, text, testHeld);
}

/** An example's context: ⟨…⟩ marks the candidate; without a mark the whole text is every scope. */
export function exampleContext(example: string): Context {
  const open = example.indexOf('⟨');
  const close = example.indexOf('⟩');
  if (open < 0 || close < open) return { before: example, after: example, sentence: example, heading: example, line: example };
  const plain = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return contextOf(plain, open, close - 1, plain, plain);
}

export function holds(row: Cue<unknown>, ctx: Context): boolean {
  if (!matches(row.cue, row.where, ctx)) return false;
  if (row.also && !matches(row.also.cue, row.also.where, ctx)) return false;
  return !row.unless?.some((g) => matches(g.cue, g.where, ctx));
}


/**
 * How many times (at most cap) a row's pattern matches in a whole text, without overlapping. Only the
 * row's pattern counts here (a row read this way is a mark that stands where it stands, like a check box
 * or a signature block's label); its guards are read where a candidate has a context.
 */
export function countMatches(row: Cue<unknown>, text: string, cap: number): number {
  // a row one of whose needs the text lacks matches nowhere in it: the whole text is not scanned
  // (the global copy, an sv() pattern, looks only a short text up first)
  if (!mayHold(row.cue, text)) return 0;
  const all = globalOf(row);
  const scan = text.length >= SCAN_FROM ? scanOf(all) : undefined;
  if (scan === undefined) return countUpTo(all, text, cap);
  let n = 0;
  for (let from = 0; n < cap;) {
    const m = scan.next(text, from);
    if (m === null) break;
    n++;
    from = nextFrom(all, text, m);
  }
  return n;
}

/** Where the search goes on after a match: its end, or past an empty one by one (a whole code point with the u flag), as String.prototype.match does. */
function nextFrom(re: RegExp, text: string, m: RegExpExecArray): number {
  const end = m.index + m[0].length;
  return m[0] !== '' ? end : end + (re.unicode && (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Whole texts at least this long (a long PDF's whole text) are counted through the row's scan
 * (scanOf) when it has one: on a text of a few pages a pattern compiled for it costs more than it saves.
 */
const SCAN_FROM = 32_768;

/** The first match of a pattern at or after a place in a text, found through a quicker pattern (scanOf). */
interface Scan { next(text: string, from: number): RegExpExecArray | null }
const SCANS = new WeakMap<RegExp, Scan | null>();
/** a pattern that starts with a lookaround (or a group of them), and what is left without its lookarounds starts with a letter, a digit or a group */
const LOOKAROUND_FIRST = /^\((?:\?<?[=!]|\?:\(\?<?[=!])/u;
const PLAIN_FIRST = /^[\p{L}\p{N}(]/u;
/** a word boundary somewhere in a pattern (or an escaped backslash before a b: then the scan is made for nothing, the same matches) */
const BOUNDARY = /\\[bB]/u;

/**
 * A whole-text scan for a global pattern that starts with a lookaround, which V8 tries at every
 * position of a text (office-use-box, "(?:(?<!\p{L})(?:for[ \t]+)?|(?<=\p{Ll}))office…", took 35 ms
 * of CPU on the 216-page bench PDF's 455 000 characters, 1 ms this way). The pattern without its
 * lookarounds (withoutLookarounds) matches wherever the pattern does: it is searched for, and the
 * pattern itself run, anchored (sticky), only where it stands, from the left. The first place where
 * the pattern matches is its first match there, as the global search would find it: the same
 * matches, in the same order. Null when the pattern has no such scan.
 *
 * So too for a pattern with the i and u flags and a word boundary: V8 reads \b there as lookarounds
 * (see withoutBoundaries), and the pattern without its boundaries and lookarounds is the quick one
 * (the bench PDF's KIND_EVIDENCE counts, warm: 71 ms, of which fill-blanks-click-box 13 ms).
 */
export function scanOf(re: RegExp): Scan | undefined {
  let scan = SCANS.get(re);
  if (scan === undefined) {
    scan = null;
    // (with the i and u flags a word boundary is a pair of lookarounds too: withoutBoundaries)
    const boundaries = re.ignoreCase && (re.unicode || re.flags.includes('v')) && BOUNDARY.test(re.source);
    const lookarounds = LOOKAROUND_FIRST.test(re.source) || boundaries ? withoutLookarounds(re.source) : undefined;
    const rest = lookarounds !== undefined && boundaries ? withoutBoundaries(lookarounds) : lookarounds;
    if (rest !== undefined && PLAIN_FIRST.test(rest)) {
      try {
        const Species = re.constructor as new (pattern: RegExp | string, flags: string) => RegExp;
        const flags = re.flags.replace(/[gy]/gu, '');
        const starts = new Species(rest, `${flags}g`);
        const at = new Species(re, `${flags}y`);
        scan = {
          next(text: string, from: number): RegExpExecArray | null {
            for (let s = from; s <= text.length;) {
              starts.lastIndex = s;
              const hit = starts.exec(text);
              if (hit === null) return null;
              at.lastIndex = hit.index;
              const m = at.exec(text);
              if (m !== null) return m;
              s = hit.index + (re.unicode && (text.codePointAt(hit.index) ?? 0) > 0xffff ? 2 : 1);
            }
            return null;
          },
        };
      } catch {
        scan = null;
      }
    }
    SCANS.set(re, scan);
  }
  return scan ?? undefined;
}


/**
 * How many different texts (at most cap) a row's pattern matches in a whole text, white space folded: a mark
 * repeated word for word counts once (a saved page's link-list headings, "Skandinaviske dokumenter:" over each
 * list, are one label however often they stand). Linear: one pass, a set of at most cap texts.
 */
export function countDistinctMatches(row: Cue<unknown>, text: string, cap: number): number {
  if (!mayHold(row.cue, text)) return 0;
  const all = globalOf(row);
  const seen = new Set<string>();
  all.lastIndex = 0;
  while (seen.size < cap) {
    const m = all.exec(text);
    if (m === null) break;
    seen.add(m[0].replace(/\s+/gu, ' ').trim().toLowerCase());
    if (m[0] === '') all.lastIndex += all.unicode && (text.codePointAt(all.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  all.lastIndex = 0;
  return seen.size;
}

/** How many times (at most cap) a global pattern matches in a text: text.match(re).length, stopped at cap. */
export function countUpTo(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap) {
    const m = re.exec(text);
    if (m === null) break;
    n++;
    // an empty match moves on by one, as String.prototype.match does (a whole code point with the u flag)
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return n;
}

/** The heaviest row that holds (the first of equals), or none. */
export function bestCue<M>(rows: ReadonlyArray<Cue<M>>, ctx: Context): Cue<M> | undefined {
  let best: Cue<M> | undefined;
  for (const row of rows) if ((!best || row.weight > best.weight) && holds(row, ctx)) best = row;
  return best;
}

/** Whether any row holds. */
export function anyCue(rows: ReadonlyArray<Cue<unknown>>, ctx: Context): boolean {
  return rows.some((row) => holds(row, ctx));
}

/**
 * Where in the text before a candidate the rows' patterns start, the latest of their first matches
 * (-1 when none matches): for "the word nearest the date decides". Read in the window a row reads
 * (WINDOW), so that a sentence of many dates costs each date the same.
 */
export function lastAt(rows: ReadonlyArray<Cue<unknown>>, ctx: Context): number {
  const parts = (ctx as { [PARTS]?: Parts })[PARTS];
  const win = parts !== undefined && ctx.before === parts.before ? windowOf(parts, 'before') : beforeWindow(ctx.before);
  let at = -1;
  for (const row of rows) {
    const found = win.text.search(row.cue);
    if (found >= 0) at = Math.max(at, win.from + found);
  }
  return at;
}
