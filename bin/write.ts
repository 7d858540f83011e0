import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { fail } from '../specs/diagnostics.js';

/** Write a file atomically (temp file + rename); refuse to replace an existing one unless forced. */
export async function writeAtomic(file: string, content: string, force: boolean): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const flags = force ? 'w' : 'wx';
    if (!force) {
      // check first, so that an existing curated spec is never touched
      const probe = await open(file, 'r').catch(() => undefined);
      if (probe) {
        await probe.close();
        fail(file, 'would-overwrite', 'exists already; an editor may have curated it. Use --force to replace it, or --out another file');
      }
    }
    const fh = await open(tmp, flags === 'w' ? 'w' : 'wx');
    try {
      await fh.writeFile(content, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
