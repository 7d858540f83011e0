import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed diff probes of review65 against the diff rules merged at stop 47 (sameButDefiniteForm, sameAimExtended, windows as
// last days, 'bara de organisationer som', 'starta tidigast … pågå som längst till', 'Minsta belopp', 'efter överenskommelse …
// erhålla bidrag', terms trading dates, list items added/removed, diffgen63's prioriterar-inte and utlysningens-tema). 63 diff probes;
// four were wrong on main (sa3, pi1, pi2, tm1; fixed), the rest held (a selection kept below). Left open (as on c39cf751): "Det minsta belopp som kan sökas är 10 000 kronor." → "Det största
// belopp som kan sökas är 10 000 kronor." (a floor turned ceiling) reports nothing; two windows of which one is dropped report the
// one kept as a new opening and last day ("Rekvisitionen öppnar: 1 februari 2025 (nytt)"), though the old text stated it too.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => describeChange(c));
const head = 'Föreningsbidrag 2025\nIdeella föreningar kan söka bidraget.\n';

describe('purpose extended (index.ts sameAimExtended)', () => {
  it('sa3: a clause the old text ruled out is no aim it stated: the purpose change is reported (was swallowed)', () => {
    const out = changes('Kulturstöd\nSyftet med stödet är att främja ett varierat kulturutbud över hela länet.\nStödet kan inte sökas för att minska utanförskapet bland barn och unga.\nFöreningar kan söka.\n',
      'Kulturstöd\nSyftet med stödet är att främja ett varierat kulturutbud över hela länet samt att minska utanförskapet bland barn och unga.\nFöreningar kan söka.\n').join('\n');
    expect(out).toMatch(/^Syfte: /mu);
  });
  it('keeps: a clause the old text states (without denying it) is the same purpose', () => {
    const out = changes('Kulturstöd\nSyftet med stödet är att främja ett varierat kulturutbud över hela länet.\nStödet ska också minska utanförskapet bland barn och unga.\nFöreningar kan söka.\n',
      'Kulturstöd\nSyftet med stödet är att främja ett varierat kulturutbud över hela länet samt att minska utanförskapet bland barn och unga.\nStödet ska också minska utanförskapet bland barn och unga.\nFöreningar kan söka.\n').join('\n');
    expect(out).not.toMatch(/^Syfte: /mu);
  });
});

describe('what the funder does not prioritise, a call\'s theme (rules.ts prioriterar-inte, utlysningens-tema)', () => {
  it('pi1, pi2: not prioritising late applications or earlier grantees is no excluded use (was "Vad medlen inte får användas till")', () => {
    const base = head + 'Sista ansökningsdag är 1 mars 2025.\n';
    for (const added of ['Vi prioriterar inte ansökningar som kommer in efter sista ansökningsdag.', 'Vi prioriterar inte föreningar som redan har fått bidrag i år.']) {
      expect(changes(base, `${base}${added}\n`).join('\n')).not.toMatch(/inte får användas till/u);
    }
  });
  it('keeps: "Vi prioriterar inte interna personalarrangemang …" added is an excluded use', () => {
    expect(changes(head, `${head}Vi prioriterar inte interna personalarrangemang eller medieinköp.\n`).join('\n')).toMatch(/inte får användas till/u);
  });
  it('tm1: a meeting\'s theme is no use of the grant (was "Vad medlen får användas till")', () => {
    expect(changes(head, `${head}Årets tema är digital säkerhet på informationsmötet den 3 mars.\n`).join('\n')).not.toMatch(/får användas till/u);
  });
  it('keeps: "Årets tema är psykisk hälsa bland unga." added is a use', () => {
    expect(changes(head, `${head}Årets tema är psykisk hälsa bland unga.\n`).join('\n')).toMatch(/får användas till/u);
  });
});

describe('rows merged at stop 47 that held (counter-probes)', () => {
  it('df9: a noun only made definite is no change', () => {
    expect(changes(head + 'Bidrag beviljas inte till projekt som redan har startat.\n', head + 'Bidrag beviljas inte till projekten som redan har startat.\n')).toEqual([]);
  });
  it('li3: an item dropped from an exclusion list is that exclusion no longer stated', () => {
    expect(changes(head + 'Bidrag ges inte för lokalhyra, resor eller mat.\n', head + 'Bidrag ges inte för lokalhyra eller resor.\n')).toEqual(['Vad medlen inte får användas till: mat (anges inte längre)']);
  });
  it('ot1: the same term reworded ("vårterminen" → "vårens omgång") with the same day is no change', () => {
    expect(changes(head + 'Ansökan för vårterminen ska vara inne senast den 1 mars 2025.\n', head + 'Ansökan för vårens omgång ska vara inne senast den 1 mars 2025.\n')).toEqual([]);
  });
  it('us2: the same usage period reworded is no change; us1: its last day moved is reported', () => {
    const a = head + 'Projekten kan starta tidigast den 1 juli 2025 och pågå som längst till den 30 juni 2026.\n';
    expect(changes(a, head + 'Projekten kan starta tidigast 1 juli 2025 och som längst pågå till 30 juni 2026.\n')).toEqual([]);
    expect(changes(a, head + 'Projekten kan starta tidigast den 1 juli 2025 och pågå som längst till den 31 december 2026.\n').join('\n')).toMatch(/30 juni 2026 → 31 december 2026/u);
  });
  it('mb3: "Minsta belopp är 5 000 kronor." → "… 5000 kr." is no change; mb1: 5 000 → 10 000 is reported', () => {
    expect(changes(head + 'Minsta belopp är 5 000 kronor.\n', head + 'Minsta belopp är 5000 kr.\n')).toEqual([]);
    expect(changes(head + 'Minsta belopp är 5 000 kronor.\n', head + 'Minsta belopp är 10 000 kronor.\n')).toHaveLength(1);
  });
  it('eo3: "efter överenskommelse" moved in the sentence is no change; eo2: turned into "inte" is reported', () => {
    const a = head + 'Förening som driver affärsverksamhet kan efter överenskommelse med styrelsen erhålla bidrag.\n';
    expect(changes(a, head + 'Efter överenskommelse med styrelsen kan förening som driver affärsverksamhet erhålla bidrag.\n')).toEqual([]);
    expect(changes(a, head + 'Förening som driver affärsverksamhet kan inte erhålla bidrag.\n')).toHaveLength(1);
  });
  it('bo2: "bara de organisationer som" added is a new condition, not a recipients change', () => {
    const out = changes('Stöd 2018\nIdeella föreningar kan söka medel.\n', 'Stöd 2018\nIdeella föreningar kan söka medel.\nDet är bara de organisationer som har fått bidrag tidigare som kan ansöka om medel.\n');
    expect(out.join('\n')).toMatch(/^Villkor/mu);
    expect(out.join('\n')).not.toMatch(/^Mottagare/mu);
  });
  it('su3: a use whose possibility is taken away ("tas bort") is still reported', () => {
    expect(changes(head + 'Medel kan sökas för inköp av utrustning.\nMedel kan sökas för lokalhyra.\n', head + 'Medel kan sökas för lokalhyra.\nMöjligheten att söka medel för inköp av utrustning tas bort från 2025.\n')).toHaveLength(1);
  });
});
