import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { svWhen } from './helpers/format.js';
import { CHECKLIST_CSS } from './checklists.js';
import { markdownData } from './helpers/markdown.js';

// Handlebars, set up from the templates folder an editor can change: layouts and partials by file
// name, pages compiled on demand. Helpers: `date` (ISO or vague date in Swedish), `eq`, `lowercase` and `memo`; amounts,
// links and facts arrive already formatted from site/model.ts. Everything goes through {{…}}, so all source text is escaped.

export type Render = (template: string, data: Record<string, unknown>) => string;

/**
 * The hole row: `{{#memo}}` renders it as HOLE_MARK. A page rendered with it in place of its rows
 * has the mark where the rows go, so rows rendered once (site/pages.ts: the recipients' pages
 * share most of theirs) are spliced in as bytes instead of run through the page again.
 */
export const HOLE: object = Object.freeze({});
export const HOLE_MARK = '\u0000grantspec-rows\u0000';

export async function loadTemplates(dir: string): Promise<Render> {
  const hb = Handlebars.create();
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
  // the printable checklist's inlined styles: a partial, so they are written as they are (not escaped)
  hb.registerPartial('checklist-css', CHECKLIST_CSS);
  const options = { strict: false, preventIndent: true, knownHelpers: { date: true, eq: true, lowercase: true, memo: true }, knownHelpersOnly: true };
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const sub of ['layouts', 'partials']) {
    for (const f of (await readdir(join(dir, sub))).filter((x) => x.endsWith('.hbs')).sort()) {
      hb.registerPartial(basename(f, '.hbs'), await readFile(join(dir, sub, f), 'utf8'));
      // a partial on its own too (`partials/NAME`): what it writes where a page includes it
      if (sub === 'partials') compiled.set(`partials/${basename(f, '.hbs')}`, hb.compile(`{{> ${basename(f, '.hbs')}}}`, options));
    }
  }
  for (const sub of ['pages', 'checklists']) {
    for (const f of (await readdir(join(dir, sub))).filter((x) => x.endsWith('.hbs')).sort()) {
      compiled.set(`${sub}/${basename(f, '.hbs')}`, hb.compile(await readFile(join(dir, sub, f), 'utf8'), options));
    }
  }
  return (template, data) => {
    const t = compiled.get(template);
    if (!t) throw new Error(`no template ${template}.hbs in ${dir}`);
    return t(template.endsWith('.md') ? markdownData(data) : data);
  };
}
