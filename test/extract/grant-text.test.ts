import { describe, expect, it } from 'vitest';
import { GRANT_TEXT_ACCEPT, grantTextEvidence } from '../../extract/cues/grant-text.js';
import { namesGrant } from '../../extract/finders.js';
import { specOf } from './probe.js';

// Issue 12: the "not a grant instruction" decision refuses only a text that clearly is not about a
// grant, since a refused text loses every field it states. Texts near the line, each written from a
// real one (shortened): a förordning that names its grant only as "Ersättning … får lämnas" (SFS
// 2018:1578, dev 1142), an English reporting rule, and pages with no grant at all (a kommun's news
// item on a new förskola, Huddinge 2018; a local paper's item on the cost of new förskoleplatser,
// Mitt i 2017; a paper's item on a planbesked that mentions one "ansökan", Smålandsdagbladet).

const spec = (text: string) => specOf<{ kind: string }>(text);
const evidence = (text: string) => grantTextEvidence(text, namesGrant, 99);

const FORORDNING = [
  'Förordning om tillfällig ersättning till kommuner för kostnader med anledning av skogsbränder', '',
  '1 § Ersättning enligt denna förordning får lämnas till kommuner för kostnader som uppstått med anledning av skogsbränder under juli och augusti.', '',
  '2 § Ersättning får endast lämnas för kostnader som inte ersätts på annat sätt.', ''].join('\n');
const ENGLISH = 'Final report\n\nProjects that have been awarded funding must submit a final report no later than 30 September 2024.\n';
const NEWS = [
  'Ny förskola ska byggas i Högmora', '', '18-06-20', '',
  'Det beslutade kommunstyrelsen idag. Slutligt beslut fattas av kommunfullmäktige den 20 augusti.', '',
  'Förskolan föreslås få åtta avdelningar för cirka 160 barn. Den beräknas kunna stå klar under 2020.', '', 'Uppdaterad 20 juni 2018', ''].join('\n');
const COST = [
  '200 nya förskoleplatser i paviljonger', '',
  'Kommunstyrelsen godkände i veckan att 200 förskoleplatser ska färdigställas i så kallade paviljonger.', '',
  'Den totala kostnaden för kommunen blir 9,4 miljoner kronor. Paviljongerna ska stå klara till nästa sommar.', ''].join('\n');
const PLANBESKED = [
  'Samhällsplaneringsnämnden har lämnat ett positivt planbesked till företaget som driver förskolan. Det betyder att kontoret nu börjar planarbetet för en ny detaljplan av området.', '',
  'Det var i maj som en ansökan kom in som även innehåller en önskan om nyuppförande.', ''].join('\n');

// A Leader office's page on reporting costs (shortened from dev 1179, Leader Lappland): its only word for
// the grant money is the requisition counted in turns ("Vid första rekvisitionen …"); its numbered items are
// rules with worked examples, not questions, so it is an instruction. A purchasing note that requisitions
// goods ("rekvisitionen av kontorsmaterial") names no grant and is still refused.
const LEADER = [
  'Att redovisa kan kännas både trist och tungt, men det brukar gå bra.', '', 'Det som är viktigt att tänka på är;', '',
  ' 1. Kostnaderna som ni redovisar måste betalats inom perioden ni redovisar.',
  ' 2. Lön redovisas bara med lönespecifikation (Obs bruttolön)',
  '  ex. Vid första rekvisitionen eller vid nyanställning ska alltid kopia på anställningsavtalet skickas med.',
  ' 3. Schablon 42,68%',
  '  ex. Leader Lappland har betalat ut en lön på 20 000 (brutto). Då får vi ett schablonpåslag om 8 536 kr (20 000 kr * 0,4268).', ''].join('\n');
const GOODS = ['Beställning av kontorsmaterial', '', 'Vid första rekvisitionen av kontorsmaterial anges kostnadsstället. Pennor kostar 25 kr styck.', ''].join('\n');

describe('the grant-text decision', () => {
  it('reads a reporting page whose grant is only "the first requisition" as an instruction, not a form', async () => {
    const s = (await spec(LEADER)) as { kind: string; funding?: unknown };
    expect(s.kind).toBe('anvisning');
    expect(s.funding).toBeUndefined();
    await expect(spec(GOODS)).rejects.toThrow(/says nothing|does not look/u);
  });
  it('reads a förordning that names its grant only as "ersättning" that "får lämnas" as a grant text', async () => {
    expect(evidence(FORORDNING).score).toBeGreaterThanOrEqual(GRANT_TEXT_ACCEPT);
    expect((await spec(FORORDNING)).kind).toBe('anvisning');
  });
  it('reads an English reporting rule for awarded funding as a grant text', async () => {
    expect((await spec(ENGLISH)).kind).toBe('anvisning');
  });
  it('still refuses news with no grant in it, even with an amount in kronor or one "ansökan"', async () => {
    await expect(spec(NEWS)).rejects.toThrow(/says nothing|does not look/u);
    await expect(spec(COST)).rejects.toThrow(/says nothing|does not look/u);
    await expect(spec(PLANBESKED)).rejects.toThrow(/says nothing|does not look/u);
  });
  it('counts one sentence that names a grant once, however many grant words it holds', () => {
    const one = evidence('Denna handbok är till för organisationer som har beviljats projektbidrag och medel.');
    expect(one).toEqual({ score: 1, grant: 1 });
    // a second sentence with a rule on the money is a second piece of evidence
    const two = evidence('Denna handbok är till för organisationer som har beviljats projektbidrag. Pengar som inte använts ska betalas tillbaka.');
    expect(two.score).toBe(2);
  });
  it('gives no grant evidence for an amount or a deadline alone', () => {
    expect(evidence(COST).grant).toBe(0);
    expect(evidence('Redovisningen ska ha kommit in senast den 31 mars 2025.').grant).toBe(0);
  });
  it('reads a long text linearly and stops once the score is reached', () => {
    const hostile = `${'senast den 1 '.repeat(100_000)}\n${'ska '.repeat(200_000)}redovisas`;
    const t = performance.now();
    grantTextEvidence(hostile, namesGrant, 99);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
