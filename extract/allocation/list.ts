import { Decimal } from 'decimal.js';
import { kronorOf, type Kronor } from '../parse/amounts.js';
import { lineStarts } from '../tree/locate.js';
import { AMOUNT_HEADER, LIST_UNIT, SUM_ROW } from '../cues/allocation.js';
import { contextOf, holds } from '../cues/types.js';

// A published allocation list (fördelningslista) as records: the name a row gives, its amount as
// written, and where it stands. Three shapes: CSV (comma, semicolon or tab), table rows with
// cells between "|" (markdown, or a PDF's laid-out table), and a table flattened to one cell per
// line ("Stockholm" / "364 329 400"). Pure: text in, records out.

export interface ListRecord {
  readonly name: string;
  /** the amount cell as written, or undefined when the row has none */
  readonly amountText?: string;
  /** a kommunkod or länskod cell, when the list has one */
  readonly code?: string;
  /** the row has more than one number and no header says which is the amount */
  readonly ambiguous?: boolean;
  readonly line: number;
  readonly column: number;
  /** the row's text in the source, from the name to the amount */
  readonly quote: string;
}

export interface ListReading {
  readonly records: ListRecord[];
  /** what one unit of the amounts is worth: 1, or 1 000 for "tkr", 1 000 000 for "mnkr" (from the header) */
  readonly unit: number;
}

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const AMOUNT = new RegExp(`^(?:\\d{1,3}(?:${SPACE}\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}|\\d+)(?:,\\d{1,2})?$`, 'u');
const CURRENCY = /\s*(?:kr(?:onor)?|sek|:-|\.-)\.?$/iu;

/** "984 031 803", "1 234,50", "984.031.803", "5042500200 kr" → kronor; anything else (negative, "1.234", "ca 5 mnkr") → undefined. */
export function parseListAmount(written: string, unit = 1): Kronor | undefined {
  const s = written.replace(/[*_]/gu, '').trim().replace(CURRENCY, '').trim();
  if (!AMOUNT.test(s)) return undefined;
  const plain = s.replace(new RegExp(SPACE, 'gu'), '').replace(/\.(?=\d{3})/gu, '').replace(',', '.');
  const value = new Decimal(plain).times(unit);
  // a unit of thousands may not create öre the list did not state
  return value.decimalPlaces() > 2 ? undefined : kronorOf(value);
}

/** "Vallentuna  12 345 kr": a name and an amount on one line. */
const NAME_AND_AMOUNT = new RegExp(`^(.*?\\p{L}.*?)[\\s:]+(\\d[\\d ${SPACE.slice(1, -1)}.,]*\\d(?:\\s*(?:kr|kronor|sek))?)$`, 'iu');
const CODE = /^\d{2}(?:\d{2})?$/u;
const LEADING_CODE = /^(\d{4}|\d{2})\s+(\S.*)$/u;
const SUM = SUM_ROW.cue;

export function isSumName(name: string): boolean {
  return SUM.test(name.replace(/[*_:]/gu, '').trim());
}

function unitOf(header: string): number | undefined {
  const m = LIST_UNIT.cue.exec(header);
  if (!m) return undefined;
  return /^t/iu.test(m[1]!) ? 1000 : 1_000_000;
}

export interface Cell { readonly text: string; readonly start: number; readonly end: number }

/** A row's cells between separators (quoted cells may hold the separator), with their offsets in the text. */
export function splitCells(line: string, offset: number, sep: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    if (i === line.length || (ch === sep && !quoted)) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/^"(.*)"$/su, '$1').replace(/""/gu, '"').trim();
      cells.push({ text, start: offset + start + lead, end: offset + start + lead + raw.trim().length });
      start = i + 1;
    }
  }
  return cells;
}

/** The text's lines (without their line ends) and where each starts, as the rest of the extractor counts lines. */
export function linesOf(text: string): { lines: string[]; starts: number[] } {
  const starts = lineStarts(text);
  const lines = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).replace(/\r?\n$|\r$/u, ''));
  return { lines, starts };
}

// a header cell over the amounts, and over other numbers (population, shares) that are not
const namesAmounts = (header: string): boolean => holds(AMOUNT_HEADER, contextOf(header, 0, 0, header));

