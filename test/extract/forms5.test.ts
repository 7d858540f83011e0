import { describe, expect, it } from 'vitest';
import { formStructureCounts, formStructureScore } from '../../extract/fields/reporting-form.js';
import { FORM_STRUCTURE, FORM_STRUCTURE_THRESHOLD } from '../../extract/cues/genre.js';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 630-638: a form is decided by its structure before any field
// finder runs (head fields left blank, instructions to the one who fills it in), and a page that
// quotes a form's questions or tells where to fetch the blankett stays an anvisning.

const spec = (text: string) => specOf<{ kind: string; title?: string; year?: number; due?: string }>(text);

const FILLED = ['Slutrapport för projekt', '',
  '1 Slutrapport för projekt Allmänna uppgifter Datum: Projekttid: Journalnummer: LAG diarienr: AB-012 Projektnamn: Stigar vid sjön '
  + 'Sammanställning Ange i punktform positiva effekter och därefter övriga erfarenheter av projektet. Ca 1500 besökare under 2012. '
  + 'Bakgrund Redogör kortfattat för bakgrunden till projektet. Föreningen ville göra sjön tillgänglig. '
  + 'Syfte och målgrupp Redogör för syftet med projektet och till vilken målgrupp projektet riktades. Allmänheten i alla åldrar.'].join('\n');

describe('the structure of a form, decided before the field finders', () => {
  it('reads a filled-in slutrapport that names no grant as a form, by its blank head fields and filler instructions, with no year from its answers', async () => {
    expect(formStructureScore(FILLED)).toBeGreaterThanOrEqual(FORM_STRUCTURE_THRESHOLD);
    const s = await spec(FILLED);
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toContain('Slutrapport för projekt');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
  });

  it('keeps a page that quotes the form\'s questions and tells when the report is due as an anvisning', async () => {
    const text = ['Bygdemedel för vindkraft - Återrapport', '',
      'Den som beviljats bidrag från bygdemedel skall återrapportera till kommunen hur pengarna använts.', '',
      'I formuläret svarar du med text på följande frågor:', '', '  • Vad har ni gjort i projektet?', '  • Hur har pengarna använts?', '',
      'Rapporten skall göras senast 15 februari året efter att bidraget beviljades. Logga in med bank-ID.'].join('\n');
    expect(formStructureScore(text)).toBeLessThan(FORM_STRUCTURE_THRESHOLD);
    expect((await spec(text)).kind).toBe('anvisning');
  });

  it('keeps a slutrapport page that describes the blankett from outside as an anvisning', async () => {
    const text = ['Slutrapport', '', 'Mall för slutrapport finns här nedanför. Ladda ner blankett för slutrapport.', '',
      'Slutrapporten för projekt som fått bidrag ska skickas till oss senast två månader efter projekttidens slut.', '',
      'Ange projektets namn samt diarienummer i ämnesraden. Redogör för hur ni nått projektets mål.'].join('\n');
    expect(formStructureScore(text)).toBeLessThan(FORM_STRUCTURE_THRESHOLD);
    expect((await spec(text)).kind).toBe('anvisning');
  });

  it('does not read an application form with blanks and a signature block as a reporting form', async () => {
    const text = ['Ansökan om föreningsbidrag för år: ____________', '', 'Föreningens namn: Kontaktperson: Adress:', '',
      'Organisationsnummer: ____________', '', 'Namnförtydligande ____________', '',
      'Ansökan om föreningsbidrag ska lämnas senast 1 juli tillsammans med verksamhetsberättelse.'].join('\n');
    expect((await spec(text)).kind).toBe('anvisning');
  });
});

describe('a form\'s own fields, precision first', () => {
  it('takes a form\'s year from a sentence that names the grant\'s year, not from a year in an answer', async () => {
    const head = ['Slutrapport för projekt', '', 'Datum: Projekttid: Journalnummer: Projektnamn: Ängen',
      'Bakgrund Redogör kortfattat för bakgrunden till projektet.'];
    const answer = await spec([...head, 'Under 2011 kom 300 besökare till ängen.'].join('\n'));
    expect(answer.kind).toBe('reporting-form');
    expect(answer.year).toBeUndefined();
    const stated = await spec([...head, 'Rapporten avser statsbidrag för 2016 till föreningar.'].join('\n'));
    expect(stated.kind).toBe('reporting-form');
    expect(stated.year).toBe(2016);
  });
});

