import { TEXT_RULES } from '../extract/lint/index.js';
import type { Anvisning, ReportingForm } from '../specs/schema/index.js';

// A link or e-mail address `grantspec lint` reports as an error (two addresses run together, two
// spellings of one address) is not published as a live link: a reader would land nowhere or write
// to the wrong address. The lint's own text rules are run on the spec's addresses, so the site and
// the lint agree on what is broken.

const WHY: Readonly<Record<string, string>> = {
  'malformed-link': 'två adresser är ihopskrivna i anvisningen',
  'email-mismatch': 'adressen stavas på två sätt i anvisningen',
};

/** address → why it is not a live link, for the spec's contacts and links with an error finding. */
export function brokenAddresses(spec: Anvisning | ReportingForm): Map<string, string> {
  const entries = [...(spec.contacts ?? []).map((c) => c.email), ...(spec.links ?? []).map((l) => l.url)];
  const starts: number[] = [];
  let text = '';
  for (const e of entries) {
    starts.push(text.length);
    text += `${e}\n`;
  }
  const at = (offset: number): string | undefined => {
    let i = starts.length - 1;
    while (i >= 0 && starts[i]! > offset) i--;
    return i >= 0 ? entries[i] : undefined;
  };
  const out = new Map<string, string>();
  for (const rule of TEXT_RULES) {
    for (const f of rule.check(text)) {
      if (f.severity !== 'error') continue;
      for (const o of [f.offset, f.related]) {
        const e = o === undefined ? undefined : at(o);
        if (e && !out.has(e)) out.set(e, WHY[rule.id] ?? 'adressen ser felaktig ut');
      }
    }
  }
  return out;
}
