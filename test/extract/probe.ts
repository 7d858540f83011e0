import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { extract } from '../../extract/index.js';
import { readText } from '../../extract/read/text.js';
import type { Anvisning } from '../../specs/schema/index.js';
import { get } from '../helpers.js';

// One way to run a constructed text through the extractor, shared by the probe and shape tests, so each test file holds
// only its texts and what it wants of them. A probe is a file a user could hand the CLI: the text is written to a
// temporary file (numbered, so a run is repeatable) and read by the same extract() the CLI calls.

const dir = mkdtempSync(join(tmpdir(), 'grantspec-probe-'));
let n = 0;

/** The spec of a constructed text, as if it were a file of that extension; a refused text throws the InputError. */
export async function specOf<T = Anvisning>(text: string, ext = 'txt'): Promise<T> {
  const f = join(dir, `p${n++}.${ext}`);
  writeFileSync(f, text);
  return (await extract(f, dir)) as unknown as T;
}

/**
 * The grant-instruction reading of a constructed text, in memory: no file and no genre gate (the text is read as an anvisning
 * whatever it is, never refused), for tests of the field finders; specOf is the whole extraction a user's file gets.
 */
export const anvisningOf = (text: string, ext = 'txt'): Anvisning => extractAnvisning(readText(`t.${ext}`, text), { path: `t.${ext}`, sha256: '0'.repeat(64) });

/** The path of a constructed text written as a file, for tests that run the CLI or lint on it. */
export function probeFile(text: string, ext = 'txt'): string {
  const f = join(dir, `p${n++}.${ext}`);
  writeFileSync(f, text);
  return f;
}

/**
 * What a probe asks of one field: a value, `null` for none, `'refused'`, only what the value is not / does (not) match, or a
 * value (or values) a list must not hold (`lacks`: the one wrong item a counter-probe guards against, the rest left free).
 */
export type Want = string | number | boolean | string[] | null | 'refused' | { not: unknown } | { re: string } | { notre: string } | { lacks: string | readonly string[] };

/** One field of a text's spec by dotted path (`funding.total`); a text the extractor refuses gives `'refused'`. */
export async function probeField(text: string, field: string): Promise<unknown> {
  let spec: unknown;
  try {
    spec = await specOf(text.endsWith('\n') ? text : `${text}\n`);
  } catch {
    return 'refused';
  }
  return get(spec, field);
}

/**
 * Assert a probe's wish. `null` accepts no value, an empty list or a refused text (a refused text states no value);
 * a list compares as a set; `'refused'` wants the text refused.
 */
export function expectWant(got: unknown, want: Want, label = ''): void {
  if (want === null) {
    if (got === 'refused') return;
    expect(Array.isArray(got) ? got.length : got, label).toBe(Array.isArray(got) ? 0 : undefined);
  } else if (Array.isArray(want)) {
    expect([...((Array.isArray(got) ? got : []) as string[])].sort(), label).toEqual([...want].sort());
  } else if (typeof want === 'object' && 're' in want) {
    expect(String(got), label).toMatch(new RegExp(want.re, 'u'));
  } else if (typeof want === 'object' && 'notre' in want) {
    expect(typeof got === 'string' ? got : '', label).not.toMatch(new RegExp(want.notre, 'u'));
  } else if (typeof want === 'object' && 'lacks' in want) {
    for (const item of typeof want.lacks === 'string' ? [want.lacks] : want.lacks) expect(Array.isArray(got) ? got : [], label).not.toContain(item);
  } else if (typeof want === 'object') {
    expect(got, label).not.toBe(want.not);
  } else {
    expect(got, label).toBe(want);
  }
}

/**
 * A constructed probe: a text, the field it asks about, and what it wants of it. A test file's probes may carry more (the row
 * they probe, why one is left open); the runner reads only these.
 */
export interface Probe {
  readonly id: string;
  /** the field by dotted path (probeField) */
  readonly field: string;
  readonly text: string;
  /** what the field must be (expectWant), when neither `wrong` nor `has` is given */
  readonly want?: Want;
  /** a value no item of the field may contain (itemTexts): the wrong value a counter-probe guards against */
  readonly wrong?: string;
  /** a value some item of the field must contain: the right reading a keep-probe holds */
  readonly has?: string;
}

/** A field's items as text: a list's strings as they are, other items as JSON; a field that is no list has none. */
export const itemTexts = (got: unknown): string[] => (Array.isArray(got) ? got : []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));

