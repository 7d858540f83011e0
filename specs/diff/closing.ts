// A last day to apply written without a year ("Fram till den 31 maj kan föreningar söka bidrag", "Här
// ansöker du om bidrag … senast 26 april", "Sista ansökningsdagen för föregående år är den 28 februari"):
// the contract's requisition.closes holds only a dated day and a year is never guessed, so neither spec
// has it, and the spec diff cannot see the day move or go. The change report's text-level pass compares
// the texts' own yearless closing days, by day and month, only where neither spec states a closing day:
// another day is a change, a day the new text no longer states at all is no longer stated, quoted from
// both texts. No day is ever turned into a date, and no shift in days is claimed. The rows are phrase
// knowledge like rules.ts' and run as cue tests (extract/cues/index.ts, `diff.CLOSING_DAY_SENTENCES`).
import { wordy, rowHolds, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';
import { kronorOf, MONTH_NAMES, NUMBER_WORDS, SCALE_WORDS } from '../lexicon.js';
import { normalizeForQuote } from '../quote.js';

const WEEKDAY = '(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\\s+)?';
/**
 * the day and month (groups 1 and 2), with no year after them: "31 maj", "den 28 februari", or the day as an ordinal ("fram till
 * 16:e september", Luleå's stipend page, diff q373: the same day as "fram till 16 september" in its other version, q372)
 */
const DAY = `(?:den\\s+)?${WEEKDAY}(?:den\\s+)?(\\d{1,2})(?::[ae])?\\s+(${MONTH_NAMES.join('|')})(?![\\p{L}\\p{N}])(?![\\s,]{0,3}(?:den\\s+)?\\d)`;

/**
 * what introduces a yearless range of days to apply in: "ta emot ansökningarna", "kan sökas", "går att söka under perioden",
 * the period named ("Perioden för ansökan och förslag är 15 maj–15 augusti", Region Värmland, diff q215; "Ansökningsperioden
 * är 1–30 september") or the round open ("Årets ansökningsomgång i Apply är öppen 1 maj - 1 juni", Region Sörmland, diff q211)
 */
const APPLY_RANGE_LEAD = String.raw`\b(?:(?:ta|tar|tas)\s+emot\s+ansökningar(?:na)?|(?:kan|går\s+att)\s+(?:sökas|söka|ansöka)|(?:perioden|tiden)\s+för\s+(?:ansökan|ansökningar)(?:\s+och\s+(?:förslag|nomineringar|nominering))?\s+är|ansökningsperioden\s+är(?:\s+öppen)?|ansökningsomgång(?:en)?\s+(?:[\p{L}-]+\s+){0,3}?är\s+öppen)\s+(?:(?:mellan|från|under\s+perioden)\s+)?`;

/**
 * A day's row; `yearGroup` names the cue's group holding a year the key keeps (a next round's day, which is never this text's);
 * `figures` marks a row whose month (group 2) is written as a number ("15.12"), keyed by its name ("15 december").
 */
type DayRow<M> = SentenceRow<M> & { readonly yearGroup?: number; readonly figures?: true };

/** the verbs of a window in which applications are taken: "kan sökas", "är lediganslagna", "tar emot ansökningar" */
const APPLYING_IN_WINDOW = String.raw`(?:kan|går\s+att)\s+(?:sökas|söka|ansöka)|(?:är|blir)\s+lediganslagna|lediganslås|(?:ta|tar|tas)\s+emot\s+ansökningar(?:na)?`;
/** a window of reporting, payment, carrying out or an extra round is no application's */
const NOT_AN_APPLICATION_WINDOW = [{ where: 'sentence' as const, cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare|genomför\p{L}*)\b/iu) }];

/** a month in figures, 1–12 */
const MONTH_FIGURE = '(1[0-2]|0?[1-9])';
/**
 * a last day in figures (groups: day, month), alone ("15.12", "15.4.") or ending a window ("1–28.2", "1-28.2.2018",
 * "01.11.2024 - 30.11.2024"), its year (if any) dropped from the key: no date of another kind ("15.12.30") and no time ("kl. 16.15")
 */
const figureDay = (window: boolean): string => String.raw`(?<![\d.,:])(?:\d{1,2}(?:\.(?:1[0-2]|0?[1-9])(?:\.(?:19|20)\d{2})?\.?)?\s*[-–—]\s*)${window ? '' : '?'}(\d{1,2})\.${MONTH_FIGURE}(?:\.(?:19|20)\d{2}(?!\d)|(?!\.?\d))`;
const FIGURE_DAY = figureDay(false);
/** … only as a window's last day ("1–28.2.2018", "1.3–15.4.") */
const FIGURE_WINDOW = figureDay(true);

