import { createHash } from 'node:crypto';
import type { Anvisning } from '../specs/schema/index.js';
import { itemText as text } from '../specs/schema/scalars.js';
import { kronor, svDate, svWhen } from './helpers/format.js';

// A grant year as things to do, in the order a recipient meets them. Each item keeps the quote
// it rests on, for compliance tracking. A date is said once: in the item's `when`, not also in its
// text. Repayment triggers are information (what makes money repayable), not tasks to tick.

export interface ChecklistItem {
  readonly text: string;
  /** the date in words, written after the text ("Rekvirera senast" + "13 maj 2026") */
  readonly when?: string;
  /** the same date as ISO, for sorting in a spreadsheet */
  readonly due?: string;
  readonly quote?: string;
}
export interface ChecklistSection { readonly title: string; readonly items: ChecklistItem[]; readonly info?: boolean }

/** A recipient's own checklist starts with its amount from the allocation list. */
export interface ChecklistRecipient { readonly name: string; readonly amount: string; readonly quote?: string }

export function checklist(spec: Anvisning, recipient?: ChecklistRecipient): ChecklistSection[] {
  const q = (path: string): string | undefined => spec.evidence[path]?.quote;
  const item = (t: string, path: string, date?: unknown): ChecklistItem => ({
    text: t,
    ...(typeof date === 'string' ? { when: svDate(date), due: date } : date ? { when: svWhen(date) } : {}),
    ...(q(path) ? { quote: q(path)! } : {}),
  });
  const r = spec.requisition ?? {};
  const before: ChecklistItem[] = [];
  if (recipient) before.push({ text: `Belopp att rekvirera för ${recipient.name}: högst ${recipient.amount}`, ...(recipient.quote ? { quote: recipient.quote } : {}) });
  (r.requires ?? []).forEach((x, i) => before.push(item(text(x), `requisition.requires.${i}`)));
  if (typeof r.opens === 'string') before.push(item('Rekvisitionen öppnar', 'requisition.opens', r.opens));
  if (r.closes) before.push(item(`Rekvirera${r.channel ? ` i ${r.channel}` : ''} senast`, 'requisition.closes', r.closes));
  if (r.redistribution) before.push(item(`Anmäl om ni vill få del av medel som fördelas om${r.redistribution.condition ? ` (${r.redistribution.condition})` : ''}${r.redistribution.cutoff ? ', senast' : ''}`, 'requisition.redistribution', r.redistribution.cutoff));
  const during: ChecklistItem[] = [];
  if (spec.usage_period?.from !== undefined) during.push(item(`Använd medlen för kostnader från ${svDate(spec.usage_period.from)} till och med`, 'usage_period.from', spec.usage_period.to));
  else if (spec.usage_period) during.push(item('Använd medlen senast', 'usage_period.to', spec.usage_period.to));
  (spec.excluded_uses ?? []).forEach((x, i) => during.push(item(`Finansiera inte: ${text(x)}`, `excluded_uses.${i}`)));
  (spec.conditions ?? []).forEach((x, i) => during.push(item(text(x), `conditions.${i}`)));
  (spec.evidence_documents ?? []).forEach((x, i) => during.push(item(`Spara underlag: ${text(x)}`, `evidence_documents.${i}`)));
  const reporting: ChecklistItem[] = [];
  if (spec.reporting?.due) reporting.push(item('Återrapportera senast', 'reporting.due', spec.reporting.due));
  if (spec.reporting?.required === false) reporting.push(item('Ingen återrapportering krävs', 'reporting.required'));
  if (spec.reporting?.announced) reporting.push(item('Håll utkik efter besked om återrapporteringen', 'reporting.announced', spec.reporting.announced));
  if (spec.reporting?.channel) reporting.push(item(spec.reporting.channel, 'reporting.channel'));
  (spec.reporting?.content ?? []).forEach((x, i) => reporting.push(item(`Ta fram uppgifter: ${text(x)}`, `reporting.content.${i}`)));
  const repayment: ChecklistItem[] = [];
  (spec.repayment?.triggers ?? []).forEach((x, i) => repayment.push(item(text(x), `repayment.triggers.${i}`)));
  if (spec.repayment?.invoice_threshold !== undefined) repayment.push(item(`Oanvända medel faktureras vid belopp över ${kronor(spec.repayment.invoice_threshold)}`, 'repayment.invoice_threshold'));
  return [
    { title: 'Före rekvisitionen', items: before },
    { title: 'Under bidragsåret', items: during },
    { title: 'Inför återrapporteringen', items: reporting },
    { title: 'När pengar ska betalas tillbaka (information)', items: repayment, info: true },
  ].filter((s) => s.items.length > 0);
}

/**
 * One spreadsheet cell, as Swedish Excel reads a `;`-separated file: a cell a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a CR) gets a leading apostrophe; a cell with
 * the separator, a quote or a line break is quoted.
 */
export function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  return /[";\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export const CSV_HEADER = ['Avsnitt', 'Typ', 'Punkt', 'Senast', 'Klar', 'Ansvarig', 'Datum', 'Kommentar', 'Källcitat'];

/** UTF-8 with a byte order mark, `;` between cells, CRLF: what Excel in Swedish opens as columns. */
export function checklistCsv(sections: readonly ChecklistSection[]): string {
  const rows = [CSV_HEADER];
  for (const s of sections) {
    for (const i of s.items) rows.push([s.title, s.info ? 'Information' : 'Att göra', i.when ? `${i.text} ${i.when}` : i.text, i.due ?? '', '', '', '', '', i.quote ?? '']);
  }
  return `\ufeff${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The printable checklist's styles, inlined so the file works on its own (a copy, an e-mail attachment). */
export const CHECKLIST_CSS = `@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 1rem; line-height: 1.5; color: #1b1b1b; background: #fff; overflow-wrap: anywhere; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.2; }
h2 { font-size: 1.25rem; margin-top: 1.5rem; border-bottom: 1px solid #c8c8c8; }
.meta { color: #4a4a4a; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li, ul.info li { margin: 0.4rem 0; break-inside: avoid; }
ul.checklist label { display: inline; }
input[type="checkbox"] { width: 1.1rem; height: 1.1rem; vertical-align: -0.15rem; }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.track { display: block; color: #4a4a4a; font-size: 0.9rem; margin-left: 1.6rem; }
@media print { body { font-size: 10.5pt; } main { padding: 0; } }
`;

export const CHECKLIST_CSS_HASH = `sha256-${createHash('sha256').update(CHECKLIST_CSS).digest('base64')}`;
