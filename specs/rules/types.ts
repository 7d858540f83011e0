import type { Severity } from '../diagnostics.js';
import type { Anvisning, GrantSpec } from '../schema/index.js';

export interface RuleContext {
  readonly file: string;
  readonly spec: GrantSpec;
  /** the repository root that source paths are relative to */
  readonly root: string;
  /** the source text decoded as the extractor reads it, or undefined when it cannot be read */
  readonly sourceText?: string;
  readonly sourceSha256?: string;
  /** for an allocation list: the anvisning of the same grant and year, when there is one */
  readonly anvisning?: Anvisning;
}

export interface Finding {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  readonly severity?: Severity;
}

export interface Rule {
  readonly id: string;
  readonly check: (ctx: RuleContext) => Finding[];
}
