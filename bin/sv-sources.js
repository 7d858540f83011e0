// A build step after tsc (npm run build:ts, prepare): every `sv(/…/flags)` call of the compiled
// modules under build/ becomes `sv("…", "flags")`, the literal's own source and flags as strings.
// sv() (extract/parse/unicode.ts) makes the same regex of either, and builds most of its patterns
// only when one first runs; a literal, though, is parsed when its module is compiled and made when
// the module runs, whether the pattern ever runs or not: on the 216-page bench PDF the 1 450 such
// literals cost about a tenth of a second of the CLI's start (h/pdf84). The TypeScript sources keep
// their literals (the editor's and the tests' view); a build without this step runs the same.
//
//   node bin/sv-sources.js [DIR]   (default: build)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? 'build';
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));

let calls = 0;
let files = 0;
for (const file of walk(root)) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('sv(/')) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // only where `sv` is the one imported from parse/unicode.js
  const imported = sf.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)
    && /(?:^|\/)parse\/unicode\.js$|^\.\/unicode\.js$/u.test(s.moduleSpecifier.text)
    && s.importClause?.namedBindings !== undefined && ts.isNamedImports(s.importClause.namedBindings)
    && s.importClause.namedBindings.elements.some((e) => e.name.text === 'sv' && (e.propertyName === undefined || e.propertyName.text === 'sv')));
  if (!imported) continue;
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'sv'
      && node.arguments.length === 1 && node.arguments[0].kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const arg = node.arguments[0];
      const literal = arg.getText(sf);
      // the regex the literal makes: its source and flags exactly as the module would have read them
      const re = new Function(`return ${literal};`)();
      if (!(re instanceof RegExp)) throw new Error(`${file}: ${literal} is no regex literal`);
      edits.push({ start: arg.getStart(sf), end: arg.end, with: `${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.with + out.slice(e.end);
  writeFileSync(file, out);
  calls += edits.length;
  files++;
}
process.stdout.write(`sv() literals written as sources: ${calls} in ${files} modules of ${root}\n`);