export const CLOSING_DAY_SENTENCES: ReadonlyArray<DayRow<'requisition.closes'>> = [
  {
    // a deadline word right before the day: "senast 26 april", "fram till den 31 maj", "till och med den 15 mars"
    id: 'senast-dag-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    // … or a proposal handed in before it: "Förslag till kulturpristagare skall ha inkommit före den 30 april varje år"
    cue: wordy(new RegExp(String.raw`\b(?:senast|fram\s+till|till\s+och\s+med|(?:inkommit|kommit\s+in|vara\s+inne)\s+före|(?<!\b(?:för|till|om|med|av|vid|i|på)\s+(?:[\p{L}-]+\s+)?)(?:ansökan|ansökningar|ansökningarna|ansökningshandlingarna)\s+(?:[\p{L}-]+\s+){0,4}?(?:inlämnas|lämnas\s+in|ska\s+vara\s+inlämnad|ska\s+vara\s+inlämnade|skall\s+vara\s+inlämnad)\s+före)\s+${DAY}`, 'iu')),
    // … in a sentence about applying, not a report, a decision, a payment or the activity's own days; a prize's or a
    // stipend's nomination is its application ("Senast den 26 september vill vi ha in din nominering", Sölvesborg, diff q232;
    // "Välkommen med din nominering senast den 1 juli", Kungälv, diff q242)
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|söka|sökas|ansökningsdag\p{L}*|nominer\p{L}*|\p{L}*pristagar\p{L}*|stipendiat\p{L}*)\b/iu) },
    // (the activity carried out by the day, "genomföras fram till", not the event's year named after it: "senast 30 november
    // året innan evenemanget genomförs", Mariehamn's evenemangsbidrag, diff q238)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|beslut\p{L}*|utbetal\p{L}*|betalas|pågå\p{L}*|komplettera\p{L}*|extra|ytterligare)\b|\b(?:ska|skall|kan|får|måste|bör)\s+(?:[\p{L}-]+\s+)?genomför\p{L}*|\bgenomför\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:fram\s+till|till\s+och\s+med)\s+(?:den\s+)?\d/iu) }],
    examples: ['Fram till den 31 maj kan föreningar söka bidrag för att ordna sommarlovsaktiviteter för barn och unga 6-15 år.', 'Här ansöker du om bidrag för att arrangera sommarlovsaktiviteter senast 26 april.', 'Ansökan ska vara inne senast 31 mars.',
      'OBS! Senast den 26 september vill vi ha in din nominering.', 'Välkommen med din nominering senast den 1 juli.', 'Förslag till kulturpristagare skall ha inkommit före den 30 april varje år till kulturpriskommittén.',
      'Evenemangsbidrag kan sökas senast 30 november året innan evenemanget genomförs samt senast 28 februari och 31 augusti det år som evenemanget genomförs.',
      // … handed in before the day (Robertsfors' driftsbidrag 2013, dev 1491: "Ansökan inlämnas före 1 mars.")
      'Ansökan inlämnas före 1 mars.', 'Ansökningar lämnas in före den 15 oktober till kulturkontoret.', 'Ansökan om bidrag till arrangemang lämnas in före den 1 mars.',
      // … the day as an ordinal (Luleå's stipend page, diff q373)
      'Annonsering för våra stipendium går ut den 1:a augusti, och ansökningstiden är öppen fram till 16:e september.', 'Ansökan ska vara inne senast den 1:a mars.'],
    counterExamples: ['Ansökan ska vara inne senast 31 mars 2017.', 'Redovisningen ska ha kommit in senast den 31 augusti.', 'Aktiviteterna ska genomföras fram till den 15 augusti.', 'Ansökan om utbetalning görs senast den 1 december.',
      'Din nominering ska vara inskickad senast den 30 september 2024.', 'Pristagaren presenteras före den 30 april.', 'Redovisningen inlämnas före 1 mars.', 'Ansökan om utbetalning lämnas in före den 1 mars.',
      // … receipts or invoices that belong to an application (review74d B1, B4): not the application's day
      'Kvitton för beviljade ansökningar lämnas in före den 15 december.', 'Fakturor som hör till ansökan lämnas in före den 30 november.', 'Underlag till ansökan lämnas in före den 1 april.', 'Ansökan inlämnas före 1 mars 2019.', 'Förslag till ny detaljplan ska ha inkommit före den 30 april.', 'Stipendiaten ska redovisa stipendiet senast den 1 juli.',
      // (an ordinal day is still a report's or a payment's when the sentence says so, nor a day with its year)
      'Redovisningen ska vara inne senast den 1:a mars.', 'Ansökan ska vara inne senast den 16:e september 2024.'],
  },
  {
    // a deadline word before a day and month in figures with a slash, no year: "Ansökan skall vara inlämnad senast 15/12 varje
    // år." (Robertsfors' driftsbidrag, diff q354; "senast 15 december varje år" in its later version, q355: the same day)
    id: 'senast-snedstreck-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1, figures: true,
    // (not a share, "1/3 av", nor a date with its year, "15/12 2021", "15/12-2021")
    cue: wordy(new RegExp(String.raw`\b(?:senast|fram\s+till|till\s+och\s+med|(?:inkommit|kommit\s+in|vara\s+inne)\s+före)\s+(?:den\s+)?(\d{1,2})\/${MONTH_FIGURE}(?![\/\d])(?!\s*(?:av|delar|\p{L}{0,20}kostnad\p{L}{0,4}|del|delen)(?![\p{L}]))(?![\s,/-]{0,3}(?:19|20)\d{2})`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|söka|sökas|ansökningsdag\p{L}*)\b/iu) },
    // … nor the last day of a period whose first day is told ("aktiviteter som genomförs 15/6 fram till 15/8", "för perioden 1/6
    // till och med 31/8", review74d S1, S2): an activity's days, not the application's
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|beslut\p{L}*|utbetal\p{L}*|betalas|pågå\p{L}*|komplettera\p{L}*|extra|ytterligare|perioden|genomför\p{L}*)\b|\b\d{1,2}\/\d{1,2}\s{0,2}(?:fram\s+till|till\s+och\s+med|till|[-–])\s{0,2}(?:den\s+)?\d{1,2}\/\d{1,2}/iu) }],
    examples: ['Ansökan skall vara inlämnad senast 15/12 varje år.', 'Ansökan ska ha kommit in senast den 1/3.', 'Föreningar kan söka bidraget fram till 30/9.'],
    counterExamples: ['Redovisningen skall vara inlämnad senast 15/12 varje år.', 'Bidraget betalas ut senast 15/12.', 'Ansökan ska vara inlämnad senast 15/12 2021.', 'Ansökan kan beviljas senast 1/3 av kostnaden.', 'Beslut om ansökan fattas senast 30/6.',
      // review74d S1–S3: a period's last day, a share of the cost
      'Bidrag kan sökas för aktiviteter som genomförs 15/6 fram till 15/8.', 'Sommarlovsbidrag kan sökas för perioden 1/6 till och med 31/8.', 'Lovbidrag kan sökas för aktiviteter 24/6–15/8, senast 15/8.',
      'Föreningen kan söka bidrag för till och med 1/2 kostnaden.'],
  },
  {
    // the last day as a label: "Sista ansökningsdag 31 oktober", "Sista ansökningsdagen för föregående år är den 28 februari"
    id: 'sista-ansokningsdag-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    // … or "senaste ansökningsdatum" ("Senaste ansökningsdatum är den 1 december", Boverket's planning guide, diff q262)
    cue: wordy(new RegExp(String.raw`\b(?:sista\s+(?:ansöknings|rekvisitions)dag(?:en)?\b[^.\d]{0,40}?(?:\s(?:är|blir)\s+|:\s*|\s)|(?:sista|senaste)\s+ansökningsdatum(?:et)?\s*(?:(?:är|blir)\s+|:\s*))(?:senast\s+)?${DAY}`, 'iu')),
    // (a day to complete the application by is no last day to apply: "Skicka in er bidragansökan som vanligt senast sista
    // ansökningsdatum och komplettera med årsmöteshandlingar senast den 1 maj", Svenljunga, diff q259)
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|komplettera\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Sista ansökningsdagen för föregående år är den 28 februari.', 'Utvecklingsstöd - Sista ansökningsdag 31 oktober', 'Senaste ansökningsdatum är den 1 december.'],
    counterExamples: ['Sista ansökningsdag är 3 maj 2019.', 'Sista dag för redovisning är den 28 februari.', 'Skicka in er bidragansökan som vanligt senast sista ansökningsdatum och komplettera med årsmöteshandlingar senast den 1 maj.'],
  },
  {
    // the last day as a deadline label: "Deadline för ansökan 19 augusti" (Kulturskolerådet, diff q157)
    id: 'deadline-dag-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\bdeadline(?:\s+för\s+(?:ansökan|ansökningar(?:na)?))?\s*:?\s+(?:är\s+)?${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Statsbidrag till kulturskolor! Deadline för ansökan 19 augusti', 'Deadline: 15 mars'],
    counterExamples: ['Deadline för ansökan 19 augusti 2019', 'Deadline för redovisning 19 augusti', 'Deadline för redovisningen: 15 mars'],
  },
  {
    // the last day as a phrase before a yearless day: "med sista dag för ansökan den 2 september" (Länsstyrelsen
    // Östergötland's LONA news, diff q187), "Sista dag för ansökan 1 september året för kommande verksamhetsår" (dev 1409)
    id: 'sista-dag-for-ansokan-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\bsista\s+dag(?:en)?\s+(?:för\s+(?:ansökan|ansökningar(?:na)?)|att\s+(?:ansöka|söka))\s+(?:(?:är|blir)\s+)?${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|var|passerat)\b/iu) }],
    examples: ['Vi kommer dessutom att ha ett extra ansökningstillfälle för nya LONA-ansökningar med sista dag för ansökan den 2 september, säger Nathalie Bjällerhag naturvårdshandläggare på Länsstyrelsen Östergötland.', 'Sista dag för ansökan 1 september året för kommande verksamhetsår.'],
    counterExamples: ['Sista dag för ansökan 1 september 2019.', 'Sista dag för ansökan om bidrag var 11 mars 2024.', 'Sista dag för redovisning är den 2 september.', 'Sista dag för ansökan 2019-12-31'],
    note: 'an extra round\'s last day is read too ("extra ansökningstillfälle … med sista dag för ansökan den 2 september"): decision news states no other; the past ("var", "har passerat") is no day to apply by',
  },
  {
    // the window open until a month, no day and no year (group 2, group 1 empty): "Öppen för ansökningar till december" →
    // "Öppen för ansökningar till juni" (Svenska institutet, diff q178/q179); the
    // key is the month alone, compared like a day, never a date
    id: 'oppen-till-manad-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:öppen|öppet)\s+för\s+(?:ansökningar|ansökan)\s+(?:till\s+och\s+med|fram\s+till|till)\s+()(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?![\s,]{0,3}\d)`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|var|stängd|stängt)\b/iu) }],
    examples: ['Öppen för ansökningar till december', 'Öppen för ansökningar till juni'],
    counterExamples: ['Öppen för ansökningar till december 2024', 'Öppen för ansökningar till 15 december', 'Öppen för redovisningar till juni'],
    note: 'seen on Svenska institutet\'s grant page in two versions (diff q178/q179) only',
  },
  {
    // the next round's last day, with its year (groups: day 1, month 2, year 3), which no spec holds as this text's closing
    // day (dev gold 703, 713: "the next round's window, not this text's"): "Nästa utlysningsperiod för ansökan om
    // projektmedel är 12 januari till 19 februari 2016" → "… 15 augusti till 15 september 2016" (Interreg Sverige-Norge,
    // dev 713/703), "Nästa ansökningsomgång startar under våren 2015 och sista ansökningsdag är 1 oktober 2015"
    // (Ungdomsstyrelsen, diff q61); the key keeps the year
    id: 'nasta-omgang-sista-dag', where: 'sentence', meaning: 'requisition.closes', weight: 1, yearGroup: 3,
    cue: wordy(new RegExp(String.raw`\bnästa\s+(?:utlysningsperiod|ansökningsperiod|ansökningsomgång|utlysning|omgång)\b[^.!?]{0,80}?(?:\btill\s+(?:och\s+med\s+)?|\bsista\s+ansökningsdag(?:en)?\s+(?:är\s+)?)(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s+(\d{4})(?!\d)`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*)\b/iu) }],
    examples: ['Nästa utlysningsperiod för ansökan om projektmedel är 12 januari till 19 februari 2016.', 'Nästa ansökningsomgång startar under våren 2015 och sista ansökningsdag är 1 oktober 2015.'],
    counterExamples: ['Nästa utlysningsperiod för ansökan om projektmedel är 12 januari till 19 februari.', 'Sista ansökningsdag är 1 oktober 2015.', 'Nästa redovisning ska lämnas till 19 februari 2016.'],
  },
  {
    // the window closed a day relative to the news item ("I mitten av maj 2021 öppnade utlysningen och i går löpte
    // ansökningstiden ut", PTS's bredbandsstöd via SSNF, diff q183): the last day said, never a date (the news item's own
    // day is no text's value), keyed by the relative word (group 1 empty, group 2 the word)
    id: 'i-gar-lopte-ut', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(/\b()(i\s+går|igår|i\s+förrgår)\s+(?:löpte|gick)\s+(?:ansökningstiden|ansökningsperioden|utlysningen)\s+ut\b/iu),
    examples: ['I mitten av maj 2021 öppnade utlysningen och i går löpte ansökningstiden ut.'],
    counterExamples: ['I går löpte avtalet ut.', 'Ansökningstiden löper ut den 10 augusti.'],
    note: 'one document: PTS\'s bredbandsstöd news via SSNF (diff q183); a second real phrasing ("ansökningstiden löpte ut i går") is still wanted',
  },
  {
    // the window's last day as the end of a yearless range of days to apply in: "ta emot ansökningarna 5-19 augusti"
    // (Kulturskolerådet, diff q157), "kan sökas 5–19 augusti" (Kulturrådet, diff q159), "Vi tar emot ansökningar 4-17 juni"
    // (Kulturskolerådet's notice of 2022)
    id: 'ansokningar-dagar-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`${APPLY_RANGE_LEAD}(?:den\s+)?\d{1,2}(?:\s+(?:${MONTH_NAMES.join('|')}))?\s*(?:[-–—]|till\s+och\s+med|till)\s*(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?:\s+\d{4}(?!\d))?`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Kulturrådet kommer sedan att ta emot ansökningarna 5-19 augusti och ha en förenklad bidragsprocess.', 'Kulturskolebidraget återinförs och kan sökas 5–19 augusti, i en förenklad bidragsprocess.', 'Vi tar emot ansökningar 4-17 juni, och beslutar i augusti', 'Bidraget går att söka under perioden 5 - 19 augusti 2019.', 'Perioden för ansökan och förslag är 15 maj–15 augusti.', 'Årets ansökningsomgång i Apply är öppen 1 maj - 1 juni.'],
    counterExamples: ['Aktiviteterna kan genomföras 5-19 augusti.', 'Vi tar emot redovisningar 4-17 juni.', 'Vi tar emot ansökningar 4 juni.', 'Perioden för redovisning är 15 maj–15 augusti.', 'Årets ansökningsomgång i Apply är stängd sedan 1 juni.'],
    note: 'days of one month joined by a dash stay a single closing day in the extractor (test/extract/deadline-shapes.test.ts: read as a range, a shipped source\'s window became a usage period), so the range is read here with its year too ("Bidraget går att söka under perioden 5 - 19 augusti 2019", Kulturrådet, diff q159), compared by day and month, never turned into a date',
  },
  {
    // the last days as a deadline in figures, no year: "Understöd för filmproduktioner har deadline tre gånger i året; 15.12,
    // 15.4. eller 15.9." (Konstsamfundet, dev 1860); the further days of the list are read by FURTHER_FIGURE_DAYS
    id: 'deadline-siffror-utan-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1, figures: true,
    cue: wordy(new RegExp(String.raw`\b(?:deadline|sista\s+ansökningsdag(?:en|ar|arna)?)\b[^.!?\d]{0,60}?${FIGURE_DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|beslut\p{L}*|utbetal\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Understöd för filmproduktioner har deadline tre gånger i året; 15.12, 15.4. eller 15.9.', 'Sista ansökningsdag för resebidrag är 1.3.'],
    counterExamples: ['Deadline för redovisning är 15.12.', 'Stipendiaten har deadline för slutrapporten 15.4.', 'Deadline klockan 16.15 varje fredag.', 'Deadline för ansökan 19 augusti'],
  },
  {
    // a window of days in figures where the text says when one may apply, in prose: "kan sökas två gånger i året, antingen i
    // februari 1–28.2.2018 eller i september 1–30.9.2018" (Konstsamfundet 2018, dev 1858), "när stipendierna är lediganslagna
    // 1–28.2. och 1–30.9." (dev 1860): the window's last day; the further windows are read by FURTHER_FIGURE_DAYS
    id: 'sokas-fonster-siffror', where: 'sentence', meaning: 'requisition.closes', weight: 1, figures: true,
    cue: wordy(new RegExp(String.raw`\b(?:${APPLYING_IN_WINDOW})\b[^.!?]{0,80}?${FIGURE_WINDOW}`, 'iu')),
    unless: NOT_AN_APPLICATION_WINDOW,
    examples: ['Stipendier och understöd från Konstsamfundet kan sökas två gånger i året, antingen i februari 1–28.2.2018 eller i september 1–30.9.2018, förutom bildkonststipendierna som ansöks endast inom februari.',
      'Den elektroniska blanketten kan fyllas i när stipendierna är lediganslagna 1–28.2. och 1–30.9.', 'Vi tar emot ansökningar 1.3–15.4.'],
    counterExamples: ['Stipendier kan sökas två gånger i året, i februari och i september.', 'Projektet ska genomföras 1–28.2.2018.', 'Vi tar emot redovisningar 1–30.9.', 'Bidraget kan sökas 1–28 februari.'],
  },
];

/** a yearless range of days (groups 1–4: day, month or none, day, month): "11 juni-15 augusti", "16 juni – 19 augusti" */
const RANGE = `(?:den\\s+)?(\\d{1,2})(?:\\s+(${MONTH_NAMES.join('|')}))?\\s*[-–—]\\s*(?:den\\s+)?(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})(?![\\p{L}\\p{N}])(?![\\s,]{0,3}(?:den\\s+)?\\d)`;
const LOV = '(?:sommarlov|höstlov|jullov|sportlov|påsklov|vinterlov|novemberlov)(?:et)?';
const MONTHS = MONTH_NAMES.join('|');
/**
 * a holiday's yearless days after "mellan", in words (groups 1–4 as RANGE's: "mellan den 15 juni till och med den 18
 * augusti", "mellan 19 juni och 20 augusti") or as day/month figures (groups 5–8: "mellan 15/6-19/8")
 */
const BETWEEN = String.raw`mellan\s+(?:(?:den\s+)?(\d{1,2})(?:\s+(${MONTHS}))?\s+(?:och|till\s+och\s+med|till|[-–—])\s+(?:den\s+)?(\d{1,2})\s+(${MONTHS})(?![\p{L}\p{N}])(?![\s,]{0,3}(?:den\s+)?\d)|(\d{1,2})\/(\d{1,2})\s*[-–—]\s*(\d{1,2})\/(\d{1,2})(?![\/\d]))`;

/**
 * Other yearless days the contract holds only as dated values, compared like the closing day (the key is the day, or a
 * range's two days): the first day to apply ("Ansökan kan lämnas in från 14 maj", diff q130/q131) and the days the money
 * or the activities cover ("Sommarlovet avser perioden 11 juni-15 augusti", diff q127/q128; "ska genomföras under
 * sommarlovet 10 juni-15 augusti", diff q112). A range is read for usage_period only with its two ends.
 */
export const YEARLESS_DAY_SENTENCES: ReadonlyArray<DayRow<'requisition.opens' | 'usage_period'>> = [
  {
    // the application opens on a day: "Ansökan kan lämnas in från den 27 maj", "Ansökan öppnar 4 februari"
    id: 'ansokan-fran-dag-utan-ar', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:ansökan|ansökningar(?:na)?|ansökningsperioden)\s+(?:(?:kan\s+(?:lämnas|skickas)\s+in|tas\s+emot)\s+från(?:\s+och\s+med)?|öppnar)\s+${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Ansökan kan lämnas in från 14 maj.', 'Ansökan kan lämnas in från den 27 maj.'],
    counterExamples: ['Ansökan kan lämnas in från 14 maj 2020.', 'Redovisningen kan lämnas in från 14 maj.', 'Ansökan om utbetalning kan lämnas in från 1 december.', 'Ansökan kan lämnas in till 14 maj.'],
  },
  {
    // the call advertised on a day: "Annonsering för våra stipendium går ut den 1:a augusti, och ansökningstiden är öppen fram
    // till 16:e september." (Luleå's kultur- och fritidsstipendium, diff q373): the day the round opens, in a sentence of a
    // grant or of applying; not the winners' or a decision's announcement, nor an event's advertisement
    id: 'annonsering-dag-utan-ar', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`\bannonsering(?:en)?\s+(?:(?:för|av|om)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:går\s+ut|sker|görs|publiceras)\s+${DAY}`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:stipendi(?:um|et|er|erna)|\p{L}*bidrag(?:et|en)?|ansök\p{L}*|utlysning\p{L}*)\b/iu) },
    // (review75e N1–N3: whom it went to, a result or the winners announced, "Annonsering av vem som får stipendiet sker den 6 juni.")
    unless: [{ where: 'sentence', cue: wordy(/\b(?:stipendiat\p{L}*|pristagar\p{L}*|mottagar\p{L}*|beslut\p{L}*|tilldela\p{L}*|redovis\p{L}*|utbetal\p{L}*|evenemang\p{L}*|konsert\p{L}*|föreställning\p{L}*|vem|vilka|vilken|resultat\p{L}*|vinnar\p{L}*|vinnare|utsedd\p{L}*|utses|fått|får)\b/iu) }],
    examples: ['Annonsering för våra stipendium går ut den 1:a augusti, och ansökningstiden är öppen fram till 16:e september.',
      // paraphrases in other bodies' phrasing (constructed)
      'Annonseringen av kulturbidraget sker den 15 januari och ansökan ska vara inne senast 28 februari.', 'Annonsering av årets stipendier görs 1 mars.'],
    counterExamples: ['Annonsering för våra stipendium går ut den 1 augusti 2019.', 'Annonsering av årets stipendiater sker den 1 december.', 'Beslut om bidraget och annonsering sker den 15 maj.',
      // adversarial (another role of the same words): an event's advertisement a grant pays for, a report's day
      'Annonsering av konserten som får bidrag sker den 5 maj.', 'Annonsering i lokaltidningen sker den 1 mars.',
      // review75e N1–N3: the winners' or a result's announcement
      'Annonsering av vem som får stipendiet sker den 6 juni.', 'Annonsering av resultatet för bidraget sker den 15 maj.', 'Annonsering av vinnarna av stipendiet görs 1 december.'],
  },
  {
    // the first day of a yearless range of days to apply in (groups 1–3: day, its month or none, the range's month):
    // "ta emot ansökningarna 5-19 augusti" (diff q157), "Vi tar emot ansökningar 4-17 juni"
    id: 'ansokningar-dagar-utan-ar-fran', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`${APPLY_RANGE_LEAD}(?:den\s+)?(\d{1,2})(?:\s+(${MONTHS}))?\s*(?:[-–—]|till\s+och\s+med|till)\s*(?:den\s+)?\d{1,2}\s+(${MONTHS})(?![\p{L}\p{N}])(?:\s+\d{4}(?!\d))?`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Kulturrådet kommer sedan att ta emot ansökningarna 5-19 augusti och ha en förenklad bidragsprocess.', 'Vi tar emot ansökningar 4-17 juni, och beslutar i augusti', 'Bidraget går att söka under perioden 5 - 19 augusti 2019.', 'Perioden för ansökan och förslag är 15 maj–15 augusti.', 'Årets ansökningsomgång i Apply är öppen 1 maj - 1 juni.'],
    counterExamples: ['Aktiviteterna kan genomföras 5-19 augusti.', 'Vi tar emot ansökningar 4 juni.', 'Perioden för redovisning är 15 maj–15 augusti.'],
    note: 'with its year too: see ansokningar-dagar-utan-ar',
  },
  {
    // the first day of a yearless window after "mellan … och …" (groups 1–3 as above), the application the subject or the reader
    // addressed: "Ansökan är öppen mellan 1 juni och 17 augusti." (Göteborgs United on MUCF's grant, dev 1414), "Du kan söka
    // stödet mellan den 14 februari och den 17 april." (Jordbruksverket, diff q316); with a year the extractor reads the day
    id: 'ansokan-mellan-dagar-utan-ar-fran', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:(?:ansökan|ansökningar(?:na)?)\s+är\s+öppen|(?:du|ni|man)\s+kan\s+söka\s+(?:stödet|bidraget|medlen|pengarna))\s+mellan\s+(?:den\s+)?(\d{1,2})(?:\s+(${MONTHS}))?\s+(?:och|till\s+och\s+med|till|[-–—])\s+(?:den\s+)?\d{1,2}\s+(${MONTHS})(?![\p{L}\p{N}])(?![\s,]{0,3}(?:den\s+)?\d)`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*|extra|ytterligare|nästa)\b/iu) }],
    examples: ['Ansökan är öppen mellan 1 juni och 17 augusti.', 'Du kan söka stödet mellan den 14 februari och den 17 april.'],
    counterExamples: ['Ansökan är öppen mellan den 3 april och den 3 juni 2018.', 'Du kan söka stödet mellan den 14 februari och den 17 april 2025.', 'Redovisningen är öppen mellan 1 juni och 17 augusti.', 'Kontoret är öppet mellan 1 juni och 17 augusti.'],
  },
  {
    // the first day of a window in figures (groups: day 1, its month or none 2, the window's month 3), by the window's label
    // or in prose: "Ansökningstid: 1-28.2.2022" beside "Ansökningstid: 1-30.9.2022" (Konstsamfundet 2022, dev 1859: several
    // windows, kept as dated events with their last days only), "Nästa ansökningstid 01.11.2024 - 30.11.2024" (Svenska
    // kulturfonden, diff q295), "kan sökas två gånger i året, antingen i februari 1–28.2.2018 …" (dev 1858); the key is the
    // day by name, its year dropped
    id: 'ansokningstid-siffror-fran', where: 'sentence', meaning: 'requisition.opens', weight: 1, figures: true,
    cue: wordy(new RegExp(String.raw`(?:\b(?:nästa\s+)?ansökningstid(?:en)?\s*(?:är\s+)?:?\s*(?:den\s+)?|\b(?:${APPLYING_IN_WINDOW})\b[^.!?]{0,80}?)(?<![\d.,:])(\d{1,2})(?:\.${MONTH_FIGURE}(?:\.(?:19|20)\d{2})?\.?)?\s*[-–—]\s*\d{1,2}\.${MONTH_FIGURE}(?:\.(?:19|20)\d{2}(?!\d)|(?!\.?\d))`, 'iu')),
    unless: NOT_AN_APPLICATION_WINDOW,
    examples: ['Ansökningstid: 1-28.2.2022', 'Nästa ansökningstid 01.11.2024 - 30.11.2024', 'Stipendier och understöd från Konstsamfundet kan sökas två gånger i året, antingen i februari 1–28.2.2018 eller i september 1–30.9.2018, förutom bildkonststipendierna som ansöks endast inom februari.'],
    counterExamples: ['Ansökningstid: 1-28 februari 2022', 'Ansökningstid: 28.2.2022', 'Projektet ska genomföras 1–28.2.2018.', 'Redovisningstid: 1-28.2.2022'],
  },
  {
    // the next round's first day, with its year (groups: day 1, its month or none 2, the range's month 3, year 4): "Nästa
    // utlysningsperiod för ansökan om projektmedel är 12 januari till 19 februari 2016" (Interreg Sverige-Norge, dev 713/703;
    // see nasta-omgang-sista-dag); the key keeps the year
    id: 'nasta-omgang-forsta-dag', where: 'sentence', meaning: 'requisition.opens', weight: 1, yearGroup: 4,
    cue: wordy(new RegExp(String.raw`\bnästa\s+(?:utlysningsperiod|ansökningsperiod|ansökningsomgång|utlysning|omgång)\b[^.!?\d]{0,80}?\b(?:är|blir|pågår)\s+(?:från\s+)?(?:den\s+)?(\d{1,2})(?:\s+(${MONTHS}))?\s*(?:[-–—]|till\s+och\s+med|till)\s*(?:den\s+)?\d{1,2}\s+(${MONTHS})\s+(\d{4})(?!\d)`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*)\b/iu) }],
    examples: ['Nästa utlysningsperiod för ansökan om projektmedel är 12 januari till 19 februari 2016.', 'Nästa utlysningsperiod för ansökan om projektmedel är 15 augusti till 15 september 2016.'],
    counterExamples: ['Nästa utlysningsperiod för ansökan om projektmedel är 12 januari till 19 februari.', 'Utlysningsperioden är 12 januari till 19 februari 2016.'],
    note: 'Interreg Sverige-Norge\'s news (dev 713, 703): the same sentence in two rounds',
  },
  {
    // the call's yearless day as its own sentence: "Utlysning sker den 1 juni. Sista ansökningsdag är den 1 september." (Region
    // Skåne's stöd to idéburna organisationer for young people's mental health, diff q283); never the next call's
    id: 'utlysning-sker-dag-utan-ar', where: 'sentence', meaning: 'requisition.opens', weight: 1,
    cue: wordy(new RegExp(String.raw`^\W*utlysning(?:en)?\s+(?:sker|öppnar|görs)\s+${DAY}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:nästa|\p{L}*redovis\p{L}*|extra|ytterligare)\b/iu) }],
    examples: ['Utlysning sker den 1 juni.', 'Utlysningen öppnar 15 augusti.'],
    counterExamples: ['Utlysning sker den 1 juni 2023.', 'Nästa utlysning sker den 1 juni.', 'Beslut sker den 1 juni.'],
  },
  {
    // the round's first month with its year, no day (group 1 empty, month 2, year 3): "Ansökningsperioden för 2021 års bidrag
    // kommer att pågå mellan december 2020 och den 21 januari 2021" (Isof 2021, dev 1679), "Nästa ansökningsperiod börjar i
    // december 2024" (Isof 2024, diff q279); the key is the month and year, never a day (a month-only open is no date)
    id: 'period-fran-manad-ar', where: 'sentence', meaning: 'requisition.opens', weight: 1, yearGroup: 3,
    cue: wordy(new RegExp(String.raw`\b(?:ansökningsperiod(?:en)?|ansökningsomgång(?:en)?|utlysning(?:en)?)\b[^.!?]{0,80}?\b(?:(?:pågå|pågår|löper)\s+mellan|(?:börjar|öppnar|startar)\s+i)\s+()(${MONTHS})\s+(\d{4})(?!\d)`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*redovis\p{L}*|återrapport\p{L}*|utbetal\p{L}*)\b/iu) }],
    examples: ['Ansökningsperioden för 2021 års bidrag kommer att pågå mellan december 2020 och den 21 januari 2021.', 'Nästa ansökningsperiod börjar i december 2024.'],
    counterExamples: ['Ansökningsperioden börjar den 1 december 2024.', 'Redovisningsperioden börjar i december 2024.', 'Nästa ansökningsperiod börjar i december.'],
  },
  {
    // the period named as such: "Sommarlovet avser perioden 11 juni-15 augusti", "Höstlovet avser perioden 29 oktober-7 november"
    id: 'avser-perioden-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:avser|gäller|omfattar)\s+perioden\s+${RANGE}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:ansökningsperiod\p{L}*|ansökan|ansöka|redovis\p{L}*|utlysning\p{L}*)\b/iu) }],
    examples: ['Sommarlovet avser perioden 11 juni-15 augusti.', 'Höstlovet avser perioden 29 oktober-7 november.'],
    counterExamples: ['Sommarlovet avser perioden 11 juni-15 augusti 2021.', 'Ansökan avser perioden 1 mars-15 april.', 'Redovisningen avser perioden 1 januari-30 juni.'],
  },
  {
    // a school holiday named with its days, in a sentence on what the grant or the activities cover: "sommarlov 16 juni – 19
    // augusti", "genomföras under sommarlovet 10 juni-15 augusti eller höstlovet 29 oktober-6 november"
    id: 'lov-dagar-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b${LOV}\s+${RANGE}`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:genomför\p{L}*|söka\s+stöd|söka\s+bidrag|aktivitet\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:stängt|stängd|stänger|ansökningsperiod\p{L}*|redovis\p{L}*)\b/iu) }],
    examples: ['Aktivitet i ansökan ska genomföras under sommarlovet 10 juni-15 augusti eller höstlovet 29 oktober-6 november.', 'De lov som det finns möjlighet att söka stöd för är sportlov v.8, påsklov v.14, sommarlov 16 juni – 19 augusti, höstlov v.44 och jullov 21 december – 7 januari 2019.'],
    counterExamples: ['Kontoret har stängt under sommarlovet 10 juni-15 augusti.', 'Aktiviteterna ska redovisas efter sommarlovet 10 juni-15 augusti.', 'Aktiviteten ska genomföras under sommarlovet 2023.'],
  },
  {
    // a school holiday's days after "mellan", in words or figures, in a sentence on what the activities cover: "genomföra
    // sommarlovsaktiviteter (sommarlovet i Mönsterås kommun är mellan 15/6-19/8)", "arrangeras mellan 19 juni och 20 augusti"
    id: 'lov-mellan-dagar-utan-ar', where: 'sentence', meaning: 'usage_period', weight: 1,
    cue: wordy(new RegExp(String.raw`\b${LOV}(?:\s+\d{4})?(?![\p{L}\p{N}])[^.\d]{0,40}?\b${BETWEEN}`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:genomför\p{L}*|ske|arrangeras|söka\s+bidrag\p{L}*|aktivitet\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:stängt|stängd|stänger|ansökningsperiod\p{L}*|redovis\p{L}*)\b/iu) }],
    examples: ['Föreningar i Mönsterås kommun kan söka bidraget för att utveckla och genomföra sommarlovsaktiviteter (sommarlovet i Mönsterås kommun är mellan 15/6-19/8).', 'Aktiviteterna ska ske under aktuellt lov (för sommarlovet 2024 mellan den 15 juni till och med den 18 augusti)', 'Aktiviteterna ska genomföras under sommarlovet mellan den 17 juni och 22 augusti.'],
    counterExamples: ['Kontoret har stängt under sommarlovet mellan 10 juni och 15 augusti.', 'Aktiviteterna ska genomföras under sommarlovet mellan den 17 juni 2024 och 22 augusti 2024.', 'Aktiviteterna ska genomföras under sommarlovet, mellan 3 och 5 dagar.'],
  },
];