describe('one form mark repeated is no form', () => {
  it('keeps a report page whose only mark is a blank letterhead repeated as an anvisning', async () => {
    const text = ['Redovisning av statsbidrag till föreningar', '', 'Datum: Dnr: Sida:', 'Datum: Dnr: Sida:', 'Datum: Dnr: Sida:', '',
      'Föreningen redovisar hur statsbidraget har använts i verksamhetsberättelsen.'].join('\n');
    expect(formStructureScore(text)).toBeGreaterThanOrEqual(FORM_STRUCTURE_THRESHOLD);
    expect((await spec(text)).kind).toBe('anvisning');
  });
});

// A grant's instruction that tells, in prose, what the application and the report must hold: its
// capitalised field names and "Beskriv kortfattat …" stand inside sentences, and its title names
// the rules and the report together; none of that is a form's structure (reviewer, fix7).
const RULES_AND_REPORT = ['Kulturbidrag 2024 – villkor och redovisning av bidrag', '',
  'Kommunen fördelar totalt 500 000 kronor till kulturprojekt under 2024. Ideella föreningar i kommunen kan söka bidraget. Ansökan ska ha kommit in senast den 15 mars 2024.', '',
  'Bidraget får användas till kostnader för kulturarrangemang som är öppna för allmänheten.', '',
  'Ansökan ska innehålla projektnamn, projekttid och projektägare. Beskriv kortfattat projektets syfte och beskriv kortfattat hur projektet ska genomföras.', '',
  'Redovisning', '',
  'Projektet redovisas på kommunens blankett inom två månader efter projektets slut. I redovisningen anger ni Projektnamn, Projekttid och Projektägare. Redogör kortfattat för hur bidraget har använts. Beskriv kortfattat vad projektet har gett deltagarna.'].join('\n');

describe('prose about a form is no form', () => {
  it('keeps a grant instruction that names head fields and filler instructions inside sentences as an anvisning, with its fields', async () => {
    const counts = formStructureCounts(RULES_AND_REPORT);
    expect(counts.get('head-field')).toBe(0);
    expect(counts.get('filler-instruction')).toBe(0);
    expect(formStructureScore(RULES_AND_REPORT)).toBeLessThan(FORM_STRUCTURE_THRESHOLD);
    const s = await spec(RULES_AND_REPORT) as { kind: string; funding?: { total?: number }; requisition?: { closes?: string } };
    expect(s.kind).toBe('anvisning');
    expect(s.funding?.total).toBe(500000);
    expect(s.requisition?.closes).toBe('2024-03-15');
  });

  it('still counts head fields and filler instructions that stand as a form\'s own lines', () => {
    const text = ['Redovisning av kulturbidrag', '', 'Projektnamn:', 'Projekttid:', 'Projektägare: Kulturföreningen Ljus',
      'Redogör kortfattat för hur bidraget har använts.', '• Beskriv kortfattat vad projektet har gett deltagarna.'].join('\n');
    const counts = formStructureCounts(text);
    expect(counts.get('head-field')).toBe(3);
    expect(counts.get('filler-instruction')).toBe(2);
  });
});

describe('the structure table is the pattern that runs', () => {
  // formStructure counts each row's pattern made global over the whole text: each row's examples
  // must be counted and its counter-examples not, or the table tests another pattern than the one scored
  it.each(FORM_STRUCTURE.map((row) => [row.id, row] as const))('%s: counted on its examples, not on its counter-examples', (_id, row) => {
    for (const ex of row.examples) expect(formStructureCounts(ex).get(row.id), `example: ${ex}`).toBeGreaterThan(0);
    for (const ex of row.counterExamples) expect(formStructureCounts(ex).get(row.id), `counter-example: ${ex}`).toBe(0);
  });
});
