import { describe, expect, it } from 'vitest';
import { matchItems, similarity, wordDiff } from '../../specs/diff/lists.js';
import { cli } from '../helpers.js';

describe('grantspec diff', () => {
  it('reports what changed in tillgänglighet och vårdkapacitet from 2025 to 2026, and exits 1', async () => {
    const r = await cli(['diff', '--grant', 'tillganglighet-och-vardkapacitet', '--from', '2025', '--to', '2026', '--format', 'json']);
    expect(r.code).toBe(1);
    const { changes } = JSON.parse(r.stdout) as { changes: Array<Record<string, unknown>> };
    expect(changes).toContainEqual({ path: 'funding.total', kind: 'changed', old: 5886500000, new: 5042500200, delta: -843999800, percent: '-14.3' });
    expect(changes).toContainEqual({ path: 'requisition.closes', kind: 'changed', old: '2025-04-17', new: '2026-03-16', days: 333 });
    expect(changes).toContainEqual({ path: 'requisition.opens', kind: 'removed', old: '2025-03-06' });
    expect(changes.some((c) => String(c.path).startsWith('conditions.') && c.kind === 'changed' && Array.isArray(c.words))).toBe(true);
  });
  it('writes the change in plain Swedish on a terminal', async () => {
    const r = await cli(['diff', 'specs/tillganglighet-och-vardkapacitet/2025.yaml', 'specs/tillganglighet-och-vardkapacitet/2026.yaml'], undefined, { NO_COLOR: '1' });
    expect(r.stdout).toContain('~ Totalt belopp: 5 886 500 000 → 5 042 500 200 (−843 999 800 kr, −14,3 %)');
    expect(r.stdout).toContain('- Rekvisitionen öppnar: borttaget 2025-03-06');
    expect(r.stdout).not.toContain('\u001b[');
  });
  it('exits 0 when a spec is diffed with itself, and 2 on trouble', async () => {
    expect((await cli(['diff', 'specs/socialdataregister/2026.yaml', 'specs/socialdataregister/2026.yaml'])).code).toBe(0);
    const bad = await cli(['diff', 'specs/socialdataregister/2026.yaml', 'specs/finns-inte.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing-file/u);
    expect((await cli(['diff', '--grant', 'x'])).code).toBe(2);
  });
  it('renders Markdown and HTML with the rewording in place', async () => {
    const md = await cli(['diff', 'specs/tillganglighet-och-vardkapacitet/2025.yaml', 'specs/tillganglighet-och-vardkapacitet/2026.yaml', '--format', 'markdown']);
    expect(md.stdout).toMatch(/- Villkor: \*\*Ytterligare ett villkor för att\*\* ta/u);
    const html = await cli(['diff', 'specs/tillganglighet-och-vardkapacitet/2025.yaml', 'specs/tillganglighet-och-vardkapacitet/2026.yaml', '--format', 'html']);
    expect(html.stdout).toMatch(/<ins>Ytterligare ett villkor för att<\/ins>/u);
  });
});

describe('list matching', () => {
  it('pairs reworded items by similarity, not position', () => {
    const a = ['Fakturor som styrker kostnader', 'Lönespecifikationer som styrker lönekostnader'];
    const b = ['Lönespecifikationer och anställningsavtal som styrker lönekostnader', 'Fakturor som styrker nedlagda kostnader', 'Underlag som styrker insatser'];
    const m = matchItems(a, b);
    expect(m.pairs).toEqual([[1, 0], [0, 1]]);
    expect(m.added).toEqual([2]);
    expect(m.removed).toEqual([]);
  });
  it('measures similarity on words', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('koloskopi', 'precisionsmedicin')).toBe(0);
  });
  it('diffs words', () => {
    expect(wordDiff('ta fram en produktionsplan', 'lämna in en produktionsplan')).toEqual([
      { op: '+', text: 'lämna in' }, { op: '-', text: 'ta fram' }, { op: '=', text: 'en produktionsplan' },
    ]);
  });
});
