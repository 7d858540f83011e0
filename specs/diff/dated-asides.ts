import { wordy, type SentenceRow } from './rules.js';

// The dated asides of the change report's fallbacks, in a module of their own so that figures.ts and dated.ts both read them
// (review80: a day the agency reports its own commission, a news list's line, read by the figure fallback too).

/**
 * Days that are no event of this grant's round, whatever role words stand beside them: a line of a news list or a calendar that
 * opens on its day ("2024-03-12 Nu kan föreningar söka …", "12 mars 2024 – Nytt bidrag …"), a day the reader is invited to (an
 * information meeting, a webinar), an earlier round told as over ("ansökningsomgången 2023 är stängd", "stängde den …"), a
 * reference's day ("Ert dnr … av den 1 maj 2023", "Ert brev den …"). Examples and counter-examples are constructed sentences.
 */
export const DATED_ASIDES: ReadonlyArray<SentenceRow<'aside'>> = [
  {
    id: 'datum-nyhetsrad', where: 'sentence', meaning: 'aside', weight: 1,
    // a list line that opens on its day, then a headline
    cue: wordy(/^\W{0,3}(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d{2})\s*(?:[–:|-]\s*)?\p{Lu}/u),
    examples: ['2024-03-12 Nu kan föreningar söka bidrag för sommarlovsaktiviteter', '12 mars 2024 – Nytt bidrag till kulturskolor', '2023-11-02 Beslut om fördelning av verksamhetsbidrag'],
    counterExamples: ['Ansökan ska vara inne senast 2024-03-12.', 'Sista ansökningsdag är den 12 mars 2024.', 'Den 12 mars 2024 öppnar ansökan.'],
  },
  {
    id: 'datum-evenemang', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:informations(?:möte|träff)\p{L}*|infomöte\p{L}*|inspirationsträff\p{L}*|webbinari\p{L}*|webinar\p{L}*|workshop\p{L}*|seminari\p{L}*|frågestund\p{L}*|drop-in\p{L}*|konferens\p{L}*|anmäl\s+dig|anmälan\s+till)\b/iu),
    examples: ['Vi håller ett informationsmöte om ansökan den 3 februari.', 'Anmäl dig till webbinariet om redovisningen senast den 10 mars.', 'Inför ansökningsomgången hålls en digital frågestund den 20 januari.'],
    counterExamples: ['Ansökan ska vara inne senast den 3 februari.', 'Redovisningen ska lämnas senast den 10 mars.'],
  },
  {
    id: 'datum-avslutad-omgang', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:är|var)\s+(?:nu\s+)?(?:stängd|avslutad|stängt|avslutat)\b|\bstängde\b|\b(?:har|hade)\s+(?:nu\s+)?(?:stängt|avslutats|gått\s+ut)\b|\bgick\s+ut\b|\btidigare\s+(?:ansöknings)?omgång\p{L}*|\b(?:fick|fått|erhöll|erhållit)\s+(?:\p{L}+\s+){0,2}?(?:bidrag|stöd|medel)\s+(?:för|under)\s+(?:19|20)\d{2}\b/iu),
    examples: ['Ansökningsomgången för 2023 är stängd sedan den 15 mars.', 'Ansökan stängde den 1 oktober.', 'Ansökningstiden gick ut den 31 januari.', 'Föreningar som fick bidrag för 2023 ska redovisa senast den 31 mars.'],
    counterExamples: ['Ansökan stänger den 1 oktober.', 'Ansökningstiden går ut den 31 januari.', 'Bidraget ska redovisas senast den 31 mars.'],
  },
  {
    // the agency's own report of its commission to the government, no recipient's report (a regeringsbeslut's "Socialstyrelsen ska
    // senast den 31 mars 2025 redovisa uppdraget till Regeringskansliet")
    id: 'datum-myndighetens-uppdrag', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:uppdraget|uppdragets|regeringskansliet|regeringen\s+(?:senast|före|den))\b|\btill\s+regeringen\b/iu),
    examples: ['Skolverket ska redovisa uppdraget till Regeringskansliet (Utbildningsdepartementet) senast den 31 mars 2025.', 'Senast den 31 oktober ska Socialstyrelsen delredovisa uppdraget.', 'Länsstyrelsen ska lämna en rapport till regeringen senast den 1 mars.'],
    counterExamples: ['Kommunen ska redovisa hur medlen har använts senast den 31 mars 2025.', 'Bidraget ska redovisas till Skolverket senast den 31 mars.'],
  },
  {
    // a regleringsbrev's accounting, no event of the recipients ("En slutlig avräkning som redovisas mot 2019 års anslag ska göras
    // senast den 1 mars 2019"), and a payment made without any application ("Utbetalning sker utan rekvisition senast i maj")
    id: 'datum-anslagsredovisning', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:avräkning\p{L}*|redovisas\s+mot|belasta[rs]?|anslagspost\p{L}*|utgiftsområde\p{L}*|utan\s+(?:föregående\s+)?(?:rekvisition|ansökan))\b/iu),
    examples: ['En slutlig avräkning som redovisas mot 2019 års anslag ska göras senast den 1 mars 2019.', 'Utbetalning till kommunerna sker utan rekvisition senast i maj 2021.'],
    counterExamples: ['Medlen ska rekvireras senast den 1 mars 2019.', 'Utbetalning sker efter rekvisition i maj 2021.'],
  },
  {
    // money put into an account at a ceremony: its time is the payment's and the ceremony's at once, no one role (diffclass70
    // stiftelse/payment: "Stipendiet sätts in på stipendiatens bankkonto i samband med prisutdelningen i maj")
    id: 'datum-insattning', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:sätts\s+in|sätter\s+in|bankkonto\p{L}*|personkonto\p{L}*)\b/iu),
    examples: ['Stipendiet sätts in på stipendiatens bankkonto i samband med prisutdelningen i maj.'],
    counterExamples: ['Stipendiet delas ut i maj.', 'Bidraget betalas ut i juni.'],
  },
  {
    id: 'datum-referens', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:ert\s+dnr|er\s+referens|ert\s+brev|er\s+skrivelse|dnr|diarienummer|skrivelse\s+(?:av\s+)?den|i\s+beslut\s+den|beslut\s+(?:den|av\s+den)\s+\d|regeringsbeslut\s+\d|prop\.|bet\.|rskr\.)/iu),
    examples: ['Med anledning av er skrivelse den 1 maj 2023 (ert dnr 2023/123) beslutar regeringen följande.', 'Regeringen beslutade i beslut den 15 juni 2023 att fördela medel.'],
    counterExamples: ['Beslut om fördelningen fattas den 15 juni.', 'Ansökan ska vara inne senast den 1 maj.'],
  },
];