/**
 * How a test file reads a field before its check: `shape` turns the value into what the probes are written against (dated
 * events as "date role" strings), and `asText` matches a list or an object by `re`/`notre` as its JSON text (a use list,
 * recipients.types, funding.parts).
 */
export interface Reading {
  readonly shape?: (got: unknown) => unknown;
  readonly asText?: boolean;
}

/** A field's value as the `want` is matched against it (Reading): shaped, and a list or an object as JSON where `re`/`notre` asks. */
function asRead(got: unknown, want: Want | undefined, reading: Reading): unknown {
  const shaped = reading.shape ? reading.shape(got) : got;
  const pattern = typeof want === 'object' && want !== null && ('re' in want || 'notre' in want);
  return reading.asText === true && pattern && shaped !== undefined && typeof shaped !== 'string' ? JSON.stringify(shaped) : shaped;
}

/**
 * Run one probe through the extractor and check its field: no item containing `wrong`, an item containing `has`, or else the
 * `want` (expectWant, with the label given, on the value as `reading` reads it). Returns the field's value.
 */
export async function checkProbe(p: Probe, label?: (got: unknown) => string, reading: Reading = {}): Promise<unknown> {
  const got = await probeField(p.text, p.field);
  if (p.wrong !== undefined) {
    const wrong = p.wrong;
    expect(itemTexts(got).filter((v) => v.includes(wrong)), label?.(got) ?? wrong).toEqual([]);
  } else if (p.has !== undefined) {
    const has = p.has;
    expect(itemTexts(got).some((v) => v.includes(has)), `${has} in ${JSON.stringify(itemTexts(got))}`).toBe(true);
  } else expectWant(asRead(got, p.want, reading), p.want as Want, label?.(got));
  return got;
}

/** How a probe's test runs: `run`, `fails` (a wrong value left open, kept in view by it.fails) or `skip`. */
export type ProbeRun = 'run' | 'fails' | 'skip';

/**
 * One test per probe (checkProbe), named by `name`; `how` says which run as it.fails or it.skip (by default a probe marked
 * `open` fails), `label` what a failed check prints. The review and open test files hold only their probes and these three.
 */
export function probeTests<P extends Probe>(probes: readonly P[], name: (p: P) => string,
  how: (p: P) => ProbeRun = (p) => ((p as { open?: unknown }).open ? 'fails' : 'run'), label?: (p: P, got: unknown) => string, reading: Reading = {}): void {
  for (const p of probes) {
    const mode = how(p);
    const run = mode === 'fails' ? it.fails : mode === 'skip' ? it.skip : it;
    run(name(p), async () => {
      await checkProbe(p, label && ((got) => label(p, got)), reading);
    });
  }
}

/** A probe's test as the `run` field says: `'fails'` a wrong or lost value left open (it.fails), else a plain test. */
export const byRun = (p: { readonly run?: ProbeRun }): ProbeRun => p.run ?? 'run';

/** A review probe that is either a counter-probe (`wrong`: a wrong value must not come back) or a keep-probe (`keep`). */
export interface KindedProbe extends Probe {
  readonly kind: 'wrong' | 'keep';
  readonly open?: unknown;
}

/**
 * probeTests for counter- and keep-probes, with a tally printed after the file: how many counter-probes still give their wrong
 * value and how many keep-probes miss their right one, each with what it got (the reviews' count of what is left).
 */
export function talliedProbeTests<P extends KindedProbe>(title: string, probes: readonly P[], name: (p: P) => string): void {
  const tally = { wrong: [] as string[], missed: [] as string[] };
  for (const p of probes) {
    (p.open ? it.fails : it)(name(p), async () => {
      const got = await probeField(p.text, p.field);
      try {
        expectWant(got, p.want as Want);
      } catch (e) {
        (p.kind === 'wrong' ? tally.wrong : tally.missed).push(`${p.id} ${p.field} got ${JSON.stringify(got)}`);
        throw e;
      }
    });
  }
  afterAll(() => {
    console.log(`${title} tally: ${tally.wrong.length} of ${probes.filter((p) => p.kind === 'wrong').length} wrong-probes wrong, ${tally.missed.length} of ${probes.filter((p) => p.kind === 'keep').length} keeps missed\nWRONG\n${tally.wrong.join('\n')}\nMISSED\n${tally.missed.join('\n')}`);
  });
}
