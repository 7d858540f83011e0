import type { Anvisning } from '../specs/schema/index.js';
import { TRANSITIONAL_HEADINGS } from './cues/genre.js';
import { anyCue, contextOf } from './cues/types.js';
import { compact, Grounder } from './ground.js';
import { groundContacts, groundHead, groundLinks } from './shared.js';
import type { Found, ItemFound } from './fields/common.js';
import { findDatedEvents, findRedistribution } from './fields/dates.js';
import { findFunding } from './fields/funding.js';
import { findConditions, findEvidenceDocuments, findExcludedUses, findPermittedUses } from './fields/lists.js';
import { findLegalBasis } from './fields/references.js';
import { findRecipients } from './fields/recipients.js';
import { findPayment, findRequisition, findUsagePeriod } from './fields/requisition.js';
import { findRepayment, findReporting } from './fields/reporting.js';
import { findPurpose, findTitle, findYear } from './fields/title.js';
import type { Doc } from './tree/types.js';

/** one part of the funding, as the contract holds it */
type FundingPart = NonNullable<NonNullable<Anvisning['funding']>['parts']>[number];

/** A usage period stands on its end: a period whose end could not be grounded is no period. */
function withEnd(p: { from?: string; to?: string } | undefined): { from?: string; to: string } | undefined {
  return p?.to === undefined ? undefined : { ...(p.from !== undefined ? { from: p.from } : {}), to: p.to };
}

/** A value stated in the transitional provisions: the old rules' or one past round's, not the grant's. */
function transitional(doc: Doc, f: Found<unknown> | undefined): boolean {
  const heading = f ? doc.sections[f.at.block.section]?.heading : undefined;
  return heading !== undefined && anyCue(TRANSITIONAL_HEADINGS, contextOf('', 0, 0, heading.seg.text));
}

// An anvisning's spec: every field found in the tree, each value grounded or dropped.

