import { z } from 'zod';
import {
  contact, dateOrVague, evidence, grantId, grantYear, isoDate, kronor, legalRef, link, source, textItem, vagueDate,
} from './scalars.js';

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
  }).strict().optional(),
  funding: z.object({
    total: kronor.optional(),
    population_date: isoDate.optional(),
    parts: z.array(fundingPart).optional(),
  }).strict().optional(),
  requisition: z.object({
    opens: dateOrVague.optional(),
    closes: dateOrVague.optional(),
    form: z.enum(['rekvisition', 'ansökan', 'intresseanmälan']).optional(),
    channel: z.string().min(1).optional(),
    requires: z.array(textItem).optional(),
  }).strict().optional(),
  payment: z.string().min(1).optional(),
  usage_period: z.object({ from: isoDate, to: isoDate }).strict().optional(),
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
  usage_period: z.object({ from: isoDate, to: isoDate }).strict().optional(),
  contacts: z.array(contact).optional(),
  questions: z.array(question),
  legal_basis: z.array(legalRef).optional(),
  links: z.array(link).optional(),
  evidence,
}).strict();

export const grantSpec = z.discriminatedUnion('kind', [anvisning, reportingForm]);

export type Anvisning = z.infer<typeof anvisning>;
export type ReportingForm = z.infer<typeof reportingForm>;
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
