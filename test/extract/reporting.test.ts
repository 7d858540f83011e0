import { describe, expect, it } from 'vitest';
import { findDatedEvents } from '../../extract/fields/dates.js';
import { findFormMeta, findQuestions, looksLikeForm } from '../../extract/fields/reporting-form.js';
import { findRepayment, findReporting } from '../../extract/fields/reporting.js';
import { readText } from '../../extract/read/text.js';

// Reporting texts (issue 12). The passages are taken from the real texts in test/corpus/dev
// (80, 81, 86, 88, 91) or made of their sentences; the expectations were written from reading them.

const doc = (text: string) => readText('t.txt', text);

describe('reporting due date', () => {
  it('is the recipients’ date, never the agency’s own report to the government', () => {
    const r = findReporting(doc([
      'Redovisa bidraget',
      '',
      'Länsstyrelsen ska redovisa till regeringen hur kommunerna har använt medlen senast den 1 mars 2027.',
      '',
      'Organisationer som har beviljats bidraget 2025, ska redovisa hur bidraget har använts senast den 31 mars 2026.',
    ].join('\n')));
    expect(r.due?.value).toBe('2026-03-31');
    expect(r.year?.value).toBe(2025);
    expect(r.recipients.map((x) => x.value)).toEqual(['organisation']);
  });

  it('takes no date or year from an example', () => {
    const r = findReporting(doc([
      'Dags att redovisa bidraget',
      '',
      'Ni ska redovisa hur ni har använt bidraget senast året efter det verksamhetsår som ni har fått bidrag för. Om ni till exempel har fått bidrag för verksamhetsåret 2023 ska ni redovisa det senast den 1 september 20241.',
    ].join('\n')));
    expect(r.year).toBeUndefined();
  });
});

describe('reporting window', () => {
  it('is both ends of the range the report is open in, and its last day is the due date', () => {
    const d = doc('Redovisningen är öppen 15 augusti–16 september 2025 i e-tjänsten för statsbidrag.\n');
    expect(findDatedEvents(d).map((e) => [e.value.date, e.value.role])).toEqual([['2025-08-15', 'reporting-opens'], ['2025-09-16', 'reporting-closes']]);
    expect(findReporting(d).due?.value).toBe('2025-09-16');
  });
  it('is not the application window', () => {
    const d = doc('Ansökan är öppen 15 augusti–16 september 2025 i e-tjänsten för statsbidrag.\n');
    expect(findDatedEvents(d).filter((e) => e.value.role.startsWith('reporting'))).toEqual([]);
    expect(findReporting(d).due).toBeUndefined();
  });
});

describe('reporting documents (underlag)', () => {
  it('are the list items that name a document, not the report’s content', () => {
    const r = findReporting(doc([
      'Så lämnar ni in redovisningen',
      '',
      'Ni skickar in redovisningen via MUCF:s e-tjänst. Redovisningen ska innehålla:',
      '',
      '  • en beskrivning av hur bidraget har använts',
      '  • vilka resultat som har uppnåtts',
      '',
      'Redovisningen ska upprättas i enlighet med god redovisningssed och innehålla följande dokument för verksamhetsår 2025:',
      '',
      '  • Verksamhetsberättelse',
      '  • Resultat- och balansräkning',
      '  • Revisionsberättelse',
    ].join('\n')));
    expect(r.documents.map((d) => d.value)).toEqual(['Verksamhetsberättelse', 'Resultat- och balansräkning', 'Revisionsberättelse']);
  });

  it('are the documents a sentence hands in when no list names them', () => {
    const r = findReporting(doc('Ni som sökt bidrag 2022 ska senast den 31 mars 2023 lämna en ekonomisk redovisning och en redogörelse för vad medlen använts till i förhållande till bidragets syfte.\n'));
    expect(r.documents.map((d) => d.value)).toEqual(['ekonomisk redovisning', 'redogörelse']);
    expect(r.due?.value).toBe('2023-03-31');
  });
});

describe('repayment threshold', () => {
  it('is the amount left over above which money goes back', () => {
    const r = findRepayment(doc('Bidrag som inte användes under året ska betalas tillbaka\n\nOm ni har mer än 2 000 kronor kvar från 2023 ska ni betala tillbaka dessa till MUCF.\n'));
    expect(r.invoice_threshold?.value).toBe(2000);
  });
  it('is not the revisor threshold', () => {
    const r = findRepayment(doc('Om ni fått 262 500 kronor eller mer ska en auktoriserad eller godkänd revisor granska redovisningen.\n'));
    expect(r.invoice_threshold).toBeUndefined();
  });
});

