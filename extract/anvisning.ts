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
import { findRecipients, typesWithheld } from './fields/recipients.js';
import { findRecipientsText } from './fields/recipients-text.js';
import { findPayment, findRequisition, findUsagePeriod } from './fields/requisition.js';
import { findRepayment, findReporting } from './fields/reporting.js';
import { findPurpose, findYear, titleOf } from './fields/title.js';
import type { Doc } from './tree/types.js';
import { noteOn } from './notes.js';
import { plausibleYear, YEAR_RANGE } from '../specs/years.js';

/** one part of the funding, as the contract holds it */
type FundingPart = NonNullable<NonNullable<Anvisning['funding']>['parts']>[number];

/** one found part, with an amount or as a share of the total */
type PartOrShare = ReturnType<typeof findFunding>['parts'][number] | ReturnType<typeof findFunding>['shares'][number] | ReturnType<typeof findFunding>['rates'][number];

/**
 * A usage period stands on its end: a period whose end could not be grounded is no period, and its
 * start's evidence goes with it (no evidence key for a value the spec does not hold).
 */
function groundedPeriod(g: Grounder, usage: NonNullable<ReturnType<typeof findUsagePeriod>>): { from?: string; to: string } | undefined {
  const from = usage.from ? g.take('usage_period.from', usage.from) : undefined;
  const to = g.take('usage_period.to', usage.to);
  if (to === undefined) {
    g.drop('usage_period');
    return undefined;
  }
  return { ...(from !== undefined ? { from } : {}), to };
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

  const title = titleOf(doc);
  const stated = findRequisition(doc);
  const requisition = {
    ...stated,
    opens: transitional(doc, stated.opens) ? undefined : stated.opens,
    closes: transitional(doc, stated.closes) ? undefined : stated.closes,
  };
  const window = requisition.closes
    ? { ...(requisition.opens ? { opens: requisition.opens.value } : {}), closes: requisition.closes.value, at: requisition.closes }
    : stated.rounds;
  const usage = findUsagePeriod(doc);
  const reported = findReporting(doc, requisition.closes);
  const reporting = transitional(doc, reported.due) ? { ...reported, due: undefined } : reported;
  // a reporting text names the grant year and the recipients as the ones who got the grant
  const year = inContract(doc, findYear(doc, title, window, usage, true, requisition.closes ? undefined : requisition.opens) ?? reporting.year);
  const found = findRecipients(doc);
  // (… never when the finder left a partial list out, types83)
  const recipients = found.types.length > 0 || typesWithheld(doc) ? found : { ...found, types: reporting.recipients };
  const funding = findFunding(doc, title?.value, requisition.closes ? { closes: requisition.closes.value } : {});
  const permitted = findPermittedUses(doc);
  const excluded = findExcludedUses(doc);
  const listed = findEvidenceDocuments(doc);
  const evidenceDocs = [...listed, ...reporting.documents.filter((d) => !listed.some((l) => l.at.block === d.at.block))];
  // the records a sentence keeps or attaches (names inside it: they claim no item from the conditions), once each
  const said = (v: string): boolean => evidenceDocs.some((d) => d.value.toLowerCase().includes(v.toLowerCase()));
  const kept = reporting.kept.filter((d) => !said(d.value));
  const repayment = findRepayment(doc);
  // a repayment rule that is one sentence of a longer item (a regleringsbrev's numbered villkor: pay monthly,
  // settle up, claim back the surplus) leaves the item's other sentences to the conditions
  const wholeItem = (f: { at: { block: { seg: { text: string } }; start: number; end: number } }): boolean => f.at.start === 0 && f.at.end >= f.at.block.seg.text.trim().length - 1;
  const claimedBlocks = new Set([...permitted, ...excluded, ...evidenceDocs, ...reporting.content, ...repayment.triggers.filter(wholeItem)]
    .filter((f) => f.at.block.kind === 'item').map((f) => f.at.block.index));
  const claimedSentences = new Set([...requisition.requires, ...permitted, ...excluded, ...repayment.triggers]
    .map((f) => `${f.at.block.index}:${f.at.start}`));
  const conditions = findConditions(doc, claimedBlocks, claimedSentences);
  const events = findDatedEvents(doc, requisition).filter((e) => !transitional(doc, e));
  const redistribution = findRedistribution(events);

  const spec = {
    ...groundHead(g, doc, 'anvisning', title, year, source),
    purpose: g.take('purpose', findPurpose(doc)),
    recipients: compact({
      types: g.list('recipients.types', recipients.types, (path, t) => g.take(path, t)),
      named: list('recipients.named', recipients.named),
      text: g.take('recipients.text', findRecipientsText(doc, found.types)),
    }),
    funding: compact({
      total: g.take('funding.total', funding.total),
      // only beside the total it qualifies (a total that could not be grounded takes its flag with it)
      total_approximate: g.evidence['funding.total'] ? g.take('funding.total_approximate', funding.total_approximate) : undefined,
      granted: g.take('funding.granted', funding.granted),
      foreign_total: g.take('funding.foreign_total', funding.foreign_total),
      population_date: g.take('funding.population_date', funding.population_date),
      // parts with an amount, then parts stated only as a share: numbered among the parts kept
      // and rates per unit with no count stated (no amount: never multiplied out)
      parts: g.list<PartOrShare, FundingPart>('funding.parts', [...funding.parts, ...funding.shares, ...funding.rates], (path, p) => ('share' in p
        ? compact<FundingPart>({ to: g.take(`${path}.to`, p.to), share: g.take(`${path}.share`, p.share) })
        : !('amount' in p) ? compact<FundingPart>({
          to: g.take(`${path}.to`, p.to),
          key: g.take(`${path}.key`, p.key),
          unit: g.take(`${path}.unit`, p.unit),
          per_unit: g.take(`${path}.per_unit`, p.per_unit),
          per_recipient: g.take(`${path}.per_recipient`, p.per_recipient),
          per_unit_max: g.take(`${path}.per_unit_max`, p.per_unit_max),
        })
        : compact<FundingPart>({
          to: g.take(`${path}.to`, p.to),
          named: g.take(`${path}.named`, p.named),
          amount: g.take(`${path}.amount`, p.amount),
          key: g.take(`${path}.key`, p.key),
          unit: g.take(`${path}.unit`, p.unit),
          units: g.take(`${path}.units`, p.units),
          per_unit: g.take(`${path}.per_unit`, p.per_unit),
          per_recipient: g.take(`${path}.per_recipient`, p.per_recipient),
          purpose: g.take(`${path}.purpose`, p.purpose),
        }))),
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
    dates: g.list('dates', events, (path, e) => g.take(path, e)),
    payment: g.take('payment', findPayment(doc)),
    usage_period: usage ? groundedPeriod(g, usage) : undefined,
    permitted_uses: list('permitted_uses', permitted),
    excluded_uses: list('excluded_uses', excluded),
    conditions: list('conditions', conditions),
    evidence_documents: list('evidence_documents', [...evidenceDocs, ...kept]),
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

/**
 * The grant year if the contract can hold it (specs/years.ts: 1990–2100). A stated year outside that
 * ("för år 1986") is left out, never clamped to the range nor replaced by another year, and a note
 * tells the editor (lint, review).
 */
function inContract(doc: Doc, year: Found<number> | undefined): Found<number> | undefined {
  if (year === undefined || plausibleYear(year.value)) return year;
  noteOn(doc, { rule: 'year-out-of-range', at: year.at,
    message: `grant year ${year.value} is outside the contract's years ${YEAR_RANGE.min}–${YEAR_RANGE.max}: left out (not clamped, not replaced)` });
  return undefined;
}
