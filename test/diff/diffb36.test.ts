import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb36 (issue 14): diff pairs batch 36 (Region Örebro län's främjandestöd litteratur 2021 → 2024, Region
// Västmanland's kulturstipendier 2019 → 2025, Robertsfors kommun's driftsbidrag / verksamhetsbidrag till kulturföreningar),
// its false alarms and misses fixed by class. Each class: the batch's case, a paraphrase in another body's words, and a
// rewording or counter-probe that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const fixture = (name: string): string => readFileSync(`test/fixtures/diff/${name}`, 'utf8');
const paths = (a: string, b: string): string => changes(a, b).join('\n');

describe('false alarm: a yearless last day in figures with a slash is the same day as in words (closing.ts senast-snedstreck-utan-ar, text.ts DATE_WORDS)', () => {
  it('Robertsfors about 2021 → later (diff q354, q355): "senast 15/12 varje år" → "senast 15 december varje år" reports no closing day nor requirement', () => {
    const out = paths(fixture('q354-robertsfors-driftsbidrag-kulturforeningar-2021.txt'), fixture('q355-robertsfors-driftbidrag-kulturforeningar-senare.txt'));
    expect(out).not.toMatch(/^requisition\.(?:closes|requires) /mu);
  });
  it('Robertsfors 2013 → about 2021 (dev 1491, diff q354): "inlämnas före 1 mars" → "senast 15/12" is the closing day changed', () => {
    const out = paths(readFileSync('test/corpus/dev/1491-robertsfors-driftsbidrag-kulturforeningar.txt', 'utf8'), fixture('q354-robertsfors-driftsbidrag-kulturforeningar-2021.txt'));
    expect(out).toMatch(/^requisition\.closes \| changed /mu);
  });
  it('a paraphrase in another body\'s words: another day in figures is a change, the same day in words none', () => {
    const head = 'Lokalt aktivitetsstöd\n\nFöreningar i kommunen kan söka stödet för sin verksamhet.\n\n';
    expect(paths(`${head}Ansökan ska ha kommit in senast den 1/3.\n`, `${head}Ansökan ska ha kommit in senast den 1 april.\n`)).toMatch(/^requisition\.closes \| changed /mu);
    expect(paths(`${head}Ansökan ska ha kommit in senast den 1/3.\n`, `${head}Ansökan ska ha kommit in senast den 1 mars.\n`)).not.toMatch(/^requisition\./mu);
  });
  it('counter-probes: a report\'s day or a share in figures is no closing day', () => {
    const head = 'Lokalt aktivitetsstöd\n\nFöreningar i kommunen kan söka stödet för sin verksamhet.\n\n';
    expect(paths(`${head}Redovisningen ska vara inlämnad senast 15/12.\n`, `${head}Redovisningen ska vara inlämnad senast 1/3.\n`)).not.toMatch(/^requisition\.closes /mu);
    expect(paths(`${head}Ansökan kan beviljas med senast 1/3 av kostnaden.\n`, `${head}Ansökan kan beviljas med senast 1/2 av kostnaden.\n`)).not.toMatch(/^requisition\.closes /mu);
  });
});

describe('false alarm: a day in another grant\'s section of an overview page (closing.ts otherGrantsSection, GRANT_SECTION_HEADINGS)', () => {
  it('Region Västmanland 2019 → 2025 (diff q352, q353): the verksamhetsbidrag\'s "Sista ansökningsdag är 1 oktober." is not the stipend\'s', () => {
    const out = paths(fixture('q352-region-vastmanland-kulturstipendier-2019.txt'), fixture('q353-region-vastmanland-kulturstipendier-och-hedersgava-2025.txt'));
    expect(out).not.toMatch(/^requisition\.closes /mu);
  });
  const overview = 'Bidrag och stipendier\n\nKommunen delar ut bidrag och stipendier.\n\nFöreningsbidrag\n\nFöreningar i kommunen kan söka bidrag för sin verksamhet. Sista ansökningsdag är 1 mars.\n\nLedarstipendium\n\nStipendiet kan sökas av unga ledare i kommunen.\n';
  it('a paraphrase: an overview page of a föreningsbidrag and a stipend → the stipend\'s own page', () => {
    const stipend = 'Ledarstipendium\n\nStipendiet kan sökas av unga ledare i kommunen. Ansökan görs i e-tjänsten.\n';
    expect(paths(overview, stipend)).not.toMatch(/^requisition\.closes /mu);
  });
  it('counter-probe: the same grant\'s page that drops its day still reports it', () => {
    const later = 'Bidrag och stipendier\n\nKommunen delar ut bidrag och stipendier.\n\nFöreningsbidrag\n\nFöreningar i kommunen kan söka bidrag för sin verksamhet.\n\nLedarstipendium\n\nStipendiet kan sökas av unga ledare i kommunen.\n';
    expect(paths(overview, later)).toMatch(/^requisition\.closes \| removed /mu);
  });
});

describe('false alarm: a page\'s opening line naming the kinds the old text named in the grant\'s own name (eligibility.ts GRANT_NAME_FOR_SENTENCES)', () => {
  it('Robertsfors news 2020 → page (diff q357, q356): "Verksamhetsbidrag till kulturföreningar" is no new recipients', () => {
    const out = paths(fixture('q357-robertsfors-dags-att-ansoka-om-kulturbidrag-2021.txt'), fixture('q356-robertsfors-verksamhetsbidrag-kulturforeningar.txt'));
    expect(out).not.toMatch(/^recipients/mu);
  });
  it('a paraphrase: the driftsbidrag for idrottsföreningar named in a news item, then as the page\'s heading', () => {
    const a = 'Driftsbidrag 2025\n\nDet är dags att ansöka om det årliga driftsbidraget för idrottsföreningar. Ansökan görs i e-tjänsten.\n';
    const b = 'Driftsbidrag till idrottsföreningar\n\nAnsökan görs i e-tjänsten.\n';
    expect(paths(a, b)).not.toMatch(/^recipients/mu);
  });
  it('counter-probe: a heading naming other kinds than the old text\'s grant name is still new recipients', () => {
    const a = 'Driftsbidrag 2025\n\nDet är dags att ansöka om det årliga driftsbidraget för idrottsföreningar. Ansökan görs i e-tjänsten.\n';
    const b = 'Bidrag till studieförbund och kulturföreningar\n\nAnsökan görs i e-tjänsten.\n';
    expect(paths(a, b)).toMatch(/^recipients/mu);
  });
});

describe('miss: an applicant\'s age bound stated anew (eligibility.ts AGE_LIMIT_SENTENCES, ageLimitChange)', () => {
  it('Region Örebro län 2021 → 2024 and Region Västmanland 2019 → 2025 (diff q350–q353): "över 18 år … kan söka" is a change of recipients', () => {
    expect(paths(fixture('q350-region-orebro-litteraturstipendium-2021.txt'), fixture('q351-region-orebro-framjandestod-litteratur-2024.txt'))).toMatch(/^recipients \| added .*över 18 år/mu);
    expect(paths(fixture('q352-region-vastmanland-kulturstipendier-2019.txt'), fixture('q353-region-vastmanland-kulturstipendier-och-hedersgava-2025.txt'))).toMatch(/^recipients \| added .*över 18 år/mu);
  });
  const head = 'Ungdomsstipendium\n\nKommunen delar varje år ut ett ungdomsstipendium.\n\n';
  it('a paraphrase in another body\'s words: a bound changed, a bound stated', () => {
    expect(paths(`${head}Stipendiet kan sökas av personer mellan 16 och 25 år som bor i kommunen.\n`, `${head}Stipendiet kan sökas av personer mellan 18 och 30 år som bor i kommunen.\n`)).toMatch(/^recipients \| changed /mu);
    expect(paths(`${head}Stipendiet söks av unga i kommunen.\n`, `${head}Stipendiet söks av unga i kommunen. Sökande ska ha fyllt 16 år.\n`)).toMatch(/^recipients/mu);
  });
  it('a rewording that keeps the bound, and a project\'s length or whom an activity serves, report no recipients', () => {
    expect(paths(`${head}Alla personer över 18 år med anknytning till kommunen kan söka.\n`, `${head}Du som är över 18 år och har anknytning till kommunen kan söka.\n`)).not.toMatch(/^recipients/mu);
    expect(paths(`${head}Föreningar kan söka stödet.\n`, `${head}Föreningar kan söka stödet. Stödet kan sökas för högst 3 år.\n`)).not.toMatch(/^recipients/mu);
    expect(paths(`${head}Föreningar kan söka stödet.\n`, `${head}Föreningar kan söka stödet för aktiviteter för barn under 12 år.\n`)).not.toMatch(/^recipients \| (?:added|changed) .*12 år/mu);
  });
});
