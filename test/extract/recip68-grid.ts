import { get } from '../helpers.js';
import { specOf } from './probe.js';

// Generated grid for issue 12's recipients.types misses (helper recip68): who may apply when the applicant is the subject of
// the applying clause and that subject is long or indirect. Every cell is one constructed text: a title, one or two filler
// lines and one sentence, whose subject is built from
//   a shape   — the head noun bare, with one to three modifiers of different kinds (med …, som …, i …), the "ni som X"
//               and "du som är en X" appositions, the possessive "din/er X", the conditional "Om din X …", "Om ni som X …",
//               "Om ni är en X …", and "X som vill söka …";
//   a type    — a head noun of each recipient type of the contract (grant-spec.md recipients.types: region | kommun |
//               organisation | länsstyrelse | huvudman), organisation by four different nouns;
//   a verb    — "kan söka", "får söka", "kan ansöka om", "har möjlighet att söka".
// Distractor cells name a recipient noun in another role (those granted before, a purpose's beneficiaries, a giver, a
// denial, an applicant the contract has no type for) and must give no type, or the one other type they name.
//
// The cells are split by a fixed rule, an FNV-1a hash of the cell id modulo 2, into half A (looked at while fixing) and half
// B (only ever counted).

export type Verdict = 'right' | 'missing' | 'wrong';
export interface Cell { readonly id: string; readonly cls: string; readonly text: string; readonly want: readonly string[]; readonly alsoRight?: ReadonlyArray<readonly string[]> }
export interface Row extends Cell { readonly half: 'A' | 'B'; readonly verdict: Verdict; readonly got: readonly string[] }

/** A stable 32-bit hash of a cell id (FNV-1a): the half a cell falls in and its filler lines. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}
export const half = (id: string): 'A' | 'B' => (hash(id) % 2 === 0 ? 'A' : 'B');

/** A head noun: plural, bare singular (after "som"), indefinite singular, possessive, and the contract's type. */
interface Noun { readonly t: string; readonly pl: string; readonly sg: string; readonly indef: string; readonly poss: string; readonly want: string }
const NOUNS: readonly Noun[] = [
  { t: 'kommun', pl: 'kommuner', sg: 'kommun', indef: 'en kommun', poss: 'er kommun', want: 'kommun' },
  { t: 'region', pl: 'regioner', sg: 'region', indef: 'en region', poss: 'er region', want: 'region' },
  { t: 'forening', pl: 'föreningar', sg: 'förening', indef: 'en förening', poss: 'din förening', want: 'organisation' },
  { t: 'idrottsforening', pl: 'idrottsföreningar', sg: 'idrottsförening', indef: 'en idrottsförening', poss: 'din idrottsförening', want: 'organisation' },
  { t: 'organisation', pl: 'ideella organisationer', sg: 'ideell organisation', indef: 'en ideell organisation', poss: 'er organisation', want: 'organisation' },
  { t: 'studieforbund', pl: 'studieförbund', sg: 'studieförbund', indef: 'ett studieförbund', poss: 'ert studieförbund', want: 'organisation' },
  { t: 'lansstyrelse', pl: 'länsstyrelser', sg: 'länsstyrelse', indef: 'en länsstyrelse', poss: 'er länsstyrelse', want: 'länsstyrelse' },
  { t: 'huvudman', pl: 'huvudmän', sg: 'huvudman', indef: 'en huvudman', poss: 'er huvudman', want: 'huvudman' },
];

