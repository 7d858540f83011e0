// The Swedish words every stage reads, one table each: the stop words everything that compares texts
// by their words drops (the change report's list matching, specs/diff/lists.ts, and its "same grant?"
// title comparison, specs/diff/identity.ts; the extractor's lexicon re-exports them, extract/cues/
// lexicon.ts), and the words of a web page's chrome (the extractor's reader drops the elements they
// label, extract/read/chrome.ts and extract/cues/chrome.ts; the change report reads a title of them
// as no title). It lives in specs/ because specs/ imports nothing from extract/.

/**
 * Words that say nothing about what a sentence or title is about: function words (conjunctions,
 * prepositions, pronouns, articles), the modal and auxiliary verbs of a rule, and the grant's own
 * nouns, which every item and title of a grant has ("medlen får …", "Statsbidrag till …").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // function words
  'och', 'att', 'för', 'till', 'av', 'med', 'som', 'den', 'det', 'de', 'en', 'ett', 'på', 'om', 'i', 'eller', 'samt',
  'från', 'under', 'vid', 'inom', 'efter', 'enligt', 'genom', 'mot', 'över', 'utan', 'mellan', 'hos', 'in', 'ut', 'upp',
  'sina', 'sin', 'sitt', 'dess', 'deras', 'denna', 'detta', 'dessa', 'där', 'så', 'även', 'också', 'inte', 'ej',
  'andra', 'annan', 'annat', 'olika', 'vissa', 'ni', 'vi', 'man', 'sig',
  // the verbs of a rule
  'är', 'vara', 'har', 'ha', 'ska', 'skall', 'får', 'kan', 'måste', 'bör',
  // the grant's own nouns
  'medel', 'medlen', 'bidrag', 'bidraget', 'bidragen', 'statsbidrag', 'statsbidraget', 'stöd', 'stödet', 'pengar',
  'pengarna', 'anslag',
]);

/** What a word of a page's chrome labels. */
export type ChromeLabel = 'cookie' | 'breadcrumb' | 'menu' | 'skip' | 'tools' | 'home' | 'contact';

/**
 * The words of a web page's chrome, by what they label, as its aria labels and a heading taken for a
 * title show them ("Samtycke till kakor", "Brödsmulor", "Startsida", "Hoppa till huvudinnehåll",
 * "Meny", "Dela sidan"): a title made of these and stop words names no grant, and an element whose
 * aria label holds a cookie or breadcrumb word is chrome.
 */
export const PAGE_CHROME: Readonly<Record<ChromeLabel, readonly string[]>> = {
  cookie: ['cookie', 'cookies', 'kakor'],
  breadcrumb: ['breadcrumb', 'brödsmulor'],
  menu: ['meny', 'huvudmeny', 'navigering', 'sök', 'sökning'],
  skip: ['hoppa', 'huvudinnehåll', 'innehållet', 'innehåll'],
  tools: ['lyssna', 'dela', 'sidan', 'skriv', 'logga'],
  home: ['startsida', 'startsidan', 'english', 'webbplats', 'webbplatsen', 'här'],
  contact: ['kontakt', 'kontakta', 'oss'],
};

/** Every word of PAGE_CHROME. */
export const PAGE_CHROME_WORDS: ReadonlySet<string> = new Set(Object.values(PAGE_CHROME).flat());

/**
 * The Swedish month names, January first (index 0 is januari): the extractor's date parser and cue
 * tables (extract/cues/lexicon.ts MONTHS adds the abbreviations and English names), the population
 * table's reference date (extract/allocation/population.ts) and the change report's yearless closing
 * days (specs/diff/closing.ts) all read them from here.
 */
/** Number words as grant texts write small counts ("följande sju regioner", "till åtta nya våtmarksprojekt"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18,
  nitton: 19, tjugo: 20, tjugoen: 21, tjugoett: 21,
};

export const MONTH_NAMES: readonly string[] = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** One scale of an amount: the power of ten it stands for, the words written before "kronor", the units that are the scaled krona. */
export interface AmountScale {
  readonly power: 3 | 6 | 9;
  /** written between the figure and "kronor": "87 miljoner kronor", "1,395 miljarder kronor" */
  readonly words: readonly string[];
  /** the scaled krona in one word: "125 mnkr" */
  readonly units: readonly string[];
  /**
   * the other forms the extractor reads as this scale ("15 milj kr", "2 mdr", "155 tkr", "tio tusen"), which the
   * change report neither writes an amount in nor reads a written sum by
   */
  readonly alsoRead: readonly string[];
}

