#!/usr/bin/env node
// How many changes each diff pair reports (all of them, and those beyond the officer's list: the
// noise), as the median and the largest over the pairs, with and without the text-level pass's
// changes (`from: 'text'`). Only totals print, for tuned and held-out pairs alike, so nobody tunes
// on a held-out pair. usage (after `npx tsc -p tsconfig.json`): node test/diff/noise-report.mjs
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extract } from '../../build/extract/index.js';
import { diffSpecs } from '../../build/specs/diff/index.js';

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8'));
const fieldOf = (path) => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path, field) => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);
const groups = { tuned: [], 'held out': [] };
for (const p of pairs) {
  let r;
  try {
    const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
    r = diffSpecs(a, b, { oldText: readFileSync(p.old, 'utf8'), newText: readFileSync(p.new, 'utf8') });
  } catch { continue; }
  const extra = (cs) => cs.filter((c) => !p.expected.some((e) => under(c.path, e.field))).length;
  const spec = r.changes.filter((c) => c.from !== 'text');
  groups[p.heldout ? 'held out' : 'tuned'].push({ before: spec.length, after: r.changes.length, extraBefore: extra(spec), extraAfter: extra(r.changes), text: r.changes.length - spec.length });
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0; };
for (const [name, rows] of Object.entries(groups)) {
  const m = (k) => `median ${median(rows.map((x) => x[k]))}, max ${Math.max(...rows.map((x) => x[k]))}`;
  console.log(`${name} (${rows.length} pairs): changes per pair without the text pass ${m('before')}; with it ${m('after')}; beyond the listed changes ${m('extraBefore')} → ${m('extraAfter')}; from text ${m('text')}, ${rows.reduce((n, x) => n + x.text, 0)} in all`);
}
