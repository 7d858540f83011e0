import { explainKind, type KindExplanation } from './fields/reporting-form.js';

// Why a text was read as a reporting form or as an anvisning, for an editor (`grantspec extract
// FILE --explain`): the rule of looksLikeForm that decided, or the weighed evidence row by row,
// form rows against anvisning rows, with the line a form must reach.

export { explainKind, type KindExplanation };

/** The explanation as lines of text: the verdict, the sums against the line, then each row that held, heaviest first. */
export function formatKindExplanation(why: KindExplanation): string {
  const out: string[] = [];
  out.push(`kind: ${why.kind} (${why.decidedBy === 'score' ? 'by score' : why.decidedBy}${why.unsure ? '; not sure: the evidence leans to a form but does not reach the line, so the safer reading, an anvisning' : ''})`);
  out.push(`  why: ${why.reason}`);
  out.push(`  form ${why.form} (needs ${why.needs.form}), ${why.marks} different form marks (needs ${why.needs.marks}), anvisning ${why.anvisning}, margin ${why.form - why.anvisning} (needs ${why.needs.margin})`);
  const rows = [...why.rows].sort((a, b) => (a.side === b.side ? b.points - a.points : a.side === 'form' ? -1 : 1));
  for (const r of rows) {
    const sign = r.side === 'form' ? '+' : '-';
    const line = r.line === undefined ? '' : `  "${r.line}"`;
    out.push(`  ${sign}${String(r.points).padStart(2)}  ${r.table} ${r.id} (weight ${r.weight} × ${r.count})${r.ignored ? ` [${r.ignored}]` : ''}${line}`);
  }
  if (rows.length === 0) out.push('  (no kind evidence held: an anvisning)');
  return `${out.join('\n')}\n`;
}
