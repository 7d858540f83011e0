import { relative, isAbsolute } from 'node:path';
import { fail } from '../specs/diagnostics.js';
import type { ExtractedSpec as GrantSpec } from '../specs/schema/index.js';
import { readDocumentWithHash, type ReadOptions } from './read/index.js';
import type { Doc } from './tree/types.js';

// extract(path) = read → tree → fields → grounded spec.

/**
 * The field finders and their cue tables, loaded once, while the first document is read: a long
 * PDF's second reading thread starts before their tenth of a second of loading, not after it.
 *
 * Nor does a thread of their own pay for a PDF (measured, not adopted): a worker started before
 * the read, loading the finders while this thread read the pages and then building the tree and
 * finding the fields of the text it was sent, gave the same spec, but on the 216-page bench PDF at
 * real-time priority the last page was read no sooner (1567-1598 ms after the modules, against
 * 1523-1579 ms in one thread: loading the finders here costs reading little) and the fields took
 * longer in the fresh thread (1180-1222 ms after the last page, against 1012-1083 ms), 0.2-0.3 s
 * more CPU and 60 MB more peak memory (3 runs each, interleaved).
 */
let finders: Promise<typeof import('./finders.js')> | undefined;

export async function extract(file: string, cwd = process.cwd(), options: ReadOptions = {}): Promise<GrantSpec> {
  return (await extractWithDoc(file, cwd, options)).spec;
}

/** The spec and the document it was read from (its text is the source as read, for lint and review). */
export async function extractWithDoc(file: string, cwd = process.cwd(), options: ReadOptions = {}): Promise<{ spec: GrantSpec; doc: Doc }> {
  const reading = readDocumentWithHash(file, options);
  finders ??= import('./finders.js');
  // both settle before either is used, so a failed read never leaves a load unhandled (nor the reverse)
  const [read, f] = await Promise.allSettled([reading, finders]);
  if (read.status === 'rejected') throw read.reason;
  if (f.status === 'rejected') throw f.reason;
  const { doc, sha256 } = read.value;
  const { looksLikeForm, extractForm, extractAnvisning, dropImplausible, GRANT_WORD_ALL, GRANT_GIVEN_ALL, REPORT_TIME_LIMIT_ALL, REPORT_DUTY_ALL, REPORT_DEADLINE_ALL, REPORT_SUBJECT_HEAD_ALL } = f.value;
  const rel = relative(cwd, file);
  const path = (isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel)) ? file : rel).split('\\').join('/');
  const source = { path, sha256 };
  const text = doc.source;
  if (text.trim() === '') fail(file, 'empty-input', 'the file holds only white space; give an anvisning as .txt, .md or .pdf');
  if (looksLikeForm(doc)) return { spec: dropImplausible(extractForm(doc, source)), doc };
  // a grant named in other words counts too ("Ni som har fått pengar från oss ska redovisa hur pengarna har använts")
  // (the count matters only below two, so the second whole-text scan runs only then)
  const grantWords = text.match(GRANT_WORD_ALL)?.length ?? 0;
  const signals = grantWords >= 2 ? grantWords : grantWords + (text.match(GRANT_GIVEN_ALL)?.length ?? 0);
  if (signals === 0) {
    fail(file, 'not-a-grant-instruction', 'this text says nothing about a grant (no statsbidrag, bidrag or medel); give an anvisning or an återrapporteringsformulär');
  }
  const spec = dropImplausible(extractAnvisning(doc, source));
  const stated = ['funding', 'requisition', 'recipients', 'usage_period', 'permitted_uses', 'reporting', 'repayment']
    .filter((k) => (spec as Record<string, unknown>)[k] !== undefined).length;
  // a page that speaks of grants again and again is one, even when it states none of the fields;
  // so is one that names its grant once and sets the report a time limit ("inom sex månader efter …")
  // or the duty to hand one in ("ska lämna in slutrapport, ekonomisk slutredovisning …"), or is headed
  // by its report ("Rapportering", "Redovisa ert bidrag": a page whose subject is reporting on a grant)
  // (four whole-text scans: only for a text that states no field)
  const reportRules = (): number => (text.match(REPORT_TIME_LIMIT_ALL)?.length ?? 0) + (text.match(REPORT_DUTY_ALL)?.length ?? 0)
    + (text.match(REPORT_DEADLINE_ALL)?.length ?? 0) + (text.match(REPORT_SUBJECT_HEAD_ALL)?.length ?? 0);
  if (stated === 0 && signals + reportRules() < 2) {
    fail(file, 'not-a-grant-instruction', 'found no amount, dates, recipients, uses or reporting rules; this does not look like grant instructions');
  }
  return { spec, doc };
}
