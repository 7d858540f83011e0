import { describe, expect, it } from 'vitest';
import { checklistCsv, csvCell } from '../../site/checklists.js';

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
