import { Decimal } from 'decimal.js';
import type { Diagnostic } from '../../specs/diagnostics.js';
import { recipientsOf, type Reference, type Recipient, type RecipientType } from '../../specs/reference/index.js';
import type { Allocation, AllocationRow, Anvisning } from '../../specs/schema/index.js';
import { lineStarts, pageOf } from '../tree/locate.js';
import { isSumName, parseListAmount, readCsv, readText, type ListRecord } from './list.js';

// A published allocation list → an allocation spec: every row matched to a kommun or region of
// the reference data and grounded by its line, and every problem a diagnostic with its line:
// unknown and duplicate recipients, missing ones, amounts that are not plain numbers. Nothing is
// guessed: a row that cannot be read is reported, not dropped in silence and not repaired.

export interface ImportOptions {
  readonly file: string;
  /** the source path as the spec records it (relative to the project) */
  readonly sourcePath: string;
  readonly sha256: string;
  readonly spec: Anvisning;
  readonly to: RecipientType;
  readonly parts?: readonly number[];
  readonly format: 'csv' | 'text';
  /** a PDF's page start offsets in the text, so that evidence names the page */
  readonly pageStarts?: readonly number[];
}

export interface ImportResult {
  readonly allocation?: Allocation;
  readonly diagnostics: Diagnostic[];
}

