import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Write the output or nothing: everything is written into a temp folder in the output folder, then
// each top-level folder (site/, checklists/) is swapped into place, so a failed build leaves the
// previous output untouched and other folders in the output (dist/extracted) alone.

/** A fresh temp folder inside outDir for one build. */
export async function tempFolder(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const tmp = join(outDir, `.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  return tmp;
}

/**
 * Writes files under root. A copy is a hard link to a file already written (same bytes, one
 * write), or a second write where the file system has no hard links. Synchronous on purpose: for
 * thousands of small files the promise API costs four to five times the time of plain writes
 * (measured: 7 000 files of 12 kB, 500 ms against 110 ms), and nothing else waits meanwhile.
 */
export class Writer {
  private readonly dirs = new Set<string>();
  count = 0;

  constructor(private readonly root: string) {}

  write(path: string, content: string): void {
    const file = join(this.root, path);
    this.dir(file);
    writeFileSync(file, content, 'utf8');
    this.count++;
  }

  copy(path: string, from: string, content: string): void {
    const file = join(this.root, path);
    this.dir(file);
    try {
      linkSync(join(this.root, from), file);
    } catch {
      writeFileSync(file, content, 'utf8');
    }
    this.count++;
  }

  private dir(file: string): void {
    const d = dirname(file);
    if (this.dirs.has(d)) return;
    mkdirSync(d, { recursive: true });
    this.dirs.add(d);
  }
}

/** Swap the temp folder's top-level folders into outDir, then remove what they replaced. */
export async function swapInto(outDir: string, tmp: string): Promise<void> {
  for (const top of (await readdir(tmp)).sort()) {
    const target = join(outDir, top);
    const old = join(outDir, `.old-${process.pid}-${top}`);
    await rename(target, old).catch(() => undefined);
    await rename(join(tmp, top), target);
    await rm(old, { recursive: true, force: true });
  }
}
