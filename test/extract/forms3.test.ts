import { describe, expect, it } from 'vitest';
import type { Anvisning, ReportingForm } from '../../specs/schema/index.js';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 490-503: filled-in slutrapporter read back by a sharing
// site, a programme office's page on the reports with no grant word, an application window a
// reporting page states, documents named in a lead that ends in the verb or in a prose sentence,
// chrome above the heading, a worked example's dates and a form whose fields carry limits.

const spec = (text: string) => specOf<Anvisning | ReportingForm>(text);

const SITE = ['Slutrapport Grön bygd', '', 'Storlek: px', 'Starta visningen från sidan:', '', 'Transkript', ''];

describe('reporting texts of a sixth batch', () => {
  it('reads a transcript that opens with the support\'s name and "Slutrapport" among field labels as a form', async () => {
    const s = await spec([...SITE,
      '1 PROJEKTSTÖD - Slutrapport Du ska använda blanketten för att skriva en slutrapport som beskriver genomförandet och resultatet av projektet. A. Uppgifter om stödmottagare Namn och adress Föreningen Bygden Journalnummer E-postadress B. Uppgifter om kontaktpersonen',
    ].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toContain('Slutrapport');
  });

  it('reads a filled-in report whose first page opens with "Slutrapport", its name and field labels as a form, with no year or due date from its version line', async () => {
    const s = await spec([...SITE,
      '1 Slutrapport Grön bygd Journalnummer: VER: 1.0 den 29 januari 2010 Projektledare: Anna Svensson Föreningen Bygden', '',
      '2 Kontaktpersoner Namn och adress Roll i projektet Underskrift och datum', '',
      '3 1. Inledning 1.1 Bakgrund Hösten 2009 startade föreningen ett projekt med stöd av Leader.',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
  });

  it('does not read a transcript whose first page tells when the report is due as a form', async () => {
    const s = await spec([...SITE,
      '1 Slutrapport ska lämnas senast två månader efter projektets slut. Ange journalnummer och projektledare i rapporten. Projektstödet betalas ut när rapporten är godkänd.',
    ].join('\n'));
    expect(s.kind).toBe('anvisning');
  });

  it('reads a programme\'s page that only says which reports its projects hand in as reporting instructions, not as no grant text', async () => {
    const s = await spec([
      'Mallar', '', 'Vid projektets slut:', '',
      'Alla projekt ska lämna in slutrapport, ekonomisk slutredovisning och administrativ bilaga. Slutrapporten på omkring 10 sidor skickas till programkansliet.', '',
    ].join('\n'));
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Mallar');
    // a page that only mentions a report is still not one
    await expect(spec(['Mallar', '', 'Slutrapporten publiceras på webbplatsen.', ''].join('\n'))).rejects.toThrow(/not-a-grant-instruction|says nothing|does not look/);
  });

  it('takes the last day applications are received as the window\'s close, and no date of the page or of the report', async () => {
    const s = await spec([
      'Ansökan, beslut och återrapport', 'Sidan uppdaterades: 12 februari 2025', '',
      'Ansökan om projektstöd görs i e-tjänsten. Ansökningar tas emot löpande fram till den 31 oktober 2025.', '',
      'Föreningen ska återrapportera inom en månad efter projektets slutdatum.', '',
    ].join('\n')) as Anvisning;
    expect(s.requisition?.closes).toBe('2025-10-31');
    expect(s.requisition?.opens).toBeUndefined();
    expect(s.reporting?.due).toBeUndefined();
    const r = await spec(['Redovisning av projektstöd', '', 'Redovisningar av projektstöd tas emot fram till den 31 oktober 2025.', ''].join('\n')) as Anvisning;
    expect(r.requisition?.closes).toBeUndefined();
  });

  it('takes the documents of a list after "ska föreningen årligen redovisa:", of a sentence that names them first, and of one that hands them in', async () => {
    const texts = (s: Anvisning): string[] => (s.evidence_documents ?? []).map((d) => (typeof d === 'string' ? d : d.text).toLowerCase());
    const list = await spec([
      'Bidragsberättigande', '', 'För att bibehålla bidragsberättigandet ska föreningen årligen redovisa:', '',
      '- Verksamhetsberättelse för föregående år', '- Reviderad årsredovisning', '- Budget för kommande år', '- Medlemsantal', '',
      'Föreningen ska spara handlingarna i fem år. Bidrag som inte har använts ska betalas tillbaka.', '',
    ].join('\n')) as Anvisning;
    expect(texts(list)).toEqual(['verksamhetsberättelse för föregående år', 'reviderad årsredovisning']);
    const prose = await spec([
      'Handläggning av bidrag', '', 'Direkt efter årsmötet ska uppgifter om medlemsantal lämnas till föreningsbyrån. Uppgifterna är underlag för bidragsutbetalning.', '',
      'Verksamhetsberättelse, räkenskapssammandrag och revisionsberättelse ska lämnas in till föreningsbyrån vid uppmaning.', '',
    ].join('\n')) as Anvisning;
    expect(texts(prose)).toEqual(['verksamhetsberättelse', 'revisionsberättelse']);
    const handed = await spec([
      'Bidrag till distriktsförbund', '', 'Bidraget fördelas varje år av regionens anslag.', '',
      'Förbunden ska lämna in revisionsberättelse och verksamhetsberättelse senast en månad efter genomfört årsmöte.', '',
    ].join('\n')) as Anvisning;
    expect(texts(handed)).toEqual(['revisionsberättelse', 'verksamhetsberättelse']);
    // documents that go with the application are the application's, not handed in by this rule
    const applied = await spec(['Bidrag till distriktsförbund', '', 'Bidraget fördelas varje år.', '', 'Till ansökan ska förbunden lämna in revisionsberättelse och verksamhetsberättelse.', ''].join('\n')) as Anvisning;
    expect(texts(applied)).toEqual([]);
  });

  it('takes the heading below two skip links on one line, or below a table-of-contents label, as the title', async () => {
    const skip = await spec(['Gå till huvudinnehållet Gå till huvudmenyn', '', 'Fonden - utbetalning och rapportering', '', 'Slutrapporten ska skickas till fonden senast sex månader efter stipendieperiodens slut.', 'Resterande del av stipendiet betalas ut efter slutrapporten.', ''].join('\n'));
    expect(skip.title).toBe('Fonden - utbetalning och rapportering');
    const toc = await spec(['Innehåll på sidan', '', 'När du beviljats forskningsbidrag', '', 'När projektet är avslutat ska du skicka in en slutredovisning av forskningsbidraget till oss.', ''].join('\n'));
    expect(toc.title).toBe('När du beviljats forskningsbidrag');
  });

  it('takes no due date or year from a worked case drawn from the rule ("Om ni fick bidrag 2023 … ska redovisningen alltså …")', async () => {
    const s = await spec([
      'Så redovisar ni ert bidrag', '', 'Alla som har fått bidrag från stiftelsen ska redovisa hur pengarna har använts.', '',
      'Redovisningen ska ha kommit in senast sex månader efter att projektet avslutats. Om ni fick bidrag 2023 och projektet avslutades i december 2023 ska redovisningen alltså ha kommit in senast den 30 juni 2024.', '',
    ].join('\n')) as Anvisning;
    expect(s.reporting?.due).toBeUndefined();
    expect(s.year).toBeUndefined();
  });

  it('reads a report\'s page whose numbered fields carry limits as a form, and takes no window from the next application nor a due date from the form\'s mailing', async () => {
    const s = await spec([
      'Återrapportering av projektmedel 2024', '',
      'Blanketten skickas ut till alla bidragsmottagare senast den 15 januari 2025.', 'Ansökan om bidrag för 2025 ska lämnas senast den 30 september 2024.', '',
      '1. Kontaktuppgifter', '2. Beskriv projektets genomförande (max 3000 tecken)', '3. Beskriv projektets resultat (max 3000 tecken)', '4. Ekonomisk redovisning', '5. Övrigt', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.due).toBeUndefined();
    expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
  });
  it('reads a report template with head fields and numbered questions as a form even where it names no grant; its version date, report period and sub-items give no year, no due date and no extra questions', async () => {
    const s = await spec([
      'Lägesrapport', '', 'Projektnamn: ______________________', 'Diarienummer: 2021-00123', 'Rapportperiod: 2022-01-01 – 2022-06-30', '',
      '1. Hur har projektet fortskridit under perioden?', '2. Har det uppstått avvikelser från projektplanen?', ' 2.1 Tidsmässiga avvikelser', ' 2.2 Ekonomiska avvikelser',
      '3. Planerade aktiviteter kommande period.', '', 'Lägesrapporten ska skickas in senast 30 dagar efter rapportperiodens slut.', '',
      'Region Exempel, Regional utveckling, 851 02 Sundsvall', 'Version 3, 2020-05-11', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
    expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3]);
    // the same head over prose that numbers nothing is no form, and names no grant
    await expect(spec(['Lägesrapport', '', 'Projektnamn: Grön bygd', 'Diarienummer: 2021-00123', '', 'Projektet har fortskridit enligt plan under våren.', ''].join('\n'))).rejects.toThrow(/says nothing|does not look/);
  });
});
