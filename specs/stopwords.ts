// The Swedish stop words, one list shared by everything that compares texts by their words: the
// change report's list matching (specs/diff/lists.ts) and its "same grant?" title comparison
// (specs/diff/identity.ts); the extractor's lexicon re-exports it (extract/cues/lexicon.ts). It lives
// in specs/ because specs/ imports nothing from extract/.

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

/**
 * The words of a web page's chrome as a heading taken for a title shows them ("Startsida", "Hoppa till
 * huvudinnehåll", "Meny", "Dela sidan"): a title made of these and stop words names no grant.
 */
export const PAGE_CHROME_WORDS: ReadonlySet<string> = new Set([
  'startsida', 'startsidan', 'meny', 'huvudmeny', 'sök', 'sökning', 'hoppa', 'huvudinnehåll', 'innehållet', 'innehåll',
  'navigering', 'cookies', 'kakor', 'lyssna', 'dela', 'sidan', 'skriv', 'logga', 'english', 'webbplats', 'webbplatsen',
  'kontakt', 'kontakta', 'oss', 'brödsmulor', 'här',
]);