/** The applying verbs: finite ("kan söka"), split for the inverted clause after "Om …" ("kan ni söka"), and the infinitive. */
interface Verb { readonly v: string; readonly aux: string; readonly rest: string; readonly inf: string }
const VERBS: readonly Verb[] = [
  { v: 'kan-soka', aux: 'kan', rest: 'söka', inf: 'söka' },
  { v: 'far-soka', aux: 'får', rest: 'söka', inf: 'söka' },
  { v: 'kan-ansoka-om', aux: 'kan', rest: 'ansöka om', inf: 'ansöka om' },
  { v: 'har-mojlighet', aux: 'har', rest: 'möjlighet att söka', inf: 'söka' },
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fin = (v: Verb): string => `${v.aux} ${v.rest}`;
const inverted = (v: Verb): string => `${v.aux} ni ${v.rest}`;

/** The subject shapes: the sentence from a noun and a verb. */
const SHAPES: ReadonlyArray<{ s: string; put: (n: Noun, v: Verb) => string }> = [
  { s: 'bare', put: (n, v) => `${cap(n.pl)} ${fin(v)} bidraget.` },
  { s: 'med', put: (n, v) => `${cap(n.pl)} med verksamhet för barn och unga ${fin(v)} bidraget.` },
  { s: 'som', put: (n, v) => `${cap(n.pl)} som bedriver verksamhet för barn och unga ${fin(v)} bidraget.` },
  { s: 'i', put: (n, v) => `${cap(n.pl)} i Västra Götalands län ${fin(v)} bidraget.` },
  { s: 'i-som', put: (n, v) => `${cap(n.pl)} i länet som arbetar med lovaktiviteter ${fin(v)} bidraget.` },
  { s: 'med-som-i', put: (n, v) => `${cap(n.pl)} med barn- och ungdomsverksamhet som är registrerade i Solnas register ${fin(v)} bidraget.` },
  { s: 'ni-som', put: (n, v) => `Ni som ${n.sg} ${fin(v)} bidraget.` },
  { s: 'du-som-ar', put: (n, v) => `Du som företräder ${n.indef} ${fin(v)} bidraget.` },
  { s: 'possessive', put: (n, v) => `${cap(n.poss)} ${fin(v)} bidraget.` },
  { s: 'om-possessive', put: (n, v) => `Om ${n.poss} uppfyller villkoren ${inverted(v)} bidraget.` },
  { s: 'om-ni-som', put: (n, v) => `Om ni som ${n.sg} anordnar aktiviteter för barn och unga ${inverted(v)} bidraget.` },
  { s: 'om-ni-ar', put: (n, v) => `Om ni är ${n.indef} med verksamhet i länet ${inverted(v)} bidraget.` },
  { s: 'som-vill', put: (n, v) => `${cap(n.pl)} som vill ${v.inf} bidraget ska skicka in ansökan i e-tjänsten.` },
];

const TITLES = ['Bidrag till lokala aktiviteter', 'Aktivitetsbidrag 2025', 'Stöd för sommarlovsaktiviteter'];
const FILLERS = ['Bidraget får användas till kostnader för aktiviteter.', 'Sista ansökningsdag är 1 mars 2025.', 'Läs mer om villkoren nedan.'];

/** A text of a title, 0–1 fillers, the line, and the fillers left (by the id's hash). */
function textOf(id: string, line: string, title = TITLES[hash(id) % TITLES.length]!): string {
  const before = hash(`${id}#`) % 2;
  return `${[title, ...FILLERS.slice(0, before), line, ...FILLERS.slice(before, before + 2)].join('\n')}\n`;
}

/**
 * The distractors: a recipient noun in another role. `want` is the one type the line does name as an applicant, or none.
 * Companies and private persons are no type of the contract: no type, or 'other'.
 */
const DISTRACTORS: ReadonlyArray<{ x: string; line: string; want: string[]; alsoRight?: string[][] }> = [
  // (no applying clause; but the text does state who gets the grant, and the extractor reads "Föreningar som fått bidrag …" as
  // the recipients when nothing else names them, by design: cues/reporting.ts GRANTED_RECIPIENTS, a reporting text's
  // recipients. Counted wrong in the first run; after it, organisation is accepted too and the report says so)
  { x: 'fatt-bidrag-redovisa', line: 'Föreningar som fått bidrag ska redovisa hur pengarna har använts.', want: [], alsoRight: [['organisation']] },
  { x: 'beviljats-redovisning', line: 'Föreningar som har beviljats bidrag ska lämna en redovisning senast den 1 december.', want: [], alsoRight: [['organisation']] },
  { x: 'kommuner-for-foreningar', line: 'Kommuner i länet har möjlighet att söka stöd för föreningar.', want: ['kommun'] },
  { x: 'regioner-till-foreningar', line: 'Regioner kan söka bidraget för insatser till föreningar och studieförbund.', want: ['region'] },
  { x: 'kommuner-for-barn', line: 'Kommuner som vill söka bidraget ska beskriva insatser för barn i föreningar.', want: ['kommun'] },
  { x: 'gar-till-barn', line: 'Bidraget ska gå till aktiviteter för barn och unga.', want: [] },
  { x: 'malgrupp-barn', line: 'Målgruppen är barn och unga i kommunen.', want: [] },
  { x: 'som-vill-veta', line: 'Föreningar som vill veta mer kan kontakta kommunen.', want: [] },
  { x: 'privatpersoner', line: 'Privatpersoner med en god idé kan söka bidraget.', want: [], alsoRight: [['other']] },
  { x: 'foretag-med', line: 'Företag med verksamhet i kommunen kan söka bidraget.', want: [], alsoRight: [['other']] },
  { x: 'foretag-samarbeta', line: 'Företag som är registrerade i Sverige kan söka stöd för att samarbeta med föreningar.', want: [], alsoRight: [['other']] },
  { x: 'ni-som-privatperson', line: 'Ni som privatperson kan söka bidraget.', want: [], alsoRight: [['other']] },
  { x: 'om-ni-som-foretag', line: 'Om ni som företag anordnar aktiviteter för barn kan ni söka stöd.', want: [], alsoRight: [['other']] },
  { x: 'din-forening-inte', line: 'Din förening kan inte söka bidraget.', want: [] },
  { x: 'foreningar-inte', line: 'Föreningar med verksamhet i kommunen kan inte söka bidraget.', want: [] },
  { x: 'sokas-av-kommuner', line: 'Stöd till föreningar som arbetar för barn kan sökas av kommuner.', want: ['kommun'] },
  { x: 'inte-sokas-av-foreningar', line: 'Bidraget kan inte sökas av föreningar.', want: [] },
  { x: 'personer-kontakta-forening', line: 'Enskilda personer som vill söka stöd kan kontakta sin förening.', want: [] },
  { x: 'kommunen-giver', line: 'Kommunen beviljar bidrag för kostnader i projektet.', want: [] },
  { x: 'samverkan-kommunen', line: 'Företag i länet kan söka stödet i samverkan med kommunen.', want: [], alsoRight: [['other']] },
];

export function cells(): Cell[] {
  const out: Cell[] = [];
  for (const shape of SHAPES) {
    for (const noun of NOUNS) {
      for (const verb of VERBS) {
        const id = `${shape.s}/${noun.t}/${verb.v}`;
        out.push({ id, cls: `shape/${shape.s}`, text: textOf(id, shape.put(noun, verb)), want: [noun.want] });
      }
    }
  }
  for (const x of DISTRACTORS) {
    for (const [i, title] of TITLES.entries()) {
      const id = `x/${x.x}/${i}`;
      out.push({ id, cls: `distractor/${x.x}`, text: textOf(id, x.line, title), want: x.want, alsoRight: x.alsoRight });
    }
  }
  return out;
}

export function judge(spec: unknown, c: Cell): { verdict: Verdict; got: string[] } {
  const got = [...((get(spec, 'recipients.types') as string[] | undefined) ?? [])].sort();
  const same = (w: readonly string[]): boolean => w.length === got.length && [...w].sort().every((t, i) => t === got[i]);
  if (same(c.want) || (c.alsoRight ?? []).some(same)) return { verdict: 'right', got };
  if (got.some((t) => !c.want.includes(t))) return { verdict: 'wrong', got };
  return { verdict: 'missing', got };
}

export async function score(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cells()) {
    const spec = await specOf(c.text).catch(() => ({}));
    rows.push({ ...c, half: half(c.id), ...judge(spec, c) });
  }
  return rows;
}

/** right/missing/wrong per key of the rows, sorted by key. */
export function tally(rows: readonly Row[], key: (r: Row) => string): Map<string, [number, number, number]> {
  const t = new Map<string, [number, number, number]>();
  for (const r of rows) {
    const k = key(r);
    const v = t.get(k) ?? [0, 0, 0];
    v[r.verdict === 'right' ? 0 : r.verdict === 'missing' ? 1 : 2]++;
    t.set(k, v);
  }
  return new Map([...t].sort(([a], [b]) => a.localeCompare(b)));
}
