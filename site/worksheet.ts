import type { Question, ReportingForm } from '../specs/schema/index.js';

// An återrapporteringsformulär → the controls of a preparation worksheet.

export interface Control {
  readonly kind: 'textarea' | 'input' | 'computed' | 'choice' | 'table';
  readonly id: string;
  readonly label: string;
  readonly type?: string;
  readonly numeric?: boolean;
  readonly required?: boolean;
  readonly max?: number;
  readonly var?: string;
  readonly formula?: string;
  readonly options?: string[];
  readonly columns?: Array<{ label: string }>;
  readonly rows?: Array<{ n: number; cells: Array<{ id: string; type: string; numeric: boolean; aria: string; column: number }> }>;
  /** a table with a "Totalt" row: the total as the respondent states it, per amount column, checked against the rows' sum */
  readonly totals?: Array<{ id: string; column: number; numeric: boolean; aria: string }>;
}

// amounts are typed as text ("1 500 000,50"): a number field rejects Swedish spaces and commas
const inputType = (t: string): { type: string; numeric: boolean } => (t === 'amount' || t === 'number' ? { type: 'text', numeric: true }
  : t === 'email' ? { type: 'email', numeric: false } : t === 'phone' ? { type: 'tel', numeric: false } : { type: 'text', numeric: false });

/** "Mottaget statsbidrag" → "mottaget": the name formulas use. */
function varOf(label: string): string {
  return label.trim().split(/\s+/u)[0]!.toLowerCase();
}

function controls(q: Question): Control[] {
  const id = `f${q.number}`;
  switch (q.type) {
    case 'long-text':
      return [{ kind: 'textarea', id, label: 'Svar', ...(q.max_chars ? { max: q.max_chars } : {}) }];
    case 'choice': case 'scale': case 'yes-no': case 'multi-choice':
      return [{ kind: 'choice', id, label: q.text, type: q.type === 'multi-choice' ? 'checkbox' : 'radio', options: q.options ?? [] }];
    case 'table': {
      const columns = q.columns ?? [];
      const n = q.entry_rows ?? q.rows ?? 10;
      return [{
        kind: 'table', id, label: q.text, columns: columns.map((c) => ({ label: c.label })),
        rows: Array.from({ length: n }, (_, r) => ({
          n: r + 1,
          cells: columns.map((c, k) => ({ id: `${id}-r${r + 1}-k${k + 1}`, ...inputType(c.type), aria: `${c.label}, rad ${r + 1}`, column: k + 1 })),
        })),
        ...(q.total_row ? { totals: columns.map((c, k) => ({ id: `${id}-totalt-k${k + 1}`, column: k + 1, numeric: inputType(c.type).numeric, aria: `${c.label}, totalt` })) } : {}),
      }];
    }
    case 'group':
      return (q.fields ?? []).map((f, k) => (f.type === 'computed'
        ? { kind: 'computed' as const, id: `${id}-${k + 1}`, label: f.label, formula: f.formula ?? '', var: varOf(f.label) }
        : { kind: 'input' as const, id: `${id}-${k + 1}`, label: f.label, ...inputType(f.type), ...(f.required ? { required: true } : {}), var: varOf(f.label) }));
    case 'computed':
      return [{ kind: 'computed', id, label: q.text, formula: q.formula ?? '', var: varOf(q.text) }];
    case 'approval':
      return [{ kind: 'choice', id, label: q.text, type: 'checkbox', options: ['Behörig företrädare har godkänt svaren'] }];
    default:
      return [{ kind: 'input', id, label: 'Svar', ...inputType(q.type), var: varOf(q.text) }];
  }
}

export interface WorksheetView {
  readonly key: string; readonly title: string; readonly grantTitle: string; readonly year?: number; readonly due?: string; readonly max?: number;
  readonly questions: Array<{ number: number; text: string; required: boolean; help?: string; condition?: string; section?: string; controls: Control[] }>;
}

export function worksheet(form: ReportingForm, grantTitle: string): WorksheetView {
  let section: string | undefined;
  return {
    key: `grantspec-${form.id}-${form.year ?? 'x'}`, title: form.title, grantTitle,
    ...(form.year !== undefined ? { year: form.year } : {}), ...(form.due ? { due: form.due } : {}), ...(form.max_submissions ? { max: form.max_submissions } : {}),
    questions: form.questions.map((q) => {
      const newSection = q.section && q.section !== section ? q.section : undefined;
      section = q.section ?? section;
      return {
        number: q.number, text: q.text, required: q.required === true,
        ...(q.help ? { help: q.help } : {}), ...(q.condition ? { condition: q.condition } : {}), ...(newSection ? { section: newSection } : {}),
        controls: controls(q),
      };
    }),
  };
}
