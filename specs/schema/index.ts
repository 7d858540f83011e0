import { z } from 'zod';
import {
  contact, datedEvent, dateOrVague, evidence, grantId, grantYear, isoDate, kronor, legalRef, link, source, textItem, usagePeriod, vagueDate, foreignAmount,
} from './scalars.js';
import { theme } from './themes.js';

// The grant spec contract (version 1): both kinds. Field names and meanings are fixed by
// docs/grant-spec.md; fields added here are marked as additions. Objects are strict, so a
// misspelt key is an error rather than a silently dropped value.

export const recipientType = z.enum(['region', 'kommun', 'organisation', 'länsstyrelse', 'huvudman', 'other']);

export const fundingPart = z.object({
  to: recipientType.optional(),
  amount: kronor.optional(),
  key: z.enum(['equal', 'per-capita', 'fixed-per-recipient', 'per-unit', 'government-key', 'other']).optional(),
  unit: z.string().min(1).optional(),
  units: z.number().int().positive().optional(),
  per_unit: kronor.optional(),
  per_recipient: kronor.optional(),
  purpose: z.string().min(1).optional(),
  /**
   * addition (1.1): the one recipient the text names for this part, as it writes it ("Länsstyrelsen i
   * Stockholms län", "Region Skåne", "Sveriges Kommuner och Regioner"); `to` says its type. A part
   * without it goes to every recipient of its type.
   */
  named: z.string().min(1).optional(),
  /**
   * addition (1.1): `per_unit` (or `per_recipient`) is the most paid per unit ("dock högst 120 kronor per
   * analys"), not a fixed rate. Like any rate without `units`, it is never multiplied into an amount.
   */
  per_unit_max: z.literal(true).optional(),
  /** addition (1.1): the part as the share of the total the text states ("hälften" → "1/2"), never turned into an amount */
  share: z.string().regex(/^\d{1,3}\/\d{1,3}$/u, 'expected a fraction such as "1/2" or "2/100"').optional(),
}).strict();

export const anvisning = z.object({
  spec: z.literal(1),
  kind: z.literal('anvisning'),
  id: grantId,
  year: grantYear.optional(),
  title: z.string().min(1),
  agency: z.string().min(1).optional(),
  source,
  purpose: z.string().min(1).optional(),
  recipients: z.object({
    types: z.array(recipientType).optional(),
    named: z.array(textItem).optional(),
    /**
     * addition (1.1): the sentence (at most two in a row) in which the text says who may requisition, apply for or receive
     * the grant, verbatim ("Statsbidraget kan rekvireras av samtliga kommuner."); absent when no sentence says it. The change
     * report compares it across years: a change of who is `action`, the same applicants in other words no change.
     */
    text: z.string().min(1).optional(),
  }).strict().optional(),
  funding: z.object({
    total: kronor.optional(),
    /**
     * addition (1.1): `true` where the text states the total only as a rounded figure ("Utlysningens
     * totala budget är ca 20 miljoner kronor"): `total` is then that figure, never an exact sum. Absent
     * for an exact total; never without `total`.
     */
    total_approximate: z.literal(true).optional(),
    /** addition (1.1): the sum a decision says has been granted in all, never the grant's total */
    granted: kronor.optional(),
    /** addition (1.1): the total where the text states it only in another currency; `total` stays kronor */
    foreign_total: foreignAmount.optional(),
    population_date: isoDate.optional(),
    parts: z.array(fundingPart).optional(),
  }).strict().optional(),
  requisition: z.object({
    opens: dateOrVague.optional(),
    closes: dateOrVague.optional(),
    form: z.enum(['rekvisition', 'ansökan', 'intresseanmälan']).optional(),
    channel: z.string().min(1).optional(),
    requires: z.array(textItem).optional(),
    /** addition (1.1): unclaimed money is shared out again among those who opted in */
    redistribution: z.object({
      cutoff: isoDate.optional(),
      condition: z.string().min(1).optional(),
    }).strict().optional(),
  }).strict().optional(),
  /** addition (1.1): other dated events the text states, each with the role its cue gives */
  dates: z.array(datedEvent).optional(),
  /** addition (1.1): editor-assigned themes from the controlled vocabulary (specs/schema/themes.ts) */
  themes: z.array(theme).min(1).optional(),
  payment: z.string().min(1).optional(),
  usage_period: usagePeriod.optional(),
  permitted_uses: z.array(textItem).optional(),
  excluded_uses: z.array(textItem).optional(),
  conditions: z.array(textItem).optional(),
  evidence_documents: z.array(textItem).optional(),
  reporting: z.object({
    due: isoDate.optional(),
    announced: vagueDate.optional(),
    /** addition: when the reporting itself takes place, as stated ("sker under 2027") */
    period: vagueDate.optional(),
    /** addition: how the report is made ("skickar ett återrapporteringsformulär via e-post …") */
    channel: z.string().min(1).optional(),
    content: z.array(textItem).optional(),
    /** addition (1.1): `false` where the text states that no report is required ("Ingen återrapportering krävs"); absent otherwise */
    required: z.boolean().optional(),
  }).strict().optional(),
  repayment: z.object({
    triggers: z.array(textItem).optional(),
    invoice_threshold: kronor.optional(),
  }).strict().optional(),
  legal_basis: z.array(legalRef).optional(),
  contacts: z.array(contact).optional(),
  links: z.array(link).optional(),
  evidence,
}).strict();

