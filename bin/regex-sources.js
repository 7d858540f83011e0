// A build step after tsc (npm run build:ts, prepare), on the compiled modules under build/ (h/pdf84):
// - every `sv(/…/flags)` call becomes `sv("…", "flags")`, the literal's own source and flags as
//   strings. sv() (extract/parse/unicode.ts) makes the same regex of either, and builds most of its
//   patterns only when one first runs; a literal, though, is parsed when its module is compiled and
//   again when the module runs and makes it, whether the pattern ever runs or not: on the 216-page
//   bench PDF the 1 469 such literals cost about a seventh of a second of the CLI's start.
// - every other regex literal at a module's top level (outside any function and class: made once,
//   as the module loads) becomes `new RegExp("…", "flags")`: the same regex, parsed once instead of
//   twice. Literals inside functions stay (one made per call would be parsed at every call: rewriting
//   every literal of build/ so made importing the finders dearer, h/pdf82).
// - every other regex literal with the i and u flags has its \b written as one lookaround where a neighbour is
//   sure to be a word character (asciiBoundaries, extract/parse/unicode.ts: exact under any flags): with both
//   flags V8 compiles \b as lookarounds that defeat its quick scan, and such a pattern is tried at every
//   position of a text (h/pdf88: the bench PDF's sentence-level runs of the 31 such patterns, 2 µs a sentence).
//   sv() reads a source so written back as the TypeScript one (restoreBoundaries), for a source composed of one.
//   Only under extract/: specs/ (which imports nothing from extract/) rewrites its own \b as text (specs/diff/rules.ts wordy).
// The TypeScript sources keep their literals (the editor's and the tests' view); a build without
// this step runs the same, only slower to start.
//
//   node bin/regex-sources.js [DIR]   (default: build)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = process.argv[2] ?? 'build';
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));

// (imported before any module of root is rewritten: the compiled module as tsc wrote it)
const { asciiBoundaries, restoreBoundaries } = await import(pathToFileURL(join(root, 'extract/parse/unicode.js')).href);

let quick = 0;
let svCalls = 0;
let tops = 0;
let files = 0;

/** the regex a literal makes: its source and flags exactly as the module would have read them */
function regexOf(literal, file) {
  const re = new Function(`return ${literal};`)();
  if (!(re instanceof RegExp)) throw new Error(`${file}: ${literal} is no regex literal`);
  return re;
}
for (const file of walk(root)) {
  const text = readFileSync(file, 'utf8');
  if (!/\/[dgimsuvy]*[),;\]}\n]/u.test(text)) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // sv() calls only where `sv` is the one imported from parse/unicode.js
  const sv = sf.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)
    && /(?:^|\/)parse\/unicode\.js$|^\.\/unicode\.js$/u.test(s.moduleSpecifier.text)
    && s.importClause?.namedBindings !== undefined && ts.isNamedImports(s.importClause.namedBindings)
    && s.importClause.namedBindings.elements.some((e) => e.name.text === 'sv' && (e.propertyName === undefined || e.propertyName.text === 'sv')));
  const edits = [];
  const quickHere = relative(root, file).split(sep)[0] === 'extract';
  const visit = (node, inside) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'sv' && sv
      && node.arguments.length === 1 && node.arguments[0].kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const arg = node.arguments[0];
      const re = regexOf(arg.getText(sf), file);
      if (restoreBoundaries(re.source) !== re.source) throw new Error(`${file}: ${re.source} holds (?<!\\w) or (?!\\w): write \\b`);
      edits.push({ start: arg.getStart(sf), end: arg.end, with: `${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)}` });
      svCalls++;
      return;
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const re = regexOf(node.getText(sf), file);
      // a source written with the two lookarounds restoreBoundaries reads as \b would not mean itself in sv()
      if (restoreBoundaries(re.source) !== re.source) throw new Error(`${file}: ${re.source} holds (?<!\\w) or (?!\\w): write \\b`);
      // (only the extractor's modules: specs/ reads its own patterns' \b as text, specs/diff/rules.ts wordy())
      const source = quickHere && re.ignoreCase && re.unicode ? asciiBoundaries(re.source) : re.source;
      if (source !== re.source) {
        const made = new RegExp(source, re.flags);
        if (restoreBoundaries(made.source) !== re.source) throw new Error(`${file}: ${re.source}: asciiBoundaries not undone`);
        edits.push({ start: node.getStart(sf), end: node.end, with: inside ? `/${made.source}/${re.flags}` : `new RegExp(${JSON.stringify(made.source)}, ${JSON.stringify(re.flags)})` });
        quick++;
        if (!inside) tops++;
        return;
      }
      if (inside) return;
      const made = new RegExp(re.source, re.flags);
      // (only where the regex made from the strings is the literal's: the same source and flags)
      if (made.source === re.source && made.flags === re.flags) {
        edits.push({ start: node.getStart(sf), end: node.end, with: `new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)})` });
        tops++;
      }
      return;
    }
    const fn = inside || ts.isFunctionLike(node) || ts.isClassLike(node);
    ts.forEachChild(node, (c) => visit(c, fn));
  };
  visit(sf, false);
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.with + out.slice(e.end);
  writeFileSync(file, out);
  files++;
}
process.stdout.write(`regex literals written as sources: ${svCalls} sv() calls and ${tops} at a module's top level; ${quick} with quick boundaries; in ${files} modules of ${root}\n`);