/**
 * The words that scale an amount, one table for the extractor and the change report: the extractor's
 * multipliers (extract/cues/lexicon.ts MULTIPLIERS: every form of a row), the forms the change report writes an
 * amount in (specs/diff/stated.ts amountForms: "125 miljoner", "1,395 miljarder", "125 mkr": words and units) and
 * the amount a written sum stands for (kronorOf, for a decision's rounded sum, specs/diff/closing.ts: words).
 */
export const AMOUNT_SCALES: readonly AmountScale[] = [
  // 'milj' only as the extractor's amount parser reads it, before kronor: '15 milj kr', '190,5 milj. kr'
  // 'msek', the scaled krona as an international call writes it ("budget 12 MSEK"; money87)
  { power: 6, words: ['miljoner', 'miljon'], units: ['mnkr', 'mkr'], alsoRead: ['mn', 'milj', 'msek'] },
  { power: 9, words: ['miljarder', 'miljard'], units: [], alsoRead: ['mdkr', 'mdr', 'mrd'] },
  { power: 3, words: [], units: [], alsoRead: ['tkr', 'tusen'] },
];

/** The power of ten a scale word ("miljoner", "miljard", any case) stands for; 0 for none or a word no scale has. */
export function scalePower(word: string | undefined): number {
  const w = word?.toLowerCase();
  return w === undefined ? 0 : AMOUNT_SCALES.find((s) => s.words.includes(w))?.power ?? 0;
}

/** Every scale word of AMOUNT_SCALES, as one alternation (longest first). */
export const SCALE_WORDS: string = alternation(AMOUNT_SCALES.flatMap((s) => s.words));

/** a sum in kronor as written: the figure (group 1: "87", "1 200 000", "1,395"), a scale word or none (group 2), "kronor" or "kr" */
const KRONOR_PHRASE = new RegExp(String.raw`(\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d{1,3})?)\s+(?:(${SCALE_WORDS})\s+)?(?:kronor|kr)`, 'iu');

/**
 * A written sum's amount in kronor, as a key: "drygt 87 miljoner kronor", "87 miljoner kr" and "87 000 000 kronor" are one
 * amount written three ways (a reworded decision is no change), and the words that round it ("drygt", "cirka") or sum
 * it up ("totalt") leave the amount as it is. Undefined when the figure cannot be read.
 */
export function kronorOf(phrase: string): string | undefined {
  const m = KRONOR_PHRASE.exec(phrase);
  if (!m) return undefined;
  const [whole, frac = ''] = m[1]!.replace(/[\s\u00a0]/gu, '').split(',');
  const unit = scalePower(m[2]);
  // exact in decimal: shift the figure's digits, never a floating product
  if (frac.length > unit) return `${whole}${frac}`.replace(/^0+(?=\d)/u, '') + `/${10 ** (frac.length - unit)}`;
  return `${whole}${frac}${'0'.repeat(unit - frac.length)}`.replace(/^0+(?=\d)/u, '');
}

/**
 * The labels a contact line writes before a number or an address, never part of a person's name: "kontakta handläggare Anna
 * Berg Telefon 011-12 34 56" names Anna Berg (specs/diff/contacts.ts kontakta-roll-namn; review47 u2). Capitalised.
 */
export const CONTACT_LABELS: readonly string[] = ['Telefon', 'Telefonnummer', 'Tel', 'Tfn', 'E-post', 'Epost', 'Mejl', 'Mail', 'Mobil', 'Mobilnummer', 'Växel', 'Fax', 'Adress'];

/**
 * Sentence openers that stand before a subject without being part of its name: "Även Riksförbundet frivilliga
 * samhällsarbetare (RFS) fick …" names the same organisation as "Riksförbundet frivilliga samhällsarbetare (RFS) fick …"
 * (specs/diff/awards.ts organisation-fick-bidrag; review47 v1). Capitalised as a sentence's first word.
 */
