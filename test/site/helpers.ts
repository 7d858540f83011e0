import { cpSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { loadReference } from '../../specs/reference/index.js';
import { cli, ROOT } from '../helpers.js';

export const TODAY = '2026-04-15';

/** Build the shipped specs into a fresh folder, as `npm run build` does. */
export async function buildInto(specs = join(ROOT, 'specs'), today = TODAY): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'grantspec-site-'));
  const r = await cli(['build', '--specs', specs, '--out', out, '--today', today]);
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  return out;
}

/** A made-up population table for the 290 kommuner (test input, not SCB's figures). */
export function population(header = '"region";"2025M10"'): string {
  return `${header}\n${loadReference().kommuner.map((k, i) => `"${k.code} ${k.name}";"${3_000 + ((i * 7919) % 90_000)}"`).join('\n')}\n`;
}

/** The shipped project plus a computed kommun list for kompetensförsörjning 2026, built: every kind of allocation page. */
export async function buildWithComputedList(today = TODAY, only?: readonly string[]): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), 'grantspec-site-lists-'));
  cpSync(join(ROOT, 'sources'), join(d, 'sources'), { recursive: true });
  // `only`: just these grants' folders (tests whose expectations list every grant of a small catalogue)
  const grantDir = (s: string): string | undefined => {
    const rel = relative(join(ROOT, 'specs'), s).split(sep);
    const dir = rel[0] ? join(ROOT, 'specs', rel[0]) : '';
    return dir && statSync(dir).isDirectory() && readdirSync(dir).some((f) => /^\d{4}\..*ya?ml$/u.test(f)) ? rel[0] : undefined;
  };
  cpSync(join(ROOT, 'specs'), join(d, 'specs'), {
    recursive: true,
    filter: (s) => { const g = grantDir(s); return !s.endsWith('.ts') && (!only || g === undefined || only.includes(g)); },
  });
  writeFileSync(join(d, 'sources/2026/befolkning.csv'), population());
  const c = await cli(['allocation', 'compute', '--grant', 'kompetensforsorjning-halso-och-sjukvard', '--year', '2026', '--to', 'kommun', '--population', 'sources/2026/befolkning.csv'], d);
  if (c.code !== 0) throw new Error(`compute failed: ${c.stderr}`);
  const r = await cli(['build', '--out', join(d, 'dist'), '--today', today], d);
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  return join(d, 'dist');
}

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.csv': 'text/csv; charset=utf-8' };

/** A static file server on loopback for the browser tests. */
export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then((body) => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    }, () => { res.writeHead(404); res.end('not found'); });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    done({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}
