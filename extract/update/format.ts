import type { Update, ValueStatus } from './index.js';
import { STATUSES, summary } from './index.js';

// What `grantspec update` prints: a short summary by status with the values an editor must look at
// (needs-review with last year's quote, carried with where the new text says it), or one JSON record
// per value for tools.

const show = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
};

function record(v: ValueStatus): Record<string, unknown> {
  return {
    path: v.path, status: v.status,
    ...(v.value !== undefined ? { value: v.value } : {}),
    ...(v.old !== undefined ? { old: v.old } : {}),
    ...(v.evidence ? { line: v.evidence.line, column: v.evidence.column ?? 1, quote: v.evidence.quote } : {}),
    ...(v.oldEvidence ? { old_quote: v.oldEvidence.quote } : {}),
  };
}

export function formatUpdate(u: Update, out: string, format: 'text' | 'json'): string {
  const counts = summary(u.values);
  if (format === 'json') {
    return `${JSON.stringify({ file: out, previous: u.previousFile ?? null, summary: counts, values: u.values.map(record) }, null, 2)}\n`;
  }
  const lines = [`wrote ${out}${u.previousFile ? ` from ${u.previousFile}` : ' (no earlier year: every value is new)'}`];
  lines.push(STATUSES.map((s) => `${counts[s]} ${s}`).join(', '));
  for (const v of u.values.filter((x) => x.status === 'carried')) {
    lines.push(`  carried ${v.path}: ${show(v.value)} (line ${v.evidence?.line})`);
  }
  for (const v of u.values.filter((x) => x.status === 'changed')) {
    lines.push(`  changed ${v.path}: ${show(v.old)} → ${show(v.value)}`);
  }
  for (const v of u.values.filter((x) => x.status === 'needs-review')) {
    lines.push(`  needs-review ${v.path}: ${show(v.old)}${v.oldEvidence ? ` (last year: "${show(v.oldEvidence.quote)}")` : ''} is not in the new text; left out of the spec: add it back by hand if it still holds`);
  }
  return `${lines.join('\n')}\n`;
}
