import { describe, expect, it } from 'vitest';
import type { Anvisning, ReportingForm } from '../../specs/schema/index.js';
import { specOf } from './probe.js';

// Reporting forms and reporting pages of funders the extractor was not written for, each as a
// small text of its own, built from what dev texts 231-239 showed: a printed template's room for
// answers, a report's numbered parts under its name, a handbook for the reports, a sub-list
// under a question, a region's "-stöd", a skip link and an announcement of next year's round.

const spec = (text: string) => specOf<Anvisning | ReportingForm>(text);

const LAGESRAPPORT = [
  'Lägesrapport', '', 'Projektnamn', '', 'Projektledare', '',
  '1. Introduktion', 'Redogör kort för projektets status och eventuella avvikelser.', 'Text….', '',
  '2. Periodens verksamhet', 'Ange vilka aktiviteter som har genomförts inom tidsperioden.', 'Text…..', '',
  '3. Uppnådda resultat', 'Beskriv hur projektet uppfyllt de uppställda målen.', 'Text….', '',
  'Blankett Lägesrapport version1 2011-04-04', '',
  'Lägesrapporten ska undertecknas av projektledaren.', '', 'Datum', '', 'Underskrift', '', '……………………………………………', '',
].join('\n');

describe('reporting forms of other funders', () => {
  it('reads a printed template with "Text…." placeholders as a form: its heading the title, no year from its version line, one question per number', async () => {
    const s = await spec(LAGESRAPPORT) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toBe('Lägesrapport');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
    expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3]);
    // the room for the answer is not a field to fill in
    expect(s.questions.flatMap((q) => q.fields ?? []).map((f) => f.label)).toEqual([]);
  });

  it('keeps a sub-list set in under a question with that question', async () => {
    const s = await spec([
      'Återrapportering av projektbidrag', '', 'Besvara frågorna i formuläret. Frågor markerade med * är obligatoriska.', '',
      '1. Organisationens namn *', '', '2. Beskriv hur ni har arbetat med följande perspektiv: *',
      '   1. Jämställdhet', '   2. Tillgänglighet', '   3. Miljö', '   4. Barnrätt', '',
      '3. Hur många deltagare har projektet nått? *', '', '4. Beskriv projektets resultat (max 2000 tecken) *', '', '5. Övriga kommentarer', '',
    ].join('\n')) as ReportingForm;
    expect(s.questions.map((q) => [q.number, q.text.slice(0, 12)])).toEqual([
      [1, 'Organisation'], [2, 'Beskriv hur '], [3, 'Hur många de'], [4, 'Beskriv proj'], [5, 'Övriga komme'],
    ]);
  });

  // (h/audit78: a page that sets out a free-text report's numbered parts under "Slutrapporten ska innehålla följande:" is about
  // the report, rule 3 of the audited kind rule, under any head; until then the report's name as its head made it the
  // report's guide, the rule printed-head-report-contents, dev 234, relabelled anvisning by the audit of the dev reporting kinds)
  it('reads a page that sets out a report\'s numbered parts under "ska innehålla följande:" as an anvisning, under the report\'s name or not', async () => {
    const parts = [
      'Slutrapporten ska innehålla följande:', '', '1. Sammanfattning', '', 'En kort beskrivning av projektet på högst en sida.', '',
      '2. Bakgrund', '', 'Varför startade projektet och vem efterfrågade det?', '', '3. Mål och resultat', '', 'Utgå från målen i beslutet om bidrag och beskriv vilka resultat ni har nått.', '',
    ];
    const guide = await spec(['Projekthandbok', '', 'Slutrapport', '', 'Slutrapporten lämnas samtidigt som den sista ansökan om utbetalning av bidraget.', '', ...parts].join('\n'));
    expect(guide.kind).toBe('anvisning');
    // under a heading that is not the report's name, the same list is what a report must cover
    const page = await spec(['Rapportering av bidrag', '', 'Alla som har fått bidrag ska lämna en slutrapport.', '', ...parts].join('\n'));
    expect(page.kind).toBe('anvisning');
  });

  // (h/audit78: a handbook for reporting as a whole, its contents run to page numbers, is about reporting, rule 3 of the audited
  // kind rule, like dev 1890; it was read as the reports' guide until the audit of the dev reporting kinds relabelled dev 235)
  it('reads a handbook for reporting as a whole as an anvisning, and a handbook for project leaders as no grant text', async () => {
    const toc = 'Innehåll Inledning... 3 Instruktioner för årsrapport... 4 Del 1: Uppföljningsrapport... 4 Del 2: Finansiell rapport... 9';
    const intro = 'Denna handbok är till för organisationer som har beviljats projektbidrag. Instruktioner ges för både årsrapporter och slutrapporter.';
    const rule = 'Slutrapporten ska lämnas in senast tre månader efter projektets slut.';
    expect((await spec(`Handbok för rapportering\n\n${toc}\n\n${intro} ${rule}\n`)).kind).toBe('anvisning');
    // a handbook of something else is no form (with no grant fields, no grant instructions either)
    await expect(spec(`Handbok för projektledare\n\n${toc}\n\n${intro}\n`)).rejects.toThrow(/this does not look like grant instructions/u);
  });

  it('reads a region\'s page on reporting "kulturstöd" as grant instructions, not past its skip link', async () => {
    const s = await spec([
      'Direkt till innehållet', '', 'Redovisa projekt med kulturstöd', '',
      'Efter genomförande av projektet ska projektägaren lämna en skriftlig redovisning. Det gäller alla som beviljats utvecklingsstöd eller produktionsstöd.', '',
      'Redovisning ska ske senast det datum som anges i beslutsmeddelandet.', '', 'E-post: kultur@region.example.se', '', 'Senast ändrad:', '',
    ].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Redovisa projekt med kulturstöd');
    expect(s.reporting?.due).toBeUndefined();
  });

  it('takes neither a cookie banner\'s buttons nor a skip link above the heading as the title', async () => {
    const s = await spec([
      'Acceptera alla', '', 'Endast nödvändiga', '', 'Gå direkt till sidans innehåll', '', 'Redovisa föreningsbidrag', '',
      'Föreningar som har fått bidrag ska redovisa hur bidraget har använts. Redovisningen ska ha kommit in senast den 31 mars 2025.', '',
    ].join('\n')) as Anvisning;
    expect(s.title).toBe('Redovisa föreningsbidrag');
    expect(s.reporting?.due).toBe('2025-03-31');
  });

  it('takes no due date from when information about the report will be published', async () => {
    const announce = 'Information om redovisningen för 2024 kommer att publiceras på denna sida senast den 1 december 2024.';
    const form = await spec(`Hjälptext för redovisning av verksamhetsbidrag\n\n1. Beskriv verksamheten (max 1000 tecken)\n\n2. Beskriv resultaten (max 1000 tecken)\n\n${announce}\n`) as ReportingForm;
    expect(form.kind).toBe('reporting-form');
    expect(form.due).toBeUndefined();
    const page = await spec(`Redovisning av verksamhetsbidrag\n\nBidraget ska redovisas. Redovisningen ska vara inne senast den 31 mars 2024.\n\n${announce}\n`) as Anvisning;
    expect(page.reporting?.due).toBe('2024-03-31');
    expect((page.dates ?? []).filter((d) => d.role === 'reporting-closes').map((d) => d.date)).toEqual(['2024-03-31']);
  });

  it('takes neither a template\'s "$left" as the title nor the year of next round\'s announcement', async () => {
    const s = await spec([
      '$left', '$middle', '', 'Årligt projektbidrag', '', 'Ansökan om bidrag ska vara förbundet tillhanda senast 1 maj. Perioden för ansökan är nu avslutad.', '',
      'Information om årligt projektbidrag för 2019 kommer att läggas ut på den här sidan senast 15 september.', '',
      'Beviljade medel redovisas senast två månader efter avslutat projekt.', '',
    ].join('\n')) as Anvisning;
    expect(s.title).toBe('Årligt projektbidrag');
    expect(s.year).toBeUndefined();
  });

  it('ends a sub-list at the next question\'s own number: questions after it are not lost', async () => {
    const s = await spec([
      'Slutrapport', '',
      ' • Slutrapporten skickas in via ett formulär som nås genom att logga in på ”Min sida”.', '',
      '1. Projektets genomförande', 'Beskriv vad som har gjorts.', '',
      '2. Ekonomisk redovisning av beviljade medel', 'Specificera hur medlen har använts.', '',
      ' 1. Summa som använts för löner', ' 2. Summa som använts för övriga kostnader', '',
      '3. Vetenskaplig sammanfattning', 'Sammanfattningen ska omfatta 3000–5000 tecken (inkl. blanksteg).', '',
      '4. Publicering av resultat från projektet', '',
      '5. Övriga kommentarer', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
  });

  // built from what dev texts 300-314 showed: a web form's help page, a transcript's capitals, a
  // sub-list that starts again at 1, a banner, and a form's sentences about other reports
  // (h/audit78: a page on reporting that says the report goes in through a web form and sets out the form's numbered parts is
  // about reporting, rule 3 of the audited kind rule, like dev 1890; until the audit of the dev reporting kinds relabelled dev 300
  // it was read as the form's help, the rule via-form-numbered-with-limits; a sub-list's numbers under a form's question are
  // the next test's)
  it('reads a page on a report sent through a web form, with the form\'s numbered parts and a length limit, as an anvisning', async () => {
    const s = await spec([
      'Uppföljning och rapportering', '',
      ' • Slutrapporten skickas in via ett formulär som nås genom att logga in på ”Min sida”.', '',
      '1. Ekonomisk redovisning av beviljade medel', 'Specificera hur medlen har använts.', '',
      ' 1. Summa som använts för löner', ' 2. Summa som använts för övriga kostnader', ' 3. Återstående medel', '',
      '2. Vetenskaplig sammanfattning', 'Sammanfattningen ska omfatta 3000–5000 tecken (inkl. blanksteg).', '',
      '3. Publicering av resultat från projektet', '',
    ].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Uppföljning och rapportering');
  });

  it('reads a printed form read back as one paragraph as a form, titled by the report\'s name in capitals; a project period is no year', async () => {
    const s = await spec([
      'LANTBRUKARNAS RIKSFÖRBUND', '', 'Transkript', '',
      '1 LANTBRUKARNAS RIKSFÖRBUND SLUTRAPPORT Projektets titel Stödmyndighetens journalnr Omarrondering i Dalarna Jnr Projekttid oktober 2007 maj 2011 Projektägare Lantbrukarnas Ekonomi AB Sammanfattning Denna rapport redovisar projektet.', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.title).toBe('SLUTRAPPORT');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
  });

  it('takes no due date from a past report the form mentions, and reads a blank "Belopp: ______ kr" as a line to fill in', async () => {
    const a = await spec([
      'Slutrapport för projektbidrag', '', 'Projektets namn: ____________________', 'Diarienummer: ____________________', '',
      '1. Beskriv hur projektet har genomförts.', 'Text…', '2. Vilka resultat har ni nått?', 'Text…', '3. Hur har ni spridit resultaten?', 'Text…', '',
      'Delrapporten för 2022 skulle lämnas senast den 30 september 2022 och ingår inte här.', '', 'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(a.kind).toBe('reporting-form');
    expect(a.due).toBeUndefined();
    const b = await spec([
      'Redovisning av föreningsbidrag', '', 'Föreningens namn: ____________________', 'Belopp: ______ kr', '',
      '1. Beskriv verksamheten.', '2. Hur många deltagare?', '3. Övrigt', '', 'Underskrift', 'Namnförtydligande', '',
    ].join('\n')) as ReportingForm;
    expect(b.kind).toBe('reporting-form');
    expect(b.questions.map((q) => q.number)).toEqual([1, 2, 3]);
  });

  it('reads Swedish of Finland\'s "understöd" as a grant and takes neither a banner nor its other-language twin as the title', async () => {
    const s = await spec([
      'Eestirootslaste Kultuuriomavalitsus', '', 'Estlandssvenskarnas Kulturförvaltning', '', 'Redovisning', '',
      'En redogörelse över användningen av understödet ska lämnas senast sex månader efter projektets slut.', '',
      'Medel som inte har förbrukats ska återbetalas.', '',
    ].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Redovisning');
    expect(s.year).toBeUndefined();
  });

  // texts 380–394: a heading set in wide tracking, a form whose head is a table, the funder's own
  // processing dates, a grant named once with a relative report limit, a documents list flattened
  it('reads a transcript whose report name came back letter-spaced as a form, even below a sharing site\'s buttons; the form\'s "Anvisning till" name does not make it an anvisning', async () => {
    const s = await spec([
      'GRÖN BYGD', '', 'Save this PDF as:', '', 'WORD  PNG  TXT  JPG', '', 'Storlek: px', '', 'Starta visningen från sidan:', '', 'Download "GRÖN BYGD"', '', 'Transkript', '',
      '1 S LUTRAP P O RT LEAD E R P R OJ E KTET GRÖN BYGD Projektägare: Föreningen Bygden, Projektledare: Anna Svensson', '',
      '2 Jordbruksverket Anvisning till slutrapport för projektstöd och Leader inom landsbygdsprogrammet. A. Uppgifter om stödmottagaren Föreningen Bygden B. Uppgifter om kontaktperson Anna Svensson C. Sammanfattning av projektet Projektet genomfördes i Höör.', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.title.toLowerCase()).toContain('slutrapport');
    expect(s.year).toBeUndefined();
    expect(s.due).toBeUndefined();
  });

  it('reads a transcript headed by a field label and its answer, then the report\'s name, as a form; a guide\'s transcript with "Anvisningar för slutrapport" is not', async () => {
    const a = await spec([
      'Slutrapport genomförande', '', 'Transkript', '',
      '1 Sid 1 (12) Projektnamn Grön bygd i samverkan Slutrapport genomförande Sammanfattning Ge en sammanfattande beskrivning av projektidé och framkomna resultat. Projektet har under två år arbetat med 108 småföretag.', '',
    ].join('\n')) as ReportingForm;
    expect(a.kind).toBe('reporting-form');
    expect(a.title).toBe('Slutrapport genomförande');
    const b = await spec([
      'Anvisningar för slutrapport', '', 'Transkript', '',
      '1 Sid 1 (4) Anvisningar för slutrapport Projektnamn ska anges. Slutrapporten ska lämnas senast två månader efter projektets slut. Bidrag som inte har använts ska betalas tillbaka.', '',
    ].join('\n'));
    expect(b.kind).toBe('anvisning');
  });

  it('takes no due date from the funder\'s decision or payment, on a form and on a reporting page', async () => {
    const a = await spec([
      'Slutrapport för projektbidrag', '', 'Projektets namn: ____________________', 'Diarienummer: ____________________', '',
      '1. Beskriv hur projektet har genomförts.', 'Text…', '2. Vilka resultat har ni nått?', 'Text…', '3. Hur har ni spridit resultaten?', 'Text…', '',
      'Beslut om godkänd redovisning fattas senast den 15 juni 2025.', '', 'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(a.kind).toBe('reporting-form');
    expect(a.due).toBeUndefined();
    const b = await spec([
      'Redovisa ert bidrag', '', 'Organisationer som har fått bidrag ska redovisa hur bidraget har använts.', '',
      'Ni får besked om er redovisning är godkänd senast den 15 juni 2025.', '',
    ].join('\n')) as Anvisning;
    expect(b.kind).toBe('anvisning');
    expect(b.reporting?.due).toBeUndefined();
    const c = await spec([
      'Redovisa ert bidrag', '', 'Organisationer som har fått bidrag ska redovisa hur bidraget har använts senast den 31 mars 2025.', '',
      'Ni får besked om er redovisning är godkänd senast den 15 juni 2025.', '',
    ].join('\n')) as Anvisning;
    expect(c.reporting?.due).toBe('2025-03-31');
  });

  it('reads a page that names a "statsunderstöd" once and sets its report a time limit as grant instructions, with no due date', async () => {
    const s = await spec([
      'Påbörjande och färdigställande av projekt', '',
      'Anmälan om färdigställande görs inom januari månad det år som följer, så att utbetalningen av statsunderstöd kan starta i mars samma år.', '',
      'För alla projekt levereras en slutgiltig projektredovisning inom sex månader efter att projektet färdigställts.', '',
    ].join('\n')) as Anvisning;
    expect(s.kind).toBe('anvisning');
    expect(s.title).toBe('Påbörjande och färdigställande av projekt');
    expect(s.reporting?.due).toBeUndefined();
  });

  it('takes the documents of a list a page flattened into paragraphs after "Detta ska rapporten innehålla:", and none from the paragraphs that name none', async () => {
    const s = await spec([
      'Stipendierapporter', '', 'Den som tilldelas stipendium är skyldig att lämna fonden en rapport.', '',
      'Detta ska rapporten innehålla:', '',
      'Rapporten ska beskriva hur fortbildningen har genomförts.', '',
      'Ekonomisk redovisning uppställd på samma sätt som kostnadskalkylen i ansökan.', '',
      'Kopia på kursintyg om sådant har utfärdats.', '',
      'Om fonden', '', 'Fonden grundades av journalister.', '',
    ].join('\n')) as Anvisning;
    const docs = (s.evidence_documents ?? []).map((d) => (typeof d === 'string' ? d : d.text));
    expect(docs).toEqual(['Ekonomisk redovisning uppställd på samma sätt som kostnadskalkylen i ansökan.']);
  });

  it('takes the form\'s due date from its own report, not from an example\'s date nor from another report\'s', async () => {
    const a = await spec([
      'Redovisningsblankett', '', 'Föreningens namn: ____________________', 'Beviljat belopp: ______ kr', '',
      '1. Beskriv vad bidraget har använts till.', '2. Hur många deltagare nåddes?', '3. Ekonomisk sammanställning', '',
      'Redovisningen lämnas senast tre månader efter att aktiviteten genomförts. Om aktiviteten till exempel genomfördes i december 2023 ska redovisningen lämnas senast den 31 mars 2024.', '',
      'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(a.kind).toBe('reporting-form');
    expect(a.due).toBeUndefined();
    const b = await spec([
      'Slutrapport', '', 'Projektets namn: ____________________', 'Diarienummer: ____________________', '',
      '1. Sammanfattning av projektet', '2. Har projektets mål uppnåtts?', '3. Hur har resultaten spridits?', '',
      'Delrapporten ska lämnas senast den 30 september 2024. Slutrapporten ska lämnas senast den 31 mars 2025.', '',
      'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(b.kind).toBe('reporting-form');
    expect(b.due).toBe('2025-03-31');
    const c = await spec([
      'Slutrapport för kulturbidrag 2024', '', 'Föreningens namn: ____________________', 'Beviljat belopp: ______ kr', '',
      '1. Beskriv hur projektet genomfördes.', '2. Ekonomisk redovisning', '3. Hur har ni spridit resultaten?', '',
      'Rapporten ska vara kommunen tillhanda senast den 31 januari 2025. Kommunen fattar beslut om utbetalning av resterande bidrag senast den 31 mars 2025.', '',
      'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(c.due).toBe('2025-01-31');
    expect(c.year).toBe(2024);
  });

  it('reads a printed form with numbered questions and a signature block but a single blank as a form; decimal sub-items stay with their question', async () => {
    const s = await spec([
      'Slutrapport för projektstöd', '', 'Projektets namn: ____________________', '',
      '1. Projektets genomförande', '1.1 Beskriv de aktiviteter som genomförts.', '1.2 Beskriv eventuella avvikelser från projektplanen.',
      '2. Resultat', '2.1 Vilka resultat har projektet nått?', '2.2 Hur har målgruppen nåtts?',
      '3. Ekonomi', '3.1 Intäkter', '3.2 Kostnader', '', 'Underskrift', '',
    ].join('\n')) as ReportingForm;
    expect(s.kind).toBe('reporting-form');
    expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3]);
  });
});
