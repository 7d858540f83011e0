import { readFileSync } from 'node:fs';
import { readPdfText } from '../build/extract/read/pdf.js';
const r = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), process.argv[2]);
process.stdout.write(r.text);
