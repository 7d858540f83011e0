import type { Diagnostic } from '../specs/diagnostics.js';
import type { ExtractedSpec as GrantSpec } from '../specs/schema/index.js';
import type { Change } from '../specs/diff/index.js';
import { describe as describeChange } from '../specs/diff/format.js';
import { approximateTotal, labelOf, statedAmount } from '../specs/fields.js';

// The editor's review page: the source text with every extracted value highlighted and linked both
// ways to its field, the fields this genre usually has but this document lacks, and the lint
// findings in place. One self-contained HTML file: no scripts, no external resources.

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const id = (field: string): string => field.replace(/[^a-z0-9]+/giu, '-').toLowerCase();

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

/** Where a quote ends in the source, reading it from `start` the way quotes are compared (white space and line-break hyphens aside). */
export function quoteEnd(source: string, start: number, quote: string): number | undefined {
  let i = start;
  let j = 0;
  const ws = /\s/u;
  while (j < quote.length && i < source.length) {
    const a = source[i]!;
    const b = quote[j]!;
    if (a === b) { i++; j++; continue; }
    if (ws.test(a) && ws.test(b)) { i++; j++; continue; }
    if (ws.test(a)) { i++; continue; }
    if (ws.test(b)) { j++; continue; }
    if (a === '-' && /\s/u.test(source[i + 1] ?? '')) { i++; continue; }
    if (a === '*' || a === '_' || a === '`') { i++; continue; }
    return undefined;
  }
  return j >= quote.length ? i : undefined;
}

const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['recipients.types', 'inga mottagare hittades'], ['funding.total', 'inget totalbelopp hittades'],
  ['requisition.opens', 'inget öppningsdatum hittades'], ['requisition.closes', 'ingen sista dag att rekvirera hittades'],
  ['usage_period', 'ingen period för kostnaderna hittades'], ['permitted_uses', 'inga användningsområden hittades'],
  ['evidence_documents', 'inga underlag hittades'], ['reporting.due', 'inget exakt datum för återrapporteringen hittades'],
  ['repayment.invoice_threshold', 'ingen beloppsgräns för fakturering hittades'], ['contacts', 'ingen e-postadress hittades'],
];

function present(spec: GrantSpec, path: string): boolean {
  const v = valueAt(spec, path);
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

const valueAt = (spec: GrantSpec, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), spec);

/** A value as the review shows it: the text of a list item, JSON for anything else that is not a scalar. */
function show(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  return JSON.stringify(v);
}

interface Lint { readonly n: number; readonly at: number; readonly f: Diagnostic }
interface Span<T> { readonly item: T; readonly start: number; readonly end: number }

/** Where each evidence quote and each lint finding stands in the source. */
function placed<T>(source: string, items: ReadonlyArray<{ item: T; line: number; column?: number; quote: string }>, findings: readonly Diagnostic[]): { spans: Array<Span<T>>; lints: Lint[] } {
  const starts = lineStarts(source);
  const offsetOf = (line: number, column = 1): number => Math.min(source.length, (starts[line - 1] ?? 0) + column - 1);
  const spans: Array<Span<T>> = [];
  for (const x of items) {
    const start = offsetOf(x.line, x.column ?? 1);
    const end = quoteEnd(source, start, x.quote);
    if (end !== undefined) spans.push({ item: x.item, start, end });
  }
  const lints = findings.filter((f) => f.line !== undefined).map((f, n) => ({ n: n + 1, at: offsetOf(f.line!, f.column ?? 1), f }));
  return { spans, lints };
}

