import { findDates, findRanges } from '../parse/dates.js';
import { allSentences, bodyBlocks, sectionsWhere, type Found, type SentenceAt, locIn } from './common.js';
import type { Doc, Located } from '../tree/types.js';
import { sv } from '../parse/unicode.js';

// The window to requisition or apply, how, and what must be in place; payment; usage period.

export type Form = 'rekvisition' | 'ansökan' | 'intresseanmälan';

export interface RequisitionFound {
  readonly opens?: Found<string>;
  readonly closes?: Found<string>;
  readonly form?: Found<Form>;
  readonly channel?: Found<string>;
  readonly requires: Array<Found<string>>;
}

const APPLY = /rekvir|rekvisition|ansök|ansökan|anmäl|utlys|\bsökas\b/iu;
// Deadlines that are not the recipient's: the agency's own reports, decisions, payouts.
const NOT_WINDOW = /återrapport|redovis|slutredovisning|återbetal|beslut|betalas ut|utbetal|lämna en|meddelas/iu;

// the words that mark a date in a sentence as the window's first or last day
const LAST_DAY = sv(/\bsista\s+(?:dag|ansökningsdag|dagen)\b[^.]*$/iu);
const CLOSES_WORD = sv(/\bstänger\b[^.]*$/iu);
const OPENS_WORD = sv(/\böppnar\b(?![^.]*\böppnar\b)[^.]*$/iu);

const NEXT_ROUND = /\bnästa\s+(?:ansökningsperiod|ansökningsomgång|utlysning|bidragsomgång|omgång|bidragsår)/iu;

interface Cand { rank: number; value: string; at: Located; order: number }

