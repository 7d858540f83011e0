import { readFileSync } from 'node:fs';
const s = JSON.parse(readFileSync(process.argv[2], 'utf8'));
delete s.evidence; delete s.source;
if (s.questions) s.questions = s.questions.map((q) => { const { help, ...r } = q; return JSON.stringify(r); });
console.log(JSON.stringify(s, null, 1));
