import { readFileSync } from 'node:fs';
import { pageLines } from '../build/extract/read/pdf-layout.js';
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const carry = { glyphItem: false };
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const vp = page.getViewport({ scale: 1 });
  const c = await page.getTextContent();
  const items = c.items.map((it) => ({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, size: Math.hypot(it.transform[0], it.transform[1]) }));
  const before = carry.glyphItem;
  const lines = pageLines({ width: vp.width, height: vp.height, items, links: [] }, n, carry);
  for (const l of lines) if (l.text.includes(process.argv[3])) console.log(n, before, Math.round(l.x), l.breakBefore, l.text);
}
