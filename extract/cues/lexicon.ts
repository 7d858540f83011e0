// The Swedish lexicon the finders share, as data: month names, number words, amount multipliers,
// recipient nouns and agency names. Parsers and cue tables build their patterns from these lists.
import { alternation, AMOUNT_SCALES, MONTH_NAMES, RECIPIENT_NOUNS as SHARED_NOUNS, type RecipientNoun } from '../../specs/lexicon.js';

export type { RecipientNoun } from '../../specs/lexicon.js';

/** The abbreviations of each month (index 0 is January) a text writes beside the full names of specs/lexicon.ts. */
const MONTH_ABBREVIATIONS: ReadonlyArray<readonly string[]> = [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dec']];

/** Every month word and its number: the full names (one list, shared with specs/, MONTH_NAMES), each followed by its abbreviations. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.flatMap((name, i) => [name, ...MONTH_ABBREVIATIONS[i]!].map((word) => [word, i + 1] as const)),
  // English calls write their days the same way ("by 4 pm on Thursday 1 February 2018", "15 August 2024"):
  // the English names not already spelled as Swedish ones above
  ...Object.entries({ january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10 }),
  // Norwegian and Danish reporting pages name their months so ("31. januar 2020", "6. marts 2020", "1. desember"; dev 1712):
  // the names not already spelled as Swedish or English ones above
  ...Object.entries({ januar: 1, februar: 2, marts: 3, mai: 5, desember: 12 }),
]);

/** The twelve month names spelled out, as one alternation: for a pattern that reads a month word without its abbreviations. */
export const MONTH_WORDS: string = alternation(MONTH_NAMES);

/** Number words as grant texts write small counts: the shared table (specs/lexicon.ts), which the change report reads too. */
export { NUMBER_WORDS } from '../../specs/lexicon.js';

/** The scales, largest first (specs/lexicon.ts AMOUNT_SCALES, the one table the change report reads too). */
const SCALES = [...AMOUNT_SCALES].sort((a, b) => b.power - a.power);

/** Amount multipliers: every form of a scale (word, unit or abbreviation) and the factor it stands for. */
export const MULTIPLIERS: ReadonlyArray<readonly [readonly string[], string]> = SCALES
  .map((s) => [[...s.words, ...s.units, ...s.alsoRead], `1${'0'.repeat(s.power)}`] as const);

/**
 * Recipient nouns, every form a text uses, as [type, forms]: read from the one table the extractor and
 * the change report share (specs/lexicon.ts RECIPIENT_NOUNS). "landsting", the regions' name until 2019
 * in older anvisningar, is `region`.
 */
export const RECIPIENT_NOUNS: ReadonlyArray<readonly [RecipientNoun, readonly string[]]> = SHARED_NOUNS.map((row) => [row.type, row.forms] as const);

/** The plural forms a text uses for "the recipients of one type" ("Regionerna kan även …"), from the same table. */
export const RECIPIENT_PLURALS: ReadonlyArray<readonly [RecipientNoun, readonly string[]]> = SHARED_NOUNS.filter((row) => row.type !== 'organisation').map((row) => [row.type, row.plurals] as const);

/** Agencies that distribute grants, as texts name them. SKR is a party, never the distributor. */
export const AGENCIES: readonly string[] = [
  'Socialstyrelsen', 'Skolverket', 'Naturvårdsverket', 'MUCF', 'Myndigheten för ungdoms- och civilsamhällesfrågor',
  'Folkhälsomyndigheten', 'Länsstyrelsen', 'Försäkringskassan', 'Boverket', 'Tillväxtverket', 'Vinnova',
  'Kammarkollegiet', 'Specialpedagogiska skolmyndigheten', 'Arbetsförmedlingen', 'Myndigheten för delaktighet',
  'Jämställdhetsmyndigheten', 'Migrationsverket', 'Kulturrådet', 'Statens kulturråd', 'Energimyndigheten',
  'Trafikverket', 'Brottsoffermyndigheten', 'Myndigheten för vård- och omsorgsanalys', 'E-hälsomyndigheten',
  'Inspektionen för vård och omsorg', 'Sveriges Kommuner och Regioner', 'SKR', 'SKL',
  // appended: agencies as förordningar name them
  'Statens skolverk',
];

/**
 * Research councils a government decision names by their short name ("får Formas använda högst 47 miljoner kronor"):
 * bodies that dispose of a decision's money, kept apart from AGENCIES (which also names a page's own agency for its title).
 */
export const RESEARCH_COUNCILS: readonly string[] = ['Formas', 'Forte', 'Vetenskapsrådet'];

/** Parties named in grant texts that never distribute the grant themselves. */
export const NOT_DISTRIBUTORS: ReadonlySet<string> = new Set(['SKR', 'SKL', 'Sveriges Kommuner och Regioner']);

/** Longest first, so an alternation prefers "kommunerna" to "kommun" (one helper, shared with specs/). */
export { alternation } from '../../specs/lexicon.js';

/**
 * Who a payment instruction's part goes to ("betala ut 5 500 000 kronor till SKR", "tilldelas
 * totalt 1,5 miljoner kronor" said of länsstyrelserna), every form a decision uses.
 */
export const PART_RECIPIENTS: ReadonlyArray<readonly ['region' | 'kommun' | 'länsstyrelse' | 'organisation', readonly string[]]> = [
  ['kommun', ['kommun', 'kommuner', 'kommunerna', 'kommunen']],
  ['region', ['region', 'regioner', 'regionerna', 'regionen', 'landsting', 'landstingen', 'landstinget']],
  ['länsstyrelse', ['länsstyrelse', 'länsstyrelser', 'länsstyrelserna', 'länsstyrelsen']],
  ['organisation', ['SKR', 'SKL', 'Sveriges Kommuner och Regioner', 'Sveriges Kommuner och Landsting', 'organisation', 'organisationer', 'organisationerna', 'professionsorganisationer', 'professionsorganisationerna']],
];

/** The parts of a year a vague date names ("i början av 2027", "under hösten 2026"). */
export const YEAR_PARTS: Readonly<Record<string, 'early' | 'late' | 'spring' | 'summer' | 'autumn'>> = {
  början: 'early', slutet: 'late', våren: 'spring', sommaren: 'summer', hösten: 'autumn',
};

/** Abbreviations whose period does not end a sentence: the list lives with the shared splitter in specs/ (specs/ imports nothing from extract/). */
export { ABBREVIATIONS } from '../../specs/sentences.js';

/**
 * The named pieces of a föreningsbidrag's formula, each a fixed sum per förening or a pot of its own
 * beside the grant ("Grundbidraget uppgår till 2 000 kronor", "Ett ledarstöd på totalt 200 000 kr"):
 * a sum said of one of them is never the whole grant's total.
 */
export const FORMULA_COMPONENTS: readonly string[] = ['grundbidrag', 'basbidrag', 'grundbelopp', 'grundstöd', 'ledarstöd', 'ledarbidrag'];

/** The conjunctions that join a list's items ("…, och", "… samt"): list punctuation, not item text. */
export const LIST_CONJUNCTIONS: readonly string[] = ['och', 'samt', 'eller'];

/**
 * Sentence adverbs that may stand between a verb and its "inte" without changing what the sentence rules:
 * "Du kan däremot inte få stöd för …", "Bidrag … utgår däremot inte för …", "… får dock inte lämnas till …".
 * The exclusion rows are read with them taken out, so that no row needs its own adverb slot.
 */
export const NEGATION_ADVERBS: readonly string[] = ['däremot', 'dock', 'generellt', 'normalt', 'i regel', 'som regel', 'vanligtvis', 'alltså', 'därför', 'således', 'heller'];

/**
 * What a grant rule says the money is given for, as its object: "Bidrag kan beviljas för löner och löneliknande
 * förmåner." (dev 1258), "Stödet beviljas för bland annat arvode för artister, …" (dev 1195).
 */
export const COST_NOUNS: readonly string[] = ['kostnader', 'utgifter', 'löner', 'lön', 'lönekostnader', 'arvode', 'arvoden', 'lokalhyra', 'lokalkostnader', 'hyra', 'material', 'materiel', 'resor', 'resekostnader', 'utrustning', 'inköp', 'marknadsföring', 'investeringar', 'en åtgärd', 'åtgärder', 'insatser', 'projekt', 'verksamhet'];

/** The multipliers a text spells out after a number word ("tio miljoner kronor"), longest form first. */
export const SPELLED_MULTIPLIERS: readonly string[] = SCALES.flatMap((s) => s.words);

/**
 * Foreign currencies as texts write them, by ISO 4217 code: an amount in one of these is never
 * kronor ("283 721 US-dollar", "5 miljoner euro", "2 miljoner norska kronor").
 */
export const CURRENCIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['USD', ['US-dollar', 'USA-dollar', 'amerikanska dollar', 'dollar', 'USD', 'US$']],
  ['EUR', ['euro', 'euros', 'EUR', '€']],
  ['GBP', ['brittiska pund', 'pund', 'GBP', '£']],
  ['NOK', ['norska kronor', 'NOK']],
  ['DKK', ['danska kronor', 'DKK']],
  ['ISK', ['isländska kronor', 'ISK']],
  ['CHF', ['schweiziska franc', 'schweizerfranc', 'CHF']],
];

