import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { commitInto, contentHash, Spares, Writer } from '../../site/write.js';

// The files an incremental build replaced are kept in the cache folder and written over by the
// next build that makes the same path: the output gets exactly the new bytes, and a kept file that
// something else still links (the output itself, a user's copy) is never written into.

const work = mkdtempSync(join(tmpdir(), 'grantspec-spares-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An output folder with one file, its cache folder, and a staging folder inside the output. */
function setup(name: string, content: string): { out: string; cache: string; tmp: string; spares: Spares } {
  const out = join(work, name, 'out');
  const cache = join(work, name, 'cache');
  mkdirSync(join(out, 'site'), { recursive: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(out, 'site/a.ics'), content);
  const tmp = join(out, '.staging');
  mkdirSync(tmp);
  return { out, cache, tmp, spares: Spares.of(cache, out)! };
}

/** One incremental build's commit of `content` for site/a.ics, written through the spares. */
function rebuild(s: ReturnType<typeof setup>, content: string | string[]): void {
  mkdirSync(s.tmp, { recursive: true });
  const w = new Writer(s.tmp, s.spares);
  w.write('site/a.ics', content);
  commitInto(s.out, s.tmp, w.paths, [], (p, target) => s.spares.keep(p, target));
}

describe('spare files', () => {
  it('keeps the replaced file and writes the next version into it, exactly (shorter content truncates it)', () => {
    const s = setup('cycle', 'version 1, the longest of them all\n');
    const first = statSync(join(s.out, 'site/a.ics')).ino;
    rebuild(s, 'version 2, long enough\n');
    expect(readFileSync(join(s.out, 'site/a.ics'), 'utf8')).toBe('version 2, long enough\n');
    // the third version is written into the first one's file, which the output no longer has
    rebuild(s, ['version ', Buffer.from('3\n')]);
    expect(readFileSync(join(s.out, 'site/a.ics'), 'utf8')).toBe('version 3\n');
    expect(statSync(join(s.out, 'site/a.ics')).ino).toBe(first);
    expect(statSync(join(s.out, 'site/a.ics')).nlink).toBe(1);
    // no staging folder content is left behind, and the spare is the second version's file
    expect(readdirSync(s.out)).toEqual(['site']);
    const spare = readdirSync(join(s.cache, 'spare'));
    expect(spare).toHaveLength(1);
    expect(readFileSync(join(s.cache, 'spare', spare[0]!), 'utf8')).toBe('version 2, long enough\n');
  });

  it('never writes into a kept file that is still linked from elsewhere', () => {
    const s = setup('linked', 'version 1\n');
    rebuild(s, 'version 2\n');
    // a user's hard-linked copy of the first version
    const spare = join(s.cache, 'spare', readdirSync(join(s.cache, 'spare'))[0]!);
    linkSync(spare, join(work, 'linked', 'copy.ics'));
    rebuild(s, 'version 3\n');
    expect(readFileSync(join(s.out, 'site/a.ics'), 'utf8')).toBe('version 3\n');
    expect(readFileSync(join(work, 'linked', 'copy.ics'), 'utf8')).toBe('version 1\n');
  });

  it('never keeps, nor writes through, an output file someone replaced with a symlink', () => {
    const s = setup('symlink', 'version 1\n');
    // a deploy step swapped the output file for a link to a file outside the output
    const outside = join(work, 'symlink', 'outside.ics');
    writeFileSync(outside, 'not grantspec\'s\n');
    unlinkSync(join(s.out, 'site/a.ics'));
    symlinkSync(outside, join(s.out, 'site/a.ics'));
    rebuild(s, 'version 2\n');
    rebuild(s, 'version 3\n');
    expect(readFileSync(join(s.out, 'site/a.ics'), 'utf8')).toBe('version 3\n');
    expect(readFileSync(outside, 'utf8')).toBe('not grantspec\'s\n');
  });

  it('removes the spares of paths the output no longer has', () => {
    const s = setup('prune', 'version 1\n');
    rebuild(s, 'version 2\n');
    expect(readdirSync(join(s.cache, 'spare'))).toHaveLength(1);
    s.spares.prune(['site/a.ics']);
    expect(readdirSync(join(s.cache, 'spare'))).toHaveLength(1);
    s.spares.prune(['site/b.ics']);
    expect(readdirSync(join(s.cache, 'spare'))).toHaveLength(0);
  });
});

/** Incremental builds as site/build.ts runs them: a fresh Spares each build, the replaced file kept at the commit. */
function builds(name: string, first: Array<string | Buffer>): { out: string; cache: string; rebuild: (content: Array<string | Buffer>) => void } {
  const s = setup(name, '');
  const rebuild = (content: Array<string | Buffer>): void => {
    const spares = Spares.of(s.cache, s.out)!;
    mkdirSync(s.tmp, { recursive: true });
    const w = new Writer(s.tmp, spares);
    w.write('site/a.ics', content);
    commitInto(s.out, s.tmp, w.paths, [], (p, target) => spares.keep(p, target));
  };
  rebuild(first);
  return { out: s.out, cache: s.cache, rebuild };
}

describe('spare files written window by window', () => {
  // three pieces of more than one window each (64 kB), as a recipient's page is made
  const head = 'BEGIN:VCALENDAR\n'.repeat(5000);
  const rows = Buffer.from('row one of many\n'.repeat(9000));
  const other = Buffer.from('another row here\n'.repeat(9000));
  const tail = 'END:VCALENDAR\n';

  it('leaves a spare that already holds the new bytes untouched, and the output is exactly them', () => {
    const b = builds('same', [head, rows, tail]);
    b.rebuild([head, other, tail]);
    const spare = join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!);
    const held = statSync(spare);
    // back to the first version: its file (the spare) already holds it, so nothing is written into it
    b.rebuild([head, rows, tail]);
    const now = statSync(join(b.out, 'site/a.ics'));
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe(head + rows.toString() + tail);
    expect([now.ino, now.mtimeMs]).toEqual([held.ino, held.mtimeMs]);
  });

  it('writes the windows that differ and the rest after a change of length, and truncates', () => {
    const b = builds('differ', [head, rows, tail]);
    b.rebuild([head, other, tail]);
    const spareIno = (): number => statSync(join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!)).ino;
    // the spare holds [head, rows, tail]: the head is kept, the rest shifts by 12 bytes
    let ino = spareIno();
    b.rebuild([head, 'twelve bytes', rows, tail]);
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe(`${head}twelve bytes${rows.toString()}${tail}`);
    // written into the spare, not into a new file
    expect(statSync(join(b.out, 'site/a.ics')).ino).toBe(ino);
    // the spare holds [head, other, tail]: a shorter version written into it
    ino = spareIno();
    b.rebuild([head, 'short']);
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe(`${head}short`);
    expect(statSync(join(b.out, 'site/a.ics')).ino).toBe(ino);
  });

  it('writes the new bytes into a spare changed since it was kept', () => {
    const b = builds('changed', [head, rows, tail]);
    b.rebuild([head, other, tail]);
    const spare = join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!);
    // the same length, other bytes (a later modification time)
    const changed = readFileSync(spare, 'utf8').replace(/row one/gu, 'row two');
    writeFileSync(spare, changed, { flag: 'r+' });
    const ino = statSync(spare).ino;
    b.rebuild([head, rows, tail]);
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe(head + rows.toString() + tail);
    // the spare's real bytes were compared and rewritten where they differ: it is the output file now
    expect(statSync(join(b.out, 'site/a.ics')).ino).toBe(ino);
  });

  it('writes everything when the output file was changed by hand before it became the spare', () => {
    const b = builds('by-hand', [head, rows, tail]);
    writeFileSync(join(b.out, 'site/a.ics'), 'edited by hand');
    b.rebuild([head, other, tail]);
    b.rebuild([head, rows, tail]);
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe(head + rows.toString() + tail);
  });
});

