import { sv } from '../parse/unicode.js';
import type { Cue } from './types.js';

// The leads that let a date written in figures only ("21.2.2019", "7.3 2024", "15/3-2022") be a
// date at all (extract/parse/numeric-dates.ts): figures joined by dots are just as often version,
// paragraph or list numbers, so such a figure is read as a date only when the words right before
// it give it a role. Each pattern ends in $ and reads the (at most 48) characters before the
// figure. A lead only makes the figure a date; which role the date plays is the finders' work.

export const NUMERIC_DATE_LEADS: ReadonlyArray<Cue<'date-lead'>> = [
  {
    // "senast den 21.2.2019", "senast 15/3-2022", "före 1.3.2024", "inlämnad senast den …"
    id: 'deadline-word', where: 'before', meaning: 'date-lead', weight: 1,
    // … and the English word with what it is the deadline for ("Deadline för ansökningsomgången är 30.9.2020", dev 1989)
    cue: sv(/\b(?:senast|före|innan|sista\s+(?:ansöknings)?dag(?:en)?\s+(?:är\s+)?|deadline\s+(?:för\s+[\p{L}-]{1,30}\s+)?(?:är\s+|var\s+)?)\s*(?:den\s+)?$/iu),
    examples: ['Ansökningarna bör inkomma senast den ⟨21.2.2019⟩ kl. 15.00.', 'Ansökan ska vara inkommen senast ⟨15/3-2022⟩.', 'Sista ansökningsdag är ⟨1.3.2024⟩.', 'Deadline för utlysningen är ⟨1.10.2021⟩, och beslut kommer i december.'],
    counterExamples: ['Enligt version ⟨1.2.2020⟩ av riktlinjerna gäller följande.', 'Se avsnitt ⟨3.1.2019⟩ nedan.'],
  },
  {
    // "öppen till och med 7.3 2024", "t.o.m. 31.12.2024", "från och med 1.1.2024", "fr.o.m. 1.1.2024"
    id: 'range-word', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:till\s+och\s+med|från\s+och\s+med|t\.\s?o\.\s?m\.?|fr\.\s?o\.\s?m\.?|tom|fom)\s*(?:den\s+)?$/iu),
    examples: ['Ansökan är öppen till och med ⟨7.3 2024⟩.', 'Stödet gäller fr.o.m. ⟨1.1.2024⟩.'],
    counterExamples: ['Punkterna 2.1 till ⟨2.3.2019⟩ gäller.', 'Tabell ⟨4.2.2020⟩ visar utfallet.'],
  },
  {
    // "under perioden 22.2-13.3.2023" (a range needs no lead; a single day after "perioden" does)
    id: 'period-word', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:perioden|tiden|mellan|från|pågår|pågick|går\s+ut|löper\s+ut|stänger|öppnar|upphör)\s*(?:den\s+)?$/iu),
    examples: ['Ansökningstiden går ut ⟨15.10.2021⟩.', 'E-tjänsten öppnar ⟨1.2.2024⟩.'],
    counterExamples: ['Kapitel ⟨5.2.2020⟩ i handboken.', 'Enligt paragraf ⟨12.3.2018⟩ i stadgan.'],
  },
  {
    // a weekday right before the figures: "förlängts till tisdag 5.10.2020 kl. 16.15", "onsdagen 1.3.2023"
    id: 'weekday', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+$/iu),
    examples: ['Ansökningsfristen har förlängts till tisdag ⟨5.10.2020⟩ kl. 16.15.', 'Mötet hålls onsdagen ⟨1.3.2023⟩.'],
    counterExamples: ['Enligt version ⟨5.10.2020⟩ av riktlinjerna gäller tisdagar.', 'Se punkt ⟨5.10.2020⟩ i avtalet från tisdagen.'],
  },
  {
    // the window's start or a last day told with "börjar" or "fram till": "Ansökningstiden börjar 16.1.2023 och går ut …",
    // "Stödet går att söka nu fram till 15.2.2022"
    id: 'borjar-fram-till', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:börjar|började|fram\s+till)\s*(?:den\s+)?$/iu),
    examples: ['Ansökningstiden börjar ⟨16.1.2023⟩ och går ut 28.2.2023 kl. 16.15.', 'Stödet går att söka nu fram till ⟨15.2.2022⟩, läs mer här.'],
    counterExamples: ['Avsnitt ⟨16.1.2023⟩ börjar på sidan fyra.', 'Tabellen fram till avsnitt ⟨15.2.2022⟩ visar utfallet.'],
  },
  {
    // the window's noun with "är" or a colon, as Finland-Swedish pages state the window: "Följande ansökningsperiod är
    // 1–31.12.2018." (dev 1852), "Ansökningstid: 1-28.2.2022" (dev 1859)
    id: 'window-noun', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\bansöknings(?:perioden|period|tiden|tid|omgången|omgång)\s*(?::|är)\s*(?:den\s+)?$/iu),
    examples: ['Följande ansökningsperiod är ⟨1–31.12.2018⟩.', 'Ansökningstid: ⟨1-28.2.2022⟩', 'Ansökningstiden är ⟨15.3.2024⟩.'],
    counterExamples: ['Ansökningsperioden har ändrats, se version ⟨1.2.2020⟩.', 'Ansökningstiden förlängs enligt avsnitt ⟨3.1.2019⟩.'],
  },
  {
    // the application's verb right before the figures, as another Finland-Swedish body states the same window: "Stipendierna
    // kan sökas 1–31.12.2018.", "Ansökan kan lämnas in 1–28.2.2022." (paraphrases of dev 1852's and 1859's windows, h/vary59)
    id: 'kan-sokas-dagar', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:kan|får)\s+(?:sökas|ansökas|lämnas\s+in|skickas\s+in)\s+(?:under\s+tiden\s+|mellan\s+)?(?:den\s+)?$/iu),
    examples: ['Stipendierna kan sökas ⟨1–31.12.2018⟩.', 'Ansökan kan lämnas in ⟨1–28.2.2022⟩.'],
    counterExamples: ['Ansökan kan lämnas in, se avsnitt ⟨3.1.2019⟩.', 'Stipendierna kan sökas enligt punkt ⟨1.2.2020⟩.'],
  },
  {
    // a label of a window's or a report's day and its colon right before the figures: "Sista ansökningsdag: 1.3.2025",
    // "Deadline: 1/3 2025", "Ansökan öppnar: 1.3.2025", "Sista dag för redovisning: 1.3.2025" (grid66, constructed)
    id: 'day-label-colon', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/\b(?:ansökningsdag(?:en)?|ansökningsdatum|sista\s+(?:dag|datum)\s+(?:att|för)\s+[\p{L}-]{1,20}|deadline|stänger|stängs|öppnar|redovisas\s+senast)\s*:?\s*(?:\*{1,2}\s*)?(?:den\s+)?$/iu),
    examples: ['Sista ansökningsdag: ⟨1.3.2025⟩', 'Deadline: ⟨1/3 2025⟩', '**Deadline:** ⟨1.3.2025⟩', 'Ansökan öppnar: ⟨1.3.2025⟩', 'Sista dag för redovisning: ⟨1.3.2025⟩'],
    counterExamples: ['Version: ⟨1.2.2020⟩', 'Sista ansökningsdag framgår av avsnitt ⟨3.1.2019⟩.'],
  },
  {
    // the figures right after a definition list's colon, below the label that gives them their role ("Sista ansökningsdag" /
    // ": 1.3.2025", grid66, constructed); a figure that only starts a line is not led ("1.2.2020 Ansökan och bilagor" is a
    // numbered part), so "Sista ansökningsdag" / "1.3.2025" on two lines stays open
    id: 'definition-colon', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/^\s*:\s*$/u),
    examples: [': ⟨1.3.2025⟩'],
    counterExamples: ['⟨1.2.2020⟩ Ansökan och bilagor', 'Version: ⟨1.2.2020⟩'],
  },
  {
    // a weekday or "den" right before the figures: "måndagen den 27.6.2016", "den 15.3.2024"
    id: 'den', where: 'before', meaning: 'date-lead', weight: 1,
    cue: sv(/(?:^|\s)den\s+$/iu),
    examples: ['Protokollet justeras måndagen den ⟨27.6.2016⟩.', 'Beslut fattas den ⟨15.3.2024⟩.'],
    counterExamples: ['Version ⟨1.2.2020⟩ är den senaste.', 'Denna ⟨1.2.2020⟩ gäller.'],
  },
];

