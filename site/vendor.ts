import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Libraries the site's scripts use, copied from node_modules into site/assets as classic scripts:
// pages opened from file:// can load a <script src> but not an ES module or a fetch, and no page
// calls a CDN. The Swedish stemmer ships only as a module, so its two exports become one global.

const require = createRequire(import.meta.url);

/** A file of an installed package, found from one of its exported entries (not every package exports package.json). */
function file(entry: string, path: string): string {
  let dir = dirname(require.resolve(entry));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return readFileSync(join(dir, path), 'utf8');
}

export function vendorAssets(): Array<[string, string]> {
  const stemmer = file('@orama/stemmers/swedish', 'dist/se.js')
    .replace(/export function stemmer\(/u, 'function stemmer(')
    .replace(/export const language\s*=\s*"swedish";?/u, '');
  if (/\bexport\b/u.test(stemmer)) throw new Error('@orama/stemmers/dist/se.js changed shape: it still has an export after conversion to a script');
  return [
    ['site/assets/minisearch.js', file('minisearch', 'dist/umd/index.js')],
    ['site/assets/stemmer-sv.js', `// @orama/stemmers (Swedish Snowball), MIT licence\n(function () {\n${stemmer}\nwindow.GRANTSPEC_STEM = stemmer;\n})();\n`],
    ['site/assets/decimal.js', file('decimal.js', 'decimal.js')],
  ];
}