/**
 * When the decision comes, in words and without a year ("Beslut meddelas i slutet av juni", "besked i september",
 * "beslut … beräknas fattas under senare delen av september"): the contract's dates hold only a dated day, so a decision
 * time moved in words (Region Halland q130/q131, Region Uppsala q132/q133/dev 470, Kulturskolerådet q156/q157) was
 * compared by no one. Groups: the part of the month or none (1), the month (2). Read as one phrase ("slutet av juni"),
 * compared between the texts like the yearless days, reported under `dates`; never turned into a date.
 */
/**
 * A decision time's sentence that is about something else: a payment or a report (compounds too: "slutredovisning",
 * dev 84), or a decision already taken, in the past tense or of an earlier round ("beslutade vid sitt sammanträde i
 * januari att …", dev 1322; "Förra året fattades beslut i juni"): that month is no time of this round's decision.
 */
const DECISION_TIME_UNLESS = [
  { where: 'sentence' as const, cue: wordy(/\b(?:\p{L}*utbetal\p{L}*|betalas|\p{L}*redovis\p{L}*|\p{L}*rapport\p{L}*)\b/iu) },
  { where: 'sentence' as const, cue: wordy(/\b(?:beslutade(?:s)?|fattades|fattade|meddelades|togs|tog|lämnades|skickades|publicerades|förra\s+året|i\s+fjol|förra\s+(?:omgången|ansökningsomgången|utlysningen))\b/iu) },
];

