import { MONTH_NAMES } from '../../specs/lexicon.js';
import { csvSeparator, linesOf, parseListAmount, splitCells } from './list.js';

// A population table as SCB's statistical database exports it (CSV or semicolon-separated,
// UTF-8 or Windows-1252): a region cell "0114 Upplands Väsby" or separate code and name cells,
// then the folkmängd. Other columns (age, sex, other periods) are not supported: one figure per
// row, the last numeric cell.

export interface PopulationRow { readonly population: number; readonly line: number; readonly quote: string }

export interface PopulationTable {
  readonly rows: Map<string, PopulationRow>;
  /** the lines before the first row with a figure: where SCB names the period ("2025M10") */
  readonly header: string;
  readonly problems: Array<{ line: number; message: string }>;
}

export function readPopulation(text: string): PopulationTable {
  const { lines } = linesOf(text);
  const sep = csvSeparator(lines);
  const rows = new Map<string, PopulationRow>();
  const problems: PopulationTable['problems'] = [];
  const headerLines: string[] = [];
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const cells = splitCells(l, 0, sep).map((c) => c.text);
    const codeCell = cells.map((c) => /^(\d{4}|\d{2})(?:\s+\S.*)?$/u.exec(c)).find((m) => m);
    const numbers = cells.filter((c) => c !== codeCell?.[0] && /^\d[\d \u00a0]*$/u.test(c));
    // before the first figure, a row without one is a header ("region";"2024" has a code-like year)
    if (!codeCell || (rows.size === 0 && problems.length === 0 && numbers.length === 0)) {
      if (rows.size === 0) headerLines.push(l);
      return;
    }
    const code = codeCell[1]!;
    const last = numbers[numbers.length - 1];
    const value = last === undefined ? undefined : parseListAmount(last);
    if (typeof value !== 'number') {
      problems.push({ line: i + 1, message: `no folkmängd for ${codeCell[0]}; the row needs a whole number` });
      return;
    }
    if (rows.has(code)) {
      problems.push({ line: i + 1, message: `a second row for ${code} (the first is on line ${rows.get(code)!.line}); keep one` });
      return;
    }
    rows.set(code, { population: value, line: i + 1, quote: l.trim() });
  });
  return { rows, header: headerLines.join('\n'), problems };
}

/** Whether a table's header names the reference date: "2025-11-01", "1 november 2025", or SCB's "2025M10" (end of October = 1 November). */
export function namesDate(header: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const forms = [iso, `${d} ${MONTH_NAMES[m - 1]} ${y}`];
  if (d === 1) {
    const prev = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
    forms.push(`${prev.y}M${String(prev.m).padStart(2, '0')}`);
  }
  const h = header.toLowerCase();
  return forms.some((f) => h.includes(f.toLowerCase()));
}
