// Which kommuner and regioner a text says are given the money, for the change report's text-level pass: a decision or a
// news item that pays a grant out names its payees ("Åtta kommuner och två regioner får 207 miljoner kronor i statsbidrag
// … Bollnäs kommun får 12 miljoner kronor", "Region Gävleborg beviljas 4,5 miljoner kronor"), or lists them with their sums
// ("• Härnösands kommun: 3 200 000 kronor", "| Ale | 1 250 000 |"). The contract names recipients only where a text limits
// the grant to them, so neither year's spec holds these names; a payee added or dropped between two such texts is a change
// of recipients.named all the same, the one a compliance officer of those kommuner acts on. Names are matched against
// the reference list of Sweden's 290 kommuner and 21 regioner (specs/reference), never read from capitalised words alone:
// a bare name ("Ale", "Vara", "Mora") counts only on a line of a list or table that also holds a sum, where it cannot be
// a word of the sentence. The rows are phrase knowledge like rules.ts' and run as cue tests (extract/cues/index.ts,
// `diff.PAYEE_SENTENCES`); every pattern is linear.
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import { dayChange } from './closing.js';
import { loadReference, type Recipient } from '../reference/index.js';
import type { TextSentence } from './text.js';

/** a sum of money as texts write it: "12 miljoner kronor", "3 200 000 kr", "4,5 mnkr", "800 tkr" */
const SUM = String.raw`\d[\d\s\u00a0]{0,12}(?:,\d{1,3})?\s?(?:kr\b|kronor|(?:miljon|miljard)\p{L}*(?:\s(?:kronor|kr\b))?|mnkr|mkr|tkr|msek|sek\b)`;

/**
 * A sentence that gives money to whom it names: the payee is the subject of a verb of receiving ("får", "beviljas", "tilldelas",
 * "erhåller") with a sum or the grant after it, or the object of "till" after a verb of paying out ("fördelas till", "betalas
 * ut till", "går till"). Not a rule on who may apply ("får söka", "kan beviljas"), which recipients.types holds.
 */