export const formField = z.object({
  label: z.string().min(1),
  type: z.enum(['text', 'long-text', 'amount', 'number', 'email', 'phone', 'computed', 'choice']),
  required: z.boolean().optional(),
  formula: z.string().min(1).optional(),
}).strict();

export const question = z.object({
  number: z.number().int().positive(),
  text: z.string().min(1),
  type: z.enum(['text', 'long-text', 'amount', 'number', 'email', 'phone', 'choice', 'multi-choice', 'yes-no', 'scale', 'table', 'group', 'computed', 'approval']),
  required: z.boolean().optional(),
  max_chars: z.number().int().positive().optional(),
  options: z.array(z.string().min(1)).optional(),
  /** every row of a table, a "Totalt" row included */
  rows: z.number().int().positive().optional(),
  /** addition: the rows a respondent fills in (rows less the total row) */
  entry_rows: z.number().int().positive().optional(),
  columns: z.array(formField).optional(),
  fields: z.array(formField).optional(),
  formula: z.string().min(1).optional(),
  condition: z.string().min(1).optional(),
  /** addition: the help text printed under the question */
  help: z.string().min(1).optional(),
  /** addition: the form part the question belongs to ("Ekonomisk redovisning") */
  section: z.string().min(1).optional(),
  /** addition: a table with a total row ("Totalt:") */
  total_row: z.boolean().optional(),
}).strict();

export const reportingForm = z.object({
  spec: z.literal(1),
  kind: z.literal('reporting-form'),
  id: grantId,
  year: grantYear.optional(),
  title: z.string().min(1),
  agency: z.string().min(1).optional(),
  source,
  due: isoDate.optional(),
  max_submissions: z.number().int().positive().optional(),
  /** addition: the grant year's usage period the report covers */
  usage_period: usagePeriod.optional(),
  contacts: z.array(contact).optional(),
  questions: z.array(question),
  legal_basis: z.array(legalRef).optional(),
  links: z.array(link).optional(),
  evidence,
}).strict();

/** addition: one recipient's row of an allocation list */
export const allocationRow = z.object({
  /** kommunkod (4 digits) or länskod (2 digits), from specs/reference */
  code: z.string().regex(/^\d{2}(?:\d{2})?$/u, 'expected a kommunkod (4 digits) or a länskod (2 digits)'),
  /** the official name */
  name: z.string().min(1),
  amount: kronor,
  /** the name as the list writes it, where it differs from the official one */
  written: z.string().min(1).optional(),
  /** computed lists: the population the per-capita share was computed from */
  population: z.number().int().nonnegative().optional(),
}).strict();

/**
 * addition: what each recipient of a grant year gets, as a published fördelningslista states it
 * (`method: published`, every row grounded by its quote) or as computed from the spec's key and a
 * population table (`method: computed`). File: specs/<id>/<year>.allocation.yaml, or
 * <year>.allocation.kommun.yaml / .region.yaml for a grant with parts for both.
 */
export const allocation = z.object({
  spec: z.literal(1),
  kind: z.literal('allocation'),
  id: grantId,
  year: grantYear.optional(),
  title: z.string().min(1).optional(),
  to: z.enum(['kommun', 'region']),
  /** the anvisning's funding.parts the list covers (indexes); absent: all of the grant for `to` */
  parts: z.array(z.number().int().nonnegative()).min(1).optional(),
  method: z.enum(['published', 'computed']),
  /** published: the list as published; computed: the population table */
  source,
  /** the list's own sum row ("Summa", "Totalt"), as stated */
  stated_total: kronor.optional(),
  /** published: the list's amounts were in thousands (1000) or millions of kronor, as its header said; rows are in kronor */
  unit: z.number().int().positive().optional(),
  /** computed: the reference date of the population figures */
  population_date: isoDate.optional(),
  /** computed: how amounts were rounded to whole kronor */
  rounding: z.string().min(1).optional(),
  rows: z.array(allocationRow).min(1),
  evidence,
}).strict();

export const grantSpec = z.discriminatedUnion('kind', [anvisning, reportingForm, allocation]);

export type Anvisning = z.infer<typeof anvisning>;
export type ReportingForm = z.infer<typeof reportingForm>;
export type Allocation = z.infer<typeof allocation>;
/** what the extractor makes from a document */
export type ExtractedSpec = Anvisning | ReportingForm;
export type AllocationRow = z.infer<typeof allocationRow>;
export type Question = z.infer<typeof question>;
export type GrantSpec = z.infer<typeof grantSpec>;
export type EvidenceEntry = z.infer<typeof evidence>[string];

export const SCHEMA_FILE = 'grant-spec.schema.json';

/** The JSON Schema editors' YAML tooling reads, generated from the same zod schema. */
export function jsonSchema(): string {
  const schema = z.toJSONSchema(grantSpec, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const out = {
    $comment: 'Generated by `grantspec schema` from specs/schema; do not edit.',
    title: 'grantspec grant spec (version 1)',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
