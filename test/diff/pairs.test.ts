import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { diffSpecs, type ChangeReport } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { normalizeForQuote } from '../../specs/quote.js';

// End to end on real texts, as a compliance officer uses it: extract both years, diff them, and
// count how many of the changes the officer listed (by reading both texts) are reported. This
// measures the extractor as much as the diff; the floors below are today's numbers (26 pairs), so a
// regression fails, and the report prints them.

interface Expected { field: string; kind?: string; high: boolean; note: string }
interface Pair { name: string; old: string; new: string; expected: Expected[]; not?: string[]; heldout?: boolean; batch?: number }

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8')) as { pairs: Pair[] };

const fieldOf = (path: string): string => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path: string, field: string): boolean => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** How a text would write a value, checked independently of the diff's own matching: digits grouped by spaces, dates in words, addresses and references as written. */
function plainWords(v: unknown): string[] {
  if (typeof v === 'number') return v >= 1000 ? [` ${String(v).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')} `] : [];
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
    if (m) return [v, `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]!} ${m[1]!}`];
    return v.length >= 12 ? [normalizeForQuote(v)] : [];
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ['email', 'url', 'ref'].filter((k) => typeof o[k] === 'string').map((k) => normalizeForQuote(o[k] as string));
  }
  return [];
}

// batches 3 and 5–11 hold the non-tuning helpers' held-out sets: each reported on its own line (in batch order), never a
// floor, so that nobody is pushed to tune on them (batch 7 also has the tuned q17–q22, without `heldout`)
const reportOnly = (pair: Pair): boolean => pair.heldout === true && (pair.batch ?? 0) >= 3;

async function run(p: Pair): Promise<ChangeReport> {
  const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
  return diffSpecs(a, b, { oldText: readFileSync(p.old, 'utf8'), newText: readFileSync(p.new, 'utf8') });
}

/** A report-only pair whose text the extractor refuses is a finding, not a broken test: it counts as every listed change missed. */
async function runScored(p: Pair): Promise<{ report: ChangeReport; refused?: string }> {
  if (!reportOnly(p)) return { report: await run(p) };
  try {
    return { report: await run(p) };
  } catch (e) {
    return { report: { grant: '', from: '', to: '', summary: '', changes: [], gaps: [], warnings: [] }, refused: e instanceof Error ? e.message : String(e) };
  }
}

