#!/usr/bin/env node
// The experiment of 5 December 2026 (h/snap68, issue 13; numbers in the README's PDF speed
// paragraphs): `grantspec extract` started from a V8 startup snapshot of Node's own
// (`node --snapshot-blob BLOB --build-snapshot ENTRY`, Node 20.20), its heap holding the extract
// command's modules and pdf.js already loaded. Not adopted; kept to measure it again on a later
// Node (22 and later snapshot more of Node's built-ins and may keep more).
//
//   npm install --no-save esbuild@0.25 && npm run build:ts && node test/bench/snapshot.mjs DIR [--pdfjs] [--all]
//
// Makes in DIR (a new folder): entry.mjs, the snapshot's entry (the extract path's modules of
// this checkout's build/ loaded, and with --pdfjs pdf.js too; the CLI run by the snapshot's main
// function); grantspec.cjs, that entry and all it imports bundled into one CommonJS file by
// esbuild (`npm install --no-save esbuild@0.25` first, no dependency of the project: a snapshot's
// entry must be one script requiring nothing but Node's built-ins), minified with the names kept (a smaller source in the heap: the
// snapshot starts 0.04 s sooner), each module's import.meta.url kept as its own file's; without
// --all the packages only the other readers and commands use are left out of the bundle (a
// smaller heap; an HTML or .docx input then fails: "Cannot find module 'unified'"); grantspec.blob, the
// snapshot; and DIR/bin/grantspec.js, a stand-in for bin/grantspec.js that starts a second Node
// from the blob (as the CLI would have to: a running Node cannot take a snapshot), so that DIR is a
// "checkout" for test/bench/pdf-outputs.mjs. Then
//
//   node DIR/bin/grantspec.js extract FILE --format json          # through the snapshot
//   node --snapshot-blob DIR/grantspec.blob extract FILE --format json   # the same, without the stand-in
//
// What had to be worked around (Node 20.20, V8 11.3):
// - the builder's context lacks the shipped features V8 adds to a context made from a snapshot
//   (Array.prototype.toSorted and with, SharedArrayBuffer …), so pdf.js's core-js polyfills them
//   there, and V8 aborts at the start on the names already taken ("Check failed: current_key !=
//   *desc->GetKey()"): what core-js added to the built-ins is taken out before the snapshot is
//   written and put back as it starts, V8's own kept where it has one;
// - reading a descriptor of one of Node's native accessors on the global object leaves a native
//   function the serializer cannot write ("Unknown external reference"): the global object is
//   compared by its names only;
// - warming the finders in the builder (one extraction before the snapshot is written, so that the
//   functions' bytecode and the patterns' first runs are in it) aborts the serializer on compiled
//   code ("unreachable code" in VisitCodePointer); built with --no-opt --no-sparkplug
//   --no-maglev --regexp-interpret-all it is written, but a blob is refused by a Node started
//   without the same flags ("built with … different V8 configurations"); nor can a PDF be read
//   in the builder (pdf.js needs SharedArrayBuffer, which the builder lacks), nor a file hashed
//   (node:crypto asserts), so the snapshot can hold only the modules, loaded.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFile, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirArg = process.argv[2];
if (!dirArg || dirArg.startsWith('--')) {
  process.stderr.write('usage: node test/bench/snapshot.mjs DIR [--pdfjs] [--all]\n');
  process.exit(2);
}
const dir = resolve(dirArg);
const withPdfjs = process.argv.includes('--pdfjs');
const all = process.argv.includes('--all');
mkdirSync(join(dir, 'bin'), { recursive: true });
const build = (p) => JSON.stringify(join(ROOT, 'build', p));