/**
 * The krona as texts write it after a figure: the words and the code ("5 000 000 kronor", "500 000 kr", "275 000 SEK"); the code
 * also stands before the figure ("SEK 275 000"). With the scales' forms that carry the krona in themselves ("mnkr", "Mkr",
 * "tkr", "MSEK"), the one unit every funding row reads a sum by (KRONOR_UNIT, KRONOR_SUM; money87).
 */
export const KRONOR_WORDS: readonly string[] = ['kronor', 'svenska kronor', 'kr', 'SEK'];

/** A scale's forms as one list: its words ("miljoner") and its other forms ("milj", "tusen", "mdr"), or its one-word krona ("mnkr", "tkr", "MSEK"). */
const scaleForms = (krona: boolean): string[] => SCALES.flatMap((s) => [...s.words, ...s.units, ...s.alsoRead]).filter((w) => /(?:kr|sek)$/iu.test(w) === krona);
/** The one-word scaled krona in the cases texts write it ("mkr", "Mkr", "MSEK"): a row without the i flag reads them too. */
const SCALED_KRONA: readonly string[] = [...new Set(scaleForms(true).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]))];

/** The unit after a figure of kronor, every form the lexicon knows (KRONOR_WORDS and the scaled krona): a regex source, no dot. */
export const KRONOR_UNIT = String.raw`(?:${alternation([...KRONOR_WORDS, ...SCALED_KRONA])})(?![\p{L}])`;

