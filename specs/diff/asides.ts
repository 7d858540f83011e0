import { rowHolds, wordy, type SentenceRow } from './rules.js';

// The sentences whose figures and days the change report's fallbacks (figures.ts, dated.ts) never read, as one module of
// tables: a page's chrome or a reference (FIGURE_NOISE_LINES), a figure about something other than this round's rules
// (FIGURE_ASIDES), a day that is no event of this grant's round (DATED_ASIDES). They were two long inline patterns and a
// table (review79d, review80); as rows each alternative carries its examples and counter-examples, run by the cue tests
// (extract/cues/index.ts). The rows are the patterns' alternatives one by one, so what they hold together is unchanged.

/**
 * A line no figure is read in: a page's chrome, a telephone number, a date of publication or update, a diarienummer, a page
 * counter, a countdown, a reference to a statute. Their figures change every year and say nothing of the grant.
 */
export const FIGURE_NOISE_LINES: ReadonlyArray<SentenceRow<'noise'>> = [
  {
    id: 'figur-sidans-ram', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/\b(?:publicera\p{L}*|uppdatera\p{L}*|senast\s+ändrad|granskad|sida\s+\d{1,4}\s+av|sidan\s+\d{1,4}|tid\s+kvar|dagar\s+kvar|©)\b/iu),
    examples: ['Publicerad 12 mars 2024', 'Senast uppdaterad 2025-01-09', 'Sida 3 av 12', 'Tid kvar att ansöka: 12 dagar'],
    counterExamples: ['Ansökan ska vara inne senast 12 mars 2024.', 'Bidraget är högst 50 000 kronor.'],
  },
  {
    id: 'figur-telefon-diarium', where: 'sentence', meaning: 'noise', weight: 1,
    // (the number's own boundary written out: wordy() reads a "\\b" before a literal digit as the end of a word, so the
    // pattern as it stood in figures.ts never held for a number alone)
    cue: wordy(/\b(?:tel|telefon|tfn|mobil|fax|dnr|diarienr|diarienummer)\b|\+\s?46|(?<![\p{L}\p{N}])0\d{1,3}[ -]\d{2,3}(?:[ -]?\d{2}){2}\b/iu),
    examples: ['Telefon: 010-223 10 00', 'Kontakta oss på 08-555 12 34.', 'Dnr 2024/1234', '+46 8 555 000 00'],
    counterExamples: ['Bidraget är 10 000 kronor per förening.', 'Ansökan ska vara inne senast den 1 mars 2026.'],
  },
  {
    id: 'figur-forfattning', where: 'sentence', meaning: 'noise', weight: 1,
    cue: wordy(/\bsfs\b|\(\d{4}:\d{1,4}\)/iu),
    examples: ['Förordning (2018:1234) om statsbidrag till kommuner', 'Bidrag lämnas enligt SFS 2011:1109.'],
    counterExamples: ['Bidraget lämnas med 25 procent av kostnaderna.', 'Bidraget regleras i en förordning om statsbidrag.'],
  },
];

/**
 * A sentence whose figures are about something other than the grant's own rules this round (review79d): a worked example,
 * a past round or its outcome, statistics or what the reports showed, sums applied for, a pointer to another grant. Their
 * figures change every year without the grant changing; a compliance officer must not be sent after them.
 */
