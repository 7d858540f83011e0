import type { Importance } from '../fields.js';
import { itemText } from '../schema/scalars.js';
import type { Change, ChangeReport, Quote } from './index.js';
import { wordDiff, type WordPart } from './lists.js';
import { describe, detail, sideWords } from './words.js';

// The change report for people and tools: a terminal (coloured unless NO_COLOR), Markdown with
// old/new columns, one standalone HTML page (quotes side by side with a word-level redline), CSV
// for a spreadsheet (`;`, BOM, no cell a spreadsheet would run as a formula) and JSON. Every format
// lists what asks something of the recipient first, under "Kräver åtgärd".

export const HEADINGS: Readonly<Record<Importance, string>> = { action: 'Kräver åtgärd', notice: 'Bra att känna till', info: 'Formuleringar och uppgifter om dokumentet' };
const ORDER: readonly Importance[] = ['action', 'notice', 'info'];

const sameYear = (r: ChangeReport): boolean => r.from === r.to;
const groups = (r: ChangeReport): Array<[Importance, Change[]]> =>
  ORDER.map((i) => [i, r.changes.filter((c) => c.importance === i)] as [Importance, Change[]]).filter(([, cs]) => cs.length > 0);

/** Old and new as text when both are sentences (a reworded item): the words kept, removed and added. */
export function reworded(c: Change): WordPart[] | undefined {
  if (c.kind !== 'changed') return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : v && typeof v === 'object' && 'text' in v ? itemText(v) : undefined);
  const a = text(c.old);
  const b = text(c.new);
  if (a === undefined || b === undefined || a.split(/\s+/u).length < 4) return undefined;
  return wordDiff(a, b);
}

const where = (q: Quote): string => `${q.source}, rad ${q.line}${q.page ? `, sidan ${q.page}` : ''}`;
const sign = (c: Change): string => (c.kind === 'added' ? '+' : c.kind === 'removed' ? '−' : '~');

export function formatText(r: ChangeReport, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out = [`${r.grant}: ${r.from} → ${r.to}`, '', r.summary];
  for (const [importance, cs] of groups(r)) {
    out.push('', paint('1', HEADINGS[importance]));
    for (const c of cs) {
      const s = c.kind === 'added' ? paint('32', '+') : c.kind === 'removed' ? paint('31', '−') : paint('33', '~');
      const words = reworded(c);
      out.push(`  ${s} ${words ? `${c.label}: omformulerat` : describe(c, sameYear(r))}`);
      if (words) out.push(`      ${words.map((w) => (w.op === '=' ? w.text : w.op === '+' ? paint('32', `{+${w.text}+}`) : paint('31', `[-${w.text}-]`))).join(' ')}`);
      if (c.evidence.old) out.push(`      ${r.from}: ”${c.evidence.old.quote}” (${where(c.evidence.old)})`);
      if (c.evidence.new) out.push(`      ${r.to}: ”${c.evidence.new.quote}” (${where(c.evidence.new)})`);
    }
  }
  return `${out.join('\n')}\n`;
}

const mdCell = (s: string): string => s.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim() || '–';

