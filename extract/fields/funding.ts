import { Decimal } from 'decimal.js';
import { globalCopy } from '../../specs/regex.js';
import { choose, noteRefusal } from './choose.js';
import { TOTAL_MARGIN } from '../cues/choice.js';
import { findForeignAmounts, kronorOf, type AmountHit, type Kronor } from '../parse/amounts.js';
import { allSentences, statedDates, amountsIn, bodyBlocks, sentencesOf, type Found, type SentenceAt, locIn } from './common.js';
import type { Block, Doc, Located } from '../tree/types.js';
import { noteOn } from '../notes.js';
import { SAME_GRANT, titleOverlap, titleWords } from '../../specs/diff/identity.js';
import { GRANT_NAME } from '../cues/title.js';
import { yearNumbers } from '../cues/year.js';
import { sv } from '../parse/unicode.js';
import {
  APPROPRIATION_LINES, GOVERNMENT_RESERVE_SHARE, BARE_SUM, CEILING_CUES, PERIOD_TOTALS, DIVIDED_AMONG, FIXED_AMOUNTS, ONE_RECIPIENTS_SUM, SUM_TO_ONE_NAMED_BODY, GROUP_APPLIES, FOREIGN_TOTAL, SHARE_PART, FUNDING_HEADINGS, GRANTED_CUES, KEY_CUES, SUM_FOR_YEAR, APPLY_FOR_YEAR, KEY_IN_NEXT_SENTENCE, KEYED_SPLIT, NOT_TOTAL,
  APPLICATION_CEILINGS, CEILING_LABEL_UNIT, CEILING_SLASH_UNIT, CEILING_VERB_UNIT, PART_CUES, PART_NAMED, PART_PURPOSE, RATE_CUES, RATE_UNIT, partRecipient, partRecipientFrom, lastRecipient, PER_UNIT_RATE, PER_WORDS, POPULATION_DATE, POPULATION_WINDOW, SHARE_OF, TOTAL_CUES, TOTAL_LINES, NAMED_LIST_LEADS, NAMED_AMOUNT_LINE, NAMED_AMOUNT_ROW, FRAME_LEAD_PLACE,
  SHARE_PERCENT, PAST_SUMS_HEADING, REQUISITION_PAID_CEILING, PAID_ON_REQUISITION, NAMED_BODY_GETS_SUM, PACKAGE_MEASURES, PACKAGE_WHOLE,
  type TotalCue, RECIPIENT_CEILING,
  CEILING_WORD, CURRENCY_FIRST,
} from '../cues/funding.js';
import { alternation, NUMBER_WORDS, RECIPIENT_NOUNS, SHARE_WORDS, SPELLED_MULTIPLIERS } from '../cues/lexicon.js';
import { AMOUNT_COLUMN_LINE, BARE_AMOUNT_LINE, GROUP_LINE, LIST_UNIT, THOUSANDS_UNIT } from '../cues/allocation.js';
import { anyCue, bestCue, contextOf, cueTest, holds, type Context, type Cue } from '../cues/types.js';
import { APPROXIMATE } from '../cues/values.js';
import { NAMED_AMOUNT_LEADS, PAST_APPLICANTS } from '../cues/recipients.js';

// The total, and how it is split: parts with their key (equal, per-capita, fixed per recipient,
// per unit, the government's key). Approximate figures ("cirka 7,5 miljarder"), rates ("per
// bidragsår"), bounds ("upp till") and sums granted or applied for are never the total.

export type Key = 'equal' | 'per-capita' | 'fixed-per-recipient' | 'per-unit' | 'government-key' | 'other';

export type PartTo = 'region' | 'kommun' | 'länsstyrelse' | 'organisation';

export interface PartFound {
  readonly to?: Found<PartTo>;
  readonly amount: Found<Kronor>;
  readonly key?: Found<Key>;
  readonly unit?: Found<string>;
  readonly units?: Found<number>;
  readonly per_unit?: Found<Kronor>;
  readonly per_recipient?: Found<Kronor>;
  readonly purpose?: Found<string>;
  /** the one recipient the part names ("Länsstyrelsen i Stockholms län"), as written */
  readonly named?: Found<string>;
}

/** A rate per unit (or per recipient) whose count the text does not state: a part with no amount. */
export interface RateFound extends Pick<PartFound, 'to' | 'unit' | 'per_unit' | 'per_recipient'> {
  readonly key: Found<Key>;
  readonly per_unit_max?: Found<true>;
}

export interface FundingFound {
  readonly total?: Found<Kronor>;
  /** the total is a rounded figure ("Utlysningens totala budget är ca 20 miljoner kronor"): its rounding word and the amount */
  readonly total_approximate?: Found<true>;
  readonly granted?: Found<Kronor>;
  /** a total stated only in another currency, where no kronor total is stated */
  readonly foreign_total?: Found<{ amount: Kronor; currency: string }>;
  readonly population_date?: Found<string>;
  readonly parts: PartFound[];
  /** parts stated only as a share of the total ("Hälften av medlen fördelas till kommunerna"): never turned into an amount */
  readonly shares: Array<{ readonly to: Found<PartTo>; readonly share: Found<string> }>;
  /** rates per unit or per recipient with no count of units stated: never multiplied into an amount */
  readonly rates: RateFound[];
  /** Why no total was taken: two sums of like weight disagree (see fields/choose.ts). */
  readonly refused?: string;
}

/** How many short lines above a sum line its list's heading may stand (a list of past decisions, PAST_SUMS_HEADING). */
const PAST_SUMS_REACH = 40;
/** The longest line read as such a heading or list line, in characters. */
const PAST_SUMS_LINE = 120;

/** A plain amount: not approximate, not a bound, not a rate. */
const atHit = (s: SentenceAt, hit: { start: number; end: number }): Located => locIn(s, hit.start, hit.end);

/** What the amount's "per" word says, by PER_WORDS: a rate per inhabitant, or per something that is no unit. */
const perSays = (a: AmountHit, meaning: 'population' | 'capita' | 'recipient' | 'not-unit'): boolean =>
  a.per !== undefined && PER_WORDS.some((r) => r.meaning === meaning && holds(r, contextOf(a.per!, 0, 0)));

function plain(a: AmountHit): boolean {
  return !a.approximate && !a.bound && (!a.per || perSays(a, 'population') || perSays(a, 'capita'));
}

interface Candidate {
  weight: number; value: Kronor; exact: Decimal; loc: Located; ceiling?: boolean; rounded?: Located; span?: boolean;
  /** read by a row of one named recipient's sum (TotalCue.title): dropped when such rows name two different sums */
  named?: boolean;
}

/** A rounded amount's rounding word and the amount ("ca 20 miljoner kronor"), read in the window amounts.ts reads it in. */
function roundedAt(s: SentenceAt, a: AmountHit): Located {
  const from = Math.max(0, a.start - 24);
  const word = APPROXIMATE.cue.exec(s.text.slice(from, a.start));
  return locIn(s, word ? from + word.index : a.start, a.end);
}

const [SPLIT_VERB, WHOLE_SUM, FURTHER_PART] = KEYED_SPLIT as [Cue<'split' | 'whole' | 'further'>, Cue<'split' | 'whole' | 'further'>, Cue<'split' | 'whole' | 'further'>];
const PART_VETO = NOT_TOTAL.find((r) => r.id === 'part-to-recipients')!;
// the rows whose sum is stated per year and is still the grant's own (marked `yearly` in the table)
const YEARLY_TOTALS = TOTAL_CUES.filter((r) => r.yearly === true);
/** The rows a rounded figure may be a total after (TotalCue.approximate): read alone for it, whatever heavier row also holds. */
const ROUNDED_TOTAL_CUES = TOTAL_CUES.filter((r) => r.approximate === true);
// the first of two coordinated sums to two recipient groups is a part whatever row reads it (asked of each candidate's sum)
const FIRST_OF_TWO_VETO = NOT_TOTAL.find((r) => r.id === 'first-of-two-group-sums')!;
const SENTENCE_VETO = NOT_TOTAL.filter((r) => r !== PART_VETO && r !== FIRST_OF_TWO_VETO);
/** The rows that also read the title heading (TotalCue.title), and how far into the text that heading may stand (in blocks). */
const TITLE_TOTAL_CUES = TOTAL_CUES.filter((r) => r.title !== undefined);
/** The rows read in a body's sentences: all but those read in the title heading only (TotalCue.title 'headline'). */
const BODY_TOTAL_CUES = TOTAL_CUES.filter((r) => r.title !== 'headline');
const TITLE_REACH = 2;

/** One sum stated twice, or rounded once and exact once ("5,9 miljarder" and "5 886 500 000"). */
function sameSum(a: Candidate, b: Candidate): boolean {
  return a.exact.eq(b.exact) || a.exact.minus(b.exact).abs().lt(Decimal.max(a.exact, b.exact).times(0.01));
}

