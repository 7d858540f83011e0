import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { formatCsv, formatHtml, formatJson, formatMarkdown, formatText } from '../../specs/diff/format.js';
import { classifySentence, isNoiseSentence } from '../../specs/diff/rules.js';
import { pairSentences, restated, sentenceKey, textChanges, textSentences, withoutDates } from '../../specs/diff/text.js';
import { loadSpec } from '../../specs/load.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { cli } from '../helpers.js';

// The text-level pass: sentences of both years paired and the changed rule sentences reported under
// one field each. Fixtures are short texts written for each case (the wording of real anvisningar).

const OLD = [
  '# Statsbidrag för dialog',
  '',
  'Statsbidraget kan rekvireras av regionerna.',
  'Ansökan ska innehålla en budget och en tidsplan.',
  'Medlen får inte användas till investeringar i lokaler.',
  'Kommunen ska senast den 31 mars 2025 redovisa hur medlen har använts.',
  'Tid kvar att ansöka: 129 dagar',
  'Senast uppdaterad 2025-01-09',
].join('\n');

const NEW = [
  '# Statsbidrag för dialog',
  '',
  'Statsbidraget kan rekvireras av regionerna!',
  'Ansökan ska innehålla en budget, en tidsplan och en riskanalys.',
  'Regionen ska samla kommunerna för dialog om nulägesanalysen.',
  'Kommunen ska senast den 31 mars 2026 redovisa hur medlen har använts.',
  'Tid kvar att ansöka: 12 dagar',
  'Senast uppdaterad 2026-02-01',
].join('\n');

describe('sentences of a text', () => {
  it('splits by the shared splitter, line by line, with 1-based lines and without a heading\'s marks', () => {
    const s = textSentences('# Rubrik om bidraget\nMedlen får användas t.ex. till kurser. Ansökan ska innehålla en budget.\n- Fakturor ska sparas.\n2. Kvitton ska sparas.');
    expect(s.map((x) => [x.line, x.text])).toEqual([
      [1, 'Rubrik om bidraget'],
      [2, 'Medlen får användas t.ex. till kurser.'],
      [2, 'Ansökan ska innehålla en budget.'],
      [3, 'Fakturor ska sparas.'],
      [4, 'Kvitton ska sparas.'],
    ]);
  });
  it('gives a list item its lead, the last sentence of the line before the list', () => {
    const s = textSentences('Regionen ska stödja utvecklingen. I insatsområdena ingår:\n* Insatser för en god arbetsmiljö.\nSocialstyrelsen ska:\n- samla regionerna för dialog.\nEfter listan.');
    expect(s.map((x) => [x.text, x.lead])).toEqual([
      ['Regionen ska stödja utvecklingen.', undefined], ['I insatsområdena ingår:', undefined], ['Insatser för en god arbetsmiljö.', 'I insatsområdena ingår:'],
      ['Socialstyrelsen ska:', undefined], ['samla regionerna för dialog.', 'Socialstyrelsen ska:'], ['Efter listan.', undefined],
    ]);
  });
  it('keys a sentence so that punctuation, white space and case are no difference', () => {
    expect(sentenceKey('Ansökan ska  innehålla en BUDGET.')).toBe(sentenceKey('ansökan ska innehålla en budget!'));
    expect(sentenceKey('Ansökan ska innehålla en budget.')).not.toBe(sentenceKey('Ansökan ska innehålla en plan.'));
  });
  it('drops dates and years, so a sentence whose date alone moved is the spec diff\'s', () => {
    expect(withoutDates(sentenceKey('Redovisa senast den 31 mars 2025 hur medlen använts.'))).toBe(withoutDates(sentenceKey('Redovisa senast den 31 mars 2026 hur medlen använts.')));
    expect(withoutDates(sentenceKey('Högst 40 000 000 kronor.'))).not.toBe(withoutDates(sentenceKey('Högst 38 000 000 kronor.')));
  });
});

