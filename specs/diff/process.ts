import { contentWords } from './lists.js';
import { isNoiseSentence, rowHolds, wordy, type SentenceRow } from './rules.js';
import type { TextSentence } from './text.js';

// The change report's fallback for what an application must contain or have attached (issue 14, diffgen80b): the sentences
// and list items each text states about the application's content ("Till ansökan ska bifogas …", "Av ansökan ska framgå …",
// "Ansökan ska innehålla …", "Skriv med följande uppgifter:", "ansökan med motivering", "underskriven av …", an intyg), read
// across the whole text, and an item is new when its content words the other text does not state at all (in any sentence): an
// item moved, reordered or reworded with the same words is none. Items new on one side only are the requirement added or
// removed; on both sides, changed. Reported under requisition.requires, both quotes the sentences as written. Pure functions,
// capped work, linear patterns.

/** at most this many sentences a side are read */
export const MAX_PROCESS_SENTENCES = 1500;
/**
 * an item is new when half its content words the other text states nowhere, or two of them and a third (an item appended to a
 * sentence: "… en budget och föreningens senaste årsmötesprotokoll")
 */
const NEW_SHARE = 0.5;
const NEW_WORDS_SOME = 2;
const NEW_SHARE_SOME = 0.3;

/** words that make a sentence a pointer, a question or a contact, never a requirement ("Läs mer om …", "Har du frågor …") */
const NOT_A_RULE = { where: 'sentence', cue: wordy(/\b(?:läs\s+mer|läs\s+om|läs\s+(?:också|även|gärna)|mer\s+information|kontakta|har\s+du\s+frågor|frågor\s+om|vid\s+frågor|se\s+även|nyhet\p{L}*|pressmeddelande\p{L}*)\b|\?\s*$/iu) } as const;
/** a denial: what need not be attached ("Föreningar behöver inte bifoga årsberättelse") is no requirement */
const DENIAL = { where: 'sentence', cue: wordy(/\b(?:inte|ej|inga|ingen|inget)\b/iu) } as const;
/** the report's own content, no application's ("I redovisningen ska ingå …", "Slutrapporten ska innehålla …") */
const REPORT_SUBJECT = { where: 'sentence', cue: wordy(/^\W*(?:i\s+)?(?:den\s+)?(?:slutlig\p{L}*\s+|ekonomisk\p{L}*\s+)?(?:redovisning(?:en)?|återrapportering(?:en)?|slutrapport(?:en)?|rapport(?:en)?|slutredovisning(?:en)?|verksamhetsberättelse(?:n)?)\b|\b(?:redovisningen|återrapporteringen|slutrapporten|slutredovisningen)\s+(?:ska|skall|måste)\b/iu) } as const;

/**
 * What an application or requisition must contain or have attached. Examples and counter-examples are constructed sentences.
 */