export const SENTENCE_OPENERS: readonly string[] = ['Även', 'Också', 'Dessutom', 'Bland annat', 'I år', 'I fjol', 'Därtill', 'Likaså', 'Vidare', 'Sedan', 'Nu', 'Samtidigt', 'Slutligen', 'Till exempel', 'Exempelvis'];

/** Longest first, so an alternation prefers "kommunerna" to "kommun"; each word escaped. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|');
}

/** The recipient types a noun of RECIPIENT_NOUNS names (the contract's recipients.types). */
export type RecipientNoun = 'region' | 'kommun' | 'organisation';

/** One recipient noun: every form a text writes, and what else names the type. */
export interface RecipientNounRow {
  readonly type: RecipientNoun;
  /** every form, as a whole word ("kommun", "kommunerna", "landstingen") */
  readonly forms: readonly string[];
  /**
   * the plural forms: the recipients of the type as a group ("Regionerna kan även använda …", "Kommuner
   * och landsting kan söka"); a singular ("i kommunen") is the place, not a kind of applicant
   */
  readonly plurals: readonly string[];
  /** plurals also read as the last part of a compound, a kind of the noun ("riksorganisationer", "kvinnoorganisationerna") */
  readonly pluralCompounds?: true;
  /** names of one recipient that name the type, read from their start ("Västra Götalandsregionens") */
  readonly names?: readonly string[];
  /** the singular written against another type's with a slash ("kommun/region", "Regionens/kommunens") */
  readonly slash?: string;
}

/**
 * The recipient nouns, ONE table for the extractor (extract/cues/recipients.ts TYPE_WORDS, the scope
 * leads and the funding finders, through extract/cues/lexicon.ts) and the change report (the kinds of
 * applicant, specs/diff/eligibility.ts). "landsting", the regions' name until 2019 in older
 * anvisningar, is `region`; so is "landstingskommun", its formal name in older SFS texts.
 */
export const RECIPIENT_NOUNS: readonly RecipientNounRow[] = [
  { type: 'kommun', forms: ['kommun', 'kommuner', 'kommunerna', 'kommunen'], plurals: ['kommuner', 'kommunerna'], slash: 'kommun' },
  {
    type: 'region',
    // Finland's välfärdsområden (wellbeing services counties, from 2023), the regional level that runs health and social
    // care as Swedish regions do: "Ministeriet beviljar understöd bland annat till kommuner och samkommuner,
    // välfärdsområden och HUS-sammanslutningen, organisationer …" (dev 1919, stm.fi); the plural only: one named
    // välfärdsområde is mostly the granting body or the place ("Österbottens välfärdsområde beviljar bidrag till
    // föreningar … i Österbottens välfärdsområde", dev 1270)
    forms: ['region', 'regioner', 'regionerna', 'regionen', 'landsting', 'landstinget', 'landstingen', 'landstings', 'landstingskommun', 'landstingskommuner', 'landstingskommunerna', 'landstingskommunen',
      'välfärdsområden', 'välfärdsområdena'],
    plurals: ['regioner', 'regionerna', 'landsting', 'landstingen', 'välfärdsområden', 'välfärdsområdena'],
    names: ['västra götalandsregionen'],
    slash: 'region',
  },
  {
    type: 'organisation',
    forms: ['organisation', 'organisationer', 'organisationerna', 'professionsorganisationer', 'professionsorganisationerna'],
    plurals: ['organisationer', 'organisationerna'],
    pluralCompounds: true,
  },
];

/** The forms of one type's noun. */
export function recipientNoun(type: RecipientNoun): RecipientNounRow {
  return RECIPIENT_NOUNS.find((row) => row.type === type)!;
}

/** The kinds of association that are the contract's recipient type `organisation`. */
export type OrganisationKind = 'organisation' | 'förening' | 'sammanslutning' | 'stiftelse' | 'studieförbund';

/** One organisation noun: every form a text writes, and its plural (the kind as a group of applicants). */
export interface OrganisationNounRow {
  readonly kind: OrganisationKind;
  /** every form, as a whole word ("organisationen", "föreningarna") */
  readonly forms: readonly string[];
  /** the indefinite plural, as a rule names who may apply ("ideella föreningar och stiftelser kan söka") */
  readonly plural: string;
}

