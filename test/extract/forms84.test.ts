import { describe, expect, it } from 'vitest';
import { probeField } from './probe.js';

// Swedish reporting forms and reporting instructions of other senders (helper forms84, issues 12 and 13): constructed probes
// (own sentences, written for the rows below) in the layouts of the real texts added as dev 2297–2299 and 2463–2465, which the
// search tool (pages corpus) showed: ICLD's e-service printout "Skicka Redovisning" (a budget table "Ansökt totalt Beviljat
// totalt Redovisat totalt", "Fyll i nedanstående fält …"), Skolidrottsförbundet's SDF-bidrag page ("redovisningsblankett
// inskickad innan 31 december 2017"), Sametinget's "Redovisning av erhållna kulturbidrag" ("En ekonomisk sammanställning av
// projektets intäkter och kostnader ska inlämnas.") and Nordiska ministerrådet's "Så slutrapporterar du ditt nordiska projekt"
// ("Du ska inkludera en sammanfattning av projektets resultat …").
// Rows: KIND_EVIDENCE granted-spent-columns, fill-fields-below (cues/genre.ts); DUE_CUES report-form-inskickad-innan,
// medlen-ska-redovisas-senast (a stipend, the present passive), REPORT_CONTENT_SENTENCES economic-summary-ska-inlamnas,
// ska-inkludera-sammanfattning-av-resultat, i-rapporten-ska-framga (a stipend) (cues/reporting.ts).

const FORM_BUDGET = `Redovisning av föreningsbidrag 2025
Steg 2 av 4
Föreningens namn:
Organisationsnummer:
Kontaktperson:
Ekonomi
Fyll i nedanstående fält med föreningens kostnader för året. Skriv beloppen i hela kronor.
Kostnadsslag Beviljat belopp Förbrukat belopp Kvar
Lokalhyra
Ledararvoden
Material
`;

const FORM_TEMPLATE = `Ekonomisk redovisning av projektstöd
Projektets namn:
Diarienummer:
Fyll i fälten nedan. Använd en rad för varje kostnad i budgeten.
Budget (kr) | Utfall (kr)
Personal | |
Resor | |
Summa kostnader
`;

// (read as no grant text at all on main d8ce9608: its only marks are the two rows of this branch and a bare total)
const FORM_ESERVICE = `Redovisa ert projekt
Här nedan kan ni lämna in redovisningen för ert projekt. Kontakta handläggaren om ni inte ser ert ärende.
Budget
Här visas den budget som beviljades. Beloppen anges i hela kronor.
Kostnadsslag Beviljat belopp Förbrukat belopp Kommentar
Summa:
Kommentar
Prognos
Fyll i nedanstående fält med det belopp som ni räknar med att använda under nästa år.
`;

const PAGE_ABOUT_REPORT = `Så redovisar ni bidraget
Föreningar som har fått bidrag från kulturnämnden ska redovisa hur pengarna har använts. Redovisningen ska ha kommit in senast den 31 mars 2026.
Ni redovisar genom att fylla i nedanstående blankett. Redovisa beviljat belopp och förbrukat belopp för varje aktivitet och bifoga verksamhetsberättelsen.
Har ni frågor om redovisningen är ni välkomna att kontakta kulturförvaltningen.
`;

const PAGE_E_SERVICE = `Redovisa ert projektstöd i e-tjänsten
När projektet är avslutat redovisar ni det i kommunens e-tjänst. Logga in med BankID.
Fyll i följande uppgifter i e-tjänsten:
- hur projektet har genomförts
- hur många deltagare som har nåtts
- projektets intäkter och kostnader
Slutredovisningen ska lämnas senast två månader efter projektets slut.
`;

describe('forms84: Swedish reporting forms read as forms on their own evidence, pages about reporting kept as anvisningar', () => {
  it('F01 an e-service printout with a budget table of granted and spent sums and "Fyll i nedanstående fält" is a reporting form', async () => {
    expect(await probeField(FORM_BUDGET, 'kind')).toBe('reporting-form');
  });
  it('F02 an economic report template with "Budget (kr) | Utfall (kr)" and "Fyll i fälten nedan" is a reporting form', async () => {
    expect(await probeField(FORM_TEMPLATE, 'kind')).toBe('reporting-form');
  });
  it('F03 an e-service page with only its budget table head, "Fyll i nedanstående fält" and a bare total is a reporting form', async () => {
    expect(await probeField(FORM_ESERVICE, 'kind')).toBe('reporting-form');
  });
  it('A01 a page that names the sums in a sentence and sends the reader to a blankett stays an anvisning, not refused', async () => {
    expect(await probeField(PAGE_ABOUT_REPORT, 'kind')).toBe('anvisning');
  });
  it('A02 a page listing what to fill in in the e-service stays an anvisning', async () => {
    expect(await probeField(PAGE_E_SERVICE, 'kind')).not.toBe('reporting-form');
  });
});

