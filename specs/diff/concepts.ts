import { negatingWords } from './wording.js';

// What a requirement asks the recipient to have in place, by the noun that names it. "Innan ni
// ansöker behöver behörig företrädare … ansöka om att bli ombud" and "För att kunna ansöka … måste
// regionen ha ett godkänt ombud" are one requirement worded twice: an ombud. Read end to end (two
// extractions of two texts), a reworded requirement that still asks for the same things, with the
// same figures and the same negations, is no change for the recipient; a requirement that asks for
// one more thing, or no longer, or by another date, is.

export interface Thing { readonly thing: string; readonly stems: readonly string[]; readonly examples: readonly string[]; readonly counterExamples: readonly string[] }

/** The things a requirement can ask for; a word names a thing when it starts with one of its stems. */
export const REQUIREMENT_THINGS: readonly Thing[] = [
  {
    thing: 'ombud', stems: ['ombud'],
    examples: ['Innan ni ansöker behöver behörig företrädare ansöka om att bli ombud.', 'Regionen måste ha ett godkänt ombud.'],
    counterExamples: ['Regionen ska ange en kontaktperson.'],
  },
  { thing: 'fullmakt', stems: ['fullmakt'], examples: ['En fullmakt ska bifogas.'], counterExamples: ['Ansökan ska undertecknas.'] },
  { thing: 'firmatecknare', stems: ['firmatecknare'], examples: ['Ansökan undertecknas av firmatecknare.'], counterExamples: ['Ansökan undertecknas av projektledaren.'] },
  { thing: 'kontaktperson', stems: ['kontaktperson'], examples: ['Ange en kontaktperson.'], counterExamples: ['Ange ett ombud.'] },
  { thing: 'organisationsnummer', stems: ['organisationsnummer'], examples: ['Ange organisationsnummer.'], counterExamples: ['Ange bankgiro.'] },
  { thing: 'konto', stems: ['bankgiro', 'plusgiro', 'bankkonto'], examples: ['Ange bankgiro eller plusgiro.'], counterExamples: ['Ange organisationsnummer.'] },
];

const words = (s: string): string[] => s.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** A parenthesis is an aside ("(eller en person med fullmakt från denne)"): who may act, not one more thing to have. */
const ASIDE = /\([^()]*\)/gu;

/**
 * The things of `table` a sentence names, in table order, its asides left out: a word names a thing when it starts with one
 * of its stems; a stem of several words ("i efterhand", "del av") is named by those whole words.
 */
function named(table: readonly Thing[], sentence: string): string[] {
  const ws = words(sentence.replace(ASIDE, ' '));
  const flat = ` ${ws.join(' ')} `;
  return table.filter((t) => t.stems.some((stem) => (stem.includes(' ') ? flat.includes(` ${stem} `) : ws.some((w) => w.startsWith(stem))))).map((t) => t.thing);
}

/** The things a sentence asks for, in table order. */
export const thingsIn = (sentence: string): string[] => named(REQUIREMENT_THINGS, sentence);