/**
 * A decision time's row, with what its cue's groups hold: the part of the month ("slutet"; or none) or the day, then the
 * month, then (where the row reads one) the year, which the key keeps.
 */
interface DecisionTimeRow extends SentenceRow<'dates'> { readonly groups: readonly ['part' | 'day', 'month'] | readonly ['part' | 'day', 'month', 'year'] }

export const DECISION_TIME_SENTENCES: readonly DecisionTimeRow[] = [
  {
    // when a stipend or prize is handed out, a month without a year: "Stipendierna delas normalt ut på regionfullmäktiges
    // sammanträde i oktober" (Region Värmland, diff q215), "Stipendiet utdelas tidigast i december stipendieåret" (Karlskoga,
    // dev 567 and q206/q207, the same both years) — the award's own time, compared like a decision's
    id: 'utdelas-manad-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['part', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:[\p{L}-]*stipendi\p{L}*|[\p{L}-]*pris(?:et|er|erna)?)\s+(?:delas|utdelas)\s+(?:normalt\s+|vanligtvis\s+|oftast\s+|årligen\s+|tidigast\s+)?(?:ut\s+)?[^.!?]{0,60}?\b(?:i|under)\s+(?:(början|mitten|slutet)\s+av\s+)?(${MONTHS})(?![\p{L}\p{N}])(?![\s,]{0,3}\d)`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Stipendierna delas normalt ut på regionfullmäktiges sammanträde i oktober.', 'Stipendiet utdelas tidigast i december stipendieåret och senast i februari året därpå.'],
    counterExamples: ['Stipendiet delades ut första gången i oktober 1960.', 'Stipendierna delas ut i oktober 2019.', 'Stipendiet delas ut till utövare av kulturell verksamhet.'],
  },
  {
    // … with its year (groups: the part of the month or none 1, the month 2, the year 3): "Priset delas ut under Kultur &
    // Fritids prisceremoni i mars 2022" (Kungsbacka's kulturpris, diff q235/q236); the key keeps the year
    id: 'utdelas-manad-med-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['part', 'month', 'year'],
    cue: wordy(new RegExp(String.raw`\b(?:[\p{L}-]*stipendi\p{L}*|[\p{L}-]*pris(?:et|er|erna)?)\s+(?:delas|utdelas)\s+(?:normalt\s+|vanligtvis\s+|oftast\s+|årligen\s+|tidigast\s+)?(?:ut\s+)?[^.!?]{0,60}?\b(?:i|under)\s+(?:(början|mitten|slutet)\s+av\s+)?(${MONTHS})\s+(\d{4})(?!\d)`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Priset delas ut under Kultur & Fritids prisceremoni i mars 2022.', 'Stipendierna delas ut i oktober 2019.'],
    counterExamples: ['Stipendiet delades ut första gången i oktober 1960.', 'Priset delas ut under Kultur & Fritids prisceremoni i mars.', 'Priset delas ut till en person född 2002.', 'Stipendiet delas ut till utövare av kulturell verksamhet.'],
  },
  {
    // a prize or a stipend handed out on a yearless day (groups: day 1, month 2): "Prisutdelningen kommer att ske onsdagen
    // den 30 oktober, i samband med Sölvesborgs Kulturkalas" (Sölvesborg 2024, diff q233); "Den 3 november är det dags att dela
    // ut årets kulturpris" (Sölvesborg 2021, diff q232) is the next row
    id: 'prisutdelning-dag-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:pris|stipendie)?utdelning(?:en)?\b[^.!?\d]{0,60}?\b${DAY}`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Prisutdelningen kommer att ske onsdagen den 30 oktober, i samband med Sölvesborgs Kulturkalas.', 'Utdelningen sker den 6 juni på nationaldagsfirandet.'],
    counterExamples: ['Prisutdelningen kommer att ske onsdagen den 30 oktober 2024.', 'Utbetalningen sker den 6 juni.', 'Prisutdelningen sker i samband med kommunfullmäktige.'],
  },
  {
    id: 'dag-dela-ut-pris-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month'],
    cue: wordy(new RegExp(String.raw`${DAY}\s+(?:är\s+det\s+dags\s+att\s+dela\s+ut|delas\s+ut)\s+(?:årets\s+)?[\p{L}-]*(?:pris|stipendi)\p{L}*`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Den 3 november är det dags att dela ut årets kulturpris.', 'Den 6 juni delas ut årets kulturstipendier.'],
    counterExamples: ['Den 3 november 2021 är det dags att dela ut årets kulturpris.', 'Den 3 november är det dags att dela ut årets bidrag.'],
  },
  {
    id: 'beslut-manad-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['part', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:beslut\p{L}*|besked(?:et)?)\b[^.!?]{0,80}?\b(?:i|under|omkring|kring|runt)\s+(?:(början|mitten|slutet|senare\s+delen|första\s+delen|(?:första|andra)\s+halvan)\s+av\s+)?(${MONTHS})(?![\p{L}\p{N}])(?![\s,]{0,3}\d)(?!\s+månad(?:en)?[\s,]{1,3}\d)`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Beslut meddelas i slutet av juni.', 'Ansökan i augusti och besked i september.', 'Därefter följer några veckors beredning och beslut om fördelning av bidraget beräknas fattas under senare delen av september.', 'Beslut fattas omkring mitten av december.'],
    counterExamples: ['Beslut meddelas i slutet av juni 2021.', 'Beslut och fördelning av medel publiceras under februari månad 2022.', 'Utskottet för vardag och fritid beslutade vid sitt sammanträde i januari att även allmänna bidragsprinciper för sektorn för vardag och fritid ska revideras.', 'Förra året fattades beslut i slutet av juni.', 'Ansökan ska lämnas i slutet av september.', 'Beslut om utbetalning fattas i mitten av december.', 'Beslut fattas omkring en månad efter sista ansökningsdag.'],
  },
  {
    // the decision's month or season with its year, in the present or future tense (groups: the part of the month or none
    // 1, the month or season 2, the year 3): "beslut om fördelning av medel fattas i slutet av januari 2025" (MSB, diff
    // q175), "Beslut … kommer att fattas löpande under hösten 2021" (PTS, diff q183), "Beslut kommer att fattas i februari
    // 2019" (dev 06); the key keeps the year, so "januari 2025" and "januari 2026" differ and no year is guessed
    id: 'beslut-manad-med-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['part', 'month', 'year'],
    cue: wordy(new RegExp(String.raw`\b(?:beslut\p{L}*|besked(?:et)?)\b[^.!?]{0,80}?\b(?:i|under|omkring|kring|runt)\s+(?:(början|mitten|slutet|senare\s+delen|första\s+delen|(?:första|andra)\s+halvan)\s+av\s+)?(${MONTHS}|våren|sommaren|hösten|vintern)\s+(\d{4})(?!\d)`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Sista ansökningsdatum är den 30 september 2024 och beslut om fördelning av medel fattas i slutet av januari 2025.', 'Beslut om vilka projekt som tilldelas stödmedel kommer att fattas löpande under hösten 2021', 'Beslut kommer att fattas i februari 2019.', 'Välfärds- och framtidsnämnden fattar beslut om andra omgången av engångsunderstöd vid sitt möte i augusti 2024.'],
    counterExamples: ['Beslut meddelas i slutet av juni.', 'Beslutet fattades i december 2020.', 'Beslut om utbetalning fattas i januari 2022.', 'Förra året fattades beslut i slutet av juni 2023.', 'Ansökan ska lämnas i slutet av september 2024.'],
  },
  {
    // a decision notice's own day, with its year (groups: day 1, month 2, year 3): "Partibidragsnämnden har i dag, den 14
    // oktober 2019, beslutat om totalt 14 999 660 kronor …" and "… har den 29 oktober 2013 beslutat om följande stöd" (diff
    // q72–q74), "Riksantikvarieämbetet har den 16 april 2018 beslutat att bevilja er organisation ett statsbidrag" (a decision
    // letter, vagnhistoriska.org): the day this round was decided, compared between the texts as written, never moved
    id: 'har-den-dag-beslutat', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month', 'year'],
    cue: wordy(new RegExp(String.raw`\bhar\s+(?:i\s*dag,?\s+)?den\s+(\d{1,2})\s+(${MONTHS})\s+(\d{4}),?\s+(?:beslutat|beviljat)\b`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:\p{L}*utbetal\p{L}*|betalas|\p{L}*redovis\p{L}*|\p{L}*rapport\p{L}*)\b/iu) }],
    examples: ['Partibidragsnämnden har i dag, den 14 oktober 2019, beslutat om totalt 14 999 660 kronor i statligt stöd till riksdagspartiernas kvinnoorganisationer för stödåret 2020.', 'Partibidragsnämnden har den 29 oktober 2013 beslutat om följande stöd för stödåret 2014:', 'Riksantikvarieämbetet har den 16 april 2018 beslutat att bevilja er organisation ett statsbidrag'],
    counterExamples: ['Partibidragsnämnden har i dag beslutat om följande stöd för stödåret 2020.', 'Myndigheten har den 14 oktober 2019 beslutat om utbetalning av bidraget.', 'Ansökan har den 14 oktober 2019 kommit in.'],
  },
  {
    // the decision's own yearless day, in the present (groups: day 1, month 2): "Kultur-och bildningsnämnden tar beslut den 17
    // februari om vilka som tilldelas projektmedel" (Region Dalarna 2022, diff q205), "Beslut tas den 5 oktober av styrelsen" (dev)
    id: 'tar-beslut-den-dag-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:(?:tar|fattar)\s+(?:[\p{L}-]+\s+){0,2}?beslut|beslut(?:et)?\s+(?:tas|fattas)|beslutar)\s+${DAY}`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Kultur-och bildningsnämnden tar beslut den 17 februari om vilka som tilldelas projektmedel.', 'Beslut tas den 5 oktober av styrelsen.'],
    counterExamples: ['Kultur-och bildningsnämnden tar beslut den 17 februari 2022 om vilka som tilldelas projektmedel.', 'Beslut om projektmedel meddelades den 10 december.', 'Beslut om utbetalning fattas den 15 december.'],
  },
  {
    // the answer by a yearless day (groups: day 1, month 2): "Ni får ett svar om ansökan godkänns eller avslås senast 30 april"
    // (Eskilstuna, diff q127/q128), "Ansökningsperioden är öppen 1-8 oktober, med beslut senast den 12 oktober" (dev)
    id: 'beslut-senast-dag-utan-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:beslut\p{L}*|besked(?:et)?|svar)\b[^.!?]{0,80}?\bsenast\s+${DAY}`, 'iu')),
    unless: DECISION_TIME_UNLESS,
    examples: ['Ni får ett svar om ansökan godkänns eller avslås senast 30 april', 'Ansökningsperioden är öppen 1-8 oktober, med beslut senast den 12 oktober'],
    counterExamples: ['Ni får ett svar om ansökan godkänns eller avslås senast 30 april 2021', 'En förening som har tagit emot organisations eller etableringsbidrag är skyldig att vid den tidpunkt som angetts i beslutet, eller senast den 1 april året efter bidragsåret, inkomma med en slutredovisning.', 'Ansökan ska ha kommit in senast 30 april.', 'Beslut om utbetalning fattas senast 15 december.'],
  },
  {
    // a yearly duty's own yearless day, other than applying or reporting (groups: day 1, month 2): "Detta ska göras senast 1
    // juni varje år via kommunens e-tjänst" after "Föreningen har registrerat aktuella föreningsuppgifter i kommunens
    // föreningsregister." (Storuman, diff q382), "Registreringen ska ske senast den 15 mars varje år"; compared like a
    // decision's day. Only "varje år"/"årligen" after the day, and never the application's or a report's day
    id: 'ska-goras-senast-dag-varje-ar', where: 'sentence', meaning: 'dates', weight: 1, groups: ['day', 'month'],
    cue: wordy(new RegExp(String.raw`\b(?:detta|registrering(?:en)?|uppdatering(?:en)?)\s+(?:ska|skall|måste)\s+(?:göras|ske)\s+senast\s+${DAY}\s+(?:varje\s+år|årligen)\b`, 'iu')),
    // (review76a probes D22, D23) … "Detta" points back to the sentence before, which may be a report's or the application's:
    // it is read only when its own sentence names the register or the details kept up to date, as the batch's does
    unless: [...DECISION_TIME_UNLESS, { where: 'sentence' as const, cue: wordy(/\b(?:ansök\p{L}*|sök\p{L}*)/iu) },
      { where: 'sentence' as const, cue: wordy(/\bdetta\s+(?:ska|skall|måste)\s+(?:göras|ske)(?![\p{L}\p{N}])(?![^.]{0,300}?(?:regist|uppgifte))/iu) }],
    examples: ['Detta ska göras senast 1 juni varje år via kommunens e-tjänst: Anmäl eller uppdatera uppgifter i föreningsregistret (öppnas i nytt fönster).', 'Registreringen ska ske senast den 15 mars varje år.'],
    counterExamples: ['Detta ska göras senast 1 juni 2024.', 'Ansökan ska göras senast 1 juni varje år.', 'Redovisningen ska göras senast 1 juni varje år.', 'Detta ska göras senast 1 juni varje år i ansökningssystemet.',
      'Detta ska göras senast 31 mars varje år.', 'Detta ska göras senast 1 mars varje år via kommunens e-tjänst.'],
  },
];

