import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Write the output or nothing: build into a temp folder, then swap each top-level folder (site/,
// checklists/) into place, so a failed build leaves the previous output untouched and other
// folders in the output (dist/extracted) alone.
export async function writeTree(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const tmp = join(outDir, `.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    const entries = [...files.entries()].sort(([a], [b]) => a.localeCompare(b));
    for (const d of new Set(entries.map(([path]) => dirname(join(tmp, path))))) await mkdir(d, { recursive: true });
    // a few writes in flight at a time: the disk is faster with company, memory stays bounded
    for (let i = 0; i < entries.length; i += 32) {
      await Promise.all(entries.slice(i, i + 32).map(([path, content]) => writeFile(join(tmp, path), content, 'utf8')));
    }
    for (const top of (await readdir(tmp)).sort()) {
      const target = join(outDir, top);
      const old = join(outDir, `.old-${process.pid}-${top}`);
      await rename(target, old).catch(() => undefined);
      await rename(join(tmp, top), target);
      await rm(old, { recursive: true, force: true });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
