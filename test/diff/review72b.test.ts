import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Review of stop 52's new diff rows, part b (issue 12, branch h/review72b): counter-probes of specs/diff/rules.ts's rows
// h/diffb35 widened (ansokan-gors-via, ansokan-ska, ska-villkor's aim guards): a wording or a process step reported as a
// change, a real change not reported. Every text is constructed.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const head = 'Kulturstipendium\n\nKulturstipendium kan sökas av kulturskapare bosatta i länet. Ansök senast den 1 mars 2025.\n';
const pair = (a: string, b: string): string => changes(head + a + '\n', head + b + '\n').join('\n');

describe('ansokan-gors-via (om + up to six words, "endast"): a sentence that names no channel is no channel change', () => {
  it('dc1: "sker i två omgångar" after a long "Ansökan om …" is rounds, not a channel', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nAnsökan om stipendium för studier och resor utomlands sker i två omgångar per år.')).not.toMatch(/channel/mu);
  });
  it('dc2: "görs endast i undantagsfall" is no channel', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nAnsökan om stipendium för studier och resor görs endast i undantagsfall efter sista ansökningsdag.')).not.toMatch(/channel/mu);
  });
});

describe('ansokan-ska ("För att ansökan ska kunna behandlas … måste"): the agency\'s own step is no requirement on the applicant', () => {
  it('dr1: the office must register it first', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nFör att ansökan ska kunna behandlas måste kansliet först registrera den, vilket tar cirka en vecka.')).not.toMatch(/^requisition\.requires|requires/mu);
  });
  it('dr2: the jury must meet first', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nFör att ansökan ska kunna bedömas måste juryn först sammanträda i april.')).not.toMatch(/requires/mu);
  });
});

describe('ska-villkor unless (the grant\'s aim): an aim sentence that also binds the recipient stays a condition (a real change reported)', () => {
  it('dv1: the stipend must be repaid if studies stop', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nStipendiet ska ge mottagaren möjlighet att studera utomlands och ska återbetalas om studierna avbryts.')).toMatch(/^(?:conditions|repayment)/mu);
  });
  // dv2 reports the sentence as purpose (the older aim row is heavier than ska-villkor, so the aim guard is not what keeps it
  // from conditions): the change is reported, under purpose — left as it is (not this stop's row)
  it('dv2: the project must be reported (as some change)', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nBidraget ska stimulera nya samarbeten och ska redovisas till regionen efter projektets slut.')).toMatch(/^(?:conditions|purpose)/mu);
  });
  it('dv3k: the aim alone still reports nothing', () => {
    expect(pair('Stipendiet delas ut varje år.', 'Stipendiet delas ut varje år.\nBidraget ska stimulera nya samarbeten mellan kulturskapare.')).not.toMatch(/^conditions/mu);
  });
});
