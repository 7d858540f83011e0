// The grant's year and yearless dates as a generated grid (helper year68, issue 12). Each cell is a short constructed page:
// a title without a year, a line on who may apply, the cell's lines, a closing line. What a cell asks of `year`,
// `requisition.opens` and `requisition.closes` is written beside it: a value (right when equal, missing when absent, wrong
// when another value), `null` (must be absent: any value is wrong), or a list of values any of which is right (`null` in the
// list: absent is right too). A field the cell does not name is not asked.
//
// Three parts:
// - stated: a sentence or heading that ties the grant to its year ('Bidrag 2025' as a heading, 'för år 2025',
//   'verksamhetsåret 2025', 'Nytt för 2025 är att …', 'inför 2025', 'under sommarlovet 2025', 'lovaktiviteter under
//   2025', …) × date form (no date; a full deadline in the year; a full deadline in the autumn before; a yearless
//   deadline in a sentence of its own) × order (the statement before or after the date line). A yearless deadline in a
//   sentence of its own is tied to no year unless the statement is a round's heading ('Ansökningsomgång 2025'): its
//   `closes` is asked `null` otherwise — a grant year's applications often close the year before.
// - tied: a yearless day or range whose year the same sentence or the heading/label over it states ('Under perioden 26
//   april - 27 maj kan ni ansöka … under sommarlovet 2025', 'Ansökningsperiod 2025: 1 februari – 15 mars') × the number
//   of lines before it; and tied distractors (a past round, a spring term after an autumn deadline) that must not date it.
// - distractor: a year of another thing (since, a policy, a decision, last round, a report for last year, an update
//   stamp, two candidate years, a range, a founding, a law's number, the next round, copyright, a strategy, a rule change)
//   × (a yearless deadline: no year, no date; a full deadline in 2025: the date, the year 2025 or none; a grant-year
//   statement with a yearless deadline: 2025 — the distractor must neither take the year nor block it).
//
// Split: a case falls in half A or B by an FNV-1a hash of its id (even: A). Half A is used to tune; of half B only the
// totals are printed.

export type FieldWant = string | number | null | ReadonlyArray<string | number | null>;
export type YearCase = { id: string; part: 'stated' | 'tied' | 'distractor'; text: string; want: Record<string, FieldWant> };

const Y = 2025;
const TITLE = 'Bidrag till föreningar';
const WHO = 'Bidraget kan sökas av ideella föreningar i kommunen.';
const END = 'Läs mer om villkoren nedan.';

/** A stable 32-bit hash of a case id (FNV-1a). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}
export const half = (id: string): 'A' | 'B' => (hash(id) % 2 === 0 ? 'A' : 'B');

const page = (...lines: string[]): string => [TITLE, '', WHO, '', ...lines.flatMap((l) => [l, '']), END, ''].join('\n');

/** Statements of the grant year: a heading (markdown) or a sentence; `round` when the heading names the round the days under it are. */
const STATEMENTS: ReadonlyArray<{ s: string; line: string; round?: true }> = [
  { s: 'heading-bidrag', line: `## Bidrag ${Y}` },
  { s: 'heading-omgang', line: `## Ansökningsomgång ${Y}`, round: true },
  { s: 'for-ar', line: `Föreningar kan söka bidrag för år ${Y}.` },
  { s: 'verksamhetsaret', line: `Bidraget avser verksamhetsåret ${Y}.` },
  { s: 'nytt-for', line: `Nytt för ${Y} är att ansökan görs i kommunens e-tjänst.` },
  { s: 'infor', line: `Nu kan föreningar söka bidrag inför ${Y}.` },
  { s: 'sommarlovet', line: `Ni kan söka medel för att arrangera aktiviteter under sommarlovet ${Y}.` },
  { s: 'lovaktiviteter', line: `Bidraget ska användas till kostnadsfria lovaktiviteter under ${Y}.` },
  { s: 'bidrag-for', line: `Kommunen fördelar verksamhetsbidrag för ${Y}.` },
  { s: 'ars', line: `Ansökan om ${Y} års bidrag görs i e-tjänsten.` },
  { s: 'genomfors-under', line: `Stödet kan sökas för aktiviteter som genomförs under ${Y}.` },
  { s: 'galler-ar', line: `Bidraget gäller för år ${Y}.` },
];