// An output on another file system than its cache folder (an output on /dev/shm, the cache in the
// temp folder on disk): no spares, and nothing beside the output; the spare folder an earlier build
// kept beside it is removed, but only one that is plainly ours. Only two folders on two file systems exercise it: the first writable pair of the places tried.
const PLACES = [tmpdir(), '/dev/shm', `/run/user/${process.getuid?.() ?? 0}`, '/var/tmp', process.cwd()];
const cross = ((): { shm: string; disk: string } | undefined => {
  const made: Array<{ dir: string; dev: number }> = [];
  for (const place of PLACES) {
    try {
      const dir = mkdtempSync(join(place, 'grantspec-spares-'));
      const dev = statSync(dir).dev;
      const other = made.find((m) => m.dev !== dev);
      if (other) {
        for (const m of made) if (m !== other) rmSync(m.dir, { recursive: true, force: true });
        return { shm: dir, disk: other.dir };
      }
      made.push({ dir, dev });
    } catch { /* not there, or not writable */ }
  }
  for (const m of made) rmSync(m.dir, { recursive: true, force: true });
  return undefined;
})();
afterAll(() => { if (cross) for (const d of [cross.shm, cross.disk]) rmSync(d, { recursive: true, force: true }); });
const shm = cross?.shm;

// where no two such folders exist the tests below cannot run: said in their name, never skipped unseen
const CROSS = cross
  ? `spare files of an output on another file system than the cache (output in ${cross.shm}, cache in ${cross.disk})`
  : `SKIPPED, NOT RUN: spare files of an output on another file system than the cache — no two writable folders on different file systems among ${PLACES.join(', ')}`;

