import { sv } from '../parse/unicode.js';
import { PUBLISHED_BY } from './dates.js';
import { NUMBER_WORDS } from './lexicon.js';
import { EXAMPLE_SENTENCE, FUNDER_PROCESSING } from './reporting.js';
import type { Cue } from './types.js';

// A reporting form's questions and fields, as a survey export or a printed form words them: what
// kind of answer a label or a question asks for, the answer lines under a question (scale steps,
// "Ja"/"Nej", "Totalt:"), and the form's own facts (its due date, how many times it may be sent).
// Where several rows could hold, the heaviest decides: that order is the finder's old if-chain.
// The field marks ("max 2000 tecken", "*") are in cues/reporting.ts.

export type FieldKind = 'email' | 'phone' | 'computed' | 'amount' | 'number';

/** What an input label asks for, by its words ("E-postadress", "Antal deltagare"); none is text. */
export const FIELD_KINDS: ReadonlyArray<Cue<FieldKind>> = [
  {
    id: 'email', where: 'line', meaning: 'email', weight: 5, cue: /e-?post|mejl/iu,
    examples: ['E-postadress', 'Kontaktpersonens mejladress', 'Epost'],
    counterExamples: ['Kontaktperson', 'Telefonnummer'],
  },
  {
    id: 'phone', where: 'line', meaning: 'phone', weight: 4, cue: /telefon/iu,
    examples: ['Telefonnummer', 'Kontaktpersonens telefon'],
    counterExamples: ['Kontaktperson', 'Postadress'],
  },
  {
    // "Oanvänt statsbidrag", "Andel oanvänt": the form works them out from other fields
    id: 'computed', where: 'line', meaning: 'computed', weight: 3, cue: sv(/^(?:oanvänt|andel)\b/iu),
    note: 'one document: every example is from sources/2025/nationella-kvalitetsregister.aterrapportering.txt; no line of another text of the dev corpus, the diff texts or the seeds holds for the row',
    examples: ['Oanvänt statsbidrag', 'Andel oanvänt'],
    counterExamples: ['Använt statsbidrag', 'Andelen kvinnor bland deltagarna', 'Varav oanvänt'],
  },
  {
    id: 'amount', where: 'line', meaning: 'amount', weight: 2, cue: sv(/\b(?:summa|belopp|statsbidrag|kostnad(?:er)?|kronor)\b/iu),
    examples: ['Mottaget statsbidrag', 'Kostnader för personal', 'Summa', 'Belopp i kronor'],
    counterExamples: ['Statsbidragets syfte är', 'Kostnadsställe', 'Namn på insatsen'],
  },
  {
    id: 'number', where: 'line', meaning: 'number', weight: 1, cue: sv(/^antal\b/iu),
    examples: ['Antal deltagare', 'Antal'],
    counterExamples: ['Antalet deltagare', 'Deltagarnas antal'],
  },
];

/** Scale steps a question offers ("I hög utsträckning", "Mycket nöjd", "Vet ej"): options of a scale question. */
export const SCALE_OPTION: Cue<'scale-option'> = {
  id: 'scale-step', where: 'line', meaning: 'scale-option', weight: 4,
  cue: /^(?:i\s+(?:mycket\s+|ganska\s+)?(?:hög|låg|stor|liten)\s+utsträckning|varken\s+\p{L}+\s+eller\s+\p{L}+\s+utsträckning|(?:mycket\s+|ganska\s+)?(?:nöjd|missnöjd)|instämmer\s+\p{L}+(?:\s+\p{L}+)?|vet\s+ej|ingen\s+uppfattning)$/iu,
  examples: ['I mycket hög utsträckning', 'Varken stor eller liten utsträckning', 'Ganska nöjd', 'Instämmer helt', 'Vet ej', 'Ingen uppfattning'],
  counterExamples: ['I vilken utsträckning har målen nåtts?', 'Nöjd med samarbetet, beskriv:', 'I hög grad'],
};

/** The lines under a question that are answers, not labels; the heaviest row that holds decides. */
export const ANSWER_LINES: ReadonlyArray<Cue<'multi-choice' | 'scale-option' | 'describe-option' | 'yes-no' | 'total-row'>> = [
  {
    id: 'flera-svar', where: 'line', meaning: 'multi-choice', weight: 5,
    cue: sv(/\bkan ange flera alternativ\b|\bflera svar\b/iu),
    examples: ['Du kan ange flera alternativ', 'Flera svar är möjliga'],
    counterExamples: ['Ange ett alternativ', 'Svaren sparas automatiskt'],
  },
  SCALE_OPTION,
  {
    // "Tidsbrist, beskriv på vilket sätt:": an option that asks for a description of itself
    id: 'describe-option', where: 'line', meaning: 'describe-option', weight: 3,
    cue: sv(/^(.{2,60}?),\s+(?:beskriv|ange|specificera)\b.*:$/iu),
    examples: ['Tidsbrist, beskriv på vilket sätt:', 'Annat, ange vad:'],
    counterExamples: ['Beskriv på vilket sätt:', 'Annat, ange vad.', 'Tidsbrist, vilket påverkade arbetet:'],
  },
  {
    id: 'ja-nej', where: 'line', meaning: 'yes-no', weight: 2, cue: /^(?:ja|nej)$/iu,
    examples: ['Ja', 'Nej'],
    counterExamples: ['Ja, delvis', 'Nej tack'],
  },
  {
    id: 'totalt', where: 'line', meaning: 'total-row', weight: 1, cue: /^totalt:?$/iu,
    examples: ['Totalt:', 'Totalt'],
    counterExamples: ['Totalt antal deltagare:', 'Summa totalt'],
  },
];