/** A scale word between a figure and its krona ("miljoner", "miljard", "milj.", "tusen", "mdr"): a regex source. */
export const KRONOR_SCALE = String.raw`(?:${alternation(scaleForms(false))})\.?`;

/**
 * A sum in kronor as a row reads it inside its sentence, in every unit the lexicon knows: a figure (digits, spaces, a decimal
 * comma), a scale word or none, and KRONOR_UNIT ("1,5 miljoner kronor", "275 000 SEK", "3 000 tkr", "12 MSEK"); or the code before
 * the figure ("SEK 275 000", "SEK 5 miljoner"). Bounded, no nested quantifier (linear). A regex source for a row built with
 * `new RegExp` (flags iu or u: the unit's cases are listed).
 */
export const KRONOR_SUM = String.raw`(?:SEK[ \u00a0]?\d[\d\s\u00a0,]{0,20}(?:${KRONOR_SCALE}(?![\p{L}]))?|\d[\d\s\u00a0,]{0,20}(?:${KRONOR_SCALE}\s+)?${KRONOR_UNIT})`;

/**
 * KRONOR_SUM, or a figure with a scale word and no krona after it ("350 miljoner", as the amount parser reads it too:
 * extract/parse/amounts.ts): for a row that reads "… 500 miljoner till …" as a sum (money87).
 */