export const PAYEE_SENTENCES: ReadonlyArray<SentenceRow<'recipients.named'>> = [
  {
    id: 'far-summa', where: 'sentence', meaning: 'recipients.named', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:får|fick|har\s+fått|beviljas|beviljades|har\s+beviljats|tilldelas|tilldelades|har\s+tilldelats|erhåller|erhöll|har\s+erhållit)\s+(?:[\p{L}-]+\s+){0,3}?(?:${SUM}|(?:stats)?bidrag(?:et)?\b|medel\b|stöd(?:et)?\b)`, 'iu')),
    // a rule on whom the grant may go to, not a payment made
    unless: [{ where: 'sentence', cue: wordy(/\b(?:kan|får|ska|skall|bör|kommer\s+att)\s+(?:[\p{L}-]+\s+){0,2}?(?:söka|ansöka|beviljas|tilldelas|erhålla|rekvirera)\b|\bom\s+(?:kommunen|regionen)\b/iu) }],
    examples: ['Bollnäs kommun får 12 miljoner kronor för att bygga om skolgården.', 'Region Gävleborg beviljas 4,5 miljoner kronor.', 'Härnösands kommun har tilldelats statsbidrag för sommarlovsaktiviteter.', 'Även Region Jämtland Härjedalen fick stöd.'],
    counterExamples: ['Kommuner i Norrbottens län kan söka bidraget.', 'Region Stockholm får ansöka om medel senast 1 mars.', 'Kommunen får använda medlen till lokaler.', 'Bidrag kan beviljas till Region Skåne om ansökan är komplett.'],
  },
  {
    id: 'fordelas-till', where: 'sentence', meaning: 'recipients.named', weight: 1,
    // ("går till" only with the sum that goes: "Ansökan går till Kammarkollegiet" sends a paper, pays no one)
    cue: wordy(new RegExp(String.raw`\b(?:(?:fördelas|fördelades|har\s+fördelats|betalas\s+ut|betalades\s+ut|har\s+betalats\s+ut)\s+(?:[\p{L}\d-]+\s+){0,6}?|(?:går|gick)\s+${SUM}\s+)till\b`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:kan|får|ska|skall|bör|kommer\s+att)\s+(?:[\p{L}-]+\s+){0,2}?(?:fördelas|betalas\s+ut|gå)\b/iu) }],
    examples: ['Medlen fördelas till Umeå kommun, Skellefteå kommun och Region Västerbotten.', 'Av beloppet går 30 miljoner kronor till Region Norrbotten.', 'Statsbidraget betalades ut till Gotlands kommun i juni.'],
    counterExamples: ['Medlen ska fördelas till kommunerna efter befolkning.', 'Bidraget kan betalas ut till Region Skåne i förskott.', 'Ansökan går till Kammarkollegiet.'],
  },
];

/** a line of a list or a table row: "• Härnösands kommun: 3 200 000 kronor", "| Ale | 1 250 000 |" */
const LIST_OR_ROW = /^\s*(?:[*•·▪–-]\s|\d{1,3}[.)]\s|\|)/u;
const SUM_ANYWHERE = new RegExp(SUM, 'iu');
/** a table row's cell that is a sum in figures without its unit ("1 250 000", "800") */
const FIGURE_CELL = /\|\s*\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?\s*(?:\||$)/u;

/** a run of up to three capitalised words, each its own candidate start, with "kommun", "stad" or a län word after it */
const NAME_RUN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?:\s+(kommun|stad|läns\s+landsting))?(?![\p{L}\p{N}])/gu;

/** One payee a text names, by its code (the key compared), with the sentence that names it. */
export interface Payee { readonly day: string; readonly recipient: Recipient; readonly sentence: TextSentence }

/** The kommuner and regioner one line names in a form that is a name beyond doubt ("X kommun", "Region X"), or bare when `bare`. */
function namesIn(text: string, bare: boolean): Recipient[] {
  const ref = loadReference();
  const out: Recipient[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[1]!.split(/\s+/u);
    // the longest run of words from the first that names one (a sentence's first word "Även", "Också" is no part of it)
    for (let start = 0; start < words.length; start++) {
      let hit: Recipient | undefined;
      for (let end = words.length; end > start && !hit; end--) {
        const name = words.slice(start, end).join(' ');
        const tail = end === words.length ? m[2] : undefined;
        const explicit = tail !== undefined || /^Region\s/u.test(name) || /regionen$/u.test(name);
        if (!explicit && !bare) continue;
        const written = tail !== undefined ? `${name} ${tail.replace(/\s+/gu, ' ')}` : name;
        hit = tail === 'läns landsting' ? ref.match('region', written) : tail !== undefined ? ref.match('kommun', written) : ref.match('region', written) ?? ref.match('kommun', written);
      }
      if (hit) { out.push(hit); break; }
    }
  }
  return out;
}

/** The payees a text names, in text order: in a sentence that gives money, or on a list line or table row with a sum. */
export function payeesOf(sentences: readonly TextSentence[]): Payee[] {
  const out: Payee[] = [];
  for (const s of sentences) {
    const listed = (s.item === true || LIST_OR_ROW.test(s.text)) && (SUM_ANYWHERE.test(s.text) || FIGURE_CELL.test(s.text));
    const giving = !listed && PAYEE_SENTENCES.some((row) => rowHolds(row, s.text));
    if (!listed && !giving) continue;
    for (const r of namesIn(s.text, listed)) out.push({ day: r.code, recipient: r, sentence: s });
  }
  return out;
}

/**
 * How the payees changed between two texts, where both name some: a payee the other text still names anywhere (by any of
 * its forms, "Ale kommun" or "Ale") is not gone. A text that names none pays no one by name (a general decision), no change.
 */
export function payeeChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: Payee; readonly new?: Payee } | undefined {
  const a = payeesOf(olds);
  const b = payeesOf(news);
  if (a.length === 0 || b.length === 0) return undefined;
  const named = new Map<string, ReadonlySet<string>>();
  const written = (text: string, x: Payee): boolean => {
    let codes = named.get(text);
    if (!codes) named.set(text, (codes = mentioned(text)));
    return codes.has(x.day);
  };
  return dayChange(a, b, written, oldText, newText);
}

/** the codes of every kommun and region a text names anywhere in a form beyond doubt ("Ale kommun", "Region Skåne") */
function mentioned(text: string): ReadonlySet<string> {
  return new Set(text.split('\n').flatMap((line) => namesIn(line, false).map((r) => r.code)));
}
