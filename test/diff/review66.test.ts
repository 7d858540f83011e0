import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed diff probes of review66 against the diff rules merged at stop 48 (diffb31, diff32, diff33, diff34: "Alla förutom X
// kan söka, till exempel …", "Högst N kan sökas per projekt", "ska N om året delas ut", "söks på X:s hemsida", windows in figures,
// report due as a term, "har N kronor avsatts", the giver renamed, "största belopp", "såväl … som" ↔ "både … och", lists under
// a lead). 67 diff probes; three were wrong on main and are fixed (di2, wf4, ps3), the rest held (a selection kept below). Left open
// then, fixed by diff37: "Bidraget söks på kommunens hemsida." → "Bidraget söks på Ekby kommuns hemsida." reported "Kanal (ur
// texten): … → …" for the same site reworded (hs1; now wording.ts sameButOneWord, the owner's name, test/diff/diff37.test.ts).

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => describeChange(c));
const head = 'Föreningsbidrag 2025\nIdeella föreningar kan söka bidraget.\n';

describe('the giver renamed (distributor.ts)', () => {
  it('di2: a body added beside the one kept replaces nothing (was "Myndighet (ur texten): Kulturnämnden → Kommunstyrelsen")', () => {
    expect(changes(head + 'Kulturnämnden fördelar bidrag till föreningar.\n',
      head + 'Kulturnämnden fördelar bidrag till föreningar. Kommunstyrelsen beviljar bidrag till samlingslokaler i ett annat program.\n')).toEqual([]);
  });
  it('keeps: a body renamed is reported (di1, ls1)', () => {
    expect(changes(head + 'Kulturnämnden fördelar bidrag till föreningar.\n', head + 'Kultur- och fritidsnämnden fördelar bidrag till föreningar.\n'))
      .toEqual(['Myndighet (ur texten): Kulturnämnden → Kultur- och fritidsnämnden']);
    expect(changes(head + 'Landstinget Sörmland fördelar bidrag till studieförbund.\n', head + 'Region Sörmland fördelar bidrag till studieförbund.\n'))
      .toEqual(['Myndighet (ur texten): Landstinget Sörmland → Region Sörmland']);
  });
  it('di3: two bodies only reordered are no change', () => {
    expect(changes(head + 'Kulturnämnden fördelar bidrag till föreningar. Fritidsnämnden fördelar stöd till idrott.\n',
      head + 'Fritidsnämnden fördelar stöd till idrott. Kulturnämnden fördelar bidrag till föreningar.\n')).toEqual([]);
  });
});

describe('windows in figures (closing.ts)', () => {
  it('wf4: two windows only reordered are no change of the first day (was "Rekvisitionen öppnar (ur texten): …")', () => {
    expect(changes(head + 'Stipendier kan sökas 1–28.2. och 1–30.9.\n', head + 'Stipendier kan sökas 1–30.9. och 1–28.2.\n')).toEqual([]);
  });
  it('keeps: a window\'s first day moved is reported (wf1)', () => {
    expect(changes(head + 'Ansökningstid: 1-28.2.2022\n', head + 'Ansökningstid: 10-28.2.2022\n')).toEqual(['Rekvisitionen öppnar: 1 februari 2022 → 10 februari 2022 (9 dagar senare på året)']);
  });
  it('yl2, yl3: a yearless deadline list reordered is no change, one day of it changed is', () => {
    const a = head + 'Deadline tre gånger i året; 15.12, 15.4. eller 15.9.\n';
    expect(changes(a, head + 'Deadline tre gånger i året; 15.4., 15.9. eller 15.12.\n')).toEqual([]);
    expect(changes(a, head + 'Deadline tre gånger i året; 15.12, 15.4. eller 1.10.\n').join('\n')).toMatch(/^Sista dag att rekvirera/u);
  });
  it('wf3, yl4, yh3: a report window or deadline changed is no closing day', () => {
    expect(changes(head + 'Sista ansökningsdag 1 mars 2025.\nRedovisningstid: 1-28.2.2022\n', head + 'Sista ansökningsdag 1 mars 2025.\nRedovisningstid: 1-30.9.2022\n')).toEqual([]);
    expect(changes(head + 'Deadline för redovisning är 15.12.\n', head + 'Deadline för redovisning är 15.1.\n')).toEqual([]);
    expect(changes(head + 'Sista ansökningsdag 1 mars 2025.\nTider för redovisning:\n- 15 januari - 15 februari\n', head + 'Sista ansökningsdag 1 mars 2025.\nTider för redovisning:\n- 15 augusti - 15 september\n')).toEqual([]);
  });
  it('yh2: listed windows reordered are no change', () => {
    expect(changes(head + 'Ansökningsperioder:\n- 15 januari - 15 februari\n- 15 augusti - 15 september\n', head + 'Ansökningsperioder:\n- 15 augusti - 15 september\n- 15 januari - 15 februari\n')).toEqual([]);
  });
});

