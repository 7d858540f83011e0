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
// Values JSON writes as it writes others, or drops, though a template renders them apart: undefined
// (dropped: an {{#each}} over an object still sees its key) and NaN and ±Infinity (written null:
// "NaN" against "") are keyed as marks of their own, like the hole row. Data holding a bigint, a
// function, a symbol or an object that is not a plain object or array (a Map written {}, a Date
// written as its ISO text but rendered in local time) is not keyed: rendered every time, never
// taken from or put in the cache.
const UNKEYABLE = Symbol('unkeyable');
const plain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === Array.prototype || proto === null;
};
function replacer(this: unknown, key: string, v: unknown): unknown {
  if (v === HOLE) return HOLE_KEY;
  // the value as the data holds it, before a toJSON made it another (a Date its text)
  const raw = (this as Record<string, unknown>)[key];
  // a text of the data's own that begins as a mark does gets one NUL more: never taken for a mark
  if (typeof raw === 'string' && raw.startsWith('\u0000')) return `\u0000${raw}`;
  if (raw === undefined) return '\u0000grantspec-undefined\u0000';
  if (typeof raw === 'number' && !Number.isFinite(raw)) return `\u0000grantspec-${String(raw)}\u0000`;
  if (typeof raw === 'bigint' || typeof raw === 'function' || typeof raw === 'symbol') throw UNKEYABLE;
  if (typeof raw === 'object' && raw !== null && !plain(raw)) throw UNKEYABLE;
  return v;
}

/** The cache's id of a rendering: its template and its data as JSON, or undefined for data that cannot be keyed. */
function idOf(template: string, data: Record<string, unknown>): string | undefined {
  let json: string;
  try {
    json = JSON.stringify(data, replacer);
  } catch (e) {
    if (e === UNKEYABLE) return undefined;
    throw e;
  }
  return createHash('sha1').update(template).update('\0').update(json).digest('base64');
}

export class Fragments {
  private readonly used = new Map<string, string>();
  private added = 0;
  private kept: ReadonlyMap<string, string> | undefined;

  private constructor(private readonly file: string | undefined, private readonly key: string, private readonly fresh: boolean) {}

  /**
   * The fragments a previous build with the same key left in `file`; none when it has none (or is
   * not to be trusted) or `fresh` (a build told to render everything: it still saves its own). The
   * file is read when the first fragment is asked for: a rebuild that keeps every recipient's page
   * (a reworded condition) does not read it (2 MB for 1 000 grant-years, parsed and checked).
   */
  static load(file: string | undefined, key: string, fresh = false): Fragments {
    return new Fragments(file, key, fresh);
  }

  private get saved(): ReadonlyMap<string, string> {
    this.kept ??= this.file === undefined || this.fresh ? new Map() : read(this.file, this.key);
    return this.kept;
  }

  /** A rendering that takes the fragment from the cache when the previous build made the same one. */
  readonly render = (render: Render): Render => (template, data) => {
    const id = idOf(template, data);
    if (id === undefined) return render(template, data);
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
