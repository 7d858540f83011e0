import type { Span } from './sentences.js';
import { globalCopy } from '../../specs/regex.js';
import { sv } from './unicode.js';
import { ABOUT_CLAUSE_ENDS, ABOUT_ENDS, ACT_ABOUT, ACT_NAME, ACT_TITLED_BEFORE, BARE_ACT, BARE_NUMBERED_ACT, DECISION_NUMBER, EU_ACT_NAME } from '../cues/references.js';

// Legal basis: SFS numbers "lag (2018:597)", "förordningen (SFS 2024:1252)", EU acts
// "(EU) 2016/679" and Government Offices diary numbers "S2024/01058", "Fi2009/7942", "S2015/07777/FS". Appropriation posts
// ("anslag 1:6", "Regleringsbrev 1:11") and decision numbers ("I:18") are neither.

export type LegalKind = 'lag' | 'förordning' | 'föreskrift' | 'eu-förordning' | 'diarienummer' | 'regeringsbeslut';

export interface LegalRefHit extends Span {
  readonly ref: string;
  readonly kind: LegalKind;
  readonly title?: string;
}

// the number may be followed by the paragraphs meant, inside the same parenthesis: "förordning (2015:504 8 § 9 § och 10 §)"
const SFS = sv(/\((?:SFS\s*)?((?:19|20)\d{2}):(\d{1,4})(?:\)|\s+(?=\d{1,3}\s?[a-z]?\s?§))|\bSFS\s+((?:19|20)\d{2}):(\d{1,4})\b/gu);
// a department's code may be two letters ("Fi2009/7942", "Ku2020/02624"); older numbers end in the
// unit's code ("dnr S2015/07777/FS"), which the number is kept without
// (the unit's code may be mixed case or two codes: "N2004/575/ITFoU", "UF2013/76341/UD/FIM")
const UNIT = String.raw`(?:\/[A-ZÅÄÖ][A-Za-zåäö]{0,5}){0,2}`;
const DIARY = new RegExp(String.raw`(?<![\p{L}\d/])([A-ZÅÄÖ][A-Za-zåäö]{0,2}\d{4}\/\d{3,6})${UNIT}(?![\p{L}\d/])`, 'gu');
// an older letter's address run into its number, "103 15 STOCKHOLMN2004/575/ITFoU": after a word in
// capitals only a one-letter department's code is read (A, M, N, S, U), so "…STOCKHOLMUD2005/69388"
// gives no "D2005/69388": which capitals are a two-letter code is no guess
const DIARY_AFTER_CAPITALS = new RegExp(String.raw`(?<=\p{Lu}{4})([AMNSU]\d{4}\/\d{3,6})${UNIT}(?![\p{L}\d/])`, 'gu');
const DECISION = sv(new RegExp(DECISION_NUMBER.cue.source, 'giu'));
const EU = /\(EU\)\s*(?:nr\s*)?(\d{4}\/\d{1,4})/gu;
// the act's name right before the number: "Lag", "förordningen", "patientdatalag",
// "offentlighets- och sekretesslagen"
const NAME_BEFORE = ACT_NAME.cue;
// the act with its number bare: "förordningen 2010:1121 om bidrag till …"
const BARE_NUMBERED = globalCopy(BARE_NUMBERED_ACT.cue);
// an act's title after its number is a line at most ("om bidrag till förvaltning av värdefulla kulturmiljöer")
const ABOUT_WINDOW = 400;
const ABOUT_AFTER = ACT_ABOUT.cue;

function kindOf(name: string): LegalKind {
  const n = name.toLowerCase();
  if (n.includes('förordning')) return 'förordning';
  if (n.includes('föreskrift')) return 'föreskrift';
  return 'lag';
}

export function findLegalRefs(text: string): LegalRefHit[] {
  const hits: LegalRefHit[] = [];
  // every reference holds a number: most sentences hold none, and are done without the patterns
  if (!/\d/u.test(text)) return hits;
  // an act's number holds a colon (SFS, BARE_NUMBERED, DECISION), a diary number a slash (DIARY): a block without one is
  // not searched for them (most blocks with a digit hold a date or an amount, and each search makes the pattern's copy anew)
  const colon = text.includes(':');
  const slash = text.includes('/');
  for (const m of colon ? text.matchAll(SFS) : []) {
    const year = m[1] ?? m[3];
    const num = m[2] ?? m[4];
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const name = NAME_BEFORE.exec(before);
    // the title before the number: "förordningen om statsbidrag för kvinnors organisering (2005:1089)"
    const wide = name ? undefined : text.slice(Math.max(0, m.index - 150), m.index);
    const titled = wide === undefined ? null : ACT_TITLED_BEFORE.cue.exec(wide);
    if (titled) {
      const act = titled[1]!.toLowerCase().replace(/^(lag|förordning)en$/u, '$1');
      const end = m.index + m[0].length;
      hits.push({ ref: `${year}:${num}`, kind: kindOf(act), title: `${act} ${titled[2]!.trim()}`, start: m.index - (wide!.length - titled.index), end });
      continue;
    }
    if (!name && !m[0].includes('SFS')) continue;
    const end = m.index + m[0].length;
    const about = ABOUT_AFTER.exec(text.slice(end))?.[1]
      ?.replace(ABOUT_ENDS.cue, '').replace(ABOUT_CLAUSE_ENDS.cue, '').trim();
    const base = name?.[1]?.toLowerCase().replace(/^(lag|förordning)en$/u, '$1');
    const title = base ? (about ? `${base} ${about}` : BARE_ACT.cue.test(base) ? undefined : base) : undefined;
    const start = name ? m.index - (before.length - name.index) : m.index;
    hits.push({
      ref: `${year}:${num}`, kind: name ? kindOf(name[1]!) : 'förordning',
      ...(title ? { title } : {}),
      start, end: about ? end + text.slice(end).indexOf(about) + about.length : end,
    });
  }
  for (const m of colon ? text.matchAll(BARE_NUMBERED) : []) {
    const act = m[1]!.toLowerCase().replace(/^(lag|förordning)en$/u, '$1');
    const end = m.index + m[0].length;
    // the title is read from a bounded window: a block of many such references stays linear
    const after = text.slice(end, end + ABOUT_WINDOW);
    const about = ABOUT_AFTER.exec(after)?.[1]
      ?.replace(ABOUT_ENDS.cue, '').replace(ABOUT_CLAUSE_ENDS.cue, '').trim();
    hits.push({
      ref: `${m[2]}:${m[3]}`, kind: kindOf(act), ...(about ? { title: `${act} ${about}` } : {}),
      start: m.index, end: about ? end + after.indexOf(about) + about.length : end,
    });
  }
  for (const m of text.includes('(EU)') ? text.matchAll(EU) : []) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const name = EU_ACT_NAME.cue.exec(before);
    hits.push({
      ref: `(EU) ${m[1]}`, kind: 'eu-förordning', ...(name ? { title: name[1]!.toLowerCase() } : {}),
      start: name ? m.index - (before.length - name.index) : m.index, end: m.index + m[0].length,
    });
  }
  for (const m of colon ? text.matchAll(DECISION) : []) {
    const start = m.index + m[0].length - m[1]!.length;
    hits.push({ ref: m[1]!, kind: 'regeringsbeslut', start, end: start + m[1]!.length });
  }
  for (const m of slash ? [...text.matchAll(DIARY), ...text.matchAll(DIARY_AFTER_CAPITALS)] : []) {
    hits.push({ ref: m[1]!, kind: 'diarienummer', start: m.index, end: m.index + m[1]!.length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