/**
 * The total: every plain amount is a candidate, weighed by the rows of extract/cues/funding.ts
 * that hold around it (a little more under a funding heading); the heaviest wins.
 */
export function findFunding(doc: Doc, title?: string, round: { closes?: string } = {}): FundingFound {
  const sentences = allSentences(bodyBlocks(doc));
  const candidates: Candidate[] = [];
  // the title's years as the title finder reads them (cues/year.ts): not a law's number "(2015:456)", both years of "2018/19"
  // … with none there, the round's: the year applied for ("kan söka bidrag för 2025"), the last day's year and the one after
  // it (a round that closes in the autumn gives next year's money) (review66 av6, pa3). Not the grant year alone: it drops
  // diff q182's "För 2021 finns 200 miljoner kronor avsatta" on a 2020 page (right) but the page's own "för 2020, vilket är
  // 136 miljoner kronor" is read by no row, and its pair's total change would be lost (left open)
  const titleYears = new Set(yearNumbers(title ?? '').map((y) => String(y.year)));
  if (titleYears.size === 0) {
    const closes = round.closes ? Number(round.closes.slice(0, 4)) : undefined;
    if (closes) [closes, closes + 1].forEach((y) => titleYears.add(String(y)));
    for (const s of sentences) {
      if (!/\d/u.test(s.text) || !holds(APPLY_FOR_YEAR, contextOf(s.text, 0, 0))) continue;
      const y = APPLY_FOR_YEAR.cue.exec(s.text)?.[1];
      if (y) titleYears.add(y);
    }
  }
  // a sum line under a heading over sums already granted ("Beviljade bidrag 2024") adds up past decisions (PAST_SUMS_HEADING):
  // the heading is its section's, or the line that leads the run of short lines (a list's lines of name and sum) it ends
  // (kept per block, and a long line read no further than its length: a hostile text's thousands of sentences in one block
  // or thousands of blocks each ask once, each looking back a bounded number of short lines)
  const pastKnown = new Map<Block, boolean>();
  const pastSums = (b: Block): boolean => {
    let hit = pastKnown.get(b);
    if (hit !== undefined) return hit;
    hit = false;
    const heading = doc.sections[b.section]?.heading?.seg.text ?? '';
    if (heading.length <= PAST_SUMS_LINE && cueTest(PAST_SUMS_HEADING.cue, heading.trim())) hit = true;
    for (let i = b.index - 1; !hit && i >= Math.max(0, b.index - PAST_SUMS_REACH); i--) {
      const t = doc.blocks[i]!.seg.text;
      if (t.length > PAST_SUMS_LINE) break;
      if (cueTest(PAST_SUMS_HEADING.cue, t.trim())) hit = true;
      else if (t.trim().split(/\s+/u).length > 8 || /[.!?]\s*$/u.test(t)) break;
    }
    pastKnown.set(b, hit);
    return hit;
  };
  let granted: Found<Kronor> | undefined;
  // a total may be spelled out with no digit in its sentence ("I år har myndigheten sju miljoner kronor att
  // fördela"): such sentences are read only when no sentence with digits gave a candidate, so a figure in
  // digits is never outweighed by a rounded one in words ("omfattar totalt en miljard kronor" beside "betala ut
  // 980 000 000 kronor")
  const withDigits = sentences.flatMap((s, i) => (/\d/u.test(s.text) ? [i] : []));
  // the decision's money paid to the agency on its requisition: its uppdrag's ceiling is then money given out (REQUISITION_PAID_CEILING)
  const paidOnRequisition = sentences.some((s) => holds(PAID_ON_REQUISITION, contextOf(s.text, 0, 0)));
  // the page's grant goes to a whole group ("Regionerna kan rekvirera …"): one named body's sum is then a part (SUM_TO_ONE_NAMED_BODY)
  const groupApplies = sentences.some((s) => holds(GROUP_APPLIES, contextOf(s.text, 0, 0)));
  const spelledOnly = sentences.flatMap((s, i) => (!/\d/u.test(s.text) && SPELLED_MULTIPLIER.test(s.text) ? [i] : []));
  for (const order of [withDigits, spelledOnly]) {
   if (order === spelledOnly && candidates.length > 0) break;
   for (const i of order) {
    const s = sentences[i]!;
    const amounts = amountsIn(s);
    // made once for all of the sentence's amounts: a new string each was read whole again by each
    const withPrevious = `${sentences[i - 1]?.text ?? ''} ${s.text}`;
    // before the veto: the sentences that state a granted sum are the ones it keeps from the total
    granted ??= grantedIn(s, amounts);
    const heading = headingOf(doc, s);
    // (its line is the sentence before and this one: "Utlysningen ingår i programmet … Programmet … omfattar …")
    // (its heading too: a piece of a formula the section is about may state the total, NOT_TOTAL formula-component)
    if (anyCue(SENTENCE_VETO, contextOf(s.text, 0, 0, heading, withPrevious))) continue;
    // (a short line in a list of sums already granted: "Totalt 1 250 000 kr" below "Beviljade bidrag 2024")
    if (pastSums(s.block)) continue;
    const bonus = FUNDING_HEADINGS.some((r) => cueTest(r.cue, heading)) ? 0.5 : 0;
    for (const a of amounts) {
      if (a.bound === 'max' && !a.approximate && !a.per) {
        const at = contextOf(s.text, a.start, a.end, heading);
        const ceiling = bestCue(CEILING_CUES, at) ?? (paidOnRequisition && holds(REQUISITION_PAID_CEILING, at) ? REQUISITION_PAID_CEILING : undefined);
        if (ceiling) candidates.push({ weight: ceiling.weight + bonus, value: a.value, exact: a.exact, loc: atHit(s, a), ceiling: true });
        continue;
      }
      const ctx = contextOf(s.text, a.start, a.end, heading);
      // a sum per year is a rate, save the grant's own yearly budget ("Budgeten är på 1 000 000kr per år")
      // (its line is the sentence before and this one: "Sökande ska bifoga en budget för projektet. Budgeten är …" is the applicant's)
      // (rounded, only after a yearly row that is also marked approximate: "Totalt finns ca 200 000 kronor om året att söka")
      const yearly = a.per === 'år' && !a.bound
        && YEARLY_TOTALS.some((r) => (!a.approximate || r.approximate === true) && holds(r, contextOf(s.text, a.start, a.end, heading, withPrevious)));
      // a rounded figure is a total only after a row that names the whole sum as such (TotalCue.approximate)
      const rounded = a.approximate && !a.bound && (!a.per || yearly);
      if ((!plain(a) || a.per) && !yearly && !rounded) continue;
      // (a rounded figure reads only the rows that let one stand: a heavier exact-only row that also holds, "totala beloppet"
      // beside total-summa-att-fordela, must not hide them — "Det totala beloppet som delas ut uppgår till cirka 2 000 000
      // kronor" is the stated total, rounded; review76a T7, open77)
      const row: TotalCue | undefined = bestCue(rounded ? ROUNDED_TOTAL_CUES : BODY_TOTAL_CUES, ctx);
      if (!row || (rounded && row.approximate !== true)) continue;
      if (row.weight <= PART_VETO.weight && holds(PART_VETO, ctx)) continue;
      if (holds(FIRST_OF_TWO_VETO, ctx)) continue;
      if (groupApplies && holds(SUM_TO_ONE_NAMED_BODY, ctx)) continue;
      // a sum said to be for a year the title does not name is that year's money ("har för 2021 tilldelats" under a 2023 title)
      if (titleYears.size > 0) {
        const forYear = SUM_FOR_YEAR.cue.exec(s.text.slice(0, a.start))?.[1];
        if (forYear && !titleYears.has(forYear)) continue;
      }
      // a total told for several years (PERIOD_TOTALS): apart in the choice
      const span = anyCue(PERIOD_TOTALS, ctx);
      candidates.push({ weight: row.weight + bonus, value: a.value, exact: a.exact, loc: atHit(s, a), ...(rounded ? { rounded: roundedAt(s, a) } : {}), ...(span ? { span } : {}),
        ...(row.title === true ? { named: true } : {}) });
    }
   }
  }
  // one named recipient's sum is the total only when it is the one such sum: several named bodies each given a different sum,
  // each in its own sentence ("Stockholms Stadsmission får 3 miljoner kronor. Frälsningsarmén får 2 miljoner kronor.", review84,
  // constructed), state no total of their own
  const named = candidates.filter((c) => c.named === true);
  const namedSums = named.length === 0 ? [] : sentences.filter((s) => /\d/u.test(s.text) && holds(NAMED_BODY_GETS_SUM, contextOf(s.text, 0, 0)))
    .flatMap((s) => amountsIn(s).slice(0, 1));
  const several = named.some((c) => !sameSum(c, named[0]!)) || namedSums.some((a) => !a.exact.eq(named[0]!.exact));
  if (several) candidates.splice(0, candidates.length, ...candidates.filter((c) => c.named !== true));
  // a press release may state its one sum in its title heading only ("LSU får 6,55 miljoner kronor för ungdomsverksamhet", "3,5
  // miljoner kronor till stiftelsen Swecare för 2026", dev 2456, 2454; rb84): read when the body gave no candidate, by the rows
  // marked `title` alone (a sum to one named recipient, or the call's pot as money to seek: "212 miljoner att söka i
  // organisationsbidrag", dev 2517, money86), a plain figure only
  // … never a heading whose year the body has moved past (review84: "3,5 miljoner kronor till stiftelsen X för 2025" over a body
  // telling of the grant "även för 2026", constructed): the heading is then the earlier year's sum
  if (candidates.length === 0) {
    // (the heading the title finder took, when one within reach is: a skip link above it, "Hoppa till huvudinnehåll", is a
    // heading of the page's chrome, dev 2517; money86)
    const heads = doc.blocks.filter((b) => b.index < TITLE_REACH && b.kind === 'heading');
    const head = heads.find((b) => title !== undefined && b.seg.text.trim() === title.trim()) ?? heads[0];
    const headYears = head ? yearNumbers(head.seg.text).map((y) => y.year) : [];
    const later = headYears.length > 0 && sentences.some((s) => s.block !== head && yearNumbers(s.text).some((y) => y.year > Math.max(...headYears)));
    for (const s of head && !later ? sentencesOf(head) : []) {
      for (const a of amountsIn(s)) {
        if (!plain(a) || a.per || a.bound) continue;
        const row = bestCue(TITLE_TOTAL_CUES, contextOf(s.text, a.start, a.end, ''));
        // (its quote is the heading as it stands, the line that states the sum and what it is for: "500 miljoner kronor till
        // vaccinering mot covid-19", not the figure alone; rb88)
        if (row) candidates.push({ weight: row.weight, value: a.value, exact: a.exact, loc: { block: head!, start: 0, end: head!.seg.text.length } });
      }
    }
  }
  const [rowLabel, sumLine] = TOTAL_LINES;
  // table rows "Summa | 5 886 500 000"
  for (const b of doc.blocks) {
    if (b.kind !== 'row' || !b.cells || b.cells.length < 2 || pastSums(b)) continue;
    if (!cueTest(rowLabel!.cue, b.cells[0]!.text.replace(/[*_]/gu, '').trim())) continue;
    const last = b.cells[b.cells.length - 1]!;
    const n = /^[\d\s\u00a0]+$/u.exec(last.text.replace(/[*_]/gu, '').trim());
    if (!n) continue;
    const exact = new Decimal(n[0].replace(/\s/gu, ''));
    const start = b.seg.text.lastIndexOf(last.text.trim());
    candidates.push({ weight: rowLabel!.weight, value: kronorOf(exact), exact, loc: { block: b, start: Math.max(0, start), end: b.seg.text.length } });
  }
  // the same row flattened to a line, as in text from PDFs: "Summa | 5 886 500 000", "Totalt: 1 590 000 000 kr"
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || pastSums(b)) continue;
    const m = sumLine!.cue.exec(b.seg.text.trim());
    if (!m) continue;
    const exact = new Decimal(m[1]!.replace(/\s/gu, ''));
    candidates.push({ weight: sumLine!.weight, value: kronorOf(exact), exact, loc: { block: b, start: 0, end: b.seg.text.length } });
  }
  const appropriation = singleAppropriation(doc);
  if (appropriation) candidates.push(appropriation);
  // several different ceilings are one per anslagspost: none of them is the grant's total
  const ceilings = new Set(candidates.filter((c) => c.ceiling).map((c) => c.exact.toString()));
  const kept = ceilings.size > 1 ? candidates.filter((c) => !c.ceiling) : candidates;
  // the weight decides, among equals the one stated first; two different sums of like weight, none
  const keyed = findParts(doc, sentences);
  const stated = statedParts(sentences, keyed);
  // "utbetala totalt 82 000 000 kronor … avsätts totalt 75 miljoner kronor" (for the kommuner): a sum
  // stated as one recipient's part under a larger one is that total's part, not a second total
  // looked up, not searched: a hostile text's thousands of amounts meet thousands of parts
  const partAt = new Map<Located['block'], Set<number>>();
  for (const p of [...keyed, ...stated.map((q) => q.part)]) {
    const at = p.amount.at;
    partAt.set(at.block, (partAt.get(at.block) ?? new Set<number>()).add(at.start));
  }
  const isPart = (c: Candidate): boolean => partAt.get(c.loc.block)?.has(c.loc.start) ?? false;
  const agree = (a: Candidate, b: Candidate): boolean => sameSum(a, b) || (a.exact.lt(b.exact) ? isPart(a) : isPart(b));
  const choice = choose('funding.total', kept.map((c, order) => ({ ...c, order })), agree, TOTAL_MARGIN, () => 0, (c) => c.span === true);
  noteRefusal(doc, choice, (c) => c.loc);
  let best: Candidate | undefined = choice.chosen;
  // A rounded sentence ("5,9 miljarder") gives way to the exact figure of the same total.
  if (best) {
    const precise = kept.find((c) => c !== best && !c.exact.eq(best!.exact) && c.exact.minus(best!.exact).abs().lt(best!.exact.times(0.01)) && significant(c.exact) > significant(best!.exact));
    if (precise) best = precise;
  }
  let refused = choice.refused;
  // a page that presents two grants, a total each under its own heading: the title decides, or none
  if (best) {
    const scoped = grantScoped(doc, best, kept, agree, title);
    if (scoped.refused) refused = scoped.refused;
    best = scoped.chosen;
  }
  // one measure's sum of a package of measures, each with a sum of its own, is a part and the text states no total (rb89)
  if (best && packageMeasure(sentences, best, (b, start) => partAt.get(b)?.has(start) ?? false)) best = undefined;
  // "fördela 194 500 000 kronor till regionerna … betala ut 5 500 000 kronor till SKR": a total that is
  // one of two or more payments to different recipients is a part, and the text states no total
  const payments = stated.filter((p) => p.payment && !p.share);
  const approximate = approximatePayees(sentences);
  const bestIsPayment = best !== undefined && payments.some((p) => sameSpan(p.part.amount.at, best!.loc));
  if (best && bestIsPayment && splitAmong(payments, approximate)) {
    best = undefined;
  }
  const others = best ? stated.filter((p) => !sameSpan(p.part.amount.at, best!.loc)) : stated;
  const tabled = tableParts(doc).filter((t) => !keyed.some((p) => sameSpan(p.amount.at, t.amount.at)));
  const posts = best ? [] : appropriationParts(doc);
  const chosen = chooseParts(doc, others, keyed, best, approximate);
  // a list of named recipients with their sums ("enligt följande fördelning:") stands for the whole split, or is no part at all
  const unsplit = keyed.length + tabled.length + posts.length + chosen.length === 0;
  const list = unsplit ? listParts(doc) : { parts: [], framed: false };
  // a table of frames per län (NAMED_LIST_LEADS frame-list) is what some recipients may apply for, never the total's split
  const listed = list.framed ? list.parts : reconciled(doc, list.parts, [], best);
  const parts = [...keyed, ...tabled, ...posts, ...chosen, ...listed].sort(byPlace);
  const population = findPopulationDate(sentences);
  const foreign = best || refused ? undefined : foreignTotal(doc, sentences);
  return {
    ...(refused ? { refused } : {}),
    ...(best ? { total: { value: best.value, at: best.loc } } : {}),
    // the rounded figure itself is the total (no exact figure of the same sum took its place above)
    ...(best?.rounded ? { total_approximate: { value: true as const, at: best.rounded } } : {}),
    ...(foreign ? { foreign_total: foreign } : {}),
    ...(granted ? { granted } : {}),
    ...(population ? { population_date: population } : {}),
    parts,
    shares: findShares(sentences, parts),
    rates: withCeilings(findRates(sentences, parts), sentences, parts),
  };
}

