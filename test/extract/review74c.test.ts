import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Adversarial review of stop 53's first-wave kind and reporting-form rows (stop 53, issue 12, helper review74c): h/open72a's and
// h/review73c's QUOTING_LEAD widening with shownReport, ELIGIBILITY_TEST, the statement-then-condition and condition-prompt
// narrowing; FORM_DUE's verb, FORM_DUE_VERB_AFTER, MAX_SUBMISSIONS' narrowing, the unless guards and findFormMeta's report-kind
// binding. Constructed probes both ways: real reporting forms of other bodies (a region, a länsstyrelse, a foundation, Nordic and
// English forms, a Word form with content controls, a form converted from PDF) that the rows may now read as an anvisning or
// whose due / max_submissions they now mis-bind, and pages of other kinds. `{ not: v }` anything but v (a miss is fine).

// `open`: a wrong value left open after the fixes (said why in test/corpus/README.md); `it.fails` keeps it in view.
type Probe = { id: string; row: string; field: string; want: Want; text: string; open?: true };
const FORM = 'reporting-form';

// a region's verksamhetsbidrag report form with short blanks, as a web form printed to text draws them
const REGION = (lead: string, tail = ''): string => `Redovisning av verksamhetsbidrag 2024\nRegion Västerby, Kulturnämnden\n\n${lead}\n\nFöreningens namn: ____\nOrganisationsnummer: ____\nKontaktperson: ____\nBeviljat belopp: ____\n\n1. Beskriv den verksamhet som bidraget har använts till.\n____\n2. Hur många deltagare har verksamheten haft?\n____\n3. Redovisa intäkter och kostnader.\n____\n\n${tail}\n\nOrt och datum: ____\nUnderskrift: ____\n`;
// a länsstyrelse's final report converted from PDF: the blanks lost, labels and questions left bare
const PDF = (lead: string, tail = ''): string => `Länsstyrelsen i Norra Sundby\nSLUTRAPPORT\nLokala naturvårdsprojekt (LONA)\nSida 1 (2)\n\n${lead}\n\nProjektets namn\nKommun\nDiarienummer\nKontaktperson\n\n1. Redogör för projektets genomförande.\n\n2. Har projektets mål uppnåtts?\n\n3. Redovisa projektets kostnader och finansiering.\n\n4. Hur har ideella krafter medverkat?\n\n${tail}\n\nUnderskrift\nNamnförtydligande\nOrt och datum\n`;
// a Word report form whose answer boxes are content controls
const WORD = (lead: string, tail = ''): string => `Slutrapport projektbidrag\nSundby kommun, Kultur- och fritidsförvaltningen\n\n${lead}\n\nProjektets namn: Klicka eller tryck här för att ange text.\nFörening: Klicka eller tryck här för att ange text.\nKontaktperson: Klicka eller tryck här för att ange text.\n\n1. Beskriv vad ni har genomfört.\nKlicka eller tryck här för att ange text.\n2. Hur många deltagare har ni haft?\nKlicka eller tryck här för att ange text.\n3. Hur har bidraget använts?\nKlicka eller tryck här för att ange text.\n\n${tail}\n\nDatum: Klicka eller tryck här för att ange datum.\nUnderskrift: Klicka eller tryck här för att ange text.\n`;
// an English foundation's end-of-grant report form with short blanks
const FOUND = (lead: string, tail = ''): string => `End of Grant Report\nThe Millbrook Community Trust\n\n${lead}\n\nOrganisation name: ____\nGrant reference: ____\nContact person: ____\nAmount awarded: ____\n\n1. What did the grant achieve?\n____\n2. How many people took part?\n____\n3. How was the money spent?\n____\n\n${tail}\n\nSigned: ____\nDate: ____\n`;
// a Norwegian rapportskjema with short blanks
const NORSK = (lead: string, tail = ''): string => `Rapportskjema – tilskudd til lag og foreninger 2024\nSørvik kommune, kulturkontoret\n\n${lead}\n\nNavn på laget: ____\nOrganisasjonsnummer: ____\nKontaktperson: ____\n\n1. Hva er gjennomført?\n____\n2. Hvor mange deltok?\n____\n3. Hvordan ble tilskuddet brukt?\n____\n\n${tail}\n\nDato og underskrift: ____\n`;
// a LONA final report form with ☐ Ja ☐ Nej questions
const LONA = (tail = ''): string => `Slutrapport för LONA-projekt\nLänsstyrelsen i Norra Sundby\n\nProjektets namn: ________________\nKommun: ________________\nDiarienummer: ________________\n\n1. Redogör för projektets genomförande och resultat.\n________________\n2. Har projektets mål uppnåtts? ☐ Ja ☐ Nej\n3. Har projektet genomförts enligt tidsplanen? ☐ Ja ☐ Nej\n4. Redovisa projektets kostnader och finansiering.\n________________\n\n${tail}\n\nDatum: ________________\nUnderskrift: ________________\n`;

