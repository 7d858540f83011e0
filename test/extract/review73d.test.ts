import { afterAll, describe, expect, it } from 'vitest';
import { get } from '../helpers.js';
import { specOf } from './probe.js';
import { DOCS, type DocWant } from './review73d-docs.js';

// Whole-document probes (review73d): each document of review73d-docs.ts is extracted once, as a user's .txt file, and every
// (document, field) want is one test. A want the extractor does not meet on purpose is listed in the document's `open` with
// the reason and runs as it.fails. The tally line printed at the end sorts failures into WRONG (a value where none, or
// another value, is wanted) and MISSED (a value wanted, none given).

type Verdict = 'ok' | 'wrong' | 'missed';
const itemText = (x: unknown): string => (typeof x === 'string' ? x : String((x as { text?: string }).text ?? ''));

/** What the extractor gave against a want: right, a wrong value, or no value where one is wanted. */
export function judge(got: unknown, want: DocWant): Verdict {
  const none = got === undefined || got === null || (Array.isArray(got) && got.length === 0);
  if (want === null) return none ? 'ok' : 'wrong';
  if (Array.isArray(want)) {
    if (none) return 'missed';
    const g = [...(got as string[])].sort();
    return JSON.stringify(g) === JSON.stringify([...want].sort()) ? 'ok' : 'wrong';
  }
  if (typeof want === 'object') {
    if ('not' in want) return got === want.not ? 'wrong' : 'ok';
    if ('notIn' in want) return want.notIn.includes(got) ? 'wrong' : 'ok';
    if ('re' in want) return none ? 'missed' : new RegExp(want.re, 'iu').test(String(got)) ? 'ok' : 'wrong';
    if ('has' in want) return none ? 'missed' : want.has.every((t) => (got as string[]).includes(t)) ? 'ok' : 'wrong';
    if ('lacks' in want) return none ? 'ok' : want.lacks.some((t) => (got as string[]).includes(t)) ? 'wrong' : 'ok';
    if ('none' in want) return none ? 'ok' : (got as unknown[]).some((x) => new RegExp(want.none, 'iu').test(itemText(x))) ? 'wrong' : 'ok';
  }
  if (none) return 'missed';
  return got === want ? 'ok' : 'wrong';
}

const tally = { ok: 0, wrong: [] as string[], missed: [] as string[] };
const specs = new Map<string, Promise<unknown>>();
const specFor = (id: string, text: string): Promise<unknown> => {
  if (!specs.has(id)) specs.set(id, specOf(text).catch(() => 'refused'));
  return specs.get(id)!;
};

describe('review73d: whole documents of bodies never seen', () => {
  for (const d of DOCS) {
    for (const [field, want] of Object.entries(d.want)) {
      const reason = d.open?.[field];
      (reason ? it.fails : it)(`${d.id} ${field} [${d.body}]${reason ? ` (open: ${reason})` : ''}`, async () => {
        const spec = await specFor(d.id, d.text);
        const got = spec === 'refused' ? undefined : get(spec, field);
        const v = judge(got, want);
        if (v === 'ok') tally.ok++;
        else tally[v].push(`${d.id} ${field}: got ${JSON.stringify(got)?.slice(0, 160)} want ${JSON.stringify(want)}`);
        expect(v, `${d.id} ${field}: got ${JSON.stringify(got)?.slice(0, 300)}`).toBe('ok');
      });
    }
  }
  afterAll(() => {
    const n = tally.ok + tally.wrong.length + tally.missed.length;
    console.log(`review73d tally: ${tally.wrong.length} of ${n} wrong, ${tally.missed.length} missed\nWRONG\n${tally.wrong.join('\n')}\nMISSED\n${tally.missed.join('\n')}`);
  });
});