/**
 * The chosen sum is one measure's of a package (cues/funding.ts PACKAGE_MEASURES, PACKAGE_WHOLE; dev 2587, 2609): at least
 * PACKAGE_MEASURES other sentences of the body state plain sums of their own (not the same sum, not its stated parts), one of
 * them larger than the chosen sum, and the chosen sum's own sentence does not name it their whole. A sum read in the title heading is the headline's, never a measure's.
 */
function packageMeasure(sentences: readonly SentenceAt[], best: Candidate, isPartAt: (b: Block, start: number) => boolean): boolean {
  if (best.loc.block.kind === 'heading') return false;
  const own = sentences.find((s) => s.block === best.loc.block && s.start <= best.loc.start && best.loc.start < s.start + s.text.length);
  if (!own || holds(PACKAGE_WHOLE, contextOf(own.text, 0, 0))) return false;
  let others = 0;
  let larger = false;
  for (const s of sentences) {
    if (s === own || !/\d/u.test(s.text)) continue;
    const sums = amountsIn(s).filter((a) => plain(a) && !a.per && !a.exact.eq(best.exact) && !isPartAt(s.block, s.start + a.start));
    if (sums.length === 0) continue;
    // (a sentence whose sums add up to the chosen one states its parts: "Ytterligare 50 miljoner kronor tillfördes … och 80
    // miljoner kronor …" beside "fördela 130 miljoner kronor", dev 2044)
    if (sums.length > 1 && sums.reduce((t, a) => t.plus(a.exact), new Decimal(0)).eq(best.exact)) return false;
    others++;
    larger ||= sums.some((a) => a.exact.gt(best.exact));
  }
  // (a measure is not the package's largest sum: a total above a list of its own smaller items is the whole, dev 2516, 598)
  return others >= PACKAGE_MEASURES && larger;
}

