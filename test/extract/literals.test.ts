import { describe, expect, it } from 'vitest';
import { FOLDED, mayHold, mayHoldIn, needsOf } from '../../extract/cues/literals.js';
import { TABLES } from '../../extract/cues/index.js';
import { exampleContext } from '../../extract/cues/types.js';
import { asciiBoundaries, sv } from '../../extract/parse/unicode.js';

// A row is skipped when a word it needs is missing, so a need read wrongly would drop a match:
// these hold the reader to what the patterns say.

describe('needsOf', () => {
  it('reads the words a match cannot do without', () => {
    expect(needsOf(/senast\s+den\s*$/iu)).toEqual([['senast'], ['den']]);
    expect(needsOf(/(?:årets|de\s+totala)\s+medel(?:en)?/iu)).toEqual([['årets', 'totala'], ['medel']]);
    expect(needsOf(sv(/\bSista ansökningsdag\b/u))).toEqual([['Sista ansökningsdag']]);
  });

  it('reads nothing from optional parts, classes, lookarounds or a long choice', () => {
    expect(needsOf(/(?:bidrag)?\s*\d+/u)).toEqual([]);
    expect(needsOf(/[a-z]+(?=kronor)/u)).toEqual([]);
    expect(needsOf(/januari|februari|mars|april|maj/iu)).toEqual([]);
    // an escape of a character by its number is no literal it knows
    expect(needsOf(/\u00e5r/u)).toEqual([['r']]);
  });

  it('never reads a pattern that carries lastIndex', () => {
    expect(needsOf(/senast/giu)).toEqual([]);
    expect(needsOf(/senast/yu)).toEqual([]);
  });
});