/** A question that asks how far or how well, and so takes the scale steps under it. */
export const SCALE_QUESTION: Cue<'scale'> = {
  id: 'i-vilken-utstrackning', where: 'sentence', meaning: 'scale', weight: 1,
  cue: /^(?:i\s+vilken\s+(?:utsträckning|grad)|hur\s+(?:nöjd|nöjda|väl|stor\s+utsträckning))/iu,
  examples: ['I vilken utsträckning har insatsens mål uppnåtts?', 'Hur nöjda är ni med stödet?', 'Hur väl har samverkan fungerat?'],
  counterExamples: ['Hur många deltagare har insatsen nått?', 'Beskriv i vilken utsträckning målen nåtts.'],
};

/** A line that opens a part of the form ("Del 2. Ekonomisk redovisning"). */
export const FORM_PART: Cue<'part'> = {
  id: 'del-n', where: 'line', meaning: 'part', weight: 1, cue: /^Del\s+\d+\.\s/u,
  examples: ['Del 2. Ekonomisk redovisning'],
  counterExamples: ['Delredovisning 2. Ekonomi', 'Del av bidraget som inte har använts'],
};

/**
 * A line numbered as a part of a question ("2.1 Beskriv verksamheten (max 2 000 tecken)"): the major
 * number names the question it belongs to, so its limit or help is never another question's.
 */
export const SUBQUESTION_LINE: Cue<'sub-question'> = {
  id: 'decimal-sub-question', where: 'line', meaning: 'sub-question', weight: 1, cue: /^(\d{1,2})\.\d{1,2}\.?\s+\p{Lu}/u,
  examples: ['2.1 Beskriv verksamheten (max 2 000 tecken)', '1.2 Hur många av dem var under 25 år?'],
  counterExamples: ['2. Beskriv verksamheten', '2,5 miljoner kronor fördelas', '1.2.2024 öppnar ansökan'],
};

/**
 * A form's question number in the shapes besides a list item ("1. Beskriv …", which the tree reads as an
 * ordered item): the first group is the number, the second (where the row has one) the question's text on
 * the same line; a number alone on its line sets it above the question's text on the next. The contract:
 * one question per numbered item, sub-items ("1.1", "a)") belong to their question (SUBQUESTION_LINE). The
 * finder takes a number only as the next of the questions' own count (one to three above the last), so a
 * law's paragraph ("5 §"), a table of contents' page number or an amount is never one of these.
 */
export const QUESTION_NUMBERS: ReadonlyArray<Cue<'question-number'>> = [
  {
    // "1." or "1)" alone on its line, the question on the next (a printed form's layout, dev 973's "1)", dev 88's "1.")
    id: 'lone-number', where: 'line', meaning: 'question-number', weight: 1, cue: /^\\?\(?(\d{1,2})[.)]$/u,
    examples: ['1.', '5)', '(3)', '\\8.'],
    counterExamples: ['1. Beskriv verksamheten', '2024.', '1.1', '5 §'],
  },
  {
    // a number alone as a heading ("### 1" over "Organization Name:"): read in headings only, since a page number stands alone too
    id: 'bare-number', where: 'line', meaning: 'question-number', weight: 1, cue: /^(\d{1,2})$/u,
    examples: ['1', '12'],
    counterExamples: ['2024', '1.', '1 Introduktion'],
  },
  {
    // "Fråga 1: Introduktion", "Fråga 2. Beskriv …", "Fråga 3 – …", "Question 4:" (a survey tool's export)
    id: 'fraga-n', where: 'line', meaning: 'question-number', weight: 1,
    cue: sv(/^(?:fråga|question)\s+(\d{1,2})(?![\d.,]\d)\s*[:.)–-]?\s*(.*)$/iu),
    examples: ['Fråga 1: Introduktion', 'Fråga 2. Beskriv hur bidraget har använts', 'Fråga 3 – Vilka resultat har ni nått?', 'Question 4: Project outputs', 'Fråga 5:'],
    counterExamples: ['Frågor och svar', 'Fråga 1.2 Hur många deltagare?', 'Frågan besvaras av revisorn.', 'Har ni frågor, kontakta oss.'],
  },
  {
    // a heading whose number stands without a dot ("1 Introduktion", "### 2 Periodens verksamhet", "0 The objective(s) of
    // the project"; dev 1561): read in headings, where a question may end in its period; no page number at its end
    // (a table of contents), no law's paragraph or chapter, no amount
    id: 'heading-number', where: 'line', meaning: 'question-number', weight: 1,
    cue: /^(\d{1,2})[ \t]+(\p{Lu}[^\n]{0,300})$/u,
    unless: [{ where: 'line', cue: /\s\d{1,3}$|\.{3}|§|\bkap\.|\d\s?(?:kr|kronor|procent|%)|\(\d{4}:\d+\)/u }],
    examples: ['1 Introduktion', '2 Periodens verksamhet och kostnader – Tidsplan', '0 The objective(s) of the project', '9 List the proposed Project Objectives as listed in your Grant Agreement.'],
    counterExamples: ['1 Allmänna arvsfonden 5', '5 § Bidrag får lämnas till ideella föreningar.', '3 Beslut ........ 12', '2024 Återrapportering', '1 kap. Inledande bestämmelser', '10 000 kronor', '1 Förordning (2011:65) om statsbidrag till barn- och ungdomsorganisationer'],
  },
  {
    // the same number on a line of running text: one short line, no sentence ending in it (a footnote "3 Se …." is none)
    id: 'line-number', where: 'line', meaning: 'question-number', weight: 1,
    cue: /^(\d{1,2})[ \t]+(\p{Lu}[^\n]{0,120})$/u,
    unless: [{ where: 'line', cue: /\s\d{1,3}$|\.{3}|§|\bkap\.|\d\s?(?:kr|kronor|procent|%)|\.\s+\p{Lu}|\.$|\(\d{4}:\d+\)/u }],
    examples: ['1 Introduktion', '5 Övrigt', '3 Avvikelser från beslutad projektplan'],
    counterExamples: ['1 Allmänna arvsfonden 5', '5 § Bidrag får lämnas till ideella föreningar.', '2 Mnkr fördelas. Ansök senast i maj.', '10 000 kronor', '3 Se Socialstyrelsens föreskrifter.', '1 Förordning (2011:65) om statsbidrag till barn- och ungdomsorganisationer'],
  },
  {
    // one question per row of a table: the number alone in the first cell ("| 3 | Avvikelser från beslutad projektplan |")
    id: 'table-row-number', where: 'line', meaning: 'question-number', weight: 1, cue: /^(\d{1,2})\.?[ \t]*\|[ \t]*([^|\n]*\p{L}[^\n]*)$/u,
    examples: ['1 | Introduktion Redogör och beskriv allmänt om projektets status', '3. | Avvikelser från beslutad projektplan | Text…'],
    counterExamples: ['Nr | Fråga', '2024 | 1 500 000 kr', '1 | 2 | 3'],
  },
];

