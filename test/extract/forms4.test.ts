import { describe, expect, it } from 'vitest';
import type { Anvisning, ReportingForm } from '../../specs/schema/index.js';
import { specOf } from './probe.js';

// Reporting texts shaped like dev texts 580-594: a printed återrapporteringsblankett that says how
// to fill it in above blank field labels, a report format's numbered parts, a statistics form's
// intro, a form's help text with no head, and reporting pages that name their grant only as
// "C-understöd", "partistöd" or "narrativ rapportering"; chrome of a forum, a search box and a diocese.

const spec = (text: string) => specOf<Anvisning | ReportingForm>(text);

const LABELS = ['Namn på organisationen:', '', 'Org.nr:', '', 'Postort:', '', 'E-postadress till kontaktperson:', ''];

describe('reporting texts of a seventh batch', () => {
  it('reads a printed återrapportering form with fill-in help and blank labels as a form, with its year and due date', async () => {
    const s = await spec(['Blankett 2018-12-01', '', 'Återrapportering av statsbidrag för 2018 till föreningar som arbetar med äldre', '',
      'Så här använder du den elektroniska blanketten:', '', 'Fyll i de gråmarkerade fälten i blanketten.', '',
      'Återrapporteringen ska ha kommit in till myndigheten senast den 31 mars 2019.', '',
      '1. Kontaktuppgifter', '', ...LABELS, '2. Sammanfattning av verksamheten, max 1 200 tecken', ''].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toContain('Återrapportering av statsbidrag för 2018');
    expect(s.year).toBe(2018);
    expect(s.due).toBe('2019-03-31');
  });

  it('does not read an application form with the same fill-in help as a reporting form', async () => {
    const s = await spec(['Ansökan om statsbidrag för 2024 till föreningar', '',
      'Så här använder du den elektroniska blanketten:', '', 'Fyll i de gråmarkerade fälten i blanketten.', '',
      'Ansökan ska ha kommit in senast den 1 mars 2024.', '', ...LABELS].join('\n'));
    expect(s.kind).toBe('anvisning');
  });

  it('reads a report format with numbered parts as a form, titled by the report', async () => {
    const s = await spec(['Format för rapporter', '', '2 A Organisationens slutrapport för treårsperiod', '', 'Redovisa', '',
      '1. förändringar av organisationens mål under perioden', '2. erfarenheter av samarbetet med partnerorganisationer',
      '3. erfarenheter av systemet för uppföljning', '4. förändringar av budskapen i kommunikationen'].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toContain('slutrapport');
  });

  it('reads a statistics form whose intro points at its own fields as a form, with the year it is for and no due date', async () => {
    const s = await spec(['STATISTIKUPPGIFTER FÖR ÅRET 2024', '',
      'Del 1 är samfundsspecifik information. Del 2 gäller regelbundna deltagare och redovisas till myndigheten som fördelar bidraget.', '',
      'Från år 2021 har samfunden gemensamma kategorier för fälten A-F i del 2 nedan.'].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.year).toBe(2024);
    expect(s.due).toBeUndefined();
  });

  it('does not read a page about the figures, without the form\'s head, as a form', async () => {
    const s = await spec(['Statistik och bidrag', '',
      'Varje år redovisar församlingarna sina deltagare till myndigheten, som fördelar bidraget efter dem.', '',
      'Läs mer om kategorierna i fälten nedan i vår handbok.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });

  it('reads a help text with no head that says what the report form asks for and how a field is filled in as a form', async () => {
    const s = await spec(['Den ekonomiska slutrapporten lämnas efter bidragstidens slut. Nedanstående information ska redovisas i formuläret:', '',
      'Utbetalade och förbrukade medel.', '',
      'Fyll i hur mycket av bidraget som ska återbetalas (skriv en nolla om ingen återbetalning ska ske).'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });

  // reviewer (fixB 2): the report must be the form's own, not any mention of one; an application's form is never a reporting form
  it('does not read an application\'s help text that mentions a final report as a reporting form', async () => {
    const s = await spec(['Ansökan om aktivitetsbidrag', '', 'Nedanstående uppgifter ska fyllas i i blanketten:', '',
      'Fyll i hur många sammankomster föreningen har haft under året.', '',
      'Ansökan ska ha kommit in senast den 15 februari 2025. Beviljat bidrag ska redovisas i en slutrapport.'].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.requisition?.closes).toBe('2025-02-15');
  });

  it('does not read a web page on reporting that says "fyll i fälten nedan" as a form', async () => {
    const s = await spec(['Redovisning av föreningsbidrag', '',
      'Föreningar som fått bidrag ska redovisa bidraget senast den 31 mars 2025 i en slutrapport. Använd e-tjänsten och fyll i fälten nedan.'].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.reporting?.due).toBe('2025-03-31');
  });

  // reviewer (fixB 4): pages with no grant whose deadline or narrative report only looks like a grant's reporting
  it('refuses a course, a company and a journalism page that speak of a report\'s deadline', async () => {
    for (const t of [['Kurs i projektledning', '', 'Ansökan till kursen görs via webben.', '', 'Deadline för slutlig rapport: 15 maj.'],
      ['Kvartalsrapport', '', 'Våra resultat för första kvartalet.', '', 'Deadline för rapportering är 10 maj. Ansökan om notering på börsen lämnas i juni.'],
      ['Journalistik', '', 'En narrativ rapport beskriver ett skeende. Ansökan till utbildningen öppnar i mars.']]) {
      await expect(spec(t.join('\n'))).rejects.toThrow(/grant instructions/);
    }
  });

  it('reads a funder\'s page on interim and final reports of "C-understöd" as reporting instructions, not as no grant', async () => {
    const s = await spec(['Mellan- och slutrapport', '', 'Mellanrapporten ska fyllas i för de projekt (C-understöd) som pågår i tre år.', '',
      'Om det gäller flera understödsobjekt ska man fylla i en separat rapport om varje objekt.'].join('\n'));
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Mellan- och slutrapport');
  });

  it('reads a kommun\'s e-service for reporting partistöd as reporting instructions', async () => {
    const s = await spec(['Redovisa partistöd', '', 'Via den här e-tjänsten lämnar firmatecknare redovisning av det kommunala partistödet.', '',
      'Granskning ska ske av partiets utsedda kontrollant.'].join('\n'));
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Redovisa partistöd');
  });

  it('reads a calendar of narrative and financial reporting deadlines as reporting instructions, with no requisition', async () => {
    const s = await spec(['Kalendarium', '', '1 december 2022', 'Deadline för reseplanering.', '', '31 december 2022', 'Deadline PO narrativ rapportering.', '',
      '28 februari 2023', 'Deadline PO finansiella rapportering.'].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.requisition?.closes).toBeUndefined();
  });

  it('takes no title from a forum\'s or a search box\'s chrome, nor from a diocese\'s name alone', async () => {
    const a = await spec(['Till senaste kommentaren', 'Detta inlägg är gammalt och kan innehålla inaktuell information.', '',
      '# Hur redovisar man verksamhetsbidraget?', '', 'Redovisningen av verksamhetsbidraget ska spegla utfallet av ert verksamhetsår.'].join('\n'));
    expect(a.title).toBe('Hur redovisar man verksamhetsbidraget?');
    const b = await spec(['# Din sökning gav 0 träffar', '', 'Ett fel uppstod.', '', '# Lunds stift', '', '# Församlingsbidrag', '',
      'Församlingsbidrag för år 2025 kan sökas hos stiftet. Återrapporteringen skickas till stiftet senast 31 mars varje år.'].join('\n'));
    expect(b.title).toBe('Församlingsbidrag');
  });

  it('names the documents a board sends in after a lead with a long subject and no year on a recurring deadline', async () => {
    const s = await spec(['Aktivitetsbidrag', '', 'De lokala sällskapen får ett aktivitetsbidrag om 5 000 kr/år.', '',
      'För att få bidraget utbetalt så ska styrelsen för det lokala sällskapet/gillet årligen skicka in:', '',
      '- Kopia på årsmötesprotokoll', '- Verksamhetsberättelse (föregående år)', '',
      'Detta ska göras senast den 30 mars.'].join('\n')) as Anvisning;
    const docs = (s.evidence_documents ?? []).map((d) => (typeof d === 'string' ? d : d.text).toLowerCase());
    expect(docs.some((d) => d.includes('årsmötesprotokoll'))).toBe(true);
    expect(docs.some((d) => d.includes('verksamhetsberättelse'))).toBe(true);
    expect(s.funding?.total).toBeUndefined();
    expect(s.reporting?.due === undefined || typeof s.reporting.due === 'object').toBe(true);
  });
});
