import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 820-828 (branch h/forms7) and the traps of reporting forms:
// a site section's label above a grant's name, and dates a form or a rule marks as examples.

interface Spec { kind: string; title?: string; year?: number; due?: string; reporting?: { due?: string }; requisition?: { opens?: string; closes?: string }; dates?: unknown[] }
const spec = (text: string) => specOf<Spec>(text);

describe('a site section\'s label above the grant\'s name (dev 821)', () => {
  it('takes the grant\'s name, not "<owner>s stöd"', async () => {
    const s = await spec(['Filminstitutets stöd', '', 'Stöd till nya biografer', '',
      'Syftet är att främja etablering av biograf på orter där biograf saknas', '', 'Hur redovisar man?', '',
      'Biografägaren redovisar stödet genom att skicka in underlag senast sex månader efter beslut.'].join('\n'));
    expect(s.title).toBe('Stöd till nya biografer');
  });
  it('keeps such a line as the title when no grant\'s name stands below it', async () => {
    const s = await spec(['Kulturbryggans bidrag', '',
      'Vi kommer under året att utlysa två olika bidrag – ett projektbidrag och ett strukturbidrag.', '',
      'Villkor', '', 'Lägsta sökbelopp är 50 000 kronor.'].join('\n'));
    expect(s.title).toBe('Kulturbryggans bidrag');
  });
});

describe('a date marked as an example', () => {
  it('is no report due date', async () => {
    const s = await spec(['Redovisning av bidrag', '', 'Datum: ÅÅÅÅ-MM-DD', '',
      'Redovisningen ska vara inkommen senast 2023-01-31 (exempel). Sista dag för redovisning framgår av beslutet.', '',
      'Ni ska redovisa hur bidraget har använts och bifoga en ekonomisk redovisning.'].join('\n'));
    expect(s.reporting?.due).toBeUndefined();
    expect(s.due).toBeUndefined();
  });
  it('is no application window day, and a rule\'s real date beside it still is', async () => {
    const s = await spec(['Bidrag till kulturarrangemang', '', 'Ansökan ska vara inkommen senast 2023-01-31 (exempel). Aktuellt datum framgår av kommunens webbplats.', '',
      'Redovisning ska lämnas senast t.ex. 2023-06-30 om arrangemanget genomförs i maj.'].join('\n'));
    expect(s.requisition?.closes).toBeUndefined();
    expect(s.reporting?.due).toBeUndefined();
    const t = await spec(['Bidrag till kulturarrangemang', '', 'Ansökan ska vara inkommen senast den 31 januari 2024, till exempel via e-tjänsten.'].join('\n'));
    expect(t.requisition?.closes).toBe('2024-01-31');
  });
});

describe('a reporting form\'s questions', () => {
  const form = (lead: string, items: string[]): string => ['Redovisning av verksamhetsbidrag 2023', '', lead,
    ...items.map((t, i) => `${i + 1}. ${t}`), '',
    'Frågor i formuläret', '1.1 Hur många medlemmar hade organisationen?', '1.2 Hur många av dem var under 25 år?',
    '2.1 Beskriv verksamheten (max 2 000 tecken)', '2.2 Beskriv hur bidraget har använts (max 2 000 tecken)', '',
    'Redovisningen ska ha kommit in senast den 1 mars 2024.'].join('\n');
  interface Q { number: number; text: string; max_chars?: number }
  it('are not the documents a list under the report\'s lead names', async () => {
    const s = await spec(form('Redovisningen ska innehålla:', ['En verksamhetsberättelse', 'En ekonomisk redovisning', 'Revisionsberättelse'])) as Spec & { questions?: Q[] };
    expect(s.kind).toBe('reporting-form');
    expect(s.due).toBe('2024-03-01');
    expect(s.questions ?? []).toEqual([]);
  });
  it('are the report\'s numbered parts under the same lead, and a part numbered under another question gives none of them its limit', async () => {
    const s = await spec(form('Redovisningen ska innehålla:', ['Sammanfattning av verksamheten', 'Genomförda aktiviteter', 'Resultat och lärdomar'])) as Spec & { questions?: Q[] };
    expect(s.questions?.map((q) => q.number)).toEqual([1, 2, 3]);
    expect(s.questions?.[2]?.max_chars).toBeUndefined();
  });
});

describe('a question whose own line carries its box\'s limit (dev 580)', () => {
  it('reads the limit from the question\'s line', async () => {
    const s = await spec(['Redovisningsblankett – föreningsbidrag', '', 'Fyll i blanketten och skicka den till kommunen.', '',
      'Verksamhetsår: 20____', 'Beviljat belopp: ____________ kr', '',
      '1. Beskriv verksamheten (max 1000 tecken)', '2. Antal deltagare', '3. Övriga upplysningar', '', 'Underskrift ordförande'].join('\n')) as Spec & { questions?: Array<{ number: number; type: string; max_chars?: number }> };
    expect(s.kind).toBe('reporting-form');
    expect(s.year).toBeUndefined();
    expect(s.questions?.[0]).toMatchObject({ number: 1, type: 'long-text', max_chars: 1000 });
    expect(s.questions?.[1]?.max_chars).toBeUndefined();
  });
});

describe('a head that names the form itself above numbered questions', () => {
  it('is a reporting form, and an earlier round\'s date in a note is not its due date', async () => {
    const s = await spec(['Återrapporteringsformulär 2024', '',
      'Formuläret öppnar den 1 februari 2025. Observera att det sista datumet för 2023 års återrapportering var den 15 mars 2024.', '',
      '1. Kommunens namn', '2. Mottaget statsbidrag (kronor)', '3. Använt statsbidrag (kronor)', '4. Beskriv insatserna (max 1000 tecken)', '5. Kontaktperson och e-postadress'].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(s.year).toBe(2024);
    expect(s.due).toBeUndefined();
  });
  it('is no form when the head is a sentence about the form', async () => {
    const s = await spec(['Återrapporteringsformuläret öppnar den 1 februari 2025.', '',
      'Kommunerna ska redovisa hur statsbidraget har använts. Redovisningen ska innehålla följande uppgifter:', '',
      '1. Hur mycket av bidraget som har använts', '2. Vilka insatser som har genomförts', '3. Vilka resultat insatserna har gett'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});
