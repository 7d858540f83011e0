import type { Question, ReportingForm } from '../specs/schema/index.js';
import { compact, Grounder } from './ground.js';
import { groundContacts, groundHead, groundLinks } from './shared.js';
import { findFormMeta, findQuestions, transcriptHead, type FieldFound } from './fields/reporting-form.js';
import { findTitle, findYear, titleOf } from './fields/title.js';
import type { Doc } from './tree/types.js';
import { FORM_NEXT_ROUND } from './cues/form.js';
import { FORM_TITLES } from './cues/reporting.js';
import { contextOf, cueTest, holds } from './cues/types.js';
import { everywhere, YEAR_PHRASES } from './cues/year.js';
import type { Found } from './fields/common.js';

/**
 * A form's year is the one its title names, or one a sentence states as the grant's ("statsbidrag
 * för 2016", "verksamhetsåret 2020"): a filled-in form's answers are full of years ("besökare under
 * 2011") that are the project's, never the grant's.
 */
function grantYear(year: Found<number> | undefined, title: Found<string> | undefined): Found<number> | undefined {
  if (!year || (title && year.at.block === title.at.block)) return year;
  const text = year.at.block.seg.text.slice(year.at.start, year.at.end);
  const ctx = contextOf(text, 0, 0);
  // a sentence about applying again names the next round's year (review73c Y15)
  if (holds(FORM_NEXT_ROUND, ctx)) return undefined;
  const stated = YEAR_PHRASES.some((row) => row.meaning === 'grant-year' && holds(row, ctx)
    && [...text.matchAll(everywhere(row))].some((m) => Number(m.slice(1).find((g) => g !== undefined)) === year.value));
  return stated ? year : undefined;
}

// A reporting form's spec: the form's own facts and every numbered question, grounded.

export function extractForm(doc: Doc, source: { path: string; sha256: string }): ReportingForm {
  const g = new Grounder(doc);
  // the heaviest title row a head line holds for; without one, the page's own title
  const titles = [...FORM_TITLES].sort((a, b) => b.weight - a.weight)
    .map((row) => findTitle(doc, row.cue)).filter((t) => t !== undefined);
  const named = titles.filter((t) => FORM_TITLES.some((row) => cueTest(row.cue, t.value)));
  // a heading that names the report beats an opening sentence that only mentions it (a copy
  // site's "Projektnamn: Mall Lägesrapport advertisement" above the form's "Lägesrapport")
  const heading = named.find((t) => t.at.block.kind === 'heading' && t.at.start === 0 && t.at.end === t.at.block.seg.text.length);
  // a transcript's head names the report only inside its one long paragraph of field labels
  const title = (named[0]?.at.block.kind === 'heading' ? named[0] : heading ?? named[0]) ?? transcriptHead(doc) ?? titles[0] ?? titleOf(doc);
  const year = grantYear(findYear(doc, title), title);
  const meta = findFormMeta(doc, title?.value);
  const fields = (path: string, list: readonly FieldFound[]): Array<NonNullable<Question['fields']>[number]> => list.map((f, i) => {
    g.ground(`${path}.${i}`, f.label, f.at);
    return { label: f.label, type: f.type, ...(f.required ? { required: true } : {}), ...(f.formula ? { formula: f.formula } : {}) };
  });
  const questions = findQuestions(doc).map((q, i): Question => {
    const p = `questions.${i}`;
    g.ground(`${p}.number`, q.number, q.text.at);
    const out = compact({
      number: q.number,
      text: g.take(`${p}.text`, q.text)!,
      type: g.take(`${p}.type`, q.type)!,
      required: q.required ? g.ground(`${p}.required`, true, q.text.at) : undefined,
      max_chars: g.take(`${p}.max_chars`, q.max_chars),
      options: q.options.map((o, j) => g.take(`${p}.options.${j}`, o)!),
      rows: g.take(`${p}.rows`, q.rows),
      entry_rows: g.take(`${p}.entry_rows`, q.entry_rows),
      columns: fields(`${p}.columns`, q.columns),
      fields: fields(`${p}.fields`, q.fields),
      formula: g.take(`${p}.formula`, q.formula),
      condition: g.take(`${p}.condition`, q.condition),
      help: g.take(`${p}.help`, q.help),
      section: g.take(`${p}.section`, q.section),
      total_row: g.take(`${p}.total_row`, q.total_row),
    });
    return out as Question;
  });
  const spec = {
    ...groundHead(g, doc, 'reporting-form', title, year, source),
    due: g.take('due', meta.due),
    max_submissions: g.take('max_submissions', meta.max_submissions),
    usage_period: meta.usage_period ? {
      from: g.take('usage_period.from', meta.usage_period.from)!,
      to: g.take('usage_period.to', meta.usage_period.to)!,
    } : undefined,
    contacts: groundContacts(g, doc),
    questions,
    links: groundLinks(g, doc),
    evidence: g.evidence,
  };
  return compact(spec) as ReportingForm;
}