export function findRequisition(doc: Doc): RequisitionFound {
  const sentences = allSentences(bodyBlocks(doc));
  const opens: Cand[] = [];
  const closes: Cand[] = [];
  sentences.forEach((s, order) => {
    const text = s.text;
    if (!/\d/u.test(text)) return;
    // "Nästa ansökningsperiod påbörjas … Ansökan ska vara … tillhanda senast …": the next round's window
    if (NEXT_ROUND.test(s.block.seg.text)) return;
    const dates = findDates(text);
    const ranges = findRanges(text);
    // field lines: "Utlysningsdatum: 2025-03-06", "Sista ansökningsdag: 2025-04-17", "Ansökan öppnar: 2 januari 2023"
    const field = /^(utlysningsdatum|ansökan öppnar|öppnar|ansökningsperioden? öppnar|sista ansökningsdag(?:en)?|sista dag (?:att|för) (?:rekvirera|rekvisition|ansöka|ansökan|anmäla|anmälan)|ansökan stänger|stänger|sista rekvisitionsdag)\s*:\s*/iu.exec(text);
    const first = dates[0];
    if (field && first && first.start === field[0].length) {
      const target = /utlys|öppnar/iu.test(field[1]!) ? opens : closes;
      target.push({ rank: 0, value: first.date, at: locIn(s, 0, first.end), order });
      return;
    }
    for (const r of ranges) {
      const before = text.slice(0, r.start);
      if ((sv(/(?:ansökan|ansökningsperiod(?:en)?|ansökningstid(?:en)?|rekvisitionsperiod(?:en)?|utlysningsperiod(?:en)?|utlysningen|rekvisitionen|e-tjänsten)\b[^.]*(?:är|var)?\s*(?:öppen|pågår)?\s*(?:mellan|från|:)?\s*(?:den\s+)?$/iu).test(before)
        // "Stödet kan sökas från den 2 april 2024 till den 1 oktober 2026", "Ni kan rekvirera mellan …"
        || sv(/\b(?:kan|får|går att)\s+(?:sökas|söka|ansöka|ansökas|rekvireras|rekvirera)\b[^.\d]*?\s(?:mellan|från)\s+(?:den\s+)?$/iu).test(before))
        && !NOT_WINDOW.test(before)) {
        opens.push({ rank: 2, value: r.from, at: locIn(s), order });
        closes.push({ rank: 2, value: r.to, at: locIn(s), order });
      }
    }
    if (!APPLY.test(text)) return;
    for (const d of dates) {
      const before = text.slice(0, d.start);
      if (ranges.some((r) => r.start <= d.start && d.end <= r.end)) continue;
      // the word nearest the date decides: "Utlysningen öppnar den 14 februari och sista ansökningsdag är den 16 mars"
      const lastDeadline = Math.max(before.search(LAST_DAY), before.search(CLOSES_WORD));
      const lastOpens = before.search(OPENS_WORD);
      if (lastOpens >= 0 && lastOpens > lastDeadline && !NOT_WINDOW.test(before)) {
        opens.push({ rank: 1, value: d.date, at: locIn(s), order });
      } else if (sv(/\bstängt\s+för\s+(?:ansökan|rekvisition)\s*$/iu).test(before)) {
        // the web page's status line ("Stängt för ansökan 01 juni 2018"): a date, but its word is the site's, not the grant's
        closes.push({ rank: 1.6, value: d.date, at: locIn(s), order });
      } else if (lastDeadline >= 0
        // "Rekvisitionstiden för 2018 års statsbidrag gick ut den 1 juni 2018"
        || sv(/\b(?:rekvisitionstiden|ansökningstiden|rekvisitionsperioden|ansökningsperioden)\b[^.]*\b(?:gick ut|går ut|löper ut|löpte ut|slutar|slutade|avslutas|stängde)\s+(?:den\s+)?$/iu).test(before)
        // "Ansökan om bidrag för nya projekt kan göras till den 1 december 2017"
        || sv(/^(?:Ansökan|Ansökningar|Rekvisitionen|Rekvisition)\b[^.]*\bkan\s+(?:göras|lämnas(?:\s+in)?|skickas(?:\s+in)?)\s+(?:till\s+och\s+med|till)\s+(?:den\s+)?$/iu).test(before)) {
        closes.push({ rank: 1, value: d.date, at: locIn(s), order });
      } else if (sv(/\bsenast\s+(?:den\s+)?$/iu).test(before) && !NOT_WINDOW.test(text.replace(/beslut om ansökan/iu, ''))
        && !sv(/\b(?:Socialstyrelsen|myndigheten|regeringen|vi)\s+ska\s+senast/iu).test(text)) {
        // "Medel som inte har rekvirerats senast den 16 mars 2026 kommer fördelas om" — a redistribution
        // cut-off is the last requisition day
        closes.push({ rank: 1.5, value: d.date, at: locIn(s), order });
      }
    }
  });
  const pick = (xs: Cand[]): Cand | undefined => [...xs].sort((a, b) => a.rank - b.rank || a.order - b.order)[0];
  const o = pick(opens);
  const c = pick(closes);
  const validO = o && c && o.value > c.value ? undefined : o;
  return {
    ...(validO ? { opens: { value: validO.value, at: validO.at } } : {}),
    ...(c ? { closes: { value: c.value, at: c.at } } : {}),
    ...formOf(doc, sentences, c),
    ...channelOf(sentences),
    requires: requiresOf(sentences),
  };
}

function formOf(doc: Doc, sentences: readonly SentenceAt[], closes: Cand | undefined): { form?: Found<Form> } {
  const word = (t: string): Form | undefined => (/rekvir|rekvisition/iu.test(t) ? 'rekvisition'
    : /intresseanmälan|anmäl/iu.test(t) ? 'intresseanmälan' : /ansök|ansökan/iu.test(t) ? 'ansökan' : undefined);
  if (closes && closes.rank > 0) {
    const text = closes.at.block.seg.text.slice(closes.at.start, closes.at.end);
    const f = word(text);
    if (f) return { form: { value: f, at: closes.at } };
  }
  const heading = sectionsWhere(doc, /hur gör ni en (?:rekvisition|ansökan)|hur (?:rekvirerar|ansöker) ni|^rekvisition|^ansökan$/iu)[0]?.heading;
  const hf = heading ? word(heading.seg.text) : undefined;
  if (heading && hf) return { form: { value: hf, at: { block: heading, start: 0, end: heading.seg.text.length } } };
  return {};
}

