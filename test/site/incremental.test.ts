import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

// `grantspec build --out DIR` over an existing DIR is incremental and safe: after one spec changes
// only its grant folder is rendered again, and DIR then holds exactly what a cold build writes;
// builds into one folder take turns; an interrupted build leaves the previous output as it was.

const work = mkdtempSync(join(tmpdir(), 'grantspec-incremental-'));
// the build cache and lock, kept inside the test's folder (and away from the user's)
const env = { GRANTSPEC_CACHE: join(work, 'cache') };
// (removing the dozen projects and their outputs took over a minute on a busy machine)
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

/** Every file and folder below dir, with an md5 of each file's bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) { out[`${relative(dir, p)}/`] = 'dir'; walk(p); } else out[relative(dir, p)] = createHash('md5').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A project: the shipped sources, and the shipped specs plus `copies` copies of the 2026 specs under their own ids. */
function project(name: string, copies = 0): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(ROOT, 'specs'), join(dir, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') && !s.includes('/reference') && !s.includes('/schema') });
  const bases = ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet'];
  for (let i = 0; i < copies; i++) {
    const base = bases[i % bases.length]!;
    const text = readFileSync(join(ROOT, 'specs', base, '2026.yaml'), 'utf8').replace(/^id: .*$/mu, `id: ${base}-${i}`);
    mkdirSync(join(dir, 'specs', `${base}-${i}`), { recursive: true });
    writeFileSync(join(dir, 'specs', `${base}-${i}`, '2026.yaml'), text);
  }
  return dir;
}

const build = (cwd: string, out: string, extra: NodeJS.ProcessEnv = env) => cli(['build', '--out', out, '--today', '2026-04-15'], cwd, extra);

describe('incremental build', () => {
  const dir = project('edit');
  const out = join(dir, 'dist');
  const spec = join(dir, 'specs/socialdataregister/2026.yaml');

  it('renders only the changed grant and writes what a cold build writes', async () => {
    // a cold build renders every grant folder of the project
    const grants = readdirSync(join(dir, 'specs'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && readdirSync(join(dir, 'specs', e.name)).some((f) => f.endsWith('.yaml'))).length;
    expect((await build(dir, out)).stderr).toMatch(new RegExp(`\\(${grants} grant folders rendered`, 'u'));
    const again = await build(dir, out);
    expect(again.stderr).toMatch(/\(0 grant folders rendered, \d+ files written, [\d.]+ MB\)/u);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: (.*)$/mu, 'title: $1 (ny titel)'));
    const edited = await build(dir, out);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stderr).toMatch(/\(1 grant folder rendered/u);
    expect(readFileSync(join(out, 'site/grants/socialdataregister/2026.html'), 'utf8')).toContain('(ny titel)');
    // the grant is for kommuner: a kommun's page and calendar list it under its new title
    expect(readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8')).toContain('(ny titel)');
    expect(readFileSync(join(out, 'site/mottagare/0180.ics'), 'utf8')).toContain('(ny titel)');
    const cold = join(work, 'cold-edit');
    await build(dir, cold, { GRANTSPEC_CACHE: join(work, 'cache-cold') });
    expect(tree(out)).toEqual(tree(cold));
  });

  it('removes what a removed grant had, and puts back a file changed by hand', async () => {
    rmSync(join(dir, 'specs/kompetensforsorjning-halso-och-sjukvard'), { recursive: true });
    writeFileSync(join(out, 'site/grants/socialdataregister/2026.html'), 'ändrad för hand');
    const r = await build(dir, out);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'site/grants/kompetensforsorjning-halso-och-sjukvard'))).toBe(false);
    const cold = join(work, 'cold-removed');
    await build(dir, cold, { GRANTSPEC_CACHE: join(work, 'cache-cold2') });
    expect(tree(out)).toEqual(tree(cold));
  });

  it('builds nothing and leaves the output alone when a spec has an error', async () => {
    const before = tree(out);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^year: .*$/mu, 'year: tjugo'));
    const r = await build(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the site was not built');
    expect(tree(out)).toEqual(before);
  });

  it('leaves no lock, cache or temp file next to or inside the output', () => {
    expect(readdirSync(out).sort()).toEqual(['checklists', 'site']);
    expect(readdirSync(dir).sort()).toEqual(['dist', 'sources', 'specs']);
  });
});

