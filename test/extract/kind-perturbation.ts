import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeForm } from '../../extract/fields/reporting-form.js';
import { readText } from '../../extract/read/text.js';

// Branch h/forms18 (issue 12): is a text's kind robust to the ways a form or an instruction page reaches us
// other than whole? Each perturbation is a way real texts are stored: cut (a copy site's first pages only, or
// a transcript that starts mid-form), without its title line (the title in an image or in page chrome left
// out), flattened (one line per field, the numbering lost, as a web form saved as text), without its blanks
// ("____", "[ ]", "☐", "....": a saved web form has none), and an instruction page that quotes the form's
// questions under a lead that says the report shall answer them. Used by kind-perturbation.test.ts, and
// runnable alone for the per-text list (`npx vitest run test/extract/kind-perturbation.test.ts` prints it).

export interface KindText { readonly name: string; readonly kind: 'reporting-form' | 'anvisning'; readonly text: string }

const DEV = 'test/corpus/dev-gold';

/** Every dev text whose gold is a form, a reporting instruction or an anvisning, with its gold kind. */
export function devKindTexts(): KindText[] {
  const out: KindText[] = [];
  for (const f of readdirSync(DEV).sort()) {
    const g = JSON.parse(readFileSync(join(DEV, f), 'utf8')) as { source: string; genre?: string; expect?: { kind?: string } };
    if (!['reporting-form', 'reporting-instructions', 'anvisning'].includes(g.genre ?? '')) continue;
    const kind = g.expect?.kind;
    if (kind !== 'reporting-form' && kind !== 'anvisning') continue;
    out.push({ name: f.replace(/\.json$/u, ''), kind, text: readFileSync(join(DEV, g.source), 'utf8') });
  }
  return out;
}

const lines = (t: string): string[] => t.split('\n');

/** The first or the second half of a text, by characters, cut at the first white space from the middle (a transcript is a few long lines). */
function half(t: string, second: boolean): string {
  const mid = Math.floor(t.length / 2);
  const ws = t.slice(mid).search(/\s/u);
  const c = ws < 0 ? mid : mid + ws;
  return second ? t.slice(c).trimStart() : t.slice(0, c);
}

/** Without its first non-empty line (the title). */
function noTitle(t: string): string {
  const l = lines(t);
  l.splice(l.findIndex((x) => x.trim() !== ''), 1);
  return l.join('\n');
}

// a list mark or a number at a line's start: "1. ", "2.1 ", "a) ", "(3) ", "• ", "- "
const MARK = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-zåäö][.)]|\(\d{1,2}\)|[•·▪◦*–-])[ \t]+/iu;

/** One line per field, no numbering, no empty lines. */
function flattened(t: string): string {
  return lines(t).map((x) => x.replace(MARK, '').trim()).filter((x) => x !== '').join('\n');
}

// a blank to fill in: a run of underscores or dots, a box
const BLANK = /_{3,}|\.{4,}|…{2,}|\[[ xX]?\]|[☐□▢☒☑]/gu;

/** Without the blanks. */
function noBlanks(t: string): string {
  return lines(t).map((x) => x.replace(BLANK, ' ').replace(/[ \t]+$/u, '')).join('\n');
}

// leads that say the report shall answer the questions below, as real pages word them (dev 61, dev 222) and
// as the brief's example does; the questions are real forms' (dev 88's and dev 890's lines, numbered here)
const LEADS = ['I redovisningen ska ni svara på följande frågor:', 'I slutrapporten ska du svara på följande frågor:', 'Vid rapportering vill stiftelsen ha svar på följande frågor:'];
const QUESTIONS = ['I vilken utsträckning har projektets mål uppnåtts?', 'Har projektets budget följts? Om inte, redogör för avvikelser.',
  'Vilka insatser har gjorts för att sprida projektets verksamhet och erfarenheter?', 'Vad händer med projektets verksamhet efter periodens slut?', 'Vad har ni gjort?'];

/** An instruction page quoting a form's questions after its first paragraph. */
function quoting(t: string, i: number): string {
  const l = lines(t);
  const at = Math.max(1, l.findIndex((x, k) => k > 0 && x.trim() === ''));
  l.splice(at, 0, '', LEADS[i % LEADS.length]!, ...QUESTIONS.map((q, k) => `${k + 1}. ${q}`), '');
  return l.join('\n');
}

export const FORM_PERTURBATIONS: Readonly<Record<string, (t: string, i: number) => string>> = {
  firstHalf: (t) => half(t, false), lastHalf: (t) => half(t, true), noTitle, flattened, noBlanks, flattenedNoBlanks: (t) => noBlanks(flattened(t)),
};
export const INSTRUCTION_PERTURBATIONS: Readonly<Record<string, (t: string, i: number) => string>> = { ...FORM_PERTURBATIONS, quoting };

export const kindOf = (text: string): 'reporting-form' | 'anvisning' => (looksLikeForm(readText('t.txt', text)) ? 'reporting-form' : 'anvisning');

/** For each perturbation, the texts whose kind it flips, among those the whole text gets right; and the texts it gets wrong whole. */
export function kindFlips(texts: readonly KindText[]): { wrongWhole: string[]; flips: Record<string, string[]> } {
  const wrongWhole: string[] = [];
  const flips: Record<string, string[]> = {};
  texts.forEach((d, i) => {
    if (kindOf(d.text) !== d.kind) { wrongWhole.push(d.name); return; }
    const ps = d.kind === 'reporting-form' ? FORM_PERTURBATIONS : INSTRUCTION_PERTURBATIONS;
    for (const [id, f] of Object.entries(ps)) {
      const key = `${d.kind}:${id}`;
      flips[key] ??= [];
      if (kindOf(f(d.text, i)) !== d.kind) flips[key].push(d.name);
    }
  });
  return { wrongWhole, flips };
}