describe.skipIf(!cross)(CROSS, () => {
  it('keeps none (every changed file is new), and leaves nothing beside the output', () => {
    const out = join(shm!, 'out');
    const cache = join(cross!.disk, 'cross', 'cache');
    mkdirSync(join(out, 'site'), { recursive: true });
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(out, 'site/a.ics'), 'version 1, long enough\n');
    expect(Spares.of(cache, out)).toBeUndefined();
    const tmp = join(out, '.staging');
    mkdirSync(tmp, { recursive: true });
    const w = new Writer(tmp);
    w.write('site/a.ics', 'version 2\n');
    commitInto(out, tmp, w.paths, []);
    expect(readFileSync(join(out, 'site/a.ics'), 'utf8')).toBe('version 2\n');
    expect(readdirSync(out)).toEqual(['site']);
    expect(readdirSync(shm!)).toEqual(['out']);
  });

  it('removes the spare folder an earlier build left beside the output, and only one plainly its own', () => {
    const cache = join(cross!.disk, 'cross2', 'cache');
    mkdirSync(cache, { recursive: true });
    const spare = (name: string): string => {
      mkdirSync(join(shm!, name));
      const dir = join(shm!, `.${name}.grantspec-spare`);
      mkdirSync(dir, { mode: 0o700 });
      chmodSync(dir, 0o700);
      writeFileSync(join(dir, createHash('md5').update('site/a.ics').digest('hex')), 'an old version\n');
      return dir;
    };
    // ours: a folder closed to others with spare files only
    const left = spare('left');
    Spares.of(cache, join(shm!, 'left'));
    expect(existsSync(left)).toBe(false);
    // a link to a folder elsewhere: neither it nor what it points to is touched
    mkdirSync(join(cross!.disk, 'elsewhere'), { mode: 0o700 });
    writeFileSync(join(cross!.disk, 'elsewhere', createHash('md5').update('x').digest('hex')), 'kept\n');
    mkdirSync(join(shm!, 'linked'));
    symlinkSync(join(cross!.disk, 'elsewhere'), join(shm!, '.linked.grantspec-spare'));
    expect(Spares.of(cache, join(shm!, 'linked'))).toBeUndefined();
    expect(lstatSync(join(shm!, '.linked.grantspec-spare')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(cross!.disk, 'elsewhere'))).toHaveLength(1);
    // open to others, or holding a file Spares never names so: left whole
    const open = spare('open');
    chmodSync(open, 0o777);
    Spares.of(cache, join(shm!, 'open'));
    expect(readdirSync(open)).toHaveLength(1);
    const mixed = spare('mixed');
    writeFileSync(join(mixed, 'notes.txt'), 'a user\'s file\n');
    Spares.of(cache, join(shm!, 'mixed'));
    expect(readdirSync(mixed).sort()).toEqual([createHash('md5').update('site/a.ics').digest('hex'), 'notes.txt'].sort());
  });
});

