import { readBuilt, stampedTable } from '../cues/built-table.js';
import { mayHold, mayHoldInOrder } from '../cues/literals.js';

// JavaScript's \b is ASCII-only even with the u flag: it finds no boundary before "öppnar" or
// after "på". Regexes over Swedish text go through `sv`, which makes \b a Unicode word boundary.
//
// A Unicode word character class costs about a millisecond to compile wherever it stands, and the
// two-sided boundary holds four of them. Most \b stand next to a part of the pattern that can only
// match a word character ("\bkommun", "(?:19|20)\d{2}\b"); there the boundary is exactly one
// lookaround on the other side, so that is what `sv` writes. The full boundary is kept where the
// neighbour may be empty or a non-word character.

const WORD_CLASS = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD_CLASS})(?!${WORD_CLASS})|(?<!${WORD_CLASS})(?=${WORD_CLASS}))`;
const NOT_AFTER_WORD = `(?<!${WORD_CLASS})`;
const NOT_BEFORE_WORD = `(?!${WORD_CLASS})`;

const WORD = /^[\p{L}\p{N}_]$/u;
/** escapes that match one word character */
const WORD_ESCAPE = /^\\(?:d|p\{(?:L|Lu|Ll|N)\})/u;
const WORD_ESCAPE_END = /\\p\{(?:L|Lu|Ll|N)\}$/u;
/** a class of word characters only: [Ee], [st] */
const WORD_SET = /^\[[\p{L}\p{N}_]+\]/u;
const WORD_SET_END = /\[[\p{L}\p{N}_]+\]$/u;
/** a counted repeat of at least one: {2}, {1,3} */
const REPEAT_END = /\{[1-9]\d*(?:,\d*)?\}$/u;
/** a character that is part of an escape rather than a literal: \u00e5, \x41, \cJ, \k<name>, \p{…} */
const INSIDE_ESCAPE = /\\(?:u[0-9a-fA-F]{0,3}|x[0-9a-fA-F]?|c|k<[^>]*|[pP]\{[^}]*)$/u;

/**
 * What a word character is for a boundary: sv()'s Unicode one ([\p{L}\p{N}_]) or JavaScript's own (\w: [A-Za-z0-9_],
 * with the i and u flags also U+017F and U+212A, the case variants of s and k). An atom counts as a word
 * character only when every character it can match is one, under whatever flags it runs with.
 */
interface WordShape {
  /** one literal character */
  readonly char: RegExp;
  /** an escape that matches a word character, at the start of a text / at its end */
  readonly escape: RegExp;
  readonly escapeEnd: RegExp;
  /** the letter of a one-letter escape of word characters (\d) */
  readonly escaped: string;
  /** a class of word characters only, at the start / at the end */
  readonly set: RegExp;
  readonly setEnd: RegExp;
}
const UNICODE_WORD: WordShape = { char: WORD, escape: WORD_ESCAPE, escapeEnd: WORD_ESCAPE_END, escaped: 'd', set: WORD_SET, setEnd: WORD_SET_END };
/**
 * JavaScript's word characters: an ASCII letter, digit or underscore (with the i and u flags a literal k or s also
 * matches U+212A or U+017F, which \w and \b then count as word characters too), \d and \w; never \p{…}.
 */
const ASCII_WORD: WordShape = {
  char: /^[A-Za-z0-9_]$/u, escape: /^\\[dw]/u, escapeEnd: /(?!)/u, escaped: 'dw',
  set: /^\[[A-Za-z0-9_]+\]/u, setEnd: /\[[A-Za-z0-9_]+\]$/u,
};

interface Shape {
  /** matching parentheses, both ways */
  readonly close: Map<number, number>;
  readonly open: Map<number, number>;
  /** offsets inside a character class */
  readonly inClass: Set<number>;
}

function shapeOf(s: string): Shape {
  const close = new Map<number, number>();
  const open = new Map<number, number>();
  const inClass = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < s.length && s[i] !== ']'; i++) {
        inClass.add(i);
        if (s[i] === '\\') inClass.add(++i);
      }
    } else if (c === '(') {
      stack.push(i);
    } else if (c === ')') {
      const o = stack.pop();
      if (o !== undefined) { close.set(o, i); open.set(i, o); }
    }
  }
  return { close, open, inClass };
}

/** The top-level alternatives of s[from, to) as [start, end) spans. */
function alternatives(s: string, from: number, to: number, shape: Shape): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (shape.inClass.has(i)) continue;
    else if (c === '(') i = shape.close.get(i) ?? to;
    else if (c === '|') { out.push([start, i]); start = i + 1; }
  }
  out.push([start, to]);
  return out;
}

/** Where a group's alternatives start, or -1 for a lookaround (it matches no character). */
function groupBody(s: string, open: number): number {
  if (s[open + 1] !== '?') return open + 1;
  if (s[open + 2] === ':') return open + 3;
  if (s[open + 2] === '<' && s[open + 3] !== '=' && s[open + 3] !== '!') {
    const gt = s.indexOf('>', open);
    return gt < 0 ? -1 : gt + 1;
  }
  return -1;
}

/** The backslash at k begins an escape (it is not itself escaped). */
function escapes(s: string, k: number): boolean {
  let n = 0;
  for (let x = k - 1; x >= 0 && s[x] === '\\'; x--) n++;
  return n % 2 === 0;
}

const mayBeSkipped = (s: string, k: number): boolean => s[k] === '?' || s[k] === '*' || (s[k] === '{' && s[k + 1] === '0');

/** Where the quantifier that makes the atom ending at k optional (?, *, {0…}, each maybe lazy) ends. */
function skipQuantifier(s: string, k: number): number {
  let e = s[k] === '{' ? s.indexOf('}', k) + 1 : k + 1;
  if (e <= k) return -1;
  if (s[e] === '?') e++;
  return e;
}

/**
 * Whatever the pattern from j matches, its first character is a word character. An optional atom
 * (a group or one character) whose every match starts with a word character, followed by a part
 * that does too, starts with one whether the atom is there or not: "\b(?:please\s+)?tick" is
 * exactly "(?<!\w)(?:please\s+)?tick". (A leading two-sided boundary is tried at every position of
 * a text, four Unicode classes each time: a whole-text count of such a row over the 216-page bench
 * PDF took 100-200 ms, with the one lookbehind 1-15 ms.)
 */
function startsWithWord(s: string, j: number, shape: Shape, w: WordShape = UNICODE_WORD): boolean {
  if (j >= s.length || shape.inClass.has(j)) return false;
  if (s[j] === '(') {
    const end = shape.close.get(j);
    const body = groupBody(s, j);
    if (end === undefined || body < 0) return false;
    if (!alternatives(s, body, end, shape).every(([a, z]) => a < z && startsWithWord(s, a, shape, w))) return false;
    if (!mayBeSkipped(s, end + 1)) return true;
    const next = skipQuantifier(s, end + 1);
    return next > 0 && startsWithWord(s, next, shape, w);
  }
  let length: number;
  if (s[j] === '[') {
    const m = w.set.exec(s.slice(j, j + 40));
    if (!m) return false;
    length = m[0].length;
  } else if (s[j] === '\\') {
    const m = w.escape.exec(s.slice(j, j + 8));
    if (!m) return false;
    length = m[0].length;
  } else {
    const c = String.fromCodePoint(s.codePointAt(j)!);
    if (!w.char.test(c)) return false;
    length = c.length;
  }
  if (!mayBeSkipped(s, j + length)) return true;
  const next = skipQuantifier(s, j + length);
  return next > 0 && startsWithWord(s, next, shape, w);
}

/** Where the atom that ends at e starts, or -1 when it is not one this file reads. */
function atomStart(s: string, e: number, shape: Shape, w: WordShape): number {
  const c = s[e - 1];
  if (c === ')') return shape.open.get(e - 1) ?? -1;
  if (c === ']') {
    const m = w.setEnd.exec(s.slice(Math.max(0, e - 40), e));
    return m ? e - m[0].length : -1;
  }
  if (c === '}') {
    const m = w.escapeEnd.exec(s.slice(Math.max(0, e - 8), e));
    return m && escapes(s, e - m[0].length) ? e - m[0].length : -1;
  }
  return escapes(s, e - 1) ? e - 1 : e - 2;
}

/** Whatever the pattern up to i matches, its last character is a word character. */
function endsWithWord(s: string, i: number, shape: Shape, w: WordShape = UNICODE_WORD): boolean {
  const c = s[i - 1];
  if (c === undefined || shape.inClass.has(i - 1)) return false;
  if (c === ')') {
    const open = shape.open.get(i - 1);
    const body = open === undefined ? -1 : groupBody(s, open);
    if (body < 0) return false;
    return alternatives(s, body, i - 1, shape).every(([a, z]) => a < z && endsWithWord(s, z, shape, w));
  }
  if (c === '+') return endsWithWord(s, i - 1, shape, w);
  if (c === '?' || c === '*') {
    // an optional last atom: the match ends in a word character whether the atom is there or not
    const q = s[i - 2] ?? '';
    if (q === '?' || q === '*' || q === '+' || (q === '}' && !w.escapeEnd.test(s.slice(Math.max(0, i - 9), i - 1)))) return false;
    const a = atomStart(s, i - 1, shape, w);
    return a >= 0 && endsWithWord(s, i - 1, shape, w) && endsWithWord(s, a, shape, w);
  }
  if (c === ']') {
    const m = w.setEnd.exec(s.slice(Math.max(0, i - 40), i));
    return m !== null && !shape.inClass.has(i - m[0].length) && escapes(s, i - m[0].length);
  }
  if (c === '}') {
    const before = s.slice(Math.max(0, i - 12), i);
    const escape = w.escapeEnd.exec(before);
    if (escape) return escapes(s, i - escape[0].length);
    const repeat = REPEAT_END.exec(before);
    return repeat !== null && escapes(s, i - repeat[0].length) && endsWithWord(s, i - repeat[0].length, shape, w);
  }
  if (!w.char.test(c)) return false;
  if (!escapes(s, i - 1)) return w.escaped.includes(c);
  return !INSIDE_ESCAPE.test(s.slice(Math.max(0, i - 12), i - 1));
}

/** The pattern with every \b written as a Unicode word boundary, as cheap as its neighbours allow. */
export function unicodeBoundaries(source: string): string {
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(/(?<!\\)((?:\\\\)*)\\b/gu)) {
    const at = m.index + m[1]!.length;
    const boundary = shape.inClass.has(at) ? BOUNDARY
      : m[1] === '' && endsWithWord(source, at, shape) ? NOT_BEFORE_WORD
        : startsWithWord(source, at + 2, shape) ? NOT_AFTER_WORD
          : BOUNDARY;
    out += source.slice(last, at) + boundary;
    last = at + 2;
  }
  return out + source.slice(last);
}

/** JavaScript's \b where the neighbour on one side is sure to be a word character: the other side's check alone */
const QUICK_AFTER_WORD = String.raw`(?!\w)`;
const QUICK_BEFORE_WORD = String.raw`(?<!\w)`;

/**
 * The pattern with a JavaScript \b (not sv()'s Unicode one) written as one lookaround wherever a neighbour of
 * it is sure to be a word character ("\bper\s" gives "(?<!\w)per\s", "kronor\b" "kronor(?!\w)"): at a place
 * whose next character is a word character, a boundary is exactly a place whose last character is none. Exact
 * under any flags, the lookaround's \w being the same flags' word character that \b reads (with i and u U+017F
 * and U+212A too, the case variants of s and k a literal s or k matches). Why: with the i and u flags V8 compiles
 * \b as two pairs of lookarounds, and a pattern that starts with them is tried at every position of a text (its
 * quick scan for the first characters defeated): over the 216-page bench PDF's 5 000 sentences "\bper\s" took
 * 2.0 µs a sentence, "(?<!\w)per\s" 0.36; "\bnästa\s+ansökningstid" 1.6 µs, 0.03. The build writes every regex
 * literal with the i and u flags so (bin/regex-sources.js); sv() reads such a source back (restoreBoundaries).
 */
export function asciiBoundaries(source: string): string {
  if (!source.includes('\\b')) return source;
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(/(?<!\\)((?:\\\\)*)\\b/gu)) {
    const at = m.index + m[1]!.length;
    if (shape.inClass.has(at)) continue;
    const quick = m[1] === '' && endsWithWord(source, at, shape, ASCII_WORD) ? QUICK_AFTER_WORD
      : startsWithWord(source, at + 2, shape, ASCII_WORD) ? QUICK_BEFORE_WORD
        : undefined;
    if (quick === undefined) continue;
    out += source.slice(last, at) + quick;
    last = at + 2;
  }
  return out + source.slice(last);
}

/**
 * asciiBoundaries undone: every "(?<!\w)" and "(?!\w)" (outside a class, its parenthesis not escaped) written
 * back as \b. sv() reads a pattern's \b as a Unicode word boundary, and a source composed of a built
 * pattern's (sv(new RegExp(ROW.cue.source, 'giu'))) must mean what the TypeScript source says; no pattern of
 * extract/ is written with those two lookarounds itself (test/extract/quick-boundaries.test.ts checks).
 */
export function restoreBoundaries(source: string): string {
  if (!source.includes(String.raw`\w)`)) return source;
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(/\(\?<?!\\w\)/gu)) {
    if (shape.inClass.has(m.index) || !escapes(source, m.index) || shape.close.get(m.index) !== m.index + m[0].length - 1) continue;
    out += `${source.slice(last, m.index)}\\b`;
    last = m.index + m[0].length;
  }
  return out + source.slice(last);
}

/**
 * The pattern with every lookaround group left out ("(?<![\p{L}\p{N}_])tick\s+one(?!\p{L})" gives
 * "tick\s+one"): it matches wherever the pattern does, and more. Where the pattern starts with a
 * lookaround, V8 tries it at every position of a text; its lookaround-free part is found by a quick
 * scan, so a whole-text count looks for that first and runs the pattern only where it stands
 * (extract/cues/types.ts, countMatches). Undefined for a pattern with a back-reference (a group
 * left out inside a lookaround could be the one it refers to).
 */
export function withoutLookarounds(source: string): string | undefined {
  if (/\\(?:[1-9]|k<)/u.test(source)) return undefined;
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    // a group that matches no character: a lookahead or a lookbehind
    if (source[i] !== '(' || shape.inClass.has(i) || !/^\(\?<?[=!]/u.test(source.slice(i, i + 4))) continue;
    const end = shape.close.get(i);
    if (end === undefined) return undefined;
    out += source.slice(last, i);
    last = end + 1;
    i = end;
  }
  return out + source.slice(last);
}

/**
 * The pattern with every word boundary (\b, \B; not a class's backspace, [\b]) left out: like a lookaround, an
 * assertion that matches no character, so the pattern without it matches wherever the pattern does, and more.
 * With the i and u flags V8 reads \b as a pair of lookarounds (a word character there is also one whose case
 * folds into [A-Za-z0-9_]: U+017F, U+212A), so a pattern that starts with one is tried at every position of a
 * text: "\bfill\s+in\s+the\s+blanks?\b|\bby\s+…|\bfyll\s+i\s+de\s+tomma\s+fälten\b" took 13 ms over the 216-page
 * bench PDF's 455 000 characters, 0.2 ms without its boundaries (extract/cues/types.ts scanOf).
 */
export function withoutBoundaries(source: string): string {
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue;
    if (!shape.inClass.has(i) && (source[i + 1] === 'b' || source[i + 1] === 'B')) {
      out += source.slice(last, i);
      last = i + 2;
    }
    i++;
  }
  return out + source.slice(last);
}

// The blocks nearly every text is written in: Latin, punctuation, super- and subscripts,
// currency, letterlike symbols and number forms, arrows, mathematical and technical signs,
// enclosed alphanumerics, box drawing, shapes, symbols and dingbats, the Latin ligatures.
const COMMON: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], [0x2000, 0x23ff], [0x2460, 0x27bf], [0xfb00, 0xfb06],
];
const hex = (c: number): string => `\\u{${c.toString(16)}}`;
const ranges = (keep: (c: number) => boolean): string => {
  let out = '';
  for (const [lo, hi] of COMMON) {
    for (let c = lo; c <= hi; c++) {
      if (!keep(c)) continue;
      let d = c;
      while (d < hi && keep(d + 1)) d++;
      out += d === c ? hex(c) : `${hex(c)}-${hex(d)}`;
      c = d;
    }
  }
  return out;
};
/** the letters and the numbers among the common blocks: \p{L} and \p{N} restricted to them (made when first asked for) */
let commonL: string | undefined;
let commonN: string | undefined;
const COMMON_L = (): string => (commonL ??= ranges((c) => /\p{L}/u.test(String.fromCharCode(c))));
const COMMON_N = (): string => (commonN ??= ranges((c) => /\p{N}/u.test(String.fromCharCode(c))));
/** a character (or a surrogate, half of one) outside the common blocks */
const OUTSIDE = new RegExp(`[^${COMMON.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('')}]`, 'gu');
const LETTERLIKE = /[\p{L}\p{N}\p{M}]/u;

/**
 * How a text is read: COMMON (every character in the common blocks, or harmless: the common-blocks
 * pattern), EXACT (the full pattern), or a widening: the letters and numbers outside the common
 * blocks that the text holds, as class ranges (letters, a NUL, numbers), to add to the
 * common-blocks classes.
 */
type TextKind = string | null | undefined;
const COMMON_TEXT = undefined;
const EXACT_TEXT = null;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
/** per character outside the common blocks: 0 harmless, 1 a letter to add, 2 a number to add, 3 the full pattern */
const outsideKind = new Map<string, number>();

function kindOfChar(ch: string): number {
  let k = outsideKind.get(ch);
  if (k === undefined) {
    const bmp = ch.length === 1 && (ch < '\ud800' || ch > '\udfff');
    k = bmp && !LETTERLIKE.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch ? 0
      : bmp && LETTER.test(ch) ? 1
        : bmp && NUMBER.test(ch) ? 2
          : 3;
    outsideKind.set(ch, k);
  }
  return k;
}

/**
 * Which pattern reads a text (TextKind). A letter or number of another block (a Cyrillic "к" in a
 * Swedish word, a Greek "Ω") used to send every pattern that read the text to the full pattern,
 * whose Unicode classes cost milliseconds each to compile: on the 216-page bench PDF, 21 form
 * rows counted over the whole text (one "ко" in it) compiled theirs, 0.15-0.29 s. Now such a text
 * is read by the common-blocks pattern with the text's own outside letters and numbers added to
 * its classes, which on every character of the text matches what the full classes match (a class
 * is tested one character at a time; the test checks every BMP character against the classes
 * widened by all outside letters and numbers at once). A mark, a character outside the plane or
 * any other outside character that is not harmless still takes the full pattern.
 */
function kindOf(text: string): TextKind {
  OUTSIDE.lastIndex = 0;
  let letters: Set<string> | undefined;
  let numbers: Set<string> | undefined;
  for (let m = OUTSIDE.exec(text); m; m = OUTSIDE.exec(text)) {
    const ch = m[0];
    const k = kindOfChar(ch);
    if (k === 3) return EXACT_TEXT;
    if (k === 1) (letters ??= new Set()).add(ch);
    else if (k === 2) (numbers ??= new Set()).add(ch);
  }
  if (letters === undefined && numbers === undefined) return COMMON_TEXT;
  const set = (s: Set<string> | undefined): string => (s ? [...s].sort().map((c) => hex(c.charCodeAt(0))).join('') : '');
  return `${set(letters)}\u0000${set(numbers)}`;
}

/**
 * Whether a text holds a character the restricted pattern may read otherwise than the full one: a
 * letter, number or mark outside the common blocks, a character with a case variant, or one outside
 * the plane. Any other character (a symbol font's bullet in the Private Use Area, "⬝", "�", a
 * zero-width no-break space) is neither \p{L} nor \p{N} in either form, so one such bullet no longer
 * makes every cue row compile and run its full pattern (a 1.7 kB förordning with "⬝" bullets took
 * a second more CPU).
 */
export function holdsUncommon(text: string): boolean {
  return kindOf(text) !== COMMON_TEXT;
}

/** The common-blocks classes widened by a text's outside letters and numbers (a TextKind widening). */
export function widenedOnly(source: string, widening: string): string {
  const cut = widening.indexOf('\u0000');
  return commonOnly(source, COMMON_L() + widening.slice(0, cut), COMMON_N() + widening.slice(cut + 1));
}

/**
 * The pattern with \p{L} and \p{N} restricted to the common blocks: on a text of those blocks
 * only, it matches exactly what the pattern matches (a class is tested one character at a time,
 * and with the i flag no character of the common blocks has a case variant that is a letter or a
 * number outside them while it is none itself; the test checks every character).
 */
export function commonOnly(source: string, letters = COMMON_L(), numbers = COMMON_N()): string {
  const shape = shapeOf(source);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(/\\p\{([LN])\}/gu)) {
    if (!escapes(source, m.index)) continue;
    const set = m[1] === 'L' ? letters : numbers;
    out += source.slice(last, m.index) + (shape.inClass.has(m.index) ? set : `[${set}]`);
    last = m.index + m[0].length;
  }
  return out + source.slice(last);
}

/**
 * The last few texts asked about and whether each holds a character outside the common blocks.
 * A cue row reads one of a candidate's texts (the sentence, its parts before and after the
 * candidate, its heading, its line) and the next row often another, so one remembered text was
 * scanned again for nearly every row: on a long sentence of many amounts, most of the time.
 */
const RECENT = 8;
const recentText: Array<string | undefined> = new Array<string | undefined>(RECENT).fill(undefined);
const recentKind: TextKind[] = new Array<TextKind>(RECENT).fill(COMMON_TEXT);
let recentNext = 0;

function remember(text: string, answer: TextKind): void {
  recentText[recentNext] = text;
  recentKind[recentNext] = answer;
  recentNext = (recentNext + 1) % RECENT;
}

function uncommon(text: string): TextKind {
  for (let i = 0; i < RECENT; i++) if (recentText[i] === text) return recentKind[i];
  const answer = kindOf(text);
  remember(text, answer);
  return answer;
}

/** the last whole text commonParts was given, and its answer: every candidate of a sentence gives the same */
let lastWhole: string | undefined;
let lastWholeKind: TextKind = COMMON_TEXT;

/**
 * Parts of a text (its slices) hold no character outside the common blocks when the whole holds
 * none: remembered without reading them, so that the parts around each of a sentence's many
 * candidates cost nothing to check, however long the sentence.
 */
export function commonParts(whole: string, parts: readonly string[]): void {
  if (whole !== lastWhole) {
    lastWholeKind = kindOf(whole);
    lastWhole = whole;
  }
  // a part holds no outside letter the whole lacks: the whole's widening reads it as the full pattern does
  if (lastWholeKind !== EXACT_TEXT) for (const p of parts) remember(p, lastWholeKind);
}

/** texts up to this long are looked at for a pattern's needs before it runs */
const LOOK_FIRST = 8192;
/**
 * texts up to this long are looked at for a pattern's words in order before its first run (mayHoldInOrder): on a
 * hostile 1 MB text of "– 5 kr " repeated, with the LOOK_FIRST bound, the funding finder took 17.7 s against 15.5
 */
const ORDER_FIRST = 1024;

/**
 * A Unicode word class costs about a millisecond to compile, more with the i flag, and most
 * texts are written in a few blocks (Latin, punctuation, symbols), where a class of those
 * blocks' letters matches the same characters and compiles in a few microseconds. This regex
 * reads such a text with the common-blocks pattern and any other text with the full pattern,
 * which is compiled only when such a text comes: every answer is the full pattern's. Copies made
 * through the species constructor (matchAll, split) do the same.
 *
 * The regex itself is built from the common-blocks pattern (building it parses the pattern, and
 * parsing a Unicode class is most of the cost of loading the cue tables), while `source` is the
 * full pattern, so that `new RegExp(re.source, …)` and `String(re)` mean what they always meant.
 */
/** a subject as long as V8 compiles a pattern natively for at its first run, of a character no pattern starts a match with */
const WARM_TEXT = '\u0001'.repeat(1000);
const builtinExec = RegExp.prototype.exec;

/**
 * A pattern's first run, on WARM_TEXT: V8 compiles a pattern at its first run to bytecode (parsing
 * it, its Unicode classes with their case variants included) and at its second again, to machine
 * code (parsing it again), unless the first run's subject is 1000 characters or longer, when it
 * compiles machine code at once. Nearly every cue row runs more than once on a document, so its
 * first run is made on such a subject: one parse and one compile instead of two. The answer is
 * the pattern's whatever it runs as; lastIndex is kept.
 *
 * The subject is the text the pattern is first asked about with WARM_TEXT after it, so that it is
 * stored as that text is: V8 compiles a pattern's machine code apart for texts stored one byte a
 * character (Latin-1) and two (any other), and a text cut from a document that holds one character
 * beyond Latin-1 (a dash, a curly quote) is stored in two bytes however plain its own characters.
 * Warmed on WARM_TEXT alone (one byte a character), 313 of the 683 patterns the 216-page bench PDF
 * compiled were compiled twice, once for the warming text and again for the document's.
 */
function warm(re: RegExp, text: string): void {
  const at = re.lastIndex;
  builtinExec.call(re, text + WARM_TEXT);
  re.lastIndex = at;
}

/** what an sv() regex made lazily is built from until its common-blocks pattern first runs (see SvRegExp) */
const UNBUILT = '(?:)';

class SvRegExp extends RegExp {
  readonly #exactSource: string;
  readonly #commonSource: string;
  /**
   * The common-blocks pattern as a regex of its own, made at its first run, when this one was made
   * lazily (sv() of a pattern whose rewriting the build wrote, so both its sources are known to
   * parse); else undefined and this regex itself is that pattern. Making a regex parses its
   * pattern, and a document runs few of the 1 500 patterns the modules make with sv() (the bench
   * PDF 290): parsing them all as the modules loaded cost about 0.05 s of every start.
   */
  #common: RegExp | undefined;
  readonly #lazy: boolean;
  #exact: RegExp | undefined;
  /** the last widening asked for and its pattern (a document's texts hold few outside letters) */
  #widening: string | undefined;
  #widenedRe: RegExp | undefined;
  /** whether the common-blocks pattern has run (see warm) */
  #warmed = false;
  /**
   * whether a text has held the pattern's words in order (mayHoldInOrder): until one does the pattern is not
   * run, so not compiled; after, it runs without the check (compiled, it answers as fast)
   */
  #inOrder = false;

  constructor(pattern: string | RegExp, flags?: string, common?: string, lazy = false) {
    const exactSource = typeof pattern === 'string' ? pattern : pattern.source;
    const commonSource = common ?? (pattern instanceof SvRegExp ? pattern.commonSource : commonOnly(exactSource));
    super(lazy ? UNBUILT : commonSource, flags ?? (typeof pattern === 'string' ? undefined : pattern.flags));
    this.#exactSource = exactSource;
    this.#commonSource = commonSource;
    this.#lazy = lazy;
  }

  override get source(): string {
    return this.#exactSource;
  }

  /** the common-blocks pattern this regex runs on a text of those blocks */
  get commonSource(): string {
    return this.#commonSource;
  }

  #widened(widening: string): RegExp {
    if (this.#widening !== widening || this.#widenedRe === undefined) {
      this.#widenedRe = new RegExp(widenedOnly(this.#exactSource, widening), this.flags);
      this.#widening = widening;
    }
    return this.#widenedRe;
  }

  override exec(text: string): RegExpExecArray | null {
    // a word the pattern cannot match without is missing: no match, and the pattern is not run
    // (nor compiled, when no text ever has its words). Looking words up in a long text costs as
    // much as a run, so only shorter texts (sentences, lines, headings) are looked at first.
    if (typeof text === 'string' && text.length <= LOOK_FIRST && !mayHold(this, text)) return null;
    return this.execHeld(text);
  }

  /** exec() for a text its caller has already found the pattern's needs in (see testHeld) */
  execHeld(text: string): RegExpExecArray | null {
    // (only a short text is looked at first, a sentence, a line, a heading: the check reads the text once for each
    // of the pattern's words and choices, where the pattern, once compiled, reads it once; nor is a sticky
    // pattern's text, which split() runs at every position of a text: the whole text would be looked at each time)
    if (!this.#inOrder && typeof text === 'string' && !this.sticky) {
      if (text.length <= ORDER_FIRST && !mayHoldInOrder(this, text)) {
        // what a run that finds nothing leaves
        if (this.global) this.lastIndex = 0;
        return null;
      }
      this.#inOrder = true;
    }
    const kind = typeof text === 'string' ? uncommon(text) : EXACT_TEXT;
    if (kind === COMMON_TEXT) {
      if (!this.#lazy) {
        if (!this.#warmed) { this.#warmed = true; if (text.length < WARM_TEXT.length) warm(this, text); }
        return super.exec(text);
      }
      const common = (this.#common ??= new RegExp(this.#commonSource, this.flags));
      if (!this.#warmed) { this.#warmed = true; if (text.length < WARM_TEXT.length) warm(common, text); }
      if (!this.global && !this.sticky) return common.exec(text);
      common.lastIndex = this.lastIndex;
      const m = common.exec(text);
      this.lastIndex = common.lastIndex;
      return m;
    }
    const exact = kind === EXACT_TEXT ? (this.#exact ??= new RegExp(this.#exactSource, this.flags)) : this.#widened(kind);
    // (warmed too: a widened pattern, for a text with a letter of another block, is compiled for that text alone)
    warmOnce(exact, text);
    if (!this.global && !this.sticky) return exact.exec(text);
    exact.lastIndex = this.lastIndex;
    const m = exact.exec(text);
    this.lastIndex = exact.lastIndex;
    return m;
  }
}

const cache = new Map<string, { exact: string; common: string; shared: RegExp }>();

/** In a common-blocks pattern as the build writes it (sv.json), where the common letters and numbers go. */
const LETTERS_MARK = '\u0001';
const NUMBERS_MARK = '\u0002';

/**
 * sv()'s two rewritings of the patterns the extractor's modules make as they load, done at build
 * time (extract/cues/make-needs.ts writes sv.json beside this module after tsc): reading every
 * pattern's shape for its boundaries and classes cost a twentieth of a second at every start.
 * Each entry is what unicodeBoundaries and commonOnly give for its source (keyed by the source,
 * so a pattern changed after the last build is simply not found and rewritten here); without the
 * file, or with one this module as it is now did not make (see built-table.ts), every pattern is
 * rewritten at load, as before.
 */
const BUILT: ReadonlyMap<string, readonly [string, string]> = readBuilt(new URL('./sv.json', import.meta.url), import.meta.url,
  // a file made by this module as it is now (built-table.ts), its entries two patterns each
  (v): v is [string, string] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string');

/** sv.json's text: svTable() stamped with this module (a table of another version of it is not read). */
export const svFile = (): string => stampedTable(import.meta.url, svTable());

/** The table make-needs writes: for each source sv() rewrote so far, its exact and (marked) common-blocks patterns. */
export function svTable(): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const source of [...new Set([...cache.keys()].map((k) => k.slice(k.indexOf('/') + 1)))].sort()) {
    const exact = unicodeBoundaries(source);
    // a source holding a mark itself (never one of ours) is left to be rewritten at load
    if (exact.includes(LETTERS_MARK) || exact.includes(NUMBERS_MARK)) continue;
    out[source] = [exact, commonOnly(exact, LETTERS_MARK, NUMBERS_MARK)];
  }
  return out;
}

function rewritten(source: string): { exact: string; common: string; built: boolean } {
  const built = BUILT.get(source);
  if (built === undefined) {
    const exact = unicodeBoundaries(source);
    return { exact, common: commonOnly(exact), built: false };
  }
  const [exact, marked] = built;
  let common = marked;
  if (common.includes(LETTERS_MARK)) common = common.replaceAll(LETTERS_MARK, COMMON_L());
  if (common.includes(NUMBERS_MARK)) common = common.replaceAll(NUMBERS_MARK, COMMON_N());
  return { exact, common, built: true };
}

/** Every pattern sv() made so far, one per source and flags (make-needs reads their needs at build time). */
export function svMade(): RegExp[] {
  return [...cache.values()].map((c) => c.shared);
}

/**
 * sv(re), or sv(source, flags) with re's source and flags: the build writes every `sv(/…/flags)` of
 * the compiled modules as the second (bin/regex-sources.js), so that loading a module makes no regex
 * of a pattern sv() builds lazily. A regex literal is parsed when its module is compiled and again
 * when it is first made, and most of the patterns are never run on a document: the 1 450 literals
 * passed to sv() cost about a tenth of a second of every start. The same regex is made either way.
 */
export function sv(re: RegExp): RegExp;
export function sv(source: string, flags: string): RegExp;
export function sv(re: RegExp | string, reFlags?: string): RegExp {
  // (a source composed of a pattern the build wrote with asciiBoundaries is read as its TypeScript source)
  const source = restoreBoundaries(typeof re === 'string' ? re : re.source);
  const given = typeof re === 'string' ? reFlags ?? '' : re.flags;
  const flags = given.includes('u') ? given : `${given}u`;
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  // a global regex carries lastIndex: give each caller its own
  if (hit) return flags.includes('g') || flags.includes('y') ? new SvRegExp(hit.exact, flags, hit.common) : hit.shared;
  const { exact, common, built } = rewritten(source);
  // a rewriting the build wrote parses (the build made it from this source); any other is parsed now, as it always was
  const made = new SvRegExp(exact, flags, common, built);
  cache.set(key, { exact, common, shared: made });
  return made;
}

/**
 * re.test(text) for a text in which the caller has just found re's needs (mayHold): an sv() regex
 * runs without looking them up again, and without RegExp.prototype.test's lookup and call of an
 * overridden exec. The cue rows ask about 430 000 texts on the 216-page bench PDF, 380 000 of
 * which lack a row's needs: those were each a test() call through that slow path to be turned away.
 */
export function testHeld(re: RegExp, text: string): boolean {
  if (re instanceof SvRegExp) return re.execHeld(text) !== null;
  // a row's own pattern (not made by sv()) is warmed as an sv() pattern is: its bytecode compiled
  // at the first run and thrown away at the second cost the bench PDF's 122 such rows about 60 ms
  warmOnce(re, text);
  return re.test(text);
}

/** re.exec(text) for a pattern not made by sv() that runs on many short texts: warmed at its first run (see warm). */
export function execWarmed(re: RegExp, text: string): RegExpExecArray | null {
  warmOnce(re, text);
  return re.exec(text);
}

/** the patterns warmed (see warm) that are not an sv() regex's own */
const warmedOthers = new WeakSet<RegExp>();

function warmOnce(re: RegExp, text: string): void {
  if (warmedOthers.has(re)) return;
  warmedOthers.add(re);
  if (text.length < WARM_TEXT.length) warm(re, text);
}

/**
 * Whether the regex looks a text up for its needs itself before it runs (an sv() regex, on a text
 * up to LOOK_FIRST long): then a caller that pre-filters by needs need not look them up again.
 */
export const looksFirst = (re: RegExp, text: string): boolean => re instanceof SvRegExp && text.length <= LOOK_FIRST;
