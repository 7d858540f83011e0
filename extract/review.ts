import type { Diagnostic } from '../specs/diagnostics.js';
import type { ExtractedSpec } from '../specs/schema/index.js';
import { extractWithDoc } from './index.js';
import { lintText } from './lint/run.js';
import { notesOf } from './notes.js';
import { sourcePlace } from './tree/locate.js';

// What `grantspec review FILE` shows (site/review.ts renders it): one reading of the source serves
// the extraction, the lint and the page.
export async function reviewInput(file: string): Promise<{ file: string; source: string; spec: ExtractedSpec; findings: Diagnostic[] }> {
  const { spec, doc } = await extractWithDoc(file);
  // a web page's evidence points into its markup; the page shows the text a reader sees
  const shown = doc.origin ? { ...spec, evidence: Object.fromEntries(Object.entries(spec.evidence).map(([k, e]) => [k, { ...e, ...sourcePlace(doc, e.line, e.column) }])) } : spec;
  return { file, source: doc.source, spec: shown, findings: lintText(file, doc.source, spec, notesOf(doc, file)) };
}
