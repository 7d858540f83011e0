import { normalizeForQuote } from '../quote.js';
import { applicantKinds } from './eligibility.js';
import { contentWords, matchItems, similarity } from './lists.js';
import { classifyHeading, isNoiseSentence, rowHolds, wordy, type SentenceRow } from './rules.js';
import { sameWordsReordered, WordRuns, wordOfItsOwn, type TextSentence } from './text.js';
import { sameInOtherWords, sentenceKey } from './wording.js';

// The change report's fallback for items listed under a topic's lead (issue 14, diffgen80c): a list (bullets, numbers, or short
// lines) or a run "a, b och c" after a lead's colon, introduced by what the money may go to ("Bidraget får användas till:"), what
// it may not ("Bidrag ges inte till:"), the grant's conditions ("För att få bidraget krävs:"), the underlag to keep or attach
// ("Spara följande underlag:"), its purpose ("Syftet med satsningen är att:") or who may apply ("Bidraget kan sökas av:"). The
// text pass (text.ts) reads no item under four words and the extractor may read the list in neither year: here the two years'
// items under leads of one field are matched by their content stems (lists.ts matchItems, the Dice measure of the spec diff's
// lists), and an item added or removed whose words the other text states nowhere (moved into prose, reworded with the same
// words, reordered: no change) is a change of that field, quoted from its own line. The lead decides the field (LIST_LEADS,
// registered as diff.LIST_LEADS, or a section's heading, rules.ts SECTION_HEADINGS); where leads of two fields hold at one
// weight, none. Pure functions; the work is capped (MAX_LIST_ITEMS a side) and every pattern is linear.

/** The fields a listed item is reported under. */
export type ListField = 'permitted_uses' | 'excluded_uses' | 'conditions' | 'evidence_documents' | 'purpose' | 'recipients' | 'requisition.requires';

const LIST_FIELDS: ReadonlySet<string> = new Set<ListField>(['permitted_uses', 'excluded_uses', 'conditions', 'evidence_documents', 'purpose', 'recipients', 'requisition.requires']);

/** at most this many items a side are read */
export const MAX_LIST_ITEMS = 300;
/** an item is a few words, not a paragraph of its own */
const MAX_ITEM_WORDS = 14;
/** a run of short lines under a lead with no bullets has lines at most this far apart (a blank line between each) */
const LINE_GAP = 2;

/** the lead's grant noun: "Bidraget", "Stödet", "Medlen", "Pengarna", "Stipendiet", "Lovpengen" */
const GRANT = String.raw`(?:[\p{L}-]*bidrag(?:et)?|[\p{L}-]*stöd(?:et)?|medel|medlen|pengarna|[\p{L}-]*pengen|[\p{L}-]*stipendi(?:et|um|erna)|[\p{L}-]*checken|anslaget)`;

/** a lead about something else: a pointer, a question to the reader, a contact, an application's steps, a past round */
const NOT_A_LEAD = { where: 'sentence', cue: wordy(/\b(?:läs\s+mer|mer\s+information|kontakta|frågor|nyhet\p{L}*|pressmeddelande\p{L}*|andra\s+bidrag|fler\s+bidrag|övriga\s+bidrag|tidigare\s+(?:år|omgångar)|förra\s+året|har\s+(?:fått|beviljats)|fick\s+(?:bidrag|stöd)|beviljades|genomförda)\b/iu) } as const;

/**
 * The leads of a list, each naming the field its items are. Read on the lead's whole sentence (a line ending in a colon, or the
 * heading right over the list). Examples and counter-examples are constructed sentences, written as the agencies write them.
 */
