import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAllocation, type ImportOptions } from '../../extract/allocation/index.js';
import { parseListAmount, readCsv, readText } from '../../extract/allocation/list.js';
import { loadReference } from '../../specs/reference/index.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { ROOT } from '../helpers.js';

// Published allocation lists → rows. Expected values read off the published pages by hand.

const ref = loadReference();
const DEV = join(ROOT, 'test/fixtures/corpus/dev');

function anvisning(over: Partial<Anvisning> = {}): Anvisning {
  return {
    spec: 1, kind: 'anvisning', id: 'x', year: 2025, title: 'X', source: { path: 'sources/x.txt', sha256: '0'.repeat(64) },
    recipients: { types: ['region'] }, evidence: {}, ...over,
  };
}

function run(text: string, o: Partial<ImportOptions> = {}) {
  return importAllocation(text, { file: 'list.txt', sourcePath: 'sources/list.txt', sha256: '0'.repeat(64), spec: anvisning(), to: 'region', format: 'text', ...o }, ref);
}

describe('parseListAmount', () => {
  it.each([
    ['984 031 803', 984031803], ['984\u00a0031\u00a0803', 984031803], ['984 031 803', 984031803], ['5042500200', 5042500200],
    ['984.031.803', 984031803], ['**5 886 500 000**', 5886500000], ['364 329 400 kr', 364329400], ['1 234,50', '1234.50'], ['1 234,5', '1234.50'],
    ['1 234,00', 1234], ['0', 0], ['12 345 kronor', 12345], ['500 000:-', 500000],
  ])('reads %j as %j', (written, expected) => expect(parseListAmount(written)).toEqual(expected));

  it.each(['1.234', '-5 000', 'ca 5 000', '12 34', '1 2345', '5 mnkr', '58 493 84x', '', '1,234.50'])('refuses %j rather than guess', (written) => {
    expect(parseListAmount(written)).toBeUndefined();
  });

  it('applies the unit of a tkr or mnkr list, without inventing öre', () => {
    expect(parseListAmount('984 032', 1000)).toBe(984032000);
    expect(parseListAmount('1,5', 1_000_000)).toBe(1500000);
    expect(parseListAmount('1,234', 1000)).toBeUndefined();
  });
});

describe('reading lists', () => {
  it('reads CSV with semicolons, quoted cells and a tkr header', () => {
    const r = readCsv('Kod;Kommun;Belopp (tkr)\n0114;"Upplands Väsby";"1 234"\n0115;Vallentuna;2 000\n');
    expect(r.unit).toBe(1000);
    expect(r.records.map((x) => [x.code, x.name, x.amountText, x.line])).toEqual([[undefined, 'Kod', undefined, 1], ['0114', 'Upplands Väsby', '1 234', 2], ['0115', 'Vallentuna', '2 000', 3]]);
  });

  it('reads comma and tab separated rows, and a code written before the name', () => {
    expect(readCsv('Region,Belopp\nRegion Skåne,610905363\n').records[1]).toMatchObject({ name: 'Region Skåne', amountText: '610905363' });
    expect(readCsv('0180 Stockholm\t500 000\n').records[0]).toMatchObject({ code: '0180', name: 'Stockholm', amountText: '500 000' });
  });

  it('takes the amount from the column its header names, whatever other numbers the row has', () => {
    const csv = readCsv('Region;Belopp (kr);Folkmängd;Andel\nRegion Skåne;610 905 363;1 421 781;10,4 %\n');
    expect(csv.records[1]).toMatchObject({ name: 'Region Skåne', amountText: '610 905 363' });
    const md = readText('| Region | Folkmängd | Belopp |\n| --- | --- | --- |\n| Region Skåne | 1 421 781 | 610 905 363 |\n', (n) => ref.match('region', n) !== undefined);
    expect(md.records[0]).toMatchObject({ name: 'Region Skåne', amountText: '610 905 363' });
  });

  it('leaves the amount out, and says why, when a row has two numbers and no header to tell them apart', () => {
    expect(readCsv('Region Skåne;610 905 363;1 421 781\n').records[0]).toMatchObject({ name: 'Region Skåne', ambiguous: true });
    const { allocation, diagnostics } = run('Region Skåne;610 905 363;1 421 781\n', { format: 'csv' });
    expect(allocation).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'allocation-amount', line: 1 });
    expect(diagnostics[0]!.message).toMatch(/more than one number and no header/u);
  });

  it('picks the amount out of a flattened table with two number columns by its header lines, and refuses without them', () => {
    const known = (n: string): boolean => ref.match('region', n) !== undefined;
    const withHeader = readText('Fördelning 2025\n\nRegion\n\nFolkmängd\n\nBelopp\n\nStockholm\n\n2 480 123\n\n984 031 803\n\nUppsala\n\n400 000\n\n245 813 551\n', known);
    expect(withHeader.records.map((r) => [r.name, r.amountText])).toEqual([['Stockholm', '984 031 803'], ['Uppsala', '245 813 551']]);
    const coded = readText('Kod\nKommun\nBelopp\n0114\nUpplands Väsby\n1 234\n0115\nVallentuna\n2 000\n', (n) => ref.match('kommun', n) !== undefined);
    expect(coded.records.map((r) => [r.name, r.amountText])).toEqual([['Upplands Väsby', '1 234'], ['Vallentuna', '2 000']]);
    const without = readText('Stockholm\n\n2 480 123\n\n984 031 803\n', known);
    expect(without.records[0]).toMatchObject({ name: 'Stockholm', ambiguous: true });
  });

  it('reads one row per line, name then amount, and leaves the prose around the list out', () => {
    const text = 'Regeringen fördelar 2025 pengar.\nI budgeten för 2025\n\nRegion Skåne 610 905 363\nRegion Halland: 223 364 878\nSumma 834 270 241\n\nLäs mer 2025';
    const r = readText(text, (n) => ref.match('region', n) !== undefined);
    expect(r.records.map((x) => [x.name, x.amountText, x.line])).toEqual([['Region Skåne', '610 905 363', 4], ['Region Halland', '223 364 878', 5], ['Summa', '834 270 241', 6]]);
  });
});

