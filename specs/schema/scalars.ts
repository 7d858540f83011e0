import { z } from 'zod';
import { KRONOR_MAX } from '../kronor.js';
import { YEAR_RANGE } from '../years.js';

// Small domain types, named after the value they hold.

export const isoDate = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'no such calendar date')
  .refine((s) => Number(s.slice(0, 4)) >= YEAR_RANGE.min && Number(s.slice(0, 4)) <= YEAR_RANGE.max, `expected a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`)
  .meta({ format: 'date', description: 'ISO date, YYYY-MM-DD' });

export const vaguePart = z.enum(['early', 'spring', 'summer', 'autumn', 'late', 'year']);

export const vagueDate = z.object({
  year: z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max),
  part: vaguePart,
  text: z.string().min(1).describe('the phrase as written, e.g. "i början av 2027"'),
}).strict().describe('a date the text states only vaguely');

export const dateOrVague = z.union([isoDate, vagueDate]);

/**
 * Addition (1.1): an amount the text states in another currency ("283 721 US-dollar"), kept as
 * stated with its ISO 4217 code: never converted, never read as kronor.
 */
export const foreignAmount = z.object({
  amount: z.union([z.number().int().positive(), z.string().regex(/^\d+\.\d{1,2}$/u)]),
  currency: z.string().regex(/^[A-Z]{3}$/u, 'expected an ISO 4217 currency code (USD, EUR …)'),
}).strict();

/**
 * The period the money may be used in. Addition (1.1): `from` may be absent when the text states
 * only the end ("medlen ska vara förbrukade senast 31 december 2026"); a start is never guessed.
 */
export const usagePeriod = z.object({ from: isoDate.optional(), to: isoDate }).strict();

export { KRONOR_MAX };

export const kronor = z.union([
  z.number().max(KRONOR_MAX, `expected at most ${KRONOR_MAX} kronor (10 000 miljarder); check the amount`).int().nonnegative(),
  z.string().regex(/^\d{1,14}\.\d{2}$/u, 'expected whole kronor as an integer, or kronor with öre as "792929.29"')
    .refine((s) => !/^\d+\.\d{2}$/u.test(s) || BigInt(s.slice(0, -3)) < BigInt(KRONOR_MAX), `expected at most ${KRONOR_MAX} kronor (10 000 miljarder); check the amount`),
]).describe('an amount in kronor: whole kronor as an integer; a decimal string only where öre are stated');

export const grantId = z.string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a slug of a-z, 0-9 and single hyphens')
  .max(100);

export const grantYear = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

/** addition (1.1): the recipient types a list item is limited to ("Regionerna kan även använda medlen till …") */
export const appliesTo = z.array(z.enum(['region', 'kommun', 'organisation', 'länsstyrelse', 'huvudman', 'other'])).min(1);

export const textItem = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), applies_to: appliesTo.optional() }).catchall(z.unknown()),
]);

/** addition (1.1): what a dated event is, as its cue says; never a deadline by guess */
export const dateRole = z.enum([
  'published', 'decision', 'payment', 'redistribution', 'reporting-opens', 'reporting-closes',
  'application-round', 'information', 'other',
]);

/** addition (1.1): another dated event the text states, exact (`date`) or vague (`vague`) */
export const datedEvent = z.object({
  date: isoDate.optional(),
  vague: vagueDate.optional(),
  role: dateRole,
  text: z.string().min(1).describe('the phrase or sentence that states the event'),
}).strict().refine(
  // a round whose day is stated without a year is kept in its words alone: a year is never guessed
  (e) => (e.date === undefined) !== (e.vague === undefined) || (e.role === 'application-round' && e.date === undefined && e.vague === undefined),
  'expected exactly one of date and vague (only an application round stated without a year has neither)',
);

export const evidenceEntry = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  quote: z.string().min(1),
  /** addition: the quote was read by OCR from a scanned page, as Tesseract read it */
  ocr: z.literal(true).optional(),
  /** addition: with `ocr`, Tesseract's mean word confidence on that page, 0–1 */
  confidence: z.number().min(0).max(1).optional(),
}).strict();

export const evidence = z.record(z.string(), evidenceEntry)
  .describe('grounding: field path → where the value was read');

export const source = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
}).strict();

export const legalRef = z.object({
  ref: z.string().min(1),
  kind: z.enum(['lag', 'förordning', 'föreskrift', 'eu-förordning', 'diarienummer', 'regeringsbeslut', 'other']),
  title: z.string().min(1).optional(),
}).strict();

export const contact = z.object({
  email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, 'expected an e-mail address'),
  topic: z.string().min(1).optional(),
}).strict();

export const link = z.object({
  url: z.string().min(1),
  text: z.string().min(1).optional(),
}).strict();

/** A list item's text: the item itself, or the `text` of an item that carries more (see textItem). */
export function itemText(item: unknown): string {
  if (typeof item === 'string') return item;
  if (item && typeof item === 'object' && 'text' in item) return String((item as { text: unknown }).text);
  return JSON.stringify(item);
}
