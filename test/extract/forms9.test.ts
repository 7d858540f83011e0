import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Report forms in shapes the dev forms lacked (branch h/forms9, dev 970-976): a form that speaks of
// itself ("on this form", "i denna blankett"), a template's note to delete its guidance, labels
// marked required by a star on their last word, English limits and heads, numbered field labels
// ending in a colon, a question with its Yes/No on the same line, a signature block in English, a
// survey's scale answers, questions set as headings or bold lines. Instructions about a form stay
// an anvisning.

interface Spec { kind: string; title?: string; questions?: unknown[] }
const spec = (text: string) => specOf<Spec>(text);

describe('an English interim report form (dev 973, 974)', () => {
  it('is a reporting-form: it speaks of itself, numbers its field labels and asks for a signature', async () => {
    const s = await spec(['INTERIM PERFORMANCE REPORT', 'Please consult attached instructions when filling out this form.',
      '1. Recipient organization (name and address):', '2. Grant number:', '3. Reporting period end date:',
      '4. Other attachments? Yes No', '5. Signature of Authorized Official:', '6. Date report submitted:'].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toBe('INTERIM PERFORMANCE REPORT');
  });
  it('stays an anvisning when a page says when and how the report is sent', async () => {
    const s = await spec(['Reporting on your grant', '',
      'The final report must be submitted no later than 30 days after the end of the project. The report is to be sent via the portal.', '',
      'The report form is available in the grant portal. Grants that are not used must be paid back.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});

describe('a report form\'s help text in English (dev 970)', () => {
  it('is a reporting-form: labels marked required by a star, limits in characters', async () => {
    const s = await spec(['The final report for the grant shall include the following information.', '',
      'Popular science summary* (Swedish, max 2 500 characters)', '', 'Describe the most important results.', '',
      'Popular science summary* (English, max 2 500 characters)', '', 'Key words* (1-5)', '', 'Provide 1-5 keywords.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
});

describe('a Swedish report template with a note to delete its help text', () => {
  it('is a reporting-form', async () => {
    const s = await spec(['Slutrapport', '', 'Ta bort denna hjälptext innan ni skickar in rapporten.', '',
      '1.1 Sammanfattning', 'Sammanfatta projektet.', '', '1.2 Resultat', 'Vilka resultat har projektet nått?', '',
      '1.3 Spridning', 'Hur har resultaten spridits?'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
});

describe('a follow-up survey of a grant (enkät)', () => {
  it('is a reporting-form: its head names the survey and its answers stand on a scale', async () => {
    const s = await spec(['Uppföljningsenkät till bidragsmottagare 2024', '', 'Svara på frågorna i denna blankett.', '',
      '1. I vilken utsträckning har bidraget bidragit till verksamhetens mål?', 'I hög utsträckning', 'I viss utsträckning',
      'Inte alls', '', '2. Hur många deltagare har ni nått?', '', '3. Har projektet följt tidsplanen? ☐ Ja ☐ Nej'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
});

describe('a web form whose questions are bold lines', () => {
  it('is a reporting-form', async () => {
    const s = await spec(['# Redovisning av föreningsbidrag', '', 'Detta är ett formulär för redovisning av föreningsbidrag.', '',
      '**Vad har föreningen gjort under året?**', '', '**Hur många medlemmar har deltagit?**', '',
      '**Har verksamheten genomförts enligt plan?**', '', 'Föreningens namn *'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
  it('a grant page with question headings stays an anvisning', async () => {
    const s = await spec(['# Föreningsbidrag', '', '## Vem kan söka?', '', 'Bidrag kan sökas av ideella föreningar i kommunen.', '',
      '## Hur mycket pengar finns?', '', 'Totalt fördelas 500 000 kronor. Ansökan ska ha kommit in senast den 31 mars 2025.', '',
      '## Hur redovisar vi?', '', 'Redovisningen ska lämnas in senast den 30 november 2025. Medlen får inte användas till investeringar.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});

describe('a Word report template with its content-control placeholders left in (dev 977)', () => {
  it('is a reporting-form', async () => {
    const s = await spec(['Lägesrapport för projektstöd', '', 'Projektets namn', 'Klicka eller tryck här för att ange text.', '',
      'Rapportperiod', 'Klicka eller tryck här för att ange datum.', '', 'Typ av rapport', 'Välj ett objekt.', '',
      'Beskriv vad som har genomförts under perioden.', 'Klicka eller tryck här för att ange text.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
  it('an instruction page that says "Klicka här för att läsa mer" stays an anvisning', async () => {
    const s = await spec(['Redovisa ert projektstöd', '', 'Lägesrapporten ska lämnas in senast den 31 mars 2025 i e-tjänsten.', '',
      'Medlen får inte användas till investeringar. Bidraget kan återkrävas.', '', 'Klicka här för att läsa mer.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});