describe('sums (rules of diffb31, diff32, diff33, diff34)', () => {
  it('ha2: a part reserved of a whole is no new total (was "Totalt belopp: 500 000 kr (nytt)")', () => {
    expect(changes('Kulturbidrag 2025\nTotalt finns 4 miljoner kronor.\nFöreningar kan söka.\n', 'Kulturbidrag 2025\nTotalt finns 4 miljoner kronor. Av dessa har 500 000 kronor reserverats för unga arrangörer.\nFöreningar kan söka.\n').join('\n')).not.toMatch(/^Totalt belopp/mu);
  });
  it('keeps: "har N kronor avsatts" changed, a ceiling per project raised, "om året delas ut" changed', () => {
    expect(changes('Kulturbidrag 2025\nFör 2025 har 3 miljoner kronor avsatts för kulturbidrag.\nFöreningar kan söka.\n', 'Kulturbidrag 2025\nFör 2025 har 4 miljoner kronor avsatts för kulturbidrag.\nFöreningar kan söka.\n'))
      .toEqual(['Totalt belopp: 3 000 000 kr → 4 000 000 kr (+1 000 000 kr, +33,3 %)']);
    expect(changes(head + 'Högst 50 000 kronor kan sökas per projekt.\n', head + 'Högst 80 000 kronor kan sökas per projekt.\n')).toEqual(['Belopp per enhet: 50 000 kr → 80 000 kr (+30 000 kr, +60,0 %)']);
    expect(changes('Klimatklivet\nFram till och med år 2020 ska 700 miljoner kronor om året delas ut.\n', 'Klimatklivet\nFram till och med år 2020 ska 1,5 miljarder kronor om året delas ut.\n'))
      .toEqual(['Totalt belopp: 700 000 000 kr → 1 500 000 000 kr (+800 000 000 kr, +114,3 %)']);
  });
  it('hk2, mb3, gb2: the same ceiling or basic grant reworded is no change', () => {
    expect(changes(head + 'Högst 50 000 kronor kan sökas per projekt.\n', head + 'Per projekt kan högst 50 000 kronor sökas.\n')).toEqual([]);
    expect(changes(head + 'Det största belopp som kan sökas är 10 000 kronor.\n', head + 'Det högsta belopp som kan sökas är 10 000 kronor.\n')).toEqual([]);
    expect(changes(head + 'Bidraget utgår med ett grundbidrag om 5 000 kronor per förening.\n', head + 'Bidraget utgår med ett grundbidrag på 5 000 kronor per förening.\n')).toEqual([]);
  });
});

describe('wordings and lists (diffb31, diff33, diff34)', () => {
  it('af1, sv1, xs1, ak1: examples, items or "såväl … som" reordered or reworded are no change', () => {
    expect(changes('Klimatstöd\nAlla förutom privatpersoner kan söka stödet, till exempel företag, kommuner och föreningar.\n', 'Klimatstöd\nAlla förutom privatpersoner kan söka stödet, till exempel föreningar, kommuner och företag.\n')).toEqual([]);
    expect(changes(head + 'Bidraget kan användas till såväl lokalhyra som resor.\n', head + 'Bidraget kan användas till både lokalhyra och resor.\n')).toEqual([]);
    expect(changes(head + 'Projektet ska:\n- främja folkhälsa\n- nå unga\n- stärka föreningslivet\n', head + 'Projektet ska:\n- stärka föreningslivet\n- främja folkhälsa\n- nå unga\n')).toEqual([]);
    expect(changes(head + 'Åtgärderna kan vara inom kultur, idrott eller friluftsliv.\n', head + 'Åtgärderna kan vara inom friluftsliv, kultur eller idrott.\n')).toEqual([]);
  });
  it('keeps: an item dropped or changed is reported (sv2, xs2, ak2, af3)', () => {
    expect(changes(head + 'Bidraget kan användas till såväl lokalhyra som resor.\n', head + 'Bidraget kan användas till både lokalhyra och mat.\n')).not.toEqual([]);
    expect(changes(head + 'Projektet ska:\n- främja folkhälsa\n- nå unga\n', head + 'Projektet ska:\n- främja folkhälsa\n')).toEqual(['Villkor: nå unga (anges inte längre)']);
    expect(changes(head + 'Åtgärderna kan vara inom kultur, idrott eller friluftsliv.\n', head + 'Åtgärderna kan vara inom kultur eller idrott.\n')).toEqual(['Vad medlen får användas till (ur texten): friluftsliv (anges inte längre)']);
    expect(changes('Klimatstöd\nStödet kan sökas av till exempel företag, kommuner och föreningar.\n', 'Klimatstöd\nStödet kan sökas av till exempel företag och föreningar.\n')).toEqual(['Vem kan rekvirera: kommuner (anges inte längre)']);
    // (since stop 63 the extractor reads the passive frame itself, types85's frame-sokas-av with the applicant-noun lexicon: the
    // dropped kommuner is a change of recipients.types under its contract label, not of the diff's own text rule)
  });
});

describe('a purpose list under "X ska:" (diff33 stodet-ska-syfte-lista, diff34 shortPurposeItem)', () => {
  const lead = head + 'Projektbidraget ska:\n';
  it('ps3: an item only made definite is no change (was "Syfte (ur texten): främja folkhälsan (nytt)")', () => {
    expect(changes(lead + '• stärka ungas delaktighet\n• främja folkhälsa\n', lead + '• stärka ungas delaktighet\n• främja folkhälsan\n')).toEqual([]);
  });
  it('keeps: an item changed is reported (ps1); items reordered are not (ps2)', () => {
    expect(changes(lead + '• stärka ungas delaktighet\n• främja folkhälsa\n', lead + '• stärka äldres delaktighet\n• främja folkhälsa\n')).toEqual(['Syfte (ur texten): stärka ungas delaktighet → stärka äldres delaktighet']);
    expect(changes(lead + '• stärka ungas delaktighet\n• främja folkhälsa\n', lead + '• främja folkhälsa\n• stärka ungas delaktighet\n')).toEqual([]);
  });
  it('keeps: a short item added beside its definite twin elsewhere is still reported when the words differ', () => {
    expect(changes(lead + '• främja folkhälsa\n', lead + '• främja folkhälsa\n• stärka föreningslivet\n').join('\n')).toMatch(/stärka föreningslivet/u);
  });
});

