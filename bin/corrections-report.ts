import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { extract } from '../extract/index.js';
import { correctionRecord, diffFields, draftHas, fieldOfCorrection, summarizeCorrections, type Correction, type CorrectionSummary } from '../specs/corrections.js';
import { loadSpec } from '../specs/load.js';
import { specFiles } from '../specs/validate.js';

// `npm run accuracy`, second part: how much editing the extractor leaves. Two figures:
// the editors' records (specs/<id>/<year>.corrections.yaml, written when each spec was made), and
// the same difference measured now, between today's extractor draft and each curated spec, so the
// figure falls as the extractor learns. The records are historical by design (what the draft of
// their day said, never rewritten): the report says how many of their corrections today's draft
// already makes, so an old `extracted: null` is not read as a miss of today's extractor.

export interface CorrectionsReport {
  readonly recorded: CorrectionSummary;
  readonly now: CorrectionSummary;
  /** curated specs an extractor draft exists for that have no record */
  readonly unrecorded: readonly string[];
  /** records that do not fit the record shape, with the reason */
  readonly invalid: ReadonlyArray<readonly [string, string]>;
  /** recorded corrections today's draft already makes: spec and the record's field */
  readonly since: ReadonlyArray<readonly [string, string]>;
}

export async function correctionsReport(root: string): Promise<CorrectionsReport> {
  const recorded = new Map<string, readonly Correction[]>();
  const now = new Map<string, readonly Correction[]>();
  const unrecorded: string[] = [];
  const invalid: Array<readonly [string, string]> = [];
  const since: Array<readonly [string, string]> = [];
  for (const file of await specFiles(join(root, 'specs'))) {
    const spec = (await loadSpec(file)).spec;
    // allocation lists are imported, not extracted: no draft to correct
    if (!spec || spec.kind === 'allocation') continue;
    const name = relative(root, file);
    const recordFile = file.replace(/\.ya?ml$/u, '.corrections.yaml');
    let text: string | undefined;
    try {
      text = readFileSync(recordFile, 'utf8');
    } catch {
      unrecorded.push(name);
    }
    if (text !== undefined) {
      const parsed = correctionRecord.safeParse(parse(text) ?? []);
      if (parsed.success) recorded.set(name, parsed.data);
      else invalid.push([relative(root, recordFile), parsed.error.issues[0]?.message ?? 'not a list of { field, extracted, corrected, why }']);
    }
    const draft = await extract(join(root, spec.source.path), root);
    if (draft.kind === spec.kind) now.set(name, diffFields(draft, spec).map((d) => ({ ...d, why: 'measured' })));
    for (const c of recorded.get(name) ?? []) if (draftHas(draft, c)) since.push([name, c.field]);
  }
  return { recorded: summarizeCorrections(recorded), now: summarizeCorrections(now), unrecorded, invalid, since };
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** Corrections per contract field, most first (ties by field name). */
function perField(list: ReadonlyArray<readonly [string, string]>): Array<[string, number]> {
  const n = new Map<string, number>();
  for (const [, f] of list) n.set(fieldOfCorrection(f), (n.get(fieldOfCorrection(f)) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function formatCorrections(r: CorrectionsReport): string {
  const s = r.recorded;
  const lines = [
    `hand corrections per spec (the editors' records beside ${s.specs} specs, as written when each spec was made): mean ${fmt(s.mean)}, median ${fmt(s.median)}, max ${s.max}${s.maxAt.length ? ` (${s.maxAt.join(', ')})` : ''}, total ${s.total}`,
    `  of which fixed a wrong value ${s.kinds.fixed}, added a missed value ${s.kinds.added}, removed a wrong value ${s.kinds.removed}`,
    `  per field: ${s.perField.map(([f, n]) => `${f} ${n}`).join(', ')}`,
    `  of which today's extractor already makes ${r.since.length} (the records are not rewritten)${r.since.length ? `: ${perField(r.since).map(([f, n]) => `${f} ${n}`).join(', ')}` : ''}`,
    `today's extractor against the same ${r.now.specs} curated specs: mean ${fmt(r.now.mean)}, median ${fmt(r.now.median)}, max ${r.now.max} differing values per spec`,
    `  per field: ${r.now.perField.slice(0, 12).map(([f, n]) => `${f} ${n}`).join(', ')}`,
  ];
  for (const u of r.unrecorded) lines.push(`  no corrections record for ${u}`);
  for (const [f, why] of r.invalid) lines.push(`  unreadable corrections record ${f}: ${why}`);
  return lines.join('\n');
}

