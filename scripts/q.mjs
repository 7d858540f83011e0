import { readDocument } from '../build/extract/read/index.js';
import { findQuestions } from '../build/extract/fields/reporting-form.js';
const doc = await readDocument(process.argv[2]);
const qs = findQuestions(doc);
const q = qs.find((x) => x.number === Number(process.argv[3]));
console.log(q.text.at.block.index, q.columns.map((f) => f.label + '@' + f.at.block.index));
