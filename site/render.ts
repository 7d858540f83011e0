import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { svWhen } from './helpers/format.js';
import { CHECKLIST_CSS } from './checklists.js';
import { markdownData } from './helpers/markdown.js';

// Handlebars, set up from the templates folder an editor can change: layouts and partials by file
// name, pages compiled on demand. Helpers: `date` (ISO or vague date in Swedish) and `eq`; amounts,
// links and facts arrive already formatted from site/model.ts. Everything goes through {{…}}, so all source text is escaped.

export type Render = (template: string, data: Record<string, unknown>) => string;

export async function loadTemplates(dir: string): Promise<Render> {
  const hb = Handlebars.create();
  hb.registerHelper('date', (v: unknown) => svWhen(v));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('lowercase', (s: unknown) => String(s ?? '').toLowerCase());
  // the printable checklist's inlined styles: a partial, so they are written as they are (not escaped)
  hb.registerPartial('checklist-css', CHECKLIST_CSS);
  for (const sub of ['layouts', 'partials']) {
    for (const f of (await readdir(join(dir, sub))).filter((x) => x.endsWith('.hbs')).sort()) {
      hb.registerPartial(basename(f, '.hbs'), await readFile(join(dir, sub, f), 'utf8'));
    }
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const sub of ['pages', 'checklists']) {
    for (const f of (await readdir(join(dir, sub))).filter((x) => x.endsWith('.hbs')).sort()) {
      compiled.set(`${sub}/${basename(f, '.hbs')}`, hb.compile(await readFile(join(dir, sub, f), 'utf8'), { strict: false, preventIndent: true, knownHelpers: { date: true, eq: true, lowercase: true }, knownHelpersOnly: true }));
    }
  }
  return (template, data) => {
    const t = compiled.get(template);
    if (!t) throw new Error(`no template ${template}.hbs in ${dir}`);
    return t(template.endsWith('.md') ? markdownData(data) : data);
  };
}