export function extractAnvisning(doc: Doc, source: { path: string; sha256: string }): Anvisning {
  const g = new Grounder(doc);
  const list = (path: string, items: ReadonlyArray<ItemFound>): Array<string | { text: string; applies_to: Array<'region' | 'kommun' | 'organisation'> }> => {
    const seen = new Set<string>();
    const out: Array<string | { text: string; applies_to: Array<'region' | 'kommun' | 'organisation'> }> = [];
    for (const f of items) {
      if (!f.value || seen.has(f.value)) continue;
      seen.add(f.value);
      const v = g.take(`${path}.${out.length}`, f);
      // an item the text limits to one recipient type says so; any other stays a plain string
      if (v !== undefined) out.push(f.appliesTo ? { text: v, applies_to: [...f.appliesTo] } : v);
    }
    return out;
  };

  const title = findTitle(doc);
  const stated = findRequisition(doc);
  const requisition = {
    ...stated,
    opens: transitional(doc, stated.opens) ? undefined : stated.opens,
    closes: transitional(doc, stated.closes) ? undefined : stated.closes,
  };
  const window = requisition.closes
    ? { ...(requisition.opens ? { opens: requisition.opens.value } : {}), closes: requisition.closes.value, at: requisition.closes }
    : undefined;
  const usage = findUsagePeriod(doc);
  const reported = findReporting(doc);
  const reporting = transitional(doc, reported.due) ? { ...reported, due: undefined } : reported;
  // a reporting text names the grant year and the recipients as the ones who got the grant
  const year = findYear(doc, title, window, usage) ?? reporting.year;
  const found = findRecipients(doc);
  const recipients = found.types.length > 0 ? found : { ...found, types: reporting.recipients };
  const funding = findFunding(doc);
  const permitted = findPermittedUses(doc);
  const excluded = findExcludedUses(doc);
  const listed = findEvidenceDocuments(doc);
  const evidenceDocs = [...listed, ...reporting.documents.filter((d) => !listed.some((l) => l.at.block === d.at.block))];
  const repayment = findRepayment(doc);
  const claimedBlocks = new Set([...permitted, ...excluded, ...evidenceDocs, ...reporting.content, ...repayment.triggers]
    .filter((f) => f.at.block.kind === 'item').map((f) => f.at.block.index));
  const claimedSentences = new Set([...requisition.requires, ...permitted, ...excluded, ...repayment.triggers]
    .map((f) => `${f.at.block.index}:${f.at.start}`));
  const conditions = findConditions(doc, claimedBlocks, claimedSentences);
  const events = findDatedEvents(doc, requisition).filter((e) => !transitional(doc, e));
  const redistribution = findRedistribution(events);

  const head = groundHead(g, doc, title, year);
  const spec = {
    spec: 1 as const,
    kind: 'anvisning' as const,
    ...head,
    source,
    purpose: g.take('purpose', findPurpose(doc)),
    recipients: compact({
      types: recipients.types.map((t, i) => g.take(`recipients.types.${i}`, t)).filter((x) => x !== undefined),
      named: list('recipients.named', recipients.named),
    }),
    funding: compact({
      total: g.take('funding.total', funding.total),
      granted: g.take('funding.granted', funding.granted),
      foreign_total: g.take('funding.foreign_total', funding.foreign_total),
      population_date: g.take('funding.population_date', funding.population_date),
      parts: [...funding.parts.map((p, i) => compact<FundingPart>({
        to: g.take(`funding.parts.${i}.to`, p.to),
        amount: g.take(`funding.parts.${i}.amount`, p.amount),
        key: g.take(`funding.parts.${i}.key`, p.key),
        unit: g.take(`funding.parts.${i}.unit`, p.unit),
        units: g.take(`funding.parts.${i}.units`, p.units),
        per_unit: g.take(`funding.parts.${i}.per_unit`, p.per_unit),
        per_recipient: g.take(`funding.parts.${i}.per_recipient`, p.per_recipient),
        purpose: g.take(`funding.parts.${i}.purpose`, p.purpose),
      })), ...funding.shares.map((p, j) => compact<FundingPart>({
        to: g.take(`funding.parts.${funding.parts.length + j}.to`, p.to),
        share: g.take(`funding.parts.${funding.parts.length + j}.share`, p.share),
      }))].filter((p) => p !== undefined),
    }),
    requisition: compact({
      opens: g.take('requisition.opens', requisition.opens),
      closes: g.take('requisition.closes', requisition.closes),
      form: g.take('requisition.form', requisition.form),
      channel: g.take('requisition.channel', requisition.channel),
      requires: list('requisition.requires', requisition.requires),
      redistribution: redistribution ? compact({
        cutoff: g.take('requisition.redistribution.cutoff', redistribution.cutoff),
        condition: g.take('requisition.redistribution.condition', redistribution.condition),
      }) : undefined,
    }),
    dates: events.map((e, i) => g.take(`dates.${i}`, e)).filter((e) => e !== undefined),
    payment: g.take('payment', findPayment(doc)),
    usage_period: usage ? withEnd(compact({
      from: usage.from ? g.take('usage_period.from', usage.from) : undefined,
      to: g.take('usage_period.to', usage.to),
    })) : undefined,
    permitted_uses: list('permitted_uses', permitted),
    excluded_uses: list('excluded_uses', excluded),
    conditions: list('conditions', conditions),
    evidence_documents: list('evidence_documents', evidenceDocs),
    reporting: compact({
      due: g.take('reporting.due', reporting.due),
      announced: g.take('reporting.announced', reporting.announced),
      period: g.take('reporting.period', reporting.period),
      channel: g.take('reporting.channel', reporting.channel),
      content: list('reporting.content', reporting.content),
      required: g.take('reporting.required', reporting.required),
    }),
    repayment: compact({
      triggers: list('repayment.triggers', repayment.triggers),
      invoice_threshold: g.take('repayment.invoice_threshold', repayment.invoice_threshold),
    }),
    legal_basis: findLegalBasis(doc).map((r, i) => ({ ref: g.take(`legal_basis.${i}`, r.ref)!, kind: r.kind, ...(r.title ? { title: r.title } : {}) })),
    contacts: groundContacts(g, doc),
    links: groundLinks(g, doc),
    evidence: g.evidence,
  };
  return compact(spec) as Anvisning;
}