export const PROBES: Probe[] = [
  // ── kind: QUOTING_LEAD widened + shownReport — a form's own lead over blanks that are not long rules must stay a form ──
  { id: 'K1', row: 'shownReport: a region form, "I redovisningen ska ni ta upp:" over short blanks', field: 'kind', want: FORM,
    text: REGION('Fyll i blanketten. I redovisningen ska ni ta upp:') },
  { id: 'K2', row: 'shownReport: a PDF-converted LONA form (blanks lost), "Slutrapporten börjar med uppgifter om projektet:"', field: 'kind', want: FORM,
    text: PDF('Slutrapporten börjar med uppgifter om projektet:', 'Slutrapporten ska lämnas senast den 31 mars 2026.') },
  { id: 'K3', row: 'shownReport: a Word form with content controls, "I rapporten ska du ta upp följande:"', field: 'kind', want: FORM,
    text: WORD('I rapporten ska du ta upp följande:') },
  { id: 'K4', row: 'shownReport: an English form, "Start your report with these details:" over short blanks', field: 'kind', want: FORM,
    text: FOUND('Please complete every section. Start your report with these details:') },
  { id: 'K5', row: 'shownReport: a Norwegian form, "Rapporten begynner med disse opplysningene:" over short blanks', field: 'kind', want: FORM,
    text: NORSK('Rapporten begynner med disse opplysningene:', 'Rapporten skal sendes inn innen 1. mars 2025.') },
  { id: 'K6', row: 'shownReport: an English form, "The report covers the following:" (PDF-converted, no blanks)', field: 'kind', want: FORM,
    text: 'Final Report Form\nThe Millbrook Community Trust\nPage 1 of 2\n\nThe report covers the following:\n\nOrganisation name\nGrant reference\nContact person\n\n1. What did the grant achieve?\n\n2. How many people took part?\n\n3. How was the money spent?\n\nSignature\nDate\n' },
  { id: 'K7', row: 'shownReport: a region form, "I redovisningen anger ni:" over a table of months', field: 'kind', want: FORM,
    text: 'Redovisning av lokalt aktivitetsstöd 2024\nSundby kommun\n\nI redovisningen anger ni:\n\n| Månad | Antal sammankomster | Antal deltagare 7–25 år |\n|---|---|---|\n| Januari | | |\n| Februari | | |\n| Mars | | |\n| Summa | | |\n\nFöreningens namn: ____\nOrganisationsnummer: ____\n\nIntygas att uppgifterna är riktiga.\nOrt och datum: ____\nUnderskrift ordförande: ____\n' },
  // ── kind: ELIGIBILITY_TEST on a report form's own line about applying again ──
  { id: 'K8', row: 'ELIGIBILITY_TEST: a LONA report form, "Har ni svarat nej på någon av frågorna ovan kan kommunen inte söka …"', field: 'kind', want: FORM,
    text: LONA('Har ni svarat nej på någon av frågorna ovan kan kommunen inte söka nytt LONA-bidrag förrän avvikelsen är redovisad.') },
  { id: 'K9', row: 'ELIGIBILITY_TEST: a foundation\'s report form, "If you answered no to any …, you cannot apply …"', field: 'kind', want: FORM,
    text: FOUND('Please answer every question.', 'Was the project delivered as planned? ☐ Yes ☐ No\nWas the whole grant spent? ☐ Yes ☐ No\nIf you answered no to any of the questions above, you cannot apply for a new grant until we have agreed a plan.') },
  { id: 'K10', row: 'ELIGIBILITY_TEST: a Norwegian report form, "Svarer dere nei på alle spørsmålene, kan dere ikke søke …"', field: 'kind', want: FORM,
    text: NORSK('Fyll ut alle feltene.', 'Er tilskuddet brukt som forutsatt? ☐ Ja ☐ Nei\nEr regnskapet godkjent av årsmøtet? ☐ Ja ☐ Nei\nSvarer dere nei på alle spørsmålene, kan dere ikke søke nytt tilskudd neste år.') },
  { id: 'K11', row: 'ELIGIBILITY_TEST: a Word form, "Svarar ni nej på någon av frågorna får föreningen inte söka bidrag …"', field: 'kind', want: FORM,
    text: WORD('Besvara samtliga frågor.', 'Har bidraget använts enligt beslutet? ☐ Ja ☐ Nej\nHar verksamheten varit öppen för alla? ☐ Ja ☐ Nej\nSvarar ni nej på någon av frågorna får föreningen inte söka bidrag under nästa år.') },
  // ── kind: statement-then-condition / condition-prompt narrowing on a form's own lines ──
  { id: 'K12', row: 'statement-then-condition: a form\'s tickable "Projektet ska fortsätta …" / "Om nej, …"', field: 'kind', want: FORM,
    text: 'Delrapport projektstöd\nRegion Västerby\n\nProjektets namn\nDiarienummer\n\n☐ Projektet ska fortsätta enligt den beviljade planen.\nOm nej, beskriv förändringarna.\n\n☐ Projektet har hittills följt budgeten.\nOm inte, förklara avvikelsen.\n\nUnderskrift\nDatum\n' },
  { id: 'K13', row: 'condition-prompt: an interim form\'s "Om nej, beskriv … i slutrapporten" is still its own prompt', field: 'kind', want: FORM,
    text: 'Lägesrapport kulturprojekt\nRegion Västerby\n\nProjektets namn: ____\nDiarienummer: ____\n\n1. Följer projektet tidsplanen? ☐ Ja ☐ Nej\nOm nej, beskriv hur ni ska ta igen förseningen i slutrapporten.\n2. Följer projektet budgeten? ☐ Ja ☐ Nej\nOm nej, förklara avvikelsen i slutrapporten.\n3. Vad har ni gjort hittills?\n____\n\nOrt och datum: ____\nUnderskrift: ____\n' },
  // ── kind: pages of other kinds must not be read as forms ──
  { id: 'K14', row: 'a kommun page quoting the report\'s labels under "I redovisningen anger ni följande:" with a sample rule line', field: 'kind', want: { not: FORM },
    text: 'Så redovisar ni föreningsbidraget\n\nNär året är slut ska föreningen redovisa bidraget i e-tjänsten. I redovisningen anger ni följande:\n\nFöreningens namn\nAntal medlemmar\nAntal sammankomster\nIntäkter och kostnader\n\nRedovisningen ska lämnas senast den 31 mars. Föreningar som inte redovisar kan inte få nytt bidrag.\n\nFrågor? Kontakta föreningsenheten.' },
  { id: 'K15', row: 'an English grant page\'s eligibility quiz with an "If you answered yes to all …, you may apply" line', field: 'kind', want: { not: FORM },
    text: 'Can we apply?\n\nCheck the questions below before you start.\n\n1. Is your group based in the district?\n☐ Yes ☐ No\n2. Does your group have a bank account?\n☐ Yes ☐ No\n3. Is your project open to everyone?\n☐ Yes ☐ No\n\nIf you answered yes to all of them, you may apply for up to £2,000.' },
  { id: 'K16', row: 'a page\'s rule "Om nej, beskriv varför i slutredovisningen" under a statement of what the project must do', field: 'kind', want: { not: FORM },
    text: 'Villkor för projektbidrag\n\nInsatsen ska vara avslutad inom ett år från beslutet.\nOm inte, beskriv varför i slutredovisningen och ansök om förlängning.\n\nSlutredovisningen lämnas senast tre månader efter projektets slut. Blanketten finns på vår webbplats.' },

  // ── due: FORM_DUE's verb before "senast" in another act's clause ──
  { id: 'D1', row: 'FORM_DUE "ske": a payment that "sker senast" once the report is approved', field: 'due', want: { not: '2026-04-30' },
    text: LONA('Utbetalning av resterande belopp sker senast den 30 april 2026 under förutsättning att slutrapporten har godkänts.') },
  { id: 'D2', row: 'FORM_DUE "skicka": the funder sending its answer on the report', field: 'due', want: { not: '2026-05-15' },
    text: REGION('Fyll i alla fält.', 'Vi skickar besked om er redovisning senast den 15 maj 2026.') },
  { id: 'D3', row: 'FORM_DUE "lämna": the länsstyrelse giving word on the report', field: 'due', want: { not: '2026-04-30' },
    text: LONA('Länsstyrelsen lämnar besked om slutrapporten senast den 30 april 2026.') },
  { id: 'D4', row: 'FORM_DUE "redovisa": an inclusion day for costs in the report ("uppstått senast")', field: 'due', want: { not: '2025-12-31' },
    text: REGION('Fyll i alla fält.', 'Redovisa endast kostnader som har uppstått senast den 31 december 2025.') },
  { id: 'D5', row: 'FORM_DUE "rapportera": a count day for members ("medlemmar senast")', field: 'due', want: { not: '2024-12-31' },
    text: REGION('Fyll i alla fält.', 'Rapportera antalet medlemmar som var registrerade senast den 31 december 2024.') },
  { id: 'D6', row: 'FORM_DUE "redovisa": wages paid out by a day ("betalats ut senast")', field: 'due', want: { not: '2025-12-31' },
    text: WORD('Besvara samtliga frågor.', 'Redovisa de lönekostnader som betalats ut senast den 31 december 2025.') },
  { id: 'D7', row: 'FORM_DUE "redovisa": an activity period ending by a day ("pågick senast")', field: 'due', want: { not: '2024-12-31' },
    text: WORD('Besvara samtliga frågor.', 'Redovisa den verksamhet som pågick senast den 31 december 2024.') },
  { id: 'D8', row: 'FORM_DUE "kommer in": a decision day after the report comes in', field: 'due', want: { not: '2026-06-15' },
    text: REGION('Fyll i alla fält.', 'När redovisningen kommer in behandlas den av nämnden, som fattar beslut senast den 15 juni 2026.') },
  { id: 'D9', row: 'FORM_DUE "registrera": signing up for a seminar on the report', field: 'due', want: { not: '2026-01-20' },
    text: LONA('Registrera er till vårt seminarium om slutrapporterna senast den 20 januari 2026.') },
  { id: 'D10', row: 'FORM_DUE Norwegian "sender": the kommune answering the report', field: 'due', want: { not: '2026-05-01' },
    text: NORSK('Fyll ut alle feltene.', 'Kommunen sender svar på rapporten innen 1. mai 2026.') },
  { id: 'D11', row: 'FORM_DUE Danish "sender": the kommune answering the report', field: 'due', want: { not: '2026-05-01' },
    text: 'Slutrapport for puljetilskud\nHavby Kommune\n\nForeningens navn: ____\nCVR-nummer: ____\n\n1. Hvad er gennemført?\n____\n2. Hvor mange deltog?\n____\n\nKommunen sender svar på rapporten senest den 1. maj 2026.\n\nDato og underskrift: ____\n' },
  { id: 'D12', row: 'FORM_DUE "skicka": receipts of purchases made by a day sent with the report', field: 'due', want: { not: '2025-11-30' },
    text: REGION('Fyll i alla fält.', 'Skicka med kvitton för inköp som gjorts senast den 30 november 2025 till redovisningen.') },
  // ── due: FORM_DUE_VERB_AFTER — the verb after the date of another act ──
  { id: 'D13', row: 'FORM_DUE_VERB_AFTER: the länsstyrelse "ska senast den … lämna besked" on the report', field: 'due', want: { not: '2026-04-30' },
    text: LONA('Länsstyrelsen ska senast den 30 april 2026 lämna besked om slutrapporten har godkänts.') },
  { id: 'D14', row: 'FORM_DUE_VERB_AFTER: the grantee "ska senast den … lämna besked" on an extension, the report later', field: 'due', want: { not: '2026-01-31' },
    text: LONA('Kommunen ska senast den 31 januari 2026 lämna besked om projektet behöver förlängas; slutrapporten lämnas därefter.') },
  { id: 'D15', row: 'FORM_DUE_VERB_AFTER: the funder "ska senast den … skicka påminnelse" about the report', field: 'due', want: { not: '2026-03-01' },
    text: REGION('Fyll i alla fält.', 'Vi kommer senast den 1 mars 2026 skicka en påminnelse om redovisningen till alla föreningar.') },
  { id: 'D16', row: 'FORM_DUE_VERB_AFTER: "senast den … redovisat" of another report, a past one', field: 'due', want: { not: '2025-03-31' },
    text: WORD('Besvara samtliga frågor.', 'Föreningar som inte senast den 31 mars 2025 redovisade förra årets bidrag ska bifoga den redovisningen nu.') },
  // ── due: keep the batch's right readings ──
  { id: 'D17', row: 'keep: FORM_DUE "Redovisningen ska ske senast den …" on a region form', field: 'due', want: '2026-03-31',
    text: REGION('Fyll i alla fält.', 'Redovisningen ska ske senast den 31 mars 2026.') },
  { id: 'D18', row: 'keep: FORM_DUE_VERB_AFTER "Kommunen ska senast den … lämna slutrapport"', field: 'due', want: '2026-03-31',
    text: LONA('Kommunen ska senast den 31 mars 2026 lämna slutrapporten till länsstyrelsen.') },
  { id: 'D19', row: 'keep: FORM_DUE Norwegian "skal sendes inn innen"', field: 'due', want: '2025-03-01',
    text: NORSK('Fyll ut alle feltene.', 'Rapporten skal sendes inn innen 1. mars 2025.') },

  // ── max_submissions: MAX_SUBMISSIONS narrowed to a verb of sending or answering ──
  { id: 'M1', row: 'MAX_SUBMISSIONS: "Svara med max 3 svar per fråga" is a per-question limit', field: 'max_submissions', want: { not: 3 },
    text: REGION('Fyll i alla fält.', '4. Vilka målgrupper har ni nått? Svara med max 3 svar per fråga.\n☐ Barn ☐ Unga ☐ Vuxna ☐ Äldre') },
  { id: 'M2', row: 'MAX_SUBMISSIONS: "lämna in max två gånger per år en ansökan" counts applications', field: 'max_submissions', want: { not: 2 },
    text: WORD('Besvara samtliga frågor.', 'Föreningen kan lämna in max två gånger per år en ansökan om arrangemangsbidrag.') },
  { id: 'M3', row: 'MAX_SUBMISSIONS: "skicka in max 4 gånger per termin" of attendance lists', field: 'max_submissions', want: { not: 4 },
    text: REGION('Fyll i alla fält.', 'Närvarolistor kan ni skicka in max 4 gånger per termin.') },
  { id: 'M4', row: 'MAX_SUBMISSIONS: "Du kan svara med max två svar" on a multiple-choice question', field: 'max_submissions', want: { not: 2 },
    text: NORSK('Fyll ut alle feltene.', '4. Hvilke aldersgrupper deltok?\nDu kan svara med max två svar.\n☐ Barn ☐ Ungdom ☐ Voksne') },
  { id: 'M5', row: 'keep: MAX_SUBMISSIONS "Formuläret kan skickas in max 2 gånger"', field: 'max_submissions', want: 2,
    text: WORD('Besvara samtliga frågor.', 'Formuläret kan skickas in max 2 gånger.') },

  // ── the fixes' shapes in other bodies' phrasing (paraphrases) and keep-probes ──
  { id: 'P1', row: 'paraphrase K10/K11: a region form, "Har ni svarat nej på någon fråga kan ni inte söka stödet igen"', field: 'kind', want: FORM,
    text: REGION('Fyll i alla fält.', 'Har ni använt hela bidraget? ☐ Ja ☐ Nej\nHar ni nått målgruppen? ☐ Ja ☐ Nej\nHar ni svarat nej på någon fråga kan ni inte söka stödet igen förrän vi har pratat med er.') },
  { id: 'P2', row: 'keep: a grant page\'s self-test "Har du svarat ja på samtliga frågor kan du ansöka om stödet." stays no form', field: 'kind', want: { not: FORM },
    text: 'Kan vi söka?\n\nGör testet innan ni börjar.\n\nÄr föreningen registrerad i kommunen?\nJa\nNej\n\nHar föreningen minst tio medlemmar?\nJa\nNej\n\nÄr verksamheten öppen för alla?\nJa\nNej\n\nHar du svarat ja på samtliga frågor kan du ansöka om stödet.' },
  { id: 'P3', row: 'paraphrase K5: a Danish form, "Rapporten starter med disse oplysninger:" over short blanks', field: 'kind', want: FORM,
    text: 'Slutrapport – puljen til foreningsaktiviteter\nHavby Kommune\n\nRapporten starter med disse oplysninger:\n\nForeningens navn: ____\nCVR-nummer: ____\nKontaktperson: ____\n\n1. Hvad er gennemført?\n____\n2. Hvor mange deltog?\n____\n3. Hvordan blev tilskuddet brugt?\n____\n\nDato og underskrift: ____\n' },
  { id: 'P4', row: 'paraphrase D2/D3: "Kulturnämnden meddelar beslut om redovisningen senast den …"', field: 'due', want: { not: '2026-06-10' },
    text: REGION('Fyll i alla fält.', 'Kulturnämnden meddelar beslut om redovisningen senast den 10 juni 2026.') },
  { id: 'P5', row: 'paraphrase D4/D6: "Redovisa utgifter som bokförts senast den …"', field: 'due', want: { not: '2025-12-31' },
    text: WORD('Besvara samtliga frågor.', 'Redovisa de utgifter som bokförts senast den 31 december 2025.') },
  { id: 'P6', row: 'paraphrase D13/D15: "Regionen kommer senast den … skicka svar på er redovisning"', field: 'due', want: { not: '2026-05-20' },
    text: REGION('Fyll i alla fält.', 'Regionen kommer senast den 20 maj 2026 skicka svar på er redovisning.') },
  { id: 'P7', row: 'paraphrase M1/M4: "Besvara frågan med max 2 svar."', field: 'max_submissions', want: { not: 2 },
    text: LONA('5. Vilka naturtyper berördes? Besvara frågan med max 2 svar.\n☐ Skog ☐ Våtmark ☐ Odlingslandskap') },
  { id: 'P8', row: 'keep: a relative clause of handing in, "Slutrapporten, som lämnas senast den …"', field: 'due', want: '2026-03-31',
    text: LONA('Slutrapporten, som lämnas senast den 31 mars 2026, ska innehålla en ekonomisk redovisning.') },
  { id: 'P9', row: 'keep: "Redovisningen ska skickas in senast den …" beside a seminar told in another sentence', field: 'due', want: '2026-03-31',
    text: REGION('Fyll i alla fält.', 'Redovisningen ska skickas in senast den 31 mars 2026. Vi bjuder in till ett seminarium i april.') },

  // ── year: FORM_NEXT_ROUND ──
  { id: 'Y1', row: 'keep: FORM_NEXT_ROUND does not drop the grant year of "Redovisningen avser verksamhetsbidrag för 2024."', field: 'year', want: 2024,
    text: WORD('Redovisningen avser verksamhetsbidrag för 2024.', 'Ansökan om nytt bidrag görs i e-tjänsten.') },
  { id: 'Y2', row: 'FORM_NEXT_ROUND: a next-round sentence\'s year on a report form with no title year', field: 'year', want: { not: 2026 },
    text: WORD('Besvara samtliga frågor.', 'Föreningar som söker verksamhetsbidrag för 2026 ska först ha lämnat denna slutrapport.') },
];

describe('review74c: probes of the kind and reporting-form rows of stop 53\'s first wave give no wrong value', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.row}]`);
});
