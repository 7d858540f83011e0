import { describe, expect, it } from 'vitest';
import { fold } from '../../specs/diff/index.js';
import { amountForms, isStatusLine, statesDate, statesRecipient, statesYearless, stillStated } from '../../specs/diff/stated.js';
import { normalizeForQuote } from '../../specs/quote.js';

const n = normalizeForQuote;

describe('what a text still states', () => {
  it('finds a date in words or digits, the same calendar day a year on, and never inside another number', () => {
    expect(statesDate(n('Sista ansökningsdag är den 1 oktober 2017.'), '2017-10-01')).toBe(true);
    expect(statesDate(n('Sista ansökningsdag: 2018-10-01'), '2017-10-01', 1)).toBe(true);
    expect(statesDate(n('senast den 16 mars 2026'), '2026-03-06')).toBe(false);
  });
  it('takes a day and month with no year after it as a yearless date, not one with a year', () => {
    expect(statesYearless(n('Ansökningsperioden påbörjas den 1 augusti och pågår fram till den 1 oktober 2017.'), '2018-08-01')).toBe(true);
    expect(statesYearless(n('kan sökas från den 1 augusti 2017'), '2018-08-01')).toBe(false);
    expect(statesYearless(n('den 11 augusti'), '2018-08-01')).toBe(false);
  });
  it('writes amounts as texts do', () => {
    expect(amountForms(125_000_000)).toEqual(expect.arrayContaining(['125 000 000', '125 miljoner']));
    expect(amountForms(1_395_000_000)).toEqual(expect.arrayContaining(['1,395 miljarder', '1 395 000 000']));
    expect(stillStated(n('Statsbidraget omfattar 125 miljoner kronor.'), 'funding.total', 125_000_000, 0)).toBe(true);
    expect(stillStated(n('Statsbidraget omfattar 1 125 000 000 kronor.'), 'funding.total', 125_000_000, 0)).toBe(false);
    expect(stillStated(n('Statsbidraget omfattar 125 000 000 000 kronor.'), 'funding.total', 125_000_000, 0)).toBe(false);
  });
  it('reads a whole calendar year as stated by its last day alone, and no other period so', () => {
    const old = n('Avtalen ska gälla som längst t.o.m. den 31 december 2025.');
    expect(stillStated(old, 'usage_period', { from: '2026-01-01', to: '2026-12-31' }, -1)).toBe(true);
    // the year's last day of another year, or a period that is not the whole year, is not the same period
    expect(stillStated(old, 'usage_period', { from: '2026-01-01', to: '2026-12-31' }, 0)).toBe(false);
    expect(stillStated(old, 'usage_period', { from: '2026-07-01', to: '2026-12-31' }, -1)).toBe(false);
    // a 31 December that ends no period (a deadline) does not state the year as a period
    const deadline = n('Rekvisition av medlen ska göras senast den 31 december 2025.');
    expect(stillStated(deadline, 'usage_period', { from: '2026-01-01', to: '2026-12-31' }, -1)).toBe(false);
    expect(stillStated(n('Medlen får användas till och med den 31 december 2025.'), 'usage_period', { from: '2026-01-01', to: '2026-12-31' }, -1)).toBe(true);
  });
  it('takes a compound of an organisation noun as an organisation, in a sentence about the grant only', () => {
    expect(statesRecipient(n('Yrkesföreningar för fysisk aktivitet får under 2024 rekvirera 1,7 miljoner kronor.'), 'organisation')).toBe(true);
    expect(statesRecipient(n('Yrkesföreningar för fysisk aktivitet har funnits sedan 1990.'), 'organisation')).toBe(false);
    expect(statesRecipient(n('Yrkesföreningar för fysisk aktivitet får under 2024 rekvirera 1,7 miljoner kronor.'), 'kommun')).toBe(false);
  });
  it('finds a recipient type only in a sentence about the grant', () => {
    expect(statesRecipient(n('Bidragen kan sökas av kommuner, ideella sammanslutningar eller kombinationer av dessa.'), 'kommun')).toBe(true);
    expect(statesRecipient(n('Sverige har 290 kommuner.'), 'kommun')).toBe(false);
    expect(statesRecipient(n('Utbetalning av medel till kommuner och regioner för tillsyn.'), 'länsstyrelse')).toBe(false);
  });
  it('finds objects by the key that names them, and an enum only by a Swedish word', () => {
    expect(stillStated(n('Kontakt: Lova.Vasterbotten@lansstyrelsen.se'), 'contacts', { email: 'lova.vasterbotten@lansstyrelsen.se' }, 0)).toBe(true);
    expect(stillStated(n('enligt förordningen (2018:49)'), 'legal_basis', { ref: '2018:49', kind: 'förordning' }, 0)).toBe(true);
    expect(stillStated(n('Ansökan görs via e-tjänsten.'), 'requisition.form', 'ansökan', 0)).toBe(true);
    expect(stillStated(n('Utbetalning sker i juni.'), 'dates.role', 'payment', 0)).toBe(false);
  });
  it('finds a name in its genitive, not inside a longer word', () => {
    expect(stillStated(n('Prenumerera på Socialstyrelsens nyhetsbrev.'), 'agency', 'Socialstyrelsen', 0)).toBe(true);
    expect(stillStated(n('Kontakta Socialstyrelsenkontoret.'), 'agency', 'Socialstyrelsen', 0)).toBe(false);
    expect(stillStated(n('Boverkets regler gäller.'), 'agency', 'Socialstyrelsen', 0)).toBe(false);
    expect(stillStated(n('Rekvisitions- och redovisningsperioden löper ut i mars.'), 'requisition.form', 'rekvisition', 0)).toBe(false);
    expect(stillStated(n('Ansökans- och beslutsprocessen ändras.'), 'requisition.form', 'ansökan', 0)).toBe(false);
  });
});