/** A decision time in words a sentence states ("slutet av juni", "september"), with the sentence. */
export interface DecisionTime { readonly day: string; readonly sentence: TextSentence }

/** The decision times a text's sentences state, in text order, by DECISION_TIME_SENTENCES: "30 april", "slutet av juni", "september". */
export function decisionTimes(sentences: readonly TextSentence[]): DecisionTime[] {
  return firstReadings(sentences, DECISION_TIME_SENTENCES, (row, m, sentence) => {
    const month = m[2]!.toLowerCase();
    const year = row.groups[2] === 'year' ? ` ${m[3]}` : '';
    if (row.groups[0] === 'day') return { day: `${Number(m[1])} ${month}${year}`, sentence };
    const part = m[1] === undefined ? '' : `${m[1].toLowerCase().replace(/\s+/gu, ' ')} av `;
    return { day: `${part}${month}${year}`, sentence };
  });
}

/** Whether a (normalised, lower-cased) text writes a time phrase after a preposition, with no year after it. */
function writesTime(text: string, time: string): boolean {
  if (/^\d/u.test(time)) return writesDay(text, time);
  for (const lead of ['i ', 'under ', 'omkring ', 'kring ', 'runt ']) {
    const needle = `${lead}${time}`;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) || /^[\p{L}\p{N}]/u.test(text.charAt(i + needle.length))) continue;
      // a time with its year ("slutet av januari 2025") is written as such; one without must have no year after it
      if (/\d$/u.test(time) || !/^[\s,]{0,3}\d/u.test(text.slice(i + needle.length, i + needle.length + 8))) return true;
    }
  }
  return false;
}

/** How the decision time in words changed between two texts, as closingChange does for the closing day. */
export function decisionTimeChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: DecisionTime; readonly new?: DecisionTime } | undefined {
  const a = decisionTimes(olds);
  const b = decisionTimes(news);
  // (the same times in the year, each written with its year on both sides, "i maj 2024" → "i maj 2025": a grant year on, no
  // change of when the decision comes, as a closing day is compared by day and month; review80)
  const yearless = (xs: readonly DecisionTime[]): string[] => [...new Set(xs.map((x) => x.day.replace(/ (?:19|20)\d{2}$/u, '')))].sort();
  const withYear = (xs: readonly DecisionTime[]): boolean => xs.length > 0 && xs.every((x) => / (?:19|20)\d{2}$/u.test(x.day));
  if (withYear(a) && withYear(b) && JSON.stringify(yearless(a)) === JSON.stringify(yearless(b))) return undefined;
  return dayChange(a, b, (text, x) => writesTime(text, x.day), oldText, newText);
}

/** a count of recipients in words ("till åtta nya våtmarksprojekt"), from the shared lexicon */
const COUNT_WORDS = Object.keys(NUMBER_WORDS).sort((x, y) => y.length - x.length).join('|');

/** a sum as a decision writes it, often rounded ("drygt 87 miljoner kronor", "25 miljoner kronor", "1 200 000 kr") */
const DECISION_SUM = String.raw`((?:(?:drygt|cirka|ca|närmare|knappt|omkring|totalt|sammanlagt)\s+)?\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d{1,3})?\s+(?:(?:${SCALE_WORDS})\s+)?(?:kronor|kr)\b)`;

/**
 * What a decision gave out in all, as decision news writes it: "667 bild- och formkonstnärer delar på drygt 87 miljoner
 * kronor", "Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer" (Konstnärsnämnden, diff
 * q153–q155), "262 miljoner kronor i organisationsbidrag till 110 barn- och ungdomsorganisationer" (MUCF). A rounded sum
 * ("drygt") is no exact funding.granted, so neither spec holds it: the sums are compared between the texts, as a phrase,
 * only where the spec diff reported nothing of funding (group 1 is the sum).
 */
export const DECISION_SUM_SENTENCES: ReadonlyArray<SentenceRow<'funding'>> = [
  {
    // the recipients, counted, share the sum
    id: 'antal-delar-pa-summa', where: 'sentence', meaning: 'funding', weight: 1,
    cue: wordy(new RegExp(String.raw`\b\d+\s+(?:[\p{L}-]+\s+){1,4}?(?:som\s+)?(?:delar|delade)\s+på\s+${DECISION_SUM}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:kan|får|ska|kommer|söka|ansöka)\b[^.]*\bdela/iu) }],
    examples: ['667 bild- och formkonstnärer delar på drygt 87 miljoner kronor', 'I år är det 33 organisationer som delar på 25 miljoner kronor.'],
    counterExamples: ['Organisationerna kan söka medel och 33 organisationer som delar på 25 miljoner kronor ska väljas ut.', 'Föreningen delar på 25 000 kronor med två andra föreningar.'],
  },
  {
    // the sum given in a kind of bidrag or stipend to a count of recipients
    id: 'summa-i-bidrag-till-antal', where: 'sentence', meaning: 'funding', weight: 1,
    cue: wordy(new RegExp(String.raw`${DECISION_SUM}\s+i\s+(?:så\s+kallat?\s+)?[\p{L}-]*(?:stipendi|bidrag)\p{L}*\s+till\s+(?:\d+|${COUNT_WORDS})\s+\p{L}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:kan|får|ska|kommer\s+att|söka|ansöka)\b/iu) }],
    examples: ['Drygt 58 miljoner kronor i arbetsstipendier till 293 bild- och formkonstnärer', 'MUCF har beviljat 262 miljoner kronor i organisationsbidrag till 110 barn- och ungdomsorganisationer för 2025.', 'Länsstyrelsen Östergötland har beslutat att ge knappt 5,7 miljoner kronor i så kallat LONA-bidrag till 20 nya natur- och friluftsprojekt i länet.', 'Länsstyrelsen Östergötland har beslutat att ge 5,3 miljoner kronor i bidrag till åtta nya våtmarksprojekt i länet.'],
    counterExamples: ['Föreningar kan söka 25 000 kronor i bidrag till 3 aktiviteter.', 'Drygt 58 miljoner kronor i arbetsstipendier till bild- och formkonstnärer'],
  },
];

/** What a decision gave out in all, in words ("drygt 87 miljoner kronor"), with the sentence: `day` is its amount in kronor. */
export interface DecisionSum { readonly day: string; readonly sentence: TextSentence }

/** every sum written as a decision writes it, anywhere in a text (group 1 as DECISION_SUM's) */
const DECISION_SUM_ALL = wordy(new RegExp(DECISION_SUM, 'giu'));

/** The decisions' sums a text's sentences state, in text order, by DECISION_SUM_SENTENCES. */
export function decisionSums(sentences: readonly TextSentence[]): DecisionSum[] {
  return firstReadings(sentences, DECISION_SUM_SENTENCES, (_row, m, sentence) => {
    const kronor = kronorOf(m[1]!);
    return kronor === undefined ? undefined : { day: kronor, sentence };
  });
}

/** Whether a text writes a sum of the amount anywhere, in any of its wordings. */
function writesSum(text: string, kronor: string): boolean {
  for (const m of text.matchAll(DECISION_SUM_ALL)) if (kronorOf(m[1]!) === kronor) return true;
  return false;
}

/** How the decisions' sums changed between two texts: a sum the other text still writes anywhere is not gone. */
export function decisionSumChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: DecisionSum; readonly new?: DecisionSum } | undefined {
  return dayChange(decisionSums(olds), decisionSums(news), (text, x) => writesSum(text, x.day), oldText, newText);
}

/**
 * What the grant has given out in all since a year, counted by its recipients or their measures: "Sedan Klimatklivet infördes
 * 2015 har 29 gotländska aktörer fått stöd med drygt 63,8 miljoner kronor." (Länsstyrelsen Gotland 2020 → 2022, diff q307–q309).
 * The contract's funding.granted is the sum granted in all, never the grant's total nor what can be applied for; a rounded
 * sum ("drygt", "cirka") is no exact value, so neither spec holds it: the sums are compared between the texts, as a phrase,
 * under funding.granted, only where neither spec states what was granted (group 1 is the sum). A sum each one got, or one
 * that can still be applied for, is none.
 */