describe('importAllocation on published lists', () => {
  it('reads the government\'s 2025 vårdkapacitet table (markdown) with its Summa row', () => {
    const text = readFileSync(join(DEV, '24-regeringen-pm-vardkapacitet-fordelning-2025.txt'), 'utf8');
    const { allocation, diagnostics } = run(text, { spec: anvisning({ funding: { total: 5886500000 } }) });
    expect(diagnostics).toEqual([]);
    expect(allocation!.rows).toHaveLength(21);
    expect(allocation!.stated_total).toBe(5886500000);
    expect(allocation!.rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(5886500000);
    expect(allocation!.rows[0]).toEqual({ code: '01', name: 'Region Stockholm', amount: 984031803 });
    const vg = allocation!.rows.findIndex((r) => r.code === '14');
    expect(allocation!.rows[vg]).toEqual({ code: '14', name: 'Västra Götalandsregionen', amount: 734120385 });
    expect(allocation!.evidence[`rows.${vg}`]).toMatchObject({ line: 51, quote: 'Västra Götalandsregionen | 734 120 385' });
    expect(allocation!.evidence.stated_total).toMatchObject({ line: 61 });
  });

  it('reads SKR\'s 2019 kvinnors hälsa table flattened to one cell per line, short names included', () => {
    const text = readFileSync(join(DEV, '15-skr-kvinnors-halsa-fordelning-2019.txt'), 'utf8');
    const { allocation, diagnostics } = run(text);
    expect(diagnostics).toEqual([]);
    expect(allocation!.rows).toHaveLength(21);
    expect(allocation!.stated_total).toBe(1590000000);
    expect(allocation!.rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(1590000000);
    expect(allocation!.rows.find((r) => r.code === '01')).toEqual({ code: '01', name: 'Region Stockholm', amount: 364329400, written: 'Stockholm' });
    expect(allocation!.rows.find((r) => r.code === '23')).toEqual({ code: '23', name: 'Region Jämtland Härjedalen', amount: 20248432, written: 'Jämtland' });
    expect(allocation!.rows.find((r) => r.code === '04')).toMatchObject({ amount: 45802207, written: 'Södermanland' });
    expect(allocation!.evidence['rows.0']).toMatchObject({ line: 17, quote: 'Stockholm\n\n364 329 400' });
  });

  it('reports unknown and duplicate recipients, unreadable amounts and missing ones by line, and writes nothing', () => {
    const text = readFileSync(join(DEV, '15-skr-kvinnors-halsa-fordelning-2019.txt'), 'utf8')
      .replace('\nKalmar\n', '\nKalmarr\n').replace('\n58 493 845\n', '\n58 493 84x\n').replace('\nBlekinge\n', '\nSkåne\n');
    const { allocation, diagnostics } = run(text);
    expect(allocation).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['allocation-amount', 21], ['allocation-unknown-recipient', 41], ['allocation-duplicate', 53], ['allocation-missing', undefined],
    ]);
    expect(diagnostics[3]!.message).toMatch(/without 2 of the 21 recipients: Region Kalmar län, Region Blekinge/u);
  });

  it('reports a code that belongs to another name than the row gives', () => {
    const { diagnostics } = run('kod;kommun;belopp\n0114;Vallentuna;100\n', { to: 'kommun', format: 'csv', spec: anvisning({ recipients: { types: ['kommun'] } }) });
    expect(diagnostics[0]).toMatchObject({ rule: 'allocation-unknown-recipient', line: 2 });
    expect(diagnostics[0]!.message).toMatch(/Upplands Väsby's, the name Vallentuna's/u);
  });

  it('holds a list to the anvisning\'s named recipients', () => {
    const spec = anvisning({ recipients: { types: ['region'], named: ['Region Skåne', 'Region Uppsala'] } });
    const ok = run('Region Skåne 100\nRegion Uppsala 200\n', { spec });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.allocation!.rows.map((r) => r.code)).toEqual(['03', '12']);
    const extra = run('Region Skåne 100\nRegion Uppsala 200\nRegion Halland 300\n', { spec });
    expect(extra.diagnostics.map((d) => d.rule)).toEqual(['allocation-unknown-recipient']);
    expect(extra.diagnostics[0]!.message).toMatch(/Region Halland: the anvisning names the recipients/u);
  });

  it('warns when the rows do not add up to the list\'s own sum row', () => {
    const spec = anvisning({ recipients: { types: ['region'], named: ['Region Skåne', 'Region Uppsala'] } });
    const { allocation, diagnostics } = run('Region Skåne 100\nRegion Uppsala 200\nSumma 301\n', { spec });
    expect(allocation!.stated_total).toBe(301);
    expect(diagnostics).toMatchObject([{ rule: 'allocation-sum', severity: 'warning', line: 3 }]);
  });
});