describe('noise', () => {
  it('knows a page\'s own status lines from the grant\'s sentences', () => {
    expect(isStatusLine('Tid kvar att ansöka: 129 dagar')).toBe(true);
    expect(isStatusLine('Senast uppdaterad 2024-01-09')).toBe(true);
    expect(isStatusLine('Stängt för ansökan 01 juni 2018')).toBe(false);
    expect(isStatusLine('Sista ansökningsdag: 2025-04-17')).toBe(false);
  });
  it('takes ideella sammanslutningar and föreningar for organisations', () => {
    expect(statesRecipient(n('Bidragen kan sökas av kommuner, ideella sammanslutningar eller kombinationer av dessa.'), 'organisation')).toBe(true);
  });
});

describe('one event, one line', () => {
  it('says a window day once and folds a dated event\'s wording into its date', () => {
    const raw = [
      { path: 'requisition.opens', field: 'requisition.opens', kind: 'changed' as const, old: '2021-02-25', new: '2022-03-01' },
      { path: 'dates.0.date', field: 'dates.date', kind: 'changed' as const, old: '2021-02-25', new: '2022-03-01' },
      { path: 'dates.0.text', field: 'dates.text', kind: 'changed' as const, old: 'Utlysningsdatum: 2021-02-25', new: 'Utlysningsdatum: 2022-03-01' },
      { path: 'dates.1.date', field: 'dates.date', kind: 'changed' as const, old: '2021-11-30', new: '2022-11-30' },
      { path: 'dates.1.text', field: 'dates.text', kind: 'changed' as const, old: 'a', new: 'b' },
    ];
    expect(fold(raw).map((r) => r.path)).toEqual(['requisition.opens', 'dates.1.date']);
  });
});

describe('an added rule item of a word or three', () => {
  it('is added though its word stands in the old text in another sentence; the recipients\' noun still counts as stated', async () => {
    const { loadSpec } = await import('../../specs/load.js');
    const { diffSpecs } = await import('../../specs/diff/index.js');
    const { readFileSync } = await import('node:fs');
    const [a, b] = await Promise.all(['2025', '2026'].map(async (y) => (await loadSpec(`specs/tillganglighet-och-vardkapacitet/${y}.yaml`)).spec!));
    const oldText = readFileSync('sources/2025/tillganglighet-och-vardkapacitet.txt', 'utf8');
    const newText = readFileSync('sources/2026/tillganglighet-och-vardkapacitet.txt', 'utf8');
    // 2025 names a produktionsplan only as a condition ("ta fram en produktionsplan …"); 2026 lists it among what is reported
    expect(oldText).toContain('ta fram en produktionsplan');
    const r = diffSpecs(a!, b!, { oldText, newText });
    expect(r.changes.filter((c) => c.path.startsWith('reporting.content') && c.kind === 'added' && c.new === 'Produktionsplan')).toHaveLength(1);
    expect(r.gaps.filter((g) => g.path.startsWith('reporting.content'))).toEqual([]);
    // the recipients' noun is not such an item: "huvudmän" still stands in the old text's sentence about who applies
    const [e, f] = await Promise.all(['2018', '2020'].map(async (y) => (await loadSpec(`specs/elevhalsa-och-specialpedagogik/${y}.yaml`)).spec!));
    const r2 = diffSpecs(e!, f!, { oldText: readFileSync('sources/2018/elevhalsa-och-specialpedagogik.txt', 'utf8'), newText: readFileSync('sources/2020/elevhalsa-och-specialpedagogik.txt', 'utf8') });
    expect(r2.changes.filter((c) => c.path.startsWith('recipients.types'))).toEqual([]);
  });
});
