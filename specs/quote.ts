// How quotes are compared with their source (the contract): Unicode NFC, soft hyphens dropped,
// line-break hyphenation joined, markdown emphasis markers ignored, white space collapsed, case folded.
export function normalizeForQuote(s: string): string {
  return s.normalize('NFC').replace(/\u00ad/gu, '').replace(/-\s*\n\s*/gu, '').replace(/[*_`]/gu, '')
    .replace(/\s+/gu, ' ').trim().toLowerCase();
}