export const LIST_LEADS: ReadonlyArray<SentenceRow<ListField>> = [
  {
    id: 'lista-anvandning', where: 'sentence', meaning: 'permitted_uses', weight: 2,
    cue: wordy(new RegExp(String.raw`\b${GRANT}\s+(?:får|kan|ska|skall)\s+(?:[\p{L}-]+\s+){0,2}?(?:användas|gå|sökas|ges|beviljas|lämnas|täcka|finansiera)\s+(?:till|för)\b[^.:]{0,60}:\s*$|\b(?:du|ni|man|föreningen|organisationen|kommunen|regionen|huvudmannen|huvudmännen|kommunerna|regionerna)\s+(?:kan|får)\s+(?:[\p{L}-]+\s+){0,2}?(?:söka|få|använda|ansöka\s+om)\s+(?:[\p{L}-]+\s+){0,3}?(?:för|till|inom)(?:\s+(?:följande|dessa|nedanstående))?(?:\s+(?:områden|ändamål|kostnader|insatser|aktiviteter|insatsområden|ansökningsområden|syften))?\s*:\s*$|\b${GRANT}\s+(?:kan|får)\s+(?:sökas|ges|beviljas|lämnas)\s+inom\s+(?:följande|dessa|nedanstående)\s+(?:områden|insatsområden|ansökningsområden)\s*:\s*$|\bexempel\s+på\s+(?:vad|insatser|aktiviteter|kostnader|åtgärder|verksamhet|användning)\b[^.]{0,60}:?\s*$|\bkostnader\s+(?:som|vilka)\s+(?:kan|får)\s+(?:ingå|ersättas|beviljas|täckas)\b[^.]{0,40}:\s*$|\binsatser\s+som\s+(?:kan|får)\s+(?:få\s+)?(?:stöd|bidrag|finansieras)\b[^.]{0,40}:\s*$`, 'iu')),
    unless: [NOT_A_LEAD, { where: 'sentence', cue: wordy(/\b(?:inte|ej|aldrig)\b|\?\s*$/iu) }],
    examples: ['Bidraget får användas till:', 'Medlen kan användas för följande:', 'Stödet kan sökas för kostnader för:', 'Exempel på insatser', 'Exempel på vad bidraget kan användas till:', 'Kostnader som kan ingå i projektet:', 'Du kan söka bidrag för:', 'Insatser som kan få stöd:', 'Du kan söka bidrag inom följande områden:', 'Bidrag kan sökas inom följande insatsområden:', 'Ni kan söka stöd för följande kostnader:'],
    counterExamples: ['Bidraget får inte användas till:', 'Exempel på projekt som har fått stöd:', 'Läs mer om vad bidraget kan användas till:', 'Bidraget får användas till lokalhyra.', 'Exempel på projekt som beviljades bidrag förra året', 'Du kan söka bidrag i följande kommuner:'],
  },
  {
    id: 'lista-undantag', where: 'sentence', meaning: 'excluded_uses', weight: 3,
    cue: wordy(new RegExp(String.raw`\b${GRANT}\s+(?:får|kan|ska|skall)?\s*(?:ges|beviljas|lämnas|utgår|användas|gå|sökas)\s+(?:[\p{L}-]+\s+){0,1}?(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:till|för)\b[^.:]{0,60}:\s*$|\b${GRANT}\s+(?:får|kan|ska|skall)\s+(?:inte|ej)\s+(?:[\p{L}-]+\s+){0,2}?(?:användas|gå|sökas|ges|beviljas|lämnas|täcka|finansiera)\s+(?:till|för)\b[^.:]{0,60}:\s*$|\b(?:du|ni|man|vi)\s+(?:kan|får|ger|ges)\s+inte\s+(?:[\p{L}-]+\s+){0,2}?(?:söka|få|använda|stöd|bidrag)\s+(?:[\p{L}-]+\s+){0,3}?(?:för|till)\s*:\s*$|\b(?:inte|ej)\s+(?:stödberättigande|bidragsberättigade|godkända)\s+kostnader\b|\bkostnader\s+som\s+(?:inte|ej)\s+(?:är\s+stödberättigande|ersätts|godkänns|kan\s+ingå)\b`, 'iu')),
    unless: [NOT_A_LEAD],
    examples: ['Bidraget får inte användas till:', 'Stöd ges inte till:', 'Bidrag beviljas inte för följande kostnader:', 'Vi ger inte stöd till:', 'Ej stödberättigande kostnader', 'Kostnader som inte ersätts:'],
    counterExamples: ['Bidraget får användas till:', 'Ansökan får inte vara längre än fem sidor:', 'Läs mer om vad bidraget inte kan användas till:'],
  },
  {
    id: 'lista-villkor', where: 'sentence', meaning: 'conditions', weight: 2,
    cue: wordy(/\bför\s+att\s+(?:kunna\s+)?(?:få|beviljas|erhålla|söka|ansöka\s+om|ta\s+del\s+av)\s+(?:[\p{L}-]+\s+){0,4}?(?:krävs|ska|måste|gäller)\b[^.]{0,60}:\s*$|\b(?:följande\s+)?(?:villkor|krav|kriterier|förutsättningar)\b[^.:]{0,80}:\s*$|\b(?:ska|måste)\s+(?:[\p{L}-]+\s+){0,3}?uppfylla\s+(?:följande|dessa|samtliga)\b|\bkrävs\s+(?:det\s+)?(?:att|följande)\s*:\s*$|^\W*(?:föreningen|organisationen|sökande|sökanden|den\s+sökande|projektet|verksamheten|aktiviteten|aktiviteterna|arrangemanget|arrangören|mottagaren|stipendiaten)\s+(?:ska|skall|måste)(?:\s+(?:även|också|dessutom))?\s*:\s*$|\bunder\s+förutsättning\s+att\s*:\s*$/iu),
    unless: [NOT_A_LEAD, { where: 'sentence', cue: wordy(/\b(?:utbetalning\p{L}*|rekvisition\p{L}*|redovisning\p{L}*|återrapport\p{L}*|ansökan\s+ska\s+innehålla|bifoga\p{L}*)\b|\?\s*$/iu) }],
    examples: ['För att få bidraget krävs att föreningen:', 'Villkor för stödet:', 'Kriterier som ska vara uppfyllda för att kunna söka bidrag:', 'Föreningen ska uppfylla följande krav:', 'För att kunna beviljas stöd gäller följande:', 'Föreningen ska:', 'Aktiviteterna ska även:', 'Bidrag beviljas under förutsättning att:'],
    counterExamples: ['Villkor för utbetalning:', 'Redovisningen ska uppfylla följande krav:', 'Vilka krav gäller?', 'För att få bidraget krävs en ansökan.', 'Ansökan ska:', 'Föreningen ska redovisa:'],
  },
  {
    id: 'lista-underlag', where: 'sentence', meaning: 'evidence_documents', weight: 3,
    cue: wordy(/\b(?:spara|bevara|arkivera|spara\s+alltid)\s+(?:följande\s+|dessa\s+|alla\s+)?(?:underlag|handlingar|dokument|verifikationer|kvitton)\b|\b(?:följande\s+)?(?:underlag|verifikationer|handlingar|dokument)\s+(?:ska|skall|måste|kan)\s+(?:[\p{L}-]+\s+){0,2}?(?:sparas|bevaras|arkiveras|bifogas|skickas\s+in|lämnas\s+in|begäras\s+in|kunna\s+(?:visas|uppvisas))\b|\b(?:bifoga|bifogas|ska\s+bifogas|bifogar\s+(?:du|ni))\b[^.]{0,60}:\s*$|\bexempel\s+på\s+(?:underlag|verifikationer|handlingar)\b|^\W*(?:underlag|verifikationer)(?:\s+(?:att|som\s+ska)\s+(?:spara|sparas|bifoga|bifogas|kunna\s+visas))?\s*:?\s*$|\b(?:detta|det\s+här)\s+(?:ska|behöver|måste)\s+(?:du|ni|föreningen|huvudmannen|kommunen)\s+spara\b/iu),
    unless: [NOT_A_LEAD, { where: 'sentence', cue: wordy(/\b(?:redovisning\p{L}*|slutrapport\p{L}*|återrapport\p{L}*)\b|\?\s*$/iu) }],
    examples: ['Spara följande underlag:', 'Följande underlag ska sparas i tio år:', 'Till ansökan ska du bifoga:', 'Bifoga följande handlingar:', 'Följande handlingar kan komma att begäras in:', 'Exempel på underlag som ska sparas:', 'Underlag att spara', 'Det här behöver ni spara:'],
    counterExamples: ['Till redovisningen ska du bifoga:', 'Underlaget för beräkningen är:', 'Läs mer om vilka underlag som ska sparas:', 'Underlag för beslut om fördelningen'],
  },
  {
    id: 'lista-syfte', where: 'sentence', meaning: 'purpose', weight: 2,
    cue: wordy(new RegExp(String.raw`\b(?:syftet|ändamålet|målet|målen|målsättningen)\s+(?:med\s+(?:[\p{L}-]+\s+){1,3}?)?(?:är|ska\s+vara|skall\s+vara)\s+(?:att|bland\s+annat\s+att)\s*:\s*$|\b(?:${GRANT}|satsningen|programmet|utlysningen|fonden)\s+(?:ska|skall)\s+(?:[\p{L}-]+\s+){0,2}?(?:bidra\s+till|främja|stärka|syfta\s+till)\s*(?:att)?\s*:\s*$|\b(?:${GRANT}|satsningen|programmet|utlysningen|fonden)\s+(?:syftar\s+till|har\s+som\s+(?:syfte|mål))\s+(?:att)?\s*:\s*$`, 'iu')),
    unless: [NOT_A_LEAD, { where: 'sentence', cue: wordy(/\b(?:beskriv\p{L}*|ange|redogör\p{L}*|redovis\p{L}*|projektets|ansökan)\b/iu) }],
    examples: ['Syftet med bidraget är att:', 'Satsningen ska bidra till:', 'Målet med satsningen är att:', 'Stödet syftar till att:', 'Bidraget ska främja:'],
    counterExamples: ['Beskriv projektets syfte:', 'Syftet med bidraget är att stärka föreningslivet.', 'I ansökan ska syftet anges:'],
  },
  {
    id: 'lista-sokande', where: 'sentence', meaning: 'recipients', weight: 2,
    cue: wordy(new RegExp(String.raw`\b(?:kan|får)\s+(?:endast\s+|bara\s+|även\s+)?(?:sökas|ansökas|rekvireras)\s+av\s*:\s*$|\b(?:följande|dessa)\s+(?:[\p{L}-]+\s+){0,2}?(?:kan|får)\s+(?:[\p{L}-]+\s+){0,2}?(?:söka|ansöka|rekvirera)\b[^.]{0,40}:?\s*$|^\W*(?:vem|vilka)\s+(?:kan|får)\s+(?:an)?söka\b[^.]{0,40}[?:]?\s*$|\briktar\s+sig\s+(?:främst\s+|endast\s+)?till\s*:\s*$|\b${GRANT}\s+(?:kan\s+|får\s+)?(?:lämnas|ges|beviljas)\s+till\s*:\s*$|\b(?:behöriga|berättigade)\s+(?:att\s+söka|sökande)\b[^.]{0,40}:?\s*$`, 'iu')),
    unless: [NOT_A_LEAD, { where: 'sentence', cue: wordy(/\b(?:inte|ej)\b/iu) }],
    examples: ['Bidraget kan sökas av:', 'Följande organisationer kan söka:', 'Vem kan söka?', 'Vilka kan söka bidraget?', 'Utlysningen riktar sig till:', 'Bidrag kan lämnas till:'],
    counterExamples: ['Bidraget kan inte sökas av:', 'Vem kan svara på frågor?', 'Följande kan inte söka:', 'Aktiviteterna ska rikta sig till barn och unga.'],
  },
];