export const GRANTED_SUM_SENTENCES: ReadonlyArray<SentenceRow<'funding.granted'>> = [
  {
    id: 'har-antal-fatt-stod-med', where: 'sentence', meaning: 'funding.granted', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:har|hade)\s+(?:\d+|${COUNT_WORDS})\s+(?:[\p{L}-]+\s+){1,3}?(?:fått|beviljats|erhållit)\s+(?:stöd|bidrag|medel)\s+(?:med|på)\s+(?:totalt\s+|sammanlagt\s+)?${DECISION_SUM}`, 'iu')),
    unless: [{ where: 'sentence', cue: wordy(/\b(?:varje|vardera|respektive|per)\b|\b(?:kan|får|ska)\s+(?:söka|ansöka|sökas)\b/iu) }],
    examples: ['Sedan Klimatklivet infördes 2015 har 29 gotländska aktörer fått stöd med drygt 63,8 miljoner kronor.', 'Sedan Klimatklivet infördes 2015 har 31 gotländska åtgärder fått stöd med drygt 64 miljoner kronor.'],
    counterExamples: ['Sedan 2015 har 29 aktörer fått stöd med drygt 2 miljoner kronor var och varje aktör kan söka igen.', 'Föreningen har fått stöd med 25 000 kronor.', 'Sedan 2015 har 29 aktörer fått stöd med hjälp av länsstyrelsen.'],
    // (the examples are one agency's news, diff q307–q309, no dev text; a second real phrasing is still wanted)
  },
];

/** What a grant has given out in all, rounded (GRANTED_SUM_SENTENCES), with its sentence: `day` is its amount in kronor. */
export function grantedSums(sentences: readonly TextSentence[]): DecisionSum[] {
  return firstReadings(sentences, GRANTED_SUM_SENTENCES, (_row, m, sentence) => {
    const kronor = kronorOf(m[1]!);
    return kronor === undefined ? undefined : { day: kronor, sentence };
  });
}

/** How the sums granted in all changed between two texts, as decisionSumChange: a sum the other text still writes is not gone. */
export function grantedSumChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: DecisionSum; readonly new?: DecisionSum } | undefined {
  return dayChange(grantedSums(olds), grantedSums(news), (text, x) => writesSum(text, x.day), oldText, newText);
}

/**
 * A regleringsbrev's anslag as the agency may use it, one line of the letter's table: "Disponeras av Kammarkollegiet435 740
 * tkr" (Stöd till idrotten, diff q138–q141), "Disponeras av Boverket102 164" (dev 147, 349), "Disponeras av
 * Skatteverket58 128 600" (diff q36/q37). An anslag of several anslagsposter has no total by the contract (dev gold 147:
 * `total: null`), so neither spec holds it and its change went unreported: the texts' first such line, the government's
 * own ("Disponeras av regeringen") left out, is compared as a line, only where neither spec states a total and the spec
 * diff reported none. Group 1 is the amount, as written.
 */
export const DISPOSED_SUM_LINES: ReadonlyArray<SentenceRow<'funding.total'>> = [
  {
    id: 'disponeras-av-belopp', where: 'sentence', meaning: 'funding.total', weight: 1,
    cue: /^\s*disponeras\s+av\s+(?!regeringen)\p{L}[\p{L} .-]{1,60}?\s*(\d{1,3}(?:[ \u00a0]\d{3})*)(?:\s*tkr)?\s*$/iu,
    examples: ['Disponeras av Kammarkollegiet435 740 tkr', 'Disponeras av Boverket102 164', 'Disponeras av Skatteverket58 128 600'],
    counterExamples: ['Disponeras av regeringen50 000 tkr', 'Medlen disponeras av Kammarkollegiet och betalas ut efter rekvisition.', 'Disponeras av Kammarkollegiet'],
  },
];

/** the letter's table states its unit: "Tilldelade anslag/anslagsposter (belopp angivna i tkr)" */
const IN_TKR = /\bbelopp\s+angivna\s+i\s+tkr\b/iu;

/**
 * A letter's disposed sum in kronor, with its line and what it is the sum of: the anslag (the nearest line above that
 * is neither an anslagspost nor another "Disponeras av" line, its number left out: "30:1Stöd till idrotten (Ramanslag)"
 * and "Stöd till idrotten (Ramanslag)" are one anslag) and the agency that disposes of it.
 */
export interface DisposedSum { readonly kronor: number; readonly key: string; readonly sentence: TextSentence }

/** a line of the table that belongs to the anslag above it: an anslagspost ("30:1 ap.4Insatser…", "ap.1Organisationsbidrag") or a disposer */
const BELOW_ANSLAG = /^\s*(?:\d{1,3}:\d{1,3}\s*)?ap\.\s*\d|^\s*disponeras\s+av\b/iu;

/** the anslag a line at index i of the lines stands under, normalised (lower case, its number and spacing left out) */
function anslagAbove(lines: readonly string[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const l = lines[k]!.trim();
    if (l === '' || BELOW_ANSLAG.test(l)) continue;
    return l.toLowerCase().replace(/^\d{1,3}:\d{1,3}\s*/u, '').replace(/\s+/gu, ' ');
  }
  return '';
}

/**
 * Every "Disponeras av …" line of a letter (the government's own left out) in kronor, in text order: only when the line
 * or the letter's table says the amounts are tkr (no unit is guessed: a wrong unit is an amount 1 000 times wrong).
 */
export function disposedSums(text: string): DisposedSum[] {
  const lines = text.split('\n');
  const inTkr = IN_TKR.test(text);
  const out: DisposedSum[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 120) continue;
    const m = DISPOSED_SUM_LINES[0]!.cue.exec(line);
    if (!m) continue;
    if (!/tkr\s*$/iu.test(line) && !inTkr) continue;
    // the agency: what stands between "Disponeras av" and the amount (a name holds no digits)
    const disposer = line.slice(0, line.lastIndexOf(m[1]!)).replace(/^\s*disponeras\s+av\s+/iu, '').trim().toLowerCase();
    out.push({ kronor: Number(m[1]!.replace(/[ \u00a0]/gu, '')) * 1000, key: `${anslagAbove(lines, i)}|${disposer}`, sentence: { text: line.trim(), line: i + 1, key: normalizeForQuote(line) } as TextSentence });
  }
  return out;
}

/** The first of a letter's disposed sums (see disposedSums). */
export function disposedSum(text: string): DisposedSum | undefined {
  return disposedSums(text)[0];
}

/**
 * How the letters' disposed sums changed: the old letter's first line against the new letter's line of the same anslag
 * and agency. Another amount is a change; a line one letter lacks is no change (letters are cut, anslag come and go, an
 * anslag gets a second agency): lines of two anslag or two agencies are never compared.
 */
export function disposedSumChange(oldText: string, newText: string, agency?: string): { readonly kind: 'changed'; readonly old: DisposedSum; readonly new: DisposedSum } | undefined {
  // a letter addressed to one agency that lists what other agencies dispose of too ("Disponeras av Vetenskapsrådet5 000"
  // above "Disponeras av Kammarkollegiet32 576" in a letter to Kammarkollegiet, ESV's 6:1 letters, diff q256/q257): the
  // addressee's own line, else the first
  const own = agency === undefined ? undefined : disposedSums(oldText).find((x) => x.key.endsWith(`|${agency.trim().toLowerCase()}`));
  const a = own ?? disposedSum(oldText);
  if (!a) return undefined;
  const b = disposedSums(newText).find((x) => x.key === a.key);
  return b && a.kronor !== b.kronor ? { kind: 'changed', old: a, new: b } : undefined;
}

/** A yearless day or range another field's sentence states ("14 maj", "11 juni–15 augusti"), its days one by one. */
export interface YearlessDay { readonly day: string; readonly days: readonly string[]; readonly sentence: TextSentence }

/** The yearless days a text's sentences state for one path, in text order, by YEARLESS_DAY_SENTENCES. */
export function yearlessDays(path: 'requisition.opens' | 'usage_period', sentences: readonly TextSentence[]): YearlessDay[] {
  // the windows listed under a heading of times to apply (closingDays): each window's first day, its month the window's own
  // when it names none ("1 - 15 mars")
  const listed = path !== 'requisition.opens' ? [] : listedWindows(sentences).map(({ from: day, sentence }) => ({ day, days: [day], sentence }));
  return [...firstReadingsOf(path, sentences), ...listed];
}

function firstReadingsOf(path: 'requisition.opens' | 'usage_period', sentences: readonly TextSentence[]): YearlessDay[] {
  return firstReadings(sentences, YEARLESS_DAY_SENTENCES.filter((row) => row.meaning === path), (row, m, sentence) => {
    if (path === 'usage_period') {
      // a range in figures ("15/6-19/8", groups 5–8) is read as the same days in words
      const [d1, m1, d2, m2] = m[5] === undefined ? [m[1], m[2] ?? m[4], m[3], m[4]] : [m[5], MONTH_NAMES[Number(m[6]) - 1], m[7], MONTH_NAMES[Number(m[8]) - 1]];
      if (!m1 || !m2) return undefined;
      const to = `${Number(d2)} ${m2.toLowerCase()}`;
      const from = `${Number(d1)} ${m1.toLowerCase()}`;
      return { day: `${from}–${to}`, days: [from, to], sentence };
    }
    // a month alone (period-fran-manad-ar: group 1 empty) keys as the month and its year, "december 2024", never a day
    if (m[1] === '') {
      const month = `${m[2]!.toLowerCase()}${yearOf(row, m)}`;
      return { day: month, days: [month], sentence };
    }
    // a range's first day takes the range's month when it has none of its own ("5-19 augusti"); a month in figures
    // (`figures`: "1-28.2.2022") is keyed by its name
    const month = (m[2] ?? m[3])!.toLowerCase();
    const day = `${Number(m[1])} ${row.figures ? MONTH_NAMES[Number(month) - 1]! : month}${yearOf(row, m)}`;
    return { day, days: [day], sentence };
  });
}

/** the year a row's key keeps (" 2016"), or none */
function yearOf(row: DayRow<unknown>, m: RegExpExecArray): string {
  return row.yearGroup === undefined ? '' : ` ${m[row.yearGroup]}`;
}

/**
 * How one path's yearless days changed between two texts, as closingChange does for the closing day: a day or range
 * whose days the other text still writes anywhere is not gone.
 */
export function yearlessChange(path: 'requisition.opens' | 'usage_period', olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: YearlessDay; readonly new?: YearlessDay } | undefined {
  return dayChange(yearlessDays(path, olds), yearlessDays(path, news), (text, x) => x.days.every((d) => writesDay(text, d)), oldText, newText);
}

/** A yearless closing day a sentence states: "31 maj", with the sentence. */
export interface ClosingDay { readonly day: string; readonly sentence: TextSentence }

/** The yearless closing days a text's sentences state, in text order, by CLOSING_DAY_SENTENCES. */
export function closingDays(sentences: readonly TextSentence[]): ClosingDay[] {
  // a month alone (oppen-till-manad-utan-ar: group 1 empty) is its own key, "december"
  // … and a row in figures (`figures`) gives its day and the list after it ("15.12, 15.4. eller 15.9.") as days by name
  const first = firstReadings(sentences, CLOSING_DAY_SENTENCES, (row, m, sentence) => ({ day: m[1] === '' ? m[2]!.toLowerCase() : row.figures ? '' : `${Number(m[1])} ${m[2]!.toLowerCase()}${yearOf(row, m)}`, figures: row.figures ? figureDays(sentence.text, m) : [], sentence, end: m.index + m[0].length }));
  // … and the further last days the same sentence gives after it: "kan sökas senast 30 november året innan evenemanget
  // genomförs samt senast 28 februari och 31 augusti det år som evenemanget genomförs" (Mariehamn, diff q238/q239)
  const read = first.flatMap(({ day, figures, sentence, end }) => figures.length > 0 ? figures.map((d) => ({ day: d, sentence })) : [{ day, sentence }, ...[...sentence.text.slice(end).matchAll(FURTHER_DAYS)].flatMap((m) => [m[1], m[3]].map((d, i) => (d === undefined ? undefined : { day: `${Number(d)} ${m[2 + 2 * i]!.toLowerCase()}`, sentence }))).filter((x): x is ClosingDay => x !== undefined)]);
  // … and the days listed one an item under a lead that gives them as last days ("Ansökningar om projektbidrag ska vara
  // inlämnade senast dessa datum:" over "• 1 maj", "• 1 november", Sametinget 2018 → 2024, diff dev 795/q270)
  const listed = sentences.flatMap((x) => {
    const m = x.lead !== undefined && CLOSING_LIST_LEADS.some((row) => rowHolds(row, x.lead!)) ? LISTED_DAY.exec(x.text) : null;
    return m ? [{ day: `${Number(m[1])} ${m[2]!.toLowerCase()}`, sentence: x }] : [];
  });
  // … and the windows listed one an item under a lead or heading that names them as times to apply ("Tider för ansökan under
  // 2018" over "• 15 januari - 15 februari", "• 15 augusti - 15 september"): each window's last day, by day and month only
  const windows = listedWindows(sentences).map(({ to: day, sentence }) => ({ day, sentence }));
  return [...read, ...listed, ...windows];
}

/**
 * A lead or heading over a list of yearless windows to apply in (closingDays and yearlessDays read its items: a window's last
 * and first day). Its year, if any, is never given to the days: they are compared by day and month.
 */
export const WINDOW_LIST_LEADS: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'tider-for-ansokan', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: /^(?:(?:tider|perioder|datum)\s+för\s+(?:ansökan|ansökningar|att\s+(?:ansöka|söka))|ansöknings(?:tider|perioder|omgångar)(?:na)?)(?![\p{L}\p{N}])[^.!?]{0,60}$/iu,
    examples: ['Tider för ansökan under 2018', 'Ansökningsperioder:', 'Ansökningstider 2025'],
    counterExamples: ['Tider för redovisning under 2018', 'Ansökningsperioder för projektet har förlängts. Läs mer.', 'Öppettider för receptionen'],
  },
];

/** an item that is a yearless window alone (groups: first day, its month or none, last day, its month): "15 januari - 15 februari" */
const LISTED_WINDOW = new RegExp(String.raw`^(?:den\s+)?(\d{1,2})(?:\s+(${MONTH_NAMES.join('|')}))?\s*[-–—]\s*(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s*[.,;]?\s*$`, 'iu');

/**
 * an item that is a dated window alone (groups: first day, its month or none, its year or none, last day, its month, its year):
 * "1 februari 2025 – 15 mars 2025", "1–15 mars 2025" under "Ansökningsperioder:" (diff34 left open: a window dropped from the
 * list was not seen). Keyed with its year: a window a year on is another window.
 */
const LISTED_DATED_WINDOW = new RegExp(String.raw`^(?:den\s+)?(\d{1,2})(?:\s+(${MONTH_NAMES.join('|')}))?(?:\s+((?:19|20)\d{2}))?\s*[-–—]\s*(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s+((?:19|20)\d{2})\s*[.,;]?\s*$`, 'iu');

/** The window's first and last day a listed item gives ("1 mars", "15 april"; "1 februari 2025" when dated), or undefined. */
function windowDays(text: string): { readonly from: string; readonly to: string } | undefined {
  const m = LISTED_WINDOW.exec(text);
  if (m) return { from: `${Number(m[1])} ${(m[2] ?? m[4])!.toLowerCase()}`, to: `${Number(m[3])} ${m[4]!.toLowerCase()}` };
  const d = LISTED_DATED_WINDOW.exec(text);
  if (!d) return undefined;
  return { from: `${Number(d[1])} ${(d[2] ?? d[5])!.toLowerCase()} ${d[3] ?? d[6]}`, to: `${Number(d[4])} ${d[5]!.toLowerCase()} ${d[6]}` };
}

/** The items that are windows under a lead or heading of WINDOW_LIST_LEADS, with their first and last days. */
function listedWindows(sentences: readonly TextSentence[]): Array<{ readonly from: string; readonly to: string; readonly sentence: TextSentence }> {
  return sentences.flatMap((x) => {
    const over = [x.lead, x.over].filter((l): l is string => l !== undefined);
    const days = over.some((l) => WINDOW_LIST_LEADS.some((row) => rowHolds(row, l))) ? windowDays(x.text) : undefined;
    return days ? [{ ...days, sentence: x }] : [];
  });
}

/** A lead over a list of yearless last days to apply (closingDays reads its items). */
export const CLOSING_LIST_LEADS: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'senast-dessa-datum', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: /\b(?:ansökningar(?:na)?|ansökan)\b[^.:]{0,80}?\bsenast\s+(?:dessa|följande)\s+(?:datum|dagar)\s*:\s*$/iu,
    examples: ['Ansökningar om projektbidrag ska vara inlämnade senast dessa datum:'],
    counterExamples: ['Redovisningar ska vara inlämnade senast dessa datum:', 'Ansökningar om projektbidrag ska vara inlämnade senast den 1 maj.', 'Beslut fattas dessa datum:'],
  },
];

/** an item that is a day and month alone, no year: "1 maj", "1 november" */
const LISTED_DAY = new RegExp(String.raw`^(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s*[.,;]?\s*$`, 'iu');

/**
 * A further yearless last day after the first, "samt senast 28 februari" (groups 1, 2), and one joined to it by "och" (groups
 * 3, 4), read in the rest of a sentence whose first last day a CLOSING_DAY_SENTENCES row read (Mariehamn, diff q238/q239); a day
 * with its year is none (the year's own rows read it).
 */
export const FURTHER_DAY_SENTENCES: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'samt-senast-dag', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: new RegExp(String.raw`(?<![\p{L}\p{N}])samt\s+senast\s+(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?![\s,]{0,3}\d)(?:\s+och\s+(?:senast\s+)?(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})(?![\p{L}\p{N}])(?![\s,]{0,3}\d))?`, 'iu'),
    examples: ['Bidrag kan sökas senast 30 november året innan evenemanget genomförs samt senast 28 februari och 31 augusti det år som evenemanget genomförs.', 'Ansökan ska lämnas senast 1 mars samt senast den 1 oktober.'],
    // constructed counter-examples: a day with its year, a day without "senast", a report's day
    counterExamples: ['Ansökan ska lämnas senast 1 mars 2024 samt senast 1 oktober 2024.', 'Ansökan ska lämnas senast 1 mars samt redovisas 1 oktober.', 'Redovisning ska lämnas samt bokslut senast 1 oktober 2025.'],
  },
];

/**
 * A further last day in figures right after one a `figures` row read, joined by a comma, "eller" or "och" (groups: day,
 * month): "; 15.12, ⟨15.4.⟩ eller ⟨15.9.⟩", "1–28.2.2018 eller i september ⟨1–30.9.2018⟩" (Konstsamfundet, dev 1860, 1858).
 */
export const FURTHER_FIGURE_DAY_SENTENCES: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'eller-dag-siffror', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: new RegExp(String.raw`\.?\s{0,3}(?:,|;|\beller\b|\boch\b)\s{0,3}(?:i\s+(?:${MONTH_NAMES.join('|')})\s+)?(?:den\s+)?${FIGURE_DAY}`, 'iu'),
    examples: ['Deadline tre gånger i året; 15.12, 15.4. eller 15.9.', 'Stipendier kan sökas antingen i februari 1–28.2.2018 eller i september 1–30.9.2018.'],
    counterExamples: ['Deadline är 15.12 kl. 16.15.', 'Ansökan 15.12 och beslut i mars.'],
  },
];

/** the further figure days' row, read where the last reading ended and nowhere else (a list, not any later day) */
const FURTHER_FIGURES = new RegExp(FURTHER_FIGURE_DAY_SENTENCES[0]!.cue.source, 'iuy');

/** The days in figures a `figures` row's match and the list right after it give, as keys ("15 december"). */
function figureDays(text: string, m: RegExpExecArray): string[] {
  const key = (d: string, mo: string): string => `${Number(d)} ${MONTH_NAMES[Number(mo) - 1]!}`;
  const out = [key(m[1]!, m[2]!)];
  FURTHER_FIGURES.lastIndex = m.index + m[0].length;
  for (let f = FURTHER_FIGURES.exec(text); f && out.length < 12; f = FURTHER_FIGURES.exec(text)) out.push(key(f[1]!, f[2]!));
  return out;
}

/** the further days' row as a global pattern, for every match in the rest of a sentence */
const FURTHER_DAYS = new RegExp(FURTHER_DAY_SENTENCES[0]!.cue.source, 'giu');

/**
 * What each sentence states by a table of rows, in text order: the reading of the first row that holds and gives one
 * (`read` of its cue's match; undefined where the match names no value, and the next row is asked). A sentence states
 * one value of a table at most.
 */
function firstReadings<R extends SentenceRow<unknown>, T>(sentences: readonly TextSentence[], rows: readonly R[], read: (row: R, m: RegExpExecArray, sentence: TextSentence) => T | undefined): T[] {
  const out: T[] = [];
  for (const s of sentences) {
    for (const row of rows) {
      if (!rowHolds(row, s.text)) continue;
      const m = row.cue.exec(s.text);
      const x = m ? read(row, m, s) : undefined;
      if (x !== undefined) {
        out.push(x);
        break;
      }
    }
  }
  return out;
}

export interface ClosingChange { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: ClosingDay; readonly new?: ClosingDay }

/** Whether a (normalised, lower-cased) text writes a day and month anywhere with no year after it. */
function writesDay(text: string, day: string): boolean {
  for (let i = text.indexOf(day); i >= 0; i = text.indexOf(day, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) || /^[\p{L}\p{N}]/u.test(text.charAt(i + day.length))) continue;
    if (!/^[\s,]{0,3}\d/u.test(text.slice(i + day.length, i + day.length + 8))) return true;
  }
  return writesWindowStart(text, day);
}

/**
 * Whether a text writes a day by name ("1 februari") as the first day of a window in figures ("1–28.2.", "1.2.–15.3."): two
 * windows only reordered ("1–28.2. och 1–30.9." → "1–30.9. och 1–28.2.") still write both first days (review66 wf4, constructed).
 */
function writesWindowStart(text: string, day: string): boolean {
  const m = /^(\d{1,2}) (\p{L}+)$/u.exec(day);
  const month = m ? MONTH_NAMES.indexOf(m[2]!) + 1 : 0;
  if (!m || month === 0) return false;
  const [d, mo] = [Number(m[1]), month];
  return new RegExp(String.raw`(?<![\d.,:])0?${d}(?:\.0?${mo}(?:\.(?:19|20)\d{2})?\.?\s*[-–—]\s*\d{1,2}\.\d{1,2}|\s*[-–—]\s*\d{1,2}\.0?${mo}(?!\d))`, 'u').test(text);
}

/**
 * How the yearless closing days changed between two texts: none when both state the same days (or
 * neither states one). A day the other text still writes anywhere (in whatever sentence) is not gone:
 * `oldText` and `newText` are the normalised texts, lower-cased.
 */
export function closingChange(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): ClosingChange | undefined {
  const own = (days: ClosingDay[], sentences: readonly TextSentence[], other: string, others: readonly TextSentence[], text: string): ClosingDay[] =>
    days.filter((x) => !otherGrantsSection(x.sentence, sentences, other, others) && !listsOthersSection(x.sentence, sentences, others, text));
  // (a yearless day the other text states as its last day with the year written, "senast den 15 september" → "Sista ansökan
  // – eller nominering av lämplig person – är 15 september 2019", is the same calendar day: not gone, not new)
  const dated = { old: datedLastDays(olds), new: datedLastDays(news) };
  const written = (text: string, x: ClosingDay): boolean => writesDay(text, x.day) || (text === newText ? dated.new : dated.old).has(x.day);
  return dayChange(own(closingDays(olds), olds, newText, news, oldText), own(closingDays(news), news, oldText, olds, newText), written, oldText, newText);
}

/**
 * A last day to apply written with its year (groups: day, month), a label or a deadline word before it with at most a clause
 * between: "Sista ansökan – eller nominering av lämplig person – är 15 september 2019" (Helsingborg's press release 2019, diff
 * q591: its page, q590, says "senast den 15 september"), "Ansökan ska vara inne senast den 31 mars 2017". Read only to keep a
 * yearless day the other text states from being reported gone or new (closingChange): the day and month are compared, the year
 * left aside. Never a report's, a decision's or a payment's day.
 */
export const DATED_LAST_DAY_SENTENCES: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'sista-dag-med-ar', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: wordy(new RegExp(String.raw`\b(?:senast|sista\s+(?:ansökan|ansökningsdag(?:en)?|ansökningsdatum(?:et)?|dag(?:en)?\s+(?:för\s+ansökan|att\s+(?:an)?söka))|deadline(?:\s+för\s+ansökan)?)\b[^.!?\d]{0,80}?(?:den\s+)?(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s+(?:19|20)\d{2}(?!\d)`, 'iu')),
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|söka|sökas|nominer\p{L}*|stipendiat\p{L}*|\p{L}*pristagar\p{L}*)\b/iu) },
    unless: [{ where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|beslut\p{L}*|utbetal\p{L}*|betalas|komplettera\p{L}*)\b/iu) }],
    examples: ['Sista ansökan – eller nominering av lämplig person – är 15 september 2019.', 'Ansökan ska vara inne senast den 31 mars 2017.', 'Sista ansökningsdag är 3 maj 2019.'],
    counterExamples: ['Redovisningen ska ha kommit in senast den 31 augusti 2019.', 'Beslut om ansökan fattas senast den 15 september 2019.', 'Ansökan ska vara inne senast den 31 mars.', 'Sista ansökan skickades in 2019.'],
  },
];

/** The days and months a text's sentences give as last days with their year written (DATED_LAST_DAY_SENTENCES), "15 september". */
function datedLastDays(sentences: readonly TextSentence[]): Set<string> {
  const row = DATED_LAST_DAY_SENTENCES[0]!;
  return new Set(sentences.flatMap((x) => {
    const m = rowHolds(row, x.text) ? row.cue.exec(x.text) : null;
    return m ? [`${Number(m[1])} ${m[2]!.toLowerCase()}`] : [];
  }));
}

/**
 * Whether a day stands in a list item naming a grant ("• arrangörsstöd, ansökan senast 15 oktober") whose section the other
 * text has as another grant's (otherGrantsSection of its "Arrangörsbidrag" section, judged against this text): renamedIn reads
 * no list item as naming the grant, so the other text's day of it is dropped, and this one must be too (review75e G1).
 */
function listsOthersSection(sentence: TextSentence, sentences: readonly TextSentence[], others: readonly TextSentence[], text: string): boolean {
  if (sentence.item !== true) return false;
  const word = namedCompound(sentence.text);
  const stem = word === undefined ? undefined : stemOf(word);
  if (stem === undefined) return false;
  return others.some((y) => {
    const w = y.section === undefined ? undefined : grantWordOf(y.section);
    return w !== undefined && stemOf(w) === stem && otherGrantsSection(y, others, text, sentences);
  });
}

/**
 * A section heading that names a grant by its own word: "Regionala verksamhetsbidrag", "Kulturstipendier", "Bidrag till
 * kulturprojekt", "Hedersgåva" (group 1 the word). The heading of a page's part, so a page of several grants has several.
 */
export const GRANT_SECTION_HEADINGS: ReadonlyArray<SentenceRow<'requisition.closes'>> = [
  {
    id: 'rubrik-namnger-bidrag', where: 'sentence', meaning: 'requisition.closes', weight: 1,
    cue: /^[^.!?:]{0,40}?(?<![\p{L}\p{N}])(\p{L}{0,30}(?:bidrag|stipendi(?:um|et|er|erna)|stöd|pris|gåva|anslag|check|fond)(?:en|et|er|erna|ar|arna|na|n)?)(?![\p{L}\p{N}])[^.!?:]{0,40}$/iu,
    examples: ['Regionala verksamhetsbidrag', 'Kulturstipendier', 'Bidrag till kulturprojekt', 'Hedersgåva'],
    // (a page's own heading over instructions, "Stipendieanvisningar 2018" (Konstsamfundet, dev 1858), names no grant of its own)
    counterExamples: ['Ansökan', 'Så här ansöker du', 'Vem kan söka?', 'Bidrag ges inom olika bidragsområden: distriktsorganisationer och andra.', 'Stipendieanvisningar 2018', 'Bidragsregler för föreningar'],
  },
];

/** the grant nouns a section heading's compound ends in (GRANT_SECTION_HEADINGS' cue), for the compound's first part */
const GRANT_WORDS = ['bidrag', 'stipendi', 'stöd', 'pris', 'gåva', 'anslag', 'check', 'fond'] as const;

/** the first part of a grant compound ("verksamhets" of "verksamhetsbidrag"), three letters or more, or undefined (a bare "stödet") */
function stemOf(word: string): string | undefined {
  const at = Math.max(...GRANT_WORDS.map((w) => word.lastIndexOf(w)));
  return at >= 3 ? word.slice(0, at) : undefined;
}

/** the grant word a section heading names (GRANT_SECTION_HEADINGS group 1), lower-cased, or undefined */
function grantWordOf(heading: string): string | undefined {
  const m = GRANT_SECTION_HEADINGS[0]!.cue.exec(heading);
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * Whether a day's sentence stands in the part of a page of several grants that is another grant's than the other text's: its
 * section heading names a grant by a word ("Regionala verksamhetsbidrag") the other text never writes, and the page has
 * another section naming a grant by a word the other text does write ("Kulturstipendier"). Region Västmanland's page of
 * its bidrag and kulturstipendier 2019 → its kulturstipendier page 2025 (diff q352/q353): the verksamhetsbidrag's "Sista
 * ansökningsdag är 1 oktober." was no closing day of the stipend's that the new page stopped stating.
 */
export function otherGrantsSection(sentence: TextSentence, sentences: readonly TextSentence[], otherText: string, otherSentences?: readonly TextSentence[]): boolean {
  if (sentence.section === undefined) return false;
  const other = otherText.toLowerCase();
  const heading = grantWordOf(sentence.section);
  // (under a heading of a bare grant word, "Bidrag till studieförbundens regionala verksamhet", the grant the sentence itself names:
  // "Årlig ansökan till utvecklingsbidrag senast 15 november.", diff q370)
  // (… a heading too long to read as a grant's name whose first word is that bare word too); a sentence that names none is the
  // page's own grant's, and a heading of no grant word ("Stipendieanvisningar 2018", dev 1858) names no section of another grant
  const bare = (w: string | undefined): boolean => w !== undefined && stemOf(w) === undefined;
  const word = bare(heading) || (heading === undefined && bare(grantWordOf(sentence.section.split(/\s+/u)[0] ?? ''))) ? namedCompound(sentence.text) ?? heading : heading;
  if (word === undefined || other.includes(word)) return false;
  // … a compound that names one grant: a bare "stödet", "bidraget" ("Om stödet", "Så söker du bidraget", review74d G2, G4) is
  // the page's own grant in other words; and one the other text does not name by the same first part with another grant
  // word ("Aktivitetsstöd" → "Aktivitetsbidrag", review74d G3: the same grant renamed)
  const stem = stemOf(word);
  if (stem === undefined || renamedIn(stem, other, otherSentences)) return false;
  // (a heading whose section reads as its first line's, "Projektbidrag" over "Ansökningstillfällen: 20 januari, …", diff q370, is one too)
  const heads = new Set([...sentences.map((x) => x.section), ...sentences.filter((x) => x.heading === true).map((x) => x.text)].filter((h): h is string => h !== undefined && h !== sentence.section));
  // … the other grant's section named in the other text as written, or renamed by the same first part ("Projektbidrag" →
  // "projektstöd", Region Västernorrland's kulturstöd 2016 → its page on stöd inom kulturområdet, diff q370/q371)
  return [...heads].some((h) => {
    const w = grantWordOf(h);
    if (w === undefined || w === word) return false;
    const s = stemOf(w);
    return other.includes(w) || (s !== undefined && renamedIn(s, other, otherSentences));
  });
}

/** the first grant compound a sentence names ("utvecklingsbidrag"), lower-cased: a first part of three letters or more */
function namedCompound(text: string): string | undefined {
  return text.split(/[^\p{L}-]+/u).map(grantWordOf).find((w) => w !== undefined && stemOf(w) !== undefined);
}

/**
 * Whether the other text names a grant by a compound of this first part and a grant word ("verksamhets" → "verksamhetsstöd"),
 * outside a list item where its sentences are known: an overview's list of what a body gives ("… ekonomiska stöd i form av •
 * tillfälliga projektstöd • årliga verksamhetsstöd", diff q371) names kinds of grant, none the text's own.
 */
function renamedIn(stem: string, other: string, otherSentences: readonly TextSentence[] | undefined): boolean {
  const names = (text: string): boolean => GRANT_WORDS.some((w) => text.includes(`${stem}${w}`));
  return otherSentences === undefined ? names(other) : otherSentences.some((x) => x.item !== true && names(x.text.toLowerCase()));
}

/**
 * The one comparison of yearless days both texts state (closing days, first days, periods), by their keys: another
 * day is a change, a day the other text no longer writes at all is removed or added; undefined when the sets agree.
 */
export function dayChange<T extends { readonly day: string }>(a: readonly T[], b: readonly T[], written: (text: string, x: T) => boolean, oldText: string, newText: string): { readonly kind: 'changed' | 'removed' | 'added'; readonly old?: T; readonly new?: T } | undefined {
  const da = new Set(a.map((x) => x.day));
  const db = new Set(b.map((x) => x.day));
  if (da.size === db.size && [...da].every((d) => db.has(d))) return undefined;
  const gone = a.find((x) => !db.has(x.day) && !written(newText, x));
  const come = b.find((x) => !da.has(x.day) && !written(oldText, x));
  // a day dropped from days that are otherwise all still there (a window left out of a list) is removed, one added to them added
  if (gone && b.every((x) => da.has(x.day))) return { kind: 'removed', old: gone };
  if (come && a.every((x) => db.has(x.day))) return { kind: 'added', new: come };
  if (gone && b.length > 0) return { kind: 'changed', old: gone, new: b.find((x) => !da.has(x.day)) ?? b[0]! };
  if (come && a.length > 0) return { kind: 'changed', old: a.find((x) => !db.has(x.day)) ?? a[0]!, new: come };
  if (gone) return { kind: 'removed', old: gone };
  if (come) return { kind: 'added', new: come };
  return undefined;
}

/** One anslagspost of a letter's table: "ap.9Särskilda medel till partierna … (ram)30 000", "30:1 ap.4Insatser (ram)12 000" */
export const POST_LINES: ReadonlyArray<SentenceRow<'funding.parts'>> = [
  {
    id: 'anslagspost-belopp', where: 'sentence', meaning: 'funding.parts', weight: 1,
    cue: /^\s*(?:\d{1,3}:\d{1,3}\s*)?ap\.\s?\d{1,3}\s?([^()\n]{1,150}?)\s?\((?:ram|obetecknat|ramanslag|obetecknat anslag)\)\s?(\d{1,3}(?:[ \u00a0]\d{3})*)(?:\s?tkr)?\s*$/iu,
    examples: ['ap.9Särskilda medel till partierna för informationsinsatser inför 2010 års allmänna val (ram)30 000', 'ap.11Demokrati - del till Kammarkollegiet (ram)650', '25:16 ap.1Bidrag till vissa organisationer för uppsökande verksamhet (Obetecknat)49 700 tkr'],
    counterExamples: ['Disponeras av Kammarkollegiet32 576', 'ap.9 Särskilda medel till partierna', 'Medlen under ap.9 får användas för informationsinsatser.'],
  },
];

/** The posts a letter lists under one agency's "Disponeras av" line, by name (its number left out), in kronor. */
export interface DisposedPosts { readonly line: DisposedSum; readonly posts: ReadonlyMap<string, number> }

/**
 * The anslagsposter a letter lists under the addressee's "Disponeras av" line, up to the next line that is no post (another
 * agency's line, the next anslag, a heading): each post's name in lower case, its number left out (posts are renumbered),
 * with its amount in kronor (the unit as disposedSums reads it). Undefined where the letter has no line of that agency.
 */
export function disposedPosts(text: string, agency: string): DisposedPosts | undefined {
  const line = disposedSums(text).find((x) => x.key.endsWith(`|${agency.trim().toLowerCase()}`));
  if (!line) return undefined;
  const lines = text.split('\n');
  const posts = new Map<string, number>();
  for (let i = line.sentence.line; i < lines.length && i < line.sentence.line + 60; i++) {
    const l = lines[i]!;
    if (l.length > 200) break;
    const m = POST_LINES[0]!.cue.exec(l);
    if (!m) break;
    posts.set(m[1]!.trim().toLowerCase().replace(/\s+/gu, ' '), Number(m[2]!.replace(/[ \u00a0]/gu, '')) * 1000);
  }
  return posts.size > 0 ? { line, posts } : undefined;
}

/**
 * How the posts the addressee disposes of changed between two letters (ESV's 6:1 letters to Kammarkollegiet 2010 → 2012: ap.9
 * Särskilda medel till partierna 30 000 tkr gone, ap.11 Demokrati 650 → 1 500 tkr, ap.24 Handlingsplan new, diff q256/q257):
 * a post gone, a post new or another amount is a change of the grant's parts, said by the two agency lines and their posts.
 * Only where both letters list posts under that agency's line, one of them two posts or more.
 */
export function disposedPostsChange(oldText: string, newText: string, agency: string): { readonly old: DisposedPosts; readonly new: DisposedPosts } | undefined {
  const a = disposedPosts(oldText, agency);
  const b = disposedPosts(newText, agency);
  // one post under the line on each side is the disposed sum itself, the total's (disposedSumChange), not a split
  if (!a || !b || (a.posts.size < 2 && b.posts.size < 2)) return undefined;
  const same = a.posts.size === b.posts.size && [...a.posts].every(([k, v]) => b.posts.get(k) === v);
  return same ? undefined : { old: a, new: b };
}

/** A letter's posts as words: "ap. Demokrati - del till Kammarkollegiet 650 000 kr; …" */
export function postsWords(p: DisposedPosts): string {
  const kr = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')} kr`;
  return [...p.posts].map(([name, v]) => `${name} ${kr(v)}`).join('; ');
}

/**
 * A sentence that says by when a report is due, by a day or a term (reporting.due is a dated day only, so a term, or a day
 * without its year, is in no spec): "Vårens bidrag redovisas senast 31.12. samma år …" → "Alla beviljade bidrag skall
 * redovisas senast inom ett år från beskedet." (Konstsamfundet 2018 → 2020, dev 1858/q293). The change report's text pass
 * reports such a sentence's change as the report's due day, where neither spec states that day.
 */
export const REPORT_DUE_SENTENCES: ReadonlyArray<SentenceRow<'reporting.due'>> = [
  {
    id: 'redovisas-senast', where: 'sentence', meaning: 'reporting.due', weight: 1,
    cue: wordy(/\b(?:redovisas|redovisa|återrapporteras|återrapportera|(?:slut)?redovisningen|slutrapporten|återrapporteringen)\b[^.!?]{0,60}?\b(?:senast\b|inom\s+(?:ett|en|två|tre|fyra|sex|\d{1,2})\s+(?:år|månader|månad|veckor|dagar)\b|före\s+den\s+\d)/iu),
    examples: ['Vårens bidrag redovisas senast 31.12. samma år och höstens bidrag senast 30.6. följande år.', 'Alla beviljade bidrag skall redovisas senast inom ett år från beskedet.', 'Projektet ska återrapporteras inom två månader efter avslutat projekt.'],
    counterExamples: ['Redovisningen ska innehålla en budget och en verksamhetsberättelse.', 'Ansökan ska vara inne senast 1 mars.', 'Bidraget ska användas inom ett år från beslutet.', 'Här hittar du information om hur du ska redovisa bidraget och vilka projekt som har beviljats bidrag de senaste åren.'],
  },
];
