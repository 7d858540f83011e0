import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 890-902 (branch h/forms8): `kind` weighed by the evidence of
// a form against the prose of an anvisning, a year inside a title's date, a programme's slogan and an
// archive notice above a page's heading.

interface Spec { kind: string; title?: string; year?: number; questions?: unknown[] }
const spec = (text: string) => specOf<Spec>(text);

describe('a web report form with no numbered questions (dev 890)', () => {
  it('is a reporting-form: it names itself a form, marks its required fields and asks its questions on lines of their own', async () => {
    const s = await spec(['Redovisa genom att fylla i formuläret.', '', 'REDOVISNING småprojekt checken KULTUR', '',
      'Detta är ett formulär som används när ni ska redovisa projektmedel till småprojekt. Använd er ansökan som stöd.', '',
      '"*" anger obligatoriska fält', '', 'Kontaktperson', '', 'Vad har ni gjort?', '',
      'Hur många har deltagit?', '', 'Ideell tid', '', 'Värdet per timme är 340 kr.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toContain('småprojekt checken');
  });
  it('stays an anvisning when the same marks stand among a grant\'s rules: weak evidence keeps the kind', async () => {
    const s = await spec(['Bidrag till småprojekt', '', 'Vem kan söka?', '',
      'Bidrag kan sökas av ideella föreningar. Bidrag får lämnas med högst 25 000 kronor per projekt.', '',
      'Ansökan ska ha kommit in senast den 31 mars 2025. Medlen får inte användas till investeringar.', '',
      'Vad har ni gjort?', '', 'Efter projektet ska redovisningen lämnas in senast den 30 november 2025. Bidraget kan återkrävas.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
  it('stays an anvisning when a page quotes the questions its e-service asks (dev 637)', async () => {
    const s = await spec(['Bygdemedel - Återrapport', '',
      'Den som beviljats bidrag ska återrapportera hur pengarna använts. I formuläret svarar du på följande frågor:', '',
      '  • Vad har ni gjort i projektet?', '  • Hur har pengarna använts?', '  • Vilka har nytta av projektet?', '',
      'Kostnader över 5.000 kronor ska styrkas med faktura. Rapporten ska göras senast 15 februari året efter att bidraget beviljades.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
  it('is a reporting-form when its prompts and choices stand on lines of their own under a lead that names it a form', async () => {
    const s = await spec(['Redovisning projektbidrag', '', 'Det här är en blankett för redovisning av projektbidrag.', '',
      'Har projektet genomförts enligt plan?', '☐ Ja', '☐ Nej', '', 'Beskriv hur projektet har genomförts', '',
      'Ange antal deltagare', '', 'Redogör för avvikelser från projektplanen'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
  it('is a reporting-form under a template\'s head with numbered questions below it', async () => {
    const s = await spec(['Mall för slutrapport', '', 'Projektets namn', '', '1. Hur har projektet genomförts?', '',
      '2. Vilka resultat har projektet nått?', '', '3. Hur har resultaten spridits?', '',
      'Medlen ska redovisas senast två månader efter projektets slut. Bidrag som inte används ska betalas tillbaka.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
});

describe('a year inside a full date of the title (dev 898)', () => {
  it('is no grant year', async () => {
    const s = await spec(['Resultatrapporter till e-tjänsten den 14 januari 2021', '',
      'En resultatrapport om verksamhet som förverkligas med understöd ska göras årligen för varje understödsobjekt.', '',
      'Understödstagarna får uppgifterna i e-tjänsten den 14 januari 2021.', '',
      'Resultatrapporten ska fyllas i och skickas in senast den 5 mars 2021.'].join('\n'));
    expect(s.year).toBeUndefined();
  });
  it('leaves a title\'s own year the grant year', async () => {
    const s = await spec(['Redovisning av föreningsbidrag 2024', '',
      'Föreningar som fått bidrag ska redovisa hur bidraget har använts senast den 31 mars 2025.'].join('\n'));
    expect(s.year).toBe(2024);
  });
});

describe('banner lines above an archived page\'s heading (dev 895)', () => {
  it('takes the heading, not the programme\'s slogan nor the archive notice, and reads a page headed by its report as a grant text', async () => {
    const s = await spec(['EU-program - En investering för framtiden!', '', 'Den här informationen gäller programperioden 2007-2013.', '',
      'Tips för lägesrapporterna', '',
      'Lägesrapporten ska beskriva de kostnader som tas upp i ansökan om utbetalning för samma period.', '',
      'Senast ändrad', '21 januari 2014 16:02'].join('\n'));
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Tips för lägesrapporterna');
    expect(s.year).toBeUndefined();
  });
});
