import type { Severity } from '../../specs/diagnostics.js';

// One rule per file; the file name is the rule id. A rule reads the source text and returns
// findings at offsets; the runner turns offsets into line:column. Each rule carries its examples,
// which are its tests and its documentation (`grantspec lint --explain RULE`).

export interface LintFinding {
  readonly offset: number;
  readonly message: string;
  readonly severity?: Severity;
  /** a finding about two places names the other too */
  readonly related?: number;
}

export interface LintRule {
  readonly id: string;
  readonly summary: string;
  readonly examples: { readonly ok: readonly string[]; readonly notOk: readonly string[] };
  readonly check: (text: string) => LintFinding[];
}