const page = (body: string): string => `Bidrag till idrottsförbundens utbildning\nFörbundet fördelar bidrag till distriktsförbunden efter genomförda utbildningar.\n${body}\n`;

describe('forms84: the report\'s due day and content as reporting pages of other senders state them', () => {
  it('D01 the report form "inskickad innan" a day is the report\'s due day', async () => {
    expect(await probeField(page('För fördelningen av bidraget 2026 ska utbildningarna vara registrerade och redovisningsblankett inskickad innan 31 december 2025.'), 'reporting.due')).toBe('2025-12-31');
  });
  it('D02 the application form "inskickad innan" a day is no report\'s due day', async () => {
    expect(await probeField(page('Ansökningsblanketten ska vara inskickad innan 31 december 2025.'), 'reporting.due')).toBeUndefined();
  });
  it('D03 a stipend "redovisas senast" a day, the present passive, is the report\'s due day', async () => {
    expect(await probeField('Så redovisar du stipendiet\nStipendiet redovisas senast den 15 april 2025 i stiftelsens webbtjänst. I redovisningen ska det framgå hur stipendiet har använts.\n', 'reporting.due')).toBe('2025-04-15');
  });
  it('D04 a stipend paid out by a day is no report\'s due day', async () => {
    expect(await probeField('Stipendier 2025\nStiftelsen delar ut stipendier till studenter. Stipendiet betalas ut senast den 15 april 2025.\n', 'reporting.due')).toBeUndefined();
  });
  it('C01 "En ekonomisk sammanställning av … ska inlämnas" is what the report holds', async () => {
    const got = await probeField('Redovisning av projektbidrag\nAnvänd vår blankett när du redovisar projektbidraget. En ekonomisk sammanställning av projektets intäkter och kostnader ska inlämnas.\n', 'reporting.content');
    expect(JSON.stringify(got)).toContain('ekonomisk sammanställning');
  });
  it('C02 "Du ska inkludera en sammanfattning av projektets resultat" is what the report holds', async () => {
    const got = await probeField('Slutrapport\nNär projektet är avslutat ska en slutrapport över de beviljade projektmedlen laddas upp i portalen. Du ska inkludera en sammanfattning av projektets resultat och eventuella avvikelser från planen.\n', 'reporting.content');
    expect(JSON.stringify(got)).toContain('sammanfattning av projektets resultat');
  });
  it('C03 an application\'s economic summary is no report content', async () => {
    const got = await probeField('Projektbidrag 2026\nFöreningar kan söka projektbidrag senast den 1 mars 2026. En ekonomisk redovisning av projektets budget ska bifogas ansökan.\n', 'reporting.content');
    expect(JSON.stringify(got ?? [])).not.toContain('ekonomisk redovisning');
  });
});

describe('forms84: left open', () => {
  // (fixed by h/forms85: GRANT_TEXT_EVIDENCE project-report-rule and report-content-rule read the funded project's final report
  // with the rule of what it must bring out; the kind test below passes since)
  // (dev 2467, Interreg Sverige-Norge's handbook page 'Avsluta': the grant named only as 'programstödet' and the programme's
  // 'interregprojekt', the report's rule told as what its final report must bring out — no grant word of GRANT_WORDS, no report
  // rule of REPORT_*: refused as no grant text. 'programstöd' is also software support in Swedish, so it was not made a grant
  // word; a handbook page whose only report sentence says what the report brings out needs a rule weighed over the sources)
  it('O01 a programme handbook\'s page on the final report, naming the grant only as "programstödet", is not refused', async () => {
    const text = 'Avsluta projektet\n\nNär projektet är avslutat är det viktigt att dess resultat och effekter kommer fram tydligt i projektets slutrapport.\n\nEtt krav för ett interregprojekt är att resultaten lever vidare efter att programstödet har upphört.\n';
    expect(await probeField(text, 'kind')).toBe('anvisning');
  });
});