export type QuestionKind = 'approval' | 'computed' | 'amount' | 'long-text';

/**
 * What a question with neither fields nor options asks for: its text is the sentence, its help
 * text the line. The heaviest row that holds decides; none leaves it a text question.
 */
export const QUESTION_KINDS: ReadonlyArray<Cue<QuestionKind>> = [
  {
    id: 'approval', where: 'sentence', meaning: 'approval', weight: 4, cue: /godkänn|intyga/iu,
    examples: ['Jag intygar att uppgifterna är korrekta', 'Godkännande av återrapporteringen'],
    counterExamples: ['Beskriv hur medlen har använts'],
  },
  {
    id: 'computed-help', where: 'line', meaning: 'computed', weight: 3, cue: /här ska du inte fylla i|beräknas automatiskt|beräkningen/iu,
    examples: ['Här ska du inte fylla i något, beloppet beräknas automatiskt.', 'Beräkningen görs utifrån det mottagna beloppet.'],
    counterExamples: ['Fyll i det belopp ni har använt.'],
  },
  {
    id: 'amount-question', where: 'sentence', meaning: 'amount', weight: 2, cue: sv(/\b(?:statsbidrag|belopp|summa|kostnad(?:er)?)$/iu),
    examples: ['Använt statsbidrag', 'Totala kostnader', 'Återbetalt belopp'],
    counterExamples: ['Hur har statsbidraget använts?', 'Beskriv kostnaderna'],
  },
  {
    id: 'describe-question', where: 'sentence', meaning: 'long-text', weight: 1,
    cue: /^(?:redogör|beskriv|motivera|förklara|kommentar|synpunkter)|^hur kom ni fram/iu,
    examples: ['Beskriv hur medlen har använts', 'Redogör för insatsens resultat', 'Hur kom ni fram till fördelningen?', 'Synpunkter på stödet'],
    counterExamples: ['Hur många har deltagit?', 'Kan ni beskriva resultatet?'],
  },
  {
    id: 'describe-help', where: 'line', meaning: 'long-text', weight: 1, cue: /^(?:redogör|beskriv|motivera)/iu,
    examples: ['Beskriv kortfattat vilka insatser som har genomförts.', 'Motivera varför medlen inte har använts.'],
    counterExamples: ['Här anger ni insatsens namn.', 'Förklara gärna.'],
  },
];

/** A computed question's formula, by its text ("Andel oanvänt statsbidrag"). */
export const QUESTION_FORMULAS: ReadonlyArray<Cue<string>> = [
  {
    id: 'andel-oanvant', where: 'sentence', meaning: 'oanvänt / mottaget', weight: 1, cue: /^andel\s+oanvänt/iu,
    examples: ['Andel oanvänt statsbidrag'],
    counterExamples: ['Oanvänt statsbidrag', 'Andel använt statsbidrag'],
  },
];

/** Help text that names a table's rows ("Fyll i raden för Kommuner och raden för Regioner"); the group is a row's label. */
export const ROW_LABEL: Cue<'row'> = {
  id: 'raden-for', where: 'line', meaning: 'row', weight: 1, cue: /raden\s+för\s+(\p{Lu}[\p{L}]*(?:\s+[\p{Ll}]+)?)/u,
  examples: ['Fyll i raden för Kommuner och raden för Regioner.'],
  counterExamples: ['Fyll i en rad för varje kommun.', 'Fyll i raden för kommuner.'],
};

/** Help text that says a field is worked out from two quoted fields; the groups are the two fields. */
export const COMPUTED_FROM: Cue<'difference'> = {
  id: 'beraknas-utifran', where: 'line', meaning: 'difference', weight: 1,
  cue: /beräknas\s+automatiskt\s+utifrån\s+["”“]([^"”“]+)["”“]\s*[-−–]\s*["”“]([^"”“]+)["”“]/iu,
  examples: ['Beloppet beräknas automatiskt utifrån "Mottaget statsbidrag" - "Använt statsbidrag".'],
  counterExamples: ['Beloppet beräknas automatiskt.', 'Beloppet beräknas automatiskt utifrån mottaget och använt statsbidrag.'],
};

/** A sentence of the form's own text that speaks of the report: the one its due date is in. */
// a form's own "Rapporten" is the report it is ("Rapporten ska vara kommunen tillhanda senast …")
// (an English form's "report" and "acquittal" alike: "Completed acquittals are to be submitted to Council by …")
// (and the form itself named due, a printed form's head: "FORM IS DUE NO LATER THAN August 1, 2014", dev 1761)
// (and the form told to be sent back: "Return this form along with any photos you have by January 15th 2010", dev 1991, h/forms65)
// (and the form's own return asked for with no object but the form, its address lost in a copy: "Please email to no later than
// June 8, 2018.", dev 2007, h/forms66)
export const FORM_REPORT_WORDS = /återrapport|redovis|slutrapport|delrapport|lägesrapport|\brapport(?:en)?\b|\breports?\b|\bacquittals?\b|\bforms?\s+(?:is|are)\s+due\b|\b(?:return|submit|send|mail)\s+this\s+(?:completed\s+)?form\b|\bplease\s+(?:e-?mail|return|submit|send|mail)(?:\s+(?:it|this|back))?\s+(?:to|by|no\s+later\s+than|on\s+or\s+before)\b/iu;

