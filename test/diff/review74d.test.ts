import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Adversarial probes (issue 12, review74d) of h/diffb36's diff rows: closing.ts senast-snedstreck-utan-ar, senast-dag-utan-ar
// (widened), otherGrantsSection + GRANT_SECTION_HEADINGS; eligibility.ts GRANT_NAME_FOR_SENTENCES, AGE_LIMIT_SENTENCES +
// ageLimitChange; text.ts DATE_WORDS. Each probe is a pair of constructed texts: a wording change that must report no change
// of the field, or a real change that must be reported.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const paths = (a: string, b: string): string => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`).join('\n');

interface Pair { readonly id: string; readonly row: string; readonly old: string; readonly new: string; readonly report?: RegExp; readonly silent?: RegExp }

const head = 'Lovbidrag\n\nFöreningar i kommunen kan söka bidraget för aktiviteter för barn och unga.\n\n';
const stip = 'Kulturstipendium\n\nKommunen delar varje år ut ett kulturstipendium.\n\n';

export const PAIRS: readonly Pair[] = [
  // ---- senast-snedstreck-utan-ar: a slash day that ends an activity's period, not the application's
  { id: 'S1', row: 'senast-snedstreck-utan-ar', old: `${head}Bidrag kan sökas för aktiviteter som genomförs 15/6 fram till 15/8.\n`, new: `${head}Bidrag kan sökas för aktiviteter som genomförs 15/6 fram till 20/8.\n`, silent: /^requisition\.closes /mu },
  { id: 'S2', row: 'senast-snedstreck-utan-ar', old: `${head}Sommarlovsbidrag kan sökas för perioden 1/6 till och med 31/8.\n`, new: `${head}Sommarlovsbidrag kan sökas för perioden 1/6 till och med 15/8.\n`, silent: /^requisition\.closes /mu },
  { id: 'S3', row: 'senast-snedstreck-utan-ar', old: `${head}Föreningen kan söka bidrag för till och med 1/2 kostnaden.\n`, new: `${head}Föreningen kan söka bidrag för till och med 1/3 kostnaden.\n`, silent: /^requisition\.closes /mu },
  { id: 'S4', row: 'senast-snedstreck-utan-ar', old: `${head}Ansökan ska vara inne senast 15/3.\n`, new: `${head}Ansökan ska vara inne senast den 15 mars.\n`, silent: /^requisition\.closes /mu },
  { id: 'S5', row: 'senast-snedstreck-utan-ar', old: `${head}Ansökan ska vara inne senast 15/3.\n`, new: `${head}Ansökan ska vara inne senast 15/4.\n`, report: /^requisition\.closes \| changed /mu },
  { id: 'S6', row: 'senast-snedstreck-utan-ar', old: `${head}Ansökan för höstlovet ska vara inne senast 1/10. Ansökan för sommarlovet ska vara inne senast 15/4.\n`, new: `${head}Ansökan för höstlovet ska vara inne senast 1/10. Ansökan för sommarlovet ska vara inne senast 1/5.\n`, report: /^requisition\.closes /mu },
  // ---- senast-dag-utan-ar widened ("lämnas in före"): receipts or an invoice, not the application
  { id: 'B1', row: 'senast-dag-utan-ar', old: `${head}Kvitton för beviljade ansökningar lämnas in före den 15 december.\n`, new: `${head}Kvitton för beviljade ansökningar lämnas in före den 1 december.\n`, silent: /^requisition\.closes /mu },
  { id: 'B2', row: 'senast-dag-utan-ar', old: `${head}Ansökan lämnas in före den 1 mars. Bidraget betalas ut i april.\n`, new: `${head}Ansökan lämnas in före den 1 april. Bidraget betalas ut i maj.\n`, report: /^requisition\.closes \| changed /mu },
  { id: 'B3', row: 'senast-dag-utan-ar', old: `${head}Ansökan om bidrag till arrangemang lämnas in före den 1 mars.\n`, new: `${head}Ansökan om bidrag till arrangemang ska lämnas in senast den 1 mars.\n`, silent: /^requisition\.closes /mu },
  { id: 'B4', row: 'senast-dag-utan-ar', old: `${head}Fakturor som hör till ansökan lämnas in före den 30 november.\n`, new: `${head}Fakturor som hör till ansökan lämnas in före den 15 november.\n`, silent: /^requisition\.closes /mu },
  // ---- otherGrantsSection: two grants' days on one page; a section heading reworded with its day moved
  { id: 'G1', row: 'otherGrantsSection', old: 'Bidrag och stipendier\n\nKommunen delar ut bidrag och stipendier.\n\nFöreningsbidrag\n\nFöreningar kan söka bidrag för sin verksamhet. Sista ansökningsdag är 1 mars.\n\nLedarstipendium\n\nStipendiet kan sökas av unga ledare. Sista ansökningsdag är 1 oktober.\n',
    new: 'Bidrag och stipendier\n\nKommunen delar ut bidrag och stipendier.\n\nFöreningsbidrag\n\nFöreningar kan söka bidrag för sin verksamhet. Sista ansökningsdag är 1 mars.\n\nLedarstipendium\n\nStipendiet kan sökas av unga ledare. Sista ansökningsdag är 15 oktober.\n', report: /^requisition\.closes \| changed /mu },
  { id: 'G2', row: 'otherGrantsSection', old: 'Aktivitetsstöd\n\nFöreningar kan söka aktivitetsstöd för sin verksamhet.\n\nOm stödet\n\nSista ansökningsdag är 1 mars.\n\nLedarpris\n\nKommunen delar också ut ett ledarpris varje år.\n',
    new: 'Aktivitetsstöd\n\nFöreningar kan söka aktivitetsstöd för sin verksamhet.\n\nOm bidraget\n\nSista ansökningsdag är 1 april.\n\nLedarpris\n\nKommunen delar också ut ett ledarpris varje år.\n', report: /^requisition\.closes /mu },
  { id: 'G3', row: 'otherGrantsSection', old: 'Föreningsstöd\n\nFöreningar i kommunen kan söka stöd.\n\nAktivitetsstöd\n\nSista ansökningsdag är 1 mars.\n\nLokalbidrag\n\nSista ansökningsdag är 1 oktober.\n',
    new: 'Föreningsstöd\n\nFöreningar i kommunen kan söka stöd.\n\nAktivitetsbidrag\n\nSista ansökningsdag är 15 mars.\n\nLokalbidrag\n\nSista ansökningsdag är 1 oktober.\n', report: /^requisition\.closes \| changed /mu },
  { id: 'G4', row: 'otherGrantsSection', old: 'Kulturbidrag\n\nFöreningar kan söka kulturbidrag.\n\nSå söker du bidraget\n\nSista ansökningsdag är 1 mars.\n\nKulturpris\n\nKulturpriset delas ut i juni.\n',
    new: 'Kulturbidrag\n\nFöreningar kan söka kulturbidrag.\n\nSå söker du stödet\n\nSista ansökningsdag är 1 april.\n\nKulturpris\n\nKulturpriset delas ut i juni.\n', report: /^requisition\.closes /mu },
  // ---- AGE_LIMIT_SENTENCES + ageLimitChange: the same bound in other words; a bound moved into the grant's name; a real change
  { id: 'A1', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Sökande ska ha fyllt 18 år.\n`, new: `${stip}Du som fyllt 18 år kan söka.\n`, silent: /^recipients/mu },
  { id: 'A2', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Sökande ska ha fyllt 18 år.\n`, new: `${stip}Sökande ska vara minst 18 år gammal.\n`, silent: /^recipients/mu },
  { id: 'A3', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Du som är lägst 18 år kan söka stipendiet.\n`, new: `${stip}Du som är minst 18 år kan söka stipendiet.\n`, silent: /^recipients/mu },
  { id: 'A4', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Stipendiet kan sökas av personer mellan 18 och 25 år som bor i kommunen.\n`, new: `${stip}Stipendiet kan sökas av personer mellan 18 och 30 år som bor i kommunen.\n`, report: /^recipients/mu },
  { id: 'A5', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Du som bott minst 2 år i kommunen kan söka.\n`, new: `${stip}Du som bott minst två år i kommunen kan söka.\n`, silent: /^recipients/mu },
  { id: 'A6', row: 'AGE_LIMIT_SENTENCES', old: 'Ungdomsstipendium\n\nStipendiet delas ut varje år.\n\nDu som är mellan 15 och 25 år kan söka stipendiet.\n', new: 'Ungdomsstipendium för unga mellan 15 och 25 år\n\nStipendiet delas ut varje år.\n\nDu kan söka stipendiet om du bor i kommunen.\n', silent: /^recipients/mu },
  { id: 'A7', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Sökande som är under 18 år behöver målsmans underskrift.\n`, new: `${stip}Är du under 18 år behöver din vårdnadshavare skriva under ansökan.\n`, silent: /^recipients/mu },
  { id: 'A8', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Personer under 26 år kan söka stipendiet.\n`, new: `${stip}Personer under 30 år kan söka stipendiet.\n`, report: /^recipients/mu },
  { id: 'A9', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Du som är över 18 år kan söka stipendiet.\n`, new: `${stip}Stipendiet kan sökas av dig som har fyllt 18 år.\n`, silent: /^recipients/mu },
  { id: 'A10', row: 'AGE_LIMIT_SENTENCES', old: `${stip}Sökande ska ha varit verksam minst 3 år i kommunen.\n`, new: `${stip}Sökande ska ha varit verksam minst 5 år i kommunen.\n`, report: /^(?:recipients|requisition\.requires|eligibility)/mu },
  // ---- GRANT_NAME_FOR_SENTENCES: a name that holds the kinds; a new statement of who may apply still reported
  { id: 'N1', row: 'GRANT_NAME_FOR_SENTENCES', old: 'Lokalbidrag\n\nKommunen ger inte bidrag till föreningar med vinstsyfte. Sista ansökningsdag är 1 mars.\n', new: 'Lokalbidrag\n\nIdeella föreningar kan söka lokalbidrag. Kommunen ger inte bidrag till föreningar med vinstsyfte. Sista ansökningsdag är 1 mars.\n', report: /^recipients/mu },
  { id: 'N2', row: 'GRANT_NAME_FOR_SENTENCES', old: 'Verksamhetsbidrag till idrottsföreningar\n\nDet är dags att söka det årliga bidraget. Sista ansökningsdag är 1 mars.\n', new: 'Verksamhetsbidrag\n\nIdrottsföreningar kan söka verksamhetsbidrag. Sista ansökningsdag är 1 mars.\n', silent: /^recipients/mu },
  { id: 'N3', row: 'GRANT_NAME_FOR_SENTENCES', old: 'Stöd till studieförbund\n\nRegionen fördelar stöd till studieförbunden i länet. Sista ansökningsdag är 1 mars.\n', new: 'Stöd till studieförbund\n\nStudieförbund och föreningar kan söka stödet. Sista ansökningsdag är 1 mars.\n', report: /^recipients/mu },
  // ---- DATE_WORDS: numbers after "till" that are no day and month (a count of projects, an age span)
  { id: 'W1', row: 'DATE_WORDS', old: `${head}Varje år går bidraget till 3-4 föreningar. Sista ansökningsdag är 1 mars.\n`, new: `${head}Varje år går bidraget till 8-10 föreningar. Sista ansökningsdag är 1 mars.\n`, report: /\S/u },
  { id: 'W2', row: 'DATE_WORDS', old: `${head}Bidraget går till barn 7-12 år. Ansök senast 15/3.\n`, new: `${head}Bidraget går till barn 7-12 år. Ansök senast den 15 mars.\n`, silent: /^requisition\./mu },
  { id: 'W3', row: 'DATE_WORDS', old: `${head}Ansök senast 1/3 för vårens aktiviteter.\n`, new: `${head}Ansök senast 1/4 för vårens aktiviteter.\n`, report: /^requisition\.closes \| changed /mu },
];

/** Probes left open after the fixes, with why; each runs as it.fails. */
export const OPEN: Record<string, string> = {
  A10: 'miss (also before this stop): years active in the kommun changed, 3 → 5; the age row leaves years lived or active on purpose (A5), and no other row reads it',
  W1: 'miss (also before this stop): how many föreningar get the grant, "3-4" → "8-10", is no field of the diff',
};

describe('review74d: diff probes (a wording change reported, a real change not reported = a failing probe)', () => {
  for (const p of PAIRS) {
    (OPEN[p.id] ? it.fails : it)(`${p.id} ${p.row}${OPEN[p.id] ? ' (open)' : ''}`, () => {
      const out = paths(p.old, p.new);
      if (p.silent) expect(out, `${p.id}:\n${out}`).not.toMatch(p.silent);
      if (p.report) expect(out, `${p.id}:\n${out}`).toMatch(p.report);
    });
  }
});
