import { readBuilt, stampedTable } from './built-table.js';
import { keptBy, TextStore } from '../kept.js';
// The words a pattern cannot match without. Before and after each candidate of a long sentence a
// cue row would otherwise read the whole part again (quadratic on a sentence of many amounts);
// its words are found in the sentence once instead (`mayHoldIn`), and the pattern runs only where
// they are, so no answer changes. The needs are read from the pattern itself: a row has no second
// spelling to keep in step. (On short texts running the pattern is cheaper than the lookup: see
// LONG_PART in types.ts.)

/** Every match contains, for each inner list, one of its strings (lowercased for a pattern that ignores case). */
export type Needs = ReadonlyArray<readonly string[]>;

/**
 * The letters a case-ignoring literal may hold: each is matched (with the i flag, with or without
 * u) by exactly the characters of the common blocks that lowercase to it, except "ſ" for "s",
 * which `mayHold` reads as an s (test/extract/literals.test.ts checks every character).
 */
export const FOLDED = 'abcdefghijklmnopqrstuvwxyzåäöéüæøàèáíóúçñ0123456789 !"#%&\',-./:;<=>@_`~§»«”“’–—';
const FOLDED_SET = new Set(FOLDED);
/** a run of FOLDED letters only */
const ALL_FOLDED = new RegExp(`^[${[...FOLDED].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]+$`, 'u');
/** characters that stand for themselves in a pattern (BMP only, so that a run never splits a pair) */
const PLAIN = /[^\\[\]()|*+?{}.^$\ud800-\udfff]+/uy;

interface Item {
  /** a literal character, when the item is one with no quantifier */
  readonly char?: string;
  /** what every match of the item contains */
  readonly needs: Needs;
}

class Unreadable extends Error {}

/** A small reader of pattern syntax: only what it is sure of becomes a need; anything else needs nothing. */
class Reader {
  i = 0;
  constructor(readonly s: string, readonly fold: boolean, readonly unicode: boolean) {}

  /** alternatives up to a ')' or the end: the needs of the whole */
  alternatives(): Needs {
    const alts: Array<Needs> = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    // one need per alternative, the surest; any of them will do
    const choice = new Set<string>();
    for (const a of alts) {
      const best = surest(a);
      if (!best) return [];
      for (const x of best) choice.add(x);
    }
    return choice.size <= MAX_CHOICES ? [[...choice]] : [];
  }

  sequence(): Needs {
    const needs: Array<readonly string[]> = [];
    let run = '';
    const flush = (): void => {
      if (run) needs.push([run]);
      run = '';
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const item = this.item();
      const min = this.quantifier();
      if (item.char !== undefined && min === 1 && !this.quantified) {
        run += item.char;
        continue;
      }
      flush();
      if (min >= 1) needs.push(...item.needs, ...(item.char !== undefined ? [[item.char]] : []));
    }
    flush();
    return needs;
  }

  /** set by quantifier(): whether the last item had one */
  quantified = false;

