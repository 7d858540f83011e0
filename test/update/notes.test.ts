import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../extract/lint/run.js';
import { updateReview } from '../../extract/update/index.js';
import { cli } from '../helpers.js';

// `grantspec update` reports what the extraction read but left out (extract/notes.ts) as `extract`,
// `lint` and `review FILE` do for the same text: its review page's findings are lint's, notes and
// all, and the command says them on stderr, line for line as `extract` does. Constructed passage:
// parts of 60 + 30 miljoner that do not make up the stated 100 miljoner (funding-parts-unkept).

const GRANT = 'vardplatser';
const TEXT = 'Statsbidrag för vårdplatser 2026\n\nSocialstyrelsen fördelar statsbidrag till regioner och kommuner.\n\n'
  + 'Totalt uppgår statsbidraget till 100 miljoner kronor. Av dessa fördelas 60 miljoner kronor till regionerna och 30 miljoner kronor till kommunerna.\n\n'
  + 'Sista dag att rekvirera är den 1 mars 2026.\n';
const dir = mkdtempSync(join(tmpdir(), 'grantspec-update-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'specs', GRANT), { recursive: true });
mkdirSync(join(dir, 'sources', '2026'), { recursive: true });
const file = join('sources', '2026', `${GRANT}.txt`);
writeFileSync(join(dir, file), TEXT);

describe('update reports the extraction\'s notes', () => {
  it('on its review page, the same findings as lint for the same text', async () => {
    const r = await updateReview(join(dir, file), { grant: GRANT, year: 2026, specsDir: join(dir, 'specs'), cwd: dir });
    const linted = await lint(join(dir, file));
    expect(linted.map((d) => d.rule)).toContain('funding-parts-unkept');
    expect(r.findings).toEqual(linted);
  });

  it('on stderr, line for line as extract says them', async () => {
    const x = await cli(['extract', file], dir);
    const u = await cli(['update', file, '--grant', GRANT, '--year', '2026'], dir);
    expect(x.code, x.stderr).toBe(0);
    expect(u.code, u.stderr).toBe(0);
    const noted = (s: string): string[] => s.split('\n').filter((l) => l.includes('funding-parts-unkept'));
    expect(noted(x.stderr)).toEqual([expect.stringMatching(/^sources\/2026\/vardplatser\.txt:5:\d+ warning funding-parts-unkept .*sum 90 000 000 kronor/u)]);
    expect(noted(u.stderr)).toEqual(noted(x.stderr));
  });
});
