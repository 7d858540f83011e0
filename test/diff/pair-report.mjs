#!/usr/bin/env node
// Lists, per diff pair, the expected changes found / missed and the changes reported beyond them,
// with the same matching as pairs.test.ts (a change counts for an expected field when its path,
// list indices dropped, is the field or under it). Held-out pairs (`heldout: true`) are scored but
// never listed: only their totals print, so nobody tunes on them.
// usage (after `npx tsc -p tsconfig.json`): node test/diff/pair-report.mjs [name-substring]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extract } from '../../build/extract/index.js';
import { diffSpecs } from '../../build/specs/diff/index.js';
import { describe as describeChange } from '../../build/specs/diff/words.js';

const { pairs } = parse(readFileSync('test/fixtures/diff/pairs.yaml', 'utf8'));
const only = process.argv[2];
const fieldOf = (path) => path.split('.').filter((k) => !/^\d+$/u.test(k)).join('.');
const under = (path, field) => fieldOf(path) === field || fieldOf(path).startsWith(`${field}.`);
const reportOnly = (p) => p.heldout === true && (p.batch ?? 0) >= 3;
const tot = { tuned: [0, 0, 0, 0], gated: [0, 0, 0, 0] };
for (const p of pairs) {
  if (reportOnly(p)) continue;
  if (only && !p.name.includes(only)) continue;
  const [a, b] = await Promise.all([extract(p.old), extract(p.new)]);
  const r = diffSpecs(a, b, { oldText: readFileSync(p.old, 'utf8'), newText: readFileSync(p.new, 'utf8') });
  const s = [0, 0, 0, 0];
  const lines = [];
  for (const e of p.expected) {
    const hit = r.changes.some((c) => under(c.path, e.field));
    s[0]++; if (hit) s[1]++; if (e.high) { s[2]++; if (hit) s[3]++; }
    lines.push(`  ${hit ? 'found ' : 'MISSED'} ${e.high ? 'H' : ' '} ${e.field}${e.kind ? ` (${e.kind})` : ''} — ${e.note}`);
  }
  for (const c of r.changes) {
    if (p.expected.some((e) => under(c.path, e.field))) continue;
    const alarm = (p.not ?? []).some((f) => under(c.path, f));
    lines.push(`  ${alarm ? 'ALARM ' : 'extra '}   ${c.path} [${c.kind}/${c.importance}] ${describeChange(c).slice(0, 200)}`);
  }
  for (const k of p.heldout ? ['gated'] : ['tuned', 'gated']) tot[k] = tot[k].map((x, i) => x + s[i]);
  if (!p.heldout) console.log(`${p.name}: ${s[1]}/${s[0]} (high ${s[3]}/${s[2]})\n${lines.join('\n')}`);
}
for (const [k, s] of Object.entries(tot)) console.log(`${k}: ${s[1]}/${s[0]}, high ${s[3]}/${s[2]}`);
