import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { Grounder } from '../../extract/ground.js';
import { readText } from '../../extract/read/text.js';
import { norm, ROOT } from '../helpers.js';

// The change report quotes a value by its evidence key, so a key must name exactly the value it
// grounds: every key resolves to a value the spec holds, and a list item's quote states that item
// (not the item before it, as when items were numbered before ungrounded ones were dropped).

const dirs = ['sources/2025', 'sources/2026', 'test/fixtures/corpus/dev', 'test/corpus/dev'];
const files = dirs.flatMap((d) => readdirSync(resolve(ROOT, d)).filter((f) => /\.(?:txt|md)$/u.test(f)).map((f) => `${d}/${f}`)).sort();
// Dev texts the extractor refuses as naming no grant (the corpus scorer counts them as failed): they have no spec whose
// keys could be checked. Each must still be refused; once one is read, this test fails until it leaves the set.
// (2211 and 2213: government assignments with no money, h/fresh75b; 2082 is read since h/forms79 took "afrapportering";
// 2394, an ändringsbeslut moving a government assignment's dates, and 2467, a report's rules with no grant word, are read since
// h/forms85's grant-text rows project-report-rule and report-content-rule)
// (2571: a government release granting two bodies money by "beviljar … kronor" alone, no grant word the genre gate knows;
// h/money87's first run, left open)
// (2603: a budget-news release whose only sum is its heading's "100 miljoner i förstärkning" with no "kronor", no body sum, date
// or recipient; h/rb89's first run, left open: its gold records the refusal as the first-run failure. It holds grant words, so
// it is refused by the other not-a-grant-instruction message, "found no amount, dates, recipients …")
const REFUSED = new Set([
  'test/corpus/dev/2211-regeringen-kulturradet-fritidskortet-kulturskola-2025.txt',
  'test/corpus/dev/2213-regeringen-folkhalsomyndigheten-antibiotika-beredskap-2024.txt',
  'test/corpus/dev/2571-regeringen-judiska-centralradet-judiskt-liv-2025.txt',
  'test/corpus/dev/2603-regeringen-folkhogskolor-forstarkning-100-miljoner-2024.txt',
]);

function at(spec: unknown, path: string): unknown {
  let v = spec;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Every word of the item occurs in the quote, in the item's order. */
function inOrder(quote: string, item: string): boolean {
  let from = 0;
  for (const w of item.split(' ').filter(Boolean)) {
    const at = quote.indexOf(w, from);
    if (at < 0) return false;
    from = at + w.length;
  }
  return true;
}

/** Lists whose items are the text's own words (not enum values such as a recipient type). */
const TEXT_LISTS = new Set(['permitted_uses', 'excluded_uses', 'conditions', 'evidence_documents', 'reporting.content', 'requisition.requires', 'repayment.triggers', 'recipients.named', 'dates']);

/** The words of a value a quote must state: a text list item's own text, long enough to tell items apart. */
function statedText(path: string, v: unknown): string | undefined {
  if (!TEXT_LISTS.has(path.replace(/\.\d+$/u, ''))) return undefined;
  const t = typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string' ? (v as { text: string }).text : undefined;
  return t !== undefined && t.length >= 12 ? norm(t) : undefined;
}

describe('evidence keys name the values they ground', () => {
  it.each(files)('%s', async (file) => {
    if (REFUSED.has(file)) {
      await expect(extract(resolve(ROOT, file), ROOT)).rejects.toThrow(/says nothing about a grant|found no amount, dates, recipients/u);
      return;
    }
    const spec = await extract(resolve(ROOT, file), ROOT) as unknown as Record<string, unknown>;
    for (const [path, e] of Object.entries(spec.evidence as Record<string, { quote: string }>)) {
      const v = at(spec, path);
      expect(v, `${path} has evidence but no value`).not.toBeUndefined();
      // an indexed list item: its quote states its text
      if (/\.\d+$/u.test(path)) {
        const text = statedText(path, v);
        // (two documents named with one noun, "en ekonomisk och en vetenskaplig redovisning", are two items whose words the one
        // quote states in order, not side by side: reporting.ts DOCUMENT_PAIR)
        if (text && !inOrder(norm(e.quote), text)) expect(norm(e.quote), `${path}`).toContain(text.slice(0, 40));
      }
    }
    // a usage period's start is never grounded alone
    if (spec.usage_period === undefined) expect(Object.keys(spec.evidence as object).filter((k) => k.startsWith('usage_period'))).toEqual([]);
  }, 60_000);
});

describe('a list grounded item by item', () => {
  it('numbers an item by its place among the items kept, and forgets a dropped item\'s evidence', () => {
    const source = 'Medlen får användas till:\n\n* lön\n* lokalhyra\n';
    const doc = readText('t.txt', source);
    const g = new Grounder(doc);
    const at = (word: string): { srcStart: number; srcEnd: number } => ({ srcStart: source.indexOf(word), srcEnd: source.indexOf(word) + word.length });
    // the second item has no span in the source: it is dropped, and the third is item 1, not 2
    const items = [{ value: 'lön', at: at('lön') }, { value: 'resor', at: undefined }, { value: 'lokalhyra', at: at('lokalhyra') }];
    const kept = g.list('permitted_uses', items, (path, f) => g.take(path, f.at ? { value: f.value, at: f.at } : undefined));
    expect(kept).toEqual(['lön', 'lokalhyra']);
    expect(Object.keys(g.evidence)).toEqual(['permitted_uses.0', 'permitted_uses.1']);
    expect(g.evidence['permitted_uses.1']!.quote).toBe('lokalhyra');
    // an object item whose first member was grounded before the item was dropped leaves no key
    const parts = g.list('funding.parts', [0], (path) => { g.take(`${path}.to`, { value: 'region', at: at('lön') }); return undefined; });
    expect(parts).toEqual([]);
    expect(Object.keys(g.evidence).filter((k) => k.startsWith('funding.parts'))).toEqual([]);
  });
});