describe('a printed form with each number on a line of its own', () => {
  const form = doc([
    'Struktur för slutrapport',
    '',
    'Slutrapporten ska ha fokus på: projektets måluppfyllelse, analys, information,',
    'reflektioner, lärdomar och slutsatser genom svar på nedanstående frågor:',
    '1.',
    'Kort sammanfattning av projektets verksamhet',
    '2.',
    'I vilken utsträckning har projektets syfte uppnåtts/utmaningar bemötts?',
    'Förklara utfallet och ange orsaker till eventuella avvikelser.',
    '3.',
    'I vilken utsträckning har projektets mål uppnåtts? Förklara utfallet och',
    'ange orsaker till eventuella avvikelser.',
    '4.',
    'Resultat för indikatorer/delmål',
    '5.',
    'Vad händer med projektets verksamhet efter periodens slut?',
  ].join('\n'));

  it('is a reporting form', () => {
    expect(looksLikeForm(form)).toBe(true);
  });
  it('has one question per number, its text the line after the number', () => {
    const qs = findQuestions(form);
    expect(qs.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(qs[0]!.text.value).toBe('Kort sammanfattning av projektets verksamhet');
    expect(qs[3]!.text.value).toBe('Resultat för indikatorer/delmål');
  });
  it('prose instructions with a numbered list of questions are not a form', () => {
    const prose = doc([
      'Redovisa hur statsbidrag har använts',
      '',
      'I slutrapporten ska du svara på följande frågor:',
      '',
      '  1. Vad avsågs statsbidraget att användas till?',
      '  2. Vilket resultat bedömer du som bidragsmottagare att åtgärderna har lett till?',
      '  3. Hur har resultatet blivit i jämförelse med det förväntade utfallet?',
    ].join('\n'));
    expect(looksLikeForm(prose)).toBe(false);
  });
});

// Texts 220-228 and the printed forms 88-89: the genre is told by the form's own marks (blank lines,
// a signature block, a guide's head), never by a head alone; a form's due date needs a report verb.
describe('a printed form whose head names the report', () => {
  const printed = doc([
    'Redovisning av arrangemang',
    '',
    'Projektredovisning av:____________________________________________',
    '(verksamhet/förening etc.)',
    'Projektets titel:__________________________________________________',
    'Vad var målet/ syftet med projektet',
    'Hur genomfördes projektet?',
    'Underskrift',
    'Datum: ________________________',
    'Namnteckning: ________________________________',
  ].join('\n'));
  it('is a reporting form by its blank lines and signature block', () => {
    expect(looksLikeForm(printed)).toBe(true);
  });
  it('is not a form when the page with that head only tells how to report', () => {
    const page = doc([
      'Slutrapportering',
      '',
      'I den förbindelse för bidrag som ni godkänt finns angivet ett sista datum för slutrapportering. Här kan också finnas datum för delrapporter.',
      '',
      'Slutrapporten ska ge oss en samlad bild över hur projektet genomförts. Vi vill veta om de mål ni satte upp för projektet nåtts.',
      '',
      'Underskrift',
    ].join('\n'));
    expect(looksLikeForm(page)).toBe(false);
  });
});

describe('a guide to the report form', () => {
  const guide = doc([
    'Guide till slutrapport',
    '',
    'Slutrapporten ska ha fokus på projektets måluppfyllelse, analys och lärdomar.',
    '',
    '1. Kort sammanfattning av projektets verksamhet',
    '2. I vilken utsträckning har projektets mål uppnåtts?',
    '3. Vilka insatser har gjorts för att sprida projektets verksamhet och erfarenheter?',
    '4. Vad händer med projektets verksamhet efter periodens slut?',
  ].join('\n'));
  it('reads as the form’s help text', () => {
    expect(looksLikeForm(guide)).toBe(true);
    expect(findQuestions(guide)).toHaveLength(4);
  });
  it('counts no numbered step of sending the report as a question', () => {
    const steps = doc([
      'Guide till slutredovisning',
      '',
      '1. Logga in på Mina sidor med ditt bank-id.',
      '2. Klicka på knappen Starta tjänsten.',
      '3. Gå till Slutrapport och fyll i rapporten.',
    ].join('\n'));
    expect(findQuestions(steps)).toHaveLength(0);
    expect(looksLikeForm(steps)).toBe(false);
  });
});

describe('a form’s due date', () => {
  it('is the date the report is handed in by', () => {
    expect(findFormMeta(doc('Slutrapport\n\nSlutrapporten ska lämnas senast den 31 mars 2021.\n')).due?.value).toBe('2021-03-31');
  });
  it('is not the last day the money may be used', () => {
    expect(findFormMeta(doc('Redovisning av bidrag\n\nBidrag som använts senast den 31 december 2019 ska redovisas.\n')).due).toBeUndefined();
  });
});

describe('a form’s help text below a web page’s chrome', () => {
  it('is a reporting form when its head comes after the page’s skip link, cookie notice and listen button', () => {
    const help = doc([
      'Till innehållet',
      '',
      'Kakor',
      '',
      'Vi använder oss av kakor (cookies) för att förbättra ditt besök.',
      '',
      'Lyssna',
      '',
      'Hjälptext för redovisning av verksamhetsbidrag till stödinsatser inom områdena alkohol, tobak och spel om pengar 2020.',
      '',
      'Beskriv hur ni har uppnått verksamhetens övergripande målsättning för 2020 (max 1000 tecken).',
      '',
      'Beskriv hur uppföljning av verksamheten skett samt resultatet av uppföljningen (högst 2 000 tecken)',
    ].join('\n'));
    expect(looksLikeForm(help)).toBe(true);
  });
});