export function formatMarkdown(r: ChangeReport): string {
  const out = [`# Ändringar i ${r.grant}: ${r.from} → ${r.to}`, '', r.summary];
  for (const [importance, cs] of groups(r)) {
    out.push('', `## ${HEADINGS[importance]}`, '', `|  | Vad | ${r.from} | ${r.to} |`, '|---|---|---|---|');
    for (const c of cs) {
      const words = reworded(c);
      const old = c.kind === 'added' ? '–' : words ? words.filter((w) => w.op !== '+').map((w) => (w.op === '-' ? `~~${w.text}~~` : w.text)).join(' ') : sideWords(c, 'old');
      const now = c.kind === 'removed' ? 'anges inte längre' : words ? words.filter((w) => w.op !== '-').map((w) => (w.op === '+' ? `**${w.text}**` : w.text)).join(' ') : `${sideWords(c, 'new')}${c.kind === 'added' ? ' (nytt)' : detail(c, sameYear(r))}`;
      out.push(`| ${sign(c)} | ${mdCell(c.label)} | ${mdCell(old)} | ${mdCell(now)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const href = (path: string): string => esc(encodeURI(path.split('\\').join('/')));

function quoteHtml(q: Quote | undefined, year: string, parts: WordPart[] | undefined, side: '-' | '+'): string {
  if (!q) return `<div class="quote none"><p class="year">${esc(year)}</p><p>Inget citat.</p></div>`;
  const body = parts
    ? parts.filter((w) => w.op === '=' || w.op === side).map((w) => (w.op === '=' ? esc(w.text) : side === '+' ? `<ins><span class="sr">tillagt: </span>${esc(w.text)}</ins>` : `<del><span class="sr">borttaget: </span>${esc(w.text)}</del>`)).join(' ')
    : esc(q.quote);
  return `<div class="quote"><p class="year">${esc(year)}</p><blockquote>${body}</blockquote><p class="src"><a href="${href(q.source)}">${esc(where(q))}</a></p></div>`;
}

const CSS = `body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem}h2{border-bottom:2px solid #1a1a1a;margin-top:2rem}h3{font-size:1.05rem;margin:0 0 .3rem}
article{border:1px solid #767676;border-radius:4px;padding:.75rem;margin:.75rem 0;break-inside:avoid}
.action article{border-left:6px solid #a30000}.notice article{border-left:6px solid #8a5a00}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}.year{font-weight:bold;margin:0}
blockquote{margin:.25rem 0;padding-left:.5rem;border-left:3px solid #767676}.src{font-size:.9rem;margin:0}
ins{background:#d7f5dd;color:#0b3d17;text-decoration:underline}del{background:#fbe0e0;color:#6b0000}
a{color:#0645ad}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@page{size:A4;margin:15mm}@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit}.pair{grid-template-columns:1fr 1fr}}`;

export function formatHtml(r: ChangeReport): string {
  const title = `Ändringar i ${r.grant}: ${r.from} → ${r.to}`;
  const body: string[] = [];
  for (const [importance, cs] of groups(r)) {
    body.push(`<section class="${importance}" aria-labelledby="h-${importance}"><h2 id="h-${importance}">${esc(HEADINGS[importance])} (${cs.length})</h2>`);
    for (const c of cs) {
      const words = c.evidence.old && c.evidence.new ? wordDiff(c.evidence.old.quote, c.evidence.new.quote) : undefined;
      body.push(`<article><h3>${esc(describe(c, sameYear(r)))}</h3>`,
        `<div class="pair">${quoteHtml(c.evidence.old, r.from, words, '-')}${quoteHtml(c.evidence.new, r.to, words, '+')}</div></article>`);
    }
    body.push('</section>');
  }
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p>${esc(r.summary)}</p>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/** A CSV cell: quoted where needed, and never a formula a spreadsheet would run. */
export function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  return /[;"\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

const IMPORTANCE_WORDS: Readonly<Record<Importance, string>> = { action: 'kräver åtgärd', notice: 'bra att känna till', info: 'formulering' };
const KIND_WORDS = { added: 'nytt', removed: 'anges inte längre', changed: 'ändrat' } as const;

export function formatCsv(r: ChangeReport): string {
  const head = ['Vikt', 'Ändring', 'Vad', 'Sökväg', r.from, r.to, 'Förskjutning (dagar)', `Citat ${r.from}`, `Källa ${r.from}`, `Citat ${r.to}`, `Källa ${r.to}`];
  const rows = r.changes.map((c) => {
    return [IMPORTANCE_WORDS[c.importance], KIND_WORDS[c.kind], c.label, c.path, c.old === undefined ? '' : sideWords(c, 'old'), c.new === undefined ? '' : sideWords(c, 'new'),
      c.shift_days === undefined ? '' : String(c.shift_days), c.evidence.old?.quote ?? '', c.evidence.old ? where(c.evidence.old) : '', c.evidence.new?.quote ?? '', c.evidence.new ? where(c.evidence.new) : ''];
  });
  return `\uFEFF${[head, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export function formatJson(r: ChangeReport): string {
  const { grant, from, to, summary, changes } = r;
  return `${JSON.stringify({ grant, from, to, summary, changes }, null, 2)}\n`;
}

export { describe };
