import { readFileSync } from 'node:fs';
const { readPdfText } = await import('../build/extract/read/pdf.js');
const r = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), 'x.pdf');
const { readText } = await import('../build/extract/read/text.js');
const doc = readText('x', r.text, r.pageStarts, []);
const { extractAnvisning } = await import('../build/extract/anvisning.js');
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.start');
for (let i = 0; i < 3; i++) extractAnvisning(doc, { path: 'x', sha256: '0'.repeat(64) });
const { profile: p } = await s.post('Profiler.stop');
const self = new Map(); const byId = new Map(p.nodes.map((n) => [n.id, n]));
const counts = new Map(); p.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + p.timeDeltas[i]));
// attribute native/regex time to the nearest project frame above it
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const [id, t] of counts) { let n = byId.get(id); while (n && !/main\/build/.test(n.callFrame.url)) n = byId.get(parent.get(n.id)); if (!n) continue; const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) || 0) + t); }
[...self].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, t]) => console.log((t / 3000).toFixed(0).padStart(6), k));