/** Which column holds the amounts, from a header row: the one named like an amount, or undefined. */
export function amountColumn(cells: readonly Cell[]): number | undefined {
  const i = cells.findIndex((c) => namesAmounts(c.text));
  return i >= 0 ? i : undefined;
}

/**
 * One record from the cells of a row: a code cell, the name (the first cell with letters) and the
 * amount — the header's amount column, else the row's one number. A row with two numbers (an
 * amount and a population, say) and no header to tell them apart gets none, and says so.
 */
function recordOf(cells: readonly Cell[], text: string, line: number, lineStart: number, amountCol?: number): ListRecord | undefined {
  const full = cells.filter((c) => c.text && !/^:?-{3,}:?$/u.test(c.text));
  const codeCell = full.find((c) => CODE.test(c.text));
  const nameCell = full.find((c) => /\p{L}/u.test(c.text));
  const numeric = full.filter((c) => c !== codeCell && !/\p{L}/u.test(c.text.replace(CURRENCY, '')) && !c.text.includes('%'));
  const fromHeader = amountCol !== undefined ? cells[amountCol] : undefined;
  const amountCell = fromHeader?.text ? fromHeader : amountCol === undefined && numeric.length === 1 ? numeric[0] : undefined;
  const ambiguous = amountCol === undefined && numeric.length > 1;
  if (!nameCell && !codeCell) return undefined;
  let name = nameCell?.text.replace(/[*_]/gu, '').trim() ?? '';
  let code = codeCell?.text;
  const lead = LEADING_CODE.exec(name);
  if (!code && lead) {
    code = lead[1];
    name = lead[2]!;
  }
  const first = Math.min(...full.map((c) => c.start));
  const last = Math.max(...full.map((c) => c.end));
  return {
    name, line, column: first - lineStart + 1, quote: text.slice(first, last),
    ...(amountCell ? { amountText: amountCell.text } : {}), ...(code ? { code } : {}), ...(ambiguous ? { ambiguous } : {}),
  };
}

/** The separator of a CSV: whichever of ; tab , occurs most in its first lines. */
export function csvSeparator(lines: readonly string[]): string {
  const sample = lines.slice(0, 20).join('\n');
  const count = (c: string): number => sample.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best));
}

/** A CSV file: every row is a record, headers included (they have no amount). */
export function readCsv(text: string): ListReading {
  const { lines, starts } = linesOf(text);
  const sep = csvSeparator(lines);
  const records: ListRecord[] = [];
  let unit: number | undefined;
  let amountCol: number | undefined;
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const cells = splitCells(l, starts[i]!, sep);
    const r = recordOf(cells, text, i + 1, starts[i]!, amountCol);
    if (!r) return;
    if (r.amountText === undefined && !r.ambiguous && records.every((x) => x.amountText === undefined)) {
      // a header row: its unit and which column is the amount
      unit ??= unitOf(l);
      amountCol ??= amountColumn(cells);
    }
    records.push(r);
  });
  return { records, unit: unit ?? 1 };
}

/**
 * Text: rows with "|" cells, rows "Name  984 031 803" on one line, and names followed on the next
 * non-blank line by their amount. Everything around the list (a press release's prose, a page's
 * footer) is left out: the list runs from its first to its last row a recipient name was found
 * in (`known` decides), plus a sum row right after it.
 */