export function importAllocation(text: string, o: ImportOptions, ref: Reference): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const at = (r: ListRecord): { line: number; column: number } => ({ line: r.line, column: r.column });
  const report = (rule: string, message: string, where?: { line: number; column: number }, severity: 'error' | 'warning' = 'error'): void => {
    diagnostics.push({ file: o.file, rule, severity, message, ...where });
  };
  const byCode = (code: string): Recipient | undefined => {
    const r = ref.byCode.get(code);
    return r && r.type === o.to ? r : undefined;
  };
  const known = (name: string): boolean => ref.match(o.to, name) !== undefined;
  const reading = o.format === 'csv' ? readCsv(text) : readText(text, known);
  const rows: Array<{ row: AllocationRow; record: ListRecord }> = [];
  const seen = new Map<string, ListRecord>();
  // recipients with a row that could not be read: reported there, not again as missing
  const rowWithProblem = new Set<string>();
  let stated: { amount: ReturnType<typeof parseListAmount>; record: ListRecord } | undefined;

  for (const r of reading.records) {
    if (r.amountText === undefined) {
      // a header row (no amount), or a recipient without one
      const who = ref.match(o.to, r.name) ?? (r.code ? byCode(r.code) : undefined);
      if (!who) continue;
      rowWithProblem.add(who.code);
      if (r.ambiguous) report('allocation-amount', `Unexpected row for ${who.name} with more than one number and no header saying which is the amount; give the list a header row naming the amount column ("Belopp")`, at(r));
      else report('allocation-amount', `Unexpected row without an amount for ${who.name}; give its amount or remove the row`, at(r));
      continue;
    }
    const amount = parseListAmount(r.amountText, reading.unit);
    if (isSumName(r.name) && !r.code) {
      if (amount === undefined) report('allocation-amount', `Unexpected sum '${r.amountText}' that is not an amount in kronor; write it as digits, e.g. 5 886 500 000`, at(r));
      else stated = { amount, record: r };
      continue;
    }
    const byName = r.name ? ref.match(o.to, r.name) : undefined;
    const coded = r.code ? byCode(r.code) : undefined;
    if (r.code && !coded) {
      report('allocation-unknown-recipient', `Unexpected code ${r.code}${r.name ? ` (${r.name})` : ''}: no ${o.to === 'kommun' ? 'kommunkod' : 'länskod'} of that number; correct the code`, at(r));
      continue;
    }
    if (coded && byName && coded !== byName) {
      report('allocation-unknown-recipient', `Unexpected code ${r.code} for ${r.name}: the code is ${coded.name}'s, the name ${byName.name}'s (${byName.code}); correct one of them`, at(r));
      continue;
    }
    const recipient = coded ?? byName;
    if (!recipient) {
      report('allocation-unknown-recipient', `Unexpected recipient '${r.name}': not one of the ${o.to === 'kommun' ? '290 kommuner' : '21 regioner'}; correct the name (or give the ${o.to === 'kommun' ? 'kommunkod' : 'länskod'})`, at(r));
      continue;
    }
    if (amount === undefined) {
      rowWithProblem.add(recipient.code);
      report('allocation-amount', `Unexpected amount '${r.amountText}' for ${recipient.name}: not an amount in kronor; write it as digits, e.g. 984 031 803 or 1 234,50`, at(r));
      continue;
    }
    const first = seen.get(recipient.code);
    if (first) {
      report('allocation-duplicate', `Unexpected second row for ${recipient.name} (the first is on line ${first.line}); keep one`, at(r));
      continue;
    }
    seen.set(recipient.code, r);
    rows.push({ row: { code: recipient.code, name: recipient.name, amount, ...(r.name && r.name !== recipient.name ? { written: r.name } : {}) }, record: r });
  }

  if (rows.length === 0 && diagnostics.length === 0) {
    report('allocation-empty', `Unexpected list without any ${o.to === 'kommun' ? 'kommun' : 'region'} and amount; give the list as CSV, a table, or name and amount per line`);
  }
  const { recipients, unknownNames } = recipientsOf(o.spec, o.to, ref);
  for (const n of unknownNames) report('allocation-unknown-recipient', `Unexpected named recipient '${n}' in the anvisning's spec: not one of the ${o.to === 'kommun' ? 'kommuner' : 'regioner'}; correct recipients.named`);
  const missing = recipients.filter((r) => !seen.has(r.code) && !rowWithProblem.has(r.code));
  if (rows.length > 0 && missing.length > 0) {
    report('allocation-missing', `Unexpected list without ${missing.length} of the ${recipients.length} recipients: ${missing.slice(0, 12).map((r) => r.name).join(', ')}${missing.length > 12 ? ' …' : ''}; add their rows (with 0 if they get nothing)`);
  }
  const expected = new Set(recipients.map((r) => r.code));
  for (const { row, record } of rows) {
    if (!expected.has(row.code)) report('allocation-unknown-recipient', `Unexpected ${row.name}: the anvisning names the recipients, and ${row.name} is not one of them`, at(record));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  rows.sort((a, b) => a.row.code.localeCompare(b.row.code));
  const starts = lineStarts(text);
  const where = (r: ListRecord): { line: number; column: number; quote: string; page?: number } => {
    const page = pageOf(o.pageStarts, (starts[r.line - 1] ?? 0) + r.column - 1);
    return { line: r.line, column: r.column, quote: r.quote, ...(page !== undefined ? { page } : {}) };
  };
  const evidence: Allocation['evidence'] = {};
  rows.forEach(({ record }, i) => { evidence[`rows.${i}`] = where(record); });
  if (stated?.amount !== undefined) evidence.stated_total = where(stated.record);
  const sum = rows.reduce((s, r) => s.plus(String(r.row.amount)), new Decimal(0));
  if (stated?.amount !== undefined && !sum.eq(String(stated.amount))) {
    report('allocation-sum', `Unexpected sum row ${String(stated.amount)} kr: the rows add up to ${sum.toFixed()} kr; check the rows against the published list`, at(stated.record), 'warning');
  }
  const allocation: Allocation = {
    spec: 1, kind: 'allocation', id: o.spec.id, ...(o.spec.year !== undefined ? { year: o.spec.year } : {}),
    title: `Fördelning: ${o.spec.title}`, to: o.to, ...(o.parts?.length ? { parts: [...o.parts] } : {}), method: 'published',
    source: { path: o.sourcePath, sha256: o.sha256 },
    ...(stated?.amount !== undefined ? { stated_total: stated.amount } : {}),
    ...(reading.unit !== 1 ? { unit: reading.unit } : {}),
    rows: rows.map((r) => r.row), evidence,
  };
  return { allocation, diagnostics };
}