// The entry. cli.js runs the command line at its first evaluation, so it is loaded by the main
// function, not before; the modules it would load for `extract` are loaded here.
writeFileSync(join(dir, 'entry.mjs'), `import { startupSnapshot } from 'node:v8';
import ${build('extract/index.js')};
import ${build('extract/finders.js')};
import ${build('extract/notes.js')};
import { loadPdfjs } from ${build('extract/read/pdf-pages.js')};

const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array);
const INTRINSICS = [Object, Object.prototype, Array, Array.prototype, Function.prototype, Number, Math, JSON, Promise, Promise.prototype,
  ArrayBuffer, ArrayBuffer.prototype, TYPED_ARRAY, TYPED_ARRAY.prototype, Uint8Array, Uint8Array.prototype,
  Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, String, String.prototype, Symbol, Reflect, RegExp, RegExp.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))];
const props = () => new Map([[globalThis, new Map(Reflect.ownKeys(globalThis).map((k) => [k, undefined]))],
  ...INTRINSICS.map((o) => [o, new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)]))])]);
const same = (a, b) => a === b || (!!a && !!b && Object.is(a.value, b.value) && a.get === b.get && a.set === b.set
  && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable);

const before = props();
if (${JSON.stringify(withPdfjs)}) void loadPdfjs().then(() => {
  const changed = [];
  for (const [on, had] of before) {
    for (const key of Reflect.ownKeys(on)) {
      if (!had.has(key)) changed.push({ on, key, was: undefined, now: Object.getOwnPropertyDescriptor(on, key) });
      else if (on !== globalThis && !same(had.get(key), Object.getOwnPropertyDescriptor(on, key))) changed.push({ on, key, was: had.get(key), now: Object.getOwnPropertyDescriptor(on, key) });
    }
  }
  startupSnapshot.addSerializeCallback(() => {
    for (const p of changed) if (p.was) Object.defineProperty(p.on, p.key, p.was); else Reflect.deleteProperty(p.on, p.key);
  });
  startupSnapshot.addDeserializeCallback(() => {
    for (const p of changed) {
      if (!p.was && Object.getOwnPropertyDescriptor(p.on, p.key)) continue;
      if (p.now) Object.defineProperty(p.on, p.key, p.now); else Reflect.deleteProperty(p.on, p.key);
    }
  });
  process.stderr.write(\`snapshot: \${changed.length} properties of the built-ins set aside\\n\`);
});
// a Node started from a snapshot has argv [node, ...arguments]: the CLI reads them from argv[2]
startupSnapshot.setDeserializeMainFunction(() => {
  process.argv.splice(1, 0, ${JSON.stringify(join(ROOT, 'bin/grantspec.js'))});
  import(${build('bin/cli.js')});
});
`);

// one CommonJS file; import.meta.url is each module's own (pdf.js, the needs tables and the CLI read beside themselves)
// esbuild is no dependency of the project (the snapshot was not adopted): `npm install --no-save esbuild@0.25`
const { build: bundle } = await import('esbuild').catch(() => {
  process.stderr.write('test/bench/snapshot.mjs needs esbuild: npm install --no-save esbuild@0.25 (measured with 0.25.12)\n');
  process.exit(2);
});
const read = promisify(readFile);
await bundle({
  entryPoints: [join(dir, 'entry.mjs')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  outfile: join(dir, 'grantspec.cjs'), logLevel: 'warning', minify: true, keepNames: true,
  external: all ? [] : ['handlebars', 'mammoth', 'minisearch', 'yaml', 'zod', 'js-yaml', 'unified', 'remark-parse', 'remark-gfm', 'rehype-parse', 'hast-util-to-mdast'],
  plugins: [{
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.m?js$/ }, async (args) => {
        const text = await read(args.path, 'utf8');
        return text.includes('import.meta.url') ? { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'js' } : undefined;
      });
    },
  }],
});
const made = spawnSync(process.execPath, ['--snapshot-blob', join(dir, 'grantspec.blob'), '--build-snapshot', join(dir, 'grantspec.cjs')], { encoding: 'utf8' });
process.stderr.write(made.stderr.split('\n').filter((l) => l.startsWith('snapshot:') || /error/iu.test(l)).join('\n') + '\n');
if (made.status !== 0 || !existsSync(join(dir, 'grantspec.blob'))) process.exit(1);

// the stand-in CLI: a second Node, started from the blob, with this one's arguments and streams
writeFileSync(join(dir, 'bin/grantspec.js'), `import { spawnSync } from 'node:child_process';
const r = spawnSync(process.execPath, ['--snapshot-blob', ${JSON.stringify(join(dir, 'grantspec.blob'))}, ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
`);
writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
process.stdout.write(`${join(dir, 'grantspec.blob')}\n`);
