import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb38 (issue 14): diff pairs batch 38 (Region Västernorrland's kulturstipendium and kulturstöd, Luleå kommun's kultur-
// och fritidsstipendium, Region Gotland's särskilda uppdrag), its false alarms and misses fixed by class. Each class: the batch's
// case, a paraphrase in another body's words, and a rewording or counter-probe that must report nothing (or still report).

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const fixture = (name: string): string => readFileSync(`test/fixtures/diff/${name}`, 'utf8');
const paths = (a: string, b: string): string => changes(a, b).join('\n');
const HEAD = 'Kulturstipendium\n\nKommunen delar varje år ut kulturstipendier till kulturskapare i kommunen.\n\n';

describe('false alarm: a yearless day written as an ordinal ("16:e september") is the same day (closing.ts DAY)', () => {
  it('Luleå two versions (diff q372, q373): "fram till 16 september" → "fram till 16:e september" reports no closing day', () => {
    expect(paths(fixture('q372-lulea-kultur-och-fritidsstipendium-16-september.txt'), fixture('q373-lulea-kultur-och-fritidsstipendium-1-augusti.txt'))).not.toMatch(/^requisition\.closes/mu);
  });
  it('a paraphrase: "Ansökan ska vara inne senast den 1 mars." → "Ansökan ska vara inne senast den 1:a mars." is none', () => {
    expect(paths(`${HEAD}Ansökan ska vara inne senast den 1 mars.\n`, `${HEAD}Ansökan ska vara inne senast den 1:a mars.\n`)).not.toMatch(/^requisition\.closes/mu);
  });
  it('counter-probes: another ordinal day is a change; a report\'s ordinal day is no closing day', () => {
    expect(paths(`${HEAD}Ansökningstiden är öppen fram till 16 september.\n`, `${HEAD}Ansökningstiden är öppen fram till 20:e oktober.\n`)).toMatch(/^requisition\.closes/mu);
    expect(paths(`${HEAD}Ansökan ska vara inne senast den 1 mars.\nRedovisningen ska vara inne senast den 1:a juni.\n`, `${HEAD}Ansökan ska vara inne senast den 1 mars.\n`)).not.toMatch(/^requisition\.closes/mu);
  });
});

describe('false alarm: another grant\'s day on an overview page whose own grant is renamed (closing.ts otherGrantsSection)', () => {
  it('Västernorrland kulturstöd 2016 → stöd inom kulturområdet (diff q370, q371): the organisations-, verksamhets- and utvecklingsbidrag days are not the projektstöd\'s', () => {
    expect(paths(fixture('q370-region-vasternorrland-kulturstod-2016.txt'), fixture('q371-region-vasternorrland-stod-inom-kulturomradet.txt'))).not.toMatch(/^requisition\.closes/mu);
  });
  it('a paraphrase: a region\'s overview of föreningsbidrag and projektbidrag → its page on projektstöd', () => {
    const old = 'Bidrag\n\nFöreningsbidrag\n\nÅrlig ansökan senast 1 april.\n\nProjektbidrag\n\nAnsökan om projektbidrag kan göras löpande.\n';
    const nu = 'Projektstöd\n\nDe som kan söka projektstöd är ideella föreningar.\n\nAnsökan om projektstöd kan göras löpande.\n';
    expect(paths(old, nu)).not.toMatch(/^requisition\.closes/mu);
  });
  it('counter-probe: the grant named in the other text\'s running text (not only in a list) keeps its day: removed, it is a change', () => {
    const old = 'Bidrag\n\nFöreningsbidrag\n\nÅrlig ansökan senast 1 april.\n\nProjektbidrag\n\nAnsökan om projektbidrag kan göras löpande.\n';
    const nu = 'Föreningsstöd och projektstöd\n\nFöreningsstöd kan sökas av ideella föreningar.\n\nAnsökan om projektstöd kan göras löpande.\n';
    expect(paths(old, nu)).toMatch(/^requisition\.closes/mu);
  });
});

describe('false alarm: "sökas av enskild person eller grupp" names the applicants (eligibility.ts personer-som-betjanas)', () => {
  it('Luleå 16 september → 20 oktober (diff q373, q374): no recipients change', () => {
    expect(paths(fixture('q373-lulea-kultur-och-fritidsstipendium-1-augusti.txt'), fixture('q374-lulea-kultur-och-fritidsstipendium-20-oktober.txt'))).not.toMatch(/^recipients/mu);
  });
  it('a paraphrase: "Stipendiet kan sökas av en person eller en grupp." beside "… av personer eller grupper som utmärkt sig." names persons both', () => {
    expect(paths(`${HEAD}Stipendiet kan sökas av en person eller en grupp.\n`, `${HEAD}Stipendiet kan sökas av personer eller grupper som utmärkt sig inom kulturen.\n`)).not.toMatch(/^recipients/mu);
  });
  it('counter-probe: föreningar instead of persons is still a change', () => {
    expect(paths(`${HEAD}Stipendiet kan sökas av enskild person eller grupp.\n`, `${HEAD}Stipendiet kan sökas av föreningar.\n`)).toMatch(/^recipients/mu);
  });
});

describe('miss: the total of all stipends as the compound\'s total (funding totala-stipendiebeloppet)', () => {
  it('Västernorrland 2020 → stipendier page (diff q369, q368): "Det totala stipendiebeloppet är 320 000 kronor." is a total added', () => {
    expect(paths(fixture('q369-region-vasternorrland-kulturstipendium-nyhet-2020.txt'), fixture('q368-region-vasternorrland-stipendier-senare.txt'))).toMatch(/^funding\.total \| added/mu);
  });
  it('a paraphrase: "Det totala bidragsbeloppet är 1 200 000 kronor." → "… 1 500 000 kronor." is a total changed', () => {
    expect(paths(`${HEAD}Det totala bidragsbeloppet är 1 200 000 kronor.\n`, `${HEAD}Det totala bidragsbeloppet är 1 500 000 kronor.\n`)).toMatch(/^funding\.total \| changed/mu);
  });
  it('counter-probes: a stipend\'s own sum or a past year\'s total is no total', () => {
    expect(paths(`${HEAD}Stipendiet delas ut årligen.\n`, `${HEAD}Stipendiet delas ut årligen. Det totala stipendiebeloppet per stipendiat är 30 000 kronor.\n`)).not.toMatch(/^funding\.total/mu);
    expect(paths(`${HEAD}Stipendiet delas ut årligen.\n`, `${HEAD}Stipendiet delas ut årligen. Förra årets totala stipendiebelopp var 250 000 kronor.\n`)).not.toMatch(/^funding\.total/mu);
  });
});

describe('miss: a report on the grant\'s use handed in is a reporting duty (rules.ts rapport-om-anvandning)', () => {
  it('Västernorrland older → 2020 (diff q367, q369): "Rapport om arbetsstipendiets användning ska inlämnas …" no longer stated is a reporting change', () => {
    expect(paths(fixture('q367-region-vasternorrland-kulturstipendium-aldre.txt'), fixture('q369-region-vasternorrland-kulturstipendium-nyhet-2020.txt'))).toMatch(/^reporting\.content \| removed/mu);
  });
  it('a paraphrase: "Redovisning av stipendiets användning ska skickas in till kulturnämnden inom ett år." added', () => {
    expect(paths(`${HEAD}Stipendiet delas ut årligen.\n`, `${HEAD}Stipendiet delas ut årligen.\n\nRedovisning av stipendiets användning ska skickas in till kulturnämnden inom ett år.\n`)).toMatch(/^reporting\.content \| added/mu);
  });
  it('counter-probe: a report only welcome ("får gärna") is no duty, and the same duty reworded skall → ska is none', () => {
    expect(paths(`${HEAD}Stipendiet delas ut årligen.\n`, `${HEAD}Stipendiet delas ut årligen.\n\nDu får gärna lämna en rapport om stipendiets användning.\n`)).not.toMatch(/^reporting/mu);
    expect(paths(`${HEAD}Rapport om stipendiets användning skall inlämnas efter avslutat projekt.\n`, `${HEAD}Rapport om stipendiets användning ska inlämnas efter avslutat projekt.\n`)).not.toMatch(/^reporting/mu);
  });
});
