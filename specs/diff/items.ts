import { wordDiff } from './lists.js';

// A sentence listing several items that gains or loses one ("Stödet får användas till personalkostnader, externa tjänster
// och resor." → "…, resor och utrustning."; "Till ansökan ska en projektbudget bifogas." → "… en projektbudget och en
// tidsplan bifogas."): the item added or dropped is the change, not the whole sentence (diffvary59's OPEN pairs, issue 14).
// The two sentences must be the same apart from the enumeration's items: the same lead, the same negations, the same tail.

/** where an enumeration's items meet: ", ", " och ", " eller ", " samt " (not "Kultur- och fritidsnämnden") */
const ITEM_SEPARATOR = /(?<![-–]),\s+|(?<![-–])\s+(?:och|eller|samt)\s+/giu;
/** a sentence's closing mark, kept apart from its last item */
const CLOSING_MARK = /\s*[.!?;:]+$/u;
const MARK = '¦';
/** an item that denies ("… och inte till resor") is a new rule, not one item more */
const ITEM_NEGATIONS = new Set(['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'utom', 'förutom', 'undantag']);
/** an item is a few words, not a clause of its own */
const MAX_ITEM_WORDS = 8;

const tokens = (s: string): string => s.normalize('NFC').trim().replace(CLOSING_MARK, (m) => ` ${m.trim()}`).replace(ITEM_SEPARATOR, ` ${MARK} `);

export interface ItemChange { readonly kind: 'added' | 'removed'; readonly item: string }

/**
 * The one item a sentence's enumeration gained ('added', the new side's item) or lost ('removed', the old side's), when the
 * two sentences are otherwise word for word the same; undefined for any other edit.
 */
export function enumerationItemChange(a: string, b: string): ItemChange | undefined {
  const parts = wordDiff(tokens(a), tokens(b));
  const edits = parts.filter((p) => p.op !== '=');
  if (edits.length !== 1) return undefined;
  const edit = edits[0]!;
  const words = edit.text.split(' ');
  // the edit is one whole item with the separator on one side of it
  if (words.filter((w) => w === MARK).length !== 1 || (words[0] !== MARK && words.at(-1) !== MARK)) return undefined;
  const item = words.filter((w) => w !== MARK);
  if (item.length === 0 || item.length > MAX_ITEM_WORDS || item.some((w) => ITEM_NEGATIONS.has(w.toLowerCase()))) return undefined;
  // the lead the items hang on stays: at least two words before the edit
  const lead = parts.slice(0, parts.indexOf(edit)).flatMap((p) => p.text.split(' ')).filter((w) => w !== MARK);
  if (lead.length < 2) return undefined;
  // … and one the sentence already names among its other items is a repeat, not one more ("budget, tidsplan och tidsplan",
  // review63 e10, constructed)
  const kept = parts.filter((p) => p.op === '=').map((p) => ` ${p.text} `).join(' ');
  if (kept.includes(` ${MARK} ${item.join(' ')} `) || kept.includes(` ${item.join(' ')} ${MARK} `)) return undefined;
  return { kind: edit.op === '+' ? 'added' : 'removed', item: item.join(' ') };
}