describe('a spare moved in as it is (its content known from the build record)', () => {
  it('moves in the very file recorded, and refuses one changed since or linked elsewhere', () => {
    const b = builds('take', ['version 1\n']);
    b.rebuild(['version 2, longer\n']);
    // the spare is the first version's file; its stamp as the output had it
    const spare = join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!);
    const st = statSync(spare);
    const stamp = [st.size, st.mtimeMs, st.ino] as const;
    const commit = (ok: boolean): void => {
      const spares = Spares.of(b.cache, b.out)!;
      const tmp = join(b.out, '.staging');
      mkdirSync(tmp, { recursive: true });
      const w = new Writer(tmp, spares);
      expect(w.reuse('site/a.ics', stamp, contentHash('version 1\n'))).toBe(ok);
      if (!ok) w.write('site/a.ics', 'written\n');
      commitInto(b.out, tmp, w.paths, [], (p, target) => spares.keep(p, target));
    };
    // a spare changed since it was kept (another size): not moved in, the content is written
    writeFileSync(spare, 'changed since it was kept\n', { flag: 'r+' });
    commit(false);
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe('written\n');
    // the spare is now the second version's file: with its stamp, it is moved in untouched
    const st2 = statSync(join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!));
    const stamp2 = [st2.size, st2.mtimeMs, st2.ino] as const;
    const spares = Spares.of(b.cache, b.out)!;
    const tmp = join(b.out, '.staging');
    mkdirSync(tmp, { recursive: true });
    const w = new Writer(tmp, spares);
    // linked elsewhere (a user's copy): never moved in
    const copy = join(work, 'take-copy.ics');
    linkSync(join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!), copy);
    expect(w.reuse('site/a.ics', stamp2, contentHash('version 2, longer\n'))).toBe(false);
    unlinkSync(copy);
    expect(w.reuse('site/a.ics', stamp2, contentHash('version 2, longer\n'))).toBe(true);
    commitInto(b.out, tmp, w.paths, [], (p, target) => spares.keep(p, target));
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe('version 2, longer\n');
    expect(statSync(join(b.out, 'site/a.ics')).ino).toBe(st2.ino);
  });

  it('refuses a spare whose bytes are not the recorded ones though its stamp is (a same-size edit, its times set back)', () => {
    const b = builds('take-bytes', ['SUMMARY:Sista dag\n']);
    b.rebuild(['version 2, longer\n']);
    const spare = join(b.cache, 'spare', readdirSync(join(b.cache, 'spare'))[0]!);
    const st = statSync(spare);
    const stamp = [st.size, st.mtimeMs, st.ino] as const;
    const times = join(work, 'take-bytes-times');
    expect(spawnSync('touch', ['-r', spare, times]).status).toBe(0);
    writeFileSync(spare, 'SUMMARY:ZZZta dag\n', { flag: 'r+' });
    expect(spawnSync('touch', ['-r', times, spare]).status).toBe(0);
    const now = statSync(spare);
    expect([now.size, now.mtimeMs, now.ino]).toEqual([...stamp]);
    const spares = Spares.of(b.cache, b.out)!;
    const tmp = join(b.out, '.staging');
    mkdirSync(tmp, { recursive: true });
    const w = new Writer(tmp, spares);
    expect(w.reuse('site/a.ics', stamp, contentHash('SUMMARY:Sista dag\n'))).toBe(false);
    // the caller then writes the content into the spare window by window: the output is exactly it
    w.write('site/a.ics', 'SUMMARY:Sista dag\n');
    commitInto(b.out, tmp, w.paths, [], (p, target) => spares.keep(p, target));
    expect(readFileSync(join(b.out, 'site/a.ics'), 'utf8')).toBe('SUMMARY:Sista dag\n');
    expect(w.hashes.get('site/a.ics')).toBe(contentHash('SUMMARY:Sista dag\n'));
  });
});