/** The source as escaped HTML: lint marks, an anchor where each span starts, and highlighted spans. */
function markedSource<T>(source: string, spans: ReadonlyArray<Span<T>>, lints: readonly Lint[], anchor: (s: Span<T>) => string, highlight: (text: string, covering: Array<Span<T>>) => string): string {
  const cuts = new Set<number>([0, source.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  for (const l of lints) cuts.add(l.at);
  const points = [...cuts].sort((a, b) => a - b);
  let body = '';
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    for (const l of lints.filter((x) => x.at === a)) body += `<span class="lint" id="lint-${l.n}"><a href="#lf-${l.n}">⚠ ${esc(l.f.rule)}</a></span>`;
    for (const s of spans.filter((x) => x.start === a)) body += anchor(s);
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    const text = esc(source.slice(a, b));
    body += covering.length ? highlight(text, covering) : text;
  }
  return body;
}

const lintListOf = (lints: readonly Lint[]): string =>
  lints.map((l) => `<li id="lf-${l.n}"><a href="#lint-${l.n}">Rad ${l.f.line}:${l.f.column}</a> <strong>${esc(l.f.rule)}</strong> (${l.f.severity === 'error' ? 'fel' : 'varning'}): ${esc(l.f.message)}</li>`).join('\n');

export function reviewHtml(file: string, source: string, spec: GrantSpec, findings: readonly Diagnostic[]): string {
  const { spans, lints } = placed(source, Object.entries(spec.evidence).map(([field, e]) => ({ item: field, ...e })), findings);
  const body = markedSource(source, spans, lints, (s) => `<span class="anchor" id="src-${id(s.item)}"></span>`,
    (text, covering) => `<a class="hl" href="#f-${id(covering[0]!.item)}" title="${esc(covering.map((s) => s.item).join(', '))}">${text}</a>`);
  const fields = Object.keys(spec.evidence).map((f) => {
    const found = spans.some((s) => s.item === f);
    // a rounded total is shown as one: "cirka 20000000", as the text states it
    const value = statedAmount(show(valueAt(spec, f)), f === 'funding.total' && approximateTotal(spec));
    return `<tr id="f-${id(f)}"><th scope="row"><code>${esc(f)}</code></th><td>${esc(value)}</td><td>${found ? `<a href="#src-${id(f)}">rad ${spec.evidence[f]!.line}</a>` : `rad ${spec.evidence[f]!.line} (citatet hittades inte)`}</td></tr>`;
  }).join('\n');
  const missing = spec.kind === 'anvisning' ? EXPECTED.filter(([p]) => !present(spec, p)).map(([p, t]) => `<li><code>${esc(p)}</code>: ${esc(t)}</li>`).join('\n') : '';
  return reviewPage({
    heading: `Granskning: ${spec.title}`,
    style: `a.hl { background: #fff0b3; color: #1b1b1b; text-decoration: underline dotted; }
a.hl:target, span.anchor:target + a.hl { background: #ffd24d; }`,
    print: ' a.hl { background: none; text-decoration: underline; }',
    intro: `Källa: <code>${esc(file)}</code>. ${Object.keys(spec.evidence).length} uppgifter är hämtade; varje uppgift är markerad i texten och länkad hit.`,
    nav: [['saknas', 'Det här saknas']],
    sections: `<h2 id="saknas">Det här brukar finnas men hittades inte</h2>
${missing ? `<ul>\n${missing}\n</ul>` : '<p>Inget saknas av det som anvisningar brukar ange.</p>'}`,
    lints,
    caption: 'Alla hämtade uppgifter med rad i källan',
    columns: ['Fält', 'Värde', 'I texten'],
    rows: fields,
    body,
  });
}

/** What a review page holds of its own: its heading, style and sections; the rest (the findings, the values' table, the marked text) both pages share. */
interface ReviewPage {
  readonly heading: string;
  /** the page's own style rules, after the shared ones; `print`, its own print rules */
  readonly style: string;
  readonly print: string;
  /** the opening paragraph, HTML */
  readonly intro: string;
  /** the page's own sections, before the shared ones, and their ids and names for the contents */
  readonly nav: ReadonlyArray<readonly [string, string]>;
  readonly sections: string;
  readonly lints: readonly Lint[];
  /** the values' table: its caption, column names and rows (HTML) */
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: string;
  /** the marked source (markedSource) */
  readonly body: string;
}

/** A review page: the head, the page's own sections, then the lint findings, the values' table and the marked text. */
function reviewPage(p: ReviewPage): string {
  const nav = [...p.nav, ['anmarkningar', 'Anmärkningar'], ['uppgifter', 'Uppgifter'], ['texten', 'Texten']].map(([id, name]) => `<li><a href="#${id}">${name}</a></li>`).join('');
  const lintList = lintListOf(p.lints);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(p.heading)}</title>
<style>
body { font-family: system-ui, "DejaVu Sans", sans-serif; line-height: 1.5; color: #1b1b1b; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: #0b4f9c; }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.5rem; }
pre.source { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9rem; border: 1px solid #c8c8c8; padding: 1rem; }
${p.style}
.lint a { background: #fdecea; color: #8a1c12; font-weight: 700; padding: 0 0.2rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } th, td { overflow-wrap: anywhere; text-align: left; border-bottom: 1px solid #c8c8c8; padding: 0.3rem; vertical-align: top; }
@media print { .skip { display: none; }${p.print} pre.source { border: none; } }
</style>
</head>
<body>
<a class="skip" href="#main">Hoppa till innehållet</a>
<main id="main">
<h1>${esc(p.heading)}</h1>
<p>${p.intro}</p>
<nav aria-label="Innehåll"><ul>${nav}</ul></nav>
${p.sections}
<h2 id="anmarkningar">Anmärkningar om texten</h2>
${lintList ? `<ol>\n${lintList}\n</ol>` : '<p>Inga anmärkningar.</p>'}
<h2 id="uppgifter">Uppgifter</h2>
<table>
<caption>${p.caption}</caption>
<thead><tr>${p.columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${p.rows}
</tbody>
</table>
<h2 id="texten">Texten</h2>
<pre class="source">${p.body}</pre>
</main>
</body>
</html>
`;
}

// ── The update review: one page for the editor's year ─────────────────────────────────────────
// The new source with every value of the updated spec highlighted by status (a colour and a word,
// so that the status never rests on colour alone), the change report against last year (the
// recipient's must-dos first), the lint findings, and the values left out for review with last
// year's quotes.

export type UpdateStatus = 'new' | 'same' | 'changed' | 'carried' | 'needs-review';

export interface ReviewValue {
  readonly path: string;
  readonly status: UpdateStatus;
  readonly value?: unknown;
  readonly old?: unknown;
  readonly evidence?: { readonly line: number; readonly column?: number; readonly quote: string };
  readonly oldEvidence?: { readonly line: number; readonly column?: number; readonly quote: string };
}

export interface UpdateReviewInput {
  readonly file: string;
  readonly source: string;
  readonly title: string;
  readonly year: number;
  /** last year's spec file and its source path, when there was one */
  readonly previousFile?: string;
  readonly previousSource?: string;
  readonly values: readonly ReviewValue[];
  readonly changes: readonly Change[];
  readonly findings: readonly Diagnostic[];
}

const STATUS: Readonly<Record<UpdateStatus, { label: string; mark: string; help: string }>> = {
  new: { label: 'ny', mark: '+', help: 'hämtad ur årets text, fanns inte förra året' },
  same: { label: 'samma', mark: '=', help: 'hämtad ur årets text, samma som förra året' },
  changed: { label: 'ändrad', mark: '±', help: 'hämtad ur årets text, annorlunda än förra året' },
  carried: { label: 'överförd', mark: '↻', help: 'förra årets handredigerade uppgift, som årets text fortfarande säger' },
  'needs-review': { label: 'granska', mark: '!', help: 'förra årets handredigerade uppgift, som årets text inte längre stöder: inte med i specen' },
};

const IMPORTANCE_ORDER: Readonly<Record<string, number>> = { action: 0, notice: 1, info: 2 };

export function reviewUpdateHtml(r: UpdateReviewInput): string {
  const { source } = r;
  const { spans, lints } = placed(source, r.values.flatMap((v) => (v.evidence ? [{ item: v, ...v.evidence }] : [])), r.findings);
  const located = new Set(spans.map((s) => s.item.path));
  const body = markedSource(source, spans, lints, (s) => {
    const st = STATUS[s.item.status];
    return `<span class="anchor" id="src-${id(s.item.path)}"></span><span class="tag s-${s.item.status}">${st.mark} ${st.label}</span>`;
  }, (text, covering) => `<a class="hl s-${covering[0]!.item.status}" href="#f-${id(covering[0]!.item.path)}" title="${esc(covering.map((s) => `${s.item.path} (${STATUS[s.item.status].label})`).join(', '))}">${text}</a>`);
  const counts = (Object.keys(STATUS) as UpdateStatus[]).map((s) => ({ s, n: r.values.filter((v) => v.status === s).length }));
  const legend = counts.map(({ s, n }) => `<li><span class="tag s-${s}">${STATUS[s].mark} ${STATUS[s].label}</span> ${n}: ${esc(STATUS[s].help)}</li>`).join('\n');
  // a rounded total is shown as one, this year's and last year's: "cirka 20000000"
  const flag = r.values.find((v) => v.path === 'funding.total_approximate');
  const total = (v: ReviewValue, side: 'value' | 'old'): string => statedAmount(show(v[side]), v.path === 'funding.total' && flag?.[side] === true);
  const rows = r.values.filter((v) => v.status !== 'needs-review').map((v) => {
    const st = STATUS[v.status];
    const where = v.evidence ? (located.has(v.path) ? `<a href="#src-${id(v.path)}">rad ${v.evidence.line}</a>` : `rad ${v.evidence.line} (citatet hittades inte)`) : 'ingen källa (redaktionell)';
    const before = v.status === 'changed' ? `<br><span class="old">Förra året: ${esc(total(v, 'old'))}</span>` : '';
    return `<tr id="f-${id(v.path)}"><th scope="row"><code>${esc(v.path)}</code><br>${esc(labelOf(v.path))}</th><td><span class="tag s-${v.status}">${st.mark} ${st.label}</span></td><td>${esc(total(v, 'value'))}${before}</td><td>${where}</td></tr>`;
  }).join('\n');
  const review = r.values.filter((v) => v.status === 'needs-review').map((v) => `<li id="f-${id(v.path)}"><strong>${esc(labelOf(v.path))}</strong> (<code>${esc(v.path)}</code>): ${esc(show(v.old))}${v.oldEvidence ? `<br>Förra årets citat${r.previousSource ? ` (${esc(r.previousSource)}, rad ${v.oldEvidence.line})` : ''}: <q>${esc(v.oldEvidence.quote)}</q>` : ''}<br>Finns inte i årets text: <a href="#texten">sök i texten</a> och lägg tillbaka uppgiften för hand om den fortfarande gäller.</li>`).join('\n');
  // the change report's own importance (a moved deadline is action even where the field is not)
  const changes = [...r.changes].sort((a, b) => (IMPORTANCE_ORDER[a.importance] ?? 2) - (IMPORTANCE_ORDER[b.importance] ?? 2)).map((c) => {
    const place = located.has(c.path) ? ` <a href="#src-${id(c.path)}">i texten</a>` : r.values.some((v) => v.status === 'needs-review' && v.path === c.path) ? ` <a href="#f-${id(c.path)}">att granska</a>` : '';
    return `<li>${c.importance === 'action' ? '<strong>Att göra:</strong> ' : ''}${esc(describeChange(c))}${place}</li>`;
  }).join('\n');
  return reviewPage({
    heading: `Årets granskning: ${r.title} ${r.year}`,
    style: `a.hl { color: #1b1b1b; text-decoration-thickness: 2px; }
.tag { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 0.75rem; font-weight: 700; border: 1px solid #1b1b1b; border-radius: 0.2rem; padding: 0 0.2rem; margin-right: 0.15rem; color: #1b1b1b; white-space: nowrap; }
.s-new { background: #d4f0d4; text-decoration-style: solid; }
.s-same { background: #e3ebf5; text-decoration-style: dotted; }
.s-changed { background: #ffe9a8; text-decoration-style: wavy; }
.s-carried { background: #ecdcf7; text-decoration-style: double; }
.s-needs-review { background: #fbd9d5; }
a.hl:target, span.anchor:target + .tag + a.hl { outline: 3px solid #b35c00; }
.old { color: #4a4a4a; }`,
    print: '',
    intro: `Årets källa: <code>${esc(r.file)}</code>. ${r.previousFile ? `Jämförd med <code>${esc(r.previousFile)}</code>.` : 'Ingen tidigare årgång: alla uppgifter är nya.'} Varje uppgift är markerad i texten med sin status och länkad hit.`,
    nav: [['status', 'Status'], ['granska', 'Att granska'], ['andringar', 'Ändringar mot förra året']],
    sections: `<h2 id="status">Status</h2>
<ul class="legend">
${legend}
</ul>
<h2 id="granska">Att granska: inte med i årets spec</h2>
${review ? `<ol>\n${review}\n</ol>` : '<p>Inget: allt från förra året finns kvar eller är ändrat i årets text.</p>'}
<h2 id="andringar">Ändringar mot förra året</h2>
${changes ? `<ul>\n${changes}\n</ul>` : '<p>Inga skillnader.</p>'}`,
    lints,
    caption: 'Årets uppgifter med status och rad i källan',
    columns: ['Fält', 'Status', 'Värde', 'I texten'],
    rows,
    body,
  });
}

