import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed pairs for h/diff34's fixes (issue 14, classes diff33 left open): for each class two pairs that must report the
// change (field and kind) or stay quiet for a rewording, and one counter.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => {
  const r = diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
  return r.changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c, r.from === r.to)}`);
};
const head = 'Föreningsbidrag 2025\nIdeella föreningar kan söka bidraget.\n';
const pair = (a: string, b: string): string => changes(head + a, head + b).join('\n');

describe('"största belopp" read as a ceiling like "högsta belopp" (funding.ts ansokningsbelopp-hogst)', () => {
  it('"Det största belopp" → "Det högsta belopp", same sum, reports nothing', () => {
    expect(pair('Det största belopp som kan sökas är 10 000 kronor.\n', 'Det högsta belopp som kan sökas är 10 000 kronor.\n')).toBe('');
  });
  it('… the largest sum raised is the ceiling changed', () => {
    expect(pair('Största belopp att ansöka om är 10 000 kronor.\n', 'Största belopp att ansöka om är 20 000 kronor.\n'))
      .toMatch(/^funding\.parts\.0\S* \| changed \|/mu);
  });
  it('a largest sum granted last year is no ceiling: adding it reports no funding part', () => {
    expect(pair('Sista dag att ansöka är 30 juni 2025.\n', 'Sista dag att ansöka är 30 juni 2025.\nDet största beloppet som beviljades i fjol var 80 000 kronor.\n'))
      .not.toMatch(/^funding\.parts/mu);
  });
});

describe('"såväl … som" written "både … och" is the same wording (wording.ts sameButCorrelative)', () => {
  it('a condition of the grant with its pair reworded reports nothing', () => {
    expect(pair('För att få bidrag ska föreningen ha såväl antagna stadgar som en vald styrelse.\n', 'För att få bidrag ska föreningen ha både antagna stadgar och en vald styrelse.\n')).toBe('');
  });
  it('… in other sentences: a condition read from the text, a report\'s content', () => {
    expect(pair('Sökanden ska vara såväl registrerad som verksam i kommunen.\n', 'Sökanden ska vara både registrerad och verksam i kommunen.\n')).toBe('');
    expect(pair('Föreningen ska redovisa såväl intäkter som kostnader för projektet i sin ansökan.\n', 'Föreningen ska redovisa både intäkter och kostnader för projektet i sin ansökan.\n')).toBe('');
  });
  it('the pair reworded and one of its halves changed is the condition changed', () => {
    expect(pair('För att få bidrag ska föreningen ha såväl antagna stadgar som en vald styrelse.\n', 'För att få bidrag ska föreningen ha både antagna stadgar och en revisor.\n'))
      .toMatch(/^conditions\.0 \| changed \| .*en vald styrelse\. → .*en revisor\.$/mu);
  });
});

describe('short list items under a lead a purpose row claims (text.ts shortPurposeItem)', () => {
  it('an aim under "Projektbidraget ska:" changed is the purpose changed', () => {
    expect(pair('Projektbidraget ska:\n• stärka ungas delaktighet\n• främja hälsa\n', 'Projektbidraget ska:\n• stärka äldres delaktighet\n• främja hälsa\n'))
      .toMatch(/^purpose \| changed \| .*stärka ungas delaktighet → stärka äldres delaktighet$/mu);
  });
  it('… under another lead: an aim replaced is the purpose added and removed', () => {
    const out = pair('Stödet ska:\n• minska klimatpåverkan\n• öka sysselsättningen\n', 'Stödet ska:\n• minska klimatpåverkan\n• öka exporten\n');
    expect(out).toMatch(/^purpose \| added \| .*öka exporten/mu);
    expect(out).toMatch(/^purpose \| removed \| .*öka sysselsättningen/mu);
  });
  it('short items under a lead no purpose row claims stay no rules', () => {
    expect(pair('Vi ser gärna:\n• fler aktiviteter\n• nya medlemmar\n', 'Vi ser gärna:\n• fler aktiviteter\n• unga medlemmar\n')).toBe('');
  });
});
