import { describe, expect, it } from 'vitest';
import { closingChange } from '../../specs/diff/closing.js';
import { partOfStatedPool } from '../../specs/diff/figures.js';
import { textSentences } from '../../specs/diff/text.js';
import { normalizeForQuote } from '../../specs/quote.js';
import { byRun, probeTests, type Probe, type ProbeRun } from './probe.js';

// review87c (stop 65): fresh-eyes near-miss probes of h/report87's gate and kind rows (GRANT_TEXT_EVIDENCE report-with-money-account,
// report-sent-to-us, report-after-activity, grantee-report; GRANT_GIVEN's "hur pengarna har använts"; KIND_EVIDENCE entry-format-hint,
// length-range-label; PRINTED_FORM_HEADS report-head-en-bare; OTHER_EVENT_HEAD's report heads; DATE_ROLES handed-in-under-report-head)
// and of h/diff87's rules (closing.ts DATED_LAST_DAY_SENTENCES, figures.ts partOfStatedPool). Constructed texts, my own sentences (no
// corpus text): each sets a row's words where the value must be other or none — an expense claim, an insurance claim, a project
// model's report to its owner, an association's own accounts, a municipality's annual report, an application with one format hint,
// an application deadline under a report's head, a decision's day under a report's head — and one positive probe per row group in
// other words than its examples. `run: 'fails'` keeps a wrong or lost value in view with the reason beside it.

type P = Probe & { readonly row: string; readonly run?: ProbeRun };

const K = 'kind';

const PROBES: P[] = [
  // the gate: a text about a report that is no grant text stays refused
  { id: 'G1', row: 'report-sent-to-us', field: K, want: 'refused',
    text: 'Reseräkning\n\nEfter tjänsteresan ska du lämna en rapport till oss med kvitton för hotell och resor. Ersättningen betalas ut med nästa lön.' },
  // (open: GRANT_WORDS' older reading of a final report with an economic account as money granted, "slutrapport … ekonomisk
  // sammanställning", names it a grant text before any report87 row; the new rows and project-report-rule now leave it alone)
  { id: 'G2', row: 'report-with-money-account', field: K, want: 'refused', run: 'fails',
    text: 'Projekthandbok\n\nNär projektet är avslutat ska projektledaren lämna en slutrapport med en ekonomisk sammanställning till projektägaren. Mallen finns på intranätet.' },
  { id: 'G3', row: 'report-with-money-account', field: K, want: 'refused',
    text: 'Kassörens uppgifter\n\nKassören lämnar varje år en redovisning med kopior på kvitton till revisorerna före årsmötet. Räkenskapsåret är kalenderår.' },
  { id: 'G4', row: 'report-after-activity', field: K, want: 'refused',
    text: 'Expense policy\n\nAfter the event is over, staff must submit a report with copies of receipts to the finance office. Claims are paid with the next salary.' },
  { id: 'G5', row: 'report-sent-to-us', field: K, want: 'refused',
    text: 'Vattenskada i lägenheten\n\nHar du fått en vattenskada? Skicka en skaderapport och kvitton på det du har köpt till oss, så hör vår handläggare av sig.' },
  { id: 'G6', row: 'grant-given-words (hur pengarna har använts)', field: K, want: 'refused',
    text: 'Kommunens årsredovisning\n\nI årsredovisningen kan du läsa hur pengarna har använts under året. Den fastställs av kommunfullmäktige i april.' },
  { id: 'G7', row: 'report-after-activity', field: K, want: 'refused',
    text: 'Konsultuppdrag\n\nNär insatsen är avslutad ska konsulten skicka in en rapport och en faktura till beställaren. Betalning sker inom 30 dagar.' },
  // positive: a reporting page in other words than the rows' examples
  { id: 'G8', row: 'report-after-activity + report-with-money-account', field: K, want: 'anvisning',
    text: 'Återrapportering\n\nNär evenemanget är genomfört ska föreningen skicka in en rapport. Bifoga en ekonomisk redovisning med kvitton. Rapporten ska ha kommit in senast den 30 november 2025.' },
  // (lost, open: "Rapporten ska ha kommit in senast …" gives no due day where "Redovisningen ska ha kommit in senast …" does)
  { id: 'G8d', row: 'report-after-activity + report-with-money-account', field: 'reporting.due', want: '2025-11-30', run: 'fails',
    text: 'Återrapportering\n\nNär evenemanget är genomfört ska föreningen skicka in en rapport. Bifoga en ekonomisk redovisning med kvitton. Rapporten ska ha kommit in senast den 30 november 2025.' },
  // kind: an anvisning with one entry hint or one length label stays an anvisning
  { id: 'K1', row: 'entry-format-hint', field: K, want: 'anvisning',
    text: 'Bidrag till ledarutbildning\n\nIdeella föreningar kan söka bidrag för utbildning av ungdomsledare. Bidraget är högst 5 000 kronor per ledare. Ange ledarens namn och personnummer (ÅÅÅÅMMDD-XXXX) i ansökan. Sista ansökningsdag är den 31 mars 2026.' },
  { id: 'K2', row: 'entry-format-hint', field: K, want: 'anvisning',
    text: 'Stöd till lokala kulturprojekt\n\nFöreningar och enskilda kulturutövare kan söka stöd för kulturprojekt i kommunen. Skriv föreningens organisationsnummer (XXXXXX-XXXX) på första sidan av ansökan. Ansökan ska vara inne senast den 15 april 2026.' },
  { id: 'K3', row: 'length-range-label', field: K, want: 'anvisning',
    text: 'Utlysning: innovationsprojekt 2026\n\nSmå och medelstora företag kan söka upp till 500 000 kronor för att utveckla en ny tjänst. Ansökan ska innehålla:\n\nProjektbeskrivning – 2 000–4 000 tecken, med mål, genomförande och tidsplan.\n\nSista dag att ansöka är den 10 maj 2026.' },
  { id: 'K4', row: 'report-head-en-bare', field: K, want: { not: 'form' },
    text: "Grantee's Final Report\n\nAll grantees must submit a final report within 60 days after the end of the grant period. The report should describe the activities carried out and include a statement of expenditure. Reports are due on 1 June 2026." },
  // dates: an application deadline under a heading that names the report too stays closes
  { id: 'D1', row: 'other-event-head / handed-in-under-report-head', field: 'requisition.closes', want: '2026-03-01',
    text: 'Bidrag till föreningar\n\nFöreningar i kommunen kan söka verksamhetsbidrag.\n\nRedovisning och ansökan\n\nFör att få nästa års bidrag ska föreningen redovisa förra årets bidrag. Sista ansökningsdag är den 1 mars 2026.' },
  { id: 'D2', row: 'other-event-head', field: 'requisition.closes', want: '2026-04-15',
    text: 'Stöd till lovaktiviteter\n\nFöreningar kan söka stöd för aktiviteter under sommarlovet.\n\nRedovisning och ansökan\n\nDeadline: 15 april 2026' },
  // dates: a decision's or a payment's day under a report's head is no report's due day
  { id: 'D3', row: 'handed-in-under-report-head', field: 'reporting.due', want: { not: '2026-06-15' },
    text: 'Bidrag till studieförbund\n\nStudieförbund kan söka bidrag för cirklar. Sista ansökningsdag är den 1 april 2026.\n\nÅrsrapport\n\nBesked om beslut lämnas senast den 15 juni 2026.' },
  { id: 'D4', row: 'handed-in-under-report-head', field: 'reporting.due', want: { not: '2026-03-31' },
    text: 'Bidrag till hembygdsföreningar\n\nHembygdsföreningar kan söka bidrag för sin verksamhet.\n\nVerksamhetsrapport\n\nAnsökningsblanketten skickas in senast den 31 mars 2026.' },
  // positive: the report's day under its head, the sentence naming only the form
  // (lost, open: "fylls i" (present passive) is not among the row's verbs, "fyllas i" is; adding it alone did not bring the day)
  { id: 'D5', row: 'handed-in-under-report-head', field: 'reporting.due', want: '2026-09-30', run: 'fails',
    text: 'Bidrag till fritidsgårdar\n\nFöreningar som driver fritidsgårdar kan söka bidrag. Sista ansökningsdag är den 1 mars 2026.\n\nLägesrapport\n\nBlanketten fylls i senast den 30 september 2026.' },
];