  /** the least count of the quantifier after an item (1 when there is none) */
  quantifier(): number {
    this.quantified = true;
    const c = this.s[this.i];
    let min = 1;
    if (c === '*' || c === '?') { min = 0; this.i++; }
    else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/u.exec(this.s.slice(this.i, this.i + 24));
      if (!m) throw new Unreadable();
      min = Number(m[1]);
      this.i += m[0].length;
    } else {
      this.quantified = false;
      return 1;
    }
    if (this.s[this.i] === '?') this.i++;
    return min;
  }

  item(): Item {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') { this.skipClass(); return { needs: [] }; }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$' || c === '.') { this.i++; return { needs: [] }; }
    if ('*+?{}]'.includes(c)) throw new Unreadable();
    // a run of plain characters read at once (all but its last, which a quantifier may follow)
    PLAIN.lastIndex = this.i;
    const run = PLAIN.exec(this.s)?.[0] ?? '';
    if (run.length > 2) {
      const head = run.slice(0, run.length - 2);
      const low = this.fold ? head.toLowerCase() : head;
      if (!this.fold || (low.length === head.length && ALL_FOLDED.test(low))) {
        this.i += head.length;
        return { char: low, needs: [] };
      }
    }
    const cp = this.s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return this.literal(ch);
  }

  literal(ch: string): Item {
    if (!this.fold) return { char: ch, needs: [] };
    const low = ch.toLowerCase();
    return FOLDED_SET.has(low) ? { char: low, needs: [] } : { needs: [] };
  }

  escape(): Item {
    const next = this.s[this.i + 1];
    if (next === undefined) throw new Unreadable();
    // an escaped sign stands for itself: \. \( \- \/ …
    if (/^[\^$\\.*+?()[\]{}|/-]$/u.test(next)) {
      this.i += 2;
      return this.literal(next);
    }
    if (next === 'p' || next === 'P') {
      const close = this.s.indexOf('}', this.i);
      if (close < 0) throw new Unreadable();
      this.i = close + 1;
      return { needs: [] };
    }
    // a character by its number, a named back-reference, \s \d \w \b \n \t, a back-reference:
    // one character or none, never read as a literal
    const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|[1-9]\d*|[^ux])/u.exec(this.s.slice(this.i, this.i + 16));
    if (!m) throw new Unreadable();
    this.i += m[0].length;
    return { needs: [] };
  }

  skipClass(): void {
    this.i++;
    if (this.s[this.i] === '^') this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Unreadable();
    this.i++;
  }

  group(): Item {
    const rest = this.s.slice(this.i, this.i + 4);
    let look = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (/^\(\?<?[=!]/u.test(rest)) { look = true; this.i += rest[2] === '<' ? 4 : 3; }
    else if (rest.startsWith('(?<')) {
      const gt = this.s.indexOf('>', this.i);
      if (gt < 0) throw new Unreadable();
      this.i = gt + 1;
    } else if (rest.startsWith('(?')) throw new Unreadable(); // a modifier group: (?i:…)
    else this.i += 1;
    const inner = this.alternatives();
    if (this.s[this.i] !== ')') throw new Unreadable();
    this.i++;
    // a lookaround matches no characters of its own
    return { needs: look ? [] : inner };
  }
}

/**
 * Looking for a need costs a search of the text per string, where the pattern costs one run: a
 * need of many strings (the twelve months) costs more than it saves, and two needs are plenty.
 */
const MAX_CHOICES = 4;
const MAX_NEEDS = 2;

/** The surest of a sequence's needs: the one whose shortest string is longest. */
function surest(needs: Needs): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let score = 0;
  for (const n of needs) {
    const s = Math.min(...n.map((x) => x.length));
    if (s > score) { best = n; score = s; }
  }
  return best;
}

/** a pattern's needs, and whether they are lowercased (the pattern ignores case) */
interface Known { readonly needs: Needs; readonly folded: boolean }

const cache = new WeakMap<RegExp, Known>();

/** the key of a pattern in the needs read at build time: its flags and its (full) source */
export const needsKey = (re: RegExp): string => `${re.flags}/${re.source}`;

/**
 * The needs of the project's patterns, read at build time (extract/cues/make-needs.ts writes
 * needs.json beside this module after tsc): reading every cue pattern's source cost about a fifth
 * of a second of CPU at every start. Each entry is what readNeeds gives for its key, so a changed
 * pattern is simply not found and read at run time; without the file, or with one this module as
 * it is now did not make (see built-table.ts), every pattern is.
 */
const BUILT: ReadonlyMap<string, Needs> = readBuilt(new URL('./needs.json', import.meta.url), import.meta.url,
  // a file made by this module as it is now (built-table.ts), its entries lists of lists of strings
  (v): v is Needs => Array.isArray(v) && v.every((n) => Array.isArray(n) && n.every((x) => typeof x === 'string')));

/** needs.json's text: `table` (builtNeeds) stamped with this module (a table of another version of it is not read). */
export const needsFile = (table: Record<string, Needs>): string => stampedTable(import.meta.url, table);

