import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readText } from '../../extract/read/text.js';
import { looksLikeForm } from '../../extract/fields/reporting-form.js';

// Issue 12, h/forms75: Swedish pages around reporting (dev 2240–2249). The one wrong value of the first run was dev 2245's
// kind: Arvsfonden's "Frågor och bilagor i ansökan om projektstöd" lists an application's sections and blank fields
// ("Sökande organisation:", "Projektnamn:" …) and was read as a reporting form by fields-without-report-head. FORM_MARKS
// application-head (extract/cues/reporting.ts) now also takes a head naming an application's questions, fields or
// attachments; not a payout claim that carries the final report, nor a head that also names a report.

const form = (text: string): boolean => looksLikeForm(readText('t.txt', text));
const fields = (labels: string[]): string => labels.map((l) => `${l}:`).join('\n');

describe('an application\'s questions and fields under a head that says so are no reporting form (application-head)', () => {
  it('the batch\'s phrase: dev 2245 (Arvsfonden)', () => {
    const text = readFileSync(new URL('../corpus/dev/2245-arvsfonden-fragor-och-bilagor-ansokan-projektstod.txt', import.meta.url), 'utf8');
    expect(form(text)).toBe(false);
  });
  it('paraphrase: "Frågorna i ansökningsformuläret" over a kommun\'s applicant fields', () => {
    const text = `Frågorna i ansökningsformuläret\n\nHär ser du vad formuläret frågar efter, så att du kan förbereda dina svar innan du loggar in.\n\n${fields(['Sökande förening', 'Föreningens namn', 'Organisationsnummer', 'Adress', 'Postnummer', 'Ort', 'Kontaktperson', 'E-post', 'Telefon', 'Bankgiro'])}\n`;
    expect(form(text)).toBe(false);
  });
  it('paraphrase: "Fält och bilagor i e-tjänsten för ansökan om verksamhetsbidrag" under a skip link', () => {
    const text = `Till huvudinnehåll\n\nFält och bilagor i e-tjänsten för ansökan om verksamhetsbidrag\n\nNedan listar vi fälten i e-tjänsten. Förbered uppgifterna innan du börjar.\n\n${fields(['Organisationens namn', 'Organisationsnummer', 'Utdelningsadress', 'Postnummer', 'Postort', 'Webbplats', 'Kontaktperson', 'E-postadress', 'Telefonnummer', 'Plusgiro eller bankgiro'])}\n`;
    expect(form(text)).toBe(false);
  });
});

describe('counter-probes: report forms whose head names an application of another kind or a report stay forms', () => {
  it('a Leader payout claim that carries the final report: "Frågor i ansökan om slututbetalning"', () => {
    const text = `Frågor i ansökan om slututbetalning\n\n${fields(['Projektets namn', 'Journalnummer', 'Stödmottagare', 'Organisationsnummer', 'Kontaktperson', 'E-postadress', 'Telefonnummer'])}\n\n1. Beskriv kortfattat vad som har gjorts i projektet.\n2. Vilka resultat har projektet gett?\n3. Har projektets mål nåtts? Om inte, varför?\n4. Hur ska verksamheten leva vidare efter projektet?\n`;
    expect(form(text)).toBe(true);
  });
  it('a head that names the report too: "Frågorna i ansökan och i slutrapporten" over a slutrapport\'s fields', () => {
    const text = `Frågorna i ansökan och i slutrapporten\n\nSlutrapport\n\n${fields(['Projektnamn', 'Diarienummer', 'Projektägare', 'Kontaktperson', 'E-post', 'Telefon', 'Projektperiod'])}\n\n1. Vad har ni genomfört under projektet?\n2. Hur har målgruppen nåtts?\n3. Vilka resultat har ni uppnått?\n4. Hur har pengarna använts?\n`;
    expect(form(text)).toBe(true);
  });
  it('a payout request with a lägesrapport: "Bilagor i er ansökan om utbetalning"', () => {
    const text = `Bilagor i er ansökan om utbetalning\n\nLägesrapport\n\n${fields(['Projektnamn', 'Diarienummer', 'Stödmottagare', 'Kontaktperson', 'E-post', 'Rapportperiod'])}\n\n1. Vilka aktiviteter har genomförts under perioden?\n2. Följer projektet tidsplanen?\n3. Hur har kostnaderna utvecklats jämfört med budgeten?\n`;
    expect(form(text)).toBe(true);
  });
});