export const KRONOR_OR_SCALED_SUM = String.raw`(?:${KRONOR_SUM}|\d[\d\s\u00a0,]{0,20}${KRONOR_SCALE}(?![\p{L}]))`;

/**
 * Shares of a sum in words, as the fraction they state ("hälften av medlen", "en tredjedel av
 * beloppet"); "N procent" and "två procent" are read as N/100 by the finder.
 */
export const SHARE_WORDS: Readonly<Record<string, string>> = {
  hälften: '1/2', 'en halva': '1/2', 'en tredjedel': '1/3', 'två tredjedelar': '2/3', 'en fjärdedel': '1/4',
  'tre fjärdedelar': '3/4', 'en femtedel': '1/5', 'en tiondel': '1/10',
};

/** A half added to a spelled number before its multiplier: "fem och en halv miljon kronor" is 5 500 000. */
export const AND_A_HALF = String.raw`och\s+en\s+halv`;

/** The Swedish stop words (function words, the verbs of a rule, the grant's own nouns): one list, shared with the change report in specs/. */
export { STOP_WORDS } from '../../specs/lexicon.js';

/**
 * Adverbs that may stand between a passive "kan sökas" and its agent: "Bygdemedel kan sökas framförallt av föreningar"
 * (dev 1752). Each ends in the space before "av".
 */
export const AGENT_ADVERBS = String.raw`(?:framförallt|framför\s+allt|främst|huvudsakligen|i\s+första\s+hand)\s+`;

/**
 * The call a text announces, named after a preposition: "i denna utlysning", "i den här utlysningen" (the noun definite
 * after "den här"), "i denna ansökningsomgång", "för årets utlysning". A part of a whole named with it is the call's own
 * sum ("varav 15 miljoner kronor i denna utlysning"); the whole before it is not (review52 i5, vary63).
 */
export const THIS_CALL = String.raw`(?:i|för|till)\s+(?:(?:denna|detta)\s+(?:utlysning|ansökningsomgång|omgång)|den\s+här\s+(?:utlysningen|ansökningsomgången|omgången|utlysning|ansökningsomgång|omgång)|årets\s+(?:utlysning|ansökningsomgång|omgång))\b`;

/**
 * A group a part of a sum goes to, between the part and THIS_CALL: "varav 15 miljoner kronor till regionerna i denna
 * utlysning", "… till ideella föreningar i denna ansökningsomgång" (review58, vary63): "till" and one to three words.
 */
export const PART_GOES_TO = String.raw`(?:till\s+(?:[\p{L}-]{2,30}\s+){1,3}?)?`;

/**
 * A part of a whole named with THIS_CALL after "varav" ("varav 15 miljoner kronor till regionerna i denna utlysning"): the whole
 * before it is not the call's total. Never a floor or a ceiling after "varav": "varav minst 1 miljon kronor till unga i den här
 * utlysningen" earmarks a least sum within the call, and "varav högst 500 000 kronor per projekt i denna utlysning" caps each
 * one's (review65, constructed: both lost the whole).
 */
export const THIS_CALL_PART = String.raw`(?:varav|därav)\s+(?!(?:minst|högst|lägst|maximalt|max|upp\s+till)\s)[^.]{1,70}?\s${THIS_CALL}`;

/**
 * A whole sector named as the receiver of an agency's yearly sum across all its grants ("300 miljoner kronor i bidrag
 * till civilsamhället", "2,5 miljarder kronor till kultur i hela landet"; issue 12, left64): a regex source.
 */
export const WHOLE_SECTORS = String.raw`(?:det\s+)?(?:civila\s+samhället|civilsamhället|kultur(?:en|livet|sektorn)?|idrott(?:en|srörelsen)?|forskning(?:en)?|föreningslivet|folkbildning(?:en)?)`;
