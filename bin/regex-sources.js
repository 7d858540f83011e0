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
// The TypeScript sources keep their literals (the editor's and the tests' view); a build without
// this step runs the same, only slower to start.
//
//   node bin/regex-sources.js [DIR]   (default: build)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? 'build';
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));

let calls = 0;
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
  const visit = (node, inside) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'sv' && sv
      && node.arguments.length === 1 && node.arguments[0].kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const arg = node.arguments[0];
      const re = regexOf(arg.getText(sf), file);
      edits.push({ start: arg.getStart(sf), end: arg.end, with: `${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)}` });
      return;
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !inside) {
      const re = regexOf(node.getText(sf), file);
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
  calls += edits.length;
  files++;
}
process.stdout.write(`regex literals written as sources: ${calls - tops} sv() calls and ${tops} at a module's top level, in ${files} modules of ${root}\n`);
