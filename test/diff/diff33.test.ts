import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diff33's fixes (issue 14, classes review65, diffb31 and diff32 left open): for each class two pairs
// in other bodies' phrasing that must report the change (field and kind), and one no-change rewording that must report nothing.
// Left open (seen while probing, not fixed): list items under four words are no rules (text.ts MIN_WORDS), so "Projektbidraget
// ska:\n• stärka ungas delaktighet" → "… äldres delaktighet" reports nothing; "Det största belopp som kan sökas är 10 000
// kronor." → "Det högsta belopp …" reports "funding.parts.0 | added | … högst 10 000 kr per ansökan (nytt)" (the extractor reads
// "högsta belopp" as a ceiling, not "största belopp"); "såväl laddstationer som …" → "både laddstationer och …" in one condition
// sentence is reported as a condition changed; a dropped window in a list ("Ansökningsperioder:\n• 1 februari 2025 – 15 mars
// 2025\n• 1 september 2025 – 15 oktober 2025" → the first only) reports nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
// each change as the report writes it: a move in days plain between two versions of one grant year (format.ts sameYear)
const changes = (a: string, b: string): string[] => {
  const r = diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
  return r.changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c, r.from === r.to)}`);
};
const head = 'Föreningsbidrag 2025\nIdeella föreningar kan söka bidraget.\n';
const pair = (a: string, b: string): string => changes(head + a, head + b).join('\n');

describe('a date moved within one calendar year, one grant year (dates.ts shiftDays)', () => {
  // review65: "30 juni 2025 → 31 december 2025" was reported "(181 dagar tidigare än motsvarande dag, 30 juni 2026)"
  it('two dates of one year are plain days apart, never read against another year\'s day', () => {
    const out = pair('Sista dag att ansöka är 30 juni 2025.\n', 'Sista dag att ansöka är 31 december 2025.\n');
    expect(out).toMatch(/^requisition\.closes \| changed \| .*30 juni 2025 → 31 december 2025 \(184 dagar senare\)$/mu);
    expect(out).not.toMatch(/motsvarande|på året/u);
    // … and the shift itself, whatever the words: 184 days later
    expect(diffSpecs(spec(head + 'Sista dag att ansöka är 30 juni 2025.\n'), spec(head + 'Sista dag att ansöka är 31 december 2025.\n')).changes.find((c) => c.path === 'requisition.closes')?.shift_days).toBe(184);
  });
  it('… in other phrasings: a last day late in the year, a window moved to the autumn', () => {
    expect(pair('Ansökan ska vara inne senast den 15 januari 2026.\n', 'Ansökan ska vara inne senast den 20 november 2026.\n'))
      .toMatch(/^requisition\.closes \| changed \| .*\(309 dagar senare\)$/mu);
    const out = pair('Ansökningsperioden öppnar den 1 mars 2025 och stänger den 31 mars 2025.\n', 'Ansökningsperioden öppnar den 1 november 2025 och stänger den 30 november 2025.\n');
    expect(out).toMatch(/^requisition\.opens \| changed \| .*\(245 dagar senare\)$/mu);
    expect(out).toMatch(/^requisition\.closes \| changed \| .*\(244 dagar senare\)$/mu);
  });
  it('the same day reworded reports nothing', () => {
    expect(pair('Sista dag att ansöka är 30 juni 2025.\n', 'Ansökan ska ha kommit in senast den 30 juni 2025.\n')).toBe('');
  });
});

describe('a floor turned ceiling (rules.ts summa-minst, summa-hogst)', () => {
  // review65: "Det minsta belopp som kan sökas är 10 000 kronor." → "Det största belopp …" reported nothing
  it('the least sum become the most is the distribution changed', () => {
    expect(pair('Det minsta belopp som kan sökas är 10 000 kronor.\n', 'Det största belopp som kan sökas är 10 000 kronor.\n'))
      // since h/diff34 "största belopp" is read as a ceiling like "högsta belopp", so the new text's ceiling is a part of its own
      .toMatch(/^funding\.parts\.0 \| added \| .*högst 10 000 kr per ansökan/mu);
  });
  it('… in another phrasing', () => {
    expect(pair('Lägsta belopp för ett projektbidrag är 5 000 kr.\n', 'Högsta belopp för ett projektbidrag är 5 000 kr.\n')).toMatch(/^funding\.parts/mu);
  });
  it('the same floor reworded reports nothing', () => {
    expect(pair('Det minsta belopp som kan sökas är 10 000 kronor.\n', 'Lägsta belopp som kan sökas är 10 000 kronor.\n')).toBe('');
  });
});

describe('windows listed under a heading of times to apply (closing.ts tider-for-ansokan, text.ts TextSentence.over)', () => {
  // diffb31: "Tider för ansökan under 2018\n • 15 januari - 15 februari\n • 15 augusti - 15 september" → other days reported nothing
  const y2018 = 'Tider för ansökan under 2018\n • 15 januari - 15 februari\n • 15 augusti - 15 september\n';
  it('other days are the last and first day changed, quoted, no year given to them', () => {
    const out = pair(y2018, 'Tider för ansökan under 2018\n • 1 mars - 31 mars\n • 1 oktober - 31 oktober\n');
    expect(out).toMatch(/^requisition\.closes \| changed \| .*15 januari - 15 februari → 1 mars - 31 mars/mu);
    expect(out).toMatch(/^requisition\.opens \| changed \| /mu);
    expect(out).not.toMatch(/2018/u);
  });
  it('… in other phrasings: a lead with a colon, a heading with the year and one-month windows', () => {
    expect(pair('Ansökningsperioder:\n• 1 februari – 15 mars\n• 1 september – 15 oktober\n', 'Ansökningsperioder:\n• 1 februari – 31 mars\n• 1 september – 31 oktober\n'))
      .toMatch(/^requisition\.closes \| changed \| .*15 mars → .*31 mars/mu);
    expect(pair('Ansökningstider 2025\n- 1-15 mars\n- 1-15 oktober\n', 'Ansökningstider 2025\n- 1-20 mars\n- 1-15 oktober\n')).toMatch(/^requisition\.closes \| changed \| .*1-15 mars → 1-20 mars/mu);
  });
  it('the same windows written with other dashes, or a next year\'s heading over the same days, report nothing', () => {
    expect(pair(y2018, 'Tider för ansökan under 2018\n • 15 januari–15 februari\n • 15 augusti–15 september\n')).toBe('');
    expect(pair(y2018, y2018.replace('2018', '2019'))).toBe('');
  });
});

describe('a window kept when another is dropped (review65)', () => {
  // review65 (on c39cf751): "Rekvisitionen öppnar: 1 februari 2025 (nytt)" though the old text stated the window too; on
  // this main the kept window is quiet (the old spec states no opening, the old text writes the day): held here
  it('the kept window is no new opening or last day; the dropped one is reported where a row reads it', () => {
    const out = pair('Ansökan öppnar den 1 februari 2025 och stänger den 15 mars 2025. Ansökan öppnar igen den 1 september 2025 och stänger den 15 oktober 2025.\n',
      'Ansökan öppnar den 1 februari 2025 och stänger den 15 mars 2025.\n');
    expect(out).not.toMatch(/^requisition\.(?:opens|closes) \| added/mu);
    expect(out).toMatch(/^dates\.\d+ \| removed \| .*1 september 2025/mu);
  });
  it('… in another phrasing, a list of windows', () => {
    expect(pair('Ansökningsperioder:\n• 1 februari 2025 – 15 mars 2025\n• 1 september 2025 – 15 oktober 2025\n', 'Ansökningsperioder:\n• 1 februari 2025 – 15 mars 2025\n'))
      .not.toMatch(/^requisition\.(?:opens|closes) \| added/mu);
  });
  it('the same two windows reworded report nothing', () => {
    expect(pair('Ansökan öppnar den 1 februari 2025 och stänger den 15 mars 2025. Ansökan öppnar igen den 1 september 2025 och stänger den 15 oktober 2025.\n',
      'Ansökan öppnar den 1 februari 2025 och stänger den 15 mars 2025. Ansökan öppnar på nytt den 1 september 2025 och stänger den 15 oktober 2025.\n')).toBe('');
  });
});

describe('a purpose written as a list (rules.ts stodet-ska-syfte-lista, an item read with its lead)', () => {
  // diffb31: "Verksamhetsstödet ska:\n- Främja …\n- Stimulera …" → the purpose change was not seen (reported as a condition)
  it('another aim in the list is the purpose changed, not a condition', () => {
    const out = pair('Verksamhetsstödet ska:\n- Främja föreningslivet i kommunen\n- Stimulera barns idrott i kommunen\n', 'Verksamhetsstödet ska:\n- Främja kulturlivet i kommunen\n- Stimulera äldres hälsa i kommunen\n');
    expect(out).toMatch(/^purpose \| changed \| Syfte \(ur texten\): Främja föreningslivet i kommunen → Främja kulturlivet i kommunen/mu);
    expect(out).not.toMatch(/^conditions/mu);
  });
  it('… in another phrasing: an aim of the list replaced, an aim dropped', () => {
    expect(pair('Projektbidraget ska:\n• stärka ungas delaktighet i föreningslivet\n• bidra till ett jämställt föreningsliv i länet\n', 'Projektbidraget ska:\n• stärka äldres delaktighet i kulturlivet\n• bidra till ett jämställt föreningsliv i länet\n'))
      .toMatch(/^purpose \| removed \| .*stärka ungas delaktighet i föreningslivet/mu);
    expect(pair('Verksamhetsstödet ska:\n- Främja föreningslivet i kommunen\n- Stimulera barns idrott i kommunen\n', 'Verksamhetsstödet ska:\n- Främja föreningslivet i kommunen\n'))
      .toMatch(/^purpose \| removed \| .*Stimulera barns idrott i kommunen/mu);
  });
  it('the same aims reworded (case, closing marks) report nothing; a recipient\'s duties stay conditions', () => {
    expect(pair('Verksamhetsstödet ska:\n- Främja föreningslivet i kommunen\n- Stimulera barns idrott i kommunen\n', 'Verksamhetsstödet ska:\n- främja föreningslivet i kommunen,\n- stimulera barns idrott i kommunen.\n')).toBe('');
    expect(pair('Föreningen ska:\n- främja barns idrott i kommunen\n', 'Föreningen ska:\n- främja äldres hälsa i kommunen\n')).not.toMatch(/^purpose/mu);
  });
});

describe('what can no longer get support, in a clause\'s word order (rules.ts inte-kan-beviljas-stod)', () => {
  // diffb31: "Nyligen har regelverket för Klimatklivet ändrats, vilket innebär att såväl laddstationer som vätgastankstationer
  // inte kan beviljas stöd på samma sätt som tidigare." was not classified
  const klimat = 'Nyligen har regelverket för Klimatklivet ändrats, vilket innebär att såväl laddstationer som vätgastankstationer inte kan beviljas stöd på samma sätt som tidigare.\n';
  it('the new rule is a condition added', () => {
    expect(pair('Stöd kan ges för laddstationer och vätgastankstationer.\n', klimat)).toMatch(/^conditions \| added \| .*inte kan beviljas stöd/mu);
  });
  it('… in another phrasing', () => {
    expect(pair('Bidrag lämnas till åtgärder på enskilda avlopp och brunnar.\n', 'Bidrag lämnas till åtgärder på enskilda avlopp. Förordningen har ändrats, vilket innebär att enskilda brunnar inte längre får beviljas bidrag.\n'))
      .toMatch(/^conditions \| added \| .*inte längre får beviljas bidrag/mu);
  });
  it('the same rule reworded reports nothing', () => {
    expect(pair(klimat, 'Regelverket för Klimatklivet har nyligen ändrats, vilket innebär att såväl laddstationer som vätgastankstationer inte kan beviljas stöd på samma sätt som tidigare.\n')).toBe('');
  });
});

describe('a region, landsting or kommun as the body giving the grant (distributor.ts BODY)', () => {
  // diff32: "Landstinget Sörmland → Region Sörmland" as the body giving the grant was compared by no one ('X fördelar bidrag' read
  // nämnder, styrelser and förvaltningar only)
  it('the landsting become a region is the body giving the grant changed', () => {
    expect(pair('Landstinget Sörmland fördelar bidrag till länets studieförbund.\n', 'Region Sörmland fördelar bidrag till länets studieförbund.\n'))
      .toMatch(/^agency \| changed \| .*Landstinget Sörmland → Region Sörmland/mu);
  });
  it('… in other phrasings: a regionförbund handing out stipends, a landsting "i" its county', () => {
    expect(pair('Regionförbundet Kalmar län delar ut kulturstipendier till unga konstnärer.\n', 'Region Kalmar län delar ut kulturstipendier till unga konstnärer.\n'))
      .toMatch(/^agency \| changed \| .*Regionförbundet Kalmar län → Region Kalmar län/mu);
    expect(pair('Landstinget i Värmland fördelar bidrag.\n', 'Region Värmland fördelar bidrag.\n')).toMatch(/^agency \| changed \| /mu);
  });
  it('a body merely named elsewhere, or the same body with another verb, reports nothing', () => {
    expect(pair('Region Sörmland fördelar bidrag till föreningar. Frågor om bidraget besvaras av Landstinget Sörmland.\n', 'Region Sörmland fördelar bidrag till föreningar. Frågor om bidraget besvaras av Region Sörmland.\n')).toBe('');
    expect(pair('Region Sörmland fördelar bidrag till föreningar.\n', 'Region Sörmland delar ut bidrag till föreningar.\n')).toBe('');
  });
});
