import type { Anvisning } from '../specs/schema/index.js';
import { compact, Grounder } from './ground.js';
import { groundContacts, groundHead, groundLinks } from './shared.js';
import type { Found } from './fields/common.js';
import { findFunding } from './fields/funding.js';
import { findConditions, findEvidenceDocuments, findExcludedUses, findPermittedUses } from './fields/lists.js';
import { findLegalBasis } from './fields/references.js';
import { findRecipients } from './fields/recipients.js';
import { findPayment, findRequisition, findUsagePeriod } from './fields/requisition.js';
import { findRepayment, findReporting } from './fields/reporting.js';
import { findPurpose, findTitle, findYear } from './fields/title.js';
import type { Doc } from './tree/types.js';

// An anvisning's spec: every field found in the tree, each value grounded or dropped.

export function extractAnvisning(doc: Doc, source: { path: string; sha256: string }): Anvisning {
  const g = new Grounder(doc);
  const list = (path: string, items: ReadonlyArray<Found<string>>): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const f of items) {
      if (!f.value || seen.has(f.value)) continue;
      seen.add(f.value);
      const v = g.ground(`${path}.${out.length}`, f.value, f.at);
      if (v !== undefined) out.push(v);
    }
    return out;
  };

  const title = findTitle(doc);
  const requisition = findRequisition(doc);
  const window = requisition.closes
    ? { ...(requisition.opens ? { opens: requisition.opens.value } : {}), closes: requisition.closes.value, at: requisition.closes }
    : undefined;
  const year = findYear(doc, title, window);
  const recipients = findRecipients(doc);
  const funding = findFunding(doc);
  const usage = findUsagePeriod(doc);
  const permitted = findPermittedUses(doc);
  const excluded = findExcludedUses(doc);
  const evidenceDocs = findEvidenceDocuments(doc);
  const reporting = findReporting(doc);
  const repayment = findRepayment(doc);
  const claimedBlocks = new Set([...permitted, ...excluded, ...evidenceDocs, ...reporting.content, ...repayment.triggers]
    .filter((f) => f.at.block.kind === 'item').map((f) => f.at.block.index));
  const claimedSentences = new Set([...requisition.requires, ...permitted, ...excluded, ...repayment.triggers]
    .map((f) => `${f.at.block.index}:${f.at.start}`));
  const conditions = findConditions(doc, claimedBlocks, claimedSentences);

  const head = groundHead(g, doc, title, year);
  const spec = {
    spec: 1 as const,
    kind: 'anvisning' as const,
    ...head,
    source,
    purpose: ((p) => g.ground('purpose', p?.value, p?.at))(findPurpose(doc)),
    recipients: compact({
      types: recipients.types.map((t, i) => g.ground(`recipients.types.${i}`, t.value, t.at)).filter((x) => x !== undefined),
      named: list('recipients.named', recipients.named),
    }),
    funding: compact({
      total: g.ground('funding.total', funding.total?.value, funding.total?.at),
      population_date: g.ground('funding.population_date', funding.population_date?.value, funding.population_date?.at),
      parts: funding.parts.map((p, i) => compact({
        to: g.ground(`funding.parts.${i}.to`, p.to?.value, p.to?.at),
        amount: g.ground(`funding.parts.${i}.amount`, p.amount.value, p.amount.at),
        key: g.ground(`funding.parts.${i}.key`, p.key?.value, p.key?.at),
        unit: g.ground(`funding.parts.${i}.unit`, p.unit?.value, p.unit?.at),
        units: g.ground(`funding.parts.${i}.units`, p.units?.value, p.units?.at),
        per_unit: g.ground(`funding.parts.${i}.per_unit`, p.per_unit?.value, p.per_unit?.at),
        per_recipient: g.ground(`funding.parts.${i}.per_recipient`, p.per_recipient?.value, p.per_recipient?.at),
        purpose: g.ground(`funding.parts.${i}.purpose`, p.purpose?.value, p.purpose?.at),
      })).filter((p) => p !== undefined),
    }),
    requisition: compact({
      opens: g.ground('requisition.opens', requisition.opens?.value, requisition.opens?.at),
      closes: g.ground('requisition.closes', requisition.closes?.value, requisition.closes?.at),
      form: g.ground('requisition.form', requisition.form?.value, requisition.form?.at),
      channel: g.ground('requisition.channel', requisition.channel?.value, requisition.channel?.at),
      requires: list('requisition.requires', requisition.requires),
    }),
    payment: ((p) => g.ground('payment', p?.value, p?.at))(findPayment(doc)),
    usage_period: usage ? compact({
      from: g.ground('usage_period.from', usage.from.value, usage.from.at),
      to: g.ground('usage_period.to', usage.to.value, usage.to.at),
    }) as { from: string; to: string } | undefined : undefined,
    permitted_uses: list('permitted_uses', permitted),
    excluded_uses: list('excluded_uses', excluded),
    conditions: list('conditions', conditions),
    evidence_documents: list('evidence_documents', evidenceDocs),
    reporting: compact({
      due: g.ground('reporting.due', reporting.due?.value, reporting.due?.at),
      announced: g.ground('reporting.announced', reporting.announced?.value, reporting.announced?.at),
      period: g.ground('reporting.period', reporting.period?.value, reporting.period?.at),
      channel: g.ground('reporting.channel', reporting.channel?.value, reporting.channel?.at),
      content: list('reporting.content', reporting.content),
    }),
    repayment: compact({
      triggers: list('repayment.triggers', repayment.triggers),
      invoice_threshold: g.ground('repayment.invoice_threshold', repayment.invoice_threshold?.value, repayment.invoice_threshold?.at),
    }),
    legal_basis: findLegalBasis(doc).map((r, i) => ({ ref: g.ground(`legal_basis.${i}`, r.ref.value, r.ref.at)!, kind: r.kind, ...(r.title ? { title: r.title } : {}) })),
    contacts: groundContacts(g, doc),
    links: groundLinks(g, doc),
    evidence: g.evidence,
  };
  return compact(spec) as Anvisning;
}
