import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';
import { buildInto, TODAY } from './helpers.js';

// The generated files, read as files: complete, linked, escaped, deterministic.

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

let out: string;
beforeAll(async () => { out = await buildInto(); }, 60_000);

describe('npm run build output', () => {
  it('has a page per grant and year, a history page per grant, checklists and the worksheet', () => {
    const site = join(out, 'site');
    for (const id of ['nationella-kvalitetsregister', 'kompetensforsorjning-halso-och-sjukvard', 'socialdataregister', 'tillganglighet-och-vardkapacitet']) {
      expect(existsSync(join(site, 'grants', id, '2026.html'))).toBe(true);
      expect(existsSync(join(site, 'grants', id, 'index.html'))).toBe(true);
      for (const ext of ['md', 'html', 'csv']) expect(existsSync(join(out, 'checklists', `${id}-2026.${ext}`))).toBe(true);
    }
    expect(existsSync(join(site, 'grants/nationella-kvalitetsregister/2025-aterrapportering.html'))).toBe(true);
    for (const p of ['index.html', 'kalender.html', 'kalender.ics', 'sok.html', 'tillganglighet.html']) expect(existsSync(join(site, p))).toBe(true);
  });

  it('puts the 13 May 2026 deadline in the iCalendar feeds, as RFC 5545 wants them', () => {
    const ics = readFileSync(join(out, 'site/kalender.ics'), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/u);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260513\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260305\r\n');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
    const own = readFileSync(join(out, 'site/grants/nationella-kvalitetsregister/nationella-kvalitetsregister.ics'), 'utf8');
    expect(own).toContain('DTSTART;VALUE=DATE:20260513');
    // vague dates are never made into days
    expect(ics).not.toMatch(/DTSTART;VALUE=DATE:2027/u);
  });

  it('writes checklists as Markdown task lists and CSV with the source quote', () => {
    const md = readFileSync(join(out, 'checklists/nationella-kvalitetsregister-2026.md'), 'utf8');
    expect(md).toMatch(/^# Checklista: /u);
    expect(md).toContain('- [ ] Rekvirera i e-tjänsten för statsbidrag senast 13 maj 2026');
    const csv = readFileSync(join(out, 'checklists/nationella-kvalitetsregister-2026.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffAvsnitt;Typ;Punkt;Senast;Klar;Ansvarig;Datum;Kommentar;Källcitat');
    expect(csv).toContain('Före rekvisitionen;Att göra;Rekvirera i e-tjänsten för statsbidrag senast 13 maj 2026;2026-05-13;;;;;Sista dag att rekvirera är den 13 maj 2026.\r\n');
    // repayment triggers are information, never a task to tick
    expect(csv).toContain('När pengar ska betalas tillbaka (information);Information;');
    // (the Markdown checklist backslash-escapes Markdown punctuation in its text; it reads the same)
    expect(md).toMatch(/## När pengar ska betalas tillbaka \\\(information\\\)\n\n- Den del/u);
    // a date is said once per item
    for (const line of md.split('\n')) expect(line.match(/\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/gu)?.length ?? 0, line).toBeLessThanOrEqual(2);
    expect(md).not.toMatch(/\(\d{1,2} maj 2026\)/u);
  });

  it('writes the printable checklist as one self-contained A4 file: styles inlined, nothing loaded, no local paths', () => {
    const html = readFileSync(join(out, 'checklists/nationella-kvalitetsregister-2026.html'), 'utf8');
    expect(html).not.toMatch(/<link[^>]+stylesheet/u);
    expect(html).not.toMatch(/<script/u);
    expect(html).toMatch(/<style>@page \{ size: A4;/u);
    const repay = html.slice(html.indexOf('När pengar ska betalas tillbaka'));
    expect(repay).not.toContain('type="checkbox"');
    for (const p of walk(out).filter((f) => /\.(html|md|csv|ics|js)$/u.test(f))) {
      const text = readFileSync(p, 'utf8');
      expect(text, p).not.toContain(out);
      expect(text, p).not.toContain(ROOT);
      // the editors' guide names the repository's sources/<year>/ folder in its commands, by design
      if (!p.endsWith('/site/redaktorer.html')) expect(text, p).not.toMatch(/sources\/20\d\d\//u);
    }
  });

  it('shows dates in Swedish and amounts in plain words, with a source link for each fact', () => {
    const html = readFileSync(join(out, 'site/grants/nationella-kvalitetsregister/2026.html'), 'utf8');
    expect(html).toContain('13 maj 2026');
    expect(html).toContain('78,5 miljoner kronor');
    expect(html).toContain('792\u00a0929 kronor per nationella kvalitetsregister');
    expect(html).toMatch(/<a class="kalla" href="#kalla-requisition-closes">Källa, rad 45<\/a>/u);
    expect(html).toContain('id="kalla-requisition-closes"');
    expect(html).toContain('i början av 2027');
  });

  it('says what is new this year on a grant page and across grants', () => {
    const page = readFileSync(join(out, 'site/grants/tillganglighet-och-vardkapacitet/2026.html'), 'utf8');
    expect(page).toContain('Nytt i år jämfört med 2025');
    expect(page).toContain('Totalt belopp: 5 886 500 000 kr → 5 042 500 200 kr (−843 999 800 kr, −14,3 %)');
    expect(page).toMatch(/<ins><span class="visually-hidden">tillagt: <\/span>Ytterligare ett villkor för att<\/ins>/u);
    const all = readFileSync(join(out, 'site/forandringar.html'), 'utf8');
    expect(all).toContain('Sista dag att rekvirera: 17 april 2025 → 16 mars 2026 (32 dagar tidigare på året)');
  });

  it('compares both years\' texts for "Nytt i år": a rule sentence the specs lack is listed apart, after the changes between the specs, with its line', () => {
    const page = readFileSync(join(out, 'site/grants/handikapporganisationer/2020.html'), 'utf8');
    const news = page.slice(page.indexOf('id="nytt"'), page.indexOf('id="anvandning"'));
    const quote = '<li><strong>Villkor (ur texten)</strong>: anges inte längre\n    <p class="text-quote"><span class="year">2019, rad 42:</span> <q>Statsbidraget lyses ut under förutsättningen att riksdagen beviljar medel för ändamålet.</q></p></li>';
    expect(news).toContain(quote);
    expect(news.indexOf('Totalt belopp: 188 742 000 kr (nytt)')).toBeGreaterThan(0);
    expect(news.indexOf('<details class="more">')).toBeLessThan(news.indexOf('<h3 id="nytt-texten">Ändrat i anvisningens text</h3>'));
    // the 2020 text still opens with the 2019 purpose, word for word: no "Syfte" change
    expect(news).not.toContain('Syfte:');
    const all = readFileSync(join(out, 'site/forandringar.html'), 'utf8');
    expect(all).toContain(quote);
    // a value one year's extraction missed though its text states it is no change: the 2018 text
    // names huvudmän too ("En huvudman måste ha bedrivit verksamhet …")
    expect(readFileSync(join(out, 'site/grants/elevhalsa-och-specialpedagogik/2020.html'), 'utf8')).not.toContain('Vem kan rekvirera: huvudmän (nytt)');
    // and a page without text changes has no such block
    expect(readFileSync(join(out, 'site/grants/kulturskolebidrag/2020.html'), 'utf8')).not.toContain('Ändrat i anvisningens text');
  });

  it('lists the grants open on --today on the start page', () => {
    const html = readFileSync(join(out, 'site/index.html'), 'utf8');
    const open = html.slice(html.indexOf('id="oppna"'), html.indexOf('id="datum"'));
    expect(open).toContain('nationella kvalitetsregister');
    expect(open).toContain('kompetensförsörjningen');
    expect(open).not.toContain('socialdataregister');
    expect(html).toContain(`den ${15} april 2026`);
  });

  it('resolves every internal link and anchor', () => {
    const site = join(out, 'site');
    const pages = walk(site).filter((f) => f.endsWith('.html'));
    const ids = new Map(pages.map((p) => [p, new Set([...readFileSync(p, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!))]));
    let links = 0;
    // the Atom feeds are written by the feeds stage (site/feeds.ts); a build without it has none to link to
    const atoms = walk(site).some((f) => f.endsWith('.atom'));
    for (const p of pages) {
      for (const m of readFileSync(p, 'utf8').matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
        const href = m[1]!;
        if (/^(?:https?:|mailto:|data:)/u.test(href)) continue;
        if (!atoms && href.endsWith('.atom')) continue;
        links++;
        const [file, anchor] = href.split('#');
        const target = file ? resolve(dirname(p), file) : p;
        expect(existsSync(target), `${relative(site, p)} → ${href}`).toBe(true);
        if (anchor) expect(ids.get(target)?.has(anchor), `${relative(site, p)} → ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(100);
  });

  it('is byte-identical when built twice from the same specs', async () => {
    const again = await buildInto();
    const a = walk(out).map((f) => relative(out, f)).sort();
    const b = walk(again).map((f) => relative(again, f)).sort();
    expect(b).toEqual(a);
    for (const f of a) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  }, 60_000);

  it('is byte-identical whether one thread or several render the grants', async () => {
    const a = walk(out).map((f) => relative(out, f)).sort();
    for (const jobs of ['1', '2', '3']) {
      const d = mkdtempSync(join(tmpdir(), 'grantspec-jobs-'));
      const r = await cli(['build', '--specs', join(ROOT, 'specs'), '--out', d, '--today', TODAY, '--jobs', jobs]);
      expect(r.code, r.stderr).toBe(0);
      expect(walk(d).map((f) => relative(d, f)).sort()).toEqual(a);
      for (const f of a) expect(readFileSync(join(d, f)).equals(readFileSync(join(out, f))), `${f} with --jobs ${jobs}`).toBe(true);
    }
  }, 60_000);

  it('renders a grant whose specs are in two folders as one grant, also with several threads', async () => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-split-'));
    cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
    cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true });
    // the 2025 spec of tillgänglighet moved to a folder of its own: its 2026 page must still say what is new since 2025
    mkdirSync(join(d, 'specs/aldre'));
    cpSync(join(d, 'specs/tillganglighet-och-vardkapacitet/2025.yaml'), join(d, 'specs/aldre/tillganglighet-2025.yaml'));
    rmSync(join(d, 'specs/tillganglighet-och-vardkapacitet/2025.yaml'));
    const r = await cli(['build', '--out', join(d, 'dist'), '--today', TODAY, '--jobs', '2'], d);
    expect(r.code, r.stderr).toBe(0);
    for (const f of walk(join(out, 'site')).map((x) => relative(out, x))) {
      expect(readFileSync(join(d, 'dist', f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  }, 60_000);

  it('has the checklists folder hold the same bytes as the site\'s checklists', () => {
    for (const ext of ['md', 'csv', 'html']) {
      expect(readFileSync(join(out, `checklists/socialdataregister-2026.${ext}`)).equals(readFileSync(join(out, `site/grants/socialdataregister/checklista-2026.${ext}`)))).toBe(true);
    }
  });

  it('has no inline scripts or event handlers, and a strict Content-Security-Policy', () => {
    for (const p of walk(join(out, 'site')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(p, 'utf8');
      expect(html).toContain("script-src 'self'");
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/u);
      expect(html).not.toMatch(/<[^>]+\son[a-z]+=/iu);
    }
  });
});

describe('allocations on the site', () => {
  const nb = (s: string): string => s.replace(/ (?=\d{3}\b)/gu, '\u00a0');

  it('shows the published 2025 list on its grant page, in name order, each region linked to its page', () => {
    const page = readFileSync(join(out, 'site/grants/tillganglighet-och-vardkapacitet/2025.html'), 'utf8');
    const rows = [...page.matchAll(/<tr><th scope="row"><a href="\.\.\/\.\.\/mottagare\/(\d+)\.html">([^<]+)<\/a><\/th><td class="num" data-label="Belopp">([^<]+)<\/td>/gu)];
    expect(rows).toHaveLength(21);
    expect(rows[0]!.slice(1)).toEqual(['10', 'Region Blekinge', nb('156 281 732 kronor')]);
    expect(rows[20]!.slice(1)).toEqual(['14', 'Västra Götalandsregionen', nb('734 120 385 kronor')]);
    const names = rows.map((r) => r[2]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(page).toContain(`Summa: ${nb('5 886 500 000 kronor')} (listans egen summarad: ${nb('5 886 500 000 kronor')})`);
    expect(page).toMatch(/<li id="fordelning-region-kalla-rows-0"><span class="meta">Region Stockholm, rad 40:<\/span> <q>Region Stockholm \| 984 031 803<\/q><\/li>/u);
  });

  it('has a page for each of the 21 regioner and 290 kommuner, and an index of them', () => {
    const files = readdirSync(join(out, 'site/mottagare'));
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(312);
    // and each its own calendar and change feed
    expect(files.filter((f) => f.endsWith('.ics'))).toHaveLength(311);
    expect(files.filter((f) => f.endsWith('.atom'))).toHaveLength(311);
    const index = readFileSync(join(out, 'site/mottagare/index.html'), 'utf8');
    expect([...index.matchAll(/<li><a href="\d{2}(?:\d{2})?\.html">/gu)]).toHaveLength(311);
  });

  it('gives a region its amount from the list and its own checklist, which starts with the amount', () => {
    const page = readFileSync(join(out, 'site/mottagare/01.html'), 'utf8');
    expect(page).toContain(`<strong>${nb('984 031 803 kronor')}</strong> <span class="meta">(enligt fördelningslistan)</span>`);
    expect(page).toContain('href="../grants/tillganglighet-och-vardkapacitet/checklista-2025-01.html"');
    const md = readFileSync(join(out, 'site/grants/tillganglighet-och-vardkapacitet/checklista-2025-01.md'), 'utf8');
    expect(md).toContain(`# Checklista: Tillgänglighet och vårdkapacitet 2025 – Region Stockholm`);
    expect(md).toContain(`- [ ] Belopp att rekvirera för Region Stockholm: högst ${nb('984 031 803 kronor')}`);
    expect(readFileSync(join(out, 'site/grants/tillganglighet-och-vardkapacitet/checklista-2025-01.csv'), 'utf8')).toContain('Region Stockholm | 984 031 803');
  });

  it('gives the key where there is no list, and only the grants a recipient can get', () => {
    const kommun = readFileSync(join(out, 'site/mottagare/0180.html'), 'utf8');
    // the key's minimum, never the national pot under the kommun's name
    expect(kommun).toContain(`<strong>minst ${nb('500 000 kronor')}</strong>`);
    expect(kommun).toContain(`${nb('500 000 kronor')} per kommun`);
    expect(kommun).not.toContain(nb('1 013'));
    // no list and no key for 2026: not stated
    expect(readFileSync(join(out, 'site/mottagare/13.html'), 'utf8')).toMatch(/stärkt tillgänglighet[^<]*<\/a><\/th><td data-label="Belopp">Anges inte/u);
    expect(kommun).not.toContain('kvalitetsregister');
    // the kvalitetsregister grant names its seven regions
    expect(readFileSync(join(out, 'site/mottagare/12.html'), 'utf8')).toContain('kvalitetsregister');
    expect(readFileSync(join(out, 'site/mottagare/13.html'), 'utf8')).not.toContain('kvalitetsregister');
  });
});

describe('templates', () => {
  it('escape everything: no triple-stash anywhere', () => {
    for (const f of walk(join(ROOT, 'templates'))) expect(readFileSync(f, 'utf8'), f).not.toContain('{{{');
  });
});

describe('a total the text states as a rounded figure (funding.total_approximate)', () => {
  let dist: string;
  beforeAll(async () => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-rounded-'));
    cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
    cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
    // the 2026 total marked as the rounded figure of a text that says "ca": the page, the "Nytt i år"
    // line, the feeds and the list of changes must all say "cirka", never the figure as if exact
    const f = join(d, 'specs/tillganglighet-och-vardkapacitet/2026.yaml');
    const yaml = readFileSync(f, 'utf8');
    expect(yaml).toContain('\n  total: 5042500200\n');
    writeFileSync(f, yaml.replace('\n  total: 5042500200\n', '\n  total: 5042500200\n  total_approximate: true\n'));
    dist = join(d, 'dist');
    const r = await cli(['build', '--out', dist, '--today', TODAY], d);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('says "cirka" on the grant page, with no exact figure beside it', () => {
    const page = readFileSync(join(dist, 'site/grants/tillganglighet-och-vardkapacitet/2026.html'), 'utf8');
    // (the site groups digits with no-break spaces)
    expect(page).toContain('Totalt för alla mottagare: cirka 5\u00a0042\u00a0500\u00a0200 kronor <a class="kalla" href="#kalla-funding-total">');
    expect(page).not.toContain('(5\u00a0042\u00a0500\u00a0200 kronor)');
    // "Nytt i år": last year's exact total, this year's rounded one
    expect(page).toContain('Totalt belopp: 5 886 500 000 kr → cirka 5 042 500 200 kr (−843 999 800 kr, −14,3 %)');
  });

  it('says "cirka" in the feeds and on the list of changes', () => {
    for (const f of ['site/andringar.atom', 'site/andringar-regioner.atom', 'site/forandringar.html']) {
      const text = readFileSync(join(dist, f), 'utf8');
      expect(text, f).toContain('5 886 500 000 kr → cirka 5 042 500 200 kr');
      expect(text, f).not.toContain('→ 5 042 500 200 kr');
    }
  });

  it('leaves the exact total of the other year and every other grant as it was', () => {
    const page = readFileSync(join(dist, 'site/grants/tillganglighet-och-vardkapacitet/2025.html'), 'utf8');
    expect(page).toBe(readFileSync(join(out, 'site/grants/tillganglighet-och-vardkapacitet/2025.html'), 'utf8'));
    expect(page).toContain('Totalt för alla mottagare: 5\u00a0886,5 miljoner kronor <a');
  });
});

describe('hostile spec text', () => {
  it('never makes a live script, event handler or javascript: link', async () => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-xss-'));
    cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
    mkdirSync(join(d, 'specs/socialdataregister'), { recursive: true });
    const spec = readFileSync(join(ROOT, 'specs/socialdataregister/2026.yaml'), 'utf8')
      .replace(/^title: .*$/mu, 'title: Ond titel <img src=x onerror=alert(1)>')
      .replace(/^permitted_uses:\n/mu, 'permitted_uses:\n  - "<script>alert(1)</script>"\n')
      .replace(/^links:\n/mu, 'links:\n  - url: "javascript:alert(1)"\n    text: Klicka här\n');
    writeFileSync(join(d, 'specs/socialdataregister/2026.yaml'), spec);
    const out2 = join(d, 'dist');
    const r = await cli(['build', '--specs', join(d, 'specs'), '--out', out2, '--today', TODAY], d);
    expect(r.code, r.stderr).toBe(0);
    for (const p of walk(join(out2, 'site')).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(p, 'utf8');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toMatch(/<img[^>]*onerror/iu);
      expect(html).not.toMatch(/href="\s*javascript:/iu);
    }
    const page = readFileSync(join(out2, 'site/grants/socialdataregister/2026.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<span class="broken">Klicka här</span> <span class="meta">(ingen länk: ingen giltig länk)</span>');
  });

  it('leaves the previous output untouched when a spec has errors', async () => {
    const d = mkdtempSync(join(tmpdir(), 'grantspec-bad-'));
    cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
    cpSync(join(ROOT, 'specs'), join(d, 'specs'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
    const out2 = join(d, 'dist');
    expect((await cli(['build', '--out', out2, '--today', TODAY], d)).code).toBe(0);
    const before = readFileSync(join(out2, 'site/index.html'), 'utf8');
    const f = join(d, 'specs/socialdataregister/2026.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('closes: 2026-04-01', 'closes: 2026-02-01'));
    const r = await cli(['build', '--out', out2, '--today', '2026-05-01'], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/date-order/u);
    expect(readFileSync(join(out2, 'site/index.html'), 'utf8')).toBe(before);
  });
});
