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
  /** what to do, where the message alone does not say it */
  readonly hint?: string;
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

export function fail(file: string, rule: string, message: string, at?: { line?: number; column?: number; page?: number; hint?: string }): never {
  throw new InputError({ file, rule, severity: 'error', message, ...at });
}

// Text from a source or a spec can hold terminal escape sequences ("\u001b]0;…" retitles the
// window, "\u001b[2J" clears it): every control character but tab and newline is shown as "�".
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu;

export function stripControl(s: string): string {
  return s.replace(CONTROL, '\ufffd');
}

/** One line: `file:line:col severity rule message` (the hint after "; "), control characters shown as "�". */
export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
  const page = d.page !== undefined ? ` (page ${d.page})` : '';
  const text = `${place}${page} ${d.severity} ${d.rule} ${d.message}${d.hint ? `; ${d.hint}` : ''}`;
  return stripControl(text).replace(/\n/gu, ' ');
}

/** The same record as JSON, every field present (null where unknown), for `--format json`. */
export function diagnosticRecord(d: Diagnostic): Record<string, string | number | null> {
  return {
    file: d.file, line: d.line ?? null, column: d.column ?? null, ...(d.page !== undefined ? { page: d.page } : {}),
    severity: d.severity, rule: d.rule, message: d.message, hint: d.hint ?? null,
  };
}
