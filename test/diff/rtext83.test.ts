import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { sameApplicantsStated, whoKey } from '../../specs/diff/who.js';
import { anvisningOf } from '../extract/probe.js';

// recipients.text in the change report (helper rtext83, issues 12 and 14): who may apply, as each year's sentence, compared
// in the spec walk (specs/diff/who.ts). A changed noun group (who) is an `action` change with both quotes; the same sentence
// restated, reworded or re-punctuated, or another sentence of a text that still says the same, is no change. Every text is
// a constructed probe (own sentences, in agencies' and kommuner's phrasing), never a corpus text.
// Measured (rtext83, main 25fd3e7f): pairs gated 1064/1210 and high 445/480 as before, with the listed kind 868 → 870, 0 false
// alarms; on the 260 tuned pairs recipients.text is reported changed on 8 (5 where the officer lists recipients), judged the
// same on 82. The first version (the whole sentence's words as the key, additions and removals reported, the text pass's own
// eligibility reading blocked on quoted sentences) gave 14 false alarms, then lost 14 gated changes: see who.ts.

const page = (title: string, year: number, ...body: string[]): string =>
  `${title} ${year}\n\n${body.join('\n\n')}\n\nSista ansökningsdag är den 1 mars ${year}.\n\nKontakt\n\nHar du frågor är du välkommen att kontakta handläggaren.\n`;

const report = (a: string, b: string) => {
  const old = anvisningOf(a);
  const neu = anvisningOf(b);
  return diffSpecs(old, neu, { oldText: a, newText: b });
};
const under = (r: ReturnType<typeof report>) => r.changes.filter((c) => c.path === 'recipients' || c.path.startsWith('recipients.'));

describe('recipients.text: a change of who may apply is reported, as action, with both sentences', () => {
  it('the applicants within one type widened (no type moves)', () => {
    const r = report(page('Bidrag till landsbygdsutveckling', 2025, 'Ideella föreningar i kommunen kan söka bidraget.'),
      page('Bidrag till landsbygdsutveckling', 2026, 'Ideella föreningar och stiftelser med verksamhet i länet kan söka bidraget.'));
    const c = under(r);
    // (the text pass reads the applicants added here, eligibility.ts; its change is kept over the quoted sentence's, said once)
    expect(c.map((x) => `${x.path.replace(/\.text$/u, '')} ${x.kind} ${x.importance}`)).toEqual(['recipients changed action']);
    expect(c[0]!.evidence.old?.quote).toBe('Ideella föreningar i kommunen kan söka bidraget.');
    expect(c[0]!.evidence.new?.quote).toBe('Ideella föreningar och stiftelser med verksamhet i länet kan söka bidraget.');
  });
  it('the school principals named otherwise', () => {
    const r = report(page('Statsbidrag för läxhjälp', 2025, 'Bidrag får lämnas till huvudmannen för en fristående skola.'),
      page('Statsbidrag för läxhjälp', 2026, 'Bidrag får lämnas till huvudmän för förskoleklass.'));
    expect(under(r).filter((x) => x.path === 'recipients.text').map((x) => `${x.kind} ${x.importance}`)).toEqual(['changed action']);
  });
  // left open: the key is the applicants' head nouns (who.ts whoKey), so a bound in a relative clause on the same noun is not
  // read (the full sentence's words gave 14 false alarms on tuned pairs: purposes, dates, names reworded)
  it.fails('a bound on the kommuner added ("endast kommuner som tecknat överenskommelse")', () => {
    const r = report(page('Statsbidrag för sommarskola', 2025, 'Samtliga kommuner kan rekvirera statsbidraget.'),
      page('Statsbidrag för sommarskola', 2026, 'Endast kommuner som tecknat överenskommelse kan rekvirera statsbidraget.'));
    expect(under(r).map((x) => `${x.path} ${x.kind} ${x.importance}`)).toEqual(['recipients.text changed action']);
  });
  it('a second sentence that opens the grant to more applicants', () => {
    const r = report(page('Stöd till trygghetsinsatser', 2025, 'Kommuner kan ansöka om stödet.'),
      page('Stöd till trygghetsinsatser', 2026, 'Kommuner kan ansöka om stödet. Även ideella föreningar och stiftelser kan söka medel.'));
    const c = under(r).find((x) => x.path === 'recipients.text');
    expect(c?.importance).toBe('action');
    expect(c?.evidence.new?.quote).toContain('Även ideella föreningar');
  });
});