/** What makes a "senast" before a date in a report's sentence another act's day: shared by FORM_DUE and FORM_DUE_VERB_AFTER. */
const FORM_DUE_UNLESS: Cue<'due'>['unless'] = [
    { where: 'before', cue: sv(/\b(?:använ\p{L}*|förbruka\p{L}*|genomför\p{L}*|avsluta\p{L}*|slutför\p{L}*|påbörja\p{L}*|pågå\p{L}*|brukt|brugt|brukes|bruges|anvendt|anvendes|forbrukt|forbrugt|gjennomført|gennemført|gjennomføres|gennemføres|avsluttet|afsluttet|avsluttes|afsluttes|ferdig|færdig|fullført|fuldført)\s+(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // the application's or requisition's date in a sentence that also speaks of earlier reports (Norwegian and Danish too)
    { where: 'before', cue: sv(/\b(?:ansökan|ansökningen|rekvisitionen|søknaden|søknad|ansøgningen|ansøgning)\b[^.,;]{0,60}\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // when information about the report will be published, not when the report is due
    { where: 'before', cue: PUBLISHED_BY },
    // a past report's date told in the past tense, not this form's ("Delrapporten för 2022 skulle lämnas senast den …")
    { where: 'before', cue: sv(/\bskulle\b[^.;]{0,60}\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // a payment's or a decision's day, the report named as its condition (review70a K5, K6, K9, constructed: "Tilskuddet
    // utbetales innen 15. april 2026 etter at rapporten er godkjent", "Tilskuddet udbetales senest den 30. april 2026, når
    // rapporten er godkendt", "Vedtak om endelig tilskudd fattes innen 1. juni 2026 når rapporten er behandlet")
    { where: 'before', cue: sv(/\b(?:utbetal\p{L}*|udbetal\p{L}*|betalas\s+ut|betales\s+ut|vedtak\p{L}*|beslut\p{L}*|afgørelse\p{L}*)\b[^.;]{0,60}\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // the funder's decision, answer or payment ("Beslut om godkänd redovisning fattas senast den …")
    { where: 'before', cue: FUNDER_PROCESSING },
    // another act's day in a sentence that names the report (review71b D1–D5, constructed): the next round that closes, a
    // change to be announced, money to be paid back, receipts to be kept, the board's reading ("… nästa omgång, som stänger
    // senast den 1 mars 2026", "Ändringar ska anmälas till handläggaren senast den …", "… ska betalas tillbaka senast den …")
    { where: 'before', cue: sv(/\b(?:stänger|stängs|anmäl(?:as|s|er|a)|betalas\s+tillbaka|betala\s+tillbaka|återbetala\p{L}*|tilbakebetal\p{L}*|tilbagebetal\p{L}*|sparas|arkiveras|behandlar|behandlas|granskar)\b[^.;]{0,60}\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // an example's date ("Om aktiviteten till exempel genomfördes i december 2023 ska redovisningen lämnas senast den …")
    { where: 'sentence', cue: EXAMPLE_SENTENCE },
    // the funder sending something out about the report (review73c D8, constructed: "Inbjudan att lämna slutrapport skickas ut
    // senast den 15 januari 2026")
    { where: 'before', cue: sv(/\b(?:skickas|skickar|sänds|sänder|sendes|sender|udsendes|sendes\s+ut)\s+(?:vi\s+|dere\s+)?ut\b[^.;]{0,40}$/iu) },
    // another form's report told on this one (review73c D5, constructed: "Lägerbidrag redovisas på en egen blankett senast den …")
    { where: 'before', cue: sv(/\b(?:egen|egna|separat|särskild|annan|eget|eige?n|særskilt)\s+(?:blankett|formulär|mall|skjema|skema)\b[^.;]{0,40}$/iu) },
    // the funder's answer on the report, the verb's object a word or decision sent back ("Vi skickar besked om er redovisning
    // senast den …", "Länsstyrelsen lämnar besked om slutrapporten senast den …", "Kommunen sender svar på rapporten innen …",
    // review74c D2 D3 D10 D11, constructed)
    { where: 'before', cue: sv(/\b(?:skicka\p{L}*|lämna\p{L}*|sänd\p{L}*|sende\p{L}*|sender|ger|ge|giver|gir|meddela\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:besked|beskedet|svar|svaret|beslut|beslutet|påminnelse\p{L}*|bekräftelse\p{L}*|återkoppling\p{L}*|kallelse\p{L}*|beskjed|tilbakemelding\p{L}*|vedtak|afgørelse\p{L}*|påmindelse\p{L}*)\b[^.;]{0,60}$/iu) },
    // a relative clause's own verb right before "senast", not one of handing in: costs or wages the report may hold ("Redovisa
    // endast kostnader som har uppstått senast den …", "lönekostnader som betalats ut senast den …", "den verksamhet som pågick
    // senast den …", "inköp som gjorts senast den …", review74c D4 D6 D7 D12, constructed); "Slutrapporten, som lämnas senast
    // den …" keeps its day
    { where: 'before', cue: sv(/\b(?:som|der|som\s+er)\s+(?:har\s+|hade\s+|har\s+blivit\s+|var\s+|är\s+|blev\s+|er\s+|ble\s+)?(?!(?:lämna|inlämna|skicka|inskicka|sänd|sänt|insänd|inkom|kommi|komme|redovisa|återrapportera|rapportera|levere|sende|innsend|indsend|aflever)\p{L}*)\p{L}+(?:\s+(?:ut|in|bort))?\s+(?:senast|senest|innen)\s+(?:den\s+)?$/iu) },
    // a seminar's or meeting's sign-up about the report ("Registrera er till vårt seminarium om slutrapporterna senast den …",
    // review74c D9, constructed)
    { where: 'before', cue: sv(/\b\p{L}{0,20}(?:seminari(?:um|et|er|erna)|webbinari(?:um|et)|workshop(?:en)?|mötet|möte|träff(?:en)?|informationsträff(?:en)?|kurs(?:en)?|utbildning(?:en)?|seminar(?:et)?|møte(?:t)?)\b[^.;]{0,80}$/iu) },
];

/**
 * The form's due date: "senast" right before a date, in a sentence about the report; not the last
 * day the money may be used or the project run ("Medel som använts senast den 31 december 2019
 * ska redovisas"), which a form's report sentence names too.
 */
export const FORM_DUE: Cue<'due'> = {
  // (and the Norwegian and Danish "innen"/"senest" before the date: "Rapporten skal sendes inn innen 31. mars 2026.", helper formkind70)
  // (only after a verb of handing the report in, in the same clause: a "senast" before a date in a sentence that names the report
  // is as often another act's day — the next round's "kan sökas senast", a revision's "uppdaterades senast", an inclusion day
  // "insatser som startat senast", a count day "deltagare som var anmälda senast", "kontakta handläggaren senast", a Norwegian
  // "aktiviteter som ble holdt innen" — review73c D2, D3, D6, D7, D9, D13, D15, constructed)
  id: 'senast', where: 'before', meaning: 'due', weight: 1,
  cue: sv(/\b(?:lämna\p{L}*|inlämna\p{L}*|skicka\p{L}*|inskicka\p{L}*|sända\p{L}*|sänd[as]?|sänt\p{L}*|insänd\p{L}*|inkom\p{L}*|(?:kommit|komma|kommer)\s+in|tillhanda|inne|redovisa\p{L}*|återrapportera\p{L}*|rapporter(?:a\p{L}*|es|e)|ske|sker|registrera\p{L}*|besvara\p{L}*|svara\p{L}*|fyll\p{L}*\s+i|ladda\p{L}*\s+upp|sende\p{L}*|sendt|innsend\p{L}*|indsend\p{L}*|lever(?:es|e|ert|eres)|aflever(?:es|e|et)|mottatt|modtaget|i\s+hende|i\s+hænde)\b[^.;]{0,80}?\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu),
  also: { where: 'sentence', cue: FORM_REPORT_WORDS },
  unless: FORM_DUE_UNLESS,
  examples: ['Återrapporteringen ska vara inskickad senast den ⟨31 mars 2025⟩.', 'Redovisa senast ⟨2025-03-31⟩.',
    // (review73c, constructed paraphrases: a region's, a länsstyrelse's and a Danish kommune's form)
    'Redovisningen ska ske senast den ⟨31 mars 2025⟩.', 'Slutrapporten ska vara länsstyrelsen tillhanda senast den ⟨31 mars 2026⟩.', 'Rapporten skal afleveres senest den ⟨1. april 2026⟩.', 'Slutrapporten ska lämnas senast den ⟨31 mars 2021⟩.', 'Rapporten ska vara kommunen tillhanda senast den ⟨31 januari 2025⟩.',
    'Rapporten skal sendes inn innen ⟨31. mars 2026⟩.', 'Slutrapporten skal indsendes senest den ⟨31. marts 2026⟩.',
    // (review74c: a relative clause of handing in keeps its day; a seminar word elsewhere in the sentence is not before it)
    'Slutrapporten, som lämnas senast den ⟨31 mars 2026⟩, ska innehålla en ekonomisk redovisning.', 'Skicka in redovisningen senast den ⟨31 mars 2026⟩.'],
  counterExamples: [
    'Ansökan ska vara inskickad senast den ⟨31 mars 2025⟩.', 'Återrapporteringen öppnar den ⟨1 mars 2025⟩.',
    'Søknaden skal sendes inn innen ⟨15. mars 2026⟩, og rapporten følger senere.', 'Tilskuddet skal være brukt innen ⟨31. desember 2026⟩ og rapporteres etterpå.',
    // (review70a, constructed: a payment's, a decision's and last year's report's day)
    'Prosjektet skal være ferdig innen ⟨31. desember 2026⟩, og rapporten sendes etter det.', 'Aktiviteterne skal gennemføres senest den ⟨31. december 2026⟩, og rapporten indsendes herefter.',
    'Tilskuddet utbetales innen ⟨15. april 2026⟩ etter at rapporten er godkjent.', 'Tilskuddet udbetales senest den ⟨30. april 2026⟩, når rapporten er godkendt.',
    'Vedtak om endelig tilskudd fattes innen ⟨1. juni 2026⟩ når rapporten er behandlet.', 'Rapporten for 2024 skulle sendes inn innen ⟨31. mars 2025⟩.',
    'Bidrag som använts senast den ⟨31 december 2019⟩ ska redovisas.', 'Redovisa projekt som avslutats senast ⟨2025-06-30⟩.',
    'Tidigare bidrag ska vara redovisade och ansökan ska ha kommit in senast den ⟨1 mars 2025⟩.',
    'Information om redovisningen för 2024 kommer att publiceras på denna sida senast den ⟨1 december 2024⟩.',
    'Delrapporten för 2022 skulle lämnas senast den ⟨30 september 2022⟩ och ingår inte här.',
    'Beslut om godkänd redovisning fattas senast den ⟨15 juni 2025⟩.',
    'När redovisningen är godkänd betalas resterande del av bidraget ut senast den ⟨30 juni 2025⟩.',
    'Om aktiviteten till exempel genomfördes i december 2023 ska redovisningen lämnas senast den ⟨31 mars 2024⟩.',
    // (review71b D1–D5: the next round's closing, a change announced, a repayment, receipts kept, the board's reading)
    'När redovisningen är godkänd kan ni söka igen i nästa omgång, som stänger senast den ⟨1 mars 2026⟩.',
    'Ändringar i projektplanen ska anmälas till handläggaren senast den ⟨1 oktober 2025⟩ och beskrivas i slutrapporten.',
    'Outnyttjade medel som anges i redovisningen ska betalas tillbaka senast den ⟨30 juni 2026⟩.',
    'Kvitton och underlag till redovisningen ska sparas till och med senast den ⟨31 december 2030⟩.',
    'Styrelsen behandlar inkomna slutrapporter senast den ⟨15 maj 2026⟩.',
    'Rapporten skal arkiveres, og tilskuddet tilbakebetales innen ⟨1. juni 2026⟩ hvis rapporten mangler.',
    // (review73c: another act's day in a sentence that names the report — no verb of handing it in before the date)
    'Bidrag för nästa år kan sökas senast den ⟨1 mars 2026⟩, och då ska denna redovisning vara bifogad.',
    'Återrapporteringsblanketten uppdaterades senast ⟨2024-11-05⟩.',
    'Redovisningen gäller insatser som startat senast den ⟨1 juli 2024⟩.',
    'Har ni frågor om slutrapporten, kontakta handläggaren senast den ⟨14 mars 2026⟩.',
    'Rapporten gjelder aktiviteter som ble holdt innen ⟨30. juni 2025⟩.',
    'Vi bjuder in till ett seminarium om slutrapporterna; anmälan görs senast den ⟨10 februari 2026⟩.',
    'Inbjudan att lämna slutrapport skickas ut senast den ⟨15 januari 2026⟩.',
    'Lägerbidrag redovisas på en egen blankett senast den ⟨30 september 2025⟩.',
    // (review73c paraphrases in other bodies' phrasing, and adversarial counter-probes of the verb list)
    'Rapporten for neste år kan søkes innen ⟨1. mars 2026⟩.', 'Redovisningen publiceras på webben senast den ⟨1 december 2025⟩.',
    'Den som har lämnat redovisning får besked senast den ⟨15 maj 2026⟩.', 'Rapporten sendes ut til alle mottakere innen ⟨15. januar 2026⟩.',
    // (review74c: the funder's answer, a relative clause's own verb, a seminar's sign-up — constructed)
    'Vi skickar besked om er redovisning senast den ⟨15 maj 2026⟩.', 'Länsstyrelsen lämnar besked om slutrapporten senast den ⟨30 april 2026⟩.',
    'Kommunen sender svar på rapporten innen ⟨1. mai 2026⟩.', 'Redovisa endast kostnader som har uppstått senast den ⟨31 december 2025⟩.',
    'Redovisa de lönekostnader som betalats ut senast den ⟨31 december 2025⟩.', 'Redovisa den verksamhet som pågick senast den ⟨31 december 2024⟩.',
    'Skicka med kvitton för inköp som gjorts senast den ⟨30 november 2025⟩ till redovisningen.', 'Registrera er till vårt seminarium om slutrapporterna senast den ⟨20 januari 2026⟩.',
    'Vi ger återkoppling på rapporterna senast den ⟨1 juni 2026⟩.', 'Anmäl er till redovisningsträffen, som vi håller för alla som skickat in rapporten, senast den ⟨3 mars 2026⟩.',
  ],
};

/**
 * The due date with the verb of handing in after it: "… och ska senast den 5 mars 2026 återrapportera till Socialstyrelsen"
 * (sources/2025 nationella kvalitetsregister's form): "senast" before the date, the verb right after it (review73c: FORM_DUE
 * wants the verb before, in the same clause; this row is its other word order). The same guards as FORM_DUE.
 */
export const FORM_DUE_VERB_AFTER: Cue<'due'> = {
  id: 'senast-date-verb', where: 'before', meaning: 'due', weight: 1, cue: sv(/\b(?:senast|senest|innen)\s+(?:den\s+)?$/iu),
  // (the verb in the infinitive or present, not told of a past act: "Föreningar som inte senast den 31 mars 2025 redovisade förra
  // årets bidrag", review74c D16; nor with a word, a decision or a reminder as its object, the funder's act: "Länsstyrelsen ska
  // senast den … lämna besked om slutrapporten", "Vi kommer senast den … skicka en påminnelse om redovisningen", review74c
  // D13–D15, constructed)
  also: { where: 'after', cue: sv(/^[ \t\n]{0,3}(?:återrapportera[rs]?|redovisa[rs]?|rapportera[rs]?|lämna[rs]?|skicka[rs]?|sända|sänder|inkomma|(?:komma|ha\s+kommit)\s+in|sende[rs]?|sendes|levere[rs]?|leveres|indsende[rs]?|aflevere[rs]?)\b(?!\s+ut\b)(?!\s+(?:\p{L}+\s+){0,2}?(?:besked|beskedet|svar|svaret|beslut|beslutet|påminnelse\p{L}*|bekräftelse\p{L}*|återkoppling\p{L}*|kallelse\p{L}*|inbjudan|beskjed|tilbakemelding\p{L}*|vedtak|afgørelse\p{L}*|påmindelse\p{L}*)\b)/iu) },
  unless: FORM_DUE_UNLESS,
  examples: ['Ni ska senast den ⟨5 mars 2026⟩ återrapportera till Socialstyrelsen hur ni har använt medlen.', 'Föreningen ska senast den ⟨31 mars 2025⟩ lämna en redovisning av bidraget.', 'Kommunen skal innen ⟨1. mars 2026⟩ levere rapport til fylket.'],
  counterExamples: ['Ni ska senast den ⟨5 mars 2026⟩ ha använt medlen och därefter redovisa dem.', 'Föreningen som senast den ⟨1 juli 2024⟩ startat insatsen ska redovisa den.',
    'Ni kan senast den ⟨1 mars 2026⟩ söka nytt bidrag; redovisningen bifogas.', 'Vi ska senast den ⟨15 januari 2026⟩ skicka ut inbjudan att lämna slutrapport.',
    'Länsstyrelsen ska senast den ⟨30 april 2026⟩ lämna besked om slutrapporten har godkänts.', 'Vi kommer senast den ⟨1 mars 2026⟩ skicka en påminnelse om redovisningen.',
    'Föreningar som inte senast den ⟨31 mars 2025⟩ redovisade förra årets bidrag ska bifoga den redovisningen nu.', 'Kommunen skal innen ⟨1. mai 2026⟩ sende svar på rapporten.'],
};

/**
 * The due date as an English form states it: a verb of sending right before "by", "no later than" or
 * "on or before" and the date, in a sentence about the report ("Completed acquittals are to be
 * submitted to Council by 15 May 2015"); not the application's date, nor the last day the money may
 * be spent or the project run, nor when the funder publishes or pays.
 */
export const FORM_DUE_EN: Cue<'due'> = {
  id: 'submitted-by', where: 'before', meaning: 'due', weight: 1,
  // (the office it goes to may stand between, over a wrapped line: "must be received by the Grants to Organizations\n office at
  // the Washington State Arts Commission, no later than August 3, 2009", dev 1705)
  // (or the report's deadline as a form's head line gives it: "Report Deadline - August 3, 2009 - Receipt Date", dev 1705)
  // (or the form's own return told as a command: "Return this form along with any photos you have by January 15th 2010",
  // dev 1991, h/forms65)
  // (the form named with its report between: "Please return this FINAL REPORT form no later than 30 days after the end of your
  // program, or by January 15, 2018 whichever comes first", dev 2008; or the return asked for with no object but the form,
  // its address lost in a copy: "Please email to no later than June 8, 2018.", dev 2007; never something else sent, "Please
  // send photos by …": h/forms66)
  // (or the report's due date as a form's head gives it, a time limit or the date, the first to come: "Final Report due 30 days
  // after\nproject ends or April 30, 2014,\nwhichever comes first.", dev 2076 and its sister 1604; h/forms68)
  cue: /\b(?:submitted|received|returned|sent|lodged|due)\b[^.;]{0,100}?\b(?:by|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?$|\b(?:return|submit|send|mail)\s+this\s+(?:completed\s+)?(?:[\p{L}-]+\s+){0,3}?form\b[^.;]{0,100}?\b(?:by|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?$|\bplease\s+(?:e-?mail|return|submit|send|mail)(?:\s+(?:it|this|back))?\s+(?:to\b[^.;]{0,100}?)?(?:by|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?$|\breport(?:ing)?\s+(?:deadline|due\s+date)\s{0,3}[-–:]?\s{0,3}$|\breports?\s+(?:(?:is|are)\s+)?due\s+(?:within\s+)?[^.;]{0,60}?\bor\s+(?:by\s+)?$/iu,
  also: { where: 'sentence', cue: FORM_REPORT_WORDS },
  unless: [
    // (and a grant agreement's or contract's return told in a report sentence: "This report covers grants whose signed
    // agreements were received by 15 January 2025", review73c D11, constructed)
    { where: 'before', cue: /\b(?:applications?|proposals?|requests?\s+for\s+(?:funding|payment)|agreements?|contracts?|acceptance\s+forms?)\b[^.;]{0,60}$/iu },
    { where: 'before', cue: /\b(?:spent|expended|used|completed|finished|incurred|paid)\b[^.;]{0,40}$/iu },
    // money sent back, not the report ("Unspent funds must be returned by 30 June 2024 with the final report", h/forms65)
    { where: 'before', cue: /\b(?:funds?|monies|money|balances?|grants?)\s+(?:\p{L}+\s+){0,3}?(?:returned|repaid|refunded)\b[^.;]{0,40}$/iu },
  ],
  examples: ['Completed acquittals are to be submitted to Council by ⟨15 May 2015⟩.', 'The final report is due no later than ⟨30 June 2024⟩.', 'Reports must be received on or before ⟨1 March 2023⟩.', 'FORM IS DUE NO LATER THAN ⟨August 1, 2014⟩', 'Report Deadline - ⟨August 3, 2009⟩ - Receipt Date (not a postmark)', 'Final Report Due Date: ⟨June 30, 2024⟩', 'Return this form along with any photos you have by ⟨January 15th 2010⟩ to: DSG Coordinator', 'Please return this FINAL REPORT form no later than 30 days after the end of your program, or by ⟨January 15, 2018⟩ whichever comes first.', 'Please email to no later than ⟨June 8, 2018⟩.', 'Please submit this completed form to the Community Grants office no later than ⟨June 30, 2024⟩.', 'The completed Final Report must be received by the Grants to Organizations\noffice at the Arts Commission, no later than ⟨August 3, 2009⟩.',
    'Final Report due 30 days after\nproject ends or ⟨April 30, 2014⟩,\nwhichever comes first.', 'Progress reports are due within 60 days of the event or by ⟨June 1, 2020⟩, whichever is earlier.'],
  counterExamples: [
    'Applications for next year must be submitted by ⟨1 March 2024⟩; reports follow later.', 'This report covers grants whose signed agreements were received by ⟨15 January 2025⟩.', 'Reports on projects whose contracts were returned by ⟨1 March 2024⟩ use the old form.', 'Grant agreements must be lodged by ⟨30 June 2025⟩; final reports follow the project.', 'Funds must be spent by ⟨30 June 2024⟩ and reported within 60 days.',
    'The report will be published by ⟨1 December 2024⟩.', 'Application deadline: ⟨1 March 2024⟩ (reports follow the grant agreement)', 'Report deadlines were extended after ⟨1 March 2020⟩.', 'Projects must be completed and the report submitted by the end of the year, at the latest ⟨31 December 2024⟩.', 'Unspent funds must be returned by ⟨30 June 2024⟩ together with the final report.', 'Please send photos of the event by ⟨June 1, 2018⟩ with the report.', 'Final report due 60 days after the grant period, which ends ⟨June 30, 2017⟩.',
  ],
};

/**
 * Which report a sentence or a form's title names ("Delrapporten ska lämnas …", "Slutrapport för
 * projektbidrag"): the group is its kind. A form for one report takes no due date from a sentence
 * about another ("Delrapporten ska lämnas senast …" on the slutrapport's form).
 */
export const REPORT_KIND: Cue<'report-kind'> = {
  id: 'report-kind', where: 'line', meaning: 'report-kind', weight: 1,
  cue: sv(/\b(slut|del|läges|års|mellan)(?:rapport|redovisning|redogörelse)\p{L}*/iu),
  examples: ['Delrapporten ska lämnas senast den 30 september 2024.', 'Slutrapport för projektbidrag', 'Årsrapport med projektplan'],
  counterExamples: ['Redovisningen ska lämnas senast den 31 mars 2025.', 'Rapport om genomfört projekt'],
};

/** Counts a form writes in words ("max tre formulär"), as the lexicon spells them. */
const SMALL_COUNTS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 10).join('|');

/** How many times the form may be sent in; the group is the count, in digits or a word. */
export const MAX_SUBMISSIONS: Cue<'max-submissions'> = {
  id: 'max-n-formular', where: 'sentence', meaning: 'max-submissions', weight: 1,
  // (a count of times only right after a verb of sending the form or answering it: "max 3 svar" per question, an
  // activity held "max 4 gånger", a grant that "kan sökas max två gånger per år" are no count of submissions — review73c M1–M3,
  // constructed; the count is the first group that matched)
  cue: sv(new RegExp(String.raw`\bmax(?:imalt)?\s+(\d{1,2}|${SMALL_COUNTS})\s+(?:formulär|inskick)|\b(?:skicka[rs]?\s+in|skickas\s+in|lämna[rs]?\s+in|lämnas\s+in|svara[rs]?|besvara[rs]?)\s+max(?:imalt)?\s+(\d{1,2}|${SMALL_COUNTS})\s+gånger\b(?!\s+(?:per|varje|om\s+året|i\s+(?:månaden|veckan|året|terminen|kvartalet))\b)`, 'iu')),
  examples: ['Ni kan skicka in max tre formulär.', 'Formuläret kan skickas in maximalt 2 gånger.', 'Du kan svara max 5 gånger.', 'Enkäten kan besvaras maximalt tre gånger.'],
  counterExamples: ['Ni kan skicka in ett formulär per insats.', 'Svara med max tre meningar.', 'Vilka målgrupper har ni nått? Ange max 3 svar.',
    'Redovisa om aktiviteten genomförts max 4 gånger under året.', 'Arrangemangsbidrag kan sökas max två gånger per år.',
    'Svara på frågorna med max 3 svar per fråga.', 'Lämna in kvitton för max 5 gånger per termin.',
    // (review74c M1–M4, constructed: a word between the verb and "max" is a per-question limit's ("Svara med max 3 svar"), "svar"
    // counts answers to a question, and a count per period is a recurring act's — applications, attendance lists — not the form's)
    'Svara med max 3 svar per fråga.', 'Du kan svara med max två svar.', 'Föreningen kan lämna in max två gånger per år en ansökan om arrangemangsbidrag.',
    'Närvarolistor kan ni skicka in max 4 gånger per termin.'],
};

/**
 * A sentence of a report form about applying again: a grant-year phrase in it ("Ni som vill söka kulturbidrag för 2026 gör det i
 * e-tjänsten") names the next round's year, never the year the form reports on (review73c Y15, constructed). Verbs of applying
 * in the present, the infinitive or the imperative only: the grant reported on is told in the past ("bidrag för 2024 som ni
 * ansökte om").
 */
export const FORM_NEXT_ROUND: Cue<'next-round'> = {
  id: 'apply-again', where: 'sentence', meaning: 'next-round', weight: 1,
  cue: sv(/\b(?:söka|sök|sökas|söker|ansöka|ansök|ansökas|ansöker|søke|søkes|søker|ansøge|ansøges|ansøger|apply|applying)\b/iu),
  examples: ['Ni som vill söka kulturbidrag för 2026 gör det i e-tjänsten.', 'Bidrag för 2026 kan sökas från den 1 oktober.', 'Foreninger som vil søke tilskudd for 2026, bruker søknadsskjemaet.', 'Groups wishing to apply for 2026 grants should use the online form.'],
  counterExamples: ['Redovisningen avser bidrag för 2024 som ni ansökte om i fjol.', 'Redovisning av 2024 års bidrag enligt beviljad ansökan.', 'Rapporten gjelder tilskudd for 2024 som dere søkte om.'],
};

/** A sentence that may give the period the money was used in. */
export const FORM_USAGE: Cue<'usage'> = {
  id: 'perioden-anvant', where: 'sentence', meaning: 'usage', weight: 1, cue: /perioden|använt/iu,
  examples: ['Redovisa de medel som ni har använt under 1 januari–31 december 2024.', 'Återrapporteringen avser perioden 2024-01-01–2024-12-31.'],
  counterExamples: ['Medlen får användas under 2024.'],
};

/** A printed form's version or print line ("Blankett Lägesrapport version1 2011-04-04"): a footer, not a field, never a year. */
export const FORM_VERSION_LINE: Cue<'version'> = {
  id: 'version-line', where: 'line', meaning: 'version', weight: 1,
  cue: sv(/^(?:blankett|formulär|mall)\b[^.]{0,60}\b(?:version|ver\.|v\.)\s?\d[\d.]*(?:[\s,]+(?:19|20)\d{2}(?:-\d{2}){0,2})?$/iu),
  examples: ['Blankett Lägesrapport version1 2011-04-04', 'Mall slutrapport version 2.1'],
  counterExamples: ['Blanketten finns i en ny version sedan 2011.', 'Mall för slutrapport'],
};

/** A numbered list is a form's questions only where the text speaks of a form or survey. */
export const FORM_WORDS: Cue<'form'> = {
  id: 'aterrapport-formular-enkat', where: 'line', meaning: 'form', weight: 1, cue: /återrapport|formulär|enkät/iu,
  examples: ['Återrapportering av statsbidrag 2024', 'Fyll i formuläret', 'Enkät om insatserna'],
  counterExamples: ['Anvisningar för statsbidrag 2024'],
};
