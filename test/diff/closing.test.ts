import { describe, expect, it } from 'vitest';
import { closingChange, closingDays } from '../../specs/diff/closing.js';
import { textSentences } from '../../specs/diff/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { normalizeForQuote } from '../../specs/quote.js';
import type { GrantSpec } from '../../specs/schema/index.js';

// A last day to apply written without a year is compared by day and month between the two texts
// (specs/diff/closing.ts), only where neither spec states a closing day: never turned into a date.
const change = (a: string, b: string): ReturnType<typeof closingChange> => closingChange(textSentences(a), textSentences(b), normalizeForQuote(a), normalizeForQuote(b));

describe('yearless closing days', () => {
  it('reads the day and month of a deadline sentence about applying', () => {
    expect(closingDays(textSentences('Fram till den 31 maj kan föreningar söka bidrag.\nRedovisning senast den 31 augusti.')).map((d) => d.day)).toEqual(['31 maj']);
    expect(closingDays(textSentences('Sista ansökningsdagen för föregående år är den 28 februari.')).map((d) => d.day)).toEqual(['28 februari']);
    // a day with its year is the extractor's (a dated requisition.closes), not this pass's
    expect(closingDays(textSentences('Ansökan ska vara inne senast 31 mars 2017.'))).toEqual([]);
  });
  it('reports another day as changed, a day no longer written as no longer stated, the same day as nothing', () => {
    expect(change('Sista ansökningsdag 31 oktober.', 'Sista ansökningsdag 30 april.')).toMatchObject({ kind: 'changed', old: { day: '31 oktober' }, new: { day: '30 april' } });
    expect(change('Här ansöker du om bidrag senast 26 april.', 'Här ansöker du om bidrag.')).toMatchObject({ kind: 'removed', old: { day: '26 april' } });
    expect(change('Här ansöker du om bidrag.', 'Här ansöker du om bidrag senast 26 april.')).toMatchObject({ kind: 'added', new: { day: '26 april' } });
    expect(change('Ansökan ska vara inne senast 31 mars.', 'Du kan söka bidrag senast den 31 mars.')).toBeUndefined();
    // the day still written in the new text, in another sentence: not gone
    expect(change('Här ansöker du om bidrag senast 26 april.', 'Ansökningar som kommer in efter 26 april behandlas inte.')).toBeUndefined();
  });
  it('becomes one change of requisition.closes, from the texts, only where neither spec has a closing day', () => {
    const spec = (closes?: string): GrantSpec => ({ spec: 1, kind: 'anvisning', id: 'x', title: 'Bidrag till sommarlovsaktiviteter', source: { path: 'x.txt', sha256: 'a'.repeat(64) }, ...(closes ? { requisition: { closes } } : {}), evidence: closes ? { 'requisition.closes': { line: 1, quote: 'senast 26 april 2019' } } : {} } as GrantSpec);
    const oldText = 'Här ansöker du om bidrag för sommarlovsaktiviteter senast 26 april.';
    const newText = 'Här ansöker du om bidrag för sommarlovsaktiviteter.';
    const r = diffSpecs(spec(), spec(), { oldText, newText });
    expect(r.changes.filter((c) => c.path === 'requisition.closes')).toMatchObject([{ kind: 'removed', from: 'text', no_longer_stated: true, evidence: { old: { line: 1, quote: oldText } } }]);
    expect(r.changes.some((c) => 'shift_days' in c)).toBe(false);
    // a dated closing day in a spec is the spec diff's: the text pass says nothing more
    expect(diffSpecs(spec('2019-04-26'), spec(), { oldText, newText }).changes.filter((c) => c.path === 'requisition.closes' && c.from === 'text')).toEqual([]);
  });
});
