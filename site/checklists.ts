import type { Anvisning } from '../specs/schema/index.js';
import { itemText as text } from '../specs/schema/scalars.js';
import { kronor, svDate, svWhen } from './helpers/format.js';

// A grant year as things to do, in the order a recipient meets them. Each item keeps the quote
// it rests on, for compliance tracking.

export interface ChecklistItem { readonly text: string; readonly due?: string; readonly quote?: string }
export interface ChecklistSection { readonly title: string; readonly items: ChecklistItem[] }

/** A recipient's own checklist starts with its amount from the allocation list. */
export interface ChecklistRecipient { readonly name: string; readonly amount: string; readonly quote?: string }

export function checklist(spec: Anvisning, recipient?: ChecklistRecipient): ChecklistSection[] {
  const q = (path: string): string | undefined => spec.evidence[path]?.quote;
  const item = (t: string, path: string, due?: string): ChecklistItem => ({ text: t, ...(due ? { due } : {}), ...(q(path) ? { quote: q(path)! } : {}) });
  const r = spec.requisition ?? {};
  const before: ChecklistItem[] = [];
  if (recipient) before.push({ text: `Belopp att rekvirera för ${recipient.name}: högst ${recipient.amount}`, ...(recipient.quote ? { quote: recipient.quote } : {}) });
  (r.requires ?? []).forEach((x, i) => before.push(item(text(x), `requisition.requires.${i}`)));
  if (typeof r.opens === 'string') before.push(item(`Rekvisitionen öppnar ${svDate(r.opens)}`, 'requisition.opens', r.opens));
  if (r.closes) before.push(item(`Rekvirera senast ${svWhen(r.closes)}${r.channel ? ` i ${r.channel}` : ''}`, 'requisition.closes', typeof r.closes === 'string' ? r.closes : undefined));
  const during: ChecklistItem[] = [];
  if (spec.usage_period) during.push(item(`Använd medlen för kostnader under ${svDate(spec.usage_period.from)} – ${svDate(spec.usage_period.to)}`, 'usage_period.from', spec.usage_period.to));
  (spec.excluded_uses ?? []).forEach((x, i) => during.push(item(`Finansiera inte: ${text(x)}`, `excluded_uses.${i}`)));
  (spec.conditions ?? []).forEach((x, i) => during.push(item(text(x), `conditions.${i}`)));
  (spec.evidence_documents ?? []).forEach((x, i) => during.push(item(`Spara underlag: ${text(x)}`, `evidence_documents.${i}`)));
  const reporting: ChecklistItem[] = [];
  if (spec.reporting?.due) reporting.push(item(`Återrapportera senast ${svDate(spec.reporting.due)}`, 'reporting.due', spec.reporting.due));
  if (spec.reporting?.announced) reporting.push(item(`Håll utkik efter besked om återrapporteringen ${spec.reporting.announced.text}`, 'reporting.announced'));
  if (spec.reporting?.channel) reporting.push(item(spec.reporting.channel, 'reporting.channel'));
  (spec.reporting?.content ?? []).forEach((x, i) => reporting.push(item(`Ta fram uppgifter: ${text(x)}`, `reporting.content.${i}`)));
  const repayment: ChecklistItem[] = [];
  (spec.repayment?.triggers ?? []).forEach((x, i) => repayment.push(item(text(x), `repayment.triggers.${i}`)));
  if (spec.repayment?.invoice_threshold !== undefined) repayment.push(item(`Oanvända medel faktureras vid belopp över ${kronor(spec.repayment.invoice_threshold)}`, 'repayment.invoice_threshold'));
  return [
    { title: 'Före rekvisitionen', items: before },
    { title: 'Under bidragsåret', items: during },
    { title: 'Inför återrapporteringen', items: reporting },
    { title: 'Återbetalning', items: repayment },
  ].filter((s) => s.items.length > 0);
}

function csvCell(s: string): string {
  return /[",\n;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function checklistCsv(sections: readonly ChecklistSection[]): string {
  const rows = [['avsnitt', 'punkt', 'datum', 'källcitat']];
  for (const s of sections) for (const i of s.items) rows.push([s.title, i.text, i.due ?? '', i.quote ?? '']);
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
