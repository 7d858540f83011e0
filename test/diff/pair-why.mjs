#!/usr/bin/env node
// Why the extractor reads a listed change in neither year: for every missed expected change of the
// tuned pairs whose field neither year's spec states (held-out pairs are skipped, never read), finds
// the line of the two texts that states the listed value (the note's figures and words, best line
// of either text) and classifies how the text states it:
//   a  table/list — the line is a list item, a table row or a label line ("- …", "1. …", "… | …")
//   d  split      — the sentence runs over a line break (the line does not end a sentence and the
//                   next one goes on in lower case or with a figure, or the line before does not end)
//   c  heading    — running text under a heading that names the field ("Fördelning", "Vem kan söka")
//   e  no figures — running text, the listed value has no figure (a purpose, a use, a condition)
//   b  prose      — running text with figures under no such heading: a cue the tables lack
//   ?  unfound    — no line shares the note's figures or words
// The first class that applies counts. Counts per field print always; `--list` adds, per miss, the
// pair, the field, the class and the line found.
// usage (after `npm run build:ts`): node test/diff/pair-why.mjs [name-substring] [--list]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extract } from '../../build/extract/index.js';
import { diffSpecs } from '../../build/specs/diff/index.js';

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8'));
const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.find((a) => !a.startsWith('--'));
const fieldOf = (path) => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path, field) => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);
const get = (spec, field) => field.split('.').reduce((o, k) => (o == null ? undefined : o[k]), spec);
const stated = (v) => v != null && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

// words of a note that say nothing of where the value stands
const NOTE_WORDS_OFF = new Set(['anges', 'inte', 'längre', 'båda', 'åren', 'året', 'efter', 'under', 'eller', 'också', 'endast', 'texten', 'senare', 'version', 'versionen', 'första', 'andra', 'stället', 'istället', 'samma', 'finns', 'mellan', 'sedan', 'nytt', 'borta', 'kvar']);
const joinDigits = (s) => s.replace(/(\d)[\s\u00a0](?=\d)/gu, '$1');
function tokensOf(note) {
  const text = joinDigits(String(note));
  const figures = [...new Set(text.match(/\d+(?:,\d+)?/gu) ?? [])].filter((f) => f.length >= 2);
  const words = [...new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !NOTE_WORDS_OFF.has(w)).map((w) => w.slice(0, 6)))];
  return { figures, words };
}
function hitsOf(line, tokens) {
  const flat = joinDigits(line);
  const low = line.toLowerCase();
  const hits = new Set();
  for (const f of tokens.figures) if (new RegExp(`(?<![\\d,])${f}(?![\\d]|,\\d)`, 'u').test(flat)) hits.add(`#${f}`);
  for (const w of tokens.words) if (low.includes(w)) hits.add(w);
  return hits;
}
const score = (hits) => [...hits].reduce((n, h) => n + (h.startsWith('#') ? 3 : 1), 0);

