import type { Diagnostic } from '../specs/diagnostics.js';
import { loadSpecFast as loadSpec } from '../specs/load.js';
import type { Allocation, Anvisning, GrantSpec, ReportingForm } from '../specs/schema/index.js';

// The specs the site is built from, grouped by grant and year.

export interface Grant {
  readonly id: string;
  readonly years: Anvisning[];
  readonly forms: ReportingForm[];
  /** allocation lists, by year and recipient type */
  readonly allocations: Allocation[];
}

export interface SiteData {
  readonly grants: Grant[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Load spec files (in the order given) and group them by grant id, newest year first. A file in
 * `loaded` (specs validation has just read, by path) is not read again.
 */
export async function loadGrants(files: readonly string[], loaded?: ReadonlyMap<string, GrantSpec>): Promise<SiteData> {
  const byId = new Map<string, { years: Anvisning[]; forms: ReportingForm[]; allocations: Allocation[] }>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let spec = loaded?.get(file);
    if (!spec) {
      const read = await loadSpec(file);
      diagnostics.push(...read.diagnostics);
      spec = read.spec;
    }
    if (!spec) continue;
    const entry = byId.get(spec.id) ?? { years: [], forms: [], allocations: [] };
    if (spec.kind === 'anvisning') entry.years.push(spec);
    else if (spec.kind === 'reporting-form') entry.forms.push(spec);
    else entry.allocations.push(spec);
    byId.set(spec.id, entry);
  }
  const grants = [...byId.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, g]) => ({
    id,
    years: g.years.sort((a, b) => (b.year ?? 0) - (a.year ?? 0)),
    forms: g.forms.sort((a, b) => (b.year ?? 0) - (a.year ?? 0)),
    allocations: g.allocations.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.to.localeCompare(b.to)),
  }));
  return { grants, diagnostics };
}
