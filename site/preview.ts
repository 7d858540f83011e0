import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { formatDiagnostic, InputError, type Diagnostic } from '../specs/diagnostics.js';
import { buildSite, type BuildOptions } from './build.js';
import { cacheFolder } from './write.js';
import { rootFor } from './data.js';

// `grantspec preview`: the site served from a private folder on 127.0.0.1 only, rebuilt
// (incrementally, as `grantspec build` does) when a spec, a source text or a template changes. The open page
// reloads itself through a small script served beside the site (the site's CSP allows scripts
// from itself only, never inline ones) that listens for server-sent events. When a build fails —
// a spec with an error, a broken template — the last good site stays served and every page shows
// the errors at its top; the terminal gets them too.

export interface PreviewOptions extends Omit<BuildOptions, 'outDir'> {
  /** 0 for a free port chosen by the system */
  readonly port: number;
  /** lines for the terminal */
  readonly log: (line: string) => void;
  /** how long to wait after a change for more changes (editors save several files at once) */
  readonly settleMs?: number;
}

export interface Preview {
  readonly url: string;
  readonly server: Server;
  /** resolves when the build started by the latest change is done */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

// Reconnects by itself (EventSource does); reloads when the site was rebuilt or its errors changed.
const RELOAD_JS = `(function () {
  var version = null;
  var events = new EventSource('/__grantspec/events');
  events.onmessage = function (e) {
    if (version !== null && e.data !== version) location.reload();
    version = e.data;
    // says the page follows the builds: a test (or a curious editor) can wait for it before an edit
    document.documentElement.setAttribute('data-grantspec-version', version);
  };
})();
`;

const PREVIEW_CSS = `.grantspec-preview-errors { border: 3px solid #8a1c12; background: #fdecea; color: #1b1b1b; padding: 0.75rem 1rem; margin: 0; font-family: system-ui, sans-serif; }
.grantspec-preview-errors h2 { margin: 0 0 0.5rem; font-size: 1.1rem; color: #8a1c12; }
.grantspec-preview-errors pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
`;

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The page as served in preview: the reload script, and the errors of the latest build at the top. */
export function decorate(html: string, errors: readonly string[]): string {
  const head = '<link rel="stylesheet" href="/__grantspec/preview.css">';
  const script = '<script src="/__grantspec/reload.js" defer></script>';
  const banner = errors.length
    ? `<section class="grantspec-preview-errors" role="alert" aria-labelledby="grantspec-preview-errors"><h2 id="grantspec-preview-errors">Förhandsvisningen visar senaste fungerande bygget: ${errors.length} fel</h2><pre>${esc(errors.join('\n'))}</pre></section>`
    : '';
  return html.replace('</head>', `${head}\n</head>`).replace(/<body([^>]*)>/u, `<body$1>\n${banner}`).replace('</body>', `${script}\n</body>`);
}

/** The file under root a request path names (a folder: its index.html), or undefined when outside root. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${normalize(`/${path}`)}`);
  if (file !== root && !file.startsWith(`${root}${sep}`)) return undefined;
  return path.endsWith('/') || (existsSync(file) && statSync(file).isDirectory()) ? join(file, 'index.html') : file;
}

export async function startPreview(o: PreviewOptions): Promise<Preview> {
  const outDir = mkdtempSync(join(tmpdir(), 'grantspec-preview-'));
  const root = join(outDir, 'site');
  let version = 0;
  let errors: string[] = [];
  const clients = new Set<ServerResponse>();
  const notify = (): void => {
    for (const c of clients) c.write(`data: ${version}:${errors.length}\n\n`);
  };

  let running: Promise<void> = Promise.resolve();
  let pending = false;
  const rebuild = async (): Promise<void> => {
    const t0 = Date.now();
    try {
      const r = await buildSite({ ...o, outDir, waitMs: 0 });
      const bad = r.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
      errors = r.built ? [] : bad.map(formatDiagnostic);
      if (r.built) {
        version++;
        o.log(`grantspec: rebuilt in ${Date.now() - t0} ms (${r.rendered} grant folder${r.rendered === 1 ? '' : 's'} rendered, ${r.written} files written)`);
      } else {
        for (const e of errors) o.log(e);
        o.log(`grantspec: ${bad.length} error${bad.length === 1 ? '' : 's'}; still serving the last good build`);
      }
    } catch (e) {
      // a broken template, an unreadable folder: reported like an invalid spec
      errors = [e instanceof InputError ? formatDiagnostic(e.diagnostic) : `grantspec: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`];
      for (const line of errors) o.log(line);
      o.log('grantspec: still serving the last good build');
    }
    notify();
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    running = running.then(() => new Promise((r) => setTimeout(r, o.settleMs ?? 50))).then(() => {
      pending = false;
      return rebuild();
    });
  };
  await rebuild();

  // and the sources beside the specs: "Nytt i år" compares the years' texts (site/data.ts)
  const sources = join(rootFor(join(o.specsDir, 'x')), 'sources');
  const watched = [o.specsDir, o.templatesDir, ...(existsSync(sources) && statSync(sources).isDirectory() ? [sources] : [])];
  const watchers: FSWatcher[] = watched.map((d) => watch(d, { recursive: true }, () => schedule()));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (url === '/__grantspec/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(`retry: 500\ndata: ${version}:${errors.length}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url === '/__grantspec/reload.js') { res.writeHead(200, { 'Content-Type': TYPES['.js']! }); res.end(RELOAD_JS); return; }
    if (url === '/__grantspec/preview.css') { res.writeHead(200, { 'Content-Type': TYPES['.css']! }); res.end(PREVIEW_CSS); return; }
    if (url === '/__grantspec/status') { res.writeHead(200, { 'Content-Type': TYPES['.json']! }); res.end(JSON.stringify({ version, errors })); return; }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { Allow: 'GET, HEAD' }); res.end(); return; }
    const file = fileFor(root, url);
    let body: Buffer | undefined;
    try { body = file ? readFileSync(file) : undefined; } catch { body = undefined; }
    if (!file || !body) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(decorate('<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Hittades inte</title></head><body><main><h1>Sidan finns inte</h1><p><a href="/">Till startsidan</a></p></main></body></html>', errors));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type });
    res.end(type.startsWith('text/html') ? decorate(body.toString('utf8'), errors) : body);
  });
  // loopback only: the preview serves an editor's drafts, not the network
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(o.port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;

  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    settled: () => running,
    close: async () => {
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
      await running.catch(() => undefined);
      rmSync(cacheFolder(outDir), { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
