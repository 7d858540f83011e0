import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HOLE, type Render } from './render.js';
import { writeCacheFile } from './write.js';

// Rendered fragments kept from one build to the next: the recipients' pages around their rows (311
// renderings of a whole page) and their rows (each grant's row per recipient type, and the frames of
// the rows with a recipient's own amount). A fragment is found by a hash of its template's name and
// its data as JSON: the same data through the same template gives the same HTML. Everything else a
// rendering depends on (the templates, helpers, Handlebars, --today, the program) is in the build
// key, and a cache file made under another key is not read. So a one-spec rebuild renders only the
// edited grant's rows and assembles every recipient's page from fragments and shared bytes
// (site/pages.ts): a title or a deadline edit renders no page through Handlebars again.
//
// The file is a line of JSON (version, build key, the sha1 of the rest) and then the fragments as
// one JSON object; one that is torn, corrupt or made for another key is ignored (every fragment is
// rendered again). What a build did not use is dropped once it outnumbers what it used, so the
// file does not grow with every edit.

const VERSION = 1;

// the hole row stands for the rows spliced into a page (render.ts HOLE): in a key it must differ from {}
const HOLE_KEY = '\u0000grantspec-hole\u0000';
const replacer = (_: string, v: unknown): unknown => (v === HOLE ? HOLE_KEY : v);

export class Fragments {
  private readonly used = new Map<string, string>();
  private added = 0;

  private constructor(private readonly file: string | undefined, private readonly key: string, private readonly saved: ReadonlyMap<string, string>) {}

  /**
   * The fragments a previous build with the same key left in `file`; none when it has none (or is
   * not to be trusted) or `fresh` (a build told to render everything: it still saves its own).
   */
  static load(file: string | undefined, key: string, fresh = false): Fragments {
    return new Fragments(file, key, file === undefined || fresh ? new Map() : read(file, key));
  }

  /** A rendering that takes the fragment from the cache when the previous build made the same one. */
  readonly render = (render: Render): Render => (template, data) => {
    const id = createHash('sha1').update(template).update('\0').update(JSON.stringify(data, replacer) ?? '').digest('base64');
    let html = this.used.get(id) ?? this.saved.get(id);
    if (html === undefined) {
      html = render(template, data);
      this.added++;
    }
    this.used.set(id, html);
    return html;
  };

  /**
   * Write the fragments this build used, and those of the file it did not use (pages kept as they
   * were, a spare moved in without its content made) while they are no more than these: a file
   * at most twice what a build uses. Nothing is written when the build rendered no new fragment.
   */
  save(): void {
    if (this.file === undefined || this.added === 0) return;
    const unused = [...this.saved].filter(([id]) => !this.used.has(id));
    const body = JSON.stringify(Object.fromEntries(unused.length <= this.used.size ? [...this.used, ...unused] : this.used));
    const head = JSON.stringify({ version: VERSION, key: this.key, sum: createHash('sha1').update(body).digest('hex') });
    try {
      writeCacheFile(this.file, `${head}\n${body}`);
    } catch { /* a cache that cannot be written: the next build renders again */ }
  }
}

function read(file: string, key: string): Map<string, string> {
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0) return new Map();
    const head = JSON.parse(text.slice(0, nl)) as { version?: unknown; key?: unknown; sum?: unknown };
    const body = text.slice(nl + 1);
    if (head.version !== VERSION || head.key !== key || head.sum !== createHash('sha1').update(body).digest('hex')) return new Map();
    const entries = JSON.parse(body) as unknown;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return new Map();
    const out = new Map<string, string>();
    for (const [id, html] of Object.entries(entries)) {
      if (typeof html !== 'string') return new Map();
      out.set(id, html);
    }
    return out;
  } catch {
    return new Map();
  }
}
