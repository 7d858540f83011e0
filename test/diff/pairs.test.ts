import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { diffSpecs, type ChangeReport } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { normalizeForQuote } from '../../specs/quote.js';

// End to end on real texts, as a compliance officer uses it: extract both years, diff them, and
// count how many of the changes the officer listed (by reading both texts) are reported. This
// measures the extractor as much as the diff; the floors below are today's numbers, so a
// regression fails, and the report prints them.

interface Expected { field: string; kind?: string; high: boolean; note: string }
interface Pair { name: string; old: string; new: string; expected: Expected[]; not?: string[] }

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8')) as { pairs: Pair[] };

const fieldOf = (path: string): string => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path: string, field: string): boolean => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);

async function run(p: Pair): Promise<ChangeReport> {
  const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
  return diffSpecs(a, b, { oldText: readFileSync(p.old, 'utf8'), newText: readFileSync(p.new, 'utf8') });
}

describe('change reports on real pairs, end to end', () => {
  const results: Array<{ pair: Pair; report: ChangeReport }> = [];
  it.each(pairs)('$name', async (pair) => {
    const report = await run(pair);
    results.push({ pair, report });
    // never "removed" for a value whose sentence the new text still has
    const text = normalizeForQuote(readFileSync(pair.new, 'utf8'));
    for (const c of report.changes.filter((x) => x.kind === 'removed' && x.evidence.old)) expect(text.includes(normalizeForQuote(c.evidence.old!.quote)), c.path).toBe(false);
    // nothing from noise such as "Tid kvar att ansöka: 129 dagar" → "Stängt för ansökan"
    for (const c of report.changes) expect(describeChange(c)).not.toMatch(/Tid kvar|Stängt för ansökan|\d+ dagar$/u);
  }, 60_000);
  it('reports the listed changes (overall and high-stakes) at least as often as today', () => {
    let listed = 0; let found = 0; let high = 0; let highFound = 0; let exact = 0;
    const missed: string[] = [];
    // a field the officer says did not change (same calendar date, same recipients) but that is reported
    const falseAlarms: string[] = [];
    for (const { pair, report } of results) {
      for (const field of pair.not ?? []) for (const c of report.changes.filter((x) => under(x.path, field))) falseAlarms.push(`${pair.name}: ${describeChange(c)}`);
      for (const e of pair.expected) {
        const hits = report.changes.filter((c) => under(c.path, e.field));
        listed++; if (e.high) high++;
        if (hits.length) { found++; if (e.high) highFound++; } else missed.push(`${pair.name}: ${e.field} (${e.note})`);
        if (hits.some((c) => !e.kind || c.kind === e.kind)) exact++;
      }
    }
    const pct = (n: number, d: number): string => `${n}/${d} (${Math.round((100 * n) / d)} %)`;
    console.info(`diff end to end on ${results.length} pairs: reported ${pct(found, listed)}, high-stakes ${pct(highFound, high)}, with the listed kind ${pct(exact, listed)}; reported although unchanged: ${falseAlarms.length}\nmissed:\n  ${missed.join('\n  ')}\nreported although unchanged (the extraction of one year missed the value):\n  ${falseAlarms.join('\n  ')}`);
    expect(results).toHaveLength(pairs.length);
    expect(found / listed).toBeGreaterThanOrEqual(0.55);
    expect(highFound / high).toBeGreaterThanOrEqual(0.45);
    expect(falseAlarms.length).toBeLessThanOrEqual(2);
  });
});