/** Date lines: none, a full deadline in the year, a full deadline the autumn before, a yearless deadline. */
const FORMS: ReadonlyArray<{ f: string; line?: string; closes?: string; yearless?: true }> = [
  { f: 'none' },
  { f: 'full', line: `Sista ansökningsdag är 15 mars ${Y}.`, closes: `${Y}-03-15` },
  { f: 'full-before', line: `Sista ansökningsdag är 1 oktober ${Y - 1}.`, closes: `${Y - 1}-10-01` },
  { f: 'yearless', line: 'Sista ansökningsdag är 15 mars.', yearless: true },
];

function statedCases(): YearCase[] {
  const cases: YearCase[] = [];
  for (const st of STATEMENTS) {
    for (const form of FORMS) {
      for (const order of form.line ? ['before', 'after'] : ['alone']) {
        // a heading stands over the date line, never after it
        if (st.line.startsWith('#') && order === 'after') continue;
        const lines = !form.line ? [st.line] : order === 'before' ? [st.line, form.line] : [form.line, st.line];
        const closes: FieldWant = form.closes ?? (form.yearless ? (st.round ? `${Y}-03-15` : null) : null);
        cases.push({ id: `stated/${st.s}/${form.f}/${order}`, part: 'stated', text: page(...lines), want: { year: Y, 'requisition.closes': closes } });
      }
    }
  }
  return cases;
}

/** A yearless day or range whose year the sentence or the heading over it states; `lines` are the cell's lines. */
const TIED: ReadonlyArray<{ t: string; lines: string[]; want: Record<string, FieldWant> }> = [
  { t: 'range-year-later', lines: [`Under perioden 26 april - 27 maj kan ni ansöka om medel (5000 kr) för att arrangera aktiviteter under sommarlovet ${Y}.`],
    want: { year: Y, 'requisition.opens': `${Y}-04-26`, 'requisition.closes': `${Y}-05-27` } },
  { t: 'range-year-later-mellan', lines: [`Mellan den 1 april och den 15 maj kan föreningar söka bidrag för lovaktiviteter under sommarlovet ${Y}.`],
    want: { year: Y, 'requisition.opens': `${Y}-04-01`, 'requisition.closes': `${Y}-05-15` } },
  { t: 'range-year-earlier', lines: [`Ansökan om medel för aktiviteter under sommarlovet ${Y} kan göras 26 april – 27 maj.`],
    want: { year: Y, 'requisition.opens': `${Y}-04-26`, 'requisition.closes': `${Y}-05-27` } },
  { t: 'close-season-earlier', lines: [`Sista ansökningsdag för projektstöd våren ${Y} är den 19 februari.`],
    want: { year: Y, 'requisition.closes': `${Y}-02-19` } },
  { t: 'close-hostlovet', lines: [`Föreningar kan söka bidrag för aktiviteter under höstlovet ${Y} senast den 15 september.`],
    want: { year: Y, 'requisition.closes': `${Y}-09-15` } },
  { t: 'under-ar-mellan', lines: [`Under ${Y} kan föreningar söka bidrag mellan 1 februari och 15 mars.`],
    want: { year: Y, 'requisition.opens': `${Y}-02-01`, 'requisition.closes': `${Y}-03-15` } },
  { t: 'label-colon-range', lines: [`Ansökningsperiod ${Y}: 1 februari – 15 mars`],
    want: { year: Y, 'requisition.opens': `${Y}-02-01`, 'requisition.closes': `${Y}-03-15` } },
  { t: 'heading-omgang-range', lines: [`## Ansökningsomgång ${Y}`, 'Ansökningsperioden är 1 februari – 15 mars.'],
    want: { year: Y, 'requisition.opens': `${Y}-02-01`, 'requisition.closes': `${Y}-03-15` } },
  { t: 'year-in-closing-day', lines: [`Ansökan öppnar 1 februari och stänger 15 mars ${Y}.`],
    want: { year: Y, 'requisition.opens': `${Y}-02-01`, 'requisition.closes': `${Y}-03-15` } },
  // tied distractors: the season's year is not the deadline's, or the round is past
  { t: 'x-spring-term-after-autumn-deadline', lines: [`Ansökan för vårterminen ${Y + 1} ska vara inne senast 15 oktober.`],
    want: { year: [Y + 1, null], 'requisition.closes': null } },
  { t: 'x-past-round', lines: [`Under ${Y - 1} kunde föreningar söka bidrag mellan 1 februari och 15 mars.`],
    want: { year: null, 'requisition.opens': null, 'requisition.closes': null } },
  { t: 'x-past-summer', lines: [`Under sommarlovet ${Y - 1} arrangerades 40 aktiviteter.`, 'Sista ansökningsdag är 15 mars.'],
    want: { year: null, 'requisition.closes': null } },
  { t: 'x-report-range', lines: [`Redovisningen av sommarlovet ${Y} ska lämnas in 1 september – 30 september.`],
    want: { 'requisition.opens': null, 'requisition.closes': null } },
];

