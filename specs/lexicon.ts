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
