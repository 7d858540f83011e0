import { readFileSync } from 'node:fs';
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const vp = page.getViewport({ scale: 1 });
console.log('page', vp.width, vp.height);
const c = await page.getTextContent();
for (const it of c.items.slice(0, Number(process.argv[4] ?? 40))) console.log(JSON.stringify([it.str, Math.round(it.transform[4]), Math.round(it.transform[5]), Math.round(it.width), Math.round(Math.hypot(it.transform[0], it.transform[1])), it.hasEOL]));
