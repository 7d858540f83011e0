#!/usr/bin/env node
// Summarise a V8 .cpuprofile (`node --cpu-prof --cpu-prof-dir=DIR …`): the top functions by self
// time and by total time (time in them and their callees, each counted once per stack), and the
// self time per file. `node test/bench/profile-summary.mjs FILE.cpuprofile [N]`.
import { readFileSync } from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(n);
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);

// each sample's time: the gap to the next sample
const dt = new Map();
const { samples, timeDeltas } = prof;
for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i + 1] ?? 0) / 1000);

const label = (x) => {
  const f = x.callFrame;
  const url = f.url.replace(/^file:\/\/.*?\/(node_modules|build)\//u, '$1/');
  return `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
};
const self = new Map();
const total = new Map();
const perFile = new Map();
for (const [id, ms] of dt) {
  const x = byId.get(id);
  self.set(label(x), (self.get(label(x)) ?? 0) + ms);
  const url = x.callFrame.url.replace(/^file:\/\/.*?\/(node_modules\/[^/]+|build)\//u, '$1/') || `(${x.callFrame.functionName})`;
  perFile.set(url, (perFile.get(url) ?? 0) + ms);
  const seen = new Set();
  for (let y = id; y !== undefined; y = parent.get(y)) {
    const l = label(byId.get(y));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + ms);
  }
}
const all = [...dt.values()].reduce((a, b) => a + b, 0);
const show = (title, m, k = top) => {
  console.log(`\n${title}`);
  for (const [l, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, k)) console.log(`${ms.toFixed(0).padStart(7)} ms ${(100 * ms / all).toFixed(1).padStart(5)}%  ${l}`);
};
console.log(`${all.toFixed(0)} ms sampled`);
show('self time', self);
show('total time', total);
show('self time per file', perFile);
