// Makes `npx grantspec` (and node_modules/.bin/grantspec) resolve to this checkout right after `npm ci`.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('node_modules', '.bin');
mkdirSync(dir, { recursive: true });
const link = join(dir, 'grantspec');
rmSync(link, { force: true });
symlinkSync(join('..', '..', 'bin', 'grantspec.js'), link);
