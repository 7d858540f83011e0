import type { Question, ReportingForm } from '../specs/schema/index.js';
import { compact, Grounder } from './ground.js';
import { groundContacts, groundHead, groundLinks } from './shared.js';
import { findFormMeta, findQuestions, type FieldFound } from './fields/reporting-form.js';
import { findTitle, findYear } from './fields/title.js';
import type { Doc } from './tree/types.js';

// A reporting form's spec: the form's own facts and every numbered question, grounded.

export function extractForm(doc: Doc, source: { path: string; sha256: string }): ReportingForm {
  const g = new Grounder(doc);
  const title = findTitle(doc, /^återrapportering|återrapportering/iu);
  const year = findYear(doc, title);
  const meta = findFormMeta(doc);
  const fields = (path: string, list: readonly FieldFound[]): Array<NonNullable<Question['fields']>[number]> => list.map((f, i) => {
    g.ground(`${path}.${i}`, f.label, f.at);
    return { label: f.label, type: f.type, ...(f.required ? { required: true } : {}), ...(f.formula ? { formula: f.formula } : {}) };
  });
  const questions = findQuestions(doc).map((q, i): Question => {
    const p = `questions.${i}`;
    g.ground(`${p}.number`, q.number, q.text.at);
    const out = compact({
      number: q.number,
      text: g.ground(`${p}.text`, q.text.value, q.text.at)!,
      type: g.ground(`${p}.type`, q.type.value, q.type.at)!,
      required: q.required ? g.ground(`${p}.required`, true, q.text.at) : undefined,
      max_chars: g.ground(`${p}.max_chars`, q.max_chars?.value, q.max_chars?.at),
      options: q.options.map((o, j) => g.ground(`${p}.options.${j}`, o.value, o.at)!),
      rows: g.ground(`${p}.rows`, q.rows?.value, q.rows?.at),
      entry_rows: g.ground(`${p}.entry_rows`, q.entry_rows?.value, q.entry_rows?.at),
      columns: fields(`${p}.columns`, q.columns),
      fields: fields(`${p}.fields`, q.fields),
      formula: g.ground(`${p}.formula`, q.formula?.value, q.formula?.at),
      condition: g.ground(`${p}.condition`, q.condition?.value, q.condition?.at),
      help: g.ground(`${p}.help`, q.help?.value, q.help?.at),
      section: g.ground(`${p}.section`, q.section?.value, q.section?.at),
      total_row: g.ground(`${p}.total_row`, q.total_row?.value, q.total_row?.at),
    });
    return out as Question;
  });
  const head = groundHead(g, doc, title, year);
  const spec = {
    spec: 1 as const,
    kind: 'reporting-form' as const,
    ...head,
    source,
    due: g.ground('due', meta.due?.value, meta.due?.at),
    max_submissions: g.ground('max_submissions', meta.max_submissions?.value, meta.max_submissions?.at),
    usage_period: meta.usage_period ? {
      from: g.ground('usage_period.from', meta.usage_period.from.value, meta.usage_period.from.at)!,
      to: g.ground('usage_period.to', meta.usage_period.to.value, meta.usage_period.to.at)!,
    } : undefined,
    contacts: groundContacts(g, doc),
    questions,
    links: groundLinks(g, doc),
    evidence: g.evidence,
  };
  return compact(spec) as ReportingForm;
}