/**
 * The needs of patterns not in needs.json, read at run time, by key: a pattern made again with the
 * same source and flags (a global copy, a pattern a finder makes per document) is read once. On the
 * 216-page bench PDF 2 640 patterns were read at run time, about 28 ms, most of them again and again.
 */
const readAtRun = new Map<string, Needs>();
const READ_AT_RUN_MAX = 4096;

/** A pattern's needs, read once: asked for by every row on every text, so its flags are read once too. */
function knownOf(re: RegExp): Known {
  let known = cache.get(re);
  if (known === undefined) {
    const key = needsKey(re);
    let needs = BUILT.get(key) ?? readAtRun.get(key);
    if (needs === undefined) {
      needs = readNeeds(re);
      // bounded: a long-running process (a site build) that made patterns per document would grow it
      if (readAtRun.size >= READ_AT_RUN_MAX) readAtRun.clear();
      readAtRun.set(key, needs);
    }
    known = { needs, folded: re.flags.includes('i') };
    cache.set(re, known);
  }
  return known;
}

/** What every match of a pattern contains; none for a pattern this reader cannot be sure of. */
export function needsOf(re: RegExp): Needs {
  return knownOf(re).needs;
}

/** A pattern's source built by concatenation is a rope, slow to read character by character: copied flat. */
const flat = (s: string): string => s.split('').join('');

/** A pattern's needs read from its source (what the build writes to needs.json for each pattern). */
export function readNeeds(re: RegExp): Needs {
  // a global or sticky pattern carries lastIndex, which a skipped run would not reset
  if (re.global || re.sticky || re.flags.includes('v')) return [];
  const reader = new Reader(flat(re.source), re.flags.includes('i'), re.flags.includes('u'));
  try {
    const needs = reader.alternatives();
    if (reader.i !== re.source.length) return [];
    const shortest = (n: readonly string[]): number => Math.min(...n.map((x) => x.length));
    return needs.filter((n) => n.length > 0 && n.length <= MAX_CHOICES && shortest(n) > 0)
      .sort((a, b) => shortest(b) - shortest(a)).slice(0, MAX_NEEDS);
  } catch (e) {
    if (e instanceof Unreadable) return [];
    throw e;
  }
}

/** A text read for needs: itself and lowercased, "ſ" (an s to a pattern that ignores case) as "s". */
interface Read {
  readonly text: string;
  readonly lower: string;
  /** where each string asked about first and last stands, for windows of the text */
  first?: Map<string, number>;
  last?: Map<string, number>;
  /** each pattern's answer on the text, by the function that ran it (see heldBy) */
  answers?: Map<Run, Map<RegExp, boolean>>;
  /** how many answers are kept with the text, all run functions together */
  answerCount?: number;
}

/**
 * Every text read, by its value, in the one bounded store (extract/kept.ts): a finder that runs each
 * row over a section's sentences asks about many texts in turn, and each was lowercased again at
 * every row. On the 216-page bench PDF the rows read 490 different texts 90 868 times (8.5 million
 * characters lowercased, garbage for the collector). A long sentence of many candidates is kept as
 * the store's last long text, so the windows around each candidate read it once.
 */
const reads = new TextStore<Read>();

/** a function that runs a pattern on a text (testHeld, as the cue rows read) */
export type Run = (re: RegExp, text: string) => boolean;

/** answers kept with one text at most: far more than the rows that read one text (about 1 000 patterns) */
export const MAX_ANSWERS = 4096;
/** what one kept answer costs against the store's characters, in characters (a map entry is some 30-40 bytes) */
const ANSWER_CHARS = 16;

/** the kept texts and what they hold, for tests of the bounds */
export const keptStats = (): { texts: number; chars: number } => {
  const { texts, chars } = reads.stats();
  return { texts, chars };
};

function readOf(text: string): Read {
  return keptBy(reads, text, (t) => {
    const lower = t.toLowerCase();
    return { text: t, lower: lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower };
  });
}

function indexOf(r: Read, s: string, folded: boolean, which: 'first' | 'last'): number {
  const key = folded ? s : `\u0000${s}`;
  const map = (r[which] ??= new Map());
  let at = map.get(key);
  if (at === undefined) {
    const t = folded ? r.lower : r.text;
    at = which === 'first' ? t.indexOf(s) : t.lastIndexOf(s);
    map.set(key, at);
  }
  return at;
}