/** The heading a total stands under when it names a grant of its own ("Statsbidrag för stöd till barn som bevittnat våld"). */
function grantHeading(doc: Doc, loc: Located): string | undefined {
  const h = doc.sections[loc.block.section]?.heading?.seg.text.trim();
  // two words of its own at least (the title comparison's words, specs/diff/identity.ts): "Om statsbidraget" names none
  return h && GRANT_NAME.some((r) => cueTest(r.cue, h)) && titleWords(h).size >= 2 ? h : undefined;
}

/**
 * A page that presents two grants, each with a total under a heading that names it ("Statsbidrag för
 * förebyggande arbete …" and "Statsbidrag för stöd till barn …": headings that share less than the
 * same-grant share of their own words): which total is the page's is a guess, and none is taken,
 * unless the title names the grant of one heading and not the other's.
 */
function grantScoped(doc: Doc, best: Candidate, kept: readonly Candidate[], agree: (a: Candidate, b: Candidate) => boolean, title: string | undefined): { chosen?: Candidate; refused?: string } {
  const own = grantHeading(doc, best.loc);
  if (!own) return { chosen: best };
  const rival = kept.find((c) => {
    if (agree(c, best)) return false;
    const other = grantHeading(doc, c.loc);
    return other !== undefined && titleOverlap(own, other) < SAME_GRANT;
  });
  if (!rival) return { chosen: best };
  const other = grantHeading(doc, rival.loc)!;
  const names = (h: string): boolean => title !== undefined && titleOverlap(title, h) >= SAME_GRANT;
  if (names(own) && !names(other)) return { chosen: best };
  if (names(other) && !names(own)) {
    // the heaviest total under the heading the title names
    const under = kept.filter((c) => grantHeading(doc, c.loc) === other).sort((a, b) => b.weight - a.weight);
    return { chosen: under[0]! };
  }
  return { refused: `funding.total: ${String(best.value)} under "${own}" and ${String(rival.value)} under "${other}" are the totals of two grants the page presents; the title names neither alone, so neither is taken` };
}

/**
 * The lead of a list of named recipients with their sums: a pool's ("… enligt följande fördelning:",
 * "… beslutat om följande stöd för stödåret 2022.", NAMED_LIST_LEADS) or one that names the
 * recipients' type ("… till följande organisationer", recipients' NAMED_AMOUNT_LEADS, never one about
 * those who applied or were granted before).
 */
function listLead(text: string): boolean {
  const ctx = contextOf(text, 0, 0);
  return anyCue(NAMED_LIST_LEADS, ctx) || (anyCue(NAMED_AMOUNT_LEADS, ctx) && !PAST_APPLICANTS.test(text));
}

/**
 * A total's named parts stated as a list: one line per recipient under a lead (listLead), each
 * NAMED_AMOUNT_LINE a part to that named body ("Företagarna 1 124 000 kronor", "• Moderaterna:
 * 2 385 050 kronor"), of the type the lead names when it names one ("till följande organisationer").
 * A short line without digits before the first (a table's header, "Organisation Summa") is passed
 * over; any other line ends the list. Two lines at least. Whether they are the split is for
 * reconciled() to say, as for every other set of parts.
 */
function listParts(doc: Doc): { parts: PartFound[]; framed: boolean } {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    if (lead.kind === 'heading' || lead.kind === 'row') continue;
    const leadText = lead.seg.text.trim();
    if (!listLead(leadText)) continue;
    const framed = bestCue(NAMED_LIST_LEADS, contextOf(leadText, 0, 0))?.meaning === 'frame-list';
    // a frame lead's recipients are named before their place ("föreningarna i respektive kommun" are föreningar, review77e C9)
    const place = framed ? FRAME_LEAD_PLACE.exec(leadText) : null;
    const type = partRecipient(place ? leadText.slice(0, place.index) : leadText);
    const to = type ? { to: { value: type, at: { block: lead, start: 0, end: lead.seg.text.length } } } : {};
    const out: PartFound[] = [];
    let ended = false;
    // a bounded look ahead: a list of the recipients of one pool is no longer than a page
    for (let j = i + 1; j < blocks.length && j <= i + 60 && !ended; j++) {
      // a short line reads as a heading to the tree ("Moderaterna 3 100 630 kr"): the line decides, not the block's kind
      const b = blocks[j]!;
      let offset = 0;
      for (const line of b.seg.text.split('\n')) {
        const at = offset;
        offset += line.length + 1;
        const t = line.trim();
        if (!t) continue;
        // a table row ("Blekinge län | 101 392 320 kr") is the same line with a cell bar, its unit in the lead
        // (only under a frame-list lead, whose words name the money: a table of population or of last year's decisions under an
        // older lead is none, review77e C5, C7)
        const m = NAMED_AMOUNT_LINE.cue.exec(t) ?? (b.kind === 'row' && framed ? NAMED_AMOUNT_ROW.cue.exec(t) : null);
        if (!m) {
          // a line that ends in a colon leads a list of its own ("Antal elever per län:", review77e C6)
          if (out.length > 0 || /\d/u.test(t) || t.length > 40 || /:\s*$/u.test(t)) { ended = true; break; }
          continue;
        }
        const lineAt = at + line.indexOf(t);
        const nameAt = lineAt + t.indexOf(m[1]!);
        // the amount and its unit, to the line's end: "2 385 050 kronor"
        const amountAt = lineAt + t.lastIndexOf(m[2]!);
        const exact = new Decimal(m[2]!.replace(/[\s\u00a0]/gu, ''));
        out.push({
          ...to,
          named: { value: m[1]!.trim().replace(/\s+/gu, ' '), at: { block: b, start: nameAt, end: nameAt + m[1]!.trim().length } },
          amount: { value: kronorOf(exact), at: { block: b, start: amountAt, end: lineAt + t.replace(/\.$/u, '').length } },
        });
      }
    }
    if (out.length >= 2) return { parts: out, framed };
  }
  return { parts: [], framed: false };
}

/**
 * Rates the grant pays per unit, by RATE_CUES: "ska få statsbidrag med 2 500 kronor per valdistrikt"
 * (key per-unit, the unit as RATE_UNIT reads it), "… med 30 000 kronor per kommun" (fixed per
 * recipient), "dock högst 120 kronor per analys" (a ceiling per unit). A rate per inhabitant or per
 * year is no unit (PER_WORDS), and a rate a part with an amount already states is not repeated.
 */