export const FIGURE_ASIDES: ReadonlyArray<SentenceRow<'aside'>> = [
  {
    id: 'figur-exempel', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/(?:^|[.:!]\s)\s*(?:räkne)?exempel\b|\b(?:räkne)?exempel\s*\d{0,2}\s*:|\bett\s+(?:räkne)?exempel\b/iu),
    examples: ['Exempel: om kostnaderna är 100 000 kronor blir bidraget 50 000 kronor.', 'Räkneexempel 2: en förening med 40 medlemmar får 8 000 kronor.', 'Här följer ett exempel på hur bidraget beräknas.'],
    counterExamples: ['Bidraget är 50 procent av kostnaderna, till exempel för lokalhyra.', 'Bidraget är högst 100 000 kronor.'],
  },
  {
    id: 'figur-forra-omgangen', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\bförra\s+(?:året|årets|omgången|omgångens|ansökningsomgången|ansökningsomgångens|utlysningen|utlysningens)\b|\bföregående\s+(?:år|års|omgång\p{L}*|ansökningsomgång\p{L}*)\b|\bi\s+fjol\b|\bfjolårets\b/iu),
    examples: ['Förra året fördelades 5 miljoner kronor.', 'Besked om förra omgångens ansökningar lämnades den 1 juni.', 'I fjol beviljades 40 föreningar bidrag.', 'Fjolårets ram var 12 miljoner kronor.'],
    counterExamples: ['I år fördelas 5 miljoner kronor.', 'Bidraget ska användas under året.'],
  },
  {
    id: 'figur-sedan-start', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\bsedan\s+(?:starten|(?:år\s+)?(?:19|20)\d{2})\b/iu),
    examples: ['Sedan 2019 har 300 projekt fått stöd.', 'Sedan starten har bidraget gått till 120 kommuner.'],
    counterExamples: ['Bidraget kan sökas från och med 2026.', 'Stödet infördes för att starta nya projekt.'],
  },
  {
    id: 'figur-tidigare-utfall', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\b(?:under|i)\s+(?:år\s+)?(?:19|20)\d{2}\s+(?:\p{L}+\s+){0,3}?(?:beviljades|fördelades|betalades|utbetalades|delades)\b|\b(?:beviljades|fördelades|betalades\s+ut|utbetalades|delades\s+ut)\s+(?:\p{L}+\s+){0,6}?(?:under|i)\s+(?:år\s+)?(?:19|20)\d{2}\b|\b(?:år|under|i)\s+(?:år\s+)?(?:19|20)\d{2}\s+(?:fick|erhöll|tilldelades|tog\s+emot)\b/iu),
    examples: ['Under 2024 beviljades 85 föreningar bidrag.', 'Medlen fördelades till tolv län under 2023.', 'År 2024 fick tolv län del av medlen.'],
    counterExamples: ['Under 2026 fördelas 12 miljoner kronor.', 'Bidraget betalas ut i juni 2026.'],
  },
  {
    id: 'figur-statistik', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\bstatistik\p{L}*|\bframgick\b/iu),
    examples: ['Av redovisningarna framgick att 85 procent av kommunerna nådde målet.', 'Statistiken visar att 300 barn deltog.'],
    counterExamples: ['Redovisningen ska visa hur 85 procent av medlen använts.', 'Kommunen ska redovisa antalet deltagare.'],
  },
  {
    id: 'figur-sokta-belopp', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\binkomna\s+ansökningar(?:na)?\b|\bansökningarna\s+omfattade\b|\bsökt\s+(?:belopp|bidrag)\b|\b(?:sökte|ansökte|söktes|ansöktes)\b|\bsökta\s+beloppe(?:t|n)\b/iu),
    examples: ['De inkomna ansökningarna omfattade 40 miljoner kronor.', 'Sammanlagt sökte föreningarna 3 miljoner kronor.', 'Det sökta beloppet var 12 miljoner kronor.'],
    counterExamples: ['Föreningar kan söka högst 30 000 kronor.', 'Ansökan ska vara inne senast den 1 mars.'],
  },
  {
    id: 'figur-las-om', where: 'sentence', meaning: 'aside', weight: 1,
    cue: wordy(/\bläs\s+(?:också|även|mer)\s+om\b/iu),
    examples: ['Läs också om bidraget till kulturskolor på 2 miljoner kronor.', 'Läs mer om stödet för 2025 här.'],
    counterExamples: ['Bidraget är 2 miljoner kronor.', 'Ansökan läses av en bedömningsgrupp i mars.'],
  },
];

/** A line whose figures are a page's chrome or a reference (FIGURE_NOISE_LINES). */
export function isFigureNoise(text: string): boolean {
  return FIGURE_NOISE_LINES.some((row) => rowHolds(row, text));
}

/** A sentence whose figures are about something other than this round's rules (FIGURE_ASIDES). */
export function isFigureAside(text: string): boolean {
  return FIGURE_ASIDES.some((row) => rowHolds(row, text));
}

/** A sentence whose days are no event of this grant's round (DATED_ASIDES). */
export function isDatedAside(text: string): boolean {
  return DATED_ASIDES.some((row) => rowHolds(row, text));
}

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

