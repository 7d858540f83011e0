import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { anvisningOf as spec } from '../extract/probe.js';
import { classifyHeading } from '../../specs/diff/rules.js';
import { sameButKeptSentences, sectionField, textChanges, textSentences, wordOfItsOwn } from '../../specs/diff/text.js';
import { normalizeForQuote } from '../../specs/quote.js';
import { PAGES, gridChanges, gridControls } from './diffclass70-grid.js';

// The generated pair grid of diffclass70 (issue 14; test/diff/diffclass70-grid.ts): a section's sentence that no rule row
// claims, changed, added or removed, under a heading that says what it is, and controls that differ only in wording, order,
// layout or chrome. Half A (kommun, region) was tuned on, half B (stiftelse, agency) only counted. A change pair is found when
// a reported change's path is the field or under it; any other change it reports, and any change a control reports, is a
// false alarm. The counts are asserted as floors (found) and ceilings (false alarms).
// Main 3df32074, before any change: A found 6/30, 0 false alarms in change pairs, 2 in 18 controls ("sentences as lines":
// permitted_uses read otherwise from one sentence a line); B found 3/30, 1 false alarm in change pairs (stiftelse reporting
// removed: evidence_documents), 1 in 18 controls (myndighet "sentences as lines").
// After (h/diffclass70): A found 29/30, 0 false alarms, 0 in 18 controls; B found 27/30, 1 false alarm (the same), 0 in 18
// controls. Still missed: sentences with a figure (the spec diff owns sums and dates: "Bidrag under 5 000 kronor betalas …",
// "mellan 18 och 30 år", "Stipendier över 50 000 kronor …"), and "Kvitton … sparas i tre år" read as evidence_documents.

const fieldOf = (path: string): string => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path: string, field: string): boolean => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);
const run = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes;

interface Tally { found: number; missed: number; alarms: number; changes: number; controls: number; controlAlarms: number }
function tally(half: 'A' | 'B', log: string[]): Tally {
  const t: Tally = { found: 0, missed: 0, alarms: 0, changes: 0, controls: 0, controlAlarms: 0 };
  for (const p of gridChanges().filter((x) => x.half === half)) {
    const cs = run(p.old, p.new);
    const hit = cs.some((c) => under(c.path, p.field));
    const extra = cs.filter((c) => !under(c.path, p.field));
    t.changes++;
    if (hit) t.found++; else t.missed++;
    t.alarms += extra.length;
    log.push(`${half} ${hit ? 'found ' : 'MISSED'} ${p.id}${extra.length ? `  extra: ${extra.map((c) => `${c.path} [${c.kind}]`).join(', ')}` : ''}`);
  }
  for (const p of gridControls().filter((x) => x.half === half)) {
    const cs = run(p.old, p.new);
    t.controls++;
    t.controlAlarms += cs.length;
    log.push(`${half} ${cs.length ? 'ALARM ' : 'quiet '} control ${p.id}${cs.length ? `: ${cs.map((c) => `${c.path} [${c.kind}]`).join(', ')}` : ''}`);
  }
  return t;
}

describe('the grid itself', () => {
  it('has 60 change pairs and at least 30 controls, every edit and rewording applied', () => {
    expect(gridChanges()).toHaveLength(60);
    expect(gridControls().length).toBeGreaterThanOrEqual(30);
    for (const p of [...gridChanges(), ...gridControls()]) expect(p.new, p.id).not.toBe(p.old);
    for (const page of PAGES) for (const [a] of page.rewordings) expect(page.sections.some((s) => s.sentences.includes(a)), a).toBe(true);
  });
});

describe('diffclass70 grid: counts per half', () => {
  const log: string[] = [];
  const a = tally('A', log);
  const b = tally('B', log);
  console.log(log.join('\n'));
  console.log(`diffclass70 grid A (tuned): found ${a.found}/${a.changes}, missed ${a.missed}, false alarms ${a.alarms} in change pairs, ${a.controlAlarms} in ${a.controls} controls`);
  console.log(`diffclass70 grid B (count only): found ${b.found}/${b.changes}, missed ${b.missed}, false alarms ${b.alarms} in change pairs, ${b.controlAlarms} in ${b.controls} controls`);
  it('half A (tuned): at least 29 of 30 found, no false alarm in change pairs or controls', () => {
    expect(a.found).toBeGreaterThanOrEqual(29);
    expect(a.alarms).toBe(0);
    expect(a.controlAlarms).toBe(0);
  });
  it('half B (count only): at least 27 of 30 found, at most 1 false alarm in change pairs, none in controls', () => {
    expect(b.found).toBeGreaterThanOrEqual(27);
    expect(b.alarms).toBeLessThanOrEqual(1);
    expect(b.controlAlarms).toBe(0);
  });
});