/** The field a lead names: a section's heading by its rows (rules.ts SECTION_HEADINGS), else the heaviest LIST_LEADS rows, one field. */
export function leadField(lead: string): ListField | undefined {
  const heading = classifyHeading(lead);
  if (heading !== undefined && LIST_FIELDS.has(heading)) return heading as ListField;
  const held = LIST_LEADS.filter((row) => rowHolds(row, lead));
  if (held.length === 0) return undefined;
  const top = Math.max(...held.map((r) => r.weight));
  const fields = new Set(held.filter((r) => r.weight === top).map((r) => r.meaning));
  return fields.size === 1 ? [...fields][0] : undefined;
}

/** an item that says nothing of the grant's rules: a pointer, a question, a contact, a page's chrome */
const NOT_AN_ITEM = wordy(/^\W*se\s|\b(?:läs\s+mer|läs\s+om|mer\s+information|kontakta|se\s+även|se\s+också|klicka|ladda\s+ner|nyhet\p{L}*|telefon|tel|e-post)\b|\?\s*$|@/iu);
/** a denial in an item */
const DENIES = wordy(/\b(?:inte|ej|icke|aldrig)\b/iu);
/** a recipients' item names a kind of applicant (eligibility.ts applicantKinds) or a school's principal */
const PRINCIPAL = wordy(/\bhuvudm(?:an|än|ännen|annen)\b/iu);
/** where a run's items meet after a lead's colon: ", ", " och ", " eller ", " samt ", "; " */
const RUN_SEPARATOR = /\s*[,;]\s+|\s+(?:och|eller|samt)\s+/u;

