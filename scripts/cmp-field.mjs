import { extract } from '../build/extract/index.js';
const [txt, pdf, field] = process.argv.slice(2);
const get = (o, p) => p.split('.').reduce((a, k) => a?.[k], o);
const a = get(await extract(txt), field) ?? [];
const b = get(await extract(pdf), field) ?? [];
const A = Array.isArray(a) ? a : [a]; const B = Array.isArray(b) ? b : [b];
for (let i = 0; i < Math.max(A.length, B.length); i++) if (JSON.stringify(A[i]) !== JSON.stringify(B[i])) console.log(i, '\n  txt:', JSON.stringify(A[i]), '\n  pdf:', JSON.stringify(B[i]));