export const REQUIREMENT_SENTENCES: ReadonlyArray<SentenceRow<'requisition.requires'>> = [
  {
    id: 'krav-bifogas', where: 'sentence', meaning: 'requisition.requires', weight: 1,
    // (a bare "bilaga" is as often a reference, "Se bilaga 1", "Fördelningen framgår av bilagorna", or a heading)
    cue: wordy(/\b(?:till\s+(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska|skall|måste|bör)\s+(?:även\s+|också\s+)?(?:bifogas|biläggas)|bifoga|bifogar|bifogas|bilägg\p{L}*|följande\s+bilagor(?:na)?\s+(?:ska|skall|måste)\s+(?:\p{L}+\s+){0,2}?(?:bifogas|skickas|lämnas|laddas)|bilagor(?:na)?\s+(?:ska|skall|måste)\s+(?:\p{L}+\s+){0,2}?bifogas)\b/iu),
    unless: [NOT_A_RULE, REPORT_SUBJECT, DENIAL],
    examples: ['Till ansökan ska bifogas en budget och en tidsplan.', 'Bifoga årsmötesprotokollet och verksamhetsberättelsen.', 'Följande bilagor ska skickas med: stadgar och registreringsbevis.'],
    counterExamples: ['Föreningar behöver inte bifoga årsberättelse.', 'Slutrapporten ska ha en bifogad resultaträkning.', 'Läs mer om vilka bilagor som behövs.', 'Vilka bilagor ska jag bifoga?', 'Ansökan och tillhörande bilagor ska skickas med e-post till registrator@exempelkommun.se.', 'Se bilaga 1', 'Fördelningen framgår av bilagorna.', 'Intyg - bilaga till ansökan'],
  },
  {
    id: 'krav-framga', where: 'sentence', meaning: 'requisition.requires', weight: 1,
    cue: wordy(/\bav\s+(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska|skall|måste|bör)\s+(?:\p{L}+\s+){0,2}?framgå\b|\b(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska|skall|måste)\s+(?:\p{L}+\s+){0,2}?(?:innehålla|omfatta|beskriva|vara\s+(?:underskriven|undertecknad|signerad)|undertecknas|skrivas\s+under|åtföljas\s+av)\b|\bi\s+(?:ansökan|rekvisitionen|ansökningen)\s+(?:ska|skall|måste|bör)\s+(?:du|ni|sökanden|föreningen|organisationen)\s+(?:\p{L}+\s+)?(?:ange|beskriva|redovisa|uppge|motivera|presentera)\b|\bföljande\s+(?:uppgifter|handlingar|dokument)\s+(?:ska|skall|måste)\s+(?:\p{L}+\s+){0,3}?(?:finnas\s+med|ingå|lämnas|skickas)\b[^.]{0,60}?\b(?:ansökan|rekvisitionen|ansökningen)\b/iu),
    unless: [NOT_A_RULE, REPORT_SUBJECT, DENIAL],
    examples: ['I ansökan ska ni beskriva hur aktiviteterna når barn i hela kommunen.', 'Följande uppgifter ska finnas med i ansökan:', 'Av ansökan ska det framgå hur många barn som deltar.', 'Ansökan ska innehålla en beskrivning av aktiviteterna och en budget.', 'Ansökan ska vara underskriven av föreningens ordförande.', 'Rekvisitionen ska undertecknas av kommunens firmatecknare.'],
    counterExamples: ['Redovisningen ska innehålla en ekonomisk sammanställning.', 'Ansökan ska vara inne senast den 15 mars.', 'I redovisningen ska ni beskriva hur medlen har använts.', 'Följande uppgifter ska finnas med i slutrapporten:'],
  },
  {
    id: 'krav-uppgifter', where: 'sentence', meaning: 'requisition.requires', weight: 1,
    cue: wordy(/\b(?:(?:skriv|ange|uppge)\s+(?:med\s+)?följande|skriv\s+med|ange\s+i\s+ansökan|ansökan\s+med\s+(?:en\s+)?(?:kort\s+)?(?:motivering|budget|projektplan|verksamhetsplan|arbetsprover|cv)|motivering\s+(?:ska|skall|måste)\s+(?:alltid\s+)?(?:anges|bifogas|finnas))\b/iu),
    also: { where: 'sentence', cue: wordy(/\b(?:ansök\p{L}*|rekvi\p{L}+|sök|söka|förslag\p{L}*|nominer\p{L}*|skriv\s+med)\b/iu) },
    unless: [NOT_A_RULE, REPORT_SUBJECT, DENIAL],
    examples: ['Skicka in er ansökan senast den 15 maj. Skriv med följande uppgifter:', 'Din ansökan med motivering skickar du till kultur@exempelkommun.se.', 'Motivering ska alltid anges för förslag till kulturpriset.'],
    counterExamples: ['Redovisningen ska innehålla följande uppgifter:', 'Ansök senast den 15 maj.', 'Samla in följande uppgifter:'],
  },
  {
    id: 'krav-intyg', where: 'sentence', meaning: 'requisition.requires', weight: 1,
    cue: wordy(/\b(?:intyg(?:et|en)?|registreringsbevis\p{L}*|firmateckn\p{L}*|registerutdrag\p{L}*|belastningsregist\p{L}*)\b[^.]{0,120}?\b(?:ansök\p{L}*|rekvi\p{L}+|bifoga\p{L}*)\b|\b(?:ansök\p{L}*|rekvi\p{L}+|bifoga\p{L}*)\b[^.]{0,120}?\b(?:intyg(?:et|en)?|registreringsbevis\p{L}*|firmateckn\p{L}*|registerutdrag\p{L}*|belastningsregist\p{L}*)\b/iu),
    // (a sentence with a verb of what is required: "Intyg - bilaga till ansökan" is a heading)
    also: { where: 'sentence', cue: wordy(/\b(?:ska|skall|måste|bör|krävs|behövs|bifoga\p{L}*|lämnas|skickas)\b/iu) },
    unless: [NOT_A_RULE, REPORT_SUBJECT, DENIAL],
    examples: ['Ett intyg från kommunen ska lämnas in med ansökan.', 'Registreringsbevis krävs för att ansökan ska behandlas.'],
    counterExamples: ['Redovisningen ska innehålla ett intyg från revisorn.', 'Läs mer om intyg på Skatteverkets webbplats.', 'Intyg - bilaga till ansökan'],
  },
];