function findRates(sentences: readonly SentenceAt[], parts: readonly PartFound[]): RateFound[] {
  const out: RateFound[] = [];
  const seen = new Set<string>();
  const stated = new Set(parts.flatMap((p) => [p.per_unit?.value, p.per_recipient?.value]).filter((v) => v !== undefined).map(String));
  for (const s of sentences) {
    if (!/\d/u.test(s.text)) continue;
    // "Varje kommun kan rekvirera högst 250 000 kronor": a ceiling per recipient with no "per" word (RECIPIENT_CEILING)
    // (only where the row's subject is: a sentence of thousands of amounts without it is not read amount by amount)
    for (const a of /\b(?:varje|var\s+och\s+en)\s/iu.test(s.text) ? amountsIn(s) : []) {
      if (a.bound !== 'max' || a.approximate || a.per) continue;
      const m = RECIPIENT_CEILING.cue.exec(s.text.slice(Math.max(0, a.start - CEILING_WINDOW), a.start));
      const to = m ? partRecipient(m[1]!) : undefined;
      if (!to || stated.has(String(a.value)) || seen.has(`${to}|${String(a.value)}|true`)) continue;
      seen.add(`${to}|${String(a.value)}|true`);
      const whole = locIn(s, a.start - m![0].length, a.end);
      out.push({ to: { value: to, at: whole }, key: { value: 'fixed-per-recipient', at: whole }, per_recipient: { value: a.value, at: atHit(s, a) }, per_unit_max: { value: true as const, at: whole } });
    }
    if (!/\bper\s/iu.test(s.text)) continue;
    for (const a of amountsIn(s)) {
      if (!a.per || a.approximate || a.bound === 'min') continue;
      const ctx = contextOf(s.text, a.start, a.end);
      const row = bestCue(RATE_CUES, ctx);
      if (!row || (row.meaning === 'rate' && a.bound) || stated.has(String(a.value))) continue;
      const recipient = perSays(a, 'recipient');
      if (!recipient && (perSays(a, 'not-unit') || perSays(a, 'population') || perSays(a, 'capita'))) continue;
      // a bounded window after the amount: a sentence of thousands of amounts stays linear
      const after = s.text.slice(a.end, a.end + NAME_WINDOW);
      const unit = RATE_UNIT.cue.exec(after)?.[1];
      if (!unit) continue;
      const to = recipient ? partRecipient(unit) : undefined;
      if (recipient && (!to || (to !== 'kommun' && to !== 'region'))) continue;
      const max = row.meaning === 'max';
      const key = `${to ?? unit.toLowerCase()}|${String(a.value)}|${max}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = atHit(s, a);
      const whole = locIn(s, a.start, Math.min(s.text.length, a.end + after.indexOf(unit) + unit.length));
      out.push(recipient
        ? { to: { value: to!, at: whole }, key: { value: 'fixed-per-recipient', at: whole }, per_recipient: { value: a.value, at }, ...(max ? { per_unit_max: { value: true as const, at: whole } } : {}) }
        : { key: { value: 'per-unit', at: whole }, unit: { value: unit, at: whole }, per_unit: { value: a.value, at }, ...(max ? { per_unit_max: { value: true as const, at: whole } } : {}) });
    }
  }
  return out;
}

/**
 * The most one application may ask for, by APPLICATION_CEILINGS: "Ansökningsbelopp högst 20 000 kronor"
 * is a part with `per_unit` 20 000 and `per_unit_max`, per "ansökan" — or per the unit named after the
 * amount ("… 25 000 kr per förening") or in the label ("Maxbelopp per sökande …"). Never an amount, never
 * the total; a figure another part or rate already states is not repeated, and a text's first ceiling
 * per unit is its own. Returns the rates with the ceilings after them.
 */
function withCeilings(rates: RateFound[], sentences: readonly SentenceAt[], parts: readonly PartFound[]): RateFound[] {
  const out: RateFound[] = [...rates];
  const stated = new Set([...parts, ...rates].flatMap((p) => ['amount' in p ? p.amount?.value : undefined, p.per_unit?.value, p.per_recipient?.value]).filter((v) => v !== undefined).map(String));
  const units = new Set<string>();
  for (const s of sentences) {
    // every row's label names a "belopp": a sentence without one is not read amount by amount
    if (!/\d/u.test(s.text) || !CEILING_WORD.test(s.text)) continue;
    for (const a of amountsIn(s)) {
      if (a.approximate || a.bound === 'min' || stated.has(String(a.value))) continue;
      // the label stands right before the amount: a bounded window, so a sentence of thousands of amounts stays linear
      // (… and after it, as far as a row's guard reads: "högst 20 000 kronor i resebidrag" caps one part, review63 f3e)
      const from = Math.max(0, a.start - CEILING_WINDOW);
      const ctx = contextOf(s.text.slice(from, a.end + NAME_WINDOW), a.start - from, a.end - from);
      const row = bestCue(APPLICATION_CEILINGS, ctx);
      if (!row) continue;
      // a bounded window after the amount: a sentence of thousands of amounts stays linear
      const after = s.text.slice(a.end, a.end + NAME_WINDOW);
      const unit = RATE_UNIT.cue.exec(after)?.[1] ?? CEILING_SLASH_UNIT.cue.exec(after)?.[1] ?? CEILING_VERB_UNIT.cue.exec(after)?.[1] ?? CEILING_LABEL_UNIT.cue.exec(ctx.before)?.[1] ?? 'ansökan';
      if (units.has(unit.toLowerCase())) continue;
      units.add(unit.toLowerCase());
      stated.add(String(a.value));
      const at = atHit(s, a);
      const whole = locIn(s, 0, Math.min(s.text.length, a.end));
      out.push({ key: { value: 'per-unit', at: whole }, unit: { value: unit, at: whole }, per_unit: { value: a.value, at }, per_unit_max: { value: true as const, at: whole } });
    }
  }
  return out;
}

/** How far before an amount a ceiling's label is read: its longest form with the gap it allows. */
const CEILING_WINDOW = 160;

/** How far after an amount its unit or its recipient's name is read: far more than the longest name. */
const NAME_WINDOW = 160;

/** The one recipient a payment names right after its amount, by PART_NAMED, with its type. */
function namedAfter(s: SentenceAt, end: number): { to: PartTo; named: Found<string> } | undefined {
  // a bounded window: a sentence of thousands of amounts stays linear
  const after = s.text.slice(end, end + NAME_WINDOW);
  for (const row of PART_NAMED) {
    const m = row.cue.exec(after);
    if (!m?.[1]) continue;
    const start = end + m.index + m[0].length - m[1].length;
    return { to: row.meaning, named: { value: m[1].replace(/\s+/gu, ' '), at: locIn(s, start, start + m[1].length) } };
  }
  return undefined;
}

/**
 * A total in another currency: the heaviest plain foreign amount a total row (or FOREIGN_TOTAL)
 * holds for, the first of equals; one currency only, so two sums in two currencies give none.
 */
function foreignTotal(doc: Doc, sentences: readonly SentenceAt[]): Found<{ amount: Kronor; currency: string }> | undefined {
  let best: { weight: number; found: Found<{ amount: Kronor; currency: string }> } | undefined;
  const currencies = new Set<string>();
  for (const s of sentences) {
    if (!/\d/u.test(s.text)) continue;
    const hits = findForeignAmounts(s.text);
    if (!hits.length) continue;
    if (anyCue(SENTENCE_VETO, contextOf(s.text, 0, 0))) continue;
    const heading = headingOf(doc, s);
    for (const a of hits) {
      currencies.add(a.currency);
      if (a.bound || a.per) continue;
      const ctx = contextOf(s.text, a.start, a.end, heading);
      // a rounded figure only after a row that names the whole sum as such, as for kronor (TotalCue.approximate): "Budget för
      // årets bidragsfördelning är totalt cirka 45 000 000 euro" (dev 2381, Kulturrådet; issue 12, fresh80a)
      const row = a.approximate ? bestCue(ROUNDED_TOTAL_CUES, ctx) : bestCue([...BODY_TOTAL_CUES, ...FOREIGN_TOTAL], ctx);
      if (!row || (best && best.weight >= row.weight)) continue;
      best = { weight: row.weight, found: { value: { amount: a.value, currency: a.currency }, at: atHit(s, a) } };
    }
  }
  return best && currencies.size === 1 ? best.found : undefined;
}

/** "hälften" → "1/2", "två procent" → "2/100", "5 procent" → "5/100". */
function fractionOf(words: string): string | undefined {
  const w = words.toLowerCase().replace(/\s+/gu, ' ');
  const named = SHARE_WORDS[w];
  if (named) return named;
  const m = SHARE_PERCENT.exec(w);
  if (!m) return undefined;
  const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  return n !== undefined && n > 0 && n < 100 ? `${n}/100` : undefined;
}

/** Parts stated as a share of the total, for a recipient no part with an amount already names. */
function findShares(sentences: readonly SentenceAt[], parts: readonly PartFound[]): FundingFound['shares'] {
  const out: Array<{ to: Found<PartTo>; share: Found<string> }> = [];
  const taken = new Set<string>(parts.map((p) => p.to?.value).filter((t): t is PartTo => t !== undefined));
  for (const s of sentences) {
    const m = SHARE_PART.cue.exec(s.text);
    if (!m) continue;
    for (const [share, noun] of [[m[1], m[2]], [m[3], m[4]]] as const) {
      if (!share || !noun) continue;
      const fraction = fractionOf(share);
      const to = partRecipient(noun);
      if (!fraction || !to || taken.has(to)) continue;
      taken.add(to);
      const at = locIn(s, m.index, m.index + m[0].length);
      out.push({ to: { value: to, at }, share: { value: fraction, at } });
    }
  }
  return out;
}

/** The sum the agency says it has granted in all, by GRANTED_CUES: the sentence's first plain amount a row holds for. */
function grantedIn(s: SentenceAt, amounts: readonly AmountHit[]): Found<Kronor> | undefined {
  const a = amounts.find((x) => plain(x) && !x.per && anyCue(GRANTED_CUES, contextOf(s.text, x.start, x.end)));
  return a ? { value: a.value, at: atHit(s, a) } : undefined;
}

const SPELLED_MULTIPLIER = new RegExp(`\\b(?:${SPELLED_MULTIPLIERS.join('|')})\\b`, 'iu');
const [ANSLAG_LINE, POST_LINE, TKR_UNIT, GOVERNMENT_LINE] = APPROPRIATION_LINES;
const everyPost = globalCopy(POST_LINE!.cue);
const everyAnslag = globalCopy(ANSLAG_LINE!.cue);
// a post's name: what stands between "ap.4" and "(ram)"
const POST_NAME = /^ap\.\s?\d+\s?([^()\n]{1,150})\(/iu;

/** A table cell of nothing: "0", "0 000". */
const isZero = (digits: string): boolean => /^[0\s\u00a0]+$/u.test(digits);

interface LineHit { readonly block: Doc['blocks'][number]; readonly m: RegExpMatchArray }
/** One "Disponeras av …" line with the posts listed under it, up to the next one; amounts of nothing left out. */
interface Appropriation extends LineHit { readonly government: boolean; readonly posts: readonly LineHit[] }

const appropriationsCache = new WeakMap<Doc, readonly Appropriation[]>();

/** The letter's appropriation lines with their posts, read once per document: the only appropriation and its posts as parts both ask. */
function appropriations(doc: Doc): readonly Appropriation[] {
  let out = appropriationsCache.get(doc);
  if (!out) {
    out = readAppropriations(doc);
    appropriationsCache.set(doc, out);
  }
  return out;
}

/** The letter's appropriations in text order, each with its posts; one that disposes of nothing is left out, its posts with it. */
function readAppropriations(doc: Doc): Appropriation[] {
  const hits: Array<LineHit & { anslag: boolean }> = [];
  for (const block of doc.blocks) {
    for (const m of block.seg.text.matchAll(everyAnslag)) hits.push({ block, m, anslag: true });
    for (const m of block.seg.text.matchAll(everyPost)) hits.push({ block, m, anslag: false });
  }
  hits.sort((x, y) => x.block.index - y.block.index || x.m.index! - y.m.index!);
  const out: Appropriation[] = [];
  // the posts under an appropriation of nothing go with it
  let current: LineHit[] | undefined;
  for (const h of hits) {
    if (h.anslag) {
      current = isZero(h.m[1]!) ? undefined : [];
      if (current) out.push({ block: h.block, m: h.m, government: cueTest(GOVERNMENT_LINE!.cue, h.m[0]), posts: current });
    } else if (!isZero(h.m[1]!)) current?.push({ block: h.block, m: h.m });
  }
  return out;
}

/** The unit is stated, by the amount or in a line above it; without it the figure is no amount. */
function inTkr(doc: Doc, line: LineHit): boolean {
  return line.m[2] !== undefined || doc.blocks.slice(0, line.block.index + 1).some((b) => cueTest(TKR_UNIT!.cue, b.seg.text));
}

const thousands = (digits: string): Decimal => new Decimal(digits.replace(/[\s\u00a0]/gu, '')).times(1000);

/**
 * A regleringsbrev's only appropriation, when it has one post: "Disponeras av Skatteverket28 486 000"
 * with "ap.1 … (ram)28 486 000" under "(belopp angivna i tkr)". Beside it only what the government
 * keeps at its own disposition ("Disponeras av regeringen60 tkr"), it is still the letter's only one.
 */
function singleAppropriation(doc: Doc): Candidate | undefined {
  const all = appropriations(doc);
  const agencies = all.length > 1 ? all.filter((a) => !a.government) : all;
  const line = agencies[0];
  if (agencies.length !== 1 || line!.posts.length > 1 || !inTkr(doc, line!)) return undefined;
  const exact = thousands(line!.m[1]!);
  // what the government keeps beside it must be a reserve, not a share of a split anslag
  const kept = all.filter((a) => a.government && a !== line).reduce((sum, a) => sum.plus(thousands(a.m[1]!)), new Decimal(0));
  if (kept.gt(exact.times(GOVERNMENT_RESERVE_SHARE))) return undefined;
  const start = line!.m.index!;
  return { weight: ANSLAG_LINE!.weight, value: kronorOf(exact), exact, loc: { block: line!.block, start, end: start + line!.m[0].length } };
}

/**
 * The posts of a letter's only appropriation (beside what the government keeps), when it has several: each post is its own grant
 * ("ap.4Investeringsbidrag (ram)28 382", "ap.5Bidrag för verksamhetsutveckling (ram)23 782"), a part
 * named by its post, never summed into a total.
 */
function appropriationParts(doc: Doc): PartFound[] {
  const all = appropriations(doc);
  // what the government keeps ("Disponeras av regeringen50 000 tkr" with "ap.7Till regeringens disposition")
  // is no agency's grant: beside it the agency's line is still the letter's only appropriation, its posts its grants
  const agencies = all.length > 1 ? all.filter((a) => !a.government) : all;
  const line = agencies[0];
  if (agencies.length !== 1 || line!.posts.length < 2 || !inTkr(doc, line!)) return [];
  // a post the government keeps ("ap.5Till regeringens disposition (ram)") is no grant of the agency's
  return line!.posts.filter((p) => !cueTest(GOVERNMENT_LINE!.cue, p.m[0])).flatMap((p) => {
    const start = p.m.index!;
    const name = POST_NAME.exec(p.m[0].slice(p.m[0].search(/ap\./iu)))?.[1]?.trim();
    const at = { block: p.block, start, end: start + p.m[0].length };
    return [{ amount: { value: kronorOf(thousands(p.m[1]!)), at }, ...(name ? { purpose: { value: name, at } } : {}) }];
  });
}

function significant(d: Decimal): number {
  return d.toFixed(0).replace(/0+$/u, '').length;
}

// the lexicon's kommun and region nouns, "landstingen" (the regions' old name) among them
const nounsOf = (type: 'kommun' | 'region'): RegExp => sv(new RegExp(String.raw`\b(?:${alternation(RECIPIENT_NOUNS.find(([t]) => t === type)![1])})\b`, 'iu'));
const KOMMUN = nounsOf('kommun');
const REGION = nounsOf('region');

/** The amount a unit word multiplies by: LIST_UNIT's group ("tkr" thousands, "mnkr" millions), else kronor. */
function unitFactor(label: string): number {
  const unit = LIST_UNIT.cue.exec(label)?.[1]?.toLowerCase();
  if (!unit) return 1;
  return cueTest(THOUSANDS_UNIT.cue, unit) ? 1000 : 1_000_000;
}

/**
 * Parts from a fördelning table flattened to lines: after a GROUP_LINE ("Regioner") and an
 * AMOUNT_COLUMN_LINE ("Belopp kronor"), each BARE_AMOUNT_LINE ("217 000 000") is a part for that
 * group. Any other heading ends the table; a text line between amounts says what the next is for.
 */
function tableParts(doc: Doc): PartFound[] {
  const out: PartFound[] = [];
  let group: { to: PartTo; at: Located } | undefined;
  let factor: number | undefined;
  for (const b of doc.blocks) {
    const text = b.seg.text.replace(/[*_|]/gu, '').trim();
    const line = contextOf(text, 0, 0);
    if (holds(GROUP_LINE, line)) {
      const to = partRecipient(text);
      group = to ? { to, at: { block: b, start: 0, end: b.seg.text.length } } : undefined;
      factor = undefined;
    } else if (group && factor === undefined && holds(AMOUNT_COLUMN_LINE, line)) {
      factor = unitFactor(text);
    } else if (group && factor !== undefined && holds(BARE_AMOUNT_LINE, line)) {
      const exact = new Decimal(text.replace(/[\s\u00a0]/gu, '')).times(factor);
      const start = b.seg.text.indexOf(text);
      out.push({ amount: { value: kronorOf(exact), at: { block: b, start, end: start + text.length } }, to: { value: group.to, at: group.at } });
    } else if (b.kind === 'heading') {
      group = undefined;
      factor = undefined;
    }
  }
  return out;
}

/** Who a part goes to: the kommun or region noun the text names first. */
function recipientOf(text: string): PartTo | undefined {
  const k = KOMMUN.exec(text);
  const r = REGION.exec(text);
  if (k && !r) return 'kommun';
  if (r && !k) return 'region';
  if (k && r) return k.index < r.index ? 'kommun' : 'region';
  return undefined;
}

function keyOf(text: string): Key | undefined {
  return bestCue(KEY_CUES, contextOf(text, 0, 0))?.meaning;
}

/** Distribution parts stated with an amount. Subtotals that are the sum of other parts are dropped. */
function findParts(doc: Doc, sentences: readonly SentenceAt[]): PartFound[] {
  const parts: PartFound[] = [];
  const perUnitSentence = sentences.find((x) => /\d/u.test(x.text) && anyCue(PER_UNIT_RATE, contextOf(x.text, 0, 0)) && amountsIn(x).some((a) => a.per && !perSays(a, 'not-unit')));
  for (const s of sentences) {
    if (!/\d/u.test(s.text)) continue;
    if (!holds(SPLIT_VERB, contextOf(s.text, 0, 0))) continue;
    const stated = amountsIn(s).filter((a) => !a.approximate && !a.bound);
    const amounts = stated.length > 0 || amountsIn(s).length > 0 ? stated : bareSums(s, sentences.slice(0, sentences.indexOf(s)));
    if (amounts.length === 0) continue;
    const key = keyOf(s.text);
    // "Statsbidragssumman om 78,5 miljoner kronor dividerat med de 99 nationella kvalitetsregister"
    const divided = DIVIDED_AMONG.cue.exec(s.text);
    if (divided && amounts[0]) {
      const units = Number(divided[1]);
      const perUnit = perUnitSentence ? amountsIn(perUnitSentence).find((a) => a.per) : undefined;
      parts.push({
        amount: { value: amounts[0].value, at: atHit(s, amounts[0]) },
        key: { value: 'per-unit', at: locIn(s) },
        unit: { value: divided[2]!.trim(), at: atHit(s, { start: divided.index, end: divided.index + divided[0].length }) },
        units: { value: units, at: atHit(s, { start: divided.index, end: divided.index + divided[0].length }) },
        ...(perUnit && perUnitSentence ? { per_unit: { value: perUnit.value, at: atHit(perUnitSentence, perUnit) } } : {}),
        ...toOf(s, perUnitSentence),
      });
      continue;
    }
    if (!key) continue;
    const to = recipientOf(s.text) ?? recipientOf(s.block.seg.text.slice(0, s.start)) ?? recipientOf(headingOf(doc, s));
    if (key === 'fixed-per-recipient') {
      // "ett fast belopp på 500 000 kronor (vilket totalt uppgår till 145 000 000 kronor)"
      const says = (a: AmountHit, meaning: 'per-recipient' | 'sum'): boolean => FIXED_AMOUNTS.some((r) => r.meaning === meaning && holds(r, contextOf(s.text, a.start, a.end)));
      const fixed = amounts.find((a) => says(a, 'per-recipient') || perSays(a, 'recipient'));
      const sum = amounts.find((a) => a !== fixed && says(a, 'sum'));
      if (fixed && sum) {
        parts.push({
          amount: { value: sum.value, at: atHit(s, sum) },
          key: { value: key, at: locIn(s) },
          per_recipient: { value: fixed.value, at: atHit(s, fixed) },
          ...(to ? { to: { value: to, at: locIn(s) } } : {}),
        });
      }
      continue;
    }
    // not the whole sum the part is taken from: "Av totala 1,61 miljard avsätts 1,437 miljard till regionerna …"
    // (… nor one recipient's own sum beside the key: "Varje kommun får ett grundbelopp på 100 000 kronor och resterande medel fördelas
    // efter antalet invånare", ONE_RECIPIENTS_SUM)
    const amount = amounts.find((a) => (!a.per || perSays(a, 'population')) && !holds(WHOLE_SUM, contextOf(s.text, a.start, a.end)) && !holds(ONE_RECIPIENTS_SUM, contextOf(s.text, a.start, a.end)));
    if (!amount) continue;
    const purpose = purposeAfter(s.text, amount.end, ['narrow']);
    parts.push({
      amount: { value: amount.value, at: atHit(s, amount) },
      key: { value: key, at: locIn(s) },
      ...(to ? { to: { value: to, at: locIn(s) } } : {}),
      ...(purpose ? { purpose: { value: purpose.value, at: atHit(s, purpose) } } : {}),
    });    // "… utifrån befolkningsmängd samt 150 miljoner i en särskild landsbygdssatsning": a further part to the same recipients, not by the key
    for (const further of amounts) {
      if (further.start <= amount.start || further.per || !holds(FURTHER_PART, contextOf(s.text, further.start, further.end))) continue;
      parts.push({ amount: { value: further.value, at: atHit(s, further) }, ...(to ? { to: { value: to, at: locIn(s) } } : {}) });
    }
  }
  // Keys stated in the sentence after the amount: "… 200 000 000 kronor för … cancervården. Medlen fördelas utifrån befolkningsmängd"
  for (const s of sentences) {
    if (!/\d/u.test(s.text) || keyOf(s.text)) continue;
    // (… or the sum there is to share out, its recipients named with the key: "Totalt finns 80 miljoner kronor att fördela. Medlen
    // fördelas till kommunerna efter antal invånare", ATT_FORDELA; the sentence's only amount)
    const amounts = amountsIn(s);
    const toShare = amounts.length === 1 && holds(ATT_FORDELA, contextOf(s.text, amounts[0]!.start, amounts[0]!.end));
    const amount = amounts.find((a) => plain(a) && !a.per && (toShare || holds(AMOUNT_FORDELAS, contextOf(s.text, a.start, a.end))));
    if (!amount || parts.some((p) => p.amount.at.block === s.block && p.amount.at.start === s.start + amount.start)) continue;
    const next = sentences[sentences.indexOf(s) + 1];
    const key = next && next.block === s.block ? keyOf(next.text) : undefined;
    const to = recipientOf(s.text) ?? (toShare && next ? recipientOf(next.text) : undefined);
    if (!key || !to || !holds(KEY_SENTENCE, contextOf(next!.text, 0, 0))) continue;
    const purpose = purposeAfter(s.text, amount.end, ['narrow', 'broad']);
    parts.push({
      amount: { value: amount.value, at: atHit(s, amount) },
      key: { value: key, at: locIn(next!) },
      to: { value: to, at: locIn(s) },
      ...(purpose ? { purpose: { value: purpose.value, at: atHit(s, purpose) } } : {}),
    });
  }
  return dropSubtotals(parts).sort(byPlace);
}

const BARE_RUN = new RegExp(BARE_SUM.cue.source, 'gu');

/**
 * The unit-less sums of a split sentence (BARE_SUM), each no larger than a kronor sum stated in an
 * earlier sentence: "Överenskommelsen … omfattar totalt 1 535 000 000 kronor. … Till regionerna
 * avsätts 1 357 000 000 utifrån befolkningsmängd samt 150 000 000 i …".
 */
function bareSums(s: SentenceAt, earlier: readonly SentenceAt[]): AmountHit[] {
  if (!cueTest(BARE_SUM.cue, s.text)) return [];
  let largest = new Decimal(0);
  for (const e of earlier) for (const a of amountsIn(e)) if (!a.per && a.exact.gt(largest)) largest = a.exact;
  const out: AmountHit[] = [];
  for (const m of s.text.matchAll(BARE_RUN)) {
    const end = m.index + m[0].length;
    // a longer figure ("1 234 5678") or a decimal is no sum in whole kronor
    if (/^[\d,.]/u.test(s.text.slice(end, end + 1))) continue;
    // a count ("10 540 886 invånare") is no sum
    if (!holds(BARE_SUM, contextOf(s.text, m.index, end))) continue;
    const exact = new Decimal(m[0].replace(/[ \u00a0]/gu, ''));
    // whole millions, as the row says: "1 357 000 000", never "10 540 886"
    if (exact.gt(largest) || !exact.mod(1_000_000).isZero()) continue;
    out.push({ value: kronorOf(exact), exact, approximate: false, start: m.index, end });
  }
  return out;
}

const [AMOUNT_FORDELAS, KEY_SENTENCE, ATT_FORDELA] = KEY_IN_NEXT_SENTENCE as [Cue<'amount' | 'key-sentence'>, Cue<'amount' | 'key-sentence'>, Cue<'amount' | 'key-sentence'>];

/**
 * What a part is earmarked for: the leftmost "för …" of the PART_PURPOSE rows of the given
 * meanings in the text after the amount (the first row of equals), with its span in the sentence.
 */
function purposeAfter(text: string, from: number, meanings: ReadonlyArray<'narrow' | 'broad'>): { value: string; start: number; end: number } | undefined {
  const after = text.slice(from);
  let best: RegExpExecArray | undefined;
  for (const row of PART_PURPOSE) {
    if (!meanings.includes(row.meaning)) continue;
    const m = row.cue.exec(after);
    if (m?.[1] && (!best || m.index < best.index)) best = m;
  }
  return best ? { value: best[1]!.trim(), start: from + best.index, end: from + best.index + best[0].length } : undefined;
}

const byPlace = (a: PartFound, b: PartFound): number => a.amount.at.block.index - b.amount.at.block.index || a.amount.at.start - b.amount.at.start;

interface StatedPart { readonly part: PartFound; readonly payment: boolean; readonly share: boolean }

/**
 * The recipients of payments stated only approximately ("betala ut 24 miljoner kronor till SKR och
 * drygt 1,5 miljarder kronor till regionerna"): never a value, but they show that an exact payment
 * beside them is one of a split, not the whole.
 */
function approximatePayees(sentences: readonly SentenceAt[]): Set<PartTo> {
  const out = new Set<PartTo>();
  for (const s of sentences) {
    if (!/\d/u.test(s.text) || keyOf(s.text)) continue;
    for (const a of amountsIn(s)) {
      if (!a.approximate || a.bound || a.per) continue;
      const ctx = contextOf(s.text, a.start, a.end);
      if (bestCue(PART_CUES, ctx)?.meaning !== 'payment') continue;
      const to = partRecipientFrom(s.text, a.end);
      if (to) out.add(to);
    }
  }
  return out;
}

const sameSpan = (a: Located, b: Located): boolean => a.block === b.block && a.start === b.start;

/**
 * Parts stated without a key, each an amount a row of PART_CUES holds for ("397 miljoner kronor
 * fördelas till regionerna", "betala ut 5 500 000 kronor till SKR", "tilldelas totalt 5,5 miljoner
 * kronor"), other than the keyed parts.
 */
function statedParts(sentences: readonly SentenceAt[], keyed: readonly PartFound[]): StatedPart[] {
  const found: StatedPart[] = [];
  for (const s of sentences) {
    // a payment may be spelled out: "betala ut fem och en halv miljon kronor till Sveriges Kommuner och Regioner"
    if (!(/\d/u.test(s.text) || SPELLED_MULTIPLIER.test(s.text)) || keyOf(s.text)) continue;
    const share = anyCue(SHARE_OF, contextOf(s.text, 0, 0));
    let prevEnd = 0;
    for (const a of amountsIn(s)) {
      // (a payment told as a bound is a payment too: "betala ut högst 256 miljoner kronor till regioner" beside "betala ut 2,5
      // miljoner kronor till … (SKR)" splits the money among two payees, dev 2327, fresh78b; a bound is never another kind of part)
      const bounded = a.bound === 'max' && !a.approximate && !a.per;
      if ((!plain(a) && !bounded) || a.per) continue;
      // (the rows read the sentence before the amount's currency when it comes first: "varav SEK 40 miljoner till kommunerna")
      const ctx = contextOf(s.text, currencyBefore(s.text, a.start), a.end);
      const row = bestCue(PART_CUES, ctx);
      if (!row || (bounded && row.meaning !== 'payment')) continue;
      const at = atHit(s, a);
      if (keyed.some((p) => sameSpan(p.amount.at, at))) continue;
      // who: named after the amount ("… till regionerna"), else in the sentence ("Regionerna … tilldelas"); named before it
      // where the row says so ("Till kommunerna avsätts 30 miljoner kronor och till regionerna avsätts 20 miljoner kronor"):
      // the last recipient since the amount before (a bounded window)
      // a payment to one named recipient ("… till Länsstyrelsen i Stockholms län"): its type and its name
      if (row.meaning === 'part-before') {
        const to = lastRecipient(s.text.slice(Math.max(prevEnd, a.start - NAME_WINDOW), a.start));
        if (to) found.push({ part: { amount: { value: a.value, at }, to: { value: to, at: locIn(s) } }, payment: false, share });
        prevEnd = a.end;
        continue;
      }
      prevEnd = a.end;
      const named = namedAfter(s, a.end);
      const to = named?.to ?? partRecipientFrom(s.text, a.end) ?? partRecipientFrom(s.text, 0);
      found.push({ part: { amount: { value: a.value, at }, ...(to ? { to: { value: to, at: locIn(s) } } : {}), ...(named ? { named: named.named } : {}) }, payment: row.meaning === 'payment', share });
    }
  }
  return found;
}

/** Where an amount's context starts: before a currency written first ("SEK 40 miljoner"), else at the amount. */
function currencyBefore(text: string, start: number): number {
  const m = CURRENCY_FIRST.cue.exec(text.slice(Math.max(0, start - 8), start));
  return m ? start - m[0].length : start;
}

/** A sum as a text writes it: "5 042 500 200" (öre after a comma). */
function kronor(d: Decimal): string {
  const [whole, ore] = d.toFixed().split('.');
  return `${whole!.replace(/\B(?=(?:\d{3})+$)/gu, ' ')}${ore ? `,${ore}` : ''} kronor`;
}

/**
 * Which stated parts to keep: with a total, those that make it up with the keyed parts (reconciled);
 * without one, payments to two or more different recipients (a decision that splits money it does not sum up).
 */
function chooseParts(doc: Doc, stated: readonly StatedPart[], keyed: readonly PartFound[], total: Candidate | undefined, approximate: ReadonlySet<PartTo>): PartFound[] {
  // (shares that leave a rest of the total unsplit, "Av dessa fördelas 60 … till regionerna och 30 … till kommunerna" of 100, are
  // not kept: the contract's parts reconcile with the total, and an editor is told why, funding-parts-unkept)
  if (total) return reconciled(doc, stated.map((p) => p.part), keyed, total);
  const payments = stated.filter((p) => p.payment && !p.share && p.part.to);
  return splitAmong(payments, approximate) ? payments.map((p) => p.part) : [];
}

/**
 * The one place that decides whether parts reconcile with the total: the `offered` parts are kept
 * only when they and the parts already kept make up the stated total exactly (a sentence or a list
 * about some other sum never becomes the split); with no total stated there is nothing to check and
 * they stand as stated. A split has two parts at least ("fördelas 1,59 miljarder kronor till
 * regionerna" alone is the total). Parts that name their recipients (a type or a name) and do not
 * make up the total are left out and said so to an editor (funding-parts-unkept), at the first.
 */
function reconciled(doc: Doc, offered: readonly PartFound[], kept: readonly PartFound[], total: Candidate | undefined): PartFound[] {
  if (!total) return [...offered];
  if (offered.length === 0) return [];
  const sum = [...kept, ...offered].reduce((n, p) => n.plus(new Decimal(String(p.amount.value))), new Decimal(0));
  if (offered.length + kept.length < 2) return [];
  if (sum.eq(total.exact)) return [...offered];
  const named = offered.filter((p) => p.to !== undefined || p.named !== undefined);
  if (named.length >= 2 || (named.length >= 1 && kept.length >= 1)) {
    noteOn(doc, { rule: 'funding-parts-unkept', at: named[0]!.amount.at,
      message: `funding parts not kept: their sum ${kronor(sum)} ≠ the stated total ${kronor(total.exact)}; check the parts and the total in the source text` });
  }
  return [];
}

/**
 * Payments that split money among different recipients: each to its own recipient, and two
 * recipients at least, counting those whose payment is stated only approximately.
 */
function splitAmong(payments: readonly StatedPart[], approximate: ReadonlySet<PartTo>): boolean {
  if (payments.length === 0 || !payments.every((p) => p.part.to)) return false;
  // two named recipients of one type are two recipients ("till Region Skåne … till Region Stockholm")
  const who = new Set(payments.map((p) => `${p.part.to!.value}|${p.part.named?.value ?? ''}`));
  if (who.size !== payments.length) return false;
  const to = new Set(payments.map((p) => p.part.to!.value));
  return new Set([...to, ...approximate]).size >= 2 || (payments.every((p) => p.part.named) && who.size >= 2);
}

function toOf(...ss: Array<SentenceAt | undefined>): { to?: Found<PartTo> } {
  for (const s of ss) {
    const to = s ? recipientOf(s.text) : undefined;
    if (s && to) return { to: { value: to, at: locIn(s) } };
  }
  return {};
}

function headingOf(doc: Doc, s: SentenceAt): string {
  return doc.sections[s.block.section]?.heading?.seg.text ?? '';
}

function dropSubtotals(parts: PartFound[]): PartFound[] {
  // amounts in öre as BigInt: exact, and fast enough to compare every pair
  const ore = parts.map((p) => BigInt(new Decimal(String(p.amount.value)).times(100).toFixed(0)));
  const sums = new Map<string, Set<bigint>>();
  parts.forEach((p, i) => {
    const group = p.to?.value ?? '';
    parts.forEach((q, j) => {
      if (j <= i || (q.to?.value ?? '') !== group) return;
      const set = sums.get(group) ?? new Set<bigint>();
      set.add(ore[i]! + ore[j]!);
      sums.set(group, set);
    });
  });
  // a part that is the sum of two others for the same recipients is their subtotal
  return parts.filter((p, k) => !sums.get(p.to?.value ?? '')?.has(ore[k]!) || parts.filter((q) => (q.to?.value ?? '') === (p.to?.value ?? '')).length < 3);
}

function findPopulationDate(sentences: readonly SentenceAt[]): Found<string> | undefined {
  for (const s of sentences) {
    for (const d of statedDates(s.text)) {
      const near = (w: number): Context => ({ ...contextOf(s.text, d.start, d.end), before: s.text.slice(Math.max(0, d.start - w), d.start) });
      if (POPULATION_DATE.some((row) => holds(row, near(POPULATION_WINDOW[row.meaning])))) return { value: d.date, at: atHit(s, d) };
    }
  }
  return undefined;
}
