// Diagnostics are data, shaped like vfile-message: where (file:line:column), which rule, how bad,
// and a message that says what is wrong and what to do. Only the CLI prints them.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly page?: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

/** A fatal problem with the user's input: the stage cannot go on. Carries its diagnostic. */
export class InputError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'InputError';
    this.diagnostic = diagnostic;
  }
}

export function fail(file: string, rule: string, message: string, at?: { line?: number; column?: number; page?: number }): never {
  throw new InputError({ file, rule, severity: 'error', message, ...at });
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
  const page = d.page !== undefined ? ` (page ${d.page})` : '';
  return `${place}${page} ${d.severity} ${d.rule} ${d.message}`;
}
