import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The project's own measure, the same scorer the project is judged with: real grant pages, their
// gold expectations; at least 85 % of the stated fields right, no wrong value, every quote grounded.
it('scores the development corpus with no wrong value and every quote grounded', async () => {
  const out = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(process.execPath, [resolve(ROOT, 'test/fixtures/corpus/score-extract.mjs'), resolve(ROOT, 'test/fixtures/corpus/dev-gold'), '85', '--verbose'],
      { cwd: ROOT }, (err, stdout) => done({ code: err ? Number(err.code ?? 1) : 0, stdout }));
  });
  const last = out.stdout.trim().split('\n').at(-1) ?? '';
  expect(last).toMatch(/wrong 0, docs failed 0/u);
  expect(out.code, out.stdout).toBe(0);
});
