import type { Change } from './index.js';

// Changes for people: a terminal (coloured when it is one and NO_COLOR is unset), Markdown, HTML,
// and JSON for tools (dates as ISO strings).

const LABELS: Readonly<Record<string, string>> = {
  title: 'Titel', agency: 'Myndighet', purpose: 'Syfte', payment: 'Utbetalning', 'funding.total': 'Totalt belopp',
  'funding.population_date': 'Befolkningsstatistik per', 'requisition.opens': 'Rekvisitionen öppnar', 'requisition.closes': 'Sista dag att rekvirera',
  'requisition.form': 'Form', 'requisition.channel': 'Kanal', 'usage_period.from': 'Kostnader från', 'usage_period.to': 'Kostnader till',
  'reporting.due': 'Återrapportering senast', 'reporting.announced': 'Besked om återrapportering', 'reporting.period': 'Uppföljningen sker',
  'repayment.invoice_threshold': 'Fakturering över', 'recipients.types': 'Mottagare', 'recipients.named': 'Namngivna mottagare',
  'requisition.requires': 'Krav vid rekvisition', permitted_uses: 'Användning', excluded_uses: 'Får inte användas till', conditions: 'Villkor',
  evidence_documents: 'Underlag', 'reporting.content': 'Frågor i återrapporteringen', 'repayment.triggers': 'Återbetalning',
  legal_basis: 'Regelverk', contacts: 'Kontakt', links: 'Länkar', 'funding.parts': 'Fördelning', questions: 'Frågor', due: 'Sista dag', max_submissions: 'Antal inskick',
};

export function label(path: string): string {
  const base = path.replace(/\.\d+$/u, '').replace(/\[.*\]$/u, '');
  return LABELS[base] ?? base;
}

function show(v: unknown): string {
  if (v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return v.toLocaleString('sv-SE').replace(/\u00a0/gu, ' ');
  if (v && typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (v && typeof v === 'object' && 'email' in v) return String((v as { email: unknown }).email);
  if (v && typeof v === 'object' && 'ref' in v) return String((v as { ref: unknown }).ref);
  if (v && typeof v === 'object' && 'url' in v) return String((v as { url: unknown }).url);
  return JSON.stringify(v);
}

function detail(c: Change): string {
  if (c.days !== undefined) return ` (${c.days > 0 ? '+' : ''}${c.days} dagar)`;
  if (c.percent !== undefined) return ` (${Number(c.delta) > 0 ? '+' : ''}${show(c.delta)} kr, ${c.percent.startsWith('-') ? '−' + c.percent.slice(1) : '+' + c.percent} %)`.replace('.', ',');
  return '';
}

export function describe(c: Change): string {
  const what = label(c.path);
  if (c.kind === 'added') return `${what}: tillagt ${show(c.new)}`;
  if (c.kind === 'removed') return `${what}: borttaget ${show(c.old)}`;
  return `${what}: ${show(c.old)} → ${show(c.new)}${detail(c)}`;
}

export function formatText(changes: readonly Change[], color: boolean): string {
  if (changes.length === 0) return 'Inga skillnader.\n';
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return `${changes.map((c) => {
    const sign = c.kind === 'added' ? paint('32', '+') : c.kind === 'removed' ? paint('31', '-') : paint('33', '~');
    const words = c.words ? `\n    ${c.words.map((w) => (w.op === '=' ? w.text : w.op === '+' ? paint('32', `{+${w.text}+}`) : paint('31', `[-${w.text}-]`))).join(' ')}` : '';
    return `${sign} ${c.words ? `${label(c.path)}: omformulerat` : describe(c)}${words}`;
  }).join('\n')}\n`;
}

export function formatMarkdown(changes: readonly Change[]): string {
  if (changes.length === 0) return 'Inga skillnader.\n';
  return `${changes.map((c) => `- ${c.words ? `${label(c.path)}: ${c.words.map((w) => (w.op === '=' ? w.text : w.op === '+' ? `**${w.text}**` : `~~${w.text}~~`)).join(' ')}` : describe(c)}`).join('\n')}\n`;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function formatHtml(changes: readonly Change[]): string {
  if (changes.length === 0) return '<p>Inga skillnader.</p>\n';
  return `<ul class="changes">\n${changes.map((c) => `  <li class="${c.kind}">${c.words ? `${esc(label(c.path))}: ${c.words.map((w) => (w.op === '=' ? esc(w.text) : w.op === '+' ? `<ins>${esc(w.text)}</ins>` : `<del>${esc(w.text)}</del>`)).join(' ')}` : esc(describe(c))}</li>`).join('\n')}\n</ul>\n`;
}

export function formatJson(changes: readonly Change[]): string {
  return `${JSON.stringify({ changes }, null, 2)}\n`;
}
