import { normalizeForQuote } from '../quote.js';
import { applicantKinds } from './eligibility.js';
import { contentWords } from './lists.js';
import { classifySentence, isNoiseSentence, rowHolds, wordy, type SentenceRow } from './rules.js';
import { statesRuleReworded } from './stated.js';
import { mayBeRule, pairSentences, restated, sameButExplanationDropped, sameButFormAlternative, sameButOneWord, sameWordsReordered, sectionField, withoutDates, withoutGlue, wordOfItsOwn, WordRuns, type TextSentence } from './text.js';
import { sameInOtherWords, sentenceKey } from './wording.js';

// The change report's general fallback beyond figures (issue 14, diffgen79b): a sentence added, removed or changed between
// the years that no rule row of rules.ts claims (nor its section's heading) and that holds no figure the figure fallback
// reads, is a change of what it is about when a topic row (SENTENCE_TOPICS: cue, field, weight, examples and
// counter-examples run as tests) says so clearly: the grant's purpose, the way an application is handed in, the statute it
// rests on, the period its money is used in said in words. A changed sentence counts only when its topic's own words changed
// (TOPIC_WORDS: the channel's words, the statute's numbers, the period's words, a purpose's content word), so a sentence
// moved, reworded with the same content words (the Dice/stem matching of lists.ts and wording.ts) or differing in a page's
// chrome is none. At most one change per field; where rows of different fields hold at one weight, none. Pure functions;
// the work is capped (MAX_TOPIC_SENTENCES a side) and every pattern is linear.

/** The fields a topic sentence is reported under. */
export type TopicField = 'purpose' | 'requisition.channel' | 'recipients' | 'legal_basis' | 'usage_period';

/** at most this many sentences a side are read */
export const MAX_TOPIC_SENTENCES = 1500;

