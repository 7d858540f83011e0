import { readDocument } from '../build/extract/read/index.js';
const doc = await readDocument('test/fixtures/corpus/dev/38-mucf-stodja-ungas-organisering-2023.txt');
for (const s of doc.sections) console.log(s.index, s.heading?.seg.text, s.blocks.map(b=>b.kind+':'+b.seg.text.slice(0,30)));
