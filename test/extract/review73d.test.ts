import { afterAll, describe, expect, it } from 'vitest';
import { get } from '../helpers.js';
import { probeTests, specOf, type Want } from './probe.js';
import { DOCS, type DocWant } from './review73d-docs.js';

// Whole-document probes (review73d): each document of review73d-docs.ts is extracted once, as a user's .txt file, and every
// (document, field) want is one test. A want the extractor does not meet on purpose is listed in the document's `open` with
// the reason and runs as it.fails. The tally line printed at the end sorts failures into WRONG (a value where none, or
// another value, is wanted) and MISSED (a value wanted, none given).

// Left open after the fixes (review73d): WRONG values that no safe fix by shape reaches, and misses (kept misses).
// (U6 and R4 recipients.types, a type dropped, were fixed by open78: bidrag-till-organisationer reads "fördelar statliga medel till",
// the huvudman row "lämnas till kommuner och enskilda huvudmän". U1 recipients.types, partners named with a denial "men dessa
// kan inte vara huvudsökande", is right since h/types89's denial rows, stop 67.)
const OPEN: Record<string, string> = {
  'U1 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U2 recipients.types': 'WRONG: partners named with a denial (\'kan delta som projektparter men inte som koordinator\'); as U1',
  'U4 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U5 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U6 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U6 funding.total': 'WRONG: the agency\'s all-county sum (\'Naturvårdsverket fördelar totalt 200 miljoner kronor till alla län\') over the county\'s \'Länet har tilldelats 5,2 miljoner kronor\'; on the agency\'s own page that sentence is the total, so only decision code weighing both could tell',
  // ('U7 year' fixed by wrongdates78: the grant's name line right under the title names the year, findYear's subtitleYear)
  'U7 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U8 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U9 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U11 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U12 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'R3 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'R10 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'R11 title': 'WRONG: a body, letterhead, department or menu line above the heading is read as the title; no title row tells a body\'s name line from a heading, and narrowing the chooser moves dev titles',
  'U1 year': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  // ('U2 funding.total' read since stop 61: the call's own sum, h/parts83's total rows)
  // ('U5 year' read since wrongdates78: the name line "Projektbidrag 2026" under the foundation's name, as U7)
  'U5 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  // ('U6 usage_period.to' read since stop 59: "Projektet ska vara avslutat senast den 30 november 2027", 2027-11-30 as the gold)
  'U8 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'U9 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'U9 usage_period.to': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'U11 year': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'U11 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'U12 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R2 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R4 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R4 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R6 recipients.types': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R6 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R9 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R9 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R11 recipients.types': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R11 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  'R11 reporting.due': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
  // ('R12 recipients.types' read since types85: APPLICANT_LIST_FRAMES frame-fordela-belopp-till, "betala ut 120 000 000 kronor till de 40 kommuner")
  'R12 funding.total': 'MISSED: missed: no row reads this shape; left as a miss (prefer a miss to a risky row)',
};

type Verdict = 'ok' | 'wrong' | 'missed';
const itemText = (x: unknown): string => (typeof x === 'string' ? x : String((x as { text?: string }).text ?? ''));

/** What the extractor gave against a want: right, a wrong value, or no value where one is wanted. */
export function judge(got: unknown, want: DocWant): Verdict {
  const none = got === undefined || got === null || (Array.isArray(got) && got.length === 0);
  if (want === null) return none ? 'ok' : 'wrong';
  if (Array.isArray(want)) {
    if (none) return 'missed';
    const g = [...(got as string[])].sort();
    return JSON.stringify(g) === JSON.stringify([...want].sort()) ? 'ok' : 'wrong';
  }
  if (typeof want === 'object') {
    if ('not' in want) return got === want.not ? 'wrong' : 'ok';
    if ('notIn' in want) return want.notIn.includes(got) ? 'wrong' : 'ok';
    if ('re' in want) return none ? 'missed' : new RegExp(want.re, 'iu').test(String(got)) ? 'ok' : 'wrong';
    if ('has' in want) return none ? 'missed' : want.has.every((t) => (got as string[]).includes(t)) ? 'ok' : 'wrong';
    if ('lacks' in want) return none ? 'ok' : want.lacks.some((t) => (got as string[]).includes(t)) ? 'wrong' : 'ok';
    if ('none' in want) return none ? 'ok' : (got as unknown[]).some((x) => new RegExp(want.none, 'iu').test(itemText(x))) ? 'wrong' : 'ok';
  }
  if (none) return 'missed';
  return got === want ? 'ok' : 'wrong';
}

const tally = { ok: 0, wrong: [] as string[], missed: [] as string[] };
const specs = new Map<string, Promise<unknown>>();
const specFor = (id: string, text: string): Promise<unknown> => {
  if (!specs.has(id)) specs.set(id, specOf(text).catch(() => 'refused'));
  return specs.get(id)!;
};

