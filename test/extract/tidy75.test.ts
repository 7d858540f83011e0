import { describe, expect, it } from 'vitest';
import { DATE_ROLES, LAST_DAY_TO_REPORT } from '../../extract/cues/dates.js';
import { ORGANISATIONS_APPLY } from '../../extract/cues/recipients.js';
import { DUE_CUES } from '../../extract/cues/reporting.js';
import { checkProbe, probeTests, type Probe } from './probe.js';

// tidy75 (issues 12/14, code quality): notions left duplicated at stop 53, made one, every output byte-identical.

// The report's day of last year's grant (cues/dates.ts LAST_YEARS_GRANT). fields/reporting.ts reads a report's day two ways: in
// a reporting sentence (dueIn), where the guard turns every due row and the report's window away, and as "Label: day", a
// label line above a day (dueBelowLabel), where only the rows that carry the guard themselves (sista-dag-att-redovisa) were
// turned away. The second reader's gap, named here and left in the tidy, closed by open77: the label "Redovisning senast" over
// "15 februari 2026 för föreningar som fick bidrag förra året." gave last year's report day as this grant's.
const PAGE = (lines: string): string => `Föreningsbidrag 2026\n\nFöreningar i kommunen kan söka bidrag för sin verksamhet. Ansök senast den 1 mars 2026.\n\n${lines}\n\nBidraget får användas till föreningens ordinarie verksamhet.\n`;

const GUARDED: readonly Probe[] = [
  // the sentence reader: last year's grant in the sentence, no due day
  { id: 'g1', field: 'reporting.due', want: null, text: PAGE('Redovisning senast den 15 februari 2026 för föreningar som fick bidrag förra året.') },
  // the label reader, through a row that carries the guard
  { id: 'g2', field: 'reporting.due', want: null, text: PAGE('Sista dag för redovisning av förra årets bidrag:\n\n15 februari 2026') },
  // keep: this grant's own report day under the same label
  { id: 'k1', field: 'reporting.due', want: '2027-02-15', text: PAGE('Redovisning senast\n\n15 februari 2027') },
];

describe('tidy75: last year\'s report day (LAST_YEARS_GRANT) in the sentence reader and the label reader', () => {
  probeTests(GUARDED, (p) => `${p.id} ${p.field}`);
  // the gap, closed by open77: the label reader reads LAST_YEARS_GRANT in the label's line too (fields/reporting.ts dueBelowLabel)
  it('gap closed: a label line over a day of last year\'s grant gives no due day (dueBelowLabel reads LAST_YEARS_GRANT)', async () => {
    await checkProbe({ id: 'gap', field: 'reporting.due', want: null, text: PAGE('Redovisning senast\n\n15 februari 2026 för föreningar som fick bidrag förra året.') });
  });
});

describe('tidy75: one row, one flag', () => {
  it('reads "sista dag att redovisa" by one shared row in the date roles and the due rows', () => {
    const role = DATE_ROLES.find((r) => r.id === 'reporting-last-day')!;
    const due = DUE_CUES.find((r) => r.id === 'sista-dag-att-redovisa')!;
    expect(role.cue).toBe(LAST_DAY_TO_REPORT.cue);
    expect(due.cue).toBe(LAST_DAY_TO_REPORT.cue);
    expect(role.unless).toBe(LAST_DAY_TO_REPORT.unless);
    expect(due.unless).toBe(LAST_DAY_TO_REPORT.unless);
  });
  it('flags the organisations-apply rows that read organisations indirectly on the rows themselves', () => {
    expect(ORGANISATIONS_APPLY.filter((r) => r.indirect).map((r) => r.id).sort()).toEqual(['bidrag-som-delas-ut-till-organisationer', 'din-forening-uppfyller-villkor-for-bidrag', 'organisationer-som-far-bidrag-ska', 'syftet-forutsattningar-for-organisationer']);
  });
});