describe('mayHold', () => {
  it('is false only where a needed word is missing', () => {
    expect(mayHold(/senast\s+den/iu, 'Ansökan ska vara inne SENAST DEN 1 mars')).toBe(true);
    expect(mayHold(/senast\s+den/iu, 'Ansökan ska vara inne före den 1 mars')).toBe(false);
    // "ſ" is an s to a pattern that ignores case
    expect(/senast/iu.test('ſenast')).toBe(true);
    expect(mayHold(/senast/iu, 'ſenast')).toBe(true);
  });

  it('reads a window of the text as the text cut there', () => {
    const text = 'Bidrag lämnas senast den 1 mars och sedan senare';
    for (let to = 0; to <= text.length; to++) {
      expect(mayHoldIn(/senast/iu, text, 0, to)).toBe(/senast/iu.test(text.slice(0, to)));
      expect(mayHoldIn(/senast/iu, text, to, text.length)).toBe(/senast/iu.test(text.slice(to)));
    }
    // a letter that lowercases to two ("İ") moves the others: the window is cut and read as it is
    expect(mayHoldIn(/senast/iu, 'İİ senast', 0, 9)).toBe(true);
  });

  it('never turns down an example of a cue row', () => {
    for (const [table, rows] of Object.entries(TABLES)) {
      for (const row of rows) {
        for (const example of [...row.examples, ...row.counterExamples]) {
          const ctx = exampleContext(example);
          for (const g of [{ where: row.where, cue: row.cue }, ...(row.also ? [row.also] : []), ...(row.unless ?? [])]) {
            if (g.cue.test(ctx[g.where])) expect(mayHold(g.cue, ctx[g.where]), `${table} ${row.id}: ${example}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('the case-folded alphabet', () => {
  it('is matched, ignoring case, only by characters that lowercase to the same letter (and "ſ" as s)', () => {
    const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    const wrong: string[] = [];
    for (const flags of ['iu', 'i']) {
      const any = new RegExp(`^[${[...FOLDED].map((c) => (c === '-' ? '\\-' : escape(c))).join('')}]$`, flags);
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const c = String.fromCodePoint(cp);
        if (!any.test(c)) continue;
        const low = c === 'ſ' ? 's' : c.toLowerCase();
        // the one letter it lowercases to must be the one it matches
        if (!FOLDED.includes(low) || !new RegExp(`^${escape(low)}$`, flags).test(c)) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});

// The needs read at build time (build/extract/cues/needs.json, written by make-needs after tsc)
// stand for readNeeds of their pattern: each entry is checked against its own key, and the table
// of today's sources against the file, so a row changed after the last build cannot go unnoticed.
// `npm test` builds first, so there a missing file is a broken build and fails; run alone before any
// build (plain `npx vitest`), the entries checked are today's table, generated here, and the
// comparison with the file, which does not exist yet, is skipped under a title that says so.
/** the key a pattern of the TypeScript sources has in build/ when it is a literal with the i and u flags (bin/regex-sources.js) */
const builtKey = (key: string): string => {
  const flags = key.slice(0, key.indexOf('/'));
  return `${flags}/${new RegExp(asciiBoundaries(key.slice(key.indexOf('/') + 1)), flags).source}`;
};

describe('needs read at build time', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const { readNeeds } = await import('../../extract/cues/literals.js');
  const { builtNeeds } = await import('../../extract/cues/make-needs.js');
  const file = resolve(import.meta.dirname, '../../build/extract/cues/needs.json');
  const shipped = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, string[][]> }).entries : undefined;
  const viaNpmTest = process.env.npm_lifecycle_event === 'test';
  it.runIf(viaNpmTest)('exist after the build that npm test runs first', () => {
    expect(shipped, `${file} is missing: npm test runs \`npm run build:ts\` (tsc, then make-needs) first, and it did not write the table`).toBeDefined();
  });
  it('are what reading each pattern gives', async () => {
    const table = shipped ?? await builtNeeds();
    expect(Object.keys(table).length).toBeGreaterThan(400);
    for (const [key, needs] of Object.entries(table)) {
      const slash = key.indexOf('/');
      expect(readNeeds(new RegExp(key.slice(slash + 1), key.slice(0, slash))), key).toEqual(needs);
    }
  });
  it.runIf(shipped !== undefined || viaNpmTest)('hold every exported pattern of today\'s sources (run npm run build:ts after changing a row; skipped only outside npm test before any build)', async () => {
    expect(shipped, `${file} is missing: run \`npm run build:ts\``).toBeDefined();
    const today = await builtNeeds();
    expect(Object.keys(today).length).toBeGreaterThan(400);
    // the table holds the patterns sv() made as the modules loaded too (make-needs runs in a fresh
    // process; this one made others first): every exported one is there, read as today
    // (a literal with the i and u flags is built with asciiBoundaries: bin/regex-sources.js; its needs are the same)
    for (const [key, needs] of Object.entries(today)) expect(shipped?.[key] ?? shipped?.[builtKey(key)], key).toEqual(needs);
  });
});

// The built modules read needs.json only when this literals.js as built made it: a table left by an
// older reader (tsc run without make-needs after a change to readNeeds), one cut short or of the
// wrong shape is not read, and every pattern's needs are read from its source. Run on the built
// module (copied, with the needs.json under test, to a folder of its own).
describe('needs.json as the built module reads it', async () => {
  const { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const { readNeeds: sourceNeeds } = await import('../../extract/cues/literals.js');
  const build = resolve(import.meta.dirname, '../../build/extract/cues');
  const RE = /kommunens?\s+bidrag/u;
  const KEY = `${RE.flags}/${RE.source}`;
  /** needsOf(RE) of the built literals.js, read beside `table` (text of needs.json, or none) */
  const built = async (table: string | undefined): Promise<unknown> => {
    // the module and what it imports, laid out as in build/extract: cues/literals.js, cues/built-table.js, kept.js
    const root = mkdtempSync(join(tmpdir(), 'grantspec-needs-'));
    const dir = join(root, 'cues');
    try {
      mkdirSync(dir);
      copyFileSync(join(build, 'literals.js'), join(dir, 'literals.js'));
      copyFileSync(join(build, 'built-table.js'), join(dir, 'built-table.js'));
      copyFileSync(join(build, '..', 'kept.js'), join(root, 'kept.js'));
      if (table !== undefined) writeFileSync(join(dir, 'needs.json'), table);
      const m = await import(pathToFileURL(join(dir, 'literals.js')).href) as { needsOf: (re: RegExp) => unknown };
      return m.needsOf(new RegExp(RE.source, RE.flags));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const present = existsSync(join(build, 'needs.json'));
  const shipped = present ? readFileSync(join(build, 'needs.json'), 'utf8') : '';
  const stamp = present ? (JSON.parse(shipped) as { stamp: unknown }).stamp : undefined;
  const truth = sourceNeeds(RE);

  it.runIf(present)('are read when this build made them', async () => {
    expect(await built(JSON.stringify({ stamp, entries: { [KEY]: [['zz']] } }))).toEqual([['zz']]);
  });
  it.runIf(present)('are not read from an older build (unstamped, or stamped by another literals.js)', async () => {
    expect(truth.length).toBeGreaterThan(0);
    expect(await built(JSON.stringify({ [KEY]: [['zz']] }))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp: `${String(stamp)}0`, entries: { [KEY]: [['zz']] } }))).toEqual(truth);
  });
  it.runIf(present)('are not read when corrupt: cut short, of the wrong shape, or missing', async () => {
    expect(await built(shipped.slice(0, shipped.length >> 1))).toEqual(truth);
    expect(await built(JSON.stringify({ [KEY]: 'zz' }))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp, entries: { [KEY]: 'zz' } }))).toEqual(truth);
    expect(await built(JSON.stringify({ stamp, entries: { [KEY]: [[1]] } }))).toEqual(truth);
    expect(await built(undefined)).toEqual(truth);
  });
});
