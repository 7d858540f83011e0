import type { Diagnostic } from '../../specs/diagnostics.js';
import { amountsReconcile } from '../../specs/rules/amounts-reconcile.js';
import { dateOrder } from '../../specs/rules/date-order.js';
import { extractWithDoc } from '../index.js';
import { notesOf } from '../notes.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { readDocument } from '../read/index.js';
import { lineStarts, positionOf } from '../tree/locate.js';
import { TEXT_RULES } from './index.js';

// lint(file): the text rules on the source as read, and the spec rules (amounts-reconcile,
// date-order) on what was extracted from it, placed at the evidence of the field they concern.

export async function lint(file: string): Promise<Diagnostic[]> {
  // a text that is no grant instruction still gets its text rules
  const read = await extractWithDoc(file).catch(() => undefined);
  // (unreadable input fails here with its own clear line, as in extract)
  const text = read ? read.doc.source : (await readDocument(file)).source;
  return lintText(file, text, read?.spec, read ? notesOf(read.doc, file) : []);
}

/**
 * The findings for a source already read (and, when it was, extracted); `notes` are what the
 * extraction left out and said so (extract/notes.ts).
 */
export function lintText(file: string, text: string, spec: GrantSpec | undefined, notes: readonly Diagnostic[] = []): Diagnostic[] {
  const starts = lineStarts(text);
  const out: Diagnostic[] = [...notes];
  for (const rule of TEXT_RULES) {
    for (const f of rule.check(text)) {
      const at = positionOf(starts, f.offset);
      const also = f.related !== undefined ? positionOf(starts, f.related) : undefined;
      out.push({ file, ...at, rule: rule.id, severity: f.severity ?? 'warning', message: also ? `${f.message} (also at ${also.line}:${also.column})` : f.message });
    }
  }
  if (spec) {
    for (const rule of [amountsReconcile, dateOrder]) {
      for (const f of rule.check({ file, spec, root: '.' })) {
        const path = f.path.join('.');
        const key = Object.keys(spec.evidence).find((k) => k === path || k.startsWith(`${path}.`));
        const e = key ? spec.evidence[key] : undefined;
        out.push({ file, ...(e ? { line: e.line, column: e.column ?? 1 } : {}), rule: rule.id, severity: 'warning', message: `${f.message.replace(/; correct .*$/u, '')} — check the source text` });
      }
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule));
}
