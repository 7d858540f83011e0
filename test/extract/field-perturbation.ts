import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../extract/index.js';

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
// The scorer's checks (test/fixtures/corpus/score-extract.mjs), each as right, missing or wrong.

export type Verdict = 'right' | 'missing' | 'wrong';
export interface Check { readonly name: string; readonly verdict: Verdict }

export const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/[\u00ad]/gu, '').replace(/-\s*\n\s*/gu, '')
  .replace(/[*_`]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
const text = (x: any): string => (typeof x === 'string' ? x : x?.text ?? x?.label ?? JSON.stringify(x ?? '')); // eslint-disable-line @typescript-eslint/no-explicit-any
const num = (x: unknown): number | null => (x === null || x === undefined || x === '' ? null : Number(String(x).replace(/[\s\u00a0]/gu, '').replace(',', '.')));
const dateOf = (x: any): unknown => (x && typeof x === 'object' ? (x.date ?? null) : x ?? null); // eslint-disable-line @typescript-eslint/no-explicit-any
const get = (o: unknown, p: string): any => p.split('.').reduce<any>((a, k) => (a == null ? undefined : a[k]), o); // eslint-disable-line @typescript-eslint/no-explicit-any

/** The scorer's checks of one spec against one gold, in the scorer's order, and its quotes grounded in `source`. */
export function scoreSpec(gold: Json, spec: Json, sourceText: string): { checks: Check[]; quotes: number; grounded: number } {
  const source = norm(sourceText);
  const e = gold.expect as Json;
  const checks: Check[] = [];
  const check = (name: string, pass: boolean, isWrong = false): void => { checks.push({ name, verdict: pass ? 'right' : isWrong ? 'wrong' : 'missing' }); };
  const eq = (name: string, got: unknown, want: unknown): void => {
    const missing = got === null || got === undefined;
    check(name, want === null ? missing : String(got) === String(want), !missing && String(got) !== String(want));
  };
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(e, k);
  if (has('kind')) eq('kind', spec.kind, e.kind);
  if (has('year')) eq('year', spec.year, e.year);
  if (has('title_has')) check('title', norm(spec.title).includes(norm(e.title_has)));
  if (e.kind !== 'reporting-form') {
    if (has('recipients')) {
      const types = [...new Set((get(spec, 'recipients.types') ?? []) as string[])].sort().join(',');
      check('recipients.types', types === [...(e.recipients.types as string[])].sort().join(','), types !== '');
      if (e.recipients.named) {
        const named = ((get(spec, 'recipients.named') ?? []) as unknown[]).map((n) => norm(text(n))).sort().join('|');
        check('recipients.named', named === (e.recipients.named as string[]).map(norm).sort().join('|'), named !== '');
      }
    }
    if (has('funding')) {
      if ('total' in e.funding) eq('funding.total', num(get(spec, 'funding.total')), e.funding.total);
      const parts = (get(spec, 'funding.parts') ?? []) as Json[];
      for (const p of (e.funding.parts ?? []) as Json[]) {
        const m = parts.find((q) => num(q.amount) === p.amount && (!p.to || String(q.to ?? '').startsWith(p.to as string)));
        check(`funding.part ${p.to ?? ''} ${p.amount}`, !!m);
        if (p.key) check(`funding.part ${p.to ?? ''} ${p.amount} key`, m?.key === p.key, !!m && m.key !== undefined && m.key !== p.key);
        if (p.per_unit) check('funding.part per_unit', num(m?.per_unit) === p.per_unit, m?.per_unit != null && num(m.per_unit) !== p.per_unit);
        if (p.per_recipient) check('funding.part per_recipient', num(m?.per_recipient) === p.per_recipient, m?.per_recipient != null && num(m.per_recipient) !== p.per_recipient);
      }
    }
    if (has('requisition')) {
      if ('opens' in e.requisition) eq('requisition.opens', dateOf(get(spec, 'requisition.opens')), e.requisition.opens);
      if ('closes' in e.requisition) eq('requisition.closes', dateOf(get(spec, 'requisition.closes')), e.requisition.closes);
    }
    if (has('usage_period')) {
      if ('from' in e.usage_period) eq('usage_period.from', dateOf(get(spec, 'usage_period.from')), e.usage_period.from);
      if ('to' in e.usage_period) eq('usage_period.to', dateOf(get(spec, 'usage_period.to')), e.usage_period.to);
    }
    if (has('reporting_due')) {
      const due = get(spec, 'reporting.due');
      if (e.reporting_due === null) check('reporting.due not invented', due == null || typeof due === 'object', typeof due === 'string');
      else eq('reporting.due', dateOf(due), e.reporting_due);
    }
    for (const key of ['permitted_uses', 'excluded_uses', 'evidence_documents']) {
      if (!has(key)) continue;
      const items = ((spec[key] ?? []) as unknown[]).map((x) => norm(text(x)));
      const g = e[key] as Json;
      for (const h of g.has as string[]) check(`${key} has`, items.some((i) => i.includes(norm(h))));
      check(`${key} no stray items`, items.length <= g.max && !((g.not ?? []) as string[]).some((n) => items.some((i) => i.includes(norm(n)))), true);
    }
    if (has('invoice_threshold')) eq('repayment.invoice_threshold', num(get(spec, 'repayment.invoice_threshold')), e.invoice_threshold);
    if (has('legal_basis')) {
      const refs = ((spec.legal_basis ?? []) as any[]).map((r) => norm(typeof r === 'string' ? r : `${r.ref ?? ''} ${r.title ?? ''}`)); // eslint-disable-line @typescript-eslint/no-explicit-any
      for (const r of e.legal_basis as string[]) check('legal_basis', refs.some((x) => x.includes(norm(r))));
    }
  } else {
    if (has('due')) eq('due', dateOf(spec.due), e.due);
    if (has('max_submissions')) eq('max_submissions', spec.max_submissions, e.max_submissions);
    const qs = (spec.questions ?? []) as Json[];
    const nums = qs.map((q) => q.number);
    if (has('question_count')) check('question count', qs.length === e.question_count && new Set(nums).size === nums.length, qs.length > 0);
    if (has('table_rows')) {
      const tq = qs.find((q) => q.number === e.table_rows.question);
      check('table rows', tq?.rows === e.table_rows.rows || tq?.rows?.length === e.table_rows.rows);
    }
    if (has('scale_options')) check('scale options', qs.some((q) => ((q.options ?? []) as unknown[]).length === e.scale_options && ((q.options ?? []) as unknown[]).some((o) => norm(text(o)).includes('hög utsträckning'))));
    for (const n of (e.long_text_1000 ?? []) as number[]) check('max_chars 1000', qs.find((q) => q.number === n)?.max_chars === 1000);
  }
  if (has('contacts')) {
    const emails = ((spec.contacts ?? []) as any[]).map((c) => String(typeof c === 'string' ? c : c.email).toLowerCase()); // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const m of e.contacts as string[]) check('contact', emails.includes(m));
    check('no invented contact', emails.every((m) => source.includes(m)), true);
  }
  const ev = (spec.evidence ?? {}) as Json;
  const entries = (Array.isArray(ev) ? ev : Object.entries(ev).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x: Json) => ({ path: k, ...x })))) as Json[];
  let grounded = 0;
  for (const x of entries) if (x.quote && source.includes(norm(x.quote))) grounded++;
  for (const p of (e.evidence_for ?? (e.kind === 'anvisning' ? ['requisition.closes', 'funding.total', 'usage_period'] : [])) as string[]) {
    check('evidence for', entries.some((x) => String(x.path ?? x.field ?? '').startsWith(p) && x.quote && source.includes(norm(x.quote))));
  }
  return { checks, quotes: entries.length, grounded };
}

// ---------------------------------------------------------------------------------------------------------
// Extraction and flips.

const TMP = join(tmpdir(), `field-perturbation-${process.pid}`);

/** The spec of `text` (extracted from a file in /tmp, the scorer's way); {} when extraction refuses the text. */
async function specOf(text: string, file: string): Promise<Json> {
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
    for (const c of base) if (c.verdict !== 'right') whole.short.push(`${d.name}: ${c.name} (${c.verdict})`);
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
        if (b === 'right' && c.verdict !== 'right') r.flips.push({ text: d.name, check: c.name, to: c.verdict });
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
