import type { EvidenceEntry } from '../specs/schema/index.js';
import { collapseQuote, pageOf, placeOf, sourceSpan } from './tree/locate.js';
import type { Doc, Located } from './tree/types.js';

// Grounding: a value is emitted only together with the source passage that states it. The quote
// is the source slice itself (white space collapsed), so it occurs in the source by construction.

export type Where = Located | { readonly srcStart: number; readonly srcEnd: number };

export class Grounder {
  readonly evidence: Record<string, EvidenceEntry> = {};
  constructor(private readonly doc: Doc) {}

  /** Record where `path`'s value was read; returns the value, or undefined when it cannot be grounded. */
  ground<T>(path: string, value: T | undefined, where: Where | undefined): T | undefined {
    if (value === undefined || where === undefined) return undefined;
    const { start, end } = 'block' in where ? sourceSpan(where) : { start: where.srcStart, end: where.srcEnd };
    const quote = collapseQuote(this.doc.source.slice(start, end));
    if (quote.length === 0) return undefined;
    const { line, column } = placeOf(this.doc, start);
    const page = pageOf(this.doc.pageStarts, start);
    const ocr = page !== undefined ? this.doc.ocrPages?.[page] : undefined;
    this.evidence[path] = { line, column, ...(page !== undefined ? { page } : {}), quote, ...(ocr !== undefined ? { ocr: true, confidence: ocr } : {}) };
    return value;
  }

  /** Forget the evidence recorded at `path` and under it: for a value that is dropped after all. */
  drop(path: string): void {
    for (const key of Object.keys(this.evidence)) if (key === path || key.startsWith(`${path}.`)) delete this.evidence[key];
  }

  /**
   * A list grounded item by item: an item is numbered by its place among the items kept, so an
   * evidence key `base.N` always names the N-th value of the list the spec holds.
   */
  list<T, R>(base: string, items: readonly T[], one: (path: string, item: T) => R | undefined): R[] {
    const out: R[] = [];
    for (const item of items) {
      const path = `${base}.${out.length}`;
      const v = one(path, item);
      if (v === undefined) this.drop(path);
      else out.push(v);
    }
    return out;
  }

  /** `ground` for a value read together with its span, so a value cannot be paired with another value's span. */
  take<T>(path: string, found: { readonly value: T; readonly at: Where } | undefined): T | undefined {
    return this.ground(path, found?.value, found?.at);
  }
}

/** Drop undefined members and empty arrays/objects, so absent stays absent. */
export function compact<T extends object>(o: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return Object.keys(out).length ? (out as T) : undefined;
}
