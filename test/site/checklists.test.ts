import { describe, expect, it } from 'vitest';
import { checklist, checklistCsv, csvCell } from '../../site/checklists.js';
import { keyText } from '../../site/allocations.js';
import { grantPage } from '../../site/model.js';
import { exactTotal, withRest } from '../../specs/allocation/compute.js';
import type { Anvisning } from '../../specs/schema/index.js';

// The checklist CSV as Swedish Excel reads it: `;` between cells, a BOM, and no cell a spreadsheet
// would run as a formula.

describe('checklist CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","klicka")', `"'=HYPERLINK(""http://x"",""klicka"")"`],
    ['+46 8 555 000', "'+46 8 555 000"],
    ['-1 000 kronor', "'-1 000 kronor"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tflik', "'\tflik"],
    ['\rvagn', `"'\rvagn"`],
    ['a;b', '"a;b"'],
    ['rad ett\nrad två', '"rad ett\nrad två"'],
    ['Sista dag är den 13 maj 2026.', 'Sista dag är den 13 maj 2026.'],
  ])('neutralises and quotes %j', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it('has a BOM, `;` separators, CRLF and the tracking columns', () => {
    const csv = checklistCsv([{ title: 'Före', items: [{ text: '=1+1', when: '13 maj 2026', due: '2026-05-13' }] }, { title: 'Återbetalning', info: true, items: [{ text: 'Oanvänt betalas tillbaka' }] }]);
    expect(csv.startsWith('\ufeffAvsnitt;Typ;Punkt;Senast;Klar;Ansvarig;Datum;Kommentar;Källcitat\r\n')).toBe(true);
    expect(csv).toContain("Före;Att göra;'=1+1 13 maj 2026;2026-05-13;;;;;\r\n");
    expect(csv).toContain('Återbetalning;Information;Oanvänt betalas tillbaka;;;;;;\r\n');
  });
});

// A total the text states only as a rounded figure ("Utlysningens totala budget är ca 20 miljoner
// kronor", funding.total_approximate): no page, checklist or key text states it as an exact sum.
describe('a rounded total', () => {
  const spec = (approximate: boolean): Anvisning => ({
    spec: 1, kind: 'anvisning', id: 'vattenprojekt', year: 2026, title: 'Stöd till lokala vattenprojekt',
    source: { path: 'sources/2026/x.txt', sha256: '0'.repeat(64) },
    recipients: { types: ['kommun'] },
    funding: { total: 20_000_000, ...(approximate ? { total_approximate: true as const } : {}) },
    requisition: { closes: '2026-03-15' },
    evidence: { 'funding.total': { line: 7, quote: '20 miljoner kronor' }, ...(approximate ? { 'funding.total_approximate': { line: 7, quote: 'ca 20 miljoner kronor' } } : {}) },
  });
  const NB = '\u00a0';

  it('is "cirka" on the grant page, with no exact figure beside it; an exact total keeps both', () => {
    expect(grantPage(spec(true)).total?.text).toBe('cirka 20 miljoner kronor');
    expect(grantPage(spec(true)).totalExact).toBeUndefined();
    expect(grantPage(spec(false)).total?.text).toBe('20 miljoner kronor');
    expect(grantPage(spec(false)).totalExact).toBe(`20${NB}000${NB}000 kronor`);
  });

  it('is "cirka" where a recipient\'s page gives the total for want of a key', () => {
    expect(keyText(spec(true), 'kommun')).toBe(`Totalt cirka 20${NB}000${NB}000 kronor; anvisningen anger inte beloppet per kommun.`);
    expect(keyText(spec(false), 'kommun')).toBe(`Totalt 20${NB}000${NB}000 kronor; anvisningen anger inte beloppet per kommun.`);
  });

  it('is never an exact figure in the checklist (the checklist states no total)', () => {
    const all = checklist(spec(true)).flatMap((s) => s.items.map((i) => `${i.text} ${i.when ?? ''} ${i.quote ?? ''}`)).join('\n');
    expect(all).toContain('Rekvirera senast');
    expect(all).not.toMatch(/20[\s\u00a0]?000[\s\u00a0]?000|20 miljoner/u);
  });

  it('gives no rest of the total to compute an allocation from, and no sum a list must meet', () => {
    const part = { to: 'kommun' as const, key: 'per-capita' as const };
    const other = { to: 'region' as const, amount: 5_000_000 };
    expect(withRest([{ index: 0, part }], [part, other], exactTotal(spec(false).funding))[0]!.part.amount).toBe(15_000_000);
    expect(withRest([{ index: 0, part }], [part, other], exactTotal(spec(true).funding))[0]!.part.amount).toBeUndefined();
  });
});
