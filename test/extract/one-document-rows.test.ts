import { describe, expect, it } from 'vitest';
import { TABLES } from '../../extract/cues/index.js';
// @ts-expect-error a plain script of the corpus tools, without types
import { corpusTexts, oneDocumentRows } from '../fixtures/corpus/one-document-rows.mjs';

// A cue row whose examples all come from one document generalises from one agency's sentence: it
// wants a second real phrasing (dev corpus or seeds) as an example, or a note that says none was
// found ("one document: …"). The list is test/fixtures/corpus/one-document-rows.mjs's; this keeps
// it visible both ways: a new one-document row without a note fails, and so does a note that is no
// longer true (a second text now holds an example: drop the note).

type Row = { id: string; note?: string };
const rows = (oneDocumentRows(TABLES, corpusTexts(process.cwd())) as Array<{ table: string; row: Row }>);
const one = new Set(rows.map((r) => `${r.table} ${r.row.id}`));

describe('cue rows whose examples all come from one document', () => {
  it('each says so in its note', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.row.note?.startsWith('one document:')).map((r) => `${r.table} ${r.row.id}`)).toEqual([]);
  });
  it('and no other row carries such a note', () => {
    const noted = Object.entries(TABLES).flatMap(([table, list]) => list.filter((r) => r.note?.startsWith('one document:')).map((r) => `${table} ${r.id}`));
    expect(noted.filter((k) => !one.has(k))).toEqual([]);
  });
  it('a heading row whose example other texts hold only inside longer lines is among them', () => {
    // "Till vad?" (dev 1253's bare heading) is also in dev 569's "Vem kan söka och till vad?", a line the row does not hold for
    // (the row itself now has its second phrasing, dev 1859's "För vad?": asked here with its first example alone)
    const tillVad = TABLES['lists.USE_HEADINGS']!.find((r) => r.id === 'till-vad')!;
    const alone = oneDocumentRows({ probe: [{ ...tillVad, examples: ['Till vad?'] }] }, corpusTexts(process.cwd())) as Array<{ row: Row }>;
    expect(alone.map((r) => r.row.id)).toEqual(['till-vad']);
  });
  it('the rows given a second phrasing are no longer among them', () => {
    for (const k of ['dates.WINDOW_LABELS label-utlysningsdatum', 'dates.OPEN_WORDS word-oppnar', 'funding.TOTAL_CUES summa-kommer-fordelas', 'funding.TOTAL_CUES sum-varav-till-grupper', 'funding.TOTAL_CUES uppdrag-att-fordela-cirka', 'lists.USE_HEADINGS till-vad', 'diff.ELIGIBILITY_SENTENCES beviljas-till', 'lists.CONDITION_SENTENCES sokas-av-som-inte-ar', 'recipients.NOT_RECIPIENT_NAMES channel-via-the-kommun', 'year.SEVERAL_YEARS open-range-of-years', 'title.CHROME_LINES image-alt', 'title.CHROME_LINES my-kommun-link', 'title.CHROME_LINES alert-banner', 'year.YEAR_PHRASES budgetaret', 'references.OWN_SFS_NUMBER sfs-number-title', 'recipients.ORGANISATIONS_APPLY ge-stod-till-organisationer', 'title.CHROME_LINES stale-post-notice']) {
      expect(one.has(k), k).toBe(false);
    }
  });
});
