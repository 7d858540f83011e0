#!/usr/bin/env node
// Classifies every missed expected change of the tuned pairs (held-out pairs are skipped: never listed)
// by why it was missed, to pick the largest classes to fix:
//   neither   — the field is extracted in neither year
//   one-side  — extracted in one year only, yet no change reported (the diff dropped it, e.g. as "still stated")
//   both-same — extracted in both years and compared equal (matched wrongly / values normalised to the same)
//   elsewhere — not at the field, but the pair reports an unlisted change (an "extra") the officer's note may mean
// A miss counts in the first class that applies, in the order elsewhere is checked last.
// usage (after `npx tsc -p tsconfig.json`): node test/diff/miss-classes.mjs [name-substring] [--list] [--batch=19,20,…]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extract } from '../../build/extract/index.js';
import { diffSpecs } from '../../build/specs/diff/index.js';

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8'));
const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.find((a) => !a.startsWith('--'));
const batchArg = args.find((a) => a.startsWith('--batch='));
const batches = batchArg ? batchArg.slice('--batch='.length).split(',').map(Number) : null;
const fieldOf = (path) => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path, field) => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);
const get = (spec, field) => field.split('.').reduce((o, k) => (o == null ? undefined : o[k]), spec);
const stated = (v) => v != null && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
const classes = {};
const byField = {};
for (const p of pairs) {
  if (p.heldout) continue;
  if (only && !p.name.includes(only)) continue;
  if (batches && !batches.includes(p.batch)) continue;
  const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
  const r = diffSpecs(a, b, { oldText: readFileSync(p.old, 'utf8'), newText: readFileSync(p.new, 'utf8') });
  const extras = r.changes.filter((c) => !p.expected.some((e) => under(c.path, e.field)) && !(p.not ?? []).some((f) => under(c.path, f)));
  for (const e of p.expected) {
    if (r.changes.some((c) => under(c.path, e.field))) continue;
    const sa = stated(get(a, e.field)); const sb = stated(get(b, e.field));
    let k = !sa && !sb ? 'neither' : sa !== sb ? 'one-side' : 'both-same';
    if (k === 'neither' && extras.length > 0) k = 'neither (pair has extras)';
    (classes[k] ??= []).push(`${p.name} :: ${e.field}${e.high ? ' [H]' : ''} — ${e.note}${k.startsWith('neither (') ? `\n      extras: ${extras.map((c) => c.path).join(', ')}` : ''}`);
    byField[e.field] = (byField[e.field] ?? 0) + 1;
  }
}
for (const [k, v] of Object.entries(classes)) {
  console.log(`${k}: ${v.length}`);
  if (list) for (const x of v) console.log(`    ${x}`);
}
console.log('by field:', Object.entries(byField).sort((x, y) => y[1] - x[1]).map(([f, n]) => `${f} ${n}`).join(', '));
