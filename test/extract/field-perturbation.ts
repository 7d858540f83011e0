import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../extract/index.js';
import { scoreSpec } from '../fixtures/corpus/score-checks.mjs';

// Branch h/perturb19 (issue 12): does every field hold when a text reaches us in another everyday form?
// Each perturbation is a way a real copy of the same text differs from the dev copy without any change of
// meaning: hard-wrapped (copied from a PDF), each paragraph one line (copied from a web page), without its
// Markdown marks, other number and space characters, other dashes and quotes, headings in capitals. Every dev
// text with gold is extracted whole and perturbed; the same gold is scored against both (the checks of
// test/fixtures/corpus/score-extract.mjs, in process), and each check that was right whole and is missing or
// wrong perturbed is a flip: a cue that holds for the dev copy's layout, not for its language.
// Used by field-perturbation.test.ts (a fixed sample, bounds that only go down); the whole dev set and the
// per-text list: `PERTURB_ALL=1 npx vitest run test/extract/field-perturbation.test.ts`.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GoldText { readonly name: string; readonly gold: Json; readonly text: string }

const DEV = 'test/corpus/dev-gold';

/** Every dev text with its gold (for a sample, those whose number is `from` modulo `step`). */
export function devGoldTexts(step = 1, from = 0): GoldText[] {
  const files = readdirSync(DEV).filter((f) => f.endsWith('.json')).sort();
  // by the text's own number, not its place in the list: a text added to the corpus never moves the sample onto others
  return files.filter((f) => Number.parseInt(f, 10) % step === from).map((f) => {
    const gold = JSON.parse(readFileSync(join(DEV, f), 'utf8')) as Json;
    return { name: f.replace(/\.json$/u, ''), gold, text: readFileSync(join(DEV, gold.source as string), 'utf8') };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The perturbations. Each keeps every word and number of the text, in order; only layout and typography
// change, so the gold's meaning holds and its quotes stay findable under the scorer's normalisation (white
// space collapsed, * _ ` removed, lower case). None breaks a line right after a hyphen: the scorer joins
// "-\n" as a hyphenated word, which would be the scorer's artefact, not the extractor's.

const LIST_ITEM = /^[ \t]*(?:[-*+•·▪◦–][ \t]|\d{1,2}(?:\.\d{1,2}){0,2}[.)][ \t]|[a-zåäö]\)[ \t]|\(\d{1,2}\)[ \t])/iu;
const HEADING_MD = /^[ \t]{0,3}#{1,6}[ \t]/u;
const TABLE = /^[ \t]*\|/u;
const special = (l: string): boolean => LIST_ITEM.test(l) || HEADING_MD.test(l) || TABLE.test(l);

/**
 * (a) Every line longer than `width` broken at spaces into lines of at most `width` (a PDF's lines). A Markdown
 * heading stays one line (a heading is one line by definition; a copy that wraps its title has no "#": pdf below).
 */
export function hardWrap(t: string, width: number): string {
  return t.split('\n').map((line) => {
    if (line.length <= width || TABLE.test(line) || HEADING_MD.test(line)) return line;
    const out: string[] = [];
    let cur = '';
    for (const word of line.split(' ')) {
      if (cur !== '' && (cur + ' ' + word).length > width && !/-$/u.test(cur)) { out.push(cur); cur = word; }
      else cur = cur === '' ? word : `${cur} ${word}`;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

/**
 * (b) Each paragraph one line, as a web page's <p> copies: a line is joined to the one before when both are
 * prose (no list item, heading or table row: a page's list item is one line, and what follows it is not part of
 * it) and the one before is long enough to be a wrapped line (40 characters) and does not end in a colon (a lead,
 * after which a page has a list or a new block), nor a sentence before a capital (a web copy's separate blocks, a
 * footer after the last paragraph: joined, they would be one).
 */
export function joinParagraphs(t: string): string {
  const out: string[] = [];
  let prevRaw = '';
  for (const line of t.split('\n')) {
    const last = out.length - 1;
    const canJoin = last >= 0 && line.trim() !== '' && prevRaw.trim() !== '' && !special(line) && !special(prevRaw)
      && prevRaw.trim().length >= 40 && !/:\s*$/u.test(prevRaw) && !/-$/u.test(out[last]!)
      && (!/[.!?]["”’)]*\s*$/u.test(prevRaw) || /^\s*\p{Ll}/u.test(line));
    if (canJoin) out[last] = `${out[last]!.replace(/[ \t]+$/u, '')} ${line.trim()}`;
    else out.push(line);
    prevRaw = line;
  }
  return out.join('\n');
}

/** (c) Without Markdown marks: "## Rubrik" → "Rubrik", "**x**" → "x", "- " and "* " items → "• ". */
export function plainMarks(t: string): string {
  return t.split('\n').map((l) => l.replace(/^([ \t]{0,3})#{1,6}[ \t]+/u, '$1').replace(/[ \t]+#+[ \t]*$/u, '')
    .replace(/\*\*([^*\n]+)\*\*/gu, '$1').replace(/__([^_\n]+)__/gu, '$1')
    .replace(/^([ \t]*)[-*+][ \t]+/u, '$1• ')).join('\n');
}

// a group separator between digits: "100 000", "1 500 000" (not a date, a phone number or two numbers in a
// row: the group after the space is exactly three digits and ends there)
const GROUP = /(?<=\d) (?=\d{3}(?!\d))/gu;

/** (d1) Thousands separated by a no-break space (even texts) or a thin space (odd texts). */
export function thousands(t: string, i: number): string {
  return t.replace(GROUP, i % 2 === 0 ? '\u00a0' : '\u2009');
}

/**
 * (d2) "kr" ↔ "kronor" after an amount: even texts "5 000 kr" → "5 000 kronor" (not "kr/", "kr." before a
 * digit, nor "kr:-"), odd texts "5 000 kronor" → "5 000 kr" (also after miljoner/miljarder/tusen).
 */
export function kronor(t: string, i: number): string {
  if (i % 2 === 0) return t.replace(/(?<=\d[  ]?)kr(?![\p{L}\d])(?![/:.]?[\d/:-])/gu, 'kronor');
  return t.replace(/(?<=(?:\d|miljoner|miljarder|miljon|miljard|tusen)[ \u00a0])kronor(?![\p{L}\d])/gu, 'kr');
}

/** (d3) Double spaces after a sentence or a comma, and Windows line ends (CRLF). */
export function spacing(t: string): string {
  return t.replace(/([.,;:]) (?=\S)/gu, '$1  ').replace(/\n/gu, '\r\n');
}

/**
 * (e) Dashes and quotes: even texts write the en dash as a hyphen (not at a line's end) and the typographic
 * quotes as straight ones; odd texts write a hyphen between years or between spaced numbers as an en dash and
 * straight quotes as ” (Swedish typography).
 */
export function dashes(t: string, i: number): string {
  if (i % 2 === 0) return t.replace(/–(?![ \t]*(?:\r?\n|$))/gu, '-').replace(/[”“„]/gu, '"').replace(/[’‘]/gu, "'");
  return t.replace(/(?<=\b(?:19|20)\d\d)-(?=(?:19|20)?\d\d\b(?!-))/gu, '–').replace(/(?<=\d) - (?=\d)/gu, ' – ').replace(/"/gu, '”');
}

/**
 * (f) Headings in capitals: a Markdown heading, and a short line standing alone (a blank line or the text's
 * start before it, a blank line after it) that starts with a capital and ends without punctuation.
 */
export function capitalHeadings(t: string): string {
  const l = t.split('\n');
  return l.map((x, k) => {
    if (HEADING_MD.test(x)) return x.toUpperCase();
    const alone = (k === 0 || l[k - 1]!.trim() === '') && (k + 1 >= l.length || l[k + 1]!.trim() === '');
    return alone && x.trim().length <= 60 && /^\s*\p{Lu}/u.test(x) && !/[.,;:!?)]\s*$/u.test(x) && !LIST_ITEM.test(x) ? x.toUpperCase() : x;
  }).join('\n');
}

// a stored law's YAML front matter (the SFS texts) is the corpus's record of where the text came from, not
// part of any copy a reader meets: the perturbations leave it as it is
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/u;
const body = (f: (t: string, i: number) => string) => (t: string, i: number): string => {
  const front = FRONT_MATTER.exec(t)?.[0] ?? '';
  return front + f(t.slice(front.length), i);
};

export const PERTURBATIONS: Readonly<Record<string, (t: string, i: number) => string>> = {
  wrap: body((t, i) => hardWrap(t, 70 + ((i * 7) % 21))),
  join: body(joinParagraphs),
  plain: body(plainMarks),
  // a PDF copied as text: no Markdown marks, every long line wrapped (the title too)
  pdf: body((t, i) => hardWrap(plainMarks(t), 70 + ((i * 7) % 21))),
  thousands: body(thousands),
  kronor: body(kronor),
  spacing,
  dashes: body(dashes),
  capitals: body(capitalHeadings),
};

// ---------------------------------------------------------------------------------------------------------
// Extraction and flips, scored by the scorer's own checks (test/fixtures/corpus/score-checks.mjs, the module
// score-extract.mjs runs), so a flip here is a flip in what is graded.

const TMP = join(tmpdir(), `field-perturbation-${process.pid}`);

/** The spec of `text` (extracted from a file in /tmp, the scorer's way); {} when extraction refuses the text. */
export async function specOf(text: string, file: string): Promise<Json> {
  mkdirSync(TMP, { recursive: true });
  const path = join(TMP, file);
  writeFileSync(path, text);
  try { return JSON.parse(JSON.stringify(await extract(path))) as Json; } catch { return {}; }
}

export interface Flip { readonly text: string; readonly check: string; readonly to: 'missing' | 'wrong' }
export interface PerturbationResult {
  /** checks right whole and missing or wrong perturbed */
  readonly flips: Flip[];
  /** checks not right whole and right perturbed (the dev copy's layout hides a value another copy shows) */
  readonly gains: number;
  /** quotes not found in the perturbed text */
  readonly ungrounded: number;
  /** texts the perturbation left unchanged */
  readonly unchanged: number;
}

/** The perturbations that only break lines. */
const WRAPS: ReadonlySet<string> = new Set(['wrap', 'pdf']);

/** The gold with its title_has put through the perturbation its text was: the gold's meaning under the same rewrite. */
function perturbedTitle(gold: Json, f: (t: string) => string): Json {
  const e = gold.expect as Json;
  if (typeof e.title_has !== 'string') return gold;
  return { ...gold, expect: { ...e, title_has: f(e.title_has).trim() } };
}

/** Each perturbation's flips over `texts`; `only` limits the perturbations. */
export async function fieldFlips(texts: readonly GoldText[], only: readonly string[] = Object.keys(PERTURBATIONS)): Promise<{ whole: { right: number; total: number; wrong: number; short: string[] }; results: Record<string, PerturbationResult> }> {
  const results: Record<string, { flips: Flip[]; gains: number; ungrounded: number; unchanged: number }> = {};
  for (const id of only) results[id] = { flips: [], gains: 0, ungrounded: 0, unchanged: 0 };
  const whole = { right: 0, total: 0, wrong: 0, short: [] as string[] };
  for (const [i, d] of texts.entries()) {
    const base = scoreSpec(d.gold, await specOf(d.text, `${d.name}.txt`), d.text).checks;
    whole.total += base.length;
    whole.right += base.filter((c) => c.verdict === 'right').length;
    whole.wrong += base.filter((c) => c.verdict === 'wrong').length;
    for (const c of base) if (c.verdict !== 'right') whole.short.push(`${d.name}: ${c.field} (${c.verdict})`);
    for (const id of only) {
      const r = results[id]!;
      const p = PERTURBATIONS[id]!(d.text, i);
      if (p === d.text) { r.unchanged++; continue; }
      // a title the perturbation rewrote ("23,5 nya miljoner kronor till …" → "… kr till …") is asked for as rewritten
      // (a wrap only breaks lines, which the reader joins again: the title asked for stays as it is, review44)
      const rewrite = WRAPS.has(id) ? undefined : (t: string): string => PERTURBATIONS[id]!(t, i);
      const got = scoreSpec(rewrite ? perturbedTitle(d.gold, rewrite) : d.gold, await specOf(p, `${d.name}.${id}.txt`), p);
      r.ungrounded += got.quotes - got.grounded;
      got.checks.forEach((c, k) => {
        const b = base[k]!.verdict;
        if (b === 'right' && c.verdict !== 'right') r.flips.push({ text: d.name, check: c.field, to: c.verdict });
        if (b !== 'right' && c.verdict === 'right') r.gains++;
      });
    }
  }
  return { whole, results };
}

/** The flip table: per perturbation, right→wrong and right→missing, with the fields they hit. */
export function flipTable(results: Record<string, PerturbationResult>): string {
  const rows = ['| perturbation | right→wrong | right→missing | gains | ungrounded | unchanged | fields (wrong / missing) |', '|---|---|---|---|---|---|---|'];
  for (const [id, r] of Object.entries(results)) {
    const by = (to: string): string => {
      const m = new Map<string, number>();
      for (const f of r.flips) if (f.to === to) m.set(f.check, (m.get(f.check) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    };
    const w = r.flips.filter((f) => f.to === 'wrong').length;
    rows.push(`| ${id} | ${w} | ${r.flips.length - w} | ${r.gains} | ${r.ungrounded} | ${r.unchanged} | ${by('wrong') || '–'} / ${by('missing') || '–'} |`);
  }
  return rows.join('\n');
}
