import { datePlausible } from '../specs/rules/date-plausible.js';
import type { ExtractedSpec } from '../specs/schema/index.js';
import { plausibleYear } from '../specs/years.js';

// A wrong date is far worse than a missing one. The extractor keeps only what validate would
// accept: a grant year in the years the schema allows, and dates the date-plausible rule finds
// plausible for that year — the same rule, not a copy, so extract and validate cannot disagree.

export function dropImplausible<T extends ExtractedSpec>(spec: T): T {
  const out = structuredClone(spec) as T & { year?: number; evidence?: Record<string, unknown> };
  if (out.year !== undefined && !plausibleYear(out.year)) {
    delete out.year;
    delete out.evidence?.['year'];
  }
  const findings = datePlausible.check({ file: '', spec: out as never, root: '' });
  for (const f of findings) removePath(out as unknown as Record<string, unknown>, f.path);
  for (const f of findings) delete out.evidence?.[f.path.join('.')];
  return out;
}

/** Delete the value at a path, and each parent object the deletion leaves empty. */
function removePath(root: Record<string, unknown>, path: ReadonlyArray<string | number>): void {
  const parents: Array<Record<string, unknown>> = [root];
  for (const key of path.slice(0, -1)) {
    const next = parents.at(-1)![key];
    if (!next || typeof next !== 'object') return;
    parents.push(next as Record<string, unknown>);
  }
  delete parents.at(-1)![path.at(-1)!];
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]!).length > 0) break;
    delete parents[i - 1]![path[i - 1]!];
  }
}
