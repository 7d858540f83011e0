import { extract } from '../build/extract/index.js';
const core = (s) => s.kind === 'reporting-form'
  ? { kind: s.kind, year: s.year, title: s.title, due: s.due, max: s.max_submissions, q: s.questions.map((q) => [q.number, q.type, q.required ?? false, q.max_chars ?? 0, q.rows ?? 0, (q.options ?? []).length].join(':')), contacts: (s.contacts ?? []).map((c) => c.email) }
  : { kind: s.kind, year: s.year, title: s.title, recipients: s.recipients, funding: s.funding, opens: s.requisition?.opens, closes: s.requisition?.closes, usage: s.usage_period,
      permitted: s.permitted_uses, excluded: s.excluded_uses, underlag: s.evidence_documents, invoice: s.repayment?.invoice_threshold,
      legal: (s.legal_basis ?? []).map((r) => r.ref).sort(), contacts: (s.contacts ?? []).map((c) => c.email) };
const [txt, ...pdfs] = process.argv.slice(2);
const a = core(await extract(txt));
for (const p of pdfs) {
  const spec = await extract(p);
  const b = core(spec);
  const diffs = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  const pages = Object.values(spec.evidence).every((e) => e.page >= 1);
  console.log(p.split('/').pop(), diffs.length ? 'DIFF ' + diffs.map((k) => `${k}: ${JSON.stringify(a[k])?.slice(0, 300)} != ${JSON.stringify(b[k])?.slice(0, 300)}`).join('\n   ') : 'same', pages ? '' : 'MISSING PAGES');
}