/** A requirement of one text: the sentence or list item, and its content words. */
interface Requirement { readonly s: TextSentence; readonly words: readonly string[] }

const holds = (text: string): boolean => REQUIREMENT_SENTENCES.some((row) => rowHolds(row, text));

/** The requirements a text states: the sentences a row claims, and the items of a list whose lead a row claims. */
export function requirementsOf(sentences: readonly TextSentence[]): Requirement[] {
  const out: Requirement[] = [];
  for (const s of sentences.slice(0, MAX_PROCESS_SENTENCES)) {
    // (a list's lead, "Följande två blanketter ska bifogas:", says what its items are: the items are the requirements)
    // (… and a heading, "Handlingar att bifoga", names what follows, no requirement of its own)
    if (isNoiseSentence(s.text) || /:\s*$/u.test(s.text) || s.heading) continue;
    if (holds(s.text) || (s.lead !== undefined && holds(s.lead) && !rowHolds(NOT_A_RULE as SentenceRow<unknown>, s.text))) out.push({ s, words: contentWords(s.text) });
  }
  return out;
}

/** One change of what an application must contain. */
export interface RequirementChange {
  readonly field: 'requisition.requires';
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: TextSentence;
  readonly new?: TextSentence;
}

/** the first requirement whose content words the other text mostly states nowhere */
function firstNew(rs: readonly Requirement[], other: ReadonlySet<string>): TextSentence | undefined {
  return rs.find((r) => {
    const own = r.words.filter((w) => !other.has(w)).length;
    return (own >= 1 && own >= NEW_SHARE * r.words.length) || (own >= NEW_WORDS_SOME && own >= NEW_SHARE_SOME * r.words.length);
  })?.s;
}

/**
 * What an application must contain, changed between two texts' sentences (already split by textSentences): a requirement of one
 * text whose content words the other text does not state (anywhere) is new there; new on both sides, changed.
 */
export function requirementChange(olds: readonly TextSentence[], news: readonly TextSentence[]): RequirementChange | undefined {
  const ro = requirementsOf(olds);
  const rn = requirementsOf(news);
  if (ro.length === 0 && rn.length === 0) return undefined;
  const words = (ss: readonly TextSentence[]): Set<string> => new Set(ss.slice(0, 4 * MAX_PROCESS_SENTENCES).flatMap((s) => contentWords(s.text)));
  const o = firstNew(ro, words(news));
  const n = firstNew(rn, words(olds));
  if (o && n) return { field: 'requisition.requires', kind: 'changed', old: o, new: n };
  if (o) return { field: 'requisition.requires', kind: 'removed', old: o };
  if (n) return { field: 'requisition.requires', kind: 'added', new: n };
  return undefined;
}