describe('review73d: whole documents of bodies never seen', () => {
  for (const d of DOCS) {
    for (const [field, want] of Object.entries(d.want)) {
      const reason = d.open?.[field] ?? OPEN[`${d.id} ${field}`];
      (reason ? it.fails : it)(`${d.id} ${field} [${d.body}]${reason ? ` (open: ${reason})` : ''}`, async () => {
        const spec = await specFor(d.id, d.text);
        const got = spec === 'refused' ? undefined : get(spec, field);
        const v = judge(got, want);
        if (v === 'ok') tally.ok++;
        else tally[v].push(`${d.id} ${field}: got ${JSON.stringify(got)?.slice(0, 160)} want ${JSON.stringify(want)}`);
        expect(v, `${d.id} ${field}: got ${JSON.stringify(got)?.slice(0, 300)}`).toBe('ok');
      });
    }
  }
  afterAll(() => {
    const n = tally.ok + tally.wrong.length + tally.missed.length;
    console.log(`review73d tally: ${tally.wrong.length} of ${n} wrong, ${tally.missed.length} missed\nWRONG\n${tally.wrong.join('\n')}\nMISSED\n${tally.missed.join('\n')}`);
  });
});

// The fixes by shape, each with the documents' phrasing, two paraphrases in another body's phrasing and counter-probes that
// must keep their value (dates.ts 'senast' unless "öppna … senast"; funding.ts NOT_TOTAL earlier-decision-gave).
const FIXES: Array<{ id: string; field: string; want: Want; text: string }> = [
  // a day a call must open by is no closing day (R8)
  { id: 'F1', field: 'requisition.closes', want: null, text: 'Uppdrag om en utlysning\nUtlysningen ska öppna senast den 1 juni 2026.\nBidraget får användas till energikartläggning.' },
  { id: 'F2', field: 'requisition.closes', want: null, text: 'Uppdrag till Formas\nMyndigheten ska öppna utlysningen senast den 15 maj 2026. Bidraget får användas till forskning.' },
  { id: 'F3', field: 'requisition.closes', want: null, text: 'Stöd till laddinfrastruktur\nE-tjänsten för ansökan ska öppnas senast den 1 september 2026 och vara öppen i sex veckor. Stödet får användas till laddstolpar.' },
  { id: 'F4', field: 'requisition.closes', want: '2026-04-15', text: 'Föreningsbidrag 2026\nAnsökan öppnar nu och stänger senast den 15 april 2026.\nBidraget får användas till verksamhet.' },
  { id: 'F5', field: 'requisition.closes', want: '2026-04-15', text: 'Projektbidrag 2026\nNär e-tjänsten har öppnat ska ansökan vara inne senast den 15 april 2026.\nBidraget får användas till projekt.' },
  { id: 'F6', field: 'requisition.closes', want: '2026-04-15', text: 'Kulturbidrag 2026\nAnsökan ska vara inne senast den 15 april 2026. Utlysningen öppnade den 1 mars.\nBidraget får användas till kultur.' },
  // the sum an earlier decision gave, told back with "beslutet den …" (R3)
  { id: 'F7', field: 'funding.total', want: { not: 40000000 }, text: 'Ändring av regeringens beslut om stöd till kommuner\nRegeringen ändrar sitt beslut den 3 mars 2024 så att Boverket får fördela ytterligare 10 000 000 kronor.\nGenom beslutet den 3 mars 2024 gav regeringen Boverket i uppdrag att fördela 40 000 000 kronor till kommunerna.' },
  { id: 'F8', field: 'funding.total', want: { not: 8000000 }, text: 'Ändring av uppdrag till Tillväxtverket\nRegeringen ändrar tidpunkten för redovisning.\nI beslutet den 12 juni 2025 fick Tillväxtverket i uppdrag att fördela 8 000 000 kronor till regionerna.' },
  { id: 'F9', field: 'funding.total', want: 500000000, text: 'Stöd till kommunerna 2026\nGenom beslut den 12 mars 2026 har regeringen gett Boverket i uppdrag att fördela 500 miljoner kronor till kommunerna.\nBidraget får användas till upprustning av skollokaler.' },
  { id: 'F10', field: 'funding.total', want: 25000000, text: 'Uppdrag att fördela stöd\nGenom detta beslut får Jordbruksverket i uppdrag att fördela 25 000 000 kronor till föreningar.\nStödet får användas till lokala livsmedelsprojekt.' },
];

describe('review73d: the fixes by shape, paraphrases and counter-probes', () => {
  probeTests(FIXES, (f) => `${f.id} ${f.field}`);
});