/** an agency's föreskrifter by their code and number: "SKOLFS 2019:12", "MIGRFS 7/2017", "HSLF-FS 2021:5" (upper case as written) */
const FS_CODE = String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}{2,8}-|\p{Lu}{1,8})FS\s+(?:(?:19|20)\d{2}:\d{1,4}|\d{1,4}\/(?:19|20)\d{2})(?![\p{N}])`;
const FS_CODE_CUE = new RegExp(FS_CODE, 'u');
const FS_CODES = new RegExp(FS_CODE, 'gu');

/** words that make a sentence a pointer, a question or a contact, never a rule of the grant ("Läs mer om …", "Har du frågor …") */
const NOT_A_RULE = { where: 'sentence', cue: wordy(/\b(?:läs\s+mer|läs\s+om|läs\s+(?:också|även|gärna)|mer\s+information|mer\s+om|kontakta|har\s+du\s+frågor|frågor\s+om|vid\s+frågor|se\s+även|se\s+också|nyhet\p{L}*|pressmeddelande\p{L}*|cookies?|kakor)\b|\?\s*$/iu) } as const;

/**
 * The topic rows. A purpose is the grant's own aim ("Syftet med bidraget är att …", "Bidraget ska bidra till …", "Målet med satsningen är
 * att …"), never the project's purpose an applicant describes ("Beskriv projektets syfte"). A channel is where an application
 * is handed in (an e-tjänst, Mina sidor, a portal or system, an address, e-mail or post), never a report's or a question's.
 * A legal basis is a statute cited by its SFS number. A usage period in words: the money used "under läsåret", "under
 * kalenderåret". Examples and counter-examples are constructed sentences.
 */
export const SENTENCE_TOPICS: ReadonlyArray<SentenceRow<TopicField>> = [
  {
    id: 'amne-syfte', where: 'sentence', meaning: 'purpose', weight: 2,
    // (a goal needs its object, "Målet med satsningen är att …": a bare "Målet är att …" is as often an agency's own goal)
    cue: wordy(/\b(?:syftet|ändamålet)\s+(?:med\s+(?:[\p{L}-]+\s+){1,3}?)?(?:är|ska\s+vara|skall\s+vara)\s+att\b|\b(?:målet|målsättningen)\s+med\s+(?:[\p{L}-]+\s+){1,3}?(?:är|ska\s+vara|skall\s+vara)\s+att\b|\b(?:\p{L}*bidrag(?:et)?|stödet|satsningen|medlen|stipendiet|fonden|programmet|utlysningen)\s+(?:ska|skall)\s+(?:\p{L}+\s+){0,2}?(?:bidra\s+till|främja|stärka|stimulera|öka|möjliggöra)\b|\b(?:\p{L}*bidrag(?:et)?|stödet|satsningen|stipendiet|fonden|programmet|utlysningen)\s+(?:syftar\s+till|har\s+som\s+(?:syfte|mål)|är\s+till\s+för\s+att)\b/iu),
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:beskriv\p{L}*|ange|redogör\p{L}*|redovis\p{L}*|återrapport\p{L}*|ansökan\s+ska|i\s+ansökan|projektets\s+syfte)\b/iu) }],
    examples: ['Syftet med bidraget är att stärka det lokala föreningslivet.', 'Syftet med statsbidraget är att öka antalet behöriga lärare.', 'Bidraget ska bidra till en jämlik tillgång till kultur i hela länet.', 'Målet med satsningen är att fler unga ska röra sig varje dag.', 'Satsningen syftar till att minska den psykiska ohälsan bland unga.', 'Stödet ska främja ett rikt kulturliv på landsbygden.'],
    counterExamples: ['Beskriv projektets syfte och mål.', 'I ansökan ska syftet med projektet framgå.', 'Läs mer om syftet med bidraget på vår webbplats.', 'Redovisningen ska visa hur bidraget har bidragit till målen.', 'Vad är syftet med bidraget?', 'Målet är att ärenden ska handläggas effektivt och rättssäkert.'],
  },
  {
    // the aim said after the money: "Medlen fördelas i syfte att stärka …", "Pengarna ska gå till att minska …" (diffgen80c: a
    // government decision's or press release's aim, with the grant's words in the sentence)
    id: 'amne-i-syfte', where: 'sentence', meaning: 'purpose', weight: 2,
    cue: wordy(/\b(?:i|med)\s+syfte\s+att\b|\b(?:pengarna|medlen|bidraget|stödet|satsningen)\s+(?:ska|skall)\s+gå\s+till\s+att\b/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:\p{L}*bidrag\p{L}*|medel|medlen|pengarna|\p{L}*stöd(?:et)?|satsning\p{L}*|fördela\p{L}*|avsätt\p{L}*|tillför\p{L}*)\b/iu) },
    // (a study or an evaluation done, no aim of the grant: "I fjol gjordes en enkät i syfte att …", review80)
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:beskriv\p{L}*|ange|redogör\p{L}*|redovis\p{L}*|återrapport\p{L}*|ansökan\s+ska|i\s+ansökan|projektets\s+syfte|inte|ej|genomfördes|gjordes|utvärdering\p{L}*|enkät\p{L}*|undersökning\p{L}*|kartläggning\p{L}*)\b/iu) }],
    examples: ['Socialstyrelsen fördelar medel till regionerna i syfte att korta väntetiderna i vården.', 'Pengarna ska gå till att minska den psykiska ohälsan bland unga.', 'Regeringen avsätter medel med syfte att stärka elevhälsan.'],
    counterExamples: ['Beskriv i ansökan hur medlen ska användas i syfte att nå målen.', 'Kommunen bjuder in till ett möte i syfte att informera om arbetet.', 'Bidraget får inte användas i syfte att gå med vinst.', 'Under hösten gjordes en enkät bland föreningarna i syfte att se hur medlen används.', 'Regionen har låtit göra en utvärdering av stödet i syfte att förbättra det.'],
  },
  {
    id: 'amne-kanal', where: 'sentence', meaning: 'requisition.channel', weight: 2,
    cue: wordy(/\b(?:e-tjänst\p{L}*|etjänst\p{L}*|mina\s+sidor|\p{L}*portal\p{L}*|ansökningssystem\p{L}*|[\p{L}]+-systemet|webbformulär\p{L}*|ansökningsformulär(?:et|en)?|ansökningsblankett(?:en|er|erna)?|blankett(?:en|er|erna)?|via\s+e-post|per\s+e-post|med\s+e-post|per\s+post|med\s+post|via\s+post|brevledes|digitalt|elektroniskt|pappersform)\b|[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/iu),
    // (the application itself, named: work samples or annexes sent by post are no channel of the application)
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|söka|sökas|söker|rekvi\p{L}+)\b/iu) },
    // (an annex sent with the application, or an application for payment, is no channel of the application; nor is a change
    // of the granted project to be told to an address, "Om ansökt bidrag skjuts upp eller förändras, ska detta meddelas genast
    // till kulturstod@boras.se", Borås, diff q634, diff88)
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:redovis\p{L}*|återrapport\p{L}*|slutrapport\p{L}*|rapportera\p{L}*|beslut\p{L}*|meddela\p{L}*|frågor|nyhetsbrev\p{L}*|prenumer\p{L}*|bifoga\p{L}*|bilag\p{L}*|utbetalning\p{L}*|elektroniskt\s+format)\b/iu) }],
    examples: ['Ansökan görs i vår e-tjänst.', 'Ansökan lämnas via Mina sidor.', 'Skicka ansökan till kultur@exempelkommun.se.', 'Ansökan ska skickas per post till kommunens registratur.', 'Du ansöker i ansökningssystemet Prisma.', 'Rekvisitionen lämnas i SKR-systemet.'],
    counterExamples: ['Redovisningen lämnas i e-tjänsten.', 'Har du frågor om ansökan, mejla kultur@exempelkommun.se.', 'Läs mer om e-tjänsten här.', 'Beslut skickas per post till den sökande.', 'Bidraget kan sökas av föreningar i kommunen.', 'Eventuella bilagor som ritningar och foton kan skickas till oss per post.', 'Till ansökan bifogas ett CV i elektroniskt format.', 'När projektet är klart ansöker du om utbetalning i e-tjänsten.', 'Titta gärna på blankettexemplet innan ansökningsomgången öppnar.', 'Om ansökt bidrag skjuts upp eller förändras, ska detta meddelas genast till kulturstod@boras.se.'],
  },
  {
    // whom the grant is for, said as its target group: "Bidraget riktar sig till …", "Målgruppen är …", "… kan sökas av …"
    // (the kinds named are read with the extractor's lexicon, specs/lexicon.ts, through eligibility.ts applicantKinds)
    id: 'amne-mottagare', where: 'sentence', meaning: 'recipients', weight: 2,
    cue: wordy(/\b(?:riktar\s+sig|vänder\s+sig)\s+(?:främst\s+|i\s+första\s+hand\s+|enbart\s+|endast\s+|särskilt\s+)?till\b|\bmålgrupp(?:en|er|erna)?\s+(?:för\s+(?:[\p{L}-]+\s+){1,2}?)?(?:är|utgörs\s+av)\b|\b(?:kan|får)\s+(?:endast\s+|bara\s+|även\s+)?sökas\s+av\b|\bär\s+öppen\s+för\b/iu),
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:sökas|riktar|vänder)\b|\b(?:aktiviteter\p{L}*|verksamhet\p{L}*|insats\p{L}*|projekt\p{L}*)\s+(?:ska\s+|som\s+)?(?:riktar|vänder)\s+sig\b/iu) }],
    examples: ['Bidraget riktar sig till ideella föreningar i kommunen.', 'Målgruppen är kommuner och regioner.', 'Stödet kan sökas av föreningar och studieförbund.', 'Utlysningen är öppen för organisationer med verksamhet i länet.'],
    counterExamples: ['Aktiviteterna ska rikta sig till barn och unga.', 'Projekt som riktar sig till äldre prioriteras.', 'Bidraget kan inte sökas av privatpersoner.', 'Har du frågor om vem bidraget riktar sig till, kontakta oss.'],
  },
  {
    // whom the money goes to by the verb of requisitioning or sharing out (diffgen80c): "Kommunerna kan rekvirera medlen",
    // "Statsbidraget riktas till regionerna", "Medlen fördelas till samtliga kommuner": a kind of recipient after "till", or
    // the subject of "kan rekvirera" (its kinds read in the whole sentence)
    id: 'amne-mottagare-verb', where: 'sentence', meaning: 'recipients', weight: 2,
    cue: wordy(/\b(?:kan|får)\s+(?:även\s+|också\s+|endast\s+|bara\s+)?rekvirera\b|\b(?:riktas|fördelas|betalas\s+ut)\s+(?:främst\s+|endast\s+|enbart\s+)?till\s+(?:alla\s+|samtliga\s+|de\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kommuner(?:na)?|regioner(?:na)?|landsting(?:en)?|huvudmän(?:nen)?|organisationer(?:na)?|föreningar(?:na)?|stiftelser(?:na)?|studieförbund(?:en)?)\b/iu),
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:inte|ej)\b|\b(?:aktiviteter\p{L}*|verksamhet\p{L}*|insats\p{L}*|projekt\p{L}*)\s+(?:ska\s+|som\s+)?(?:riktas|rikta)\b|\b(?:rekvisition\p{L}*|rekvirera)\s+(?:görs|sker|ska\s+göras)\b/iu) }],
    examples: ['Kommunerna kan rekvirera medlen hos Socialstyrelsen.', 'Statsbidraget riktas till regionerna.', 'Medlen fördelas till samtliga kommuner utifrån befolkningsmängd.', 'Pengarna betalas ut till landets regioner.'],
    counterExamples: ['Kommunerna kan inte rekvirera medlen efter den 1 oktober.', 'Insatserna ska riktas till kommuner med hög arbetslöshet.', 'Rekvisition görs i e-tjänsten.', 'Medlen fördelas till projekt som främjar folkhälsan.'],
  },
  {
    id: 'amne-forfattning', where: 'sentence', meaning: 'legal_basis', weight: 3,
    cue: wordy(/\b(?:förordning\p{L}*|lag(?:en)?|lagar|författning\p{L}*|föreskrift\p{L}*|SFS)\b[^.]{0,120}?\((?:19|20)\d{2}:\d{1,4}\)|\bSFS\s+(?:19|20)\d{2}:\d{1,4}\b/iu),
    unless: [NOT_A_RULE],
    examples: ['Bidraget lämnas enligt förordningen (2018:1234) om statsbidrag till kommuner.', 'Statsbidrag lämnas med stöd av förordning (2023:30) om statsbidrag för lovaktiviteter.', 'Stödet ges enligt SFS 2016:1367.'],
    counterExamples: ['Bidraget lämnas enligt förordningen om statsbidrag till kommuner.', 'Ansökan ska vara inne senast 2023-03-30.', 'Läs mer om förordningen (2018:1234) på riksdagens webbplats.'],
  },
  {
    // an agency's föreskrifter cited by their code (diffgen80c): "enligt Skolverkets föreskrifter (SKOLFS 2019:12)", "MIGRFS 7/2017",
    // "HSLF-FS 2021:5"; the code's number is the topic's word
    id: 'amne-foreskrift', where: 'sentence', meaning: 'legal_basis', weight: 3,
    cue: FS_CODE_CUE,
    unless: [NOT_A_RULE],
    examples: ['Ersättning lämnas enligt Migrationsverkets föreskrifter MIGRFS 7/2017.', 'Statsbidraget regleras i Skolverkets föreskrifter (SKOLFS 2019:12).', 'Ansökan görs enligt HSLF-FS 2021:5.'],
    counterExamples: ['Bidraget lämnas enligt Skolverkets föreskrifter.', 'Läs mer om SKOLFS 2019:12 på vår webbplats.', 'Diarienummer KS 2019:12.', 'Läs även Socialstyrelsens föreskrifter (HSLF-FS 2016:40) om journalföring.'],
  },
  {
    // a statute named without its number: "Bidraget lämnas enligt förordningen om statsbidrag för lovaktiviteter." (diffgen80c:
    // its name's words are the topic's words, compared only with another name)
    id: 'amne-forfattningsnamn', where: 'sentence', meaning: 'legal_basis', weight: 3,
    // (the grant itself given under it, a förordning: a law named as the frame of what the money pays for, "… för barn som placerats
    // enligt lagen om vård av unga", is no basis of the grant)
    cue: wordy(/\b(?:\p{L}*bidrag(?:et)?|stödet|stöd|medlen|medel)\s+(?:[\p{L}-]+\s+){0,3}?(?:enligt|med\s+stöd\s+av|regleras\s+(?:i|av)|i\s+enlighet\s+med)\s+(?:förordningen|förordning)\s+om\s+\p{L}/iu),
    unless: [NOT_A_RULE],
    examples: ['Bidraget lämnas enligt förordningen om statsbidrag för lovaktiviteter.', 'Statsbidraget regleras i förordningen om statsbidrag för kvalitetssäkrande åtgärder.', 'Stöd kan ges med stöd av förordningen om statsbidrag till regional kulturverksamhet.'],
    counterExamples: ['Bidraget lämnas enligt kommunens regler.', 'Läs mer om förordningen om statsbidrag på riksdagens webbplats.', 'Förordningen om statsbidrag upphör att gälla.', 'Bidraget får användas till insatser för barn som placerats enligt lagen om vård av unga.', 'Medel får användas för tolkning enligt lagen om stöd och service.'],
  },
  {
    id: 'amne-anvandningstid', where: 'sentence', meaning: 'usage_period', weight: 2,
    cue: wordy(/\b(?:användas|förbrukas|genomföras|pågå|bedrivas|utnyttjas)\s+(?:\p{L}+\s+){0,2}?(?:under|inom|senast\s+under)\s+(?:det\s+)?(?:läsåret|kalenderåret|budgetåret|verksamhetsåret|innevarande\s+år|samma\s+år|året|terminen|höstterminen|vårterminen|bidragsåret|projektåret)\b/iu),
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:ansökan|ansökningar|ansöka|rekvi\p{L}+|redovis\p{L}*|återrapport\p{L}*)\b/iu) }],
    examples: ['Medlen ska användas under läsåret.', 'Bidraget ska förbrukas under kalenderåret.', 'Insatserna ska genomföras under innevarande år.'],
    counterExamples: ['Bidraget ska redovisas under året.', 'Ansökan ska lämnas under året.', 'Medlen får användas till lokalhyra.'],
  },
  {
    // the school holidays the activities are held in: "Aktiviteterna ska genomföras under sommarlovet." → "… under skolloven och
    // sommarlovet" (lovaktiviteter, a kind of grant many kommuner give)
    id: 'amne-lov', where: 'sentence', meaning: 'usage_period', weight: 2,
    cue: wordy(/\b(?:genomför\p{L}*|anordna\p{L}*|arrangera\p{L}*|äga\s+rum|äger\s+rum|pågå|användas|erbjud\p{L}*|aktiviteter|aktiviteterna)\s+(?:[\p{L}-]+\s+){0,8}?under\s+(?:de\s+\p{L}+\s+|hela\s+)?(?:skollov(?:en|et)?|sommarlovet|höstlovet|jullovet|sportlovet|påsklovet|loven|lovet)\b/iu),
    unless: [NOT_A_RULE, { where: 'sentence', cue: wordy(/\b(?:ansökan|ansökningar|ansöka|rekvi\p{L}+|redovis\p{L}*|återrapport\p{L}*)\b/iu) }],
    examples: ['Aktiviteterna ska genomföras under sommarlovet.', 'Pengarna ska gå till att anordna gratis aktiviteter för barn under skolloven och sommarlovet.', 'Bidraget ges till aktiviteter under höstlovet och jullovet.'],
    counterExamples: ['Ansökan om aktiviteter under sommarlovet ska lämnas senast i april.', 'Kommunen har stängt under jullovet.'],
  },
];

/** The one field a sentence is about by the topic rows: the heaviest that hold, one field among them; else none. */
export function topicOf(sentence: string): TopicField | undefined {
  const held = SENTENCE_TOPICS.filter((row) => rowHolds(row, sentence));
  if (held.length === 0) return undefined;
  const top = Math.max(...held.map((r) => r.weight));
  const fields = new Set(held.filter((r) => r.weight === top).map((r) => r.meaning));
  return fields.size === 1 ? [...fields][0] : undefined;
}

/** the channel's own words: an e-tjänst, a system's or portal's name, an address, a medium */
const CHANNEL_WORDS = wordy(/\b(?:e-tjänst|etjänst|mina\s+sidor|[\p{L}]*portal\p{L}*|ansökningssystem\p{L}*|[\p{L}]+-systemet|webbformulär|ansökningsformulär|blankett|e-post|post|brevledes|digitalt|elektroniskt|pappersform)|[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/giu);
/** the examples' lead and what follows it in the sentence: "juridiska personer, till exempel föreningar, kommuner …" */
const EXAMPLES_TAIL = wordy(/(?:\btill\s+exempel|\bt\.\s?ex\.?|\bexempelvis|\bbland\s+annat)\s[^.]{0,300}/iu);
/** a statute's number: "(2018:1234)", "SFS 2016:1367" */
const SFS_NUMBER = /(?<![\p{N}])(?:19|20)\d{2}:\d{1,4}(?![\p{N}])/gu;
const SFS_TEST = /^(?:19|20)\d{2}:\d{1,4}$|fs\s/u;
/** a period's word: "läsåret", "kalenderåret", "innevarande år" */
const PERIOD_WORDS = wordy(/\b(?:skollov(?:en|et)?|sommarlovet|höstlovet|jullovet|sportlovet|påsklovet|loven|lovet|läsåret|kalenderåret|budgetåret|verksamhetsåret|innevarande\s+år|samma\s+år|året|terminen|höstterminen|vårterminen|bidragsåret|projektåret)\b/giu);

/** whom a target group's sentence names after its cue ("riktar sig till det fria kulturlivet i Uppsala län"), to a clause's end */
const WHOM = wordy(/\b(?:riktar\s+sig|vänder\s+sig)\s+(?:främst\s+|i\s+första\s+hand\s+|enbart\s+|endast\s+|särskilt\s+)?till\s+([^.,;:()]{3,120})|\bmålgrupp(?:en|er|erna)?\s+(?:för\s+(?:[\p{L}-]+\s+){1,2}?)?(?:är|utgörs\s+av)\s+([^.,;:()]{3,120})|\b(?:sökas|rekvireras|ansökas)\s+av\s+([^.,;:()]{3,120})|\bär\s+öppen\s+för\s+([^.,;:()]{3,120})/iu);
/** whom the work serves, not who gets the grant: a target group of these words is no recipients' */
const SERVED = wordy(/^\s*(?:alla\s+|de\s+|våra\s+)?(?:barn|unga|ungdomar|elever|eleverna|barnen|patienter|deltagare|brukare|invånare|allmänheten|äldre|familjer|föräldrar|nyanlända|besökare|publik|medborgare|kvinnor|män|flickor|pojkar)\b/iu);
/** where the head of whom a target group names ends: a relative clause, a place, a purpose */
const WHOM_END = wordy(/\s(?:som|vilka|där|vars|med|i|inom|på|för|från|över|under|mellan)\s/iu);
/** the reader addressed, no kind of applicant */
const ADDRESSED = wordy(/^\s*(?:dig|du|er|ni|alla|den|de|dem|alla\s+som)\s*$/iu);
/** the statute's name: the words after "förordningen om", "lagen om" */
const STATUTE_NAME = wordy(/\b(?:förordningen|lagen|förordning)\s+om\s+([^.,;:()]{5,120})/iu);

/** the content stems of whom a target group's sentence names; none for a group the work serves */
function phraseWords(s: string): Set<string> {
  const m = WHOM.exec(normalizeForQuote(s));
  const whom = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') : '';
  // … its head only, to a relative clause or a place ("dig som vill utveckla …", "föreningar i länet"); the reader addressed
  // ("dig som …", "er som …") names no kind
  const head = whom.split(WHOM_END)[0]!.trim();
  if (head === '' || SERVED.test(head) || ADDRESSED.test(head)) return new Set();
  return new Set(contentWords(head.split(/\s+/u).slice(0, 8).join(' ')));
}

/** the content stems of a statute's name */
function nameWords(s: string): Set<string> {
  const m = STATUTE_NAME.exec(normalizeForQuote(s));
  return new Set(m ? contentWords(m[1]!.split(/\s+/u).slice(0, 10).join(' ')) : []);
}

const matches = (re: RegExp, s: string): Set<string> => new Set([...normalizeForQuote(s).matchAll(re)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' ')));

/** The words of a sentence that its topic's change is read in; for a purpose, none (a content word of its own decides). */
function topicWords(field: TopicField, s: string): Set<string> | undefined {
  // (the kinds after "till exempel" are examples of a kind the sentence names before them, no applicants of their own)
  if (field === 'recipients') {
    // … the kinds of applicant named; where it names none, the words of whom it is for ("det fria kulturlivet i länet"), never
    // whom the work serves (barn, elever, patienter: no words, no change)
    const kinds = applicantKinds(s.replace(EXAMPLES_TAIL, ' '));
    return kinds.length > 0 ? new Set(kinds) : phraseWords(s);
  }
  if (field === 'legal_basis') {
    const n = new Set([...matches(SFS_NUMBER, s), ...[...s.matchAll(FS_CODES)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' '))]);
    return n.size > 0 ? n : nameWords(s);
  }
  if (field === 'requisition.channel') return matches(CHANNEL_WORDS, s);
  if (field === 'usage_period') return matches(PERIOD_WORDS, s);
  return undefined;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether the topic of two sentences changed: its own words differ, or a purpose says a content word its partner lacks. */
function topicChanged(field: TopicField, o: string, n: string): boolean {
  const wo = topicWords(field, o);
  const wn = topicWords(field, n);
  // (a statute's number beside its name alone is no change: each compared with its own kind)
  if (field === 'legal_basis' && wo && wn && [...wo].some((w) => SFS_TEST.test(w)) !== [...wn].some((w) => SFS_TEST.test(w))) return false;
  // (a target group whose words are none, a group the work serves, is compared with nothing)
  if (field === 'recipients' && wo && wn && (wo.size === 0 || wn.size === 0)) return false;
  if (wo && wn) return !sameSet(wo, wn);
  return wordOfItsOwn(n, o) || wordOfItsOwn(o, n);
}

/** Two wordings of one sentence that say the same (the text pass's own test, text.ts textChanges). */
function sameSaid(o: TextSentence, n: TextSentence): boolean {
  return withoutDates(withoutGlue(o.key)) === withoutDates(withoutGlue(n.key)) || sameButFormAlternative(o.text, n.text) || sameWordsReordered(o.text, n.text)
    || sameButOneWord(o.text, n.text) || sameInOtherWords(o.text, n.text) || statesRuleReworded(n.text, o.text) || sameButExplanationDropped(o.text, n.text);
}

/** One change of a topic between the texts. */
export interface TopicChange {
  readonly field: TopicField;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: TextSentence;
  readonly new?: TextSentence;
}

/** a sentence's topic, read with its list lead ("Syftet är att:" over its items is no purpose sentence on its own) */
const topicOfSentence = (s: TextSentence): TopicField | undefined => topicOf(s.text);

/**
 * whether the text pass (rules.ts rows, a section's heading) claims a sentence under the topic's own field: its change is that
 * pass's to report or not (a sentence it claims under another field, "Medlen ska användas under läsåret …" as a condition, may
 * still be a change of its period)
 */
const claimed = (s: TextSentence, field: TopicField): boolean => classifySentence(s.text) === field || (s.lead !== undefined && classifySentence(`${s.lead} ${s.text}`) === field) || sectionField(s) === field;

/**
 * The topic sentences that changed between two texts' sentences (already split by textSentences), the whole texts given to
 * tell a sentence still written there: a pair of sentences alike whose topic's own words changed; a topic sentence only one
 * text has, whose topic words the other text states nowhere (a channel, a statute's number, a period) or which says again no
 * sentence of the other text (a purpose); a removal and an addition of one field together one change. At most one per field.
 */
export function topicChanges(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): TopicChange[] {
  const oldKeys = new Set(olds.map((s) => s.key));
  const newKeys = new Set(news.map((s) => s.key));
  const oldRuns = new WordRuns(sentenceKey(oldText));
  const newRuns = new WordRuns(sentenceKey(newText));
  const candidate = (s: TextSentence): boolean => mayBeRule(s) && !isNoiseSentence(s.text);
  const leftOld = olds.filter((s) => !newKeys.has(s.key) && candidate(s)).slice(0, MAX_TOPIC_SENTENCES).filter((s) => !newRuns.holds(s.key, true));
  const leftNew = news.filter((s) => !oldKeys.has(s.key) && candidate(s)).slice(0, MAX_TOPIC_SENTENCES).filter((s) => !oldRuns.holds(s.key, true));
  // only the sentences a topic row claims are paired (a sentence of another topic is no partner)
  const ours = (s: TextSentence): boolean => { const f = topicOfSentence(s); return f !== undefined && !claimed(s, f); };
  const to = leftOld.filter(ours);
  const tn = leftNew.filter(ours);
  if (to.length === 0 && tn.length === 0) return [];
  const { pairs, removed, added } = pairSentences(to, tn);
  const out = new Map<TopicField, TopicChange>();
  for (const [i, j] of pairs) {
    const o = to[i]!;
    const n = tn[j]!;
    const field = topicOfSentence(n);
    // (a statute's number is the topic's own word: "MIGRFS 7/2017" → "MIGRFS 3/2021" is no rewording, though a one-digit number
    // is no content word to the wording tests)
    if (field === undefined || field !== topicOfSentence(o) || out.has(field) || (field !== 'legal_basis' && sameSaid(o, n)) || !topicChanged(field, o.text, n.text)) continue;
    out.set(field, { field, kind: 'changed', old: o, new: n });
  }
  // a sentence one text only has: no change while the other text says it again, states its topic's words, or has a
  // sentence of the same topic left unchanged by its words (a purpose moved into another sentence)
  const keptOld = olds.filter((s) => newKeys.has(s.key) || newRuns.holds(s.key, true));
  const keptNew = news.filter((s) => oldKeys.has(s.key) || oldRuns.holds(s.key, true));
  const lone = (xs: readonly TextSentence[], idx: readonly number[], otherAll: readonly TextSentence[], otherKept: readonly TextSentence[], otherText: string): Map<TopicField, TextSentence> => {
    const m = new Map<TopicField, TextSentence>();
    const mine = idx.map((i) => xs[i]!);
    const again = restated(mine, otherAll);
    const otherNorm = normalizeForQuote(otherText).toLowerCase();
    mine.forEach((s, k) => {
      const field = topicOfSentence(s);
      if (field === undefined || m.has(field) || again.has(k)) return;
      const words = topicWords(field, s.text);
      if (words !== undefined && (words.size === 0 || [...words].every((w) => otherNorm.includes(w)))) return;
      // a purpose: one kept sentence of the other text about the purpose says it still (a purpose reworded lives on)
      if (field === 'purpose' && otherKept.some((x) => topicOfSentence(x) === 'purpose')) return;
      m.set(field, s);
    });
    return m;
  };
  const gone = lone(to, removed, news, keptNew, newText);
  const come = lone(tn, added, olds, keptOld, oldText);
  for (const field of new Set([...gone.keys(), ...come.keys()])) {
    if (out.has(field)) continue;
    const o = gone.get(field);
    const n = come.get(field);
    out.set(field, { field, kind: o && n ? 'changed' : o ? 'removed' : 'added', ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) });
  }
  return [...out.values()];
}
