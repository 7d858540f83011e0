import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuestions } from '../../extract/fields/reporting-form.js';
import { readText } from '../../extract/read/text.js';

// Branch h/forms19 (issue 12): a form's number of top-level questions under the ways its numbering reaches us.
// The contract: one question per numbered item; sub-items belong to their question. Each variant rewrites the
// numbering of a dev form whose gold has a question_count, its words left as they are: "1)" for "1.", "Fråga 1:",
// a markdown heading "### 1", the sub-items numbered "1.1" / "1.2" or lettered "a)" under their question, and one
// question per row of a table. Used by question-count-perturbation.test.ts.

export interface CountedForm { readonly name: string; readonly count: number; readonly text: string }

const DEV = 'test/corpus/dev-gold';

/** Every dev form whose gold states its question count. */
export function devCountedForms(): CountedForm[] {
  const out: CountedForm[] = [];
  for (const f of readdirSync(DEV).sort()) {
    const g = JSON.parse(readFileSync(join(DEV, f), 'utf8')) as { source: string; expect?: { kind?: string; question_count?: number } };
    if (g.expect?.kind !== 'reporting-form' || g.expect.question_count === undefined) continue;
    out.push({ name: f.replace(/\.json$/u, ''), count: g.expect.question_count, text: readFileSync(join(DEV, g.source), 'utf8') });
  }
  return out;
}

// a top-level question's number at the line's start ("3. Avvikelser …", "8." alone); a sub-item is set in
const TOP = /^(\d{1,2})\.(?=[ \t]|$)[ \t]*(.*)$/u;
const SUB = /^[ \t]{1,8}(\d{1,2})\.[ \t]+(.*)$/u;

/** Each line through f: (top-level number and text) or (sub-item number, text, its question's number). */
function rewrite(t: string, top: (n: string, rest: string) => string, sub?: (k: number, rest: string, q: string) => string): string {
  let q = '';
  return t.split('\n').map((line) => {
    const m = TOP.exec(line);
    if (m) { q = m[1]!; return top(m[1]!, m[2]!); }
    const s = sub && q !== '' ? SUB.exec(line) : null;
    return s ? sub!(Number(s[1]), s[2]!, q) : line;
  }).join('\n');
}

const LETTERS = 'abcdefghij';

export const COUNT_VARIANTS: Readonly<Record<string, (t: string) => string>> = {
  paren: (t) => rewrite(t, (n, r) => `${n}) ${r}`.trimEnd()),
  fraga: (t) => rewrite(t, (n, r) => `Fråga ${n}: ${r}`.trimEnd()),
  heading: (t) => rewrite(t, (n, r) => `### ${n} ${r}`.trimEnd()),
  decimalSubs: (t) => rewrite(t, (n, r) => `${n}. ${r}`.trimEnd(), (k, r, q) => `${q}.${k} ${r}`),
  letterSubs: (t) => rewrite(t, (n, r) => `${n}. ${r}`.trimEnd(), (k, r) => `   ${LETTERS[k - 1] ?? 'x'}) ${r}`),
  // one question per row: the number in the first cell, the question and the lines up to the next in the second
  table: (t) => {
    const lines = t.split('\n');
    const first = lines.findIndex((l) => TOP.test(l));
    if (first < 0) return t;
    const cells: Array<[string, string]> = [];
    for (const line of lines.slice(first)) {
      const m = TOP.exec(line);
      if (m) cells.push([m[1]!, m[2]!.trim()]);
      else if (line.trim() !== '') cells[cells.length - 1]![1] = `${cells[cells.length - 1]![1]} ${line.trim()}`.trim();
    }
    const table = ['| Nr | Fråga |', '| --- | --- |', ...cells.map(([n, q]) => `| ${n} | ${q.replace(/\|/gu, '/')} |`)];
    return [...lines.slice(0, first), ...table].join('\n');
  },
};

export const questionCount = (text: string): number => findQuestions(readText('t.txt', text)).length;

/** For each variant, the forms whose count it changes from the gold, among those whose whole count is right. */
export function countFlips(forms: readonly CountedForm[]): { wrongWhole: string[]; flips: Record<string, string[]> } {
  const wrongWhole: string[] = [];
  const flips: Record<string, string[]> = {};
  for (const f of forms) {
    if (questionCount(f.text) !== f.count) { wrongWhole.push(f.name); continue; }
    for (const [id, v] of Object.entries(COUNT_VARIANTS)) {
      flips[id] ??= [];
      const got = questionCount(v(f.text));
      if (got !== f.count) flips[id].push(`${f.name} (${got})`);
    }
  }
  return { wrongWhole, flips };
}