/** One item of a list under a lead: its words, and the sentence of the text it stands in (its quote). */
export interface ListItem {
  readonly field: ListField;
  readonly item: string;
  readonly sentence: TextSentence;
}

const wordsOf = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const itemOk = (field: ListField, item: string): boolean => {
  if (contentWords(item).length === 0 || wordsOf(item) > MAX_ITEM_WORDS || NOT_AN_ITEM.test(item) || isNoiseSentence(item)) return false;
  // (an item that denies, "inte använda stödet till löner" under "ska föreningen:", is an excluded use the text pass reads, diff36)
  if (field !== 'excluded_uses' && DENIES.test(item)) return false;
  return field !== 'recipients' || applicantKinds(item).length > 0 || PRINCIPAL.test(item);
};
const bare = (s: string): string => s.replace(/[\s.;,:!]+$/u, '').trim();

/**
 * A text's items under leads: bulleted or numbered items under a lead line or a heading (TextSentence.lead, over, section),
 * short lines right under a lead ending in a colon, and a run "a, b och c" after a lead's colon in one sentence.
 */
export function listItems(sentences: readonly TextSentence[]): ListItem[] {
  const out: ListItem[] = [];
  let open: { field: ListField; line: number } | undefined;
  for (const s of sentences) {
    if (out.length >= MAX_LIST_ITEMS) break;
    if (s.item) {
      const lead = s.lead ?? s.over ?? s.section;
      const field = lead === undefined ? undefined : leadField(lead);
      if (field !== undefined && itemOk(field, bare(s.text))) out.push({ field, item: bare(s.text), sentence: s });
      open = undefined;
      continue;
    }
    // a short line right under an open lead (lines without bullets)
    if (open && s.line > open.line && s.line - open.line <= LINE_GAP && !/:\s*$/u.test(s.text) && wordsOf(s.text) <= MAX_ITEM_WORDS) {
      if (itemOk(open.field, bare(s.text))) out.push({ field: open.field, item: bare(s.text), sentence: s });
      open = { field: open.field, line: s.line };
      continue;
    }
    open = undefined;
    // a lead ending in a colon, or a heading a lead row or section row claims ("Underlag att spara"), opens the lines under it
    if (/:\s*$/u.test(s.text) || s.heading) {
      const field = leadField(s.text);
      if (field !== undefined) open = { field, line: s.line };
      continue;
    }
    // a run after a lead's colon in the sentence: "Bidraget får användas till: lokalhyra, material och resor."
    // (a colon between figures, "(2016:1367)", "kl. 10:00", is no lead's)
    const colon = s.text.search(/(?<=\p{L}):\s/u);
    if (colon > 0) {
      const field = leadField(s.text.slice(0, colon + 1));
      if (field === undefined) continue;
      for (const part of bare(s.text.slice(colon + 1)).split(RUN_SEPARATOR)) {
        const item = bare(part);
        if (item && itemOk(field, item)) out.push({ field, item, sentence: s });
      }
    }
  }
  return out;
}