describe('pairing sentences across the years', () => {
  const s = (t: string, line = 1): ReturnType<typeof textSentences>[number] => ({ text: t, line, key: sentenceKey(t) });
  it('pairs a sentence edited with its new wording, and leaves the rest added or removed', () => {
    const olds = [s('Ansökan ska innehålla en budget och en tidsplan för projektet.'), s('Bidraget kan inte överklagas hos förvaltningsrätten.')];
    const news = [s('Föreningen måste ha minst tio medlemmar i kommunen.'), s('Ansökan ska innehålla en budget, en tidsplan och en riskanalys för projektet.')];
    expect(pairSentences(olds, news)).toEqual({ pairs: [[0, 1]], removed: [1], added: [0] });
  });
  it('pairs each sentence once, the most similar first', () => {
    const olds = [s('Fakturor och kvitton ska sparas i tio år hos kommunen.')];
    const news = [s('Fakturor ska sparas hos kommunen.'), s('Fakturor och kvitton ska sparas i sju år hos kommunen.')];
    expect(pairSentences(olds, news).pairs).toEqual([[0, 1]]);
  });
  it('finds a restatement of a sentence both texts keep', () => {
    const kept = [s('Vi ger ersättning till insatser som bedrivs utan vinstsyfte och som kommunen genomför i egen regi.')];
    const xs = [s('Ersättning får lämnas för insatser som bedrivs utan vinstsyfte och som genomförs av kommunen i egen regi.'), s('Fakturor ska sparas i tio år.')];
    expect([...restated(xs, kept)]).toEqual([0]);
  });
  it('takes bounded time on huge texts (sentences and pairs are capped)', () => {
    const many = (seed: string): string => Array.from({ length: 30_000 }, (_, i) => `Kommunen ska ${seed} åtgärd ${i} för bidraget inom ramen.`).join('\n');
    const t0 = performance.now();
    textChanges(many('genomföra'), many('planera'));
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe('which field a rule sentence belongs to', () => {
  it.each([
    ['Ansökan ska innehålla en budget och en tidsplan.', 'requisition.requires'],
    ['Medlen får inte användas till investeringar i lokaler.', 'excluded_uses'],
    ['Medlen får användas till kompetensutveckling av personalen.', 'permitted_uses'],
    ['Kommunen ska senast den 31 mars 2026 redovisa hur medlen har använts.', 'reporting.content'],
    ['Fakturor och kvitton ska sparas i tio år.', 'evidence_documents'],
    ['Medel som inte har använts ska återbetalas till länsstyrelsen.', 'repayment.triggers'],
    ['Regionen ska samla kommunerna för dialog om nulägesanalysen.', 'conditions'],
    ['Högst 2 500 000 kronor får användas för att täcka Boverkets kostnader för administration.', 'conditions'],
  ])('%s → %s', (sentence, field) => {
    expect(classifySentence(sentence)).toBe(field);
  });
  it.each([
    'Statsbidraget kan rekvireras av regionerna.',
    'Länsstyrelsen fördelade 12 miljoner kronor i fjol.',
    'Ansökan ska vara inne senast den 1 mars 2026.',
    'Vad ska bidraget användas till?',
  ])('claims no field for %s', (sentence) => {
    expect(classifySentence(sentence)).toBeUndefined();
  });
  it('reads a page\'s status and chrome as noise', () => {
    for (const s of ['Tid kvar att ansöka: 12 dagar', 'Senast uppdaterad 2026-02-01', 'Dela sidan på Facebook', 'Ansökan stänger om 129 dagar']) expect(isNoiseSentence(s), s).toBe(true);
    expect(isNoiseSentence('Ansökan ska innehålla en budget.')).toBe(false);
  });
});

describe('the changed rule sentences of two texts', () => {
  const changes = textChanges(OLD, NEW);
  it('reports the edited requirement, the new condition and the dropped exclusion, one field each', () => {
    expect(changes.map((c) => [c.field, c.kind, c.old?.line, c.new?.line])).toEqual([
      ['conditions', 'added', undefined, 5],
      ['excluded_uses', 'removed', 5, undefined],
      ['requisition.requires', 'changed', 4, 4],
    ]);
  });
  it('reports no wording-only change, no moved date, no countdown and no review date', () => {
    const said = changes.flatMap((c) => [c.old?.text ?? '', c.new?.text ?? '']).join('\n');
    expect(said).not.toMatch(/rekvireras av regionerna|redovisa hur|Tid kvar|Senast uppdaterad/u);
  });
  it('never calls a sentence removed that the new text still has, split across a line', () => {
    const still = textChanges('Medlen får inte användas till investeringar i lokaler.', 'Bidrag.\nMedlen får inte användas till\ninvesteringar i lokaler.');
    expect(still).toEqual([]);
  });
});

describe('text changes in the change report', () => {
  const spec = async (): Promise<GrantSpec> => (await loadSpec('specs/tillganglighet-och-vardkapacitet/2026.yaml')).spec!;
  it('are change records marked from: text, labelled "(ur texten)", with both quotes and lines, and named in the summary', async () => {
    const a = await spec();
    const r = diffSpecs(a, a, { oldText: OLD, newText: NEW });
    const text = r.changes.filter((c) => c.from === 'text');
    expect(text.map((c) => c.path).sort()).toEqual(['conditions', 'excluded_uses', 'requisition.requires']);
    const req = text.find((c) => c.path === 'requisition.requires')!;
    // the same importance rules as a list item of the spec; the sentence's enumeration gained one item ("en budget och en
    // tidsplan" → "en budget, en tidsplan och en riskanalys"): that item is the change (items.ts), both sentences its quotes
    expect(req).toMatchObject({ label: 'Krav vid rekvisition (ur texten)', kind: 'added', importance: 'action', new: 'en riskanalys' });
    expect(text.find((c) => c.path === 'conditions')).toMatchObject({ kind: 'added', importance: 'notice', new: 'Regionen ska samla kommunerna för dialog om nulägesanalysen.' });
    expect(req.evidence.old).toEqual({ source: a.source.path, line: 4, quote: 'Ansökan ska innehålla en budget och en tidsplan.' });
    expect(req.evidence.new?.line).toBe(4);
    expect(text.find((c) => c.path === 'excluded_uses')).toMatchObject({ kind: 'removed', no_longer_stated: true, importance: 'notice' });
    expect(r.summary).toMatch(/Alla 3 ändringar är hittade i texternas meningar \(märkta ”ur texten”\)/u);
    // every format shows them
    for (const out of [formatText(r, false), formatMarkdown(r), formatHtml(r), formatCsv(r), formatJson(r)]) expect(out).toContain('ur texten');
    expect(JSON.parse(formatJson(r)).changes.every((c: { from?: string }) => c.from === 'text')).toBe(true);
  });
  it('are not made without both texts, nor for a field the spec diff already reported', async () => {
    const a = await spec();
    expect(diffSpecs(a, a, { newText: NEW }).changes).toEqual([]);
    const b = { ...a, conditions: [...((a as { conditions?: string[] }).conditions ?? []), 'Regionen ska samla kommunerna för dialog.'] } as GrantSpec;
    const r = diffSpecs(a, b, { oldText: OLD, newText: NEW });
    expect(r.changes.filter((c) => c.path.startsWith('conditions')).map((c) => c.from ?? 'spec')).toEqual(['spec']);
  });
  it('leave a mutated leaf one change when both texts are the same', async () => {
    const a = await spec();
    const b = { ...a, payment: 'Utbetalning sker i juni.' } as GrantSpec;
    expect(diffSpecs(a, b, { oldText: OLD, newText: OLD }).changes.map((c) => c.path)).toEqual(['payment']);
  });
});

// The CLI reads both sources from the specs: the 2019 call for handikapporganisationer says it is made "under förutsättningen
// att riksdagen beviljar medel" (sources/2019, line 42), the 2020 text does not, and the curated specs hold no condition.
describe('grantspec diff with the sources at hand', () => {
  const args = ['diff', '--grant', 'handikapporganisationer', '--from', '2019', '--to', '2020'];
  const sentence = 'Statsbidraget lyses ut under förutsättningen att riksdagen beviljar medel för ändamålet.';
  it('reports the condition no longer stated, from the text, in JSON', async () => {
    const r = await cli([...args, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: string; changes: Array<{ path: string; from?: string; kind: string; old?: string; evidence: { old?: { line: number } } }> };
    // … and the decision's month with its year, which the 2020 text no longer states (closing.ts beslut-manad-med-ar)
    expect(report.changes.filter((c) => c.from === 'text')).toEqual([expect.objectContaining({ path: 'conditions', kind: 'removed', old: sentence, evidence: { old: expect.objectContaining({ line: 42, source: 'sources/2019/handikapporganisationer.txt' }) } }), expect.objectContaining({ path: 'dates', kind: 'removed', old: expect.stringContaining('i slutet av januari 2019') })]);
    expect(report.summary).toContain('är hittade i texternas meningar');
  });
  it.each(['text', 'markdown', 'html', 'csv'])('shows it, marked, in %s', async (format) => {
    const r = await cli([...args, '--format', format], undefined, { NO_COLOR: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Villkor (ur texten)');
    expect(r.stdout).toContain('lyses ut under förutsättningen att riksdagen beviljar medel');
  });
});