// headings that name a field (the first path segment, or the whole path when listed)
const FIELD_HEADINGS = {
  funding: /fördel|belopp|pengar|medel\b|budget|finansi|bidragets storlek|hur mycket|summa|ram/iu,
  purpose: /syfte|\bmål|varför|inriktning|prioriter/iu,
  usage_period: /period|tidsram|när ska|genomför|projekttid|tid\b/iu,
  recipients: /vem|vilka|kan söka|målgrupp|sökande|behörig/iu,
  permitted_uses: /användas|vad kan|kostnad|vad får|stödet gäller|bidraget gäller/iu,
  excluded_uses: /användas|inte|kostnad/iu,
  reporting: /redovis|rapport|uppfölj/iu,
  requisition: /ansök|rekvir|så söker|hur söker|sök/iu,
  dates: /datum|tidplan|viktiga|tidpunkt|när/iu,
  payment: /utbetal|betalas/iu,
  conditions: /villkor|krav/iu,
  legal_basis: /förordning|regler|lag|föreskrift|bestämmelse/iu,
  contacts: /kontakt|frågor/iu,
  agency: /myndighet|ansvarig|kontakt/iu,
  repayment: /återbetal|återkrav/iu,
  evidence_documents: /bilag|underlag|handling/iu,
};
const headingRe = (field) => FIELD_HEADINGS[field] ?? FIELD_HEADINGS[field.split('.')[0]];
const ENDS = /[.!?:;]["”»)]?\s*$/u;
const isList = (l) => /^\s*(?:[-*•–·▪]\s|\d{1,2}[.)]\s|\|)|\|.*\||\t/u.test(l) || /^\s*[\p{L} ]{2,40}:\s+\S/u.test(l);
const looksHeading = (lines, i) => {
  const l = lines[i].trim();
  if (l === '' || l.length > 80 || ENDS.test(l) && !l.endsWith('?') && !l.endsWith(':') || isList(lines[i])) return false;
  const before = i === 0 || lines[i - 1].trim() === '';
  return /^#|^\p{Lu}/u.test(l) && before;
};
function headingAbove(lines, i) {
  for (let j = i - 1; j >= 0; j--) if (looksHeading(lines, j)) return lines[j].trim();
  return '';
}
const nextText = (lines, i, step) => { for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].trim() !== '') return { j, l: lines[j].trim(), adjacent: Math.abs(j - i) === 1 }; return undefined; };
function split(lines, i) {
  const l = lines[i].trim();
  const next = nextText(lines, i, 1);
  if (!ENDS.test(l) && next?.adjacent && /^[\p{Ll}\d]/u.test(next.l) && !isList(lines[next.j])) return true;
  const prev = nextText(lines, i, -1);
  return prev !== undefined && prev.adjacent && !ENDS.test(prev.l) && /^[\p{Ll}\d]/u.test(l) && !looksHeading(lines, prev.j) && !isList(lines[prev.j]);
}

function locate(texts, note) {
  const tokens = tokensOf(note);
  let best;
  for (const [side, text] of texts) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const hits = hitsOf(line, tokens);
      const s = score(hits);
      if (s > 0 && (!best || s > best.score)) best = { side, lines, i, score: s, figures: [...hits].some((h) => h.startsWith('#')) };
    });
  }
  return best;
}

function classify(found, e) {
  if (!found) return '?';
  const { lines, i } = found;
  if (isList(lines[i])) return 'a';
  if (split(lines, i)) return 'd';
  const re = headingRe(e.field);
  if (re && re.test(headingAbove(lines, i))) return 'c';
  if (!/\d/u.test(String(e.note))) return 'e';
  return 'b';
}

const counts = {};
const rows = [];
for (const p of pairs) {
  if (p.heldout) continue;
  if (only && !p.name.includes(only)) continue;
  const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
  const oldText = readFileSync(p.old, 'utf8'); const newText = readFileSync(p.new, 'utf8');
  const r = diffSpecs(a, b, { oldText, newText });
  for (const e of p.expected) {
    if (r.changes.some((c) => under(c.path, e.field))) continue;
    if (stated(get(a, e.field)) || stated(get(b, e.field))) continue;
    const found = locate([['old', oldText], ['new', newText]], e.note);
    const k = classify(found, e);
    (counts[e.field] ??= { a: 0, b: 0, c: 0, d: 0, e: 0, '?': 0 })[k]++;
    if (list) rows.push(`${k} ${p.name} :: ${e.field}${e.high ? ' [H]' : ''} — ${e.note}\n      ${found ? `${found.side}:${found.i + 1}: ${found.lines[found.i].trim().slice(0, 240)}` : '(no line found)'}`);
  }
}
if (list) for (const row of rows.sort()) console.log(row);
const total = { a: 0, b: 0, c: 0, d: 0, e: 0, '?': 0 };
for (const [field, c] of Object.entries(counts).sort((x, y) => Object.values(y[1]).reduce((m, n) => m + n) - Object.values(x[1]).reduce((m, n) => m + n))) {
  for (const k of Object.keys(total)) total[k] += c[k];
  console.log(`${field}: ${Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
console.log(`all (neither year): ${Object.values(total).reduce((m, n) => m + n)} — ${Object.entries(total).map(([k, n]) => `${k} ${n}`).join(', ')}  (a table/list, b prose, c field heading, d split, e no figures, ? unfound)`);