export function readText(text: string, known: (name: string) => boolean): ListReading {
  const { lines, starts } = linesOf(text);
  const candidates: Array<ListRecord & { header: string }> = [];
  const nonBlank = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  // the amount column of the current "|" table, from its header row
  let amountCol: number | undefined;
  nonBlank.forEach(({ l, i }, k) => {
    const start = starts[i]!;
    const header = nonBlank.slice(Math.max(0, k - 2), k).map((x) => x.l).join(' ');
    if (l.includes('|')) {
      const cells = splitCells(l, start, '|');
      const r = recordOf(cells, text, i + 1, start, amountCol);
      if (r && r.amountText === undefined && !r.ambiguous) amountCol = amountColumn(cells) ?? amountCol;
      if (r) candidates.push({ ...r, header });
      return;
    }
    amountCol = undefined;
    const trimmed = l.trim();
    const column = l.length - l.trimStart().length + 1;
    const one = NAME_AND_AMOUNT.exec(trimmed);
    if (one && parseListAmount(one[2]!) !== undefined && nameLike(one[1]!)) {
      candidates.push({ ...codeSplit(one[1]!), amountText: one[2]!, line: i + 1, column, quote: trimmed, header });
      return;
    }
    const next = nonBlank[k + 1];
    // a known name followed by something number-like that is not an amount is kept, to be reported
    if (nameLike(trimmed) && next && (parseListAmount(next.l.trim()) !== undefined || (known(trimmed) && /^\d/u.test(next.l.trim()) && next.l.trim().length <= 30))) {
      // a flattened table with more than one number column ("Stockholm" / "2 480 123" / "984 031 803"):
      // the amount is the column the header lines name, else the row is ambiguous
      let n = 1;
      // the next row's own code ("0115", then "Vallentuna") is not one of this row's numbers
      const isNextCode = (at: number): boolean => CODE.test(nonBlank[at]!.l.trim()) && nameLike(nonBlank[at + 1]?.l ?? '');
      while (nonBlank[k + 1 + n] && isNumberLine(nonBlank[k + 1 + n]!.l) && !isNextCode(k + 1 + n)) n++;
      const nums = nonBlank.slice(k + 1, k + 1 + n);
      const pick = n === 1 ? 0 : flattenedAmountColumn(nonBlank.map((x) => x.l), k, n);
      const chosen = pick === undefined ? undefined : nums[pick];
      const last = nums[n - 1]!;
      const end = starts[last.i]! + last.l.trimEnd().length;
      candidates.push({ ...codeSplit(trimmed), ...(chosen ? { amountText: chosen.l.trim() } : { ambiguous: true }), line: i + 1, column, quote: text.slice(start + column - 1, end), header });
    }
  });
  const isKnown = candidates.map((c) => known(c.name));
  const first = isKnown.indexOf(true);
  const last = isKnown.lastIndexOf(true);
  if (first < 0) return { records: [], unit: 1 };
  let end = last;
  if (candidates[last + 1] && isSumName(candidates[last + 1]!.name)) end = last + 1;
  const records = candidates.slice(first, end + 1).filter((c) => c.amountText !== undefined || !isSumName(c.name));
  const unit = unitOf(candidates[first]!.header) ?? unitOf(candidates.slice(0, first).map((c) => c.quote).join(' '));
  return { records: records.map(({ header: _h, ...r }) => r), unit: unit ?? 1 };
}

function isNumberLine(l: string): boolean {
  const t = l.trim();
  return /^\d/u.test(t) && !/\p{L}{3,}/u.test(t.replace(CURRENCY, '')) && t.length <= 30;
}

/**
 * In a table flattened to one cell per line with n numbers a row, which of the n is the amount:
 * walk back over the rows before this one to the header lines (the column names, one a line) and
 * take the one named like an amount. Undefined when there is no such header.
 */
function flattenedAmountColumn(lines: readonly string[], row: number, n: number): number | undefined {
  let j = row;
  const isRow = (at: number): boolean => at >= 0 && nameLike(lines[at]!) && !isNumberLine(lines[at]!)
    && lines.slice(at + 1, at + 1 + n).every(isNumberLine) && lines.slice(at + 1, at + 1 + n).length === n;
  while (isRow(j - n - 1)) j -= n + 1;
  const header = lines.slice(j - n - 1, j);
  if (header.length !== n + 1 || header.some(isNumberLine)) return undefined;
  const i = header.slice(1).findIndex(namesAmounts);
  return i >= 0 ? i : undefined;
}

function nameLike(s: string): boolean {
  const t = s.replace(/[*_]/gu, '').trim();
  return /\p{L}/u.test(t) && t.length <= 60 && t.split(/\s+/u).length <= 6 && !/[.!?]$/u.test(t);
}

function codeSplit(name: string): { name: string; code?: string } {
  const m = LEADING_CODE.exec(name.replace(/[*_]/gu, '').trim());
  return m ? { code: m[1]!, name: m[2]!.replace(/:$/u, '').trim() } : { name: name.replace(/[*_]/gu, '').replace(/:$/u, '').trim() };
}