/**
 * The nouns of an association that applies, ONE table for the extractor's organisation rows
 * (extract/cues/recipients.ts reads the plurals) and the change report's recipient check
 * (specs/diff/stated.ts reads the forms of organisation, förening and sammanslutning); APPLICANT_NOUNS
 * below reads förening, stiftelse and studieförbund from here. RECIPIENT_NOUNS' organisation row is the
 * extractor's type word and stays narrower (no "organisationen": "Organisationen ska …" is read by its
 * own row).
 */
export const ORGANISATION_NOUNS: readonly OrganisationNounRow[] = [
  { kind: 'organisation', forms: ['organisation', 'organisationer', 'organisationerna', 'organisationen'], plural: 'organisationer' },
  { kind: 'förening', forms: ['förening', 'föreningar', 'föreningarna', 'föreningen'], plural: 'föreningar' },
  { kind: 'sammanslutning', forms: ['sammanslutning', 'sammanslutningar', 'sammanslutningarna'], plural: 'sammanslutningar' },
  { kind: 'stiftelse', forms: ['stiftelse', 'stiftelser', 'stiftelserna'], plural: 'stiftelser' },
  { kind: 'studieförbund', forms: ['studieförbund', 'studieförbundet', 'studieförbunden'], plural: 'studieförbund' },
];

/** The forms of one organisation noun. */
export function organisationNoun(kind: OrganisationKind): OrganisationNounRow {
  return ORGANISATION_NOUNS.find((row) => row.kind === kind)!;
}

/**
 * Other kinds of applicant a text names beside the recipient types ("föreningar", "studieförbund",
 * "företag"), each as written: the change report compares who may apply by these and the recipient
 * nouns' plurals (specs/diff/eligibility.ts). `compounds`: a compound ending in a form is the same kind
 * ("idrottsföreningar", "ideella föreningar" alike are föreningar).
 */
export const APPLICANT_NOUNS: ReadonlyArray<{ readonly kind: string; readonly words: readonly string[]; readonly compounds?: true }> = [
  { kind: 'förening', words: organisationNoun('förening').forms, compounds: true },
  { kind: 'studieförbund', words: organisationNoun('studieförbund').forms },
  { kind: 'företag', words: ['företag', 'företaget', 'företagen', 'företagare'] },
  // the kommun's own units, not the kommun: "föreningar och kommunala verksamheter kan söka"
  { kind: 'kommunal verksamhet', words: ['kommunala verksamheter', 'kommunala enheter', 'kommunala förvaltningar'] },
  { kind: 'kommunalförbund', words: ['kommunförbund', 'kommunförbunden', 'kommunalförbund', 'kommunalförbunden'] },
  { kind: 'stiftelse', words: organisationNoun('stiftelse').forms },
  { kind: 'trossamfund', words: ['trossamfund', 'trossamfundet', 'trossamfunden'] },
  { kind: 'privatperson', words: ['privatpersoner', 'enskilda personer', 'privatperson'] },
  // the law's two kinds of person: "juridiska personer verksamma i Norden eller fysiska personer med godkänd F-skatt" (Sametinget
  // 2024, diff q270)
  { kind: 'juridisk person', words: ['juridisk person', 'juridiska personer'] },
  { kind: 'fysisk person', words: ['fysisk person', 'fysiska personer'] },
  // "kulturföreningar, ideella organisationer, studieförbund och folkrörelsedrivna folkhögskolor" (Region Dalarna 2022, diff q205)
  { kind: 'folkhögskola', words: ['folkhögskola', 'folkhögskolan', 'folkhögskolor', 'folkhögskolorna'], compounds: true },
  // whom a prize or a stipend goes to: "en person eller grupp" (Kungsbacka's kulturpris 2022, diff q235), "en eller flera
  // personer eller sammanslutningar av personer" (Sölvesborg's rules, diff q231); whole words only ("målgrupp" is none)
  { kind: 'person', words: ['person', 'personer', 'personen', 'personerna'] },
  { kind: 'grupp', words: ['grupp', 'grupper', 'gruppen', 'grupperna', 'arbetsgrupp', 'arbetsgrupper'] },
  { kind: 'sammanslutning', words: organisationNoun('sammanslutning').forms },
  // the civil society's actors and the public ones beside them: "En offentlig aktör kan söka medel tillsammans med en eller flera
  // aktörer inom civilsamhället." (Region Uppsala's folkhälsomedel 2023, diff batch 30); whole phrases only ("aktör" alone is any)
  { kind: 'civilsamhällets aktör', words: ['aktör inom civilsamhället', 'aktörer inom civilsamhället', 'aktörerna inom civilsamhället', 'civilsamhällets aktörer', 'civilsamhällets organisationer', 'organisationer inom civilsamhället'] },
  { kind: 'offentlig aktör', words: ['offentlig aktör', 'offentliga aktörer', 'offentliga aktörerna'] },
];

