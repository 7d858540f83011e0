#!/usr/bin/env node
// Thin shim: the CLI is TypeScript compiled to build/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// One run compiles hundreds of regexes (the cue tables, the parsers, pdf.js) and runs most of them
// a few times or a few thousand: compiled to machine code at their first run, instead of to
// bytecode first and again to machine code at their second (V8's regexp tier-up), they cost less
// in all (the fields of the bench's 216-page PDF: a sixth less CPU). Matches are the same either way.
setFlagsFromString('--no-regexp-tier-up');

const cli = new URL('../build/bin/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('grantspec: the TypeScript is not compiled yet; run `npm ci` (or `npm run build:ts`) in the grantspec folder\n');
  process.exit(2);
}
await import(cli.href);
