import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { svWhen } from './helpers/format.js';
import { CHECKLIST_CSS } from './checklists.js';
import { markdownData } from './helpers/markdown.js';

// Handlebars, set up from the templates folder an editor can change: layouts and partials by file
// name, pages compiled on demand. Helpers: `date` (ISO or vague date in Swedish), `eq`, `lowercase` and `memo`; amounts,
// links and facts arrive already formatted from site/model.ts. Everything goes through {{…}}, so all source text is escaped.

export type Render = (template: string, data: Record<string, unknown>) => string;

// The runtime renders; the compiler (parser and code generator: most of the time Handlebars takes to
// load) is loaded only when the templates must be compiled, not when the cache has their code
const requireHere = createRequire(import.meta.url);
const runtime = requireHere('handlebars/runtime') as typeof Handlebars;
const compiler = (): typeof Handlebars => requireHere('handlebars') as typeof Handlebars;

/**
 * The hole row: `{{#memo}}` renders it as HOLE_MARK. A page rendered with it in place of its rows
 * has the mark where the rows go, so rows rendered once (site/pages.ts: the recipients' pages
 * share most of theirs) are spliced in as bytes instead of run through the page again.
 */
export const HOLE: object = Object.freeze({});
export const HOLE_MARK = '\u0000grantspec-rows\u0000';

/** Text escaped as `{{value}}` escapes it in a template. */
export const escapeHtml = (s: string): string => runtime.Utils.escapeExpression(s);

/**
 * The templates of `dir`, compiled. With `cacheDir` (the build's cache folder) the compiled code is
 * kept there, by a hash of the templates and the Handlebars version, and a later build loads it
 * instead of compiling again (a quarter of a one-spec rebuild's rendering).
 */
export async function loadTemplates(dir: string, cacheDir?: string): Promise<Render> {
  const hb = runtime.create();
  hb.registerHelper('date', (v: unknown) => svWhen(v));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('lowercase', (s: unknown) => String(s ?? '').toLowerCase());
  // {{#memo}}…{{/memo}}: a block that reads nothing but its context object (no @index, no ../),
  // rendered once per object: the 311 recipients' pages share the rows of the grants offered alike
  // to all of them (site/pages.ts hands them one object). Its output is the block's own, escaped.
  const memo = new WeakMap<object, string>();
  hb.registerHelper('memo', function (this: unknown, options: Handlebars.HelperOptions) {
    if (typeof this !== 'object' || this === null) return options.fn(this);
    if (this === HOLE) return HOLE_MARK;
    let html = memo.get(this);
    if (html === undefined) { html = options.fn(this); html.charCodeAt(0); memo.set(this, html); }
    return html;
  });
  // the templates by name: partials (layouts/ and partials/ by file name, and the checklist's inlined
  // styles, a partial so they are written as they are, not escaped) and pages; a partial renders
  // on its own too, as `partials/NAME`: what it writes where a page includes it
  const partials = new Map<string, string>([['checklist-css', CHECKLIST_CSS]]);
  const pages = new Map<string, string>();
  for (const sub of ['layouts', 'partials', 'pages', 'checklists']) {
    for (const f of (await readdir(join(dir, sub))).filter((x) => x.endsWith('.hbs')).sort()) {
      const name = basename(f, '.hbs');
      const text = await readFile(join(dir, sub, f), 'utf8');
      if (sub === 'layouts' || sub === 'partials') partials.set(name, text);
      if (sub === 'partials') pages.set(`partials/${name}`, `{{> ${name}}}`);
      if (sub === 'pages' || sub === 'checklists') pages.set(`${sub}/${name}`, text);
    }
  }
  const specs = precompiled(new Map([...[...partials].map(([n, t]): [string, string] => [`partial:${n}`, t]), ...pages]), cacheDir);
  for (const name of partials.keys()) hb.registerPartial(name, hb.template(specs.get(`partial:${name}`)!));
  const compiled = new Map([...pages.keys()].map((name) => [name, hb.template(specs.get(name)!)]));
  return (template, data) => {
    const t = compiled.get(template);
    if (!t) throw new Error(`no template ${template}.hbs in ${dir}`);
    return t(template.endsWith('.md') ? markdownData(data) : data);
  };
}

// a fresh object each time: Handlebars adds its defaults to the options it is given
const options = (): PrecompileOptions => ({ strict: false, preventIndent: true, knownHelpers: { date: true, eq: true, lowercase: true, memo: true }, knownHelpersOnly: true });

type Spec = Parameters<typeof Handlebars.template>[0];
type PrecompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;

/**
 * Each template's compiled code (Handlebars.precompile: what hb.compile would build), from the
 * cache file when it was made from the same templates by the same Handlebars, else compiled and
 * saved there. Partials are compiled here too, with the pages' options: never at render time.
 */
function precompiled(sources: ReadonlyMap<string, string>, cacheDir: string | undefined): Map<string, Spec> {
  const key = createHash('sha256').update(JSON.stringify([runtime.VERSION, options(), [...sources]])).digest('hex');
  const file = cacheDir === undefined ? undefined : join(cacheDir, 'templates.json');
  // a build loads the templates twice in one thread (its grants, then the site-wide pages): the
  // second time the code this thread read from the same cache file for the same sources is at hand,
  // not read and made into functions again
  const memo = file === undefined ? undefined : `${file}\0${key}`;
  const done = memo === undefined ? undefined : loadedFrom.get(memo);
  if (done !== undefined) return done;
  let code: Record<string, string> | undefined;
  try {
    const saved = file === undefined ? undefined : JSON.parse(readFileSync(file, 'utf8')) as { key?: string; code?: Record<string, string> };
    if (saved?.key === key) code = saved.code;
  } catch { /* none yet, or torn: compile */ }
  const read = code !== undefined && [...sources.keys()].every((n) => typeof code![n] === 'string');
  if (!read) {
    const hbc = compiler();
    code = Object.fromEntries([...sources].map(([n, text]) => [n, String(hbc.precompile(text, options()))]));
    if (file !== undefined) {
      const tmp = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, JSON.stringify({ key, code }), 'utf8');
      renameSync(tmp, file);
    }
  }
  // the code is Handlebars' own output for these templates (the key says which), read back from
  // the build's private cache folder; it is an object literal, made a value as the runtime takes it
  const specs = new Map([...sources.keys()].map((n): [string, Spec] => [n, new Function(`return (${code![n]!});`)() as Spec]));
  if (read && memo !== undefined) loadedFrom.set(memo, specs);
  return specs;
}

/** The templates' code as read from a cache file, by the file and the hash of the sources (see precompiled). */
const loadedFrom = new Map<string, Map<string, Spec>>();