/** One change of a field's listed items between the texts: the items gone and come (each with its sentence), in text order. */
export interface ListChange {
  readonly field: ListField;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly removed: readonly ListItem[];
  readonly added: readonly ListItem[];
}

/** the content stems a whole text states, and its words as written (a stem inside a compound is stated too) */
class Stated {
  private readonly stems: Set<string>;
  private readonly words: string;
  constructor(text: string) {
    this.stems = new Set(contentWords(text));
    this.words = [...new Set(text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3))].join(' ');
  }
  /** whether every content word of an item is stated: as a stem, or its first letters inside a word of the text */
  all(item: string): boolean {
    return contentWords(item).every((w) => this.stems.has(w) || (w.length >= 5 && this.words.includes(w.slice(0, Math.max(5, w.length - 2)))));
  }
}

/**
 * The listed items that changed between two texts' sentences (already split by textSentences), the whole texts given to tell an
 * item still stated there: per field, the items under its leads are matched across the years (the same key, else Dice ≥ 0.5 on
 * content stems); an item left over whose content words the other text states nowhere is added or removed, a pair whose words
 * differ by a content word the other text states nowhere is changed. One change per field, with every item gone and come.
 */
export function listChanges(olds: readonly TextSentence[], news: readonly TextSentence[], oldText: string, newText: string): ListChange[] {
  const io = listItems(olds);
  const inw = listItems(news);
  if (io.length === 0 && inw.length === 0) return [];
  const oldRuns = new WordRuns(sentenceKey(oldText));
  const newRuns = new WordRuns(sentenceKey(newText));
  const oldStated = new Stated(normalizeForQuote(oldText));
  const newStated = new Stated(normalizeForQuote(newText));
  // every list item of each text, under any lead or none (bounded as the items are)
  const oldBullets = olds.filter((x) => x.item).slice(0, MAX_LIST_ITEMS);
  const newBullets = news.filter((x) => x.item).slice(0, MAX_LIST_ITEMS);
  const out: ListChange[] = [];
  for (const field of LIST_FIELDS as ReadonlySet<ListField>) {
    const fo = io.filter((x) => x.field === field);
    const fn = inw.filter((x) => x.field === field);
    if (fo.length === 0 && fn.length === 0) continue;
    // an item the other text still writes (in a list or in prose, its words in a row) is no change
    const leftO = fo.filter((x) => !newRuns.holds(sentenceKey(x.item), true));
    const leftN = fn.filter((x) => !oldRuns.holds(sentenceKey(x.item), true));
    const m = matchItems(leftO.map((x) => x.item), leftN.map((x) => x.item));
    const removed: ListItem[] = [];
    const added: ListItem[] = [];
    for (const [i, j] of m.pairs) {
      const o = leftO[i]!;
      const n = leftN[j]!;
      if (sameWordsReordered(o.item, n.item) || sameInOtherWords(o.item, n.item)) continue;
      // (a pair whose new words the old text states, or the other way, is the item reworded)
      const gained = wordOfItsOwn(n.item, o.item) && !oldStated.all(n.item);
      const lost = wordOfItsOwn(o.item, n.item) && !newStated.all(o.item);
      if (gained || lost) { removed.push(o); added.push(n); }
    }
    // (… nor an item moved under another lead, another field's list, reworded: "Idrottsrörelsen i Halland utvecklas" under what may
    // be sought → "Utveckla idrottsrörelsen i länet." under what a project must meet, diffb31)
    const elsewhere = (x: ListItem, others: readonly TextSentence[]): boolean => others.some((y) => similarity(x.item, y.text) >= 0.5);
    for (const i of m.removed) if (!newStated.all(leftO[i]!.item) && !elsewhere(leftO[i]!, newBullets)) removed.push(leftO[i]!);
    for (const j of m.added) if (!oldStated.all(leftN[j]!.item) && !elsewhere(leftN[j]!, oldBullets)) added.push(leftN[j]!);
    if (removed.length === 0 && added.length === 0) continue;
    const byLine = (a: ListItem, b: ListItem): number => a.sentence.line - b.sentence.line;
    out.push({ field, kind: removed.length > 0 && added.length > 0 ? 'changed' : removed.length > 0 ? 'removed' : 'added', removed: removed.sort(byLine), added: added.sort(byLine) });
  }
  return out;
}
