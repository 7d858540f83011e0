// usage: node test/extract/kind-margins.mjs [--rows] [--near N] [ROOT]
// (ROOT: a built tree, default this one; `npm run build:ts` first)
//
// How far each dev text of the reporting genres (gold genre reporting-form, reporting-instructions or anvisning) sits from
// the reporting-form/anvisning line, in each of its formats: the text, and its HTML and Word variants (test/corpus/dev-html,
// dev-docx), as held-out is scored in every format (issue 12, h/kind66). Per text and format: the form and anvisning
// points, the margin, what decided (a rule of formByRules, or the score) and the slack, the points the evidence may lose
// (a form) or must gain (an anvisning) before the decision flips:
//   slack = min(form - needed form, margin - needed margin) (a form by score needs slack >= 0 and two different marks);
//   a text decided by a rule has the slack of its score beside it, for the record ("rule").
// Prints one line per text and format (with --rows), then the distribution per genre and per format: right, wrong,
// decided by a rule, and how many right texts by score sit within 2 points of flipping (a form with slack 0 or 1, an
// anvisning with slack -1 or -2), and the texts whose decision differs between formats.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const rowsFlag = args.includes('--rows');
const nearAt = args.includes('--near') ? Number(args[args.indexOf('--near') + 1]) : 2;
const rootArg = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--near')[0];
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const root = resolve(rootArg ?? here);
const { readDocument } = await import(pathToFileURL(join(root, 'build/extract/read/index.js')).href);
const { explainKind } = await import(pathToFileURL(join(root, 'build/extract/fields/reporting-form.js')).href);

const corpus = join(here, 'test/corpus');
const genres = ['reporting-form', 'reporting-instructions', 'anvisning'];
const formats = [['txt', 'dev', '.txt'], ['html', 'dev-html', '.html'], ['docx', 'dev-docx', '.docx']];
const golds = readdirSync(join(corpus, 'dev-gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ f, g: JSON.parse(readFileSync(join(corpus, 'dev-gold', f), 'utf8')) }))
  .filter(({ g }) => genres.includes(g.genre));

const out = [];
for (const { f, g } of golds) {
  const stem = basename(g.source).replace(/\.txt$/u, '');
  const want = g.genre === 'reporting-form' ? 'reporting-form' : 'anvisning';
  for (const [fmt, dir, ext] of formats) {
    const file = join(corpus, dir, stem + ext);
    if (!existsSync(file)) continue;
    let why;
    try {
      why = explainKind(await readDocument(file));
    } catch (e) {
      out.push({ f, stem, genre: g.genre, fmt, want, error: String(e.message ?? e).slice(0, 80) });
      continue;
    }
    const margin = why.form - why.anvisning;
    const slack = Math.min(why.form - why.needs.form, margin - why.needs.margin, why.marks >= why.needs.marks ? Infinity : -1);
    const byRule = why.decidedBy.startsWith('rule');
    const byHead = !byRule && why.kind === 'reporting-form' && slack < 0;
    out.push({ f, stem, genre: g.genre, fmt, want, got: why.kind, form: why.form, anvisning: why.anvisning, margin, marks: why.marks, slack, byRule, byHead, rule: byRule ? why.decidedBy.slice(6) : byHead ? 'head-over-questions' : '', unsure: why.unsure });
  }
}

const num = (s) => s.replace(/^(\d+).*$/u, '$1');
if (rowsFlag) {
  for (const r of out) {
    if (r.error) { console.log(`${num(r.stem).padStart(5)} ${r.fmt.padEnd(4)} ${r.genre.padEnd(22)} ERROR ${r.error}`); continue; }
    const mark = r.got === r.want ? ' ' : 'X';
    console.log(`${mark} ${num(r.stem).padStart(5)} ${r.fmt.padEnd(4)} ${r.genre.padEnd(22)} ${r.got.padEnd(14)} form ${String(r.form).padStart(3)} anv ${String(r.anvisning).padStart(3)} margin ${String(r.margin).padStart(4)} marks ${r.marks} slack ${String(r.slack === Infinity ? '-' : r.slack).padStart(4)}${r.rule ? ` rule ${r.rule}` : ''}${r.unsure ? ' unsure' : ''}`);
  }
}

/** right by score and within nearAt points of flipping: a form that may lose nearAt points, an anvisning that may gain them */
const near = (r) => !r.byRule && !r.byHead && r.got === r.want && (r.want === 'reporting-form' ? r.slack < nearAt : r.slack >= -nearAt);
const line = (label, rs) => {
  const ok = rs.filter((r) => !r.error);
  const right = ok.filter((r) => r.got === r.want);
  const rule = ok.filter((r) => r.byRule || r.byHead);
  const score = right.filter((r) => !r.byRule && !r.byHead);
  const slacks = score.map((r) => r.want === 'reporting-form' ? r.slack : -r.slack).filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  const median = slacks.length ? slacks[Math.floor(slacks.length / 2)] : '-';
  return `${label.padEnd(34)} texts ${String(rs.length).padStart(4)} right ${String(right.length).padStart(4)} wrong ${String(ok.length - right.length).padStart(3)} errors ${rs.length - ok.length}  by rule ${String(rule.length).padStart(3)}  right by score ${String(score.length).padStart(4)}, within ${nearAt} of flipping ${String(ok.filter(near).length).padStart(3)}, median distance ${median}`;
};
console.log(`\nkind margins (root ${root}); distance = points a right text by score may lose (form) or gain (anvisning) before it flips`);
for (const genre of genres) {
  console.log(line(genre, out.filter((r) => r.genre === genre)));
  for (const [fmt] of formats) console.log(line(`  ${fmt}`, out.filter((r) => r.genre === genre && r.fmt === fmt)));
}
console.log(line('all', out));
const wrong = out.filter((r) => !r.error && r.got !== r.want);
console.log(`\nwrong (${wrong.length}): ${wrong.map((r) => `${num(r.stem)}/${r.fmt}`).join(' ')}`);
const nearList = out.filter((r) => !r.error && near(r));
console.log(`within ${nearAt} of flipping (${nearList.length}): ${nearList.map((r) => `${num(r.stem)}/${r.fmt}(${r.slack})`).join(' ')}`);
const byStem = new Map();
for (const r of out) if (!r.error) byStem.set(r.stem, [...(byStem.get(r.stem) ?? []), r]);
const unstable = [...byStem.values()].filter((rs) => new Set(rs.map((r) => r.got)).size > 1);
console.log(`decision differs between formats (${unstable.length} of ${byStem.size} texts): ${unstable.map((rs) => `${num(rs[0].stem)}[${rs.map((r) => `${r.fmt}:${r.got === 'reporting-form' ? 'F' : 'A'}`).join(',')}]`).join(' ')}`);
const slackMoves = [...byStem.values()].filter((rs) => rs.length > 1 && new Set(rs.map((r) => r.slack)).size > 1);
console.log(`slack differs between formats (${slackMoves.length} texts)`);
