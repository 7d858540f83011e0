import { readdirSync } from 'node:fs';
import { extract } from '../build/extract/index.js';
const core = (s) => ({ kind: s.kind, year: s.year, title: s.title, types: s.recipients?.types, total: s.funding?.total, opens: s.requisition?.opens, closes: s.requisition?.closes, usage: s.usage_period, permitted: (s.permitted_uses ?? []).length, excluded: (s.excluded_uses ?? []).length, contacts: (s.contacts ?? []).map((c) => c.email), legal: (s.legal_basis ?? []).map((r) => r.ref).sort() });
for (const f of readdirSync('test/fixtures/corpus/dev').sort()) {
  const a = core(await extract(`test/fixtures/corpus/dev/${f}`));
  const b = core(await extract(`test/fixtures/pdf/dev/${f.replace('.txt', '.pdf')}`));
  const d = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  console.log(f, d.length ? d.map((k) => `${k}: ${JSON.stringify(a[k])} != ${JSON.stringify(b[k])}`).join(' ; ') : 'same');
}
