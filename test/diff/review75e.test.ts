import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Adversarial probes (issue 12, review75e) of h/diffb38's diff changes: closing.ts DAY reading ordinals ("16:e september",
// "1:a augusti") and the row annonsering-dag-utan-ar, otherGrantsSection's heading-section handling and renamedIn with
// TextSentence.item (text.ts), eligibility.ts personer-som-betjanas with "sökas av", funding.ts totala-stipendiebeloppet (as the
// diff reads funding.total), rules.ts rapport-om-anvandning. Each probe is a pair of constructed texts: a wording change or a
// change of a value with another role that must report nothing of the field, or a real change that must be reported.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const paths = (a: string, b: string): string => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`).join('\n');

interface Pair { readonly id: string; readonly row: string; readonly old: string; readonly new: string; readonly report?: RegExp; readonly silent?: RegExp }

const stip = 'Kulturstipendium\n\nKommunen delar varje år ut ett kulturstipendium till kulturskapare i kommunen.\n\n';
const head = 'Föreningsbidrag\n\nFöreningar i kommunen kan söka bidraget för sin verksamhet.\n\n';

export const PAIRS: readonly Pair[] = [
  // ---- DAY ordinals: an ordinal day of another role (an event, a decision, a payment, a report) is no closing day
  { id: 'D1', row: 'DAY ordinal', old: `${stip}Ansökan ska vara inne senast den 1 mars. Stipendiet delas ut vid en ceremoni den 6:e juni.\n`, new: `${stip}Ansökan ska vara inne senast den 1 mars. Stipendiet delas ut vid en ceremoni den 13:e juni.\n`, silent: /^requisition\.(?:closes|opens) /mu },
  { id: 'D2', row: 'DAY ordinal', old: `${stip}Sista ansökningsdag är 1 mars. Beslut fattas senast den 15:e april.\n`, new: `${stip}Sista ansökningsdag är 1 mars. Beslut fattas senast den 30:e april.\n`, silent: /^requisition\.(?:closes|opens) /mu },
  { id: 'D3', row: 'DAY ordinal', old: `${head}Ansökan ska vara inne senast den 1 mars. Bidraget betalas ut senast den 1:a maj.\n`, new: `${head}Ansökan ska vara inne senast den 1 mars. Bidraget betalas ut senast den 15:e maj.\n`, silent: /^requisition\.(?:closes|opens) /mu },
  { id: 'D4', row: 'DAY ordinal', old: `${head}Ansökan ska vara inne senast den 1 mars. Redovisning ska vara inne senast den 1:a december.\n`, new: `${head}Ansökan ska vara inne senast den 1 mars. Redovisning ska vara inne senast den 15:e december.\n`, silent: /^requisition\.(?:closes|opens) /mu },
  { id: 'D5', row: 'DAY ordinal', old: `${stip}Ansökan ska vara inne senast den 1 mars.\n`, new: `${stip}Ansökan ska vara inne senast den 1:a mars.\n`, silent: /^requisition\.closes /mu },
  { id: 'D6', row: 'DAY ordinal', old: `${stip}Ansökan ska vara inne senast den 1:a mars.\n`, new: `${stip}Ansökan ska vara inne senast den 15:e mars.\n`, report: /^requisition\.closes \| changed /mu },
  { id: 'D7', row: 'DAY ordinal', old: `${stip}Sista dag att söka är den 2:a oktober.\n`, new: `${stip}Sista dag att söka är den 2 oktober.\n`, silent: /^requisition\.closes /mu },
  { id: 'D8', row: 'DAY ordinal', old: `${stip}Ansökningstiden är öppen fram till 16:e september. Förra året var sista dag den 20:e september.\n`, new: `${stip}Ansökningstiden är öppen fram till 16:e september. Förra året var sista dag den 25:e september.\n`, silent: /^requisition\.closes /mu },
  // ---- annonsering-dag-utan-ar: the winners', a result's or an event's announcement is no opening day
  { id: 'N1', row: 'annonsering-dag-utan-ar', old: `${stip}Sista ansökningsdag är 1 mars. Annonsering av vem som får stipendiet sker den 6 juni.\n`, new: `${stip}Sista ansökningsdag är 1 mars. Annonsering av vem som får stipendiet sker den 13 juni.\n`, silent: /^requisition\.opens /mu },
  { id: 'N2', row: 'annonsering-dag-utan-ar', old: `${head}Sista ansökningsdag är 1 mars. Annonsering av resultatet för bidraget sker den 15 maj.\n`, new: `${head}Sista ansökningsdag är 1 mars. Annonsering av resultatet för bidraget sker den 30 maj.\n`, silent: /^requisition\.opens /mu },
  { id: 'N3', row: 'annonsering-dag-utan-ar', old: `${stip}Sista ansökningsdag är 1 mars. Annonsering av vinnarna av stipendiet görs 1 december.\n`, new: `${stip}Sista ansökningsdag är 1 mars. Annonsering av vinnarna av stipendiet görs 10 december.\n`, silent: /^requisition\.opens /mu },
  { id: 'N4', row: 'annonsering-dag-utan-ar', old: `${head}Sista ansökningsdag är 1 mars. Annonsering av föreningarnas aktiviteter som får bidrag sker den 1 april i kommunens kalender.\n`, new: `${head}Sista ansökningsdag är 1 mars. Annonsering av föreningarnas aktiviteter som får bidrag sker den 15 april i kommunens kalender.\n`, silent: /^requisition\.opens /mu },
  { id: 'N5', row: 'annonsering-dag-utan-ar', old: `${stip}Annonsering för stipendiet går ut den 1 augusti och ansökan ska vara inne senast 15 september.\n`, new: `${stip}Annonsering för stipendiet går ut den 15 augusti och ansökan ska vara inne senast 15 september.\n`, report: /^requisition\.opens \| changed /mu },
  // ---- otherGrantsSection: another grant's section renamed or listed; a bare heading's sentence naming the own grant
  { id: 'G1', row: 'otherGrantsSection', old: 'Kulturbidrag\n\nProjektbidrag\n\nAnsökan om projektbidrag ska vara inne senast 1 mars.\n\nArrangörsbidrag\n\nAnsökan om arrangörsbidrag ska vara inne senast 1 oktober.\n',
    new: 'Kulturbidrag\n\nProjektbidrag\n\nAnsökan om projektbidrag ska vara inne senast 1 mars.\n\nRegionen ger också\n• arrangörsstöd, ansökan senast 15 oktober\n• verksamhetsstöd\n', silent: /^requisition\.closes /mu },
  { id: 'G2', row: 'otherGrantsSection', old: 'Bidrag till föreningar\n\nAnsökan om verksamhetsbidrag ska vara inne senast 1 mars.\n\nLokalbidrag\n\nAnsökan om lokalbidrag ska vara inne senast 1 oktober.\n',
    new: 'Bidrag till föreningar\n\nAnsökan om verksamhetsbidrag ska vara inne senast 15 mars.\n\nLokalbidrag\n\nAnsökan om lokalbidrag ska vara inne senast 1 oktober.\n', report: /^requisition\.closes \| changed /mu },
  { id: 'G3', row: 'otherGrantsSection', old: 'Stöd till studieförbund\n\nStudieförbunden i länet kan söka stöd.\n\nBidrag till studieförbundens verksamhet\n\nÅrlig ansökan om utvecklingsbidrag senast 15 november.\n\nProjektbidrag\n\nAnsökan om projektbidrag kan göras löpande.\n',
    new: 'Stöd till studieförbund\n\nStudieförbunden i länet kan söka stöd.\n\nBidrag till studieförbundens verksamhet\n\nÅrlig ansökan om utvecklingsbidrag senast 1 december.\n\nProjektbidrag\n\nAnsökan om projektbidrag kan göras löpande.\n', report: /^requisition\.closes \| changed /mu },
  { id: 'G4', row: 'otherGrantsSection', old: 'Ledarstipendium\n\nStipendiet kan sökas av unga ledare i föreningar.\n\nOm stipendiet\n\nAnsökan om ledarstipendium ska vara inne senast 1 mars.\n\nIdrottspris\n\nIdrottspriset delas ut i juni.\n',
    new: 'Ledarstipendium\n\nStipendiet kan sökas av unga ledare i föreningar.\n\nOm stipendiet\n\nAnsökan om ledarstipendium ska vara inne senast 1 april.\n\nIdrottspris\n\nIdrottspriset delas ut i juni.\n', report: /^requisition\.closes \| changed /mu },
  // ---- personer-som-betjanas: applicants ("sökas av") and whom the activity serves
  { id: 'P1', row: 'personer-som-betjanas', old: `${stip}Stipendiet kan sökas av enskild person eller grupp.\n`, new: `${stip}Stipendiet kan sökas av enskild person eller av en grupp.\n`, silent: /^recipients/mu },
  { id: 'P2', row: 'personer-som-betjanas', old: `${stip}Stipendiet kan sökas av enskild person eller grupp.\n`, new: `${stip}Enskilda personer eller grupper kan söka stipendiet.\n`, silent: /^recipients/mu },
  { id: 'P3', row: 'personer-som-betjanas', old: `${head}Bidraget kan sökas av föreningar för aktiviteter för personer med funktionsnedsättning.\n`, new: `${head}Bidraget kan sökas av föreningar för aktiviteter för barn och unga.\n`, report: /^(?:recipients|purpose|eligibility)/mu },
  { id: 'P4', row: 'personer-som-betjanas', old: `${stip}Stipendiet kan sökas av enskild person.\n`, new: `${stip}Stipendiet kan sökas av föreningar och organisationer.\n`, report: /^recipients/mu },
  // ---- totala-stipendiebeloppet as the diff reads funding.total: a per-unit sum, a condition, a past year, another stipend
  { id: 'T1', row: 'totala-stipendiebeloppet', old: `${head}Sista ansökningsdag är 1 mars.\n`, new: `${head}Sista ansökningsdag är 1 mars. Det totala bidragsbeloppet är 20 000 kronor per förening och år.\n`, silent: /^funding\.total /mu },
  { id: 'T2', row: 'totala-stipendiebeloppet', old: `${head}Sista ansökningsdag är 1 mars.\n`, new: `${head}Sista ansökningsdag är 1 mars. Om det totala bidragsbeloppet är 100 000 kronor eller mer ska en budget bifogas.\n`, silent: /^funding\.total /mu },
  { id: 'T3', row: 'totala-stipendiebeloppet', old: `${stip}Sista ansökningsdag är 1 mars.\n`, new: `${stip}Sista ansökningsdag är 1 mars. Kommunen delar också ut ett idrottsstipendium. Idrottsstipendiets totala stipendiebelopp är 50 000 kronor.\n`, silent: /^funding\.total /mu },
  { id: 'T4', row: 'totala-stipendiebeloppet', old: `${stip}Det totala stipendiebeloppet är 100 000 kronor.\n`, new: `${stip}Det totala stipendiebeloppet uppgår till 120 000 kronor.\n`, report: /^funding\.total \| changed /mu },
  { id: 'T5', row: 'totala-stipendiebeloppet', old: `${stip}Det totala stipendiebeloppet är 100 000 kronor.\n`, new: `${stip}Det totala stipendiebeloppet är 100 000 kronor. Under 2023 var det totala stipendiebeloppet 80 000 kronor.\n`, silent: /^funding\.total /mu },
  // ---- rapport-om-anvandning: a report of another role (the agency's own, a survey's, the premises')
  { id: 'R1', row: 'rapport-om-anvandning', old: `${head}Sista ansökningsdag är 1 mars.\n`, new: `${head}Sista ansökningsdag är 1 mars.\n\nEn rapport om användningen av droger bland unga ska lämnas till kommunstyrelsen varje år.\n`, silent: /^reporting\.content /mu },
  { id: 'R2', row: 'rapport-om-anvandning', old: 'Uppdrag att fördela bidrag till kulturföreningar\n\nKulturrådet ska fördela medlen till kulturföreningar.\n', new: 'Uppdrag att fördela bidrag till kulturföreningar\n\nKulturrådet ska fördela medlen till kulturföreningar.\n\nEn redovisning av hur medlen har använts ska lämnas till Kulturdepartementet senast den 1 mars 2027.\n', silent: /^reporting\.content /mu },
  { id: 'R3', row: 'rapport-om-anvandning', old: `${head}Sista ansökningsdag är 1 mars.\n`, new: `${head}Sista ansökningsdag är 1 mars.\n\nRapport om användning av kommunens lokaler ska lämnas in till fastighetsavdelningen varje kvartal.\n`, silent: /^reporting\.content /mu },
  { id: 'R4', row: 'rapport-om-anvandning', old: `${head}Sista ansökningsdag är 1 mars.\n`, new: `${head}Sista ansökningsdag är 1 mars.\n\nEn redogörelse över hur bidraget har använts ska lämnas in senast den 31 januari året efter.\n`, report: /^reporting\.content \| added/mu },
  { id: 'R5', row: 'rapport-om-anvandning', old: `${stip}Rapport om stipendiets användning ska inlämnas efter avslutat projekt.\n`, new: `${stip}Rapport om hur stipendiet har använts ska lämnas in efter avslutat projekt.\n`, silent: /^reporting\.content /mu },
];

/** Probes left open after the fixes, with why; each runs as it.fails. */
export const OPEN: Record<string, string> = {
  P2: 'false alarm, not this row\'s (after the fix personer-som-betjanas reads neither sentence): eligibilityChange reads the applicants "enskild person eller grupp" → "Enskilda personer eller grupper kan söka" as other kinds; left for a fix of the applicant-kind reading, no time in this 35-minute review',
  R5: 'false alarm of the text-level reporting.content list, not only this row: the same duty reworded ("stipendiets användning" → "hur stipendiet har använts") is two sentences of the split list and reads as changed; the skall → ska rewording is none (diffb38.test.ts)',
};

describe('review75e: diff probes (a wording change reported, a real change not reported = a failing probe)', () => {
  for (const p of PAIRS) {
    (OPEN[p.id] ? it.fails : it)(`${p.id} ${p.row}${OPEN[p.id] ? ' (open)' : ''}`, () => {
      const out = paths(p.old, p.new);
      if (p.silent) expect(out, `${p.id}:\n${out}`).not.toMatch(p.silent);
      if (p.report) expect(out, `${p.id}:\n${out}`).toMatch(p.report);
    });
  }
});
