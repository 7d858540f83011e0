import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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
 * Writes files under root in the background (libuv's threads), so that rendering goes on while the
 * disk works: at most `limit` writes in flight. A copy is a hard link to a file already written
 * (same bytes, one write), or a second write where the file system has no hard links. `flush`
 * waits for all of them and throws the first failure.
 */
export class Writer {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly done = new Map<string, Promise<void>>();
  private readonly dirs = new Map<string, Promise<unknown>>();
  private failure: unknown;
  count = 0;

  constructor(private readonly root: string, private readonly limit = 64) {}

  async write(path: string, content: string): Promise<void> {
    const file = join(this.root, path);
    await this.track(path, this.dir(file).then(() => writeFile(file, content, 'utf8')));
  }

  async copy(path: string, from: string, content: string): Promise<void> {
    const file = join(this.root, path);
    const source = this.done.get(from) ?? Promise.resolve();
    await this.track(path, Promise.all([this.dir(file), source])
      .then(() => link(join(this.root, from), file))
      .catch(() => writeFile(file, content, 'utf8')));
  }

  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }

  private dir(file: string): Promise<unknown> {
    const d = dirname(file);
    const made = this.dirs.get(d) ?? mkdir(d, { recursive: true });
    this.dirs.set(d, made);
    return made;
  }

  private async track(path: string, work: Promise<unknown>): Promise<void> {
    const settled = work.then(() => undefined, (e: unknown) => { this.failure ??= e; });
    this.done.set(path, settled);
    this.inFlight.add(settled);
    this.count++;
    void settled.then(() => this.inFlight.delete(settled));
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
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
