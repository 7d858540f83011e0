import { afterAll, describe, expect, it } from 'vitest';
import { get } from '../helpers.js';
import { PAGES, type PageWant } from './review73e-pages.js';
import { specOf } from './probe.js';

// Whole-document probes (issue 12, review73e): one entry per (page, field) of test/extract/review73e-pages.ts. A wrong
// value is a value where the page states another or none (or the value a `{ not }` forbids); a miss is no value where the
// page states one. A (page, field) left open is listed in the page's `open` with its reason and runs as it.fails.

const itemText = (x: unknown): string => (typeof x === 'string' ? x : String((x as { text?: string })?.text ?? JSON.stringify(x)));
const shown = (got: unknown): unknown => (Array.isArray(got) ? got.map(itemText) : got);

/** 'right', 'wrong' or 'missed' for one field's value against the page's want. */
export function verdict(got: unknown, want: PageWant): 'right' | 'wrong' | 'missed' {
  const empty = got === undefined || got === null || got === 'refused' || (Array.isArray(got) && got.length === 0);
  if (want === null) return empty ? 'right' : 'wrong';
  if (Array.isArray(want)) {
    if (empty) return 'missed';
    const g = [...new Set((got as string[]).map(String))].sort().join(',');
    return g === [...want].sort().join(',') ? 'right' : 'wrong';
  }
  if (typeof want === 'object' && 'not' in want) return got === want.not ? 'wrong' : 'right';
  if (typeof want === 'object' && 'notre' in want) {
    const all = Array.isArray(got) ? got.map(itemText).join(' | ') : empty ? '' : itemText(got);
    return new RegExp(want.notre, 'u').test(all) ? 'wrong' : 'right';
  }
  if (empty) return 'missed';
  if (typeof want === 'object' && 're' in want) return new RegExp(want.re, 'iu').test(String(got)) ? 'right' : 'wrong';
  return got === want ? 'right' : 'wrong';
}

const tally = { right: 0, wrong: 0, missed: 0 };
const specs = new Map<string, Promise<unknown>>();
const spec = (id: string, text: string): Promise<unknown> => {
  if (!specs.has(id)) specs.set(id, specOf(text).catch(() => 'refused'));
  return specs.get(id) as Promise<unknown>;
};

describe('review73e: whole grant pages of bodies the corpus does not have', () => {
  for (const p of PAGES) {
    for (const [field, want] of Object.entries(p.want)) {
      const why = p.open?.[field];
      (why ? it.fails : it)(`${p.id} ${field}${why ? ` (open: ${why})` : ''} [${p.body}]`, async () => {
        const s = await spec(p.id, p.text);
        const got = s === 'refused' ? 'refused' : field === 'kind' ? (s as { kind: string }).kind : get(s, field);
        const v = verdict(got, want);
        tally[v]++;
        if (v !== 'right' && process.env.R73E_DUMP) console.log(`R73E ${p.id} ${field} ${v}: got ${JSON.stringify(shown(got))} want ${JSON.stringify(want)}`);
        expect({ got: shown(got), v }).toEqual({ got: shown(got), v: 'right' });
      });
    }
  }
  afterAll(() => {
    console.log(`review73e tally: right ${tally.right}, wrong ${tally.wrong}, missed ${tally.missed} of ${tally.right + tally.wrong + tally.missed}`);
  });
});
