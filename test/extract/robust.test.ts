import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { InputError } from '../../specs/diagnostics.js';
import { grantSpec } from '../../specs/schema/index.js';
import { ROOT } from '../helpers.js';
import { specOf } from './probe.js';

// Real pages arrive cut off anywhere (the dev corpus stops mid-word). Whatever part of a source is
// given, extraction either refuses it with an InputError or returns a spec the schema accepts.
it('returns a valid spec or a clear refusal for any cut of the sources', async () => {
  const files = [
    ...readdirSync(resolve(ROOT, 'sources/2026')).map((f) => resolve(ROOT, 'sources/2026', f)),
    ...readdirSync(resolve(ROOT, 'test/fixtures/corpus/dev')).map((f) => resolve(ROOT, 'test/fixtures/corpus/dev', f)),
  ];
  let seed = 11;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let n = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (let k = 0; k < 4; k++) {
      const a = Math.floor(rnd() * text.length);
      const b = Math.min(text.length, a + 200 + Math.floor(rnd() * 2500));
      for (const cut of [text.slice(0, b), text.slice(a, b), text.replace(/\n/gu, '\r\n')]) {
        n++;
        try {
          const spec = await specOf(cut);
          expect(grantSpec.safeParse(spec).success, `${f} cut ${k}`).toBe(true);
        } catch (e) {
          expect(e, `${f} cut ${k}`).toBeInstanceOf(InputError);
        }
      }
    }
  }
  expect(n).toBeGreaterThan(100);
}, 120_000);
