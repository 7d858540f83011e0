import type { Allocation, Anvisning, ReportingForm } from '../specs/schema/index.js';
import { itemText } from '../specs/schema/scalars.js';
import { kronor, svWhen } from './helpers/format.js';

// The search's documents: one per page, with every value the page shows as plain text (uses,
// underlag, recipients and allocation rows, contacts, legal references …), so a term stated in a
// spec or an allocation list finds its page. The browser indexes them with MiniSearch and the
// Swedish stemmer (site/assets/search.js); the list is emitted as a script, not JSON, because a
// page opened from file:// may not fetch.

export interface SearchDoc { readonly href: string; readonly title: string; readonly kind: string; readonly body: string }

const items = (xs: readonly unknown[] | undefined): string[] => (xs ?? []).map(itemText);

export function grantDoc(s: Anvisning, lists: readonly Allocation[], href: string): SearchDoc {
  const r = s.requisition ?? {};
  const parts: string[] = [
    s.agency ?? '', s.purpose ?? '', ...(s.themes ?? []),
    ...(s.recipients?.types ?? []), ...items(s.recipients?.named),
    r.form ?? '', r.channel ?? '', svWhen(r.opens), svWhen(r.closes), ...items(r.requires),
    r.redistribution?.condition ?? '', s.payment ?? '',
    ...(s.dates ?? []).map((d) => d.text),
    ...items(s.permitted_uses), ...items(s.excluded_uses), ...items(s.conditions), ...items(s.evidence_documents),
    s.reporting?.channel ?? '', svWhen(s.reporting?.announced), svWhen(s.reporting?.period), ...items(s.reporting?.content),
    ...items(s.repayment?.triggers),
    ...(s.legal_basis ?? []).map((l) => [l.kind, l.ref, l.title ?? ''].join(' ')),
    ...(s.contacts ?? []).map((c) => [c.topic ?? '', c.email].join(' ')),
    ...(s.links ?? []).map((l) => l.text ?? ''),
    ...lists.filter((a) => a.year === s.year).flatMap((a) => a.rows.map((row) => `${row.name} ${kronor(row.amount)}`)),
  ];
  return { href, title: `${s.title}${s.year && !s.title.includes(String(s.year)) ? ` (${s.year})` : ''}`, kind: 'Statsbidrag', body: join(parts) };
}

export function formDoc(f: ReportingForm, grantTitle: string, href: string): SearchDoc {
  return {
    href, title: `Återrapportering ${f.year ?? ''}: ${grantTitle}`, kind: 'Arbetsblad',
    body: join([f.title, ...f.questions.flatMap((q) => [q.text, q.help ?? '', ...(q.options ?? []), ...(q.fields ?? []).map((x) => x.label), ...(q.columns ?? []).map((x) => x.label)]), ...(f.contacts ?? []).map((c) => [c.topic ?? '', c.email].join(' '))]),
  };
}

/** The parts joined into sentences, each once, so a snippet reads as text. */
function join(parts: readonly string[]): string {
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))].join(' · ');
}
