import { relative, isAbsolute } from 'node:path';
import { fail } from '../specs/diagnostics.js';
import type { ExtractedSpec as GrantSpec } from '../specs/schema/index.js';
import { readDocumentWithHash, type ReadOptions } from './read/index.js';
import { FORMATS } from './read/formats.js';
import type { Doc } from './tree/types.js';
import { flowedDoc } from './read/pdf-flow.js';

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
 *
 * Where the 216-page bench PDF's tree and fields stages go (h/perf65, 5 December 2026, chrt -r 10,
 * load average 17-19): in a fresh process tree 161-235 ms wall and fields 725-1 027 ms wall (1.15-1.53
 * s CPU); after extracting 150 other dev texts in the same process first (patterns compiled, code
 * warm, none of the PDF's sentences kept) tree 129-158 ms and fields 463-543 ms (0.67-0.79 s CPU). So
 * about 0.25-0.5 s of the fields stage is first-run cost (V8 compiles each pattern at its first runs
 * and caches no regexp code; the JIT warms up), spread over a thousand rows with no hot spot: its
 * profile's top self times are the rows' runs (execHeld, testHeld, warm: 0.25 s together) and no
 * finder over 0.22 s (findRequisition, looksLikeForm, findFunding, titleOf in that order).
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
  // the kind and the grant-text test read a PDF's wrapped paragraphs as one line each, as in its text version
  // (read/pdf-flow.ts); the fields are found in the document as read, so every quote is its text as laid out
  const flowed = flowedDoc(doc);
  const { countUpTo, looksLikeForm, extractForm, extractAnvisning, dropImplausible, GRANT_WORD_ALL, GRANT_GIVEN_ALL, REPORT_TIME_LIMIT_ALL, REPORT_DUTY_ALL, REPORT_DEADLINE_ALL, REPORT_SUBJECT_HEAD_ALL, namesGrant, grantTextEvidence, readsAsJobAd, readsAsRegistration, GRANT_TEXT_ACCEPT, FIELD_WEIGHT } = f.value;
  const rel = relative(cwd, file);
  const path = (isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel)) ? file : rel).split('\\').join('/');
  const source = { path, sha256 };
  const text = flowed.source;
  if (text.trim() === '') fail(file, 'empty-input', `the file holds only white space; give an anvisning as ${FORMATS}`);
  if (looksLikeForm(flowed)) return { spec: dropImplausible(extractForm(doc, source)), doc };
  // Is this a grant text at all? A scored decision (cues/grant-text.ts), refusing only a text that clearly
  // is not about a grant, since a refused text loses every field it states. Its evidence, cheapest first:
  // - the grant words (genre.GRANT_WORDS, GRANT_GIVEN: "statsbidrag", "medel", "Ni som har fått pengar från
  //   oss ska redovisa hur pengarna har använts"), each match a point (the count matters only below two, so
  //   the second whole-text scan runs only then);
  // - each field the extraction found (amount, dates, recipients, uses, reporting, repayment): FIELD_WEIGHT,
  //   enough alone;
  // - the report rules (a time limit, the duty to hand one in, a named organisation's deadline, a head that
  //   makes reporting the page's subject: genre.REPORT_*), a point each (four whole-text scans: only for a
  //   text that states no field);
  // - for a text still below the line, sentence by sentence: money given or received in other words
  //   ("Ersättning får lämnas", "tilldelats medel"), a rule on it ("ska redovisas", "återbetalas"), an
  //   amount in kronor, a date after "senast": a point for each kind a sentence carries (one sentence that
  //   names a grant is one mention however many grant words it holds).
  // The text is a grant text when it names a grant at all (a grant word, or money given in other words)
  // and its score reaches GRANT_TEXT_ACCEPT (two independent pieces of evidence).
  // every use of these counts below compares it with 0 or with GRANT_TEXT_ACCEPT (a sum of counts that
  // are never negative), so a count stops there: the grant words of a 216-page PDF were one scan of
  // its 600 kB, about 35 ms, to count thousands
  // a job ad (a post sought and its duties) is refused over the fields it states: its deadline and the grants it handles
  // are the post's (cues/grant-text.ts readsAsJobAd; issue 12, left65)
  if (readsAsJobAd(text)) {
    fail(file, 'not-a-grant-instruction', 'this reads as a job ad (a post sought and its duties); it does not look like grant instructions');
  }
  // a registration form for an event (its head: "Anmälan till informationsmöte om …") asks who comes; its deadline is the
  // event's, never a grant's closing day, whatever grant the event is about (review73c N6, h/open73b)
  if (readsAsRegistration(doc)) {
    fail(file, 'not-a-grant-instruction', 'this reads as a registration form for an event; it does not look like grant instructions');
  }
  const grantWords = countUpTo(GRANT_WORD_ALL, text, GRANT_TEXT_ACCEPT);
  const signals = grantWords >= GRANT_TEXT_ACCEPT ? grantWords : grantWords + countUpTo(GRANT_GIVEN_ALL, text, GRANT_TEXT_ACCEPT - grantWords);
  let evidence: { score: number; grant: number } | undefined;
  // the sentence-by-sentence reading, once, only for a text the counts above leave below the line
  const sentences = (): { score: number; grant: number } => (evidence ??= grantTextEvidence(text, namesGrant, GRANT_TEXT_ACCEPT));
  if (signals === 0 && sentences().grant === 0) {
    fail(file, 'not-a-grant-instruction', 'this text says nothing about a grant (no statsbidrag, bidrag or medel); give an anvisning or an återrapporteringsformulär');
  }
  const spec = dropImplausible(extractAnvisning(doc, source));
  const stated = ['funding', 'requisition', 'recipients', 'usage_period', 'permitted_uses', 'reporting', 'repayment']
    .filter((k) => (spec as Record<string, unknown>)[k] !== undefined).length;
  if (stated * FIELD_WEIGHT + signals >= GRANT_TEXT_ACCEPT) return { spec, doc };
  const reportRules = (text.match(REPORT_TIME_LIMIT_ALL)?.length ?? 0) + (text.match(REPORT_DUTY_ALL)?.length ?? 0)
    + (text.match(REPORT_DEADLINE_ALL)?.length ?? 0) + (text.match(REPORT_SUBJECT_HEAD_ALL)?.length ?? 0);
  if (signals + reportRules >= GRANT_TEXT_ACCEPT) return { spec, doc };
  if (sentences().score + reportRules < GRANT_TEXT_ACCEPT) {
    fail(file, 'not-a-grant-instruction', 'found no amount, dates, recipients, uses or reporting rules; this does not look like grant instructions');
  }
  return { spec, doc };
}