// Creating the patterns later (per genre or table, only those a text's words need) would not cut
// their compiling (measured 3 December 2026, not adopted): V8 compiles a pattern at its first run
// (and natively at its second), never when it is created, and caches no regexp code. After the
// extractor's modules load, the heap holds 1 014 distinct pattern sources (Node's and the
// libraries' included); a run on the 216-page bench PDF runs 476 of them (pdf.js's included), on a
// 7 kB text 370. The ones a document never runs cost only their creating: 464 and 486 patterns,
// 11 and 13 ms (at load average 15-17). What costs is compiling those that run: in a process of
// their own, one subject line, the PDF's 476 take 48 ms to create, 553 ms at the first run and 265
// ms at the second (the third 0.8 ms); timed one by one (creating and two runs: 856 ms) the 307
// /iu ones 720 ms of it, the dearest 50 of the 476 431 ms (an alternation of words 1 202 characters long, the Unicode word boundaries
// (?<![\p{L}\p{N}_]) … (?![\p{L}\p{N}_]) with i and u: 11-22 ms each; a one-shot process under
// load: dearer than in the CLI's run, but the order holds). 282 of the 476 never match on the PDF
// (246 of 370 on the text), but only 28 (34) lack one of their needs anywhere in the whole text,
// about 30 ms of compiling: the rest have no needs this reader is sure of, or have them all in
// the text. So a whole-text check of the needs before a row runs would save about 0.03 s; the
// compiling is cut only by fewer or cheaper patterns that run (fewer /iu word boundaries).
/** Whether a pattern may match a text: false only when one of its needs is missing from it. */
export function mayHold(re: RegExp, text: string): boolean {
  const { needs, folded } = knownOf(re);
  if (needs.length === 0) return true;
  const t = folded ? readOf(text).lower : text;
  for (const need of needs) {
    let found = false;
    for (const s of need) {
      if (t.includes(s)) { found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Whether a pattern may match a text made from this one by turning some of its characters into
 * spaces (a sentence with its denials or names blanked): false only when one of its needs, a need
 * holding no space, is missing from this text. Blanking adds no character but the space, so a
 * string without one in the blanked text stands at the same place in this one: a pattern this
 * says cannot match is not run on the blanked text, and nothing is blanked to ask it.
 */
export function mayHoldBlanked(re: RegExp, text: string): boolean {
  const { needs, folded } = knownOf(re);
  if (needs.length === 0) return true;
  const t = folded ? readOf(text).lower : text;
  for (const need of needs) {
    let found = false;
    for (const s of need) {
      if (s.includes(' ') || t.includes(s)) { found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Whether a pattern may match text[from, to), a prefix or a suffix of the text: false only when
 * one of its needs is missing there. Asked for the parts before and after each candidate of one
 * sentence, it finds each string in the sentence once, so a sentence of many candidates stays linear.
 */
export function mayHoldIn(re: RegExp, text: string, from: number, to: number): boolean {
  const { needs, folded } = knownOf(re);
  if (needs.length === 0) return true;
  const r = readOf(text);
  // lowercasing keeps every letter in its place unless it lengthens one ("İ")
  if (folded && r.lower.length !== text.length) return mayHold(re, text.slice(from, to));
  for (const need of needs) {
    let found = false;
    for (const s of need) {
      if (s.length > to - from) continue;
      const first = indexOf(r, s, folded, 'first');
      if (first < 0) continue;
      const last = indexOf(r, s, folded, 'last');
      if ((first >= from && first + s.length <= to) || (last >= from && last + s.length <= to)
        // neither the first nor the last is inside: look inside (never for a prefix or a suffix)
        || (first < from && last + s.length > to && (folded ? r.lower : text).slice(from, to).includes(s))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Whether a pattern matches a text: mayHold, then run(re, text) (the pattern itself), the answer
 * kept with the text as read, so that a row asked about the same text again (by another finder,
 * another candidate of the sentence, or the same sentence again further on) is answered at once.
 * On the 216-page bench PDF the rows asked 515 191 times about 25 741 different pairs of a
 * pattern and a text (519 texts): each was a lookup of the row's needs (1 041 518 searches of the
 * text, 114 million characters) and, where they were there, a run of the pattern. A global or
 * sticky pattern carries lastIndex, so its answer is never kept.
 */
export function heldBy(re: RegExp, text: string, run: Run): boolean {
  if (re.global || re.sticky) return mayHold(re, text) && run(re, text);
  const r = readOf(text);
  // keyed by the run function too: one pattern asked through test() and through another reading
  // of it (a match that must start a line, say) may answer differently on the same text
  const byRun = (r.answers ??= new Map());
  let answers = byRun.get(run);
  if (answers === undefined) byRun.set(run, answers = new Map());
  let answer = answers.get(re);
  if (answer === undefined) {
    answer = mayHold(re, text) && run(re, text);
    // a text's answers are bounded (patterns made per call would each be kept, with the pattern,
    // for as long as the text is), and counted against the kept texts' budget, so that many short
    // texts with many answers each do not grow a long-running process (a site build, the tests)
    if ((r.answerCount ?? 0) >= MAX_ANSWERS) { byRun.clear(); byRun.set(run, answers = new Map()); r.answerCount = 0; }
    answers.set(re, answer);
    r.answerCount = (r.answerCount ?? 0) + 1;
    reads.charge(ANSWER_CHARS);
  }
  return answer;
}

/**
 * A pattern's literal words in the order every match holds them: a sequence of strings and of choices (each
 * a list of such sequences), read from the source as the needs are (Reader: a literal a case-ignoring pattern
 * holds counts only when it is a FOLDED letter). Whatever is not a sure literal (a class, an escape, a
 * lookaround, an optional part) is left out, so a match holds the words of some path through the choices, in
 * that order, apart: a text that holds no such path cannot match.
 */
type Order = ReadonlyArray<string | readonly Order[]>;

/** Reads an Order (undefined for a pattern it cannot be sure of: a modifier group, a syntax it does not know). */
function readOrder(s: string, fold: boolean): Order[] | undefined {
  let i = 0;
  const literal = (ch: string): string | undefined => {
    if (!fold) return ch;
    const low = ch.toLowerCase();
    return FOLDED_SET.has(low) ? low : undefined;
  };
  /** the least count of the quantifier after an item: 1 none, 2 one or more, 0 maybe none */
  const quantifier = (): number => {
    const c = s[i];
    let min = 1;
    if (c === '*' || c === '?') { min = 0; i++; }
    else if (c === '+') { min = 2; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/u.exec(s.slice(i, i + 24));
      if (!m) throw new Unreadable();
      min = Number(m[1]) === 0 ? 0 : 2;
      i += m[0].length;
    } else return 1;
    if (s[i] === '?') i++;
    return min;
  };
  /** one item: a literal character, a group's choices, or nothing sure (undefined) */
  const item = (): string | Order[] | undefined => {
    const c = s[i]!;
    if (c === '(') {
      const rest = s.slice(i, i + 4);
      let look = false;
      if (rest.startsWith('(?:')) i += 3;
      else if (/^\(\?<?[=!]/u.test(rest)) { look = true; i += rest[2] === '<' ? 4 : 3; }
      else if (rest.startsWith('(?<')) {
        const gt = s.indexOf('>', i);
        if (gt < 0) throw new Unreadable();
        i = gt + 1;
      } else if (rest.startsWith('(?')) throw new Unreadable();
      else i++;
      const inner = alternatives();
      if (s[i] !== ')') throw new Unreadable();
      i++;
      // a lookaround's words need not stand apart from the match's own: left out
      return look ? undefined : inner;
    }
    if (c === '[') {
      i++;
      if (s[i] === '^') i++;
      while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
      if (s[i] !== ']') throw new Unreadable();
      i++;
      return undefined;
    }
    if (c === '\\') {
      const next = s[i + 1];
      if (next === undefined) throw new Unreadable();
      if (/^[\^$\\.*+?()[\]{}|/-]$/u.test(next)) { i += 2; return literal(next); }
      if (next === 'p' || next === 'P') {
        const close = s.indexOf('}', i);
        if (close < 0) throw new Unreadable();
        i = close + 1;
        return undefined;
      }
      const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|[1-9]\d*|[^ux])/u.exec(s.slice(i, i + 16));
      if (!m) throw new Unreadable();
      i += m[0].length;
      return undefined;
    }
    if (c === '^' || c === '$' || c === '.') { i++; return undefined; }
    if ('*+?{}]'.includes(c)) throw new Unreadable();
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    i += ch.length;
    return literal(ch);
  };
  const sequence = (): Order => {
    const out: Array<string | readonly Order[]> = [];
    let run = '';
    const flush = (): void => { if (run) out.push(run); run = ''; };
    while (i < s.length && s[i] !== '|' && s[i] !== ')') {
      const it = item();
      const min = quantifier();
      if (typeof it === 'string' && min === 1) { run += it; continue; }
      flush();
      // a repeated item is there at least once; an optional one, maybe not at all
      if (min > 0 && it !== undefined) out.push(it);
    }
    flush();
    return out;
  };
  const alternatives = (): Order[] => {
    const alts = [sequence()];
    while (s[i] === '|') { i++; alts.push(sequence()); }
    return alts;
  };
  try {
    const order = alternatives();
    return i === s.length ? order : undefined;
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

/** Where the earliest path through the choices, from `at`, ends in t; -1 when none is there. */
function orderEnd(choices: readonly Order[], t: string, at: number): number {
  let best = -1;
  for (const seq of choices) {
    let pos = at;
    for (const x of seq) {
      if (typeof x !== 'string') pos = orderEnd(x, t, pos);
      else {
        const k = t.indexOf(x, pos);
        pos = k < 0 ? -1 : k + x.length;
      }
      if (pos < 0) break;
    }
    if (pos >= 0 && (best < 0 || pos < best)) best = pos;
    if (best === at) break;
  }
  return best;
}

/** a pattern's words in order, by key (undefined: none worth looking for), read once a key */
const orders = new Map<string, readonly Order[] | undefined>();
const ORDERS_MAX = 4096;

/** Whether an Order asks more than nothing: a choice with a path of no words is always there. */
const asksWords = (choices: readonly Order[]): boolean => choices.every((seq) => seq.some((x) => typeof x === 'string' || asksWords(x)));

/** each pattern's Order and whether it ignores case, once it was asked for (the key is a long string to hash) */
const orderByPattern = new WeakMap<RegExp, { readonly order: readonly Order[] | undefined; readonly folded: boolean }>();

function orderOf(re: RegExp): { readonly order: readonly Order[] | undefined; readonly folded: boolean } {
  let known = orderByPattern.get(re);
  if (known !== undefined) return known;
  const key = needsKey(re);
  let order = orders.get(key);
  if (!orders.has(key)) {
    if (orders.size >= ORDERS_MAX) orders.clear();
    const read = re.flags.includes('v') ? undefined : readOrder(flat(re.source), re.flags.includes('i'));
    order = read !== undefined && asksWords(read) ? read : undefined;
    orders.set(key, order);
  }
  known = { order, folded: re.flags.includes('i') };
  orderByPattern.set(re, known);
  return known;
}

/**
 * Whether a pattern may match a text: false only when the text lacks its literal words in the order every
 * match holds them (readOrder), which is stronger than the needs (two of the words, anywhere). Asked before a
 * pattern's first run, so that a pattern that cannot match on a document is never compiled: V8 compiles a
 * pattern at its first run, and on the 216-page bench PDF 343 of the 444 sv() patterns that passed their needs
 * never matched, their compiling about 0.10 s of the CLI's time (0.08 s of it turned away by this).
 */
export function mayHoldInOrder(re: RegExp, text: string): boolean {
  const { order, folded } = orderOf(re);
  if (order === undefined) return true;
  return orderEnd(order, folded ? readOf(text).lower : text, 0) >= 0;
}
