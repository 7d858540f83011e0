import type { Diagnostic } from '../specs/diagnostics.js';
import type { ExtractedSpec } from '../specs/schema/index.js';
import { extractWithDoc } from './index.js';
import { lintText } from './lint/run.js';

// What `grantspec review FILE` shows (site/review.ts renders it): one reading of the source serves
// the extraction, the lint and the page.
export async function reviewInput(file: string): Promise<{ file: string; source: string; spec: ExtractedSpec; findings: Diagnostic[] }> {
  const { spec, doc } = await extractWithDoc(file);
  return { file, source: doc.source, spec, findings: lintText(file, doc.source, spec) };
}
