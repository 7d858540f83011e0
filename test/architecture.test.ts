import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// Imports point one way: bin → {extract, specs, site}, extract → specs, site → specs; specs imports
// nothing from the project.
function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const imports = (file: string): string[] => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/from\s+'(\.[^']+)'/gu)].map((m) => relative(ROOT, join(ROOT, file, '..', m[1]!)));

it('keeps specs/ free of imports from the rest of the project', () => {
  for (const f of tsFiles('specs')) for (const i of imports(f)) expect(i.startsWith('specs'), `${f} imports ${i}`).toBe(true);
});

it('keeps extract/ from importing bin/ or site/', () => {
  for (const f of tsFiles('extract')) for (const i of imports(f)) expect(/^(?:extract|specs)/u.test(i), `${f} imports ${i}`).toBe(true);
});

// and the lint's text rules (pure functions of a string): the site publishes no link the lint
// reports as an error (site/links.ts), so both must judge an address by the same rules
it('keeps site/ to itself, specs/ and the lint\'s text rules', () => {
  for (const f of tsFiles('site')) for (const i of imports(f)) expect(/^(?:site|specs|extract\/lint\/index\.js$)/u.test(i), `${f} imports ${i}`).toBe(true);
});

it('has no `any` in the TypeScript', () => {
  for (const f of [...tsFiles('extract'), ...tsFiles('specs'), ...tsFiles('bin'), ...tsFiles('site')]) {
    expect(readFileSync(join(ROOT, f), 'utf8'), f).not.toMatch(/:\s*any\b|as any\b|<any>/u);
  }
});
