import { readDocument } from '../build/extract/read/index.js';
const doc = await readDocument(process.argv[2]);
for (const b of doc.blocks) console.log(`${b.section}\t${b.kind}${b.depth ?? ''}\t${b.seg.text.slice(0, 100)}`);