describe('review87c: report87 gate, kind and date rows against near misses', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.row}: ${p.field}`, byRun);
});

// the diff: a yearless last day against a dated one (DATED_LAST_DAY_SENTENCES) must still be reported when the day really moved
const change = (a: string, b: string): ReturnType<typeof closingChange> => closingChange(textSentences(a), textSentences(b), normalizeForQuote(a), normalizeForQuote(b));

describe('review87c: diff87 closing and pool rules against near misses', () => {
  it('C1 a yearless last day, then a dated one on another day: the old day is no longer stated', () => {
    expect(change('Ansökan ska vara inne senast den 15 september.', 'Sista ansökningsdag är 1 oktober 2020.')).toMatchObject({ kind: 'removed', old: { day: '15 september' } });
  });
  it('C2 a dated last day, then a yearless one on another day: the new day is added', () => {
    expect(change('Sista ansökningsdag är 15 september 2019.', 'Ansökan ska vara inne senast den 1 oktober.')).toMatchObject({ kind: 'added', new: { day: '1 oktober' } });
  });
  it('C3 the yearless day moved, the new text dates the old day as a report day: still reported', () => {
    expect(change('Ansökan ska vara inne senast den 15 september.', 'Ansökan ska vara inne senast den 1 oktober. Redovisningen ska ha kommit in senast den 15 september 2021.')).toBeDefined();
  });
  it('C4 the same day with its year in the new text: nothing', () => {
    expect(change('Ansökan ska vara inne senast den 15 september.', 'Ansökan ska vara inne senast den 15 september 2020.')).toBeUndefined();
  });
  it('P1 a pool both years name and a smaller call the new year adds: a part', () => {
    expect(partOfStatedPool(3_000_000, 'Under 2023 disponerar länsstyrelserna 40 miljoner kronor.', 'Under 2024 disponerar länsstyrelserna 40 miljoner kronor. Den nationella utlysningen omfattar totalt 3 miljoner kronor.')).toBe(true);
  });
  it('P2 a sum both years state that is no pool of the year (all the foundation has given since its start): the total stays the total', () => {
    expect(partOfStatedPool(3_000_000, 'Sedan starten har stiftelsen delat ut 100 miljoner kronor.', 'Sedan starten har stiftelsen delat ut 100 miljoner kronor. I år fördelas totalt 3 miljoner kronor.')).toBe(false);
  });
  it('P3 a maximum per project both years state above the new total: the total stays the total', () => {
    expect(partOfStatedPool(3_000_000, 'Ett projekt kan få högst 5 miljoner kronor.', 'Ett projekt kan få högst 5 miljoner kronor. I år fördelas totalt 3 miljoner kronor.')).toBe(false);
  });
});