// What keeps figures that have the shape of a date, or of a range of dates, from being one even
// where a lead or the range's shape would make them a date: hours in a clock range ("kl.
// 9.05-10.05 2024" is half past nine to five past ten, not 9 May to 10 May), numbered parts of a
// document ("Bilaga 2.1–2.3.2020") and a decimal before an amount ("höjs från 2.5 2000 kronor"). Read on the (at most 48) characters on each side.
export const NUMERIC_DATE_VETOES: ReadonlyArray<Cue<'not-date'>> = [
  {
    // hours and minutes after a clock word: "öppet kl. 9.05-10.05 2024", "klockan 10.10–11.11 2023"
    id: 'clock-before', where: 'before', meaning: 'not-date', weight: 1,
    cue: sv(/\b(?:kl\.?|klockan)\s*$/iu),
    examples: ['Öppet kl. ⟨9.05-10.05 2024⟩ i salen.', 'Telefontid klockan ⟨10.10–11.11 2023⟩.'],
    counterExamples: ['Ansökan ska vara inne kl. 12.00 den ⟨21.2.2019⟩.', 'Under perioden ⟨22.2-13.3.2023⟩ kl. 9.00.'],
  },
  {
    // numbered parts of a document, listed from one to another: "Bilaga 2.1–2.3.2020", "avsnitten
    // 4.1-4.3.2019" (a range's shape alone made these dates)
    id: 'numbered-part-before', where: 'before', meaning: 'not-date', weight: 1,
    cue: sv(/\b(?:avsnitt(?:et|en)?|punkt(?:en|er|erna)?|bilag(?:a|an|or|orna)|kapitl(?:et|en)|kapitel|paragraf(?:en|er|erna)?|tabell(?:en|er|erna)?|version(?:en|er|erna)?|figur(?:en|er|erna)?)\s*$/iu),
    examples: ['Bilaga ⟨2.1–2.3.2020⟩ beskriver budgeten.', 'Se avsnitten ⟨4.1-4.3.2019⟩ i handboken.'],
    counterExamples: ['Enligt avsnitt 4 är ansökan öppen ⟨22.2-13.3.2023⟩.', 'Ansökan är öppen under perioden ⟨22.2-13.3.2023⟩.'],
  },
  {
    // the "year" is an amount: "från 2.5 2000 kronor", "mellan 1.5 2000 kr och …"
    id: 'amount-after', where: 'after', meaning: 'not-date', weight: 1,
    cue: sv(/^\s*(?:kr\b|kronor|tkr\b|mkr\b|sek\b|euro|eur\b|€)/iu),
    examples: ['Stödet höjs från ⟨2.5 2000⟩ kronor per år.', 'Bidraget är mellan ⟨1.5 2000⟩ kr och 3 000 kr.'],
    counterExamples: ['Ansökan är öppen till och med ⟨7.3 2024⟩ kl. 16.', 'Ansökan ska vara inkommen senast ⟨15/3-2022⟩, kronor anges i budgeten.'],
  },
];
