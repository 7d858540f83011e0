import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { cli, ROOT } from '../helpers.js';

export const TODAY = '2026-04-15';

/** Build the shipped specs into a fresh folder, as `npm run build` does. */
export async function buildInto(specs = join(ROOT, 'specs'), today = TODAY): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'grantspec-site-'));
  const r = await cli(['build', '--specs', specs, '--out', out, '--today', today]);
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  return out;
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
