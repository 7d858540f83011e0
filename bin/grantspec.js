#!/usr/bin/env node
// Thin shim: the CLI is TypeScript compiled to build/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../build/bin/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('grantspec: the TypeScript is not compiled yet; run `npm ci` (or `npm run build:ts`) in the grantspec folder\n');
  process.exit(2);
}
await import(cli.href);
