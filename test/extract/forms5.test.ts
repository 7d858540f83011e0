import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { formStructureScore } from '../../extract/fields/reporting-form.js';
import { FORM_STRUCTURE_THRESHOLD } from '../../extract/cues/genre.js';

// Reporting texts shaped like dev texts 630-638: a form is decided by its structure before any field
// finder runs (head fields left blank, instructions to the one who fills it in), and a page that
// quotes a form's questions or tells where to fetch the blankett stays an anvisning.

const dir = mkdtempSync(join(tmpdir(), 'grantspec-forms5-'));
async function spec(text: string): Promise<{ kind: string; title?: string; year?: number; due?: string }> {
  const f = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(f, text);
  return extract(f, dir) as Promise<{ kind: string; title?: string; year?: number; due?: string }>;
}

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