function channelOf(sentences: readonly SentenceAt[]): { channel?: Found<string> } {
  for (const s of sentences) {
    if (!APPLY.test(s.text)) continue;
    const m = /(?:\p{Lu}[\p{L}]+s\s+)?e-tjänst(?:en)?(?:\s+för\s+statsbidrag)?/u.exec(s.text);
    if (m) return { channel: { value: m[0], at: locIn(s, m.index, m.index + m[0].length) } };
  }
  return {};
}

const REQUIRES = [
  sv(/\bombud\b[^.]*\b(?:behöver|måste|ska)\b|\b(?:behöver|måste|ska)\b[^.]*\bombud\b/iu),
  sv(/^(?:Rekvisitionen|Ansökan|Anmälan)\s+ska\s+innehålla\b/iu),
  sv(/\bi samband med (?:rekvisition(?:en)?|ansökan)\b[^.]*\bska\b|\bska\b[^.]*\bi samband med (?:rekvisition(?:en)?|ansökan)\b/iu),
  sv(/^I (?:rekvisitionen|ansökan) ska\b/iu),
];

function requiresOf(sentences: readonly SentenceAt[]): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const s of sentences) {
    if (!/ombud|rekvisition|ansökan|anmälan/iu.test(s.text)) continue;
    if (REQUIRES.some((re) => re.test(s.text)) && !/^Läs mer|^Mer information/iu.test(s.text)) {
      out.push({ value: s.text, at: locIn(s) });
    }
  }
  return out;
}

export function findPayment(doc: Doc): Found<string> | undefined {
  const sections = sectionsWhere(doc, /när kommer (?:bidraget|pengarna|medlen)|utbetalning|hur får ni (?:del av )?(?:medlen|pengarna)|när betalas|när fattas beslut/iu);
  const pool = sections.length ? allSentences(sections.flatMap((s) => s.blocks)) : allSentences(bodyBlocks(doc));
  for (const s of pool) {
    if (sv(/\bbetala[rs]?\s+ut\b|\butbetalning(?:en)?\b|\bbetalas\b/iu).test(s.text) && /engångs|löpande|förskott|tillfällen|konto|efter (?:att|rekvisition)/iu.test(s.text)) {
      return { value: s.text, at: locIn(s) };
    }
  }
  return undefined;
}

export function findUsagePeriod(doc: Doc): { from: Found<string>; to: Found<string> } | undefined {
  const sentences = allSentences(bodyBlocks(doc));
  const ranked: Array<{ rank: number; from: string; to: string; at: Located }> = [];
  sentences.forEach((s, order) => {
    if (/ansök|utlys|öppen|rekvisition(?:en)?\s+(?:öppnar|görs)/iu.test(s.text)) return;
    for (const r of findRanges(s.text)) {
      const rank = /använda (?:stats)?bidraget|kostnader som uppstår|användas (?:under|från|mellan)|(?:kan|får) användas|använt (?:hela )?(?:stats)?bidraget/iu.test(s.text) ? 0
        : sv(/\bperioden\b|\bbidragsåret\b/iu).test(s.text) ? 1 : undefined;
      if (rank !== undefined) ranked.push({ rank: rank + order / 10000, from: r.from, to: r.to, at: locIn(s) });
    }
  });
  ranked.sort((a, b) => a.rank - b.rank);
  const best = ranked[0];
  return best ? { from: { value: best.from, at: best.at }, to: { value: best.to, at: best.at } } : undefined;
}
