import { normalizeForQuote } from '../quote.js';

// a source quoted by many specs is normalised once (the last few, by text)
const normalized = new Map<string, string>();
function normalizedSource(text: string): string {
  let n = normalized.get(text);
  if (n === undefined) {
    n = normalizeForQuote(text);
    if (normalized.size >= 16) normalized.delete(normalized.keys().next().value!);
    normalized.set(text, n);
  }
  return n;
}
import type { Finding, Rule } from './types.js';

// Every quote still occurs in its source; a changed source (sha256) names the quotes it broke.
export const evidenceQuote: Rule = {
  id: 'evidence-quote',
  check({ spec, sourceText, sourceSha256 }) {
    const entries = Object.values(spec.evidence);
    if (sourceText === undefined && entries.length > 0 && entries.every((e) => e.ocr)) {
      // a scan is read again by OCR to check its quotes; where Tesseract is missing it cannot be
      return [{ path: ['source', 'path'], severity: 'warning', message: `Unexpected unchecked OCR quotes: ${spec.source.path} is a scan and reading it needs OCR; install tesseract-ocr and tesseract-ocr-swe to check them` }];
    }
    if (sourceText === undefined) {
      return [{ path: ['source', 'path'], message: `Unexpected missing source ${spec.source.path}; restore it or correct source.path` }];
    }
    const haystack = normalizedSource(sourceText);
    const changed = sourceSha256 !== undefined && sourceSha256 !== spec.source.sha256;
    const out: Finding[] = [];
    for (const [path, entry] of Object.entries(spec.evidence)) {
      if (!haystack.includes(normalizeForQuote(entry.quote))) {
        // the scan is OCR'd again for the check; another Tesseract version may read a letter
        // differently, so an OCR quote that is not found asks for a look at the page, not a fix
        if (entry.ocr) {
          out.push({ path: ['evidence', path, 'quote'], severity: 'warning', message: `Unexpected OCR quote for ${path} that the scan, read again, does not give${entry.page ? ` (page ${entry.page})` : ''}; compare it with the page image and correct the quote if OCR misread it` });
          continue;
        }
        out.push({
          path: ['evidence', path, 'quote'],
          message: `Unexpected quote for ${path} that is not in ${spec.source.path}${changed ? ' (the source changed since extraction: its sha256 differs)' : ''}; re-check the value against the source and update the quote`,
        });
      }
    }
    if (changed && out.length === 0) {
      out.push({ path: ['source', 'sha256'], severity: 'warning', message: `Unexpected sha256 for ${spec.source.path}: the source changed since extraction, though every quote is still in it; update source.sha256 after review` });
    }
    return out;
  },
};
