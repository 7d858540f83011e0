import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb37 (issue 14): diff pairs batch 37 (Region Jämtland Härjedalen's kulturpris och stipendium and kulturstöd till
// professionella kulturskapare, Region Blekinge's regionala kulturmedel, Region Kalmar län's kulturstipendium), its false
// alarms and misses fixed by class. Each class: the batch's case, a paraphrase in another body's words, and a rewording or
// counter-probe that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const fixture = (name: string): string => readFileSync(`test/fixtures/diff/${name}`, 'utf8');
const paths = (a: string, b: string): string => changes(a, b).join('\n');
const HEAD = 'Kulturstipendium\n\nRegionen delar varje år ut kulturstipendier till kulturskapare i länet.\n\n';

describe('false alarm: "skall" → "ska", a grant-named compound and villkor → kriterium are rewordings (wording.ts sameButOneWord)', () => {
  it('Jämtland Härjedalen older → later (diff q358, q359): "Till stipendieansökan skall bifogas …" → "Till ansökan ska bifogas …" is no change', () => {
    expect(paths(fixture('q358-region-jamtland-harjedalen-kulturpris-och-stipendium-aldre.txt'), fixture('q359-region-jamtland-harjedalen-kulturpris-och-stipendium-senare.txt'))).not.toMatch(/^evidence_documents/mu);
  });
  it('Emmaboda 2020 → Region Kalmar (diff q366, q365): "Villkoret … skall användas" → "Kriteriet … ska användas" is no use changed', () => {
    expect(paths(fixture('q366-emmaboda-region-kalmar-kulturstipendium-2020.txt'), fixture('q365-region-kalmar-arbetsstipendium-utveckling.txt'))).not.toMatch(/^permitted_uses/mu);
  });
  it('a paraphrase in another body\'s words: "Till bidragsansökan skall bifogas en budget." → "Till ansökan ska bifogas en budget." is none', () => {
    expect(paths(`${HEAD}Till bidragsansökan skall bifogas en budget och en verksamhetsplan.\n`, `${HEAD}Till ansökan ska bifogas en budget och en verksamhetsplan.\n`)).toBe('');
  });
  it('counter-probes: another attachment, or a report for the application, is still a change', () => {
    expect(paths(`${HEAD}Till ansökan skall bifogas en budget och en verksamhetsplan.\n`, `${HEAD}Till ansökan ska bifogas en budget och ett revisionsintyg.\n`)).not.toBe('');
    expect(paths(`${HEAD}Till ansökan ska bifogas en budget och en verksamhetsplan.\n`, `${HEAD}Till slutrapporten ska bifogas en budget och en verksamhetsplan.\n`)).not.toBe('');
  });
});

describe('false alarm: uses still listed, a bare reporting duty beside the other\'s (restatements.ts)', () => {
  it('Region Kalmar (diff q363, q364): "ska användas till utbildning och forskning eller som stöd för att …" still listed as bullets is no use removed', () => {
    expect(paths(fixture('q363-region-kalmar-kulturstipendium-kulturnamnden.txt'), fixture('q364-region-kalmar-arbetsstipendium-samarbetsportalen.txt'))).not.toMatch(/^permitted_uses/mu);
  });
  it('Jämtland Härjedalen 2023 → 2024 (dev 1743, diff q360): "Stödet utgår i bidragsform och ska återrapporteras." beside "Bidraget ska redovisas enligt beslutet." is no new duty', () => {
    expect(paths(readFileSync('test/corpus/dev/1743-estrad-norr-kulturstod-professionella-2023.txt', 'utf8'), fixture('q360-region-jamtland-harjedalen-kulturstod-professionella-2024.txt'))).not.toMatch(/^reporting/mu);
  });
  it('a paraphrase: "Bidraget ska återrapporteras." added beside "Stödet ska redovisas enligt beslutet." is none; uses listed otherwise are none', () => {
    expect(paths(`${HEAD}Stödet ska redovisas enligt beslutet.\n`, `${HEAD}Stödet ska redovisas enligt beslutet.\n\nBidraget ska återrapporteras.\n`)).not.toMatch(/^reporting/mu);
    expect(paths(`${HEAD}Stipendiet ska användas till konstnärliga studier eller som stöd för ett konstnärligt projekt.\n`, `${HEAD}Stipendiet kan ges\n\n• som stöd för ett konstnärligt projekt\n\n• till konstnärliga studier eller resor.\n`)).not.toMatch(/^permitted_uses \| removed/mu);
  });
  it('counter-probes: a duty with a day, or a use the other text lacks, is still a change', () => {
    expect(paths(`${HEAD}Stödet ska redovisas enligt beslutet.\n`, `${HEAD}Stödet ska redovisas enligt beslutet.\n\nBidraget ska återrapporteras senast den 31 mars 2026.\n`)).toMatch(/^reporting/mu);
    expect(paths(`${HEAD}Stipendiet ska användas till konstnärliga studier eller som stöd för ett konstnärligt projekt.\n`, `${HEAD}Stipendiet kan ges\n\n• som stöd för ett konstnärligt projekt.\n`)).toMatch(/^permitted_uses/mu);
  });
});

describe('miss: the applicants\' bound to the place stated otherwise (residence.ts residenceChange)', () => {
  it('Jämtland Härjedalen (diff q358, q359) and Kalmar (q366, q365): folkbokförda → bosatta eller verksamma; uppvuxen dropped', () => {
    expect(paths(fixture('q358-region-jamtland-harjedalen-kulturpris-och-stipendium-aldre.txt'), fixture('q359-region-jamtland-harjedalen-kulturpris-och-stipendium-senare.txt'))).toMatch(/^recipients/mu);
    expect(paths(fixture('q366-emmaboda-region-kalmar-kulturstipendium-2020.txt'), fixture('q365-region-kalmar-arbetsstipendium-utveckling.txt'))).toMatch(/^recipients/mu);
  });
  it('a paraphrase in another body\'s words: "Bidraget kan sökas av föreningar som har sitt säte i kommunen." → "… som är verksamma i kommunen."', () => {
    const head = 'Aktivitetsbidrag\n\nKommunen ger bidrag till föreningarnas verksamhet.\n\n';
    expect(paths(`${head}Bidraget kan sökas av föreningar som har sitt säte i kommunen.\n`, `${head}Bidraget kan sökas av föreningar som är verksamma i kommunen.\n`)).toMatch(/^recipients/mu);
  });
  it('counter-probes: the same bound reworded, or the people served, is no change', () => {
    const head = 'Aktivitetsbidrag\n\nKommunen ger bidrag till föreningarnas verksamhet.\n\n';
    expect(paths(`${head}Bidraget kan sökas av föreningar som är verksamma i kommunen.\n`, `${head}Bidraget kan endast sökas av föreningar som är verksamma inom kommunen.\n`)).not.toMatch(/^recipients/mu);
    expect(paths(`${head}Föreningar kan söka bidrag för aktiviteter för barn bosatta i kommunen.\n`, `${head}Föreningar kan söka bidrag för aktiviteter för barn folkbokförda i kommunen.\n`)).not.toMatch(/^recipients/mu);
  });
});

describe('miss: a late application refused as a clause after "som" (rules.ts ansokan-som-for-sent, restatements.ts bothRefuseLate)', () => {
  it('Region Kalmar (diff q364, q365): "Ansökningar som inte är kompletta eller som kommit in för sent handläggs inte." is a condition added', () => {
    expect(paths(fixture('q364-region-kalmar-arbetsstipendium-samarbetsportalen.txt'), fixture('q365-region-kalmar-arbetsstipendium-utveckling.txt'))).toMatch(/^conditions \| added .*för sent/mu);
  });
  it('a paraphrase: "Ansökningar som inkommer efter sista ansökningsdag behandlas inte." added is a condition', () => {
    expect(paths(`${HEAD}Ansökan görs på blankett.\n`, `${HEAD}Ansökan görs på blankett.\n\nAnsökningar som inkommer efter sista ansökningsdag behandlas inte.\n`)).toMatch(/^conditions \| added/mu);
  });
  it('counter-probes: the same rule in the other shape (Svenljunga, diff q258 → q259) or a late report is no condition changed', () => {
    expect(paths(fixture('q258-svenljunga-foreningsbidrag-aldre.txt'), fixture('q259-svenljunga-foreningsbidrag-2022.txt'))).not.toMatch(/^conditions.*sista ansökningsdagen handläggs inte/mu);
    expect(paths(`${HEAD}Ansökan görs på blankett.\n`, `${HEAD}Ansökan görs på blankett.\n\nRedovisningar som kommer in för sent behandlas inte.\n`)).not.toMatch(/^conditions \| added .*Redovisningar/mu);
  });
});