/** Whether a file of the output is the very file an earlier build left (same inode, same time), not one written again. */
const stampOf = (file: string): string => { const st = statSync(file); return `${st.ino} ${st.mtimeMs}`; };

describe('what an incremental build keeps and what it makes again', () => {
  // each case: a change, the incremental build after it, and a cold build of the same inputs into
  // another folder (its own cache): the two outputs are the same file for file, byte for byte

  it('keeps the pages of recipients none of whose grants changed, and makes those of the others', async () => {
    const dir = project('recipients');
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const region = stampOf(join(out, 'site/mottagare/01.html'));
    const regionIcs = stampOf(join(out, 'site/mottagare/01.ics'));
    const kommun = stampOf(join(out, 'site/mottagare/0180.html'));
    const regionFeed = stampOf(join(out, 'site/regioner.ics'));
    const kommunFeed = stampOf(join(out, 'site/kommuner.ics'));
    // socialdataregister is for kommuner only: the regions' pages and calendars do not list it
    const spec = join(dir, 'specs/socialdataregister/2026.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: (.*)$/mu, 'title: $1 (ny titel)'));
    expect((await build(dir, out)).code).toBe(0);
    expect(stampOf(join(out, 'site/mottagare/01.html'))).toBe(region);
    expect(stampOf(join(out, 'site/mottagare/01.ics'))).toBe(regionIcs);
    expect(stampOf(join(out, 'site/mottagare/0180.html'))).not.toBe(kommun);
    // nor the regions' calendar feed; the kommuner's lists it under its new title
    expect(stampOf(join(out, 'site/regioner.ics'))).toBe(regionFeed);
    expect(stampOf(join(out, 'site/kommuner.ics'))).not.toBe(kommunFeed);
    expect(readFileSync(join(out, 'site/kommuner.ics'), 'utf8')).toContain('(ny titel)');
    await build(dir, join(work, 'recipients-cold'), { GRANTSPEC_CACHE: join(work, 'cache-recipients-cold') });
    expect(tree(out)).toEqual(tree(join(work, 'recipients-cold')));
  });

  it('makes the change feeds again when a grant with two years changes, keeps them when a grant with one year does, and drops an entry with a deleted year', async () => {
    const dir = project('feeds');
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const feed = join(out, 'site/andringar.atom');
    const before = readFileSync(feed, 'utf8');
    const kept = stampOf(feed);
    const single = join(dir, 'specs/socialdataregister/2026.yaml');
    writeFileSync(single, readFileSync(single, 'utf8').replace(/^conditions:\n {2}- /mu, 'conditions:\n  - (omformulerat) '));
    expect((await build(dir, out)).code).toBe(0);
    expect(stampOf(feed)).toBe(kept);
    // tillgänglighet has a 2025 and a 2026 anvisning: a new condition in 2026 is a change the feeds report
    const two = join(dir, 'specs/tillganglighet-och-vardkapacitet/2026.yaml');
    writeFileSync(two, readFileSync(two, 'utf8').replace(/^conditions:\n {2}- /mu, 'conditions:\n  - (omformulerat) '));
    expect((await build(dir, out)).code).toBe(0);
    expect(readFileSync(feed, 'utf8')).not.toBe(before);
    await build(dir, join(work, 'feeds-cold'), { GRANTSPEC_CACHE: join(work, 'cache-feeds-cold') });
    expect(tree(out)).toEqual(tree(join(work, 'feeds-cold')));
    // without its 2025 anvisning (and that year's allocation list) the grant has one year: no entry of its own
    rmSync(join(dir, 'specs/tillganglighet-och-vardkapacitet/2025.yaml'));
    rmSync(join(dir, 'specs/tillganglighet-och-vardkapacitet/2025.allocation.yaml'));
    rmSync(join(dir, 'specs/tillganglighet-och-vardkapacitet/2025.corrections.yaml'), { force: true });
    const r = await build(dir, out);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(feed, 'utf8')).not.toContain('urn:grantspec:andring:tillganglighet-och-vardkapacitet:');
    await build(dir, join(work, 'feeds-cold2'), { GRANTSPEC_CACHE: join(work, 'cache-feeds-cold2') });
    expect(tree(out)).toEqual(tree(join(work, 'feeds-cold2')));
  });

  it('makes a grant\'s pages and the feeds again when a source text they compare changed, though no spec did', async () => {
    const dir = project('texts');
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const page = join(out, 'site/grants/handikapporganisationer/2020.html');
    const feed = join(out, 'site/andringar.atom');
    const other = stampOf(join(out, 'site/grants/kulturskolebidrag/2020.html'));
    expect(readFileSync(page, 'utf8')).not.toContain('Vad som ska återrapporteras (ur texten)');
    // a reporting duty added to the 2020 text (markup and an ampersand in it, to be shown as text)
    const text = join(dir, 'sources/2020/handikapporganisationer.txt');
    writeFileSync(text, `${readFileSync(text, 'utf8')}\nFöreningen ska redovisa hur medlen har använts i rapporten <b>Resultat & effekt</b>.\n`);
    const r = await build(dir, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\(1 grant folder rendered/u);
    expect(stampOf(join(out, 'site/grants/kulturskolebidrag/2020.html'))).toBe(other);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<li><strong>Vad som ska återrapporteras (ur texten)</strong>: ny mening');
    expect(html).toContain('<q>Föreningen ska redovisa hur medlen har använts i rapporten &lt;b&gt;Resultat &amp; effekt&lt;/b&gt;.</q>');
    // the feeds: the content is HTML escaped once more in the XML
    expect(readFileSync(feed, 'utf8')).toContain('&lt;q&gt;Föreningen ska redovisa hur medlen har använts i rapporten &amp;lt;b&amp;gt;Resultat &amp;amp; effekt&amp;lt;/b&amp;gt;.&lt;/q&gt;');
    await build(dir, join(work, 'texts-cold'), { GRANTSPEC_CACHE: join(work, 'cache-texts-cold') });
    expect(tree(out)).toEqual(tree(join(work, 'texts-cold')));
    // the edit undone: the page and the feeds as they were, and still what a cold build writes
    writeFileSync(text, readFileSync(join(ROOT, 'sources/2020/handikapporganisationer.txt')));
    expect((await build(dir, out)).code).toBe(0);
    expect(readFileSync(page, 'utf8')).not.toContain('Vad som ska återrapporteras (ur texten)');
    expect(readFileSync(feed, 'utf8')).not.toContain('Resultat');
    await build(dir, join(work, 'texts-cold2'), { GRANTSPEC_CACHE: join(work, 'cache-texts-cold2') });
    expect(tree(out)).toEqual(tree(join(work, 'texts-cold2')));
  });

  it('makes everything again after a change of --today or of the published address the calendars link to', async () => {
    const dir = project('options');
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const site = { ...env, GRANTSPEC_SITE_URL: 'https://statsbidrag.example.se/' };
    expect((await build(dir, out, site)).code).toBe(0);
    // a grant's own calendar, in its grant folder, links to the published site too
    const unfolded = readFileSync(join(out, 'site/grants/socialdataregister/socialdataregister.ics'), 'utf8').replace(/\r\n /gu, '');
    expect(unfolded).toContain('URL;VALUE=URI:https://statsbidrag.example.se/grants/socialdataregister/2026.html');
    await build(dir, join(work, 'options-cold'), { ...site, GRANTSPEC_CACHE: join(work, 'cache-options-cold') });
    expect(tree(out)).toEqual(tree(join(work, 'options-cold')));
    expect((await cli(['build', '--out', out, '--today', '2026-09-01'], dir, site)).code).toBe(0);
    await cli(['build', '--out', join(work, 'options-cold2'), '--today', '2026-09-01'], dir, { ...site, GRANTSPEC_CACHE: join(work, 'cache-options-cold2') });
    expect(tree(out)).toEqual(tree(join(work, 'options-cold2')));
  });

  it('makes every page that uses a template again after the template changed', async () => {
    const { buildSite } = await import(join(ROOT, 'build/site/build.js')) as typeof import('../../site/build.js');
    const dir = project('templates');
    const templates = join(work, 'templates-copy');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    const o = { specsDir: join(dir, 'specs'), templatesDir: templates, assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15' };
    const out = join(dir, 'dist');
    await buildSite({ ...o, outDir: out });
    const page = join(templates, 'pages/recipient.hbs');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<h1>Era statsbidrag: {{name}}</h1>', '<h1>Era statsbidrag: {{name}} (ny mall)</h1>'));
    const r = await buildSite({ ...o, outDir: out });
    expect(r.rendered).toBeGreaterThan(1);
    expect(readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8')).toContain('(ny mall)');
    await buildSite({ ...o, outDir: join(work, 'templates-cold'), incremental: false });
    expect(tree(out)).toEqual(tree(join(work, 'templates-cold')));
  });
  it('makes the pages again after a partial kept as a link elsewhere changed (the link\'s target is in the build key)', async () => {
    const { buildSite } = await import(join(ROOT, 'build/site/build.js')) as typeof import('../../site/build.js');
    const dir = project('linked');
    const templates = join(work, 'linked-templates');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    // the row partial shared from another folder, as a symbolic link
    const shared = join(work, 'linked-shared');
    mkdirSync(shared);
    const row = join(shared, 'recipient-row.hbs');
    cpSync(join(templates, 'partials/recipient-row.hbs'), row);
    rmSync(join(templates, 'partials/recipient-row.hbs'));
    symlinkSync(row, join(templates, 'partials/recipient-row.hbs'));
    const o = { specsDir: join(dir, 'specs'), templatesDir: templates, assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15' };
    const out = join(dir, 'dist');
    await buildSite({ ...o, outDir: out });
    writeFileSync(row, `<!-- delad rad -->${readFileSync(row, 'utf8')}`);
    await buildSite({ ...o, outDir: out });
    expect(readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8')).toContain('<!-- delad rad -->');
    await buildSite({ ...o, outDir: join(work, 'linked-cold'), incremental: false });
    expect(tree(out)).toEqual(tree(join(work, 'linked-cold')));
  }, 300_000);

  it('renders again from a fragments cache that is corrupt or made for another build, and writes what a cold build writes', async () => {
    const dir = project('fragments');
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const file = join(work, 'cache', createHash('sha256').update(realpathSync(out)).digest('hex').slice(0, 20), 'fragments.json');
    const saved = readFileSync(file, 'utf8');
    const nl = saved.indexOf('\n');
    const head = JSON.parse(saved.slice(0, nl)) as { key: string; sum: string };
    const body = saved.slice(nl + 1);
    // the recipients' pages cached as the cold build rendered them, around their rows
    expect(body).toContain('Era statsbidrag: Stockholm');
    const spec = join(dir, 'specs/socialdataregister/2026.yaml');
    const cases: Array<[string, string]> = [
      // a fragment's bytes changed, the sum not: the whole file is ignored
      ['corrupt', `${saved.slice(0, nl)}\n${body.replaceAll('Era statsbidrag', 'Förfalskat')}`],
      // made under another build key (templates, program, --today): ignored, though whole
      ['foreign', `${JSON.stringify({ ...head, key: 'another build' })}\n${body.replaceAll('Era statsbidrag', 'Förfalskat')}`],
      ['torn', saved.slice(0, Math.floor(saved.length / 2))],
    ];
    for (const [what, text] of cases) {
      writeFileSync(file, text);
      // a title edit: every kommun's page is assembled again (from the cache, were it trusted)
      writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: (.*)$/mu, `title: $1 (${what})`));
      const r = await build(dir, out);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8')).not.toContain('Förfalskat');
      expect(readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8')).toContain(`(${what})`);
    }
    await build(dir, join(work, 'fragments-cold'), { GRANTSPEC_CACHE: join(work, 'cache-fragments-cold') });
    expect(tree(out)).toEqual(tree(join(work, 'fragments-cold')));
   // five builds: over a minute on a busy machine
  }, 300_000);

  it('publishes a spare moved in as it is only when its bytes are the recorded ones (a same-size edit with its times set back)', async () => {
    const { buildSite } = await import(join(ROOT, 'build/site/build.js')) as typeof import('../../site/build.js');
    const { cacheFolder } = await import(join(ROOT, 'build/site/write.js')) as typeof import('../../site/write.js');
    const dir = project('tamper');
    const o = { specsDir: join(dir, 'specs'), templatesDir: join(ROOT, 'templates'), assetsDir: join(ROOT, 'site/assets'), today: '2026-04-15' };
    const out = join(dir, 'dist');
    const spec = join(dir, 'specs/socialdataregister/2026.yaml');
    const s0 = readFileSync(spec, 'utf8');
    await buildSite({ ...o, outDir: out });
    // one spec's closing date edited: the calendar is made again, and its previous file becomes the spare
    writeFileSync(spec, s0.replace('  closes: 2026-04-01', '  closes: 2026-04-02'));
    await buildSite({ ...o, outDir: out });
    const cache = cacheFolder(out);
    const spare = join(cache, 'spare', createHash('md5').update('site/kalender.ics').digest('hex'));
    // (the manifest's first line is its head: the spares' records among it)
    const manifest = JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8').split('\n')[0]!) as { spares: Record<string, [string, [number, number, number], string?]> };
    const record = manifest.spares['site/kalender.ics']!;
    const before = statSync(spare);
    expect(record[1]).toEqual([before.size, before.mtimeMs, before.ino]);
    // the spare changed in place, its size kept and its times set back: its stamp is the recorded one
    const text = readFileSync(spare, 'utf8');
    expect(text).toContain('SUMMARY:Sis');
    const times = join(work, 'tamper-times');
    expect(spawnSync('touch', ['-r', spare, times]).status).toBe(0);
    writeFileSync(spare, text.replace('SUMMARY:Sis', 'SUMMARY:ZZZ'), { flag: 'r+' });
    expect(spawnSync('touch', ['-r', times, spare]).status).toBe(0);
    const after = statSync(spare);
    expect([after.size, after.mtimeMs, after.ino, after.nlink]).toEqual([before.size, before.mtimeMs, before.ino, 1]);
    // back to the first version: the calendar's key is the spare's, so the spare is offered to be moved in
    writeFileSync(spec, s0);
    await buildSite({ ...o, outDir: out });
    expect(readFileSync(join(out, 'site/kalender.ics'), 'utf8')).not.toContain('SUMMARY:ZZZ');
    await buildSite({ ...o, outDir: join(work, 'tamper-cold'), incremental: false });
    expect(tree(out)).toEqual(tree(join(work, 'tamper-cold')));
    // and the next build, with nothing changed, keeps it so
    await buildSite({ ...o, outDir: out });
    expect(tree(out)).toEqual(tree(join(work, 'tamper-cold')));
  });
});

describe('the output folder', () => {
  it('takes six concurrent builds in turn: each succeeds or says the folder is busy, and the result is one build', async () => {
    const dir = project('six', 20);
    const out = join(dir, 'dist');
    const runs = await Promise.all(Array.from({ length: 6 }, () => build(dir, out)));
    for (const r of runs) {
      if (r.code !== 0) expect(r.stderr).toContain('output-busy');
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const single = join(work, 'six-single');
    await build(dir, single, { GRANTSPEC_CACHE: join(work, 'cache-six') });
    expect(tree(out)).toEqual(tree(single));
    expect(readdirSync(out).sort()).toEqual(['checklists', 'site']);
  });

  it('keeps the previous output whole and leaves no temp folder when a build is interrupted (SIGINT)', async () => {
    const dir = project('sigint', 160);
    const out = join(dir, 'dist');
    expect((await build(dir, out)).code).toBe(0);
    const before = tree(out);
    // a change to every grant: the next build renders them all (and takes a while)
    for (const id of readdirSync(join(dir, 'specs'))) {
      const f = join(dir, 'specs', id, '2026.yaml');
      // (a quoted title is left alone: appending to it would make the YAML invalid, and the build would stop before the signal)
      if (existsSync(f)) writeFileSync(f, readFileSync(f, 'utf8').replace(/^title: ([^"'\n].*)$/mu, 'title: $1 (avbruten)'));
    }
    const child = spawn(process.execPath, [join(ROOT, 'bin/grantspec.js'), 'build', '--out', out, '--today', '2026-04-15'], { cwd: dir, env: { ...process.env, ...env }, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // interrupt once the build is writing into its staging folder
    const t0 = Date.now();
    while (!readdirSync(out).some((n) => n.startsWith('.grantspec-staging-')) && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(readdirSync(out).sort()).toEqual(['checklists', 'site']);
    expect(tree(out)).toEqual(before);
    expect(readdirSync(env.GRANTSPEC_CACHE).filter((d) => existsSync(join(env.GRANTSPEC_CACHE, d, 'lock')))).toEqual([]);
    // and the next build goes ahead at once
    const next = await build(dir, out);
    expect(next.code, next.stderr).toBe(0);
    expect(statSync(join(out, 'site/index.html')).isFile()).toBe(true);
  });
});