describe('change reports on real pairs, end to end', () => {
  const results: Array<{ pair: Pair; report: ChangeReport; refused?: string }> = [];
  it.each(pairs)('$name', async (pair) => {
    const { report, refused } = await runScored(pair);
    results.push({ pair, report, ...(refused === undefined ? {} : { refused }) });
    // never "removed" for a value whose sentence the new text still has
    const text = normalizeForQuote(readFileSync(pair.new, 'utf8'));
    for (const c of report.changes.filter((x) => x.kind === 'removed' && x.evidence.old)) expect(text.includes(normalizeForQuote(c.evidence.old!.quote)), c.path).toBe(false);
    // nor for a value the new text still has in its own words: the amount, the address, the reference, the date
    for (const c of report.changes.filter((x) => x.kind === 'removed')) for (const w of plainWords(c.old)) expect(text.includes(w), `${c.path}: ${w}`).toBe(false);
    // nothing from noise such as "Tid kvar att ansöka: 129 dagar" → "Stängt för ansökan"
    for (const c of report.changes) expect(describeChange(c)).not.toMatch(/Tid kvar|Stängt för ansökan|\d+ dagar$/u);
    // a guard against a hang, not a speed test (speed lives in `npm run bench`): the first pair pays the cold start (modules,
    // patterns compiled) and its PDFs, 10 s alone but 60–77 s on two cores shared with other work
  }, 240_000);
  it('reports the listed changes (overall and high-stakes) at least as often as today', () => {
    const missed: string[] = [];
    // a field the officer says did not change (same calendar date, same recipients) but that is reported
    const falseAlarms: string[] = [];
    const score = (rs: typeof results): { listed: number; found: number; high: number; highFound: number; exact: number } => {
      const s = { listed: 0, found: 0, high: 0, highFound: 0, exact: 0 };
      for (const { pair, report } of rs) {
        for (const e of pair.expected) {
          const hits = report.changes.filter((c) => under(c.path, e.field));
          s.listed++; if (e.high) s.high++;
          if (hits.length) { s.found++; if (e.high) s.highFound++; }
          if (hits.some((c) => !e.kind || c.kind === e.kind)) s.exact++;
        }
      }
      return s;
    };
    const gated = results.filter((r) => !reportOnly(r.pair));
    for (const { pair, report } of gated) {
      for (const field of pair.not ?? []) for (const c of report.changes.filter((x) => under(x.path, field))) falseAlarms.push(`${pair.name}: ${describeChange(c)}`);
      for (const e of pair.expected) if (!report.changes.some((c) => under(c.path, e.field))) missed.push(`${pair.name}: ${e.field} — ${e.note}`);
    }
    const pct = (n: number, d: number): string => `${n}/${d} (${Math.round((100 * n) / d)} %)`;
    const line = (label: string, rs: typeof results): string => {
      const s = score(rs);
      return `${label} (${rs.length} pairs): reported ${pct(s.found, s.listed)}, high-stakes ${pct(s.highFound, s.high)}, with the listed kind ${pct(s.exact, s.listed)}`;
    };
    const all = score(gated);
    const batch3 = results.filter((r) => reportOnly(r.pair));
    const batch3Alarms = batch3.flatMap(({ pair, report }) => (pair.not ?? []).flatMap((field) => report.changes.filter((x) => under(x.path, field)).map((c) => `${pair.name}: ${describeChange(c)}`)));
    console.info([
      line('all', gated), line('first ten', results.filter((r) => !r.pair.batch)), line('added for issue 14', results.filter((r) => r.pair.batch === 2)), line('batch 4 (q pairs)', results.filter((r) => r.pair.batch === 4)), line('batch 7 (q17–q22)', results.filter((r) => r.pair.batch === 7 && !r.pair.heldout)), line('batch 8 (q23–q26)', results.filter((r) => r.pair.batch === 8 && !r.pair.heldout)), line('batch 9 (q27–q32)', results.filter((r) => r.pair.batch === 9 && !r.pair.heldout)), line('batch 10 (q33–q39)', results.filter((r) => r.pair.batch === 10 && !r.pair.heldout)), line('batch 11 (q40–q48)', results.filter((r) => r.pair.batch === 11 && !r.pair.heldout)), line('batch 12 (q49–q64)', results.filter((r) => r.pair.batch === 12 && !r.pair.heldout)), line('batch 13 (q65–q78)', results.filter((r) => r.pair.batch === 13 && !r.pair.heldout)), line('batch 15 (q79–q97)', results.filter((r) => r.pair.batch === 15 && !r.pair.heldout)), line('batch 16 (q98–q111)', results.filter((r) => r.pair.batch === 16 && !r.pair.heldout)), line('batch 17 (q112–q121)', results.filter((r) => r.pair.batch === 17 && !r.pair.heldout)), line('batch 18 (q122–q131)', results.filter((r) => r.pair.batch === 18 && !r.pair.heldout)), line('batch 19 (q132–q142)', results.filter((r) => r.pair.batch === 19 && !r.pair.heldout)), line('batch 20 (q152–q165)', results.filter((r) => r.pair.batch === 20 && !r.pair.heldout)), line('batch 21 (q175–q190)', results.filter((r) => r.pair.batch === 21 && !r.pair.heldout)), line('batch 22 (q192–q205)', results.filter((r) => r.pair.batch === 22 && !r.pair.heldout)), line('batch 23 (q206–q221)', results.filter((r) => r.pair.batch === 23 && !r.pair.heldout)), line('batch 24 (q231–q243)', results.filter((r) => r.pair.batch === 24 && !r.pair.heldout)), line('batch 25 (q244–q257)', results.filter((r) => r.pair.batch === 25 && !r.pair.heldout)), line('batch 26 (q258–q269)', results.filter((r) => r.pair.batch === 26 && !r.pair.heldout)), line('batch 27 (q270–q279)', results.filter((r) => r.pair.batch === 27 && !r.pair.heldout)), line('batch 28 (q280–q291)', results.filter((r) => r.pair.batch === 28 && !r.pair.heldout)), line('batch 29 (q292–q301)', results.filter((r) => r.pair.batch === 29 && !r.pair.heldout)), line('batch 30 (dev pairs)', results.filter((r) => r.pair.batch === 30 && !r.pair.heldout)), line('batch 31 (q302–q310)', results.filter((r) => r.pair.batch === 31 && !r.pair.heldout)), line('batch 32 (q311–q318)', results.filter((r) => r.pair.batch === 32 && !r.pair.heldout)), line('batch 33 (q319–q331)', results.filter((r) => r.pair.batch === 33 && !r.pair.heldout)), line('batch 34 (q332–q339)', results.filter((r) => r.pair.batch === 34 && !r.pair.heldout)), line('batch 35 (q340–q349)', results.filter((r) => r.pair.batch === 35 && !r.pair.heldout)), line('batch 49 (q579–q596)', results.filter((r) => r.pair.batch === 49 && !r.pair.heldout)), line('batch 51 (q621–q637)', results.filter((r) => r.pair.batch === 51 && !r.pair.heldout)), line('batch 53 (q662–q673)', results.filter((r) => r.pair.batch === 53 && !r.pair.heldout)), line('tuned on', results.filter((r) => !r.pair.heldout)), line('held out', results.filter((r) => r.pair.heldout && !reportOnly(r.pair))),
      ...[...new Set(batch3.map((r) => r.pair.batch!))].sort((a, b) => a - b).map((b) => line(`held out, batch ${b} (report only)`, batch3.filter((r) => r.pair.batch === b))),
      line('held out, report only, all batches', batch3), ...batch3.filter((r) => r.refused).map((r) => `batch ${r.pair.batch!} refused by the extractor (all its changes missed): ${r.pair.name}: ${r.refused!}`), `report-only pairs reported although unchanged: ${batch3Alarms.length}${batch3Alarms.length ? `\n  ${batch3Alarms.join('\n  ')}` : ''}`,
      `reported although unchanged: ${falseAlarms.length}`,
      `missed:\n  ${missed.join('\n  ')}`,
      `reported although unchanged (the extraction of one year missed the value):\n  ${falseAlarms.join('\n  ')}`,
    ].join('\n'));
    expect(results).toHaveLength(pairs.length);
    // 38 pairs since batch 9 (q27–q32, regleringsbrev and small decisions: 13/20 of its changes reported,
    // 7/9 high-stakes, 8/20 on the first run): 144/169 reported, 67/78 high-stakes; the 33 pairs before
    // it went from 129/149 to 131/149 (59/69 to 60/69) with the same fixes
    // batch 10 (q33–q39, diff5): 13/18 after its fixes (8/18 first run); with it the 42 pairs report 157/187
    // (84 %), high-stakes 72/86 (84 %; tuned 145/171, 64/75) — the Skatteverket letter of several anslag states
    // no total by the contract
    // batch 11 (q40–q48, diff6: regleringsbrev of Samhall and skollokaler, kvinno- och tjejjourer, hiv/STI pages):
    // 33/39 after its fixes (17/27 for its first five pairs, 9/12 for the two hiv/STI pairs on their first runs);
    // the 49 pairs report 190/226 (84 %), high-stakes 84/100 (84 %; tuned 178/210, 76/89) — still short of the
    // 0.85 floor this test had before batch 10, so the floors stay at 0.83
    // batch 12 (q49–q64, diff12: Kammarkollegiet's letters on standardisering, fukt- och mögelskador and Samhall;
    // Jämställdhetsmyndigheten's, Ungdomsstyrelsen's and MUCF's pages): 27/43 on the first run, 37/43 after its
    // fixes; the 59 pairs report 227/269 (84 %), high-stakes 98/117 (84 %) — 0.85 would need 229 and 100
    // diff14 (issue 14, the misses on these pairs by cause; test/diff/pair-report.mjs lists them): a list of named
    // recipients with their sums is the split when it makes up the total, the report's content in "Senast den … ska
    // de regioner som fått statsbidraget återrapportera … hur …", payment "när arbetena är avslutade": 230/269
    // (85 %), high-stakes 100/117 (85 %; tuned 218/253, 92/106), so the floors are 0.85 again
    // batch 13 (q65–q78, diff13: Skolverket's two rounds a year, the kvinnoorganisationer's named split, Söderhamn):
    // 21/43 on the first run (gated 248/312, 103/133), 32/43 after its fixes; the 69 pairs report 260/312 (83 %),
    // high-stakes 112/133 (84 %) — 0.85 would need 266 and 114; merged with diff14's fixes the 69 pairs report
    // 262/312 (84 %), high-stakes 113/133 (85 %; tuned 250/296, 105/122), so the floors stay at 0.83
    // batch 15 (q79–q97, diff15: Mariehamn, Skurup, Åland, länsstyrelse pages, SFS 2007:1345 and its amendments): 14/49 on
    // the first run (gated 276/361, 118/153), 34/49 after its fixes; the 81 pairs report 296/361 (82 %), high-stakes
    // 127/153 (83 %) — the overall floor fails by four: the misses left are yearless closing days, euro sums other than a
    // total and a postal-address contact, which the contract cannot hold (see test/corpus/PAIRS.md); the lead decides
    // difftext (issue 14): a text-level pass (specs/diff/text.ts) reports the rule sentences the extractor missed, from the
    // two texts; the 81 pairs report 311/361 (86 %), high-stakes 132/153 (86 %; tuned 298/345, 123/142), so batch 15 passes
    // the floors; held out (report only) 157/338 → 186/338
    // batch 16 (q98–q111, diff16: Arvika, Karlskoga, Karlskrona kommun pages, Interreg's pools, hemsändningsbidrag, a
    // private fund): 16/41 on the first run (gated 327/402, 140/169: under both floors), 25/41 after its fixes; the 90 pairs
    // report 336/402 (84 %), high-stakes 146/169 (86 %; tuned 323/386, 137/158) — the high-stakes floor rises to 0.85
    // (144/169); the overall stays at 0.83 (0.835 would need all 336)
    // batch 17 (q112–q121, diff17: Enköping, Robertsfors, Borgholm, Skövde, Härjedalen, Härnösand kommun pages): 19/42 on the
    // first run (gated 355/444, 152/184: under both floors), 30/42 (high 13/15) after its fixes; the 96 pairs report 369/444 (83 %),
    // high-stakes 160/184 (87 %; tuned 356/428, 151/173) — the overall floor stays at 0.83 (0.835 would need 371); the high-stakes
    // floor stays at 0.85 (0.86 would need 159 of 184, a margin of one change)
    // diff18 (issue 14, the largest classes of misses on the tuned pairs, each fixed in general): a per-application
    // ceiling ("Ansökningsbelopp högst 20 000 kronor", extract/cues/funding.ts APPLICATION_CEILINGS), a list ending in
    // "m.m." before the next sentence (specs/sentences.ts CLOSING_ABBREVIATIONS), who may apply asked as a question ("Är
    // du en förening, ett förbund eller ett företag …?", specs/diff/eligibility.ts) and a last day to apply written
    // without a year, compared by day and month between the texts (specs/diff/closing.ts): the 96 pairs report 376/444
    // (85 %), high-stakes 163/184 (89 %; tuned 363/428, 154/173); held out (report only) stays 186/338. The floors rise
    // to 0.84 (373) and 0.86 (159), a margin of three and four changes
    // batch 18 (q122–q131, diff19: Göteborg's aktivitetsbidrag in two versions, Naturvårdsverket's decisions for the
    // miljöorganisationer 2022 and 2023, Eskilstuna's lovstöd 2018 and its three rounds of 2021, Region Halland's
    // extrautlysningar 2020 and 2021): 17/27 (high 7/8) on the first run (gated 393/471: under the 0.84 floor), 22/27 (high
    // 8/8) after the fixes of the largest classes (a decision's "N organisationer som delar på" sum as funding.granted,
    // "Ansökan skickas till <adress>" as the channel, a fund's "har som ändamål att" as its purpose, and the yearless first
    // day to apply and period covered compared between the texts like the yearless closing day, specs/diff/closing.ts):
    // the 102 pairs report 400/471 (85 %), high-stakes 171/192 (89 %; tuned 387/455, 162/181). The overall floor stays at
    // 0.84 (0.845 would need 398, a margin of two); the high-stakes floor rises to 0.87 (168), a margin of three
    // batch 19 (q132–q142, diff20: Region Uppsala's kulturprojekt in three rounds with Enköping's notice of 2020, Finspång's and
    // Mönsterås' sommarlov pages, Kammarkollegiet's regleringsbrev Stöd till idrotten 2004/2005/2007/2017): 20/36 (high 8/14) on
    // the first run, one false alarm (gated 420/507: under both floors); 26/36 (high 11/14) after the fixes of the classes that
    // recur (a ceiling per a slash unit "2 000 kr/dag och förening", anslagsposter beside the government's line, a holiday's
    // days after "mellan", the work's start against the decision): the 110 pairs report 426/507 (84 %), high-stakes 182/206
    // (88 %; tuned 413/491, 173/195), 0 false alarms. The floors stay (0.845 would need 429; 0.88 high would need 182, a
    // margin of none). Three of the ten misses left are a regleringsbrev's total of several anslagsposter, which the
    // contract leaves absent (dev gold 147, 150: `total: null`)
    // batch 20 (q152–q165, diff21: Konstnärsnämnden's stipend page and three decisions, Kulturrådet's and Kulturskolerådet's
    // kulturskolebidrag 2019, Arvsfonden, MUCF's overview in three versions, Tillväxtverket as a quiet pair): 4/28 (high 2/9)
    // on the first run, two false alarms (gated 430/535, 0.804: under both floors); 15/28 (high 6/9) after the fixes of the
    // classes that recur across bodies (the decision's time in words, a decision's rounded sum, a window of days of one
    // month, a regleringsbrev's "Disponeras av" line where the contract holds no total, a recipient's
    // sentence reworded by a word): the 119 pairs report 450/535 (84 %), high-stakes 195/215 (91 %; tuned 437/519,
    // 186/204), 0 false alarms. The overall floor stays at 0.84 (a margin of none); the high-stakes floor rises to 0.89 (192)
    // batch 21 (q175–q190, diff22: MSB's anslag 2:4 call page and overview, Svenska institutet, PTS, HaV, Länsstyrelsen
    // Östergötland's LONA decisions, Brottsoffermyndigheten's FAQ): 11/32 (high 6/13) on the first run, one false alarm (MSB's
    // overview: 2019's distributed 390 miljoner read as the total, against `not: [funding.total]`; left, see PAIRS.md)
    // (gated 461/567, 0.813, high 201/228: under both floors); 20/32 (high 9/13) after the fixes of classes seen in two
    // bodies or more (a decision's month or season with its year, a decision notice's own day, "sista dag för ansökan"
    // before a yearless day, the next round's window with its year, a decision's rounded sum "i så kallat …-bidrag till
    // åtta …", "kan … söka bidrag för" as a use, "ser positivt på" as a priority, a window open "till ⟨månad⟩"): the 127
    // pairs report 478/567 (84 %), high-stakes 206/228 (90 %; tuned 465/551, 197/217), that one false alarm. The floors stay
    // (0.845 would need 480; 0.90 high would need 206, a margin of none)
    // batch 22 (q192–q205, diff23: kommuners föreningsbidrag in Mariehamn, Markaryd and Kungsbacka, Region Jönköpings län,
    // Region Sörmland, Region Dalarna, SFS 2016:1367 in two versions, Jämställdhetsmyndigheten's reporting page): 16/33 (high
    // 7/11) on the first run, four false alarms (a prisbasbelopp table read as report content, a purpose differing only in
    // quotation marks) (gated 493/600, 0.822: under the overall floor); 27/33 (high 9/11) after the fixes of classes seen in
    // two bodies or more (typography, hard-wrapped lines, the application's channel and needs, payment, the grant's forms,
    // a report by its kind, "möjlighet att söka", a decision's yearless day): the 135 pairs report 504/600 (84.0 %),
    // high-stakes 215/239 (90.0 %; tuned 491/584, 206/228), 0 false alarms. The floors stay (a margin of none overall)
    // batch 23 (q206–q221, diff24: stipends of kommuner and regions in several versions — Karlskoga, Region Sörmland,
    // Region Värmland, Karlstad's decision news — and the socialnämnd föreningsbidrag of Karlskrona and Varberg): 12/34
    // (high 6/14) on the first run, four false alarms (a condition reworded at its head, "som" mended, a payment's month, a
    // yearless last day also read as an event) (gated 516/634, 0.814: under the overall floor); 30/34 (high 14/14) after the
    // fixes of classes seen in two bodies or more (award names in decision news, yearless windows named as a period or an
    // open round, a stipend's rules, what one recipient gets stated in prose, the channel with the verb first, categories,
    // who may apply stated only in the new text, an award's month; "i går löpte ansökningstiden ut" as a last day with no
    // date): the 145 pairs report 541/634 (85.3 %), high-stakes 233/253 (92.1 %; tuned 528/618, 224/242), 0 false alarms;
    // the older batches gained 7 (Konstnärsnämnden's names and its stipend rules, Söderhamn, Härjedalen, MUCF, PTS).
    // Held out, report only: 195/338 → 196/338 (high 70/125 → 71/125), its pairs reported although unchanged 8, as on main.
    // batch 24 (q231–q243, diff25: prizes of kommuner and a studieförbund in several versions — Sölvesborg, Kungsbacka, SV
    // Blekinge, Kungälv's stipend call and decision — and Mariehamn's evenemangsbidrag): 7/36 (high 1/15) on the first run,
    // five of its eight pairs refused by the extractor (prize pages "say nothing about a grant"), one false alarm ("som
    // beviljas" → "kan beviljas"); 31/36 (high 14/15) after the fixes of classes seen in two bodies or more (a prize is a
    // grant text, its nomination its application, its sum what one winner gets, a cap as a share, when it is handed out,
    // whom it is given, winners after a label, several last days in one sentence) and two open classes of the last review
    // (contacts listed by name and role: the older pairs +5; the same sums under another bound or unit): the 153 pairs
    // report 577/670 (86.1 %), high-stakes 247/268 (92.2 %; tuned 564/654, 238/257), 0 false alarms. Held out, report
    // only: 196/338 → 197/338 (high 71/125 → 72/125), its pairs reported although unchanged 8, as on main.
    // batch 25 (q244–q257, diff26: Kriminalvården's statsbidrag calls and decisions 2014–2022, Folkhälsomyndigheten's statsanslag
    // 2:4 page, its process page and its hiv/STI grants, a regleringsbrev for anslag 6:1 to Kammarkollegiet 2010 → 2012): 25/37
    // (high 8/14) on the first run, three false alarms (a grant form added after a slash read as a changed purpose and use;
    // "föreningar och organisationer" → "ideella organisationer" read as other applicants) (gated 602/707, high 255/282);
    // 30/37 (high 11/14) after the fixes (a split of the grant sum by sum as its parts, a letter's posts at its addressee's
    // "Disponeras av" line, a contact after "kontakta <roll>", an organisation that "fick … bidrag på <belopp>"): the 162 pairs
    // report 607/707 (85.9 %), high-stakes 258/282 (91.5 %; tuned 594/691, 249/271), 0 false alarms; the older pairs as before.
    // Held out, report only: 196/338 → 197/338, its pairs reported although unchanged 8, as on main.
    // batch 26 (q258–q269, diff27: Svenljunga's föreningsbidrag in three versions, Boverket's planning guide for samlingslokaler,
    // reporting instructions of Kulturrådet's Skapande skola and Kammarkollegiet's säkerhetshöjande åtgärder in two versions,
    // Region Västerbotten's AKT call and its closed page, Kulturrådet's läsfrämjande grant in three versions): 22/40 (high 9/15)
    // on the first run, two false alarms ("Kan du ansöka?" not read as the recipients heading, so kommuner and organisationer
    // "anges inte längre"); 27/40 (high 11/15) after the fixes ("Kan du ansöka?" and föreningar among the examples of who may
    // apply; "senaste ansökningsdatum" as a yearless last day, never a day to complete by; link annotations out of sentence
    // keys; a grant that "finns till för att"; onlinetjänst as a channel, not the report's; a report's due with the grant's
    // compound name and period): the 170 pairs report 634/747 (84.9 %), high-stakes 269/297 (90.6 %), 0 false alarms; the older
    // pairs as before. Held out, report only: 197/338 → 199/338, its pairs reported although unchanged 8, as on main.
    // batch 27 (q270–q279, diff28: Sametinget's projektbidrag 2018 → 2024, Riksantikvarieämbetet's kulturarvsarbete 2017 → 2018,
    // Isof's extra call 2018 → 2022 and its revitaliseringsbidrag page 2021 → 2024, Region Halland's kulturutveckling in three
    // versions and its kulturstöd overview, Länsstyrelsen Västernorrland's kulturhistoriska miljöer): 26/39 (high 12/18) on the
    // first run, four false alarms (a replaced förordning as a removed legal basis, an act's title with its "som trädde i kraft"
    // clause, "i förskott" both years as a changed payment, an exclusion with the list's lead in front); 29/39 (high 15/18)
    // after the fixes: the 178 pairs report 666/786 (84.7 %), high-stakes 287/315 (91.1 %), 0 false alarms; the older pairs as
    // before (637/747, 272/297). Held out, report only: 199/338 as on main.
    // batch 28 (q280–q291, diff29: Region Skåne's utvecklingsstöd kultur 2020 → 2023, its kulturstöd overview 2022 → 2024, its
    // verksamhetsbidrag 2017 → 2020 → 2023, its stöd to idéburna organisationer for young people's mental health in three versions,
    // its föreningsbidrag to miljö- och naturvårdsföreningar and its miljövårdsfond in two versions each; Kulturfonden för Sverige
    // och Finland 2018 → the Finland page 2024 and the Sweden page): 27/47 (high 9/16) on the first run, two false alarms (an
    // electronic channel reworded as new, a purpose the old text stated after "vilka har till syfte att:") and one removed
    // recipient type whose noun the new text still had; 33/47 (high 12/16) after the fixes, batch 27 34/39 → 36/39 (its
    // month-only opening and a purpose read): the 188 pairs report 706/833 (84.8 %), high-stakes 302/331 (91.2 %), 0 false
    // alarms; the older pairs as before. Held out, report only: 199/338 as on main.
    // batch 29 (q292–q301, diff30: Konstsamfundet's stipend pages 2017 → 2018 → 2020 → 2022 and an older category page → 2022,
    // Svenska kulturfonden's overview about 2014 → 2024, Åland's projektunderstöd and verksamhetsstöd (regeringen.ax → kultur.ax),
    // Region Gotland's investerings- and driftsstöd to idrottsföreningar): 32/55 (high 9/16) on the first run, two false alarms
    // (a page's several windows as new dated events, a purpose extended by clauses the old text states); gated 738/888 (83.1 %,
    // under the floor); 40/55 (high 13/16) after the fixes: the 197 pairs report 746/888 (84.0 %), high-stakes 315/347 (90.8 %),
    // 0 false alarms; the older pairs as before. Held out, report only: 199/338 → 201/338.
    // batch 30 (diffb30: six pairs of stored dev texts, Delmos, Region Uppsala, Trafikverket, Forte, SKR, Migrationsverket):
    // 13/24 (high 10/13) on the first run, two false alarms (a restriction "bara de organisationer som …" read as a kind, one
    // noun definite → indefinite); gated 765/912 (83.9 %); 15/24 (high 11/13) after the fixes: the 203 pairs report 767/912
    // (84.1 %), high-stakes 326/360 (90.6 %), 0 false alarms; the older pairs as before. Held out, report only: 202/338.
    // The floors stay at 0.84 / 0.89 (0.85 would hold with a margin of seven; left to the lead's merge of other batches)
    // batch 31 (diffb31: Landstinget / Region Dalarna's utvecklingsprojekt and verksamhetsstöd, Klimatklivet on three
    // länsstyrelser's pages, tidiga insatser för asylsökande Södermanland → Östergötland): 25/38 (high 11/16) on the first run,
    // two false alarms (a reworded list of what may be sought read as removed, "alla utom …" with other examples); gated 794/950
    // (83.6 %, under the floor); 30/38 (high 14/16) after the fixes: the 209 pairs report 800/950 (84.2 %), high-stakes 341/376
    // (90.7 %), 0 false alarms; batch 22 28/33 → 29/33, the other pairs as before. Held out, report only: 202/338. The floors
    // stay at 0.84 / 0.89 (a margin of two changes).
    // batch 32 (diffb32: MUCF's Stärka demokratin and projektbidrag page, Jordbruksverket's pilot- och samarbetsprojekt
    // (livsmedelsstrategin, måltidsexport), Naturvårdsverket's ideella miljöorganisationer 2016 → 2021): 20/38 (high 9/13) on the
    // first run, two false alarms (an excluded use reworded, a purpose whose phrase became "denna genre"); gated 828/988 (83.8 %,
    // under the floor); 31/38 (high 12/13) after the fixes: the 215 pairs report 839/988 (84.9 %), high-stakes 354/389 (91.0 %),
    // 0 false alarms; the older pairs as before. Held out, report only: 202/338 → 203/338. The floors stay at 0.84 / 0.89.
    // batch 49 (diff87: Umeå, Länsstyrelserna's §37 page, Västerås ×2, Lund, Norrtälje, Helsingborg, Upplands Väsby ×2,
    // Sundsvall; tuned on): 25/45 (high 10/16) on the first run, six false alarms (a reworded applicants sentence, a sub-call's
    // sum as the total, a yearless last day stated with its year, a "delar ut ett eller flera stipendier till" not read);
    // 26/45 (high 11/16) after the fixes: the 273 gated pairs report 1094/1255 (87 %), high-stakes 456/496 (92 %; tuned
    // 1081/1239, 447/485), 0 false alarms; the older pairs as before. Report only, all batches: 518/837 as before.
    // batch 51 (diff88: Ljusdal, Skellefteå, Växjö ×2, Habo, Trollhättan ×2, Borås ×2, Sollefteå; tuned on): 31/47 (high 13/16)
    // on the first run, four false alarms (two channel sentences reworded, a "Publicerad:" line, and a `not` that was a reading
    // error); 32/47 after the fixes (contacts named with a telephone number, contacts.ts; sameChannelReworded; "publicerad" a
    // status line): the 283 gated pairs report 1128/1302 (87 %), high-stakes 469/512 (92 %), 0 false alarms; batch 49 26 → 28/45
    // (Umeå's and Sundsvall's contacts); report only, all batches 553 → 555/905.
    expect(all.found / all.listed).toBeGreaterThanOrEqual(0.84);
    expect(all.highFound / all.high).toBeGreaterThanOrEqual(0.89);
    expect(falseAlarms).toEqual([]);
  });
});