describe('recipients.text: the same applicants are no change', () => {
  it('the same sentence a year on (its year only moved)', () => {
    const r = report(page('Statsbidrag för äldreomsorg', 2025, 'Statsbidraget för 2025 kan rekvireras av samtliga kommuner.'),
      page('Statsbidrag för äldreomsorg', 2026, 'Statsbidraget för 2026 kan rekvireras av samtliga kommuner.'));
    expect(under(r)).toEqual([]);
  });
  it('reworded: the passive turned active', () => {
    const r = report(page('Statsbidrag för äldreomsorg', 2025, 'Statsbidraget kan rekvireras av samtliga kommuner.'),
      page('Statsbidrag för äldreomsorg', 2026, 'Samtliga kommuner kan rekvirera statsbidraget.'));
    expect(under(r)).toEqual([]);
  });
  it('punctuation only', () => {
    const r = report(page('Projektbidrag', 2025, 'Bidraget kan sökas av ideella föreningar, studieförbund och trossamfund.'),
      page('Projektbidrag', 2026, 'Bidraget kan sökas av ideella föreningar, studieförbund, och trossamfund!'));
    expect(under(r)).toEqual([]);
  });
  it('the sentence moved within the page, another sentence before it', () => {
    const r = report(page('Aktivitetsbidrag', 2025, 'Bidraget kan sökas av föreningar med ungdomsverksamhet.', 'Bidraget är högst 20 000 kronor.'),
      page('Aktivitetsbidrag', 2026, 'Bidraget är högst 20 000 kronor.', 'Bidraget kan sökas av föreningar med ungdomsverksamhet.'));
    expect(under(r)).toEqual([]);
  });
  it('the question heading\'s answer in one year, a sentence in the other, the same applicants', () => {
    const r = report(page('Statsbidrag för psykisk hälsa', 2025, 'Vem kan söka?', 'Kommuner och regioner.'),
      page('Statsbidrag för psykisk hälsa', 2026, 'Kommuner och regioner kan söka statsbidraget.'));
    // (the text pass's own eligibility reading, eligibility.ts, still reads the sentence as added there: main's behaviour, left
    // as it is, since it runs only where the spec walk reported nothing under recipients)
    expect(under(r).filter((c) => c.path === 'recipients.text')).toEqual([]);
  });
  it('a sentence one year\'s extraction did not quote, still in its text', () => {
    const r = report(page('Bidrag till seniorverksamhet', 2025, 'Bidraget riktar sig till föreningar som bedriver verksamhet för äldre.'),
      page('Bidrag till seniorverksamhet', 2026, 'Vilka kan söka?', 'Läs mer nedan.', 'Bidraget riktar sig till föreningar som bedriver verksamhet för äldre.'));
    expect(under(r)).toEqual([]);
  });
});

describe('who.ts', () => {
  it('keys the applicants, not the frame', () => {
    expect([...whoKey('Statsbidraget kan rekvireras av samtliga kommuner.')]).toEqual([...whoKey('Samtliga kommuner kan rekvirera statsbidraget för 2026.')]);
    expect([...whoKey('Bidrag får lämnas till huvudmän för förskoleklass.')].sort()).not.toEqual([...whoKey('Bidrag får lämnas till kommuner för förskoleklass.')].sort());
    expect([...whoKey('Landstinget Sörmlands stipendier kan sökas av kulturarbetare och föreningar.')]).toEqual([...whoKey('Region Sörmlands stipendier kan sökas av kulturarbetare och föreningar.')]);
    expect([...whoKey('Alla utom privatpersoner kan söka, till exempel företag och stiftelser.')]).toEqual(['privat+person']);
    expect([...whoKey('Föreningar med verksamhet i minst tre kommuner kan söka.')]).toEqual(['organisation']);
    expect([...whoKey('Kulturarbetare kan söka för förnyelse av regionens kulturliv.')]).toEqual([]);
  });
  it('without texts, only the same key is the same', () => {
    expect(sameApplicantsStated('Statsbidraget kan rekvireras av samtliga kommuner.', 'Samtliga kommuner kan rekvirera statsbidraget.')).toBe(true);
    expect(sameApplicantsStated('Kommuner kan söka.', 'Kommuner och ideella föreningar kan söka.')).toBe(false);
    // (an addition or a removal of the sentence is never a change: the other year may say it as a list or an answer)
    expect(sameApplicantsStated(undefined, 'Kommuner kan söka.')).toBe(true);
  });
  it('runs in linear time on hostile text', () => {
    const hostile = `${'kan söka kommuner '.repeat(5000)}.${' Bidraget'.repeat(5000)}`;
    const t0 = Date.now();
    sameApplicantsStated('Kommuner kan söka.', 'Regioner kan söka.', hostile, hostile);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('the grant page shows the sentence beside the types', () => {
  it('under "Vem kan rekvirera och hur mycket?", with its source link', async () => {
    const { grantPage } = await import('../../site/model.js');
    const { loadTemplates } = await import('../../site/render.js');
    const { ROOT } = await import('../helpers.js');
    const { join } = await import('node:path');
    const spec = anvisningOf(page('Statsbidrag för äldreomsorg', 2026, 'Statsbidraget kan rekvireras av samtliga kommuner.'));
    const g = grantPage(spec);
    expect(g.who?.text).toBe('Statsbidraget kan rekvireras av samtliga kommuner.');
    const render = await loadTemplates(join(ROOT, 'templates'));
    const html = render('pages/grant', { root: '../../', g, allocations: [] });
    const vem = html.slice(html.indexOf('<h2 id="vem">'));
    expect(vem).toContain('Vem kan söka, med anvisningens ord: Statsbidraget kan rekvireras av samtliga kommuner.');
    expect(grantPage({ ...spec, recipients: { types: ['kommun'] } }).who).toBeUndefined();
  });
});

describe('the contract: recipients.text in the JSON Schema (ajv, `grantspec schema`)', () => {
  it('holds a sentence beside the types, never an empty one, a list or a misspelt key; extracted specs validate', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers.js');
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'specs/grant-spec.schema.json'), 'utf8')) as object);
    const spec = anvisningOf(page('Statsbidrag för äldreomsorg', 2026, 'Statsbidraget kan rekvireras av samtliga kommuner.'));
    expect(spec.recipients?.text).toBe('Statsbidraget kan rekvireras av samtliga kommuner.');
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
    const withText = (v: unknown, key = 'text'): unknown => ({ ...spec, recipients: { ...spec.recipients, [key]: v } });
    expect(validate(withText(''))).toBe(false);
    expect(validate(withText(['Kommuner kan söka.']))).toBe(false);
    expect(validate(withText('Kommuner kan söka.', 'txt'))).toBe(false);
  });
});