const FILLER = 'Bidraget får användas till aktiviteter för barn och unga.';

function tiedCases(): YearCase[] {
  return TIED.flatMap((c) => [0, 1, 2].map((before) => ({
    id: `tied/${c.t}/${before}`, part: 'tied' as const, text: page(...Array<string>(before).fill(FILLER), ...c.lines), want: c.want,
  })));
}

/** Years of other things. `years`: the years the line states (a year in it that is 2025 makes it no distractor of the year). */
const DISTRACTORS: ReadonlyArray<{ d: string; line: string; several?: true }> = [
  { d: 'sedan', line: 'Kommunen har delat ut bidraget sedan 2015.' },
  { d: 'policy', line: 'Kommunens kulturpolicy antogs av kommunfullmäktige 2019.' },
  { d: 'beslut', line: 'Kulturnämnden beslutade om riktlinjerna i december 2022.' },
  { d: 'forra-omgangen', line: `Under ${Y - 1} beviljades 40 föreningar bidrag.` },
  { d: 'redovisning', line: `Redovisning av bidrag för ${Y - 1} ska lämnas in senast 31 januari.` },
  { d: 'uppdaterad', line: `Senast uppdaterad: 12 januari ${Y - 1}` },
  { d: 'sidan-uppdaterades', line: 'Sidan uppdaterades 2023-11-02.' },
  { d: 'tva-ar', line: `Bidrag kan sökas för ${Y} och ${Y + 1}.`, several: true },
  { d: 'range', line: `Bidraget gäller för perioden ${Y}–${Y + 2}.`, several: true },
  { d: 'statistik', line: 'År 2023 fördelades 2 miljoner kronor.' },
  { d: 'bildades', line: 'Föreningen bildades 1998.' },
  { d: 'forordning', line: 'Bidraget ges enligt förordning (2018:1234) om statsbidrag.' },
  { d: 'nasta', line: `Nästa ansökningsomgång öppnar i januari ${Y + 1}.` },
  { d: 'regeringen', line: 'Regeringen beslutade 2022 om satsningen.' },
  { d: 'copyright', line: `© ${Y - 1} Ekby kommun` },
  { d: 'strategi', line: 'Projekten ska följa kulturstrategin 2021–2030.' },
  { d: 'regler-infor', line: `Inför ${Y + 1} kommer reglerna att ändras.` },
  { d: 'rapport', line: 'Läs rapporten om föreningslivet 2023.' },
  { d: 'sedan-e-tjanst', line: 'Sedan 2023 görs ansökan i e-tjänsten.' },
  { d: 'forra-aret', line: `Förra året, ${Y - 1}, fick 35 föreningar bidrag.` },
];

function distractorCases(): YearCase[] {
  const cases: YearCase[] = [];
  for (const d of DISTRACTORS) {
    cases.push({ id: `distractor/${d.d}/yearless`, part: 'distractor', text: page(d.line, 'Sista ansökningsdag är 15 mars.'),
      want: { year: null, 'requisition.closes': null } });
    cases.push({ id: `distractor/${d.d}/full`, part: 'distractor', text: page(d.line, `Sista ansökningsdag är 15 mars ${Y}.`),
      want: { year: d.several ? null : [Y, null], 'requisition.closes': `${Y}-03-15` } });
    cases.push({ id: `distractor/${d.d}/stated`, part: 'distractor', text: page(d.line, `Bidraget avser verksamhetsåret ${Y}.`, 'Sista ansökningsdag är 15 mars.'),
      want: { year: d.several ? [Y, null] : Y, 'requisition.closes': null } });
  }
  return cases;
}

export function yearCases(): YearCase[] {
  return [...statedCases(), ...tiedCases(), ...distractorCases()];
}