const MONTHS = new Set(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']);
/** The figures a sentence states: its numbers and its month names ("1 mars 2025" is not "1 april 2025"). */
const figures = (s: string): string => words(s).filter((w) => /\d/u.test(w) || MONTHS.has(w)).join(' ');
const negations = (s: string): number => negatingWords(words(s));

/** Whether a sentence denies something: a negation word in it ("inte", "ej", …). */
export const denies = (s: string): boolean => negations(s) > 0;

/**
 * Whether two wordings ask for the same things: at least one thing named, the same things on both
 * sides, the same figures (dates, amounts) and as many negations.
 */
export function sameRequirement(a: string, b: string): boolean {
  return sameTermsStated(thingsIn, a, b);
}

/** Whether two wordings name the same terms of `termsIn` (at least one), with the same figures and as many negations. */
function sameTermsStated(termsIn: (sentence: string) => string[], a: string, b: string): boolean {
  const x = termsIn(a);
  if (x.length === 0 || x.join('|') !== termsIn(b).join('|')) return false;
  return figures(a) === figures(b) && negations(a) === negations(b);
}

/**
 * How a grant is paid, by the words that name the terms: "Bidrag till kulturarvsarbete betalas ut i förskott och det är den
 * sökande som anger start- och slutdatum för projektet." and "Bidraget betalas ut i förskott." (Riksantikvarieämbetet 2017 →
 * 2018, diff q271/q272) pay the same way; "i förskott" → "i efterhand" does not.
 */
export const PAYMENT_TERMS: readonly Thing[] = [
  { thing: 'förskott', stems: ['förskott'], examples: ['Bidraget betalas ut i förskott.', 'Bidrag till kulturarvsarbete betalas ut i förskott och det är den sökande som anger start- och slutdatum för projektet.'], counterExamples: ['Bidraget betalas ut i efterhand.'] },
  { thing: 'efterskott', stems: ['efterskott', 'i efterhand'], examples: ['Bidraget betalas ut i efterhand mot redovisade kostnader.', 'Stödet betalas ut i efterskott.'], counterExamples: ['Bidraget betalas ut i förskott.'] },
  { thing: 'engångs', stems: ['engångsvis', 'engångsbelopp'], examples: ['Medlen betalas ut engångsvis.'], counterExamples: ['Medlen betalas ut löpande.'] },
  { thing: 'löpande', stems: ['löpande'], examples: ['Bidraget betalas ut löpande efter att ni begärt ut det.'], counterExamples: ['Medlen betalas ut engångsvis.'] },
  // a payment split in parts is not the whole paid one way: "Bidraget betalas ut i förskott." → "Hälften av bidraget betalas ut
  // i förskott och resten efter godkänd redovisning." (review56 D2)
  { thing: 'delar', stems: ['hälften', 'resten', 'delbetal', 'delutbetal', 'slutbetal', 'slututbetal', 'del av', 'andel'], examples: ['Hälften av bidraget betalas ut i förskott och resten efter godkänd redovisning.', 'En del av bidraget betalas ut i förskott.'], counterExamples: ['Bidraget betalas ut i förskott.', 'Bidrag till kulturarvsarbete betalas ut i förskott och det är den sökande som anger start- och slutdatum för projektet.'] },
  { thing: 'rekvisition', stems: ['rekvir', 'rekvis'], examples: ['Bidraget betalas ut efter rekvisition.', 'Beviljat bidrag rekvireras senast den 1 mars.'], counterExamples: ['Bidraget betalas ut i förskott.'] },
  // paid once the application is granted, the passive in two tenses: "Stödet betalas ut när ansökan beviljats." → "Stödet till
  // föreningen kommer att betalas ut när ansökan är beviljad." (Nordanstig's news and page of 2019, diff 2192/q378); whole words
  // only, so "Beviljat bidrag betalas ut i förskott" names no such term
  { thing: 'beviljad', stems: ['ansökan beviljats', 'ansökan har beviljats', 'ansökan är beviljad', 'ansökan blivit beviljad', 'ansökan har blivit beviljad', 'ansökningen beviljats', 'ansökningen är beviljad'],
    examples: ['Stödet betalas ut när ansökan beviljats.', 'Stödet till föreningen kommer att betalas ut när ansökan är beviljad.'],
    counterExamples: ['Beviljat bidrag betalas ut i förskott.', 'Stödet betalas ut när redovisningen är godkänd.'] },
  // (review76a) a further condition beside the grant is another payment: "Stödet betalas ut när ansökan beviljats och avtal har
  // undertecknats." is not "Stödet betalas ut när ansökan beviljats." (constructed probe D5): the agreement the payment waits
  // for is a term of its own. (A report's term, probe D6, is left open: "slutrapporten" as a term hid the grid's "tjugo → tio
  // procent … tills slutrapporten är godkänd", test/diff/diffclass70.test.ts region/payment/changed.)
  { thing: 'avtal', stems: ['avtal', 'överenskommelse', 'undertecknat', 'undertecknad', 'undertecknats'],
    examples: ['Stödet betalas ut när ansökan beviljats och avtal har undertecknats.', 'Bidraget betalas ut när överenskommelsen är undertecknad.'],
    counterExamples: ['Stödet betalas ut när ansökan beviljats.', 'Bidraget betalas ut efter rekvisition.'] },
];

/** The payment terms a sentence names, in table order. */
export const paymentTermsIn = (sentence: string): string[] => named(PAYMENT_TERMS, sentence);

/** Whether two wordings of the payment name the same terms (at least one), with the same figures and as many negations. */
export function samePayment(a: string, b: string): boolean {
  return sameTermsStated(paymentTermsIn, a, b);
}

/**
 * Why money is paid back, by the words that name the cause: "Bidragspengar som inte används ska återbetalas." and "Pengar från
 * det beviljade bidraget som inte utnyttjas skall betalas tillbaka" (Robertsfors 2017 → 2019, diff q114/q377) name one cause,
 * money left unused; money used for something else, or a report not handed in, is another.
 */
export const REPAYMENT_TERMS: readonly Thing[] = [
  { thing: 'oanvänt', stems: ['inte används', 'inte använts', 'inte har använts', 'inte utnyttjas', 'inte utnyttjats', 'inte har utnyttjats', 'inte förbrukas', 'inte förbrukats', 'inte har förbrukats', 'ej används', 'ej använts', 'ej utnyttjas', 'ej utnyttjats', 'ej förbrukats'],
    examples: ['Bidragspengar som inte används ska återbetalas.', 'Pengar från det beviljade bidraget som inte utnyttjas skall betalas tillbaka till kommunen.'],
    counterExamples: ['Bidrag som använts till annat än det sökta ska återbetalas.', 'Outnyttjade medel ska återbetalas.'] },
  { thing: 'annat ändamål', stems: ['annat ändamål', 'annat syfte', 'annat än', 'andra ändamål', 'andra syften'],
    examples: ['Bidrag som använts till annat än det sökta ska återbetalas.', 'Bidrag som använts för andra ändamål ska betalas tillbaka.'],
    counterExamples: ['Bidragspengar som inte används ska återbetalas.', 'Bidrag som inte redovisats kan krävas tillbaka.', 'Bidrag som lämnats på felaktiga grunder ska betalas tillbaka.'] },
  // (review76a probe D2) a grant given on wrong grounds is another cause than one used for something else
  { thing: 'felaktiga grunder', stems: ['felaktig', 'oriktig'],
    examples: ['Bidrag som lämnats på felaktiga grunder ska betalas tillbaka.', 'Har stödet beviljats på grund av oriktiga uppgifter ska det återbetalas.'],
    counterExamples: ['Bidrag som använts till annat än det sökta ska återbetalas.', 'Bidragspengar som inte används ska återbetalas.'] },
  { thing: 'ej redovisat', stems: ['inte redovisas', 'inte redovisats', 'inte har redovisats', 'ej redovisats', 'uteblir redovisning', 'redovisning uteblir', 'redovisningen uteblir'],
    examples: ['Bidrag som inte redovisats kan krävas tillbaka.', 'Uteblir redovisning ska bidraget betalas tillbaka.'],
    counterExamples: ['Bidragspengar som inte används ska återbetalas.', 'Bidrag som använts till annat ändamål ska återbetalas.'] },
];

/** The repayment causes a sentence names, in table order. */
export const repaymentTermsIn = (sentence: string): string[] => named(REPAYMENT_TERMS, sentence);

/** a repayment's own verb: "återbetalas", "betalas tillbaka", "krävas tillbaka", "återkrävas" */
const REPAY_VERB = /(?<![\p{L}\p{N}])(?:återbetal\p{L}*|återkräv\p{L}*|(?:betalas|betala|krävas|kräva|krävs|betalats)\s+tillbaka)(?![\p{L}\p{N}])/iu;
/** the modal verbs that make a repayment a duty or a possibility: "ska" (and "skall") is not "kan"; "kommer att återkrävas" is
 * a duty told as the future, not "kan återkrävas" (review76a probe D1) */
const MODALS: ReadonlyMap<string, string> = new Map([['ska', 'ska'], ['skall', 'ska'], ['måste', 'ska'], ['kan', 'kan'], ['får', 'kan'], ['kommer', 'ska']]);
/** how much is owed: the whole grant is not the part left unused (review76a probe D3: "Den del av bidraget som inte används ska
 * återbetalas." against "Om bidraget inte används fullt ut ska hela bidraget återbetalas.") */
const shareOf = (s: string): string => {
  const ws = words(s);
  return [ws.includes('hela') ? 'hela' : '', ws.some((w) => w === 'del' || w === 'delen' || w === 'delar' || w === 'resterande' || w === 'överskjutande') ? 'del' : ''].join('|');
};
const modalsOf = (s: string): string => [...new Set(words(s).map((w) => MODALS.get(w)).filter((m): m is string => m !== undefined))].sort().join('|');

/**
 * Whether two wordings of a repayment name the same cause (REPAYMENT_TERMS, at least one), both with a repayment's verb, the
 * same modal force ("ska" is not "kan"), the same figures and as many negations: "Bidragspengar som inte används ska
 * återbetalas." and "Pengar från det beviljade bidraget som inte utnyttjas skall betalas tillbaka" say one rule; "… får
 * behållas" or "… kan krävas tillbaka" do not.
 */
export function sameRepayment(a: string, b: string): boolean {
  return REPAY_VERB.test(a) && REPAY_VERB.test(b) && modalsOf(a) === modalsOf(b) && shareOf(a) === shareOf(b) && sameTermsStated(repaymentTermsIn, a, b);
}

/**
 * How an application is handed in, by the words that name its medium: "Ansökan lämnas in elektroniskt till sekretariatet i
 * det land där du bor eller är verksam." (Kulturfonden för Sverige och Finland, dev 396) and "Själva ansökan görs på
 * ansökningsportalen. Fonden tar endast emot elektroniska ansökningar." (2018, diff q286) are one channel; "med post" is not.
 */
export const CHANNEL_MEDIA: readonly Thing[] = [
  { thing: 'elektroniskt', stems: ['elektronisk', 'digital', 'e-tjänst', 'webbformulär', 'onlinetjänst', 'ansökningsportal', 'ansökningsverktyg', 'ansökningssystem'],
    examples: ['Ansökan lämnas in elektroniskt till sekretariatet i det land där du bor eller är verksam.', 'Fonden tar endast emot elektroniska ansökningar.', 'Ansökan görs via e-tjänsten.'],
    counterExamples: ['Ansökan skickas med post till kommunen.', 'Ansökan görs på särskild blankett.'] },
  { thing: 'post', stems: ['post', 'brev', 'papper'], examples: ['Ansökan skickas med post till kommunen.', 'Ansökan lämnas i pappersform.'], counterExamples: ['Ansökan görs via e-tjänsten.', 'Ansökan skickas med e-post.'] },
  { thing: 'e-post', stems: ['e-post', 'mejl', 'mail', 'epost'], examples: ['Ansökan skickas med e-post till kansliet.'], counterExamples: ['Ansökan skickas med post till kommunen.'] },
  { thing: 'blankett', stems: ['blankett', 'ansökningsblankett'], examples: ['Ansökan görs på särskild blankett.'], counterExamples: ['Ansökan görs via e-tjänsten.'] },
];

/** The media a sentence hands an application in by, in table order. */
export const channelMediaIn = (sentence: string): string[] => named(CHANNEL_MEDIA, sentence);

/**
 * Whether a channel sentence names the same media (at least one) as some sentence of the other text about applying: then the
 * channel is the same, reworded. `others` are the other text's sentences.
 */
/**
 * The verbs of handing an application in, by their stems: a sentence that speaks of the application by another act ("Beslut
 * om ansökan meddelas via e-tjänsten", review58 c1, constructed) or denies the medium ("Ansökan kan inte längre lämnas in
 * elektroniskt") states no channel.
 */
const HANDING_IN = ['lämna', 'inlämn', 'skicka', 'görs', 'gör', 'emot', 'sänd', 'söker', 'ansöker'];

/**
 * The words a sentence names the application by: "ansökan", "ansöka" …, and a prize's nomination ("Skicka ett mail till oss
 * och berätta vem eller vilka du vill nominera …", Sölvesborg's kulturpris 2024, diff q233, beside 2021's "Skicka ett mail med
 * ditt förslag …": one channel, diff37).
 */
const APPLYING_STEMS = ['ansök', 'nominer'];

function handsIn(sentence: string): boolean {
  const ws = words(sentence.replace(ASIDE, ' '));
  return ws.some((w) => APPLYING_STEMS.some((stem) => w.startsWith(stem))) && ws.some((w) => HANDING_IN.some((stem) => w.startsWith(stem))) && negations(sentence) === 0;
}

/** an e-mail address an application is sent to: it names the medium "e-post" and, itself, the channel's address */
const MAIL_ADDRESS = /[\p{L}\p{N}._-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu;
/** a named system an application is made in, by the frame "i / via / på" and a capitalised name: "Ansökan görs i Smartbook." */
const NAMED_SYSTEM = /(?<![\p{L}\p{N}])(?:i|via|på|genom)\s+(\p{Lu}[\p{L}\p{N}-]{2,30}(?:\s+\p{Lu}{2,10})?)(?![\p{L}\p{N}])/gu;

/** What a channel sentence hands an application in by: its media (CHANNEL_MEDIA; an e-mail address is "e-post"), its addresses and its named systems. */
export function channelMeans(sentence: string): Set<string> {
  const out = new Set(channelMediaIn(sentence));
  for (const m of sentence.matchAll(MAIL_ADDRESS)) { out.add('e-post'); out.add(m[0].toLowerCase()); }
  for (const m of sentence.matchAll(NAMED_SYSTEM)) out.add(m[1]!.toLowerCase());
  return out;
}

/**
 * Whether two wordings of a channel sentence hand the application in by the same means, at least one: the same media, the same
 * e-mail addresses and the same named systems, neither denied. "Förslag och ansökan lämnas in senast 12 oktober 2022 till
 * e-post: kulturfritid@trollhattan.se eller via post …" and "Ansökan och nomineringar skickas till kulturfritid@trollhattan.se
 * eller som brev …" (Trollhättan 2022 → 2024, diff q631/q632), "Ansökan görs i Smartbook." and "Ansökan gör du i Smartbook där
 * du fyller i alla uppgifter." (Borås, diff q634/q635) are one channel reworded (a day in the sentence is the closing day's
 * change, compared on its own); "via e-tjänsten" → "med post", or one address for another, is a new channel (diff88).
 */
export function sameChannelReworded(a: string, b: string): boolean {
  const x = channelMeans(a);
  const y = channelMeans(b);
  return x.size > 0 && x.size === y.size && [...x].every((m) => y.has(m)) && negations(a) === 0 && negations(b) === 0;
}

export function sameChannelStated(own: string, others: readonly string[]): boolean {
  const x = channelMediaIn(own);
  if (x.length === 0) return false;
  const stated = new Set(others.filter(handsIn).flatMap((s) => channelMediaIn(s)));
  return x.every((m) => stated.has(m)) && negations(own) === 0;
}