describe('a section heading says what its sentences are (rules.ts SECTION_HEADINGS, text.ts sectionField)', () => {
  it('the grid\'s headings and two paraphrases each', () => {
    expect(classifyHeading('Vad kan man söka bidrag för?')).toBe('permitted_uses');
    expect(classifyHeading('Vad får pengarna användas till?')).toBe('permitted_uses');
    expect(classifyHeading('Vad ska statsbidraget användas till?')).toBe('permitted_uses');
    expect(classifyHeading('Vad kan man inte få stöd för?')).toBe('excluded_uses');
    expect(classifyHeading('Villkor för stöd')).toBe('conditions');
    expect(classifyHeading('Krav på organisationen')).toBe('conditions');
    expect(classifyHeading('Återrapportering')).toBe('reporting.content');
    expect(classifyHeading('Utbetalning av bidraget')).toBe('payment');
    expect(classifyHeading('Handlingar att bifoga')).toBe('requisition.requires');
    expect(classifyHeading('Syftet med bidraget')).toBe('purpose');
  });
  it('counter-probes: a step\'s conditions, how to hand a report in, a sentence, another heading claim nothing', () => {
    for (const h of ['Villkor för ansökan', 'Villkor för utbetalning', 'Så redovisar ni', 'Kontakt', 'Vem kan söka?', 'Villkoren gäller alla som söker stöd.', 'Ansökan om utbetalning']) expect(classifyHeading(h), h).toBeUndefined();
  });
  it('a sentence under the heading takes its field; the heading itself, a question, a sentence with a figure do not', () => {
    const text = 'Utbetalning\n\nHalva beloppet kommer i förskott. Vill du byta konto? Bidrag under 5 000 kronor betalas i en omgång.\n\nKontakt\n\nRing oss gärna om du har frågor om bidraget.\n';
    const s = textSentences(text);
    expect(s.map((x) => sectionField(x))).toEqual([undefined, 'payment', undefined, undefined, undefined, undefined]);
  });
  it('a changed sentence under "Villkor" is a condition change; reworded with only words it said, it is none', () => {
    const page = (x: string): string => `Bidrag till föreningar\n\nVillkor\n\n${x} Föreningen har sitt säte i kommunen.\n`;
    expect(textChanges(page('Projektet genomförs i samverkan med minst en kommun i länet.'), page('Projektet genomförs i samverkan med minst en kommun eller en högskola i länet.')).map((c) => `${c.field} ${c.kind}`)).toEqual(['conditions changed']);
    expect(textChanges(page('Projektägaren bidrar själv med minst en fjärdedel av budgeten.'), page('Projektägaren bidrar själv med minst en fjärdedel av projektets budget.'))).toEqual([]);
  });
  it('wordOfItsOwn: a new word, or only a word the partner said inside a compound', () => {
    expect(wordOfItsOwn('Verksamheten når deltagare i minst tre län eller i minst tjugo kommuner.', 'Verksamheten når deltagare i minst fem län.')).toBe(true);
    expect(wordOfItsOwn('Projektägaren bidrar själv med minst en fjärdedel av projektets budget.', 'Projektägaren bidrar själv med minst en fjärdedel av budgeten.')).toBe(false);
    expect(wordOfItsOwn('Kvitton på kursavgifter och resor sparas i tre år.', 'Kvitton på resor och kursavgifter sparas i tre år.')).toBe(false);
  });
});

describe('one value read over more or fewer sentences (text.ts sameButKeptSentences)', () => {
  const oldText = normalizeForQuote('Vad kan man söka bidrag för?\n\nKonserter och utställningar för allmänheten. Kurser i föreningens regi kan också komma i fråga.\n');
  const newText = normalizeForQuote('Vad kan man söka bidrag för?\n\nKonserter och utställningar för allmänheten.\nKurser i föreningens regi kan också komma i fråga.\n');
  const long = 'Konserter och utställningar för allmänheten. Kurser i föreningens regi kan också komma i fråga';
  it('the further sentence still stated by the shorter side\'s text: the same', () => {
    expect(sameButKeptSentences(long, 'Konserter och utställningar för allmänheten', oldText, newText)).toBe(true);
  });
  it('the further sentence gone from that text, another head, or no texts: not the same', () => {
    const cut = normalizeForQuote('Vad kan man söka bidrag för?\n\nKonserter och utställningar för allmänheten.\n');
    expect(sameButKeptSentences(long, 'Konserter och utställningar för allmänheten', oldText, cut)).toBe(false);
    expect(sameButKeptSentences(long, 'Konserter och filmvisningar för allmänheten', oldText, newText)).toBe(false);
    expect(sameButKeptSentences(long, 'Konserter och utställningar för allmänheten', undefined, newText)).toBe(false);
  });
});