/**
 * The applicants' head nouns as the change report's who-may-apply check reads them (specs/diff/who.ts whoKey), each with the one key
 * it is compared by: a noun's forms and a compound ending in it ("idrottsföreningar") share the key. "landsting" is the regions'
 * former name (Landstinget Sörmland → Region Sörmland, 2019) and "förening" is an organisation, their umbrella ("ideella
 * organisationer" names the föreningar too, as specs/diff/eligibility.ts reads it): one key each. In this lexicon beside
 * RECIPIENT_NOUNS, ORGANISATION_NOUNS and APPLICANT_NOUNS, so the nouns of who may apply live in one module (test/diff/who-heads.test.ts
 * checks every plural of those tables has a key here). Order matters where one stem holds another ("högskol" before "skol").
 */
export const APPLICANT_HEADS: ReadonlyArray<readonly [stem: string, key: string]> = [
  ['kommun', 'kommun'], ['region', 'region'], ['landsting', 'region'], ['förening', 'organisation'], ['organisation', 'organisation'],
  ['sammanslutning', 'organisation'], ['stiftelse', 'stiftelse'], ['förbund', 'förbund'], ['samfund', 'samfund'], ['huvudman', 'huvudman'],
  ['huvudmän', 'huvudman'], ['företag', 'företag'], ['länsstyrelse', 'länsstyrelse'], ['myndighet', 'myndighet'], ['person', 'person'],
  ['kooperativ', 'kooperativ'], ['bolag', 'bolag'], ['universitet', 'lärosäte'], ['högskol', 'lärosäte'], ['lärosäte', 'lärosäte'],
  ['forskare', 'forskare'], ['konstnär', 'konstnär'], ['kulturskapare', 'konstnär'], ['författare', 'författare'], ['utövare', 'utövare'],
  ['arrangör', 'arrangör'], ['skol', 'skola'],
];

/**
 * The keys of APPLICANT_HEADS that name a kind of person (an artist, a writer, a researcher, a performer): a text that names its
 * applicants by one of them and also says "personer" of them ("yngre konstutövare, men personer som nomineras ska vara
 * myndiga", Umeå's rese- och kulturstipendium 2017, diff q580) names no new kind of applicant (specs/diff/who.ts).
 */
export const PERSON_KIND_KEYS: ReadonlySet<string> = new Set(['forskare', 'konstnär', 'författare', 'utövare']);

/**
 * The words that name the applicant's own in an excluded use ("organisationens ordinarie verksamhet", "er ordinarie
 * verksamhet", "sin ordinarie verksamhet"): one owner however the page addresses it (specs/diff/text.ts sameExclusionReworded).
 * Another body's ("kommunens", "regionens") is not among them.
 */
export const APPLICANT_POSSESSIVES: ReadonlySet<string> = new Set(['er', 'ert', 'era', 'din', 'ditt', 'dina', 'sin', 'sitt', 'sina', 'organisationens', 'föreningens', 'föreningarnas', 'organisationernas', 'sökandens', 'stiftelsens']);

/** The demonstratives that point back to a phrase stated before ("inom denna genre", "detta område", "dessa frågor"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['denna', 'detta', 'dessa']);

/** Adverbs that tie an aim to what goes before it, as "för att" does ("… inom denna genre och därigenom skapa …"). */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set(['därigenom', 'därmed', 'därför', 'således']);
